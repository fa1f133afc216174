// service/executor/history.h
//
// The history kept inside each target database (schema `schemaservice`): which migrations
// were applied, by whom, when, how long, with what outcome; and the append-only event log.
// The schema itself is created and upgraded on first use by the service's own migrations
// (migrations/*.sql), under a transaction-level advisory lock so that replicas starting
// together create it once.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "service/pg/cancel.h"
#include "service/pg/connection_settings.h"
#include "service/executor/history_listener.h"
#include "service/pg/pool.h"
#include "service/store/store.h"

namespace schemaservice::executor {

// What schemad keeps about one environment's database between calls: its connection pool,
// what it already checked there, and the project's store as last read.
struct TargetState {
  std::shared_ptr<pg::Pool> pool;
  // The history schema's version as last seen; 0: check (again) on the next call. Reset
  // after any failed history call, so a schema dropped by hand is re-created.
  std::atomic<int> history_schema_version{0};
  // This database's identity row names this environment (checked with record=true once).
  std::atomic<bool> identity_recorded{false};
  store::StoreCache store;
  // Null: every History reads the database (tests that build a Target by hand).
  std::unique_ptr<HistoryListener> listener;
  struct {
    std::mutex mu;
    uint64_t generation = 0;           // the listener's, when it was read
    absl::Time read_at;
    std::shared_ptr<const void> value;  // migrate.cc's HistoryState
  } history_cache;
};

// One environment's database, as the executor sees it.
struct Target {
  std::string project;
  std::string environment;
  pg::ConnectionSettings settings;
  // Shared by the copies of a Target; null (tests that build a Target by hand): every call
  // opens a connection of its own and checks everything, as a fresh pool would.
  std::shared_ptr<TargetState> state;
  // "project/environment", as messages name it.
  std::string Where() const { return project + "/" + environment; }
};

struct HistoryRow {
  std::string version;
  std::string message;
  std::string status;  // running | applied | failed | rolled_back
  std::string checksum;
  std::string applied_by;
  std::string request_id;
  absl::Time started_at;
  std::optional<absl::Time> finished_at;
  int64_t duration_ms = 0;
  std::string error;
};

struct EventRow {
  int64_t id = 0;
  absl::Time at;
  std::string operation;
  std::string caller;
  std::string request_id;
  std::string outcome;
  std::string detail;
};

struct History {
  std::vector<HistoryRow> migrations;  // version order
  std::vector<EventRow> events;        // newest first
  int schema_version = 0;              // of the schemaservice schema in this database
};

// The version of the schemaservice schema this schemad creates (its latest migration).
int LatestHistorySchema();

// Creates or upgrades the schemaservice schema; returns its version. Cheap when current.
absl::StatusOr<int> EnsureHistorySchema(pqxx::connection& conn);

// The state (pool, caches) of `target`; a fresh one, pool of one, when it has none.
std::shared_ptr<TargetState> StateOf(const Target& target);

// A pooled connection to `target` whose queries `canceller` cancels, checked as each reader
// and writer of the history needs: the history schema created or upgraded (once per pool
// while it stays current), and the database's identity checked on every new connection
// (CheckIdentity; with `record`, recorded once). Call Done() once the work succeeded: the
// connection then goes back to the pool; otherwise it is closed and the schema re-checked.
class HistoryConnection {
 public:
  HistoryConnection() = default;
  HistoryConnection(HistoryConnection&&) = default;
  HistoryConnection& operator=(HistoryConnection&&) = default;
  ~HistoryConnection();

  pqxx::connection& conn() const { return lease_.conn(); }
  int schema_version() const { return schema_version_; }
  bool fresh() const { return lease_.fresh(); }
  // Stops and resumes cancelling its queries with the call's (a statement that must finish).
  void Unwatch() { watch_ = pg::Canceller::Watch(); }
  void Watch() { watch_ = pg::WatchQueries(canceller_, lease_.conn()); }
  // The work succeeded. `reset`: it changed session state (SET, locks): reset it first.
  void Done(bool reset = false) { done_ = reset ? Outcome::kReset : Outcome::kClean; }

 private:
  friend absl::StatusOr<HistoryConnection> ConnectWithHistory(
      const Target&, bool, bool, pg::Canceller*,
      const std::function<absl::Status(pqxx::connection&)>&);
  enum class Outcome { kFailed, kClean, kReset };
  pg::Pool::Lease lease_;
  pg::Canceller::Watch watch_;  // declared after the lease: released before it returns
  std::shared_ptr<TargetState> state_;
  pg::Canceller* canceller_ = nullptr;
  int schema_version_ = 0;  // 0 when not created and not there
  Outcome done_ = Outcome::kFailed;
};
// `create_schema`: create or upgrade the history schema (else schema_version() says whether
// it is there). `record`: a database with no identity row is recorded as `target`'s.
// `first`, when set, checks the connection before anything is read or written there.
absl::StatusOr<HistoryConnection> ConnectWithHistory(
    const Target& target, bool create_schema, bool record, pg::Canceller* canceller,
    const std::function<absl::Status(pqxx::connection&)>& first = nullptr);

// The columns of schemaservice.migrations that a HistoryRow holds, as a SELECT list; a reader
// that needs more selects them after these, from field kHistoryRowColumnCount on.
constexpr char kHistoryRowColumns[] =
    "version, message, status, checksum, applied_by, request_id,"
    " (extract(epoch FROM started_at) * 1000000)::bigint,"
    " (extract(epoch FROM finished_at) * 1000000)::bigint,"
    " coalesce(duration_ms, 0), error";
constexpr int kHistoryRowColumnCount = 10;
HistoryRow HistoryRowFrom(const pqxx::row& row);

// The newest `limit` events of `target`'s project and environment, newest first.
absl::StatusOr<std::vector<EventRow>> ReadEvents(pqxx::connection& conn, const Target& target,
                                                 int limit);

// Reads the history of `target` (creating the history schema on first use), with at most
// `event_limit` events of its project and environment.
absl::StatusOr<History> ReadHistory(const Target& target, int event_limit,
                                    pg::Canceller* canceller = nullptr);

// Checks that the database `conn` is connected to is `target`'s environment, as recorded
// in schemaservice.environment. `record`: the first use of a database records the name
// (the history schema must exist); otherwise a database with no record passes unrecorded.
// A database recorded for another environment of the project is FAILED_PRECONDITION naming
// both and how to fix the config (or re-label a copy on purpose).
absl::Status CheckIdentity(pqxx::connection& conn, const Target& target, bool record);

// Appends one event (operation, caller, request id, outcome, detail) to `target`'s event
// log, creating the history schema on first use. Refused (nothing written) when the database
// is recorded as another environment.
absl::Status RecordEvent(const Target& target, const EventRow& event,
                         pg::Canceller* canceller = nullptr);

}  // namespace schemaservice::executor
