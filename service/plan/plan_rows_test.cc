// Unit tests, on hand-built catalogs, of what a recreated table keeps (plan_rows.cc) and of
// the per-partition states of trigger clones.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "absl/strings/match.h"

#include "service/plan/plan.h"
#include "service/plan/test_catalogs.h"

namespace schemaservice::plan {
namespace {

using catalog::Catalog;
using ::testing::HasSubstr;
using catalog::Kind;
using fixtures::IndexOfSql;
using fixtures::MakePart;
using fixtures::MakeTable;
using fixtures::WithTables;

catalog::Table Partitioned(catalog::Table t, const std::string& key) {
  t.kind = 'p';
  t.partition_key = key;
  return t;
}

catalog::Table PartitionOf(catalog::Table t, const std::string& parent, const std::string& bound) {
  t.partition_of = parent;
  t.partition_bound = bound;
  return t;
}

// A table turning partitioned: its rows go aside before the drop and back once the new
// partitions exist, before the trigger that would act on them; identity continues past them.
TEST(KeepRowsTest, ATableTurningPartitionedKeepsItsRowsThroughTheNewPartitions) {
  catalog::Table plain = MakeTable("log", {{"id", "integer"}, {"at", "date"}});
  plain.columns[0].identity = 'a';
  const catalog::Table root = Partitioned(plain, "RANGE (at)");
  const catalog::Table part = PartitionOf(MakeTable("log_rest", {{"id", "integer"}, {"at", "date"}}), "public.log", "DEFAULT");
  Catalog from = WithTables({plain});
  Catalog to = WithTables({root, part});
  to.parts.push_back(MakePart(Kind::kTrigger, "log", "t",
                              "CREATE TRIGGER t BEFORE INSERT ON public.log FOR EACH ROW EXECUTE FUNCTION f()"));
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  const size_t keep = IndexOfSql(*up, "CREATE TABLE public.log__schemad_rows AS SELECT * FROM ONLY public.log");
  const size_t put = IndexOfSql(*up, "INSERT INTO public.log (id, at) OVERRIDING SYSTEM VALUE SELECT id, at FROM public.log__schemad_rows");
  EXPECT_LT(keep, IndexOfSql(*up, "DROP TABLE public.log"));
  EXPECT_LT(IndexOfSql(*up, "CREATE TABLE public.log_rest PARTITION OF public.log (id integer, at date) DEFAULT"), put);
  EXPECT_LT(put, IndexOfSql(*up, "CREATE TRIGGER t BEFORE INSERT ON public.log FOR EACH ROW EXECUTE FUNCTION f()"));
  EXPECT_LT(put, IndexOfSql(*up, "DROP TABLE public.log__schemad_rows"));
  EXPECT_THAT(RenderSql(*up), ::testing::HasSubstr("setval"));

  // Back: the partitioned table's rows (with its partitions') are read before they are dropped.
  auto down = PlanStatements(to, from);
  ASSERT_TRUE(down.ok()) << down.status();
  const size_t kept = IndexOfSql(*down, "CREATE TABLE public.log__schemad_rows AS SELECT * FROM public.log");
  EXPECT_LT(kept, IndexOfSql(*down, "DROP TABLE public.log_rest"));
  EXPECT_LT(kept, IndexOfSql(*down, "DROP TABLE public.log"));
  EXPECT_LT(kept, IndexOfSql(*down, "INSERT INTO public.log (id, at) OVERRIDING SYSTEM VALUE SELECT id, at FROM public.log__schemad_rows"));
}

// The copy's name fits PostgreSQL's 63 bytes without cutting a UTF-8 character in two (the
// server refuses an invalid one), whatever the table's name, and ends in a digest of the
// whole name, so two long names alike in their first bytes get different copies.
TEST(KeepRowsTest, TheCopysNameIsCutBetweenCharacters) {
  // "xy" and 30 two-byte characters: 62 bytes, of which 49 fit beside the suffix, and the
  // 49th byte is the first half of a character.
  std::string name = "xy";
  for (int i = 0; i < 30; ++i) name += "\xc3\xa9";  // é
  const catalog::Table plain = MakeTable(name, {{"at", "date"}});
  const catalog::Table root = Partitioned(plain, "RANGE (at)");
  auto up = PlanStatements(WithTables({plain}), WithTables({root}));
  ASSERT_TRUE(up.ok()) << up.status();
  const std::string sql = RenderSql(*up);
  const size_t at = sql.find("__schemad_rows");
  ASSERT_NE(at, std::string::npos) << sql;
  const size_t start = sql.rfind("CREATE TABLE public.\"", at) + std::string("CREATE TABLE public.\"").size();
  const std::string aside = sql.substr(start, at + std::string("__schemad_rows").size() - start);
  EXPECT_LE(aside.size(), 63u) << aside;
  // Whole characters only: "xy", an even number of é's bytes, then "_" and 8 hex digits of
  // the whole name's digest.
  EXPECT_EQ((aside.size() - 2 - std::string("_12345678__schemad_rows").size()) % 2, 0u) << aside;
  EXPECT_THAT(aside, ::testing::MatchesRegex("xy(\xc3\xa9)+_[0-9a-f]{8}__schemad_rows")) << aside;
}

// ALTER TABLE on the partitioned table sets every clone's state, so the partitions' own come
// after it, and after a partition made in the plan (whose clone takes the parent's).
TEST(TriggerCloneTest, PartitionStatesFollowTheParentsAndNewPartitions) {
  const catalog::Table root = Partitioned(MakeTable("m", {{"id", "integer"}}), "LIST (id)");
  const catalog::Table m1 = PartitionOf(MakeTable("m1", {{"id", "integer"}}), "public.m", "FOR VALUES IN (1)");
  const catalog::Table m2 = PartitionOf(MakeTable("m2", {{"id", "integer"}}), "public.m", "FOR VALUES IN (2)");
  catalog::TablePart t = MakePart(Kind::kTrigger, "m", "t", "CREATE TRIGGER t AFTER INSERT ON public.m FOR EACH ROW EXECUTE FUNCTION f()");
  t.on_partitioned = true;
  Catalog from = WithTables({root, m1});
  from.parts.push_back(t);
  t.enabled = 'D';
  t.partition_enabled = {{"public.m1", "O"}, {"public.m2", "A"}};
  Catalog to = WithTables({root, m1, m2});
  to.parts.push_back(t);
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  const size_t parent = IndexOfSql(*up, "ALTER TABLE public.m DISABLE TRIGGER t");
  EXPECT_LT(parent, IndexOfSql(*up, "ALTER TABLE public.m1 ENABLE TRIGGER t"));
  EXPECT_LT(IndexOfSql(*up, "CREATE TABLE public.m2 PARTITION OF public.m (id integer) FOR VALUES IN (2)"),
            IndexOfSql(*up, "ALTER TABLE public.m2 ENABLE ALWAYS TRIGGER t"));

  // The trigger unchanged, a partition made anew: only its clone's state is planned.
  Catalog before = WithTables({root, m1});
  before.parts.push_back(t);
  auto added = PlanStatements(before, to);
  ASSERT_TRUE(added.ok()) << added.status();
  EXPECT_THAT(RenderSql(*added), ::testing::Not(::testing::HasSubstr("public.m1 ENABLE")));
  EXPECT_LT(IndexOfSql(*added, "CREATE TABLE public.m2 PARTITION OF public.m (id integer) FOR VALUES IN (2)"),
            IndexOfSql(*added, "ALTER TABLE public.m2 ENABLE ALWAYS TRIGGER t"));
}

// A new partition beside a DEFAULT one that may hold its rows: the DEFAULT one leaves before
// it joins, gives up the rows outside its new constraint, comes back, and the parent takes
// the rows, routing them to the new partition.
TEST(PartitionTest, ANewPartitionBesideDefaultTakesItsRowsThroughTheParent) {
  const catalog::Table parent = fixtures::MakePartitioned("t", "k", "LIST (k)");
  const catalog::Table rest = fixtures::MakePartition("t_rest", "k", "t", "DEFAULT");
  const catalog::Table one = fixtures::MakePartition("t1", "k", "t", "FOR VALUES IN (1)");
  auto up = PlanStatements(WithTables({parent, rest}), WithTables({parent, one, rest}));
  ASSERT_TRUE(up.ok()) << up.status();
  const size_t detach = IndexOfSql(*up, "ALTER TABLE public.t DETACH PARTITION public.t_rest");
  const size_t create = IndexOfSql(*up, "CREATE TABLE public.t1 PARTITION OF public.t (k integer) FOR VALUES IN (1)");
  size_t move = up->size();
  for (size_t i = 0; i < up->size(); ++i) {
    if (absl::StrContains((*up)[i].sql, "WITH moved AS (DELETE FROM")) move = i;
  }
  ASSERT_LT(move, up->size()) << RenderSql(*up);
  EXPECT_THAT((*up)[move].sql, HasSubstr("ATTACH PARTITION public.t_rest__schemad_bound DEFAULT"));
  const size_t attach = IndexOfSql(*up, "ALTER TABLE public.t ATTACH PARTITION public.t_rest DEFAULT");
  const size_t put = IndexOfSql(*up, "INSERT INTO public.t (k) OVERRIDING SYSTEM VALUE SELECT k FROM public.t_rest__schemad_moved");
  EXPECT_LT(detach, create);
  EXPECT_LT(create, move);
  EXPECT_LT(move, attach);
  EXPECT_LT(attach, put);
  EXPECT_LT(put, IndexOfSql(*up, "DROP TABLE public.t_rest__schemad_moved"));
}

// A tree that did not change moves nothing, a kept foreign partition beside DEFAULT included.
TEST(PartitionTest, AnUnchangedTreeWithAForeignPartitionAndDefaultPlansNothing) {
  catalog::Table remote = fixtures::MakePartition("t_remote", "k", "t", "FOR VALUES IN (2)");
  remote.kind = 'f';
  remote.foreign_server = "s";
  const Catalog tree = WithTables({fixtures::MakePartitioned("t", "k", "LIST (k)"), remote,
                                   fixtures::MakePartition("t_rest", "k", "t", "DEFAULT")});
  auto up = PlanStatements(tree, tree);
  ASSERT_TRUE(up.ok()) << up.status();
  EXPECT_TRUE(up->empty()) << RenderSql(*up);
}

// DROP TABLE takes the sequences its columns own along: a serial column's survives the
// recreate (and keeps its value) by being let go before and owned again after.
TEST(KeepRowsTest, ASequenceOwnedByARecreatedTablesColumnIsLetGoAndOwnedAgain) {
  catalog::Table plain = MakeTable("t", {{"id", "integer"}, {"k", "integer"}});
  plain.columns[0].default_expr = "nextval('public.t_id_seq'::regclass)";
  catalog::Sequence seq;
  seq.c.ref = catalog::ObjectRef{Kind::kSequence, "public.t_id_seq"};
  seq.c.schema = "public";
  seq.c.name = "t_id_seq";
  seq.type = "integer";
  seq.max = 2147483647;
  seq.owned_by = "public.t.id";
  Catalog from = WithTables({plain});
  from.sequences.push_back(seq);
  Catalog to = WithTables({Partitioned(plain, "LIST (k)")});
  to.sequences.push_back(seq);
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  const size_t let_go = IndexOfSql(*up, "ALTER SEQUENCE public.t_id_seq OWNED BY NONE");
  const size_t drop = IndexOfSql(*up, "DROP TABLE public.t");
  const size_t owned = IndexOfSql(*up, "ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id");
  EXPECT_LT(let_go, drop);
  EXPECT_LT(IndexOfSql(*up, "CREATE TABLE public.t (id integer DEFAULT nextval('public.t_id_seq'::regclass), k integer) PARTITION BY LIST (k)"),
            owned);
  EXPECT_THAT(RenderSql(*up), ::testing::Not(HasSubstr("DROP SEQUENCE")));
}

}  // namespace
}  // namespace schemaservice::plan
