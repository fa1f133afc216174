// tests/majors_test.cc
//
// Databases of different PostgreSQL majors side by side: a PostgreSQL 15 (the test server) and
// a PostgreSQL 17 this binary starts from the programs scripts/install-pg-majors.sh installed
// (the ctest entry installs them first). Checks that each side is read with its own major's
// catalog queries, that SQL compared with a 17 database loads on a 17 shadow, and that a
// major whose programs are missing, or a configured shadow of another major, is refused by
// name instead of silently loading on the wrong server.
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "service/executor/engine.h"
#include "service/executor/shadow.h"
#include "service/pg/binaries.h"
#include "service/pg/connection.h"
#include "service/pg/embedded.h"
#include "tests/support/process.h"
#include "tests/support/schemad_runner.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

// An ICU collation reads pg_collation's locale column, which 17 renamed (colliculocale ->
// colllocale): the query that broke every diff against 17.
constexpr char kSchema[] = R"sql(
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE TABLE customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                       name text COLLATE german NOT NULL);
CREATE INDEX customer_name ON customer (name);
)sql";

class MajorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const absl::StatusOr<std::string> dir = pg::Binaries::Find().ServerDir(17);
    ASSERT_TRUE(dir.ok()) << dir.status() << " (run scripts/install-pg-majors.sh 17)";
    pg::EmbeddedOptions options;
    options.bin_dir = *dir;
    options.unsafe_fast = true;
    absl::StatusOr<std::unique_ptr<pg::EmbeddedPostgres>> started = pg::EmbeddedPostgres::Start(options);
    ASSERT_TRUE(started.ok()) << started.status();
    server17_ = started->release();
  }
  static void TearDownTestSuite() {
    delete server17_;
    server17_ = nullptr;
  }

  static pg::ConnectionSettings Database17(const std::string& name) {
    EXPECT_TRUE(server17_->EnsureDatabase(name).ok());
    return server17_->Settings(name);
  }

  static void Run(const pg::ConnectionSettings& db, const std::string& sql) {
    absl::StatusOr<std::unique_ptr<pqxx::connection>> conn = pg::Connect(db, "test");
    ASSERT_TRUE(conn.ok()) << conn.status();
    pqxx::nontransaction tx(**conn);
    tx.exec0(sql);
  }

  static int Major(const pg::ConnectionSettings& db) {
    absl::StatusOr<int> major = executor::ServerMajor(db);
    EXPECT_TRUE(major.ok()) << major.status();
    return major.ok() ? *major : 0;
  }

  static std::string Url(const pg::ConnectionSettings& s) {
    return absl::StrCat("postgres://", s.user, ":", s.password, "@127.0.0.1:", s.port, "/", s.dbname);
  }

  static pg::EmbeddedPostgres* server17_;
};

pg::EmbeddedPostgres* MajorsTest::server17_ = nullptr;

TEST_F(MajorsTest, SchemactlDiffsA15DatabaseAgainstA17OneReadingEachWithItsOwnQueries) {
  const pg::ConnectionSettings db15 = testing::FreshDatabase();
  const pg::ConnectionSettings db17 = Database17("diff_15_17");
  ASSERT_EQ(Major(db15), 15);
  ASSERT_EQ(Major(db17), 17);
  Run(db15, kSchema);
  Run(db17, kSchema);
  Run(db17, "ALTER TABLE customer ADD COLUMN email text");

  const testing::RunResult r =
      testing::RunProgram({testing::BinaryPath("schemactl"), "diff", Url(db15), Url(db17)});
  EXPECT_EQ(r.exit_code, 2) << "a difference exits 2\n" << r.out << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "ADD COLUMN email text")) << r.out;
  // The only difference is the column: collation, identity and index read alike on both.
  EXPECT_FALSE(absl::StrContains(r.out, "COLLATION")) << r.out;
  EXPECT_FALSE(absl::StrContains(r.out, "INDEX")) << r.out;
  EXPECT_FALSE(absl::StrContains(r.err, "colliculocale")) << r.err;

  const testing::RunResult back =
      testing::RunProgram({testing::BinaryPath("schemactl"), "diff", Url(db17), Url(db17)});
  EXPECT_EQ(back.exit_code, 0) << "a 17 database equals itself\n" << back.out << back.err;
}

TEST_F(MajorsTest, ModelsComparedWithA17DatabaseLoadOnA17Shadow) {
  testing::TempDir models;
  // JSON_VALUE is SQL/JSON syntax PostgreSQL 17 added: 15 rejects it, so this loads only on
  // a 17 shadow.
  const std::string sql = absl::StrCat(
      kSchema, "CREATE VIEW customer_tier AS SELECT id, JSON_VALUE('{\"tier\": 1}'::jsonb, '$.tier') AS tier FROM customer;\n");
  models.Write("models/01.sql", sql);
  const pg::ConnectionSettings db17 = Database17("models_vs_17");
  Run(db17, sql);

  executor::ShadowServer shadow;  // private, of the default major (15) unless told otherwise
  executor::DiffRequest request;
  request.from.kind = executor::Source::Kind::kLive;
  request.from.live = db17;
  request.from.label = "env17";
  request.to.kind = executor::Source::Kind::kModels;
  request.to.dir = models.path() + "/models";
  request.to.label = "models";
  absl::StatusOr<executor::DiffResult> result = executor::RunDiff(request, shadow);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_TRUE(result->plan.up.empty()) << result->plan.up.front().sql;
  EXPECT_TRUE(result->warnings.empty()) << result->warnings.front();

  // Through the CLI as well, with its own private shadows.
  const testing::RunResult r = testing::RunProgram(
      {testing::BinaryPath("schemactl"), "diff", Url(db17), "models:" + models.path() + "/models"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

// The team workflow against a 17 environment through schemad: models using 17's SQL are
// compared, made into a migration (proven on a 17 shadow), applied, and compared again.
TEST_F(MajorsTest, SchemadServesA17EnvironmentOnShadowsOfItsMajor) {
  testing::TempDir project;
  project.Write("models/01.sql", absl::StrCat(
      kSchema, "CREATE VIEW customer_tier AS SELECT id, JSON_VALUE('{\"tier\": 1}'::jsonb, '$.tier') AS tier FROM customer;\n"));
  std::filesystem::create_directories(project.path() + "/migrations/versions");
  ASSERT_EQ(testing::RunProgram({testing::BinaryPath("schemactl"), "rehash", "--migrations-dir",
                                 project.path() + "/migrations"}).exit_code, 0);
  const pg::ConnectionSettings dev = Database17("schemad_dev17");
  testing::SchemadRunner runner(
      absl::StrCat("server:\n  listen: 127.0.0.1:0\n  metrics_listen: 127.0.0.1:0\n"
                   "  migrations:\n    metrics_refresh_seconds: 0\n"
                   "projects:\n  app:\n    models_dir: ", project.path(), "/models\n"
                   "    migrations_dir: ", project.path(), "/migrations\n"
                   "    environments:\n      dev:\n        database:\n"
                   "          host: 127.0.0.1\n          port: ", dev.port, "\n          dbname: ",
                   dev.dbname, "\n          user: ", dev.user, "\n          password_env: DEV_PW\n"),
      {{"DEV_PW", dev.password}, {"SCHEMAD_PG_BINDIR", ""}});
  std::string error;
  ASSERT_TRUE(runner.WaitReady(30000, &error)) << error;
  auto schemactl = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {testing::BinaryPath("schemactl"), "--server", runner.grpc_address(),
                               "--project", "app"});
    return testing::RunProgram(args, {}, 120000);
  };

  testing::RunResult r = schemactl({"detect-schema-changes", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 2) << "models differ from both\n" << r.out << r.err;
  r = schemactl({"prepare-migration", "-m", "customers and tiers"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  r = schemactl({"apply-migrations", "--env", "dev"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  r = schemactl({"detect-schema-changes", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 0) << "models, migrations and dev agree\n" << r.out << r.err;
}

TEST_F(MajorsTest, AMajorWithoutProgramsIsRefusedByName) {
  // Only Debian's 15 is found when the cache is empty and no SCHEMAD_PG_BINDIR says otherwise.
  testing::TempDir empty;
  const char* saved_bindir = std::getenv("SCHEMAD_PG_BINDIR");
  const std::string saved = saved_bindir ? saved_bindir : "";
  unsetenv("SCHEMAD_PG_BINDIR");
  setenv("PG_MAJORS_DIR", empty.path().c_str(), 1);
  executor::ShadowOptions options;
  options.binaries = pg::Binaries::Find();
  unsetenv("PG_MAJORS_DIR");
  if (!saved.empty()) setenv("SCHEMAD_PG_BINDIR", saved.c_str(), 1);
  if (!options.binaries->ServerDir(15).ok()) GTEST_SKIP() << "needs Debian's PostgreSQL 15";
  options.major = 15;
  executor::ShadowServer shadow(options);

  const absl::StatusOr<executor::ShadowServer*> other = shadow.ForMajor(17);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE(absl::StrContains(other.status().message(), "no PostgreSQL 17 server programs"))
      << other.status();
  EXPECT_TRUE(absl::StrContains(other.status().message(), "scripts/install-pg-majors.sh 17"))
      << other.status();
  EXPECT_TRUE(absl::StrContains(other.status().message(), "postgres.bin_dirs.17")) << other.status();

  // And the diff that needs it says so, instead of loading the models on 15.
  testing::TempDir models;
  models.Write("m/01.sql", "CREATE TABLE t (id int);\n");
  executor::DiffRequest request;
  request.from.kind = executor::Source::Kind::kLive;
  request.from.live = Database17("missing_major");
  request.from.label = "env17";
  request.to.kind = executor::Source::Kind::kModels;
  request.to.dir = models.path() + "/m";
  request.to.label = "models";
  absl::StatusOr<executor::DiffResult> result = executor::RunDiff(request, shadow);
  ASSERT_FALSE(result.ok());
  EXPECT_TRUE(absl::StrContains(result.status().message(), "no PostgreSQL 17")) << result.status();
}

TEST_F(MajorsTest, AConfiguredShadowOfAnotherMajorIsRefused) {
  executor::ShadowServer shadow(testing::TestServer().Settings("postgres"));
  const absl::StatusOr<int> own = shadow.Major();
  ASSERT_TRUE(own.ok()) << own.status();
  ASSERT_NE(*own, 17);
  const absl::StatusOr<executor::ShadowServer*> other = shadow.ForMajor(17);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE(absl::StrContains(other.status().message(), "shadow_database")) << other.status();
  EXPECT_TRUE(absl::StrContains(other.status().message(), "PostgreSQL 17")) << other.status();
  const absl::StatusOr<executor::ShadowServer*> same = shadow.ForMajor(*own);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(*same, &shadow);
}

TEST_F(MajorsTest, ProgramsAreFoundPerMajorAndAWrongFolderIsNamed) {
  const pg::Binaries found = pg::Binaries::Find();
  const absl::StatusOr<std::string> dir17 = found.ServerDir(17);
  ASSERT_TRUE(dir17.ok()) << dir17.status();
  EXPECT_EQ(pg::ProgramMajor(*dir17 + "/postgres"), 17);
  // Listed under 16, the 17 folder is a configuration error naming both.
  const pg::Binaries wrong = pg::Binaries::Find({{16, *dir17}});
  const absl::Status check = wrong.Check();
  ASSERT_FALSE(check.ok());
  EXPECT_TRUE(absl::StrContains(check.message(), "postgres.bin_dirs.16")) << check;
  EXPECT_TRUE(absl::StrContains(check.message(), "is PostgreSQL 17, not 16")) << check;
  EXPECT_FALSE(wrong.ServerDir(16).ok()) << "a wrong folder must not be used";

  // A folder of client programs only (how a newer pg_dump is added) leaves the server
  // programs of that major to the defaults.
  if (found.ServerDir(15).ok()) {
    testing::TempDir clients;
    std::filesystem::create_symlink("/usr/lib/postgresql/15/bin/pg_dump", clients.path() + "/pg_dump");
    const pg::Binaries client_only = pg::Binaries::Find({{15, clients.path()}});
    EXPECT_TRUE(client_only.Check().ok()) << client_only.Check();
    EXPECT_EQ(client_only.ServerDir(15).value_or(""), found.ServerDir(15).value_or("-"));
    EXPECT_EQ(client_only.PgDump(15).value_or(""), clients.path() + "/pg_dump");
  }

  // A SCHEMAD_PG_BINDIR without a server is named, not silently replaced by another major.
  setenv("SCHEMAD_PG_BINDIR", "/nonexistent/bin", 1);
  const absl::Status env_check = pg::Binaries::Find().Check();
  unsetenv("SCHEMAD_PG_BINDIR");
  EXPECT_TRUE(absl::StrContains(env_check.message(), "SCHEMAD_PG_BINDIR=/nonexistent/bin holds no runnable postgres"))
      << env_check;

  // pg_dump refuses a newer server: 15's pg_dump serves a 15 server, never a 17 one, and
  // the npm packages carry none.
  if (found.ServerDir(15).ok()) {
    const absl::StatusOr<std::string> dump15 = found.PgDump(15);
    ASSERT_TRUE(dump15.ok()) << dump15.status();
    EXPECT_EQ(pg::ProgramMajor(*dump15), 15);
  }
  const absl::StatusOr<std::string> dump17 = found.PgDump(17);
  if (dump17.ok()) {
    EXPECT_GE(pg::ProgramMajor(*dump17), 17);
  } else {
    EXPECT_TRUE(absl::StrContains(dump17.status().message(), "no pg_dump of PostgreSQL 17 or newer"))
        << dump17.status();
  }
}

}  // namespace
}  // namespace schemaservice
