#include "clients/cpp/client.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "service/util/status.h"

namespace schemaservice::client {

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
  if (text.empty()) return absl::InvalidArgumentError(absl::StrCat("the ", what, " file ", path, " is empty"));
  return text;
}

absl::StatusOr<std::unique_ptr<Client>> Client::Create(ClientOptions options) {
  grpc::ChannelArguments args;
  // Diff responses of large models pass gRPC's 4 MiB default; the server bounds its own work.
  args.SetMaxReceiveMessageSize(-1);
  std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
  // gRPC takes any bytes here and only fails at call time with "empty address list": check
  // for a PEM block of the expected label ("CERTIFICATE"; "... PRIVATE KEY") now.
  const auto check_pem = [](const std::string& text, const std::string& path, const std::string& flag,
                            bool key) -> absl::Status {
    for (size_t at = text.find("-----BEGIN "); at != std::string::npos;
         at = text.find("-----BEGIN ", at + 1)) {
      const size_t start = at + 11, end = text.find("-----", start);
      if (end == std::string::npos) break;
      const absl::string_view label = absl::string_view(text).substr(start, end - start);
      if (key ? absl::EndsWith(label, "PRIVATE KEY") : label == "CERTIFICATE") return absl::OkStatus();
    }
    return absl::InvalidArgumentError(absl::StrCat(
        "the ", flag, " file ", path, " is not a PEM ", key ? "private key" : "certificate",
        ": it has no ", key ? "-----BEGIN ... PRIVATE KEY-----" : "-----BEGIN CERTIFICATE-----",
        " line"));
  };
  if (!options.tls_ca.empty() || !options.tls_cert.empty()) {
    grpc::SslCredentialsOptions ssl;
    if (!options.tls_ca.empty()) {
      ASSIGN_OR_RETURN(ssl.pem_root_certs, ReadSecretFile(options.tls_ca, "--tls-ca"));
      RETURN_IF_ERROR(check_pem(ssl.pem_root_certs, options.tls_ca, "--tls-ca", false));
    }
    if (options.tls_cert.empty() != options.tls_key.empty()) {
      return absl::InvalidArgumentError("--tls-cert and --tls-key go together (mutual TLS)");
    }
    if (!options.tls_cert.empty()) {
      ASSIGN_OR_RETURN(ssl.pem_cert_chain, ReadSecretFile(options.tls_cert, "--tls-cert"));
      RETURN_IF_ERROR(check_pem(ssl.pem_cert_chain, options.tls_cert, "--tls-cert", false));
      ASSIGN_OR_RETURN(ssl.pem_private_key, ReadSecretFile(options.tls_key, "--tls-key"));
      RETURN_IF_ERROR(check_pem(ssl.pem_private_key, options.tls_key, "--tls-key", true));
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
  context.set_deadline(absl::ToChronoTime(absl::Now() + options_.timeout));
  if (!options_.token.empty()) context.AddMetadata("authorization", "Bearer " + options_.token);
}

absl::Status Client::ToStatus(const grpc::Status& status, const grpc::ClientContext& context) const {
  // schemad sends x-request-id at the start of every call it admits: with it, the status is
  // the server's answer (a lock wait given up, a shutdown), not a connection failure.
  // (A call that failed before any message may carry it with the trailers instead.)
  if (!status.ok() && (context.GetServerInitialMetadata().count("x-request-id") > 0 ||
                       context.GetServerTrailingMetadata().count("x-request-id") > 0)) {
    return absl::Status(static_cast<absl::StatusCode>(status.error_code()), status.error_message());
  }
  return ToStatus(status);
}

absl::Status Client::ToStatus(const grpc::Status& status) const {
  if (status.ok()) return absl::OkStatus();
  std::string message = status.error_message();
  if (status.error_code() == grpc::StatusCode::UNAVAILABLE ||
      status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED) {
    message = absl::StrCat("schemad at ", options_.server, " did not answer: ", message,
                           "; is it running? (set --server or SCHEMACTL_SERVER)",
                           options_.tls_ca.empty()
                               ? "; if it serves TLS, pass --tls-ca"
                               : "; does it serve TLS with a certificate this CA signed?");
  }
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()), message);
}

absl::StatusOr<std::string> Client::Health(const std::string& service) {
  grpc::ClientContext context;
  Prepare(context);
  grpc::health::v1::HealthCheckRequest request;
  request.set_service(service);
  grpc::health::v1::HealthCheckResponse response;
  const grpc::Status status = health_->Check(&context, request, &response);
  if (!status.ok()) return ToStatus(status);
  return grpc::health::v1::HealthCheckResponse::ServingStatus_Name(response.status());
}

absl::StatusOr<v1::HistoryResponse> Client::History(const v1::HistoryRequest& request) {
  grpc::ClientContext context;
  Prepare(context);
  v1::HistoryResponse response;
  const grpc::Status status = stub_->History(&context, request, &response);
  if (!status.ok()) return ToStatus(status, context);
  return response;
}

}  // namespace schemaservice::client
