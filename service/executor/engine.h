// service/executor/engine.h
//
// The Diff operation end to end: two sources -> two catalogs (through shadow databases
// where needed) -> changes and a plan, up and down. Used in-process by `schemactl diff` and
// by the Diff RPC. Shadow databases are always dropped, also when loading fails.
#pragma once

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "service/executor/shadow.h"
#include "service/plan/plan.h"

namespace schemaservice::executor {

struct DiffRequest {
  Source from, to;
  std::vector<std::string> schemas;  // empty: every non-system schema
  plan::Options options;
  bool want_from_hash = true;  // costs a full rendering of the "from" schema
  LoadOptions load;            // how files load into shadows; the call's canceller
  // When neither side is a live database: the major whose shadow loads both (the project's
  // environments', so models using their DDL load); 0: the shadow server's own.
  int files_major = 0;
};

struct DiffResult {
  plan::Plan plan;
  std::vector<std::string> warnings;  // e.g. the two live sides run different majors
  std::string from_hash;              // identifies the "from" schema the plan was made for
};

// A stable fingerprint of a schema: SHA-256 of the SQL that would create it from nothing
// ("sha256:<hex>"). Two databases with the same schema have the same hash.
absl::StatusOr<std::string> SchemaHash(const catalog::Catalog& catalog);

absl::StatusOr<DiffResult> RunDiff(const DiffRequest& request, ShadowServer& shadow);

}  // namespace schemaservice::executor
