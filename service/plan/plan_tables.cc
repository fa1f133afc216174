#include "service/plan/planner.h"

// Tables as a whole: create, alter, re-create; partitions.

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

namespace {

// "c WITH OPTIONS DEFAULT ... NOT NULL" for a typed table's column: what the table adds to
// the type's attribute (nothing: empty).
std::string TypedColumnOptions(const Column& c) {
  Column added = c;
  added.type.clear();
  added.compression.clear();
  added.collation.clear();
  const std::string plain = absl::StrCat(pg::QuoteIdent(c.name), " ");
  const std::string def = ColumnDefinition(added);
  if (def.size() <= plain.size()) return "";
  return absl::StrCat(pg::QuoteIdent(c.name), " WITH OPTIONS", def.substr(plain.size()));
}

}  // namespace

// The default an inherited column of `t` gets from its parents when made (PARTITION OF,
// INHERITS copy it; parents that disagree make the child state its own).
std::optional<std::string> TablePlanner::ParentsDefault(const catalog::Table& t, const std::string& column) const {
  std::vector<std::string> parents = t.inherits;
  if (!t.partition_of.empty()) parents.push_back(t.partition_of);
  for (const std::string& p : parents) {
    const auto* parent = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, p});
    const Column* pc = parent ? parent->FindColumn(column) : nullptr;
    if (pc != nullptr && pc->default_expr && !pc->generated) return pc->default_expr;
  }
  return std::nullopt;
}

// The first parent of `t` (in `to`) that has a column of that name, and that column.
std::pair<const catalog::Table*, const Column*> TablePlanner::ParentsColumn(const catalog::Table& t,
                                                                         const std::string& column) const {
  std::vector<std::string> parents = t.inherits;
  if (!t.partition_of.empty()) parents.push_back(t.partition_of);
  for (const std::string& p : parents) {
    const auto* parent = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, p});
    if (const Column* pc = parent ? parent->FindColumn(column) : nullptr) return {parent, pc};
  }
  return {nullptr, nullptr};
}

absl::Status TablePlanner::CreateTable(const catalog::Table& t) {
  const ObjectRef& ref = t.c.ref;
  const bool foreign = t.kind == 'f';
  std::string sql = absl::StrCat("CREATE ", t.unlogged ? "UNLOGGED " : "", foreign ? "FOREIGN TABLE " : "TABLE ", ref.id);
  // Its own column order, which PARTITION OF and INHERITS would not give.
  const bool apart = MadeApartThenAttached(ctx_.to, t);
  // 18 picks a NOT NULL constraint's default name unused in the schema: a recreated table's
  // old children, detached, still hold the names, so they are given (names are unique per
  // table only when given).
  const bool name_not_nulls = catalog::HasNotNullConstraints(ctx_.target) && ctx_.from.Get<catalog::Table>(ref) != nullptr;
  std::vector<std::string> defs;
  for (const Column& c : t.columns) {
    if (c.inherited_only && !apart) continue;
    defs.push_back(ColumnDefinition(name_not_nulls ? WithDefaultNotNullNamed(c, t.c.name) : c));
  }
  if (!t.of_type.empty()) {
    // The columns are the type's; a column says only what the table adds to it.
    std::vector<std::string> options;
    for (const Column& c : t.columns) {
      if (std::string added = TypedColumnOptions(c); !added.empty()) options.push_back(std::move(added));
    }
    absl::StrAppend(&sql, " OF ", t.of_type);
    if (!options.empty()) absl::StrAppend(&sql, " (", absl::StrJoin(options, ", "), ")");
  } else if (!t.partition_of.empty() && !apart) {
    absl::StrAppend(&sql, " PARTITION OF ", t.partition_of);
    if (!defs.empty()) absl::StrAppend(&sql, " (", absl::StrJoin(defs, ", "), ")");
    absl::StrAppend(&sql, " ", t.partition_bound);
  } else {
    if (apart && !t.partition_of.empty()) {
      for (std::string& check : AncestorChecks(ctx_.to, t)) defs.push_back(std::move(check));
    }
    absl::StrAppend(&sql, " (", absl::StrJoin(defs, ", "), ")");
  }
  if (t.of_type.empty() && t.partition_of.empty() && !apart) {
    if (!t.inherits.empty()) absl::StrAppend(&sql, " INHERITS (", absl::StrJoin(t.inherits, ", "), ")");
  }
  if (foreign) {
    absl::StrAppend(&sql, " SERVER ", t.foreign_server);
    if (!t.foreign_options.empty()) absl::StrAppend(&sql, " ", GenericOptionsSql(t.foreign_options));
  }
  if (!t.partition_key.empty()) absl::StrAppend(&sql, " PARTITION BY ", t.partition_key);
  if (!t.access_method.empty()) absl::StrAppend(&sql, " USING ", t.access_method);
  if (!t.options.empty()) absl::StrAppend(&sql, " WITH (", absl::StrJoin(t.options, ", "), ")");
  absl::StrAppend(&sql, TablespaceClause(planner_.Part<TablespacePlanner>().CreateTablespace(t)));
  Emit(Step::kCreate, ref, sql, absl::StrCat("create table ", ref.id));
  if (apart && !t.partition_of.empty()) {
    Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", t.partition_of, " ATTACH PARTITION ", ref.id, " ", t.partition_bound),
         absl::StrCat("attach partition ", ref.id));
  }
  for (const std::string& parent : apart ? t.inherits : std::vector<std::string>{}) {
    Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", ref.id, " INHERIT ", parent), absl::StrCat("make ", ref.id, " inherit from ", parent));
  }
  for (const Column& c : t.columns) planner_.Part<IdentityPlanner>().AfterSequenceSchema(NodeKey{Step::kCreate, ref}, c);
  // The table's privileges before its columns': a column grant may be made by a role through
  // a grant option held on the whole table, and a REVOKE on the table would take column
  // grants made before it along.
  planner_.Part<PrivilegePlanner>().AfterCreate(t.c, Kind::kTable, t.kind);
  for (const Column& c : t.columns) {
    if (c.inherited_only) {
      if (c.not_null_own) {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", ref.id, " ALTER COLUMN ", pg::QuoteIdent(c.name), " SET NOT NULL"),
             absl::StrCat("set NOT NULL on inherited column ", ref.id, ".", pg::QuoteIdent(c.name)));
      }
      if (!c.generated && c.default_expr != ParentsDefault(t, c.name)) {
        const ObjectRef column = Index::ColumnRef(t, c);
        planner_.Part<ColumnPlanner>().InheritedDefault(column, ref.id, c);
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, column}, NodeKey{Step::kCreate, ref});
      }
      // Made, it has its parents' storage and compression, the default statistics and options,
      // no comment and no privileges.
      Column made;
      made.name = c.name;
      if (const auto [parent, pc] = ParentsColumn(t, c.name); pc != nullptr) {
        made.storage = pc->storage;
        made.compression = pc->compression;
        // Made after the parent's column takes them.
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, ref}, NodeKey{Step::kAlter, Index::ColumnRef(*parent, *pc)});
      }
      planner_.Part<ColumnPlanner>().ColumnAttributes(Step::kCreate, ref, ref.id, made, c, /*is_new=*/false);
      if (c.identity && ctx_.target < 17) {
        // 15 and 16: a partition's own identity, which its parent lacks (from 17 it has the
        // parent's).
        const Change add{Action::kAlter, Index::ColumnRef(t, c), {{"identity", "", std::string(1, c.identity)}}};
        planner_.Part<IdentityPlanner>().PlanIdentity(add, ref.id, made, c);
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, add.ref}, NodeKey{Step::kCreate, ref});
      }
      continue;
    }
    if (c.not_null && !c.not_null_valid) planner_.Part<ColumnPlanner>().AddNotValidNotNull(Step::kCreate, ref, ref.id, c);
    planner_.Part<ColumnPlanner>().ColumnAttributes(Step::kCreate, ref, ref.id, Column{}, c, /*is_new=*/true);
  }
  if (t.rls_enabled) Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", ref.id, " ENABLE ROW LEVEL SECURITY"), "enable row level security");
  if (t.rls_forced) Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", ref.id, " FORCE ROW LEVEL SECURITY"), "force row level security");
  if (t.replica_identity == 'f' || t.replica_identity == 'n') {
    Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", ref.id, " REPLICA IDENTITY ", t.replica_identity == 'f' ? "FULL" : "NOTHING"),
         "set replica identity");
  }
  return absl::OkStatus();
}

void TablePlanner::DropTable(const ObjectRef& ref, bool removed) {
  // A partition of a table a foreign key references cannot be dropped (the key's clone
  // depends on it); detached first, where PostgreSQL checks no referencing row needs it.
  const auto* t = ctx_.from.Get<catalog::Table>(ref);
  if (removed && !t->partition_of.empty() && ctx_.dropped_tables.count(t->partition_of) &&
      PartitionTreeIsReferenced(t->partition_of)) {
    return;  // dropped with its parent, once that is detached: alone, the key's clone holds it
  }
  if (removed && !t->partition_of.empty() && !ctx_.dropped_tables.count(t->partition_of) &&
      PartitionTreeIsReferenced(t->partition_of)) {
    Emit(Step::kDrop, ref, absl::StrCat("ALTER TABLE ", t->partition_of, " DETACH PARTITION ", ref.id),
         absl::StrCat("detach partition ", ref.id, " before dropping it"), {AccessExclusive(t->partition_of)},
         "ACCESS EXCLUSIVE");
  }
  if (t->kind == 'f') {
    // Its rows live on the server: nothing of them is lost here.
    Emit(Step::kDrop, ref, absl::StrCat("DROP FOREIGN TABLE ", ref.id), absl::StrCat("drop foreign table ", ref.id),
         OnlyIf(removed, RuleHazard(Rule::kDropOther, "queries on the foreign table stop working")));
    return;
  }
  // A composite type of the same name replaces it: the columns holding its rows hold text
  // across (PostgreSQL keeps table row types and types in one namespace).
  const ObjectRef successor{Kind::kType, ref.id};
  if (removed && ctx_.to.Get<catalog::Type>(successor) != nullptr) {
    for (const ObjectRef& holder : planner_.Part<ColumnPlanner>().ColumnsOfType(ref.id)) {
      planner_.Part<ColumnPlanner>().HoldAsText(holder, absl::StrCat(ref.id, " becomes a type"), NodeKey{Step::kDrop, ref},
                                    NodeKey{Step::kCreate, successor});
    }
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, successor}, NodeKey{Step::kDrop, ref});
  }
  // Made again (partitioned, say): so are the columns of other tables that hold its rows.
  if (!removed) {
    for (const ObjectRef& holder : planner_.Part<ColumnPlanner>().ColumnsOfType(ref.id)) {
      planner_.Part<ColumnPlanner>().HoldAsText(holder, absl::StrCat(ref.id, " is made again"), NodeKey{Step::kDrop, ref},
                                    NodeKey{Step::kCreate, ref});
    }
  }
  Emit(Step::kDrop, ref, absl::StrCat("DROP TABLE ", ref.id), absl::StrCat("drop table ", ref.id),
       {RuleHazard(Rule::kDropTable,
                   absl::StrCat("deletes table ", ref.id, " and all its rows"),
                   "rename or archive it first; drop in a later, post-deploy migration"),
        AccessExclusive(ref.id)},
       "ACCESS EXCLUSIVE");
}

bool TablePlanner::NeedsRecreate(const Change& c) const {
  const auto* a = ctx_.from.Get<catalog::Table>(c.ref);
  const auto* b = ctx_.to.Get<catalog::Table>(c.ref);
  if (a == nullptr || b == nullptr || c.action != Action::kAlter) return false;
  return c.Has("kind") || c.Has("partition_key") || c.Has("access_method") || c.Has("foreign_server") ||
         (c.Has("partition_of") && !a->partition_of.empty() && !b->partition_of.empty()) ||
         ((c.Has("inherits") || c.Has("inherited_columns")) && planner_.Part<InheritancePlanner>().NeedsRecreate(*a, *b)) ||
         // A partition's columns stay its own once detached: none becomes inherited only.
         (!a->partition_of.empty() && b->partition_of.empty() &&
          std::any_of(b->columns.begin(), b->columns.end(), [](const Column& col) { return col.inherited_only; }));
}

absl::Status TablePlanner::AlterTable(const Change& c) {
  const auto* a = ctx_.from.Get<catalog::Table>(c.ref);
  const auto* b = ctx_.to.Get<catalog::Table>(c.ref);
  const std::string& id = c.ref.id;
  if (NeedsRecreate(c)) return RecreateTable(c.ref);
  if (c.Has("partition_of") || c.Has("partition_bound")) {
    if (!a->partition_of.empty()) {
      // Leaving its parent, in a node of its own (as NO INHERIT): before the parent's drop,
      // while the table's own ALTER may wait for a new parent (an inheritance one, say).
      const bool leaves = a->partition_of != b->partition_of;
      const NodeKey detach = leaves ? NodeKey{Step::kAlter, c.ref, Facet::kNoInherit, a->partition_of} : NodeKey{Step::kAlter, c.ref};
      ctx_.graph.Emit(detach, Statement{absl::StrCat("ALTER TABLE ", a->partition_of, " DETACH PARTITION ", id),
                                        absl::StrCat("detach partition ", id),
                                        {AccessExclusive(a->partition_of),
                                         RuleHazard(Rule::kDetachNotConcurrent,
                                                    absl::StrCat("blocks every query on ", a->partition_of, " while detaching"),
                                                    "by hand: DETACH PARTITION ... CONCURRENTLY, outside a transaction block "
                                                    "(not when the parent has a default partition)")},
                                        true, "ACCESS EXCLUSIVE"});
      if (leaves) {
        ctx_.graph.At(Step::kAlter, c.ref).after.insert(detach);
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, ObjectRef{Kind::kTable, a->partition_of}}, detach);
        for (const Column& col : a->columns) ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, Index::ColumnRef(*a, col)}, detach);
        // The parent's indexes and keys dropped after it: dropped before, they would take the
        // partition's clones with them, which the detached table keeps (or drops itself). Not
        // its checks, which the partition does not list as its own.
        for (const catalog::TablePart& p : ctx_.from.catalog().parts) {
          if (p.table == a->partition_of && p.constraint_type != 'c') {
            ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, p.c.ref}, detach);
          }
        }
      }
    }
    if (b->partition_of.empty()) planner_.Part<InheritancePlanner>().RenameDetachedNotNull(*a, *b);
    // A new bound under the same parent: attached again once the rows it no longer holds
    // are moved out (MovePartitionRows); a foreign partition at once, its rows being a
    // remote server's.
    const bool rebound_foreign = b->kind == 'f' && a->partition_of == b->partition_of;
    if (!b->partition_of.empty() && (a->partition_of != b->partition_of || rebound_foreign)) {
      ctx_.attached_tables.insert(id);
      Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", b->partition_of, " ATTACH PARTITION ", id, " ", b->partition_bound),
           absl::StrCat("attach partition ", id),
           {RuleHazard(Rule::kAttachPartition,
                       "scans the partition to check its bound unless a matching CHECK exists")},
           "SHARE UPDATE EXCLUSIVE");
    }
  }
  if (c.Has("inherits")) planner_.Part<InheritancePlanner>().AlterInheritance(*a, *b);
  if (c.Has("of_type")) AlterTypedTable(*a, *b);
  if (const std::string options = AlterGenericOptionsSql(a->foreign_options, b->foreign_options); !options.empty()) {
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER FOREIGN TABLE ", id, " ", options), absl::StrCat("change options of ", id));
  }
  if (c.Has("unlogged")) {
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, b->unlogged ? " SET UNLOGGED" : " SET LOGGED"),
         absl::StrCat("change persistence of ", id),
         {RuleHazard(Rule::kSetLogged, absl::StrCat("rewrites ", id)), AccessExclusive(id)},
         "ACCESS EXCLUSIVE");
    // Its owned sequences switch with it (15+): one the target keeps otherwise switches back.
    for (const catalog::Sequence& seq : ctx_.to.catalog().sequences) {
      const auto* before = ctx_.from.Get<catalog::Sequence>(seq.c.ref);
      const auto owned_here = [&](const catalog::Sequence& s) {
        return s.owned_by && absl::StartsWith(*s.owned_by, absl::StrCat(id, "."));
      };
      if (before == nullptr || !owned_here(seq) || !owned_here(*before) || seq.unlogged == b->unlogged) continue;
      const NodeKey back{Step::kAlter, seq.c.ref, Facet::kDefault};
      ctx_.graph.Emit(back, absl::StrCat("ALTER SEQUENCE ", seq.c.ref.id, seq.unlogged ? " SET UNLOGGED" : " SET LOGGED"),
                      absl::StrCat("keep the persistence of ", seq.c.ref.id, ", which changed with its table"));
      ctx_.graph.OrderIfPlanned(back, NodeKey{Step::kAlter, c.ref});
    }
    // A logged table may not reference an unlogged one: going UNLOGGED, the tables whose
    // foreign keys reference this one switch first; going LOGGED, the ones it references.
    for (const catalog::TablePart& fk : ctx_.from.catalog().parts) {
      if (fk.c.ref.kind != Kind::kConstraint || fk.constraint_type != 'f') continue;
      for (const std::string& referenced : ReferencedTables(ctx_.from, fk)) {
        if (referenced == fk.table || (referenced != id && fk.table != id)) continue;
        const std::string& other = referenced == id ? fk.table : referenced;
        const auto* other_a = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, other});
        const auto* other_b = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, other});
        if (other_a == nullptr || other_b == nullptr || other_a->unlogged == other_b->unlogged) continue;
        if (b->unlogged && referenced == id) {
          ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, c.ref}, NodeKey{Step::kAlter, ObjectRef{Kind::kTable, fk.table}});
        } else if (!b->unlogged && fk.table == id) {
          ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, c.ref}, NodeKey{Step::kAlter, ObjectRef{Kind::kTable, referenced}});
        }
      }
    }
  }
  if (c.Has("options")) {
    std::vector<std::string> reset;
    for (const std::string& kv : a->options) {
      const std::string key = kv.substr(0, kv.find('='));
      const bool kept = std::any_of(b->options.begin(), b->options.end(),
                                    [&](const std::string& o) { return o.substr(0, o.find('=')) == key; });
      if (!kept) reset.push_back(key);
    }
    if (!reset.empty()) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, " RESET (", absl::StrJoin(reset, ", "), ")"), "reset storage parameters");
    std::vector<std::string> own, toast;
    for (const std::string& kv : b->options) (absl::StartsWith(kv, "toast.") ? toast : own).push_back(kv);
    if (!own.empty()) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, " SET (", absl::StrJoin(own, ", "), ")"), "set storage parameters");
    if (!toast.empty()) ToastOptions(*b, toast);
  }
  if (c.Has("tablespace")) planner_.Part<TablespacePlanner>().MoveTable(*b);
  if (c.Has("rls_enabled")) {
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, b->rls_enabled ? " ENABLE" : " DISABLE", " ROW LEVEL SECURITY"),
         "change row level security",
         {RuleHazard(Rule::kAuthzAndExtensions, "changes which rows users see")});
  }
  if (c.Has("rls_forced")) {
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, b->rls_forced ? " FORCE" : " NO FORCE", " ROW LEVEL SECURITY"),
         "change forced row level security");
  }
  if (c.Has("replica_identity") && b->replica_identity != 'i') {
    const std::string what = b->replica_identity == 'f' ? "FULL" : b->replica_identity == 'n' ? "NOTHING" : "DEFAULT";
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, " REPLICA IDENTITY ", what), "set replica identity");
  }
  if (c.Has("replica_identity") && b->replica_identity == 'i') ctx_.replica_index_tables.insert(id);
  planner_.Part<PrivilegePlanner>().Alter(Step::kAlter, a->c, b->c, Kind::kTable, b->kind);
  return absl::OkStatus();
}

// PostgreSQL drops toast.* settings silently while the table has no TOAST table, which a
// first column of a type that needs one (added, or converted to, on it or on a parent) makes:
// they are set after every column change of the table and of its parents.
void TablePlanner::ToastOptions(const catalog::Table& t, const std::vector<std::string>& toast) {
  const NodeKey node{Step::kAlter, t.c.ref, Facet::kToast};
  ctx_.graph.Emit(node, absl::StrCat("ALTER TABLE ", t.c.ref.id, " SET (", absl::StrJoin(toast, ", "), ")"),
                  "set storage parameters of the TOAST table");
  std::vector<const catalog::Table*> tables{&t};
  for (size_t i = 0; i < tables.size(); ++i) {
    std::vector<std::string> parents = tables[i]->inherits;
    if (!tables[i]->partition_of.empty()) parents.push_back(tables[i]->partition_of);
    for (const std::string& p : parents) {
      const auto* parent = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, p});
      if (parent != nullptr && std::find(tables.begin(), tables.end(), parent) == tables.end()) tables.push_back(parent);
    }
  }
  for (const catalog::Table* table : tables) {
    for (const Column& col : table->columns) {
      for (const Step step : {Step::kCreate, Step::kAlter}) {
        ctx_.graph.OrderIfPlanned(node, NodeKey{step, Index::ColumnRef(*table, col)});
      }
    }
  }
}

// A typed table's columns are its type's and cannot change alone: NOT OF goes before any
// column changes, OF after, once they match the type.
void TablePlanner::AlterTypedTable(const catalog::Table& a, const catalog::Table& b) {
  const std::string& id = b.c.ref.id;
  std::vector<NodeKey> columns;
  for (const catalog::Table* t : {&a, &b}) {
    for (const Column& col : t->columns) {
      const ObjectRef column = Index::ColumnRef(*t, col);
      for (Step s : {Step::kDrop, Step::kAlter, Step::kCreate}) columns.push_back(NodeKey{s, column});
    }
  }
  std::optional<NodeKey> not_of;
  if (!a.of_type.empty()) {
    not_of = NodeKey{Step::kAlter, b.c.ref, Facet::kNoInherit, a.of_type};
    ctx_.graph.Emit(*not_of, absl::StrCat("ALTER TABLE ", id, " NOT OF"), absl::StrCat("stop typing ", id, " by ", a.of_type));
    for (const NodeKey& column : columns) ctx_.graph.OrderIfPlanned(column, *not_of);
    // The type goes only once no table is typed by it.
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, ObjectRef{Kind::kType, a.of_type}}, *not_of);
  }
  if (!b.of_type.empty()) {
    const NodeKey of{Step::kAlter, b.c.ref, Facet::kInherit, b.of_type};
    ctx_.graph.Emit(of, absl::StrCat("ALTER TABLE ", id, " OF ", b.of_type), absl::StrCat("type ", id, " by ", b.of_type));
    ctx_.graph.OrderIfPlanned(of, NodeKey{Step::kAlter, b.c.ref});
    for (Step s : {Step::kCreate, Step::kAlter}) ctx_.graph.OrderIfPlanned(of, NodeKey{s, ObjectRef{Kind::kType, b.of_type}});
    for (const NodeKey& column : columns) ctx_.graph.OrderIfPlanned(of, column);
    if (not_of) ctx_.graph.OrderIfPlanned(of, *not_of);
  }
}

// Partitioning, access methods and a column's being local cannot change in place: the table is dropped and
// created again with everything attached to it, its rows kept aside meanwhile (KeepRows);
// a foreign table's live on its server.
absl::Status TablePlanner::RecreateTable(const ObjectRef& ref) {
  if (ctx_.recreated_tables.count(ref.id)) return absl::OkStatus();  // by a type rebuild under it, say
  // In-place changes planned before the recreate was decided are moot now.
  for (auto it = ctx_.graph.nodes().begin(); it != ctx_.graph.nodes().end();) {
    const Obj* o = it->first.step == Step::kAlter ? ctx_.from.Find(it->first.ref) : nullptr;
    const bool own = it->first.facet == Facet::kWhole && (it->first.ref == ref || (o && o->has_owner() && o->owner() == ref));
    it = (it->first.step == Step::kAlter && own) ? ctx_.graph.nodes().erase(it) : std::next(it);
  }
  RETURN_IF_ERROR(planner_.DropObject(ref));
  RETURN_IF_ERROR(planner_.CreateObject(ref));
  const bool rows_kept = KeepRows(ref);
  const auto* before = ctx_.from.Get<catalog::Table>(ref);
  const std::string ancestor = before != nullptr ? RecreatedAncestor(*before) : "";
  ctx_.recreated_tables.insert(ref.id);
  for (const catalog::Sequence& s : ctx_.to.catalog().sequences) {
    const auto* a = ctx_.from.Get<catalog::Sequence>(s.c.ref);
    const Obj* column = a && a->owned_by ? ctx_.from.Find(ObjectRef{Kind::kColumn, *a->owned_by}) : nullptr;
    if (column != nullptr && column->owner() == ref) planner_.Part<ObjectPlanner>().PlanSequenceOwner(s);
  }
  ctx_.graph.AddHazard(Step::kDrop, ref,
                       rows_kept ? RuleHazard(Rule::kRecreateTable,
                                              absl::StrCat("the kind, partitioning (or the type of a partition key column), access method or partition parent of ", ref.id,
                                                           ", or which of its columns are its own (no ALTER makes a column inherited only, nor moves one),"
                                                           " cannot change in place: the table is recreated and its rows copied"
                                                           " back (locked meanwhile; a row no new partition takes fails the migration when applied)"),
                                              "plan the copy in batches for a large table")
                       : !ancestor.empty()
                           ? RuleHazard(Rule::kRecreateTable,
                                        absl::StrCat(ref.id, " is recreated with ", ancestor,
                                                     ", whose copy of its rows holds this partition's too"),
                                        "plan the copy in batches for a large table")
                           : RuleHazard(Rule::kRecreateTable,
                                        absl::StrCat("the kind, partitioning, access method or foreign server of ", ref.id,
                                                     " cannot change in place: the table is recreated empty"),
                                        "create the new table beside the old one and move the rows"));
  for (const catalog::TablePart& p : ctx_.to.catalog().parts) {
    if (p.table == ref.id) RETURN_IF_ERROR(planner_.CreateObject(p.c.ref));
  }
  return absl::OkStatus();
}

// Whether a foreign key (of the old schema) references `table` or a table it is a partition of.
std::set<std::string> ReferencedTables(const Index& idx, const catalog::TablePart& fk) {
  std::set<std::string> out;
  for (const ObjectRef& d : fk.c.depends_on) {
    const Obj* o = idx.Find(d);
    const std::string referenced = d.kind == Kind::kTable ? d.id : o && o->has_owner() ? o->owner().id : "";
    if (!referenced.empty()) out.insert(referenced);
  }
  return out;
}

bool TablePlanner::PartitionTreeIsReferenced(const std::string& table) const {
  for (const catalog::TablePart& p : ctx_.from.catalog().parts) {
    if (p.c.ref.kind == Kind::kConstraint && p.constraint_type == 'f' && ReferencedTables(ctx_.from, p).count(table)) return true;
  }
  const auto* t = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
  return t != nullptr && !t->partition_of.empty() && PartitionTreeIsReferenced(t->partition_of);
}

}  // namespace schemaservice::plan::internal
