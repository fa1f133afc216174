#include "service/plan/planner.h"

// What is dropped and re-created around a change, and possible renames.

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

absl::Status DependentsPlanner::RecreateDependents() {
  std::vector<ObjectRef> work;
  for (const auto& [key, node] : ctx_.graph.nodes()) {
    if (key.step == Step::kDrop && key.facet == Facet::kWhole) work.push_back(key.ref);
  }
  // ALTER COLUMN TYPE recurses into the partitions and inheritance children, whose columns
  // of that name change type with it: what uses those (a view on a partition) goes around it.
  std::set<ObjectRef> retyped(ctx_.type_changed_columns.begin(), ctx_.type_changed_columns.end());
  std::map<ObjectRef, ObjectRef> retyped_by;  // a child's column -> the column (or type) whose ALTER retypes it
  for (const ObjectRef& r : ctx_.type_changed_columns) {
    const Obj* o = ctx_.from.Find(r);
    if (o == nullptr || !o->has_owner()) continue;
    const std::string column = r.id.substr(o->owner().id.size());
    std::vector<std::string> tables = {o->owner().id};
    for (size_t i = 0; i < tables.size(); ++i) {
      for (const catalog::Table& t : ctx_.from.catalog().tables) {
        const bool child = t.partition_of == tables[i] ||
                           std::find(t.inherits.begin(), t.inherits.end(), tables[i]) != t.inherits.end();
        if (!child || std::find(tables.begin(), tables.end(), t.c.ref.id) != tables.end()) continue;
        const ObjectRef inherited{Kind::kColumn, t.c.ref.id + column};
        if (!ctx_.from.Find(inherited)) continue;
        tables.push_back(t.c.ref.id);
        retyped.insert(inherited);
        retyped_by.emplace(inherited, r);
      }
    }
  }
  // A type rebuild's conversions are ALTER COLUMN TYPE too, in the type's node.
  for (const auto& [column, type] : ctx_.converted_by_type) {
    if (retyped.insert(column).second) retyped_by.emplace(column, type);
  }
  for (const ObjectRef& r : retyped) work.push_back(r);
  // DROP IDENTITY drops the column's sequence, which PostgreSQL refuses while a view reads it
  // or another column's default calls it: those go before and come back after.
  std::map<ObjectRef, NodeKey> identity_drops;  // the identity sequence -> its DROP IDENTITY
  for (const auto& [key, node] : ctx_.graph.nodes()) {
    if (key.step != Step::kDrop || key.facet != Facet::kIdentity || key.ref.kind != Kind::kColumn) continue;
    const Obj* o = ctx_.from.Find(key.ref);
    const auto* a = ctx_.from.Get<Column>(key.ref);
    if (o == nullptr || a == nullptr || !a->identity) continue;
    const auto [schema, name] = planner_.Part<IdentityPlanner>().IdentitySequence(o->owner().id, ctx_.from, *a);
    identity_drops.emplace(ObjectRef{Kind::kSequence, absl::StrCat(schema, ".", name)}, key);
  }
  for (const auto& [seq, drop] : identity_drops) work.push_back(seq);
  for (const ObjectRef& r : ctx_.forced_recreate) {
    RETURN_IF_ERROR(planner_.Recreate(r));
    work.push_back(r);
  }
  std::set<ObjectRef> seen(work.begin(), work.end());
  std::set<ObjectRef> readded;  // retyped columns found re-added whole, seen once more
  while (!work.empty()) {
    const ObjectRef r = work.back();
    work.pop_back();
    const bool retyped_column = retyped.count(r) > 0 && !Has(Step::kDrop, r);
    const Obj* r_obj = ctx_.from.Find(r);
    for (const ObjectRef& d : planner_.Part<Orderer>().DependentsOf(r, ctx_.from)) {
      if (!ctx_.to.Find(d)) continue;
      const auto* domain = d.kind == Kind::kType ? ctx_.from.Get<catalog::Type>(d) : nullptr;
      if (domain && domain->kind == 'd' && r.kind == Kind::kFunction &&
          (!Has(Step::kDrop, d) || ctx_.rebuilt_types.count(d))) {
        // Its checks call the function: they go around it, the domain and its columns stay
        // (a domain rebuilt aside too: its old checks go before the function).
        planner_.Part<TypePlanner>().DomainChecksApart(*domain, *ctx_.to.Get<catalog::Type>(d), /*all=*/true);
        continue;
      }
      if (d.kind == Kind::kFunction && r.kind == Kind::kFunction && !Has(Step::kDrop, d) && Has(Step::kAlter, d) &&
          ctx_.to.Find(r) == nullptr && ctx_.from.Get<catalog::Function>(d)->kind == 'a') {
        // An aggregate replaced in place (CREATE OR REPLACE AGGREGATE) lets go of its old
        // support function, which goes after, and keeps what uses it.
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, r}, NodeKey{Step::kAlter, d});
        continue;
      }
      if (Has(Step::kDrop, d)) {
        // A function re-created by another path (a range rebuilt under it): what uses it is
        // seen to as well, as if it had been re-created here.
        if (d.kind == Kind::kFunction && Has(Step::kCreate, d) && seen.insert(d).second) work.push_back(d);
        continue;
      }
      const Obj* d_obj = ctx_.from.Find(d);
      // A column's table, indexes and constraints are rebuilt by ALTER COLUMN TYPE itself,
      // except a foreign key whose column crosses type families: its other end is retyped
      // too, and between the two ALTERs the key would join text to integer, which
      // PostgreSQL refuses ("cannot be implemented"). It goes before and comes back after.
      if (retyped_column && d.kind == Kind::kConstraint && ForeignKeyBreaksMidway(d, r)) {
        RETURN_IF_ERROR(planner_.Recreate(d));
        continue;
      }
      if (retyped_column && (d.kind == Kind::kIndex || d.kind == Kind::kConstraint || d.kind == Kind::kTable ||
                             d.kind == Kind::kStatistics)) {
        continue;
      }
      // A part goes with its own table, not with the table it depends on.
      if (r_obj && r_obj->kind == Kind::kTable && d_obj->has_owner() && d_obj->owner() == r) continue;
      if (d.kind == Kind::kTable && r.kind == Kind::kTable && Has(Step::kDrop, r)) {
        // Partitions and inheritance children go with a dropped parent, and are recreated
        // with a recreated one (each keeping its own rows). Not one that leaves the tree:
        // detached, it keeps its rows.
        const auto* child = ctx_.from.Get<catalog::Table>(d);
        const auto* child_after = ctx_.to.Get<catalog::Table>(d);
        const auto inherits = [&](const catalog::Table* t) {
          return std::find(t->inherits.begin(), t->inherits.end(), r.id) != t->inherits.end();
        };
        const bool goes_with_parent = (child->partition_of == r.id && child_after->partition_of == r.id) ||
                                      (child_after != nullptr && inherits(child) && inherits(child_after));
        if (goes_with_parent && !ctx_.recreated_tables.count(d.id)) RETURN_IF_ERROR(planner_.Part<TablePlanner>().RecreateTable(d));
        // And what uses the partition itself (a view on it) with it.
        if (goes_with_parent && seen.insert(d).second) work.push_back(d);
        continue;
      }
      if (d.kind == Kind::kTable && r.kind == Kind::kForeignServer) {
        // Its rows live on the server: made again on the new one, nothing is lost.
        if (!ctx_.recreated_tables.count(d.id)) RETURN_IF_ERROR(planner_.Part<TablePlanner>().RecreateTable(d));
        if (seen.insert(d).second) work.push_back(d);  // and what uses it with it
        continue;
      }
      if (d.kind == Kind::kTable || d.kind == Kind::kSchema || d.kind == Kind::kSequence) continue;
      // An extension leaving a dropped schema moves (ALTER EXTENSION ... SET SCHEMA, before the drop).
      if (d.kind == Kind::kExtension && r.kind == Kind::kSchema &&
          ctx_.to.Get<catalog::Extension>(d)->c.schema != ctx_.from.Get<catalog::Schema>(r)->c.name) {
        continue;
      }
      // A dictionary that goes is unmapped by its configurations' ALTER (no mapping in `to`
      // can name it), which the orderer runs before the drop: they stay.
      if (d.kind == Kind::kTextSearchConfiguration && r.kind == Kind::kTextSearchDictionary && !ctx_.to.Find(r)) {
        continue;
      }
      if (auto identity = identity_drops.find(r); identity != identity_drops.end()) {
        if (d == identity->second.ref) continue;  // the column itself
        ctx_.graph.OrderIfPlanned(identity->second, NodeKey{Step::kDrop, d});
        ctx_.graph.OrderIfPlanned(identity->second, NodeKey{Step::kDrop, d, Facet::kDefault});
      }
      if (d.kind == Kind::kColumn) {
        RETURN_IF_ERROR(RestoreColumnAround(d, r));
        // A generated column re-added whole takes its indexes and views with it (seen again
        // when first seen as retyped in place, whose indexes ALTER COLUMN TYPE would keep).
        if (Has(Step::kDrop, d) && (seen.insert(d).second || (retyped.count(d) && readded.insert(d).second))) {
          work.push_back(d);
        }
        continue;
      }
      if (d.kind == Kind::kType) {
        RETURN_IF_ERROR(planner_.Part<TypePlanner>().RecreateType(d));
      } else {
        RETURN_IF_ERROR(planner_.Recreate(d));
      }
      if (auto by = retyped_by.find(r); by != retyped_by.end()) {
        // A type's ALTER ... converting the column stands for the column's own.
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, by->second}, NodeKey{Step::kDrop, d});
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, d}, NodeKey{Step::kAlter, by->second});
      }
      if (seen.insert(d).second) work.push_back(d);
    }
  }
  return absl::OkStatus();
}

// Types between which a foreign key holds through a cross-type equality operator (the
// btree families of integers, of text and varchar, of floats, of dates and timestamps): a
// key joining one of them to another stays valid between its two ends' ALTERs.
static std::string TypeFamily(const Column& c) {
  static const std::map<std::string, std::string> kFamily = {
      {"smallint", "int"}, {"integer", "int"}, {"bigint", "int"},
      {"text", "text"}, {"character varying", "text"},
      {"real", "float"}, {"double precision", "float"},
      {"date", "datetime"}, {"timestamp without time zone", "datetime"}, {"timestamp with time zone", "datetime"}};
  auto it = kFamily.find(c.type_name);
  return it == kFamily.end() ? c.type_name : it->second;
}

bool DependentsPlanner::ForeignKeyBreaksMidway(const ObjectRef& constraint, const ObjectRef& column) const {
  const auto* part = ctx_.from.Get<catalog::TablePart>(constraint);
  const auto* a = ctx_.from.Get<Column>(column);
  const auto* b = ctx_.to.Get<Column>(column);
  return part && part->constraint_type == 'f' && a && b && TypeFamily(*a) != TypeFamily(*b);
}

// A column whose default or generation expression uses an object that is dropped and
// recreated: take the default off before, put it back after.
absl::Status DependentsPlanner::RestoreColumnAround(const ObjectRef& column, const ObjectRef& cause) {
  if (ctx_.handled_columns.count(column) && cause.kind == Kind::kFunction && !Has(Step::kCreate, column)) {
    // Converted by a type rebuild, which drops its default and restores it around the
    // conversion: a default that calls a function re-created goes before that function's
    // drop instead, and comes back after its create.
    const std::string drop_description = absl::StrCat("drop default of ", column.id, " during the type rebuild");
    const std::string restore_description = absl::StrCat("restore default of ", column.id);
    for (auto& [key, node] : ctx_.graph.nodes()) {
      if (key.ref.kind != Kind::kType || key.facet != Facet::kWhole) continue;
      auto& st = node.statements;
      for (auto it = st.begin(); it != st.end();) {
        if (it->description == drop_description) {
          ctx_.graph.Emit(NodeKey{Step::kDrop, column, Facet::kDefault}, it->sql,
                          absl::StrCat("drop default of ", column.id, " while ", cause.id, " is replaced"));
          it = st.erase(it);
        } else if (it->description == restore_description) {
          ctx_.graph.Emit(NodeKey{Step::kCreate, column, Facet::kDefault}, it->sql, restore_description);
          ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, column, Facet::kDefault}, key);
          it = st.erase(it);
        } else {
          ++it;
        }
      }
    }
    return absl::OkStatus();
  }
  if (ctx_.handled_columns.count(column) || Has(Step::kCreate, column) || planner_.Part<Orderer>().HasDefaultHolder(column)) {
    return absl::OkStatus();
  }
  const Obj* o = ctx_.from.Find(column);
  const auto* a = ctx_.from.Get<Column>(column);
  const auto* b = ctx_.to.Get<Column>(column);
  if (ctx_.new_tables.count(o->owner().id)) return absl::OkStatus();
  if (a->generated || (cause.kind == Kind::kColumn)) {
    if (a->generated) {
      // Re-added whole: a SET EXPRESSION planned for it (17+) would hit the dropped column.
      ctx_.graph.Erase(NodeKey{Step::kAlter, column});
      RETURN_IF_ERROR(planner_.DropObject(column));
      return planner_.CreateObject(column);
    }
    return absl::OkStatus();
  }
  // A column retyped (or moved to another collation) away from what goes: its ALTER drops the default before the type
  // changes and sets the new one after, and the drop waits for that ALTER.
  if ((a->type != b->type || a->collation != b->collation) && !a->generated && !b->generated && !Has(Step::kDrop, column)) {
    // Unless its default calls a function that goes: that ALTER waits for the new function,
    // so the old default goes first, apart, and the function's drop waits for that instead.
    if (a->default_expr && cause.kind == Kind::kFunction) {
      std::vector<Statement>& st = ctx_.graph.At(Step::kAlter, column).statements;
      const std::string before_retype = absl::StrCat("drop default of ", column.id, " before its type changes");
      st.erase(std::remove_if(st.begin(), st.end(), [&](const Statement& s) { return s.description == before_retype; }),
               st.end());
      ctx_.graph.Emit(NodeKey{Step::kDrop, column, Facet::kDefault},
                      absl::StrCat("ALTER TABLE ", o->owner().id, " ALTER COLUMN ", pg::QuoteIdent(a->name), " DROP DEFAULT"),
                      absl::StrCat("drop default of ", column.id, " while ", cause.id, " is replaced"));
    }
    return absl::OkStatus();
  }
  if (cause.kind == Kind::kType && a->type == b->type && !ctx_.to.Find(cause) &&
      ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, cause.id}) != nullptr) {
    // A table of the same name replaces the type: the column holds text across.
    planner_.Part<ColumnPlanner>().HoldAsText(column, absl::StrCat(cause.id, " becomes a table"), NodeKey{Step::kDrop, cause},
                                  NodeKey{Step::kCreate, ObjectRef{Kind::kTable, cause.id}});
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, ObjectRef{Kind::kTable, cause.id}}, NodeKey{Step::kDrop, cause});
    return absl::OkStatus();
  }
  if (cause.kind == Kind::kType || cause.kind == Kind::kCollation) {
    // The column's own type: only enum rebuilds convert columns in place.
    if (!a->default_expr || a->type == b->type) {
      return absl::UnimplementedError(absl::StrCat("cannot plan yet: ", column.id, " uses ", cause.id,
                                                   ", which must be recreated; change it in two migrations"));
    }
  }
  if (!a->default_expr) return absl::OkStatus();
  const std::string alter = absl::StrCat("ALTER TABLE ", o->owner().id, " ALTER COLUMN ", pg::QuoteIdent(a->name));
  ctx_.graph.Emit(NodeKey{Step::kDrop, column, Facet::kDefault}, absl::StrCat(alter, " DROP DEFAULT"),
                  absl::StrCat("drop default of ", column.id, " while ", cause.id, " is replaced"));
  if (b->default_expr && !Has(Step::kAlter, column)) {
    ctx_.graph.Emit(NodeKey{Step::kCreate, column, Facet::kDefault}, absl::StrCat(alter, " SET DEFAULT ", *b->default_expr),
                    absl::StrCat("restore default of ", column.id));
  }
  return absl::OkStatus();
}

// DROP OPERATOR clears the COMMUTATOR and NEGATOR links other operators have to it, and no
// ALTER sets them before 17: an operator kept that names a dropped one (a shell in the target,
// or one made again without naming it back) is re-created after the drop, making the link (and
// the shell) again. Matched by name: one of another argument list is re-created for nothing.
absl::Status DependentsPlanner::RelinkOperators() {
  for (const catalog::DefinedObject& x : ctx_.from.catalog().defined_objects) {
    if (x.c.ref.kind != Kind::kOperator || !Has(Step::kDrop, x.c.ref)) continue;
    const auto names = [](const catalog::DefinedObject& o, const catalog::DefinedObject& other) {
      const std::string named = absl::StrCat("OPERATOR(", pg::QuoteIdent(other.c.schema), ".", other.c.name, ")");
      return absl::StrContains(o.definition, absl::StrCat("COMMUTATOR = ", named)) ||
             absl::StrContains(o.definition, absl::StrCat("NEGATOR = ", named));
    };
    const auto* x_again = ctx_.to.Get<catalog::DefinedObject>(x.c.ref);
    for (const catalog::DefinedObject& y : ctx_.to.catalog().defined_objects) {
      if (y.c.ref.kind != Kind::kOperator || y.c.ref == x.c.ref || !ctx_.from.Find(y.c.ref) || !names(y, x)) continue;
      if (x_again != nullptr && names(*x_again, y)) continue;  // made again naming it back
      if (!Has(Step::kDrop, y.c.ref)) RETURN_IF_ERROR(planner_.Recreate(y.c.ref));
      ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, y.c.ref}, NodeKey{Step::kDrop, x.c.ref});
    }
  }
  return absl::OkStatus();
}

// A column of an OID alias type (regclass, regconfig, ...) holds the object's OID, which no
// dependency protects: while the plan drops and makes again an object of that kind, the column
// holds text (the object's name), so its values name the new object after.
namespace {

const std::map<std::string, std::vector<Kind>>& OidAliases() {
  static const auto* aliases = new std::map<std::string, std::vector<Kind>>{
      {"regclass", {Kind::kTable, Kind::kView, Kind::kSequence, Kind::kIndex}},
      {"regtype", {Kind::kType, Kind::kTable}},
      {"regproc", {Kind::kFunction}},
      {"regprocedure", {Kind::kFunction}},
      {"regoper", {Kind::kOperator}},
      {"regoperator", {Kind::kOperator}},
      {"regconfig", {Kind::kTextSearchConfiguration}},
      {"regdictionary", {Kind::kTextSearchDictionary}},
      {"regnamespace", {Kind::kSchema}},
      {"regcollation", {Kind::kCollation}}};
  return *aliases;
}

}  // namespace

void DependentsPlanner::RefuseDanglingOidAliases() {
  for (const auto& [alias, kinds] : OidAliases()) {
    std::vector<NodeKey> drops;  // of what goes for good
    std::vector<std::string> names, literals;
    for (const auto& [key, node] : ctx_.graph.nodes()) {
      const ObjectRef& r = key.ref;
      if (key.step != Step::kDrop || key.facet != Facet::kWhole || Has(Step::kCreate, r) || ctx_.to.Find(r) ||
          std::find(kinds.begin(), kinds.end(), r.kind) == kinds.end() || r.kind == Kind::kOperator) {
        continue;
      }
      std::string name = r.id;  // as the alias type's input reads it
      if (r.kind == Kind::kIndex) {
        const auto* index = ctx_.from.Get<catalog::TablePart>(r);
        if (index == nullptr) continue;
        name = absl::StrCat(pg::QuoteIdent(index->c.schema), ".", pg::QuoteIdent(index->c.name));
      }
      const std::string input = r.kind == Kind::kFunction && alias == "regproc" ? "regprocedure" : alias;
      drops.push_back(key);
      names.push_back(r.id);
      literals.push_back(absl::StrCat(pg::QuoteLiteral(name), input == alias ? "" : absl::StrCat("::", input), "::", alias));
    }
    if (drops.empty()) continue;
    const std::string list = absl::StrCat("ARRAY[", absl::StrJoin(literals, ", "), "]");
    // Every column of the type (or an array of it) the target keeps; its check runs before
    // its table is made again.
    for (const catalog::Table& t : ctx_.from.catalog().tables) {
      if (t.kind == 'f') continue;  // its rows are a remote server's, not the plan's to read
      for (const Column& col : t.columns) {
        const bool array = col.type == absl::StrCat(alias, "[]");
        if (col.type != alias && !array) continue;
        const ObjectRef holder = Index::ColumnRef(t, col);
        if (ctx_.to.Find(holder) == nullptr) continue;  // its rows go with it
        const std::string message = absl::StrReplaceAll(
            absl::StrCat(holder.id, " holds the OID of an object this plan drops (one of ", absl::StrJoin(names, ", "),
                         "), which would dangle: change or clear those rows first"),
            {{"%", "%%"}});
        const NodeKey check{Step::kDrop, holder, Facet::kRows};
        ctx_.graph.Emit(check, absl::StrCat("DO ", pg::QuoteDollar(absl::StrCat(
                                   "BEGIN IF EXISTS (SELECT 1 FROM ONLY ", t.c.ref.id, " WHERE ", pg::QuoteIdent(col.name),
                                   array ? " && " : " = ANY (", list, array ? "" : ")", ") THEN RAISE EXCEPTION ",
                                   pg::QuoteLiteral(message), "; END IF; END"))),
                        absl::StrCat("check that no row of ", holder.id, " names what the plan drops"));
        for (const NodeKey& drop : drops) ctx_.graph.OrderIfPlanned(drop, check);
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, t.c.ref}, check);
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, holder}, check);
      }
    }
  }
}

void DependentsPlanner::HoldOidAliases(bool predict) {
  const auto& kAliases = OidAliases();
  // Made again: dropped and created. Before RecreateDependents, also what it will likely
  // re-create, everything kept that uses what goes or is retyped (an index ALTER COLUMN TYPE
  // rebuilds gets a new OID too): the held column's own dependents must be known by then. A
  // guess too wide costs a second rewrite, one too narrow a dangling OID.
  std::vector<ObjectRef> remade;
  std::vector<ObjectRef> work(ctx_.type_changed_columns.begin(), ctx_.type_changed_columns.end());
  for (const auto& [key, node] : ctx_.graph.nodes()) {
    if (key.step != Step::kDrop || key.facet != Facet::kWhole) continue;
    work.push_back(key.ref);
    if (Has(Step::kCreate, key.ref)) remade.push_back(key.ref);
  }
  std::set<ObjectRef> seen(work.begin(), work.end());
  while (predict && !work.empty()) {
    const ObjectRef r = work.back();
    work.pop_back();
    for (const ObjectRef& d : planner_.Part<Orderer>().DependentsOf(r, ctx_.from)) {
      if (ctx_.to.Find(d) == nullptr || !seen.insert(d).second) continue;
      remade.push_back(d);
      work.push_back(d);
    }
  }
  for (const auto& [alias, kinds] : kAliases) {
    std::vector<ObjectRef> of_kind;
    for (const ObjectRef& r : remade) {
      if (std::find(kinds.begin(), kinds.end(), r.kind) != kinds.end()) of_kind.push_back(r);
    }
    if (of_kind.empty()) continue;
    for (const ObjectRef& holder : planner_.Part<ColumnPlanner>().ColumnsOfType(alias)) {
      // Not around what uses the column itself (a view reading it goes before it is held):
      // a row naming such an object fails the read-back, and the plan with it.
      std::set<ObjectRef> users = {holder};
      std::vector<ObjectRef> next = {holder};
      while (!next.empty()) {
        const ObjectRef u = next.back();
        next.pop_back();
        for (const ObjectRef& d : planner_.Part<Orderer>().DependentsOf(u, ctx_.from)) {
          if (users.insert(d).second) next.push_back(d);
        }
      }
      for (const ObjectRef& r : of_kind) {
        if (users.count(r)) continue;
        planner_.Part<ColumnPlanner>().HoldAsText(holder, absl::StrCat(r.id, " is made again"), NodeKey{Step::kDrop, r},
                                      NodeKey{Step::kCreate, r});
      }
    }
  }
}

void DependentsPlanner::MarkPossibleRenames() {
  std::map<std::string, std::vector<ObjectRef>> dropped_shapes, created_shapes;
  auto table_shape = [](const catalog::Table& t) {
    std::vector<std::string> cols;
    for (const Column& c : t.columns) cols.push_back(absl::StrCat(c.name, " ", c.type));
    std::sort(cols.begin(), cols.end());
    return absl::StrCat("table ", absl::StrJoin(cols, ","));  // moved between schemas counts too
  };
  auto column_shape = [](const Obj& o, const Column& c) {
    return absl::StrCat("column ", o.owner().id, " ", c.type);
  };
  for (const Change& c : ctx_.changes) {
    if (c.ref.kind == Kind::kTable && c.action != Action::kAlter) {
      const Index& idx = c.action == Action::kDrop ? ctx_.from : ctx_.to;
      (c.action == Action::kDrop ? dropped_shapes : created_shapes)[table_shape(*idx.Get<catalog::Table>(c.ref))].push_back(c.ref);
    }
    if (c.ref.kind == Kind::kColumn && c.action != Action::kAlter) {
      const Index& idx = c.action == Action::kDrop ? ctx_.from : ctx_.to;
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
        const Hazard h = RuleHazard(Rule::kPossibleRename,
                                    absl::StrCat(d.id, " is dropped and ", a.id, " of the same shape is added: if this is a rename, "
                                                 "the data is lost unless you say so"),
                                    absl::StrCat("if it is a rename, plan again with ", flag,
                                                 " (the Diff/Generate renames field): ALTER ... RENAME keeps the data"));
        ctx_.graph.AddHazard(Step::kDrop, d, h);
        ctx_.graph.AddHazard(Step::kCreate, a, h);
      }
    }
  }
}

}  // namespace schemaservice::plan::internal
