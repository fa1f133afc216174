// service/executor/generate.h
//
// Generate: the next migration from the difference between the store (replayed into a
// shadow) and the models, proven before anything is written: on that shadow, up gives the
// models' schema, down gives the store's schema back, and up again gives the models' again.
// A plan mixing transactional and non-transactional statements (CONCURRENTLY, enum ADD
// VALUE) becomes consecutive migrations, each fully transactional or one no-transaction
// statement, so every migration is all-or-nothing or a single statement.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "service/executor/shadow.h"
#include "service/plan/plan.h"
#include "service/store/store.h"

namespace schemaservice::executor {

struct GenerateRequest {
  std::filesystem::path migrations_dir;
  Source models;
  std::string message;
  plan::Options options;
  bool dry_run = false;  // prove and return, write nothing
  LoadOptions load;
  absl::Time now;
  // The PostgreSQL major of the environments the migration is for: the shadow runs it, so the
  // plan is proven on the DDL those servers accept. 0: the shadow server's own.
  int major = 0;
};

struct GeneratedMigration {
  store::Migration migration;  // version, slug, the up and down files' text
  std::vector<plan::Statement> up, down;
};

struct GenerateResult {
  std::vector<GeneratedMigration> migrations;  // empty: models and migrations are equal
};

absl::StatusOr<GenerateResult> Generate(const GenerateRequest& request, ShadowServer& shadow);

}  // namespace schemaservice::executor
