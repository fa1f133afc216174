#include "service/api/convert.h"

#include <utility>

namespace schemaservice::api {
namespace {

// Engine enum -> API enum, one row a value; a value with no row is UNSPECIFIED.
template <typename From, typename To, size_t N>
To Lookup(const std::pair<From, To> (&rows)[N], From value, To unspecified) {
  for (const auto& [from, to] : rows) {
    if (from == value) return to;
  }
  return unspecified;
}

constexpr std::pair<plan::HazardKind, v1::HazardKind> kHazardKinds[] = {
    {plan::HazardKind::kDataLoss, v1::HAZARD_KIND_DATA_LOSS},
    {plan::HazardKind::kTableRewrite, v1::HAZARD_KIND_TABLE_REWRITE},
    {plan::HazardKind::kAccessExclusiveLock, v1::HAZARD_KIND_ACCESS_EXCLUSIVE_LOCK},
    {plan::HazardKind::kNotTransactional, v1::HAZARD_KIND_NOT_TRANSACTIONAL},
    {plan::HazardKind::kPossibleRename, v1::HAZARD_KIND_POSSIBLE_RENAME},
    {plan::HazardKind::kTableScan, v1::HAZARD_KIND_TABLE_SCAN},
    {plan::HazardKind::kShareLock, v1::HAZARD_KIND_SHARE_LOCK},
    {plan::HazardKind::kBackwardIncompatible, v1::HAZARD_KIND_BACKWARD_INCOMPATIBLE},
};
constexpr std::pair<plan::Severity, v1::Severity> kSeverities[] = {
    {plan::Severity::kInfo, v1::SEVERITY_INFO},
    {plan::Severity::kWarning, v1::SEVERITY_WARNING},
    {plan::Severity::kError, v1::SEVERITY_ERROR},
};
constexpr std::pair<diff::Action, v1::ChangeAction> kActions[] = {
    {diff::Action::kCreate, v1::CHANGE_ACTION_CREATE},
    {diff::Action::kDrop, v1::CHANGE_ACTION_DROP},
    {diff::Action::kAlter, v1::CHANGE_ACTION_ALTER},
};

}  // namespace

void ToProto(const plan::Statement& s, v1::Statement* out) {
  out->set_sql(s.sql);
  out->set_description(s.description);
  out->set_transactional(s.transactional);
  out->set_lock_level(s.lock_level);
  for (const plan::Hazard& h : s.hazards) {
    v1::Hazard* hazard = out->add_hazards();
    hazard->set_kind(Lookup(kHazardKinds, h.kind, v1::HAZARD_KIND_UNSPECIFIED));
    hazard->set_severity(Lookup(kSeverities, h.severity, v1::SEVERITY_UNSPECIFIED));
    hazard->set_rule(h.rule);
    hazard->set_message(h.message);
    hazard->set_safer_alternative(h.safer_alternative);
  }
}

void ToProto(const executor::DiffResult& result, v1::DiffResponse* out) {
  for (const diff::Change& c : result.plan.changes) {
    v1::Change* change = out->add_changes();
    change->set_action(Lookup(kActions, c.action, v1::CHANGE_ACTION_UNSPECIFIED));
    change->set_object_kind(catalog::KindName(c.ref.kind));
    change->set_object_name(c.ref.id);
    std::string detail;
    for (const diff::FieldChange& f : c.fields) {
      if (!detail.empty()) detail += "; ";
      detail += f.field + ": " + f.from + " -> " + f.to;
    }
    change->set_detail(detail);
  }
  for (const plan::Statement& s : result.plan.up) ToProto(s, out->add_statements());
  for (const plan::Statement& s : result.plan.down) ToProto(s, out->add_down_statements());
  out->set_from_schema_hash(result.from_hash);
  for (const std::string& w : result.warnings) out->add_warnings(w);
}

void ToProto(const executor::GenerateResult& result, bool dry_run, v1::GenerateResponse* out) {
  out->set_empty(result.migrations.empty());
  for (const executor::GeneratedMigration& g : result.migrations) {
    v1::Migration* m = out->add_migrations();
    m->set_version(g.migration.version);
    m->set_message(g.migration.slug);
    m->set_up_sql(g.migration.up_sql);
    m->set_down_sql(g.migration.down_sql.value_or(""));
    m->set_checksum("sha256:" + store::Checksum(g.migration.up_sql));
    for (const plan::Statement& s : g.up) ToProto(s, out->add_statements());
    if (!dry_run) {
      out->add_files("versions/" + g.migration.up_file());
      if (g.migration.down_sql) out->add_files("versions/" + g.migration.down_file());
    }
  }
  for (auto it = result.migrations.rbegin(); it != result.migrations.rend(); ++it) {
    for (const plan::Statement& s : it->down) ToProto(s, out->add_down_statements());
  }
  if (out->migrations_size() > 0) *out->mutable_migration() = out->migrations(0);
}

absl::StatusOr<std::vector<plan::RenameHint>> RenameHints(
    const google::protobuf::RepeatedPtrField<std::string>& hints) {
  std::vector<plan::RenameHint> out;
  for (const std::string& text : hints) {
    absl::StatusOr<plan::RenameHint> hint = plan::ParseRenameHint(text);
    if (!hint.ok()) return hint.status();
    out.push_back(*hint);
  }
  return out;
}

}  // namespace schemaservice::api
