#include "service/config/config.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "service/catalog/versions.h"
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
                             {"listen", "metrics_listen", "health_listen", "reflection", "shutdown_grace_seconds",
                              "max_message_bytes", "tls", "allow_insecure", "max_call_seconds",
                              "max_concurrent_calls", "state_dir", "sandbox", "migrations"}));
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
  RETURN_IF_ERROR(r.String(node, key, "health_listen", &out->health_listen));
  if (!out->health_listen.empty() && !ValidListen(out->health_listen)) {
    return r.Error(node["health_listen"], "server.health_listen",
                   "expected host:port (e.g. 0.0.0.0:8081), or \"\" for no plaintext health port");
  }
  RETURN_IF_ERROR(r.Bool(node, key, "reflection", &out->reflection));
  RETURN_IF_ERROR(
      r.Int(node, key, "shutdown_grace_seconds", 0, 3600, &out->shutdown_grace_seconds));
  RETURN_IF_ERROR(r.Int(node, key, "max_message_bytes", 1024, 1 << 30, &out->max_message_bytes));
  RETURN_IF_ERROR(r.Bool(node, key, "allow_insecure", &out->allow_insecure));
  RETURN_IF_ERROR(r.Int(node, key, "max_call_seconds", 1, 86400, &out->max_call_seconds));
  RETURN_IF_ERROR(r.Int(node, key, "max_concurrent_calls", 1, 10000, &out->max_concurrent_calls));
  std::string state_dir;
  RETURN_IF_ERROR(r.String(node, key, "state_dir", &state_dir));
  if (!state_dir.empty()) out->state_dir = r.Path(state_dir).string();
  if (const YAML::Node tls = node["tls"]) {
    const std::string tls_key = "server.tls";
    RETURN_IF_ERROR(r.CheckMap(tls, tls_key,
                               {"cert_file", "key_file", "client_ca_file", "reload_seconds"}));
    TlsConfig t;
    for (const char* required : {"cert_file", "key_file"}) {
      RETURN_IF_ERROR(r.Required(tls, tls_key, required,
                                 "TLS needs the server's certificate and its private key (PEM)")
                          .status());
    }
    std::string cert, private_key, ca;
    RETURN_IF_ERROR(r.String(tls, tls_key, "cert_file", &cert));
    RETURN_IF_ERROR(r.String(tls, tls_key, "key_file", &private_key));
    RETURN_IF_ERROR(r.String(tls, tls_key, "client_ca_file", &ca));
    RETURN_IF_ERROR(r.Int(tls, tls_key, "reload_seconds", 1, 86400, &t.reload_seconds));
    t.cert_file = r.Path(cert);
    t.key_file = r.Path(private_key);
    if (!ca.empty()) t.client_ca_file = r.Path(ca);
    std::map<std::string, std::string> pem;
    for (const auto& [name, path] : {std::pair<const char*, fs::path>{"cert_file", t.cert_file},
                                     {"key_file", t.key_file},
                                     {"client_ca_file", t.client_ca_file}}) {
      if (path.empty()) continue;
      std::ifstream in(path);
      std::stringstream buf;
      buf << in.rdbuf();
      if (!in || buf.str().find("-----BEGIN ") == std::string::npos) {
        return r.Error(tls[name], Reader::Join(tls_key, name),
                       absl::StrCat("cannot read a PEM file at ", path.string(),
                                    in ? "" : absl::StrCat(": ", std::strerror(errno)),
                                    "; point it at the PEM file (mounted secret)"));
      }
      pem[name] = buf.str();
    }
    if (absl::Status s = CheckTlsPem(pem["cert_file"], pem["key_file"], pem["client_ca_file"]);
        !s.ok()) {
      return r.Error(tls, tls_key, s.message());
    }
    out->tls = std::move(t);
  }
  if (const YAML::Node sandbox = node["sandbox"]) {
    const std::string sandbox_key = "server.sandbox";
    RETURN_IF_ERROR(r.CheckMap(sandbox, sandbox_key,
                               {"load_timeout_seconds", "address_space_mb",
                                "statement_timeout_seconds", "lock_timeout_seconds",
                                "idle_in_transaction_timeout_seconds", "temp_file_limit_mb"}));
    SandboxConfig& b = out->sandbox;
    RETURN_IF_ERROR(r.Int(sandbox, sandbox_key, "load_timeout_seconds", 1, 86400,
                          &b.load_timeout_seconds));
    RETURN_IF_ERROR(r.Int(sandbox, sandbox_key, "address_space_mb", 512, 1 << 20,
                          &b.address_space_mb));
    RETURN_IF_ERROR(r.Int(sandbox, sandbox_key, "statement_timeout_seconds", 1, 86400,
                          &b.statement_timeout_seconds));
    RETURN_IF_ERROR(
        r.Int(sandbox, sandbox_key, "lock_timeout_seconds", 1, 3600, &b.lock_timeout_seconds));
    RETURN_IF_ERROR(r.Int(sandbox, sandbox_key, "idle_in_transaction_timeout_seconds", 1, 3600,
                          &b.idle_in_transaction_timeout_seconds));
    RETURN_IF_ERROR(r.Int(sandbox, sandbox_key, "temp_file_limit_mb", 1, 1 << 20,
                          &b.temp_file_limit_mb));
  }
  if (const YAML::Node migrations = node["migrations"]) {
    const std::string migrations_key = "server.migrations";
    RETURN_IF_ERROR(r.CheckMap(migrations, migrations_key,
                               {"lock_timeout_ms", "lock_retries", "retry_backoff_ms",
                                "metrics_refresh_seconds"}));
    MigrationConfig& m = out->migrations;
    RETURN_IF_ERROR(r.Int(migrations, migrations_key, "lock_timeout_ms", 1, 3600 * 1000,
                          &m.lock_timeout_ms));
    RETURN_IF_ERROR(r.Int(migrations, migrations_key, "lock_retries", 0, 100, &m.lock_retries));
    RETURN_IF_ERROR(r.Int(migrations, migrations_key, "retry_backoff_ms", 0, 600 * 1000,
                          &m.retry_backoff_ms));
    RETURN_IF_ERROR(r.Int(migrations, migrations_key, "metrics_refresh_seconds", 0, 86400,
                          &m.metrics_refresh_seconds));
  }
  return absl::OkStatus();
}

absl::Status ReadPostgres(const Reader& r, const YAML::Node& node, PostgresConfig* out) {
  const std::string key = "postgres";
  RETURN_IF_ERROR(r.CheckMap(node, key, {"bin_dirs", "default_major"}));
  const std::string majors = absl::StrCat(catalog::kOldestMajor, " to ", catalog::kNewestMajor);
  RETURN_IF_ERROR(r.Int(node, key, "default_major", catalog::kOldestMajor, catalog::kNewestMajor,
                        &out->default_major));
  if (const YAML::Node dirs = node["bin_dirs"]) {
    const std::string dirs_key = "postgres.bin_dirs";
    if (!dirs.IsMap()) {
      return r.Error(dirs, dirs_key, "expected a mapping of major versions to folders, e.g. 17: /usr/lib/postgresql/17/bin");
    }
    for (auto it = dirs.begin(); it != dirs.end(); ++it) {
      const std::string name = it->first.Scalar();
      int major = 0;
      if (!absl::SimpleAtoi(name, &major) || major < catalog::kOldestMajor ||
          major > catalog::kNewestMajor) {
        return r.Error(it->first, Reader::Join(dirs_key, name),
                       absl::StrCat("expected a supported PostgreSQL major version (", majors, ")"));
      }
      if (!it->second.IsScalar() || it->second.Scalar().empty()) {
        return r.Error(it->second, Reader::Join(dirs_key, name), "expected a folder");
      }
      out->bin_dirs[major] = r.Path(it->second.Scalar());
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<Role> ParseRole(const Reader& r, const YAML::Node& node, const std::string& key) {
  const std::string name = node.IsScalar() ? node.Scalar() : "";
  for (Role role : {Role::kViewer, Role::kDeveloper, Role::kDeployer, Role::kAdmin}) {
    if (name == RoleName(role)) return role;
  }
  return r.Error(node, key, "expected a role: viewer, developer, deployer or admin");
}

// roles: [viewer, {role: deployer, project: app, environments: [test]}]
absl::Status ReadRoles(const Reader& r, const YAML::Node& list, const std::string& key,
                       std::vector<RoleGrant>* out) {
  if (!list.IsSequence() || list.size() == 0) {
    return r.Error(list, key,
                   "expected a list of roles, e.g. [viewer] or "
                   "[{role: deployer, project: app, environments: [test]}]");
  }
  for (size_t i = 0; i < list.size(); ++i) {
    const YAML::Node item = list[i];
    const std::string item_key = absl::StrCat(key, "[", i, "]");
    RoleGrant grant;
    if (item.IsScalar()) {
      ASSIGN_OR_RETURN(grant.role, ParseRole(r, item, item_key));
    } else {
      RETURN_IF_ERROR(r.CheckMap(item, item_key, {"role", "project", "environments"}));
      ASSIGN_OR_RETURN(const YAML::Node role, r.Required(item, item_key, "role",
                                                         "name the role: viewer, developer, "
                                                         "deployer or admin"));
      ASSIGN_OR_RETURN(grant.role, ParseRole(r, role, Reader::Join(item_key, "role")));
      RETURN_IF_ERROR(r.String(item, item_key, "project", &grant.project));
      if (const YAML::Node envs = item["environments"]) {
        if (!envs.IsSequence()) {
          return r.Error(envs, Reader::Join(item_key, "environments"),
                         "expected a list of environment names");
        }
        if (grant.project.empty()) {
          return r.Error(envs, Reader::Join(item_key, "environments"),
                         "limiting a role to environments needs `project:` too");
        }
        for (const YAML::Node& env : envs) grant.environments.push_back(env.Scalar());
        std::sort(grant.environments.begin(), grant.environments.end());
      }
    }
    out->push_back(std::move(grant));
  }
  return absl::OkStatus();
}

bool IsHexSha256(const std::string& text) {
  if (text.size() != 64) return false;
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

absl::Status ReadAuth(const Reader& r, const YAML::Node& node, AuthConfig* out) {
  const std::string key = "auth";
  RETURN_IF_ERROR(r.CheckMap(node, key, {"tokens"}));
  ASSIGN_OR_RETURN(const YAML::Node tokens,
                   r.Required(node, key, "tokens",
                              "list the callers: [{subject: NAME, sha256: HEX, roles: [...]}]"));
  if (!tokens.IsSequence()) {
    return r.Error(tokens, "auth.tokens", "expected a list of {subject, sha256 | sha256_file, roles}");
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const YAML::Node t = tokens[i];
    const std::string t_key = absl::StrCat("auth.tokens[", i, "]");
    RETURN_IF_ERROR(r.CheckMap(t, t_key, {"subject", "sha256", "sha256_file", "roles"}));
    TokenConfig token;
    RETURN_IF_ERROR(
        r.Required(t, t_key, "subject", "name the caller (shown in logs and History)").status());
    RETURN_IF_ERROR(r.String(t, t_key, "subject", &token.subject));
    if (t["sha256"] && t["sha256_file"]) {
      return r.Error(t["sha256_file"], Reader::Join(t_key, "sha256_file"),
                     "set either sha256 or sha256_file, not both");
    }
    if (t["sha256"]) {
      RETURN_IF_ERROR(r.String(t, t_key, "sha256", &token.sha256));
    } else if (t["sha256_file"]) {
      std::string file;
      RETURN_IF_ERROR(r.String(t, t_key, "sha256_file", &file));
      std::ifstream in(r.Path(file));
      std::stringstream buf;
      buf << in.rdbuf();
      if (!in) {
        return r.Error(t["sha256_file"], Reader::Join(t_key, "sha256_file"),
                       absl::StrCat("cannot read ", r.Path(file).string(), ": ",
                                    std::strerror(errno)));
      }
      token.sha256 = std::string(absl::StripAsciiWhitespace(buf.str()));
    } else {
      return r.Error(t, Reader::Join(t_key, "sha256"),
                     "missing required key; give the token's SHA-256 (`printf %s TOKEN | "
                     "sha256sum`) as sha256 or sha256_file, never the token itself");
    }
    token.sha256 = absl::AsciiStrToLower(token.sha256);
    if (!IsHexSha256(token.sha256)) {
      return r.Error(t["sha256"] ? t["sha256"] : t["sha256_file"], Reader::Join(t_key, "sha256"),
                     "expected 64 hex digits: the SHA-256 of the token (`printf %s TOKEN | "
                     "sha256sum`)");
    }
    ASSIGN_OR_RETURN(const YAML::Node roles,
                     r.Required(t, t_key, "roles", "give the caller at least one role"));
    RETURN_IF_ERROR(ReadRoles(r, roles, Reader::Join(t_key, "roles"), &token.roles));
    for (const TokenConfig& other : out->tokens) {
      if (other.sha256 == token.sha256) {
        return r.Error(t, t_key, absl::StrCat("the same token as ", other.subject,
                                              "; give every caller its own token"));
      }
    }
    out->tokens.push_back(std::move(token));
  }
  return absl::OkStatus();
}

// yaml-cpp keeps the last of two equal keys silently; a duplicate is almost always a
// mistake (two `prod:` blocks), so it is an error.
absl::Status CheckDuplicateKeys(const Reader& r, const YAML::Node& node, const std::string& key) {
  if (node.IsSequence()) {
    for (size_t i = 0; i < node.size(); ++i) {
      RETURN_IF_ERROR(CheckDuplicateKeys(r, node[i], absl::StrCat(key, "[", i, "]")));
    }
  }
  if (!node.IsMap()) return absl::OkStatus();
  std::vector<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string name = it->first.IsScalar() ? it->first.Scalar() : "";
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      return r.Error(it->first, Reader::Join(key, name),
                     "duplicate key: this key appears twice in the same mapping; keep one");
    }
    seen.push_back(name);
    RETURN_IF_ERROR(CheckDuplicateKeys(r, it->second, Reader::Join(key, name)));
  }
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
                     "password_env | password_file, sslmode, connect_timeout_seconds, pool_size); "
                     "connection URLs are not accepted because they carry passwords");
    }
    out->embedded = true;
    return absl::OkStatus();
  }
  RETURN_IF_ERROR(r.CheckMap(node, out->key,
                             {"host", "port", "dbname", "user", "password_env", "password_file",
                              "sslmode", "connect_timeout_seconds", "pool_size"}));
  RETURN_IF_ERROR(r.Int(node, out->key, "pool_size", 1, 100, &out->pool_size));
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
      node, key, {"database", "allow_sync", "backup_before_apply", "backup_before_sync",
                  "backup_keep", "require_tested_in"}));
  RETURN_IF_ERROR(ReadDatabase(r, node, key, "database", &out->database));
  RETURN_IF_ERROR(r.Bool(node, key, "allow_sync", &out->allow_sync));
  RETURN_IF_ERROR(r.Bool(node, key, "backup_before_apply", &out->backup_before_apply));
  RETURN_IF_ERROR(r.Bool(node, key, "backup_before_sync", &out->backup_before_sync));
  RETURN_IF_ERROR(r.Int(node, key, "backup_keep", 1, 10000, &out->backup_keep));
  RETURN_IF_ERROR(r.String(node, key, "require_tested_in", &out->require_tested_in));
  return absl::OkStatus();
}

// Projects and environments alike: `field` of `node` is a non-empty mapping from names
// (ValidName) to settings, each entry read by `read`. Returns the mapping, for the checks
// that span its entries.
template <typename T>
absl::StatusOr<YAML::Node> ReadNamed(
    const Reader& r, const YAML::Node& node, const std::string& key, const std::string& field,
    absl::string_view what, absl::string_view missing_hint,
    absl::Status (*read)(const Reader&, const std::string&, const YAML::Node&, const std::string&,
                         T*),
    std::vector<T>* out) {
  const std::string map_key = Reader::Join(key, field);
  ASSIGN_OR_RETURN(const YAML::Node map, r.Required(node, key, field, missing_hint));
  if (!map.IsMap() || map.size() == 0) {
    return r.Error(map, map_key, absl::StrCat("expected a mapping of ", what, " names to settings"));
  }
  for (auto it = map.begin(); it != map.end(); ++it) {
    const std::string name = it->first.Scalar();
    const std::string entry_key = Reader::Join(map_key, name);
    if (!ValidName(name)) {
      return r.Error(it->first, entry_key,
                     absl::StrCat(what, " names are lower-case letters, digits, _ and -, "
                                  "starting with a letter, at most 63 characters"));
    }
    T entry;
    RETURN_IF_ERROR(read(r, name, it->second, entry_key, &entry));
    out->push_back(std::move(entry));
  }
  return map;
}

absl::Status ReadProject(const Reader& r, const std::string& name, const YAML::Node& node,
                         const std::string& key, ProjectConfig* out) {
  out->name = name;
  RETURN_IF_ERROR(
      r.CheckMap(node, key, {"models_dir", "migrations_dir", "backup_dir", "environments",
                             "shadow_database", "load_folders_as_superuser"}));
  RETURN_IF_ERROR(r.Bool(node, key, "load_folders_as_superuser", &out->load_folders_as_superuser));
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
  out->models_dir_line = r.KeyLine(node, "models_dir");
  out->migrations_dir = r.Path(migrations_dir);
  std::string backup_dir;
  RETURN_IF_ERROR(r.String(node, key, "backup_dir", &backup_dir));
  if (!backup_dir.empty()) out->backup_dir = r.Path(backup_dir);

  const std::string envs_key = Reader::Join(key, "environments");
  ASSIGN_OR_RETURN(const YAML::Node envs,
                   ReadNamed(r, node, key, "environments", "environment",
                             "list the environments (dev, test, prod, ...) as a mapping",
                             ReadEnvironment, &out->environments));
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
  // Caller-supplied SQL must never load where an environment's database lives.
  if (out->shadow_database && !out->shadow_database->embedded) {
    const pg::ConnectionSettings& shadow = out->shadow_database->settings;
    for (const EnvironmentConfig& env : out->environments) {
      if (!env.database.embedded && env.database.settings.host == shadow.host &&
          env.database.settings.port == shadow.port) {
        return r.Error(node["shadow_database"], Reader::Join(key, "shadow_database"),
                       absl::StrCat("is the server of environment ", env.name, " (",
                                    shadow.host, ":", shadow.port,
                                    "); models and inline SQL must load on a server that holds "
                                    "no environment database: use another server, or "
                                    "`embedded` for a private one"));
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::kViewer: return "viewer";
    case Role::kDeveloper: return "developer";
    case Role::kDeployer: return "deployer";
    case Role::kAdmin: return "admin";
  }
  return "?";
}

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
    RETURN_IF_ERROR(CheckDuplicateKeys(r, root, ""));
    RETURN_IF_ERROR(r.CheckMap(root, "", {"server", "postgres", "projects", "auth"}));
    if (root["server"]) RETURN_IF_ERROR(ReadServer(r, root["server"], &config.server));
    if (root["postgres"]) RETURN_IF_ERROR(ReadPostgres(r, root["postgres"], &config.postgres));
    if (root["auth"]) {
      config.auth.emplace();
      RETURN_IF_ERROR(ReadAuth(r, root["auth"], &*config.auth));
    }
    RETURN_IF_ERROR(ReadNamed(r, root, "", "projects", "project",
                              "configure at least one project (see README, configuration)",
                              ReadProject, &config.projects)
                        .status());
    // Two environments on one database defeat every guard (Sync allowed on "dev" would
    // write to "test"): refused here; a second name for the same server (a DNS alias) is
    // caught at run time by the name each database records on first use.
    std::map<std::string, std::string> database_of;  // "host:port/dbname" -> "project/env"
    for (const ProjectConfig& p : config.projects) {
      for (const EnvironmentConfig& env : p.environments) {
        if (env.database.embedded) continue;
        const pg::ConnectionSettings& s = env.database.settings;
        const std::string host = absl::AsciiStrToLower(s.host);
        const bool loopback = host.empty() || host == "localhost" || host == "::1" ||
                              absl::StartsWith(host, "127.") || host[0] == '/';
        const std::string where =
            absl::StrCat(loopback ? "loopback" : host, ":", s.port, "/",
                         s.dbname.empty() ? s.user : s.dbname);
        const std::string name = absl::StrCat(p.name, "/", env.name);
        const auto [it, fresh] = database_of.emplace(where, name);
        if (!fresh) {
          return r.Error(root["projects"][p.name]["environments"][env.name]["database"],
                         env.database.key,
                         absl::StrCat("is the database of ", it->second, " too (", s.Describe(),
                                      "); each environment needs a database of its own, or the "
                                      "guards of one (allow_sync, backups) act on the other"));
        }
      }
    }
    // Superuser loads run programs as the OS account of the private shadow server, which is
    // also the account of the embedded environments' server: the two must not meet.
    for (const ProjectConfig& p : config.projects) {
      if (!p.load_folders_as_superuser) continue;
      const std::string key = absl::StrCat("projects.", p.name, ".load_folders_as_superuser");
      const YAML::Node at = root["projects"][p.name]["load_folders_as_superuser"];
      if (p.shadow_database && !p.shadow_database->embedded) {
        return r.Error(at, key,
                       "applies only to the private shadow server; remove shadow_database or "
                       "this option");
      }
      for (const ProjectConfig& other : config.projects) {
        for (const EnvironmentConfig& env : other.environments) {
          if (!env.database.embedded) continue;
          return r.Error(
              at, key,
              absl::StrCat("superuser loads can run programs as the OS account that also runs "
                           "the embedded server of environment ", other.name, "/", env.name,
                           ", and so reach its databases; give the environments real database "
                           "servers, or remove this option"));
        }
      }
    }
    // Role grants may only name what exists: a typo must not silently grant nothing.
    if (config.auth) {
      for (size_t i = 0; i < config.auth->tokens.size(); ++i) {
        for (const RoleGrant& g : config.auth->tokens[i].roles) {
          const ProjectConfig* project = nullptr;
          for (const ProjectConfig& p : config.projects) {
            if (p.name == g.project) project = &p;
          }
          const YAML::Node at = root["auth"]["tokens"][i]["roles"];
          const std::string key = absl::StrCat("auth.tokens[", i, "].roles");
          if (!g.project.empty() && project == nullptr) {
            return r.Error(at, key, absl::StrCat("unknown project ", g.project));
          }
          for (const std::string& env : g.environments) {
            if (project->FindEnvironment(env) == nullptr) {
              return r.Error(at, key, absl::StrCat("project ", g.project,
                                                   " has no environment ", env));
            }
          }
        }
      }
    }
  } catch (const YAML::Exception& e) {
    return absl::InvalidArgumentError(absl::StrCat(source, ":", e.mark.line + 1, ": ", e.msg));
  }
  std::sort(config.projects.begin(), config.projects.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return config;
}

absl::Status CheckTlsPem(const std::string& cert_pem, const std::string& key_pem,
                         const std::string& ca_pem) {
  auto bio = [](const std::string& text) {
    return std::unique_ptr<BIO, decltype(&BIO_free)>(
        BIO_new_mem_buf(text.data(), static_cast<int>(text.size())), &BIO_free);
  };
  auto cert_bio = bio(cert_pem);
  std::unique_ptr<X509, decltype(&X509_free)> cert(
      PEM_read_bio_X509(cert_bio.get(), nullptr, nullptr, nullptr), &X509_free);
  if (!cert) return absl::InvalidArgumentError("cert_file holds no PEM certificate");
  auto key_bio = bio(key_pem);
  std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
      PEM_read_bio_PrivateKey(key_bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
  if (!key) {
    return absl::InvalidArgumentError("key_file holds no PEM private key (or one with a passphrase)");
  }
  if (X509_check_private_key(cert.get(), key.get()) != 1) {
    ERR_clear_error();
    return absl::InvalidArgumentError(
        "key_file is not the private key of the certificate in cert_file; give the matching pair");
  }
  if (!ca_pem.empty()) {
    auto ca_bio = bio(ca_pem);
    std::unique_ptr<X509, decltype(&X509_free)> ca(
        PEM_read_bio_X509(ca_bio.get(), nullptr, nullptr, nullptr), &X509_free);
    if (!ca) return absl::InvalidArgumentError("client_ca_file holds no PEM certificate");
  }
  ERR_clear_error();
  return absl::OkStatus();
}

bool IsLoopback(const std::string& listen) {
  if (listen.rfind("unix:", 0) == 0) return true;
  std::string host = listen.substr(0, listen.rfind(':'));
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

absl::Status CheckExposure(const Config& config) {
  if (config.server.tls || config.server.allow_insecure || IsLoopback(config.server.listen)) {
    return absl::OkStatus();
  }
  return absl::InvalidArgumentError(absl::StrCat(
      config.source, ": server.listen: ", config.server.listen,
      " is reachable from other machines, but server.tls is not set: tokens and schemas would "
      "cross the network in clear text; configure server.tls (cert_file, key_file), listen on "
      "127.0.0.1, or set server.allow_insecure: true if a proxy terminates TLS"));
}

std::string EmbeddedDatabaseName(const std::string& project, const std::string& environment) {
  // '.' never appears in a project or environment name, so "a_b.c" and "a.b_c" differ.
  std::string name = absl::StrCat(project, ".", environment);
  if (name.size() <= 63) return name;
  const std::string key = absl::StrCat(project, "\n", environment);
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(key.data()), key.size(), digest);
  // '~' marks the hashed form, so it never equals a short name.
  return absl::StrCat(name.substr(0, 40), "~",
                      absl::BytesToHexString(absl::string_view(
                          reinterpret_cast<const char*>(digest), 8)));
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
  ASSIGN_OR_RETURN(Config config, ParseConfig(buf.str(), path.string(), base, env));
  for (const ProjectConfig& p : config.projects) {
    std::error_code ec;
    if (!fs::is_directory(p.models_dir, ec)) {
      return absl::InvalidArgumentError(absl::StrCat(
          path.string(), ":", p.models_dir_line, ": projects.", p.name, ".models_dir: ",
          p.models_dir.string(), " is not a directory; create it (the models' *.sql files go "
          "there) or fix the path"));
    }
  }
  return config;
}

}  // namespace schemaservice::config
