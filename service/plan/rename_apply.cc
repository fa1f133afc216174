// service/plan/rename_apply.cc
//
// Rename hints applied to the "from" catalog. Identities move (ids, names, table links,
// dependency edges); definitions PostgreSQL re-renders from OIDs (indexes, constraints,
// triggers, policies, rules, statistics, column types and defaults, view queries) get the new
// names, so a renamed object and its parts compare equal to the target and stay. Left as they
// were: a view's query after a column rename (its output column keeps the old name) and
// function bodies (their text is kept), so when the target's differ they are replaced.
// Names derived from a renamed table or column follow it (rename_derived.cc).
#include "service/plan/rename_apply.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_split.h"
#include "service/pg/quote.h"
#include "service/plan/planner.h"
#include "service/plan/rename_text.h"
#include "service/plan/renamer.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {
namespace {

using catalog::Catalog;
using catalog::Column;
using catalog::Kind;
using catalog::ObjectRef;
using catalog::TablePart;

const char* TableKeyword(const Catalog& c, const std::string& id) {
  for (const auto& v : c.views) {
    if (v.c.ref.id == id) return v.materialized ? "MATERIALIZED VIEW" : "VIEW";
  }
  return "TABLE";
}

}  // namespace

// By identity ("s.f(integer)"), or by name alone when only one function has it.
// "s.f(integer, text)" names f when each argument ends with the type given: identity
// arguments carry names and modes ("x integer", "VARIADIC parts text[]").
bool ArgumentsMatch(const std::string& identity_args, absl::string_view given) {
  std::vector<std::string> have = absl::StrSplit(identity_args, ", ", absl::SkipEmpty());
  std::vector<std::string> want;
  for (absl::string_view arg : absl::StrSplit(given, ',', absl::SkipWhitespace())) {
    want.emplace_back(absl::AsciiStrToLower(absl::StripAsciiWhitespace(arg)));
  }
  if (have.size() != want.size()) return false;
  for (size_t i = 0; i < have.size(); ++i) {
    if (have[i] != want[i] && !absl::EndsWith(have[i], absl::StrCat(" ", want[i]))) return false;
  }
  return true;
}

const catalog::Function* FindFunction(const Catalog& c, const std::string& name) {
  const size_t paren = name.find('(');
  const std::string bare = name.substr(0, paren);
  const catalog::Function* found = nullptr;
  int matches = 0;
  for (const auto& f : c.functions) {
    if (f.c.ref.id == name) return &f;
    if (Quoted(f.c.schema, f.c.name) != bare) continue;
    if (paren != std::string::npos &&
        !ArgumentsMatch(f.identity_args, absl::string_view(name).substr(paren + 1, name.size() - paren - 2))) {
      continue;
    }
    found = &f;
    ++matches;
  }
  return matches == 1 ? found : nullptr;
}

namespace {

bool Contains(const std::vector<std::string>& list, const std::string& x) {
  return std::find(list.begin(), list.end(), x) != list.end();
}

// A primary key, unique or exclusion constraint: it owns an index of its own name.
bool IsKey(const TablePart& p) {
  return p.c.ref.kind == Kind::kConstraint &&
         (p.constraint_type == 'p' || p.constraint_type == 'u' || p.constraint_type == 'x');
}

// The key whose index is `name` ("schema.index"), when no plain index has that name.
const TablePart* KeyOfIndex(const Catalog& c, const std::string& name) {
  const TablePart* key = nullptr;
  for (const TablePart& p : c.parts) {
    if (Quoted(p.c.schema, p.c.name) != name) continue;
    if (p.c.ref.kind == Kind::kIndex) return nullptr;
    if (IsKey(p)) key = &p;
  }
  return key;
}

// Hints run by rank: schemas, then tables, views and types, then what they hold.
int Rank(const std::string& kind) {
  return kind == "schema" ? 0 : (kind == "table" || kind == "view" || kind == "type") ? 1 : 2;
}

// Names that PostgreSQL keeps apart never stand in each other's way.
bool SameName(const std::string& kind_a, const std::string& a, const std::string& kind_b, const std::string& b) {
  if ((Rank(kind_a) == 1) != (Rank(kind_b) == 1) || (Rank(kind_a) != 1 && kind_a != kind_b)) return false;
  // Overloads aside: a function's name, without its arguments.
  if (kind_a == "function") return a.substr(0, a.find('(')) == b.substr(0, b.find('('));
  return a == b;
}

}  // namespace

std::string Renamer::Followed(const std::string& kind, const std::string& name) const {
  const Catalog& now = out_.catalog();
  std::string id;
  const auto [owner, last] = SplitLast(name);
  if (kind == "index") {
    for (const TablePart& p : from_.parts) {
      if (p.c.ref.kind != Kind::kIndex || Quoted(p.c.schema, p.c.name) != name) continue;
      const ObjectRef ref = out_.Now(p.c.ref);
      for (const TablePart& q : now.parts) {
        if (q.c.ref == ref) id = Quoted(q.c.schema, q.c.name);
      }
    }
  } else if (kind == "function") {
    if (const catalog::Function* f = FindFunction(from_, name); f != nullptr) id = out_.Now(f->c.ref).id;
  } else if (kind == "label" ||
             (kind == "column" && std::none_of(from_.tables.begin(), from_.tables.end(),
                                               [&](const catalog::Table& t) { return t.c.ref.id == owner; }))) {
    // An enum's label, a composite type's attribute: where the type went.
    const std::string type = Followed("type", owner);
    if (!type.empty()) id = absl::StrCat(type, ".", pg::QuoteIdent(last));
  } else {
    const std::map<std::string, Kind> kinds = {{"table", Kind::kTable}, {"view", Kind::kView},
                                               {"type", Kind::kType},   {"schema", Kind::kSchema},
                                               {"column", Kind::kColumn}, {"constraint", Kind::kConstraint}};
    if (const auto it = kinds.find(kind); it != kinds.end()) id = out_.Now(ObjectRef{it->second, name}).id;
  }
  return !id.empty() && Contains(KindsNamed(now, id), kind) ? id : "";
}

absl::StatusOr<Renamer::Located> Renamer::Locate(const RenameHint& hint) const {
  Located at{hint.kind, "", TargetName(hint)};
  if (const auto temporary = temporaries_.find(hint.from); temporary != temporaries_.end()) {
    at.kind = temporary->second.kind;
    at.from = temporary->second.name;
    return at;
  }
  // OLD as the source has it, followed through the renames so far.
  std::vector<std::string> kinds = KindsNamed(from_, hint.from);
  if (!hint.kind.empty()) kinds = Contains(kinds, hint.kind) ? std::vector<std::string>{hint.kind} : std::vector<std::string>{};
  if (kinds.size() == 1) {
    at.from = Followed(kinds.front(), hint.from);
    if (!at.from.empty()) at.kind = kinds.front();
  }
  // The index of a primary key, unique or exclusion constraint is the constraint's: the
  // hint renames the key (its index with it) to the key whose index the target names so.
  if ((hint.kind.empty() || hint.kind == "index") && kinds.empty()) {
    if (const TablePart* key = KeyOfIndex(from_, hint.from); key != nullptr) {
      if (KeyOfIndex(to_, hint.to) == nullptr) {
        return InvalidHint(hint, absl::StrCat(hint.from, " is the index of key ", key->c.ref.id,
                                              ", and the target has no key whose index is ", hint.to));
      }
      at.kind = "constraint";
      at.from = Followed("constraint", key->c.ref.id);
      if (!at.from.empty()) return at;
    }
  }
  if (at.from.empty()) {
    // Named as it is now (a column hint naming its table by the new name), or renamed aside
    // for another hint.
    at.from = Current(hint.from);
    if (const std::string aside = room_.Aside(at.from); !aside.empty()) at.from = aside;
    at.kind = hint.kind;
    // Already done as a name derived from a renamed table or column (Apply says so).
    if (out_.Done(at.from, at.to)) return at;
  }
  const std::vector<std::string> old_kinds = KindsNamed(out_.catalog(), at.from);
  if (at.kind.empty()) {
    if (old_kinds.empty()) {
      return InvalidHint(hint, absl::StrCat(hint.from, " names nothing in the schema being changed",
                                            absl::StrContains(hint.from, "(")
                                                ? " (argument types are written as PostgreSQL prints them: integer, "
                                                  "character varying, timestamp with time zone)"
                                                : ""));
    }
    if (old_kinds.size() > 1) {
      return InvalidHint(hint, absl::StrCat(hint.from, " names a ", absl::StrJoin(old_kinds, " and a "),
                                            ": say which, e.g. ", old_kinds.front(), ":", hint.from, "=", hint.to));
    }
    at.kind = old_kinds.front();
  } else if (!Contains(old_kinds, at.kind)) {
    return InvalidHint(hint, absl::StrCat("no ", at.kind, " ", hint.from, " in the schema being changed"));
  }
  return at;
}

// NEW as the target has it; a column, constraint or label hint may name its table or type by
// the old name.
std::string Renamer::TargetName(const RenameHint& hint) const {
  if (hint.kind.empty() || hint.kind == "index") {
    const TablePart* key = KeyOfIndex(to_, hint.to);
    if (key != nullptr && KeyOfIndex(from_, hint.from) != nullptr) return key->c.ref.id;
  }
  return KindsNamed(to_, hint.to).empty() ? Current(hint.to) : hint.to;
}

bool Renamer::TakenByHint(const std::string& kind, const std::string& name) const {
  const catalog::Function* function = kind == "function" ? FindFunction(to_, name) : nullptr;
  for (const RenameHint& h : hints_) {
    const std::string to = TargetName(h);
    if (kind == "function" ? function != nullptr && FindFunction(to_, to) == function : to == name) return true;
  }
  return false;
}

absl::Status Renamer::Apply(const RenameHint& hint) {
  given_ = hint_ = hint;
  ASSIGN_OR_RETURN(const Located at, Locate(hint));
  hint_ = RenameHint{hint.kind, at.from, at.to};
  // Already done as a name derived from a renamed table or column.
  if (at.from == at.to || out_.Done(at.from, at.to)) return absl::OkStatus();
  const std::string& kind = at.kind;
  if (!Contains(KindsNamed(to_, at.to), kind)) return Invalid(absl::StrCat("the target has no ", kind, " ", at.to));
  // Unless the target's object of that name is what another hint renames to that name.
  if (Contains(KindsNamed(to_, at.from), kind) && !TakenByHint(kind, at.from)) {
    return Invalid(absl::StrCat("the target still has ", kind, " ", at.from, ": nothing is renamed"));
  }
  if (Contains(KindsNamed(out_.catalog(), at.to), kind)) {
    return Invalid(absl::StrCat(at.to, " already exists in the schema being changed"));
  }
  RETURN_IF_ERROR(Dispatch(kind));
  if (const auto temporary = temporaries_.find(hint.from); temporary != temporaries_.end()) {
    out_.FoldLastChangeInto(temporary->second.change);
  }
  return absl::OkStatus();
}

absl::Status Renamer::Dispatch(const std::string& kind) {
  if (kind == "table" || kind == "view") return RenameRelation(kind, hint_.from, hint_.to);
  if (kind == "column") return RenameColumnHint();
  if (kind == "constraint") return RenameConstraintHint();
  if (kind == "index") return RenameIndexHint();
  if (kind == "type") return RenameType(hint_.from, hint_.to);
  if (kind == "label") return RenameLabel();
  if (kind == "schema") return RenameSchema(hint_.from, hint_.to);
  return RenameFunction();
}

absl::Status Renamer::RenameToTemporary(const RenameHint& hint) {
  given_ = hint_ = hint;
  ASSIGN_OR_RETURN(const Located at, Locate(hint));
  // "<name>_swap" beside it (same schema, table or type), free on both sides.
  const size_t paren = at.kind == "function" ? at.from.find('(') : std::string::npos;
  const std::string bare = at.from.substr(0, paren);
  const std::string args = paren == std::string::npos ? "" : at.from.substr(paren);
  const std::vector<std::string> parts = *SplitQualifiedName(bare);
  const std::string parent = parts.size() > 1 ? SplitLast(bare).first : "";
  const std::string& last = parts.back();
  std::string temporary;
  for (int n = 1; temporary.empty(); ++n) {
    const std::string name = SwapName(last, n);
    const std::string id = parent.empty() ? pg::QuoteIdent(name) : absl::StrCat(parent, ".", pg::QuoteIdent(name));
    // A key's name is its index's too, in its schema's relations.
    const std::string relation = at.kind == "constraint" ? Quoted(parts[0], name) : id;
    if (KindsNamed(out_.catalog(), id).empty() && KindsNamed(to_, id).empty() &&
        !room_.Taken(relation, NameRoom::kRelations | NameRoom::kTypes)) {
      temporary = id;
    }
  }
  hint_ = RenameHint{hint.kind, at.from, temporary};
  const size_t change = out_.ChangeCount();
  derived_.SetTemporary(true);
  const absl::Status done = Dispatch(at.kind);
  derived_.SetTemporary(false);
  RETURN_IF_ERROR(done);
  temporaries_[hint.from] = Temporary{at.kind, absl::StrCat(temporary, args), change};
  return absl::OkStatus();
}

absl::Status Renamer::ApplyAll(const std::vector<RenameHint>& hints) {
  hints_ = hints;
  auto kind_of = [&](const RenameHint& h) {
    const absl::StatusOr<Located> at = Locate(h);
    return at.ok() ? at->kind : h.kind;
  };
  std::vector<std::pair<int, RenameHint>> pending;
  for (const RenameHint& h : hints) pending.emplace_back(Rank(kind_of(h)), h);
  std::stable_sort(pending.begin(), pending.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::set<std::string> swapped;
  while (!pending.empty()) {
    // Within the first rank, hint j waits for hint i when i's object stands at the name j takes.
    size_t group = 0;
    while (group < pending.size() && pending[group].first == pending.front().first) ++group;
    std::vector<std::optional<Located>> at(group);
    for (size_t i = 0; i < group; ++i) {
      if (absl::StatusOr<Located> l = Locate(pending[i].second); l.ok()) at[i] = *l;
    }
    auto waits_for = [&](size_t j) -> std::optional<size_t> {
      for (size_t i = 0; at[j] && i < group; ++i) {
        if (i != j && at[i] && SameName(at[i]->kind, at[i]->from, at[j]->kind, at[j]->to)) return i;
      }
      return std::nullopt;
    };
    size_t next = 0;
    while (next < group && waits_for(next)) ++next;
    if (next == group) {
      // Each waits for another: a cycle. The first hint met twice on the way is on it; its
      // object takes a temporary name, and the hint runs from there later.
      std::set<size_t> seen;
      size_t on = 0;
      while (seen.insert(on).second) on = *waits_for(on);
      if (swapped.insert(pending[on].second.from).second) {
        RETURN_IF_ERROR(RenameToTemporary(pending[on].second));
        continue;
      }
      next = on;  // already aside: the hint says what is wrong
    }
    RETURN_IF_ERROR(Apply(pending[next].second));
    pending.erase(pending.begin() + next);
  }
  return absl::OkStatus();
}

std::string Renamer::Current(const std::string& name) const {
  auto parts = SplitQualifiedName(name);
  if (!parts.ok()) return name;
  if (auto it = schemas_.find((*parts)[0]); it != schemas_.end() && parts->size() > 1) (*parts)[0] = it->second;
  if (parts->size() == 3) {
    auto it = containers_.find(JoinQualifiedName({(*parts)[0], (*parts)[1]}));
    if (it != containers_.end()) {
      auto owner = SplitQualifiedName(it->second);
      (*parts)[0] = (*owner)[0];
      (*parts)[1] = (*owner)[1];
    }
  }
  return JoinQualifiedName(*parts);
}

absl::StatusOr<Renamer::Within> Renamer::SameParent(const std::string& why) const {
  const std::string parent = SplitLast(hint_.from).first;
  if (parent != SplitLast(hint_.to).first) return Invalid(why);
  return Within{parent, SplitQualifiedName(hint_.from)->back(), SplitQualifiedName(hint_.to)->back()};
}

absl::Status InvalidHint(const RenameHint& hint, const std::string& why) {
  return absl::InvalidArgumentError(absl::StrCat("rename hint ", hint.kind.empty() ? "" : absl::StrCat(hint.kind, ":"),
                                                 hint.from, "=", hint.to, ": ", why));
}

void Renamer::EnsureSchema(const std::string& schema) {
  std::vector<catalog::Schema>& schemas = out_.catalog().schemas;
  const ObjectRef ref{Kind::kSchema, schema};
  if (std::any_of(schemas.begin(), schemas.end(), [&](const catalog::Schema& s) { return s.c.ref == ref; })) return;
  const auto target = std::find_if(to_.schemas.begin(), to_.schemas.end(),
                                   [&](const catalog::Schema& s) { return s.c.ref == ref; });
  if (target == to_.schemas.end()) return;  // the SET SCHEMA then names what is missing
  out_.Say(absl::StrCat("CREATE SCHEMA ", schema), absl::StrCat("create schema ", schema, " for the objects moved into it"));
  catalog::Schema made;
  made.c.ref = ref;
  made.c.name = target->c.name;
  made.c.owner = target->c.owner;
  schemas.insert(std::upper_bound(schemas.begin(), schemas.end(), made,
                                  [](const catalog::Schema& a, const catalog::Schema& b) { return a.c.ref < b.c.ref; }),
                 made);
}

absl::Status Renamer::RenameRelation(const std::string& kind, const std::string& from, const std::string& to) {
  const auto [old_schema, old_name] = SplitLast(from);
  const auto [new_schema, new_name] = SplitLast(to);
  const std::string keyword = TableKeyword(out_.catalog(), from);
  const std::vector<std::string> raw_from = *SplitQualifiedName(from);
  const std::vector<std::string> raw_to = *SplitQualifiedName(to);
  std::string current = from;
  auto rename = [&](const std::string& schema) {  // within `schema` (raw)
    room_.MakeRoom(Quoted(schema, raw_to[1]), NameRoom::kRelations | NameRoom::kTypes);
    out_.Say(absl::StrCat("ALTER ", keyword, " ", current, " RENAME TO ", pg::QuoteIdent(new_name)),
             absl::StrCat("rename ", kind, " ", current, " to ", Quoted(schema, raw_to[1])));
    current = Quoted(schema, raw_to[1]);
  };
  if (old_schema != new_schema) {
    EnsureSchema(new_schema);
    room_.ClearMovedParts(from, to);
    room_.MakeRoom(Quoted(raw_to[0], raw_from[1]), NameRoom::kRelations | NameRoom::kTypes);
    // The new schema keeps the old name for another object: renamed first, then moved.
    if (old_name != new_name && room_.Taken(Quoted(raw_to[0], raw_from[1]), NameRoom::kRelations | NameRoom::kTypes)) {
      rename(raw_from[0]);
    }
    out_.Say(absl::StrCat("ALTER ", keyword, " ", current, " SET SCHEMA ", new_schema),
        absl::StrCat("move ", kind, " ", current, " to schema ", new_schema));
    current = Quoted(raw_to[0], SplitQualifiedName(current)->back());
  }
  if (current != to) rename(raw_to[0]);
  out_.Record(kind == "view" ? Kind::kView : Kind::kTable, from, to);
  containers_[from] = to;
  MoveRelation(from, to);
  return absl::OkStatus();
}

void Renamer::MoveRelation(const std::string& from, const std::string& to) {
  Catalog& c = out_.catalog();
  const auto [old_schema_q, old_name_q] = SplitLast(from);
  const auto [new_schema_q, new_name_q] = SplitLast(to);
  const bool schema_moved = old_schema_q != new_schema_q;
  const std::vector<std::string> new_parts = *SplitQualifiedName(to);
  const std::string& new_schema = new_parts[0];
  const std::string& new_name = new_parts[1];
  std::string old_name;
  auto move_relation = [&](catalog::Common& common, Kind kind) {
    if (common.ref.id != from) return;
    old_name = common.name;
    out_.Move(common.ref, ObjectRef{kind, to});
    common.ref.id = to;
    common.schema = new_schema;
    common.name = new_name;
  };
  for (auto& t : c.tables) {
    if (t.c.ref.id == from) {
      for (const Column& col : t.columns) {
        const std::string q = pg::QuoteIdent(col.name);
        out_.Move(ObjectRef{Kind::kColumn, absl::StrCat(from, ".", q)}, ObjectRef{Kind::kColumn, absl::StrCat(to, ".", q)});
      }
    }
    move_relation(t.c, Kind::kTable);
  }
  for (auto& v : c.views) move_relation(v.c, Kind::kView);
  for (TablePart& p : c.parts) {
    if (p.table != from) continue;
    const ObjectRef old_ref = p.c.ref;
    p.table = to;
    p.c.ref.id = absl::StrCat(to, ".", pg::QuoteIdent(p.c.name));
    p.c.schema = new_schema;
    out_.Move(old_ref, p.c.ref);
  }
  for (auto& t : c.tables) {
    if (t.partition_of == from) t.partition_of = to;
    for (std::string& parent : t.inherits) {
      if (parent == from) parent = to;
    }
  }
  // Owned sequences follow a table to its new schema.
  for (auto& s : c.sequences) {
    if (!s.owned_by || !absl::StartsWith(*s.owned_by, absl::StrCat(from, "."))) continue;
    s.owned_by = absl::StrCat(to, s.owned_by->substr(from.size()));
    if (schema_moved) out_.MoveSequence(s, new_schema, s.c.name);
  }
  RewriteRendered(out_.catalog(), [&](const std::string& text) { return ReplaceQualified(text, from, to); });
  if (schema_moved) {
    for (auto& t : c.tables) {
      if (t.c.ref.id != to) continue;
      for (Column& col : t.columns) {
        auto [seq, rest] = SplitSequenceName(col.identity_options);
        const auto [seq_schema, seq_name] = SplitLast(seq);
        if (!seq.empty() && seq_schema == old_schema_q) {
          col.identity_options = absl::StrCat("SEQUENCE NAME ", new_schema_q, ".", seq_name, rest.empty() ? "" : " ", rest);
        }
      }
    }
  }
  derived_.MoveTable(from, to);
  if (old_name != new_name) derived_.Follow(to, old_name, new_name, "");
}

// RENAME COLUMN recurses into inheritance children, and PostgreSQL refuses it on a child that
// has the column from another parent too ("cannot rename inherited column"): said at plan time.
absl::Status Renamer::CheckNotMergedBelow(const std::string& table, const std::string& column) {
  const auto& tables = out_.catalog().tables;
  auto find = [&](const std::string& id) -> const catalog::Table* {
    for (const auto& t : tables) {
      if (t.c.ref.id == id) return &t;
    }
    return nullptr;
  };
  std::set<std::string> tree = {table};  // the table and its descendants
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& t : tables) {
      if (tree.count(t.c.ref.id)) continue;
      for (const std::string& p : t.inherits) {
        if (tree.count(p)) grew = tree.insert(t.c.ref.id).second;
      }
    }
  }
  for (const std::string& id : tree) {
    const catalog::Table* child = find(id);
    if (child == nullptr || id == table || child->FindColumn(column) == nullptr) continue;
    for (const std::string& p : child->inherits) {
      const catalog::Table* other = find(p);
      if (tree.count(p) || other == nullptr || other->FindColumn(column) == nullptr) continue;
      return absl::FailedPreconditionError(absl::StrCat(
          "rename hint ", hint_.from, "=", hint_.to, ": ", id, " has column ", pg::QuoteIdent(column), " from ", table,
          " and from ", p, " too, and PostgreSQL refuses to rename a column a child gets from two parents; drop the "
          "hint (the column is then dropped and added, its values lost) or write this step by hand (schemactl "
          "new-migration: ALTER TABLE ", id, " NO INHERIT ", p, " first)"));
    }
  }
  return absl::OkStatus();
}

absl::Status Renamer::RenameColumnHint() {
  ASSIGN_OR_RETURN(const Within names, SameParent("a column is renamed within its table: rename the table with its own hint"));
  const std::string& table = names.parent;
  const std::string& old_col = names.old_name;
  const std::string& new_col = names.new_name;
  std::string of_type;
  bool is_table = false;
  for (const auto& t : out_.catalog().tables) {
    if (t.c.ref.id != table) continue;
    of_type = t.of_type;
    is_table = true;
  }
  if (!is_table) {  // a composite type's attribute
    out_.Record(Kind::kColumn, hint_.from, hint_.to);
    return RenameAttribute(table, old_col, new_col);
  }
  RETURN_IF_ERROR(CheckNotMergedBelow(table, old_col));
  out_.Record(Kind::kColumn, hint_.from, hint_.to);
  if (of_type.empty()) {
    out_.Say(absl::StrCat("ALTER TABLE ", table, " RENAME COLUMN ", pg::QuoteIdent(old_col), " TO ", pg::QuoteIdent(new_col)),
             absl::StrCat("rename column ", hint_.from, " to ", new_col));
    RenameColumn(table, old_col, new_col);
    return absl::OkStatus();
  }
  // A typed table's columns are its type's attributes: renamed there, in every table of it.
  return RenameAttribute(of_type, old_col, new_col);
}

// RENAME ATTRIBUTE keeps the attribute's values (in columns of the type, in its typed tables);
// CASCADE renames the column of every typed table too. What PostgreSQL re-renders from the
// attribute's number (a view's "(col).attr") is left to the plan, which replaces what differs.
absl::Status Renamer::RenameAttribute(const std::string& type, const std::string& old_attr, const std::string& new_attr) {
  out_.Say(absl::StrCat("ALTER TYPE ", type, " RENAME ATTRIBUTE ", pg::QuoteIdent(old_attr), " TO ",
                        pg::QuoteIdent(new_attr), " CASCADE"),
           absl::StrCat("rename attribute ", pg::QuoteIdent(old_attr), " of ", type, " to ", new_attr,
                        ", and the column of every table of that type"));
  for (auto& ty : out_.catalog().types) {
    if (ty.c.ref.id != type) continue;
    for (auto& [name, attr_type] : ty.attributes) {
      if (name == pg::QuoteIdent(old_attr)) name = pg::QuoteIdent(new_attr);
    }
    if (auto it = ty.attribute_comments.find(old_attr); it != ty.attribute_comments.end()) {
      ty.attribute_comments[new_attr] = it->second;
      ty.attribute_comments.erase(old_attr);
    }
  }
  std::vector<std::string> typed;
  for (const auto& t : out_.catalog().tables) {
    if (t.of_type == type && t.FindColumn(old_attr) != nullptr) typed.push_back(t.c.ref.id);
  }
  for (const std::string& t : typed) RenameColumn(t, old_attr, new_attr);
  return absl::OkStatus();
}

void Renamer::RenameColumn(const std::string& table, const std::string& old_col, const std::string& new_col) {
  Catalog& c = out_.catalog();
  std::string table_name;
  for (auto& t : c.tables) {
    if (t.c.ref.id != table) continue;
    table_name = t.c.name;
    // So do the partition key (PostgreSQL keeps attnums) and generated columns computed from it.
    if (!t.partition_key.empty()) t.partition_key = ReplaceColumn(t.partition_key, old_col, new_col, {});
    for (Column& col : t.columns) {
      if (col.generated && col.default_expr) col.default_expr = ReplaceColumn(*col.default_expr, old_col, new_col, {});
      if (col.name != old_col) continue;
      col.name = new_col;
      out_.Move(ObjectRef{Kind::kColumn, absl::StrCat(table, ".", pg::QuoteIdent(old_col))},
           ObjectRef{Kind::kColumn, absl::StrCat(table, ".", pg::QuoteIdent(new_col))});
    }
  }
  const std::set<std::string> qualifiers = {"old", "new", pg::QuoteIdent(table_name)};
  for (TablePart& p : c.parts) {
    if (p.table == table) {
      const std::string before = p.definition;
      // An index's own name is not a column.
      if (p.c.ref.kind == Kind::kIndex) {
        const size_t on = p.definition.find(" ON ");  // "ON public.t" or "ON ONLY public.t"
        if (on != std::string::npos) {
          p.definition = absl::StrCat(p.definition.substr(0, on), ReplaceColumn(p.definition.substr(on), old_col, new_col, qualifiers));
        }
      } else {
        p.definition = ReplaceColumn(p.definition, old_col, new_col, qualifiers);
      }
      if (p.on_partitioned && p.definition != before) RenameIndexColumn(p, old_col, new_col);
    }
    // Foreign keys of any table name the referenced columns: "REFERENCES s.t(a, b)".
    const std::string ref = absl::StrCat("REFERENCES ", table, "(");
    const size_t at = p.definition.find(ref);
    if (p.c.ref.kind == Kind::kConstraint && at != std::string::npos) {
      const size_t open = at + ref.size();
      const size_t close = p.definition.find(')', open);
      if (close != std::string::npos) {
        p.definition = absl::StrCat(p.definition.substr(0, open),
                                    ReplaceColumn(p.definition.substr(open, close - open), old_col, new_col, {}),
                                    p.definition.substr(close));
      }
    }
  }
  // A publication's column list and row filter of the table (PostgreSQL keeps attnums).
  for (catalog::Publication& pub : c.publications) {
    const std::string entry = absl::StrCat("TABLE ", table);
    for (size_t at = pub.definition.find(entry); at != std::string::npos; at = pub.definition.find(entry, at + 1)) {
      const size_t begin = at + entry.size();
      if (begin < pub.definition.size() && pub.definition[begin] != ' ' && pub.definition[begin] != ',') continue;
      // The entry ends at the next comma or WITH outside parentheses and literals.
      size_t end = begin;
      int depth = 0;
      bool quoted = false;
      for (; end < pub.definition.size(); ++end) {
        const char ch = pub.definition[end];
        if (ch == '\'') quoted = !quoted;
        if (quoted) continue;
        if (ch == '(') ++depth;
        if (ch == ')') --depth;
        if (depth == 0 && (ch == ',' || pub.definition.compare(end, 6, " WITH ") == 0)) break;
      }
      pub.definition.replace(begin, end - begin,
                             ReplaceColumn(pub.definition.substr(begin, end - begin), old_col, new_col, qualifiers));
    }
  }
  const std::string old_ref = absl::StrCat(table, ".", pg::QuoteIdent(old_col));
  for (auto& s : c.sequences) {
    if (s.owned_by == old_ref) s.owned_by = absl::StrCat(table, ".", pg::QuoteIdent(new_col));
  }
  derived_.Follow(table, old_col, new_col, new_col);
  std::vector<std::string> children;
  for (const auto& t : c.tables) {
    const bool inherits = t.partition_of == table ||
                          std::find(t.inherits.begin(), t.inherits.end(), table) != t.inherits.end();
    if (inherits && t.FindColumn(old_col) != nullptr) children.push_back(t.c.ref.id);
  }
  for (const std::string& child : children) RenameColumn(child, old_col, new_col);
}

// An index keeps its columns' names from when it was made, and a partition made later names
// its copy of a partitioned index after them ("events_2025_kind_occurred_idx"): the index's
// column follows the table's, when it has that name (a key's index, a check constraint none).
void Renamer::RenameIndexColumn(const TablePart& p, const std::string& old_col, const std::string& new_col) {
  if (p.c.ref.kind != Kind::kIndex && p.c.ref.kind != Kind::kConstraint) return;
  const std::string index = absl::StrCat(pg::QuoteIdent(p.c.schema), ".", pg::QuoteIdent(p.c.name));
  out_.Say(absl::StrCat("DO ", pg::QuoteDollar(absl::StrCat(
                        "BEGIN IF EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_class i ON i.oid = a.attrelid",
                        " WHERE i.oid = to_regclass(", pg::QuoteLiteral(index), ") AND i.relkind = 'I' AND a.attname = ",
                        pg::QuoteLiteral(old_col), ") THEN ALTER TABLE ", index, " RENAME COLUMN ", pg::QuoteIdent(old_col),
                        " TO ", pg::QuoteIdent(new_col), "; END IF; END"))),
           absl::StrCat("rename column ", pg::QuoteIdent(old_col), " of partitioned index ", index, " to ", new_col,
                        ", after which partitions name their copies of it"));
}

absl::Status Renamer::RenameConstraintHint() {
  ASSIGN_OR_RETURN(const Within names, SameParent("a constraint is renamed within its table"));
  const std::string& table = names.parent;
  const std::string& name = names.new_name;
  for (TablePart& p : out_.catalog().parts) {
    if (!(p.c.ref == ObjectRef{Kind::kConstraint, hint_.from})) continue;
    out_.Say(absl::StrCat("ALTER TABLE ", table, " RENAME CONSTRAINT ", pg::QuoteIdent(p.c.name), " TO ", pg::QuoteIdent(name)),
        absl::StrCat("rename constraint ", hint_.from, " to ", name));
    out_.Record(Kind::kConstraint, hint_.from, hint_.to);
    out_.RenamePart(p, name);
    break;
  }
  return absl::OkStatus();
}

absl::Status Renamer::RenameIndexHint() {
  ASSIGN_OR_RETURN(const Within names, SameParent("an index stays in its table's schema; move the table instead"));
  const std::string& name = names.new_name;
  room_.MakeRoom(hint_.to, NameRoom::kRelations);
  for (TablePart& p : out_.catalog().parts) {
    if (p.c.ref.kind != Kind::kIndex || Quoted(p.c.schema, p.c.name) != hint_.from) continue;
    out_.Say(absl::StrCat("ALTER INDEX ", hint_.from, " RENAME TO ", pg::QuoteIdent(name)),
        absl::StrCat("rename index ", hint_.from, " to ", name));
    out_.Record(Kind::kIndex, p.c.ref.id, absl::StrCat(p.table, ".", pg::QuoteIdent(name)));
    out_.RenamePart(p, name);
    break;
  }
  return absl::OkStatus();
}

std::vector<std::string> KindsNamed(const Catalog& c, const std::string& name) {
  std::vector<std::string> kinds;
  auto has = [&](const auto& list) {
    return std::any_of(list.begin(), list.end(), [&](const auto& x) { return x.c.ref.id == name; });
  };
  if (has(c.schemas)) kinds.push_back("schema");
  if (has(c.tables)) kinds.push_back("table");
  if (has(c.views)) kinds.push_back("view");
  if (has(c.types)) kinds.push_back("type");
  if (FindFunction(c, name) != nullptr) kinds.push_back("function");
  for (const TablePart& p : c.parts) {
    if (p.c.ref.kind == Kind::kIndex && Quoted(p.c.schema, p.c.name) == name) kinds.push_back("index");
    if (p.c.ref.kind == Kind::kConstraint && p.c.ref.id == name) kinds.push_back("constraint");
  }
  const auto [owner, last] = SplitLast(name);
  for (const auto& t : c.tables) {
    if (t.c.ref.id == owner && t.FindColumn(last) != nullptr) kinds.push_back("column");
  }
  for (const auto& t : c.types) {
    // A composite type's attribute, renamed as a column (with those of the tables of the type).
    if (t.c.ref.id == owner && t.kind == 'c' &&
        std::any_of(t.attributes.begin(), t.attributes.end(),
                    [&](const auto& attr) { return attr.first == pg::QuoteIdent(last); })) {
      kinds.push_back("column");
    }
    if (t.c.ref.id == owner && t.kind == 'e' &&
        std::find(t.labels.begin(), t.labels.end(), last) != t.labels.end()) {
      kinds.push_back("label");
    }
  }
  std::sort(kinds.begin(), kinds.end());
  kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
  return kinds;
}

absl::StatusOr<Renamed> ApplyRenames(const Catalog& from, const Catalog& to, const std::vector<RenameHint>& hints) {
  Renamer renamer(from, to);
  renamer.FollowExtensionMoves();
  RETURN_IF_ERROR(renamer.ApplyAll(hints));
  return renamer.Finish();
}

}  // namespace schemaservice::plan::internal
