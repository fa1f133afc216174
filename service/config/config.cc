#include "service/config/config.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "service/util/status.h"

namespace schemaservice::config {
namespace {

namespace fs = std::filesystem;

// Walks the YAML tree and turns every problem into one line:
// "schemad.yaml:12: projects.app.environments.prod.database.port: expected an integer".
class Reader {
 public:
  Reader(absl::string_view source, fs::path base_dir, const EnvLookup& env)
      : source_(source), base_dir_(std::move(base_dir)), env_(env) {}

  absl::Status Error(const YAML::Node& at, absl::string_view key, absl::string_view what) const {
    const int line = at.Mark().line >= 0 ? at.Mark().line + 1 : 0;
    return absl::InvalidArgumentError(
        absl::StrCat(source_, line > 0 ? absl::StrCat(":", line) : "", ": ", key, ": ", what));
  }

  // Every key of `map` must be in `allowed`; `map` must be a mapping.
  absl::Status CheckMap(const YAML::Node& map, absl::string_view key,
                        const std::vector<std::string>& allowed) const {
    if (!map.IsMap()) return Error(map, key, "expected a mapping of keys to values");
    for (auto it = map.begin(); it != map.end(); ++it) {
      const std::string name = it->first.Scalar();
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        return Error(it->first, Join(key, name),
                     absl::StrCat("unknown key; allowed here: ", absl::StrJoin(allowed, ", "),
                                  " (see README, configuration)"));
      }
    }
    return absl::OkStatus();
  }

  absl::StatusOr<YAML::Node> Required(const YAML::Node& map, absl::string_view key,
                                      const std::string& name, absl::string_view hint) const {
    YAML::Node value = map[name];
    if (!value || value.IsNull()) {
      return Error(map, Join(key, name), absl::StrCat("missing required key; ", hint));
    }
    return value;
  }

  absl::Status String(const YAML::Node& map, absl::string_view key, const std::string& name,
                      std::string* out) const {
    const YAML::Node value = map[name];
    if (!value) return absl::OkStatus();
    if (!value.IsScalar()) return Error(value, Join(key, name), "expected a string");
    *out = value.Scalar();
    return absl::OkStatus();
  }

  absl::Status Bool(const YAML::Node& map, absl::string_view key, const std::string& name,
                    bool* out) const {
    const YAML::Node value = map[name];
    if (!value) return absl::OkStatus();
    try {
      *out = value.as<bool>();
      return absl::OkStatus();
    } catch (const YAML::Exception&) {
      return Error(value, Join(key, name), "expected true or false");
    }
  }

  absl::Status Int(const YAML::Node& map, absl::string_view key, const std::string& name,
                   int min, int max, int* out) const {
    const YAML::Node value = map[name];
    if (!value) return absl::OkStatus();
    int parsed = 0;
    if (!value.IsScalar() || !absl::SimpleAtoi(value.Scalar(), &parsed) || parsed < min ||
        parsed > max) {
      return Error(value, Join(key, name),
                   absl::StrCat("expected an integer from ", min, " to ", max));
    }
    *out = parsed;
    return absl::OkStatus();
  }

  fs::path Path(const std::string& value) const {
    fs::path p(value);
    return p.is_absolute() ? p.lexically_normal() : (base_dir_ / p).lexically_normal();
  }

  // The 1-based line of key `name` in `map` (values that are mappings start a line later).
  int KeyLine(const YAML::Node& map, const std::string& name) const {
    for (auto it = map.begin(); it != map.end(); ++it) {
      if (it->first.Scalar() == name) return it->first.Mark().line + 1;
    }
    return map.Mark().line + 1;
  }

  const EnvLookup& env() const { return env_; }

  static std::string Join(absl::string_view key, absl::string_view name) {
    return key.empty() ? std::string(name) : absl::StrCat(key, ".", name);
  }

 private:
  std::string source_;
  fs::path base_dir_;
  const EnvLookup& env_;
};

// Project and environment names become database names, file names and metric labels.
bool ValidName(const std::string& name) {
  static const std::regex kName("[a-z][a-z0-9_-]{0,62}");
  return std::regex_match(name, kName);
}

bool ValidListen(const std::string& address) {
  if (address.rfind("unix:", 0) == 0) return address.size() > 5;
  const size_t colon = address.rfind(':');
  int port = 0;
  return colon != std::string::npos && colon > 0 &&
         absl::SimpleAtoi(address.substr(colon + 1), &port) && port >= 0 && port <= 65535;
}

absl::Status ReadServer(const Reader& r, const YAML::Node& node, ServerConfig* out) {
  const std::string key = "server";
  RETURN_IF_ERROR(r.CheckMap(node, key,
                             {"listen", "metrics_listen", "reflection", "shutdown_grace_seconds",
                              "max_message_bytes"}));
  RETURN_IF_ERROR(r.String(node, key, "listen", &out->listen));
  if (!ValidListen(out->listen)) {
    return r.Error(node["listen"], "server.listen",
                   "expected host:port (e.g. 127.0.0.1:50051, [::1]:50051) or unix:/path");
  }
  RETURN_IF_ERROR(r.String(node, key, "metrics_listen", &out->metrics_listen));
  if (!out->metrics_listen.empty() && !ValidListen(out->metrics_listen)) {
    return r.Error(node["metrics_listen"], "server.metrics_listen",
                   "expected host:port (e.g. 127.0.0.1:9464), or \"\" to disable /metrics");
  }
  RETURN_IF_ERROR(r.Bool(node, key, "reflection", &out->reflection));
  RETURN_IF_ERROR(
      r.Int(node, key, "shutdown_grace_seconds", 0, 3600, &out->shutdown_grace_seconds));
  RETURN_IF_ERROR(r.Int(node, key, "max_message_bytes", 1024, 1 << 30, &out->max_message_bytes));
  return absl::OkStatus();
}

absl::Status ReadSecret(const Reader& r, const YAML::Node& node, const std::string& key,
                        std::string* password) {
  const YAML::Node from_env = node["password_env"];
  const YAML::Node from_file = node["password_file"];
  if (from_env && from_file) {
    return r.Error(from_file, Reader::Join(key, "password_file"),
                   "set either password_env or password_file, not both");
  }
  if (from_env) {
    std::string var;
    RETURN_IF_ERROR(r.String(node, key, "password_env", &var));
    const std::optional<std::string> value = r.env()(var);
    if (!value || value->empty()) {
      return r.Error(from_env, Reader::Join(key, "password_env"),
                     absl::StrCat("environment variable ", var, " is ",
                                  value ? "empty" : "not set",
                                  "; export it before starting schemad, or use password_file"));
    }
    *password = *value;
  }
  if (from_file) {
    std::string file;
    RETURN_IF_ERROR(r.String(node, key, "password_file", &file));
    const fs::path path = r.Path(file);
    std::ifstream in(path);
    if (!in) {
      return r.Error(from_file, Reader::Join(key, "password_file"),
                     absl::StrCat("cannot read ", path.string(), ": ", std::strerror(errno),
                                  "; create it (mode 0600) or fix the path"));
    }
    std::stringstream buf;
    buf << in.rdbuf();
    *password = std::string(absl::StripTrailingAsciiWhitespace(buf.str()));
    if (password->empty()) {
      return r.Error(from_file, Reader::Join(key, "password_file"),
                     absl::StrCat(path.string(), " is empty; write the password into it"));
    }
  }
  return absl::OkStatus();
}

absl::Status ReadDatabase(const Reader& r, const YAML::Node& env_node, const std::string& env_key,
                          const std::string& name, DatabaseConfig* out) {
  out->key = Reader::Join(env_key, name);
  ASSIGN_OR_RETURN(
      const YAML::Node node,
      r.Required(env_node, env_key, name,
                 "set `database: embedded` for the private PostgreSQL, or a mapping with "
                 "host, port, dbname, user and password_env or password_file"));
  out->line = r.KeyLine(env_node, name);
  if (node.IsScalar()) {
    if (node.Scalar() != "embedded") {
      return r.Error(node, out->key,
                     "expected `embedded` or a mapping (host, port, dbname, user, "
                     "password_env | password_file, sslmode, connect_timeout_seconds); "
                     "connection URLs are not accepted because they carry passwords");
    }
    out->embedded = true;
    return absl::OkStatus();
  }
  RETURN_IF_ERROR(r.CheckMap(node, out->key,
                             {"host", "port", "dbname", "user", "password_env", "password_file",
                              "sslmode", "connect_timeout_seconds"}));
  pg::ConnectionSettings& s = out->settings;
  for (const char* required : {"host", "dbname", "user"}) {
    RETURN_IF_ERROR(r.Required(node, out->key, required, "see README, configuration").status());
  }
  RETURN_IF_ERROR(r.String(node, out->key, "host", &s.host));
  RETURN_IF_ERROR(r.Int(node, out->key, "port", 1, 65535, &s.port));
  RETURN_IF_ERROR(r.String(node, out->key, "dbname", &s.dbname));
  RETURN_IF_ERROR(r.String(node, out->key, "user", &s.user));
  RETURN_IF_ERROR(r.String(node, out->key, "sslmode", &s.sslmode));
  static const std::vector<std::string> kSslModes = {"disable", "allow", "prefer",
                                                     "require", "verify-ca", "verify-full"};
  if (!s.sslmode.empty() &&
      std::find(kSslModes.begin(), kSslModes.end(), s.sslmode) == kSslModes.end()) {
    return r.Error(node["sslmode"], Reader::Join(out->key, "sslmode"),
                   absl::StrCat("expected one of ", absl::StrJoin(kSslModes, ", ")));
  }
  RETURN_IF_ERROR(
      r.Int(node, out->key, "connect_timeout_seconds", 1, 300, &s.connect_timeout_seconds));
  return ReadSecret(r, node, out->key, &s.password);
}

absl::Status ReadEnvironment(const Reader& r, const std::string& name, const YAML::Node& node,
                             const std::string& key, EnvironmentConfig* out) {
  out->name = name;
  RETURN_IF_ERROR(r.CheckMap(
      node, key, {"database", "allow_sync", "backup_before_apply", "require_tested_in"}));
  RETURN_IF_ERROR(ReadDatabase(r, node, key, "database", &out->database));
  RETURN_IF_ERROR(r.Bool(node, key, "allow_sync", &out->allow_sync));
  RETURN_IF_ERROR(r.Bool(node, key, "backup_before_apply", &out->backup_before_apply));
  RETURN_IF_ERROR(r.String(node, key, "require_tested_in", &out->require_tested_in));
  return absl::OkStatus();
}

absl::Status ReadProject(const Reader& r, const std::string& name, const YAML::Node& node,
                         const std::string& key, ProjectConfig* out) {
  out->name = name;
  RETURN_IF_ERROR(
      r.CheckMap(node, key, {"models_dir", "migrations_dir", "environments", "shadow_database"}));
  if (node["shadow_database"]) {
    DatabaseConfig shadow;
    RETURN_IF_ERROR(ReadDatabase(r, node, key, "shadow_database", &shadow));
    out->shadow_database = std::move(shadow);
  }
  ASSIGN_OR_RETURN(const YAML::Node models,
                   r.Required(node, key, "models_dir",
                              "name the folder of the models' *.sql files"));
  ASSIGN_OR_RETURN(const YAML::Node migrations,
                   r.Required(node, key, "migrations_dir",
                              "name the folder where migrations are stored"));
  std::string models_dir, migrations_dir;
  RETURN_IF_ERROR(r.String(node, key, "models_dir", &models_dir));
  RETURN_IF_ERROR(r.String(node, key, "migrations_dir", &migrations_dir));
  out->models_dir = r.Path(models_dir);
  out->migrations_dir = r.Path(migrations_dir);

  const std::string envs_key = Reader::Join(key, "environments");
  ASSIGN_OR_RETURN(const YAML::Node envs,
                   r.Required(node, key, "environments",
                              "list the environments (dev, test, prod, ...) as a mapping"));
  if (!envs.IsMap() || envs.size() == 0) {
    return r.Error(envs, envs_key, "expected a mapping of environment names to settings");
  }
  for (auto it = envs.begin(); it != envs.end(); ++it) {
    const std::string env_name = it->first.Scalar();
    const std::string env_key = Reader::Join(envs_key, env_name);
    if (!ValidName(env_name)) {
      return r.Error(it->first, env_key,
                     "environment names are lower-case letters, digits, _ and -, "
                     "starting with a letter, at most 63 characters");
    }
    EnvironmentConfig env;
    RETURN_IF_ERROR(ReadEnvironment(r, env_name, it->second, env_key, &env));
    out->environments.push_back(std::move(env));
  }
  std::sort(out->environments.begin(), out->environments.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  for (auto it = envs.begin(); it != envs.end(); ++it) {
    const EnvironmentConfig* env = out->FindEnvironment(it->first.Scalar());
    if (!env->require_tested_in.empty() &&
        (env->require_tested_in == env->name || !out->FindEnvironment(env->require_tested_in))) {
      return r.Error(it->second["require_tested_in"],
                     Reader::Join(Reader::Join(envs_key, env->name), "require_tested_in"),
                     absl::StrCat("must name another environment of project ", name));
    }
  }
  return absl::OkStatus();
}

}  // namespace

const EnvironmentConfig* ProjectConfig::FindEnvironment(absl::string_view name) const {
  for (const EnvironmentConfig& env : environments) {
    if (env.name == name) return &env;
  }
  return nullptr;
}

const ProjectConfig* Config::FindProject(absl::string_view name) const {
  for (const ProjectConfig& project : projects) {
    if (project.name == name) return &project;
  }
  return nullptr;
}

EnvLookup ProcessEnv() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

absl::StatusOr<Config> ParseConfig(absl::string_view yaml, absl::string_view source,
                                   const fs::path& base_dir, const EnvLookup& env) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::ParserException& e) {
    return absl::InvalidArgumentError(absl::StrCat(source, ":", e.mark.line + 1, ":",
                                                   e.mark.column + 1, ": malformed YAML: ", e.msg,
                                                   "; fix the syntax at that place"));
  }
  const Reader r(source, base_dir, env);
  Config config;
  config.source = std::string(source);
  if (!root.IsDefined() || root.IsNull()) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ": the file is empty; see README, configuration, for an example"));
  }
  try {
    RETURN_IF_ERROR(r.CheckMap(root, "", {"server", "projects"}));
    if (root["server"]) RETURN_IF_ERROR(ReadServer(r, root["server"], &config.server));
    ASSIGN_OR_RETURN(const YAML::Node projects,
                     r.Required(root, "", "projects",
                                "configure at least one project (see README, configuration)"));
    if (!projects.IsMap() || projects.size() == 0) {
      return r.Error(projects, "projects", "expected a mapping of project names to settings");
    }
    for (auto it = projects.begin(); it != projects.end(); ++it) {
      const std::string name = it->first.Scalar();
      const std::string key = Reader::Join("projects", name);
      if (!ValidName(name)) {
        return r.Error(it->first, key,
                       "project names are lower-case letters, digits, _ and -, "
                       "starting with a letter, at most 63 characters");
      }
      ProjectConfig project;
      RETURN_IF_ERROR(ReadProject(r, name, it->second, key, &project));
      config.projects.push_back(std::move(project));
    }
  } catch (const YAML::Exception& e) {
    return absl::InvalidArgumentError(absl::StrCat(source, ":", e.mark.line + 1, ": ", e.msg));
  }
  std::sort(config.projects.begin(), config.projects.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return config;
}

absl::StatusOr<Config> LoadConfig(const fs::path& path, const EnvLookup& env) {
  std::ifstream in(path);
  if (!in) {
    return absl::InvalidArgumentError(absl::StrCat(
        path.string(), ": cannot read the config file: ", std::strerror(errno),
        "; pass --config FILE (examples/app/schemad.yaml is a starting point)"));
  }
  std::stringstream buf;
  buf << in.rdbuf();
  const fs::path base = fs::absolute(path).parent_path();
  return ParseConfig(buf.str(), path.string(), base, env);
}

}  // namespace schemaservice::config
