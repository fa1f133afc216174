#include "tests/support/served_project.h"

#include <filesystem>
#include <fstream>
#include <map>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "service/pg/connection.h"

namespace schemaservice::testing {
namespace {

constexpr char kPasswordEnv[] = "SCHEMAD_SERVED_PROJECT_PW";

}  // namespace

ServedProject::ServedProject() {
  std::filesystem::create_directories(dir_.path() + "/models");
  std::filesystem::create_directories(dir_.path() + "/migrations/versions");
  std::ifstream random("/dev/urandom", std::ios::binary);
  std::string bytes(24, '\0');
  random.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  token_ = absl::BytesToHexString(bytes);
  dir_.Write("admin.token", token_ + "\n");
  const RunResult sum = RunProgram({"/usr/bin/sha256sum", dir_.Write("token.raw", token_)});
  token_sha256_ = sum.out.substr(0, 64);
}

::testing::AssertionResult ServedProject::AddMigrations(
    const std::vector<MigrationFile>& migrations) const {
  for (const MigrationFile& m : migrations) {
    dir_.Write("migrations/versions/" + m.version + "_" + m.slug + ".up.sql", m.up);
    dir_.Write("migrations/versions/" + m.version + "_" + m.slug + ".down.sql", m.down);
  }
  const RunResult r = RunProgram(
      {BinaryPath("schemactl"), "rehash", "--migrations-dir", dir_.path() + "/migrations"});
  if (r.exit_code != 0) return ::testing::AssertionFailure() << "schemactl rehash: " << r.err;
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult ServedProject::Start(const pg::ConnectionSettings& database,
                                                const std::string& database_extra) {
  if (token_sha256_.size() != 64) {
    return ::testing::AssertionFailure() << "no sha256 of the token (sha256sum failed)";
  }
  const std::string config = absl::StrCat(
      "server:\n  listen: 127.0.0.1:0\n  metrics_listen: 127.0.0.1:0\n"
      "  shutdown_grace_seconds: 5\n"
      "auth:\n  tokens:\n    - subject: cpp-client\n      sha256: ", token_sha256_,
      "\n      roles: [admin]\n"
      "projects:\n  app:\n    models_dir: ", dir_.path(), "/models\n    migrations_dir: ",
      dir_.path(), "/migrations\n    environments:\n      dev:\n        database:\n",
      "          host: ", database.host, "\n          port: ", database.port,
      "\n          dbname: ", database.dbname, "\n          user: ", database.user,
      "\n          password_env: ", kPasswordEnv, "\n", database_extra);
  schemad_ = std::make_unique<SchemadRunner>(
      config, std::map<std::string, std::string>{{kPasswordEnv, database.password}});
  std::string error;
  if (!schemad_->WaitReady(30000, &error)) return ::testing::AssertionFailure() << error;
  return ::testing::AssertionSuccess();
}

std::optional<std::string> QueryValue(const pg::ConnectionSettings& database,
                                      const std::string& sql) {
  absl::StatusOr<std::unique_ptr<pqxx::connection>> conn = pg::Connect(database, "client_test");
  if (!conn.ok()) {
    ADD_FAILURE() << conn.status();
    return std::nullopt;
  }
  try {
    pqxx::nontransaction tx(**conn);
    const pqxx::result r = tx.exec(sql);
    if (r.empty() || r[0][0].is_null()) return std::nullopt;
    return r[0][0].as<std::string>();
  } catch (const std::exception& e) {
    ADD_FAILURE() << sql << ": " << e.what();
    return std::nullopt;
  }
}

}  // namespace schemaservice::testing
