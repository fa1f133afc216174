#include "service/api/schema_service_impl.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/api/convert.h"
#include "service/api/status_mapping.h"
#include "service/executor/engine.h"
#include "service/executor/history.h"

namespace schemaservice::api {
namespace {

// Bounds the event log a single History call returns: memory stays flat whatever is asked.
constexpr int kMaxEventLimit = 1000;

void SetTimestamp(absl::Time t, google::protobuf::Timestamp* out) {
  const int64_t micros = absl::ToUnixMicros(t);
  out->set_seconds(micros / 1000000);
  out->set_nanos(static_cast<int32_t>((micros % 1000000) * 1000));
}

v1::MigrationState StateOf(const std::string& status) {
  if (status == "applied") return v1::MIGRATION_STATE_APPLIED;
  if (status == "failed") return v1::MIGRATION_STATE_FAILED;
  if (status == "running") return v1::MIGRATION_STATE_RUNNING;
  if (status == "rolled_back") return v1::MIGRATION_STATE_ROLLED_BACK;
  return v1::MIGRATION_STATE_UNSPECIFIED;
}

}  // namespace

absl::StatusOr<executor::Source> SchemaServiceImpl::SourceFor(const config::ProjectConfig& project,
                                                              const v1::SchemaSource& source,
                                                              const char* side) const {
  executor::Source out;
  switch (source.source_case()) {
    case v1::SchemaSource::kEnvironment: {
      absl::StatusOr<const executor::Target*> target = targets_.Find(project.name, source.environment());
      if (!target.ok()) return target.status();
      out.kind = executor::Source::Kind::kLive;
      out.live = (*target)->settings;
      out.label = absl::StrCat("environment ", source.environment());
      return out;
    }
    case v1::SchemaSource::kModels:
      out.kind = executor::Source::Kind::kModels;
      out.dir = project.models_dir;
      out.label = "models";
      return out;
    case v1::SchemaSource::kMigrations:
      out.kind = executor::Source::Kind::kMigrations;
      out.dir = project.migrations_dir;
      out.label = "migrations";
      return out;
    case v1::SchemaSource::kInlineModels:
      out.kind = executor::Source::Kind::kFiles;
      for (const v1::ModelFile& f : source.inline_models().files()) out.files.push_back({f.name(), f.sql()});
      out.label = "inline models";
      return out;
    default:
      return absl::InvalidArgumentError(absl::StrCat(
          side, " is required: an environment, the models, the migrations or inline models"));
  }
}

grpc::Status SchemaServiceImpl::Diff(grpc::ServerContext*, const v1::DiffRequest* req,
                                     v1::DiffResponse* resp) {
  const config::ProjectConfig* project = config_.FindProject(req->project());
  if (project == nullptr) {
    std::vector<std::string> names;
    for (const config::ProjectConfig& p : config_.projects) names.push_back(p.name);
    return ToGrpc(req->project().empty()
                      ? absl::InvalidArgumentError("project is required")
                      : absl::NotFoundError(absl::StrCat("unknown project \"", req->project(),
                                                         "\"; configured projects: ",
                                                         absl::StrJoin(names, ", "))));
  }
  absl::StatusOr<executor::Source> from = SourceFor(*project, req->from(), "from");
  if (!from.ok()) return ToGrpc(from.status());
  absl::StatusOr<executor::Source> to = SourceFor(*project, req->to(), "to");
  if (!to.ok()) return ToGrpc(to.status());
  executor::DiffRequest request{*from, *to, {req->schemas().begin(), req->schemas().end()}, {}};
  request.options.online = req->online();
  absl::StatusOr<executor::DiffResult> result = executor::RunDiff(request, *shadows_.at(project->name));
  if (!result.ok()) {
    logger_->warn("diff.failed project={} code={}", project->name,
                  absl::StatusCodeToString(result.status().code()));
    return ToGrpc(result.status());
  }
  ToProto(*result, resp);
  return grpc::Status::OK;
}

grpc::Status SchemaServiceImpl::Generate(grpc::ServerContext*, const v1::GenerateRequest*,
                                         v1::GenerateResponse*) {
  return NotBuiltYet("Generate");
}

grpc::Status SchemaServiceImpl::Apply(grpc::ServerContext*, const v1::ApplyRequest*,
                                      grpc::ServerWriter<v1::Progress>*) {
  return NotBuiltYet("Apply");
}

grpc::Status SchemaServiceImpl::Rollback(grpc::ServerContext*, const v1::RollbackRequest*,
                                         grpc::ServerWriter<v1::Progress>*) {
  return NotBuiltYet("Rollback");
}

grpc::Status SchemaServiceImpl::Sync(grpc::ServerContext*, const v1::SyncRequest*,
                                     grpc::ServerWriter<v1::Progress>*) {
  return NotBuiltYet("Sync");
}

grpc::Status SchemaServiceImpl::Backup(grpc::ServerContext*, const v1::BackupRequest*,
                                       grpc::ServerWriter<v1::Progress>*) {
  return NotBuiltYet("Backup");
}

grpc::Status SchemaServiceImpl::ListBackups(grpc::ServerContext*, const v1::ListBackupsRequest*,
                                            v1::ListBackupsResponse*) {
  return NotBuiltYet("ListBackups");
}

grpc::Status SchemaServiceImpl::Restore(grpc::ServerContext*, const v1::RestoreRequest*,
                                        grpc::ServerWriter<v1::Progress>*) {
  return NotBuiltYet("Restore");
}

grpc::Status SchemaServiceImpl::History(grpc::ServerContext*, const v1::HistoryRequest* req,
                                        v1::HistoryResponse* resp) {
  if (req->event_limit() < 0) {
    return ToGrpc(absl::InvalidArgumentError("event_limit must be 0 or more"));
  }
  absl::StatusOr<const executor::Target*> target =
      targets_.Find(req->project(), req->environment());
  if (!target.ok()) return ToGrpc(target.status());
  absl::StatusOr<executor::History> history =
      executor::ReadHistory(**target, std::min(req->event_limit(), kMaxEventLimit));
  if (!history.ok()) {
    logger_->warn("history.failed project={} env={} code={}", req->project(),
                  req->environment(), absl::StatusCodeToString(history.status().code()));
    return ToGrpc(history.status());
  }
  for (const executor::HistoryRow& row : history->migrations) {
    v1::HistoryEntry* entry = resp->add_entries();
    entry->set_version(row.version);
    entry->set_message(row.message);
    entry->set_state(StateOf(row.status));
    entry->set_checksum(row.checksum);
    entry->set_applied_by(row.applied_by);
    SetTimestamp(row.started_at, entry->mutable_started_at());
    if (row.finished_at) SetTimestamp(*row.finished_at, entry->mutable_finished_at());
    entry->set_duration_ms(row.duration_ms);
    entry->set_error(row.error);
    if (row.status == "applied") resp->set_current_version(row.version);
  }
  for (const executor::EventRow& row : history->events) {
    v1::Event* event = resp->add_events();
    event->set_id(row.id);
    SetTimestamp(row.at, event->mutable_at());
    event->set_operation(row.operation);
    event->set_caller(row.caller);
    event->set_request_id(row.request_id);
    event->set_outcome(row.outcome);
    event->set_detail(row.detail);
  }
  return grpc::Status::OK;
}

}  // namespace schemaservice::api
