// service/backup/dump.h
//
// pg_dump and pg_restore as child processes whose archive streams through schemad: pg_dump's
// stdout goes into a BackupStore::Writer in fixed-size chunks (memory stays flat whatever the
// database's size, and the archive never sits on the database host), and an archive is fed
// back from a Reader into pg_restore's stdin. Connection settings reach the child through its
// environment (PGPASSWORD included), never argv, which every local user can read in ps.
// RestoreArchiveInOneTransaction pipes pg_restore's script through schemad into psql, to
// wrap caller SQL and the restore in one transaction.
// A cancelled call kills its children (SIGTERM, then SIGKILL) and reaps it before returning.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "service/backup/backup_store.h"
#include "service/pg/connection_settings.h"

namespace schemaservice::backup {

struct DumpOptions {
  pg::ConnectionSettings database;
  std::string pg_dump;         // program path (pg::Binaries::PgDump(server_major))
  int64_t expected_bytes = 0;  // estimate for progress (e.g. pg_database_size); 0 unknown
  // pg_dump --lock-wait-timeout: how long it may wait for a table's ACCESS SHARE lock behind
  // a migration's ACCESS EXCLUSIVE one before failing; zero waits as long as it takes.
  absl::Duration lock_wait_timeout = absl::ZeroDuration();
  std::function<void(int64_t done, int64_t total)> progress;  // ~every 0.5 s, and at the end
  std::function<bool()> cancelled;  // polled ~every 0.1 s; true: the child is killed
};

struct DumpResult {
  int64_t size_bytes = 0;
  std::string sha256;           // lower-case hex
  std::string pg_dump_version;  // "pg_dump (PostgreSQL) 15.8"
  absl::Duration duration;
};

// `pg_dump --format=custom` into `writer` while hashing, then writer.Finish(). A missing
// program is FAILED_PRECONDITION naming it; a pg_dump that fails is UNAVAILABLE when it could
// not reach the server, FAILED_PRECONDITION otherwise, with its stderr (a few KB at most,
// the password masked); a cancel is CANCELLED; a store error is the store's.
absl::StatusOr<DumpResult> Dump(const DumpOptions& options, BackupStore::Writer& writer);

// `pg_restore --list` over the archive from `reader` (on stdin): its header and table of
// contents are readable. pg_restore stops reading after the table of contents, so this does
// not read the table data: use Sha256Of for the bytes, RestoreArchive for the content.
absl::Status ListArchive(const std::string& pg_restore, BackupStore::Reader& reader,
                         const std::function<bool()>& cancelled);

struct RestoreOptions {
  pg::ConnectionSettings database;  // exists, empty or cleaned by the caller
  std::string pg_restore;
  int64_t total_bytes = 0;
  bool single_transaction = true;  // --single-transaction --exit-on-error: all or nothing
  // --no-owner --no-privileges: for a scratch database on a server without the roles of
  // the environment (verification on a shadow server).
  bool no_owner = false;
  std::function<void(int64_t done, int64_t total)> progress;  // bytes fed to pg_restore
  std::function<bool()> cancelled;
};

// Streams the archive from `reader` into `pg_restore -d database`. A custom-format archive
// written to a pipe has no data offsets: pg_restore reads it front to back, which a serial
// restore (never -j) does.
absl::Status RestoreArchive(const RestoreOptions& options, BackupStore::Reader& reader);

struct ScriptRestoreOptions {
  pg::ConnectionSettings database;  // the target, restored in place
  std::string pg_restore;           // psql is the program beside it (same folder)
  int64_t total_bytes = 0;
  // Complete statements, each ending in ';' (an open quote or statement would swallow the
  // script). Not psql meta-commands: the script may switch them off (\restrict).
  std::string before_sql;  // run first, inside the same transaction
  std::string after_sql;   // run last, inside the same transaction
  std::function<void(int64_t done, int64_t total)> progress;  // bytes fed to pg_restore
  std::function<bool()> cancelled;  // polled ~every 0.1 s; true: both children are killed
};

// Restores the archive from `reader` as one transaction together with `before_sql` and
// `after_sql`: `pg_restore --single-transaction -f -` turns the archive (on its stdin) into a
// SQL script, which schemad forwards, between before_sql and after_sql, into `psql
// --single-transaction -v ON_ERROR_STOP=1 --no-psqlrc --quiet -f -` (connection through the
// environment). The script's own BEGIN/COMMIT pair is taken out (without it, pg_restore
// wraps large objects in a BEGIN/COMMIT that would commit half-way). after_sql runs after
// RESET ALL, with before_sql's settings (the script sets search_path to ''). Any error rolls
// everything back: psql stops at the first failing statement (exit code 3); a failed
// pg_restore or a cancel kills psql before it reads the end of its input, so it never sends
// COMMIT. Returns psql's / pg_restore's error text (bounded, password masked): the database
// is as it was. Exception: a cancel after the whole script was sent may be too late to stop
// the COMMIT (OK if psql had finished; otherwise CANCELLED saying it may have committed).
absl::Status RestoreArchiveInOneTransaction(const ScriptRestoreOptions& options,
                                            BackupStore::Reader& reader);

// SHA-256 (lower-case hex) of everything `reader` yields: to check stored bytes against the
// manifest before trusting them.
absl::StatusOr<std::string> Sha256Of(BackupStore::Reader& reader);

// The pg_restore in the folder of `pg_dump`: the same release reads what it wrote.
std::string PgRestoreBeside(const std::string& pg_dump);
// The psql in the folder of `pg_restore_or_pg_dump`.
std::string PsqlBeside(const std::string& pg_restore_or_pg_dump);

}  // namespace schemaservice::backup
