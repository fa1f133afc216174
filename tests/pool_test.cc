// Connection pools as a caller sees them through the real schemad: calls share at most
// database.pool_size connections and leave no session state behind, and an environment's
// PostgreSQL that restarts under load makes calls fail fast with UNAVAILABLE while it is down
// and succeed again once it is back, without restarting schemad.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "schemaservice/client.h"
#include "tests/support/process.h"
#include "tests/support/served_project.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using testing::MigrationFile;
using testing::QueryValue;
using testing::RunProgram;
using testing::RunResult;
using testing::ServedProject;
using testing::TempDir;

const MigrationFile kWidgets = {"20260101000001", "create_widgets",
                                "CREATE TABLE widgets (id bigint PRIMARY KEY);\n",
                                "DROP TABLE widgets;\n"};

constexpr char kBin[] = "/usr/lib/postgresql/15/bin/";

// A PostgreSQL of this test alone, on a fixed port, that it can stop and start again with
// the same data: the shared test server cannot be restarted under other tests.
class RestartablePostgres {
 public:
  RestartablePostgres() {
    if (geteuid() == 0) as_postgres_ = {"/usr/sbin/runuser", "-u", "postgres", "--"};
    RunProgram({"/bin/chown", "postgres", dir_.path()});
    port_ = testing::FreeLoopbackPort();
    const RunResult init = Run({std::string(kBin) + "initdb", "-D", Data(), "-U", "postgres",
                                "--auth=trust", "--no-sync"});
    ok_ = init.exit_code == 0;
    if (!ok_) error_ = init.out + init.err;
  }
  ~RestartablePostgres() { Run({std::string(kBin) + "pg_ctl", "-D", Data(), "-m", "immediate", "stop"}); }

  bool ok() const { return ok_; }
  const std::string& error() const { return error_; }
  bool Start() {
    const RunResult r = Run({std::string(kBin) + "pg_ctl", "-D", Data(), "-l", dir_.path() + "/log",
                             "-w", "-o",
                             absl::StrCat("-p ", port_, " -k ", dir_.path(),
                                          " -c listen_addresses=127.0.0.1 -c fsync=off"),
                             "start"});
    if (r.exit_code != 0) error_ = r.out + r.err;
    return r.exit_code == 0;
  }
  // Fast shutdown: sessions are terminated, as a server restarted for maintenance does.
  bool Stop() {
    return Run({std::string(kBin) + "pg_ctl", "-D", Data(), "-m", "fast", "-w", "stop"}).exit_code == 0;
  }
  pg::ConnectionSettings Settings() const {
    pg::ConnectionSettings s;
    s.host = "127.0.0.1";
    s.port = port_;
    s.dbname = "postgres";
    s.user = "postgres";
    s.password = "unused";  // trust on loopback; the config wants a password variable
    return s;
  }

 private:
  std::string Data() const { return dir_.path() + "/data"; }
  RunResult Run(std::vector<std::string> argv) {
    std::vector<std::string> full = as_postgres_;
    full.insert(full.end(), argv.begin(), argv.end());
    return RunProgram(full, {}, 60000);
  }
  TempDir dir_;
  std::vector<std::string> as_postgres_;
  int port_ = 0;
  bool ok_ = false;
  std::string error_;
};

// One value of a /metrics family with `labels` (a substring of the label set), or -1.
double MetricValue(const std::string& address, const std::string& family,
                   const std::string& labels) {
  const RunResult r =
      RunProgram({"/usr/bin/curl", "-sS", "--max-time", "10", "http://" + address + "/metrics"});
  for (absl::string_view line : absl::StrSplit(r.out, '\n')) {
    if (!absl::StartsWith(line, family + "{") || !absl::StrContains(line, labels)) continue;
    double value = -1;
    if (absl::SimpleAtod(line.substr(line.rfind(' ') + 1), &value)) return value;
  }
  return -1;
}

std::unique_ptr<Client> AdminClient(const ServedProject& project) {
  ClientOptions options;
  options.server = project.address();
  options.project = "app";
  options.token_file = project.token_file();
  options.timeout = absl::Seconds(20);
  absl::StatusOr<std::unique_ptr<Client>> created = Client::Create(std::move(options));
  EXPECT_TRUE(created.ok()) << created.status();
  return created.ok() ? std::move(*created) : nullptr;
}

v1::HistoryRequest HistoryOfDev() {
  v1::HistoryRequest request;
  request.set_environment("dev");
  return request;
}

v1::ApplyRequest ApplyToDev() {
  v1::ApplyRequest request;
  request.set_environment("dev");
  return request;
}

// What happened to the calls of one phase of a load.
struct Tally {
  std::mutex mu;
  std::map<absl::StatusCode, int> codes;
  absl::Duration slowest_failure = absl::ZeroDuration();
  std::string last_error;
  void Add(const absl::Status& status, absl::Duration took) {
    std::lock_guard<std::mutex> lock(mu);
    ++codes[status.code()];
    if (!status.ok()) {
      slowest_failure = std::max(slowest_failure, took);
      last_error = std::string(status.message());
    }
  }
  int Count(absl::StatusCode code) {
    std::lock_guard<std::mutex> lock(mu);
    return codes[code];
  }
  int Total() {
    std::lock_guard<std::mutex> lock(mu);
    int n = 0;
    for (const auto& [code, count] : codes) n += count;
    return n;
  }
};

// `callers` threads calling History and a no-op Apply by turns until `stop`, each call's
// outcome counted in whatever tally `phase` points at when it ends.
class Load {
 public:
  Load(const ServedProject& project, int callers, std::atomic<Tally*>* phase) {
    for (int i = 0; i < callers; ++i) {
      threads_.emplace_back([this, &project, phase, i] {
        std::unique_ptr<Client> client = AdminClient(project);
        if (client == nullptr) return;
        for (int n = 0; !stop_.load(); ++n) {
          const absl::Time start = absl::Now();
          absl::Status status;
          if ((n + i) % 3 == 2) {
            status = client->Apply(ApplyToDev()).Finish().status();
          } else {
            status = client->History(HistoryOfDev()).status();
          }
          (*phase).load()->Add(status, absl::Now() - start);
          if (!status.ok()) absl::SleepFor(absl::Milliseconds(20));
        }
      });
    }
  }
  ~Load() {
    stop_ = true;
    for (std::thread& t : threads_) t.join();
  }

 private:
  std::atomic<bool> stop_{false};
  std::vector<std::thread> threads_;
};

// Connections of schemad's pool on `database` now (its history listener has one more).
int SchemadSessions(const pg::ConnectionSettings& database) {
  const std::optional<std::string> n = QueryValue(
      database, absl::StrCat("SELECT count(*) FROM pg_stat_activity WHERE datname = '",
                             database.dbname, "' AND application_name LIKE 'schemad%'"
                             " AND application_name <> 'schemad-listen'"));
  int value = -1;
  return n && absl::SimpleAtoi(*n, &value) ? value : -1;
}

TEST(PoolTest, ConcurrentCallsShareAtMostPoolSizeConnectionsAndLeaveNoSessionStateBehind) {
  const pg::ConnectionSettings database = testing::FreshDatabase();
  ServedProject project;
  ASSERT_TRUE(project.AddMigrations({kWidgets}));
  ASSERT_TRUE(project.Start(database, "          pool_size: 3\n"));
  {
    std::unique_ptr<Client> client = AdminClient(project);
    ASSERT_NE(client, nullptr);
    ASSERT_TRUE(client->Apply(ApplyToDev()).Finish().ok());
  }
  Tally tally;
  std::atomic<Tally*> phase{&tally};
  int most_sessions = 0;
  {
    Load load(project, 12, &phase);
    for (absl::Time end = absl::Now() + absl::Seconds(4); absl::Now() < end;) {
      most_sessions = std::max(most_sessions, SchemadSessions(database));
      absl::SleepFor(absl::Milliseconds(50));
    }
  }
  EXPECT_GT(tally.Count(absl::StatusCode::kOk), 100) << tally.last_error;
  EXPECT_EQ(tally.Count(absl::StatusCode::kOk), tally.Total()) << tally.last_error;
  EXPECT_GE(most_sessions, 1);
  EXPECT_LE(most_sessions, 3) << "12 callers, pool_size 3";
  // Apply's session lock and settings were reset (DISCARD ALL) before its connection went back.
  EXPECT_EQ(QueryValue(database, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"), "0");
  EXPECT_EQ(QueryValue(database, absl::StrCat(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = '", database.dbname,
                "' AND application_name LIKE 'schemad %'")), "0")
      << "a pooled session kept the application_name of the Apply that used it";
  const std::string metrics = project.schemad().metrics_address();
  EXPECT_EQ(MetricValue(metrics, "schemad_db_pool_size", "environment=\"dev\""), 3);
  const double open = MetricValue(metrics, "schemad_db_pool_connections", "environment=\"dev\"");
  EXPECT_GE(open, 1);
  EXPECT_LE(open, 3);
  EXPECT_EQ(MetricValue(metrics, "schemad_db_pool_in_use", "environment=\"dev\""), 0);
  EXPECT_GE(MetricValue(metrics, "schemad_db_pool_waits_total", "environment=\"dev\""), 0);
  EXPECT_EQ(MetricValue(metrics, "schemad_rpc_in_flight", "method=\"History\""), 0);
}

// History is answered from memory while the history is unchanged: an edit by hand (or by
// another replica) notifies schemad's listener, and the next History shows it within
// milliseconds, well before the second after which a kept read expires anyway.
TEST(PoolTest, HistoryKeptInMemoryShowsAHandEditOfTheHistoryAtOnce) {
  const pg::ConnectionSettings database = testing::FreshDatabase();
  ServedProject project;
  ASSERT_TRUE(project.AddMigrations({kWidgets}));
  ASSERT_TRUE(project.Start(database));
  std::unique_ptr<Client> client = AdminClient(project);
  ASSERT_NE(client, nullptr);
  ASSERT_TRUE(client->Apply(ApplyToDev()).Finish().ok());
  for (int i = 0; i < 3; ++i) {  // kept from here on
    absl::StatusOr<v1::HistoryResponse> h = client->History(HistoryOfDev());
    ASSERT_TRUE(h.ok()) << h.status();
    ASSERT_EQ(h->problems_size(), 0);
  }
  ASSERT_TRUE(QueryValue(database, "UPDATE schemaservice.migrations SET checksum = 'edited'"
                                   " RETURNING 1").has_value());
  const absl::Time edited = absl::Now();
  std::string problems;
  while (problems.empty() && absl::Now() - edited < absl::Seconds(5)) {
    absl::StatusOr<v1::HistoryResponse> h = client->History(HistoryOfDev());
    ASSERT_TRUE(h.ok()) << h.status();
    for (const std::string& p : h->problems()) problems += p + "\n";
  }
  const absl::Duration seen_after = absl::Now() - edited;
  EXPECT_THAT(problems, ::testing::HasSubstr("edited by hand?"));
  EXPECT_LT(seen_after, absl::Milliseconds(500))
      << "the edit was seen only when the kept read expired, not when it was notified";
}

TEST(PoolTest, AServerRestartedUnderLoadFailsCallsFastWithUnavailableAndServesThemAgainAfter) {
  RestartablePostgres server;
  ASSERT_TRUE(server.ok()) << server.error();
  ASSERT_TRUE(server.Start()) << server.error();
  ServedProject project;
  ASSERT_TRUE(project.AddMigrations({kWidgets}));
  ASSERT_TRUE(project.Start(server.Settings(), "          pool_size: 4\n"));
  {
    std::unique_ptr<Client> client = AdminClient(project);
    ASSERT_NE(client, nullptr);
    ASSERT_TRUE(client->Apply(ApplyToDev()).Finish().ok());
  }
  const pid_t schemad_pid = project.schemad().process().pid();

  Tally before, down, settling, back;
  std::atomic<Tally*> phase{&before};
  {
    Load load(project, 6, &phase);
    absl::SleepFor(absl::Seconds(2));
    phase = &down;  // before the stop: calls fail from its first moment
    ASSERT_TRUE(server.Stop());
    absl::SleepFor(absl::Seconds(4));
    const int failed_while_down = down.Total();
    // Calls running while it comes back may go either way: they are not counted.
    phase = &settling;
    ASSERT_TRUE(server.Start()) << server.error();
    absl::SleepFor(absl::Seconds(2));
    phase = &back;
    absl::SleepFor(absl::Seconds(3));
    EXPECT_GT(failed_while_down, 20) << "callers kept calling while the server was down";
  }
  EXPECT_EQ(before.Count(absl::StatusCode::kOk), before.Total()) << before.last_error;
  EXPECT_GT(before.Total(), 10);
  // While down: UNAVAILABLE, fast (no call waits out a connect timeout or a pool wait).
  // The phase switch races the calls in flight at the stop: those few may have succeeded.
  EXPECT_EQ(down.Count(absl::StatusCode::kUnavailable) + down.Count(absl::StatusCode::kOk),
            down.Total()) << down.last_error;
  EXPECT_GT(down.Count(absl::StatusCode::kUnavailable), down.Total() / 2)
      << down.Count(absl::StatusCode::kOk) << " succeeded; " << down.last_error;
  EXPECT_LT(down.slowest_failure, absl::Seconds(2)) << down.last_error;
  EXPECT_THAT(down.last_error, ::testing::HasSubstr("app/dev"))
      << "the message names the environment";
  // Back: every call succeeds, from the same schemad.
  EXPECT_GT(back.Total(), 10);
  EXPECT_EQ(back.Count(absl::StatusCode::kOk), back.Total()) << back.last_error;
  EXPECT_EQ(project.schemad().process().pid(), schemad_pid);
  EXPECT_TRUE(project.schemad().process().Running());
}

}  // namespace
}  // namespace schemaservice
