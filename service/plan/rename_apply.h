// service/plan/rename_apply.h
//
// Internal to plan/: rename hints applied to the "from" catalog. The result is what the
// database will hold once the ALTER ... RENAME statements have run, so the ordinary plan from
// there to the target has no drop + create for the renamed objects and keeps their data.
#pragma once

#include <vector>

#include "absl/status/statusor.h"
#include "service/catalog/catalog.h"
#include "service/diff/diff.h"
#include "service/plan/plan.h"

namespace schemaservice::plan::internal {

struct Renamed {
  catalog::Catalog from;              // `from` after the renames
  std::vector<Statement> statements;  // the renames, in an order that works, before the rest of the plan
  std::vector<diff::Change> changes;  // one alter per rename: field "name", old -> new
};

// Whether an extension with members moves to another schema between `from` and `to`: what
// names its types, functions and operators follows it, as after a rename (ApplyRenames).
bool ExtensionsMove(const catalog::Catalog& from, const catalog::Catalog& to);

// The hints are one set: each names its object as `from` has it (OLD) and as `to` has it (NEW).
// INVALID_ARGUMENT when a hint names nothing in `from`, nothing in `to`, an object that is in
// both (nothing is dropped) unless another hint takes its name, or a name `from` already has.
absl::StatusOr<Renamed> ApplyRenames(const catalog::Catalog& from, const catalog::Catalog& to,
                                     const std::vector<RenameHint>& hints);

}  // namespace schemaservice::plan::internal
