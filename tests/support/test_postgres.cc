#include "tests/support/test_postgres.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <memory>

#include "absl/strings/str_cat.h"

namespace schemaservice::testing {
namespace {

std::unique_ptr<pg::EmbeddedPostgres> g_server;

class TestPostgresEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    pg::EmbeddedOptions options;
    options.unsafe_fast = true;
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

}  // namespace schemaservice::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new schemaservice::testing::TestPostgresEnvironment);
  return RUN_ALL_TESTS();
}
