// Unit tests of authentication and the role rules, without gRPC: which token is which
// caller, which grant covers which call, and what a denial says.
#include "service/api/auth.h"

#include <openssl/sha.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "absl/strings/escaping.h"

namespace schemaservice::api {
namespace {

using ::testing::HasSubstr;
using config::Role;
using config::RoleGrant;

// The hex SHA-256 of a token, as the config holds it (printf %s TOKEN | sha256sum).
std::string Sha256Hex(const std::string& token) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(token.data()), token.size(), digest);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest), sizeof digest));
}

config::AuthConfig TwoCallers() {
  config::AuthConfig auth;
  auth.tokens.push_back({"alice", Sha256Hex("tok-a"), {RoleGrant{Role::kDeveloper, "", {}}}});
  auth.tokens.push_back({"ci", Sha256Hex("tok-b"), {RoleGrant{Role::kDeployer, "app", {"test"}}}});
  return auth;
}

TEST(AuthenticateTest, WithoutAuthEveryCallerIsLocalOrItsCertificateSubject) {
  Authenticator off(std::nullopt);
  EXPECT_EQ(off.Authenticate("", "")->subject, "local");
  EXPECT_TRUE(off.Authenticate("", "")->all_access);
  EXPECT_EQ(off.Authenticate("", "CN=build")->subject, "CN=build");
}

TEST(AuthenticateTest, OnlyAConfiguredTokenAuthenticatesWhateverTheSchemeCase) {
  Authenticator on(TwoCallers());
  for (const char* header : {"Bearer tok-a", "bearer tok-a", "BEARER tok-a", "  Bearer tok-a  "}) {
    absl::StatusOr<Caller> caller = on.Authenticate(header, "");
    ASSERT_TRUE(caller.ok()) << header << ": " << caller.status();
    EXPECT_EQ(caller->subject, "alice");
    EXPECT_FALSE(caller->all_access);
  }
  EXPECT_EQ(on.Authenticate("Bearer tok-b", "")->subject, "ci");
  for (const char* header : {"", "tok-a", "Basic tok-a", "Bearer tok-c", "Bearer ", "Bearer tok-aa"}) {
    EXPECT_EQ(on.Authenticate(header, "").status().code(), absl::StatusCode::kUnauthenticated)
        << "[" << header << "]";
  }
  EXPECT_EQ(on.Authenticate("", "CN=trusted").status().code(), absl::StatusCode::kUnauthenticated)
      << "with auth on, a certificate alone is not enough";
}

TEST(AuthorizeTest, HigherRolesIncludeLowerOnesAndScopesLimitThem) {
  Caller dev{"alice", {RoleGrant{Role::kDeveloper, "", {}}}, false};
  EXPECT_TRUE(Authorize(dev, Role::kViewer, "History", "app", "prod").ok());
  EXPECT_TRUE(Authorize(dev, Role::kDeveloper, "Generate", "app", "").ok());
  const absl::Status denied = Authorize(dev, Role::kDeployer, "Apply", "app", "prod");
  EXPECT_EQ(denied.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_THAT(std::string(denied.message()), HasSubstr("needs role deployer"));

  Caller ci{"ci", {RoleGrant{Role::kDeployer, "app", {"test"}}}, false};
  EXPECT_TRUE(Authorize(ci, Role::kDeployer, "Apply", "app", "test").ok());
  EXPECT_FALSE(Authorize(ci, Role::kDeployer, "Apply", "app", "prod").ok());
  EXPECT_FALSE(Authorize(ci, Role::kDeployer, "Apply", "other", "test").ok());
  EXPECT_FALSE(Authorize(ci, Role::kViewer, "Diff", "app", "").ok())
      << "a grant limited to environments does not cover the project as a whole";
  EXPECT_FALSE(Authorize(ci, Role::kAdmin, "Rollback", "app", "test").ok());
}

TEST(AuthorizeTest, CallersSeeOnlyTheNamesTheirGrantsReach) {
  Caller ci{"ci", {RoleGrant{Role::kDeployer, "app", {"test"}}}, false};
  EXPECT_TRUE(MaySee(ci, "app", ""));
  EXPECT_TRUE(MaySee(ci, "app", "test"));
  EXPECT_FALSE(MaySee(ci, "app", "prod"));
  EXPECT_FALSE(MaySee(ci, "billing", ""));
  Caller everyone{"local", {}, true};
  EXPECT_TRUE(MaySee(everyone, "billing", "prod"));
}

}  // namespace
}  // namespace schemaservice::api
