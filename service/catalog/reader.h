// service/catalog/reader.h
//
// Reads a database's schema into a Catalog with one query per object kind for the whole
// database (never one per table), inside one REPEATABLE READ snapshot. Objects that belong
// to extensions are skipped; so is the service's own `schemaservice` schema. An object kind
// the engine cannot plan yet (base types, subscriptions, security labels, ...) is an
// UNIMPLEMENTED error naming the objects: a silent "no changes" is the worst answer.
// Database-wide kinds (publications, foreign-data wrappers and servers, casts, languages,
// access methods, transforms, user mappings) are read only when every schema is; a user
// mapping whose options the reading role cannot see is PERMISSION_DENIED naming it.
#pragma once

#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "absl/status/statusor.h"
#include "service/catalog/catalog.h"

namespace schemaservice::catalog {

struct ReadOptions {
  // Schemas to read; empty: every non-system schema. A name that does not exist is NOT_FOUND.
  std::vector<std::string> schemas;
};

absl::StatusOr<Catalog> ReadCatalog(pqxx::connection& conn, const ReadOptions& options);

}  // namespace schemaservice::catalog
