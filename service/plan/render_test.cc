// Unit tests of the SQL text helpers in render.h: no database.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "service/plan/conversions.h"
#include "service/plan/render.h"

namespace schemaservice::plan::internal {
namespace {

// PostgreSQL prints an IN list on a varchar column with the array cast outside, which it
// parses back with the cast on each element: the array is cast to its own element type
// first, which parses back to the printed form (checked against the server by the
// round-trip cases varchar-in-list-*).
TEST(RenderTest, AnArrayCastOutsideItsElementsIsCastToTheirTypeFirst) {
  EXPECT_EQ(StableArrayCasts("CHECK (((s)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))"),
            "CHECK (((s)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying]::character varying[])::text[])))");
  // Quotes, commas and brackets inside the literals do not end an element.
  EXPECT_EQ(StableArrayCasts("(ARRAY['a,]''b'::character varying(3), 'c)'::character varying(3)])::text[]"),
            "(ARRAY['a,]''b'::character varying(3), 'c)'::character varying(3)]::character varying(3)[])::text[]");
}

TEST(RenderTest, ArraysItCannotBeSureOfAreLeftAsTheyAre) {
  for (const char* sql : {
           // Elements of different types, a column among them, no cast at all.
           "(ARRAY['a'::character varying, 'b'::text])::text[]",
           "(ARRAY[(s)::character varying, 'b'::character varying])::text[]",
           "(ARRAY['a', 'b'])::text[]",
           // Not cast as a whole, or cast inside already.
           "s = ANY (ARRAY['x'::text, 'y'::text])",
           "ARRAY[('a'::character varying)::text]",
           // The pattern inside a string literal is text, not an expression.
           "'(ARRAY[''a''::character varying])::text[]'",
       }) {
    EXPECT_EQ(StableArrayCasts(sql), sql);
  }
}

// An explicit cast to a shorter length truncates ('EGLL'::character(3) is 'EGL'); USING casts
// to the unlimited type, so the assignment to the column refuses a value too long.
TEST(ConversionTest, AUsingCastDropsTheLengthLimitSoTheAssignmentChecksIt) {
  const std::pair<const char*, const char*> kTargets[] = {
      {"character varying(10)", "character varying"}, {"character(3)", "bpchar"},
      {"bit(4)", "bit varying"}, {"bit varying(4)[]", "bit varying[]"},
      // Not a length: left as it is.
      {"numeric(10,2)", "numeric(10,2)"}, {"public.\"character(3)\"", "public.\"character(3)\""}};
  for (const auto& [type, target] : kTargets) EXPECT_EQ(CastTargetKeepingLengthCheck(type), target) << type;
}

// A REVOKE reaches only the current role's own grants, and a grant made with a grant option
// needs that option: grants made by another role run as it, options before their grants on
// the way in and after them on the way out.
// Only what one side names is written: ties the target drops are undone first, then new ones.
TEST(ExtensionDependencyTest, OnlyTheExtensionsOneSideNamesAreTiedOrUntied) {
  EXPECT_THAT(ExtensionDependencySql("FUNCTION public.f(integer)", {"hstore", "pg_trgm"}, {"pg_trgm", "xml2"}),
              ::testing::ElementsAre("ALTER FUNCTION public.f(integer) NO DEPENDS ON EXTENSION hstore",
                                     "ALTER FUNCTION public.f(integer) DEPENDS ON EXTENSION xml2"));
  EXPECT_TRUE(ExtensionDependencySql("INDEX public.i", {"hstore"}, {"hstore"}).empty());
}

TEST(GrantSqlTest, GrantsMadeByAnotherRoleRunAsItAlongTheChainOfGrantOptions) {
  const std::vector<catalog::Grant> chain = {
      {"app_writer", "SELECT", true, ""},
      {"\"Mixed Role\"", "SELECT", true, "app_writer"},
      {"app_reader", "SELECT", false, "\"Mixed Role\""},
  };
  const std::vector<std::string> up = GrantSql("TABLE public.t", {}, chain);
  ASSERT_EQ(up.size(), 3u);
  EXPECT_EQ(up[0], "GRANT SELECT ON TABLE public.t TO app_writer WITH GRANT OPTION");
  EXPECT_THAT(up[1], testing::HasSubstr("SET LOCAL ROLE app_writer; GRANT SELECT ON TABLE public.t TO \"Mixed Role\" WITH GRANT OPTION;"));
  EXPECT_THAT(up[2], testing::HasSubstr("SET LOCAL ROLE \"Mixed Role\"; GRANT SELECT ON TABLE public.t TO app_reader;"));
  const std::vector<std::string> down = GrantSql("TABLE public.t", chain, {});
  ASSERT_EQ(down.size(), 3u);
  EXPECT_THAT(down[0], testing::HasSubstr("SET LOCAL ROLE \"Mixed Role\"; REVOKE SELECT ON TABLE public.t FROM app_reader;"));
  EXPECT_THAT(down[1], testing::HasSubstr("SET LOCAL ROLE app_writer; REVOKE SELECT ON TABLE public.t FROM \"Mixed Role\";"));
  EXPECT_EQ(down[2], "REVOKE SELECT ON TABLE public.t FROM app_writer");
  // The same grant from two grantors is two grants.
  EXPECT_EQ(GrantSql("TABLE public.t", {{"app_reader", "SELECT", false, ""}},
                     {{"app_reader", "SELECT", false, ""}, {"app_reader", "SELECT", false, "app_writer"}})
                .size(),
            1u);
}

}  // namespace
}  // namespace schemaservice::plan::internal
