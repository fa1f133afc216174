// service/catalog/versions.h
//
// The one place that knows what the catalog reader must ask differently per PostgreSQL major
// (see ../shared/reference/pg-majors.md): column names that changed, and what a newer major
// can hold that the engine does not plan yet (those fail the diff by name instead of
// vanishing from it).
#pragma once

#include <string>

#include "absl/status/statusor.h"

namespace schemaservice::catalog {

inline constexpr int kOldestMajor = 15;
inline constexpr int kNewestMajor = 18;

struct CatalogDialect {
  int major = 15;
  // pg_collation's ICU (or builtin) locale: colliculocale in 15 and 16, colllocale from 17.
  std::string collation_locale = "c.colliculocale";
  // Extra rows for the unsupported-objects query (kind, name), each "UNION ALL SELECT ...",
  // over `filter` (the schema filter on alias n); empty when the major has nothing to add.
  std::string UnsupportedSql(const std::string& filter) const;
};

// From SHOW server_version_num; a major outside 15..18 is FAILED_PRECONDITION naming the
// supported ones.
absl::StatusOr<CatalogDialect> DialectFor(int server_version_num);

}  // namespace schemaservice::catalog
