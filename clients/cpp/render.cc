#include "clients/cpp/render.h"

#include <algorithm>
#include <vector>

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"

namespace schemaservice::client {
namespace {

std::string StateName(v1::MigrationState state) {
  std::string name = v1::MigrationState_Name(state);
  absl::StrReplaceAll({{"MIGRATION_STATE_", ""}}, &name);
  std::transform(name.begin(), name.end(), name.begin(), ::tolower);
  return name;
}

std::string Time(const google::protobuf::Timestamp& t) {
  if (t.seconds() == 0 && t.nanos() == 0) return "-";
  return google::protobuf::util::TimeUtil::ToString(t);
}

// Columns padded to their widest cell; the last column is not padded.
std::string Table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> width;
  for (const auto& row : rows) {
    width.resize(std::max(width.size(), row.size()));
    for (size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
  }
  std::string out;
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      out += row[i];
      if (i + 1 < row.size()) out += std::string(width[i] - row[i].size() + 2, ' ');
    }
    out += "\n";
  }
  return out;
}

}  // namespace

std::string RenderHistoryText(const std::string& project, const std::string& environment,
                              const v1::HistoryResponse& history) {
  std::string out = absl::StrCat("project ", project, ", environment ", environment, ": ");
  if (history.entries().empty()) {
    absl::StrAppend(&out, "no migrations applied yet\n");
  } else {
    absl::StrAppend(&out, history.entries_size(), " migration(s), current version ",
                    history.current_version().empty() ? "none" : history.current_version(),
                    "\n");
    std::vector<std::vector<std::string>> rows = {
        {"VERSION", "STATE", "APPLIED AT", "BY", "MS", "MESSAGE"}};
    for (const v1::HistoryEntry& e : history.entries()) {
      rows.push_back({e.version(), StateName(e.state()), Time(e.started_at()), e.applied_by(),
                      absl::StrCat(e.duration_ms()),
                      e.error().empty() ? e.message() : absl::StrCat(e.message(), " (", e.error(), ")")});
    }
    absl::StrAppend(&out, Table(rows));
  }
  if (!history.events().empty()) {
    std::vector<std::vector<std::string>> rows = {
        {"EVENT", "AT", "OPERATION", "OUTCOME", "CALLER", "DETAIL"}};
    for (const v1::Event& e : history.events()) {
      rows.push_back({absl::StrCat(e.id()), Time(e.at()), e.operation(), e.outcome(), e.caller(),
                      e.detail()});
    }
    absl::StrAppend(&out, "\n", Table(rows));
  }
  return out;
}

std::string RenderJson(const google::protobuf::Message& message) {
  std::string json;
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  (void)google::protobuf::util::MessageToJsonString(message, &json, options);
  return json;
}

}  // namespace schemaservice::client
