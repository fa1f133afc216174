#include "service/api/tls_files.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "service/util/files.h"
#include "service/util/status.h"

namespace schemaservice::api {
namespace {

// An anonymous in-memory file holding `text`, placed at descriptor `at` (-1: a new one).
absl::StatusOr<int> MemoryFile(const char* name, const std::string& text, int at) {
  const int fd = memfd_create(name, MFD_CLOEXEC);
  if (fd < 0) return absl::InternalError(absl::StrCat("memfd_create: ", std::strerror(errno)));
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n <= 0) {
      close(fd);
      return absl::InternalError(absl::StrCat("writing a TLS copy: ", std::strerror(errno)));
    }
    done += static_cast<size_t>(n);
  }
  if (at < 0) return fd;
  // dup3 swaps the file behind the descriptor in one step: a reader sees old or new.
  const int placed = dup3(fd, at, O_CLOEXEC);
  close(fd);
  if (placed < 0) return absl::InternalError(absl::StrCat("dup3: ", std::strerror(errno)));
  return at;
}

std::string FdPath(int fd) { return fd < 0 ? "" : absl::StrCat("/proc/self/fd/", fd); }

}  // namespace

absl::StatusOr<std::unique_ptr<TlsFiles>> TlsFiles::Start(const config::TlsConfig& tls,
                                                         std::shared_ptr<spdlog::logger> logger) {
  std::unique_ptr<TlsFiles> files(new TlsFiles(tls, std::move(logger)));
  RETURN_IF_ERROR(files->Refresh());
  files->watcher_ = std::thread([f = files.get()] { f->Watch(); });
  return files;
}

TlsFiles::~TlsFiles() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  stop_cv_.notify_all();
  if (watcher_.joinable()) watcher_.join();
  for (int fd : {cert_fd_, key_fd_, ca_fd_}) {
    if (fd >= 0) close(fd);
  }
}

std::string TlsFiles::cert_path() const { return FdPath(cert_fd_); }
std::string TlsFiles::key_path() const { return FdPath(key_fd_); }
std::string TlsFiles::ca_path() const { return FdPath(ca_fd_); }

absl::Status TlsFiles::Refresh() {
  ASSIGN_OR_RETURN(std::string cert, ReadFileToString(tls_.cert_file));
  ASSIGN_OR_RETURN(std::string key, ReadFileToString(tls_.key_file));
  std::string ca;
  if (!tls_.client_ca_file.empty()) {
    ASSIGN_OR_RETURN(ca, ReadFileToString(tls_.client_ca_file));
  }
  if (cert == cert_ && key == key_ && ca == ca_) return absl::OkStatus();
  RETURN_IF_ERROR(config::CheckTlsPem(cert, key, ca));
  ASSIGN_OR_RETURN(cert_fd_, MemoryFile("schemad-tls-cert", cert, cert_fd_));
  ASSIGN_OR_RETURN(key_fd_, MemoryFile("schemad-tls-key", key, key_fd_));
  if (!tls_.client_ca_file.empty()) {
    ASSIGN_OR_RETURN(ca_fd_, MemoryFile("schemad-tls-ca", ca, ca_fd_));
  }
  const bool first = cert_.empty();
  cert_ = std::move(cert);
  key_ = std::move(key);
  ca_ = std::move(ca);
  if (!first) logger_->info("tls.reloaded cert_file={}", tls_.cert_file.string());
  return absl::OkStatus();
}

void TlsFiles::Watch() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stop_cv_.wait_for(lock, std::chrono::seconds(tls_.reload_seconds),
                            [this] { return stopping_; })) {
    const absl::Status s = Refresh();
    const std::string error = s.ok() ? "" : std::string(s.message());
    if (!error.empty() && error != last_error_) {
      logger_->error("tls.rejected cert_file={} error=\"{}\": still serving the last good "
                     "certificate; fix the files",
                     tls_.cert_file.string(), error);
    }
    last_error_ = error;
  }
}

}  // namespace schemaservice::api
