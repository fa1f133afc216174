// service/executor/shadow.h
//
// Schema sources and the throw-away shadow databases they are loaded into. Every source
// becomes a live database first (models and migrations are loaded into a shadow database),
// so PostgreSQL itself parses the DDL; then the catalog is read. A shadow database has a
// unique name, is dropped when its handle goes away (also on error), and is protected by a
// session advisory lock while in use: a shadow left by a crashed run has no lock holder and
// is dropped the next time a shadow server is used.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "service/catalog/catalog.h"
#include "service/catalog/reader.h"
#include "service/pg/connection_settings.h"
#include "service/pg/embedded.h"

namespace schemaservice::executor {

struct SqlFile {
  std::string name;  // shown in load errors
  std::string sql;
};

struct Source {
  enum class Kind { kLive, kModels, kMigrations, kFiles };
  Kind kind = Kind::kLive;
  pg::ConnectionSettings live;   // kLive
  std::filesystem::path dir;     // kModels: *.sql in name order; kMigrations: *.up.sql in name order
  std::vector<SqlFile> files;    // kFiles, in order
  std::string label;             // for messages: "models:examples/app/models"

  // "postgres://...", "models:DIR", "migrations:DIR".
  static absl::StatusOr<Source> Parse(const std::string& text);
};

// The files a models or migrations directory holds, in load order.
absl::StatusOr<std::vector<SqlFile>> ReadSourceFiles(const Source& source);

// Where shadow databases are created: a configured server, or the embedded PostgreSQL
// started on first use (and stopped with this object).
class ShadowServer {
 public:
  ShadowServer();                                          // embedded, on demand
  // A running server; admin.dbname is where CREATE DATABASE runs. `private_server`: ours
  // alone (schemad's embedded one), so creating missing roles on it is harmless.
  explicit ShadowServer(pg::ConnectionSettings admin, bool private_server = false);
  ~ShadowServer();

  // A fresh empty database; dropped when the returned handle is destroyed.
  class Database;
  absl::StatusOr<std::unique_ptr<Database>> Create();

  // Drops shadows whose creator is gone. Run by the first Create.
  absl::Status DropStale();

  // The private embedded server creates roles the models grant to; a configured one does not.
  bool is_embedded() const { return private_ || admin_ == std::nullopt || embedded_ != nullptr; }
  absl::Status CreateRole(const std::string& name);

 private:
  absl::Status EnsureStarted();

  std::mutex mu_;
  std::optional<pg::ConnectionSettings> admin_;
  std::unique_ptr<pg::EmbeddedPostgres> embedded_;
  bool stale_checked_ = false;
  bool private_ = false;
};

class ShadowServer::Database {
 public:
  ~Database();  // DROP DATABASE ... WITH (FORCE)
  const pg::ConnectionSettings& settings() const { return settings_; }

 private:
  friend class ShadowServer;
  pg::ConnectionSettings settings_;
  std::unique_ptr<pqxx::connection> lock_holder_;  // holds the advisory lock on admin db
};

// Reads the catalog of a source: a live database directly; files through a shadow
// database of `shadow`. Load errors name the file and line and the server's message.
absl::StatusOr<catalog::Catalog> ReadSource(const Source& source, ShadowServer& shadow,
                                            const catalog::ReadOptions& options);

}  // namespace schemaservice::executor
