// schemaservice/client.h
//
// The C++ client of SchemaService, for services and tools that manage their schema through
// schemad (schemactl is one): one channel, one typed method per RPC, a deadline and the
// bearer token on every call, and failures as absl::Status carrying the gRPC code and
// schemad's own message, which says what to do next. Installed as a CMake package:
// find_package(schemaservice CONFIG) and link schemaservice::client.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "schemaservice/call.h"
#include "schemaservice/v1/schema_service.grpc.pb.h"

namespace schemaservice {

struct ClientOptions {
  std::string server = "127.0.0.1:50051";  // host:port, or unix:/path
  std::string project;                     // for every request that names none
  // Streaming calls wait for locks, dump databases and build indexes: an hour, like
  // schemactl. CallOptions::timeout overrides either for one call.
  absl::Duration timeout = absl::Seconds(30);
  absl::Duration stream_timeout = absl::Hours(1);
  // TLS when tls_ca or tls_cert is set: PEM file paths; tls_cert and tls_key for mutual TLS.
  std::string tls_ca, tls_cert, tls_key;
  std::string tls_server_name;  // the name checked against the server's certificate
  // Sent as `authorization: Bearer TOKEN`; never logged nor repeated in a message. Create
  // reads token_file when token is empty.
  std::string token, token_file;
  std::string request_id;  // the default of CallOptions::request_id
};

// Reads a file holding a token or a PEM (surrounding whitespace dropped). The message names
// `what` and the file, never its content.
absl::StatusOr<std::string> ReadSecretFile(const std::string& path, const std::string& what);

// The sides of a DiffRequest (from, to).
v1::SchemaSource EnvironmentSource(const std::string& environment);
v1::SchemaSource ModelsSource();
v1::SchemaSource MigrationsSource(const std::string& up_to_version = "");
// (name shown in load errors, DDL text) pairs, loaded in order.
v1::SchemaSource InlineModelsSource(const std::vector<std::pair<std::string, std::string>>& files);

class Client {
 public:
  // Fails (INVALID_ARGUMENT) when a TLS or token file cannot be read or is not what it
  // should be; nothing is sent before the first call.
  static absl::StatusOr<std::unique_ptr<Client>> Create(ClientOptions options);

  // One method per RPC; the proto documents each. Every method may be called from several
  // threads at once.
  absl::StatusOr<v1::DiffResponse> Diff(v1::DiffRequest request, const CallOptions& call = {}) const;
  absl::StatusOr<v1::GenerateResponse> Generate(v1::GenerateRequest request,
                                                const CallOptions& call = {}) const;
  absl::StatusOr<v1::HistoryResponse> History(v1::HistoryRequest request,
                                              const CallOptions& call = {}) const;
  absl::StatusOr<v1::ListBackupsResponse> ListBackups(v1::ListBackupsRequest request,
                                                      const CallOptions& call = {}) const;
  absl::StatusOr<v1::GenerateResponse> NewMigration(v1::NewMigrationRequest request,
                                                    const CallOptions& call = {}) const;
  absl::StatusOr<v1::RehashResponse> Rehash(v1::RehashRequest request,
                                            const CallOptions& call = {}) const;
  absl::StatusOr<v1::ResolveResponse> Resolve(v1::ResolveRequest request,
                                              const CallOptions& call = {}) const;

  ProgressStream Apply(v1::ApplyRequest request, const CallOptions& call = {}) const;
  ProgressStream Rollback(v1::RollbackRequest request, const CallOptions& call = {}) const;
  ProgressStream Sync(v1::SyncRequest request, const CallOptions& call = {}) const;
  ProgressStream Backup(v1::BackupRequest request, const CallOptions& call = {}) const;
  ProgressStream VerifyBackup(v1::VerifyBackupRequest request, const CallOptions& call = {}) const;
  ProgressStream Restore(v1::RestoreRequest request, const CallOptions& call = {}) const;
  ProgressStream Baseline(v1::BaselineRequest request, const CallOptions& call = {}) const;

  // grpc.health.v1: "SERVING", "NOT_SERVING", ... for `service` ("" = the whole server).
  absl::StatusOr<std::string> Health(const std::string& service = "",
                                     const CallOptions& call = {}) const;

  const ClientOptions& options() const { return options_; }

  // Under the typed methods, for what they do not cover (a test sending a request the typed
  // methods would complete): the generated stub, a context with the deadline and token, and
  // the conversion of a finished call's status. With the context, schemad's answer is passed
  // on as it is; without, UNAVAILABLE and DEADLINE_EXCEEDED are told as unanswered.
  v1::SchemaService::Stub& stub() const { return *stub_; }
  void Prepare(grpc::ClientContext& context) const;
  absl::Status ToStatus(const grpc::Status& status) const;
  absl::Status ToStatus(const grpc::Status& status, const grpc::ClientContext& context) const;

 private:
  Client(ClientOptions options, std::shared_ptr<grpc::Channel> channel);

  template <typename Request, typename Response, typename Method>
  absl::StatusOr<Response> Unary(Method method, Request request, const CallOptions& call) const;
  template <typename Request, typename Method>
  ProgressStream Stream(Method method, Request request, const CallOptions& call) const;

  ClientOptions options_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::SchemaService::Stub> stub_;
  std::unique_ptr<grpc::health::v1::Health::Stub> health_;
};

}  // namespace schemaservice
