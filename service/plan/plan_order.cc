#include "service/plan/planner.h"

// Dependents to recreate, possible renames, and the dependency order of the statements.

#include <algorithm>
#include <map>
#include <queue>
#include <regex>
#include <set>
#include <tuple>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {

absl::Status Planner::RecreateDependents() {
  std::vector<ObjectRef> work;
  for (const auto& [key, node] : nodes_) {
    if (key.step == Step::kDrop) work.push_back(key.ref);
  }
  for (const ObjectRef& r : type_changed_columns_) work.push_back(r);
  for (const ObjectRef& r : forced_recreate_) {
    RETURN_IF_ERROR(Recreate(r));
    work.push_back(r);
  }
  std::set<ObjectRef> seen(work.begin(), work.end());
  while (!work.empty()) {
    const ObjectRef r = work.back();
    work.pop_back();
    const bool retyped_column = type_changed_columns_.count(r) > 0 && !Has(Step::kDrop, r);
    const Obj* r_obj = from_.Find(r);
    for (const ObjectRef& d : DependentsOf(r, from_)) {
      if (d.kind == Kind::kColumn && absl::StrContains(d.id, "#")) continue;  // placeholders
      if (!to_.Find(d) || Has(Step::kDrop, d)) continue;
      const Obj* d_obj = from_.Find(d);
      // A column's table, indexes and constraints are rebuilt by ALTER COLUMN TYPE itself.
      if (retyped_column && (d.kind == Kind::kIndex || d.kind == Kind::kConstraint || d.kind == Kind::kTable ||
                             d.kind == Kind::kStatistics)) {
        continue;
      }
      // A part goes with its own table, not with the table it depends on.
      if (r_obj && r_obj->kind == Kind::kTable && d_obj->has_owner && d_obj->owner == r) continue;
      if (d.kind == Kind::kTable && r.kind == Kind::kTable && Has(Step::kDrop, r)) {
        // Partitions and inheritance children go with a dropped parent.
        const auto* child = from_.Get<catalog::Table>(d);
        const bool goes_with_parent = child->partition_of == r.id;
        if (goes_with_parent && !recreated_tables_.count(d.id)) RETURN_IF_ERROR(RecreateTable(d));
        continue;
      }
      if (d.kind == Kind::kTable || d.kind == Kind::kSchema || d.kind == Kind::kSequence) continue;
      if (d.kind == Kind::kColumn) {
        RETURN_IF_ERROR(RestoreColumnAround(d, r));
        continue;
      }
      if (d.kind == Kind::kType) {
        RETURN_IF_ERROR(RecreateType(d));
      } else {
        RETURN_IF_ERROR(Recreate(d));
      }
      if (seen.insert(d).second) work.push_back(d);
    }
  }
  return absl::OkStatus();
}

// A column whose default or generation expression uses an object that is dropped and
// recreated: take the default off before, put it back after.
absl::Status Planner::RestoreColumnAround(const ObjectRef& column, const ObjectRef& cause) {
  if (handled_columns_.count(column) || Has(Step::kCreate, column) || HasDefaultHolder(column)) {
    return absl::OkStatus();
  }
  const Obj* o = from_.Find(column);
  const auto* a = from_.Get<Column>(column);
  const auto* b = to_.Get<Column>(column);
  if (new_tables_.count(o->owner.id)) return absl::OkStatus();
  if (a->generated || (cause.kind == Kind::kColumn)) {
    if (a->generated) {
      // Re-added whole: a SET EXPRESSION planned for it (17+) would hit the dropped column.
      nodes_.erase(NodeKey{Step::kAlter, column});
      RETURN_IF_ERROR(DropObject(column));
      return CreateObject(column);
    }
    return absl::OkStatus();
  }
  // A column retyped away from what goes: its ALTER drops the default before the type
  // changes and sets the new one after, and the drop waits for that ALTER.
  if (a->type != b->type && !a->generated && !b->generated && !Has(Step::kDrop, column)) return absl::OkStatus();
  if (cause.kind == Kind::kType || cause.kind == Kind::kCollation) {
    // The column's own type: only enum rebuilds convert columns in place.
    if (!a->default_expr || a->type == b->type) {
      return absl::UnimplementedError(absl::StrCat("cannot plan yet: ", column.id, " uses ", cause.id,
                                                   ", which must be recreated; change it in two migrations"));
    }
  }
  if (!a->default_expr) return absl::OkStatus();
  const std::string alter = absl::StrCat("ALTER TABLE ", o->owner.id, " ALTER COLUMN ", pg::QuoteIdent(a->name));
  const ObjectRef pre{Kind::kColumn, absl::StrCat(column.id, "#default")};
  Emit(Step::kDrop, pre, absl::StrCat(alter, " DROP DEFAULT"), absl::StrCat("drop default of ", column.id, " while ", cause.id, " is replaced"));
  default_holders_[pre] = column;
  if (b->default_expr && !Has(Step::kAlter, column)) {
    Emit(Step::kCreate, pre, absl::StrCat(alter, " SET DEFAULT ", *b->default_expr), absl::StrCat("restore default of ", column.id));
  }
  return absl::OkStatus();
}

void Planner::MarkPossibleRenames() {
  std::map<std::string, std::vector<ObjectRef>> dropped_shapes, created_shapes;
  auto table_shape = [](const catalog::Table& t) {
    std::vector<std::string> cols;
    for (const Column& c : t.columns) cols.push_back(absl::StrCat(c.name, " ", c.type));
    std::sort(cols.begin(), cols.end());
    return absl::StrCat("table ", absl::StrJoin(cols, ","));  // moved between schemas counts too
  };
  auto column_shape = [](const Obj& o, const Column& c) {
    return absl::StrCat("column ", o.owner.id, " ", c.type);
  };
  for (const Change& c : changes_) {
    if (c.ref.kind == Kind::kTable && c.action != Action::kAlter) {
      const Index& idx = c.action == Action::kDrop ? from_ : to_;
      (c.action == Action::kDrop ? dropped_shapes : created_shapes)[table_shape(*idx.Get<catalog::Table>(c.ref))].push_back(c.ref);
    }
    if (c.ref.kind == Kind::kColumn && c.action != Action::kAlter) {
      const Index& idx = c.action == Action::kDrop ? from_ : to_;
      (c.action == Action::kDrop ? dropped_shapes : created_shapes)[column_shape(*idx.Find(c.ref), *idx.Get<Column>(c.ref))].push_back(c.ref);
    }
  }
  for (const auto& [shape, dropped] : dropped_shapes) {
    auto it = created_shapes.find(shape);
    if (it == created_shapes.end()) continue;
    for (const ObjectRef& d : dropped) {
      for (const ObjectRef& a : it->second) {
        // The exact flag, so the safer path is one copy away.
        const std::string flag = absl::StrCat("--rename ", d.kind == Kind::kColumn ? "column:" : "table:", d.id, "=", a.id);
        const Hazard h = MakeHazard(HazardKind::kPossibleRename, Severity::kWarning, "rename",
                                    absl::StrCat(d.id, " is dropped and ", a.id, " of the same shape is added: if this is a rename, "
                                                 "the data is lost unless you say so"),
                                    absl::StrCat("if it is a rename, plan again with ", flag,
                                                 " (the Diff/Generate renames field): ALTER ... RENAME keeps the data"));
        AddHazard(Step::kDrop, d, h);
        AddHazard(Step::kCreate, a, h);
      }
    }
  }
}

void Planner::AddHazard(Step step, const ObjectRef& ref, const Hazard& h) {
  auto it = nodes_.find(NodeKey{step, ref});
  if (it == nodes_.end() || it->second.statements.empty()) return;
  auto& hazards = it->second.statements.front().hazards;
  hazards.push_back(h);
  std::sort(hazards.begin(), hazards.end());
}

// The node that stands for `ref` at `step`, through columns of new tables and defaults.
std::optional<NodeKey> Planner::NodeFor(Step step, const ObjectRef& ref, const Index& idx) const {
  if (Has(step, ref)) return NodeKey{step, ref};
  const Obj* o = idx.Find(ref);
  if (o && o->has_owner && Has(step, o->owner)) return NodeKey{step, o->owner};
  return std::nullopt;
}

std::vector<ObjectRef> Planner::DependenciesOf(const ObjectRef& ref, const Index& idx) const {
  std::vector<ObjectRef> out;
  const Obj* o = idx.Find(ref);
  if (auto it = default_holders_.find(ref); it != default_holders_.end()) o = idx.Find(it->second);
  if (auto it = owner_sequences_.find(ref); it != owner_sequences_.end()) {
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

std::vector<ObjectRef> Planner::DependentsOf(const ObjectRef& ref, const Index& idx) const {
  std::vector<ObjectRef> out = idx.Dependents(ref);
  // A column's dependents include those of its default placeholder.
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
    for (const auto& [key, node] : nodes_) {
      const Obj* x = idx.Find(key.ref);
      if (x && x->common && pg::QuoteIdent(x->common->schema) == ref.id && !(key.ref == ref)) out.push_back(key.ref);
    }
  }
  for (const auto& [holder, column] : default_holders_) {
    if (std::find(out.begin(), out.end(), column) != out.end()) out.push_back(holder);
  }
  return out;
}

bool Planner::HasDefaultHolder(const ObjectRef& column) const {
  for (const auto& [holder, c] : default_holders_) {
    if (c == column && Has(Step::kDrop, holder)) return true;
  }
  return false;
}

absl::StatusOr<std::vector<Statement>> Planner::Order() {
  for (const auto& [node, before] : order_if_planned_) {
    if (nodes_.count(node) && nodes_.count(before)) nodes_[node].after.insert(before);
  }
  for (auto& [key, node] : nodes_) {
    const ObjectRef& ref = key.ref;
    if (key.step == Step::kCreate || key.step == Step::kAlter) {
      for (const ObjectRef& d : DependenciesOf(ref, to_)) {
        for (Step s : {Step::kCreate, Step::kAlter}) {
          if (auto n = NodeFor(s, d, to_); n && !(n->ref == ref && n->step == key.step)) node.after.insert(*n);
        }
      }
      if (key.step == Step::kCreate && Has(Step::kDrop, ref)) node.after.insert(NodeKey{Step::kDrop, ref});
      if (key.step == Step::kCreate && Has(Step::kAlter, ref)) node.after.insert(NodeKey{Step::kAlter, ref});
    }
    if (key.step == Step::kAlter || key.step == Step::kDrop) {
      // What depended on this in the old schema goes first: dropped, or altered away.
      for (const ObjectRef& d : DependentsOf(ref, from_)) {
        if (d == ref) continue;
        if (auto n = NodeFor(Step::kDrop, d, from_)) {
          if (!(n->ref == ref)) nodes_[*n];  // ensure exists
          if (!(n->ref == ref && n->step == key.step)) node.after.insert(*n);
        }
        if (key.step == Step::kDrop && !HasDefaultHolder(d)) {
          if (auto n = NodeFor(Step::kAlter, d, from_); n && !(n->ref == ref)) node.after.insert(*n);
        }
      }
    }
    if (key.ref.kind == Kind::kColumn && key.step != Step::kAlter) {
      // A column declared by a child and its parent: the child's is added first (the
      // parent's then merges into it) and dropped last (it is inherited until then).
      const Index& idx = key.step == Step::kCreate ? to_ : from_;
      const Obj* o = idx.Find(ref);
      const auto* table = o && o->has_owner ? idx.Get<catalog::Table>(o->owner) : nullptr;
      if (table != nullptr) {
        const std::string column = ref.id.substr(o->owner.id.size());
        for (const std::string& parent : table->inherits) {
          const NodeKey parent_node{key.step, ObjectRef{Kind::kColumn, parent + column}};
          if (!nodes_.count(parent_node)) continue;
          if (key.step == Step::kDrop) {
            node.after.insert(parent_node);
          } else {
            nodes_[parent_node].after.insert(key);
          }
        }
      }
    }
  }
  // Kahn's algorithm; among ready nodes: drops (dependents first by kind), then alters,
  // then creates by kind rank, then identity.
  std::map<NodeKey, int> indegree;
  std::map<NodeKey, std::vector<NodeKey>> next;
  for (const auto& [key, node] : nodes_) {
    indegree[key];
    for (const NodeKey& before : node.after) {
      if (!nodes_.count(before)) continue;
      next[before].push_back(key);
      ++indegree[key];
    }
  }
  // New columns of one table are added in the target's attnum order, not by name: the
  // table then reads like the target (SELECT *, pg_dump, statistics' column lists).
  std::map<ObjectRef, std::string> sort_ids;
  for (const auto& t : to_.catalog().tables) {
    for (size_t i = 0; i < t.columns.size(); ++i) {
      const ObjectRef ref = Index::ColumnRef(t, t.columns[i]);
      if (nodes_.count(NodeKey{Step::kCreate, ref})) {
        sort_ids[ref] = absl::StrCat(t.c.ref.id, ".\x01", std::string(8 - std::to_string(i).size(), '0'), i);
      }
    }
  }
  auto priority = [&](const NodeKey& k) {
    const int rank = KindRank(k.ref.kind);
    auto it = k.step == Step::kCreate ? sort_ids.find(k.ref) : sort_ids.end();
    return std::make_tuple(static_cast<int>(k.step), k.step == Step::kDrop ? -rank : rank,
                           it == sort_ids.end() ? k.ref.id : it->second);
  };
  auto cmp = [&](const NodeKey& a, const NodeKey& b) { return priority(a) > priority(b); };
  std::priority_queue<NodeKey, std::vector<NodeKey>, decltype(cmp)> ready(cmp);
  for (const auto& [key, deg] : indegree) {
    if (deg == 0) ready.push(key);
  }
  std::vector<Statement> out;
  size_t done = 0;
  if (functions_created_) {
    out.push_back(Statement{"SET check_function_bodies = false",
                            "let function bodies refer to objects created later in this migration (as pg_dump does)", {}, true, ""});
  }
  while (!ready.empty()) {
    const NodeKey key = ready.top();
    ready.pop();
    ++done;
    for (const Statement& s : nodes_[key].statements) out.push_back(s);
    for (const NodeKey& n : next[key]) {
      if (--indegree[n] == 0) ready.push(n);
    }
  }
  if (done != nodes_.size()) {
    std::vector<std::string> stuck;
    const char* kStep[] = {"drop", "alter", "create"};
    for (const auto& [key, deg] : indegree) {
      if (deg == 0) continue;
      std::vector<std::string> waits;
      for (const NodeKey& b : nodes_[key].after) {
        if (indegree.count(b) && indegree[b] > 0) waits.push_back(absl::StrCat(kStep[static_cast<int>(b.step)], " ", b.ref.id));
      }
      stuck.push_back(absl::StrCat(kStep[static_cast<int>(key.step)], " ", catalog::KindName(key.ref.kind), " ",
                                   key.ref.id, " (after ", absl::StrJoin(waits, ", "), ")"));
    }
    return absl::UnimplementedError(absl::StrCat("cannot order the plan: a dependency cycle among ",
                                                 absl::StrJoin(stuck, ", ")));
  }
  if (out.size() == 1 && functions_created_) out.clear();
  // CONCURRENTLY statements cannot share a transaction: make that visible once per statement.
  return out;
}

}  // namespace schemaservice::plan::internal
