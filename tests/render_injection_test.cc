// A name holding a newline must not turn the plan schemactl prints into live SQL. The
// statements quote it and are fine; the comments above them (description, hazards) used to
// print it raw, so `create table "x<LF>DROP TABLE customers; --"` put a DROP TABLE at the
// start of a line of the printed plan, and a name could plant a fake
// "-- schemaservice:no-transaction" marker. Runs `schemactl diff` on two models folders
// (its own private PostgreSQL) and checks every line of the up and down plans.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "tests/support/process.h"
#include "tests/support/schemad_runner.h"
#include "tests/support/sql_lexer.h"

namespace schemaservice {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::BinaryPath;
using testing::RunProgram;
using testing::RunResult;

using testing::Lex;
using testing::Lexed;

TEST(RenderInjectionTest, NewlinesInNamesStayInsideCommentsAndQuotedIdentifiers) {
  testing::TempDir dir;
  chmod(dir.path().c_str(), 0755);  // as root, the private server's user must reach it
  dir.Write("a/01.sql", "create table customers (id int);\n");
  dir.Write("b/01.sql",
            "create table customers (id int);\n"
            "create table \"x\nDROP TABLE customers; --\"(a int);\n"
            "create table \"y\rDROP TABLE customers; --\"(a int);\n"
            "create table \"z\n-- schemaservice:no-transaction\n\"(a int);\n"
            "alter table customers add column \"n\nDROP TABLE customers; --\" int not null;\n");
  const std::map<std::string, std::string> env = {{"TMPDIR", dir.path()},
                                                  {"SCHEMAD_STATE_DIR", dir.path() + "/state"}};
  for (const bool down : {false, true}) {
    std::vector<std::string> argv = {BinaryPath("schemactl"), "diff", "models:" + dir.path() + "/a",
                                     "models:" + dir.path() + "/b"};
    if (down) argv.push_back("--down");
    const RunResult r = RunProgram(argv, env, 180000);
    ASSERT_EQ(r.exit_code, 2) << r.err << r.out;  // 2: there is a difference
    EXPECT_THAT(r.out, HasSubstr(down ? "DROP TABLE public.\"x\nDROP TABLE customers; --\";"
                                      : "CREATE TABLE public.\"x\nDROP TABLE customers; --\""))
        << r.out;
    EXPECT_THAT(r.out, HasSubstr("\\nDROP TABLE customers; --")) << "escaped in the comment: " << r.out;
    const Lexed lexed = Lex(r.out);
    EXPECT_THAT(lexed.live, Not(HasSubstr("DROP TABLE customers"))) << r.out;
    EXPECT_THAT(lexed.comments, Not(Contains("-- schemaservice:no-transaction"))) << r.out;
    // Every statement is one the plan meant: none starts with text leaked from a comment.
    for (absl::string_view statement : absl::StrSplit(lexed.live, ';')) {
      statement = absl::StripAsciiWhitespace(statement);
      if (statement.empty()) continue;
      EXPECT_TRUE(absl::StartsWith(statement, "CREATE ") || absl::StartsWith(statement, "ALTER ") ||
                  absl::StartsWith(statement, "DROP ") || absl::StartsWith(statement, "COMMENT ") ||
                  absl::StartsWith(statement, "GRANT ") || absl::StartsWith(statement, "REVOKE "))
          << "statement: " << statement << "\nin:\n" << r.out;
    }
  }
}

}  // namespace
}  // namespace schemaservice
