// service/metrics/metrics.h
//
// The metric families schemad exports on /metrics. The prometheus::Registry built in
// main.cc is the only process-wide object; Metrics registers its families on it once and
// is handed to the stages by reference.
#pragma once

#include <memory>
#include <string>

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include "service/pg/pool.h"

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

  // A call arrived / ended (schemad_rpc_in_flight).
  void CallStarted(const std::string& service, const std::string& method);
  void CallEnded(const std::string& service, const std::string& method);
  // The observer of the connection pool of `project`/`env`'s database, which holds `size`.
  std::shared_ptr<pg::PoolObserver> PoolObserverFor(const std::string& project,
                                                    const std::string& env, int size);

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
  // The families, declared from the one list of them.
#define METRIC(kind, member, name, help) Family<kind>& member = Register<kind>(name, help);
#include "service/metrics/metrics.def"
#undef METRIC
};

}  // namespace schemaservice::metrics
