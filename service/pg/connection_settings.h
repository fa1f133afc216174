// service/pg/connection_settings.h
//
// Where a database is and how to log in, as plain values (no libpq), so config/ can build
// them and tests can compare them. The password is held here only in memory: Describe()
// never shows it, and it is never logged.
#pragma once

#include <string>

namespace schemaservice::pg {

struct ConnectionSettings {
  std::string host;      // host name, IP, or a unix-socket directory (starts with '/')
  int port = 5432;
  std::string dbname;
  std::string user;
  std::string password;  // secret: from an env var or a file, never from YAML
  std::string sslmode;   // empty: libpq's default ("prefer")
  int connect_timeout_seconds = 5;

  // "host=db port=5432 dbname=app user=deployer": for messages; never the password.
  std::string Describe() const;
};

}  // namespace schemaservice::pg
