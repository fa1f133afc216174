// service/pg/quote.h
//
// Identifier and literal quoting with PostgreSQL's rules, without a connection, so plan/ can
// render SQL offline. Every name that reaches SQL text goes through QuoteIdent: "Users",
// reserved words and quotes inside names survive.
#pragma once

#include <string>
#include "absl/strings/string_view.h"

namespace schemaservice::pg {

// Double-quotes `name` when the quote_ident() of any supported major (15 to 18) would: bare
// only for [a-z_][a-z0-9_]* that is not a reserved, column-name or type-function-name keyword
// of one of them. Equal to the server's quote_ident() on 17 and 18; on 15 and 16 it also
// quotes the words a newer major made keywords, so a plan made there runs on 17 too.
std::string QuoteIdent(absl::string_view name);

// 'text' with quotes doubled; E'' form is never needed with standard_conforming_strings.
std::string QuoteLiteral(absl::string_view value);

// `body` dollar-quoted ($schemad$...$schemad$) with a tag the body does not contain, so no
// text inside it (a quoted identifier holding "$$", say) can end the string early.
std::string QuoteDollar(absl::string_view body);

// A libpq conninfo value: single-quoted, with \ and ' escaped.
std::string QuoteConninfoValue(absl::string_view value);

}  // namespace schemaservice::pg
