#include "service/api/convert.h"

namespace schemaservice::api {
namespace {

v1::HazardKind KindOf(plan::HazardKind k) {
  switch (k) {
    case plan::HazardKind::kDataLoss: return v1::HAZARD_KIND_DATA_LOSS;
    case plan::HazardKind::kTableRewrite: return v1::HAZARD_KIND_TABLE_REWRITE;
    case plan::HazardKind::kAccessExclusiveLock: return v1::HAZARD_KIND_ACCESS_EXCLUSIVE_LOCK;
    case plan::HazardKind::kNotTransactional: return v1::HAZARD_KIND_NOT_TRANSACTIONAL;
    case plan::HazardKind::kPossibleRename: return v1::HAZARD_KIND_POSSIBLE_RENAME;
    case plan::HazardKind::kTableScan: return v1::HAZARD_KIND_TABLE_SCAN;
    case plan::HazardKind::kShareLock: return v1::HAZARD_KIND_SHARE_LOCK;
    case plan::HazardKind::kBackwardIncompatible: return v1::HAZARD_KIND_BACKWARD_INCOMPATIBLE;
  }
  return v1::HAZARD_KIND_UNSPECIFIED;
}

v1::Severity SeverityOf(plan::Severity s) {
  switch (s) {
    case plan::Severity::kInfo: return v1::SEVERITY_INFO;
    case plan::Severity::kWarning: return v1::SEVERITY_WARNING;
    case plan::Severity::kError: return v1::SEVERITY_ERROR;
  }
  return v1::SEVERITY_UNSPECIFIED;
}

v1::ChangeAction ActionOf(diff::Action a) {
  switch (a) {
    case diff::Action::kCreate: return v1::CHANGE_ACTION_CREATE;
    case diff::Action::kDrop: return v1::CHANGE_ACTION_DROP;
    case diff::Action::kAlter: return v1::CHANGE_ACTION_ALTER;
  }
  return v1::CHANGE_ACTION_UNSPECIFIED;
}

}  // namespace

void ToProto(const plan::Statement& s, v1::Statement* out) {
  out->set_sql(s.sql);
  out->set_description(s.description);
  out->set_transactional(s.transactional);
  out->set_lock_level(s.lock_level);
  for (const plan::Hazard& h : s.hazards) {
    v1::Hazard* hazard = out->add_hazards();
    hazard->set_kind(KindOf(h.kind));
    hazard->set_severity(SeverityOf(h.severity));
    hazard->set_rule(h.rule);
    hazard->set_message(h.message);
    hazard->set_safer_alternative(h.safer_alternative);
  }
}

void ToProto(const executor::DiffResult& result, v1::DiffResponse* out) {
  for (const diff::Change& c : result.plan.changes) {
    v1::Change* change = out->add_changes();
    change->set_action(ActionOf(c.action));
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
