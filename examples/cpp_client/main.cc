// examples/cpp_client: what a service of ours does with the C++ client before it starts
// serving: show an environment's migration history, then apply what is pending, printing each
// progress event as schemad sends it (a migration waits for locks and builds indexes; nobody
// should stare at a silent deploy for minutes).
//
//   cpp_client --env ENV [--server HOST:PORT] [--project P] [--token-file FILE]
//              [--tls-ca FILE] [--tls-cert FILE --tls-key FILE] [--tls-server-name NAME]
//              [--timeout SECONDS]
//
// Flags default to the variables schemactl reads: SCHEMACTL_SERVER, SCHEMACTL_PROJECT,
// SCHEMACTL_TOKEN or SCHEMACTL_TOKEN_FILE, SCHEMACTL_TLS_CA, SCHEMACTL_TLS_CERT,
// SCHEMACTL_TLS_KEY, SCHEMACTL_TLS_SERVER_NAME. Exit 0 when the environment is up to date,
// 1 when a call failed ("cpp_client: CODE: message" on stderr), 2 on bad usage.
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_join.h"
#include "schemaservice/client.h"

namespace {

namespace v1 = schemaservice::v1;

int Fail(const absl::Status& status) {
  std::cerr << "cpp_client: " << absl::StatusCodeToString(status.code()) << ": "
            << status.message() << std::endl;
  return 1;
}

int Usage(const std::string& why) {
  std::cerr << "cpp_client: " << why
            << "\nusage: cpp_client --env ENV [--server HOST:PORT] [--project P] [--token-file FILE]"
               " [--tls-ca FILE] [--tls-cert FILE --tls-key FILE] [--tls-server-name NAME]"
               " [--timeout SECONDS]"
            << std::endl;
  return 2;
}

// "APPLYING" for PHASE_APPLYING.
std::string PhaseName(v1::Phase phase) { return v1::Phase_Name(phase).substr(6); }

std::string StateName(v1::MigrationState state) { return v1::MigrationState_Name(state).substr(16); }

}  // namespace

int main(int argc, char** argv) {
  // Flag name -> value, each flag starting from its SCHEMACTL_* variable.
  std::map<std::string, std::string> flags = {
      {"--server", "SCHEMACTL_SERVER"},          {"--project", "SCHEMACTL_PROJECT"},
      {"--token-file", "SCHEMACTL_TOKEN_FILE"},  {"--tls-ca", "SCHEMACTL_TLS_CA"},
      {"--tls-cert", "SCHEMACTL_TLS_CERT"},      {"--tls-key", "SCHEMACTL_TLS_KEY"},
      {"--tls-server-name", "SCHEMACTL_TLS_SERVER_NAME"}, {"--env", ""}, {"--timeout", ""}};
  for (auto& [flag, variable] : flags) {
    const char* value = variable.empty() ? nullptr : std::getenv(variable.c_str());
    variable = value != nullptr ? value : "";
  }
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto flag = flags.find(arg);
    if (flag == flags.end()) return Usage("unknown argument " + arg);
    if (i + 1 == argc) return Usage(arg + " needs a value");
    flag->second = argv[++i];
  }
  if (flags["--env"].empty()) return Usage("--env is required");

  schemaservice::ClientOptions options;
  if (!flags["--server"].empty()) options.server = flags["--server"];
  options.project = flags["--project"];
  options.token_file = flags["--token-file"];
  if (const char* token = std::getenv("SCHEMACTL_TOKEN"); token != nullptr && options.token_file.empty()) {
    options.token = token;
  }
  options.tls_ca = flags["--tls-ca"];
  options.tls_cert = flags["--tls-cert"];
  options.tls_key = flags["--tls-key"];
  options.tls_server_name = flags["--tls-server-name"];
  if (int seconds = 0; !flags["--timeout"].empty()) {
    if (!absl::SimpleAtoi(flags["--timeout"], &seconds) || seconds <= 0) {
      return Usage("--timeout takes a number of seconds");
    }
    options.timeout = options.stream_timeout = absl::Seconds(seconds);
  }
  absl::StatusOr<std::unique_ptr<schemaservice::Client>> client =
      schemaservice::Client::Create(options);
  if (!client.ok()) return Usage(std::string(client.status().message()));
  const std::string env = flags["--env"];

  // The project comes from the client's options: the request names only the environment.
  v1::HistoryRequest history_request;
  history_request.set_environment(env);
  absl::StatusOr<v1::HistoryResponse> history = (*client)->History(history_request);
  if (!history.ok()) return Fail(history.status());
  std::cout << "history of " << options.project << "/" << env << ": current version "
            << (history->current_version().empty() ? "none" : history->current_version()) << "\n";
  for (const v1::HistoryEntry& entry : history->entries()) {
    std::cout << "  " << entry.version() << "  " << StateName(entry.state()) << "  "
              << entry.message() << "\n";
  }

  v1::ApplyRequest apply;
  apply.set_environment(env);
  absl::StatusOr<v1::Progress> done =
      (*client)->Apply(apply).Drain([](const v1::Progress& progress) {
        std::cout << "progress " << PhaseName(progress.phase());
        if (progress.total_steps() > 0) {
          std::cout << " step " << progress.step() << "/" << progress.total_steps();
        }
        if (!progress.version().empty()) std::cout << " version " << progress.version();
        if (progress.statement_count() > 0) {
          std::cout << " statement " << progress.statement_index() << "/"
                    << progress.statement_count();
        }
        std::cout << ": " << progress.message() << std::endl;
      });
  if (!done.ok()) return Fail(done.status());
  const v1::Summary& summary = done->summary();
  if (summary.versions().empty()) {
    std::cout << "nothing to apply: " << options.project << "/" << env << " is up to date\n";
  } else {
    std::cout << "applied " << absl::StrJoin(summary.versions(), ", ") << " to "
              << options.project << "/" << env << " in " << summary.duration_ms() << " ms\n";
  }
  return 0;
}
