#include "service/plan/planner.h"

// What stays while the type under it changes: columns that hold text across the change (a
// row type, a type replaced by a table of its name, OID aliases), and tables typed by a
// rebuilt composite type (NOT OF, then OF the new one).

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "service/pg/quote.h"
#include "service/plan/hazard_rules.h"
#include "service/plan/render.h"

namespace schemaservice::plan::internal {

// A column of a type that PostgreSQL will not let change under it, or that goes while a new
// object of that name takes its place, holds text meanwhile: converted in its ALTER node,
// before `before`, and read back as its type in its create node (which what uses it waits
// for), after `after`. Its table is rewritten twice, as the hazard says.
void ColumnPlanner::HoldAsText(const ObjectRef& holder, const std::string& why, const NodeKey& before, const NodeKey& after) {
  if (!Has(Step::kCreate, holder)) {
    const auto* col = ctx_.from.Get<Column>(holder);
    const std::string table = ctx_.from.Find(holder)->owner().id;
    const std::string name = pg::QuoteIdent(col->name);
    const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name, " TYPE ");
    const Hazard rewrite = RuleHazard(Rule::kTypeChangeRewrite,
                                      absl::StrCat(holder.id, " is converted to text and back while ", why, ": rewrites ",
                                                   table, " twice"),
                                      "add a new column, backfill, switch readers, drop the old one");
    // Its default goes meanwhile: it may name what goes ('t'::regclass depends on t), and text
    // is not its type.
    const std::string column = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name);
    if (col->default_expr) {
      Emit(Step::kAlter, holder,
           Statement{absl::StrCat(column, " DROP DEFAULT"), absl::StrCat("drop default of ", holder.id, " while ", why)});
    }
    Emit(Step::kAlter, holder,
         Statement{absl::StrCat(alter, "text USING ", name, "::text"), absl::StrCat("hold ", holder.id, " as text while ", why),
                   {rewrite, AccessExclusive(table)}, true, "ACCESS EXCLUSIVE"});
    Emit(Step::kCreate, holder,
         Statement{absl::StrCat(alter, col->type, " USING ", name, "::", col->type),
                   absl::StrCat("read ", holder.id, " back as ", col->type), {AccessExclusive(table)}, true,
                   "ACCESS EXCLUSIVE"});
    const auto* target = ctx_.to.Get<Column>(holder);
    if (target != nullptr && target->default_expr) {
      Emit(Step::kCreate, holder,
           Statement{absl::StrCat(column, " SET DEFAULT ", *target->default_expr), absl::StrCat("restore default of ", holder.id)});
    }
    ctx_.type_changed_columns.insert(holder);
    ctx_.held_as_text.insert(holder);
  }
  ctx_.graph.OrderIfPlanned(before, NodeKey{Step::kAlter, holder});
  ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, holder}, after);
}

// The kept columns, of kept tables, whose type is `type` or an array of it, unchanged.
std::vector<ObjectRef> ColumnPlanner::ColumnsOfType(const std::string& type) const {
  if (!columns_by_type_) {
    columns_by_type_.emplace();
    for (const catalog::Table& t : ctx_.from.catalog().tables) {
      for (const Column& col : t.columns) {
        const bool array = absl::EndsWith(col.type, "[]");
        (*columns_by_type_)[array ? col.type.substr(0, col.type.size() - 2) : col.type].emplace_back(&t, &col);
      }
    }
  }
  std::vector<ObjectRef> out;
  const auto of_type = columns_by_type_->find(type);
  if (of_type == columns_by_type_->end()) return out;
  for (const auto& [t, col] : of_type->second) {
    if (col->inherited_only) continue;
    const ObjectRef ref = Index::ColumnRef(*t, *col);
    const auto* after = ctx_.to.Get<Column>(ref);
    if (after != nullptr && after->type == col->type && !ctx_.recreated_tables.count(t->c.ref.id) && !Has(Step::kDrop, ref) &&
        (!Has(Step::kAlter, ref) || Has(Step::kCreate, ref))) {
      out.push_back(ref);
    }
  }
  return out;
}

// A table's column cannot be retyped while another table's column holds the table's row type
// ("... because column ... uses its row type").
void ColumnPlanner::HoldRowTypeAsText(const ObjectRef& retyped, const std::string& table) {
  for (const ObjectRef& holder : ColumnsOfType(table)) {
    HoldAsText(holder, absl::StrCat(table, " changes"), NodeKey{Step::kAlter, retyped}, NodeKey{Step::kAlter, retyped});
  }
}

// A table typed by a rebuilt type stays, with its rows: untyped (NOT OF) before the rebuilds
// that convert its columns (a typed table's columns cannot be retyped), typed by the new type
// (OF) once they match it.
bool TypePlanner::UntypeAround(const ObjectRef& table, const ObjectRef& type) {
  const auto* a = ctx_.from.Get<catalog::Table>(table);
  const auto* b = ctx_.to.Get<catalog::Table>(table);
  if (a == nullptr || b == nullptr || a->of_type != type.id || b->of_type != type.id ||
      ctx_.recreated_tables.count(table.id)) {
    return false;
  }
  const NodeKey not_of{Step::kAlter, table, Facet::kNoInherit, type.id};
  const NodeKey of{Step::kAlter, table, Facet::kInherit, type.id};
  ctx_.graph.Emit(not_of, absl::StrCat("ALTER TABLE ", table.id, " NOT OF"),
                  absl::StrCat("stop typing ", table.id, " by ", type.id, " while the type is rebuilt"));
  ctx_.graph.Emit(of, absl::StrCat("ALTER TABLE ", table.id, " OF ", type.id),
                  absl::StrCat("type ", table.id, " by the rebuilt ", type.id));
  std::vector<ObjectRef> rebuilds = {type};
  for (const Column& col : a->columns) {
    for (const ObjectRef& d : col.depends_on) {
      if (d.kind == Kind::kType && ctx_.rebuilt_types.count(d)) rebuilds.push_back(d);
    }
  }
  for (const ObjectRef& r : rebuilds) {
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, r}, not_of);
    ctx_.graph.OrderIfPlanned(of, NodeKey{Step::kAlter, r});
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, r, Facet::kRows}, of);
  }
  // Its columns' own changes (moved to a re-created collation, say) need it untyped too.
  for (const Column& col : b->columns) {
    const NodeKey column{Step::kAlter, Index::ColumnRef(*b, col)};
    ctx_.graph.OrderIfPlanned(column, not_of);
    ctx_.graph.OrderIfPlanned(of, column);
  }
  ctx_.graph.OrderIfPlanned(of, not_of);
  return true;
}

bool TypePlanner::TypesTables(const ObjectRef& ref) const {
  return std::any_of(ctx_.to.catalog().tables.begin(), ctx_.to.catalog().tables.end(), [&](const catalog::Table& t) {
    const auto* before = ctx_.from.Get<catalog::Table>(t.c.ref);
    return t.of_type == ref.id && before != nullptr && before->of_type == ref.id;
  });
}

// A column of a table typed by the same composite type on both sides: the type's ALTER ...
// CASCADE changes it.
std::optional<ObjectRef> ColumnPlanner::TypedBy(const ObjectRef& column) const {
  const Obj* o = ctx_.to.Find(column);
  if (o == nullptr) o = ctx_.from.Find(column);
  const auto* a = ctx_.from.Get<catalog::Table>(o->owner());
  const auto* b = ctx_.to.Get<catalog::Table>(o->owner());
  if (a == nullptr || b == nullptr || a->of_type.empty() || a->of_type != b->of_type) return std::nullopt;
  return ObjectRef{Kind::kType, b->of_type};
}

}  // namespace schemaservice::plan::internal
