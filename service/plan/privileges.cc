#include "service/plan/planner.h"

// Comments, grants and owners' privileges of what is created or altered.

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {

namespace {

// How GRANT names the object: as COMMENT does, except aggregates (FUNCTION), views and
// foreign tables (TABLE), every kind of type (TYPE) and servers (FOREIGN SERVER). `to` holds
// the object.
std::string GrantTarget(const std::string& phrase, const ObjectRef& ref, Kind kind, char subkind, const Index& to) {
  if (kind == Kind::kFunction && subkind == 'a') {
    // GRANT takes no "ORDER BY" in a signature: an ordered-set aggregate is named by its
    // argument types in a row (a hypothetical-set one's shared VARIADIC once).
    const auto* f = to.Get<catalog::Function>(ref);
    if (f != nullptr && absl::StrContains(f->identity_args, " ORDER BY ")) {
      return absl::StrCat("FUNCTION ", pg::QuoteIdent(f->c.schema), ".", pg::QuoteIdent(f->c.name), "(",
                          f->argument_types, ")");
    }
    return absl::StrCat("FUNCTION ", ref.id);
  }
  if (kind == Kind::kView || kind == Kind::kTable) return absl::StrCat("TABLE ", ref.id);
  if (kind == Kind::kType) return absl::StrCat("TYPE ", ref.id);
  if (kind == Kind::kForeignServer) return absl::StrCat("FOREIGN SERVER ", ref.id);
  return phrase;
}

}  // namespace

void PrivilegePlanner::AfterCreate(const Common& c, Kind kind, char subkind, Step step) {
  const std::string phrase = ObjectPhrase(c, kind, subkind);
  const std::string comment = CommentSql(phrase, std::nullopt, c.comment);
  if (!comment.empty()) Emit(step, c.ref, comment, absl::StrCat("comment on ", c.ref.id));
  const std::string on = GrantTarget(phrase, c.ref, kind, subkind, ctx_.to);
  for (const std::string& sql : GrantSql(on, DefaultGrants(kind), c.grants)) {
    Emit(step, c.ref, sql, absl::StrCat("privileges on ", c.ref.id));
  }
  // The plan's session creates the object, so it owns it.
  for (const std::string& sql : OwnerPrivilegeSql(on, "CURRENT_USER", {}, c.owner_revoked)) {
    Emit(step, c.ref, sql, absl::StrCat("owner's privileges on ", c.ref.id));
  }
}

// The owner's own privileges: GrantSql over "the owner lacks P" turned around, since a
// privilege the owner gives up is one it had by default.
std::vector<std::string> PrivilegePlanner::OwnerPrivilegeSql(const std::string& on, const std::string& owner,
                                                             const std::vector<std::string>& from_revoked,
                                                             const std::vector<std::string>& to_revoked) const {
  auto as_grants = [&](const std::vector<std::string>& privileges) {
    std::vector<catalog::Grant> out;
    for (const std::string& p : privileges) {
      // An older target has no MAINTAIN to give up.
      if (p == "MAINTAIN" && ctx_.target < catalog::SinceMajor(catalog::Feature::kMaintainPrivilege)) continue;
      out.push_back(catalog::Grant{owner, p, false});
    }
    return out;
  };
  if (owner.empty() || from_revoked == to_revoked) return {};
  return GrantSql(on, as_grants(to_revoked), as_grants(from_revoked));
}

void PrivilegePlanner::Alter(Step step, const Common& a, const Common& b, Kind kind, char subkind) {
  const std::string phrase = ObjectPhrase(b, kind, subkind);
  const std::string comment = CommentSql(phrase, a.comment, b.comment);
  if (!comment.empty()) Emit(step, b.ref, comment, absl::StrCat("comment on ", b.ref.id));
  const std::string on = GrantTarget(phrase, b.ref, kind, subkind, ctx_.to);
  std::vector<std::string> grants = GrantSql(on, a.grants, b.grants);
  // The database the plan runs on names its owner.
  for (std::string& sql : OwnerPrivilegeSql(on, a.owner, a.owner_revoked, b.owner_revoked)) grants.push_back(std::move(sql));
  for (const std::string& sql : grants) {
    Emit(step, b.ref, sql, absl::StrCat("privileges on ", b.ref.id),
         {RuleHazard(Rule::kAuthzAndExtensions, "changes who may use the object")});
  }
}

}  // namespace schemaservice::plan::internal
