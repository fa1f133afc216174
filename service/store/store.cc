#include "service/store/store.h"

#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <openssl/sha.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <regex>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/util/files.h"
#include "service/util/status.h"

namespace schemaservice::store {
namespace {

namespace fs = std::filesystem;

constexpr char kSumFile[] = "schema.sum";
constexpr size_t kMaxSlug = 60;

std::string Sha256Hex(absl::string_view text) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest), sizeof digest));
}

std::string SumPath(const fs::path& dir) { return (dir / kSumFile).string(); }

}  // namespace

std::string Checksum(absl::string_view content) {
  absl::ConsumePrefix(&content, "\xEF\xBB\xBF");
  std::string normal;
  normal.reserve(content.size());
  for (size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '\r') {
      normal.push_back('\n');
      if (i + 1 < content.size() && content[i + 1] == '\n') ++i;
    } else {
      normal.push_back(content[i]);
    }
  }
  return Sha256Hex(normal);
}

absl::StatusOr<Directives> ParseDirectives(absl::string_view sql) {
  Directives d;
  absl::ConsumePrefix(&sql, "\xEF\xBB\xBF");
  for (absl::string_view line : absl::StrSplit(sql, '\n')) {
    line = absl::StripAsciiWhitespace(line);
    if (line.empty()) continue;
    if (!absl::ConsumePrefix(&line, "--")) break;  // the leading comment block ends here
    line = absl::StripLeadingAsciiWhitespace(line);
    if (!absl::ConsumePrefix(&line, "schemaservice:")) continue;
    if (line == "no-transaction") {
      d.no_transaction = true;
    } else if (absl::ConsumePrefix(&line, "lock-timeout=")) {
      absl::Duration timeout;
      if (!absl::ParseDuration(std::string(line), &timeout) || timeout <= absl::ZeroDuration()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "-- schemaservice:lock-timeout=", line, ": expected a positive duration like 5s or 500ms"));
      }
      d.lock_timeout = timeout;
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          "unknown directive -- schemaservice:", line,
          "; known: no-transaction, lock-timeout=DURATION"));
    }
  }
  return d;
}

absl::StatusOr<std::string> Slug(absl::string_view message) {
  if (absl::StrContains(message, "..") || absl::StrContains(message, "/") ||
      absl::StrContains(message, "\\")) {
    return absl::InvalidArgumentError(
        "the message may not hold path separators or \"..\": it becomes part of a file name");
  }
  for (const char c : message) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      return absl::InvalidArgumentError("the message may not hold control characters");
    }
  }
  std::string slug;
  for (const char c : message) {
    const char lower = absl::ascii_tolower(static_cast<unsigned char>(c));
    if (absl::ascii_isalnum(static_cast<unsigned char>(lower))) {
      slug.push_back(lower);
    } else if (!slug.empty() && slug.back() != '_') {
      slug.push_back('_');
    }
  }
  while (!slug.empty() && slug.back() == '_') slug.pop_back();
  if (slug.size() > kMaxSlug) slug = std::string(absl::StripSuffix(slug.substr(0, kMaxSlug), "_"));
  if (slug.empty()) {
    return absl::InvalidArgumentError(
        "the message needs letters or digits: it names the migration's files (-m \"add users\")");
  }
  return slug;
}

std::string NextVersion(absl::Time now, const std::set<std::string>& taken) {
  absl::Time t = absl::FromUnixSeconds(absl::ToUnixSeconds(now));
  std::string version = absl::FormatTime("%Y%m%d%H%M%S", t, absl::UTCTimeZone());
  // Versions sort as text: a clash, or a clock behind the latest version, takes the next
  // second after the latest.
  if (!taken.empty() && version <= *taken.rbegin()) {
    absl::Time latest;
    std::string err;
    if (absl::ParseTime("%E4Y%m%d%H%M%S", *taken.rbegin(), absl::UTCTimeZone(), &latest, &err)) {
      t = latest + absl::Seconds(1);
      version = absl::FormatTime("%Y%m%d%H%M%S", t, absl::UTCTimeZone());
    }
  }
  return version;
}

absl::Status WriteFileAtomic(const fs::path& path, absl::string_view content) {
  const std::string tmp = absl::StrCat(path.string(), ".tmp-", getpid());
  const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot write ", tmp, ": ", std::strerror(errno)));
  }
  size_t done = 0;
  bool ok = true;
  while (ok && done < content.size()) {
    const ssize_t n = write(fd, content.data() + done, content.size() - done);
    ok = n > 0;
    if (ok) done += static_cast<size_t>(n);
  }
  ok = ok && fsync(fd) == 0;
  const int saved = errno;
  ok = close(fd) == 0 && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = ok ? errno : saved;
    unlink(tmp.c_str());
    return absl::FailedPreconditionError(
        absl::StrCat("cannot write ", path.string(), ": ", std::strerror(err)));
  }
  // The rename is durable only once the folder is.
  const int dir = open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    fsync(dir);
    close(dir);
  }
  return absl::OkStatus();
}

absl::StatusOr<Store> Store::Open(const fs::path& migrations_dir) {
  Store store;
  store.versions_dir_ = migrations_dir / "versions";
  std::error_code ec;
  if (!fs::is_directory(store.versions_dir_, ec)) return store;
  const fs::path root = fs::canonical(store.versions_dir_, ec);
  static const std::regex kName(R"(^([0-9]{14})_([a-z0-9_]+)\.(up|down)\.sql$)");
  std::map<std::string, Migration> by_version;
  std::map<std::string, std::string> down_files;  // version -> file name
  std::set<std::string> has_up;
  for (const fs::directory_entry& entry : fs::directory_iterator(store.versions_dir_, ec)) {
    const std::string name = entry.path().filename().string();
    if (name == kSumFile || absl::StartsWith(name, ".")) continue;
    std::smatch m;
    if (!std::regex_match(name, m, kName)) {
      return absl::FailedPreconditionError(absl::StrCat(
          entry.path().string(), ": not a migration file (VERSION_SLUG.up.sql or .down.sql, "
          "VERSION = 14 digits); move it out of versions/"));
    }
    if (entry.is_symlink()) {
      const fs::path target = fs::canonical(entry.path(), ec);
      const fs::path rel = target.lexically_relative(root);
      if (ec || rel.empty() || *rel.begin() == "..") {
        return absl::InvalidArgumentError(absl::StrCat(
            entry.path().string(), " is a symlink that leaves ", store.versions_dir_.string(),
            ": refused; copy the file into the folder instead"));
      }
    }
    ASSIGN_OR_RETURN(std::string content, ReadFileToString(entry.path()));
    if (content.find('\0') != std::string::npos) {
      // libpq ends a query at a NUL: the rest of the statement would silently not run.
      return absl::InvalidArgumentError(absl::StrCat(
          entry.path().string(), " holds a NUL byte: not SQL text; remove it"));
    }
    store.files_.emplace_back(name, Checksum(content));
    const std::string version = m[1], slug = m[2];
    Migration& mig = by_version[version];
    if (!mig.slug.empty() && mig.slug != slug) {
      return absl::FailedPreconditionError(absl::StrCat(
          "two migrations share version ", version, " (", mig.slug, ", ", slug,
          "); give one of them the next free version"));
    }
    mig.version = version;
    mig.slug = slug;
    if (m[3] == "up") {
      mig.up_sql = std::move(content);
      has_up.insert(version);
      absl::StatusOr<Directives> directives = ParseDirectives(mig.up_sql);
      if (!directives.ok()) {
        return absl::InvalidArgumentError(
            absl::StrCat(entry.path().string(), ": ", directives.status().message()));
      }
      mig.directives = *directives;
    } else {
      mig.down_sql = std::move(content);
      down_files[version] = name;
    }
  }
  if (ec) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot read ", store.versions_dir_.string(), ": ", ec.message()));
  }
  for (auto& [version, mig] : by_version) {
    if (has_up.count(version) == 0) {
      return absl::FailedPreconditionError(
          absl::StrCat(down_files[version], " has no .up.sql beside it"));
    }
    mig.checksum = Checksum(mig.up_sql);
    store.migrations_.push_back(std::move(mig));
  }
  std::sort(store.files_.begin(), store.files_.end());
  if (fs::exists(SumPath(store.versions_dir_), ec)) {
    ASSIGN_OR_RETURN(store.sum_, ReadFileToString(SumPath(store.versions_dir_)));
  }
  return store;
}

std::string Store::RenderSum() const {
  std::string out = absl::StrCat(kSumHeader, "\n");
  for (const auto& [name, checksum] : files_) absl::StrAppend(&out, checksum, "  ", name, "\n");
  absl::StrAppend(&out, "total ", Sha256Hex(out), "\n");
  return out;
}

absl::Status Store::Verify() const {
  const std::string advice =
      "; after a deliberate edit of a migration that is applied nowhere yet, run `schemactl "
      "rehash`; otherwise restore the files (git checkout)";
  if (!sum_) {
    if (files_.empty()) return absl::OkStatus();
    return absl::FailedPreconditionError(absl::StrCat(
        SumPath(versions_dir_), " is missing but there are migration files", advice));
  }
  std::vector<std::string> lines = absl::StrSplit(*sum_, '\n', absl::SkipEmpty());
  if (lines.empty() || lines.front() != kSumHeader) {
    return absl::FailedPreconditionError(absl::StrCat(
        SumPath(versions_dir_), ": the first line is not \"", kSumHeader,
        "\" (another format, or not a sum file)", advice));
  }
  std::map<std::string, std::string> summed;
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    std::vector<std::string> parts = absl::StrSplit(lines[i], absl::MaxSplits("  ", 1));
    if (parts.size() != 2) {
      return absl::FailedPreconditionError(
          absl::StrCat(SumPath(versions_dir_), ":", i + 1, ": malformed line", advice));
    }
    summed[parts[1]] = parts[0];
  }
  std::vector<std::string> problems;
  for (const auto& [name, checksum] : files_) {
    const auto it = summed.find(name);
    if (it == summed.end()) {
      problems.push_back(absl::StrCat("added ", name));
    } else if (it->second != checksum) {
      problems.push_back(absl::StrCat("edited ", name));
    }
  }
  for (const auto& [name, checksum] : summed) {
    const bool present = std::any_of(files_.begin(), files_.end(),
                                     [&](const auto& f) { return f.first == name; });
    if (!present) problems.push_back(absl::StrCat("removed ", name));
  }
  if (problems.empty() && *sum_ != RenderSum()) {
    problems.push_back("schema.sum itself was edited (its lines or total do not match)");
  }
  if (problems.empty()) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      "the migration files do not match ", SumPath(versions_dir_), ": ",
      absl::StrJoin(problems, ", "), advice));
}

absl::Status Store::Rehash() {
  std::error_code ec;
  fs::create_directories(versions_dir_, ec);
  if (ec) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot create ", versions_dir_.string(), ": ", ec.message()));
  }
  const std::string sum = RenderSum();
  RETURN_IF_ERROR(WriteFileAtomic(SumPath(versions_dir_), sum));
  sum_ = sum;
  return absl::OkStatus();
}

absl::StatusOr<Migration> Store::Add(absl::string_view message, absl::string_view up_sql,
                                     absl::string_view down_sql, absl::Time now) {
  RETURN_IF_ERROR(Verify());
  ASSIGN_OR_RETURN(const std::string slug, Slug(message));
  std::set<std::string> taken;
  for (const Migration& m : migrations_) taken.insert(m.version);
  Migration added;
  added.version = NextVersion(now, taken);
  added.slug = slug;
  added.up_sql = std::string(up_sql);
  if (!down_sql.empty()) added.down_sql = std::string(down_sql);
  ASSIGN_OR_RETURN(added.directives, ParseDirectives(added.up_sql));
  added.checksum = Checksum(added.up_sql);
  std::error_code ec;
  fs::create_directories(versions_dir_, ec);
  if (ec) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot create ", versions_dir_.string(), ": ", ec.message()));
  }
  // Files first, the sum last: a crash in between leaves files the sum does not know, which
  // Verify reports by name, instead of a sum naming files that do not exist.
  RETURN_IF_ERROR(WriteFileAtomic(versions_dir_ / added.up_file(), added.up_sql));
  files_.emplace_back(added.up_file(), added.checksum);
  if (added.down_sql) {
    RETURN_IF_ERROR(WriteFileAtomic(versions_dir_ / added.down_file(), *added.down_sql));
    files_.emplace_back(added.down_file(), Checksum(*added.down_sql));
  }
  std::sort(files_.begin(), files_.end());
  migrations_.push_back(added);
  RETURN_IF_ERROR(Rehash());
  return added;
}

absl::StatusOr<Migration> Store::AddEmpty(absl::string_view message, absl::Time now) {
  // The message is checked (by Slug, inside Add) before it lands in a comment line.
  return Add(message, absl::StrCat("-- ", message, "\n-- Write the change here.\n"),
             absl::StrCat("-- Undo: ", message, "\n-- Write the reverse change here.\n"), now);
}

namespace {

// The folder as stat sees it: every entry's name, inode, size and mtime (ns), in name order.
// Symlinks are followed, as Open reads through them. "" when the folder is absent.
std::string Fingerprint(const fs::path& versions_dir) {
  struct stat st;
  if (::stat(versions_dir.c_str(), &st) != 0) return "";
  std::vector<std::string> entries;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(versions_dir, ec)) {
    struct stat f;
    const std::string name = entry.path().filename().string();
    if (::stat(entry.path().c_str(), &f) != 0) {
      entries.push_back(absl::StrCat(name, " ?"));
      continue;
    }
    entries.push_back(absl::StrCat(name, " ", f.st_ino, " ", f.st_size, " ", f.st_mtim.tv_sec,
                                   ".", f.st_mtim.tv_nsec));
  }
  if (ec) return absl::StrCat("unreadable ", ec.value());
  std::sort(entries.begin(), entries.end());
  return absl::StrCat(st.st_ino, " ", st.st_mtim.tv_sec, ".", st.st_mtim.tv_nsec, "\n",
                      absl::StrJoin(entries, "\n"));
}

}  // namespace

// Every event that can change what Open reads; the folder itself moved or gone included.
constexpr uint32_t kWatched = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE |
                              IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF;
// How long a fingerprint vouches for the folder when inotify is silent.
constexpr absl::Duration kRecheck = absl::Seconds(1);

StoreCache::~StoreCache() {
  if (inotify_fd_ >= 0) ::close(inotify_fd_);
}

void StoreCache::Watch(const fs::path& migrations_dir) {
  if (inotify_fd_ >= 0) ::close(inotify_fd_);
  inotify_fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (inotify_fd_ < 0) return;
  // The folder too: versions/ created, replaced or renamed (a ConfigMap's symlink swap).
  const bool folder = ::inotify_add_watch(inotify_fd_, migrations_dir.c_str(), kWatched) >= 0;
  const bool versions =
      ::inotify_add_watch(inotify_fd_, (migrations_dir / "versions").c_str(), kWatched) >= 0;
  if (!folder && !versions) {
    ::close(inotify_fd_);
    inotify_fd_ = -1;
  }
}

bool StoreCache::Unchanged(const fs::path& migrations_dir) {
  if (!have_read_ || dir_ != migrations_dir) return false;
  bool events = inotify_fd_ < 0;
  if (inotify_fd_ >= 0) {
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(inotify_fd_, buffer, sizeof buffer)) > 0) events = true;
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) events = true;
  }
  if (events) return false;
  if (absl::Now() - fingerprinted_at_ < kRecheck) return true;
  const std::string fingerprint = Fingerprint(migrations_dir / "versions");
  fingerprinted_at_ = absl::Now();
  return !fingerprint.empty() && fingerprint == fingerprint_;
}

StoreCache::Read StoreCache::Open(const fs::path& migrations_dir) {
  std::lock_guard<std::mutex> lock(mu_);
  if (Unchanged(migrations_dir)) return last_;
  // Watched and fingerprinted before reading: a change while Open reads is an event, or a
  // different fingerprint, the next time.
  Watch(migrations_dir);
  fingerprint_ = Fingerprint(migrations_dir / "versions");
  fingerprinted_at_ = absl::Now();
  Read read;
  absl::StatusOr<Store> store = Store::Open(migrations_dir);
  if (store.ok()) {
    read.verified = store->Verify();
    read.store = std::make_shared<const Store>(std::move(*store));
  } else {
    read.opened = store.status();
  }
  dir_ = migrations_dir;
  have_read_ = !fingerprint_.empty();  // an absent folder is read again each time (cheap)
  last_ = read;
  return read;
}

}  // namespace schemaservice::store
