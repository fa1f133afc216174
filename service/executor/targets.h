// service/executor/targets.h
//
// The databases schemad may act on: one Target per (project, environment), resolved at
// start-up from the config (embedded environments get the private server's settings).
// Lookups fail with NOT_FOUND naming what is configured, so a typo is easy to fix.
#pragma once

#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/statusor.h"
#include "service/executor/history.h"

namespace schemaservice::executor {

class Targets {
 public:
  explicit Targets(std::vector<Target> targets);  // any order; kept sorted

  absl::StatusOr<const Target*> Find(absl::string_view project,
                                     absl::string_view environment) const;
  const std::vector<Target>& all() const { return targets_; }

  // The oldest PostgreSQL major among `project`'s environments that answer now: a migration
  // generated for them is proven on DDL each of them accepts. 0 when none answers.
  int OldestMajor(absl::string_view project) const;

 private:
  std::vector<Target> targets_;  // sorted by (project, environment)
};

}  // namespace schemaservice::executor
