// service/plan/test_catalogs.h
//
// Hand-built catalogs for the pure tests of diff/ and plan/: no database.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "service/catalog/catalog.h"

namespace schemaservice::plan::fixtures {

// public.<name> with columns {name, type}, in order.
inline catalog::Table MakeTable(const std::string& name,
                                std::vector<std::pair<std::string, std::string>> cols) {
  catalog::Table t;
  t.c.ref = catalog::ObjectRef{catalog::Kind::kTable, "public." + name};
  t.c.schema = "public";
  t.c.name = name;
  for (const auto& [n, type] : cols) {
    catalog::Column c;
    c.name = n;
    c.type = type;
    t.columns.push_back(c);
  }
  return t;
}

// Schema public holding `tables`.
inline catalog::Catalog WithTables(std::vector<catalog::Table> tables) {
  catalog::Catalog c;
  catalog::Schema s;
  s.c.ref = catalog::ObjectRef{catalog::Kind::kSchema, "public"};
  s.c.name = "public";
  c.schemas.push_back(s);
  c.tables = std::move(tables);
  return c;
}

}  // namespace schemaservice::plan::fixtures
