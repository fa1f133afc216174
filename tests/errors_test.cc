// How server errors become absl codes: the table on constructed libpqxx exceptions (libpqxx
// 6.4 drops the SQLSTATE of some), and real errors from the test server through the paths the
// service uses: a non-superuser's permission errors, and a loaded script's own limits.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <pqxx/pqxx>

#include "absl/strings/str_cat.h"
#include "service/executor/script.h"
#include "service/pg/connection.h"
#include "service/pg/errors.h"
#include "service/pg/quote.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Message(const absl::Status& s) { return std::string(s.message()); }

TEST(FromExceptionTest, PrivilegeErrorsWithoutASqlStateAreStillPermissionDenied) {
  // What libpqxx 6.4 throws for 42501: the type, with an empty sqlstate().
  const pqxx::insufficient_privilege e("ERROR:  permission denied to create role\n", "CREATE ROLE x");
  ASSERT_EQ(e.sqlstate(), "");
  const absl::Status s = pg::FromException(e, "loading m.sql");
  EXPECT_EQ(s.code(), absl::StatusCode::kPermissionDenied) << s;
  EXPECT_THAT(Message(s), HasSubstr("(SQLSTATE 42501)"));
  EXPECT_EQ(pg::FromScriptException(e, "loading m.sql").code(), absl::StatusCode::kPermissionDenied);
}

TEST(FromExceptionTest, NeverPrintsAnEmptySqlState) {
  const absl::Status unknown = pg::FromException(pqxx::sql_error("ERROR:  odd\n", "SELECT 1"), "x");
  EXPECT_EQ(unknown.code(), absl::StatusCode::kInternal);
  EXPECT_THAT(Message(unknown), Not(HasSubstr("SQLSTATE")));
  // A verbose server message names its code.
  const absl::Status verbose =
      pg::FromException(pqxx::sql_error("ERROR:  42501: permission denied for table t\n", "q"), "x");
  EXPECT_EQ(verbose.code(), absl::StatusCode::kPermissionDenied) << verbose;
  EXPECT_THAT(Message(verbose), HasSubstr("(SQLSTATE 42501)"));
}

TEST(FromExceptionTest, TransactionRollbacksKeepTheirCodeAndAreRetryable) {
  // Not sql_error subclasses in libpqxx 6.4.
  const absl::Status deadlock = pg::FromException(pqxx::deadlock_detected("ERROR:  deadlock detected"), "x");
  EXPECT_EQ(deadlock.code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(Message(deadlock), HasSubstr("(SQLSTATE 40P01)"));
  const absl::Status serial = pg::FromException(pqxx::serialization_failure("ERROR:  could not serialize"), "x");
  EXPECT_EQ(serial.code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(Message(serial), HasSubstr("(SQLSTATE 40001)"));
}

TEST(FromScriptExceptionTest, AScriptsOwnLimitsAreFailedPreconditionNotRetry) {
  struct Case {
    const char* state;
    absl::StatusCode code;
    const char* says;
  };
  const Case cases[] = {
      {"53200", absl::StatusCode::kFailedPrecondition, "max_locks_per_transaction"},
      {"53100", absl::StatusCode::kFailedPrecondition, "disk space"},
      {"53400", absl::StatusCode::kFailedPrecondition, "temp_file_limit"},
      {"53000", absl::StatusCode::kFailedPrecondition, "do less at once"},
      {"54000", absl::StatusCode::kFailedPrecondition, "change the SQL"},
      {"54001", absl::StatusCode::kFailedPrecondition, "change the SQL"},
      {"54011", absl::StatusCode::kFailedPrecondition, "change the SQL"},
      {"57014", absl::StatusCode::kDeadlineExceeded, "server.sandbox.statement_timeout_seconds"},
      {"57P01", absl::StatusCode::kUnavailable, "57P01"},
      {"57P02", absl::StatusCode::kUnavailable, "57P02"},
      {"57P03", absl::StatusCode::kUnavailable, "57P03"},
      {"42P07", absl::StatusCode::kFailedPrecondition, "42P07"},
  };
  for (const Case& c : cases) {
    const pqxx::sql_error e("ERROR:  server says no\n", "SELECT 1", c.state);
    const absl::Status s = pg::FromScriptException(e, "loading m.sql:3");
    EXPECT_EQ(s.code(), c.code) << c.state << ": " << s;
    EXPECT_THAT(Message(s), HasSubstr(c.says)) << c.state;
    EXPECT_THAT(Message(s), HasSubstr(absl::StrCat("(SQLSTATE ", c.state, ")")));
    EXPECT_THAT(Message(s), HasSubstr("loading m.sql:3: ")) << c.state;
  }
  // Outside a caller's script the same codes stay retryable.
  EXPECT_EQ(pg::FromException(pqxx::sql_error("ERROR:  out of shared memory", "q", "53200"), "x").code(),
            absl::StatusCode::kUnavailable);
  EXPECT_EQ(pg::FromScriptException(pqxx::broken_connection("server closed the connection"), "x").code(),
            absl::StatusCode::kUnavailable);
  EXPECT_EQ(pg::FromScriptException(pqxx::too_many_connections("FATAL:  too many clients"), "x").code(),
            absl::StatusCode::kUnavailable);
}

// A login role without any privilege beyond its own database.
pg::ConnectionSettings PlainRole() {
  const pg::ConnectionSettings admin = testing::FreshDatabase();
  auto conn = pg::Connect(admin, "test");
  EXPECT_TRUE(conn.ok()) << conn.status();
  pqxx::nontransaction tx(**conn);
  const std::string role = "errors_test_plain";
  tx.exec0(absl::StrCat("DO $$ BEGIN CREATE ROLE ", role,
                        " LOGIN PASSWORD 'plain-pw'; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
  tx.exec0(absl::StrCat("GRANT CREATE ON SCHEMA public TO ", role));
  pg::ConnectionSettings plain = admin;
  plain.user = role;
  plain.password = "plain-pw";
  return plain;
}

TEST(ServerErrorsTest, NonSuperuserPrivilegeErrorsArePermissionDeniedWithTheirSqlState) {
  const pg::ConnectionSettings plain = PlainRole();
  auto conn = pg::Connect(plain, "test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  for (const char* sql : {"COPY (SELECT 1) TO PROGRAM 'id'", "SELECT pg_read_file('/etc/passwd')",
                          "CREATE EXTENSION dblink", "ALTER SYSTEM SET work_mem = '1MB'",
                          "CREATE TABLE ok (i int); CREATE ROLE errors_test_x; SELECT 1"}) {
    try {
      pqxx::nontransaction tx(**conn);
      tx.exec(sql);
      ADD_FAILURE() << "no error from " << sql;
    } catch (const std::exception& e) {
      const absl::Status s = pg::FromException(e, "running");
      EXPECT_EQ(s.code(), absl::StatusCode::kPermissionDenied) << sql << ": " << s;
      EXPECT_THAT(Message(s), HasSubstr("(SQLSTATE 42501)")) << sql;
    }
    const absl::Status loaded = executor::RunScript(**conn, sql, "models.sql");
    EXPECT_EQ(loaded.code(), absl::StatusCode::kPermissionDenied) << sql << ": " << loaded;
    EXPECT_THAT(Message(loaded), Not(HasSubstr("(SQLSTATE )")));
  }
}

TEST(ServerErrorsTest, AScriptOverAProgramLimitIsFailedPrecondition) {
  auto conn = pg::Connect(testing::FreshDatabase(), "test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  std::string sql = "CREATE TABLE wide (";
  for (int i = 0; i < 1601; ++i) absl::StrAppend(&sql, i ? ", " : "", "c", i, " int");
  absl::StrAppend(&sql, ");");
  const absl::Status s = executor::RunScript(**conn, sql, "models.sql");
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_THAT(Message(s), HasSubstr("SQLSTATE 54011"));
}

TEST(ServerErrorsTest, AScriptCancelledByItsStatementTimeoutIsDeadlineExceeded) {
  auto conn = pg::Connect(testing::FreshDatabase(), "test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  const absl::Status s =
      executor::RunScript(**conn, "SET statement_timeout = '50ms'; SELECT pg_sleep(5);", "models.sql");
  EXPECT_EQ(s.code(), absl::StatusCode::kDeadlineExceeded) << s;
  EXPECT_THAT(Message(s), HasSubstr("server.sandbox.statement_timeout_seconds"));
}

}  // namespace
}  // namespace schemaservice
