// End-to-end tests of the Python client (clients/python/scripts/manage_db.py) against the
// real schemad serving TLS (with and without client certificates) and requiring bearer
// tokens: the CA, server and client certificates come from the openssl CLI, the tokens are
// random and only their sha256 is in schemad's config. Everything listens on 127.0.0.1.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/escaping.h"
#include "tests/support/schemad_runner.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::RunProgram;
using testing::RunResult;
using testing::SchemadRunner;
using testing::TempDir;

constexpr int kCommandTimeoutMs = 60000;

std::string DatabaseYaml(const pg::ConnectionSettings& s) {
  return "\n          host: " + s.host + "\n          port: " + std::to_string(s.port) +
         "\n          dbname: " + s.dbname + "\n          user: " + s.user +
         "\n          password_env: SCHEMAD_TEST_PW";
}

// A random token (hex of 24 bytes from /dev/urandom).
std::string RandomToken() {
  std::ifstream in("/dev/urandom", std::ios::binary);
  std::string bytes(24, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  EXPECT_TRUE(in) << "cannot read /dev/urandom";
  return absl::BytesToHexString(bytes);
}

// Runs the openssl CLI; a failure fails the test with openssl's own message.
void Openssl(std::vector<std::string> args) {
  args.insert(args.begin(), "/usr/bin/openssl");
  const RunResult r = RunProgram(args, {}, kCommandTimeoutMs);
  ASSERT_EQ(r.exit_code, 0) << "openssl " << args[1] << ": " << r.err;
}

// A CA, a server certificate for 127.0.0.1 and localhost, and a client certificate, all
// signed by the CA, in a temporary folder.
class Certificates {
 public:
  void Generate() {
    dir_.Write("openssl.cnf",
               "[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = unused\n"
               "[v3_ca]\nbasicConstraints = critical,CA:TRUE\n"
               "keyUsage = critical,keyCertSign,cRLSign\nsubjectKeyIdentifier = hash\n");
    dir_.Write("server.ext",
               "basicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature\n"
               "extendedKeyUsage = serverAuth\nsubjectAltName = IP:127.0.0.1,DNS:localhost\n");
    dir_.Write("client.ext",
               "basicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature\n"
               "extendedKeyUsage = clientAuth\n");
    const std::vector<std::string> ec_key = {"-newkey", "ec", "-pkeyopt",
                                             "ec_paramgen_curve:prime256v1", "-nodes"};
    std::vector<std::string> ca = {"req", "-x509", "-config", Path("openssl.cnf"), "-extensions",
                                   "v3_ca", "-subj", "/CN=schemaservice test CA", "-days", "2",
                                   "-keyout", Path("ca.key"), "-out", ca_file()};
    ca.insert(ca.begin() + 2, ec_key.begin(), ec_key.end());
    ASSERT_NO_FATAL_FAILURE(Openssl(ca));
    ASSERT_NO_FATAL_FAILURE(Sign("server", "/CN=localhost", ec_key));
    ASSERT_NO_FATAL_FAILURE(Sign("client", "/CN=python-client", ec_key));
  }

  std::string Path(const std::string& name) const { return dir_.path() + "/" + name; }
  std::string ca_file() const { return Path("ca.pem"); }
  std::string server_cert() const { return Path("server.pem"); }
  std::string server_key() const { return Path("server.key"); }
  std::string client_cert() const { return Path("client.pem"); }
  std::string client_key() const { return Path("client.key"); }
  const TempDir& dir() const { return dir_; }

 private:
  void Sign(const std::string& name, const std::string& subject,
            const std::vector<std::string>& ec_key) {
    std::vector<std::string> csr = {"req", "-config", Path("openssl.cnf"), "-subj", subject,
                                    "-keyout", Path(name + ".key"), "-out", Path(name + ".csr")};
    csr.insert(csr.begin() + 1, ec_key.begin(), ec_key.end());
    ASSERT_NO_FATAL_FAILURE(Openssl(csr));
    ASSERT_NO_FATAL_FAILURE(Openssl({"x509", "-req", "-in", Path(name + ".csr"), "-CA", ca_file(),
                                     "-CAkey", Path("ca.key"), "-set_serial",
                                     name == "server" ? "2" : "3", "-days", "2", "-extfile",
                                     Path(name + ".ext"), "-out", Path(name + ".pem")}));
  }

  TempDir dir_;
};

struct Token {
  std::string subject, value, sha256;
};

class PythonClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(certs_.Generate());
    viewer_ = MakeToken("viewer-bot");
    developer_ = MakeToken("dev-alice");
    dev_only_viewer_ = MakeToken("dev-only-viewer");
    viewer_file_ = secrets_.Write("viewer.token", viewer_.value + "\n");
    developer_file_ = secrets_.Write("developer.token", developer_.value + "\n");
    dev_only_viewer_file_ = secrets_.Write("dev-only-viewer.token", dev_only_viewer_.value);
  }

  // Starts schemad with TLS (client certificates required when `mutual_tls`) and tokens.
  void StartSchemad(bool mutual_tls) {
    settings_ = testing::FreshDatabase();
    std::string config =
        "server:\n  listen: 127.0.0.1:0\n  metrics_listen: 127.0.0.1:0\n"
        "  shutdown_grace_seconds: 5\n"
        "  tls:\n    cert_file: " + certs_.server_cert() + "\n    key_file: " +
        certs_.server_key() + "\n";
    if (mutual_tls) config += "    client_ca_file: " + certs_.ca_file() + "\n";
    config += "auth:\n  tokens:\n";
    config += "    - subject: " + viewer_.subject + "\n      sha256: " + viewer_.sha256 +
              "\n      roles: [viewer]\n";
    config += "    - subject: " + developer_.subject + "\n      sha256: " + developer_.sha256 +
              "\n      roles: [developer]\n";
    config += "    - subject: " + dev_only_viewer_.subject + "\n      sha256: " +
              dev_only_viewer_.sha256 +
              "\n      roles: [{role: viewer, project: app, environments: [dev]}]\n";
    config += "projects:\n  app:\n    models_dir: models\n    migrations_dir: migrations\n"
              "    environments:\n      dev:\n        database:" +
              DatabaseYaml(settings_) + "\n        allow_sync: true\n";
    runner_ = std::make_unique<SchemadRunner>(
        config, std::map<std::string, std::string>{{"SCHEMAD_TEST_PW", settings_.password}});
    std::string error;
    ASSERT_TRUE(runner_->WaitReady(30000, &error)) << error;
    ASSERT_THAT(runner_->grpc_address(), ::testing::StartsWith("127.0.0.1:"));
  }

  // manage_db.py --server ADDRESS --project app ARGS, with none of the SCHEMACTL_* settings
  // of the environment the test runs in, plus `env`.
  RunResult ManageDb(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
    args.insert(args.begin(),
                {"/usr/bin/python3",
                 std::string(SCHEMASERVICE_SOURCE_DIR) + "/clients/python/scripts/manage_db.py",
                 "--server", runner_ ? runner_->grpc_address() : "127.0.0.1:1", "--project",
                 "app", "--timeout", "20"});
    std::map<std::string, std::string> merged = {
        {"SCHEMASERVICE_PYTHON_STUBS", SCHEMASERVICE_PYTHON_STUBS},
        {"SCHEMACTL_TOKEN", ""},
        {"SCHEMACTL_TOKEN_FILE", ""},
        {"SCHEMACTL_TLS_CA", ""},
        {"SCHEMACTL_TLS_CERT", ""},
        {"SCHEMACTL_TLS_KEY", ""},
        {"SCHEMACTL_TLS_SERVER_NAME", ""}};
    for (const auto& [k, v] : env) merged[k] = v;
    return RunProgram(args, merged, kCommandTimeoutMs);
  }

  Token MakeToken(const std::string& subject) {
    Token t{subject, RandomToken(), ""};
    const std::string file = secrets_.Write(subject + ".raw", t.value);
    const RunResult r = RunProgram({"/usr/bin/sha256sum", file}, {}, kCommandTimeoutMs);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    t.sha256 = r.out.substr(0, 64);
    return t;
  }

  Certificates certs_;
  TempDir secrets_;
  Token viewer_, developer_, dev_only_viewer_;
  std::string viewer_file_, developer_file_, dev_only_viewer_file_;
  pg::ConnectionSettings settings_;
  std::unique_ptr<SchemadRunner> runner_;
};

TEST_F(PythonClientTest, ShowAllMigrationsSucceedsOverTlsWithTheCaAndAViewerTokenFile) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/false));
  const RunResult r = ManageDb({"--tls-ca", certs_.ca_file(), "--token-file", viewer_file_,
                                "show-all-migrations", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("project app, environment dev: no migrations applied yet"));
  EXPECT_THAT(r.err, Not(HasSubstr(viewer_.value)));
}

TEST_F(PythonClientTest, PlaintextClientAgainstATlsServerFailsWithExit1AndSuggestsTlsCa) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/false));
  const RunResult r =
      ManageDb({"--token-file", viewer_file_, "show-all-migrations", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.err, HasSubstr("manage_db: UNAVAILABLE: "));
  EXPECT_THAT(r.err, HasSubstr("--tls-ca"));
  EXPECT_THAT(r.out, Not(HasSubstr("project app")));
}

TEST_F(PythonClientTest, CallWithoutATokenIsUnauthenticatedAndTheHintSaysHowToPassOne) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/false));
  const RunResult r = ManageDb({"--tls-ca", certs_.ca_file(), "show-all-migrations", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.err, HasSubstr("manage_db: UNAUTHENTICATED: "));
  EXPECT_THAT(r.err, HasSubstr("--token-file FILE or set SCHEMACTL_TOKEN"));
}

TEST_F(PythonClientTest, WrongTokenIsUnauthenticatedAndTheTokenIsNeverEchoed) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/false));
  const std::string wrong = RandomToken();
  const RunResult r = ManageDb({"--tls-ca", certs_.ca_file(), "show-all-migrations", "--env", "dev"},
                               {{"SCHEMACTL_TOKEN", wrong}});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.err, HasSubstr("manage_db: UNAUTHENTICATED: "));
  EXPECT_THAT(r.err, HasSubstr("the server refused the token from SCHEMACTL_TOKEN"));
  EXPECT_THAT(r.err + r.out, Not(HasSubstr(wrong)));
}

TEST_F(PythonClientTest, TokenInSchemactlTokenEnvAndTlsSettingsInEnvVariablesWork) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/false));
  const RunResult r = ManageDb({"show-all-migrations", "--env", "dev"},
                               {{"SCHEMACTL_TOKEN", viewer_.value},
                                {"SCHEMACTL_TLS_CA", certs_.ca_file()}});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("no migrations applied yet"));
}

TEST_F(PythonClientTest, UnreadableTokenFileIsAUsageErrorNamingTheFile) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/false));
  const std::string missing = secrets_.path() + "/no-such.token";
  const RunResult r = ManageDb({"--tls-ca", certs_.ca_file(), "--token-file", missing,
                                "show-all-migrations", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_THAT(r.err, HasSubstr("cannot read the token file " + missing));
}

TEST_F(PythonClientTest, ValidTokenWithoutTheRoleIsPermissionDeniedNamingTheRole) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/false));
  // Its viewer grant covers environment dev only; detect-schema-changes first compares the
  // project's migrations with its models, a project-wide call.
  const RunResult r = ManageDb({"--tls-ca", certs_.ca_file(), "--token-file",
                                dev_only_viewer_file_, "detect-schema-changes"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.err, HasSubstr("manage_db: PERMISSION_DENIED: "));
  EXPECT_THAT(r.err, HasSubstr("needs role viewer"));
}

TEST_F(PythonClientTest, TlsServerNameOverridesTheNameCheckedAgainstTheCertificate) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/false));
  const RunResult ok = ManageDb({"--tls-ca", certs_.ca_file(), "--tls-server-name", "localhost",
                                 "--token-file", viewer_file_, "show-all-migrations", "--env",
                                 "dev"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  const RunResult wrong = ManageDb({"--tls-ca", certs_.ca_file(), "--tls-server-name",
                                    "not-this-server.example", "--token-file", viewer_file_,
                                    "show-all-migrations", "--env", "dev"});
  EXPECT_EQ(wrong.exit_code, 1) << wrong.out;
  EXPECT_THAT(wrong.err, HasSubstr("manage_db: UNAVAILABLE: "));
}

TEST_F(PythonClientTest, MutualTlsAcceptsAClientCertificateSignedByTheClientCa) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/true));
  const RunResult r = ManageDb({"--tls-ca", certs_.ca_file(), "--tls-cert", certs_.client_cert(),
                                "--tls-key", certs_.client_key(), "--token-file", viewer_file_,
                                "show-all-migrations", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("no migrations applied yet"));
  // The same through SCHEMACTL_TLS_CERT / SCHEMACTL_TLS_KEY.
  const RunResult env = ManageDb(
      {"--tls-ca", certs_.ca_file(), "--token-file", viewer_file_, "show-all-migrations", "--env",
       "dev"},
      {{"SCHEMACTL_TLS_CERT", certs_.client_cert()}, {"SCHEMACTL_TLS_KEY", certs_.client_key()}});
  EXPECT_EQ(env.exit_code, 0) << env.err;
}

TEST_F(PythonClientTest, MutualTlsRefusesAClientWithoutACertificate) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/true));
  const RunResult r = ManageDb({"--tls-ca", certs_.ca_file(), "--token-file", viewer_file_,
                                "show-all-migrations", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.err, HasSubstr("manage_db: UNAVAILABLE: "));
  EXPECT_THAT(r.err, HasSubstr("--tls-cert and --tls-key"));
  EXPECT_THAT(r.out, Not(HasSubstr("project app")));
}

TEST_F(PythonClientTest, DetectSchemaChangesFormatJsonPrintsOneDocumentWithNextMigrationAndDrift) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/false));
  runner_->dir().Write("models/01_t.sql", "CREATE TABLE t (id int);\n");
  const RunResult r = ManageDb({"--tls-ca", certs_.ca_file(), "--token-file", developer_file_,
                                "detect-schema-changes", "--format", "json"});
  EXPECT_EQ(r.exit_code, 3) << r.err;  // differences
  const std::string json = secrets_.Write("detect.json", r.out);
  // json.load rejects a second document after the first ("Extra data").
  const RunResult parsed = RunProgram(
      {"/bin/sh", "-c",
       "/usr/bin/python3 -c 'import json,sys; d = json.load(sys.stdin); "
       "print(sorted(d)); print(d[\"next_migration\"][\"statements\"][0][\"sql\"]); "
       "print(d[\"drift\"][\"statements\"][0][\"sql\"])' < \"$0\"",
       json},
      {}, kCommandTimeoutMs);
  EXPECT_EQ(parsed.exit_code, 0) << parsed.err << "\nstdout of manage_db:\n" << r.out;
  EXPECT_THAT(parsed.out, HasSubstr("['drift', 'next_migration']"));
  EXPECT_THAT(parsed.out, HasSubstr("CREATE TABLE public.t (id integer)"));
}

TEST_F(PythonClientTest, FormatJsonBeforeTheCommandPrintsTheHistoryAsOneJsonDocument) {
  ASSERT_NO_FATAL_FAILURE(StartSchemad(/*mutual_tls=*/false));
  const RunResult r = ManageDb({"--format", "json", "--tls-ca", certs_.ca_file(), "--token-file",
                                viewer_file_, "show-all-migrations", "--env", "dev"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string json = secrets_.Write("history.json", r.out);
  const RunResult parsed = RunProgram(
      {"/bin/sh", "-c",
       "/usr/bin/python3 -c 'import json,sys; d = json.load(sys.stdin); "
       "print(type(d).__name__, d[\"entries\"])' < \"$0\"",
       json},
      {}, kCommandTimeoutMs);
  EXPECT_EQ(parsed.exit_code, 0) << parsed.err << "\nstdout of manage_db:\n" << r.out;
  EXPECT_EQ(parsed.out, "dict []\n");
}

}  // namespace
}  // namespace schemaservice
