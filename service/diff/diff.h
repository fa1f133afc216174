// service/diff/diff.h
//
// Catalog x catalog -> typed changes. A pure function: no I/O, clock or randomness; the
// result is sorted by (kind, identity). Objects are matched by identity alone (qualified
// name; functions and operators add their argument types, operator classes and families
// their index method; table parts their table). Columns are changes
// of their own (kind column, id "schema.table.column"); their order is not compared, since
// PostgreSQL can only add columns at the end.
#pragma once

#include <string>
#include <vector>

#include "service/catalog/catalog.h"

namespace schemaservice::diff {

enum class Action { kCreate, kDrop, kAlter };
const char* ActionName(Action action);

// One attribute that differs, rendered for people ("integer" -> "bigint").
struct FieldChange {
  std::string field;  // "type", "not_null", "default", "definition", "comment", "grants", ...
  std::string from, to;
};

struct Change {
  Action action;
  catalog::ObjectRef ref;
  std::vector<FieldChange> fields;  // for kAlter, sorted by field

  bool Has(const std::string& field) const;
  // "alter column public.users.email: type integer -> bigint; not_null false -> true"
  std::string Describe() const;
};

std::vector<Change> Diff(const catalog::Catalog& from, const catalog::Catalog& to);

// Diff(to, from) from Diff(from, to), without comparing again: creates and drops swap, and
// each field's from and to. The matching is symmetric, so the result is equal.
std::vector<Change> Reverse(const std::vector<Change>& changes);

}  // namespace schemaservice::diff
