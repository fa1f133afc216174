// service/plan/index.h
//
// Internal to plan/: one catalog indexed by identity, with who depends on whom. Built once
// per catalog and shared by the up and down planners.
#pragma once

#include <algorithm>
#include <deque>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "absl/container/flat_hash_map.h"
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
  const ObjectRef* owner_ref = nullptr;  // table or view of a column or table part; else null
  const std::vector<ObjectRef>* depends_on = nullptr;  // the catalog's, which outlives the index
  bool has_owner() const { return owner_ref != nullptr; }
  const ObjectRef& owner() const { return *owner_ref; }
};

// Identities held elsewhere (by the catalog or the index), iterated as ObjectRefs: what
// depends on an object, without a copy of each identity per edge.
class RefList {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = ObjectRef;
    using difference_type = std::ptrdiff_t;
    using pointer = const ObjectRef*;
    using reference = const ObjectRef&;
    explicit iterator(std::vector<const ObjectRef*>::const_iterator it) : it_(it) {}
    reference operator*() const { return **it_; }
    pointer operator->() const { return *it_; }
    iterator& operator++() {
      ++it_;
      return *this;
    }
    iterator operator++(int) { return iterator(it_++); }
    bool operator==(const iterator& o) const { return it_ == o.it_; }
    bool operator!=(const iterator& o) const { return it_ != o.it_; }

   private:
    std::vector<const ObjectRef*>::const_iterator it_;
  };
  explicit RefList(const std::vector<const ObjectRef*>& refs) : refs_(&refs) {}
  iterator begin() const { return iterator(refs_->begin()); }
  iterator end() const { return iterator(refs_->end()); }
  size_t size() const { return refs_->size(); }
  bool empty() const { return refs_->empty(); }

 private:
  const std::vector<const ObjectRef*>* refs_;
};

class Index {
 public:
  explicit Index(const Catalog& c) : catalog_(c) {
    size_t count = 0;
    catalog::ForEachObject(c, [&](const Common&, const auto&) { ++count; });
    for (const auto& t : c.tables) count += t.columns.size();
    objects_.reserve(count);
    catalog::ForEachObject(c, [&](const Common& common, const auto& object) {
      objects_[Key(common.ref)] = Obj{common.ref.kind, &common, &object, nullptr, &common.depends_on};
    });
    for (const auto& t : c.tables) {
      for (const Column& col : t.columns) {
        const ObjectRef& ref = column_refs_.emplace_back(ColumnRef(t, col));
        objects_[Key(ref)] = Obj{Kind::kColumn, nullptr, &col, &t.c.ref, &col.depends_on};
      }
    }
    for (const auto& p : c.parts) {
      Obj& o = objects_[Key(p.c.ref)];
      o.owner_ref = &KeptOwnerOf(p.table);
      const auto* t = p.attached_to.empty() ? nullptr : Get<catalog::Table>(ObjectRef{Kind::kTable, p.table});
      if (t != nullptr && !t->partition_of.empty()) {
        const ObjectRef parent{p.c.ref.kind, absl::StrCat(t->partition_of, ".", pg::QuoteIdent(p.attached_to))};
        parents_[p.c.ref] = parent;
        attached_[parent].push_back(p.c.ref);
      }
    }
    for (const auto& [key, o] : objects_) {
      const ObjectRef* ref = o.common != nullptr ? &o.common->ref : nullptr;
      if (ref == nullptr) continue;
      AddDependents(*ref, o);
    }
    for (const ObjectRef& ref : column_refs_) AddDependents(ref, objects_.at(Key(ref)));
    // Sorted: objects_ is unordered, and plans must not depend on its order.
    for (auto& [key, dependents] : dependents_) {
      std::sort(dependents.begin(), dependents.end(), [](const ObjectRef* a, const ObjectRef* b) { return *a < *b; });
    }
  }

  ObjectRef OwnerOf(const std::string& relation) const {
    if (objects_.count(RefKey{Kind::kView, relation})) return ObjectRef{Kind::kView, relation};
    return ObjectRef{Kind::kTable, relation};
  }

  static ObjectRef ColumnRef(const catalog::Table& t, const Column& c) {
    return ObjectRef{Kind::kColumn, absl::StrCat(t.c.ref.id, ".", pg::QuoteIdent(c.name))};
  }

  const Obj* Find(const ObjectRef& ref) const {
    auto it = objects_.find(Key(ref));
    return it == objects_.end() ? nullptr : &it->second;
  }
  template <typename T>
  const T* Get(const ObjectRef& ref) const {
    const Obj* o = Find(ref);
    return o ? static_cast<const T*>(o->ptr) : nullptr;
  }
  RefList Dependents(const ObjectRef& ref) const {
    static const std::vector<const ObjectRef*> kNone;
    auto it = dependents_.find(Key(ref));
    return RefList(it == dependents_.end() ? kNone : it->second);
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
  // An identity by reference to a string the catalog or the index holds: the maps copy no
  // identity.
  struct RefKey {
    Kind kind;
    std::string_view id;
    bool operator==(const RefKey& o) const { return kind == o.kind && id == o.id; }
  };
  struct RefKeyHash {
    size_t operator()(const RefKey& k) const {
      return std::hash<std::string_view>()(k.id) * 31 + static_cast<size_t>(k.kind);
    }
  };
  static RefKey Key(const ObjectRef& ref) { return RefKey{ref.kind, ref.id}; }

  // The owner of a table part, as the view's or table's own identity (which outlives the
  // index); a relation the catalog lacks (hand-made catalogs in tests) gets one kept here.
  const ObjectRef& KeptOwnerOf(const std::string& relation) {
    for (const Kind kind : {Kind::kView, Kind::kTable}) {
      auto it = objects_.find(RefKey{kind, relation});
      if (it != objects_.end() && it->second.common != nullptr) return it->second.common->ref;
    }
    return missing_owners_.emplace_back(ObjectRef{Kind::kTable, relation});
  }

  void AddDependents(const ObjectRef& ref, const Obj& o) {
    if (o.depends_on) {
      for (const ObjectRef& d : *o.depends_on) dependents_[Key(d)].push_back(&ref);
    }
    // A table part or column depends on its owner even when pg_depend says nothing.
    if (o.has_owner()) dependents_[Key(o.owner())].push_back(&ref);
  }

  const Catalog& catalog_;
  std::deque<ObjectRef> column_refs_, missing_owners_;  // deques: their elements do not move
  // Open addressing: filled once, then only read (the Obj pointers Find hands out stay valid).
  absl::flat_hash_map<RefKey, Obj, RefKeyHash> objects_;
  absl::flat_hash_map<RefKey, std::vector<const ObjectRef*>, RefKeyHash> dependents_;
  std::map<ObjectRef, ObjectRef> parents_;                   // attached part -> parent's
  std::map<ObjectRef, std::vector<ObjectRef>> attached_;     // parent's -> attached parts
};

}  // namespace schemaservice::plan::internal
