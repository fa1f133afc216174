// tests/support/sql_lexer.h
//
// A script as PostgreSQL reads it, for tests that check rendered SQL cannot be injected into:
// `live` is the text outside comments, each quoted identifier or literal replaced by one
// character; `comments` are the -- comments, each running to the next \n or \r.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace schemaservice::testing {

struct Lexed {
  std::string live;
  std::vector<std::string> comments;
};

inline Lexed Lex(const std::string& sql) {
  Lexed out;
  for (size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '"' || c == '\'') {
      const size_t close = sql.find(c, i + 1);
      i = close == std::string::npos ? sql.size() : close;
      out.live += c == '"' ? 'I' : 'S';
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const size_t eol = std::min(sql.find('\n', i), sql.find('\r', i));
      out.comments.push_back(sql.substr(i, eol == std::string::npos ? std::string::npos : eol - i));
      i = eol == std::string::npos ? sql.size() : eol - 1;
    } else {
      out.live += c;
    }
  }
  return out;
}

}  // namespace schemaservice::testing
