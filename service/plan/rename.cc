// service/plan/rename.cc
//
// Rename hints: parsing "[kind:]OLD=NEW" into full qualified names.
#include <set>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/pg/quote.h"
#include "service/plan/plan.h"
#include "service/plan/rename_names.h"

namespace schemaservice::plan {

absl::StatusOr<std::vector<std::string>> SplitQualifiedName(absl::string_view text) {
  std::vector<std::string> parts;
  std::string current;
  bool quoted = false, any = false;
  // A function's argument list is one part: "public.f(integer, text)".
  int parens = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          current.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        current.push_back(ch);
      }
      continue;
    }
    if (parens > 0) {
      current.push_back(ch);
      if (ch == '(') ++parens;
      if (ch == ')') --parens;
      continue;
    }
    if (ch == '"') {
      quoted = true;
      any = true;
    } else if (ch == '(') {
      if (current.empty() && !any) return absl::InvalidArgumentError(absl::StrCat("\"", text, "\": an argument list needs a function name before it"));
      current.push_back(ch);
      ++parens;
    } else if (ch == '.') {
      if (current.empty() && !any) return absl::InvalidArgumentError(absl::StrCat("\"", text, "\": an empty name between dots"));
      parts.push_back(current);
      current.clear();
      any = false;
    } else {
      // Unquoted names fold to lower case, as in SQL.
      current.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
      any = true;
    }
  }
  if (quoted) return absl::InvalidArgumentError(absl::StrCat("\"", text, "\": an unterminated double quote"));
  if (parens != 0) return absl::InvalidArgumentError(absl::StrCat("\"", text, "\": unbalanced parentheses"));
  if (current.empty() && !any) return absl::InvalidArgumentError(absl::StrCat("\"", text, "\": a name is missing"));
  parts.push_back(current);
  return parts;
}

std::string JoinQualifiedName(const std::vector<std::string>& parts) {
  std::vector<std::string> quoted;
  for (const std::string& p : parts) {
    const size_t paren = p.find('(');
    quoted.push_back(paren == std::string::npos
                         ? pg::QuoteIdent(p)
                         : absl::StrCat(pg::QuoteIdent(p.substr(0, paren)), p.substr(paren)));
  }
  return absl::StrJoin(quoted, ".");
}

absl::StatusOr<RenameHint> ParseRenameHint(absl::string_view text) {
  static const std::set<std::string> kKinds = {"table", "column", "index", "constraint", "type",
                                               "label", "schema", "view", "function"};
  const std::string usage = absl::StrCat(
      "rename hint \"", text,
      "\": expected [KIND:]OLD=NEW, e.g. public.users.nick=public.users.nickname or "
      "table:public.users=accounts (KIND is one of table, column, index, constraint, type, "
      "label, schema, view, function)");
  RenameHint hint;
  absl::string_view rest = text;
  const size_t colon = rest.find(':');
  const size_t eq = rest.find('=');
  if (colon != absl::string_view::npos && (eq == absl::string_view::npos || colon < eq) &&
      rest.substr(0, colon).find_first_of("\".(") == absl::string_view::npos) {
    hint.kind = std::string(rest.substr(0, colon));
    if (!kKinds.count(hint.kind)) return absl::InvalidArgumentError(usage);
    rest.remove_prefix(colon + 1);
  }
  // The '=' outside quotes splits OLD from NEW.
  size_t split = absl::string_view::npos;
  bool quoted = false;
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '"') quoted = !quoted;
    if (rest[i] == '=' && !quoted) {
      if (split != absl::string_view::npos) return absl::InvalidArgumentError(usage);
      split = i;
    }
  }
  if (split == absl::string_view::npos) return absl::InvalidArgumentError(usage);
  auto old_parts = SplitQualifiedName(rest.substr(0, split));
  if (!old_parts.ok()) return absl::InvalidArgumentError(absl::StrCat(usage, ": ", old_parts.status().message()));
  auto new_parts = SplitQualifiedName(rest.substr(split + 1));
  if (!new_parts.ok()) return absl::InvalidArgumentError(absl::StrCat(usage, ": ", new_parts.status().message()));
  if (new_parts->size() == 1 && old_parts->size() > 1) {
    // Only the last name changes.
    std::vector<std::string> full = *old_parts;
    full.back() = new_parts->front();
    *new_parts = full;
  }
  if (new_parts->size() != old_parts->size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        usage, ": OLD and NEW must name the same kind of object (", old_parts->size(), " and ",
        new_parts->size(), " dotted parts)"));
  }
  hint.from = JoinQualifiedName(*old_parts);
  hint.to = JoinQualifiedName(*new_parts);
  if (hint.from == hint.to) return absl::InvalidArgumentError(absl::StrCat(usage, ": OLD and NEW are the same name"));
  return hint;
}

}  // namespace schemaservice::plan
