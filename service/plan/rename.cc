// service/plan/rename.cc
//
// Rename hints: parsing "[kind:]OLD=NEW" into full qualified names.
#include <set>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/pg/quote.h"
#include "service/plan/plan.h"
#include "service/plan/rename_text.h"

namespace schemaservice::plan {
using internal::JoinQualifiedName;
using internal::SplitQualifiedName;

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
