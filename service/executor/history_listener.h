// service/executor/history_listener.h
//
// What lets schemad answer History from memory: one connection per environment database that
// LISTENs on schemaservice_history, which the history tables' triggers notify on every change
// (migrations/0004_history_notify.sql; schemad's own writes and hand edits alike). Each
// notification, each reconnect, and each write of this schemad (Invalidate) moves the
// generation on; a history read is reused only while the generation it was read at is
// current. While the connection is down, or when the database is reached through a pooler
// (which may not deliver notifications to this session), the generation is 0: no reuse.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <thread>

#include "service/pg/connection_settings.h"

namespace schemaservice::executor {

class HistoryListener {
 public:
  explicit HistoryListener(pg::ConnectionSettings settings);
  // Stops listening; waits at most half a second (a connect to an unreachable server can
  // take connect_timeout), then leaves the thread to end on its own.
  ~HistoryListener();
  HistoryListener(const HistoryListener&) = delete;
  HistoryListener& operator=(const HistoryListener&) = delete;

  // Non-zero while listening; a read made at generation g is current while this returns g.
  uint64_t generation() const;
  // The history may have changed (this schemad wrote it): reads made before are stale.
  void Invalidate();

  struct State;  // shared with the thread, which may outlive this object

 private:
  std::shared_ptr<State> state_;
  std::thread thread_;
};

}  // namespace schemaservice::executor
