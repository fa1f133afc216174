// service/plan/rename_names.h
//
// Qualified names as users type them ("public"."Users".nick), split and re-quoted the way
// catalog identities are written.
#pragma once

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace schemaservice::plan {

// Unquoted parts fold to lower case; a function's "(args)" stays with its name.
absl::StatusOr<std::vector<std::string>> SplitQualifiedName(absl::string_view text);
// Each part through pg::QuoteIdent, joined with dots.
std::string JoinQualifiedName(const std::vector<std::string>& parts);

}  // namespace schemaservice::plan
