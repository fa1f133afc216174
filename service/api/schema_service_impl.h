// service/api/schema_service_impl.h
//
// The gRPC face of SchemaService: it validates and maps requests, calls the stage that does
// the work, and maps the result (absl::Status codes and gRPC codes share numbers). It
// decides nothing itself. Every call passes the same gate (CallScope): authenticate,
// authorize the role the RPC needs, admit under the concurrency limit and the call's ceiling;
// and ends the same way: one log line, and an event in the environment's log for every
// mutating call and every denial. RPCs whose engine is not built yet answer UNIMPLEMENTED.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <spdlog/logger.h>

#include "schemaservice/v1/schema_service.grpc.pb.h"
#include "service/api/auth.h"
#include "service/api/calls.h"
#include "service/config/config.h"
#include "service/executor/shadow.h"
#include "service/executor/targets.h"

namespace schemaservice::api {

namespace v1 = ::schemaservice::v1;

class SchemaServiceImpl final : public v1::SchemaService::Service {
 public:
  // `shadows`: the shadow server of each project, by project name.
  SchemaServiceImpl(const config::Config& config, const executor::Targets& targets,
                    std::map<std::string, executor::ShadowServer*> shadows,
                    CallRegistry& calls, std::shared_ptr<spdlog::logger> logger)
      : config_(config),
        targets_(targets),
        shadows_(std::move(shadows)),
        auth_(config.auth),
        calls_(calls),
        logger_(std::move(logger)) {}

  grpc::Status Diff(grpc::ServerContext*, const v1::DiffRequest*, v1::DiffResponse*) override;
  grpc::Status Generate(grpc::ServerContext*, const v1::GenerateRequest*,
                        v1::GenerateResponse*) override;
  grpc::Status Apply(grpc::ServerContext*, const v1::ApplyRequest*,
                     grpc::ServerWriter<v1::Progress>*) override;
  grpc::Status Rollback(grpc::ServerContext*, const v1::RollbackRequest*,
                        grpc::ServerWriter<v1::Progress>*) override;
  grpc::Status Sync(grpc::ServerContext*, const v1::SyncRequest*,
                    grpc::ServerWriter<v1::Progress>*) override;
  grpc::Status Backup(grpc::ServerContext*, const v1::BackupRequest*,
                      grpc::ServerWriter<v1::Progress>*) override;
  grpc::Status ListBackups(grpc::ServerContext*, const v1::ListBackupsRequest*,
                           v1::ListBackupsResponse*) override;
  grpc::Status Restore(grpc::ServerContext*, const v1::RestoreRequest*,
                       grpc::ServerWriter<v1::Progress>*) override;
  grpc::Status History(grpc::ServerContext*, const v1::HistoryRequest*,
                       v1::HistoryResponse*) override;
  grpc::Status NewMigration(grpc::ServerContext*, const v1::NewMigrationRequest*,
                            v1::GenerateResponse*) override;
  grpc::Status Rehash(grpc::ServerContext*, const v1::RehashRequest*,
                      v1::RehashResponse*) override;

 private:
  class CallScope;

  absl::StatusOr<executor::Source> SourceFor(const config::ProjectConfig& project,
                                             const v1::SchemaSource& source, const char* side) const;
  // An RPC not built yet: still authenticated, authorized and recorded like a real one.
  grpc::Status NotBuilt(grpc::ServerContext* ctx, const char* method, config::Role needed,
                        const std::string& project, const std::string& environment,
                        const std::string& request_id);

  // Denials are recorded, but at most this many a minute per caller ("anonymous" for calls
  // without a valid token): no caller can flood an environment's event log.
  class EventBudget {
   public:
    bool Allow(const std::string& caller);

   private:
    std::mutex mu_;
    std::map<std::string, std::pair<absl::Time, int>> used_;  // window start, events
  };

  std::mutex& StoreLock(const std::string& project);

  std::mutex store_locks_mu_;
  std::map<std::string, std::mutex> store_locks_;
  const config::Config& config_;
  const executor::Targets& targets_;
  EventBudget denial_events_;
  std::map<std::string, executor::ShadowServer*> shadows_;
  Authenticator auth_;
  CallRegistry& calls_;
  std::shared_ptr<spdlog::logger> logger_;
};

}  // namespace schemaservice::api
