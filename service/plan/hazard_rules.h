// service/plan/hazard_rules.h
//
// Internal to plan/: every hazard rule the planner applies, in one table one can list. A rule
// fixes the hazard's kind and severity and names it after reliability.md §5; the statement
// that triggers it supplies the message (what this statement does) and, where there is one,
// the safer path.
#pragma once

#include <string>
#include <vector>

#include "service/plan/plan.h"

namespace schemaservice::plan::internal {

enum class Rule {
#define HAZARD_RULE(id, name, kind, severity, catches) id,
#include "service/plan/hazard_rules.def"
#undef HAZARD_RULE
};

struct HazardRule {
  Rule rule;
  const char* name;  // reliability.md §5's name; a name may stand for two kinds of hazard
  HazardKind kind;
  Severity severity;
  const char* catches;  // the statements it is attached to
};

// Every rule, in Rule order.
const std::vector<HazardRule>& HazardRules();

Hazard RuleHazard(Rule rule, std::string message, std::string safer = "");

// The hazard when `condition` holds, else none.
std::vector<Hazard> OnlyIf(bool condition, Hazard hazard);

// Advice for statements that block readers: it exists in PostgreSQL, not in this service.
inline constexpr const char* kShortLockTimeout =
    "apply it when no long query uses the table, with SET lock_timeout = '5s' in the same "
    "session so it fails instead of blocking readers, and apply again if it times out";
Hazard AccessExclusive(const std::string& what);

// A column moved to another collation with its type kept or changed binary-compatibly:
// PostgreSQL keeps the table's rows (relfilenode unchanged) and rebuilds the indexes on it.
Hazard CollationChange(const std::string& column, const std::string& table);

// A sequence's bounds narrowed (`sequence`: what to call it): the server refuses them while
// its current value, which no catalog holds, lies outside.
Hazard SequenceBoundsNarrow(const std::string& sequence);

}  // namespace schemaservice::plan::internal
