// tests/support/process.h
//
// Runs a program as a child for tests: argv, extra environment, stdout and stderr captured
// to files, a bounded wait, and a kill that never leaves it running after the test.
#pragma once

#include <sys/types.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace schemaservice::testing {

class Process {
 public:
  // Starts argv[0] (a path) with the current environment plus `env`.
  Process(std::vector<std::string> argv, std::map<std::string, std::string> env = {});
  ~Process();  // SIGKILL if still running

  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  // The exit code (128+signal if killed), or nullopt if it did not exit in time.
  std::optional<int> Wait(int timeout_ms);
  void Signal(int signal_number);
  bool Running();
  pid_t pid() const { return pid_; }

  std::string Stdout() const;
  std::string Stderr() const;

 private:
  pid_t pid_ = -1;
  std::optional<int> exit_code_;
  std::string out_path_, err_path_;
};

// A TCP port on 127.0.0.1 that nothing listens on now (the kernel's pick), for a server a
// test starts; 0 when none could be had.
int FreeLoopbackPort();

// Runs to completion (at most timeout_ms) and returns {exit code, stdout, stderr}.
struct RunResult {
  int exit_code = -1;
  std::string out, err;
};
RunResult RunProgram(std::vector<std::string> argv, std::map<std::string, std::string> env = {},
              int timeout_ms = 60000);

// A fresh temporary directory, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  // Writes `content` to path()/name and returns the full path.
  std::string Write(const std::string& name, const std::string& content) const;

 private:
  std::string path_;
};

}  // namespace schemaservice::testing
