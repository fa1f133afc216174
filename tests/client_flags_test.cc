// schemactl's connection flags fail before any call, with a message naming the file and the
// flag, when the file given cannot be what the flag needs: a CA or certificate that is not
// PEM (gRPC would only say "empty address list" at call time), a token "file" that is a
// directory. No server is needed: 127.0.0.1:1 is never reached.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/process.h"
#include "tests/support/schemad_runner.h"

namespace schemaservice {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::BinaryPath;
using testing::RunProgram;
using testing::RunResult;

// A certificate that looks like one to these checks; gRPC is never asked to parse it.
const char kPemCert[] = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

TEST(ClientFlagsTest, ACaFileThatIsNotPemIsRefusedNamingTheFileAndFlag) {
  testing::TempDir dir;
  const std::string ca = dir.Write("ca.pem", "this is not a certificate\n");
  const RunResult r = RunProgram(
      {BinaryPath("schemactl"), "--server", "127.0.0.1:1", "--timeout", "3", "--tls-ca", ca, "health"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.err, HasSubstr("--tls-ca file " + ca + " is not a PEM certificate"));
  EXPECT_THAT(r.err, Not(HasSubstr("empty address list")));
}

TEST(ClientFlagsTest, ACertOrKeyFileThatIsNotPemIsRefused) {
  testing::TempDir dir;
  const std::string garbage = dir.Write("garbage", "\x01\x02 binary junk\n");
  const std::string cert = dir.Write("client.crt", kPemCert);
  RunResult r = RunProgram({BinaryPath("schemactl"), "--server", "127.0.0.1:1", "--timeout", "3",
                            "--tls-cert", garbage, "--tls-key", garbage, "health"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.err, HasSubstr("--tls-cert file " + garbage + " is not a PEM certificate"));
  // A certificate where the key belongs is not a key either.
  r = RunProgram({BinaryPath("schemactl"), "--server", "127.0.0.1:1", "--timeout", "3",
                  "--tls-cert", cert, "--tls-key", cert, "health"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.err, HasSubstr("--tls-key file " + cert + " is not a PEM private key"));
}

TEST(ClientFlagsTest, APemCaGetsAsFarAsCallingTheServer) {
  testing::TempDir dir;
  const std::string ca = dir.Write("ca.pem", kPemCert);
  const RunResult r = RunProgram(
      {BinaryPath("schemactl"), "--server", "127.0.0.1:1", "--timeout", "3", "--tls-ca", ca, "health"});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // the call failed, not the flags
  EXPECT_THAT(r.err, Not(HasSubstr("is not a PEM")));
}

TEST(ClientFlagsTest, ATokenFileThatIsADirectoryIsNotCalledEmpty) {
  testing::TempDir dir;
  const RunResult r = RunProgram({BinaryPath("schemactl"), "--server", "127.0.0.1:1", "--timeout", "3",
                                  "--token-file", dir.path(), "health"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.err, HasSubstr("--token-file file " + dir.path()));
  EXPECT_THAT(r.err, HasSubstr("not a regular file"));
  EXPECT_THAT(r.err, Not(HasSubstr("is empty")));
}

TEST(SchemactlStoreTest, NewMigrationAndRehashWorkOnAFolderWithoutAServer) {
  testing::TempDir dir;
  RunResult r = RunProgram({BinaryPath("schemactl"), "new-migration", "-m", "Backfill emails",
                            "--migrations-dir", dir.path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("_backfill_emails.up.sql"));
  EXPECT_THAT(r.out, HasSubstr("_backfill_emails.down.sql"));
  const std::string up = r.out.substr(0, r.out.find('\n'));
  // An edit makes the store refuse further work until it is rehashed on purpose.
  dir.Write(up.substr(dir.path().size() + 1), "UPDATE users SET email = lower(email);\n");
  r = RunProgram({BinaryPath("schemactl"), "new-migration", "-m", "next", "--migrations-dir",
                  dir.path()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("edited "));
  EXPECT_THAT(r.err, HasSubstr("schemactl rehash"));
  r = RunProgram({BinaryPath("schemactl"), "rehash", "--migrations-dir", dir.path()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = RunProgram({BinaryPath("schemactl"), "new-migration", "-m", "next", "--migrations-dir",
                  dir.path()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = RunProgram({BinaryPath("schemactl"), "new-migration", "-m", "../../etc", "--migrations-dir",
                  dir.path()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("path separators"));
}

}  // namespace
}  // namespace schemaservice
