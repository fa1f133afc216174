// service/pg/connection.h
//
// Opening connections the way every stage that touches PostgreSQL must: bounded connect
// time, TCP keepalives and tcp_user_timeout (a vanished client must not hold a session
// advisory lock for hours, reliability.md §2.3), an application_name that says who we are,
// and libpq errors turned into statuses that never carry the password.
#pragma once

#include <memory>
#include <string>
#include "absl/strings/string_view.h"

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "service/pg/connection_settings.h"

namespace schemaservice::pg {

// The libpq conninfo string for `settings`, with keepalive options. Contains the password:
// pass it to libpq only.
std::string ConnInfo(const ConnectionSettings& settings, absl::string_view application_name);

// Connects; UNAVAILABLE (with the target described, no password) when the server cannot
// be reached, FAILED_PRECONDITION when it refuses the login.
absl::StatusOr<std::unique_ptr<pqxx::connection>> Connect(const ConnectionSettings& settings,
                                                          absl::string_view application_name);

}  // namespace schemaservice::pg

namespace schemaservice::pg {

// Parses a postgres:// URL or a key=value conninfo (libpq's own parser) into settings. A
// password in the URL is accepted here (command-line use) and kept out of Describe().
absl::StatusOr<ConnectionSettings> ParseConnectionString(const std::string& text);

}  // namespace schemaservice::pg
