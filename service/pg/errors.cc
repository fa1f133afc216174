#include "service/pg/errors.h"

#include <pqxx/pqxx>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace schemaservice::pg {
namespace {

// One line, single spaces: the server's caret line and indentation do not survive a log.
std::string OneLine(absl::string_view text) {
  std::string out;
  for (char c : absl::StripAsciiWhitespace(text)) {
    if (c == '\n' || c == '\t') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(c);
  }
  return out;
}

bool IsSqlState(absl::string_view s) {
  if (s.size() != 5) return false;
  for (char c : s) {
    if (!absl::ascii_isdigit(c) && !absl::ascii_isupper(c)) return false;
  }
  return true;
}

// libpqxx 6.4 throws some server errors without their SQLSTATE (insufficient_privilege) or
// outside sql_error (transaction_rollback and its children): the type still tells the code.
// Else a verbose server message carries it ("ERROR:  42501: ..."); else "".
std::string SqlStateOf(const std::exception& e) {
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) {
    if (IsSqlState(sql->sqlstate())) return sql->sqlstate();
  }
  if (dynamic_cast<const pqxx::insufficient_privilege*>(&e)) return "42501";
  if (dynamic_cast<const pqxx::serialization_failure*>(&e)) return "40001";
  if (dynamic_cast<const pqxx::deadlock_detected*>(&e)) return "40P01";
  if (dynamic_cast<const pqxx::statement_completion_unknown*>(&e)) return "40003";
  if (dynamic_cast<const pqxx::transaction_rollback*>(&e)) return "40000";
  if (dynamic_cast<const pqxx::too_many_connections*>(&e)) return "53300";
  if (dynamic_cast<const pqxx::sql_error*>(&e) == nullptr) return "";
  absl::string_view text = e.what();
  for (absl::string_view severity : {"ERROR:  ", "FATAL:  ", "PANIC:  "}) {
    if (absl::ConsumePrefix(&text, severity) && text.size() > 6 && text[5] == ':' &&
        IsSqlState(text.substr(0, 5))) {
      return std::string(text.substr(0, 5));
    }
  }
  return "";
}

std::string StateSuffix(absl::string_view state) {
  return state.empty() ? "" : absl::StrCat(" (SQLSTATE ", state, ")");
}

// What to change when a caller's SQL ran into a server limit; "" for other codes.
absl::string_view ScriptLimitAdvice(absl::string_view state) {
  if (state == "53200") {
    return "it needs more locks or memory than the server has (every object it creates or alters "
           "stays locked until the end): split it into several files, each loads in its own "
           "transaction, or raise max_locks_per_transaction on the server";
  }
  if (state == "53100") {
    return "the server ran out of disk space (temporary files of large sorts and index builds "
           "count): free space on the server or make the SQL do less at once";
  }
  if (state == "53400") {
    return "it exceeded a server setting such as temp_file_limit: raise the setting or make the "
           "SQL do less at once";
  }
  if (state == "53000") return "make the SQL do less at once or give the server more resources";
  if (absl::StartsWith(state, "54")) {
    return "it exceeds a PostgreSQL limit (columns per table, function arguments, expression "
           "depth): change the SQL";
  }
  return "";
}

}  // namespace

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
  const std::string message = OneLine(e.what());
  const std::string state = SqlStateOf(e);
  if (!state.empty()) {
    return absl::Status(CodeForSqlState(state), absl::StrCat(context, ": ", message, StateSuffix(state)));
  }
  if (dynamic_cast<const pqxx::sql_error*>(&e) != nullptr) {
    return absl::InternalError(absl::StrCat(context, ": ", message));
  }
  if (dynamic_cast<const pqxx::broken_connection*>(&e) != nullptr ||
      dynamic_cast<const pqxx::in_doubt_error*>(&e) != nullptr) {
    return absl::UnavailableError(
        absl::StrCat(context, ": connection to the database lost: ", message));
  }
  return absl::InternalError(absl::StrCat(context, ": ", message));
}

absl::Status FromScriptException(const std::exception& e, absl::string_view context) {
  const std::string state = SqlStateOf(e);
  const absl::string_view advice = ScriptLimitAdvice(state);
  if (!advice.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(context, ": the SQL exceeded a limit of the server: ",
                                                      OneLine(e.what()), StateSuffix(state), "; ", advice));
  }
  if (state == "57014") {
    return absl::DeadlineExceededError(
        absl::StrCat(context, ": the load was cancelled: ", OneLine(e.what()), StateSuffix(state),
                     "; a statement ran longer than server.sandbox.statement_timeout_seconds, the "
                     "load longer than server.sandbox.load_timeout_seconds, or the call reached "
                     "its deadline: make the SQL faster or raise the limit"));
  }
  return FromException(e, context);
}

}  // namespace schemaservice::pg
