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

PrivilegePlanner::NewObjectPrivileges PrivilegePlanner::Initial(Kind kind, const std::string& quoted_schema,
                                                                const NodeKey& created) {
  const char type = kind == Kind::kTable || kind == Kind::kView ? 'r'
                    : kind == Kind::kSequence                    ? 'S'
                    : kind == Kind::kFunction                    ? 'f'
                    : kind == Kind::kType                        ? 'T'
                    : kind == Kind::kSchema                      ? 'n'
                                                                 : '\0';
  NewObjectPrivileges out{DefaultGrants(kind), {}};
  if (type == '\0') return out;
  // The plan's role's own entries (no FOR ROLE): global, and the object's schema's.
  auto applies = [&](const catalog::DefaultPrivileges& d) {
    return d.role.empty() && d.object_type == type &&
           (d.in_schema.empty() || (kind != Kind::kSchema && d.in_schema == quoted_schema));
  };
  std::set<catalog::Grant> grants;
  bool global = false;
  for (const catalog::DefaultPrivileges& d : ctx_.from.catalog().default_privileges) {
    if (!applies(d)) continue;
    grants.insert(d.c.grants.begin(), d.c.grants.end());
    if (d.in_schema.empty()) {
      global = true;
      out.owner_revoked = d.c.owner_revoked;
    }
  }
  if (!global) grants.insert(out.grants.begin(), out.grants.end());
  out.grants.assign(grants.begin(), grants.end());
  // Computed from the entries as they stand before the plan: every change to them comes after.
  for (const auto* side : {&ctx_.from.catalog(), &ctx_.to.catalog()}) {
    for (const catalog::DefaultPrivileges& d : side->default_privileges) {
      if (!applies(d)) continue;
      for (const Step s : {Step::kDrop, Step::kAlter, Step::kCreate}) ctx_.graph.OrderIfPlanned(NodeKey{s, d.c.ref}, created);
    }
  }
  return out;
}

void PrivilegePlanner::AfterCreate(const Common& c, Kind kind, char subkind, Step step) {
  const std::string phrase = ObjectPhrase(c, kind, subkind);
  const std::string comment = CommentSql(phrase, std::nullopt, c.comment);
  if (!comment.empty()) Emit(step, c.ref, comment, absl::StrCat("comment on ", c.ref.id));
  for (const std::string& sql : ExtensionDependencySql(phrase, {}, c.extensions)) {
    Emit(step, c.ref, sql, absl::StrCat("tie ", c.ref.id, " to an extension"));
  }
  const std::string on = GrantTarget(phrase, c.ref, kind, subkind, ctx_.to);
  const NewObjectPrivileges initial = Initial(kind, pg::QuoteIdent(c.schema), NodeKey{step, c.ref});
  for (const std::string& sql : GrantSql(on, initial.grants, c.grants)) {
    Emit(step, c.ref, sql, absl::StrCat("privileges on ", c.ref.id));
  }
  // The plan's session creates the object, so it owns it.
  for (const std::string& sql : OwnerPrivilegeSql(on, "CURRENT_USER", initial.owner_revoked, c.owner_revoked)) {
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

// A privilege (or its grant option) revoked on a whole table or view is revoked on each of
// its columns too: the column grants the target keeps are made again after it. Columns the
// plan adds are granted in their own step, ordered after this one.
std::vector<std::string> PrivilegePlanner::ColumnGrantsAgain(const Common& a, const Common& b) {
  // (grantor, grantee, privilege) -> whether only the grant option goes.
  std::map<std::tuple<std::string, std::string, std::string>, bool> revoked;
  for (const catalog::Grant& g : a.grants) {
    auto kept = std::find_if(b.grants.begin(), b.grants.end(), [&](const catalog::Grant& x) {
      return x.grantor == g.grantor && x.grantee == g.grantee && x.privilege == g.privilege;
    });
    if (kept == b.grants.end()) revoked[{g.grantor, g.grantee, g.privilege}] = false;
    else if (g.grantable && !kept->grantable) revoked[{g.grantor, g.grantee, g.privilege}] = true;
  }
  if (revoked.empty()) return {};
  std::map<std::string, std::vector<catalog::Grant>> columns;  // quoted column -> target grants
  std::set<std::string> existing;
  if (b.ref.kind == Kind::kTable) {
    const auto* t = ctx_.to.Get<catalog::Table>(b.ref);
    for (const Column& col : t->columns) columns[pg::QuoteIdent(col.name)] = col.grants;
    if (const auto* old = ctx_.from.Get<catalog::Table>(a.ref)) {
      for (const Column& col : old->columns) existing.insert(pg::QuoteIdent(col.name));
    }
  } else {
    // A view altered in place has its columns already (one that gains any is made again).
    for (const auto& [col, grants] : ctx_.to.Get<catalog::View>(b.ref)->column_grants) {
      columns[pg::QuoteIdent(col)] = grants;
      existing.insert(pg::QuoteIdent(col));
    }
  }
  std::vector<std::string> out;
  for (const auto& [col, grants] : columns) {
    std::vector<catalog::Grant> again;
    for (const catalog::Grant& g : grants) {
      auto it = revoked.find({g.grantor, g.grantee, g.privilege});
      if (it != revoked.end() && (!it->second || g.grantable)) again.push_back(g);
    }
    if (again.empty()) continue;
    if (!existing.count(col)) {
      ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, ObjectRef{Kind::kColumn, absl::StrCat(b.ref.id, ".", col)}},
                                NodeKey{Step::kAlter, b.ref});
      continue;
    }
    // From nothing: the statements after the revoke find the column without them.
    for (std::string& sql : GrantSql(absl::StrCat("TABLE ", b.ref.id), {}, again, absl::StrCat(" (", col, ")"))) {
      out.push_back(std::move(sql));
    }
  }
  return out;
}

void PrivilegePlanner::Alter(Step step, const Common& a, const Common& b, Kind kind, char subkind) {
  const std::string phrase = ObjectPhrase(b, kind, subkind);
  const std::string comment = CommentSql(phrase, a.comment, b.comment);
  if (!comment.empty()) Emit(step, b.ref, comment, absl::StrCat("comment on ", b.ref.id));
  for (const std::string& sql : ExtensionDependencySql(phrase, a.extensions, b.extensions)) {
    Emit(step, b.ref, sql, absl::StrCat("tie ", b.ref.id, " to an extension or untie it"));
  }
  const std::string on = GrantTarget(phrase, b.ref, kind, subkind, ctx_.to);
  std::vector<std::string> grants = GrantSql(on, a.grants, b.grants);
  if (kind == Kind::kTable || kind == Kind::kView) {
    for (std::string& sql : ColumnGrantsAgain(a, b)) grants.push_back(std::move(sql));
  }
  // The database the plan runs on names its owner.
  for (std::string& sql : OwnerPrivilegeSql(on, a.owner, a.owner_revoked, b.owner_revoked)) grants.push_back(std::move(sql));
  for (const std::string& sql : grants) {
    Emit(step, b.ref, sql, absl::StrCat("privileges on ", b.ref.id),
         {RuleHazard(Rule::kAuthzAndExtensions, "changes who may use the object")});
  }
}

}  // namespace schemaservice::plan::internal
