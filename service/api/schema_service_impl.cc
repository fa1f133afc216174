#include "service/api/schema_service_impl.h"

#include <grpcpp/security/auth_context.h>
#include <openssl/rand.h>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/api/convert.h"
#include "service/api/status_mapping.h"
#include "service/executor/engine.h"
#include "service/executor/generate.h"
#include "service/executor/history.h"

namespace schemaservice::api {
namespace {

// Bounds the event log a single History call returns: memory stays flat whatever is asked.
constexpr int kMaxEventLimit = 1000;
constexpr size_t kMaxEventDetail = 2000;

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

std::string Metadata(const grpc::ServerContext& ctx, const char* key) {
  const auto& metadata = ctx.client_metadata();
  const auto it = metadata.find(key);
  return it == metadata.end() ? "" : std::string(it->second.data(), it->second.size());
}

// A caller's id is kept when it is short and plain (it lands in logs and the event log).
bool PlainRequestId(const std::string& id) {
  if (id.empty() || id.size() > 128) return false;
  for (char c : id) {
    if (!(absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ||
          c == '.' || c == ':')) {
      return false;
    }
  }
  return true;
}

std::string NewRequestId() {
  unsigned char bytes[8];
  RAND_bytes(bytes, sizeof bytes);
  return absl::BytesToHexString(absl::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

// The verified client certificate's subject (mutual TLS), or "".
std::string CertificateSubject(const grpc::ServerContext& ctx) {
  const std::shared_ptr<const grpc::AuthContext> auth = ctx.auth_context();
  if (!auth || !auth->IsPeerAuthenticated()) return "";
  for (const char* property : {"x509_subject", "x509_common_name"}) {
    const std::vector<grpc::string_ref> values = auth->FindPropertyValues(property);
    if (!values.empty()) return std::string(values[0].data(), values[0].size());
  }
  return "";
}

}  // namespace

bool SchemaServiceImpl::EventBudget::Allow(const std::string& caller) {
  constexpr int kPerMinute = 60;
  constexpr size_t kMaxCallers = 10000;  // the map itself stays bounded
  std::lock_guard<std::mutex> lock(mu_);
  const absl::Time now = absl::Now();
  if (used_.size() > kMaxCallers) used_.clear();
  auto& [window_start, used] = used_[caller];
  if (now - window_start > absl::Minutes(1)) {
    window_start = now;
    used = 0;
  }
  return used++ < kPerMinute;
}

// The gate every SchemaService call passes and the record it leaves (see the header).
class SchemaServiceImpl::CallScope {
 public:
  CallScope(SchemaServiceImpl& service, grpc::ServerContext* ctx, const char* method,
            bool mutating)
      : service_(service), ctx_(ctx), method_(method), mutating_(mutating),
        start_(absl::Now()) {}

  // Authenticates, checks `project` and `environments` exist, authorizes `needed` on each
  // (on the project when none is named), and admits the call under the limits.
  absl::Status Admit(config::Role needed, const std::string& project,
                     const std::vector<std::string>& environments,
                     const std::string& request_id) {
    request_id_ = PlainRequestId(request_id) ? request_id : Metadata(*ctx_, "x-request-id");
    if (!PlainRequestId(request_id_)) request_id_ = NewRequestId();
    ctx_->AddInitialMetadata("x-request-id", request_id_);
    project_ = project;
    absl::StatusOr<Caller> caller =
        service_.auth_.Authenticate(Metadata(*ctx_, "authorization"), CertificateSubject(*ctx_));
    if (!caller.ok()) {
      // Recorded where the call aimed, if it named a real environment; the caller learns
      // nothing about what exists.
      caller_ = "anonymous";
      denied_ = true;
      for (const std::string& env : environments) {
        if (absl::StatusOr<const executor::Target*> t = service_.targets_.Find(project, env); t.ok()) {
          target_ = *t;
          environment_ = env;
          break;
        }
      }
      return caller.status();
    }
    caller_ = caller->subject;
    // Admitted before authorization: denied calls count against the limit too, so a caller
    // cannot flood the environments' servers with denials.
    absl::StatusOr<std::unique_ptr<CallRegistry::Call>> call = service_.calls_.Begin(ctx_, method_);
    if (!call.ok()) return call.status();
    call_ = std::move(*call);
    const config::ProjectConfig* configured = service_.config_.FindProject(project);
    // Names that exist but are not the caller's are denied below, by role; the lists of
    // what exists name only what the caller may use.
    if (configured == nullptr) {
      std::vector<std::string> names;
      for (const config::ProjectConfig& p : service_.config_.projects) {
        if (MaySee(*caller, p.name, "")) names.push_back(p.name);
      }
      return project.empty() ? absl::InvalidArgumentError("project is required")
                             : absl::NotFoundError(absl::StrCat(
                                   "unknown project \"", project, "\"; projects you may use: ",
                                   names.empty() ? "none" : absl::StrJoin(names, ", ")));
    }
    std::vector<const executor::Target*> targets;
    for (const std::string& env : environments) {
      if (env.empty()) return absl::InvalidArgumentError("environment is required");
      absl::StatusOr<const executor::Target*> target = service_.targets_.Find(project, env);
      if (!target.ok()) {
        std::vector<std::string> names;
        for (const config::EnvironmentConfig& e : configured->environments) {
          if (MaySee(*caller, project, e.name)) names.push_back(e.name);
        }
        return absl::NotFoundError(absl::StrCat(
            "project ", project, " has no environment \"", env, "\"; environments you may use: ",
            names.empty() ? "none" : absl::StrJoin(names, ", ")));
      }
      targets.push_back(*target);
    }
    if (!targets.empty()) {
      target_ = targets.front();
      environment_ = target_->environment;
    }
    if (targets.empty()) {
      if (absl::Status s = Authorize(*caller, needed, method_, project, ""); !s.ok()) {
        denied_ = true;
        return s;
      }
    }
    for (const executor::Target* t : targets) {
      if (absl::Status s = Authorize(*caller, needed, method_, project, t->environment); !s.ok()) {
        // The denial is recorded in the log of the environment that refused.
        denied_ = true;
        target_ = t;
        environment_ = t->environment;
        return s;
      }
    }
    return absl::OkStatus();
  }

  pg::Canceller* canceller() { return call_ ? call_->canceller() : nullptr; }
  const std::string& caller() const { return caller_; }

  grpc::Status Finish(absl::Status status) {
    if (call_ && !status.ok()) {
      // A query cancelled because the call ended says so, not "statement timeout".
      if (absl::Status reason = call_->CancelReason(); !reason.ok()) {
        status = absl::Status(reason.code(), absl::StrCat(reason.message(), " (", status.message(), ")"));
      }
    }
    const int64_t ms = absl::ToInt64Milliseconds(absl::Now() - start_);
    const std::string code = absl::StatusCodeToString(status.code());
    service_.logger_->info("rpc method={} caller={} request_id={} project={} env={} code={} ms={}",
                           method_, caller_.empty() ? "-" : caller_, request_id_,
                           project_.empty() ? "-" : project_,
                           environment_.empty() ? "-" : environment_, code, ms);
    if (target_ != nullptr && (denied_ ? service_.denial_events_.Allow(caller_) : mutating_)) {
      executor::EventRow event;
      event.operation = method_;
      event.caller = caller_;
      event.request_id = request_id_;
      event.outcome = code;
      event.detail = std::string(status.message().substr(0, kMaxEventDetail));
      if (absl::Status s = executor::RecordEvent(*target_, event); !s.ok()) {
        service_.logger_->warn("event.not_recorded method={} request_id={} code={}", method_,
                               request_id_, absl::StatusCodeToString(s.code()));
      }
    }
    call_.reset();  // the event was written within the call's slot
    return ToGrpc(status);
  }

 private:
  SchemaServiceImpl& service_;
  grpc::ServerContext* ctx_;
  std::string method_;
  bool mutating_;
  absl::Time start_;
  std::string caller_, request_id_, project_, environment_;
  const executor::Target* target_ = nullptr;  // where the event goes
  bool denied_ = false;
  std::unique_ptr<CallRegistry::Call> call_;
};

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
      out.up_to_version = source.migrations().up_to_version();
      out.label = out.up_to_version.empty() ? "migrations"
                                            : absl::StrCat("migrations up to ", out.up_to_version);
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

grpc::Status SchemaServiceImpl::Diff(grpc::ServerContext* ctx, const v1::DiffRequest* req,
                                     v1::DiffResponse* resp) {
  CallScope call(*this, ctx, "Diff", /*mutating=*/false);
  std::vector<std::string> environments;
  bool inline_sql = false;
  for (const v1::SchemaSource* side : {&req->from(), &req->to()}) {
    if (side->has_inline_models()) inline_sql = true;
    if (side->source_case() == v1::SchemaSource::kEnvironment) {
      environments.push_back(side->environment());
    }
  }
  // SQL a caller sends is code to run (in the sandbox): a developer's right, not a viewer's.
  const config::Role needed = inline_sql ? config::Role::kDeveloper : config::Role::kViewer;
  if (absl::Status s = call.Admit(needed, req->project(), environments, ""); !s.ok()) {
    return call.Finish(s);
  }
  const config::ProjectConfig* project = config_.FindProject(req->project());
  absl::StatusOr<executor::Source> from = SourceFor(*project, req->from(), "from");
  if (!from.ok()) return call.Finish(from.status());
  absl::StatusOr<executor::Source> to = SourceFor(*project, req->to(), "to");
  if (!to.ok()) return call.Finish(to.status());
  executor::DiffRequest request{*from, *to, {req->schemas().begin(), req->schemas().end()}, {}};
  request.options.online = req->online();
  request.load.folder_superuser = project->load_folders_as_superuser;
  request.load.canceller = call.canceller();
  absl::StatusOr<executor::DiffResult> result = executor::RunDiff(request, *shadows_.at(project->name));
  if (!result.ok()) return call.Finish(result.status());
  ToProto(*result, resp);
  return call.Finish(absl::OkStatus());
}

grpc::Status SchemaServiceImpl::NotBuilt(grpc::ServerContext* ctx, const char* method,
                                         config::Role needed, const std::string& project,
                                         const std::string& environment,
                                         const std::string& request_id) {
  CallScope call(*this, ctx, method, /*mutating=*/true);
  std::vector<std::string> environments;
  if (!environment.empty()) environments.push_back(environment);
  if (absl::Status s = call.Admit(needed, project, environments, request_id); !s.ok()) {
    return call.Finish(s);
  }
  return call.Finish(absl::UnimplementedError(
      absl::StrCat("SchemaService.", method, " is not implemented in this version of schemad")));
}

grpc::Status SchemaServiceImpl::Generate(grpc::ServerContext* ctx, const v1::GenerateRequest* req,
                                         v1::GenerateResponse* resp) {
  CallScope call(*this, ctx, "Generate", /*mutating=*/true);
  if (absl::Status s = call.Admit(config::Role::kDeveloper, req->project(), {}, ""); !s.ok()) {
    return call.Finish(s);
  }
  const config::ProjectConfig* project = config_.FindProject(req->project());
  executor::GenerateRequest request;
  request.migrations_dir = project->migrations_dir;
  request.models.kind = executor::Source::Kind::kModels;
  request.models.dir = project->models_dir;
  request.models.label = "models";
  request.message = req->message();
  request.options.online = req->online();
  request.dry_run = req->dry_run();
  request.load.folder_superuser = project->load_folders_as_superuser;
  request.load.canceller = call.canceller();
  request.now = absl::Now();
  // One writer per project in this process: two Generates must not take the same version.
  std::mutex& store_lock = StoreLock(project->name);
  std::lock_guard<std::mutex> lock(store_lock);
  absl::StatusOr<executor::GenerateResult> result =
      executor::Generate(request, *shadows_.at(project->name));
  if (!result.ok()) return call.Finish(result.status());
  ToProto(*result, req->dry_run(), resp);
  return call.Finish(absl::OkStatus());
}

grpc::Status SchemaServiceImpl::NewMigration(grpc::ServerContext* ctx,
                                             const v1::NewMigrationRequest* req,
                                             v1::GenerateResponse* resp) {
  CallScope call(*this, ctx, "NewMigration", /*mutating=*/true);
  if (absl::Status s = call.Admit(config::Role::kDeveloper, req->project(), {}, ""); !s.ok()) {
    return call.Finish(s);
  }
  const config::ProjectConfig* project = config_.FindProject(req->project());
  std::lock_guard<std::mutex> lock(StoreLock(project->name));
  absl::StatusOr<store::Store> store = store::Store::Open(project->migrations_dir);
  if (!store.ok()) return call.Finish(store.status());
  absl::StatusOr<store::Migration> added = store->AddEmpty(req->message(), absl::Now());
  if (!added.ok()) return call.Finish(added.status());
  executor::GenerateResult result;
  result.migrations.push_back({*added, {}, {}});
  ToProto(result, /*dry_run=*/false, resp);
  return call.Finish(absl::OkStatus());
}

grpc::Status SchemaServiceImpl::Rehash(grpc::ServerContext* ctx, const v1::RehashRequest* req,
                                       v1::RehashResponse* resp) {
  CallScope call(*this, ctx, "Rehash", /*mutating=*/true);
  if (absl::Status s = call.Admit(config::Role::kDeveloper, req->project(), {}, ""); !s.ok()) {
    return call.Finish(s);
  }
  const config::ProjectConfig* project = config_.FindProject(req->project());
  std::lock_guard<std::mutex> lock(StoreLock(project->name));
  absl::StatusOr<store::Store> store = store::Store::Open(project->migrations_dir);
  if (!store.ok()) return call.Finish(store.status());
  if (absl::Status s = store->Rehash(); !s.ok()) return call.Finish(s);
  for (const store::Migration& m : store->migrations()) {
    resp->add_files("versions/" + m.up_file());
    if (m.down_sql) resp->add_files("versions/" + m.down_file());
  }
  return call.Finish(absl::OkStatus());
}

std::mutex& SchemaServiceImpl::StoreLock(const std::string& project) {
  std::lock_guard<std::mutex> lock(store_locks_mu_);
  return store_locks_[project];
}

grpc::Status SchemaServiceImpl::Apply(grpc::ServerContext* ctx, const v1::ApplyRequest* req,
                                      grpc::ServerWriter<v1::Progress>*) {
  return NotBuilt(ctx, "Apply", config::Role::kDeployer, req->project(), req->environment(),
                  req->request_id());
}

grpc::Status SchemaServiceImpl::Rollback(grpc::ServerContext* ctx, const v1::RollbackRequest* req,
                                         grpc::ServerWriter<v1::Progress>*) {
  return NotBuilt(ctx, "Rollback", config::Role::kAdmin, req->project(), req->environment(),
                  req->request_id());
}

grpc::Status SchemaServiceImpl::Sync(grpc::ServerContext* ctx, const v1::SyncRequest* req,
                                     grpc::ServerWriter<v1::Progress>*) {
  return NotBuilt(ctx, "Sync", config::Role::kDeveloper, req->project(), req->environment(),
                  req->request_id());
}

grpc::Status SchemaServiceImpl::Backup(grpc::ServerContext* ctx, const v1::BackupRequest* req,
                                       grpc::ServerWriter<v1::Progress>*) {
  return NotBuilt(ctx, "Backup", config::Role::kDeployer, req->project(), req->environment(),
                  req->request_id());
}

grpc::Status SchemaServiceImpl::ListBackups(grpc::ServerContext* ctx,
                                            const v1::ListBackupsRequest* req,
                                            v1::ListBackupsResponse*) {
  CallScope call(*this, ctx, "ListBackups", /*mutating=*/false);
  if (absl::Status s = call.Admit(config::Role::kViewer, req->project(), {req->environment()}, "");
      !s.ok()) {
    return call.Finish(s);
  }
  return call.Finish(absl::UnimplementedError(
      "SchemaService.ListBackups is not implemented in this version of schemad"));
}

grpc::Status SchemaServiceImpl::Restore(grpc::ServerContext* ctx, const v1::RestoreRequest* req,
                                        grpc::ServerWriter<v1::Progress>*) {
  return NotBuilt(ctx, "Restore", config::Role::kAdmin, req->project(), req->environment(),
                  req->request_id());
}

grpc::Status SchemaServiceImpl::History(grpc::ServerContext* ctx, const v1::HistoryRequest* req,
                                        v1::HistoryResponse* resp) {
  CallScope call(*this, ctx, "History", /*mutating=*/false);
  if (absl::Status s = call.Admit(config::Role::kViewer, req->project(), {req->environment()}, "");
      !s.ok()) {
    return call.Finish(s);
  }
  if (req->event_limit() < 0) {
    return call.Finish(absl::InvalidArgumentError("event_limit must be 0 or more"));
  }
  const executor::Target* target = *targets_.Find(req->project(), req->environment());
  absl::StatusOr<executor::History> history = executor::ReadHistory(
      *target, std::min(req->event_limit(), kMaxEventLimit), call.canceller());
  if (!history.ok()) return call.Finish(history.status());
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
  return call.Finish(absl::OkStatus());
}

}  // namespace schemaservice::api
