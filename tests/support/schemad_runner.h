// tests/support/schemad_runner.h
//
// Starts the real schemad binary on a config written to a temporary folder, listening on
// 127.0.0.1 with ports the kernel picks, and waits for its ready file; stops it by signal.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "tests/support/process.h"

namespace schemaservice::testing {

class SchemadRunner {
 public:
  // `config_yaml` is written as schemad.yaml in a fresh folder (relative paths resolve there).
  explicit SchemadRunner(const std::string& config_yaml,
                         std::map<std::string, std::string> env = {});

  // Waits until the ready file appears; false (with the process's stderr in `error`) if
  // schemad exited or did not get ready within the timeout.
  bool WaitReady(int timeout_ms, std::string* error);

  const std::string& grpc_address() const { return grpc_address_; }
  const std::string& metrics_address() const { return metrics_address_; }
  // The plaintext health port (server.health_listen); "" when it is off.
  const std::string& health_address() const { return health_address_; }
  Process& process() { return *process_; }
  const TempDir& dir() const { return dir_; }
  std::string ready_file() const { return dir_.path() + "/ready"; }

 private:
  TempDir dir_;
  std::unique_ptr<Process> process_;
  std::string grpc_address_, metrics_address_, health_address_;
};

// The config of a project "app" whose environment "dev" is `database_yaml` (indented
// mapping lines or " embedded"), listening on kernel-picked loopback ports.
std::string ConfigWithDatabase(const std::string& database_yaml);

// The path of a binary built next to the tests (schemad, schemactl), from the build.
std::string BinaryPath(const std::string& name);

}  // namespace schemaservice::testing
