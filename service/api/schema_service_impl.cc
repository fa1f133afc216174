#include "service/api/schema_service_impl.h"

#include <grpcpp/security/auth_context.h>
#include <openssl/rand.h>

#include <algorithm>
#include <unistd.h>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/api/convert.h"
#include "service/api/progress_stream.h"
#include "service/api/status_mapping.h"
#include "service/executor/engine.h"
#include "service/executor/generate.h"
#include "service/executor/history.h"
#include "service/executor/sync.h"
#include "service/util/status.h"

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

// The models a call plans towards: the files the caller sent, else the project's folder.
executor::Source ModelsOf(const config::ProjectConfig& project, const v1::InlineModels* inline_models) {
  executor::Source out;
  if (inline_models != nullptr) {
    out.kind = executor::Source::Kind::kFiles;
    for (const v1::ModelFile& f : inline_models->files()) out.files.push_back({f.name(), f.sql()});
    out.label = "inline models";
    return out;
  }
  out.kind = executor::Source::Kind::kModels;
  out.dir = project.models_dir;
  out.label = "models";
  return out;
}

// The plan options of a Diff, Generate or Sync request: online statements, rename hints.
template <typename Request>
absl::StatusOr<plan::Options> PlanOptionsOf(const Request& req) {
  plan::Options options;
  options.online = req.online();
  ASSIGN_OR_RETURN(options.renames, api::RenameHints(req.renames()));
  return options;
}

// How a call loads SQL into its project's shadow databases.
executor::LoadOptions LoadOptionsOf(const config::ProjectConfig& project,
                                    pg::Canceller* canceller) {
  executor::LoadOptions load;
  load.folder_superuser = project.load_folders_as_superuser;
  load.canceller = canceller;
  return load;
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
    caller_info_ = *caller;
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
    project_config_ = configured;
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

  // Apply, Rollback, Resolve, Baseline: a call on one environment that names a migration
  // version (`what` in messages) is admitted, then the version's form is checked.
  template <typename Request>
  absl::Status AdmitWithVersion(config::Role needed, const Request& req,
                                const std::string& version, const char* what, bool required);

  // Once Admit succeeded: the project, and the first environment named.
  const config::ProjectConfig& project() const { return *project_config_; }
  const executor::Target& target() const { return *target_; }
  pg::Canceller* canceller() { return call_ ? call_->canceller() : nullptr; }
  const std::string& caller() const { return caller_; }
  const Caller& caller_info() const { return caller_info_; }
  const std::string& request_id() const { return request_id_; }
  // What the event log says about a successful call ("applied 3 migrations ...").
  void SetDetail(std::string detail) { detail_ = std::move(detail); }

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
      event.detail = std::string((status.ok() ? absl::string_view(detail_) : status.message())
                                     .substr(0, kMaxEventDetail));
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
  std::string caller_, request_id_, project_, environment_, detail_;
  Caller caller_info_;
  const executor::Target* target_ = nullptr;  // where the event goes
  const config::ProjectConfig* project_config_ = nullptr;
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
      out.project = project.name;
      out.environment = source.environment();
      out.state = (*target)->state;
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
  if (absl::Status s = call.Admit(needed, req->project(), environments, ""); !s.ok()) return call.Finish(s);
  const config::ProjectConfig* project = &call.project();
  absl::StatusOr<executor::Source> from = SourceFor(*project, req->from(), "from");
  if (!from.ok()) return call.Finish(from.status());
  absl::StatusOr<executor::Source> to = SourceFor(*project, req->to(), "to");
  if (!to.ok()) return call.Finish(to.status());
  executor::DiffRequest request{*from, *to, {req->schemas().begin(), req->schemas().end()}, {}};
  absl::StatusOr<plan::Options> options = PlanOptionsOf(*req);
  if (!options.ok()) return call.Finish(options.status());
  request.options = std::move(*options);
  request.load = LoadOptionsOf(*project, call.canceller());
  if (environments.empty()) request.files_major = targets_.OldestMajor(project->name);
  absl::StatusOr<executor::DiffResult> result = executor::RunDiff(request, *shadows_.at(project->name));
  if (!result.ok()) return call.Finish(result.status());
  ToProto(*result, resp);
  return call.Finish(absl::OkStatus());
}

grpc::Status SchemaServiceImpl::Generate(grpc::ServerContext* ctx, const v1::GenerateRequest* req,
                                         v1::GenerateResponse* resp) {
  CallScope call(*this, ctx, "Generate", /*mutating=*/true);
  if (absl::Status s = call.Admit(config::Role::kDeveloper, req->project(), {}, ""); !s.ok()) return call.Finish(s);
  const config::ProjectConfig* project = &call.project();
  executor::GenerateRequest request;
  request.migrations_dir = project->migrations_dir;
  request.models = ModelsOf(*project, req->has_models() ? &req->models() : nullptr);
  request.message = req->message();
  absl::StatusOr<plan::Options> options = PlanOptionsOf(*req);
  if (!options.ok()) return call.Finish(options.status());
  request.options = std::move(*options);
  request.dry_run = req->dry_run();
  request.load = LoadOptionsOf(*project, call.canceller());
  request.now = absl::Now();
  request.major = targets_.OldestMajor(project->name);
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
  return ChangeStore(ctx, "NewMigration", req->project(), [&](store::Store& store) {
    absl::StatusOr<store::Migration> added = store.AddEmpty(req->message(), absl::Now());
    if (!added.ok()) return added.status();
    executor::GenerateResult result;
    result.migrations.push_back({*added, {}, {}});
    ToProto(result, /*dry_run=*/false, resp);
    return absl::OkStatus();
  });
}

grpc::Status SchemaServiceImpl::Rehash(grpc::ServerContext* ctx, const v1::RehashRequest* req,
                                       v1::RehashResponse* resp) {
  return ChangeStore(ctx, "Rehash", req->project(), [&](store::Store& store) {
    if (absl::Status s = store.Rehash(); !s.ok()) return s;
    for (const store::Migration& m : store.migrations()) {
      resp->add_files("versions/" + m.up_file());
      if (m.down_sql) resp->add_files("versions/" + m.down_file());
    }
    return absl::OkStatus();
  });
}

grpc::Status SchemaServiceImpl::ChangeStore(
    grpc::ServerContext* ctx, const char* method, const std::string& project,
    const std::function<absl::Status(store::Store&)>& change) {
  CallScope call(*this, ctx, method, /*mutating=*/true);
  if (absl::Status s = call.Admit(config::Role::kDeveloper, project, {}, ""); !s.ok()) return call.Finish(s);
  std::lock_guard<std::mutex> lock(StoreLock(call.project().name));
  absl::StatusOr<store::Store> store = store::Store::Open(call.project().migrations_dir);
  if (!store.ok()) return call.Finish(store.status());
  return call.Finish(change(*store));
}

std::mutex& SchemaServiceImpl::StoreLock(const std::string& project) {
  std::lock_guard<std::mutex> lock(store_locks_mu_);
  return store_locks_[project];
}

namespace {

v1::MigrationState StateOf(executor::MigrationState state) {
  switch (state) {
    case executor::MigrationState::kPending: return v1::MIGRATION_STATE_PENDING;
    case executor::MigrationState::kApplied: return v1::MIGRATION_STATE_APPLIED;
    case executor::MigrationState::kFailed: return v1::MIGRATION_STATE_FAILED;
    case executor::MigrationState::kRunning: return v1::MIGRATION_STATE_RUNNING;
    case executor::MigrationState::kRolledBack: return v1::MIGRATION_STATE_ROLLED_BACK;
    case executor::MigrationState::kTampered: return v1::MIGRATION_STATE_TAMPERED;
    case executor::MigrationState::kMissing: return v1::MIGRATION_STATE_MISSING;
  }
  return v1::MIGRATION_STATE_UNSPECIFIED;
}

void ToProto(const executor::MigrationStatus& m, v1::HistoryEntry* entry) {
  entry->set_version(m.version);
  entry->set_message(m.message);
  entry->set_state(StateOf(m.state));
  entry->set_checksum(m.checksum);
  entry->set_file_checksum(m.file_checksum);
  entry->set_applied_by(m.applied_by);
  if (m.started_at != absl::InfinitePast()) SetTimestamp(m.started_at, entry->mutable_started_at());
  if (m.finished_at) SetTimestamp(*m.finished_at, entry->mutable_finished_at());
  entry->set_duration_ms(m.duration_ms);
  entry->set_error(m.error);
}

void ToProto(const executor::EnvironmentStatus& status, v1::EnvironmentHistory* env) {
  for (const executor::MigrationStatus& m : status.migrations) ToProto(m, env->add_entries());
  for (const executor::EventRow& row : status.events) {
    v1::Event* event = env->add_events();
    event->set_id(row.id);
    SetTimestamp(row.at, event->mutable_at());
    event->set_operation(row.operation);
    event->set_caller(row.caller);
    event->set_request_id(row.request_id);
    event->set_outcome(row.outcome);
    event->set_detail(row.detail);
  }
  env->set_current_version(status.current_version);
  for (const std::string& p : status.problems) env->add_problems(p);
  env->set_pending(status.pending);
  env->set_failed(status.failed);
}

v1::Phase PhaseOf(executor::ProgressEvent::Phase phase) {
  switch (phase) {
    case executor::ProgressEvent::Phase::kValidating: return v1::PHASE_VALIDATING;
    case executor::ProgressEvent::Phase::kWaitingForLock: return v1::PHASE_WAITING_FOR_LOCK;
    case executor::ProgressEvent::Phase::kApplying: return v1::PHASE_APPLYING;
    case executor::ProgressEvent::Phase::kVerifying: return v1::PHASE_VERIFYING;
    case executor::ProgressEvent::Phase::kBackingUp: return v1::PHASE_BACKING_UP;
    case executor::ProgressEvent::Phase::kRestoring: return v1::PHASE_RESTORING;
    case executor::ProgressEvent::Phase::kDone: return v1::PHASE_DONE;
  }
  return v1::PHASE_UNSPECIFIED;
}

v1::Progress ToProgress(const executor::ProgressEvent& e) {
  v1::Progress p;
  p.set_phase(PhaseOf(e.phase));
  p.set_step(e.step);
  p.set_total_steps(e.total_steps);
  p.set_version(e.version);
  p.set_statement_index(e.statement_index);
  p.set_statement_count(e.statement_count);
  p.set_bytes_done(e.bytes_done);
  p.set_bytes_total(e.bytes_total);
  p.set_message(e.message);
  SetTimestamp(absl::Now(), p.mutable_at());
  return p;
}

// The last event of a successful run.
v1::Progress SummaryOf(const executor::RunOutcome& outcome, absl::Time start) {
  v1::Progress p;
  p.set_phase(v1::PHASE_DONE);
  p.set_version(outcome.current_version);
  p.set_message(outcome.message);
  SetTimestamp(absl::Now(), p.mutable_at());
  v1::Summary* summary = p.mutable_summary();
  for (const std::string& v : outcome.versions) summary->add_versions(v);
  summary->set_duration_ms(absl::ToInt64Milliseconds(absl::Now() - start));
  summary->set_message(outcome.message);
  summary->set_backup_id(outcome.backup_id);
  return p;
}

void ToProto(const backup::Manifest& m, v1::BackupInfo* out) {
  out->set_id(m.id);
  out->set_project(m.project);
  out->set_environment(m.environment);
  SetTimestamp(m.created_at, out->mutable_created_at());
  out->set_size_bytes(m.size_bytes);
  out->set_sha256(m.sha256);
  out->set_server_version(m.server_version);
  out->set_history_version(m.schema_version);
  out->set_verification(m.verification);
  out->set_verified(m.verification == "listed" || absl::StartsWith(m.verification, "restored"));
  if (m.verified_at) SetTimestamp(*m.verified_at, out->mutable_verified_at());
  out->set_reason(m.reason);
  out->set_catalog_hash(m.catalog_hash);
  out->set_duration_ms(m.duration_ms);
  out->set_caller(m.caller);
  out->set_database(m.database);
  out->set_pg_dump_version(m.pg_dump_version);
}

// A backup id as the store names them; anything else is refused before any work.
absl::Status CheckBackupId(const std::string& id) {
  const bool plain = !id.empty() && id.size() <= 64 &&
                     std::all_of(id.begin(), id.end(), [](char c) {
                       return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
                     });
  if (plain) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      "backup_id ", id.empty() ? "is required" : "is not a backup id",
      ": ids look like 20261126T190512Z-3fa2c1 (see list-backups)"));
}

// A migration version as the store names them; anything else is refused before any work
// (and never echoed back whole).
absl::Status CheckVersion(const std::string& version, const char* what, bool required) {
  if (version.empty() && !required) return absl::OkStatus();
  const bool digits = version.size() == 14 &&
                      std::all_of(version.begin(), version.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      what, version.empty() ? " is required" : " is not a version", ": a version is 14 digits, "
      "UTC YYYYMMDDHHMMSS, as in the store's file names (see show-all-migrations)"));
}

// What of an Apply or a Rollback request the executor takes as it is.
executor::ApplyOptions ApplyOptionsOf(const v1::ApplyRequest& req) {
  executor::ApplyOptions options;
  options.to_version = req.target_version();
  options.dry_run = req.dry_run();
  options.allow_out_of_order = req.allow_out_of_order();
  return options;
}

executor::RollbackOptions RollbackOptionsOf(const v1::RollbackRequest& req) {
  executor::RollbackOptions options;
  options.steps = req.steps();
  options.to_version = req.to_version();
  options.confirm_data_loss = req.confirm_data_loss();
  options.dry_run = req.dry_run();
  return options;
}

std::string InstanceName() {
  char host[256] = {0};
  gethostname(host, sizeof host - 1);
  return absl::StrCat(host, "/", getpid());
}

}  // namespace

template <typename Request>
absl::Status SchemaServiceImpl::CallScope::AdmitWithVersion(config::Role needed,
                                                            const Request& req,
                                                            const std::string& version,
                                                            const char* what, bool required) {
  RETURN_IF_ERROR(Admit(needed, req.project(), {req.environment()}, req.request_id()));
  return CheckVersion(version, what, required);
}

SchemaServiceImpl::SchemaServiceImpl(const config::Config& config, const executor::Targets& targets,
                                     std::map<std::string, executor::ShadowServer*> shadows,
                                     CallRegistry& calls, std::shared_ptr<spdlog::logger> logger,
                                     metrics::Metrics* metrics, BackupServices backups)
    : config_(config),
      targets_(targets),
      shadows_(std::move(shadows)),
      auth_(config.auth),
      calls_(calls),
      logger_(std::move(logger)),
      metrics_(metrics),
      backups_(std::move(backups)) {
  if (metrics_ == nullptr) return;
  refresher_ = std::thread([this] {
    const int every = config_.server.migrations.metrics_refresh_seconds;
    std::unique_lock<std::mutex> lock(refresh_mu_);
    while (!stopping_) {
      lock.unlock();
      RefreshGauges();
      lock.lock();
      if (every == 0) {
        refresh_wake_.wait(lock, [&] { return stopping_.load(); });
      } else {
        refresh_wake_.wait_for(lock, std::chrono::seconds(every), [&] { return stopping_.load(); });
      }
    }
  });
}

SchemaServiceImpl::~SchemaServiceImpl() {
  BeginShutdown();
  if (refresher_.joinable()) refresher_.join();
}

void SchemaServiceImpl::BeginShutdown() {
  std::lock_guard<std::mutex> lock(refresh_mu_);
  stopping_ = true;
  refresh_wake_.notify_all();
}

void SchemaServiceImpl::SetGauges(const executor::Target& target,
                                  const executor::EnvironmentStatus& status) {
  if (metrics_ == nullptr) return;
  metrics::MigrationGauges g;
  double version = 0;
  if (!status.current_version.empty() && absl::SimpleAtod(status.current_version, &version)) {
    g.schema_version = version;
  }
  if (status.last_applied_at) g.last_applied_unix = absl::ToUnixMillis(*status.last_applied_at) / 1000.0;
  g.pending = status.pending;
  g.failed = status.failed;
  metrics_->SetGauges(target.project, target.environment, g);
}

void SchemaServiceImpl::RefreshGauges() {
  for (const executor::Target& target : targets_.all()) {
    if (stopping_) return;
    RefreshGauges(target);
  }
}

void SchemaServiceImpl::Observe(const executor::Target& target, bool rollback,
                                const executor::RunOutcome& outcome) {
  if (metrics_ == nullptr) return;
  for (const absl::Duration d : outcome.durations) {
    if (rollback) {
      metrics_->MigrationRolledBack(target.project, target.environment, absl::ToDoubleSeconds(d));
    } else {
      metrics_->MigrationApplied(target.project, target.environment, absl::ToDoubleSeconds(d));
    }
  }
  for (int i = 0; i < outcome.failed; ++i) metrics_->MigrationFailed(target.project, target.environment);
  metrics_->LockWaited(target.project, target.environment, absl::ToDoubleSeconds(outcome.lock_wait));
  if (outcome.after) {
    SetGauges(target, *outcome.after);
  } else {
    RefreshGauges(target);
  }
}

void SchemaServiceImpl::RefreshGauges(const executor::Target& target) {
  const config::ProjectConfig* project = config_.FindProject(target.project);
  absl::StatusOr<executor::EnvironmentStatus> status =
      executor::ReadStatus(target, project->migrations_dir, 0, /*create_schema=*/false);
  if (const executor::BackupSettings backups = BackupsFor(target);
      metrics_ != nullptr && backups.store != nullptr) {
    absl::StatusOr<std::vector<backup::Manifest>> listed = executor::ListBackups(target, backups);
    const auto newest = !listed.ok() ? listed->end()  // not dereferenced
                                     : std::find_if(listed->begin(), listed->end(), [](const backup::Manifest& m) {
                                         return !absl::StartsWith(m.verification, "failed");
                                       });
    if (listed.ok() && newest != listed->end()) {
      metrics_->SetLastBackup(target.project, target.environment,
                              absl::ToUnixMillis(newest->created_at + absl::Milliseconds(newest->duration_ms)) / 1000.0,
                              static_cast<double>(newest->size_bytes));
    }
  }
  if (status.ok()) {
    SetGauges(target, *status);
  } else {
    logger_->warn("metrics.refresh_failed project={} env={} code={} error={}", target.project,
                  target.environment, absl::StatusCodeToString(status.status().code()),
                  std::string(status.status().message()));
  }
}

executor::RunContext SchemaServiceImpl::RunFor(
    const executor::Target& target, CallScope& call,
    std::function<void(const executor::ProgressEvent&)> progress) {
  executor::RunContext run;
  run.target = target;
  run.migrations_dir = config_.FindProject(target.project)->migrations_dir;
  run.caller = call.caller();
  run.request_id = call.request_id();
  run.owner = InstanceName();
  const config::MigrationConfig& m = config_.server.migrations;
  run.limits.lock_timeout = absl::Milliseconds(m.lock_timeout_ms);
  run.limits.lock_retries = m.lock_retries;
  run.limits.retry_backoff = absl::Milliseconds(m.retry_backoff_ms);
  run.canceller = call.canceller();
  run.stopping = &stopping_;
  run.progress = std::move(progress);
  return run;
}

grpc::Status SchemaServiceImpl::Streamed(
    CallScope& call, grpc::ServerContext* ctx, grpc::ServerWriter<v1::Progress>* writer,
    const executor::Target& target,
    const std::function<absl::Status(const executor::RunContext&, executor::RunOutcome*)>& body,
    const std::function<void(const executor::RunOutcome&)>& observe) {
  const absl::Time start = absl::Now();
  ProgressStream stream(ctx, writer, writers_);
  executor::RunContext run = RunFor(target, call, [&](const executor::ProgressEvent& e) {
    stream.Push(ToProgress(e));
  });
  executor::RunOutcome outcome;
  const absl::Status status = body(run, &outcome);
  observe(outcome);
  if (status.ok()) {
    stream.Push(SummaryOf(outcome, start));
    call.SetDetail(outcome.message);
  }
  stream.Close();
  return call.Finish(status);
}

grpc::Status SchemaServiceImpl::Apply(grpc::ServerContext* ctx, const v1::ApplyRequest* req,
                                      grpc::ServerWriter<v1::Progress>* writer) {
  CallScope call(*this, ctx, "Apply", /*mutating=*/true);
  if (absl::Status s = call.AdmitWithVersion(config::Role::kDeployer, *req, req->target_version(), "target_version (--to)", false); !s.ok()) return call.Finish(s);
  const executor::Target* target = &call.target();
  const config::EnvironmentConfig* env =
      call.project().FindEnvironment(req->environment());
  executor::ApplyOptions options = ApplyOptionsOf(*req);
  if (!env->require_tested_in.empty()) {
    options.tested_in = **targets_.Find(req->project(), env->require_tested_in);
  }
  return Streamed(
      call, ctx, writer, *target,
      [&](const executor::RunContext& run, executor::RunOutcome* outcome) {
        if (env->backup_before_apply) {
          options.before_first = [&]() -> absl::StatusOr<std::string> {
            absl::StatusOr<backup::Manifest> taken = TakeBackup(
                run, absl::StrCat("before apply-migrations (", call.request_id(), ")"),
                /*holding_lock=*/true);
            if (!taken.ok()) {
              return absl::Status(taken.status().code(), absl::StrCat(
                  "policy backup_before_apply of ", target->project, "/", target->environment,
                  ": the backup failed: ", taken.status().message()));
            }
            return taken->id;
          };
        }
        return executor::Apply(run, options, outcome);
      },
      [&](const executor::RunOutcome& outcome) {
        if (!options.dry_run) Observe(*target, /*rollback=*/false, outcome);
      });
}

grpc::Status SchemaServiceImpl::Rollback(grpc::ServerContext* ctx, const v1::RollbackRequest* req,
                                         grpc::ServerWriter<v1::Progress>* writer) {
  CallScope call(*this, ctx, "Rollback", /*mutating=*/true);
  if (absl::Status s = call.AdmitWithVersion(config::Role::kAdmin, *req, req->to_version(), "to_version (--to)", false); !s.ok()) return call.Finish(s);
  const executor::Target* target = &call.target();
  const executor::RollbackOptions options = RollbackOptionsOf(*req);
  return Streamed(
      call, ctx, writer, *target,
      [&](const executor::RunContext& run, executor::RunOutcome* outcome) {
        return executor::Rollback(run, options, outcome);
      },
      [&](const executor::RunOutcome& outcome) {
        if (!options.dry_run) Observe(*target, /*rollback=*/true, outcome);
      });
}

grpc::Status SchemaServiceImpl::Resolve(grpc::ServerContext* ctx, const v1::ResolveRequest* req,
                                        v1::ResolveResponse* resp) {
  CallScope call(*this, ctx, "Resolve", /*mutating=*/true);
  if (absl::Status s = call.AdmitWithVersion(config::Role::kAdmin, *req, req->version(), "version", true); !s.ok()) return call.Finish(s);
  if (req->as() == v1::RESOLVE_AS_UNSPECIFIED) {
    return call.Finish(absl::InvalidArgumentError(
        "say what happened: as applied (it took effect) or rolled back (it did not)"));
  }
  const executor::Target* target = &call.target();
  executor::RunContext run = RunFor(*target, call, nullptr);
  const bool applied = req->as() == v1::RESOLVE_AS_APPLIED;
  if (absl::Status s = executor::Resolve(run, req->version(), applied); !s.ok()) return call.Finish(s);
  call.SetDetail(absl::StrCat("resolved ", req->version(), " as ", applied ? "applied" : "rolled back"));
  absl::StatusOr<executor::EnvironmentStatus> status =
      executor::ReadStatus(*target, run.migrations_dir, 0, /*create_schema=*/false, call.canceller());
  if (!status.ok()) return call.Finish(status.status());
  SetGauges(*target, *status);
  for (const executor::MigrationStatus& m : status->migrations) {
    if (m.version == req->version()) ToProto(m, resp->mutable_entry());
  }
  return call.Finish(absl::OkStatus());
}

grpc::Status SchemaServiceImpl::Baseline(grpc::ServerContext* ctx, const v1::BaselineRequest* req,
                                         grpc::ServerWriter<v1::Progress>* writer) {
  CallScope call(*this, ctx, "Baseline", /*mutating=*/true);
  if (absl::Status s = call.AdmitWithVersion(config::Role::kAdmin, *req, req->version(), "version", true); !s.ok()) return call.Finish(s);
  const executor::Target* target = &call.target();
  const config::ProjectConfig* project = &call.project();
  const executor::LoadOptions load = LoadOptionsOf(*project, call.canceller());
  return Streamed(
      call, ctx, writer, *target,
      [&](const executor::RunContext& run, executor::RunOutcome* outcome) {
        return executor::Baseline(run, req->version(), *shadows_.at(project->name), load, outcome);
      },
      [&](const executor::RunOutcome&) { RefreshGauges(*target); });
}

grpc::Status SchemaServiceImpl::StreamedSummary(
    CallScope& call, grpc::ServerContext* ctx, grpc::ServerWriter<v1::Progress>* writer,
    const executor::Target& target,
    const std::function<absl::Status(const executor::RunContext&, v1::Summary*)>& body) {
  const absl::Time start = absl::Now();
  ProgressStream stream(ctx, writer, writers_);
  executor::RunContext run = RunFor(target, call, [&](const executor::ProgressEvent& e) {
    stream.Push(ToProgress(e));
  });
  v1::Progress last;
  last.set_phase(v1::PHASE_DONE);
  const absl::Status status = body(run, last.mutable_summary());
  if (status.ok()) {
    last.mutable_summary()->set_duration_ms(absl::ToInt64Milliseconds(absl::Now() - start));
    last.set_message(last.summary().message());
    SetTimestamp(absl::Now(), last.mutable_at());
    stream.Push(last);
    call.SetDetail(last.summary().message());
  }
  stream.Close();
  return call.Finish(status);
}

executor::BackupSettings SchemaServiceImpl::BackupsFor(const executor::Target& target) const {
  executor::BackupSettings settings;
  const auto it = backups_.stores.find(target.project);
  settings.store = it == backups_.stores.end() ? nullptr : it->second;
  settings.binaries = backups_.binaries;
  const config::EnvironmentConfig* env =
      config_.FindProject(target.project)->FindEnvironment(target.environment);
  settings.keep = env->backup_keep;
  return settings;
}

absl::StatusOr<backup::Manifest> SchemaServiceImpl::TakeBackup(const executor::RunContext& run,
                                                            const std::string& reason,
                                                            bool holding_lock) {
  const absl::Time start = absl::Now();
  absl::StatusOr<backup::Manifest> taken =
      holding_lock ? executor::TakeBackupUnderLock(run, BackupsFor(run.target), reason)
                   : executor::TakeBackup(run, BackupsFor(run.target), reason);
  if (metrics_ != nullptr) {
    metrics_->BackupTaken(run.target.project, run.target.environment, taken.ok(),
                          absl::ToDoubleSeconds(absl::Now() - start),
                          taken.ok() ? static_cast<double>(taken->size_bytes) : 0,
                          absl::ToUnixMillis(absl::Now()) / 1000.0);
  }
  return taken;
}

grpc::Status SchemaServiceImpl::Sync(grpc::ServerContext* ctx, const v1::SyncRequest* req,
                                     grpc::ServerWriter<v1::Progress>* writer) {
  CallScope call(*this, ctx, "Sync", /*mutating=*/true);
  if (absl::Status s = call.Admit(config::Role::kDeveloper, req->project(), {req->environment()}, req->request_id()); !s.ok()) return call.Finish(s);
  const config::ProjectConfig* project = &call.project();
  const config::EnvironmentConfig* env = project->FindEnvironment(req->environment());
  if (!env->allow_sync) {
    return call.Finish(absl::FailedPreconditionError(absl::StrCat(
        "policy of ", project->name, "/", env->name, ": allow_sync is false, so Sync may not "
        "write to it; only development databases are synced. Changes reach ", env->name,
        " as migrations: prepare-migration, then apply-migrations --env ", env->name)));
  }
  const executor::Target* target = &call.target();
  executor::SyncOptions options;
  options.models = ModelsOf(*project, req->has_models() ? &req->models() : nullptr);
  options.confirm_hash = req->confirm_schema_hash();
  options.confirm_data_loss = req->confirm_data_loss();
  absl::StatusOr<plan::Options> plan_options = PlanOptionsOf(*req);
  if (!plan_options.ok()) return call.Finish(plan_options.status());
  options.plan = std::move(*plan_options);
  options.load = LoadOptionsOf(*project, call.canceller());
  return StreamedSummary(call, ctx, writer, *target,
                         [&](const executor::RunContext& run, v1::Summary* summary) {
    if (env->backup_before_sync) {
      options.before_change = [&]() -> absl::Status {
        absl::StatusOr<backup::Manifest> taken =
            TakeBackup(run, absl::StrCat("before sync-dev-schema (", call.request_id(), ")"),
                       /*holding_lock=*/true);
        if (!taken.ok()) {
          return absl::Status(taken.status().code(), absl::StrCat(
              "policy backup_before_sync of ", target->project, "/", target->environment,
              ": the backup before the sync failed: ", taken.status().message(), ". Nothing was synced"));
        }
        summary->set_backup_id(taken->id);
        ToProto(*taken, summary->mutable_backup());
        return absl::OkStatus();
      };
    }
    executor::SyncOutcome outcome;
    const absl::Status status = executor::Sync(run, options, *shadows_.at(project->name), &outcome);
    if (!status.ok()) return status;
    for (const plan::Statement& st : outcome.statements) ToProto(st, summary->add_statements());
    summary->set_schema_hash(outcome.hash);
    summary->set_applied(outcome.applied);
    summary->set_message(outcome.message);
    return absl::OkStatus();
  });
}

grpc::Status SchemaServiceImpl::Backup(grpc::ServerContext* ctx, const v1::BackupRequest* req,
                                       grpc::ServerWriter<v1::Progress>* writer) {
  CallScope call(*this, ctx, "Backup", /*mutating=*/true);
  if (absl::Status s = call.Admit(config::Role::kDeployer, req->project(), {req->environment()}, req->request_id()); !s.ok()) return call.Finish(s);
  if (req->reason().size() > 1000) {
    return call.Finish(absl::InvalidArgumentError("reason is at most 1000 bytes (UTF-8)"));
  }
  const executor::Target* target = &call.target();
  return StreamedSummary(call, ctx, writer, *target,
                         [&](const executor::RunContext& run, v1::Summary* summary) {
    absl::StatusOr<backup::Manifest> taken = TakeBackup(run, req->reason());
    if (!taken.ok()) return taken.status();
    summary->set_backup_id(taken->id);
    ToProto(*taken, summary->mutable_backup());
    summary->set_message(absl::StrCat("backup ", taken->id, " of ", target->project, "/",
                                      target->environment, ": ", taken->size_bytes,
                                      " bytes, sha256 ", taken->sha256.substr(0, 12), "..., verified (",
                                      taken->verification, ")"));
    return absl::OkStatus();
  });
}

grpc::Status SchemaServiceImpl::ListBackups(grpc::ServerContext* ctx,
                                            const v1::ListBackupsRequest* req,
                                            v1::ListBackupsResponse* resp) {
  CallScope call(*this, ctx, "ListBackups", /*mutating=*/false);
  if (absl::Status s = call.Admit(config::Role::kViewer, req->project(), {req->environment()}, ""); !s.ok()) return call.Finish(s);
  const executor::Target* target = &call.target();
  absl::StatusOr<std::vector<backup::Manifest>> listed = executor::ListBackups(*target, BackupsFor(*target));
  if (!listed.ok()) return call.Finish(listed.status());
  for (const backup::Manifest& m : *listed) ToProto(m, resp->add_backups());
  return call.Finish(absl::OkStatus());
}

grpc::Status SchemaServiceImpl::Restore(grpc::ServerContext* ctx, const v1::RestoreRequest* req,
                                        grpc::ServerWriter<v1::Progress>* writer) {
  CallScope call(*this, ctx, "Restore", /*mutating=*/true);
  if (absl::Status s = call.Admit(config::Role::kAdmin, req->project(), {req->environment()}, req->request_id()); !s.ok()) return call.Finish(s);
  if (absl::Status s = CheckBackupId(req->backup_id()); !s.ok()) return call.Finish(s);
  const std::string& into = req->new_database();
  if (!into.empty() && (into.size() > 63 || !std::all_of(into.begin(), into.end(), [](char c) {
        return absl::ascii_islower(static_cast<unsigned char>(c)) ||
               absl::ascii_isdigit(static_cast<unsigned char>(c)) || c == '_';
      }))) {
    return call.Finish(absl::InvalidArgumentError(
        "new_database: lower-case letters, digits and _, at most 63 characters"));
  }
  if (into.empty() && (!req->confirm_overwrite() || req->confirm_environment() != req->environment())) {
    return call.Finish(absl::FailedPreconditionError(absl::StrCat(
        "restoring in place replaces everything in ", req->project(), "/", req->environment(),
        "'s database with the backup; confirm by naming the environment (--in-place --confirm ",
        req->environment(), "), or restore into a new database (--into NAME). Nothing was changed")));
  }
  const executor::Target* target = &call.target();
  return StreamedSummary(call, ctx, writer, *target,
                         [&](const executor::RunContext& run, v1::Summary* summary) {
    executor::RestoreOutcome outcome;
    const absl::Status status = executor::RestoreBackup(run, BackupsFor(*target), req->backup_id(), into, &outcome);
    if (!status.ok()) return status;
    ToProto(outcome.backup, summary->mutable_backup());
    summary->set_backup_id(outcome.safety_backup_id);
    summary->set_database(outcome.database);
    summary->set_message(outcome.message);
    if (into.empty()) RefreshGauges(*target);
    return absl::OkStatus();
  });
}

grpc::Status SchemaServiceImpl::VerifyBackup(grpc::ServerContext* ctx,
                                             const v1::VerifyBackupRequest* req,
                                             grpc::ServerWriter<v1::Progress>* writer) {
  CallScope call(*this, ctx, "VerifyBackup", /*mutating=*/true);
  if (absl::Status s = call.Admit(config::Role::kDeployer, req->project(), {req->environment()}, req->request_id()); !s.ok()) return call.Finish(s);
  if (absl::Status s = CheckBackupId(req->backup_id()); !s.ok()) return call.Finish(s);
  const executor::Target* target = &call.target();
  return StreamedSummary(call, ctx, writer, *target,
                         [&](const executor::RunContext& run, v1::Summary* summary) {
    absl::StatusOr<backup::Manifest> verified =
        executor::VerifyBackup(run, BackupsFor(*target), req->backup_id());
    if (!verified.ok()) return verified.status();
    ToProto(*verified, summary->mutable_backup());
    summary->set_backup_id(verified->id);
    summary->set_message(absl::StrCat(
        "backup ", verified->id, " restores",
        verified->verification == "restored" ? ", and its catalog equals the one recorded at backup time"
                                             : absl::StrCat(": ", verified->verification)));
    return absl::OkStatus();
  });
}

grpc::Status SchemaServiceImpl::History(grpc::ServerContext* ctx, const v1::HistoryRequest* req,
                                        v1::HistoryResponse* resp) {
  CallScope call(*this, ctx, "History", /*mutating=*/false);
  std::vector<std::string> asked;
  if (!req->environment().empty()) asked.push_back(req->environment());
  if (absl::Status s = call.Admit(config::Role::kViewer, req->project(), asked, ""); !s.ok()) return call.Finish(s);
  if (req->event_limit() < 0) {
    return call.Finish(absl::InvalidArgumentError("event_limit must be 0 or more"));
  }
  const config::ProjectConfig* project = &call.project();
  if (asked.empty()) {
    // Every environment the caller may read.
    for (const config::EnvironmentConfig& e : project->environments) {
      if (Authorize(call.caller_info(), config::Role::kViewer, "History", project->name, e.name).ok()) {
        asked.push_back(e.name);
      }
    }
  }
  const bool one = !req->environment().empty();
  for (const std::string& name : asked) {
    const executor::Target* target = *targets_.Find(req->project(), name);
    absl::StatusOr<executor::EnvironmentStatus> status = executor::ReadStatus(
        *target, project->migrations_dir, std::min(req->event_limit(), kMaxEventLimit),
        /*create_schema=*/true, call.canceller());
    if (!status.ok() && one) return call.Finish(status.status());
    v1::EnvironmentHistory* env = resp->add_environments();
    env->set_environment(name);
    if (!status.ok()) {
      // One unreachable environment does not hide the others.
      env->add_problems(absl::StrCat("cannot read this environment: ",
                                     absl::StatusCodeToString(status.status().code()), ": ",
                                     status.status().message()));
      continue;
    }
    SetGauges(*target, *status);
    ToProto(*status, env);
  }
  if (resp->environments_size() > 0) {
    const v1::EnvironmentHistory& first = resp->environments(0);
    *resp->mutable_entries() = first.entries();
    *resp->mutable_events() = first.events();
    resp->set_current_version(first.current_version());
    *resp->mutable_problems() = first.problems();
  }
  return call.Finish(absl::OkStatus());
}

}  // namespace schemaservice::api
