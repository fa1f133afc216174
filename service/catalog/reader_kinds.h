// service/catalog/reader_kinds.h
//
// Internal to catalog/: reading the kinds kept as DefinedObject (reader_kinds.cc,
// reader_operators.cc), and the helpers of reader.cc they share.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>

#include <pqxx/pqxx>

#include "absl/status/status.h"
#include "service/catalog/catalog.h"
#include "service/catalog/versions.h"

namespace schemaservice::catalog::internal {

// ACL and owner of an object as one text column, and its parse into c.grants, c.owner and
// c.owner_revoked (reader.cc's OwnedGrantsExpr / ParseOwnedGrants).
std::string OwnedGrantsSql(const std::string& acl, char kind, const std::string& owner);
void ParseOwnedGrantsField(const pqxx::field& f, Common& c);
// A condition (parenthesized): the row `alias` of `catalog` is no extension's member.
std::string NotExtensionMember(const char* catalog, const char* alias);

// User objects have OIDs at or above FirstNormalObjectId.
inline constexpr char kFirstUserOid[] = "16384";

// Catalog name ("pg_foreign_server") -> oid -> identity, for pg_depend rows.
using RefsByCatalog = std::map<std::string, std::unordered_map<uint32_t, ObjectRef>>;

// The DefinedObject kinds (not extension members) into catalog.defined_objects: text search
// objects and conversions in the schemas `filter` (a condition on pg_namespace n) selects;
// with `whole_database` also foreign data wrappers, servers, casts, languages, access
// methods, transforms, user mappings and this database's subscriptions (PERMISSION_DENIED
// naming the mappings whose options, or the subscriptions whose connection strings, this
// role cannot see).
absl::Status ReadDefinedObjects(pqxx::transaction_base& tx, const CatalogDialect& dialect, const std::string& filter,
                                bool whole_database, Catalog& catalog, RefsByCatalog& refs);
// Operators, operator families and classes (not extension members) of the schemas `filter`
// (a condition on pg_namespace n) selects, into catalog.defined_objects (reader_operators.cc).
void ReadOperatorKinds(pqxx::transaction_base& tx, const std::string& filter, Catalog& catalog,
                       RefsByCatalog& refs);

}  // namespace schemaservice::catalog::internal
