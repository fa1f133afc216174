// schemad behind PgBouncer (Debian's pgbouncer, started here on loopback in front of the test
// PostgreSQL, SCRAM logins from an auth_file), with pools of one and of four server
// connections. pool_mode=session: History works and Apply applies. pool_mode=transaction:
// History works, Apply is refused with FAILED_PRECONDITION saying a transaction-pooling
// proxy was found, and the database shows nothing applied. pg::RefuseTransactionPooling is
// also called directly: many times on fresh sessions through each pool, straight to the
// server (decided without a second connection), and with a second connection that fails.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "schemaservice/client.h"
#include "service/pg/connection.h"
#include "service/pg/pooling_proxy.h"
#include "tests/support/process.h"
#include "tests/support/served_project.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using testing::MigrationFile;
using testing::FreeLoopbackPort;
using testing::QueryValue;
using testing::ServedProject;

constexpr char kPgBouncerPath[] = "/usr/sbin/pgbouncer";
constexpr char kV1[] = "20260101000001";

const MigrationFile kWidgets = {
    kV1, "create_widgets",
    "CREATE TABLE widgets (id bigint PRIMARY KEY, name text NOT NULL);\n"
    "CREATE INDEX widgets_name ON widgets (name);\n",
    "DROP TABLE widgets;\n"};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// One pgbouncer process in front of the test PostgreSQL, killed by the destructor and, should
// this binary die first, by the kernel (PR_SET_PDEATHSIG).
class PgBouncer {
 public:
  PgBouncer(const PgBouncer&) = delete;
  PgBouncer& operator=(const PgBouncer&) = delete;

  static std::unique_ptr<PgBouncer> Start(const std::string& pool_mode, int pool_size,
                                          std::string* error) {
    std::unique_ptr<PgBouncer> bouncer(new PgBouncer(pool_mode, pool_size));
    // A port found free can be taken before pgbouncer binds it: try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
      if (bouncer->Spawn(error) && bouncer->WaitReady(error)) return bouncer;
      bouncer->Kill();
    }
    return nullptr;
  }

  ~PgBouncer() { Kill(); }

  // The test server's database `dbname`, reached through pgbouncer.
  pg::ConnectionSettings Settings(const std::string& dbname) const {
    pg::ConnectionSettings s = testing::TestServer().Settings(dbname);
    s.port = port_;
    return s;
  }
  std::string Log() const { return ReadFile(dir_.path() + "/pgbouncer.log"); }

 private:
  PgBouncer(std::string pool_mode, int pool_size)
      : pool_mode_(std::move(pool_mode)), pool_size_(pool_size) {}

  bool Spawn(std::string* error) {
    port_ = FreeLoopbackPort();
    const pg::ConnectionSettings server = testing::TestServer().Settings("postgres");
    // The auth_file holds the password in clear: pgbouncer needs it to log in to the server
    // with SCRAM on the client's behalf.
    const std::string users = dir_.Write(
        "userlist.txt", absl::StrCat("\"", server.user, "\" \"",
                                     absl::StrReplaceAll(server.password, {{"\"", "\"\""}}),
                                     "\"\n"));
    const std::string ini = dir_.Write(
        "pgbouncer.ini",
        absl::StrCat("[databases]\n* = host=", server.host, " port=", server.port, "\n"
                     "[pgbouncer]\n"
                     "listen_addr = 127.0.0.1\nlisten_port = ", port_, "\n"
                     "unix_socket_dir =\n"
                     "auth_type = scram-sha-256\nauth_file = ", users, "\n"
                     "pool_mode = ", pool_mode_, "\n"
                     "default_pool_size = ", pool_size_, "\n"
                     "min_pool_size = 0\nreserve_pool_size = 0\n"
                     "max_client_conn = 10\n"
                     "query_wait_timeout = 30\n"
                     "logfile =\npidfile =\n"));
    // pgbouncer refuses to run as root: as root it runs as the test server's account.
    std::optional<std::pair<uid_t, gid_t>> run_as;
    if (geteuid() == 0) {
      for (const char* name : {"postgres", "nobody"}) {
        if (const passwd* pw = getpwnam(name)) {
          run_as = {pw->pw_uid, pw->pw_gid};
          break;
        }
      }
      if (!run_as) {
        *error = "running as root and there is neither a postgres nor a nobody account";
        return false;
      }
      for (const std::string& path : {dir_.path(), users, ini}) {
        if (chown(path.c_str(), run_as->first, run_as->second) != 0) {
          *error = "cannot chown " + path;
          return false;
        }
      }
    }
    const std::string log = dir_.path() + "/pgbouncer.log";
    const pid_t parent = getpid();
    pid_ = fork();
    if (pid_ < 0) {
      *error = "fork failed";
      return false;
    }
    if (pid_ == 0) {
      setpgid(0, 0);
      if (run_as && (setgroups(0, nullptr) != 0 || setgid(run_as->second) != 0 ||
                     setuid(run_as->first) != 0)) {
        _exit(126);
      }
      // After setuid, which clears it.
      prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (getppid() != parent) _exit(125);
      const int devnull = open("/dev/null", O_RDONLY);
      const int out = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
      if (devnull < 0 || out < 0) _exit(124);
      dup2(devnull, 0);
      dup2(out, 1);
      dup2(out, 2);
      execl(kPgBouncerPath, kPgBouncerPath, ini.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    return true;
  }

  bool Exited() {
    if (pid_ <= 0) return true;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) != pid_) return false;
    pid_ = -1;
    return true;
  }

  // Until a login through pgbouncer runs a query.
  bool WaitReady(std::string* error) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    std::string last;
    while (std::chrono::steady_clock::now() < deadline) {
      if (Exited()) {
        *error = "pgbouncer exited: " + Log();
        return false;
      }
      absl::StatusOr<std::unique_ptr<pqxx::connection>> conn =
          pg::Connect(Settings("postgres"), "pgbouncer_test");
      if (conn.ok()) {
        try {
          pqxx::nontransaction tx(**conn);
          tx.exec1("SELECT 1");
          return true;
        } catch (const std::exception& e) {
          last = e.what();
        }
      } else {
        last = conn.status().ToString();
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    *error = "pgbouncer not ready within 15 s: " + last + "\n" + Log();
    return false;
  }

  void Kill() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
      pid_ = -1;
    }
  }

  testing::TempDir dir_;
  std::string pool_mode_;
  int pool_size_;
  int port_ = 0;
  pid_t pid_ = -1;
};

struct PoolCase {
  const char* mode;
  int size;
};

void PrintTo(const PoolCase& c, std::ostream* out) {
  *out << "pool_mode=" << c.mode << " default_pool_size=" << c.size;
}

std::string CaseName(const ::testing::TestParamInfo<PoolCase>& info) {
  return absl::StrCat(info.param.mode, "_pool", info.param.size);
}

class PgBouncerTest : public ::testing::TestWithParam<PoolCase> {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kPgBouncerPath)) {
      GTEST_SKIP() << kPgBouncerPath << " is not installed (Debian package pgbouncer; "
                   << "scripts/install-deps.sh installs it)";
    }
    std::string error;
    bouncer_ = PgBouncer::Start(GetParam().mode, GetParam().size, &error);
    ASSERT_NE(bouncer_, nullptr) << error;
  }

  bool transaction_mode() const { return std::string(GetParam().mode) == "transaction"; }

  std::unique_ptr<PgBouncer> bouncer_;
};

TEST_P(PgBouncerTest, HistoryWorksAndApplyRunsOnlyWithSessionPooling) {
  const pg::ConnectionSettings direct = testing::FreshDatabase();
  ServedProject project;
  ASSERT_TRUE(project.AddMigrations({kWidgets}));
  // Behind session pooling every connection schemad keeps holds a server connection: its
  // pool must fit the proxy's, or a checkout that opens one more waits at the proxy while an
  // idle one of schemad's own holds the only server connection (README, Connections).
  ASSERT_TRUE(project.Start(bouncer_->Settings(direct.dbname),
                            absl::StrCat("          pool_size: ", GetParam().size, "\n")));
  ClientOptions options;
  options.server = project.address();
  options.project = "app";
  options.token_file = project.token_file();
  absl::StatusOr<std::unique_ptr<Client>> client = Client::Create(options);
  ASSERT_TRUE(client.ok()) << client.status();

  v1::HistoryRequest history_request;
  history_request.set_environment("dev");
  absl::StatusOr<v1::HistoryResponse> history = (*client)->History(history_request);
  ASSERT_TRUE(history.ok()) << history.status() << "\n" << bouncer_->Log();
  ASSERT_EQ(history->entries_size(), 1);
  EXPECT_EQ(history->entries(0).state(), v1::MIGRATION_STATE_PENDING);

  v1::ApplyRequest apply;
  apply.set_environment("dev");
  absl::StatusOr<v1::Progress> done = (*client)->Apply(apply).Finish();
  if (transaction_mode()) {
    ASSERT_FALSE(done.ok()) << "applied through pool_mode=transaction";
    EXPECT_EQ(done.status().code(), absl::StatusCode::kFailedPrecondition) << done.status();
    RecordProperty("refusal", std::string(done.status().message()));
    EXPECT_THAT(done.status().message(), HasSubstr("transaction-pooling proxy"));
    EXPECT_THAT(done.status().message(), HasSubstr("app/dev"));
    EXPECT_THAT(done.status().message(), HasSubstr("pool_mode=session"));
    // Checked on the server directly: no table, and no history row beyond pending.
    EXPECT_EQ(QueryValue(direct, "SELECT to_regclass('public.widgets')::text"), std::nullopt);
    if (QueryValue(direct, "SELECT to_regclass('schemaservice.migrations')::text")) {
      EXPECT_EQ(QueryValue(direct, "SELECT count(*) FROM schemaservice.migrations"), "0");
    }
  } else {
    ASSERT_TRUE(done.ok()) << done.status() << "\n" << bouncer_->Log();
    ASSERT_EQ(done->summary().versions_size(), 1);
    EXPECT_EQ(done->summary().versions(0), kV1);
    EXPECT_EQ(QueryValue(direct, "SELECT to_regclass('public.widgets')::text"), "widgets");
    EXPECT_EQ(QueryValue(direct, absl::StrCat("SELECT status FROM schemaservice.migrations "
                                              "WHERE version = '", kV1, "'")),
              "applied");
    history = (*client)->History(history_request);
    ASSERT_TRUE(history.ok()) << history.status();
    ASSERT_EQ(history->entries_size(), 1);
    EXPECT_EQ(history->entries(0).state(), v1::MIGRATION_STATE_APPLIED);
  }
}

// The check itself, on fresh sessions each time: transaction pooling is refused every time,
// session pooling never.
TEST_P(PgBouncerTest, TheCheckDecidesTheSameWayEveryTime) {
  const pg::ConnectionSettings direct = testing::FreshDatabase();
  const pg::ConnectionSettings through = bouncer_->Settings(direct.dbname);
  // A pool of one in session mode makes every check wait kProbeWait: fewer of those.
  const int runs = !transaction_mode() && GetParam().size == 1 ? 2 : 10;
  for (int i = 0; i < runs; ++i) {
    absl::StatusOr<std::unique_ptr<pqxx::connection>> session =
        pg::Connect(through, "pgbouncer_test session");
    ASSERT_TRUE(session.ok()) << session.status();
    const absl::Status checked = pg::RefuseTransactionPooling(**session, through, "app/dev");
    if (transaction_mode()) {
      EXPECT_EQ(checked.code(), absl::StatusCode::kFailedPrecondition) << "run " << i << ": "
                                                                        << checked;
      EXPECT_THAT(checked.message(), HasSubstr("transaction-pooling proxy")) << "run " << i;
    } else {
      EXPECT_TRUE(checked.ok()) << "run " << i << ": " << checked;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Pools, PgBouncerTest,
                         ::testing::Values(PoolCase{"session", 1}, PoolCase{"session", 4},
                                           PoolCase{"transaction", 1},
                                           PoolCase{"transaction", 4}),
                         CaseName);

// Straight to the server the login's backend pid decides: the settings given for a second
// connection lead nowhere (port 1), and are never used.
TEST(PoolingCheckTest, ADirectConnectionPassesWithoutASecondConnection) {
  const pg::ConnectionSettings direct = testing::FreshDatabase();
  absl::StatusOr<std::unique_ptr<pqxx::connection>> session =
      pg::Connect(direct, "pgbouncer_test session");
  ASSERT_TRUE(session.ok()) << session.status();
  pg::ConnectionSettings nowhere = direct;
  nowhere.port = 1;
  const absl::Status checked = pg::RefuseTransactionPooling(**session, nowhere, "app/dev");
  EXPECT_TRUE(checked.ok()) << checked;
}

// Through a proxy the second connection is needed; one that cannot be opened is said to be.
TEST(PoolingCheckTest, ThroughAProxyASecondConnectionThatFailsIsReported) {
  if (!std::filesystem::exists(kPgBouncerPath)) GTEST_SKIP() << kPgBouncerPath << " is missing";
  std::string error;
  std::unique_ptr<PgBouncer> bouncer = PgBouncer::Start("session", 4, &error);
  ASSERT_NE(bouncer, nullptr) << error;
  const pg::ConnectionSettings through = bouncer->Settings(testing::FreshDatabase().dbname);
  absl::StatusOr<std::unique_ptr<pqxx::connection>> session =
      pg::Connect(through, "pgbouncer_test session");
  ASSERT_TRUE(session.ok()) << session.status();
  pg::ConnectionSettings nowhere = through;
  nowhere.port = 1;
  const absl::Status checked = pg::RefuseTransactionPooling(**session, nowhere, "app/dev");
  EXPECT_EQ(checked.code(), absl::StatusCode::kUnavailable) << checked;
  EXPECT_THAT(checked.message(), HasSubstr("opening a second connection to app/dev"));
}

}  // namespace
}  // namespace schemaservice
