#include "service/plan/planner.h"

// The rows of a table that is dropped and created again (RecreateTable: it turns partitioned
// or stops being so, changes its partition key, access method, or the parent it is a
// partition of). They are copied into a plain table beside it before the drop and inserted
// into the new table once it and its partitions exist; a row no partition of the new table
// accepts makes the INSERT, and so the plan, fail rather than go missing.

#include <set>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"

namespace schemaservice::plan::internal {
namespace {

// The tables of `root`'s partition tree in `idx`, `root` first.
std::vector<const catalog::Table*> PartitionTree(const Index& idx, const std::string& root) {
  std::vector<const catalog::Table*> tree;
  if (const auto* t = idx.Get<catalog::Table>(ObjectRef{Kind::kTable, root})) tree.push_back(t);
  for (size_t i = 0; i < tree.size(); ++i) {
    for (const catalog::Table& t : idx.catalog().tables) {
      if (t.partition_of == tree[i]->c.ref.id) tree.push_back(&t);
    }
  }
  return tree;
}

}  // namespace

std::string TablePlanner::RecreatedAncestor(const catalog::Table& a) const {
  for (const catalog::Table* up = &a; !up->partition_of.empty();) {
    if (ctx_.recreated_tables.count(up->partition_of)) return up->partition_of;
    up = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, up->partition_of});
    if (up == nullptr) break;
  }
  return "";
}

bool TablePlanner::KeepRows(const ObjectRef& ref) {
  const auto* a = ctx_.from.Get<catalog::Table>(ref);
  const auto* b = ctx_.to.Get<catalog::Table>(ref);
  if (a == nullptr || b == nullptr || a->kind == 'f' || b->kind == 'f') return false;
  if (!RecreatedAncestor(*a).empty()) return false;  // it copies this partition's rows with its own
  // The columns both have, but those the new table computes itself. With none in common
  // there is nothing to put back: the table is recreated empty, as the hazard then says.
  std::vector<std::string> columns;
  for (const Column& c : b->columns) {
    if (!c.generated && a->FindColumn(c.name) != nullptr) columns.push_back(pg::QuoteIdent(c.name));
  }
  if (columns.empty()) return false;
  const std::string aside =
      absl::StrCat(pg::QuoteIdent(a->c.schema), ".", pg::QuoteIdent(AsideName(a->c.name, "__schemad_rows")));

  // Before the drop, and after the partitions that stay (detached, now tables of their own)
  // have left: their rows stay with them. A plain table's inheritance children keep theirs.
  const NodeKey keep{Step::kDrop, ref, Facet::kRows};
  ctx_.graph.Emit(keep, absl::StrCat("CREATE TABLE ", aside, " AS SELECT * FROM ", a->kind == 'p' ? "" : "ONLY ", ref.id),
                  absl::StrCat("keep the rows of ", ref.id, " aside while it is recreated"));
  ctx_.graph.At(Step::kDrop, ref).after.insert(keep);
  for (const catalog::Table* p : PartitionTree(ctx_.from, ref.id)) {
    if (p == a) continue;
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, p->c.ref}, keep);
    ctx_.graph.OrderIfPlanned(keep, NodeKey{Step::kAlter, p->c.ref});
  }

  const std::string list = absl::StrJoin(columns, ", ");
  const NodeKey put{Step::kCreate, ref, Facet::kRows};
  ctx_.graph.Emit(put, absl::StrCat("INSERT INTO ", ref.id, " (", list, ") OVERRIDING SYSTEM VALUE SELECT ", list, " FROM ", aside),
                  absl::StrCat("put the rows of ", ref.id, " back"));
  ctx_.graph.Emit(put, absl::StrCat("DROP TABLE ", aside), absl::StrCat("drop the copy of the rows of ", ref.id));
  for (const Column& c : b->columns) {
    if (c.identity != 0 || (c.default_expr && absl::StrContains(*c.default_expr, "nextval("))) {
      planner_.columns().ContinueIdentityPastRows(put, Index::ColumnRef(*b, c).id, ref.id, c);
    }
  }
  // After the new tree exists; before what would act on or check the rows as they come in:
  // triggers and rules on it, and foreign keys to or from it.
  ctx_.graph.At(put).after.insert(NodeKey{Step::kCreate, ref});
  std::set<std::string> tree;
  for (const catalog::Table* p : PartitionTree(ctx_.to, ref.id)) {
    tree.insert(p->c.ref.id);
    if (p == b) continue;
    ctx_.graph.OrderIfPlanned(put, NodeKey{Step::kCreate, p->c.ref});
    ctx_.graph.OrderIfPlanned(put, NodeKey{Step::kAlter, p->c.ref});
  }
  for (const catalog::TablePart& p : ctx_.to.catalog().parts) {
    bool acts = tree.count(p.table) && (p.c.ref.kind == Kind::kTrigger || p.c.ref.kind == Kind::kRule ||
                                        (p.c.ref.kind == Kind::kConstraint && p.constraint_type == 'f'));
    for (const ObjectRef& d : p.c.depends_on) {
      const Obj* o = ctx_.to.Find(d);
      const std::string& on = d.kind == Kind::kTable ? d.id : o && o->has_owner() ? o->owner().id : "";
      if (p.c.ref.kind == Kind::kConstraint && p.constraint_type == 'f' && tree.count(on)) acts = true;
    }
    if (acts) ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, p.c.ref}, put);
  }
  return true;
}

}  // namespace schemaservice::plan::internal
