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
    parts.push_back(absl::StrCat(g.privilege, " to ", g.grantee, g.grantable ? " (grantable)" : "",
                                 g.grantor.empty() ? "" : absl::StrCat(" by ", g.grantor)));
  }
  return parts.empty() ? "none" : absl::StrJoin(parts, ", ");
}

std::string MemberGrantsText(const std::map<std::string, catalog::Extension::MemberGrants>& members) {
  std::string out;
  for (const auto& [target, grants] : members) {
    absl::StrAppend(&out, target, ": ", GrantsText(grants.now), " (made with ", GrantsText(grants.initial), "); ");
  }
  return out;
}

// Storage parameters are a set; their order is how they were written.
std::string Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return absl::StrJoin(v, ", ");
}

std::string Opt(const std::optional<std::string>& v) { return v ? *v : "(none)"; }
std::string Bool(bool b) { return b ? "true" : "false"; }
std::string Chr(char c) { return c ? std::string(1, c) : ""; }

// The fields of one object that differ. Each value is compared as it is and rendered only
// when it differs: tens of thousands of unchanged columns render nothing.
class FieldDiff {
 public:
  void Add(absl::string_view field, const std::string& from, const std::string& to) {
    if (from == to) return;
    fields_.push_back(FieldChange{std::string(field), from, to});
  }
  // Values rendered by `render` (equal values render equally, so only differing ones are).
  template <typename V, typename Render>
  void Add(absl::string_view field, const V& from, const V& to, Render render) {
    if (!(from == to)) Add(field, render(from), render(to));
  }
  void Flag(absl::string_view field, bool from, bool to) { Add(field, from, to, Bool); }
  void Letter(absl::string_view field, char from, char to) { Add(field, from, to, Chr); }
  void Number(absl::string_view field, int64_t from, int64_t to) {
    Add(field, from, to, [](int64_t v) { return std::to_string(v); });
  }
  void Optional(absl::string_view field, const std::optional<std::string>& from,
                const std::optional<std::string>& to) {
    Add(field, from, to, Opt);
  }
  template <typename List>
  void Joined(absl::string_view field, const List& from, const List& to) {
    Add(field, from, to, [](const List& v) { return absl::StrJoin(v, ", "); });
  }
  template <typename Pairs>
  void JoinedPairs(absl::string_view field, const Pairs& from, const Pairs& to, const char* between) {
    Add(field, from, to, [&](const Pairs& v) { return absl::StrJoin(v, ", ", absl::PairFormatter(between)); });
  }
  // A field compared by its type: strings as they are, flags, letters, numbers, optional
  // strings, lists joined, pairs joined by a space, grants.
  void Value(absl::string_view field, const std::string& from, const std::string& to) { Add(field, from, to); }
  void Value(absl::string_view field, bool from, bool to) { Flag(field, from, to); }
  void Value(absl::string_view field, char from, char to) { Letter(field, from, to); }
  void Value(absl::string_view field, int64_t from, int64_t to) { Number(field, from, to); }
  void Value(absl::string_view field, int from, int to) { Number(field, from, to); }
  void Value(absl::string_view field, const std::optional<std::string>& from, const std::optional<std::string>& to) {
    Optional(field, from, to);
  }
  void Value(absl::string_view field, const std::vector<std::string>& from, const std::vector<std::string>& to) {
    Joined(field, from, to);
  }
  void Value(absl::string_view field, const std::vector<std::pair<std::string, std::string>>& from,
             const std::vector<std::pair<std::string, std::string>>& to) {
    JoinedPairs(field, from, to, " ");
  }
  void Value(absl::string_view field, const std::vector<Grant>& from, const std::vector<Grant>& to) {
    Add(field, from, to, GrantsText);
  }
  void Common(const catalog::Common& a, const catalog::Common& b) {
    Optional("comment", a.comment, b.comment);
    if (a.grants != b.grants) fields_.push_back({"grants", GrantsText(a.grants), GrantsText(b.grants)});
    Joined("owner_revoked", a.owner_revoked, b.owner_revoked);
    Joined("extensions", a.extensions, b.extensions);
  }
  std::vector<FieldChange> Take() {
    std::sort(fields_.begin(), fields_.end(),
              [](const FieldChange& x, const FieldChange& y) { return x.field < y.field; });
    return std::move(fields_);
  }

 private:
  std::vector<FieldChange> fields_;
};

// Fields of two objects of one type compared by member, each named once:
// Of(f, a, b)("type", &Sequence::type)("start", &Sequence::start).
template <typename T>
class Members {
 public:
  Members(FieldDiff& f, const T& a, const T& b) : f_(f), a_(a), b_(b) {}
  template <typename M>
  Members& operator()(absl::string_view field, M T::*member) {
    f_.Value(field, a_.*member, b_.*member);
    return *this;
  }

 private:
  FieldDiff& f_;
  const T& a_;
  const T& b_;
};
template <typename T>
Members<T> Of(FieldDiff& f, const T& a, const T& b) {
  return Members<T>(f, a, b);
}

// A list's objects ordered by ref (the reader's lists mostly are already); of a ref listed
// twice (catalogs made by hand), the last.
template <typename T>
std::vector<const T*> ByRef(const std::vector<T>& list) {
  std::vector<const T*> sorted;
  sorted.reserve(list.size());
  for (const T& x : list) sorted.push_back(&x);
  auto before = [](const T* x, const T* y) { return x->c.ref < y->c.ref; };
  if (!std::is_sorted(sorted.begin(), sorted.end(), before)) std::stable_sort(sorted.begin(), sorted.end(), before);
  std::vector<const T*> out;
  out.reserve(sorted.size());
  for (size_t i = 0; i < sorted.size(); ++i) {
    if (i + 1 < sorted.size() && sorted[i + 1]->c.ref == sorted[i]->c.ref) continue;
    out.push_back(sorted[i]);
  }
  return out;
}

// Calls both(a, b) for objects on both sides and only(x, in_from) for the others: first
// every object of `from` in ref order, then the new ones of `to` in ref order.
template <typename T, typename Both, typename Only>
void Pair(const std::vector<T>& from, const std::vector<T>& to, Both both, Only only) {
  const std::vector<const T*> a = ByRef(from), b = ByRef(to);
  size_t j = 0;
  for (const T* x : a) {
    while (j < b.size() && b[j]->c.ref < x->c.ref) ++j;
    if (j < b.size() && b[j]->c.ref == x->c.ref) {
      both(*x, *b[j]);
    } else {
      only(*x, true);
    }
  }
  size_t i = 0;
  for (const T* y : b) {
    while (i < a.size() && a[i]->c.ref < y->c.ref) ++i;
    if (i == a.size() || !(a[i]->c.ref == y->c.ref)) only(*y, false);
  }
}

// Matches two lists by ref and reports creates, drops and field differences.
template <typename T>
void Match(const std::vector<T>& from, const std::vector<T>& to,
           const std::function<void(const T&, const T&, FieldDiff&)>& compare,
           std::vector<Change>& out) {
  Pair(from, to,
       [&](const T& x, const T& y) {
         FieldDiff fields;
         fields.Common(x.c, y.c);
         compare(x, y, fields);
         std::vector<FieldChange> changed = fields.Take();
         if (!changed.empty()) out.push_back(Change{Action::kAlter, x.c.ref, std::move(changed)});
       },
       [&](const T& x, bool in_from) {
         out.push_back(Change{in_from ? Action::kDrop : Action::kCreate, x.c.ref, {}});
       });
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
      // So are its identity (15 and 16: a partition's own), its comment (COMMENT ON COLUMN
      // child.x), its storage and compression (copied from the parent's when made),
      // statistics target, options, privileges and, on a foreign table, its column options.
      FieldDiff f;
      if (!b->generated) f.Optional("default", a.default_expr, b->default_expr);
      Of(f, a, *b)("not_null_own", &Column::not_null_own)("identity", &Column::identity)(
          "identity_options", &Column::identity_options)("comment", &Column::comment)("storage", &Column::storage)(
          "compression", &Column::compression)("statistics", &Column::statistics)("options", &Column::options)(
          "grants", &Column::grants)("fdw_options", &Column::fdw_options);
      std::vector<FieldChange> changed = f.Take();
      if (!changed.empty()) out.push_back(Change{Action::kAlter, ObjectRef{Kind::kColumn, id(a)}, std::move(changed)});
      continue;
    }
    FieldDiff f;
    Of(f, a, *b)("type", &Column::type)("not_null", &Column::not_null)("default", &Column::default_expr)(
        "identity", &Column::identity)("identity_options", &Column::identity_options)("generated", &Column::generated)(
        "virtual", &Column::virtual_generated)("not_null_name", &Column::not_null_name)(
        "not_null_valid", &Column::not_null_valid)("not_null_no_inherit", &Column::not_null_no_inherit)(
        "collation", &Column::collation)("storage", &Column::storage)("compression", &Column::compression)(
        "statistics", &Column::statistics)("options", &Column::options)("fdw_options", &Column::fdw_options)(
        "comment", &Column::comment)("grants", &Column::grants)("identity_grants", &Column::identity_grants)(
        "identity_comment", &Column::identity_comment)("identity_owner_revoked", &Column::identity_owner_revoked);
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

void CompareFunctions(const catalog::Function& a, const catalog::Function& b, FieldDiff& f) {
  f.Letter("kind", a.kind, b.kind);
  f.Add("arguments", a.arguments, b.arguments);
  f.Add("result", a.result, b.result);
  f.Add("definition", a.definition, b.definition);
}

void CompareEventTriggers(const catalog::EventTrigger& a, const catalog::EventTrigger& b, FieldDiff& f) {
  f.Add("definition", a.definition, b.definition);
  f.Letter("enabled", a.enabled, b.enabled);
}

template <typename T>
void CompareDefinitions(const T& a, const T& b, FieldDiff& f) {
  f.Add("definition", a.definition, b.definition);
}

void CompareDefinedObjects(const catalog::DefinedObject& a, const catalog::DefinedObject& b, FieldDiff& f) {
  f.Add("definition", a.definition, b.definition);
  f.Add("extra", a.extra, b.extra);
  f.Joined("options", a.options, b.options);
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
                              f.Add("member_grants", a.member_grants, b.member_grants, MemberGrantsText);
                            }, out);
  Match<catalog::Collation>(from.collations, to.collations, CompareDefinitions<catalog::Collation>, out);
  Match<catalog::Type>(from.types, to.types, [](const auto& a, const auto& b, FieldDiff& f) {
    using T = catalog::Type;
    Of(f, a, b)("kind", &T::kind)("labels", &T::labels)("definition", &T::definition)("checks", &T::checks)(
        "attributes", &T::attributes)("settings", &T::settings)("not_null_name", &T::not_null_name);
    f.JoinedPairs("attribute_comments", a.attribute_comments, b.attribute_comments, "=");
    f.JoinedPairs("check_comments", a.check_comments, b.check_comments, "=");
  }, out);
  Match<catalog::Sequence>(from.sequences, to.sequences, [](const auto& a, const auto& b, FieldDiff& f) {
    using S = catalog::Sequence;
    Of(f, a, b)("type", &S::type)("start", &S::start)("increment", &S::increment)("min", &S::min)("max", &S::max)(
        "cache", &S::cache)("cycle", &S::cycle)("unlogged", &S::unlogged)("owned_by", &S::owned_by);
  }, out);
  Match<catalog::Table>(from.tables, to.tables, [&](const auto& a, const auto& b, FieldDiff& f) {
    using T = catalog::Table;
    Of(f, a, b)("kind", &T::kind)("of_type", &T::of_type)("foreign_server", &T::foreign_server)(
        "foreign_options", &T::foreign_options)("unlogged", &T::unlogged)("partition_key", &T::partition_key)(
        "partition_of", &T::partition_of)("partition_bound", &T::partition_bound)("inherits", &T::inherits)(
        "rls_enabled", &T::rls_enabled)("rls_forced", &T::rls_forced)("access_method", &T::access_method)(
        "tablespace", &T::tablespace);
    if (a.partition_of.empty() && b.partition_of.empty()) {
      // Which of the columns both have are inherited only (a partition's all are, by ATTACH).
      f.Add("inherited_columns", InheritedOnlyColumns(a, b), InheritedOnlyColumns(b, a));
    }
    f.Add("options", a.options, b.options, Sorted);
    f.Add("replica_identity", absl::StrCat(Chr(a.replica_identity), " ", a.replica_identity_index),
          absl::StrCat(Chr(b.replica_identity), " ", b.replica_identity_index));
  }, out);
  // Columns of tables present on both sides.
  Pair(from.tables, to.tables, [&](const auto& a, const auto& b) { CompareColumns(a, b, out); },
       [](const auto&, bool) {});
  Match<catalog::TablePart>(from.parts, to.parts, [](const auto& a, const auto& b, FieldDiff& f) {
    using P = catalog::TablePart;
    Of(f, a, b)("definition", &P::definition)("valid", &P::valid)("enforced", &P::enforced)("enabled", &P::enabled)(
        "partition_enabled", &P::partition_enabled)("clustered", &P::clustered)("attached_to", &P::attached_to)(
        "tablespace", &P::tablespace)("index_comment", &P::index_comment);
    f.Add("statistics", a.statistics, b.statistics, [](const std::vector<std::pair<int, int>>& targets) {
      std::vector<std::string> shown;
      for (const auto& [column, target] : targets) {
        shown.push_back(column == 0 ? std::to_string(target) : absl::StrCat("column ", column, " ", target));
      }
      return shown.empty() ? std::string("default") : absl::StrJoin(shown, ", ");
    });
  }, out);
  Match<catalog::View>(from.views, to.views, [](const auto& a, const auto& b, FieldDiff& f) {
    using V = catalog::View;
    Of(f, a, b)("materialized", &V::materialized)("definition", &V::definition)("populated", &V::populated)(
        "tablespace", &V::tablespace);
    f.Add("options", a.options, b.options, Sorted);
    f.JoinedPairs("column_comments", a.column_comments, b.column_comments, "=");
    f.JoinedPairs("column_defaults", a.column_defaults, b.column_defaults, "=");
    auto column_grants = [](const std::map<std::string, std::vector<Grant>>& grants) {
      std::string out;
      for (const auto& [column, g] : grants) absl::StrAppend(&out, column, ": ", GrantsText(g), "; ");
      return out;
    };
    f.Add("column_grants", a.column_grants, b.column_grants, column_grants);
    f.Add("column_settings", a.column_settings, b.column_settings,
          [](const std::map<std::string, catalog::ColumnSettings>& settings) {
            std::string out;
            for (const auto& [column, s] : settings) {
              absl::StrAppend(&out, column, ": storage ", s.storage, " compression ", s.compression, " statistics ",
                              s.statistics, " options ", s.options, "; ");
            }
            return out;
          });
  }, out);
  Match<catalog::Function>(from.functions, to.functions, CompareFunctions, out);
  Match<catalog::EventTrigger>(from.event_triggers, to.event_triggers, CompareEventTriggers, out);
  Match<catalog::Publication>(from.publications, to.publications, CompareDefinitions<catalog::Publication>, out);
  Match<catalog::DefinedObject>(from.defined_objects, to.defined_objects, CompareDefinedObjects, out);
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
