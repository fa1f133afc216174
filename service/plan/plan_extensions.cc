#include "service/plan/planner.h"

// Extensions: created again where they cannot be altered, and the privileges on their members.

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/plan/hazard_rules.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {

// Extensions ship update scripts upwards only: going back means DROP and CREATE at the old
// version; what uses the extension's objects is re-created around it.
absl::Status ObjectPlanner::RecreateExtension(const catalog::Extension& b,
                                              const std::string& why, const std::string& keep, Hazard hazard) {
  // DROP EXTENSION refuses while a kept column holds one of its types: nothing re-creates a
  // column without losing its values.
  // Through the types made over its types too: a domain, a composite, a range.
  std::vector<std::string> columns;
  std::vector<ObjectRef> users = {b.c.ref};
  std::set<ObjectRef> seen = {b.c.ref};
  for (size_t i = 0; i < users.size(); ++i) {
    for (const ObjectRef& d : ctx_.from.Dependents(users[i])) {
      if (d.kind == Kind::kType && seen.insert(d).second) users.push_back(d);
      const Obj* column = d.kind == Kind::kColumn ? ctx_.from.Find(d) : nullptr;
      if (column != nullptr && ctx_.to.Find(d) != nullptr && !ctx_.dropped_tables.count(column->owner().id)) {
        columns.push_back(d.id);
      }
    }
  }
  std::sort(columns.begin(), columns.end());
  columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  if (!columns.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "extension ", b.c.ref.id, " ", why, ", which means dropping it and creating it again, which PostgreSQL "
        "refuses while columns hold its types (", absl::StrJoin(columns, ", "), "): ", keep,
        ", or move those columns off its types in a migration of their own first"));
  }
  RETURN_IF_ERROR(planner_.Recreate(b.c.ref));
  hazard.message = absl::StrCat("extension ", b.c.ref.id, " ", why, ": it is dropped and created again, losing the "
                                "rows of tables it owns; what uses its objects is re-created around it");
  ctx_.graph.AddHazard(Step::kDrop, b.c.ref, hazard);
  return absl::OkStatus();
}

// GRANT and REVOKE that take the privileges on an extension's members from `a`'s (its scripts'
// when `a` is null: the extension is created) to `b`'s. A member either side lists as it was
// made stands at what its scripts gave it.
void ObjectPlanner::MemberGrants(const catalog::Extension* a, const catalog::Extension& b, Step step) {
  std::set<std::string> targets;
  if (a != nullptr) {
    for (const auto& [target, grants] : a->member_grants) targets.insert(target);
  }
  for (const auto& [target, grants] : b.member_grants) targets.insert(target);
  for (const std::string& target : targets) {
    const auto in_b = b.member_grants.find(target);
    const auto in_a = a != nullptr ? a->member_grants.find(target) : b.member_grants.end();
    const bool listed_a = a != nullptr && in_a != a->member_grants.end();
    const bool listed_b = in_b != b.member_grants.end();
    const std::vector<catalog::Grant>& from = listed_a ? in_a->second.now : in_b->second.initial;
    const std::vector<catalog::Grant>& to = listed_b ? in_b->second.now : in_a->second.initial;
    for (const std::string& sql : GrantSql(target, from, to)) {
      Emit(step, b.c.ref, sql, absl::StrCat("privileges on ", target, " of extension ", b.c.ref.id),
           {RuleHazard(Rule::kAuthzAndExtensions, "changes who may use the extension's object")});
    }
  }
}

}  // namespace schemaservice::plan::internal
