// service/metrics/metrics.h
//
// The metric families schemad exports on /metrics. The prometheus::Registry built in
// main.cc is the only process-wide object; Metrics registers its families on it once and
// is handed to the stages by reference.
#pragma once

#include <string>

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

namespace schemaservice::metrics {

// What an environment's migrations look like now (the gauges).
struct MigrationGauges {
  double schema_version = 0;      // latest applied version as a number (YYYYMMDDHHMMSS), 0: none
  double last_applied_unix = 0;   // seconds; 0: never
  int pending = 0;
  int failed = 0;                 // failed, or running with a dead owner
};

class Metrics {
 public:
  explicit Metrics(prometheus::Registry& registry);

  // One finished RPC: `method` is the short name ("History"), `code` the gRPC code name.
  void ObserveRpc(const std::string& service, const std::string& method,
                  const std::string& code, double seconds);

  // One migration applied, rolled back, or failed, with how long it ran.
  void MigrationApplied(const std::string& project, const std::string& env, double seconds);
  void MigrationRolledBack(const std::string& project, const std::string& env, double seconds);
  void MigrationFailed(const std::string& project, const std::string& env);
  // How long a run waited for the project's migration lock.
  void LockWaited(const std::string& project, const std::string& env, double seconds);
  void SetGauges(const std::string& project, const std::string& env, const MigrationGauges& g);
  // One backup attempt: `bytes` and `finished_unix` only count when `ok`.
  void BackupTaken(const std::string& project, const std::string& env, bool ok, double seconds,
                   double bytes, double finished_unix);
  // The newest backup in the store (read at start-up and with the other gauges).
  void SetLastBackup(const std::string& project, const std::string& env, double finished_unix,
                     double bytes);

 private:
  template <typename T>
  using Family = prometheus::Family<T>;
  using Counter = prometheus::Counter;
  using Gauge = prometheus::Gauge;
  using Histogram = prometheus::Histogram;
  // Registers one family on registry_; T (Counter, Gauge or Histogram) picks the builder.
  template <typename T>
  Family<T>& Register(const char* name, const char* help);

  prometheus::Registry& registry_;  // before the families: they register on it as they are built
  // One line a family: kind, name, help.
  Family<Counter>& rpc_requests_ = Register<Counter>("schemad_rpc_requests_total", "gRPC requests handled, by service, method and status code.");
  Family<Histogram>& rpc_duration_ = Register<Histogram>("schemad_rpc_duration_seconds", "gRPC request latency, from arrival to the final status.");
  Family<Counter>& applied_ = Register<Counter>("schemad_migrations_applied_total", "Migrations applied, by project and environment.");
  Family<Counter>& rolled_back_ = Register<Counter>("schemad_migrations_rolled_back_total", "Migrations rolled back (their down SQL run), by project and environment.");
  Family<Counter>& failed_ = Register<Counter>("schemad_migrations_failed_total", "Migrations or rollbacks that failed, by project and environment.");
  Family<Histogram>& migration_duration_ = Register<Histogram>("schemad_migration_duration_seconds", "Time to apply or roll back one migration, including retries.");
  Family<Histogram>& lock_wait_ = Register<Histogram>("schemad_migration_lock_wait_seconds", "Time a run waited for the project's migration lock on the database.");
  Family<Gauge>& schema_version_ = Register<Gauge>("schemad_schema_version", "Latest applied migration version (YYYYMMDDHHMMSS as a number); 0 when none.");
  Family<Gauge>& last_apply_ = Register<Gauge>("schemad_last_successful_apply_timestamp_seconds", "Unix time the latest applied migration finished; 0 when none.");
  Family<Gauge>& pending_ = Register<Gauge>("schemad_pending_migrations", "Migrations in the store not applied to the environment.");
  Family<Gauge>& failed_state_ = Register<Gauge>("schemad_failed_migrations", "Migrations in failed state (or whose outcome is unknown) in the environment; Apply refuses until they are resolved.");
  Family<Counter>& backups_ = Register<Counter>("schemad_backups_total", "Backups attempted (create-backup, backup_before_apply, backup_before_sync), by outcome (ok, failed).");
  Family<Histogram>& backup_duration_ = Register<Histogram>("schemad_backup_duration_seconds", "Time to take one backup: pg_dump, the read-back check, the manifest.");
  Family<Gauge>& last_backup_ = Register<Gauge>("schemad_last_successful_backup_timestamp_seconds", "Unix time the latest successful backup of the environment finished.");
  Family<Gauge>& last_backup_bytes_ = Register<Gauge>("schemad_last_backup_size_bytes", "Size of the latest successful backup's archive.");
};

}  // namespace schemaservice::metrics
