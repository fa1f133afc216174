#include "service/executor/generate.h"

#include "absl/strings/str_cat.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::executor {
namespace {

// Consecutive transactional statements form one migration; a non-transactional one stands
// alone. The session setting that lets function bodies refer to later objects goes with
// every transactional part that needs it.
std::vector<std::vector<plan::Statement>> SplitByTransaction(const std::vector<plan::Statement>& up) {
  std::vector<std::vector<plan::Statement>> parts;
  std::vector<plan::Statement> preamble;
  size_t i = 0;
  if (!up.empty() && up[0].sql == "SET check_function_bodies = false") preamble.push_back(up[i++]);
  bool open = false;  // the last part takes more transactional statements
  for (; i < up.size(); ++i) {
    if (!up[i].transactional) {
      parts.push_back({up[i]});
      open = false;
      continue;
    }
    if (!open) {
      parts.push_back(preamble);
      open = true;
    }
    parts.back().push_back(up[i]);
  }
  return parts;
}

bool AnyNonTransactional(const std::vector<plan::Statement>& statements) {
  for (const plan::Statement& s : statements) {
    if (!s.transactional) return true;
  }
  return false;
}

std::string RenderFile(const std::string& title, const std::vector<plan::Statement>& statements) {
  std::string out = absl::StrCat("-- ", plan::CommentText(title), "\n");
  if (AnyNonTransactional(statements)) absl::StrAppend(&out, "-- schemaservice:no-transaction\n");
  absl::StrAppend(&out, "-- Written by prepare-migration: each statement's hazards are above it.\n\n",
                  plan::RenderSql(statements));
  return out;
}

// What still differs between a shadow's catalog and the one it should equal.
absl::Status ExpectEqual(const catalog::Catalog& got, const catalog::Catalog& want,
                         const std::string& step) {
  ASSIGN_OR_RETURN(std::vector<plan::Statement> rest, plan::PlanStatements(got, want));
  if (rest.empty()) return absl::OkStatus();
  return absl::InternalError(absl::StrCat(
      "proving the migration: after ", step, " the shadow still differs (first: ",
      rest.front().description, "); nothing was written"));
}

}  // namespace

absl::StatusOr<GenerateResult> Generate(const GenerateRequest& request, ShadowServer& shadow_server) {
  ShadowServer* major_shadow = &shadow_server;
  if (request.major != 0) {
    ASSIGN_OR_RETURN(major_shadow, shadow_server.ForMajor(request.major));
  }
  ShadowServer& shadow = *major_shadow;
  ASSIGN_OR_RETURN(store::Store store, store::Store::Open(request.migrations_dir));
  RETURN_IF_ERROR(store.Verify());
  RETURN_IF_ERROR(store::Slug(request.message).status());

  catalog::ReadOptions read;
  ASSIGN_OR_RETURN(const catalog::Catalog models, ReadSource(request.models, shadow, read, request.load));
  Source base;
  base.kind = Source::Kind::kMigrations;
  base.dir = request.migrations_dir;
  base.label = "migrations";
  ASSIGN_OR_RETURN(std::unique_ptr<LoadedShadow> proof, LoadShadow(base, shadow, request.load));
  ASSIGN_OR_RETURN(const catalog::Catalog start, proof->Read(read));
  ASSIGN_OR_RETURN(const plan::Plan plan, plan::PlanMigration(start, models, request.options));
  GenerateResult result;
  if (plan.up.empty()) return result;

  // Up, part by part; each part's down is planned from the catalogs on both sides of it.
  const std::vector<std::vector<plan::Statement>> parts = SplitByTransaction(plan.up);
  std::vector<catalog::Catalog> states{start};
  std::vector<std::vector<plan::Statement>> downs;
  for (size_t k = 0; k < parts.size(); ++k) {
    if (absl::Status s = proof->Apply(parts[k]); !s.ok()) {
      return Annotate(s, absl::StrCat("proving the migration: up, part ", k + 1, " of ", parts.size()));
    }
    ASSIGN_OR_RETURN(catalog::Catalog after, proof->Read(read));
    // The renames lead the plan, so they are all in the first part: its down renames back.
    plan::Options down_options;
    if (k == 0) {
      for (const plan::RenameHint& hint : request.options.renames) down_options.renames.push_back(hint.Reversed());
    }
    ASSIGN_OR_RETURN(std::vector<plan::Statement> down, plan::PlanStatements(after, states.back(), down_options));
    downs.push_back(std::move(down));
    states.push_back(std::move(after));
  }
  RETURN_IF_ERROR(ExpectEqual(states.back(), models, "up"));
  for (size_t k = parts.size(); k-- > 0;) {
    if (absl::Status s = proof->Apply(downs[k]); !s.ok()) {
      return Annotate(s, absl::StrCat("proving the migration: down, part ", k + 1, " of ", parts.size()));
    }
  }
  ASSIGN_OR_RETURN(const catalog::Catalog back, proof->Read(read));
  RETURN_IF_ERROR(ExpectEqual(back, start, "down"));
  for (size_t k = 0; k < parts.size(); ++k) {
    if (absl::Status s = proof->Apply(parts[k]); !s.ok()) {
      return Annotate(s, absl::StrCat("proving the migration: up again, part ", k + 1, " of ", parts.size()));
    }
  }
  ASSIGN_OR_RETURN(const catalog::Catalog again, proof->Read(read));
  RETURN_IF_ERROR(ExpectEqual(again, models, "up again"));

  for (size_t k = 0; k < parts.size(); ++k) {
    const std::string title =
        parts.size() == 1 ? request.message
                          : absl::StrCat(request.message, " (", k + 1, " of ", parts.size(), ")");
    GeneratedMigration m;
    m.up = parts[k];
    m.down = downs[k];
    const std::string up_text = RenderFile(title, m.up);
    const std::string down_text = RenderFile(absl::StrCat("Undo: ", title), m.down);
    if (request.dry_run) {
      std::set<std::string> taken;
      for (const store::Migration& existing : store.migrations()) taken.insert(existing.version);
      for (const GeneratedMigration& earlier : result.migrations) taken.insert(earlier.migration.version);
      m.migration.version = store::NextVersion(request.now, taken);
      ASSIGN_OR_RETURN(m.migration.slug, store::Slug(title));
      m.migration.up_sql = up_text;
      m.migration.down_sql = down_text;
    } else {
      ASSIGN_OR_RETURN(m.migration, store.Add(title, up_text, down_text, request.now));
    }
    result.migrations.push_back(std::move(m));
  }
  return result;
}

}  // namespace schemaservice::executor
