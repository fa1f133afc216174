// service/plan/rename_text.cc
//
// Names as users write them, and the rewriting of rendered SQL text after a rename: token
// aware (string literals are left alone, a name matches only whole), never a parse.
#include "service/plan/rename_text.h"

#include <algorithm>
#include <cctype>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "service/pg/quote.h"

namespace schemaservice::plan::internal {

absl::StatusOr<std::vector<std::string>> SplitQualifiedName(absl::string_view text) {
  std::vector<std::string> parts;
  std::string current;
  bool quoted = false, any = false;
  // A function's argument list is one part: "public.f(integer, text)".
  int parens = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          current.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        current.push_back(ch);
      }
      continue;
    }
    if (parens > 0) {
      current.push_back(ch);
      if (ch == '(') ++parens;
      if (ch == ')') --parens;
      continue;
    }
    if (ch == '"') {
      quoted = true;
      any = true;
    } else if (ch == '(') {
      if (current.empty() && !any) return absl::InvalidArgumentError(absl::StrCat("\"", text, "\": an argument list needs a function name before it"));
      current.push_back(ch);
      ++parens;
    } else if (ch == '.') {
      if (current.empty() && !any) return absl::InvalidArgumentError(absl::StrCat("\"", text, "\": an empty name between dots"));
      parts.push_back(current);
      current.clear();
      any = false;
    } else {
      // Unquoted names fold to lower case, as in SQL.
      current.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
      any = true;
    }
  }
  if (quoted) return absl::InvalidArgumentError(absl::StrCat("\"", text, "\": an unterminated double quote"));
  if (parens != 0) return absl::InvalidArgumentError(absl::StrCat("\"", text, "\": unbalanced parentheses"));
  if (current.empty() && !any) return absl::InvalidArgumentError(absl::StrCat("\"", text, "\": a name is missing"));
  parts.push_back(current);
  return parts;
}

std::string JoinQualifiedName(const std::vector<std::string>& parts) {
  std::vector<std::string> quoted;
  for (const std::string& p : parts) {
    const size_t paren = p.find('(');
    quoted.push_back(paren == std::string::npos
                         ? pg::QuoteIdent(p)
                         : absl::StrCat(pg::QuoteIdent(p.substr(0, paren)), p.substr(paren)));
  }
  return absl::StrJoin(quoted, ".");
}

namespace {

bool IsIdentChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Index just past the text quoted by `quote` that starts at `i` (a doubled quote inside
// stands for one): a literal ('...') or a quoted identifier ("...").
size_t SkipQuoted(const std::string& text, size_t i, char quote) {
  for (++i; i < text.size(); ++i) {
    if (text[i] != quote) continue;
    if (i + 1 < text.size() && text[i + 1] == quote) {
      ++i;
      continue;
    }
    return i + 1;
  }
  return text.size();
}

size_t SkipLiteral(const std::string& text, size_t i) { return SkipQuoted(text, i, '\''); }

}  // namespace

namespace {

// `text` rewritten by `replace_at`, which is asked at each place outside string literals
// where a name may start (not right after a name's character, a dot or a quote): it appends
// what replaces the text there to `out` and returns the index past what it replaced, or npos
// to leave the text as it is.
template <typename ReplaceAt>
std::string RewriteNames(const std::string& text, ReplaceAt replace_at) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\'') {
      const size_t end = SkipLiteral(text, i);
      out.append(text, i, end - i);
      i = end;
      continue;
    }
    if (i == 0 || (!IsIdentChar(text[i - 1]) && text[i - 1] != '.' && text[i - 1] != '"')) {
      const size_t past = replace_at(i, out);
      if (past != std::string::npos) {
        i = past;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

// Index just past the name that starts at `i`: a quoted identifier, a plain one, or an
// operator's symbols.
size_t NameEnd(const std::string& text, size_t i) {
  if (i >= text.size()) return i;
  if (text[i] == '"') return SkipQuoted(text, i, '"');
  constexpr absl::string_view kOperatorChars = "+-*/<>=~!@#%^&|`?";
  const bool symbol = kOperatorChars.find(text[i]) != absl::string_view::npos;
  while (i < text.size() && (symbol ? kOperatorChars.find(text[i]) != absl::string_view::npos : IsIdentChar(text[i]))) ++i;
  return i;
}

}  // namespace

// `old` (a quoted qualified name, or a prefix ending in '.') replaced where it stands as a
// whole name outside string literals: not preceded by a name or a dot, not followed by more
// of a name.
std::string ReplaceQualified(const std::string& text, const std::string& old, const std::string& now) {
  if (old.empty() || text.find(old) == std::string::npos) return text;
  const bool prefix = old.back() == '.';
  return RewriteNames(text, [&](size_t i, std::string& out) {
    const size_t end = i + old.size();
    if (text.compare(i, old.size(), old) != 0 ||
        !(prefix || end == text.size() || (!IsIdentChar(text[end]) && text[end] != '"'))) {
      return std::string::npos;
    }
    out += now;
    return end;
  });
}

std::string ReplaceSchemaOf(const std::string& text, const std::string& old_prefix, const std::string& new_prefix,
                            const std::set<std::string>& names) {
  if (text.find(old_prefix) == std::string::npos) return text;
  return RewriteNames(text, [&](size_t i, std::string& out) {
    if (text.compare(i, old_prefix.size(), old_prefix) != 0) return std::string::npos;
    const size_t start = i + old_prefix.size();
    const size_t end = NameEnd(text, start);
    if (end == start || !names.count(text.substr(start, end - start))) return std::string::npos;
    absl::StrAppend(&out, new_prefix, absl::string_view(text).substr(start, end - start));
    return end;
  });
}

// Inside 'name'::regclass literals (a serial's nextval), where ReplaceQualified does not look.
std::string ReplaceRegclass(const std::string& text, const std::string& old, const std::string& now) {
  return absl::StrReplaceAll(text, {{absl::StrCat("'", old, "'::regclass"), absl::StrCat("'", now, "'::regclass")}});
}

// A column name replaced where it stands as a column: outside literals, not a function
// call, not a type after "::", qualified only by one of `qualifiers` (a trigger's OLD/NEW).
std::string ReplaceColumn(const std::string& text, const std::string& old, const std::string& now,
                          const std::set<std::string>& qualifiers) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const char ch = text[i];
    if (ch == '\'') {
      const size_t end = SkipLiteral(text, i);
      out.append(text, i, end - i);
      i = end;
      continue;
    }
    if (ch != '"' && !(IsIdentChar(ch) && !std::isdigit(static_cast<unsigned char>(ch)))) {
      out.push_back(ch);
      ++i;
      continue;
    }
    const size_t start = i;
    std::string value;
    if (ch == '"') {
      for (++i; i < text.size(); ++i) {
        if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') {
          value.push_back('"');
          ++i;
        } else if (text[i] == '"') {
          ++i;
          break;
        } else {
          value.push_back(text[i]);
        }
      }
    } else {
      while (i < text.size() && IsIdentChar(text[i])) value.push_back(text[i++]);
    }
    bool replace = value == old;
    size_t next = i;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next < text.size() && text[next] == '(') replace = false;
    if (start >= 2 && text.compare(start - 2, 2, "::") == 0) replace = false;
    if (start >= 1 && text[start - 1] == '.') {
      size_t q = start - 1;
      while (q > 0 && IsIdentChar(text[q - 1])) --q;
      if (!qualifiers.count(text.substr(q, start - 1 - q))) replace = false;
    }
    if (start >= 1 && IsIdentChar(text[start - 1])) replace = false;  // inside a number like 1e5
    out += replace ? pg::QuoteIdent(now) : text.substr(start, i - start);
  }
  return out;
}

std::pair<std::string, std::string> SplitLast(const std::string& qualified) {
  auto parts = SplitQualifiedName(qualified);
  if (!parts.ok() || parts->empty()) return {"", qualified};
  const std::string last = parts->back();
  parts->pop_back();
  return {JoinQualifiedName(*parts), last};
}

std::string SwapName(const std::string& name, int n) {
  const std::string suffix = n == 1 ? "_swap" : absl::StrCat("_swap", n);
  size_t keep = std::min(name.size(), 63 - suffix.size());
  while (keep > 0 && keep < name.size() && (static_cast<unsigned char>(name[keep]) & 0xC0) == 0x80) --keep;
  return absl::StrCat(name.substr(0, keep), suffix);
}

std::string Quoted(const std::string& schema, const std::string& name) {
  return absl::StrCat(pg::QuoteIdent(schema), ".", pg::QuoteIdent(name));
}

// nextval('old.seq'::regclass) -> nextval('new.seq'::regclass)
std::string ReplaceRegclassPrefix(const std::string& text, const std::string& old_prefix, const std::string& new_prefix) {
  std::string out = text;
  const std::string needle = absl::StrCat("'", old_prefix);
  size_t at = 0;
  while ((at = out.find(needle, at)) != std::string::npos) {
    const size_t end = out.find('\'', at + 1);
    if (end != std::string::npos && out.compare(end, 11, "'::regclass") == 0) {
      out.replace(at + 1, old_prefix.size(), new_prefix);
      at += new_prefix.size();
    } else {
      at += needle.size();
    }
  }
  return out;
}


}  // namespace schemaservice::plan::internal
