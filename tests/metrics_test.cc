// /metrics against a running schemad: a method path is the client's to choose, so only the
// methods schemad serves (SchemaService, health, reflection) get their own labels, and every
// invented path lands in one service="unknown", method="unknown" series. Without that, an
// unauthenticated caller grows schemad's memory and /metrics with each random name.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "clients/cpp/client.h"
#include "tests/support/schemad_runner.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using testing::RunProgram;
using testing::RunResult;
using testing::SchemadRunner;

constexpr int kInventedMethods = 200;

std::string DatabaseYaml(const pg::ConnectionSettings& s) {
  return "\n          host: " + s.host + "\n          port: " + std::to_string(s.port) +
         "\n          dbname: " + s.dbname + "\n          user: " + s.user +
         "\n          password_env: SCHEMAD_TEST_PW";
}

// The sum of `family`'s samples whose labels include every one of `labels`.
double Sum(const std::string& page, const std::string& family,
           const std::vector<std::string>& labels) {
  double sum = 0;
  for (absl::string_view line : absl::StrSplit(page, '\n')) {
    if (!absl::StartsWith(line, family + "{")) continue;
    bool all = true;
    for (const std::string& label : labels) all = all && absl::StrContains(line, label);
    double value = 0;
    if (all && absl::SimpleAtod(line.substr(line.rfind(' ') + 1), &value)) sum += value;
  }
  return sum;
}

size_t Lines(const std::string& page) {
  return std::vector<absl::string_view>(absl::StrSplit(page, '\n', absl::SkipEmpty())).size();
}

// The path of the i-th method nobody defined: random-looking, distinct, and findable in a
// page by its "Nope" marker. Some keep a real service or a real method name, since those
// halves alone must not earn a label either.
std::string InventedMethod(int i) {
  const uint64_t h = (static_cast<uint64_t>(i) + 1) * 0x9E3779B97F4A7C15ull;
  const absl::AlphaNum hex = absl::Hex(h, absl::kZeroPad16);
  switch (i % 4) {
    case 0:
      return absl::StrCat("/schemaservice.v1.SchemaService/Nope", hex);
    case 1:
      return absl::StrCat("/Nope", hex, ".SchemaService/History");
    case 2:
      return absl::StrCat("/schemaservice.v1.HistoryRequest/Nope", hex);  // a message
    default:
      return absl::StrCat("/SSSSSSSSSSSSSSSSSSSSNope", hex, "/M", absl::Hex(~h, absl::kZeroPad16));
  }
}

class MetricsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    settings_ = testing::FreshDatabase();
    runner_ = std::make_unique<SchemadRunner>(
        testing::ConfigWithDatabase(DatabaseYaml(settings_)),
        std::map<std::string, std::string>{{"SCHEMAD_TEST_PW", settings_.password}});
    std::string error;
    ASSERT_TRUE(runner_->WaitReady(30000, &error)) << error;
    client::ClientOptions options;
    options.server = runner_->grpc_address();
    options.timeout = absl::Seconds(20);
    client_ = std::move(*client::Client::Create(options));
    channel_ = grpc::CreateChannel(runner_->grpc_address(), grpc::InsecureChannelCredentials());
  }

  std::string Metrics() {
    const RunResult r = RunProgram({"/usr/bin/curl", "-sS", "--max-time", "10",
                                    "http://" + runner_->metrics_address() + "/metrics"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }

  // One unary call with an empty body, the way anyone can call any path.
  grpc::Status CallUnary(const std::string& method) {
    grpc::GenericStub stub(channel_);
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    grpc::Slice empty_message("");  // a ByteBuffer without a slice is no message at all
    grpc::ByteBuffer request(&empty_message, 1), response;
    std::promise<grpc::Status> done;
    stub.UnaryCall(&context, method, grpc::StubOptions(), &request, &response,
                   [&done](grpc::Status s) { done.set_value(std::move(s)); });
    return done.get_future().get();
  }

  // A bidi stream opened and closed without messages: reflection answers it OK.
  grpc::Status CallStreamWithoutMessages(const std::string& method) {
    grpc::GenericStub stub(channel_);
    grpc::CompletionQueue cq;
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    std::unique_ptr<grpc::GenericClientAsyncReaderWriter> call =
        stub.PrepareCall(&context, method, &cq);
    void* tag = nullptr;
    bool ok = false;
    call->StartCall(reinterpret_cast<void*>(1));
    cq.Next(&tag, &ok);
    call->WritesDone(reinterpret_cast<void*>(2));
    cq.Next(&tag, &ok);
    grpc::Status status;
    call->Finish(&status, reinterpret_cast<void*>(3));
    cq.Next(&tag, &ok);
    cq.Shutdown();
    while (cq.Next(&tag, &ok)) {
    }
    return status;
  }

  pg::ConnectionSettings settings_;
  std::unique_ptr<SchemadRunner> runner_;
  std::unique_ptr<client::Client> client_;
  std::shared_ptr<grpc::Channel> channel_;
};

TEST_F(MetricsTest, InventedMethodsShareOneUnknownSeriesSoMetricsDoNotGrowWithThem) {
  // One call first, so the unknown series exists and the page's size is its steady size.
  ASSERT_EQ(CallUnary("/Warmup.Nope/First").error_code(), grpc::StatusCode::UNIMPLEMENTED);
  // The call's duration may be recorded just after its answer: wait (bounded) until it is,
  // or the steady page would be measured one histogram short.
  // The environment's gauges come from a refresh at start-up, which may finish later still.
  std::string before = Metrics();
  for (int i = 0; i < 100 && (Sum(before, "schemad_rpc_duration_seconds_count",
                                  {"service=\"unknown\"", "method=\"unknown\""}) < 1 ||
                              before.find("schemad_pending_migrations{") == std::string::npos);
       ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    before = Metrics();
  }
  const double unknown_before = Sum(before, "schemad_rpc_requests_total",
                                    {"service=\"unknown\"", "method=\"unknown\""});
  EXPECT_GE(unknown_before, 1);

  for (int i = 0; i < kInventedMethods; ++i) {
    const grpc::Status s = CallUnary(InventedMethod(i));
    ASSERT_EQ(s.error_code(), grpc::StatusCode::UNIMPLEMENTED)
        << InventedMethod(i) << ": " << s.error_message();
  }
  const std::string after = Metrics();

  EXPECT_THAT(after, ::testing::Not(HasSubstr("Nope"))) << "an invented name became a label";
  for (int i = 0; i < kInventedMethods; ++i) {
    const std::string path = InventedMethod(i);
    const size_t slash = path.rfind('/');
    EXPECT_EQ(Sum(after, "schemad_rpc_requests_total",
                  {"service=\"" + path.substr(1, slash - 1) + "\"",
                   "method=\"" + path.substr(slash + 1) + "\""}),
              0)
        << path;
  }
  EXPECT_GE(Sum(after, "schemad_rpc_requests_total",
                {"service=\"unknown\"", "method=\"unknown\"", "code=\"UNIMPLEMENTED\""}),
            unknown_before + kInventedMethods);
  EXPECT_EQ(Sum(after, "schemad_rpc_duration_seconds_count",
                {"service=\"unknown\"", "method=\"unknown\""}),
            Sum(after, "schemad_rpc_requests_total",
                {"service=\"unknown\"", "method=\"unknown\""}));
  EXPECT_LE(Lines(after), Lines(before) + 5)
      << "the page grew with the invented names:\n" << after;

  testing::TempDir dir;
  const std::string file = dir.Write("metrics.txt", after);
  const RunResult check = RunProgram({"/bin/sh", "-c", "promtool check metrics < " + file});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

TEST_F(MetricsTest, MethodsSchemadServesKeepTheirOwnServiceAndMethodLabels) {
  v1::HistoryRequest request;
  request.set_project("app");
  request.set_environment("dev");
  ASSERT_TRUE(client_->History(request).ok());
  ASSERT_TRUE(client_->Health("").ok());
  const grpc::Status reflection =
      CallStreamWithoutMessages("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo");
  ASSERT_TRUE(reflection.ok()) << reflection.error_message();

  const std::string page = Metrics();
  EXPECT_EQ(Sum(page, "schemad_rpc_requests_total",
                {"service=\"schemaservice.v1.SchemaService\"", "method=\"History\"",
                 "code=\"OK\""}),
            1)
      << page;
  EXPECT_EQ(Sum(page, "schemad_rpc_requests_total",
                {"service=\"grpc.health.v1.Health\"", "method=\"Check\"", "code=\"OK\""}),
            1)
      << page;
  EXPECT_EQ(Sum(page, "schemad_rpc_requests_total",
                {"service=\"grpc.reflection.v1alpha.ServerReflection\"",
                 "method=\"ServerReflectionInfo\"", "code=\"OK\""}),
            1)
      << page;
  EXPECT_EQ(Sum(page, "schemad_rpc_requests_total", {"service=\"unknown\""}), 0) << page;
}

}  // namespace
}  // namespace schemaservice
