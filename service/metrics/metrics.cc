#include "service/metrics/metrics.h"

#include <type_traits>

namespace schemaservice::metrics {
namespace {

// From a quick History read to an Apply that builds indexes for minutes.
const prometheus::Histogram::BucketBoundaries kRpcBuckets = {
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900};
// A migration: from a metadata-only ALTER to an index build on a large table.
const prometheus::Histogram::BucketBoundaries kMigrationBuckets = {
    0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600};
// Waiting for another caller's Apply to finish.
const prometheus::Histogram::BucketBoundaries kLockWaitBuckets = {
    0.001, 0.01, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900};

// One family: the member it fills names its kind (Counter, Gauge or Histogram), so a metric
// is declared by its name and help alone.
template <typename T>
prometheus::Family<T>& Register(prometheus::Registry& r, const char* name, const char* help) {
  if constexpr (std::is_same_v<T, prometheus::Counter>) {
    return prometheus::BuildCounter().Name(name).Help(help).Register(r);
  } else if constexpr (std::is_same_v<T, prometheus::Gauge>) {
    return prometheus::BuildGauge().Name(name).Help(help).Register(r);
  } else {
    return prometheus::BuildHistogram().Name(name).Help(help).Register(r);
  }
}

using prometheus::Counter;
using prometheus::Gauge;
using prometheus::Histogram;

}  // namespace

Metrics::Metrics(prometheus::Registry& r)
    : rpc_requests_(Register<Counter>(r, "schemad_rpc_requests_total", "gRPC requests handled, by service, method and status code.")),
      rpc_duration_(Register<Histogram>(r, "schemad_rpc_duration_seconds", "gRPC request latency, from arrival to the final status.")),
      applied_(Register<Counter>(r, "schemad_migrations_applied_total", "Migrations applied, by project and environment.")),
      rolled_back_(Register<Counter>(r, "schemad_migrations_rolled_back_total", "Migrations rolled back (their down SQL run), by project and environment.")),
      failed_(Register<Counter>(r, "schemad_migrations_failed_total", "Migrations or rollbacks that failed, by project and environment.")),
      migration_duration_(Register<Histogram>(r, "schemad_migration_duration_seconds", "Time to apply or roll back one migration, including retries.")),
      lock_wait_(Register<Histogram>(r, "schemad_migration_lock_wait_seconds", "Time a run waited for the project's migration lock on the database.")),
      schema_version_(Register<Gauge>(r, "schemad_schema_version", "Latest applied migration version (YYYYMMDDHHMMSS as a number); 0 when none.")),
      last_apply_(Register<Gauge>(r, "schemad_last_successful_apply_timestamp_seconds", "Unix time the latest applied migration finished; 0 when none.")),
      pending_(Register<Gauge>(r, "schemad_pending_migrations", "Migrations in the store not applied to the environment.")),
      failed_state_(Register<Gauge>(r, "schemad_failed_migrations", "Migrations in failed state (or whose outcome is unknown) in the environment; Apply refuses until they are resolved.")),
      backups_(Register<Counter>(r, "schemad_backups_total", "Backups attempted (create-backup, backup_before_apply, backup_before_sync), by outcome (ok, failed).")),
      backup_duration_(Register<Histogram>(r, "schemad_backup_duration_seconds", "Time to take one backup: pg_dump, the read-back check, the manifest.")),
      last_backup_(Register<Gauge>(r, "schemad_last_successful_backup_timestamp_seconds", "Unix time the latest successful backup of the environment finished.")),
      last_backup_bytes_(Register<Gauge>(r, "schemad_last_backup_size_bytes", "Size of the latest successful backup's archive.")) {}

void Metrics::BackupTaken(const std::string& project, const std::string& env, bool ok,
                          double seconds, double bytes, double finished_unix) {
  backups_.Add({{"project", project}, {"environment", env}, {"outcome", ok ? "ok" : "failed"}})
      .Increment();
  if (!ok) return;
  const prometheus::Labels labels{{"project", project}, {"environment", env}};
  backup_duration_.Add(labels, kMigrationBuckets).Observe(seconds);
  SetLastBackup(project, env, finished_unix, bytes);
}

void Metrics::SetLastBackup(const std::string& project, const std::string& env,
                            double finished_unix, double bytes) {
  const prometheus::Labels labels{{"project", project}, {"environment", env}};
  last_backup_.Add(labels).Set(finished_unix);
  last_backup_bytes_.Add(labels).Set(bytes);
}

void Metrics::ObserveRpc(const std::string& service, const std::string& method,
                         const std::string& code, double seconds) {
  rpc_requests_.Add({{"service", service}, {"method", method}, {"code", code}}).Increment();
  rpc_duration_.Add({{"service", service}, {"method", method}}, kRpcBuckets).Observe(seconds);
}

void Metrics::MigrationApplied(const std::string& project, const std::string& env, double seconds) {
  applied_.Add({{"project", project}, {"environment", env}}).Increment();
  migration_duration_.Add({{"project", project}, {"environment", env}, {"direction", "up"}},
                          kMigrationBuckets).Observe(seconds);
}

void Metrics::MigrationRolledBack(const std::string& project, const std::string& env,
                                  double seconds) {
  rolled_back_.Add({{"project", project}, {"environment", env}}).Increment();
  migration_duration_.Add({{"project", project}, {"environment", env}, {"direction", "down"}},
                          kMigrationBuckets).Observe(seconds);
}

void Metrics::MigrationFailed(const std::string& project, const std::string& env) {
  failed_.Add({{"project", project}, {"environment", env}}).Increment();
}

void Metrics::LockWaited(const std::string& project, const std::string& env, double seconds) {
  lock_wait_.Add({{"project", project}, {"environment", env}}, kLockWaitBuckets).Observe(seconds);
}

void Metrics::SetGauges(const std::string& project, const std::string& env,
                        const MigrationGauges& g) {
  const prometheus::Labels labels{{"project", project}, {"environment", env}};
  schema_version_.Add(labels).Set(g.schema_version);
  last_apply_.Add(labels).Set(g.last_applied_unix);
  pending_.Add(labels).Set(g.pending);
  failed_state_.Add(labels).Set(g.failed);
}

}  // namespace schemaservice::metrics
