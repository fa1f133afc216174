// The Diff operation end to end on a real PostgreSQL: sources load through shadow databases
// that are always dropped (also when loading fails), stale shadows are cleaned up, errors
// name the file and line, and the output is deterministic.
#include <gmock/gmock.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>
#include <gtest/gtest.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/catalog/reader.h"
#include "service/executor/engine.h"
#include "service/store/store.h"
#include "service/pg/connection.h"
#include "service/pg/quote.h"
#include "tests/support/process.h"
#include "tests/support/schemad_runner.h"
#include "tests/support/test_postgres.h"

namespace schemaservice::executor {
namespace {

using ::testing::HasSubstr;

int ShadowCount() {
  auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
  EXPECT_TRUE(conn.ok());
  pqxx::nontransaction tx(**conn);
  return tx.exec1("SELECT count(*) FROM pg_database WHERE datname LIKE 'schemad_shadow_%'")[0].as<int>();
}

int AdvisoryLockCount() {
  auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
  EXPECT_TRUE(conn.ok());
  pqxx::nontransaction tx(**conn);
  return tx.exec1("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")[0].as<int>();
}

Source Files(std::vector<SqlFile> files) {
  Source s;
  s.kind = Source::Kind::kFiles;
  s.files = std::move(files);
  s.label = "files";
  return s;
}

class EngineTest : public ::testing::Test {
 protected:
  ShadowServer shadow_{testing::TestServer().Settings("postgres"), /*private_server=*/true};
};

TEST_F(EngineTest, DiffOfTwoFileSetsPlansTheChangeAndLeavesNoShadowBehind) {
  DiffRequest request{Files({{"a.sql", "CREATE TABLE t (id int);"}}),
                      Files({{"b.sql", "CREATE TABLE t (id int, note text);"}}), {}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(request, shadow_);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->plan.up.size(), 1u);
  EXPECT_EQ(result->plan.up[0].sql, "ALTER TABLE public.t ADD COLUMN note text");
  ASSERT_EQ(result->plan.down.size(), 1u);
  EXPECT_EQ(result->plan.down[0].sql, "ALTER TABLE public.t DROP COLUMN note");
  EXPECT_THAT(result->from_hash, HasSubstr("sha256:"));
  EXPECT_EQ(ShadowCount(), 0);
}

TEST_F(EngineTest, TheSameInputsGiveByteIdenticalSql) {
  const std::string a = "CREATE TYPE e AS ENUM ('x'); CREATE TABLE t (id int PRIMARY KEY, e e);";
  const std::string b =
      "CREATE TYPE e AS ENUM ('x', 'y'); CREATE TABLE t (id bigint PRIMARY KEY, e e, n int);"
      "CREATE TABLE u (id int REFERENCES t); CREATE VIEW v AS SELECT id FROM t; CREATE INDEX ON t (n);";
  std::string first;
  for (int i = 0; i < 3; ++i) {
    DiffRequest request{Files({{"a.sql", a}}), Files({{"b.sql", b}}), {}, {}};
    absl::StatusOr<DiffResult> result = RunDiff(request, shadow_);
    ASSERT_TRUE(result.ok()) << result.status();
    const std::string sql = plan::RenderSql(result->plan.up) + plan::RenderSql(result->plan.down);
    if (i == 0) first = sql;
    EXPECT_EQ(sql, first) << "run " << i;
  }
}

TEST_F(EngineTest, AFileThatFailsToLoadIsNamedWithItsLineAndNoShadowRemains) {
  DiffRequest request{Files({{"01_ok.sql", "CREATE TABLE t (id int);"},
                             {"02_bad.sql", "CREATE TABLE u (id int);\n\nCREATE TABLE v (id nosuchtype);"}}),
                      Files({}), {}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(request, shadow_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("loading 02_bad.sql:3: "));
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("type \"nosuchtype\" does not exist"));
  EXPECT_EQ(ShadowCount(), 0);
}

TEST_F(EngineTest, AnUnknownSchemaIsNotFoundAndNoShadowRemains) {
  DiffRequest request{Files({{"a.sql", "CREATE TABLE t (id int);"}}), Files({}), {"nosuch"}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(request, shadow_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("schema \"nosuch\" does not exist"));
  EXPECT_EQ(ShadowCount(), 0);
}

TEST_F(EngineTest, AnUnreachableDatabaseIsUnavailableAndNoShadowRemains) {
  absl::StatusOr<Source> live = Source::Parse("postgres://nobody@127.0.0.1:1/x");
  ASSERT_TRUE(live.ok());
  DiffRequest request{Files({{"a.sql", "CREATE TABLE t (id int);"}}), *live, {}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(request, shadow_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_EQ(ShadowCount(), 0);
}

TEST_F(EngineTest, SelectedSchemasLimitTheComparison) {
  DiffRequest request{Files({{"a.sql", "CREATE SCHEMA s; CREATE TABLE s.t (id int); CREATE TABLE t (id int);"}}),
                      Files({{"b.sql", "CREATE SCHEMA s; CREATE TABLE s.t (id int, x int);"}}), {"s"}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(request, shadow_);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->plan.up.size(), 1u) << plan::RenderSql(result->plan.up);
  EXPECT_EQ(result->plan.up[0].sql, "ALTER TABLE s.t ADD COLUMN x integer");
}

// Text search objects and conversions live in schemas and follow the selection; casts, like
// foreign-data wrappers, belong to the whole database and are compared only when every
// schema is.
TEST_F(EngineTest, TextSearchObjectsFollowTheSelectedSchemasAndCastsOnlyTheWholeDatabase) {
  const std::string base = "CREATE SCHEMA s; CREATE SCHEMA t; CREATE TYPE s.e AS ENUM ('x');";
  const std::string more = base +
                           " CREATE TEXT SEARCH DICTIONARY s.d (TEMPLATE = pg_catalog.simple);"
                           " CREATE TEXT SEARCH DICTIONARY t.d (TEMPLATE = pg_catalog.simple);"
                           " CREATE CONVERSION t.c FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;"
                           " CREATE CAST (s.e AS text) WITH INOUT;";
  DiffRequest selected{Files({{"a.sql", base}}), Files({{"b.sql", more}}), {"s"}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(selected, shadow_);
  ASSERT_TRUE(result.ok()) << result.status();
  std::vector<std::string> sql;
  for (const plan::Statement& st : result->plan.up) sql.push_back(st.sql);
  EXPECT_THAT(sql, ::testing::ElementsAre("CREATE TEXT SEARCH DICTIONARY s.d (TEMPLATE = pg_catalog.simple)"));

  DiffRequest whole{Files({{"a.sql", base}}), Files({{"b.sql", more}}), {}, {}};
  result = RunDiff(whole, shadow_);
  ASSERT_TRUE(result.ok()) << result.status();
  sql.clear();
  for (const plan::Statement& st : result->plan.up) sql.push_back(st.sql);
  EXPECT_THAT(sql, ::testing::UnorderedElementsAre("CREATE TEXT SEARCH DICTIONARY s.d (TEMPLATE = pg_catalog.simple)",
                                                   "CREATE TEXT SEARCH DICTIONARY t.d (TEMPLATE = pg_catalog.simple)",
                                                   "CREATE CONVERSION t.c FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8",
                                                   "CREATE CAST (s.e AS text) WITH INOUT"));
}

// Runs `setup` as `admin`, then connects to the same database as the login role `role` (made
// once, with no privileges).
absl::StatusOr<std::unique_ptr<pqxx::connection>> ConnectAsAnotherRole(const pg::ConnectionSettings& admin,
                                                                        const std::string& role,
                                                                        const std::string& setup) {
  {
    auto conn = pg::Connect(admin, "test");
    if (!conn.ok()) return conn.status();
    pqxx::nontransaction tx(**conn);
    tx.exec0(absl::StrCat("DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ", pg::QuoteLiteral(role),
                          ") THEN CREATE ROLE ", pg::QuoteIdent(role), " LOGIN PASSWORD 'another-role'; END IF; END$$"));
    tx.exec0(setup);
  }
  pg::ConnectionSettings settings = admin;
  settings.user = role;
  settings.password = "another-role";
  return pg::Connect(settings, "test");
}

// pg_user_mappings shows a mapping's options only to superusers, the server's owner and the
// mapped user: read as anyone else, "no options" would plan dropping a password, so the read
// fails naming the mapping. With a schema selection user mappings are not read at all.
TEST_F(EngineTest, AUserMappingWhoseOptionsTheReaderCannotSeeFailsTheReadByName) {
  pg::ConnectionSettings admin = testing::FreshDatabase();
  auto conn = ConnectAsAnotherRole(admin, "mapping_reader",
                                   "DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mapped_user')"
                                   " THEN CREATE ROLE mapped_user; END IF; END$$;"
                                   " CREATE FOREIGN DATA WRAPPER files; CREATE SERVER archive FOREIGN DATA WRAPPER files;"
                                   " CREATE USER MAPPING FOR mapped_user SERVER archive OPTIONS (user 'u', password 'p')");
  ASSERT_TRUE(conn.ok()) << conn.status();
  absl::StatusOr<catalog::Catalog> read = catalog::ReadCatalog(**conn, {});
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_THAT(std::string(read.status().message()), HasSubstr("user mapping FOR mapped_user SERVER archive"));
  EXPECT_TRUE(catalog::ReadCatalog(**conn, {{"public"}}).ok());

  auto as_admin = pg::Connect(admin, "test");
  ASSERT_TRUE(as_admin.ok()) << as_admin.status();
  read = catalog::ReadCatalog(**as_admin, {});
  ASSERT_TRUE(read.ok()) << read.status();
  std::vector<std::string> mappings;
  for (const catalog::DefinedObject& o : read->defined_objects) {
    if (o.c.ref.kind == catalog::Kind::kUserMapping) {
      mappings.push_back(absl::StrCat(o.c.ref.id, ": ", absl::StrJoin(o.options, ", ")));
    }
  }
  EXPECT_THAT(mappings, ::testing::ElementsAre("FOR mapped_user SERVER archive: user=u, password=p"));
}

// A subscription's connection string is readable only by roles with SELECT on
// pg_subscription.subconninfo (superusers): read as anyone else, "no subscription" would plan dropping it,
// so the read fails naming it. With a schema selection subscriptions are not read at all.
TEST_F(EngineTest, ASubscriptionWhoseConnectionTheReaderCannotSeeFailsTheReadByName) {
  pg::ConnectionSettings admin = testing::FreshDatabase();
  auto conn = ConnectAsAnotherRole(admin, "subscription_reader",
                                   "CREATE SUBSCRIPTION \"Feed\" CONNECTION 'host=/nonexistent dbname=up password=secret'"
                                   " PUBLICATION p WITH (connect = false)");
  ASSERT_TRUE(conn.ok()) << conn.status();
  absl::StatusOr<catalog::Catalog> read = catalog::ReadCatalog(**conn, {});
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_THAT(std::string(read.status().message()), HasSubstr("subscription \"Feed\""));
  EXPECT_THAT(std::string(read.status().message()), ::testing::Not(HasSubstr("secret")));
  EXPECT_TRUE(catalog::ReadCatalog(**conn, {{"public"}}).ok());

  auto as_admin = pg::Connect(admin, "test");
  ASSERT_TRUE(as_admin.ok()) << as_admin.status();
  read = catalog::ReadCatalog(**as_admin, {});
  ASSERT_TRUE(read.ok()) << read.status();
  std::vector<std::string> subscriptions;
  for (const catalog::DefinedObject& o : read->defined_objects) {
    if (o.c.ref.kind == catalog::Kind::kSubscription) {
      subscriptions.push_back(absl::StrCat(o.c.ref.id, ": ", o.definition));
    }
  }
  EXPECT_THAT(subscriptions,
              ::testing::ElementsAre("\"Feed\": CONNECTION 'host=/nonexistent dbname=up password=secret'\nPUBLICATION p"));
}

TEST_F(EngineTest, OperatorsOfSchemasLeftOutAreNeitherReadNorPlanned) {
  const std::string op = "=== (LEFTARG = int, RIGHTARG = int, FUNCTION = int4eq);";
  DiffRequest request{Files({{"a.sql", "CREATE SCHEMA s;"}}),
                      Files({{"b.sql", absl::StrCat("CREATE SCHEMA s; CREATE SCHEMA other; CREATE OPERATOR s.", op,
                                                    " CREATE OPERATOR other.", op)}}),
                      {"s"}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(request, shadow_);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->plan.up.size(), 1u) << plan::RenderSql(result->plan.up);
  EXPECT_EQ(result->plan.up[0].sql, "CREATE OPERATOR s.=== (FUNCTION = int4eq, LEFTARG = integer, RIGHTARG = integer)");
}

// Models (loaded as superuser: a shell type needs one) with a shell type in them, a kind
// the engine does not plan.
DiffRequest ShellTypeRequest(const testing::TempDir& dir) {
  dir.Write("shell.sql", "CREATE TYPE public.unfinished;\n");
  Source models;
  models.kind = Source::Kind::kModels;
  models.dir = dir.path();
  models.label = "models";
  DiffRequest request{Files({}), models, {}, {}};
  request.load.folder_superuser = true;
  return request;
}

TEST_F(EngineTest, ObjectKindsNotPlannedYetFailTheDiffByName) {
  testing::TempDir dir;
  absl::StatusOr<DiffResult> result = RunDiff(ShellTypeRequest(dir), shadow_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kUnimplemented);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("type public.unfinished"));
  EXPECT_EQ(ShadowCount(), 0);
}

TEST_F(EngineTest, AnExtensionDowngradeWithNoPathIsRefusedWhileColumnsHoldItsTypesThroughArraysAndDomains) {
  // hstore has no script from 1.8 down to 1.4: going back means DROP EXTENSION, which the
  // server refuses while a column holds hstore, an hstore[] or a domain over it.
  const std::string columns = "CREATE DOMAIN attrs AS hstore; CREATE TABLE t (id int, tags hstore[], extra attrs);";
  DiffRequest request{Files({{"a.sql", "CREATE EXTENSION hstore VERSION '1.8'; " + columns}}),
                      Files({{"b.sql", "CREATE EXTENSION hstore VERSION '1.4'; " + columns}}), {}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(request, shadow_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kFailedPrecondition) << result.status();
  EXPECT_THAT(std::string(result.status().message()),
              HasSubstr("while columns hold its types (public.t.extra, public.t.tags): keep version 1.8"));
  EXPECT_EQ(ShadowCount(), 0);
}

TEST_F(EngineTest, RolesTheModelsGrantToAreCreatedOnAPrivateShadowServer) {
  DiffRequest request{Files({}),
                      Files({{"g.sql", "CREATE TABLE t (id int); GRANT SELECT ON t TO \"Report Reader\";"}}),
                      {}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(request, shadow_);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(plan::RenderSql(result->plan.up), HasSubstr("GRANT SELECT ON TABLE public.t TO \"Report Reader\""));
  // Made for the load, gone with it: loads cannot pile roles up on the shadow server.
  auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
  ASSERT_TRUE(conn.ok());
  pqxx::nontransaction tx(**conn);
  EXPECT_EQ(tx.exec1("SELECT count(*) FROM pg_roles WHERE rolname = 'Report Reader'")[0].as<int>(), 0);
}

TEST_F(EngineTest, OwnershipGivenToAModelRoleWorksInTheSandboxButNeverToAnExistingPrivilegedRole) {
  DiffRequest ok{Files({}),
                 Files({{"o.sql", "CREATE TABLE t (id int); GRANT CREATE ON SCHEMA public TO app_owner; "
                               "ALTER TABLE t OWNER TO app_owner;"}}),
                 {}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(ok, shadow_);
  ASSERT_TRUE(result.ok()) << result.status();
  DiffRequest bad{Files({}),
                  Files({{"p.sql", "CREATE TABLE t (id int); ALTER TABLE t OWNER TO postgres;"}}),
                  {}, {}};
  result = RunDiff(bad, shadow_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kPermissionDenied) << result.status();
  EXPECT_EQ(ShadowCount(), 0);
}

TEST_F(EngineTest, FilesLoadAsAnUnprivilegedRoleUnlessAFolderOptsInToSuperuser) {
  testing::TempDir dir;
  dir.Write("01_event.sql",
            "CREATE FUNCTION audit() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;\n"
            "CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit();\n");
  Source models;
  models.kind = Source::Kind::kModels;
  models.dir = dir.path();
  models.label = "models";
  DiffRequest request{Files({}), models, {}, {}};
  absl::StatusOr<DiffResult> result = RunDiff(request, shadow_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("load_folders_as_superuser"));

  request.load.folder_superuser = true;
  result = RunDiff(request, shadow_);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(plan::RenderSql(result->plan.up), HasSubstr("CREATE EVENT TRIGGER audit_ddl"));

  // Never for SQL a caller sends, whatever the option says.
  DiffRequest inline_request{Files({}), Files({{"e.sql",
      "CREATE FUNCTION audit() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;"
      "CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit();"}}), {}, {}};
  inline_request.load.folder_superuser = true;
  result = RunDiff(inline_request, shadow_);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("SQL sent by a caller can never"));
  EXPECT_EQ(ShadowCount(), 0);
}

TEST_F(EngineTest, MigrationsReplayStopsAtUpToVersionAndAnUnknownVersionIsNotFound) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() + "/versions");
  dir.Write("versions/20260101000000_a.up.sql", "CREATE TABLE a (id int);");
  dir.Write("versions/20260102000000_b.up.sql", "CREATE TABLE b (id int);");
  dir.Write("versions/20260103000000_c.up.sql", "CREATE TABLE c (id int);");
  ASSERT_TRUE(store::Store::Open(dir.path())->Rehash().ok());
  Source migrations;
  migrations.kind = Source::Kind::kMigrations;
  migrations.dir = dir.path();
  migrations.label = "migrations";
  migrations.up_to_version = "20260102000000";
  absl::StatusOr<std::vector<SqlFile>> files = ReadSourceFiles(migrations);
  ASSERT_TRUE(files.ok()) << files.status();
  ASSERT_EQ(files->size(), 2u);
  EXPECT_THAT((*files)[1].name, HasSubstr("20260102000000_b.up.sql"));
  migrations.up_to_version = "20260104000000";
  EXPECT_EQ(ReadSourceFiles(migrations).status().code(), absl::StatusCode::kNotFound);
  // An edited file is caught by the sum before anything replays.
  dir.Write("versions/20260101000000_a.up.sql", "CREATE TABLE a (id bigint);");
  migrations.up_to_version = "";
  const absl::Status edited = ReadSourceFiles(migrations).status();
  EXPECT_EQ(edited.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(edited.message()), HasSubstr("edited 20260101000000_a.up.sql"));
}

TEST_F(EngineTest, ASymlinkLeavingTheFolderIsRefusedAndOneInsideIsRead) {
  testing::TempDir dir, outside;
  dir.Write("01_a.sql", "CREATE TABLE a (id int);");
  std::filesystem::create_symlink(dir.path() + "/01_a.sql", dir.path() + "/02_same.sql");
  Source models;
  models.kind = Source::Kind::kModels;
  models.dir = dir.path();
  EXPECT_TRUE(ReadSourceFiles(models).ok());
  std::filesystem::create_symlink(outside.Write("secret", "x"), dir.path() + "/03_out.sql");
  const absl::Status s = ReadSourceFiles(models).status();
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("03_out.sql is a symlink that leaves"));
}

TEST_F(EngineTest, AShadowLeftByACrashedRunIsDroppedByTheNextServerUse) {
  {
    auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
    ASSERT_TRUE(conn.ok());
    pqxx::nontransaction tx(**conn);
    tx.exec0("CREATE DATABASE schemad_shadow_crashed_1");
  }
  EXPECT_EQ(ShadowCount(), 1);
  ShadowServer fresh(testing::TestServer().Settings("postgres"));
  absl::StatusOr<std::unique_ptr<ShadowServer::Database>> db = fresh.Create();
  ASSERT_TRUE(db.ok()) << db.status();
  EXPECT_EQ(ShadowCount(), 1) << "only the new shadow remains";
  db->reset();
  EXPECT_EQ(ShadowCount(), 0);
}

TEST_F(EngineTest, AShadowLeftByAKilledSchemactlIsDroppedByTheNextRun) {
  testing::TempDir dir;
  dir.Write("slow/01.sql", "CREATE TABLE t (id int);\nSELECT pg_sleep(20);\n");
  dir.Write("fast/01.sql", "CREATE TABLE t (id int);\n");
  const pg::ConnectionSettings admin = testing::TestServer().Settings("postgres");
  const std::string shadow_url = absl::StrCat("postgres://postgres:", admin.password, "@127.0.0.1:",
                                              admin.port, "/postgres");
  testing::Process diff({testing::BinaryPath("schemactl"), "diff", "--shadow", shadow_url,
                         "models:" + dir.path() + "/slow", "models:" + dir.path() + "/fast"});
  // Up to 30 s: under a loaded CI machine (round-trip shards beside it) starting schemactl
  // and its shadow took over 10 s once.
  for (int i = 0; i < 600 && ShadowCount() < 1; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_GE(ShadowCount(), 1) << "the diff never created its shadow: " << diff.Stderr();
  diff.Signal(SIGKILL);  // a crash: nothing of ours runs after this
  diff.Wait(10000);
  EXPECT_GE(ShadowCount(), 1) << "the crash test needs a shadow left behind";
  // The server ends the dead client's sessions (and frees the shadow's lock) on its own
  // schedule; a busy machine can take a moment, and until then the shadow is rightly "in use".
  for (int i = 0; i < 200 && AdvisoryLockCount() > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_EQ(AdvisoryLockCount(), 0) << "the killed run's session still holds its shadow's lock";
  const testing::RunResult next = testing::RunProgram(
      {testing::BinaryPath("schemactl"), "diff", "--shadow", shadow_url, "models:" + dir.path() + "/fast",
       "models:" + dir.path() + "/fast"});
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(ShadowCount(), 0) << "the next run did not drop the shadow of the killed one";
}

TEST_F(EngineTest, AShadowInUseByAnotherProcessIsNotDropped) {
  ShadowServer owner(testing::TestServer().Settings("postgres"));
  absl::StatusOr<std::unique_ptr<ShadowServer::Database>> in_use = owner.Create();
  ASSERT_TRUE(in_use.ok());
  ShadowServer other(testing::TestServer().Settings("postgres"));
  ASSERT_TRUE(other.DropStale().ok());
  EXPECT_EQ(ShadowCount(), 1) << "a live shadow was dropped";
}

// Shadows in use hold no admin connection each: their in-use locks share one keeper session,
// and admin work shares a pool of admin_pool_size.
TEST_F(EngineTest, ShadowsInUseShareBoundedAdminConnections) {
  ShadowServer::Options options;
  options.admin_pool_size = 2;
  ShadowServer server(testing::TestServer().Settings("postgres"), /*private_server=*/false, options);
  constexpr int kShadows = 6;
  std::vector<std::unique_ptr<ShadowServer::Database>> held(kShadows);
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int i = 0; i < kShadows; ++i) {
    threads.emplace_back([&, i] {
      absl::StatusOr<std::unique_ptr<ShadowServer::Database>> db = server.Create();
      if (db.ok()) held[i] = std::move(*db); else ++failures;
    });
  }
  for (std::thread& t : threads) t.join();
  ASSERT_EQ(failures.load(), 0);
  EXPECT_EQ(ShadowCount(), kShadows);
  EXPECT_EQ(AdvisoryLockCount(), kShadows) << "each shadow in use is locked";
  auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
  ASSERT_TRUE(conn.ok());
  const int admin_sessions = pqxx::nontransaction(**conn).exec1(
      "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'schemad-shadow'")[0].as<int>();
  EXPECT_LE(admin_sessions, 2 + 1) << "the admin pool (2) and the keeper, not one per shadow";
  held.clear();
  EXPECT_EQ(ShadowCount(), 0);
  EXPECT_EQ(AdvisoryLockCount(), 0) << "dropping a shadow releases its lock";
}

// A lost keeper session (the server ended it) is re-opened by the next Create, which then
// holds the new shadow's lock.
TEST_F(EngineTest, ALostLockKeeperIsReopenedByTheNextShadow) {
  ShadowServer server(testing::TestServer().Settings("postgres"));
  absl::StatusOr<std::unique_ptr<ShadowServer::Database>> first = server.Create();
  ASSERT_TRUE(first.ok()) << first.status();
  {
    auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
    ASSERT_TRUE(conn.ok());
    pqxx::nontransaction(**conn).exec(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'schemad-shadow'");
  }
  first->reset();  // its drop finds no admin session alive; DropStale cleans up later
  // Past the pool's check-after-idle (1 s): pooled admin sessions are checked, not trusted.
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));
  absl::StatusOr<std::unique_ptr<ShadowServer::Database>> second = server.Create();
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(AdvisoryLockCount(), 1) << "the new shadow is locked by a new keeper";
  second->reset();
  ShadowServer other(testing::TestServer().Settings("postgres"));
  ASSERT_TRUE(other.DropStale().ok());
  EXPECT_EQ(ShadowCount(), 0);
  EXPECT_EQ(AdvisoryLockCount(), 0);
}

}  // namespace
}  // namespace schemaservice::executor
