#include "service/catalog/reader_kinds.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "service/pg/quote.h"
#include "service/util/status.h"

namespace schemaservice::catalog::internal {
namespace {

// Rows of (oid, schema or NULL, name, definition, comment, OwnedGrantsSql[, extra[, generic
// options joined by '\x1f']]).
// Identity: "schema.name" quoted per part, the quoted name for database-wide kinds, and for
// a cast, a transform or a user mapping its name as is ("(source AS target)", "FOR type
// LANGUAGE l", "FOR role SERVER s": the query has quoted it).
void ReadRows(pqxx::transaction_base& tx, const std::string& sql, Kind kind, const char* catalog_name,
              Catalog& catalog, RefsByCatalog& refs) {
  const bool rendered = kind == Kind::kCast || kind == Kind::kTransform || kind == Kind::kUserMapping;
  for (const pqxx::row& row : tx.exec(sql)) {
    const std::string name = row[2].as<std::string>();
    DefinedObject o{Common{}, row[3].as<std::string>()};
    if (!row[1].is_null()) o.c.schema = row[1].as<std::string>();
    const std::string id = rendered ? name : pg::QuoteIdent(name);
    o.c.ref = ObjectRef{kind, o.c.schema.empty() ? id : absl::StrCat(pg::QuoteIdent(o.c.schema), ".", id)};
    o.c.name = name;
    if (!row[4].is_null()) o.c.comment = row[4].as<std::string>();
    ParseOwnedGrantsField(row[5], o.c);
    if (row.size() > 6 && !row[6].is_null()) o.extra = row[6].as<std::string>();
    if (row.size() > 7 && !row[7].is_null()) o.options = absl::StrSplit(row[7].as<std::string>(), '\x1f');
    refs[catalog_name][row[0].as<uint32_t>()] = o.c.ref;
    catalog.defined_objects.push_back(std::move(o));
  }
}

// "schema.name" of a row of a catalog with a name and a namespace column, quoted per part.
std::string QualifiedSql(const char* catalog, const char* name, const char* nsp, const std::string& oid) {
  return absl::StrCat("(SELECT quote_ident(n_.nspname) || '.' || quote_ident(x_.", name, ") FROM ", catalog,
                      " x_ JOIN pg_namespace n_ ON n_.oid = x_.", nsp, " WHERE x_.oid = ", oid, ")");
}

// "<words><function>" when the regproc (or oid) `column` names a function, else NULL (for
// concat_ws). search_path is empty while reading, so regproc renders schema-qualified.
// With `cast` regprocedure, the argument types follow the name.
std::string ProcSql(const char* words, const std::string& column, const char* cast = "regproc") {
  return absl::StrCat("CASE WHEN ", column, "::oid <> 0 THEN '", words, "' || ", column, "::", cast, "::text END");
}

// The rows of `catalog` (alias k, namespace column `nsp`) in the schemas `filter` selects,
// made by users and no extension's members.
std::string SchemaRowsSql(const char* catalog, const char* nsp, const std::string& filter) {
  return absl::StrCat(" FROM ", catalog, " k JOIN pg_namespace n ON n.oid = k.", nsp, " WHERE k.oid >= ",
                      kFirstUserOid, " AND ", filter, " AND ", NotExtensionMember(catalog, "k"));
}

// Text search parsers and templates (no owner: their C functions make them superusers'),
// and conversions, in the schemas `filter` (on pg_namespace n) selects.
void ReadParsersTemplatesConversions(pqxx::transaction_base& tx, const std::string& filter, Catalog& catalog,
                                     RefsByCatalog& refs) {
  ReadRows(tx, absl::StrCat(
      "SELECT k.oid, n.nspname, k.prsname, '(' || concat_ws(', ', ", ProcSql("START = ", "k.prsstart"), ", ",
      ProcSql("GETTOKEN = ", "k.prstoken"), ", ", ProcSql("END = ", "k.prsend"), ", ",
      ProcSql("LEXTYPES = ", "k.prslextype"), ", ", ProcSql("HEADLINE = ", "k.prsheadline"), ") || ')',"
      " obj_description(k.oid, 'pg_ts_parser'), NULL", SchemaRowsSql("pg_ts_parser", "prsnamespace", filter)),
      Kind::kTextSearchParser, "pg_ts_parser", catalog, refs);
  ReadRows(tx, absl::StrCat(
      "SELECT k.oid, n.nspname, k.tmplname, '(' || concat_ws(', ', ", ProcSql("INIT = ", "k.tmplinit"), ", ",
      ProcSql("LEXIZE = ", "k.tmpllexize"), ") || ')', obj_description(k.oid, 'pg_ts_template'), NULL",
      SchemaRowsSql("pg_ts_template", "tmplnamespace", filter)),
      Kind::kTextSearchTemplate, "pg_ts_template", catalog, refs);
  ReadRows(tx, absl::StrCat(
      "SELECT k.oid, n.nspname, k.conname, 'FOR ' || quote_literal(pg_encoding_to_char(k.conforencoding)) ||"
      " ' TO ' || quote_literal(pg_encoding_to_char(k.contoencoding)) || ' FROM ' || k.conproc::regproc::text,"
      " obj_description(k.oid, 'pg_conversion'), ", OwnedGrantsSql("NULL::aclitem[]", 'n', "k.conowner"),
      ", CASE WHEN k.condefault THEN 'DEFAULT' END", SchemaRowsSql("pg_conversion", "connamespace", filter)),
      Kind::kConversion, "pg_conversion", catalog, refs);
}

// Text search dictionaries and configurations, in the schemas `filter` (on pg_namespace n)
// selects.
void ReadTextSearch(pqxx::transaction_base& tx, const std::string& filter, Catalog& catalog, RefsByCatalog& refs) {
  // Options in their stored order: it means nothing to a template, but pg_dump shows it, and
  // the planner keeps it.
  ReadRows(tx, absl::StrCat(
      "SELECT td.oid, n.nspname, td.dictname, '(TEMPLATE = ' || ",
      QualifiedSql("pg_ts_template", "tmplname", "tmplnamespace", "td.dicttemplate"),
      " || coalesce(', ' || td.dictinitoption, '') || ')',"
      " obj_description(td.oid, 'pg_ts_dict'), ", OwnedGrantsSql("NULL::aclitem[]", 'n', "td.dictowner"),
      " FROM pg_ts_dict td JOIN pg_namespace n ON n.oid = td.dictnamespace WHERE td.oid >= ", kFirstUserOid,
      " AND ", filter, " AND ", NotExtensionMember("pg_ts_dict", "td")),
      Kind::kTextSearchDictionary, "pg_ts_dict", catalog, refs);
  // One mapping line per token type, its dictionaries in the order they are tried.
  ReadRows(tx, absl::StrCat(
      "SELECT c.oid, n.nspname, c.cfgname, '(PARSER = ' || ",
      QualifiedSql("pg_ts_parser", "prsname", "prsnamespace", "c.cfgparser"), " || ')' || coalesce(("
      "SELECT string_agg(E'\\nADD MAPPING FOR ' || quote_ident(m.alias) || ' WITH ' || m.dicts, '' ORDER BY m.tokid)"
      " FROM (SELECT t.tokid, t.alias, string_agg(",
      QualifiedSql("pg_ts_dict", "dictname", "dictnamespace", "cm.mapdict"), ", ', ' ORDER BY cm.mapseqno) AS dicts"
      "  FROM pg_ts_config_map cm JOIN ts_token_type(c.cfgparser) t ON t.tokid = cm.maptokentype"
      "  WHERE cm.mapcfg = c.oid GROUP BY t.tokid, t.alias) m), ''),"
      " obj_description(c.oid, 'pg_ts_config'), ", OwnedGrantsSql("NULL::aclitem[]", 'n', "c.cfgowner"),
      " FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE c.oid >= ", kFirstUserOid,
      " AND ", filter, " AND ", NotExtensionMember("pg_ts_config", "c")),
      Kind::kTextSearchConfiguration, "pg_ts_config", catalog, refs);
}

// Procedural languages, access methods and transforms.
void ReadLanguagesAndMethods(pqxx::transaction_base& tx, Catalog& catalog, RefsByCatalog& refs) {
  ReadRows(tx, absl::StrCat(
      "SELECT k.oid, NULL, k.lanname, concat_ws(' ', ", ProcSql("HANDLER ", "k.lanplcallfoid"), ", ",
      ProcSql("INLINE ", "k.laninline"), ", ", ProcSql("VALIDATOR ", "k.lanvalidator"), "),"
      " obj_description(k.oid, 'pg_language'), ", OwnedGrantsSql("k.lanacl", 'l', "k.lanowner"),
      ", CASE WHEN k.lanpltrusted THEN 'TRUSTED' END FROM pg_language k WHERE k.oid >= ", kFirstUserOid,
      " AND ", NotExtensionMember("pg_language", "k")),
      Kind::kLanguage, "pg_language", catalog, refs);
  ReadRows(tx, absl::StrCat(
      "SELECT k.oid, NULL, k.amname, 'TYPE ' || CASE k.amtype WHEN 't' THEN 'TABLE' ELSE 'INDEX' END || ' ' || ",
      ProcSql("HANDLER ", "k.amhandler"), ", obj_description(k.oid, 'pg_am'), NULL FROM pg_am k WHERE k.oid >= ",
      kFirstUserOid, " AND ", NotExtensionMember("pg_am", "k")),
      Kind::kAccessMethod, "pg_am", catalog, refs);
  // Functions with their argument types: CREATE TRANSFORM looks them up by signature.
  ReadRows(tx, absl::StrCat(
      "SELECT k.oid, NULL, 'FOR ' || format_type(k.trftype, NULL) || ' LANGUAGE ' ||"
      " (SELECT quote_ident(l.lanname) FROM pg_language l WHERE l.oid = k.trflang),"
      " '(' || concat_ws(', ', ", ProcSql("FROM SQL WITH FUNCTION ", "k.trffromsql", "regprocedure"), ", ",
      ProcSql("TO SQL WITH FUNCTION ", "k.trftosql", "regprocedure"), ") || ')',"
      " obj_description(k.oid, 'pg_transform'), NULL"
      " FROM pg_transform k WHERE k.oid >= ", kFirstUserOid, " AND ", NotExtensionMember("pg_transform", "k")),
      Kind::kTransform, "pg_transform", catalog, refs);
}

// PERMISSION_DENIED: `what` of the objects of `kind` named in `hidden` (one column), which
// PostgreSQL shows `shown_to`, cannot be read by this role.
absl::Status CannotRead(pqxx::transaction_base& tx, const pqxx::result& hidden, const char* kind, const char* what,
                        const char* shown_to) {
  std::vector<std::string> names;
  for (const pqxx::row& row : hidden) names.push_back(absl::StrCat(kind, " ", row[0].as<std::string>()));
  const std::string role = tx.exec1("SELECT current_user")[0].as<std::string>();
  return absl::PermissionDeniedError(absl::StrCat(
      "cannot read ", what, " of ", absl::StrJoin(names, ", "), " as role ", role, ": PostgreSQL shows ", shown_to,
      "; read the database as one of them, or leave database-wide objects out with --schema"));
}

// User mappings, through pg_user_mappings (pg_user_mapping is superusers' only), which
// shows a mapping's options only to superusers, the server's owner (for PUBLIC's and its
// own) and the mapped user: options the reader cannot see fail the read by name, since
// "none" would plan dropping them.
absl::Status ReadUserMappings(pqxx::transaction_base& tx, Catalog& catalog, RefsByCatalog& refs) {
  const std::string id =
      "'FOR ' || CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(m.usename) END || ' SERVER ' ||"
      " quote_ident(m.srvname)";
  // The view's own condition for showing umoptions (system_views.sql).
  const pqxx::result hidden = tx.exec(absl::StrCat(
      "SELECT ", id, " FROM pg_user_mappings m JOIN pg_foreign_server s ON s.oid = m.srvid"
      " WHERE NOT ((m.umuser <> 0 AND m.usename = current_user AND (pg_has_role(s.srvowner, 'USAGE')"
      " OR has_server_privilege(s.oid, 'USAGE'))) OR (m.umuser = 0 AND pg_has_role(s.srvowner, 'USAGE'))"
      " OR coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)) ORDER BY 1"));
  if (!hidden.empty()) {
    return CannotRead(tx, hidden, "user mapping", "the options",
                      "them only to superusers, the server's owner and the mapped user");
  }
  ReadRows(tx, absl::StrCat(
      "SELECT m.umid, NULL, ", id, ", '', NULL, NULL, NULL, array_to_string(m.umoptions, E'\\x1f')"
      " FROM pg_user_mappings m WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid ="
      " 'pg_user_mapping'::regclass AND d.objid = m.umid AND d.deptype = 'e')"),
      Kind::kUserMapping, "pg_user_mapping", catalog, refs);
  return absl::OkStatus();
}

// This database's subscriptions. Their connection strings are readable only by roles with
// SELECT on pg_subscription.subconninfo (superusers, unless granted), and reading the column without the privilege
// would abort the read: without it, subscriptions fail the read by name, since "none" would
// plan dropping them. (pg_subscription is shared, but their comments are in pg_description.)
absl::Status ReadSubscriptions(pqxx::transaction_base& tx, const CatalogDialect& dialect, Catalog& catalog,
                               RefsByCatalog& refs) {
  const std::string mine =
      " FROM pg_subscription s WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())";
  if (!tx.exec1("SELECT has_column_privilege('pg_catalog.pg_subscription', 'subconninfo', 'SELECT')")[0].as<bool>()) {
    const pqxx::result hidden = tx.exec(absl::StrCat("SELECT quote_ident(s.subname)", mine, " ORDER BY 1"));
    if (hidden.empty()) return absl::OkStatus();
    return CannotRead(tx, hidden, "subscription", "the connection string",
                      "it only to roles with SELECT on pg_subscription.subconninfo (superusers, unless granted)");
  }
  ReadRows(tx, absl::StrCat(
      "SELECT s.oid, NULL, s.subname, 'CONNECTION ' || quote_literal(s.subconninfo) || E'\\nPUBLICATION ' ||"
      " (SELECT string_agg(quote_ident(p), ', ' ORDER BY i) FROM unnest(s.subpublications) WITH ORDINALITY u(p, i)),"
      " obj_description(s.oid, 'pg_subscription'), NULL, concat_ws(', ',"
      " 'enabled = ' || s.subenabled, 'slot_name = ' || coalesce(quote_literal(s.subslotname), 'NONE'),"
      " 'binary = ' || s.subbinary, 'streaming = ' || ", dialect.subscription_streaming, ","
      // 'p' is pending: two_phase was asked for, and is enabled once the tables are synced.
      " 'two_phase = ' || (s.subtwophasestate <> 'd'), 'disable_on_error = ' || s.subdisableonerr,"
      " 'synchronous_commit = ' || quote_literal(s.subsynccommit), ", dialect.subscription_newer_options, ")",
      mine),
      Kind::kSubscription, "pg_subscription", catalog, refs);
  return absl::OkStatus();
}

// Foreign data wrappers, servers and casts.
void ReadDatabaseWide(pqxx::transaction_base& tx, Catalog& catalog, RefsByCatalog& refs) {
  // search_path is empty while reading, so regproc renders schema-qualified.
  ReadRows(tx, absl::StrCat(
      "SELECT w.oid, NULL, w.fdwname, concat_ws(' ',"
      " CASE WHEN w.fdwhandler <> 0 THEN 'HANDLER ' || w.fdwhandler::regproc::text ELSE 'NO HANDLER' END,"
      " CASE WHEN w.fdwvalidator <> 0 THEN 'VALIDATOR ' || w.fdwvalidator::regproc::text"
      "  ELSE 'NO VALIDATOR' END),"
      " obj_description(w.oid, 'pg_foreign_data_wrapper'), ",
      OwnedGrantsSql("w.fdwacl", 'F', "w.fdwowner"), ", NULL, array_to_string(w.fdwoptions, E'\\x1f')",
      " FROM pg_foreign_data_wrapper w WHERE ", NotExtensionMember("pg_foreign_data_wrapper", "w")),
      Kind::kForeignDataWrapper, "pg_foreign_data_wrapper", catalog, refs);
  ReadRows(tx, absl::StrCat(
      "SELECT s.oid, NULL, s.srvname, concat_ws(' ', 'TYPE ' || quote_literal(s.srvtype),"
      " 'FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)),"
      " obj_description(s.oid, 'pg_foreign_server'), ",
      OwnedGrantsSql("s.srvacl", 'S', "s.srvowner"), ", 'VERSION ' || quote_literal(s.srvversion),"
      " array_to_string(s.srvoptions, E'\\x1f')",
      " FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw WHERE ",
      NotExtensionMember("pg_foreign_server", "s")),
      Kind::kForeignServer, "pg_foreign_server", catalog, refs);
  // User-defined casts. Nothing depends on a cast in pg_depend: an expression that uses one
  // (a view's x::int) records its function or types; the reader's AddCastUses ties them.
  ReadRows(tx, absl::StrCat(
      "SELECT c.oid, NULL, '(' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ')',"
      " concat_ws(' ', CASE c.castmethod WHEN 'f' THEN 'WITH FUNCTION ' || c.castfunc::regprocedure::text"
      "  WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END,"
      "  CASE c.castcontext WHEN 'a' THEN 'AS ASSIGNMENT' WHEN 'i' THEN 'AS IMPLICIT' END),"
      " obj_description(c.oid, 'pg_cast'), NULL FROM pg_cast c WHERE c.oid >= ", kFirstUserOid,
      " AND ", NotExtensionMember("pg_cast", "c"),
      // A range type's cast to its multirange is part of the type (an internal dependency).
      " AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_cast'::regclass AND i.objid = c.oid"
      " AND i.deptype = 'i')"),
      Kind::kCast, "pg_cast", catalog, refs);
}

}  // namespace

absl::Status ReadDefinedObjects(pqxx::transaction_base& tx, const CatalogDialect& dialect, const std::string& filter,
                                bool whole_database, Catalog& catalog, RefsByCatalog& refs) {
  ReadTextSearch(tx, filter, catalog, refs);
  ReadParsersTemplatesConversions(tx, filter, catalog, refs);
  if (whole_database) {
    ReadDatabaseWide(tx, catalog, refs);
    ReadLanguagesAndMethods(tx, catalog, refs);
    RETURN_IF_ERROR(ReadUserMappings(tx, catalog, refs));
    RETURN_IF_ERROR(ReadSubscriptions(tx, dialect, catalog, refs));
  }
  std::sort(catalog.defined_objects.begin(), catalog.defined_objects.end(),
            [](const DefinedObject& a, const DefinedObject& b) { return a.c.ref < b.c.ref; });
  return absl::OkStatus();
}

}  // namespace schemaservice::catalog::internal
