// Rename hints without a database: parsing, the checks a hint must pass, and the property
// that matters: a hinted rename becomes ALTER ... RENAME and no drop, for both directions.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

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

// The up and down plans' SQL, once the plan is made (a test failure naming the status if not).
void ExpectUpAndDown(const absl::StatusOr<Plan>& plan, const std::string& up, const std::string& down) {
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(Sql(plan->up), up);
  EXPECT_EQ(Sql(plan->down), down);
}

// Enum public.<type> and SQL function public.<function>(<arg> public.<type>) returning `result`.
Catalog EnumAndFunction(const std::string& type, const std::string& function, const std::string& arg,
                        const std::string& result, const std::string& body) {
  Catalog c;
  catalog::Type t;
  t.c = {catalog::ObjectRef{catalog::Kind::kType, "public." + type}, "public", type};
  t.labels = {"ok"};
  c.types.push_back(t);
  catalog::Function f;
  const std::string args = arg + " public." + type;
  f.c = {catalog::ObjectRef{catalog::Kind::kFunction, "public." + function + "(" + args + ")"}, "public", function};
  f.identity_args = f.arguments = args;
  f.result = result;
  f.definition = "CREATE OR REPLACE FUNCTION public." + function + "(" + args + ")\n RETURNS " + result +
                 "\n LANGUAGE sql\nAS $function$ " + body + " $function$\n";
  c.functions.push_back(f);
  return c;
}

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
  ExpectUpAndDown(plan,
                  "ALTER TABLE public.users RENAME COLUMN nick TO nickname;\n",
                  "ALTER TABLE public.users RENAME COLUMN nickname TO nick;\n");
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
    return EnumAndFunction(type, "f", "m", "SETOF public." + type, "SELECT m");
  };
  Options options;
  options.renames = {*ParseRenameHint("public.mood=feeling")};
  EXPECT_EQ(PlanScript(with_type("mood"), with_type("feeling"), options), "ALTER TYPE public.mood RENAME TO feeling;\n");
}

// ---- Hints checked as a set ----

Catalog Tables(std::vector<catalog::Table> tables, std::vector<catalog::TablePart> parts = {}) {
  std::sort(tables.begin(), tables.end(), [](const auto& a, const auto& b) { return a.c.ref < b.c.ref; });
  std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.c.ref < b.c.ref; });
  Catalog c = fixtures::WithTables(tables);
  c.parts = parts;
  return c;
}

Options Hints(const std::vector<std::string>& texts) {
  Options options;
  for (const std::string& text : texts) options.renames.push_back(*ParseRenameHint(text));
  return options;
}

// events -> events_old and events_new -> events: the hint that frees a name runs before the
// one that takes it, whatever order they are given in, and the way back too.
TEST(RenameHintSetTest, AChainRenamesTheOneThatFreesTheNameFirstInBothDirections) {
  const Catalog a = Tables({fixtures::MakeTable("events", {{"id", "bigint"}}),
                            fixtures::MakeTable("events_new", {{"id", "bigint"}, {"kind", "text"}})});
  const Catalog b = Tables({fixtures::MakeTable("events_old", {{"id", "bigint"}}),
                            fixtures::MakeTable("events", {{"id", "bigint"}, {"kind", "text"}})});
  for (const auto& order : {std::vector<std::string>{"table:public.events=public.events_old", "table:public.events_new=public.events"},
                            std::vector<std::string>{"table:public.events_new=public.events", "table:public.events=public.events_old"}}) {
    auto plan = PlanMigration(a, b, Hints(order));
    ExpectUpAndDown(plan,
                    "ALTER TABLE public.events RENAME TO events_old;\n"
                    "ALTER TABLE public.events_new RENAME TO events;\n",
                    "ALTER TABLE public.events RENAME TO events_new;\n"
                    "ALTER TABLE public.events_old RENAME TO events;\n");
  }
}

// The set frees a name only through a hint: alone, the first hint of the chain is refused as
// before, since the target keeps a table of the old name.
TEST(RenameHintSetTest, ANameTheTargetKeepsIsRefusedUnlessAnotherHintTakesIt) {
  const Catalog a = Tables({fixtures::MakeTable("events", {{"id", "bigint"}}),
                            fixtures::MakeTable("events_new", {{"id", "bigint"}, {"kind", "text"}})});
  const Catalog b = Tables({fixtures::MakeTable("events_old", {{"id", "bigint"}}),
                            fixtures::MakeTable("events", {{"id", "bigint"}, {"kind", "text"}})});
  auto plan = PlanMigration(a, b, Hints({"table:public.events=public.events_old"}));
  EXPECT_EQ(plan.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(plan.status().message()), HasSubstr("the target still has table public.events"));
}

// first -> last and last -> first: a true cycle goes through a temporary name, and each hint
// is still one change, old -> new.
TEST(RenameHintSetTest, ACycleGoesThroughATemporaryNameAndIsOneChangePerHint) {
  const Catalog a = OneTable("u", {"first", "last"});
  const Catalog b = OneTable("u", {"last", "first"});
  auto plan = PlanMigration(a, b, Hints({"column:public.u.first=public.u.last", "column:public.u.last=public.u.first"}));
  ExpectUpAndDown(plan,
                  "ALTER TABLE public.u RENAME COLUMN first TO first_swap;\n"
                  "ALTER TABLE public.u RENAME COLUMN last TO first;\n"
                  "ALTER TABLE public.u RENAME COLUMN first_swap TO last;\n",
                  "ALTER TABLE public.u RENAME COLUMN last TO last_swap;\n"
                  "ALTER TABLE public.u RENAME COLUMN first TO last;\n"
                  "ALTER TABLE public.u RENAME COLUMN last_swap TO first;\n");
  ASSERT_EQ(plan->changes.size(), 2u);
  EXPECT_EQ(plan->changes[0].Describe(), "alter column public.u.first: name public.u.first -> public.u.last");
  EXPECT_EQ(plan->changes[1].Describe(), "alter column public.u.last: name public.u.last -> public.u.first");
}

// Tables trading names trade the keys named after them: the key in the way is renamed aside,
// then takes its own derived name when its table is renamed.
TEST(RenameHintSetTest, TablesTradingNamesTradeTheirKeysNamesToo) {
  auto side = [](const std::string& first, const std::string& second) {
    return Tables({fixtures::MakeTable(first, {{"id", "integer"}}), fixtures::MakeTable(second, {{"id", "integer"}, {"x", "text"}})},
                  {fixtures::MakePart(catalog::Kind::kConstraint, first, first + "_pkey", "PRIMARY KEY (id)", 'p'),
                   fixtures::MakePart(catalog::Kind::kConstraint, second, second + "_pkey", "PRIMARY KEY (id)", 'p')});
  };
  EXPECT_EQ(PlanScript(side("a", "b"), side("b", "a"), Hints({"table:public.a=public.b", "table:public.b=public.a"})),
            "ALTER TABLE public.a RENAME TO a_swap;\n"
            "ALTER TABLE public.b RENAME TO a;\n"
            "ALTER INDEX public.a_pkey RENAME TO a_pkey_swap;\n"
            "ALTER TABLE public.a RENAME CONSTRAINT b_pkey TO a_pkey;\n"
            "ALTER TABLE public.a_swap RENAME TO b;\n"
            "ALTER TABLE public.b RENAME CONSTRAINT a_pkey_swap TO b_pkey;\n");
}

// ---- Names as each side has them ----

// OLD names the index as the source has it (public), NEW as the target has it (sales), though
// the table hint moves the index to sales first; both ways.
TEST(RenameHintSetTest, AnIndexHintNamesItsIndexAsEachSideHasItWhenItsTableMovesSchema) {
  auto side = [](const std::string& schema, const std::string& index) {
    catalog::Table t = fixtures::MakeTable("orders", {{"id", "integer"}, {"customer_id", "integer"}});
    t.c.ref.id = schema + ".orders";
    t.c.schema = schema;
    catalog::TablePart i = fixtures::MakePart(catalog::Kind::kIndex, "orders", index,
                                              "CREATE INDEX " + index + " ON " + schema + ".orders USING btree (customer_id)");
    i.c.ref.id = schema + ".orders." + index;
    i.c.schema = schema;
    i.table = schema + ".orders";
    Catalog c = fixtures::WithTables({t});
    catalog::Schema sales;
    sales.c.ref = catalog::ObjectRef{catalog::Kind::kSchema, "sales"};
    sales.c.name = "sales";
    c.schemas.push_back(sales);
    c.parts = {i};
    return c;
  };
  auto plan = PlanMigration(side("public", "orders_customer_idx"), side("sales", "orders_buyer_idx"),
                            Hints({"table:public.orders=sales.orders", "index:public.orders_customer_idx=sales.orders_buyer_idx"}));
  ExpectUpAndDown(plan,
                  "ALTER TABLE public.orders SET SCHEMA sales;\n"
                  "ALTER INDEX sales.orders_customer_idx RENAME TO orders_buyer_idx;\n",
                  "ALTER TABLE sales.orders SET SCHEMA public;\n"
                  "ALTER INDEX public.orders_buyer_idx RENAME TO orders_customer_idx;\n");
}

// A function hint names the argument types as each side has them, though a type hint of the
// same set renames the argument's type.
TEST(RenameHintSetTest, AFunctionHintNamesArgumentTypesAsEachSideHasThem) {
  auto side = [](const std::string& type, const std::string& function) {
    return EnumAndFunction(type, function, "s", "integer", "SELECT 1");
  };
  auto plan = PlanMigration(side("order_state", "order_state_rank"), side("fulfillment_status", "status_rank"),
                            Hints({"type:public.order_state=public.fulfillment_status",
                                   "function:public.order_state_rank(public.order_state)=public.status_rank(public.fulfillment_status)"}));
  ExpectUpAndDown(plan,
                  "ALTER TYPE public.order_state RENAME TO fulfillment_status;\n"
                  "ALTER FUNCTION public.order_state_rank(s public.fulfillment_status) RENAME TO status_rank;\n",
                  "ALTER TYPE public.fulfillment_status RENAME TO order_state;\n"
                  "ALTER FUNCTION public.status_rank(s public.order_state) RENAME TO order_state_rank;\n");
}

// ---- Keys' indexes and composite attributes ----

// The engine holds a key's index as the key: an index hint naming it renames the key (and so
// its index); naming a key's index as a plain one's new name is refused, saying why.
TEST(RenameHintSetTest, AnIndexHintNamingAKeysIndexRenamesTheKey) {
  auto side = [](const std::string& key) {
    return Tables({fixtures::MakeTable("users", {{"id", "integer"}})},
                  {fixtures::MakePart(catalog::Kind::kConstraint, "users", key, "PRIMARY KEY (id)", 'p')});
  };
  auto plan = PlanMigration(side("users_pk"), side("users_pkey"), Hints({"index:public.users_pk=public.users_pkey"}));
  ExpectUpAndDown(plan,
                  "ALTER TABLE public.users RENAME CONSTRAINT users_pk TO users_pkey;\n",
                  "ALTER TABLE public.users RENAME CONSTRAINT users_pkey TO users_pk;\n");

  Catalog plain = OneTable("users", {"id"});
  plain.parts = {fixtures::MakePart(catalog::Kind::kIndex, "users", "users_id_idx",
                                    "CREATE UNIQUE INDEX users_id_idx ON public.users USING btree (id)")};
  auto refused = PlanMigration(side("users_pk"), plain, Hints({"index:public.users_pk=public.users_id_idx"}));
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(refused.status().message()), HasSubstr("is the index of key public.users.users_pk"));
}

// A column hint on a composite type's attribute renames the attribute, CASCADE taking the
// typed tables' column along: values of the type, in columns and typed tables, stay.
TEST(RenameHintSetTest, AColumnHintOnACompositeAttributeRenamesItWithCascade) {
  auto side = [](const std::string& attribute) {
    catalog::Table customers = fixtures::MakeTable("customers", {{"id", "integer"}, {"home", "public.address"}});
    catalog::Table offices = fixtures::MakeTable("offices", {{"street", "text"}, {attribute, "text"}});
    offices.of_type = "public.address";
    Catalog c = Tables({customers, offices});
    catalog::Type t;
    t.c = {catalog::ObjectRef{catalog::Kind::kType, "public.address"}, "public", "address"};
    t.kind = 'c';
    t.attributes = {{"street", "text"}, {attribute, "text"}};
    c.types.push_back(t);
    return c;
  };
  auto plan = PlanMigration(side("zip"), side("postal_code"), Hints({"column:public.address.zip=postal_code"}));
  ExpectUpAndDown(plan,
                  "ALTER TYPE public.address RENAME ATTRIBUTE zip TO postal_code CASCADE;\n",
                  "ALTER TYPE public.address RENAME ATTRIBUTE postal_code TO zip CASCADE;\n");
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
