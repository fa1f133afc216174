// End-to-end tests of the schemad binary: health, History on a real database, the Sync
// review and confirmation, Backup, ListBackups, VerifyBackup and an unconfirmed Restore on a
// real database with each mutating call in the event log, /metrics that promtool accepts and
// that counts calls, schemactl and the Python client against it, clean shutdown, and the
// embedded default leaving nothing behind whether schemad stops cleanly or is killed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "clients/cpp/client.h"
#include "service/pg/connection.h"
#include "tests/support/schemad_runner.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using testing::BinaryPath;
using testing::RunProgram;
using testing::RunResult;
using testing::SchemadRunner;

std::string DatabaseYaml(const pg::ConnectionSettings& s) {
  return "\n          host: " + s.host + "\n          port: " + std::to_string(s.port) +
         "\n          dbname: " + s.dbname + "\n          user: " + s.user +
         "\n          password_env: SCHEMAD_TEST_PW";
}

class SchemadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    settings_ = testing::FreshDatabase();
    // Backups in the test's own folder (backup_dir is relative to the config file), not in
    // the state folder that every schemad of this machine shares.
    const std::string config = absl::StrReplaceAll(
        testing::ConfigWithDatabase(DatabaseYaml(settings_)),
        {{"    migrations_dir: migrations\n",
          "    migrations_dir: migrations\n    backup_dir: backups\n"}});
    runner_ = std::make_unique<SchemadRunner>(
        config, std::map<std::string, std::string>{{"SCHEMAD_TEST_PW", settings_.password}});
    std::string error;
    ASSERT_TRUE(runner_->WaitReady(30000, &error)) << error;
    client::ClientOptions options;
    options.server = runner_->grpc_address();
    options.timeout = absl::Seconds(20);
    client_ = std::move(*client::Client::Create(options));
  }

  RunResult Schemactl(std::vector<std::string> args) {
    args.insert(args.begin(), {BinaryPath("schemactl"), "--server", runner_->grpc_address()});
    return RunProgram(args);
  }

  std::string Metrics() {
    const RunResult r = RunProgram({"/usr/bin/curl", "-sS", "--max-time", "10",
                             "http://" + runner_->metrics_address() + "/metrics"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }

  pg::ConnectionSettings settings_;
  std::unique_ptr<SchemadRunner> runner_;
  std::unique_ptr<client::Client> client_;
};

TEST_F(SchemadTest, HealthIsServingForTheServerAndTheSchemaService) {
  EXPECT_EQ(*client_->Health(""), "SERVING");
  EXPECT_EQ(*client_->Health("schemaservice.v1.SchemaService"), "SERVING");
  EXPECT_EQ(client_->Health("no.such.Service").status().code(), absl::StatusCode::kNotFound);
}

TEST_F(SchemadTest, HistoryOfANewEnvironmentIsEmptyAndCreatesTheHistorySchema) {
  v1::HistoryRequest request;
  request.set_project("app");
  request.set_environment("dev");
  request.set_event_limit(10);
  absl::StatusOr<v1::HistoryResponse> history = client_->History(request);
  ASSERT_TRUE(history.ok()) << history.status();
  EXPECT_EQ(history->entries_size(), 0);
  EXPECT_EQ(history->events_size(), 0);
  EXPECT_EQ(history->current_version(), "");
  auto conn = pg::Connect(settings_, "test");
  ASSERT_TRUE(conn.ok());
  pqxx::work tx(**conn);
  EXPECT_TRUE(tx.exec1("SELECT to_regclass('schemaservice.migrations') IS NOT NULL")[0].as<bool>());
}

TEST_F(SchemadTest, HistoryRejectsUnknownNamesAndBadArgumentsWithActionableCodes) {
  v1::HistoryRequest request;
  request.set_project("nope");
  request.set_environment("dev");
  absl::Status s = client_->History(request).status();
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(s.message()), HasSubstr("projects you may use: app"));
  request.set_project("app");
  request.set_environment("staging");
  s = client_->History(request).status();
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(s.message()), HasSubstr("environments you may use: dev"));
  // No environment: every environment of the project, each named.
  request.set_environment("");
  absl::StatusOr<v1::HistoryResponse> all = client_->History(request);
  ASSERT_TRUE(all.ok()) << all.status();
  ASSERT_EQ(all->environments_size(), 1);
  EXPECT_EQ(all->environments(0).environment(), "dev");
  request.set_environment("dev");
  request.set_event_limit(-1);
  EXPECT_EQ(client_->History(request).status().code(), absl::StatusCode::kInvalidArgument);
}

// A server-streaming call read to its end, tagged with `request_id`; the summary of its last
// event goes to `summary` when it succeeded.
template <typename Request>
absl::Status ReadStream(client::Client& c,
                        std::unique_ptr<grpc::ClientReader<v1::Progress>> (v1::SchemaService::Stub::*
                                                                               call)(
                            grpc::ClientContext*, const Request&),
                        Request request, const std::string& request_id,
                        v1::Summary* summary = nullptr) {
  request.set_project("app");
  request.set_environment("dev");
  request.set_request_id(request_id);
  grpc::ClientContext context;
  c.Prepare(context);
  auto reader = (c.stub().*call)(&context, request);
  v1::Progress progress, last;
  int events = 0;
  while (reader->Read(&progress)) {
    ++events;
    last = progress;
  }
  const absl::Status status = c.ToStatus(reader->Finish());
  if (status.ok()) {
    EXPECT_GE(events, 2) << request_id << ": progress, then the summary";
    EXPECT_EQ(last.phase(), v1::PHASE_DONE) << request_id;
    if (summary != nullptr) *summary = last.summary();
  }
  return status;
}

absl::StatusOr<v1::ListBackupsResponse> ListBackupsOfDev(client::Client& c) {
  grpc::ClientContext context;
  c.Prepare(context);
  v1::ListBackupsRequest request;
  request.set_project("app");
  request.set_environment("dev");
  v1::ListBackupsResponse response;
  const absl::Status s = c.ToStatus(c.stub().ListBackups(&context, request, &response));
  if (!s.ok()) return s;
  return response;
}

bool TableExists(const pg::ConnectionSettings& settings, const std::string& table) {
  auto conn = pg::Connect(settings, "schemad_test");
  EXPECT_TRUE(conn.ok()) << conn.status();
  if (!conn.ok()) return false;
  pqxx::nontransaction tx(**conn);
  return tx.exec_params1("SELECT to_regclass($1) IS NOT NULL", table)[0].as<bool>();
}

// The workflow's backup and sync RPCs, once answered UNIMPLEMENTED, do their work on a real
// database: a Sync review plans and changes nothing; a Backup is a real pg_dump that
// ListBackups then lists and VerifyBackup restores; the confirmed Sync runs the reviewed plan
// after its own backup; a Restore missing its confirmation changes nothing. Every mutating call
// is one event, with auth off as "local", carrying its outcome; ListBackups, a read, none.
TEST_F(SchemadTest, SyncBackupListVerifyAndRestoreAreBuiltAndEachMutatingCallIsRecorded) {
  using Stub = v1::SchemaService::Stub;
  runner_->dir().Write("models/01_t.sql", "CREATE TABLE t (id int);\n");

  absl::StatusOr<v1::ListBackupsResponse> listed = ListBackupsOfDev(*client_);
  ASSERT_TRUE(listed.ok()) << listed.status();
  EXPECT_EQ(listed->backups_size(), 0) << "a new environment has no backups";

  v1::Summary review;
  absl::Status s = ReadStream(*client_, &Stub::Sync, v1::SyncRequest{}, "sync-review", &review);
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_FALSE(review.applied());
  ASSERT_EQ(review.statements_size(), 1);
  EXPECT_THAT(review.statements(0).sql(), HasSubstr("CREATE TABLE public.t"));
  EXPECT_TRUE(absl::StartsWith(review.schema_hash(), "sha256:")) << review.schema_hash();
  EXPECT_THAT(review.message(), HasSubstr("nothing was changed"));
  EXPECT_EQ(review.backup_id(), "") << "a review takes no backup";
  EXPECT_FALSE(TableExists(settings_, "public.t")) << "the review changed the database";

  v1::BackupRequest backup_request;
  backup_request.set_reason("before the first sync");
  v1::Summary backup;
  s = ReadStream(*client_, &Stub::Backup, backup_request, "backup", &backup);
  ASSERT_TRUE(s.ok()) << s;
  const std::string id = backup.backup_id();
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(backup.backup().id(), id);
  EXPECT_EQ(backup.backup().verification(), "listed");
  EXPECT_EQ(backup.backup().database(), settings_.dbname);
  EXPECT_EQ(backup.backup().caller(), "local");
  EXPECT_GT(backup.backup().size_bytes(), 0);
  // backup_dir: BACKUP_DIR/PROJECT/ENVIRONMENT/ID.dump, beside the config file.
  const std::string dump = runner_->dir().path() + "/backups/app/dev/" + id + ".dump";
  ASSERT_TRUE(std::filesystem::exists(dump)) << dump;
  EXPECT_EQ(static_cast<int64_t>(std::filesystem::file_size(dump)), backup.backup().size_bytes());

  listed = ListBackupsOfDev(*client_);
  ASSERT_TRUE(listed.ok()) << listed.status();
  ASSERT_EQ(listed->backups_size(), 1);
  EXPECT_EQ(listed->backups(0).id(), id);
  EXPECT_EQ(listed->backups(0).reason(), "before the first sync");
  EXPECT_EQ(listed->backups(0).sha256(), backup.backup().sha256());
  EXPECT_TRUE(listed->backups(0).verified());

  v1::VerifyBackupRequest verify_request;
  verify_request.set_backup_id(id);
  v1::Summary verified;
  s = ReadStream(*client_, &Stub::VerifyBackup, verify_request, "verify", &verified);
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(verified.backup().verification(), "restored");

  // The reviewed plan, confirmed: backup_before_sync (the default) takes a backup first.
  v1::SyncRequest confirm;
  confirm.set_confirm_schema_hash(review.schema_hash());
  v1::Summary synced;
  s = ReadStream(*client_, &Stub::Sync, confirm, "sync-confirmed", &synced);
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_TRUE(synced.applied());
  EXPECT_EQ(synced.schema_hash(), review.schema_hash());
  EXPECT_FALSE(synced.backup_id().empty()) << "backup_before_sync is on by default";
  EXPECT_NE(synced.backup_id(), id);
  EXPECT_TRUE(TableExists(settings_, "public.t"));

  // The same confirmation again: the database changed since, so the plan did too.
  s = ReadStream(*client_, &Stub::Sync, confirm, "sync-stale");
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_THAT(std::string(s.message()), HasSubstr("the plan changed since it was reviewed"));

  listed = ListBackupsOfDev(*client_);
  ASSERT_TRUE(listed.ok()) << listed.status();
  ASSERT_EQ(listed->backups_size(), 2);
  EXPECT_EQ(listed->backups(0).id(), synced.backup_id()) << "newest first";
  EXPECT_EQ(listed->backups(1).id(), id);
  EXPECT_EQ(listed->backups(1).verification(), "restored") << "the verification is recorded";

  v1::RestoreRequest restore;
  restore.set_backup_id(id);
  s = ReadStream(*client_, &Stub::Restore, restore, "restore-unconfirmed");
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_THAT(std::string(s.message()), HasSubstr("--in-place --confirm dev"));
  EXPECT_TRUE(TableExists(settings_, "public.t")) << "an unconfirmed restore changed the database";

  v1::HistoryRequest history;
  history.set_project("app");
  history.set_environment("dev");
  history.set_event_limit(100);
  absl::StatusOr<v1::HistoryResponse> h = client_->History(history);
  ASSERT_TRUE(h.ok()) << h.status();
  std::map<std::string, std::pair<std::string, std::string>> recorded;  // id -> (op, outcome)
  for (const v1::Event& e : h->events()) {
    EXPECT_EQ(e.caller(), "local") << e.request_id();
    EXPECT_TRUE(recorded.emplace(e.request_id(), std::make_pair(e.operation(), e.outcome())).second)
        << "two events for " << e.request_id();
  }
  using Recorded = std::pair<std::string, std::string>;
  EXPECT_EQ(recorded, (std::map<std::string, Recorded>{
                          {"sync-review", {"Sync", "OK"}},
                          {"backup", {"Backup", "OK"}},
                          {"verify", {"VerifyBackup", "OK"}},
                          {"sync-confirmed", {"Sync", "OK"}},
                          {"sync-stale", {"Sync", "FAILED_PRECONDITION"}},
                          {"restore-unconfirmed", {"Restore", "FAILED_PRECONDITION"}},
                      }));
}

// The value of the History/OK request counter in a /metrics page, 0 when absent.
double HistoryOkCount(const std::string& page) {
  for (absl::string_view line : absl::StrSplit(page, '\n')) {
    if (line.rfind("schemad_rpc_requests_total{", 0) != 0) continue;
    if (line.find("method=\"History\"") == absl::string_view::npos ||
        line.find("code=\"OK\"") == absl::string_view::npos) {
      continue;
    }
    double value = 0;
    if (absl::SimpleAtod(line.substr(line.rfind(' ') + 1), &value)) return value;
  }
  return 0;
}

TEST_F(SchemadTest, MetricsPassPromtoolAndTheHistoryCounterGrowsWithEachCall) {
  v1::HistoryRequest request;
  request.set_project("app");
  request.set_environment("dev");
  ASSERT_TRUE(client_->History(request).ok());
  const double before = HistoryOkCount(Metrics());
  EXPECT_GE(before, 1);
  ASSERT_TRUE(client_->History(request).ok());
  const std::string page = Metrics();
  EXPECT_EQ(HistoryOkCount(page), before + 1);
  EXPECT_THAT(page, HasSubstr("schemad_rpc_duration_seconds_bucket{method=\"History\""));

  testing::TempDir dir;
  const std::string file = dir.Write("metrics.txt", page);
  const RunResult check = RunProgram({"/bin/sh", "-c", "promtool check metrics < " + file});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

TEST_F(SchemadTest, SchemactlShowsHealthAndTheEmptyHistory) {
  RunResult r = Schemactl({"health"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "SERVING\n");

  r = Schemactl({"--project", "app", "show-all-migrations", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("project app, environment dev: no migrations applied yet"));

  r = Schemactl({"--project", "app", "--format", "json", "show-all-migrations", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"entries\": []"));

  r = RunProgram({BinaryPath("schemactl"), "show-all-migrations", "--env", "dev"},
          {{"SCHEMACTL_SERVER", runner_->grpc_address()}, {"SCHEMACTL_PROJECT", "app"}});
  EXPECT_EQ(r.exit_code, 0) << "defaults come from the environment: " << r.err;

  r = Schemactl({"--project", "app", "show-all-migrations", "--env", "qa"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("NOT_FOUND: project app has no environment \"qa\""));

  r = RunProgram({BinaryPath("schemactl"), "--server", runner_->grpc_address(), "show-all-migrations",
           "--env", "dev"},
          {{"SCHEMACTL_PROJECT", ""}});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--project is required"));
}

TEST_F(SchemadTest, PythonClientShowsTheHistoryAndDetectsSchemaChanges) {
  const RunResult r =
      RunProgram({"/usr/bin/python3", std::string(SCHEMASERVICE_SOURCE_DIR) + "/clients/python/scripts/manage_db.py",
           "--server", runner_->grpc_address(), "--project", "app", "show-all-migrations",
           "--env", "dev"},
          {{"SCHEMASERVICE_PYTHON_STUBS", SCHEMASERVICE_PYTHON_STUBS}});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("project app, environment dev: no migrations applied yet"));

  runner_->dir().Write("models/01_t.sql", "CREATE TABLE t (id int);\n");
  const RunResult detect = RunProgram(
      {"/usr/bin/python3", std::string(SCHEMASERVICE_SOURCE_DIR) + "/clients/python/scripts/manage_db.py",
       "--server", runner_->grpc_address(), "--project", "app", "detect-schema-changes"},
      {{"SCHEMASERVICE_PYTHON_STUBS", SCHEMASERVICE_PYTHON_STUBS}});
  EXPECT_EQ(detect.exit_code, 3) << detect.err;
  EXPECT_THAT(detect.out, HasSubstr("CREATE TABLE public.t (id integer);"));
  EXPECT_THAT(detect.out, HasSubstr("models vs the dev database (drift; what sync-dev-schema would run)"));
}

TEST_F(SchemadTest, DetectSchemaChangesAsJsonIsOneDocumentAndLargeResponsesArrive) {
  // A model whose plan is larger than gRPC's default 4 MiB receive limit.
  runner_->dir().Write("models/01_big.sql",
                       "CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS '" +
                           std::string(5 * 1024 * 1024, 'x') + "';\n");
  const RunResult r = Schemactl({"--project", "app", "--format", "json", "detect-schema-changes"});
  EXPECT_EQ(r.exit_code, 2) << r.err.substr(0, 2000);
  testing::TempDir dir;
  const std::string out = dir.Write("out.json", r.out);
  const RunResult parsed = RunProgram(
      {"/usr/bin/python3", "-c",
       "import json,sys; d=json.load(open(sys.argv[1])); print(sorted(d))", out});
  EXPECT_EQ(parsed.exit_code, 0) << parsed.err.substr(0, 2000);
  EXPECT_EQ(parsed.out, "['drift', 'next_migration']\n");
}

TEST_F(SchemadTest, ASecondSchemadOnTheSamePortExitsInsteadOfSharingIt) {
  const std::string port = runner_->grpc_address().substr(runner_->grpc_address().rfind(':') + 1);
  const RunResult r = RunProgram(
      {BinaryPath("schemad"), "--config", runner_->dir().path() + "/schemad.yaml", "--listen",
       "127.0.0.1:" + port, "--metrics-listen", ""},
      {{"SCHEMAD_TEST_PW", settings_.password}}, 30000);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr("cannot listen on 127.0.0.1:" + port));
  EXPECT_EQ(*client_->Health(""), "SERVING") << "the first schemad must keep its port";
}

TEST(SchemadFlagsTest, AnEmptyMetricsListenTurnsMetricsOff) {
  auto settings = testing::FreshDatabase();
  SchemadRunner runner(testing::ConfigWithDatabase(DatabaseYaml(settings)),
                       {{"SCHEMAD_TEST_PW", settings.password}});
  // The runner passes no --metrics-listen; start one by hand with the flag set to "".
  testing::Process process({BinaryPath("schemad"), "--config",
                            runner.dir().path() + "/schemad.yaml", "--metrics-listen", "",
                            "--ready-file", runner.dir().path() + "/ready2"},
                           {{"SCHEMAD_TEST_PW", settings.password}});
  std::string ready;
  for (int i = 0; i < 300 && ready.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::ifstream in(runner.dir().path() + "/ready2");
    std::stringstream buf;
    buf << in.rdbuf();
    ready = buf.str();
  }
  EXPECT_THAT(ready, HasSubstr("\nmetrics=\n")) << process.Stderr();
  EXPECT_THAT(process.Stderr(), HasSubstr("metrics=off"));
  process.Signal(SIGTERM);
  EXPECT_EQ(process.Wait(15000), std::optional<int>(0));
  runner.process().Signal(SIGTERM);
  runner.process().Wait(15000);
}

TEST_F(SchemadTest, PrepareMigrationWritesAProvenPairAndTheNextDiffIsEmpty) {
  runner_->dir().Write("models/01_t.sql", "CREATE TABLE t (id int PRIMARY KEY, note text);\n");
  RunResult r = Schemactl({"--project", "app", "prepare-migration", "-m", "create t", "--dry-run"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("(dry run, not written)"));
  EXPECT_THAT(r.out, HasSubstr("CREATE TABLE public.t"));
  EXPECT_FALSE(std::filesystem::exists(runner_->dir().path() + "/migrations/versions"));

  r = Schemactl({"--project", "app", "prepare-migration", "-m", "create t"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("_create_t.up.sql"));
  EXPECT_THAT(r.out, HasSubstr("_create_t.down.sql"));
  EXPECT_TRUE(std::filesystem::exists(runner_->dir().path() + "/migrations/versions/schema.sum"));

  v1::DiffRequest request;
  request.set_project("app");
  request.mutable_from()->mutable_migrations();
  request.mutable_to()->mutable_models();
  grpc::ClientContext context;
  client_->Prepare(context);
  v1::DiffResponse response;
  ASSERT_TRUE(client_->ToStatus(client_->stub().Diff(&context, request, &response)).ok());
  EXPECT_EQ(response.statements_size(), 0) << "the store now reaches the models";

  r = Schemactl({"--project", "app", "prepare-migration", "-m", "again"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("no changes"));

  // A hand-written migration through the server, then a deliberate edit and a rehash.
  r = Schemactl({"--project", "app", "new-migration", "-m", "backfill notes"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("_backfill_notes.up.sql"));
  const std::string up = r.out.substr(r.out.find("versions/"), r.out.find('\n') - r.out.find("versions/"));
  runner_->dir().Write("migrations/" + up, "UPDATE t SET note = '' WHERE note IS NULL;\n");
  r = Schemactl({"--project", "app", "prepare-migration", "-m", "more"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("edited "));
  r = Schemactl({"--project", "app", "rehash"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = Schemactl({"--project", "app", "prepare-migration", "-m", "more"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(SchemadTest, SigtermStopsCleanlyAndRemovesTheReadyFile) {
  runner_->process().Signal(SIGTERM);
  const std::optional<int> code = runner_->process().Wait(15000);
  ASSERT_TRUE(code.has_value()) << "schemad did not stop within its grace period";
  EXPECT_EQ(*code, 0) << runner_->process().Stderr();
  EXPECT_FALSE(std::filesystem::exists(runner_->ready_file()));
  EXPECT_THAT(runner_->process().Stderr(), HasSubstr("schemad.stopped"));
  EXPECT_THAT(runner_->process().Stderr(), ::testing::Not(HasSubstr(settings_.password)));
}

TEST_F(SchemadTest, DiffComparesModelsWithTheEnvironmentAndDetectSchemaChangesShowsBoth) {
  runner_->dir().Write("models/01_t.sql", "CREATE TABLE t (id int PRIMARY KEY, note text);\n");
  v1::DiffRequest request;
  request.set_project("app");
  request.mutable_from()->set_environment("dev");
  request.mutable_to()->mutable_models();
  grpc::ClientContext context;
  client_->Prepare(context);
  v1::DiffResponse response;
  const absl::Status status = client_->ToStatus(client_->stub().Diff(&context, request, &response));
  ASSERT_TRUE(status.ok()) << status;
  ASSERT_EQ(response.changes_size(), 2);  // the table and its primary key
  EXPECT_EQ(response.changes(0).object_name(), "public.t");
  EXPECT_EQ(response.changes(0).action(), v1::CHANGE_ACTION_CREATE);
  EXPECT_EQ(response.changes(1).object_name(), "public.t.t_pkey");
  ASSERT_GE(response.statements_size(), 1);
  EXPECT_THAT(response.statements(0).sql(), HasSubstr("CREATE TABLE public.t"));
  ASSERT_GE(response.down_statements_size(), 1);
  EXPECT_THAT(response.down_statements(0).sql(), HasSubstr("DROP TABLE public.t"));
  EXPECT_EQ(response.down_statements(0).hazards(0).kind(), v1::HAZARD_KIND_DATA_LOSS);

  RunResult r = Schemactl({"--project", "app", "detect-schema-changes"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.out, HasSubstr("models vs the replayed migrations"));
  EXPECT_THAT(r.out, HasSubstr("models vs the dev database"));
  EXPECT_THAT(r.out, HasSubstr("CREATE TABLE public.t"));

  v1::DiffRequest missing;
  missing.set_project("app");
  missing.mutable_to()->mutable_models();
  grpc::ClientContext context2;
  client_->Prepare(context2);
  EXPECT_EQ(client_->stub().Diff(&context2, missing, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST(SchemactlDiffTest, ExitCodesSayWhetherThereIsADifference) {
  testing::TempDir dir;
  chmod(dir.path().c_str(), 0755);
  dir.Write("a/01.sql", "CREATE TABLE t (id int);\n");
  dir.Write("b/01.sql", "CREATE TABLE t (id int, n int NOT NULL);\n");
  dir.Write("bad/01.sql", "CREATE TABLE t (id int,, n);\n");
  const std::map<std::string, std::string> env = {{"TMPDIR", dir.path()}};
  RunResult r = RunProgram({BinaryPath("schemactl"), "diff", "models:" + dir.path() + "/a",
                            "models:" + dir.path() + "/b"}, env);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.out, HasSubstr("ALTER TABLE public.t ADD COLUMN n integer NOT NULL;"));
  EXPECT_THAT(r.out, HasSubstr("hazard BACKWARD_INCOMPATIBLE (error, add-required-column)"));
  r = RunProgram({BinaryPath("schemactl"), "diff", "--down", "models:" + dir.path() + "/a",
                  "models:" + dir.path() + "/b"}, env);
  EXPECT_THAT(r.out, HasSubstr("ALTER TABLE public.t DROP COLUMN n;"));
  r = RunProgram({BinaryPath("schemactl"), "--format", "json", "diff", "models:" + dir.path() + "/a",
                  "models:" + dir.path() + "/a"}, env);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"statements\": []"));
  r = RunProgram({BinaryPath("schemactl"), "diff", "models:" + dir.path() + "/a",
                  "models:" + dir.path() + "/bad"}, env);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("bad/01.sql:1"));
  EXPECT_EQ(r.out, "") << "never a partial plan";
}

TEST(SchemactlTest, NoServerIsAnErrorThatSaysWhatToDo) {
  const RunResult r = RunProgram({BinaryPath("schemactl"), "--server", "127.0.0.1:1", "--timeout", "3",
                           "health"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("is it running? (set --server or SCHEMACTL_SERVER)"));
}

// The embedded default, seen from outside: where its folder is and which postmaster runs.
struct EmbeddedState {
  std::string folder;
  pid_t postmaster = -1;
};

EmbeddedState FindEmbedded(const std::string& tmpdir) {
  EmbeddedState state;
  for (const auto& entry : std::filesystem::directory_iterator(tmpdir)) {
    if (entry.path().filename().string().rfind("schemad-pg-", 0) != 0) continue;
    state.folder = entry.path().string();
    std::ifstream pidfile(entry.path() / "data" / "postmaster.pid");
    pidfile >> state.postmaster;
  }
  return state;
}

bool DiesWithin(pid_t pid, int timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    if (kill(pid, 0) != 0 && errno == ESRCH) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

class EmbeddedSchemadTest : public ::testing::Test {
 protected:
  void SetUp() override { chmod(tmp_.path().c_str(), 0755); }

  std::unique_ptr<SchemadRunner> Start() {
    auto runner = std::make_unique<SchemadRunner>(
        testing::ConfigWithDatabase(" embedded"),
        std::map<std::string, std::string>{{"SCHEMAD_STATE_DIR", state_dir()}});
    std::string error;
    EXPECT_TRUE(runner->WaitReady(60000, &error)) << error;
    return runner;
  }

  std::string state_dir() const { return tmp_.path() + "/state"; }

  testing::TempDir tmp_;
};

TEST_F(EmbeddedSchemadTest, SigtermLeavesNoServerAndNoFolder) {
  std::unique_ptr<SchemadRunner> runner = Start();
  const EmbeddedState state = FindEmbedded(state_dir());
  ASSERT_GT(state.postmaster, 0);
  client::ClientOptions options;
  options.server = runner->grpc_address();
  std::unique_ptr<client::Client> created = std::move(*client::Client::Create(options));
  client::Client& c = *created;
  v1::HistoryRequest request;
  request.set_project("app");
  request.set_environment("dev");
  ASSERT_TRUE(c.History(request).ok());

  runner->process().Signal(SIGTERM);
  ASSERT_EQ(runner->process().Wait(30000), std::optional<int>(0)) << runner->process().Stderr();
  EXPECT_TRUE(DiesWithin(state.postmaster, 1000));
  EXPECT_FALSE(std::filesystem::exists(state.folder));
}

TEST_F(EmbeddedSchemadTest, KilledSchemadTakesItsServerAlongAndTheNextStartCleansUp) {
  std::unique_ptr<SchemadRunner> first = Start();
  const EmbeddedState state = FindEmbedded(state_dir());
  ASSERT_GT(state.postmaster, 0);
  first->process().Signal(SIGKILL);
  first->process().Wait(10000);
  EXPECT_TRUE(DiesWithin(state.postmaster, 15000)) << "the embedded server outlived schemad";

  std::unique_ptr<SchemadRunner> second = Start();
  EXPECT_FALSE(std::filesystem::exists(state.folder)) << "stale folder not removed";
  second->process().Signal(SIGTERM);
  EXPECT_EQ(second->process().Wait(30000), std::optional<int>(0));
}

}  // namespace
}  // namespace schemaservice
