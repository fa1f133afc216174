// The attacks that handed the host to anyone reaching the gRPC port, sent through the Diff
// RPC to a real schemad running the example configuration (every environment embedded):
// each is refused with a clear status or cut off by the call's deadline, and afterwards no
// file was written, /etc/passwd is in no response, every environment database is present
// and unchanged, no role was added, postgresql.auto.conf and template0 are untouched and no
// shadow database is left. Then the bounds: 50 hung calls with 2 s deadlines are gone
// within 10 s with threads and connections back to idle, and SIGTERM with hung calls ends
// schemad within grace + 5 s, its PostgreSQL servers with it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <pqxx/pqxx>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "clients/cpp/client.h"
#include "tests/support/process.h"
#include "tests/support/schemad_runner.h"

namespace schemaservice {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::SchemadRunner;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// One of schemad's embedded servers, reached the way only its owner can: the unix socket in
// its private folder (local trust).
struct EmbeddedServer {
  std::string folder;
  int port = 0;
  pid_t postmaster = -1;

  std::string ConnInfo(const std::string& dbname) const {
    return absl::StrCat("host=", folder, " port=", port, " user=postgres dbname='", dbname, "'");
  }
  std::vector<std::string> Column(const std::string& sql, const std::string& db = "postgres") const {
    pqxx::connection conn(ConnInfo(db));
    pqxx::nontransaction tx(conn);
    std::vector<std::string> out;
    for (const pqxx::row& row : tx.exec(sql)) out.push_back(row[0].is_null() ? "" : row[0].c_str());
    return out;
  }
  std::string AutoConf() const { return ReadFile(folder + "/data/postgresql.auto.conf"); }
};

std::vector<EmbeddedServer> FindServers(const std::string& state_dir) {
  std::vector<EmbeddedServer> servers;
  for (const auto& entry : fs::directory_iterator(state_dir)) {
    if (entry.path().filename().string().rfind("schemad-pg-", 0) != 0) continue;
    std::ifstream pidfile(entry.path() / "data" / "postmaster.pid");
    EmbeddedServer s;
    s.folder = entry.path().string();
    std::string line;
    for (int i = 1; std::getline(pidfile, line); ++i) {
      if (i == 1) s.postmaster = std::atoi(line.c_str());
      if (i == 4) s.port = std::atoi(line.c_str());
    }
    if (s.port > 0) servers.push_back(s);
  }
  return servers;
}

bool Gone(pid_t pid) { return kill(pid, 0) != 0 && errno == ESRCH; }

// The example configuration, as shipped, with kernel-picked ports (and `server_extra` lines
// added under `server:`).
std::string ExampleConfig(int grace_seconds = -1, const std::string& server_extra = "") {
  std::string yaml = ReadFile(std::string(SCHEMASERVICE_SOURCE_DIR) + "/examples/app/schemad.yaml");
  absl::StrReplaceAll({{"127.0.0.1:50051", "127.0.0.1:0"}, {"127.0.0.1:9464", "127.0.0.1:0"}},
                      &yaml);
  if (grace_seconds >= 0) {
    absl::StrReplaceAll({{"shutdown_grace_seconds: 25",
                          absl::StrCat("shutdown_grace_seconds: ", grace_seconds)}},
                        &yaml);
  }
  if (!server_extra.empty()) absl::StrReplaceAll({{"server:\n", "server:\n" + server_extra}}, &yaml);
  return yaml;
}

class Schemad {
 public:
  explicit Schemad(int grace_seconds = -1, const std::string& server_extra = "") {
    chmod(tmp_.path().c_str(), 0755);
    runner_ = std::make_unique<SchemadRunner>(
        ExampleConfig(grace_seconds, server_extra),
        std::map<std::string, std::string>{{"SCHEMAD_STATE_DIR", state_dir()}});
    for (const auto& f : fs::directory_iterator(std::string(SCHEMASERVICE_SOURCE_DIR) +
                                                "/examples/app/models")) {
      fs::copy_file(f.path(), runner_->dir().path() + "/models/" + f.path().filename().string());
    }
    std::string error;
    ready_ = runner_->WaitReady(60000, &error);
    EXPECT_TRUE(ready_) << error;
    client::ClientOptions options;
    options.server = runner_->grpc_address();
    options.timeout = absl::Seconds(60);
    client_ = std::move(*client::Client::Create(options));
  }

  std::string state_dir() const { return tmp_.path() + "/state"; }
  SchemadRunner& runner() { return *runner_; }
  client::Client& client() { return *client_; }

  // Diff of inline SQL (one file) against the models, with a deadline.
  absl::Status InlineDiff(const std::string& sql, absl::Duration deadline = absl::Seconds(60),
                          v1::DiffResponse* out = nullptr) {
    v1::DiffRequest request;
    request.set_project("app");
    v1::ModelFile* file = request.mutable_from()->mutable_inline_models()->add_files();
    file->set_name("attack.sql");
    file->set_sql(sql);
    request.mutable_to()->mutable_models();
    grpc::ClientContext context;
    context.set_deadline(absl::ToChronoTime(absl::Now() + deadline));
    v1::DiffResponse response;
    const grpc::Status status = client_->stub().Diff(&context, request, &response);
    if (out != nullptr) *out = response;
    return absl::Status(static_cast<absl::StatusCode>(status.error_code()), status.error_message());
  }

  // The environments' server (it holds app.dev) and the shadow server (started on first use).
  EmbeddedServer EnvironmentServer() {
    for (const EmbeddedServer& s : FindServers(state_dir())) {
      const auto dbs = s.Column("SELECT datname FROM pg_database");
      if (std::find(dbs.begin(), dbs.end(), "app.dev") != dbs.end()) return s;
    }
    ADD_FAILURE() << "no environment server in " << state_dir();
    return {};
  }
  EmbeddedServer ShadowServer() {
    for (const EmbeddedServer& s : FindServers(state_dir())) {
      const auto dbs = s.Column("SELECT datname FROM pg_database");
      if (std::find(dbs.begin(), dbs.end(), "app.dev") == dbs.end()) return s;
    }
    ADD_FAILURE() << "no shadow server in " << state_dir();
    return {};
  }

  int Threads() const {
    int n = 0;
    for ([[maybe_unused]] const auto& t :
         fs::directory_iterator("/proc/" + std::to_string(runner_->process().pid()) + "/task")) {
      ++n;
    }
    return n;
  }

 private:
  testing::TempDir tmp_;
  std::unique_ptr<SchemadRunner> runner_;
  std::unique_ptr<client::Client> client_;
  bool ready_ = false;
};

// What an attack could have changed on a server, in one comparable snapshot.
struct ServerSnapshot {
  std::vector<std::string> databases, roles;
  std::string auto_conf;
  std::map<std::string, std::vector<std::string>> objects;  // per environment database
  bool operator==(const ServerSnapshot& o) const {
    return databases == o.databases && roles == o.roles && auto_conf == o.auto_conf &&
           objects == o.objects;
  }
};

ServerSnapshot Snapshot(const EmbeddedServer& s, bool with_objects) {
  ServerSnapshot snap;
  snap.databases = s.Column("SELECT datname || ' ' || datallowconn::text FROM pg_database ORDER BY 1");
  snap.roles = s.Column(
      "SELECT rolname || ' ' || rolsuper::text || rolcreaterole::text || rolcreatedb::text || rolcanlogin::text "
      "FROM pg_roles ORDER BY 1");
  snap.auto_conf = s.AutoConf();
  if (with_objects) {
    for (const std::string db : {"app.dev", "app.test", "app.prod", "template1"}) {
      snap.objects[db] = s.Column(
          "SELECT c.oid::regclass::text || ' ' || c.relkind::text FROM pg_class c "
          "JOIN pg_namespace n ON n.oid = c.relnamespace "
          "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1",
          db);
    }
  }
  return snap;
}

std::ostream& operator<<(std::ostream& os, const ServerSnapshot& s) {
  for (const auto& d : s.databases) os << "db " << d << "\n";
  for (const auto& r : s.roles) os << "role " << r << "\n";
  return os << "auto.conf: " << s.auto_conf;
}

struct Attack {
  const char* name;
  std::string sql;
};

TEST(SecurityTest, EveryAttackThroughInlineSqlIsRefusedAndChangesNothing) {
  Schemad schemad;
  // A first harmless call starts the shadow server, so both can be snapshot before.
  ASSERT_TRUE(schemad.InlineDiff("CREATE TABLE warm (id int);").ok());
  const EmbeddedServer env = schemad.EnvironmentServer();
  const EmbeddedServer shadow = schemad.ShadowServer();
  ASSERT_NE(env.folder, shadow.folder) << "caller SQL must not load on the environments' server";
  const ServerSnapshot env_before = Snapshot(env, true);
  const ServerSnapshot shadow_before = Snapshot(shadow, false);
  testing::TempDir out_dir;
  chmod(out_dir.path().c_str(), 0777);  // writable by postgres, had it been allowed to write
  const std::string planted_file = out_dir.path() + "/x";

  const Attack attacks[] = {
      {"program", "COPY (SELECT 1) TO PROGRAM 'id > " + planted_file + "';"},
      {"write_file", "COPY (SELECT 'x') TO '" + planted_file + "';"},
      {"read_file", "DO $$BEGIN RAISE EXCEPTION '%', pg_read_file('/etc/passwd'); END$$;"},
      {"read_file_copy", "CREATE TABLE f (l text); COPY f FROM '/etc/passwd';"},
      {"large_object", "SELECT lo_import('/etc/passwd');"},
      {"drop_env_db", "DROP DATABASE \"app.test\" WITH (FORCE);"},
      {"drop_env_db_old_name", "DROP DATABASE app_test WITH (FORCE);"},
      {"drop_template", "DROP DATABASE template1;"},
      {"create_role", "CREATE ROLE evil SUPERUSER LOGIN PASSWORD 'evil';"},
      {"alter_self", "ALTER ROLE CURRENT_USER SUPERUSER;"},
      {"set_role", "SET ROLE postgres; CREATE TABLE owned (id int);"},
      {"session_auth", "SET SESSION AUTHORIZATION postgres;"},
      {"alter_system", "ALTER SYSTEM SET work_mem = '1MB';"},
      {"dblink", "CREATE EXTENSION dblink; SELECT dblink_exec('dbname=app.prod', "
                 "'DROP SCHEMA public CASCADE');"},
      {"file_fdw", "CREATE EXTENSION file_fdw;"},
      {"c_function", "CREATE FUNCTION sys(cstring) RETURNS int AS 'libc.so.6', 'system' "
                     "LANGUAGE c; SELECT sys('id > " + planted_file + "');"},
      {"untrusted_language", "CREATE EXTENSION plpython3u;"},
      {"event_trigger", "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS "
                        "$$BEGIN END$$; CREATE EVENT TRIGGER e ON ddl_command_start "
                        "EXECUTE FUNCTION f();"},
      {"template0", "UPDATE pg_database SET datallowconn = true WHERE datname = 'template0';"},
      {"temp_file_limit", "SET temp_file_limit = -1;"},
      {"terminate_others", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE pid <> pg_backend_pid();"},
  };
  for (const Attack& a : attacks) {
    v1::DiffResponse response;
    const absl::Status s = schemad.InlineDiff(a.sql, absl::Seconds(60), &response);
    if (std::getenv("SECURITY_TEST_VERBOSE")) std::cerr << a.name << ": " << s << "\n";
    EXPECT_FALSE(s.ok()) << a.name << " was accepted";
    EXPECT_NE(s.code(), absl::StatusCode::kInternal) << a.name << ": " << s;
    EXPECT_NE(s.code(), absl::StatusCode::kUnavailable) << a.name << ": " << s;
    EXPECT_THAT(std::string(s.message()), HasSubstr("attack.sql")) << a.name << ": " << s;
    EXPECT_THAT(std::string(s.message()), Not(HasSubstr("root:x:0:0"))) << a.name;
    EXPECT_THAT(response.DebugString(), Not(HasSubstr("root:x:0:0"))) << a.name;
  }
  // Superuser-only objects in inline SQL are named as such.
  const absl::Status event = schemad.InlineDiff(attacks[17].sql);
  EXPECT_EQ(event.code(), absl::StatusCode::kPermissionDenied) << event;
  EXPECT_THAT(std::string(event.message()), HasSubstr("event trigger"));
  EXPECT_THAT(std::string(event.message()), HasSubstr("SQL sent by a caller can never create"));

  EXPECT_FALSE(fs::exists(planted_file)) << "a file was written";
  EXPECT_EQ(Snapshot(env, true), env_before) << "the environments' server changed";
  EXPECT_EQ(Snapshot(shadow, false), shadow_before) << "the shadow server changed";
  EXPECT_THAT(shadow.Column("SELECT datallowconn::text FROM pg_database WHERE datname = 'template0'"),
              ::testing::ElementsAre("false"));
  EXPECT_THAT(shadow.Column("SELECT datname FROM pg_database WHERE datname LIKE 'schemad_shadow%'"),
              ::testing::IsEmpty());
  EXPECT_THAT(shadow.Column("SELECT rolname FROM pg_roles WHERE rolname LIKE 'schemad_shadow%'"),
              ::testing::IsEmpty());
  // Nothing planted shows up in a later plan: empty SQL against empty SQL is no difference.
  v1::DiffRequest request;
  request.set_project("app");
  request.mutable_from()->mutable_inline_models();
  request.mutable_to()->mutable_inline_models();
  grpc::ClientContext context;
  schemad.client().Prepare(context);
  v1::DiffResponse response;
  ASSERT_TRUE(schemad.client().stub().Diff(&context, request, &response).ok());
  EXPECT_EQ(response.statements_size(), 0) << response.DebugString();
}

TEST(SecurityTest, LimitsTheLoadedSqlCannotLiftHold) {
  Schemad schemad(-1,
                  "  sandbox:\n    load_timeout_seconds: 4\n    address_space_mb: 800\n");
  // statement_timeout is the loader's to change; the load's own deadline is not.
  auto start = absl::Now();
  absl::Status s = schemad.InlineDiff("SET statement_timeout = 0; SELECT pg_sleep(60);");
  EXPECT_EQ(s.code(), absl::StatusCode::kDeadlineExceeded) << s;
  EXPECT_THAT(std::string(s.message()), HasSubstr("server.sandbox.load_timeout_seconds"));
  EXPECT_LT(absl::Now() - start, absl::Seconds(20));
  // work_mem is the loader's to raise; the address space of its backend is not.
  s = schemad.InlineDiff(
      "SET work_mem = '4GB'; SET hash_mem_multiplier = 1; SET max_parallel_workers_per_gather = 0;"
      "CREATE TABLE s AS SELECT count(*) FROM (SELECT md5(g::text) FROM "
      "generate_series(1, 20000000) g ORDER BY 1) x;");
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("out of memory")) << s;
  // A shadow made a template is still dropped, with its role.
  ASSERT_TRUE(schemad.InlineDiff("DO $$BEGIN EXECUTE format('ALTER DATABASE %I IS_TEMPLATE true', "
                                 "current_database()); END$$; CREATE TABLE t (id int);")
                  .ok());
  const EmbeddedServer shadow = schemad.ShadowServer();
  EXPECT_THAT(shadow.Column("SELECT datname FROM pg_database WHERE datname LIKE 'schemad_shadow%'"),
              ::testing::IsEmpty());
  EXPECT_THAT(shadow.Column("SELECT rolname FROM pg_roles WHERE rolname LIKE 'schemad_shadow%'"),
              ::testing::IsEmpty());
}

TEST(SecurityTest, AModelsSymlinkThatLeavesTheFolderIsRefusedByName) {
  Schemad schemad;
  const std::string link = schemad.runner().dir().path() + "/models/99_secret.sql";
  fs::create_symlink("/etc/passwd", link);
  v1::DiffRequest request;
  request.set_project("app");
  request.mutable_from()->mutable_migrations();
  request.mutable_to()->mutable_models();
  grpc::ClientContext context;
  schemad.client().Prepare(context);
  v1::DiffResponse response;
  const grpc::Status s = schemad.client().stub().Diff(&context, request, &response);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << s.error_message();
  EXPECT_THAT(s.error_message(), HasSubstr("99_secret.sql is a symlink that leaves"));
  EXPECT_THAT(s.error_message(), Not(HasSubstr("root:x:0:0")));
}

// Backends on a server other than our own session, and those running pg_sleep.
int Backends(const EmbeddedServer& s, const std::string& filter = "true") {
  return std::stoi(s.Column(
      "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND "
      "pid <> pg_backend_pid() AND " + filter)[0]);
}

TEST(SecurityTest, HungCallsWithShortDeadlinesAreCancelledAndEverythingReturnsToIdle) {
  Schemad schemad;
  ASSERT_TRUE(schemad.InlineDiff("CREATE TABLE warm (id int);").ok());
  const EmbeddedServer env = schemad.EnvironmentServer();
  const EmbeddedServer shadow = schemad.ShadowServer();
  std::this_thread::sleep_for(std::chrono::seconds(2));
  const int idle_threads = schemad.Threads();
  const int idle_env = Backends(env);
  // The shadow server's admin pool and lock keeper connect to its `postgres` database; the
  // shadow databases' own sessions (loads, reads) connect to theirs.
  const std::string admin = "datname = 'postgres' AND application_name = 'schemad-shadow'";
  const int idle_shadow = Backends(shadow, "NOT (" + admin + ")");
  // What may stay after the burst, bounded: gRPC's idle pollers (MAX_POLLERS is
  // max_concurrent_calls, 16 by default) and the shadow admin pool (8) plus its keeper.
  constexpr int kPollers = 16, kAdminSessions = 8 + 1;

  std::atomic<int> deadline_exceeded{0}, refused{0};
  std::vector<std::thread> callers;
  for (int i = 0; i < 50; ++i) {
    callers.emplace_back([&] {
      const absl::Status s = schemad.InlineDiff("SELECT pg_sleep(3600);", absl::Seconds(2));
      if (s.code() == absl::StatusCode::kDeadlineExceeded) ++deadline_exceeded;
      if (s.code() == absl::StatusCode::kResourceExhausted) ++refused;
    });
  }
  for (std::thread& t : callers) t.join();
  EXPECT_EQ(deadline_exceeded + refused, 50);

  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  int sleeping = -1, threads = -1, env_backends = -1, shadow_backends = -1, admin_backends = -1;
  while (std::chrono::steady_clock::now() < until) {
    sleeping = Backends(shadow, "query LIKE '%pg_sleep(3600)%'");
    threads = schemad.Threads();
    env_backends = Backends(env);
    shadow_backends = Backends(shadow, "NOT (" + admin + ")");
    admin_backends = Backends(shadow, admin);
    if (sleeping == 0 && threads <= idle_threads + kPollers && env_backends <= idle_env &&
        shadow_backends <= idle_shadow && admin_backends <= kAdminSessions) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  EXPECT_EQ(sleeping, 0) << "pg_sleep still running 10 s after the deadlines";
  EXPECT_LE(threads, idle_threads + kPollers) << "more threads than the bounded idle pollers";
  EXPECT_LE(env_backends, idle_env);
  EXPECT_LE(shadow_backends, idle_shadow) << "a shadow database's session outlived its call";
  EXPECT_LE(admin_backends, kAdminSessions) << "more admin sessions than the pool and keeper";
  EXPECT_TRUE(schemad.InlineDiff("CREATE TABLE after (id int);").ok());
}

TEST(SecurityTest, SigtermWithHungCallsExitsWithinGracePlusFiveSecondsTakingPostgresAlong) {
  constexpr int kGrace = 3;
  Schemad schemad(kGrace);
  ASSERT_TRUE(schemad.InlineDiff("CREATE TABLE warm (id int);").ok());
  const std::vector<EmbeddedServer> servers = FindServers(schemad.state_dir());
  ASSERT_EQ(servers.size(), 2u);
  std::vector<std::thread> callers;
  for (int i = 0; i < 5; ++i) {
    callers.emplace_back([&] { (void)schemad.InlineDiff("SELECT pg_sleep(3600);", absl::Seconds(120)); });
  }
  const EmbeddedServer shadow = schemad.ShadowServer();
  for (int i = 0; i < 100 && Backends(shadow, "query LIKE '%pg_sleep(3600)%'") < 5; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  const auto start = std::chrono::steady_clock::now();
  schemad.runner().process().Signal(SIGTERM);
  const std::optional<int> code = schemad.runner().process().Wait((kGrace + 5) * 1000);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(code.has_value()) << "schemad still running " << kGrace + 5 << " s after SIGTERM";
  EXPECT_LT(seconds, kGrace + 5.0);
  for (std::thread& t : callers) t.join();
  for (const EmbeddedServer& s : servers) {
    for (int i = 0; i < 50 && !Gone(s.postmaster); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_TRUE(Gone(s.postmaster)) << "PostgreSQL in " << s.folder << " outlived schemad";
  }
}

}  // namespace
}  // namespace schemaservice
