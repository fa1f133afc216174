#include "service/executor/targets.h"

#include <algorithm>
#include <set>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/executor/shadow.h"

namespace schemaservice::executor {

Targets::Targets(std::vector<Target> targets) : targets_(std::move(targets)) {
  std::sort(targets_.begin(), targets_.end(), [](const Target& a, const Target& b) {
    return std::tie(a.project, a.environment) < std::tie(b.project, b.environment);
  });
}

absl::StatusOr<const Target*> Targets::Find(absl::string_view project,
                                            absl::string_view environment) const {
  if (project.empty()) return absl::InvalidArgumentError("project is required");
  if (environment.empty()) return absl::InvalidArgumentError("environment is required");
  std::set<std::string> projects;
  std::vector<std::string> environments;
  for (const Target& t : targets_) {
    projects.insert(t.project);
    if (t.project != project) continue;
    if (t.environment == environment) return &t;
    environments.push_back(t.environment);
  }
  if (environments.empty()) {
    return absl::NotFoundError(absl::StrCat("unknown project \"", project,
                                            "\"; configured projects: ",
                                            absl::StrJoin(projects, ", ")));
  }
  return absl::NotFoundError(absl::StrCat("project ", project, " has no environment \"",
                                          environment, "\"; configured: ",
                                          absl::StrJoin(environments, ", ")));
}

int Targets::OldestMajor(absl::string_view project) const {
  int oldest = 0;
  for (const Target& t : targets_) {
    if (t.project != project) continue;
    // An environment that is down, or runs an unsupported major, is Apply's to report.
    const absl::StatusOr<int> major = ServerMajor(t.settings);
    if (major.ok() && (oldest == 0 || *major < oldest)) oldest = *major;
  }
  return oldest;
}

}  // namespace schemaservice::executor
