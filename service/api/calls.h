// service/api/calls.h
//
// Bounds every SchemaService call. Each running call is registered with its context, its
// ceiling (the client's deadline or server.max_call_seconds, whichever comes first) and a
// canceller for its queries. One reaper thread cancels the queries of calls whose client
// cancelled or went away, whose deadline passed, or all of them at shutdown, so no query
// outlives its call. A per-method concurrency limit answers RESOURCE_EXHAUSTED at once
// instead of queueing work the server cannot take.
#pragma once

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include <grpcpp/server_context.h>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "service/pg/cancel.h"

namespace schemaservice::api {

class CallRegistry {
 public:
  CallRegistry(absl::Duration max_call, int max_concurrent_per_method);
  ~CallRegistry();  // stops the reaper

  class Call {
   public:
    ~Call();  // unregisters
    pg::Canceller* canceller() { return canceller_.get(); }
    // Why its queries were cancelled, or OK while they were not.
    absl::Status CancelReason() const;

   private:
    friend class CallRegistry;
    Call(CallRegistry& registry, grpc::ServerContext* ctx, std::string method,
         absl::Time deadline, absl::Time client_deadline)
        : registry_(registry),
          ctx_(ctx),
          method_(std::move(method)),
          deadline_(deadline),
          client_deadline_(client_deadline) {}
    CallRegistry& registry_;
    grpc::ServerContext* ctx_;
    std::string method_;
    absl::Time deadline_;
    absl::Time client_deadline_;
    // Shared with the reaper, which cancels outside the registry's lock: PQcancel to a
    // server that vanished can block for a while and must not stall other calls.
    std::shared_ptr<pg::Canceller> canceller_ = std::make_shared<pg::Canceller>();
    absl::Time last_cancel_ = absl::InfinitePast();
    absl::Status reason_;  // guarded by the registry's mutex
  };

  // Registers a call, or RESOURCE_EXHAUSTED when `method` already runs the maximum.
  absl::StatusOr<std::unique_ptr<Call>> Begin(grpc::ServerContext* ctx, const std::string& method);

  // Shutdown: cancels every running call's queries, now and until it ends.
  void CancelAll();
  int active();

 private:
  void Reap();

  const absl::Duration max_call_;
  const int max_concurrent_;
  std::mutex mu_;
  std::condition_variable wake_;
  std::map<Call*, bool> calls_;
  std::map<std::string, int> running_;  // by method
  bool stopping_ = false;
  bool cancel_all_ = false;
  std::thread reaper_;
};

}  // namespace schemaservice::api
