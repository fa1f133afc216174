// service/pg/errors.h
//
// libpqxx exceptions become absl::Status here, at the connection boundary, with the SQLSTATE
// kept in the message and the code chosen for the caller's next step: lock and connection
// trouble is UNAVAILABLE (retry), schema errors are FAILED_PRECONDITION (fix first).
#pragma once

#include <exception>
#include "absl/strings/string_view.h"

#include "absl/status/status.h"

namespace schemaservice::pg {

// The absl code for a SQLSTATE ("55P03" -> UNAVAILABLE).
absl::StatusCode CodeForSqlState(absl::string_view sqlstate);

// "context: server message (SQLSTATE 42701)" with the code from CodeForSqlState, and no
// suffix when the SQLSTATE is unknown; any other exception from libpqxx becomes UNAVAILABLE
// (broken connection) or INTERNAL.
absl::Status FromException(const std::exception& e, absl::string_view context);

// For SQL a caller supplied (models, inline DDL): a server limit the SQL itself ran into
// (53000/53100/53200/53400, class 54) is FAILED_PRECONDITION saying what to change, since a
// retry fails the same way; a cancel (57014) is DEADLINE_EXCEEDED; the rest as FromException.
absl::Status FromScriptException(const std::exception& e, absl::string_view context);

}  // namespace schemaservice::pg
