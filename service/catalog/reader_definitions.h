// service/catalog/reader_definitions.h
//
// Definitions the reader writes itself instead of asking pg_get_indexdef and
// pg_get_constraintdef, whose catalog-cache misses cost about 1.3 s of a read's server time at
// 10,000 tables (0.8 s of the index query, 0.5 s of the constraint query): plain btree indexes, keys and foreign keys, written exactly as the server would.
// Each returns nullopt where it cannot be sure, and the reader asks the server for those.
// The round-trip runner checks every definition read against the server's own text.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "service/catalog/catalog.h"

namespace schemaservice::catalog::internal {

// The operator class btree takes by default for a column type, and the type's collation:
// keyed by format_type(oid, NULL), as Column::type_name.
struct BtreeDefault {
  uint32_t opclass = 0;
  uint32_t collation = 0;
};
using BtreeDefaults = absl::flat_hash_map<std::string, BtreeDefault>;

// The query for BtreeDefaults: rows of (format_type, opclass oid, typcollation).
extern const char kBtreeDefaultsSql[];

// Whether the server quotes `name` as pg::QuoteIdent does on every supported major:
// QuoteIdent also quotes words that only later majors made keywords, which an older server
// leaves bare.
bool QuotedAlike(absl::string_view name);

// A column of the table being read, by number; nullptr when it was not read.
using ColumnAt = std::function<const Column*(int attnum)>;

// A plain btree index (no expression, predicate, INCLUDE, WITH or NULLS NOT DISTINCT: the
// query checked) from pg_index's vectors as text ("1 3"): as pg_get_indexdef writes it, or
// nullopt when an operator class or collation it would name, or a name quoted apart, makes
// it unsure.
struct PlainIndex {
  absl::string_view name, schema, table;
  bool unique = false;
  absl::string_view columns, opclasses, collations, options;
};
std::optional<std::string> PlainIndexDefinition(const PlainIndex& index, const ColumnAt& column_at,
                                                const BtreeDefaults& defaults);

// The columns numbered in `attnums` ("{1,2}", an int2[] as text) as pg_get_constraintdef
// lists them, "a, b"; nullopt when one was not read or a name is not quoted alike.
std::optional<std::string> KeyColumns(absl::string_view attnums, const ColumnAt& column_at);

// A referential action (confupdtype, confdeltype) as pg_get_constraintdef writes it: "" for
// NO ACTION; nullopt if unknown.
std::optional<absl::string_view> ReferentialAction(char action);

}  // namespace schemaservice::catalog::internal
