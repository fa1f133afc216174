// clients/cpp/client.h
//
// A small C++ client over the generated SchemaService stub: one channel, a deadline on every
// call, gRPC statuses turned into absl::Status with a message that says what to do when the
// server cannot be reached. schemactl is built on it; so can any C++ tool.
#pragma once

#include <memory>
#include <string>

#include <grpcpp/grpcpp.h>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "schemaservice/v1/schema_service.grpc.pb.h"

namespace schemaservice::client {

struct ClientOptions {
  std::string server = "127.0.0.1:50051";  // host:port or unix:/path
  absl::Duration timeout = absl::Seconds(30);
  // TLS when tls_ca (or tls_cert) is set: PEM file paths; cert and key for mutual TLS.
  std::string tls_ca, tls_cert, tls_key;
  std::string tls_server_name;  // the name checked against the server's certificate
  std::string token;            // sent as `authorization: Bearer TOKEN`; never logged
};

// Reads a file holding a token or a PEM (surrounding whitespace dropped). The message names
// the file, never its content.
absl::StatusOr<std::string> ReadSecretFile(const std::string& path, const std::string& what);

class Client {
 public:
  // Fails when a TLS file cannot be read.
  static absl::StatusOr<std::unique_ptr<Client>> Create(ClientOptions options);

  // The serving status of `service` ("" = the whole server): "SERVING", "NOT_SERVING", ...
  absl::StatusOr<std::string> Health(const std::string& service = "");

  absl::StatusOr<v1::HistoryResponse> History(const v1::HistoryRequest& request);

  // For calls the wrappers do not cover yet; set a deadline on the context with Prepare.
  v1::SchemaService::Stub& stub() { return *stub_; }
  void Prepare(grpc::ClientContext& context) const;

  // Converts a finished call's status, explaining UNAVAILABLE and DEADLINE_EXCEEDED in terms
  // of --server when the server never answered.
  absl::Status ToStatus(const grpc::Status& status) const;
  // The same, told by the call's context whether schemad answered it: then its message is
  // passed on as it is.
  absl::Status ToStatus(const grpc::Status& status, const grpc::ClientContext& context) const;

 private:
  Client(ClientOptions options, std::shared_ptr<grpc::Channel> channel);

  ClientOptions options_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::SchemaService::Stub> stub_;
  std::unique_ptr<grpc::health::v1::Health::Stub> health_;
};

}  // namespace schemaservice::client
