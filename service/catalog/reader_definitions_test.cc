// The definitions the reader writes itself (no database): what it writes, and where it
// declines and leaves the text to the server. The round-trip runner checks the same against
// pg_get_indexdef and pg_get_constraintdef on real databases.
#include "service/catalog/reader_definitions.h"

#include <gtest/gtest.h>

#include <map>

namespace schemaservice::catalog::internal {
namespace {

Column MakeColumn(const std::string& name, const std::string& type_name, const std::string& collation = "") {
  Column c;
  c.name = name;
  c.type_name = type_name;
  c.collation = collation;
  return c;
}

class PlainDefinitionsTest : public ::testing::Test {
 protected:
  // Columns 1 "id" bigint, 2 "Name" varchar, 3 "system_user" text, 4 "c" text COLLATE "C".
  std::map<int, Column> columns_ = {{1, MakeColumn("id", "bigint")},
                                    {2, MakeColumn("Name", "character varying")},
                                    {3, MakeColumn("system_user", "text")},
                                    {4, MakeColumn("c", "text", "pg_catalog.\"C\"")}};
  ColumnAt column_at_ = [this](int attnum) -> const Column* {
    auto it = columns_.find(attnum);
    return it == columns_.end() ? nullptr : &it->second;
  };
  // int8_ops 3124, text_ops 3126; the default collation 100.
  BtreeDefaults defaults_ = {{"bigint", {3124, 0}}, {"character varying", {3126, 100}}, {"text", {3126, 100}}};

  std::optional<std::string> Index(absl::string_view columns, absl::string_view opclasses,
                                   absl::string_view collations, absl::string_view options) {
    return PlainIndexDefinition(PlainIndex{"t_idx", "app", "T", true, columns, opclasses, collations, options},
                                column_at_, defaults_);
  }
};

TEST_F(PlainDefinitionsTest, AnIndexIsWrittenAsPgGetIndexdefWritesItWithItsOrderings) {
  EXPECT_EQ(Index("1 2", "3124 3126", "0 100", "0 0"),
            "CREATE UNIQUE INDEX t_idx ON app.\"T\" USING btree (id, \"Name\")");
  // DESC is NULLS FIRST by default, ASC NULLS LAST: only the other choice is written.
  EXPECT_EQ(Index("1 2", "3124 3126", "0 100", "3 1"),
            "CREATE UNIQUE INDEX t_idx ON app.\"T\" USING btree (id DESC, \"Name\" DESC NULLS LAST)");
  EXPECT_EQ(Index("1", "3124", "0", "2"), "CREATE UNIQUE INDEX t_idx ON app.\"T\" USING btree (id NULLS FIRST)");
}

TEST_F(PlainDefinitionsTest, AnIndexIsLeftToTheServerWhereItsTextWouldNameMore) {
  EXPECT_EQ(Index("1", "9999", "0", "0"), std::nullopt) << "an operator class that is not the default";
  EXPECT_EQ(Index("2", "3126", "950", "0"), std::nullopt) << "a collation other than the column's";
  EXPECT_EQ(Index("4", "3126", "950", "0"), std::nullopt) << "a column with a collation of its own";
  EXPECT_EQ(Index("3", "3126", "100", "0"), std::nullopt) << "a name only some majors quote";
  EXPECT_EQ(Index("5", "3126", "100", "0"), std::nullopt) << "a column not read";
  EXPECT_EQ(Index("0", "3126", "100", "0"), std::nullopt) << "an expression";
  EXPECT_EQ(Index("1 2", "3124", "0 100", "0 0"), std::nullopt) << "vectors of different lengths";
  defaults_.erase("character varying");
  EXPECT_EQ(Index("2", "3126", "100", "0"), std::nullopt) << "a type without a certain default";
}

TEST_F(PlainDefinitionsTest, KeyColumnsAreListedQuotedInOrderOrNotAtAll) {
  EXPECT_EQ(KeyColumns("{2,1}", column_at_), "\"Name\", id");
  EXPECT_EQ(KeyColumns("{1,3}", column_at_), std::nullopt);
  EXPECT_EQ(KeyColumns("{1,7}", column_at_), std::nullopt);
  EXPECT_EQ(KeyColumns("{}", column_at_), std::nullopt);
}

TEST(ReferentialActionTest, EachActionIsWrittenAsTheServerWritesItAndNoActionNotAtAll) {
  EXPECT_EQ(ReferentialAction('a'), "");
  EXPECT_EQ(ReferentialAction('r'), "RESTRICT");
  EXPECT_EQ(ReferentialAction('c'), "CASCADE");
  EXPECT_EQ(ReferentialAction('n'), "SET NULL");
  EXPECT_EQ(ReferentialAction('d'), "SET DEFAULT");
  EXPECT_EQ(ReferentialAction('x'), std::nullopt);
}

TEST(QuotedAlikeTest, OnlyWordsQuotedForBeingKeywordsDiffer) {
  EXPECT_TRUE(QuotedAlike("orders"));
  EXPECT_TRUE(QuotedAlike("Orders"));
  EXPECT_TRUE(QuotedAlike("has space"));
  EXPECT_TRUE(QuotedAlike("1st"));
  EXPECT_FALSE(QuotedAlike("system_user"));  // a keyword from 16: 15 leaves it bare
  EXPECT_FALSE(QuotedAlike("select"));       // reserved everywhere, but left to the server too
}

}  // namespace
}  // namespace schemaservice::catalog::internal
