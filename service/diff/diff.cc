#include "service/diff/diff.h"

#include <algorithm>
#include <functional>
#include <map>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/pg/quote.h"

namespace schemaservice::diff {
namespace {

using catalog::Catalog;
using catalog::Column;
using catalog::Common;
using catalog::Grant;
using catalog::Kind;
using catalog::ObjectRef;

std::string GrantsText(const std::vector<Grant>& grants) {
  std::vector<std::string> parts;
  for (const Grant& g : grants) {
    parts.push_back(absl::StrCat(g.privilege, " to ", g.grantee, g.grantable ? " (grantable)" : ""));
  }
  return parts.empty() ? "none" : absl::StrJoin(parts, ", ");
}

// Storage parameters are a set; their order is how they were written.
std::string Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return absl::StrJoin(v, ", ");
}

std::string Opt(const std::optional<std::string>& v) { return v ? *v : "(none)"; }
std::string Bool(bool b) { return b ? "true" : "false"; }
std::string Chr(char c) { return c ? std::string(1, c) : ""; }

class FieldDiff {
 public:
  void Add(const std::string& field, const std::string& from, const std::string& to) {
    if (from == to) return;
    // Definitions may carry a second part after a unit separator (statistics targets).
    auto shown = [](std::string v) {
      std::replace(v.begin(), v.end(), '\x1f', '|');
      return v;
    };
    fields_.push_back(FieldChange{field, shown(from), shown(to)});
  }
  void Common(const catalog::Common& a, const catalog::Common& b) {
    Add("comment", Opt(a.comment), Opt(b.comment));
    if (a.grants != b.grants) fields_.push_back({"grants", GrantsText(a.grants), GrantsText(b.grants)});
    Add("owner_revoked", absl::StrJoin(a.owner_revoked, ", "), absl::StrJoin(b.owner_revoked, ", "));
  }
  std::vector<FieldChange> Take() {
    std::sort(fields_.begin(), fields_.end(),
              [](const FieldChange& x, const FieldChange& y) { return x.field < y.field; });
    return std::move(fields_);
  }

 private:
  std::vector<FieldChange> fields_;
};

// Matches two sorted-by-ref lists and reports creates, drops and field differences.
template <typename T>
void Match(const std::vector<T>& from, const std::vector<T>& to,
           const std::function<void(const T&, const T&, FieldDiff&)>& compare,
           std::vector<Change>& out) {
  std::map<ObjectRef, const T*> a, b;
  for (const T& x : from) a[x.c.ref] = &x;
  for (const T& x : to) b[x.c.ref] = &x;
  for (const auto& [ref, x] : a) {
    auto it = b.find(ref);
    if (it == b.end()) {
      out.push_back(Change{Action::kDrop, ref, {}});
      continue;
    }
    FieldDiff fields;
    fields.Common(x->c, it->second->c);
    compare(*x, *it->second, fields);
    std::vector<FieldChange> changed = fields.Take();
    if (!changed.empty()) out.push_back(Change{Action::kAlter, ref, std::move(changed)});
  }
  for (const auto& [ref, x] : b) {
    if (!a.count(ref)) out.push_back(Change{Action::kCreate, ref, {}});
  }
}

// The columns of `t` that `other` has too and `t` has from its parents only, by name.
std::string InheritedOnlyColumns(const catalog::Table& t, const catalog::Table& other) {
  std::vector<std::string> names;
  for (const Column& c : t.columns) {
    if (c.inherited_only && other.FindColumn(c.name) != nullptr) names.push_back(c.name);
  }
  std::sort(names.begin(), names.end());
  return absl::StrJoin(names, ", ");
}

void CompareColumns(const catalog::Table& from, const catalog::Table& to,
                    std::vector<Change>& out) {
  auto id = [&](const Column& c) { return absl::StrCat(to.c.ref.id, ".", pg::QuoteIdent(c.name)); };
  // A column inherited from a parent is the parent's business; one that becomes local
  // (a partition detached) or inherited (attached) is the same column.
  for (const Column& a : from.columns) {
    const Column* b = to.FindColumn(a.name);
    if (b == nullptr) {
      if (!a.inherited_only) out.push_back(Change{Action::kDrop, ObjectRef{Kind::kColumn, id(a)}, {}});
      continue;
    }
    if (a.inherited_only && b->inherited_only) {
      // Except a NOT NULL the child set itself, which the parent's changes do not carry, its
      // comment, and its default (copied from the parent's when made, then its own: ALTER TABLE ONLY).
      FieldDiff f;
      f.Add("not_null_own", Bool(a.not_null_own), Bool(b->not_null_own));
      if (!b->generated) f.Add("default", Opt(a.default_expr), Opt(b->default_expr));
      f.Add("comment", Opt(a.comment), Opt(b->comment));  // COMMENT ON COLUMN child.x is the child's
      std::vector<FieldChange> changed = f.Take();
      if (!changed.empty()) out.push_back(Change{Action::kAlter, ObjectRef{Kind::kColumn, id(a)}, std::move(changed)});
      continue;
    }
    FieldDiff f;
    f.Add("type", a.type, b->type);
    f.Add("not_null", Bool(a.not_null), Bool(b->not_null));
    f.Add("default", Opt(a.default_expr), Opt(b->default_expr));
    f.Add("identity", Chr(a.identity), Chr(b->identity));
    f.Add("identity_options", a.identity_options, b->identity_options);
    f.Add("generated", Bool(a.generated), Bool(b->generated));
    f.Add("virtual", Bool(a.virtual_generated), Bool(b->virtual_generated));
    f.Add("not_null_name", a.not_null_name, b->not_null_name);
    f.Add("not_null_valid", Bool(a.not_null_valid), Bool(b->not_null_valid));
    f.Add("not_null_no_inherit", Bool(a.not_null_no_inherit), Bool(b->not_null_no_inherit));
    f.Add("collation", a.collation, b->collation);
    f.Add("storage", a.storage, b->storage);
    f.Add("compression", a.compression, b->compression);
    f.Add("statistics", std::to_string(a.statistics), std::to_string(b->statistics));
    f.Add("options", a.options, b->options);
    f.Add("fdw_options", absl::StrJoin(a.fdw_options, ", "), absl::StrJoin(b->fdw_options, ", "));
    f.Add("comment", Opt(a.comment), Opt(b->comment));
    if (a.grants != b->grants) f.Add("grants", GrantsText(a.grants), GrantsText(b->grants));
    std::vector<FieldChange> changed = f.Take();
    if (!changed.empty()) {
      out.push_back(Change{Action::kAlter, ObjectRef{Kind::kColumn, id(a)}, std::move(changed)});
    }
  }
  for (const Column& b : to.columns) {
    if (b.inherited_only) continue;
    const Column* a = from.FindColumn(b.name);
    if (a == nullptr) {
      out.push_back(Change{Action::kCreate, ObjectRef{Kind::kColumn, id(b)}, {}});
    }
  }
}

}  // namespace

const char* ActionName(Action action) {
  switch (action) {
    case Action::kCreate: return "create";
    case Action::kDrop: return "drop";
    case Action::kAlter: return "alter";
  }
  return "change";
}

bool Change::Has(const std::string& field) const {
  return std::any_of(fields.begin(), fields.end(),
                     [&](const FieldChange& f) { return f.field == field; });
}

std::string Change::Describe() const {
  std::string out = absl::StrCat(ActionName(action), " ", catalog::KindName(ref.kind), " ", ref.id);
  for (size_t i = 0; i < fields.size(); ++i) {
    absl::StrAppend(&out, i == 0 ? ": " : "; ", fields[i].field, " ", fields[i].from, " -> ",
                    fields[i].to);
  }
  return out;
}

std::vector<Change> Diff(const Catalog& from, const Catalog& to) {
  std::vector<Change> out;
  Match<catalog::Schema>(from.schemas, to.schemas, [](auto&, auto&, FieldDiff&) {}, out);
  Match<catalog::Extension>(from.extensions, to.extensions,
                            [](const auto& a, const auto& b, FieldDiff& f) {
                              f.Add("version", a.version, b.version);
                              f.Add("schema", a.c.schema, b.c.schema);
                            }, out);
  Match<catalog::Collation>(from.collations, to.collations,
                            [](const auto& a, const auto& b, FieldDiff& f) {
                              f.Add("definition", a.definition, b.definition);
                            }, out);
  Match<catalog::Type>(from.types, to.types, [](const auto& a, const auto& b, FieldDiff& f) {
    f.Add("kind", Chr(a.kind), Chr(b.kind));
    f.Add("labels", absl::StrJoin(a.labels, ", "), absl::StrJoin(b.labels, ", "));
    f.Add("definition", a.definition, b.definition);
    auto pairs = [](const std::vector<std::pair<std::string, std::string>>& v) {
      return absl::StrJoin(v, ", ", absl::PairFormatter(" "));
    };
    f.Add("checks", pairs(a.checks), pairs(b.checks));
    f.Add("attributes", pairs(a.attributes), pairs(b.attributes));
    f.Add("settings", pairs(a.settings), pairs(b.settings));
    f.Add("attribute_comments", absl::StrJoin(a.attribute_comments, ", ", absl::PairFormatter("=")),
          absl::StrJoin(b.attribute_comments, ", ", absl::PairFormatter("=")));
    f.Add("not_null_name", a.not_null_name, b.not_null_name);
    f.Add("check_comments", absl::StrJoin(a.check_comments, ", ", absl::PairFormatter("=")),
          absl::StrJoin(b.check_comments, ", ", absl::PairFormatter("=")));
  }, out);
  Match<catalog::Sequence>(from.sequences, to.sequences,
                           [](const auto& a, const auto& b, FieldDiff& f) {
                             f.Add("type", a.type, b.type);
                             f.Add("start", std::to_string(a.start), std::to_string(b.start));
                             f.Add("increment", std::to_string(a.increment), std::to_string(b.increment));
                             f.Add("min", std::to_string(a.min), std::to_string(b.min));
                             f.Add("max", std::to_string(a.max), std::to_string(b.max));
                             f.Add("cache", std::to_string(a.cache), std::to_string(b.cache));
                             f.Add("cycle", Bool(a.cycle), Bool(b.cycle));
                             f.Add("unlogged", Bool(a.unlogged), Bool(b.unlogged));
                             f.Add("owned_by", Opt(a.owned_by), Opt(b.owned_by));
                           }, out);
  Match<catalog::Table>(from.tables, to.tables, [&](const auto& a, const auto& b, FieldDiff& f) {
    f.Add("kind", Chr(a.kind), Chr(b.kind));
    f.Add("of_type", a.of_type, b.of_type);
    f.Add("foreign_server", a.foreign_server, b.foreign_server);
    f.Add("foreign_options", absl::StrJoin(a.foreign_options, ", "), absl::StrJoin(b.foreign_options, ", "));
    f.Add("unlogged", Bool(a.unlogged), Bool(b.unlogged));
    f.Add("partition_key", a.partition_key, b.partition_key);
    f.Add("partition_of", a.partition_of, b.partition_of);
    f.Add("partition_bound", a.partition_bound, b.partition_bound);
    f.Add("inherits", absl::StrJoin(a.inherits, ", "), absl::StrJoin(b.inherits, ", "));
    if (a.partition_of.empty() && b.partition_of.empty()) {
      // Which of the columns both have are inherited only (a partition's all are, by ATTACH).
      f.Add("inherited_columns", InheritedOnlyColumns(a, b), InheritedOnlyColumns(b, a));
    }
    f.Add("options", Sorted(a.options), Sorted(b.options));
    f.Add("replica_identity", absl::StrCat(Chr(a.replica_identity), " ", a.replica_identity_index),
          absl::StrCat(Chr(b.replica_identity), " ", b.replica_identity_index));
    f.Add("rls_enabled", Bool(a.rls_enabled), Bool(b.rls_enabled));
    f.Add("rls_forced", Bool(a.rls_forced), Bool(b.rls_forced));
    f.Add("access_method", a.access_method, b.access_method);
    f.Add("tablespace", a.tablespace, b.tablespace);
  }, out);
  // Columns of tables present on both sides.
  std::map<ObjectRef, const catalog::Table*> to_tables;
  for (const auto& t : to.tables) to_tables[t.c.ref] = &t;
  for (const auto& t : from.tables) {
    auto it = to_tables.find(t.c.ref);
    if (it != to_tables.end()) CompareColumns(t, *it->second, out);
  }
  Match<catalog::TablePart>(from.parts, to.parts, [](const auto& a, const auto& b, FieldDiff& f) {
    f.Add("definition", a.definition, b.definition);
    f.Add("valid", Bool(a.valid), Bool(b.valid));
    f.Add("enforced", Bool(a.enforced), Bool(b.enforced));
    f.Add("enabled", Chr(a.enabled), Chr(b.enabled));
    f.Add("partition_enabled", absl::StrJoin(a.partition_enabled, ", ", absl::PairFormatter(" ")),
          absl::StrJoin(b.partition_enabled, ", ", absl::PairFormatter(" ")));
    f.Add("clustered", Bool(a.clustered), Bool(b.clustered));
    f.Add("attached_to", a.attached_to, b.attached_to);
    f.Add("tablespace", a.tablespace, b.tablespace);
    f.Add("index_comment", Opt(a.index_comment), Opt(b.index_comment));
  }, out);
  Match<catalog::View>(from.views, to.views, [](const auto& a, const auto& b, FieldDiff& f) {
    f.Add("materialized", Bool(a.materialized), Bool(b.materialized));
    f.Add("definition", a.definition, b.definition);
    f.Add("options", Sorted(a.options), Sorted(b.options));
    f.Add("column_comments", absl::StrJoin(a.column_comments, ", ", absl::PairFormatter("=")),
          absl::StrJoin(b.column_comments, ", ", absl::PairFormatter("=")));
    f.Add("column_defaults", absl::StrJoin(a.column_defaults, ", ", absl::PairFormatter("=")),
          absl::StrJoin(b.column_defaults, ", ", absl::PairFormatter("=")));
    auto column_grants = [](const std::map<std::string, std::vector<Grant>>& grants) {
      std::string out;
      for (const auto& [column, g] : grants) absl::StrAppend(&out, column, ": ", GrantsText(g), "; ");
      return out;
    };
    f.Add("column_grants", column_grants(a.column_grants), column_grants(b.column_grants));
    f.Add("populated", Bool(a.populated), Bool(b.populated));
    f.Add("tablespace", a.tablespace, b.tablespace);
  }, out);
  Match<catalog::Function>(from.functions, to.functions,
                           [](const auto& a, const auto& b, FieldDiff& f) {
                             f.Add("kind", Chr(a.kind), Chr(b.kind));
                             f.Add("arguments", a.arguments, b.arguments);
                             f.Add("result", a.result, b.result);
                             f.Add("definition", a.definition, b.definition);
                           }, out);
  Match<catalog::EventTrigger>(from.event_triggers, to.event_triggers,
                               [](const auto& a, const auto& b, FieldDiff& f) {
                                 f.Add("definition", a.definition, b.definition);
                                 f.Add("enabled", Chr(a.enabled), Chr(b.enabled));
                               }, out);
  Match<catalog::Publication>(from.publications, to.publications,
                              [](const auto& a, const auto& b, FieldDiff& f) {
                                f.Add("definition", a.definition, b.definition);
                              }, out);
  Match<catalog::DefinedObject>(from.defined_objects, to.defined_objects,
                                [](const auto& a, const auto& b, FieldDiff& f) {
                                  f.Add("definition", a.definition, b.definition);
                                  f.Add("extra", a.extra, b.extra);
                                }, out);
  Match<catalog::DefaultPrivileges>(from.default_privileges, to.default_privileges,
                                    [](auto&, auto&, FieldDiff&) {}, out);
  std::sort(out.begin(), out.end(), [](const Change& a, const Change& b) { return a.ref < b.ref; });
  return out;
}

std::vector<Change> Reverse(const std::vector<Change>& changes) {
  std::vector<Change> out;
  out.reserve(changes.size());
  for (const Change& c : changes) {
    Change r{c.action, c.ref, {}};
    if (c.action == Action::kCreate) r.action = Action::kDrop;
    if (c.action == Action::kDrop) r.action = Action::kCreate;
    r.fields.reserve(c.fields.size());
    for (const FieldChange& f : c.fields) r.fields.push_back(FieldChange{f.field, f.to, f.from});
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace schemaservice::diff
