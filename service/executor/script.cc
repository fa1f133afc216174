#include "service/executor/script.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "service/pg/errors.h"

namespace schemaservice::executor {
absl::Status RunScript(pqxx::connection& conn, const std::string& sql, const std::string& source) {
  try {
    pqxx::nontransaction tx(conn);
    tx.exec(sql);
    return absl::OkStatus();
  } catch (const pqxx::sql_error& e) {
    // The server's message carries "LINE n:" for errors with a position in the text.
    std::string where = source;
    const std::string message = e.what();
    const size_t at = message.find("LINE ");
    int line = 0;
    if (at != std::string::npos) {
      const size_t colon = message.find(':', at);
      if (colon != std::string::npos &&
          absl::SimpleAtoi(message.substr(at + 5, colon - at - 5), &line) && line > 0) {
        absl::StrAppend(&where, ":", line);
      }
    }
    return pg::FromScriptException(e, absl::StrCat("loading ", where));
  } catch (const std::exception& e) {
    return pg::FromScriptException(e, absl::StrCat("loading ", source));
  }
}

std::set<std::string> InvalidIndexes(pqxx::transaction_base& tx) {
  std::set<std::string> out;
  for (const pqxx::row& r : tx.exec("SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid")) {
    out.insert(r[0].as<std::string>());
  }
  return out;
}

std::string DropIndexesLeftInvalid(pqxx::transaction_base& tx, const std::set<std::string>& before) {
  std::string said;
  try {
    for (const std::string& index : InvalidIndexes(tx)) {
      if (before.count(index)) continue;
      tx.exec0(absl::StrCat("DROP INDEX CONCURRENTLY IF EXISTS ", index));
      absl::StrAppend(&said, "; the INVALID index ", index, " it left was dropped");
    }
  } catch (const std::exception& e) {
    absl::StrAppend(&said, "; dropping the INVALID index it left failed (drop it by hand): ", e.what());
  }
  return said;
}

absl::Status ApplyStatements(pqxx::connection& conn, const std::vector<plan::Statement>& statements) {
  size_t i = 0;
  while (i < statements.size()) {
    if (!statements[i].transactional) {
      std::set<std::string> invalid_before;
      try {
        pqxx::nontransaction tx(conn);
        invalid_before = InvalidIndexes(tx);
        try {
          tx.exec0(statements[i].sql);
        } catch (const std::exception& e) {
          const absl::Status failed =
              pg::FromException(e, absl::StrCat("statement ", i + 1, " (", statements[i].description, ")"));
          return absl::Status(failed.code(), absl::StrCat(failed.message(), DropIndexesLeftInvalid(tx, invalid_before)));
        }
      } catch (const std::exception& e) {
        return pg::FromException(e, absl::StrCat("statement ", i + 1, " (", statements[i].description, ")"));
      }
      ++i;
      continue;
    }
    size_t j = i;
    try {
      pqxx::work tx(conn);
      for (; j < statements.size() && statements[j].transactional; ++j) tx.exec0(statements[j].sql);
      tx.commit();
    } catch (const std::exception& e) {
      return pg::FromException(e, absl::StrCat("statement ", j + 1, " (", j < statements.size() ? statements[j].description : "commit",
                                               "): ", j < statements.size() ? statements[j].sql : ""));
    }
    i = j;
  }
  return absl::OkStatus();
}

}  // namespace schemaservice::executor
