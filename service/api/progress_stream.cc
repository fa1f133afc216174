#include "service/api/progress_stream.h"

#include <algorithm>

namespace schemaservice::api {
namespace {

constexpr size_t kMaxQueued = 256;

bool PerStatement(const v1::Progress& p) { return p.statement_count() > 0 && !p.has_summary(); }

}  // namespace

ProgressStream::ProgressStream(grpc::ServerContext* ctx, grpc::ServerWriter<v1::Progress>* writer)
    : ctx_(ctx), writer_(writer), thread_([this] { Run(); }) {}

ProgressStream::~ProgressStream() { Close(); }

void ProgressStream::Push(v1::Progress event) {
  std::lock_guard<std::mutex> lock(mu_);
  if (closing_) return;
  if (queue_.size() >= kMaxQueued) {
    if (PerStatement(event)) return;
    auto victim = std::find_if(queue_.begin(), queue_.end(), PerStatement);
    queue_.erase(victim == queue_.end() ? queue_.begin() : victim);
  }
  queue_.push_back(std::move(event));
  wake_.notify_one();
}

void ProgressStream::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    wake_.wait(lock, [&] { return closing_ || !queue_.empty(); });
    if (queue_.empty()) break;  // closing and drained
    v1::Progress next = std::move(queue_.front());
    queue_.pop_front();
    writing_ = true;
    lock.unlock();
    const bool ok = writer_->Write(next);
    lock.lock();
    writing_ = false;
    if (!ok) queue_.clear();  // the client is gone; what is left has no reader
    drained_.notify_all();
  }
  drained_.notify_all();
}

void ProgressStream::Close(absl::Duration drain) {
  {
    std::unique_lock<std::mutex> lock(mu_);
    if (closed_) return;
    closing_ = true;
    wake_.notify_one();
    const bool done = drained_.wait_for(lock, absl::ToChronoMilliseconds(drain),
                                        [&] { return queue_.empty() && !writing_; });
    if (!done) ctx_->TryCancel();  // unblocks a Write the client never reads
    closed_ = true;
  }
  thread_.join();
}

}  // namespace schemaservice::api
