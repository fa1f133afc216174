// Unit tests of the SQL text helpers in render.h: no database.
#include <gtest/gtest.h>

#include <utility>

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

}  // namespace
}  // namespace schemaservice::plan::internal
