#include "service/plan/planner.h"

// The kinds that stand alone: schemas, extensions, collations, sequences, functions, event
// triggers, default privileges, publications, foreign data wrappers and servers, text search
// objects, casts, operators, operator families and classes, conversions, languages, access
// methods, transforms and user mappings (subscriptions: plan_subscriptions.cc). The kinds
// from foreign data wrappers on are kept as one definition (catalog::DefinedObject): created
// from it, dropped by name, re-created when it changes (text search dictionaries and
// configurations are altered where only options or mappings change, user mappings' options
// too; languages and transforms are replaced with CREATE OR REPLACE; an index on a re-created
// operator class is re-created with it); their comments and privileges, and an operator's
// RESTRICT and JOIN estimators, are altered in place.

#include <algorithm>
#include <map>
#include <set>
#include <string>
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
#include "service/util/status.h"

namespace schemaservice::plan::internal {
namespace {

// The items of ALTER TEXT SEARCH DICTIONARY's list that turn options `a` into `b` (both
// without the TEMPLATE item), in b's order: ALTER takes a listed option out and appends it
// when it has a value, so the longest start of `b` that `a` holds as is, in order, is kept;
// the rest of `a` is listed bare (removed) and the rest of `b` with values.
std::vector<std::string> DictionaryOptionChanges(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t kept = 0;
  for (auto from = a.begin(); kept < b.size(); ++kept) {
    from = std::find(from, a.end(), b[kept]);
    if (from == a.end()) break;
    ++from;
  }
  std::set<std::string> set_names;
  for (size_t i = kept; i < b.size(); ++i) set_names.insert(OptionName(b[i]));
  std::vector<std::string> out;
  for (const std::string& item : a) {
    if (std::find(b.begin(), b.begin() + kept, item) == b.begin() + kept && !set_names.count(OptionName(item))) {
      out.push_back(OptionName(item));
    }
  }
  out.insert(out.end(), b.begin() + kept, b.end());
  return out;
}

// A configuration's "ADD MAPPING FOR token WITH dicts" lines by token; its first line (the
// parser) under "".
std::map<std::string, std::string> MappingsByToken(const std::string& definition) {
  std::map<std::string, std::string> out;
  constexpr absl::string_view kFor = "ADD MAPPING FOR ";
  for (absl::string_view line : absl::StrSplit(definition, '\n')) {
    if (!absl::ConsumePrefix(&line, kFor)) {
      out[""] = std::string(line);
      continue;
    }
    const size_t with = line.find(" WITH ");
    out[std::string(line.substr(0, with))] = std::string(line.substr(with + 6));
  }
  return out;
}

// CREATE (OR REPLACE, for `replace`) of a DefinedObject. A schema object's id says more than
// its name (an operator's argument types, a class's USING), so CREATE names it schema.name;
// operator names are never quoted. An operator's RESTRICT and JOIN go inside its
// parentheses; a conversion's DEFAULT and a language's TRUSTED before the keyword; a user
// mapping's options are kept as stored, "name=value".
std::string CreateDefinedSql(const catalog::DefinedObject& o, bool replace = false) {
  const Kind kind = o.c.ref.kind;
  const std::string name = o.c.schema.empty() ? o.c.ref.id
                           : absl::StrCat(pg::QuoteIdent(o.c.schema), ".",
                                          kind == Kind::kOperator ? o.c.name : pg::QuoteIdent(o.c.name));
  const std::string create = replace ? "CREATE OR REPLACE " : "CREATE ";
  if (kind == Kind::kOperator) {
    return absl::StrCat(create, "OPERATOR ", name, " (", o.definition, o.extra.empty() ? "" : ", ", o.extra, ")");
  }
  if (kind == Kind::kUserMapping) {
    return absl::StrCat(create, "USER MAPPING ", name, o.options.empty() ? "" : " " + GenericOptionsSql(o.options));
  }
  const bool prefixed = kind == Kind::kConversion || kind == Kind::kLanguage;
  return absl::StrCat(create, prefixed && !o.extra.empty() ? o.extra + " " : "", DefinedKeyword(kind), " ", name, " ",
                      o.definition);
}

// ALTER OPERATOR ... SET of the estimators in `extra` ("RESTRICT = f, JOIN = g"); NONE
// removes one that is not there.
std::string OperatorEstimatorsSql(const catalog::DefinedObject& o) {
  std::string restrict_fn = "NONE", join_fn = "NONE";
  absl::string_view rest = o.extra;
  if (absl::ConsumePrefix(&rest, "RESTRICT = ")) {
    const size_t end = rest.find(", JOIN = ");
    restrict_fn = std::string(rest.substr(0, end));
    rest = end == absl::string_view::npos ? absl::string_view() : rest.substr(end + 2);
  }
  if (absl::ConsumePrefix(&rest, "JOIN = ")) join_fn = std::string(rest);
  return absl::StrCat("ALTER OPERATOR ", o.c.ref.id, " SET (RESTRICT = ", restrict_fn, ", JOIN = ", join_fn, ")");
}

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

// What new objects get when no default privileges are set: functions are executable and
// types usable by PUBLIC; nothing else is granted beyond the owner. A schema's entry only adds
// to the role's global one (and cannot revoke what that grants): it starts empty.
std::vector<catalog::Grant> DefaultPrivilegeBaseline(const catalog::DefaultPrivileges& d) {
  if (!d.in_schema.empty()) return {};
  if (d.object_type == 'f') return DefaultGrants(Kind::kFunction);
  if (d.object_type == 'T') return DefaultGrants(Kind::kType);
  return {};
}

std::vector<std::string> DefaultPrivilegeSql(const catalog::DefaultPrivileges& d,
                                             const std::vector<catalog::Grant>& from,
                                             const std::vector<catalog::Grant>& to,
                                             const std::vector<std::string>& from_revoked = {},
                                             const std::vector<std::string>& to_revoked = {},
                                             bool has_maintain = true) {
  std::string prefix = "ALTER DEFAULT PRIVILEGES";
  if (!d.role.empty()) absl::StrAppend(&prefix, " FOR ROLE ", d.role);
  if (!d.in_schema.empty()) absl::StrAppend(&prefix, " IN SCHEMA ", d.in_schema);
  const std::string objects = d.object_type == 'r'   ? "TABLES"
                              : d.object_type == 'S' ? "SEQUENCES"
                              : d.object_type == 'f' ? "FUNCTIONS"
                              : d.object_type == 'T' ? "TYPES"
                              : d.object_type == 'L' ? "LARGE OBJECTS"  // 18
                                                     : "SCHEMAS";
  std::vector<std::string> out;
  // GrantSql renders "GRANT p ON <on> TO g"; default privileges put ON before the kind.
  for (const std::string& sql : GrantSql(objects, from, to)) out.push_back(absl::StrCat(prefix, " ", sql));
  // What the role gave up of its own privileges: "it lacks P" turned around.
  // The entry of the role applying the plan (no FOR ROLE) names it as that role.
  const std::string self = d.role.empty() ? "CURRENT_USER" : d.c.owner;
  auto as_grants = [&](const std::vector<std::string>& privileges) {
    std::vector<catalog::Grant> grants;
    for (const std::string& p : privileges) {
      // An older target has no MAINTAIN to give up.
      if (p != "MAINTAIN" || has_maintain) grants.push_back(catalog::Grant{self, p, false});
    }
    return grants;
  };
  if (!d.c.owner.empty()) {
    for (const std::string& sql : GrantSql(objects, as_grants(to_revoked), as_grants(from_revoked))) {
      out.push_back(absl::StrCat(prefix, " ", sql));
    }
  }
  return out;
}

}  // namespace

void ObjectPlanner::Create(const ObjectRef& ref) {
  const Common& common = *ctx_.to.Find(ref)->common;
  std::string sql;
  std::string noun = catalog::KindName(ref.kind);
  char subkind = 0;
  switch (ref.kind) {
    case Kind::kSchema: sql = absl::StrCat("CREATE SCHEMA ", ref.id); break;
    case Kind::kExtension: {
      const auto* e = ctx_.to.Get<catalog::Extension>(ref);
      sql = absl::StrCat("CREATE EXTENSION IF NOT EXISTS ", ref.id, " WITH SCHEMA ", pg::QuoteIdent(e->c.schema),
                         " VERSION ", pg::QuoteLiteral(e->version));
      break;
    }
    case Kind::kCollation:
      sql = absl::StrCat("CREATE COLLATION ", ref.id, " (", ctx_.to.Get<catalog::Collation>(ref)->definition, ")");
      break;
    case Kind::kSequence: {
      const auto* s = ctx_.to.Get<catalog::Sequence>(ref);
      sql = absl::StrCat("CREATE ", s->unlogged ? "UNLOGGED " : "", "SEQUENCE ", ref.id, " ", SequenceOptions(*s));
      break;
    }
    case Kind::kFunction: {
      const auto* f = ctx_.to.Get<catalog::Function>(ref);
      ctx_.functions_created = true;
      sql = std::string(absl::StripTrailingAsciiWhitespace(f->definition));
      subkind = f->kind;
      noun = f->kind == 'p' ? "procedure" : f->kind == 'a' ? "aggregate" : "function";
      break;
    }
    case Kind::kEventTrigger:
      sql = absl::StrCat("CREATE EVENT TRIGGER ", ref.id, " ", ctx_.to.Get<catalog::EventTrigger>(ref)->definition);
      break;
    case Kind::kPublication:
      sql = absl::StrCat("CREATE PUBLICATION ", ref.id, " ", ctx_.to.Get<catalog::Publication>(ref)->definition);
      break;
    case Kind::kForeignDataWrapper:
    case Kind::kForeignServer: {
      const auto* o = ctx_.to.Get<catalog::DefinedObject>(ref);
      sql = absl::StrCat("CREATE ", DefinedKeyword(ref.kind), " ", ref.id, " ", o->definition,
                         o->options.empty() ? "" : " " + GenericOptionsSql(o->options));
      Emit(Step::kCreate, ref, sql, absl::StrCat("create ", noun, " ", ref.id));
      // A server's VERSION: said apart, since CREATE wants it between TYPE and the wrapper.
      if (!o->extra.empty()) {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER SERVER ", ref.id, " ", o->extra),
             absl::StrCat("set version of ", noun, " ", ref.id));
      }
      planner_.Part<PrivilegePlanner>().AfterCreate(common, ref.kind, subkind);
      return;
    }
    case Kind::kTextSearchDictionary:
    case Kind::kTextSearchConfiguration:
    case Kind::kCast: {
      // A configuration's mapping lines follow its CREATE as ALTER statements.
      std::vector<std::string> lines = absl::StrSplit(ctx_.to.Get<catalog::DefinedObject>(ref)->definition, '\n');
      sql = absl::StrCat("CREATE ", DefinedKeyword(ref.kind), " ", ref.id, " ", lines[0]);
      Emit(Step::kCreate, ref, sql, absl::StrCat("create ", noun, " ", ref.id));
      for (size_t i = 1; i < lines.size(); ++i) {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER ", DefinedKeyword(ref.kind), " ", ref.id, " ", lines[i]),
             absl::StrCat("map tokens of ", ref.id));
      }
      planner_.Part<PrivilegePlanner>().AfterCreate(common, ref.kind, subkind);
      return;
    }
    case Kind::kOperator:
    case Kind::kOperatorFamily:
    case Kind::kOperatorClass:
    case Kind::kTextSearchParser:
    case Kind::kTextSearchTemplate:
    case Kind::kConversion:
    case Kind::kLanguage:
    case Kind::kAccessMethod:
    case Kind::kTransform:
    case Kind::kUserMapping:
      sql = CreateDefinedSql(*ctx_.to.Get<catalog::DefinedObject>(ref));
      break;
    case Kind::kSubscription: return CreateSubscription(ref);
    case Kind::kDefaultPrivileges: {
      // Not an object: grants that apply to objects created later.
      const auto* d = ctx_.to.Get<catalog::DefaultPrivileges>(ref);
      for (const std::string& grant :
           DefaultPrivilegeSql(*d, DefaultPrivilegeBaseline(*d), d->c.grants, {}, d->c.owner_revoked, HasMaintain())) {
        Emit(Step::kCreate, ref, grant, "set default privileges");
      }
      return;
    }
    default: return;  // the Planner sends only the kinds above
  }
  Emit(Step::kCreate, ref, sql, absl::StrCat("create ", noun, " ", ref.id));
  if (ref.kind == Kind::kExtension && !common.comment) {
    // CREATE EXTENSION sets the comment its control file has; the target has none.
    Emit(Step::kCreate, ref, absl::StrCat("COMMENT ON EXTENSION ", ref.id, " IS NULL"),
         absl::StrCat("take the default comment off extension ", ref.id));
  }
  if (ref.kind == Kind::kExtension) MemberGrants(nullptr, *ctx_.to.Get<catalog::Extension>(ref), Step::kCreate);
  if (ref.kind == Kind::kOperatorFamily) {
    // Its loose members: CREATE OPERATOR FAMILY takes none.
    const std::string& members = ctx_.to.Get<catalog::DefinedObject>(ref)->extra;
    if (!members.empty()) {
      Emit(Step::kCreate, ref, absl::StrCat("ALTER OPERATOR FAMILY ", ref.id, " ADD ", members),
           absl::StrCat("add members to operator family ", ref.id));
    }
  }
  if (ref.kind == Kind::kEventTrigger) {
    const char enabled = ctx_.to.Get<catalog::EventTrigger>(ref)->enabled;
    if (enabled != 'O') {
      Emit(Step::kCreate, ref, absl::StrCat("ALTER EVENT TRIGGER ", ref.id, " ", EnableWord(enabled)),
           absl::StrCat("set event trigger ", ref.id, " ", EnableWord(enabled)));
    }
  }
  planner_.Part<PrivilegePlanner>().AfterCreate(common, ref.kind, subkind);
  if (ref.kind == Kind::kSequence) {
    const auto* s = ctx_.to.Get<catalog::Sequence>(ref);
    if (s->owned_by) PlanSequenceOwner(*s);
  }
}

void ObjectPlanner::Drop(const ObjectRef& ref, bool removed) {
  switch (ref.kind) {
    case Kind::kSchema:
      Emit(Step::kDrop, ref, absl::StrCat("DROP SCHEMA ", ref.id), absl::StrCat("drop schema ", ref.id),
           {RuleHazard(Rule::kDropSchema,
                       "drops the schema", "drop it in a migration of its own, once nothing uses it")});
      break;
    case Kind::kExtension:
      Emit(Step::kDrop, ref, absl::StrCat("DROP EXTENSION ", ref.id), absl::StrCat("drop extension ", ref.id),
           {RuleHazard(Rule::kDropOther,
                       "drops the extension and what it provides")});
      break;
    case Kind::kCollation:
      Emit(Step::kDrop, ref, absl::StrCat("DROP COLLATION ", ref.id), absl::StrCat("drop collation ", ref.id));
      break;
    case Kind::kSequence: {
      // A sequence owned by a column or table that is dropped goes with it.
      const auto* s = ctx_.from.Get<catalog::Sequence>(ref);
      if (s->owned_by) {
        const Obj* column = ctx_.from.Find(ObjectRef{Kind::kColumn, *s->owned_by});
        if ((column && ctx_.dropped_tables.count(column->owner().id)) ||
            (column && ctx_.removed_columns.count(ObjectRef{Kind::kColumn, *s->owned_by}))) {
          break;
        }
      }
      Emit(Step::kDrop, ref, absl::StrCat("DROP SEQUENCE ", ref.id), absl::StrCat("drop sequence ", ref.id),
           {RuleHazard(Rule::kDropOtherData,
                       "drops the sequence and its current value")});
      break;
    }
    case Kind::kFunction: {
      const auto* f = ctx_.from.Get<catalog::Function>(ref);
      Emit(Step::kDrop, ref, absl::StrCat("DROP ", f->kind == 'p' ? "PROCEDURE " : f->kind == 'a' ? "AGGREGATE " : "FUNCTION ", ref.id),
           absl::StrCat("drop function ", ref.id),
           OnlyIf(removed, RuleHazard(Rule::kDropOther, "callers of the function break")));
      break;
    }
    case Kind::kEventTrigger:
      Emit(Step::kDrop, ref, absl::StrCat("DROP EVENT TRIGGER ", ref.id),
           absl::StrCat("drop event trigger ", ref.id));
      break;
    case Kind::kDefaultPrivileges: {
      const auto* d = ctx_.from.Get<catalog::DefaultPrivileges>(ref);
      for (const std::string& sql :
           DefaultPrivilegeSql(*d, d->c.grants, DefaultPrivilegeBaseline(*d), d->c.owner_revoked, {}, HasMaintain())) {
        Emit(Step::kDrop, ref, sql, "revoke default privileges");
      }
      break;
    }
    case Kind::kPublication:
      Emit(Step::kDrop, ref, absl::StrCat("DROP PUBLICATION ", ref.id), absl::StrCat("drop publication ", ref.id),
           OnlyIf(removed, RuleHazard(Rule::kDropOther,
                                      "subscribers of the publication stop receiving changes")));
      break;
    case Kind::kSubscription: return DropSubscription(ref, removed);
    default:
      // The Planner sends only the kinds above and those kept as one definition (named by
      // their keyword).
      if (*DefinedKeyword(ref.kind) == '\0') break;
      Emit(Step::kDrop, ref, absl::StrCat("DROP ", DefinedKeyword(ref.kind), " ", ref.id),
           absl::StrCat("drop ", catalog::KindName(ref.kind), " ", ref.id),
           OnlyIf(removed, RuleHazard(Rule::kDropOther,
                                      absl::StrCat("users of ", catalog::KindName(ref.kind), " ", ref.id, " lose it"))));
  }
}

absl::Status ObjectPlanner::Alter(const Change& c) {
  char subkind = 0;
  switch (c.ref.kind) {
    case Kind::kCollation: return RebuildCollation(c.ref);
    case Kind::kExtension: {
      const auto* a = ctx_.from.Get<catalog::Extension>(c.ref);
      const auto* b = ctx_.to.Get<catalog::Extension>(c.ref);
      if (c.Has("version") && IsVersionDowngrade(a->version, b->version)) {
        return RecreateExtension(*b,
                                 absl::StrCat("has no update path from version ", a->version, " down to ", b->version),
                                 absl::StrCat("keep version ", a->version, " in the models"),
                                 RuleHazard(Rule::kExtensionDowngrade, "", "keep the newer version in the models, or downgrade by hand"));
      }
      if (c.Has("schema") && !a->relocatable) {
        return RecreateExtension(*b,
                                 absl::StrCat("is not relocatable (ALTER EXTENSION ... SET SCHEMA is refused) and moves from schema ",
                                              pg::QuoteIdent(a->c.schema), " to ", pg::QuoteIdent(b->c.schema)),
                                 absl::StrCat("keep it in schema ", pg::QuoteIdent(a->c.schema), " in the models"),
                                 RuleHazard(Rule::kExtensionMovedAnew, "", "keep it in its schema in the models"));
      }
      if (c.Has("schema")) {
        Emit(Step::kAlter, c.ref, absl::StrCat("ALTER EXTENSION ", c.ref.id, " SET SCHEMA ", pg::QuoteIdent(b->c.schema)),
             "move extension");
      }
      if (c.Has("version")) {
        Emit(Step::kAlter, c.ref, absl::StrCat("ALTER EXTENSION ", c.ref.id, " UPDATE TO ", pg::QuoteLiteral(b->version)),
             "update extension", {RuleHazard(Rule::kAuthzAndExtensions, "upgrades the extension")});
        // A backend caches an operator class once an index using it is opened (DROP INDEX
        // does) and never reloads it: an update that gives the class new support functions
        // (pg_trgm's siglen) must come first, or indexes made after it in the same session
        // cannot use them.
        ctx_.updated_extensions.insert(c.ref);
        // An update script may drop and re-create the extension's own views and functions
        // (pg_stat_statements' view does), which a view of the user's on them forbids: such
        // views go before the update and come back after it.
        // So do functions whose SQL-standard body (the only kind PostgreSQL tracks) uses them.
        for (const ObjectRef& d : ctx_.from.Dependents(c.ref)) {
          if (!ctx_.to.Find(d) || Has(Step::kDrop, d)) continue;
          const auto* f = d.kind == Kind::kFunction ? ctx_.from.Get<catalog::Function>(d) : nullptr;
          const bool standard_body = f != nullptr && (absl::StrContains(f->definition, "\nBEGIN ATOMIC") ||
                                                      absl::StrContains(f->definition, "\nRETURN "));
          if (d.kind == Kind::kView || standard_body) RETURN_IF_ERROR(planner_.Recreate(d));
        }
        // Not one that goes for good with a column the plan removes: DROP COLUMN takes it,
        // and the update may itself wait for that column.
        const auto goes_with_column = [&](const ObjectRef& d) {
          const Obj* o = ctx_.from.Find(d);
          if (ctx_.to.Find(d) || o == nullptr || o->depends_on == nullptr) return false;
          return std::any_of(o->depends_on->begin(), o->depends_on->end(),
                             [&](const ObjectRef& x) { return ctx_.removed_columns.count(x) > 0; });
        };
        for (const ObjectRef& d : planner_.Part<Orderer>().DependentsOf(c.ref, ctx_.from)) {
          if ((d.kind == Kind::kIndex || d.kind == Kind::kConstraint) && !goes_with_column(d)) {
            ctx_.graph.OrderIfPlanned(NodeKey{Step::kDrop, d}, NodeKey{Step::kAlter, c.ref});
          }
        }
      }
      // After the update, which may add or drop members.
      if (c.Has("member_grants")) MemberGrants(a, *b, Step::kAlter);
      break;
    }
    case Kind::kSequence: AlterSequence(c); break;
    case Kind::kFunction: {
      const auto* b = ctx_.to.Get<catalog::Function>(c.ref);
      if (c.Has("kind") || c.Has("result") || c.Has("arguments")) return planner_.Recreate(c.ref);
      if (b->kind == 'a' && c.Has("definition")) {
        // CREATE OR REPLACE AGGREGATE keeps the views and grants on it, but not across a
        // change of kind (hypothetical-set or not; ordered-set ones differ in arguments).
        const auto* a = ctx_.from.Get<catalog::Function>(c.ref);
        const auto hypothetical = [](const catalog::Function& f) { return absl::StrContains(f.definition, ", HYPOTHETICAL"); };
        if (hypothetical(*a) != hypothetical(*b) || !absl::StartsWith(b->definition, "CREATE AGGREGATE ")) {
          return planner_.Recreate(c.ref);
        }
        Emit(Step::kAlter, c.ref,
             absl::StrCat("CREATE OR REPLACE AGGREGATE ", absl::StripPrefix(absl::StripTrailingAsciiWhitespace(b->definition),
                                                                              "CREATE AGGREGATE ")),
             absl::StrCat("replace aggregate ", c.ref.id));
      } else if (c.Has("definition")) {
        ctx_.functions_created = true;
        Emit(Step::kAlter, c.ref, std::string(absl::StripTrailingAsciiWhitespace(b->definition)),
             absl::StrCat("replace function ", c.ref.id));
      }
      subkind = b->kind;
      break;
    }
    case Kind::kEventTrigger: {
      if (c.Has("definition")) return planner_.Recreate(c.ref);
      const char enabled = ctx_.to.Get<catalog::EventTrigger>(c.ref)->enabled;
      if (c.Has("enabled")) {
        Emit(Step::kAlter, c.ref, absl::StrCat("ALTER EVENT TRIGGER ", c.ref.id, " ", EnableWord(enabled)),
             "change event trigger state");
      }
      break;
    }
    // Re-created when the definition changes: what depends on them is re-created with them.
    case Kind::kForeignDataWrapper:
    case Kind::kForeignServer:
    case Kind::kUserMapping:
      RETURN_IF_ERROR(AlterForeignAccess(c));
      if (ctx_.graph.Has(Step::kCreate, c.ref)) return absl::OkStatus();  // re-created whole
      break;
    case Kind::kPublication:
    case Kind::kCast:
    case Kind::kOperatorFamily:  // loose members too: a class in the family goes with it
    case Kind::kOperatorClass:
    case Kind::kTextSearchParser:
    case Kind::kTextSearchTemplate:
    case Kind::kConversion:
      if (c.Has("definition") || c.Has("extra")) return planner_.Recreate(c.ref);
      break;
    case Kind::kAccessMethod:
      if (c.Has("definition")) return RecreateAccessMethod(c.ref);
      break;
    // CREATE OR REPLACE keeps the functions in the language and the grants.
    case Kind::kLanguage:
    case Kind::kTransform: {
      if (!c.Has("definition") && !c.Has("extra")) break;
      // PostgreSQL refuses GRANT and REVOKE on an untrusted language: privileges change
      // while it is still trusted.
      const bool untrusting = c.Has("extra") && ctx_.from.Get<catalog::DefinedObject>(c.ref)->extra == "TRUSTED";
      if (untrusting) {
        planner_.Part<PrivilegePlanner>().Alter(Step::kAlter, *ctx_.from.Find(c.ref)->common, *ctx_.to.Find(c.ref)->common,
                                    c.ref.kind, subkind);
      }
      Emit(Step::kAlter, c.ref, CreateDefinedSql(*ctx_.to.Get<catalog::DefinedObject>(c.ref), true),
           absl::StrCat("replace ", catalog::KindName(c.ref.kind), " ", c.ref.id));
      if (untrusting) return absl::OkStatus();
      break;
    }
    case Kind::kSubscription: return AlterSubscription(c);
    case Kind::kOperator:
      if (c.Has("definition")) return planner_.Recreate(c.ref);
      if (c.Has("extra")) {
        Emit(Step::kAlter, c.ref, OperatorEstimatorsSql(*ctx_.to.Get<catalog::DefinedObject>(c.ref)),
             absl::StrCat("change estimators of operator ", c.ref.id));
      }
      break;
    case Kind::kTextSearchDictionary:
    case Kind::kTextSearchConfiguration:
      if (c.Has("definition")) RETURN_IF_ERROR(AlterTextSearch(c));
      if (ctx_.graph.Has(Step::kCreate, c.ref)) return absl::OkStatus();  // re-created whole
      break;
    case Kind::kDefaultPrivileges: {
      // Not an object: its grants are the privileges of objects created later.
      const auto* a = ctx_.from.Get<catalog::DefaultPrivileges>(c.ref);
      const auto* b = ctx_.to.Get<catalog::DefaultPrivileges>(c.ref);
      for (const std::string& sql :
           DefaultPrivilegeSql(*b, a->c.grants, b->c.grants, a->c.owner_revoked, b->c.owner_revoked, HasMaintain())) {
        Emit(Step::kAlter, c.ref, sql, "change default privileges");
      }
      return absl::OkStatus();
    }
    case Kind::kSchema: break;
    default: return absl::OkStatus();  // the Planner sends only the kinds above
  }
  planner_.Part<PrivilegePlanner>().Alter(Step::kAlter, *ctx_.from.Find(c.ref)->common, *ctx_.to.Find(c.ref)->common,
                              c.ref.kind, subkind);
  return absl::OkStatus();
}

// Index methods' operator families and classes are re-created with the method (and the
// indexes using them with those); a table's method is not: PostgreSQL refuses to drop a
// method a table uses, and moving every such table away and back is a choice for a person.
absl::Status ObjectPlanner::RecreateAccessMethod(const ObjectRef& ref) {
  std::vector<std::string> tables;
  for (const ObjectRef& d : planner_.Part<Orderer>().DependentsOf(ref, ctx_.from)) {
    if (d.kind == Kind::kTable && ctx_.to.Find(d) && !ctx_.dropped_tables.count(d.id)) tables.push_back(d.id);
  }
  if (tables.empty()) return planner_.Recreate(ref);
  std::sort(tables.begin(), tables.end());
  return absl::FailedPreconditionError(absl::StrCat(
      "access method ", ref.id, " changes while tables use it (", absl::StrJoin(tables, ", "),
      "): it cannot be dropped and created again under them; move them to another method with ALTER TABLE ... "
      "SET ACCESS METHOD in a migration of their own first"));
}

// A wrapper's handler and validator, a server's version and the options of all three
// change in place; a server's type or wrapper re-creates it (with what depends on it).
absl::Status ObjectPlanner::AlterForeignAccess(const Change& c) {
  const auto* a = ctx_.from.Get<catalog::DefinedObject>(c.ref);
  const auto* b = ctx_.to.Get<catalog::DefinedObject>(c.ref);
  const std::string noun(catalog::KindName(c.ref.kind));
  const std::string alter = absl::StrCat("ALTER ", c.ref.kind == Kind::kUserMapping ? "USER MAPPING" : DefinedKeyword(c.ref.kind),
                                         " ", c.ref.id, " ");
  if (c.ref.kind == Kind::kForeignServer && (c.Has("definition") || (c.Has("extra") && b->extra.empty()))) {
    return planner_.Recreate(c.ref);  // no ALTER SERVER takes a version away
  }
  if (c.Has("definition") && c.ref.kind == Kind::kForeignDataWrapper) {
    Emit(Step::kAlter, c.ref, absl::StrCat(alter, b->definition), absl::StrCat("change handler and validator of ", noun, " ", c.ref.id));
  }
  if (c.Has("extra")) Emit(Step::kAlter, c.ref, absl::StrCat(alter, b->extra), absl::StrCat("change version of ", noun, " ", c.ref.id));
  if (const std::string options = AlterGenericOptionsSql(a->options, b->options); !options.empty()) {
    Emit(Step::kAlter, c.ref, absl::StrCat(alter, options), absl::StrCat("change options of ", noun, " ", c.ref.id));
  }
  return absl::OkStatus();
}

absl::Status ObjectPlanner::AlterTextSearch(const Change& c) {
  const std::string& a = ctx_.from.Get<catalog::DefinedObject>(c.ref)->definition;
  const std::string& b = ctx_.to.Get<catalog::DefinedObject>(c.ref)->definition;
  const std::string alter = absl::StrCat("ALTER ", DefinedKeyword(c.ref.kind), " ", c.ref.id);
  if (c.ref.kind == Kind::kTextSearchDictionary) {
    std::vector<std::string> from = SplitOptionList(a), to = SplitOptionList(b);
    if (from.at(0) != to.at(0)) return planner_.Recreate(c.ref);  // TEMPLATE
    const std::vector<std::string> changes = DictionaryOptionChanges({from.begin() + 1, from.end()}, {to.begin() + 1, to.end()});
    if (!changes.empty()) {
      Emit(Step::kAlter, c.ref, absl::StrCat(alter, " (", absl::StrJoin(changes, ", "), ")"),
           absl::StrCat("change options of ", c.ref.id));
    }
    return absl::OkStatus();
  }
  const std::map<std::string, std::string> from = MappingsByToken(a), to = MappingsByToken(b);
  if (from.at("") != to.at("")) return planner_.Recreate(c.ref);  // PARSER
  // Both maps are sorted: the statements come out in token name order.
  for (const auto& [token, dictionaries] : from) {
    if (to.count(token)) continue;
    Emit(Step::kAlter, c.ref, absl::StrCat(alter, " DROP MAPPING FOR ", token), absl::StrCat("unmap ", token, " in ", c.ref.id));
  }
  for (const auto& [token, dictionaries] : to) {
    auto it = from.find(token);
    if (it != from.end() && it->second == dictionaries) continue;
    // ALTER MAPPING adds a token type that has none, and replaces one that has.
    Emit(Step::kAlter, c.ref, absl::StrCat(alter, " ALTER MAPPING FOR ", token, " WITH ", dictionaries),
         absl::StrCat("map ", token, " in ", c.ref.id));
  }
  return absl::OkStatus();
}

}  // namespace schemaservice::plan::internal
