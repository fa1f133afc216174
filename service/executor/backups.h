// service/executor/backups.h
//
// Backups of an environment's database, as the workflow uses them: taken on request, before
// Apply (backup_before_apply) and before Sync (backup_before_sync); verified; restored into a
// new database or in place. The archive work (pg_dump, pg_restore, the store) is backup/'s;
// this adds what the environment knows: that the database is the environment it claims to be,
// its schema version and catalog hash for the manifest, the project lock for an in-place
// restore, and the comparison of a restored catalog with the recorded one.
#pragma once

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "service/backup/backup_store.h"
#include "service/executor/migrate.h"
#include "service/pg/binaries.h"

namespace schemaservice::executor {

struct BackupSettings {
  backup::BackupStore* store = nullptr;
  const pg::Binaries* binaries = nullptr;  // pg_dump / pg_restore of the server's major
  int keep = 10;                           // environments.E.backup_keep
  // How long pg_dump waits for a table lock (behind a long ACCESS EXCLUSIVE holder) before
  // the backup fails as UNAVAILABLE: it holds the project lock meanwhile.
  absl::Duration lock_wait = absl::Seconds(60);
};

// pg_dump into the store, pg_restore --list of what was written, then the manifest; older
// backups beyond `keep` are removed once this one is in. Nothing is listed on failure. Holds
// the project's migration lock meanwhile, so a backup and an Apply, Sync or Restore of the
// project never run at once (pg_dump's ACCESS SHARE locks would stall a migration's DDL).
absl::StatusOr<backup::Manifest> TakeBackup(const RunContext& run, const BackupSettings& settings,
                                            const std::string& reason);
// The same, for a caller that already holds the lock (backup_before_apply, before a sync).
absl::StatusOr<backup::Manifest> TakeBackupUnderLock(const RunContext& run,
                                                     const BackupSettings& settings,
                                                     const std::string& reason);

absl::StatusOr<std::vector<backup::Manifest>> ListBackups(const Target& target,
                                                          const BackupSettings& settings);

// Restore and VerifyBackup first re-hash the stored archive: bytes that differ from the
// manifest's SHA-256 (changed or truncated after the backup was taken) mark the backup
// "failed: ..." and are DATA_LOSS, before any database is touched.

// Restores the backup into a scratch database on the environment's server, compares its
// catalog hash with the manifest's, records the outcome in the manifest ("restored", or
// "restored (catalog not compared: why)" when the engine cannot read the schema), drops the
// scratch database. FAILED_PRECONDITION (and "failed: ..." in the manifest) when they differ.
absl::StatusOr<backup::Manifest> VerifyBackup(const RunContext& run, const BackupSettings& settings,
                                              const std::string& id);

struct RestoreOutcome {
  backup::Manifest backup;
  std::string database;          // restored into (the new one, or the environment's)
  std::string safety_backup_id;  // in place: the backup taken just before
  std::string message;
};

// `new_database` set: created on the environment's server (it must not exist) and restored
// into. Empty: in place, under the project lock, after a safety backup: every user object of
// the database is dropped and the archive restored in one transaction. The restored catalog
// must equal the manifest's, else FAILED_PRECONDITION naming the safety backup.
absl::Status RestoreBackup(const RunContext& run, const BackupSettings& settings,
                           const std::string& id, const std::string& new_database,
                           RestoreOutcome* outcome);

}  // namespace schemaservice::executor
