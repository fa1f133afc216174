// Operators, operator families and operator classes, read as DefinedObject (see catalog.h for
// their ids and definitions).
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "service/catalog/reader_kinds.h"
#include "service/pg/quote.h"

namespace schemaservice::catalog::internal {
namespace {

// " USING btree" of a family or class joined to its index method (pg_am am): the tail of its
// id, and (trimmed) a clause of its definition.
constexpr char kUsing[] = "' USING ' || quote_ident(am.amname)";

// "OPERATOR n op(left,right) [FOR ORDER BY s.family], FUNCTION n (left, right) s.f(args)"
// of the members tied to `owner` (an opclass or opfamily oid expression) by pg_depend with
// `deptype`: 'i' for a class's own members, 'a' for a family's loose ones (ALTER OPERATOR
// FAMILY ... ADD, and btree and hash cross-type members of a CREATE OPERATOR CLASS, which
// PostgreSQL keeps in the family). Sorted as text: the member order is no part of the object.
std::string MembersSql(const char* owner_catalog, const std::string& owner, char deptype) {
  const std::string tied = absl::StrCat(
      " JOIN pg_depend d ON d.objid = m.oid AND d.refclassid = '", owner_catalog,
      "'::regclass AND d.refobjid = ", owner, " AND d.deptype = '", std::string(1, deptype), "'");
  return absl::StrCat(
      "(SELECT string_agg(x.member, ', ' ORDER BY x.member COLLATE \"C\") FROM ("
      " SELECT 'OPERATOR ' || m.amopstrategy || ' ' || m.amopopr::regoperator::text ||"
      "  CASE WHEN m.amoppurpose = 'o' THEN ' FOR ORDER BY ' || (SELECT quote_ident(sn.nspname) || '.' ||"
      "   quote_ident(sf.opfname) FROM pg_opfamily sf JOIN pg_namespace sn ON sn.oid = sf.opfnamespace"
      "   WHERE sf.oid = m.amopsortfamily) ELSE '' END AS member"
      " FROM pg_amop m", tied, " AND d.classid = 'pg_amop'::regclass"
      " UNION ALL SELECT 'FUNCTION ' || m.amprocnum || ' (' || format_type(m.amproclefttype, NULL) || ', ' ||"
      "  format_type(m.amprocrighttype, NULL) || ') ' || m.amproc::regprocedure::text"
      " FROM pg_amproc m", tied, " AND d.classid = 'pg_amproc'::regclass) x)");
}

}  // namespace

void ReadOperatorKinds(pqxx::transaction_base& tx, const std::string& filter, Catalog& catalog,
                       RefsByCatalog& refs) {
  auto read = [&](const std::string& sql, Kind kind, const char* catalog_name) {
    for (const pqxx::row& row : tx.exec(sql)) {
      DefinedObject o;
      o.c.ref = ObjectRef{kind, row[3].as<std::string>()};
      o.c.schema = row[1].as<std::string>();
      o.c.name = row[2].as<std::string>();
      o.definition = row[4].as<std::string>();
      o.extra = row[5].is_null() ? "" : row[5].as<std::string>();
      if (!row[6].is_null()) o.c.comment = row[6].as<std::string>();
      refs[catalog_name][row[0].as<uint32_t>()] = o.c.ref;
      catalog.defined_objects.push_back(std::move(o));
    }
  };
  // Made by users, not by extensions; an operator's shell (named by another's COMMUTATOR or
  // NEGATOR before it was defined, oprcode 0) is not an object yet: creating the operator
  // that names it makes it again.
  auto user = [&](const char* catalog_name, const char* deptypes) {
    return absl::StrCat(" AND ", filter, " AND x.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_depend e"
                        " WHERE e.objid = x.oid AND e.classid = '", catalog_name, "'::regclass AND e.deptype IN (",
                        deptypes, "))");
  };
  auto other_operator = [](const char* column) {
    return absl::StrCat("(SELECT 'OPERATOR(' || quote_ident(on_.nspname) || '.' || o2.oprname || ')' FROM pg_operator o2"
                        " JOIN pg_namespace on_ ON on_.oid = o2.oprnamespace WHERE o2.oid = x.", column, ")");
  };
  read(absl::StrCat(
           "SELECT x.oid, n.nspname, x.oprname, quote_ident(n.nspname) || '.' || x.oprname || '(' ||"
           " CASE WHEN x.oprleft = 0 THEN 'NONE' ELSE format_type(x.oprleft, NULL) END || ', ' ||"
           " format_type(x.oprright, NULL) || ')',"
           " concat_ws(', ', 'FUNCTION = ' || x.oprcode::regproc::text,"
           "  CASE WHEN x.oprleft <> 0 THEN 'LEFTARG = ' || format_type(x.oprleft, NULL) END,"
           "  'RIGHTARG = ' || format_type(x.oprright, NULL),"
           "  CASE WHEN x.oprcom <> 0 THEN 'COMMUTATOR = ' || ", other_operator("oprcom"), " END,"
           "  CASE WHEN x.oprnegate <> 0 THEN 'NEGATOR = ' || ", other_operator("oprnegate"), " END,"
           "  CASE WHEN x.oprcanmerge THEN 'MERGES' END, CASE WHEN x.oprcanhash THEN 'HASHES' END),"
           " nullif(concat_ws(', ', CASE WHEN x.oprrest <> 0 THEN 'RESTRICT = ' || x.oprrest::regproc::text END,"
           "  CASE WHEN x.oprjoin <> 0 THEN 'JOIN = ' || x.oprjoin::regproc::text END), ''),"
           " obj_description(x.oid, 'pg_operator')"
           " FROM pg_operator x JOIN pg_namespace n ON n.oid = x.oprnamespace WHERE x.oprcode <> 0",
           user("pg_operator", "'e'")),
       Kind::kOperator, "pg_operator");
  // Families and classes PostgreSQL made itself (deptype 'i') go with what made them.
  const char* not_internal = "'e', 'i'";
  read(absl::StrCat(
           "SELECT x.oid, n.nspname, x.opfname, quote_ident(n.nspname) || '.' || quote_ident(x.opfname) || ", kUsing,
           ", ltrim(", kUsing, "), ", MembersSql("pg_opfamily", "x.oid", 'a'), ", obj_description(x.oid, 'pg_opfamily')"
           " FROM pg_opfamily x JOIN pg_namespace n ON n.oid = x.opfnamespace JOIN pg_am am ON am.oid = x.opfmethod"
           " WHERE true", user("pg_opfamily", not_internal)),
       Kind::kOperatorFamily, "pg_opfamily");
  // FAMILY is always said: the family is an object of its own (CREATE OPERATOR CLASS makes
  // one of the class's name only when none exists), read and created before the class.
  read(absl::StrCat(
           "SELECT x.oid, n.nspname, x.opcname, quote_ident(n.nspname) || '.' || quote_ident(x.opcname) || ", kUsing,
           ", concat_ws(' ', CASE WHEN x.opcdefault THEN 'DEFAULT' END, 'FOR TYPE ' || format_type(x.opcintype, NULL),",
           " ltrim(", kUsing, "), 'FAMILY ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(f.opfname)"
           "  FROM pg_opfamily f JOIN pg_namespace fn ON fn.oid = f.opfnamespace WHERE f.oid = x.opcfamily),"
           " 'AS ' || concat_ws(', ', ", MembersSql("pg_opclass", "x.oid", 'i'),
           ", 'STORAGE ' || format_type(nullif(x.opckeytype, 0), NULL))), NULL, obj_description(x.oid, 'pg_opclass')"
           " FROM pg_opclass x JOIN pg_namespace n ON n.oid = x.opcnamespace JOIN pg_am am ON am.oid = x.opcmethod"
           " WHERE true", user("pg_opclass", not_internal)),
       Kind::kOperatorClass, "pg_opclass");
  // Members are rows of their own in pg_depend (on operators, functions and types): edges of
  // their class or family.
  for (const pqxx::row& row : tx.exec(
           "SELECT d.classid::regclass::text, d.objid, d.refclassid::regclass::text, d.refobjid FROM pg_depend d"
           " WHERE d.classid IN ('pg_amop'::regclass, 'pg_amproc'::regclass)"
           " AND d.refclassid IN ('pg_opclass'::regclass, 'pg_opfamily'::regclass) AND d.deptype IN ('i', 'a')"
           " AND d.objid >= 16384")) {
    const auto owners = refs.find(row[2].as<std::string>());
    if (owners == refs.end()) continue;
    const auto owner = owners->second.find(row[3].as<uint32_t>());
    if (owner != owners->second.end()) refs[row[0].as<std::string>()][row[1].as<uint32_t>()] = owner->second;
  }
  std::sort(catalog.defined_objects.begin(), catalog.defined_objects.end(),
            [](const DefinedObject& a, const DefinedObject& b) { return a.c.ref < b.c.ref; });
}

}  // namespace schemaservice::catalog::internal
