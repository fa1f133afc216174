// clients/cpp/render.h
//
// How schemactl prints responses: aligned text tables for people, protobuf's JSON mapping
// for scripts (--format json).
#pragma once

#include <ostream>
#include <string>

#include <google/protobuf/message.h>

#include "schemaservice/v1/schema_service.pb.h"

namespace schemaservice::client {

// Every environment of the response: its migrations (applied, pending, failed, running,
// rolled back, tampered, missing), the problems found, and the event log when asked for.
std::string RenderHistoryText(const std::string& project, const v1::HistoryResponse& history);

// Progress of a streaming call as it arrives: on a terminal a bar redrawn in place (a line
// per migration and per notable event), otherwise one timestamped line per event.
// list-backups as a table, newest first.
std::string RenderBackupsText(const std::string& where, const v1::ListBackupsResponse& response);

class ProgressPrinter {
 public:
  ProgressPrinter(std::ostream& out, bool terminal);
  ~ProgressPrinter();
  void Print(const v1::Progress& progress);
  void EndBar();

 private:
  std::ostream& out_;
  bool terminal_;
  bool bar_open_ = false;
  size_t last_width_ = 0;
};

std::string RenderJson(const google::protobuf::Message& message);

}  // namespace schemaservice::client
