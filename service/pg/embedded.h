// service/pg/embedded.h
//
// The embedded default: a private, throw-away PostgreSQL 15 that schemad (for environments
// configured `database: embedded`), the demo and the tests start themselves. initdb into a
// fresh folder inside a private state directory (0700, owned by the account the server runs
// as; never a world-writable folder such as /tmp), listen on 127.0.0.1 (a free port, password
// login with a random password held in memory) and on a unix socket inside that folder, and
// always stopped: by the destructor, and by the kernel (PR_SET_PDEATHSIG) if the starting
// thread dies without it. A folder left by a crashed run is removed at the next Start, after
// checking it is ours and that a pid in it really is our postmaster. As root, PostgreSQL runs
// as the unprivileged `postgres` (or `nobody`) user, since it refuses to run as root.
#pragma once

#include <memory>
#include <string>
#include <vector>
#include <sys/types.h>

#include <pqxx/connection>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "service/pg/connection_settings.h"

namespace schemaservice::pg {

struct EmbeddedOptions {
  // The private folder the server's folder is made in; empty: DefaultStateDir(). Created
  // 0700 when missing; refused when another account owns it or others may write to it.
  std::string state_dir;
  // PostgreSQL's programs (initdb, postgres); empty: $SCHEMAD_PG_BINDIR or the Debian path.
  std::string bin_dir;
  // fsync=off and friends: for tests only, where durability does not matter.
  bool unsafe_fast = false;
  absl::Duration start_timeout = absl::Seconds(60);
  int max_connections = 200;
  // More `name=value` server settings (e.g. temp_file_limit for a shadow server).
  std::vector<std::string> settings;
  // RLIMIT_AS of the server and every backend, in MiB (shared memory included); 0: none.
  int address_space_mb = 0;
};

// $SCHEMAD_STATE_DIR, else /var/lib/schemad as root, else $XDG_RUNTIME_DIR/schemad, else
// ~/.local/state/schemad.
std::string DefaultStateDir();

// Creates `dir` (0700) if missing, owned by the account the embedded server runs as, and
// checks an existing one: a real directory (not a symlink), that account's, and closed to
// group and others (tightened when it is ours).
absl::Status PrepareStateDir(const std::string& dir);

class EmbeddedPostgres {
 public:
  static absl::StatusOr<std::unique_ptr<EmbeddedPostgres>> Start(const EmbeddedOptions& options);

  EmbeddedPostgres(const EmbeddedPostgres&) = delete;
  EmbeddedPostgres& operator=(const EmbeddedPostgres&) = delete;
  ~EmbeddedPostgres();  // Stop()

  // Immediate shutdown (killed after `timeout`), then the folder is removed. Idempotent.
  // Not a fast shutdown: its checkpoint writes what the removal deletes a moment later, and
  // takes seconds on a busy disk, out of the time schemad has to stop after SIGTERM.
  absl::Status Stop(absl::Duration timeout = absl::Seconds(30));

  // TCP on 127.0.0.1 as the superuser `postgres`, with the password.
  ConnectionSettings Settings(const std::string& dbname) const;
  int port() const { return port_; }
  const std::string& socket_dir() const { return dir_; }
  pid_t pid() const { return pid_; }

  // CREATE DATABASE if it does not exist yet.
  absl::Status EnsureDatabase(const std::string& dbname) const;
  // DROP DATABASE IF EXISTS ... WITH (FORCE), its subscriptions detached first; over `admin`
  // (a connection to another database of this server) when given, else over a new one.
  absl::Status DropDatabase(const std::string& dbname) const;
  absl::Status DropDatabase(pqxx::connection& admin, const std::string& dbname) const;

 private:
  EmbeddedPostgres() = default;

  // The thread that forked the server and stays alive until Stop: PR_SET_PDEATHSIG fires
  // when the forking *thread* exits, and callers (gRPC workers) may be short-lived threads.
  struct Keeper;
  absl::StatusOr<pid_t> SpawnKept(const std::vector<std::string>& argv, const std::string& log,
                                  int address_space_mb);
  void ReleaseKeeper();

  std::unique_ptr<Keeper> keeper_;
  std::string dir_;        // the temporary folder: data/, the socket, the log
  std::string password_;
  int port_ = 0;
  pid_t pid_ = -1;
};

// Removes folders of earlier runs in `state_dir` whose owning process is gone, stopping a
// postmaster left behind in one only when /proc shows it is `bin_dir`/postgres running in
// that folder. Skips anything not owned by the server account. Called by Start.
void RemoveStaleEmbeddedFolders(const std::string& state_dir, const std::string& bin_dir);

}  // namespace schemaservice::pg
