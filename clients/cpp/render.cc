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

std::string RenderHistoryText(const std::string& project, const v1::HistoryResponse& history) {
  std::string out;
  for (const v1::EnvironmentHistory& env : history.environments()) {
    if (!out.empty()) out += "\n";
    absl::StrAppend(&out, "project ", project, ", environment ", env.environment(), ": ");
    if (env.entries().empty()) {
      absl::StrAppend(&out, "no migrations applied yet and none in the store\n");
    } else {
      absl::StrAppend(&out, "current version ",
                      env.current_version().empty() ? "none" : env.current_version(), ", ",
                      env.pending(), " pending, ", env.failed(), " failed\n");
      std::vector<std::vector<std::string>> rows = {
          {"VERSION", "STATE", "APPLIED AT", "BY", "MS", "MESSAGE"}};
      for (const v1::HistoryEntry& e : env.entries()) {
        std::string note = e.message();
        if (!e.error().empty()) absl::StrAppend(&note, " (", e.error(), ")");
        if (e.state() == v1::MIGRATION_STATE_TAMPERED) {
          absl::StrAppend(&note, " (applied ", e.checksum(), ", file now ", e.file_checksum(), ")");
        }
        const bool ran = e.state() != v1::MIGRATION_STATE_PENDING;
        rows.push_back({e.version(), StateName(e.state()), ran ? Time(e.started_at()) : "-",
                        ran ? e.applied_by() : "-", ran ? absl::StrCat(e.duration_ms()) : "-", note});
      }
      absl::StrAppend(&out, Table(rows));
    }
    for (const std::string& p : env.problems()) absl::StrAppend(&out, "PROBLEM: ", p, "\n");
    if (!env.events().empty()) {
      std::vector<std::vector<std::string>> rows = {
          {"EVENT", "AT", "OPERATION", "OUTCOME", "CALLER", "DETAIL"}};
      for (const v1::Event& e : env.events()) {
        rows.push_back({absl::StrCat(e.id()), Time(e.at()), e.operation(), e.outcome(), e.caller(),
                        e.detail()});
      }
      absl::StrAppend(&out, "\n", Table(rows));
    }
  }
  return out;
}

// Text a caller chose (a backup's reason) shown on someone else's terminal: control
// characters would break the table or drive the terminal, so they are shown as `?`.
std::string Printable(const std::string& text) {
  std::string out = text;
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  return out;
}

std::string RenderBackupsText(const std::string& where, const v1::ListBackupsResponse& response) {
  if (response.backups().empty()) return absl::StrCat("no backups of ", where, "\n");
  std::vector<std::vector<std::string>> rows = {
      {"ID", "CREATED", "SIZE", "SCHEMA VERSION", "VERIFIED", "BY", "REASON"}};
  for (const v1::BackupInfo& b : response.backups()) {
    rows.push_back({b.id(), Time(b.created_at()), absl::StrCat(b.size_bytes()),
                    b.history_version().empty() ? "none" : b.history_version(),
                    Printable(b.verification()), Printable(b.caller()), Printable(b.reason())});
  }
  return absl::StrCat("backups of ", where, ", newest first:\n", Table(rows));
}

ProgressPrinter::ProgressPrinter(std::ostream& out, bool terminal) : out_(out), terminal_(terminal) {}

ProgressPrinter::~ProgressPrinter() { EndBar(); }

void ProgressPrinter::EndBar() {
  if (bar_open_) out_ << "\n";
  bar_open_ = false;
  out_.flush();
}

void ProgressPrinter::Print(const v1::Progress& p) {
  const bool per_statement = p.statement_count() > 0 && !p.has_summary();
  if (!terminal_) {
    // One line per event: logs of a k8s Job read like this.
    std::string line = Time(p.at());
    if (p.total_steps() > 0) absl::StrAppend(&line, " [", p.step(), "/", p.total_steps(), "]");
    absl::StrAppend(&line, " ", p.message());
    out_ << line << "\n";
    out_.flush();
    return;
  }
  if (p.bytes_done() > 0 && !p.has_summary()) {
    // Backups and restores: bytes, redrawn in place (the total is unknown while dumping).
    std::string line = absl::StrCat("\r", p.message());
    if (p.bytes_total() > 0) {
      constexpr int kWidth = 30;
      const int filled = std::clamp(static_cast<int>(static_cast<double>(p.bytes_done()) /
                                                     p.bytes_total() * kWidth), 0, kWidth);
      line = absl::StrCat("\r[", std::string(filled, '#'), std::string(kWidth - filled, ' '), "] ",
                          p.message());
    }
    if (line.size() < last_width_) line += std::string(last_width_ - line.size(), ' ');
    last_width_ = line.size();
    out_ << line;
    out_.flush();
    bar_open_ = true;
    return;
  }
  if (!per_statement || p.total_steps() == 0) {
    EndBar();
    if (p.total_steps() > 0) out_ << "[" << p.step() << "/" << p.total_steps() << "] ";
    out_ << p.message() << "\n";
    out_.flush();
    return;
  }
  // A bar over the migrations, redrawn in place; the statement within it after.
  constexpr int kWidth = 30;
  const double done = (p.step() - 1 + static_cast<double>(p.statement_index()) /
                                          std::max(1, p.statement_count())) /
                      p.total_steps();
  const int filled = std::clamp(static_cast<int>(done * kWidth), 0, kWidth);
  std::string line = absl::StrCat("\r[", std::string(filled, '#'), std::string(kWidth - filled, ' '),
                                  "] ", p.step(), "/", p.total_steps(), " ", p.version(), " statement ",
                                  p.statement_index(), "/", p.statement_count());
  if (line.size() < last_width_) line += std::string(last_width_ - line.size(), ' ');
  last_width_ = line.size();
  out_ << line;
  out_.flush();
  bar_open_ = true;
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
