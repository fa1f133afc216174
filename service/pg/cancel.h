// service/pg/cancel.h
//
// Cancelling a call's queries from another thread. A call owns one Canceller; every
// connection it opens is watched for as long as it is in use. When the client goes away, its
// deadline or the server's ceiling passes, or schemad shuts down, Cancel() sends PQcancel to
// each running query (and keeps doing so for queries started later), so no query outlives
// the call that asked for it.
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

#include <pqxx/pqxx>

#include "absl/time/time.h"

namespace schemaservice::pg {

class Canceller {
 public:
  // Cancels every watched query now, and every query of a connection watched later.
  void Cancel();
  bool cancelled() const { return cancelled_.load(); }

  // Keeps `conn` cancellable while alive. Destroy it before the connection.
  class Watch {
   public:
    Watch() = default;
    Watch(Canceller* canceller, pqxx::connection_base* conn);
    Watch(Watch&& other) noexcept;
    Watch& operator=(Watch&& other) noexcept;
    ~Watch();

   private:
    void Release();
    Canceller* canceller_ = nullptr;
    pqxx::connection_base* conn_ = nullptr;
  };

 private:
  std::mutex mu_;
  std::set<pqxx::connection_base*> connections_;
  std::atomic<bool> cancelled_{false};
};

// Cancels the queries of `conn` once `timeout` has passed, and keeps cancelling until it is
// destroyed: a time limit that the SQL running there cannot lift (statement_timeout it can).
class QueryDeadline {
 public:
  QueryDeadline(pqxx::connection_base& conn, absl::Duration timeout);
  ~QueryDeadline();
  bool expired() const { return canceller_.cancelled(); }

 private:
  Canceller canceller_;
  Canceller::Watch watch_;
  std::mutex mu_;
  std::condition_variable done_cv_;
  bool done_ = false;
  std::thread thread_;
};

// A Watch that does nothing when `canceller` is null (in-process use without a call).
inline Canceller::Watch WatchQueries(Canceller* canceller, pqxx::connection_base& conn) {
  return Canceller::Watch(canceller, &conn);
}

}  // namespace schemaservice::pg
