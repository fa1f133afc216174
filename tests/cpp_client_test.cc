// The C++ client library (schemaservice::Client) against the real schemad on the test
// PostgreSQL, with a bearer token required: the typed methods fill the client's project and
// request id, Apply hands every progress event to the caller in the order sent and returns
// the summary, a per-call deadline overrides the client's, a refused token and an unknown
// environment come back as schemad's own code and message, an unreachable address is said
// to be one, and a stream cancelled from another thread (or dropped) stops the migration.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/time/clock.h"
#include "schemaservice/client.h"
#include "tests/support/served_project.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using testing::MigrationFile;
using testing::QueryValue;
using testing::ServedProject;

constexpr char kV1[] = "20260101000001";
constexpr char kV2[] = "20260101000002";

// Two statements, so the stream has a statement 1/2 and 2/2.
const MigrationFile kWidgets = {
    kV1, "create_widgets",
    "CREATE TABLE widgets (id bigint PRIMARY KEY, name text NOT NULL);\n"
    "CREATE INDEX widgets_name ON widgets (name);\n",
    "DROP TABLE widgets;\n"};

// A table, then a statement that outlasts every deadline and cancel of these tests: a
// migration interrupted in it must leave no table behind.
MigrationFile Slow(const std::string& version, int seconds) {
  return {version, "slow",
          "CREATE TABLE slow_trace (id int);\nSELECT pg_sleep(" + std::to_string(seconds) + ");\n",
          "DROP TABLE slow_trace;\n"};
}

class CppClientTest : public ::testing::Test {
 protected:
  void Serve(const std::vector<MigrationFile>& migrations) {
    database_ = testing::FreshDatabase();
    ASSERT_TRUE(project_.AddMigrations(migrations));
    ASSERT_TRUE(project_.Start(database_));
  }

  std::unique_ptr<Client> NewClient(ClientOptions options) {
    absl::StatusOr<std::unique_ptr<Client>> created = Client::Create(std::move(options));
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? std::move(*created) : nullptr;
  }

  // The project's own client: the admin token, project "app" by default.
  std::unique_ptr<Client> AdminClient(ClientOptions options = {}) {
    options.server = project_.address();
    options.project = "app";
    options.token_file = project_.token_file();
    return NewClient(std::move(options));
  }

  v1::ApplyRequest ApplyToDev() {
    v1::ApplyRequest request;
    request.set_environment("dev");
    return request;
  }

  // The migration's state in dev's history, once no call is running it any more.
  std::string SettledState(const Client& client, const std::string& version) {
    v1::HistoryRequest request;
    request.set_environment("dev");
    for (int i = 0; i < 100; ++i) {
      absl::StatusOr<v1::HistoryResponse> history = client.History(request);
      if (!history.ok()) return history.status().ToString();
      for (const v1::HistoryEntry& e : history->entries()) {
        if (e.version() == version && e.state() != v1::MIGRATION_STATE_RUNNING) {
          return v1::MigrationState_Name(e.state());
        }
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return "still running after 10 s";
  }

  pg::ConnectionSettings database_;
  ServedProject project_;
};

std::string Shown(const std::vector<v1::Progress>& events) {
  std::string out;
  for (const v1::Progress& e : events) {
    out += v1::Phase_Name(e.phase()) + " " + std::to_string(e.statement_index()) + "/" +
           std::to_string(e.statement_count()) + " " + e.message() + "\n";
  }
  return out;
}

TEST_F(CppClientTest, ApplyHandsEveryEventInOrderToTheCallbackAndReturnsTheSummary) {
  ASSERT_NO_FATAL_FAILURE(Serve({kWidgets}));
  std::unique_ptr<Client> client = AdminClient();
  ASSERT_NE(client, nullptr);

  std::vector<v1::Progress> events;
  absl::StatusOr<v1::Progress> done =
      client->Apply(ApplyToDev()).Drain([&](const v1::Progress& p) { events.push_back(p); });
  ASSERT_TRUE(done.ok()) << done.status() << "\n" << Shown(events);
  ASSERT_FALSE(events.empty());
  const std::string shown = Shown(events);

  EXPECT_EQ(events.front().phase(), v1::PHASE_VALIDATING) << shown;
  std::vector<int> statement_numbers;
  for (const v1::Progress& e : events) {
    if (e.phase() != v1::PHASE_APPLYING || e.statement_index() == 0) continue;
    statement_numbers.push_back(e.statement_index());
    EXPECT_EQ(e.version(), kV1) << shown;
    EXPECT_EQ(e.statement_count(), 2) << shown;
  }
  EXPECT_THAT(statement_numbers, ElementsAre(1, 2)) << shown;
  // The summary comes last, once, and is what Drain returns.
  EXPECT_EQ(events.back().phase(), v1::PHASE_DONE) << shown;
  EXPECT_THAT(events.back().summary().versions(), ElementsAre(kV1)) << shown;
  for (size_t i = 0; i + 1 < events.size(); ++i) {
    EXPECT_FALSE(events[i].has_summary()) << "event " << i << " of\n" << shown;
  }
  EXPECT_EQ(done->SerializeAsString(), events.back().SerializeAsString());
  EXPECT_EQ(QueryValue(database_, "SELECT to_regclass('public.widgets')::text"), "widgets");
}

TEST_F(CppClientTest, NextAndFinishReadTheSameStreamOneEventAtATime) {
  ASSERT_NO_FATAL_FAILURE(Serve({kWidgets}));
  std::unique_ptr<Client> client = AdminClient();
  ASSERT_NE(client, nullptr);
  ProgressStream stream = client->Apply(ApplyToDev());
  v1::Progress progress;
  ASSERT_TRUE(stream.Next(&progress));
  EXPECT_EQ(progress.phase(), v1::PHASE_VALIDATING);
  // Finish reads the rest itself.
  absl::StatusOr<v1::Progress> done = stream.Finish();
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_THAT(done->summary().versions(), ElementsAre(kV1));
  EXPECT_FALSE(stream.Next(&progress));
}

TEST_F(CppClientTest, HistoryAndDiffAreTypedCallsUnderTheClientsProject) {
  ASSERT_NO_FATAL_FAILURE(Serve({kWidgets}));
  std::unique_ptr<Client> client = AdminClient();
  ASSERT_NE(client, nullptr);

  v1::HistoryRequest history_request;  // no project: the client's ("app")
  history_request.set_environment("dev");
  absl::StatusOr<v1::HistoryResponse> history = client->History(history_request);
  ASSERT_TRUE(history.ok()) << history.status();
  ASSERT_EQ(history->entries_size(), 1);
  EXPECT_EQ(history->entries(0).version(), kV1);
  EXPECT_EQ(history->entries(0).state(), v1::MIGRATION_STATE_PENDING);
  EXPECT_EQ(history->current_version(), "");

  v1::DiffRequest diff_request;
  *diff_request.mutable_from() = EnvironmentSource("dev");
  *diff_request.mutable_to() = MigrationsSource();
  absl::StatusOr<v1::DiffResponse> diff = client->Diff(diff_request);
  ASSERT_TRUE(diff.ok()) << diff.status();
  std::string sql;
  for (const v1::Statement& s : diff->statements()) sql += s.sql() + ";\n";
  EXPECT_THAT(sql, HasSubstr("CREATE TABLE public.widgets"));
  EXPECT_THAT(sql, HasSubstr("CREATE INDEX widgets_name"));
}

TEST_F(CppClientTest, TheRequestIdOfTheCallOrElseTheClientIsRecordedInTheEventLog) {
  ASSERT_NO_FATAL_FAILURE(Serve({kWidgets}));
  ClientOptions options;
  options.request_id = "client-default-7";
  std::unique_ptr<Client> client = AdminClient(options);
  ASSERT_NE(client, nullptr);
  CallOptions call;
  call.request_id = "deploy-42";
  ASSERT_TRUE(client->Apply(ApplyToDev(), call).Finish().ok());
  ASSERT_TRUE(client->Apply(ApplyToDev()).Finish().ok());  // nothing pending, still logged

  v1::HistoryRequest request;
  request.set_environment("dev");
  request.set_event_limit(20);
  absl::StatusOr<v1::HistoryResponse> history = client->History(request);
  ASSERT_TRUE(history.ok()) << history.status();
  std::vector<std::string> apply_ids;
  for (const v1::Event& e : history->events()) {
    if (e.operation() == "Apply") apply_ids.push_back(e.request_id());
  }
  EXPECT_THAT(apply_ids, ElementsAre("client-default-7", "deploy-42"));  // newest first

  // A request without a request_id field carries it as x-request-id: schemad's call log.
  CallOptions history_call;
  history_call.request_id = "history-9";
  ASSERT_TRUE(client->History(request, history_call).ok());
  const std::string logged = "rpc method=History caller=cpp-client request_id=history-9 ";
  for (int i = 0; i < 50 && project_.schemad().process().Stderr().find(logged) == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_THAT(project_.schemad().process().Stderr(), HasSubstr(logged));
}

TEST_F(CppClientTest, APerCallTimeoutOverridesTheClientsAndEndsTheStreamWithDeadlineExceeded) {
  ASSERT_NO_FATAL_FAILURE(Serve({Slow(kV1, 20)}));
  std::unique_ptr<Client> client = AdminClient();  // stream_timeout: an hour
  ASSERT_NE(client, nullptr);
  CallOptions call;
  call.timeout = absl::Milliseconds(1500);
  const absl::Time start = absl::Now();
  int events = 0;
  absl::StatusOr<v1::Progress> done =
      client->Apply(ApplyToDev(), call).Drain([&](const v1::Progress&) { ++events; });
  EXPECT_LT(absl::Now() - start, absl::Seconds(10)) << "the call's own deadline was not used";
  ASSERT_EQ(done.status().code(), absl::StatusCode::kDeadlineExceeded) << done.status();
  // schemad had answered (events came), so this is its deadline, not an unreachable server.
  EXPECT_GT(events, 0);
  EXPECT_FALSE(ServerNeverAnswered(done.status())) << done.status();
  EXPECT_THAT(std::string(done.status().message()), Not(HasSubstr("did not answer")));
  // The migration stopped with the call and left nothing.
  EXPECT_NE(SettledState(*client, kV1), "MIGRATION_STATE_APPLIED");
  EXPECT_EQ(QueryValue(database_, "SELECT to_regclass('public.slow_trace')::text"), std::nullopt);
}

TEST_F(CppClientTest, AWrongTokenIsUnauthenticatedWithSchemadsOwnMessage) {
  ASSERT_NO_FATAL_FAILURE(Serve({kWidgets}));
  ClientOptions options;
  options.server = project_.address();
  options.project = "app";
  options.token = "0123456789abcdef-not-the-token";
  std::unique_ptr<Client> client = NewClient(options);
  ASSERT_NE(client, nullptr);
  const std::string servers_message =
      "the token is not valid on this server; check --token-file / SCHEMACTL_TOKEN";

  absl::StatusOr<v1::HistoryResponse> history = client->History(v1::HistoryRequest());
  EXPECT_EQ(history.status().code(), absl::StatusCode::kUnauthenticated) << history.status();
  EXPECT_EQ(std::string(history.status().message()), servers_message);
  EXPECT_FALSE(ServerNeverAnswered(history.status()));

  absl::StatusOr<v1::Progress> applied = client->Apply(ApplyToDev()).Drain([](const v1::Progress& p) {
    ADD_FAILURE() << "an event for a refused token: " << p.ShortDebugString();
  });
  EXPECT_EQ(applied.status().code(), absl::StatusCode::kUnauthenticated) << applied.status();
  EXPECT_EQ(std::string(applied.status().message()), servers_message);
  EXPECT_THAT(applied.status().ToString(), Not(HasSubstr(options.token)));
  EXPECT_EQ(QueryValue(database_, "SELECT to_regclass('public.widgets')::text"), std::nullopt);
}

TEST_F(CppClientTest, AnUnknownEnvironmentIsNotFoundWithSchemadsMessageUnchanged) {
  ASSERT_NO_FATAL_FAILURE(Serve({kWidgets}));
  std::unique_ptr<Client> client = AdminClient();
  ASSERT_NE(client, nullptr);
  v1::ApplyRequest request;
  request.set_environment("no-such-env");
  absl::StatusOr<v1::Progress> done = client->Apply(request).Finish();
  EXPECT_EQ(done.status().code(), absl::StatusCode::kNotFound) << done.status();
  EXPECT_EQ(std::string(done.status().message()),
            "project app has no environment \"no-such-env\"; environments you may use: dev");
  EXPECT_FALSE(ServerNeverAnswered(done.status()));
}

TEST_F(CppClientTest, AnAddressNobodyServesIsUnavailableAndSaidToBeUnanswered) {
  ClientOptions options;
  options.server = "127.0.0.1:1";
  options.timeout = absl::Seconds(5);
  std::unique_ptr<Client> client = NewClient(options);
  ASSERT_NE(client, nullptr);
  absl::StatusOr<v1::HistoryResponse> history = client->History(v1::HistoryRequest());
  EXPECT_EQ(history.status().code(), absl::StatusCode::kUnavailable) << history.status();
  EXPECT_THAT(std::string(history.status().message()), StartsWith("schemad at 127.0.0.1:1 did not answer: "));
  EXPECT_TRUE(ServerNeverAnswered(history.status()));
  // A tiny deadline on a unary call: nothing came back, so the same explanation.
  ClientOptions tiny = options;
  tiny.timeout = absl::Microseconds(1);
  client = NewClient(tiny);
  ASSERT_NE(client, nullptr);
  EXPECT_TRUE(ServerNeverAnswered(client->History(v1::HistoryRequest()).status()));
}

TEST_F(CppClientTest, ACancelFromAnotherThreadStopsTheStreamAndTheMigration) {
  ASSERT_NO_FATAL_FAILURE(Serve({Slow(kV1, 60)}));
  std::unique_ptr<Client> client = AdminClient();
  ASSERT_NE(client, nullptr);
  CallOptions call;
  call.cancel = CancelToken();
  std::promise<void> sleeping;
  std::atomic<bool> signalled{false};
  std::thread canceller([&, token = *call.cancel, sleeping_future = sleeping.get_future()]() mutable {
    sleeping_future.wait();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // into pg_sleep
    token.Cancel();
  });
  const absl::Time start = absl::Now();
  absl::StatusOr<v1::Progress> done =
      client->Apply(ApplyToDev(), call).Drain([&](const v1::Progress& p) {
        if (p.statement_index() == 2 && !signalled.exchange(true)) sleeping.set_value();
      });
  if (!signalled.exchange(true)) sleeping.set_value();  // the thread must end either way
  canceller.join();
  EXPECT_EQ(done.status().code(), absl::StatusCode::kCancelled) << done.status();
  EXPECT_LT(absl::Now() - start, absl::Seconds(20)) << "the 60 s statement ran on";
  EXPECT_NE(SettledState(*client, kV1), "MIGRATION_STATE_APPLIED");
  EXPECT_EQ(QueryValue(database_, "SELECT to_regclass('public.slow_trace')::text"), std::nullopt);

  // A token once cancelled refuses the calls given it later, before they reach schemad.
  absl::StatusOr<v1::HistoryResponse> later = client->History(v1::HistoryRequest(), call);
  EXPECT_EQ(later.status().code(), absl::StatusCode::kCancelled) << later.status();
  EXPECT_EQ(std::string(later.status().message()), "cancelled before the call started");
  EXPECT_EQ(client->Apply(ApplyToDev(), call).Finish().status().code(),
            absl::StatusCode::kCancelled);
}

TEST_F(CppClientTest, DroppingAStreamBeforeItsEndCancelsTheCall) {
  ASSERT_NO_FATAL_FAILURE(Serve({Slow(kV1, 60), {kV2, "after", "CREATE TABLE after_slow (id int);\n",
                                                  "DROP TABLE after_slow;\n"}}));
  std::unique_ptr<Client> client = AdminClient();
  ASSERT_NE(client, nullptr);
  const absl::Time start = absl::Now();
  {
    ProgressStream stream = client->Apply(ApplyToDev());
    v1::Progress progress;
    while (stream.Next(&progress) && progress.statement_index() != 2) {
    }
  }  // the destructor cancels and waits for the end of the call
  EXPECT_LT(absl::Now() - start, absl::Seconds(20)) << "dropping the stream did not end the call";
  EXPECT_NE(SettledState(*client, kV1), "MIGRATION_STATE_APPLIED");
  EXPECT_EQ(QueryValue(database_, "SELECT to_regclass('public.after_slow')::text"), std::nullopt)
      << "a migration started after the stream was dropped";
}

}  // namespace
}  // namespace schemaservice
