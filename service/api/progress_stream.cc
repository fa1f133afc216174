#include "service/api/progress_stream.h"

#include <algorithm>

namespace schemaservice::api {
namespace {

constexpr size_t kMaxQueued = 256;
constexpr std::chrono::milliseconds kFlushEvery(50);

bool PerStatement(const v1::Progress& p) { return p.statement_count() > 0 && !p.has_summary(); }

}  // namespace

ProgressStream::ProgressStream(grpc::ServerContext* ctx, grpc::ServerWriter<v1::Progress>* writer,
                               util::Threads& threads)
    : ctx_(ctx), writer_(writer) {
  threads.Run([this] { Run(); });
}

ProgressStream::~ProgressStream() { Close(); }

void ProgressStream::Push(v1::Progress event) {
  std::lock_guard<std::mutex> lock(mu_);
  if (closing_ || gone_) return;
  if (queue_.size() >= kMaxQueued) {
    if (PerStatement(event)) return;
    auto victim = std::find_if(queue_.begin(), queue_.end(), PerStatement);
    queue_.erase(victim == queue_.end() ? queue_.begin() : victim);
  }
  queue_.push_back(std::move(event));
  // The writer wakes on its own every kFlushEvery; waking it per event would cost the work
  // more than the event is worth. A first event goes out at once.
  if (queue_.size() == 1 && !sent_any_) wake_.notify_one();
}

void ProgressStream::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    wake_.wait_for(lock, kFlushEvery, [&] { return closing_ || (!sent_any_ && !queue_.empty()); });
    if (queue_.empty()) {
      if (closing_) break;
      continue;
    }
    std::deque<v1::Progress> batch;
    batch.swap(queue_);
    writing_ = true;
    sent_any_ = true;
    lock.unlock();
    bool ok = true;
    // No buffer_hint: in the synchronous API a hinted Write can wait for a later write to
    // flush it, which this thread would never get to.
    for (size_t i = 0; i < batch.size() && ok; ++i) ok = writer_->Write(batch[i]);
    lock.lock();
    writing_ = false;
    if (!ok) {
      gone_ = true;  // the client is gone; what is left has no reader
      queue_.clear();
    }
    drained_.notify_all();
  }
  finished_ = true;
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
    drained_.wait(lock, [&] { return finished_; });
  }
}

}  // namespace schemaservice::api
