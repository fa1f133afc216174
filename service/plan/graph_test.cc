// Unit tests of the dependency graph (graph.cc): no database. The order it sorts nodes in,
// conditional edges, cycles reported by name, facets as nodes, and a statement's hazards.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <tuple>

#include "service/plan/graph.h"
#include "service/plan/hazard_rules.h"
#include "service/plan/plan.h"
#include "service/plan/test_catalogs.h"

namespace schemaservice::plan::internal {
namespace {

using catalog::Kind;
using catalog::ObjectRef;
using ::testing::HasSubstr;

using fixtures::Sql;

Graph::Priority ByStepThenId() {
  return [](const NodeKey& k) { return std::make_tuple(static_cast<int>(k.step), 0, k.ref.id); };
}

TEST(GraphTest, NodesRunAfterWhatTheyWaitForAndOtherwiseByPriority) {
  Graph g;
  const ObjectRef a{Kind::kTable, "public.a"}, b{Kind::kTable, "public.b"};
  g.Emit(Step::kCreate, a, "CREATE TABLE public.a ()", "create a");
  g.Emit(Step::kCreate, b, "CREATE TABLE public.b ()", "create b");
  g.Emit(Step::kDrop, b, "DROP VIEW public.v", "drop v");
  auto plain = g.Sort(ByStepThenId());
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_EQ(Sql(*plain), "DROP VIEW public.v;\nCREATE TABLE public.a ();\nCREATE TABLE public.b ();\n");
  g.At(Step::kCreate, a).after.insert(NodeKey{Step::kCreate, b});
  auto ordered = g.Sort(ByStepThenId());
  ASSERT_TRUE(ordered.ok()) << ordered.status();
  EXPECT_EQ(Sql(*ordered), "DROP VIEW public.v;\nCREATE TABLE public.b ();\nCREATE TABLE public.a ();\n");
}

TEST(GraphTest, AConditionalOrderAppliesOnlyWhenBothNodesArePlanned) {
  Graph g;
  const ObjectRef a{Kind::kTable, "public.a"}, b{Kind::kTable, "public.b"}, absent{Kind::kTable, "public.x"};
  g.Emit(Step::kCreate, a, "CREATE TABLE public.a ()", "create a");
  g.Emit(Step::kCreate, b, "CREATE TABLE public.b ()", "create b");
  g.OrderIfPlanned(NodeKey{Step::kCreate, a}, NodeKey{Step::kCreate, b});
  g.OrderIfPlanned(NodeKey{Step::kCreate, b}, NodeKey{Step::kCreate, absent});
  auto sorted = g.Sort(ByStepThenId());
  ASSERT_TRUE(sorted.ok()) << sorted.status();
  EXPECT_EQ(Sql(*sorted), "CREATE TABLE public.b ();\nCREATE TABLE public.a ();\n");
}

TEST(GraphTest, ACycleIsUnimplementedNamingEachNodeAndWhatItWaitsFor) {
  Graph g;
  const ObjectRef a{Kind::kView, "public.a"}, b{Kind::kView, "public.b"};
  g.Emit(Step::kCreate, a, "CREATE VIEW public.a AS SELECT 1", "create a");
  g.Emit(Step::kCreate, b, "CREATE VIEW public.b AS SELECT 1", "create b");
  g.At(Step::kCreate, a).after.insert(NodeKey{Step::kCreate, b});
  g.At(Step::kCreate, b).after.insert(NodeKey{Step::kCreate, a});
  auto sorted = g.Sort(ByStepThenId());
  ASSERT_FALSE(sorted.ok());
  EXPECT_EQ(sorted.status().code(), absl::StatusCode::kUnimplemented);
  EXPECT_THAT(std::string(sorted.status().message()), HasSubstr("create view public.a (after create public.b)"));
  EXPECT_THAT(std::string(sorted.status().message()), HasSubstr("create view public.b (after create public.a)"));
}

TEST(GraphTest, AFacetIsANodeOfItsOwnNamedAfterItsObject) {
  Graph g;
  const ObjectRef column{Kind::kColumn, "public.t.c"}, child{Kind::kTable, "public.ch"};
  g.Emit(NodeKey{Step::kDrop, column, Facet::kDefault}, "ALTER TABLE public.t ALTER COLUMN c DROP DEFAULT", "d");
  g.Emit(Step::kDrop, column, "ALTER TABLE public.t DROP COLUMN c", "drop c");
  g.Emit(NodeKey{Step::kAlter, child, Facet::kInherit, "public.p"}, "ALTER TABLE public.ch INHERIT public.p", "i");
  EXPECT_EQ(g.nodes().size(), 3u);
  EXPECT_TRUE(g.Has(Step::kDrop, column));
  EXPECT_EQ((NodeKey{Step::kDrop, column, Facet::kDefault}).Name(), "public.t.c#default");
  EXPECT_EQ((NodeKey{Step::kAlter, child, Facet::kInherit, "public.p"}).Name(), "public.ch INHERIT public.p");
  g.At(NodeKey{Step::kDrop, column, Facet::kDefault}).after.insert(NodeKey{Step::kDrop, column});
  g.At(Step::kDrop, column).after.insert(NodeKey{Step::kDrop, column, Facet::kDefault});
  auto sorted = g.Sort(ByStepThenId());
  ASSERT_FALSE(sorted.ok());
  EXPECT_THAT(std::string(sorted.status().message()), HasSubstr("drop column public.t.c#default (after drop public.t.c)"));
}

TEST(GraphTest, HazardsOfAStatementAreSortedAndUnique) {
  Graph g;
  const ObjectRef t{Kind::kTable, "public.t"};
  const Hazard lock = AccessExclusive("public.t");
  const Hazard loss = RuleHazard(Rule::kDropTable, "deletes rows");
  g.Emit(Step::kDrop, t, "DROP TABLE public.t", "drop t", {lock, loss, lock});
  const auto& hazards = g.nodes().begin()->second.statements.front().hazards;
  ASSERT_EQ(hazards.size(), 2u);
  EXPECT_EQ(hazards[0].kind, HazardKind::kDataLoss);
  EXPECT_EQ(hazards[1].kind, HazardKind::kAccessExclusiveLock);
}

}  // namespace
}  // namespace schemaservice::plan::internal
