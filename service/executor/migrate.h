// service/executor/migrate.h
//
// Versioned migrations against an environment's database: Apply, Rollback, Resolve,
// Baseline, and the status History shows. Every mutation runs under a session-level advisory
// lock of the project on the target database, taken by polling pg_try_advisory_lock with no
// transaction open (a blocked pg_advisory_lock would hold a snapshot that CREATE INDEX
// CONCURRENTLY waits for), and re-reads the history once it holds the lock. Each migration
// runs in its own transaction together with its history row and log line, so a crash at any
// point leaves it either applied and recorded or absent; a no-transaction migration is
// recorded `running` before its one statement and `applied` or `failed` after, and a
// `running` row found under the lock means its owner died: the outcome is unknown and a
// person decides (Resolve).
//
// The history row can be edited by anyone with access to the database, so every change is
// also appended to schemaservice.migration_log (append-only); the two are compared and a
// disagreement is reported, never trusted.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "service/executor/history.h"
#include "service/executor/shadow.h"
#include "service/pg/cancel.h"

namespace schemaservice::executor {

enum class MigrationState { kPending, kApplied, kFailed, kRunning, kRolledBack, kTampered, kMissing };
const char* MigrationStateName(MigrationState state);

// One migration as an environment sees it: from the store, the history, or both.
struct MigrationStatus {
  std::string version;
  std::string message;
  MigrationState state = MigrationState::kPending;
  std::string checksum;       // applied checksum when applied, else the file's
  std::string file_checksum;  // "" when the file is gone
  std::string applied_by;
  absl::Time started_at = absl::InfinitePast();
  std::optional<absl::Time> finished_at;
  int64_t duration_ms = 0;
  std::string error;
};

struct EnvironmentStatus {
  std::vector<MigrationStatus> migrations;  // version order
  // What disagrees: the store with its sum, the history with its log. Empty when consistent.
  std::vector<std::string> problems;
  std::string current_version;  // latest applied; "" when none
  int pending = 0;              // in the store, not applied (rolled back ones included)
  int failed = 0;               // failed or running with a dead owner
  std::optional<absl::Time> last_applied_at;
  std::vector<EventRow> events;  // newest first
};

// How each run bounds its DDL (server.migrations in the config).
struct MigrationLimits {
  absl::Duration lock_timeout = absl::Seconds(5);  // per lock acquisition; a file may say otherwise
  int lock_retries = 3;                            // further attempts after a lock timeout or deadlock
  absl::Duration retry_backoff = absl::Seconds(1); // doubled after every attempt
  absl::Duration lock_poll = absl::Milliseconds(250);
};

struct ProgressEvent {
  enum class Phase { kValidating, kWaitingForLock, kBackingUp, kApplying, kVerifying, kRestoring, kDone };
  Phase phase = Phase::kValidating;
  int step = 0, total_steps = 0;
  std::string version;
  int statement_index = 0, statement_count = 0;
  int64_t bytes_done = 0, bytes_total = 0;  // backups and restores
  std::string message;
};

// Who runs it and where: the context every mutation needs.
struct RunContext {
  Target target;
  std::filesystem::path migrations_dir;
  std::string caller = "local";
  std::string request_id;
  std::string owner;  // this schemad instance, "host/pid", recorded on running rows
  MigrationLimits limits;
  pg::Canceller* canceller = nullptr;          // the call's; cancels the current query
  const std::atomic<bool>* stopping = nullptr; // shutdown: stop at the next migration boundary
  std::function<void(const ProgressEvent&)> progress;
  void Report(const ProgressEvent& event) const {
    if (progress) progress(event);
  }
};

// What a run did, filled also when it fails part-way.
struct RunOutcome {
  std::vector<std::string> versions;  // applied or rolled back, in order
  std::vector<absl::Duration> durations;
  absl::Duration lock_wait;
  int failed = 0;               // migrations that failed in this run (0 or 1)
  std::string current_version;  // after the run
  std::string message;          // "applied 3 migrations; now at V" / "already at V"
  std::string backup_id;        // taken before the run (ApplyOptions::before_first)
  // The environment after the run (current version, pending, failed, last applied; no
  // per-migration list), when Apply got as far as reading the history: the gauges come from
  // here without reading the database again.
  std::optional<EnvironmentStatus> after;
};

struct ApplyOptions {
  std::string to_version;  // "" = all pending
  bool dry_run = false;
  bool allow_out_of_order = false;
  // require_tested_in: every migration to apply was applied, with the same checksum, there.
  std::optional<Target> tested_in;
  // Runs under the lock once migrations are known to be pending, before the first one (not
  // on a dry run): backup_before_apply's backup. Its error stops the run with nothing applied;
  // what it returns (the backup id) goes into RunOutcome::backup_id.
  std::function<absl::StatusOr<std::string>()> before_first;
};

absl::Status Apply(const RunContext& run, const ApplyOptions& options, RunOutcome* outcome);

struct RollbackOptions {
  int steps = 0;           // the last N applied, or
  std::string to_version;  // every applied version after this one
  bool confirm_data_loss = false;
  bool dry_run = false;
};

absl::Status Rollback(const RunContext& run, const RollbackOptions& options, RunOutcome* outcome);

// Runs `body` on a session that holds the project's migration lock on `run.target`, after
// the database is checked to be the environment it claims to be and, with `check_history`,
// to have no failed, running or disputed history row. For Sync and Restore, which change a
// database outside migrations: no Apply or Rollback runs meanwhile. (Restore skips the
// history check: it is how a broken database gets back to a known state.)
absl::Status WithProjectLock(const RunContext& run,
                             const std::function<absl::Status(pqxx::connection&)>& body,
                             absl::Duration* waited, bool check_history = true);

// A person's verdict on a failed or running (outcome unknown) migration, or on a history row
// that disagrees with the log: it is applied, or it is not (rolled back, pending again).
absl::Status Resolve(const RunContext& run, const std::string& version, bool applied);

// Adopts a database made without us: records every migration up to `version` as applied
// without running it, after checking that the catalog equals the store replayed up to it
// (else FAILED_PRECONDITION with the differences).
absl::Status Baseline(const RunContext& run, const std::string& version, ShadowServer& shadow,
                      const LoadOptions& load, RunOutcome* outcome);

// The state of every migration in an environment. `create_schema` false: a database without
// the history schema reads as "nothing applied" and is left untouched (metrics refresh).
absl::StatusOr<EnvironmentStatus> ReadStatus(const Target& target,
                                             const std::filesystem::path& migrations_dir,
                                             int event_limit, bool create_schema,
                                             pg::Canceller* canceller = nullptr);

}  // namespace schemaservice::executor
