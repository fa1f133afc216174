// tests/support/served_project.h
//
// A project "app" as a client sees it: its migration store in a temporary folder (sum
// rewritten by the real schemactl), served by the real schemad on one database of the test
// PostgreSQL as environment dev, and only to callers presenting a bearer token (random; the
// config holds its sha256). The C++ client's tests and its example's test share it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "service/pg/connection_settings.h"
#include "tests/support/process.h"
#include "tests/support/schemad_runner.h"

namespace schemaservice::testing {

struct MigrationFile {
  std::string version, slug, up, down;
};

class ServedProject {
 public:
  ServedProject();

  // Writes each pair into migrations/versions/ and rewrites versions/schema.sum.
  ::testing::AssertionResult AddMigrations(const std::vector<MigrationFile>& migrations) const;
  // Starts schemad with `database` as environment dev; the token gets role admin.
  // `database_extra`: more lines of dev's database mapping (10 spaces deep), e.g. pool_size.
  ::testing::AssertionResult Start(const pg::ConnectionSettings& database,
                                   const std::string& database_extra = "");

  const std::string& address() const { return schemad_->grpc_address(); }
  const std::string& token() const { return token_; }
  std::string token_file() const { return dir_.path() + "/admin.token"; }
  SchemadRunner& schemad() { return *schemad_; }
  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
  std::string token_, token_sha256_;
  std::unique_ptr<SchemadRunner> schemad_;
};

// The first column of the first row of `sql` on `database`; nullopt for NULL, no row or an
// error (the message goes to the test's log).
std::optional<std::string> QueryValue(const pg::ConnectionSettings& database,
                                      const std::string& sql);

}  // namespace schemaservice::testing
