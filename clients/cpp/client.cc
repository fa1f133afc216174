#include "schemaservice/client.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <utility>
#include <vector>

#include "absl/strings/cord.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace schemaservice {
namespace {

// Marks a status schemad never answered (ServerNeverAnswered); a payload rather than a
// message prefix, so callers need not parse text.
constexpr char kNeverAnswered[] = "type.googleapis.com/schemaservice.client.NeverAnswered";

// The codes share numbers. Unanswered, UNAVAILABLE and DEADLINE_EXCEEDED are gRPC's words
// about the connection ("failed to connect to all addresses"), so the address is named.
absl::Status FromGrpc(const grpc::Status& status, const std::string& server, bool answered) {
  if (status.ok()) return absl::OkStatus();
  const auto code = static_cast<absl::StatusCode>(status.error_code());
  if (answered || (code != absl::StatusCode::kUnavailable &&
                   code != absl::StatusCode::kDeadlineExceeded)) {
    return absl::Status(code, status.error_message());
  }
  absl::Status unanswered(
      code, absl::StrCat("schemad at ", server, " did not answer: ", status.error_message()));
  unanswered.SetPayload(kNeverAnswered, absl::Cord("1"));
  return unanswered;
}

// schemad sends x-request-id at the start of every call it admits: with it, the status is
// the server's answer (a lock wait given up, a shutdown, a deadline passed mid-stream), not a
// connection failure. (A call that failed before any message may carry it with the trailers.)
bool Answered(const grpc::ClientContext& context) {
  return context.GetServerInitialMetadata().count("x-request-id") > 0 ||
         context.GetServerTrailingMetadata().count("x-request-id") > 0;
}

void PrepareContext(const ClientOptions& options, grpc::ClientContext& context,
                    absl::Duration timeout, const std::string& request_id) {
  context.set_deadline(absl::ToChronoTime(absl::Now() + timeout));
  if (!options.token.empty()) context.AddMetadata("authorization", "Bearer " + options.token);
  if (!request_id.empty()) context.AddMetadata("x-request-id", request_id);
}

std::string RequestId(const ClientOptions& options, const CallOptions& call) {
  return call.request_id.empty() ? options.request_id : call.request_id;
}

// The client's project where the request names none; a project it names wins.
template <typename Request>
void Complete(Request& request, const ClientOptions& options) {
  if (request.project().empty()) request.set_project(options.project);
}

// gRPC takes any bytes as a CA or key and only fails at call time with "empty address list":
// a PEM block of the expected label ("CERTIFICATE"; "... PRIVATE KEY") is checked at Create.
absl::Status CheckPem(const std::string& text, const std::string& path, const std::string& flag,
                      bool key) {
  for (size_t at = text.find("-----BEGIN "); at != std::string::npos;
       at = text.find("-----BEGIN ", at + 1)) {
    const size_t start = at + 11, end = text.find("-----", start);
    if (end == std::string::npos) break;
    const absl::string_view label = absl::string_view(text).substr(start, end - start);
    if (key ? absl::EndsWith(label, "PRIVATE KEY") : label == "CERTIFICATE") {
      return absl::OkStatus();
    }
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "the ", flag, " file ", path, " is not a PEM ", key ? "private key" : "certificate",
      ": it has no ", key ? "-----BEGIN ... PRIVATE KEY-----" : "-----BEGIN CERTIFICATE-----",
      " line"));
}

absl::StatusOr<std::string> ReadPem(const std::string& path, const std::string& flag, bool key) {
  absl::StatusOr<std::string> text = ReadSecretFile(path, flag);
  if (!text.ok()) return text.status();
  if (absl::Status s = CheckPem(*text, path, flag, key); !s.ok()) return s;
  return text;
}

}  // namespace

bool ServerNeverAnswered(const absl::Status& status) {
  return status.GetPayload(kNeverAnswered).has_value();
}

// ---------------------------------------------------------------------------------------
// Cancellation

struct CancelToken::State {
  std::mutex mu;
  bool cancelled = false;
  std::vector<grpc::ClientContext*> calls;  // in flight; each unregisters before it goes away
};

CancelToken::CancelToken() : state_(std::make_shared<State>()) {}

void CancelToken::Cancel() const {
  std::lock_guard<std::mutex> lock(state_->mu);
  state_->cancelled = true;
  for (grpc::ClientContext* context : state_->calls) context->TryCancel();
}

bool CancelToken::cancelled() const {
  std::lock_guard<std::mutex> lock(state_->mu);
  return state_->cancelled;
}

bool CancelToken::Register(grpc::ClientContext* context) const {
  std::lock_guard<std::mutex> lock(state_->mu);
  if (state_->cancelled) return false;
  state_->calls.push_back(context);
  return true;
}

void CancelToken::Unregister(grpc::ClientContext* context) const {
  std::lock_guard<std::mutex> lock(state_->mu);
  state_->calls.erase(std::remove(state_->calls.begin(), state_->calls.end(), context),
                      state_->calls.end());
}

// ---------------------------------------------------------------------------------------
// Streams

struct ProgressStream::State {
  std::string server;
  std::shared_ptr<grpc::Channel> channel;  // kept for the call, whatever becomes of the Client
  std::unique_ptr<grpc::ClientContext> context;
  std::unique_ptr<grpc::ClientReader<v1::Progress>> reader;  // null: refused before it started
  std::optional<CancelToken> cancel;                         // registered with `context`
  bool ended = false, finished = false;
  v1::Progress last;  // the last event carrying a summary
  absl::Status status = absl::CancelledError("cancelled before the call started");
};

ProgressStream::ProgressStream(std::unique_ptr<State> state) : state_(std::move(state)) {}
ProgressStream::ProgressStream(ProgressStream&&) noexcept = default;

ProgressStream& ProgressStream::operator=(ProgressStream&& other) noexcept {
  if (this != &other) {
    if (state_ != nullptr && !state_->finished) {
      Cancel();
      (void)Finish();
    }
    state_ = std::move(other.state_);
  }
  return *this;
}

ProgressStream::~ProgressStream() {
  // gRPC wants Finish after the last Read; a caller who stopped reading gave the call up.
  if (state_ != nullptr && !state_->finished) {
    Cancel();
    (void)Finish();
  }
}

bool ProgressStream::Next(v1::Progress* progress) {
  if (state_ == nullptr || state_->ended) return false;
  if (state_->reader == nullptr || !state_->reader->Read(progress)) {
    state_->ended = true;
    return false;
  }
  if (progress->has_summary()) state_->last = *progress;
  return true;
}

absl::StatusOr<v1::Progress> ProgressStream::Finish() {
  if (state_ == nullptr) return absl::FailedPreconditionError("this ProgressStream was moved from");
  if (!state_->finished) {
    v1::Progress rest;
    while (Next(&rest)) {
    }
    if (state_->reader != nullptr) {
      const grpc::Status status = state_->reader->Finish();
      state_->status = FromGrpc(status, state_->server, Answered(*state_->context));
      if (state_->cancel) state_->cancel->Unregister(state_->context.get());
    }
    state_->finished = true;
  }
  if (!state_->status.ok()) return state_->status;
  return state_->last;
}

absl::StatusOr<v1::Progress> ProgressStream::Drain(
    const std::function<void(const v1::Progress&)>& on_progress) {
  v1::Progress progress;
  while (Next(&progress)) on_progress(progress);
  return Finish();
}

void ProgressStream::Cancel() {
  if (state_ != nullptr && state_->context != nullptr) state_->context->TryCancel();
}

// ---------------------------------------------------------------------------------------
// The client

absl::StatusOr<std::string> ReadSecretFile(const std::string& path, const std::string& what) {
  // A directory opens and reads as empty; say what it is instead. Pipes (<(...)) stay allowed.
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return absl::InvalidArgumentError(absl::StrCat("the ", what, " file ", path,
                                                   " is a directory, not a regular file"));
  }
  std::ifstream in(path);
  std::stringstream buf;
  buf << in.rdbuf();
  if (!in) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot read the ", what, " file ", path, ": ", std::strerror(errno)));
  }
  std::string text(absl::StripAsciiWhitespace(buf.str()));
  if (text.empty()) {
    return absl::InvalidArgumentError(absl::StrCat("the ", what, " file ", path, " is empty"));
  }
  return text;
}

v1::SchemaSource EnvironmentSource(const std::string& environment) {
  v1::SchemaSource source;
  source.set_environment(environment);
  return source;
}

v1::SchemaSource ModelsSource() {
  v1::SchemaSource source;
  source.mutable_models();
  return source;
}

v1::SchemaSource MigrationsSource(const std::string& up_to_version) {
  v1::SchemaSource source;
  source.mutable_migrations()->set_up_to_version(up_to_version);
  return source;
}

v1::SchemaSource InlineModelsSource(const std::vector<std::pair<std::string, std::string>>& files) {
  v1::SchemaSource source;
  for (const auto& [name, sql] : files) {
    v1::ModelFile* file = source.mutable_inline_models()->add_files();
    file->set_name(name);
    file->set_sql(sql);
  }
  return source;
}

absl::StatusOr<std::unique_ptr<Client>> Client::Create(ClientOptions options) {
  if (options.token.empty() && !options.token_file.empty()) {
    absl::StatusOr<std::string> token = ReadSecretFile(options.token_file, "token");
    if (!token.ok()) return token.status();
    options.token = *token;
  }
  // A header value: gRPC would fail every call on anything else. The token is not repeated.
  if (!std::all_of(options.token.begin(), options.token.end(),
                   [](char c) { return c > ' ' && c < 127; })) {
    return absl::InvalidArgumentError(
        "the token holds characters a bearer token cannot carry (expected printable ASCII "
        "without spaces)");
  }
  grpc::ChannelArguments args;
  // Diff responses of large models pass gRPC's 4 MiB default; the server bounds its own work.
  args.SetMaxReceiveMessageSize(-1);
  std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
  if (!options.tls_ca.empty() || !options.tls_cert.empty()) {
    grpc::SslCredentialsOptions ssl;
    if (!options.tls_ca.empty()) {
      absl::StatusOr<std::string> ca = ReadPem(options.tls_ca, "--tls-ca", /*key=*/false);
      if (!ca.ok()) return ca.status();
      ssl.pem_root_certs = *std::move(ca);
    }
    if (options.tls_cert.empty() != options.tls_key.empty()) {
      return absl::InvalidArgumentError("--tls-cert and --tls-key go together (mutual TLS)");
    }
    if (!options.tls_cert.empty()) {
      absl::StatusOr<std::string> cert = ReadPem(options.tls_cert, "--tls-cert", /*key=*/false);
      if (!cert.ok()) return cert.status();
      absl::StatusOr<std::string> key = ReadPem(options.tls_key, "--tls-key", /*key=*/true);
      if (!key.ok()) return key.status();
      ssl.pem_cert_chain = *std::move(cert);
      ssl.pem_private_key = *std::move(key);
    }
    credentials = grpc::SslCredentials(ssl);
    if (!options.tls_server_name.empty()) {
      args.SetSslTargetNameOverride(options.tls_server_name);
    }
  }
  std::shared_ptr<grpc::Channel> channel =
      grpc::CreateCustomChannel(options.server, credentials, args);
  return std::unique_ptr<Client>(new Client(std::move(options), std::move(channel)));
}

Client::Client(ClientOptions options, std::shared_ptr<grpc::Channel> channel)
    : options_(std::move(options)),
      channel_(std::move(channel)),
      stub_(v1::SchemaService::NewStub(channel_)),
      health_(grpc::health::v1::Health::NewStub(channel_)) {}

void Client::Prepare(grpc::ClientContext& context) const {
  PrepareContext(options_, context, options_.timeout, options_.request_id);
}

absl::Status Client::ToStatus(const grpc::Status& status, const grpc::ClientContext& context) const {
  return FromGrpc(status, options_.server, Answered(context));
}

absl::Status Client::ToStatus(const grpc::Status& status) const {
  return FromGrpc(status, options_.server, /*answered=*/false);
}

template <typename Request, typename Response, typename Method>
absl::StatusOr<Response> Client::Unary(Method method, Request request,
                                       const CallOptions& call) const {
  const std::string request_id = RequestId(options_, call);
  Complete(request, options_);
  grpc::ClientContext context;
  PrepareContext(options_, context, call.timeout > absl::ZeroDuration() ? call.timeout : options_.timeout,
                 request_id);
  if (call.cancel && !call.cancel->Register(&context)) {
    return absl::CancelledError("cancelled before the call started");
  }
  Response response;
  const grpc::Status status = ((*stub_).*method)(&context, request, &response);
  if (call.cancel) call.cancel->Unregister(&context);
  if (!status.ok()) return ToStatus(status, context);
  return response;
}

template <typename Request, typename Method>
ProgressStream Client::Stream(Method method, Request request, const CallOptions& call) const {
  const std::string request_id = RequestId(options_, call);
  Complete(request, options_);
  auto state = std::make_unique<ProgressStream::State>();
  state->server = options_.server;
  state->channel = channel_;
  state->context = std::make_unique<grpc::ClientContext>();
  PrepareContext(options_, *state->context,
                 call.timeout > absl::ZeroDuration() ? call.timeout : options_.stream_timeout,
                 request_id);
  if (call.cancel) {
    if (!call.cancel->Register(state->context.get())) return ProgressStream(std::move(state));
    state->cancel = call.cancel;
  }
  state->reader = ((*stub_).*method)(state->context.get(), request);
  return ProgressStream(std::move(state));
}

absl::StatusOr<v1::DiffResponse> Client::Diff(v1::DiffRequest request, const CallOptions& call) const {
  return Unary<v1::DiffRequest, v1::DiffResponse>(&v1::SchemaService::Stub::Diff,
                                                  std::move(request), call);
}

absl::StatusOr<v1::GenerateResponse> Client::Generate(v1::GenerateRequest request,
                                                      const CallOptions& call) const {
  return Unary<v1::GenerateRequest, v1::GenerateResponse>(&v1::SchemaService::Stub::Generate,
                                                          std::move(request), call);
}

absl::StatusOr<v1::HistoryResponse> Client::History(v1::HistoryRequest request,
                                                    const CallOptions& call) const {
  return Unary<v1::HistoryRequest, v1::HistoryResponse>(&v1::SchemaService::Stub::History,
                                                        std::move(request), call);
}

absl::StatusOr<v1::ListBackupsResponse> Client::ListBackups(v1::ListBackupsRequest request,
                                                            const CallOptions& call) const {
  return Unary<v1::ListBackupsRequest, v1::ListBackupsResponse>(
      &v1::SchemaService::Stub::ListBackups, std::move(request), call);
}

absl::StatusOr<v1::GenerateResponse> Client::NewMigration(v1::NewMigrationRequest request,
                                                          const CallOptions& call) const {
  return Unary<v1::NewMigrationRequest, v1::GenerateResponse>(
      &v1::SchemaService::Stub::NewMigration, std::move(request), call);
}

absl::StatusOr<v1::RehashResponse> Client::Rehash(v1::RehashRequest request,
                                                  const CallOptions& call) const {
  return Unary<v1::RehashRequest, v1::RehashResponse>(&v1::SchemaService::Stub::Rehash,
                                                      std::move(request), call);
}

absl::StatusOr<v1::ResolveResponse> Client::Resolve(v1::ResolveRequest request,
                                                    const CallOptions& call) const {
  return Unary<v1::ResolveRequest, v1::ResolveResponse>(&v1::SchemaService::Stub::Resolve,
                                                        std::move(request), call);
}

ProgressStream Client::Apply(v1::ApplyRequest request, const CallOptions& call) const {
  return Stream(&v1::SchemaService::Stub::Apply, std::move(request), call);
}

ProgressStream Client::Rollback(v1::RollbackRequest request, const CallOptions& call) const {
  return Stream(&v1::SchemaService::Stub::Rollback, std::move(request), call);
}

ProgressStream Client::Sync(v1::SyncRequest request, const CallOptions& call) const {
  return Stream(&v1::SchemaService::Stub::Sync, std::move(request), call);
}

ProgressStream Client::Backup(v1::BackupRequest request, const CallOptions& call) const {
  return Stream(&v1::SchemaService::Stub::Backup, std::move(request), call);
}

ProgressStream Client::VerifyBackup(v1::VerifyBackupRequest request, const CallOptions& call) const {
  return Stream(&v1::SchemaService::Stub::VerifyBackup, std::move(request), call);
}

ProgressStream Client::Restore(v1::RestoreRequest request, const CallOptions& call) const {
  return Stream(&v1::SchemaService::Stub::Restore, std::move(request), call);
}

ProgressStream Client::Baseline(v1::BaselineRequest request, const CallOptions& call) const {
  return Stream(&v1::SchemaService::Stub::Baseline, std::move(request), call);
}

absl::StatusOr<std::string> Client::Health(const std::string& service,
                                           const CallOptions& call) const {
  grpc::ClientContext context;
  PrepareContext(options_, context,
                 call.timeout > absl::ZeroDuration() ? call.timeout : options_.timeout,
                 RequestId(options_, call));
  if (call.cancel && !call.cancel->Register(&context)) {
    return absl::CancelledError("cancelled before the call started");
  }
  grpc::health::v1::HealthCheckRequest request;
  request.set_service(service);
  grpc::health::v1::HealthCheckResponse response;
  const grpc::Status status = health_->Check(&context, request, &response);
  if (call.cancel) call.cancel->Unregister(&context);
  if (!status.ok()) return ToStatus(status);
  return grpc::health::v1::HealthCheckResponse::ServingStatus_Name(response.status());
}

}  // namespace schemaservice
