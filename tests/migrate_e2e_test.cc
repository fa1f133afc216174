// End-to-end tests of Apply and Rollback through the real binaries: two schemad replicas
// racing for one environment (the migration lock, one history row and one log line per
// version, the waiter told who holds the lock), schemad killed with SIGKILL in the middle of a
// transactional migration (nothing of it remains, the backend goes away, a re-run finishes
// the job), the migration counters and gauges on /metrics, and SIGTERM during Apply (the
// current migration finishes, the next ones never start, schemad exits 0 in its grace).
//
// Every schemad here talks to the test binary's own PostgreSQL (one fresh database per
// test), listens on loopback ports the kernel picks, and reads the migration store of a
// temporary folder given to it by absolute path.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include <grpcpp/grpcpp.h>

#include "schemaservice/v1/schema_service.grpc.pb.h"
#include "service/pg/connection.h"
#include "tests/support/process.h"
#include "tests/support/schemad_runner.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::BinaryPath;
using testing::Process;
using testing::RunProgram;
using testing::RunResult;
using testing::SchemadRunner;
using testing::TempDir;

using Clock = std::chrono::steady_clock;
namespace v1 = ::schemaservice::v1;

constexpr char kPasswordEnv[] = "SCHEMAD_MIGRATE_TEST_PW";

// Versions of the store (UTC YYYYMMDDHHMMSS), in order.
constexpr char kV1[] = "20260101000001";
constexpr char kV2[] = "20260101000002";
constexpr char kV3[] = "20260101000003";
constexpr char kV4[] = "20260101000004";

struct MigrationFile {
  std::string version, slug, up, down;
};

// A project folder (models/ and migrations/) that every schemad of a test shares.
class Project {
 public:
  Project() {
    std::filesystem::create_directories(models_dir());
    std::filesystem::create_directories(migrations_dir() + "/versions");
  }
  std::string models_dir() const { return dir_.path() + "/models"; }
  std::string migrations_dir() const { return dir_.path() + "/migrations"; }

  // Writes the pairs and rewrites versions/schema.sum with schemactl (no server).
  ::testing::AssertionResult Write(const std::vector<MigrationFile>& files) const {
    for (const MigrationFile& m : files) {
      dir_.Write("migrations/versions/" + m.version + "_" + m.slug + ".up.sql", m.up);
      dir_.Write("migrations/versions/" + m.version + "_" + m.slug + ".down.sql", m.down);
    }
    const RunResult r =
        RunProgram({BinaryPath("schemactl"), "rehash", "--migrations-dir", migrations_dir()});
    if (r.exit_code != 0) return ::testing::AssertionFailure() << "rehash: " << r.err;
    return ::testing::AssertionSuccess();
  }

 private:
  TempDir dir_;
};

std::string Config(const pg::ConnectionSettings& s, const Project& project,
                   int grace_seconds = 5) {
  return absl::StrCat(
      "server:\n  listen: 127.0.0.1:0\n  metrics_listen: 127.0.0.1:0\n",
      "  shutdown_grace_seconds: ", grace_seconds, "\n",
      "  migrations:\n    metrics_refresh_seconds: 0\n",
      "projects:\n  app:\n    models_dir: ", project.models_dir(),
      "\n    migrations_dir: ", project.migrations_dir(),
      "\n    environments:\n      dev:\n        database:\n          host: ", s.host,
      "\n          port: ", s.port, "\n          dbname: ", s.dbname, "\n          user: ", s.user,
      "\n          password_env: ", kPasswordEnv, "\n");
}

std::unique_ptr<SchemadRunner> StartSchemad(const pg::ConnectionSettings& s,
                                            const Project& project, int grace_seconds = 5) {
  auto runner = std::make_unique<SchemadRunner>(
      Config(s, project, grace_seconds),
      std::map<std::string, std::string>{{kPasswordEnv, s.password}});
  std::string error;
  EXPECT_TRUE(runner->WaitReady(30000, &error)) << error;
  return runner;
}

std::vector<std::string> SchemactlArgs(const SchemadRunner& runner, std::vector<std::string> args) {
  args.insert(args.begin(),
              {BinaryPath("schemactl"), "--server", runner.grpc_address(), "--project", "app"});
  return args;
}

// One value of a query on the test's database; nullopt when it fails (e.g. the history
// schema does not exist yet) or returns no row.
std::optional<std::string> Scalar(const pg::ConnectionSettings& s, const std::string& sql) {
  auto conn = pg::Connect(s, "migrate_e2e_test");
  if (!conn.ok()) return std::nullopt;
  try {
    pqxx::nontransaction tx(**conn);
    const pqxx::result r = tx.exec(sql);
    if (r.empty() || r[0][0].is_null()) return std::nullopt;
    return r[0][0].as<std::string>();
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

long Count(const pg::ConnectionSettings& s, const std::string& sql) {
  const std::optional<std::string> v = Scalar(s, sql);
  long n = -1;
  if (!v || !absl::SimpleAtoi(*v, &n)) return -1;
  return n;
}

long AppliedRows(const pg::ConnectionSettings& s, const std::string& version) {
  return Count(s, absl::StrCat("SELECT count(*) FROM schemaservice.migrations WHERE project = 'app'"
                               " AND status = 'applied' AND version = '", version, "'"));
}
long HistoryRows(const pg::ConnectionSettings& s, const std::string& version) {
  return Count(s, absl::StrCat("SELECT count(*) FROM schemaservice.migrations WHERE project = 'app'"
                               " AND version = '", version, "'"));
}
long ApplyLogLines(const pg::ConnectionSettings& s, const std::string& version) {
  return Count(s, absl::StrCat("SELECT count(*) FROM schemaservice.migration_log WHERE project = 'app'"
                               " AND action = 'apply' AND version = '", version, "'"));
}
long RunningRows(const pg::ConnectionSettings& s) {
  return Count(s, "SELECT count(*) FROM schemaservice.migrations WHERE status = 'running'");
}
bool TableExists(const pg::ConnectionSettings& s, const std::string& table) {
  return Scalar(s, "SELECT to_regclass('public." + table + "') IS NOT NULL") == "t";
}

// The pid of a backend of this database (not ours) running a query holding `text`, or 0.
int BackendRunning(const pg::ConnectionSettings& s, const std::string& text) {
  const std::optional<std::string> pid = Scalar(
      s, "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
         " AND pid <> pg_backend_pid() AND state = 'active' AND strpos(query, '" + text + "') > 0"
         " LIMIT 1");
  int n = 0;
  return pid && absl::SimpleAtoi(*pid, &n) ? n : 0;
}

bool PollUntil(const std::function<bool()>& done, int timeout_ms) {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  while (Clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return done();
}

std::string Metrics(const SchemadRunner& runner) {
  const RunResult r = RunProgram({"/usr/bin/curl", "-sS", "--max-time", "10",
                                  "http://" + runner.metrics_address() + "/metrics"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

// The sample of `family` for project app, environment dev; nullopt when absent.
std::optional<double> Sample(const std::string& page, const std::string& family) {
  for (absl::string_view line : absl::StrSplit(page, '\n')) {
    if (!absl::StartsWith(line, family + "{")) continue;
    if (!absl::StrContains(line, "environment=\"dev\"") ||
        !absl::StrContains(line, "project=\"app\"")) {
      continue;
    }
    double value = 0;
    if (absl::SimpleAtod(line.substr(line.rfind(' ') + 1), &value)) return value;
  }
  return std::nullopt;
}

// A counter that was never incremented has no sample: 0.
double CounterValue(const std::string& page, const std::string& family) {
  return Sample(page, family).value_or(0);
}

class MigrateE2eTest : public ::testing::Test {
 protected:
  void SetUp() override { settings_ = testing::FreshDatabase(); }
  pg::ConnectionSettings settings_;
  Project project_;
};

// Property: two schemad replicas of one project (same database, same store) serialize
// concurrent Apply calls on the database's migration lock: both calls succeed, every
// migration runs exactly once (one applied history row and one 'apply' log line per
// version), and the caller that waited was told so on stderr, one line per event, naming the
// backend pid that held the lock.
TEST_F(MigrateE2eTest, TwoReplicasApplyingAtOnceRunEachMigrationOnceAndTheWaiterIsTold) {
  ASSERT_TRUE(project_.Write({
      {kV1, "slow", "SELECT pg_sleep(2);\nCREATE TABLE a (id int);\n", "DROP TABLE a;\n"},
      {kV2, "b", "CREATE TABLE b (id int);\n", "DROP TABLE b;\n"},
      {kV3, "c", "CREATE TABLE c (id int);\n", "DROP TABLE c;\n"},
  }));
  std::unique_ptr<SchemadRunner> first = StartSchemad(settings_, project_);
  std::unique_ptr<SchemadRunner> second = StartSchemad(settings_, project_);
  ASSERT_FALSE(first->grpc_address().empty());
  ASSERT_FALSE(second->grpc_address().empty());
  ASSERT_NE(first->grpc_address(), second->grpc_address());

  Process one(SchemactlArgs(*first, {"apply-migrations", "--env", "dev"}));
  Process two(SchemactlArgs(*second, {"apply-migrations", "--env", "dev"}));
  const std::optional<int> code_one = one.Wait(60000);
  const std::optional<int> code_two = two.Wait(60000);
  ASSERT_TRUE(code_one.has_value() && code_two.has_value()) << "an apply did not end in 60 s";
  EXPECT_EQ(*code_one, 0) << one.Stderr();
  EXPECT_EQ(*code_two, 0) << two.Stderr();

  for (const char* v : {kV1, kV2, kV3}) {
    EXPECT_EQ(AppliedRows(settings_, v), 1) << v;
    EXPECT_EQ(ApplyLogLines(settings_, v), 1) << v << ": applied more than once (or never)";
  }
  EXPECT_EQ(Count(settings_, "SELECT count(*) FROM schemaservice.migrations"), 3);
  EXPECT_EQ(Count(settings_, "SELECT count(*) FROM schemaservice.migration_log"), 3);
  EXPECT_TRUE(TableExists(settings_, "a") && TableExists(settings_, "b") && TableExists(settings_, "c"));

  const std::string lock_message = "waiting for the migration lock";
  const bool one_waited = absl::StrContains(one.Stderr(), lock_message);
  const bool two_waited = absl::StrContains(two.Stderr(), lock_message);
  ASSERT_NE(one_waited, two_waited) << "exactly one caller must have waited\n--- one:\n"
                                    << one.Stderr() << "--- two:\n" << two.Stderr();
  Process& waiter = one_waited ? one : two;
  Process& winner = one_waited ? two : one;
  EXPECT_THAT(waiter.Stderr(), HasSubstr("held by pid ")) << waiter.Stderr();
  // Not a terminal: plain lines, no progress bar redrawn with carriage returns.
  EXPECT_THAT(waiter.Stderr(), Not(HasSubstr("\r")));
  EXPECT_THAT(winner.Stdout(), HasSubstr("applied 3 migrations"));
  EXPECT_THAT(waiter.Stdout(), HasSubstr(std::string("already at ") + kV3));
}

// Property: a transactional migration interrupted by schemad's death (SIGKILL) leaves no
// trace: its backend notices the dead client within seconds and stops (rolling back and
// freeing the lock), the table it created is gone, it has no history row and nothing is
// 'running'; the migration before it stays applied; a new schemad then applies the rest,
// each version recorded exactly once.
TEST_F(MigrateE2eTest, SchemadKilledInsideAMigrationLeavesNoTraceAndARerunFinishes) {
  ASSERT_TRUE(project_.Write({
      {kV1, "flag",
       "CREATE TABLE crash_flag (x int);\nINSERT INTO crash_flag VALUES (1);\n"
       "CREATE TABLE t1 (id int);\n",
       "DROP TABLE t1;\nDROP TABLE crash_flag;\n"},
      // Sleeps 30 s while crash_flag holds a row: only in the run that is killed.
      {kV2, "slow",
       "CREATE TABLE t2 (id int);\nSELECT pg_sleep(30) FROM crash_flag;\nCREATE TABLE t3 (id int);\n",
       "DROP TABLE t3;\nDROP TABLE t2;\n"},
      {kV3, "last", "CREATE TABLE t4 (id int);\n", "DROP TABLE t4;\n"},
  }));
  std::unique_ptr<SchemadRunner> doomed = StartSchemad(settings_, project_);
  Process apply(SchemactlArgs(*doomed, {"apply-migrations", "--env", "dev"}));

  int backend = 0;
  ASSERT_TRUE(PollUntil(
      [&] {
        if (AppliedRows(settings_, kV1) != 1) return false;
        backend = BackendRunning(settings_, "pg_sleep(30)");
        return backend != 0;
      },
      20000))
      << "migration 1 applied and migration 2 sleeping never seen\n" << apply.Stderr()
      << doomed->process().Stderr();

  doomed->process().Signal(SIGKILL);
  ASSERT_TRUE(doomed->process().Wait(10000).has_value());
  const std::optional<int> apply_code = apply.Wait(20000);
  ASSERT_TRUE(apply_code.has_value());
  EXPECT_NE(*apply_code, 0) << "the call cannot have succeeded: " << apply.Stdout();

  const auto killed = Clock::now();
  const bool gone = PollUntil(
      [&] {
        return Count(settings_, absl::StrCat("SELECT count(*) FROM pg_stat_activity WHERE pid = ",
                                             backend)) == 0;
      },
      10000);
  EXPECT_TRUE(gone) << "backend " << backend << " still runs 10 s after schemad died";
  if (gone) {
    std::cerr << "backend gone "
              << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - killed).count()
              << " ms after the kill\n";
  }
  EXPECT_EQ(Count(settings_, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"), 0)
      << "the migration lock outlived its session";

  EXPECT_FALSE(TableExists(settings_, "t2")) << "half of migration 2 was left behind";
  EXPECT_FALSE(TableExists(settings_, "t3"));
  EXPECT_EQ(HistoryRows(settings_, kV2), 0);
  EXPECT_EQ(HistoryRows(settings_, kV3), 0);
  EXPECT_EQ(Count(settings_, absl::StrCat("SELECT count(*) FROM schemaservice.migration_log"
                                          " WHERE version IN ('", kV2, "', '", kV3, "')")),
            0);
  EXPECT_EQ(RunningRows(settings_), 0);
  EXPECT_EQ(AppliedRows(settings_, kV1), 1);
  EXPECT_TRUE(TableExists(settings_, "t1"));

  // The re-run: migration 2 no longer sleeps.
  ASSERT_EQ(Count(settings_, "WITH d AS (DELETE FROM crash_flag RETURNING 1) SELECT count(*) FROM d"), 1);
  std::unique_ptr<SchemadRunner> next = StartSchemad(settings_, project_);
  const RunResult rerun = RunProgram(SchemactlArgs(*next, {"apply-migrations", "--env", "dev"}), {}, 60000);
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_THAT(rerun.out, HasSubstr("applied 2 migrations"));
  for (const char* v : {kV1, kV2, kV3}) {
    EXPECT_EQ(AppliedRows(settings_, v), 1) << v;
    EXPECT_EQ(ApplyLogLines(settings_, v), 1) << v;
  }
  EXPECT_EQ(RunningRows(settings_), 0);
  for (const char* t : {"t1", "t2", "t3", "t4"}) EXPECT_TRUE(TableExists(settings_, t)) << t;
}

// Property: /metrics follows the migrations: after an Apply the applied counter equals the
// migrations applied, nothing is pending and the version gauge is the latest version; a
// failing migration counts once in the failed counter and changes neither; a rollback counts
// in the rolled-back counter, lowers the version gauge and raises the pending gauge.
TEST_F(MigrateE2eTest, MetricsCountAppliedFailedAndRolledBackMigrationsAndTrackTheGauges) {
  ASSERT_TRUE(project_.Write({
      {kV1, "a", "CREATE TABLE a (id int);\n", "DROP TABLE a;\n"},
      {kV2, "b", "CREATE TABLE b (id int);\n", "DROP TABLE b;\n"},
      {kV3, "c", "CREATE TABLE c (id int);\n", "DROP TABLE c;\n"},
  }));
  std::unique_ptr<SchemadRunner> runner = StartSchemad(settings_, project_);

  RunResult r = RunProgram(SchemactlArgs(*runner, {"apply-migrations", "--env", "dev"}), {}, 60000);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string page = Metrics(*runner);
  EXPECT_EQ(CounterValue(page, "schemad_migrations_applied_total"), 3) << page;
  EXPECT_EQ(CounterValue(page, "schemad_migrations_failed_total"), 0);
  EXPECT_EQ(CounterValue(page, "schemad_migrations_rolled_back_total"), 0);
  EXPECT_EQ(Sample(page, "schemad_pending_migrations"), std::optional<double>(0)) << page;
  EXPECT_EQ(Sample(page, "schemad_schema_version"), std::optional<double>(20260101000003.0)) << page;
  EXPECT_EQ(Sample(page, "schemad_failed_migrations"), std::optional<double>(0));
  EXPECT_GT(Sample(page, "schemad_last_successful_apply_timestamp_seconds").value_or(0), 0);
  EXPECT_THAT(page, HasSubstr("schemad_migration_duration_seconds_count{direction=\"up\","
                              "environment=\"dev\",project=\"app\"} 3"));

  // A migration that fails: rolled back whole, counted once.
  ASSERT_TRUE(project_.Write({{kV4, "broken", "CREATE TABLE d (id int);\nSELECT 1/0;\n", "DROP TABLE d;\n"}}));
  r = RunProgram(SchemactlArgs(*runner, {"apply-migrations", "--env", "dev"}), {}, 60000);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.err, HasSubstr("division by zero"));
  page = Metrics(*runner);
  EXPECT_EQ(CounterValue(page, "schemad_migrations_failed_total"), 1) << page;
  EXPECT_EQ(CounterValue(page, "schemad_migrations_applied_total"), 3);
  EXPECT_EQ(Sample(page, "schemad_pending_migrations"), std::optional<double>(1)) << page;
  EXPECT_EQ(Sample(page, "schemad_schema_version"), std::optional<double>(20260101000003.0));
  EXPECT_FALSE(TableExists(settings_, "d"));

  // Rolling back the latest applied one.
  r = RunProgram(SchemactlArgs(*runner, {"rollback-db-migration", "--env", "dev", "--steps", "1",
                                         "--confirm-data-loss"}),
                 {}, 60000);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(TableExists(settings_, "c"));
  page = Metrics(*runner);
  EXPECT_EQ(CounterValue(page, "schemad_migrations_rolled_back_total"), 1) << page;
  EXPECT_EQ(CounterValue(page, "schemad_migrations_applied_total"), 3);
  EXPECT_EQ(CounterValue(page, "schemad_migrations_failed_total"), 1);
  EXPECT_EQ(Sample(page, "schemad_pending_migrations"), std::optional<double>(2)) << page;
  EXPECT_EQ(Sample(page, "schemad_schema_version"), std::optional<double>(20260101000002.0)) << page;
  EXPECT_THAT(page, HasSubstr("schemad_migration_duration_seconds_count{direction=\"down\","
                              "environment=\"dev\",project=\"app\"} 1"));

  // The page stays valid exposition format.
  TempDir dir;
  const std::string file = dir.Write("metrics.txt", page);
  const RunResult check = RunProgram({"/bin/sh", "-c", "promtool check metrics < " + file});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

// Property: SIGTERM during Apply stops at the next migration boundary: the migration
// running finishes and is recorded applied, the later ones never start (no table, no row,
// no log line), schemad exits 0 well within its grace period, the caller gets a non-zero exit
// with a message saying schemad is shutting down, and no history row is left 'running'.
TEST_F(MigrateE2eTest, SigtermDuringApplyFinishesTheCurrentMigrationAndStartsNoOther) {
  ASSERT_TRUE(project_.Write({
      {kV1, "slow", "CREATE TABLE s1 (id int);\nSELECT pg_sleep(3);\n", "DROP TABLE s1;\n"},
      {kV2, "next", "CREATE TABLE s2 (id int);\n", "DROP TABLE s2;\n"},
      {kV3, "last", "CREATE TABLE s3 (id int);\n", "DROP TABLE s3;\n"},
  }));
  constexpr int kGraceSeconds = 20;
  std::unique_ptr<SchemadRunner> runner = StartSchemad(settings_, project_, kGraceSeconds);
  Process apply(SchemactlArgs(*runner, {"apply-migrations", "--env", "dev"}));
  ASSERT_TRUE(PollUntil([&] { return BackendRunning(settings_, "pg_sleep(3)") != 0; }, 20000))
      << "migration 1 never seen running\n" << apply.Stderr() << runner->process().Stderr();

  const auto signalled = Clock::now();
  runner->process().Signal(SIGTERM);
  const std::optional<int> code = runner->process().Wait((kGraceSeconds + 10) * 1000);
  const auto took = Clock::now() - signalled;
  ASSERT_TRUE(code.has_value()) << "schemad still runs " << kGraceSeconds + 10 << " s after SIGTERM";
  EXPECT_EQ(*code, 0) << runner->process().Stderr();
  EXPECT_LT(took, std::chrono::seconds(kGraceSeconds))
      << "schemad waited out its grace instead of stopping after the migration";

  const std::optional<int> apply_code = apply.Wait(10000);
  ASSERT_TRUE(apply_code.has_value());
  EXPECT_NE(*apply_code, 0) << apply.Stdout();
  EXPECT_THAT(apply.Stderr(), HasSubstr("shutting down"));
  EXPECT_THAT(apply.Stderr(), Not(HasSubstr("did not answer")))
      << "a status schemad sent is its answer, not a connection failure";
  EXPECT_THAT(apply.Stderr(), Not(HasSubstr(std::string("applying ") + kV2)));

  EXPECT_EQ(AppliedRows(settings_, kV1), 1) << "the migration running at SIGTERM must finish";
  EXPECT_EQ(ApplyLogLines(settings_, kV1), 1);
  EXPECT_TRUE(TableExists(settings_, "s1"));
  for (const char* v : {kV2, kV3}) {
    EXPECT_EQ(HistoryRows(settings_, v), 0) << v << " started after SIGTERM";
    EXPECT_EQ(Count(settings_, absl::StrCat("SELECT count(*) FROM schemaservice.migration_log"
                                            " WHERE version = '", v, "'")),
              0);
  }
  EXPECT_FALSE(TableExists(settings_, "s2"));
  EXPECT_FALSE(TableExists(settings_, "s3"));
  EXPECT_EQ(RunningRows(settings_), 0);
}


// Property: a client that never reads its progress stream does not hold the migrations up or
// keep a transaction open: progress is queued (and thinned) by a writer of its own, the
// migrations commit while the client has read nothing, and the stream still ends normally,
// with its summary, once the client reads it.
TEST_F(MigrateE2eTest, AClientThatStopsReadingHoldsUpNeitherTheMigrationsNorATransaction) {
  // Far more progress than a stream's flow-control window holds while nobody reads.
  std::string many = "CREATE TABLE quick (id int);\n";
  for (int i = 0; i < 10000; ++i) absl::StrAppend(&many, "INSERT INTO quick VALUES (", i, ");\n");
  ASSERT_TRUE(project_.Write({{kV1, "quick", many, "DROP TABLE quick;\n"},
                              {kV2, "b", "CREATE TABLE b (id int);\n", "DROP TABLE b;\n"}}));
  std::unique_ptr<SchemadRunner> runner = StartSchemad(settings_, project_);
  // A small, fixed receive window (no BDP probing): unread messages fill it quickly.
  grpc::ChannelArguments args;
  args.SetInt(GRPC_ARG_HTTP2_BDP_PROBE, 0);
  args.SetInt(GRPC_ARG_HTTP2_STREAM_LOOKAHEAD_BYTES, 4096);
  std::unique_ptr<v1::SchemaService::Stub> stub = v1::SchemaService::NewStub(
      grpc::CreateCustomChannel(runner->grpc_address(), grpc::InsecureChannelCredentials(), args));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(120));
  v1::ApplyRequest request;
  request.set_project("app");
  request.set_environment("dev");
  std::unique_ptr<grpc::ClientReader<v1::Progress>> reader = stub->Apply(&context, request);
  const auto deadline = Clock::now() + std::chrono::seconds(60);
  while (AppliedRows(settings_, kV2) < 1 && Clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(AppliedRows(settings_, kV2), 1) << "the migrations waited for the client to read";
  EXPECT_EQ(Count(settings_, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                             "AND state LIKE 'idle in transaction%'"),
            0);
  v1::Progress progress;
  bool summary = false;
  while (reader->Read(&progress)) summary = summary || progress.has_summary();
  const grpc::Status finished = reader->Finish();
  EXPECT_TRUE(finished.ok()) << finished.error_message();
  EXPECT_TRUE(summary) << "the summary is never the event dropped";
}

}  // namespace
}  // namespace schemaservice
