#include "service/pg/pool.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "service/pg/connection.h"

namespace schemaservice::pg {
namespace {

// How often a waiting checkout looks at its call's canceller.
constexpr absl::Duration kWaitSlice = absl::Milliseconds(50);

// DISCARD ALL but for DEALLOCATE ALL: the session's settings, role, advisory locks, cursors,
// LISTENs and temporary tables go; the statements schemad prepared stay, because libpqxx
// keeps its own record of them and would otherwise run ones the server no longer has. Only
// sessions that ran schemad's own SQL come here: one that ran a migration is closed.
constexpr char kReset[] =
    "CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; RESET ALL; UNLISTEN *;"
    " SELECT pg_advisory_unlock_all(); DISCARD TEMP; DISCARD SEQUENCES";

// A trivial round trip: false when the server is gone or the session is unusable.
bool Answers(pqxx::connection& conn) {
  try {
    if (!conn.is_open()) return false;
    pqxx::nontransaction tx(conn);
    tx.exec("SELECT 1");
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

// Closing can block on a dead peer's socket only briefly (libpq sends Terminate and closes);
// it never throws out of here.
void Close(std::unique_ptr<pqxx::connection> conn) {
  try {
    conn.reset();
  } catch (...) {
  }
}

}  // namespace

std::shared_ptr<Pool> Pool::Create(std::string name, ConnectionSettings settings,
                                   PoolOptions options, std::shared_ptr<PoolObserver> observer) {
  if (options.size < 1) options.size = 1;
  return std::shared_ptr<Pool>(
      new Pool(std::move(name), std::move(settings), options, std::move(observer)));
}

Pool::Pool(std::string name, ConnectionSettings settings, PoolOptions options,
           std::shared_ptr<PoolObserver> observer)
    : name_(std::move(name)),
      settings_(std::move(settings)),
      options_(options),
      observer_(std::move(observer)) {}

int Pool::open() {
  std::lock_guard<std::mutex> lock(mu_);
  return open_;
}

int Pool::in_use() {
  std::lock_guard<std::mutex> lock(mu_);
  return in_use_;
}

void Pool::Report() {
  if (observer_) observer_->Counts(open_, in_use_);
}

absl::StatusOr<Pool::Lease> Pool::Acquire(Canceller* canceller) {
  const absl::Time start = absl::Now();
  bool waited = false;
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    while (!idle_.empty()) {
      Idle idle = std::move(idle_.back());
      idle_.pop_back();
      const absl::Duration idled = absl::Now() - idle.since;
      ++in_use_;
      if (idled > options_.idle_timeout) {
        --open_;
        --in_use_;
        Report();
        lock.unlock();
        Close(std::move(idle.conn));
        lock.lock();
        continue;
      }
      if (idled > options_.check_after_idle) {
        lock.unlock();
        const bool ok = Answers(*idle.conn);
        if (!ok) Close(std::move(idle.conn));
        lock.lock();
        if (!ok) {
          --open_;
          --in_use_;
          Report();
          continue;
        }
      }
      if (waited && observer_) observer_->Waited(absl::Now() - start);
      Report();
      Lease lease;
      lease.pool_ = shared_from_this();
      lease.conn_ = std::move(idle.conn);
      return lease;
    }
    if (open_ < options_.size) {
      // A server that just refused us is not asked again by every caller: they get its
      // answer until retry_after has passed.
      if (!failure_.ok() && absl::Now() - failed_at_ < options_.retry_after) {
        return absl::UnavailableError(absl::StrCat(
            "the database of ", name_, " cannot be reached (", failure_.message(),
            "); tried ", absl::ToInt64Milliseconds(absl::Now() - failed_at_),
            " ms ago, next try within ", absl::ToInt64Milliseconds(options_.retry_after), " ms"));
      }
      ++open_;
      ++in_use_;
      Report();
      lock.unlock();
      absl::StatusOr<std::unique_ptr<pqxx::connection>> conn = Connect(settings_, options_.application_name);
      lock.lock();
      if (!conn.ok()) {
        --open_;
        --in_use_;
        Report();
        failure_ = conn.status();
        failed_at_ = absl::Now();
        returned_.notify_one();  // a waiter may try, or fail fast, in turn
        return absl::Status(conn.status().code(),
                            absl::StrCat("the database of ", name_, ": ", conn.status().message()));
      }
      failure_ = absl::OkStatus();
      if (waited && observer_) observer_->Waited(absl::Now() - start);
      Lease lease;
      lease.pool_ = shared_from_this();
      lease.conn_ = std::move(*conn);
      lease.fresh_ = true;
      return lease;
    }
    waited = true;
    if (canceller != nullptr && canceller->cancelled()) {
      return absl::CancelledError(absl::StrCat("cancelled while waiting for a connection to the "
                                               "database of ", name_));
    }
    if (absl::Now() - start > options_.wait_timeout) {
      if (observer_) observer_->Waited(absl::Now() - start);
      return absl::UnavailableError(absl::StrCat(
          "all ", options_.size, " connections to the database of ", name_, " stayed busy for ",
          absl::FormatDuration(options_.wait_timeout),
          "; raise its database.pool_size or send fewer calls at once"));
    }
    returned_.wait_for(lock, absl::ToChronoMilliseconds(kWaitSlice));
  }
}

void Pool::Return(std::unique_ptr<pqxx::connection> conn, Lease::Reuse reuse) {
  bool keep = reuse != Lease::Reuse::kClose && conn != nullptr && conn->is_open();
  if (keep && reuse == Lease::Reuse::kReset) {
    try {
      pqxx::nontransaction tx(*conn);
      tx.exec(kReset);
    } catch (const std::exception&) {
      keep = false;
    }
  }
  if (!keep) Close(std::move(conn));
  std::lock_guard<std::mutex> lock(mu_);
  --in_use_;
  if (keep) {
    idle_.push_back({std::move(conn), absl::Now()});
  } else {
    --open_;
  }
  Report();
  returned_.notify_one();
}

Pool::Lease::Lease(Lease&& other) noexcept
    : pool_(std::move(other.pool_)),
      conn_(std::move(other.conn_)),
      fresh_(other.fresh_),
      reuse_(other.reuse_) {
  other.pool_ = nullptr;
}

Pool::Lease& Pool::Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    Release();
    pool_ = std::move(other.pool_);
    conn_ = std::move(other.conn_);
    fresh_ = other.fresh_;
    reuse_ = other.reuse_;
    other.pool_ = nullptr;
  }
  return *this;
}

Pool::Lease::~Lease() { Release(); }

void Pool::Lease::Release() {
  if (pool_ == nullptr) return;
  std::shared_ptr<Pool> pool = std::move(pool_);
  pool_ = nullptr;
  pool->Return(std::move(conn_), reuse_);
}

}  // namespace schemaservice::pg
