#include "service/util/threads.h"

#include <chrono>
#include <thread>

namespace schemaservice::util {

struct Threads::State {
  std::mutex mu;
  std::condition_variable work, ended;
  std::deque<std::function<void()>> tasks;
  int idle = 0;
  int alive = 0;
  bool stopping = false;
};

namespace {

constexpr std::chrono::seconds kIdleFor(60);

void Worker(const std::shared_ptr<Threads::State>& s, std::function<void()> task) {
  std::unique_lock<std::mutex> lock(s->mu);
  for (;;) {
    lock.unlock();
    task();
    task = nullptr;  // its captures go before the thread waits
    lock.lock();
    ++s->idle;
    const bool got = s->work.wait_for(lock, kIdleFor, [&] { return s->stopping || !s->tasks.empty(); });
    --s->idle;
    if (!got || s->tasks.empty()) break;
    task = std::move(s->tasks.front());
    s->tasks.pop_front();
  }
  --s->alive;
  s->ended.notify_all();
}

}  // namespace

Threads::Threads() : state_(std::make_shared<State>()) {}

Threads::~Threads() {
  std::unique_lock<std::mutex> lock(state_->mu);
  state_->stopping = true;
  state_->work.notify_all();
  state_->ended.wait(lock, [this] { return state_->alive == 0; });
}

void Threads::Run(std::function<void()> task) {
  std::lock_guard<std::mutex> lock(state_->mu);
  if (state_->idle > static_cast<int>(state_->tasks.size())) {
    state_->tasks.push_back(std::move(task));
    state_->work.notify_one();
    return;
  }
  ++state_->alive;
  std::thread(Worker, state_, std::move(task)).detach();
}

}  // namespace schemaservice::util
