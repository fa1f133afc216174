#include "service/catalog/reader_kinds.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "service/pg/quote.h"

namespace schemaservice::catalog::internal {
namespace {

// "OPTIONS (name 'value', ...)" in the order they were given, or nothing.
std::string OptionsSql(const std::string& column) {
  return absl::StrCat(
      "(SELECT 'OPTIONS (' || string_agg(quote_ident(split_part(o, '=', 1)) || ' ' ||"
      " quote_literal(substr(o, strpos(o, '=') + 1)), ', ' ORDER BY i) || ')'"
      " FROM unnest(", column, ") WITH ORDINALITY u(o, i))");
}

// Rows of (oid, schema or NULL, name, definition, comment, OwnedGrantsSql). Identity:
// "schema.name" quoted per part, the quoted name for database-wide kinds, and for a cast its
// name "(source AS target)" as is (format_type has quoted it).
void ReadRows(pqxx::transaction_base& tx, const std::string& sql, Kind kind, const char* catalog_name,
              Catalog& catalog, RefsByCatalog& refs) {
  for (const pqxx::row& row : tx.exec(sql)) {
    const std::string name = row[2].as<std::string>();
    DefinedObject o{Common{}, row[3].as<std::string>()};
    if (!row[1].is_null()) o.c.schema = row[1].as<std::string>();
    const std::string id = kind == Kind::kCast ? name : pg::QuoteIdent(name);
    o.c.ref = ObjectRef{kind, o.c.schema.empty() ? id : absl::StrCat(pg::QuoteIdent(o.c.schema), ".", id)};
    o.c.name = name;
    if (!row[4].is_null()) o.c.comment = row[4].as<std::string>();
    ParseOwnedGrantsField(row[5], o.c);
    refs[catalog_name][row[0].as<uint32_t>()] = o.c.ref;
    catalog.defined_objects.push_back(std::move(o));
  }
}

// "schema.name" of a row of a catalog with a name and a namespace column, quoted per part.
std::string QualifiedSql(const char* catalog, const char* name, const char* nsp, const std::string& oid) {
  return absl::StrCat("(SELECT quote_ident(n_.nspname) || '.' || quote_ident(x_.", name, ") FROM ", catalog,
                      " x_ JOIN pg_namespace n_ ON n_.oid = x_.", nsp, " WHERE x_.oid = ", oid, ")");
}

// Text search objects, in the schemas `filter` (on pg_namespace n) selects.
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

// Foreign data wrappers, servers and casts.
void ReadDatabaseWide(pqxx::transaction_base& tx, Catalog& catalog, RefsByCatalog& refs) {
  // search_path is empty while reading, so regproc renders schema-qualified.
  ReadRows(tx, absl::StrCat(
      "SELECT w.oid, NULL, w.fdwname, concat_ws(' ',"
      " CASE WHEN w.fdwhandler <> 0 THEN 'HANDLER ' || w.fdwhandler::regproc::text ELSE 'NO HANDLER' END,"
      " CASE WHEN w.fdwvalidator <> 0 THEN 'VALIDATOR ' || w.fdwvalidator::regproc::text"
      "  ELSE 'NO VALIDATOR' END, ", OptionsSql("w.fdwoptions"), "),"
      " obj_description(w.oid, 'pg_foreign_data_wrapper'), ",
      OwnedGrantsSql("w.fdwacl", 'F', "w.fdwowner"),
      " FROM pg_foreign_data_wrapper w WHERE ", NotExtensionMember("pg_foreign_data_wrapper", "w")),
      Kind::kForeignDataWrapper, "pg_foreign_data_wrapper", catalog, refs);
  ReadRows(tx, absl::StrCat(
      "SELECT s.oid, NULL, s.srvname, concat_ws(' ', 'TYPE ' || quote_literal(s.srvtype),"
      " 'VERSION ' || quote_literal(s.srvversion), 'FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname), ",
      OptionsSql("s.srvoptions"), "),"
      " obj_description(s.oid, 'pg_foreign_server'), ",
      OwnedGrantsSql("s.srvacl", 'S', "s.srvowner"),
      " FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw WHERE ",
      NotExtensionMember("pg_foreign_server", "s")),
      Kind::kForeignServer, "pg_foreign_server", catalog, refs);
  // User-defined casts. Nothing depends on a cast in pg_depend: an expression that uses one
  // (a view's x::int) records its function or types, so re-creating a cast leaves them be.
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

void ReadDefinedObjects(pqxx::transaction_base& tx, const std::string& filter, bool whole_database,
                        Catalog& catalog, RefsByCatalog& refs) {
  ReadTextSearch(tx, filter, catalog, refs);
  if (whole_database) ReadDatabaseWide(tx, catalog, refs);
  std::sort(catalog.defined_objects.begin(), catalog.defined_objects.end(),
            [](const DefinedObject& a, const DefinedObject& b) { return a.c.ref < b.c.ref; });
}

}  // namespace schemaservice::catalog::internal
