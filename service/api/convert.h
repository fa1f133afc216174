// service/api/convert.h
//
// Engine values -> API messages: changes, statements and hazards of a plan. Shared by the
// Diff RPC and schemactl's --format json, so both print the same shape.
#pragma once

#include "schemaservice/v1/schema_service.pb.h"
#include "service/executor/engine.h"

namespace schemaservice::api {

void ToProto(const executor::DiffResult& result, v1::DiffResponse* out);
void ToProto(const plan::Statement& statement, v1::Statement* out);

}  // namespace schemaservice::api
