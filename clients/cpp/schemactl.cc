// schemactl: the team guide's commands over SchemaService.
//
//   schemactl [--server HOST:PORT] [--project P] health
//   schemactl [--server HOST:PORT] [--project P] show-all-migrations --env E
//
// Defaults come from SCHEMACTL_SERVER and SCHEMACTL_PROJECT. Exit codes: 0 success, 1 the
// call failed (message on stderr), 2 bad usage.
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "clients/cpp/client.h"
#include "clients/cpp/render.h"

namespace {

using schemaservice::client::Client;
using schemaservice::client::ClientOptions;

int Fail(const absl::Status& status) {
  std::cerr << "schemactl: " << absl::StatusCodeToString(status.code()) << ": "
            << status.message() << std::endl;
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"schemactl: PostgreSQL schema management through schemad"};
  app.require_subcommand(1);
  ClientOptions options;
  std::string project;
  std::string format = "text";
  int timeout_seconds = 30;
  app.add_option("--server", options.server, "schemad address (host:port or unix:/path)")
      ->envname("SCHEMACTL_SERVER")
      ->capture_default_str();
  app.add_option("--project", project, "project name, as in schemad's config")
      ->envname("SCHEMACTL_PROJECT");
  app.add_option("--timeout", timeout_seconds, "seconds to wait for an answer")
      ->check(CLI::Range(1, 86400))
      ->capture_default_str();
  app.add_option("--format", format, "output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();

  CLI::App* health = app.add_subcommand("health", "is schemad serving? (exit 0 if SERVING)");
  std::string health_service;
  health->add_option("--service", health_service,
                     "a service name (default: the whole server)");

  CLI::App* history = app.add_subcommand(
      "show-all-migrations", "applied, pending, failed and tampered migrations of an environment");
  std::string env;
  int events = 0;
  history->add_option("--env", env, "environment (dev, test, prod, ...)")->required();
  history->add_option("--events", events, "also show the last N events of the event log")
      ->check(CLI::Range(0, 1000));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  options.timeout = absl::Seconds(timeout_seconds);
  Client client(options);

  if (*health) {
    absl::StatusOr<std::string> status = client.Health(health_service);
    if (!status.ok()) return Fail(status.status());
    std::cout << *status << std::endl;
    return *status == "SERVING" ? 0 : 1;
  }
  if (*history) {
    if (project.empty()) {
      std::cerr << "schemactl: --project is required (or set SCHEMACTL_PROJECT)" << std::endl;
      return 2;
    }
    schemaservice::v1::HistoryRequest request;
    request.set_project(project);
    request.set_environment(env);
    request.set_event_limit(events);
    absl::StatusOr<schemaservice::v1::HistoryResponse> response = client.History(request);
    if (!response.ok()) return Fail(response.status());
    std::cout << (format == "json" ? schemaservice::client::RenderJson(*response)
                                   : schemaservice::client::RenderHistoryText(project, env,
                                                                              *response));
    if (format == "json") std::cout << std::endl;
    return 0;
  }
  return 2;
}
