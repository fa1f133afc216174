// service/plan/planner.h
//
// Internal to plan/: the planner behind PlanStatements, split by concern across
// plan.cc (bookkeeping, creating and dropping any object, comments and grants),
// plan_types.cc (types, sequences, functions and the other non-table kinds),
// plan_tables.cc (tables, columns, views, constraints, indexes, triggers, policies) and
// plan_order.cc (dependents to recreate, possible renames, dependency order).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "service/catalog/catalog.h"
#include "service/catalog/versions.h"
#include "service/diff/diff.h"
#include "service/pg/quote.h"
#include "service/plan/plan.h"

namespace schemaservice::plan::internal {
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
    for (const auto& x : c.publications) add(x.c, Kind::kPublication, &x);
    for (const auto& x : c.default_privileges) add(x.c, Kind::kDefaultPrivileges, &x);
    for (const auto& x : c.defined_objects) add(x.c, x.c.ref.kind, &x);
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

Hazard MakeHazard(HazardKind kind, Severity severity, std::string rule, std::string message, std::string safer = "");

std::vector<Hazard> OnlyIf(bool condition, Hazard hazard);

// Advice for statements that block readers: it exists in PostgreSQL, not in this service.
inline constexpr const char* kShortLockTimeout =
    "apply it when no long query uses the table, with SET lock_timeout = '5s' in the same "
    "session so it fails instead of blocking readers, and apply again if it times out";
Hazard AccessExclusive(const std::string& what);

// Type changes PostgreSQL does without rewriting and without losing values.
bool IsWidening(const std::string& from, const std::string& to);

// Binary-compatible changes that need no rewrite (varchar widening, varchar -> text).
bool AvoidsRewrite(const std::string& from, const std::string& to);

bool VolatileDefault(const std::string& expr);

// How ALTER COLUMN ... TYPE can convert a column's values, decided from the catalogs' type
// facts with pg_cast's rules for an explicit cast (USING col::new): domains act as their base
// type; a pg_cast row of any context works; arrays convert through their elements; I/O
// conversion reaches to and from string types. An enum target takes text, and strings or
// another enum reach it through text (col::text::new; character(n) loses its padding there).
// kUnknown when a catalog has no facts for a type (catalogs built by hand): the plan then
// casts directly, as before facts were read.
enum class Conversion { kDirect, kThroughText, kNone, kUnknown };
Conversion ConversionOf(const Catalog& from, const std::string& from_type, const Catalog& to,
                        const std::string& to_type);

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
int KindRank(Kind k);

// Plans one direction: from -> to. Each method's reasons are given where it is defined.
class Planner {
 public:
  Planner(const Catalog& from, const Catalog& to, const Options& options)
      : own_from_(std::in_place, from), own_to_(std::in_place, to), from_(*own_from_), to_(*own_to_),
        options_(options),
        target_(catalog::PlanTargetMajor(from.server_version, to.server_version)) {}
  // With indexes built once for both directions and the changes already diffed (PlanMigration:
  // the down plan reuses the up plan's indexes and the reverse of its diff).
  Planner(const Index& from, const Index& to, std::vector<Change> changes, const Options& options)
      : from_(from), to_(to), options_(options),
        target_(catalog::PlanTargetMajor(from.catalog().server_version, to.catalog().server_version)),
        changes_(std::move(changes)), have_changes_(true) {}
  absl::StatusOr<std::vector<Statement>> Run();
  // Identity options -> {"SEQUENCE NAME" target, the other options}.
  static std::pair<std::string, std::string> SplitSequenceName(const std::string& options);
 private:

  // ---- bookkeeping
  Node& At(Step step, const ObjectRef& ref);
  bool Has(Step step, const ObjectRef& ref) const;
  void Emit(Step step, const ObjectRef& ref, Statement s);
  void Emit(Step step, const ObjectRef& ref, std::string sql, std::string description, std::vector<Hazard> hazards = {}, std::string lock = "");
  bool IsNewTable(const std::string& relation) const;
  bool PartitionTreeIsReferenced(const std::string& table) const;

  // ---- what the target major can hold
  absl::Status CheckTarget() const;

  // ---- per change
  absl::Status PlanChange(const Change& c);
  absl::Status PlanCreate(const ObjectRef& ref);
  absl::Status PlanDrop(const ObjectRef& ref);
  absl::Status Recreate(const ObjectRef& ref);
  absl::Status CreateObject(const ObjectRef& ref);
  absl::Status DropObject(const ObjectRef& ref);

  // ---- comments and grants after a create
  void CommonAfterCreate(const Common& c, Kind kind, char subkind);
  void CommonAlter(Step step, const Common& a, const Common& b, Kind kind, char subkind);
  std::vector<std::string> OwnerPrivilegeSql(const std::string& on, const std::string& owner, const std::vector<std::string>& from_revoked, const std::vector<std::string>& to_revoked) const;
  static std::string EnableWord(char enabled);
  static std::vector<catalog::Grant> DefaultPrivilegeBaseline(char object_type);
  static std::vector<std::string> DefaultPrivilegeSql(const catalog::DefaultPrivileges& d, const std::vector<catalog::Grant>& from, const std::vector<catalog::Grant>& to);

  // ---- kinds kept as one definition (plan_kinds.cc)
  void CreateDefined(const ObjectRef& ref);
  void DropDefined(const ObjectRef& ref, bool removed);
  absl::Status AlterDefined(const Change& c);

  // ---- types
  static std::string CreateTypeSql(const catalog::Type& t);
  void CreateType(const catalog::Type& t);
  static bool OnlyInsertions(const std::vector<std::string>& a, const std::vector<std::string>& b);
  absl::Status AlterType(const Change& c);
  absl::Status RecreateType(const ObjectRef& ref);
  absl::Status RebuildType(const catalog::Type& a, const catalog::Type& b);
  absl::Status AlterDomain(const catalog::Type& a, const catalog::Type& b);
  void AlterComposite(const catalog::Type& a, const catalog::Type& b);

  // ---- sequences
  void PlanSequenceOwner(const catalog::Sequence& s);
  void AlterSequence(const Change& c);

  // ---- tables and columns
  absl::Status CreateTable(const catalog::Table& t);
  void ColumnAttributes(Step step, const ObjectRef& node, const std::string& table, const Column& a, const Column& b, bool is_new);
  absl::Status AddColumn(const ObjectRef& ref);
  absl::Status AlterColumn(const Change& ch);
  static std::string IdentityAlterClauses(const std::string& options);
  void AfterSequenceSchema(const NodeKey& node, const Column& c);
  std::pair<std::string, std::string> IdentitySequence(const ObjectRef& column, const Index& idx, const Column& c) const;
  void ContinueIdentityPastRows(const ObjectRef& ref, const std::string& table, const Column& c);
  void PlanNotNull(const ObjectRef& ref, const std::string& table, const Column& b);
  void PlanOwnNotNull(const ObjectRef& ref, const std::string& table, const Column& b);
  void AlterNotNullConstraint(const ObjectRef& ref, const std::string& table, const Column& a, const Column& b);
  void AddNotValidNotNull(Step step, const ObjectRef& node, const std::string& table, const Column& c);
  static std::string NotNullName(const std::string& table_name, const Column& c);
  // In `node` (the table's own alter node when null).
  void RenameDetachedNotNull(const catalog::Table& a, const catalog::Table& b, const ObjectRef* node = nullptr);
  absl::Status AlterTable(const Change& c);
  absl::Status RecreateTable(const ObjectRef& ref);

  // ---- views
  void CreateView(const catalog::View& v);
  absl::Status AlterView(const Change& c);

  // ---- table parts
  static std::string PartPhrase(const catalog::TablePart& p);
  void CreatePart(const catalog::TablePart& p);
  void CreateConstraint(const catalog::TablePart& p, bool new_table);
  void DropPart(const catalog::TablePart& p, bool removed);
  absl::Status AlterPart(const Change& c);

  // ---- functions and the rest
  absl::Status AlterFunction(const Change& c);
  absl::Status PlanAlter(const Change& c);

  // ---- dependents of what is dropped, recreated or retyped
  absl::Status RecreateDependents();
  absl::Status RestoreColumnAround(const ObjectRef& column, const ObjectRef& cause);

  // ---- renames are never guessed: a dropped and an added object of the same shape is said
  void MarkPossibleRenames();
  void AddHazard(Step step, const ObjectRef& ref, const Hazard& h);

  // ---- ordering
  std::optional<NodeKey> NodeFor(Step step, const ObjectRef& ref, const Index& idx) const;
  std::vector<ObjectRef> DependenciesOf(const ObjectRef& ref, const Index& idx) const;
  std::vector<ObjectRef> DependentsOf(const ObjectRef& ref, const Index& idx) const;
  bool HasDefaultHolder(const ObjectRef& column) const;
  absl::StatusOr<std::vector<Statement>> Order();

  std::optional<Index> own_from_, own_to_;  // when built for this planner alone
  const Index& from_;
  const Index& to_;
  const Options& options_;
  const int target_;  // major of the database the plan runs on
  std::vector<Change> changes_;
  bool have_changes_ = false;  // changes_ given: not diffed again
  std::map<NodeKey, Node> nodes_;
  std::set<std::string> new_tables_, dropped_tables_, replica_index_tables_, recreated_tables_;
  std::set<ObjectRef> type_changed_columns_, handled_columns_, forced_recreate_, removed_columns_;
  // Placeholder refs ("col#default", "col#identity") of steps split off a column -> column.
  std::map<ObjectRef, ObjectRef> default_holders_;
  std::map<ObjectRef, ObjectRef> owner_sequences_;  // OWNED BY step -> its sequence
  // (node, node it runs after), for when both are planned: the other may be planned later.
  std::vector<std::pair<NodeKey, NodeKey>> order_if_planned_;
  bool functions_created_ = false;
};

}  // namespace schemaservice::plan::internal
