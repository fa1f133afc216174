#include "service/executor/shadow.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "service/executor/script.h"
#include "service/pg/connection.h"
#include "service/pg/errors.h"
#include "service/pg/quote.h"
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
  return absl::StrCat(kShadowPrefix, h.substr(0, 12), "_", getpid(), "_",
                      absl::ToUnixMillis(absl::Now()) % 100000000, "_", ++counter);
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

absl::StatusOr<std::vector<SqlFile>> ReadSourceFiles(const Source& source) {
  if (source.kind == Source::Kind::kFiles) return source.files;
  fs::path dir = source.dir;
  const bool migrations = source.kind == Source::Kind::kMigrations;
  if (migrations && fs::is_directory(dir / "versions")) dir /= "versions";
  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    const bool wanted = migrations ? absl::EndsWith(name, ".up.sql") : absl::EndsWith(name, ".sql");
    if (wanted && entry.is_regular_file()) paths.push_back(entry.path());
  }
  if (ec) return absl::InvalidArgumentError(absl::StrCat("cannot read ", dir.string(), ": ", ec.message()));
  std::sort(paths.begin(), paths.end());
  std::vector<SqlFile> files;
  for (const fs::path& p : paths) {
    std::ifstream in(p);
    if (!in) return absl::InvalidArgumentError(absl::StrCat("cannot read ", p.string()));
    std::stringstream buf;
    buf << in.rdbuf();
    files.push_back(SqlFile{p.string(), buf.str()});
  }
  return files;
}

ShadowServer::ShadowServer() = default;
ShadowServer::ShadowServer(pg::ConnectionSettings admin, bool private_server)
    : admin_(std::move(admin)), private_(private_server) {}
ShadowServer::~ShadowServer() = default;

absl::Status ShadowServer::EnsureStarted() {
  if (admin_) return absl::OkStatus();
  pg::EmbeddedOptions options;
  options.unsafe_fast = true;  // shadows are thrown away: durability buys nothing
  ASSIGN_OR_RETURN(embedded_, pg::EmbeddedPostgres::Start(options));
  admin_ = embedded_->Settings("postgres");
  return absl::OkStatus();
}

absl::Status ShadowServer::DropStale() {
  ASSIGN_OR_RETURN(auto conn, pg::Connect(*admin_, "schemad-shadow"));
  try {
    pqxx::nontransaction tx(*conn);
    const pqxx::result rows = tx.exec(absl::StrCat(
        "SELECT datname FROM pg_database WHERE datname LIKE ", pg::QuoteLiteral(absl::StrCat(kShadowPrefix, "%")),
        " ORDER BY 1"));
    for (const pqxx::row& row : rows) {
      const std::string name = row[0].as<std::string>();
      // Its creator holds this lock for as long as it uses the shadow.
      if (!tx.exec1(LockSql("pg_try_advisory_lock", name))[0].as<bool>()) continue;
      tx.exec0(absl::StrCat("DROP DATABASE IF EXISTS ", pg::QuoteIdent(name), " WITH (FORCE)"));
      tx.exec1(LockSql("pg_advisory_unlock", name));
    }
    return absl::OkStatus();
  } catch (const std::exception& e) {
    return pg::FromException(e, "dropping stale shadow databases");
  }
}

absl::Status ShadowServer::CreateRole(const std::string& name) {
  ASSIGN_OR_RETURN(auto conn, pg::Connect(*admin_, "schemad-shadow"));
  try {
    pqxx::nontransaction tx(*conn);
    tx.exec(absl::StrCat("DO $$ BEGIN CREATE ROLE ", pg::QuoteIdent(name),
                         " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    return absl::OkStatus();
  } catch (const std::exception& e) {
    return pg::FromException(e, absl::StrCat("creating role ", name, " on the shadow server"));
  }
}

absl::StatusOr<std::unique_ptr<ShadowServer::Database>> ShadowServer::Create() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    RETURN_IF_ERROR(EnsureStarted());
    if (!stale_checked_) {
      stale_checked_ = true;
      RETURN_IF_ERROR(DropStale());
    }
  }
  const std::string name = UniqueName();
  auto db = std::unique_ptr<Database>(new Database());
  ASSIGN_OR_RETURN(db->lock_holder_, pg::Connect(*admin_, "schemad-shadow"));
  try {
    pqxx::nontransaction tx(*db->lock_holder_);
    tx.exec1(LockSql("pg_advisory_lock", name));
    tx.exec0(absl::StrCat("CREATE DATABASE ", pg::QuoteIdent(name), " TEMPLATE template0"));
  } catch (const std::exception& e) {
    return pg::FromException(e, "creating a shadow database");
  }
  db->settings_ = *admin_;
  db->settings_.dbname = name;
  return db;
}

ShadowServer::Database::~Database() {
  if (!lock_holder_) return;
  try {
    pqxx::nontransaction tx(*lock_holder_);
    tx.exec0(absl::StrCat("DROP DATABASE IF EXISTS ", pg::QuoteIdent(settings_.dbname), " WITH (FORCE)"));
  } catch (const std::exception&) {
    // The lock goes with the connection; the next run's DropStale removes the database.
  }
}

absl::StatusOr<catalog::Catalog> ReadSource(const Source& source, ShadowServer& shadow,
                                            const catalog::ReadOptions& options) {
  if (source.kind == Source::Kind::kLive) {
    ASSIGN_OR_RETURN(auto conn, pg::Connect(source.live, "schemad-diff"));
    absl::StatusOr<catalog::Catalog> result = catalog::ReadCatalog(*conn, options);
    if (!result.ok()) return Annotate(result.status(), source.label);
    return result;
  }
  ASSIGN_OR_RETURN(std::vector<SqlFile> files, ReadSourceFiles(source));
  ASSIGN_OR_RETURN(std::unique_ptr<ShadowServer::Database> db, shadow.Create());
  ASSIGN_OR_RETURN(auto conn, pg::Connect(db->settings(), "schemad-shadow"));
  for (const SqlFile& file : files) {
    // Roles are cluster-wide: models GRANT to roles the private shadow server lacks. Each
    // file runs in one implicit transaction, so a retry after creating the role is clean.
    for (int attempt = 0;; ++attempt) {
      absl::Status loaded = RunScript(*conn, file.sql, file.name);
      if (loaded.ok()) break;
      const std::string message(loaded.message());
      const size_t at = message.find("role \"");
      const size_t end = at == std::string::npos ? at : message.find("\" does not exist", at + 6);
      if (!shadow.is_embedded() || attempt >= 50 || end == std::string::npos) return loaded;
      RETURN_IF_ERROR(shadow.CreateRole(message.substr(at + 6, end - at - 6)));
    }
  }
  absl::StatusOr<catalog::Catalog> result = catalog::ReadCatalog(*conn, options);
  conn.reset();
  if (!result.ok()) return Annotate(result.status(), source.label);
  return result;
}

}  // namespace schemaservice::executor
