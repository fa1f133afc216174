// service/plan/conversions.h
//
// Internal to plan/: what PostgreSQL does when a column's type or default changes, decided
// from type names and the catalogs' type facts. Pure.
#pragma once

#include <string>

#include "service/catalog/catalog.h"

namespace schemaservice::plan::internal {

// Type changes PostgreSQL does without rewriting and without losing values.
bool IsWidening(const std::string& from, const std::string& to);

// Binary-compatible changes that need no rewrite (varchar widening, varchar -> text).
bool AvoidsRewrite(const std::string& from, const std::string& to);

// A default that computes a new value per row, so adding the column rewrites the table.
bool VolatileDefault(const std::string& expr);

// How ALTER COLUMN ... TYPE can convert a column's values, decided from the catalogs' type
// facts with pg_cast's rules for an explicit cast (USING col::new): domains act as their base
// type; a pg_cast row of any context works; arrays convert through their elements; I/O
// conversion reaches to and from string types. An enum target takes text, and strings or
// another enum reach it through text (col::text::new; character(n) loses its padding there);
// so do composite, range and multirange types from another of their kind.
// kUnknown when a catalog has no facts for a type (catalogs built by hand): the plan then
// casts directly, as before facts were read.
enum class Conversion { kDirect, kThroughText, kNone, kUnknown };
Conversion ConversionOf(const catalog::Catalog& from, const std::string& from_type, const catalog::Catalog& to,
                        const std::string& to_type);

// The type a USING expression casts to: `type` without a length limit (character varying(10)
// -> character varying, character(3) -> bpchar, bit(4) -> bit varying), arrays too. An
// explicit cast to a length truncates silently; the assignment to the column's own type that
// follows refuses a value too long instead.
std::string CastTargetKeepingLengthCheck(const std::string& type);

}  // namespace schemaservice::plan::internal
