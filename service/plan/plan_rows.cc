#include "service/plan/planner.h"

// The rows of a table that is dropped and created again (RecreateTable: it turns partitioned
// or stops being so, changes its partition key, access method, or the parent it is a
// partition of). They are copied into a plain table beside it before the drop and inserted
// into the new table once it and its partitions exist; a row no partition of the new table
// accepts makes the INSERT, and so the plan, fail rather than go missing. And the rows of a
// kept partition that its new bound, or a new sibling beside it as DEFAULT, no longer lets it
// hold: moved to the partition that now does (MovePartitionRows).

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "service/pg/quote.h"
#include "service/plan/conversions.h"
#include "service/plan/hazard_rules.h"
#include "service/plan/render.h"
#include "service/util/status.h"

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
  // A recreated ancestor copies this partition's rows with its own, unless it leaves the tree.
  if (!RecreatedAncestor(*a).empty() && a->partition_of == b->partition_of) return false;
  // The columns both have, but those the new table computes itself. With none in common
  // there is nothing to put back: the table is recreated empty, as the hazard then says.
  std::vector<std::string> columns, values;
  for (const Column& c : b->columns) {
    const Column* old = a->FindColumn(c.name);
    if (c.generated || old == nullptr) continue;
    const std::string name = pg::QuoteIdent(c.name);
    columns.push_back(name);
    // A column whose type changes with the recreate is converted as ALTER COLUMN TYPE would.
    // So is one of a type rebuilt meanwhile: its rows kept aside hold the old type.
    const bool rebuilt = std::any_of(c.depends_on.begin(), c.depends_on.end(), [&](const ObjectRef& d) {
      return d.kind == Kind::kType && ctx_.rebuilt_types.count(d);
    });
    if (old->type == c.type && !rebuilt) {
      values.push_back(name);
    } else {
      const bool text = rebuilt || ConversionOf(ctx_.from.catalog(), old->type_name, ctx_.to.catalog(), c.type_name) ==
                                       Conversion::kThroughText;
      values.push_back(absl::StrCat(name, text ? (absl::EndsWith(c.type, "[]") ? "::text[]" : "::text") : "", "::", c.type));
    }
  }
  if (columns.empty()) return false;
  const std::string aside =
      absl::StrCat(pg::QuoteIdent(a->c.schema), ".", pg::QuoteIdent(AsideName(a->c.name, "__schemad_rows")));

  // Before the drop, and after the partitions that stay (detached, now tables of their own)
  // have left: their rows stay with them. A plain table's inheritance children keep theirs.
  const NodeKey keep{Step::kDrop, ref, Facet::kRows};
  const std::vector<const catalog::Table*> old_tree = PartitionTree(ctx_.from, ref.id);
  std::string source = absl::StrCat("SELECT * FROM ", a->kind == 'p' ? "" : "ONLY ", ref.id);
  // A foreign partition's rows are a remote server's (reading them may not even work): the
  // local partitions' rows are kept, read one by one under the root's column names.
  if (std::any_of(old_tree.begin(), old_tree.end(), [](const catalog::Table* p) { return p->kind == 'f'; })) {
    std::vector<std::string> names, reads;
    for (const Column& c : a->columns) names.push_back(pg::QuoteIdent(c.name));
    // Not those that leave the tree (detached first, they keep their rows), nor theirs.
    auto stays = [&](const catalog::Table* p) {
      for (; p != a && p != nullptr; p = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, p->partition_of})) {
        const auto* after = ctx_.to.Get<catalog::Table>(p->c.ref);
        if (after != nullptr && after->partition_of != p->partition_of) return false;
      }
      return true;
    };
    for (const catalog::Table* p : old_tree) {
      if (p->kind != 'p' && p->kind != 'f' && stays(p)) {
        reads.push_back(absl::StrCat("SELECT ", absl::StrJoin(names, ", "), " FROM ONLY ", p->c.ref.id));
      }
    }
    if (reads.empty()) return false;  // nothing local to keep
    source = absl::StrJoin(reads, " UNION ALL ");
  }
  ctx_.graph.Emit(keep, absl::StrCat("CREATE TABLE ", aside, " AS ", source),
                  absl::StrCat("keep the rows of ", ref.id, " aside while it is recreated"));
  ctx_.graph.At(Step::kDrop, ref).after.insert(keep);
  for (const catalog::Table* p : old_tree) {
    if (p == a) continue;
    // One that leaves the tree takes its rows: detached in a node of its own (its ALTER may
    // wait for the new table), or recreated keeping them itself, before this copy.
    const auto* after = ctx_.to.Get<catalog::Table>(p->c.ref);
    const bool leaves = after != nullptr && after->partition_of != p->partition_of;
    if (leaves) {
      ctx_.graph.OrderIfPlanned(keep, NodeKey{Step::kAlter, p->c.ref, Facet::kNoInherit, p->partition_of});
      ctx_.graph.OrderIfPlanned(keep, NodeKey{Step::kDrop, p->c.ref});
      continue;
    }
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, p->c.ref}, keep);
    ctx_.graph.OrderIfPlanned(keep, NodeKey{Step::kAlter, p->c.ref});
  }

  const std::string list = absl::StrJoin(columns, ", ");
  const NodeKey put{Step::kCreate, ref, Facet::kRows};
  ctx_.graph.Emit(put, absl::StrCat("INSERT INTO ", ref.id, " (", list, ") OVERRIDING SYSTEM VALUE SELECT ",
                                    absl::StrJoin(values, ", "), " FROM ", aside),
                  absl::StrCat("put the rows of ", ref.id, " back"));
  ctx_.graph.Emit(put, absl::StrCat("DROP TABLE ", aside), absl::StrCat("drop the copy of the rows of ", ref.id));
  // The copy holds the old columns' types and collations: what the plan drops for good of
  // those (an enum, a domain, a collation, an extension's type) goes after it.
  for (const Column& c : a->columns) {
    for (const ObjectRef& d : c.depends_on) {
      const bool held = d.kind == Kind::kType || d.kind == Kind::kCollation || d.kind == Kind::kExtension;
      if (held && Has(Step::kDrop, d) && !Has(Step::kCreate, d)) ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, d}, put);
    }
  }
  for (const Column& c : b->columns) {
    if (c.identity != 0 || (c.default_expr && absl::StrContains(*c.default_expr, "nextval("))) {
      planner_.Part<IdentityPlanner>().ContinueIdentityPastRows(put, Index::ColumnRef(*b, c).id, ref.id, c);
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

// A partition the same kept parent holds on both sides. The DETACH of one with a new bound
// is AlterTable's; a DEFAULT one is detached here, before any sibling joins (which would
// scan it). Once every sibling is in place, a DO block learns the bound's constraint from
// PostgreSQL (an empty helper attached with it: pg_get_partition_constraintdef, which
// includes the ancestors'), moves the rows outside it into a table aside and attaches the
// partition again; the root of the tree then takes those rows back, routed to the partitions
// that now hold them (or refused, failing the plan, when none does). Ancestors first, and
// among siblings the DEFAULT one last: its constraint is what the others leave.
absl::Status TablePlanner::MovePartitionRows() {
  auto kept_under_same_parent = [&](const catalog::Table& b) -> const catalog::Table* {
    if (b.partition_of.empty() || ctx_.recreated_tables.count(b.c.ref.id) || ctx_.IsNewTable(b.partition_of) ||
        ctx_.recreated_tables.count(b.partition_of) || !RecreatedAncestor(b).empty()) {
      return nullptr;
    }
    const auto* a = ctx_.from.Get<catalog::Table>(b.c.ref);
    return a != nullptr && a->partition_of == b.partition_of && a->kind != 'f' && b.kind != 'f' ? a : nullptr;
  };
  std::set<std::string> siblings_change;  // parents with a partition new, attached or rebound
  std::vector<const catalog::Table*> moving;
  for (const catalog::Table& b : ctx_.to.catalog().tables) {
    if (b.partition_of.empty()) continue;
    // A partition new, attached, rebound or recreated (a kept foreign one changes nothing).
    const auto* before = ctx_.from.Get<catalog::Table>(b.c.ref);
    if (before == nullptr || before->partition_of != b.partition_of || before->partition_bound != b.partition_bound ||
        ctx_.recreated_tables.count(b.c.ref.id)) {
      siblings_change.insert(b.partition_of);
    }
    const catalog::Table* a = kept_under_same_parent(b);
    if (a != nullptr && a->partition_bound != b.partition_bound) moving.push_back(&b);
  }
  for (const catalog::Table& b : ctx_.to.catalog().tables) {
    const catalog::Table* a = kept_under_same_parent(b);
    if (a == nullptr || b.partition_bound != "DEFAULT" || a->partition_bound != "DEFAULT" ||
        !siblings_change.count(b.partition_of)) {
      continue;
    }
    Emit(Step::kAlter, b.c.ref, absl::StrCat("ALTER TABLE ", b.partition_of, " DETACH PARTITION ", b.c.ref.id),
         absl::StrCat("detach default partition ", b.c.ref.id, " while partitions beside it change"),
         {AccessExclusive(b.partition_of)}, "ACCESS EXCLUSIVE");
    moving.push_back(&b);
  }
  // Per root: its moving partitions, ancestors first, a DEFAULT one after its siblings.
  std::map<std::string, std::vector<std::pair<std::pair<int, bool>, const catalog::Table*>>> by_root;
  for (const catalog::Table* m : moving) {
    int depth = 0;
    const catalog::Table* root = m;
    while (!root->partition_of.empty()) {
      const auto* up = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, root->partition_of});
      if (up == nullptr) break;
      root = up;
      ++depth;
    }
    by_root[root->c.ref.id].push_back({{depth, m->partition_bound == "DEFAULT"}, m});
  }
  for (auto& [root_id, entries] : by_root) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    const auto* root = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, root_id});
    const NodeKey put_back{Step::kCreate, root->c.ref, Facet::kRows};
    std::vector<std::string> columns;
    for (const Column& c : root->columns) {
      if (!c.generated) columns.push_back(pg::QuoteIdent(c.name));
    }
    const std::string list = absl::StrJoin(columns, ", ");
    std::set<const catalog::Table*> moving_here;
    for (const auto& entry : entries) moving_here.insert(entry.second);
    // A foreign key into the tree refuses the detach while it references a row of the
    // partition: re-created around the moves, once the rows are back.
    std::set<std::string> tree;
    for (const catalog::Table* t : PartitionTree(ctx_.from, root_id)) tree.insert(t->c.ref.id);
    for (const catalog::TablePart& p : ctx_.from.catalog().parts) {
      if (p.c.ref.kind != Kind::kConstraint || p.constraint_type != 'f' || !p.attached_to.empty() || !ctx_.to.Find(p.c.ref)) continue;
      const std::set<std::string> referenced = ReferencedTables(ctx_.from, p);
      const bool into_tree = std::any_of(referenced.begin(), referenced.end(),
                                         [&](const std::string& t) { return tree.count(t) > 0; });
      if (!into_tree) continue;
      RETURN_IF_ERROR(planner_.Recreate(p.c.ref));
      ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, p.c.ref}, put_back);
    }
    std::optional<NodeKey> previous;
    for (const auto& [rank, m] : entries) {
      const std::string& id = m->c.ref.id;
      const std::string& parent_id = m->partition_of;
      ctx_.reattached_tables.insert(id);
      const std::string schema = pg::QuoteIdent(m->c.schema);
      const std::string helper = absl::StrCat(schema, ".", pg::QuoteIdent(AsideName(m->c.name, "__schemad_bound")));
      const std::string aside = absl::StrCat(schema, ".", pg::QuoteIdent(AsideName(m->c.name, "__schemad_moved")));
      // The bound's helper must be attachable: the parent's CHECKs and generated columns, as
      // the partition has them. The rows' table aside takes generated values as plain ones.
      const NodeKey move{Step::kCreate, m->c.ref, Facet::kRows};
      // Dollar-quoted with a tag the bound (a list value, say) does not hold.
      ctx_.graph.Emit(move, Statement{absl::StrCat("DO ", pg::QuoteDollar(absl::StrCat(
          "DECLARE bound text; BEGIN CREATE TABLE ", helper, " (LIKE ", id,
          " INCLUDING CONSTRAINTS INCLUDING GENERATED); ALTER TABLE ", parent_id,
          " ATTACH PARTITION ", helper, " ", m->partition_bound, "; bound := coalesce(pg_get_partition_constraintdef(",
          pg::QuoteLiteral(helper), "::regclass), 'true'); ALTER TABLE ", parent_id, " DETACH PARTITION ", helper,
          "; DROP TABLE ", helper, "; CREATE TABLE ", aside, " (LIKE ", id, "); EXECUTE 'WITH moved AS (DELETE FROM ",
          absl::StrReplaceAll(id, {{"'", "''"}}), " WHERE NOT coalesce((' || bound || '), true) RETURNING *) INSERT INTO ",
          absl::StrReplaceAll(aside, {{"'", "''"}}), " SELECT * FROM moved'; END"))),
          absl::StrCat("move the rows ", id, " no longer holds aside"),
          {RuleHazard(Rule::kPartitionRowsMove,
                      absl::StrCat("deletes the rows of ", id, " outside its new bound and inserts them into ", root_id,
                                   ", which routes them to the partitions that now hold them"),
                      "none needed when no row moves; otherwise disable the tables' triggers for the migration if they "
                      "must not see the moves")},
          true, "ACCESS EXCLUSIVE"});
      ctx_.graph.Emit(move, Statement{absl::StrCat("ALTER TABLE ", parent_id, " ATTACH PARTITION ", id, " ", m->partition_bound),
                                      absl::StrCat("attach partition ", id),
                                      {RuleHazard(Rule::kAttachPartition,
                                                  "scans the partition to check its bound unless a matching CHECK exists")},
                                      true, "SHARE UPDATE EXCLUSIVE"});
      ctx_.graph.At(move).after.insert(NodeKey{Step::kAlter, m->c.ref});
      // It leaves only once its parent's columns have changed (ALTER recurses into it while
      // attached: a retype, a new column, NOT NULL), as the partition it comes back to.
      if (const auto* parent = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, parent_id})) {
        for (const Column& col : parent->columns) {
          for (Step s : {Step::kCreate, Step::kAlter}) {
            ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, m->c.ref}, NodeKey{s, Index::ColumnRef(*parent, col)});
          }
        }
      }
      for (const catalog::Table& s : ctx_.to.catalog().tables) {
        if (s.partition_of != parent_id || &s == m) continue;
        ctx_.graph.OrderIfPlanned(move, NodeKey{Step::kCreate, s.c.ref});
        ctx_.graph.OrderIfPlanned(move, NodeKey{Step::kAlter, s.c.ref});
        // A sibling joins only once this one has left (it may take over part of its bound);
        // a moving one only leaves in its alter.
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, s.c.ref}, NodeKey{Step::kAlter, m->c.ref});
        if (!moving_here.count(&s)) ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, s.c.ref}, NodeKey{Step::kAlter, m->c.ref});
      }
      if (previous) ctx_.graph.At(move).after.insert(*previous);
      previous = move;
      ctx_.graph.At(put_back).after.insert(move);
      ctx_.graph.Emit(put_back, absl::StrCat("INSERT INTO ", root_id, " (", list, ") OVERRIDING SYSTEM VALUE SELECT ", list,
                                             " FROM ", aside),
                      absl::StrCat("put the rows moved out of ", id, " back through ", root_id));
      ctx_.graph.Emit(put_back, absl::StrCat("DROP TABLE ", aside), absl::StrCat("drop the table aside of ", id));
    }
  }
  return absl::OkStatus();
}

}  // namespace schemaservice::plan::internal
