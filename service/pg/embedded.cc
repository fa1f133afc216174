#include "service/pg/embedded.h"

#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libpq-fe.h>
#include <openssl/rand.h>
#include <pqxx/pqxx>

#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "service/pg/connection.h"
#include "service/pg/errors.h"
#include "service/pg/quote.h"
#include "service/util/status.h"

namespace schemaservice::pg {
namespace {

namespace fs = std::filesystem;

constexpr char kFolderPrefix[] = "schemad-pg-";
constexpr char kDefaultBinDir[] = "/usr/lib/postgresql/15/bin";

struct RunAs {
  uid_t uid;
  gid_t gid;
  std::string name;
};

// PostgreSQL refuses to run as root; as root we hand it to an unprivileged account.
std::optional<RunAs> UnprivilegedAccount() {
  if (geteuid() != 0) return std::nullopt;
  for (const char* name : {"postgres", "nobody"}) {
    if (const passwd* pw = getpwnam(name)) return RunAs{pw->pw_uid, pw->pw_gid, name};
  }
  return std::nullopt;
}

std::string ReadTail(const std::string& path, size_t max_bytes = 2000) {
  std::ifstream in(path);
  std::stringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  if (text.size() > max_bytes) text = text.substr(text.size() - max_bytes);
  return std::string(absl::StripAsciiWhitespace(text));
}

bool ProcessAlive(pid_t pid) { return pid > 0 && (kill(pid, 0) == 0 || errno == EPERM); }

// Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot. With the
// pid it identifies a process even after pids wrap around.
std::string StartTime(pid_t pid) {
  std::string stat = ReadTail(absl::StrCat("/proc/", pid, "/stat"), 4096);
  const size_t paren = stat.rfind(')');  // the command name may hold spaces
  if (paren == std::string::npos) return "";
  std::istringstream fields(stat.substr(paren + 2));
  std::string field;
  for (int i = 3; i <= 22 && fields >> field; ++i) {
    if (i == 22) return field;
  }
  return "";
}

std::string ReadLink(const std::string& path) {
  std::error_code ec;
  const fs::path target = fs::read_symlink(path, ec);
  return ec ? "" : target.string();
}

uid_t ServerUid() {
  const std::optional<RunAs> run_as = UnprivilegedAccount();
  return run_as ? run_as->uid : geteuid();
}

// Forks and execs argv with stdout/stderr appended to log_path. The child drops to run_as
// and asks the kernel to SIGQUIT it (PostgreSQL's immediate shutdown) when the thread that
// started it dies, so a crashed parent never leaves a server behind.
absl::StatusOr<pid_t> Spawn(const std::vector<std::string>& argv, const std::string& log_path,
                            const std::optional<RunAs>& run_as, int address_space_mb = 0) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) return absl::InternalError(absl::StrCat("fork: ", std::strerror(errno)));
  if (pid == 0) {
    // Only async-signal-safe calls from here to exec.
    setpgid(0, 0);  // keep terminal signals (Ctrl-C) to our process group away from it
    if (run_as) {
      if (setgroups(0, nullptr) != 0 || setgid(run_as->gid) != 0 || setuid(run_as->uid) != 0) {
        _exit(126);
      }
    }
    prctl(PR_SET_PDEATHSIG, SIGQUIT);
    if (getppid() != parent) _exit(125);
    if (address_space_mb > 0) {
      // Inherited by every backend: a session that raises work_mem gets "out of memory"
      // instead of taking the host's memory.
      const rlim_t bytes = static_cast<rlim_t>(address_space_mb) * 1024 * 1024;
      const rlimit limit{bytes, bytes};
      if (setrlimit(RLIMIT_AS, &limit) != 0) _exit(123);
    }
    const int devnull = open("/dev/null", O_RDONLY);
    const int log = open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (devnull < 0 || log < 0) _exit(124);
    dup2(devnull, 0);
    dup2(log, 1);
    dup2(log, 2);
    execv(args[0], args.data());
    _exit(127);
  }
  return pid;
}

// Waits for a child to exit; returns its exit status, or nullopt on timeout.
std::optional<int> WaitFor(pid_t pid, absl::Duration timeout) {
  const absl::Time deadline = absl::Now() + timeout;
  while (true) {
    int status = 0;
    const pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) return status;
    if (r < 0) return -1;  // not our child any more
    if (absl::Now() > deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

absl::StatusOr<int> FreeLoopbackPort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return absl::InternalError(absl::StrCat("socket: ", std::strerror(errno)));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    close(fd);
    return absl::UnavailableError(absl::StrCat("no free port on 127.0.0.1: ", std::strerror(errno)));
  }
  close(fd);
  return ntohs(addr.sin_port);
}

absl::StatusOr<std::string> RandomPassword() {
  unsigned char bytes[24];
  if (RAND_bytes(bytes, sizeof bytes) != 1) {
    return absl::InternalError("no randomness for the embedded server's password");
  }
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

absl::Status Chown(const std::string& path, const std::optional<RunAs>& run_as) {
  if (run_as && chown(path.c_str(), run_as->uid, run_as->gid) != 0) {
    return absl::InternalError(
        absl::StrCat("chown ", path, " to ", run_as->name, ": ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

// Spawn's children report setup failures through their exit code, before exec.
std::string DescribeExit(int status, const std::optional<RunAs>& run_as, const std::string& dir) {
  if (!WIFEXITED(status)) return absl::StrCat("killed by signal ", WTERMSIG(status));
  const std::string user = run_as ? run_as->name : "the current user";
  switch (WEXITSTATUS(status)) {
    case 124:
      return absl::StrCat("cannot write in ", dir, " as ", user,
                          ": make its parent folders traversable (chmod o+x) or set TMPDIR");
    case 126:
      return absl::StrCat("cannot switch to user ", user);
    case 123:
      return "cannot set the address-space limit (server.sandbox.address_space_mb)";
    case 127:
      return "cannot execute the PostgreSQL program";
    default:
      return absl::StrCat("exit code ", WEXITSTATUS(status));
  }
}

std::string ResolveBinDir(const EmbeddedOptions& options) {
  if (!options.bin_dir.empty()) return options.bin_dir;
  if (const char* env = std::getenv("SCHEMAD_PG_BINDIR"); env && *env) return env;
  return kDefaultBinDir;
}

std::string ResolveStateDir(const EmbeddedOptions& options) {
  return options.state_dir.empty() ? DefaultStateDir() : options.state_dir;
}

}  // namespace

struct EmbeddedPostgres::Keeper {
  std::thread thread;
  std::promise<void> release;
};

absl::StatusOr<pid_t> EmbeddedPostgres::SpawnKept(const std::vector<std::string>& argv,
                                                  const std::string& log,
                                                  int address_space_mb) {
  ReleaseKeeper();
  keeper_ = std::make_unique<Keeper>();
  std::promise<absl::StatusOr<pid_t>> spawned;
  std::future<absl::StatusOr<pid_t>> result = spawned.get_future();
  std::future<void> released = keeper_->release.get_future();
  const std::optional<RunAs> run_as = UnprivilegedAccount();
  keeper_->thread = std::thread([&spawned, &argv, &log, run_as, address_space_mb,
                                 released = std::move(released)]() mutable {
    spawned.set_value(Spawn(argv, log, run_as, address_space_mb));
    released.wait();
  });
  return result.get();
}

void EmbeddedPostgres::ReleaseKeeper() {
  if (!keeper_) return;
  keeper_->release.set_value();
  keeper_->thread.join();
  keeper_.reset();
}

std::string DefaultStateDir() {
  if (const char* env = std::getenv("SCHEMAD_STATE_DIR"); env && *env) return env;
  // Not root's $XDG_RUNTIME_DIR: the postgres account the server runs as cannot enter it.
  if (geteuid() == 0) return "/var/lib/schemad";
  if (const char* env = std::getenv("XDG_RUNTIME_DIR"); env && *env) {
    return absl::StrCat(env, "/schemad");
  }
  const char* home = std::getenv("HOME");
  return absl::StrCat(home && *home ? home : "", "/.local/state/schemad");
}

absl::Status PrepareStateDir(const std::string& dir) {
  const std::optional<RunAs> run_as = UnprivilegedAccount();
  const uid_t owner = ServerUid();
  struct stat st {};
  if (lstat(dir.c_str(), &st) != 0) {
    std::error_code ec;
    fs::create_directories(fs::path(dir).parent_path(), ec);
    if (mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
      return absl::FailedPreconditionError(absl::StrCat(
          "cannot create the state directory ", dir, ": ", std::strerror(errno),
          "; set server.state_dir (or SCHEMAD_STATE_DIR) to a folder schemad may create"));
    }
    RETURN_IF_ERROR(Chown(dir, run_as));
    if (lstat(dir.c_str(), &st) != 0) {
      return absl::FailedPreconditionError(absl::StrCat("state directory ", dir, ": ",
                                                        std::strerror(errno)));
    }
  }
  if (!S_ISDIR(st.st_mode)) {
    return absl::FailedPreconditionError(absl::StrCat(
        "state directory ", dir, " is not a directory (a symlink or a file): refusing it; "
        "remove it or set server.state_dir"));
  }
  // Never loosen or take over a folder others may write to (/tmp, a shared volume).
  if ((st.st_mode & 077) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%03o", static_cast<unsigned>(st.st_mode & 0777));
    return absl::FailedPreconditionError(absl::StrCat(
        "state directory ", dir, " is open to group or others (mode ", mode,
        "): refusing it; use a private folder (chmod 700) or set server.state_dir"));
  }
  // As root, a private folder root made (an earlier run, a mounted volume) is handed to the
  // server account, which must enter it.
  if (st.st_uid != owner && geteuid() == 0 && st.st_uid == 0) {
    RETURN_IF_ERROR(Chown(dir, run_as));
    st.st_uid = owner;
  }
  if (st.st_uid != owner) {
    return absl::FailedPreconditionError(absl::StrCat(
        "state directory ", dir, " belongs to uid ", st.st_uid, ", not to uid ", owner,
        " that runs the embedded PostgreSQL: refusing it; set server.state_dir to a private "
        "folder"));
  }
  return absl::OkStatus();
}

void RemoveStaleEmbeddedFolders(const std::string& state_dir, const std::string& bin_dir) {
  const uid_t owner = ServerUid();
  std::error_code ec;
  const std::string postgres = fs::weakly_canonical(fs::path(bin_dir) / "postgres", ec).string();
  for (const fs::directory_entry& entry : fs::directory_iterator(state_dir, ec)) {
    const std::string name = entry.path().filename().string();
    struct stat st {};
    if (!absl::StartsWith(name, kFolderPrefix) || lstat(entry.path().c_str(), &st) != 0 ||
        !S_ISDIR(st.st_mode) || st.st_uid != owner) {
      continue;
    }
    // "PID STARTTIME": the owner is alive only if that pid still has that start time.
    std::istringstream owner_line(ReadTail((entry.path() / "owner.pid").string()));
    int owner_pid = 0;
    std::string owner_start;
    if (!(owner_line >> owner_pid) || owner_pid <= 0) continue;
    owner_line >> owner_start;
    if (ProcessAlive(owner_pid) && (owner_start.empty() || StartTime(owner_pid) == owner_start)) {
      continue;
    }
    // The owner is gone. A postmaster that outlived it (PDEATHSIG missed) is stopped first,
    // but only if it is our postgres binary running in this very folder.
    std::ifstream pidfile(entry.path() / "data" / "postmaster.pid");
    int postmaster = 0;
    if (pidfile >> postmaster && postmaster > 0 && ProcessAlive(postmaster)) {
      const std::string proc = absl::StrCat("/proc/", postmaster);
      const std::string data = fs::weakly_canonical(entry.path() / "data", ec).string();
      if (ReadLink(proc + "/exe") == postgres && ReadLink(proc + "/cwd") == data) {
        kill(postmaster, SIGQUIT);
        for (int i = 0; i < 100 && ProcessAlive(postmaster); ++i) {
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
      } else {
        continue;  // not provably ours: leave the folder and the process alone
      }
    }
    fs::remove_all(entry.path(), ec);  // does not follow symlinks inside
  }
}

absl::StatusOr<std::unique_ptr<EmbeddedPostgres>> EmbeddedPostgres::Start(
    const EmbeddedOptions& options) {
  const std::string bin_dir = ResolveBinDir(options);
  for (const char* program : {"initdb", "postgres"}) {
    const std::string path = absl::StrCat(bin_dir, "/", program);
    if (access(path.c_str(), X_OK) != 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          "embedded PostgreSQL: ", path, " not found; ",
          bin_dir == kDefaultBinDir
              ? "install postgresql-15 (scripts/install-deps.sh) or set SCHEMAD_PG_BINDIR"
              : "install that major's server programs (scripts/install-pg-majors.sh MAJOR "
                "prints their folder) and point SCHEMAD_PG_BINDIR or postgres.bin_dirs there"));
    }
  }
  const std::string parent = ResolveStateDir(options);
  RETURN_IF_ERROR(PrepareStateDir(parent));
  RemoveStaleEmbeddedFolders(parent, bin_dir);

  std::string templ = absl::StrCat(parent, "/", kFolderPrefix, "XXXXXX");
  if (mkdtemp(templ.data()) == nullptr) {
    return absl::FailedPreconditionError(absl::StrCat(
        "embedded PostgreSQL: cannot create a folder in ", parent, ": ", std::strerror(errno)));
  }
  std::unique_ptr<EmbeddedPostgres> server(new EmbeddedPostgres());
  server->dir_ = templ;  // from here the destructor removes the folder
  {
    std::ofstream owner(server->dir_ + "/owner.pid");
    owner << getpid() << " " << StartTime(getpid()) << "\n";
  }
  const std::optional<RunAs> run_as = UnprivilegedAccount();
  RETURN_IF_ERROR(Chown(server->dir_, run_as));
  ASSIGN_OR_RETURN(server->password_, RandomPassword());

  const std::string pwfile = server->dir_ + "/pwfile";
  {
    const int fd = open(pwfile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) return absl::InternalError(absl::StrCat("write ", pwfile, ": ", std::strerror(errno)));
    const std::string line = server->password_ + "\n";
    const bool ok = write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    close(fd);
    if (!ok) return absl::InternalError(absl::StrCat("write ", pwfile));
  }
  RETURN_IF_ERROR(Chown(pwfile, run_as));

  std::vector<std::string> initdb = {
      bin_dir + "/initdb", "-D", server->dir_ + "/data", "-U", "postgres",
      "--pwfile=" + pwfile, "--auth-local=trust", "--auth-host=scram-sha-256",
      "-E", "UTF8", "--no-locale"};
  if (options.unsafe_fast) initdb.push_back("--no-sync");
  const std::string initdb_log = server->dir_ + "/initdb.log";
  ASSIGN_OR_RETURN(const pid_t initdb_pid, Spawn(initdb, initdb_log, run_as));
  const std::optional<int> initdb_status = WaitFor(initdb_pid, options.start_timeout);
  unlink(pwfile.c_str());
  if (!initdb_status || !WIFEXITED(*initdb_status) || WEXITSTATUS(*initdb_status) != 0) {
    if (!initdb_status) kill(initdb_pid, SIGKILL), waitpid(initdb_pid, nullptr, 0);
    return absl::InternalError(absl::StrCat(
        "embedded PostgreSQL: initdb failed (",
        initdb_status ? DescribeExit(*initdb_status, run_as, server->dir_) : "timed out",
        "): ", ReadTail(initdb_log)));
  }

  const std::string log = server->dir_ + "/postgres.log";
  const absl::Time deadline = absl::Now() + options.start_timeout;
  // A port found free can be taken before postgres binds it: try a few.
  for (int attempt = 1;; ++attempt) {
    ASSIGN_OR_RETURN(server->port_, FreeLoopbackPort());
    std::vector<std::string> argv = {
        bin_dir + "/postgres", "-D", server->dir_ + "/data",
        "-p", std::to_string(server->port_), "-k", server->dir_,
        "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_permissions=0700",
        "-c", "logging_collector=off",
        "-c", absl::StrCat("max_connections=", options.max_connections)};
    for (const std::string& setting : options.settings) argv.insert(argv.end(), {"-c", setting});
    if (options.unsafe_fast) {
      for (const char* setting : {"fsync=off", "synchronous_commit=off", "full_page_writes=off"}) {
        argv.insert(argv.end(), {"-c", setting});
      }
    }
    ASSIGN_OR_RETURN(server->pid_, server->SpawnKept(argv, log, options.address_space_mb));

    const std::string ping = absl::StrCat("host=", QuoteConninfoValue(server->dir_),
                                          " port=", server->port_,
                                          " dbname=postgres user=postgres connect_timeout=2");
    bool exited = false;
    int status = 0;
    while (absl::Now() < deadline) {
      if (waitpid(server->pid_, &status, WNOHANG) == server->pid_) {
        exited = true;
        server->pid_ = -1;
        break;
      }
      if (PQping(ping.c_str()) == PQPING_OK) return server;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    const std::string tail = ReadTail(log);
    if (exited && attempt < 3 && absl::StrContains(tail, "could not bind")) continue;
    return absl::InternalError(absl::StrCat(
        "embedded PostgreSQL did not start",
        exited ? absl::StrCat(" (", DescribeExit(status, run_as, server->dir_), ")") : " in time",
        ": ", tail));
  }
}

EmbeddedPostgres::~EmbeddedPostgres() { Stop().IgnoreError(); }

absl::Status EmbeddedPostgres::Stop(absl::Duration timeout) {
  absl::Status result = absl::OkStatus();
  if (pid_ > 0) {
    kill(pid_, SIGQUIT);  // immediate shutdown: sessions end, no checkpoint
    if (!WaitFor(pid_, timeout)) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
      result = absl::DeadlineExceededError(absl::StrCat(
          "embedded PostgreSQL did not stop in ", absl::FormatDuration(timeout), "; killed"));
    }
    pid_ = -1;
  }
  ReleaseKeeper();
  if (!dir_.empty()) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
    dir_.clear();
  }
  return result;
}

ConnectionSettings EmbeddedPostgres::Settings(const std::string& dbname) const {
  ConnectionSettings s;
  s.host = "127.0.0.1";
  s.port = port_;
  s.dbname = dbname;
  s.user = "postgres";
  s.password = password_;
  s.sslmode = "disable";
  return s;
}

absl::Status EmbeddedPostgres::EnsureDatabase(const std::string& dbname) const {
  ASSIGN_OR_RETURN(std::unique_ptr<pqxx::connection> conn,
                   Connect(Settings("postgres"), "schemad-embedded"));
  try {
    pqxx::nontransaction tx(*conn);
    if (!tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", dbname).empty()) {
      return absl::OkStatus();
    }
    tx.exec0(absl::StrCat("CREATE DATABASE ", QuoteIdent(dbname)));
    return absl::OkStatus();
  } catch (const pqxx::sql_error& e) {
    if (e.sqlstate() == "42P04") return absl::OkStatus();  // created concurrently
    return FromException(e, absl::StrCat("creating database ", dbname));
  } catch (const std::exception& e) {
    return FromException(e, absl::StrCat("creating database ", dbname));
  }
}

absl::Status EmbeddedPostgres::DropDatabase(const std::string& dbname) const {
  ASSIGN_OR_RETURN(std::unique_ptr<pqxx::connection> conn,
                   Connect(Settings("postgres"), "schemad-embedded"));
  return DropDatabase(*conn, dbname);
}

absl::Status EmbeddedPostgres::DropDatabase(pqxx::connection& admin, const std::string& dbname) const {
  try {
    pqxx::nontransaction tx(admin);
    // DROP DATABASE refuses one with subscriptions, even WITH (FORCE): they go first, detached
    // from their slots so that dropping them does not contact their publishers.
    if (tx.exec_params1("SELECT count(*) FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid"
                        " WHERE d.datname = $1", dbname)[0].as<int>() > 0) {
      ASSIGN_OR_RETURN(std::unique_ptr<pqxx::connection> db, Connect(Settings(dbname), "schemad-embedded"));
      pqxx::nontransaction in_db(*db);
      for (const pqxx::row& row : in_db.exec("SELECT quote_ident(subname) FROM pg_subscription"
                                             " WHERE subdbid = (SELECT oid FROM pg_database"
                                             " WHERE datname = current_database())")) {
        const std::string sub = row[0].as<std::string>();
        in_db.exec0(absl::StrCat("ALTER SUBSCRIPTION ", sub, " DISABLE"));
        in_db.exec0(absl::StrCat("ALTER SUBSCRIPTION ", sub, " SET (slot_name = NONE)"));
        in_db.exec0(absl::StrCat("DROP SUBSCRIPTION ", sub));
      }
    }
    tx.exec0(absl::StrCat("DROP DATABASE IF EXISTS ", QuoteIdent(dbname), " WITH (FORCE)"));
    return absl::OkStatus();
  } catch (const std::exception& e) {
    return FromException(e, absl::StrCat("dropping database ", dbname));
  }
}

}  // namespace schemaservice::pg
