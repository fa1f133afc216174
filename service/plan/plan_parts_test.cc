// Unit tests of the planner's parts on hand-built catalogs: no database. Cycles, the hazard
// rule table, and behaviours of partitions, inheritance, the target
// major, and the kinds kept as one definition (foreign data, text search, casts, operator
// kinds), and ordered-set aggregates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "service/catalog/versions.h"
#include "service/plan/graph.h"
#include "service/plan/hazard_rules.h"
#include "service/plan/index.h"
#include "service/plan/plan.h"
#include "service/plan/test_catalogs.h"

namespace schemaservice::plan::internal {
namespace {

using ::testing::HasSubstr;

using fixtures::MakeDefined;
using fixtures::MakeTable;
using fixtures::PlanScript;
using fixtures::PlanSql;
using fixtures::OnMajor;
using fixtures::Sql;
using fixtures::WithTables;

// ---- the hazard rules

TEST(HazardRulesTest, TheTableListsEveryRuleOnceInEnumOrderAndRuleHazardUsesIt) {
  const auto& rules = HazardRules();
  ASSERT_FALSE(rules.empty());
  std::set<std::pair<std::string, HazardKind>> seen;
  for (size_t i = 0; i < rules.size(); ++i) {
    EXPECT_EQ(static_cast<size_t>(rules[i].rule), i) << rules[i].name;
    EXPECT_TRUE(seen.insert({rules[i].name, rules[i].kind}).second) << "twice: " << rules[i].name;
    EXPECT_FALSE(std::string(rules[i].catches).empty()) << rules[i].name;
    const Hazard h = RuleHazard(rules[i].rule, "message", "safer");
    EXPECT_EQ(h.rule, rules[i].name);
    EXPECT_EQ(h.kind, rules[i].kind);
    EXPECT_EQ(h.severity, rules[i].severity);
  }
}

TEST(HazardRulesTest, EveryHazardAPlanCarriesComesFromTheTable) {
  // A plan that drops a table, a column, an index and adds a required column.
  Catalog from = WithTables({MakeTable("gone", {{"id", "integer"}}), MakeTable("t", {{"id", "integer"}, {"old", "text"}})});
  from.parts.push_back(fixtures::MakePart(Kind::kIndex, "t", "t_old", "CREATE INDEX t_old ON public.t USING btree (old)"));
  Catalog to = WithTables({MakeTable("t", {{"id", "integer"}, {"req", "integer"}})});
  to.tables[0].columns[1].not_null = true;
  to.tables[0].columns[1].not_null_valid = true;
  auto plan = PlanMigration(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  std::set<std::pair<std::string, HazardKind>> table;
  for (const auto& r : HazardRules()) table.insert({r.name, r.kind});
  size_t hazards = 0;
  for (const auto* statements : {&plan->up, &plan->down}) {
    for (const Statement& s : *statements) {
      for (const Hazard& h : s.hazards) {
        ++hazards;
        EXPECT_TRUE(table.count({h.rule, h.kind})) << h.rule << " on " << s.sql;
      }
    }
  }
  EXPECT_GE(hazards, 4u);
}

// A function whose SQL body reads a table, called by that table's default, closes a cycle
// (the table needs the function for its default, the function the table for its body). The
// orderer breaks it: created without the default, set after the function; dropped after
// DROP DEFAULT and the function.
// public.next_n(), whose SQL body reads public.t.n; it depends on `read`.
catalog::Function NextN(const ObjectRef& read) {
  catalog::Function f = fixtures::Named<catalog::Function>(
      Kind::kFunction, "public", "next_n", "public.next_n()",
      "CREATE OR REPLACE FUNCTION public.next_n() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT max(n) FROM public.t; END");
  f.c.depends_on = {read};
  return f;
}

// `with` has next_n() and the column whose default calls it, `without` neither: `made` (the
// table or column created bare), the function, then SET DEFAULT going up; DROP DEFAULT, the
// function, then `gone` going down.
void ExpectDefaultSplitAroundNextN(const Catalog& without, const Catalog& with, const std::string& made,
                                   const std::string& gone) {
  auto up = PlanStatements(without, with);
  ASSERT_TRUE(up.ok()) << up.status();
  fixtures::ExpectInOrder(*up, {made, with.functions[0].definition,
                                "ALTER TABLE public.t ALTER COLUMN n SET DEFAULT public.next_n()"});
  auto down = PlanStatements(with, without);
  ASSERT_TRUE(down.ok()) << down.status();
  fixtures::ExpectInOrder(*down, {"ALTER TABLE public.t ALTER COLUMN n DROP DEFAULT", "DROP FUNCTION public.next_n()", gone});
}

TEST(CycleTest, ADefaultCallingAFunctionThatReadsItsTableIsSetAfterAndDroppedBefore) {
  catalog::Table t = MakeTable("t", {{"n", "integer"}});
  t.columns[0].default_expr = "public.next_n()";
  const catalog::Function f = NextN(t.c.ref);
  t.columns[0].depends_on = {f.c.ref};
  Catalog with = WithTables({t});
  with.functions = {f};
  ExpectDefaultSplitAroundNextN(WithTables({}), with, "CREATE TABLE public.t (n integer)", "DROP TABLE public.t");
}

// The same for a column of a kept table: added bare and given its default after the
// function; its default dropped before the function when the column goes.
TEST(CycleTest, ANewOrDroppedColumnWhoseDefaultCallsAFunctionReadingItIsSplitFromItsDefault) {
  const catalog::Function f = NextN(ObjectRef{Kind::kColumn, "public.t.n"});
  catalog::Table with_n = MakeTable("t", {{"id", "integer"}, {"n", "integer"}});
  with_n.columns[1].default_expr = "public.next_n()";
  with_n.columns[1].depends_on = {f.c.ref};
  Catalog with = WithTables({with_n});
  with.functions = {f};
  ExpectDefaultSplitAroundNextN(WithTables({MakeTable("t", {{"id", "integer"}})}), with,
                                "ALTER TABLE public.t ADD COLUMN n integer", "ALTER TABLE public.t DROP COLUMN n");
}

// PostgreSQL refuses DROP TABLE on a partition of a table a foreign key references (the
// key's clone depends on it); DETACH PARTITION first, which checks the rows, then works.
TEST(PartitionTest, ADroppedPartitionOfAReferencedTableIsDetachedFirst) {
  const catalog::Table parent = fixtures::MakePartitioned("m", "id", "LIST (id)");
  const catalog::Table part = fixtures::MakePartition("m_1", "id", "m", "FOR VALUES IN (1)");
  Catalog from = WithTables({parent, part, MakeTable("r", {{"id", "integer"}})});
  Catalog to = WithTables({parent, MakeTable("r", {{"id", "integer"}})});
  auto plain = PlanStatements(from, to);
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_THAT(RenderSql(*plain), ::testing::Not(HasSubstr("DETACH"))) << "nothing references public.m";

  catalog::TablePart fk = fixtures::MakePart(Kind::kConstraint, "r", "r_fk", "FOREIGN KEY (id) REFERENCES public.m(id)", 'f');
  fk.c.depends_on = {ObjectRef{Kind::kTable, "public.m"}};
  from.parts.push_back(fk);
  to.parts.push_back(fk);
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  EXPECT_LT(fixtures::IndexOfSql(*up, "ALTER TABLE public.m DETACH PARTITION public.m_1"), fixtures::IndexOfSql(*up, "DROP TABLE public.m_1"));
}

// ATTACH PARTITION refuses a table whose column types differ from the parent's, and a column
// the parent's ALTER already reaches cannot be altered on its own: both the table's and the
// parent's retypes go before the ATTACH.
TEST(PartitionTest, AnAttachedTablesColumnsAndItsParentsAreRetypedBeforeTheAttach) {
  catalog::Table parent = fixtures::MakePartitioned("m", "id", "LIST (id)");
  parent.columns.push_back(MakeTable("x", {{"v", "integer"}}).columns[0]);
  Catalog from = WithTables({parent, MakeTable("m_2", {{"id", "integer"}, {"v", "integer"}})});
  parent.columns[1].type = "bigint";
  catalog::Table part = fixtures::MakePartition("m_2", "id", "m", "FOR VALUES IN (2)");
  part.columns.push_back(parent.columns[1]);
  for (Column& col : part.columns) col.inherited_only = true;
  part.c.depends_on = {ObjectRef{Kind::kTable, "public.m"}};
  Catalog to = WithTables({parent, part});
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  const size_t attach = fixtures::IndexOfSql(*up, "ALTER TABLE public.m ATTACH PARTITION public.m_2 FOR VALUES IN (2)");
  EXPECT_LT(fixtures::IndexOfSql(*up, "ALTER TABLE public.m ALTER COLUMN v TYPE bigint USING v::bigint"), attach);
  EXPECT_LT(fixtures::IndexOfSql(*up, "ALTER TABLE public.m_2 ALTER COLUMN v TYPE bigint USING v::bigint"), attach);
}

// INHERIT needs the parent's columns on the child already; a column inherited from a parent
// can be dropped only after NO INHERIT of that parent.
TEST(InheritanceTest, InheritAfterColumnsAreAddedNoInheritBeforeTheyAreDropped) {
  catalog::Table child_a = MakeTable("ch", {{"b", "integer"}});
  child_a.inherits = {"public.p2"};
  child_a.columns[0].inherited_only = false;
  catalog::Table child_b = MakeTable("ch", {{"c", "integer"}});
  child_b.inherits = {"public.p3"};
  const Catalog from = WithTables({MakeTable("p2", {{"b", "integer"}}), MakeTable("p3", {{"c", "integer"}}), child_a});
  const Catalog to = WithTables({MakeTable("p2", {{"b", "integer"}}), MakeTable("p3", {{"c", "integer"}}), child_b});
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  EXPECT_LT(fixtures::IndexOfSql(*up, "ALTER TABLE public.ch NO INHERIT public.p2"), fixtures::IndexOfSql(*up, "ALTER TABLE public.ch DROP COLUMN b"));
  EXPECT_LT(fixtures::IndexOfSql(*up, "ALTER TABLE public.ch ADD COLUMN c integer"), fixtures::IndexOfSql(*up, "ALTER TABLE public.ch INHERIT public.p3"));
}

// Whether a new parent's CHECK reaches the child is the constraint's connoinherit, not text in
// its definition: an expression may hold " NO INHERIT" itself.
TEST(InheritanceTest, ANewParentsCheckReachesTheChildUnlessItIsNoInherit) {
  catalog::Table child_a = MakeTable("ch", {{"b", "text"}});
  child_a.columns[0].inherited_only = false;
  catalog::Table child_b = child_a;
  child_b.inherits = {"public.p2"};
  catalog::TablePart check = fixtures::MakePart(Kind::kConstraint, "p2", "p2_b", "CHECK ((b <> ' NO INHERIT'::text))", 'c');
  catalog::TablePart own = fixtures::MakePart(Kind::kConstraint, "p2", "p2_own", "CHECK ((b <> ''::text)) NO INHERIT", 'c');
  own.no_inherit = true;
  Catalog from = WithTables({MakeTable("p2", {{"b", "text"}}), child_a});
  Catalog to = WithTables({MakeTable("p2", {{"b", "text"}}), child_b});
  from.parts = to.parts = {check, own};
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  const std::string sql = fixtures::Sql(*up);
  EXPECT_TRUE(absl::StrContains(sql, "ADD CONSTRAINT p2_b CHECK ((b <> ' NO INHERIT'::text))")) << sql;
  EXPECT_FALSE(absl::StrContains(sql, "p2_own")) << sql;
  EXPECT_LT(fixtures::IndexOfSql(*up, "ALTER TABLE public.ch INHERIT public.p2"), up->size());
}

TEST(TargetMajorTest, WhatTheOlderTargetCannotHoldFailsNamingObjectFeatureAndMajor) {
  catalog::Table t = MakeTable("t", {{"a", "integer"}, {"v", "integer"}});
  t.columns[1].generated = t.columns[1].virtual_generated = true;
  t.columns[1].default_expr = "(a * 2)";
  t.c.grants = {catalog::Grant{"app_reader", "MAINTAIN", false}};
  const Catalog from = OnMajor(WithTables({MakeTable("t", {{"a", "integer"}})}), "170010");
  const Catalog to = OnMajor(WithTables({t}), "180004");
  auto up = PlanStatements(from, to);
  ASSERT_FALSE(up.ok());
  EXPECT_EQ(up.status().code(), absl::StatusCode::kFailedPrecondition);
  const std::string message(up.status().message());
  EXPECT_THAT(message, HasSubstr("PostgreSQL 17"));
  EXPECT_THAT(message, HasSubstr("column public.t.v uses a virtual generated column (PostgreSQL 18)"));
  EXPECT_THAT(message, ::testing::Not(HasSubstr("MAINTAIN privilege")));  // 17 has it
  // The same on 16: both are named.
  auto on16 = PlanStatements(OnMajor(from, "160014"), to);
  ASSERT_FALSE(on16.ok());
  EXPECT_THAT(std::string(on16.status().message()),
              HasSubstr("table public.t uses the MAINTAIN privilege (PostgreSQL 17)"));
}

TEST(TargetMajorTest, AnEmptyFromTakesTheMajorOfTo) {
  catalog::Table t = MakeTable("t", {{"a", "integer"}, {"v", "integer"}});
  t.columns[1].generated = t.columns[1].virtual_generated = true;
  t.columns[1].default_expr = "(a * 2)";
  auto up = PlanStatements(Catalog{}, OnMajor(WithTables({t}), "180004"));
  ASSERT_TRUE(up.ok()) << up.status();
  EXPECT_THAT(Sql(*up), HasSubstr("v integer GENERATED ALWAYS AS ((a * 2)) VIRTUAL"));
  // Without any version the target is 15.
  EXPECT_FALSE(PlanStatements(Catalog{}, WithTables({t})).ok());
}

TEST(TargetMajorTest, AGeneratedExpressionChangesInPlaceFromSeventeen) {
  auto with_expr = [](const std::string& expr) {
    catalog::Table t = MakeTable("t", {{"a", "integer"}, {"g", "integer"}});
    t.columns[1].generated = true;
    t.columns[1].default_expr = expr;
    return WithTables({t});
  };
  auto on16 = PlanStatements(OnMajor(with_expr("(a * 2)"), "160014"), with_expr("(a * 3)"));
  ASSERT_TRUE(on16.ok()) << on16.status();
  EXPECT_THAT(Sql(*on16), HasSubstr("DROP COLUMN g"));
  EXPECT_THAT(Sql(*on16), HasSubstr("ADD COLUMN g integer GENERATED ALWAYS AS ((a * 3)) STORED"));
  EXPECT_EQ(PlanScript(OnMajor(with_expr("(a * 2)"), "170010"), with_expr("(a * 3)")), "ALTER TABLE public.t ALTER COLUMN g SET EXPRESSION AS ((a * 3));\n");
}

// 18 names a NOT NULL constraint by default with a name unused in the schema, so another
// table's constraint of that name would give it a numbered one: an added column gives it.
TEST(TargetMajorTest, AnAddedNotNullColumnNamesItsConstraintFromEighteen) {
  const catalog::Table a = MakeTable("t", {{"id", "integer"}});
  catalog::Table b = MakeTable("t", {{"id", "integer"}, {"n", "integer"}});
  b.columns[1].not_null = true;
  b.columns[1].not_null_constraint = "t_n_not_null";
  EXPECT_THAT(PlanScript(OnMajor(WithTables({a}), "180004"), OnMajor(WithTables({b}), "180004")),
              HasSubstr("ADD COLUMN n integer CONSTRAINT t_n_not_null NOT NULL"));
  EXPECT_THAT(PlanScript(WithTables({a}), WithTables({b})), HasSubstr("ADD COLUMN n integer NOT NULL"));
}

TEST(TargetMajorTest, OnlineSetNotNullUsesANotValidConstraintFromEighteen) {
  catalog::Table a = MakeTable("t", {{"n", "integer"}});
  catalog::Table b = a;
  b.columns[0].not_null = true;
  Options online;
  online.online = true;
  auto on17 = PlanStatements(OnMajor(WithTables({a}), "170010"), WithTables({b}), online);
  ASSERT_TRUE(on17.ok()) << on17.status();
  EXPECT_THAT(Sql(*on17), HasSubstr("CHECK (n IS NOT NULL) NOT VALID"));
  EXPECT_EQ(PlanScript(OnMajor(WithTables({a}), "180004"), WithTables({b}), online),
            "ALTER TABLE public.t ADD CONSTRAINT t_n_not_null NOT NULL n NOT VALID;\n"
            "ALTER TABLE public.t VALIDATE CONSTRAINT t_n_not_null;\n");
}

TEST(TargetMajorTest, DefaultNotNullNamesAreShortenedLikePostgres) {
  EXPECT_EQ(catalog::DefaultNotNullName("t", "a"), "t_a_not_null");
  const std::string longest(63, 'x');
  EXPECT_EQ(catalog::DefaultNotNullName(longest, "id").size(), 63u);
  EXPECT_EQ(catalog::DefaultNotNullName(longest, "id"), std::string(51, 'x') + "_id_not_null");
}

TEST(DefinedKindsTest, AWrappersHandlerAndOptionsChangeInPlaceAndItsServerStays) {
  const ObjectRef wrapper{Kind::kForeignDataWrapper, "w"};
  Catalog from = WithTables({}), to = WithTables({});
  from.defined_objects = {MakeDefined(Kind::kForeignDataWrapper, "w", "NO HANDLER NO VALIDATOR"),
                          MakeDefined(Kind::kForeignServer, "s", "FOREIGN DATA WRAPPER w", {wrapper})};
  to.defined_objects = from.defined_objects;
  to.defined_objects[0].definition = "HANDLER public.h NO VALIDATOR";
  to.defined_objects[0].options = {"a=1"};
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  std::vector<std::string> sql;
  for (const Statement& s : *plan) sql.push_back(s.sql);
  EXPECT_EQ(sql, (std::vector<std::string>{"ALTER FOREIGN DATA WRAPPER w HANDLER public.h NO VALIDATOR",
                                           "ALTER FOREIGN DATA WRAPPER w OPTIONS (ADD a '1')"}));
}

TEST(DefinedKindsTest, AServerMovedToAnotherWrapperIsRecreatedUnderItsForeignTablesAndMappings) {
  const ObjectRef server{Kind::kForeignServer, "s"};
  Catalog from = WithTables({MakeTable("ft", {{"id", "integer"}})}), to;
  from.tables[0].kind = 'f';
  from.tables[0].foreign_server = "s";
  from.tables[0].c.depends_on = {server};
  from.defined_objects = {MakeDefined(Kind::kForeignDataWrapper, "w1", "NO HANDLER NO VALIDATOR"),
                          MakeDefined(Kind::kForeignDataWrapper, "w2", "NO HANDLER NO VALIDATOR"),
                          MakeDefined(Kind::kForeignServer, "s", "FOREIGN DATA WRAPPER w1",
                                      {ObjectRef{Kind::kForeignDataWrapper, "w1"}}),
                          MakeDefined(Kind::kUserMapping, "FOR PUBLIC SERVER s", "", {server})};
  from.defined_objects[2].extra = "VERSION '2'";
  from.defined_objects[3].options = {"user=u"};
  to = from;
  to.defined_objects[2].definition = "FOREIGN DATA WRAPPER w2";
  to.defined_objects[2].c.depends_on = {ObjectRef{Kind::kForeignDataWrapper, "w2"}};
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  const size_t drop = fixtures::IndexOfSql(*plan, "DROP SERVER s"), create = fixtures::IndexOfSql(*plan, "CREATE SERVER s FOREIGN DATA WRAPPER w2");
  EXPECT_LT(fixtures::IndexOfSql(*plan, "DROP FOREIGN TABLE public.ft"), drop);
  EXPECT_LT(fixtures::IndexOfSql(*plan, "DROP USER MAPPING FOR PUBLIC SERVER s"), drop);
  EXPECT_LT(drop, create);
  EXPECT_LT(create, fixtures::IndexOfSql(*plan, "ALTER SERVER s VERSION '2'"));
  EXPECT_LT(create, fixtures::IndexOfSql(*plan, "CREATE FOREIGN TABLE public.ft (id integer) SERVER s"));
  EXPECT_LT(create, fixtures::IndexOfSql(*plan, "CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (\"user\" 'u')"));
}

TEST(DefinedKindsTest, PrivilegesOnAServerAreGrantedOnForeignServerInPlace) {
  Catalog from = WithTables({}), to = WithTables({});
  from.defined_objects = {MakeDefined(Kind::kForeignServer, "s", "FOREIGN DATA WRAPPER w")};
  to.defined_objects = from.defined_objects;
  to.defined_objects[0].c.grants = {catalog::Grant{"app", "USAGE", false}};
  to.defined_objects[0].c.comment = "x";
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  std::vector<std::string> sql;
  for (const Statement& s : *plan) sql.push_back(s.sql);
  EXPECT_THAT(sql, ::testing::Contains("GRANT USAGE ON FOREIGN SERVER s TO app"));
  EXPECT_THAT(sql, ::testing::Contains("COMMENT ON SERVER s IS 'x'"));
  EXPECT_THAT(sql, ::testing::Not(::testing::Contains(HasSubstr("DROP SERVER"))));
}

const ObjectRef kDict{Kind::kTextSearchDictionary, "s.d"};
const ObjectRef kConfig{Kind::kTextSearchConfiguration, "s.c"};
constexpr char kConfigDefinition[] = "(PARSER = pg_catalog.\"default\")\nADD MAPPING FOR word WITH s.d";

TEST(DefinedKindsTest, AConfigurationIsCreatedAfterItsDictionaryWithItsMappingsAndDroppedBeforeIt) {
  Catalog none = WithTables({}), both = WithTables({});
  both.defined_objects = {MakeDefined(Kind::kTextSearchDictionary, "s.d", "(TEMPLATE = pg_catalog.simple)"),
                          MakeDefined(Kind::kTextSearchConfiguration, "s.c", kConfigDefinition, {kDict})};
  EXPECT_EQ(PlanSql(none, both),
            (std::vector<std::string>{"CREATE TEXT SEARCH DICTIONARY s.d (TEMPLATE = pg_catalog.simple)",
                                      "CREATE TEXT SEARCH CONFIGURATION s.c (PARSER = pg_catalog.\"default\")",
                                      "ALTER TEXT SEARCH CONFIGURATION s.c ADD MAPPING FOR word WITH s.d"}));
  EXPECT_EQ(PlanSql(both, none), (std::vector<std::string>{"DROP TEXT SEARCH CONFIGURATION s.c",
                                                           "DROP TEXT SEARCH DICTIONARY s.d"}));
}

TEST(DefinedKindsTest, DictionaryOptionsChangeInPlaceAndLeaveTheConfigurationAlone) {
  Catalog from = WithTables({}), to = WithTables({});
  from.defined_objects = {
      MakeDefined(Kind::kTextSearchDictionary, "s.d",
                  "(TEMPLATE = pg_catalog.simple, accept = 'false', stopwords = 'english')"),
      MakeDefined(Kind::kTextSearchConfiguration, "s.c", kConfigDefinition, {kDict})};
  to.defined_objects = from.defined_objects;
  to.defined_objects[0].definition = "(TEMPLATE = pg_catalog.simple, stopwords = 'it''s, x')";
  // accept is removed (a bare name), stopwords set; the comma inside the quotes splits nothing.
  EXPECT_EQ(PlanSql(from, to), (std::vector<std::string>{
                                   "ALTER TEXT SEARCH DICTIONARY s.d (accept, stopwords = 'it''s, x')"}));
}

// ALTER takes a listed option out and appends it: what is listed makes the result's order the
// target's (pg_dump shows it), and the options already in place at the start stay unlisted.
TEST(DefinedKindsTest, DictionaryOptionChangesLeaveTheOptionsInTheTargetsOrder) {
  Catalog from = WithTables({}), to = WithTables({});
  from.defined_objects = {MakeDefined(Kind::kTextSearchDictionary, "s.d", "(TEMPLATE = t.x, a = '1', b = '2', c = '3')")};
  to.defined_objects = from.defined_objects;
  to.defined_objects[0].definition = "(TEMPLATE = t.x, a = '1', c = '3', b = '2')";
  EXPECT_EQ(PlanSql(from, to), (std::vector<std::string>{"ALTER TEXT SEARCH DICTIONARY s.d (b = '2')"}));
  to.defined_objects[0].definition = "(TEMPLATE = t.x, b = '2', d = '4')";
  EXPECT_EQ(PlanSql(from, to), (std::vector<std::string>{"ALTER TEXT SEARCH DICTIONARY s.d (a, c, d = '4')"}));
  to.defined_objects[0].definition = "(TEMPLATE = t.x, c = '9', a = '1')";
  EXPECT_EQ(PlanSql(from, to), (std::vector<std::string>{"ALTER TEXT SEARCH DICTIONARY s.d (b, c = '9', a = '1')"}));
}

TEST(DefinedKindsTest, ANewTemplateRecreatesTheDictionaryAndTheConfigurationsUsingIt) {
  Catalog from = WithTables({}), to = WithTables({});
  from.defined_objects = {MakeDefined(Kind::kTextSearchDictionary, "s.d", "(TEMPLATE = pg_catalog.simple)"),
                          MakeDefined(Kind::kTextSearchConfiguration, "s.c", kConfigDefinition, {kDict})};
  to.defined_objects = from.defined_objects;
  to.defined_objects[0].definition = "(TEMPLATE = pg_catalog.synonym, synonyms = 'synonym_sample')";
  EXPECT_EQ(PlanSql(from, to),
            (std::vector<std::string>{
                "DROP TEXT SEARCH CONFIGURATION s.c", "DROP TEXT SEARCH DICTIONARY s.d",
                "CREATE TEXT SEARCH DICTIONARY s.d (TEMPLATE = pg_catalog.synonym, synonyms = 'synonym_sample')",
                "CREATE TEXT SEARCH CONFIGURATION s.c (PARSER = pg_catalog.\"default\")",
                "ALTER TEXT SEARCH CONFIGURATION s.c ADD MAPPING FOR word WITH s.d"}));
}

TEST(DefinedKindsTest, MappingChangesAreAlteredAroundTheDictionariesTheyNameAndDropped) {
  const ObjectRef other{Kind::kTextSearchDictionary, "s.e"};
  Catalog from = WithTables({}), to = WithTables({});
  from.defined_objects = {MakeDefined(Kind::kTextSearchDictionary, "s.d", "(TEMPLATE = pg_catalog.simple)"),
                          MakeDefined(Kind::kTextSearchConfiguration, "s.c",
                                      "(PARSER = pg_catalog.\"default\")\nADD MAPPING FOR asciiword WITH s.d"
                                      "\nADD MAPPING FOR word WITH s.d",
                                      {kDict})};
  to.defined_objects = {MakeDefined(Kind::kTextSearchConfiguration, "s.c",
                                    "(PARSER = pg_catalog.\"default\")\nADD MAPPING FOR asciiword WITH s.e"
                                    "\nADD MAPPING FOR numword WITH s.e, pg_catalog.simple",
                                    {other}),
                        MakeDefined(Kind::kTextSearchDictionary, "s.e", "(TEMPLATE = pg_catalog.simple)")};
  // The new dictionary exists before a mapping names it; the old one goes once none does.
  EXPECT_EQ(PlanSql(from, to),
            (std::vector<std::string>{
                "CREATE TEXT SEARCH DICTIONARY s.e (TEMPLATE = pg_catalog.simple)",
                "ALTER TEXT SEARCH CONFIGURATION s.c DROP MAPPING FOR word",
                "ALTER TEXT SEARCH CONFIGURATION s.c ALTER MAPPING FOR asciiword WITH s.e",
                "ALTER TEXT SEARCH CONFIGURATION s.c ALTER MAPPING FOR numword WITH s.e, pg_catalog.simple",
                "DROP TEXT SEARCH DICTIONARY s.d"}));
}

TEST(DefinedKindsTest, AChangedCastIsRecreatedAfterItsNewFunctionAndItsCommentSetOnTheNewOne) {
  const ObjectRef old_fn{Kind::kFunction, "s.f(s.t)"}, new_fn{Kind::kFunction, "s.g(s.t)"};
  Catalog from = WithTables({}), to = WithTables({});
  from.defined_objects = {MakeDefined(Kind::kCast, "(s.t AS integer)", "WITH FUNCTION s.f(s.t)", {old_fn})};
  to.defined_objects = {MakeDefined(Kind::kCast, "(s.t AS integer)", "WITH FUNCTION s.g(s.t) AS IMPLICIT", {new_fn})};
  to.defined_objects[0].c.comment = "c";
  catalog::Function f;
  f.c.ref = old_fn;
  f.c.schema = "s";
  f.definition = "CREATE FUNCTION s.f(s.t) ...";
  catalog::Function g = f;
  g.c.ref = new_fn;
  g.definition = "CREATE FUNCTION s.g(s.t) ...";
  from.functions = {f};
  to.functions = {g};
  const std::vector<std::string> sql = PlanSql(from, to);
  auto at = [&](const std::string& statement) {
    auto it = std::find(sql.begin(), sql.end(), statement);
    EXPECT_NE(it, sql.end()) << statement;
    return it - sql.begin();
  };
  EXPECT_LT(at("DROP CAST (s.t AS integer)"), at("DROP FUNCTION s.f(s.t)"));
  EXPECT_LT(at("CREATE FUNCTION s.g(s.t) ..."), at("CREATE CAST (s.t AS integer) WITH FUNCTION s.g(s.t) AS IMPLICIT"));
  EXPECT_LT(at("CREATE CAST (s.t AS integer) WITH FUNCTION s.g(s.t) AS IMPLICIT"), at("COMMENT ON CAST (s.t AS integer) IS 'c'"));
}

// ---- operators, operator families and classes

catalog::DefinedObject MakeOperatorKind(Kind kind, const std::string& name, const std::string& id,
                                        const std::string& definition, std::vector<ObjectRef> depends_on = {}) {
  catalog::DefinedObject o = MakeDefined(kind, id, definition, std::move(depends_on));
  o.c.schema = "public";
  o.c.name = name;
  return o;
}

std::vector<std::string> SqlList(const std::vector<Statement>& plan) {
  std::vector<std::string> sql;
  for (const Statement& s : plan) sql.push_back(s.sql);
  return sql;
}

TEST(OperatorKindsTest, ChangedEstimatorsAreAlteredInPlaceAndAMissingOneIsSetToNone) {
  Catalog from = WithTables({}), to = WithTables({});
  from.defined_objects = {MakeOperatorKind(Kind::kOperator, "===", "public.===(integer, integer)",
                                           "FUNCTION = public.eq, LEFTARG = integer, RIGHTARG = integer")};
  from.defined_objects[0].extra = "RESTRICT = eqsel, JOIN = eqjoinsel";
  to.defined_objects = from.defined_objects;
  to.defined_objects[0].extra = "JOIN = scalarltjoinsel";
  to.defined_objects[0].c.comment = "equal";
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(SqlList(*plan), (std::vector<std::string>{
                                "ALTER OPERATOR public.===(integer, integer) SET (RESTRICT = NONE, JOIN = scalarltjoinsel)",
                                "COMMENT ON OPERATOR public.===(integer, integer) IS 'equal'"}));
}

TEST(OperatorKindsTest, AChangedOperatorIsRecreatedWithTheViewUsingItAndAfterItsFunction) {
  const ObjectRef op{Kind::kOperator, "public.===(integer, integer)"};
  const catalog::Function eq = fixtures::Named<catalog::Function>(
      Kind::kFunction, "public", "eq", "public.eq(integer, integer)",
      "CREATE FUNCTION public.eq(integer, integer) RETURNS boolean LANGUAGE sql AS 'SELECT true'");
  catalog::View v = fixtures::Named<catalog::View>(Kind::kView, "public", "v", "public.v", " SELECT 1 === 1 AS x;");
  v.c.depends_on = {op};
  Catalog from = WithTables({}), to = WithTables({});
  from.views = {v};
  to.views = {v};
  to.functions = {eq};
  from.defined_objects = {MakeOperatorKind(Kind::kOperator, "===", op.id,
                                           "FUNCTION = int4eq, LEFTARG = integer, RIGHTARG = integer")};
  to.defined_objects = {MakeOperatorKind(Kind::kOperator, "===", op.id,
                                         "FUNCTION = public.eq, LEFTARG = integer, RIGHTARG = integer", {eq.c.ref})};
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_LT(fixtures::IndexOfSql(*plan, "DROP VIEW public.v"),
            fixtures::IndexOfSql(*plan, "DROP OPERATOR public.===(integer, integer)"));
  const size_t function = fixtures::IndexOfSql(*plan, eq.definition);
  const size_t create = fixtures::IndexOfSql(
      *plan, "CREATE OPERATOR public.=== (FUNCTION = public.eq, LEFTARG = integer, RIGHTARG = integer)");
  const size_t view = fixtures::IndexOfSql(*plan, "CREATE VIEW public.v AS\nSELECT 1 === 1 AS x");
  EXPECT_LT(function, create);
  EXPECT_LT(create, view);
}

TEST(OperatorKindsTest, AFamilyGainingLooseMembersIsRecreatedWithItsClassAndTheIndexUsingIt) {
  const ObjectRef family{Kind::kOperatorFamily, "public.f USING btree"};
  const ObjectRef opclass{Kind::kOperatorClass, "public.c USING btree"};
  const std::string class_definition =
      "FOR TYPE integer USING btree FAMILY public.f AS FUNCTION 1 (integer, integer) btint4cmp(integer,integer)";
  Catalog from = WithTables({MakeTable("t", {{"n", "integer"}})}), to = from;
  catalog::TablePart index = fixtures::MakePart(Kind::kIndex, "t", "t_n", "CREATE INDEX t_n ON public.t USING btree (n public.c)");
  index.c.depends_on = {opclass};
  from.parts = to.parts = {index};
  from.defined_objects = {MakeOperatorKind(Kind::kOperatorFamily, "f", family.id, "USING btree"),
                          MakeOperatorKind(Kind::kOperatorClass, "c", opclass.id, class_definition, {family})};
  to.defined_objects = from.defined_objects;
  to.defined_objects[0].extra = "FUNCTION 1 (integer, bigint) btint48cmp(integer,bigint)";
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(SqlList(*plan),
            (std::vector<std::string>{
                "DROP INDEX public.t_n", "DROP OPERATOR CLASS public.c USING btree",
                "DROP OPERATOR FAMILY public.f USING btree", "CREATE OPERATOR FAMILY public.f USING btree",
                "ALTER OPERATOR FAMILY public.f USING btree ADD FUNCTION 1 (integer, bigint) btint48cmp(integer,bigint)",
                "CREATE OPERATOR CLASS public.c " + class_definition,
                "CREATE INDEX t_n ON public.t USING btree (n public.c)"}));
}

TEST(AggregateTest, AnOrderedSetAggregateIsGrantedByItsArgumentTypesWithoutOrderBy) {
  catalog::Function agg =
      fixtures::Named<catalog::Function>(Kind::kFunction, "public", "pct", "public.pct(double precision ORDER BY anyelement)");
  agg.kind = 'a';
  agg.identity_args = "double precision ORDER BY anyelement";
  agg.argument_types = "double precision, anyelement";
  agg.c.grants = {catalog::Grant{"PUBLIC", "EXECUTE", false}};
  Catalog from = WithTables({}), to = WithTables({});
  from.functions = {agg};
  agg.c.grants.push_back(catalog::Grant{"app", "EXECUTE", false});
  agg.c.comment = "percentile";
  to.functions = {agg};
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(SqlList(*plan),
            (std::vector<std::string>{
                "COMMENT ON AGGREGATE public.pct(double precision ORDER BY anyelement) IS 'percentile'",
                "GRANT EXECUTE ON FUNCTION public.pct(double precision, anyelement) TO app"}));
}

// CREATE OR REPLACE AGGREGATE keeps what uses the aggregate; a change of kind (hypothetical-set
// or not) it cannot make, so that one is a drop and a create.
TEST(AggregateTest, AChangedAggregateIsReplacedInPlaceUnlessItsKindChanges) {
  catalog::Function agg = fixtures::Named<catalog::Function>(Kind::kFunction, "public", "s2", "public.s2(integer)");
  agg.kind = 'a';
  agg.identity_args = "integer";
  agg.argument_types = "integer";
  agg.definition = "CREATE AGGREGATE public.s2(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0')";
  Catalog from = WithTables({}), to = WithTables({});
  from.functions = {agg};
  agg.definition = "CREATE AGGREGATE public.s2(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '10')";
  to.functions = {agg};
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(SqlList(*plan),
            (std::vector<std::string>{
                "CREATE OR REPLACE AGGREGATE public.s2(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '10')"}));

  to.functions[0].definition += ", HYPOTHETICAL";
  plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_THAT(SqlList(*plan), testing::Contains("DROP AGGREGATE public.s2(integer)"));
  EXPECT_THAT(SqlList(*plan), testing::Contains(testing::StartsWith("CREATE AGGREGATE public.s2(integer)")));
}

}  // namespace
}  // namespace schemaservice::plan::internal
