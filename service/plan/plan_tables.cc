#include "service/plan/planner.h"

// Tables, columns, views and the parts of a table (constraints, indexes, triggers, policies,
// rules, statistics).

#include <algorithm>
#include <map>
#include <queue>
#include <regex>
#include <set>
#include <tuple>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {

absl::Status Planner::CreateTable(const catalog::Table& t) {
  const ObjectRef& ref = t.c.ref;
  std::string sql = absl::StrCat("CREATE ", t.unlogged ? "UNLOGGED " : "", "TABLE ", ref.id);
  std::vector<std::string> defs;
  for (const Column& c : t.columns) {
    if (!c.inherited_only) defs.push_back(ColumnDefinition(c));
  }
  if (!t.partition_of.empty()) {
    absl::StrAppend(&sql, " PARTITION OF ", t.partition_of);
    if (!defs.empty()) absl::StrAppend(&sql, " (", absl::StrJoin(defs, ", "), ")");
    absl::StrAppend(&sql, " ", t.partition_bound);
  } else {
    absl::StrAppend(&sql, " (", absl::StrJoin(defs, ", "), ")");
    if (!t.inherits.empty()) absl::StrAppend(&sql, " INHERITS (", absl::StrJoin(t.inherits, ", "), ")");
  }
  if (!t.partition_key.empty()) absl::StrAppend(&sql, " PARTITION BY ", t.partition_key);
  if (!t.access_method.empty()) absl::StrAppend(&sql, " USING ", t.access_method);
  if (!t.options.empty()) absl::StrAppend(&sql, " WITH (", absl::StrJoin(t.options, ", "), ")");
  Emit(Step::kCreate, ref, sql, absl::StrCat("create table ", ref.id));
  for (const Column& c : t.columns) AfterSequenceSchema(NodeKey{Step::kCreate, ref}, c);
  for (const Column& c : t.columns) {
    if (c.inherited_only) {
      if (c.not_null_own) {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", ref.id, " ALTER COLUMN ", pg::QuoteIdent(c.name), " SET NOT NULL"),
             absl::StrCat("set NOT NULL on inherited column ", ref.id, ".", pg::QuoteIdent(c.name)));
      }
      continue;
    }
    if (c.not_null && !c.not_null_valid) AddNotValidNotNull(Step::kCreate, ref, ref.id, c);
    ColumnAttributes(Step::kCreate, ref, ref.id, Column{}, c, /*is_new=*/true);
  }
  if (t.rls_enabled) Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", ref.id, " ENABLE ROW LEVEL SECURITY"), "enable row level security");
  if (t.rls_forced) Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", ref.id, " FORCE ROW LEVEL SECURITY"), "force row level security");
  if (t.replica_identity == 'f' || t.replica_identity == 'n') {
    Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", ref.id, " REPLICA IDENTITY ", t.replica_identity == 'f' ? "FULL" : "NOTHING"),
         "set replica identity");
  }
  CommonAfterCreate(t.c, Kind::kTable, 0);
  return absl::OkStatus();
}

// Storage, compression, statistics, options, comment and grants of a column.
void Planner::ColumnAttributes(Step step, const ObjectRef& node, const std::string& table, const Column& a,
                      const Column& b, bool is_new) {
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", pg::QuoteIdent(b.name));
  if (a.storage != b.storage && !(is_new && b.storage.empty())) {
    Emit(step, node, absl::StrCat(alter, " SET STORAGE ", b.storage.empty() ? "EXTENDED" : b.storage),
         absl::StrCat("set storage of ", b.name));
  }
  if (!is_new && a.compression != b.compression) {
    Emit(step, node, absl::StrCat(alter, " SET COMPRESSION ", b.compression.empty() ? "default" : b.compression),
         absl::StrCat("set compression of ", b.name));
  }
  if (a.statistics != b.statistics && !(is_new && b.statistics < 0)) {
    Emit(step, node, absl::StrCat(alter, " SET STATISTICS ", b.statistics), absl::StrCat("set statistics of ", b.name));
  }
  if (a.options != b.options) {
    if (!a.options.empty()) {
      std::vector<std::string> keys;
      for (absl::string_view kv : absl::StrSplit(a.options, ',')) {
        keys.push_back(std::string(kv.substr(0, kv.find('='))));
      }
      Emit(step, node, absl::StrCat(alter, " RESET (", absl::StrJoin(keys, ", "), ")"), absl::StrCat("reset options of ", b.name));
    }
    if (!b.options.empty()) {
      Emit(step, node, absl::StrCat(alter, " SET (", absl::StrReplaceAll(b.options, {{",", ", "}}), ")"),
           absl::StrCat("set options of ", b.name));
    }
  }
  const std::string phrase = absl::StrCat("COLUMN ", table, ".", pg::QuoteIdent(b.name));
  const std::string comment = CommentSql(phrase, is_new ? std::nullopt : a.comment, b.comment);
  if (!comment.empty()) Emit(step, node, comment, absl::StrCat("comment on column ", b.name));
  for (const std::string& sql : GrantSql(absl::StrCat("TABLE ", table), is_new ? std::vector<catalog::Grant>{} : a.grants,
                                         b.grants, absl::StrCat(" (", pg::QuoteIdent(b.name), ")"))) {
    Emit(step, node, sql, absl::StrCat("column privileges on ", b.name));
  }
}

absl::Status Planner::AddColumn(const ObjectRef& ref) {
  const Obj* o = to_.Find(ref);
  const auto* c = to_.Get<Column>(ref);
  const std::string& table = o->owner.id;
  std::vector<Hazard> hazards = {AccessExclusive(table)};
  const bool has_default = c->default_expr.has_value() || c->identity;
  if (c->not_null && !has_default) {
    hazards.push_back(MakeHazard(HazardKind::kBackwardIncompatible, Severity::kError, "add-required-column",
                                 absl::StrCat("adds NOT NULL column ", ref.id, " without a default: fails if the table has rows"),
                                 "add it nullable, backfill, then set NOT NULL"));
  }
  if (c->identity || c->generated || (c->default_expr && VolatileDefault(*c->default_expr))) {
    hazards.push_back(MakeHazard(HazardKind::kTableRewrite, Severity::kWarning, "volatile-default",
                                 absl::StrCat("adding ", ref.id, " computes a value for every row: rewrites ", table),
                                 "add the column without a default, set the default, backfill in batches"));
  }
  Emit(Step::kCreate, ref, Statement{absl::StrCat("ALTER TABLE ", table, " ADD COLUMN ", ColumnDefinition(*c)),
                                     absl::StrCat("add column ", ref.id), hazards, true, "ACCESS EXCLUSIVE"});
  AfterSequenceSchema(NodeKey{Step::kCreate, ref}, *c);
  if (c->not_null && !c->not_null_valid) AddNotValidNotNull(Step::kCreate, ref, table, *c);
  ColumnAttributes(Step::kCreate, ref, table, Column{}, *c, /*is_new=*/true);
  return absl::OkStatus();
}

absl::Status Planner::AlterColumn(const Change& ch) {
  if (recreated_tables_.count(to_.Find(ch.ref)->owner.id)) return absl::OkStatus();
  if (handled_columns_.count(ch.ref) && !ch.Has("not_null") && !ch.Has("comment") && !ch.Has("grants")) {
    return absl::OkStatus();
  }
  const Obj* o = to_.Find(ch.ref);
  const auto* a = from_.Get<Column>(ch.ref);
  const auto* b = to_.Get<Column>(ch.ref);
  const std::string& table = o->owner.id;
  const std::string name = pg::QuoteIdent(b->name);
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name);
  const ObjectRef& ref = ch.ref;
  if (a->inherited_only && b->inherited_only) {
    PlanOwnNotNull(ref, table, *b);
    return absl::OkStatus();
  }

  // A generation expression changes in place from 17 (SET EXPRESSION AS), before that by
  // drop and add; so does a switch between STORED and VIRTUAL, which no major alters.
  // 18 refuses DROP EXPRESSION on a virtual column: its values exist only when read.
  if ((ch.Has("default") && (a->generated || b->generated)) || (ch.Has("generated") && b->generated) ||
      ch.Has("virtual")) {
    if (a->generated && !b->generated && !a->virtual_generated) {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP EXPRESSION"), absl::StrCat("make ", ref.id, " a plain column"));
    } else if (a->generated && b->generated && !ch.Has("virtual") && !ch.Has("type") && !ch.Has("collation") &&
               catalog::CanSetGeneratedExpression(target_)) {
      std::vector<Hazard> hazards = {AccessExclusive(table)};
      if (!b->virtual_generated) {
        hazards.push_back(MakeHazard(HazardKind::kTableRewrite, Severity::kWarning, "set-expression",
                                     absl::StrCat("recomputes ", ref.id, " for every row: rewrites ", table)));
      }
      Emit(Step::kAlter, ref, Statement{absl::StrCat(alter, " SET EXPRESSION AS (", *b->default_expr, ")"),
                                        absl::StrCat("change the expression of ", ref.id), hazards, true, "ACCESS EXCLUSIVE"});
    } else {
      RETURN_IF_ERROR(DropObject(ref));
      return CreateObject(ref);
    }
  }
  const bool type_changes = ch.Has("type") || ch.Has("collation");
  const Conversion conversion = ch.Has("type") ? ConversionOf(from_.catalog(), a->type_name, to_.catalog(), b->type_name)
                                               : Conversion::kDirect;
  if (type_changes && !handled_columns_.count(ref) && conversion == Conversion::kNone) {
    // Said now rather than planned: the ALTER would fail on apply ("cannot cast type").
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot change the type of column ", ref.id, " from ", a->type, " to ", b->type,
        ": PostgreSQL has no conversion between these types (no cast, and neither is a string type), so ALTER COLUMN "
        "... TYPE would fail on apply; to replace the column and drop its values, give the new one another name "
        "(or, once it exists, tell --rename); to keep the values, write the conversion in a hand-written migration "
        "(schemactl new-migration: ALTER TABLE ... ALTER COLUMN ... TYPE ... USING an expression of yours)"));
  }
  if (type_changes && !handled_columns_.count(ref)) {
    if (a->default_expr && !a->generated) {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP DEFAULT"), absl::StrCat("drop default of ", ref.id, " before its type changes"));
    }
    std::vector<Hazard> hazards = {AccessExclusive(table)};
    if (!AvoidsRewrite(a->type, b->type) || ch.Has("collation")) {
      hazards.push_back(MakeHazard(HazardKind::kTableRewrite, Severity::kWarning, "type-change-rewrite",
                                   absl::StrCat("changing ", ref.id, " from ", a->type, " to ", b->type, " rewrites ", table, " and its indexes"),
                                   "add a new column, backfill, switch readers, drop the old one"));
    }
    if (!IsWidening(a->type, b->type) && a->type != b->type) {
      hazards.push_back(MakeHazard(HazardKind::kDataLoss, Severity::kWarning, "type-change-narrowing",
                                   absl::StrCat(a->type, " -> ", b->type, " may truncate values or fail on rows that do not fit")));
    }
    std::string sql = absl::StrCat(alter, " TYPE ", b->type);
    if (!b->collation.empty()) absl::StrAppend(&sql, " COLLATE ", b->collation);
    if (a->type != b->type) {
      // An enum takes no cast from another enum, and character(n)'s padding would not fit
      // one: through text (text[] for arrays).
      const char* via = conversion != Conversion::kThroughText ? ""
                        : absl::EndsWith(b->type, "[]")        ? "::text[]"
                                                               : "::text";
      absl::StrAppend(&sql, " USING ", name, via, "::", b->type);
    }
    Emit(Step::kAlter, ref, Statement{sql, absl::StrCat("change type of ", ref.id), hazards, true, "ACCESS EXCLUSIVE"});
    if (b->default_expr && !b->generated && !b->identity) {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " SET DEFAULT ", *b->default_expr), absl::StrCat("set default of ", ref.id));
    }
    type_changed_columns_.insert(ref);
  } else if (ch.Has("default") && !b->generated && !(ch.Has("identity") && !a->identity)) {
    if (b->default_expr && !b->identity) {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " SET DEFAULT ", *b->default_expr), absl::StrCat("set default of ", ref.id));
    } else if (a->default_expr && !a->identity && !a->generated) {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP DEFAULT"), absl::StrCat("drop default of ", ref.id),
           {MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "drop-default",
                       "inserts that relied on the default now get NULL or fail")});
    }
  }
  // ADD ... AS IDENTITY needs the column NOT NULL already, in either mode.
  const bool not_null_first = ch.Has("identity") && !a->identity && ch.Has("not_null") && b->not_null;
  if (not_null_first) PlanNotNull(ref, table, *b);
  // An identity sequence moves to another schema only with a new identity (PostgreSQL
  // refuses SET SCHEMA on an owned sequence); a rename or other options change in place.
  std::string old_seq_schema, old_seq_name, new_seq_schema, new_seq_name;
  bool identity_recreated = false;
  if (a->identity && b->identity && ch.Has("identity_options")) {
    std::tie(old_seq_schema, old_seq_name) = IdentitySequence(ref, from_, *a);
    std::tie(new_seq_schema, new_seq_name) = IdentitySequence(ref, to_, *b);
    identity_recreated = old_seq_schema != new_seq_schema;
  }
  if (identity_recreated) {
    Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP IDENTITY"),
         absl::StrCat("drop identity of ", ref.id, " to move its sequence to schema ", new_seq_schema));
    Emit(Step::kAlter, ref,
         absl::StrCat(alter, " ADD GENERATED ", b->identity == 'a' ? "ALWAYS" : "BY DEFAULT", " AS IDENTITY (",
                      b->identity_options, ")"),
         absl::StrCat("make ", ref.id, " an identity column again, its sequence in schema ", new_seq_schema));
    ContinueIdentityPastRows(ref, table, *b);
    order_if_planned_.emplace_back(NodeKey{Step::kAlter, ref}, NodeKey{Step::kCreate, ObjectRef{Kind::kSchema, new_seq_schema}});
  } else if (ch.Has("identity")) {
    if (!a->identity) {
      if (a->default_expr) {
        // In the drop phase, so the sequence it used can go before the identity is made.
        const ObjectRef pre{Kind::kColumn, absl::StrCat(ref.id, "#default")};
        Emit(Step::kDrop, pre, absl::StrCat(alter, " DROP DEFAULT"), absl::StrCat("drop default of ", ref.id));
        default_holders_[pre] = ref;
      }
      std::string sql = absl::StrCat(alter, " ADD GENERATED ", b->identity == 'a' ? "ALWAYS" : "BY DEFAULT", " AS IDENTITY");
      if (!b->identity_options.empty()) absl::StrAppend(&sql, " (", b->identity_options, ")");
      AfterSequenceSchema(NodeKey{Step::kAlter, ref}, *b);
      Emit(Step::kAlter, ref, sql, absl::StrCat("make ", ref.id, " an identity column"));
      ContinueIdentityPastRows(ref, table, *b);
    } else if (!b->identity) {
      // In the drop phase: its sequence's name may be taken by a sequence created next.
      const ObjectRef pre{Kind::kColumn, absl::StrCat(ref.id, "#identity")};
      Emit(Step::kDrop, pre, absl::StrCat(alter, " DROP IDENTITY"), absl::StrCat("drop identity of ", ref.id));
      default_holders_[pre] = ref;
    } else {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " SET GENERATED ", b->identity == 'a' ? "ALWAYS" : "BY DEFAULT"),
           absl::StrCat("change identity of ", ref.id));
    }
  }
  if (ch.Has("identity_options") && a->identity && b->identity && !identity_recreated) {
    if (old_seq_name != new_seq_name) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER SEQUENCE ", old_seq_schema, ".", old_seq_name, " RENAME TO ", new_seq_name),
           absl::StrCat("rename the identity sequence of ", ref.id));
    }
    const std::string options = SplitSequenceName(b->identity_options).second;
    if (SplitSequenceName(a->identity_options).second != options) {
      const std::string clauses = IdentityAlterClauses(options);
      Emit(Step::kAlter, ref, absl::StrCat(alter, " ", clauses), absl::StrCat("change identity options of ", ref.id),
           OnlyIf(absl::EndsWith(clauses, " RESTART"),
                  MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "sequence-restart",
                             "restarts the identity sequence at its START: new values may collide with existing rows",
                             "set the bounds so the current value stays inside, or setval after")));
    }
  }
  if (ch.Has("not_null")) {
    if (!not_null_first) PlanNotNull(ref, table, *b);
  } else if (b->not_null && (ch.Has("not_null_name") || ch.Has("not_null_valid") || ch.Has("not_null_no_inherit"))) {
    AlterNotNullConstraint(ref, table, *a, *b);
  }
  ColumnAttributes(Step::kAlter, ref, table, *a, *b, /*is_new=*/false);
  return absl::OkStatus();
}

// A new identity sequence starts at its START; rows the column already holds would collide
// with the values it hands out. It continues past the largest, unless the table is empty, the
// rows stay below START, or the sequence counts down (then nothing is set: plain SQL, so the
// plan stays pure and the step shows in the migration).
void Planner::ContinueIdentityPastRows(const ObjectRef& ref, const std::string& table, const Column& c) {
  const std::string column = pg::QuoteIdent(c.name);
  const std::string body =
      absl::StrCat("BEGIN PERFORM setval(x.seq, x.top) FROM (SELECT pg_get_serial_sequence(", pg::QuoteLiteral(table),
                   ", ", pg::QuoteLiteral(c.name), ")::regclass AS seq, max(", column, ") AS top FROM ", table,
                   ") x JOIN pg_sequence s ON s.seqrelid = x.seq WHERE x.top >= s.seqstart AND s.seqincrement > 0; END");
  // A DO block returns no rows, as every statement of a plan; its quote cannot occur in names.
  std::string tag = "$setval$";
  while (absl::StrContains(body, tag)) tag.insert(tag.size() - 1, "_");
  Emit(Step::kAlter, ref, absl::StrCat("DO ", tag, body, tag),
       absl::StrCat("continue the identity sequence of ", ref.id, " past the rows it holds"));
}

// A child's own NOT NULL on an inherited column. A parent's DROP NOT NULL recurses (on 18 it
// drops an inherited-only constraint), so SET NOT NULL comes after the parent's change; the
// child's is dropped before the parent's SET NOT NULL, which then holds it as inherited only.
void Planner::PlanOwnNotNull(const ObjectRef& ref, const std::string& table, const Column& b) {
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", pg::QuoteIdent(b.name));
  const auto* t = to_.Get<catalog::Table>(to_.Find(ref)->owner);
  std::vector<std::string> parents = t->inherits;
  if (!t->partition_of.empty()) parents.push_back(t->partition_of);
  for (const std::string& parent : parents) {
    const NodeKey parent_node{Step::kAlter, ObjectRef{Kind::kColumn, absl::StrCat(parent, ".", pg::QuoteIdent(b.name))}};
    const NodeKey child_node{Step::kAlter, ref};
    if (b.not_null_own) {
      order_if_planned_.emplace_back(child_node, parent_node);
    } else {
      order_if_planned_.emplace_back(parent_node, child_node);
    }
  }
  if (b.not_null_own) {
    Emit(Step::kAlter, ref, Statement{absl::StrCat(alter, " SET NOT NULL"), absl::StrCat("set NOT NULL on inherited column ", ref.id),
                                      {AccessExclusive(table),
                                       MakeHazard(HazardKind::kTableScan, Severity::kWarning, "set-not-null",
                                                  absl::StrCat("scans ", table, " under ACCESS EXCLUSIVE; fails if a row is NULL"))},
                                      true, "ACCESS EXCLUSIVE"});
    return;
  }
  // NOT NULL stays when a parent's takes over.
  Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP NOT NULL"), absl::StrCat("drop NOT NULL set on inherited column ", ref.id),
       OnlyIf(!b.not_null, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "drop-not-null",
                                      "readers that assume a value may now see NULL")));
}

// "SEQUENCE NAME s.x START WITH 5" -> {"s.x", "START WITH 5"}; no name: {"", options}.
std::pair<std::string, std::string> Planner::SplitSequenceName(const std::string& options) {
  constexpr absl::string_view kPrefix = "SEQUENCE NAME ";
  if (!absl::StartsWith(options, kPrefix)) return {"", options};
  size_t i = kPrefix.size();
  bool quoted = false;
  for (; i < options.size(); ++i) {
    if (options[i] == '"') quoted = !quoted;  // "" inside quotes toggles twice
    if (options[i] == ' ' && !quoted) break;
  }
  const std::string name = options.substr(kPrefix.size(), i - kPrefix.size());
  return {name, i < options.size() ? options.substr(i + 1) : ""};
}

// The identity sequence of a column, {schema, name} quoted: the one named in its options, or
// the one PostgreSQL names in the table's schema.
std::pair<std::string, std::string> Planner::IdentitySequence(const ObjectRef& column, const Index& idx,
                                                              const Column& c) const {
  const std::string named = SplitSequenceName(c.identity_options).first;
  if (named.empty()) {
    const auto* t = idx.Get<catalog::Table>(idx.Find(column)->owner);
    return {pg::QuoteIdent(t->c.schema), pg::QuoteIdent(catalog::DefaultIdentitySequenceName(t->c.name, c.name))};
  }
  bool quoted = false;
  for (size_t i = 0; i < named.size(); ++i) {
    if (named[i] == '"') quoted = !quoted;
    if (named[i] == '.' && !quoted) return {named.substr(0, i), named.substr(i + 1)};
  }
  return {"", named};
}

// A named identity sequence may live in a schema this plan creates.
void Planner::AfterSequenceSchema(const NodeKey& node, const Column& c) {
  const std::string named = SplitSequenceName(c.identity_options).first;
  if (named.empty() || !c.identity) return;
  bool quoted = false;
  for (size_t i = 0; i < named.size(); ++i) {
    if (named[i] == '"') quoted = !quoted;
    if (named[i] == '.' && !quoted) {
      order_if_planned_.emplace_back(node, NodeKey{Step::kCreate, ObjectRef{Kind::kSchema, named.substr(0, i)}});
      return;
    }
  }
}

std::string Planner::IdentityAlterClauses(const std::string& options) {
  // Reset to defaults, then apply what is set: "SET INCREMENT BY 1 SET CACHE 1 SET NO CYCLE ..."
  int64_t increment = 1, cache = 1;
  std::optional<int64_t> start;
  std::string min = "NO MINVALUE", max = "NO MAXVALUE";
  bool cycle = false;
  std::vector<std::string> words = absl::StrSplit(options, ' ', absl::SkipEmpty());
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "START" && i + 2 < words.size()) start = std::atoll(words[i + 2].c_str());
    if (words[i] == "INCREMENT" && i + 2 < words.size()) increment = std::atoll(words[i + 2].c_str());
    if (words[i] == "CACHE" && i + 1 < words.size()) cache = std::atoll(words[i + 1].c_str());
    if (words[i] == "MINVALUE" && i + 1 < words.size()) min = words[i + 1];
    if (words[i] == "MAXVALUE" && i + 1 < words.size()) max = words[i + 1];
    if (words[i] == "CYCLE") cycle = true;
  }
  std::string out = absl::StrCat("SET INCREMENT BY ", increment, " SET CACHE ", cache, cycle ? " SET CYCLE" : " SET NO CYCLE");
  absl::StrAppend(&out, " SET ", min.rfind("NO ", 0) == 0 ? min : absl::StrCat("MINVALUE ", min));
  absl::StrAppend(&out, " SET ", max.rfind("NO ", 0) == 0 ? max : absl::StrCat("MAXVALUE ", max));
  // An unset START is the bound the sequence counts away from.
  const bool has_min = min.rfind("NO ", 0) != 0, has_max = max.rfind("NO ", 0) != 0;
  const std::string default_start = increment > 0 ? (has_min ? min : "1") : (has_max ? max : "-1");
  absl::StrAppend(&out, " SET START WITH ", start ? absl::StrCat(*start) : default_start);
  // New bounds may exclude the current value, which PostgreSQL refuses: restart at START.
  if (has_min || has_max) absl::StrAppend(&out, " RESTART");
  return out;
}

void Planner::PlanNotNull(const ObjectRef& ref, const std::string& table, const Column& b) {
  const std::string name = pg::QuoteIdent(b.name);
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name);
  if (!b.not_null) {
    Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP NOT NULL"), absl::StrCat("drop NOT NULL of ", ref.id),
         {MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "drop-not-null",
                     "readers that assume a value may now see NULL")});
    return;
  }
  if (catalog::HasNotNullConstraints(target_)) {
    // 18: a NOT NULL constraint can be added NOT VALID and validated later, like a check, so
    // neither a helper check nor a scan under ACCESS EXCLUSIVE is needed online.
    const bool online = options_.online && !IsNewTable(table);
    if (!b.not_null_valid || online) {
      Emit(Step::kAlter, ref, Statement{NotNullConstraintSql(table, b, /*not_valid=*/true),
                                        absl::StrCat("add NOT NULL on ", ref.id, " without a scan"),
                                        {AccessExclusive(table)}, true, "ACCESS EXCLUSIVE"});
      if (b.not_null_valid) {
        Emit(Step::kAlter, ref, Statement{absl::StrCat("ALTER TABLE ", table, " VALIDATE CONSTRAINT ",
                                                       pg::QuoteIdent(NotNullName(to_.Get<catalog::Table>(to_.Find(ref)->owner)->c.name, b))),
                                          absl::StrCat("validate NOT NULL on ", ref.id, " while writes continue"),
                                          {MakeHazard(HazardKind::kTableScan, Severity::kInfo, "validate",
                                                      "scans the table under SHARE UPDATE EXCLUSIVE")},
                                          true, "SHARE UPDATE EXCLUSIVE"});
      }
      return;
    }
    if (!b.not_null_name.empty() || b.not_null_no_inherit) {
      Emit(Step::kAlter, ref, Statement{NotNullConstraintSql(table, b, /*not_valid=*/false), absl::StrCat("add NOT NULL on ", ref.id),
                                        OnlyIf(!IsNewTable(table), MakeHazard(HazardKind::kTableScan, Severity::kWarning, "set-not-null",
                                                                              absl::StrCat("scans ", table, " under ACCESS EXCLUSIVE; fails if a row is NULL"),
                                                                              "add it NOT VALID, then VALIDATE CONSTRAINT (--online)")),
                                        true, "ACCESS EXCLUSIVE"});
      return;
    }
  }
  if (options_.online && !IsNewTable(table)) {
    const std::string check = pg::QuoteIdent(absl::StrCat("schemad_nn_", b.name).substr(0, 63));
    Emit(Step::kAlter, ref, absl::StrCat("ALTER TABLE ", table, " ADD CONSTRAINT ", check, " CHECK (", name, " IS NOT NULL) NOT VALID"),
         absl::StrCat("check ", ref.id, " IS NOT NULL without a scan"), {AccessExclusive(table)}, "ACCESS EXCLUSIVE");
    Emit(Step::kAlter, ref, absl::StrCat("ALTER TABLE ", table, " VALIDATE CONSTRAINT ", check),
         absl::StrCat("validate ", ref.id, " IS NOT NULL while writes continue"),
         {MakeHazard(HazardKind::kTableScan, Severity::kInfo, "validate", "scans the table under SHARE UPDATE EXCLUSIVE")},
         "SHARE UPDATE EXCLUSIVE");
    Emit(Step::kAlter, ref, absl::StrCat(alter, " SET NOT NULL"), absl::StrCat("set NOT NULL on ", ref.id, " (uses the check)"),
         {AccessExclusive(table)}, "ACCESS EXCLUSIVE");
    Emit(Step::kAlter, ref, absl::StrCat("ALTER TABLE ", table, " DROP CONSTRAINT ", check), "drop the helper check");
    return;
  }
  std::vector<Hazard> hazards;
  if (!IsNewTable(table)) {
    hazards = {AccessExclusive(table),
               MakeHazard(HazardKind::kTableScan, Severity::kWarning, "set-not-null",
                          absl::StrCat("scans ", table, " under ACCESS EXCLUSIVE; fails if a row is NULL"),
                          catalog::HasNotNullConstraints(target_)
                              ? "ADD NOT NULL col NOT VALID, then VALIDATE CONSTRAINT (--online)"
                              : "CHECK (col IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL, drop the check (--online)")};
  }
  Emit(Step::kAlter, ref, Statement{absl::StrCat(alter, " SET NOT NULL"), absl::StrCat("set NOT NULL on ", ref.id), hazards, true,
                                    "ACCESS EXCLUSIVE"});
}

// 18: a column's NOT NULL constraint stays; its name, validity or inheritability changes.
void Planner::AlterNotNullConstraint(const ObjectRef& ref, const std::string& table, const Column& a, const Column& b) {
  // A partition's or child's constraint is its parent's: renamed when detached (AlterTable),
  // inherited again when attached.
  if (a.inherited_only || b.inherited_only || !catalog::HasNotNullConstraints(target_)) return;
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ");
  if (a.not_null_valid && !b.not_null_valid) {
    // No ALTER makes a constraint NOT VALID again.
    Emit(Step::kAlter, ref, absl::StrCat(alter, "ALTER COLUMN ", pg::QuoteIdent(b.name), " DROP NOT NULL"),
         absl::StrCat("drop NOT NULL of ", ref.id, " to add it NOT VALID"));
    Emit(Step::kAlter, ref, NotNullConstraintSql(table, b, /*not_valid=*/true), absl::StrCat("add NOT NULL on ", ref.id, " NOT VALID"));
    return;
  }
  const std::string& bare = to_.Get<catalog::Table>(to_.Find(ref)->owner)->c.name;
  const std::string old_name = NotNullName(from_.Get<catalog::Table>(from_.Find(ref)->owner)->c.name, a);
  const std::string new_name = NotNullName(bare, b);
  if (old_name != new_name) {
    Emit(Step::kAlter, ref, absl::StrCat(alter, "RENAME CONSTRAINT ", pg::QuoteIdent(old_name), " TO ", pg::QuoteIdent(new_name)),
         absl::StrCat("rename the NOT NULL constraint of ", ref.id));
  }
  if (a.not_null_no_inherit != b.not_null_no_inherit) {
    Emit(Step::kAlter, ref, absl::StrCat(alter, "ALTER CONSTRAINT ", pg::QuoteIdent(new_name), b.not_null_no_inherit ? " NO INHERIT" : " INHERIT"),
         absl::StrCat("change inheritance of the NOT NULL constraint of ", ref.id));
  }
  if (!a.not_null_valid && b.not_null_valid) {
    Emit(Step::kAlter, ref, Statement{absl::StrCat(alter, "VALIDATE CONSTRAINT ", pg::QuoteIdent(new_name)), absl::StrCat("validate NOT NULL on ", ref.id),
                                      {MakeHazard(HazardKind::kTableScan, Severity::kInfo, "validate", "scans the table")},
                                      true, "SHARE UPDATE EXCLUSIVE"});
  }
}

// A NOT VALID NOT NULL on a new column: CREATE TABLE and ADD COLUMN would make it valid.
void Planner::AddNotValidNotNull(Step step, const ObjectRef& node, const std::string& table, const Column& c) {
  Emit(step, node, NotNullConstraintSql(table, c, /*not_valid=*/true), absl::StrCat("add NOT NULL on ", c.name, " NOT VALID"));
}

// 18: a detached partition or child keeps its parent's NOT NULL constraint names, now local.
void Planner::RenameDetachedNotNull(const catalog::Table& a, const catalog::Table& b, const ObjectRef* node) {
  if (!catalog::HasNotNullConstraints(target_)) return;
  for (const Column& bc : b.columns) {
    const Column* ac = a.FindColumn(bc.name);
    if (!bc.not_null || bc.inherited_only || ac == nullptr || !ac->inherited_only || !ac->not_null ||
        ac->not_null_constraint.empty()) {
      continue;
    }
    const std::string name = NotNullName(b.c.name, bc);
    if (name == ac->not_null_constraint) continue;
    Emit(Step::kAlter, node != nullptr ? *node : b.c.ref, absl::StrCat("ALTER TABLE ", b.c.ref.id, " RENAME CONSTRAINT ", pg::QuoteIdent(ac->not_null_constraint),
                                             " TO ", pg::QuoteIdent(name)),
         absl::StrCat("rename the NOT NULL constraint of ", bc.name, " it kept from its parent"));
  }
}

std::string Planner::NotNullName(const std::string& table_name, const Column& c) {
  if (!c.not_null_name.empty()) return c.not_null_name;
  if (!c.not_null_constraint.empty()) return c.not_null_constraint;
  return catalog::DefaultNotNullName(table_name, c.name);
}

absl::Status Planner::AlterTable(const Change& c) {
  const auto* a = from_.Get<catalog::Table>(c.ref);
  const auto* b = to_.Get<catalog::Table>(c.ref);
  const std::string& id = c.ref.id;
  if (c.Has("kind") || c.Has("partition_key") || c.Has("access_method") ||
      (c.Has("partition_of") && !a->partition_of.empty() && !b->partition_of.empty())) {
    return RecreateTable(c.ref);
  }
  if (c.Has("partition_of") || c.Has("partition_bound")) {
    if (!a->partition_of.empty()) {
      Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", a->partition_of, " DETACH PARTITION ", id),
           absl::StrCat("detach partition ", id),
           {AccessExclusive(a->partition_of),
            MakeHazard(HazardKind::kAccessExclusiveLock, Severity::kWarning, "detach-not-concurrent",
                       absl::StrCat("blocks every query on ", a->partition_of, " while detaching"),
                       "by hand: DETACH PARTITION ... CONCURRENTLY, outside a transaction block "
                       "(not when the parent has a default partition)")},
           "ACCESS EXCLUSIVE");
    }
    if (b->partition_of.empty()) RenameDetachedNotNull(*a, *b);
    if (!b->partition_of.empty()) {
      Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", b->partition_of, " ATTACH PARTITION ", id, " ", b->partition_bound),
           absl::StrCat("attach partition ", id),
           {MakeHazard(HazardKind::kTableScan, Severity::kWarning, "attach-partition",
                       "scans the partition to check its bound unless a matching CHECK exists")},
           "SHARE UPDATE EXCLUSIVE");
    }
  }
  if (c.Has("inherits")) {
    std::vector<NodeKey> no_inherits;
    for (const std::string& p : a->inherits) {
      // A column inherited from p can be dropped from the child only once p is no longer a parent.
      if (std::find(b->inherits.begin(), b->inherits.end(), p) == b->inherits.end()) {
        const NodeKey no_inherit_node{Step::kAlter, ObjectRef{Kind::kTable, absl::StrCat(id, " NO INHERIT ", p)}};
        Emit(no_inherit_node.step, no_inherit_node.ref, absl::StrCat("ALTER TABLE ", id, " NO INHERIT ", p), absl::StrCat("stop inheriting ", p));
        no_inherits.push_back(no_inherit_node);
        for (const Column& col : a->columns) {
          const ObjectRef column{Kind::kColumn, absl::StrCat(id, ".", pg::QuoteIdent(col.name))};
          order_if_planned_.emplace_back(NodeKey{Step::kDrop, column}, no_inherit_node);
        }
      }
    }
    // A NOT NULL kept from a former parent can be renamed only once no parent gives it.
    if (no_inherits.empty()) {
      RenameDetachedNotNull(*a, *b);
    } else {
      const ObjectRef renames{Kind::kTable, absl::StrCat(id, " NOT NULL kept from parents")};
      RenameDetachedNotNull(*a, *b, &renames);
      for (const NodeKey& n : no_inherits) order_if_planned_.emplace_back(NodeKey{Step::kAlter, renames}, n);
    }
    // INHERIT needs every column of the new parent on the child already: it runs in a node of
    // its own, after the child's columns are added or altered (they depend on the table's node).
    for (const std::string& p : b->inherits) {
      if (std::find(a->inherits.begin(), a->inherits.end(), p) == a->inherits.end()) {
        const NodeKey inherit_node{Step::kAlter, ObjectRef{Kind::kTable, absl::StrCat(id, " INHERIT ", p)}};
        Emit(inherit_node.step, inherit_node.ref, absl::StrCat("ALTER TABLE ", id, " INHERIT ", p), absl::StrCat("inherit ", p));
        order_if_planned_.emplace_back(inherit_node, NodeKey{Step::kAlter, c.ref});
        order_if_planned_.emplace_back(inherit_node, NodeKey{Step::kCreate, ObjectRef{Kind::kTable, p}});
        for (const Column& col : b->columns) {
          const ObjectRef column{Kind::kColumn, absl::StrCat(id, ".", pg::QuoteIdent(col.name))};
          for (Step s : {Step::kCreate, Step::kAlter}) order_if_planned_.emplace_back(inherit_node, NodeKey{s, column});
        }
      }
    }
  }
  if (c.Has("unlogged")) {
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, b->unlogged ? " SET UNLOGGED" : " SET LOGGED"),
         absl::StrCat("change persistence of ", id),
         {MakeHazard(HazardKind::kTableRewrite, Severity::kWarning, "set-logged", absl::StrCat("rewrites ", id)), AccessExclusive(id)},
         "ACCESS EXCLUSIVE");
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
    if (!b->options.empty()) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, " SET (", absl::StrJoin(b->options, ", "), ")"), "set storage parameters");
  }
  if (c.Has("rls_enabled")) {
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, b->rls_enabled ? " ENABLE" : " DISABLE", " ROW LEVEL SECURITY"),
         "change row level security",
         {MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "authz-and-extensions", "changes which rows users see")});
  }
  if (c.Has("rls_forced")) {
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, b->rls_forced ? " FORCE" : " NO FORCE", " ROW LEVEL SECURITY"),
         "change forced row level security");
  }
  if (c.Has("replica_identity") && b->replica_identity != 'i') {
    const std::string what = b->replica_identity == 'f' ? "FULL" : b->replica_identity == 'n' ? "NOTHING" : "DEFAULT";
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, " REPLICA IDENTITY ", what), "set replica identity");
  }
  if (c.Has("replica_identity") && b->replica_identity == 'i') replica_index_tables_.insert(id);
  CommonAlter(Step::kAlter, a->c, b->c, Kind::kTable, 0);
  return absl::OkStatus();
}

// Partitioning and access methods cannot change in place: the table is dropped and
// created again with everything attached to it. Its rows are lost, which the DROP says.
absl::Status Planner::RecreateTable(const ObjectRef& ref) {
  // In-place changes planned before the recreate was decided are moot now.
  for (auto it = nodes_.begin(); it != nodes_.end();) {
    const Obj* o = it->first.step == Step::kAlter ? from_.Find(it->first.ref) : nullptr;
    const bool own = it->first.ref == ref || (o && o->has_owner && o->owner == ref);
    it = (it->first.step == Step::kAlter && own) ? nodes_.erase(it) : std::next(it);
  }
  RETURN_IF_ERROR(DropObject(ref));
  RETURN_IF_ERROR(CreateObject(ref));
  recreated_tables_.insert(ref.id);
  AddHazard(Step::kDrop, ref, MakeHazard(HazardKind::kDataLoss, Severity::kError, "recreate-table",
                                         absl::StrCat("partitioning or access method of ", ref.id,
                                                      " cannot change in place: the table is recreated empty"),
                                         "create the new table beside the old one and move the rows"));
  for (const catalog::TablePart& p : to_.catalog().parts) {
    if (p.table == ref.id) RETURN_IF_ERROR(CreateObject(p.c.ref));
  }
  return absl::OkStatus();
}

void Planner::CreateView(const catalog::View& v) {
  std::string sql = absl::StrCat("CREATE ", v.materialized ? "MATERIALIZED VIEW " : "VIEW ", v.c.ref.id);
  if (!v.options.empty()) absl::StrAppend(&sql, " WITH (", absl::StrJoin(v.options, ", "), ")");
  absl::StrAppend(&sql, " AS\n", ViewQuery(v));
  if (v.materialized) absl::StrAppend(&sql, v.populated ? "\nWITH DATA" : "\nWITH NO DATA");
  Emit(Step::kCreate, v.c.ref, sql, absl::StrCat("create view ", v.c.ref.id));
  for (const auto& [column, comment] : v.column_comments) {
    Emit(Step::kCreate, v.c.ref, CommentSql(absl::StrCat("COLUMN ", v.c.ref.id, ".", pg::QuoteIdent(column)), std::nullopt, comment),
         "comment on view column");
  }
  CommonAfterCreate(v.c, Kind::kView, v.materialized ? 'm' : 'v');
}

absl::Status Planner::AlterView(const Change& c) {
  const auto* a = from_.Get<catalog::View>(c.ref);
  const auto* b = to_.Get<catalog::View>(c.ref);
  if (c.Has("definition") || c.Has("materialized") || c.Has("populated") ||
      (c.Has("options") && b->materialized)) {
    return Recreate(c.ref);
  }
  if (c.Has("options")) {
    std::vector<std::string> reset;
    for (const std::string& kv : a->options) reset.push_back(kv.substr(0, kv.find('=')));
    if (!reset.empty()) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER VIEW ", c.ref.id, " RESET (", absl::StrJoin(reset, ", "), ")"), "reset view options");
    if (!b->options.empty()) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER VIEW ", c.ref.id, " SET (", absl::StrJoin(b->options, ", "), ")"), "set view options");
  }
  if (c.Has("column_comments")) {
    std::set<std::string> names;
    for (const auto& [k, v] : a->column_comments) names.insert(k);
    for (const auto& [k, v] : b->column_comments) names.insert(k);
    for (const std::string& n : names) {
      auto get = [&](const catalog::View* v) -> std::optional<std::string> {
        auto it = v->column_comments.find(n);
        if (it == v->column_comments.end()) return std::nullopt;
        return it->second;
      };
      const std::string sql = CommentSql(absl::StrCat("COLUMN ", c.ref.id, ".", pg::QuoteIdent(n)), get(a), get(b));
      if (!sql.empty()) Emit(Step::kAlter, c.ref, sql, "comment on view column");
    }
  }
  CommonAlter(Step::kAlter, a->c, b->c, Kind::kView, b->materialized ? 'm' : 'v');
  return absl::OkStatus();
}

std::string Planner::PartPhrase(const catalog::TablePart& p) {
  const std::string name = pg::QuoteIdent(p.c.name);
  switch (p.c.ref.kind) {
    case Kind::kConstraint: return absl::StrCat("CONSTRAINT ", name, " ON ", p.table);
    case Kind::kIndex: return absl::StrCat("INDEX ", pg::QuoteIdent(p.c.schema), ".", name);
    case Kind::kTrigger: return absl::StrCat("TRIGGER ", name, " ON ", p.table);
    case Kind::kPolicy: return absl::StrCat("POLICY ", name, " ON ", p.table);
    case Kind::kRule: return absl::StrCat("RULE ", name, " ON ", p.table);
    case Kind::kStatistics: return absl::StrCat("STATISTICS ", pg::QuoteIdent(p.c.schema), ".", name);
    default: return name;
  }
}

void Planner::CreatePart(const catalog::TablePart& p) {
  const ObjectRef& ref = p.c.ref;
  const bool new_table = IsNewTable(p.table);
  const std::string name = pg::QuoteIdent(p.c.name);
  switch (ref.kind) {
    case Kind::kConstraint: CreateConstraint(p, new_table); break;
    case Kind::kIndex: {
      const std::vector<std::string> def_parts = absl::StrSplit(p.definition, '\x1f');
      std::string def = def_parts[0];
      // An index on a partitioned table must cascade to the partitions, as in the models.
      if (p.on_partitioned) absl::StrReplaceAll({{" ON ONLY ", " ON "}}, &def);
      const bool concurrently = options_.online && !new_table && !p.on_partitioned;
      if (concurrently) {
        def = absl::StrReplaceAll(def, {{"CREATE INDEX ", "CREATE INDEX CONCURRENTLY "},
                                        {"CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX CONCURRENTLY "}});
      }
      std::vector<Hazard> hazards;
      if (concurrently) {
        hazards.push_back(MakeHazard(HazardKind::kNotTransactional, Severity::kInfo, "concurrently",
                                     "runs outside a transaction; a failure leaves an INVALID index to drop"));
      }
      if (!new_table && absl::StartsWith(def, "CREATE UNIQUE")) {
        hazards.push_back(MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "add-unique-to-existing",
                                     absl::StrCat("fails if ", p.table, " already holds duplicates"),
                                     "check for duplicates first"));
      }
      if (!concurrently && !new_table) {
        // --online cannot help a partitioned table: CONCURRENTLY is refused there.
        hazards.push_back(MakeHazard(HazardKind::kShareLock, Severity::kWarning, "index-not-concurrent",
                                     absl::StrCat("blocks writes to ", p.table, " while the index builds"),
                                     p.on_partitioned ? "by hand: CREATE INDEX ... ON ONLY the parent, CREATE INDEX "
                                                        "CONCURRENTLY on each partition, ALTER INDEX ... ATTACH PARTITION each"
                                                      : "CREATE INDEX CONCURRENTLY (--online)"));
      }
      Emit(Step::kCreate, ref, Statement{def, absl::StrCat("create index ", ref.id), hazards, !concurrently,
                                         concurrently ? "SHARE UPDATE EXCLUSIVE" : "SHARE"});
      if (def_parts.size() > 1) {
        for (absl::string_view target : absl::StrSplit(def_parts[1], ',')) {
          const std::pair<std::string, std::string> kv = absl::StrSplit(target, ' ');
          Emit(Step::kCreate, ref, absl::StrCat("ALTER INDEX ", pg::QuoteIdent(p.c.schema), ".", name, " ALTER COLUMN ",
                                                kv.first, " SET STATISTICS ", kv.second),
               "set statistics target of an index column");
        }
      }
      if (p.clustered) Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " CLUSTER ON ", name), "mark index for CLUSTER");
      const auto* t = to_.Get<catalog::Table>(ObjectRef{Kind::kTable, p.table});
      if (t && t->replica_identity == 'i' && t->replica_identity_index == name) {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " REPLICA IDENTITY USING INDEX ", name), "set replica identity index");
      }
      break;
    }
    case Kind::kTrigger: {
      Emit(Step::kCreate, ref,
           Statement{p.definition, absl::StrCat("create trigger ", ref.id),
                     OnlyIf(!new_table, MakeHazard(HazardKind::kShareLock, Severity::kInfo, "share-row-exclusive",
                                                   absl::StrCat("blocks writes to ", p.table, " briefly"))),
                     true, "SHARE ROW EXCLUSIVE"});
      if (p.enabled != 'O') {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " ", EnableWord(p.enabled), " TRIGGER ", name), "set trigger state");
      }
      break;
    }
    case Kind::kPolicy:
      Emit(Step::kCreate, ref, absl::StrCat("CREATE POLICY ", name, " ON ", p.table, " ", p.definition),
           absl::StrCat("create policy ", ref.id),
           OnlyIf(!new_table, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning,
                                         "authz-and-extensions", "changes which rows users see")));
      break;
    case Kind::kRule:
      Emit(Step::kCreate, ref, std::string(absl::StripSuffix(p.definition, ";")), absl::StrCat("create rule ", ref.id));
      if (p.enabled != 'O') {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " ", EnableWord(p.enabled), " RULE ", name), "set rule state");
      }
      break;
    case Kind::kStatistics: {
      const std::vector<std::string> parts = absl::StrSplit(p.definition, '\x1f');
      Emit(Step::kCreate, ref, parts[0], absl::StrCat("create statistics ", ref.id));
      if (parts.size() > 1) {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER ", PartPhrase(p), " SET ", parts[1]), "set statistics target");
      }
      break;
    }
    default: break;
  }
  const std::string comment = CommentSql(PartPhrase(p), std::nullopt, p.c.comment);
  if (!comment.empty()) Emit(Step::kCreate, ref, comment, absl::StrCat("comment on ", ref.id));
}

void Planner::CreateConstraint(const catalog::TablePart& p, bool new_table) {
  const ObjectRef& ref = p.c.ref;
  const std::string name = pg::QuoteIdent(p.c.name);
  const std::string add = absl::StrCat("ALTER TABLE ", p.table, " ADD CONSTRAINT ", name, " ");
  const bool not_valid_already = absl::EndsWith(p.definition, " NOT VALID");
  if (new_table) {
    Emit(Step::kCreate, ref, absl::StrCat(add, p.definition), absl::StrCat("add constraint ", ref.id));
    return;
  }
  const char type = p.constraint_type;
  const bool online = options_.online && !p.on_partitioned;
  // NOT ENFORCED constraints check nothing, so there is nothing to validate.
  if ((type == 'f' || type == 'c') && online && !not_valid_already && p.enforced) {
    Emit(Step::kCreate, ref, absl::StrCat(add, p.definition, " NOT VALID"),
         absl::StrCat("add constraint ", ref.id, " without checking existing rows"),
         {AccessExclusive(p.table)}, type == 'f' ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE");
    Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " VALIDATE CONSTRAINT ", name),
         absl::StrCat("validate ", ref.id, " while writes continue"),
         {MakeHazard(HazardKind::kTableScan, Severity::kInfo, "validate", "scans the table under SHARE UPDATE EXCLUSIVE")},
         "SHARE UPDATE EXCLUSIVE");
    return;
  }
  // A temporal key's index is GiST, which USING INDEX does not take.
  if ((type == 'p' || type == 'u') && online && !p.period) {
    // Build the index without blocking writes, then attach it: the constraint itself is
    // then a brief catalog change.
    static const std::regex kSimple(R"(^(PRIMARY KEY|UNIQUE)( NULLS NOT DISTINCT)? (\([^()]*\))$)");
    std::smatch m;
    if (std::regex_match(p.definition, m, kSimple)) {
      Emit(Step::kCreate, ref,
           Statement{absl::StrCat("CREATE UNIQUE INDEX CONCURRENTLY ", name, " ON ", p.table, " ", m[3].str(),
                                  m[2].matched ? " NULLS NOT DISTINCT" : ""),
                     absl::StrCat("build the index of ", ref.id, " while writes continue"),
                     {MakeHazard(HazardKind::kNotTransactional, Severity::kInfo, "concurrently",
                                 "runs outside a transaction; a failure leaves an INVALID index to drop"),
                      MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "add-unique-to-existing",
                                 absl::StrCat("fails if ", p.table, " already holds duplicates"), "check for duplicates first")},
                     false, "SHARE UPDATE EXCLUSIVE"});
      Emit(Step::kCreate, ref, absl::StrCat(add, m[1].str(), " USING INDEX ", name),
           absl::StrCat("attach the index as constraint ", ref.id), {AccessExclusive(p.table)}, "ACCESS EXCLUSIVE");
      return;
    }
  }
  std::vector<Hazard> hazards = {AccessExclusive(p.table)};
  std::string lock = "ACCESS EXCLUSIVE";
  if (type == 'f' && !p.enforced) {
    lock = "SHARE ROW EXCLUSIVE";
  } else if (type == 'f' && !not_valid_already) {
    lock = "SHARE ROW EXCLUSIVE";
    // PostgreSQL 15 refuses a NOT VALID foreign key on a partitioned table.
    hazards = {MakeHazard(HazardKind::kTableScan, Severity::kWarning, "fk-without-not-valid",
                          absl::StrCat("validates every row of ", p.table, " while blocking writes to both tables"),
                          p.on_partitioned ? "" : "add it NOT VALID, then VALIDATE CONSTRAINT (--online)")};
  } else if (type == 'c' && !not_valid_already && p.enforced) {
    hazards.push_back(MakeHazard(HazardKind::kTableScan, Severity::kWarning, "check-without-not-valid",
                                 absl::StrCat("scans ", p.table, " under ACCESS EXCLUSIVE"),
                                 p.on_partitioned ? "by hand: add it NOT VALID, then VALIDATE CONSTRAINT"
                                                  : "add it NOT VALID, then VALIDATE CONSTRAINT (--online)"));
  } else if (type == 'p' || type == 'u' || type == 'x') {
    // USING INDEX takes only PRIMARY KEY and UNIQUE, and no index of a partitioned table.
    hazards.push_back(MakeHazard(HazardKind::kTableScan, Severity::kWarning, "pk-or-unique-constraint",
                                 absl::StrCat("builds an index on ", p.table, " under ACCESS EXCLUSIVE; fails on ",
                                              type == 'x' ? "conflicting rows" : "duplicates"),
                                 type == 'x' || p.on_partitioned || p.period
                                     ? ""
                                     : "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX"));
  }
  Emit(Step::kCreate, ref, Statement{absl::StrCat(add, p.definition), absl::StrCat("add constraint ", ref.id), hazards, true, lock});
}

void Planner::DropPart(const catalog::TablePart& p, bool removed) {
  const ObjectRef& ref = p.c.ref;
  const std::string name = pg::QuoteIdent(p.c.name);
  switch (ref.kind) {
    case Kind::kConstraint:
      Emit(Step::kDrop, ref, Statement{absl::StrCat("ALTER TABLE ", p.table, " DROP CONSTRAINT ", name),
                                       absl::StrCat("drop constraint ", ref.id),
                                       OnlyIf(removed, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning,
                                                                                "drop-constraint", "the database stops enforcing it")),
                                       true, "ACCESS EXCLUSIVE"});
      break;
    case Kind::kIndex: {
      const bool concurrently = options_.online && !p.on_partitioned;
      std::vector<Hazard> hazards;
      if (removed) hazards.push_back(MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "drop-index", "queries using the index slow down"));
      if (concurrently) {
        // SHARE UPDATE EXCLUSIVE: reads and writes go on, but it waits for every transaction
        // that holds a lock on the table.
        hazards.push_back(MakeHazard(HazardKind::kNotTransactional, Severity::kInfo, "concurrently",
                                     absl::StrCat("runs outside a transaction and waits for every open transaction "
                                                  "that uses ", p.table, "; a failure can leave an INVALID index to drop")));
      } else {
        // DROP INDEX CONCURRENTLY is refused on a partitioned table's index.
        hazards.push_back(MakeHazard(HazardKind::kAccessExclusiveLock, Severity::kWarning, "drop-index-not-concurrent",
                                     absl::StrCat("takes an ACCESS EXCLUSIVE lock on ", p.table,
                                                  ": every reader and writer queues behind it"),
                                     p.on_partitioned ? kShortLockTimeout : "DROP INDEX CONCURRENTLY (--online)"));
      }
      Emit(Step::kDrop, ref, Statement{absl::StrCat("DROP INDEX ", concurrently ? "CONCURRENTLY " : "", pg::QuoteIdent(p.c.schema), ".", name),
                                       absl::StrCat("drop index ", ref.id), hazards, !concurrently,
                                       concurrently ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE"});
      break;
    }
    case Kind::kTrigger:
      Emit(Step::kDrop, ref, absl::StrCat("DROP TRIGGER ", name, " ON ", p.table), absl::StrCat("drop trigger ", ref.id),
           OnlyIf(removed, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "drop-other",
                                      "the trigger's behaviour stops")));
      break;
    case Kind::kPolicy:
      Emit(Step::kDrop, ref, absl::StrCat("DROP POLICY ", name, " ON ", p.table), absl::StrCat("drop policy ", ref.id),
           OnlyIf(removed, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "authz-and-extensions",
                                      "changes which rows users see")));
      break;
    case Kind::kRule:
      Emit(Step::kDrop, ref, absl::StrCat("DROP RULE ", name, " ON ", p.table), absl::StrCat("drop rule ", ref.id));
      break;
    case Kind::kStatistics:
      Emit(Step::kDrop, ref, absl::StrCat("DROP STATISTICS ", pg::QuoteIdent(p.c.schema), ".", name),
           absl::StrCat("drop statistics ", ref.id));
      break;
    default: break;
  }
}

absl::Status Planner::AlterPart(const Change& c) {
  const auto* a = from_.Get<catalog::TablePart>(c.ref);
  const auto* b = to_.Get<catalog::TablePart>(c.ref);
  if (recreated_tables_.count(b->table)) return absl::OkStatus();
  const std::string name = pg::QuoteIdent(b->c.name);
  // 18 switches a foreign key between ENFORCED and NOT ENFORCED in place; a check only by
  // drop and add. ENFORCED validates, so it reaches only a valid constraint.
  if (c.ref.kind == Kind::kConstraint && c.Has("enforced") && b->constraint_type == 'f' &&
      catalog::CanAlterConstraintEnforced(target_) && (!b->enforced || b->valid) &&
      absl::StripSuffix(a->definition, " NOT ENFORCED") == absl::StripSuffix(b->definition, " NOT ENFORCED")) {
    Emit(Step::kAlter, c.ref, Statement{absl::StrCat("ALTER TABLE ", b->table, " ALTER CONSTRAINT ", name, b->enforced ? " ENFORCED" : " NOT ENFORCED"),
                                        absl::StrCat(b->enforced ? "enforce " : "stop enforcing ", c.ref.id),
                                        b->enforced ? std::vector<Hazard>{MakeHazard(HazardKind::kTableScan, Severity::kWarning, "enforce-constraint",
                                                                                     absl::StrCat("checks every row of ", b->table, " while blocking writes"))}
                                                    : std::vector<Hazard>{MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "drop-constraint",
                                                                                     "the database stops enforcing it")},
                                        true, "SHARE ROW EXCLUSIVE"});
    const std::string comment = CommentSql(PartPhrase(*b), a->c.comment, b->c.comment);
    if (!comment.empty()) Emit(Step::kAlter, c.ref, comment, absl::StrCat("comment on ", c.ref.id));
    return absl::OkStatus();
  }
  const bool validate_only = c.ref.kind == Kind::kConstraint && c.Has("valid") && !a->valid && b->valid &&
                             absl::StripSuffix(a->definition, " NOT VALID") == b->definition;
  if (c.Has("definition") && !validate_only) return Recreate(c.ref);
  if (c.Has("valid")) {
    if (!b->valid) return Recreate(c.ref);
    Emit(Step::kAlter, c.ref, Statement{absl::StrCat("ALTER TABLE ", b->table, " VALIDATE CONSTRAINT ", name),
                                        absl::StrCat("validate ", c.ref.id),
                                        {MakeHazard(HazardKind::kTableScan, Severity::kInfo, "validate", "scans the table")},
                                        true, "SHARE UPDATE EXCLUSIVE"});
  }
  if (c.Has("enabled")) {
    const char* what = c.ref.kind == Kind::kRule ? " RULE " : " TRIGGER ";
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", b->table, " ", EnableWord(b->enabled), what, name), "change trigger state");
  }
  if (c.Has("clustered")) {
    Emit(Step::kAlter, c.ref, b->clustered ? absl::StrCat("ALTER TABLE ", b->table, " CLUSTER ON ", name)
                                           : absl::StrCat("ALTER TABLE ", b->table, " SET WITHOUT CLUSTER"),
         "change CLUSTER index");
  }
  const std::string comment = CommentSql(PartPhrase(*b), a->c.comment, b->c.comment);
  if (!comment.empty()) Emit(Step::kAlter, c.ref, comment, absl::StrCat("comment on ", c.ref.id));
  return absl::OkStatus();
}

}  // namespace schemaservice::plan::internal
