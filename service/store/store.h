// service/store/store.h
//
// A project's migration store, as files only (no database): `versions/<version>_<slug>.up.sql`
// and `.down.sql`, version = UTC YYYYMMDDHHMMSS, and `versions/schema.sum`, which holds every
// file's SHA-256 and a total over them, so a file edited, added, removed or renamed since the
// sum was written is found before anything runs. Checksums are of the text with a leading
// UTF-8 BOM removed and CRLF / CR line ends made LF, so a checkout on Windows sums the same.
// Writes are atomic: temporary file, fsync, rename, fsync of the folder.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace schemaservice::store {

// The first line of schema.sum: the format and the checksum algorithm, versioned.
inline constexpr char kSumHeader[] = "schemaservice-sum v1 sha256 bom-stripped lf";

// Per-file directives, read from the leading comment lines only (never from the SQL below,
// where the same text may sit inside a quoted name):
//   -- schemaservice:no-transaction
//   -- schemaservice:lock-timeout=5s
struct Directives {
  bool no_transaction = false;
  std::optional<absl::Duration> lock_timeout;
};
absl::StatusOr<Directives> ParseDirectives(absl::string_view sql);

struct Migration {
  std::string version;  // "20261126093000"
  std::string slug;     // "add_users"
  std::string up_sql;
  std::optional<std::string> down_sql;  // a hand-written migration may have none
  Directives directives;                // of the up file
  std::string checksum;                 // of the up file, normalised
  std::string up_file() const { return version + "_" + slug + ".up.sql"; }
  std::string down_file() const { return version + "_" + slug + ".down.sql"; }
};

// SHA-256 (hex) of `content` after the normalisation above.
std::string Checksum(absl::string_view content);

// "Add users & e-mail!" -> "add_users_e_mail". Refused: nothing left, or a message holding
// control characters, path separators or "..".
absl::StatusOr<std::string> Slug(absl::string_view message);

// The UTC version of `now`, or the next free second after it when taken.
std::string NextVersion(absl::Time now, const std::set<std::string>& taken);

class Store {
 public:
  // Reads `migrations_dir`/versions (absent: an empty store). Unknown files there, a pair
  // without its up file, or a malformed name are errors naming the file.
  static absl::StatusOr<Store> Open(const std::filesystem::path& migrations_dir);

  // The files agree with schema.sum; else FAILED_PRECONDITION naming what changed and saying
  // what to do (rehash after a deliberate edit of a migration not applied anywhere yet).
  absl::Status Verify() const;

  const std::vector<Migration>& migrations() const { return migrations_; }  // version order
  const std::filesystem::path& versions_dir() const { return versions_dir_; }

  // Writes a new pair (down may be empty: no down file) under the next free version, then the
  // sum. Refuses when the store does not verify. Returns the migration written.
  absl::StatusOr<Migration> Add(absl::string_view message, absl::string_view up_sql,
                                absl::string_view down_sql, absl::Time now);

  // An empty pair for a hand-written migration (comments saying what goes where).
  absl::StatusOr<Migration> AddEmpty(absl::string_view message, absl::Time now);

  // Rewrites schema.sum from the files as they are.
  absl::Status Rehash();

 private:
  // The sum text for the files as they are now.
  std::string RenderSum() const;

  std::filesystem::path versions_dir_;
  std::vector<Migration> migrations_;
  std::vector<std::pair<std::string, std::string>> files_;  // (name, checksum), sorted by name
  std::optional<std::string> sum_;                          // schema.sum as read
};

// The last Store read from one migrations folder, kept while nothing in it changes: History
// and Apply read the store on every call, and re-reading and re-hashing every file would
// cost more than the call's queries. Changes are seen two ways: inotify on the folder and
// versions/ (an edit, an added, removed or renamed file, a new schema.sum: the next Open
// reads again), and, for file systems that send no events (NFS), the folder's stat
// fingerprint (every entry's inode, size and mtime) compared at most once a second.
class StoreCache {
 public:
  struct Read {
    std::shared_ptr<const Store> store;  // null when the folder does not open
    absl::Status opened;                 // Store::Open's error
    absl::Status verified;               // Store::Verify's answer, when it opened
  };
  StoreCache() = default;
  StoreCache(const StoreCache&) = delete;
  StoreCache& operator=(const StoreCache&) = delete;
  ~StoreCache();
  Read Open(const std::filesystem::path& migrations_dir);

 private:
  // True when nothing changed since the last read (no event; the fingerprint, when due, is
  // the same). With mu_ held.
  bool Unchanged(const std::filesystem::path& migrations_dir);
  // A fresh inotify descriptor watching the folder and versions/; -1 when unavailable.
  void Watch(const std::filesystem::path& migrations_dir);

  std::mutex mu_;
  std::filesystem::path dir_;
  std::string fingerprint_;
  absl::Time fingerprinted_at_ = absl::InfinitePast();
  int inotify_fd_ = -1;
  bool have_read_ = false;
  Read last_;
};

// Writes `content` to `path` atomically and durably.
absl::Status WriteFileAtomic(const std::filesystem::path& path, absl::string_view content);

}  // namespace schemaservice::store
