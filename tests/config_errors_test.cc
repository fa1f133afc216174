// schemad refuses bad configuration before serving: each case exits non-zero with one line
// that names the file, the line and the key, and says what to do. No test PostgreSQL is
// needed except for the unreachable-database case, which points at a closed port.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "tests/support/process.h"
#include "tests/support/schemad_runner.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using testing::BinaryPath;
using testing::RunProgram;
using testing::RunResult;

struct ConfigErrorCase {
  const char* name;
  std::string yaml;
  int exit_code;
  std::string message;  // substring of the single line schemad prints
  bool make_models_dir = true;
};

class ConfigErrorTest : public ::testing::TestWithParam<ConfigErrorCase> {};

const std::string kHead =
    "server:\n  listen: 127.0.0.1:0\n  metrics_listen: 127.0.0.1:0\n"
    "projects:\n  app:\n    models_dir: models\n    migrations_dir: migrations\n"
    "    environments:\n      dev:\n";

TEST_P(ConfigErrorTest, ExitsNonZeroWithOneLineNamingTheKey) {
  testing::TempDir dir;
  if (GetParam().make_models_dir) std::filesystem::create_directories(dir.path() + "/models");
  const std::string config = dir.Write("schemad.yaml", GetParam().yaml);
  const RunResult r = RunProgram({BinaryPath("schemad"), "--config", config}, {{"SET_PW", "x"}}, 30000);
  EXPECT_EQ(r.exit_code, GetParam().exit_code) << r.err;
  EXPECT_THAT(r.err, HasSubstr("schemad: " + config + ":"));
  EXPECT_THAT(r.err, HasSubstr(GetParam().message));
  // One error line; structured log lines (timestamped) may come before it.
  int error_lines = 0;
  for (const absl::string_view line : absl::StrSplit(r.err, '\n')) {
    if (!line.empty() && !absl::StartsWith(line, "20")) ++error_lines;
  }
  EXPECT_EQ(error_lines, 1) << "one line: " << r.err;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ConfigErrorTest,
    ::testing::Values(
        ConfigErrorCase{"unknown_key", kHead + "        database: embedded\n        allow_synk: true\n", 2,
                        ":11: projects.app.environments.dev.allow_synk: unknown key; allowed here: "
                        "database, allow_sync"},
        ConfigErrorCase{"missing_required_key",
                        "projects:\n  app:\n    models_dir: models\n    environments:\n      dev:\n"
                        "        database: embedded\n",
                        2, ":3: projects.app.migrations_dir: missing required key"},
        ConfigErrorCase{"secret_variable_not_set",
                        kHead + "        database:\n          host: 127.0.0.1\n          dbname: d\n"
                                "          user: u\n          password_env: SCHEMAD_UNSET_PW\n",
                        2,
                        ":14: projects.app.environments.dev.database.password_env: environment "
                        "variable SCHEMAD_UNSET_PW is not set; export it"},
        ConfigErrorCase{"bin_dir_of_another_major",
                        "postgres:\n  bin_dirs:\n    17: /usr/lib/postgresql/15/bin\n" + kHead +
                            "        database: embedded\n",
                        2, "postgres.bin_dirs.17: /usr/lib/postgresql/15/bin/postgres is PostgreSQL 15, not 17"},
        ConfigErrorCase{"malformed_yaml", kHead + "        database: {host: [\n", 2,
                        "malformed YAML"},
        ConfigErrorCase{"unreachable_database",
                        kHead + "        database:\n          host: 127.0.0.1\n          port: 1\n"
                                "          dbname: d\n          user: u\n          password_env: SET_PW\n",
                        3,
                        ":10: projects.app.environments.dev.database: cannot connect to "
                        "host=127.0.0.1 port=1 dbname=d user=u"},
        ConfigErrorCase{"missing_models_dir", kHead + "        database: embedded\n", 2,
                        ":6: projects.app.models_dir: ", false},
        ConfigErrorCase{"duplicate_key",
                        kHead + "        database: embedded\n      dev:\n        database: embedded\n",
                        2, ":11: projects.app.environments.dev: duplicate key"},
        ConfigErrorCase{"exposed_without_tls",
                        "server:\n  listen: 0.0.0.0:0\n" + kHead.substr(kHead.find("projects:")) +
                            "        database: embedded\n",
                        2, "server.listen: 0.0.0.0:0 is reachable from other machines, but server.tls is not set"},
        ConfigErrorCase{"tls_file_missing",
                        "server:\n  tls:\n    cert_file: nope.pem\n    key_file: nope.key\n" +
                            kHead.substr(kHead.find("projects:")) + "        database: embedded\n",
                        2, ":3: server.tls.cert_file: cannot read a PEM file at"},
        ConfigErrorCase{"token_in_clear",
                        kHead + "        database: embedded\nauth:\n  tokens:\n"
                                "    - {subject: ci, sha256: my-secret-token, roles: [admin]}\n",
                        2, "auth.tokens[0].sha256: expected 64 hex digits"},
        ConfigErrorCase{"role_for_unknown_environment",
                        kHead + "        database: embedded\nauth:\n  tokens:\n"
                                "    - subject: ci\n      sha256: " + std::string(64, 'a') +
                                "\n      roles: [{role: deployer, project: app, environments: [prod]}]\n",
                        2, "project app has no environment prod"},
        ConfigErrorCase{"shadow_server_unreachable",
                        "projects:\n  app:\n    models_dir: models\n    migrations_dir: m\n"
                        "    shadow_database: {host: 127.0.0.1, port: 1, dbname: s, user: u, "
                        "password_env: SET_PW}\n    environments:\n      dev:\n"
                        "        database: embedded\n",
                        3, ":5: projects.app.shadow_database: cannot connect to host=127.0.0.1 port=1"},
        ConfigErrorCase{"shadow_on_an_environment_server",
                        "projects:\n  app:\n    models_dir: models\n    migrations_dir: m\n"
                        "    shadow_database: {host: db, dbname: s, user: u, password_env: SET_PW}\n"
                        "    environments:\n      dev:\n        database: {host: db, dbname: d, "
                        "user: u, password_env: SET_PW}\n",
                        2, "projects.app.shadow_database: is the server of environment dev"},
        // Refused before any database is contacted (exit 2, not 3): localhost and 127.0.0.1
        // are one server.
        ConfigErrorCase{"two_environments_on_one_database",
                        kHead + "        database: {host: 127.0.0.1, dbname: d, user: u, "
                                "password_env: SET_PW}\n"
                                "      test:\n        database: {host: localhost, dbname: d, "
                                "user: u, password_env: SET_PW}\n",
                        2,
                        ":12: projects.app.environments.test.database: is the database of app/dev "
                        "too (host=localhost port=5432 dbname=d user=u)"},
        ConfigErrorCase{"backup_keep_out_of_range",
                        kHead + "        database: embedded\n        backup_keep: 0\n", 2,
                        ":11: projects.app.environments.dev.backup_keep: expected an integer from 1 "
                        "to 10000"}),
    [](const ::testing::TestParamInfo<ConfigErrorCase>& info) { return info.param.name; });

TEST(ConfigFileTest, MissingFileSaysWhichAndHowToPassOne) {
  const RunResult r = RunProgram({BinaryPath("schemad"), "--config", "/nonexistent/schemad.yaml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("/nonexistent/schemad.yaml: cannot read the config file"));
  EXPECT_THAT(r.err, HasSubstr("--config FILE"));
}

TEST(ConfigFileTest, TheSecretNeverAppearsInTheUnreachableDatabaseError) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() + "/models");
  const std::string config = dir.Write(
      "schemad.yaml", kHead + "        database:\n          host: 127.0.0.1\n          port: 1\n"
                              "          dbname: d\n          user: u\n          password_env: PW\n");
  const RunResult r =
      RunProgram({BinaryPath("schemad"), "--config", config}, {{"PW", "very-secret-pw-123"}});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, ::testing::Not(HasSubstr("very-secret-pw-123")));
}

TEST(ConfigFileTest, CheckConfigValidatesWithoutServing) {
  testing::TempDir dir;
  chmod(dir.path().c_str(), 0755);  // as root, the embedded server's user must reach it
  std::filesystem::create_directories(dir.path() + "/models");
  const std::string config = dir.Write("schemad.yaml", kHead + "        database: embedded\n");
  const RunResult r = RunProgram({BinaryPath("schemad"), "--config", config, "--check-config"},
                          {{"SCHEMAD_STATE_DIR", dir.path() + "/state"}}, 60000);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("is valid; every database answered"));
}

}  // namespace
}  // namespace schemaservice
