// service/plan/rename_text.h
//
// Internal to plan/: qualified names as users type them ("public"."Users".nick), split and
// re-quoted the way catalog identities are written, and SQL text PostgreSQL renders from OIDs
// rewritten after a rename.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace schemaservice::plan::internal {

// Unquoted parts fold to lower case; a function's "(args)" stays with its name.
absl::StatusOr<std::vector<std::string>> SplitQualifiedName(absl::string_view text);
// Each part through pg::QuoteIdent, joined with dots.
std::string JoinQualifiedName(const std::vector<std::string>& parts);
// "s.t.c" -> {"s.t", "c"} (the last part unquoted).
std::pair<std::string, std::string> SplitLast(const std::string& qualified);
// "s"."n", each part quoted as needed.
std::string Quoted(const std::string& schema, const std::string& name);
// The n-th name (1, 2, ...) to set `name` aside under: "<name>_swap", "<name>_swap2", ...,
// cut to PostgreSQL's 63 bytes on a character boundary.
std::string SwapName(const std::string& name, int n);

// `old` (a quoted qualified name, or a prefix ending in '.') replaced where it stands as a
// whole name outside string literals.
std::string ReplaceQualified(const std::string& text, const std::string& old, const std::string& now);
// "old_prefix.name" -> "new_prefix.name" for the names in `names` (quoted as text names them;
// an operator's symbols too), where it stands as a whole name outside string literals.
std::string ReplaceSchemaOf(const std::string& text, const std::string& old_prefix, const std::string& new_prefix,
                            const std::set<std::string>& names);
// Inside 'name'::regclass literals (a serial's nextval), where ReplaceQualified does not look.
std::string ReplaceRegclass(const std::string& text, const std::string& old, const std::string& now);
// The same for a schema prefix: nextval('old.seq'::regclass) -> nextval('new.seq'::regclass).
std::string ReplaceRegclassPrefix(const std::string& text, const std::string& old_prefix,
                                  const std::string& new_prefix);
// A column name replaced where it stands as a column: outside literals, not a function call,
// not a type after "::", qualified only by one of `qualifiers` (a trigger's OLD/NEW).
std::string ReplaceColumn(const std::string& text, const std::string& old, const std::string& now,
                          const std::set<std::string>& qualifiers);

}  // namespace schemaservice::plan::internal
