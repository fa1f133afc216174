// service/plan/rename_room.cc
//
// Hinted renames run before the rest of the plan, so a new name may still be held by an
// object the plan drops: a view that kept the old name during a gradual rename, an index or
// sequence of that name, a unique key whose index an expression index replaces, a type.
// Relations share one namespace per schema (pg_class: tables, views, sequences, indexes,
// composite types), and types another (pg_type: types, and every table's and view's row
// type), so the holder is renamed aside first and the plan drops it under the aside name. A table moved to another
// schema takes its indexes and owned sequences along: one whose name the new schema keeps for
// another object takes its target name (or an aside one) before the move.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "service/pg/quote.h"
#include "service/plan/planner.h"
#include "service/plan/rename_text.h"
#include "service/plan/renamer.h"

namespace schemaservice::plan::internal {
namespace {

using catalog::TablePart;

// A key or exclusion constraint owns an index of its own name.
bool HasIndex(const TablePart& p) {
  return p.c.ref.kind == Kind::kConstraint &&
         (p.constraint_type == 'p' || p.constraint_type == 'u' || p.constraint_type == 'x');
}

bool Has(const Catalog& c, const ObjectRef& ref) {
  bool found = false;
  catalog::ForEachObject(c, [&](const catalog::Common& common, const auto&) { found = found || common.ref == ref; });
  return found;
}

// `name` with its first `old_token` replaced by `new_token`; empty when it has none.
std::string Derived(const std::string& name, const std::string& old_token, const std::string& new_token) {
  const size_t at = name.find(old_token);
  if (at == std::string::npos || old_token == new_token) return "";
  return absl::StrCat(name.substr(0, at), new_token, name.substr(at + old_token.size()));
}

}  // namespace

std::vector<NameRoom::Holder> NameRoom::Named(const Catalog& c, const std::string& id, int spaces) {
  std::vector<Holder> found;
  // Tables and views are in both: a relation and its row type.
  for (const auto& t : c.tables) {
    if (t.c.ref.id == id) found.push_back({t.c.ref, t.kind == 'f' ? "FOREIGN TABLE" : "TABLE"});
  }
  for (const auto& v : c.views) {
    if (v.c.ref.id == id) found.push_back({v.c.ref, v.materialized ? "MATERIALIZED VIEW" : "VIEW"});
  }
  for (const auto& ty : c.types) {
    const bool in = (spaces & kTypes) || (ty.kind == 'c' && (spaces & kRelations));
    if (in && ty.c.ref.id == id) found.push_back({ty.c.ref, ty.kind == 'd' ? "DOMAIN" : "TYPE"});
  }
  if (!(spaces & kRelations)) return found;
  for (const auto& s : c.sequences) {
    if (s.c.ref.id == id) found.push_back({s.c.ref, "SEQUENCE"});
  }
  for (const TablePart& p : c.parts) {
    // ALTER INDEX renames a key's constraint with its index.
    if ((p.c.ref.kind == Kind::kIndex || HasIndex(p)) && Quoted(p.c.schema, p.c.name) == id) {
      found.push_back({p.c.ref, "INDEX"});
    }
  }
  return found;
}

std::string NameRoom::FreeName(const std::vector<std::string>& schemas, const std::string& name) const {
  for (int n = 1;; ++n) {
    const std::string suffix = n == 1 ? "_replaced" : absl::StrCat("_replaced", n);
    // At most 63 bytes, cut on a character boundary.
    size_t keep = std::min(name.size(), 63 - suffix.size());
    while (keep > 0 && keep < name.size() && (static_cast<unsigned char>(name[keep]) & 0xC0) == 0x80) --keep;
    const std::string aside = absl::StrCat(name.substr(0, keep), suffix);
    bool free = true;
    for (const std::string& schema : schemas) {
      const std::string id = Quoted(schema, aside);
      free = free && Named(out_.catalog(), id, kRelations | kTypes).empty() && Named(to_, id, kRelations | kTypes).empty();
    }
    if (free) return aside;
  }
}

void NameRoom::MakeRoom(const std::string& id, int spaces) {
  const std::vector<std::string> parts = *SplitQualifiedName(id);
  for (const Holder& holder : Named(out_.catalog(), id, spaces)) {
    // Kept by the target under this name: left for PostgreSQL to refuse, as by hand.
    if (Has(to_, holder.ref)) continue;
    const std::string aside = FreeName({parts[0]}, parts[1]);
    if (holder.ref.kind != Kind::kType) {  // a type's rename says itself (RenameType)
      out_.Say(absl::StrCat("ALTER ", holder.keyword, " ", id, " RENAME TO ", pg::QuoteIdent(aside)),
               absl::StrCat("rename ", absl::AsciiStrToLower(holder.keyword), " ", id, " aside to ", aside,
                            " (the plan drops it; a renamed object takes its name)"));
    }
    RenameAside(holder.ref, parts[0], aside);
  }
}

void NameRoom::RenameAside(const ObjectRef& ref, const std::string& schema, const std::string& name) {
  Catalog& c = out_.catalog();
  const std::string new_id = Quoted(schema, name);
  if (ref.kind == Kind::kTable || ref.kind == Kind::kView || ref.kind == Kind::kType) {
    aside_[ref.id] = new_id;
    move_(ref, new_id);
    return;
  }
  for (auto& s : c.sequences) {
    if (s.c.ref == ref) {
      aside_[ref.id] = new_id;
      out_.MoveSequence(s, schema, name);
      return;
    }
  }
  for (TablePart& p : c.parts) {
    if (p.c.ref == ref) {
      aside_[Quoted(p.c.schema, p.c.name)] = new_id;
      out_.RenamePart(p, name);
      return;
    }
  }
}

void NameRoom::ClearMovedParts(const std::string& table, const std::string& to) {
  const std::vector<std::string> from_parts = *SplitQualifiedName(table);
  const std::vector<std::string> to_parts = *SplitQualifiedName(to);
  const std::string& old_schema = from_parts[0];
  const std::string& new_schema = to_parts[0];
  std::vector<ObjectRef> moving;
  for (const TablePart& p : out_.catalog().parts) {
    if (p.table == table && (p.c.ref.kind == Kind::kIndex || HasIndex(p))) moving.push_back(p.c.ref);
  }
  for (const auto& s : out_.catalog().sequences) {
    if (s.owned_by && s.c.schema == old_schema && s.owned_by->rfind(absl::StrCat(table, "."), 0) == 0) {
      moving.push_back(s.c.ref);
    }
  }
  for (const ObjectRef& ref : moving) {
    std::string name;
    catalog::ForEachObject(out_.catalog(), [&](const catalog::Common& common, const auto&) {
      if (common.ref == ref) name = common.name;
    });
    const std::string dest = Quoted(new_schema, name);
    if (Named(out_.catalog(), dest, kRelations).empty()) continue;
    MakeRoom(dest, kRelations);
    if (Named(out_.catalog(), dest, kRelations).empty()) continue;
    // The new schema keeps that name: the moving one takes the name the target gives it
    // (named after the renamed table), or an aside one the plan then replaces.
    std::string taken = Derived(name, from_parts[1], to_parts[1]);
    const ObjectRef target = ref.kind == Kind::kSequence
                                 ? ObjectRef{Kind::kSequence, Quoted(new_schema, taken)}
                                 : ObjectRef{ref.kind, absl::StrCat(to, ".", pg::QuoteIdent(taken))};
    if (taken.empty() || !Has(to_, target) || !Named(out_.catalog(), Quoted(old_schema, taken), kRelations).empty() ||
        !Named(out_.catalog(), Quoted(new_schema, taken), kRelations).empty()) {
      taken = FreeName({old_schema, new_schema}, name);
    }
    const std::string keyword = ref.kind == Kind::kSequence ? "SEQUENCE" : "INDEX";
    out_.Say(absl::StrCat("ALTER ", keyword, " ", Quoted(old_schema, name), " RENAME TO ", pg::QuoteIdent(taken)),
             absl::StrCat("rename ", absl::AsciiStrToLower(keyword), " ", Quoted(old_schema, name), " to ", taken,
                          ": schema ", pg::QuoteIdent(new_schema), ", where its table moves, has another of its name"));
    out_.MarkDone(Quoted(old_schema, name), Quoted(new_schema, taken));
    RenameAside(ref, old_schema, taken);
  }
}

}  // namespace schemaservice::plan::internal
