#include "service/plan/planner.h"

// Enums, composite, range and base types, and rebuilds of any type (domains changed in
// place: plan_domains.cc).

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"
#include "service/plan/rename_text.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {

static std::string CreateTypeSql(const catalog::Type& t) {
  switch (t.kind) {
    case 'e': {
      std::vector<std::string> labels;
      for (const std::string& l : t.labels) labels.push_back(pg::QuoteLiteral(l));
      return absl::StrCat("CREATE TYPE ", t.c.ref.id, " AS ENUM (", absl::StrJoin(labels, ", "), ")");
    }
    case 'd': {
      std::string def = t.definition;
      if (!t.not_null_name.empty() && absl::EndsWith(def, " NOT NULL")) {
        def = absl::StrCat(def.substr(0, def.size() - 9), " CONSTRAINT ", pg::QuoteIdent(t.not_null_name), " NOT NULL");
      }
      std::string sql = absl::StrCat("CREATE DOMAIN ", t.c.ref.id, " AS ", def);
      for (const auto& [name, def] : t.checks) {
        if (!absl::EndsWith(def, " NOT VALID")) absl::StrAppend(&sql, " CONSTRAINT ", name, " ", StableArrayCasts(def));
      }
      return sql;
    }
    case 'c': {
      std::vector<std::string> attrs;
      for (const auto& [name, type] : t.attributes) attrs.push_back(absl::StrCat(name, " ", type));
      return absl::StrCat("CREATE TYPE ", t.c.ref.id, " AS (", absl::StrJoin(attrs, ", "), ")");
    }
    case 'b': {
      std::vector<std::string> options{t.definition};
      for (const auto& [key, value] : t.settings) {
        if (value != "NONE") options.push_back(absl::StrCat(key, " = ", value));
      }
      return absl::StrCat("CREATE TYPE ", t.c.ref.id, " (", absl::StrJoin(options, ", "), ")");
    }
    default:
      return absl::StrCat("CREATE TYPE ", t.c.ref.id, " AS RANGE (", t.definition, ")");
  }
}

// CREATE DOMAIN takes no NOT VALID check: added after it (after the columns a rebuild converts,
// whose values it does not hold), then the checks' comments.
static std::vector<std::string> AfterDomainSql(const catalog::Type& t) {
  std::vector<std::string> out;
  if (t.kind != 'd') return out;
  for (const auto& [name, def] : t.checks) {
    if (absl::EndsWith(def, " NOT VALID")) {
      out.push_back(absl::StrCat("ALTER DOMAIN ", t.c.ref.id, " ADD CONSTRAINT ", name, " ", StableArrayCasts(def)));
    }
  }
  for (std::string& comment : CheckCommentsSql(t.c.ref.id, {}, t.check_comments)) out.push_back(std::move(comment));
  return out;
}

std::vector<ObjectRef> TypePlanner::OwnFunctions(const Index& idx, const ObjectRef& type) {
  std::vector<ObjectRef> out;
  const auto* t = idx.Get<catalog::Type>(type);
  // A base type's I/O functions; a range type's canonical function, which takes the range.
  if (t == nullptr || (t->kind != 'b' && t->kind != 'r')) return out;
  for (const ObjectRef& f : t->c.depends_on) {
    if (f.kind != Kind::kFunction) continue;
    const auto* fn = idx.Get<catalog::Function>(f);  // null: not read (another schema)
    if (fn && std::find(fn->c.depends_on.begin(), fn->c.depends_on.end(), type) != fn->c.depends_on.end()) {
      out.push_back(f);
    }
  }
  return out;
}

void TypePlanner::CreateType(const catalog::Type& t) {
  if (t.kind == 'b' || !OwnFunctions(ctx_.to, t.c.ref).empty()) {
    // Its I/O (or canonical) functions take or return it: made between the shell and the whole.
    ctx_.graph.Emit(NodeKey{Step::kCreate, t.c.ref, Facet::kShell}, absl::StrCat("CREATE TYPE ", t.c.ref.id),
                    absl::StrCat("create shell type ", t.c.ref.id, " for its functions"));
  }
  Emit(Step::kCreate, t.c.ref, CreateTypeSql(t), absl::StrCat("create type ", t.c.ref.id));
  for (const std::string& comment : ColumnCommentsSql(t.c.ref.id, {}, t.attribute_comments)) {
    Emit(Step::kCreate, t.c.ref, comment, "comment on type attribute");
  }
  for (const std::string& sql : AfterDomainSql(t)) {
    Emit(Step::kCreate, t.c.ref, sql, absl::StrCat("add NOT VALID checks and comments on checks of domain ", t.c.ref.id));
  }
  planner_.Part<PrivilegePlanner>().AfterCreate(t.c, Kind::kType, t.kind);
}

// Enum labels only inserted (order of the old ones kept): ALTER TYPE ... ADD VALUE.
static bool OnlyInsertions(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t j = 0;
  for (const std::string& label : b) {
    if (j < a.size() && a[j] == label) ++j;
  }
  return j == a.size();
}

absl::Status TypePlanner::DropType(const ObjectRef& ref, bool removed) {
  const auto* t = ctx_.from.Get<catalog::Type>(ref);
  // A base type and its I/O functions depend on each other: neither drops alone. CASCADE
  // takes those functions (what else used the type is dropped before, in dependency order);
  // the ones the target keeps are made again.
  const std::vector<ObjectRef> own = OwnFunctions(ctx_.from, ref);
  Emit(Step::kDrop, ref,
       absl::StrCat("DROP ", t->kind == 'd' ? "DOMAIN " : "TYPE ", ref.id, own.empty() ? "" : " CASCADE"),
       absl::StrCat("drop type ", ref.id, own.empty() ? "" : " with its I/O functions"),
       OnlyIf(removed, RuleHazard(Rule::kDropOther, "drops the type")));
  for (const ObjectRef& f : own) {
    RETURN_IF_ERROR(ctx_.to.Find(f) ? planner_.Recreate(f) : planner_.DropObject(f));
    At(Step::kDrop, f).statements.clear();
  }
  return absl::OkStatus();
}

absl::Status TypePlanner::AlterType(const Change& c) {
  const auto* a = ctx_.from.Get<catalog::Type>(c.ref);
  const auto* b = ctx_.to.Get<catalog::Type>(c.ref);
  if (ctx_.rebuilt_types.count(c.ref)) return absl::OkStatus();
  if (c.Has("kind") || (b->kind == 'r' && c.Has("definition"))) return RecreateType(c.ref);
  if (b->kind == 'e' && c.Has("labels")) {
    if (OnlyInsertions(a->labels, b->labels)) {
      for (size_t i = 0; i < b->labels.size(); ++i) {
        if (std::find(a->labels.begin(), a->labels.end(), b->labels[i]) != a->labels.end()) continue;
        // Placed after its predecessor, which exists by now (old, or added just before).
        std::string sql = absl::StrCat("ALTER TYPE ", c.ref.id, " ADD VALUE ", pg::QuoteLiteral(b->labels[i]));
        if (i > 0) {
          absl::StrAppend(&sql, " AFTER ", pg::QuoteLiteral(b->labels[i - 1]));
        } else if (!a->labels.empty()) {
          absl::StrAppend(&sql, " BEFORE ", pg::QuoteLiteral(a->labels.front()));
        }
        // Committed on its own: a new label cannot be used in the transaction that added
        // it, and later statements of this plan (defaults, checks, views) may use it.
        Emit(Step::kAlter, c.ref,
             Statement{sql, absl::StrCat("add value to enum ", c.ref.id),
                       {RuleHazard(Rule::kEnumValueUse,
                                   "committed before the rest: the new label is usable only after commit")},
                       false, ""});
      }
    } else {
      RETURN_IF_ERROR(RebuildType(*a, *b));
    }
  }
  if (b->kind == 'b' && (c.Has("definition") || c.Has("settings"))) RETURN_IF_ERROR(AlterBaseType(*a, *b));
  if (b->kind == 'd' && (c.Has("definition") || c.Has("checks") || c.Has("not_null_name") || c.Has("check_comments"))) RETURN_IF_ERROR(AlterDomain(*a, *b));
  bool rebuilt = false;
  if (b->kind == 'c' && c.Has("attributes")) {
    ASSIGN_OR_RETURN(rebuilt, AlterComposite(*a, *b));
    if (Has(Step::kCreate, c.ref)) return absl::OkStatus();  // made again whole
  }
  if (b->kind == 'c' && (c.Has("attribute_comments") || rebuilt)) {
    // A dropped attribute took its comment with it; a rebuilt type has none.
    std::map<std::string, std::string> kept = rebuilt ? std::map<std::string, std::string>{} : a->attribute_comments;
    for (auto it = kept.begin(); it != kept.end();) {
      const bool still_there = std::any_of(b->attributes.begin(), b->attributes.end(),
                                           [&](const auto& attr) { return attr.first == pg::QuoteIdent(it->first); });
      it = still_there ? std::next(it) : kept.erase(it);
    }
    for (const std::string& comment : ColumnCommentsSql(c.ref.id, kept, b->attribute_comments)) {
      Emit(Step::kAlter, c.ref, comment, "comment on type attribute");
    }
  }
  planner_.Part<PrivilegePlanner>().Alter(Step::kAlter, a->c, b->c, Kind::kType, b->kind);
  return absl::OkStatus();
}

absl::Status TypePlanner::RecreateType(const ObjectRef& ref) {
  // Rebuilt once already (what a second rebuild would clear, checks planned apart, stays).
  if (ctx_.rebuilt_types.count(ref)) return absl::OkStatus();
  // A type that tables are typed by is rebuilt beside the old one too: they stay (UntypeAround).
  if (UsedByColumns(ref) || TypesTables(ref)) {
    const auto* a = ctx_.from.Get<catalog::Type>(ref);
    const auto* b = ctx_.to.Get<catalog::Type>(ref);
    // A base type's I/O functions (a range's canonical one) are tied to it: no new one beside the old.
    if (a->kind == 'b' || b->kind == 'b' || !OwnFunctions(ctx_.from, ref).empty() || !OwnFunctions(ctx_.to, ref).empty()) {
      return RebuildThroughText(*b);
    }
    return RebuildType(*a, *b);
  }
  return planner_.Recreate(ref);
}

// Columns kept that hold values of the type: of it, or of a domain, composite or range type
// over it (at any depth) that is kept too.
bool TypePlanner::UsedByColumns(const ObjectRef& ref) const {
  std::vector<ObjectRef> types = {ref};
  std::set<ObjectRef> seen = {ref};
  for (size_t i = 0; i < types.size(); ++i) {
    for (const ObjectRef& d : ctx_.from.Dependents(types[i])) {
      if (!ctx_.to.Find(d)) continue;
      if (d.kind == Kind::kColumn) return true;
      if (d.kind == Kind::kType && seen.insert(d).second) types.push_back(d);
    }
  }
  return false;
}

// A column of a type being rebuilt: whether the rebuild converts it. Not when nothing is to
// convert (a column dropped, of a new table), nor when its parent's conversion reaches it; a
// generated column naming the type is dropped before and added again after, computed anew.
// A foreign key between two columns of the type would join the new type to the old between
// their two ALTERs, which PostgreSQL refuses: it goes before and comes back after.
absl::StatusOr<bool> TypePlanner::ConvertsColumn(const ObjectRef& column) {
  const auto* col = ctx_.from.Get<Column>(column);
  const auto* to_col = ctx_.to.Get<Column>(column);
  if (!to_col || Has(Step::kDrop, column) || col->inherited_only) return false;
  const std::string& owner = ctx_.from.Find(column)->owner().id;
  if (ctx_.new_tables.count(owner) || ctx_.recreated_tables.count(owner)) return false;
  ctx_.handled_columns.insert(column);
  if (col->generated && to_col->generated) {
    ctx_.graph.Erase(NodeKey{Step::kAlter, column});
    RETURN_IF_ERROR(planner_.DropObject(column));
    RETURN_IF_ERROR(planner_.CreateObject(column));
    return false;
  }
  for (const ObjectRef& k : planner_.Part<Orderer>().DependentsOf(column, ctx_.from)) {
    const auto* key = k.kind == Kind::kConstraint ? ctx_.from.Get<catalog::TablePart>(k) : nullptr;
    if (key != nullptr && key->constraint_type == 'f' && ctx_.to.Find(k)) ctx_.forced_recreate.insert(k);
    // PostgreSQL refuses to convert a column a generated column reads, and from 17 the
    // expression may name the domain's base type only, so the type's own dependents miss it.
    const auto* generated = k.kind == Kind::kColumn ? ctx_.from.Get<Column>(k) : nullptr;
    if (generated != nullptr && generated->generated && ctx_.to.Find(k) && !Has(Step::kCreate, k)) {
      ctx_.handled_columns.insert(k);
      ctx_.graph.Erase(NodeKey{Step::kAlter, k});
      RETURN_IF_ERROR(planner_.DropObject(k));
      RETURN_IF_ERROR(planner_.CreateObject(k));
    }
  }
  return true;
}

// Whether a kept column holds the type inside an array or a composite type (at any depth).
bool TypePlanner::UsedInContainers(const ObjectRef& ref) const {
  for (const ObjectRef& d : ctx_.from.Dependents(ref)) {
    if (!ctx_.to.Find(d)) continue;
    if (d.kind == Kind::kColumn && absl::EndsWith(ctx_.from.Get<Column>(d)->type, "[]")) return true;
    const auto* t = d.kind == Kind::kType ? ctx_.from.Get<catalog::Type>(d) : nullptr;
    if (t != nullptr && t->kind == 'c' && UsedByColumns(d)) return true;
  }
  return false;
}

std::string TypePlanner::RangeOption(const std::string& definition, const std::string& key) {
  static constexpr const char* kKeys[] = {"SUBTYPE", "SUBTYPE_OPCLASS", "COLLATION", "CANONICAL",
                                          "SUBTYPE_DIFF", "MULTIRANGE_TYPE_NAME"};
  const std::string head = absl::StrCat(key, " = ");
  size_t start = 0;
  if (absl::StartsWith(definition, head)) {
    start = head.size();
  } else {
    start = definition.find(absl::StrCat(", ", head));
    if (start == std::string::npos) return "";
    start += 2 + head.size();
  }
  size_t end = definition.size();
  for (const char* k : kKeys) end = std::min(end, definition.find(absl::StrCat(", ", k, " = "), start));
  return definition.substr(start, end - start);
}

// The old range's multirange type and the constructor functions of both (named after the
// types, so a new range of the same name would collide with them) are renamed aside with it,
// and go when the old range is dropped.
void TypePlanner::RenameRangeAside(const catalog::Type& a, const std::string& old_name) {
  const ObjectRef& ref = a.c.ref;
  std::string subtype = RangeOption(a.definition, "SUBTYPE");
  // A subtype rebuilt under it is already renamed aside: the functions take the old one.
  if (const auto* st = ctx_.from.Get<catalog::Type>(ObjectRef{Kind::kType, subtype});
      st != nullptr && !(st->c.ref == ref) && ctx_.rebuilt_types.count(st->c.ref)) {
    subtype = absl::StrCat(pg::QuoteIdent(st->c.schema), ".", pg::QuoteIdent(AsideName(st->c.name, "__schemad_old")));
  }
  const std::string multirange = RangeOption(a.definition, "MULTIRANGE_TYPE_NAME");
  const std::string multi_old = AsideName(a.c.name, "__schemad_old_multirange");
  auto rename = [&](const std::string& what, const std::string& to) {
    Emit(Step::kAlter, ref, absl::StrCat("ALTER ", what, " RENAME TO ", pg::QuoteIdent(to)),
         absl::StrCat("rename ", what, " of range ", ref.id, " out of the way"));
  };
  rename(absl::StrCat("FUNCTION ", ref.id, "(", subtype, ", ", subtype, ")"), old_name);
  rename(absl::StrCat("FUNCTION ", ref.id, "(", subtype, ", ", subtype, ", text)"), old_name);
  if (multirange.empty()) return;
  // Its constructors are in the range's schema, whichever schema the multirange type is in.
  const absl::StatusOr<std::vector<std::string>> parts = SplitQualifiedName(multirange);
  const std::string constructor = absl::StrCat(pg::QuoteIdent(a.c.schema), ".",
                                               parts.ok() ? pg::QuoteIdent(parts->back()) : multirange);
  rename(absl::StrCat("FUNCTION ", constructor, "()"), multi_old);
  rename(absl::StrCat("FUNCTION ", constructor, "(", ref.id, ")"), multi_old);
  rename(absl::StrCat("FUNCTION ", constructor, "(", ref.id, "[])"), multi_old);
  rename(absl::StrCat("TYPE ", multirange), multi_old);
}

// A composite value of `a` in `column` as one of `b`, attribute by attribute (explicit casts;
// new attributes NULL), so attributes added or dropped do not break it as text would. A NULL
// value stays NULL (a value whose attributes are all NULL is not one).
static std::string CompositeConversion(const catalog::Type& a, const catalog::Type& b, const std::string& column,
                                       const std::string& type) {
  const std::map<std::string, std::string> ma(a.attributes.begin(), a.attributes.end());
  std::vector<std::string> fields;
  for (const auto& [name, attr_type] : b.attributes) {
    fields.push_back(ma.count(name) ? absl::StrCat("(", column, ").", name, "::", attr_type)
                                    : absl::StrCat("NULL::", attr_type));
  }
  return absl::StrCat("CASE WHEN num_nulls(", column, ") = 1 THEN NULL ELSE ROW(", absl::StrJoin(fields, ", "),
                      ")::", type, " END");
}

// A type that cannot change in place while columns use it (an enum losing or reordering
// labels, a domain changing its base type, a range changing its definition): build the new type beside the old one and
// convert every column through text. Values that do not fit make the conversion fail,
// which rolls the migration back: nothing is lost silently.
//
// A domain, composite or range type over it would stay on the old type, whose drop it blocks:
// each is rebuilt too (`cascaded`: its values convert through text, since no cast leads from
// the old type under it to the new), after the new type exists; the old type goes last.
absl::Status TypePlanner::RebuildType(const catalog::Type& a, const catalog::Type& b, bool cascaded) {
  const ObjectRef& ref = b.c.ref;
  ctx_.rebuilt_types.insert(ref);
  // Made whole from the target's definition: what its own ALTER planned before a rebuild
  // under it reached it (a domain's default, NOT NULL and checks) goes.
  ctx_.graph.At(Step::kAlter, ref).statements.clear();
  ctx_.graph.Erase(NodeKey{Step::kDrop, ref, Facet::kDefault});
  ctx_.graph.Erase(NodeKey{Step::kCreate, ref, Facet::kDefault});
  std::vector<const catalog::Type*> over;
  for (const ObjectRef& d : ctx_.from.Dependents(ref)) {
    if (d.kind == Kind::kType && ctx_.to.Find(d) && !ctx_.rebuilt_types.count(d)) {
      over.push_back(ctx_.to.Get<catalog::Type>(d));
      ctx_.rebuilt_types.insert(d);
    }
  }
  const std::string old_name = AsideName(b.c.name, "__schemad_old");
  const std::string old_ref = absl::StrCat(pg::QuoteIdent(b.c.schema), ".", pg::QuoteIdent(old_name));
  const char* word = a.kind == 'd' ? "DOMAIN " : "TYPE ";
  const Hazard hazard =
      a.kind == 'e' && b.kind == 'e'
          ? RuleHazard(Rule::kEnumValueRemoved,
                       absl::StrCat("rebuilds enum ", ref.id, " (labels removed or reordered); rows holding a removed "
                                    "label make the migration fail"),
                       "update rows to a remaining label first")
          : RuleHazard(Rule::kTypeRebuild,
                       absl::StrCat("rebuilds type ", ref.id, " and converts every column using it; values that "
                                    "do not fit the new definition make the migration fail"),
                       "add a new column of the new type, backfill, switch, drop the old one");
  if (a.kind == 'r') RenameRangeAside(a, old_name);
  Emit(Step::kAlter, ref, absl::StrCat("ALTER ", word, ref.id, " RENAME TO ", pg::QuoteIdent(old_name)),
       absl::StrCat("rename type ", ref.id, " out of the way"), {hazard});
  // From 17 a domain's NOT NULL is a named constraint, and the old domain still holds the
  // default name: the new one would take another ("..._not_null1") unless it is named.
  catalog::Type made = b;
  if (b.kind == 'd' && ctx_.target >= 17 && b.not_null_name.empty() && absl::EndsWith(b.definition, " NOT NULL")) {
    made.not_null_name = catalog::DefaultNotNullName(b.c.name, "");
  }
  Emit(Step::kAlter, ref, CreateTypeSql(made), absl::StrCat("create the new type ", ref.id));
  planner_.Part<PrivilegePlanner>().AfterCreate(b.c, Kind::kType, b.kind, Step::kAlter);
  // An array of a composite type converts element by element through a helper function
  // (ALTER ... USING takes no subquery); through text it would fail once attributes are
  // added or dropped.
  const std::string conv = absl::StrCat(pg::QuoteIdent(b.c.schema), ".", pg::QuoteIdent(AsideName(b.c.name, "__schemad_conv")));
  bool conv_made = false;
  std::vector<NodeKey> rows_put_back;  // of recreated tables whose rows hold the old type
  for (const ObjectRef& d : ctx_.from.Dependents(ref)) {
    if (d.kind != Kind::kColumn) {
      const Obj* obj = ctx_.to.Find(d);
      if (obj && d.kind != Kind::kType && !(d.kind == Kind::kTable && UntypeAround(d, ref))) ctx_.forced_recreate.insert(d);
      continue;
    }
    // A partition key's column is never converted in place, nor is one of a table recreated
    // anyway (it turns partitioned, say): the table is recreated, its rows converted through
    // text when put back, and the old type waits for that.
    if (const Obj* column = ctx_.to.Find(d) ? ctx_.from.Find(d) : nullptr; column != nullptr) {
      const ObjectRef& owner = column->owner();
      const auto* table = ctx_.from.Get<catalog::Table>(owner);
      const bool recreate =
          table != nullptr && !ctx_.recreated_tables.count(owner.id) &&
          (PartitionKeyUses(table->partition_key, ctx_.from.Get<Column>(d)->name) ||
           std::any_of(ctx_.changes.begin(), ctx_.changes.end(),
                       [&](const Change& c) { return c.ref == owner && planner_.Part<TablePlanner>().NeedsRecreate(c); }));
      if (recreate) RETURN_IF_ERROR(planner_.Part<TablePlanner>().RecreateTable(owner));
      if (ctx_.recreated_tables.count(owner.id)) {
        rows_put_back.push_back(NodeKey{Step::kCreate, owner, Facet::kRows});
        continue;
      }
    }
    ASSIGN_OR_RETURN(const bool converts, ConvertsColumn(d));
    if (!converts) continue;
    ctx_.converted_by_type.emplace(d, ref);
    const auto* col = ctx_.from.Get<Column>(d);
    const auto* to_col = ctx_.to.Get<Column>(d);
    const std::string table = ctx_.from.Find(d)->owner().id;
    const std::string name = pg::QuoteIdent(col->name);
    if (col->default_expr) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name, " DROP DEFAULT"),
           absl::StrCat("drop default of ", d.id, " during the type rebuild"));
    }
    const bool is_array = absl::EndsWith(to_col->type, "[]");
    if (b.kind == 'c' && is_array && !conv_made && !cascaded) {
      conv_made = true;
      Emit(Step::kAlter, ref,
           absl::StrCat("CREATE FUNCTION ", conv, "(", old_ref, "[]) RETURNS ", ref.id, "[] LANGUAGE sql IMMUTABLE AS ",
                        pg::QuoteDollar(absl::StrCat("SELECT CASE WHEN $1 IS NULL THEN NULL ELSE ARRAY(SELECT ",
                                                     CompositeConversion(a, b, "$1[i]", ref.id),
                                                     " FROM generate_subscripts($1, 1) AS i ORDER BY i) END"))),
           absl::StrCat("a helper converting arrays of ", ref.id, " element by element"));
    }
    std::string using_expr;
    if (cascaded) {
      using_expr = absl::StrCat(name, "::text", is_array ? "[]" : "", "::", to_col->type);
    } else if (b.kind == 'c' && is_array) {
      using_expr = absl::StrCat(conv, "(", name, ")");
    } else if (b.kind == 'c') {
      using_expr = CompositeConversion(a, b, name, to_col->type);
    } else {
      using_expr = absl::StrCat(name, "::text", is_array ? "[]" : "", "::", to_col->type);
    }
    // A foreign table's column holds no local values: its type is only declared (no USING).
    const auto* owner = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
    const bool foreign = owner != nullptr && owner->kind == 'f';
    Emit(Step::kAlter, ref,
         foreign ? absl::StrCat("ALTER FOREIGN TABLE ", table, " ALTER COLUMN ", name, " TYPE ", to_col->type)
                 : absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name, " TYPE ", to_col->type, " USING ", using_expr),
         absl::StrCat("convert ", d.id, " to the new type"),
         {RuleHazard(Rule::kTypeChangeRewrite,
                     absl::StrCat("rewrites ", table)),
          AccessExclusive(table)},
         "ACCESS EXCLUSIVE");
    if (to_col->default_expr) {
      Emit(Step::kAlter, ref,
           absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name, " SET DEFAULT ", *to_col->default_expr),
           absl::StrCat("restore default of ", d.id));
    }
  }
  if (conv_made) {
    Emit(Step::kAlter, ref, absl::StrCat("DROP FUNCTION ", conv, "(", old_ref, "[])"),
         absl::StrCat("drop the helper converting arrays of ", ref.id));
  }
  const std::string after_domain = absl::StrCat("add NOT VALID checks and comments on checks of domain ", ref.id);
  if (over.empty() && rows_put_back.empty()) {
    for (const std::string& sql : AfterDomainSql(b)) Emit(Step::kAlter, ref, sql, after_domain);
    Emit(Step::kAlter, ref, absl::StrCat("DROP ", word, old_ref), absl::StrCat("drop the old type ", ref.id));
    return absl::OkStatus();
  }
  const NodeKey drop_old{Step::kAlter, ref, Facet::kRows};
  for (const std::string& sql : AfterDomainSql(b)) ctx_.graph.Emit(drop_old, sql, after_domain);
  ctx_.graph.Emit(drop_old, absl::StrCat("DROP ", word, old_ref), absl::StrCat("drop the old type ", ref.id));
  ctx_.graph.OrderIfPlanned(drop_old, NodeKey{Step::kAlter, ref});
  for (const NodeKey& put : rows_put_back) ctx_.graph.OrderIfPlanned(drop_old, put);
  for (const catalog::Type* d : over) {
    RETURN_IF_ERROR(RebuildType(*ctx_.from.Get<catalog::Type>(d->c.ref), *d, /*cascaded=*/true));
    ctx_.graph.OrderIfPlanned(drop_old, NodeKey{Step::kAlter, d->c.ref});
    ctx_.graph.OrderIfPlanned(drop_old, NodeKey{Step::kAlter, d->c.ref, Facet::kRows});
  }
  return absl::OkStatus();
}

absl::StatusOr<bool> TypePlanner::AlterComposite(const catalog::Type& a, const catalog::Type& b) {
  const ObjectRef& ref = b.c.ref;
  std::map<std::string, std::string> ma(a.attributes.begin(), a.attributes.end());
  std::map<std::string, std::string> mb(b.attributes.begin(), b.attributes.end());
  // Typed tables of the type change with it, or the ALTER is refused.
  const bool typed_tables = std::any_of(ctx_.from.catalog().tables.begin(), ctx_.from.catalog().tables.end(),
                                        [&](const catalog::Table& t) { return t.of_type == ref.id; });
  // ALTER ATTRIBUTE ... TYPE would rewrite values stored in columns of the type, which
  // PostgreSQL refuses ("cannot alter type ... because column ... uses it"): the type is
  // rebuilt under them instead, each value converted attribute by attribute.
  const bool retyped = std::any_of(a.attributes.begin(), a.attributes.end(), [&](const auto& attr) {
    return mb.count(attr.first) && mb[attr.first] != attr.second;
  });
  if (retyped && !typed_tables && UsedByColumns(ref)) {
    RETURN_IF_ERROR(RebuildType(a, b));
    return true;
  }
  // ADD ATTRIBUTE appends: an attribute the target has before others (or attributes in
  // another order) needs the type made again. Its order is its meaning: ROW(...)::type, (x).*
  // and functions returning it go by position.
  std::vector<std::string> altered, target;
  for (const auto& [name, type] : a.attributes) {
    if (mb.count(name)) altered.push_back(name);
  }
  for (const auto& [name, type] : b.attributes) {
    if (!ma.count(name)) altered.push_back(name);
    target.push_back(name);
  }
  if (altered != target && !typed_tables) {
    if (UsedByColumns(ref)) {
      RETURN_IF_ERROR(RebuildType(a, b));
    } else {
      RETURN_IF_ERROR(planner_.Recreate(ref));
    }
    return true;
  }
  const char* cascade = typed_tables ? " CASCADE" : "";
  for (const auto& [name, type] : a.attributes) {
    if (!mb.count(name)) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER TYPE ", ref.id, " DROP ATTRIBUTE ", name, cascade),
           absl::StrCat("drop attribute ", name, " of ", ref.id),
           {RuleHazard(Rule::kDropColumn,
                       "deletes the attribute's values")});
    } else if (mb[name] != type) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER TYPE ", ref.id, " ALTER ATTRIBUTE ", name, " TYPE ", mb[name], cascade),
           absl::StrCat("change attribute ", name, " of ", ref.id));
    }
  }
  for (const auto& [name, type] : b.attributes) {
    if (!ma.count(name)) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER TYPE ", ref.id, " ADD ATTRIBUTE ", name, " ", type, cascade),
           absl::StrCat("add attribute ", name, " to ", ref.id));
    }
  }
  return false;
}

// ALTER TYPE ... SET changes the support functions and the storage in place, except a
// storage going back to plain (values may be TOASTed already); anything else re-creates it.
absl::Status TypePlanner::AlterBaseType(const catalog::Type& a, const catalog::Type& b) {
  const std::map<std::string, std::string> was(a.settings.begin(), a.settings.end());
  const auto storage = was.find("STORAGE");
  const bool to_plain = storage != was.end() && storage->second != "plain" &&
                        std::find(b.settings.begin(), b.settings.end(), std::make_pair(std::string("STORAGE"), std::string("plain"))) != b.settings.end();
  if (a.definition != b.definition || to_plain) return RecreateType(b.c.ref);
  std::vector<std::string> set;
  for (const auto& [key, value] : b.settings) {
    auto it = was.find(key);
    if (it == was.end() || it->second != value) set.push_back(absl::StrCat(key, " = ", value));
  }
  if (set.empty()) return absl::OkStatus();
  Emit(Step::kAlter, b.c.ref, absl::StrCat("ALTER TYPE ", b.c.ref.id, " SET (", absl::StrJoin(set, ", "), ")"),
       absl::StrCat("change support functions or storage of type ", b.c.ref.id));
  // Columns keep the storage they were made with: those that follow the type's follow it here
  // (one that says its own is the column planner's).
  const std::string new_storage = absl::AsciiStrToUpper(b.settings.back().second);
  if (storage != was.end() && new_storage == absl::AsciiStrToUpper(storage->second)) return absl::OkStatus();
  for (const ObjectRef& d : ctx_.from.Dependents(b.c.ref)) {
    const auto* col = d.kind == Kind::kColumn ? ctx_.from.Get<Column>(d) : nullptr;
    const auto* to_col = col ? ctx_.to.Get<Column>(d) : nullptr;
    if (!to_col || !col->storage.empty() || !to_col->storage.empty() || absl::EndsWith(col->type, "[]")) continue;
    Emit(Step::kAlter, b.c.ref,
         absl::StrCat("ALTER TABLE ", ctx_.from.Find(d)->owner().id, " ALTER COLUMN ", pg::QuoteIdent(col->name),
                      " SET STORAGE ", new_storage),
         absl::StrCat("storage of ", d.id, " follows its type"));
  }
  return absl::OkStatus();
}

// A base type re-created while columns use it: they hold text meanwhile. The type's drop
// node converts them (defaults off first) before DROP TYPE; its create node converts them
// back after CREATE TYPE. Values whose text the new type refuses fail the migration.
absl::Status TypePlanner::RebuildThroughText(const catalog::Type& b) {
  const ObjectRef& ref = b.c.ref;
  // Asked again through its functions, which the rebuild re-creates.
  if (Has(Step::kDrop, ref) && Has(Step::kCreate, ref)) return absl::OkStatus();
  RETURN_IF_ERROR(planner_.Recreate(ref));
  std::vector<Statement> to_text;
  const Hazard hazard = RuleHazard(
      Rule::kTypeRebuild,
      absl::StrCat("re-creates base type ", ref.id, " and converts every column using it through text; values "
                   "the new definition refuses make the migration fail"),
      "add a new column of the new type, backfill, switch, drop the old one");
  for (const ObjectRef& d : ctx_.from.Dependents(ref)) {
    if (d.kind != Kind::kColumn) continue;
    ASSIGN_OR_RETURN(const bool converts, ConvertsColumn(d));
    if (!converts) continue;
    const auto* col = ctx_.from.Get<Column>(d);
    const auto* to_col = ctx_.to.Get<Column>(d);
    const std::string table = ctx_.from.Find(d)->owner().id;
    const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", pg::QuoteIdent(col->name));
    const char* array = absl::EndsWith(col->type, "[]") ? "[]" : "";
    if (col->default_expr) {
      to_text.push_back(Statement{absl::StrCat(alter, " DROP DEFAULT"),
                                  absl::StrCat("drop default of ", d.id, " during the type rebuild"), {}, true, ""});
    }
    to_text.push_back(Statement{absl::StrCat(alter, " TYPE text", array, " USING ", pg::QuoteIdent(col->name), "::text", array),
                                absl::StrCat("hold ", d.id, " as text while ", ref.id, " is re-created"),
                                {hazard, RuleHazard(Rule::kTypeChangeRewrite, absl::StrCat("rewrites ", table)), AccessExclusive(table)},
                                true, "ACCESS EXCLUSIVE"});
    Emit(Step::kCreate, ref,
         Statement{absl::StrCat(alter, " TYPE ", to_col->type, " USING ", pg::QuoteIdent(col->name), "::", to_col->type),
                   absl::StrCat("convert ", d.id, " back to ", ref.id),
                   {RuleHazard(Rule::kTypeChangeRewrite, absl::StrCat("rewrites ", table)), AccessExclusive(table)},
                   true, "ACCESS EXCLUSIVE"});
    if (to_col->default_expr) {
      Emit(Step::kCreate, ref, absl::StrCat(alter, " SET DEFAULT ", *to_col->default_expr),
           absl::StrCat("restore default of ", d.id));
    }
  }
  std::vector<Statement>& drop = At(Step::kDrop, ref).statements;
  for (Statement& st : drop) to_text.push_back(std::move(st));
  drop = std::move(to_text);
  return absl::OkStatus();
}

}  // namespace schemaservice::plan::internal
