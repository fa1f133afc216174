// Unit tests of the planning of conversions, languages, access methods, transforms, user
// mappings and subscriptions on hand-built catalogs: no database. What goes before the keyword, what is
// replaced or altered in place, and in which order around what they use.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "absl/strings/match.h"
#include "service/plan/plan.h"
#include "service/plan/test_catalogs.h"

namespace schemaservice::plan {
namespace {

using catalog::Catalog;
using catalog::Kind;
using catalog::ObjectRef;

namespace fx = fixtures;

using ::testing::ElementsAre;
using ::testing::HasSubstr;

catalog::DefinedObject WithExtra(catalog::DefinedObject o, const std::string& extra) {
  o.extra = extra;
  return o;
}

catalog::Function MakeFunction(const std::string& id) {
  catalog::Function f;
  f.c.ref = ObjectRef{Kind::kFunction, id};
  f.c.schema = "s";
  f.definition = "CREATE FUNCTION " + id + " ...";
  f.c.grants = {{"PUBLIC", "EXECUTE", false}};  // a function's default
  return f;
}

TEST(KindsTest, DefaultConversionsAndTrustedLanguagesSayItBeforeTheKeyword) {
  Catalog none = fx::WithTables({}), both = fx::WithTables({});
  both.defined_objects = {
      WithExtra(fx::MakeDefined(Kind::kConversion, "s.c", "FOR 'LATIN1' TO 'UTF8' FROM pg_catalog.iso8859_1_to_utf8"),
                "DEFAULT"),
      WithExtra(fx::MakeDefined(Kind::kLanguage, "l", "HANDLER s.h VALIDATOR s.v"), "TRUSTED")};
  both.defined_objects[0].c.schema = "s";
  both.defined_objects[0].c.name = "c";
  both.defined_objects[1].c.grants = {{"PUBLIC", "USAGE", false}};  // a language's default
  EXPECT_THAT(fx::PlanSql(none, both),
              ElementsAre("CREATE DEFAULT CONVERSION s.c FOR 'LATIN1' TO 'UTF8' FROM pg_catalog.iso8859_1_to_utf8",
                          "CREATE TRUSTED LANGUAGE l HANDLER s.h VALIDATOR s.v"));
  EXPECT_THAT(fx::PlanSql(both, none), ElementsAre("DROP LANGUAGE l", "DROP CONVERSION s.c"));
}

// PostgreSQL refuses GRANT and REVOKE on an untrusted language: they run while it is trusted.
TEST(KindsTest, ALanguageThatStopsBeingTrustedLosesItsGrantsBeforeItIsReplaced) {
  Catalog from = fx::WithTables({}), to = fx::WithTables({});
  from.defined_objects = {WithExtra(fx::MakeDefined(Kind::kLanguage, "l", "HANDLER s.h"), "TRUSTED")};
  from.defined_objects[0].c.grants = {{"PUBLIC", "USAGE", false}, {"app_reader", "USAGE", false}};
  to.defined_objects = {fx::MakeDefined(Kind::kLanguage, "l", "HANDLER s.h")};
  to.defined_objects[0].c.grants = {{"PUBLIC", "USAGE", false}};
  EXPECT_THAT(fx::PlanSql(from, to), ElementsAre("REVOKE USAGE ON LANGUAGE l FROM app_reader",
                                             "CREATE OR REPLACE LANGUAGE l HANDLER s.h"));
  EXPECT_THAT(fx::PlanSql(to, from), ElementsAre("CREATE OR REPLACE TRUSTED LANGUAGE l HANDLER s.h",
                                             "GRANT USAGE ON LANGUAGE l TO app_reader"));
}

// A function that goes takes what uses it along (re-created after); one that stays does not.
TEST(KindsTest, ATransformIsReplacedInPlaceAfterTheNewFunctionItNames) {
  const std::string id = "FOR integer LANGUAGE plpgsql";
  Catalog from = fx::WithTables({}), to = fx::WithTables({});
  from.functions = {MakeFunction("s.f(internal)")};
  to.functions = {MakeFunction("s.f(internal)"), MakeFunction("s.g(internal)")};
  from.defined_objects = {fx::MakeDefined(Kind::kTransform, id, "(FROM SQL WITH FUNCTION s.f(internal))",
                                      {ObjectRef{Kind::kFunction, "s.f(internal)"}})};
  to.defined_objects = {fx::MakeDefined(Kind::kTransform, id, "(FROM SQL WITH FUNCTION s.g(internal))",
                                    {ObjectRef{Kind::kFunction, "s.g(internal)"}})};
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  const std::string replace =
      "CREATE OR REPLACE TRANSFORM FOR integer LANGUAGE plpgsql (FROM SQL WITH FUNCTION s.g(internal))";
  EXPECT_LT(fx::IndexOfSql(*plan, "CREATE FUNCTION s.g(internal) ..."), fx::IndexOfSql(*plan, replace));
  EXPECT_THAT(RenderSql(*plan), ::testing::Not(HasSubstr("DROP")));
}

TEST(KindsTest, UserMappingOptionsAreSaidWhenCreatedAndAlteredOneByOne) {
  const std::string id = "FOR app_reader SERVER s";
  Catalog none = fx::WithTables({}), from = fx::WithTables({}), to = fx::WithTables({});
  from.defined_objects = {fx::MakeDefined(Kind::kUserMapping, id, ""),
                          fx::MakeDefined(Kind::kUserMapping, "FOR PUBLIC SERVER s", "")};
  from.defined_objects[0].options = {"user=r", "password=old", "sslmode=require"};
  to.defined_objects = {fx::MakeDefined(Kind::kUserMapping, id, "")};
  to.defined_objects[0].options = {"user=r", "password=it's", "sslkey=k"};
  EXPECT_THAT(fx::PlanSql(none, from),
              ElementsAre("CREATE USER MAPPING FOR PUBLIC SERVER s",
                          "CREATE USER MAPPING FOR app_reader SERVER s OPTIONS (\"user\" 'r', password 'old', sslmode 'require')"));
  EXPECT_THAT(fx::PlanSql(from, to),
              ElementsAre("DROP USER MAPPING FOR PUBLIC SERVER s",
                          "ALTER USER MAPPING FOR app_reader SERVER s OPTIONS (DROP sslmode, SET password 'it''s', ADD sslkey 'k')"));
}

// A plan runs in a transaction, where PostgreSQL refuses whatever would contact a publisher:
// subscriptions are created with connect = false, dropped off their slot, and given new
// publications without a refresh; what is left to do on the publisher is a hazard.
TEST(KindsTest, SubscriptionsAreNeverPlannedToContactTheirPublisher) {
  auto sub = [](const std::string& id, const std::string& definition, const std::string& extra) {
    return WithExtra(fx::MakeDefined(Kind::kSubscription, id, definition), extra);
  };
  const std::string plain = "binary = false, streaming = off, two_phase = false, disable_on_error = false, "
                            "synchronous_commit = 'off'";
  Catalog none = fx::WithTables({}), from = fx::WithTables({}), to = fx::WithTables({});
  from.defined_objects = {
      sub("gone", "CONNECTION 'dbname=g'\nPUBLICATION p", "enabled = true, slot_name = 'gone', " + plain),
      sub("kept", "CONNECTION 'dbname=k'\nPUBLICATION p", "enabled = false, slot_name = 'kept', " + plain),
      sub("two", "CONNECTION 'dbname=t'\nPUBLICATION p", "enabled = false, slot_name = NONE, " + plain)};
  to.defined_objects = {
      sub("kept", "CONNECTION 'dbname=k2'\nPUBLICATION p, \"Q\"",
          "enabled = true, slot_name = 'kept', binary = true, streaming = off, two_phase = false, "
          "disable_on_error = false, synchronous_commit = 'local', origin = 'none'"),
      sub("two", "CONNECTION 'dbname=t'\nPUBLICATION p",
          "enabled = false, slot_name = NONE, binary = false, streaming = off, two_phase = true, "
          "disable_on_error = false, synchronous_commit = 'off'")};
  EXPECT_THAT(fx::PlanSql(none, from),
              ElementsAre("CREATE SUBSCRIPTION gone CONNECTION 'dbname=g' PUBLICATION p WITH (connect = false, "
                          + plain + ")",  // its slot by default has its name
                          "ALTER SUBSCRIPTION gone ENABLE",
                          "CREATE SUBSCRIPTION kept CONNECTION 'dbname=k' PUBLICATION p WITH (connect = false, "
                          + plain + ")",
                          "CREATE SUBSCRIPTION two CONNECTION 'dbname=t' PUBLICATION p WITH (connect = false, "
                          "slot_name = NONE, " + plain + ")"));
  auto plan = PlanStatements(from, to);
  ASSERT_TRUE(plan.ok()) << plan.status();
  std::vector<std::string> sql, offline;
  for (const Statement& st : *plan) {
    sql.push_back(st.sql);
    for (const Hazard& h : st.hazards) {
      if (h.rule == "subscription-offline") offline.push_back(st.sql);
    }
  }
  EXPECT_THAT(sql, ElementsAre("ALTER SUBSCRIPTION gone DISABLE", "ALTER SUBSCRIPTION gone SET (slot_name = NONE)",
                               "DROP SUBSCRIPTION gone", "DROP SUBSCRIPTION two",
                               "ALTER SUBSCRIPTION kept CONNECTION 'dbname=k2'",
                               "ALTER SUBSCRIPTION kept SET PUBLICATION p, \"Q\" WITH (refresh = false)",
                               "ALTER SUBSCRIPTION kept SET (binary = true, origin = 'none', "
                               "synchronous_commit = 'local')",
                               "ALTER SUBSCRIPTION kept ENABLE",
                               "CREATE SUBSCRIPTION two CONNECTION 'dbname=t' PUBLICATION p WITH (connect = false, "
                               "slot_name = NONE, binary = false, streaming = off, two_phase = true, "
                               "disable_on_error = false, synchronous_commit = 'off')"));
  // The slot left on the publisher, the publications not refreshed, the slot not made.
  EXPECT_THAT(offline, ElementsAre("DROP SUBSCRIPTION gone",
                                   "ALTER SUBSCRIPTION kept SET PUBLICATION p, \"Q\" WITH (refresh = false)",
                                   "ALTER SUBSCRIPTION kept ENABLE"));
  // Back: an origin no longer set returns to its default.
  EXPECT_THAT(fx::PlanSql(to, from),
              ::testing::Contains("ALTER SUBSCRIPTION kept SET (binary = false, origin = 'any', synchronous_commit = 'off')"));
}

// Going back to an older extension version drops and creates it, which PostgreSQL refuses
// while a kept column holds one of its types: the plan fails naming the columns instead.
TEST(KindsTest, AnExtensionDowngradeUnderAColumnOfItsTypeFailsNamingTheColumn) {
  catalog::Table t = fx::MakeTable("t", {{"h", "public.hstore"}});
  const ObjectRef extension{Kind::kExtension, "hstore"};
  t.columns[0].depends_on = {extension};
  Catalog from = fx::WithTables({t}), to = fx::WithTables({t});
  catalog::Extension e;
  e.c.ref = extension;
  e.c.name = "hstore";
  e.c.schema = "public";
  e.version = "1.8";
  from.extensions = {e};
  e.version = "1.7";
  to.extensions = {e};
  auto plan = PlanStatements(from, to);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(plan.status().message()), HasSubstr("public.t.h"));
  // With no column of its types, it is dropped and created at the old version.
  from.tables[0].columns[0].depends_on.clear();
  EXPECT_TRUE(PlanStatements(from, to).ok());
}

// PostgreSQL refuses to drop a method a table uses; an index method's families and classes
// are re-created with it.
TEST(KindsTest, AChangedAccessMethodIsRecreatedWithItsClassesButNotUnderATable) {
  const ObjectRef method{Kind::kAccessMethod, "m"};
  Catalog from = fx::WithTables({}), to = fx::WithTables({});
  from.defined_objects = {fx::MakeDefined(Kind::kAccessMethod, "m", "TYPE INDEX HANDLER pg_catalog.bthandler"),
                          fx::MakeDefined(Kind::kOperatorFamily, "s.f USING m", "USING m", {method})};
  from.defined_objects[1].c.schema = "s";
  from.defined_objects[1].c.name = "f";
  to.defined_objects = from.defined_objects;
  to.defined_objects[0].definition = "TYPE INDEX HANDLER pg_catalog.hashhandler";
  EXPECT_THAT(fx::PlanSql(from, to), ElementsAre("DROP OPERATOR FAMILY s.f USING m", "DROP ACCESS METHOD m",
                                             "CREATE ACCESS METHOD m TYPE INDEX HANDLER pg_catalog.hashhandler",
                                             "CREATE OPERATOR FAMILY s.f USING m"));

  from = fx::WithTables({fx::MakeTable("t", {{"id", "integer"}})});
  from.tables[0].access_method = "m";
  from.tables[0].c.depends_on = {method};
  to = from;
  from.defined_objects = {fx::MakeDefined(Kind::kAccessMethod, "m", "TYPE TABLE HANDLER pg_catalog.heap_tableam_handler")};
  to.defined_objects = {fx::MakeDefined(Kind::kAccessMethod, "m", "TYPE TABLE HANDLER s.other_handler")};
  auto plan = PlanStatements(from, to);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(plan.status().message()), HasSubstr("access method m changes while tables use it (public.t)"));
}

// A role's own default privileges it gave up are revoked from itself; MAINTAIN only where
// the target server has it (17+), as for the owner's privileges on objects.
TEST(DefaultPrivilegesTest, WhatARoleGaveUpOfItsOwnIsRevokedFromItselfAndMaintainOnlyFrom17) {
  catalog::DefaultPrivileges d;
  d.c.ref = ObjectRef{Kind::kDefaultPrivileges, "app//r"};
  d.c.owner = "app";
  d.role = "app";
  d.object_type = 'r';
  d.c.owner_revoked = {"MAINTAIN", "TRUNCATE"};
  Catalog to;
  to.default_privileges = {d};
  for (const auto& [version, maintain] : std::vector<std::pair<std::string, bool>>{{"160014", false}, {"170010", true}}) {
    auto up = PlanStatements(fx::OnMajor(Catalog{}, version), fx::OnMajor(to, version));
    ASSERT_TRUE(up.ok()) << up.status();
    const std::string sql = RenderSql(*up);
    EXPECT_THAT(sql, HasSubstr("ALTER DEFAULT PRIVILEGES FOR ROLE app REVOKE TRUNCATE ON TABLES FROM app")) << version;
    EXPECT_EQ(absl::StrContains(sql, "MAINTAIN"), maintain) << version << "\n" << sql;
  }
}

// An object the plan makes gets the default privileges of the applying role that stand in
// the database: the plan grants and revokes from there, not from the kind's default, and
// changes to those default privileges wait for it.
TEST(DefaultPrivilegesTest, ANewObjectStartsFromTheDefaultPrivilegesThatStandBeforeThePlan) {
  catalog::DefaultPrivileges functions;  // ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC
  functions.c.ref = ObjectRef{Kind::kDefaultPrivileges, "//f"};
  functions.object_type = 'f';
  catalog::DefaultPrivileges tables;  // ... IN SCHEMA s GRANT SELECT ON TABLES TO app_reader
  tables.c.ref = ObjectRef{Kind::kDefaultPrivileges, "/s/r"};
  tables.in_schema = "s";
  tables.object_type = 'r';
  tables.c.grants = {{"app_reader", "SELECT", false}};
  Catalog from;
  from.default_privileges = {functions, tables};
  Catalog to = from;
  catalog::Function f = MakeFunction("s.f()");
  f.c.grants = {};  // made after the defaults: nobody but the owner
  to.functions = {f};
  catalog::Table t = fx::MakeTable("t", {{"id", "integer"}});
  t.c.ref.id = "s.t";
  t.c.schema = "s";
  to.tables = {t};  // made before the defaults: app_reader has nothing
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  const std::string sql = RenderSql(*up);
  EXPECT_THAT(sql, HasSubstr("REVOKE SELECT ON TABLE s.t FROM app_reader"));
  EXPECT_FALSE(absl::StrContains(sql, "ON FUNCTION")) << sql;
  // Dropping the tables' entry in the same plan comes after the table is made.
  Catalog to_without = to;
  to_without.default_privileges = {functions};
  auto down = PlanStatements(from, to_without);
  ASSERT_TRUE(down.ok()) << down.status();
  const auto at = [&](const std::string& part) {
    return std::find_if(down->begin(), down->end(), [&](const Statement& x) { return absl::StrContains(x.sql, part); }) -
           down->begin();
  };
  EXPECT_LT(at("CREATE TABLE s.t"), at("ALTER DEFAULT PRIVILEGES IN SCHEMA s REVOKE SELECT ON TABLES"))
      << RenderSql(*down);
  EXPECT_LT(at("ALTER DEFAULT PRIVILEGES IN SCHEMA s REVOKE SELECT ON TABLES"), static_cast<long>(down->size()));
}

// REVOKE on a whole table revokes the privilege on each column too: the column grants the
// target keeps are made again after it.
TEST(GrantsTest, ATableLevelRevokeIsFollowedByTheColumnGrantsThatStay) {
  catalog::Table t = fx::MakeTable("t", {{"id", "integer"}, {"email", "text"}});
  t.c.grants = {{"app_reader", "SELECT", false}};
  t.columns[1].grants = {{"app_reader", "SELECT", false}};
  Catalog from;
  from.tables = {t};
  Catalog to = from;
  to.tables[0].c.grants = {};
  auto up = PlanStatements(from, to);
  ASSERT_TRUE(up.ok()) << up.status();
  EXPECT_EQ(fx::Sql(*up),
            "REVOKE SELECT ON TABLE public.t FROM app_reader;\n"
            "GRANT SELECT (email) ON TABLE public.t TO app_reader;\n");
}

}  // namespace
}  // namespace schemaservice::plan
