// service/executor/service_migrations.h
//
// The service's own history schema, as the ordered SQL files of the top-level migrations/
// folder, compiled into the binary by cmake/embed_migrations.cmake.
#pragma once

#include <string>
#include <vector>

namespace schemaservice::executor {

struct ServiceMigration {
  int version;       // from the NNNN_ prefix
  std::string name;  // the file name
  std::string sql;
};

// In version order.
const std::vector<ServiceMigration>& ServiceMigrations();

}  // namespace schemaservice::executor
