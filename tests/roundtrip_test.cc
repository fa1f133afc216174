// The round-trip corpus: every case under tests/cases/NAME/ is a pair of schema files (a.sql,
// b.sql). For both directions and in both plain and online-safe mode, on a real PostgreSQL:
// the plan applied to a database built from one side gives the other side, judged by the
// engine's own catalog and independently by normalized `pg_dump --schema-only`; planning
// again gives nothing; the plan is deterministic. An optional `expect` file lists hazard
// kinds the a->b plan must carry. An optional `min_major` file holds the oldest PostgreSQL
// major the case's SQL runs on (e.g. 17); on older servers the case is skipped, saying why.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/catalog/reader.h"
#include "service/diff/diff.h"
#include "service/executor/script.h"
#include "service/pg/connection.h"
#include "service/pg/quote.h"
#include "service/plan/plan.h"
#include "tests/support/process.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  const fs::path dir = fs::path(SCHEMASERVICE_SOURCE_DIR) / "tests" / "cases";
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Roles some cases grant to; roles are cluster-wide, so they are made once per server.
void EnsureRoles() {
  static bool done = false;
  if (done) return;
  auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  pqxx::nontransaction tx(**conn);
  for (const char* role : {"app_reader", "app_writer", "Mixed Role", "o'brien"}) {
    tx.exec(absl::StrCat("DO $$ BEGIN CREATE ROLE ", pg::QuoteIdent(role),
                         "; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
  }
  done = true;
}

pg::ConnectionSettings NewDatabase(const std::string& name, const std::string& template_db = "") {
  pg::EmbeddedPostgres& server = testing::TestServer();
  EXPECT_TRUE(server.DropDatabase(name).ok());
  auto conn = pg::Connect(server.Settings("postgres"), "test");
  EXPECT_TRUE(conn.ok());
  pqxx::nontransaction tx(**conn);
  tx.exec0(absl::StrCat("CREATE DATABASE ", pg::QuoteIdent(name),
                        template_db.empty() ? "" : absl::StrCat(" TEMPLATE ", pg::QuoteIdent(template_db))));
  return server.Settings(name);
}

absl::StatusOr<catalog::Catalog> Read(const pg::ConnectionSettings& s) {
  auto conn = pg::Connect(s, "test");
  if (!conn.ok()) return conn.status();
  return catalog::ReadCatalog(**conn, {});
}

// Debian's pg_dump 15 refuses a newer server, and the other majors' server packages ship
// none: on them only the catalog oracle and "planning again is empty" apply.
bool DumpOracle() {
  static const bool available = [] {
    auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
    if (!conn.ok()) return false;
    pqxx::nontransaction tx(**conn);
    return tx.exec1("SHOW server_version_num")[0].as<int>() / 10000 == 15;
  }();
  return available;
}

int ServerMajor() {
  static const int major = [] {
    auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
    if (!conn.ok()) return 0;
    pqxx::nontransaction tx(**conn);
    return tx.exec1("SHOW server_version_num")[0].as<int>() / 10000;
  }();
  return major;
}

// pg_dump's view of the schema, as a sorted multiset of lines: order and trailing commas
// differ when columns are added rather than declared, and that is not a difference.
std::string NormalizedDump(const pg::ConnectionSettings& s) {
  if (!DumpOracle()) return "";
  const testing::RunResult r = testing::RunProgram(
      {"/usr/lib/postgresql/15/bin/pg_dump", "--schema-only", "--no-owner", "-h", s.host, "-p",
       std::to_string(s.port), "-U", s.user, "-d", s.dbname},
      {{"PGPASSWORD", s.password}});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines;
  for (absl::string_view line : absl::StrSplit(r.out, '\n')) {
    line = absl::StripTrailingAsciiWhitespace(line);
    if (line.empty() || absl::StartsWith(line, "--") || absl::StartsWith(line, "SET ") ||
        absl::StartsWith(line, "SELECT pg_catalog.set_config") ||
        absl::StartsWith(line, "\\restrict ") || absl::StartsWith(line, "\\unrestrict ")) {
      continue;
    }
    line = absl::StripSuffix(line, ",");
    lines.emplace_back(line);
  }
  std::sort(lines.begin(), lines.end());
  return absl::StrJoin(lines, "\n");
}

std::string Describe(const std::vector<diff::Change>& changes) {
  std::vector<std::string> out;
  for (const auto& c : changes) out.push_back(c.Describe());
  return absl::StrJoin(out, "\n");
}

class RoundTripTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RoundTripTest, PlanTurnsEachSideIntoTheOtherInBothModes) {
  const fs::path dir = fs::path(SCHEMASERVICE_SOURCE_DIR) / "tests" / "cases" / GetParam();
  if (fs::exists(dir / "min_major")) {
    const int min_major = std::atoi(std::string(absl::StripAsciiWhitespace(ReadFile(dir / "min_major"))).c_str());
    ASSERT_GT(min_major, 0) << "min_major must hold a PostgreSQL major, e.g. 17";
    if (ServerMajor() < min_major) {
      GTEST_SKIP() << GetParam() << " needs PostgreSQL " << min_major << " or newer; the server is "
                   << ServerMajor();
    }
  }
  EnsureRoles();
  const std::string sql[2] = {ReadFile(dir / "a.sql"), ReadFile(dir / "b.sql")};
  std::string id = GetParam();
  std::replace(id.begin(), id.end(), '-', '_');
  pg::ConnectionSettings ref[2];
  catalog::Catalog cat[2];
  std::string dump[2];
  for (int side = 0; side < 2; ++side) {
    ref[side] = NewDatabase(absl::StrCat("rt_", id, side == 0 ? "_a" : "_b"));
    auto conn = pg::Connect(ref[side], "test");
    ASSERT_TRUE(conn.ok());
    const absl::Status loaded = executor::RunScript(**conn, sql[side], side == 0 ? "a.sql" : "b.sql");
    ASSERT_TRUE(loaded.ok()) << loaded;
    conn->reset();
    auto read = Read(ref[side]);
    ASSERT_TRUE(read.ok()) << read.status();
    cat[side] = std::move(*read);
    dump[side] = NormalizedDump(ref[side]);
  }
  ASSERT_FALSE(diff::Diff(cat[0], cat[1]).empty()) << "a case must have a difference";

  if (fs::exists(dir / "expect")) {
    auto up = plan::PlanStatements(cat[0], cat[1]);
    ASSERT_TRUE(up.ok()) << up.status();
    std::set<std::string> kinds;
    for (const auto& s : *up) {
      for (const auto& h : s.hazards) kinds.insert(plan::HazardKindName(h.kind));
    }
    for (absl::string_view want : absl::StrSplit(ReadFile(dir / "expect"), '\n', absl::SkipWhitespace())) {
      EXPECT_TRUE(kinds.count(std::string(absl::StripAsciiWhitespace(want))))
          << "expected hazard " << want << " in\n" << plan::RenderSql(*up);
    }
  }

  std::string plain_sql[2];
  for (const bool online : {false, true}) {
    for (int from = 0; from < 2; ++from) {
      const int to = 1 - from;
      const std::string label = absl::StrCat(from == 0 ? "a->b" : "b->a", online ? " online" : "");
      plan::Options options;
      options.online = online;
      auto statements = plan::PlanStatements(cat[from], cat[to], options);
      ASSERT_TRUE(statements.ok()) << label << ": " << statements.status();
      // SCHEMAD_RT_PRINT=1 shows each plan, to review what a case exercises.
      if (std::getenv("SCHEMAD_RT_PRINT") != nullptr) {
        std::cout << "---- " << GetParam() << " " << label << "\n" << plan::RenderSql(*statements);
      }
      // An online plan identical to the plain one was just proven: no need to apply it twice.
      if (!online) plain_sql[from] = plan::RenderSql(*statements);
      if (online && plan::RenderSql(*statements) == plain_sql[from]) continue;
      auto again = plan::PlanStatements(cat[from], cat[to], options);
      ASSERT_TRUE(again.ok());
      EXPECT_EQ(plan::RenderSql(*statements), plan::RenderSql(*again)) << label << ": not deterministic";
      const pg::ConnectionSettings work =
          NewDatabase(absl::StrCat("rt_", id, "_w", from, online ? "o" : ""), ref[from].dbname);
      auto conn = pg::Connect(work, "test");
      ASSERT_TRUE(conn.ok());
      const absl::Status applied = executor::ApplyStatements(**conn, *statements);
      ASSERT_TRUE(applied.ok()) << label << ": " << applied << "\nplan:\n" << plan::RenderSql(*statements);
      conn->reset();
      auto after = Read(work);
      ASSERT_TRUE(after.ok()) << after.status();
      EXPECT_EQ(Describe(diff::Diff(*after, cat[to])), "")
          << label << ": catalog differs after applying\n" << plan::RenderSql(*statements);
      if (DumpOracle()) {
        EXPECT_EQ(NormalizedDump(work), dump[to])
            << label << ": pg_dump differs after applying\n" << plan::RenderSql(*statements);
      }
      auto rest = plan::PlanStatements(*after, cat[to], options);
      ASSERT_TRUE(rest.ok());
      EXPECT_EQ(plan::RenderSql(*rest), "") << label << ": planning again is not empty";
      EXPECT_TRUE(testing::TestServer().DropDatabase(work.dbname).ok());
    }
  }
  for (const auto& r : ref) EXPECT_TRUE(testing::TestServer().DropDatabase(r.dbname).ok());
}

INSTANTIATE_TEST_SUITE_P(Cases, RoundTripTest, ::testing::ValuesIn(CaseNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace schemaservice
