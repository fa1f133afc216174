// service/api/convert.h
//
// Engine values -> API messages: changes, statements and hazards of a plan. Shared by the
// Diff RPC and schemactl's --format json, so both print the same shape.
#pragma once

#include "schemaservice/v1/schema_service.pb.h"
#include "service/executor/engine.h"
#include "service/executor/generate.h"

namespace schemaservice::api {

void ToProto(const executor::DiffResult& result, v1::DiffResponse* out);
void ToProto(const plan::Statement& statement, v1::Statement* out);
// `files` lists what was written; a dry run wrote nothing and lists none.
void ToProto(const executor::GenerateResult& result, bool dry_run, v1::GenerateResponse* out);

// API rename hints -> plan's: INVALID_ARGUMENT naming the first that does not parse.
absl::StatusOr<std::vector<plan::RenameHint>> RenameHints(
    const google::protobuf::RepeatedPtrField<std::string>& hints);

}  // namespace schemaservice::api
