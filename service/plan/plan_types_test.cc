// Unit tests of type planning on hand-built catalogs: no database. They pin how a range type
// is re-created while columns use it, and how a base type's cycle with its I/O functions is
// broken (shell type on create, DROP ... CASCADE on drop).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "service/plan/plan.h"
#include "service/plan/test_catalogs.h"

namespace schemaservice::plan {
namespace {

using catalog::Catalog;
using catalog::Kind;
using catalog::ObjectRef;

using fixtures::IndexOfSql;
using fixtures::MakeTable;
using fixtures::Sql;
using fixtures::WithTables;

const ObjectRef kRange{Kind::kType, "public.floatr"};

// Type public.<name> of `kind` with `definition`.
catalog::Type MakeType(const std::string& name, char kind, const std::string& definition) {
  catalog::Type t;
  t.c.ref = ObjectRef{Kind::kType, "public." + name};
  t.c.schema = "public";
  t.c.name = name;
  t.kind = kind;
  t.definition = definition;
  return t;
}

// public.floatr (a range with `definition`) and table t whose column r uses it.
Catalog WithRange(const std::string& definition) {
  Catalog c = WithTables({MakeTable("t", {{"r", "public.floatr"}})});
  c.types.push_back(MakeType("floatr", 'r', definition));
  c.tables[0].columns[0].depends_on = {kRange};
  return c;
}

TEST(PlanTypesTest, ARangeRecreatedUnderAColumnRenamesItsMultirangeAndConstructorsAside) {
  const Catalog from = WithRange("SUBTYPE = double precision, MULTIRANGE_TYPE_NAME = public.floatr_multirange");
  const Catalog to = WithRange(
      "SUBTYPE = double precision, SUBTYPE_DIFF = float8mi, MULTIRANGE_TYPE_NAME = public.floatr_multirange");
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  // The constructors are named after the types: a new range of the same name would collide.
  const size_t fn = IndexOfSql(*up, "ALTER FUNCTION public.floatr(double precision, double precision) RENAME TO floatr__schemad_old");
  IndexOfSql(*up, "ALTER FUNCTION public.floatr_multirange(public.floatr[]) RENAME TO floatr__schemad_old_multirange");
  const size_t multi = IndexOfSql(*up, "ALTER TYPE public.floatr_multirange RENAME TO floatr__schemad_old_multirange");
  const size_t type = IndexOfSql(*up, "ALTER TYPE public.floatr RENAME TO floatr__schemad_old");
  const size_t create = IndexOfSql(
      *up, "CREATE TYPE public.floatr AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi, "
           "MULTIRANGE_TYPE_NAME = public.floatr_multirange)");
  const size_t convert = IndexOfSql(*up, "ALTER TABLE public.t ALTER COLUMN r TYPE public.floatr USING r::text::public.floatr");
  const size_t drop = IndexOfSql(*up, "DROP TYPE public.floatr__schemad_old");
  EXPECT_LT(fn, type) << "the functions are named by the old type's name";
  EXPECT_LT(multi, create);
  EXPECT_LT(type, create);
  EXPECT_LT(create, convert);
  EXPECT_LT(convert, drop);
}

// A domain over the range would stay on the old range and block its drop: it is rebuilt over
// the new one, and the old range goes after the old domain.
TEST(PlanTypesTest, ATypeOverARangeRebuiltUnderColumnsIsRebuiltWithIt) {
  Catalog from = WithRange("SUBTYPE = double precision, MULTIRANGE_TYPE_NAME = public.floatr_multirange");
  catalog::Type domain = MakeType("span", 'd', "public.floatr");
  domain.c.depends_on = {kRange};
  from.types.push_back(domain);
  Catalog to = from;
  to.types[0].definition = "SUBTYPE = numeric, MULTIRANGE_TYPE_NAME = public.floatr_multirange";
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  const size_t range = IndexOfSql(*up, "CREATE TYPE public.floatr AS RANGE (SUBTYPE = numeric, "
                                       "MULTIRANGE_TYPE_NAME = public.floatr_multirange)");
  const size_t aside = IndexOfSql(*up, "ALTER DOMAIN public.span RENAME TO span__schemad_old");
  const size_t remade = IndexOfSql(*up, "CREATE DOMAIN public.span AS public.floatr");
  const size_t old_domain = IndexOfSql(*up, "DROP DOMAIN public.span__schemad_old");
  const size_t old_range = IndexOfSql(*up, "DROP TYPE public.floatr__schemad_old");
  EXPECT_LT(range, remade) << "the new domain is over the new range";
  EXPECT_LT(aside, remade);
  EXPECT_LT(remade, old_domain);
  EXPECT_LT(old_domain, old_range) << "the old domain holds the old range until it goes";
}

// public.pt (a composite with `attributes`) and table t whose column pts holds an array of it.
Catalog WithCompositeArray(const std::vector<std::pair<std::string, std::string>>& attributes) {
  Catalog c = WithTables({MakeTable("t", {{"pts", "public.pt[]"}})});
  catalog::Type t = MakeType("pt", 'c', "");
  t.attributes = attributes;
  c.types.push_back(t);
  c.tables[0].columns[0].depends_on = {ObjectRef{Kind::kType, "public.pt"}};
  return c;
}

TEST(PlanTypesTest, AnArrayOfACompositeRebuiltConvertsElementByElementThroughAHelper) {
  const Catalog from = WithCompositeArray({{"x", "integer"}, {"label", "text"}});
  const Catalog to = WithCompositeArray({{"x", "bigint"}, {"z", "integer"}});
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  // Through text an attribute added or dropped would fail; USING takes no subquery, a function may.
  const size_t helper = IndexOfSql(
      *up, "CREATE FUNCTION public.pt__schemad_conv(public.pt__schemad_old[]) RETURNS public.pt[] LANGUAGE sql "
           "IMMUTABLE AS $schemad$SELECT CASE WHEN $1 IS NULL THEN NULL ELSE ARRAY(SELECT CASE WHEN "
           "num_nulls($1[i]) = 1 THEN NULL ELSE ROW(($1[i]).x::bigint, NULL::integer)::public.pt END FROM "
           "generate_subscripts($1, 1) AS i ORDER BY i) END$schemad$");
  const size_t convert = IndexOfSql(*up, "ALTER TABLE public.t ALTER COLUMN pts TYPE public.pt[] USING public.pt__schemad_conv(pts)");
  const size_t drop_helper = IndexOfSql(*up, "DROP FUNCTION public.pt__schemad_conv(public.pt__schemad_old[])");
  const size_t drop_old = IndexOfSql(*up, "DROP TYPE public.pt__schemad_old");
  EXPECT_LT(helper, convert);
  EXPECT_LT(convert, drop_helper);
  EXPECT_LT(drop_helper, drop_old);
}

const ObjectRef kBase{Kind::kType, "public.myint"};
const ObjectRef kIn{Kind::kFunction, "public.myint_in(cstring)"};
const ObjectRef kOut{Kind::kFunction, "public.myint_out(public.myint)"};

// Base type public.myint with its input and output functions, each depending on the other
// as pg_depend records it.
Catalog WithBaseType(const std::string& alignment) {
  Catalog c = WithTables({});
  catalog::Type t = MakeType(
      "myint", 'b', "INPUT = public.myint_in, OUTPUT = public.myint_out, INTERNALLENGTH = 4, PASSEDBYVALUE, ALIGNMENT = " + alignment);
  t.settings = {{"RECEIVE", "NONE"}, {"SEND", "NONE"}, {"TYPMOD_IN", "NONE"}, {"TYPMOD_OUT", "NONE"},
                {"ANALYZE", "NONE"}, {"SUBSCRIPT", "NONE"}, {"STORAGE", "plain"}};
  t.c.depends_on = {kIn, kOut};
  c.types.push_back(t);
  for (const auto& [ref, name, args] : {std::make_tuple(kIn, "myint_in", "cstring"),
                                        std::make_tuple(kOut, "myint_out", "public.myint")}) {
    catalog::Function f;
    f.c.ref = ref;
    f.c.schema = "public";
    f.c.name = name;
    f.identity_args = args;
    f.definition = std::string("CREATE OR REPLACE FUNCTION ") + ref.id + " LANGUAGE internal AS 'x'";
    f.c.depends_on = {kBase};
    c.functions.push_back(f);
  }
  return c;
}

// The CREATE TYPE that makes WithBaseType(alignment) whole.
std::string WholeSql(const std::string& alignment) {
  return "CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, INTERNALLENGTH = 4, "
         "PASSEDBYVALUE, ALIGNMENT = " + alignment + ", STORAGE = plain)";
}

TEST(PlanTypesTest, ABaseTypeIsCreatedAsAShellThenItsFunctionsThenWhole) {
  auto up = PlanStatements(WithTables({}), WithBaseType("int4"));
  ASSERT_TRUE(up.ok()) << up.status();
  const size_t shell = IndexOfSql(*up, "CREATE TYPE public.myint");
  const size_t in = IndexOfSql(*up, "CREATE OR REPLACE FUNCTION public.myint_in(cstring) LANGUAGE internal AS 'x'");
  const size_t whole = IndexOfSql(*up, WholeSql("int4"));
  EXPECT_LT(shell, in);
  EXPECT_LT(in, whole);
}

TEST(PlanTypesTest, ABaseTypeIsDroppedWithCascadeAndItsFunctionsGoWithIt) {
  auto down = PlanStatements(WithBaseType("int4"), WithTables({}));
  ASSERT_TRUE(down.ok()) << down.status();
  ASSERT_EQ(down->size(), 1u) << Sql(*down);
  EXPECT_EQ(down->front().sql, "DROP TYPE public.myint CASCADE");
}

TEST(PlanTypesTest, ABaseTypeRecreatedRemakesTheFunctionsItsCascadeTook) {
  auto up = PlanStatements(WithBaseType("int4"), WithBaseType("double"));
  ASSERT_TRUE(up.ok()) << up.status();
  const size_t drop = IndexOfSql(*up, "DROP TYPE public.myint CASCADE");
  const size_t shell = IndexOfSql(*up, "CREATE TYPE public.myint");
  const size_t out = IndexOfSql(*up, "CREATE OR REPLACE FUNCTION public.myint_out(public.myint) LANGUAGE internal AS 'x'");
  const size_t whole = IndexOfSql(*up, WholeSql("double"));
  EXPECT_LT(drop, shell);
  EXPECT_LT(shell, out);
  EXPECT_LT(out, whole);
}

TEST(PlanTypesTest, SupportFunctionsAndToastableStorageChangeInPlace) {
  Catalog to = WithBaseType("int4");
  to.types[0].settings[0].second = "public.myint_recv";
  auto up = PlanStatements(WithBaseType("int4"), to);
  ASSERT_TRUE(up.ok()) << up.status();
  ASSERT_EQ(up->size(), 1u) << Sql(*up);
  EXPECT_EQ(up->front().sql, "ALTER TYPE public.myint SET (RECEIVE = public.myint_recv)");
}

TEST(PlanTypesTest, StorageBackToPlainRecreatesTheType) {
  Catalog from = WithBaseType("int4");
  from.types[0].settings.back().second = "extended";
  auto up = PlanStatements(from, WithBaseType("int4"));
  ASSERT_TRUE(up.ok()) << up.status();
  IndexOfSql(*up, "DROP TYPE public.myint CASCADE");
}

}  // namespace
}  // namespace schemaservice::plan
