#include "service/catalog/reader_definitions.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"

namespace schemaservice::catalog::internal {

// GetDefaultOpClass's answer for the types where it is plain: an exact default; an enum's
// enum_ops, its only binary-coercible default; varchar's text_ops, the preferred one of its
// binary-coercible text_ops and bpchar_ops. A type with more implicit binary casts than
// these, or none of these (domains, arrays), is left to pg_get_indexdef.
const char kBtreeDefaultsSql[] =
    "SELECT format_type(t.oid, NULL), o.oid, t.typcollation FROM pg_type t"
    " JOIN pg_opclass o ON o.opcmethod = (SELECT am.oid FROM pg_am am WHERE am.amname = 'btree') AND o.opcdefault"
    "  AND (o.opcintype = t.oid OR (t.typtype = 'e' AND o.opcintype = 'anyenum'::regtype)"
    "   OR (t.oid = 'varchar'::regtype AND o.opcintype = 'text'::regtype))"
    " WHERE t.typtype IN ('b', 'e')"
    "  AND NOT EXISTS (SELECT 1 FROM pg_opclass e WHERE e.opcmethod = o.opcmethod AND e.opcdefault"
    "   AND e.opcintype = t.oid AND e.oid <> o.oid)"
    "  AND (o.opcintype = t.oid OR NOT EXISTS (SELECT 1 FROM pg_cast c WHERE c.castsource = t.oid"
    "   AND c.castmethod = 'b' AND c.castcontext = 'i'"
    "   AND (t.typtype = 'e' OR c.casttarget NOT IN ('text'::regtype, 'bpchar'::regtype))))";

bool QuotedAlike(absl::string_view name) {
  if (pg::QuoteIdent(name).size() == name.size()) return true;
  const bool word = !name.empty() && !absl::ascii_isdigit(name.front()) &&
                    std::all_of(name.begin(), name.end(), [](char c) {
                      return (c >= 'a' && c <= 'z') || absl::ascii_isdigit(c) || c == '_';
                    });
  return !word;
}

std::optional<std::string> PlainIndexDefinition(const PlainIndex& index,
                                                 const ColumnAt& column_at,
                                                 const BtreeDefaults& defaults) {
  const std::vector<absl::string_view> attnums = absl::StrSplit(index.columns, ' ');
  const std::vector<absl::string_view> opclasses = absl::StrSplit(index.opclasses, ' ');
  const std::vector<absl::string_view> collations = absl::StrSplit(index.collations, ' ');
  const std::vector<absl::string_view> options = absl::StrSplit(index.options, ' ');
  if (attnums.size() != opclasses.size() || attnums.size() != collations.size() || attnums.size() != options.size() ||
      !QuotedAlike(index.name) || !QuotedAlike(index.schema) || !QuotedAlike(index.table)) {
    return std::nullopt;
  }
  std::vector<std::string> keys;
  for (size_t i = 0; i < attnums.size(); ++i) {
    int attnum = 0, option = 0;
    uint32_t opclass = 0, collation = 0;
    if (!absl::SimpleAtoi(attnums[i], &attnum) || !absl::SimpleAtoi(opclasses[i], &opclass) ||
        !absl::SimpleAtoi(collations[i], &collation) || !absl::SimpleAtoi(options[i], &option)) {
      return std::nullopt;
    }
    const Column* column = attnum > 0 ? column_at(attnum) : nullptr;
    if (column == nullptr || !column->collation.empty() || !QuotedAlike(column->name)) return std::nullopt;
    const auto by_default = defaults.find(column->type_name);
    if (by_default == defaults.end() || by_default->second.opclass != opclass ||
        (collation != 0 && collation != by_default->second.collation)) {
      return std::nullopt;
    }
    // INDOPTION_DESC 1, INDOPTION_NULLS_FIRST 2; btree's default is ASC NULLS LAST.
    const bool desc = option & 1, nulls_first = option & 2;
    keys.push_back(absl::StrCat(pg::QuoteIdent(column->name), desc ? " DESC" : "",
                                desc && !nulls_first ? " NULLS LAST" : "", !desc && nulls_first ? " NULLS FIRST" : ""));
  }
  return absl::StrCat("CREATE ", index.unique ? "UNIQUE " : "", "INDEX ", pg::QuoteIdent(index.name), " ON ",
                      pg::QuoteIdent(index.schema), ".", pg::QuoteIdent(index.table), " USING btree (",
                      absl::StrJoin(keys, ", "), ")");
}

std::optional<std::string> KeyColumns(absl::string_view attnums, const ColumnAt& column_at) {
  std::vector<std::string> names;
  for (absl::string_view item :
       absl::StrSplit(absl::StripSuffix(absl::StripPrefix(attnums, "{"), "}"), ',', absl::SkipEmpty())) {
    int attnum = 0;
    const Column* column = absl::SimpleAtoi(item, &attnum) && attnum > 0 ? column_at(attnum) : nullptr;
    if (column == nullptr || !QuotedAlike(column->name)) return std::nullopt;
    names.push_back(pg::QuoteIdent(column->name));
  }
  if (names.empty()) return std::nullopt;
  return absl::StrJoin(names, ", ");
}

std::optional<absl::string_view> ReferentialAction(char action) {
  switch (action) {
    case 'a': return absl::string_view();
    case 'r': return absl::string_view("RESTRICT");
    case 'c': return absl::string_view("CASCADE");
    case 'n': return absl::string_view("SET NULL");
    case 'd': return absl::string_view("SET DEFAULT");
    default: return std::nullopt;
  }
}

}  // namespace schemaservice::catalog::internal
