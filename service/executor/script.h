// service/executor/script.h
//
// Running SQL against a database: a whole DDL file (models, a replayed migration), and a
// plan's statements with the transaction rules they declare: consecutive transactional
// statements share one transaction, a NOT_TRANSACTIONAL one (CREATE INDEX CONCURRENTLY) runs
// alone with no transaction open.
#pragma once

#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "absl/status/status.h"
#include "service/plan/plan.h"

namespace schemaservice::executor {

// Runs `sql` as one simple query (PostgreSQL wraps it in one implicit transaction). An error
// names `source`, the line the server points at, and the server's message with SQLSTATE.
absl::Status RunScript(pqxx::connection& conn, const std::string& sql, const std::string& source);

// Applies statements in order, transactional runs in one transaction each.
absl::Status ApplyStatements(pqxx::connection& conn, const std::vector<plan::Statement>& statements);

}  // namespace schemaservice::executor
