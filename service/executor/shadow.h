// service/executor/shadow.h
//
// Schema sources and the throw-away shadow databases they are loaded into. Every source
// becomes a live database first (models and migrations are loaded into a shadow database),
// so PostgreSQL itself parses the DDL; then the catalog is read. A shadow database has a
// unique name, is dropped when its handle goes away (also on error), and is protected by a
// session advisory lock while in use: a shadow left by a crashed run has no lock holder and
// is dropped the next time a shadow server is used.
//
// The sandbox: SQL from a caller or a folder is untrusted code. It runs only on a shadow
// server (never one holding an environment's database), logged in as a role made for that one
// shadow database: it owns that database and nothing else, with no superuser, CREATEDB or
// CREATEROLE and no membership but in privilege-less roles made for the models' grants, under
// a load deadline schemad enforces (the statement, lock and idle timeouts are defaults the SQL
// may change) and, on the private server, memory and temp-file limits it cannot raise. Objects only a superuser can create load only from the project's own
// folders, only on a private server, and only when the caller opts in (LoadOptions).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "service/catalog/catalog.h"
#include "service/catalog/reader.h"
#include "service/config/config.h"
#include "service/pg/binaries.h"
#include "service/pg/cancel.h"
#include "service/pg/connection_settings.h"
#include "service/pg/embedded.h"
#include "service/pg/pool.h"
#include "service/plan/plan.h"

namespace schemaservice::executor {

struct TargetState;  // history.h

struct SqlFile {
  std::string name;  // shown in load errors
  std::string sql;
};

struct Source {
  enum class Kind { kLive, kModels, kMigrations, kFiles };
  Kind kind = Kind::kLive;
  pg::ConnectionSettings live;   // kLive
  // kLive of a configured environment: checked to be that environment's database (history.h
  // CheckIdentity, read-only) before it is read.
  std::string project, environment;
  // Its pool, when read for a call that holds no other connection of that pool (a run that
  // holds one would wait on itself with pool_size 1); null: a connection of its own.
  std::shared_ptr<TargetState> state;
  std::filesystem::path dir;     // kModels: *.sql in name order; kMigrations: the store (store.h), verified
  std::vector<SqlFile> files;    // kFiles, in order
  std::string label;             // for messages: "models:examples/app/models"
  std::string up_to_version;     // kMigrations: replay up to and including it; "" = all

  // A folder of the project (models, migrations), as opposed to SQL sent by a caller.
  bool is_folder() const { return kind == Kind::kModels || kind == Kind::kMigrations; }

  // "postgres://...", "models:DIR", "migrations:DIR".
  static absl::StatusOr<Source> Parse(const std::string& text);
};

// The files a models or migrations directory holds, in load order. A symlink whose target
// lies outside the folder is refused by name; migrations stop at `up_to_version`.
absl::StatusOr<std::vector<SqlFile>> ReadSourceFiles(const Source& source);

// Limits of every session that loads SQL into a shadow database (server.sandbox).
using SandboxLimits = config::SandboxConfig;

struct ShadowOptions {
  SandboxLimits limits;
  // The programs of each major, for private servers (unset: pg::Binaries::Find() on first
  // need, since asking every program its version takes a moment); and the major a private
  // server runs when nothing asks for another (0: the binaries' DefaultMajor(15)).
  std::optional<pg::Binaries> binaries;
  int major = 0;
  std::string state_dir;  // private embedded server only; "" = pg::DefaultStateDir()
  int max_connections = 100;
  // Admin connections kept for creating and dropping shadows (shadow_database.pool_size).
  int admin_pool_size = 8;
};

// Where shadow databases are created: a configured server (its account needs CREATEDB and
// CREATEROLE), or a private embedded PostgreSQL started on first use and stopped with this
// object. SQL compared with a database must load on a server of that database's major (the
// catalogs, defaults and accepted DDL differ): ForMajor gives the private server of any major
// whose programs are installed, and refuses a configured server of another major. Thread-safe.
//
// Admin work (create, drop, roles) runs on a pool of admin connections; the session advisory
// locks that mark this server's shadows as in use are all held by one "keeper" session, so a
// shadow in use costs no admin connection of its own. If the keeper's connection is lost (the
// server restarted), the locks go with it and the next Create opens a new one; shadows still
// in use meanwhile could be taken for stale by another schemad's DropStale.
class ShadowServer {
 public:
  using Options = ShadowOptions;
  explicit ShadowServer(Options options);  // private embedded server, on demand
  ShadowServer();
  // A running server; admin.dbname is where CREATE DATABASE runs. `private_server`: ours
  // alone (tests' throw-away server), so it may create roles and load as superuser.
  ShadowServer(pg::ConnectionSettings admin, bool private_server = false, Options options = {});
  ~ShadowServer();

  // A fresh empty database owned by a fresh unprivileged login role; both dropped when the
  // returned handle is destroyed.
  class Database;
  absl::StatusOr<std::unique_ptr<Database>> Create(pg::Canceller* canceller = nullptr);

  // A configured server answers and its account may create databases and roles (checked at
  // start-up); OK for the private server before it starts.
  absl::Status CheckAccount();

  // The shadow server for SQL compared with a database of PostgreSQL `major`: this one when
  // it runs that major; for a private server, a sibling of that major started on first use
  // (FAILED_PRECONDITION when its programs are not installed); for a configured server of
  // another major, FAILED_PRECONDITION saying what to configure.
  absl::StatusOr<ShadowServer*> ForMajor(int major);
  // The major this server runs (a configured server is asked once).
  absl::StatusOr<int> Major();

  // Drops shadows (and their roles) whose creator is gone. Run by the first Create.
  absl::Status DropStale();

  // Ours alone: missing roles the models grant to are created, and superuser loads allowed.
  bool is_private() const { return private_; }
  absl::Status CreateRole(const std::string& name, const std::string& member);
  // Drops roles CreateRole made once no shadow uses them (a role still granted or owning
  // something in a running load stays), so loads cannot pile roles up on the server.
  void ReleaseRoles(const std::set<std::string>& names);
  const SandboxLimits& limits() const { return options_.limits; }

 private:
  absl::Status EnsureStarted();
  // An admin connection (EnsureStarted first, for the private server).
  absl::StatusOr<pg::Pool::Lease> Admin(pg::Canceller* canceller = nullptr);
  // Takes / releases the shadow's in-use lock on the keeper session.
  absl::Status Hold(const std::string& name);
  void Unhold(const std::string& name);
  // Drops a shadow database and its role, then releases its lock.
  void Drop(const std::string& name);
  // options_.binaries, found on first use; mu_ held.
  const pg::Binaries& Binaries();

  Options options_;
  std::mutex mu_;
  std::optional<pg::ConnectionSettings> admin_;
  std::shared_ptr<pg::Pool> admin_pool_;  // made with admin_
  std::mutex keeper_mu_;
  std::unique_ptr<pqxx::connection> keeper_;  // holds the in-use locks of our shadows
  std::unique_ptr<pg::EmbeddedPostgres> embedded_;
  bool stale_checked_ = false;
  bool admin_is_superuser_ = false;
  bool private_ = false;
  std::set<std::string> created_roles_;  // by CreateRole: safe to grant to a loader
  int major_ = 0;                        // 0: not known yet (configured server)
  std::map<int, std::unique_ptr<ShadowServer>> siblings_;  // private servers of other majors
};

class ShadowServer::Database {
 public:
  ~Database();  // DROP DATABASE ... WITH (FORCE), DROP ROLE, then the lock is released
  // The unprivileged role that owns the database.
  const pg::ConnectionSettings& settings() const { return settings_; }
  // The server's admin account, in this database: only for opted-in folder loads.
  const pg::ConnectionSettings& admin_settings() const { return admin_settings_; }

 private:
  friend class ShadowServer;
  pg::ConnectionSettings settings_, admin_settings_;
  ShadowServer* server_ = nullptr;  // set once the lock is held: the destructor drops
  std::string name_;
};

struct LoadOptions {
  // Load folder sources as the private server's superuser (projects.NAME.
  // load_folders_as_superuser); ignored for inline SQL and for configured servers.
  bool folder_superuser = false;
  pg::Canceller* canceller = nullptr;  // cancels the call's queries; may be null
};

// A shadow database loaded from a source and kept for more work: Generate applies plans to
// it and reads it again. Dropped, with the roles made for it, when destroyed.
class LoadedShadow {
 public:
  ~LoadedShadow();
  absl::StatusOr<catalog::Catalog> Read(const catalog::ReadOptions& options);
  // Applies statements as the role that loaded it (transactional runs in one transaction),
  // within the sandbox's load timeout.
  absl::Status Apply(const std::vector<plan::Statement>& statements);

 private:
  friend absl::StatusOr<std::unique_ptr<LoadedShadow>> LoadShadow(const Source&, ShadowServer&,
                                                                  const LoadOptions&);
  LoadedShadow() = default;
  ShadowServer* shadow_ = nullptr;
  std::unique_ptr<ShadowServer::Database> db_;
  pg::ConnectionSettings login_;
  std::set<std::string> roles_;
  pg::Canceller* canceller_ = nullptr;
  std::string label_;
};

// Loads a file source (models, migrations, inline) into a fresh shadow database. Load
// errors name the file and line and the server's message.
absl::StatusOr<std::unique_ptr<LoadedShadow>> LoadShadow(const Source& source, ShadowServer& shadow,
                                                        const LoadOptions& load = {});

// The major version of a live database's server; FAILED_PRECONDITION naming the supported
// majors when it is outside them.
absl::StatusOr<int> ServerMajor(const pg::ConnectionSettings& settings);

// Reads the catalog of a source: a live database directly (read-only); files through a
// shadow database of `shadow`. Load errors name the file and line and the server's message.
absl::StatusOr<catalog::Catalog> ReadSource(const Source& source, ShadowServer& shadow,
                                            const catalog::ReadOptions& options,
                                            const LoadOptions& load = {});

}  // namespace schemaservice::executor
