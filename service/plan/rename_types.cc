// service/plan/rename_types.cc
//
// The Renamer's types (and domains), enum labels, schemas and functions.
#include <algorithm>
#include <cstring>
#include <set>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "service/pg/quote.h"
#include "service/plan/planner.h"
#include "service/plan/rename_text.h"
#include "service/plan/renamer.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {

using catalog::Catalog;
using catalog::Column;
using catalog::Kind;
using catalog::ObjectRef;
using catalog::TablePart;

static std::optional<std::string> RangeMultirangeOf(const Catalog& to, const std::string& id);

namespace {

// A function's or operator's identity names its argument types, and a function's header its
// result: PostgreSQL re-renders both after a type or schema rename, through `fn`. Returns the
// identities that moved, old -> new.
template <typename Fn>
std::vector<std::pair<ObjectRef, ObjectRef>> MoveSignatures(Catalog& c, Fn fn) {
  std::vector<std::pair<ObjectRef, ObjectRef>> moved;
  for (auto& f : c.functions) {
    f.identity_args = fn(f.identity_args);
    f.arguments = fn(f.arguments);
    f.result = fn(f.result);
    f.argument_types = fn(f.argument_types);
    // A body written AS '...' is the user's text and stays; BEGIN ATOMIC is re-rendered.
    const size_t body = f.definition.find("\nAS ");
    f.definition = body == std::string::npos
                       ? fn(f.definition)
                       : absl::StrCat(fn(f.definition.substr(0, body)), f.definition.substr(body));
    const ObjectRef old_ref = f.c.ref;
    f.c.ref.id = absl::StrCat(Quoted(f.c.schema, f.c.name), "(", f.identity_args, ")");
    if (!(old_ref == f.c.ref)) moved.emplace_back(old_ref, f.c.ref);
  }
  for (auto& o : c.defined_objects) {
    // Identities that name types: an operator's arguments, a cast's source and target, a
    // transform's type.
    if (o.c.ref.kind != Kind::kOperator && o.c.ref.kind != Kind::kCast && o.c.ref.kind != Kind::kTransform) continue;
    const ObjectRef old_ref = o.c.ref;
    o.c.ref.id = fn(o.c.ref.id);
    if (!(old_ref == o.c.ref)) moved.emplace_back(old_ref, o.c.ref);
  }
  return moved;
}

}  // namespace

bool ExtensionsMove(const Catalog& from, const Catalog& to) {
  for (const catalog::Extension& a : from.extensions) {
    const auto b = std::lower_bound(to.extensions.begin(), to.extensions.end(), a.c.ref,
                                    [](const catalog::Extension& e, const ObjectRef& r) { return e.c.ref < r; });
    if (b != to.extensions.end() && b->c.ref == a.c.ref && b->c.schema != a.c.schema && !a.members.empty()) return true;
  }
  return false;
}

void Renamer::FollowExtensionMoves() {
  Catalog& c = out_.catalog();
  for (const catalog::Extension& a : c.extensions) {
    const auto b = std::find_if(to_.extensions.begin(), to_.extensions.end(),
                                [&](const catalog::Extension& e) { return e.c.ref == a.c.ref; });
    if (b == to_.extensions.end() || b->c.schema == a.c.schema || a.members.empty()) continue;
    const std::string old_prefix = absl::StrCat(pg::QuoteIdent(a.c.schema), ".");
    const std::string new_prefix = absl::StrCat(pg::QuoteIdent(b->c.schema), ".");
    const std::set<std::string> names(a.members.begin(), a.members.end());
    auto follow = [&](const std::string& text) { return ReplaceSchemaOf(text, old_prefix, new_prefix, names); };
    RewriteRendered(c, follow);
    for (const auto& [old_ref, new_ref] : MoveSignatures(c, follow)) out_.Move(old_ref, new_ref);
    for (auto& f : c.type_facts) {
      f.name = follow(f.name);
      f.base = follow(f.base);
      f.element = follow(f.element);
      for (std::string& target : f.casts_to) target = follow(target);
      std::sort(f.casts_to.begin(), f.casts_to.end());
    }
  }
}

absl::Status Renamer::RenameType(const std::string& from, const std::string& to, bool hinted) {
  const auto [old_schema, old_name] = SplitLast(from);
  const auto [new_schema, new_name] = SplitLast(to);
  const auto parts = SplitQualifiedName(to);
  if (hinted) {
    int spaces = NameRoom::kTypes;
    for (const auto& t : out_.catalog().types) {
      if (t.c.ref.id == from && t.kind == 'c') spaces |= NameRoom::kRelations;
    }
    if (old_schema != new_schema) room_.MakeRoom(Quoted((*parts)[0], SplitQualifiedName(from)->back()), spaces);
    if (old_name != new_name) room_.MakeRoom(to, spaces);
  }
  std::string keyword = "TYPE";
  for (auto& t : out_.catalog().types) {
    if (t.c.ref.id != from) continue;
    if (t.kind == 'd') keyword = "DOMAIN";
    out_.Move(t.c.ref, ObjectRef{Kind::kType, to});
    t.c.ref.id = to;
    t.c.schema = (*parts)[0];
    t.c.name = (*parts)[1];
  }
  std::string current = from;
  if (old_schema != new_schema) {
    EnsureSchema(new_schema);
    out_.Say(absl::StrCat("ALTER ", keyword, " ", from, " SET SCHEMA ", new_schema),
        absl::StrCat("move type ", from, " to schema ", new_schema));
    current = absl::StrCat(new_schema, ".", pg::QuoteIdent(old_name));
  }
  if (old_name != new_name) {
    out_.Say(absl::StrCat("ALTER ", keyword, " ", current, " RENAME TO ", pg::QuoteIdent(new_name)),
        absl::StrCat("rename type ", current, " to ", to));
  }
  if (hinted) out_.Record(Kind::kType, from, to);
  containers_[from] = to;
  const std::string multirange = hinted ? RenameRangeParts(from, to) : std::string();
  MoveTypeName(from, to);
  if (!multirange.empty()) MoveTypeName(multirange, absl::StrCat(new_schema, ".", pg::QuoteIdent(*RangeMultirangeOf(to_, to))));
  return absl::OkStatus();
}

// What names a type that PostgreSQL renamed: column types, definitions, signatures, facts.
void Renamer::MoveTypeName(const std::string& from, const std::string& to) {
  RewriteRendered(out_.catalog(), [&](const std::string& text) { return ReplaceQualified(text, from, to); });
  for (const auto& [old_ref, new_ref] :
       MoveSignatures(out_.catalog(), [&](const std::string& text) { return ReplaceQualified(text, from, to); })) {
    out_.Move(old_ref, new_ref);
  }
  for (auto& f : out_.catalog().type_facts) {
    f.name = ReplaceQualified(f.name, from, to);
    f.base = ReplaceQualified(f.base, from, to);
    f.element = ReplaceQualified(f.element, from, to);
    for (std::string& target : f.casts_to) target = ReplaceQualified(target, from, to);
    std::sort(f.casts_to.begin(), f.casts_to.end());
  }
}

// The target's multirange name (last part, raw) of range `id`.
static std::optional<std::string> RangeMultirangeOf(const Catalog& to, const std::string& id) {
  for (const auto& t : to.types) {
    if (t.c.ref.id != id || t.kind != 'r') continue;
    const std::string multirange = TypePlanner::RangeOption(t.definition, "MULTIRANGE_TYPE_NAME");
    if (multirange.empty()) return std::nullopt;
    return SplitQualifiedName(multirange)->back();
  }
  return std::nullopt;
}

// A renamed range keeps the names PostgreSQL derived from its old one: its constructor
// functions and its multirange type (with the multirange's constructors). Within one schema
// they take the target's names; returns the multirange renamed ("schema.name"), or empty.
std::string Renamer::RenameRangeParts(const std::string& from, const std::string& to) {
  const catalog::Type* range = nullptr;
  for (const auto& t : out_.catalog().types) {
    if (t.c.ref.id == to && t.kind == 'r') range = &t;
  }
  const auto [old_schema, old_name] = SplitLast(from);
  const auto [new_schema, new_name] = SplitLast(to);
  if (range == nullptr || old_schema != new_schema || old_name == new_name) return "";
  const std::string subtype = TypePlanner::RangeOption(range->definition, "SUBTYPE");
  const std::string old_multirange = TypePlanner::RangeOption(range->definition, "MULTIRANGE_TYPE_NAME");
  auto rename = [&](const std::string& what, const std::string& name) {
    out_.Say(absl::StrCat("ALTER ", what, " RENAME TO ", pg::QuoteIdent(name)),
             absl::StrCat("rename ", what, ", named after range ", from, ", after it"));
  };
  const std::string new_raw = SplitQualifiedName(to)->back();
  rename(absl::StrCat("FUNCTION ", from, "(", subtype, ", ", subtype, ")"), new_raw);
  rename(absl::StrCat("FUNCTION ", from, "(", subtype, ", ", subtype, ", text)"), new_raw);
  const std::optional<std::string> new_multirange = RangeMultirangeOf(to_, to);
  if (old_multirange.empty() || !new_multirange ||
      SplitQualifiedName(old_multirange)->back() == *new_multirange ||
      SplitLast(old_multirange).first != old_schema) {
    return "";
  }
  rename(absl::StrCat("FUNCTION ", old_multirange, "()"), *new_multirange);
  rename(absl::StrCat("FUNCTION ", old_multirange, "(", to, ")"), *new_multirange);
  rename(absl::StrCat("FUNCTION ", old_multirange, "(", to, "[])"), *new_multirange);
  rename(absl::StrCat("TYPE ", old_multirange), *new_multirange);
  return old_multirange;
}

absl::Status Renamer::RenameLabel() {
  ASSIGN_OR_RETURN(const Within names, SameParent("a label is renamed within its enum type"));
  const std::string& type = names.parent;
  const std::string& old_label = names.old_name;
  const std::string& new_label = names.new_name;
  for (auto& t : out_.catalog().types) {
    if (t.c.ref.id != type) continue;
    if (std::find(t.labels.begin(), t.labels.end(), new_label) != t.labels.end()) {
      return Invalid(absl::StrCat(type, " already has the label ", pg::QuoteLiteral(new_label)));
    }
    std::replace(t.labels.begin(), t.labels.end(), old_label, new_label);
  }
  out_.Say(absl::StrCat("ALTER TYPE ", type, " RENAME VALUE ", pg::QuoteLiteral(old_label), " TO ", pg::QuoteLiteral(new_label)),
      absl::StrCat("rename label ", pg::QuoteLiteral(old_label), " of ", type, " to ", pg::QuoteLiteral(new_label)));
  out_.Record(ObjectRef{Kind::kType, type}, {"label", old_label, new_label});
  const std::string old_cast = absl::StrCat(pg::QuoteLiteral(old_label), "::", type);
  const std::string new_cast = absl::StrCat(pg::QuoteLiteral(new_label), "::", type);
  RewriteRendered(out_.catalog(), [&](const std::string& text) { return absl::StrReplaceAll(text, {{old_cast, new_cast}}); });
  return absl::OkStatus();
}

absl::Status Renamer::RenameSchema(const std::string& from, const std::string& to) {
  Catalog& c = out_.catalog();
  out_.Say(absl::StrCat("ALTER SCHEMA ", from, " RENAME TO ", to), absl::StrCat("rename schema ", from, " to ", to));
  out_.Record(Kind::kSchema, from, to);
  schemas_[SplitQualifiedName(from)->front()] = SplitQualifiedName(to)->front();
  const std::string old_prefix = absl::StrCat(from, "."), new_prefix = absl::StrCat(to, ".");
  const std::string new_schema = SplitQualifiedName(to)->front();
  auto swap = [&](std::string& id) {
    if (absl::StartsWith(id, old_prefix)) id = absl::StrCat(new_prefix, id.substr(old_prefix.size()));
  };
  auto move_common = [&](catalog::Common& common) {
    const ObjectRef old_ref = common.ref;
    if (common.ref.kind == Kind::kSchema) {
      if (common.ref.id != from) return;
      common.ref.id = to;
      common.name = new_schema;
    } else {
      swap(common.ref.id);
      if (common.schema == SplitQualifiedName(from)->front()) common.schema = new_schema;
    }
    if (!(old_ref == common.ref)) out_.Move(old_ref, common.ref);
  };
  for (auto& x : c.schemas) move_common(x.c);
  for (auto& x : c.types) move_common(x.c);
  for (auto& x : c.sequences) {
    move_common(x.c);
    if (x.owned_by) swap(*x.owned_by);
  }
  for (auto& x : c.views) move_common(x.c);
  for (auto& x : c.functions) move_common(x.c);
  // Operators, their families and classes; foreign-data objects have no schema.
  for (auto& x : c.defined_objects) {
    if (!x.c.schema.empty()) move_common(x.c);
  }
  for (auto& x : c.parts) {
    move_common(x.c);
    swap(x.table);
  }
  for (auto& t : c.tables) {
    for (const Column& col : t.columns) {
      const std::string q = pg::QuoteIdent(col.name);
      if (absl::StartsWith(t.c.ref.id, old_prefix)) {
        out_.Move(ObjectRef{Kind::kColumn, absl::StrCat(t.c.ref.id, ".", q)},
             ObjectRef{Kind::kColumn, absl::StrCat(new_prefix, t.c.ref.id.substr(old_prefix.size()), ".", q)});
      }
      (void)col;
    }
    move_common(t.c);
    swap(t.partition_of);
    for (std::string& parent : t.inherits) swap(parent);
    for (Column& col : t.columns) {
      auto [seq, rest] = SplitSequenceName(col.identity_options);
      if (!seq.empty() && absl::StartsWith(seq, old_prefix)) {
        swap(seq);
        col.identity_options = absl::StrCat("SEQUENCE NAME ", seq, rest.empty() ? "" : " ", rest);
      }
    }
  }
  for (auto& x : c.default_privileges) {
    if (x.in_schema == from) x.in_schema = to;
  }
  // A function's header is rendered from the catalog; its body is the user's text.
  for (auto& f : c.functions) {
    for (const char* word : {"FUNCTION ", "PROCEDURE ", "AGGREGATE "}) {
      const size_t at = f.definition.find(absl::StrCat(word, old_prefix));
      if (at != std::string::npos) {
        f.definition.replace(at + strlen(word), old_prefix.size(), new_prefix);
        break;
      }
    }
  }
  RewriteRendered(out_.catalog(), [&](const std::string& text) {
    return ReplaceRegclassPrefix(ReplaceQualified(text, old_prefix, new_prefix), old_prefix, new_prefix);
  });
  for (const auto& [old_ref, new_ref] : MoveSignatures(
           out_.catalog(), [&](const std::string& text) { return ReplaceQualified(text, old_prefix, new_prefix); })) {
    out_.Move(old_ref, new_ref);
  }
  for (auto& f : c.type_facts) {
    swap(f.name);
    swap(f.base);
    swap(f.element);
    for (std::string& target : f.casts_to) swap(target);
    std::sort(f.casts_to.begin(), f.casts_to.end());
  }
  return absl::OkStatus();
}

absl::Status Renamer::RenameFunction() {
  catalog::Function* f = const_cast<catalog::Function*>(FindFunction(out_.catalog(), hint_.from));
  if (f == nullptr) return Invalid(absl::StrCat(hint_.from, " names more than one function: add the argument types"));
  auto to_parts = SplitQualifiedName(hint_.to);
  std::string new_name = to_parts->back();
  const size_t paren = new_name.find('(');
  if (paren != std::string::npos) new_name = new_name.substr(0, paren);
  const std::string new_schema = (*to_parts)[0];
  const std::string keyword = f->kind == 'p' ? "PROCEDURE" : f->kind == 'a' ? "AGGREGATE" : "FUNCTION";
  const std::string old_q = Quoted(f->c.schema, f->c.name);
  const std::string new_q = Quoted(new_schema, new_name);
  std::string current = absl::StrCat(old_q, "(", f->identity_args, ")");
  if (f->c.schema != new_schema) {
    EnsureSchema(pg::QuoteIdent(new_schema));
    out_.Say(absl::StrCat("ALTER ", keyword, " ", current, " SET SCHEMA ", pg::QuoteIdent(new_schema)),
        absl::StrCat("move ", absl::AsciiStrToLower(keyword), " ", current, " to schema ", new_schema));
    current = absl::StrCat(Quoted(new_schema, f->c.name), "(", f->identity_args, ")");
  }
  if (f->c.name != new_name) {
    out_.Say(absl::StrCat("ALTER ", keyword, " ", current, " RENAME TO ", pg::QuoteIdent(new_name)),
        absl::StrCat("rename ", absl::AsciiStrToLower(keyword), " ", current, " to ", new_q));
  }
  const ObjectRef old_ref = f->c.ref;
  f->c.schema = new_schema;
  f->c.name = new_name;
  f->c.ref.id = absl::StrCat(new_q, "(", f->identity_args, ")");
  out_.Record(Kind::kFunction, old_ref.id, f->c.ref.id);
  out_.Move(old_ref, f->c.ref);
  // The header is rendered from the catalog; the body is the user's text and stays.
  const size_t at = f->definition.find(absl::StrCat(old_q, "("));
  if (at != std::string::npos) f->definition.replace(at, old_q.size(), new_q);
  const std::string old_call = old_q, new_call = new_q;
  for (TablePart& p : out_.catalog().parts) p.definition = ReplaceQualified(p.definition, old_call, new_call);
  // Operators and operator classes name their functions (FUNCTION = s.f, FUNCTION 1 s.f(...)).
  for (auto& o : out_.catalog().defined_objects) {
    o.definition = ReplaceQualified(o.definition, old_call, new_call);
    o.extra = ReplaceQualified(o.extra, old_call, new_call);
  }
  for (auto& t : out_.catalog().tables) {
    for (Column& col : t.columns) {
      if (col.default_expr) col.default_expr = ReplaceQualified(*col.default_expr, old_call, new_call);
    }
  }
  return absl::OkStatus();
}

}  // namespace schemaservice::plan::internal
