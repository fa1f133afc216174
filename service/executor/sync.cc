#include "service/executor/sync.h"

#include <openssl/sha.h>

#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/executor/engine.h"
#include "service/executor/script.h"
#include "service/pg/errors.h"
#include "service/util/status.h"

namespace schemaservice::executor {
namespace {

using Phase = ProgressEvent::Phase;

void Say(const RunContext& run, Phase phase, std::string message, int index = 0, int count = 0) {
  run.Report({phase, 0, 0, "", index, count, 0, 0, std::move(message)});
}

// "sha256:<64 hex>.<16 hex>": the hash of the database's schema and the statements that would
// change it (either changing changes it), then the start of the schema's own hash, so that a
// refusal can say which of the two changed.
constexpr size_t kPlanHashSize = 7 + 64 + 1 + 16;

std::string PlanHash(const std::string& schema_hash, const std::vector<plan::Statement>& up) {
  const std::string text = absl::StrCat(schema_hash, "\n", plan::RenderSql(up));
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  const absl::string_view schema = absl::StripPrefix(schema_hash, "sha256:");
  return absl::StrCat("sha256:", absl::BytesToHexString(absl::string_view(
                                     reinterpret_cast<const char*>(digest), sizeof digest)),
                      ".", schema.substr(0, 16));
}

bool WellFormedPlanHash(const std::string& hash) {
  if (hash.size() != kPlanHashSize || !absl::StartsWith(hash, "sha256:") || hash[7 + 64] != '.') return false;
  for (size_t i = 7; i < hash.size(); ++i) {
    if (i != 7 + 64 && !absl::ascii_isxdigit(static_cast<unsigned char>(hash[i]))) return false;
  }
  return true;
}

absl::StatusOr<DiffResult> PlanSync(const RunContext& run, const SyncOptions& options,
                                    ShadowServer& shadow) {
  DiffRequest diff;
  diff.from.kind = Source::Kind::kLive;
  diff.from.live = run.target.settings;
  diff.from.project = run.target.project;
  diff.from.environment = run.target.environment;
  diff.from.label = absl::StrCat("environment ", run.target.environment);
  diff.to = options.models;
  diff.options = options.plan;
  diff.load = options.load;
  return RunDiff(diff, shadow);
}

std::vector<std::string> DataLosses(const std::vector<plan::Statement>& statements) {
  std::vector<std::string> out;
  for (const plan::Statement& st : statements) {
    for (const plan::Hazard& h : st.hazards) {
      if (h.kind == plan::HazardKind::kDataLoss) {
        out.push_back(st.description);
        break;
      }
    }
  }
  return out;
}

// Runs the plan: consecutive transactional statements in one transaction, a statement that
// refuses a transaction alone. A failure rolls its transaction back; what committed before
// it stays, and the message says how far it got.
absl::Status RunStatements(pqxx::connection& conn, const RunContext& run,
                           const std::vector<plan::Statement>& statements, int* committed) {
  const int n = static_cast<int>(statements.size());
  pqxx::nontransaction tx(conn);
  tx.exec0(absl::StrCat("SET lock_timeout = '", absl::ToInt64Milliseconds(run.limits.lock_timeout), "ms'"));
  int k = 0;
  while (k < n) {
    const bool alone = !statements[k].transactional;
    int end = k + 1;
    if (!alone) {
      while (end < n && statements[end].transactional) ++end;
    }
    int i = k;
    std::set<std::string> invalid_before;
    try {
      if (alone) invalid_before = InvalidIndexes(tx);
      if (!alone) tx.exec0("BEGIN");
      for (; i < end; ++i) {
        if (run.canceller != nullptr && run.canceller->cancelled()) {
          if (!alone) tx.exec0("ROLLBACK");
          return absl::CancelledError(absl::StrCat(
              "the call was cancelled before statement ", i + 1, " of ", n, "; ", *committed,
              " statements had committed and stay"));
        }
        Say(run, Phase::kApplying, absl::StrCat("statement ", i + 1, " of ", n, ": ",
                                                statements[i].description), i + 1, n);
        tx.exec0(statements[i].sql);
      }
      if (!alone) tx.exec0("COMMIT");
      *committed = end;
    } catch (const std::exception& e) {
      if (!alone) {
        try {
          tx.exec0("ROLLBACK");
        } catch (const std::exception&) {
          // The connection is gone: the server rolled back itself.
        }
      }
      const absl::Status status = pg::FromException(
          e, absl::StrCat("statement ", i + 1, " of ", n, " (", statements[i].description, ")"));
      return absl::Status(status.code(), absl::StrCat(
          status.message(), alone ? DropIndexesLeftInvalid(tx, invalid_before) : "", "; ",
          alone ? "it ran alone (no transaction)" : "its transaction rolled back",
          ", ", *committed, " statement", *committed == 1 ? "" : "s", " before it had committed and stay"));
    }
    k = end;
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status Sync(const RunContext& run, const SyncOptions& options, ShadowServer& shadow,
                  SyncOutcome* outcome) {
  if (!options.confirm_hash.empty() && !WellFormedPlanHash(options.confirm_hash)) {
    return absl::InvalidArgumentError(
        "confirm_schema_hash is not a plan hash: pass the schema_hash a Sync without confirmation "
        "returned (sha256:<64 hex>.<16 hex>). Nothing was changed");
  }
  if (options.confirm_hash.empty()) {
    Say(run, Phase::kValidating, absl::StrCat("planning ", run.target.Where(), " from ", options.models.label));
    ASSIGN_OR_RETURN(const DiffResult planned, PlanSync(run, options, shadow));
    outcome->statements = planned.plan.up;
    outcome->hash = PlanHash(planned.from_hash, planned.plan.up);
    const int n = static_cast<int>(outcome->statements.size());
    outcome->message =
        n == 0 ? absl::StrCat(run.target.Where(), " already equals the ", options.models.label,
                              "; nothing to sync")
               : absl::StrCat(n, " statement", n == 1 ? "" : "s", " would make ", run.target.Where(),
                              " equal to the ", options.models.label,
                              "; nothing was changed. Run them by confirming this plan: ",
                              outcome->hash);
    return absl::OkStatus();
  }
  return WithProjectLock(
      run,
      [&](pqxx::connection& conn) -> absl::Status {
        Say(run, Phase::kValidating,
            absl::StrCat("planning ", run.target.Where(), " again under the lock"));
        ASSIGN_OR_RETURN(const DiffResult planned, PlanSync(run, options, shadow));
        outcome->statements = planned.plan.up;
        outcome->hash = PlanHash(planned.from_hash, planned.plan.up);
        if (outcome->hash != options.confirm_hash) {
          const bool database_changed = outcome->hash.substr(7 + 64) != options.confirm_hash.substr(7 + 64);
          return absl::FailedPreconditionError(absl::StrCat(
              "the plan changed since it was reviewed: ",
              database_changed ? absl::StrCat("the schema of the database ", run.target.Where(),
                                              " changed in between (someone altered it?)")
                               : absl::StrCat("the ", options.models.label,
                                              " changed in between (the database did not)"),
              ". Nothing was changed; review the new plan (sync-dev-schema without confirmation) "
              "and confirm that one"));
        }
        if (outcome->statements.empty()) {
          outcome->message = absl::StrCat(run.target.Where(), " already equals the ",
                                          options.models.label, "; nothing to sync");
          return absl::OkStatus();
        }
        const std::vector<std::string> losses = DataLosses(outcome->statements);
        if (!losses.empty() && !options.confirm_data_loss) {
          return absl::FailedPreconditionError(absl::StrCat(
              "the plan deletes data (hazard DATA_LOSS): ", absl::StrJoin(losses, "; "),
              ". Nothing was changed; confirm the data loss too (--confirm-data-loss) to run it"));
        }
        if (options.before_change) RETURN_IF_ERROR(options.before_change());
        const int n = static_cast<int>(outcome->statements.size());
        const absl::Status ran = RunStatements(conn, run, outcome->statements, &outcome->statements_run);
        if (!ran.ok()) {
          return absl::Status(ran.code(), absl::StrCat("syncing ", run.target.Where(), ": ", ran.message()));
        }
        outcome->applied = true;
        outcome->message = absl::StrCat("synced ", run.target.Where(), " with the ", options.models.label,
                                        ": ", n, " statement", n == 1 ? "" : "s", " ran");
        return absl::OkStatus();
      },
      &outcome->lock_wait);
}

}  // namespace schemaservice::executor
