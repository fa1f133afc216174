// service/util/threads.h
//
// Threads that are kept and reused instead of made per task: every streaming call needs a
// thread of its own for its progress, and creating and joining one per call (stack mapped,
// guard page, unmapped again) cost more than a quick call's work. A task never waits for
// another: with no idle thread a new one starts, so a task that blocks (a client that does
// not read) holds only its own thread. Threads idle for a minute end.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace schemaservice::util {

class Threads {
 public:
  Threads();
  // Waits for running tasks to finish; idle threads end at once.
  ~Threads();
  Threads(const Threads&) = delete;
  Threads& operator=(const Threads&) = delete;

  void Run(std::function<void()> task);

  struct State;  // shared with the threads, which end after this object

 private:
  std::shared_ptr<State> state_;
};

}  // namespace schemaservice::util
