#include "service/catalog/reader.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "service/catalog/reader_kinds.h"
#include "service/catalog/versions.h"
#include "service/pg/errors.h"
#include "service/pg/quote.h"

namespace schemaservice::catalog {
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

std::optional<std::string> OptionalText(const pqxx::field& f) {
  if (f.is_null()) return std::nullopt;
  return f.as<std::string>();
}

// obj_description(oid, catalog) without its per-row SQL-function call: as a subquery on
// pg_description's index it is ~6x cheaper, which counts at thousands of indexes.
std::string Description(const std::string& oid, const std::string& catalog) {
  return absl::StrCat("(SELECT dsc_.description FROM pg_description dsc_ WHERE dsc_.objoid = ", oid,
                      " AND dsc_.classoid = '", catalog, "'::regclass AND dsc_.objsubid = 0)");
}

std::string Text(const pqxx::field& f) { return f.is_null() ? "" : f.as<std::string>(); }

// The name of a relation's tablespace (pg_class.reltablespace); NULL for 0, the database's
// default.
std::string Tablespace(const std::string& oid) {
  return absl::StrCat("(SELECT ts_.spcname FROM pg_tablespace ts_ WHERE ts_.oid = ", oid, ")");
}

// aclexplode of an ACL (or the kind's default when NULL), without the owner's implicit
// rights, as "grantee\x1fPRIVILEGE\x1f(t|f)" records.
std::string GrantsExpr(const std::string& acl, char kind, const std::string& owner) {
  // A NULL ACL means the kind's default: nothing beyond the owner, except PUBLIC EXECUTE on
  // functions and PUBLIC USAGE on types and languages. Answering that without a subquery
  // keeps wide schemas fast (most ACLs are NULL).
  const std::string fallback = kind == 'f' ? "'PUBLIC' || E'\\x1f' || 'EXECUTE' || E'\\x1f' || 'false'"
                               : kind == 'T' || kind == 'l'
                                   ? "'PUBLIC' || E'\\x1f' || 'USAGE' || E'\\x1f' || 'false'"
                                   : "NULL";
  return absl::StrCat(
      "CASE WHEN ", acl, " IS NULL THEN ", fallback, " ELSE "
      "(SELECT string_agg(CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE "
      "quote_ident(pg_get_userbyid(a.grantee)) END || E'\\x1f' || a.privilege_type || "
      "E'\\x1f' || a.is_grantable::text, E'\\x1e' ORDER BY 1) FROM aclexplode(",
      acl, ") a WHERE a.grantee <> ", owner, ") END");
}

std::vector<Grant> ParseGrantsText(const std::string& text) {
  std::vector<Grant> grants;
  if (text.empty()) return grants;
  for (absl::string_view record : absl::StrSplit(text, kRecordSep)) {
    std::vector<std::string> parts = absl::StrSplit(record, kFieldSep);
    if (parts.size() != 3) continue;
    grants.push_back(Grant{parts[0], parts[1], parts[2] == "true"});
  }
  std::sort(grants.begin(), grants.end());
  return grants;
}

std::vector<Grant> ParseGrants(const pqxx::field& f) { return ParseGrantsText(Text(f)); }

// GrantsExpr, then the owner and the privileges it holds by default but gave up
// (REVOKE ... FROM owner): "grants\x1downer\x1dPRIV\x1ePRIV". Those are compared like
// grants; only an ACL can lack them (NULL is the default), and the default is the server's
// acldefault, so 17's MAINTAIN is in it there and not before.
std::string OwnedGrantsExpr(const std::string& acl, char kind, const std::string& owner) {
  return absl::StrCat(
      "coalesce(", GrantsExpr(acl, kind, owner), ", '') || E'\\x1d' || quote_ident(pg_get_userbyid(",
      owner, ")) || E'\\x1d' || CASE WHEN ", acl, " IS NULL THEN '' ELSE coalesce("
      "(SELECT string_agg(d.privilege_type, E'\\x1e' ORDER BY d.privilege_type) FROM aclexplode(acldefault('",
      std::string(1, kind), "', ", owner, ")) d WHERE d.grantee = ", owner,
      " AND NOT EXISTS (SELECT 1 FROM aclexplode(", acl, ") x WHERE x.grantee = ", owner,
      " AND x.privilege_type = d.privilege_type)), '') END");
}

void ParseOwnedGrants(const pqxx::field& f, Common& c) {
  std::vector<std::string> parts = absl::StrSplit(Text(f), '\x1d');
  parts.resize(3);
  c.grants = ParseGrantsText(parts[0]);
  c.owner = parts[1];
  if (!parts[2].empty()) c.owner_revoked = absl::StrSplit(parts[2], kRecordSep);
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
    if (absl::Status s = internal::ReadDefinedObjects(tx_, filter_, options_.schemas.empty(), catalog_, defined_refs_);
        !s.ok()) {
      return s;
    }
    internal::ReadOperatorKinds(tx_, filter_, catalog_, defined_refs_);
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
        options_.schemas.empty()
            ? std::string(
                  // Database-wide: only when the whole database is compared.
                  // Readable but for its connection string, which is not selected.
                  " UNION ALL SELECT 'subscription', s.subname FROM pg_subscription s"
                  "  WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())")
            : std::string(),
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

  Common MakeCommon(Kind kind, const std::string& schema, const std::string& name,
                    std::string id) {
    Common c;
    c.ref = ObjectRef{kind, std::move(id)};
    c.schema = schema;
    c.name = name;
    return c;
  }

  void ReadSchemas() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT n.oid, n.nspname, ", Description("n.oid", "pg_namespace"), ", ",
        OwnedGrantsExpr("n.nspacl", 'n', "n.nspowner"), " FROM pg_namespace n WHERE ", filter_,
        " AND ", NotExtensionMember("pg_namespace", "n"), " ORDER BY n.nspname"));
    for (const pqxx::row& row : rows) {
      const std::string name = row[1].as<std::string>();
      Schema s{MakeCommon(Kind::kSchema, "", name, pg::QuoteIdent(name))};
      s.c.comment = OptionalText(row[2]);
      ParseOwnedGrants(row[3], s.c);
      namespace_refs_[row[0].as<uint32_t>()] = s.c.ref;
      catalog_.schemas.push_back(std::move(s));
    }
  }

  void ReadExtensions() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT e.oid, e.extname, n.nspname, e.extversion, obj_description(e.oid, "
        "'pg_extension') FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname <> 'plpgsql' AND ", filter_, " ORDER BY e.extname"));
    for (const pqxx::row& row : rows) {
      const std::string name = row[1].as<std::string>();
      Extension e{MakeCommon(Kind::kExtension, row[2].as<std::string>(), name,
                             pg::QuoteIdent(name)),
                  row[3].as<std::string>()};
      e.c.comment = OptionalText(row[4]);
      extension_refs_[row[0].as<uint32_t>()] = e.c.ref;
      catalog_.extensions.push_back(std::move(e));
    }
  }

  void ReadCollations() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT c.oid, n.nspname, c.collname, c.collprovider, c.collcollate, c.collctype,"
        " ", dialect_.collation_locale, ", c.collisdeterministic, ", Description("c.oid", "pg_collation"), ","
        " ", dialect_.collation_rules,
        " FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace WHERE ", filter_,
        " AND ", NotExtensionMember("pg_collation", "c"), " ORDER BY 2, 3"));
    for (const pqxx::row& row : rows) {
      const std::string schema = row[1].as<std::string>(), name = row[2].as<std::string>();
      Collation coll{MakeCommon(Kind::kCollation, schema, name, QName(schema, name)), ""};
      const std::string provider = row[3].as<std::string>();
      std::vector<std::string> opts;
      opts.push_back(absl::StrCat("provider = ", provider == "i"   ? "icu"
                                                 : provider == "c" ? "libc"
                                                 : provider == "b" ? "builtin"
                                                                   : "default"));
      if (provider == "i" || provider == "b") {
        opts.push_back(absl::StrCat("locale = ", pg::QuoteLiteral(Text(row[6]))));
      } else {
        opts.push_back(absl::StrCat("lc_collate = ", pg::QuoteLiteral(Text(row[4]))));
        opts.push_back(absl::StrCat("lc_ctype = ", pg::QuoteLiteral(Text(row[5]))));
      }
      if (!row[9].is_null()) opts.push_back(absl::StrCat("rules = ", pg::QuoteLiteral(Text(row[9]))));
      if (!row[7].as<bool>()) opts.push_back("deterministic = false");
      coll.definition = absl::StrJoin(opts, ", ");
      coll.c.comment = OptionalText(row[8]);
      collation_refs_[row[0].as<uint32_t>()] = coll.c.ref;
      catalog_.collations.push_back(std::move(coll));
    }
  }

  void ReadTypes() {
    // Enums, domains, composite and range types in one query; domain checks aggregated.
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT t.oid, n.nspname, t.typname, t.typtype, ", Description("t.oid", "pg_type"), ", ",
        OwnedGrantsExpr("t.typacl", 'T', "t.typowner"), ","
        " (SELECT string_agg(e.enumlabel, E'\\x1e' ORDER BY e.enumsortorder) FROM pg_enum e"
        "   WHERE e.enumtypid = t.oid),"
        " format_type(t.typbasetype, t.typtypmod), t.typnotnull,"
        " pg_get_expr(t.typdefaultbin, 0),"
        " (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname) FROM pg_collation co"
        "   JOIN pg_namespace cn ON cn.oid = co.collnamespace"
        "   WHERE co.oid = t.typcollation AND t.typcollation <> coalesce(("
        "   SELECT bt.typcollation FROM pg_type bt WHERE bt.oid = t.typbasetype), 0)),"
        " (SELECT string_agg(quote_ident(k.conname) || E'\\x1f' || pg_get_constraintdef(k.oid),"
        // From 17 a domain's NOT NULL is also a constraint row (contype 'n'); typnotnull has it.
        "   E'\\x1e' ORDER BY k.conname) FROM pg_constraint k WHERE k.contypid = t.oid"
        "   AND k.contype <> 'n'),"
        " (SELECT string_agg(quote_ident(a.attname) || E'\\x1f' || format_type(a.atttypid, a.atttypmod)"
        "   || CASE WHEN a.attcollation <> 0 AND a.attcollation <> (SELECT at.typcollation FROM"
        "   pg_type at WHERE at.oid = a.atttypid) THEN ' COLLATE ' || (SELECT"
        "   quote_ident(cn.nspname) || '.' || quote_ident(co.collname) FROM pg_collation co JOIN"
        "   pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) ELSE '' END,"
        "   E'\\x1e' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = t.typrelid"
        "   AND a.attnum > 0 AND NOT a.attisdropped),"
        " (SELECT 'SUBTYPE = ' || format_type(r.rngsubtype, NULL)"
        "   || CASE WHEN r.rngsubopc <> (SELECT o.oid FROM pg_opclass o WHERE o.opcmethod ="
        "   (SELECT oid FROM pg_am WHERE amname = 'btree') AND o.opcintype = r.rngsubtype AND"
        "   o.opcdefault LIMIT 1) THEN ', SUBTYPE_OPCLASS = ' || (SELECT quote_ident(o.opcname)"
        "   FROM pg_opclass o WHERE o.oid = r.rngsubopc) ELSE '' END"
        "   || CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> (SELECT st.typcollation FROM"
        "   pg_type st WHERE st.oid = r.rngsubtype) THEN ', COLLATION = ' || r.rngcollation::regcollation::text ELSE '' END"
        "   || CASE WHEN r.rngcanonical <> 0 THEN ', CANONICAL = ' || r.rngcanonical::regproc::text ELSE '' END"
        "   || CASE WHEN r.rngsubdiff <> 0 THEN ', SUBTYPE_DIFF = ' || r.rngsubdiff::regproc::text ELSE '' END"
        // Qualified: unqualified, CREATE TYPE would put it in the first schema of search_path.
        "   || ', MULTIRANGE_TYPE_NAME = ' || format_type(mt.oid, NULL)"
        "   FROM pg_range r JOIN pg_type mt ON mt.oid = r.rngmultitypid WHERE r.rngtypid = t.oid),"
        // A domain's NOT NULL has a row, and a name, from 17 (none before: NULL).
        " (SELECT k.conname FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'n'),"
        // Comments on a composite type's attributes, as COMMENT ON COLUMN sets them.
        " (SELECT string_agg(a.attname || E'\\x1f' || d.description, E'\\x1e' ORDER BY a.attnum)"
        "   FROM pg_attribute a JOIN pg_description d ON d.objoid = a.attrelid AND d.objsubid = a.attnum"
        "   AND d.classoid = 'pg_class'::regclass WHERE a.attrelid = t.typrelid AND a.attnum > 0"
        "   AND NOT a.attisdropped),"
        // Base types: what CREATE TYPE needs besides the settings below; a default not said.
        " CASE WHEN t.typtype = 'b' THEN concat_ws(', ', 'INPUT = ' || t.typinput::regproc::text,"
        "  'OUTPUT = ' || t.typoutput::regproc::text,"
        "  'INTERNALLENGTH = ' || CASE WHEN t.typlen = -1 THEN 'VARIABLE' ELSE t.typlen::text END,"
        "  CASE WHEN t.typbyval THEN 'PASSEDBYVALUE' END,"
        "  'ALIGNMENT = ' || CASE t.typalign WHEN 'c' THEN 'char' WHEN 's' THEN 'int2'"
        "   WHEN 'i' THEN 'int4' ELSE 'double' END,"
        "  CASE WHEN t.typcategory <> 'U' THEN 'CATEGORY = ' || quote_literal(t.typcategory::text) END,"
        "  CASE WHEN t.typispreferred THEN 'PREFERRED = true' END,"
        "  CASE WHEN t.typdefault IS NOT NULL THEN 'DEFAULT = ' || quote_literal(t.typdefault) END,"
        "  CASE WHEN t.typelem <> 0 THEN 'ELEMENT = ' || format_type(t.typelem, NULL) END,"
        "  CASE WHEN t.typdelim <> ',' THEN 'DELIMITER = ' || quote_literal(t.typdelim::text) END,"
        "  CASE WHEN t.typcollation <> 0 THEN 'COLLATABLE = true' END) END,"
        " CASE WHEN t.typtype = 'b' THEN concat_ws(E'\\x1e',"
        "  ", BaseTypeSetting("RECEIVE", "t.typreceive"), ", ", BaseTypeSetting("SEND", "t.typsend"), ","
        "  ", BaseTypeSetting("TYPMOD_IN", "t.typmodin"), ", ", BaseTypeSetting("TYPMOD_OUT", "t.typmodout"), ","
        "  ", BaseTypeSetting("ANALYZE", "t.typanalyze"), ", ", BaseTypeSetting("SUBSCRIPT", "t.typsubscript"), ","
        "  'STORAGE' || E'\\x1f' || CASE t.typstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external'"
        "   WHEN 'm' THEN 'main' ELSE 'extended' END) END"
        " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
        " WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND"
        "  (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')"
        // A base type's array (_name) is made and dropped with it.
        "  OR (t.typtype = 'b' AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid))"
        " ) AND ", filter_, " AND ", NotExtensionMember("pg_type", "t"), " ORDER BY 2, 3"));
    for (const pqxx::row& row : rows) {
      const std::string schema = row[1].as<std::string>(), name = row[2].as<std::string>();
      Type t{MakeCommon(Kind::kType, schema, name, QName(schema, name))};
      t.kind = row[3].as<std::string>()[0];
      t.c.comment = OptionalText(row[4]);
      ParseOwnedGrants(row[5], t.c);
      t.labels = SplitRecords(row[6]);
      if (t.kind == 'd') {
        t.definition = row[7].as<std::string>();
        if (!row[10].is_null()) absl::StrAppend(&t.definition, " COLLATE ", Text(row[10]));
        if (!row[9].is_null()) absl::StrAppend(&t.definition, " DEFAULT ", Text(row[9]));
        if (row[8].as<bool>()) absl::StrAppend(&t.definition, " NOT NULL");
        const std::string nn = Text(row[14]);
        if (!nn.empty() && nn != DefaultNotNullName(name, "")) t.not_null_name = nn;
        for (const std::string& record : SplitRecords(row[11])) {
          std::vector<std::string> parts = absl::StrSplit(record, absl::MaxSplits(kFieldSep, 1));
          if (parts.size() == 2) t.checks.emplace_back(parts[0], parts[1]);
        }
      } else if (t.kind == 'c') {
        for (const std::string& record : SplitRecords(row[12])) {
          std::vector<std::string> parts = absl::StrSplit(record, absl::MaxSplits(kFieldSep, 1));
          if (parts.size() == 2) t.attributes.emplace_back(parts[0], parts[1]);
        }
        for (const std::string& entry : SplitRecords(row[15])) {
          std::vector<std::string> parts = absl::StrSplit(entry, absl::MaxSplits(kFieldSep, 1));
          if (parts.size() == 2) t.attribute_comments[parts[0]] = parts[1];
        }
      } else if (t.kind == 'r') {
        t.definition = Text(row[13]);
      } else if (t.kind == 'b') {
        t.definition = Text(row[16]);
        for (const std::string& record : SplitRecords(row[17])) {
          std::vector<std::string> parts = absl::StrSplit(record, absl::MaxSplits(kFieldSep, 1));
          if (parts.size() == 2) t.settings.emplace_back(parts[0], parts[1]);
        }
      }
      type_refs_[row[0].as<uint32_t>()] = t.c.ref;
      catalog_.types.push_back(std::move(t));
    }
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

  void ReadRelations() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence,"
        " ", Description("c.oid", "pg_class"), ", ", OwnedGrantsExpr("c.relacl", 'r', "c.relowner"), ","
        " array_to_string(c.reloptions || (SELECT array_agg('toast.' || o) FROM pg_class tc,"
        "  unnest(tc.reloptions) o WHERE tc.oid = c.reltoastrelid), E'\\x1e'),"
        " CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,"
        " CASE WHEN c.relispartition THEN (SELECT quote_ident(pn.nspname) || '.' ||"
        "  quote_ident(pc.relname) FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent"
        "  JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid) END,"
        " pg_get_expr(c.relpartbound, c.oid),"
        " CASE WHEN NOT c.relispartition THEN (SELECT string_agg(quote_ident(pn.nspname) || '.'"
        "  || quote_ident(pc.relname), E'\\x1e' ORDER BY i.inhseqno) FROM pg_inherits i"
        "  JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON"
        "  pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid) END,"
        " c.relreplident, (SELECT quote_ident(ic.relname) FROM pg_index x JOIN pg_class ic ON"
        "  ic.oid = x.indexrelid WHERE x.indrelid = c.oid AND x.indisreplident),"
        " c.relrowsecurity, c.relforcerowsecurity,"
        " CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,"
        " c.relispopulated, (SELECT amname FROM pg_am WHERE oid = c.relam AND amname <> 'heap'),"
        " CASE WHEN c.reloftype <> 0 THEN format_type(c.reloftype, NULL) END,"
        " (SELECT quote_ident(s.srvname) FROM pg_foreign_table ft JOIN pg_foreign_server s"
        "  ON s.oid = ft.ftserver WHERE ft.ftrelid = c.oid),"
        " (SELECT array_to_string(ft.ftoptions, E'\\x1e') FROM pg_foreign_table ft WHERE ft.ftrelid = c.oid),"
        " ", Tablespace("c.reltablespace"),
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ", filter_, " AND ",
        NotExtensionMember("pg_class", "c"), " ORDER BY 2, 3"));
    for (const pqxx::row& row : rows) {
      const std::string schema = row[1].as<std::string>(), name = row[2].as<std::string>();
      const char relkind = row[3].as<std::string>()[0];
      const uint32_t oid = row[0].as<uint32_t>();
      std::vector<std::string> options = SplitRecords(row[7]);
      if (relkind == 'v' || relkind == 'm') {
        View v{MakeCommon(Kind::kView, schema, name, QName(schema, name))};
        v.materialized = relkind == 'm';
        v.c.comment = OptionalText(row[5]);
        ParseOwnedGrants(row[6], v.c);
        v.options = std::move(options);
        v.definition = Text(row[16]);
        v.populated = row[17].as<bool>();
        v.tablespace = Text(row[22]);
        class_refs_[oid] = v.c.ref;
        relation_names_[oid] = QName(schema, name);
        relation_schemas_[oid] = schema;
        catalog_.views.push_back(std::move(v));
        continue;
      }
      Table t{MakeCommon(Kind::kTable, schema, name, QName(schema, name))};
      t.kind = relkind;
      t.unlogged = row[4].as<std::string>() == "u";
      t.c.comment = OptionalText(row[5]);
      ParseOwnedGrants(row[6], t.c);
      t.options = std::move(options);
      t.partition_key = Text(row[8]);
      t.partition_of = Text(row[9]);
      t.partition_bound = Text(row[10]);
      t.inherits = SplitRecords(row[11]);
      // A foreign table says NOTHING, which it cannot be asked for: it has no local rows.
      t.replica_identity = relkind == 'f' ? 'd' : row[12].as<std::string>()[0];
      t.replica_identity_index = Text(row[13]);
      t.rls_enabled = row[14].as<bool>();
      t.rls_forced = row[15].as<bool>();
      t.access_method = Text(row[18]);
      t.of_type = Text(row[19]);
      t.foreign_server = Text(row[20]);
      t.foreign_options = SplitRecords(row[21]);
      t.tablespace = Text(row[22]);
      class_refs_[oid] = t.c.ref;
      relation_names_[oid] = QName(schema, name);
      relation_names_bare_[oid] = name;
      relation_schemas_[oid] = schema;
      table_index_[oid] = catalog_.tables.size();
      catalog_.tables.push_back(std::move(t));
    }
  }

  void ReadColumns() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),"
        // pg_get_expr with a relation opens it to name its columns (a relcache build per
        // table, ~40 us); a default that reads no column (now(), a constant, nextval) renders
        // the same without one, ~8x cheaper. Generated expressions do read columns.
        " a.attnotnull, pg_get_expr(d.adbin, CASE WHEN d.adbin::text LIKE '%{VAR %'"
        "  THEN d.adrelid ELSE 0 END), a.attidentity, a.attgenerated,"
        " CASE WHEN a.attcollation <> t.typcollation THEN (SELECT quote_ident(cn.nspname) || '.'"
        "  || quote_ident(co.collname) FROM pg_collation co JOIN pg_namespace cn ON"
        "  cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,"
        " CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END, a.attcompression,"
        // NULL means the default from 17 on, -1 before.
        // Debian's 15.20 stamps every new column with a server-managed pg_attver=N that no
        // ALTER sets or resets and pg_dump leaves out: not part of the schema.
        " coalesce(a.attstattarget, -1), CASE WHEN a.attoptions IS NULL THEN '' ELSE"
        "  array_to_string(ARRAY(SELECT o FROM unnest(a.attoptions) o"
        "  WHERE o NOT LIKE 'pg\\_attver=%'), ',') END, a.attislocal,"
        " dsc.description, ",
        GrantsExpr("a.attacl", 'c', "c.relowner"), ", c.relkind, d.oid,"
        " CASE WHEN a.attidentity <> '' THEN (SELECT concat_ws(' ',"
        "  CASE WHEN s.seqstart <> CASE WHEN s.seqincrement > 0 THEN s.seqmin ELSE s.seqmax END"
        "   THEN 'START WITH ' || s.seqstart END,"
        "  CASE WHEN s.seqincrement <> 1 THEN 'INCREMENT BY ' || s.seqincrement END,"
        "  CASE WHEN s.seqmin <> CASE WHEN s.seqincrement > 0 THEN 1 ELSE CASE s.seqtypid"
        "   WHEN 'int2'::regtype THEN -32768 WHEN 'int4'::regtype THEN -2147483648"
        "   ELSE -9223372036854775808 END END THEN 'MINVALUE ' || s.seqmin END,"
        "  CASE WHEN s.seqmax <> CASE WHEN s.seqincrement < 0 THEN -1 ELSE CASE s.seqtypid"
        "   WHEN 'int2'::regtype THEN 32767 WHEN 'int4'::regtype THEN 2147483647"
        "   ELSE 9223372036854775807 END END THEN 'MAXVALUE ' || s.seqmax END,"
        "  CASE WHEN s.seqcache <> 1 THEN 'CACHE ' || s.seqcache END,"
        "  CASE WHEN s.seqcycle THEN 'CYCLE' END) || E'\\x1f' || sn.nspname || E'\\x1f' || sc.relname"
        "  FROM pg_depend dd JOIN pg_sequence s ON s.seqrelid = dd.objid"
        "  JOIN pg_class sc ON sc.oid = s.seqrelid JOIN pg_namespace sn ON sn.oid = sc.relnamespace"
        "  WHERE dd.refclassid = 'pg_class'::regclass AND dd.refobjid = a.attrelid"
        "  AND dd.refobjsubid = a.attnum AND dd.deptype = 'i'"
        "  AND dd.classid = 'pg_class'::regclass) END, ",
        dialect_.not_null_column, ", format_type(a.atttypid, NULL),"
        " array_to_string(a.attfdwoptions, E'\\x1e')"
        " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid"
        " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        " LEFT JOIN pg_description dsc ON dsc.objoid = a.attrelid AND"
        "  dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = a.attnum"
        // Relations of extensions were left out by ReadRelations; their columns are skipped
        // below rather than tested here row by row.
        " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
        " AND ", filter_, " ORDER BY a.attrelid, a.attnum"));
    for (const pqxx::row& row : rows) {
      const uint32_t relid = row[0].as<uint32_t>();
      if (!relation_names_.count(relid)) continue;
      const std::string name = row[2].as<std::string>();
      const char relkind = row[16].as<std::string>()[0];
      const std::string id = absl::StrCat(relation_names_[relid], ".", pg::QuoteIdent(name));
      column_refs_[ColumnKey(relid, row[1].as<int>())] = ObjectRef{Kind::kColumn, id};
      if (relkind == 'v' || relkind == 'm') {
        ViewColumns& view = view_columns_[relid];
        if (!row[14].is_null()) view.comments[name] = row[14].as<std::string>();
        if (!row[5].is_null()) view.defaults[name] = row[5].as<std::string>();
        std::vector<Grant> grants = ParseGrants(row[15]);
        if (!grants.empty()) view.grants[name] = std::move(grants);
        // What the default uses is what the view's node waits for.
        if (!row[17].is_null()) attrdef_refs_[row[17].as<uint32_t>()] = ObjectRef{Kind::kView, relation_names_[relid]};
        continue;
      }
      Column col;
      col.name = name;
      col.type = row[3].as<std::string>();
      col.not_null = row[4].as<bool>();
      col.default_expr = OptionalText(row[5]);
      const std::string identity = Text(row[6]);
      col.identity = identity.empty() ? 0 : identity[0];
      col.generated = Text(row[7]) == "s" || Text(row[7]) == "v";
      col.virtual_generated = Text(row[7]) == "v";
      col.collation = Text(row[8]);
      const std::string storage = Text(row[9]);
      if (!storage.empty()) {
        col.storage = storage == "p" ? "PLAIN" : storage == "e" ? "EXTERNAL"
                      : storage == "m" ? "MAIN" : "EXTENDED";
      }
      const std::string compression = Text(row[10]);
      if (compression == "p") col.compression = "pglz";
      if (compression == "l") col.compression = "lz4";
      col.statistics = row[11].as<int>();
      col.options = Text(row[12]);
      col.inherited_only = !row[13].as<bool>();
      col.comment = OptionalText(row[14]);
      col.grants = ParseGrants(row[15]);
      col.type_name = Text(row[20]);
      col.fdw_options = SplitRecords(row[21]);
      if (!row[18].is_null()) {
        // "options\x1fsequence schema\x1fsequence name": the name is said when it is not
        // the one PostgreSQL would choose.
        const std::vector<std::string> parts = absl::StrSplit(row[18].as<std::string>(), kFieldSep);
        col.identity_options = parts[0];
        if (parts.size() == 3 && (parts[1] != relation_schemas_[relid] ||
                                  parts[2] != DefaultIdentitySequenceName(relation_names_bare_[relid], name))) {
          col.identity_options = absl::StrCat("SEQUENCE NAME ", QName(parts[1], parts[2]),
                                              col.identity_options.empty() ? "" : " ", col.identity_options);
        }
      }
      if (!row[19].is_null()) {
        // Only a local constraint's name is the table's own; an inherited one carries the
        // parent's, kept in not_null_constraint for renames after a detach.
        const std::vector<std::string> nn = absl::StrSplit(row[19].as<std::string>(), kFieldSep);
        if (nn.size() == 4) {
          col.not_null_constraint = nn[0];
          col.not_null_valid = nn[1] == "t";
          col.not_null_no_inherit = nn[2] == "t";
          const std::string table_name = relation_names_bare_[relid];
          if (nn[3] == "t" && nn[0] != DefaultNotNullName(table_name, name)) col.not_null_name = nn[0];
        }
      }
      if (!row[17].is_null()) attrdef_refs_[row[17].as<uint32_t>()] = ObjectRef{Kind::kColumn, id};
      auto it = table_index_.find(relid);
      if (it != table_index_.end()) catalog_.tables[it->second].columns.push_back(std::move(col));
    }
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
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT c.oid, n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart,"
        " s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, c.relpersistence,"
        " ", Description("c.oid", "pg_class"), ", ", OwnedGrantsExpr("c.relacl", 's', "c.relowner"), ","
        " (SELECT quote_ident(tn.nspname) || '.' || quote_ident(tc.relname) || '.' ||"
        "  quote_ident(ta.attname) FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid"
        "  JOIN pg_namespace tn ON tn.oid = tc.relnamespace JOIN pg_attribute ta ON"
        "  ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid WHERE d.objid = c.oid AND"
        "  d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND"
        "  d.deptype = 'a' AND d.refobjsubid > 0)"
        " FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND ", filter_,
        " AND ", NotExtensionMember("pg_class", "c"),
        // Identity columns' sequences are part of their column.
        " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND"
        "  d.classid = 'pg_class'::regclass AND d.deptype = 'i')"
        " ORDER BY 2, 3"));
    for (const pqxx::row& row : rows) {
      const std::string schema = row[1].as<std::string>(), name = row[2].as<std::string>();
      Sequence s{MakeCommon(Kind::kSequence, schema, name, QName(schema, name))};
      s.type = row[3].as<std::string>();
      s.start = row[4].as<int64_t>();
      s.increment = row[5].as<int64_t>();
      s.min = row[6].as<int64_t>();
      s.max = row[7].as<int64_t>();
      s.cache = row[8].as<int64_t>();
      s.cycle = row[9].as<bool>();
      s.unlogged = row[10].as<std::string>() == "u";
      s.c.comment = OptionalText(row[11]);
      ParseOwnedGrants(row[12], s.c);
      s.owned_by = OptionalText(row[13]);
      class_refs_[row[0].as<uint32_t>()] = s.c.ref;
      catalog_.sequences.push_back(std::move(s));
    }
  }

  TablePart MakePart(Kind kind, uint32_t relid, const std::string& name) {
    const std::string& table = relation_names_[relid];
    TablePart p{MakeCommon(kind, relation_schemas_[relid], name,
                           absl::StrCat(table, ".", pg::QuoteIdent(name)))};
    p.table = table;
    return p;
  }

  void ReadConstraints() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT k.oid, k.conrelid, k.conname, k.contype, pg_get_constraintdef(k.oid),"
        " k.convalidated, ", Description("k.oid", "pg_constraint"), ", k.conindid,"
        " c.relkind, ", dialect_.constraint_enforced, ", ", dialect_.constraint_period, ","
        " (SELECT pk.conname FROM pg_constraint pk WHERE pk.oid = k.conparentid),"
        // A foreign key's conindid is the referenced table's index: not its own.
        " CASE WHEN k.contype IN ('p', 'u', 'x') THEN ",
        Tablespace("(SELECT i.reltablespace FROM pg_class i WHERE i.oid = k.conindid)"), " END"
        " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        // A partition's keys and foreign keys attached to its parent's are read with their
        // names (the plan keeps them; DETACH leaves them standalone). Not the rows a foreign
        // key to a partitioned table keeps per referenced partition: those are on the
        // parent's own table. Other inherited constraints come with the parent's.
        " WHERE ((k.contype IN ('p', 'u', 'f', 'c', 'x') AND k.conislocal AND k.conparentid = 0)"
        "  OR (k.contype IN ('p', 'u', 'x') AND k.conparentid <> 0)"
        "  OR (k.contype = 'f' AND k.conparentid <> 0 AND k.conrelid <>"
        "   (SELECT pk.conrelid FROM pg_constraint pk WHERE pk.oid = k.conparentid)))"
        " AND ", filter_, " ORDER BY k.conrelid, k.conname"));
    for (const pqxx::row& row : rows) {
      const uint32_t relid = row[1].as<uint32_t>();
      if (!table_index_.count(relid)) continue;
      TablePart p = MakePart(Kind::kConstraint, relid, row[2].as<std::string>());
      p.constraint_type = row[3].as<std::string>()[0];
      p.definition = row[4].as<std::string>();
      p.valid = row[5].as<bool>();
      p.c.comment = OptionalText(row[6]);
      p.on_partitioned = row[8].as<std::string>() == "p";
      p.enforced = row[9].as<bool>();
      p.period = row[10].as<bool>();
      p.attached_to = Text(row[11]);
      p.tablespace = Text(row[12]);
      constraint_refs_[row[0].as<uint32_t>()] = p.c.ref;
      const uint32_t index = row[7].as<uint32_t>();
      if (index != 0 && p.constraint_type != 'f') class_refs_[index] = p.c.ref;
      catalog_.parts.push_back(std::move(p));
    }
  }

  void ReadIndexes() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT x.indexrelid, x.indrelid, ic.relname, pg_get_indexdef(x.indexrelid),"
        " x.indisclustered, ", Description("x.indexrelid", "pg_class"), ", tc.relkind,"
        // Statistics targets of expression columns (ALTER INDEX ... SET STATISTICS).
        " (SELECT string_agg(a.attnum || ' ' || a.attstattarget, ',' ORDER BY a.attnum)"
        "  FROM pg_attribute a WHERE a.attrelid = x.indexrelid AND a.attstattarget >= 0),"
        " (SELECT pc.relname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent"
        "  WHERE i.inhrelid = x.indexrelid), ", Tablespace("ic.reltablespace"),
        " FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid"
        " JOIN pg_class tc ON tc.oid = x.indrelid JOIN pg_namespace n ON n.oid = ic.relnamespace"
        " WHERE ", filter_,
        " AND x.indexrelid NOT IN (SELECT k.conindid FROM pg_constraint k"
        "  WHERE k.contype IN ('p', 'u', 'x'))"
        " ORDER BY 2, 3"));
    for (const pqxx::row& row : rows) {
      const uint32_t relid = row[1].as<uint32_t>();
      if (!relation_names_.count(relid)) continue;
      TablePart p = MakePart(Kind::kIndex, relid, row[2].as<std::string>());
      p.definition = row[3].as<std::string>();
      p.clustered = row[4].as<bool>();
      p.c.comment = OptionalText(row[5]);
      p.on_partitioned = row[6].as<std::string>() == "p";
      if (!row[7].is_null()) absl::StrAppend(&p.definition, "\x1f", row[7].as<std::string>());
      p.attached_to = Text(row[8]);
      p.tablespace = Text(row[9]);
      class_refs_[row[0].as<uint32_t>()] = p.c.ref;
      catalog_.parts.push_back(std::move(p));
    }
  }

  void ReadFunctions() {
    // An ordered-set aggregate's arguments come out as "direct ORDER BY aggregated"
    // (pg_get_function_arguments), so its CREATE AGGREGATE below needs no more than the
    // options; HYPOTHETICAL marks the hypothetical-set ones.
    const std::string default_modify = "CASE WHEN a.aggkind = 'n' THEN 'r' ELSE 'w' END";
    auto modify_word = [](const char* column) {
      return absl::StrCat("CASE ", column, " WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'"
                          " ELSE 'READ_WRITE' END");
    };
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT p.oid, n.nspname, p.proname, p.prokind,"
        " pg_get_function_identity_arguments(p.oid), pg_get_function_arguments(p.oid),"
        " pg_get_function_result(p.oid),"
        " CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) ELSE"
        "  (SELECT 'CREATE AGGREGATE ' || quote_ident(n.nspname) || '.' || quote_ident(p.proname) ||"
        "   '(' || pg_get_function_arguments(p.oid) || ') (' || concat_ws(', ',"
        "   'SFUNC = ' || a.aggtransfn::regproc::text, 'STYPE = ' || format_type(a.aggtranstype, NULL),"
        "   CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,"
        "   CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::regproc::text END,"
        "   CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,"
        // Said when not the default of the aggregate's kind (READ_ONLY for plain ones,
        // READ_WRITE for ordered-set ones), with or without a final function, as pg_dump does.
        "   CASE WHEN a.aggfinalmodify <> ", default_modify, " THEN 'FINALFUNC_MODIFY = ' || ",
        modify_word("a.aggfinalmodify"), " END,"
        "   CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::regproc::text END,"
        "   CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::regproc::text END,"
        "   CASE WHEN a.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || a.aggdeserialfn::regproc::text END,"
        "   CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || quote_literal(a.agginitval) END,"
        // Moving-aggregate mode (window frames that shrink): its own state and functions.
        "   CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::regproc::text END,"
        "   CASE WHEN a.aggminvtransfn <> 0 THEN 'MINVFUNC = ' || a.aggminvtransfn::regproc::text END,"
        "   CASE WHEN a.aggmtranstype <> 0 THEN 'MSTYPE = ' || format_type(a.aggmtranstype, NULL) END,"
        "   CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,"
        "   CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::regproc::text END,"
        "   CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,"
        "   CASE WHEN a.aggmfinalmodify <> ", default_modify, " THEN 'MFINALFUNC_MODIFY = ' || ",
        modify_word("a.aggmfinalmodify"), " END,"
        "   CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = ' || quote_literal(a.aggminitval) END,"
        "   CASE WHEN a.aggsortop <> 0 THEN 'SORTOP = ' || (SELECT 'OPERATOR(' || quote_ident(on_.nspname)"
        "    || '.' || o.oprname || ')' FROM pg_operator o JOIN pg_namespace on_ ON on_.oid = o.oprnamespace"
        "    WHERE o.oid = a.aggsortop) END,"
        "   CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END,"
        "   CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END"
        "   ) || ')' FROM pg_aggregate a WHERE a.aggfnoid = p.oid) END,"
        " ", Description("p.oid", "pg_proc"), ", ", OwnedGrantsExpr("p.proacl", 'f', "p.proowner"),
        ", oidvectortypes(p.proargtypes)"
        " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
        " WHERE p.prokind IN ('f', 'p', 'w', 'a') AND ", filter_, " AND ",
        NotExtensionMember("pg_proc", "p"),
        // Range and multirange constructors belong to their type.
        " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND"
        "  d.objid = p.oid AND d.deptype = 'i')"
        " ORDER BY 2, 3, 5"));
    for (const pqxx::row& row : rows) {
      const std::string schema = row[1].as<std::string>(), name = row[2].as<std::string>();
      const std::string identity = row[4].as<std::string>();
      Function f{MakeCommon(Kind::kFunction, schema, name,
                            absl::StrCat(QName(schema, name), "(", identity, ")"))};
      f.kind = row[3].as<std::string>()[0];
      f.identity_args = identity;
      f.arguments = row[5].as<std::string>();
      f.result = Text(row[6]);
      f.definition = row[7].as<std::string>();
      f.c.comment = OptionalText(row[8]);
      ParseOwnedGrants(row[9], f.c);
      f.argument_types = row[10].as<std::string>();
      proc_refs_[row[0].as<uint32_t>()] = f.c.ref;
      catalog_.functions.push_back(std::move(f));
    }
  }

  void ReadTriggers() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT t.oid, t.tgrelid, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled,"
        " ", Description("t.oid", "pg_trigger"), ", c.relkind"
        " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND ", filter_, " ORDER BY 2, 3"));
    for (const pqxx::row& row : rows) {
      const uint32_t relid = row[1].as<uint32_t>();
      if (!relation_names_.count(relid)) continue;
      TablePart p = MakePart(Kind::kTrigger, relid, row[2].as<std::string>());
      p.definition = row[3].as<std::string>();
      p.enabled = row[4].as<std::string>()[0];
      p.c.comment = OptionalText(row[5]);
      p.on_partitioned = row[6].as<std::string>() == "p";
      trigger_refs_[row[0].as<uint32_t>()] = p.c.ref;
      catalog_.parts.push_back(std::move(p));
    }
  }

  void ReadPolicies() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT p.oid, p.polrelid, p.polname, p.polpermissive, p.polcmd,"
        " (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE"
        "  quote_ident(pg_get_userbyid(r)) END, ', ' ORDER BY 1) FROM unnest(p.polroles) r),"
        " pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid),"
        " ", Description("p.oid", "pg_policy"),
        " FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ", filter_, " ORDER BY 2, 3"));
    for (const pqxx::row& row : rows) {
      const uint32_t relid = row[1].as<uint32_t>();
      if (!relation_names_.count(relid)) continue;
      TablePart p = MakePart(Kind::kPolicy, relid, row[2].as<std::string>());
      const std::string cmd = row[4].as<std::string>();
      const std::string command = cmd == "r"   ? "SELECT"
                                  : cmd == "a" ? "INSERT"
                                  : cmd == "w" ? "UPDATE"
                                  : cmd == "d" ? "DELETE"
                                               : "ALL";
      p.definition = absl::StrCat("AS ", row[3].as<bool>() ? "PERMISSIVE" : "RESTRICTIVE",
                                  " FOR ", command, " TO ", Text(row[5]));
      if (!row[6].is_null()) absl::StrAppend(&p.definition, " USING (", Text(row[6]), ")");
      if (!row[7].is_null()) absl::StrAppend(&p.definition, " WITH CHECK (", Text(row[7]), ")");
      p.c.comment = OptionalText(row[8]);
      policy_refs_[row[0].as<uint32_t>()] = p.c.ref;
      catalog_.parts.push_back(std::move(p));
    }
  }

  void ReadRules() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT r.oid, r.ev_class, r.rulename, pg_get_ruledef(r.oid), r.ev_enabled,"
        " ", Description("r.oid", "pg_rewrite"), ", c.relkind"
        " FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class"
        " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ", filter_,
        " AND ", NotExtensionMember("pg_class", "c"), " ORDER BY 2, 3"));
    for (const pqxx::row& row : rows) {
      const uint32_t relid = row[1].as<uint32_t>();
      const uint32_t oid = row[0].as<uint32_t>();
      const std::string relkind = row[6].as<std::string>();
      if (row[2].as<std::string>() == "_RETURN" && (relkind == "v" || relkind == "m")) {
        // A view's query: its dependencies are the view's.
        if (class_refs_.count(relid)) rewrite_refs_[oid] = class_refs_[relid];
        continue;
      }
      if (!relation_names_.count(relid)) continue;
      TablePart p = MakePart(Kind::kRule, relid, row[2].as<std::string>());
      p.definition = row[3].as<std::string>();
      p.enabled = row[4].as<std::string>()[0];
      p.c.comment = OptionalText(row[5]);
      rewrite_refs_[oid] = p.c.ref;
      catalog_.parts.push_back(std::move(p));
    }
  }

  // The plain columns of a statistics object (s), ordered by `order` over pg_attribute a.
  static std::string StatisticsColumns(const std::string& order) {
    return absl::StrCat(
        "(SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY ", order, ") FROM"
        " unnest(s.stxkeys::int2[]) k JOIN pg_attribute a ON a.attrelid = s.stxrelid AND a.attnum = k)");
  }

  // pg_get_statisticsobjdef lists plain columns in attnum order (stxkeys), which differs
  // between databases that added the same columns in another order; the statistics are the
  // same. List them by name instead: CREATE STATISTICS accepts any order.
  static std::string SortStatisticsColumns(const std::string& def, const std::string& by_attnum,
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

  void ReadStatistics() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT s.oid, s.stxrelid, s.stxname, pg_get_statisticsobjdef(s.oid), coalesce(s.stxstattarget, -1),"
        " ", Description("s.oid", "pg_statistic_ext"), ", n.nspname, ",
        StatisticsColumns("a.attnum"), ", ", StatisticsColumns("a.attname COLLATE \"C\""),
        " FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace WHERE ", filter_,
        " ORDER BY 2, 3"));
    for (const pqxx::row& row : rows) {
      const uint32_t relid = row[1].as<uint32_t>();
      if (!relation_names_.count(relid)) continue;
      TablePart p = MakePart(Kind::kStatistics, relid, row[2].as<std::string>());
      p.c.schema = row[6].as<std::string>();
      p.definition = SortStatisticsColumns(row[3].as<std::string>(), Text(row[7]), Text(row[8]));
      const int target = row[4].as<int>();
      if (target >= 0) absl::StrAppend(&p.definition, "\x1fSTATISTICS ", target);
      p.c.comment = OptionalText(row[5]);
      statistic_refs_[row[0].as<uint32_t>()] = p.c.ref;
      catalog_.parts.push_back(std::move(p));
    }
  }

  void ReadEventTriggers() {
    if (!options_.schemas.empty()) return;  // not in any schema: only with the whole database
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT e.oid, e.evtname, e.evtevent, e.evtfoid::regproc::text, e.evtenabled,"
        " array_to_string(ARRAY(SELECT quote_literal(x) FROM unnest(e.evttags) WITH ORDINALITY u(x, i) ORDER BY i), ', '),"
        " ", Description("e.oid", "pg_event_trigger"),
        " FROM pg_event_trigger e WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE"
        " d.classid = 'pg_event_trigger'::regclass AND d.objid = e.oid AND d.deptype = 'e')"
        " ORDER BY 2"));
    for (const pqxx::row& row : rows) {
      const std::string name = row[1].as<std::string>();
      EventTrigger e{MakeCommon(Kind::kEventTrigger, "", name, pg::QuoteIdent(name))};
      e.definition = absl::StrCat("ON ", row[2].as<std::string>());
      const std::string tags = Text(row[5]);
      if (!tags.empty()) absl::StrAppend(&e.definition, " WHEN TAG IN (", tags, ")");
      absl::StrAppend(&e.definition, " EXECUTE FUNCTION ", row[3].as<std::string>(), "()");
      e.enabled = row[4].as<std::string>()[0];
      e.c.comment = OptionalText(row[6]);
      event_trigger_refs_[row[0].as<uint32_t>()] = e.c.ref;
      catalog_.event_triggers.push_back(std::move(e));
    }
  }

  void ReadDefaultPrivileges() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT CASE WHEN d.defaclrole = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
        " THEN '' ELSE quote_ident(pg_get_userbyid(d.defaclrole)) END,"
        " coalesce((SELECT quote_ident(nspname) FROM pg_namespace WHERE oid = d.defaclnamespace), ''),"
        " d.defaclobjtype,"
        " (SELECT string_agg(CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE"
        "  quote_ident(pg_get_userbyid(a.grantee)) END || E'\\x1f' || a.privilege_type ||"
        "  E'\\x1f' || a.is_grantable::text, E'\\x1e' ORDER BY 1) FROM aclexplode(d.defaclacl) a"
        "  WHERE a.grantee <> d.defaclrole)"
        " FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace"
        " WHERE d.defaclnamespace = 0 OR (", filter_, ") ORDER BY 1, 2, 3"));
    for (const pqxx::row& row : rows) {
      DefaultPrivileges d;
      d.role = row[0].as<std::string>();
      d.in_schema = row[1].as<std::string>();
      d.object_type = row[2].as<std::string>()[0];
      d.c.ref = ObjectRef{Kind::kDefaultPrivileges,
                          absl::StrCat(d.role, "/", d.in_schema, "/", std::string(1, d.object_type))};
      d.c.grants = ParseGrants(row[3]);
      catalog_.default_privileges.push_back(std::move(d));
    }
  }

  void ReadPublications() {
    if (!options_.schemas.empty()) return;  // database-wide: only with the whole database
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT p.oid, p.pubname, p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete,"
        " p.pubtruncate, p.pubviaroot,"
        " (SELECT string_agg(quote_ident(n.nspname) || '.' || quote_ident(c.relname) ||"
        "   coalesce(' (' || (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)"
        "   FROM pg_attribute a WHERE a.attrelid = r.prrelid AND a.attnum = ANY (r.prattrs::int2[]))"
        "   || ')', '') || coalesce(' WHERE (' || pg_get_expr(r.prqual, r.prrelid) || ')', ''),"
        "   ', ' ORDER BY 1) FROM pg_publication_rel r JOIN pg_class c ON c.oid = r.prrelid"
        "   JOIN pg_namespace n ON n.oid = c.relnamespace WHERE r.prpubid = p.oid),"
        " (SELECT string_agg(quote_ident(n.nspname), ', ' ORDER BY 1) FROM pg_publication_namespace pn"
        "   JOIN pg_namespace n ON n.oid = pn.pnnspid WHERE pn.pnpubid = p.oid),"
        " ", Description("p.oid", "pg_publication"), ", ", dialect_.publication_generated,
        " FROM pg_publication p ORDER BY 2"));
    for (const pqxx::row& row : rows) {
      const std::string name = row[1].as<std::string>();
      Publication pub{MakeCommon(Kind::kPublication, "", name, pg::QuoteIdent(name))};
      std::vector<std::string> targets;
      if (row[2].as<bool>()) targets.push_back("ALL TABLES");
      if (!row[8].is_null()) targets.push_back(absl::StrCat("TABLE ", row[8].as<std::string>()));
      if (!row[9].is_null()) targets.push_back(absl::StrCat("TABLES IN SCHEMA ", row[9].as<std::string>()));
      std::vector<std::string> publish;
      const char* kinds[] = {"insert", "update", "delete", "truncate"};
      for (int i = 0; i < 4; ++i) {
        if (row[3 + i].as<bool>()) publish.push_back(kinds[i]);
      }
      if (!targets.empty()) pub.definition = absl::StrCat("FOR ", absl::StrJoin(targets, ", "), " ");
      absl::StrAppend(&pub.definition, "WITH (publish = ", pg::QuoteLiteral(absl::StrJoin(publish, ", ")),
                      ", publish_via_partition_root = ", row[7].as<bool>() ? "true" : "false",
                      // 18; 'n' (none) is what older majors do, so it is left out.
                      Text(row[11]) == "s" ? ", publish_generated_columns = stored" : "", ")");
      pub.c.comment = OptionalText(row[10]);
      publication_refs_[row[0].as<uint32_t>()] = pub.c.ref;
      catalog_.publications.push_back(std::move(pub));
    }
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

  std::optional<ObjectRef> Resolve(const std::string& catalog, uint32_t oid, int subid) {
    auto find = [](const auto& map, uint32_t key) -> std::optional<ObjectRef> {
      auto it = map.find(key);
      if (it == map.end()) return std::nullopt;
      return it->second;
    };
    if (catalog == "pg_class") {
      if (subid != 0 && table_index_.count(oid)) {
        auto it = column_refs_.find(ColumnKey(oid, subid));
        if (it != column_refs_.end()) {
          if (composite_relations_.count(oid)) return composite_relations_[oid];
          return it->second;
        }
      }
      if (composite_relations_.count(oid)) return composite_relations_[oid];
      return find(class_refs_, oid);
    }
    if (catalog == "pg_type") {
      if (auto r = find(type_refs_, oid)) return r;
      return find(type_alias_refs_, oid);
    }
    if (catalog == "pg_proc") return find(proc_refs_, oid);
    if (catalog == "pg_constraint") return find(constraint_refs_, oid);
    if (catalog == "pg_namespace") return find(namespace_refs_, oid);
    if (catalog == "pg_trigger") return find(trigger_refs_, oid);
    if (catalog == "pg_policy") return find(policy_refs_, oid);
    if (catalog == "pg_rewrite") return find(rewrite_refs_, oid);
    if (catalog == "pg_attrdef") return find(attrdef_refs_, oid);
    if (catalog == "pg_collation") return find(collation_refs_, oid);
    if (catalog == "pg_extension") return find(extension_refs_, oid);
    if (catalog == "pg_statistic_ext") return find(statistic_refs_, oid);
    if (catalog == "pg_event_trigger") return find(event_trigger_refs_, oid);
    if (catalog == "pg_publication_rel" || catalog == "pg_publication_namespace") {
      return find(publication_member_refs_, oid);
    }
    if (auto it = defined_refs_.find(catalog); it != defined_refs_.end()) return find(it->second, oid);
    return std::nullopt;
  }

  void ReadDependencies() {
    const pqxx::result rows = tx_.exec(absl::StrCat(
        "SELECT classid::regclass::text, objid, objsubid, refclassid::regclass::text, refobjid,"
        " refobjsubid FROM pg_depend WHERE deptype IN ('n', 'a', 'i') AND objid >= ",
        kFirstUserOid, " AND refobjid >= ", kFirstUserOid));
    for (const pqxx::row& row : rows) {
      const std::optional<ObjectRef> from =
          Resolve(row[0].as<std::string>(), row[1].as<uint32_t>(), row[2].as<int>());
      const std::optional<ObjectRef> to =
          Resolve(row[3].as<std::string>(), row[4].as<uint32_t>(), row[5].as<int>());
      if (!from || !to || *from == *to) continue;
      // OWNED BY is planned as its own step; as an edge it would make a cycle with the
      // column default that calls nextval.
      if (from->kind == Kind::kSequence && to->kind == Kind::kColumn) continue;
      deps_[*from].insert(*to);
    }
    // A function's signature and result types are dependencies pg_depend records too, but
    // the body's references are not: those are covered by recreating on failure (plan).
  }

  void Finish() {
    auto assign = [&](Common& c) {
      auto it = deps_.find(c.ref);
      if (it != deps_.end()) c.depends_on.assign(it->second.begin(), it->second.end());
    };
    for (auto& o : catalog_.schemas) assign(o.c);
    for (auto& o : catalog_.extensions) assign(o.c);
    for (auto& o : catalog_.collations) assign(o.c);
    for (auto& o : catalog_.types) assign(o.c);
    for (auto& o : catalog_.sequences) assign(o.c);
    for (auto& t : catalog_.tables) {
      assign(t.c);
      for (Column& col : t.columns) {
        auto it = deps_.find(ObjectRef{Kind::kColumn,
                                       absl::StrCat(t.c.ref.id, ".", pg::QuoteIdent(col.name))});
        if (it == deps_.end()) continue;
        for (const ObjectRef& d : it->second) {
          if (!(d == t.c.ref)) col.depends_on.push_back(d);
        }
      }
    }
    for (auto& o : catalog_.parts) assign(o.c);
    // The columns of views are not objects of their own: their details belong to the view.
    std::map<ObjectRef, ViewColumns*> view_columns;
    for (auto& [relid, columns] : view_columns_) {
      if (auto it = class_refs_.find(relid); it != class_refs_.end()) view_columns[it->second] = &columns;
    }
    for (auto& v : catalog_.views) {
      assign(v.c);
      auto it = view_columns.find(v.c.ref);
      if (it == view_columns.end()) continue;
      v.column_comments = std::move(it->second->comments);
      v.column_defaults = std::move(it->second->defaults);
      v.column_grants = std::move(it->second->grants);
    }
    for (auto& o : catalog_.functions) assign(o.c);
    for (auto& o : catalog_.event_triggers) assign(o.c);
    for (auto& o : catalog_.publications) assign(o.c);
    for (auto& o : catalog_.defined_objects) assign(o.c);
    std::sort(catalog_.parts.begin(), catalog_.parts.end(),
              [](const TablePart& a, const TablePart& b) { return a.c.ref < b.c.ref; });
  }

  pqxx::transaction_base& tx_;
  const ReadOptions& options_;
  std::string filter_;
  CatalogDialect dialect_;
  Catalog catalog_;
  std::unordered_map<uint32_t, ObjectRef> namespace_refs_, extension_refs_, collation_refs_,
      type_refs_, type_alias_refs_, class_refs_, proc_refs_, constraint_refs_, trigger_refs_,
      policy_refs_, rewrite_refs_, attrdef_refs_, statistic_refs_, event_trigger_refs_,
      publication_refs_, publication_member_refs_,
      composite_relations_;
  std::unordered_map<uint64_t, ObjectRef> column_refs_;
  internal::RefsByCatalog defined_refs_;
  std::unordered_map<uint32_t, std::string> relation_names_, relation_names_bare_, relation_schemas_;
  std::unordered_map<uint32_t, size_t> table_index_;
  // Per view or materialized view: its columns' comments, defaults and privileges.
  struct ViewColumns {
    std::map<std::string, std::string> comments, defaults;
    std::map<std::string, std::vector<Grant>> grants;
  };
  std::unordered_map<uint32_t, ViewColumns> view_columns_;
  std::map<ObjectRef, std::set<ObjectRef>> deps_;
};

}  // namespace

namespace internal {
std::string OwnedGrantsSql(const std::string& acl, char kind, const std::string& owner) {
  return OwnedGrantsExpr(acl, kind, owner);
}
void ParseOwnedGrantsField(const pqxx::field& f, Common& c) { ParseOwnedGrants(f, c); }
std::string NotExtensionMember(const char* catalog, const char* alias) {
  return absl::StrCat("NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '", catalog,
                      "'::regclass AND d.objid = ", alias, ".oid AND d.deptype = 'e')");
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
    return Reader(tx, options).Read();
  } catch (const std::exception& e) {
    return pg::FromException(e, "reading the catalog");
  }
}

}  // namespace schemaservice::catalog
