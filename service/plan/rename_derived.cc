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
    const std::string name = derived(s.c.name);
    const std::string id = Quoted(s.c.schema, name);
    if (name.empty() || !HasSequence(to_, id) || HasSequence(c, id) || HasSequence(to_, s.c.ref.id)) continue;
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
  for (TablePart& p : c.parts) {
    if (p.table != table || (p.c.ref.kind != Kind::kConstraint && p.c.ref.kind != Kind::kIndex)) continue;
    const std::string name = derived(p.c.name);
    if (name.empty()) continue;
    const std::string id = absl::StrCat(table, ".", pg::QuoteIdent(name));
    const TablePart* target = FindPart(to_, ObjectRef{p.c.ref.kind, id});
    if (target == nullptr || FindPart(to_, p.c.ref) != nullptr || FindPart(c, ObjectRef{p.c.ref.kind, id}) != nullptr) continue;
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

void DerivedNames::FollowIdentitySequence(const catalog::Table& t, Column& col, const std::string& old_table,
                                          const std::string& old_column) {
  if (!col.identity || !SplitSequenceName(col.identity_options).first.empty()) return;
  const std::string old_seq = catalog::DefaultIdentitySequenceName(old_table, old_column);
  const std::string new_seq = catalog::DefaultIdentitySequenceName(t.c.name, col.name);
  if (old_seq == new_seq) return;
  const catalog::Table* target = nullptr;
  for (const auto& x : to_.tables) {
    if (x.c.ref.id == t.c.ref.id) target = &x;
  }
  const Column* target_col = target ? target->FindColumn(col.name) : nullptr;
  if (target_col != nullptr && target_col->identity &&
      SplitSequenceName(target_col->identity_options).first.empty()) {
    out_.Say(absl::StrCat("ALTER SEQUENCE ", Quoted(t.c.schema, old_seq), " RENAME TO ", pg::QuoteIdent(new_seq)),
             absl::StrCat("rename the identity sequence of ", t.c.ref.id, ".", pg::QuoteIdent(col.name), " to ", new_seq));
    return;
  }
  col.identity_options = absl::StrCat("SEQUENCE NAME ", Quoted(t.c.schema, old_seq),
                                      col.identity_options.empty() ? "" : " ", col.identity_options);
}

}  // namespace schemaservice::plan::internal
