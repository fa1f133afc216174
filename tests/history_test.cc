// Integration tests of the history schema inside a target database: created on first use,
// once, also when replicas race; empty for a new database; rows read back as written; the
// event log refuses edits.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "service/executor/history.h"
#include "service/executor/service_migrations.h"
#include "service/pg/connection.h"
#include "tests/support/test_postgres.h"

namespace schemaservice::executor {
namespace {

using ::testing::HasSubstr;

int Latest() { return ServiceMigrations().back().version; }

TEST(HistorySchemaTest, NewDatabaseGetsTheSchemaOnceAndAnEmptyHistory) {
  const Target target{"app", "dev", testing::FreshDatabase()};
  absl::StatusOr<History> history = ReadHistory(target, 10);
  ASSERT_TRUE(history.ok()) << history.status();
  EXPECT_TRUE(history->migrations.empty());
  EXPECT_TRUE(history->events.empty());
  EXPECT_EQ(history->schema_version, Latest());

  auto conn = pg::Connect(target.settings, "test");
  ASSERT_TRUE(conn.ok());
  absl::StatusOr<int> again = EnsureHistorySchema(**conn);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(*again, Latest());
  pqxx::work tx(**conn);
  EXPECT_EQ(tx.exec1("SELECT count(*) FROM schemaservice.schema_version")[0].as<int>(),
            static_cast<int>(ServiceMigrations().size()));
}

TEST(HistorySchemaTest, ConcurrentFirstUseCreatesTheSchemaExactlyOnce) {
  const pg::ConnectionSettings settings = testing::FreshDatabase();
  std::vector<absl::Status> results(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      auto conn = pg::Connect(settings, "test");
      results[i] = conn.ok() ? EnsureHistorySchema(**conn).status() : conn.status();
    });
  }
  for (std::thread& t : threads) t.join();
  for (const absl::Status& s : results) EXPECT_TRUE(s.ok()) << s;
  auto conn = pg::Connect(settings, "test");
  ASSERT_TRUE(conn.ok());
  pqxx::work tx(**conn);
  EXPECT_EQ(tx.exec1("SELECT count(*) FROM schemaservice.schema_version")[0].as<int>(),
            static_cast<int>(ServiceMigrations().size()));
}

TEST(HistoryReadTest, RowsOfThisProjectComeBackInVersionOrderWithTheirFields) {
  const Target target{"app", "test", testing::FreshDatabase()};
  auto conn = pg::Connect(target.settings, "test");
  ASSERT_TRUE(conn.ok());
  ASSERT_TRUE(EnsureHistorySchema(**conn).ok());
  {
    pqxx::work tx(**conn);
    tx.exec0(
        "INSERT INTO schemaservice.migrations (project, version, message, checksum, up_sql,"
        " down_sql, status, applied_by, started_at, finished_at, duration_ms, error) VALUES"
        " ('app', '0002', 'second', 'sha256:b', 'x', 'y', 'failed', 'ci',"
        "  '2026-01-02T00:00:00Z', '2026-01-02T00:00:01Z', 1000, 'boom (SQLSTATE 23505)'),"
        " ('app', '0001', 'first', 'sha256:a', 'x', 'y', 'applied', 'alice',"
        "  '2026-01-01T00:00:00Z', '2026-01-01T00:00:00.25Z', 250, NULL),"
        " ('other', '0001', 'not ours', 'sha256:c', 'x', 'y', 'applied', 'bob', now(), now(), 1, NULL)");
    tx.exec0(
        "INSERT INTO schemaservice.events (project, environment, operation, caller, outcome)"
        " VALUES ('app', 'test', 'apply', 'alice', 'started'),"
        " ('app', 'test', 'apply', 'alice', 'succeeded'),"
        " ('app', 'prod', 'apply', 'alice', 'succeeded')");
    tx.commit();
  }
  absl::StatusOr<History> history = ReadHistory(target, 1);
  ASSERT_TRUE(history.ok()) << history.status();
  ASSERT_EQ(history->migrations.size(), 2u);
  EXPECT_EQ(history->migrations[0].version, "0001");
  EXPECT_EQ(history->migrations[0].applied_by, "alice");
  EXPECT_EQ(history->migrations[0].started_at, absl::FromUnixSeconds(1767225600));
  EXPECT_EQ(history->migrations[0].duration_ms, 250);
  EXPECT_EQ(history->migrations[1].status, "failed");
  EXPECT_THAT(history->migrations[1].error, HasSubstr("23505"));
  ASSERT_EQ(history->events.size(), 1u) << "event_limit is honoured";
  EXPECT_EQ(history->events[0].outcome, "succeeded") << "newest first";
}

TEST(HistoryEventsTest, TheEventLogRefusesUpdatesAndDeletes) {
  auto conn = pg::Connect(testing::FreshDatabase(), "test");
  ASSERT_TRUE(conn.ok());
  ASSERT_TRUE(EnsureHistorySchema(**conn).ok());
  {
    pqxx::work tx(**conn);
    tx.exec0("INSERT INTO schemaservice.events (project, environment, operation, caller,"
             " outcome) VALUES ('app', 'dev', 'sync', 'x', 'succeeded')");
    tx.commit();
  }
  for (const char* sql : {"UPDATE schemaservice.events SET outcome = 'failed'",
                          "DELETE FROM schemaservice.events"}) {
    pqxx::work tx(**conn);
    EXPECT_THROW(tx.exec0(sql), pqxx::sql_error) << sql;
  }
}

TEST(HistoryReadTest, UnreachableDatabaseIsUnavailable) {
  Target target{"app", "dev", testing::TestServer().Settings("postgres")};
  target.settings.port = 1;
  absl::StatusOr<History> history = ReadHistory(target, 0);
  ASSERT_FALSE(history.ok());
  EXPECT_EQ(history.status().code(), absl::StatusCode::kUnavailable);
}

}  // namespace
}  // namespace schemaservice::executor
