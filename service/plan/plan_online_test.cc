// Unit tests of online-mode plans (--online) on hand-built catalogs: no database.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "service/plan/plan.h"
#include "service/plan/test_catalogs.h"

namespace schemaservice::plan {
namespace {

using catalog::Catalog;
using catalog::Kind;
using fixtures::MakePart;
using fixtures::MakeTable;
using fixtures::WithTables;

std::vector<std::string> Sqls(const std::vector<Statement>& statements) {
  std::vector<std::string> out;
  for (const Statement& s : statements) out.push_back(s.sql);
  return out;
}

// `from` and `to` with index public.t.<name> defined as `before` and `after`, planned online.
absl::StatusOr<std::vector<Statement>> RedefinedOnline(Catalog from, Catalog to, const std::string& name,
                                                       const std::string& before, const std::string& after) {
  from.parts.push_back(MakePart(Kind::kIndex, "t", name, before));
  to.parts.push_back(MakePart(Kind::kIndex, "t", name, after));
  Options online;
  online.online = true;
  return PlanStatements(from, to, online);
}

// A redefined index is built under a temporary name before the old one goes: a build that
// fails (duplicates under a new unique key) leaves the table with its old index.
TEST(OnlinePlanTest, ARedefinedIndexIsBuiltAsideBeforeTheOldOneIsDropped) {
  const Catalog tables = WithTables({MakeTable("t", {{"n", "integer"}, {"s", "text"}})});
  auto safe = RedefinedOnline(tables, tables, "t_key", "CREATE UNIQUE INDEX t_key ON public.t USING btree (n)",
                              "CREATE UNIQUE INDEX t_key ON public.t USING btree (n, s)");
  ASSERT_TRUE(safe.ok()) << safe.status();
  EXPECT_THAT(Sqls(*safe), ::testing::ElementsAre(
                               "CREATE UNIQUE INDEX CONCURRENTLY t_key_ccnew ON public.t USING btree (n, s)",
                               "DROP INDEX CONCURRENTLY IF EXISTS public.t_key",
                               "ALTER INDEX public.t_key_ccnew RENAME TO t_key"));
  EXPECT_FALSE((*safe)[0].transactional);
  EXPECT_FALSE((*safe)[1].transactional);
  // Plain mode runs in one transaction, which takes a failed build back with the drop.
  Catalog from = tables, to = tables;
  from.parts.push_back(MakePart(Kind::kIndex, "t", "t_key", "CREATE UNIQUE INDEX t_key ON public.t USING btree (n)"));
  to.parts.push_back(MakePart(Kind::kIndex, "t", "t_key", "CREATE UNIQUE INDEX t_key ON public.t USING btree (n, s)"));
  auto plain = PlanStatements(from, to);
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_THAT(Sqls(*plain), ::testing::ElementsAre("DROP INDEX public.t_key",
                                                   "CREATE UNIQUE INDEX t_key ON public.t USING btree (n, s)"));
}

TEST(OnlinePlanTest, TheTemporaryNameAvoidsRelationsOfEitherSide) {
  const Catalog tables = WithTables({MakeTable("t", {{"n", "integer"}}), MakeTable("t_n_ccnew", {{"n", "integer"}})});
  auto safe = RedefinedOnline(tables, tables, "t_n", "CREATE INDEX t_n ON public.t USING btree (n)",
                              "CREATE INDEX t_n ON public.t USING hash (n)");
  ASSERT_TRUE(safe.ok()) << safe.status();
  ASSERT_FALSE(safe->empty());
  EXPECT_EQ((*safe)[0].sql, "CREATE INDEX CONCURRENTLY t_n_ccnew1 ON public.t USING hash (n)");
}

}  // namespace
}  // namespace schemaservice::plan
