// clients/cpp/render.h
//
// How schemactl prints responses: aligned text tables for people, protobuf's JSON mapping
// for scripts (--format json).
#pragma once

#include <string>

#include <google/protobuf/message.h>

#include "schemaservice/v1/schema_service.pb.h"

namespace schemaservice::client {

std::string RenderHistoryText(const std::string& project, const std::string& environment,
                              const v1::HistoryResponse& history);

std::string RenderJson(const google::protobuf::Message& message);

}  // namespace schemaservice::client
