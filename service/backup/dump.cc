#include "service/backup/dump.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"
#include "service/util/status.h"

extern char** environ;

namespace schemaservice::backup {
namespace {

constexpr size_t kChunk = 1 << 20;          // stdout/stdin buffer: memory flat per call
constexpr size_t kStderrHead = 2048;         // what of a child's stderr a message keeps
constexpr size_t kStderrTail = 2048;
constexpr int kPollMs = 100;                 // how often `cancelled` is asked
constexpr absl::Duration kProgressEvery = absl::Milliseconds(500);
constexpr absl::Duration kTermGrace = absl::Seconds(2);  // SIGTERM, then SIGKILL
constexpr absl::Duration kVersionTimeout = absl::Seconds(10);

// Writing into a pg_restore that exited (--list reads only the table of contents) raises
// SIGPIPE, which kills the process by default; ignored, the write returns EPIPE, which we
// expect. schemad's main ignores it already (gRPC wants that too); this covers other users.
// A handler someone installed is left alone: after it returns, write gives EPIPE as well.
void IgnoreSigpipe() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction old {};
    if (sigaction(SIGPIPE, nullptr, &old) == 0 && old.sa_handler == SIG_DFL) {
      signal(SIGPIPE, SIG_IGN);
    }
  });
}

// The first and last few KB of a child's stderr: enough for its error, bounded whatever it
// prints.
class BoundedText {
 public:
  void Append(absl::string_view s) {
    total_ += s.size();
    const size_t to_head = std::min(s.size(), kStderrHead - head_.size());
    head_.append(s.data(), to_head);
    s.remove_prefix(to_head);
    tail_.append(s.data(), s.size());
    if (tail_.size() > 4 * kStderrTail) tail_.erase(0, tail_.size() - kStderrTail);
  }
  std::string Text() const {
    std::string tail = tail_;
    if (tail.size() > kStderrTail) tail.erase(0, tail.size() - kStderrTail);
    const size_t dropped = total_ - head_.size() - tail.size();
    return dropped == 0 ? head_ + tail
                        : absl::StrCat(head_, "\n[... ", dropped, " bytes ...]\n", tail);
  }

 private:
  std::string head_, tail_;
  size_t total_ = 0;
};

// Closes on scope exit.
struct Fd {
  int fd = -1;
  Fd() = default;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { Close(); }
  void Close() {
    if (fd >= 0) close(fd);
    fd = -1;
  }
};

// Descriptors at fd >= 3: in a process started with stdin/out/err closed, a pipe could land on
// 0-2, where the child's dup2 would leave it close-on-exec.
int HighFd(int fd) {
  if (fd < 0 || fd >= 3) return fd;
  const int high = fcntl(fd, F_DUPFD_CLOEXEC, 3);
  close(fd);
  return high;
}

bool HighPipe(int p[2]) {
  if (pipe2(p, O_CLOEXEC) != 0) return false;
  p[0] = HighFd(p[0]), p[1] = HighFd(p[1]);
  return p[0] >= 0 && p[1] >= 0;
}

// Reads what `f` has now into `buf` from `len` on, up to `cap`. True at EOF or on a read
// error: the caller closes `f` once it has handed on what was read.
bool Fill(const Fd& f, char* buf, size_t cap, size_t& len) {
  while (len < cap) {
    const ssize_t got = read(f.fd, buf + len, cap - len);
    if (got > 0) {
      len += static_cast<size_t>(got);
      continue;
    }
    if (got < 0 && errno == EINTR) continue;
    return got == 0 || errno != EAGAIN;
  }
  return false;
}

// A started child. The destructor kills and reaps one still running: no early return,
// error or cancel leaves a pg_dump behind or a zombie.
class Child {
 public:
  Child() = default;
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  ~Child() { Stop(); }

  absl::Status Start(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                     bool with_stdin);
  // SIGTERM, SIGKILL after a grace period, then reaped. A running child is signalled before
  // its pipes close.
  void Stop();
  // True once reaped; `status()` is waitpid's.
  bool Reap(bool block);
  int status() const { return status_; }

  Fd in, out, err;  // our ends

 private:
  pid_t pid_ = -1;
  bool reaped_ = true;
  int status_ = 0;
};

absl::Status Child::Start(const std::vector<std::string>& argv,
                          const std::vector<std::string>& env, bool with_stdin) {
  // Everything the child needs is built before fork: between fork and exec only
  // async-signal-safe calls are allowed (schemad has many threads).
  std::vector<char*> cargv, cenv;
  for (const std::string& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);
  for (const std::string& e : env) cenv.push_back(const_cast<char*>(e.c_str()));
  cenv.push_back(nullptr);

  int in_p[2] = {-1, -1}, out_p[2], err_p[2], exec_p[2];
  const bool piped = (!with_stdin || HighPipe(in_p)) && HighPipe(out_p) && HighPipe(err_p) &&
                     HighPipe(exec_p);
  if (!piped) return absl::InternalError(absl::StrCat("pipe: ", std::strerror(errno)));
  Fd child_in(in_p[0]), child_out(out_p[1]), child_err(err_p[1]);
  Fd exec_r(exec_p[0]), exec_w(exec_p[1]);
  in.fd = in_p[1], out.fd = out_p[0], err.fd = err_p[0];
  Fd devnull(with_stdin ? -1 : HighFd(open("/dev/null", O_RDONLY | O_CLOEXEC)));
  // Bigger pipes: fewer wake-ups per MiB (best effort; 1 MiB is the unprivileged maximum).
  fcntl(out.fd, F_SETPIPE_SZ, static_cast<int>(kChunk));
  if (with_stdin) fcntl(in.fd, F_SETPIPE_SZ, static_cast<int>(kChunk));

  // No signal handler of ours may run in the child before exec.
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid == 0) {
    // Dies with the thread that forked it (which waits for it), so a killed schemad leaves
    // no pg_dump holding locks on an environment's tables.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    const int stdin_fd = with_stdin ? child_in.fd : devnull.fd;
    if (dup2(stdin_fd, 0) < 0 || dup2(child_out.fd, 1) < 0 || dup2(child_err.fd, 2) < 0) {
      _exit(127);
    }
    // Only 0-2 and the exec-error pipe (close-on-exec) stay open.
    const unsigned keep = static_cast<unsigned>(exec_w.fd);
    if ((keep > 3 && close_range(3, keep - 1, 0) != 0) || close_range(keep + 1, ~0U, 0) != 0) {
      for (int fd = 3; fd < 65536; ++fd) {
        if (fd != exec_w.fd) close(fd);
      }
    }
    // Ignored signals stay ignored across exec: give the child the defaults it expects.
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    execve(cargv[0], cargv.data(), cenv.data());
    const int e = errno;
    ssize_t ignored = write(exec_w.fd, &e, sizeof e);
    (void)ignored;
    _exit(127);
  }
  const int fork_errno = errno;
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  if (pid < 0) return absl::InternalError(absl::StrCat("fork: ", std::strerror(fork_errno)));
  pid_ = pid;
  reaped_ = false;
  child_in.Close(), child_out.Close(), child_err.Close(), exec_w.Close();
  // EOF when exec succeeded (close-on-exec); the errno when it did not.
  int exec_errno = 0;
  ssize_t n;
  do {
    n = read(exec_r.fd, &exec_errno, sizeof exec_errno);
  } while (n < 0 && errno == EINTR);
  if (n == sizeof exec_errno) {
    Reap(true);
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot run ", argv[0], ": ", std::strerror(exec_errno),
        "; install PostgreSQL's client programs or set postgres.bin_dirs to their folder"));
  }
  for (int fd : {in.fd, out.fd, err.fd}) {
    if (fd >= 0) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  }
  return absl::OkStatus();
}

bool Child::Reap(bool block) {
  if (reaped_) return true;
  pid_t r;
  do {
    r = waitpid(pid_, &status_, block ? 0 : WNOHANG);
  } while (r < 0 && errno == EINTR);
  if (r == pid_ || (r < 0 && errno == ECHILD)) reaped_ = true;
  return reaped_;
}

void Child::Stop() {
  // The signal before closing its stdin: a psql that saw EOF first would send COMMIT.
  if (!reaped_) kill(pid_, SIGTERM);
  in.Close(), out.Close(), err.Close();
  if (reaped_) return;
  const absl::Time kill_at = absl::Now() + kTermGrace;
  while (!Reap(false) && absl::Now() < kill_at) usleep(10 * 1000);
  if (!reaped_) {
    kill(pid_, SIGKILL);
    Reap(true);
  }
}

struct RunSpec {
  std::vector<std::string> argv;
  std::vector<std::string> env;
  BackupStore::Reader* input = nullptr;                     // stdin; null: /dev/null
  std::function<absl::Status(absl::string_view)> output;    // stdout; null: read, dropped
  std::function<bool()> cancelled;
  std::function<void(int64_t fed)> tick;                    // every turn of the loop
};

struct RunResult {
  int status = 0;  // waitpid's
  std::string stderr_text;
};

// Runs a child to its end, feeding stdin and draining stdout and stderr with poll(), so
// neither side blocks the other whatever each prints.
absl::StatusOr<RunResult> Run(const RunSpec& spec) {
  if (spec.input != nullptr) IgnoreSigpipe();
  Child child;
  RETURN_IF_ERROR(child.Start(spec.argv, spec.env, spec.input != nullptr));
  const std::string& program = spec.argv[0];
  std::unique_ptr<char[]> out_buf(new char[kChunk]);
  std::unique_ptr<char[]> in_buf(spec.input ? new char[kChunk] : nullptr);
  size_t in_pos = 0, in_len = 0;
  bool in_eof = false;
  int64_t fed = 0;
  BoundedText err_text;
  for (;;) {
    if (spec.cancelled && spec.cancelled()) {
      child.Stop();
      return absl::CancelledError(absl::StrCat(program, " was stopped: the call was cancelled"));
    }
    if (spec.tick) spec.tick(fed);
    if (child.in.fd < 0 && child.out.fd < 0 && child.err.fd < 0) break;
    pollfd fds[3];
    nfds_t n = 0;
    for (Fd* f : {&child.out, &child.err}) {
      if (f->fd >= 0) fds[n++] = pollfd{f->fd, POLLIN, 0};
    }
    if (child.in.fd >= 0) fds[n++] = pollfd{child.in.fd, POLLOUT, 0};
    if (poll(fds, n, kPollMs) < 0 && errno != EINTR) {
      return absl::InternalError(absl::StrCat("poll: ", std::strerror(errno)));
    }
    // stderr: whatever is there, bounded.
    if (child.err.fd >= 0) {
      char buf[4096];
      const ssize_t got = read(child.err.fd, buf, sizeof buf);
      if (got > 0) err_text.Append(absl::string_view(buf, static_cast<size_t>(got)));
      if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) child.err.Close();
    }
    // stdout: up to a chunk, handed on in one piece.
    if (child.out.fd >= 0) {
      size_t have = 0;
      const bool eof = Fill(child.out, out_buf.get(), kChunk, have);
      if (have > 0 && spec.output) {
        const absl::Status s = spec.output(absl::string_view(out_buf.get(), have));
        if (!s.ok()) {
          child.Stop();
          return s;
        }
      }
      if (eof) child.out.Close();
    }
    // stdin: as much as the pipe takes.
    while (child.in.fd >= 0) {
      if (in_pos == in_len && !in_eof) {
        absl::StatusOr<size_t> got = spec.input->Read(in_buf.get(), kChunk);
        if (!got.ok()) {
          child.Stop();
          return got.status();
        }
        in_pos = 0, in_len = *got;
        in_eof = *got == 0;
      }
      if (in_pos == in_len) {  // all fed: EOF on the child's stdin
        child.in.Close();
        break;
      }
      const ssize_t put = write(child.in.fd, in_buf.get() + in_pos, in_len - in_pos);
      if (put > 0) {
        in_pos += static_cast<size_t>(put);
        fed += put;
        continue;
      }
      if (put < 0 && errno == EINTR) continue;
      if (put < 0 && errno == EAGAIN) break;
      // EPIPE: the child stopped reading (pg_restore --list after the table of contents);
      // its exit status says whether that was success.
      child.in.Close();
    }
  }
  // Pipes closed: the child is exiting (or already has).
  while (!child.Reap(false)) {
    if (spec.cancelled && spec.cancelled()) {
      child.Stop();
      return absl::CancelledError(absl::StrCat(program, " was stopped: the call was cancelled"));
    }
    usleep(10 * 1000);
  }
  return RunResult{child.status(), err_text.Text()};
}

bool Succeeded(const RunResult& r) { return WIFEXITED(r.status) && WEXITSTATUS(r.status) == 0; }

// A failed child's status: UNAVAILABLE when the server could not be reached or was busy
// (retry later), FAILED_PRECONDITION when the settings or the database are wrong (fix first).
absl::Status ChildError(absl::string_view what, const pg::ConnectionSettings* db,
                        const RunResult& r) {
  std::string text(absl::StripAsciiWhitespace(r.stderr_text));
  if (db != nullptr && !db->password.empty()) {
    text = absl::StrReplaceAll(text, {{db->password, "********"}});
  }
  const std::string how =
      WIFSIGNALED(r.status) ? absl::StrCat("was killed by signal ", WTERMSIG(r.status), " (",
                                           strsignal(WTERMSIG(r.status)), ")")
                            : absl::StrCat("failed (exit code ", WEXITSTATUS(r.status), ")");
  const std::string message = absl::StrCat(
      what, db != nullptr ? absl::StrCat(" (", db->Describe(), ")") : "", " ", how,
      text.empty() ? "" : ": ", text);
  // pg_dump's --lock-wait-timeout is a statement_timeout around its LOCK TABLE.
  if (absl::StrContains(text, "LOCK TABLE") && absl::StrContains(text, "statement timeout")) {
    return absl::UnavailableError(absl::StrCat(
        message, "; a table stayed locked longer than the lock wait timeout: retry later"));
  }
  for (const char* fix_first :
       {"password authentication failed", "does not exist", "permission denied",
        "no pg_hba.conf entry", "authentication", "server version mismatch",
        "input file does not appear", "could not read input file", "unexpected end of file",
        "did not find magic string"}) {
    if (absl::StrContains(text, fix_first)) return absl::FailedPreconditionError(message);
  }
  for (const char* retry :
       {"could not connect", "Connection refused", "timeout expired", "server closed the connection",
        "could not translate host name", "connection to server", "the database system is",
        "too many clients", "could not obtain lock", "lock timeout"}) {
    if (absl::StrContains(text, retry)) return absl::UnavailableError(message);
  }
  if (WIFSIGNALED(r.status)) return absl::UnavailableError(message);
  return absl::FailedPreconditionError(message);
}

absl::Status CheckProgram(const std::string& program, absl::string_view what) {
  if (program.empty()) {
    return absl::FailedPreconditionError(absl::StrCat("no ", what, " program configured"));
  }
  if (access(program.c_str(), X_OK) != 0) {
    return absl::FailedPreconditionError(absl::StrCat(
        what, " program ", program, " cannot be run (", std::strerror(errno),
        "): install PostgreSQL's client programs or set postgres.bin_dirs to their folder"));
  }
  return absl::OkStatus();
}

// The parent's environment without what could redirect the child elsewhere (a service
// file's host would win over PGHOST) and without what we set, plus the connection settings:
// the password goes here, never into argv, which ps shows to every user. Messages in
// English (LC_MESSAGES=C): ChildError reads them to choose a status code.
std::vector<std::string> ChildEnv(const pg::ConnectionSettings* db) {
  static const char* const kOurs[] = {"PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE",
                                      "PGPASSWORD", "PGSSLMODE", "PGCONNECT_TIMEOUT",
                                      "PGAPPNAME", "PGSERVICE", "PGSERVICEFILE", "LC_ALL",
                                      "LC_MESSAGES"};
  std::vector<std::string> env;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    const absl::string_view entry(*e);
    const absl::string_view name = entry.substr(0, entry.find('='));
    bool drop = false;
    for (const char* n : kOurs) drop = drop || name == n;
    // Without a password of ours, libpq would use an inherited one in-process too.
    if (name == "PGPASSWORD" && db != nullptr && db->password.empty()) drop = false;
    if (!drop) env.emplace_back(entry);
  }
  env.push_back("LC_MESSAGES=C");
  env.push_back("PGAPPNAME=schemad-backup");
  if (db == nullptr) return env;
  const std::pair<const char*, std::string> settings[] = {
      {"PGHOST", db->host},
      {"PGPORT", absl::StrCat(db->port)},
      {"PGUSER", db->user},
      {"PGDATABASE", db->dbname},
      {"PGCONNECT_TIMEOUT", absl::StrCat(db->connect_timeout_seconds)},
      {"PGPASSWORD", db->password},
      {"PGSSLMODE", db->sslmode}};
  for (const auto& [name, value] : settings) {
    if (!value.empty()) env.push_back(absl::StrCat(name, "=", value));
  }
  return env;
}

// --dbname as a conninfo without secrets: the name (quoted, so a dbname holding '=' is not
// read as a connection string) and the keepalives schemad's own connections use, which
// have no environment variables.
std::string DbnameArg(const pg::ConnectionSettings& db) {
  return absl::StrCat("--dbname=dbname=", pg::QuoteConninfoValue(db.dbname),
                      " keepalives=1 keepalives_idle=30 keepalives_interval=10"
                      " keepalives_count=3 tcp_user_timeout=60000");
}

// "pg_dump (PostgreSQL) 15.8" from `program --version`.
absl::StatusOr<std::string> ProgramVersion(const std::string& program,
                                           const std::function<bool()>& cancelled) {
  std::string text;
  const absl::Time deadline = absl::Now() + kVersionTimeout;
  RunSpec spec;
  spec.argv = {program, "--version"};
  spec.env = ChildEnv(nullptr);
  spec.output = [&](absl::string_view s) {
    if (text.size() < 1024) text.append(s.data(), std::min<size_t>(s.size(), 1024));
    return absl::OkStatus();
  };
  spec.cancelled = [&] { return (cancelled && cancelled()) || absl::Now() > deadline; };
  ASSIGN_OR_RETURN(RunResult r, Run(spec));
  if (!Succeeded(r)) return ChildError(absl::StrCat(program, " --version"), nullptr, r);
  return std::string(absl::StripAsciiWhitespace(text));
}

// Calls `progress` at most every kProgressEvery.
class Throttled {
 public:
  explicit Throttled(const std::function<void(int64_t, int64_t)>& f) : f_(f) {}
  void Maybe(int64_t done, int64_t total) {
    const absl::Time now = absl::Now();
    if (f_ && now - last_ >= kProgressEvery) {
      last_ = now;
      f_(done, total);
    }
  }
  void Now(int64_t done, int64_t total) {
    if (f_) f_(done, total);
  }

 private:
  const std::function<void(int64_t, int64_t)>& f_;
  absl::Time last_ = absl::Now();
};

using Digest = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

absl::StatusOr<Digest> NewSha256() {
  Digest ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) {
    return absl::InternalError("OpenSSL: cannot start a SHA-256 digest");
  }
  return ctx;
}

std::string HexDigest(EVP_MD_CTX* ctx) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx, md, &len);
  return absl::BytesToHexString(absl::string_view(reinterpret_cast<char*>(md), len));
}

}  // namespace

absl::StatusOr<DumpResult> Dump(const DumpOptions& options, BackupStore::Writer& writer) {
  RETURN_IF_ERROR(CheckProgram(options.pg_dump, "pg_dump"));
  const absl::Time start = absl::Now();
  DumpResult result;
  ASSIGN_OR_RETURN(result.pg_dump_version, ProgramVersion(options.pg_dump, options.cancelled));
  ASSIGN_OR_RETURN(Digest sha, NewSha256());
  Throttled progress(options.progress);

  RunSpec spec;
  // No --file: the archive comes through stdout, so it never sits on the database's host and
  // is hashed as it passes.
  spec.argv = {options.pg_dump, "--format=custom", "--no-password", DbnameArg(options.database)};
  if (options.lock_wait_timeout > absl::ZeroDuration()) {
    spec.argv.push_back(absl::StrCat("--lock-wait-timeout=",
                                     absl::ToInt64Milliseconds(options.lock_wait_timeout)));
  }
  spec.env = ChildEnv(&options.database);
  spec.output = [&](absl::string_view chunk) {
    EVP_DigestUpdate(sha.get(), chunk.data(), chunk.size());
    result.size_bytes += static_cast<int64_t>(chunk.size());
    return writer.Write(chunk);
  };
  spec.tick = [&](int64_t) { progress.Maybe(result.size_bytes, options.expected_bytes); };
  spec.cancelled = options.cancelled;
  ASSIGN_OR_RETURN(RunResult run, Run(spec));
  if (!Succeeded(run)) return ChildError("pg_dump", &options.database, run);
  if (result.size_bytes == 0) {
    return absl::InternalError(absl::StrCat("pg_dump (", options.database.Describe(),
                                            ") exited successfully but wrote nothing"));
  }
  RETURN_IF_ERROR(writer.Finish());
  result.sha256 = HexDigest(sha.get());
  result.duration = absl::Now() - start;
  progress.Now(result.size_bytes, result.size_bytes);
  return result;
}

absl::Status ListArchive(const std::string& pg_restore, BackupStore::Reader& reader,
                         const std::function<bool()>& cancelled) {
  RETURN_IF_ERROR(CheckProgram(pg_restore, "pg_restore"));
  RunSpec spec;
  spec.argv = {pg_restore, "--list", "--format=custom"};
  spec.env = ChildEnv(nullptr);
  spec.input = &reader;
  spec.cancelled = cancelled;
  ASSIGN_OR_RETURN(RunResult run, Run(spec));
  if (!Succeeded(run)) return ChildError("pg_restore --list", nullptr, run);
  return absl::OkStatus();
}

absl::Status RestoreArchive(const RestoreOptions& options, BackupStore::Reader& reader) {
  RETURN_IF_ERROR(CheckProgram(options.pg_restore, "pg_restore"));
  Throttled progress(options.progress);
  int64_t fed = 0;
  RunSpec spec;
  spec.argv = {options.pg_restore, "--format=custom", "--no-password",
               DbnameArg(options.database)};
  if (options.single_transaction) {
    spec.argv.insert(spec.argv.end(), {"--single-transaction", "--exit-on-error"});
  }
  if (options.no_owner) spec.argv.insert(spec.argv.end(), {"--no-owner", "--no-privileges"});
  spec.env = ChildEnv(&options.database);
  spec.input = &reader;
  spec.cancelled = options.cancelled;
  spec.tick = [&](int64_t n) {
    fed = n;
    progress.Maybe(fed, options.total_bytes);
  };
  ASSIGN_OR_RETURN(RunResult run, Run(spec));
  if (!Succeeded(run)) return ChildError("pg_restore", &options.database, run);
  progress.Now(fed, options.total_bytes);
  return absl::OkStatus();
}

namespace {

// Reads what `f` has now into `sink` (null: dropped); closes it at EOF or on an error.
void Drain(Fd& f, BoundedText* sink) {
  char buf[64 * 1024];
  while (f.fd >= 0) {
    const ssize_t got = read(f.fd, buf, sizeof buf);
    if (got > 0) {
      if (sink != nullptr) sink->Append(absl::string_view(buf, static_cast<size_t>(got)));
      continue;
    }
    if (got < 0 && errno == EINTR) continue;
    if (got < 0 && errno == EAGAIN) return;
    f.Close();
  }
}

// Writes what `f` takes now of `data` from `pos` on. False when the reader is gone (EPIPE)
// or the pipe failed: `f` is then closed.
bool Feed(Fd& f, const char* data, size_t len, size_t& pos) {
  while (f.fd >= 0 && pos < len) {
    const ssize_t put = write(f.fd, data + pos, len - pos);
    if (put > 0) {
      pos += static_cast<size_t>(put);
      continue;
    }
    if (put < 0 && errno == EINTR) continue;
    if (put < 0 && errno == EAGAIN) return true;
    f.Close();
    return false;
  }
  return f.fd >= 0;
}

std::string Masked(std::string text, const pg::ConnectionSettings& db) {
  if (!db.password.empty()) text = absl::StrReplaceAll(text, {{db.password, "********"}});
  return text;
}

// pg_restore --single-transaction wraps its script in BEGIN; ... COMMIT;, and only then
// leaves out the BEGIN; ... COMMIT; it writes around large objects, which would commit
// psql's transaction half-way. Its own pair is taken out instead, so psql's
// --single-transaction holds before_sql, the script and after_sql. Before the BEGIN: the
// header comments and \restrict (15.14 and later); after the COMMIT: the footer comments
// and \unrestrict.
constexpr absl::string_view kBegin = "BEGIN;\n";
constexpr absl::string_view kCommit = "COMMIT;\n";
constexpr size_t kScriptHead = 64 * 1024;  // the BEGIN is within the first few hundred bytes
constexpr size_t kScriptTail = 64 * 1024;  // the COMMIT within the last few hundred

// Every line empty, a comment, or psql's \restrict / \unrestrict.
bool OnlyCommentsAndRestrict(absl::string_view text) {
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    line = absl::StripAsciiWhitespace(line);
    if (!line.empty() && !absl::StartsWith(line, "--") && !absl::StartsWith(line, "\\restrict ") &&
        !absl::StartsWith(line, "\\unrestrict ")) {
      return false;
    }
  }
  return true;
}

// The offset just past the script's BEGIN line in `head`.
absl::StatusOr<size_t> SpliceHead(absl::string_view head) {
  for (size_t at = 0; (at = head.find(kBegin, at)) != absl::string_view::npos; ++at) {
    if (at != 0 && head[at - 1] != '\n') continue;
    if (!OnlyCommentsAndRestrict(head.substr(0, at))) break;
    return at + kBegin.size();
  }
  return absl::InternalError(
      "pg_restore --single-transaction wrote no BEGIN before its first statement; psql was "
      "stopped before COMMIT: nothing changed");
}

// `tail` (the script's end) with its COMMIT line replaced by after_sql, run with the
// settings before_sql saw: the script set search_path to '' and more, for the session.
absl::StatusOr<std::string> SpliceTail(absl::string_view tail, const std::string& after_sql) {
  const size_t at = tail.rfind(kCommit);
  if (at == absl::string_view::npos || (at != 0 && tail[at - 1] != '\n') ||
      !OnlyCommentsAndRestrict(tail.substr(at + kCommit.size()))) {
    return absl::InternalError(
        "pg_restore --single-transaction wrote no COMMIT after its last statement; psql was "
        "stopped before COMMIT: nothing changed");
  }
  return absl::StrCat(tail.substr(0, at), "RESET ALL;\n", after_sql, "\n",
                      tail.substr(at + kCommit.size()));
}

std::string Beside(const std::string& program, const char* name) {
  const std::filesystem::path dir = std::filesystem::path(program).parent_path();
  return dir.empty() ? name : (dir / name).string();
}

}  // namespace

// Two children and four pipes, driven by one poll() loop with fixed buffers: the archive
// into pg_restore, pg_restore's script (after before_sql, before after_sql) into psql, both
// stderrs into bounded text, psql's query output dropped. psql's stdin closes, which makes
// it COMMIT, only once pg_restore exited successfully and everything was written; on any
// other way out psql is killed first (Child::Stop signals before it closes the pipe).
absl::Status RestoreArchiveInOneTransaction(const ScriptRestoreOptions& options,
                                            BackupStore::Reader& reader) {
  const std::string psql_program = PsqlBeside(options.pg_restore);
  RETURN_IF_ERROR(CheckProgram(options.pg_restore, "pg_restore"));
  RETURN_IF_ERROR(CheckProgram(psql_program, "psql"));
  IgnoreSigpipe();
  Throttled progress(options.progress);
  const pg::ConnectionSettings& db = options.database;

  // -f -, not plain stdin: psql applies --single-transaction only to -c and -f actions, and
  // runs a script read as interactive input statement by statement, each committed.
  Child psql;
  RETURN_IF_ERROR(psql.Start({psql_program, "--single-transaction", "-v", "ON_ERROR_STOP=1",
                              "--no-psqlrc", "--quiet", "--no-password", "--file=-",
                              DbnameArg(db)},
                             ChildEnv(&db), /*with_stdin=*/true));
  // No --create (it would add CREATE DATABASE and \connect, which a transaction refuses),
  // no connection: pg_restore only translates. --single-transaction: see SpliceHead.
  Child restore;
  RETURN_IF_ERROR(restore.Start(
      {options.pg_restore, "--format=custom", "--single-transaction", "--file=-"},
      ChildEnv(nullptr), /*with_stdin=*/true));

  const std::string head = absl::StrCat(options.before_sql, "\n");
  std::string tail;  // the script's last kScriptTail bytes spliced with after_sql, at its end
  enum class Stage { kBefore, kScript, kAfter, kSent } stage = Stage::kBefore;
  size_t head_pos = 0, tail_pos = 0;
  std::unique_ptr<char[]> archive(new char[kChunk]), script(new char[kChunk]);
  size_t archive_pos = 0, archive_len = 0, script_pos = 0, script_len = 0;
  bool archive_eof = false;
  bool script_begun = false;  // its BEGIN found and taken out
  bool restore_done = false;  // reaped by us, not killed
  bool psql_gone = false;     // exited before we closed its stdin
  int64_t fed = 0;
  BoundedText psql_err, restore_err;

  const auto stop_both = [&] {
    psql.Stop();  // first: no COMMIT on a script pg_restore did not finish
    restore.Stop();
  };
  // The script up to here may go to psql: nothing before its BEGIN is found, never its
  // last kScriptTail bytes, where the COMMIT is, until pg_restore is done and it is spliced.
  const auto forwardable = [&] {
    if (!script_begun || script_len - script_pos <= kScriptTail) return script_pos;
    return script_len - kScriptTail;
  };
  const auto cancel = [&]() -> absl::Status {
    stop_both();
    if (stage == Stage::kSent) {
      // It may have exited, COMMIT done, just before the cancel: then the restore happened.
      if (Succeeded(RunResult{psql.status(), ""})) return absl::OkStatus();
      return absl::CancelledError(
          "psql was stopped: the call was cancelled after the whole script was sent; if its "
          "COMMIT had already reached the server the restore is complete, otherwise nothing "
          "changed");
    }
    return absl::CancelledError(
        "pg_restore and psql were stopped: the call was cancelled; the transaction was rolled "
        "back, nothing changed");
  };

  for (;;) {
    if (options.cancelled && options.cancelled()) return cancel();
    progress.Maybe(fed, options.total_bytes);
    const bool psql_closed = psql.in.fd < 0 && psql.out.fd < 0 && psql.err.fd < 0;
    if (psql_closed && (restore_done || psql_gone)) break;

    const size_t script_end = forwardable();
    pollfd fds[6];
    nfds_t n = 0;
    for (Fd* f : {&psql.out, &psql.err, &restore.err}) {
      if (f->fd >= 0) fds[n++] = pollfd{f->fd, POLLIN, 0};
    }
    if (restore.out.fd >= 0 && script_pos == script_end) {
      fds[n++] = pollfd{restore.out.fd, POLLIN, 0};
    }
    if (restore.in.fd >= 0) fds[n++] = pollfd{restore.in.fd, POLLOUT, 0};
    if (psql.in.fd >= 0 && (stage != Stage::kScript || script_pos < script_end)) {
      fds[n++] = pollfd{psql.in.fd, POLLOUT, 0};
    }
    if (poll(fds, n, kPollMs) < 0 && errno != EINTR) {
      stop_both();
      return absl::InternalError(absl::StrCat("poll: ", std::strerror(errno)));
    }
    Drain(psql.err, &psql_err);
    Drain(psql.out, nullptr);  // query results (set_config, lo_open, ...)
    Drain(restore.err, &restore_err);

    // The archive into pg_restore.
    while (restore.in.fd >= 0) {
      if (archive_pos == archive_len && !archive_eof) {
        absl::StatusOr<size_t> got = reader.Read(archive.get(), kChunk);
        if (!got.ok()) {
          stop_both();
          return got.status();
        }
        archive_pos = 0, archive_len = *got;
        archive_eof = *got == 0;
      }
      if (archive_pos == archive_len) {
        restore.in.Close();
        break;
      }
      const size_t before = archive_pos;
      const bool open = Feed(restore.in, archive.get(), archive_len, archive_pos);
      fed += static_cast<int64_t>(archive_pos - before);
      // EPIPE: pg_restore stopped reading; its exit status says why.
      if (!open || archive_pos < archive_len) break;
    }

    // pg_restore's script into our buffer, once what may be forwarded of it was.
    if (restore.out.fd >= 0 && script_pos == script_end) {
      std::memmove(script.get(), script.get() + script_pos, script_len - script_pos);
      script_len -= script_pos, script_pos = 0;
      if (Fill(restore.out, script.get(), kChunk, script_len)) restore.out.Close();
    }
    // pg_restore at its end: reaped here, so a failure stops psql before it sees EOF.
    if (!restore_done && restore.out.fd < 0 && restore.err.fd < 0 && restore.Reap(false)) {
      restore_done = true;
      const RunResult r{restore.status(), restore_err.Text()};
      if (!Succeeded(r) && !psql_gone) {
        psql.Stop();
        const absl::Status e = ChildError("pg_restore", nullptr, r);
        return absl::Status(e.code(), absl::StrCat(e.message(), "; psql was stopped before "
                                                   "COMMIT: nothing changed"));
      }
    }

    if (!script_begun && (script_len >= kScriptHead || restore_done)) {
      absl::StatusOr<size_t> begin_end =
          SpliceHead(absl::string_view(script.get(), std::min(script_len, kScriptHead)));
      if (!begin_end.ok()) {
        stop_both();
        return begin_end.status();
      }
      // The BEGIN line out: what precedes it moves up to meet what follows.
      const size_t line = *begin_end - kBegin.size();
      std::memmove(script.get() + kBegin.size(), script.get(), line);
      script_pos = kBegin.size();
      script_begun = true;
    }
    // psql's input: before_sql, the script, after_sql, then EOF (COMMIT).
    bool psql_open = psql.in.fd >= 0;  // false after an EPIPE: psql is exiting
    if (psql_open && stage == Stage::kBefore) {
      psql_open = Feed(psql.in, head.data(), head.size(), head_pos);
      if (head_pos == head.size()) stage = Stage::kScript;
    }
    if (psql_open && stage == Stage::kScript) {
      psql_open = Feed(psql.in, script.get(), forwardable(), script_pos);
      if (restore_done && !psql_gone && script_begun) {
        absl::StatusOr<std::string> spliced = SpliceTail(
            absl::string_view(script.get() + script_pos, script_len - script_pos),
            options.after_sql);
        if (!spliced.ok()) {
          stop_both();
          return spliced.status();
        }
        tail = *std::move(spliced);
        script_pos = script_len;
        stage = Stage::kAfter;
      }
    }
    if (psql_open && stage == Stage::kAfter) {
      psql_open = Feed(psql.in, tail.data(), tail.size(), tail_pos);
      if (tail_pos == tail.size()) {
        psql.in.Close();
        stage = Stage::kSent;
      }
    }
    // psql exited early (ON_ERROR_STOP, a lost connection): its error is the result. After an
    // EPIPE on its stdin, its stderr is read to the end first.
    if (stage != Stage::kSent && !psql_gone && psql.out.fd < 0 && psql.err.fd < 0 &&
        psql.Reap(false)) {
      psql_gone = true;
      psql.in.Close();
      restore.Stop();
    }
  }

  psql.Reap(true);  // its pipes are closed: it has exited
  const RunResult r{psql.status(), psql_err.Text()};
  if (psql_gone && Succeeded(r)) {
    return absl::InternalError(absl::StrCat(
        "psql (", db.Describe(), ") exited before reading the whole script: ",
        Masked(std::string(absl::StripAsciiWhitespace(r.stderr_text)), db)));
  }
  if (!Succeeded(r)) {
    const absl::Status e = ChildError("psql", &db, r);
    const bool stopped = WIFEXITED(r.status) && WEXITSTATUS(r.status) == 3;
    return absl::Status(
        e.code(), absl::StrCat(e.message(), stopped ? "; ON_ERROR_STOP stopped the script" : "",
                               "; the transaction was rolled back: nothing changed"));
  }
  progress.Now(fed, options.total_bytes);
  return absl::OkStatus();
}

absl::StatusOr<std::string> Sha256Of(BackupStore::Reader& reader) {
  ASSIGN_OR_RETURN(Digest sha, NewSha256());
  std::unique_ptr<char[]> buf(new char[kChunk]);
  for (;;) {
    ASSIGN_OR_RETURN(size_t n, reader.Read(buf.get(), kChunk));
    if (n == 0) break;
    EVP_DigestUpdate(sha.get(), buf.get(), n);
  }
  return HexDigest(sha.get());
}

std::string PgRestoreBeside(const std::string& pg_dump) { return Beside(pg_dump, "pg_restore"); }

std::string PsqlBeside(const std::string& pg_restore_or_pg_dump) {
  return Beside(pg_restore_or_pg_dump, "psql");
}

}  // namespace schemaservice::backup
