#include "service/plan/plan.h"

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

namespace schemaservice::plan {
namespace {

using catalog::Catalog;
using catalog::Column;
using catalog::Common;
using catalog::Kind;
using catalog::ObjectRef;
using diff::Action;
using diff::Change;

// ---------------------------------------------------------------------------------------
// An index over one catalog: every object by identity, and who depends on whom.

struct Obj {
  Kind kind;
  const Common* common = nullptr;      // null for columns
  const void* ptr = nullptr;           // the typed object
  ObjectRef owner;                     // table or view of a column or table part
  bool has_owner = false;
  std::vector<ObjectRef> depends_on;
};

class Index {
 public:
  explicit Index(const Catalog& c) : catalog_(c) {
    auto add = [&](const Common& common, Kind kind, const void* ptr) {
      Obj o{kind, &common, ptr};
      o.depends_on = common.depends_on;
      objects_[common.ref] = o;
    };
    for (const auto& x : c.schemas) add(x.c, Kind::kSchema, &x);
    for (const auto& x : c.extensions) add(x.c, Kind::kExtension, &x);
    for (const auto& x : c.collations) add(x.c, Kind::kCollation, &x);
    for (const auto& x : c.types) add(x.c, Kind::kType, &x);
    for (const auto& x : c.sequences) add(x.c, Kind::kSequence, &x);
    for (const auto& x : c.functions) add(x.c, Kind::kFunction, &x);
    for (const auto& x : c.views) add(x.c, Kind::kView, &x);
    for (const auto& x : c.event_triggers) add(x.c, Kind::kEventTrigger, &x);
    for (const auto& x : c.default_privileges) add(x.c, Kind::kDefaultPrivileges, &x);
    for (const auto& t : c.tables) {
      add(t.c, Kind::kTable, &t);
      for (const Column& col : t.columns) {
        Obj o{Kind::kColumn, nullptr, &col, t.c.ref, true, col.depends_on};
        objects_[ColumnRef(t, col)] = o;
      }
    }
    for (const auto& p : c.parts) {
      add(p.c, p.c.ref.kind, &p);
      Obj& o = objects_[p.c.ref];
      o.has_owner = true;
      o.owner = OwnerOf(p.table);
    }
    for (const auto& [ref, o] : objects_) {
      for (const ObjectRef& d : o.depends_on) dependents_[d].push_back(ref);
      // A table part or column depends on its owner even when pg_depend says nothing.
      if (o.has_owner) dependents_[o.owner].push_back(ref);
    }
  }

  ObjectRef OwnerOf(const std::string& relation) const {
    if (objects_.count(ObjectRef{Kind::kView, relation})) return ObjectRef{Kind::kView, relation};
    return ObjectRef{Kind::kTable, relation};
  }

  static ObjectRef ColumnRef(const catalog::Table& t, const Column& c) {
    return ObjectRef{Kind::kColumn, absl::StrCat(t.c.ref.id, ".", pg::QuoteIdent(c.name))};
  }

  const Obj* Find(const ObjectRef& ref) const {
    auto it = objects_.find(ref);
    return it == objects_.end() ? nullptr : &it->second;
  }
  template <typename T>
  const T* Get(const ObjectRef& ref) const {
    const Obj* o = Find(ref);
    return o ? static_cast<const T*>(o->ptr) : nullptr;
  }
  const std::vector<ObjectRef>& Dependents(const ObjectRef& ref) const {
    static const std::vector<ObjectRef> kNone;
    auto it = dependents_.find(ref);
    return it == dependents_.end() ? kNone : it->second;
  }
  const Catalog& catalog() const { return catalog_; }

 private:
  const Catalog& catalog_;
  std::map<ObjectRef, Obj> objects_;
  std::map<ObjectRef, std::vector<ObjectRef>> dependents_;
};

// ---------------------------------------------------------------------------------------
// Hazards

Hazard MakeHazard(HazardKind kind, Severity severity, std::string rule, std::string message,
                  std::string safer = "") {
  return Hazard{kind, severity, std::move(rule), std::move(message), std::move(safer)};
}

std::vector<Hazard> OnlyIf(bool condition, Hazard hazard) {
  if (!condition) return {};
  return {std::move(hazard)};
}

Hazard AccessExclusive(const std::string& what) {
  return MakeHazard(HazardKind::kAccessExclusiveLock, Severity::kInfo, "access-exclusive",
                    absl::StrCat("takes an ACCESS EXCLUSIVE lock on ", what,
                                 ": readers and writers wait while it is queued and held"),
                    "runs with lock_timeout and bounded retries");
}

// Type changes PostgreSQL does without rewriting and without losing values.
bool IsWidening(const std::string& from, const std::string& to) {
  if (to == "text" && (absl::StartsWith(from, "character varying") || from == "text")) return true;
  static const std::vector<std::string> kIntOrder = {"smallint", "integer", "bigint"};
  auto rank = [&](const std::string& t) {
    auto it = std::find(kIntOrder.begin(), kIntOrder.end(), t);
    return it == kIntOrder.end() ? -1 : static_cast<int>(it - kIntOrder.begin());
  };
  if (rank(from) >= 0 && rank(to) > rank(from)) return true;
  if (rank(from) >= 0 && absl::StartsWith(to, "numeric")) return true;
  if (from == "real" && to == "double precision") return true;
  auto length = [](const std::string& t, const std::string& prefix) -> int {
    if (!absl::StartsWith(t, prefix + "(")) return t == prefix ? 1 << 30 : -1;
    return std::atoi(t.c_str() + prefix.size() + 1);
  };
  for (const char* prefix : {"character varying", "bit varying"}) {
    const int a = length(from, prefix), b = length(to, prefix);
    if (a > 0 && b >= a) return true;
  }
  if (absl::StartsWith(from, "numeric(") && to == "numeric") return true;
  return false;
}

// Binary-compatible changes that need no rewrite (varchar widening, varchar -> text).
bool AvoidsRewrite(const std::string& from, const std::string& to) {
  if (to == "text" && absl::StartsWith(from, "character varying")) return true;
  if (absl::StartsWith(from, "character varying") && absl::StartsWith(to, "character varying")) {
    return IsWidening(from, to);
  }
  if (absl::StartsWith(from, "numeric(") && to == "numeric") return true;
  return false;
}

bool VolatileDefault(const std::string& expr) {
  for (const char* f : {"nextval(", "random(", "clock_timestamp(", "gen_random_uuid(",
                        "uuid_generate", "timeofday("}) {
    if (absl::StrContains(expr, f)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// The planner

enum class Step { kDrop = 0, kAlter = 1, kCreate = 2 };

struct NodeKey {
  Step step;
  ObjectRef ref;
  bool operator<(const NodeKey& o) const {
    return std::tie(step, ref) < std::tie(o.step, o.ref);
  }
};

struct Node {
  std::vector<Statement> statements;
  std::set<NodeKey> after;  // nodes that must run before this one
};

// Creation order among unrelated objects; drops use the reverse.
int KindRank(Kind k) {
  switch (k) {
    case Kind::kSchema: return 0;
    case Kind::kExtension: return 1;
    case Kind::kCollation: return 2;
    case Kind::kType: return 3;
    case Kind::kFunction: return 4;
    case Kind::kSequence: return 5;
    case Kind::kTable: return 6;
    case Kind::kColumn: return 7;
    case Kind::kSequenceOwner: return 8;
    case Kind::kConstraint: return 9;
    case Kind::kIndex: return 10;
    case Kind::kView: return 11;
    case Kind::kRule: return 12;
    case Kind::kTrigger: return 13;
    case Kind::kPolicy: return 14;
    case Kind::kStatistics: return 15;
    case Kind::kEventTrigger: return 16;
    case Kind::kDefaultPrivileges: return 17;
  }
  return 99;
}

class Planner {
 public:
  Planner(const Catalog& from, const Catalog& to, const Options& options)
      : from_(from), to_(to), options_(options) {}

  absl::StatusOr<std::vector<Statement>> Run() {
    changes_ = diff::Diff(from_.catalog(), to_.catalog());
    for (const Change& c : changes_) {
      if (c.action == Action::kCreate && c.ref.kind == Kind::kTable) new_tables_.insert(c.ref.id);
    }
    for (const Change& c : changes_) {
      if (c.action == Action::kDrop && c.ref.kind == Kind::kTable) dropped_tables_.insert(c.ref.id);
      if (c.action == Action::kDrop && c.ref.kind == Kind::kColumn) removed_columns_.insert(c.ref);
    }
    for (const Change& c : changes_) RETURN_IF_ERROR(PlanChange(c));
    for (const std::string& table : replica_index_tables_) {
      const auto* t = to_.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
      const ObjectRef index{Kind::kIndex, absl::StrCat(table, ".", t->replica_identity_index)};
      if (!Has(Step::kCreate, index)) {
        Emit(Step::kAlter, t->c.ref, absl::StrCat("ALTER TABLE ", table, " REPLICA IDENTITY USING INDEX ", t->replica_identity_index),
             "set replica identity index");
      }
    }
    RETURN_IF_ERROR(RecreateDependents());
    MarkPossibleRenames();
    return Order();
  }

 private:
  // ---- bookkeeping

  Node& At(Step step, const ObjectRef& ref) { return nodes_[NodeKey{step, ref}]; }
  bool Has(Step step, const ObjectRef& ref) const { return nodes_.count(NodeKey{step, ref}) > 0; }

  void Emit(Step step, const ObjectRef& ref, Statement s) {
    std::sort(s.hazards.begin(), s.hazards.end());
    s.hazards.erase(std::unique(s.hazards.begin(), s.hazards.end()), s.hazards.end());
    At(step, ref).statements.push_back(std::move(s));
  }
  void Emit(Step step, const ObjectRef& ref, std::string sql, std::string description,
            std::vector<Hazard> hazards = {}, std::string lock = "") {
    Emit(step, ref, Statement{std::move(sql), std::move(description), std::move(hazards), true,
                              std::move(lock)});
  }

  bool IsNewTable(const std::string& relation) const { return new_tables_.count(relation) > 0; }
  bool OwnerGoesAway(const Obj& o) const {
    return o.has_owner && (Has(Step::kDrop, o.owner));
  }

  std::vector<Hazard> TableLock(const std::string& relation) const {
    if (IsNewTable(relation)) return {};
    return {AccessExclusive(relation)};
  }

  // ---- per change

  absl::Status PlanChange(const Change& c) {
    switch (c.action) {
      case Action::kCreate: return PlanCreate(c.ref);
      case Action::kDrop: return PlanDrop(c.ref);
      case Action::kAlter: return PlanAlter(c);
    }
    return absl::OkStatus();
  }

  absl::Status PlanCreate(const ObjectRef& ref) {
    const Obj* o = to_.Find(ref);
    if (o && o->has_owner && ref.kind == Kind::kColumn && recreated_tables_.count(o->owner.id)) {
      return absl::OkStatus();  // part of the recreated table's CREATE
    }
    return CreateObject(ref);
  }

  absl::Status PlanDrop(const ObjectRef& ref) {
    const Obj* o = from_.Find(ref);
    if (o == nullptr) return absl::InternalError(absl::StrCat("unknown object ", ref.id));
    if (o->has_owner && recreated_tables_.count(o->owner.id)) {
      return absl::OkStatus();  // goes with the recreated table
    }
    if (o->has_owner && dropped_tables_.count(o->owner.id)) {
      // Goes with its table, except a foreign key: dropped first, so tables that reference
      // each other can go in any order.
      const auto* part = from_.Get<catalog::TablePart>(ref);
      if (ref.kind == Kind::kConstraint && part->constraint_type == 'f') {
        DropPart(*part, /*removed=*/true);
      }
      return absl::OkStatus();
    }
    return DropObject(ref);
  }

  absl::Status Recreate(const ObjectRef& ref) {
    if (Has(Step::kDrop, ref) && Has(Step::kCreate, ref)) return absl::OkStatus();
    RETURN_IF_ERROR(DropObject(ref));
    return CreateObject(ref);
  }

  absl::Status CreateObject(const ObjectRef& ref) {
    if (Has(Step::kCreate, ref)) return absl::OkStatus();
    const Obj* o = to_.Find(ref);
    if (o == nullptr) return absl::InternalError(absl::StrCat("unknown object ", ref.id));
    At(Step::kCreate, ref);
    switch (ref.kind) {
      case Kind::kSchema: {
        const auto* s = to_.Get<catalog::Schema>(ref);
        Emit(Step::kCreate, ref, absl::StrCat("CREATE SCHEMA ", ref.id),
             absl::StrCat("create schema ", ref.id));
        CommonAfterCreate(s->c, Kind::kSchema, 0);
        break;
      }
      case Kind::kExtension: {
        const auto* e = to_.Get<catalog::Extension>(ref);
        Emit(Step::kCreate, ref,
             absl::StrCat("CREATE EXTENSION IF NOT EXISTS ", ref.id, " WITH SCHEMA ",
                          pg::QuoteIdent(e->c.schema), " VERSION ", pg::QuoteLiteral(e->version)),
             absl::StrCat("create extension ", ref.id));
        CommonAfterCreate(e->c, Kind::kExtension, 0);
        break;
      }
      case Kind::kCollation: {
        const auto* coll = to_.Get<catalog::Collation>(ref);
        Emit(Step::kCreate, ref, absl::StrCat("CREATE COLLATION ", ref.id, " (", coll->definition, ")"),
             absl::StrCat("create collation ", ref.id));
        CommonAfterCreate(coll->c, Kind::kCollation, 0);
        break;
      }
      case Kind::kType: CreateType(*to_.Get<catalog::Type>(ref)); break;
      case Kind::kSequence: {
        const auto* s = to_.Get<catalog::Sequence>(ref);
        Emit(Step::kCreate, ref,
             absl::StrCat("CREATE ", s->unlogged ? "UNLOGGED " : "", "SEQUENCE ", ref.id, " ",
                          SequenceOptions(*s)),
             absl::StrCat("create sequence ", ref.id));
        CommonAfterCreate(s->c, Kind::kSequence, 0);
        if (s->owned_by) PlanSequenceOwner(*s);
        break;
      }
      case Kind::kFunction: {
        const auto* f = to_.Get<catalog::Function>(ref);
        functions_created_ = true;
        Emit(Step::kCreate, ref, std::string(absl::StripTrailingAsciiWhitespace(f->definition)),
             absl::StrCat("create ", f->kind == 'p' ? "procedure " : "function ", ref.id));
        CommonAfterCreate(f->c, Kind::kFunction, f->kind);
        break;
      }
      case Kind::kTable: RETURN_IF_ERROR(CreateTable(*to_.Get<catalog::Table>(ref))); break;
      case Kind::kColumn: RETURN_IF_ERROR(AddColumn(ref)); break;
      case Kind::kView: CreateView(*to_.Get<catalog::View>(ref)); break;
      case Kind::kEventTrigger: {
        const auto* e = to_.Get<catalog::EventTrigger>(ref);
        Emit(Step::kCreate, ref, absl::StrCat("CREATE EVENT TRIGGER ", ref.id, " ", e->definition),
             absl::StrCat("create event trigger ", ref.id));
        if (e->enabled != 'O') {
          Emit(Step::kCreate, ref, absl::StrCat("ALTER EVENT TRIGGER ", ref.id, " ", EnableWord(e->enabled)),
               absl::StrCat("set event trigger ", ref.id, " ", EnableWord(e->enabled)));
        }
        CommonAfterCreate(e->c, Kind::kEventTrigger, 0);
        break;
      }
      case Kind::kDefaultPrivileges: {
        const auto* d = to_.Get<catalog::DefaultPrivileges>(ref);
        for (const std::string& sql : DefaultPrivilegeSql(*d, DefaultPrivilegeBaseline(d->object_type), d->c.grants)) {
          Emit(Step::kCreate, ref, sql, "set default privileges");
        }
        break;
      }
      case Kind::kConstraint:
      case Kind::kIndex:
      case Kind::kTrigger:
      case Kind::kPolicy:
      case Kind::kRule:
      case Kind::kStatistics: CreatePart(*to_.Get<catalog::TablePart>(ref)); break;
      case Kind::kSequenceOwner: break;
    }
    return absl::OkStatus();
  }

  absl::Status DropObject(const ObjectRef& ref) {
    if (Has(Step::kDrop, ref)) return absl::OkStatus();
    const Obj* o = from_.Find(ref);
    if (o == nullptr) return absl::InternalError(absl::StrCat("unknown object ", ref.id));
    At(Step::kDrop, ref);
    const bool removed = to_.Find(ref) == nullptr;  // not a recreate
    switch (ref.kind) {
      case Kind::kSchema:
        Emit(Step::kDrop, ref, absl::StrCat("DROP SCHEMA ", ref.id), absl::StrCat("drop schema ", ref.id),
             {MakeHazard(HazardKind::kDataLoss, Severity::kError, "drop-schema",
                         "drops the schema", "a separate, approved migration")});
        break;
      case Kind::kExtension:
        Emit(Step::kDrop, ref, absl::StrCat("DROP EXTENSION ", ref.id), absl::StrCat("drop extension ", ref.id),
             {MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "drop-other",
                         "drops the extension and what it provides")});
        break;
      case Kind::kCollation:
        Emit(Step::kDrop, ref, absl::StrCat("DROP COLLATION ", ref.id), absl::StrCat("drop collation ", ref.id));
        break;
      case Kind::kType: {
        const auto* t = from_.Get<catalog::Type>(ref);
        Emit(Step::kDrop, ref, absl::StrCat("DROP ", t->kind == 'd' ? "DOMAIN " : "TYPE ", ref.id),
             absl::StrCat("drop type ", ref.id),
             OnlyIf(removed, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning,
                                                      "drop-other", "drops the type")));
        break;
      }
      case Kind::kSequence: {
        // A sequence owned by a column or table that is dropped goes with it.
        const auto* s = from_.Get<catalog::Sequence>(ref);
        if (s->owned_by) {
          const Obj* column = from_.Find(ObjectRef{Kind::kColumn, *s->owned_by});
          if ((column && dropped_tables_.count(column->owner.id)) ||
              (column && removed_columns_.count(ObjectRef{Kind::kColumn, *s->owned_by}))) {
            break;
          }
        }
        Emit(Step::kDrop, ref, absl::StrCat("DROP SEQUENCE ", ref.id), absl::StrCat("drop sequence ", ref.id),
             {MakeHazard(HazardKind::kDataLoss, Severity::kWarning, "drop-other",
                         "drops the sequence and its current value")});
        break;
      }
      case Kind::kFunction: {
        const auto* f = from_.Get<catalog::Function>(ref);
        Emit(Step::kDrop, ref, absl::StrCat("DROP ", f->kind == 'p' ? "PROCEDURE " : "FUNCTION ", ref.id),
             absl::StrCat("drop function ", ref.id),
             OnlyIf(removed, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning,
                                                      "drop-other", "callers of the function break")));
        break;
      }
      case Kind::kTable: {
        Emit(Step::kDrop, ref, absl::StrCat("DROP TABLE ", ref.id), absl::StrCat("drop table ", ref.id),
             {MakeHazard(HazardKind::kDataLoss, Severity::kError, "drop-table",
                         absl::StrCat("deletes table ", ref.id, " and all its rows"),
                         "rename or archive it first; drop in a later, post-deploy migration"),
              AccessExclusive(ref.id)},
             "ACCESS EXCLUSIVE");
        break;
      }
      case Kind::kColumn: {
        const std::string table = o->owner.id;
        const auto* col = from_.Get<Column>(ref);
        Emit(Step::kDrop, ref,
             absl::StrCat("ALTER TABLE ", table, " DROP COLUMN ", pg::QuoteIdent(col->name)),
             absl::StrCat("drop column ", ref.id),
             {MakeHazard(HazardKind::kDataLoss, Severity::kError, "drop-column",
                         absl::StrCat("deletes column ", ref.id, " and its values"),
                         "stop the application using it, then drop it in a post-deploy migration"),
              AccessExclusive(table)},
             "ACCESS EXCLUSIVE");
        break;
      }
      case Kind::kView: {
        const auto* v = from_.Get<catalog::View>(ref);
        Emit(Step::kDrop, ref,
             absl::StrCat("DROP ", v->materialized ? "MATERIALIZED VIEW " : "VIEW ", ref.id),
             absl::StrCat("drop view ", ref.id),
             OnlyIf(removed, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning,
                                                      "drop-other", "readers of the view break")));
        break;
      }
      case Kind::kEventTrigger:
        Emit(Step::kDrop, ref, absl::StrCat("DROP EVENT TRIGGER ", ref.id),
             absl::StrCat("drop event trigger ", ref.id));
        break;
      case Kind::kDefaultPrivileges: {
        const auto* d = from_.Get<catalog::DefaultPrivileges>(ref);
        for (const std::string& sql : DefaultPrivilegeSql(*d, d->c.grants, DefaultPrivilegeBaseline(d->object_type))) {
          Emit(Step::kDrop, ref, sql, "revoke default privileges");
        }
        break;
      }
      case Kind::kConstraint:
      case Kind::kIndex:
      case Kind::kTrigger:
      case Kind::kPolicy:
      case Kind::kRule:
      case Kind::kStatistics:
        DropPart(*from_.Get<catalog::TablePart>(ref), removed);
        break;
      case Kind::kSequenceOwner: break;
    }
    return absl::OkStatus();
  }

  // ---- comments and grants after a create

  void CommonAfterCreate(const Common& c, Kind kind, char subkind) {
    const std::string phrase = ObjectPhrase(c, kind, subkind);
    const std::string comment = CommentSql(phrase, std::nullopt, c.comment);
    if (!comment.empty()) Emit(Step::kCreate, c.ref, comment, absl::StrCat("comment on ", c.ref.id));
    std::string on = phrase;
    if (kind == Kind::kView) on = absl::StrCat("TABLE ", c.ref.id);
    if (kind == Kind::kType) on = absl::StrCat("TYPE ", c.ref.id);
    for (const std::string& sql : GrantSql(on, DefaultGrants(kind), c.grants)) {
      Emit(Step::kCreate, c.ref, sql, absl::StrCat("privileges on ", c.ref.id));
    }
  }

  void CommonAlter(Step step, const Common& a, const Common& b, Kind kind, char subkind) {
    const std::string phrase = ObjectPhrase(b, kind, subkind);
    const std::string comment = CommentSql(phrase, a.comment, b.comment);
    if (!comment.empty()) Emit(step, b.ref, comment, absl::StrCat("comment on ", b.ref.id));
    std::string on = phrase;
    if (kind == Kind::kView) on = absl::StrCat("TABLE ", b.ref.id);
    if (kind == Kind::kType) on = absl::StrCat("TYPE ", b.ref.id);
    for (const std::string& sql : GrantSql(on, a.grants, b.grants)) {
      Emit(step, b.ref, sql, absl::StrCat("privileges on ", b.ref.id),
           {MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "authz-and-extensions",
                       "changes who may use the object")});
    }
  }

  static std::string EnableWord(char enabled) {
    switch (enabled) {
      case 'D': return "DISABLE";
      case 'R': return "ENABLE REPLICA";
      case 'A': return "ENABLE ALWAYS";
      default: return "ENABLE";
    }
  }

  // What new objects get when no default privileges are set: functions are executable and
  // types usable by PUBLIC; nothing else is granted beyond the owner.
  static std::vector<catalog::Grant> DefaultPrivilegeBaseline(char object_type) {
    if (object_type == 'f') return DefaultGrants(Kind::kFunction);
    if (object_type == 'T') return DefaultGrants(Kind::kType);
    return {};
  }

  static std::vector<std::string> DefaultPrivilegeSql(const catalog::DefaultPrivileges& d,
                                                      const std::vector<catalog::Grant>& from,
                                                      const std::vector<catalog::Grant>& to) {
    std::string prefix = "ALTER DEFAULT PRIVILEGES";
    if (!d.role.empty()) absl::StrAppend(&prefix, " FOR ROLE ", d.role);
    if (!d.in_schema.empty()) absl::StrAppend(&prefix, " IN SCHEMA ", d.in_schema);
    const std::string objects = d.object_type == 'r'   ? "TABLES"
                                : d.object_type == 'S' ? "SEQUENCES"
                                : d.object_type == 'f' ? "FUNCTIONS"
                                : d.object_type == 'T' ? "TYPES"
                                                       : "SCHEMAS";
    std::vector<std::string> out;
    // GrantSql renders "GRANT p ON <on> TO g"; default privileges put ON before the kind.
    for (const std::string& sql : GrantSql(objects, from, to)) out.push_back(absl::StrCat(prefix, " ", sql));
    return out;
  }

  // ---- types

  static std::string CreateTypeSql(const catalog::Type& t) {
    switch (t.kind) {
      case 'e': {
        std::vector<std::string> labels;
        for (const std::string& l : t.labels) labels.push_back(pg::QuoteLiteral(l));
        return absl::StrCat("CREATE TYPE ", t.c.ref.id, " AS ENUM (", absl::StrJoin(labels, ", "), ")");
      }
      case 'd': {
        std::string sql = absl::StrCat("CREATE DOMAIN ", t.c.ref.id, " AS ", t.definition);
        for (const auto& [name, def] : t.checks) absl::StrAppend(&sql, " CONSTRAINT ", name, " ", def);
        return sql;
      }
      case 'c': {
        std::vector<std::string> attrs;
        for (const auto& [name, type] : t.attributes) attrs.push_back(absl::StrCat(name, " ", type));
        return absl::StrCat("CREATE TYPE ", t.c.ref.id, " AS (", absl::StrJoin(attrs, ", "), ")");
      }
      default:
        return absl::StrCat("CREATE TYPE ", t.c.ref.id, " AS RANGE (", t.definition, ")");
    }
  }

  void CreateType(const catalog::Type& t) {
    Emit(Step::kCreate, t.c.ref, CreateTypeSql(t), absl::StrCat("create type ", t.c.ref.id));
    CommonAfterCreate(t.c, Kind::kType, t.kind);
  }

  // Enum labels only inserted (order of the old ones kept): ALTER TYPE ... ADD VALUE.
  static bool OnlyInsertions(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    size_t j = 0;
    for (const std::string& label : b) {
      if (j < a.size() && a[j] == label) ++j;
    }
    return j == a.size();
  }

  absl::Status AlterType(const Change& c) {
    const auto* a = from_.Get<catalog::Type>(c.ref);
    const auto* b = to_.Get<catalog::Type>(c.ref);
    if (c.Has("kind") || (b->kind == 'r' && c.Has("definition"))) return RecreateType(c.ref);
    if (b->kind == 'e' && c.Has("labels")) {
      if (OnlyInsertions(a->labels, b->labels)) {
        for (size_t i = 0; i < b->labels.size(); ++i) {
          if (std::find(a->labels.begin(), a->labels.end(), b->labels[i]) != a->labels.end()) continue;
          // Placed after its predecessor, which exists by now (old, or added just before).
          std::string sql = absl::StrCat("ALTER TYPE ", c.ref.id, " ADD VALUE ", pg::QuoteLiteral(b->labels[i]));
          if (i > 0) {
            absl::StrAppend(&sql, " AFTER ", pg::QuoteLiteral(b->labels[i - 1]));
          } else if (!a->labels.empty()) {
            absl::StrAppend(&sql, " BEFORE ", pg::QuoteLiteral(a->labels.front()));
          }
          // Committed on its own: a new label cannot be used in the transaction that added
          // it, and later statements of this plan (defaults, checks, views) may use it.
          Emit(Step::kAlter, c.ref,
               Statement{sql, absl::StrCat("add value to enum ", c.ref.id),
                         {MakeHazard(HazardKind::kNotTransactional, Severity::kInfo, "enum-value-use",
                                     "committed before the rest: the new label is usable only after commit")},
                         false, ""});
        }
      } else {
        RETURN_IF_ERROR(RebuildType(*a, *b));
      }
    }
    if (b->kind == 'd' && (c.Has("definition") || c.Has("checks"))) RETURN_IF_ERROR(AlterDomain(*a, *b));
    if (b->kind == 'c' && c.Has("attributes")) AlterComposite(*a, *b);
    CommonAlter(Step::kAlter, a->c, b->c, Kind::kType, b->kind);
    return absl::OkStatus();
  }

  absl::Status RecreateType(const ObjectRef& ref) {
    for (const ObjectRef& d : from_.Dependents(ref)) {
      if (d.kind != Kind::kColumn || !to_.Find(d)) continue;
      const auto* a = from_.Get<catalog::Type>(ref);
      const auto* b = to_.Get<catalog::Type>(ref);
      // A range type brings a multirange type and constructor functions named after it:
      // they cannot stand beside a renamed old one.
      if (a->kind != 'r' && b->kind != 'r') return RebuildType(*a, *b);
      return absl::UnimplementedError(absl::StrCat(
          "cannot plan yet: range type ", ref.id, " must be recreated but column ", d.id,
          " uses it; change it in two migrations"));
    }
    return Recreate(ref);
  }

  // A type that cannot change in place while columns use it (an enum losing or reordering
  // labels, a domain changing its base type): build the new type beside the old one and
  // convert every column through text. Values that do not fit make the conversion fail,
  // which rolls the migration back: nothing is lost silently.
  absl::Status RebuildType(const catalog::Type& a, const catalog::Type& b) {
    const ObjectRef& ref = b.c.ref;
    const std::string old_name = absl::StrCat(b.c.name, "__schemad_old");
    const std::string old_ref = absl::StrCat(pg::QuoteIdent(b.c.schema), ".", pg::QuoteIdent(old_name));
    const char* word = a.kind == 'd' ? "DOMAIN " : "TYPE ";
    const Hazard hazard =
        a.kind == 'e' && b.kind == 'e'
            ? MakeHazard(HazardKind::kDataLoss, Severity::kError, "enum-value-removed",
                         absl::StrCat("rebuilds enum ", ref.id, " (labels removed or reordered); rows holding a removed "
                                      "label make the migration fail"),
                         "update rows to a remaining label first")
            : MakeHazard(HazardKind::kTableRewrite, Severity::kWarning, "type-rebuild",
                         absl::StrCat("rebuilds type ", ref.id, " and converts every column using it; values that "
                                      "do not fit the new definition make the migration fail"),
                         "add a new column of the new type, backfill, switch, drop the old one");
    Emit(Step::kAlter, ref, absl::StrCat("ALTER ", word, ref.id, " RENAME TO ", pg::QuoteIdent(old_name)),
         absl::StrCat("rename type ", ref.id, " out of the way"), {hazard});
    Emit(Step::kAlter, ref, CreateTypeSql(b), absl::StrCat("create the new type ", ref.id));
    const std::string comment = CommentSql(ObjectPhrase(b.c, Kind::kType, b.kind), std::nullopt, b.c.comment);
    if (!comment.empty()) Emit(Step::kAlter, ref, comment, absl::StrCat("comment on ", ref.id));
    for (const std::string& sql : GrantSql(absl::StrCat("TYPE ", ref.id), DefaultGrants(Kind::kType), b.c.grants)) {
      Emit(Step::kAlter, ref, sql, absl::StrCat("privileges on ", ref.id));
    }
    for (const ObjectRef& d : from_.Dependents(ref)) {
      if (d.kind != Kind::kColumn) {
        const Obj* obj = to_.Find(d);
        if (obj && d.kind != Kind::kType) forced_recreate_.insert(d);
        continue;
      }
      const Obj* col_obj = from_.Find(d);
      const auto* col = from_.Get<Column>(d);
      const auto* to_col = to_.Get<Column>(d);
      if (!to_col || Has(Step::kDrop, d) || col->inherited_only) continue;  // parents convert children
      const std::string table = col_obj->owner.id;
      if (new_tables_.count(table)) continue;
      handled_columns_.insert(d);
      const std::string name = pg::QuoteIdent(col->name);
      if (col->default_expr) {
        Emit(Step::kAlter, ref, absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name, " DROP DEFAULT"),
             absl::StrCat("drop default of ", d.id, " during the type rebuild"));
      }
      const bool is_array = absl::EndsWith(to_col->type, "[]");
      Emit(Step::kAlter, ref,
           absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name, " TYPE ", to_col->type, " USING ",
                        name, "::text", is_array ? "[]" : "", "::", to_col->type),
           absl::StrCat("convert ", d.id, " to the new type"),
           {MakeHazard(HazardKind::kTableRewrite, Severity::kWarning, "type-change-rewrite",
                       absl::StrCat("rewrites ", table)),
            AccessExclusive(table)},
           "ACCESS EXCLUSIVE");
      if (to_col->default_expr) {
        Emit(Step::kAlter, ref,
             absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name, " SET DEFAULT ", *to_col->default_expr),
             absl::StrCat("restore default of ", d.id));
      }
    }
    Emit(Step::kAlter, ref, absl::StrCat("DROP ", word, old_ref), absl::StrCat("drop the old type ", ref.id));
    return absl::OkStatus();
  }

  absl::Status AlterDomain(const catalog::Type& a, const catalog::Type& b) {
    // Base type or collation changes need a new domain; defaults and NOT NULL change in place.
    auto base = [](const std::string& def) {
      std::string s = def;
      for (const char* cut : {" DEFAULT ", " NOT NULL"}) {
        const size_t p = s.find(cut);
        if (p != std::string::npos) s = s.substr(0, p);
      }
      return s;
    };
    auto part = [](const std::string& def, const std::string& key) -> std::optional<std::string> {
      const size_t p = def.find(key);
      if (p == std::string::npos) return std::nullopt;
      std::string rest = def.substr(p + key.size());
      const size_t nn = rest.rfind(" NOT NULL");
      if (nn != std::string::npos && nn + 9 == rest.size()) rest = rest.substr(0, nn);
      return rest;
    };
    if (base(a.definition) != base(b.definition)) return RecreateType(b.c.ref);
    const ObjectRef& ref = b.c.ref;
    const auto da = part(a.definition, " DEFAULT "), db = part(b.definition, " DEFAULT ");
    if (da != db) {
      Emit(Step::kAlter, ref,
           db ? absl::StrCat("ALTER DOMAIN ", ref.id, " SET DEFAULT ", *db)
              : absl::StrCat("ALTER DOMAIN ", ref.id, " DROP DEFAULT"),
           absl::StrCat("change default of domain ", ref.id));
    }
    const bool na = absl::EndsWith(a.definition, " NOT NULL"), nb = absl::EndsWith(b.definition, " NOT NULL");
    if (na != nb) {
      Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, nb ? " SET NOT NULL" : " DROP NOT NULL"),
           absl::StrCat("change NOT NULL of domain ", ref.id),
           OnlyIf(nb, MakeHazard(HazardKind::kTableScan, Severity::kWarning, "set-not-null",
                                               "checks every column of this domain")));
    }
    std::map<std::string, std::string> ca(a.checks.begin(), a.checks.end()), cb(b.checks.begin(), b.checks.end());
    for (const auto& [name, def] : ca) {
      if (!cb.count(name) || cb[name] != def) {
        Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, " DROP CONSTRAINT ", name),
             absl::StrCat("drop check ", name, " of domain ", ref.id));
      }
    }
    for (const auto& [name, def] : cb) {
      if (!ca.count(name) || ca[name] != def) {
        Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, " ADD CONSTRAINT ", name, " ", def),
             absl::StrCat("add check ", name, " to domain ", ref.id),
             {MakeHazard(HazardKind::kTableScan, Severity::kWarning, "check-without-not-valid",
                         "checks every value of this domain", "add it NOT VALID, then VALIDATE")});
      }
    }
    return absl::OkStatus();
  }

  void AlterComposite(const catalog::Type& a, const catalog::Type& b) {
    const ObjectRef& ref = b.c.ref;
    std::map<std::string, std::string> ma(a.attributes.begin(), a.attributes.end());
    std::map<std::string, std::string> mb(b.attributes.begin(), b.attributes.end());
    for (const auto& [name, type] : a.attributes) {
      if (!mb.count(name)) {
        Emit(Step::kAlter, ref, absl::StrCat("ALTER TYPE ", ref.id, " DROP ATTRIBUTE ", name),
             absl::StrCat("drop attribute ", name, " of ", ref.id),
             {MakeHazard(HazardKind::kDataLoss, Severity::kError, "drop-column",
                         "deletes the attribute's values")});
      } else if (mb[name] != type) {
        Emit(Step::kAlter, ref, absl::StrCat("ALTER TYPE ", ref.id, " ALTER ATTRIBUTE ", name, " TYPE ", mb[name]),
             absl::StrCat("change attribute ", name, " of ", ref.id));
      }
    }
    for (const auto& [name, type] : b.attributes) {
      if (!ma.count(name)) {
        Emit(Step::kAlter, ref, absl::StrCat("ALTER TYPE ", ref.id, " ADD ATTRIBUTE ", name, " ", type),
             absl::StrCat("add attribute ", name, " to ", ref.id));
      }
    }
  }

  // ---- sequences

  void PlanSequenceOwner(const catalog::Sequence& s) {
    const ObjectRef owner{Kind::kSequenceOwner, s.c.ref.id};
    Emit(Step::kCreate, owner,
         absl::StrCat("ALTER SEQUENCE ", s.c.ref.id, " OWNED BY ", s.owned_by ? *s.owned_by : "NONE"),
         absl::StrCat("set owner of sequence ", s.c.ref.id));
    owner_sequences_[owner] = s.c.ref;
  }

  void AlterSequence(const Change& c) {
    const auto* a = from_.Get<catalog::Sequence>(c.ref);
    const auto* b = to_.Get<catalog::Sequence>(c.ref);
    std::vector<std::string> clauses;
    if (c.Has("type")) clauses.push_back(absl::StrCat("AS ", b->type));
    if (c.Has("increment")) clauses.push_back(absl::StrCat("INCREMENT BY ", b->increment));
    if (c.Has("min") || c.Has("type")) clauses.push_back(absl::StrCat("MINVALUE ", b->min));
    if (c.Has("max") || c.Has("type")) clauses.push_back(absl::StrCat("MAXVALUE ", b->max));
    if (c.Has("start")) clauses.push_back(absl::StrCat("START WITH ", b->start));
    if (c.Has("cache")) clauses.push_back(absl::StrCat("CACHE ", b->cache));
    if (c.Has("cycle")) clauses.push_back(b->cycle ? "CYCLE" : "NO CYCLE");
    if (!clauses.empty()) {
      Emit(Step::kAlter, c.ref, absl::StrCat("ALTER SEQUENCE ", c.ref.id, " ", absl::StrJoin(clauses, " ")),
           absl::StrCat("alter sequence ", c.ref.id));
    }
    if (c.Has("unlogged")) {
      Emit(Step::kAlter, c.ref, absl::StrCat("ALTER SEQUENCE ", c.ref.id, b->unlogged ? " SET UNLOGGED" : " SET LOGGED"),
           absl::StrCat("change persistence of sequence ", c.ref.id));
    }
    if (c.Has("owned_by")) PlanSequenceOwner(*b);
    CommonAlter(Step::kAlter, a->c, b->c, Kind::kSequence, 0);
  }

  // ---- tables and columns

  absl::Status CreateTable(const catalog::Table& t) {
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
    for (const Column& c : t.columns) {
      if (c.inherited_only) continue;
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
  void ColumnAttributes(Step step, const ObjectRef& node, const std::string& table, const Column& a,
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

  absl::Status AddColumn(const ObjectRef& ref) {
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
    ColumnAttributes(Step::kCreate, ref, table, Column{}, *c, /*is_new=*/true);
    return absl::OkStatus();
  }

  absl::Status AlterColumn(const Change& ch) {
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

    // Generated expressions cannot be altered in place (PostgreSQL 15): drop and add.
    if ((ch.Has("default") && (a->generated || b->generated)) || (ch.Has("generated") && b->generated)) {
      if (a->generated && !b->generated) {
        Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP EXPRESSION"), absl::StrCat("make ", ref.id, " a plain column"));
      } else {
        RETURN_IF_ERROR(DropObject(ref));
        return CreateObject(ref);
      }
    }
    const bool type_changes = ch.Has("type") || ch.Has("collation");
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
      if (a->type != b->type) absl::StrAppend(&sql, " USING ", name, "::", b->type);
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
    if (ch.Has("identity")) {
      if (!a->identity) {
        if (a->default_expr) {
          // In the drop phase, so the sequence it used can go before the identity is made.
          const ObjectRef pre{Kind::kColumn, absl::StrCat(ref.id, "#default")};
          Emit(Step::kDrop, pre, absl::StrCat(alter, " DROP DEFAULT"), absl::StrCat("drop default of ", ref.id));
          default_holders_[pre] = ref;
        }
        std::string sql = absl::StrCat(alter, " ADD GENERATED ", b->identity == 'a' ? "ALWAYS" : "BY DEFAULT", " AS IDENTITY");
        if (!b->identity_options.empty()) absl::StrAppend(&sql, " (", b->identity_options, ")");
        Emit(Step::kAlter, ref, sql, absl::StrCat("make ", ref.id, " an identity column"),
             {MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "identity-start",
                         "the identity sequence starts at its START value, not past existing rows",
                         "after applying, setval the sequence past max(column)")});
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
    if (ch.Has("identity_options") && a->identity && b->identity) {
      const std::string clauses = IdentityAlterClauses(b->identity_options);
      Emit(Step::kAlter, ref, absl::StrCat(alter, " ", clauses), absl::StrCat("change identity options of ", ref.id),
           OnlyIf(absl::EndsWith(clauses, " RESTART"),
                  MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "sequence-restart",
                             "restarts the identity sequence at its START: new values may collide with existing rows",
                             "set the bounds so the current value stays inside, or setval after")));
    }
    if (ch.Has("not_null")) PlanNotNull(ref, table, *b);
    ColumnAttributes(Step::kAlter, ref, table, *a, *b, /*is_new=*/false);
    return absl::OkStatus();
  }

  static std::string IdentityAlterClauses(const std::string& options) {
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

  void PlanNotNull(const ObjectRef& ref, const std::string& table, const Column& b) {
    const std::string name = pg::QuoteIdent(b.name);
    const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name);
    if (!b.not_null) {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP NOT NULL"), absl::StrCat("drop NOT NULL of ", ref.id),
           {MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "drop-not-null",
                       "readers that assume a value may now see NULL")});
      return;
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
                            "CHECK (col IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL, drop the check (--online)")};
    }
    Emit(Step::kAlter, ref, Statement{absl::StrCat(alter, " SET NOT NULL"), absl::StrCat("set NOT NULL on ", ref.id), hazards, true,
                                      "ACCESS EXCLUSIVE"});
  }

  absl::Status AlterTable(const Change& c) {
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
                         "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY, alone in its migration")},
             "ACCESS EXCLUSIVE");
      }
      if (!b->partition_of.empty()) {
        Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", b->partition_of, " ATTACH PARTITION ", id, " ", b->partition_bound),
             absl::StrCat("attach partition ", id),
             {MakeHazard(HazardKind::kTableScan, Severity::kWarning, "attach-partition",
                         "scans the partition to check its bound unless a matching CHECK exists")},
             "SHARE UPDATE EXCLUSIVE");
      }
    }
    if (c.Has("inherits")) {
      for (const std::string& p : a->inherits) {
        if (std::find(b->inherits.begin(), b->inherits.end(), p) == b->inherits.end()) {
          Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, " NO INHERIT ", p), absl::StrCat("stop inheriting ", p));
        }
      }
      for (const std::string& p : b->inherits) {
        if (std::find(a->inherits.begin(), a->inherits.end(), p) == a->inherits.end()) {
          Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", id, " INHERIT ", p), absl::StrCat("inherit ", p));
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
  absl::Status RecreateTable(const ObjectRef& ref) {
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

  // ---- views

  void CreateView(const catalog::View& v) {
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

  absl::Status AlterView(const Change& c) {
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

  // ---- table parts

  static std::string PartPhrase(const catalog::TablePart& p) {
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

  void CreatePart(const catalog::TablePart& p) {
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
          hazards.push_back(MakeHazard(HazardKind::kShareLock, Severity::kWarning, "index-not-concurrent",
                                       absl::StrCat("blocks writes to ", p.table, " while the index builds"),
                                       "CREATE INDEX CONCURRENTLY (--online)"));
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

  void CreateConstraint(const catalog::TablePart& p, bool new_table) {
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
    if ((type == 'f' || type == 'c') && online && !not_valid_already) {
      Emit(Step::kCreate, ref, absl::StrCat(add, p.definition, " NOT VALID"),
           absl::StrCat("add constraint ", ref.id, " without checking existing rows"),
           {AccessExclusive(p.table)}, type == 'f' ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE");
      Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " VALIDATE CONSTRAINT ", name),
           absl::StrCat("validate ", ref.id, " while writes continue"),
           {MakeHazard(HazardKind::kTableScan, Severity::kInfo, "validate", "scans the table under SHARE UPDATE EXCLUSIVE")},
           "SHARE UPDATE EXCLUSIVE");
      return;
    }
    if ((type == 'p' || type == 'u') && online) {
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
    if (type == 'f' && !not_valid_already) {
      lock = "SHARE ROW EXCLUSIVE";
      hazards = {MakeHazard(HazardKind::kTableScan, Severity::kWarning, "fk-without-not-valid",
                            absl::StrCat("validates every row of ", p.table, " while blocking writes to both tables"),
                            "add it NOT VALID, then VALIDATE CONSTRAINT (--online)")};
    } else if (type == 'c' && !not_valid_already) {
      hazards.push_back(MakeHazard(HazardKind::kTableScan, Severity::kWarning, "check-without-not-valid",
                                   absl::StrCat("scans ", p.table, " under ACCESS EXCLUSIVE"),
                                   "add it NOT VALID, then VALIDATE CONSTRAINT (--online)"));
    } else if (type == 'p' || type == 'u' || type == 'x') {
      hazards.push_back(MakeHazard(HazardKind::kTableScan, Severity::kWarning, "pk-or-unique-constraint",
                                   absl::StrCat("builds an index on ", p.table, " under ACCESS EXCLUSIVE; fails on duplicates"),
                                   "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX"));
    }
    Emit(Step::kCreate, ref, Statement{absl::StrCat(add, p.definition), absl::StrCat("add constraint ", ref.id), hazards, true, lock});
  }

  void DropPart(const catalog::TablePart& p, bool removed) {
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
          hazards.push_back(MakeHazard(HazardKind::kNotTransactional, Severity::kInfo, "concurrently", "runs outside a transaction"));
        } else {
          hazards.push_back(MakeHazard(HazardKind::kAccessExclusiveLock, Severity::kWarning, "drop-index-not-concurrent",
                                       absl::StrCat("takes an ACCESS EXCLUSIVE lock on ", p.table), "DROP INDEX CONCURRENTLY (--online)"));
        }
        Emit(Step::kDrop, ref, Statement{absl::StrCat("DROP INDEX ", concurrently ? "CONCURRENTLY " : "", pg::QuoteIdent(p.c.schema), ".", name),
                                         absl::StrCat("drop index ", ref.id), hazards, !concurrently, "ACCESS EXCLUSIVE"});
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

  absl::Status AlterPart(const Change& c) {
    const auto* a = from_.Get<catalog::TablePart>(c.ref);
    const auto* b = to_.Get<catalog::TablePart>(c.ref);
    if (recreated_tables_.count(b->table)) return absl::OkStatus();
    const std::string name = pg::QuoteIdent(b->c.name);
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

  // ---- functions and the rest

  absl::Status AlterFunction(const Change& c) {
    const auto* a = from_.Get<catalog::Function>(c.ref);
    const auto* b = to_.Get<catalog::Function>(c.ref);
    if (c.Has("kind") || c.Has("result") || c.Has("arguments")) return Recreate(c.ref);
    if (c.Has("definition")) {
      functions_created_ = true;
      Emit(Step::kAlter, c.ref, std::string(absl::StripTrailingAsciiWhitespace(b->definition)),
           absl::StrCat("replace function ", c.ref.id));
    }
    CommonAlter(Step::kAlter, a->c, b->c, Kind::kFunction, b->kind);
    return absl::OkStatus();
  }

  absl::Status PlanAlter(const Change& c) {
    switch (c.ref.kind) {
      case Kind::kType: return AlterType(c);
      case Kind::kSequence: AlterSequence(c); return absl::OkStatus();
      case Kind::kTable: return AlterTable(c);
      case Kind::kColumn: return AlterColumn(c);
      case Kind::kView: return AlterView(c);
      case Kind::kFunction: return AlterFunction(c);
      case Kind::kConstraint:
      case Kind::kIndex:
      case Kind::kTrigger:
      case Kind::kPolicy:
      case Kind::kRule:
      case Kind::kStatistics: return AlterPart(c);
      case Kind::kCollation: return Recreate(c.ref);
      case Kind::kExtension: {
        const auto* a = from_.Get<catalog::Extension>(c.ref);
        const auto* b = to_.Get<catalog::Extension>(c.ref);
        if (c.Has("schema")) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER EXTENSION ", c.ref.id, " SET SCHEMA ", pg::QuoteIdent(b->c.schema)), "move extension");
        if (c.Has("version")) {
          Emit(Step::kAlter, c.ref, absl::StrCat("ALTER EXTENSION ", c.ref.id, " UPDATE TO ", pg::QuoteLiteral(b->version)), "update extension",
               {MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "authz-and-extensions", "upgrades the extension")});
        }
        CommonAlter(Step::kAlter, a->c, b->c, Kind::kExtension, 0);
        return absl::OkStatus();
      }
      case Kind::kSchema: {
        CommonAlter(Step::kAlter, from_.Get<catalog::Schema>(c.ref)->c, to_.Get<catalog::Schema>(c.ref)->c, Kind::kSchema, 0);
        return absl::OkStatus();
      }
      case Kind::kEventTrigger: {
        const auto* a = from_.Get<catalog::EventTrigger>(c.ref);
        const auto* b = to_.Get<catalog::EventTrigger>(c.ref);
        if (c.Has("definition")) return Recreate(c.ref);
        if (c.Has("enabled")) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER EVENT TRIGGER ", c.ref.id, " ", EnableWord(b->enabled)), "change event trigger state");
        CommonAlter(Step::kAlter, a->c, b->c, Kind::kEventTrigger, 0);
        return absl::OkStatus();
      }
      case Kind::kDefaultPrivileges: {
        const auto* a = from_.Get<catalog::DefaultPrivileges>(c.ref);
        const auto* b = to_.Get<catalog::DefaultPrivileges>(c.ref);
        for (const std::string& sql : DefaultPrivilegeSql(*b, a->c.grants, b->c.grants)) Emit(Step::kAlter, c.ref, sql, "change default privileges");
        return absl::OkStatus();
      }
      case Kind::kSequenceOwner: return absl::OkStatus();
    }
    return absl::OkStatus();
  }

  // ---- dependents of what is dropped, recreated or retyped

  absl::Status RecreateDependents() {
    std::vector<ObjectRef> work;
    for (const auto& [key, node] : nodes_) {
      if (key.step == Step::kDrop) work.push_back(key.ref);
    }
    for (const ObjectRef& r : type_changed_columns_) work.push_back(r);
    for (const ObjectRef& r : forced_recreate_) {
      RETURN_IF_ERROR(Recreate(r));
      work.push_back(r);
    }
    std::set<ObjectRef> seen(work.begin(), work.end());
    while (!work.empty()) {
      const ObjectRef r = work.back();
      work.pop_back();
      const bool retyped_column = type_changed_columns_.count(r) > 0 && !Has(Step::kDrop, r);
      const Obj* r_obj = from_.Find(r);
      for (const ObjectRef& d : DependentsOf(r, from_)) {
        if (d.kind == Kind::kColumn && absl::StrContains(d.id, "#")) continue;  // placeholders
        if (!to_.Find(d) || Has(Step::kDrop, d)) continue;
        const Obj* d_obj = from_.Find(d);
        // A column's table, indexes and constraints are rebuilt by ALTER COLUMN TYPE itself.
        if (retyped_column && (d.kind == Kind::kIndex || d.kind == Kind::kConstraint || d.kind == Kind::kTable ||
                               d.kind == Kind::kStatistics)) {
          continue;
        }
        // A part goes with its own table, not with the table it depends on.
        if (r_obj && r_obj->kind == Kind::kTable && d_obj->has_owner && d_obj->owner == r) continue;
        if (d.kind == Kind::kTable && r.kind == Kind::kTable && Has(Step::kDrop, r)) {
          // Partitions and inheritance children go with a dropped parent.
          const auto* child = from_.Get<catalog::Table>(d);
          const bool goes_with_parent = child->partition_of == r.id;
          if (goes_with_parent && !recreated_tables_.count(d.id)) RETURN_IF_ERROR(RecreateTable(d));
          continue;
        }
        if (d.kind == Kind::kTable || d.kind == Kind::kSchema || d.kind == Kind::kSequence) continue;
        if (d.kind == Kind::kColumn) {
          RETURN_IF_ERROR(RestoreColumnAround(d, r));
          continue;
        }
        if (d.kind == Kind::kType) {
          RETURN_IF_ERROR(RecreateType(d));
        } else {
          RETURN_IF_ERROR(Recreate(d));
        }
        if (seen.insert(d).second) work.push_back(d);
      }
    }
    return absl::OkStatus();
  }

  // A column whose default or generation expression uses an object that is dropped and
  // recreated: take the default off before, put it back after.
  absl::Status RestoreColumnAround(const ObjectRef& column, const ObjectRef& cause) {
    if (handled_columns_.count(column) || Has(Step::kCreate, column) || HasDefaultHolder(column)) {
      return absl::OkStatus();
    }
    const Obj* o = from_.Find(column);
    const auto* a = from_.Get<Column>(column);
    const auto* b = to_.Get<Column>(column);
    if (new_tables_.count(o->owner.id)) return absl::OkStatus();
    if (a->generated || (cause.kind == Kind::kColumn)) {
      if (a->generated) {
        RETURN_IF_ERROR(DropObject(column));
        return CreateObject(column);
      }
      return absl::OkStatus();
    }
    if (cause.kind == Kind::kType || cause.kind == Kind::kCollation) {
      // The column's own type: only enum rebuilds convert columns in place.
      if (!a->default_expr || a->type == b->type) {
        return absl::UnimplementedError(absl::StrCat("cannot plan yet: ", column.id, " uses ", cause.id,
                                                     ", which must be recreated; change it in two migrations"));
      }
    }
    if (!a->default_expr) return absl::OkStatus();
    const std::string alter = absl::StrCat("ALTER TABLE ", o->owner.id, " ALTER COLUMN ", pg::QuoteIdent(a->name));
    const ObjectRef pre{Kind::kColumn, absl::StrCat(column.id, "#default")};
    Emit(Step::kDrop, pre, absl::StrCat(alter, " DROP DEFAULT"), absl::StrCat("drop default of ", column.id, " while ", cause.id, " is replaced"));
    default_holders_[pre] = column;
    if (b->default_expr && !Has(Step::kAlter, column)) {
      Emit(Step::kCreate, pre, absl::StrCat(alter, " SET DEFAULT ", *b->default_expr), absl::StrCat("restore default of ", column.id));
    }
    return absl::OkStatus();
  }

  // ---- renames are never guessed: a dropped and an added object of the same shape is said

  void MarkPossibleRenames() {
    std::map<std::string, std::vector<ObjectRef>> dropped_shapes, created_shapes;
    auto table_shape = [](const catalog::Table& t) {
      std::vector<std::string> cols;
      for (const Column& c : t.columns) cols.push_back(absl::StrCat(c.name, " ", c.type));
      std::sort(cols.begin(), cols.end());
      return absl::StrCat("table ", absl::StrJoin(cols, ","));  // moved between schemas counts too
    };
    auto column_shape = [](const Obj& o, const Column& c) {
      return absl::StrCat("column ", o.owner.id, " ", c.type);
    };
    for (const Change& c : changes_) {
      if (c.ref.kind == Kind::kTable && c.action != Action::kAlter) {
        const Index& idx = c.action == Action::kDrop ? from_ : to_;
        (c.action == Action::kDrop ? dropped_shapes : created_shapes)[table_shape(*idx.Get<catalog::Table>(c.ref))].push_back(c.ref);
      }
      if (c.ref.kind == Kind::kColumn && c.action != Action::kAlter) {
        const Index& idx = c.action == Action::kDrop ? from_ : to_;
        (c.action == Action::kDrop ? dropped_shapes : created_shapes)[column_shape(*idx.Find(c.ref), *idx.Get<Column>(c.ref))].push_back(c.ref);
      }
    }
    for (const auto& [shape, dropped] : dropped_shapes) {
      auto it = created_shapes.find(shape);
      if (it == created_shapes.end()) continue;
      for (const ObjectRef& d : dropped) {
        for (const ObjectRef& a : it->second) {
          const Hazard h = MakeHazard(HazardKind::kPossibleRename, Severity::kWarning, "rename",
                                      absl::StrCat(d.id, " is dropped and ", a.id, " of the same shape is added: if this is a rename, "
                                                   "write ALTER ... RENAME by hand, or the data is lost"),
                                      "ALTER TABLE ... RENAME keeps the data");
          AddHazard(Step::kDrop, d, h);
          AddHazard(Step::kCreate, a, h);
        }
      }
    }
  }

  void AddHazard(Step step, const ObjectRef& ref, const Hazard& h) {
    auto it = nodes_.find(NodeKey{step, ref});
    if (it == nodes_.end() || it->second.statements.empty()) return;
    auto& hazards = it->second.statements.front().hazards;
    hazards.push_back(h);
    std::sort(hazards.begin(), hazards.end());
  }

  // ---- ordering

  // The node that stands for `ref` at `step`, through columns of new tables and defaults.
  std::optional<NodeKey> NodeFor(Step step, const ObjectRef& ref, const Index& idx) const {
    if (Has(step, ref)) return NodeKey{step, ref};
    const Obj* o = idx.Find(ref);
    if (o && o->has_owner && Has(step, o->owner)) return NodeKey{step, o->owner};
    return std::nullopt;
  }

  std::vector<ObjectRef> DependenciesOf(const ObjectRef& ref, const Index& idx) const {
    std::vector<ObjectRef> out;
    const Obj* o = idx.Find(ref);
    if (auto it = default_holders_.find(ref); it != default_holders_.end()) o = idx.Find(it->second);
    if (auto it = owner_sequences_.find(ref); it != owner_sequences_.end()) {
      out.push_back(it->second);
      const auto* s = idx.Get<catalog::Sequence>(it->second);
      if (s && s->owned_by) out.push_back(ObjectRef{Kind::kColumn, *s->owned_by});
      return out;
    }
    if (!o) return out;
    out = o->depends_on;
    if (o->has_owner) out.push_back(o->owner);
    if (o->kind == Kind::kTable) {
      const auto* t = static_cast<const catalog::Table*>(o->ptr);
      for (const Column& c : t->columns) out.insert(out.end(), c.depends_on.begin(), c.depends_on.end());
      for (const std::string& p : t->inherits) out.push_back(ObjectRef{Kind::kTable, p});
      if (!t->partition_of.empty()) out.push_back(ObjectRef{Kind::kTable, t->partition_of});
      out.push_back(ObjectRef{Kind::kSchema, pg::QuoteIdent(t->c.schema)});
    } else if (o->common && !o->common->schema.empty()) {
      out.push_back(ObjectRef{Kind::kSchema, pg::QuoteIdent(o->common->schema)});
    }
    return out;
  }

  std::vector<ObjectRef> DependentsOf(const ObjectRef& ref, const Index& idx) const {
    std::vector<ObjectRef> out = idx.Dependents(ref);
    // A column's dependents include those of its default placeholder.
    const Obj* o = idx.Find(ref);
    if (o && o->kind == Kind::kTable) {
      const auto* t = static_cast<const catalog::Table*>(o->ptr);
      for (const Column& c : t->columns) {
        const auto& more = idx.Dependents(Index::ColumnRef(*t, c));
        out.insert(out.end(), more.begin(), more.end());
      }
      // What hangs on its constraints (a foreign key on its primary key) hangs on it.
      for (const ObjectRef& part : idx.Dependents(ref)) {
        if (part.kind != Kind::kConstraint) continue;
        const auto& more = idx.Dependents(part);
        out.insert(out.end(), more.begin(), more.end());
      }
    }
    if (ref.kind == Kind::kSchema) {
      for (const auto& [key, node] : nodes_) {
        const Obj* x = idx.Find(key.ref);
        if (x && x->common && pg::QuoteIdent(x->common->schema) == ref.id && !(key.ref == ref)) out.push_back(key.ref);
      }
    }
    for (const auto& [holder, column] : default_holders_) {
      if (std::find(out.begin(), out.end(), column) != out.end()) out.push_back(holder);
    }
    return out;
  }

  bool HasDefaultHolder(const ObjectRef& column) const {
    for (const auto& [holder, c] : default_holders_) {
      if (c == column && Has(Step::kDrop, holder)) return true;
    }
    return false;
  }

  absl::StatusOr<std::vector<Statement>> Order() {
    for (auto& [key, node] : nodes_) {
      const ObjectRef& ref = key.ref;
      if (key.step == Step::kCreate || key.step == Step::kAlter) {
        for (const ObjectRef& d : DependenciesOf(ref, to_)) {
          for (Step s : {Step::kCreate, Step::kAlter}) {
            if (auto n = NodeFor(s, d, to_); n && !(n->ref == ref && n->step == key.step)) node.after.insert(*n);
          }
        }
        if (key.step == Step::kCreate && Has(Step::kDrop, ref)) node.after.insert(NodeKey{Step::kDrop, ref});
        if (key.step == Step::kCreate && Has(Step::kAlter, ref)) node.after.insert(NodeKey{Step::kAlter, ref});
      }
      if (key.step == Step::kAlter || key.step == Step::kDrop) {
        // What depended on this in the old schema goes first: dropped, or altered away.
        for (const ObjectRef& d : DependentsOf(ref, from_)) {
          if (d == ref) continue;
          if (auto n = NodeFor(Step::kDrop, d, from_)) {
            if (!(n->ref == ref)) nodes_[*n];  // ensure exists
            if (!(n->ref == ref && n->step == key.step)) node.after.insert(*n);
          }
          if (key.step == Step::kDrop && !HasDefaultHolder(d)) {
            if (auto n = NodeFor(Step::kAlter, d, from_); n && !(n->ref == ref)) node.after.insert(*n);
          }
        }
      }
      if (key.ref.kind == Kind::kColumn && key.step != Step::kAlter) {
        // A column declared by a child and its parent: the child's is added first (the
        // parent's then merges into it) and dropped last (it is inherited until then).
        const Index& idx = key.step == Step::kCreate ? to_ : from_;
        const Obj* o = idx.Find(ref);
        const auto* table = o && o->has_owner ? idx.Get<catalog::Table>(o->owner) : nullptr;
        if (table != nullptr) {
          const std::string column = ref.id.substr(o->owner.id.size());
          for (const std::string& parent : table->inherits) {
            const NodeKey parent_node{key.step, ObjectRef{Kind::kColumn, parent + column}};
            if (!nodes_.count(parent_node)) continue;
            if (key.step == Step::kDrop) {
              node.after.insert(parent_node);
            } else {
              nodes_[parent_node].after.insert(key);
            }
          }
        }
      }
    }
    // Kahn's algorithm; among ready nodes: drops (dependents first by kind), then alters,
    // then creates by kind rank, then identity.
    std::map<NodeKey, int> indegree;
    std::map<NodeKey, std::vector<NodeKey>> next;
    for (const auto& [key, node] : nodes_) {
      indegree[key];
      for (const NodeKey& before : node.after) {
        if (!nodes_.count(before)) continue;
        next[before].push_back(key);
        ++indegree[key];
      }
    }
    auto priority = [](const NodeKey& k) {
      const int rank = KindRank(k.ref.kind);
      return std::make_tuple(static_cast<int>(k.step), k.step == Step::kDrop ? -rank : rank, k.ref.id);
    };
    auto cmp = [&](const NodeKey& a, const NodeKey& b) { return priority(a) > priority(b); };
    std::priority_queue<NodeKey, std::vector<NodeKey>, decltype(cmp)> ready(cmp);
    for (const auto& [key, deg] : indegree) {
      if (deg == 0) ready.push(key);
    }
    std::vector<Statement> out;
    size_t done = 0;
    if (functions_created_) {
      out.push_back(Statement{"SET check_function_bodies = false",
                              "let function bodies refer to objects created later in this migration (as pg_dump does)", {}, true, ""});
    }
    while (!ready.empty()) {
      const NodeKey key = ready.top();
      ready.pop();
      ++done;
      for (const Statement& s : nodes_[key].statements) out.push_back(s);
      for (const NodeKey& n : next[key]) {
        if (--indegree[n] == 0) ready.push(n);
      }
    }
    if (done != nodes_.size()) {
      std::vector<std::string> stuck;
      const char* kStep[] = {"drop", "alter", "create"};
      for (const auto& [key, deg] : indegree) {
        if (deg == 0) continue;
        std::vector<std::string> waits;
        for (const NodeKey& b : nodes_[key].after) {
          if (indegree.count(b) && indegree[b] > 0) waits.push_back(absl::StrCat(kStep[static_cast<int>(b.step)], " ", b.ref.id));
        }
        stuck.push_back(absl::StrCat(kStep[static_cast<int>(key.step)], " ", catalog::KindName(key.ref.kind), " ",
                                     key.ref.id, " (after ", absl::StrJoin(waits, ", "), ")"));
      }
      return absl::UnimplementedError(absl::StrCat("cannot order the plan: a dependency cycle among ",
                                                   absl::StrJoin(stuck, ", ")));
    }
    if (out.size() == 1 && functions_created_) out.clear();
    // CONCURRENTLY statements cannot share a transaction: make that visible once per statement.
    return out;
  }

  Index from_, to_;
  const Options& options_;
  std::vector<Change> changes_;
  std::map<NodeKey, Node> nodes_;
  std::set<std::string> new_tables_, dropped_tables_, replica_index_tables_, recreated_tables_;
  std::set<ObjectRef> type_changed_columns_, handled_columns_, forced_recreate_, removed_columns_;
  std::map<ObjectRef, ObjectRef> default_holders_, owner_sequences_;
  bool functions_created_ = false;
};

}  // namespace

const char* HazardKindName(HazardKind kind) {
  switch (kind) {
    case HazardKind::kDataLoss: return "DATA_LOSS";
    case HazardKind::kTableRewrite: return "TABLE_REWRITE";
    case HazardKind::kAccessExclusiveLock: return "ACCESS_EXCLUSIVE_LOCK";
    case HazardKind::kNotTransactional: return "NOT_TRANSACTIONAL";
    case HazardKind::kPossibleRename: return "POSSIBLE_RENAME";
    case HazardKind::kTableScan: return "TABLE_SCAN";
    case HazardKind::kShareLock: return "SHARE_LOCK";
    case HazardKind::kBackwardIncompatible: return "BACKWARD_INCOMPATIBLE";
  }
  return "UNKNOWN";
}

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "unknown";
}

bool Hazard::operator<(const Hazard& o) const {
  return std::tie(kind, rule, message) < std::tie(o.kind, o.rule, o.message);
}
bool Hazard::operator==(const Hazard& o) const {
  return kind == o.kind && rule == o.rule && message == o.message;
}

absl::StatusOr<std::vector<Statement>> PlanStatements(const Catalog& from, const Catalog& to,
                                                      const Options& options) {
  return Planner(from, to, options).Run();
}

absl::StatusOr<Plan> PlanMigration(const Catalog& from, const Catalog& to, const Options& options) {
  Plan plan;
  plan.changes = diff::Diff(from, to);
  ASSIGN_OR_RETURN(plan.up, PlanStatements(from, to, options));
  ASSIGN_OR_RETURN(plan.down, PlanStatements(to, from, options));
  return plan;
}

std::string RenderSql(const std::vector<Statement>& statements) {
  std::string out;
  for (const Statement& s : statements) {
    absl::StrAppend(&out, "-- ", s.description, "\n");
    for (const Hazard& h : s.hazards) {
      absl::StrAppend(&out, "-- hazard ", HazardKindName(h.kind), " (", SeverityName(h.severity), ", ", h.rule,
                      "): ", h.message);
      if (!h.safer_alternative.empty()) absl::StrAppend(&out, "; safer: ", h.safer_alternative);
      absl::StrAppend(&out, "\n");
    }
    if (!s.transactional) absl::StrAppend(&out, "-- schemaservice:no-transaction\n");
    absl::StrAppend(&out, s.sql, ";\n\n");
  }
  return out;
}

}  // namespace schemaservice::plan
