#include "service/api/auth.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"

namespace schemaservice::api {
namespace {

std::string Sha256Hex(absl::string_view text) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest), sizeof digest));
}

bool Covers(const config::RoleGrant& g, config::Role needed, absl::string_view project,
            absl::string_view environment) {
  if (g.role < needed) return false;
  if (!g.project.empty() && g.project != project) return false;
  if (g.environments.empty()) return true;
  // A grant limited to environments does not cover calls on the project as a whole.
  return !environment.empty() &&
         std::find(g.environments.begin(), g.environments.end(), environment) !=
             g.environments.end();
}

std::string Describe(const config::RoleGrant& g) {
  std::string scope = g.project.empty() ? "every project" : absl::StrCat("project ", g.project);
  if (!g.environments.empty()) {
    absl::StrAppend(&scope, " environments ", absl::StrJoin(g.environments, ","));
  }
  return absl::StrCat(config::RoleName(g.role), " (", scope, ")");
}

}  // namespace

absl::StatusOr<Caller> Authenticator::Authenticate(absl::string_view authorization,
                                                   absl::string_view certificate_subject) const {
  Caller caller;
  if (!auth_) {
    caller.subject = certificate_subject.empty() ? "local" : std::string(certificate_subject);
    caller.all_access = true;
    return caller;
  }
  absl::string_view token = absl::StripAsciiWhitespace(authorization);
  // The scheme name is case-insensitive (RFC 9110 §11.1).
  const bool bearer = absl::StartsWithIgnoreCase(token, "bearer ");
  if (bearer) token.remove_prefix(7);
  if (!bearer) {
    return absl::UnauthenticatedError(
        authorization.empty()
            ? "this server requires a token: pass --token-file FILE or set SCHEMACTL_TOKEN "
              "(metadata `authorization: Bearer TOKEN`)"
            : "the authorization metadata must be `Bearer TOKEN`");
  }
  token = absl::StripAsciiWhitespace(token);
  const std::string presented = Sha256Hex(token);
  const config::TokenConfig* match = nullptr;
  // Every configured hash is compared, in constant time, whatever matched before.
  for (const config::TokenConfig& t : auth_->tokens) {
    if (t.sha256.size() == presented.size() &&
        CRYPTO_memcmp(t.sha256.data(), presented.data(), presented.size()) == 0) {
      match = &t;
    }
  }
  if (match == nullptr) {
    return absl::UnauthenticatedError(
        "the token is not valid on this server; check --token-file / SCHEMACTL_TOKEN");
  }
  caller.subject = match->subject;
  caller.grants = match->roles;
  return caller;
}

bool MaySee(const Caller& caller, absl::string_view project, absl::string_view environment) {
  if (caller.all_access) return true;
  for (const config::RoleGrant& g : caller.grants) {
    if (!g.project.empty() && g.project != project) continue;
    if (environment.empty() || g.environments.empty() ||
        std::find(g.environments.begin(), g.environments.end(), environment) !=
            g.environments.end()) {
      return true;
    }
  }
  return false;
}

absl::Status Authorize(const Caller& caller, config::Role needed, absl::string_view method,
                       absl::string_view project, absl::string_view environment) {
  if (caller.all_access) return absl::OkStatus();
  for (const config::RoleGrant& g : caller.grants) {
    if (Covers(g, needed, project, environment)) return absl::OkStatus();
  }
  std::vector<std::string> held;
  for (const config::RoleGrant& g : caller.grants) held.push_back(Describe(g));
  return absl::PermissionDeniedError(absl::StrCat(
      caller.subject, " may not call ", method, " on project ", project,
      environment.empty() ? "" : absl::StrCat(" environment ", environment), ": it needs role ",
      config::RoleName(needed), " there; it has ", absl::StrJoin(held, ", ")));
}

}  // namespace schemaservice::api
