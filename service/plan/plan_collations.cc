#include "service/plan/planner.h"

// A collation whose definition changes while columns use it.

#include <algorithm>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"
#include "service/plan/hazard_rules.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {

// PostgreSQL has no ALTER COLLATION for the provider, locale or determinism, and refuses to
// drop one a column uses: the old one is renamed aside, the new one created, each column
// moved to it (ALTER COLUMN ... TYPE same type COLLATE, which rebuilds its indexes; what
// else uses the column is re-created around it, as for any retyped column), and the old
// one dropped last. A domain, range or composite type over it has no ALTER ... COLLATE: it
// is rebuilt like a type whose definition changes (the new one beside the old, created on the
// new collation, its columns converted to it, what uses them re-created around), or
// re-created if no column uses it.
absl::Status ObjectPlanner::RebuildCollation(const ObjectRef& ref) {
  const auto* b = ctx_.to.Get<catalog::Collation>(ref);
  std::vector<ObjectRef> columns, others, domains;
  for (const ObjectRef& d : ctx_.from.Dependents(ref)) {
    if (!ctx_.to.Find(d) || Has(Step::kDrop, d)) continue;
    if (d.kind == Kind::kType) {
      const auto* t = ctx_.to.Get<catalog::Type>(d);
      if (t == nullptr || (t->kind != 'd' && t->kind != 'r' && t->kind != 'c')) {
        return absl::UnimplementedError(absl::StrCat("cannot plan yet: collation ", ref.id, " must be recreated but type ",
                                                     d.id, " uses it; change it in two migrations"));
      }
      domains.push_back(d);
      continue;
    }
    (d.kind == Kind::kColumn ? columns : others).push_back(d);
  }
  for (const ObjectRef& d : domains) {
    RETURN_IF_ERROR(planner_.Part<TypePlanner>().RecreateType(d));
    ctx_.rebuilt_types.insert(d);
  }
  if (columns.empty() && domains.empty()) return planner_.Recreate(ref);
  const NodeKey aside{Step::kDrop, ref, Facet::kDefault}, drop_old{Step::kAlter, ref, Facet::kDefault};
  const std::string old_name = AsideName(b->c.name, "__schemad_old");
  ctx_.graph.Emit(aside, absl::StrCat("ALTER COLLATION ", ref.id, " RENAME TO ", pg::QuoteIdent(old_name)),
                  absl::StrCat("rename collation ", ref.id, " out of the way"));
  RETURN_IF_ERROR(planner_.CreateObject(ref));
  ctx_.graph.At(NodeKey{Step::kCreate, ref}).after.insert(aside);
  ctx_.graph.Emit(drop_old,
                  absl::StrCat("DROP COLLATION ", pg::QuoteIdent(b->c.schema), ".", pg::QuoteIdent(old_name)),
                  absl::StrCat("drop the old collation ", ref.id));
  Node& last = ctx_.graph.At(drop_old);
  last.after.insert(NodeKey{Step::kCreate, ref});
  for (const ObjectRef& d : others) {
    // An index or key over a moved column that names no collation itself is rebuilt on the
    // new one by the column's ALTER, in its transaction: rows that now collide fail the plan
    // there and change nothing (a key dropped first and built concurrently after would be lost).
    const auto* part = ctx_.from.Get<catalog::TablePart>(d);
    const bool rebuilt_by_column =
        part != nullptr && (d.kind == Kind::kIndex || (d.kind == Kind::kConstraint && std::string("pux").find(part->constraint_type) != std::string::npos)) &&
        !absl::StrContains(part->definition, "COLLATE") &&
        std::any_of(part->c.depends_on.begin(), part->c.depends_on.end(), [&](const ObjectRef& on) {
          const auto* moved = std::find(columns.begin(), columns.end(), on) != columns.end() ? ctx_.to.Get<Column>(on) : nullptr;
          return moved != nullptr && !moved->collation.empty();
        });
    if (rebuilt_by_column) continue;
    ctx_.forced_recreate.insert(d);
    last.after.insert(NodeKey{Step::kDrop, d});
  }
  // A rebuilt domain is created in its alter node, a re-created one in its create node; the old
  // one goes in its alter or drop node.
  for (const ObjectRef& d : domains) {
    for (Step s : {Step::kAlter, Step::kCreate}) ctx_.graph.OrderIfPlanned(NodeKey{s, d}, NodeKey{Step::kCreate, ref});
    for (Step s : {Step::kAlter, Step::kDrop}) ctx_.graph.OrderIfPlanned(drop_old, NodeKey{s, d});
    // The old type, when types over it were rebuilt too, goes in a node of its own.
    ctx_.graph.OrderIfPlanned(drop_old, NodeKey{Step::kAlter, d, Facet::kRows});
  }
  for (const ObjectRef& d : columns) {
    last.after.insert(NodeKey{Step::kAlter, d});
    const auto* col = ctx_.to.Get<Column>(d);
    const auto* was = ctx_.from.Get<Column>(d);
    const std::string table = ctx_.to.Find(d)->owner().id;
    if (col->collation.empty() && !ctx_.type_changed_columns.count(d)) {
      // Not of the collation: its default or generation expression names it (x COLLATE ci).
      if (was->generated && col->generated) {
        ctx_.graph.Erase(NodeKey{Step::kAlter, d});
        RETURN_IF_ERROR(planner_.DropObject(d));
        RETURN_IF_ERROR(planner_.CreateObject(d));
        last.after.insert(NodeKey{Step::kDrop, d});
      } else if (was->default_expr && !was->generated) {
        const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", pg::QuoteIdent(col->name));
        const NodeKey drop_default{Step::kDrop, d, Facet::kDefault};
        ctx_.graph.Emit(drop_default, absl::StrCat(alter, " DROP DEFAULT"),
                        absl::StrCat("drop default of ", d.id, " while collation ", ref.id, " is re-created"));
        last.after.insert(drop_default);
        if (col->default_expr && !col->generated && !Has(Step::kAlter, d)) {
          ctx_.graph.Emit(NodeKey{Step::kCreate, d, Facet::kDefault}, absl::StrCat(alter, " SET DEFAULT ", *col->default_expr),
                          absl::StrCat("restore default of ", d.id));
        }
      }
      continue;
    }
    if (ctx_.type_changed_columns.count(d) || col->collation.empty()) continue;  // its own ALTER moves it
    Emit(Step::kAlter, d,
         Statement{absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", pg::QuoteIdent(col->name), " TYPE ", col->type,
                                " COLLATE ", col->collation),
                   absl::StrCat("move ", d.id, " to the new collation ", ref.id),
                   {CollationChange(d.id, table), AccessExclusive(table)},
                   true,
                   "ACCESS EXCLUSIVE"});
    ctx_.type_changed_columns.insert(d);
  }
  return absl::OkStatus();
}

}  // namespace schemaservice::plan::internal
