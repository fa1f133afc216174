// service/executor/script.h
//
// Running SQL against a database: a whole DDL file (models, a replayed migration), and a
// plan's statements with the transaction rules they declare: consecutive transactional
// statements share one transaction, a NOT_TRANSACTIONAL one (CREATE INDEX CONCURRENTLY) runs
// alone with no transaction open.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "absl/status/status.h"
#include "service/plan/plan.h"

namespace schemaservice::executor {

// Runs `sql` as one simple query (PostgreSQL wraps it in one implicit transaction). An error
// names `source`, the line the server points at, and the server's message with SQLSTATE.
absl::Status RunScript(pqxx::connection& conn, const std::string& sql, const std::string& source);

// Indexes pg_index marks not valid (a failed CREATE INDEX CONCURRENTLY leaves one), as
// regclass text.
std::set<std::string> InvalidIndexes(pqxx::transaction_base& tx);

// After a failed non-transactional statement: drops the INVALID indexes that were not in
// `before` (DROP INDEX CONCURRENTLY, so `tx` must be a nontransaction) and says so, as a
// suffix for the failure's message ("" when there were none).
std::string DropIndexesLeftInvalid(pqxx::transaction_base& tx, const std::set<std::string>& before);

// Applies statements in order, transactional runs in one transaction each. A failed
// non-transactional statement's INVALID index (one that was not there before it) is dropped
// again, so that a failure leaves the database as the committed statements made it.
absl::Status ApplyStatements(pqxx::connection& conn, const std::vector<plan::Statement>& statements);

}  // namespace schemaservice::executor
