#include "service/plan/plan.h"

#include <algorithm>
#include <map>
#include <queue>
#include <regex>
#include <optional>
#include <set>
#include <thread>
#include <tuple>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"
#include "service/plan/planner.h"
#include "service/plan/rename_apply.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::plan {
namespace internal {

Hazard MakeHazard(HazardKind kind, Severity severity, std::string rule, std::string message,
                  std::string safer) {
  return Hazard{kind, severity, std::move(rule), std::move(message), std::move(safer)};
}

std::vector<Hazard> OnlyIf(bool condition, Hazard hazard) {
  if (!condition) return {};
  return {std::move(hazard)};
}

// Nothing in the service sets lock_timeout or retries: the advice is for whoever applies it.
Hazard AccessExclusive(const std::string& what) {
  return MakeHazard(HazardKind::kAccessExclusiveLock, Severity::kInfo, "access-exclusive",
                    absl::StrCat("takes an ACCESS EXCLUSIVE lock on ", what,
                                 ": it queues behind every running query on it, and every reader "
                                 "and writer queues behind it until it commits"),
                    kShortLockTimeout);
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

namespace {

// A type's facts with domains replaced by their base type.
const catalog::TypeFacts* Resolved(const Catalog& c, const std::string& name) {
  const catalog::TypeFacts* f = c.FindTypeFacts(name);
  for (int depth = 0; f != nullptr && f->kind == 'd' && depth < 32; ++depth) f = c.FindTypeFacts(f->base);
  return f;
}

}  // namespace

Conversion ConversionOf(const Catalog& from, const std::string& from_type, const Catalog& to,
                        const std::string& to_type) {
  const catalog::TypeFacts* s = Resolved(from, from_type);
  const catalog::TypeFacts* t = Resolved(to, to_type);
  if (s == nullptr || t == nullptr) return Conversion::kUnknown;
  if (s->name == t->name) return Conversion::kDirect;
  if (t->kind == 'e' && (s->kind == 'e' || s->category == 'S')) return Conversion::kThroughText;
  if (std::binary_search(s->casts_to.begin(), s->casts_to.end(), t->name)) return Conversion::kDirect;
  if (s->category == 'A' && t->category == 'A' && !s->element.empty() && !t->element.empty()) {
    return ConversionOf(from, s->element, to, t->element);
  }
  if (s->category == 'S' || t->category == 'S') return Conversion::kDirect;
  return Conversion::kNone;
}

bool VolatileDefault(const std::string& expr) {
  for (const char* f : {"nextval(", "random(", "clock_timestamp(", "gen_random_uuid(",
                        "uuid_generate", "timeofday("}) {
    if (absl::StrContains(expr, f)) return true;
  }
  return false;
}

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
  }
  return 99;
}

// Everything `to` holds must exist on the target: `from` was read from the target, so what
// both sides hold passes, and what only `to` holds is what the plan would have to create.
absl::Status Planner::CheckTarget() const {
  using catalog::Feature;
  const Catalog& to = to_.catalog();
  std::vector<std::string> missing;
  auto need = [&](Feature f, const std::string& what) {
    if (catalog::SinceMajor(f) > target_) {
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
      "cannot plan for PostgreSQL ", target_, ", the major of the database the plan runs on: ",
      absl::StrJoin(missing, "; "), "; upgrade that database first or leave these out"));
}

absl::StatusOr<std::vector<Statement>> Planner::Run() {
  RETURN_IF_ERROR(CheckTarget());
  if (!have_changes_) changes_ = diff::Diff(from_.catalog(), to_.catalog());
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

Node& Planner::At(Step step, const ObjectRef& ref) { return nodes_[NodeKey{step, ref}]; }

bool Planner::Has(Step step, const ObjectRef& ref) const { return nodes_.count(NodeKey{step, ref}) > 0; }

void Planner::Emit(Step step, const ObjectRef& ref, Statement s) {
  std::sort(s.hazards.begin(), s.hazards.end());
  s.hazards.erase(std::unique(s.hazards.begin(), s.hazards.end()), s.hazards.end());
  At(step, ref).statements.push_back(std::move(s));
}

void Planner::Emit(Step step, const ObjectRef& ref, std::string sql, std::string description,
          std::vector<Hazard> hazards, std::string lock) {
  Emit(step, ref, Statement{std::move(sql), std::move(description), std::move(hazards), true,
                            std::move(lock)});
}

bool Planner::IsNewTable(const std::string& relation) const { return new_tables_.count(relation) > 0; }

absl::Status Planner::PlanChange(const Change& c) {
  switch (c.action) {
    case Action::kCreate: return PlanCreate(c.ref);
    case Action::kDrop: return PlanDrop(c.ref);
    case Action::kAlter: return PlanAlter(c);
  }
  return absl::OkStatus();
}

absl::Status Planner::PlanCreate(const ObjectRef& ref) {
  const Obj* o = to_.Find(ref);
  if (o && o->has_owner && ref.kind == Kind::kColumn && recreated_tables_.count(o->owner.id)) {
    return absl::OkStatus();  // part of the recreated table's CREATE
  }
  return CreateObject(ref);
}

absl::Status Planner::PlanDrop(const ObjectRef& ref) {
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

absl::Status Planner::Recreate(const ObjectRef& ref) {
  if (Has(Step::kDrop, ref) && Has(Step::kCreate, ref)) return absl::OkStatus();
  RETURN_IF_ERROR(DropObject(ref));
  return CreateObject(ref);
}

absl::Status Planner::CreateObject(const ObjectRef& ref) {
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
           absl::StrCat("create ", f->kind == 'p' ? "procedure " : f->kind == 'a' ? "aggregate " : "function ", ref.id));
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
    case Kind::kPublication: {
      const auto* pub = to_.Get<catalog::Publication>(ref);
      Emit(Step::kCreate, ref, absl::StrCat("CREATE PUBLICATION ", ref.id, " ", pub->definition),
           absl::StrCat("create publication ", ref.id));
      CommonAfterCreate(pub->c, Kind::kPublication, 0);
      break;
    }
    case Kind::kForeignDataWrapper:
    case Kind::kForeignServer: CreateDefined(ref); break;
    case Kind::kSequenceOwner: break;
  }
  return absl::OkStatus();
}

// Whether a foreign key (of the old schema) references `table` or a table it is a partition of.
bool Planner::PartitionTreeIsReferenced(const std::string& table) const {
  for (const catalog::TablePart& p : from_.catalog().parts) {
    if (p.c.ref.kind != Kind::kConstraint || p.constraint_type != 'f') continue;
    for (const ObjectRef& d : p.c.depends_on) {
      const Obj* o = from_.Find(d);
      const std::string& referenced = d.kind == Kind::kTable ? d.id : o && o->has_owner ? o->owner.id : "";
      if (referenced == table) return true;
    }
  }
  const auto* t = from_.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
  return t != nullptr && !t->partition_of.empty() && PartitionTreeIsReferenced(t->partition_of);
}

absl::Status Planner::DropObject(const ObjectRef& ref) {
  if (Has(Step::kDrop, ref)) return absl::OkStatus();
  const Obj* o = from_.Find(ref);
  if (o == nullptr) return absl::InternalError(absl::StrCat("unknown object ", ref.id));
  At(Step::kDrop, ref);
  const bool removed = to_.Find(ref) == nullptr;  // not a recreate
  switch (ref.kind) {
    case Kind::kSchema:
      Emit(Step::kDrop, ref, absl::StrCat("DROP SCHEMA ", ref.id), absl::StrCat("drop schema ", ref.id),
           {MakeHazard(HazardKind::kDataLoss, Severity::kError, "drop-schema",
                       "drops the schema", "drop it in a migration of its own, once nothing uses it")});
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
      Emit(Step::kDrop, ref, absl::StrCat("DROP ", f->kind == 'p' ? "PROCEDURE " : f->kind == 'a' ? "AGGREGATE " : "FUNCTION ", ref.id),
           absl::StrCat("drop function ", ref.id),
           OnlyIf(removed, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning,
                                                    "drop-other", "callers of the function break")));
      break;
    }
    case Kind::kTable: {
      // A partition of a table a foreign key references cannot be dropped (the key's clone
      // depends on it); detached first, where PostgreSQL checks no referencing row needs it.
      const auto* t = from_.Get<catalog::Table>(ref);
      if (removed && !t->partition_of.empty() && !dropped_tables_.count(t->partition_of) &&
          PartitionTreeIsReferenced(t->partition_of)) {
        Emit(Step::kDrop, ref, absl::StrCat("ALTER TABLE ", t->partition_of, " DETACH PARTITION ", ref.id),
             absl::StrCat("detach partition ", ref.id, " before dropping it"), {AccessExclusive(t->partition_of)},
             "ACCESS EXCLUSIVE");
      }
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
    case Kind::kPublication:
      Emit(Step::kDrop, ref, absl::StrCat("DROP PUBLICATION ", ref.id), absl::StrCat("drop publication ", ref.id),
           OnlyIf(removed, MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "drop-other",
                                      "subscribers of the publication stop receiving changes")));
      break;
    case Kind::kForeignDataWrapper:
    case Kind::kForeignServer: DropDefined(ref, removed); break;
    case Kind::kSequenceOwner: break;
  }
  return absl::OkStatus();
}

void Planner::CommonAfterCreate(const Common& c, Kind kind, char subkind) {
  const std::string phrase = ObjectPhrase(c, kind, subkind);
  const std::string comment = CommentSql(phrase, std::nullopt, c.comment);
  if (!comment.empty()) Emit(Step::kCreate, c.ref, comment, absl::StrCat("comment on ", c.ref.id));
  std::string on = phrase;
  if (kind == Kind::kFunction && subkind == 'a') on = absl::StrCat("FUNCTION ", c.ref.id);
  if (kind == Kind::kView) on = absl::StrCat("TABLE ", c.ref.id);
  if (kind == Kind::kType) on = absl::StrCat("TYPE ", c.ref.id);
  if (kind == Kind::kForeignServer) on = absl::StrCat("FOREIGN SERVER ", c.ref.id);
  for (const std::string& sql : GrantSql(on, DefaultGrants(kind), c.grants)) {
    Emit(Step::kCreate, c.ref, sql, absl::StrCat("privileges on ", c.ref.id));
  }
  // The plan's session creates the object, so it owns it.
  for (const std::string& sql : OwnerPrivilegeSql(on, "CURRENT_USER", {}, c.owner_revoked)) {
    Emit(Step::kCreate, c.ref, sql, absl::StrCat("owner's privileges on ", c.ref.id));
  }
}

// The owner's own privileges: GrantSql over "the owner lacks P" turned around, since a
// privilege the owner gives up is one it had by default.
std::vector<std::string> Planner::OwnerPrivilegeSql(const std::string& on, const std::string& owner,
                                                    const std::vector<std::string>& from_revoked,
                                                    const std::vector<std::string>& to_revoked) const {
  auto as_grants = [&](const std::vector<std::string>& privileges) {
    std::vector<catalog::Grant> out;
    for (const std::string& p : privileges) {
      // An older target has no MAINTAIN to give up.
      if (p == "MAINTAIN" && target_ < catalog::SinceMajor(catalog::Feature::kMaintainPrivilege)) continue;
      out.push_back(catalog::Grant{owner, p, false});
    }
    return out;
  };
  if (owner.empty() || from_revoked == to_revoked) return {};
  return GrantSql(on, as_grants(to_revoked), as_grants(from_revoked));
}

void Planner::CommonAlter(Step step, const Common& a, const Common& b, Kind kind, char subkind) {
  const std::string phrase = ObjectPhrase(b, kind, subkind);
  const std::string comment = CommentSql(phrase, a.comment, b.comment);
  if (!comment.empty()) Emit(step, b.ref, comment, absl::StrCat("comment on ", b.ref.id));
  std::string on = phrase;
  if (kind == Kind::kFunction && subkind == 'a') on = absl::StrCat("FUNCTION ", b.ref.id);
  if (kind == Kind::kView) on = absl::StrCat("TABLE ", b.ref.id);
  if (kind == Kind::kType) on = absl::StrCat("TYPE ", b.ref.id);
  if (kind == Kind::kForeignServer) on = absl::StrCat("FOREIGN SERVER ", b.ref.id);
  std::vector<std::string> grants = GrantSql(on, a.grants, b.grants);
  // The database the plan runs on names its owner.
  for (std::string& sql : OwnerPrivilegeSql(on, a.owner, a.owner_revoked, b.owner_revoked)) grants.push_back(std::move(sql));
  for (const std::string& sql : grants) {
    Emit(step, b.ref, sql, absl::StrCat("privileges on ", b.ref.id),
         {MakeHazard(HazardKind::kBackwardIncompatible, Severity::kWarning, "authz-and-extensions",
                     "changes who may use the object")});
  }
}

std::string Planner::EnableWord(char enabled) {
  switch (enabled) {
    case 'D': return "DISABLE";
    case 'R': return "ENABLE REPLICA";
    case 'A': return "ENABLE ALWAYS";
    default: return "ENABLE";
  }
}

// What new objects get when no default privileges are set: functions are executable and
// types usable by PUBLIC; nothing else is granted beyond the owner.
std::vector<catalog::Grant> Planner::DefaultPrivilegeBaseline(char object_type) {
  if (object_type == 'f') return DefaultGrants(Kind::kFunction);
  if (object_type == 'T') return DefaultGrants(Kind::kType);
  return {};
}

std::vector<std::string> Planner::DefaultPrivilegeSql(const catalog::DefaultPrivileges& d,
                                                    const std::vector<catalog::Grant>& from,
                                                    const std::vector<catalog::Grant>& to) {
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
  return out;
}

}  // namespace internal

using catalog::Catalog;


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
  if (!options.renames.empty()) return PlanWithRenames(from, to, options, nullptr);
  return internal::Planner(from, to, options).Run();
}

absl::StatusOr<Plan> PlanMigration(const Catalog& from, const Catalog& to, const Options& options) {
  // One diff (the down plan's is its reverse) and one index per catalog, shared by both
  // directions; up and down are independent, so they are planned at once. The result does
  // not depend on the threads: each planner is the same sequential computation as before.
  Plan plan;
  if (!options.renames.empty()) {
    ASSIGN_OR_RETURN(plan.up, PlanWithRenames(from, to, options, &plan.changes));
    Options reversed = options;
    for (RenameHint& hint : reversed.renames) hint = hint.Reversed();
    absl::StatusOr<std::vector<Statement>> down = PlanWithRenames(to, from, reversed, nullptr);
    if (!down.ok()) return Annotate(down.status(), "planning the down migration");
    plan.down = std::move(*down);
    return plan;
  }
  std::optional<internal::Index> to_index;
  std::thread index_to([&] { to_index.emplace(to); });
  const internal::Index from_index(from);
  plan.changes = diff::Diff(from, to);
  index_to.join();
  absl::StatusOr<std::vector<Statement>> down = absl::InternalError("not planned");
  std::thread down_planner([&] {
    down = internal::Planner(*to_index, from_index, diff::Reverse(plan.changes), options).Run();
  });
  absl::StatusOr<std::vector<Statement>> up =
      internal::Planner(from_index, *to_index, plan.changes, options).Run();
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
