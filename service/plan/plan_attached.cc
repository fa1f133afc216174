#include "service/plan/planner.h"

// The indexes and keys of partitions attached to their parent table's. PostgreSQL makes many
// of them by itself: CREATE TABLE ... PARTITION OF clones the parent's, ATTACH PARTITION adopts
// a matching one (or clones), DETACH PARTITION leaves them standalone, and dropping the
// parent's drops them; one attached cannot be dropped alone. The rest is planned here, after
// every other change, as pg_dump does it: the parent's is created ON ONLY (no build), each
// partition's under its own name (CONCURRENTLY on a leaf with --online), then attached.

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {
namespace {

using catalog::TablePart;

// The index of an index or key: "schema.name" (a key's index has the key's name).
std::string IndexName(const TablePart& p) {
  return absl::StrCat(pg::QuoteIdent(p.c.schema), ".", pg::QuoteIdent(p.c.name));
}

// Whether `name` looks like one PostgreSQL chose for an index or key it made on `table`:
// "<table>_<columns>_idx" (key, pkey, excl); `numbered` also accepts one PostgreSQL numbered
// because the name was taken ("..._idx1").
bool LooksChosen(const std::string& name, const std::string& table, bool numbered) {
  if (!absl::StartsWith(name, table + "_")) return false;
  const std::string rest = numbered ? name.substr(0, name.find_last_not_of("0123456789") + 1) : name;
  return absl::EndsWith(rest, "_idx") || absl::EndsWith(rest, "_key") || absl::EndsWith(rest, "_pkey") ||
         absl::EndsWith(rest, "_excl");
}

}  // namespace

bool AttachedPlanner::TableCreated(const std::string& table) const {
  return Has(Step::kCreate, ObjectRef{Kind::kTable, table});
}

// The table becomes a partition of `to`'s parent by ATTACH PARTITION in this plan.
bool AttachedPlanner::TableAttached(const std::string& table) const {
  const auto* a = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
  const auto* b = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
  return a && b && !TableCreated(table) && !b->partition_of.empty() && a->partition_of != b->partition_of;
}

bool AttachedPlanner::TableDetached(const std::string& table) const {
  const auto* a = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
  const auto* b = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
  return a && b && !TableCreated(table) && !a->partition_of.empty() && a->partition_of != b->partition_of;
}

// Whether the old schema's `ref` is gone once the drops have run: dropped, with its table,
// or with the parent's it is attached to.
bool AttachedPlanner::Gone(const ObjectRef& ref) const {
  const auto* p = ctx_.from.Get<TablePart>(ref);
  if (p == nullptr) return true;
  if (Has(Step::kDrop, ref) || ctx_.dropped_tables.count(p->table) || ctx_.recreated_tables.count(p->table)) return true;
  const std::optional<ObjectRef> parent = ctx_.from.AttachedParent(ref);
  return parent && !TableDetached(p->table) && Gone(*parent);
}

absl::Status AttachedPlanner::Resolve() {
  RETURN_IF_ERROR(ResolveDrops());
  // Parents created in this plan, from the top: each is created ON ONLY and its partitions'
  // are planned here.
  std::vector<ObjectRef> roots;
  for (const auto& [key, node] : ctx_.graph.nodes()) {
    if (key.step != Step::kCreate || key.facet != Facet::kWhole) continue;
    if (ctx_.to.Attached(key.ref).empty() || ctx_.to.AttachedParent(key.ref)) continue;
    roots.push_back(key.ref);
  }
  for (const ObjectRef& root : roots) CreateAttachedTo(root);
  for (const ObjectRef& ref : deferred_) {
    if (!planned_.count(ref)) RETURN_IF_ERROR(ResolveOne(ref));
  }
  return absl::OkStatus();
}

absl::Status AttachedPlanner::ResolveDrops() {
  // Dropping the parent's drops what is attached to it; dropping that alone is refused.
  std::set<ObjectRef> seen;
  for (bool more = true; more;) {
    more = false;
    std::vector<ObjectRef> drops;
    for (const ObjectRef& ref : deferred_) {
      if (Has(Step::kDrop, ref) && !seen.count(ref)) drops.push_back(ref);
    }
    for (const ObjectRef& ref : drops) {
      seen.insert(ref);
      const auto* a = ctx_.from.Get<TablePart>(ref);
      const std::optional<ObjectRef> parent = ctx_.from.AttachedParent(ref);
      if (a == nullptr || !parent || ctx_.dropped_tables.count(a->table) || ctx_.recreated_tables.count(a->table)) continue;
      if (TableDetached(a->table)) {
        // Standalone once detached: dropped right after, in the table's own step.
        const ObjectRef table{Kind::kTable, a->table};
        Emit(Step::kAlter, table,
             a->c.ref.kind == Kind::kIndex ? absl::StrCat("DROP INDEX ", IndexName(*a))
                                          : absl::StrCat("ALTER TABLE ", a->table, " DROP CONSTRAINT ", pg::QuoteIdent(a->c.name)),
             absl::StrCat("drop ", catalog::KindName(ref.kind), " ", ref.id, " of the detached partition"));
        continue;
      }
      if (!Gone(*parent)) {
        if (ctx_.to.Find(*parent) == nullptr) {
          return absl::InternalError(absl::StrCat(ref.id, " must go but its parent ", parent->id, " stays unplanned"));
        }
        RETURN_IF_ERROR(planner_.Recreate(*parent));
        more = true;
      }
      ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, ref}, NodeKey{Step::kDrop, *parent});
    }
  }
  return absl::OkStatus();
}

void AttachedPlanner::CreateAttachedTo(const ObjectRef& parent) {
  // Partitions made in this plan are made first: one created or attached after the parent's
  // would clone it under a name of PostgreSQL's choosing.
  for (const ObjectRef& child : ctx_.to.Attached(parent)) {
    const std::string& table = ctx_.to.Get<TablePart>(child)->table;
    for (Step step : {Step::kCreate, Step::kAlter}) {
      ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, parent}, NodeKey{step, ObjectRef{Kind::kTable, table}});
    }
  }
  const auto* parent_part = ctx_.to.Get<TablePart>(parent);
  for (const ObjectRef& child : ctx_.to.Attached(parent)) {
    planned_.insert(child);
    const auto* a = ctx_.from.Get<TablePart>(child);
    const auto* b = ctx_.to.Get<TablePart>(child);
    const bool matches = a && a->attached_to.empty() && a->definition == b->definition && !Gone(child);
    if (b->constraint_type == 'x') {
      // The parent's ADD makes the partitions' exclusion keys (see CreateConstraint); only
      // their names are the target's.
      if (matches) continue;
      ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, child}, NodeKey{Step::kCreate, parent});
      NameClone(*b, parent);
      planner_.Part<PartPlanner>().AfterImplicitCreate(*b);
      continue;
    }
    if (b->constraint_type == 'f') {
      // A foreign key is added to a partitioned table with its partitions: each adopts a
      // matching one it has, or gets a clone under the parent's name. One named otherwise
      // is added to the partition first.
      if (matches) continue;
      if (b->c.name == parent_part->c.name) {
        planner_.Part<PartPlanner>().AfterImplicitCreate(*b);
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, child}, NodeKey{Step::kCreate, parent});
        continue;
      }
      ctx_.graph.Erase(NodeKey{Step::kAlter, child});
      At(Step::kCreate, child);
      planner_.Part<PartPlanner>().CreatePart(*b);
      ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, parent}, NodeKey{Step::kCreate, child});
      continue;
    }
    if (matches) {
      Attach(*b, parent);
      continue;
    }
    CreateAndAttach(*b, parent);
  }
}

void AttachedPlanner::CreateAndAttach(const TablePart& p, const ObjectRef& parent) {
  const ObjectRef& ref = p.c.ref;
  ctx_.graph.Erase(NodeKey{Step::kAlter, ref});  // changes in place are moot: made whole
  At(Step::kCreate, ref);
  planner_.Part<PartPlanner>().CreatePart(p);
  // What it replaces, attached to a dropped parent's, is gone only with that.
  if (std::optional<ObjectRef> old_parent = ctx_.from.AttachedParent(ref)) {
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, ref}, NodeKey{Step::kDrop, *old_parent});
  }
  Attach(p, parent);
  if (!ctx_.to.Attached(ref).empty()) CreateAttachedTo(ref);
}

// A clone PostgreSQL made gets the target's name where that is not the one PostgreSQL would
// choose. Which one it chose is found by its parent, on the server, so the plan need not
// guess PostgreSQL's naming; a clone already so named is left alone. A numbered name
// ("..._idx1") depends on what held the plain one when the clone was made, which differs when
// the plan makes the partition's indexes in another order: so it is named too, before the
// partition's other indexes are made (one of them may want the name PostgreSQL gave the
// clone), and a clone holding the target's name is moved aside first (clones whose names
// swap: its own DO block finds it by its parent and names it in turn).
void AttachedPlanner::NameClone(const TablePart& p, const ObjectRef& parent) {
  const auto* parent_part = ctx_.to.Get<TablePart>(parent);
  const auto* table = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, p.table});
  if (parent_part == nullptr || table == nullptr) return;
  std::string find, rename;
  if (p.constraint_type == 'f') {
    if (p.c.name == parent_part->c.name) return;  // a foreign key's clone takes its parent's name
    find = absl::StrCat("SELECT conname FROM pg_constraint WHERE conrelid = ", pg::QuoteLiteral(p.table),
                        "::regclass AND conparentid = (SELECT oid FROM pg_constraint WHERE conrelid = ",
                        pg::QuoteLiteral(parent_part->table), "::regclass AND conname = ",
                        pg::QuoteLiteral(parent_part->c.name), ")");
    rename = absl::StrCat("ALTER TABLE ", p.table, " RENAME CONSTRAINT %I TO %I");
  } else {
    // Unless a clone beside it is numbered: which of them got the plain name depends on order.
    const bool numbered_beside = std::any_of(ctx_.to.catalog().parts.begin(), ctx_.to.catalog().parts.end(), [&](const TablePart& o) {
      return o.table == p.table && !o.attached_to.empty() && o.constraint_type != 'f' &&
             !LooksChosen(o.c.name, table->c.name, /*numbered=*/false) && LooksChosen(o.c.name, table->c.name, /*numbered=*/true);
    });
    if (LooksChosen(p.c.name, table->c.name, /*numbered=*/false) && !numbered_beside) return;
    // Renaming a key's index renames the key.
    find = absl::StrCat("SELECT c.relname FROM pg_index x JOIN pg_inherits i ON i.inhrelid = x.indexrelid"
                        " JOIN pg_class c ON c.oid = x.indexrelid WHERE x.indrelid = ", pg::QuoteLiteral(p.table),
                        "::regclass AND i.inhparent = ", pg::QuoteLiteral(IndexName(*parent_part)), "::regclass");
    rename = absl::StrCat("ALTER INDEX ", pg::QuoteIdent(p.c.schema), ".%I RENAME TO %I");
  }
  const std::string target = pg::QuoteLiteral(p.c.name);
  std::string aside;
  if (p.constraint_type != 'f') {
    aside = absl::StrCat(" IF EXISTS (SELECT FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid WHERE c.relname = ",
                         target, " AND c.relnamespace = ", pg::QuoteLiteral(pg::QuoteIdent(p.c.schema)),
                         "::regnamespace AND c.relkind = 'i') THEN EXECUTE format(", pg::QuoteLiteral(rename), ", ", target,
                         ", ", pg::QuoteLiteral(AsideName(p.c.name, "__schemad_swap")), "); END IF;");
    for (const TablePart& other : ctx_.to.catalog().parts) {
      if (other.table == p.table && !(other.c.ref == p.c.ref) && other.attached_to.empty() &&
          (other.c.ref.kind == Kind::kIndex || other.c.ref.kind == Kind::kConstraint)) {
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, other.c.ref}, NodeKey{Step::kCreate, p.c.ref});
      }
    }
  }
  Emit(Step::kCreate, p.c.ref,
       absl::StrCat("DO $schemad$ DECLARE made name := (", find, "); BEGIN IF made <> ", target, " THEN", aside,
                    " EXECUTE format(", pg::QuoteLiteral(rename), ", made, ", target, "); END IF; END $schemad$"),
       absl::StrCat("name the clone of ", parent.id, " on ", p.table, " ", p.c.name));
}

void AttachedPlanner::Attach(const TablePart& p, const ObjectRef& parent) {
  const auto* parent_part = ctx_.to.Get<TablePart>(parent);
  Emit(Step::kCreate, p.c.ref,
       Statement{absl::StrCat("ALTER INDEX ", IndexName(*parent_part), " ATTACH PARTITION ", IndexName(p)),
                 absl::StrCat("attach ", p.c.ref.id, " to ", parent.id), {}, true, "SHARE UPDATE EXCLUSIVE"});
  ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, p.c.ref}, NodeKey{Step::kCreate, parent});
}

absl::Status AttachedPlanner::ResolveOne(const ObjectRef& ref) {
  planned_.insert(ref);
  const auto* a = ctx_.from.Get<TablePart>(ref);
  const auto* b = ctx_.to.Get<TablePart>(ref);
  if (b == nullptr) return absl::OkStatus();  // a drop: ResolveDrops
  const std::optional<ObjectRef> parent = ctx_.to.AttachedParent(ref);
  const std::optional<ObjectRef> old_parent = a ? ctx_.from.AttachedParent(ref) : std::nullopt;
  const bool to_create = Has(Step::kCreate, ref) || Gone(ref);
  // What PostgreSQL makes with the parent's is there once that is.
  if (parent) ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, ref}, NodeKey{Step::kCreate, *parent});
  if (parent && b->constraint_type == 'f') {
    // Cloned or adopted by PARTITION OF and ATTACH PARTITION; never attached by hand.
    if (a == nullptr || Gone(ref)) {
      NameClone(*b, *parent);
      planner_.Part<PartPlanner>().AfterImplicitCreate(*b);
    }
    return absl::OkStatus();
  }
  if (parent) {
    // PostgreSQL makes it: cloned into a partition created in this plan (or from a parent's
    // cloned with it), or adopted or cloned by ATTACH PARTITION.
    if ((to_create && (TableCreated(b->table) || Has(Step::kCreate, *parent))) || TableAttached(b->table)) {
      if (a == nullptr || Gone(ref)) {
        NameClone(*b, *parent);
        planner_.Part<PartPlanner>().AfterImplicitCreate(*b);
      }
      return absl::OkStatus();
    }
    if (to_create) {
      CreateAndAttach(*b, *parent);
    } else {
      Attach(*b, *parent);
    }
    return absl::OkStatus();
  }
  // Standalone now: left so by DETACH PARTITION, or made again after its parent's went.
  if (old_parent && TableDetached(b->table)) return absl::OkStatus();
  if (to_create) {
    // Made standalone by its own change (Recreate) already, or made here.
    if (!Has(Step::kCreate, ref) || At(Step::kCreate, ref).statements.empty()) {
      ctx_.graph.Erase(NodeKey{Step::kAlter, ref});
      At(Step::kCreate, ref);
      planner_.Part<PartPlanner>().CreatePart(*b);
    }
    if (old_parent) ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, ref}, NodeKey{Step::kDrop, *old_parent});
    return absl::OkStatus();
  }
  return absl::UnimplementedError(absl::StrCat(
      "cannot plan yet: ", ref.id, " is attached to ", old_parent ? old_parent->id : "its parent's",
      " and PostgreSQL cannot detach it alone; drop and re-create ", old_parent ? old_parent->id : "the parent's",
      " by hand, or detach the partition"));
}

}  // namespace schemaservice::plan::internal
