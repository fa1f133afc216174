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

class PoolGauges : public pg::PoolObserver {
 public:
  PoolGauges(prometheus::Gauge& open, prometheus::Gauge& in_use, prometheus::Counter& waits,
             prometheus::Counter& wait_seconds)
      : open_(open), in_use_(in_use), waits_(waits), wait_seconds_(wait_seconds) {}
  void Counts(int open, int in_use) override {
    open_.Set(open);
    in_use_.Set(in_use);
  }
  void Waited(absl::Duration waited) override {
    waits_.Increment();
    wait_seconds_.Increment(absl::ToDoubleSeconds(waited));
  }

 private:
  prometheus::Gauge& open_;
  prometheus::Gauge& in_use_;
  prometheus::Counter& waits_;
  prometheus::Counter& wait_seconds_;
};

}  // namespace

void Metrics::CallStarted(const std::string& service, const std::string& method) {
  in_flight_.Add({{"service", service}, {"method", method}}).Increment();
}

void Metrics::CallEnded(const std::string& service, const std::string& method) {
  in_flight_.Add({{"service", service}, {"method", method}}).Decrement();
}

std::shared_ptr<pg::PoolObserver> Metrics::PoolObserverFor(const std::string& project,
                                                           const std::string& env, int size) {
  const prometheus::Labels labels{{"project", project}, {"environment", env}};
  pool_size_.Add(labels).Set(size);
  return std::make_shared<PoolGauges>(pool_open_.Add(labels), pool_in_use_.Add(labels),
                                      pool_waits_.Add(labels), pool_wait_seconds_.Add(labels));
}

template <typename T>
prometheus::Family<T>& Metrics::Register(const char* name, const char* help) {
  if constexpr (std::is_same_v<T, prometheus::Counter>) {
    return prometheus::BuildCounter().Name(name).Help(help).Register(registry_);
  } else if constexpr (std::is_same_v<T, prometheus::Gauge>) {
    return prometheus::BuildGauge().Name(name).Help(help).Register(registry_);
  } else {
    return prometheus::BuildHistogram().Name(name).Help(help).Register(registry_);
  }
}

Metrics::Metrics(prometheus::Registry& registry) : registry_(registry) {}

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
