// service/api/progress_stream.h
//
// Progress of a streaming call, written by a thread of its own (kept and reused across calls,
// util/threads.h): the work never waits on a
// client that reads slowly or not at all (gRPC's Write blocks on flow control, and a
// migration must not hold its transaction open for that). Events queue up to a bound; when a
// client falls behind, per-statement events are dropped first, so the ones that say which
// migration ran, who holds the lock and the summary still arrive. The writer wakes at most
// every 50 ms and writes what queued up meanwhile, so a run of many quick statements does not
// pay a thread wake-up per statement.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

#include <grpcpp/server_context.h>
#include <grpcpp/support/sync_stream.h>

#include "absl/time/time.h"
#include "schemaservice/v1/schema_service.grpc.pb.h"
#include "service/util/threads.h"

namespace schemaservice::api {

class ProgressStream {
 public:
  ProgressStream(grpc::ServerContext* ctx, grpc::ServerWriter<v1::Progress>* writer,
                 util::Threads& threads);
  // Waits for the queue to drain, at most `drain`; then cancels the call so a client that
  // stopped reading cannot keep the handler.
  ~ProgressStream();

  void Push(v1::Progress event);  // never blocks on the client
  void Close(absl::Duration drain = absl::Seconds(10));

 private:
  void Run();

  grpc::ServerContext* ctx_;
  grpc::ServerWriter<v1::Progress>* writer_;
  std::mutex mu_;
  std::condition_variable wake_, drained_;
  std::deque<v1::Progress> queue_;
  bool closing_ = false;
  bool writing_ = false;
  bool closed_ = false;
  bool gone_ = false;      // a Write failed: the client went away
  bool sent_any_ = false;  // the first event is written at once
  bool finished_ = false;  // Run returned: nothing touches this object any more
};

}  // namespace schemaservice::api
