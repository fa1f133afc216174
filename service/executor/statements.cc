#include "service/executor/statements.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace schemaservice::executor {
namespace {

bool IdentStart(char c) { return absl::ascii_isalpha(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }
bool IdentChar(char c) { return IdentStart(c) || absl::ascii_isdigit(static_cast<unsigned char>(c)) || c == '$'; }

// Whether a statement beginning with these words has a body psql reads to its END.
bool RoutineWithBody(const std::vector<std::string>& first) {
  auto at = [&](size_t i) { return i < first.size() ? first[i] : std::string(); };
  if (at(0) != "create") return false;
  if (at(1) == "function" || at(1) == "procedure") return true;
  return at(1) == "or" && at(2) == "replace" && (at(3) == "function" || at(3) == "procedure");
}

}  // namespace

std::vector<SqlStatement> SplitStatements(absl::string_view sql) {
  std::vector<SqlStatement> out;
  SqlStatement current;
  size_t start = std::string::npos;  // first token of the current statement
  int line = 1;
  std::vector<std::string> first_words;  // lower-case, the first four
  int body_depth = 0;
  int paren_depth = 0;
  auto finish = [&](size_t end) {
    if (start != std::string::npos) {
      current.sql = std::string(absl::StripAsciiWhitespace(sql.substr(start, end - start)));
      out.push_back(std::move(current));
    }
    current = SqlStatement();
    start = std::string::npos;
    first_words.clear();
    body_depth = 0;
    paren_depth = 0;
  };
  auto begin_token = [&](size_t i) {
    if (start == std::string::npos) {
      start = i;
      current.line = line;
    }
  };
  size_t i = 0;
  const size_t n = sql.size();
  while (i < n) {
    const char c = sql[i];
    if (c == '\n') {
      ++line;
      ++i;
      continue;
    }
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
      const size_t eol = sql.find('\n', i);
      const size_t stop = eol == absl::string_view::npos ? n : eol;
      if (start == std::string::npos) {
        current.comments.append(std::string(sql.substr(i, stop - i))).push_back('\n');
      }
      i = stop;
      continue;
    }
    if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
      int depth = 1;
      size_t j = i + 2;
      while (j < n && depth > 0) {
        if (sql[j] == '\n') ++line;
        if (sql[j] == '/' && j + 1 < n && sql[j + 1] == '*') {
          ++depth;
          j += 2;
        } else if (sql[j] == '*' && j + 1 < n && sql[j + 1] == '/') {
          --depth;
          j += 2;
        } else {
          ++j;
        }
      }
      if (start == std::string::npos) current.comments.append(std::string(sql.substr(i, j - i))).push_back('\n');
      i = j;
      continue;
    }
    begin_token(i);
    if (c == '(' || c == ')') {
      paren_depth += c == '(' ? 1 : (paren_depth > 0 ? -1 : 0);
      ++i;
      continue;
    }
    if (c == ';') {
      // As psql: a semicolon inside parentheses (a rule's action list) or a BEGIN ... END
      // body does not end the statement.
      if (body_depth > 0 || paren_depth > 0) {
        ++i;
        continue;
      }
      finish(i);
      ++i;
      continue;
    }
    if (c == '\'' || c == '"') {
      // E'...' strings take backslash escapes; the E was read as a word just before.
      const bool escapes = c == '\'' && i > 0 && (sql[i - 1] == 'e' || sql[i - 1] == 'E') &&
                           (i < 2 || !IdentChar(sql[i - 2]));
      size_t j = i + 1;
      while (j < n) {
        if (sql[j] == '\n') ++line;
        if (escapes && sql[j] == '\\' && j + 1 < n) {
          if (sql[j + 1] == '\n') ++line;
          j += 2;
          continue;
        }
        if (sql[j] == c) {
          if (j + 1 < n && sql[j + 1] == c) {
            j += 2;
            continue;
          }
          break;
        }
        ++j;
      }
      i = j + 1;
      continue;
    }
    if (c == '$' && (i == 0 || !IdentChar(sql[i - 1]))) {
      size_t j = i + 1;
      while (j < n && (IdentStart(sql[j]) || (j > i + 1 && absl::ascii_isdigit(static_cast<unsigned char>(sql[j]))))) ++j;
      if (j < n && sql[j] == '$') {
        const absl::string_view tag = sql.substr(i, j - i + 1);
        const size_t close = sql.find(tag, j + 1);
        const size_t stop = close == absl::string_view::npos ? n : close + tag.size();
        for (size_t k = i; k < stop; ++k) line += sql[k] == '\n';
        i = stop;
        continue;
      }
      ++i;  // a positional parameter such as $1
      continue;
    }
    if (IdentStart(c)) {
      size_t j = i;
      while (j < n && IdentChar(sql[j])) ++j;
      const std::string word = absl::AsciiStrToLower(sql.substr(i, j - i));
      if (first_words.size() < 4) first_words.push_back(word);
      // Outside parentheses only: `RETURNS TABLE (begin int)` opens no body; CASE counts only
      // inside one.
      if (RoutineWithBody(first_words) && paren_depth == 0) {
        if (word == "begin" || (word == "case" && body_depth > 0)) ++body_depth;
        if (word == "end" && body_depth > 0) --body_depth;
      }
      i = j;
      continue;
    }
    ++i;
  }
  finish(n);
  return out;
}

bool DestroysData(const SqlStatement& statement) {
  if (absl::StrContains(statement.comments, "-- hazard DATA_LOSS")) return true;
  // Conservative: the words anywhere in the statement, quoted text included (a DO block's
  // EXECUTE string, a CTE's DELETE), and code that can do anything (DO, CALL).
  std::vector<std::string> words;
  for (absl::string_view w : absl::StrSplit(statement.sql, absl::ByAnyChar(" \t\r\n,;()'\"$"),
                                            absl::SkipEmpty())) {
    words.push_back(absl::AsciiStrToUpper(w));
  }
  auto at = [&](size_t i) { return i < words.size() ? words[i] : std::string(); };
  if (at(0) == "DO" || at(0) == "CALL") return true;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "TRUNCATE" || w == "DELETE" || w == "CASCADE") return true;
    if (w != "DROP") continue;
    const std::string& what = at(i + 1);
    if (what == "TABLE" || what == "SCHEMA" || what == "OWNED" || what == "TYPE" ||
        what == "DOMAIN" || what == "COLUMN" || what == "DATABASE") {
      return true;
    }
    // ALTER TABLE t DROP c (COLUMN is optional); dropping a constraint, default, NOT NULL,
    // identity or expression loses no rows.
    if (at(0) == "ALTER" && at(1) == "TABLE" && what != "CONSTRAINT" && what != "DEFAULT" &&
        what != "NOT" && what != "IDENTITY" && what != "EXPRESSION") {
      return true;
    }
  }
  return false;
}

}  // namespace schemaservice::executor
