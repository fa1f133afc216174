// service/executor/sync.h
//
// Sync: make an environment's database equal to the models directly, without a migration
// (the development loop). Two phases, so that what runs is exactly what a person saw: a
// review computes the plan and a hash of it (the database's schema plus the statements); an
// execution re-plans under the project lock and runs only when the hash is the same, so a
// database or model that changed in between is refused instead of surprising anyone.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "service/executor/migrate.h"
#include "service/executor/shadow.h"
#include "service/plan/plan.h"

namespace schemaservice::executor {

struct SyncOptions {
  Source models;             // what the database must become
  std::string confirm_hash;  // "": review only, nothing changes
  bool confirm_data_loss = false;
  plan::Options plan;
  LoadOptions load;
  // Runs under the lock after the hash matched and before the first statement: the automatic
  // backup. Its error stops the sync with nothing changed.
  std::function<absl::Status()> before_change;
};

struct SyncOutcome {
  std::vector<plan::Statement> statements;  // the plan reviewed or run
  std::string hash;                         // "sha256:...": confirms exactly this plan
  bool applied = false;                     // the statements ran
  int statements_run = 0;                   // committed, also when a later one failed
  absl::Duration lock_wait;
  std::string message;
};

// The caller checks the environment's policy (allow_sync) first.
absl::Status Sync(const RunContext& run, const SyncOptions& options, ShadowServer& shadow,
                  SyncOutcome* outcome);

}  // namespace schemaservice::executor
