// service/plan/rename_edits.h
//
// Internal to plan/: the bookkeeping of rename hints (rename_edits.cc). The Renamer
// (renamer.h) decides what a hint renames; RenamedCatalog holds the `from` catalog it edits,
// the statements and changes said so far, what moved (old ref -> new ref, for the
// dependency edges) and the derived renames already done, and the edits every kind of
// rename shares: a sequence moved, a constraint or index renamed.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>

#include "service/catalog/catalog.h"
#include "service/diff/diff.h"
#include "service/plan/rename_apply.h"

namespace schemaservice::plan::internal {

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

class RenamedCatalog {
 public:
  explicit RenamedCatalog(const catalog::Catalog& from) { out_.from = from; }

  // `from` as the renames so far leave it.
  catalog::Catalog& catalog() { return out_.from; }
  const catalog::Catalog& catalog() const { return out_.from; }

  // One ALTER ... RENAME statement, with the rename hazard.
  void Say(std::string sql, std::string description);
  // One alter change: field "name", `from` -> `to`.
  void Record(catalog::Kind kind, const std::string& from, const std::string& to);
  void Record(const catalog::ObjectRef& ref, diff::FieldChange field);
  // Dependency edges on `from` point to `to` once finished (and so do those on anything
  // that moved to `from` before: then that object moves, not the one `from` named first).
  void Move(const catalog::ObjectRef& from, const catalog::ObjectRef& to);
  // Where the object `ref` names in `from` (before any rename) stands now.
  catalog::ObjectRef Now(const catalog::ObjectRef& ref) const {
    const auto it = moved_.find(ref);
    return it == moved_.end() ? ref : it->second;
  }

  void MoveSequence(catalog::Sequence& s, const std::string& schema, const std::string& name);
  // A constraint or index of a table to `name`, with what names it (replica identity, the
  // partitions' attached indexes and keys).
  void RenamePart(catalog::TablePart& p, const std::string& name);

  // A rename derived from a renamed table or column, as a hint would name it: a hint saying
  // it too has nothing left to do.
  void MarkDone(const std::string& from, const std::string& to) { done_.insert({from, to}); }
  bool Done(const std::string& from, const std::string& to) const { return done_.count({from, to}) > 0; }

  // The changes recorded so far.
  size_t ChangeCount() const { return out_.changes.size(); }
  // The last change, a rename from a temporary name, folded into change `first`, the rename
  // to it: one change, old -> new.
  void FoldLastChangeInto(size_t first);

  // Dependency edges moved, every list sorted again.
  Renamed Finish();

 private:
  Renamed out_;
  std::map<catalog::ObjectRef, catalog::ObjectRef> moved_;
  std::set<std::pair<std::string, std::string>> done_;
};

}  // namespace schemaservice::plan::internal
