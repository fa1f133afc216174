#include "service/plan/planner.h"

// The dependency order of the statements.

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

// The node that stands for `ref` at `step`, through columns of new tables and defaults.
std::optional<NodeKey> Orderer::NodeFor(Step step, const ObjectRef& ref, const Index& idx) const {
  if (Has(step, ref)) return NodeKey{step, ref};
  const Obj* o = idx.Find(ref);
  if (o && o->has_owner && Has(step, o->owner)) return NodeKey{step, o->owner};
  return std::nullopt;
}

std::vector<ObjectRef> Orderer::DependenciesOf(const ObjectRef& ref, const Index& idx) const {
  std::vector<ObjectRef> out;
  const Obj* o = idx.Find(ref);
  if (auto it = ctx_.owner_sequences.find(ref); it != ctx_.owner_sequences.end()) {
    out.push_back(it->second);
    const auto* s = idx.Get<catalog::Sequence>(it->second);
    if (s && s->owned_by) out.push_back(ObjectRef{Kind::kColumn, *s->owned_by});
    return out;
  }
  if (!o) return out;
  out = o->depends_on;
  if (o->has_owner) out.push_back(o->owner);
  if (o->kind == Kind::kTable) {
    const auto* t = static_cast<const catalog::Table*>(o->ptr);
    for (const Column& c : t->columns) out.insert(out.end(), c.depends_on.begin(), c.depends_on.end());
    for (const std::string& p : t->inherits) out.push_back(ObjectRef{Kind::kTable, p});
    if (!t->partition_of.empty()) out.push_back(ObjectRef{Kind::kTable, t->partition_of});
    out.push_back(ObjectRef{Kind::kSchema, pg::QuoteIdent(t->c.schema)});
  } else if (o->common && !o->common->schema.empty()) {
    out.push_back(ObjectRef{Kind::kSchema, pg::QuoteIdent(o->common->schema)});
  }
  return out;
}

std::vector<ObjectRef> Orderer::DependentsOf(const ObjectRef& ref, const Index& idx) const {
  std::vector<ObjectRef> out = idx.Dependents(ref);
  const Obj* o = idx.Find(ref);
  if (o && o->kind == Kind::kTable) {
    const auto* t = static_cast<const catalog::Table*>(o->ptr);
    for (const Column& c : t->columns) {
      const auto& more = idx.Dependents(Index::ColumnRef(*t, c));
      out.insert(out.end(), more.begin(), more.end());
    }
    // What hangs on its constraints (a foreign key on its primary key) hangs on it.
    for (const ObjectRef& part : idx.Dependents(ref)) {
      if (part.kind != Kind::kConstraint) continue;
      const auto& more = idx.Dependents(part);
      out.insert(out.end(), more.begin(), more.end());
    }
  }
  if (ref.kind == Kind::kSchema) {
    for (const auto& [key, node] : ctx_.graph.nodes()) {
      const Obj* x = idx.Find(key.ref);
      if (x && x->common && pg::QuoteIdent(x->common->schema) == ref.id && !(key.ref == ref)) out.push_back(key.ref);
    }
  }
  return out;
}

bool Orderer::HasDefaultHolder(const ObjectRef& column) const {
  return ctx_.graph.Has(NodeKey{Step::kDrop, column, Facet::kDefault}) ||
         ctx_.graph.Has(NodeKey{Step::kDrop, column, Facet::kIdentity});
}

absl::StatusOr<std::vector<Statement>> Orderer::Order() {
  ctx_.graph.ApplyConditionalEdges();
  for (auto& [key, node] : ctx_.graph.nodes()) {
    const ObjectRef& ref = key.ref;
    // INHERIT, NO INHERIT and the renames after them are ordered by the edges their planner
    // gave them, nothing else.
    if (key.facet == Facet::kInherit || key.facet == Facet::kNoInherit || key.facet == Facet::kKeptNotNull) continue;
    const bool whole = key.facet == Facet::kWhole;
    if (key.step == Step::kCreate || key.step == Step::kAlter) {
      for (const ObjectRef& d : DependenciesOf(ref, ctx_.to)) {
        for (Step s : {Step::kCreate, Step::kAlter}) {
          if (auto n = NodeFor(s, d, ctx_.to); n && !(n->ref == ref && n->step == key.step)) node.after.insert(*n);
        }
      }
      const NodeKey dropped{Step::kDrop, ref, key.facet};
      if (key.step == Step::kCreate && ctx_.graph.Has(dropped)) node.after.insert(dropped);
      if (whole && key.step == Step::kCreate && Has(Step::kAlter, ref)) node.after.insert(NodeKey{Step::kAlter, ref});
    }
    // A column's default or identity dropped apart: it waits for nothing the old schema has.
    if (whole && (key.step == Step::kAlter || key.step == Step::kDrop)) {
      // What depended on this in the old schema goes first: dropped, or altered away.
      for (const ObjectRef& d : DependentsOf(ref, ctx_.from)) {
        if (d == ref) continue;
        if (auto n = NodeFor(Step::kDrop, d, ctx_.from)) {
          if (!(n->ref == ref)) ctx_.graph.nodes()[*n];  // ensure exists
          if (!(n->ref == ref && n->step == key.step)) node.after.insert(*n);
        }
        // Its default or identity, dropped apart, goes first too.
        for (Facet facet : {Facet::kDefault, Facet::kIdentity}) {
          const NodeKey apart{Step::kDrop, d, facet};
          if (ctx_.graph.Has(apart)) node.after.insert(apart);
        }
        if (key.step == Step::kDrop && !HasDefaultHolder(d)) {
          if (auto n = NodeFor(Step::kAlter, d, ctx_.from); n && !(n->ref == ref)) node.after.insert(*n);
        }
      }
    }
    if (whole && key.ref.kind == Kind::kColumn && key.step != Step::kAlter) {
      // A column declared by a child and its parent: the child's is added first (the
      // parent's then merges into it) and dropped last (it is inherited until then).
      const Index& idx = key.step == Step::kCreate ? ctx_.to : ctx_.from;
      const Obj* o = idx.Find(ref);
      const auto* table = o && o->has_owner ? idx.Get<catalog::Table>(o->owner) : nullptr;
      if (table != nullptr) {
        const std::string column = ref.id.substr(o->owner.id.size());
        for (const std::string& parent : table->inherits) {
          const NodeKey parent_node{key.step, ObjectRef{Kind::kColumn, parent + column}};
          if (!ctx_.graph.nodes().count(parent_node)) continue;
          if (key.step == Step::kDrop) {
            node.after.insert(parent_node);
          } else {
            ctx_.graph.nodes()[parent_node].after.insert(key);
          }
        }
      }
    }
  }
  // Among ready nodes: drops (dependents first by kind), then alters, then creates by kind
  // rank, then identity.
  // New columns of one table are added in the target's attnum order, not by name: the
  // table then reads like the target (SELECT *, pg_dump, statistics' column lists).
  std::map<ObjectRef, std::string> sort_ids;
  for (const auto& t : ctx_.to.catalog().tables) {
    for (size_t i = 0; i < t.columns.size(); ++i) {
      const ObjectRef ref = Index::ColumnRef(t, t.columns[i]);
      if (ctx_.graph.nodes().count(NodeKey{Step::kCreate, ref})) {
        sort_ids[ref] = absl::StrCat(t.c.ref.id, ".\x01", std::string(8 - std::to_string(i).size(), '0'), i);
      }
    }
  }
  auto priority = [&](const NodeKey& k) {
    const int rank = KindRank(k.ref.kind);
    auto it = k.step == Step::kCreate && k.facet == Facet::kWhole ? sort_ids.find(k.ref) : sort_ids.end();
    return std::make_tuple(static_cast<int>(k.step), k.step == Step::kDrop ? -rank : rank,
                           it == sort_ids.end() ? k.Name() : it->second);
  };
  ASSIGN_OR_RETURN(std::vector<Statement> out, ctx_.graph.Sort(priority));
  if (ctx_.functions_created && !out.empty()) {
    out.insert(out.begin(), Statement{"SET check_function_bodies = false",
                                      "let function bodies refer to objects created later in this migration (as pg_dump does)",
                                      {}, true, ""});
  }
  return out;
}

}  // namespace schemaservice::plan::internal
