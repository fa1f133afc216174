// Pure tests (no database) of how partitions' indexes and keys attached to their parent
// table's are planned (plan_attached.cc).
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "service/catalog/catalog.h"
#include "service/plan/plan.h"
#include "service/plan/test_catalogs.h"

namespace schemaservice::plan {
namespace {

using catalog::Catalog;
using catalog::Kind;
using catalog::TablePart;
using namespace fixtures;  // NOLINT: the hand-built catalogs these tests are about
using ::testing::HasSubstr;
using ::testing::Not;

// public.m partitioned by range (at) with partitions m_1 and m_2.
Catalog Partitioned() {
  catalog::Table m = MakeTable("m", {{"id", "integer"}, {"at", "date"}, {"v", "integer"}});
  m.kind = 'p';
  m.partition_key = "RANGE (at)";
  std::vector<catalog::Table> tables = {m};
  for (const std::string name : {"m_1", "m_2"}) {
    catalog::Table part = MakeTable(name, {{"id", "integer"}, {"at", "date"}, {"v", "integer"}});
    part.partition_of = "public.m";
    part.partition_bound = "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')";
    tables.push_back(part);
  }
  return WithTables(tables);
}

TablePart ParentIndex() {
  TablePart p = MakePart(Kind::kIndex, "m", "m_v", "CREATE INDEX m_v ON ONLY public.m USING btree (v)");
  p.on_partitioned = true;
  return p;
}

TablePart PartitionIndex(const std::string& table, const std::string& name, const std::string& attached_to) {
  TablePart p = MakePart(Kind::kIndex, table, name, "CREATE INDEX " + name + " ON public." + table + " USING btree (v)");
  p.attached_to = attached_to;
  return p;
}

void SortParts(Catalog& c) {
  std::sort(c.parts.begin(), c.parts.end(), [](const TablePart& a, const TablePart& b) { return a.c.ref < b.c.ref; });
}

// The parent's index is created ON ONLY (nothing built); each partition's is built under the
// name the target gives it and attached after the parent's exists.
TEST(AttachedTest, ANewPartitionedIndexIsCreatedOnOnlyAndEachPartitionsBuiltAndAttached) {
  Catalog from = Partitioned();
  Catalog to = Partitioned();
  to.parts = {ParentIndex(), PartitionIndex("m_1", "m_1_by_v", "m_v"), PartitionIndex("m_2", "m_2_by_v", "m_v")};
  SortParts(to);
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  const size_t parent = IndexOfSql(*plan, "CREATE INDEX m_v ON ONLY public.m USING btree (v)");
  for (const std::string name : {"m_1_by_v", "m_2_by_v"}) {
    const std::string table = name.substr(0, 3);
    const size_t built = IndexOfSql(*plan, "CREATE INDEX " + name + " ON public." + table + " USING btree (v)");
    const size_t attached = IndexOfSql(*plan, "ALTER INDEX public.m_v ATTACH PARTITION public." + name);
    EXPECT_LT(parent, attached);
    EXPECT_LT(built, attached);
  }
  EXPECT_EQ(plan->size(), 5u) << RenderSql(*plan);
}

// With --online each leaf partition's index is built CONCURRENTLY: the parent's ON ONLY
// builds nothing, so no statement blocks writes while an index builds.
TEST(AttachedTest, OnlineBuildsEachPartitionsIndexConcurrently) {
  Catalog from = Partitioned();
  Catalog to = Partitioned();
  to.parts = {ParentIndex(), PartitionIndex("m_1", "m_1_v", "m_v"), PartitionIndex("m_2", "m_2_v", "m_v")};
  SortParts(to);
  Options online;
  online.online = true;
  auto plan = PlanStatements(from, to, online);
  ASSERT_TRUE(plan.ok()) << plan.status();
  IndexOfSql(*plan, "CREATE INDEX CONCURRENTLY m_1_v ON public.m_1 USING btree (v)");
  IndexOfSql(*plan, "CREATE INDEX CONCURRENTLY m_2_v ON public.m_2 USING btree (v)");
  for (const Statement& s : *plan) {
    for (const Hazard& h : s.hazards) EXPECT_NE(h.rule, "index-not-concurrent") << s.sql;
  }
}

// A standalone index of a partition that matches is attached as it is, not built again.
TEST(AttachedTest, AnExistingMatchingPartitionIndexIsAttachedNotRebuilt) {
  Catalog from = Partitioned();
  from.parts = {PartitionIndex("m_1", "m_1_v", ""), PartitionIndex("m_2", "m_2_v", "")};
  Catalog to = Partitioned();
  to.parts = {ParentIndex(), PartitionIndex("m_1", "m_1_v", "m_v"), PartitionIndex("m_2", "m_2_v", "m_v")};
  SortParts(to);
  EXPECT_EQ(PlanScript(from, to),
            "CREATE INDEX m_v ON ONLY public.m USING btree (v);\n"
            "ALTER INDEX public.m_v ATTACH PARTITION public.m_1_v;\n"
            "ALTER INDEX public.m_v ATTACH PARTITION public.m_2_v;\n");
}

// An attached index cannot be dropped alone: dropping the parent's drops it. One the target
// keeps standalone is built again after that drop.
TEST(AttachedTest, DroppingTheParentsIndexDropsTheAttachedOnesAndKeptOnesAreBuiltAfter) {
  Catalog from = Partitioned();
  from.parts = {ParentIndex(), PartitionIndex("m_1", "m_1_v", "m_v"), PartitionIndex("m_2", "m_2_v", "m_v")};
  SortParts(from);
  Catalog to = Partitioned();
  to.parts = {PartitionIndex("m_2", "m_2_v", "")};
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  const std::string sql = Sql(*plan);
  EXPECT_THAT(sql, Not(HasSubstr("DROP INDEX public.m_1_v")));
  EXPECT_THAT(sql, Not(HasSubstr("DROP INDEX public.m_2_v")));
  EXPECT_LT(IndexOfSql(*plan, "DROP INDEX public.m_v"),
            IndexOfSql(*plan, "CREATE INDEX m_2_v ON public.m_2 USING btree (v)"));
}

// DETACH PARTITION leaves the partition's key and index standalone under their names, and
// ATTACH PARTITION adopts matching ones: neither is planned apart from the table.
TEST(AttachedTest, DetachAndAttachLeaveThePartitionsKeysAndIndexesToPostgres) {
  Catalog attached = Partitioned();
  attached.parts = {ParentIndex(), PartitionIndex("m_1", "m_1_v", "m_v"), PartitionIndex("m_2", "m_2_v", "m_v")};
  SortParts(attached);
  Catalog detached = attached;
  detached.tables[2].partition_of.clear();
  detached.tables[2].partition_bound.clear();
  for (TablePart& p : detached.parts) {
    if (p.table == "public.m_2") p.attached_to.clear();
  }
  for (const auto& [from, to, only] : {std::tuple{attached, detached, "ALTER TABLE public.m DETACH PARTITION public.m_2;\n"},
                                       std::tuple{detached, attached,
                                                  "ALTER TABLE public.m ATTACH PARTITION public.m_2 FOR VALUES FROM "
                                                  "('2025-01-01') TO ('2026-01-01');\n"}}) {
    auto plan = PlanStatements(from, to);
    ASSERT_TRUE(plan.ok()) << plan.status();
    EXPECT_EQ(Sql(*plan), only);
  }
}

// A partition created in the plan under an index its parent keeps gets a clone from
// PostgreSQL; only what CREATE INDEX would not give it (its comment) is planned.
TEST(AttachedTest, ANewPartitionGetsTheParentsIndexesFromPostgres) {
  Catalog from = Partitioned();
  from.tables.pop_back();
  from.parts = {ParentIndex(), PartitionIndex("m_1", "m_1_v_idx", "m_v")};
  Catalog to = Partitioned();
  to.parts = {ParentIndex(), PartitionIndex("m_1", "m_1_v_idx", "m_v"), PartitionIndex("m_2", "m_2_v_idx", "m_v")};
  to.parts.back().c.comment = "clone";
  SortParts(from);
  SortParts(to);
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  const std::string sql = Sql(*plan);
  EXPECT_THAT(sql, Not(HasSubstr("CREATE INDEX")));
  EXPECT_THAT(sql, Not(HasSubstr("ATTACH")));
  EXPECT_LT(IndexOfSql(*plan, "CREATE TABLE public.m_2 PARTITION OF public.m (id integer, at date, v integer) "
                              "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"),
            IndexOfSql(*plan, "COMMENT ON INDEX public.m_2_v_idx IS 'clone'"));
}

// A key of a partitioned table is added ON ONLY it, the partitions' keys on each and
// attached; a foreign key to it waits until every partition's is attached (it is valid then).
TEST(AttachedTest, AForeignKeyToANewPartitionedKeyWaitsForEveryPartitionsKey) {
  Catalog from = Partitioned();
  // "a" sorts before "m": only the dependency can put its key after the partitions'.
  from.tables.push_back(MakeTable("a", {{"id", "integer"}, {"at", "date"}}));
  Catalog to = from;
  TablePart pk = MakePart(Kind::kConstraint, "m", "m_pk", "PRIMARY KEY (id, at)", 'p');
  pk.on_partitioned = true;
  to.parts.push_back(pk);
  for (const std::string table : {"m_1", "m_2"}) {
    TablePart key = MakePart(Kind::kConstraint, table, table + "_pkey", "PRIMARY KEY (id, at)", 'p');
    key.attached_to = "m_pk";
    to.parts.push_back(key);
  }
  TablePart fk = MakePart(Kind::kConstraint, "a", "a_fk", "FOREIGN KEY (id, at) REFERENCES public.m(id, at)", 'f');
  fk.c.depends_on = {pk.c.ref};
  to.parts.push_back(fk);
  SortParts(to);
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  const size_t parent = IndexOfSql(*plan, "ALTER TABLE ONLY public.m ADD CONSTRAINT m_pk PRIMARY KEY (id, at)");
  const size_t foreign = IndexOfSql(*plan, "ALTER TABLE public.a ADD CONSTRAINT a_fk FOREIGN KEY (id, at) REFERENCES public.m(id, at)");
  for (const std::string table : {"m_1", "m_2"}) {
    const size_t attach = IndexOfSql(*plan, "ALTER INDEX public.m_pk ATTACH PARTITION public." + table + "_pkey");
    EXPECT_LT(parent, attach);
    EXPECT_LT(attach, foreign);
  }
}

// PARTITION OF puts the parent's columns in the parent's order; a partition the target has
// with its own order was made apart and attached, and is planned so.
TEST(AttachedTest, APartitionWithItsOwnColumnOrderIsMadeApartThenAttached) {
  const Catalog from = Partitioned();
  Catalog to = Partitioned();
  catalog::Table m3 = MakeTable("m_3", {{"v", "integer"}, {"id", "integer"}, {"at", "date"}});
  m3.partition_of = "public.m";
  m3.partition_bound = "FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')";
  for (auto& c : m3.columns) c.inherited_only = true;  // ATTACH leaves them so
  to.tables.push_back(m3);
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  std::vector<std::string> sqls;
  for (const Statement& s : *plan) sqls.push_back(s.sql);
  EXPECT_THAT(sqls, ::testing::ElementsAre(
                        "CREATE TABLE public.m_3 (v integer, id integer, at date)",
                        "ALTER TABLE public.m ATTACH PARTITION public.m_3 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')"));
  // In the parent's order it is made PARTITION OF, as PostgreSQL would.
  to.tables.back().columns = to.tables.front().columns;
  for (auto& c : to.tables.back().columns) c.inherited_only = true;
  plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  ASSERT_EQ(plan->size(), 1u);
  EXPECT_THAT((*plan)[0].sql, HasSubstr("PARTITION OF public.m"));
}

// ATTACH PARTITION wants the parent's CHECKs on the table (and then makes them inherited): a
// partition made apart declares them by name, without NOT VALID, which means nothing there.
TEST(AttachedTest, APartitionMadeApartDeclaresItsParentsChecks) {
  const Catalog from = Partitioned();
  Catalog to = Partitioned();
  to.parts.push_back(fixtures::MakePart(Kind::kConstraint, "m", "m_v_pos", "CHECK (v > 0) NOT VALID", 'c'));
  catalog::Table m3 = MakeTable("m_3", {{"v", "integer"}, {"id", "integer"}, {"at", "date"}});
  m3.partition_of = "public.m";
  m3.partition_bound = "FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')";
  for (auto& c : m3.columns) c.inherited_only = true;
  to.tables.push_back(m3);
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_LT(fixtures::IndexOfSql(*plan, "CREATE TABLE public.m_3 (v integer, id integer, at date, CONSTRAINT m_v_pos CHECK (v > 0))"),
            fixtures::IndexOfSql(*plan, "ALTER TABLE public.m ATTACH PARTITION public.m_3 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')"));
}

}  // namespace
}  // namespace schemaservice::plan
