#include "service/plan/render.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include <openssl/evp.h>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"

namespace schemaservice::plan {

using catalog::Grant;
using catalog::Kind;

std::string AsideName(const std::string& name, absl::string_view suffix) {
  const size_t room = 63 - std::min<size_t>(suffix.size(), 63);
  if (name.size() <= room) return absl::StrCat(name, suffix);
  // Cut: two names alike in their first `room` bytes must not meet, so the cut name ends in
  // a digest of the whole one.
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(name.data(), name.size(), digest, &length, EVP_sha256(), nullptr);
  const std::string mark = absl::StrCat("_", absl::BytesToHexString(absl::string_view(reinterpret_cast<const char*>(digest), 4)));
  size_t keep = room > mark.size() ? room - mark.size() : 0;
  while (keep > 0 && (static_cast<unsigned char>(name[keep]) & 0xC0) == 0x80) --keep;
  return absl::StrCat(name.substr(0, keep), mark, suffix);
}

std::string CommentText(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto byte = static_cast<unsigned char>(ch);
    if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\r') {
      out += "\\r";
    } else if (byte < 0x20 || byte == 0x7f) {
      absl::StrAppend(&out, "\\x", absl::Hex(byte, absl::kZeroPad2));
    } else {
      out += ch;
    }
  }
  return out;
}

std::string ObjectPhrase(const catalog::Common& c, Kind kind, char subkind) {
  switch (kind) {
    case Kind::kSchema: return absl::StrCat("SCHEMA ", c.ref.id);
    case Kind::kExtension: return absl::StrCat("EXTENSION ", c.ref.id);
    case Kind::kCollation: return absl::StrCat("COLLATION ", c.ref.id);
    case Kind::kType: return absl::StrCat(subkind == 'd' ? "DOMAIN " : "TYPE ", c.ref.id);
    case Kind::kSequence: return absl::StrCat("SEQUENCE ", c.ref.id);
    case Kind::kFunction:
      return absl::StrCat(subkind == 'p' ? "PROCEDURE " : subkind == 'a' ? "AGGREGATE " : "FUNCTION ",
                          c.ref.id);
    case Kind::kTable: return absl::StrCat(subkind == 'f' ? "FOREIGN TABLE " : "TABLE ", c.ref.id);
    case Kind::kView: return absl::StrCat(subkind == 'm' ? "MATERIALIZED VIEW " : "VIEW ", c.ref.id);
    case Kind::kEventTrigger: return absl::StrCat("EVENT TRIGGER ", c.ref.id);
    case Kind::kPublication: return absl::StrCat("PUBLICATION ", c.ref.id);
    default: {
      // The kinds kept as one definition are named by their keyword.
      const char* keyword = DefinedKeyword(kind);
      return *keyword ? absl::StrCat(keyword, " ", c.ref.id) : c.ref.id;
    }
  }
}

const char* DefinedKeyword(Kind kind) {
  switch (kind) {
    case Kind::kForeignDataWrapper: return "FOREIGN DATA WRAPPER";
    case Kind::kForeignServer: return "SERVER";
    case Kind::kTextSearchDictionary: return "TEXT SEARCH DICTIONARY";
    case Kind::kTextSearchConfiguration: return "TEXT SEARCH CONFIGURATION";
    case Kind::kCast: return "CAST";
    case Kind::kOperator: return "OPERATOR";
    case Kind::kOperatorFamily: return "OPERATOR FAMILY";
    case Kind::kOperatorClass: return "OPERATOR CLASS";
    case Kind::kTextSearchParser: return "TEXT SEARCH PARSER";
    case Kind::kTextSearchTemplate: return "TEXT SEARCH TEMPLATE";
    case Kind::kConversion: return "CONVERSION";
    case Kind::kLanguage: return "LANGUAGE";
    case Kind::kAccessMethod: return "ACCESS METHOD";
    case Kind::kTransform: return "TRANSFORM";
    case Kind::kUserMapping: return "USER MAPPING";
    case Kind::kSubscription: return "SUBSCRIPTION";
    default: return "";
  }
}

// '' in a value toggles the quote state twice.
std::vector<std::string> SplitOptionList(absl::string_view list) {
  list = absl::StripSuffix(absl::StripPrefix(list, "("), ")");
  std::vector<std::string> out;
  std::string item;
  bool quoted = false;
  for (const char ch : list) {
    if (ch == '\'') quoted = !quoted;
    if (ch == ',' && !quoted) {
      out.emplace_back(absl::StripAsciiWhitespace(item));
      item.clear();
    } else {
      item += ch;
    }
  }
  if (!absl::StripAsciiWhitespace(item).empty()) out.emplace_back(absl::StripAsciiWhitespace(item));
  return out;
}

std::string OptionName(const std::string& item) { return item.substr(0, item.find(" = ")); }

std::vector<std::string> ExtensionDependencySql(const std::string& object_phrase, const std::vector<std::string>& from,
                                                const std::vector<std::string>& to) {
  std::vector<std::string> out;
  for (const std::string& e : from) {
    if (!std::binary_search(to.begin(), to.end(), e)) {
      out.push_back(absl::StrCat("ALTER ", object_phrase, " NO DEPENDS ON EXTENSION ", e));
    }
  }
  for (const std::string& e : to) {
    if (!std::binary_search(from.begin(), from.end(), e)) {
      out.push_back(absl::StrCat("ALTER ", object_phrase, " DEPENDS ON EXTENSION ", e));
    }
  }
  return out;
}

std::string CommentSql(const std::string& object_phrase, const std::optional<std::string>& from,
                       const std::optional<std::string>& to) {
  if (from == to) return "";
  return absl::StrCat("COMMENT ON ", object_phrase, " IS ",
                      to ? pg::QuoteLiteral(*to) : std::string("NULL"));
}

namespace {

// `sql` run as `role` (quoted), then back as the role that ran it; SET LOCAL so that a
// failure, which ends the transaction, cannot leave the session as `role`.
std::string AsRole(const std::string& role, const std::string& sql) {
  return absl::StrCat("DO ", pg::QuoteDollar(absl::StrCat("DECLARE caller text := current_user; BEGIN SET LOCAL ROLE ",
                                                          role, "; ", sql,
                                                          "; EXECUTE format('SET LOCAL ROLE %I', caller); END")));
}

}  // namespace

std::vector<std::string> GrantSql(const std::string& on, const std::vector<Grant>& from,
                                  const std::vector<Grant>& to, const std::string& columns) {
  // Per (grantor, grantee, privilege): absent, plain, or with grant option.
  using Key = std::tuple<std::string, std::string, std::string>;
  std::map<Key, int> a, b;
  for (const Grant& g : from) a[{g.grantor, g.grantee, g.privilege}] = g.grantable ? 2 : 1;
  for (const Grant& g : to) b[{g.grantor, g.grantee, g.privilege}] = g.grantable ? 2 : 1;
  // How far each (role, privilege) stands from the owner in the chain of grant options: the
  // owner 0, a role it gave the option 1, and so on (both sides, few rounds in practice).
  std::map<std::pair<std::string, std::string>, int> depth;
  auto depth_of_grantor = [&](const Key& key) {
    const auto& [grantor, grantee, privilege] = key;
    if (grantor.empty()) return 0;
    auto it = depth.find({grantor, privilege});
    return it == depth.end() ? -1 : it->second;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto* side : {&a, &b}) {
      for (const auto& [key, level] : *side) {
        const int grantor_depth = depth_of_grantor(key);
        if (level != 2 || grantor_depth < 0) continue;
        auto [it, inserted] = depth.emplace(std::make_pair(std::get<1>(key), std::get<2>(key)), grantor_depth + 1);
        if (inserted || it->second > grantor_depth + 1) {
          it->second = grantor_depth + 1;
          changed = true;
        }
      }
    }
  }
  // A grantor with no chain from the owner (cannot be read from a server) sorts after it.
  auto depth_of = [&](const Key& key) {
    const int d = depth_of_grantor(key);
    return d < 0 ? 1 : d;
  };
  auto as_grantor = [](const Key& key, std::string sql) {
    return std::get<0>(key).empty() ? sql : AsRole(std::get<0>(key), sql);
  };
  std::vector<std::pair<int, std::string>> revokes, grants;
  for (const auto& [key, level] : a) {
    const auto& [grantor, grantee, privilege] = key;
    const int target = b.count(key) ? b[key] : 0;
    if (target == 0) {
      revokes.emplace_back(-depth_of(key), as_grantor(key, absl::StrCat("REVOKE ", privilege, columns, " ON ", on, " FROM ", grantee)));
    } else if (target == 1 && level == 2) {
      revokes.emplace_back(-depth_of(key), as_grantor(key, absl::StrCat("REVOKE GRANT OPTION FOR ", privilege, columns,
                                                                         " ON ", on, " FROM ", grantee)));
    }
  }
  for (const auto& [key, level] : b) {
    const auto& [grantor, grantee, privilege] = key;
    const int current = a.count(key) ? a[key] : 0;
    if (level > current) {
      grants.emplace_back(depth_of(key), as_grantor(key, absl::StrCat("GRANT ", privilege, columns, " ON ", on, " TO ",
                                                                      grantee, level == 2 ? " WITH GRANT OPTION" : "")));
    }
  }
  // Deepest revokes first, nearest grants first; otherwise in key order.
  std::stable_sort(revokes.begin(), revokes.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::stable_sort(grants.begin(), grants.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (auto& [order, sql] : revokes) out.push_back(std::move(sql));
  for (auto& [order, sql] : grants) out.push_back(std::move(sql));
  return out;
}

std::vector<Grant> DefaultGrants(Kind kind) {
  if (kind == Kind::kFunction) return {Grant{"PUBLIC", "EXECUTE", false}};
  if (kind == Kind::kType || kind == Kind::kLanguage) return {Grant{"PUBLIC", "USAGE", false}};
  return {};
}

namespace {

std::pair<std::string, std::string> OptionKeyValue(const std::string& option) {
  const size_t eq = option.find('=');
  return {option.substr(0, eq), eq == std::string::npos ? "" : option.substr(eq + 1)};
}

}  // namespace

std::string GenericOptionsSql(const std::vector<std::string>& options) {
  std::vector<std::string> parts;
  for (const std::string& option : options) {
    const auto [key, value] = OptionKeyValue(option);
    parts.push_back(absl::StrCat(pg::QuoteIdent(key), " ", pg::QuoteLiteral(value)));
  }
  return absl::StrCat("OPTIONS (", absl::StrJoin(parts, ", "), ")");
}

std::string AlterGenericOptionsSql(const std::vector<std::string>& from, const std::vector<std::string>& to) {
  std::map<std::string, std::string> a, b;
  for (const std::string& o : from) a.insert(OptionKeyValue(o));
  for (const std::string& o : to) b.insert(OptionKeyValue(o));
  std::vector<std::string> parts;
  for (const auto& [key, value] : a) {
    if (!b.count(key)) parts.push_back(absl::StrCat("DROP ", pg::QuoteIdent(key)));
  }
  for (const std::string& o : to) {
    const auto [key, value] = OptionKeyValue(o);
    auto it = a.find(key);
    if (it == a.end()) {
      parts.push_back(absl::StrCat("ADD ", pg::QuoteIdent(key), " ", pg::QuoteLiteral(value)));
    } else if (it->second != value) {
      parts.push_back(absl::StrCat("SET ", pg::QuoteIdent(key), " ", pg::QuoteLiteral(value)));
    }
  }
  return parts.empty() ? "" : absl::StrCat("OPTIONS (", absl::StrJoin(parts, ", "), ")");
}

std::string ColumnDefinition(const catalog::Column& c) {
  std::string out = absl::StrCat(pg::QuoteIdent(c.name), " ", c.type);
  if (!c.fdw_options.empty()) absl::StrAppend(&out, " ", GenericOptionsSql(c.fdw_options));
  if (!c.compression.empty()) absl::StrAppend(&out, " COMPRESSION ", c.compression);
  if (!c.collation.empty()) absl::StrAppend(&out, " COLLATE ", c.collation);
  if (c.generated && c.default_expr) {
    // Always said: 18's default is VIRTUAL.
    absl::StrAppend(&out, " GENERATED ALWAYS AS (", StableArrayCasts(*c.default_expr), ")",
                    c.virtual_generated ? " VIRTUAL" : " STORED");
  } else if (c.identity) {
    absl::StrAppend(&out, " GENERATED ", c.identity == 'a' ? "ALWAYS" : "BY DEFAULT",
                    " AS IDENTITY");
    if (!c.identity_options.empty()) absl::StrAppend(&out, " (", c.identity_options, ")");
  } else if (c.default_expr) {
    absl::StrAppend(&out, " DEFAULT ", StableArrayCasts(*c.default_expr));
  }
  // A NOT VALID one cannot be declared here (CREATE TABLE makes it valid): the planner adds it
  // after, with NotNullConstraintSql.
  if (c.not_null && c.not_null_valid) {
    if (!c.not_null_name.empty()) absl::StrAppend(&out, " CONSTRAINT ", pg::QuoteIdent(c.not_null_name));
    absl::StrAppend(&out, " NOT NULL", c.not_null_no_inherit ? " NO INHERIT" : "");
  }
  return out;
}

std::string NotNullConstraintSql(const std::string& table, const catalog::Column& c, bool not_valid) {
  std::string out = absl::StrCat("ALTER TABLE ", table, " ADD ");
  if (!c.not_null_name.empty()) absl::StrAppend(&out, "CONSTRAINT ", pg::QuoteIdent(c.not_null_name), " ");
  absl::StrAppend(&out, "NOT NULL ", pg::QuoteIdent(c.name), not_valid ? " NOT VALID" : "",
                  c.not_null_no_inherit ? " NO INHERIT" : "");
  return out;
}

std::string SequenceOptions(const catalog::Sequence& s) {
  return absl::StrCat("AS ", s.type, " INCREMENT BY ", s.increment, " MINVALUE ", s.min,
                      " MAXVALUE ", s.max, " START WITH ", s.start, " CACHE ", s.cache,
                      s.cycle ? " CYCLE" : " NO CYCLE");
}

std::string ViewQuery(const catalog::View& v) {
  std::string q(absl::StripAsciiWhitespace(v.definition));
  if (!q.empty() && q.back() == ';') q.pop_back();
  return StableArrayCasts(q);
}

namespace {

// The end of the quoted literal starting at `at` ('' inside it), or npos.
size_t LiteralEnd(absl::string_view sql, size_t at) {
  for (size_t i = at + 1; i < sql.size(); ++i) {
    if (sql[i] != '\'') continue;
    if (i + 1 < sql.size() && sql[i + 1] == '\'') {
      ++i;
      continue;
    }
    return i;
  }
  return absl::string_view::npos;
}

// The element type every item of an ARRAY[...] body is cast to ("character varying" for
// "'a'::character varying, 'b'::character varying"), or "" when they differ or one is not cast.
std::string CommonElementCast(absl::string_view body) {
  std::vector<absl::string_view> items;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    const char ch = body[i];
    if (ch == '\'') {
      i = LiteralEnd(body, i);
      if (i == absl::string_view::npos) return "";
    } else if (ch == '(' || ch == '[') {
      ++depth;
    } else if (ch == ')' || ch == ']') {
      --depth;
    } else if (ch == ',' && depth == 0) {
      items.push_back(body.substr(start, i - start));
      start = i + 1;
    }
  }
  items.push_back(body.substr(start));
  std::string common;
  for (absl::string_view item : items) {
    item = absl::StripAsciiWhitespace(item);
    // A constant cast: 'text'::type, the type (a typmod allowed) with no brackets or literals.
    if (item.empty() || item[0] != '\'') return "";
    const size_t end = LiteralEnd(item, 0);
    if (end == absl::string_view::npos || item.substr(end + 1, 2) != "::") return "";
    const absl::string_view type = item.substr(end + 3);
    if (type.empty() || type.find_first_of("[]'") != absl::string_view::npos) return "";
    if (!common.empty() && common != type) return "";
    common = std::string(type);
  }
  return common;
}

}  // namespace

std::string StableArrayCasts(absl::string_view sql) {
  constexpr absl::string_view kOpen = "(ARRAY[";
  if (sql.find(kOpen) == absl::string_view::npos) return std::string(sql);
  std::string out;
  out.reserve(sql.size() + 32);
  for (size_t i = 0; i < sql.size();) {
    if (sql[i] == '\'') {
      const size_t end = LiteralEnd(sql, i);
      const size_t stop = end == absl::string_view::npos ? sql.size() : end + 1;
      absl::StrAppend(&out, sql.substr(i, stop - i));
      i = stop;
      continue;
    }
    if (sql.substr(i, kOpen.size()) == kOpen) {
      // The ']' closing this ARRAY[, then ")::".
      int depth = 0;
      size_t close = absl::string_view::npos;
      for (size_t j = i + kOpen.size(); j < sql.size(); ++j) {
        const char ch = sql[j];
        if (ch == '\'') {
          j = LiteralEnd(sql, j);
          if (j == absl::string_view::npos) break;
        } else if (ch == '(' || ch == '[') {
          ++depth;
        } else if (ch == ')' || ch == ']') {
          if (depth == 0) {
            if (ch == ']') close = j;
            break;
          }
          --depth;
        }
      }
      if (close != absl::string_view::npos && sql.substr(close + 1, 3) == ")::") {
        const absl::string_view body = sql.substr(i + kOpen.size(), close - i - kOpen.size());
        const std::string element = CommonElementCast(body);
        if (!element.empty()) {
          absl::StrAppend(&out, kOpen, StableArrayCasts(body), "]::", element, "[]");
          i = close + 1;
          continue;
        }
      }
    }
    out += sql[i++];
  }
  return out;
}

namespace {

// COMMENT ON statements turning the comments of named parts of one object from `from` into `to`.
std::vector<std::string> PartCommentsSql(const std::function<std::string(const std::string&)>& phrase,
                                         const std::map<std::string, std::string>& from,
                                         const std::map<std::string, std::string>& to) {
  auto get = [](const std::map<std::string, std::string>& m, const std::string& name) -> std::optional<std::string> {
    auto it = m.find(name);
    if (it == m.end()) return std::nullopt;
    return it->second;
  };
  std::set<std::string> names;
  for (const auto& [name, comment] : from) names.insert(name);
  for (const auto& [name, comment] : to) names.insert(name);
  std::vector<std::string> out;
  for (const std::string& name : names) {
    std::string sql = CommentSql(phrase(name), get(from, name), get(to, name));
    if (!sql.empty()) out.push_back(std::move(sql));
  }
  return out;
}

}  // namespace

std::vector<std::string> ColumnCommentsSql(const std::string& relation, const std::map<std::string, std::string>& from,
                                           const std::map<std::string, std::string>& to) {
  return PartCommentsSql([&](const std::string& name) { return absl::StrCat("COLUMN ", relation, ".", pg::QuoteIdent(name)); },
                         from, to);
}

std::vector<std::string> CheckCommentsSql(const std::string& domain, const std::map<std::string, std::string>& from,
                                          const std::map<std::string, std::string>& to) {
  return PartCommentsSql([&](const std::string& name) { return absl::StrCat("CONSTRAINT ", name, " ON DOMAIN ", domain); },
                         from, to);
}

std::string EnableWord(char enabled) {
  switch (enabled) {
    case 'D': return "DISABLE";
    case 'R': return "ENABLE REPLICA";
    case 'A': return "ENABLE ALWAYS";
    default: return "ENABLE";
  }
}

std::string TablespaceClause(const std::string& tablespace) {
  return tablespace.empty() ? "" : absl::StrCat(" TABLESPACE ", pg::QuoteIdent(tablespace));
}

std::string IndexDefinitionIn(const std::string& definition, const std::string& tablespace, bool key) {
  if (tablespace.empty()) return definition;
  size_t at = definition.size();
  if (key) {
    for (const char* tail : {" DEFERRABLE INITIALLY DEFERRED", " DEFERRABLE"}) {
      if (absl::EndsWith(definition, tail)) {
        at = definition.size() - std::string(tail).size();
        break;
      }
    }
  }
  // An index predicate holds no subquery, so its WHERE is the last one outside literals.
  if (const size_t where = definition.rfind(" WHERE (", at); where != std::string::npos) at = where;
  std::string out = definition;
  out.insert(at, absl::StrCat(key ? " USING INDEX" : "", TablespaceClause(tablespace)));
  return out;
}

}  // namespace schemaservice::plan
