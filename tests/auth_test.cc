// End-to-end tests of schemad's trust boundary, against the real binary:
// - bearer tokens and roles: every RPC x every kind of caller answers the code its role earns
//   (on the environment `test`, on `prod`, or on the project) for the reason the message
//   names, and an admitted call does the work (Sync plans, Backup dumps, VerifyBackup and
//   Restore restore a backup taken by the matrix itself); Health stays open; every denial on
//   an environment and every admitted mutating call is exactly one event in that
//   environment's log with the caller's subject and the outcome, and reads leave none;
// - Restore and VerifyBackup refuse a bad request only after admitting the caller, each
//   refusal recorded;
// - TLS: only clients trusting the server's CA connect; with client_ca_file only clients
//   presenting a certificate that CA signed; a certificate replaced on disk is served within
//   seconds, without a restart.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <array>
#include <csignal>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "clients/cpp/client.h"
#include "service/pg/connection.h"
#include "tests/support/process.h"
#include "tests/support/schemad_runner.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::RunProgram;
using testing::RunResult;
using testing::SchemadRunner;
using Code = absl::StatusCode;
using Stub = v1::SchemaService::Stub;

// ---------------------------------------------------------------------------------------
// Callers. The config holds only the SHA-256 of each token (`printf %s TOKEN | sha256sum`).

struct TokenHolder {
  const char* subject;
  const char* token;
  const char* sha256;
  const char* roles_yaml;
};

constexpr TokenHolder kViewer{"vera-viewer", "tok-viewer-6b1e0c",
                              "971f106b5741ba4c68e99c291640df2285bb6d5d81fb1acfec8ac4109c585298",
                              "[viewer]"};
constexpr TokenHolder kDeveloper{"dave-developer", "tok-developer-93fd27",
                                 "895bb3faef7a1c11c0fdcd1db595c32f8630fb71b8b8ec86ad81c70d8aa754d8",
                                 "[developer]"};
constexpr TokenHolder kDeployer{"dora-deployer", "tok-deployer-0a7c55",
                                "d3a705bade75c7006359e996b59e2bbb0bf0678eb4256906a835e4f52f9debdd",
                                "[deployer]"};
constexpr TokenHolder kAdmin{"ada-admin", "tok-admin-e24f18",
                             "6af8e33b85880a2a94827fc651e7efa3657e6da10fa39d024517ed23f2cfcb35",
                             "[admin]"};
constexpr TokenHolder kTestDeployer{
    "tess-deployer-on-test", "tok-deployer-test-5c8d3a",
    "5cb06cc0d12c8b8c913179f3e19e4b10fa647b2b1f8f66c448309a2c868aeb2d",
    "[{role: deployer, project: app, environments: [test]}]"};

// The columns of the role matrix, in order.
struct CallerCase {
  const char* name;     // in failure messages
  std::string token;    // "" = no authorization metadata
  std::string subject;  // the caller an event must name ("" = not authenticated)
};

const std::vector<CallerCase>& Callers() {
  static const std::vector<CallerCase> callers = {
      {"no token", "", ""},
      {"unknown token", "tok-not-configured-anywhere", ""},
      {"viewer", kViewer.token, kViewer.subject},
      {"developer", kDeveloper.token, kDeveloper.subject},
      {"deployer", kDeployer.token, kDeployer.subject},
      {"admin", kAdmin.token, kAdmin.subject},
      {"deployer limited to app/[test]", kTestDeployer.token, kTestDeployer.subject},
  };
  return callers;
}
constexpr size_t kCallerCount = 7;

// ---------------------------------------------------------------------------------------
// Starting schemad with auth (and optionally TLS) on two environments, test and prod.

std::string DatabaseYaml(const pg::ConnectionSettings& s, const std::string& password_env) {
  return "\n          host: " + s.host + "\n          port: " + std::to_string(s.port) +
         "\n          dbname: " + s.dbname + "\n          user: " + s.user +
         "\n          password_env: " + password_env;
}

std::string AuthYaml() {
  std::string yaml = "auth:\n  tokens:\n";
  for (const TokenHolder* t : {&kViewer, &kDeveloper, &kDeployer, &kAdmin, &kTestDeployer}) {
    absl::StrAppend(&yaml, "    - subject: ", t->subject, "\n      sha256: ", t->sha256,
                    "\n      roles: ", t->roles_yaml, "\n");
  }
  return yaml;
}

class SchemadWithAuth : public ::testing::Test {
 protected:
  // `tls_yaml`: lines under `server:` (indented by 2), "" for plaintext.
  void Start(const std::string& tls_yaml) {
    chmod(state_.path().c_str(), 0755);  // the embedded shadow server runs unprivileged
    test_db_ = testing::FreshDatabase();
    prod_db_ = testing::FreshDatabase();
    const pg::ConnectionSettings& test_db = test_db_;
    const pg::ConnectionSettings& prod_db = prod_db_;
    const std::string config =
        "server:\n  listen: 127.0.0.1:0\n  metrics_listen: 127.0.0.1:0\n"
        "  shutdown_grace_seconds: 5\n" +
        tls_yaml + AuthYaml() +
        "projects:\n  app:\n    models_dir: models\n    migrations_dir: migrations\n"
        "    environments:\n"
        "      test:\n        database:" +
        DatabaseYaml(test_db, "SCHEMAD_TEST_PW_TEST") +
        "\n        allow_sync: true\n"
        "      prod:\n        database:" +
        DatabaseYaml(prod_db, "SCHEMAD_TEST_PW_PROD") + "\n";
    runner_ = std::make_unique<SchemadRunner>(
        config, std::map<std::string, std::string>{
                    {"SCHEMAD_TEST_PW_TEST", test_db.password},
                    {"SCHEMAD_TEST_PW_PROD", prod_db.password},
                    {"SCHEMAD_STATE_DIR", state_.path() + "/state"}});
    std::string error;
    ASSERT_TRUE(runner_->WaitReady(30000, &error)) << error << "\nconfig:\n" << config;
    runner_->dir().Write("models/01_t.sql", "CREATE TABLE t (id int);\n");
  }

  std::unique_ptr<client::Client> NewClient(client::ClientOptions options) {
    options.server = runner_->grpc_address();
    absl::StatusOr<std::unique_ptr<client::Client>> created = client::Client::Create(options);
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? std::move(*created) : nullptr;
  }

  std::unique_ptr<client::Client> ClientWithToken(const std::string& token) {
    client::ClientOptions options;
    options.timeout = absl::Seconds(30);
    options.token = token;
    return NewClient(options);
  }

  testing::TempDir state_;
  // test allows Sync; prod does not. Backups go to the state folder (SCHEMAD_STATE_DIR).
  pg::ConnectionSettings test_db_, prod_db_;
  std::unique_ptr<SchemadRunner> runner_;
};

// ---------------------------------------------------------------------------------------
// The role matrix.

enum class Rpc {
  kHistory,
  kListBackups,
  kDiffModelsVsMigrations,
  kDiffEnvironmentVsModels,
  kDiffInlineModelsVsModels,
  kGenerate,
  kSync,
  kApply,
  kBackup,
  kVerifyBackup,
  kRollback,
  kRestore,
  kNewMigration,
  kRehash,
  kResolve,
  kBaseline,
};

const char* Operation(Rpc rpc) {
  switch (rpc) {
    case Rpc::kHistory: return "History";
    case Rpc::kListBackups: return "ListBackups";
    case Rpc::kDiffModelsVsMigrations:
    case Rpc::kDiffEnvironmentVsModels:
    case Rpc::kDiffInlineModelsVsModels: return "Diff";
    case Rpc::kGenerate: return "Generate";
    case Rpc::kSync: return "Sync";
    case Rpc::kApply: return "Apply";
    case Rpc::kBackup: return "Backup";
    case Rpc::kVerifyBackup: return "VerifyBackup";
    case Rpc::kRollback: return "Rollback";
    case Rpc::kRestore: return "Restore";
    case Rpc::kNewMigration: return "NewMigration";
    case Rpc::kRehash: return "Rehash";
    case Rpc::kResolve: return "Resolve";
    case Rpc::kBaseline: return "Baseline";
  }
  return "?";
}

bool Mutating(Rpc rpc) {
  return rpc == Rpc::kSync || rpc == Rpc::kApply || rpc == Rpc::kBackup ||
         rpc == Rpc::kVerifyBackup || rpc == Rpc::kRollback || rpc == Rpc::kRestore ||
         rpc == Rpc::kGenerate || rpc == Rpc::kNewMigration || rpc == Rpc::kRehash ||
         rpc == Rpc::kResolve || rpc == Rpc::kBaseline;
}

std::string Describe(Rpc rpc, const std::string& env) {
  switch (rpc) {
    case Rpc::kDiffModelsVsMigrations: return "Diff(models vs migrations)";
    case Rpc::kDiffEnvironmentVsModels: return absl::StrCat("Diff(environment ", env, " vs models)");
    case Rpc::kDiffInlineModelsVsModels: return "Diff(inline models vs models)";
    default: return env.empty() ? Operation(rpc) : absl::StrCat(Operation(rpc), " on ", env);
  }
}

struct Want {
  Code code;
  const char* role = nullptr;    // for PERMISSION_DENIED: the role the message must name
  const char* reason = nullptr;  // otherwise: what the message must say, when set
};
const Want kOk{Code::kOk};
const Want kUnauth{Code::kUnauthenticated};
// Admitted, then refused by the state of the database (nothing to roll back, no such version).
const Want kRefused{Code::kFailedPrecondition, nullptr, "has 0 applied"};
const Want kNotFound{Code::kNotFound};
// Admitted, then refused by the environment's policy: prod has no allow_sync.
const Want kNoSync{Code::kFailedPrecondition, nullptr, "allow_sync is false"};
const Want kNeedsViewer{Code::kPermissionDenied, "viewer"};
const Want kNeedsDeveloper{Code::kPermissionDenied, "developer"};
const Want kNeedsDeployer{Code::kPermissionDenied, "deployer"};
const Want kNeedsAdmin{Code::kPermissionDenied, "admin"};

struct Row {
  Rpc rpc;
  std::string env;  // the environment the call names; "" = the project
  std::array<Want, kCallerCount> want;
};

// Columns: no token, unknown token, viewer, developer, deployer, admin, deployer on [test].
const std::vector<Row>& Matrix() {
  static const std::vector<Row> rows = {
      {Rpc::kHistory, "test", {kUnauth, kUnauth, kOk, kOk, kOk, kOk, kOk}},
      {Rpc::kHistory, "prod", {kUnauth, kUnauth, kOk, kOk, kOk, kOk, kNeedsViewer}},
      // Before any Backup row: the lists are empty, and that is OK.
      {Rpc::kListBackups, "test", {kUnauth, kUnauth, kOk, kOk, kOk, kOk, kOk}},
      {Rpc::kListBackups, "prod", {kUnauth, kUnauth, kOk, kOk, kOk, kOk, kNeedsViewer}},
      // No environment named: checked on the project, which a grant limited to [test] lacks.
      {Rpc::kDiffModelsVsMigrations, "", {kUnauth, kUnauth, kOk, kOk, kOk, kOk, kNeedsViewer}},
      {Rpc::kDiffEnvironmentVsModels, "test", {kUnauth, kUnauth, kOk, kOk, kOk, kOk, kOk}},
      {Rpc::kDiffEnvironmentVsModels, "prod",
       {kUnauth, kUnauth, kOk, kOk, kOk, kOk, kNeedsViewer}},
      {Rpc::kDiffInlineModelsVsModels, "",
       {kUnauth, kUnauth, kNeedsDeveloper, kOk, kOk, kOk, kNeedsDeveloper}},
      {Rpc::kGenerate, "",
       {kUnauth, kUnauth, kNeedsDeveloper, kOk, kOk, kOk, kNeedsDeveloper}},
      // Without confirm_schema_hash: the review, which plans and changes nothing.
      {Rpc::kSync, "test", {kUnauth, kUnauth, kNeedsDeveloper, kOk, kOk, kOk, kOk}},
      {Rpc::kSync, "prod",
       {kUnauth, kUnauth, kNeedsDeveloper, kNoSync, kNoSync, kNoSync, kNeedsDeveloper}},
      {Rpc::kApply, "test", {kUnauth, kUnauth, kNeedsDeployer, kNeedsDeployer, kOk, kOk, kOk}},
      {Rpc::kApply, "prod",
       {kUnauth, kUnauth, kNeedsDeployer, kNeedsDeployer, kOk, kOk, kNeedsDeployer}},
      // Real pg_dumps; VerifyBackup and Restore below use the newest one of the environment.
      {Rpc::kBackup, "test",
       {kUnauth, kUnauth, kNeedsDeployer, kNeedsDeployer, kOk, kOk, kOk}},
      {Rpc::kBackup, "prod",
       {kUnauth, kUnauth, kNeedsDeployer, kNeedsDeployer, kOk, kOk, kNeedsDeployer}},
      {Rpc::kVerifyBackup, "test",
       {kUnauth, kUnauth, kNeedsDeployer, kNeedsDeployer, kOk, kOk, kOk}},
      {Rpc::kVerifyBackup, "prod",
       {kUnauth, kUnauth, kNeedsDeployer, kNeedsDeployer, kOk, kOk, kNeedsDeployer}},
      {Rpc::kRollback, "test",
       {kUnauth, kUnauth, kNeedsAdmin, kNeedsAdmin, kNeedsAdmin, kRefused, kNeedsAdmin}},
      {Rpc::kRollback, "prod",
       {kUnauth, kUnauth, kNeedsAdmin, kNeedsAdmin, kNeedsAdmin, kRefused, kNeedsAdmin}},
      {Rpc::kResolve, "test",
       {kUnauth, kUnauth, kNeedsAdmin, kNeedsAdmin, kNeedsAdmin, kNotFound, kNeedsAdmin}},
      {Rpc::kResolve, "prod",
       {kUnauth, kUnauth, kNeedsAdmin, kNeedsAdmin, kNeedsAdmin, kNotFound, kNeedsAdmin}},
      {Rpc::kBaseline, "test",
       {kUnauth, kUnauth, kNeedsAdmin, kNeedsAdmin, kNeedsAdmin, kNotFound, kNeedsAdmin}},
      {Rpc::kBaseline, "prod",
       {kUnauth, kUnauth, kNeedsAdmin, kNeedsAdmin, kNeedsAdmin, kNotFound, kNeedsAdmin}},
      // Into a new database on the environment's server (the admin's is the one admitted).
      {Rpc::kRestore, "test",
       {kUnauth, kUnauth, kNeedsAdmin, kNeedsAdmin, kNeedsAdmin, kOk, kNeedsAdmin}},
      {Rpc::kRestore, "prod",
       {kUnauth, kUnauth, kNeedsAdmin, kNeedsAdmin, kNeedsAdmin, kOk, kNeedsAdmin}},
      {Rpc::kNewMigration, "",
       {kUnauth, kUnauth, kNeedsDeveloper, kOk, kOk, kOk, kNeedsDeveloper}},
      {Rpc::kRehash, "", {kUnauth, kUnauth, kNeedsDeveloper, kOk, kOk, kOk, kNeedsDeveloper}},
  };
  return rows;
}

// A server-streaming call read to its end; a caller refused must not see progress. The
// summary of the last event goes to `summary` when the call succeeded.
template <typename Request>
absl::Status ReadStream(client::Client& c,
                        std::unique_ptr<grpc::ClientReader<v1::Progress>> (Stub::*call)(
                            grpc::ClientContext*, const Request&),
                        Request request, const std::string& request_id,
                        v1::Summary* summary = nullptr) {
  request.set_project("app");
  request.set_request_id(request_id);
  grpc::ClientContext context;
  c.Prepare(context);
  context.AddMetadata("x-request-id", request_id);
  auto reader = (c.stub().*call)(&context, request);
  v1::Progress progress, last;
  int events = 0;
  while (reader->Read(&progress)) {
    ++events;
    last = progress;
  }
  const absl::Status status = c.ToStatus(reader->Finish());
  if (status.code() == Code::kPermissionDenied || status.code() == Code::kUnauthenticated) {
    EXPECT_EQ(events, 0) << "progress from a call that was not admitted";
  }
  if (status.ok()) {
    EXPECT_EQ(last.phase(), v1::PHASE_DONE) << "the last event of a successful stream";
    EXPECT_TRUE(last.has_summary()) << "the last event of a successful stream";
    if (summary != nullptr) *summary = last.summary();
  }
  return status;
}

template <typename Request>
Request OnEnvironment(const std::string& env) {
  Request request;
  request.set_environment(env);
  return request;
}

// What a matrix call needs beyond its row.
struct CallArgs {
  std::string backup_id;     // VerifyBackup, Restore
  std::string new_database;  // Restore: into this new database
};

// Makes one call of the matrix as the caller `c`, tagged with `request_id`; a successful
// call is checked to have done its work.
absl::Status Call(client::Client& c, Rpc rpc, const std::string& env,
                  const std::string& request_id, const CallArgs& args = {}) {
  grpc::ClientContext context;
  c.Prepare(context);
  context.AddMetadata("x-request-id", request_id);
  switch (rpc) {
    case Rpc::kHistory: {
      v1::HistoryRequest request;
      request.set_project("app");
      request.set_environment(env);
      v1::HistoryResponse response;
      return c.ToStatus(c.stub().History(&context, request, &response));
    }
    case Rpc::kListBackups: {
      v1::ListBackupsRequest request;
      request.set_project("app");
      request.set_environment(env);
      v1::ListBackupsResponse response;
      const absl::Status status = c.ToStatus(c.stub().ListBackups(&context, request, &response));
      for (const v1::BackupInfo& b : response.backups()) {
        EXPECT_EQ(b.environment(), env) << Describe(rpc, env) << ": " << b.id();
      }
      return status;
    }
    case Rpc::kDiffModelsVsMigrations:
    case Rpc::kDiffEnvironmentVsModels:
    case Rpc::kDiffInlineModelsVsModels: {
      v1::DiffRequest request;
      request.set_project("app");
      if (rpc == Rpc::kDiffModelsVsMigrations) {
        request.mutable_from()->mutable_migrations();
      } else if (rpc == Rpc::kDiffEnvironmentVsModels) {
        request.mutable_from()->set_environment(env);
      } else {
        v1::ModelFile* file = request.mutable_from()->mutable_inline_models()->add_files();
        file->set_name("01_t.sql");
        file->set_sql("CREATE TABLE t (id int, note text);\n");
      }
      request.mutable_to()->mutable_models();
      v1::DiffResponse response;
      const absl::Status status = c.ToStatus(c.stub().Diff(&context, request, &response));
      if (status.ok()) {
        EXPECT_GT(response.statements_size(), 0) << Describe(rpc, env) << ": the models differ";
      }
      return status;
    }
    case Rpc::kGenerate: {
      v1::GenerateRequest request;
      request.set_project("app");
      request.set_message("add t");
      request.set_dry_run(true);  // proven and returned, nothing written
      v1::GenerateResponse response;
      return c.ToStatus(c.stub().Generate(&context, request, &response));
    }
    case Rpc::kSync: {
      v1::Summary summary;
      const absl::Status status =
          ReadStream(c, &Stub::Sync, OnEnvironment<v1::SyncRequest>(env), request_id, &summary);
      if (status.ok()) {
        EXPECT_FALSE(summary.applied()) << Describe(rpc, env) << ": a review changes nothing";
        EXPECT_GT(summary.statements_size(), 0) << Describe(rpc, env) << ": the models differ";
        EXPECT_TRUE(absl::StartsWith(summary.schema_hash(), "sha256:")) << Describe(rpc, env);
        EXPECT_EQ(summary.backup_id(), "") << Describe(rpc, env) << ": no backup for a review";
      }
      return status;
    }
    case Rpc::kApply: {
      v1::ApplyRequest request = OnEnvironment<v1::ApplyRequest>(env);
      request.set_dry_run(true);  // the rows of NewMigration below must not change the outcome
      return ReadStream(c, &Stub::Apply, request, request_id);
    }
    case Rpc::kBackup: {
      v1::BackupRequest request = OnEnvironment<v1::BackupRequest>(env);
      request.set_reason("role matrix");
      v1::Summary summary;
      const absl::Status status = ReadStream(c, &Stub::Backup, request, request_id, &summary);
      if (status.ok()) {
        EXPECT_FALSE(summary.backup_id().empty()) << Describe(rpc, env);
        EXPECT_EQ(summary.backup().id(), summary.backup_id()) << Describe(rpc, env);
        EXPECT_EQ(summary.backup().environment(), env) << Describe(rpc, env);
        EXPECT_GT(summary.backup().size_bytes(), 0) << Describe(rpc, env);
        EXPECT_EQ(summary.backup().verification(), "listed") << Describe(rpc, env);
        EXPECT_EQ(summary.backup().reason(), "role matrix") << Describe(rpc, env);
      }
      return status;
    }
    case Rpc::kVerifyBackup: {
      v1::VerifyBackupRequest request = OnEnvironment<v1::VerifyBackupRequest>(env);
      request.set_backup_id(args.backup_id);
      v1::Summary summary;
      const absl::Status status = ReadStream(c, &Stub::VerifyBackup, request, request_id, &summary);
      if (status.ok()) {
        EXPECT_EQ(summary.backup().id(), args.backup_id) << Describe(rpc, env);
        EXPECT_EQ(summary.backup().verification(), "restored") << Describe(rpc, env);
        EXPECT_TRUE(summary.backup().verified()) << Describe(rpc, env);
      }
      return status;
    }
    case Rpc::kRollback: {
      v1::RollbackRequest request = OnEnvironment<v1::RollbackRequest>(env);
      request.set_steps(1);
      return ReadStream(c, &Stub::Rollback, request, request_id);
    }
    case Rpc::kBaseline: {
      v1::BaselineRequest request = OnEnvironment<v1::BaselineRequest>(env);
      request.set_version("20990101000000");
      return ReadStream(c, &Stub::Baseline, request, request_id);
    }
    case Rpc::kResolve: {
      v1::ResolveRequest request;
      request.set_project("app");
      request.set_environment(env);
      request.set_version("20990101000000");
      request.set_as(v1::RESOLVE_AS_APPLIED);
      v1::ResolveResponse response;
      return c.ToStatus(c.stub().Resolve(&context, request, &response));
    }
    case Rpc::kRestore: {
      v1::RestoreRequest request = OnEnvironment<v1::RestoreRequest>(env);
      request.set_backup_id(args.backup_id);
      request.set_new_database(args.new_database);
      v1::Summary summary;
      const absl::Status status = ReadStream(c, &Stub::Restore, request, request_id, &summary);
      if (status.ok()) {
        EXPECT_EQ(summary.database(), args.new_database) << Describe(rpc, env);
        EXPECT_EQ(summary.backup().id(), args.backup_id) << Describe(rpc, env);
        EXPECT_EQ(summary.backup_id(), "")
            << Describe(rpc, env) << ": no safety copy for a new database";
      }
      return status;
    }
    case Rpc::kNewMigration: {
      v1::NewMigrationRequest request;
      request.set_project("app");
      request.set_message("hand written");
      v1::GenerateResponse response;
      return c.ToStatus(c.stub().NewMigration(&context, request, &response));
    }
    case Rpc::kRehash: {
      v1::RehashRequest request;
      request.set_project("app");
      v1::RehashResponse response;
      return c.ToStatus(c.stub().Rehash(&context, request, &response));
    }
  }
  return absl::InternalError("unknown rpc");
}

// One call made by RunMatrix, with what the event log must say about it.
struct Sent {
  std::string request_id;
  std::string what;  // "Apply on prod by viewer"
  Rpc rpc;
  std::string env;
  std::string subject;
  Want want;
  absl::Status got;
};

class AuthTest : public SchemadWithAuth {
 protected:
  void SetUp() override {
    Start("");
    for (const CallerCase& caller : Callers()) clients_.push_back(ClientWithToken(caller.token));
  }

  // The newest backup of an environment, as the admin lists it; "" when there is none.
  std::string NewestBackup(const std::string& env) {
    grpc::ClientContext context;
    clients_[5]->Prepare(context);
    v1::ListBackupsRequest request;
    request.set_project("app");
    request.set_environment(env);
    v1::ListBackupsResponse response;
    const absl::Status s =
        clients_[5]->ToStatus(clients_[5]->stub().ListBackups(&context, request, &response));
    EXPECT_TRUE(s.ok()) << s;
    return response.backups().empty() ? "" : response.backups(0).id();
  }

  // Where the matrix's Restore of `env` goes: a new database on that environment's server.
  std::string RestoredDatabase(const std::string& env) const {
    return absl::StrCat((env == "test" ? test_db_ : prod_db_).dbname.substr(0, 40), "_restored");
  }

  // Every row of the matrix as every caller, one call each, in order.
  std::vector<Sent> RunMatrix() {
    std::vector<Sent> sent;
    for (size_t r = 0; r < Matrix().size(); ++r) {
      const Row& row = Matrix()[r];
      CallArgs args;
      if (row.rpc == Rpc::kVerifyBackup || row.rpc == Rpc::kRestore) {
        args.backup_id = NewestBackup(row.env);
        EXPECT_FALSE(args.backup_id.empty()) << "the Backup rows left no backup of " << row.env;
        args.new_database = RestoredDatabase(row.env);
      }
      for (size_t c = 0; c < kCallerCount; ++c) {
        Sent s{absl::StrCat("matrix-r", r, "-c", c),
               absl::StrCat(Describe(row.rpc, row.env), " by ", Callers()[c].name),
               row.rpc,
               row.env,
               Callers()[c].subject,
               row.want[c],
               absl::OkStatus()};
        s.got = Call(*clients_[c], row.rpc, row.env, s.request_id, args);
        sent.push_back(std::move(s));
      }
    }
    return sent;
  }

  std::vector<std::unique_ptr<client::Client>> clients_;  // one per Callers() entry
};

TEST_F(AuthTest, EachRpcAnswersEachCallerTheCodeItsRoleEarnsOnEachEnvironment) {
  ASSERT_EQ(Matrix().front().want.size(), Callers().size());
  for (const Sent& s : RunMatrix()) {
    EXPECT_EQ(s.got.code(), s.want.code)
        << s.what << ": expected " << absl::StatusCodeToString(s.want.code) << ", got " << s.got;
    if (s.want.code == Code::kPermissionDenied && s.got.code() == Code::kPermissionDenied) {
      EXPECT_THAT(std::string(s.got.message()), HasSubstr(absl::StrCat("needs role ", s.want.role)))
          << s.what;
    }
    if (s.want.reason != nullptr && s.got.code() == s.want.code) {
      EXPECT_THAT(std::string(s.got.message()), HasSubstr(s.want.reason)) << s.what;
    }
  }
  // The admin's Restore rows made a database each, holding what the backup held.
  for (const char* env : {"test", "prod"}) {
    pg::ConnectionSettings restored = env == std::string("test") ? test_db_ : prod_db_;
    restored.dbname = RestoredDatabase(env);
    absl::StatusOr<std::unique_ptr<pqxx::connection>> conn = pg::Connect(restored, "auth_test");
    ASSERT_TRUE(conn.ok()) << env << ": " << conn.status();
    pqxx::nontransaction tx(**conn);
    EXPECT_TRUE(tx.exec1("SELECT to_regclass('schemaservice.migrations') IS NOT NULL")[0].as<bool>())
        << "the restored database of " << env << " lacks the backed-up history schema";
  }
}

TEST_F(AuthTest, HealthAnswersServingWithoutAToken) {
  std::unique_ptr<client::Client> anonymous = ClientWithToken("");
  ASSERT_NE(anonymous, nullptr);
  absl::StatusOr<std::string> server = anonymous->Health("");
  ASSERT_TRUE(server.ok()) << server.status();
  EXPECT_EQ(*server, "SERVING");
  absl::StatusOr<std::string> service = anonymous->Health("schemaservice.v1.SchemaService");
  ASSERT_TRUE(service.ok()) << service.status();
  EXPECT_EQ(*service, "SERVING");
}

TEST_F(AuthTest, EveryDenialOnAnEnvironmentAndEveryAllowedMutatingCallIsInItsEventLog) {
  const std::vector<Sent> sent = RunMatrix();
  for (const char* env_name : {"test", "prod"}) {
    const std::string env = env_name;
    SCOPED_TRACE("event log of " + env);
    v1::HistoryRequest request;
    request.set_project("app");
    request.set_environment(env);
    request.set_event_limit(1000);
    absl::StatusOr<v1::HistoryResponse> history = clients_[5]->History(request);  // admin
    ASSERT_TRUE(history.ok()) << history.status();
    ASSERT_LT(history->events_size(), 1000) << "the log must fit in one read";

    std::map<std::string, std::vector<const v1::Event*>> by_id;
    int denied_events = 0, admitted_events = 0, generate_events = 0;
    for (const v1::Event& e : history->events()) {
      by_id[e.request_id()].push_back(&e);
      if (e.outcome() == "PERMISSION_DENIED") ++denied_events;
      if (e.outcome() != "PERMISSION_DENIED" && e.outcome() != "UNAUTHENTICATED") ++admitted_events;
      if (e.operation() == "Generate") ++generate_events;
    }

    int denied_calls = 0, mutating_allowed_calls = 0;
    std::set<std::string> admitted_outcomes;
    for (const Sent& s : sent) {
      if (s.env != env) continue;
      std::string outcome;
      if (s.want.code == Code::kPermissionDenied) {
        outcome = "PERMISSION_DENIED";
        ++denied_calls;
      } else if (s.want.code == Code::kUnauthenticated) {
        outcome = "UNAUTHENTICATED";  // recorded as "anonymous", within a per-minute budget
      } else if (Mutating(s.rpc)) {
        outcome = absl::StatusCodeToString(s.want.code);  // admitted: its own outcome
        admitted_outcomes.insert(outcome);
        ++mutating_allowed_calls;
      } else {
        EXPECT_EQ(by_id.count(s.request_id), 0u) << s.what << ": a read leaves no event";
        continue;
      }
      const auto it = by_id.find(s.request_id);
      if (it == by_id.end()) {
        ADD_FAILURE() << s.what << " (request_id " << s.request_id << ", answered " << s.got
                      << ") left no event in the " << env << " log; expected " << outcome;
        continue;
      }
      EXPECT_EQ(it->second.size(), 1u) << s.what << ": one call, one event";
      const v1::Event& e = *it->second.front();
      EXPECT_EQ(e.operation(), Operation(s.rpc)) << s.what;
      EXPECT_EQ(e.caller(), outcome == "UNAUTHENTICATED" ? "anonymous" : s.subject) << s.what;
      EXPECT_EQ(e.outcome(), outcome) << s.what;
    }
    ASSERT_GT(denied_calls, 0);
    ASSERT_GT(mutating_allowed_calls, 0);
    // Successes and refusals after admission are both in the log.
    EXPECT_TRUE(admitted_outcomes.count("OK") && admitted_outcomes.count("FAILED_PRECONDITION"))
        << env;
    EXPECT_EQ(denied_events, denied_calls)
        << "every PERMISSION_DENIED call on " << env << " is one event, and nothing else is";
    EXPECT_EQ(admitted_events, mutating_allowed_calls)
        << "every admitted mutating call on " << env << " is one event, and nothing else is";
    EXPECT_EQ(generate_events, 0) << "Generate names no environment: it is only logged";
  }
}

// Restore and VerifyBackup check the caller first, then the request: a bad backup id, an
// in-place restore without the confirmation naming the environment, an id the store does not
// hold. Each refusal is one event with its outcome, and nothing is created on the server.
TEST_F(AuthTest, RestoreAndVerifyBackupRefuseBadRequestsAfterTheRoleCheckAndRecordEachRefusal) {
  client::Client& viewer = *clients_[2];
  client::Client& deployer = *clients_[4];
  client::Client& admin = *clients_[5];
  const std::string unknown_id = "20990101T000000Z-abcdef";
  const std::string never_created = RestoredDatabase("test") + "_x";
  struct Refusal {
    std::string request_id;
    client::Client* caller;
    std::string subject;
    Rpc rpc;
    CallArgs args;
    Code code;
    std::string reason;
    // Restore in place: confirm_overwrite and confirm_environment.
    bool confirm_overwrite = false;
    std::string confirm_environment;
  };
  const std::vector<Refusal> refusals = {
      {"refuse-viewer", &viewer, kViewer.subject, Rpc::kRestore, {"", ""},
       Code::kPermissionDenied, "needs role admin"},
      {"refuse-deployer", &deployer, kDeployer.subject, Rpc::kRestore, {unknown_id, never_created},
       Code::kPermissionDenied, "needs role admin"},
      {"refuse-empty-id", &admin, kAdmin.subject, Rpc::kRestore, {"", never_created},
       Code::kInvalidArgument, "backup_id is required"},
      {"refuse-path-id", &admin, kAdmin.subject, Rpc::kRestore, {"../../etc/passwd", never_created},
       Code::kInvalidArgument, "backup_id is not a backup id"},
      {"refuse-bad-name", &admin, kAdmin.subject, Rpc::kRestore, {unknown_id, "Bad-Name"},
       Code::kInvalidArgument, "new_database: lower-case letters"},
      {"refuse-unconfirmed", &admin, kAdmin.subject, Rpc::kRestore, {unknown_id, ""},
       Code::kFailedPrecondition, "confirm by naming the environment"},
      {"refuse-other-env", &admin, kAdmin.subject, Rpc::kRestore, {unknown_id, ""},
       Code::kFailedPrecondition, "confirm by naming the environment", true, "prod"},
      {"refuse-unknown", &admin, kAdmin.subject, Rpc::kRestore, {unknown_id, never_created},
       Code::kNotFound, "no backup " + unknown_id + " of app/test"},
      {"refuse-verify-empty", &deployer, kDeployer.subject, Rpc::kVerifyBackup, {"", ""},
       Code::kInvalidArgument, "backup_id is required"},
      {"refuse-verify-unknown", &deployer, kDeployer.subject, Rpc::kVerifyBackup, {unknown_id, ""},
       Code::kNotFound, "no backup " + unknown_id + " of app/test"},
      {"refuse-verify-developer", clients_[3].get(), kDeveloper.subject, Rpc::kVerifyBackup,
       {unknown_id, ""}, Code::kPermissionDenied, "needs role deployer"},
  };
  for (const Refusal& r : refusals) {
    SCOPED_TRACE(r.request_id);
    absl::Status got;
    if (r.rpc == Rpc::kRestore && r.confirm_overwrite) {
      v1::RestoreRequest request = OnEnvironment<v1::RestoreRequest>("test");
      request.set_backup_id(r.args.backup_id);
      request.set_confirm_overwrite(true);
      request.set_confirm_environment(r.confirm_environment);
      got = ReadStream(*r.caller, &Stub::Restore, request, r.request_id);
    } else {
      got = Call(*r.caller, r.rpc, "test", r.request_id, r.args);
    }
    EXPECT_EQ(got.code(), r.code) << got;
    EXPECT_THAT(std::string(got.message()), HasSubstr(r.reason));
  }

  v1::HistoryRequest history;
  history.set_project("app");
  history.set_environment("test");
  history.set_event_limit(100);
  absl::StatusOr<v1::HistoryResponse> log = admin.History(history);
  ASSERT_TRUE(log.ok()) << log.status();
  for (const Refusal& r : refusals) {
    int found = 0;
    for (const v1::Event& e : log->events()) {
      if (e.request_id() != r.request_id) continue;
      ++found;
      EXPECT_EQ(e.operation(), Operation(r.rpc)) << r.request_id;
      EXPECT_EQ(e.caller(), r.subject) << r.request_id;
      EXPECT_EQ(e.outcome(), absl::StatusCodeToString(r.code)) << r.request_id;
    }
    EXPECT_EQ(found, 1) << r.request_id << ": one call, one event";
  }

  absl::StatusOr<std::unique_ptr<pqxx::connection>> conn = pg::Connect(test_db_, "auth_test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  pqxx::nontransaction tx(**conn);
  EXPECT_EQ(tx.exec_params1("SELECT count(*) FROM pg_database WHERE datname = $1", never_created)[0]
                .as<int>(),
            0)
      << "a refused restore created its database";
}

// A Diff naming two environments is authorized on each; a denial on the second one belongs in
// the second one's event log.
TEST_F(AuthTest, ADiffDeniedOnItsSecondEnvironmentIsInThatEnvironmentsEventLog) {
  client::Client& limited = *clients_[6];  // deployer on app/[test] only
  grpc::ClientContext context;
  limited.Prepare(context);
  context.AddMetadata("x-request-id", "diff-test-to-prod");
  v1::DiffRequest request;
  request.set_project("app");
  request.mutable_from()->set_environment("test");
  request.mutable_to()->set_environment("prod");
  v1::DiffResponse response;
  const absl::Status status = limited.ToStatus(limited.stub().Diff(&context, request, &response));
  ASSERT_EQ(status.code(), Code::kPermissionDenied) << status;
  EXPECT_THAT(std::string(status.message()), HasSubstr("environment prod"));

  v1::HistoryRequest history;
  history.set_project("app");
  history.set_environment("prod");
  history.set_event_limit(100);
  absl::StatusOr<v1::HistoryResponse> prod = clients_[5]->History(history);
  ASSERT_TRUE(prod.ok()) << prod.status();
  int found = 0;
  for (const v1::Event& e : prod->events()) {
    if (e.request_id() != "diff-test-to-prod") continue;
    ++found;
    EXPECT_EQ(e.operation(), "Diff");
    EXPECT_EQ(e.caller(), kTestDeployer.subject);
    EXPECT_EQ(e.outcome(), "PERMISSION_DENIED");
  }
  EXPECT_EQ(found, 1) << "the denial on prod is not in prod's event log";
}

TEST_F(AuthTest, ACallerFloodingDenialsLeavesAtMostSixtyEventsAMinute) {
  client::Client& viewer = *clients_[2];
  for (int i = 0; i < 80; ++i) {
    const absl::Status s = Call(viewer, Rpc::kApply, "prod", absl::StrCat("flood-", i));
    ASSERT_EQ(s.code(), Code::kPermissionDenied) << s;
  }
  v1::HistoryRequest request;
  request.set_project("app");
  request.set_environment("prod");
  request.set_event_limit(1000);
  absl::StatusOr<v1::HistoryResponse> history = clients_[5]->History(request);
  ASSERT_TRUE(history.ok()) << history.status();
  int flood = 0;
  for (const v1::Event& e : history->events()) {
    if (absl::StartsWith(e.request_id(), "flood-")) ++flood;
  }
  EXPECT_EQ(flood, 60);
}

TEST_F(AuthTest, TheBearerSchemeNameIsCaseInsensitive) {
  for (const char* scheme : {"Bearer ", "bearer ", "BEARER "}) {
    std::unique_ptr<client::Client> anonymous = ClientWithToken("");
    grpc::ClientContext context;
    anonymous->Prepare(context);
    context.AddMetadata("authorization", std::string(scheme) + kViewer.token);
    v1::HistoryRequest request;
    request.set_project("app");
    request.set_environment("test");
    v1::HistoryResponse response;
    const absl::Status s = anonymous->ToStatus(anonymous->stub().History(&context, request, &response));
    EXPECT_TRUE(s.ok()) << scheme << s;
  }
}

TEST_F(AuthTest, NotFoundListsOnlyWhatTheCallerMayUseAndAnonymousCallersLearnNothing) {
  client::Client& limited = *clients_[6];  // deployer on app/[test] only
  v1::HistoryRequest request;
  request.set_project("app");
  request.set_environment("staging");
  absl::Status s = limited.History(request).status();
  EXPECT_EQ(s.code(), Code::kNotFound) << s;
  EXPECT_THAT(std::string(s.message()), HasSubstr("environments you may use: test"));
  EXPECT_THAT(std::string(s.message()), Not(HasSubstr("prod")));

  std::unique_ptr<client::Client> anonymous = ClientWithToken("");
  request.set_project("nope");
  s = anonymous->History(request).status();
  EXPECT_EQ(s.code(), Code::kUnauthenticated) << s;
  EXPECT_THAT(std::string(s.message()), Not(HasSubstr("app")));
}

// ---------------------------------------------------------------------------------------
// TLS. Keys and certificates come from the openssl CLI in a temporary folder: CAs, server
// certificates for IP:127.0.0.1 and DNS:localhost, client certificates.

class TlsTest : public SchemadWithAuth {
 protected:
  void SetUp() override {
    chmod(pki_.path().c_str(), 0755);
    std::filesystem::create_directories(Path("live"));
  }

  std::string Path(const std::string& name) const { return pki_.path() + "/" + name; }

  void OpenSsl(std::vector<std::string> args) {
    args.insert(args.begin(), "/usr/bin/openssl");
    const RunResult r = RunProgram(args, {}, 30000);
    ASSERT_EQ(r.exit_code, 0) << absl::StrJoin(args, " ") << "\n" << r.out << r.err;
  }

  // NAME.pem and NAME.key: a self-signed CA.
  void MakeCa(const std::string& name) {
    OpenSsl({"req", "-x509", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
             "-nodes", "-keyout", Path(name + ".key"), "-out", Path(name + ".pem"), "-days", "2",
             "-subj", "/CN=" + name, "-addext", "basicConstraints=critical,CA:TRUE", "-addext",
             "keyUsage=critical,keyCertSign,cRLSign"});
  }

  // NAME.pem and NAME.key signed by CA; `server` for serverAuth with the loopback names,
  // else clientAuth.
  void MakeLeaf(const std::string& name, const std::string& ca, bool server) {
    const std::string ext = pki_.Write(
        name + ".ext",
        server ? "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                 "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n"
               : "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                 "extendedKeyUsage=clientAuth\n");
    OpenSsl({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", Path(name + ".key"), "-out", Path(name + ".csr"), "-subj",
             "/CN=" + std::string(server ? "localhost" : name)});
    OpenSsl({"x509", "-req", "-in", Path(name + ".csr"), "-CA", Path(ca + ".pem"), "-CAkey",
             Path(ca + ".key"), "-set_serial", std::to_string(++serial_), "-days", "2", "-out",
             Path(name + ".pem"), "-extfile", ext});
  }

  // Puts NAME.pem/.key in place of the served live/server.pem/.key: written beside under
  // temporary names, then renamed over, as a secret mount or cert-manager would.
  void Install(const std::string& name) {
    for (const char* suffix : {".key", ".pem"}) {
      const std::string to = Path(std::string("live/server") + suffix);
      const std::string tmp = to + ".new";
      std::filesystem::copy_file(Path(name + suffix), tmp,
                                 std::filesystem::copy_options::overwrite_existing);
      ASSERT_EQ(std::rename(tmp.c_str(), to.c_str()), 0) << to;
    }
  }

  std::string TlsYaml(bool mutual) {
    std::string yaml = absl::StrCat("  tls:\n    cert_file: ", Path("live/server.pem"),
                                    "\n    key_file: ", Path("live/server.key"),
                                    "\n    reload_seconds: 1\n");
    if (mutual) absl::StrAppend(&yaml, "    client_ca_file: ", Path("ca1.pem"), "\n");
    return yaml;
  }

  // A product client (clients/cpp) trusting `ca` ("" = plaintext), presenting `cert`
  // (NAME.pem/.key) when not empty, with the viewer's token.
  std::unique_ptr<client::Client> TlsClient(const std::string& ca, const std::string& cert = "") {
    client::ClientOptions options;
    options.timeout = absl::Seconds(10);
    options.token = kViewer.token;
    if (!ca.empty()) options.tls_ca = Path(ca + ".pem");
    if (!cert.empty()) {
      options.tls_cert = Path(cert + ".pem");
      options.tls_key = Path(cert + ".key");
    }
    return NewClient(options);
  }

  // Health over a brand-new connection (a private subchannel pool: never one opened before)
  // trusting only `ca`.
  absl::StatusOr<std::string> FreshHealth(const std::string& ca) {
    absl::StatusOr<std::string> root = client::ReadSecretFile(Path(ca + ".pem"), "CA");
    if (!root.ok()) return root.status();
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = *root;
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    std::shared_ptr<grpc::Channel> channel =
        grpc::CreateCustomChannel(runner_->grpc_address(), grpc::SslCredentials(ssl), args);
    auto health = grpc::health::v1::Health::NewStub(channel);
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
    grpc::health::v1::HealthCheckRequest request;
    grpc::health::v1::HealthCheckResponse response;
    const grpc::Status status = health->Check(&context, request, &response);
    if (!status.ok()) {
      return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                          status.error_message());
    }
    return grpc::health::v1::HealthCheckResponse::ServingStatus_Name(response.status());
  }

  static v1::HistoryRequest HistoryOfTest() {
    v1::HistoryRequest request;
    request.set_project("app");
    request.set_environment("test");
    request.set_event_limit(10);
    return request;
  }

  testing::TempDir pki_;
  int serial_ = 1;
};

TEST_F(TlsTest, OnlyClientsTrustingTheServersCaConnect) {
  MakeCa("ca1");
  MakeCa("ca2");
  MakeLeaf("server1", "ca1", /*server=*/true);
  Install("server1");
  ASSERT_NO_FATAL_FAILURE(Start(TlsYaml(/*mutual=*/false)));

  // Refused first, so no connection that succeeded can be reused by them.
  std::unique_ptr<client::Client> plaintext = TlsClient("");
  absl::StatusOr<std::string> health = plaintext->Health();
  EXPECT_FALSE(health.ok()) << "a plaintext client reached the TLS server";
  EXPECT_EQ(health.status().code(), Code::kUnavailable) << health.status();
  EXPECT_FALSE(plaintext->History(HistoryOfTest()).ok());

  std::unique_ptr<client::Client> other_ca = TlsClient("ca2");
  health = other_ca->Health();
  EXPECT_FALSE(health.ok()) << "a client trusting another CA accepted the server";
  EXPECT_EQ(health.status().code(), Code::kUnavailable) << health.status();
  EXPECT_FALSE(other_ca->History(HistoryOfTest()).ok());

  std::unique_ptr<client::Client> trusting = TlsClient("ca1");
  health = trusting->Health();
  ASSERT_TRUE(health.ok()) << health.status();
  EXPECT_EQ(*health, "SERVING");
  absl::StatusOr<v1::HistoryResponse> history = trusting->History(HistoryOfTest());
  EXPECT_TRUE(history.ok()) << history.status();
}

// The kubelet's native gRPC probe speaks plaintext: server.health_listen serves it health
// alone, while every SchemaService RPC stays behind TLS and tokens.
TEST_F(TlsTest, ThePlaintextHealthPortAnswersServingAndNothingElse) {
  MakeCa("ca1");
  MakeLeaf("server1", "ca1", /*server=*/true);
  Install("server1");
  ASSERT_NO_FATAL_FAILURE(
      Start("  health_listen: 127.0.0.1:0\n" + TlsYaml(/*mutual=*/false)));
  ASSERT_FALSE(runner_->health_address().empty()) << "no health= line in the ready file";
  ASSERT_NE(runner_->health_address(), runner_->grpc_address());

  std::shared_ptr<grpc::Channel> channel =
      grpc::CreateChannel(runner_->health_address(), grpc::InsecureChannelCredentials());
  auto deadline = [] { return std::chrono::system_clock::now() + std::chrono::seconds(5); };
  for (const std::string service : {"", "schemaservice.v1.SchemaService"}) {
    auto health = grpc::health::v1::Health::NewStub(channel);
    grpc::ClientContext context;
    context.set_deadline(deadline());
    grpc::health::v1::HealthCheckRequest request;
    request.set_service(service);
    grpc::health::v1::HealthCheckResponse response;
    const grpc::Status status = health->Check(&context, request, &response);
    ASSERT_TRUE(status.ok()) << "'" << service << "': " << status.error_message();
    EXPECT_EQ(response.status(), grpc::health::v1::HealthCheckResponse::SERVING) << service;
  }
  // The same plaintext channel, with a valid token, reaches no SchemaService RPC.
  auto stub = v1::SchemaService::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(deadline());
  context.AddMetadata("authorization", std::string("Bearer ") + kViewer.token);
  v1::HistoryResponse response;
  const grpc::Status status = stub->History(&context, HistoryOfTest(), &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNIMPLEMENTED) << status.error_message();

  // After SIGTERM the probe stops seeing SERVING (NOT_SERVING while calls drain, then no
  // server), so the kubelet takes the pod out of the Service.
  runner_->process().Signal(SIGTERM);
  bool stopped_serving = false;
  for (int i = 0; i < 100 && !stopped_serving; ++i) {
    auto health = grpc::health::v1::Health::NewStub(channel);
    grpc::ClientContext after;
    after.set_deadline(deadline());
    grpc::health::v1::HealthCheckRequest request;
    grpc::health::v1::HealthCheckResponse answer;
    const grpc::Status check = health->Check(&after, request, &answer);
    stopped_serving =
        !check.ok() || answer.status() != grpc::health::v1::HealthCheckResponse::SERVING;
    if (!stopped_serving) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_TRUE(stopped_serving) << "the health port still said SERVING 5 s after SIGTERM";
  EXPECT_EQ(runner_->process().Wait(15000), std::optional<int>(0)) << runner_->process().Stderr();
}

TEST_F(TlsTest, WithClientCaFileOnlyClientsPresentingACertificateItSignedConnect) {
  MakeCa("ca1");
  MakeCa("ca2");
  MakeLeaf("server1", "ca1", /*server=*/true);
  MakeLeaf("client1", "ca1", /*server=*/false);
  MakeLeaf("rogue", "ca2", /*server=*/false);
  Install("server1");
  ASSERT_NO_FATAL_FAILURE(Start(TlsYaml(/*mutual=*/true)));

  std::unique_ptr<client::Client> no_cert = TlsClient("ca1");
  EXPECT_FALSE(no_cert->Health().ok()) << "a client without a certificate was let in";
  EXPECT_FALSE(no_cert->History(HistoryOfTest()).ok())
      << "a client without a certificate was let in";

  std::unique_ptr<client::Client> rogue = TlsClient("ca1", "rogue");
  EXPECT_FALSE(rogue->Health().ok()) << "a certificate another CA signed was accepted";
  EXPECT_FALSE(rogue->History(HistoryOfTest()).ok())
      << "a certificate another CA signed was accepted";

  std::unique_ptr<client::Client> with_cert = TlsClient("ca1", "client1");
  absl::StatusOr<std::string> health = with_cert->Health();
  ASSERT_TRUE(health.ok()) << health.status();
  EXPECT_EQ(*health, "SERVING");
  absl::StatusOr<v1::HistoryResponse> history = with_cert->History(HistoryOfTest());
  EXPECT_TRUE(history.ok()) << history.status();
}

TEST_F(TlsTest, ACertificateReplacedOnDiskIsServedWithinSecondsWithoutARestart) {
  MakeCa("ca1");
  MakeCa("ca2");
  MakeLeaf("server1", "ca1", /*server=*/true);
  MakeLeaf("server2", "ca2", /*server=*/true);
  Install("server1");
  ASSERT_NO_FATAL_FAILURE(Start(TlsYaml(/*mutual=*/false)));
  const pid_t pid = runner_->process().pid();

  absl::StatusOr<std::string> before = FreshHealth("ca1");
  ASSERT_TRUE(before.ok()) << before.status();
  ASSERT_FALSE(FreshHealth("ca2").ok()) << "the second CA must not be trusted yet";

  Install("server2");
  const auto start = std::chrono::steady_clock::now();
  const auto deadline = start + std::chrono::seconds(10);
  absl::StatusOr<std::string> new_ca = absl::UnknownError("not tried");
  absl::StatusOr<std::string> old_ca = absl::UnknownError("not tried");
  while (std::chrono::steady_clock::now() < deadline) {
    new_ca = FreshHealth("ca2");
    old_ca = FreshHealth("ca1");
    if (new_ca.ok() && !old_ca.ok()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  EXPECT_TRUE(new_ca.ok()) << "no new connection trusting the second CA succeeded within 10 s: "
                           << new_ca.status();
  EXPECT_FALSE(old_ca.ok()) << "new connections still get the old certificate after "
                            << waited.count() << " ms";
  EXPECT_TRUE(runner_->process().Running());
  EXPECT_EQ(runner_->process().pid(), pid);

  // The product client, trusting the second CA, works on the rotated certificate.
  std::unique_ptr<client::Client> rotated = TlsClient("ca2");
  absl::StatusOr<v1::HistoryResponse> history = rotated->History(HistoryOfTest());
  EXPECT_TRUE(history.ok()) << history.status();
  std::cout << "[ info ] rotated certificate served after " << waited.count() << " ms\n";
}

TEST_F(TlsTest, ARotationToAMismatchedPairIsRejectedAndTheLastGoodOneStaysInService) {
  MakeCa("ca1");
  MakeLeaf("server1", "ca1", /*server=*/true);
  MakeLeaf("other", "ca1", /*server=*/true);
  Install("server1");
  ASSERT_NO_FATAL_FAILURE(Start(TlsYaml(/*mutual=*/false)));
  ASSERT_TRUE(FreshHealth("ca1").ok());
  // The certificate of one pair with the key of another, as a half-finished rotation leaves.
  const std::string key = Path("live/server.key");
  std::filesystem::copy_file(Path("other.key"), key + ".new",
                             std::filesystem::copy_options::overwrite_existing);
  ASSERT_EQ(std::rename((key + ".new").c_str(), key.c_str()), 0);
  for (int i = 0; i < 50 && runner_->process().Stderr().find("tls.rejected") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_THAT(runner_->process().Stderr(), HasSubstr("tls.rejected"));
  EXPECT_THAT(runner_->process().Stderr(), HasSubstr("not the private key of the certificate"));
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  absl::StatusOr<std::string> still = FreshHealth("ca1");
  EXPECT_TRUE(still.ok()) << "the broken pair was put in service: " << still.status();
}

TEST_F(TlsTest, AMismatchedPairIsRefusedAtStartUp) {
  MakeCa("ca1");
  MakeLeaf("server1", "ca1", /*server=*/true);
  MakeLeaf("other", "ca1", /*server=*/true);
  Install("server1");
  std::filesystem::copy_file(Path("other.key"), Path("live/server.key"),
                             std::filesystem::copy_options::overwrite_existing);
  SchemadRunner runner("server:\n  listen: 127.0.0.1:0\n  metrics_listen: \"\"\n" + TlsYaml(false) +
                       "projects:\n  app:\n    models_dir: models\n    migrations_dir: m\n"
                       "    environments:\n      dev: {database: {host: h, dbname: d, user: u}}\n");
  EXPECT_EQ(runner.process().Wait(30000), std::optional<int>(2));
  EXPECT_THAT(runner.process().Stderr(), HasSubstr("server.tls: key_file is not the private key"));
}

}  // namespace
}  // namespace schemaservice
