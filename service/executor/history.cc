#include "service/executor/history.h"

#include <memory>

#include "absl/strings/str_cat.h"
#include "service/executor/service_migrations.h"
#include "service/pg/connection.h"
#include "service/pg/errors.h"
#include "service/util/status.h"

namespace schemaservice::executor {
namespace {

// Serializes history-schema bootstrap across schemad replicas; an arbitrary fixed key
// ("schemad" in ASCII) that is distinct from the per-project migration lock keys.
constexpr int64_t kBootstrapLockKey = 0x736368656d6164;

int LatestServiceMigration() {
  const auto& all = ServiceMigrations();
  return all.empty() ? 0 : all.back().version;
}

// Version of the history schema in this database, 0 when it does not exist yet.
int CurrentVersion(pqxx::transaction_base& tx) {
  const pqxx::row exists =
      tx.exec1("SELECT to_regclass('schemaservice.schema_version') IS NOT NULL");
  if (!exists[0].as<bool>()) return 0;
  return tx.exec1("SELECT coalesce(max(version), 0) FROM schemaservice.schema_version")[0]
      .as<int>();
}

absl::Time FromMicros(const pqxx::field& f) { return absl::FromUnixMicros(f.as<int64_t>()); }

std::string Text(const pqxx::field& f) { return f.is_null() ? "" : f.as<std::string>(); }

}  // namespace

int LatestHistorySchema() { return LatestServiceMigration(); }

absl::StatusOr<int> EnsureHistorySchema(pqxx::connection& conn) {
  try {
    {
      pqxx::read_transaction tx(conn);
      const int current = CurrentVersion(tx);
      if (current >= LatestServiceMigration()) return current;
    }
    pqxx::work tx(conn);
    // Never queue behind a long query holding a lock on our own tables.
    tx.exec0("SET LOCAL lock_timeout = '10s'");
    tx.exec1(absl::StrCat("SELECT pg_advisory_xact_lock(", kBootstrapLockKey, ")"));
    tx.exec0("CREATE SCHEMA IF NOT EXISTS schemaservice");
    tx.exec0(
        "CREATE TABLE IF NOT EXISTS schemaservice.schema_version ("
        " version integer PRIMARY KEY, name text NOT NULL,"
        " applied_at timestamptz NOT NULL DEFAULT clock_timestamp())");
    int current = CurrentVersion(tx);  // again, under the lock: another replica may have won
    for (const ServiceMigration& m : ServiceMigrations()) {
      if (m.version <= current) continue;
      try {
        tx.exec0(m.sql);
      } catch (const std::exception& e) {
        return pg::FromException(e, absl::StrCat("creating the history schema (", m.name, ")"));
      }
      tx.exec_params0("INSERT INTO schemaservice.schema_version (version, name) VALUES ($1, $2)",
                      m.version, m.name);
      current = m.version;
    }
    tx.commit();
    return current;
  } catch (const std::exception& e) {
    return pg::FromException(e, "creating the history schema");
  }
}

std::shared_ptr<TargetState> StateOf(const Target& target) {
  if (target.state != nullptr) return target.state;
  auto state = std::make_shared<TargetState>();
  state->pool = pg::Pool::Create(target.Where(), target.settings, pg::PoolOptions{1});
  return state;
}

HistoryConnection::~HistoryConnection() {
  if (state_ == nullptr) return;
  const bool cancelled = canceller_ != nullptr && canceller_->cancelled();
  if (done_ == Outcome::kFailed || cancelled) {
    // Whatever failed may have been the schema itself (dropped by hand): check it again.
    state_->history_schema_version.store(0);
  } else if (done_ == Outcome::kReset) {
    lease_.MarkNeedsReset();
  } else {
    lease_.MarkReusable();
  }
}

absl::StatusOr<HistoryConnection> ConnectWithHistory(
    const Target& target, bool create_schema, bool record, pg::Canceller* canceller,
    const std::function<absl::Status(pqxx::connection&)>& first) {
  HistoryConnection h;
  h.state_ = StateOf(target);
  h.canceller_ = canceller;
  ASSIGN_OR_RETURN(h.lease_, h.state_->pool->Acquire(canceller));
  h.watch_ = pg::WatchQueries(canceller, h.conn());
  if (first) RETURN_IF_ERROR(first(h.conn()));
  TargetState& state = *h.state_;
  h.schema_version_ = state.history_schema_version.load();
  if (h.schema_version_ < LatestServiceMigration()) {
    if (create_schema) {
      ASSIGN_OR_RETURN(h.schema_version_, EnsureHistorySchema(h.conn()));
    } else {
      try {
        pqxx::nontransaction tx(h.conn());
        h.schema_version_ = CurrentVersion(tx);
      } catch (const std::exception& e) {
        return pg::FromException(e, absl::StrCat("reading the history of ", target.Where()));
      }
    }
    if (h.schema_version_ >= LatestServiceMigration()) {
      state.history_schema_version.store(h.schema_version_);
    }
  }
  // A new connection may reach another server than the last one did (DNS, failover): its
  // identity is checked before it serves anything; a pooled one was checked when it was new.
  const bool record_now = record && h.schema_version_ > 0 && !state.identity_recorded.load();
  if (h.fresh() || record_now) {
    RETURN_IF_ERROR(CheckIdentity(h.conn(), target, record_now));
    if (record_now) state.identity_recorded.store(true);
  }
  return h;
}

HistoryRow HistoryRowFrom(const pqxx::row& row) {
  HistoryRow h;
  h.version = row[0].as<std::string>();
  h.message = row[1].as<std::string>();
  h.status = row[2].as<std::string>();
  h.checksum = row[3].as<std::string>();
  h.applied_by = row[4].as<std::string>();
  h.request_id = Text(row[5]);
  h.started_at = FromMicros(row[6]);
  if (!row[7].is_null()) h.finished_at = FromMicros(row[7]);
  h.duration_ms = row[8].as<int64_t>();
  h.error = Text(row[9]);
  return h;
}

absl::Status CheckIdentity(pqxx::connection& conn, const Target& target, bool record) {
  // A database is one environment of one project: a row of any other (project, environment),
  // whoever recorded it (another schemad, another project), means these settings point at
  // someone else's database.
  std::vector<std::pair<std::string, std::string>> recorded;
  const auto read = [&recorded](pqxx::transaction_base& tx) {
    recorded.clear();
    for (const auto& row : tx.exec(
             "SELECT project, environment FROM schemaservice.environment ORDER BY recorded_at,"
             " project")) {
      recorded.emplace_back(row[0].as<std::string>(), row[1].as<std::string>());
    }
  };
  try {
    {
      // Every call passes here: one round trip once the database is recorded.
      pqxx::nontransaction tx(conn);
      read(tx);
    }
    if (record && recorded.empty()) {
      // First use. Two at once (two schemads, two projects) take turns: the second sees the
      // first's row.
      pqxx::work tx(conn);
      tx.exec0("LOCK TABLE schemaservice.environment IN SHARE ROW EXCLUSIVE MODE");
      read(tx);
      if (recorded.empty()) {
        tx.exec_params0(
            "INSERT INTO schemaservice.environment (project, environment, recorded_by)"
            " VALUES ($1, $2, $3)",
            target.project, target.environment, absl::StrCat("schemad ", target.environment));
      }
      tx.commit();
    }
  } catch (const pqxx::undefined_table&) {
    return absl::OkStatus();  // read-only check of a database we never used
  } catch (const std::exception& e) {
    return pg::FromException(e, absl::StrCat("checking which environment ", target.settings.Describe(),
                                             " is"));
  }
  for (const auto& [project, environment] : recorded) {
    if (project == target.project && environment == target.environment) continue;
    const std::string theirs = absl::StrCat(project, "/", environment);
    return absl::FailedPreconditionError(absl::StrCat(
        "refused: the database of ", target.project, "/", target.environment, " (",
        target.settings.Describe(), ") is recorded as environment ", environment,
        " of project ", project, ", not ", target.project, "/", target.environment,
        ". The connection settings of ", target.project, "/", target.environment, " point at ",
        theirs, "'s database: fix projects.", target.project, ".environments.",
        target.environment, ".database in schemad's config. Nothing was done. (If this database "
        "really is ", target.project, "/", target.environment, " now, e.g. a copy of ", theirs,
        "'s data, re-label it: DELETE FROM schemaservice.environment; INSERT INTO "
        "schemaservice.environment (project, environment, recorded_by) VALUES ('",
        target.project, "', '", target.environment, "', 'relabelled by hand'))"));
  }
  return absl::OkStatus();
}

absl::Status RecordEvent(const Target& target, const EventRow& event, pg::Canceller* canceller) {
  const std::string context =
      absl::StrCat("recording an event in ", target.project, "/", target.environment);
  // A call refused because this database is another environment's leaves nothing in it.
  ASSIGN_OR_RETURN(HistoryConnection h,
                   ConnectWithHistory(target, /*create_schema=*/true, /*record=*/false, canceller));
  try {
    // One statement, committed on its own: one round trip.
    h.conn().prepare("schemad_record_event",
                     "INSERT INTO schemaservice.events (project, environment, operation, caller,"
                     " request_id, outcome, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)");
    pqxx::nontransaction tx(h.conn());
    tx.exec_prepared0("schemad_record_event", target.project, target.environment,
                      event.operation, event.caller, event.request_id, event.outcome,
                      event.detail);
    h.Done();
    return absl::OkStatus();
  } catch (const std::exception& e) {
    return pg::FromException(e, context);
  }
}

absl::StatusOr<std::vector<EventRow>> ReadEvents(pqxx::connection& conn, const Target& target,
                                                 int limit) {
  std::vector<EventRow> out;
  try {
    conn.prepare("schemad_events",
                 "SELECT id, (extract(epoch FROM at) * 1000000)::bigint, operation, caller,"
                 " request_id, outcome, detail FROM schemaservice.events"
                 " WHERE project = $1 AND environment = $2 ORDER BY id DESC LIMIT $3");
    pqxx::nontransaction tx(conn);
    const pqxx::result events =
        tx.exec_prepared("schemad_events", target.project, target.environment, limit);
    for (const pqxx::row& row : events) {
      EventRow e;
      e.id = row[0].as<int64_t>();
      e.at = FromMicros(row[1]);
      e.operation = row[2].as<std::string>();
      e.caller = row[3].as<std::string>();
      e.request_id = Text(row[4]);
      e.outcome = row[5].as<std::string>();
      e.detail = row[6].as<std::string>();
      out.push_back(std::move(e));
    }
  } catch (const std::exception& e) {
    return pg::FromException(e, absl::StrCat("reading the event log of ", target.Where()));
  }
  return out;
}

absl::StatusOr<History> ReadHistory(const Target& target, int event_limit,
                                    pg::Canceller* canceller) {
  const std::string context =
      absl::StrCat("reading the history of ", target.project, "/", target.environment);
  ASSIGN_OR_RETURN(HistoryConnection h,
                   ConnectWithHistory(target, /*create_schema=*/true, /*record=*/false, canceller));
  History history;
  history.schema_version = h.schema_version();
  try {
    pqxx::nontransaction tx(h.conn());
    const pqxx::result rows = tx.exec_params(
        absl::StrCat("SELECT ", kHistoryRowColumns,
                     " FROM schemaservice.migrations WHERE project = $1 ORDER BY version"),
        target.project);
    for (const pqxx::row& row : rows) history.migrations.push_back(HistoryRowFrom(row));
  } catch (const std::exception& e) {
    return pg::FromException(e, context);
  }
  if (event_limit > 0) {
    ASSIGN_OR_RETURN(history.events, ReadEvents(h.conn(), target, event_limit));
  }
  h.Done();
  return history;
}

}  // namespace schemaservice::executor
