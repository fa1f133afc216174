// Apply, Rollback, Resolve, Baseline and the migration status on a real PostgreSQL: every
// migration applied once, in order, all-or-nothing (or one recorded no-transaction statement);
// a lock wait bounded by lock_timeout with retries; an edited applied file and a hand-edited
// history caught; apply / rollback / apply again giving the same schema; Generate's output
// (including split CONCURRENTLY migrations) applied as written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "service/executor/engine.h"
#include "service/executor/generate.h"
#include "service/executor/migrate.h"
#include "service/executor/statements.h"
#include "service/pg/connection.h"
#include "service/store/store.h"
#include "tests/support/process.h"
#include "tests/support/test_postgres.h"

namespace schemaservice::executor {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// --- the statement splitter (no database) ---

TEST(SplitStatementsTest, SemicolonsInQuotesCommentsAndBodiesDoNotSplit) {
  const std::vector<SqlStatement> s = SplitStatements(
      "-- leading note\nCREATE TABLE a (x text DEFAULT 'a;b');\n"
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $fn$ SELECT 1; $fn$;\n"
      "/* block; /* nested; */ */ SELECT E'it\\'s; fine', \"odd;name\" FROM a;\n"
      "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END;\n"
      "  \n-- only a comment\n");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].line, 2);
  const std::vector<SqlStatement> rule = SplitStatements(
      "CREATE RULE r AS ON INSERT TO src DO ALSO (INSERT INTO a VALUES (NEW.x); INSERT INTO b VALUES (NEW.x));\n"
      "CREATE FUNCTION t() RETURNS TABLE (begin int) LANGUAGE sql AS 'SELECT 1';\nSELECT 2;");
  ASSERT_EQ(rule.size(), 3u) << "parentheses keep a rule's actions together; begin in a column list opens no body";
  EXPECT_EQ(rule[2].sql, "SELECT 2");
  EXPECT_THAT(s[0].comments, HasSubstr("leading note"));
  EXPECT_EQ(s[0].sql, "CREATE TABLE a (x text DEFAULT 'a;b')");
  EXPECT_THAT(s[1].sql, HasSubstr("SELECT 1; $fn$"));
  EXPECT_EQ(s[2].line, 4);
  EXPECT_THAT(s[2].sql, HasSubstr("FROM a"));
  EXPECT_THAT(s[3].sql, HasSubstr("END"));
  EXPECT_EQ(s[3].line, 5);
}

TEST(SplitStatementsTest, DataLossIsRecognisedFromHazardNotesAndStatements) {
  auto destroys = [](const std::string& sql) { return DestroysData(SplitStatements(sql).at(0)); };
  EXPECT_TRUE(destroys("DROP TABLE t"));
  EXPECT_TRUE(destroys("alter table t drop column c"));
  EXPECT_TRUE(destroys("ALTER TABLE t DROP c"));
  EXPECT_TRUE(destroys("TRUNCATE t"));
  EXPECT_TRUE(destroys("-- hazard DATA_LOSS (error, x): y\nALTER TABLE t ALTER c TYPE int"));
  EXPECT_TRUE(destroys("DROP TYPE mood CASCADE"));
  EXPECT_TRUE(destroys("DO $$ BEGIN EXECUTE 'DROP TABLE keep_me'; END $$"));
  EXPECT_TRUE(destroys("WITH gone AS (DELETE FROM customers RETURNING 1) SELECT count(*) FROM gone"));
  EXPECT_FALSE(destroys("ALTER TABLE t DROP CONSTRAINT c"));
  EXPECT_FALSE(destroys("ALTER TABLE t ALTER c DROP NOT NULL"));
  EXPECT_FALSE(destroys("DROP INDEX i"));
}

// --- against PostgreSQL ---

class MigrateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_.path() + "/migrations/versions");
    target_.project = "app";
    target_.environment = "dev";
    target_.settings = testing::FreshDatabase();
    run_.target = target_;
    run_.migrations_dir = dir_.path() + "/migrations";
    run_.caller = "tester";
    run_.request_id = "req-1";
    run_.owner = "test/1";
    run_.limits.lock_timeout = absl::Milliseconds(500);
    run_.limits.lock_retries = 1;
    run_.limits.retry_backoff = absl::Milliseconds(50);
    run_.progress = [this](const ProgressEvent& e) {
      std::lock_guard<std::mutex> lock(progress_mu_);
      progress_.push_back(e.message);
    };
  }

  // Writes a migration pair and rehashes the store.
  void Add(const std::string& version, const std::string& up, const std::string& down = "") {
    dir_.Write("migrations/versions/" + version + "_m" + version.substr(10) + ".up.sql", up);
    if (!down.empty()) {
      dir_.Write("migrations/versions/" + version + "_m" + version.substr(10) + ".down.sql", down);
    }
    ASSERT_TRUE(store::Store::Open(run_.migrations_dir)->Rehash().ok());
  }

  absl::Status ApplyAll(RunOutcome* outcome = nullptr, ApplyOptions options = {}) {
    RunOutcome local;
    return Apply(run_, options, outcome ? outcome : &local);
  }

  absl::Status RollbackSteps(int steps, bool confirm = true) {
    RollbackOptions o;
    o.steps = steps;
    o.confirm_data_loss = confirm;
    RunOutcome outcome;
    return Rollback(run_, o, &outcome);
  }

  std::unique_ptr<pqxx::connection> Conn() { return *pg::Connect(target_.settings, "test"); }

  std::string Scalar(const std::string& sql) {
    auto conn = Conn();
    pqxx::nontransaction tx(*conn);
    const pqxx::result r = tx.exec(sql);
    return r.empty() || r[0][0].is_null() ? "" : r[0][0].as<std::string>();
  }

  // The schema as pg_dump prints it, without our own history schema: equal text, equal schema.
  std::string Dump() {
    testing::RunResult r = testing::RunProgram(
        {"/usr/lib/postgresql/15/bin/pg_dump", "--schema-only", "--no-owner", "-N", "schemaservice",
         "-h", target_.settings.host, "-p", std::to_string(target_.settings.port), "-U",
         target_.settings.user, target_.settings.dbname},
        {{"PGPASSWORD", target_.settings.password}});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // pg_dump 15.14+ frames the dump with a random \restrict key: not part of the schema.
    std::string out;
    for (absl::string_view line : absl::StrSplit(r.out, '\n')) {
      if (absl::StartsWith(line, "\\restrict") || absl::StartsWith(line, "\\unrestrict")) continue;
      absl::StrAppend(&out, line, "\n");
    }
    return out;
  }

  // Differences between the database and the store replayed up to `version` ("" = none).
  size_t DiffToStore(const std::string& version) {
    DiffRequest d;
    d.from.kind = Source::Kind::kLive;
    d.from.live = target_.settings;
    d.from.label = "live";
    if (version.empty()) {
      d.to.kind = Source::Kind::kFiles;
      d.to.label = "nothing";
    } else {
      d.to.kind = Source::Kind::kMigrations;
      d.to.dir = run_.migrations_dir;
      d.to.up_to_version = version;
      d.to.label = "store";
    }
    absl::StatusOr<DiffResult> r = RunDiff(d, shadow_);
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? r->plan.up.size() : 999;
  }

  bool Progressed(const std::string& text) {
    std::lock_guard<std::mutex> lock(progress_mu_);
    for (const std::string& p : progress_) {
      if (p.find(text) != std::string::npos) return true;
    }
    return false;
  }

  EnvironmentStatus Status() {
    absl::StatusOr<EnvironmentStatus> s = ReadStatus(target_, run_.migrations_dir, 10, true);
    EXPECT_TRUE(s.ok()) << s.status();
    return s.ok() ? *s : EnvironmentStatus{};
  }

  testing::TempDir dir_;
  Target target_;
  RunContext run_;
  std::mutex progress_mu_;
  std::vector<std::string> progress_;
  ShadowServer shadow_{testing::TestServer().Settings("postgres"), /*private_server=*/true};
};


TEST_F(MigrateTest, ApplyRollbackAllAndApplyAgainGiveTheSameSchemaAndStepsThreeGoesBackThree) {
  Add("20260101000001", "CREATE TABLE a (id int PRIMARY KEY);", "DROP TABLE a;");
  Add("20260101000002", "ALTER TABLE a ADD COLUMN note text;", "ALTER TABLE a DROP COLUMN note;");
  Add("20260101000003", "CREATE INDEX a_note ON a (note);", "DROP INDEX a_note;");
  Add("20260101000004", "CREATE TABLE b (id int REFERENCES a);\nCREATE VIEW v AS SELECT id FROM b;",
      "DROP VIEW v;\nDROP TABLE b;");
  Add("20260101000005", "COMMENT ON TABLE a IS 'the a';", "COMMENT ON TABLE a IS NULL;");
  RunOutcome first;
  ASSERT_TRUE(ApplyAll(&first).ok());
  EXPECT_EQ(first.versions.size(), 5u);
  EXPECT_EQ(first.current_version, "20260101000005");
  const std::string applied = Dump();
  EXPECT_THAT(applied, HasSubstr("CREATE VIEW public.v"));
  EXPECT_EQ(DiffToStore("20260101000005"), 0u);

  // Three steps back: exactly the schema of version 2.
  ASSERT_TRUE(RollbackSteps(3).ok());
  EXPECT_EQ(DiffToStore("20260101000002"), 0u);
  EXPECT_EQ(Status().current_version, "20260101000002");
  EXPECT_EQ(Status().pending, 3);

  ASSERT_TRUE(RollbackSteps(2).ok());
  EXPECT_EQ(Scalar("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"), "0");
  RunOutcome again;
  ASSERT_TRUE(ApplyAll(&again).ok());
  EXPECT_EQ(again.versions.size(), 5u);
  EXPECT_EQ(Dump(), applied) << "apply, rollback all, apply again must give the same schema";
}

TEST_F(MigrateTest, TransactionControlInAMigrationIsRefusedBeforeAnythingRuns) {
  Add("20260101000001", "CREATE TABLE a (id int);");
  Add("20260101000002", "BEGIN;\nCREATE TABLE b (id int);\nCOMMIT;");
  const absl::Status s = ApplyAll();
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(s.message()), HasSubstr("statement 1 (line 1) is transaction control (BEGIN)"));
  EXPECT_EQ(Scalar("SELECT to_regclass('public.a')"), "") << "nothing runs when a later file is refused";
}

TEST_F(MigrateTest, ACancelledCallRollsTheCurrentMigrationBackAndStartsNoOther) {
  Add("20260101000001", "CREATE TABLE a (id int);");
  Add("20260101000002", "CREATE TABLE b (id int);\nSELECT pg_sleep(30);");
  Add("20260101000003", "CREATE TABLE c (id int);");
  pg::Canceller canceller;
  run_.canceller = &canceller;
  RunOutcome outcome;
  absl::Status status;
  const absl::Time start = absl::Now();
  std::thread apply([&] { status = Apply(run_, {}, &outcome); });
  while (!Progressed("m0002.up.sql: statement 2 of 2") && absl::Now() - start < absl::Seconds(20)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  canceller.Cancel();  // what the call registry does when the client goes away
  apply.join();
  EXPECT_LT(absl::Now() - start, absl::Seconds(20)) << "the sleeping statement was not cancelled";
  EXPECT_EQ(status.code(), absl::StatusCode::kCancelled)
      << "a cancel that reached the running statement is the caller's, not the server's: " << status;
  EXPECT_EQ(outcome.versions, std::vector<std::string>{"20260101000001"});
  EXPECT_EQ(Scalar("SELECT to_regclass('public.b')"), "") << "the cancelled migration left a trace";
  EXPECT_EQ(Scalar("SELECT to_regclass('public.c')"), "") << "a migration started after the cancel";
  EXPECT_EQ(Scalar("SELECT count(*) FROM schemaservice.migrations"), "1");
  EXPECT_EQ(Scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                   "AND state LIKE 'idle in transaction%'"), "0");
  EXPECT_EQ(Scalar("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"), "0")
      << "the migration lock outlived the call";
}

TEST_F(MigrateTest, ACancelArrivingBetweenQuickStatementsStillRollsTheMigrationBack) {
  // PQcancel reaches only a running statement; thousands of quick ones leave it mostly idle.
  std::string many = "CREATE TABLE quick (id int);\n";
  for (int i = 0; i < 20000; ++i) absl::StrAppend(&many, "INSERT INTO quick VALUES (", i, ");\n");
  Add("20260101000001", many);
  pg::Canceller canceller;
  run_.canceller = &canceller;
  RunOutcome outcome;
  absl::Status status;
  std::thread apply([&] { status = Apply(run_, {}, &outcome); });
  while (!Progressed("statement 100 of") ) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  canceller.Cancel();
  apply.join();
  EXPECT_EQ(status.code(), absl::StatusCode::kCancelled) << status;
  EXPECT_THAT(std::string(status.message()), HasSubstr("rolled back and left no trace"));
  EXPECT_EQ(Scalar("SELECT to_regclass('public.quick')"), "");
  EXPECT_EQ(Scalar("SELECT count(*) FROM schemaservice.migrations"), "0");
}

TEST_F(MigrateTest, WhatAMigrationSetsForItsSessionEndsWithIt) {
  Add("20260101000001", "CREATE SCHEMA side;\nSET search_path = side;\nSET ROLE NONE;");
  Add("20260101000002", "CREATE TABLE leaky (x int);");
  ASSERT_TRUE(ApplyAll().ok());
  EXPECT_NE(Scalar("SELECT to_regclass('public.leaky')"), "")
      << "the second migration ran with the first one's search_path";
}

TEST_F(MigrateTest, AnEmptyUpOrACommentOnlyDownIsRefusedNotRecorded) {
  Add("20260101000001", "CREATE TABLE a (id int);", "-- write the down here\n");
  Add("20260101000002", "-- nothing yet\n");
  const absl::Status empty = ApplyAll();
  EXPECT_EQ(empty.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(empty.message()), HasSubstr("holds no statement"));
  ApplyOptions first;
  first.to_version = "20260101000001";
  ASSERT_TRUE(ApplyAll(nullptr, first).ok());
  const absl::Status no_down = RollbackSteps(1);
  EXPECT_EQ(no_down.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(no_down.message()), HasSubstr("holds no statement"));
  EXPECT_NE(Scalar("SELECT to_regclass('public.a')"), "");
}

TEST_F(MigrateTest, ADownEditedInTheHistoryIsReportedAndTheLogsCannotBeTruncated) {
  Add("20260101000001", "CREATE TABLE a (id int);", "DROP TABLE a;");
  ASSERT_TRUE(ApplyAll().ok());
  auto conn = Conn();
  pqxx::nontransaction tx(*conn);
  tx.exec0("UPDATE schemaservice.migrations SET down_sql = 'DROP TABLE other'");
  EXPECT_THAT(Status().problems, ::testing::ElementsAre(HasSubstr("up or down SQL differs")));
  EXPECT_EQ(RollbackSteps(1).code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THROW(tx.exec0("TRUNCATE schemaservice.migration_log"), pqxx::sql_error);
  EXPECT_THROW(tx.exec0("TRUNCATE schemaservice.events"), pqxx::sql_error);
}

TEST_F(MigrateTest, ARepeatedApplyIsANoOpThatSaysWhereTheDatabaseIs) {
  Add("20260101000001", "CREATE TABLE a (id int);");
  ASSERT_TRUE(ApplyAll().ok());
  const std::string log_lines = Scalar("SELECT count(*) FROM schemaservice.migration_log");
  RunOutcome outcome;
  ASSERT_TRUE(ApplyAll(&outcome).ok());
  EXPECT_TRUE(outcome.versions.empty());
  EXPECT_THAT(outcome.message, HasSubstr("already at 20260101000001"));
  EXPECT_EQ(Scalar("SELECT count(*) FROM schemaservice.migration_log"), log_lines);
}

TEST_F(MigrateTest, AFailingStatementLeavesNoTraceOfItsMigrationAndNamesFileStatementAndSqlState) {
  Add("20260101000001", "CREATE TABLE a (id int PRIMARY KEY);");
  Add("20260101000002", "CREATE TABLE b (id int);\nINSERT INTO a VALUES (1), (1);\nCREATE TABLE c (id int);");
  RunOutcome outcome;
  const absl::Status s = ApplyAll(&outcome);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("20260101000002_m0002.up.sql statement 2 of 3 (line 2)"));
  EXPECT_THAT(std::string(s.message()), HasSubstr("23505"));
  EXPECT_THAT(std::string(s.message()), HasSubstr("left no trace"));
  EXPECT_EQ(outcome.versions, std::vector<std::string>{"20260101000001"});
  EXPECT_EQ(outcome.failed, 1);
  EXPECT_EQ(Scalar("SELECT to_regclass('public.b')"), "") << "statement 1 of the failed migration stayed";
  EXPECT_EQ(Scalar("SELECT count(*) FROM schemaservice.migrations WHERE version = '20260101000002'"), "0");
  EXPECT_EQ(Scalar("SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'"), "0");
}

TEST_F(MigrateTest, AFailedNoTransactionMigrationBlocksApplyUntilResolvedThenApplyGoesOn) {
  Add("20260101000001", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1), (1);");
  Add("20260101000002", "-- schemaservice:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY a_id ON a (id);",
      "-- schemaservice:no-transaction\nDROP INDEX CONCURRENTLY a_id;");
  Add("20260101000003", "CREATE TABLE later (id int);");
  const absl::Status failed = ApplyAll();
  ASSERT_FALSE(failed.ok());
  EXPECT_THAT(std::string(failed.message()), HasSubstr("recorded as failed"));
  EXPECT_THAT(std::string(failed.message()), HasSubstr("schemactl resolve"));
  EXPECT_THAT(std::string(failed.message()), HasSubstr("left index a_id INVALID"));
  EXPECT_EQ(Scalar("SELECT status FROM schemaservice.migrations WHERE version = '20260101000002'"), "failed");
  EXPECT_EQ(Scalar("SELECT indisvalid FROM pg_index WHERE indexrelid = 'a_id'::regclass"), "f")
      << "the failed build leaves an invalid index, which the test then removes by hand";
  EXPECT_EQ(Status().failed, 1);

  const absl::Status refused = ApplyAll();
  EXPECT_EQ(refused.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(refused.message()), HasSubstr("migration 20260101000002 failed"));
  EXPECT_EQ(Scalar("SELECT to_regclass('public.later')"), "");

  // A person cleans up, says it did not take effect, and applies again.
  {
    auto conn = Conn();
    pqxx::nontransaction tx(*conn);
    tx.exec0("DROP INDEX a_id");
    tx.exec0("DELETE FROM a");
  }
  ASSERT_TRUE(Resolve(run_, "20260101000002", /*applied=*/false).ok());
  RunOutcome outcome;
  const absl::Status after = ApplyAll(&outcome);
  ASSERT_TRUE(after.ok()) << "after resolve: " << after;
  EXPECT_EQ(outcome.versions, (std::vector<std::string>{"20260101000002", "20260101000003"}));
  EXPECT_EQ(Scalar("SELECT indisvalid FROM pg_index WHERE indexrelid = 'a_id'::regclass"), "t");
  EXPECT_EQ(Status().failed, 0);
}

TEST_F(MigrateTest, ALockHeldElsewhereTimesOutRetriesAndFailsClearlyWhileReadersAreNeverBlockedLong) {
  Add("20260101000001", "CREATE TABLE t (id int);\nCREATE TABLE other (id int);");
  ASSERT_TRUE(ApplyAll().ok());
  Add("20260101000002", "ALTER TABLE t ADD COLUMN note text;");
  // An older transaction on another table: not the blocker, and not named first.
  auto bystander = Conn();
  pqxx::work unrelated(*bystander);
  unrelated.exec("SELECT * FROM other");
  auto holder = Conn();
  pqxx::work held(*holder);
  held.exec("SELECT * FROM t");  // ACCESS SHARE until the transaction ends
  std::atomic<bool> done{false};
  std::atomic<int64_t> worst_ms{0};
  std::thread probe([&] {
    auto reader = Conn();
    while (!done) {
      const absl::Time start = absl::Now();
      pqxx::nontransaction tx(*reader);
      tx.exec("SELECT 1 FROM t");
      worst_ms = std::max<int64_t>(worst_ms, absl::ToInt64Milliseconds(absl::Now() - start));
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  const absl::Status s = ApplyAll();
  done = true;
  probe.join();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(std::string(s.message()), HasSubstr("lock timeout"));
  EXPECT_THAT(std::string(s.message()), HasSubstr("gave up after 2 attempts"));
  EXPECT_THAT(std::string(s.message()),
              HasSubstr(absl::StrCat("sessions holding table locks: pid ", holder->backendpid())))
      << "the error names the session that holds the lock first";
  EXPECT_TRUE(Progressed("attempt 2 of 2"));
  EXPECT_LT(worst_ms.load(), 500 + 400) << "a reader waited longer than the lock timeout";
  EXPECT_EQ(Scalar("SELECT count(*) FROM schemaservice.migrations WHERE version = '20260101000002'"), "0");
  held.abort();
  // The blocker gone, the same migration goes through.
  EXPECT_TRUE(ApplyAll().ok());
}

TEST_F(MigrateTest, AnEditedAppliedFileIsRefusedByNameAndShownTampered) {
  Add("20260101000001", "CREATE TABLE a (id int);");
  ASSERT_TRUE(ApplyAll().ok());
  Add("20260101000001", "CREATE TABLE a (id bigint);");  // edited and rehashed: the sum agrees
  Add("20260101000002", "CREATE TABLE b (id int);");
  const absl::Status s = ApplyAll();
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(s.message()), HasSubstr("versions/20260101000001_m0001.up.sql was edited after it was applied"));
  EXPECT_EQ(Scalar("SELECT to_regclass('public.b')"), "");
  const EnvironmentStatus status = Status();
  ASSERT_FALSE(status.migrations.empty());
  EXPECT_EQ(status.migrations[0].state, MigrationState::kTampered);
  EXPECT_NE(status.migrations[0].checksum, status.migrations[0].file_checksum);
}

TEST_F(MigrateTest, AHistoryRowDeletedOrEditedByHandIsReportedAndNotTrusted) {
  Add("20260101000001", "CREATE TABLE a (id int);");
  Add("20260101000002", "CREATE TABLE b (id int);");
  ASSERT_TRUE(ApplyAll().ok());
  {
    auto conn = Conn();
    pqxx::nontransaction tx(*conn);
    tx.exec0("DELETE FROM schemaservice.migrations WHERE version = '20260101000002'");
    tx.exec0("UPDATE schemaservice.migrations SET checksum = 'x' WHERE version = '20260101000001'");
  }
  const EnvironmentStatus status = Status();
  ASSERT_EQ(status.problems.size(), 2u);
  EXPECT_THAT(status.problems[0], HasSubstr("history row 20260101000001 has checksum x"));
  EXPECT_THAT(status.problems[1], HasSubstr("history row 20260101000002 is gone"));
  const absl::Status s = ApplyAll();
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(s.message()), HasSubstr("disagrees with its log"));
  EXPECT_EQ(Scalar("SELECT count(*) FROM schemaservice.migrations"), "1") << "nothing re-applied";
  // The log is append-only: it cannot be edited to match.
  {
    auto conn = Conn();
    pqxx::nontransaction tx(*conn);
    EXPECT_THROW(tx.exec0("DELETE FROM schemaservice.migration_log"), pqxx::sql_error);
  }
  // A person sets both straight; the history is consistent again.
  ASSERT_TRUE(Resolve(run_, "20260101000001", true).ok());
  ASSERT_TRUE(Resolve(run_, "20260101000002", true).ok());
  EXPECT_TRUE(Status().problems.empty());
  RunOutcome outcome;
  EXPECT_TRUE(ApplyAll(&outcome).ok());
  EXPECT_TRUE(outcome.versions.empty());
}

TEST_F(MigrateTest, APendingMigrationOlderThanTheLatestAppliedIsRefusedUnlessAllowed) {
  Add("20260101000002", "CREATE TABLE b (id int);");
  ASSERT_TRUE(ApplyAll().ok());
  Add("20260101000001", "CREATE TABLE a (id int);");
  const absl::Status s = ApplyAll();
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(s.message()), HasSubstr("older than 20260101000002"));
  ApplyOptions allow;
  allow.allow_out_of_order = true;
  EXPECT_TRUE(ApplyAll(nullptr, allow).ok());
  EXPECT_NE(Scalar("SELECT to_regclass('public.a')"), "");
}

TEST_F(MigrateTest, RequireTestedInRefusesAMigrationNotAppliedThereWithTheSameChecksum) {
  Add("20260101000001", "CREATE TABLE a (id int);");
  Target test = target_;
  test.environment = "test";
  test.settings = testing::FreshDatabase();
  ApplyOptions options;
  options.tested_in = test;
  const absl::Status refused = ApplyAll(nullptr, options);
  EXPECT_EQ(refused.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(refused.message()), HasSubstr("require_tested_in"));
  EXPECT_EQ(Scalar("SELECT to_regclass('public.a')"), "");
  RunContext in_test = run_;
  in_test.target = test;
  RunOutcome outcome;
  ASSERT_TRUE(Apply(in_test, {}, &outcome).ok());
  EXPECT_TRUE(ApplyAll(nullptr, options).ok());
}

TEST_F(MigrateTest, ADatabaseWithTablesButNoHistoryMustBeBaselinedAndBaselineChecksTheCatalog) {
  Add("20260101000001", "CREATE TABLE a (id int);");
  Add("20260101000002", "ALTER TABLE a ADD COLUMN note text;");
  Add("20260101000003", "CREATE TABLE c (id int);");
  {
    auto conn = Conn();
    pqxx::nontransaction tx(*conn);
    tx.exec0("CREATE TABLE a (id int)");
  }
  const absl::Status s = ApplyAll();
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(s.message()), HasSubstr("schemactl baseline"));
  RunOutcome outcome;
  LoadOptions load;
  const absl::Status wrong = Baseline(run_, "20260101000002", shadow_, load, &outcome);
  EXPECT_EQ(wrong.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(wrong.message()), HasSubstr("does not equal the store up to 20260101000002"));
  EXPECT_THAT(std::string(wrong.message()), HasSubstr("note"));
  ASSERT_TRUE(Baseline(run_, "20260101000001", shadow_, load, &outcome).ok());
  RunOutcome applied;
  ASSERT_TRUE(ApplyAll(&applied).ok());
  EXPECT_EQ(applied.versions, (std::vector<std::string>{"20260101000002", "20260101000003"}));
}

TEST_F(MigrateTest, RollbackRefusesAMissingDownAndAsksToConfirmDataLoss) {
  Add("20260101000001", "CREATE TABLE a (id int);", "DROP TABLE a;");
  Add("20260101000002", "CREATE TABLE b (id int);");
  ASSERT_TRUE(ApplyAll().ok());
  const absl::Status no_down = RollbackSteps(1);
  EXPECT_EQ(no_down.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(no_down.message()), HasSubstr("without a down migration"));
  // Roll back only the first is impossible without the second; add a down to the store
  // (rolling back uses the down as applied, so the history still says none).
  RollbackOptions to;
  to.to_version = "20260101000001";
  RunOutcome outcome;
  EXPECT_EQ(Rollback(run_, to, &outcome).code(), absl::StatusCode::kFailedPrecondition);
  {
    auto conn = Conn();
    pqxx::nontransaction tx(*conn);
    tx.exec0("DELETE FROM schemaservice.migrations WHERE version = '20260101000002'");
  }
  ASSERT_TRUE(Resolve(run_, "20260101000002", false).ok());
  const absl::Status unconfirmed = RollbackSteps(1, /*confirm=*/false);
  EXPECT_EQ(unconfirmed.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(unconfirmed.message()), HasSubstr("deletes data"));
  EXPECT_NE(Scalar("SELECT to_regclass('public.a')"), "");
  EXPECT_TRUE(RollbackSteps(1, /*confirm=*/true).ok());
  EXPECT_EQ(Scalar("SELECT to_regclass('public.a')"), "");
}

TEST_F(MigrateTest, TwoConcurrentAppliesApplyEveryMigrationExactlyOnce) {
  Add("20260101000001", "CREATE TABLE a (id int);\nSELECT pg_sleep(1);");
  Add("20260101000002", "CREATE TABLE b (id int);");
  RunOutcome first, second;
  absl::Status s1, s2;
  RunContext other = run_;
  other.request_id = "req-2";
  std::thread t([&] { s1 = Apply(run_, {}, &first); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  s2 = Apply(other, {}, &second);
  t.join();
  ASSERT_TRUE(s1.ok()) << s1;
  ASSERT_TRUE(s2.ok()) << s2;
  EXPECT_EQ(first.versions.size() + second.versions.size(), 2u);
  EXPECT_EQ(Scalar("SELECT count(*) FROM schemaservice.migration_log WHERE action = 'apply'"), "2");
  EXPECT_TRUE(Progressed("held by pid")) << "the waiting caller is told who holds the lock";
  EXPECT_GT(absl::ToInt64Milliseconds(second.lock_wait), 300);
}

TEST_F(MigrateTest, GenerateWorksFromTheStoreNotTheDevDatabaseAndItsSplitMigrationsApply) {
  const std::string models = dir_.path() + "/models";
  fs::create_directories(models);
  dir_.Write("models/01.sql", "CREATE TABLE t (id int PRIMARY KEY, note text);\n");
  // The dev database already has the table (synced directly): the migration must still create it.
  {
    auto conn = Conn();
    pqxx::nontransaction tx(*conn);
    tx.exec0("CREATE TABLE t (id int PRIMARY KEY, note text)");
  }
  GenerateRequest g;
  g.migrations_dir = run_.migrations_dir;
  g.models.kind = Source::Kind::kModels;
  g.models.dir = models;
  g.models.label = "models";
  g.message = "create t";
  g.now = absl::FromUnixSeconds(1767225600);
  absl::StatusOr<GenerateResult> first = Generate(g, shadow_);
  ASSERT_TRUE(first.ok()) << first.status();
  dir_.Write("models/01.sql", "CREATE TABLE t (id int PRIMARY KEY, note text, flag bool);\n"
                              "CREATE INDEX t_note ON t (note);\n");
  g.message = "note index";
  g.options.online = true;
  g.now += absl::Minutes(1);
  absl::StatusOr<GenerateResult> split = Generate(g, shadow_);
  ASSERT_TRUE(split.ok()) << split.status();
  ASSERT_GE(split->migrations.size(), 2u);
  // A fresh database (test) gets everything from the store.
  Target test = target_;
  test.settings = testing::FreshDatabase();
  RunContext in_test = run_;
  in_test.target = test;
  RunOutcome outcome;
  const absl::Status applied = Apply(in_test, {}, &outcome);
  ASSERT_TRUE(applied.ok()) << applied;
  EXPECT_EQ(outcome.versions.size(), 1 + split->migrations.size());
  auto conn = *pg::Connect(test.settings, "test");
  pqxx::nontransaction tx(*conn);
  EXPECT_EQ(tx.exec1("SELECT count(*) FROM pg_index WHERE indexrelid = 'public.t_note'::regclass AND indisvalid")[0]
                .as<int>(),
            1);
  EXPECT_EQ(tx.exec1("SELECT count(*) FROM information_schema.columns WHERE table_name = 't'")[0].as<int>(), 3);
}

}  // namespace
}  // namespace schemaservice::executor
