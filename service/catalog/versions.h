// service/catalog/versions.h
//
// The one place that knows what differs per PostgreSQL major (see
// ../shared/reference/pg-majors.md): catalog columns the reader must ask for differently, what
// a newer major can hold that the engine does not plan (those fail the read by name instead of
// vanishing from it), the major that introduced each feature a schema can hold, and which
// syntax a plan may use on its target. The reader uses DialectFor; diff/ and plan/ use only the
// inline part, so they stay free of libpq.
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
  // pg_collation.collicurules, from 16.
  std::string collation_rules = "NULL::text";
  // pg_constraint.conenforced and conperiod, from 18.
  std::string constraint_enforced = "true";
  std::string constraint_period = "false";
  // pg_publication.pubgencols ('n' none, 's' stored), from 18.
  std::string publication_generated = "NULL::text";
  // A subscription's streaming as its option's word: substream is a bool in 15, a char
  // from 16 ('p' parallel).
  std::string subscription_streaming = "CASE WHEN s.substream THEN 'on' ELSE 'off' END";
  // A subscription's options added after 15, each "name = value" or NULL at its default
  // (for concat_ws): password_required, run_as_owner, origin (16), failover (17).
  std::string subscription_newer_options = "NULL";
  // From 18 a column's NOT NULL is a named pg_constraint row (contype 'n'), which may be
  // NOT VALID or NO INHERIT: per attribute (alias a), "conname\x1fvalidated\x1fnoinherit\x1f
  // local" with t/f flags, NULL without one.
  std::string not_null_column = "NULL::text";
  // Extra rows for the unsupported-objects query (kind, name), each "UNION ALL SELECT ...",
  // over `filter` (the schema filter on alias n); empty when the major has nothing to add.
  std::string UnsupportedSql(const std::string& filter) const;
};

// From SHOW server_version_num; a major outside 15..18 is FAILED_PRECONDITION naming the
// supported ones.
absl::StatusOr<CatalogDialect> DialectFor(int server_version_num);

// What a schema can hold only from some major on. A plan whose target is older fails naming
// the feature and the major, instead of emitting SQL the target rejects.
enum class Feature {
  kIcuCollationRules, kBuiltinCollationProvider, kBuiltinCollationC, kBuiltinCollationUnicode,
  kMaintainPrivilege, kLoginEventTrigger, kNamedDomainNotNull, kVirtualGeneratedColumn,
  kNamedNotNull, kNotNullNotValid, kNotNullNoInherit, kNotEnforcedConstraint,
  kTemporalConstraint, kPublishGeneratedColumns, kLargeObjectDefaultPrivileges,
};
struct FeatureInfo { int since; const char* name; };
inline constexpr FeatureInfo kFeatures[] = {  // in Feature order
    {16, "ICU collation rules"}, {17, "the builtin collation provider"},
    {17, "the pg_c_utf8 collation"}, {18, "the PG_UNICODE_FAST builtin locale"},
    {17, "the MAINTAIN privilege"}, {17, "a login event trigger"},
    {17, "a named NOT NULL constraint on a domain"}, {18, "a virtual generated column"},
    {18, "a named NOT NULL constraint"}, {18, "a NOT VALID NOT NULL constraint"},
    {18, "a NO INHERIT NOT NULL constraint"}, {18, "a NOT ENFORCED constraint"},
    {18, "a temporal key (WITHOUT OVERLAPS / PERIOD)"}, {18, "publish_generated_columns"},
    {18, "default privileges on large objects"},
};
static_assert(sizeof(kFeatures) / sizeof(kFeatures[0]) ==
              static_cast<size_t>(Feature::kLargeObjectDefaultPrivileges) + 1);
inline int SinceMajor(Feature f) { return kFeatures[static_cast<int>(f)].since; }
inline const char* FeatureName(Feature f) { return kFeatures[static_cast<int>(f)].name; }

// The major of a server_version_num ("170010" -> 17); 0 when empty or not a number.
inline int MajorOf(const std::string& server_version_num) {
  int v = 0;
  for (char ch : server_version_num) {
    if (ch < '0' || ch > '9') return 0;
    v = v * 10 + (ch - '0');
    if (v > 10000000) return 0;
  }
  return v / 10000;
}

// A plan runs on the database `from` was read from; an empty `from` (Catalog{}, a new
// database) has no version, so `to`'s stands in; with neither, the oldest supported major.
inline int PlanTargetMajor(const std::string& from_version, const std::string& to_version) {
  if (int m = MajorOf(from_version); m > 0) return m;
  if (int m = MajorOf(to_version); m > 0) return m;
  return kOldestMajor;
}

// makeObjectName(name1, name2, label): the names clipped, the longer first, to fit
// NAMEDATALEN without splitting a UTF-8 character. An empty name2 is left out.
inline std::string DefaultObjectName(const std::string& name1, const std::string& name2,
                                     const std::string& label) {
  constexpr size_t kMaxName = 63;
  const size_t overhead = label.size() + 1 + (name2.empty() ? 0 : 1);
  size_t n1 = name1.size(), n2 = name2.size();
  while (n1 + n2 > kMaxName - overhead) {
    if (n1 > n2) --n1; else --n2;
  }
  auto clip = [](const std::string& s, size_t n) {
    while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
  };
  if (name2.empty()) return clip(name1, n1) + "_" + label;
  return clip(name1, n1) + "_" + clip(name2, n2) + "_" + label;
}

// The name 18 gives a column's NOT NULL constraint: makeObjectName(table, column,
// "not_null"), which shortens the longer part until the name fits NAMEDATALEN, never
// splitting a UTF-8 character. When that name is taken a digit is appended; such a name is
// kept as if chosen, which plans reproduce.
// A domain's (17+) is makeObjectName(domain, NULL, "not_null"): pass an empty column.
inline std::string DefaultNotNullName(const std::string& table, const std::string& column) {
  return DefaultObjectName(table, column, "not_null");
}

// The sequence PostgreSQL makes for an identity column (in the table's schema) when none is
// named: makeObjectName(table, column, "seq"); a digit is appended when that is taken, and
// such a name is read as if chosen (SEQUENCE NAME), which plans reproduce.
inline std::string DefaultIdentitySequenceName(const std::string& table, const std::string& column) {
  return DefaultObjectName(table, column, "seq");
}

// Syntax a plan may use on its target.
inline bool CanSetGeneratedExpression(int major) { return major >= 17; }  // SET EXPRESSION AS
inline bool HasNotNullConstraints(int major) { return major >= 18; }      // ADD CONSTRAINT n NOT NULL c
inline bool CanAlterConstraintEnforced(int major) { return major >= 18; } // foreign keys only

}  // namespace schemaservice::catalog
