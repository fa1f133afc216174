#include "service/api/calls.h"

#include <vector>

#include "absl/strings/str_cat.h"

namespace schemaservice::api {
namespace {

// How often the reaper looks; PQcancel is repeated at most this often per call, for queries
// started after the first cancel (the call keeps running until it notices).
constexpr absl::Duration kReapInterval = absl::Milliseconds(100);
constexpr absl::Duration kRecancelInterval = absl::Seconds(1);

}  // namespace

CallRegistry::CallRegistry(absl::Duration max_call, int max_concurrent_per_method)
    : max_call_(max_call), max_concurrent_(max_concurrent_per_method) {
  reaper_ = std::thread([this] { Reap(); });
}

CallRegistry::~CallRegistry() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  reaper_.join();
}

absl::StatusOr<std::unique_ptr<CallRegistry::Call>> CallRegistry::Begin(
    grpc::ServerContext* ctx, const std::string& method) {
  absl::Time deadline = absl::Now() + max_call_;
  const absl::Time client_deadline = absl::FromChrono(ctx->deadline());
  if (client_deadline < deadline) deadline = client_deadline;
  std::lock_guard<std::mutex> lock(mu_);
  if (cancel_all_) return absl::UnavailableError("schemad is shutting down; retry on another replica");
  int& running = running_[method];
  if (running >= max_concurrent_) {
    return absl::ResourceExhaustedError(absl::StrCat(
        method, " already runs ", running, " calls, the most server.max_concurrent_calls allows; "
        "retry later"));
  }
  ++running;
  std::unique_ptr<Call> call(new Call(*this, ctx, method, deadline, client_deadline));
  calls_[call.get()] = true;
  return call;
}

CallRegistry::Call::~Call() {
  std::lock_guard<std::mutex> lock(registry_.mu_);
  registry_.calls_.erase(this);
  --registry_.running_[method_];
}

absl::Status CallRegistry::Call::CancelReason() const {
  std::lock_guard<std::mutex> lock(registry_.mu_);
  return reason_;
}

void CallRegistry::CancelAll() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    cancel_all_ = true;
  }
  wake_.notify_all();
}

int CallRegistry::active() {
  std::lock_guard<std::mutex> lock(mu_);
  return static_cast<int>(calls_.size());
}

void CallRegistry::Reap() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stopping_) {
    const absl::Time now = absl::Now();
    std::vector<std::shared_ptr<pg::Canceller>> to_cancel;
    for (auto& [call, unused] : calls_) {
      if (call->reason_.ok()) {
        if (cancel_all_) {
          call->reason_ = absl::UnavailableError(
              "schemad is shutting down and the grace period ended; the call was cancelled");
        } else if (call->ctx_->IsCancelled()) {
          // gRPC marks a call cancelled when the client's deadline passes, too.
          call->reason_ =
              now >= call->client_deadline_
                  ? absl::DeadlineExceededError(
                        "the client's deadline passed; the call's queries were cancelled")
                  : absl::CancelledError("the client cancelled the call or went away");
        } else if (now > call->deadline_) {
          call->reason_ = absl::DeadlineExceededError(
              "the call reached its deadline (the client's, or server.max_call_seconds); "
              "its queries were cancelled");
        }
      }
      if (!call->reason_.ok() && now - call->last_cancel_ >= kRecancelInterval) {
        call->last_cancel_ = now;
        to_cancel.push_back(call->canceller_);
      }
    }
    lock.unlock();
    for (const std::shared_ptr<pg::Canceller>& canceller : to_cancel) canceller->Cancel();
    to_cancel.clear();
    lock.lock();
    if (!stopping_) wake_.wait_for(lock, absl::ToChronoMilliseconds(kReapInterval));
  }
}

}  // namespace schemaservice::api
