// service/api/schema_service_impl.h
//
// The gRPC face of SchemaService: it validates and maps requests, calls the stage that does
// the work, and maps the result (absl::Status codes and gRPC codes share numbers). It
// decides nothing itself. RPCs whose engine is not built yet answer UNIMPLEMENTED by name.
#pragma once

#include <memory>

#include <spdlog/logger.h>

#include <map>
#include <string>

#include "schemaservice/v1/schema_service.grpc.pb.h"
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
                    std::shared_ptr<spdlog::logger> logger)
      : config_(config), targets_(targets), shadows_(std::move(shadows)), logger_(std::move(logger)) {}

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

 private:
  absl::StatusOr<executor::Source> SourceFor(const config::ProjectConfig& project,
                                             const v1::SchemaSource& source, const char* side) const;

  const config::Config& config_;
  const executor::Targets& targets_;
  std::map<std::string, executor::ShadowServer*> shadows_;
  std::shared_ptr<spdlog::logger> logger_;
};

}  // namespace schemaservice::api
