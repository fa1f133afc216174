#include "service/executor/shadow.h"

#include "service/executor/history.h"

#include <openssl/rand.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "service/catalog/versions.h"
#include "service/executor/script.h"
#include "service/store/store.h"
#include "service/pg/connection.h"
#include "service/pg/errors.h"
#include "service/pg/quote.h"
#include "service/util/files.h"
#include "service/util/status.h"

namespace schemaservice::executor {
namespace {

namespace fs = std::filesystem;

constexpr char kShadowPrefix[] = "schemad_shadow_";

// The advisory lock that marks a shadow database as in use, derived from its name.
std::string LockSql(const char* function, const std::string& name) {
  return absl::StrCat("SELECT ", function, "(hashtextextended(", pg::QuoteLiteral(name), ", 7))");
}

std::string UniqueName() {
  static std::atomic<int> counter{0};
  char host[64] = {0};
  gethostname(host, sizeof host - 1);
  std::string h;
  for (char c : std::string(host)) {
    if (std::isalnum(static_cast<unsigned char>(c))) h.push_back(static_cast<char>(std::tolower(c)));
  }
  // A random tail: a loader must not be able to guess, and pre-create, the role of the
  // next shadow.
  unsigned char random[4];
  RAND_bytes(random, sizeof random);
  return absl::StrCat(kShadowPrefix, h.substr(0, 12), "_", getpid(), "_",
                      absl::ToUnixMillis(absl::Now()) % 100000000, "_", ++counter, "_",
                      absl::BytesToHexString(absl::string_view(reinterpret_cast<const char*>(random), sizeof random)));
}

// Drops a shadow database and its role. Each step on its own: the loaded SQL may have made
// the database a template (DROP refuses those) or left a session behind.
// True when every statement ran (the session is as it was).
bool DropShadow(pqxx::connection& admin, const std::string& name) {
  bool clean = true;
  const std::string quoted = pg::QuoteIdent(name);
  for (const std::string& sql :
       {absl::StrCat("ALTER DATABASE ", quoted, " IS_TEMPLATE false"),
        absl::StrCat("DROP DATABASE IF EXISTS ", quoted, " WITH (FORCE)"),
        absl::StrCat("DROP ROLE IF EXISTS ", quoted)}) {
    try {
      pqxx::nontransaction tx(admin);
      tx.exec0(sql);
    } catch (const pqxx::sql_error&) {
      // Already gone, or not droppable now: the next run's DropStale tries again.
    } catch (const std::exception&) {
      clean = false;  // the connection itself failed
    }
  }
  return clean;
}

}  // namespace

absl::StatusOr<Source> Source::Parse(const std::string& text) {
  Source s;
  s.label = text;
  if (absl::StartsWith(text, "models:") || absl::StartsWith(text, "migrations:")) {
    const bool models = absl::StartsWith(text, "models:");
    s.kind = models ? Kind::kModels : Kind::kMigrations;
    s.dir = text.substr(text.find(':') + 1);
    std::error_code ec;
    if (!fs::is_directory(s.dir, ec)) {
      return absl::InvalidArgumentError(absl::StrCat(text, ": ", s.dir.string(), " is not a directory"));
    }
    return s;
  }
  if (absl::StartsWith(text, "postgres://") || absl::StartsWith(text, "postgresql://") ||
      absl::StrContains(text, "=")) {
    s.kind = Kind::kLive;
    ASSIGN_OR_RETURN(s.live, pg::ParseConnectionString(text));
    s.label = s.live.Describe();
    return s;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown schema source \"", text, "\": use postgres://user@host/db, models:DIR or migrations:DIR"));
}

namespace {

std::string RandomSecret() {
  unsigned char bytes[24];
  RAND_bytes(bytes, sizeof bytes);
  return absl::BytesToHexString(absl::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

}  // namespace

absl::StatusOr<std::vector<SqlFile>> ReadSourceFiles(const Source& source) {
  if (source.kind == Source::Kind::kFiles) return source.files;
  if (source.kind == Source::Kind::kMigrations) {
    // The store, checked against its sum before a line of it runs.
    ASSIGN_OR_RETURN(const store::Store migrations, store::Store::Open(source.dir));
    RETURN_IF_ERROR(migrations.Verify());
    std::vector<SqlFile> files;
    bool reached = source.up_to_version.empty();
    for (const store::Migration& m : migrations.migrations()) {
      files.push_back(SqlFile{(migrations.versions_dir() / m.up_file()).string(), m.up_sql});
      if (m.version == source.up_to_version) {
        reached = true;
        break;
      }
    }
    if (!reached) {
      return absl::NotFoundError(absl::StrCat(
          "no migration with version ", source.up_to_version, " in ",
          migrations.versions_dir().string(),
          migrations.migrations().empty()
              ? " (it holds none)"
              : absl::StrCat("; the latest is ", migrations.migrations().back().version)));
    }
    return files;
  }
  fs::path dir = source.dir;
  std::error_code ec;
  const fs::path root = fs::canonical(dir, ec);
  if (ec) return absl::InvalidArgumentError(absl::StrCat("cannot read ", dir.string(), ": ", ec.message()));
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!absl::EndsWith(name, ".sql")) continue;
    if (entry.is_symlink()) {
      // A link may point inside the folder (a shared file); never out of it (/etc/shadow).
      std::error_code link_ec;
      const fs::path target = fs::canonical(entry.path(), link_ec);
      const auto rel = target.lexically_relative(root);
      if (link_ec || rel.empty() || *rel.begin() == "..") {
        return absl::InvalidArgumentError(absl::StrCat(
            entry.path().string(), " is a symlink that leaves ", dir.string(),
            ": refused; copy the file into the folder instead"));
      }
    }
    if (entry.is_regular_file()) paths.push_back(entry.path());
  }
  if (ec) return absl::InvalidArgumentError(absl::StrCat("cannot read ", dir.string(), ": ", ec.message()));
  std::sort(paths.begin(), paths.end());
  std::vector<SqlFile> files;
  for (const fs::path& p : paths) {
    ASSIGN_OR_RETURN(std::string sql, ReadFileToString(p));
    files.push_back(SqlFile{p.string(), std::move(sql)});
  }
  return files;
}

absl::StatusOr<int> ServerMajor(const pg::ConnectionSettings& settings) {
  ASSIGN_OR_RETURN(auto conn, pg::Connect(settings, "schemad-version"));
  int version_num = 0;
  try {
    pqxx::nontransaction tx(*conn);
    version_num = tx.exec1("SHOW server_version_num")[0].as<int>();
  } catch (const std::exception& e) {
    return pg::FromException(e, absl::StrCat("asking ", settings.Describe(), " its version"));
  }
  ASSIGN_OR_RETURN(const catalog::CatalogDialect dialect, catalog::DialectFor(version_num));
  return dialect.major;
}

ShadowServer::ShadowServer(Options options) : options_(std::move(options)), private_(true) {}
ShadowServer::ShadowServer() : ShadowServer(Options{}) {}
namespace {

std::shared_ptr<pg::Pool> AdminPool(const pg::ConnectionSettings& admin, int size) {
  pg::PoolOptions options;
  options.size = size;
  options.application_name = "schemad-shadow";
  return pg::Pool::Create(absl::StrCat("shadow server ", admin.Describe()), admin, options);
}

}  // namespace

ShadowServer::ShadowServer(pg::ConnectionSettings admin, bool private_server, Options options)
    : options_(std::move(options)), admin_(std::move(admin)), private_(private_server) {
  admin_pool_ = AdminPool(*admin_, options_.admin_pool_size);
}
ShadowServer::~ShadowServer() {
  siblings_.clear();
  keeper_.reset();
  // Bounded: a hung session must not hold up schemad's shutdown.
  if (embedded_) embedded_->Stop(absl::Seconds(3)).IgnoreError();
}

const pg::Binaries& ShadowServer::Binaries() {
  if (!options_.binaries) options_.binaries = pg::Binaries::Find();
  return *options_.binaries;
}

absl::StatusOr<int> ShadowServer::Major() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (major_ != 0) return major_;
    if (!admin_) {  // the private server, started or not: the major it was made for
      major_ = options_.major != 0 ? options_.major : Binaries().DefaultMajor(15);
      return major_;
    }
  }
  // A configured server, whose pool is set at construction. Asked without mu_: CreateRole
  // takes mu_ while it holds an admin connection.
  ASSIGN_OR_RETURN(pg::Pool::Lease conn, admin_pool_->Acquire());
  int major = 0;
  try {
    pqxx::nontransaction tx(conn.conn());
    major = tx.exec1("SHOW server_version_num")[0].as<int>() / 10000;
  } catch (const std::exception& e) {
    return pg::FromException(e, "asking the shadow server its version");
  }
  conn.MarkReusable();
  std::lock_guard<std::mutex> lock(mu_);
  major_ = major;
  return major_;
}

absl::StatusOr<ShadowServer*> ShadowServer::ForMajor(int major) {
  ASSIGN_OR_RETURN(const int own, Major());
  if (major == own) return this;
  std::lock_guard<std::mutex> lock(mu_);
  if (embedded_ == nullptr && admin_) {
    return absl::FailedPreconditionError(absl::StrCat(
        "the shadow server ", admin_->Describe(), " runs PostgreSQL ", own,
        ", but the database compared runs PostgreSQL ", major,
        ": SQL must load on the same major to compare like with like; point the project's "
        "shadow_database at a PostgreSQL ", major, " server, or remove it so schemad starts "
        "private shadow servers of each major"));
  }
  std::unique_ptr<ShadowServer>& sibling = siblings_[major];
  if (!sibling) {
    RETURN_IF_ERROR(Binaries().ServerDir(major).status());
    Options options = options_;
    options.major = major;
    sibling.reset(new ShadowServer(std::move(options)));
  }
  return sibling.get();
}

absl::Status ShadowServer::EnsureStarted() {
  if (!admin_) {
    pg::EmbeddedOptions options;
    RETURN_IF_ERROR(Binaries().Check());
    if (major_ == 0) major_ = options_.major != 0 ? options_.major : Binaries().DefaultMajor(15);
    ASSIGN_OR_RETURN(options.bin_dir, Binaries().ServerDir(major_));
    options.unsafe_fast = true;  // shadows are thrown away: durability buys nothing
    options.state_dir = options_.state_dir;
    options.max_connections = options_.max_connections;
    // A superuser-only setting: the unprivileged loaders cannot raise it.
    options.settings.push_back(absl::StrCat("temp_file_limit=", options_.limits.temp_file_limit_mb, "MB"));
    // Loads share one lock table; a larger one takes more than one load to exhaust.
    options.settings.push_back("max_locks_per_transaction=1024");
    // work_mem is the loader's to set; the address space is not.
    options.address_space_mb = options_.limits.address_space_mb;
    ASSIGN_OR_RETURN(embedded_, pg::EmbeddedPostgres::Start(options));
    admin_ = embedded_->Settings("postgres");
    admin_pool_ = AdminPool(*admin_, options_.admin_pool_size);
  }
  return CheckAccount();
}

absl::Status ShadowServer::CheckAccount() {
  if (!admin_) return absl::OkStatus();  // the private server, not started yet: ours
  // Once per server, at start-up: a connection of its own, whose failure says plainly which
  // server could not be reached (the pool's message is about fast retries).
  ASSIGN_OR_RETURN(auto conn, pg::Connect(*admin_, "schemad-shadow"));
  try {
    pqxx::nontransaction tx(*conn);
    const pqxx::row role = tx.exec1(
        "SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user");
    admin_is_superuser_ = role[0].as<bool>();
    if (!admin_is_superuser_ && !(role[1].as<bool>() && role[2].as<bool>())) {
      return absl::FailedPreconditionError(absl::StrCat(
          "shadow server ", admin_->Describe(), ": the account needs CREATEDB and CREATEROLE "
          "(it creates a throw-away database and an unprivileged role to load SQL as); "
          "ALTER ROLE ", admin_->user, " CREATEDB CREATEROLE"));
    }
  } catch (const std::exception& e) {
    return pg::FromException(e, "checking the shadow server's account");
  }
  return absl::OkStatus();
}

absl::Status ShadowServer::DropStale() {
  // Not the keeper: advisory locks are re-entrant within a session, so the keeper would
  // take its own shadows for stale.
  ASSIGN_OR_RETURN(pg::Pool::Lease lease, admin_pool_->Acquire());
  pqxx::connection* conn = &lease.conn();
  std::vector<std::string> names;
  try {
    pqxx::nontransaction tx(*conn);
    const std::string like = pg::QuoteLiteral(absl::StrCat(kShadowPrefix, "%"));
    for (const pqxx::row& row : tx.exec(absl::StrCat(
             "SELECT datname FROM pg_database WHERE datname LIKE ", like,
             " UNION SELECT rolname FROM pg_roles WHERE rolname LIKE ", like, " ORDER BY 1"))) {
      names.push_back(row[0].as<std::string>());
    }
  } catch (const std::exception& e) {
    return pg::FromException(e, "listing stale shadow databases");
  }
  for (const std::string& name : names) {
    try {
      // Its creator holds this lock for as long as it uses the shadow.
      {
        pqxx::nontransaction tx(*conn);
        if (!tx.exec1(LockSql("pg_try_advisory_lock", name))[0].as<bool>()) continue;
      }
      DropShadow(*conn, name);
      pqxx::nontransaction tx(*conn);
      tx.exec1(LockSql("pg_advisory_unlock", name));
    } catch (const std::exception& e) {
      return pg::FromException(e, "dropping stale shadow databases");
    }
  }
  lease.MarkNeedsReset();  // it took advisory locks
  return absl::OkStatus();
}

absl::Status ShadowServer::CreateRole(const std::string& name, const std::string& member) {
  ASSIGN_OR_RETURN(pg::Pool::Lease conn, admin_pool_->Acquire());
  try {
    pqxx::nontransaction tx(conn.conn());
    std::lock_guard<std::mutex> lock(mu_);
    const bool exists =
        !tx.exec_params("SELECT 1 FROM pg_roles WHERE rolname = $1", name).empty();
    if (!exists) {
      tx.exec0(absl::StrCat("CREATE ROLE ", pg::QuoteIdent(name), " NOLOGIN"));
      created_roles_.insert(name);
    }
    // Only a role made here, never one that existed (postgres, pg_*), may be joined: then
    // `ALTER ... OWNER TO r` in the models works without giving the loader any power.
    if (created_roles_.count(name) == 0) {
      return absl::PermissionDeniedError(absl::StrCat(
          "the models need membership in role ", name,
          ", which exists on the shadow server with its own privileges; it cannot be granted"));
    }
    tx.exec0(absl::StrCat("GRANT ", pg::QuoteIdent(name), " TO ", pg::QuoteIdent(member)));
    conn.MarkReusable();
    return absl::OkStatus();
  } catch (const std::exception& e) {
    return pg::FromException(e, absl::StrCat("creating role ", name, " on the shadow server"));
  }
}

void ShadowServer::ReleaseRoles(const std::set<std::string>& names) {
  if (names.empty()) return;
  absl::StatusOr<pg::Pool::Lease> conn = admin_pool_->Acquire();
  if (!conn.ok()) return;
  std::lock_guard<std::mutex> lock(mu_);
  bool clean = true;
  for (const std::string& name : names) {
    if (created_roles_.count(name) == 0) continue;
    try {
      pqxx::nontransaction tx(conn->conn());
      tx.exec0(absl::StrCat("DROP ROLE IF EXISTS ", pg::QuoteIdent(name)));
      created_roles_.erase(name);
    } catch (const std::exception&) {
      // Another running load still uses it; that load releases it in turn.
      clean = false;
    }
  }
  if (clean) conn->MarkReusable();
}

absl::StatusOr<std::unique_ptr<ShadowServer::Database>> ShadowServer::Create(pg::Canceller* canceller) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!stale_checked_) {
      RETURN_IF_ERROR(EnsureStarted());
      stale_checked_ = true;
      RETURN_IF_ERROR(DropStale());
    }
  }
  const std::string name = UniqueName();
  const std::string password = RandomSecret();
  auto db = std::unique_ptr<Database>(new Database());
  ASSIGN_OR_RETURN(pg::Pool::Lease conn, admin_pool_->Acquire(canceller));
  RETURN_IF_ERROR(Hold(name));
  // From here on the handle drops what was made, on any outcome.
  db->server_ = this;
  db->name_ = name;
  pg::Canceller::Watch watch = pg::WatchQueries(canceller, conn.conn());
  const SandboxLimits& l = options_.limits;
  const std::string role = pg::QuoteIdent(name);
  try {
    pqxx::nontransaction tx(conn.conn());
    // No attribute, no membership: the role can do what PUBLIC can, plus own its database.
    tx.exec0(absl::StrCat("CREATE ROLE ", role, " LOGIN PASSWORD ", pg::QuoteLiteral(password),
                          " NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                          " CONNECTION LIMIT 8"));
    db->settings_ = *admin_;
    db->settings_.dbname = name;
    db->admin_settings_ = db->settings_;
    db->settings_.user = name;
    db->settings_.password = password;
    // A non-superuser admin may drop the database of a role only as a member of it.
    if (!admin_is_superuser_) tx.exec0(absl::StrCat("GRANT ", role, " TO CURRENT_USER"));
    for (const auto& [setting, value] :
         {std::pair<const char*, std::string>{"statement_timeout", absl::StrCat(l.statement_timeout_seconds, "s")},
          {"lock_timeout", absl::StrCat(l.lock_timeout_seconds, "s")},
          {"idle_in_transaction_session_timeout", absl::StrCat(l.idle_in_transaction_timeout_seconds, "s")}}) {
      tx.exec0(absl::StrCat("ALTER ROLE ", role, " SET ", setting, " = ", pg::QuoteLiteral(value)));
    }
    if (admin_is_superuser_) {
      tx.exec0(absl::StrCat("ALTER ROLE ", role, " SET temp_file_limit = ",
                            pg::QuoteLiteral(absl::StrCat(l.temp_file_limit_mb, "MB"))));
    }
    tx.exec0(absl::StrCat("CREATE DATABASE ", role, " OWNER ", role, " TEMPLATE template0"));
    tx.exec0(absl::StrCat("REVOKE ALL ON DATABASE ", role, " FROM PUBLIC"));
  } catch (const std::exception& e) {
    return pg::FromException(e, "creating a shadow database");
  }
  watch = pg::Canceller::Watch();
  conn.MarkReusable();
  return db;
}

absl::Status ShadowServer::Hold(const std::string& name) {
  std::lock_guard<std::mutex> lock(keeper_mu_);
  // Once more after a lost keeper: a server that restarted since the last shadow.
  for (int attempt = 0;; ++attempt) {
    if (!keeper_ || !keeper_->is_open()) {
      keeper_.reset();
      ASSIGN_OR_RETURN(keeper_, pg::Connect(*admin_, "schemad-shadow"));
    }
    try {
      pqxx::nontransaction tx(*keeper_);
      // The name is new and random: only a DropStale looking at it right now holds it.
      if (!tx.exec1(LockSql("pg_try_advisory_lock", name))[0].as<bool>()) {
        return absl::AbortedError(absl::StrCat("shadow database ", name, " is locked by another session"));
      }
      return absl::OkStatus();
    } catch (const pqxx::broken_connection& e) {
      keeper_.reset();
      if (attempt > 0) return pg::FromException(e, "locking a shadow database");
    } catch (const std::exception& e) {
      // The session itself is fine (autocommit), and holds the other shadows' locks.
      return pg::FromException(e, "locking a shadow database");
    }
  }
}

void ShadowServer::Unhold(const std::string& name) {
  std::lock_guard<std::mutex> lock(keeper_mu_);
  if (!keeper_) return;  // lost, and its locks with it
  try {
    pqxx::nontransaction tx(*keeper_);
    tx.exec1(LockSql("pg_advisory_unlock", name));
  } catch (const pqxx::broken_connection&) {
    keeper_.reset();  // its locks went with it
  } catch (const std::exception&) {
    // Not held (a keeper re-opened since): nothing to release.
  }
}

void ShadowServer::Drop(const std::string& name) {
  // Dropped before the lock goes, so no one sees it unlocked and half-dropped. A drop that
  // cannot run now (no admin connection) is left to the next DropStale, once unlocked.
  if (absl::StatusOr<pg::Pool::Lease> conn = admin_pool_->Acquire(); conn.ok()) {
    if (DropShadow(conn->conn(), name)) conn->MarkReusable();
  }
  Unhold(name);
}

ShadowServer::Database::~Database() {
  if (server_ != nullptr) server_->Drop(name_);
}

namespace {

// `role "x" does not exist` / `must be member of role "x"`: the role's name, or "".
std::string RoleIn(const std::string& message, const std::string& before, const std::string& after) {
  const size_t at = message.find(before);
  if (at == std::string::npos) return "";
  const size_t start = at + before.size();
  const size_t end = message.find(after, start);
  return end == std::string::npos ? "" : message.substr(start, end - start);
}

}  // namespace

LoadedShadow::~LoadedShadow() {
  // Roles made for this load go once its database is gone, whatever the outcome.
  db_.reset();
  if (shadow_ != nullptr) shadow_->ReleaseRoles(roles_);
}

absl::StatusOr<catalog::Catalog> LoadedShadow::Read(const catalog::ReadOptions& options) {
  // A fresh session as the same role: nothing the loaded SQL SET or created temporarily
  // (search_path, temp tables) reaches the catalog read.
  ASSIGN_OR_RETURN(auto conn, pg::Connect(login_, "schemad-shadow"));
  pg::Canceller::Watch watch = pg::WatchQueries(canceller_, *conn);
  absl::StatusOr<catalog::Catalog> result = catalog::ReadCatalog(*conn, options);
  if (!result.ok()) return Annotate(result.status(), label_);
  return result;
}

absl::Status LoadedShadow::Apply(const std::vector<plan::Statement>& statements) {
  ASSIGN_OR_RETURN(auto conn, pg::Connect(login_, "schemad-shadow"));
  pg::Canceller::Watch watch = pg::WatchQueries(canceller_, *conn);
  pg::QueryDeadline deadline(*conn, absl::Seconds(shadow_->limits().load_timeout_seconds));
  // Plans grant to roles the models named; on a private server they are made as for a load.
  // Callers pass statements that run all-or-nothing (one transaction, or one statement), so a
  // retry starts clean.
  for (int attempt = 0;; ++attempt) {
    absl::Status applied = ApplyStatements(*conn, statements);
    if (applied.ok() || deadline.expired()) return applied;
    const std::string message(applied.message());
    std::string role = RoleIn(message, "role \"", "\" does not exist");
    if (role.empty()) role = RoleIn(message, "must be member of role \"", "\"");
    if (!shadow_->is_private() || attempt >= 50 || role.empty()) return applied;
    RETURN_IF_ERROR(shadow_->CreateRole(role, login_.user));
    roles_.insert(role);
  }
}

absl::StatusOr<std::unique_ptr<LoadedShadow>> LoadShadow(const Source& source, ShadowServer& shadow,
                                                        const LoadOptions& load) {
  ASSIGN_OR_RETURN(std::vector<SqlFile> files, ReadSourceFiles(source));
  std::unique_ptr<LoadedShadow> loaded_shadow(new LoadedShadow());
  LoadedShadow& out = *loaded_shadow;
  out.shadow_ = &shadow;
  out.canceller_ = load.canceller;
  out.label_ = source.label;
  ASSIGN_OR_RETURN(out.db_, shadow.Create(load.canceller));
  const bool as_superuser = load.folder_superuser && source.is_folder() && shadow.is_private();
  out.login_ = as_superuser ? out.db_->admin_settings() : out.db_->settings();
  const pg::ConnectionSettings& login = out.login_;
  {
    ASSIGN_OR_RETURN(auto conn, pg::Connect(login, "schemad-shadow"));
    pg::Canceller::Watch watch = pg::WatchQueries(load.canceller, *conn);
    const SandboxLimits& limits = shadow.limits();
    pg::QueryDeadline load_deadline(*conn, absl::Seconds(limits.load_timeout_seconds));
    auto past_deadline = [&](const absl::Status& status) {
      if (!load_deadline.expired()) return status;
      return absl::DeadlineExceededError(absl::StrCat(
          "loading ", source.label, " took longer than server.sandbox.load_timeout_seconds (",
          limits.load_timeout_seconds, " s) and was cancelled: ", status.message()));
    };
    if (as_superuser) {
      const SandboxLimits& l = shadow.limits();
      RETURN_IF_ERROR(RunScript(
          *conn,
          absl::StrCat("SET statement_timeout = '", l.statement_timeout_seconds, "s'; SET lock_timeout = '",
                       l.lock_timeout_seconds, "s'; SET idle_in_transaction_session_timeout = '",
                       l.idle_in_transaction_timeout_seconds, "s'"),
          "session limits"));
    }
    for (const SqlFile& file : files) {
      if (load.canceller != nullptr && load.canceller->cancelled()) {
        return absl::CancelledError(absl::StrCat("loading ", source.label, ": the call was cancelled"));
      }
      // Roles are cluster-wide: models GRANT to roles a private shadow server lacks. Each
      // file runs in one implicit transaction, so a retry after creating the role is clean.
      for (int attempt = 0;; ++attempt) {
        absl::Status loaded = past_deadline(RunScript(*conn, file.sql, file.name));
        if (loaded.ok()) break;
        if (load_deadline.expired()) return loaded;
        const std::string message(loaded.message());
        std::string role = RoleIn(message, "role \"", "\" does not exist");
        if (role.empty()) role = RoleIn(message, "must be member of role \"", "\"");
        if (!shadow.is_private() || attempt >= 50 || role.empty()) {
          if (loaded.code() == absl::StatusCode::kPermissionDenied && !as_superuser) {
            return absl::PermissionDeniedError(absl::StrCat(
                message, "; the SQL of ", source.label,
                " runs in a sandbox, as a role that owns only its throw-away database: server "
                "files and programs, roles, settings and other databases are out of its reach",
                source.is_folder()
                    ? "; objects only a superuser can create (event triggers, untrusted "
                      "extensions, C functions) load from the project's folders only with "
                      "projects.NAME.load_folders_as_superuser: true and a private shadow server"
                    : "; SQL sent by a caller can never create objects only a superuser can "
                      "create (event triggers, untrusted extensions, C functions): keep those in "
                      "the project's models folder"));
          }
          return loaded;
        }
        RETURN_IF_ERROR(shadow.CreateRole(role, login.user));
        out.roles_.insert(role);
      }
    }
  }
  return loaded_shadow;
}

absl::StatusOr<catalog::Catalog> ReadSource(const Source& source, ShadowServer& shadow,
                                            const catalog::ReadOptions& options,
                                            const LoadOptions& load) {
  if (source.kind == Source::Kind::kLive) {
    // `check`: a connection no one has checked is this environment's database.
    auto read = [&](pqxx::connection& conn, bool check) -> absl::StatusOr<catalog::Catalog> {
      pg::Canceller::Watch watch = pg::WatchQueries(load.canceller, conn);
      if (check && !source.environment.empty()) {
        RETURN_IF_ERROR(CheckIdentity(conn, Target{source.project, source.environment, source.live},
                                      /*record=*/false));
      }
      absl::StatusOr<catalog::Catalog> result = catalog::ReadCatalog(conn, options);
      if (!result.ok()) return Annotate(result.status(), source.label);
      return result;
    };
    if (source.state != nullptr && source.state->pool != nullptr) {
      // A pooled connection was checked when it was new; the read's SETs are transaction-local.
      ASSIGN_OR_RETURN(pg::Pool::Lease lease, source.state->pool->Acquire(load.canceller));
      absl::StatusOr<catalog::Catalog> result = read(lease.conn(), lease.fresh());
      if (result.ok()) lease.MarkReusable();
      return result;
    }
    ASSIGN_OR_RETURN(auto conn, pg::Connect(source.live, "schemad-diff"));
    return read(*conn, /*check=*/true);
  }
  ASSIGN_OR_RETURN(std::unique_ptr<LoadedShadow> loaded, LoadShadow(source, shadow, load));
  return loaded->Read(options);
}

}  // namespace schemaservice::executor
