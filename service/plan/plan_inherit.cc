#include "service/plan/planner.h"

// A table's parents (INHERIT, NO INHERIT) and what they leave on its columns. PostgreSQL has no
// ALTER for attislocal: a column or CHECK the child gets through INHERIT is local if the child
// had to have it before (INHERIT requires it), and inherited only if a parent's ADD recursed
// into the child. So a column the new parent brings comes through a helper parent that adds it
// (recursing), which the child leaves again once the real parent holds it too.

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {

bool MadeApartThenAttached(const Index& to, const catalog::Table& t) {
  if (t.kind == 'f' || !t.of_type.empty() || (t.partition_of.empty() && t.inherits.empty())) return false;
  const std::vector<std::string> parents = t.partition_of.empty() ? t.inherits : std::vector<std::string>{t.partition_of};
  std::vector<std::string> made;  // the parents' columns first, each name once, then its own
  auto add = [&](const std::string& name) {
    if (std::find(made.begin(), made.end(), name) == made.end()) made.push_back(name);
  };
  for (const std::string& p : parents) {
    const auto* parent = to.Get<catalog::Table>(ObjectRef{Kind::kTable, p});
    if (parent == nullptr) return false;
    for (const Column& c : parent->columns) add(c.name);
  }
  std::vector<std::string> declared;
  for (const Column& c : t.columns) {
    // ATTACH leaves a partition's columns inherited only; INHERIT, the child's its own.
    // A partition's generated column is declared as its parent's (ATTACH wants it generated).
    if ((c.inherited_only && t.partition_of.empty()) || (c.generated && t.partition_of.empty()) || c.identity != 0) {
      return false;
    }
    add(c.name);
    declared.push_back(c.name);
  }
  if (made == declared) return false;
  // A partition declares its ancestors' CHECKs (AncestorChecks), which ATTACH wants and
  // merges into inherited ones; INHERIT would keep them the child's own.
  return !t.partition_of.empty() ||
         std::none_of(to.catalog().parts.begin(), to.catalog().parts.end(), [&](const catalog::TablePart& p) {
           return p.constraint_type == 'c' && std::find(parents.begin(), parents.end(), p.table) != parents.end();
         });
}

std::vector<std::string> AncestorChecks(const Index& to, const catalog::Table& t) {
  std::vector<std::string> out;
  for (const catalog::Table* up = to.Get<catalog::Table>(ObjectRef{Kind::kTable, t.partition_of}); up != nullptr;
       up = up->partition_of.empty() ? nullptr : to.Get<catalog::Table>(ObjectRef{Kind::kTable, up->partition_of})) {
    for (const catalog::TablePart& p : to.catalog().parts) {
      if (p.constraint_type != 'c' || p.table != up->c.ref.id || p.no_inherit) continue;
      // A new table's rows are none: NOT VALID has no meaning in CREATE TABLE.
      std::string check(absl::StripSuffix(p.definition, " NOT VALID"));
      out.push_back(absl::StrCat("CONSTRAINT ", pg::QuoteIdent(p.c.name), " ", check));
    }
  }
  return out;
}
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool HasColumn(const Index& idx, const std::string& table, const std::string& column) {
  const auto* t = idx.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
  return t != nullptr && t->FindColumn(column) != nullptr;
}

// The inheritable CHECK constraints of `gained` (parents on one side only, not among `kept`),
// one per name: what INHERIT and NO INHERIT of them add to or leave on a child.
std::vector<const catalog::TablePart*> ChecksOf(const Index& idx, const std::vector<std::string>& gained,
                                                const std::vector<std::string>& kept) {
  std::vector<const catalog::TablePart*> out;
  std::set<std::string> seen;
  for (const catalog::TablePart& part : idx.catalog().parts) {
    if (part.c.ref.kind == Kind::kConstraint && part.constraint_type == 'c' && Contains(gained, part.table) &&
        !Contains(kept, part.table) && !part.no_inherit && seen.insert(part.c.name).second) {
      out.push_back(&part);
    }
  }
  return out;
}

// Whether an expression's text names `name` as an identifier, bare or double-quoted. A word
// inside a string literal counts too: that only gives the helper parent one more column.
bool NamesIdentifier(std::string_view sql, std::string_view name) {
  auto word = [](unsigned char ch) { return std::isalnum(ch) || ch == '_' || ch == '$' || ch >= 0x80; };
  for (size_t i = 0; i < sql.size();) {
    if (sql[i] == '"') {
      std::string quoted;
      for (++i; i < sql.size(); ++i) {
        if (sql[i] != '"') {
          quoted += sql[i];
        } else if (i + 1 < sql.size() && sql[i + 1] == '"') {
          quoted += '"';
          ++i;
        } else {
          ++i;
          break;
        }
      }
      if (quoted == name) return true;
    } else if (word(static_cast<unsigned char>(sql[i]))) {
      const size_t start = i;
      while (i < sql.size() && word(static_cast<unsigned char>(sql[i]))) ++i;
      if (sql.substr(start, i - start) == name) return true;
    } else {
      ++i;
    }
  }
  return false;
}

// Whether `table` has a constraint `name` of its own or from one of `parents` in `idx`.
bool HasConstraint(const Index& idx, const std::string& name, const std::string& table, const std::vector<std::string>& parents) {
  return std::any_of(idx.catalog().parts.begin(), idx.catalog().parts.end(), [&](const catalog::TablePart& o) {
    return o.c.ref.kind == Kind::kConstraint && o.c.name == name && (o.table == table || Contains(parents, o.table));
  });
}

}  // namespace

bool InheritancePlanner::NeedsRecreate(const catalog::Table& a, const catalog::Table& b) const {
  // ATTACH PARTITION makes a partition's columns inherited only, DETACH local in place: only
  // INHERIT and NO INHERIT are judged here.
  if (!a.partition_of.empty() || !b.partition_of.empty()) return false;
  bool turns_local = false;
  for (const Column& bc : b.columns) {
    const Column* ac = a.FindColumn(bc.name);
    if (ac == nullptr) continue;
    if (bc.inherited_only && !ac->inherited_only) return true;
    if (!ac->inherited_only || bc.inherited_only) continue;
    // Local once no parent gives it: only NO INHERIT of the parents that did does that.
    const bool left = std::any_of(a.inherits.begin(), a.inherits.end(), [&](const std::string& p) {
      return !Contains(b.inherits, p) && HasColumn(ctx_.from, p, bc.name);
    });
    const bool kept = std::any_of(b.inherits.begin(), b.inherits.end(), [&](const std::string& p) {
      return Contains(a.inherits, p) && HasColumn(ctx_.to, p, bc.name);
    });
    if (!left || kept) return true;
    turns_local = true;
  }
  if (!turns_local) return false;
  // A column left local by NO INHERIT keeps its place among the child's own columns (the ones
  // CREATE TABLE lists), which may not be the target's; added columns go last.
  std::vector<std::string> kept, target;
  for (const Column& ac : a.columns) {
    const Column* bc = b.FindColumn(ac.name);
    if (bc != nullptr && !bc->inherited_only) kept.push_back(ac.name);
  }
  for (const Column& bc : b.columns) {
    if (!bc.inherited_only) target.push_back(bc.name);
    if (!bc.inherited_only && a.FindColumn(bc.name) == nullptr) kept.push_back(bc.name);
  }
  return kept != target;
}

// The kept parents the child leaves and inherits again. INHERIT appends, so a kept parent the
// target lists after a new or re-joining one must re-join too. So must every kept parent after
// the first of those that give one column they all retype: a parent's ALTER COLUMN TYPE is
// refused on a child that also has the column from another parent ("cannot alter inherited
// column").
std::vector<std::string> InheritancePlanner::Rejoining(const catalog::Table& a, const catalog::Table& b) const {
  std::vector<std::string> kept;
  for (const std::string& p : a.inherits) {
    if (Contains(b.inherits, p)) kept.push_back(p);
  }
  size_t first = 0;  // the first place in the target's list from which kept parents re-join
  while (first < kept.size() && kept[first] == b.inherits[first]) ++first;
  for (const Column& col : b.columns) {
    std::vector<size_t> retyping;
    for (size_t i = 0; i < b.inherits.size(); ++i) {
      if (!Contains(kept, b.inherits[i])) continue;
      const auto* before = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, b.inherits[i]});
      const auto* after = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, b.inherits[i]});
      const Column* x = before ? before->FindColumn(col.name) : nullptr;
      const Column* y = after ? after->FindColumn(col.name) : nullptr;
      if (x != nullptr && y != nullptr && (x->type != y->type || x->collation != y->collation)) retyping.push_back(i);
    }
    if (retyping.size() >= 2) first = std::min(first, retyping[1]);
  }
  std::vector<std::string> out;
  for (size_t i = first; i < b.inherits.size(); ++i) {
    if (Contains(kept, b.inherits[i])) out.push_back(b.inherits[i]);
  }
  return out;
}

void InheritancePlanner::RejoinForRetypes() {
  for (const catalog::Table& b : ctx_.to.catalog().tables) {
    if (b.inherits.size() < 2 || ctx_.recreated_tables.count(b.c.ref.id)) continue;
    const auto* a = ctx_.from.Get<catalog::Table>(b.c.ref);
    if (a != nullptr && a->inherits == b.inherits && !Rejoining(*a, b).empty()) AlterInheritance(*a, b);
  }
}

// Parents removed (NO INHERIT) and added (INHERIT), each in a node of its own; kept parents
// that must come later in the list leave first and join again (Rejoining).
void InheritancePlanner::AlterInheritance(const catalog::Table& a, const catalog::Table& b) {
  const std::string& id = b.c.ref.id;
  const std::vector<std::string> rejoin = Rejoining(a, b);
  std::vector<NodeKey> no_inherits, leaves;
  for (const std::string& p : a.inherits) {
    // A column inherited from p can be dropped from the child only once p is no longer a parent.
    if (!Contains(b.inherits, p)) {
      const NodeKey no_inherit_node{Step::kAlter, b.c.ref, Facet::kNoInherit, p};
      ctx_.graph.Emit(no_inherit_node, absl::StrCat("ALTER TABLE ", id, " NO INHERIT ", p), absl::StrCat("stop inheriting ", p));
      no_inherits.push_back(no_inherit_node);
      // A parent with children cannot be dropped (without CASCADE).
      ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, ObjectRef{Kind::kTable, p}}, no_inherit_node);
    } else if (Contains(rejoin, p)) {
      const NodeKey leave{Step::kAlter, b.c.ref, Facet::kNoInherit, p};
      ctx_.graph.Emit(leave, absl::StrCat("ALTER TABLE ", id, " NO INHERIT ", p),
                      absl::StrCat("leave ", p, " until it is inherited again in its place"));
      leaves.push_back(leave);
    }
  }
  OrderRetypesAroundLeaves(a, b, rejoin);
  DropColumnsLeftByParents(a, b, no_inherits);
  DropChecksLeftByParents(a, b, no_inherits);
  for (const NodeKey& n : no_inherits) {
    for (const Column& col : a.columns) ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, Index::ColumnRef(a, col)}, n);
  }
  // A NOT NULL kept from a former parent can be renamed only once no parent gives it.
  if (no_inherits.empty()) {
    RenameDetachedNotNull(a, b);
  } else {
    const NodeKey renames{Step::kAlter, b.c.ref, Facet::kKeptNotNull};
    RenameDetachedNotNull(a, b, &renames);
    for (const NodeKey& n : no_inherits) ctx_.graph.OrderIfPlanned(renames, n);
  }
  const std::optional<NodeKey> helper = AddColumnsOfNewParents(a, b, rejoin);
  // INHERIT needs every column of the new parent on the child already: it runs in a node of
  // its own, after the child's columns are added or altered (they depend on the table's node),
  // and before the old parents leave, so that a column both give stays inherited only. The
  // INHERITs run in the target's order, after the re-joining parents left.
  // Unless the target declares those columns itself: a column whose last parent leaves
  // becomes the child's own, and stays so after INHERIT merges it. Then they leave first.
  bool own_in_target = false, inherited_in_target = false;
  for (const Column& col : a.columns) {
    const auto* after = ctx_.to.Get<Column>(Index::ColumnRef(b, col));
    if (!col.inherited_only || after == nullptr) continue;
    (after->inherited_only ? inherited_in_target : own_in_target) = true;
  }
  const bool leave_first = own_in_target && !inherited_in_target;
  std::optional<NodeKey> previous;
  for (const std::string& p : b.inherits) {
    if (Contains(a.inherits, p) && !Contains(rejoin, p)) continue;
    const NodeKey inherit_node{Step::kAlter, b.c.ref, Facet::kInherit, p};
    ctx_.graph.Emit(inherit_node, absl::StrCat("ALTER TABLE ", id, " INHERIT ", p),
                    absl::StrCat(Contains(a.inherits, p) ? "inherit again " : "inherit ", p));
    ctx_.graph.OrderIfPlanned(inherit_node, NodeKey{Step::kAlter, b.c.ref});
    ctx_.graph.OrderIfPlanned(inherit_node, NodeKey{Step::kCreate, ObjectRef{Kind::kTable, p}});
    for (const Column& col : b.columns) {
      for (Step s : {Step::kCreate, Step::kAlter}) ctx_.graph.OrderIfPlanned(inherit_node, NodeKey{s, Index::ColumnRef(b, col)});
    }
    // The parent's columns have their target types (INHERIT requires the child's to match).
    if (const auto* parent = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, p})) {
      for (const Column& col : parent->columns) ctx_.graph.OrderIfPlanned(inherit_node, NodeKey{Step::kAlter, Index::ColumnRef(*parent, col)});
    }
    for (const NodeKey& n : no_inherits) {
      if (leave_first) {
        ctx_.graph.OrderIfPlanned(inherit_node, n);
      } else {
        ctx_.graph.OrderIfPlanned(n, inherit_node);
      }
    }
    for (const NodeKey& n : leaves) ctx_.graph.OrderIfPlanned(inherit_node, n);
    if (previous) ctx_.graph.OrderIfPlanned(inherit_node, *previous);
    previous = inherit_node;
    // A CHECK the parent gets later would recurse into the child as its own.
    for (const catalog::TablePart* check : ChecksOf(ctx_.to, {p}, {})) {
      ctx_.graph.OrderIfPlanned(inherit_node, NodeKey{Step::kCreate, check->c.ref});
    }
    if (helper) {
      ctx_.graph.OrderIfPlanned(inherit_node, NodeKey{Step::kAlter, b.c.ref, Facet::kInherit, helper->parent});
      ctx_.graph.OrderIfPlanned(*helper, inherit_node);
    }
  }
  if (helper) {
    for (const NodeKey& n : leaves) ctx_.graph.OrderIfPlanned(n, NodeKey{Step::kAlter, b.c.ref, Facet::kInherit, helper->parent});
  }
}

// A column a staying parent and a re-joining one both give is retyped by each parent's ALTER
// while the child holds it from the staying one only.
void InheritancePlanner::OrderRetypesAroundLeaves(const catalog::Table& a, const catalog::Table& b,
                                                  const std::vector<std::string>& rejoin) {
  for (const std::string& r : rejoin) {
    const NodeKey leave{Step::kAlter, b.c.ref, Facet::kNoInherit, r};
    const auto* rejoining = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, r});
    if (rejoining == nullptr) continue;
    for (const Column& col : rejoining->columns) {
      std::vector<const catalog::Table*> givers = {rejoining};
      for (const std::string& s : a.inherits) {
        const auto* staying = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, s});
        if (staying != nullptr && Contains(b.inherits, s) && !Contains(rejoin, s) && staying->FindColumn(col.name)) {
          givers.push_back(staying);
        }
      }
      if (givers.size() < 2) continue;
      for (const catalog::Table* g : givers) {
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, Index::ColumnRef(*g, *g->FindColumn(col.name))}, leave);
      }
    }
  }
}

// A column the child loses with a parent it stops inheriting: NO INHERIT of its last parent
// leaves it local, so it is dropped after. The parents that stay drop it first (their DROP
// COLUMN recursing into the child only lowers its count while another parent gives it).
void InheritancePlanner::DropColumnsLeftByParents(const catalog::Table& a, const catalog::Table& b,
                                            const std::vector<NodeKey>& no_inherits) {
  for (const Column& col : a.columns) {
    if (!col.inherited_only || b.FindColumn(col.name) != nullptr) continue;
    const bool left_local = std::any_of(a.inherits.begin(), a.inherits.end(), [&](const std::string& p) {
      return !Contains(b.inherits, p) && HasColumn(ctx_.from, p, col.name);
    });
    if (!left_local) continue;
    const ObjectRef ref = Index::ColumnRef(a, col);
    planner_.Part<ColumnPlanner>().DropColumn(ref);
    for (const NodeKey& n : no_inherits) ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, ref}, n);
    // A parent that goes drops it after the child left it (its recursion would drop the
    // child's column first, and the DROP COLUMN here would fail).
    for (const std::string& p : a.inherits) {
      const auto* parent = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, p});
      const Column* pc = parent ? parent->FindColumn(col.name) : nullptr;
      if (pc == nullptr) continue;
      const NodeKey parent_drop{Step::kDrop, Index::ColumnRef(*parent, *pc)};
      for (const NodeKey& n : no_inherits) {
        if (Contains(b.inherits, p)) {
          ctx_.graph.OrderIfPlanned(n, parent_drop);
        } else {
          ctx_.graph.OrderIfPlanned(parent_drop, n);
        }
      }
    }
  }
}

// A CHECK constraint the child had only from parents it leaves stays on it, local; dropped
// after the NO INHERIT (before the child's columns it reads go).
void InheritancePlanner::DropChecksLeftByParents(const catalog::Table& a, const catalog::Table& b,
                                           const std::vector<NodeKey>& no_inherits) {
  if (no_inherits.empty()) return;
  const NodeKey drops{Step::kAlter, b.c.ref, Facet::kNoInherit, "checks"};
  for (const catalog::TablePart* part : ChecksOf(ctx_.from, a.inherits, b.inherits)) {
    // One the child declares only in the target is left too, then added as the target has it.
    const ObjectRef own{Kind::kConstraint, absl::StrCat(b.c.ref.id, ".", pg::QuoteIdent(part->c.name))};
    const bool added_as_own = ctx_.to.Get<catalog::TablePart>(own) != nullptr && ctx_.from.Get<catalog::TablePart>(own) == nullptr;
    if (!added_as_own && HasConstraint(ctx_.to, part->c.name, b.c.ref.id, b.inherits)) continue;
    // IF EXISTS: the child's own of that name, if the target drops it too, goes by its own change.
    ctx_.graph.Emit(drops, absl::StrCat("ALTER TABLE ", b.c.ref.id, " DROP CONSTRAINT IF EXISTS ", pg::QuoteIdent(part->c.name)),
                    absl::StrCat("drop the constraint ", part->c.name, " its former parents left on ", b.c.ref.id));
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, own}, drops);
  }
  for (const NodeKey& n : no_inherits) ctx_.graph.OrderIfPlanned(drops, n);
  for (const Column& col : a.columns) ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, Index::ColumnRef(a, col)}, drops);
}

// No ALTER clears a CHECK's conislocal, and a child cannot drop a constraint it also
// inherits. So each ancestor that gives the constraint and keeps it drops its own first (the
// child's copy is then local only, and goes), and adds it again after, which recurses: the
// child gets it inherited only. A parent that only inherits it passes the question up to its
// own parents. The re-add checks the rows of the ancestor and its descendants, as any ADD does.
absl::Status InheritancePlanner::LeaveCheckToParents(const catalog::TablePart& check) {
  if (check.constraint_type != 'c') return absl::OkStatus();
  std::vector<ObjectRef> givers;
  std::set<std::string> seen;
  CheckGivers(check.table, check.c.name, seen, givers);
  const NodeKey child_drop{Step::kDrop, check.c.ref};
  for (const ObjectRef& giver : givers) {
    RETURN_IF_ERROR(planner_.Recreate(giver));
    ctx_.graph.OrderIfPlanned(child_drop, NodeKey{Step::kDrop, giver});
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, giver}, child_drop);
  }
  return absl::OkStatus();
}

// The CHECKs `name` that parents of `table` kept on both sides declare and keep inheritable,
// looking through parents that only inherit it (they hold no part of that name).
void InheritancePlanner::CheckGivers(const std::string& table, const std::string& name, std::set<std::string>& seen,
                               std::vector<ObjectRef>& out) const {
  const auto* a = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
  const auto* b = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
  if (a == nullptr || b == nullptr) return;
  for (const std::string& p : b->inherits) {
    if (!Contains(a->inherits, p) || !seen.insert(p).second) continue;  // a new parent's INHERIT merges instead
    const ObjectRef parents{Kind::kConstraint, absl::StrCat(p, ".", pg::QuoteIdent(name))};
    const auto* before = ctx_.from.Get<catalog::TablePart>(parents);
    const auto* after = ctx_.to.Get<catalog::TablePart>(parents);
    if (before == nullptr && after == nullptr) {
      CheckGivers(p, name, seen, out);
    } else if (before != nullptr && after != nullptr && after->constraint_type == 'c' && !before->no_inherit &&
               !after->no_inherit) {
      out.push_back(parents);
    }
  }
}

// The columns and CHECK constraints the new and re-joining parents bring that the child lacks or
// would hold from no parent while they are away, added through a helper parent (see the top of
// the file); the node that removes the helper is returned.
std::optional<NodeKey> InheritancePlanner::AddColumnsOfNewParents(const catalog::Table& a, const catalog::Table& b,
                                                                  const std::vector<std::string>& rejoin) {
  std::vector<std::string> staying;  // the parents the child keeps throughout
  for (const std::string& p : a.inherits) {
    if (!Contains(rejoin, p)) staying.push_back(p);
  }
  auto staying_give = [&](const std::string& column) {
    return std::any_of(b.inherits.begin(), b.inherits.end(), [&](const std::string& p) {
      return Contains(staying, p) && HasColumn(ctx_.to, p, column);
    });
  };
  std::vector<std::string> adds;
  std::set<std::string> added;
  for (const Column& col : b.columns) {
    if (!col.inherited_only || staying_give(col.name)) continue;
    const Column* before = a.FindColumn(col.name);
    // A parent kept adds a new one itself, recursing; one the child has keeps a parent only
    // if a re-joining parent gave it.
    if (before != nullptr && !(before->inherited_only && std::any_of(rejoin.begin(), rejoin.end(), [&](const std::string& p) {
                                 return HasColumn(ctx_.to, p, col.name);
                               }))) {
      continue;
    }
    adds.push_back(absl::StrCat("ADD COLUMN ", ColumnDefinition(col)));
    added.insert(col.name);
  }
  std::vector<std::string> check_adds, read_by;  // read_by: the helper's expressions
  std::vector<NodeKey> own_drops;
  for (const Column& col : b.columns) {
    if (added.count(col.name) && col.generated && col.default_expr) read_by.push_back(*col.default_expr);
  }
  for (const catalog::TablePart* part : ChecksOf(ctx_.to, b.inherits, staying)) {
    // The child's own constraint of that name merges, as do those its other parents give;
    // one it keeps only inherited goes first, and comes back through the helper.
    const ObjectRef own{Kind::kConstraint, absl::StrCat(a.c.ref.id, ".", pg::QuoteIdent(part->c.name))};
    const bool own_goes = ctx_.from.Get<catalog::TablePart>(own) != nullptr && ctx_.to.Get<catalog::TablePart>(own) == nullptr;
    if (own_goes) own_drops.push_back(NodeKey{Step::kDrop, own});
    if (own_goes || !HasConstraint(ctx_.from, part->c.name, a.c.ref.id, staying)) {
      check_adds.push_back(absl::StrCat("ADD CONSTRAINT ", pg::QuoteIdent(part->c.name), " ", part->definition));
      read_by.push_back(part->definition);
    }
  }
  // The columns those expressions read the helper needs too: added first, they merge into the
  // child's (its count of parents up, then down again). Only those: one a parent retypes
  // meanwhile must have no other parent on the child.
  std::vector<std::string> reads;
  for (const Column& col : b.columns) {
    if (col.generated || a.FindColumn(col.name) == nullptr || added.count(col.name) ||
        std::none_of(read_by.begin(), read_by.end(), [&](const std::string& e) { return NamesIdentifier(e, col.name); })) {
      continue;
    }
    Column plain;
    plain.name = col.name;
    plain.type = col.type;
    plain.collation = col.collation;
    reads.push_back(absl::StrCat("ADD COLUMN ", ColumnDefinition(plain)));
  }
  adds.insert(adds.begin(), reads.begin(), reads.end());
  adds.insert(adds.end(), check_adds.begin(), check_adds.end());
  if (adds.empty()) return std::nullopt;
  const std::string& id = b.c.ref.id;
  const std::string helper = absl::StrCat(pg::QuoteIdent(b.c.schema), ".", pg::QuoteIdent(AsideName(b.c.name, "__schemad_parent")));
  const NodeKey setup{Step::kAlter, b.c.ref, Facet::kInherit, helper};
  ctx_.graph.Emit(setup, absl::StrCat("CREATE TABLE ", helper, " ()"), absl::StrCat("helper parent of ", id));
  ctx_.graph.Emit(setup, absl::StrCat("ALTER TABLE ", id, " INHERIT ", helper), absl::StrCat("inherit the helper parent of ", id));
  for (const std::string& add : adds) {
    // Recursing, it locks the child (and its own children) as an ALTER TABLE on it would.
    ctx_.graph.At(setup).statements.push_back(Statement{absl::StrCat("ALTER TABLE ", helper, " ", add),
                                                        absl::StrCat("give ", id, " what its new or re-joining parents have, inherited only"),
                                                        {AccessExclusive(id)}, true, "ACCESS EXCLUSIVE"});
  }
  ctx_.graph.OrderIfPlanned(setup, NodeKey{Step::kAlter, b.c.ref});
  for (const NodeKey& drop : own_drops) ctx_.graph.OrderIfPlanned(setup, drop);
  for (const std::string& p : b.inherits) {
    ctx_.graph.OrderIfPlanned(setup, NodeKey{Step::kCreate, ObjectRef{Kind::kTable, p}});
    ctx_.graph.OrderIfPlanned(setup, NodeKey{Step::kAlter, ObjectRef{Kind::kTable, p}});
    // The helper's columns take the target's types: a re-joining parent's are retyped first.
    const auto* parent = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, p});
    if (parent == nullptr || !Contains(rejoin, p)) continue;
    for (const Column& col : parent->columns) {
      if (added.count(col.name)) ctx_.graph.OrderIfPlanned(setup, NodeKey{Step::kAlter, Index::ColumnRef(*parent, col)});
    }
  }
  const NodeKey teardown{Step::kAlter, b.c.ref, Facet::kNoInherit, helper};
  ctx_.graph.Emit(teardown, absl::StrCat("ALTER TABLE ", id, " NO INHERIT ", helper), absl::StrCat("leave the helper parent of ", id));
  ctx_.graph.Emit(teardown, absl::StrCat("DROP TABLE ", helper), absl::StrCat("drop the helper parent of ", id));
  ctx_.graph.OrderIfPlanned(teardown, setup);
  return teardown;
}

// 18: a detached partition or child keeps its parent's NOT NULL constraint names, now local.
void InheritancePlanner::RenameDetachedNotNull(const catalog::Table& a, const catalog::Table& b, const NodeKey* node) {
  if (!catalog::HasNotNullConstraints(ctx_.target)) return;
  for (const Column& bc : b.columns) {
    const Column* ac = a.FindColumn(bc.name);
    if (!bc.not_null || bc.inherited_only || ac == nullptr || !ac->inherited_only || !ac->not_null ||
        ac->not_null_constraint.empty()) {
      continue;
    }
    const std::string name = planner_.Part<ColumnPlanner>().NotNullName(b.c.name, bc);
    if (name == ac->not_null_constraint) continue;
    ctx_.graph.Emit(node != nullptr ? *node : NodeKey{Step::kAlter, b.c.ref},
                    absl::StrCat("ALTER TABLE ", b.c.ref.id, " RENAME CONSTRAINT ", pg::QuoteIdent(ac->not_null_constraint),
                                 " TO ", pg::QuoteIdent(name)),
                    absl::StrCat("rename the NOT NULL constraint of ", bc.name, " it kept from its parent"));
  }
}

}  // namespace schemaservice::plan::internal
