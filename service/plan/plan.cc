#include "service/plan/plan.h"

#include <algorithm>
#include <optional>
#include <thread>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/plan/planner.h"
#include "service/plan/rename_apply.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::plan {
namespace internal {

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
    case Kind::kPublication: return 18;
    case Kind::kForeignDataWrapper: return 19;
    case Kind::kForeignServer: return 20;
    case Kind::kTextSearchDictionary: return 21;
    case Kind::kTextSearchConfiguration: return 22;
    case Kind::kCast: return 23;
    case Kind::kOperator: return 24;
    case Kind::kOperatorFamily: return 25;
    case Kind::kOperatorClass: return 26;
    case Kind::kTextSearchParser: return 27;
    case Kind::kTextSearchTemplate: return 28;
    case Kind::kConversion: return 29;
    case Kind::kLanguage: return 30;
    case Kind::kAccessMethod: return 31;
    case Kind::kTransform: return 32;
    case Kind::kUserMapping: return 33;
    case Kind::kSubscription: return 34;
  }
  return 99;
}

// `from` was read from the target, so what both sides hold passes: what only `to` holds is
// what the plan would have to create there.
absl::Status CheckTarget(const Catalog& to, int target) {
  using catalog::Feature;
  std::vector<std::string> missing;
  auto need = [&](Feature f, const std::string& what) {
    if (catalog::SinceMajor(f) > target) {
      missing.push_back(absl::StrCat(what, " uses ", catalog::FeatureName(f), " (PostgreSQL ",
                                     catalog::SinceMajor(f), ")"));
    }
  };
  auto grants = [&](const std::vector<catalog::Grant>& gs, const std::string& what) {
    for (const catalog::Grant& g : gs) {
      if (g.privilege == "MAINTAIN") {
        need(Feature::kMaintainPrivilege, what);
        return;
      }
    }
  };
  for (const auto& c : to.collations) {
    if (absl::StrContains(c.definition, "rules = ")) need(Feature::kIcuCollationRules, absl::StrCat("collation ", c.c.ref.id));
    if (absl::StrContains(c.definition, "provider = builtin")) {
      need(absl::StrContains(c.definition, "'PG_UNICODE_FAST'") ? Feature::kBuiltinCollationUnicode
                                                                : Feature::kBuiltinCollationProvider,
           absl::StrCat("collation ", c.c.ref.id));
    }
  }
  for (const auto& t : to.types) {
    if (!t.not_null_name.empty()) need(Feature::kNamedDomainNotNull, absl::StrCat("domain ", t.c.ref.id));
  }
  for (const auto& t : to.tables) {
    grants(t.c.grants, absl::StrCat("table ", t.c.ref.id));
    for (const Column& col : t.columns) {
      const std::string what = absl::StrCat("column ", Index::ColumnRef(t, col).id);
      if (col.virtual_generated) need(Feature::kVirtualGeneratedColumn, what);
      if (!col.not_null_name.empty()) need(Feature::kNamedNotNull, what);
      if (col.not_null && !col.not_null_valid) need(Feature::kNotNullNotValid, what);
      if (col.not_null && col.not_null_no_inherit) need(Feature::kNotNullNoInherit, what);
      if (col.collation == "pg_catalog.pg_c_utf8") need(Feature::kBuiltinCollationC, what);
      if (col.collation == "pg_catalog.pg_unicode_fast") need(Feature::kBuiltinCollationUnicode, what);
    }
  }
  for (const auto& v : to.views) grants(v.c.grants, absl::StrCat("view ", v.c.ref.id));
  for (const auto& p : to.parts) {
    if (p.c.ref.kind != Kind::kConstraint) continue;
    if (!p.enforced) need(Feature::kNotEnforcedConstraint, absl::StrCat("constraint ", p.c.ref.id));
    if (p.period) need(Feature::kTemporalConstraint, absl::StrCat("constraint ", p.c.ref.id));
  }
  for (const auto& d : to.default_privileges) {
    const std::string what = absl::StrCat("default privileges ", d.c.ref.id);
    grants(d.c.grants, what);
    if (d.object_type == 'L') need(Feature::kLargeObjectDefaultPrivileges, what);
  }
  for (const auto& e : to.event_triggers) {
    if (absl::StartsWith(e.definition, "ON login")) need(Feature::kLoginEventTrigger, absl::StrCat("event trigger ", e.c.ref.id));
  }
  for (const auto& p : to.publications) {
    if (absl::StrContains(p.definition, "publish_generated_columns")) {
      need(Feature::kPublishGeneratedColumns, absl::StrCat("publication ", p.c.ref.id));
    }
  }
  if (missing.empty()) return absl::OkStatus();
  std::sort(missing.begin(), missing.end());
  return absl::FailedPreconditionError(absl::StrCat(
      "cannot plan for PostgreSQL ", target, ", the major of the database the plan runs on: ",
      absl::StrJoin(missing, "; "), "; upgrade that database first or leave these out"));
}

absl::StatusOr<std::vector<Statement>> Planner::Run() {
  RETURN_IF_ERROR(CheckTarget(ctx_.to.catalog(), ctx_.target));
  if (!have_changes_) ctx_.changes = diff::Diff(ctx_.from.catalog(), ctx_.to.catalog());
  for (const Change& c : ctx_.changes) {
    if (c.action == Action::kCreate && c.ref.kind == Kind::kTable) ctx_.new_tables.insert(c.ref.id);
  }
  for (const Change& c : ctx_.changes) {
    if (c.action == Action::kDrop && c.ref.kind == Kind::kTable) ctx_.dropped_tables.insert(c.ref.id);
    if (c.action == Action::kDrop && c.ref.kind == Kind::kColumn) ctx_.removed_columns.insert(c.ref);
  }
  for (const Change& c : ctx_.changes) RETURN_IF_ERROR(PlanChange(c));
  Part<InheritancePlanner>().RejoinForRetypes();
  for (const std::string& table : ctx_.replica_index_tables) {
    const auto* t = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
    const ObjectRef index{Kind::kIndex, absl::StrCat(table, ".", t->replica_identity_index)};
    // USING INDEX with the index gone since (DROP INDEX leaves the table so): what dropping
    // the index that has the mark gives; no statement names none.
    if (t->replica_identity_index.empty()) continue;
    if (!ctx_.graph.Has(Step::kCreate, index)) {
      ctx_.graph.Emit(Step::kAlter, t->c.ref, absl::StrCat("ALTER TABLE ", table, " REPLICA IDENTITY USING INDEX ", t->replica_identity_index),
           "set replica identity index");
    }
  }
  DependentsPlanner& dependents = Part<DependentsPlanner>();
  RETURN_IF_ERROR(dependents.RelinkOperators());
  dependents.HoldOidAliases(/*predict=*/true);
  RETURN_IF_ERROR(dependents.RecreateDependents());
  dependents.HoldOidAliases(/*predict=*/false);  // ordered around what it did re-create
  dependents.RefuseDanglingOidAliases();
  RETURN_IF_ERROR(Part<TablePlanner>().MovePartitionRows());
  RETURN_IF_ERROR(Part<AttachedPlanner>().Resolve());
  Part<PartPlanner>().RestoreClonedTriggerStates();
  Part<PartPlanner>().RestoreStatisticsTargets();
  dependents.MarkPossibleRenames();
  return Part<Orderer>().Order();
}

absl::Status Planner::PlanChange(const Change& c) {
  switch (c.action) {
    case Action::kCreate: return PlanCreate(c.ref);
    case Action::kDrop: return PlanDrop(c.ref);
    case Action::kAlter: return PlanAlter(c);
  }
  return absl::OkStatus();
}

absl::Status Planner::PlanCreate(const ObjectRef& ref) {
  const Obj* o = ctx_.to.Find(ref);
  if (o && o->has_owner() && ref.kind == Kind::kColumn && ctx_.recreated_tables.count(o->owner().id)) {
    return absl::OkStatus();  // part of the recreated table's CREATE
  }
  return CreateObject(ref);
}

absl::Status Planner::PlanDrop(const ObjectRef& ref) {
  const Obj* o = ctx_.from.Find(ref);
  if (o == nullptr) return absl::InternalError(absl::StrCat("unknown object ", ref.id));
  if (o->has_owner() && ctx_.recreated_tables.count(o->owner().id)) {
    return absl::OkStatus();  // goes with the recreated table
  }
  if (o->has_owner() && ctx_.dropped_tables.count(o->owner().id)) {
    // Goes with its table, except a foreign key: dropped first, so tables that reference
    // each other can go in any order.
    const auto* part = ctx_.from.Get<catalog::TablePart>(ref);
    if (ref.kind == Kind::kConstraint && part->constraint_type == 'f' && part->attached_to.empty()) {
      Part<PartPlanner>().DropPart(*part, /*removed=*/true);
    }
    return absl::OkStatus();
  }
  if (ref.kind == Kind::kConstraint) {
    RETURN_IF_ERROR(Part<InheritancePlanner>().LeaveCheckToParents(*ctx_.from.Get<catalog::TablePart>(ref)));
  }
  return DropObject(ref);
}

absl::Status Planner::Recreate(const ObjectRef& ref) {
  if (ctx_.graph.Has(Step::kDrop, ref) && ctx_.graph.Has(Step::kCreate, ref)) return absl::OkStatus();
  // The create makes the whole target object: changes planned in place are moot, and would
  // run on the dropped one.
  ctx_.graph.Erase(NodeKey{Step::kAlter, ref});
  RETURN_IF_ERROR(DropObject(ref));
  return CreateObject(ref);
}

absl::Status Planner::CreateObject(const ObjectRef& ref) {
  if (ctx_.graph.Has(Step::kCreate, ref)) return absl::OkStatus();
  if (ctx_.to.Find(ref) == nullptr) return absl::InternalError(absl::StrCat("unknown object ", ref.id));
  ctx_.graph.At(Step::kCreate, ref);
  switch (ref.kind) {
    case Kind::kType: Part<TypePlanner>().CreateType(*ctx_.to.Get<catalog::Type>(ref)); break;
    case Kind::kTable: return Part<TablePlanner>().CreateTable(*ctx_.to.Get<catalog::Table>(ref));
    case Kind::kColumn: return Part<ColumnPlanner>().AddColumn(ref);
    case Kind::kView: Part<ViewPlanner>().CreateView(*ctx_.to.Get<catalog::View>(ref)); break;
    case Kind::kSequenceOwner: break;
    default:
      if (IsTablePart(ref.kind)) {
        const auto* part = ctx_.to.Get<catalog::TablePart>(ref);
        if (part->attached_to.empty()) {
          Part<PartPlanner>().CreatePart(*part);
        } else {
          Part<AttachedPlanner>().Defer(ref);
        }
      } else {
        Part<ObjectPlanner>().Create(ref);
      }
  }
  return absl::OkStatus();
}

absl::Status Planner::DropObject(const ObjectRef& ref) {
  if (ctx_.graph.Has(Step::kDrop, ref)) return absl::OkStatus();
  if (ctx_.from.Find(ref) == nullptr) return absl::InternalError(absl::StrCat("unknown object ", ref.id));
  ctx_.graph.At(Step::kDrop, ref);
  const bool removed = ctx_.to.Find(ref) == nullptr;  // not a recreate
  switch (ref.kind) {
    case Kind::kType: return Part<TypePlanner>().DropType(ref, removed);
    case Kind::kTable: Part<TablePlanner>().DropTable(ref, removed); break;
    case Kind::kView: Part<ViewPlanner>().DropView(ref, removed); break;
    case Kind::kColumn: Part<ColumnPlanner>().DropColumn(ref); break;
    case Kind::kSequenceOwner: break;
    default:
      if (IsTablePart(ref.kind)) {
        const auto* part = ctx_.from.Get<catalog::TablePart>(ref);
        if (part->attached_to.empty()) {
          Part<PartPlanner>().DropPart(*part, removed);
        } else {
          Part<AttachedPlanner>().Defer(ref);
        }
      } else {
        Part<ObjectPlanner>().Drop(ref, removed);
      }
  }
  return absl::OkStatus();
}

absl::Status Planner::PlanAlter(const Change& c) {
  switch (c.ref.kind) {
    case Kind::kType: return Part<TypePlanner>().AlterType(c);
    case Kind::kTable: return Part<TablePlanner>().AlterTable(c);
    case Kind::kColumn: return Part<ColumnPlanner>().AlterColumn(c);
    case Kind::kView: return Part<ViewPlanner>().AlterView(c);
    case Kind::kSequenceOwner: return absl::OkStatus();
    default: return IsTablePart(c.ref.kind) ? Part<PartPlanner>().AlterPart(c) : Part<ObjectPlanner>().Alter(c);
  }
}

}  // namespace internal

using catalog::Catalog;


const char* HazardKindName(HazardKind kind) {
  static constexpr const char* kNames[] = {
      "DATA_LOSS", "TABLE_REWRITE", "ACCESS_EXCLUSIVE_LOCK", "NOT_TRANSACTIONAL",
      "POSSIBLE_RENAME", "TABLE_SCAN", "SHARE_LOCK", "BACKWARD_INCOMPATIBLE",
  };
  return kNames[static_cast<int>(kind)];
}

const char* SeverityName(Severity severity) {
  static constexpr const char* kNames[] = {"info", "warning", "error"};
  return kNames[static_cast<int>(severity)];
}

namespace {

// The renames first, then the plan from the catalog they leave, where the renamed objects
// match the target. `changes` gets the renames and the rest of the diff.
absl::StatusOr<std::vector<Statement>> PlanWithRenames(const Catalog& from, const Catalog& to, Options options,
                                                       std::vector<diff::Change>* changes) {
  ASSIGN_OR_RETURN(internal::Renamed renamed, internal::ApplyRenames(from, to, options.renames));
  options.renames.clear();
  std::vector<diff::Change> rest = diff::Diff(renamed.from, to);
  ASSIGN_OR_RETURN(std::vector<Statement> statements,
                   internal::Planner(internal::Index(renamed.from), internal::Index(to), rest, options).Run());
  if (changes != nullptr) {
    *changes = std::move(renamed.changes);
    changes->insert(changes->end(), rest.begin(), rest.end());
  }
  renamed.statements.insert(renamed.statements.end(), std::make_move_iterator(statements.begin()),
                            std::make_move_iterator(statements.end()));
  return std::move(renamed.statements);
}

}  // namespace

absl::StatusOr<std::vector<Statement>> PlanStatements(const Catalog& from, const Catalog& to,
                                                      const Options& options) {
  if (!options.renames.empty() || internal::ExtensionsMove(from, to)) return PlanWithRenames(from, to, options, nullptr);
  return internal::Planner(from, to, options).Run();
}

IndexedCatalog::IndexedCatalog(const Catalog& c) : catalog_(&c), index_(std::make_unique<internal::Index>(c)) {}
IndexedCatalog::~IndexedCatalog() = default;
IndexedCatalog::IndexedCatalog(IndexedCatalog&&) noexcept = default;
IndexedCatalog& IndexedCatalog::operator=(IndexedCatalog&&) noexcept = default;

absl::StatusOr<Plan> PlanMigration(const Catalog& from, const Catalog& to, const Options& options) {
  if (!options.renames.empty() || internal::ExtensionsMove(from, to) || internal::ExtensionsMove(to, from)) {
    // Renames and extension moves plan on catalogs edited for them: the indexes would go unused.
    Plan plan;
    ASSIGN_OR_RETURN(plan.up, PlanWithRenames(from, to, options, &plan.changes));
    Options reversed = options;
    for (RenameHint& hint : reversed.renames) hint = hint.Reversed();
    absl::StatusOr<std::vector<Statement>> down = PlanWithRenames(to, from, reversed, nullptr);
    if (!down.ok()) return Annotate(down.status(), "planning the down migration");
    plan.down = std::move(*down);
    return plan;
  }
  std::optional<IndexedCatalog> from_index, to_index;
  std::thread index_to([&] { to_index.emplace(to); });
  from_index.emplace(from);
  index_to.join();
  absl::StatusOr<Plan> plan = PlanMigration(*from_index, *to_index, options);
  // The indexes are freed at once too (hundreds of thousands of nodes at 10,000 tables).
  std::thread free_to([&] { to_index.reset(); });
  from_index.reset();
  free_to.join();
  return plan;
}

absl::StatusOr<Plan> PlanMigration(const IndexedCatalog& from, const IndexedCatalog& to, const Options& options) {
  if (!options.renames.empty() || internal::ExtensionsMove(from.catalog(), to.catalog()) ||
      internal::ExtensionsMove(to.catalog(), from.catalog())) {
    return PlanMigration(from.catalog(), to.catalog(), options);
  }
  // One diff (the down plan's is its reverse) and one index per catalog, shared by both
  // directions; up and down are independent, so they are planned at once. The result does
  // not depend on the threads: each planner is the same sequential computation as before.
  Plan plan;
  plan.changes = diff::Diff(from.catalog(), to.catalog());
  absl::StatusOr<std::vector<Statement>> down = absl::InternalError("not planned");
  std::thread down_planner([&] {
    down = internal::Planner(to.index(), from.index(), diff::Reverse(plan.changes), options).Run();
  });
  absl::StatusOr<std::vector<Statement>> up = internal::Planner(from.index(), to.index(), plan.changes, options).Run();
  down_planner.join();
  if (!up.ok()) return up.status();
  // A change only its reverse cannot make (jsonb -> integer has a cast, integer -> jsonb none)
  // says which plan refused.
  if (!down.ok()) return Annotate(down.status(), "planning the down migration");
  plan.up = std::move(*up);
  plan.down = std::move(*down);
  return plan;
}

std::string RenderSql(const std::vector<Statement>& statements) {
  std::string out;
  for (const Statement& s : statements) {
    // Names may hold newlines: comment text is escaped so it cannot end its line.
    absl::StrAppend(&out, "-- ", CommentText(s.description), "\n");
    for (const Hazard& h : s.hazards) {
      absl::StrAppend(&out, "-- hazard ", HazardKindName(h.kind), " (", SeverityName(h.severity), ", ",
                      CommentText(h.rule), "): ", CommentText(h.message));
      if (!h.safer_alternative.empty()) absl::StrAppend(&out, "; safer: ", CommentText(h.safer_alternative));
      absl::StrAppend(&out, "\n");
    }
    if (!s.transactional) absl::StrAppend(&out, "-- schemaservice:no-transaction\n");
    absl::StrAppend(&out, s.sql, ";\n\n");
  }
  return out;
}

}  // namespace schemaservice::plan
