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

TEST(CatalogDialectTest, NoMajorAddsObjectsThePlannerRefuses) {
  for (int version : {150018, 160014, 170010, 180004}) {
    EXPECT_EQ(DialectFor(version)->UnsupportedSql("true"), "") << version;
  }
}

TEST(CatalogDialectTest, NewerCatalogColumnsAreAskedForFromTheirMajor) {
  EXPECT_EQ(DialectFor(150018)->collation_rules, "NULL::text");
  EXPECT_EQ(DialectFor(160014)->collation_rules, "c.collicurules");
  EXPECT_EQ(DialectFor(170010)->constraint_enforced, "true");
  EXPECT_EQ(DialectFor(180004)->constraint_enforced, "k.conenforced");
  EXPECT_EQ(DialectFor(170010)->not_null_column, "NULL::text");
  EXPECT_THAT(DialectFor(180004)->not_null_column, HasSubstr("k.contype = 'n'"));
}

TEST(PlanTargetTest, TheFromSideDecidesThenTheToSideThenFifteen) {
  EXPECT_EQ(PlanTargetMajor("170010", "180004"), 17);
  EXPECT_EQ(PlanTargetMajor("", "180004"), 18);
  EXPECT_EQ(PlanTargetMajor("", ""), 15);
  EXPECT_EQ(MajorOf("16x"), 0);
}

TEST(PlanTargetTest, FeaturesNameTheMajorThatIntroducedThem) {
  EXPECT_EQ(SinceMajor(Feature::kIcuCollationRules), 16);
  EXPECT_EQ(SinceMajor(Feature::kMaintainPrivilege), 17);
  EXPECT_EQ(SinceMajor(Feature::kVirtualGeneratedColumn), 18);
  EXPECT_FALSE(CanSetGeneratedExpression(16));
  EXPECT_TRUE(CanSetGeneratedExpression(17));
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
