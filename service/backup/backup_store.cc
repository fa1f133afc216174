#include "service/backup/backup_store.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/rand.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <random>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "service/util/status.h"

namespace schemaservice::backup {
namespace {

namespace fs = std::filesystem;

constexpr char kDataSuffix[] = ".dump";
constexpr char kManifestSuffix[] = ".manifest.yaml";
constexpr int kManifestVersion = 1;
constexpr size_t kNewestInMessages = 5;

std::string RandomHex(size_t bytes) {
  std::string raw(bytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(bytes)) != 1) {
    // Uniqueness, not secrecy, is what the random part is for.
    std::random_device rd;
    for (char& c : raw) c = static_cast<char>(rd());
  }
  return absl::BytesToHexString(raw);
}

std::string HumanBytes(int64_t n) {
  if (n < 1000) return absl::StrCat(n, " B");
  const char* units[] = {"KB", "MB", "GB", "TB"};
  double v = static_cast<double>(n);
  int u = -1;
  while (v >= 1000 && u < 3) v /= 1000, ++u;
  return absl::StrFormat("%.1f %s", v, units[u]);
}

// A plain path component: the names come from callers and config, and must never walk out
// of the store's folder or collide with its hidden temporary files.
absl::Status CheckComponent(absl::string_view what, const std::string& value) {
  const bool plain = !value.empty() && value.size() <= 200 && value.front() != '.' &&
                     std::all_of(value.begin(), value.end(), [](unsigned char c) {
                       return std::isalnum(c) || c == '_' || c == '.' || c == '-';
                     });
  if (!plain) {
    return absl::InvalidArgumentError(absl::StrCat(
        "backup ", what, " \"", absl::CHexEscape(value),
        "\" is not usable as a folder or file name: use letters, digits, '_', '.' and '-', "
        "not starting with '.'"));
  }
  return absl::OkStatus();
}

absl::Status CheckNames(const std::string& project, const std::string& environment,
                        const std::string* id = nullptr) {
  RETURN_IF_ERROR(CheckComponent("project", project));
  RETURN_IF_ERROR(CheckComponent("environment", environment));
  if (id != nullptr) RETURN_IF_ERROR(CheckComponent("id", *id));
  return absl::OkStatus();
}

void FsyncDir(const fs::path& dir) {
  const int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
}

// The cause of a failed write in the folder's terms, with the code saying what to do next:
// a full disk or a size limit is RESOURCE_EXHAUSTED (free space, then retry), a folder we may
// not write is FAILED_PRECONDITION (fix the setup), anything else UNAVAILABLE.
absl::Status WriteError(int err, const fs::path& dir, int64_t written) {
  const std::string cause = std::strerror(err);
  const std::string after = absl::StrCat(
      written > 0 ? absl::StrCat(" after ", HumanBytes(written)) : "", "; nothing was kept");
  switch (err) {
    case ENOSPC:
      return absl::ResourceExhaustedError(
          absl::StrCat("backup folder ", dir.string(), " is full (", cause, ")", after));
    case EDQUOT:
      return absl::ResourceExhaustedError(absl::StrCat(
          "backup folder ", dir.string(), " is over its disk quota (", cause, ")", after));
    case EFBIG:
      return absl::ResourceExhaustedError(absl::StrCat(
          "backup is too large for folder ", dir.string(),
          ": the file-size limit of schemad's process (ulimit -f) was reached (", cause, ")",
          after));
    case EACCES:
    case EPERM:
    case EROFS:
      return absl::FailedPreconditionError(absl::StrCat(
          "backup folder ", dir.string(), " is not writable (", cause, ")", after,
          ": give schemad's account write access or configure another folder"));
    default:
      return absl::UnavailableError(absl::StrCat(
          "writing into backup folder ", dir.string(), " failed (", cause, ")", after));
  }
}

// mkdir -p, 0700 for what it creates.
absl::Status MakeDirs(const fs::path& dir) {
  if (mkdir(dir.c_str(), 0700) == 0) return absl::OkStatus();
  int err = errno;
  if (err == ENOENT && dir.has_parent_path() && dir.parent_path() != dir) {
    RETURN_IF_ERROR(MakeDirs(dir.parent_path()));
    if (mkdir(dir.c_str(), 0700) == 0) return absl::OkStatus();
    err = errno;
  }
  if (err == EEXIST) {
    struct stat st;
    if (stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return absl::OkStatus();
    return absl::FailedPreconditionError(absl::StrCat(
        "backup folder ", dir.string(), " exists but is not a folder; nothing was kept"));
  }
  if (err == ENOTDIR) {
    return absl::FailedPreconditionError(absl::StrCat(
        "backup folder ", dir.string(), " cannot be created: a file stands in its path; "
        "nothing was kept"));
  }
  return WriteError(err, dir, 0);
}

// temporary + fsync + rename + fsync of the folder: readers see the old or the new file.
absl::Status WriteFileAtomic(const fs::path& path, absl::string_view content) {
  const fs::path tmp =
      path.parent_path() / absl::StrCat(".", path.filename().string(), ".", RandomHex(3), ".tmp");
  const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return WriteError(errno, path.parent_path(), 0);
  size_t done = 0;
  int err = 0;
  while (err == 0 && done < content.size()) {
    const ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n > 0) {
      done += static_cast<size_t>(n);
    } else if (n < 0 && errno != EINTR) {
      err = errno;
    }
  }
  if (err == 0 && fsync(fd) != 0) err = errno;
  if (close(fd) != 0 && err == 0) err = errno;
  if (err == 0 && rename(tmp.c_str(), path.c_str()) != 0) err = errno;
  if (err != 0) {
    unlink(tmp.c_str());
    return WriteError(err, path.parent_path(), static_cast<int64_t>(done));
  }
  FsyncDir(path.parent_path());
  return absl::OkStatus();
}

std::string TimeText(absl::Time t) {
  return absl::FormatTime(absl::RFC3339_full, t, absl::UTCTimeZone());
}

std::string ManifestYaml(const Manifest& m) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "manifest_version" << YAML::Value << kManifestVersion;
  auto text = [&](const char* key, const std::string& value) {
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
  };
  text("id", m.id);
  text("project", m.project);
  text("environment", m.environment);
  text("database", m.database);
  text("created_at", TimeText(m.created_at));
  out << YAML::Key << "size_bytes" << YAML::Value << m.size_bytes;
  text("sha256", m.sha256);
  text("format", m.format);
  text("server_version", m.server_version);
  text("pg_dump_version", m.pg_dump_version);
  text("schema_version", m.schema_version);
  text("catalog_hash", m.catalog_hash);
  out << YAML::Key << "duration_ms" << YAML::Value << m.duration_ms;
  text("caller", m.caller);
  text("reason", m.reason);
  text("request_id", m.request_id);
  text("verification", m.verification);
  if (m.verified_at) text("verified_at", TimeText(*m.verified_at));
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

absl::StatusOr<absl::Time> ParseTime(const YAML::Node& node, const char* key) {
  absl::Time t;
  std::string err;
  if (!node[key] || !absl::ParseTime(absl::RFC3339_full, node[key].as<std::string>(), &t, &err)) {
    return absl::DataLossError(absl::StrCat(key, " is missing or not an RFC 3339 time"));
  }
  return t;
}

absl::StatusOr<Manifest> ParseManifest(const std::string& text) {
  try {
    const YAML::Node node = YAML::Load(text);
    if (!node.IsMap()) return absl::DataLossError("not a YAML map");
    const int version = node["manifest_version"] ? node["manifest_version"].as<int>() : 0;
    if (version != kManifestVersion) {
      return absl::DataLossError(absl::StrCat(
          "manifest_version ", version, " (this schemad reads ", kManifestVersion, ")"));
    }
    for (const char* key : {"id", "project", "environment", "size_bytes", "sha256"}) {
      if (!node[key]) return absl::DataLossError(absl::StrCat(key, " is missing"));
    }
    auto text_of = [&](const char* key) {
      return node[key] ? node[key].as<std::string>() : std::string();
    };
    Manifest m;
    m.id = text_of("id");
    m.project = text_of("project");
    m.environment = text_of("environment");
    m.database = text_of("database");
    ASSIGN_OR_RETURN(m.created_at, ParseTime(node, "created_at"));
    m.size_bytes = node["size_bytes"].as<int64_t>();
    m.sha256 = text_of("sha256");
    m.format = text_of("format");
    m.server_version = text_of("server_version");
    m.pg_dump_version = text_of("pg_dump_version");
    m.schema_version = text_of("schema_version");
    m.catalog_hash = text_of("catalog_hash");
    m.duration_ms = node["duration_ms"] ? node["duration_ms"].as<int64_t>() : 0;
    m.caller = text_of("caller");
    m.reason = text_of("reason");
    m.request_id = text_of("request_id");
    m.verification = text_of("verification");
    if (node["verified_at"]) {
      ASSIGN_OR_RETURN(m.verified_at, ParseTime(node, "verified_at"));
    }
    return m;
  } catch (const YAML::Exception& e) {
    return absl::DataLossError(e.what());
  }
}

absl::StatusOr<std::string> ReadSmallFile(const fs::path& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return absl::ErrnoToStatus(errno, path.string());
  std::string text;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) != 0) {
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      close(fd);
      return absl::ErrnoToStatus(err, path.string());
    }
    text.append(buf, static_cast<size_t>(n));
    if (text.size() > (1 << 20)) break;  // a manifest is a few hundred bytes
  }
  close(fd);
  return text;
}

class FileReader : public BackupStore::Reader {
 public:
  FileReader(int fd, fs::path path) : fd_(fd), path_(std::move(path)) {}
  ~FileReader() override { close(fd_); }
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    for (;;) {
      const ssize_t got = read(fd_, buf, n);
      if (got >= 0) return static_cast<size_t>(got);
      if (errno != EINTR) {
        return absl::UnavailableError(
            absl::StrCat("reading backup file ", path_.string(), ": ", std::strerror(errno)));
      }
    }
  }

 private:
  int fd_;
  fs::path path_;
};

absl::StatusOr<std::unique_ptr<BackupStore::Reader>> OpenReader(const fs::path& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    if (err == ENOENT) {
      return absl::NotFoundError(absl::StrCat("backup file ", path.string(), " does not exist"));
    }
    return absl::FailedPreconditionError(
        absl::StrCat("cannot read backup file ", path.string(), ": ", std::strerror(err)));
  }
  return std::unique_ptr<BackupStore::Reader>(new FileReader(fd, path));
}

class FileWriter : public BackupStore::Writer {
 public:
  FileWriter(int fd, fs::path dir, std::string project, std::string environment, std::string id)
      : fd_(fd), dir_(std::move(dir)), project_(std::move(project)),
        environment_(std::move(environment)), id_(std::move(id)) {}

  ~FileWriter() override {
    if (fd_ >= 0) close(fd_);
    if (!committed_) unlink(TempPath().c_str());
  }

  absl::Status Write(absl::string_view bytes) override {
    RETURN_IF_ERROR(Usable());
    if (finished_) return absl::FailedPreconditionError("backup writer: Write after Finish");
    while (!bytes.empty()) {
      const ssize_t n = write(fd_, bytes.data(), bytes.size());
      if (n < 0 && errno == EINTR) continue;
      // n == 0 does not happen for a regular file; treat it like a full disk, not a loop.
      if (n <= 0) return Fail(n < 0 ? errno : ENOSPC);
      bytes.remove_prefix(static_cast<size_t>(n));
      written_ += n;
    }
    return absl::OkStatus();
  }

  absl::Status Finish() override {
    RETURN_IF_ERROR(Usable());
    if (finished_) return absl::OkStatus();
    // A full disk may show only here (delayed allocation, network file systems).
    if (fsync(fd_) != 0) return Fail(errno);
    const int fd = fd_;
    fd_ = -1;
    if (close(fd) != 0) return Fail(errno);
    finished_ = true;
    return absl::OkStatus();
  }

  absl::StatusOr<std::unique_ptr<BackupStore::Reader>> ReadBack() override {
    RETURN_IF_ERROR(Usable());
    if (!finished_) return absl::FailedPreconditionError("backup writer: ReadBack before Finish");
    return OpenReader(TempPath());
  }

  absl::Status Commit(const Manifest& m) override {
    RETURN_IF_ERROR(Finish());
    if (m.id != id_ || m.project != project_ || m.environment != environment_) {
      return absl::InvalidArgumentError(absl::StrCat(
          "backup manifest names ", m.project, "/", m.environment, "/", m.id, ", the writer ",
          project_, "/", environment_, "/", id_));
    }
    if (m.size_bytes != written_) {
      return absl::InvalidArgumentError(absl::StrCat("backup manifest says ", m.size_bytes,
                                                     " bytes, ", written_, " were written"));
    }
    const fs::path data = dir_ / (id_ + kDataSuffix);
    // Fresh mtime: stale-file cleanup by another call must not take it between the rename
    // and the manifest, however long the caller verified it before committing.
    if (utimensat(AT_FDCWD, TempPath().c_str(), nullptr, 0) != 0 ||
        rename(TempPath().c_str(), data.c_str()) != 0) {
      const int err = errno;
      failed_ = true;
      unlink(TempPath().c_str());
      if (err == ENOENT) {
        return absl::FailedPreconditionError(absl::StrCat(
            "backup ", id_, " in folder ", dir_.string(), " was removed as stale before it "
            "was committed: stale_after is shorter than this backup took; nothing was kept"));
      }
      return WriteError(err, dir_, written_);
    }
    if (absl::Status s = WriteFileAtomic(dir_ / (id_ + kManifestSuffix), ManifestYaml(m));
        !s.ok()) {
      failed_ = true;
      unlink(data.c_str());
      return s;
    }
    committed_ = true;
    return absl::OkStatus();
  }

 private:
  fs::path TempPath() const { return dir_ / absl::StrCat(".", id_, kDataSuffix, ".tmp"); }

  absl::Status Usable() const {
    if (committed_) return absl::FailedPreconditionError("backup writer: already committed");
    if (failed_) return absl::FailedPreconditionError("backup writer: an earlier step failed");
    return absl::OkStatus();
  }

  // Removes the partial file at once, so "nothing was kept" is true whatever the caller does.
  absl::Status Fail(int err) {
    failed_ = true;
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
    unlink(TempPath().c_str());
    return WriteError(err, dir_, written_);
  }

  int fd_;
  fs::path dir_;
  std::string project_, environment_, id_;
  int64_t written_ = 0;
  bool finished_ = false;
  bool committed_ = false;
  bool failed_ = false;
};

class FileStore : public BackupStore {
 public:
  FileStore(fs::path root, absl::Duration stale_after)
      : root_(std::move(root)), stale_after_(stale_after) {}

  absl::StatusOr<std::unique_ptr<Writer>> Create(const std::string& project,
                                                 const std::string& environment,
                                                 const std::string& id) override {
    RETURN_IF_ERROR(CheckNames(project, environment, &id));
    const fs::path dir = Dir(project, environment);
    RETURN_IF_ERROR(MakeDirs(dir));
    RemoveStale(dir);
    for (const char* suffix : {kDataSuffix, kManifestSuffix}) {
      if (access((dir / (id + suffix)).c_str(), F_OK) == 0) {
        return absl::AlreadyExistsError(
            absl::StrCat("backup ", id, " already exists in folder ", dir.string()));
      }
    }
    const fs::path tmp = dir / absl::StrCat(".", id, kDataSuffix, ".tmp");
    const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
      if (errno == EEXIST) {
        return absl::AlreadyExistsError(
            absl::StrCat("backup ", id, " is already being written in folder ", dir.string()));
      }
      return WriteError(errno, dir, 0);
    }
    return std::unique_ptr<Writer>(new FileWriter(fd, dir, project, environment, id));
  }

  absl::StatusOr<std::vector<Manifest>> List(const std::string& project,
                                             const std::string& environment) override {
    RETURN_IF_ERROR(CheckNames(project, environment));
    const fs::path dir = Dir(project, environment);
    std::vector<Manifest> out;
    std::error_code ec;
    if (!fs::exists(dir, ec)) return out;
    RemoveStale(dir);
    fs::directory_iterator it(dir, ec);
    if (ec) {
      return absl::FailedPreconditionError(
          absl::StrCat("cannot list backup folder ", dir.string(), ": ", ec.message()));
    }
    for (const fs::directory_entry& entry : it) {
      const std::string name = entry.path().filename().string();
      if (absl::StartsWith(name, ".") || !absl::EndsWith(name, kManifestSuffix)) continue;
      const std::string id(absl::StripSuffix(name, kManifestSuffix));
      // Unreadable: nothing in it can be trusted, not even its id or time; Find says why.
      absl::StatusOr<Manifest> m = LoadManifest(dir, project, environment, id);
      if (!m.ok()) continue;
      // Damaged data stays listed, as failed: shown, and taken by retention with its space.
      if (std::optional<std::string> problem = DataProblem(dir, *m)) {
        m->verification = absl::StrCat("failed: ", *problem);
      }
      out.push_back(*std::move(m));
    }
    std::sort(out.begin(), out.end(), [](const Manifest& a, const Manifest& b) {
      return a.created_at != b.created_at ? a.created_at > b.created_at : a.id > b.id;
    });
    return out;
  }

  absl::StatusOr<Manifest> Find(const std::string& project, const std::string& environment,
                                const std::string& id) override {
    RETURN_IF_ERROR(CheckNames(project, environment, &id));
    const fs::path dir = Dir(project, environment);
    if (access((dir / (id + kManifestSuffix)).c_str(), F_OK) != 0) {
      ASSIGN_OR_RETURN(std::vector<Manifest> all, List(project, environment));
      std::vector<std::string> newest;
      for (size_t i = 0; i < all.size() && i < kNewestInMessages; ++i) newest.push_back(all[i].id);
      return absl::NotFoundError(absl::StrCat(
          "no backup ", id, " of ", project, "/", environment, " in ", Describe(),
          newest.empty() ? "; there are no backups of it"
                         : absl::StrCat("; newest: ", absl::StrJoin(newest, ", "))));
    }
    return Load(dir, project, environment, id);
  }

  absl::StatusOr<std::unique_ptr<Reader>> Open(const Manifest& m) override {
    RETURN_IF_ERROR(CheckNames(m.project, m.environment, &m.id));
    return OpenReader(Dir(m.project, m.environment) / (m.id + kDataSuffix));
  }

  absl::Status Update(const Manifest& m) override {
    RETURN_IF_ERROR(CheckNames(m.project, m.environment, &m.id));
    const fs::path path = Dir(m.project, m.environment) / (m.id + kManifestSuffix);
    if (access(path.c_str(), F_OK) != 0) {
      return absl::NotFoundError(absl::StrCat("no backup ", m.id, " of ", m.project, "/",
                                              m.environment, " in ", Describe()));
    }
    return WriteFileAtomic(path, ManifestYaml(m));
  }

  absl::Status Remove(const Manifest& m) override {
    RETURN_IF_ERROR(CheckNames(m.project, m.environment, &m.id));
    const fs::path dir = Dir(m.project, m.environment);
    if (unlink((dir / (m.id + kManifestSuffix)).c_str()) != 0) {
      if (errno == ENOENT) {
        return absl::NotFoundError(absl::StrCat("no backup ", m.id, " of ", m.project, "/",
                                                m.environment, " in ", Describe()));
      }
      return absl::FailedPreconditionError(absl::StrCat(
          "cannot remove backup ", m.id, " from folder ", dir.string(), ": ",
          std::strerror(errno)));
    }
    FsyncDir(dir);
    // Gone from List already; a data file that cannot be removed now is an orphan the stale
    // cleanup takes later.
    unlink((dir / (m.id + kDataSuffix)).c_str());
    FsyncDir(dir);
    return absl::OkStatus();
  }

  std::string Describe() const override { return absl::StrCat("folder ", root_.string()); }

 private:
  fs::path Dir(const std::string& project, const std::string& environment) const {
    return root_ / project / environment;
  }

  absl::StatusOr<Manifest> LoadManifest(const fs::path& dir, const std::string& project,
                                        const std::string& environment,
                                        const std::string& id) const {
    const fs::path path = dir / (id + kManifestSuffix);
    absl::StatusOr<std::string> text = ReadSmallFile(path);
    absl::StatusOr<Manifest> m =
        text.ok() ? ParseManifest(*text) : absl::StatusOr<Manifest>(text.status());
    if (!m.ok()) {
      return absl::DataLossError(absl::StrCat("backup manifest ", path.string(),
                                              " is unreadable: ", m.status().message()));
    }
    if (m->id != id || m->project != project || m->environment != environment) {
      return absl::DataLossError(absl::StrCat("backup manifest ", path.string(), " names ",
                                              m->project, "/", m->environment, "/", m->id));
    }
    return m;
  }

  // "the archive is missing", "the archive has N bytes, the manifest says M"; nullopt when
  // the data file is there with the manifest's size.
  static std::optional<std::string> DataProblem(const fs::path& dir, const Manifest& m) {
    struct stat st;
    if (stat((dir / (m.id + kDataSuffix)).c_str(), &st) != 0) {
      if (errno == ENOENT) return "the archive is missing";
      return absl::StrCat("the archive cannot be read (", std::strerror(errno), ")");
    }
    if (st.st_size != m.size_bytes) {
      return absl::StrCat("the archive has ", st.st_size, " bytes, the manifest says ",
                          m.size_bytes);
    }
    return std::nullopt;
  }

  // The manifest, and DATA_LOSS unless the data is there with the manifest's size.
  absl::StatusOr<Manifest> Load(const fs::path& dir, const std::string& project,
                                const std::string& environment, const std::string& id) const {
    ASSIGN_OR_RETURN(Manifest m, LoadManifest(dir, project, environment, id));
    if (std::optional<std::string> problem = DataProblem(dir, m)) {
      return absl::DataLossError(absl::StrCat("backup ", id, " in folder ", dir.string(), ": ",
                                              *problem));
    }
    return m;
  }

  // Temporary files, and archives without a manifest, no call can still be writing.
  void RemoveStale(const fs::path& dir) const {
    const absl::Time cutoff = absl::Now() - stale_after_;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
      const std::string name = entry.path().filename().string();
      const bool temp = absl::StartsWith(name, ".") && absl::EndsWith(name, ".tmp");
      const bool orphan =
          !absl::StartsWith(name, ".") && absl::EndsWith(name, kDataSuffix) &&
          access((dir / absl::StrCat(absl::StripSuffix(name, kDataSuffix), kManifestSuffix))
                     .c_str(),
                 F_OK) != 0;
      if (!temp && !orphan) continue;
      struct stat st;
      if (lstat(entry.path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
      if (absl::TimeFromTimespec(st.st_mtim) < cutoff) unlink(entry.path().c_str());
    }
  }

  fs::path root_;
  absl::Duration stale_after_;
};

}  // namespace

std::string NewBackupId(absl::Time now) {
  return absl::StrCat(absl::FormatTime("%Y%m%dT%H%M%SZ", now, absl::UTCTimeZone()), "-",
                      RandomHex(3));
}

std::unique_ptr<BackupStore> OpenFileStore(fs::path root, absl::Duration stale_after) {
  // A write beyond RLIMIT_FSIZE raises SIGXFSZ, whose default kills the process (all of
  // schemad, for one backup); ignored, write() fails with EFBIG, which Write reports and
  // cleans up. A handler someone installed is left alone: write gives EFBIG after it too.
  static std::once_flag ignore_sigxfsz;
  std::call_once(ignore_sigxfsz, [] {
    struct sigaction old {};
    if (sigaction(SIGXFSZ, nullptr, &old) == 0 && old.sa_handler == SIG_DFL) {
      signal(SIGXFSZ, SIG_IGN);
    }
  });
  return std::make_unique<FileStore>(std::move(root), stale_after);
}

absl::StatusOr<std::vector<std::string>> ApplyRetention(BackupStore& store,
                                                        const std::string& project,
                                                        const std::string& environment,
                                                        int keep) {
  if (keep < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("backup retention must keep at least 1 backup, not ", keep));
  }
  ASSIGN_OR_RETURN(std::vector<Manifest> all, store.List(project, environment));
  std::vector<std::string> removed;
  int kept = 0;
  for (const Manifest& m : all) {
    if (kept < keep) {
      if (!absl::StartsWith(m.verification, "failed")) ++kept;
      continue;
    }
    const absl::Status s = store.Remove(m);
    if (absl::IsNotFound(s)) continue;  // another replica applied retention meanwhile
    RETURN_IF_ERROR(s);
    removed.push_back(m.id);
  }
  return removed;
}

}  // namespace schemaservice::backup
