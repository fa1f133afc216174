// service/plan/index.h
//
// Internal to plan/: one catalog indexed by identity, with who depends on whom. Built once
// per catalog and shared by the up and down planners.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "service/catalog/catalog.h"
#include "service/pg/quote.h"

namespace schemaservice::plan::internal {
using catalog::Catalog;
using catalog::Column;
using catalog::Common;
using catalog::Kind;
using catalog::ObjectRef;

// Constraints, indexes, triggers, policies, rules and statistics: catalog::TablePart.
inline bool IsTablePart(Kind kind) {
  return kind == Kind::kConstraint || kind == Kind::kIndex || kind == Kind::kTrigger || kind == Kind::kPolicy ||
         kind == Kind::kRule || kind == Kind::kStatistics;
}

struct Obj {
  Kind kind;
  const Common* common = nullptr;      // null for columns
  const void* ptr = nullptr;           // the typed object
  ObjectRef owner;                     // table or view of a column or table part
  bool has_owner = false;
  const std::vector<ObjectRef>* depends_on = nullptr;  // the catalog's, which outlives the index
};

class Index {
 public:
  explicit Index(const Catalog& c) : catalog_(c) {
    size_t count = 0;
    catalog::ForEachObject(c, [&](const Common&, const auto&) { ++count; });
    for (const auto& t : c.tables) count += t.columns.size();
    objects_.reserve(count);
    dependents_.reserve(count);
    catalog::ForEachObject(c, [&](const Common& common, const auto& object) {
      objects_[common.ref] = Obj{common.ref.kind, &common, &object, {}, false, &common.depends_on};
    });
    for (const auto& t : c.tables) {
      for (const Column& col : t.columns) {
        objects_[ColumnRef(t, col)] = Obj{Kind::kColumn, nullptr, &col, t.c.ref, true, &col.depends_on};
      }
    }
    for (const auto& p : c.parts) {
      Obj& o = objects_[p.c.ref];
      o.has_owner = true;
      o.owner = OwnerOf(p.table);
      const auto* t = p.attached_to.empty() ? nullptr : Get<catalog::Table>(ObjectRef{Kind::kTable, p.table});
      if (t != nullptr && !t->partition_of.empty()) {
        const ObjectRef parent{p.c.ref.kind, absl::StrCat(t->partition_of, ".", pg::QuoteIdent(p.attached_to))};
        parents_[p.c.ref] = parent;
        attached_[parent].push_back(p.c.ref);
      }
    }
    for (const auto& [ref, o] : objects_) {
      if (o.depends_on) {
        for (const ObjectRef& d : *o.depends_on) dependents_[d].push_back(ref);
      }
      // A table part or column depends on its owner even when pg_depend says nothing.
      if (o.has_owner) dependents_[o.owner].push_back(ref);
    }
    // Sorted: objects_ is unordered, and plans must not depend on its order.
    for (auto& [ref, dependents] : dependents_) std::sort(dependents.begin(), dependents.end());
  }

  ObjectRef OwnerOf(const std::string& relation) const {
    if (objects_.count(ObjectRef{Kind::kView, relation})) return ObjectRef{Kind::kView, relation};
    return ObjectRef{Kind::kTable, relation};
  }

  static ObjectRef ColumnRef(const catalog::Table& t, const Column& c) {
    return ObjectRef{Kind::kColumn, absl::StrCat(t.c.ref.id, ".", pg::QuoteIdent(c.name))};
  }

  const Obj* Find(const ObjectRef& ref) const {
    auto it = objects_.find(ref);
    return it == objects_.end() ? nullptr : &it->second;
  }
  template <typename T>
  const T* Get(const ObjectRef& ref) const {
    const Obj* o = Find(ref);
    return o ? static_cast<const T*>(o->ptr) : nullptr;
  }
  const std::vector<ObjectRef>& Dependents(const ObjectRef& ref) const {
    static const std::vector<ObjectRef> kNone;
    auto it = dependents_.find(ref);
    return it == dependents_.end() ? kNone : it->second;
  }
  // The parent table's index or key a partition's is attached to.
  std::optional<ObjectRef> AttachedParent(const ObjectRef& part) const {
    auto it = parents_.find(part);
    return it == parents_.end() ? std::nullopt : std::optional<ObjectRef>(it->second);
  }
  // The partitions' indexes or keys attached to `parent` (sorted).
  const std::vector<ObjectRef>& Attached(const ObjectRef& parent) const {
    static const std::vector<ObjectRef> kNone;
    auto it = attached_.find(parent);
    return it == attached_.end() ? kNone : it->second;
  }
  const Catalog& catalog() const { return catalog_; }

 private:
  const Catalog& catalog_;
  std::unordered_map<ObjectRef, Obj, catalog::ObjectRefHash> objects_;
  std::unordered_map<ObjectRef, std::vector<ObjectRef>, catalog::ObjectRefHash> dependents_;
  std::map<ObjectRef, ObjectRef> parents_;                   // attached part -> parent's
  std::map<ObjectRef, std::vector<ObjectRef>> attached_;     // parent's -> attached parts
};

}  // namespace schemaservice::plan::internal
