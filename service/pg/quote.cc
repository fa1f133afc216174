#include "service/pg/quote.h"

#include <algorithm>
#include <iterator>

#include "absl/strings/str_cat.h"

namespace schemaservice::pg {
namespace {

// Keywords that are not "unreserved" (reserved, column-name and type-function-name
// keywords, Appendix C) in any supported major, 15 to 18: as bare identifiers they would
// parse as syntax. A plan rendered from a 15 catalog may run on 17, so a word 16 or 17 made a
// keyword (system_user, json_value, ...; pg-majors.md) is quoted on every major. Checked
// against pg_get_keywords() of each major by a test. Sorted for binary search.
constexpr absl::string_view kNonUnreservedKeywords[] = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
    "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast",
    "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently",
    "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
    "current_schema", "current_time", "current_timestamp", "current_user", "dec", "decimal",
    "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
    "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant",
    "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout",
    "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "json",
    "json_array", "json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query",
    "json_scalar", "json_serialize", "json_table", "json_value", "lateral", "leading", "least",
    "left", "like", "limit", "localtime", "localtimestamp", "merge_action", "national",
    "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
    "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing",
    "position", "precision", "primary", "real", "references", "returning", "right", "row",
    "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
    "system_user", "table", "tablesample", "then", "time", "timestamp", "to", "trailing",
    "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar",
    "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
    "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
    "xmlserialize", "xmltable",
};

bool IsKeyword(absl::string_view word) {
  return std::binary_search(std::begin(kNonUnreservedKeywords),
                            std::end(kNonUnreservedKeywords), word);
}

bool IsPlainIdentifier(absl::string_view name) {
  if (name.empty()) return false;
  const char first = name.front();
  if (!((first >= 'a' && first <= 'z') || first == '_')) return false;
  for (char c : name) {
    // No '$': the server's quote_identifier() quotes it, and our text must match its own.
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return !IsKeyword(name);
}

std::string Wrap(absl::string_view value, char quote, bool escape_backslash) {
  std::string out;
  out.reserve(value.size() + 2);
  out.push_back(quote);
  for (char c : value) {
    if (c == quote) {
      out.push_back(escape_backslash ? '\\' : quote);
    } else if (escape_backslash && c == '\\') {
      out.push_back('\\');
    }
    out.push_back(c);
  }
  out.push_back(quote);
  return out;
}

}  // namespace

std::string QuoteIdent(absl::string_view name) {
  if (IsPlainIdentifier(name)) return std::string(name);
  return Wrap(name, '"', /*escape_backslash=*/false);
}

std::string QuoteLiteral(absl::string_view value) {
  return Wrap(value, '\'', /*escape_backslash=*/false);
}

std::string QuoteConninfoValue(absl::string_view value) {
  return Wrap(value, '\'', /*escape_backslash=*/true);
}

std::string QuoteDollar(absl::string_view body) {
  std::string tag = "$schemad$";
  for (int n = 1; body.find(tag) != absl::string_view::npos; ++n) tag = absl::StrCat("$schemad", n, "$");
  return absl::StrCat(tag, body, tag);
}

}  // namespace schemaservice::pg
