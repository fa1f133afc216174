// service/executor/history.h
//
// The history kept inside each target database (schema `schemaservice`): which migrations
// were applied, by whom, when, how long, with what outcome; and the append-only event log.
// The schema itself is created and upgraded on first use by the service's own migrations
// (migrations/*.sql), under a transaction-level advisory lock so that replicas starting
// together create it once.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "service/pg/cancel.h"
#include "service/pg/connection_settings.h"

namespace schemaservice::executor {

// One environment's database, as the executor sees it.
struct Target {
  std::string project;
  std::string environment;
  pg::ConnectionSettings settings;
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

// Creates or upgrades the schemaservice schema; returns its version. Cheap when current.
absl::StatusOr<int> EnsureHistorySchema(pqxx::connection& conn);

// A connection to `target` whose history schema is in place, its queries cancelled by
// `canceller`: how every reader and writer of the history starts.
struct HistoryConnection {
  std::unique_ptr<pqxx::connection> conn;
  pg::Canceller::Watch watch;  // declared after conn: released before the connection closes
  int schema_version = 0;      // as EnsureHistorySchema returned it
};
absl::StatusOr<HistoryConnection> ConnectWithHistory(const Target& target,
                                                     const std::string& application,
                                                     pg::Canceller* canceller);

// The columns of schemaservice.migrations that a HistoryRow holds, as a SELECT list; a reader
// that needs more selects them after these, from field kHistoryRowColumnCount on.
constexpr char kHistoryRowColumns[] =
    "version, message, status, checksum, applied_by, request_id,"
    " (extract(epoch FROM started_at) * 1000000)::bigint,"
    " (extract(epoch FROM finished_at) * 1000000)::bigint,"
    " coalesce(duration_ms, 0), error";
constexpr int kHistoryRowColumnCount = 10;
HistoryRow HistoryRowFrom(const pqxx::row& row);

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
