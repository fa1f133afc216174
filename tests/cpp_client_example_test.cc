// The installed C++ client, used the way another service uses it: `cmake --install` of this
// build into a temporary prefix, examples/cpp_client configured and built there as a project
// of its own (find_package(schemaservice CONFIG), schemaservice::client), and the program run
// against the real schemad on the test PostgreSQL with a bearer token: it prints the history,
// streams an Apply of the one pending migration, and the migration's table is in the database.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "tests/support/served_project.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::MigrationFile;
using testing::QueryValue;
using testing::RunProgram;
using testing::RunResult;
using testing::ServedProject;
using testing::TempDir;

constexpr char kVersion[] = "20260301000001";
constexpr int kBuildTimeoutMs = 240000;

// None of the SCHEMACTL_* settings of the environment the test runs in reach the example.
const std::map<std::string, std::string> kCleanEnv = {
    {"SCHEMACTL_SERVER", ""},    {"SCHEMACTL_PROJECT", ""},  {"SCHEMACTL_TOKEN", ""},
    {"SCHEMACTL_TOKEN_FILE", ""}, {"SCHEMACTL_TLS_CA", ""},  {"SCHEMACTL_TLS_CERT", ""},
    {"SCHEMACTL_TLS_KEY", ""},   {"SCHEMACTL_TLS_SERVER_NAME", ""}};

std::string Shown(const RunResult& r) {
  return "exit " + std::to_string(r.exit_code) + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err;
}

// Installs this build into `prefix` and builds examples/cpp_client against it only.
void BuildExample(const TempDir& work, std::string* binary) {
  const std::string prefix = work.path() + "/prefix", build = work.path() + "/build";
  RunResult r = RunProgram({SCHEMASERVICE_CMAKE, "--install", SCHEMASERVICE_BINARY_DIR,
                            "--prefix", prefix},
                           {}, kBuildTimeoutMs);
  ASSERT_EQ(r.exit_code, 0) << Shown(r);
  for (const char* file : {"/" SCHEMASERVICE_INSTALL_LIBDIR "/cmake/schemaservice/schemaserviceConfig.cmake",
                           "/" SCHEMASERVICE_INSTALL_LIBDIR "/cmake/schemaservice/schemaserviceConfigVersion.cmake",
                           "/include/schemaservice/client.h", "/include/schemaservice/call.h",
                           "/include/schemaservice/v1/schema_service.grpc.pb.h", "/bin/schemactl"}) {
    EXPECT_TRUE(std::filesystem::exists(prefix + file)) << file << " not installed";
  }
  std::vector<std::string> configure = {
      SCHEMASERVICE_CMAKE, "-S", std::string(SCHEMASERVICE_SOURCE_DIR) + "/examples/cpp_client",
      "-B", build, "-DCMAKE_BUILD_TYPE=Release", "-DCMAKE_PREFIX_PATH=" + prefix};
  // The same layout under a new folder each run: relative to it, ccache sees the same command.
  std::map<std::string, std::string> env = {{"CCACHE_BASEDIR", work.path()}};
  if (std::string(SCHEMASERVICE_CCACHE).size() > 0) {
    configure.push_back("-DCMAKE_CXX_COMPILER_LAUNCHER=" SCHEMASERVICE_CCACHE);
  }
  r = RunProgram(configure, env, kBuildTimeoutMs);
  ASSERT_EQ(r.exit_code, 0) << Shown(r);
  std::ifstream cache(build + "/CMakeCache.txt");
  const std::string cached((std::istreambuf_iterator<char>(cache)), std::istreambuf_iterator<char>());
  EXPECT_THAT(cached, HasSubstr("schemaservice_DIR:PATH=" + prefix + "/" SCHEMASERVICE_INSTALL_LIBDIR
                                "/cmake/schemaservice\n"))
      << "the package was not found in the prefix";
  r = RunProgram({SCHEMASERVICE_CMAKE, "--build", build, "-j2"}, env, kBuildTimeoutMs);
  ASSERT_EQ(r.exit_code, 0) << Shown(r);
  *binary = build + "/cpp_client";
}

TEST(CppClientExampleTest, TheInstalledPackageBuildsTheExampleWhichShowsHistoryAndStreamsAnApply) {
  TempDir work;
  std::string example;
  ASSERT_NO_FATAL_FAILURE(BuildExample(work, &example));

  const pg::ConnectionSettings database = testing::FreshDatabase();
  ServedProject project;
  ASSERT_TRUE(project.AddMigrations(
      {{kVersion, "create_example_widgets",
        "CREATE TABLE example_widgets (id bigint PRIMARY KEY, name text NOT NULL);\n"
        "CREATE INDEX example_widgets_name ON example_widgets (name);\n",
        "DROP TABLE example_widgets;\n"}}));
  ASSERT_TRUE(project.Start(database));
  const std::vector<std::string> args = {example, "--server", project.address(), "--project",
                                         "app", "--env", "dev", "--token-file",
                                         project.token_file()};

  const RunResult first = RunProgram(args, kCleanEnv);
  ASSERT_EQ(first.exit_code, 0) << Shown(first);
  const std::string& out = first.out;
  EXPECT_THAT(out, HasSubstr("history of app/dev: current version none\n"));
  EXPECT_THAT(out, HasSubstr(std::string("  ") + kVersion + "  PENDING  create_example_widgets\n"));
  EXPECT_THAT(out, HasSubstr("progress VALIDATING"));
  // Each statement as it runs, then the summary line.
  const std::string prefix = std::string("progress APPLYING step 1/1 version ") + kVersion;
  const size_t statement1 = out.find(prefix + " statement 1/2");
  const size_t statement2 = out.find(prefix + " statement 2/2");
  const size_t applied = out.find(std::string("applied ") + kVersion + " to app/dev in ");
  EXPECT_NE(statement1, std::string::npos) << Shown(first);
  EXPECT_NE(statement2, std::string::npos) << Shown(first);
  EXPECT_NE(applied, std::string::npos) << Shown(first);
  EXPECT_LT(out.find("history of"), out.find("progress ")) << Shown(first);
  EXPECT_LT(statement1, statement2) << Shown(first);
  EXPECT_LT(statement2, applied) << Shown(first);
  EXPECT_EQ(QueryValue(database, "SELECT to_regclass('public.example_widgets')::text"),
            "example_widgets");

  // Again: History now says applied, and there is nothing left to apply.
  const RunResult second = RunProgram(args, kCleanEnv);
  ASSERT_EQ(second.exit_code, 0) << Shown(second);
  EXPECT_THAT(second.out, HasSubstr("history of app/dev: current version " + std::string(kVersion)));
  EXPECT_THAT(second.out, HasSubstr(std::string("  ") + kVersion + "  APPLIED  "));
  EXPECT_THAT(second.out, HasSubstr("nothing to apply: app/dev is up to date"));

  // A token schemad does not know: exit 1 with the code and schemad's message.
  std::map<std::string, std::string> wrong_token = kCleanEnv;
  wrong_token["SCHEMACTL_TOKEN"] = "not-the-token";
  const RunResult refused = RunProgram(
      {example, "--server", project.address(), "--project", "app", "--env", "dev"}, wrong_token);
  EXPECT_EQ(refused.exit_code, 1) << Shown(refused);
  EXPECT_THAT(refused.err, HasSubstr("cpp_client: UNAUTHENTICATED: the token is not valid"));
  EXPECT_THAT(refused.err, Not(HasSubstr("not-the-token")));
}

}  // namespace
}  // namespace schemaservice
