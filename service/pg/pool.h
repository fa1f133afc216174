// service/pg/pool.h
//
// A bounded pool of connections to one database (an environment's, or a shadow server's
// admin database). Opening a connection costs a TCP handshake, SCRAM and a backend fork,
// several milliseconds, against well under one for the queries most calls make.
//
// What a pool promises:
// - At most `size` connections; a checkout beyond waits (bounded) or ends when the call is
//   cancelled, and says which pool was exhausted.
// - A connection idle for a while is checked (a trivial query) before it is handed out, and
//   one idle for longer is closed: a server that restarted or dropped us is noticed on
//   checkout, not by the call's first real query.
// - Nothing a call did to its session reaches the next call: a lease is returned only when
//   its holder says the session is as it found it (MarkReusable) or asks for a reset
//   (MarkNeedsReset: DISCARD ALL but for schemad's prepared statements); any other lease
//   (an error, an exception, user SQL) closes its connection. Returning only what is known
//   clean costs a reconnect after errors, which are rare, and never hands out a session
//   stuck in a failed transaction.
// - A server that cannot be reached fails calls fast: after a failed connect, checkouts that
//   find no idle connection answer UNAVAILABLE with that failure for `retry_after`, naming
//   the pool, instead of each waiting out connect_timeout.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "service/pg/cancel.h"
#include "service/pg/connection_settings.h"

namespace schemaservice::pg {

struct PoolOptions {
  int size = 8;
  absl::Duration wait_timeout = absl::Seconds(10);   // longest a checkout waits for a free slot
  absl::Duration check_after_idle = absl::Seconds(1);
  absl::Duration idle_timeout = absl::Minutes(5);     // an idle connection older is closed
  absl::Duration retry_after = absl::Seconds(1);      // after a failed connect
  std::string application_name = "schemad";           // how its sessions show in pg_stat_activity
};

// Told about every change of a pool's counts and every checkout that had to wait; the
// metrics module implements it. Called with the pool's lock held: keep it to atomic updates.
class PoolObserver {
 public:
  virtual ~PoolObserver() = default;
  virtual void Counts(int open, int in_use) = 0;
  virtual void Waited(absl::Duration waited) = 0;
};

class Pool : public std::enable_shared_from_this<Pool> {
 public:
  // `name` says whose database it is in messages ("app/prod"). The observer may be null.
  static std::shared_ptr<Pool> Create(std::string name, ConnectionSettings settings,
                                      PoolOptions options,
                                      std::shared_ptr<PoolObserver> observer = nullptr);

  class Lease {
   public:
    Lease() = default;
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&& other) noexcept;
    ~Lease();  // returns the connection or closes it, as marked

    pqxx::connection& conn() const { return *conn_; }
    // Opened for this checkout: nothing has checked it yet.
    bool fresh() const { return fresh_; }
    // The holder is done and left no session state behind: the next checkout may use it.
    void MarkReusable() { reuse_ = Reuse::kAsIs; }
    // Session state was changed on purpose (SET, advisory locks): reset before reuse.
    void MarkNeedsReset() { reuse_ = Reuse::kReset; }

   private:
    friend class Pool;
    enum class Reuse { kClose, kAsIs, kReset };
    void Release();
    std::shared_ptr<Pool> pool_;
    std::unique_ptr<pqxx::connection> conn_;
    bool fresh_ = false;
    Reuse reuse_ = Reuse::kClose;
  };

  // A connection: an idle one (checked if it idled past check_after_idle), else a new one
  // while fewer than `size` are open, else the first one returned within wait_timeout.
  // UNAVAILABLE when the server cannot be reached (fast, see above) or the wait timed out;
  // CANCELLED when `canceller` fires while waiting.
  absl::StatusOr<Lease> Acquire(Canceller* canceller = nullptr);

  const std::string& name() const { return name_; }
  const ConnectionSettings& settings() const { return settings_; }
  int size() const { return options_.size; }
  int open();
  int in_use();

 private:
  Pool(std::string name, ConnectionSettings settings, PoolOptions options,
       std::shared_ptr<PoolObserver> observer);
  struct Idle {
    std::unique_ptr<pqxx::connection> conn;
    absl::Time since;
  };
  void Return(std::unique_ptr<pqxx::connection> conn, Lease::Reuse reuse);
  void Report();  // with mu_ held

  const std::string name_;
  const ConnectionSettings settings_;
  const PoolOptions options_;
  const std::shared_ptr<PoolObserver> observer_;
  std::mutex mu_;
  std::condition_variable returned_;
  std::vector<Idle> idle_;  // most recently returned last: reused first, the rest age out
  int open_ = 0;            // idle + leased + being opened
  int in_use_ = 0;          // leased + being opened
  absl::Time failed_at_ = absl::InfinitePast();
  absl::Status failure_;
};

}  // namespace schemaservice::pg
