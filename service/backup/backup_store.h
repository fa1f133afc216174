// service/backup/backup_store.h
//
// Where backups live, behind an interface an object store (S3/GCS) could implement later:
// a new object is written under a temporary key and becomes visible only when its manifest
// is written, last, so a crash at any point leaves either a whole backup or nothing that
// List shows. The manifest records what the archive is (size, SHA-256, versions) so a
// restore can refuse a damaged or unexpected one before touching a database.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace schemaservice::backup {

struct Manifest {
  std::string id;  // "20261126T190512Z-3fa2c1": UTC time + random hex; sorts by time, unique
  std::string project, environment, database;  // database: the dbname backed up
  absl::Time created_at;
  int64_t size_bytes = 0;
  std::string sha256;             // lower-case hex of the archive bytes
  std::string format = "custom";  // pg_dump -Fc
  std::string server_version;     // of the environment's server, "15.8" (caller)
  std::string pg_dump_version;    // "pg_dump (PostgreSQL) 15.8" (Dump)
  std::string schema_version;     // latest applied migration at backup time; "" none (caller)
  std::string catalog_hash;       // "sha256:..." of the catalog at backup time (caller)
  int64_t duration_ms = 0;
  std::string caller, reason, request_id;
  // "listed": pg_restore --list read the archive's table of contents when it was taken;
  // "restored": a verify restored it into a scratch database and its catalog matched;
  // "failed: <why>". Retention never counts a failed backup as one to keep.
  std::string verification;
  std::optional<absl::Time> verified_at;
};

// UTC time of `now` + 6 random hex digits (OpenSSL RAND_bytes).
std::string NewBackupId(absl::Time now);

class BackupStore {
 public:
  class Reader {
   public:
    virtual ~Reader() = default;
    virtual absl::StatusOr<size_t> Read(char* buf, size_t n) = 0;  // 0 at the end
  };
  class Writer {
   public:
    virtual ~Writer() = default;  // without Commit: everything it wrote is removed
    // A failed Write has already removed what was written: the error says nothing was kept.
    virtual absl::Status Write(absl::string_view bytes) = 0;
    virtual absl::Status Finish() = 0;  // flush + fsync; ReadBack works after it
    virtual absl::StatusOr<std::unique_ptr<Reader>> ReadBack() = 0;  // the bytes written
    // The data gets its final name, then the manifest is written (temporary + rename + fsync
    // of the folder): the backup exists from here. `manifest.id` must be the writer's id.
    virtual absl::Status Commit(const Manifest& manifest) = 0;
  };

  virtual ~BackupStore() = default;
  // ALREADY_EXISTS when `id` is taken; INVALID_ARGUMENT for a name that is not a plain
  // [A-Za-z0-9_.-] path component.
  virtual absl::StatusOr<std::unique_ptr<Writer>> Create(const std::string& project,
                                                         const std::string& environment,
                                                         const std::string& id) = 0;
  // Newest first (created_at, then id): every committed backup whose manifest is readable.
  // One whose data is missing or of another size is listed with `verification` "failed: the
  // archive is missing" / "failed: the archive has N bytes, the manifest says M" (in the
  // returned value only, not on disk), so it shows, and retention removes it with its space.
  // An unreadable manifest is skipped (nothing in it, not even the time, can be trusted):
  // Find of that id says what is wrong. No folder yet: an empty list.
  virtual absl::StatusOr<std::vector<Manifest>> List(const std::string& project,
                                                     const std::string& environment) = 0;
  // NOT_FOUND naming the id and the newest ids that exist; DATA_LOSS for a backup whose
  // manifest is unreadable or whose data is missing or of another size.
  virtual absl::StatusOr<Manifest> Find(const std::string& project,
                                        const std::string& environment,
                                        const std::string& id) = 0;
  virtual absl::StatusOr<std::unique_ptr<Reader>> Open(const Manifest& m) = 0;
  virtual absl::Status Update(const Manifest& m) = 0;  // rewrites the manifest atomically
  // The manifest first (the backup stops existing), then the data, which may be missing
  // already (a damaged backup). NOT_FOUND when the manifest is absent.
  virtual absl::Status Remove(const Manifest& m) = 0;
  virtual std::string Describe() const = 0;  // "folder /var/lib/x/backups", for messages
};

// ROOT/PROJECT/ENVIRONMENT/ID.dump and ID.manifest.yaml; folders 0700, files 0600.
// Temporary files are hidden (".ID.dump.tmp", ".ID.manifest.yaml.RANDOM.tmp") and never
// listed. Create and List remove temporary files, and data files without a manifest (a crash
// between the two steps of Commit or Remove), once they are older than `stale_after`: choose
// it longer than any backup can take, so no running call still writes them.
// Sets SIGXFSZ to SIG_IGN (once, process-wide): a write beyond RLIMIT_FSIZE must fail with
// EFBIG, which we report, rather than kill schemad.
std::unique_ptr<BackupStore> OpenFileStore(std::filesystem::path root,
                                           absl::Duration stale_after);

// Keeps the newest `keep` (>= 1) backups of an environment that did not fail verification
// and removes every backup older than the last of them; failed ones newer than it stay for
// investigation. Damaged ones count as failed (List marks them so). Call it only after a new backup verified. Returns the ids removed, newest
// first; one another caller removed meanwhile is skipped.
absl::StatusOr<std::vector<std::string>> ApplyRetention(BackupStore& store,
                                                        const std::string& project,
                                                        const std::string& environment,
                                                        int keep);

}  // namespace schemaservice::backup
