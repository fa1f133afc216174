// service/api/auth.h
//
// Who is calling and what they may do. Authentication: a bearer token in the `authorization`
// metadata, hashed (SHA-256) and compared in constant time with the hashes in config. With
// `auth` unset every caller may do everything, named by its client certificate's subject
// under mutual TLS, else "local"; with `auth` set a token is required even under mutual TLS.
// Authorization: roles viewer < developer < deployer < admin, each grant optionally limited
// to a project and its environments. Pure: no gRPC types, so it is unit-tested directly.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "service/config/config.h"

namespace schemaservice::api {

struct Caller {
  std::string subject;                    // token subject, certificate subject, or "local"
  std::vector<config::RoleGrant> grants;  // empty with all_access
  bool all_access = false;                // auth is off
};

class Authenticator {
 public:
  explicit Authenticator(std::optional<config::AuthConfig> auth) : auth_(std::move(auth)) {}

  bool enabled() const { return auth_.has_value(); }

  // `authorization`: the metadata value ("Bearer TOKEN"), empty when absent.
  // `certificate_subject`: the verified client certificate's subject, empty without mTLS.
  // UNAUTHENTICATED when auth is on and the token is missing or unknown.
  absl::StatusOr<Caller> Authenticate(absl::string_view authorization,
                                      absl::string_view certificate_subject) const;

 private:
  std::optional<config::AuthConfig> auth_;
};

// Whether any grant of `caller` reaches `project` (and `environment`, when not empty): what
// a caller may learn exists, so NOT_FOUND messages list only those names.
bool MaySee(const Caller& caller, absl::string_view project, absl::string_view environment);

// OK when `caller` holds `needed` (or more) for `project` and, when not empty,
// `environment`; PERMISSION_DENIED naming the role needed otherwise.
absl::Status Authorize(const Caller& caller, config::Role needed, absl::string_view method,
                       absl::string_view project, absl::string_view environment);

}  // namespace schemaservice::api
