#include "service/plan/hazard_rules.h"

#include "absl/strings/str_cat.h"

namespace schemaservice::plan::internal {

const std::vector<HazardRule>& HazardRules() {
  static const std::vector<HazardRule> kRules = {
#define HAZARD_RULE(id, name, kind, severity, catches) \
  {Rule::id, name, HazardKind::kind, Severity::severity, catches},
#include "service/plan/hazard_rules.def"
#undef HAZARD_RULE
  };
  return kRules;
}

Hazard RuleHazard(Rule rule, std::string message, std::string safer) {
  const HazardRule& r = HazardRules()[static_cast<size_t>(rule)];
  return Hazard{r.kind, r.severity, r.name, std::move(message), std::move(safer)};
}

std::vector<Hazard> OnlyIf(bool condition, Hazard hazard) {
  if (!condition) return {};
  return {std::move(hazard)};
}

// Nothing in the service sets lock_timeout or retries: the advice is for whoever applies it.
Hazard AccessExclusive(const std::string& what) {
  return RuleHazard(Rule::kAccessExclusive,
                    absl::StrCat("takes an ACCESS EXCLUSIVE lock on ", what,
                                 ": it queues behind every running query on it, and every reader "
                                 "and writer queues behind it until it commits"),
                    kShortLockTimeout);
}

Hazard CollationChange(const std::string& column, const std::string& table) {
  return RuleHazard(Rule::kCollationChange,
                    absl::StrCat("moving ", column, " to another collation rebuilds the indexes of ", table,
                                 " that use it, under ACCESS EXCLUSIVE (the table itself is not rewritten)"),
                    "build indexes with the new collation CONCURRENTLY beforehand where a long lock matters");
}

Hazard SequenceBoundsNarrow(const std::string& sequence) {
  return RuleHazard(Rule::kSequenceBoundsNarrow,
                    absl::StrCat("the bounds of ", sequence,
                                 " narrow: PostgreSQL refuses this if its current value is outside them"),
                    "check the current value first; if it is outside, decide in a hand-written "
                    "migration whether setval or RESTART is safe (either may hand out used values)");
}

}  // namespace schemaservice::plan::internal
