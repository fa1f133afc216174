// Rename hints without a database: parsing, the checks a hint must pass, and the property
// that matters: a hinted rename becomes ALTER ... RENAME and no drop, for both directions.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "absl/strings/match.h"
#include "service/plan/plan.h"
#include "service/plan/rename_text.h"
#include "service/plan/test_catalogs.h"

namespace schemaservice::plan {
namespace {

using catalog::Catalog;
using fixtures::PlanScript;
using fixtures::Sql;
using ::testing::HasSubstr;

TEST(RenameHintTest, ParsesKindsQuotedNamesAndTheShortForm) {
  auto hint = ParseRenameHint("public.users.nick=nickname");
  ASSERT_TRUE(hint.ok()) << hint.status();
  EXPECT_EQ(hint->kind, "");
  EXPECT_EQ(hint->from, "public.users.nick");
  EXPECT_EQ(hint->to, "public.users.nickname");

  hint = ParseRenameHint("table:Public.\"Users\"=app.accounts");
  ASSERT_TRUE(hint.ok()) << hint.status();
  EXPECT_EQ(hint->kind, "table");
  EXPECT_EQ(hint->from, "public.\"Users\"");  // unquoted folds to lower case, quoted stays
  EXPECT_EQ(hint->to, "app.accounts");

  hint = ParseRenameHint("label:public.mood.\"Very Happy\"=\"a=b\"");
  ASSERT_TRUE(hint.ok()) << hint.status();
  EXPECT_EQ(hint->to, "public.mood.\"a=b\"");  // '=' inside quotes does not split

  hint = ParseRenameHint("function:public.f(integer, text)=g");
  ASSERT_TRUE(hint.ok()) << hint.status();
  EXPECT_EQ(hint->from, "public.f(integer, text)");
  EXPECT_EQ(hint->to, "public.g");
  EXPECT_EQ(hint->Reversed().from, "public.g");
}

TEST(RenameHintTest, BadHintsAreInvalidArgumentsThatShowTheForm) {
  for (const char* bad : {"users", "=x", "a.b=", "a=b=c", "widget:a.b=c", "public.t=a.b.c", "a.b=a.b",
                          "public.\"open=x", "a..b=c"}) {
    auto hint = ParseRenameHint(bad);
    EXPECT_EQ(hint.status().code(), absl::StatusCode::kInvalidArgument) << bad;
    if (!hint.ok()) {
      EXPECT_THAT(std::string(hint.status().message()), HasSubstr("OLD=NEW")) << bad;
    }
  }
}

Catalog OneTable(const std::string& table, const std::vector<std::string>& columns) {
  std::vector<std::pair<std::string, std::string>> typed;
  for (const std::string& name : columns) typed.emplace_back(name, "text");
  return fixtures::WithTables({fixtures::MakeTable(table, typed)});
}

// PostgreSQL refuses RENAME COLUMN on a parent whose child has the column from another parent
// too: the hint is refused at plan time, naming the child and the other parent.
TEST(RenameHintTest, AColumnAChildGetsFromTwoParentsIsRefusedAtPlanTime) {
  auto side = [](const std::string& first_column) {
    catalog::Table p1 = fixtures::MakeTable("p1", {{first_column, "text"}});
    catalog::Table p2 = fixtures::MakeTable("p2", {{"label", "text"}});
    catalog::Table ch = fixtures::MakeTable("ch", {{first_column, "text"}, {"label", "text"}});
    ch.inherits = {"public.p1", "public.p2"};
    for (catalog::Column& c : ch.columns) c.inherited_only = true;
    if (first_column == "label") ch.columns.pop_back();  // merged: one column from both
    return fixtures::WithTables({p1, p2, ch});
  };
  Options options;
  options.renames = {*ParseRenameHint("column:public.p1.label=public.p1.title")};
  auto plan = PlanMigration(side("label"), side("title"), options);
  ASSERT_EQ(plan.status().code(), absl::StatusCode::kFailedPrecondition) << plan.status();
  EXPECT_THAT(std::string(plan.status().message()), HasSubstr("public.ch has column label from public.p1 and from public.p2"));
  EXPECT_THAT(std::string(plan.status().message()), HasSubstr("ALTER TABLE public.ch NO INHERIT public.p2"));
}

TEST(RenameHintTest, AHintedColumnRenameIsARenameBothWaysAndDropsNothing) {
  const Catalog a = OneTable("users", {"id", "nick"});
  const Catalog b = OneTable("users", {"id", "nickname"});
  Options options;
  options.renames = {*ParseRenameHint("public.users.nick=nickname")};
  auto plan = PlanMigration(a, b, options);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(Sql(plan->up), "ALTER TABLE public.users RENAME COLUMN nick TO nickname;\n");
  EXPECT_EQ(Sql(plan->down), "ALTER TABLE public.users RENAME COLUMN nickname TO nick;\n");
  ASSERT_EQ(plan->changes.size(), 1u);
  EXPECT_EQ(plan->changes[0].Describe(), "alter column public.users.nick: name public.users.nick -> public.users.nickname");
  // Without the hint it is a drop and an add, said as a possible rename naming the flag.
  auto unhinted = PlanStatements(a, b);
  ASSERT_TRUE(unhinted.ok());
  bool said = false;
  for (const Statement& s : *unhinted) {
    for (const Hazard& h : s.hazards) {
      if (h.kind == HazardKind::kPossibleRename &&
          absl::StrContains(h.safer_alternative, "--rename column:public.users.nick=public.users.nickname")) {
        said = true;
      }
    }
  }
  EXPECT_TRUE(said) << RenderSql(*unhinted);
}

TEST(RenameHintTest, AHintedTableRenameMovesItsColumnsAndCarriesARenameHazard) {
  const Catalog a = OneTable("users", {"id"});
  const Catalog b = OneTable("accounts", {"id"});
  Options options;
  options.renames = {*ParseRenameHint("public.users=accounts")};
  auto up = PlanStatements(a, b, options);
  ASSERT_TRUE(up.ok()) << up.status();
  ASSERT_EQ(up->size(), 1u) << RenderSql(*up);
  EXPECT_EQ((*up)[0].sql, "ALTER TABLE public.users RENAME TO accounts");
  ASSERT_FALSE((*up)[0].hazards.empty());
  EXPECT_EQ((*up)[0].hazards[0].kind, HazardKind::kBackwardIncompatible);
}

TEST(RenameHintTest, AHintThatMatchesNoDropAndCreateIsRefused) {
  const Catalog a = OneTable("users", {"id", "nick"});
  const Catalog b = OneTable("users", {"id", "nickname"});
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"public.users.nope=x", "names nothing"},
      {"public.users.nick=other", "the target has no column public.users.other"},
      {"public.users.id=nickname", "the target still has column public.users.id"},
      {"table:public.users.nick=nickname", "no table public.users.nick"},
  };
  for (const auto& [text, why] : cases) {
    Options options;
    options.renames = {*ParseRenameHint(text)};
    auto plan = PlanMigration(a, b, options);
    EXPECT_EQ(plan.status().code(), absl::StatusCode::kInvalidArgument) << text;
    EXPECT_THAT(std::string(plan.status().message()), HasSubstr(why)) << text;
  }
}

// Renames run before the rest of the plan: a new name still held by a relation the plan
// drops (here an index) is freed first, and the plan drops that relation under its aside name.
TEST(RenameHintTest, ANewNameHeldByARelationThePlanDropsIsFreedFirst) {
  Catalog a = OneTable("log_entries", {"at"});
  a.parts.push_back(fixtures::MakePart(catalog::Kind::kIndex, "log_entries", "events",
                                       "CREATE INDEX events ON public.log_entries USING btree (at)"));
  const Catalog b = OneTable("events", {"at"});
  Options options;
  options.renames = {*ParseRenameHint("public.log_entries=events")};
  EXPECT_EQ(PlanScript(a, b, options),
            "ALTER INDEX public.events RENAME TO events_replaced;\n"
            "ALTER TABLE public.log_entries RENAME TO events;\n"
            "DROP INDEX public.events_replaced;\n");
}

// A function's identity names its argument types: a type rename hint moves it, so the function
// is kept (no DROP FUNCTION naming a type the rename has already moved away).
TEST(RenameHintTest, ATypeRenameMovesTheFunctionsWhoseSignaturesNameIt) {
  auto with_type = [](const std::string& type) {
    Catalog c;
    catalog::Type t;
    t.c = {catalog::ObjectRef{catalog::Kind::kType, "public." + type}, "public", type};
    t.labels = {"ok"};
    c.types.push_back(t);
    catalog::Function f;
    f.c = {catalog::ObjectRef{catalog::Kind::kFunction, "public.f(m public." + type + ")"}, "public", "f"};
    f.identity_args = f.arguments = "m public." + type;
    f.result = "SETOF public." + type;
    f.definition = "CREATE OR REPLACE FUNCTION public.f(m public." + type + ")\n RETURNS SETOF public." + type +
                   "\n LANGUAGE sql\nAS $function$ SELECT m $function$\n";
    c.functions.push_back(f);
    return c;
  };
  Options options;
  options.renames = {*ParseRenameHint("public.mood=feeling")};
  EXPECT_EQ(PlanScript(with_type("mood"), with_type("feeling"), options), "ALTER TYPE public.mood RENAME TO feeling;\n");
}

// An extension moving schema takes its members' names with it: the plan is its ALTER alone,
// not a retype of every column of its types, and only its members are read as moved.
TEST(RenameTest, AnExtensionMovedToAnotherSchemaIsOneAlterAndItsMembersFollow) {
  EXPECT_EQ(internal::ReplaceSchemaOf("public.nlevel(x) OPERATOR(public.<@) 'public.nlevel' public.nlevelx public.other "
                                      "s.public.nlevel public.ltree[]",
                                      "public.", "ext.", {"nlevel", "<@", "ltree"}),
            "ext.nlevel(x) OPERATOR(ext.<@) 'public.nlevel' public.nlevelx public.other s.public.nlevel ext.ltree[]");
  auto with_extension = [](const std::string& schema) {
    Catalog c = fixtures::WithTables({fixtures::MakeTable("t", {{"p", schema + ".ltree"}})});
    catalog::Schema ext;
    ext.c.ref = catalog::ObjectRef{catalog::Kind::kSchema, "ext"};
    ext.c.name = "ext";
    c.schemas.push_back(ext);
    catalog::Extension e;
    e.c.ref = catalog::ObjectRef{catalog::Kind::kExtension, "ltree"};
    e.c.name = "ltree";
    e.c.schema = schema;
    e.members = {"ltree", "nlevel"};
    c.extensions.push_back(e);
    return c;
  };
  EXPECT_EQ(PlanScript(with_extension("public"), with_extension("ext")), "ALTER EXTENSION ltree SET SCHEMA ext;\n");
}

}  // namespace
}  // namespace schemaservice::plan
