#include "service/catalog/versions.h"

#include "absl/strings/str_cat.h"

namespace schemaservice::catalog {

absl::StatusOr<CatalogDialect> DialectFor(int server_version_num) {
  const int major = server_version_num / 10000;
  if (major < kOldestMajor || major > kNewestMajor) {
    return absl::FailedPreconditionError(absl::StrCat(
        "PostgreSQL ", major, " is not supported: schemaservice reads and plans for PostgreSQL ",
        kOldestMajor, " to ", kNewestMajor));
  }
  CatalogDialect d;
  d.major = major;
  if (major >= 17) d.collation_locale = "c.colllocale";
  return d;
}

std::string CatalogDialect::UnsupportedSql(const std::string& filter) const {
  if (major < 18) return "";
  // 18: virtual generated columns, and NOT NULL constraints that are more than a column's
  // NOT NULL (NOT VALID, NO INHERIT), are not planned yet.
  return absl::StrCat(
      " UNION ALL SELECT 'virtual generated column', n.nspname || '.' || c.relname || '.' || a.attname"
      "  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON"
      "  n.oid = c.relnamespace WHERE a.attgenerated = 'v' AND NOT a.attisdropped AND ", filter,
      " UNION ALL SELECT 'NOT NULL constraint that is NOT VALID or NO INHERIT', n.nspname || '.' ||"
      "  k.conname FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace"
      "  WHERE k.contype = 'n' AND (NOT k.convalidated OR k.connoinherit) AND ", filter);
}

}  // namespace schemaservice::catalog
