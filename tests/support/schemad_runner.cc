#include "tests/support/schemad_runner.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

namespace schemaservice::testing {

SchemadRunner::SchemadRunner(const std::string& config_yaml,
                             std::map<std::string, std::string> env) {
  const std::string config = dir_.Write("schemad.yaml", config_yaml);
  std::filesystem::create_directories(dir_.path() + "/models");
  std::filesystem::create_directories(dir_.path() + "/migrations");
  process_ = std::make_unique<Process>(
      std::vector<std::string>{BinaryPath("schemad"), "--config", config, "--ready-file",
                               ready_file()},
      std::move(env));
}

bool SchemadRunner::WaitReady(int timeout_ms, std::string* error) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    std::ifstream in(ready_file());
    if (in) {
      std::string line;
      while (std::getline(in, line)) {
        if (line.rfind("grpc=", 0) == 0) grpc_address_ = line.substr(5);
        if (line.rfind("metrics=", 0) == 0) metrics_address_ = line.substr(8);
        if (line.rfind("health=", 0) == 0) health_address_ = line.substr(7);
      }
      return true;
    }
    if (!process_->Running()) {
      *error = "schemad exited: " + process_->Stderr();
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  *error = "schemad not ready in time: " + process_->Stderr();
  return false;
}

std::string ConfigWithDatabase(const std::string& database_yaml) {
  return "server:\n  listen: 127.0.0.1:0\n  metrics_listen: 127.0.0.1:0\n"
         "  shutdown_grace_seconds: 5\n"
         "projects:\n  app:\n    models_dir: models\n    migrations_dir: migrations\n"
         "    environments:\n      dev:\n        database:" +
         database_yaml + "\n        allow_sync: true\n";
}

std::string BinaryPath(const std::string& name) {
  return std::string(SCHEMASERVICE_BINARY_DIR) + "/" + name;
}

}  // namespace schemaservice::testing
