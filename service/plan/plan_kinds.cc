// Kinds kept as one definition (catalog::DefinedObject): foreign data wrappers and foreign
// servers. Created from the definition, dropped by name, and re-created when the definition
// changes (what depends on them is re-created with them, plan_order.cc); comments and
// privileges are altered in place.
#include "absl/strings/str_cat.h"
#include "service/plan/planner.h"

namespace schemaservice::plan::internal {
namespace {

// The words naming the kind in CREATE and DROP.
const char* Keyword(Kind kind) {
  return kind == Kind::kForeignDataWrapper ? "FOREIGN DATA WRAPPER" : "SERVER";
}

}  // namespace

void Planner::CreateDefined(const ObjectRef& ref) {
  const auto* o = to_.Get<catalog::DefinedObject>(ref);
  Emit(Step::kCreate, ref, absl::StrCat("CREATE ", Keyword(ref.kind), " ", ref.id, " ", o->definition),
       absl::StrCat("create ", catalog::KindName(ref.kind), " ", ref.id));
  CommonAfterCreate(o->c, ref.kind, 0);
}

void Planner::DropDefined(const ObjectRef& ref, bool removed) {
  Emit(Step::kDrop, ref, absl::StrCat("DROP ", Keyword(ref.kind), " ", ref.id),
       absl::StrCat("drop ", catalog::KindName(ref.kind), " ", ref.id),
       OnlyIf(removed, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "drop-other",
                                  absl::StrCat("users of ", catalog::KindName(ref.kind), " ", ref.id,
                                               " lose it"))));
}

absl::Status Planner::AlterDefined(const Change& c) {
  if (c.Has("definition")) return Recreate(c.ref);
  CommonAlter(Step::kAlter, from_.Get<catalog::DefinedObject>(c.ref)->c,
              to_.Get<catalog::DefinedObject>(c.ref)->c, c.ref.kind, 0);
  return absl::OkStatus();
}

}  // namespace schemaservice::plan::internal
