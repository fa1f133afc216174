// The team guide end to end, through the real schemad and schemactl binaries, on real
// databases the test can read and damage directly: the whole guide (sync dev, prepare, apply
// to test then prod, backups, history, rollback), Sync's guards (policy, a stale plan, data
// loss), the environment identity recorded in each database, backups restored into a new
// database and in place after damage, and a backup that cannot be written.
//
// Every schemad here maps its environments to fresh databases of the test binary's own
// PostgreSQL (through its unix socket), reads a copy of examples/app/models from a temporary
// project folder and keeps its backups in a temporary folder, so each check looks at effects:
// tables and columns, history rows, backup files and manifests, restored row counts.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/mount.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <google/protobuf/util/json_util.h>
#include <grpcpp/grpcpp.h>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "clients/cpp/client.h"
#include "schemaservice/v1/schema_service.grpc.pb.h"
#include "service/pg/connection.h"
#include "tests/support/process.h"
#include "tests/support/schemad_runner.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

namespace fs = std::filesystem;
namespace v1 = ::schemaservice::v1;

using ::testing::HasSubstr;
using ::testing::Not;
using testing::BinaryPath;
using testing::RunProgram;
using testing::RunResult;
using testing::SchemadRunner;
using testing::TempDir;

using Clock = std::chrono::steady_clock;

constexpr char kPasswordEnv[] = "SCHEMAD_WORKFLOW_TEST_PW";
constexpr int kCallMs = 120000;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// A fresh database of the test server, reached through its unix socket.
pg::ConnectionSettings FreshSocketDatabase() {
  pg::ConnectionSettings s = testing::FreshDatabase();
  s.host = testing::TestServer().socket_dir();
  s.port = testing::TestServer().port();
  return s;
}

// ---------------------------------------------------------------------------------------
// Databases, read and damaged directly.

std::optional<std::string> Scalar(const pg::ConnectionSettings& s, const std::string& sql) {
  auto conn = pg::Connect(s, "workflow_test");
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

::testing::AssertionResult Exec(const pg::ConnectionSettings& s, const std::string& sql) {
  auto conn = pg::Connect(s, "workflow_test");
  if (!conn.ok()) return ::testing::AssertionFailure() << conn.status();
  try {
    pqxx::nontransaction tx(**conn);
    tx.exec0(sql);
    return ::testing::AssertionSuccess();
  } catch (const std::exception& e) {
    return ::testing::AssertionFailure() << e.what() << "\nin: " << sql;
  }
}

bool TableExists(const pg::ConnectionSettings& s, const std::string& table) {
  return Scalar(s, "SELECT to_regclass('public." + table + "') IS NOT NULL") == "t";
}

bool ColumnExists(const pg::ConnectionSettings& s, const std::string& table,
                  const std::string& column) {
  return Count(s, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'"
                  " AND table_name = '" + table + "' AND column_name = '" + column + "'") == 1;
}

long UserTables(const pg::ConnectionSettings& s) {
  return Count(s, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                  " AND relkind IN ('r', 'p', 'v', 'm')");
}

// The tables' data as rows and an md5 over their text, sequences' positions and a view's
// output: equal fingerprints mean equal contents.
std::string DataFingerprint(const pg::ConnectionSettings& s) {
  std::string out;
  for (const char* table : {"customers", "products", "orders", "order_lines", "customer_spend"}) {
    absl::StrAppend(
        &out, table, ": ",
        Scalar(s, absl::StrCat("SELECT count(*) || ' rows, md5 ' || md5(coalesce(string_agg(t::text, '|'"
                               " ORDER BY t::text), '')) FROM public.", table, " t"))
            .value_or("(absent)"),
        "\n");
  }
  absl::StrAppend(&out, "sequences: ",
                  Scalar(s, "SELECT string_agg(sequencename || '=' || coalesce(last_value::text, 'null'),"
                            " ', ' ORDER BY sequencename) FROM pg_sequences WHERE schemaname = 'public'")
                      .value_or("(none)"),
                  "\n");
  return out;
}

// Columns, constraints and indexes of the public schema, as PostgreSQL renders them.
std::string CatalogListing(const pg::ConnectionSettings& s) {
  return absl::StrCat(
      Scalar(s, "SELECT string_agg(format('%s.%s %s %s default %s', table_name, column_name, data_type,"
                " is_nullable, coalesce(column_default, '-')), E'\\n' ORDER BY table_name, ordinal_position)"
                " FROM information_schema.columns WHERE table_schema = 'public'")
          .value_or("(no columns)"),
      "\n",
      Scalar(s, "SELECT string_agg(conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid),"
                " E'\\n' ORDER BY conrelid::regclass::text, conname) FROM pg_constraint"
                " WHERE connamespace = 'public'::regnamespace")
          .value_or("(no constraints)"),
      "\n",
      Scalar(s, "SELECT string_agg(indexdef, E'\\n' ORDER BY indexname) FROM pg_indexes"
                " WHERE schemaname = 'public'")
          .value_or("(no indexes)"),
      "\n",
      Scalar(s, "SELECT string_agg(viewname || ': ' || definition, E'\\n' ORDER BY viewname) FROM pg_views"
                " WHERE schemaname = 'public'")
          .value_or("(no views)"));
}

// What schemaservice keeps in a database, and its tables: for "nothing changed" checks.
// Events are left out: a refused call is itself recorded (see EventsOf).
std::string HistorySnapshot(const pg::ConnectionSettings& s) {
  return absl::StrCat(
      "migrations: ",
      Scalar(s, "SELECT string_agg(format('%s %s %s %s', version, status, checksum, finished_at), '; '"
                " ORDER BY version) FROM schemaservice.migrations")
          .value_or("(none)"),
      "\nlog: ",
      Scalar(s, "SELECT count(*) || ' lines, last ' || coalesce(max(id)::text, '-') FROM schemaservice.migration_log")
          .value_or("(none)"),
      "\nidentity: ",
      Scalar(s, "SELECT string_agg(project || '=' || environment || ' at ' || recorded_at, ', ')"
                " FROM schemaservice.environment")
          .value_or("(none)"),
      "\nschema_version: ",
      Scalar(s, "SELECT max(version) FROM schemaservice.schema_version").value_or("(none)"),
      "\ncatalog:\n", CatalogListing(s), "\ndata:\n", DataFingerprint(s));
}

long EventsOf(const pg::ConnectionSettings& s, const std::string& environment) {
  return Count(s, "SELECT count(*) FROM schemaservice.events WHERE environment = '" + environment + "'");
}

// ---------------------------------------------------------------------------------------
// The project folder and schemad's config.

// A copy of the sample application's models, an empty migration store and a backup folder.
class Project {
 public:
  Project() {
    fs::copy(fs::path(SCHEMASERVICE_SOURCE_DIR) / "examples/app/models", models_dir(),
             fs::copy_options::recursive);
    fs::create_directories(migrations_dir());
    fs::create_directories(backup_dir());
  }
  std::string path() const { return dir_.path(); }
  std::string models_dir() const { return dir_.path() + "/models"; }
  std::string migrations_dir() const { return dir_.path() + "/migrations"; }
  std::string backup_dir() const { return dir_.path() + "/backups"; }

  // The guide's model change: customers get a preferences field.
  ::testing::AssertionResult AddPreferences() const {
    const std::string file = models_dir() + "/02_tables.sql";
    std::string sql = ReadFile(file);
    const std::string anchor = "  full_name   text        NOT NULL,\n";
    const size_t at = sql.find(anchor);
    if (at == std::string::npos) return ::testing::AssertionFailure() << "no full_name line in " << file;
    sql.insert(at + anchor.size(), "  preferences jsonb       NOT NULL DEFAULT '{}',\n");
    std::ofstream(file) << sql;
    return ::testing::AssertionSuccess();
  }
  void WriteModel(const std::string& name, const std::string& sql) const {
    dir_.Write("models/" + name, sql);
  }
  void RemoveModel(const std::string& name) const { fs::remove(models_dir() + "/" + name); }

  // versions/ files whose name ends with `suffix`.
  std::vector<std::string> VersionFiles(const std::string& suffix) const {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(migrations_dir() + "/versions", ec)) {
      if (absl::EndsWith(e.path().filename().string(), suffix)) out.push_back(e.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  TempDir dir_;
};

struct Environment {
  std::string name;
  pg::ConnectionSettings db;
  std::vector<std::string> policy;  // "allow_sync: true", ...
};

std::string DatabaseYaml(const pg::ConnectionSettings& s) {
  return absl::StrCat("          host: ", s.host, "\n          port: ", s.port,
                      "\n          dbname: ", s.dbname, "\n          user: ", s.user,
                      "\n          password_env: ", kPasswordEnv, "\n");
}

std::string Config(const Project& project, const std::vector<Environment>& environments,
                   std::string backup_dir = "") {
  if (backup_dir.empty()) backup_dir = project.backup_dir();
  std::string yaml = absl::StrCat(
      "server:\n  listen: 127.0.0.1:0\n  metrics_listen: 127.0.0.1:0\n  shutdown_grace_seconds: 10\n",
      "  migrations:\n    metrics_refresh_seconds: 0\n",
      "projects:\n  app:\n    models_dir: ", project.models_dir(),
      "\n    migrations_dir: ", project.migrations_dir(), "\n    backup_dir: ", backup_dir,
      "\n    environments:\n");
  for (const Environment& e : environments) {
    absl::StrAppend(&yaml, "      ", e.name, ":\n        database:\n", DatabaseYaml(e.db));
    for (const std::string& line : e.policy) absl::StrAppend(&yaml, "        ", line, "\n");
  }
  return yaml;
}

std::map<std::string, std::string> PasswordEnv() {
  return {{kPasswordEnv, testing::TestServer().Settings("postgres").password}};
}

std::unique_ptr<SchemadRunner> StartSchemad(const std::string& config) {
  auto runner = std::make_unique<SchemadRunner>(config, PasswordEnv());
  std::string error;
  EXPECT_TRUE(runner->WaitReady(60000, &error)) << error << "\nconfig:\n" << config;
  return runner;
}

// schemactl against one schemad, project app, stdin not a terminal.
class Schemactl {
 public:
  explicit Schemactl(const SchemadRunner& runner) : server_(runner.grpc_address()) {}
  RunResult operator()(std::vector<std::string> args, int timeout_ms = kCallMs) const {
    args.insert(args.begin(), {BinaryPath("schemactl"), "--server", server_, "--project", "app"});
    RunResult r = RunProgram(args, {}, timeout_ms);
    if (r.exit_code == -1) ADD_FAILURE() << absl::StrJoin(args, " ") << ": did not end in time";
    return r;
  }

  std::vector<v1::BackupInfo> Backups(const std::string& env) const {
    const RunResult r = (*this)({"--format", "json", "list-backups", "--env", env});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    v1::ListBackupsResponse response;
    const auto parsed = google::protobuf::util::JsonStringToMessage(r.out, &response);
    EXPECT_TRUE(parsed.ok()) << parsed.ToString() << "\n" << r.out;
    return {response.backups().begin(), response.backups().end()};
  }

  v1::HistoryResponse History() const {
    const RunResult r = (*this)({"--format", "json", "show-all-migrations"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    v1::HistoryResponse response;
    const auto parsed = google::protobuf::util::JsonStringToMessage(r.out, &response);
    EXPECT_TRUE(parsed.ok()) << parsed.ToString() << "\n" << r.out;
    return response;
  }

 private:
  std::string server_;
};

std::set<std::string> Ids(const std::vector<v1::BackupInfo>& backups) {
  std::set<std::string> out;
  for (const v1::BackupInfo& b : backups) out.insert(b.id());
  return out;
}

// The backups in `after` that are not in `before`.
std::vector<v1::BackupInfo> NewBackups(const std::vector<v1::BackupInfo>& before,
                                       const std::vector<v1::BackupInfo>& after) {
  const std::set<std::string> old = Ids(before);
  std::vector<v1::BackupInfo> out;
  for (const v1::BackupInfo& b : after) {
    if (!old.count(b.id())) out.push_back(b);
  }
  return out;
}

std::string Sha256File(const std::string& path) {
  const RunResult r = RunProgram({"/usr/bin/sha256sum", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out.substr(0, r.out.find(' '));
}

// The PostgreSQL programs of the test server's release.
std::string PgProgram(const std::string& name) {
  const char* bindir = std::getenv("SCHEMAD_PG_BINDIR");
  if (bindir != nullptr && *bindir && fs::exists(std::string(bindir) + "/" + name)) {
    return std::string(bindir) + "/" + name;
  }
  return "/usr/lib/postgresql/15/bin/" + name;
}

const v1::EnvironmentHistory* EnvironmentOf(const v1::HistoryResponse& h, const std::string& name) {
  for (const v1::EnvironmentHistory& e : h.environments()) {
    if (e.environment() == name) return &e;
  }
  return nullptr;
}

v1::MigrationState StateOf(const v1::HistoryResponse& h, const std::string& env,
                           const std::string& version) {
  const v1::EnvironmentHistory* e = EnvironmentOf(h, env);
  if (e == nullptr) return v1::MIGRATION_STATE_UNSPECIFIED;
  for (const v1::HistoryEntry& entry : e->entries()) {
    if (entry.version() == version) return entry.state();
  }
  return v1::MIGRATION_STATE_UNSPECIFIED;
}

// The version of a migration file: versions/VERSION_slug.up.sql.
std::string VersionOf(const std::string& path) {
  const std::string name = fs::path(path).filename().string();
  return name.substr(0, name.find('_'));
}

// ---------------------------------------------------------------------------------------
// gRPC, for what schemactl does not expose (a stale confirmation, the server-side data-loss
// guard) and for the exact codes.

std::unique_ptr<client::Client> ClientOf(const SchemadRunner& runner) {
  client::ClientOptions options;
  options.server = runner.grpc_address();
  options.timeout = absl::Seconds(120);
  return std::move(*client::Client::Create(options));
}

struct Streamed {
  absl::Status status;
  std::optional<v1::Summary> summary;
};

template <typename Request>
Streamed Call(client::Client& c,
              std::unique_ptr<grpc::ClientReader<v1::Progress>> (v1::SchemaService::Stub::*method)(
                  grpc::ClientContext*, const Request&),
              const Request& request) {
  grpc::ClientContext context;
  c.Prepare(context);
  auto reader = (c.stub().*method)(&context, request);
  Streamed out;
  v1::Progress progress;
  while (reader->Read(&progress)) {
    if (progress.has_summary()) out.summary = progress.summary();
  }
  out.status = c.ToStatus(reader->Finish(), context);
  return out;
}

Streamed Sync(client::Client& c, const std::string& env, const std::string& hash = "",
              bool confirm_data_loss = false) {
  v1::SyncRequest request;
  request.set_project("app");
  request.set_environment(env);
  request.set_confirm_schema_hash(hash);
  request.set_confirm_data_loss(confirm_data_loss);
  return Call(c, &v1::SchemaService::Stub::Sync, request);
}

std::string PlanSql(const v1::Summary& summary) {
  std::string out;
  for (const v1::Statement& st : summary.statements()) absl::StrAppend(&out, st.sql(), ";\n");
  return out;
}

// ---------------------------------------------------------------------------------------
// Processes: what schemad started, and pg_dump / pg_restore working for our databases.

struct ProcInfo {
  pid_t pid = 0, ppid = 0;
  char state = '?';
  std::string comm;
  unsigned long long start = 0;
};

std::optional<ProcInfo> ReadProc(pid_t pid) {
  const std::string stat = ReadFile(absl::StrCat("/proc/", pid, "/stat"));
  const size_t open = stat.find('('), close = stat.rfind(')');
  if (open == std::string::npos || close == std::string::npos) return std::nullopt;
  ProcInfo p;
  p.pid = pid;
  p.comm = stat.substr(open + 1, close - open - 1);
  const std::vector<std::string> fields = absl::StrSplit(stat.substr(close + 2), ' ');
  // fields[0] is field 3 (state) of proc(5); ppid is 4, starttime 22.
  if (fields.size() < 20) return std::nullopt;
  p.state = fields[0].empty() ? '?' : fields[0][0];
  (void)absl::SimpleAtoi(fields[1], &p.ppid);
  (void)absl::SimpleAtoi(fields[19], &p.start);
  return p;
}

std::vector<ProcInfo> AllProcesses() {
  std::vector<ProcInfo> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/proc", ec)) {
    int pid = 0;
    if (!absl::SimpleAtoi(e.path().filename().string(), &pid)) continue;
    if (std::optional<ProcInfo> p = ReadProc(pid)) out.push_back(*p);
  }
  return out;
}

std::vector<ProcInfo> Descendants(pid_t root) {
  const std::vector<ProcInfo> all = AllProcesses();
  std::vector<ProcInfo> out;
  std::set<pid_t> frontier = {root};
  while (!frontier.empty()) {
    std::set<pid_t> next;
    for (const ProcInfo& p : all) {
      if (frontier.count(p.ppid)) {
        out.push_back(p);
        next.insert(p.pid);
      }
    }
    frontier = next;
  }
  return out;
}

bool Alive(const ProcInfo& p) {
  const std::optional<ProcInfo> now = ReadProc(p.pid);
  return now && now->start == p.start && now->state != 'Z';
}

// pg_dump / pg_restore processes whose environment names one of `databases`.
std::vector<std::string> DumpProcessesFor(const std::vector<std::string>& databases) {
  std::vector<std::string> out;
  for (const ProcInfo& p : AllProcesses()) {
    if (p.comm != "pg_dump" && p.comm != "pg_restore") continue;
    if (p.state == 'Z') continue;
    const std::string environ = ReadFile(absl::StrCat("/proc/", p.pid, "/environ"));
    for (absl::string_view kv : absl::StrSplit(environ, '\0')) {
      for (const std::string& db : databases) {
        if (kv == "PGDATABASE=" + db) out.push_back(absl::StrCat(p.comm, " pid ", p.pid, " for ", db));
      }
    }
  }
  return out;
}

bool PollUntil(const std::function<bool()>& done, int timeout_ms) {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  while (Clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return done();
}

// Every regular file under `dir`, relative to it.
std::vector<std::string> FilesUnder(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file()) out.push_back(fs::relative(it->path(), dir).string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Some thousands of rows over the sample application's tables.
constexpr char kLoadData[] = R"sql(
INSERT INTO customers (email, full_name, created_at)
  SELECT 'c' || g || '@example.com', 'Customer ' || g, timestamptz '2026-01-01 00:00:00+00' + g * interval '1 minute'
  FROM generate_series(1, 3000) g;
INSERT INTO products (sku, title, price_cents)
  SELECT 'sku-' || g, 'Product ' || g, (g * 7919) % 10000 FROM generate_series(1, 200) g;
INSERT INTO orders (customer_id, status, placed_at)
  SELECT 1 + g % 3000, (ARRAY['pending', 'paid', 'shipped', 'cancelled'])[1 + g % 4]::order_status,
         timestamptz '2026-02-01 00:00:00+00' + g * interval '1 hour'
  FROM generate_series(1, 2500) g;
INSERT INTO order_lines (order_id, product_id, quantity)
  SELECT o, 1 + (o * 13 + k) % 200, 1 + k FROM generate_series(1, 2500) o, generate_series(0, 1) k;
)sql";

// =======================================================================================
// 1. The whole guide.

// Property: the team guide works end to end on real databases, each step checked by its
// effect: the initial migration reaches test and prod and dev is synced; a model change is
// synced into dev after a backup of dev taken before the sync ran (its archive holds the old
// customers table); detect-schema-changes shows the field under the next migration and no
// drift; prepare-migration writes the pair; prod refuses it until test has it
// (require_tested_in), without taking a backup; create-backup records size and SHA-256 of the
// archive on disk; apply to prod takes its own backup first (backup_before_apply); history
// shows both versions on test and prod; the rollback on test removes the field and says so;
// SIGTERM stops schemad, and nothing it started (the shadow server, pg_dump, pg_restore)
// outlives it.
TEST(WorkflowTest, TheWholeGuideFromAModelChangeToProductionAndBack) {
  Project project;
  const Environment dev{"dev", FreshSocketDatabase(), {"allow_sync: true"}};
  const Environment test{"test", FreshSocketDatabase(), {}};
  const Environment prod{"prod", FreshSocketDatabase(), {"backup_before_apply: true", "require_tested_in: test"}};
  std::unique_ptr<SchemadRunner> schemad = StartSchemad(Config(project, {dev, test, prod}));
  ASSERT_FALSE(schemad->grpc_address().empty());
  const Schemactl ctl(*schemad);

  // The starting point: the initial schema as a migration on test and prod, dev synced.
  RunResult r = ctl({"prepare-migration", "-m", "initial schema"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(project.VersionFiles(".up.sql").size(), 1u);
  const std::string first_version = VersionOf(project.VersionFiles(".up.sql")[0]);
  r = ctl({"apply-migrations", "--env", "test"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = ctl({"apply-migrations", "--env", "prod"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ctl.Backups("prod").size(), 1u) << "backup_before_apply took none";
  r = ctl({"sync-dev-schema", "--yes"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  for (const Environment* e : {&dev, &test, &prod}) {
    EXPECT_TRUE(TableExists(e->db, "customers") && TableExists(e->db, "order_lines") &&
                TableExists(e->db, "customer_spend"))
        << e->name;
    EXPECT_FALSE(ColumnExists(e->db, "customers", "preferences")) << e->name;
  }

  // A model changes; sync-dev-schema backs dev up, then syncs it.
  ASSERT_TRUE(project.AddPreferences());
  const std::vector<v1::BackupInfo> dev_before = ctl.Backups("dev");
  r = ctl({"sync-dev-schema", "--yes"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("preferences"));
  EXPECT_TRUE(ColumnExists(dev.db, "customers", "preferences"));
  EXPECT_EQ(Scalar(dev.db, "SELECT format_type(atttypid, atttypmod) || ' ' || attnotnull || ' ' ||"
                           " pg_get_expr(adbin, adrelid) FROM pg_attribute JOIN pg_attrdef"
                           " ON adrelid = attrelid AND adnum = attnum"
                           " WHERE attrelid = 'public.customers'::regclass AND attname = 'preferences'"),
            std::optional<std::string>("jsonb true '{}'::jsonb"));
  const std::vector<v1::BackupInfo> dev_after = ctl.Backups("dev");
  const std::vector<v1::BackupInfo> sync_backups = NewBackups(dev_before, dev_after);
  ASSERT_EQ(sync_backups.size(), 1u) << "backup_before_sync: one backup per sync";
  const v1::BackupInfo& sync_backup = sync_backups[0];
  EXPECT_THAT(sync_backup.reason(), HasSubstr("before sync-dev-schema"));
  const std::string dev_dir = project.backup_dir() + "/app/dev/";
  const std::string manifest = ReadFile(dev_dir + sync_backup.id() + ".manifest.yaml");
  EXPECT_THAT(manifest, HasSubstr("id: \"" + sync_backup.id() + "\""));
  EXPECT_THAT(manifest, HasSubstr("created_at: "));
  // Taken inside the confirmed call (after the reviewed plan's call ended, before the
  // confirmed call ended), and of the schema before the sync: no preferences in the archive.
  const long long created_us = sync_backup.created_at().seconds() * 1000000LL + sync_backup.created_at().nanos() / 1000;
  const std::optional<std::string> plan_us = Scalar(
      dev.db, "SELECT (extract(epoch FROM at) * 1000000)::bigint FROM schemaservice.events"
              " WHERE environment = 'dev' AND operation = 'Sync' ORDER BY id DESC OFFSET 1 LIMIT 1");
  const std::optional<std::string> confirm_us = Scalar(
      dev.db, "SELECT (extract(epoch FROM at) * 1000000)::bigint FROM schemaservice.events"
              " WHERE environment = 'dev' AND operation = 'Sync' AND outcome = 'OK' ORDER BY id DESC LIMIT 1");
  long long plan_at = 0, confirm_at = 0;
  ASSERT_TRUE(plan_us && absl::SimpleAtoi(*plan_us, &plan_at));
  ASSERT_TRUE(confirm_us && absl::SimpleAtoi(*confirm_us, &confirm_at));
  EXPECT_LT(plan_at, created_us) << "the backup predates the plan it protects";
  EXPECT_LT(created_us, confirm_at) << "the backup was not taken within the confirmed sync";
  const RunResult schema = RunProgram({PgProgram("pg_restore"), "--schema-only", "-f", "-",
                                       dev_dir + sync_backup.id() + ".dump"});
  ASSERT_EQ(schema.exit_code, 0) << schema.err;
  EXPECT_THAT(schema.out, HasSubstr("CREATE TABLE public.customers"));
  EXPECT_THAT(schema.out, Not(HasSubstr("preferences"))) << "the backup was taken after the sync ran";
  r = ctl({"list-backups", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr(sync_backup.id()));

  // detect-schema-changes: the field is the next migration's; dev has no drift.
  r = ctl({"detect-schema-changes"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const size_t drift_at = r.out.find("-- models vs the dev database");
  ASSERT_NE(drift_at, std::string::npos) << r.out;
  const std::string next = r.out.substr(0, drift_at), drift = r.out.substr(drift_at);
  EXPECT_THAT(next, HasSubstr("models vs the replayed migrations"));
  EXPECT_THAT(next, HasSubstr("ADD COLUMN preferences jsonb")) << r.out;
  EXPECT_THAT(drift, HasSubstr("-- no differences")) << r.out;
  EXPECT_THAT(drift, Not(HasSubstr("preferences"))) << r.out;

  // prepare-migration writes the pair.
  r = ctl({"prepare-migration", "-m", "Added user preferences field"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> ups = project.VersionFiles("_added_user_preferences_field.up.sql");
  const std::vector<std::string> downs = project.VersionFiles("_added_user_preferences_field.down.sql");
  ASSERT_EQ(ups.size(), 1u) << r.out;
  ASSERT_EQ(downs.size(), 1u) << r.out;
  EXPECT_THAT(r.out, HasSubstr(fs::path(ups[0]).filename().string()));
  EXPECT_THAT(ReadFile(ups[0]), HasSubstr("ADD COLUMN preferences jsonb"));
  EXPECT_THAT(ReadFile(downs[0]), HasSubstr("DROP COLUMN preferences"));
  const std::string second_version = VersionOf(ups[0]);
  ASSERT_GT(second_version, first_version);

  // Prod refuses what test has not had yet, and takes no backup for it.
  const std::vector<v1::BackupInfo> prod_before = ctl.Backups("prod");
  r = ctl({"apply-migrations", "--env", "prod"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.err, HasSubstr("require_tested_in"));
  EXPECT_THAT(r.err, HasSubstr(second_version));
  EXPECT_FALSE(ColumnExists(prod.db, "customers", "preferences"));
  EXPECT_EQ(Ids(ctl.Backups("prod")), Ids(prod_before)) << "a refused apply took a backup";

  r = ctl({"apply-migrations", "--env", "test"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(ColumnExists(test.db, "customers", "preferences"));

  // create-backup: a new entry whose size and SHA-256 are the archive's.
  r = ctl({"create-backup", "--env", "prod", "--reason", "before the preferences release"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<v1::BackupInfo> manual = NewBackups(prod_before, ctl.Backups("prod"));
  ASSERT_EQ(manual.size(), 1u);
  EXPECT_EQ(manual[0].reason(), "before the preferences release");
  EXPECT_GT(manual[0].size_bytes(), 0);
  const std::string dump = project.backup_dir() + "/app/prod/" + manual[0].id() + ".dump";
  ASSERT_TRUE(fs::exists(dump));
  EXPECT_EQ(static_cast<int64_t>(fs::file_size(dump)), manual[0].size_bytes());
  EXPECT_EQ(Sha256File(dump), manual[0].sha256());
  EXPECT_EQ(manual[0].history_version(), first_version);
  EXPECT_EQ(manual[0].verification(), "listed");
  EXPECT_TRUE(fs::exists(project.backup_dir() + "/app/prod/" + manual[0].id() + ".manifest.yaml"));
  EXPECT_THAT(r.out, HasSubstr(manual[0].id()));

  // Now tested: prod gets it, backed up first.
  const std::vector<v1::BackupInfo> prod_mid = ctl.Backups("prod");
  r = ctl({"apply-migrations", "--env", "prod"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(ColumnExists(prod.db, "customers", "preferences"));
  const std::vector<v1::BackupInfo> auto_backup = NewBackups(prod_mid, ctl.Backups("prod"));
  ASSERT_EQ(auto_backup.size(), 1u) << "backup_before_apply";
  EXPECT_THAT(auto_backup[0].reason(), HasSubstr("before apply-migrations"));
  EXPECT_EQ(auto_backup[0].history_version(), first_version) << "taken before the migration ran";

  // show-all-migrations: both versions applied on test and prod.
  r = ctl({"show-all-migrations"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr(first_version));
  EXPECT_THAT(r.out, HasSubstr(second_version));
  v1::HistoryResponse history = ctl.History();
  for (const char* env : {"test", "prod"}) {
    EXPECT_EQ(StateOf(history, env, first_version), v1::MIGRATION_STATE_APPLIED) << env;
    EXPECT_EQ(StateOf(history, env, second_version), v1::MIGRATION_STATE_APPLIED) << env;
    ASSERT_NE(EnvironmentOf(history, env), nullptr);
    EXPECT_EQ(EnvironmentOf(history, env)->current_version(), second_version) << env;
  }

  // The rollback on test: the field goes, the history says so, prod keeps it.
  r = ctl({"rollback-db-migration", "--steps", "1", "--env", "test", "--confirm-data-loss"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(ColumnExists(test.db, "customers", "preferences"));
  EXPECT_TRUE(TableExists(test.db, "customers"));
  EXPECT_TRUE(ColumnExists(prod.db, "customers", "preferences"));
  history = ctl.History();
  EXPECT_EQ(StateOf(history, "test", second_version), v1::MIGRATION_STATE_ROLLED_BACK);
  EXPECT_EQ(StateOf(history, "test", first_version), v1::MIGRATION_STATE_APPLIED);
  EXPECT_EQ(StateOf(history, "prod", second_version), v1::MIGRATION_STATE_APPLIED);
  r = ctl({"show-all-migrations", "--env", "test"});
  EXPECT_THAT(r.out, HasSubstr("rolled_back"));
  EXPECT_EQ(Scalar(test.db, "SELECT status FROM schemaservice.migrations WHERE version = '" + second_version + "'"),
            std::optional<std::string>("rolled_back"));

  // SIGTERM: schemad stops, and everything it started goes with it.
  const std::vector<ProcInfo> children = Descendants(schemad->process().pid());
  schemad->process().Signal(SIGTERM);
  const std::optional<int> code = schemad->process().Wait(30000);
  ASSERT_TRUE(code.has_value()) << "schemad still runs 30 s after SIGTERM";
  EXPECT_EQ(*code, 0) << schemad->process().Stderr().substr(0, 4000);
  EXPECT_TRUE(PollUntil(
      [&] {
        for (const ProcInfo& p : children) {
          if (Alive(p)) return false;
        }
        return true;
      },
      10000));
  for (const ProcInfo& p : children) EXPECT_FALSE(Alive(p)) << p.comm << " pid " << p.pid << " outlived schemad";
  EXPECT_THAT(DumpProcessesFor({dev.db.dbname, test.db.dbname, prod.db.dbname}), ::testing::IsEmpty());
}

// =======================================================================================
// 2. Sync's guards.

// Property: Sync writes only where the policy allows it, only the plan that was reviewed, and
// deletes data only when told: it is refused on test and prod (FAILED_PRECONDITION naming
// allow_sync; no table, no backup there); a confirmation whose plan no longer matches the
// database is refused as changed since it was reviewed, changing nothing and taking no
// backup; a plan that drops a model table shows the DATA_LOSS hazard and is refused without
// --confirm-data-loss (by schemactl, and by schemad for a caller that skips schemactl's
// check), the table and its rows staying; confirmed, it runs, after a backup that holds the
// dropped table's rows (restored into a new database and counted).
TEST(WorkflowTest, SyncRunsOnlyOnDevOnlyTheReviewedPlanAndDeletesDataOnlyWhenConfirmed) {
  Project project;
  const Environment dev{"dev", FreshSocketDatabase(), {"allow_sync: true"}};
  const Environment test{"test", FreshSocketDatabase(), {}};
  const Environment prod{"prod", FreshSocketDatabase(), {"backup_before_apply: true"}};
  project.WriteModel("04_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);\n");
  std::unique_ptr<SchemadRunner> schemad = StartSchemad(Config(project, {dev, test, prod}));
  const Schemactl ctl(*schemad);
  std::unique_ptr<client::Client> client = ClientOf(*schemad);

  // Refused where allow_sync is off, however confirmed.
  for (const Environment* e : {&test, &prod}) {
    for (const std::string& hash : {std::string(), std::string("sha256:") + std::string(64, '0') + "." + std::string(16, '0')}) {
      const Streamed s = Sync(*client, e->name, hash, /*confirm_data_loss=*/true);
      EXPECT_EQ(s.status.code(), absl::StatusCode::kFailedPrecondition) << e->name << ": " << s.status;
      EXPECT_THAT(std::string(s.status.message()), HasSubstr("allow_sync"));
      EXPECT_THAT(std::string(s.status.message()), HasSubstr("app/" + e->name));
    }
    const RunResult r = ctl({"sync-dev-schema", "--env", e->name, "--yes", "--confirm-data-loss"});
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_THAT(r.err, HasSubstr("FAILED_PRECONDITION"));
    EXPECT_THAT(r.err, HasSubstr("allow_sync is false"));
    EXPECT_EQ(UserTables(e->db), 0) << e->name << " was written to";
    EXPECT_THAT(FilesUnder(project.backup_dir() + "/app/" + e->name), ::testing::IsEmpty());
  }

  // dev from the models, with notes holding rows.
  RunResult r = ctl({"sync-dev-schema", "--yes"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  ASSERT_TRUE(TableExists(dev.db, "notes"));
  ASSERT_TRUE(Exec(dev.db, "INSERT INTO notes SELECT g, 'note ' || g FROM generate_series(1, 500) g"));

  // A stale plan: reviewed, then the database changes by hand, then confirmed.
  ASSERT_TRUE(project.AddPreferences());
  const Streamed plan = Sync(*client, "dev");
  ASSERT_TRUE(plan.status.ok()) << plan.status;
  ASSERT_TRUE(plan.summary.has_value());
  EXPECT_FALSE(plan.summary->applied());
  EXPECT_THAT(plan.summary->schema_hash(), ::testing::StartsWith("sha256:"));
  EXPECT_THAT(PlanSql(*plan.summary), HasSubstr("ADD COLUMN preferences"));
  EXPECT_FALSE(ColumnExists(dev.db, "customers", "preferences")) << "planning changed the database";
  ASSERT_TRUE(Exec(dev.db, "ALTER TABLE customers ADD COLUMN nickname text"));
  std::vector<v1::BackupInfo> backups = ctl.Backups("dev");
  const Streamed stale = Sync(*client, "dev", plan.summary->schema_hash());
  EXPECT_EQ(stale.status.code(), absl::StatusCode::kFailedPrecondition) << stale.status;
  EXPECT_THAT(std::string(stale.status.message()), HasSubstr("changed since it was reviewed"));
  EXPECT_FALSE(ColumnExists(dev.db, "customers", "preferences"));
  EXPECT_TRUE(ColumnExists(dev.db, "customers", "nickname"));
  EXPECT_EQ(Ids(ctl.Backups("dev")), Ids(backups)) << "a refused sync took a backup";
  ASSERT_TRUE(Exec(dev.db, "ALTER TABLE customers DROP COLUMN nickname"));
  r = ctl({"sync-dev-schema", "--yes"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(ColumnExists(dev.db, "customers", "preferences"));

  // A model table removed: the plan deletes data.
  project.RemoveModel("04_notes.sql");
  backups = ctl.Backups("dev");
  r = ctl({"sync-dev-schema", "--yes"});
  EXPECT_NE(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("DROP TABLE public.notes"));
  EXPECT_THAT(r.out, HasSubstr("-- hazard DATA_LOSS"));
  EXPECT_THAT(r.err, HasSubstr("the plan deletes data"));
  EXPECT_THAT(r.err, HasSubstr("--confirm-data-loss"));
  EXPECT_EQ(Count(dev.db, "SELECT count(*) FROM notes"), 500);
  // schemad's own guard, for a client that confirms the hash but not the data loss.
  const Streamed drop_plan = Sync(*client, "dev");
  ASSERT_TRUE(drop_plan.status.ok()) << drop_plan.status;
  bool data_loss = false;
  for (const v1::Statement& st : drop_plan.summary->statements()) {
    for (const v1::Hazard& h : st.hazards()) {
      data_loss = data_loss || (h.kind() == v1::HAZARD_KIND_DATA_LOSS && absl::StrContains(st.sql(), "notes"));
    }
  }
  EXPECT_TRUE(data_loss) << PlanSql(*drop_plan.summary);
  const Streamed unconfirmed = Sync(*client, "dev", drop_plan.summary->schema_hash());
  EXPECT_EQ(unconfirmed.status.code(), absl::StatusCode::kFailedPrecondition) << unconfirmed.status;
  EXPECT_THAT(std::string(unconfirmed.status.message()), HasSubstr("deletes data"));
  EXPECT_EQ(Count(dev.db, "SELECT count(*) FROM notes"), 500);
  EXPECT_EQ(Ids(ctl.Backups("dev")), Ids(backups)) << "a refused sync took a backup";

  r = ctl({"sync-dev-schema", "--yes", "--confirm-data-loss"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_FALSE(TableExists(dev.db, "notes"));
  const std::vector<v1::BackupInfo> taken = NewBackups(backups, ctl.Backups("dev"));
  ASSERT_EQ(taken.size(), 1u);
  EXPECT_THAT(taken[0].reason(), HasSubstr("before sync-dev-schema"));

  // The backup holds what the sync dropped.
  const std::string restored = "wf_sync_restored_notes";
  r = ctl({"restore", "--env", "dev", "--backup", taken[0].id(), "--into", restored});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  pg::ConnectionSettings restored_db = dev.db;
  restored_db.dbname = restored;
  EXPECT_EQ(Count(restored_db, "SELECT count(*) FROM notes"), 500);
  EXPECT_EQ(Scalar(restored_db, "SELECT body FROM notes WHERE id = 321"), std::optional<std::string>("note 321"));
  EXPECT_TRUE(ColumnExists(restored_db, "customers", "preferences"));
  EXPECT_TRUE(testing::TestServer().DropDatabase(restored).ok());
}

// =======================================================================================
// 3. The environment identity guard.

// Property: a database remembers which environment it is. With dev's connection settings
// pointed at the database first used as prod, every operation on dev is refused before it
// touches anything (History, Diff against dev, detect-schema-changes, Sync to plan and to
// run, Backup, VerifyBackup, an in-place Restore, Apply, Rollback), each message naming dev and
// prod; prod's history, identity record, migration log, schema and data stay as they were,
// and no backup file appears. Two environments given one database are refused at start-up,
// naming both, also when one names the server by its socket and the other by 127.0.0.1.
TEST(WorkflowTest, AnEnvironmentPointedAtAnotherEnvironmentsDatabaseIsRefusedEverywhere) {
  Project project;
  const Environment dev{"dev", FreshSocketDatabase(), {"allow_sync: true"}};
  const Environment prod{"prod", FreshSocketDatabase(), {}};
  std::string dev_backup;
  {
    std::unique_ptr<SchemadRunner> first = StartSchemad(Config(project, {dev, prod}));
    const Schemactl ctl(*first);
    RunResult r = ctl({"prepare-migration", "-m", "initial schema"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = ctl({"apply-migrations", "--env", "prod"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = ctl({"sync-dev-schema", "--yes"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_TRUE(Exec(prod.db, kLoadData));
    const std::vector<v1::BackupInfo> backups = ctl.Backups("dev");
    ASSERT_FALSE(backups.empty()) << "backup_before_sync";
    dev_backup = backups[0].id();
    first->process().Signal(SIGTERM);
    ASSERT_TRUE(first->process().Wait(30000).has_value());
  }
  ASSERT_EQ(Scalar(prod.db, "SELECT environment FROM schemaservice.environment WHERE project = 'app'"),
            std::optional<std::string>("prod"));
  const std::string before = HistorySnapshot(prod.db);
  const long prod_events = EventsOf(prod.db, "prod");
  const std::vector<std::string> files_before = FilesUnder(project.backup_dir());

  // dev's settings now name prod's database; prod a database of its own.
  Environment wrong_dev = dev;
  wrong_dev.db = prod.db;
  const Environment other_prod{"prod", FreshSocketDatabase(), {}};
  std::unique_ptr<SchemadRunner> schemad = StartSchemad(Config(project, {wrong_dev, other_prod}));
  const Schemactl ctl(*schemad);
  std::unique_ptr<client::Client> client = ClientOf(*schemad);

  auto refused = [](const std::string& what, const std::string& message) {
    EXPECT_THAT(message, HasSubstr("the database of app/dev")) << what;
    EXPECT_THAT(message, HasSubstr("is recorded as environment prod")) << what;
  };
  std::map<std::string, absl::Status> calls;
  {
    v1::HistoryRequest request;
    request.set_project("app");
    request.set_environment("dev");
    calls["History"] = client->History(request).status();
  }
  {
    v1::DiffRequest request;
    request.set_project("app");
    request.mutable_from()->set_environment("dev");
    request.mutable_to()->mutable_models();
    grpc::ClientContext context;
    client->Prepare(context);
    v1::DiffResponse response;
    calls["Diff"] = client->ToStatus(client->stub().Diff(&context, request, &response), context);
  }
  calls["Sync (plan)"] = Sync(*client, "dev").status;
  calls["Sync (confirmed)"] = Sync(*client, "dev", std::string("sha256:") + std::string(64, '0') + "." + std::string(16, '0'), /*confirm_data_loss=*/true).status;
  {
    v1::BackupRequest request;
    request.set_project("app");
    request.set_environment("dev");
    calls["Backup"] = Call(*client, &v1::SchemaService::Stub::Backup, request).status;
  }
  {
    v1::VerifyBackupRequest request;
    request.set_project("app");
    request.set_environment("dev");
    request.set_backup_id(dev_backup);
    calls["VerifyBackup"] = Call(*client, &v1::SchemaService::Stub::VerifyBackup, request).status;
  }
  {
    v1::RestoreRequest request;
    request.set_project("app");
    request.set_environment("dev");
    request.set_backup_id(dev_backup);
    request.set_confirm_overwrite(true);
    request.set_confirm_environment("dev");
    calls["Restore (in place)"] = Call(*client, &v1::SchemaService::Stub::Restore, request).status;
  }
  {
    v1::ApplyRequest request;
    request.set_project("app");
    request.set_environment("dev");
    calls["Apply"] = Call(*client, &v1::SchemaService::Stub::Apply, request).status;
  }
  {
    v1::RollbackRequest request;
    request.set_project("app");
    request.set_environment("dev");
    request.set_steps(1);
    request.set_confirm_data_loss(true);
    calls["Rollback"] = Call(*client, &v1::SchemaService::Stub::Rollback, request).status;
  }
  for (const auto& [what, status] : calls) {
    EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition) << what << ": " << status;
    refused(what, std::string(status.message()));
  }
  // The guide's commands say the same.
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"show-all-migrations", "--env", "dev"},
        std::vector<std::string>{"detect-schema-changes"},
        std::vector<std::string>{"sync-dev-schema", "--yes", "--confirm-data-loss"},
        std::vector<std::string>{"create-backup", "--env", "dev"},
        std::vector<std::string>{"apply-migrations", "--env", "dev"},
        std::vector<std::string>{"rollback-db-migration", "--steps", "1", "--env", "dev", "--confirm-data-loss"},
        std::vector<std::string>{"restore", "--env", "dev", "--backup", dev_backup, "--in-place", "--confirm", "dev"}}) {
    const RunResult r = ctl(command);
    EXPECT_EQ(r.exit_code, 1) << command[0] << ": " << r.out;
    refused(command[0], r.err);
  }

  EXPECT_EQ(HistorySnapshot(prod.db), before) << "prod's database changed";
  EXPECT_EQ(EventsOf(prod.db, "prod"), prod_events);
  EXPECT_EQ(FilesUnder(project.backup_dir()), files_before) << "a refused call wrote into the backup folder";
  EXPECT_EQ(UserTables(other_prod.db), 0);
  // "Nothing was done" holds for the event log too: no refused call wrote into prod's.
  EXPECT_EQ(EventsOf(prod.db, "dev"), 0) << "refused calls left events in prod's database";

  // Another project's dev (another schemad, another team) pointed at app/prod's database is
  // refused too, though the table holds no row of that project.
  {
    const long tables = UserTables(prod.db);
    const Environment shop_dev{"dev", prod.db, {"allow_sync: true", "backup_before_sync: false"}};
    std::unique_ptr<SchemadRunner> shop = StartSchemad(absl::StrReplaceAll(
        Config(project, {shop_dev}), {{"projects:\n  app:", "projects:\n  shop:"}}));
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"sync-dev-schema", "--yes", "--confirm-data-loss"},
          std::vector<std::string>{"show-all-migrations", "--env", "dev"}}) {
      std::vector<std::string> args = {BinaryPath("schemactl"), "--server", shop->grpc_address(),
                                       "--project", "shop"};
      args.insert(args.end(), command.begin(), command.end());
      const RunResult r = RunProgram(args, {}, kCallMs);
      EXPECT_EQ(r.exit_code, 1) << command[0] << ": " << r.out;
      EXPECT_THAT(r.err, HasSubstr("is recorded as environment prod of project app, not shop/dev"))
          << command[0];
    }
    EXPECT_EQ(UserTables(prod.db), tables) << "another project's sync changed prod";
    EXPECT_EQ(HistorySnapshot(prod.db), before);
    EXPECT_EQ(Scalar(prod.db, "SELECT count(*) FROM schemaservice.environment"),
              std::optional<std::string>("1"));
  }

  // Two environments on one database: refused at start-up, naming both.
  for (const std::string& host : {dev.db.host, std::string("127.0.0.1")}) {
    Environment twin{"test", dev.db, {}};
    twin.db.host = host;
    if (host == "127.0.0.1") twin.db.port = testing::TestServer().port();
    SchemadRunner refused_start(Config(project, {dev, twin}), PasswordEnv());
    std::string error;
    EXPECT_FALSE(refused_start.WaitReady(30000, &error)) << "started with dev and test on one database";
    const std::optional<int> code = refused_start.process().Wait(10000);
    ASSERT_TRUE(code.has_value());
    EXPECT_NE(*code, 0);
    EXPECT_THAT(error, HasSubstr("projects.app.environments.test.database")) << host;
    EXPECT_THAT(error, HasSubstr("is the database of app/dev too")) << host;
    EXPECT_THAT(error, HasSubstr(dev.db.dbname)) << host;
    EXPECT_THAT(error, Not(HasSubstr(dev.db.password)));
  }
}

// Property: a client may send the models itself (the Python client renders SQLAlchemy
// classes to DDL): Generate and Sync plan towards those files instead of the project's folder.
TEST(WorkflowTest, GenerateAndSyncTakeModelsSentByTheCaller) {
  Project project;
  const Environment dev{"dev", FreshSocketDatabase(), {"allow_sync: true", "backup_before_sync: false"}};
  std::unique_ptr<SchemadRunner> schemad = StartSchemad(Config(project, {dev}));
  std::unique_ptr<client::Client> client = ClientOf(*schemad);
  v1::InlineModels models;
  v1::ModelFile* file = models.add_files();
  file->set_name("gadgets.sql");
  file->set_sql("CREATE TABLE gadgets (id bigint PRIMARY KEY, name text NOT NULL);");

  v1::GenerateRequest generate;
  generate.set_project("app");
  generate.set_message("gadgets");
  generate.set_dry_run(true);
  *generate.mutable_models() = models;
  grpc::ClientContext context;
  client->Prepare(context);
  v1::GenerateResponse generated;
  const absl::Status g = client->ToStatus(client->stub().Generate(&context, generate, &generated), context);
  ASSERT_TRUE(g.ok()) << g;
  ASSERT_EQ(generated.migrations_size(), 1);
  EXPECT_THAT(generated.migrations(0).up_sql(), HasSubstr("CREATE TABLE public.gadgets"));
  EXPECT_THAT(generated.migrations(0).up_sql(), Not(HasSubstr("customers")))
      << "the project's own models were used instead of the ones sent";

  v1::SyncRequest sync;
  sync.set_project("app");
  sync.set_environment("dev");
  *sync.mutable_models() = models;
  const Streamed review = Call(*client, &v1::SchemaService::Stub::Sync, sync);
  ASSERT_TRUE(review.status.ok()) << review.status;
  ASSERT_TRUE(review.summary.has_value());
  EXPECT_THAT(PlanSql(*review.summary), HasSubstr("CREATE TABLE public.gadgets"));
  sync.set_confirm_schema_hash(review.summary->schema_hash());
  const Streamed ran = Call(*client, &v1::SchemaService::Stub::Sync, sync);
  ASSERT_TRUE(ran.status.ok()) << ran.status;
  EXPECT_TRUE(TableExists(dev.db, "gadgets"));
  EXPECT_FALSE(TableExists(dev.db, "customers"));

  // A rename in the models: with the hint, the dev database keeps its rows (no drop), and a
  // hint that matches nothing is refused before anything runs.
  ASSERT_EQ(Scalar(dev.db, "INSERT INTO public.gadgets VALUES (1, 'a'), (2, 'b') RETURNING 'ok'"), "ok");
  file->set_name("widgets.sql");
  file->set_sql("CREATE TABLE widgets (id bigint PRIMARY KEY, label text NOT NULL);");
  v1::SyncRequest renamed;
  renamed.set_project("app");
  renamed.set_environment("dev");
  *renamed.mutable_models() = models;
  renamed.add_renames("public.gadgets=widgets");
  renamed.add_renames("public.widgets.name=nope");
  const Streamed wrong = Call(*client, &v1::SchemaService::Stub::Sync, renamed);
  EXPECT_EQ(wrong.status.code(), absl::StatusCode::kInvalidArgument) << wrong.status;
  EXPECT_THAT(wrong.status.ToString(), HasSubstr("the target has no column public.widgets.nope"));
  renamed.set_renames(1, "public.widgets.name=label");
  const Streamed plan = Call(*client, &v1::SchemaService::Stub::Sync, renamed);
  ASSERT_TRUE(plan.status.ok()) << plan.status;
  ASSERT_TRUE(plan.summary.has_value());
  EXPECT_THAT(PlanSql(*plan.summary), HasSubstr("ALTER TABLE public.gadgets RENAME TO widgets"));
  EXPECT_THAT(PlanSql(*plan.summary), Not(HasSubstr("DROP TABLE")));
  renamed.set_confirm_schema_hash(plan.summary->schema_hash());
  const Streamed done = Call(*client, &v1::SchemaService::Stub::Sync, renamed);
  ASSERT_TRUE(done.status.ok()) << done.status;
  EXPECT_EQ(Scalar(dev.db, "SELECT string_agg(id || label, ',' ORDER BY id) FROM public.widgets"), "1a,2b");
}

// =======================================================================================
// 4. Backup, damage, restore.

// Property: a backup brings the data back exactly. Taken of a loaded database, then the
// database damaged (a table dropped with the view that reads it, rows deleted, rows changed):
// restored into a new database, every table's rows (count and md5 over the rows), the view's
// output, the sequences' positions, the columns, constraints, indexes and the history equal
// what they were at backup time; verify-backup (by id alone) passes and list-backups then says
// "restored"; an unconfirmed in-place restore changes nothing; confirmed, the damaged
// database itself is back to the backup, a safety backup of the damaged state appeared
// (restoring it shows the damage), and the environment still knows its history.
TEST(WorkflowTest, ABackupRestoresTheDataExactlyIntoANewDatabaseAndInPlace) {
  Project project;
  const Environment prod{"prod", FreshSocketDatabase(), {}};
  std::unique_ptr<SchemadRunner> schemad = StartSchemad(Config(project, {prod}));
  const Schemactl ctl(*schemad);
  RunResult r = ctl({"prepare-migration", "-m", "initial schema"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = ctl({"apply-migrations", "--env", "prod"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_TRUE(Exec(prod.db, kLoadData));
  ASSERT_EQ(Count(prod.db, "SELECT count(*) FROM order_lines"), 5000);

  const std::string data = DataFingerprint(prod.db);
  const std::string catalog = CatalogListing(prod.db);
  const std::string history = Scalar(prod.db, "SELECT string_agg(version || ' ' || status, ', ' ORDER BY version)"
                                              " FROM schemaservice.migrations").value_or("(none)");
  r = ctl({"create-backup", "--env", "prod", "--reason", "before the damage"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<v1::BackupInfo> backups = ctl.Backups("prod");
  ASSERT_EQ(backups.size(), 1u);
  const std::string id = backups[0].id();

  // The damage.
  ASSERT_TRUE(Exec(prod.db, "DROP TABLE order_lines CASCADE"));
  ASSERT_TRUE(Exec(prod.db, "DELETE FROM orders WHERE customer_id % 2 = 0"));
  ASSERT_TRUE(Exec(prod.db, "DELETE FROM customers WHERE id % 2 = 0"));
  ASSERT_TRUE(Exec(prod.db, "UPDATE products SET title = 'gone'"));
  const std::string damaged = DataFingerprint(prod.db);
  ASSERT_NE(damaged, data);

  // Into a new database.
  const std::string into = "wf_restored_x";
  r = ctl({"restore", "--env", "prod", "--backup", id, "--into", into});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr(into));
  pg::ConnectionSettings restored = prod.db;
  restored.dbname = into;
  EXPECT_EQ(DataFingerprint(restored), data);
  EXPECT_EQ(CatalogListing(restored), catalog);
  EXPECT_EQ(Scalar(restored, "SELECT string_agg(version || ' ' || status, ', ' ORDER BY version)"
                             " FROM schemaservice.migrations").value_or("(none)"),
            history);
  EXPECT_EQ(DataFingerprint(prod.db), damaged) << "restoring into a new database touched prod";
  // The name is taken now: a second restore into it is refused and leaves it alone.
  r = ctl({"restore", "--env", "prod", "--backup", id, "--into", into});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("already exists"));
  EXPECT_EQ(DataFingerprint(restored), data);
  EXPECT_TRUE(testing::TestServer().DropDatabase(into).ok());

  // verify-backup by id alone.
  r = ctl({"verify-backup", id});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  backups = ctl.Backups("prod");
  ASSERT_EQ(backups.size(), 1u);
  EXPECT_EQ(backups[0].verification(), "restored");
  EXPECT_TRUE(backups[0].verified());
  r = ctl({"list-backups", "--env", "prod"});
  EXPECT_THAT(r.out, HasSubstr("restored"));
  EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM pg_database WHERE datname LIKE '%_verify_%'"), 0)
      << "the scratch database of the verification was left behind";

  // In place: refused unless the confirmation names the environment.
  r = ctl({"restore", "--env", "prod", "--backup", id, "--in-place", "--confirm", "dev"});
  EXPECT_NE(r.exit_code, 0);
  r = ctl({"restore", "--env", "prod", "--backup", id, "--in-place"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("--confirm prod"));
  EXPECT_EQ(DataFingerprint(prod.db), damaged);
  EXPECT_EQ(ctl.Backups("prod").size(), 1u);

  // The event log is the audit trail: the restore keeps every event (those after the backup
  // too, the verify's among them) and appends its own; it stays append-only.
  const long events_before_restore = EventsOf(prod.db, "prod");
  r = ctl({"restore", "--env", "prod", "--backup", id, "--in-place", "--confirm", "prod"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DataFingerprint(prod.db), data);
  EXPECT_EQ(CatalogListing(prod.db), catalog);
  EXPECT_EQ(EventsOf(prod.db, "prod"), events_before_restore + 1) << "the in-place restore lost events";
  EXPECT_EQ(Scalar(prod.db, "SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public'").value_or(""),
            "{pg_database_owner=UC/pg_database_owner,=U/pg_database_owner}");
  EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM schemaservice.events WHERE operation = 'VerifyBackup'"), 1);
  EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM pg_namespace WHERE nspname = 'schemaservice_restore_keep'"), 0);
  EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'schemaservice.events'::regclass"
                           " AND NOT tgisinternal"), 2)
      << "the kept event log lost its append-only triggers";
  const std::vector<v1::BackupInfo> safety = NewBackups(backups, ctl.Backups("prod"));
  ASSERT_EQ(safety.size(), 1u) << "no safety backup before the in-place restore";
  EXPECT_THAT(safety[0].reason(), HasSubstr("safety copy before restoring " + id));
  r = ctl({"restore", "--env", "prod", "--backup", safety[0].id(), "--into", "wf_restored_safety"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  pg::ConnectionSettings safety_db = prod.db;
  safety_db.dbname = "wf_restored_safety";
  EXPECT_EQ(DataFingerprint(safety_db), damaged) << "the safety copy is not the state it replaced";
  EXPECT_TRUE(testing::TestServer().DropDatabase("wf_restored_safety").ok());

  const v1::HistoryResponse h = ctl.History();
  ASSERT_NE(EnvironmentOf(h, "prod"), nullptr);
  EXPECT_FALSE(EnvironmentOf(h, "prod")->current_version().empty());
  EXPECT_THAT(EnvironmentOf(h, "prod")->problems(), ::testing::IsEmpty());
}

// Property: an in-place restore is all or nothing and brings back what is not a table: an
// extension, a shell type in public (which the engine cannot read, so the catalog is not
// compared, and the verification says so), another schema with a view, an access method
// that no schema holds (emptied and restored too); public keeps initdb's privileges. A
// restore that fails (a session holds a lock the emptying needs) changes nothing at all.
TEST(WorkflowTest, AnInPlaceRestoreIsAllOrNothingAndBringsBackMoreThanTables) {
  Project project;
  const Environment prod{"prod", FreshSocketDatabase(), {}};
  std::unique_ptr<SchemadRunner> schemad = StartSchemad(Config(project, {prod}));
  const Schemactl ctl(*schemad);
  RunResult r = ctl({"prepare-migration", "-m", "initial schema"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = ctl({"apply-migrations", "--env", "prod"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_TRUE(Exec(prod.db, kLoadData));
  ASSERT_TRUE(Exec(prod.db, "CREATE EXTENSION pg_trgm; "
                            "CREATE TYPE public.unfinished; "
                            "CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler; "
                            "CREATE SCHEMA reporting; "
                            "CREATE VIEW reporting.big_orders AS SELECT id FROM public.orders WHERE id > 10"));
  const std::string data = DataFingerprint(prod.db);
  r = ctl({"create-backup", "--env", "prod"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string id = ctl.Backups("prod").at(0).id();
  r = ctl({"verify-backup", id});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(ctl.Backups("prod").at(0).verification(), ::testing::StartsWith("restored (catalog not compared"));
  EXPECT_THAT(r.out, HasSubstr("catalog not compared"));

  ASSERT_TRUE(Exec(prod.db, "DROP TYPE public.unfinished; DROP SCHEMA reporting CASCADE; "
                            "DROP EXTENSION pg_trgm; DELETE FROM order_lines"));
  const std::string damaged = DataFingerprint(prod.db);
  ASSERT_NE(damaged, data);

  // A session holding a lock on a table the emptying drops: the restore fails and, being one
  // transaction, leaves the damaged database exactly as it was.
  {
    pqxx::connection holder(pg::ConnInfo(prod.db, "wf-holder"));
    pqxx::work tx(holder);
    tx.exec0("LOCK TABLE public.products IN ACCESS SHARE MODE");
    r = ctl({"restore", "--env", "prod", "--backup", id, "--in-place", "--confirm", "prod"});
    EXPECT_NE(r.exit_code, 0);
    EXPECT_THAT(r.err, HasSubstr("nothing was changed"));
  }
  EXPECT_EQ(DataFingerprint(prod.db), damaged);
  EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM pg_namespace WHERE nspname = 'schemaservice_restore_keep'"), 0);

  r = ctl({"restore", "--env", "prod", "--backup", id, "--in-place", "--confirm", "prod"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DataFingerprint(prod.db), data);
  EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM pg_type WHERE typname = 'unfinished'"), 1);
  EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM pg_am WHERE amname = 'heap_copy'"), 1);
  EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"), 1);
  EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM reporting.big_orders"),
            Count(prod.db, "SELECT count(*) FROM public.orders WHERE id > 10"));
  EXPECT_EQ(Scalar(prod.db, "SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public'").value_or(""),
            "{pg_database_owner=UC/pg_database_owner,=U/pg_database_owner}");
}

// =======================================================================================
// 5. A backup that cannot be written.

// Unmounts on destruction what it mounted.
class TmpfsMount {
 public:
  TmpfsMount(const std::string& dir, const std::string& size) : dir_(dir) {
    fs::create_directories(dir);
    if (mount("tmpfs", dir.c_str(), "tmpfs", 0, ("size=" + size + ",mode=0700").c_str()) == 0) {
      mounted_ = true;
    } else {
      error_ = std::strerror(errno);
    }
  }
  ~TmpfsMount() {
    if (mounted_ && umount(dir_.c_str()) != 0) umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  const std::string& error() const { return error_; }

 private:
  std::string dir_, error_;
  bool mounted_ = false;
};

// Writes into `path` until the file system is full.
void FillUp(const std::string& path) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ASSERT_GE(fd, 0) << std::strerror(errno);
  const std::string chunk(4096, 'x');
  while (write(fd, chunk.data(), chunk.size()) > 0) {
  }
  close(fd);
}

// Checks shared by both ways a backup folder fails: create-backup fails naming the folder,
// nothing is listed and no file is left; an Apply whose policy backs up first applies nothing
// and says the backup failed.
void ExpectBackupsFailCleanly(const Schemactl& ctl, const Environment& prod,
                              const std::string& backup_dir, const std::string& cause,
                              bool check_apply) {
  const std::string folder = backup_dir + "/app/prod";
  if (check_apply) {
    const RunResult r = ctl({"apply-migrations", "--env", "prod"});
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_THAT(r.err, HasSubstr("policy backup_before_apply of app/prod: the backup failed"));
    EXPECT_THAT(r.err, HasSubstr(folder));
    EXPECT_THAT(r.err, HasSubstr(cause));
    EXPECT_THAT(r.err, HasSubstr("Nothing was applied"));
    EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM schemaservice.migrations"), 0);
    EXPECT_EQ(Count(prod.db, "SELECT count(*) FROM schemaservice.migration_log"), 0);
    EXPECT_EQ(UserTables(prod.db), 0);
    const v1::HistoryResponse h = ctl.History();
    ASSERT_NE(EnvironmentOf(h, "prod"), nullptr);
    EXPECT_EQ(EnvironmentOf(h, "prod")->current_version(), "");
    EXPECT_EQ(EnvironmentOf(h, "prod")->pending(), 1);
  }
  const RunResult r = ctl({"create-backup", "--env", "prod"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.err, HasSubstr("backup folder " + folder));
  EXPECT_THAT(r.err, HasSubstr(cause));
  EXPECT_THAT(r.err, HasSubstr("was kept"));
  const RunResult list = ctl({"list-backups", "--env", "prod"});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr("no backups of app/prod"));
  EXPECT_THAT(ctl.Backups("prod"), ::testing::IsEmpty());
  EXPECT_TRUE(PollUntil([&] { return DumpProcessesFor({prod.db.dbname}).empty(); }, 5000))
      << absl::StrJoin(DumpProcessesFor({prod.db.dbname}), "; ");
}

// Property: a backup folder that fills up while pg_dump streams into it keeps nothing: the
// call fails saying the folder is full, naming it; no temporary file is left, list-backups is
// empty, pg_dump does not linger; an Apply under backup_before_apply applies nothing when its
// backup cannot be written, and says the backup failed; once there is room again, a backup
// succeeds. (A tmpfs of 256 KB; skipped where mounting is not permitted.)
TEST(WorkflowTest, ABackupFolderThatFillsUpKeepsNothingAndBlocksTheApplyItProtects) {
  Project project;
  const std::string backup_dir = project.path() + "/small";
  TmpfsMount tmpfs(backup_dir, "256k");
  if (!tmpfs.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << tmpfs.error();
  const Environment prod{"prod", FreshSocketDatabase(), {"backup_before_apply: true"}};
  std::unique_ptr<SchemadRunner> schemad = StartSchemad(Config(project, {prod}, backup_dir));
  const Schemactl ctl(*schemad);
  RunResult r = ctl({"prepare-migration", "-m", "initial schema"});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  // Full before the first byte: the apply's backup fails.
  FillUp(backup_dir + "/filler");
  ExpectBackupsFailCleanly(ctl, prod, backup_dir, "is full", /*check_apply=*/true);
  EXPECT_EQ(FilesUnder(backup_dir), std::vector<std::string>{"filler"});
  fs::remove(backup_dir + "/filler");

  // Full in the middle of the archive: about 1.3 MB of hex compresses to well over 256 KB.
  ASSERT_TRUE(Exec(prod.db, "CREATE TABLE blob AS SELECT g AS id, md5(g::text) || md5((g * 7)::text) AS v"
                            " FROM generate_series(1, 20000) g"));
  ExpectBackupsFailCleanly(ctl, prod, backup_dir, "is full", /*check_apply=*/false);
  EXPECT_THAT(FilesUnder(backup_dir), ::testing::IsEmpty()) << "a temporary file was left";

  // With room again, the store works.
  ASSERT_TRUE(Exec(prod.db, "DROP TABLE blob"));
  r = ctl({"create-backup", "--env", "prod"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ctl.Backups("prod").size(), 1u);
  schemad.reset();  // before the unmount
}

// Property: a backup folder that cannot exist (a file stands in its path; no permission bits
// stop root, this does) fails the same way: create-backup names the folder and keeps nothing,
// list-backups is empty, and an Apply under backup_before_apply applies nothing.
TEST(WorkflowTest, ABackupFolderUnderAFileFailsClearlyAndBlocksTheApplyItProtects) {
  Project project;
  TempDir dir;
  const std::string file = dir.Write("afile", "not a folder\n");
  const std::string backup_dir = file + "/backups";
  const Environment prod{"prod", FreshSocketDatabase(), {"backup_before_apply: true"}};
  std::unique_ptr<SchemadRunner> schemad = StartSchemad(Config(project, {prod}, backup_dir));
  const Schemactl ctl(*schemad);
  const RunResult r = ctl({"prepare-migration", "-m", "initial schema"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ExpectBackupsFailCleanly(ctl, prod, backup_dir, "a file stands in its path", /*check_apply=*/true);
  EXPECT_EQ(ReadFile(file), "not a folder\n");
}

}  // namespace
}  // namespace schemaservice
