// service/executor/statements.h
//
// Splitting a migration file into the statements PostgreSQL will see, the way psql does:
// semicolons inside quotes, dollar quotes, comments, parentheses (a rule's action list) and
// SQL-standard function bodies (BEGIN ATOMIC ... END) do not end a statement. Apply runs them one at a time so a failure
// names its statement and line, and progress can count them.
#pragma once

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace schemaservice::executor {

struct SqlStatement {
  std::string sql;       // without the final semicolon; leading comments removed
  std::string comments;  // the comment lines just above it (hazard notes, directives)
  int line = 0;          // 1-based line of its first token in the file
};

// Statements holding only comments or whitespace are dropped.
std::vector<SqlStatement> SplitStatements(absl::string_view sql);

// True when the statement may delete data, judged conservatively: a hazard note of kind
// DATA_LOSS above it (as prepare-migration writes them); DROP TABLE / SCHEMA / TYPE / DOMAIN /
// COLUMN / OWNED, TRUNCATE, DELETE or CASCADE anywhere in it, quoted text included; or code
// that can do anything (DO, CALL).
bool DestroysData(const SqlStatement& statement);

}  // namespace schemaservice::executor
