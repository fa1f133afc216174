// Generate on a real PostgreSQL: the migration written from models and the replayed store is
// proven (up, down, up) before it is written; a plan mixing transactional and
// non-transactional statements becomes several migrations; the store then replays to exactly
// the models; and bad input (no change, a tampered store, an unsafe message) writes nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "service/executor/engine.h"
#include "service/executor/generate.h"
#include "tests/support/process.h"
#include "tests/support/test_postgres.h"

namespace schemaservice::executor {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class GenerateTest : public ::testing::Test {
 protected:
  void SetUp() override { fs::create_directories(models_dir()); }

  std::string models_dir() const { return dir_.path() + "/models"; }
  std::string migrations_dir() const { return dir_.path() + "/migrations"; }
  void Models(const std::string& sql) { dir_.Write("models/01.sql", sql); }

  GenerateRequest Request(const std::string& message, bool online = false) {
    GenerateRequest r;
    r.migrations_dir = migrations_dir();
    r.models.kind = Source::Kind::kModels;
    r.models.dir = models_dir();
    r.models.label = "models";
    r.message = message;
    r.options.online = online;
    r.now = absl::Now();
    return r;
  }

  // The plan from the replayed store to the models: empty when the store reaches them.
  size_t Remaining() {
    DiffRequest d;
    d.from.kind = Source::Kind::kMigrations;
    d.from.dir = migrations_dir();
    d.from.label = "migrations";
    d.to.kind = Source::Kind::kModels;
    d.to.dir = models_dir();
    d.to.label = "models";
    absl::StatusOr<DiffResult> r = RunDiff(d, shadow_);
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? r->plan.up.size() : 999;
  }

  size_t FilesWritten() {
    std::error_code ec;
    if (!fs::is_directory(migrations_dir() + "/versions", ec)) return 0;
    size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(migrations_dir() + "/versions")) ++n;
    return n;
  }

  testing::TempDir dir_;
  ShadowServer shadow_{testing::TestServer().Settings("postgres"), /*private_server=*/true};
};

TEST_F(GenerateTest, AProvenMigrationIsWrittenAndTheStoreThenReplaysToTheModels) {
  Models("CREATE TABLE t (id int PRIMARY KEY, note text);\n");
  absl::StatusOr<GenerateResult> r = Generate(Request("create t"), shadow_);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->migrations.size(), 1u);
  const store::Migration& m = r->migrations[0].migration;
  EXPECT_THAT(m.up_file(), HasSubstr("_create_t.up.sql"));
  EXPECT_THAT(m.up_sql, HasSubstr("CREATE TABLE public.t"));
  ASSERT_TRUE(m.down_sql.has_value());
  EXPECT_THAT(*m.down_sql, HasSubstr("DROP TABLE public.t"));
  EXPECT_THAT(*m.down_sql, HasSubstr("-- hazard DATA_LOSS"));
  EXPECT_TRUE(store::Store::Open(migrations_dir())->Verify().ok());
  EXPECT_EQ(Remaining(), 0u);

  // Nothing left to do: nothing written.
  const size_t files = FilesWritten();
  r = Generate(Request("again"), shadow_);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->migrations.empty());
  EXPECT_EQ(FilesWritten(), files);
}

TEST_F(GenerateTest, ConcurrentIndexBuildsBecomeTheirOwnNoTransactionMigrations) {
  Models("CREATE TABLE t (id int PRIMARY KEY, note text);\n");
  ASSERT_TRUE(Generate(Request("create t"), shadow_).ok());
  Models("CREATE TABLE t (id int PRIMARY KEY, note text, flag bool);\n"
         "CREATE INDEX t_note ON t (note);\n");
  absl::StatusOr<GenerateResult> r = Generate(Request("note index", /*online=*/true), shadow_);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_GE(r->migrations.size(), 2u);
  int no_transaction = 0;
  for (const GeneratedMigration& g : r->migrations) {
    if (g.migration.directives.no_transaction || g.migration.up_sql.find("-- schemaservice:no-transaction") != std::string::npos) {
      ++no_transaction;
      EXPECT_EQ(g.up.size(), 1u) << "a no-transaction migration holds one statement";
    }
  }
  EXPECT_EQ(no_transaction, 1);
  store::Store reopened = *store::Store::Open(migrations_dir());
  ASSERT_TRUE(reopened.Verify().ok());
  int parsed_no_transaction = 0;
  for (const store::Migration& m : reopened.migrations()) parsed_no_transaction += m.directives.no_transaction;
  EXPECT_EQ(parsed_no_transaction, 1) << "the directive is read back from the file";
  EXPECT_EQ(Remaining(), 0u);
}

TEST_F(GenerateTest, GrantsToRolesTheModelsNameAreProvenToo) {
  Models("CREATE TABLE t (id int);\nGRANT SELECT ON t TO \"Report Reader\";\n");
  absl::StatusOr<GenerateResult> r = Generate(Request("readers"), shadow_);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->migrations.size(), 1u);
  EXPECT_THAT(r->migrations[0].migration.up_sql, HasSubstr("TO \"Report Reader\""));
  EXPECT_EQ(Remaining(), 0u);
}

TEST_F(GenerateTest, ARenameHintWritesARenameBothWaysAndAWrongHintWritesNothing) {
  Models("CREATE TABLE t (id int PRIMARY KEY, nick text);");
  ASSERT_TRUE(Generate(Request("create t"), shadow_).ok());
  Models("CREATE TABLE t (id int PRIMARY KEY, nickname text);");
  GenerateRequest wrong = Request("rename");
  wrong.options.renames = {*plan::ParseRenameHint("public.t.nick=other")};
  absl::StatusOr<GenerateResult> r = Generate(wrong, shadow_);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().ToString(), HasSubstr("the target has no column public.t.other"));
  EXPECT_EQ(FilesWritten(), 3u);  // the first up/down pair and the sum

  GenerateRequest hinted = Request("rename nick");
  hinted.options.renames = {*plan::ParseRenameHint("public.t.nick=nickname")};
  r = Generate(hinted, shadow_);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->migrations.size(), 1u);
  EXPECT_THAT(r->migrations[0].migration.up_sql, HasSubstr("ALTER TABLE public.t RENAME COLUMN nick TO nickname;"));
  EXPECT_THAT(r->migrations[0].migration.up_sql, ::testing::Not(HasSubstr("DROP COLUMN")));
  EXPECT_THAT(r->migrations[0].migration.down_sql.value_or(""), HasSubstr("ALTER TABLE public.t RENAME COLUMN nickname TO nick;"));
  EXPECT_THAT(r->migrations[0].migration.down_sql.value_or(""), ::testing::Not(HasSubstr("DROP COLUMN")));
  EXPECT_EQ(Remaining(), 0u);
}

TEST_F(GenerateTest, DryRunWritesNothing) {
  Models("CREATE TABLE t (id int);\n");
  GenerateRequest request = Request("create t");
  request.dry_run = true;
  absl::StatusOr<GenerateResult> r = Generate(request, shadow_);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->migrations.size(), 1u);
  EXPECT_THAT(r->migrations[0].migration.up_sql, HasSubstr("CREATE TABLE public.t"));
  EXPECT_EQ(FilesWritten(), 0u);
}

TEST_F(GenerateTest, ATamperedStoreOrAnUnsafeMessageIsRefusedAndWritesNothing) {
  Models("CREATE TABLE t (id int);\n");
  ASSERT_TRUE(Generate(Request("create t"), shadow_).ok());
  Models("CREATE TABLE t (id int, n int);\n");
  absl::StatusOr<GenerateResult> r = Generate(Request("../x"), shadow_);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument) << r.status();
  const store::Migration first = store::Store::Open(migrations_dir())->migrations()[0];
  dir_.Write("migrations/versions/" + first.up_file(), "CREATE TABLE t (id bigint);\n");
  const size_t files = FilesWritten();
  r = Generate(Request("add n"), shadow_);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kFailedPrecondition) << r.status();
  EXPECT_THAT(std::string(r.status().message()), HasSubstr("edited " + first.up_file()));
  EXPECT_EQ(FilesWritten(), files);
}

}  // namespace
}  // namespace schemaservice::executor
