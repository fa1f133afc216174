// service/plan/planner.h
//
// Internal to plan/: the planner behind PlanStatements, one direction (from -> to) at a time.
//
//   Planner            walks the diff's changes and sends each to the planner of its kind
//                      (plan.cc); then asks for dependents to be re-created and for the order.
//   ObjectPlanner      schemas, extensions, collations, sequences, functions, event triggers,
//                      default privileges, publications, foreign-data objects, operators,
//                      operator families and classes, text search objects, conversions,
//                      languages, access methods, transforms, user mappings (plan_kinds.cc),
//                      subscriptions (plan_subscriptions.cc)
//   TypePlanner        enums, domains, composite, range and base types (plan_types.cc)
//   TablePlanner       tables and views as a whole (plan_tables.cc)
//   ColumnPlanner      columns: type, default, NOT NULL, attributes (plan_columns.cc)
//   IdentityPlanner    identity columns and owned sequences (plan_identity.cc)
//   PartPlanner        constraints, indexes, triggers, policies, rules, statistics (plan_parts.cc)
//   TablespacePlanner  moves of tables, materialized views and indexes between tablespaces
//                      (plan_tablespace.cc)
//   AttachedPlanner    partitions' indexes and keys attached to the parent table's, once the
//                      rest is planned (plan_attached.cc)
//   PrivilegePlanner   comments, grants and owners' privileges after a create or alter
//                      (privileges.cc)
//   DependentsPlanner  what must be dropped and re-created around a change, and possible
//                      renames (plan_dependents.cc)
//   Orderer            the catalogs' dependencies as edges of the graph, then the sort
//                      (plan_order.cc)
//
// Each emits statements into the one Graph (graph.h) of the Context they share; hazards come
// from the rule table (hazard_rules.h); SQL text of one object from render.h.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "service/catalog/catalog.h"
#include "service/catalog/versions.h"
#include "service/diff/diff.h"
#include "service/plan/conversions.h"
#include "service/plan/graph.h"
#include "service/plan/hazard_rules.h"
#include "service/plan/index.h"
#include "service/plan/plan.h"

namespace schemaservice::plan::internal {
using diff::Action;
using diff::Change;

// Creation order among unrelated objects; drops use the reverse.
int KindRank(Kind k);

// Everything `to` holds must exist on a database of major `target` (FAILED_PRECONDITION
// naming each object and the feature it uses).
absl::Status CheckTarget(const Catalog& to, int target);

// plan_inherit.cc: whether new table `t` (of `to`) is made on its own and then attached to its
// partitioned parent or given its parents (INHERIT): its columns stand in another order than
// PARTITION OF or INHERITS would put them (a child of INHERIT declares every column itself).
// Never with identity columns; an inheritance child not with generated columns, nor when a
// parent has CHECKs (INHERIT wants them on the table first and keeps them its own).
// `c` with its NOT NULL constraint's name given when it is the default one for `table` (bare
// name): 18 picks a default name unused in the schema, so another table's constraint of that
// name (LIKE copies them, a detached child keeps its own) would give it a numbered one.
catalog::Column WithDefaultNotNullNamed(const catalog::Column& c, const std::string& table);

bool MadeApartThenAttached(const Index& to, const catalog::Table& t);
// The CHECKs a partition made apart declares: its ancestors' inheritable ones, "CONSTRAINT
// name CHECK (...)", which ATTACH PARTITION requires and makes inherited.
std::vector<std::string> AncestorChecks(const Index& to, const catalog::Table& t);

// The tables foreign key `fk` (of `idx`) depends on, through its key's index or constraint
// too: the table it references, and its own.
std::set<std::string> ReferencedTables(const Index& idx, const catalog::TablePart& fk);

// Identity options -> {"SEQUENCE NAME" target, the other options}.
std::pair<std::string, std::string> SplitSequenceName(const std::string& options);

// What the planners of one direction share: both catalogs, the options, the graph the
// statements go into, and what has been decided so far.
struct Context {
  const Index& from;
  const Index& to;
  const Options& options;
  const int target;  // major of the database the plan runs on
  std::vector<Change> changes;
  Graph graph;
  std::set<std::string> new_tables, dropped_tables, replica_index_tables, recreated_tables;
  std::set<std::string> attached_tables;  // kept tables ATTACHed to a (new) parent by their ALTER
  std::set<std::string> reattached_tables;  // partitions detached and attached again (rows moved)
  std::set<ObjectRef> type_changed_columns, handled_columns, forced_recreate, removed_columns;
  // Domains rebuilt from the target's definition (their collation re-created): not altered too.
  std::set<ObjectRef> rebuilt_types;
  // Columns that hold text in their alter node (HoldAsText): it waits for nothing the new
  // schema makes, their create node does.
  std::set<ObjectRef> held_as_text;
  // Columns a type rebuild converts in its alter node -> that type.
  std::map<ObjectRef, ObjectRef> converted_by_type;
  std::map<ObjectRef, ObjectRef> owner_sequences;  // OWNED BY step -> its sequence
  // Extensions updated before the indexes and constraints that use them are dropped.
  std::set<ObjectRef> updated_extensions;
  // Indexes redefined online: the new one is built aside under a temporary name before the
  // old is dropped (PartPlanner::CreatePart), so a failed build leaves the old in place.
  std::set<ObjectRef> indexes_built_aside;
  bool functions_created = false;

  bool IsNewTable(const std::string& relation) const { return new_tables.count(relation) > 0; }
};

class Planner;

// Whether a partition key ("RANGE (created_at, lower(name))") names the column: its quoted
// name as a whole word (an expression that mentions it counts too).
bool PartitionKeyUses(const std::string& key, const std::string& column);

// A column's storage, compression, statistics target and options turned from `a`'s into
// `b`'s, each as {sql, description} after `alter` ("ALTER TABLE t ALTER COLUMN c"); a new
// column (`is_new`) sets only what is not the default.
std::vector<std::pair<std::string, std::string>> ColumnSettingsSql(const std::string& alter, const std::string& column,
                                                                   const catalog::ColumnSettings& a,
                                                                   const catalog::ColumnSettings& b, bool is_new);

// What every kind's planner has: the shared context, the dispatcher for other kinds, and
// shorthands for the graph.
class PlannerPart {
 public:
  PlannerPart(Planner& planner, Context& ctx) : planner_(planner), ctx_(ctx) {}

 protected:
  void Emit(Step step, const ObjectRef& ref, Statement s) { ctx_.graph.Emit(step, ref, std::move(s)); }
  void Emit(Step step, const ObjectRef& ref, std::string sql, std::string description,
            std::vector<Hazard> hazards = {}, std::string lock = "") {
    ctx_.graph.Emit(step, ref, std::move(sql), std::move(description), std::move(hazards), std::move(lock));
  }
  bool Has(Step step, const ObjectRef& ref) const { return ctx_.graph.Has(step, ref); }
  Node& At(Step step, const ObjectRef& ref) { return ctx_.graph.At(step, ref); }

  Planner& planner_;
  Context& ctx_;
};

class PrivilegePlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  // Comment, grants and the owner's privileges of a new object (in `step`: a type rebuilt
  // in place is created in its alter step).
  void AfterCreate(const Common& c, Kind kind, char subkind, Step step = Step::kCreate);
  // What an object of `kind` in `quoted_schema` that the plan makes (in the node `created`) has at
  // first: the kind's default, as the default privileges of the plan's role that stand before
  // the plan change it (ALTER DEFAULT PRIVILEGES; every change to those is ordered after it).
  struct NewObjectPrivileges {
    std::vector<catalog::Grant> grants;
    std::vector<std::string> owner_revoked;
  };
  NewObjectPrivileges Initial(Kind kind, const std::string& quoted_schema, const NodeKey& created);
  // The same turned from `a` into `b`, in `step`.
  void Alter(Step step, const Common& a, const Common& b, Kind kind, char subkind);

  // GRANT and REVOKE turning what `owner` gave up of its own privileges on `on`.
  std::vector<std::string> OwnerPrivilegeSql(const std::string& on, const std::string& owner,
                                             const std::vector<std::string>& from_revoked,
                                             const std::vector<std::string>& to_revoked) const;

 private:
  std::vector<std::string> ColumnGrantsAgain(const Common& a, const Common& b);
};

class ObjectPlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  void Create(const ObjectRef& ref);
  void Drop(const ObjectRef& ref, bool removed);
  absl::Status Alter(const Change& c);
  // OWNED BY of `s` (of `to`); a kept sequence whose owner column goes, or whose owner table
  // is recreated, is let go before and owned again after, keeping its value.
  void PlanSequenceOwner(const catalog::Sequence& s);

 private:
  // Dropped and created again (`why` it cannot be altered; `keep`: the way out when columns
  // hold its types, which is refused), carrying `hazard`.
  // Whether the target server knows the MAINTAIN privilege (17+).
  bool HasMaintain() const { return ctx_.target >= catalog::SinceMajor(catalog::Feature::kMaintainPrivilege); }
  absl::Status RecreateExtension(const catalog::Extension& b, const std::string& why,
                                 const std::string& keep, Hazard hazard);
  // Privileges on its members, from `a`'s (or its scripts', `a` null) to `b`'s (plan_extensions.cc).
  void MemberGrants(const catalog::Extension* a, const catalog::Extension& b, Step step);
  // A collation re-created under the columns that use it (plan_collations.cc).
  absl::Status RebuildCollation(const ObjectRef& ref);
  // Option and mapping changes of text search objects in place; a new template or parser
  // re-creates them.
  absl::Status AlterTextSearch(const Change& c);
  // Foreign data wrappers, servers and user mappings (their options one by one).
  absl::Status AlterForeignAccess(const Change& c);
  absl::Status RecreateAccessMethod(const ObjectRef& ref);
  // Subscriptions, without ever contacting the publisher (plan_subscriptions.cc).
  void CreateSubscription(const ObjectRef& ref);
  void DropSubscription(const ObjectRef& ref, bool removed);
  absl::Status AlterSubscription(const Change& c);
  void AlterSequence(const Change& c);
};

class TypePlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  void CreateType(const catalog::Type& t);
  absl::Status DropType(const ObjectRef& ref, bool removed);
  absl::Status AlterType(const Change& c);
  absl::Status RecreateType(const ObjectRef& ref);
  // A base type's I/O functions: those it names that also take or return it (a cycle the
  // shell type breaks on create, DROP ... CASCADE on drop).
  static std::vector<ObjectRef> OwnFunctions(const Index& idx, const ObjectRef& type);

 private:
  absl::Status RebuildType(const catalog::Type& a, const catalog::Type& b, bool cascaded = false);
  bool UntypeAround(const ObjectRef& table, const ObjectRef& type);
  // Whether tables kept are typed by it (OF type) on both sides.
  bool TypesTables(const ObjectRef& ref) const;
  bool UsedByColumns(const ObjectRef& ref) const;
  bool UsedInContainers(const ObjectRef& ref) const;
  absl::StatusOr<bool> ConvertsColumn(const ObjectRef& column);
  void RenameRangeAside(const catalog::Type& a, const std::string& old_name);
  absl::Status AlterDomain(const catalog::Type& a, const catalog::Type& b);
 public:
  // One option of a range type's definition ("SUBTYPE" -> "double precision"); empty if unset.
  static std::string RangeOption(const std::string& definition, const std::string& key);
  // Drops the domain's checks that change (every one when `all`) in the drop phase and adds
  // them in the create phase, so they can wait for functions re-created under them.
  void DomainChecksApart(const catalog::Type& a, const catalog::Type& b, bool all);

 private:
  // True when the type was rebuilt (columns use it and an attribute changes type).
  absl::StatusOr<bool> AlterComposite(const catalog::Type& a, const catalog::Type& b);
  absl::Status AlterBaseType(const catalog::Type& a, const catalog::Type& b);
  absl::Status RebuildThroughText(const catalog::Type& b);
};

class TablePlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  absl::Status CreateTable(const catalog::Table& t);
  void DropTable(const ObjectRef& ref, bool removed);
  absl::Status AlterTable(const Change& c);
  void ToastOptions(const catalog::Table& t, const std::vector<std::string>& toast);
  // Whether the change can only be made by recreating the table (its kind, partitioning...).
  bool NeedsRecreate(const Change& c) const;
  absl::Status RecreateTable(const ObjectRef& ref);
  // Partitions kept under the same kept parent whose rows may now belong elsewhere: one with
  // a new bound, and a DEFAULT one beside a partition new, attached or given a new bound.
  // Detached, their misplaced rows moved aside, attached again, and the rows inserted through
  // the parent (plan_rows.cc).
  absl::Status MovePartitionRows();

 private:
  bool PartitionTreeIsReferenced(const std::string& table) const;
  std::optional<std::string> ParentsDefault(const catalog::Table& t, const std::string& column) const;
  std::pair<const catalog::Table*, const Column*> ParentsColumn(const catalog::Table& t,
                                                               const std::string& column) const;
  // The rows of a recreated table kept aside before its drop and put back after its create
  // (plan_rows.cc); false when it keeps none (a foreign table, a partition whose ancestor's
  // rows are kept).
  // The nearest partition ancestor of `a` (in `from`) already recreated, or "".
  std::string RecreatedAncestor(const catalog::Table& a) const;
  bool KeepRows(const ObjectRef& ref);
  void AlterTypedTable(const catalog::Table& a, const catalog::Table& b);
};

// Views and materialized views (plan_views.cc).
class ViewPlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  void CreateView(const catalog::View& v);
  void DropView(const ObjectRef& ref, bool removed);
  absl::Status AlterView(const Change& c);

 private:
  void ViewColumns(Step step, const catalog::View& a, const catalog::View& b);
};

// Tables joining and leaving inheritance parents, and what they take from them (plan_inherit.cc).
class InheritancePlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  void AlterInheritance(const catalog::Table& a, const catalog::Table& b);
  // Children whose parents stay the same but must leave and join again (Rejoining).
  void RejoinForRetypes();
  // A column local on `a` that `b` has inherited only (no ALTER does that), or one NO INHERIT
  // leaves local at another place among the child's own columns than on `b`.
  bool NeedsRecreate(const catalog::Table& a, const catalog::Table& b) const;
  // A CHECK the child declared and inherited that the target has inherited only.
  absl::Status LeaveCheckToParents(const catalog::TablePart& check);
  // 18: a detached partition or child keeps its parent's NOT NULL constraint names, now local:
  // renamed to the target's, in `node` (the table's own alter node when null).
  void RenameDetachedNotNull(const catalog::Table& a, const catalog::Table& b, const NodeKey* node = nullptr);

 private:
  void CheckGivers(const std::string& table, const std::string& name, std::set<std::string>& seen,
                   std::vector<ObjectRef>& out) const;
  void DropColumnsLeftByParents(const catalog::Table& a, const catalog::Table& b, const std::vector<NodeKey>& no_inherits);
  void DropChecksLeftByParents(const catalog::Table& a, const catalog::Table& b, const std::vector<NodeKey>& no_inherits);
  std::vector<std::string> Rejoining(const catalog::Table& a, const catalog::Table& b) const;
  void OrderRetypesAroundLeaves(const catalog::Table& a, const catalog::Table& b, const std::vector<std::string>& rejoin);
  std::optional<NodeKey> AddColumnsOfNewParents(const catalog::Table& a, const catalog::Table& b,
                                                const std::vector<std::string>& rejoin);
};

class ColumnPlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  absl::Status AddColumn(const ObjectRef& ref);
  void DropColumn(const ObjectRef& ref);
  absl::Status AlterColumn(const Change& ch);
  void ColumnAttributes(Step step, const ObjectRef& node, const std::string& table, const Column& a,
                        const Column& b, bool is_new);
  void AddNotValidNotNull(Step step, const ObjectRef& node, const std::string& table, const Column& c);
  static std::string NotNullName(const std::string& table_name, const Column& c);
  // An inherited column's own default (ALTER TABLE ONLY), after its parents' changes.
  void InheritedDefault(const ObjectRef& ref, const std::string& table, const Column& b);
  // The alter of an inherited column ordered after its parents' (whose alters may recurse).
  void AfterParents(const ObjectRef& ref, const std::string& column);
  // Whether `table` has inheritance children or partitions on either side.
  bool HasChildTables(const std::string& table) const;
  // Whether a foreign table is among `table`'s partitions or children, at any depth (old side).
  bool HasForeignDescendant(const std::string& table) const;

  // A kept column holds text from before `before` until after `after` (its type changes under it).
  void HoldAsText(const ObjectRef& holder, const std::string& why, const NodeKey& before, const NodeKey& after);
  // The kept columns of kept tables whose type, unchanged, is `type` or an array of it.
  std::vector<ObjectRef> ColumnsOfType(const std::string& type) const;
 private:
  // A column of a table typed by the same composite type on both sides: the type's ALTER
  // ... CASCADE adds, drops and retypes it. The type's ref, then.
  std::optional<ObjectRef> TypedBy(const ObjectRef& column) const;
  void HoldRowTypeAsText(const ObjectRef& retyped, const std::string& table);
  void PlanNotNull(const ObjectRef& ref, const std::string& table, const Column& b);
  void PlanOwnNotNull(const ObjectRef& ref, const std::string& table, const Column& b);
  void AlterNotNullConstraint(const ObjectRef& ref, const std::string& table, const Column& a, const Column& b);

  // The "from" side's columns (table, column) by their type, arrays under their element
  // type: made on the first ColumnsOfType, so a plan that drops many tables does not scan
  // every column once per table.
  mutable std::optional<std::unordered_map<std::string, std::vector<std::pair<const catalog::Table*, const Column*>>>>
      columns_by_type_;
};

// Identity columns and the sequences columns own (plan_identity.cc): sequence names and
// schemas, the options an identity's ALTER changes, and sequences continued past the rows.
class IdentityPlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  // Identity added, dropped, switched or given other sequence options (those `ch` names).
  void PlanIdentity(const Change& ch, const std::string& table, const Column& a, const Column& b);
  // `node` waits for the schema of the identity sequence `c` names, when the plan makes it.
  void AfterSequenceSchema(const NodeKey& node, const Column& c);
  // In `node`: setval of the column's identity or serial sequence (or of `sequence`, an id)
  // past the largest value the table holds (nothing when it holds none below the start).
  void ContinueIdentityPastRows(const NodeKey& node, const std::string& column_id, const std::string& table,
                                const Column& c, const std::string& sequence = "");
  void ContinueNewSequencePastRows(const ObjectRef& ref, const std::string& table, const Column& b);
  // The identity sequence of a column of `table`, {schema, name} quoted.
  std::pair<std::string, std::string> IdentitySequence(const std::string& table, const Index& idx,
                                                       const Column& c) const;

 private:
  void SetIdentityPersistence(const Change& ch, const std::string& table, const Column& a, const Column& b,
                              bool identity_recreated);
  static std::string IdentityAlterClauses(const std::string& from_options, const std::string& options);
  // Whether the new options' MINVALUE..MAXVALUE leave out values the old ones allowed.
  static bool IdentityBoundsNarrow(const std::string& from_options, const std::string& options);
};

class PartPlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  void CreatePart(const catalog::TablePart& p);
  // What CREATE of `p` adds to it, for one PostgreSQL made by itself: comment, CLUSTER,
  // statistics targets, replica identity.
  void AfterImplicitCreate(const catalog::TablePart& p);
  void DropPart(const catalog::TablePart& p, bool removed);
  absl::Status AlterPart(const Change& c);
  // Once every change is planned: the states of trigger clones on partitions the plan makes
  // or attaches, for triggers it leaves alone.
  void RestoreClonedTriggerStates();
  // ALTER COLUMN TYPE builds the statistics objects on the column again, at the default
  // target: a kept one's own target is set again after it.
  void RestoreStatisticsTargets();
  // Once every edge is known: each index of indexes_built_aside that nothing else waits to see
  // dropped is built under a temporary name, then the old one dropped and the new renamed.
  void BuildIndexesAside();

 private:
  static std::string PartPhrase(const catalog::TablePart& p);
  // In `step` of trigger `b`: ALTER TABLE partition ... TRIGGER for each partition of
  // b.partition_enabled that `which` takes.
  void PartitionTriggerStates(Step step, const catalog::TablePart& b,
                              const std::function<bool(const std::string&)>& which);
  // Comments on `b` and on its key's index, turned from `a`'s (null: none, as made anew).
  void PartComments(Step step, const catalog::TablePart* a, const catalog::TablePart& b);
  void IndexAttributes(const catalog::TablePart& p);
  void ClusterMark(const catalog::TablePart& p);  // ALTER TABLE ... CLUSTER ON, for an index or a key
  // The quoted temporary name an index redefined online is built under (indexes_built_aside).
  std::string NameAside(const catalog::TablePart& p) const;
  // Each statistics target `b` sets that `a` (null: made anew) does not; one only `a` sets goes
  // back to the default (-1).
  void StatisticsTargets(Step step, const catalog::TablePart* a, const catalog::TablePart& b);
  void CreateConstraint(const catalog::TablePart& p, bool new_table);
};

// Relations moved to another tablespace (the tablespaces themselves are cluster-wide, like
// roles: never created or dropped by a plan). A move with storage copies the relation under
// ACCESS EXCLUSIVE; online, an index is rebuilt there by REINDEX ... CONCURRENTLY instead.
class TablespacePlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  // The tablespace CREATE TABLE must name for `t`: a partition left out of it would take its
  // parent's, so one in the default says pg_default.
  std::string CreateTablespace(const catalog::Table& t) const;
  void MoveTable(const catalog::Table& b);
  void MoveView(const catalog::View& b);
  void MovePart(Step step, const catalog::TablePart& b);
  // A clone PostgreSQL made of a parent's index took the parent's tablespace: moved when the
  // target's is another.
  void AfterClone(const catalog::TablePart& b);

 private:
  // ALTER <keyword> name SET TABLESPACE; `storage`: the relation holds blocks to copy.
  void SetTablespace(Step step, const ObjectRef& ref, const std::string& keyword, const std::string& name,
                     const std::string& tablespace, bool storage, const std::string& safer);
};

// Partitions' indexes and keys attached to their parent table's (plan_attached.cc): their
// changes wait until every other change is planned, since what PostgreSQL does by itself
// depends on what happens to the tables and the parents'.
class AttachedPlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  void Defer(const ObjectRef& ref) { deferred_.insert(ref); }
  absl::Status Resolve();

 private:
  bool TableCreated(const std::string& table) const;
  bool TableAttached(const std::string& table) const;
  bool TableDetached(const std::string& table) const;
  bool Gone(const ObjectRef& ref) const;
  absl::Status ResolveDrops();
  absl::Status ResolveOne(const ObjectRef& ref);
  void CreateAttachedTo(const ObjectRef& parent);
  void CreateAndAttach(const catalog::TablePart& p, const ObjectRef& parent);
  void Attach(const catalog::TablePart& p, const ObjectRef& parent);
  void NameClone(const catalog::TablePart& p, const ObjectRef& parent);

  std::set<ObjectRef> deferred_, planned_;
};

class DependentsPlanner : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  absl::Status RecreateDependents();
  // Operators whose COMMUTATOR or NEGATOR a drop clears, re-created after it.
  absl::Status RelinkOperators();
  // Columns of OID alias types (regconfig, ...) hold text while objects of that kind are made
  // again; `predict`: before RecreateDependents, counting what it will likely re-create.
  void HoldOidAliases(bool predict);
  // Before an object of such a kind goes for good, a check that no row names it (its OID
  // would dangle): the plan fails there, naming the column, instead.
  void RefuseDanglingOidAliases();
  // Renames are never guessed: a dropped and an added object of the same shape is said.
  void MarkPossibleRenames();

 private:
  absl::Status RestoreColumnAround(const ObjectRef& column, const ObjectRef& cause);
  // A foreign key over `column` that PostgreSQL would refuse once one end is retyped.
  bool ForeignKeyBreaksMidway(const ObjectRef& constraint, const ObjectRef& column) const;
};

class Orderer : PlannerPart {
 public:
  using PlannerPart::PlannerPart;
  absl::StatusOr<std::vector<Statement>> Order();
  std::vector<ObjectRef> DependentsOf(const ObjectRef& ref, const Index& idx) const;
  bool HasDefaultHolder(const ObjectRef& column) const;

 private:
  std::optional<NodeKey> NodeFor(Step step, const ObjectRef& ref, const Index& idx) const;
  bool BreakCycle(const std::set<NodeKey>& stuck);
  // The same for a column added, retyped or dropped whose default calls such a function.
  bool BreakColumnCycle(const NodeKey& key, const std::set<NodeKey>& stuck);
  void SetDefaultApart(const NodeKey& made, const ObjectRef& column, const std::string& sql,
                       const std::vector<NodeKey>& used);
  bool DropDefaultApart(const ObjectRef& column, const std::string& alter, const std::vector<NodeKey>& used);
  bool IsOwnFunction(const ObjectRef& type, const ObjectRef& function, const Index& idx) const;
  std::vector<ObjectRef> DependenciesOf(const ObjectRef& ref, const Index& idx) const;
  // A step that calls a user function over existing rows (a default, CHECK or index added
  // to a table with rows, a conversion to a domain whose CHECK calls one, a materialized
  // view filled): ordered late among what is ready.
  bool RunsUserFunctionsOverRows(const NodeKey& key) const;
  void AlterColumnsBeforeAttach();
};

// Plans one direction: from -> to. Dispatches each change to the planner of its kind.
class Planner {
 public:
  Planner(const Catalog& from, const Catalog& to, const Options& options)
      : own_from_(std::in_place, from), own_to_(std::in_place, to),
        ctx_{*own_from_, *own_to_, options, catalog::PlanTargetMajor(from.server_version, to.server_version)} {}
  // With indexes built once for both directions and the changes already diffed (PlanMigration:
  // the down plan reuses the up plan's indexes and the reverse of its diff).
  Planner(const Index& from, const Index& to, std::vector<Change> changes, const Options& options)
      : ctx_{from, to, options,
             catalog::PlanTargetMajor(from.catalog().server_version, to.catalog().server_version),
             std::move(changes)},
        have_changes_(true) {}
  Planner(const Planner&) = delete;
  Planner& operator=(const Planner&) = delete;

  absl::StatusOr<std::vector<Statement>> Run();

  // For the planners of each kind.
  absl::Status CreateObject(const ObjectRef& ref);
  absl::Status DropObject(const ObjectRef& ref);
  absl::Status Recreate(const ObjectRef& ref);
  // The planner of one kind: Part<ColumnPlanner>().
  template <typename P>
  P& Part() {
    return std::get<P>(parts_);
  }

 private:
  absl::Status PlanChange(const Change& c);
  absl::Status PlanCreate(const ObjectRef& ref);
  absl::Status PlanDrop(const ObjectRef& ref);
  absl::Status PlanAlter(const Change& c);

  std::optional<Index> own_from_, own_to_;  // when built for this planner alone
  Context ctx_;
  bool have_changes_ = false;  // changes given: not diffed again
  // Each built with this planner and ctx_, which are declared before it.
  template <typename... P>
  static std::tuple<P...> MakeParts(Planner& planner, Context& ctx, std::tuple<P...>* /*types*/) {
    return std::tuple<P...>(P(planner, ctx)...);
  }
  using Parts = std::tuple<PrivilegePlanner, ObjectPlanner, TypePlanner, TablePlanner, ViewPlanner, InheritancePlanner,
                           ColumnPlanner, IdentityPlanner, PartPlanner, AttachedPlanner, TablespacePlanner,
                           DependentsPlanner, Orderer>;
  Parts parts_ = MakeParts(*this, ctx_, static_cast<Parts*>(nullptr));
};

}  // namespace schemaservice::plan::internal
