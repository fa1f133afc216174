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

void ReadRows(pqxx::transaction_base& tx, const std::string& sql, Kind kind, const char* catalog_name,
              Catalog& catalog, RefsByCatalog& refs) {
  for (const pqxx::row& row : tx.exec(sql)) {
    const std::string name = row[1].as<std::string>();
    DefinedObject o{Common{}, row[2].as<std::string>()};
    o.c.ref = ObjectRef{kind, pg::QuoteIdent(name)};
    o.c.name = name;
    if (!row[3].is_null()) o.c.comment = row[3].as<std::string>();
    ParseOwnedGrantsField(row[4], o.c);
    refs[catalog_name][row[0].as<uint32_t>()] = o.c.ref;
    catalog.defined_objects.push_back(std::move(o));
  }
}

}  // namespace

void ReadDefinedObjects(pqxx::transaction_base& tx, Catalog& catalog, RefsByCatalog& refs) {
  // search_path is empty while reading, so regproc renders schema-qualified.
  ReadRows(tx, absl::StrCat(
      "SELECT w.oid, w.fdwname, concat_ws(' ',"
      " CASE WHEN w.fdwhandler <> 0 THEN 'HANDLER ' || w.fdwhandler::regproc::text ELSE 'NO HANDLER' END,"
      " CASE WHEN w.fdwvalidator <> 0 THEN 'VALIDATOR ' || w.fdwvalidator::regproc::text"
      "  ELSE 'NO VALIDATOR' END, ", OptionsSql("w.fdwoptions"), "),"
      " obj_description(w.oid, 'pg_foreign_data_wrapper'), ",
      OwnedGrantsSql("w.fdwacl", 'F', "w.fdwowner"),
      " FROM pg_foreign_data_wrapper w WHERE ", NotExtensionMember("pg_foreign_data_wrapper", "w")),
      Kind::kForeignDataWrapper, "pg_foreign_data_wrapper", catalog, refs);
  ReadRows(tx, absl::StrCat(
      "SELECT s.oid, s.srvname, concat_ws(' ', 'TYPE ' || quote_literal(s.srvtype),"
      " 'VERSION ' || quote_literal(s.srvversion), 'FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname), ",
      OptionsSql("s.srvoptions"), "),"
      " obj_description(s.oid, 'pg_foreign_server'), ",
      OwnedGrantsSql("s.srvacl", 'S', "s.srvowner"),
      " FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw WHERE ",
      NotExtensionMember("pg_foreign_server", "s")),
      Kind::kForeignServer, "pg_foreign_server", catalog, refs);
  std::sort(catalog.defined_objects.begin(), catalog.defined_objects.end(),
            [](const DefinedObject& a, const DefinedObject& b) { return a.c.ref < b.c.ref; });
}

}  // namespace schemaservice::catalog::internal
