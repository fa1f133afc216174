// service/util/status.h
//
// The one pair of status macros the project uses (Abseil 20220623 ships none), plus small
// helpers shared by every stage. Kept free of libpq, gRPC and protobuf so diff/ and plan/
// can include it.
#pragma once

#include <string>
#include "absl/strings/string_view.h"

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define SCHEMAD_STATUS_CONCAT_INNER_(a, b) a##b
#define SCHEMAD_STATUS_CONCAT_(a, b) SCHEMAD_STATUS_CONCAT_INNER_(a, b)

// Returns from the enclosing function when `expr` (an absl::Status) is not OK.
#define RETURN_IF_ERROR(expr)                                 \
  do {                                                        \
    ::absl::Status schemad_status_ = (expr);                  \
    if (!schemad_status_.ok()) return schemad_status_;        \
  } while (false)

// `ASSIGN_OR_RETURN(auto x, F());` unwraps an absl::StatusOr or returns its status.
#define ASSIGN_OR_RETURN(lhs, expr) \
  SCHEMAD_ASSIGN_OR_RETURN_IMPL_(SCHEMAD_STATUS_CONCAT_(schemad_statusor_, __LINE__), lhs, expr)
#define SCHEMAD_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                   \
  if (!tmp.ok()) return tmp.status();                  \
  lhs = std::move(tmp).value()

namespace schemaservice {

// Prefixes a status's message with context ("loading config: ..."), keeping its code.
absl::Status Annotate(const absl::Status& status, absl::string_view context);

}  // namespace schemaservice
