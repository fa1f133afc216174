// service/plan/rename_edits.cc
//
// What every kind of rename hint does to the `from` catalog and its bookkeeping: statements
// said, changes recorded, references moved, sequences moved and table parts renamed.
#include "service/plan/rename_edits.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "service/pg/quote.h"
#include "service/plan/hazard_rules.h"
#include "service/plan/rename_text.h"

namespace schemaservice::plan::internal {
namespace {

using catalog::Kind;
using catalog::ObjectRef;

template <typename T>
void SortByRef(std::vector<T>& v) {
  std::sort(v.begin(), v.end(), [](const T& a, const T& b) { return a.c.ref < b.c.ref; });
}

}  // namespace

void RenamedCatalog::Say(std::string sql, std::string description) {
  Statement s;
  s.sql = std::move(sql);
  s.description = absl::StrCat(description, " (rename hint)");
  s.lock_level = "ACCESS EXCLUSIVE";
  s.hazards.push_back(RuleHazard(Rule::kRename,
      absl::StrCat("code that still uses the old name fails once this runs: ", description),
      "deploy code that reads both names first (expand/contract), or keep a view under the old name"));
  out_.statements.push_back(std::move(s));
}

void RenamedCatalog::Record(Kind kind, const std::string& from, const std::string& to) {
  Record(ObjectRef{kind, from}, {"name", from, to});
}

void RenamedCatalog::Record(const ObjectRef& ref, diff::FieldChange field) {
  out_.changes.push_back(diff::Change{diff::Action::kAlter, ref, {std::move(field)}});
}

void RenamedCatalog::Move(const ObjectRef& from, const ObjectRef& to) {
  // An object that moved to `from` moves on; the one first named `from` stays where it went
  // (a chain of renames: a -> a_old, then b -> a, then a -> c moves b).
  bool moved_before = false;
  for (auto& [a, b] : moved_) {
    if (b == from) {
      b = to;
      moved_before = true;
    }
  }
  if (!moved_before) moved_[from] = to;
}

void RenamedCatalog::FoldLastChangeInto(size_t first) {
  std::vector<diff::Change>& changes = out_.changes;
  if (first + 1 >= changes.size() || changes[first].fields.empty() || changes.back().fields.empty()) return;
  changes[first].fields.front().to = changes.back().fields.front().to;
  changes.pop_back();
}

void RenamedCatalog::MoveSequence(catalog::Sequence& s, const std::string& schema, const std::string& name) {
  const std::string old_id = s.c.ref.id;
  const std::string new_id = Quoted(schema, name);
  s.c.schema = schema;
  s.c.name = name;
  s.c.ref.id = new_id;
  Move(ObjectRef{Kind::kSequence, old_id}, ObjectRef{Kind::kSequence, new_id});
  RewriteRendered(out_.from, [&](const std::string& text) {
    return ReplaceQualified(ReplaceRegclass(text, old_id, new_id), old_id, new_id);
  });
}

void RenamedCatalog::RenamePart(catalog::TablePart& p, const std::string& name) {
  const ObjectRef old_ref = p.c.ref;
  if (p.c.ref.kind == Kind::kIndex) {
    // "CREATE [UNIQUE] INDEX name ON ...": the name is the definition's own.
    const std::string old_q = pg::QuoteIdent(p.c.name);
    const size_t at = p.definition.find(absl::StrCat(" INDEX ", old_q, " ON "));
    if (at != std::string::npos) p.definition.replace(at + 7, old_q.size(), pg::QuoteIdent(name));
    for (auto& t : out_.from.tables) {
      if (t.c.ref.id == p.table && t.replica_identity_index == p.c.name) t.replica_identity_index = name;
    }
  } else {
    // A unique, primary key or exclusion constraint's index is renamed with it.
    for (auto& t : out_.from.tables) {
      if (t.c.ref.id == p.table && t.replica_identity_index == p.c.name) t.replica_identity_index = name;
    }
  }
  // The partitions' indexes or keys attached to it stay attached under the new name.
  std::set<std::string> partitions;
  for (const auto& t : out_.from.tables) {
    if (t.partition_of == p.table) partitions.insert(t.c.ref.id);
  }
  for (catalog::TablePart& child : out_.from.parts) {
    if (child.c.ref.kind == p.c.ref.kind && child.attached_to == p.c.name && partitions.count(child.table)) {
      child.attached_to = name;
    }
  }
  p.c.name = name;
  p.c.ref.id = absl::StrCat(p.table, ".", pg::QuoteIdent(name));
  Move(old_ref, p.c.ref);
}

Renamed RenamedCatalog::Finish() {
  catalog::Catalog& c = out_.from;
  auto remap = [&](std::vector<ObjectRef>& refs) {
    for (ObjectRef& r : refs) {
      auto it = moved_.find(r);
      if (it != moved_.end()) r = it->second;
    }
    std::sort(refs.begin(), refs.end());
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
  };
  catalog::ForEachObject(c, [&](catalog::Common& common, auto&) { remap(common.depends_on); });
  for (auto& t : c.tables) {
    for (catalog::Column& col : t.columns) remap(col.depends_on);
  }
  SortByRef(c.schemas);
  SortByRef(c.types);
  SortByRef(c.sequences);
  SortByRef(c.tables);
  SortByRef(c.parts);
  SortByRef(c.views);
  SortByRef(c.functions);
  SortByRef(c.defined_objects);
  std::sort(c.type_facts.begin(), c.type_facts.end(),
            [](const catalog::TypeFacts& a, const catalog::TypeFacts& b) { return a.name < b.name; });
  return std::move(out_);
}

}  // namespace schemaservice::plan::internal
