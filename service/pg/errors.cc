#include "service/pg/errors.h"

#include <pqxx/pqxx>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace schemaservice::pg {

absl::StatusCode CodeForSqlState(absl::string_view sqlstate) {
  if (sqlstate.size() != 5) return absl::StatusCode::kInternal;
  const absl::string_view cls = sqlstate.substr(0, 2);
  if (sqlstate == "55P03" || sqlstate == "40P01" || sqlstate == "40001" ||
      sqlstate == "57014") {
    // lock_timeout, deadlock, serialization failure, statement timeout: try again later.
    return absl::StatusCode::kUnavailable;
  }
  if (cls == "08" || cls == "57" || cls == "53") return absl::StatusCode::kUnavailable;
  if (cls == "28") return absl::StatusCode::kPermissionDenied;
  if (cls == "42" && sqlstate == "42501") return absl::StatusCode::kPermissionDenied;
  if (cls == "42" || cls == "23" || cls == "22" || cls == "2B" || cls == "55" || cls == "0A" ||
      cls == "P0" || cls == "3F" || cls == "3D") {
    return absl::StatusCode::kFailedPrecondition;
  }
  return absl::StatusCode::kInternal;
}

absl::Status FromException(const std::exception& e, absl::string_view context) {
  // One line, single spaces: the server's caret line and indentation do not survive a log.
  std::string message;
  for (char c : absl::StripAsciiWhitespace(e.what())) {
    if (c == '\n' || c == '\t') c = ' ';
    if (c == ' ' && !message.empty() && message.back() == ' ') continue;
    message.push_back(c);
  }
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) {
    const std::string& state = sql->sqlstate();
    return absl::Status(CodeForSqlState(state),
                        absl::StrCat(context, ": ", message, " (SQLSTATE ", state, ")"));
  }
  if (dynamic_cast<const pqxx::broken_connection*>(&e) != nullptr ||
      dynamic_cast<const pqxx::in_doubt_error*>(&e) != nullptr) {
    return absl::UnavailableError(
        absl::StrCat(context, ": connection to the database lost: ", message));
  }
  return absl::InternalError(absl::StrCat(context, ": ", message));
}

}  // namespace schemaservice::pg
