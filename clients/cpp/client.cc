#include "clients/cpp/client.h"

#include "absl/strings/str_cat.h"

namespace schemaservice::client {

Client::Client(ClientOptions options)
    : options_(std::move(options)),
      channel_(grpc::CreateChannel(options_.server, grpc::InsecureChannelCredentials())),
      stub_(v1::SchemaService::NewStub(channel_)),
      health_(grpc::health::v1::Health::NewStub(channel_)) {}

void Client::Prepare(grpc::ClientContext& context) const {
  context.set_deadline(absl::ToChronoTime(absl::Now() + options_.timeout));
}

absl::Status Client::ToStatus(const grpc::Status& status) const {
  if (status.ok()) return absl::OkStatus();
  std::string message = status.error_message();
  if (status.error_code() == grpc::StatusCode::UNAVAILABLE ||
      status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED) {
    message = absl::StrCat("schemad at ", options_.server, " did not answer: ", message,
                           "; is it running? (set --server or SCHEMACTL_SERVER)");
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
  if (!status.ok()) return ToStatus(status);
  return response;
}

}  // namespace schemaservice::client
