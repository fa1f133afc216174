// Unit tests of diff and plan on hand-built catalogs: no database. They pin properties the
// round-trip corpus relies on: hazards on destructive statements, dependency order, renames
// said and never guessed, determinism.
#include "service/plan/plan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "service/diff/diff.h"
#include "service/plan/render.h"
#include "service/plan/test_catalogs.h"
#include "tests/support/sql_lexer.h"

namespace schemaservice::plan {
namespace {

using catalog::Catalog;
using catalog::Kind;
using catalog::ObjectRef;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

using fixtures::IndexOfSql;
using fixtures::Kinds;
using fixtures::MakePart;
using fixtures::MakeTable;
using fixtures::WithTables;

TEST(PlanTest, EveryDropOfDataDeclaresDataLoss) {
  const Catalog from = WithTables({MakeTable("t", {{"id", "integer"}, {"note", "text"}}), MakeTable("gone", {{"x", "integer"}})});
  const Catalog to = WithTables({MakeTable("t", {{"id", "integer"}})});
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  ASSERT_EQ(up->size(), 2u);
  for (const Statement& s : *up) {
    EXPECT_THAT(Kinds(s), Contains(HazardKind::kDataLoss)) << s.sql;
    EXPECT_EQ(s.lock_level, "ACCESS EXCLUSIVE") << s.sql;
  }
}

TEST(PlanTest, ForeignKeysComeAfterBothTablesAndDropsComeFirst) {
  Catalog to = WithTables({MakeTable("a", {{"id", "integer"}}), MakeTable("b", {{"a_id", "integer"}})});
  catalog::TablePart fk = MakePart(Kind::kConstraint, "b", "b_a_fkey", "FOREIGN KEY (a_id) REFERENCES public.a(id)", 'f');
  fk.c.depends_on = {ObjectRef{Kind::kTable, "public.a"}};
  to.parts.push_back(fk);
  auto up = PlanStatements(WithTables({}), to);
  ASSERT_TRUE(up.ok()) << up.status();
  ASSERT_EQ(up->size(), 3u);
  EXPECT_THAT((*up)[0].sql, HasSubstr("CREATE TABLE public.a"));
  EXPECT_THAT((*up)[1].sql, HasSubstr("CREATE TABLE public.b"));
  EXPECT_THAT((*up)[2].sql, HasSubstr("ADD CONSTRAINT b_a_fkey"));
  auto down = PlanStatements(to, WithTables({}));
  ASSERT_TRUE(down.ok()) << down.status();
  EXPECT_THAT(down->front().sql, HasSubstr("DROP CONSTRAINT b_a_fkey")) << "the key goes before its tables";
}

// public.a(id) referenced by public.b(a_id), both columns of `type` (format_type without modifier).
Catalog WithForeignKeyOf(const std::string& type) {
  Catalog c = WithTables({MakeTable("a", {{"id", type}}), MakeTable("b", {{"a_id", type}})});
  for (catalog::Table& t : c.tables) t.columns[0].type_name = type;
  catalog::TablePart fk = MakePart(Kind::kConstraint, "b", "b_a_fkey", "FOREIGN KEY (a_id) REFERENCES public.a(id)", 'f');
  fk.c.depends_on = {ObjectRef{Kind::kColumn, "public.a.id"}, ObjectRef{Kind::kColumn, "public.b.a_id"}};
  c.parts.push_back(fk);
  return c;
}

TEST(PlanTest, AForeignKeyWhoseEndsChangeTypeFamilyGoesAroundTheAlters) {
  // Between the two ALTERs the key would join integer to text, which PostgreSQL refuses.
  auto up = PlanStatements(WithForeignKeyOf("text"), WithForeignKeyOf("integer"));
  ASSERT_TRUE(up.ok()) << up.status();
  const size_t drop = IndexOfSql(*up, "ALTER TABLE public.b DROP CONSTRAINT b_a_fkey");
  const size_t add = IndexOfSql(*up, "ALTER TABLE public.b ADD CONSTRAINT b_a_fkey FOREIGN KEY (a_id) REFERENCES public.a(id)");
  for (const Statement& s : *up) {
    if (!absl::StrContains(s.sql, " TYPE integer")) continue;
    const size_t at = &s - up->data();
    EXPECT_LT(drop, at) << s.sql;
    EXPECT_LT(at, add) << s.sql;
  }
  // Within the integers a cross-type operator keeps the key valid: ALTER COLUMN TYPE
  // rebuilds it by itself.
  auto widened = PlanStatements(WithForeignKeyOf("integer"), WithForeignKeyOf("bigint"));
  ASSERT_TRUE(widened.ok()) << widened.status();
  EXPECT_THAT(fixtures::Sql(*widened), Not(HasSubstr("b_a_fkey")));
}

TEST(PlanTest, ADroppedAndAnAddedColumnOfTheSameTypeIsAPossibleRenameNotARename) {
  const Catalog from = WithTables({MakeTable("t", {{"id", "integer"}, {"old_name", "text"}})});
  const Catalog to = WithTables({MakeTable("t", {{"id", "integer"}, {"new_name", "text"}})});
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  ASSERT_EQ(up->size(), 2u);
  for (const Statement& s : *up) {
    EXPECT_THAT(Kinds(s), Contains(HazardKind::kPossibleRename)) << s.sql;
    EXPECT_THAT(s.sql, ::testing::Not(HasSubstr("RENAME"))) << "never guessed";
  }
}

TEST(PlanTest, OnlineModeBuildsIndexesConcurrentlyOutsideATransaction) {
  const Catalog from = WithTables({MakeTable("t", {{"n", "integer"}})});
  Catalog to = from;
  to.parts.push_back(MakePart(Kind::kIndex, "t", "t_n", "CREATE INDEX t_n ON public.t USING btree (n)"));
  Options online;
  online.online = true;
  auto plain = PlanStatements(from, to);
  auto safe = PlanStatements(from, to, online);
  ASSERT_TRUE(plain.ok() && safe.ok());
  EXPECT_TRUE((*plain)[0].transactional);
  EXPECT_THAT(Kinds((*plain)[0]), Contains(HazardKind::kShareLock));
  EXPECT_FALSE((*safe)[0].transactional);
  EXPECT_THAT((*safe)[0].sql, HasSubstr("CREATE INDEX CONCURRENTLY t_n"));
  EXPECT_THAT(RenderSql(*safe), HasSubstr("-- schemaservice:no-transaction"));
}

TEST(PlanTest, StatisticsTargetsChangeInPlaceAndAnUnsetOneGoesBackToTheDefault) {
  Catalog from = WithTables({MakeTable("t", {{"n", "integer"}})});
  Catalog to = from;
  catalog::TablePart index = MakePart(Kind::kIndex, "t", "t_e", "CREATE INDEX t_e ON public.t USING btree ((n + 1), (n * 2))");
  catalog::TablePart stats = MakePart(Kind::kStatistics, "t", "t_s", "CREATE STATISTICS public.t_s ON n, (n + 1) FROM public.t");
  index.statistics = {{1, 300}};
  stats.statistics = {{0, 500}};
  from.parts = {index, stats};
  index.statistics = {{2, 120}};
  stats.statistics = {};
  to.parts = {index, stats};
  EXPECT_THAT(fixtures::PlanSql(from, to), ::testing::UnorderedElementsAre("ALTER INDEX public.t_e ALTER COLUMN 1 SET STATISTICS -1",
                                                                 "ALTER INDEX public.t_e ALTER COLUMN 2 SET STATISTICS 120",
                                                                 "ALTER STATISTICS public.t_s SET STATISTICS -1"));
  // Made anew, each object gets its own targets after its CREATE.
  EXPECT_THAT(fixtures::PlanSql(WithTables({MakeTable("t", {{"n", "integer"}})}), to),
              ::testing::ElementsAre(::testing::StartsWith("CREATE INDEX t_e"),
                                     "ALTER INDEX public.t_e ALTER COLUMN 2 SET STATISTICS 120",
                                     ::testing::StartsWith("CREATE STATISTICS public.t_s")));
}

TEST(PlanTest, ACheckAddedToAParentSaysItScansTheChildrenTooUnlessNoInherit) {
  auto message = [](bool child, bool no_inherit, bool partitioned) {
    Catalog from = WithTables({MakeTable("t", {{"n", "integer"}})});
    if (child) {
      catalog::Table kid = MakeTable("kid", {{"n", "integer"}});
      kid.inherits = {"public.t"};
      kid.c.depends_on = {from.tables[0].c.ref};
      from.tables.push_back(kid);
    }
    Catalog to = from;
    catalog::TablePart check = MakePart(Kind::kConstraint, "t", "t_c", "CHECK ((n > 0))", 'c');
    check.no_inherit = no_inherit;
    check.on_partitioned = partitioned;
    to.parts.push_back(check);
    auto plan = PlanStatements(from, to);
    EXPECT_TRUE(plan.ok()) << plan.status();
    for (const Statement& s : *plan) {
      for (const Hazard& h : s.hazards) {
        if (h.rule == "check-without-not-valid" && absl::StrContains(s.sql, "public.t ")) return h.message;
      }
    }
    return std::string("no check-without-not-valid hazard");
  };
  EXPECT_EQ(message(true, false, false), "scans public.t and the tables inheriting from it under ACCESS EXCLUSIVE");
  EXPECT_EQ(message(false, false, false), "scans public.t under ACCESS EXCLUSIVE");
  EXPECT_EQ(message(true, true, false), "scans public.t under ACCESS EXCLUSIVE");
  EXPECT_EQ(message(false, false, true), "scans every partition of public.t under ACCESS EXCLUSIVE");
}

TEST(PlanTest, DropIndexConcurrentlyTakesShareUpdateExclusiveNotAccessExclusive) {
  Catalog from = WithTables({MakeTable("t", {{"n", "integer"}})});
  const Catalog to = from;
  from.parts.push_back(MakePart(Kind::kIndex, "t", "t_n", "CREATE INDEX t_n ON public.t USING btree (n)"));
  Options online;
  online.online = true;
  auto safe = PlanStatements(from, to, online);
  ASSERT_TRUE(safe.ok()) << safe.status();
  ASSERT_EQ(safe->size(), 1u);
  EXPECT_EQ((*safe)[0].sql, "DROP INDEX CONCURRENTLY public.t_n");
  EXPECT_EQ((*safe)[0].lock_level, "SHARE UPDATE EXCLUSIVE");
  EXPECT_FALSE((*safe)[0].transactional);
  EXPECT_THAT(Kinds((*safe)[0]), ::testing::Not(Contains(HazardKind::kAccessExclusiveLock)));
  // The plain DROP INDEX does lock the table against readers.
  auto plain = PlanStatements(from, to);
  ASSERT_TRUE(plain.ok()) << plain.status();
  ASSERT_EQ(plain->size(), 1u);
  EXPECT_EQ((*plain)[0].lock_level, "ACCESS EXCLUSIVE");
  EXPECT_THAT(Kinds((*plain)[0]), Contains(HazardKind::kAccessExclusiveLock));
}

// Hazards are read as promises: nothing sets lock_timeout or retries, and --online cannot
// help where it was already on or where PostgreSQL refuses CONCURRENTLY (partitioned tables).
TEST(PlanTest, HazardsPromiseOnlyWhatThePlanOrPostgresDoes) {
  catalog::Table parted = MakeTable("p", {{"n", "integer"}});
  Catalog from = WithTables({MakeTable("t", {{"id", "integer"}, {"n", "integer"}, {"old", "text"}}),
                             MakeTable("r", {{"id", "integer"}}), parted, MakeTable("gone", {{"x", "integer"}})});
  from.parts.push_back(MakePart(Kind::kIndex, "t", "t_old", "CREATE INDEX t_old ON public.t USING btree (old)"));
  catalog::TablePart parted_old = MakePart(Kind::kIndex, "p", "p_old", "CREATE INDEX p_old ON ONLY public.p USING btree (n)");
  parted_old.on_partitioned = true;
  from.parts.push_back(parted_old);

  Catalog to = WithTables({MakeTable("t", {{"id", "bigint"}, {"n", "integer"}, {"added", "text"}}),
                           MakeTable("r", {{"id", "integer"}}), parted});
  to.tables[0].columns[1].not_null = true;
  to.parts.push_back(MakePart(Kind::kIndex, "t", "t_n", "CREATE UNIQUE INDEX t_n ON public.t USING btree (n)"));
  to.parts.push_back(MakePart(Kind::kConstraint, "t", "t_pkey", "PRIMARY KEY (id) INCLUDE (n)", 'p'));
  to.parts.push_back(MakePart(Kind::kConstraint, "t", "t_x", "EXCLUDE USING btree (n WITH =)", 'x'));
  to.parts.push_back(MakePart(Kind::kConstraint, "t", "t_c", "CHECK ((n > 0))", 'c'));
  to.parts.push_back(MakePart(Kind::kConstraint, "t", "t_f", "FOREIGN KEY (n) REFERENCES public.r(id)", 'f'));
  catalog::TablePart parted_new = MakePart(Kind::kIndex, "p", "p_n", "CREATE INDEX p_n ON ONLY public.p USING btree (n)");
  parted_new.on_partitioned = true;
  to.parts.push_back(parted_new);
  catalog::TablePart parted_fk = MakePart(Kind::kConstraint, "p", "p_f", "FOREIGN KEY (n) REFERENCES public.r(id)", 'f');
  parted_fk.on_partitioned = true;
  to.parts.push_back(parted_fk);

  for (const bool online : {false, true}) {
    Options options;
    options.online = online;
    auto up = PlanStatements(from, to, options);
    ASSERT_TRUE(up.ok()) << up.status();
    size_t hazards = 0;
    for (const Statement& s : *up) {
      const bool partitioned = absl::StrContains(s.sql, "public.p ") || absl::StrContains(s.sql, "public.p_");
      for (const Hazard& h : s.hazards) {
        ++hazards;
        const std::string text = h.message + " | " + h.safer_alternative;
        EXPECT_THAT(text, ::testing::Not(HasSubstr("retries"))) << s.sql;
        EXPECT_THAT(text, ::testing::Not(HasSubstr("runs with lock_timeout"))) << s.sql;
        if (online || partitioned) {
          EXPECT_THAT(h.safer_alternative, ::testing::Not(HasSubstr("--online"))) << s.sql;
        }
        if (partitioned) {
          EXPECT_THAT(h.safer_alternative, ::testing::Not(HasSubstr("DROP INDEX CONCURRENTLY"))) << s.sql;
          EXPECT_THAT(h.safer_alternative, ::testing::Not(HasSubstr("NOT VALID"))) << s.sql;
        }
        if (absl::StrContains(s.sql, "EXCLUDE")) {
          EXPECT_THAT(h.safer_alternative, ::testing::Not(HasSubstr("USING INDEX"))) << s.sql;
        }
      }
    }
    EXPECT_GT(hazards, 10u) << RenderSql(*up);
  }
}

TEST(PlanTest, EqualCatalogsPlanNothingAndPlansAreDeterministic) {
  const Catalog a = WithTables({MakeTable("t", {{"id", "integer"}}), MakeTable("u", {{"x", "text"}})});
  auto none = PlanStatements(a, a);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  const Catalog b = WithTables({MakeTable("t", {{"id", "bigint"}, {"y", "text"}}), MakeTable("v", {{"x", "text"}})});
  auto first = PlanMigration(a, b);
  auto second = PlanMigration(a, b);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(RenderSql(first->up), RenderSql(second->up));
  EXPECT_EQ(RenderSql(first->down), RenderSql(second->down));
  EXPECT_EQ(first->changes.size(), diff::Diff(a, b).size());
}

TEST(PlanTest, NarrowingATypeWarnsOfDataLossAndRewrite) {
  const Catalog from = WithTables({MakeTable("t", {{"n", "bigint"}})});
  const Catalog to = WithTables({MakeTable("t", {{"n", "integer"}})});
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok());
  ASSERT_EQ(up->size(), 1u);
  EXPECT_EQ((*up)[0].sql, "ALTER TABLE public.t ALTER COLUMN n TYPE integer USING n::integer");
  EXPECT_THAT(Kinds((*up)[0]), Contains(HazardKind::kDataLoss));
  EXPECT_THAT(Kinds((*up)[0]), Contains(HazardKind::kTableRewrite));
}

// PostgreSQL keeps the rows when only the collation changes (relfilenode unchanged), and
// rebuilds the indexes; a type that is not binary-compatible still rewrites.
TEST(PlanTest, ACollationChangeRebuildsIndexesAndRewritesOnlyWithTheType) {
  Catalog from = WithTables({MakeTable("t", {{"s", "text"}, {"v", "character varying(10)"}})});
  Catalog to = from;
  to.tables[0].columns[0].collation = "\"C\"";
  to.tables[0].columns[1].collation = "\"C\"";
  to.tables[0].columns[1].type = "character(5)";
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  const auto by_sql = [&](const std::string& part) {
    return std::find_if(up->begin(), up->end(), [&](const Statement& st) { return absl::StrContains(st.sql, part); });
  };
  const auto s = by_sql("ALTER COLUMN s TYPE text COLLATE");
  ASSERT_NE(s, up->end());
  EXPECT_THAT(Kinds(*s), Not(Contains(HazardKind::kTableRewrite)));
  EXPECT_THAT(Kinds(*s), Contains(HazardKind::kTableScan));
  const auto v = by_sql("ALTER COLUMN v TYPE character(5)");
  ASSERT_NE(v, up->end());
  EXPECT_THAT(Kinds(*v), Contains(HazardKind::kTableRewrite));
  EXPECT_THAT(Kinds(*v), Not(Contains(HazardKind::kTableScan)));
}

// Type facts as the reader gives them (format_type names; casts from each type, sorted).
catalog::TypeFacts Facts(const std::string& name, char kind, char category, std::vector<std::string> casts_to = {},
                         const std::string& element = "", const std::string& base = "") {
  catalog::TypeFacts f;
  f.name = name;
  f.kind = kind;
  f.category = category;
  f.casts_to = std::move(casts_to);
  f.element = element;
  f.base = base;
  return f;
}

// One table t(c) of type `from` and of type `to`, with the facts of both types in each.
std::pair<Catalog, Catalog> Retyped(const std::string& from, const std::string& to,
                                    std::vector<catalog::TypeFacts> facts) {
  std::sort(facts.begin(), facts.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  Catalog a = WithTables({MakeTable("t", {{"c", from}})});
  Catalog b = WithTables({MakeTable("t", {{"c", to}})});
  a.tables[0].columns[0].type_name = from;
  b.tables[0].columns[0].type_name = to;
  a.type_facts = b.type_facts = facts;
  return {a, b};
}

TEST(TypeChangeTest, AnEnumTakesStringsAndOtherEnumsThroughText) {
  const std::vector<catalog::TypeFacts> facts = {
      Facts("text", 'b', 'S', {"character", "character varying", "name", "regclass"}),
      Facts("character", 'b', 'S', {"character", "character varying", "text"}),
      Facts("public.mood", 'e', 'E'), Facts("work.\"Job State\"", 'e', 'E'),
      Facts("public.mood[]", 'b', 'A', {}, "public.mood"),
      Facts("work.\"Job State\"[]", 'b', 'A', {}, "work.\"Job State\""),
      Facts("public.mood_d", 'd', 'E', {}, "", "public.mood")};
  struct Want { std::string from, to, using_; };
  for (const Want& w : std::vector<Want>{
           {"text", "public.mood", "c::text::public.mood"},
           {"character(5)", "public.mood", "c::text::public.mood"},
           {"public.mood", "work.\"Job State\"", "c::text::work.\"Job State\""},
           {"public.mood[]", "work.\"Job State\"[]", "c::text[]::work.\"Job State\"[]"},
           {"text", "public.mood_d", "c::text::public.mood_d"},
           {"public.mood", "text", "c::text"}}) {
    auto [a, b] = Retyped(w.from, w.to, facts);
    if (w.from == "character(5)") a.tables[0].columns[0].type_name = "character";
    auto up = PlanStatements(a, b);
    ASSERT_TRUE(up.ok()) << w.from << " -> " << w.to << ": " << up.status();
    EXPECT_THAT(RenderSql(*up), HasSubstr(absl::StrCat("TYPE ", w.to, " USING ", w.using_, ";")))
        << w.from << " -> " << w.to;
  }
}

TEST(TypeChangeTest, DefaultsAreDroppedBeforeAndSetAfterTheConversion) {
  auto [a, b] = Retyped("text", "public.mood", {Facts("text", 'b', 'S'), Facts("public.mood", 'e', 'E')});
  a.tables[0].columns[0].default_expr = "'ok'::text";
  b.tables[0].columns[0].default_expr = "'ok'::public.mood";
  auto up = PlanStatements(a, b);
  ASSERT_TRUE(up.ok()) << up.status();
  ASSERT_EQ(up->size(), 3u) << RenderSql(*up);
  EXPECT_THAT((*up)[0].sql, HasSubstr("DROP DEFAULT"));
  EXPECT_THAT((*up)[1].sql, HasSubstr("USING c::text::public.mood"));
  EXPECT_THAT((*up)[2].sql, HasSubstr("SET DEFAULT 'ok'::public.mood"));
}

TEST(TypeChangeTest, CastsAndStringConversionsStayDirect) {
  const std::vector<catalog::TypeFacts> facts = {
      Facts("integer", 'b', 'N', {"bigint", "boolean", "text"}), Facts("boolean", 'b', 'B', {"integer", "text"}),
      Facts("uuid", 'b', 'U'), Facts("text", 'b', 'S'), Facts("integer[]", 'b', 'A', {}, "integer"),
      Facts("bigint[]", 'b', 'A', {}, "bigint"), Facts("bigint", 'b', 'N')};
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"integer", "boolean"}, {"uuid", "text"}, {"text", "uuid"}, {"integer[]", "bigint[]"}}) {
    auto [a, b] = Retyped(from, to, facts);
    auto up = PlanStatements(a, b);
    ASSERT_TRUE(up.ok()) << from << " -> " << to << ": " << up.status();
    EXPECT_THAT(RenderSql(*up), HasSubstr(absl::StrCat("USING c::", to, ";")));
  }
}

TEST(TypeChangeTest, NoConversionAtAllIsAPlanTimeErrorNamingColumnTypesAndTheWayOut) {
  const std::vector<catalog::TypeFacts> facts = {
      Facts("integer", 'b', 'N', {"bigint", "boolean"}), Facts("date", 'b', 'D', {"timestamp without time zone"}),
      Facts("public.mood", 'e', 'E')};
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"integer", "date"}, {"date", "integer"}, {"integer", "public.mood"}, {"public.mood", "integer"}}) {
    auto [a, b] = Retyped(from, to, facts);
    auto up = PlanStatements(a, b);
    ASSERT_FALSE(up.ok()) << from << " -> " << to << ":\n" << RenderSql(*up);
    EXPECT_EQ(up.status().code(), absl::StatusCode::kFailedPrecondition);
    const std::string message(up.status().message());
    EXPECT_THAT(message, HasSubstr("public.t.c"));
    EXPECT_THAT(message, HasSubstr(absl::StrCat("from ", from, " to ", to)));
    EXPECT_THAT(message, HasSubstr("--rename"));
    EXPECT_THAT(message, HasSubstr("hand-written migration"));
  }
}

TEST(TypeChangeTest, AChangeOnlyTheDownPlanCannotMakeSaysSo) {
  auto [a, b] = Retyped("jsonb", "integer", {Facts("jsonb", 'b', 'U', {"integer", "json"}), Facts("integer", 'b', 'N', {"bigint"})});
  auto plan = PlanMigration(a, b);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(plan.status().message()), HasSubstr("planning the down migration: "));
  EXPECT_THAT(std::string(plan.status().message()), HasSubstr("from integer to jsonb"));
}

TEST(TypeChangeTest, CatalogsWithoutFactsCastDirectlyAsBefore) {
  const Catalog a = WithTables({MakeTable("t", {{"c", "integer"}})});
  const Catalog b = WithTables({MakeTable("t", {{"c", "date"}})});
  auto up = PlanStatements(a, b);
  ASSERT_TRUE(up.ok()) << up.status();
  EXPECT_THAT(RenderSql(*up), HasSubstr("USING c::date;"));
}

TEST(DiffTest, ColumnOrderIsNotADifferenceButEveryFieldIs) {
  const Catalog a = WithTables({MakeTable("t", {{"a", "integer"}, {"b", "text"}})});
  const Catalog b = WithTables({MakeTable("t", {{"b", "text"}, {"a", "integer"}})});
  EXPECT_TRUE(diff::Diff(a, b).empty());
  Catalog c = a;
  c.tables[0].columns[1].not_null = true;
  const auto changes = diff::Diff(a, c);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].Describe(), "alter column public.t.b: not_null false -> true");
}

std::vector<std::string> Described(const std::vector<diff::Change>& changes) {
  std::vector<std::string> out;
  for (const diff::Change& c : changes) out.push_back(c.Describe());
  return out;
}

// Diff pairs objects by identity, not by position: lists in any order give the same changes,
// and of an identity listed twice (a catalog made by hand) the last one counts.
TEST(DiffTest, ObjectsArePairedByIdentityWhateverTheListOrder) {
  catalog::Table changed = MakeTable("m", {{"id", "bigint"}});
  const Catalog a = WithTables({MakeTable("z", {{"id", "integer"}}), MakeTable("m", {{"id", "integer"}}),
                                MakeTable("a", {{"id", "integer"}})});
  const Catalog b = WithTables({MakeTable("a", {{"id", "integer"}}), changed, MakeTable("n", {{"id", "integer"}})});
  Catalog b_reordered = b;
  std::reverse(b_reordered.tables.begin(), b_reordered.tables.end());
  const std::vector<std::string> expected = {"create table public.n", "drop table public.z",
                                             "alter column public.m.id: type integer -> bigint"};
  EXPECT_EQ(Described(diff::Diff(a, b)), expected);
  EXPECT_EQ(Described(diff::Diff(a, b_reordered)), expected);
  Catalog twice = a;
  twice.tables.push_back(changed);  // "m" again, last: its bigint is what a holds now
  EXPECT_EQ(Described(diff::Diff(twice, b)), (std::vector<std::string>{"create table public.n", "drop table public.z"}));
}

TEST(DiffTest, ReverseIsTheDiffTheOtherWay) {
  catalog::Table t = MakeTable("t", {{"id", "integer"}, {"gone", "text"}, {"n", "integer"}});
  t.columns[2].default_expr = "0";
  t.c.comment = "old";
  catalog::Table t2 = MakeTable("t", {{"id", "bigint"}, {"n", "integer"}, {"added", "text"}});
  t2.columns[0].not_null = true;
  t2.columns[1].default_expr = "1";
  const Catalog a = WithTables({t, MakeTable("only_a", {{"x", "text"}})});
  const Catalog b = WithTables({t2, MakeTable("only_b", {{"y", "date"}})});
  const std::vector<diff::Change> forward = diff::Diff(a, b);
  ASSERT_GT(forward.size(), 5u);
  EXPECT_EQ(Described(diff::Reverse(forward)), Described(diff::Diff(b, a)));
  EXPECT_EQ(Described(diff::Reverse(diff::Reverse(forward))), Described(forward));
}

TEST(PlanTest, PlanMigrationEqualsEachDirectionPlannedAlone) {
  catalog::Table t = MakeTable("t", {{"id", "integer"}, {"gone", "text"}});
  catalog::Table t2 = MakeTable("t", {{"id", "bigint"}, {"added", "text"}});
  const Catalog a = WithTables({t, MakeTable("only_a", {{"x", "text"}})});
  const Catalog b = WithTables({t2, MakeTable("only_b", {{"y", "date"}})});
  auto plan = PlanMigration(a, b);
  auto up = PlanStatements(a, b);
  auto down = PlanStatements(b, a);
  ASSERT_TRUE(plan.ok() && up.ok() && down.ok());
  EXPECT_EQ(RenderSql(plan->up), RenderSql(*up));
  EXPECT_EQ(RenderSql(plan->down), RenderSql(*down));
  EXPECT_EQ(Described(plan->changes), Described(diff::Diff(a, b)));
}

TEST(CommentTextTest, ControlCharactersAreEscapedSoACommentStaysOneLine) {
  EXPECT_EQ(CommentText("drop column public.users.nick"), "drop column public.users.nick");
  EXPECT_EQ(CommentText("a\nb\rc"), "a\\nb\\rc");
  EXPECT_EQ(CommentText(std::string("\t\x01\x1f\x7f\0z", 6)), "\\x09\\x01\\x1f\\x7f\\x00z");
  EXPECT_EQ(CommentText("caf\xc3\xa9 \"q\""), "caf\xc3\xa9 \"q\"");  // UTF-8 and quotes pass
}

using testing::Lex;
using testing::Lexed;

void ExpectNoInjection(const std::string& sql) {
  const Lexed lexed = Lex(sql);
  EXPECT_THAT(lexed.live, Not(HasSubstr("DROP TABLE customers"))) << sql;
  EXPECT_THAT(lexed.comments, Not(Contains("-- schemaservice:no-transaction"))) << sql;
}

TEST(RenderSqlTest, NewlinesInCommentTextCannotStartAStatementOrAMarker) {
  Statement s;
  s.sql = "CREATE TABLE public.\"x\nDROP TABLE customers; --\" (a integer)";
  s.description = "create table public.\"x\nDROP TABLE customers; --\"\n-- schemaservice:no-transaction\n";
  s.hazards.push_back(Hazard{HazardKind::kDataLoss, Severity::kError, "drop-table",
                             "drops\r\nDROP TABLE customers; --",
                             "back up first\nDROP TABLE customers; --"});
  const std::string sql = RenderSql({s});
  ExpectNoInjection(sql);
  EXPECT_THAT(sql, HasSubstr("-- create table public.\"x\\nDROP TABLE customers; --\"\\n"
                             "-- schemaservice:no-transaction\\n\n"));
  EXPECT_THAT(sql, HasSubstr(": drops\\r\\nDROP TABLE customers; --; safer: back up first\\n"
                             "DROP TABLE customers; --\n"));
  EXPECT_THAT(sql, HasSubstr(s.sql + ";\n"));  // the statement itself is left alone
}

TEST(RenderSqlTest, APlannedTableWithANewlineInItsNameRendersOneCommentLine) {
  catalog::Table t = MakeTable("x\nDROP TABLE customers; --", {{"a", "integer"}});
  t.c.ref.id = "public.\"x\nDROP TABLE customers; --\"";  // quoted, as the reader names it
  auto up = PlanStatements(WithTables({}), WithTables({t}));
  ASSERT_TRUE(up.ok()) << up.status();
  ASSERT_FALSE(up->empty());
  auto down = PlanStatements(WithTables({t}), WithTables({}));
  ASSERT_TRUE(down.ok()) << down.status();
  ASSERT_FALSE(down->empty());
  ExpectNoInjection(RenderSql(*up));
  ExpectNoInjection(RenderSql(*down));
}

}  // namespace
}  // namespace schemaservice::plan
