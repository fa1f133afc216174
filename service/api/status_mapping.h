// service/api/status_mapping.h
//
// absl::Status <-> grpc::Status. The two share code numbers, so the mapping keeps the code
// and the message a person can act on.
#pragma once

#include <string>

#include <grpcpp/support/status.h>

#include "absl/status/status.h"

namespace schemaservice::api {

grpc::Status ToGrpc(const absl::Status& status);

// "INVALID_ARGUMENT", as in metric labels and messages.
std::string CodeName(grpc::StatusCode code);

}  // namespace schemaservice::api
