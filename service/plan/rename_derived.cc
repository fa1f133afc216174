// service/plan/rename_derived.cc
//
// Names derived from a renamed table or column (a serial's sequence, an identity sequence, a
// NOT NULL constraint, a constraint or index named after it) follow the rename.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "service/catalog/versions.h"
#include "service/pg/quote.h"
#include "service/plan/planner.h"
#include "service/plan/rename_text.h"
#include "service/plan/renamer.h"

namespace schemaservice::plan::internal {
namespace {

using catalog::TablePart;  // Catalog, Column, Kind and ObjectRef come with planner.h

// 18's NOT NULL constraint keeps its name through renames too: a default name that is no
// longer the default reads as chosen, and the plan renames it when the target's differs.
void FollowNotNullName(const catalog::Table& t, Column& col) {
  if (!col.not_null || col.not_null_constraint.empty() || !col.not_null_name.empty()) return;
  if (col.not_null_constraint != catalog::DefaultNotNullName(t.c.name, col.name)) {
    col.not_null_name = col.not_null_constraint;
  }
}

bool HasSequence(const Catalog& c, const std::string& id) {
  return std::any_of(c.sequences.begin(), c.sequences.end(), [&](const auto& s) { return s.c.ref.id == id; });
}

// A primary key, unique or exclusion constraint: it owns an index of its own name.
bool IsKey(const TablePart& p) {
  return p.c.ref.kind == Kind::kConstraint &&
         (p.constraint_type == 'p' || p.constraint_type == 'u' || p.constraint_type == 'x');
}

const TablePart* FindPart(const Catalog& c, const ObjectRef& ref) {
  for (const TablePart& p : c.parts) {
    if (p.c.ref == ref) return &p;
  }
  return nullptr;
}

}  // namespace

void DerivedNames::MoveTable(const std::string& from, const std::string& to) {
  if (auto it = tokens_.find(from); it != tokens_.end() && from != to) {
    tokens_[to] = it->second;
    tokens_.erase(it);
  }
}

void DerivedNames::Follow(const std::string& table, const std::string& old_token, const std::string& new_token,
                          const std::string& column) {
  Catalog& c = out_.catalog();
  // Every rename of this table and its columns so far, so "users_nick_key" follows both
  // users -> accounts and nick -> nickname.
  std::vector<std::pair<std::string, std::string>>& tokens = tokens_[table];
  tokens.emplace_back(old_token, new_token);
  auto derived = [&](const std::string& name) {
    std::string out = name;
    for (const auto& [from, to] : tokens) {
      const size_t at = out.find(from);
      if (at != std::string::npos) out = absl::StrCat(out.substr(0, at), to, out.substr(at + from.size()));
    }
    return out == name ? std::string() : out;
  };
  for (auto& s : c.sequences) {
    if (!s.owned_by || !absl::StartsWith(*s.owned_by, absl::StrCat(table, "."))) continue;
    const auto before = before_aside_.find(s.c.ref.id);
    const std::string name = derived(before == before_aside_.end() ? s.c.name : before->second);
    const std::string id = Quoted(s.c.schema, name);
    if (name.empty() || name == s.c.name || !HasSequence(to_, id) || HasSequence(to_, s.c.ref.id)) continue;
    if (!MakeRoomFor(id, table, &s)) continue;
    if (before != before_aside_.end()) before_aside_.erase(before);
    out_.Say(absl::StrCat("ALTER SEQUENCE ", s.c.ref.id, " RENAME TO ", pg::QuoteIdent(name)),
             absl::StrCat("rename sequence ", s.c.ref.id, " to ", id, ", named after the renamed ", column.empty() ? "table" : "column"));
    out_.MarkDone(s.c.ref.id, id);
    out_.MoveSequence(s, s.c.schema, name);
  }
  for (auto& t : c.tables) {
    if (t.c.ref.id != table) continue;
    for (Column& col : t.columns) {
      if (!column.empty() && col.name != column) continue;
      FollowIdentitySequence(t, col, column.empty() ? old_token : t.c.name, column.empty() ? col.name : old_token);
      FollowNotNullName(t, col);
    }
  }
  for (size_t i = 0; i < c.parts.size(); ++i) {
    TablePart& p = c.parts[i];
    if (p.table != table || (p.c.ref.kind != Kind::kConstraint && p.c.ref.kind != Kind::kIndex)) continue;
    const auto before = before_aside_.find(Quoted(p.c.schema, p.c.name));
    std::string name = derived(before == before_aside_.end() ? p.c.name : before->second);
    if (name.empty() || name == p.c.name) continue;
    const std::string id = absl::StrCat(table, ".", pg::QuoteIdent(name));
    const TablePart* target = FindPart(to_, ObjectRef{p.c.ref.kind, id});
    if (target == nullptr || FindPart(to_, p.c.ref) != nullptr || FindPart(c, ObjectRef{p.c.ref.kind, id}) != nullptr) continue;
    if ((p.c.ref.kind == Kind::kIndex || IsKey(p)) && !MakeRoomFor(Quoted(p.c.schema, name), table, &p)) continue;
    if (before != before_aside_.end()) before_aside_.erase(before);
    out_.MarkDone(p.c.ref.id, id);
    out_.MarkDone(Quoted(p.c.schema, p.c.name), Quoted(p.c.schema, name));
    if (p.c.ref.kind == Kind::kConstraint) {
      out_.Say(absl::StrCat("ALTER TABLE ", table, " RENAME CONSTRAINT ", pg::QuoteIdent(p.c.name), " TO ", pg::QuoteIdent(name)),
               absl::StrCat("rename constraint ", p.c.ref.id, " to ", name, ", named after the renamed ", column.empty() ? "table" : "column"));
    } else {
      out_.Say(absl::StrCat("ALTER INDEX ", Quoted(p.c.schema, p.c.name), " RENAME TO ", pg::QuoteIdent(name)),
               absl::StrCat("rename index ", Quoted(p.c.schema, p.c.name), " to ", name, ", named after the renamed ", column.empty() ? "table" : "column"));
    }
    out_.RenamePart(p, name);
  }
}

// The name of the sequence an identity column uses now ("schema.name", quoted).
static std::string IdentitySequence(const catalog::Table& t, const Column& col) {
  const std::string named = SplitSequenceName(col.identity_options).first;
  return named.empty() ? Quoted(t.c.schema, catalog::DefaultIdentitySequenceName(t.c.name, col.name)) : named;
}

// Whether a relation (or a composite type, whose row type is one) holds `id` in `c`.
static bool HoldsRelation(const Catalog& c, const std::string& id) {
  auto named = [&](const auto& list) {
    return std::any_of(list.begin(), list.end(), [&](const auto& x) { return x.c.ref.id == id; });
  };
  if (named(c.tables) || named(c.views) || named(c.sequences)) return true;
  for (const auto& ty : c.types) {
    if (ty.kind == 'c' && ty.c.ref.id == id) return true;
  }
  for (const TablePart& p : c.parts) {
    if ((p.c.ref.kind == Kind::kIndex || IsKey(p)) && Quoted(p.c.schema, p.c.name) == id) return true;
  }
  for (const auto& t : c.tables) {
    for (const Column& col : t.columns) {
      if (col.identity && IdentitySequence(t, col) == id) return true;
    }
  }
  return false;
}

bool DerivedNames::MakeRoomFor(const std::string& id, const std::string& table, const void* self) {
  Catalog& c = out_.catalog();
  TablePart* part = nullptr;
  catalog::Sequence* sequence = nullptr;
  catalog::Table* identity_table = nullptr;
  Column* identity = nullptr;
  for (TablePart& q : c.parts) {
    if (&q == self || (q.c.ref.kind != Kind::kIndex && !IsKey(q)) || Quoted(q.c.schema, q.c.name) != id) continue;
    if (q.table == table) return false;
    part = &q;
  }
  for (catalog::Sequence& s : c.sequences) {
    if (&s == self || s.c.ref.id != id) continue;
    if (!s.owned_by || absl::StartsWith(*s.owned_by, absl::StrCat(table, "."))) return false;
    sequence = &s;
  }
  for (catalog::Table& t : c.tables) {
    for (Column& col : t.columns) {
      if (&col == self || !col.identity || IdentitySequence(t, col) != id) continue;
      if (t.c.ref.id == table) return false;
      identity_table = &t;
      identity = &col;
    }
  }
  if (part == nullptr && sequence == nullptr && identity == nullptr) return !HoldsRelation(c, id);
  // The target gives that name to this table's, so the holder (another table's, a swap part
  // way) cannot keep it: renamed aside, it takes its own derived name when its table is renamed.
  const auto [schema_q, name] = SplitLast(id);
  const std::string schema = SplitQualifiedName(id)->front();
  std::string aside;
  for (int n = 1; aside.empty(); ++n) {
    const std::string candidate = SwapName(name, n);
    if (!HoldsRelation(c, Quoted(schema, candidate)) && !HoldsRelation(to_, Quoted(schema, candidate))) aside = candidate;
  }
  const std::string keyword = part != nullptr ? "INDEX" : "SEQUENCE";
  out_.Say(absl::StrCat("ALTER ", keyword, " ", id, " RENAME TO ", pg::QuoteIdent(aside)),
           absl::StrCat("rename ", part != nullptr ? "index " : "sequence ", id, " aside to ", aside, ": table ", table,
                        " takes its name"));
  const std::string aside_id = Quoted(schema, aside);
  before_aside_[aside_id] = name;
  if (part != nullptr) {
    out_.RenamePart(*part, aside);
  } else if (sequence != nullptr) {
    out_.MoveSequence(*sequence, schema, aside);
  } else {
    identity->identity_options = absl::StrCat("SEQUENCE NAME ", aside_id, identity->identity_options.empty() ? "" : " ",
                                              SplitSequenceName(identity->identity_options).second);
    (void)identity_table;
  }
  return true;
}

void DerivedNames::FollowIdentitySequence(const catalog::Table& t, Column& col, const std::string& old_table,
                                          const std::string& old_column) {
  if (!col.identity) return;
  const auto [named, rest] = SplitSequenceName(col.identity_options);
  // A name chosen by hand stays; one set here (renamed aside, or kept through a temporary
  // table name) follows on.
  if (!named.empty() && !before_aside_.count(named)) return;
  const std::string old_id =
      named.empty() ? Quoted(t.c.schema, catalog::DefaultIdentitySequenceName(old_table, old_column)) : named;
  const std::string new_seq = catalog::DefaultIdentitySequenceName(t.c.name, col.name);
  const std::string new_id = Quoted(t.c.schema, new_seq);
  auto drop_name = [&, named = named, rest = rest] {
    if (named.empty()) return;
    col.identity_options = rest;
    before_aside_.erase(named);
  };
  if (old_id == new_id) return drop_name();
  const catalog::Table* target = nullptr;
  for (const auto& x : to_.tables) {
    if (x.c.ref.id == t.c.ref.id) target = &x;
  }
  const Column* target_col = target ? target->FindColumn(col.name) : nullptr;
  if (target_col != nullptr && target_col->identity && SplitSequenceName(target_col->identity_options).first.empty() &&
      MakeRoomFor(new_id, t.c.ref.id, &col)) {
    out_.Say(absl::StrCat("ALTER SEQUENCE ", old_id, " RENAME TO ", pg::QuoteIdent(new_seq)),
             absl::StrCat("rename the identity sequence of ", t.c.ref.id, ".", pg::QuoteIdent(col.name), " to ", new_seq));
    return drop_name();
  }
  if (!named.empty()) return;
  col.identity_options = absl::StrCat("SEQUENCE NAME ", old_id, col.identity_options.empty() ? "" : " ", col.identity_options);
  if (temporary_) before_aside_[old_id] = SplitQualifiedName(old_id)->back();
}

}  // namespace schemaservice::plan::internal
