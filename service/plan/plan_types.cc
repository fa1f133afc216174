#include "service/plan/planner.h"

// Types, sequences, functions and the other non-table kinds.

#include <algorithm>
#include <map>
#include <queue>
#include <regex>
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

std::string Planner::CreateTypeSql(const catalog::Type& t) {
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
      for (const auto& [name, def] : t.checks) absl::StrAppend(&sql, " CONSTRAINT ", name, " ", def);
      return sql;
    }
    case 'c': {
      std::vector<std::string> attrs;
      for (const auto& [name, type] : t.attributes) attrs.push_back(absl::StrCat(name, " ", type));
      return absl::StrCat("CREATE TYPE ", t.c.ref.id, " AS (", absl::StrJoin(attrs, ", "), ")");
    }
    default:
      return absl::StrCat("CREATE TYPE ", t.c.ref.id, " AS RANGE (", t.definition, ")");
  }
}

void Planner::CreateType(const catalog::Type& t) {
  Emit(Step::kCreate, t.c.ref, CreateTypeSql(t), absl::StrCat("create type ", t.c.ref.id));
  CommonAfterCreate(t.c, Kind::kType, t.kind);
}

// Enum labels only inserted (order of the old ones kept): ALTER TYPE ... ADD VALUE.
bool Planner::OnlyInsertions(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t j = 0;
  for (const std::string& label : b) {
    if (j < a.size() && a[j] == label) ++j;
  }
  return j == a.size();
}

namespace {

// Dotted numeric versions ("1.10" > "1.9"); anything else is not called a downgrade and is
// left to ALTER EXTENSION UPDATE, which finds a path or fails at once.
bool IsVersionDowngrade(const std::string& from, const std::string& to) {
  std::vector<int> a, b;
  for (auto [text, out] : {std::pair<const std::string*, std::vector<int>*>{&from, &a}, {&to, &b}}) {
    for (absl::string_view part : absl::StrSplit(*text, '.')) {
      int n = 0;
      if (!absl::SimpleAtoi(part, &n)) return false;
      out->push_back(n);
    }
  }
  return b < a;
}

}  // namespace

absl::Status Planner::AlterType(const Change& c) {
  const auto* a = from_.Get<catalog::Type>(c.ref);
  const auto* b = to_.Get<catalog::Type>(c.ref);
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
                       {MakeHazard(HazardKind::kNotTransactional, Severity::kInfo, "enum-value-use",
                                   "committed before the rest: the new label is usable only after commit")},
                       false, ""});
      }
    } else {
      RETURN_IF_ERROR(RebuildType(*a, *b));
    }
  }
  if (b->kind == 'd' && (c.Has("definition") || c.Has("checks") || c.Has("not_null_name"))) RETURN_IF_ERROR(AlterDomain(*a, *b));
  if (b->kind == 'c' && c.Has("attributes")) AlterComposite(*a, *b);
  CommonAlter(Step::kAlter, a->c, b->c, Kind::kType, b->kind);
  return absl::OkStatus();
}

absl::Status Planner::RecreateType(const ObjectRef& ref) {
  for (const ObjectRef& d : from_.Dependents(ref)) {
    if (d.kind != Kind::kColumn || !to_.Find(d)) continue;
    const auto* a = from_.Get<catalog::Type>(ref);
    const auto* b = to_.Get<catalog::Type>(ref);
    // A range type brings a multirange type and constructor functions named after it:
    // they cannot stand beside a renamed old one.
    if (a->kind != 'r' && b->kind != 'r') return RebuildType(*a, *b);
    return absl::UnimplementedError(absl::StrCat(
        "cannot plan yet: range type ", ref.id, " must be recreated but column ", d.id,
        " uses it; change it in two migrations"));
  }
  return Recreate(ref);
}

// A type that cannot change in place while columns use it (an enum losing or reordering
// labels, a domain changing its base type): build the new type beside the old one and
// convert every column through text. Values that do not fit make the conversion fail,
// which rolls the migration back: nothing is lost silently.
absl::Status Planner::RebuildType(const catalog::Type& a, const catalog::Type& b) {
  const ObjectRef& ref = b.c.ref;
  const std::string old_name = absl::StrCat(b.c.name, "__schemad_old");
  const std::string old_ref = absl::StrCat(pg::QuoteIdent(b.c.schema), ".", pg::QuoteIdent(old_name));
  const char* word = a.kind == 'd' ? "DOMAIN " : "TYPE ";
  const Hazard hazard =
      a.kind == 'e' && b.kind == 'e'
          ? MakeHazard(HazardKind::kDataLoss, Severity::kError, "enum-value-removed",
                       absl::StrCat("rebuilds enum ", ref.id, " (labels removed or reordered); rows holding a removed "
                                    "label make the migration fail"),
                       "update rows to a remaining label first")
          : MakeHazard(HazardKind::kTableRewrite, Severity::kWarning, "type-rebuild",
                       absl::StrCat("rebuilds type ", ref.id, " and converts every column using it; values that "
                                    "do not fit the new definition make the migration fail"),
                       "add a new column of the new type, backfill, switch, drop the old one");
  Emit(Step::kAlter, ref, absl::StrCat("ALTER ", word, ref.id, " RENAME TO ", pg::QuoteIdent(old_name)),
       absl::StrCat("rename type ", ref.id, " out of the way"), {hazard});
  Emit(Step::kAlter, ref, CreateTypeSql(b), absl::StrCat("create the new type ", ref.id));
  const std::string comment = CommentSql(ObjectPhrase(b.c, Kind::kType, b.kind), std::nullopt, b.c.comment);
  if (!comment.empty()) Emit(Step::kAlter, ref, comment, absl::StrCat("comment on ", ref.id));
  std::vector<std::string> grants = GrantSql(absl::StrCat("TYPE ", ref.id), DefaultGrants(Kind::kType), b.c.grants);
  for (std::string& sql : OwnerPrivilegeSql(absl::StrCat("TYPE ", ref.id), "CURRENT_USER", {}, b.c.owner_revoked)) {
    grants.push_back(std::move(sql));
  }
  for (const std::string& sql : grants) Emit(Step::kAlter, ref, sql, absl::StrCat("privileges on ", ref.id));
  for (const ObjectRef& d : from_.Dependents(ref)) {
    if (d.kind != Kind::kColumn) {
      const Obj* obj = to_.Find(d);
      if (obj && d.kind != Kind::kType) forced_recreate_.insert(d);
      continue;
    }
    const Obj* col_obj = from_.Find(d);
    const auto* col = from_.Get<Column>(d);
    const auto* to_col = to_.Get<Column>(d);
    if (!to_col || Has(Step::kDrop, d) || col->inherited_only) continue;  // parents convert children
    const std::string table = col_obj->owner.id;
    if (new_tables_.count(table)) continue;
    handled_columns_.insert(d);
    const std::string name = pg::QuoteIdent(col->name);
    if (col->default_expr) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name, " DROP DEFAULT"),
           absl::StrCat("drop default of ", d.id, " during the type rebuild"));
    }
    const bool is_array = absl::EndsWith(to_col->type, "[]");
    Emit(Step::kAlter, ref,
         absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name, " TYPE ", to_col->type, " USING ",
                      name, "::text", is_array ? "[]" : "", "::", to_col->type),
         absl::StrCat("convert ", d.id, " to the new type"),
         {MakeHazard(HazardKind::kTableRewrite, Severity::kWarning, "type-change-rewrite",
                     absl::StrCat("rewrites ", table)),
          AccessExclusive(table)},
         "ACCESS EXCLUSIVE");
    if (to_col->default_expr) {
      Emit(Step::kAlter, ref,
           absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name, " SET DEFAULT ", *to_col->default_expr),
           absl::StrCat("restore default of ", d.id));
    }
  }
  Emit(Step::kAlter, ref, absl::StrCat("DROP ", word, old_ref), absl::StrCat("drop the old type ", ref.id));
  return absl::OkStatus();
}

absl::Status Planner::AlterDomain(const catalog::Type& a, const catalog::Type& b) {
  // Base type or collation changes need a new domain; defaults and NOT NULL change in place.
  auto base = [](const std::string& def) {
    std::string s = def;
    for (const char* cut : {" DEFAULT ", " NOT NULL"}) {
      const size_t p = s.find(cut);
      if (p != std::string::npos) s = s.substr(0, p);
    }
    return s;
  };
  auto part = [](const std::string& def, const std::string& key) -> std::optional<std::string> {
    const size_t p = def.find(key);
    if (p == std::string::npos) return std::nullopt;
    std::string rest = def.substr(p + key.size());
    const size_t nn = rest.rfind(" NOT NULL");
    if (nn != std::string::npos && nn + 9 == rest.size()) rest = rest.substr(0, nn);
    return rest;
  };
  if (base(a.definition) != base(b.definition)) return RecreateType(b.c.ref);
  const ObjectRef& ref = b.c.ref;
  const auto da = part(a.definition, " DEFAULT "), db = part(b.definition, " DEFAULT ");
  if (da != db) {
    Emit(Step::kAlter, ref,
         db ? absl::StrCat("ALTER DOMAIN ", ref.id, " SET DEFAULT ", *db)
            : absl::StrCat("ALTER DOMAIN ", ref.id, " DROP DEFAULT"),
         absl::StrCat("change default of domain ", ref.id));
  }
  const bool na = absl::EndsWith(a.definition, " NOT NULL"), nb = absl::EndsWith(b.definition, " NOT NULL");
  if (na != nb && nb && !b.not_null_name.empty()) {
    // 17+: SET NOT NULL would take the default name.
    Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, " ADD CONSTRAINT ", pg::QuoteIdent(b.not_null_name), " NOT NULL"),
         absl::StrCat("change NOT NULL of domain ", ref.id),
         {MakeHazard(HazardKind::kTableScan, Severity::kWarning, "set-not-null", "checks every column of this domain")});
  } else if (na && nb && a.not_null_name != b.not_null_name) {
    auto name = [](const catalog::Type& t) {
      return t.not_null_name.empty() ? catalog::DefaultNotNullName(t.c.name, "") : t.not_null_name;
    };
    Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, " RENAME CONSTRAINT ", pg::QuoteIdent(name(a)), " TO ", pg::QuoteIdent(name(b))),
         absl::StrCat("rename the NOT NULL constraint of domain ", ref.id));
  } else if (na != nb) {
    Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, nb ? " SET NOT NULL" : " DROP NOT NULL"),
         absl::StrCat("change NOT NULL of domain ", ref.id),
         OnlyIf(nb, MakeHazard(HazardKind::kTableScan, Severity::kWarning, "set-not-null",
                                             "checks every column of this domain")));
  }
  std::map<std::string, std::string> ca(a.checks.begin(), a.checks.end()), cb(b.checks.begin(), b.checks.end());
  for (const auto& [name, def] : ca) {
    if (!cb.count(name) || cb[name] != def) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, " DROP CONSTRAINT ", name),
           absl::StrCat("drop check ", name, " of domain ", ref.id));
    }
  }
  for (const auto& [name, def] : cb) {
    if (!ca.count(name) || ca[name] != def) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, " ADD CONSTRAINT ", name, " ", def),
           absl::StrCat("add check ", name, " to domain ", ref.id),
           {MakeHazard(HazardKind::kTableScan, Severity::kWarning, "check-without-not-valid",
                       "checks every value of this domain", "add it NOT VALID, then VALIDATE")});
    }
  }
  return absl::OkStatus();
}

void Planner::AlterComposite(const catalog::Type& a, const catalog::Type& b) {
  const ObjectRef& ref = b.c.ref;
  std::map<std::string, std::string> ma(a.attributes.begin(), a.attributes.end());
  std::map<std::string, std::string> mb(b.attributes.begin(), b.attributes.end());
  for (const auto& [name, type] : a.attributes) {
    if (!mb.count(name)) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER TYPE ", ref.id, " DROP ATTRIBUTE ", name),
           absl::StrCat("drop attribute ", name, " of ", ref.id),
           {MakeHazard(HazardKind::kDataLoss, Severity::kError, "drop-column",
                       "deletes the attribute's values")});
    } else if (mb[name] != type) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER TYPE ", ref.id, " ALTER ATTRIBUTE ", name, " TYPE ", mb[name]),
           absl::StrCat("change attribute ", name, " of ", ref.id));
    }
  }
  for (const auto& [name, type] : b.attributes) {
    if (!ma.count(name)) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER TYPE ", ref.id, " ADD ATTRIBUTE ", name, " ", type),
           absl::StrCat("add attribute ", name, " to ", ref.id));
    }
  }
}

void Planner::PlanSequenceOwner(const catalog::Sequence& s) {
  const ObjectRef owner{Kind::kSequenceOwner, s.c.ref.id};
  Emit(Step::kCreate, owner,
       absl::StrCat("ALTER SEQUENCE ", s.c.ref.id, " OWNED BY ", s.owned_by ? *s.owned_by : "NONE"),
       absl::StrCat("set owner of sequence ", s.c.ref.id));
  owner_sequences_[owner] = s.c.ref;
}

void Planner::AlterSequence(const Change& c) {
  const auto* a = from_.Get<catalog::Sequence>(c.ref);
  const auto* b = to_.Get<catalog::Sequence>(c.ref);
  std::vector<std::string> clauses;
  if (c.Has("type")) clauses.push_back(absl::StrCat("AS ", b->type));
  if (c.Has("increment")) clauses.push_back(absl::StrCat("INCREMENT BY ", b->increment));
  if (c.Has("min") || c.Has("type")) clauses.push_back(absl::StrCat("MINVALUE ", b->min));
  if (c.Has("max") || c.Has("type")) clauses.push_back(absl::StrCat("MAXVALUE ", b->max));
  if (c.Has("start")) clauses.push_back(absl::StrCat("START WITH ", b->start));
  if (c.Has("cache")) clauses.push_back(absl::StrCat("CACHE ", b->cache));
  if (c.Has("cycle")) clauses.push_back(b->cycle ? "CYCLE" : "NO CYCLE");
  // The current value is not in the catalog: when the bounds narrow, PostgreSQL refuses the
  // ALTER if it falls outside them. Restarting instead would hand out used values again, so
  // the plan says so and leaves the choice to a person.
  const bool narrows = b->min > a->min || b->max < a->max;
  if (!clauses.empty()) {
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER SEQUENCE ", c.ref.id, " ", absl::StrJoin(clauses, " ")),
         absl::StrCat("alter sequence ", c.ref.id),
         OnlyIf(narrows, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "sequence-bounds-narrow",
                                    absl::StrCat("the bounds of ", c.ref.id, " narrow to ", b->min, "..", b->max,
                                                 ": PostgreSQL refuses this if the current value is outside them"),
                                    "check the current value first; if it is outside, decide in a hand-written "
                                    "migration whether setval or RESTART is safe (either may hand out used values)")));
  }
  if (c.Has("unlogged")) {
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER SEQUENCE ", c.ref.id, b->unlogged ? " SET UNLOGGED" : " SET LOGGED"),
         absl::StrCat("change persistence of sequence ", c.ref.id));
  }
  if (c.Has("owned_by")) PlanSequenceOwner(*b);
  CommonAlter(Step::kAlter, a->c, b->c, Kind::kSequence, 0);
}

absl::Status Planner::AlterFunction(const Change& c) {
  const auto* a = from_.Get<catalog::Function>(c.ref);
  const auto* b = to_.Get<catalog::Function>(c.ref);
  if (c.Has("kind") || c.Has("result") || c.Has("arguments") || (b->kind == 'a' && c.Has("definition"))) {
    return Recreate(c.ref);
  }
  if (c.Has("definition")) {
    functions_created_ = true;
    Emit(Step::kAlter, c.ref, std::string(absl::StripTrailingAsciiWhitespace(b->definition)),
         absl::StrCat("replace function ", c.ref.id));
  }
  CommonAlter(Step::kAlter, a->c, b->c, Kind::kFunction, b->kind);
  return absl::OkStatus();
}

absl::Status Planner::PlanAlter(const Change& c) {
  switch (c.ref.kind) {
    case Kind::kType: return AlterType(c);
    case Kind::kSequence: AlterSequence(c); return absl::OkStatus();
    case Kind::kTable: return AlterTable(c);
    case Kind::kColumn: return AlterColumn(c);
    case Kind::kView: return AlterView(c);
    case Kind::kFunction: return AlterFunction(c);
    case Kind::kConstraint:
    case Kind::kIndex:
    case Kind::kTrigger:
    case Kind::kPolicy:
    case Kind::kRule:
    case Kind::kStatistics: return AlterPart(c);
    case Kind::kCollation: return Recreate(c.ref);
    case Kind::kExtension: {
      const auto* a = from_.Get<catalog::Extension>(c.ref);
      const auto* b = to_.Get<catalog::Extension>(c.ref);
      if (c.Has("schema")) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER EXTENSION ", c.ref.id, " SET SCHEMA ", pg::QuoteIdent(b->c.schema)), "move extension");
      if (c.Has("version") && IsVersionDowngrade(a->version, b->version)) {
        // Extensions ship update scripts upwards only: going back means DROP and CREATE at the
        // old version; what uses the extension's objects is recreated around it.
        RETURN_IF_ERROR(Recreate(c.ref));
        AddHazard(Step::kDrop, c.ref,
                  MakeHazard(HazardKind::kDataLoss, Severity::kError, "extension-downgrade",
                             absl::StrCat("extension ", c.ref.id, " has no update path from version ", a->version,
                                          " down to ", b->version, ": it is dropped and created again, with what "
                                          "it holds (its tables' rows, columns of its types)"),
                             "keep the newer version in the models, or downgrade by hand"));
        return absl::OkStatus();
      }
      if (c.Has("version")) {
        Emit(Step::kAlter, c.ref, absl::StrCat("ALTER EXTENSION ", c.ref.id, " UPDATE TO ", pg::QuoteLiteral(b->version)), "update extension",
             {MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "authz-and-extensions", "upgrades the extension")});
      }
      CommonAlter(Step::kAlter, a->c, b->c, Kind::kExtension, 0);
      return absl::OkStatus();
    }
    case Kind::kSchema: {
      CommonAlter(Step::kAlter, from_.Get<catalog::Schema>(c.ref)->c, to_.Get<catalog::Schema>(c.ref)->c, Kind::kSchema, 0);
      return absl::OkStatus();
    }
    case Kind::kEventTrigger: {
      const auto* a = from_.Get<catalog::EventTrigger>(c.ref);
      const auto* b = to_.Get<catalog::EventTrigger>(c.ref);
      if (c.Has("definition")) return Recreate(c.ref);
      if (c.Has("enabled")) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER EVENT TRIGGER ", c.ref.id, " ", EnableWord(b->enabled)), "change event trigger state");
      CommonAlter(Step::kAlter, a->c, b->c, Kind::kEventTrigger, 0);
      return absl::OkStatus();
    }
    case Kind::kDefaultPrivileges: {
      const auto* a = from_.Get<catalog::DefaultPrivileges>(c.ref);
      const auto* b = to_.Get<catalog::DefaultPrivileges>(c.ref);
      for (const std::string& sql : DefaultPrivilegeSql(*b, a->c.grants, b->c.grants)) Emit(Step::kAlter, c.ref, sql, "change default privileges");
      return absl::OkStatus();
    }
    case Kind::kPublication: {
      if (c.Has("definition")) return Recreate(c.ref);
      CommonAlter(Step::kAlter, from_.Get<catalog::Publication>(c.ref)->c, to_.Get<catalog::Publication>(c.ref)->c,
                  Kind::kPublication, 0);
      return absl::OkStatus();
    }
    case Kind::kForeignDataWrapper:
    case Kind::kForeignServer: return AlterDefined(c);
    case Kind::kSequenceOwner: return absl::OkStatus();
  }
  return absl::OkStatus();
}

}  // namespace schemaservice::plan::internal
