// service/api/tls_files.h
//
// The TLS files gRPC serves, kept good. gRPC's file watcher installs whatever the files hold
// when they change, so a rotation to a broken or mismatched pair would take the service down.
// Instead it watches in-memory copies (memfd, reached as /proc/self/fd/N): every
// reload_seconds the configured files are read and checked, and the copies are replaced only
// by a pair that is valid; a broken one is logged and the last good pair stays in service.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include <spdlog/logger.h>

#include "absl/status/statusor.h"
#include "service/config/config.h"

namespace schemaservice::api {

class TlsFiles {
 public:
  // Reads and checks the files once (they were checked at config load, but may have
  // changed), then watches them.
  static absl::StatusOr<std::unique_ptr<TlsFiles>> Start(const config::TlsConfig& tls,
                                                         std::shared_ptr<spdlog::logger> logger);
  ~TlsFiles();

  // Paths for gRPC's FileWatcherCertificateProvider; ca_path() is "" without client_ca_file.
  std::string cert_path() const;
  std::string key_path() const;
  std::string ca_path() const;

 private:
  TlsFiles(config::TlsConfig tls, std::shared_ptr<spdlog::logger> logger)
      : tls_(std::move(tls)), logger_(std::move(logger)) {}
  // Reads the configured files; when they differ from the copies and form a valid pair,
  // replaces the copies. OK when nothing changed or the new pair is in service.
  absl::Status Refresh();
  void Watch();

  config::TlsConfig tls_;
  std::shared_ptr<spdlog::logger> logger_;
  int cert_fd_ = -1, key_fd_ = -1, ca_fd_ = -1;
  std::string cert_, key_, ca_;  // what the copies hold
  std::string last_error_;
  std::mutex mu_;
  std::condition_variable stop_cv_;
  bool stopping_ = false;
  std::thread watcher_;
};

}  // namespace schemaservice::api
