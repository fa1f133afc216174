// tools/load/load_client.cc
//
// A load generator for schemad, written against the C++ client library (the path real
// callers take): N threads each run calls back to back for T seconds, every latency after the
// warm-up is kept, and every response is checked, because a server that answers fast but
// wrong must not look good. A call the client cancelled on purpose (--cancel-every) counts as
// "cancelled"; any other failure, and any wrong answer, is an error, and the exit status says
// so. Used by scripts/bench/load_bench.sh and scripts/bench/soak.sh.
//
//   load_client --address unix:/tmp/s.sock --project p --env e --rpc history
//               --callers 16 --seconds 10 --warmup 2 [--json]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <queue>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "schemaservice/client.h"

namespace {

using schemaservice::CallOptions;
using schemaservice::CancelToken;
using schemaservice::Client;
using Clock = std::chrono::steady_clock;
namespace v1 = schemaservice::v1;

enum class Rpc { kHistory, kDiff, kListBackups, kApplyNoop };
constexpr const char* kRpcNames[] = {"history", "diff", "list-backups", "apply-noop"};
constexpr int kRpcCount = 4;

// What a right answer looks like. Filled before the timed threads start, from the flags or
// from one untimed call of each RPC ("learned"), then only read.
struct Expected {
  std::string environment;
  std::string version;     // History's current_version; Apply reports it unchanged
  int statements = -1;     // Diff: up statements
  int backups = -1;        // ListBackups: entries
  v1::SchemaSource from, to;
};

// "migrations", "models" or "env:NAME".
bool ParseSource(const std::string& text, v1::SchemaSource* out) {
  if (text == "migrations") {
    *out = schemaservice::MigrationsSource();
  } else if (text == "models") {
    *out = schemaservice::ModelsSource();
  } else if (absl::StartsWith(text, "env:") && text.size() > 4) {
    *out = schemaservice::EnvironmentSource(text.substr(4));
  } else {
    return false;
  }
  return true;
}

// One finished call: OK (and right), or the reason it is not. `wrong` is set when the server
// answered OK with something that is not the expected answer.
struct Outcome {
  absl::Status status;
  bool wrong = false;
};

Outcome Wrong(std::string why) { return {absl::InternalError(std::move(why)), true}; }

Outcome Call(const Client& client, Rpc rpc, const Expected& want, const CallOptions& call) {
  switch (rpc) {
    case Rpc::kHistory: {
      v1::HistoryRequest req;
      req.set_environment(want.environment);
      absl::StatusOr<v1::HistoryResponse> r = client.History(req, call);
      if (!r.ok()) return {r.status()};
      if (r->environments_size() != 1 || r->environments(0).environment() != want.environment) {
        return Wrong(absl::StrCat("History: expected environment ", want.environment, ", got ",
                                  r->environments_size(), " environments"));
      }
      if (r->current_version() != want.version ||
          r->environments(0).current_version() != want.version) {
        return Wrong(absl::StrCat("History: current_version ", r->current_version(), ", expected ",
                                  want.version));
      }
      return {};
    }
    case Rpc::kDiff: {
      v1::DiffRequest req;
      *req.mutable_from() = want.from;
      *req.mutable_to() = want.to;
      absl::StatusOr<v1::DiffResponse> r = client.Diff(req, call);
      if (!r.ok()) return {r.status()};
      if (r->statements_size() != want.statements) {
        return Wrong(absl::StrCat("Diff: ", r->statements_size(), " statements, expected ",
                                  want.statements));
      }
      return {};
    }
    case Rpc::kListBackups: {
      v1::ListBackupsRequest req;
      req.set_environment(want.environment);
      absl::StatusOr<v1::ListBackupsResponse> r = client.ListBackups(req, call);
      if (!r.ok()) return {r.status()};
      if (r->backups_size() != want.backups) {
        return Wrong(absl::StrCat("ListBackups: ", r->backups_size(), " backups, expected ",
                                  want.backups));
      }
      return {};
    }
    case Rpc::kApplyNoop: {
      v1::ApplyRequest req;
      req.set_environment(want.environment);
      absl::StatusOr<v1::Progress> r = client.Apply(req, call).Finish();
      if (!r.ok()) return {r.status()};
      // The executor's words for "nothing pending" (service/executor/migrate.cc): the version
      // named is the one History reported, so nothing moved it.
      const std::string& message = r->summary().message();
      const bool unchanged =
          want.version.empty() ? absl::StartsWith(message, "no migrations to apply")
                               : absl::EndsWith(message, absl::StrCat(" is already at ", want.version));
      if (r->summary().versions_size() != 0 || !unchanged) {
        return Wrong(absl::StrCat("Apply on an up-to-date environment: ",
                                  r->summary().versions_size(), " versions applied, summary \"",
                                  message, "\" (expected \"... is already at ", want.version, "\")"));
      }
      return {};
    }
  }
  return Wrong("unknown rpc");
}

// Cancels tokens at given times, from one thread, so a cancelled call's worker is not the one
// cancelling it (as with a real client giving up from elsewhere).
class Canceller {
 public:
  Canceller() : thread_([this] { Run(); }) {}
  ~Canceller() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }
  void At(Clock::time_point when, CancelToken token) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      queue_.push({when, std::move(token)});
    }
    cv_.notify_one();
  }

 private:
  struct Item {
    Clock::time_point when;
    CancelToken token;
    bool operator>(const Item& o) const { return when > o.when; }
  };
  void Run() {
    std::unique_lock<std::mutex> lock(mu_);
    while (!stop_) {
      if (queue_.empty()) {
        cv_.wait(lock);
        continue;
      }
      const Clock::time_point next = queue_.top().when;
      if (Clock::now() < next) {
        cv_.wait_until(lock, next);
        continue;
      }
      CancelToken token = queue_.top().token;
      queue_.pop();
      lock.unlock();
      token.Cancel();
      lock.lock();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue_;
  bool stop_ = false;
  std::thread thread_;
};

// What one worker saw; merged at the end.
struct Tally {
  std::vector<float> latency_ms[kRpcCount];  // completed calls started after the warm-up
  long errors = 0, cancelled = 0;
  std::map<std::string, long> errors_by_code;
  std::vector<std::string> samples;  // the first few error messages, for a person
};

struct Figures {
  long calls = 0;
  double p50 = 0, p99 = 0, p999 = 0, max = 0;
};

// Nearest rank: the smallest latency at or above the p-th fraction of the calls.
Figures Summarize(std::vector<float>& ms) {
  Figures f;
  f.calls = static_cast<long>(ms.size());
  if (ms.empty()) return f;
  std::sort(ms.begin(), ms.end());
  auto rank = [&](double p) {
    const size_t i = static_cast<size_t>(std::ceil(p * static_cast<double>(ms.size())));
    return ms[std::min(ms.size() - 1, i == 0 ? 0 : i - 1)];
  };
  f.p50 = rank(0.50);
  f.p99 = rank(0.99);
  f.p999 = rank(0.999);
  f.max = ms.back();
  return f;
}

std::string CodeName(const absl::Status& status, bool wrong) {
  if (wrong) return "WRONG_RESPONSE";
  return absl::StatusCodeToString(status.code());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"load_client: run one schemad RPC (or a mix) from N threads for T seconds, check "
               "every answer, report calls/s and latency percentiles"};
  schemaservice::ClientOptions options;
  std::string token_file, rpc_name = "history", from_text = "migrations", to_text;
  int callers = 16, cancel_every = 0, expect_statements = -1;
  double seconds = 10, warmup = 2, timeout = 30;
  std::string expect_version;
  bool json = false;
  options.server = "127.0.0.1:50051";
  app.add_option("--address", options.server, "schemad's address: host:port or unix:/path")
      ->capture_default_str();
  app.add_option("--token-file", token_file, "file holding the bearer token (or set SCHEMACTL_TOKEN, as schemactl)");
  app.add_option("--project", options.project, "project name, as in schemad's config")->required();
  std::string env;
  app.add_option("--env", env, "environment")->required();
  app.add_option("--rpc", rpc_name, "what to call: history, diff, list-backups, apply-noop, or mix "
                                    "(history, diff and apply-noop in turn)")
      ->check(CLI::IsMember({"history", "diff", "list-backups", "apply-noop", "mix"}))
      ->capture_default_str();
  app.add_option("--callers", callers, "concurrent callers (threads)")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  app.add_option("--seconds", seconds, "measured seconds, after the warm-up")
      ->check(CLI::Range(0.1, 86400.0))
      ->capture_default_str();
  app.add_option("--warmup", warmup, "seconds of calls not measured (errors still count)")
      ->check(CLI::Range(0.0, 3600.0))
      ->capture_default_str();
  app.add_option("--timeout", timeout, "deadline of each call, seconds")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  app.add_option("--cancel-every", cancel_every,
                 "cancel every K-th call (counted over all callers) shortly after it starts; 0: none")
      ->check(CLI::Range(0, 1000000))
      ->capture_default_str();
  app.add_option("--from", from_text, "Diff's from side: migrations, models or env:NAME")
      ->capture_default_str();
  app.add_option("--to", to_text, "Diff's to side (default: env:ENV)");
  app.add_option("--expect-statements", expect_statements,
                 "Diff's expected statement count (default: learned from a first, untimed call)");
  CLI::Option* expect_version_flag = app.add_option(
      "--expect-version", expect_version,
      "the environment's current version (default: learned from a first History call)");
  app.add_flag("--json", json, "print the result as one JSON object");
  CLI11_PARSE(app, argc, argv);

  if (token_file.empty()) {
    if (const char* token = std::getenv("SCHEMACTL_TOKEN"); token != nullptr && *token) options.token = token;
  } else {
    options.token_file = token_file;
  }
  options.timeout = absl::Seconds(timeout);
  options.stream_timeout = absl::Seconds(timeout);
  absl::StatusOr<std::unique_ptr<Client>> created = Client::Create(options);
  if (!created.ok()) {
    std::cerr << "load_client: " << created.status().message() << std::endl;
    return 2;
  }
  const Client& client = **created;

  std::vector<Rpc> rpcs;
  if (rpc_name == "mix") {
    rpcs = {Rpc::kHistory, Rpc::kDiff, Rpc::kApplyNoop};
  } else {
    rpcs = {static_cast<Rpc>(std::find(std::begin(kRpcNames), std::end(kRpcNames), rpc_name) -
                             std::begin(kRpcNames))};
  }
  const auto uses = [&](Rpc r) { return std::find(rpcs.begin(), rpcs.end(), r) != rpcs.end(); };

  Expected want;
  want.environment = env;
  if (!ParseSource(from_text, &want.from) || !ParseSource(to_text.empty() ? "env:" + env : to_text, &want.to)) {
    std::cerr << "load_client: --from and --to take migrations, models or env:NAME" << std::endl;
    return 2;
  }
  // The untimed first calls: the server must answer them, and what they say is the answer
  // every later call must give.
  if (!*expect_version_flag && (uses(Rpc::kHistory) || uses(Rpc::kApplyNoop))) {
    v1::HistoryRequest req;
    req.set_environment(env);
    absl::StatusOr<v1::HistoryResponse> r = client.History(req);
    if (!r.ok()) {
      std::cerr << "load_client: the first History call failed: " << r.status() << std::endl;
      return 2;
    }
    expect_version = r->current_version();
  }
  want.version = expect_version;
  if (uses(Rpc::kDiff)) {
    want.statements = expect_statements;
    if (want.statements < 0) {
      v1::DiffRequest req;
      *req.mutable_from() = want.from;
      *req.mutable_to() = want.to;
      absl::StatusOr<v1::DiffResponse> r = client.Diff(req);
      if (!r.ok()) {
        std::cerr << "load_client: the first Diff call failed: " << r.status() << std::endl;
        return 2;
      }
      want.statements = r->statements_size();
    }
  }
  if (uses(Rpc::kListBackups)) {
    v1::ListBackupsRequest req;
    req.set_environment(env);
    absl::StatusOr<v1::ListBackupsResponse> r = client.ListBackups(req);
    if (!r.ok()) {
      std::cerr << "load_client: the first ListBackups call failed: " << r.status() << std::endl;
      return 2;
    }
    want.backups = r->backups_size();
  }

  std::vector<Tally> tallies(callers);
  std::atomic<long> started{0};
  std::unique_ptr<Canceller> canceller;
  if (cancel_every > 0) canceller = std::make_unique<Canceller>();
  const Clock::time_point begin = Clock::now();
  const Clock::time_point measure_from = begin + std::chrono::duration_cast<Clock::duration>(
                                                     std::chrono::duration<double>(warmup));
  const Clock::time_point end = measure_from + std::chrono::duration_cast<Clock::duration>(
                                                   std::chrono::duration<double>(seconds));
  std::vector<std::thread> threads;
  for (int t = 0; t < callers; ++t) {
    threads.emplace_back([&, t] {
      Tally& tally = tallies[t];
      // Callers start at different places in the mix, so the RPCs overlap from the start.
      for (long i = t; ; ++i) {
        const Clock::time_point start = Clock::now();
        if (start >= end) break;
        const Rpc rpc = rpcs[i % rpcs.size()];
        CallOptions call;
        bool cancelling = false;
        if (cancel_every > 0 && (started.fetch_add(1) + 1) % cancel_every == 0) {
          cancelling = true;
          call.cancel.emplace();
          // Shortly after the start, at a spread of points: before the request leaves, while
          // the server waits on PostgreSQL, near the end.
          static constexpr int kDelaysUs[] = {0, 500, 1000, 2000, 5000, 10000, 20000, 50000};
          const int delay = kDelaysUs[(i / cancel_every) % (sizeof kDelaysUs / sizeof *kDelaysUs)];
          canceller->At(start + std::chrono::microseconds(delay), *call.cancel);
        }
        const Outcome outcome = Call(client, rpc, want, call);
        const float ms = std::chrono::duration<float, std::milli>(Clock::now() - start).count();
        if (outcome.status.ok()) {
          if (start >= measure_from) tally.latency_ms[static_cast<int>(rpc)].push_back(ms);
        } else if (cancelling && !outcome.wrong &&
                   outcome.status.code() == absl::StatusCode::kCancelled) {
          ++tally.cancelled;
        } else {
          ++tally.errors;
          ++tally.errors_by_code[CodeName(outcome.status, outcome.wrong)];
          if (tally.samples.size() < 3) {
            tally.samples.push_back(absl::StrCat(
                kRpcNames[static_cast<int>(rpc)], ": ",
                outcome.wrong ? absl::StrCat("WRONG_RESPONSE: ", outcome.status.message())
                              : outcome.status.ToString()));
          }
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  canceller.reset();

  // Merge: per RPC and over all of them.
  std::vector<float> all;
  std::vector<float> per_rpc[kRpcCount];
  long errors = 0, cancelled = 0;
  std::map<std::string, long> errors_by_code;
  std::vector<std::string> samples;
  for (Tally& t : tallies) {
    for (int r = 0; r < kRpcCount; ++r) {
      per_rpc[r].insert(per_rpc[r].end(), t.latency_ms[r].begin(), t.latency_ms[r].end());
      all.insert(all.end(), t.latency_ms[r].begin(), t.latency_ms[r].end());
    }
    errors += t.errors;
    cancelled += t.cancelled;
    for (const auto& [code, n] : t.errors_by_code) errors_by_code[code] += n;
    for (std::string& s : t.samples) {
      if (samples.size() < 5) samples.push_back(std::move(s));
    }
  }
  const Figures total = Summarize(all);
  const auto rate = [&](long calls) { return static_cast<double>(calls) / seconds; };
  const auto figures = [&](const Figures& f, bool as_json) {
    return as_json ? absl::StrFormat(
                         "\"calls\": %d, \"calls_per_s\": %.1f, \"p50_ms\": %.3f, \"p99_ms\": %.3f, "
                         "\"p999_ms\": %.3f, \"max_ms\": %.3f",
                         f.calls, rate(f.calls), f.p50, f.p99, f.p999, f.max)
                   : absl::StrFormat("calls=%d calls_per_s=%.1f p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f",
                                     f.calls, rate(f.calls), f.p50, f.p99, f.p999, f.max);
  };
  if (json) {
    std::vector<std::string> codes, parts;
    for (const auto& [code, n] : errors_by_code) codes.push_back(absl::StrCat("\"", code, "\": ", n));
    for (Rpc r : rpcs) {
      Figures f = Summarize(per_rpc[static_cast<int>(r)]);
      parts.push_back(absl::StrCat("\"", kRpcNames[static_cast<int>(r)], "\": {", figures(f, true), "}"));
    }
    std::cout << absl::StrFormat(
                     "{\"rpc\": \"%s\", \"callers\": %d, \"seconds\": %.1f, \"warmup\": %.1f, %s, "
                     "\"errors\": %d, \"cancelled\": %d, \"errors_by_code\": {%s}, \"per_rpc\": {%s}}",
                     rpc_name, callers, seconds, warmup, figures(total, true), errors, cancelled,
                     absl::StrJoin(codes, ", "), absl::StrJoin(parts, ", "))
              << std::endl;
  } else {
    std::cout << absl::StrFormat("load rpc=%s callers=%d seconds=%.1f %s errors=%d cancelled=%d",
                                 rpc_name, callers, seconds, figures(total, false), errors, cancelled)
              << std::endl;
    if (rpcs.size() > 1) {
      for (Rpc r : rpcs) {
        Figures f = Summarize(per_rpc[static_cast<int>(r)]);
        std::cout << "  " << kRpcNames[static_cast<int>(r)] << " " << figures(f, false) << std::endl;
      }
    }
    if (!errors_by_code.empty()) {
      std::vector<std::string> codes;
      for (const auto& [code, n] : errors_by_code) codes.push_back(absl::StrCat(code, "=", n));
      std::cout << "errors_by_code " << absl::StrJoin(codes, " ") << std::endl;
    }
  }
  for (const std::string& s : samples) std::cerr << "load_client: error: " << s << std::endl;
  return errors > 0 ? 1 : 0;
}
