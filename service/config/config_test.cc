// Unit tests of the YAML config: what a valid file yields, and that every kind of mistake
// is one error naming the file, the line and the key path.
#include "service/config/config.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace schemaservice::config {
namespace {

using ::testing::HasSubstr;

EnvLookup FakeEnv(std::map<std::string, std::string> vars) {
  return [vars](const std::string& name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

absl::StatusOr<Config> Parse(const std::string& yaml,
                             std::map<std::string, std::string> env = {}) {
  return ParseConfig(yaml, "test.yaml", "/base", FakeEnv(std::move(env)));
}

constexpr char kValid[] = R"(server:
  listen: 127.0.0.1:6000
projects:
  shop:
    models_dir: models
    migrations_dir: /abs/migrations
    environments:
      prod:
        database:
          host: db.internal
          port: 6432
          dbname: shop
          user: deployer
          password_env: SHOP_PW
          sslmode: require
        backup_before_apply: true
        require_tested_in: test
      test:
        database: embedded
      dev:
        database: embedded
        allow_sync: true
)";

TEST(ConfigTest, ValidFileYieldsSortedProjectsEnvironmentsAndResolvedSecrets) {
  absl::StatusOr<Config> config = Parse(kValid, {{"SHOP_PW", "s3cret"}});
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->server.listen, "127.0.0.1:6000");
  EXPECT_EQ(config->server.metrics_listen, "127.0.0.1:9464");  // default
  ASSERT_EQ(config->projects.size(), 1u);
  const ProjectConfig& shop = config->projects[0];
  EXPECT_EQ(shop.models_dir, "/base/models");
  EXPECT_EQ(shop.migrations_dir, "/abs/migrations");
  ASSERT_EQ(shop.environments.size(), 3u);
  EXPECT_EQ(shop.environments[0].name, "dev");
  EXPECT_TRUE(shop.environments[0].allow_sync);
  EXPECT_TRUE(shop.environments[0].database.embedded);
  const EnvironmentConfig* prod = shop.FindEnvironment("prod");
  ASSERT_NE(prod, nullptr);
  EXPECT_FALSE(prod->database.embedded);
  EXPECT_EQ(prod->database.settings.host, "db.internal");
  EXPECT_EQ(prod->database.settings.port, 6432);
  EXPECT_EQ(prod->database.settings.password, "s3cret");
  EXPECT_EQ(prod->database.line, 9);  // the line of the key
  EXPECT_TRUE(prod->backup_before_apply);
  EXPECT_EQ(prod->require_tested_in, "test");
  EXPECT_THAT(prod->database.settings.Describe(), ::testing::Not(HasSubstr("s3cret")));
}

struct BadCase {
  const char* name;
  std::string yaml;
  std::string expected;  // substring of the one-line error
};

class BadConfigTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadConfigTest, IsOneInvalidArgumentLineNamingPlaceAndKey) {
  absl::StatusOr<Config> config = Parse(GetParam().yaml);
  ASSERT_FALSE(config.ok()) << GetParam().yaml;
  EXPECT_EQ(config.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(config.status().message()), HasSubstr(GetParam().expected));
  EXPECT_EQ(std::string(config.status().message()).find('\n'), std::string::npos);
}

const std::string kEnvPrefix =
    "projects:\n  app:\n    models_dir: m\n    migrations_dir: v\n    environments:\n      dev:\n";

INSTANTIATE_TEST_SUITE_P(
    Cases, BadConfigTest,
    ::testing::Values(
        BadCase{"unknown_top_key", "servr:\n  listen: x\n", "test.yaml:1: servr: unknown key"},
        BadCase{"unknown_env_key", kEnvPrefix + "        database: embedded\n        alow_sync: true\n",
                "test.yaml:8: projects.app.environments.dev.alow_sync: unknown key"},
        BadCase{"missing_projects", "server:\n  listen: 127.0.0.1:1\n",
                "projects: missing required key"},
        BadCase{"missing_database", kEnvPrefix + "        allow_sync: true\n",
                "test.yaml:7: projects.app.environments.dev.database: missing required key"},
        BadCase{"missing_models_dir",
                "projects:\n  app:\n    migrations_dir: v\n    environments:\n      dev:\n"
                "        database: embedded\n",
                "test.yaml:3: projects.app.models_dir: missing required key"},
        BadCase{"secret_not_set",
                kEnvPrefix + "        database:\n          host: h\n          dbname: d\n"
                             "          user: u\n          password_env: NOT_SET_PW\n",
                "test.yaml:11: projects.app.environments.dev.database.password_env: "
                "environment variable NOT_SET_PW is not set"},
        BadCase{"password_file_missing",
                kEnvPrefix + "        database:\n          host: h\n          dbname: d\n"
                             "          user: u\n          password_file: /nonexistent/pw\n",
                "database.password_file: cannot read /nonexistent/pw"},
        BadCase{"url_with_password", kEnvPrefix + "        database: postgres://u:pw@h/d\n",
                "connection URLs are not accepted"},
        BadCase{"malformed_yaml", "projects:\n  app: [unclosed\n", "test.yaml:3:1: malformed YAML"},
        BadCase{"bad_port",
                kEnvPrefix + "        database:\n          host: h\n          port: lots\n"
                             "          dbname: d\n          user: u\n",
                "test.yaml:9: projects.app.environments.dev.database.port: expected an integer"},
        BadCase{"bad_bool", kEnvPrefix + "        database: embedded\n        allow_sync: maybe\n",
                "allow_sync: expected true or false"},
        BadCase{"bad_listen", "server:\n  listen: nowhere\n" + kEnvPrefix + "        database: embedded\n",
                "test.yaml:2: server.listen: expected host:port"},
        BadCase{"bad_env_name", "projects:\n  app:\n    models_dir: m\n    migrations_dir: v\n"
                                "    environments:\n      ../prod:\n        database: embedded\n",
                "environment names are lower-case"},
        BadCase{"require_tested_in_unknown",
                kEnvPrefix + "        database: embedded\n        require_tested_in: staging\n",
                "require_tested_in: must name another environment"},
        BadCase{"unsupported_major_dir",
                "postgres:\n  bin_dirs:\n    14: /usr/lib/postgresql/14/bin\n" + kEnvPrefix +
                    "        database: embedded\n",
                "test.yaml:3: postgres.bin_dirs.14: expected a supported PostgreSQL major version (15 to 18)"},
        BadCase{"bin_dirs_not_a_map",
                "postgres:\n  bin_dirs: /usr/lib/postgresql\n" + kEnvPrefix + "        database: embedded\n",
                "postgres.bin_dirs: expected a mapping of major versions to folders"},
        BadCase{"default_major_out_of_range",
                "postgres:\n  default_major: 19\n" + kEnvPrefix + "        database: embedded\n",
                "test.yaml:2: postgres.default_major: expected an integer from 15 to 18"},
        BadCase{"empty_file", "", "the file is empty"},
        BadCase{"unknown_backup_key",
                kEnvPrefix + "        database: embedded\n        backup_keeps: 3\n",
                "test.yaml:8: projects.app.environments.dev.backup_keeps: unknown key; allowed here: "
                "database, allow_sync, backup_before_apply, backup_before_sync, backup_keep, "
                "require_tested_in"},
        BadCase{"backup_keep_zero", kEnvPrefix + "        database: embedded\n        backup_keep: 0\n",
                "test.yaml:8: projects.app.environments.dev.backup_keep: expected an integer from 1 "
                "to 10000"},
        BadCase{"backup_keep_too_large",
                kEnvPrefix + "        database: embedded\n        backup_keep: 10001\n",
                "test.yaml:8: projects.app.environments.dev.backup_keep: expected an integer from 1 "
                "to 10000"},
        BadCase{"backup_keep_negative",
                kEnvPrefix + "        database: embedded\n        backup_keep: -1\n",
                "projects.app.environments.dev.backup_keep: expected an integer from 1 to 10000"},
        BadCase{"backup_keep_not_a_number",
                kEnvPrefix + "        database: embedded\n        backup_keep: all\n",
                "test.yaml:8: projects.app.environments.dev.backup_keep: expected an integer"},
        BadCase{"backup_keep_a_list",
                kEnvPrefix + "        database: embedded\n        backup_keep: [3]\n",
                "projects.app.environments.dev.backup_keep: expected an integer"},
        BadCase{"backup_before_sync_not_a_bool",
                kEnvPrefix + "        database: embedded\n        backup_before_sync: sometimes\n",
                "test.yaml:8: projects.app.environments.dev.backup_before_sync: expected true or false"},
        BadCase{"backup_dir_not_a_string",
                "projects:\n  app:\n    models_dir: m\n    migrations_dir: v\n"
                "    backup_dir: [a, b]\n    environments:\n      dev:\n        database: embedded\n",
                "test.yaml:5: projects.app.backup_dir: expected a string"},
        BadCase{"backup_dir_in_an_environment",
                kEnvPrefix + "        database: embedded\n        backup_dir: b\n",
                "test.yaml:8: projects.app.environments.dev.backup_dir: unknown key"}),
    [](const ::testing::TestParamInfo<BadCase>& info) { return info.param.name; });

TEST(ConfigTest, BinDirsArePerMajorAndRelativeToTheFile) {
  absl::StatusOr<Config> config =
      Parse("postgres:\n  default_major: 17\n  bin_dirs:\n    17: pg17/bin\n    15: /usr/lib/postgresql/15/bin\n" +
            kEnvPrefix + "        database: embedded\n");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->postgres.default_major, 17);
  ASSERT_EQ(config->postgres.bin_dirs.size(), 2u);
  EXPECT_EQ(config->postgres.bin_dirs.at(17), "/base/pg17/bin");
  EXPECT_EQ(config->postgres.bin_dirs.at(15), "/usr/lib/postgresql/15/bin");
  EXPECT_EQ(Parse(kEnvPrefix + "        database: embedded\n")->postgres.default_major, 15);
}

TEST(ConfigTest, EmptySecretVariableIsRefused) {
  absl::StatusOr<Config> config =
      Parse(kEnvPrefix + "        database:\n          host: h\n          dbname: d\n"
                         "          user: u\n          password_env: PW\n",
            {{"PW", ""}});
  ASSERT_FALSE(config.ok());
  EXPECT_THAT(std::string(config.status().message()), HasSubstr("PW is empty"));
}

TEST(ConfigTest, EmbeddedDatabaseNamesNeverCollideNorTruncate) {
  EXPECT_NE(EmbeddedDatabaseName("a_b", "c"), EmbeddedDatabaseName("a", "b_c"));
  EXPECT_EQ(EmbeddedDatabaseName("app", "dev"), "app.dev");
  const std::string long_project(63, 'p');
  const std::string a = EmbeddedDatabaseName(long_project, "dev");
  const std::string b = EmbeddedDatabaseName(long_project, "dev2");
  EXPECT_LE(a.size(), 63u);
  EXPECT_LE(b.size(), 63u);
  EXPECT_NE(a, b) << "two long names must not truncate into one";
  EXPECT_EQ(a, EmbeddedDatabaseName(long_project, "dev")) << "deterministic";
}

TEST(ConfigTest, AuthTokensAreHashesWithScopedRoles) {
  const std::string hash(64, 'a');
  absl::StatusOr<Config> config = Parse(
      kEnvPrefix + "        database: embedded\n"
                   "auth:\n  tokens:\n"
                   "    - subject: ci\n      sha256: " + hash + "\n"
                   "      roles: [viewer, {role: deployer, project: app, environments: [dev]}]\n");
  ASSERT_TRUE(config.ok()) << config.status();
  ASSERT_TRUE(config->auth.has_value());
  ASSERT_EQ(config->auth->tokens.size(), 1u);
  const TokenConfig& t = config->auth->tokens[0];
  EXPECT_EQ(t.subject, "ci");
  EXPECT_EQ(t.sha256, hash);
  ASSERT_EQ(t.roles.size(), 2u);
  EXPECT_EQ(t.roles[0].role, Role::kViewer);
  EXPECT_TRUE(t.roles[0].project.empty());
  EXPECT_EQ(t.roles[1].role, Role::kDeployer);
  EXPECT_EQ(t.roles[1].environments, std::vector<std::string>{"dev"});
}

TEST(ConfigTest, ExposureNeedsTlsOrAnExplicitInsecureOptIn) {
  absl::StatusOr<Config> config =
      Parse("server:\n  listen: 0.0.0.0:50051\n" + kEnvPrefix + "        database: embedded\n");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(CheckExposure(*config).code(), absl::StatusCode::kInvalidArgument);
  config->server.allow_insecure = true;
  EXPECT_TRUE(CheckExposure(*config).ok());
  config->server.allow_insecure = false;
  for (const char* loopback : {"127.0.0.1:1", "[::1]:1", "localhost:1", "unix:/run/s.sock"}) {
    config->server.listen = loopback;
    EXPECT_TRUE(CheckExposure(*config).ok()) << loopback;
  }
}

TEST(ConfigTest, SuperuserLoadsAreRefusedBesideEmbeddedEnvironments) {
  absl::StatusOr<Config> config =
      Parse("projects:\n  app:\n    models_dir: m\n    migrations_dir: v\n"
            "    load_folders_as_superuser: true\n    environments:\n      dev:\n"
            "        database: embedded\n");
  ASSERT_FALSE(config.ok());
  EXPECT_THAT(std::string(config.status().message()),
              HasSubstr("projects.app.load_folders_as_superuser: superuser loads can run programs"));
  config = Parse(
      "projects:\n  app:\n    models_dir: m\n    migrations_dir: v\n"
      "    load_folders_as_superuser: true\n    environments:\n      dev:\n"
      "        database: {host: db, dbname: d, user: u}\n");
  EXPECT_TRUE(config.ok()) << config.status();
}

TEST(ConfigTest, DuplicateKeysAreAnErrorNamingTheLine) {
  absl::StatusOr<Config> config =
      Parse(kEnvPrefix + "        database: embedded\n        allow_sync: true\n"
                         "        allow_sync: false\n");
  ASSERT_FALSE(config.ok());
  EXPECT_THAT(std::string(config.status().message()), HasSubstr("allow_sync: duplicate key"));
}

TEST(ConfigTest, BackupKeysHaveDefaultsAndAreReadWherePlaced) {
  absl::StatusOr<Config> config = Parse(kEnvPrefix + "        database: embedded\n");
  ASSERT_TRUE(config.ok()) << config.status();
  const ProjectConfig& defaults = config->projects[0];
  EXPECT_TRUE(defaults.backup_dir.empty()) << "unset: the state folder's `backups`";
  EXPECT_TRUE(defaults.environments[0].backup_before_sync);
  EXPECT_FALSE(defaults.environments[0].backup_before_apply);
  EXPECT_EQ(defaults.environments[0].backup_keep, 10);

  config = Parse(
      "projects:\n  app:\n    models_dir: m\n    migrations_dir: v\n    backup_dir: ../backups\n"
      "    environments:\n"
      "      dev:\n        database: embedded\n        allow_sync: true\n"
      "        backup_before_sync: false\n        backup_keep: 1\n"
      "      prod:\n        database: {host: db, dbname: app, user: u}\n"
      "        backup_before_apply: true\n        backup_keep: 10000\n"
      "  shop:\n    models_dir: m\n    migrations_dir: v\n    backup_dir: /srv/backups/\n"
      "    environments:\n      dev:\n        database: embedded\n");
  ASSERT_TRUE(config.ok()) << config.status();
  const ProjectConfig& app = config->projects[0];
  EXPECT_EQ(app.backup_dir, "/backups") << "relative to the config file's folder, normalized";
  const EnvironmentConfig* dev = app.FindEnvironment("dev");
  ASSERT_NE(dev, nullptr);
  EXPECT_FALSE(dev->backup_before_sync);
  EXPECT_EQ(dev->backup_keep, 1);
  const EnvironmentConfig* prod = app.FindEnvironment("prod");
  ASSERT_NE(prod, nullptr);
  EXPECT_TRUE(prod->backup_before_sync) << "the default, where not set";
  EXPECT_TRUE(prod->backup_before_apply);
  EXPECT_EQ(prod->backup_keep, 10000);
  const ProjectConfig& shop = config->projects[1];
  EXPECT_EQ(shop.name, "shop");
  EXPECT_EQ(shop.backup_dir, "/srv/backups/");
  EXPECT_EQ(shop.environments[0].backup_keep, 10);
}

// Two environments on one database would let the guards of one act on the other (Sync
// allowed on dev writing to test's tables): refused at parse time, naming both.
std::string TwoEnvironments(const std::string& first, const std::string& second) {
  return "projects:\n  app:\n    models_dir: m\n    migrations_dir: v\n    environments:\n"
         "      dev:\n        database: " + first + "\n        allow_sync: true\n"
         "      test:\n        database: " + second + "\n";
}

TEST(ConfigTest, TwoEnvironmentsOnOneDatabaseAreRefusedNamingBoth) {
  absl::StatusOr<Config> config = Parse(TwoEnvironments("{host: db, dbname: app, user: u}",
                                                        "{host: db, dbname: app, user: u}"));
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(config.status().message()),
              HasSubstr("test.yaml:10: projects.app.environments.test.database: is the database "
                        "of app/dev too (host=db port=5432 dbname=app user=u)"));
  EXPECT_EQ(std::string(config.status().message()).find('\n'), std::string::npos);

  // The same database however it is written: loopback names, the default port, another user,
  // the host's case.
  const std::vector<std::pair<std::string, std::string>> same = {
      {"{host: localhost, dbname: app, user: u}", "{host: 127.0.0.1, dbname: app, user: u}"},
      {"{host: 127.0.0.1, dbname: app, user: u}", "{host: '::1', dbname: app, user: u}"},
      {"{host: /var/run/postgresql, dbname: app, user: u}", "{host: localhost, dbname: app, user: u}"},
      {"{host: db, port: 5432, dbname: app, user: u}", "{host: db, dbname: app, user: u}"},
      {"{host: db, dbname: app, user: owner}", "{host: db, dbname: app, user: reader}"},
      {"{host: DB.internal, dbname: app, user: u}", "{host: db.internal, dbname: app, user: u}"},
  };
  for (const auto& [first, second] : same) {
    config = Parse(TwoEnvironments(first, second));
    ASSERT_FALSE(config.ok()) << first << " and " << second;
    EXPECT_THAT(std::string(config.status().message()),
                HasSubstr("projects.app.environments.test.database: is the database of app/dev too"))
        << first << " and " << second;
  }

  // Different databases: another dbname, another server, another port, embedded ones (each
  // its own database on the private server).
  const std::vector<std::pair<std::string, std::string>> different = {
      {"{host: db, dbname: app_dev, user: u}", "{host: db, dbname: app_test, user: u}"},
      {"{host: db1, dbname: app, user: u}", "{host: db2, dbname: app, user: u}"},
      {"{host: localhost, port: 5432, dbname: app, user: u}",
       "{host: localhost, port: 5433, dbname: app, user: u}"},
      {"embedded", "embedded"},
      {"embedded", "{host: localhost, dbname: app, user: u}"},
  };
  for (const auto& [first, second] : different) {
    config = Parse(TwoEnvironments(first, second));
    EXPECT_TRUE(config.ok()) << first << " and " << second << ": " << config.status();
  }
}

TEST(ConfigTest, EnvironmentsOfTwoProjectsOnOneDatabaseAreRefusedNamingBoth) {
  absl::StatusOr<Config> config = Parse(
      "projects:\n"
      "  app:\n    models_dir: m\n    migrations_dir: v\n    environments:\n"
      "      dev:\n        database: {host: localhost, dbname: shared, user: u}\n"
      "  shop:\n    models_dir: m\n    migrations_dir: v\n    environments:\n"
      "      prod:\n        database: {host: 127.0.0.1, dbname: shared, user: u}\n");
  ASSERT_FALSE(config.ok());
  EXPECT_THAT(std::string(config.status().message()),
              HasSubstr("test.yaml:13: projects.shop.environments.prod.database: is the database "
                        "of app/dev too"));
  // The same dbname in two projects on different servers is fine.
  config = Parse(
      "projects:\n"
      "  app:\n    models_dir: m\n    migrations_dir: v\n    environments:\n"
      "      dev:\n        database: {host: db1, dbname: shared, user: u}\n"
      "  shop:\n    models_dir: m\n    migrations_dir: v\n    environments:\n"
      "      prod:\n        database: {host: db2, dbname: shared, user: u}\n");
  EXPECT_TRUE(config.ok()) << config.status();
}

}  // namespace
}  // namespace schemaservice::config
