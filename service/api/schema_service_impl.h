// service/api/schema_service_impl.h
//
// The gRPC face of SchemaService: it validates and maps requests, calls the stage that does
// the work, and maps the result (absl::Status codes and gRPC codes share numbers). It
// decides nothing itself. Every call passes the same gate (CallScope): authenticate,
// authorize the role the RPC needs, admit under the concurrency limit and the call's ceiling;
// and ends the same way: one log line, and an event in the environment's log for every
// mutating call and every denial. RPCs whose engine is not built yet answer UNIMPLEMENTED.
#pragma once

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include <spdlog/logger.h>

#include "schemaservice/v1/schema_service.grpc.pb.h"
#include "service/api/auth.h"
#include "service/api/calls.h"
#include "service/util/threads.h"
#include "service/config/config.h"
#include "service/executor/backups.h"
#include "service/executor/shadow.h"
#include "service/executor/migrate.h"
#include "service/executor/targets.h"
#include "service/metrics/metrics.h"
#include "service/store/store.h"

namespace schemaservice::api {

namespace v1 = ::schemaservice::v1;

// Where backups go and the programs that take them.
struct BackupServices {
  const pg::Binaries* binaries = nullptr;
  std::map<std::string, backup::BackupStore*> stores;  // by project
};

class SchemaServiceImpl final : public v1::SchemaService::Service {
 public:
  // `shadows`: the shadow server of each project, by project name.
  // `metrics` may be null (no /metrics). Starts the thread that keeps the migration gauges
  // current (server.migrations.metrics_refresh_seconds).
  SchemaServiceImpl(const config::Config& config, const executor::Targets& targets,
                    std::map<std::string, executor::ShadowServer*> shadows,
                    CallRegistry& calls, std::shared_ptr<spdlog::logger> logger,
                    metrics::Metrics* metrics = nullptr, BackupServices backups = {});
  ~SchemaServiceImpl() override;

  // SIGTERM: Apply and Rollback stop at the next migration boundary (the current migration
  // finishes or, at the end of the grace period, rolls back); the gauge refresh stops.
  void BeginShutdown();

  // The RPCs, declared from the one list of them.
#define SCHEMA_UNARY_RPC(method, request, response) \
  grpc::Status method(grpc::ServerContext*, const v1::request*, v1::response*) override;
#define SCHEMA_PROGRESS_RPC(method, request) \
  grpc::Status method(grpc::ServerContext*, const v1::request*, grpc::ServerWriter<v1::Progress>*) override;
#include "service/api/rpcs.def"
#undef SCHEMA_UNARY_RPC
#undef SCHEMA_PROGRESS_RPC

 private:
  class CallScope;

  absl::StatusOr<executor::Source> SourceFor(const config::ProjectConfig& project,
                                             const v1::SchemaSource& source, const char* side) const;

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
  // A developer's call that changes `project`'s migration store (NewMigration, Rehash):
  // admitted, then `change` runs on the opened store under the project's store lock.
  grpc::Status ChangeStore(grpc::ServerContext* ctx, const char* method, const std::string& project,
                           const std::function<absl::Status(store::Store&)>& change);

  // What every migration run needs from the call and the config.
  executor::RunContext RunFor(const executor::Target& target, CallScope& call,
                              std::function<void(const executor::ProgressEvent&)> progress);
  // A migration run streamed to the caller: progress as it happens, `observe` (metrics)
  // after, the summary last on success; ends the call.
  grpc::Status Streamed(
      CallScope& call, grpc::ServerContext* ctx, grpc::ServerWriter<v1::Progress>* writer,
      const executor::Target& target,
      const std::function<absl::Status(const executor::RunContext&, executor::RunOutcome*)>& body,
      const std::function<void(const executor::RunOutcome&)>& observe);
  // A streamed call whose body fills the summary itself (Sync, backups): progress as it
  // happens, the summary last on success, its message as the event's detail.
  grpc::Status StreamedSummary(
      CallScope& call, grpc::ServerContext* ctx, grpc::ServerWriter<v1::Progress>* writer,
      const executor::Target& target,
      const std::function<absl::Status(const executor::RunContext&, v1::Summary*)>& body);
  // The backups of `target`'s project and environment.
  executor::BackupSettings BackupsFor(const executor::Target& target) const;
  // executor::TakeBackup (or ...UnderLock when the caller holds the project lock), counted
  // in the backup metrics.
  absl::StatusOr<backup::Manifest> TakeBackup(const executor::RunContext& run,
                                              const std::string& reason, bool holding_lock = false);
  // Counts a run's migrations and lock wait, then refreshes the environment's gauges.
  void Observe(const executor::Target& target, bool rollback, const executor::RunOutcome& outcome);
  void SetGauges(const executor::Target& target, const executor::EnvironmentStatus& status);
  // Reads every environment's status (without creating anything) into the gauges.
  void RefreshGauges();
  // The same for one environment; a failure is logged and the gauges keep their values.
  void RefreshGauges(const executor::Target& target);


  std::mutex store_locks_mu_;
  std::map<std::string, std::mutex> store_locks_;
  const config::Config& config_;
  const executor::Targets& targets_;
  EventBudget denial_events_;
  std::map<std::string, executor::ShadowServer*> shadows_;
  Authenticator auth_;
  CallRegistry& calls_;
  util::Threads writers_;  // the progress streams' writers
  std::shared_ptr<spdlog::logger> logger_;
  metrics::Metrics* metrics_;
  BackupServices backups_;
  std::atomic<bool> stopping_{false};
  std::mutex refresh_mu_;
  std::condition_variable refresh_wake_;
  std::thread refresher_;
};

}  // namespace schemaservice::api
