#include "tests/support/test_postgres.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>

#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include "absl/strings/str_cat.h"
#include "service/pg/connection.h"
#include "service/pg/quote.h"

namespace schemaservice::testing {
namespace {

std::unique_ptr<pg::EmbeddedPostgres> g_server;

// Where the test server's folder goes: $SCHEMAD_TEST_STATE_DIR, else a private folder in
// /dev/shm when that is a tmpfs with room, else the launcher's default. The corpus creates and
// drops thousands of databases, hundreds of files each; on a disk's filesystem that metadata
// work made CREATE DATABASE take 100-150 ms, on tmpfs 15 ms (it was about 40% of the corpus's time).
std::string TestStateDir() {
  if (const char* env = std::getenv("SCHEMAD_TEST_STATE_DIR"); env != nullptr && *env != '\0') return env;
  constexpr unsigned long long kRoomNeeded = 4ULL << 30;
  struct statfs fs {};
  if (statfs("/dev/shm", &fs) != 0 || fs.f_type != TMPFS_MAGIC ||
      static_cast<unsigned long long>(fs.f_bavail) * fs.f_bsize < kRoomNeeded) {
    return "";
  }
  const std::string dir = absl::StrCat("/dev/shm/schemad-tests-", geteuid());
  // A folder someone else made there (another owner, a symlink) is refused: the default then.
  return pg::PrepareStateDir(dir).ok() ? dir : "";
}

class TestPostgresEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    pg::EmbeddedOptions options;
    options.unsafe_fast = true;
    options.state_dir = TestStateDir();
    // WAL lives in memory too when the folder is on tmpfs: checkpoint before it grows large.
    options.settings.push_back("max_wal_size=256MB");
    absl::StatusOr<std::unique_ptr<pg::EmbeddedPostgres>> server =
        pg::EmbeddedPostgres::Start(options);
    ASSERT_TRUE(server.ok()) << server.status();
    g_server = std::move(*server);
  }
  void TearDown() override {
    if (g_server) {
      EXPECT_TRUE(g_server->Stop().ok());
      g_server.reset();
    }
  }
};

}  // namespace

pg::EmbeddedPostgres& TestServer() {
  if (!g_server) {
    ADD_FAILURE() << "the test PostgreSQL is not running";
    std::abort();
  }
  return *g_server;
}

pg::ConnectionSettings FreshDatabase() {
  static std::atomic<int> counter{0};
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = info ? absl::StrCat(info->test_suite_name(), "_", info->name()) : "db";
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) {
    return std::isalnum(c) ? static_cast<char>(std::tolower(c)) : '_';
  });
  name = absl::StrCat("t", ++counter, "_", name.substr(0, 50));
  const absl::Status created = TestServer().EnsureDatabase(name);
  if (!created.ok()) ADD_FAILURE() << created;
  return TestServer().Settings(name);
}

absl::Status EnsureTestTablespaces() {
  static std::mutex mu;
  static bool done = false;
  std::lock_guard<std::mutex> lock(mu);
  if (done) return absl::OkStatus();
  const std::string& dir = TestServer().socket_dir();
  struct stat owner {};
  if (stat(dir.c_str(), &owner) != 0) return absl::InternalError(absl::StrCat("stat ", dir));
  absl::StatusOr<std::unique_ptr<pqxx::connection>> conn = pg::Connect(TestServer().Settings("postgres"), "test");
  if (!conn.ok()) return conn.status();
  try {
    pqxx::nontransaction tx(**conn);
    for (const char* name : {"schemad_ts1", "schemad_ts2"}) {
      const std::string path = absl::StrCat(dir, "/", name);
      // PostgreSQL takes only an empty folder of its own account (the server's, when root).
      if (mkdir(path.c_str(), 0700) != 0 || chown(path.c_str(), owner.st_uid, owner.st_gid) != 0) {
        return absl::InternalError(absl::StrCat("cannot make ", path, " for tablespace ", name));
      }
      tx.exec0(absl::StrCat("CREATE TABLESPACE ", pg::QuoteIdent(name), " LOCATION ", pg::QuoteLiteral(path)));
    }
  } catch (const std::exception& e) {
    return absl::InternalError(absl::StrCat("creating the test tablespaces: ", e.what()));
  }
  done = true;
  return absl::OkStatus();
}

}  // namespace schemaservice::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new schemaservice::testing::TestPostgresEnvironment);
  return RUN_ALL_TESTS();
}
