// service/plan/test_catalogs.h
//
// Hand-built catalogs, and helpers to read plans, for the pure tests of diff/ and plan/:
// no database.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "service/catalog/catalog.h"
#include "service/plan/plan.h"

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

// public.<name>, partitioned by `key` ("LIST (k)"), with one integer column per name.
inline catalog::Table MakePartitioned(const std::string& name, const std::string& column, const std::string& key) {
  catalog::Table t = MakeTable(name, {{column, "integer"}});
  t.kind = 'p';
  t.partition_key = key;
  return t;
}

// public.<name>, a partition of public.<parent> with `bound` ("DEFAULT", "FOR VALUES IN (1)").
inline catalog::Table MakePartition(const std::string& name, const std::string& column, const std::string& parent,
                                    const std::string& bound) {
  catalog::Table t = MakeTable(name, {{column, "integer"}});
  t.partition_of = "public." + parent;
  t.partition_bound = bound;
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

// A constraint, index, trigger, ... of public.<table>.
inline catalog::TablePart MakePart(catalog::Kind kind, const std::string& table, const std::string& name,
                                   const std::string& definition, char constraint_type = 0) {
  catalog::TablePart p;
  p.c.ref = catalog::ObjectRef{kind, "public." + table + "." + name};
  p.c.schema = "public";
  p.c.name = name;
  p.table = "public." + table;
  p.definition = definition;
  p.constraint_type = constraint_type;
  return p;
}

// A kind kept as one definition, identified by `id` (also its name).
inline catalog::DefinedObject MakeDefined(catalog::Kind kind, const std::string& id, const std::string& definition,
                                          std::vector<catalog::ObjectRef> depends_on = {}) {
  catalog::DefinedObject o;
  o.c.ref = catalog::ObjectRef{kind, id};
  o.c.name = id;
  o.c.depends_on = std::move(depends_on);
  o.definition = definition;
  return o;
}

// The SQL of each statement of the plan from -> to; a test failure when there is none.
inline std::vector<std::string> PlanSql(const catalog::Catalog& from, const catalog::Catalog& to) {
  auto plan = PlanStatements(from, to);
  EXPECT_TRUE(plan.ok()) << plan.status();
  std::vector<std::string> sql;
  if (plan.ok()) {
    for (const Statement& st : *plan) sql.push_back(st.sql);
  }
  return sql;
}

inline catalog::Catalog OnMajor(catalog::Catalog c, const std::string& version) {
  c.server_version = version;
  return c;
}

inline std::vector<HazardKind> Kinds(const Statement& s) {
  std::vector<HazardKind> out;
  for (const Hazard& h : s.hazards) out.push_back(h.kind);
  return out;
}

// Every statement's SQL, each ended by ";\n".
inline std::string Sql(const std::vector<Statement>& statements) {
  std::string out;
  for (const Statement& s : statements) out += s.sql + ";\n";
  return out;
}

// The plan from -> to as Sql() gives it; a test failure, and "", when there is none.
inline std::string PlanScript(const catalog::Catalog& from, const catalog::Catalog& to, const Options& options = {}) {
  auto plan = PlanStatements(from, to, options);
  EXPECT_TRUE(plan.ok()) << plan.status();
  return plan.ok() ? Sql(*plan) : "";
}

// The position of the statement `sql` in the plan; a test failure when it is not there.
inline size_t IndexOfSql(const std::vector<Statement>& plan, const std::string& sql) {
  for (size_t i = 0; i < plan.size(); ++i) {
    if (plan[i].sql == sql) return i;
  }
  ADD_FAILURE() << "no statement " << sql << " in\n" << RenderSql(plan);
  return plan.size();
}

// An object of type T (Function, View, ...) with its identity set: `schema`.`name`, ref `id`.
template <typename T>
T Named(catalog::Kind kind, const std::string& schema, const std::string& name, const std::string& id,
        const std::string& definition = "") {
  T o;
  o.c.ref = catalog::ObjectRef{kind, id};
  o.c.schema = schema;
  o.c.name = name;
  o.definition = definition;
  return o;
}

// Each statement of `sqls` stands in the plan, each before the next.
inline void ExpectInOrder(const std::vector<Statement>& plan, const std::vector<std::string>& sqls) {
  for (size_t i = 0; i + 1 < sqls.size(); ++i) {
    EXPECT_LT(IndexOfSql(plan, sqls[i]), IndexOfSql(plan, sqls[i + 1])) << sqls[i] << " before " << sqls[i + 1];
  }
}

}  // namespace schemaservice::plan::fixtures
