// Unit tests of identifier and literal quoting: no database.
#include "service/pg/quote.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace schemaservice::pg {
namespace {

// Each case: the name, and quote_ident()'s rendering of it on the server.
void ExpectQuoted(const std::vector<std::pair<std::string, std::string>>& cases) {
  for (const auto& [name, quoted] : cases) EXPECT_EQ(QuoteIdent(name), quoted) << name;
}

TEST(QuoteIdentTest, PlainLowerCaseNamesStayBare) {
  ExpectQuoted({{"users", "users"}, {"_x1", "_x1"}});
}

// The server's quote_ident() quotes '$', so a bare i$ would not match text it renders.
TEST(QuoteIdentTest, DollarSignsAreQuotedLikeTheServer) {
  ExpectQuoted({{"i$", "\"i$\""}, {"_x1$", "\"_x1$\""}, {"a$b", "\"a$b\""}});
}

TEST(QuoteDollarTest, TheTagIsOneTheBodyDoesNotContain) {
  EXPECT_EQ(QuoteDollar("SELECT 1"), "$schemad$SELECT 1$schemad$");
  // A body holding the plain tag (a quoted identifier can) gets another one.
  EXPECT_EQ(QuoteDollar("x \"a$schemad$b\""), "$schemad1$x \"a$schemad$b\"$schemad1$");
}

TEST(QuoteIdentTest, MixedCaseReservedAndOddNamesAreQuoted) {
  ExpectQuoted({{"Users", "\"Users\""}, {"select", "\"select\""}, {"user", "\"user\""},
                {"1abc", "\"1abc\""}, {"a b", "\"a b\""}, {"", "\"\""}, {"é", "\"é\""}});
}

TEST(QuoteIdentTest, EmbeddedDoubleQuotesAreDoubled) {
  ExpectQuoted({{"say \"hi\"", "\"say \"\"hi\"\"\""}});
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
