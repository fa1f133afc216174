// schemaservice/call.h
//
// What one call of schemaservice::Client takes besides its request (a deadline of its own, a
// request id, a way to cancel it from another thread) and what a streaming call returns: the
// Progress events as they arrive, then the call's status and the event carrying the summary.
// Apply, Rollback, Sync, Backup, VerifyBackup, Restore and Baseline run for minutes, so the
// caller sees each step while it happens rather than one answer at the end.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "schemaservice/v1/schema_service.pb.h"

namespace grpc {
class ClientContext;
}  // namespace grpc

namespace schemaservice {

// Cancels the calls given it, from any thread: those in flight end with CANCELLED (schemad
// stops between statements and rolls the current migration back), later ones fail at once
// without reaching the server. Copies share one state, so a copy can go to another thread.
class CancelToken {
 public:
  CancelToken();
  void Cancel() const;
  bool cancelled() const;

 private:
  friend class Client;
  friend class ProgressStream;
  // A call in flight, cancelled with the others; false (not registered) when already cancelled.
  bool Register(grpc::ClientContext* context) const;
  void Unregister(grpc::ClientContext* context) const;
  struct State;
  std::shared_ptr<State> state_;
};

struct CallOptions {
  // This call's deadline, counted from its start; zero means the client's (timeout for a
  // unary call, stream_timeout for a streaming one).
  absl::Duration timeout = absl::ZeroDuration();
  // Recorded in schemad's log and the environment's event log, so a retried job can be
  // recognized; empty means the client's request_id, and when that is empty too schemad makes
  // one. Sent as `x-request-id` metadata; a request's own request_id field, where it has one,
  // wins.
  std::string request_id;
  std::optional<CancelToken> cancel;
};

// True for a call that failed with UNAVAILABLE or DEADLINE_EXCEEDED before schemad answered
// anything: not running, a wrong address, TLS the two sides disagree on, or too slow. The
// message then starts with "schemad at ADDRESS did not answer". That is not proof that nothing
// ran (a unary call answers only at its end): the outcome of a mutating call is in History.
bool ServerNeverAnswered(const absl::Status& status);

// The Progress events of one streaming call. Read them with Next, then call Finish; or hand
// each to a function with Drain. Destroying an unfinished stream cancels the call.
class ProgressStream {
 public:
  ProgressStream(ProgressStream&&) noexcept;
  ProgressStream& operator=(ProgressStream&&) noexcept;
  ~ProgressStream();

  // The next event, in the order schemad sent them; false once the stream has ended.
  bool Next(v1::Progress* progress);
  // Reads whatever is left and returns how the call ended: on success the last event that
  // carries a summary (an empty Progress if none came), else the gRPC code and schemad's
  // message as an absl::Status.
  absl::StatusOr<v1::Progress> Finish();
  // Next and Finish in one: `on_progress` sees every event, the summary event included.
  absl::StatusOr<v1::Progress> Drain(const std::function<void(const v1::Progress&)>& on_progress);
  // Cancels the call from any thread; Next then returns false and Finish says CANCELLED.
  void Cancel();

 private:
  friend class Client;
  struct State;
  explicit ProgressStream(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace schemaservice
