#include "service/executor/migrate.h"

#include <algorithm>
#include <map>
#include <set>
#include <thread>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "service/executor/engine.h"
#include "service/executor/script.h"
#include "service/executor/statements.h"
#include "service/pg/connection.h"
#include "service/pg/errors.h"
#include "service/pg/pooling_proxy.h"
#include "service/pg/quote.h"
#include "service/store/store.h"
#include "service/util/status.h"

namespace schemaservice::executor {

const char* MigrationStateName(MigrationState state) {
  switch (state) {
    case MigrationState::kPending: return "pending";
    case MigrationState::kApplied: return "applied";
    case MigrationState::kFailed: return "failed";
    case MigrationState::kRunning: return "running";
    case MigrationState::kRolledBack: return "rolled back";
    case MigrationState::kTampered: return "tampered";
    case MigrationState::kMissing: return "missing";
  }
  return "unknown";
}

namespace {

using Phase = ProgressEvent::Phase;

// A history row as stored.
// A history row with what Apply and Rollback need besides.
struct Row : HistoryRow {
  std::string down_sql, owner;
  std::string sql_hash;     // of the up and down SQL as stored now
  bool owner_alive = false; // a running row's backend is still connected
};

// The latest log line of a version.
struct LogState {
  std::string status, checksum, action, sql_hash;
  absl::Time at;
};

struct HistoryState {
  std::map<std::string, Row> rows;       // by version
  std::map<std::string, LogState> log;   // by version
  std::vector<std::string> problems;     // rows that disagree with the log
};

absl::Time Micros(const pqxx::field& f) { return absl::FromUnixMicros(f.as<int64_t>()); }
std::string Text(const pqxx::field& f) { return f.is_null() ? "" : f.as<std::string>(); }
std::string Clock(absl::Time t) { return absl::FormatTime("%Y-%m-%d %H:%M:%S UTC", t, absl::UTCTimeZone()); }
std::string Iso(absl::Time t) { return absl::FormatTime(absl::RFC3339_full, t, absl::UTCTimeZone()); }

std::string DurationSql(absl::Duration d) { return absl::StrCat(absl::ToInt64Milliseconds(d), "ms"); }

void Emit(const RunContext& run, Phase phase, std::string message, const std::string& version = "",
          int step = 0, int total = 0, int statement = 0, int statements = 0) {
  run.Report({phase, step, total, version, statement, statements, 0, 0, std::move(message)});
}

std::string ResolveHint(const Target& t, const std::string& version) {
  return absl::StrCat("schemactl resolve --project ", t.project, " --env ", t.environment,
                      " --version ", version, " --as applied|rolled-back");
}

// The hash the log keeps of a row's up and down SQL, computed by the server the same way
// when the row is written and when it is read back: an edited down_sql is noticed.
std::string SqlHashExpr(const std::string& up, const std::string& down) {
  return absl::StrCat("encode(sha256(convert_to(", up, " || E'\\n-- down --\\n' || ", down,
                      ", 'UTF8')), 'hex')");
}

// History rows and the log, compared. The caller holds the lock when it will act on them.
absl::StatusOr<HistoryState> ReadHistoryState(pqxx::connection& conn, const Target& target) {
  HistoryState h;
  try {
    // One statement, so one round trip and one snapshot: the rows and the log as of the same
    // instant, which a concurrent Apply cannot split into a false disagreement.
    // Prepared once per connection (pooled connections keep it): History runs it on every
    // call, and planning it would cost more than running it.
    static const std::string kQuery = absl::StrCat(
        "SELECT r.*, l.* FROM (SELECT ", kHistoryRowColumns, ", down_sql, coalesce(owner, ''), ",
        SqlHashExpr("up_sql", "down_sql"), ","
        // Only a running row's owner matters; one backend looked up, not all of them.
        " status = 'running' AND owner_pid IS NOT NULL AND"
        "  EXISTS (SELECT 1 FROM pg_stat_get_activity(owner_pid))"
        " FROM schemaservice.migrations WHERE project = $1) r"
        " FULL JOIN (SELECT DISTINCT ON (version) version, status, checksum, action,"
        " (extract(epoch FROM at) * 1000000)::bigint, sql_hash FROM schemaservice.migration_log"
        " WHERE project = $1 ORDER BY version, id DESC) l ON l.version = r.version");
    conn.prepare("schemad_history_state", kQuery);
    pqxx::nontransaction tx(conn);
    for (const pqxx::row& r : tx.exec_prepared("schemad_history_state", target.project)) {
      constexpr int k = kHistoryRowColumnCount;
      constexpr int log = k + 4;  // the log's columns follow the row's
      if (!r[0].is_null()) {
        Row row{HistoryRowFrom(r)};
        row.down_sql = r[k].as<std::string>();
        row.owner = r[k + 1].as<std::string>();
        row.sql_hash = r[k + 2].as<std::string>();
        row.owner_alive = r[k + 3].as<bool>();
        h.rows[row.version] = std::move(row);
      }
      if (!r[log].is_null()) {
        h.log[r[log].as<std::string>()] =
            LogState{r[log + 1].as<std::string>(), r[log + 2].as<std::string>(),
                     r[log + 3].as<std::string>(), r[log + 5].as<std::string>(), Micros(r[log + 4])};
      }
    }
  } catch (const std::exception& e) {
    return pg::FromException(e, absl::StrCat("reading the migration history of ", target.Where()));
  }
  for (const auto& [version, row] : h.rows) {
    const auto it = h.log.find(version);
    if (it == h.log.end()) {
      h.problems.push_back(absl::StrCat("history row ", version, " (", row.status,
                                        ") has no line in the migration log: written by hand?"));
    } else if (it->second.status != row.status) {
      h.problems.push_back(absl::StrCat("history row ", version, " says ", row.status,
                                        " but the migration log says ", it->second.status, " (",
                                        it->second.action, " at ", Clock(it->second.at),
                                        "): edited by hand?"));
    } else if (it->second.checksum != row.checksum) {
      h.problems.push_back(absl::StrCat("history row ", version, " has checksum ", row.checksum,
                                        " but the migration log recorded ", it->second.checksum,
                                        ": edited by hand?"));
    } else if (it->second.sql_hash != row.sql_hash) {
      h.problems.push_back(absl::StrCat("history row ", version, ": its up or down SQL differs from "
                                        "what was recorded when it was ", it->second.status,
                                        ": edited by hand? (rollback runs the stored down SQL)"));
    }
  }
  for (const auto& [version, log] : h.log) {
    if (h.rows.count(version) == 0) {
      h.problems.push_back(absl::StrCat("history row ", version, " is gone (the migration log says ",
                                        log.status, ", ", log.action, " at ", Clock(log.at),
                                        "): deleted by hand?"));
    }
  }
  return h;
}

// `files`: the store's migrations; nullopt when the store cannot be read (then applied rows
// are shown applied, not missing: the problem is reported on its own).
EnvironmentStatus BuildStatus(const std::optional<std::vector<store::Migration>>& store_files,
                              const HistoryState& h) {
  const std::vector<store::Migration> none;
  const std::vector<store::Migration>& files = store_files ? *store_files : none;
  EnvironmentStatus out;
  out.problems = h.problems;
  std::map<std::string, MigrationStatus> by_version;
  for (const store::Migration& m : files) {
    MigrationStatus& s = by_version[m.version];
    s.version = m.version;
    s.message = m.slug;
    s.checksum = s.file_checksum = m.checksum;
    s.state = MigrationState::kPending;
  }
  for (const auto& [version, row] : h.rows) {
    MigrationStatus& s = by_version[version];
    const bool has_file = !s.file_checksum.empty();
    s.version = version;
    s.message = row.message;
    s.checksum = row.checksum;
    s.applied_by = row.applied_by;
    s.started_at = row.started_at;
    s.finished_at = row.finished_at;
    s.duration_ms = row.duration_ms;
    s.error = row.error;
    if (row.status == "applied") {
      s.state = !store_files ? MigrationState::kApplied
              : !has_file    ? MigrationState::kMissing
                          : (s.file_checksum != row.checksum ? MigrationState::kTampered
                                                             : MigrationState::kApplied);
    } else if (row.status == "failed") {
      s.state = MigrationState::kFailed;
    } else if (row.status == "running") {
      s.state = MigrationState::kRunning;
    } else {
      s.state = MigrationState::kRolledBack;
    }
  }
  for (auto& [version, s] : by_version) {
    switch (s.state) {
      case MigrationState::kApplied:
      case MigrationState::kTampered:
      case MigrationState::kMissing:
        out.current_version = version;
        if (s.finished_at && (!out.last_applied_at || *s.finished_at > *out.last_applied_at)) {
          out.last_applied_at = s.finished_at;
        }
        break;
      case MigrationState::kFailed:
        ++out.failed;
        break;
      case MigrationState::kRunning:
        // Still running (its backend is connected) is not a failure; its owner gone is.
        if (!h.rows.at(version).owner_alive) ++out.failed;
        break;
      case MigrationState::kPending:
        ++out.pending;
        break;
      case MigrationState::kRolledBack:
        if (!s.file_checksum.empty()) ++out.pending;
        break;
    }
    out.migrations.push_back(std::move(s));
  }
  return out;
}

// A backend busy in a migration notices within seconds that schemad died, and stops: the
// transaction rolls back and the lock is freed.
constexpr char kSessionSettings[] = "SET client_connection_check_interval = '2s'";

// Thrown inside a migration's transaction when the call is cancelled or schemad stops.
struct StopRequested {};

// One session on the target for a whole run: it holds the project's lock.
class Session {
 public:
  // Whatever the run wrote to the history, this schemad's next History reads it anew.
  ~Session() {
    if (run_.target.state && run_.target.state->listener) run_.target.state->listener->Invalidate();
  }
  static absl::StatusOr<std::unique_ptr<Session>> Open(const RunContext& run) {
    auto s = std::unique_ptr<Session>(new Session(run));
    // The holder's name is what a waiting caller sees.
    std::string app = absl::StrCat("schemad ", run.owner, " ", run.request_id);
    if (app.size() > 63) app.resize(63);
    // Before anything is written: the session lock and SET below need a session of our own.
    ASSIGN_OR_RETURN(s->history_,
                     ConnectWithHistory(run.target, /*create_schema=*/true, /*record=*/true,
                                        run.canceller, [&run](pqxx::connection& conn) {
                                          return pg::RefuseTransactionPooling(
                                              conn, run.target.settings, run.target.Where());
                                        }));
    try {
      pqxx::nontransaction tx(s->conn());
      // A backend busy in a migration notices within seconds that schemad died, and stops:
      // the transaction rolls back and the lock is freed. A pooled session goes back with
      // the pool's reset (RESET ALL), which undoes both settings.
      tx.exec0(absl::StrCat(kSessionSettings, "; SET application_name = ", tx.quote(app)));
      s->key_ = tx.exec_params1("SELECT hashtextextended($1, 0)",
                                absl::StrCat("schemaservice migrations ", run.target.project))[0]
                    .as<int64_t>();
    } catch (const std::exception& e) {
      return pg::FromException(e, absl::StrCat("preparing the session on ", run.target.Where()));
    }
    return s;
  }

  pqxx::connection& conn() { return history_.conn(); }
  int64_t key() const { return key_; }
  // While a no-transaction statement and its record run: finishing beats a half-done one.
  void Unwatch() { history_.Unwatch(); }
  void Watch() { history_.Watch(); }
  // The run ended without running SQL of a migration: the session goes back to the pool
  // (its reset frees the lock and the settings). Otherwise it is closed: a migration may
  // have changed what a reset does not undo.
  void Reusable() { history_.Done(/*reset=*/true); }

  // Polls for the lock (never blocks inside the server) until it is ours, the call is
  // cancelled or schemad stops. Progress names the holder whenever it changes.
  absl::Status Lock(absl::Duration* waited) {
    const absl::Time start = absl::Now();
    std::string last_holder;
    absl::Time last_report = absl::InfinitePast();
    try {
      for (;;) {
        {
          pqxx::nontransaction tx(conn());
          if (tx.exec1(absl::StrCat("SELECT pg_try_advisory_lock(", key_, ")"))[0].as<bool>()) break;
        }
        const std::string holder = Holder();
        if (holder != last_holder || absl::Now() - last_report > absl::Seconds(5)) {
          Emit(run_, Phase::kWaitingForLock,
               absl::StrCat("waiting for the migration lock of ", run_.target.Where(), ", held by ",
                            holder));
          last_holder = holder;
          last_report = absl::Now();
        }
        if (run_.canceller != nullptr && run_.canceller->cancelled()) {
          return absl::DeadlineExceededError(absl::StrCat(
              "gave up waiting for the migration lock of ", run_.target.Where(), ", held by ", holder,
              "; nothing was applied"));
        }
        if (run_.stopping != nullptr && run_.stopping->load()) {
          return absl::UnavailableError("schemad is shutting down; nothing was applied");
        }
        absl::SleepFor(run_.limits.lock_poll);
      }
    } catch (const std::exception& e) {
      return pg::FromException(e, absl::StrCat("taking the migration lock of ", run_.target.Where()));
    }
    *waited = absl::Now() - start;
    return absl::OkStatus();
  }

  // "pid 123 (schemad host/1 req-7, from 10.0.0.5) since 12:00:01 UTC", or "another session".
  std::string Holder() {
    pqxx::nontransaction tx(conn());
    const pqxx::result r = tx.exec(absl::StrCat(
        "SELECT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local'),"
        " (extract(epoch FROM a.backend_start) * 1000000)::bigint"
        " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
        " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        " AND ((l.classid::bigint << 32) | l.objid::bigint) = ", key_, " LIMIT 1"));
    if (r.empty()) return "another session (it just ended?)";
    return absl::StrCat("pid ", r[0][0].as<int>(), " (", r[0][1].as<std::string>(), ", from ",
                        r[0][2].as<std::string>(), ") since ", Clock(Micros(r[0][3])));
  }

  // Sessions that held table locks when `statement` timed out waiting for one: those holding
  // a table the statement names come first (the likely blockers), the longest-running first.
  std::string Blockers(const std::string& statement) {
    try {
      pqxx::nontransaction tx(conn());
      std::vector<std::string> out;
      for (const pqxx::row& r : tx.exec_params(
               "SELECT a.pid, coalesce(a.state, ''), (extract(epoch FROM a.xact_start) * 1000000)::bigint,"
               " (SELECT string_agg(DISTINCT l.relation::regclass::text, ', ') FROM pg_locks l"
               "  WHERE l.pid = a.pid AND l.locktype = 'relation' AND l.granted AND l.relation >= 16384),"
               " left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), 80)"
               " FROM pg_stat_activity a WHERE a.datname = current_database()"
               " AND a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL"
               " AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.locktype = 'relation'"
               "  AND l.granted AND l.relation >= 16384)"
               " ORDER BY EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
               "  WHERE l.pid = a.pid AND l.locktype = 'relation' AND l.granted"
               "  AND strpos(lower($1), lower(c.relname)) > 0) DESC, a.xact_start LIMIT 3",
               statement)) {
        out.push_back(absl::StrCat("pid ", r[0].as<int>(), " (", r[1].as<std::string>(),
                                   ", in a transaction since ", Clock(Micros(r[2])), ", holds ",
                                   Text(r[3]), "; last query: ", r[4].as<std::string>(), ")"));
      }
      return out.empty() ? "" : absl::StrCat("; sessions holding table locks: ", absl::StrJoin(out, "; "));
    } catch (const std::exception&) {
      return "";
    }
  }

  std::set<std::string> InvalidIndexes() {
    pqxx::nontransaction tx(conn());
    return executor::InvalidIndexes(tx);
  }

  // Relations in user schemas: a database with some and no history was made without us.
  int UserRelations() {
    pqxx::nontransaction tx(conn());
    return tx.exec1(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemaservice')"
        " AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'")[0].as<int>();
  }

  std::string Quote(const std::string& s) { return conn().quote(s); }

  // Appended to a migration's COMMIT: whatever the migration SET (search_path, role) ends
  // with it, so the next migration of the run starts as it would in a run of its own.
  std::string ResetSql() {
    return absl::StrCat("SET SESSION AUTHORIZATION DEFAULT; RESET ROLE; RESET ALL; ",
                        kSessionSettings,
                        lock_timeout_ ? absl::StrCat("; SET lock_timeout = '", DurationSql(*lock_timeout_), "'")
                                      : std::string());
  }

  // The session's lock_timeout, set only when it changes: a SET per migration is a round
  // trip per migration.
  void SetLockTimeout(absl::Duration timeout) {
    if (lock_timeout_ == timeout) return;
    pqxx::nontransaction tx(conn());
    tx.exec0(absl::StrCat("SET lock_timeout = '", DurationSql(timeout), "'"));
    lock_timeout_ = timeout;
  }

 private:
  explicit Session(const RunContext& run) : run_(run) {}
  const RunContext& run_;
  HistoryConnection history_;  // its queries are cancelled with the call's
  int64_t key_ = 0;
  std::optional<absl::Duration> lock_timeout_;
};

// The history row's new state plus its log line, as SQL to run in the migration's own
// transaction (or alone, for no-transaction migrations).
struct Record {
  std::string version, message, checksum, up_sql, down_sql, status, action, error;
  std::string status_after;  // of a no-transaction run that succeeds
  absl::Time started_at;
  std::optional<absl::Time> finished_at;
  int64_t duration_ms = 0;
  bool owned = false;  // a running row: our backend pid and instance
};

// The record of a store migration: what it is, before how it went.
Record RecordOf(const store::Migration& m, const char* action) {
  Record r;
  r.version = m.version;
  r.message = m.slug;
  r.checksum = m.checksum;
  r.up_sql = m.up_sql;
  r.down_sql = m.down_sql.value_or("");
  r.action = action;
  return r;
}

std::string RecordSql(Session& s, const RunContext& run, const Record& r) {
  auto q = [&](const std::string& v) { return s.Quote(v); };
  return absl::StrCat(
      "INSERT INTO schemaservice.migrations (project, version, message, checksum, up_sql, down_sql,"
      " status, applied_by, request_id, started_at, finished_at, duration_ms, error, owner_pid, owner)"
      " VALUES (", q(run.target.project), ", ", q(r.version), ", ", q(r.message), ", ", q(r.checksum),
      ", ", q(r.up_sql), ", ", q(r.down_sql), ", ", q(r.status), ", ", q(run.caller), ", ",
      q(run.request_id), ", ", q(Iso(r.started_at)), ", ",
      r.finished_at ? q(Iso(*r.finished_at)) : "NULL", ", ", r.duration_ms, ", ",
      r.error.empty() ? "NULL" : q(r.error), ", ", r.owned ? "pg_backend_pid()" : "NULL", ", ",
      r.owned ? q(run.owner) : "NULL",
      ") ON CONFLICT (project, version) DO UPDATE SET message = EXCLUDED.message,"
      " checksum = EXCLUDED.checksum, up_sql = EXCLUDED.up_sql, down_sql = EXCLUDED.down_sql,"
      " status = EXCLUDED.status, applied_by = EXCLUDED.applied_by, request_id = EXCLUDED.request_id,"
      " started_at = EXCLUDED.started_at, finished_at = EXCLUDED.finished_at,"
      " duration_ms = EXCLUDED.duration_ms, error = EXCLUDED.error, owner_pid = EXCLUDED.owner_pid,"
      " owner = EXCLUDED.owner;"
      " INSERT INTO schemaservice.migration_log (project, version, status, checksum, action, caller,"
      " request_id, sql_hash) VALUES (", q(run.target.project), ", ", q(r.version), ", ", q(r.status), ", ",
      q(r.checksum), ", ", q(r.action), ", ", q(run.caller), ", ", q(run.request_id), ", ",
      SqlHashExpr(q(r.up_sql), q(r.down_sql)), ")");
}

bool Retryable(const std::string& state) { return state == "55P03" || state == "40P01"; }

std::string SqlStateOf(const std::exception& e) {
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) return sql->sqlstate();
  if (dynamic_cast<const pqxx::deadlock_detected*>(&e)) return "40P01";
  return "";
}

bool Stopping(const RunContext& run) {
  return (run.stopping != nullptr && run.stopping->load()) ||
         (run.canceller != nullptr && run.canceller->cancelled());
}

// The call itself was cancelled (client gone, deadline, end of the shutdown grace period):
// the current migration stops too. A shutdown alone lets it finish.
bool Cancelled(const RunContext& run) { return run.canceller != nullptr && run.canceller->cancelled(); }

// Why a run stopped at a migration boundary: shutdown is worth a retry elsewhere.
absl::Status Stopped(const RunContext& run, const std::string& what) {
  if (run.stopping != nullptr && run.stopping->load()) {
    return absl::UnavailableError(absl::StrCat("schemad is shutting down; stopped ", what));
  }
  return absl::CancelledError(absl::StrCat("the call was cancelled; stopped ", what));
}

// What one migration (or one down) runs: its statements and how.
struct Work {
  std::string file;  // for messages: "versions/2026..._x.up.sql"
  std::vector<SqlStatement> statements;
  bool no_transaction = false;
  std::optional<absl::Duration> lock_timeout;
};

absl::StatusOr<Work> PrepareWork(const std::string& file, const std::string& sql) {
  Work w;
  w.file = file;
  ASSIGN_OR_RETURN(const store::Directives d, store::ParseDirectives(sql));
  w.no_transaction = d.no_transaction;
  w.lock_timeout = d.lock_timeout;
  w.statements = SplitStatements(sql);
  if (w.statements.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        file, " holds no statement (only comments or nothing): write it, or remove the migration "
        "while it is applied nowhere. Nothing was run"));
  }
  for (size_t k = 0; k < w.statements.size(); ++k) {
    // The leading words, letters only: `COMMIT/* x */` and `COMMIT--` are COMMIT too.
    std::vector<std::string> words;
    for (absl::string_view part :
         absl::StrSplit(w.statements[k].sql, absl::ByAnyChar(" \t\r\n\f\v;(/-"), absl::SkipEmpty())) {
      words.push_back(absl::AsciiStrToUpper(part));
      if (words.size() == 2) break;
    }
    const std::string first = words.empty() ? "" : words[0];
    const std::string second = words.size() < 2 ? "" : words[1];
    if (first == "BEGIN" || first == "START" || first == "COMMIT" || first == "END" ||
        first == "ROLLBACK" || first == "ABORT" || first == "SAVEPOINT" || first == "RELEASE" ||
        (first == "PREPARE" && second == "TRANSACTION")) {
      return absl::FailedPreconditionError(absl::StrCat(
          file, " statement ", k + 1, " (line ", w.statements[k].line, ") is transaction control (",
          first, "): each migration already runs in a transaction of its own, recorded with it; "
          "remove it (or mark the file -- schemaservice:no-transaction for a statement that "
          "cannot run in a transaction). Nothing was run"));
    }
  }
  if (w.no_transaction && w.statements.size() != 1) {
    return absl::FailedPreconditionError(absl::StrCat(
        file, " is marked no-transaction but holds ", w.statements.size(),
        " statements; such a migration must be exactly one statement, so that a failure never "
        "leaves it half-done: split it into several migrations"));
  }
  return w;
}

// Runs a transactional migration and its record in one transaction, retrying the whole of
// it after a lock timeout or deadlock. Nothing of a failed attempt remains.
absl::Status RunTransactional(Session& s, const RunContext& run, const Work& work,
                              const Record& record, int step, int total, const std::string& version) {
  const absl::Duration lock_timeout = work.lock_timeout.value_or(run.limits.lock_timeout);
  absl::Duration backoff = run.limits.retry_backoff;
  const int n = static_cast<int>(work.statements.size());
  for (int attempt = 0;; ++attempt) {
    const absl::Time start = absl::Now();
    int k = -1;  // the statement running; n = the record and commit
    try {
      s.SetLockTimeout(lock_timeout);
      pqxx::nontransaction tx(s.conn());
      // BEGIN travels with the first statement (it cannot fail itself), the record with
      // COMMIT: one round trip per statement, as psql needs, plus one.
      for (k = 0; k < n; ++k) {
        // PQcancel reaches only a statement that is running: between statements the call's
        // cancellation is checked here, so a run of quick statements stops too.
        if (k > 0 && Cancelled(run)) throw StopRequested();
        Emit(run, Phase::kApplying,
             absl::StrCat(work.file, ": statement ", k + 1, " of ", n), version, step, total, k + 1, n);
        tx.exec(k == 0 ? absl::StrCat("BEGIN; ", work.statements[k].sql) : work.statements[k].sql);
      }
      if (Cancelled(run)) throw StopRequested();
      Record done = record;
      done.status = record.status_after;
      done.started_at = start;
      done.finished_at = absl::Now();
      done.duration_ms = absl::ToInt64Milliseconds(*done.finished_at - start);
      tx.exec0(absl::StrCat(RecordSql(s, run, done), "; COMMIT; ", s.ResetSql()));
      return absl::OkStatus();
    } catch (const StopRequested&) {
      try {
        pqxx::nontransaction tx(s.conn());
        tx.exec0("ROLLBACK");
      } catch (const std::exception&) {
        // The connection is gone: the server rolled the transaction back itself.
      }
      return Stopped(run, absl::StrCat("in ", work.file, " before statement ", k + 1,
                                       "; it was rolled back and left no trace"));
    } catch (const std::exception& e) {
      try {
        pqxx::nontransaction tx(s.conn());
        tx.exec0("ROLLBACK");
      } catch (const std::exception&) {
        // The connection is gone: the server rolled the transaction back itself.
      }
      const std::string state = SqlStateOf(e);
      const std::string where =
          k < 0 ? work.file
          : k < n ? absl::StrCat(work.file, " statement ", k + 1, " of ", n, " (line ",
                                 work.statements[k].line, ")")
                  : absl::StrCat(work.file, " (recording it in the history)");
      if (Retryable(state) && attempt < run.limits.lock_retries && !Stopping(run)) {
        Emit(run, Phase::kApplying,
             absl::StrCat(where, ": ", state == "40P01" ? "deadlock" : "lock timeout after ",
                          state == "40P01" ? "" : DurationSql(lock_timeout), s.Blockers(k >= 0 && k < n ? work.statements[k].sql : std::string()),
                          "; rolled back, attempt ", attempt + 2, " of ", run.limits.lock_retries + 1,
                          " in ", absl::FormatDuration(backoff)),
             version, step, total);
        absl::SleepFor(backoff);
        backoff *= 2;
        continue;
      }
      absl::Status status = pg::FromException(e, where);
      std::string advice = "the migration was rolled back and left no trace";
      // The call's cancel reached a running statement (57014): the caller asked for this.
      if (Cancelled(run)) status = absl::CancelledError(status.message());
      if (state == "25001") {
        status = absl::FailedPreconditionError(status.message());
        absl::StrAppend(&advice, "; a statement that cannot run inside a transaction (CREATE INDEX "
                                 "CONCURRENTLY, VACUUM, ...) goes alone in a migration marked "
                                 "-- schemaservice:no-transaction");
      }
      if (Retryable(state)) {
        absl::StrAppend(&advice, s.Blockers(k >= 0 && k < n ? work.statements[k].sql : std::string()), "; gave up after ", attempt + 1,
                        " attempts: retry when the blocking sessions are done, or raise the lock "
                        "timeout (-- schemaservice:lock-timeout=... in the file)");
      }
      return absl::Status(status.code(), absl::StrCat(status.message(), "; ", advice));
    }
  }
}

// Runs a no-transaction migration's one statement: recorded running first, applied or
// failed after. Never retried: the statement may have done part of its work.
absl::Status RunAlone(Session& s, const RunContext& run, const Work& work, Record record,
                      int step, int total, const std::string& version) {
  const absl::Time start = absl::Now();
  s.Unwatch();  // a client going away must not stop it half-way; it is bounded by its lock timeout
  absl::Status result;
  std::string error;
  try {
    std::set<std::string> invalid_before = s.InvalidIndexes();
    record.status = "running";
    record.started_at = start;
    record.owned = true;
    {
      pqxx::nontransaction tx(s.conn());
      tx.exec0(RecordSql(s, run, record));
    }
    s.SetLockTimeout(work.lock_timeout.value_or(run.limits.lock_timeout));
    Emit(run, Phase::kApplying, absl::StrCat(work.file, ": statement 1 of 1 (no transaction)"),
         version, step, total, 1, 1);
    try {
      {
        pqxx::nontransaction tx(s.conn());
        tx.exec(work.statements[0].sql);
      }
      std::vector<std::string> invalid;
      for (const std::string& index : s.InvalidIndexes()) {
        if (invalid_before.count(index) == 0) invalid.push_back(index);
      }
      if (!invalid.empty()) {
        error = absl::StrCat("index ", absl::StrJoin(invalid, ", "),
                             " is INVALID after the build (pg_index.indisvalid is false): it costs "
                             "writes and serves no query; drop it (DROP INDEX CONCURRENTLY ...), "
                             "fix the cause, then resolve");
        result = absl::FailedPreconditionError(absl::StrCat(work.file, ": ", error));
      }
    } catch (const std::exception& e) {
      result = pg::FromException(e, absl::StrCat(work.file, " statement 1 of 1 (line ",
                                                 work.statements[0].line, ", no transaction)"));
      error = std::string(result.message());
      // A failed concurrent build leaves its index behind, INVALID: say so.
      try {
        std::vector<std::string> invalid;
        for (const std::string& index : s.InvalidIndexes()) {
          if (invalid_before.count(index) == 0) invalid.push_back(index);
        }
        if (!invalid.empty()) {
          absl::StrAppend(&error, "; it left index ", absl::StrJoin(invalid, ", "),
                          " INVALID (it costs writes and serves no query): drop it with DROP INDEX "
                          "CONCURRENTLY before resolving");
          result = absl::Status(result.code(), error);
        }
      } catch (const std::exception&) {
      }
    }
    record.status = result.ok() ? record.status_after : "failed";
    record.error = error;
    record.finished_at = absl::Now();
    record.duration_ms = absl::ToInt64Milliseconds(*record.finished_at - start);
    record.owned = false;
    pqxx::nontransaction tx(s.conn());
    tx.exec0(absl::StrCat("BEGIN; ", RecordSql(s, run, record), "; COMMIT; ", s.ResetSql()));
  } catch (const std::exception& e) {
    s.Watch();
    return pg::FromException(e, absl::StrCat(work.file, " (no transaction): recording its outcome"));
  }
  s.Watch();
  if (!result.ok()) {
    return absl::Status(result.code(),
                        absl::StrCat(result.message(), "; it ran without a transaction, so it is "
                                     "recorded as failed and nothing more is applied to ",
                                     run.target.Where(), " until a person checks the database and runs ",
                                     ResolveHint(run.target, version)));
  }
  return absl::OkStatus();
}

// One migration (or one down), as its directive says: in a transaction with its record, or
// alone, recorded before and after. `record.status_after` is the row's status on success.
absl::Status RunMigration(Session& s, const RunContext& run, const Work& work, const Record& record,
                          int step, int total, const std::string& version) {
  return work.no_transaction ? RunAlone(s, run, work, record, step, total, version)
                             : RunTransactional(s, run, work, record, step, total, version);
}

// Refusals every mutation shares: a history that disagrees with its log, failed or running
// rows.
absl::Status CheckHistory(Session& s, const RunContext& run, const HistoryState& h) {
  if (!h.problems.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "the migration history of ", run.target.Where(), " disagrees with its log: ",
        absl::StrJoin(h.problems, "; "),
        ". Nothing was run. Find out what happened, then set each version straight with ",
        ResolveHint(run.target, "V")));
  }
  for (const auto& [version, row] : h.rows) {
    if (row.status == "failed") {
      return absl::FailedPreconditionError(absl::StrCat(
          "migration ", version, " failed on ", run.target.Where(), " (", row.error,
          "); nothing more is applied until a person checks the database and runs ",
          ResolveHint(run.target, version)));
    }
    if (row.status == "running") {
      std::string evidence;
      try {
        const std::set<std::string> invalid = s.InvalidIndexes();
        evidence = invalid.empty() ? "; no invalid index in the database now"
                                   : absl::StrCat("; invalid indexes now: ", absl::StrJoin(invalid, ", "));
      } catch (const std::exception&) {
      }
      return absl::FailedPreconditionError(absl::StrCat(
          "migration ", version, " ran without a transaction on ", run.target.Where(),
          " and its owner (", row.owner, ") died before recording the outcome: it may or may not "
          "have taken effect", evidence, ". Check the database, then run ",
          ResolveHint(run.target, version)));
    }
  }
  return absl::OkStatus();
}

std::string VersionsText(const std::vector<std::string>& v) {
  return v.empty() ? "none" : absl::StrJoin(v, ", ");
}

// The last history read of a target, reused while its listener's generation is the one it
// was read at and for at most kHistoryReuse: a second bounds what an undetected loss of
// the listening connection (a server gone without closing it) can hide. A history with a
// running migration is never kept: whether its owner lives changes without a write.
constexpr absl::Duration kHistoryReuse = absl::Seconds(1);

std::shared_ptr<const HistoryState> CachedHistory(TargetState& state) {
  if (!state.listener) return nullptr;
  const uint64_t generation = state.listener->generation();
  std::lock_guard<std::mutex> lock(state.history_cache.mu);
  if (generation == 0 || state.history_cache.generation != generation ||
      absl::Now() - state.history_cache.read_at > kHistoryReuse) {
    return nullptr;
  }
  return std::static_pointer_cast<const HistoryState>(state.history_cache.value);
}

void KeepHistory(TargetState& state, uint64_t generation, const HistoryState& h) {
  if (generation == 0) return;
  for (const auto& [version, row] : h.rows) {
    if (row.status == "running") return;
  }
  auto kept = std::make_shared<const HistoryState>(h);
  std::lock_guard<std::mutex> lock(state.history_cache.mu);
  state.history_cache.generation = generation;
  state.history_cache.read_at = absl::Now();
  state.history_cache.value = std::move(kept);
}

}  // namespace

// The target's history: the one kept by History while it is current, else read now (and kept).
absl::StatusOr<std::shared_ptr<const HistoryState>> CurrentHistory(const RunContext& run) {
  const std::shared_ptr<TargetState> state = StateOf(run.target);
  if (std::shared_ptr<const HistoryState> cached = CachedHistory(*state)) return cached;
  const uint64_t generation = state->listener ? state->listener->generation() : 0;
  ASSIGN_OR_RETURN(HistoryConnection c, ConnectWithHistory(run.target, /*create_schema=*/true,
                                                           /*record=*/true, run.canceller));
  ASSIGN_OR_RETURN(HistoryState h, ReadHistoryState(c.conn(), run.target));
  c.Done();
  if (c.schema_version() >= LatestHistorySchema()) KeepHistory(*state, generation, h);
  return std::make_shared<const HistoryState>(std::move(h));
}

// A Job retried after its Apply succeeded: when one read of the history shows every file of
// the store applied (same checksums), nothing else (failed, running, rolled back, unknown
// to the store) and no disagreement with the log, there is nothing to do, and the read
// proves it without the lock: the rows and the log are one snapshot, and whatever another
// caller does next starts from a state that needs nothing either. Anything else takes the
// lock and the full path, which reports it. The read may be the one History keeps while no
// change was notified (at most a second old): a change another replica commits meanwhile
// is then ordered after this call, as if it had come a moment later. True when it answered.
absl::StatusOr<bool> AlreadyApplied(const RunContext& run, const ApplyOptions& options,
                                    const std::vector<store::Migration>& files,
                                    RunOutcome* outcome) {
  if (files.empty()) return false;
  if (!options.to_version.empty() && options.to_version != files.back().version) return false;
  ASSIGN_OR_RETURN(const std::shared_ptr<const HistoryState> read, CurrentHistory(run));
  const HistoryState& h = *read;
  if (!h.problems.empty() || h.rows.size() != files.size()) return false;
  EnvironmentStatus after;
  for (const store::Migration& m : files) {
    const auto row = h.rows.find(m.version);
    if (row == h.rows.end() || row->second.status != "applied" ||
        row->second.checksum != m.checksum) {
      return false;
    }
    if (row->second.finished_at &&
        (!after.last_applied_at || *row->second.finished_at > *after.last_applied_at)) {
      after.last_applied_at = row->second.finished_at;
    }
  }
  after.current_version = files.back().version;
  outcome->current_version = after.current_version;
  outcome->after = after;
  outcome->message = absl::StrCat(run.target.Where(), " is already at ", after.current_version);
  return true;
}

absl::Status Apply(const RunContext& run, const ApplyOptions& options, RunOutcome* outcome) {
  Emit(run, Phase::kValidating, "checking the store against versions/schema.sum");
  const store::StoreCache::Read read = StateOf(run.target)->store.Open(run.migrations_dir);
  RETURN_IF_ERROR(read.opened);
  RETURN_IF_ERROR(read.verified);
  const store::Store& store = *read.store;
  const std::vector<store::Migration>& files = store.migrations();
  if (!options.to_version.empty() &&
      std::none_of(files.begin(), files.end(),
                   [&](const store::Migration& m) { return m.version == options.to_version; })) {
    return absl::NotFoundError(absl::StrCat("no migration with version ", options.to_version, " in ",
                                            store.versions_dir().string()));
  }
  ASSIGN_OR_RETURN(const bool done, AlreadyApplied(run, options, files, outcome));
  if (done) return absl::OkStatus();
  ASSIGN_OR_RETURN(std::unique_ptr<Session> s, Session::Open(run));
  RETURN_IF_ERROR(s->Lock(&outcome->lock_wait));
  ASSIGN_OR_RETURN(const HistoryState h, ReadHistoryState(s->conn(), run.target));
  RETURN_IF_ERROR(CheckHistory(*s, run, h));

  std::string current;
  std::map<std::string, const store::Migration*> by_version;
  for (const store::Migration& m : files) by_version[m.version] = &m;
  for (const auto& [version, row] : h.rows) {
    if (row.status != "applied") continue;
    current = version;
    const auto it = by_version.find(version);
    if (it == by_version.end()) {
      return absl::FailedPreconditionError(absl::StrCat(
          "migration ", version, " is applied to ", run.target.Where(),
          " but its files are gone from ", store.versions_dir().string(),
          ": restore them (git) before applying more; nothing was run"));
    }
    if (it->second->checksum != row.checksum) {
      return absl::FailedPreconditionError(absl::StrCat(
          "versions/", it->second->up_file(), " was edited after it was applied to ",
          run.target.Where(), " (applied sha256:", row.checksum, ", file now sha256:",
          it->second->checksum, "); an applied migration never changes: restore it and put the "
          "change in a new migration. Nothing was run"));
    }
  }
  outcome->current_version = current;
  if (h.rows.empty() && s->UserRelations() > 0) {
    return absl::FailedPreconditionError(absl::StrCat(
        run.target.Where(), " holds tables but no migration history: it was made without "
        "schemaservice. Adopt it first with schemactl baseline --env ", run.target.environment,
        " --version V (checks that it equals the store up to V). Nothing was run"));
  }

  std::vector<const store::Migration*> pending;
  for (const store::Migration& m : files) {
    const auto row = h.rows.find(m.version);
    if (row != h.rows.end() && row->second.status == "applied") continue;
    if (!options.to_version.empty() && m.version > options.to_version) break;
    if (!current.empty() && m.version < current && !options.allow_out_of_order) {
      return absl::FailedPreconditionError(absl::StrCat(
          "pending migration ", m.version, " is older than ", current, ", the latest applied to ",
          run.target.Where(), " (merged from another branch?). Give it a new version "
          "(prepare it again), or apply it out of order on purpose with --allow-out-of-order. "
          "Nothing was run"));
    }
    pending.push_back(&m);
  }
  if (options.tested_in) {
    ASSIGN_OR_RETURN(HistoryConnection tested,
                     ConnectWithHistory(*options.tested_in, /*create_schema=*/true,
                                        /*record=*/true, run.canceller));
    ASSIGN_OR_RETURN(const HistoryState t, ReadHistoryState(tested.conn(), *options.tested_in));
    tested.Done();
    std::vector<std::string> untested;
    for (const store::Migration* m : pending) {
      const auto log = t.log.find(m->version);
      const auto row = t.rows.find(m->version);
      const bool ok = row != t.rows.end() && log != t.log.end() && row->second.checksum == m->checksum &&
                      log->second.checksum == m->checksum &&
                      (row->second.status == "applied" || row->second.status == "rolled_back");
      if (!ok) untested.push_back(m->version);
    }
    if (!untested.empty()) {
      return absl::FailedPreconditionError(absl::StrCat(
          "policy require_tested_in: ", options.tested_in->environment, " of ", run.target.Where(),
          ": ", VersionsText(untested), " ha", untested.size() == 1 ? "s" : "ve",
          " not been applied there with the same checksum; apply to ", options.tested_in->environment,
          " first. Nothing was run"));
    }
  }

  EnvironmentStatus after;
  after.current_version = current;
  for (const store::Migration& m : files) {
    const auto row = h.rows.find(m.version);
    if (row == h.rows.end() || row->second.status != "applied") ++after.pending;
  }
  for (const auto& [version, row] : h.rows) {
    if (row.status == "applied" && row.finished_at &&
        (!after.last_applied_at || *row.finished_at > *after.last_applied_at)) {
      after.last_applied_at = row.finished_at;
    }
  }
  outcome->after = after;

  const int total = static_cast<int>(pending.size());
  if (pending.empty()) {
    outcome->message = current.empty() ? absl::StrCat("no migrations to apply to ", run.target.Where())
                                       : absl::StrCat(run.target.Where(), " is already at ", current);
    if (!options.to_version.empty() && options.to_version < current) {
      outcome->message = absl::StrCat(run.target.Where(), " is at ", current, ", past ",
                                      options.to_version, ": nothing applied (rollback-db-migration "
                                      "--to ", options.to_version, " goes back)");
    }
    s->Reusable();
    return absl::OkStatus();
  }
  std::vector<Work> work;
  for (const store::Migration* m : pending) {
    ASSIGN_OR_RETURN(Work w, PrepareWork(absl::StrCat("versions/", m->up_file()), m->up_sql));
    work.push_back(std::move(w));
  }
  if (options.dry_run) {
    for (int i = 0; i < total; ++i) {
      Emit(run, Phase::kApplying,
           absl::StrCat("would apply ", work[i].file, " (", work[i].statements.size(), " statement",
                        work[i].statements.size() == 1 ? "" : "s",
                        work[i].no_transaction ? ", no transaction)" : ")"),
           pending[i]->version, i + 1, total);
    }
    outcome->message = absl::StrCat("dry run: ", total, " migration", total == 1 ? "" : "s",
                                    " would be applied to ", run.target.Where(), "; nothing was run");
    return absl::OkStatus();
  }
  if (options.before_first) {
    absl::StatusOr<std::string> backup_id = options.before_first();
    if (!backup_id.ok()) {
      return absl::Status(backup_id.status().code(),
                          absl::StrCat(backup_id.status().message(), ". Nothing was applied to ",
                                       run.target.Where(), " (", total, " pending)"));
    }
    outcome->backup_id = *backup_id;
  }
  for (int i = 0; i < total; ++i) {
    const store::Migration& m = *pending[i];
    if (Stopping(run)) {
      return Stopped(run, absl::StrCat("before ", m.version, "; applied in this run: ",
                                       VersionsText(outcome->versions)));
    }
    Emit(run, Phase::kApplying, absl::StrCat("applying ", m.version, " ", m.slug),
         m.version, i + 1, total);
    Record record = RecordOf(m, "apply");
    record.status_after = "applied";
    const absl::Time start = absl::Now();
    const absl::Status status = RunMigration(*s, run, work[i], record, i + 1, total, m.version);
    if (!status.ok()) {
      ++outcome->failed;
      if (work[i].no_transaction) outcome->after->failed = 1;  // recorded failed (or unknown)
      return absl::Status(status.code(),
                          absl::StrCat("applying to ", run.target.Where(), ": ", status.message(),
                                       ". Applied before it in this run: ", VersionsText(outcome->versions)));
    }
    outcome->versions.push_back(m.version);
    outcome->durations.push_back(absl::Now() - start);
    outcome->current_version = std::max(outcome->current_version, m.version);
    outcome->after->current_version = outcome->current_version;
    outcome->after->pending -= 1;
    outcome->after->last_applied_at = absl::Now();
  }
  outcome->message = absl::StrCat("applied ", total, " migration", total == 1 ? "" : "s", " to ",
                                  run.target.Where(), "; now at ", outcome->current_version);
  return absl::OkStatus();
}

absl::Status Rollback(const RunContext& run, const RollbackOptions& options, RunOutcome* outcome) {
  if ((options.steps > 0) == !options.to_version.empty()) {
    return absl::InvalidArgumentError("say how far to roll back: steps (at least 1) or a version, not both");
  }
  if (options.steps < 0) return absl::InvalidArgumentError("steps must be at least 1");
  ASSIGN_OR_RETURN(std::unique_ptr<Session> s, Session::Open(run));
  RETURN_IF_ERROR(s->Lock(&outcome->lock_wait));
  ASSIGN_OR_RETURN(const HistoryState h, ReadHistoryState(s->conn(), run.target));
  RETURN_IF_ERROR(CheckHistory(*s, run, h));
  std::vector<const Row*> applied;  // newest first
  for (auto it = h.rows.rbegin(); it != h.rows.rend(); ++it) {
    if (it->second.status == "applied") applied.push_back(&it->second);
  }
  std::vector<const Row*> chosen;
  if (options.steps > 0) {
    if (options.steps > static_cast<int>(applied.size())) {
      return absl::FailedPreconditionError(absl::StrCat(
          "cannot roll back ", options.steps, " migrations: ", run.target.Where(), " has ",
          applied.size(), " applied"));
    }
    chosen.assign(applied.begin(), applied.begin() + options.steps);
  } else {
    if (h.rows.count(options.to_version) == 0 || h.rows.at(options.to_version).status != "applied") {
      return absl::NotFoundError(absl::StrCat("version ", options.to_version,
                                              " is not applied to ", run.target.Where()));
    }
    for (const Row* r : applied) {
      if (r->version > options.to_version) chosen.push_back(r);
    }
    if (chosen.empty()) {
      outcome->current_version = options.to_version;
      outcome->message = absl::StrCat(run.target.Where(), " is already at ", options.to_version,
                                      "; nothing to roll back");
      s->Reusable();
      return absl::OkStatus();
    }
  }
  std::vector<Work> work;
  std::vector<std::string> losses;
  for (const Row* r : chosen) {
    if (r->down_sql.find_first_not_of(" \t\r\n") == std::string::npos) {
      return absl::FailedPreconditionError(absl::StrCat(
          "migration ", r->version, " was applied without a down migration, so it cannot be rolled "
          "back; write a new migration that undoes it. Nothing was run"));
    }
    ASSIGN_OR_RETURN(Work w, PrepareWork(absl::StrCat("down of ", r->version, " (as applied)"), r->down_sql));
    for (size_t k = 0; k < w.statements.size(); ++k) {
      if (DestroysData(w.statements[k])) {
        losses.push_back(absl::StrCat(r->version, " statement ", k + 1, ": ",
                                      w.statements[k].sql.substr(0, 120)));
      }
    }
    work.push_back(std::move(w));
  }
  const int total = static_cast<int>(chosen.size());
  for (const std::string& loss : losses) {
    Emit(run, Phase::kValidating, absl::StrCat("hazard DATA_LOSS: ", loss));
  }
  if (!losses.empty() && !options.confirm_data_loss && !options.dry_run) {
    return absl::FailedPreconditionError(absl::StrCat(
        "rolling back deletes data: ", absl::StrJoin(losses, "; "),
        ". Back the data up if it matters, then confirm with --confirm-data-loss. Nothing was run"));
  }
  std::string after;
  for (const Row* r : applied) {
    if (r->version < chosen.back()->version) {
      after = r->version;
      break;
    }
  }
  if (options.dry_run) {
    for (int i = 0; i < total; ++i) {
      Emit(run, Phase::kApplying,
           absl::StrCat("would roll back ", chosen[i]->version, " (", work[i].statements.size(),
                        " statement", work[i].statements.size() == 1 ? "" : "s", ")"),
           chosen[i]->version, i + 1, total);
    }
    outcome->current_version = after;
    outcome->message = absl::StrCat("dry run: ", total, " migration", total == 1 ? "" : "s",
                                     " would be rolled back on ", run.target.Where(),
                                     losses.empty() ? "" : " (deleting data)", "; nothing was run");
    return absl::OkStatus();
  }
  outcome->current_version = applied.front()->version;
  for (int i = 0; i < total; ++i) {
    const Row& r = *chosen[i];
    if (Stopping(run)) {
      return Stopped(run, absl::StrCat("before rolling back ", r.version,
                                       "; rolled back in this run: ", VersionsText(outcome->versions)));
    }
    Emit(run, Phase::kApplying, absl::StrCat("rolling back ", r.version, " ", r.message),
         r.version, i + 1, total);
    Record record;
    record.version = r.version;
    record.message = r.message;
    record.checksum = r.checksum;
    record.down_sql = r.down_sql;
    record.action = "rollback";
    record.status_after = "rolled_back";
    {
      pqxx::read_transaction tx(s->conn());
      record.up_sql = tx.exec_params1("SELECT up_sql FROM schemaservice.migrations WHERE project = $1 AND version = $2",
                                      run.target.project, r.version)[0].as<std::string>();
    }
    const absl::Time start = absl::Now();
    const absl::Status status = RunMigration(*s, run, work[i], record, i + 1, total, r.version);
    if (!status.ok()) {
      ++outcome->failed;
      return absl::Status(status.code(), absl::StrCat("rolling back on ", run.target.Where(), ": ",
                                                      status.message(), ". Rolled back before it: ",
                                                      VersionsText(outcome->versions)));
    }
    outcome->versions.push_back(r.version);
    outcome->durations.push_back(absl::Now() - start);
    outcome->current_version = i + 1 < total ? chosen[i + 1]->version : after;
  }
  outcome->message = absl::StrCat("rolled back ", total, " migration", total == 1 ? "" : "s", " on ",
                                  run.target.Where(), "; now at ",
                                  outcome->current_version.empty() ? "no version" : outcome->current_version);
  return absl::OkStatus();
}

absl::Status WithProjectLock(const RunContext& run,
                             const std::function<absl::Status(pqxx::connection&)>& body,
                             absl::Duration* waited, bool check_history) {
  ASSIGN_OR_RETURN(std::unique_ptr<Session> s, Session::Open(run));
  RETURN_IF_ERROR(s->Lock(waited));
  if (check_history) {
    ASSIGN_OR_RETURN(const HistoryState h, ReadHistoryState(s->conn(), run.target));
    RETURN_IF_ERROR(CheckHistory(*s, run, h));
  }
  return body(s->conn());
}

absl::Status Resolve(const RunContext& run, const std::string& version, bool applied) {
  ASSIGN_OR_RETURN(const store::Store store, store::Store::Open(run.migrations_dir));
  ASSIGN_OR_RETURN(std::unique_ptr<Session> s, Session::Open(run));
  absl::Duration waited;
  RETURN_IF_ERROR(s->Lock(&waited));
  ASSIGN_OR_RETURN(const HistoryState h, ReadHistoryState(s->conn(), run.target));
  const auto row = h.rows.find(version);
  const auto log = h.log.find(version);
  const store::Migration* file = nullptr;
  for (const store::Migration& m : store.migrations()) {
    if (m.version == version) file = &m;
  }
  if (row == h.rows.end() && log == h.log.end() && file == nullptr) {
    return absl::NotFoundError(absl::StrCat("no migration ", version, " in the store or the history of ",
                                            run.target.Where()));
  }
  const bool disputed = std::any_of(h.problems.begin(), h.problems.end(), [&](const std::string& p) {
    return absl::StrContains(p, absl::StrCat("history row ", version, " "));
  });
  const bool open = row != h.rows.end() && (row->second.status == "failed" || row->second.status == "running");
  if (!disputed && !open) {
    return absl::FailedPreconditionError(absl::StrCat(
        "migration ", version, " on ", run.target.Where(), " is ",
        row == h.rows.end() ? "not in the history" : row->second.status,
        " and agrees with the migration log: there is nothing to resolve (rollback-db-migration "
        "undoes an applied one)"));
  }
  if (file == nullptr && row == h.rows.end()) {
    return absl::NotFoundError(absl::StrCat(
        "migration ", version, " is neither in the store nor in the history of ", run.target.Where(),
        (log != h.log.end() ? " (only the log knows it); restore its files first" : "")));
  }
  Record r = file != nullptr ? RecordOf(*file, "resolve") : Record{};
  if (file == nullptr) {
    // The files are gone: keep what the row recorded, its up SQL included.
    r.version = version;
    r.action = "resolve";
    r.message = row->second.message;
    r.checksum = row->second.checksum;
    r.down_sql = row->second.down_sql;
    try {
      pqxx::read_transaction tx(s->conn());
      r.up_sql = tx.exec_params1("SELECT up_sql FROM schemaservice.migrations WHERE project = $1"
                                 " AND version = $2", run.target.project, version)[0].as<std::string>();
    } catch (const std::exception& e) {
      return pg::FromException(e, absl::StrCat("resolving ", version, " on ", run.target.Where()));
    }
  }
  r.status = applied ? "applied" : "rolled_back";
  r.started_at = row != h.rows.end() ? row->second.started_at : absl::Now();
  r.finished_at = absl::Now();
  r.duration_ms = row != h.rows.end() ? row->second.duration_ms : 0;
  r.error = row != h.rows.end() ? row->second.error : "";
  try {
    pqxx::nontransaction tx(s->conn());
    tx.exec0(absl::StrCat("BEGIN; ", RecordSql(*s, run, r), "; COMMIT"));
  } catch (const std::exception& e) {
    return pg::FromException(e, absl::StrCat("resolving ", version, " on ", run.target.Where()));
  }
  return absl::OkStatus();
}

absl::Status Baseline(const RunContext& run, const std::string& version, ShadowServer& shadow,
                      const LoadOptions& load, RunOutcome* outcome) {
  ASSIGN_OR_RETURN(const store::Store store, store::Store::Open(run.migrations_dir));
  RETURN_IF_ERROR(store.Verify());
  ASSIGN_OR_RETURN(std::unique_ptr<Session> s, Session::Open(run));
  RETURN_IF_ERROR(s->Lock(&outcome->lock_wait));
  ASSIGN_OR_RETURN(const HistoryState h, ReadHistoryState(s->conn(), run.target));
  if (!h.rows.empty() || !h.log.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        run.target.Where(), " already has a migration history; baseline adopts only a database "
        "made without schemaservice"));
  }
  Emit(run, Phase::kVerifying, absl::StrCat("comparing ", run.target.Where(), " with the store replayed up to ", version));
  DiffRequest diff;
  diff.from.kind = Source::Kind::kLive;
  diff.from.live = run.target.settings;
  diff.from.label = absl::StrCat("environment ", run.target.environment);
  diff.to.kind = Source::Kind::kMigrations;
  diff.to.dir = run.migrations_dir;
  diff.to.up_to_version = version;
  diff.to.label = absl::StrCat("migrations up to ", version);
  diff.want_from_hash = false;
  diff.load = load;
  ASSIGN_OR_RETURN(const DiffResult result, RunDiff(diff, shadow));
  if (!result.plan.up.empty()) {
    std::vector<std::string> changes;
    for (const plan::Statement& st : result.plan.up) {
      if (changes.size() == 20) {
        changes.push_back(absl::StrCat("... ", result.plan.up.size() - 20, " more"));
        break;
      }
      changes.push_back(st.description);
    }
    return absl::FailedPreconditionError(absl::StrCat(
        run.target.Where(), " does not equal the store up to ", version,
        "; to make it equal would take: ", absl::StrJoin(changes, "; "),
        ". Pick the version it matches, or bring it there first. Nothing was recorded"));
  }
  std::string sql = "BEGIN";
  for (const store::Migration& m : store.migrations()) {
    if (m.version > version) break;
    Record r = RecordOf(m, "baseline");
    r.status = "applied";
    r.started_at = absl::Now();
    r.finished_at = r.started_at;
    absl::StrAppend(&sql, "; ", RecordSql(*s, run, r));
    outcome->versions.push_back(m.version);
  }
  try {
    pqxx::nontransaction tx(s->conn());
    tx.exec0(absl::StrCat(sql, "; COMMIT"));
  } catch (const std::exception& e) {
    return pg::FromException(e, absl::StrCat("recording the baseline of ", run.target.Where()));
  }
  outcome->current_version = version;
  outcome->message = absl::StrCat("recorded ", outcome->versions.size(), " migrations as applied to ",
                                  run.target.Where(), " without running them; now at ", version);
  return absl::OkStatus();
}

absl::StatusOr<EnvironmentStatus> ReadStatus(const Target& target,
                                             const std::filesystem::path& migrations_dir,
                                             int event_limit, bool create_schema,
                                             pg::Canceller* canceller) {
  std::optional<std::vector<store::Migration>> files;
  std::string store_problem;
  const store::StoreCache::Read read = StateOf(target)->store.Open(migrations_dir);
  if (!read.opened.ok()) {
    store_problem = std::string(read.opened.message());
  } else {
    files = read.store->migrations();
    if (!read.verified.ok()) store_problem = std::string(read.verified.message());
  }
  const std::shared_ptr<TargetState> state = StateOf(target);
  if (event_limit == 0) {
    if (std::shared_ptr<const HistoryState> cached = CachedHistory(*state)) {
      EnvironmentStatus status = BuildStatus(files, *cached);
      if (!store_problem.empty()) status.problems.insert(status.problems.begin(), store_problem);
      return status;
    }
  }
  // Taken before the read: a change while it runs makes this read stale at once.
  const uint64_t generation = state->listener ? state->listener->generation() : 0;
  ASSIGN_OR_RETURN(HistoryConnection c,
                   ConnectWithHistory(target, create_schema, /*record=*/create_schema, canceller));
  HistoryState h;
  const bool exists = c.schema_version() > 0;
  if (exists) {
    ASSIGN_OR_RETURN(h, ReadHistoryState(c.conn(), target));
    if (c.schema_version() >= LatestHistorySchema()) KeepHistory(*state, generation, h);
  }
  EnvironmentStatus status = BuildStatus(files, h);
  if (!store_problem.empty()) status.problems.insert(status.problems.begin(), store_problem);
  if (exists && event_limit > 0) {
    ASSIGN_OR_RETURN(status.events, ReadEvents(c.conn(), target, event_limit));
  }
  c.Done();
  return status;
}

}  // namespace schemaservice::executor
