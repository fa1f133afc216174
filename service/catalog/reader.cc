#include "service/catalog/reader.h"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "service/catalog/reader_definitions.h"
#include "service/catalog/reader_kinds.h"
#include "service/catalog/versions.h"
#include "service/pg/errors.h"
#include "service/pg/quote.h"

namespace schemaservice::catalog {

using internal::BtreeDefault;
using internal::BtreeDefaults;
using internal::kBtreeDefaultsSql;
using internal::PlainIndex;
using internal::PlainIndexDefinition;
using internal::QuotedAlike;
using internal::KeyColumns;
using internal::ReferentialAction;
namespace {

using internal::kFirstUserOid;
using internal::NotExtensionMember;

// Separators for lists aggregated server-side: they cannot occur in names we accept.
constexpr char kRecordSep = '\x1e';
constexpr char kFieldSep = '\x1f';

std::vector<std::string> SplitRecords(const pqxx::field& f) {
  if (f.is_null()) return {};
  const std::string text = f.as<std::string>();
  if (text.empty()) return {};
  return absl::StrSplit(text, kRecordSep);
}

// obj_description(oid, catalog) without its per-row SQL-function call: as a subquery on
// pg_description's index it is ~6x cheaper, which counts at thousands of indexes.
std::string Description(const std::string& oid, const std::string& catalog) {
  return absl::StrCat("(SELECT dsc_.description FROM pg_description dsc_ WHERE dsc_.objoid = ", oid,
                      " AND dsc_.classoid = '", catalog, "'::regclass AND dsc_.objsubid = 0)");
}

std::string Text(const pqxx::field& f) { return f.is_null() ? "" : f.as<std::string>(); }

// The name of a relation's tablespace (pg_class.reltablespace); NULL for 0, the database's
// default. Most relations are in the default: they skip the lookup.
std::string Tablespace(const std::string& oid) {
  return absl::StrCat("CASE WHEN ", oid, " <> 0 THEN (SELECT ts_.spcname FROM pg_tablespace ts_ WHERE ts_.oid = ",
                      oid, ") END");
}

// aclexplode of an ACL (or the kind's default when NULL), without the owner's implicit
// rights, as "grantee\x1fPRIVILEGE\x1f(t|f)\x1fgrantor" records (grantor empty: the owner).
std::string GrantsExpr(const std::string& acl, char kind, const std::string& owner) {
  // A NULL ACL means the kind's default: nothing beyond the owner, except PUBLIC EXECUTE on
  // functions and PUBLIC USAGE on types and languages. Answering that without a subquery
  // keeps wide schemas fast (most ACLs are NULL).
  // Its records end in an empty grantor like the others, so the two texts compare.
  const std::string fallback = kind == 'f' ? "'PUBLIC' || E'\\x1f' || 'EXECUTE' || E'\\x1f' || 'false' || E'\\x1f'"
                               : kind == 'T' || kind == 'l'
                                   ? "'PUBLIC' || E'\\x1f' || 'USAGE' || E'\\x1f' || 'false' || E'\\x1f'"
                                   : "NULL";
  return absl::StrCat(
      "CASE WHEN ", acl, " IS NULL THEN ", fallback, " ELSE "
      "(SELECT string_agg(CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE "
      "quote_ident(pg_get_userbyid(a.grantee)) END || E'\\x1f' || a.privilege_type || "
      "E'\\x1f' || a.is_grantable::text || E'\\x1f' || CASE WHEN a.grantor = ", owner,
      " THEN '' ELSE quote_ident(pg_get_userbyid(a.grantor)) END, E'\\x1e') FROM aclexplode(",
      acl, ") a WHERE a.grantee <> ", owner, ") END");
}

std::vector<Grant> ParseGrantsText(const std::string& text) {
  std::vector<Grant> grants;
  if (text.empty()) return grants;
  for (absl::string_view record : absl::StrSplit(text, kRecordSep)) {
    std::vector<std::string> parts = absl::StrSplit(record, kFieldSep);
    if (parts.size() != 3 && parts.size() != 4) continue;
    grants.push_back(Grant{parts[0], parts[1], parts[2] == "true", parts.size() == 4 ? parts[3] : ""});
  }
  std::sort(grants.begin(), grants.end());
  return grants;
}

std::vector<Grant> ParseGrants(const pqxx::field& f) { return ParseGrantsText(Text(f)); }

// GrantsExpr, then the owner and the privileges it holds by default but gave up
// (REVOKE ... FROM owner): "grants\x1downer\x1dPRIV\x1ePRIV". Those are compared like
// grants; only an ACL can lack them (NULL is the default), and the default is the server's
// acldefault, so 17's MAINTAIN is in it there and not before.
// The privileges of its kind's default that `owner` gave up on the object, \x1e-separated.
std::string OwnerRevokedExpr(const std::string& acl, char kind, const std::string& owner) {
  return absl::StrCat(
      "CASE WHEN ", acl, " IS NULL THEN '' ELSE coalesce("
      "(SELECT string_agg(d.privilege_type, E'\\x1e' ORDER BY d.privilege_type) FROM aclexplode(acldefault('",
      std::string(1, kind), "', ", owner, ")) d WHERE d.grantee = ", owner,
      " AND NOT EXISTS (SELECT 1 FROM aclexplode(", acl, ") x WHERE x.grantee = ", owner,
      " AND x.privilege_type = d.privilege_type)), '') END");
}

std::string OwnedGrantsExpr(const std::string& acl, char kind, const std::string& owner) {
  return absl::StrCat("coalesce(", GrantsExpr(acl, kind, owner), ", '') || E'\\x1d' || quote_ident(pg_get_userbyid(",
                      owner, ")) || E'\\x1d' || ", OwnerRevokedExpr(acl, kind, owner));
}

// The privileges on extension `ext`'s functions, tables, sequences and languages that differ from those
// its scripts left (pg_init_privs; no row there: the kind's default), as records
// "target\x1dnow\x1dthen" separated by \x1c, each grants text as GrantsExpr writes it.
std::string ExtensionMemberGrants(const std::string& ext) {
  auto members = [&](const char* catalog, const std::string& target, const std::string& acl, char kind,
                     const std::string& owner, const std::string& from) {
    return absl::StrCat(
        "SELECT ", target, " AS target, ", GrantsExpr(acl, kind, owner), " AS now, ", GrantsExpr("ip.initprivs", kind, owner),
        " AS initial FROM pg_depend d JOIN ", from, " LEFT JOIN pg_init_privs ip ON ip.objoid = d.objid AND ip.classoid = '",
        catalog, "'::regclass AND ip.objsubid = 0 WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ", ext,
        " AND d.deptype = 'e' AND d.classid = '", catalog, "'::regclass");
  };
  return absl::StrCat(
      "(SELECT string_agg(m.target || E'\x1d' || coalesce(m.now, '') || E'\x1d' || coalesce(m.initial, ''), E'\x1c'"
      " ORDER BY m.target) FROM (",
      members("pg_proc", "'ROUTINE ' || p.oid::regprocedure::text", "p.proacl", 'f', "p.proowner",
              "pg_proc p ON p.oid = d.objid"),
      " UNION ALL ",
      members("pg_class", "CASE c.relkind WHEN 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END || c.oid::regclass::text",
              "c.relacl", 'r', "c.relowner", "pg_class c ON c.oid = d.objid AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"),
      // plpgsql is an extension's language too.
      " UNION ALL ",
      members("pg_language", "'LANGUAGE ' || quote_ident(l.lanname)", "l.lanacl", 'l', "l.lanowner",
              "pg_language l ON l.oid = d.objid"),
      ") m WHERE m.now IS DISTINCT FROM m.initial)");
}

void ParseOwnedGrants(const pqxx::field& f, Common& c) {
  std::vector<std::string> parts = absl::StrSplit(Text(f), '\x1d');
  parts.resize(3);
  c.grants = ParseGrantsText(parts[0]);
  c.owner = parts[1];
  if (!parts[2].empty()) c.owner_revoked = absl::StrSplit(parts[2], kRecordSep);
}

// attstorage's letter as ALTER COLUMN ... SET STORAGE writes it.
const char* StorageName(char storage) {
  return storage == 'p' ? "PLAIN" : storage == 'e' ? "EXTERNAL" : storage == 'm' ? "MAIN" : "EXTENDED";
}

std::string QName(const std::string& schema, const std::string& name) {
  return absl::StrCat(pg::QuoteIdent(schema), ".", pg::QuoteIdent(name));
}

// One ALTER TYPE ... SET option of a base type as a "KEY\x1fvalue" record: the function, or NONE.
std::string BaseTypeSetting(const char* key, const char* column) {
  return absl::StrCat("'", key, "' || E'\\x1f' || CASE WHEN ", column, " <> 0 THEN ", column,
                      "::regproc::text ELSE 'NONE' END");
}

uint64_t ColumnKey(uint32_t relid, int attnum) {
  return (static_cast<uint64_t>(relid) << 16) | static_cast<uint16_t>(attnum);
}

// "CASE ... END," that says `option` = the aggregate's `column` when not the default of its
// kind (READ_ONLY for plain ones, READ_WRITE for ordered-set ones), with or without a final
// function, as pg_dump does.
std::string AggregateModify(const char* option, const char* column) {
  return absl::StrCat("   CASE WHEN ", column, " <> CASE WHEN a.aggkind = 'n' THEN 'r' ELSE 'w' END THEN '", option,
                      " = ' || CASE ", column,
                      " WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,");
}

// The plain columns of a statistics object (s), ordered by `order` over pg_attribute a.
std::string StatisticsColumns(const std::string& order) {
  return absl::StrCat(
      "(SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY ", order, ") FROM"
      " unnest(s.stxkeys::int2[]) k JOIN pg_attribute a ON a.attrelid = s.stxrelid AND a.attnum = k)");
}

// pg_get_statisticsobjdef lists plain columns in attnum order (stxkeys), which differs
// between databases that added the same columns in another order; the statistics are the
// same. List them by name instead: CREATE STATISTICS accepts any order.
std::string SortStatisticsColumns(const std::string& def, const std::string& by_attnum,
                                  const std::string& by_name) {
  if (by_attnum.empty() || by_attnum == by_name) return def;
  const std::string on = absl::StrCat(" ON ", by_attnum);
  for (size_t at = def.find(on); at != std::string::npos; at = def.find(on, at + 1)) {
    const std::string rest = def.substr(at + on.size());
    // Expressions follow the plain columns, then FROM.
    if (absl::StartsWith(rest, ", ") || absl::StartsWith(rest, " FROM ")) {
      return absl::StrCat(def.substr(0, at), " ON ", by_name, rest);
    }
  }
  return def;
}

// The queries of reader_columns.def.
enum class Query {
  kSchema, kExtension, kCollation, kType, kRelation, kColumn, kSequence, kConstraint, kIndex,
  kFunction, kTrigger, kPolicy, kRule, kStatistics, kEventTrigger, kDefaultPrivileges, kPublication,
};

// The conversions reader_columns.def names: a field into the member it fills.
namespace into {
void Text(const pqxx::field& f, std::string& out) { out.assign(f.c_str(), f.size()); }
void OptionalText(const pqxx::field& f, std::optional<std::string>& out) {
  if (!f.is_null()) out.emplace(f.c_str(), f.size());
}
void Char(const pqxx::field& f, char& out) { out = f.size() > 0 ? f.c_str()[0] : 0; }
void Oid(const pqxx::field& f, uint32_t& out) { out = f.is_null() ? 0 : f.as<uint32_t>(); }
void Bool(const pqxx::field& f, bool& out) { out = f.as<bool>(); }
void Int(const pqxx::field& f, int& out) { out = f.as<int>(); }
void Int64(const pqxx::field& f, int64_t& out) { out = f.as<int64_t>(); }
void Records(const pqxx::field& f, std::vector<std::string>& out) { out = SplitRecords(f); }
void Grants(const pqxx::field& f, std::vector<Grant>& out) { out = ParseGrants(f); }
void OwnedGrants(const pqxx::field& f, Common& out) { ParseOwnedGrants(f, out); }
void MemberGrants(const pqxx::field& f, std::map<std::string, catalog::Extension::MemberGrants>& out) {
  if (f.is_null()) return;
  for (absl::string_view record : absl::StrSplit(absl::string_view(f.c_str(), f.size()), '\x1c')) {
    std::vector<std::string> parts = absl::StrSplit(record, '\x1d');
    if (parts.size() != 3) continue;
    out[parts[0]] = catalog::Extension::MemberGrants{ParseGrantsText(parts[1]), ParseGrantsText(parts[2])};
  }
}

// Records "a\x1fb" (b may hold \x1f) as add(a, b); one without \x1f is dropped.
template <typename Add>
void EachPair(const pqxx::field& f, Add add) {
  for (const std::string& record : SplitRecords(f)) {
    std::vector<std::string> parts = absl::StrSplit(record, absl::MaxSplits(kFieldSep, 1));
    if (parts.size() == 2) add(std::move(parts[0]), std::move(parts[1]));
  }
}
void Pairs(const pqxx::field& f, std::vector<std::pair<std::string, std::string>>& out) {
  EachPair(f, [&](std::string a, std::string b) { out.emplace_back(std::move(a), std::move(b)); });
}
void PairMap(const pqxx::field& f, std::map<std::string, std::string>& out) {
  EachPair(f, [&](std::string a, std::string b) { out[std::move(a)] = std::move(b); });
}
}  // namespace into

// What a reading function uses of a row besides the object: its oid, and for a table part
// its table's. Queries that need more extend it.
struct Keys {
  uint32_t oid = 0, relid = 0;
};

// Fills o and k from a row of query Q: field i by the def's i-th column of Q. The fields are
// visited through one iterator, itself a pqxx::field: row[i] makes a field per column, and
// each copy of a field takes and drops a reference to the result (atomic counts; with the
// field constructor, a sixth of the client's CPU time at 2,000 tables).
template <Query Q, typename O, typename K>
void FillRow(const pqxx::row& row, [[maybe_unused]] O& o, [[maybe_unused]] K& k) {
  [[maybe_unused]] pqxx::row::const_iterator field = row.begin();
#define READ_COLUMN(query, conversion, target, sql)                        \
  if constexpr (Query::k##query == Q) {                                   \
    into::conversion(static_cast<const pqxx::field&>(field), target); \
    ++field;                                                              \
  }
#define READ_FROM(query, ...)
#include "service/catalog/reader_columns.def"
#undef READ_COLUMN
#undef READ_FROM
}

// An identity read, as an index into Reader::ids_: the oid maps and pg_depend's rows are
// resolved to these, so an identity's string is copied once, not once per map and per edge.
using Id = uint32_t;
constexpr Id kNoId = UINT32_MAX;
using IdsByOid = absl::flat_hash_map<uint32_t, Id>;
// Comments by (object oid, objsubid).
using CommentsByObject = absl::flat_hash_map<std::pair<uint32_t, int>, std::string>;

class Reader {
 public:
  Reader(pqxx::transaction_base& tx, const ReadOptions& options) : tx_(tx), options_(options) {
    if (options.schemas.empty()) {
      filter_ =
          "n.nspname NOT IN ('pg_catalog', 'information_schema', 'schemaservice') "
          "AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'";
    } else {
      std::vector<std::string> quoted;
      for (const std::string& s : options.schemas) quoted.push_back(pg::QuoteLiteral(s));
      filter_ = absl::StrCat("n.nspname IN (", absl::StrJoin(quoted, ", "), ")");
    }
  }

  absl::StatusOr<Catalog> Read() {
    catalog_.selected_schemas = options_.schemas;
    std::sort(catalog_.selected_schemas.begin(), catalog_.selected_schemas.end());
    catalog_.server_version = tx_.exec1("SHOW server_version_num")[0].as<std::string>();
    absl::StatusOr<CatalogDialect> dialect = DialectFor(std::stoi(catalog_.server_version));
    if (!dialect.ok()) return dialect.status();
    dialect_ = *dialect;
    if (absl::Status s = CheckUnsupported(); !s.ok()) return s;
    ReadSchemas();
    for (const std::string& wanted : options_.schemas) {
      const bool found = std::any_of(catalog_.schemas.begin(), catalog_.schemas.end(),
                                     [&](const Schema& s) { return s.c.name == wanted; });
      if (!found) {
        return absl::NotFoundError(absl::StrCat("schema \"", wanted, "\" does not exist"));
      }
    }
    ReadExtensions();
    ReadCollations();
    ReadTypes();
    ReadComments();
    ReadRelations();
    ReadColumns();
    MarkOwnNotNull();
    ReadSequences();
    ReadConstraints();
    ReadIndexes();
    ReadFunctions();
    ReadTriggers();
    ReadPolicies();
    ReadRules();
    ReadStatistics();
    ReadEventTriggers();
    ReadDefaultPrivileges();
    ReadPublications();
    // The database-wide ones, like publications, only with the whole database.
    if (absl::Status s = internal::ReadDefinedObjects(tx_, dialect_, filter_, options_.schemas.empty(), catalog_,
                                                                 defined_refs_);
        !s.ok()) {
      return s;
    }
    internal::ReadOperatorKinds(tx_, filter_, catalog_, defined_refs_);
    InternDefinedObjects();
    ReadTypeAliases();
    ReadTypeFacts();
    ReadDependencies();
    Finish();
    return std::move(catalog_);
  }

 private:
  // Kinds the planner cannot handle yet: say so instead of ignoring them.
  absl::Status CheckUnsupported() {
    const std::string sql = absl::StrCat(
        "SELECT kind, name FROM ("
        // A shell type (CREATE TYPE name, never completed); base types are read.
        " SELECT 'shell type' AS kind, n.nspname || '.' || t.typname AS name FROM pg_type t"
        "  JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'p'"
        "  AND t.oid >= ", kFirstUserOid, " AND t.typelem = 0 AND ", filter_,
        "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')",
        // Made by users and not read: failing by name beats a diff that silently omits them.
        " UNION ALL SELECT 'security label', provider || ' on object ' || objoid FROM pg_seclabel",
        dialect_.UnsupportedSql(filter_),
        ") x ORDER BY 1, 2");
    const pqxx::result rows = tx_.exec(sql);
    if (rows.empty()) return absl::OkStatus();
    std::vector<std::string> found;
    for (const pqxx::row& row : rows) {
      found.push_back(absl::StrCat(row[0].as<std::string>(), " ", row[1].as<std::string>()));
    }
    return absl::UnimplementedError(absl::StrCat(
        "the schema engine cannot compare these objects yet: ", absl::StrJoin(found, ", "),
        "; leave them out with --schema, or manage them by hand"));
  }

  // The SQL of query Q: its columns in reader_columns.def, in order, then the rest of it.
  template <Query Q>
  std::string QuerySql() const {
    std::string columns, rest;
#define READ_COLUMN(query, conversion, target, sql) \
  if constexpr (Query::k##query == Q) absl::StrAppend(&columns, columns.empty() ? "" : ", ", sql);
#define READ_FROM(query, ...) \
  if constexpr (Query::k##query == Q) rest = absl::StrCat(__VA_ARGS__);
#include "service/catalog/reader_columns.def"
#undef READ_COLUMN
#undef READ_FROM
    return absl::StrCat("SELECT ", columns, rest);
  }

  // Runs query Q; per row fills a fresh O and K (the def's `o` and `k`) and hands them to use.
  template <Query Q, typename O, typename K, typename Use>
  void ReadRows(Use use) {
    const pqxx::result rows = tx_.exec(QuerySql<Q>());
    // Relations go to tables or views: either list grows once, not by doubling (each
    // doubling moves every table read so far).
    if constexpr (Q == Query::kRelation) {
      catalog_.tables.reserve(rows.size());
      catalog_.views.reserve(rows.size());
    }
    for (const pqxx::row& row : rows) {
      O o;
      K k{};
      FillRow<Q>(row, o, k);
      use(o, k);
    }
  }

  Id Intern(ObjectRef ref) {
    ids_.push_back(std::move(ref));
    return static_cast<Id>(ids_.size() - 1);
  }

  // Gives o its identity and keeps it: at the end of `list` (its id at the end of the list's
  // ids, for Finish), and as what `oid` stands for.
  template <typename O>
  Id Keep(O& o, ObjectRef ref, uint32_t oid, IdsByOid& ids, std::vector<O>& list) {
    const Id id = Intern(ref);
    o.c.ref = std::move(ref);
    ids[oid] = id;
    list_ids_[&list].push_back(id);
    list.push_back(std::move(o));
    return id;
  }

  // A part of the relation k.relid, "schema.table.part", in its table's schema unless the
  // query read its own: kept like Keep, in parts_ until Finish sorts them into the catalog.
  Id KeepPart(Kind kind, TablePart& p, const Keys& k, IdsByOid& ids) {
    p.table = relation_names_[k.relid];
    if (p.c.schema.empty()) p.c.schema = relation_schemas_[k.relid];
    ObjectRef ref{kind, absl::StrCat(p.table, ".", pg::QuoteIdent(p.c.name))};
    const Id id = Intern(ref);
    p.c.ref = std::move(ref);
    ids[k.oid] = id;
    parts_.push_back(std::move(p));
    part_ids_.push_back(id);
    return id;
  }

  // A table's column as an identity, made when a pg_depend row first names it (most columns
  // are named by none); kNoId when the table or column was not read.
  Id ColumnId(uint32_t relid, int attnum) {
    auto [it, added] = column_ids_.try_emplace(ColumnKey(relid, attnum), kNoId);
    if (!added) return it->second;
    const auto table = table_index_.find(relid);
    if (table == table_index_.end()) return kNoId;
    const std::vector<int>& positions = column_positions_[table->second];
    if (attnum <= 0 || static_cast<size_t>(attnum) >= positions.size() || positions[attnum] < 0) return kNoId;
    const Table& t = catalog_.tables[table->second];
    it->second = Intern(ObjectRef{
        Kind::kColumn, absl::StrCat(t.c.ref.id, ".", pg::QuoteIdent(t.columns[positions[attnum]].name))});
    return it->second;
  }

  void ReadSchemas() {
    ReadRows<Query::kSchema, Schema, Keys>([&](Schema& s, const Keys& k) {
      Keep(s, ObjectRef{Kind::kSchema, pg::QuoteIdent(s.c.name)}, k.oid, namespace_refs_, catalog_.schemas);
    });
  }

  void ReadExtensions() {
    ReadRows<Query::kExtension, Extension, Keys>([&](Extension& e, const Keys& k) {
      Keep(e, ObjectRef{Kind::kExtension, pg::QuoteIdent(e.c.name)}, k.oid, extension_refs_, catalog_.extensions);
    });
  }

  void ReadCollations() {
    struct CollationKeys : Keys {
      char provider = 0;
      std::string collate, ctype, locale;
      bool deterministic = true;
      std::optional<std::string> rules;
    };
    ReadRows<Query::kCollation, Collation, CollationKeys>([&](Collation& coll, const CollationKeys& k) {
      std::vector<std::string> opts;
      opts.push_back(absl::StrCat("provider = ", k.provider == 'i'   ? "icu"
                                                 : k.provider == 'c' ? "libc"
                                                 : k.provider == 'b' ? "builtin"
                                                                     : "default"));
      if (k.provider == 'i' || k.provider == 'b') {
        opts.push_back(absl::StrCat("locale = ", pg::QuoteLiteral(k.locale)));
      } else {
        opts.push_back(absl::StrCat("lc_collate = ", pg::QuoteLiteral(k.collate)));
        opts.push_back(absl::StrCat("lc_ctype = ", pg::QuoteLiteral(k.ctype)));
      }
      if (k.rules) opts.push_back(absl::StrCat("rules = ", pg::QuoteLiteral(*k.rules)));
      if (!k.deterministic) opts.push_back("deterministic = false");
      coll.definition = absl::StrJoin(opts, ", ");
      Keep(coll, ObjectRef{Kind::kCollation, QName(coll.c.schema, coll.c.name)}, k.oid, collation_refs_,
           catalog_.collations);
    });
  }

  void ReadTypes() {
    // A domain's pieces, rendered into its definition.
    struct TypeKeys : Keys {
      std::string base, not_null_name, base_definition;
      bool not_null = false;
      std::optional<std::string> default_expr, collation;
    };
    ReadRows<Query::kType, Type, TypeKeys>([&](Type& t, const TypeKeys& k) {
      if (t.kind == 'd') {
        t.definition = k.base;
        if (k.collation) absl::StrAppend(&t.definition, " COLLATE ", *k.collation);
        if (k.default_expr) absl::StrAppend(&t.definition, " DEFAULT ", *k.default_expr);
        if (k.not_null) absl::StrAppend(&t.definition, " NOT NULL");
        const std::string& nn = k.not_null_name;
        if (!nn.empty() && nn != DefaultNotNullName(t.c.name, "")) t.not_null_name = nn;
      } else if (t.kind == 'b') {
        t.definition = k.base_definition;
      }
      Keep(t, ObjectRef{Kind::kType, QName(t.c.schema, t.c.name)}, k.oid, type_refs_, catalog_.types);
    });
    // Composite types' relations: their columns' dependencies belong to the type.
    const pqxx::result rels = tx_.exec(absl::StrCat(
        "SELECT t.typrelid, t.oid FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
        " WHERE t.typtype = 'c' AND t.typrelid <> 0 AND t.oid >= ", kFirstUserOid, " AND ",
        filter_));
    for (const pqxx::row& row : rels) {
      auto it = type_refs_.find(row[1].as<uint32_t>());
      if (it != type_refs_.end()) composite_relations_[row[0].as<uint32_t>()] = it->second;
    }
  }

  // The comments of relations, their columns, keys and indexes, by (object oid, column
  // number), as pg_dump reads them: one query, matched here, whatever the catalogs'
  // statistics (see the relation query in reader_columns.def).
  void ReadComments() {
    for (const pqxx::row& row : tx_.exec(
             "SELECT d.classoid = 'pg_constraint'::regclass, d.objoid, d.objsubid, d.description"
             " FROM pg_description d WHERE d.classoid IN ('pg_class'::regclass, 'pg_constraint'::regclass)")) {
      CommentsByObject& comments = row[0].as<bool>() ? constraint_comments_ : class_comments_;
      comments[{row[1].as<uint32_t>(), row[2].as<int>()}] = row[3].as<std::string>();
    }
  }

  // The comment on (oid, subid), moved out: each is read once.
  static std::optional<std::string> TakeComment(CommentsByObject& comments, uint32_t oid, int subid = 0) {
    const auto it = comments.find({oid, subid});
    if (it == comments.end()) return std::nullopt;
    return std::move(it->second);
  }

  void ReadRelations() {
    struct RelationKeys : Keys {
      std::string view_definition;
      bool populated = true;
      int columns = 0;  // relnatts, dropped ones included: the most ReadColumns adds
    };
    ReadRows<Query::kRelation, Table, RelationKeys>([&](Table& t, RelationKeys& k) {
      t.c.comment = TakeComment(class_comments_, k.oid);
      const std::string qname = QName(t.c.schema, t.c.name);
      relation_names_[k.oid] = qname;
      relation_schemas_[k.oid] = t.c.schema;
      if (t.kind == 'v' || t.kind == 'm') {
        View v{std::move(t.c)};
        v.materialized = t.kind == 'm';
        v.options = std::move(t.options);
        v.definition = std::move(k.view_definition);
        v.populated = k.populated;
        v.tablespace = std::move(t.tablespace);
        Keep(v, ObjectRef{Kind::kView, qname}, k.oid, class_refs_, catalog_.views);
        return;
      }
      // A foreign table says NOTHING, which it cannot be asked for: it has no local rows.
      if (t.kind == 'f') t.replica_identity = 'd';
      relation_names_bare_[k.oid] = t.c.name;
      table_index_[k.oid] = catalog_.tables.size();
      t.columns.reserve(static_cast<size_t>(std::max(k.columns, 0)));
      table_relids_.push_back(k.oid);
      column_positions_.emplace_back(static_cast<size_t>(std::max(k.columns, 0)) + 1, -1);
      Keep(t, ObjectRef{Kind::kTable, qname}, k.oid, class_refs_, catalog_.tables);
    });
  }

  void ReadColumns() {
    struct ColumnKeys : Keys {
      int attnum = 0;
      uint32_t attrdef = 0;
      char relkind = 0, generated = 0, storage = 0, compression = 0;
      std::string identity_sequence, not_null;
      uint32_t identity_sequence_oid = 0;
    };
    ReadRows<Query::kColumn, Column, ColumnKeys>([&](Column& col, const ColumnKeys& k) {
      const auto relation = relation_names_.find(k.relid);
      if (relation == relation_names_.end()) return;
      col.comment = TakeComment(class_comments_, k.relid, k.attnum);
      if (k.identity_sequence_oid != 0) col.identity_comment = TakeComment(class_comments_, k.identity_sequence_oid);
      if (k.relkind == 'v' || k.relkind == 'm') {
        ViewColumns& view = view_columns_[k.relid];
        if (col.comment) view.comments[col.name] = std::move(*col.comment);
        if (col.default_expr) view.defaults[col.name] = std::move(*col.default_expr);
        if (!col.grants.empty()) view.grants[col.name] = std::move(col.grants);
        ColumnSettings settings;
        if (k.storage != 0) settings.storage = StorageName(k.storage);
        if (k.compression == 'p') settings.compression = "pglz";
        if (k.compression == 'l') settings.compression = "lz4";
        settings.statistics = col.statistics;
        settings.options = col.options;
        if (!settings.empty()) view.settings[col.name] = std::move(settings);
        // What the default uses is what the view's node waits for.
        if (k.attrdef != 0) {
          if (auto view = class_refs_.find(k.relid); view != class_refs_.end()) attrdef_refs_[k.attrdef] = view->second;
        }
        return;
      }
      col.generated = k.generated == 's' || k.generated == 'v';
      col.virtual_generated = k.generated == 'v';
      if (k.storage != 0) col.storage = StorageName(k.storage);
      if (k.compression == 'p') col.compression = "pglz";
      if (k.compression == 'l') col.compression = "lz4";
      if (!k.identity_sequence.empty()) {
        // "options\x1fsequence schema\x1fsequence name": the name is said when it is not
        // the one PostgreSQL would choose.
        const std::vector<std::string> parts = absl::StrSplit(k.identity_sequence, kFieldSep);
        col.identity_options = parts[0];
        // Not an object of the catalog (the column's identity stands for it), but what uses it
        // (a view reading it, another column's default calling nextval) depends on it by name:
        // DROP IDENTITY would take it from under them.
        if (parts.size() == 3 && k.identity_sequence_oid != 0) {
          class_refs_[k.identity_sequence_oid] = Intern(ObjectRef{Kind::kSequence, QName(parts[1], parts[2])});
        }
        if (parts.size() == 3 && (parts[1] != relation_schemas_[k.relid] ||
                                  parts[2] != DefaultIdentitySequenceName(relation_names_bare_[k.relid], col.name))) {
          col.identity_options = absl::StrCat("SEQUENCE NAME ", QName(parts[1], parts[2]),
                                              col.identity_options.empty() ? "" : " ", col.identity_options);
        }
      }
      if (!k.not_null.empty()) {
        // Only a local constraint's name is the table's own; an inherited one carries the
        // parent's, kept in not_null_constraint for renames after a detach.
        const std::vector<std::string> nn = absl::StrSplit(k.not_null, kFieldSep);
        if (nn.size() == 4) {
          col.not_null_constraint = nn[0];
          col.not_null_valid = nn[1] == "t";
          col.not_null_no_inherit = nn[2] == "t";
          const std::string table_name = relation_names_bare_[k.relid];
          if (nn[3] == "t" && nn[0] != DefaultNotNullName(table_name, col.name)) col.not_null_name = nn[0];
        }
      }
      auto it = table_index_.find(k.relid);
      if (it == table_index_.end()) return;
      if (k.attrdef != 0) attrdef_columns_[k.attrdef] = {k.relid, k.attnum};
      std::vector<int>& positions = column_positions_[it->second];
      std::vector<Column>& columns = catalog_.tables[it->second].columns;
      if (k.attnum > 0) {
        if (static_cast<size_t>(k.attnum) >= positions.size()) positions.resize(k.attnum + 1, -1);
        positions[k.attnum] = static_cast<int>(columns.size());
      }
      columns.push_back(std::move(col));
    });
  }

  // An inherited column's NOT NULL is its own when no parent (or partitioned parent) has one:
  // the child set it, and it outlives the parent's DROP NOT NULL. Not 18's conislocal: after
  // ATTACH PARTITION or SET NOT NULL under a parent's, a constraint is both local and
  // inherited, which 15 to 17 cannot tell apart and no plan needs to reproduce.
  void MarkOwnNotNull() {
    std::map<std::string, const Table*> by_name;
    for (const Table& t : catalog_.tables) by_name[t.c.ref.id] = &t;
    for (Table& t : catalog_.tables) {
      std::vector<std::string> parents = t.inherits;
      if (!t.partition_of.empty()) parents.push_back(t.partition_of);
      for (Column& col : t.columns) {
        if (!col.inherited_only || !col.not_null) continue;
        col.not_null_own = std::none_of(parents.begin(), parents.end(), [&](const std::string& p) {
          auto it = by_name.find(p);
          // A parent outside the schemas read: assume it explains the NOT NULL.
          if (it == by_name.end()) return true;
          const Column* pc = it->second->FindColumn(col.name);
          return pc != nullptr && pc->not_null;
        });
      }
    }
  }

  void ReadSequences() {
    ReadRows<Query::kSequence, Sequence, Keys>([&](Sequence& s, const Keys& k) {
      Keep(s, ObjectRef{Kind::kSequence, QName(s.c.schema, s.c.name)}, k.oid, class_refs_, catalog_.sequences);
    });
  }

  // Table `relid`'s column number `attnum` as read; nullptr when it was not.
  const Column* ColumnAt(uint32_t relid, int attnum) const {
    const auto table = table_index_.find(relid);
    if (table == table_index_.end() || attnum <= 0) return nullptr;
    const std::vector<int>& positions = column_positions_[table->second];
    if (static_cast<size_t>(attnum) >= positions.size() || positions[attnum] < 0) return nullptr;
    return &catalog_.tables[table->second].columns[positions[attnum]];
  }

  // Fills the definitions the reader could not write (`unsure`: oid, place in parts_) from the
  // server's `function` (pg_get_indexdef, pg_get_constraintdef), in one query.
  void DefinitionsFromServer(const char* function, const std::vector<std::pair<uint32_t, size_t>>& unsure) {
    if (unsure.empty()) return;
    std::string oids;
    for (const auto& [oid, at] : unsure) absl::StrAppend(&oids, oids.empty() ? "" : ",", oid);
    const pqxx::result rows = tx_.exec(absl::StrCat("SELECT ", function, "(i) FROM unnest('{", oids,
                                                    "}'::oid[]) WITH ORDINALITY u(i, n) ORDER BY n"));
    for (size_t i = 0; i < rows.size() && i < unsure.size(); ++i) parts_[unsure[i].second].definition = Text(rows[i][0]);
  }

  struct ConstraintKeys : Keys {
    uint32_t index = 0, referenced = 0;
    std::string columns, referenced_columns;
    char on_update = 0, on_delete = 0;
    bool deferrable = false, deferred = false;
  };

  // A plain PRIMARY KEY, UNIQUE or FOREIGN KEY (the query checked) as pg_get_constraintdef
  // writes it; nullopt when a column, the referenced table or a name is not certain.
  std::optional<std::string> PlainKeyDefinition(const TablePart& p, const ConstraintKeys& k) const {
    const std::optional<std::string> columns =
        KeyColumns(k.columns, [&](int attnum) { return ColumnAt(k.relid, attnum); });
    if (!columns) return std::nullopt;
    std::string def;
    if (p.constraint_type == 'p' || p.constraint_type == 'u') {
      def = absl::StrCat(p.constraint_type == 'p' ? "PRIMARY KEY (" : "UNIQUE (", *columns, ")");
    } else {
      const auto table = table_index_.find(k.referenced);
      const std::optional<std::string> referenced =
          KeyColumns(k.referenced_columns, [&](int attnum) { return ColumnAt(k.referenced, attnum); });
      const std::optional<absl::string_view> on_update = ReferentialAction(k.on_update);
      const std::optional<absl::string_view> on_delete = ReferentialAction(k.on_delete);
      if (table == table_index_.end() || !referenced || !on_update || !on_delete) return std::nullopt;
      const Table& t = catalog_.tables[table->second];
      if (!QuotedAlike(t.c.schema) || !QuotedAlike(t.c.name)) return std::nullopt;
      def = absl::StrCat("FOREIGN KEY (", *columns, ") REFERENCES ", pg::QuoteIdent(t.c.schema), ".",
                         pg::QuoteIdent(t.c.name), "(", *referenced, ")", on_update->empty() ? "" : " ON UPDATE ",
                         *on_update, on_delete->empty() ? "" : " ON DELETE ", *on_delete);
    }
    return absl::StrCat(def, k.deferrable ? " DEFERRABLE" : "", k.deferred ? " INITIALLY DEFERRED" : "",
                        p.valid ? "" : " NOT VALID");
  }

  void ReadConstraints() {
    std::vector<std::pair<uint32_t, size_t>> unsure;
    ReadRows<Query::kConstraint, TablePart, ConstraintKeys>([&](TablePart& p, const ConstraintKeys& k) {
      if (!table_index_.count(k.relid)) return;
      p.c.comment = TakeComment(constraint_comments_, k.oid);
      if (k.index != 0 && (p.constraint_type == 'p' || p.constraint_type == 'u' || p.constraint_type == 'x')) {
        p.index_comment = TakeComment(class_comments_, k.index);
      }
      if (p.definition.empty()) {
        if (std::optional<std::string> plain = PlainKeyDefinition(p, k)) {
          p.definition = std::move(*plain);
        } else {
          unsure.emplace_back(k.oid, parts_.size());
        }
      }
      // A key's index stands for the key.
      const bool keyed = k.index != 0 && p.constraint_type != 'f';
      const Id id = KeepPart(Kind::kConstraint, p, k, constraint_refs_);
      if (keyed) class_refs_[k.index] = id;
    });
    DefinitionsFromServer("pg_get_constraintdef", unsure);
  }

  void ReadIndexes() {
    struct IndexKeys : Keys {
      bool unique = false;
      std::string columns, opclasses, collations, options, statistics;
    };
    BtreeDefaults defaults;
    for (const pqxx::row& row : tx_.exec(kBtreeDefaultsSql)) {
      defaults[row[0].c_str()] = BtreeDefault{row[1].as<uint32_t>(), row[2].as<uint32_t>()};
    }
    std::vector<std::pair<uint32_t, size_t>> unsure;
    ReadRows<Query::kIndex, TablePart, IndexKeys>([&](TablePart& p, const IndexKeys& k) {
      if (!relation_names_.count(k.relid)) return;
      p.c.comment = TakeComment(class_comments_, k.oid);
      bool class_options = false;
      for (absl::string_view item : absl::StrSplit(k.statistics, ',', absl::SkipEmpty())) {
        const std::vector<absl::string_view> fields = absl::StrSplit(item, ' ');
        std::pair<int, int> target;
        if (fields.size() >= 2 && absl::SimpleAtoi(fields[0], &target.first) &&
            absl::SimpleAtoi(fields[1], &target.second) && target.second >= 0) {
          p.statistics.push_back(target);
        }
        class_options = class_options || fields.size() > 2;
      }
      if (p.definition.empty()) {
        std::optional<std::string> plain;
        if (const auto table = table_index_.find(k.relid); table != table_index_.end() && !class_options) {
          const Table& t = catalog_.tables[table->second];
          plain = PlainIndexDefinition(
              PlainIndex{p.c.name, t.c.schema, t.c.name, k.unique, k.columns, k.opclasses, k.collations, k.options},
              [&](int attnum) { return ColumnAt(k.relid, attnum); }, defaults);
        }
        if (plain) {
          p.definition = std::move(*plain);
        } else {
          unsure.emplace_back(k.oid, parts_.size());
        }
      }
      KeepPart(Kind::kIndex, p, k, class_refs_);
    });
    DefinitionsFromServer("pg_get_indexdef", unsure);
  }

  void ReadFunctions() {
    ReadRows<Query::kFunction, Function, Keys>([&](Function& f, const Keys& k) {
      const std::string id = absl::StrCat(QName(f.c.schema, f.c.name), "(", f.identity_args, ")");
      Keep(f, ObjectRef{Kind::kFunction, id}, k.oid, proc_refs_, catalog_.functions);
    });
  }

  void ReadTriggers() {
    ReadRows<Query::kTrigger, TablePart, Keys>([&](TablePart& p, const Keys& k) {
      if (relation_names_.count(k.relid)) KeepPart(Kind::kTrigger, p, k, trigger_refs_);
    });
  }

  void ReadPolicies() {
    struct PolicyKeys : Keys {
      bool permissive = true;
      char command = 0;
      std::string roles;
      std::optional<std::string> using_expr, check_expr;
    };
    ReadRows<Query::kPolicy, TablePart, PolicyKeys>([&](TablePart& p, const PolicyKeys& k) {
      if (!relation_names_.count(k.relid)) return;
      const char* command = k.command == 'r'   ? "SELECT"
                            : k.command == 'a' ? "INSERT"
                            : k.command == 'w' ? "UPDATE"
                            : k.command == 'd' ? "DELETE"
                                               : "ALL";
      p.definition = absl::StrCat("AS ", k.permissive ? "PERMISSIVE" : "RESTRICTIVE", " FOR ", command,
                                  " TO ", k.roles);
      if (k.using_expr) absl::StrAppend(&p.definition, " USING (", *k.using_expr, ")");
      if (k.check_expr) absl::StrAppend(&p.definition, " WITH CHECK (", *k.check_expr, ")");
      KeepPart(Kind::kPolicy, p, k, policy_refs_);
    });
  }

  void ReadRules() {
    struct RuleKeys : Keys {
      char relkind = 0;
    };
    ReadRows<Query::kRule, TablePart, RuleKeys>([&](TablePart& p, const RuleKeys& k) {
      if (p.c.name == "_RETURN" && (k.relkind == 'v' || k.relkind == 'm')) {
        // A view's query: its dependencies are the view's.
        if (auto view = class_refs_.find(k.relid); view != class_refs_.end()) rewrite_refs_[k.oid] = view->second;
        return;
      }
      if (relation_names_.count(k.relid)) KeepPart(Kind::kRule, p, k, rewrite_refs_);
    });
  }

  void ReadStatistics() {
    struct StatisticsKeys : Keys {
      int target = -1;
      std::string by_attnum, by_name;
    };
    ReadRows<Query::kStatistics, TablePart, StatisticsKeys>([&](TablePart& p, const StatisticsKeys& k) {
      if (!relation_names_.count(k.relid)) return;
      p.definition = SortStatisticsColumns(p.definition, k.by_attnum, k.by_name);
      if (k.target >= 0) p.statistics.emplace_back(0, k.target);
      KeepPart(Kind::kStatistics, p, k, statistic_refs_);
    });
  }

  void ReadEventTriggers() {
    if (!options_.schemas.empty()) return;  // not in any schema: only with the whole database
    struct EventTriggerKeys : Keys {
      std::string event, function, tags;
    };
    ReadRows<Query::kEventTrigger, EventTrigger, EventTriggerKeys>([&](EventTrigger& e, const EventTriggerKeys& k) {
      e.definition = absl::StrCat("ON ", k.event);
      if (!k.tags.empty()) absl::StrAppend(&e.definition, " WHEN TAG IN (", k.tags, ")");
      absl::StrAppend(&e.definition, " EXECUTE FUNCTION ", k.function, "()");
      Keep(e, ObjectRef{Kind::kEventTrigger, pg::QuoteIdent(e.c.name)}, k.oid, event_trigger_refs_,
           catalog_.event_triggers);
    });
  }

  void ReadDefaultPrivileges() {
    ReadRows<Query::kDefaultPrivileges, DefaultPrivileges, Keys>([&](DefaultPrivileges& d, const Keys&) {
      d.c.ref = ObjectRef{Kind::kDefaultPrivileges,
                          absl::StrCat(d.role, "/", d.in_schema, "/", std::string(1, d.object_type))};
      catalog_.default_privileges.push_back(std::move(d));
    });
  }

  void ReadPublications() {
    if (!options_.schemas.empty()) return;  // database-wide: only with the whole database
    struct PublicationKeys : Keys {
      bool all_tables = false, via_root = false;
      bool publish[4] = {};  // insert, update, delete, truncate
      std::optional<std::string> tables, schemas;
      char generated = 0;
    };
    ReadRows<Query::kPublication, Publication, PublicationKeys>([&](Publication& pub, const PublicationKeys& k) {
      std::vector<std::string> targets;
      if (k.all_tables) targets.push_back("ALL TABLES");
      if (k.tables) targets.push_back(absl::StrCat("TABLE ", *k.tables));
      if (k.schemas) targets.push_back(absl::StrCat("TABLES IN SCHEMA ", *k.schemas));
      std::vector<std::string> publish;
      const char* kinds[] = {"insert", "update", "delete", "truncate"};
      for (int i = 0; i < 4; ++i) {
        if (k.publish[i]) publish.push_back(kinds[i]);
      }
      if (!targets.empty()) pub.definition = absl::StrCat("FOR ", absl::StrJoin(targets, ", "), " ");
      absl::StrAppend(&pub.definition, "WITH (publish = ", pg::QuoteLiteral(absl::StrJoin(publish, ", ")),
                      ", publish_via_partition_root = ", k.via_root ? "true" : "false",
                      // 18; 'n' (none) is what older majors do, so it is left out.
                      k.generated == 's' ? ", publish_generated_columns = stored" : "", ")");
      Keep(pub, ObjectRef{Kind::kPublication, pg::QuoteIdent(pub.c.name)}, k.oid, publication_refs_,
           catalog_.publications);
    });
    // Membership rows are what pg_depend ties to tables and schemas.
    for (const char* sql : {"SELECT oid, prpubid FROM pg_publication_rel",
                            "SELECT oid, pnpubid FROM pg_publication_namespace"}) {
      for (const pqxx::row& row : tx_.exec(sql)) {
        auto it = publication_refs_.find(row[1].as<uint32_t>());
        if (it != publication_refs_.end()) publication_member_refs_[row[0].as<uint32_t>()] = it->second;
      }
    }
  }

  // Array types and table row types depend through their element / relation.
  void ReadTypeAliases() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        // A multirange stands for its range (made and dropped with it), like an array for
        // its element.
        "SELECT t.oid, coalesce((SELECT r.rngtypid FROM pg_range r WHERE r.rngmultitypid = t.oid),"
        " t.typelem), t.typrelid FROM pg_type t WHERE t.oid >= ", kFirstUserOid,
        " AND (t.typelem <> 0 OR t.typrelid <> 0 OR t.typtype = 'm')"));
    for (const pqxx::row& row : rows) {
      const uint32_t oid = row[0].as<uint32_t>();
      if (type_refs_.count(oid)) continue;
      const uint32_t elem = row[1].as<uint32_t>(), rel = row[2].as<uint32_t>();
      if (elem != 0) array_elements_[oid] = elem;
      if (elem != 0 && type_refs_.count(elem)) {
        type_alias_refs_[oid] = type_refs_[elem];
      } else if (rel != 0 && class_refs_.count(rel)) {
        type_alias_refs_[oid] = class_refs_[rel];
      }
    }
    // Arrays of row types: element is a row type alias.
    for (const pqxx::row& row : rows) {
      const uint32_t oid = row[0].as<uint32_t>(), elem = row[1].as<uint32_t>();
      if (!type_alias_refs_.count(oid) && type_alias_refs_.count(elem)) {
        type_alias_refs_[oid] = type_alias_refs_[elem];
      }
    }
  }

  // Conversion facts of the types table columns use, their array elements and domain bases,
  // for the planner to tell whether a column's type change can convert its values.
  void ReadTypeFacts() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "WITH RECURSIVE used(oid) AS ("
        " SELECT DISTINCT a.atttypid FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
        "  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.attnum > 0 AND NOT a.attisdropped"
        "  AND c.relkind IN ('r', 'p') AND ", filter_,
        " UNION SELECT v.x FROM used u JOIN pg_type t ON t.oid = u.oid,"
        "  LATERAL (VALUES (t.typelem), (t.typbasetype)) v(x) WHERE v.x <> 0)"
        " SELECT format_type(t.oid, NULL), t.typtype, t.typcategory,"
        " CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, NULL) END,"
        " CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN format_type(t.typelem, NULL) END,"
        " (SELECT string_agg(x.target, E'\\x1e' ORDER BY x.target COLLATE \"C\") FROM (SELECT DISTINCT"
        "  format_type(k.casttarget, NULL) AS target FROM pg_cast k WHERE k.castsource = t.oid) x)"
        " FROM used u JOIN pg_type t ON t.oid = u.oid"));
    for (const pqxx::row& row : rows) {
      TypeFacts f;
      f.name = row[0].as<std::string>();
      f.kind = row[1].as<std::string>()[0];
      f.category = row[2].as<std::string>()[0];
      f.base = Text(row[3]);
      f.element = Text(row[4]);
      f.casts_to = SplitRecords(row[5]);
      catalog_.type_facts.push_back(std::move(f));
    }
    std::sort(catalog_.type_facts.begin(), catalog_.type_facts.end(),
              [](const TypeFacts& a, const TypeFacts& b) { return a.name < b.name; });
  }

  // What an object of catalog `catalog` (pg_depend's classid or refclassid) stands for, or
  // kNoId.
  Id Resolve(uint32_t catalog, uint32_t oid, int subid) {
    auto find = [](const IdsByOid& map, uint32_t key) -> Id {
      auto it = map.find(key);
      return it == map.end() ? kNoId : it->second;
    };
    const CatalogRefs& refs = RefsOf(catalog);
    switch (refs.how) {
      case CatalogRefs::kClass: {
        if (const Id composite = find(composite_relations_, oid); composite != kNoId) return composite;
        if (subid != 0) {
          if (const Id column = ColumnId(oid, subid); column != kNoId) return column;
        }
        return find(class_refs_, oid);
      }
      case CatalogRefs::kType:
        if (const Id type = find(type_refs_, oid); type != kNoId) return type;
        return find(type_alias_refs_, oid);
      case CatalogRefs::kAttrdef:
        if (auto column = attrdef_columns_.find(oid); column != attrdef_columns_.end()) {
          return ColumnId(column->second.first, column->second.second);
        }
        return find(attrdef_refs_, oid);
      case CatalogRefs::kMap:
        return find(*refs.map, oid);
      case CatalogRefs::kNone:
        break;
    }
    return kNoId;
  }

  // How the objects of one catalog are resolved; looked up by name once per catalog.
  struct CatalogRefs {
    enum How { kNone, kClass, kType, kAttrdef, kMap } how = kNone;
    const IdsByOid* map = nullptr;
  };
  const CatalogRefs& RefsOf(uint32_t catalog) {
    auto [it, added] = catalog_refs_.try_emplace(catalog);
    if (!added) return it->second;
    CatalogRefs& refs = it->second;
    const auto name = catalog_names_.find(catalog);
    if (name == catalog_names_.end()) return refs;
    const std::string& n = name->second;
    const std::pair<const char*, const IdsByOid*> maps[] = {
        {"pg_proc", &proc_refs_},           {"pg_constraint", &constraint_refs_},
        {"pg_namespace", &namespace_refs_}, {"pg_trigger", &trigger_refs_},
        {"pg_policy", &policy_refs_},       {"pg_rewrite", &rewrite_refs_},
        {"pg_collation", &collation_refs_}, {"pg_extension", &extension_refs_},
        {"pg_statistic_ext", &statistic_refs_},
        {"pg_event_trigger", &event_trigger_refs_},
        {"pg_publication_rel", &publication_member_refs_},
        {"pg_publication_namespace", &publication_member_refs_},
    };
    if (n == "pg_class") {
      refs.how = CatalogRefs::kClass;
    } else if (n == "pg_type") {
      refs.how = CatalogRefs::kType;
    } else if (n == "pg_attrdef") {
      refs.how = CatalogRefs::kAttrdef;
    } else if (auto m = std::find_if(std::begin(maps), std::end(maps), [&](const auto& e) { return n == e.first; });
               m != std::end(maps)) {
      refs = {CatalogRefs::kMap, m->second};
    } else if (auto d = defined_ids_.find(n); d != defined_ids_.end()) {
      refs = {CatalogRefs::kMap, &d->second};
    }
    return refs;
  }

  // The kinds reader_kinds.cc and reader_operators.cc read keep identities by catalog name:
  // interned like the others, one id per identity (a class's members stand for it).
  void InternDefinedObjects() {
    for (const auto& [catalog, refs] : defined_refs_) {
      IdsByOid& ids = defined_ids_[catalog];
      for (const auto& [oid, ref] : refs) {
        auto [it, added] = defined_ids_by_ref_.try_emplace(ref, kNoId);
        if (added) it->second = Intern(ref);
        ids[oid] = it->second;
      }
    }
  }

  void ReadDependencies() {
    // The catalogs' names once, not per row: pg_depend names them by oid.
    for (const pqxx::row& row : tx_.exec(
             "SELECT c.oid, c.relname FROM pg_class c WHERE c.relnamespace = 'pg_catalog'::regnamespace"
             " AND c.relkind = 'r'")) {
      catalog_names_[row[0].as<uint32_t>()] = row[1].as<std::string>();
    }
    const pqxx::result rows = tx_.exec(absl::StrCat(
        // A domain's check is read as part of its domain: what the check calls, the domain needs.
        "SELECT CASE WHEN k.contypid <> 0 THEN 'pg_type'::regclass::oid ELSE d.classid END,"
        " CASE WHEN k.contypid <> 0 THEN k.contypid ELSE d.objid END, d.objsubid,"
        " d.refclassid, d.refobjid, d.refobjsubid FROM pg_depend d"
        " LEFT JOIN pg_constraint k ON d.classid = 'pg_constraint'::regclass AND k.oid = d.objid"
        // Internal dependencies of triggers (a foreign key's, a constraint trigger's), relations
        // (toast tables, identity sequences, a key's index on its constraint), types (arrays,
        // row types, multiranges) and rewrite rules (a view's query) tie a part that is not read,
        // or is read as the object it belongs to, to that object: they can make no edge, and
        // are a third of the rows.
        " WHERE (d.deptype IN ('n', 'a') OR (d.deptype = 'i' AND d.classid NOT IN ('pg_trigger'::regclass,"
        " 'pg_class'::regclass, 'pg_type'::regclass, 'pg_rewrite'::regclass))) AND d.objid >= ",
        kFirstUserOid, " AND d.refobjid >= ", kFirstUserOid));
    // What an extension holds is not read: a dependency on one of its members (a column of
    // citext, a default calling uuid_generate_v4()) is one on the extension, which must exist
    // first and go last.
    absl::flat_hash_map<uint64_t, uint32_t> extension_of;
    uint32_t pg_extension = 0;
    for (const pqxx::row& row : tx_.exec(absl::StrCat(
             "SELECT classid, objid, refobjid, refclassid FROM pg_depend WHERE deptype = 'e' AND objid >= ",
             kFirstUserOid, " AND refclassid = 'pg_extension'::regclass"))) {
      extension_of[(uint64_t{row[0].as<uint32_t>()} << 32) | row[1].as<uint32_t>()] = row[2].as<uint32_t>();
      pg_extension = row[3].as<uint32_t>();
    }
    for (const pqxx::row& row : rows) {
      const Id from = Resolve(row[0].as<uint32_t>(), row[1].as<uint32_t>(), row[2].as<int>());
      if (from == kNoId) continue;
      Id to = Resolve(row[3].as<uint32_t>(), row[4].as<uint32_t>(), row[5].as<int>());
      if (to == kNoId && !extension_of.empty()) {
        uint32_t ref_oid = row[4].as<uint32_t>();
        auto member = extension_of.find((uint64_t{row[3].as<uint32_t>()} << 32) | ref_oid);
        // An array of a member type (hstore[]) is no member itself: it stands for its element.
        if (member == extension_of.end() && array_elements_.count(ref_oid)) {
          member = extension_of.find((uint64_t{row[3].as<uint32_t>()} << 32) | array_elements_[ref_oid]);
        }
        if (member != extension_of.end()) to = Resolve(pg_extension, member->second, 0);
      }
      if (to == kNoId || from == to || ids_[from] == ids_[to]) continue;
      // OWNED BY is planned as its own step; as an edge it would make a cycle with the
      // column default that calls nextval.
      if (ids_[from].kind == Kind::kSequence && ids_[to].kind == Kind::kColumn) continue;
      if (deps_.size() <= from) deps_.resize(ids_.size());
      deps_[from].push_back(to);
    }
    // ALTER ... DEPENDS ON EXTENSION: read as such, and an edge (DROP EXTENSION takes the
    // object along: made after the extension, made again with it).
    for (const pqxx::row& row : tx_.exec(
             "SELECT d.classid, d.objid, d.refclassid, d.refobjid, quote_ident(e.extname) FROM pg_depend d"
             " JOIN pg_extension e ON e.oid = d.refobjid WHERE d.deptype = 'x' AND d.refclassid = 'pg_extension'::regclass")) {
      const Id from = Resolve(row[0].as<uint32_t>(), row[1].as<uint32_t>(), 0);
      if (from == kNoId) continue;
      extension_deps_[from].push_back(row[4].as<std::string>());
      const Id to = Resolve(row[2].as<uint32_t>(), row[3].as<uint32_t>(), 0);
      if (to == kNoId) continue;
      if (deps_.size() <= from) deps_.resize(ids_.size());
      deps_[from].push_back(to);
    }
    for (auto& [id, names] : extension_deps_) std::sort(names.begin(), names.end());
    AddCastUses();
    auto by_ref = [&](Id a, Id b) { return ids_[a] < ids_[b]; };
    auto same_ref = [&](Id a, Id b) { return ids_[a] == ids_[b]; };
    for (std::vector<Id>& to : deps_) {
      std::sort(to.begin(), to.end(), by_ref);
      to.erase(std::unique(to.begin(), to.end(), same_ref), to.end());
    }
    // A function's signature and result types are dependencies pg_depend records too, but
    // the body's references are not: those are covered by recreating on failure (plan).
  }

  // pg_depend records no use of a cast: an expression holding x::t records t (a binary or
  // I/O cast) or the cast's function. But the expression parses only while the cast exists,
  // so what holds one (a view, a check, an index, a default, a policy, a trigger) is taken to
  // use every user cast to a type it names or through a function it calls: made after the
  // cast, dropped before it.
  void AddCastUses() {
    absl::flat_hash_map<Id, std::vector<Id>> casts_by_end;
    for (const pqxx::row& row : tx_.exec(absl::StrCat(
             "SELECT 'pg_cast'::regclass::oid, c.oid, 'pg_type'::regclass::oid, c.casttarget, 'pg_proc'::regclass::oid,"
             " c.castfunc FROM pg_cast c WHERE c.oid >= ", kFirstUserOid))) {
      const Id cast = Resolve(row[0].as<uint32_t>(), row[1].as<uint32_t>(), 0);
      if (cast == kNoId) continue;
      for (const Id end : {Resolve(row[2].as<uint32_t>(), row[3].as<uint32_t>(), 0),
                           row[5].as<uint32_t>() == 0 ? kNoId : Resolve(row[4].as<uint32_t>(), row[5].as<uint32_t>(), 0)}) {
        if (end != kNoId) casts_by_end[end].push_back(cast);
      }
    }
    if (casts_by_end.empty()) return;
    for (Id from = 0; from < deps_.size(); ++from) {
      switch (ids_[from].kind) {
        case Kind::kView: case Kind::kConstraint: case Kind::kIndex: case Kind::kColumn:
        case Kind::kTrigger: case Kind::kPolicy: case Kind::kRule: case Kind::kStatistics:
          break;
        default:
          continue;
      }
      const size_t direct = deps_[from].size();
      for (size_t i = 0; i < direct; ++i) {
        auto it = casts_by_end.find(deps_[from][i]);
        if (it != casts_by_end.end()) deps_[from].insert(deps_[from].end(), it->second.begin(), it->second.end());
      }
    }
  }

  // Appends what `id` depends on (sorted, unique) to `out`, but `skip`.
  void AppendDependencies(Id id, std::vector<ObjectRef>& out, const ObjectRef* skip = nullptr) const {
    if (id == kNoId || id >= deps_.size()) return;
    out.reserve(out.size() + deps_[id].size());
    for (const Id d : deps_[id]) {
      if (skip == nullptr || !(ids_[d] == *skip)) out.push_back(ids_[d]);
    }
  }

  // Gives every object of a list Keep filled its dependencies.
  template <typename O>
  void AssignDependencies(std::vector<O>& list) {
    const std::vector<Id>& ids = list_ids_[&list];
    for (size_t i = 0; i < list.size() && i < ids.size(); ++i) {
      AppendDependencies(ids[i], list[i].c.depends_on);
      AssignExtensions(ids[i], list[i].c);
    }
  }

  void AssignExtensions(Id id, Common& c) {
    if (auto it = extension_deps_.find(id); it != extension_deps_.end()) c.extensions = std::move(it->second);
  }

  void Finish() {
    AssignDependencies(catalog_.schemas);
    AssignDependencies(catalog_.extensions);
    AssignDependencies(catalog_.collations);
    AssignDependencies(catalog_.types);
    AssignDependencies(catalog_.sequences);
    AssignDependencies(catalog_.tables);
    for (size_t i = 0; i < catalog_.tables.size(); ++i) {
      Table& t = catalog_.tables[i];
      const std::vector<int>& positions = column_positions_[i];
      for (size_t attnum = 1; attnum < positions.size(); ++attnum) {
        if (positions[attnum] < 0) continue;
        auto it = column_ids_.find(ColumnKey(table_relids_[i], static_cast<int>(attnum)));
        if (it != column_ids_.end()) AppendDependencies(it->second, t.columns[positions[attnum]].depends_on, &t.c.ref);
      }
    }
    // Parts came from several queries: sorted once by identity, each moved once.
    std::vector<uint32_t> order(parts_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return parts_[a].c.ref < parts_[b].c.ref; });
    catalog_.parts.reserve(catalog_.parts.size() + parts_.size());
    for (const uint32_t i : order) {
      AppendDependencies(part_ids_[i], parts_[i].c.depends_on);
      AssignExtensions(part_ids_[i], parts_[i].c);
      catalog_.parts.push_back(std::move(parts_[i]));
    }
    parts_.clear();
    // The columns of views are not objects of their own: their details belong to the view.
    std::unordered_map<Id, ViewColumns*> view_columns;
    for (auto& [relid, columns] : view_columns_) {
      if (auto it = class_refs_.find(relid); it != class_refs_.end()) view_columns[it->second] = &columns;
    }
    AssignDependencies(catalog_.views);
    const std::vector<Id>& view_ids = list_ids_[&catalog_.views];
    for (size_t i = 0; i < catalog_.views.size() && i < view_ids.size(); ++i) {
      auto it = view_columns.find(view_ids[i]);
      if (it == view_columns.end()) continue;
      View& v = catalog_.views[i];
      v.column_comments = std::move(it->second->comments);
      v.column_defaults = std::move(it->second->defaults);
      v.column_grants = std::move(it->second->grants);
      v.column_settings = std::move(it->second->settings);
    }
    AssignDependencies(catalog_.functions);
    AssignDependencies(catalog_.event_triggers);
    AssignDependencies(catalog_.publications);
    for (DefinedObject& o : catalog_.defined_objects) {
      auto it = defined_ids_by_ref_.find(o.c.ref);
      if (it != defined_ids_by_ref_.end()) AppendDependencies(it->second, o.c.depends_on);
    }
  }

  pqxx::transaction_base& tx_;
  const ReadOptions& options_;
  std::string filter_;
  CatalogDialect dialect_;
  CommentsByObject class_comments_, constraint_comments_;
  absl::flat_hash_map<Id, std::vector<std::string>> extension_deps_;  // DEPENDS ON EXTENSION
  Catalog catalog_;
  // Every identity read, once; Id indexes it.
  std::vector<ObjectRef> ids_;
  // Per catalog list Keep filled: the ids of its objects, in the list's order.
  std::unordered_map<const void*, std::vector<Id>> list_ids_;
  // Table parts as read, and their ids; Finish sorts them into catalog_.parts.
  std::deque<TablePart> parts_;
  std::vector<Id> part_ids_;
  IdsByOid namespace_refs_, extension_refs_, collation_refs_, type_refs_, type_alias_refs_, class_refs_,
      proc_refs_, constraint_refs_, trigger_refs_, policy_refs_, rewrite_refs_, attrdef_refs_, statistic_refs_,
      event_trigger_refs_, publication_refs_, publication_member_refs_, composite_relations_;
  // The element type of each user array type (and a multirange's range), by oid.
  absl::flat_hash_map<uint32_t, uint32_t> array_elements_;
  // A column default (pg_attrdef) of a table: its column (relid, attnum).
  absl::flat_hash_map<uint32_t, std::pair<uint32_t, int>> attrdef_columns_;
  // Columns named by pg_depend (ColumnKey -> id), and per table (by index): its relid, and
  // the position in its columns of each attnum (-1 for a dropped one).
  absl::flat_hash_map<uint64_t, Id> column_ids_;
  std::vector<uint32_t> table_relids_;
  std::vector<std::vector<int>> column_positions_;
  internal::RefsByCatalog defined_refs_;
  std::map<std::string, IdsByOid> defined_ids_;
  std::unordered_map<ObjectRef, Id, ObjectRefHash> defined_ids_by_ref_;
  absl::flat_hash_map<uint32_t, std::string> relation_names_, relation_names_bare_, relation_schemas_;
  absl::flat_hash_map<uint32_t, size_t> table_index_;
  // Per view or materialized view: its columns' comments, defaults and privileges.
  struct ViewColumns {
    std::map<std::string, std::string> comments, defaults;
    std::map<std::string, std::vector<Grant>> grants;
    std::map<std::string, ColumnSettings> settings;
  };
  std::unordered_map<uint32_t, ViewColumns> view_columns_;
  // What each object (by id) depends on, sorted by identity and unique once read.
  std::vector<std::vector<Id>> deps_;
  std::unordered_map<uint32_t, std::string> catalog_names_;
  std::unordered_map<uint32_t, CatalogRefs> catalog_refs_;
};

}  // namespace

namespace internal {
std::string OwnedGrantsSql(const std::string& acl, char kind, const std::string& owner) {
  return OwnedGrantsExpr(acl, kind, owner);
}
void ParseOwnedGrantsField(const pqxx::field& f, Common& c) { ParseOwnedGrants(f, c); }
std::string NotExtensionMember(const char* catalog, const char* alias) {
  // The first test, uncorrelated, runs once (an InitPlan on pg_depend's index by referenced
  // catalog: only extension members): without members of this catalog, the per-row test is
  // skipped. Alone, the per-row test became an anti join that read every pg_depend row of the
  // catalog (every table's, at 2,000 tables ~50 ms of the relation query).
  return absl::StrCat("(NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.refclassid = 'pg_extension'::regclass"
                      " AND d.classid = '", catalog, "'::regclass AND d.deptype = 'e') OR"
                      " NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '", catalog,
                      "'::regclass AND d.objid = ", alias, ".oid AND d.deptype = 'e'))");
}
}  // namespace internal

absl::StatusOr<Catalog> ReadCatalog(pqxx::connection& conn, const ReadOptions& options) {
  try {
    pqxx::transaction<pqxx::isolation_level::repeatable_read, pqxx::readwrite_policy::read_only> tx(
        conn);
    // Every name the server renders (types, defaults, view bodies) comes out schema-qualified,
    // so plans do not depend on the target's search_path.
    tx.exec0("SET LOCAL search_path = ''");
    // The column query sorts ~12 rows a table: at thousands of tables the default 4 MB
    // spills that sort to disk.
    tx.exec0("SET LOCAL work_mem = '64MB'");
    // The catalog queries' correlated subqueries make the planner's cost estimates large
    // enough to JIT-compile them (with inlining and optimization: ~1 s a query at 10,000
    // tables), while each runs in milliseconds interpreted.
    tx.exec0("SET LOCAL jit = off");
    return Reader(tx, options).Read();
  } catch (const std::exception& e) {
    return pg::FromException(e, "reading the catalog");
  }
}

}  // namespace schemaservice::catalog
