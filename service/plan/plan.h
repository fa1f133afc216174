// service/plan/plan.h
//
// Changes -> ordered SQL statements, each with its hazards. Pure: never opens a connection.
// Order comes from the dependency edges of both catalogs: drops run before what they depend
// on goes away, creates after what they need exists; objects that block a change (a view over
// a column whose type changes, a function using an enum being rebuilt) are dropped before it
// and recreated after. The down plan is the plan of the reverse diff, computed alongside.
#pragma once

#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "service/catalog/catalog.h"
#include "service/diff/diff.h"

namespace schemaservice::plan {

enum class HazardKind {
  kDataLoss, kTableRewrite, kAccessExclusiveLock, kNotTransactional, kPossibleRename,
  kTableScan, kShareLock, kBackwardIncompatible,
};
enum class Severity { kInfo, kWarning, kError };
const char* HazardKindName(HazardKind kind);   // "DATA_LOSS"
const char* SeverityName(Severity severity);   // "warning"

struct Hazard {
  HazardKind kind;
  Severity severity;
  std::string rule;               // reliability.md §5 rule name, e.g. "drop-column"
  std::string message;
  std::string safer_alternative;  // empty when there is none
  // Equal when kind, rule and message are: the same hazard however it is advised against.
  bool operator<(const Hazard& o) const { return Key() < o.Key(); }
  bool operator==(const Hazard& o) const { return Key() == o.Key(); }

 private:
  std::tuple<const HazardKind&, const std::string&, const std::string&> Key() const {
    return std::tie(kind, rule, message);
  }
};

struct Statement {
  std::string sql;                // one statement, without the trailing semicolon
  std::string description;        // "drop column public.users.nick", for reviewers
  std::vector<Hazard> hazards;    // sorted, unique
  bool transactional = true;      // false for CONCURRENTLY: run alone, outside a transaction
  std::string lock_level;         // table lock taken, e.g. "ACCESS EXCLUSIVE"; "" if none
};

// The user's word that an object was renamed (schemactl --rename OLD=NEW): the drop of OLD
// and the create of NEW become ALTER ... RENAME TO / SET SCHEMA, so data and dependents stay.
// Never inferred: without a hint a drop + create stays a drop + create (POSSIBLE_RENAME).
struct RenameHint {
  // table, column, index, constraint, type, label (enum label), schema, view, function;
  // empty: whichever kind OLD names in the "from" catalog (an error when several do).
  std::string kind;
  // Qualified names as one writes them in SQL, full on both sides: schema.table,
  // schema.table.column, schema.table.constraint, schema.index, schema.type.label,
  // schema.function(arg types). OLD as the "from" catalog has it, NEW as the target has it,
  // whatever the other hints of the set rename.
  std::string from, to;
  RenameHint Reversed() const { return {kind, to, from}; }
  bool operator==(const RenameHint& o) const { return kind == o.kind && from == o.from && to == o.to; }
};

// "[kind:]OLD=NEW"; NEW may be only the new last name ("public.users.nick=nickname").
absl::StatusOr<RenameHint> ParseRenameHint(absl::string_view text);

struct Options {
  // Online-safe statements: indexes CONCURRENTLY, constraints NOT VALID then VALIDATE,
  // SET NOT NULL through a validated check.
  bool online = false;
  // Checked against both catalogs: a hint that matches no drop + create is INVALID_ARGUMENT.
  // PlanMigration plans the down migration with each hint reversed.
  std::vector<RenameHint> renames;
};

struct Plan {
  std::vector<diff::Change> changes;  // Diff(from, to)
  std::vector<Statement> up;
  std::vector<Statement> down;        // the plan of Diff(to, from)
};

namespace internal {
class Index;
}

// A catalog with the planner's index of it, built once: a caller that reads two catalogs at
// once can index each as soon as it is read. It refers to the catalog, which must outlive it
// and stay where it is.
class IndexedCatalog {
 public:
  explicit IndexedCatalog(const catalog::Catalog& c);
  ~IndexedCatalog();
  IndexedCatalog(IndexedCatalog&&) noexcept;
  IndexedCatalog& operator=(IndexedCatalog&&) noexcept;
  const catalog::Catalog& catalog() const { return *catalog_; }
  const internal::Index& index() const { return *index_; }

 private:
  const catalog::Catalog* catalog_;
  std::unique_ptr<internal::Index> index_;
};

// Fails with UNIMPLEMENTED naming the change when it cannot be planned yet, and with
// FAILED_PRECONDITION when no plan can make it (a column type PostgreSQL cannot convert);
// never with a partial plan.
absl::StatusOr<Plan> PlanMigration(const catalog::Catalog& from, const catalog::Catalog& to,
                                   const Options& options = {});
absl::StatusOr<Plan> PlanMigration(const IndexedCatalog& from, const IndexedCatalog& to,
                                   const Options& options = {});

// One direction only.
absl::StatusOr<std::vector<Statement>> PlanStatements(const catalog::Catalog& from,
                                                      const catalog::Catalog& to,
                                                      const Options& options = {});

// The plan as a SQL script: each statement's hazards as comments above it.
std::string RenderSql(const std::vector<Statement>& statements);

}  // namespace schemaservice::plan
