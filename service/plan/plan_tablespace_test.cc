// Unit tests of tablespaces on hand-built catalogs: no database. Where CREATE names them, that
// a move is SET TABLESPACE with its hazard and never a rebuild, how online mode moves indexes,
// and what a partitioned table's tablespace means.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <tuple>

#include "service/diff/diff.h"
#include "service/plan/plan.h"
#include "service/plan/render.h"
#include "service/plan/test_catalogs.h"

namespace schemaservice::plan {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

using namespace fixtures;  // NOLINT(build/namespaces): the hand-built catalogs of every plan test

const Statement* Find(const std::vector<Statement>& plan, const std::string& sql_prefix) {
  for (const Statement& s : plan) {
    if (s.sql.rfind(sql_prefix, 0) == 0) return &s;
  }
  return nullptr;
}

bool HasRule(const Statement& s, const std::string& rule) {
  for (const Hazard& h : s.hazards) {
    if (h.rule == rule) return true;
  }
  return false;
}

// public.t (id, v) in `table_ts`, with index t_v (partial) and primary key t_pkey in `index_ts`.
catalog::Catalog TableAndIndex(const std::string& table_ts, const std::string& index_ts) {
  catalog::Table t = MakeTable("t", {{"id", "integer"}, {"v", "integer"}});
  t.tablespace = table_ts;
  catalog::Catalog c = WithTables({t});
  c.parts.push_back(MakePart(catalog::Kind::kIndex, "t", "t_v",
                             "CREATE INDEX t_v ON public.t USING btree (v) WHERE (v > 0)"));
  c.parts.push_back(MakePart(catalog::Kind::kConstraint, "t", "t_pkey", "PRIMARY KEY (id)", 'p'));
  for (catalog::TablePart& p : c.parts) p.tablespace = index_ts;
  return c;
}

TEST(TablespaceTest, IndexClauseGoesBeforeThePredicateAndDeferrable) {
  EXPECT_EQ(IndexDefinitionIn("CREATE INDEX i ON public.t USING btree (v) WITH (fillfactor='70') WHERE (v > 0)", "ts", false),
            "CREATE INDEX i ON public.t USING btree (v) WITH (fillfactor='70') TABLESPACE ts WHERE (v > 0)");
  EXPECT_EQ(IndexDefinitionIn("PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED", "ts", true),
            "PRIMARY KEY (id) USING INDEX TABLESPACE ts DEFERRABLE INITIALLY DEFERRED");
  EXPECT_EQ(IndexDefinitionIn("EXCLUDE USING gist (r WITH &&) WHERE ((id > 0)) DEFERRABLE", "Ts", true),
            "EXCLUDE USING gist (r WITH &&) USING INDEX TABLESPACE \"Ts\" WHERE ((id > 0)) DEFERRABLE");
  EXPECT_EQ(IndexDefinitionIn("UNIQUE (code)", "", true), "UNIQUE (code)");
}

TEST(TablespaceTest, CreateNamesEachRelationsTablespace) {
  catalog::Catalog to = TableAndIndex("ts1", "ts2");
  catalog::View mv;
  mv.c.ref = catalog::ObjectRef{catalog::Kind::kView, "public.mv"};
  mv.c.schema = "public";
  mv.c.name = "mv";
  mv.materialized = true;
  mv.definition = " SELECT 1 AS x;";
  mv.tablespace = "ts1";
  to.views.push_back(mv);
  auto plan = PlanStatements(WithTables({}), to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  const std::string sql = Sql(*plan);
  EXPECT_THAT(sql, HasSubstr("CREATE TABLE public.t (id integer, v integer) TABLESPACE ts1;"));
  EXPECT_THAT(sql, HasSubstr("CREATE INDEX t_v ON public.t USING btree (v) TABLESPACE ts2 WHERE (v > 0);"));
  EXPECT_THAT(sql, HasSubstr("ADD CONSTRAINT t_pkey PRIMARY KEY (id) USING INDEX TABLESPACE ts2;"));
  EXPECT_THAT(sql, HasSubstr("CREATE MATERIALIZED VIEW public.mv TABLESPACE ts1 AS"));
}

TEST(TablespaceTest, AMoveIsSetTablespaceWithItsCopyHazardNotARebuild) {
  auto plan = PlanMigration(TableAndIndex("", ""), TableAndIndex("ts1", "ts2"));
  ASSERT_TRUE(plan.ok()) << plan.status();
  const std::string up = Sql(plan->up);
  EXPECT_THAT(up, Not(HasSubstr("DROP"))) << up;
  EXPECT_THAT(up, Not(HasSubstr("CREATE"))) << up;
  for (const char* sql : {"ALTER TABLE public.t SET TABLESPACE ts1", "ALTER INDEX public.t_v SET TABLESPACE ts2",
                          "ALTER INDEX public.t_pkey SET TABLESPACE ts2"}) {
    const Statement* s = Find(plan->up, sql);
    ASSERT_NE(s, nullptr) << sql << " in\n" << up;
    EXPECT_TRUE(HasRule(*s, "set-tablespace")) << sql;
    EXPECT_THAT(fixtures::Kinds(*s), Contains(HazardKind::kTableRewrite)) << sql;
    EXPECT_EQ(s->lock_level, "ACCESS EXCLUSIVE") << sql;
    EXPECT_TRUE(s->transactional) << sql;
  }
  // Back to the database's default, which SET TABLESPACE names pg_default.
  EXPECT_NE(Find(plan->down, "ALTER TABLE public.t SET TABLESPACE pg_default"), nullptr) << Sql(plan->down);
}

TEST(TablespaceTest, OnlineRebuildsIndexesConcurrentlyAndSaysTablesStayBlocking) {
  catalog::Catalog from = TableAndIndex("", ""), to = TableAndIndex("ts1", "ts2");
  from.parts.push_back(MakePart(catalog::Kind::kConstraint, "t", "t_excl", "EXCLUDE USING gist (v WITH =)", 'x'));
  to.parts.push_back(from.parts.back());
  to.parts.back().tablespace = "ts2";
  Options online;
  online.online = true;
  auto plan = PlanStatements(from, to, online);
  ASSERT_TRUE(plan.ok()) << plan.status();
  const Statement* index = Find(*plan, "REINDEX (TABLESPACE ts2) INDEX CONCURRENTLY public.t_v");
  ASSERT_NE(index, nullptr) << Sql(*plan);
  EXPECT_FALSE(index->transactional);
  EXPECT_NE(Find(*plan, "REINDEX (TABLESPACE ts2) INDEX CONCURRENTLY public.t_pkey"), nullptr) << Sql(*plan);
  // An exclusion constraint's index cannot be rebuilt concurrently.
  EXPECT_NE(Find(*plan, "ALTER INDEX public.t_excl SET TABLESPACE ts2"), nullptr) << Sql(*plan);
  const Statement* table = Find(*plan, "ALTER TABLE public.t SET TABLESPACE ts1");
  ASSERT_NE(table, nullptr) << Sql(*plan);
  ASSERT_TRUE(HasRule(*table, "set-tablespace"));
  EXPECT_THAT(table->hazards.front().message + table->hazards.back().message, HasSubstr("online mode too"));
}

TEST(TablespaceTest, APartitionedTablesTablespaceIsOnlyTheDefaultOfLaterPartitions) {
  auto partition = [](const std::string& name, const std::string& bound) {
    catalog::Table t = MakeTable(name, {{"id", "integer"}});
    t.partition_of = "public.m";
    t.partition_bound = bound;
    t.columns[0].inherited_only = true;
    return t;
  };
  catalog::Table parent = MakeTable("m", {{"id", "integer"}});
  std::tie(parent.kind, parent.partition_key) = std::make_tuple('p', "RANGE (id)");
  const catalog::Table kept = partition("m1", "FOR VALUES FROM (0) TO (10)");
  const catalog::Table added = partition("m2", "FOR VALUES FROM (10) TO (20)");
  catalog::Catalog from = WithTables({parent, kept});
  parent.tablespace = "ts1";
  catalog::Catalog to = WithTables({parent, kept, added});
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  const Statement* move = Find(*plan, "ALTER TABLE public.m SET TABLESPACE ts1");
  ASSERT_NE(move, nullptr) << Sql(*plan);
  EXPECT_TRUE(move->hazards.empty()) << "no blocks to copy";
  // m2 in the default: without saying so it would take m's.
  EXPECT_THAT(Sql(*plan), HasSubstr("PARTITION OF public.m FOR VALUES FROM (10) TO (20) TABLESPACE pg_default;"));
  EXPECT_THAT(Sql(*plan), Not(HasSubstr("ALTER TABLE public.m1")));
}

TEST(TablespaceTest, DiffReportsTheTablespaceAsItsOwnField) {
  const std::vector<diff::Change> changes = diff::Diff(TableAndIndex("", ""), TableAndIndex("", "ts2"));
  ASSERT_EQ(changes.size(), 2u);
  for (const diff::Change& c : changes) {
    EXPECT_TRUE(c.Has("tablespace")) << c.Describe();
    EXPECT_FALSE(c.Has("definition")) << c.Describe();
  }
}

}  // namespace
}  // namespace schemaservice::plan
