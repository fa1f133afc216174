// service/config/config.h
//
// schemad's one YAML file: listen addresses, projects, their environments and policies.
// Validated whole at start-up: an unknown key, a missing required key, a wrong type or a
// secret variable that is not set is one error line naming the file, line and key path, and
// what to do. Secrets (passwords) come only from environment variables or files the YAML
// names, never from the YAML itself. Relative paths are relative to the config file.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/statusor.h"
#include "service/pg/connection_settings.h"

namespace schemaservice::config {

// TLS for gRPC. The files are re-read every `reload_seconds` (cert-manager rotates them).
struct TlsConfig {
  std::filesystem::path cert_file;       // PEM certificate chain
  std::filesystem::path key_file;        // PEM private key
  std::filesystem::path client_ca_file;  // set: mutual TLS, clients must present a cert it signed
  int reload_seconds = 60;
};

// Limits of every session that loads caller- or folder-supplied SQL into a shadow database.
struct SandboxConfig {
  int load_timeout_seconds = 300;        // a whole source's load; enforced by schemad itself
  int address_space_mb = 2048;           // per shadow-server process, shared memory included
  int statement_timeout_seconds = 60;
  int lock_timeout_seconds = 10;
  int idle_in_transaction_timeout_seconds = 30;
  int temp_file_limit_mb = 1024;
};

// How Apply and Rollback bound their DDL, and how often the migration gauges are refreshed.
struct MigrationConfig {
  int lock_timeout_ms = 5000;         // per lock a statement waits for; a file may set its own
  int lock_retries = 3;               // further attempts of a migration after a lock timeout
  int retry_backoff_ms = 1000;        // before the first retry; doubled after each
  int metrics_refresh_seconds = 60;   // pending / failed gauges; 0: only after calls
};

// Which PostgreSQL programs schemad runs (pg/binaries.h), per major version.
struct PostgresConfig {
  // Folders with each major's programs (initdb and postgres for embedded and shadow servers,
  // pg_dump for backups); majors not listed are looked for in Debian's layout and the
  // scripts/install-pg-majors.sh cache.
  std::map<int, std::filesystem::path> bin_dirs;
  // The major of `database: embedded` environments, and of shadows when no environment's
  // server says which ($SCHEMAD_PG_BINDIR's major overrides it).
  int default_major = 15;
};

struct ServerConfig {
  std::string listen = "127.0.0.1:50051";          // gRPC
  std::string metrics_listen = "127.0.0.1:9464";   // Prometheus /metrics; "" disables
  // Plaintext grpc.health.v1 alone, for probes that cannot speak TLS (the kubelet's native
  // gRPC probe); "" disables. It answers nothing but serving status, so it may listen beyond
  // loopback without TLS.
  std::string health_listen;
  bool reflection = true;                          // gRPC server reflection
  int shutdown_grace_seconds = 25;                 // k8s default grace is 30 s
  int max_message_bytes = 16 * 1024 * 1024;        // gRPC receive limit
  std::optional<TlsConfig> tls;
  bool allow_insecure = false;      // listen beyond loopback without TLS anyway
  int max_call_seconds = 900;       // server-side ceiling of every call
  int max_concurrent_calls = 16;    // per RPC method; beyond: RESOURCE_EXHAUSTED at once
  std::string state_dir;            // private folder of the embedded servers; "" = default
  SandboxConfig sandbox;
  MigrationConfig migrations;
};

// Roles, each including the ones before it.
enum class Role { kViewer = 0, kDeveloper = 1, kDeployer = 2, kAdmin = 3 };
const char* RoleName(Role role);

struct RoleGrant {
  Role role = Role::kViewer;
  std::string project;                    // empty: every project
  std::vector<std::string> environments;  // empty: every environment of that project
};

struct TokenConfig {
  std::string subject;        // who the caller is in logs, History and the event log
  std::string sha256;         // lower-case hex of SHA-256(token); the token is never in config
  std::vector<RoleGrant> roles;
};

// Set (even empty) when the YAML has `auth:`: every SchemaService call needs a valid token.
struct AuthConfig {
  std::vector<TokenConfig> tokens;
};

struct DatabaseConfig {
  bool embedded = false;              // `database: embedded`: the private PostgreSQL
  pg::ConnectionSettings settings;    // for a real server; password resolved at load
  // Connections schemad keeps to it at most (calls beyond wait for one); embedded: default.
  int pool_size = 8;
  std::string key;                    // "projects.app.environments.prod.database"
  int line = 0;                       // of that key in the YAML, 1-based
};

struct EnvironmentConfig {
  std::string name;
  DatabaseConfig database;
  bool allow_sync = false;            // may Sync write to it directly (dev only)
  bool backup_before_apply = false;   // Apply takes (and verifies) a backup first
  bool backup_before_sync = true;     // Sync takes one first; only where allow_sync
  int backup_keep = 10;               // backups kept; older ones go once a newer one verified
  std::string require_tested_in;      // Apply only versions already applied there
};

struct ProjectConfig {
  std::string name;
  std::filesystem::path models_dir;
  std::filesystem::path migrations_dir;
  // The backup store: BACKUP_DIR/PROJECT/ENVIRONMENT/. Unset: `backups` under the state
  // folder (server.state_dir, else the embedded default's).
  std::filesystem::path backup_dir;
  std::vector<EnvironmentConfig> environments;  // sorted by name
  // Where models and migrations are loaded for comparison; unset or `embedded`: a private
  // server schemad starts for shadows alone.
  std::optional<DatabaseConfig> shadow_database;
  // The project's own folders may hold objects only a superuser can create (event triggers,
  // untrusted extensions, C functions): load them as the superuser of the private shadow
  // server. Never applies to inline sources.
  bool load_folders_as_superuser = false;
  int models_dir_line = 0;

  const EnvironmentConfig* FindEnvironment(absl::string_view name) const;
};

struct Config {
  std::string source;                 // the file it was read from, for messages
  ServerConfig server;
  PostgresConfig postgres;
  std::optional<AuthConfig> auth;       // unset: no authentication, every caller is "local"
  std::vector<ProjectConfig> projects;  // sorted by name

  const ProjectConfig* FindProject(absl::string_view name) const;
};

// Returns the value of an environment variable, or nullopt when it is not set. Injected so
// tests need not touch the process environment.
using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;
EnvLookup ProcessEnv();

// Parses YAML text. `source` names it in messages; `base_dir` anchors relative paths.
absl::StatusOr<Config> ParseConfig(absl::string_view yaml, absl::string_view source,
                                   const std::filesystem::path& base_dir, const EnvLookup& env);

// Reads and parses a file, and checks what ParseConfig cannot: that the folders exist.
absl::StatusOr<Config> LoadConfig(const std::filesystem::path& path, const EnvLookup& env);

// Checks PEM texts the way a TLS handshake would use them: the certificate and the key
// parse and belong together; the CA bundle (if any) holds a certificate. The message says
// which part is wrong, never the key.
absl::Status CheckTlsPem(const std::string& cert_pem, const std::string& key_pem,
                         const std::string& ca_pem);

// Refuses a gRPC address beyond loopback without TLS, unless server.allow_insecure says so.
// Separate from parsing because --listen may override the address.
absl::Status CheckExposure(const Config& config);
bool IsLoopback(const std::string& listen);

// The database name of an embedded environment: unique per (project, environment), at most
// 63 bytes, so two pairs never share or truncate into one database.
std::string EmbeddedDatabaseName(const std::string& project, const std::string& environment);

}  // namespace schemaservice::config
