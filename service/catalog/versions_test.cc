// Which catalog dialect each PostgreSQL major gets, and the clear refusal outside 15..18.
#include "service/catalog/versions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace schemaservice::catalog {
namespace {

using ::testing::HasSubstr;

TEST(CatalogDialectTest, EachSupportedMajorGetsItsCollationLocaleColumn) {
  EXPECT_EQ(DialectFor(150018)->collation_locale, "c.colliculocale");
  EXPECT_EQ(DialectFor(160014)->collation_locale, "c.colliculocale");
  EXPECT_EQ(DialectFor(170010)->collation_locale, "c.colllocale");
  EXPECT_EQ(DialectFor(180004)->collation_locale, "c.colllocale");
}

TEST(CatalogDialectTest, OnlyEighteenAddsObjectsThePlannerCannotHandleYet) {
  EXPECT_EQ(DialectFor(170010)->UnsupportedSql("true"), "");
  EXPECT_THAT(DialectFor(180004)->UnsupportedSql("true"), HasSubstr("virtual generated column"));
}

TEST(CatalogDialectTest, AMajorOutsideFifteenToEighteenIsRefusedNamingTheSupportedOnes) {
  for (int version : {140020, 190000}) {
    const absl::StatusOr<CatalogDialect> d = DialectFor(version);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.status().code(), absl::StatusCode::kFailedPrecondition);
    EXPECT_THAT(std::string(d.status().message()), HasSubstr("PostgreSQL 15 to 18"));
  }
}

}  // namespace
}  // namespace schemaservice::catalog
