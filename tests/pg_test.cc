// Integration tests of the PostgreSQL plumbing against the test server: quoting agrees with
// the server's own keyword list, connection errors never carry the password, SQLSTATEs keep
// their codes, and the embedded launcher runs unprivileged and cleans up after itself.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <thread>
#include <fstream>

#include "service/pg/connection.h"
#include "service/pg/embedded.h"
#include "service/pg/errors.h"
#include "service/pg/quote.h"
#include "tests/support/process.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(QuoteAgainstServerTest, EveryNonUnreservedKeywordIsQuotedAndEveryQuotedNameRoundTrips) {
  auto conn = pg::Connect(testing::FreshDatabase(), "test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  pqxx::work tx(**conn);
  for (const pqxx::row& row : tx.exec("SELECT word, catcode FROM pg_get_keywords()")) {
    const std::string word = row[0].as<std::string>();
    const bool unreserved = row[1].as<std::string>() == "U";
    EXPECT_EQ(pg::QuoteIdent(word) == word, unreserved) << word;
  }
  // Whatever QuoteIdent returns, the server reads back the same name.
  for (const std::string name : {"Users", "select", "a\"b", "é t", "user", "x$1"}) {
    const pqxx::result r =
        tx.exec("SELECT " + pg::QuoteLiteral(name) + " AS " + pg::QuoteIdent(name));
    EXPECT_EQ(r[0][0].as<std::string>(), name);
    EXPECT_EQ(std::string(r.column_name(0)), name);
  }
}

// Plans compare our rendering with the server's (pg_get_indexdef, pg_get_constraintdef...),
// so QuoteIdent must agree with quote_ident() byte for byte, '$' included.
TEST(QuoteAgainstServerTest, AgreesWithTheServersQuoteIdent) {
  auto conn = pg::Connect(testing::FreshDatabase(), "test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  pqxx::work tx(**conn);
  for (const std::string name :
       {"i$", "x$1", "$", "a$b$", "_x1$", "users", "_x1", "t1", "Users", "uSer", "user",
        "select", "a b", "a\"b", "é", "1abc", "", "name", "text", "int", "a-b", "a.b",
        "_", "abc_DEF", "snake_case_9"}) {
    const pqxx::row r = tx.exec1("SELECT quote_ident(" + pg::QuoteLiteral(name) + ")");
    EXPECT_EQ(pg::QuoteIdent(name), r[0].as<std::string>()) << name;
  }
}

TEST(ConnectTest, WrongPasswordIsFailedPreconditionWithoutThePassword) {
  pg::ConnectionSettings settings = testing::TestServer().Settings("postgres");
  settings.password = "wrong-secret-value";
  auto conn = pg::Connect(settings, "test");
  ASSERT_FALSE(conn.ok());
  EXPECT_EQ(conn.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(conn.status().message()), Not(HasSubstr("wrong-secret-value")));
  EXPECT_THAT(std::string(conn.status().message()), HasSubstr("dbname=postgres"));
}

TEST(ConnectTest, ClosedPortIsUnavailableNamingTheTarget) {
  pg::ConnectionSettings settings = testing::TestServer().Settings("postgres");
  settings.port = 1;  // nothing listens on 127.0.0.1:1
  auto conn = pg::Connect(settings, "test");
  ASSERT_FALSE(conn.ok());
  EXPECT_EQ(conn.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(std::string(conn.status().message()), HasSubstr("host=127.0.0.1 port=1"));
  EXPECT_THAT(std::string(conn.status().message()),
              Not(HasSubstr(testing::TestServer().Settings("x").password)));
}

TEST(FromExceptionTest, KeepsSqlStateAndChoosesTheCallersNextStep) {
  auto conn = pg::Connect(testing::FreshDatabase(), "test");
  ASSERT_TRUE(conn.ok());
  try {
    pqxx::work tx(**conn);
    tx.exec0("CREATE TABLE t (a int, a int)");
    FAIL() << "duplicate column accepted";
  } catch (const std::exception& e) {
    const absl::Status s = pg::FromException(e, "creating t");
    EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
    EXPECT_THAT(std::string(s.message()), HasSubstr("creating t: "));
    EXPECT_THAT(std::string(s.message()), HasSubstr("SQLSTATE 42701"));
  }
  EXPECT_EQ(pg::CodeForSqlState("55P03"), absl::StatusCode::kUnavailable);
  EXPECT_EQ(pg::CodeForSqlState("40P01"), absl::StatusCode::kUnavailable);
  EXPECT_EQ(pg::CodeForSqlState("42501"), absl::StatusCode::kPermissionDenied);
}

uid_t OwnerUid(pid_t pid) {
  struct stat st {};
  stat(("/proc/" + std::to_string(pid)).c_str(), &st);
  return st.st_uid;
}

TEST(EmbeddedPostgresTest, RunsUnprivilegedAnswersOnLoopbackAndRemovesEverythingOnStop) {
  testing::TempDir parent;
  chmod(parent.path().c_str(), 0755);  // the unprivileged server user must reach its folder
  pg::EmbeddedOptions options;
  options.state_dir = parent.path() + "/state";
  options.unsafe_fast = true;
  auto server = pg::EmbeddedPostgres::Start(options);
  ASSERT_TRUE(server.ok()) << server.status();
  const pid_t pid = (*server)->pid();
  const std::string dir = (*server)->socket_dir();
  EXPECT_NE(OwnerUid(pid), 0u) << "PostgreSQL must not run as root";
  ASSERT_TRUE((*server)->EnsureDatabase("Odd \"Name\"").ok());
  ASSERT_TRUE((*server)->EnsureDatabase("Odd \"Name\"").ok()) << "idempotent";
  auto conn = pg::Connect((*server)->Settings("Odd \"Name\""), "test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  pqxx::work tx(**conn);
  EXPECT_EQ(tx.exec1("SHOW listen_addresses")[0].as<std::string>(), "127.0.0.1");
  tx.abort();
  conn->reset();
  ASSERT_TRUE((*server)->Stop().ok());
  EXPECT_FALSE(std::filesystem::exists(dir));
  EXPECT_NE(kill(pid, 0), 0) << "postmaster still running";
}

// The account the embedded server runs as (postgres when the tests run as root).
uid_t ServerAccount(gid_t* gid) {
  if (geteuid() == 0) {
    if (const passwd* pw = getpwnam("postgres")) {
      *gid = pw->pw_gid;
      return pw->pw_uid;
    }
  }
  *gid = getegid();
  return geteuid();
}

std::string MakeFolder(const std::string& path, uid_t uid, gid_t gid) {
  std::filesystem::create_directories(path + "/data");
  EXPECT_EQ(chown(path.c_str(), uid, gid), 0);
  return path;
}

TEST(EmbeddedPostgresTest, StaleCleanupRemovesOnlyProvablyDeadFoldersAndSignalsOnlyOurPostmaster) {
  testing::TempDir parent;
  chmod(parent.path().c_str(), 0755);
  const std::string state = parent.path() + "/state";
  ASSERT_TRUE(pg::PrepareStateDir(state).ok());
  gid_t gid = 0;
  const uid_t uid = ServerAccount(&gid);
  // A dead owner: a pid above the kernel's pid_max.
  const std::string stale = MakeFolder(state + "/schemad-pg-stale1", uid, gid);
  std::ofstream(stale + "/owner.pid") << "999999999 1\n";
  // A live owner.
  const std::string live = MakeFolder(state + "/schemad-pg-live1", uid, gid);
  std::ofstream(live + "/owner.pid") << getpid() << "\n";
  // A dead owner whose postmaster.pid names a live process that is not our postgres: it must
  // not be signalled, and the folder stays.
  testing::Process bystander({"/bin/sleep", "30"});
  const std::string planted = MakeFolder(state + "/schemad-pg-planted", uid, gid);
  std::ofstream(planted + "/owner.pid") << "999999999\n";
  std::ofstream(planted + "/data/postmaster.pid") << bystander.pid() << "\n";
  // A symlink with our prefix, pointing at a folder someone else controls.
  testing::TempDir elsewhere;
  std::ofstream(elsewhere.path() + "/keep") << "x";
  std::filesystem::create_directory_symlink(elsewhere.path(), state + "/schemad-pg-link");
  std::string other_owner;
  if (geteuid() == 0 && uid != 0) {
    // Owned by another account (root here): not ours to judge.
    other_owner = state + "/schemad-pg-other";
    std::filesystem::create_directories(other_owner);
    std::ofstream(other_owner + "/owner.pid") << "999999999\n";
  }

  pg::RemoveStaleEmbeddedFolders(state, "/usr/lib/postgresql/15/bin");

  EXPECT_FALSE(std::filesystem::exists(stale));
  EXPECT_TRUE(std::filesystem::exists(live)) << "a live owner's folder must stay";
  EXPECT_TRUE(bystander.Running()) << "a process that is not our postmaster was signalled";
  EXPECT_TRUE(std::filesystem::exists(planted));
  EXPECT_TRUE(std::filesystem::exists(elsewhere.path() + "/keep")) << "followed a symlink";
  if (!other_owner.empty()) {
    EXPECT_TRUE(std::filesystem::exists(other_owner));
  }
}

TEST(EmbeddedPostgresTest, StateDirMustBePrivateAndNeverASymlink) {
  testing::TempDir parent;
  chmod(parent.path().c_str(), 0755);
  const std::string state = parent.path() + "/state";
  ASSERT_TRUE(pg::PrepareStateDir(state).ok());
  struct stat st {};
  ASSERT_EQ(lstat(state.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
  gid_t gid = 0;
  EXPECT_EQ(st.st_uid, ServerAccount(&gid));

  const std::string link = parent.path() + "/link";
  std::filesystem::create_directory_symlink(state, link);
  absl::Status s = pg::PrepareStateDir(link);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_THAT(std::string(s.message()), HasSubstr("symlink"));

  if (geteuid() == 0) {
    // A folder of another account (nobody) is refused, not taken over.
    const std::string foreign = parent.path() + "/foreign";
    std::filesystem::create_directories(foreign);
    const passwd* nobody = getpwnam("nobody");
    ASSERT_NE(nobody, nullptr);
    ASSERT_EQ(chown(foreign.c_str(), nobody->pw_uid, nobody->pw_gid), 0);
    chmod(foreign.c_str(), 0700);
    s = pg::PrepareStateDir(foreign);
    EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
    EXPECT_THAT(std::string(s.message()), HasSubstr("belongs to uid"));
  }
  // A folder anyone may write to, like /tmp, is refused and left exactly as it was.
  const std::string shared = parent.path() + "/shared";
  std::filesystem::create_directories(shared);
  chmod(shared.c_str(), 01777);
  s = pg::PrepareStateDir(shared);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_THAT(std::string(s.message()), HasSubstr("open to group or others"));
  ASSERT_EQ(lstat(shared.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 01777u);
  EXPECT_EQ(st.st_uid, geteuid());
}

TEST(EmbeddedPostgresTest, SurvivesTheExitOfTheThreadThatStartedIt) {
  // gRPC workers are short-lived threads; the kernel's parent-death signal follows the
  // forking thread, so the server must be forked from one that lives as long as it does.
  testing::TempDir parent;
  chmod(parent.path().c_str(), 0755);
  std::unique_ptr<pg::EmbeddedPostgres> server;
  std::thread([&] {
    pg::EmbeddedOptions options;
    options.state_dir = parent.path() + "/state";
    options.unsafe_fast = true;
    auto started = pg::EmbeddedPostgres::Start(options);
    ASSERT_TRUE(started.ok()) << started.status();
    server = std::move(*started);
  }).join();
  ASSERT_NE(server, nullptr);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto conn = pg::Connect(server->Settings("postgres"), "test");
  EXPECT_TRUE(conn.ok()) << conn.status();
  conn->reset();
  EXPECT_TRUE(server->Stop().ok());
}

TEST(EmbeddedPostgresTest, MissingBinariesAreAClearError) {
  pg::EmbeddedOptions options;
  options.bin_dir = "/nonexistent/bin";
  auto server = pg::EmbeddedPostgres::Start(options);
  ASSERT_FALSE(server.ok());
  EXPECT_EQ(server.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(server.status().message()), HasSubstr("SCHEMAD_PG_BINDIR"));
}

}  // namespace
}  // namespace schemaservice
