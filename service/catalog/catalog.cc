#include "service/catalog/catalog.h"

#include <algorithm>
#include <tuple>

namespace schemaservice::catalog {

const char* KindName(Kind kind) {
  switch (kind) {
    case Kind::kSchema: return "schema";
    case Kind::kExtension: return "extension";
    case Kind::kCollation: return "collation";
    case Kind::kType: return "type";
    case Kind::kSequence: return "sequence";
    case Kind::kFunction: return "function";
    case Kind::kTable: return "table";
    case Kind::kColumn: return "column";
    case Kind::kConstraint: return "constraint";
    case Kind::kIndex: return "index";
    case Kind::kView: return "view";
    case Kind::kTrigger: return "trigger";
    case Kind::kEventTrigger: return "event trigger";
    case Kind::kPolicy: return "policy";
    case Kind::kRule: return "rule";
    case Kind::kStatistics: return "statistics";
    case Kind::kSequenceOwner: return "sequence owner";
    case Kind::kDefaultPrivileges: return "default privileges";
    case Kind::kPublication: return "publication";
    case Kind::kForeignDataWrapper: return "foreign data wrapper";
    case Kind::kForeignServer: return "foreign server";
    case Kind::kTextSearchDictionary: return "text search dictionary";
    case Kind::kTextSearchConfiguration: return "text search configuration";
    case Kind::kCast: return "cast";
    case Kind::kOperator: return "operator";
    case Kind::kOperatorFamily: return "operator family";
    case Kind::kOperatorClass: return "operator class";
    case Kind::kTextSearchParser: return "text search parser";
    case Kind::kTextSearchTemplate: return "text search template";
    case Kind::kConversion: return "conversion";
    case Kind::kLanguage: return "language";
    case Kind::kAccessMethod: return "access method";
    case Kind::kTransform: return "transform";
    case Kind::kUserMapping: return "user mapping";
    case Kind::kSubscription: return "subscription";
  }
  return "object";
}

bool Grant::operator<(const Grant& o) const {
  return std::tie(grantee, privilege, grantable, grantor) < std::tie(o.grantee, o.privilege, o.grantable, o.grantor);
}

bool Grant::operator==(const Grant& o) const {
  return grantee == o.grantee && privilege == o.privilege && grantable == o.grantable && grantor == o.grantor;
}

const Column* Table::FindColumn(const std::string& name) const {
  for (const Column& c : columns) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

const TypeFacts* Catalog::FindTypeFacts(const std::string& name) const {
  auto it = std::lower_bound(type_facts.begin(), type_facts.end(), name,
                             [](const TypeFacts& f, const std::string& n) { return f.name < n; });
  return it != type_facts.end() && it->name == name ? &*it : nullptr;
}

}  // namespace schemaservice::catalog
