#include "service/pg/cancel.h"

#include <utility>

namespace schemaservice::pg {
namespace {

void CancelQuiet(pqxx::connection_base* conn) {
  try {
    conn->cancel_query();  // PQcancel: safe from another thread; no-op when idle
  } catch (const std::exception&) {
    // The server may be gone already: then there is nothing left to cancel.
  }
}

}  // namespace

void Canceller::Cancel() {
  std::lock_guard<std::mutex> lock(mu_);
  cancelled_ = true;
  for (pqxx::connection_base* conn : connections_) CancelQuiet(conn);
}

Canceller::Watch::Watch(Canceller* canceller, pqxx::connection_base* conn)
    : canceller_(canceller), conn_(conn) {
  if (canceller_ == nullptr) return;
  std::lock_guard<std::mutex> lock(canceller_->mu_);
  canceller_->connections_.insert(conn_);
  // Cancelled before this connection existed: its first query must not run either.
  if (canceller_->cancelled_) CancelQuiet(conn_);
}

Canceller::Watch::Watch(Watch&& other) noexcept
    : canceller_(other.canceller_), conn_(other.conn_) {
  other.canceller_ = nullptr;
}

Canceller::Watch& Canceller::Watch::operator=(Watch&& other) noexcept {
  if (this != &other) {
    Release();
    canceller_ = std::exchange(other.canceller_, nullptr);
    conn_ = other.conn_;
  }
  return *this;
}

Canceller::Watch::~Watch() { Release(); }

void Canceller::Watch::Release() {
  if (canceller_ == nullptr) return;
  std::lock_guard<std::mutex> lock(canceller_->mu_);
  canceller_->connections_.erase(conn_);
  canceller_ = nullptr;
}

QueryDeadline::QueryDeadline(pqxx::connection_base& conn, absl::Duration timeout)
    : watch_(&canceller_, &conn) {
  thread_ = std::thread([this, timeout] {
    std::unique_lock<std::mutex> lock(mu_);
    if (done_cv_.wait_for(lock, absl::ToChronoMilliseconds(timeout), [this] { return done_; })) {
      return;
    }
    // Again every second: a statement started after the first cancel must stop too.
    do {
      canceller_.Cancel();
    } while (!done_cv_.wait_for(lock, std::chrono::seconds(1), [this] { return done_; }));
  });
}

QueryDeadline::~QueryDeadline() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    done_ = true;
  }
  done_cv_.notify_all();
  thread_.join();
}

}  // namespace schemaservice::pg
