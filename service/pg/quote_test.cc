// Unit tests of identifier and literal quoting: no database.
#include "service/pg/quote.h"

#include <gtest/gtest.h>

namespace schemaservice::pg {
namespace {

TEST(QuoteIdentTest, PlainLowerCaseNamesStayBare) {
  EXPECT_EQ(QuoteIdent("users"), "users");
  EXPECT_EQ(QuoteIdent("_x1"), "_x1");
}

// The server's quote_ident() quotes '$', so a bare i$ would not match text it renders.
TEST(QuoteIdentTest, DollarSignsAreQuotedLikeTheServer) {
  EXPECT_EQ(QuoteIdent("i$"), "\"i$\"");
  EXPECT_EQ(QuoteIdent("_x1$"), "\"_x1$\"");
  EXPECT_EQ(QuoteIdent("a$b"), "\"a$b\"");
}

TEST(QuoteIdentTest, MixedCaseReservedAndOddNamesAreQuoted) {
  EXPECT_EQ(QuoteIdent("Users"), "\"Users\"");
  EXPECT_EQ(QuoteIdent("select"), "\"select\"");
  EXPECT_EQ(QuoteIdent("user"), "\"user\"");
  EXPECT_EQ(QuoteIdent("1abc"), "\"1abc\"");
  EXPECT_EQ(QuoteIdent("a b"), "\"a b\"");
  EXPECT_EQ(QuoteIdent(""), "\"\"");
  EXPECT_EQ(QuoteIdent("é"), "\"é\"");
}

TEST(QuoteIdentTest, EmbeddedDoubleQuotesAreDoubled) {
  EXPECT_EQ(QuoteIdent("say \"hi\""), "\"say \"\"hi\"\"\"");
}

TEST(QuoteLiteralTest, SingleQuotesAreDoubledAndBackslashesKept) {
  EXPECT_EQ(QuoteLiteral("it's"), "'it''s'");
  EXPECT_EQ(QuoteLiteral("a\\b"), "'a\\b'");
  EXPECT_EQ(QuoteLiteral("x'); DROP TABLE users;--"), "'x''); DROP TABLE users;--'");
}

TEST(QuoteConninfoValueTest, QuotesAndBackslashesAreEscaped) {
  EXPECT_EQ(QuoteConninfoValue("p'w\\d x"), "'p\\'w\\\\d x'");
}

}  // namespace
}  // namespace schemaservice::pg

// A plan made from a 15 catalog may run on 17: words 16 and 17 made reserved or column-name
// keywords (pg_get_keywords() on those servers) are quoted whatever the major.
TEST(QuoteIdentTest, KeywordsOfNewerMajorsAreQuoted) {
  for (const char* word : {"system_user", "json", "json_array", "json_arrayagg", "json_exists",
                           "json_object", "json_objectagg", "json_query", "json_scalar",
                           "json_serialize", "json_table", "json_value", "merge_action"}) {
    EXPECT_EQ(schemaservice::pg::QuoteIdent(word), std::string("\"") + word + "\"") << word;
  }
  EXPECT_EQ(schemaservice::pg::QuoteIdent("jsonb"), "jsonb");
}
