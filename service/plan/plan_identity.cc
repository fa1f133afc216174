#include "service/plan/planner.h"

// Identity columns and owned sequences (IdentityPlanner): identity added, dropped, switched or
// given other options, sequence names, and sequences continued past the rows a column holds;
// and sequences' own changes (options, OWNED BY).

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"

namespace schemaservice::plan::internal {

// "SEQUENCE NAME s.x START WITH 5" -> {"s.x", "START WITH 5"}; no name: {"", options}.
std::pair<std::string, std::string> SplitSequenceName(const std::string& options) {
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

// A sequence made by the plan for a kept column's default (a serial again after an identity,
// or after another type) starts at its START, below the rows the column holds: once it is
// the column's (OWNED BY) and its default, it continues past them.
void IdentityPlanner::ContinueNewSequencePastRows(const ObjectRef& ref, const std::string& table, const Column& b) {
  for (const catalog::Sequence& seq : ctx_.to.catalog().sequences) {
    if (ctx_.from.Find(seq.c.ref) != nullptr) continue;
    // Owned by the column, or a sequence of its own the default calls (shared by several
    // tables' defaults, say: each one's rows then raise it, never lower it).
    const bool owned = seq.owned_by && *seq.owned_by == ref.id;
    const bool called = !seq.owned_by && std::find(b.depends_on.begin(), b.depends_on.end(), seq.c.ref) != b.depends_on.end();
    if (!owned && !called) continue;
    const NodeKey past{Step::kCreate, ref, Facet::kIdentity};
    ContinueIdentityPastRows(past, ref.id, table, b, owned ? "" : seq.c.ref.id);
    ctx_.graph.OrderIfPlanned(past, NodeKey{Step::kAlter, ref});
    ctx_.graph.OrderIfPlanned(past, NodeKey{Step::kCreate, ObjectRef{Kind::kSequenceOwner, seq.c.ref.id}});
    ctx_.graph.OrderIfPlanned(past, NodeKey{Step::kCreate, seq.c.ref});
  }
}

// A new identity sequence starts at its START; rows the column already holds would collide
// with the values it hands out. It continues past the largest (the smallest, counting down),
// unless the table is empty or the rows stay on the near side of START (then nothing is set:
// plain SQL, so the plan stays pure and the step shows in the migration).
void IdentityPlanner::ContinueIdentityPastRows(const NodeKey& node, const std::string& column_id,
                                             const std::string& table, const Column& c, const std::string& sequence) {
  // A foreign table's rows are a remote server's: reading them is not the plan's to do (and
  // fails where the wrapper has no handler). Its sequence starts where the target says.
  const auto* holder = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
  if (holder != nullptr && holder->kind == 'f') return;
  const std::string column = pg::QuoteIdent(c.name);
  const std::string seq = sequence.empty() ? absl::StrCat("pg_get_serial_sequence(", pg::QuoteLiteral(table), ", ",
                                                          pg::QuoteLiteral(c.name), ")::regclass")
                                           : absl::StrCat(pg::QuoteLiteral(sequence), "::regclass");
  // Past the largest value (the smallest, counting down), never back: another column's rows
  // may have moved it further already.
  const std::string body = absl::StrCat(
      "BEGIN PERFORM setval(x.seq, CASE WHEN s.seqincrement > 0 THEN greatest(x.top, coalesce(pg_sequence_last_value(x.seq), x.top))"
      " ELSE least(x.bottom, coalesce(pg_sequence_last_value(x.seq), x.bottom)) END) FROM (SELECT ",
      seq, " AS seq, max(", column, ") AS top, min(", column, ") AS bottom FROM ", table,
      ") x JOIN pg_sequence s ON s.seqrelid = x.seq WHERE (s.seqincrement > 0 AND x.top >= s.seqstart)"
      " OR (s.seqincrement < 0 AND x.bottom <= s.seqstart); END");
  // A DO block returns no rows, as every statement of a plan; its quote cannot occur in names.
  std::string tag = "$setval$";
  while (absl::StrContains(body, tag)) tag.insert(tag.size() - 1, "_");
  ctx_.graph.Emit(node, absl::StrCat("DO ", tag, body, tag),
                  absl::StrCat("continue the identity sequence of ", column_id, " past the rows it holds"));
}

// The identity sequence of a column, {schema, name} quoted: the one named in its options, or
// the one PostgreSQL names in the table's schema.
std::pair<std::string, std::string> IdentityPlanner::IdentitySequence(const std::string& table, const Index& idx,
                                                              const Column& c) const {
  const std::string named = SplitSequenceName(c.identity_options).first;
  if (named.empty()) {
    const auto* t = idx.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
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
void IdentityPlanner::AfterSequenceSchema(const NodeKey& node, const Column& c) {
  const std::string named = SplitSequenceName(c.identity_options).first;
  if (named.empty() || !c.identity) return;
  bool quoted = false;
  for (size_t i = 0; i < named.size(); ++i) {
    if (named[i] == '"') quoted = !quoted;
    if (named[i] == '.' && !quoted) {
      ctx_.graph.OrderIfPlanned(node, NodeKey{Step::kCreate, ObjectRef{Kind::kSchema, named.substr(0, i)}});
      return;
    }
  }
}

namespace {

// An identity's options as pg_get_... renders them ("START WITH 1 INCREMENT BY 1 ..."), with
// what is unset resolved: an unset START is the bound the sequence counts away from.
struct IdentityOptions {
  int64_t increment = 1, cache = 1, start = 1;
  std::string min = "NO MINVALUE", max = "NO MAXVALUE";
  bool cycle = false;
  bool HasMin() const { return min.rfind("NO ", 0) != 0; }
  bool HasMax() const { return max.rfind("NO ", 0) != 0; }
  // Whether `v` is inside the bounds; an unset bound on the side the sequence starts from is
  // 1 (ascending) or -1 (descending), on the other the type's limit, which `v` already fits.
  int64_t Low() const { return HasMin() ? std::atoll(min.c_str()) : (increment > 0 ? 1 : INT64_MIN); }
  int64_t High() const { return HasMax() ? std::atoll(max.c_str()) : (increment > 0 ? INT64_MAX : -1); }
  bool Holds(int64_t v) const { return Low() <= v && v <= High(); }
};

// The persistence an identity's options name ("LOGGED", "UNLOGGED"; "" when it is the
// table's), and the options without it. It comes first, after the sequence's name.
std::pair<std::string, std::string> SplitPersistence(const std::string& options) {
  for (const absl::string_view word : {"LOGGED", "UNLOGGED"}) {
    if (options == word) return {std::string(word), ""};
    if (absl::StartsWith(options, absl::StrCat(word, " "))) return {std::string(word), options.substr(word.size() + 1)};
  }
  return {"", options};
}

IdentityOptions ParseIdentityOptions(const std::string& options) {
  IdentityOptions o;
  std::optional<int64_t> start;
  std::vector<std::string> words = absl::StrSplit(options, ' ', absl::SkipEmpty());
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "START" && i + 2 < words.size()) start = std::atoll(words[i + 2].c_str());
    if (words[i] == "INCREMENT" && i + 2 < words.size()) o.increment = std::atoll(words[i + 2].c_str());
    if (words[i] == "CACHE" && i + 1 < words.size()) o.cache = std::atoll(words[i + 1].c_str());
    if (words[i] == "MINVALUE" && i + 1 < words.size()) o.min = words[i + 1];
    if (words[i] == "MAXVALUE" && i + 1 < words.size()) o.max = words[i + 1];
    if (words[i] == "CYCLE") o.cycle = true;
  }
  const std::string default_start = o.increment > 0 ? (o.HasMin() ? o.min : "1") : (o.HasMax() ? o.max : "-1");
  o.start = start ? *start : std::atoll(default_start.c_str());
  return o;
}

}  // namespace

// Identity added, dropped, switched or given other sequence options.
void IdentityPlanner::PlanIdentity(const Change& ch, const std::string& table, const Column& a, const Column& b) {
  const ObjectRef& ref = ch.ref;
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", pg::QuoteIdent(b.name));
  // An identity sequence moves to another schema only with a new identity (PostgreSQL
  // refuses SET SCHEMA on an owned sequence); a rename or other options change in place.
  std::string old_seq_schema, old_seq_name, new_seq_schema, new_seq_name;
  bool identity_recreated = false;
  if (a.identity && b.identity && ch.Has("identity_options")) {
    std::tie(old_seq_schema, old_seq_name) = IdentitySequence(table, ctx_.from, a);
    std::tie(new_seq_schema, new_seq_name) = IdentitySequence(table, ctx_.to, b);
    identity_recreated = old_seq_schema != new_seq_schema;
  }
  if (identity_recreated) {
    Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP IDENTITY"),
         absl::StrCat("drop identity of ", ref.id, " to move its sequence to schema ", new_seq_schema));
    Emit(Step::kAlter, ref,
         absl::StrCat(alter, " ADD GENERATED ", b.identity == 'a' ? "ALWAYS" : "BY DEFAULT", " AS IDENTITY (",
                      b.identity_options, ")"),
         absl::StrCat("make ", ref.id, " an identity column again, its sequence in schema ", new_seq_schema));
    ContinueIdentityPastRows(NodeKey{Step::kAlter, ref}, ref.id, table, b);
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, ref}, NodeKey{Step::kCreate, ObjectRef{Kind::kSchema, new_seq_schema}});
  } else if (ch.Has("identity")) {
    if (!a.identity) {
      if (a.default_expr) {
        // In the drop phase, so the sequence it used can go before the identity is made.
        ctx_.graph.Emit(NodeKey{Step::kDrop, ref, Facet::kDefault}, absl::StrCat(alter, " DROP DEFAULT"),
                        absl::StrCat("drop default of ", ref.id));
      }
      std::string sql = absl::StrCat(alter, " ADD GENERATED ", b.identity == 'a' ? "ALWAYS" : "BY DEFAULT", " AS IDENTITY");
      if (!b.identity_options.empty()) absl::StrAppend(&sql, " (", b.identity_options, ")");
      AfterSequenceSchema(NodeKey{Step::kAlter, ref}, b);
      Emit(Step::kAlter, ref, sql, absl::StrCat("make ", ref.id, " an identity column"));
      ContinueIdentityPastRows(NodeKey{Step::kAlter, ref}, ref.id, table, b);
    } else if (!b.identity) {
      // In the drop phase: its sequence's name may be taken by a sequence created next.
      ctx_.graph.Emit(NodeKey{Step::kDrop, ref, Facet::kIdentity}, absl::StrCat(alter, " DROP IDENTITY"),
                      absl::StrCat("drop identity of ", ref.id));
    } else {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " SET GENERATED ", b.identity == 'a' ? "ALWAYS" : "BY DEFAULT"),
           absl::StrCat("change identity of ", ref.id));
    }
  }
  if (ch.Has("identity_options") && a.identity && b.identity && !identity_recreated) {
    if (old_seq_name != new_seq_name) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER SEQUENCE ", old_seq_schema, ".", old_seq_name, " RENAME TO ", new_seq_name),
           absl::StrCat("rename the identity sequence of ", ref.id));
    }
    const std::string from_options = SplitPersistence(SplitSequenceName(a.identity_options).second).second;
    const std::string options = SplitPersistence(SplitSequenceName(b.identity_options).second).second;
    if (from_options != options) {
      const std::string clauses = IdentityAlterClauses(from_options, options);
      std::string sql = absl::StrCat(alter, " ", clauses);
      if (absl::EndsWith(clauses, " RESTART")) {
        // A sequence never used restarts (it stands at its old START, outside the new
        // bounds); a used one keeps its position, unless the new bounds exclude it too (the
        // server refuses the ALTER), and then it restarts as well.
        sql = absl::StrCat("DO ", pg::QuoteDollar(absl::StrCat(
                                      "BEGIN IF (SELECT is_called FROM ", new_seq_schema, ".", new_seq_name, ") THEN BEGIN ",
                                      absl::StripSuffix(sql, " RESTART"), "; EXCEPTION WHEN invalid_parameter_value THEN ", sql,
                                      "; END; ELSE ", sql, "; END IF; END")));
      }
      std::vector<Hazard> hazards;
      if (absl::EndsWith(clauses, " RESTART")) {
        hazards.push_back(RuleHazard(Rule::kSequenceRestart,
                                     "restarts the identity sequence at its new START if it was never used or its position "
                                     "lies outside the new bounds (new values may then collide with rows); a used one inside "
                                     "them keeps its position",
                                     "check the current value first"));
      } else if (IdentityBoundsNarrow(from_options, options)) {
        hazards.push_back(SequenceBoundsNarrow(absl::StrCat("the identity sequence of ", ref.id)));
      }
      Emit(Step::kAlter, ref, sql, absl::StrCat("change identity options of ", ref.id), hazards);
      if (a.type != b.type && IsWidening(b.type, a.type)) {
        // Narrowed (bigint -> smallint): ALTER COLUMN TYPE checks the sequence's bounds
        // against the new type, so they shrink first.
        std::vector<Statement>& st = ctx_.graph.At(Step::kAlter, ref).statements;
        auto type_it = std::find_if(st.begin(), st.end(), [&](const Statement& s) {
          return s.description == absl::StrCat("change type of ", ref.id);
        });
        if (type_it != st.end()) std::rotate(type_it, st.end() - 1, st.end());
      }
    }
  }
  if (b.identity) SetIdentityPersistence(ch, table, a, b, identity_recreated);
}

// An identity sequence whose persistence is not its table's. SET LOGGED / UNLOGGED on the
// table switches the sequence along (15+), so the sequence's own is set after the table's
// change: when it changes, or when the identity is made here with one of its own (the ADD
// GENERATED that names it may run before the table switches).
void IdentityPlanner::SetIdentityPersistence(const Change& ch, const std::string& table, const Column& a,
                                             const Column& b, bool identity_recreated) {
  const std::string was = a.identity ? SplitPersistence(SplitSequenceName(a.identity_options).second).first : "";
  const std::string is = SplitPersistence(SplitSequenceName(b.identity_options).second).first;
  const ObjectRef table_ref{Kind::kTable, table};
  const auto* table_a = ctx_.from.Get<catalog::Table>(table_ref);
  const auto* table_b = ctx_.to.Get<catalog::Table>(table_ref);
  const bool table_switches = table_a != nullptr && table_b != nullptr && table_a->unlogged != table_b->unlogged;
  const bool made_here = identity_recreated || (ch.Has("identity") && !a.identity);
  // The table's switch takes a sequence of the table's persistence there by itself.
  if (made_here ? (is.empty() || !table_switches) : (was == is || (is.empty() && table_switches))) return;
  const std::string persistence = !is.empty() ? is : (table_b != nullptr && table_b->unlogged ? "UNLOGGED" : "LOGGED");
  const auto [schema, name] = IdentitySequence(table, ctx_.to, b);
  const NodeKey set{Step::kAlter, ch.ref, Facet::kIdentity};
  ctx_.graph.Emit(set, absl::StrCat("ALTER SEQUENCE ", schema, ".", name, " SET ", persistence),
                  absl::StrCat("set the persistence of the identity sequence of ", ch.ref.id));
  ctx_.graph.OrderIfPlanned(set, NodeKey{Step::kAlter, ch.ref});
  ctx_.graph.OrderIfPlanned(set, NodeKey{Step::kAlter, table_ref});
}

std::string IdentityPlanner::IdentityAlterClauses(const std::string& from_options, const std::string& options) {
  // Reset to defaults, then apply what is set: "SET INCREMENT BY 1 SET CACHE 1 SET NO CYCLE ..."
  const IdentityOptions a = ParseIdentityOptions(from_options), b = ParseIdentityOptions(options);
  std::string out = absl::StrCat("SET INCREMENT BY ", b.increment, " SET CACHE ", b.cache, b.cycle ? " SET CYCLE" : " SET NO CYCLE");
  absl::StrAppend(&out, " SET ", b.HasMin() ? absl::StrCat("MINVALUE ", b.min) : b.min);
  absl::StrAppend(&out, " SET ", b.HasMax() ? absl::StrCat("MAXVALUE ", b.max) : b.max);
  absl::StrAppend(&out, " SET START WITH ", b.start);
  // PostgreSQL refuses new bounds that exclude the current value. That value is not in the
  // catalog; a sequence never used stands at its old START: restart at the new one when the
  // new bounds exclude the old START. Otherwise keep the position, so a used sequence does not
  // hand out its values again (if it stands outside the new bounds, the server refuses).
  if (!b.Holds(a.start)) absl::StrAppend(&out, " RESTART");
  return out;
}

bool IdentityPlanner::IdentityBoundsNarrow(const std::string& from_options, const std::string& options) {
  const IdentityOptions a = ParseIdentityOptions(from_options), b = ParseIdentityOptions(options);
  return b.Low() > a.Low() || b.High() < a.High();
}

void ObjectPlanner::PlanSequenceOwner(const catalog::Sequence& s) {
  const ObjectRef owner{Kind::kSequenceOwner, s.c.ref.id};
  if (ctx_.owner_sequences.count(owner)) return;  // planned already
  // A kept sequence whose owner column (or table) goes would go with it (and fail on the
  // defaults using it): it is let go before the drop, owned anew after.
  const auto* a = ctx_.from.Get<catalog::Sequence>(s.c.ref);
  const Obj* old_column = a && a->owned_by ? ctx_.from.Find(ObjectRef{Kind::kColumn, *a->owned_by}) : nullptr;
  if (old_column && (!ctx_.to.Find(ObjectRef{Kind::kColumn, *a->owned_by}) || ctx_.recreated_tables.count(old_column->owner().id))) {
    const NodeKey let_go{Step::kDrop, owner};
    Emit(Step::kDrop, owner, absl::StrCat("ALTER SEQUENCE ", s.c.ref.id, " OWNED BY NONE"),
         absl::StrCat("keep sequence ", s.c.ref.id, " from going with column ", *a->owned_by));
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, ObjectRef{Kind::kColumn, *a->owned_by}}, let_go);
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, old_column->owner()}, let_go);
  }
  Emit(Step::kCreate, owner,
       absl::StrCat("ALTER SEQUENCE ", s.c.ref.id, " OWNED BY ", s.owned_by ? *s.owned_by : "NONE"),
       absl::StrCat("set owner of sequence ", s.c.ref.id));
  ctx_.owner_sequences[owner] = s.c.ref;
}

void ObjectPlanner::AlterSequence(const Change& c) {
  const auto* a = ctx_.from.Get<catalog::Sequence>(c.ref);
  const auto* b = ctx_.to.Get<catalog::Sequence>(c.ref);
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
  // Only the bound ahead of it moving past its position (MINVALUE raised above an ascending
  // one that never cycled): no value from there on was handed out, so it restarts at its new
  // START. Else, a used one outside the new bounds is left to the refusal above.
  const bool passes_only_unused = !a->cycle && (a->increment > 0) == (b->increment > 0) &&
                                  (b->increment > 0 ? b->min > a->min && b->max >= a->max && b->start >= b->min
                                                    : b->max < a->max && b->min <= a->min && b->start <= b->max);
  if (!clauses.empty()) {
    std::string sql = absl::StrCat("ALTER SEQUENCE ", c.ref.id, " ", absl::StrJoin(clauses, " "));
    std::vector<Hazard> hazards;
    if (passes_only_unused) {
      sql = absl::StrCat("DO ", pg::QuoteDollar(absl::StrCat("BEGIN ", sql, "; EXCEPTION WHEN invalid_parameter_value THEN ",
                                                             sql, " RESTART; END")));
      hazards.push_back(RuleHazard(Rule::kSequenceRestart,
                                   absl::StrCat(c.ref.id, " restarts at ", b->start, " if its position lies outside ", b->min,
                                                "..", b->max, " (it never reached those values, so none is handed out twice)"),
                                   "check the current value first"));
    } else if (a->start < b->min || a->start > b->max) {
      // A sequence never used stands at its START, so new bounds that exclude the old START
      // are refused even with no value handed out: such a one restarts at the new START.
      sql = absl::StrCat("DO ", pg::QuoteDollar(absl::StrCat("BEGIN IF (SELECT is_called FROM ", c.ref.id,
                                                             ") THEN ", sql, "; ELSE ", sql,
                                                             " RESTART; END IF; END")));
    }
    if (narrows && !passes_only_unused) {
      hazards.push_back(SequenceBoundsNarrow(absl::StrCat(c.ref.id, " (now ", b->min, "..", b->max, ")")));
    }
    Emit(Step::kAlter, c.ref, sql, absl::StrCat("alter sequence ", c.ref.id), hazards);
  }
  if (c.Has("unlogged")) {
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER SEQUENCE ", c.ref.id, b->unlogged ? " SET UNLOGGED" : " SET LOGGED"),
         absl::StrCat("change persistence of sequence ", c.ref.id));
  }
  if (c.Has("owned_by")) PlanSequenceOwner(*b);
}

}  // namespace schemaservice::plan::internal
