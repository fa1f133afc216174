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
  if (o && o->has_owner() && Has(step, o->owner())) return NodeKey{step, o->owner()};
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
  if (o->depends_on) out = *o->depends_on;
  // A partitioned table's index or key is valid (a foreign key can use it) only once every
  // partition's is attached: what uses it waits for those too.
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].kind != Kind::kIndex && out[i].kind != Kind::kConstraint) continue;
    const std::vector<ObjectRef>& attached = idx.Attached(out[i]);
    out.insert(out.end(), attached.begin(), attached.end());
  }
  if (o->has_owner()) out.push_back(o->owner());
  if (o->kind == Kind::kTable) {
    const auto* t = static_cast<const catalog::Table*>(o->ptr);
    // Not a generated column's sibling it reads: the table's own column.
    const std::string own_prefix = absl::StrCat(t->c.ref.id, ".");
    for (const Column& c : t->columns) {
      for (const ObjectRef& d : c.depends_on) {
        if (d.kind != Kind::kColumn || !absl::StartsWith(d.id, own_prefix)) out.push_back(d);
      }
    }
    for (const std::string& p : t->inherits) out.push_back(ObjectRef{Kind::kTable, p});
    if (!t->partition_of.empty()) out.push_back(ObjectRef{Kind::kTable, t->partition_of});
    out.push_back(ObjectRef{Kind::kSchema, pg::QuoteIdent(t->c.schema)});
  } else if (o->common && !o->common->schema.empty()) {
    out.push_back(ObjectRef{Kind::kSchema, pg::QuoteIdent(o->common->schema)});
  }
  return out;
}

std::vector<ObjectRef> Orderer::DependentsOf(const ObjectRef& ref, const Index& idx) const {
  const RefList direct = idx.Dependents(ref);
  std::vector<ObjectRef> out(direct.begin(), direct.end());
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

bool Orderer::IsOwnFunction(const ObjectRef& type, const ObjectRef& function, const Index& idx) const {
  if (type.kind != Kind::kType || function.kind != Kind::kFunction) return false;
  const std::vector<ObjectRef> own = TypePlanner::OwnFunctions(idx, type);
  return std::find(own.begin(), own.end(), function) != own.end();
}

// ATTACH PARTITION (in the table's ALTER) wants the table's columns already of the parent's
// types and collations, and does not take a column whose parent's type changes after it
// (the parent's ALTER then reaches it: "cannot alter inherited column"). So an attached
// table's own column ALTERs go before its ALTER, not after it as usual, and so do its new
// parent's.
void Orderer::AlterColumnsBeforeAttach() {
  for (const std::string& id : ctx_.attached_tables) {
    const auto* b = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, id});
    const NodeKey attach{Step::kAlter, b->c.ref};
    if (!ctx_.graph.Has(attach)) continue;
    for (const Column& col : b->columns) {
      const NodeKey own{Step::kAlter, Index::ColumnRef(*b, col)};
      if (!ctx_.graph.Has(own)) continue;
      ctx_.graph.nodes()[own].after.erase(attach);
      ctx_.graph.nodes()[attach].after.insert(own);
    }
    if (const auto* parent = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, b->partition_of})) {
      for (const Column& col : parent->columns) {
        ctx_.graph.OrderIfPlanned(attach, NodeKey{Step::kAlter, Index::ColumnRef(*parent, col)});
      }
    }
  }
}

bool Orderer::HasDefaultHolder(const ObjectRef& column) const {
  return ctx_.graph.Has(NodeKey{Step::kDrop, column, Facet::kDefault}) ||
         ctx_.graph.Has(NodeKey{Step::kDrop, column, Facet::kIdentity});
}

// A function whose SQL body (BEGIN ATOMIC) reads a table is created after it and dropped
// before it; a default or constraint of that table that calls the function closes a cycle.
// Broken as pg_dump does: a new table is created without the default, which is set once the
// function exists; a dropped table loses the default (DROP DEFAULT) or the constraint first.
// Each break takes one thing out of its table's statement, so breaking ends.
bool Orderer::BreakCycle(const std::set<NodeKey>& stuck) {
  for (const NodeKey& key : stuck) {
    if (key.facet == Facet::kWhole && key.ref.kind == Kind::kColumn && BreakColumnCycle(key, stuck)) return true;
    if (key.facet != Facet::kWhole || key.ref.kind != Kind::kTable || key.step == Step::kAlter) continue;
    const bool create = key.step == Step::kCreate;
    const Index& idx = create ? ctx_.to : ctx_.from;
    const auto* t = idx.Get<catalog::Table>(key.ref);
    if (t == nullptr) continue;
    // The functions of the cycle that `deps` names.
    auto in_cycle = [&](const std::vector<ObjectRef>& deps) {
      std::vector<NodeKey> out;
      for (const ObjectRef& d : deps) {
        if (d.kind == Kind::kFunction && stuck.count(NodeKey{key.step, d})) out.push_back(NodeKey{key.step, d});
      }
      return out;
    };
    bool broke = false;
    std::set<NodeKey> freed;
    Node& table = ctx_.graph.At(key);
    for (const Column& c : t->columns) {
      const std::vector<NodeKey> used = in_cycle(c.depends_on);
      if (used.empty() || !c.default_expr || c.generated || c.identity) continue;
      const ObjectRef column = Index::ColumnRef(*t, c);
      const std::string alter = absl::StrCat("ALTER TABLE ", t->c.ref.id, " ALTER COLUMN ", pg::QuoteIdent(c.name));
      if (create) {
        Column bare = c;
        bare.default_expr.reset();
        const std::string with = ColumnDefinition(c);
        if (table.statements.empty()) continue;
        std::string& sql = table.statements.front().sql;
        const size_t at = sql.find(with);
        if (at == std::string::npos) continue;
        sql.replace(at, with.size(), ColumnDefinition(bare));
        SetDefaultApart(key, column, absl::StrCat(alter, " SET DEFAULT ", *c.default_expr), used);
      } else {
        if (!DropDefaultApart(column, alter, used)) continue;
        freed.insert(used.begin(), used.end());
      }
      broke = true;
    }
    if (!create) {
      for (const ObjectRef& ref : idx.Dependents(key.ref)) {
        const auto* part = IsTablePart(ref.kind) ? idx.Get<catalog::TablePart>(ref) : nullptr;
        const std::vector<NodeKey> used = part ? in_cycle(part->c.depends_on) : std::vector<NodeKey>{};
        if (used.empty() || ctx_.graph.Has(Step::kDrop, ref)) continue;
        ctx_.graph.At(Step::kDrop, ref);
        planner_.Part<PartPlanner>().DropPart(*part, /*removed=*/true);
        for (const NodeKey& u : used) {
          ctx_.graph.At(u).after.insert(NodeKey{Step::kDrop, ref});
          freed.insert(u);
        }
        broke = true;
      }
      // What used the functions now goes first; they no longer wait for the table.
      for (const NodeKey& u : freed) ctx_.graph.At(u).after.erase(key);
    }
    if (broke) return true;
  }
  return false;
}

// A column whose default calls a function of the cycle: the default is set apart, once the
// function exists (a new or retyped column), or dropped first (a dropped column).
bool Orderer::BreakColumnCycle(const NodeKey& key, const std::set<NodeKey>& stuck) {
  const bool drop = key.step == Step::kDrop;
  const Column* c = (drop ? ctx_.from : ctx_.to).Get<Column>(key.ref);
  if (c == nullptr || !c->default_expr || c->generated || c->identity) return false;
  std::vector<NodeKey> used;
  for (const ObjectRef& d : c->depends_on) {
    const NodeKey f{drop ? Step::kDrop : Step::kCreate, d};
    if (d.kind == Kind::kFunction && stuck.count(f)) used.push_back(f);
  }
  const std::string suffix = absl::StrCat(".", pg::QuoteIdent(c->name));
  if (used.empty() || !absl::EndsWith(key.ref.id, suffix)) return false;
  const std::string table = key.ref.id.substr(0, key.ref.id.size() - suffix.size());
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", pg::QuoteIdent(c->name));
  Node& column = ctx_.graph.At(key);
  if (drop) {
    if (!DropDefaultApart(key.ref, alter, used)) return false;
    for (const NodeKey& u : used) ctx_.graph.At(u).after.erase(key);
    return true;
  }
  // Added: the column goes in bare. Retyped: its SET DEFAULT moves out.
  Column bare = *c;
  bare.default_expr.reset();
  const std::string with = ColumnDefinition(*c), set = absl::StrCat(alter, " SET DEFAULT ", *c->default_expr);
  bool moved = false;
  for (auto it = column.statements.begin(); it != column.statements.end() && !moved;) {
    if (it->sql == set) {
      it = column.statements.erase(it);
      moved = true;
    } else if (key.step == Step::kCreate && it->sql.find(with) != std::string::npos) {
      it->sql.replace(it->sql.find(with), with.size(), ColumnDefinition(bare));
      moved = true;
    } else {
      ++it;
    }
  }
  if (!moved) return false;
  SetDefaultApart(key, key.ref, set, used);
  return true;
}

// The column's SET DEFAULT in a node of its own, after `made` (what made the column: its
// table's or its own node) and the functions `used`, which `made` no longer waits for.
void Orderer::SetDefaultApart(const NodeKey& made, const ObjectRef& column, const std::string& sql,
                              const std::vector<NodeKey>& used) {
  const NodeKey apart{Step::kCreate, column, Facet::kDefault};
  ctx_.graph.Emit(apart, sql, absl::StrCat("set default of ", column.id, " once the functions it calls exist"));
  Node& node = ctx_.graph.At(apart);
  node.after.insert(made);
  Node& maker = ctx_.graph.At(made);
  for (const NodeKey& u : used) {
    maker.after.erase(u);
    maker.after.erase(NodeKey{Step::kAlter, u.ref});
    node.after.insert(u);
  }
}

// DROP DEFAULT of the column before the functions `used` are dropped; false when planned already.
bool Orderer::DropDefaultApart(const ObjectRef& column, const std::string& alter, const std::vector<NodeKey>& used) {
  const NodeKey apart{Step::kDrop, column, Facet::kDefault};
  if (ctx_.graph.Has(apart)) return false;
  ctx_.graph.Emit(apart, absl::StrCat(alter, " DROP DEFAULT"),
                  absl::StrCat("drop default of ", column.id, " before the functions it calls"));
  for (const NodeKey& u : used) ctx_.graph.At(u).after.insert(apart);
  return true;
}

// PostgreSQL records no dependency on what a function's body reads (unless it is a
// BEGIN ATOMIC one), so nothing orders such a step after the view or column its function
// reads, when both are new. Among ready steps it goes last, after every plain creation.
bool Orderer::RunsUserFunctionsOverRows(const NodeKey& key) const {
  if (key.step == Step::kDrop || key.facet != Facet::kWhole) return false;
  const Obj* o = ctx_.to.Find(key.ref);
  if (o == nullptr || o->depends_on == nullptr) return false;
  switch (key.ref.kind) {
    case Kind::kColumn:
    case Kind::kConstraint:
    case Kind::kIndex:
      if (ctx_.new_tables.count(o->owner().id)) return false;  // no rows yet
      break;
    case Kind::kView:
      if (!ctx_.to.Get<catalog::View>(key.ref)->materialized) return false;
      break;
    default:
      return false;
  }
  const auto calls_function = [&](const Obj& x) {
    if (x.depends_on == nullptr) return false;
    return std::any_of(x.depends_on->begin(), x.depends_on->end(), [](const ObjectRef& d) { return d.kind == Kind::kFunction; });
  };
  if (calls_function(*o)) return true;
  // Or through a domain whose CHECK calls one.
  return std::any_of(o->depends_on->begin(), o->depends_on->end(), [&](const ObjectRef& d) {
    const Obj* type = d.kind == Kind::kType ? ctx_.to.Find(d) : nullptr;
    return type != nullptr && calls_function(*type);
  });
}

absl::StatusOr<std::vector<Statement>> Orderer::Order() {
  ctx_.graph.ApplyConditionalEdges();
  for (auto& [key, node] : ctx_.graph.nodes()) {
    const ObjectRef& ref = key.ref;
    // INHERIT, NO INHERIT and the renames after them are ordered by the edges their planner
    // gave them, nothing else.
    if (key.facet == Facet::kInherit || key.facet == Facet::kNoInherit || key.facet == Facet::kKeptNotNull) continue;
    const bool whole = key.facet == Facet::kWhole;
    if (key.facet == Facet::kShell) {
      // Waits for nothing but its schema and the old type's drop: what the type names waits for it.
      node.after.insert(NodeKey{Step::kCreate, ObjectRef{Kind::kSchema, pg::QuoteIdent(ctx_.to.Get<catalog::Type>(ref)->c.schema)}});
      if (ctx_.graph.Has(Step::kDrop, ref)) node.after.insert(NodeKey{Step::kDrop, ref});
      continue;
    }
    if (key.step == Step::kCreate || (key.step == Step::kAlter && !ctx_.held_as_text.count(ref))) {
      const NodeKey own_shell{Step::kCreate, ref, Facet::kShell};
      if (whole && key.step == Step::kCreate && ctx_.graph.Has(own_shell)) node.after.insert(own_shell);
      for (const ObjectRef& d : DependenciesOf(ref, ctx_.to)) {
        // A base type's I/O function needs only its shell (or, kept, nothing of it).
        if (IsOwnFunction(d, ref, ctx_.to)) {
          const NodeKey shell{Step::kCreate, d, Facet::kShell};
          if (ctx_.graph.Has(shell)) node.after.insert(shell);
          continue;
        }
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
        // A base type's I/O functions go with its DROP ... CASCADE, after it.
        if (d == ref || IsOwnFunction(ref, d, ctx_.from)) continue;
        // An updated extension's indexes and constraints go after its update (plan_kinds.cc).
        if (key.step == Step::kAlter && ctx_.updated_extensions.count(ref) &&
            (d.kind == Kind::kIndex || d.kind == Kind::kConstraint)) {
          continue;
        }
        if (auto n = NodeFor(Step::kDrop, d, ctx_.from)) {
          if (!(n->ref == ref)) ctx_.graph.nodes()[*n];  // ensure exists
          if (!(n->ref == ref && n->step == key.step)) node.after.insert(*n);
        }
        // Its default or identity, dropped apart, goes first too.
        for (Facet facet : {Facet::kDefault, Facet::kIdentity}) {
          const NodeKey apart{Step::kDrop, d, facet};
          if (ctx_.graph.Has(apart)) node.after.insert(apart);
        }
        // Or altered away; one dropped outright is waited for above (its table's ALTER, which
        // stands for a part's, may itself wait for this drop).
        // A child that leaves does so by a node ordered apart (NO INHERIT, or DETACH toward
        // another parent): its own ALTER may join the parent's successor, after that is made.
        const auto* child = d.kind == Kind::kTable && key.ref.kind == Kind::kTable ? ctx_.from.Get<catalog::Table>(d) : nullptr;
        const auto* child_after = child != nullptr ? ctx_.to.Get<catalog::Table>(d) : nullptr;
        const bool leaves_apart =
            child != nullptr && (std::find(child->inherits.begin(), child->inherits.end(), ref.id) != child->inherits.end() ||
                                 (child->partition_of == ref.id && child_after != nullptr && child_after->partition_of != ref.id));
        // A recreated table's own columns are altered only after it is made again.
        const Obj* d_obj = d.kind == Kind::kColumn && ctx_.recreated_tables.count(ref.id) ? ctx_.from.Find(d) : nullptr;
        const bool own_column_of_recreated = d_obj != nullptr && d_obj->has_owner() && d_obj->owner() == ref;
        // A column of the dropped type waits for its retype even when its default (calling a
        // function that goes too) is dropped apart.
        const auto* column = d.kind == Kind::kColumn && ref.kind == Kind::kType ? ctx_.from.Get<Column>(d) : nullptr;
        const bool of_type = column != nullptr && (column->type == ref.id || column->type == absl::StrCat(ref.id, "[]"));
        if (key.step == Step::kDrop && (!HasDefaultHolder(d) || of_type) && !Has(Step::kDrop, d) && !leaves_apart &&
            !own_column_of_recreated) {
          if (auto n = NodeFor(Step::kAlter, d, ctx_.from); n && !(n->ref == ref)) node.after.insert(*n);
          // A type rebuilt aside under others drops its old self in a node of its own.
          const NodeKey old_type_dropped{Step::kAlter, d, Facet::kRows};
          if (d.kind == Kind::kType && ctx_.graph.Has(old_type_dropped)) node.after.insert(old_type_dropped);
        }
      }
    }
    if (whole && key.ref.kind == Kind::kColumn && key.step != Step::kAlter) {
      // A column declared by a child and its parent: the child's is added first (the
      // parent's then merges into it) and dropped last (it is inherited until then).
      const Index& idx = key.step == Step::kCreate ? ctx_.to : ctx_.from;
      const Obj* o = idx.Find(ref);
      const auto* table = o && o->has_owner() ? idx.Get<catalog::Table>(o->owner()) : nullptr;
      if (table != nullptr) {
        const std::string column = ref.id.substr(o->owner().id.size());
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
  AlterColumnsBeforeAttach();
  planner_.Part<PartPlanner>().BuildIndexesAside();
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
  // An index dropped for good or moved outside a transaction (DROP INDEX CONCURRENTLY,
  // REINDEX (TABLESPACE ...) CONCURRENTLY) cannot be taken back: it waits until nothing else
  // is ready, so that a statement that fails on the rows (a VALIDATE, a unique build) fails
  // before it.
  // Not one whose name the target gives another relation (a key's index, say), which must
  // wait for it.
  std::set<std::string> names_taken;  // "schema.name" of the target's relations and indexes
  if (ctx_.options.online) {
    for (const catalog::TablePart& p : ctx_.to.catalog().parts) {
      if (p.c.ref.kind == Kind::kIndex || p.constraint_type == 'p' || p.constraint_type == 'u' || p.constraint_type == 'x') {
        names_taken.insert(absl::StrCat(p.c.schema, ".", p.c.name));
      }
    }
    for (const catalog::Table& t : ctx_.to.catalog().tables) names_taken.insert(absl::StrCat(t.c.schema, ".", t.c.name));
    for (const catalog::View& v : ctx_.to.catalog().views) names_taken.insert(absl::StrCat(v.c.schema, ".", v.c.name));
    for (const catalog::Sequence& q : ctx_.to.catalog().sequences) names_taken.insert(absl::StrCat(q.c.schema, ".", q.c.name));
  }
  auto dropped_for_good_concurrently = [&](const NodeKey& k) {
    if (k.step == Step::kCreate || k.ref.kind != Kind::kIndex || ctx_.graph.Has(Step::kCreate, k.ref)) return false;
    const auto node = ctx_.graph.nodes().find(k);
    if (node == ctx_.graph.nodes().end() || node->second.statements.empty() || node->second.statements.front().transactional) {
      return false;
    }
    // Nor a unique one: a foreign key made meanwhile could take it as its index.
    const auto* index = ctx_.from.Get<catalog::TablePart>(k.ref);
    return index != nullptr && (k.step == Step::kAlter || (!names_taken.count(absl::StrCat(index->c.schema, ".", index->c.name)) &&
                                                           !absl::StartsWith(index->definition, "CREATE UNIQUE")));
  };
  // Decided once per node: the sort asks for a node's priority at every comparison.
  std::set<NodeKey> late;
  for (const auto& [key, node] : ctx_.graph.nodes()) {
    if (RunsUserFunctionsOverRows(key)) late.insert(key);
  }
  auto priority = [&](const NodeKey& k) {
    const int rank = KindRank(k.ref.kind);
    auto it = k.step == Step::kCreate && k.facet == Facet::kWhole ? sort_ids.find(k.ref) : sort_ids.end();
    const int phase = dropped_for_good_concurrently(k) ? static_cast<int>(Step::kCreate) + 2
                      : late.count(k) > 0               ? static_cast<int>(Step::kCreate) + 1
                                                        : static_cast<int>(k.step);
    return std::make_tuple(phase, k.step == Step::kDrop ? -rank : rank, it == sort_ids.end() ? k.Name() : it->second);
  };
  // Cycles are broken one at a time where a rule knows how (BreakCycle), then sorted again.
  absl::StatusOr<std::vector<Statement>> sorted;
  for (std::set<NodeKey> stuck; !(sorted = ctx_.graph.Sort(priority, &stuck)).ok(); stuck.clear()) {
    if (!BreakCycle(stuck)) return sorted.status();
  }
  std::vector<Statement> out = *std::move(sorted);
  if (ctx_.functions_created && !out.empty()) {
    out.insert(out.begin(), Statement{"SET check_function_bodies = false",
                                      "let function bodies refer to objects created later in this migration (as pg_dump does)",
                                      {}, true, ""});
  }
  return out;
}

}  // namespace schemaservice::plan::internal
