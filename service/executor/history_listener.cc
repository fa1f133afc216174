#include "service/executor/history_listener.h"

#include <condition_variable>
#include <mutex>

#include <pqxx/pqxx>

#include "service/pg/connection.h"

namespace schemaservice::executor {

struct HistoryListener::State {
  explicit State(pg::ConnectionSettings s) : settings(std::move(s)) {}
  const pg::ConnectionSettings settings;
  std::atomic<uint64_t> generation{1};
  std::atomic<bool> listening{false};
  std::mutex mu;
  std::condition_variable cv;
  bool stopping = false;  // guarded by mu
  bool done = false;      // guarded by mu

  bool Stopping() {
    std::lock_guard<std::mutex> lock(mu);
    return stopping;
  }
  // Waits up to `d` unless stopping; true when stopping.
  bool SleepUnlessStopping(std::chrono::milliseconds d) {
    std::unique_lock<std::mutex> lock(mu);
    return cv.wait_for(lock, d, [this] { return stopping; });
  }
};

namespace {

constexpr char kChannel[] = "schemaservice_history";

class Receiver : public pqxx::notification_receiver {
 public:
  Receiver(pqxx::connection_base& conn, std::atomic<uint64_t>& generation)
      : pqxx::notification_receiver(conn, kChannel), generation_(generation) {}
  void operator()(const std::string&, int) override { generation_.fetch_add(1); }

 private:
  std::atomic<uint64_t>& generation_;
};

void Listen(HistoryListener::State& s);

}  // namespace

HistoryListener::HistoryListener(pg::ConnectionSettings settings)
    : state_(std::make_shared<State>(std::move(settings))),
      thread_([state = state_] { Listen(*state); }) {}

HistoryListener::~HistoryListener() {
  std::unique_lock<std::mutex> lock(state_->mu);
  state_->stopping = true;
  state_->cv.notify_all();
  const bool done = state_->cv.wait_for(lock, std::chrono::milliseconds(500),
                                        [this] { return state_->done; });
  lock.unlock();
  if (done) {
    thread_.join();
  } else {
    thread_.detach();  // it holds the state it uses
  }
}

uint64_t HistoryListener::generation() const {
  return state_->listening.load() ? state_->generation.load() : 0;
}

void HistoryListener::Invalidate() { state_->generation.fetch_add(1); }

namespace {

void Listen(HistoryListener::State& s) {
  while (!s.Stopping()) {
    absl::StatusOr<std::unique_ptr<pqxx::connection>> conn = pg::Connect(s.settings, "schemad-listen");
    bool pooled = false;
    if (conn.ok()) {
      try {
        // Only a session of our own hears every notification: through a pooler the LISTEN
        // may sit on a server connection other clients use in turns. A direct connection
        // reports the pid of the backend it talks to; a pooler a key of its own.
        int backend = 0;
        {
          // Closed before listening: libpqxx delivers no notification while a transaction
          // object, even a nontransaction, is open on the connection.
          pqxx::nontransaction tx(**conn);
          backend = tx.exec1("SELECT pg_backend_pid()")[0].as<int>();
        }
        pooled = backend != (*conn)->backendpid();
        if (!pooled) {
          Receiver receiver(**conn, s.generation);
          // Whatever was read before this LISTEN may have missed a notification.
          s.generation.fetch_add(1);
          s.listening = true;
          while (!s.Stopping()) (*conn)->await_notification(0, 250000);
        }
      } catch (const std::exception&) {
        // Down, restarted or dropped: no reuse until listening again.
      }
      s.listening = false;
      s.generation.fetch_add(1);
    }
    if (pooled) break;  // never reuse reads of this database
    if (s.SleepUnlessStopping(std::chrono::seconds(1))) break;
  }
  std::lock_guard<std::mutex> lock(s.mu);
  s.done = true;
  s.cv.notify_all();
}

}  // namespace
}  // namespace schemaservice::executor
