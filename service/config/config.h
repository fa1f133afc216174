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
#include <optional>
#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/statusor.h"
#include "service/pg/connection_settings.h"

namespace schemaservice::config {

struct ServerConfig {
  std::string listen = "127.0.0.1:50051";          // gRPC
  std::string metrics_listen = "127.0.0.1:9464";   // Prometheus /metrics; "" disables
  bool reflection = true;                          // gRPC server reflection
  int shutdown_grace_seconds = 25;                 // k8s default grace is 30 s
  int max_message_bytes = 16 * 1024 * 1024;        // gRPC receive limit
};

struct DatabaseConfig {
  bool embedded = false;              // `database: embedded`: the private PostgreSQL
  pg::ConnectionSettings settings;    // for a real server; password resolved at load
  std::string key;                    // "projects.app.environments.prod.database"
  int line = 0;                       // of that key in the YAML, 1-based
};

struct EnvironmentConfig {
  std::string name;
  DatabaseConfig database;
  bool allow_sync = false;            // may Sync write to it directly (dev only)
  bool backup_before_apply = false;   // Apply takes a backup first
  std::string require_tested_in;      // Apply only versions already applied there
};

struct ProjectConfig {
  std::string name;
  std::filesystem::path models_dir;
  std::filesystem::path migrations_dir;
  std::vector<EnvironmentConfig> environments;  // sorted by name
  // Where models and migrations are loaded for comparison; unset: the embedded server.
  std::optional<DatabaseConfig> shadow_database;

  const EnvironmentConfig* FindEnvironment(absl::string_view name) const;
};

struct Config {
  std::string source;                 // the file it was read from, for messages
  ServerConfig server;
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

// Reads and parses a file.
absl::StatusOr<Config> LoadConfig(const std::filesystem::path& path, const EnvLookup& env);

}  // namespace schemaservice::config
