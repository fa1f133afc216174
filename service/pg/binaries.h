// service/pg/binaries.h
//
// Where the programs of each PostgreSQL major live: initdb and postgres for the embedded and
// shadow servers of that major, pg_dump for backups. Resolved once, at construction, by
// asking each candidate program its version (`postgres --version`), so a folder configured
// under the wrong major is caught before it is used, not by a failing initdb. Candidates per
// major, first found wins: postgres.bin_dirs in the config; $SCHEMAD_PG_BINDIR when it holds
// that major; Debian's /usr/lib/postgresql/MAJOR/bin; the cache scripts/install-pg-majors.sh
// fills ($PG_MAJORS_DIR, else /var/cache/schemaservice/pg-majors as root, else
// ~/.cache/schemaservice/pg-majors).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace schemaservice::pg {

class Binaries {
 public:
  // `configured`: major -> folder, from postgres.bin_dirs. A configured folder holding another
  // major, or nothing, is an error from Check(), and a wrong one is never silently replaced;
  // one holding only client programs (pg_dump) leaves the server programs to the defaults.
  static Binaries Find(const std::map<int, std::string>& configured = {});

  // The folder holding initdb and postgres of `major`; FAILED_PRECONDITION naming where it
  // looked and how to install them when there is none.
  absl::StatusOr<std::string> ServerDir(int major) const;

  // A pg_dump that can dump a server of `server_major`: the oldest available whose major is
  // at least that (pg_dump refuses newer servers); FAILED_PRECONDITION when there is none.
  absl::StatusOr<std::string> PgDump(int server_major) const;

  // The major of the embedded servers when nothing asks for another: the one
  // $SCHEMAD_PG_BINDIR holds, else `fallback` (postgres.default_major).
  int DefaultMajor(int fallback) const;

  // Configured folders that do not hold the major they are listed under, and a
  // SCHEMAD_PG_BINDIR without a postgres: all of them, in one message.
  absl::Status Check() const;

  // "15 (/usr/lib/postgresql/15/bin), 17 (...)": what was found, for logs and messages.
  std::string Describe() const;

 private:
  std::map<int, std::string> server_dirs_;  // major -> folder with initdb and postgres
  std::map<int, std::string> pg_dumps_;     // major -> pg_dump program
  int env_major_ = 0;                       // $SCHEMAD_PG_BINDIR's, 0 when unset
  std::vector<std::string> problems_;       // configured folders that are wrong
};

// The major of a PostgreSQL program, from `PROGRAM --version` ("postgres (PostgreSQL) 17.10"
// -> 17); 0 when it cannot be run or says something else.
int ProgramMajor(const std::string& program);

}  // namespace schemaservice::pg
