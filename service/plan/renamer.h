// service/plan/renamer.h
//
// Internal to plan/: the Renamer behind ApplyRenames (rename_apply.h), split over
// rename_apply.cc (hints, tables, views, columns, constraints, indexes and the names derived
// from them) and rename_types.cc (types, enum labels, schemas, functions).
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "service/catalog/catalog.h"
#include "service/plan/rename_apply.h"

namespace schemaservice::plan::internal {

// By identity ("s.f(integer)"), or by name alone when only one function has it.
const catalog::Function* FindFunction(const catalog::Catalog& c, const std::string& name);

// 18's NOT NULL constraint keeps its name through renames too: a default name that is no
// longer the default reads as chosen, and the plan renames it when the target's differs.
void FollowNotNullName(const catalog::Table& t, catalog::Column& col);

bool HasSequence(const catalog::Catalog& c, const std::string& id);

const catalog::TablePart* FindPart(const catalog::Catalog& c, const catalog::ObjectRef& ref);

// Every definition PostgreSQL re-renders from OIDs, through `fn`.
template <typename Fn>
void RewriteRendered(catalog::Catalog& c, Fn fn) {
  for (catalog::TablePart& p : c.parts) p.definition = fn(p.definition);
  for (auto& t : c.tables) {
    for (catalog::Column& col : t.columns) {
      col.type = fn(col.type);
      col.type_name = fn(col.type_name);
      if (col.default_expr) col.default_expr = fn(*col.default_expr);
    }
  }
  for (auto& ty : c.types) {
    ty.definition = fn(ty.definition);
    for (auto& [name, def] : ty.checks) def = fn(def);
    for (auto& [name, type] : ty.attributes) type = fn(type);
  }
  for (auto& p : c.publications) p.definition = fn(p.definition);
  for (auto& o : c.defined_objects) {
    o.definition = fn(o.definition);
    o.extra = fn(o.extra);
  }
  // A view's query is re-rendered too; its range aliases are not (a renamed table reads as
  // "FROM s.new old"), so only a view that named the table with an alias matches after.
  for (auto& v : c.views) v.definition = fn(v.definition);
}

// The kinds of object `name` names in `c` ("column", "table", ...), sorted.
std::vector<std::string> KindsNamed(const catalog::Catalog& c, const std::string& name);

class Renamer {
 public:
  Renamer(const catalog::Catalog& from, const catalog::Catalog& to) : to_(to) { out_.from = from; }
  absl::Status Apply(RenameHint hint);
  Renamed Finish();

 private:
  std::string Current(const std::string& name) const;
  absl::Status Invalid(const std::string& why) const;
  // The hint as a rename within one parent (a table, a schema, an enum type): {parent, old
  // last name, new last name}; INVALID_ARGUMENT saying `why` when the parents differ.
  struct Within {
    std::string parent, old_name, new_name;
  };
  absl::StatusOr<Within> SameParent(const std::string& why) const;
  void Say(std::string sql, std::string description);
  void Record(catalog::Kind kind, const std::string& from, const std::string& to);
  void Move(const catalog::ObjectRef& from, const catalog::ObjectRef& to);
  absl::Status RenameRelation(const std::string& kind, const std::string& from, const std::string& to);
  void MoveRelation(const std::string& from, const std::string& to);
  void MoveSequence(catalog::Sequence& s, const std::string& schema, const std::string& name);
  // Sequences, constraints and indexes of `table` named after a renamed table or column
  // (`old_token` -> `new_token` in their names) follow when the target has the new name.
  void FollowDerivedNames(const std::string& table, const std::string& old_token, const std::string& new_token,
                          const std::string& column);
  // PostgreSQL keeps an identity column's sequence name through renames; the name it would
  // choose now differs, so the column reads as naming it, unless the target takes the new
  // default name, which one more rename gives.
  void FollowIdentitySequence(const catalog::Table& t, catalog::Column& col, const std::string& old_table, const std::string& old_column);
  void RenamePart(catalog::TablePart& p, const std::string& name);
  absl::Status RenameColumnHint();
  // On the table and the children that inherit the column (PostgreSQL renames it there too).
  void RenameColumn(const std::string& table, const std::string& old_col, const std::string& new_col);
  absl::Status RenameConstraintHint();
  absl::Status RenameIndexHint();
  absl::Status RenameType(const std::string& from, const std::string& to);
  absl::Status RenameLabel();
  absl::Status RenameSchema(const std::string& from, const std::string& to);
  absl::Status RenameFunction();

  const catalog::Catalog& to_;
  Renamed out_;
  RenameHint hint_;
  std::map<catalog::ObjectRef, catalog::ObjectRef> moved_;
  std::map<std::string, std::string> containers_;  // renamed tables and types: old -> new id
  std::map<std::string, std::string> schemas_;     // renamed schemas: old -> new name
  std::set<std::pair<std::string, std::string>> satisfied_;  // derived renames, as hints name them
  // Per table (new id): the name changes of it and its columns, old -> new, in order.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> name_tokens_;
};

}  // namespace schemaservice::plan::internal
