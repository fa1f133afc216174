// schemad refuses bad configuration before serving: each case exits non-zero with one line
// that names the file, the line and the key, and says what to do. No test PostgreSQL is
// needed except for the unreachable-database case, which points at a closed port.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <algorithm>

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
};

class ConfigErrorTest : public ::testing::TestWithParam<ConfigErrorCase> {};

const std::string kHead =
    "server:\n  listen: 127.0.0.1:0\n  metrics_listen: 127.0.0.1:0\n"
    "projects:\n  app:\n    models_dir: models\n    migrations_dir: migrations\n"
    "    environments:\n      dev:\n";

TEST_P(ConfigErrorTest, ExitsNonZeroWithOneLineNamingTheKey) {
  testing::TempDir dir;
  const std::string config = dir.Write("schemad.yaml", GetParam().yaml);
  const RunResult r = RunProgram({BinaryPath("schemad"), "--config", config}, {{"SET_PW", "x"}}, 30000);
  EXPECT_EQ(r.exit_code, GetParam().exit_code) << r.err;
  EXPECT_THAT(r.err, HasSubstr("schemad: " + config + ":"));
  EXPECT_THAT(r.err, HasSubstr(GetParam().message));
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
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
        ConfigErrorCase{"malformed_yaml", kHead + "        database: {host: [\n", 2,
                        "malformed YAML"},
        ConfigErrorCase{"unreachable_database",
                        kHead + "        database:\n          host: 127.0.0.1\n          port: 1\n"
                                "          dbname: d\n          user: u\n          password_env: SET_PW\n",
                        3,
                        ":10: projects.app.environments.dev.database: cannot connect to "
                        "host=127.0.0.1 port=1 dbname=d user=u"}),
    [](const ::testing::TestParamInfo<ConfigErrorCase>& info) { return info.param.name; });

TEST(ConfigFileTest, MissingFileSaysWhichAndHowToPassOne) {
  const RunResult r = RunProgram({BinaryPath("schemad"), "--config", "/nonexistent/schemad.yaml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("/nonexistent/schemad.yaml: cannot read the config file"));
  EXPECT_THAT(r.err, HasSubstr("--config FILE"));
}

TEST(ConfigFileTest, TheSecretNeverAppearsInTheUnreachableDatabaseError) {
  testing::TempDir dir;
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
  const std::string config = dir.Write("schemad.yaml", kHead + "        database: embedded\n");
  const RunResult r = RunProgram({BinaryPath("schemad"), "--config", config, "--check-config"},
                          {{"TMPDIR", dir.path()}}, 60000);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("is valid; every database answered"));
}

}  // namespace
}  // namespace schemaservice
