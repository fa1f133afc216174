// schemactl: the team guide's commands over SchemaService.
//
//   schemactl [--server HOST:PORT] [--project P] health
//   schemactl [--server HOST:PORT] [--project P] show-all-migrations [--env E] [--events N]
//   schemactl [--project P] apply-migrations --env E [--to V] [--dry-run] [--allow-out-of-order]
//   schemactl [--project P] rollback-db-migration --env E (--steps N | --to V) [--dry-run]
//             [--confirm-data-loss]
//   schemactl [--project P] resolve --env E --version V --as applied|rolled-back
//   schemactl [--project P] baseline --env E --version V
//   schemactl [--project P] prepare-migration -m MSG [--online] [--dry-run] [--rename OLD=NEW]...
//   schemactl [--project P] new-migration -m MSG [--migrations-dir DIR]
//   schemactl [--project P] rehash [--migrations-dir DIR]
//   schemactl diff FROM TO [--schema S]... [--rename OLD=NEW]... [--online] [--down] [--shadow URL] [--pg-bin-dir M=DIR]...
//   schemactl [--project P] detect-schema-changes
//   schemactl [--project P] sync-dev-schema [--env dev] [--yes] [--confirm-data-loss] [--online] [--rename OLD=NEW]...
//   schemactl [--project P] create-backup --env E [--reason TEXT]
//   schemactl [--project P] list-backups --env E
//   schemactl [--project P] verify-backup ID [--env E]
//   schemactl [--project P] restore --env E --backup ID (--into NAME | --in-place [--confirm E])
//
// Connection flags: --tls-ca, --tls-cert, --tls-key, --tls-server-name, --token-file (or
// SCHEMACTL_TLS_CA, ..._CERT, ..._KEY, ..._SERVER_NAME, SCHEMACTL_TOKEN_FILE, SCHEMACTL_TOKEN).
// Defaults come from SCHEMACTL_SERVER and SCHEMACTL_PROJECT. Exit codes: 0 success, 1 the
// call failed (message on stderr), 2 bad usage; diff and detect-schema-changes exit 0 when
// there is no difference, 2 when there is one, 1 on error.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include <malloc.h>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "clients/cpp/render.h"
#include "schemaservice/client.h"
#include "service/api/convert.h"
#include "service/executor/engine.h"
#include "service/pg/connection.h"
#include "service/store/store.h"
#include "service/plan/render.h"

namespace {

using schemaservice::Client;
using schemaservice::ClientOptions;
using schemaservice::ProgressStream;

int Fail(const absl::Status& status) {
  std::cerr << "schemactl: " << absl::StatusCodeToString(status.code()) << ": "
            << status.message() << std::endl;
  return 1;
}

// A failed call: when schemad never answered, what to check, in terms of schemactl's flags.
int Fail(const Client& client, const absl::Status& status) {
  if (!schemaservice::ServerNeverAnswered(status)) return Fail(status);
  return Fail(absl::Status(
      status.code(),
      absl::StrCat(status.message(), "; is it running? (set --server or SCHEMACTL_SERVER)",
                   client.options().tls_ca.empty()
                       ? "; if it serves TLS, pass --tls-ca"
                       : "; does it serve TLS with a certificate this CA signed?")));
}

// Comment text goes through CommentText: a name holding a newline must not end its line.
std::string RenderDiff(const schemaservice::v1::DiffResponse& response, bool down,
                       const std::string& title) {
  using schemaservice::plan::CommentText;
  std::string out = "-- " + CommentText(title) + "\n";
  for (const std::string& w : response.warnings()) out += "-- warning: " + CommentText(w) + "\n";
  const auto& statements = down ? response.down_statements() : response.statements();
  if (statements.empty()) return out + "-- no differences\n";
  out += "\n";
  for (const auto& s : statements) {
    out += "-- " + CommentText(s.description()) + "\n";
    for (const auto& h : s.hazards()) {
      std::string kind = schemaservice::v1::HazardKind_Name(h.kind()).substr(12);
      std::string severity = schemaservice::v1::Severity_Name(h.severity()).substr(9);
      std::transform(severity.begin(), severity.end(), severity.begin(), ::tolower);
      out += "-- hazard " + kind + " (" + severity + ", " + CommentText(h.rule()) + "): " +
             CommentText(h.message());
      if (!h.safer_alternative().empty()) out += "; safer: " + CommentText(h.safer_alternative());
      out += "\n";
    }
    if (!s.transactional()) out += "-- schemaservice:no-transaction\n";
    out += s.sql() + ";\n\n";
  }
  return out;
}

int RunDiff(const std::string& from_text, const std::string& to_text,
            const std::vector<std::string>& schemas, const std::vector<std::string>& renames,
            bool online, bool down,
            const std::string& shadow_url, const std::map<int, std::string>& bin_dirs,
            const std::string& format) {
  namespace executor = schemaservice::executor;
  executor::DiffRequest request;
  absl::StatusOr<executor::Source> from = executor::Source::Parse(from_text);
  if (!from.ok()) return Fail(from.status());
  absl::StatusOr<executor::Source> to = executor::Source::Parse(to_text);
  if (!to.ok()) return Fail(to.status());
  request.from = *from;
  request.to = *to;
  request.schemas = schemas;
  request.options.online = online;
  for (const std::string& text : renames) {
    absl::StatusOr<schemaservice::plan::RenameHint> hint = schemaservice::plan::ParseRenameHint(text);
    if (!hint.ok()) return Fail(hint.status());
    request.options.renames.push_back(*hint);
  }
  request.want_from_hash = false;  // only Sync's confirmation needs it
  // Its own private server, started for this run, loading the user's own folders.
  request.load.folder_superuser = shadow_url.empty();
  std::unique_ptr<executor::ShadowServer> shadow;
  if (shadow_url.empty()) {
    // Of the major of the database compared, when one side is: found on demand.
    executor::ShadowOptions options;
    // Two live databases need no shadow: looking for servers (a `postgres --version` per
    // major) would only cost time; the shadow finds them on first use otherwise.
    const bool both_live = from->kind == executor::Source::Kind::kLive &&
                           to->kind == executor::Source::Kind::kLive;
    if (!both_live || !bin_dirs.empty()) {
      options.binaries = schemaservice::pg::Binaries::Find(bin_dirs);
      if (absl::Status s = options.binaries->Check(); !s.ok()) return Fail(s);
    }
    shadow = std::make_unique<executor::ShadowServer>(std::move(options));
  } else {
    absl::StatusOr<schemaservice::pg::ConnectionSettings> settings =
        schemaservice::pg::ParseConnectionString(shadow_url);
    if (!settings.ok()) return Fail(settings.status());
    shadow = std::make_unique<executor::ShadowServer>(*settings);
  }
  absl::StatusOr<executor::DiffResult> result = executor::RunDiff(request, *shadow);
  if (!result.ok()) return Fail(result.status());
  schemaservice::v1::DiffResponse response;
  schemaservice::api::ToProto(*result, &response);
  if (format == "json") {
    std::cout << schemaservice::client::RenderJson(response) << std::endl;
  } else {
    std::cout << RenderDiff(response, down,
                            "schemactl diff " + from->label + " -> " + to->label +
                                (down ? " (down)" : ""));
  }
  return (down ? response.down_statements_size() : response.statements_size()) == 0 ? 0 : 2;
}

int PrepareMigration(const Client& client, const std::string& project, const std::string& message,
                     const std::vector<std::string>& renames, bool online, bool dry_run,
                     const std::string& format) {
  namespace v1 = schemaservice::v1;
  v1::GenerateRequest request;
  for (const std::string& hint : renames) request.add_renames(hint);
  request.set_project(project);
  request.set_message(message);
  request.set_online(online);
  request.set_dry_run(dry_run);
  absl::StatusOr<v1::GenerateResponse> generated = client.Generate(request);
  if (!generated.ok()) return Fail(client, generated.status());
  const v1::GenerateResponse& response = *generated;
  if (format == "json") {
    std::cout << schemaservice::client::RenderJson(response) << std::endl;
    return 0;
  }
  if (response.empty()) {
    std::cout << "no changes: the models equal the migrations; nothing written" << std::endl;
    return 0;
  }
  for (const v1::Migration& m : response.migrations()) {
    if (dry_run) {
      std::cout << "-- " << m.version() << "_" << m.message() << ".up.sql (dry run, not written)\n"
                << m.up_sql() << "-- " << m.version() << "_" << m.message()
                << ".down.sql (dry run, not written)\n"
                << m.down_sql() << std::endl;
    }
  }
  for (const std::string& file : response.files()) std::cout << "wrote " << file << std::endl;
  return 0;
}

// new-migration and rehash: the store on disk, no server.
int RunStore(bool add, const std::string& migrations_dir, const std::string& message) {
  namespace store = schemaservice::store;
  absl::StatusOr<store::Store> opened = store::Store::Open(migrations_dir);
  if (!opened.ok()) return Fail(opened.status());
  if (!add) {
    if (absl::Status s = opened->Rehash(); !s.ok()) return Fail(s);
    std::cout << "rewrote " << (opened->versions_dir() / "schema.sum").string() << " ("
              << opened->migrations().size() << " migrations)" << std::endl;
    return 0;
  }
  absl::StatusOr<store::Migration> added = opened->AddEmpty(message, absl::Now());
  if (!added.ok()) return Fail(added.status());
  for (const std::string& file : {added->up_file(), added->down_file()}) {
    std::cout << (opened->versions_dir() / file).string() << std::endl;
  }
  return 0;
}

// sync-dev-schema --format json: ONE document on stdout, {"plan": Progress, "result":
// Progress or null (not run: nothing to do, declined, unconfirmed, or the run failed)}.
void PrintSyncJson(const std::string& plan_json, const std::string& result_json) {
  std::cout << "{\"plan\": " << plan_json << ",\n\"result\": "
            << (result_json.empty() ? "null" : result_json) << "}" << std::endl;
}

// Reads a progress stream to its end, printing as it goes; the final status decides.
// `sync_plan_json`: sync-dev-schema's plan, printed with the result as one JSON document.
int FollowProgress(const Client& client, ProgressStream stream, const std::string& format,
                   const std::string* sync_plan_json = nullptr) {
  namespace v1 = schemaservice::v1;
  schemaservice::client::ProgressPrinter printer(std::cerr, isatty(STDERR_FILENO) != 0);
  const absl::StatusOr<v1::Progress> last = stream.Drain([&](const v1::Progress& progress) {
    if (!progress.has_summary() && format != "json") printer.Print(progress);
  });
  printer.EndBar();
  if (!last.ok()) {
    if (format == "json" && sync_plan_json != nullptr) PrintSyncJson(*sync_plan_json, "");
    return Fail(client, last.status());
  }
  if (format == "json" && sync_plan_json != nullptr) {
    PrintSyncJson(*sync_plan_json, schemaservice::client::RenderJson(*last));
  } else if (format == "json") {
    std::cout << schemaservice::client::RenderJson(*last) << std::endl;
  } else if (last->has_summary()) {
    std::cout << last->summary().message() << " (" << last->summary().duration_ms() << " ms)" << std::endl;
  }
  return 0;
}

// y/N on the terminal; anything but y/yes is no.
bool AskYes(const std::string& question) {
  std::cerr << question << " [y/N] " << std::flush;
  std::string answer;
  if (!std::getline(std::cin, answer)) return false;
  return answer == "y" || answer == "Y" || answer == "yes";
}

// Two phases: the plan is shown and confirmed (y/N on a terminal, --yes in scripts), then run
// with the hash it was shown under, so what runs is what was seen.
int SyncDevSchema(const Client& client, const std::string& project, const std::string& env, bool yes,
                  bool confirm_data_loss, bool online, const std::vector<std::string>& renames,
                  const std::string& request_id, const std::string& format) {
  namespace v1 = schemaservice::v1;
  v1::SyncRequest request;
  for (const std::string& hint : renames) request.add_renames(hint);
  request.set_project(project);
  request.set_environment(env);
  request.set_online(online);
  request.set_request_id(request_id);
  const absl::StatusOr<v1::Progress> planned = client.Sync(request).Finish();
  if (!planned.ok()) return Fail(client, planned.status());
  const v1::Progress& last = *planned;
  const v1::Summary& plan = last.summary();
  v1::DiffResponse shown;
  *shown.mutable_statements() = plan.statements();
  // --format json: the plan is printed with the run's result, as one document.
  const std::string plan_json = format == "json" ? schemaservice::client::RenderJson(last) : "";
  // Every return before the run prints the plan alone (result null) in json.
  auto not_run = [&](int code) {
    if (format == "json") PrintSyncJson(plan_json, "");
    return code;
  };
  if (format != "json") {
    std::cout << RenderDiff(shown, false, "sync-dev-schema: models -> " + env + " database") << std::flush;
  }
  if (plan.statements().empty()) {
    if (format != "json") std::cout << plan.message() << std::endl;
    return not_run(0);
  }
  std::vector<std::string> losses;
  for (const v1::Statement& st : plan.statements()) {
    for (const v1::Hazard& h : st.hazards()) {
      if (h.kind() == v1::HAZARD_KIND_DATA_LOSS) {
        losses.push_back(st.description());
        break;
      }
    }
  }
  const bool terminal = isatty(STDIN_FILENO) != 0 && isatty(STDERR_FILENO) != 0;
  if (!yes) {
    if (!terminal) {
      std::cerr << "schemactl: not run: confirm with --yes (stdin is not a terminal, so nobody can be asked)"
                << std::endl;
      return not_run(2);
    }
    if (!AskYes("Run these " + std::to_string(plan.statements_size()) + " statements on " + project + "/" + env + "?")) {
      std::cerr << "not run; nothing was changed" << std::endl;
      return not_run(1);
    }
  }
  if (!losses.empty() && !confirm_data_loss) {
    std::string list;
    for (const std::string& l : losses) list += "\n  " + l;
    if (!terminal) {
      std::cerr << "schemactl: not run: the plan deletes data:" << list
                << "\nconfirm that too with --confirm-data-loss" << std::endl;
      return not_run(2);
    }
    if (!AskYes("The plan DELETES DATA:" + list + "\nDelete it?")) {
      std::cerr << "not run; nothing was changed" << std::endl;
      return not_run(1);
    }
    confirm_data_loss = true;
  }
  request.set_confirm_schema_hash(plan.schema_hash());
  request.set_confirm_data_loss(confirm_data_loss);
  return FollowProgress(client, client.Sync(request), format, format == "json" ? &plan_json : nullptr);
}

int DetectSchemaChanges(const Client& client, const std::string& project, const std::string& env,
                        const std::string& format) {
  namespace v1 = schemaservice::v1;
  int differences = 0;
  std::string json_parts;  // --format json: one document holding both comparisons
  for (const bool drift : {false, true}) {
    v1::DiffRequest request;
    request.set_project(project);
    if (drift) {
      request.mutable_from()->set_environment(env);
    } else {
      request.mutable_from()->mutable_migrations();
    }
    request.mutable_to()->mutable_models();
    const absl::StatusOr<v1::DiffResponse> diffed = client.Diff(request);
    if (!diffed.ok()) return Fail(client, diffed.status());
    const v1::DiffResponse& response = *diffed;
    if (response.statements_size() > 0) ++differences;
    const std::string title = drift ? "models vs the " + env + " database (drift; what sync-dev-schema would run)"
                                    : "models vs the replayed migrations (what the next migration would hold)";
    if (format == "json") {
      json_parts += std::string(json_parts.empty() ? "" : ",\n") + "\"" +
                    (drift ? "drift" : "next_migration") + "\": " +
                    schemaservice::client::RenderJson(response);
    } else {
      std::cout << RenderDiff(response, false, title) << std::endl;
    }
  }
  if (format == "json") std::cout << "{" << json_parts << "}" << std::endl;
  return differences == 0 ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
  // A short-lived process that may build two whole catalogs: memory freed is kept for reuse,
  // not handed back to the kernel, which zeroes and faults in every page again (at 10,000
  // tables 2 to 8 % less CPU for `diff`, on a machine shared with other work). 32 MB is the
  // largest threshold mallopt takes.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  CLI::App app{"schemactl: PostgreSQL schema management through schemad"};
  app.require_subcommand(1);
  // Global flags may also follow the command: `schemactl diff A B --format json`.
  app.fallthrough();
  ClientOptions options;
  std::string project;
  std::string format = "text";
  int timeout_seconds = 30;
  app.add_option("--server", options.server, "schemad address (host:port or unix:/path)")
      ->envname("SCHEMACTL_SERVER")
      ->capture_default_str();
  app.add_option("--project", project, "project name, as in schemad's config")
      ->envname("SCHEMACTL_PROJECT");
  app.add_option("--timeout", timeout_seconds, "seconds to wait for an answer")
      ->check(CLI::Range(1, 86400))
      ->capture_default_str();
  app.add_option("--format", format, "output format")
      ->check(CLI::IsMember({"text", "sql", "json"}))
      ->capture_default_str();
  std::string token_file;
  app.add_option("--tls-ca", options.tls_ca, "PEM file of the CA that signed schemad's certificate (turns TLS on)")
      ->envname("SCHEMACTL_TLS_CA");
  app.add_option("--tls-cert", options.tls_cert, "client certificate (PEM) for mutual TLS")
      ->envname("SCHEMACTL_TLS_CERT");
  app.add_option("--tls-key", options.tls_key, "client private key (PEM) for mutual TLS")
      ->envname("SCHEMACTL_TLS_KEY");
  app.add_option("--tls-server-name", options.tls_server_name,
                 "name to check schemad's certificate against (default: the --server host)")
      ->envname("SCHEMACTL_TLS_SERVER_NAME");
  app.add_option("--token-file", token_file, "file holding the bearer token (or set SCHEMACTL_TOKEN)")
      ->envname("SCHEMACTL_TOKEN_FILE");

  CLI::App* health = app.add_subcommand("health", "is schemad serving? (exit 0 if SERVING)");
  std::string health_service;
  health->add_option("--service", health_service,
                     "a service name (default: the whole server)");

  CLI::App* history = app.add_subcommand(
      "show-all-migrations",
      "applied, pending, failed, running, rolled back, tampered and missing migrations per environment");
  std::string env;
  int events = 0;
  history->add_option("--env", env, "environment (dev, test, prod, ...); default: every environment");
  history->add_option("--events", events, "also show the last N events of the event log")
      ->check(CLI::Range(0, 1000));

  CLI::App* apply = app.add_subcommand(
      "apply-migrations", "apply the pending migrations of the store to an environment, in order");
  std::string to_version, request_id;
  bool dry_run = false, allow_out_of_order = false, confirm_data_loss = false;
  apply->add_option("--env", env, "environment")->required();
  apply->add_option("--to", to_version, "apply up to and including this version");
  apply->add_flag("--dry-run", dry_run, "show what would run; run nothing");
  apply->add_flag("--allow-out-of-order", allow_out_of_order,
                  "apply a pending migration older than the latest applied one");
  apply->add_option("--request-id", request_id, "id recorded in the event log (default: random)")
      ->envname("SCHEMACTL_REQUEST_ID");

  CLI::App* rollback = app.add_subcommand(
      "rollback-db-migration", "run the stored down SQL of the latest applied migrations, newest first");
  int steps = 0;
  rollback->add_option("--env", env, "environment")->required();
  CLI::Option* steps_flag = rollback->add_option("--steps", steps, "roll back this many")->check(CLI::Range(1, 100000));
  rollback->add_option("--to", to_version, "roll back every migration after this version")->excludes(steps_flag);
  rollback->add_flag("--dry-run", dry_run, "show what would run; run nothing");
  rollback->add_flag("--confirm-data-loss", confirm_data_loss,
                     "run downs that drop tables, columns or rows");
  rollback->add_option("--request-id", request_id, "id recorded in the event log")
      ->envname("SCHEMACTL_REQUEST_ID");

  CLI::App* resolve = app.add_subcommand(
      "resolve", "record a person's verdict on a failed or interrupted migration");
  std::string version, resolve_as;
  resolve->add_option("--env", env, "environment")->required();
  resolve->add_option("--version", version, "the migration")->required();
  resolve->add_option("--as", resolve_as, "applied: it took effect; rolled-back: it did not")
      ->required()
      ->check(CLI::IsMember({"applied", "rolled-back"}));

  CLI::App* baseline = app.add_subcommand(
      "baseline", "adopt an existing database: record the migrations up to a version as applied");
  baseline->add_option("--env", env, "environment")->required();
  baseline->add_option("--version", version, "the store version the database equals")->required();

  CLI::App* diff = app.add_subcommand(
      "diff", "compare two schemas in-process (no server needed) and print the plan as SQL");
  std::string from_text, to_text, shadow_url;
  std::vector<std::string> schemas;
  bool online = false, down = false;
  diff->add_option("FROM", from_text, "postgres://... | models:DIR | migrations:DIR")->required();
  diff->add_option("TO", to_text, "postgres://... | models:DIR | migrations:DIR")->required();
  diff->add_option("--schema", schemas, "compare only this schema (repeatable)");
  const char* rename_help =
      "[KIND:]OLD=NEW: OLD was renamed to NEW, so ALTER ... RENAME instead of drop + create "
      "(repeatable; e.g. public.users.nick=nickname, table:public.users=public.accounts; KIND: "
      "table, column, index, constraint, type, label, schema, view, function)";
  std::vector<std::string> renames;
  diff->add_option("--rename", renames, rename_help);
  diff->add_flag("--online", online, "online-safe statements (CONCURRENTLY, NOT VALID + VALIDATE)");
  diff->add_flag("--down", down, "print the down plan (TO -> FROM) instead");
  diff->add_option("--shadow", shadow_url,
                   "server for shadow databases (default: a private PostgreSQL started on demand)")
      ->envname("SCHEMACTL_SHADOW");
  std::vector<std::string> bin_dir_flags;
  diff->add_option("--pg-bin-dir", bin_dir_flags,
                   "MAJOR=DIR: the folder of PostgreSQL MAJOR's initdb and postgres for private "
                   "shadows (repeatable; default: Debian's layout and scripts/install-pg-majors.sh's cache)");

  CLI::App* detect = app.add_subcommand(
      "detect-schema-changes",
      "models vs the replayed migrations (the next migration) and vs the dev database (drift)");
  std::string dev_env = "dev";
  detect->add_option("--env", dev_env, "the development environment")->capture_default_str();

  CLI::App* prepare = app.add_subcommand(
      "prepare-migration",
      "write the next migration (up and down) from the models, proven on a shadow first");
  std::string prepare_message;
  bool prepare_online = false, prepare_dry_run = false;
  prepare->add_option("-m,--message", prepare_message, "what the migration does")->required();
  prepare->add_flag("--online", prepare_online, "online-safe statements (CONCURRENTLY, NOT VALID + VALIDATE)");
  prepare->add_flag("--dry-run", prepare_dry_run, "show the migration, write nothing");
  prepare->add_option("--rename", renames, rename_help);

  CLI::App* new_migration = app.add_subcommand(
      "new-migration", "write an empty up/down pair for a hand-written migration, and update the sum");
  std::string message, migrations_dir;
  new_migration->add_option("-m,--message", message, "what the migration does")->required();
  new_migration->add_option("--migrations-dir", migrations_dir,
                            "work on this folder without a server (default: through schemad, --project)");
  CLI::App* rehash = app.add_subcommand(
      "rehash", "rewrite versions/schema.sum after a deliberate edit of a migration applied nowhere yet");
  rehash->add_option("--migrations-dir", migrations_dir,
                     "work on this folder without a server (default: through schemad, --project)");

  CLI::App* sync = app.add_subcommand(
      "sync-dev-schema",
      "make the dev database equal to the models (shows the plan and asks first; dev only)");
  std::string sync_env = "dev";
  bool yes = false;
  sync->add_option("--env", sync_env, "the environment (its policy must have allow_sync)")->capture_default_str();
  sync->add_flag("-y,--yes", yes, "run the plan without asking (scripts)");
  sync->add_flag("--confirm-data-loss", confirm_data_loss, "run a plan that drops tables, columns or rows");
  sync->add_flag("--online", online, "online-safe statements (CONCURRENTLY, NOT VALID + VALIDATE)");
  sync->add_option("--rename", renames, rename_help);
  sync->add_option("--request-id", request_id, "id recorded in the event log")->envname("SCHEMACTL_REQUEST_ID");

  CLI::App* create_backup = app.add_subcommand(
      "create-backup", "back an environment's database up (pg_dump custom format, verified, with a manifest)");
  std::string reason;
  create_backup->add_option("--env", env, "environment")->required();
  create_backup->add_option("--reason", reason, "why, stored in the manifest");
  create_backup->add_option("--request-id", request_id, "id recorded in the event log")->envname("SCHEMACTL_REQUEST_ID");

  CLI::App* list_backups = app.add_subcommand("list-backups", "the backups of an environment, newest first");
  list_backups->add_option("--env", env, "environment")->required();

  CLI::App* verify_backup = app.add_subcommand(
      "verify-backup", "restore a backup into a scratch database and compare its catalog with the recorded one");
  std::string backup_id;
  verify_backup->add_option("ID", backup_id, "the backup (see list-backups)")->required();
  verify_backup->add_option("--env", env, "its environment (default: found among the project's)");

  CLI::App* restore = app.add_subcommand(
      "restore", "restore a backup into a new database, or in place after a confirmation naming the environment");
  std::string into, confirm_env;
  bool in_place = false;
  restore->add_option("--env", env, "environment")->required();
  restore->add_option("--backup", backup_id, "the backup (see list-backups)")->required();
  CLI::Option* into_flag = restore->add_option("--into", into, "a new database on the environment's server");
  restore->add_flag("--in-place", in_place, "replace the environment's database (a safety backup is taken first)")
      ->excludes(into_flag);
  restore->add_option("--confirm", confirm_env, "in place: the environment's name, as confirmation (else asked)");
  restore->add_option("--request-id", request_id, "id recorded in the event log")->envname("SCHEMACTL_REQUEST_ID");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  options.timeout = absl::Seconds(timeout_seconds);
  // Migration runs wait for locks and build indexes: an hour unless --timeout says otherwise.
  if ((*apply || *rollback || *baseline || *sync || *create_backup || *verify_backup || *restore) &&
      app.get_option("--timeout")->count() == 0) {
    options.timeout = absl::Hours(1);
  }
  options.stream_timeout = options.timeout;
  std::map<int, std::string> bin_dirs;
  for (const std::string& flag : bin_dir_flags) {
    const size_t eq = flag.find('=');
    int major = 0;
    if (eq == std::string::npos || !absl::SimpleAtoi(flag.substr(0, eq), &major) || eq + 1 == flag.size()) {
      std::cerr << "schemactl: --pg-bin-dir " << flag << ": expected MAJOR=DIR, e.g. 17=/usr/lib/postgresql/17/bin\n";
      return 2;
    }
    bin_dirs[major] = flag.substr(eq + 1);
  }
  if (*diff) return RunDiff(from_text, to_text, schemas, renames, online, down, shadow_url, bin_dirs, format);
  if ((*new_migration || *rehash) && !migrations_dir.empty()) {
    return RunStore(static_cast<bool>(*new_migration), migrations_dir, message);
  }
  if (!token_file.empty()) {
    absl::StatusOr<std::string> token = schemaservice::ReadSecretFile(token_file, "--token-file");
    if (!token.ok()) {
      std::cerr << "schemactl: " << token.status().message() << std::endl;
      return 2;
    }
    options.token = *token;
  } else if (const char* token = std::getenv("SCHEMACTL_TOKEN"); token != nullptr && *token) {
    options.token = token;
  }
  absl::StatusOr<std::unique_ptr<Client>> created = Client::Create(options);
  if (!created.ok()) {
    std::cerr << "schemactl: " << created.status().message() << std::endl;
    return 2;
  }
  const Client& client = **created;
  if (*detect) {
    if (project.empty()) {
      std::cerr << "schemactl: --project is required (or set SCHEMACTL_PROJECT)" << std::endl;
      return 2;
    }
    return DetectSchemaChanges(client, project, dev_env, format);
  }

  if (*new_migration || *rehash) {
    if (project.empty()) {
      std::cerr << "schemactl: --project is required (or set SCHEMACTL_PROJECT), or give "
                   "--migrations-dir to work on a folder without a server"
                << std::endl;
      return 2;
    }
    namespace v1 = schemaservice::v1;
    if (*new_migration) {
      v1::NewMigrationRequest request;
      request.set_project(project);
      request.set_message(message);
      const absl::StatusOr<v1::GenerateResponse> response = client.NewMigration(request);
      if (!response.ok()) return Fail(client, response.status());
      for (const std::string& file : response->files()) std::cout << "wrote " << file << std::endl;
      return 0;
    }
    v1::RehashRequest request;
    request.set_project(project);
    const absl::StatusOr<v1::RehashResponse> response = client.Rehash(request);
    if (!response.ok()) return Fail(client, response.status());
    std::cout << "rewrote versions/schema.sum (" << response->files_size() << " files)" << std::endl;
    return 0;
  }
  if (*prepare) {
    if (project.empty()) {
      std::cerr << "schemactl: --project is required (or set SCHEMACTL_PROJECT)" << std::endl;
      return 2;
    }
    return PrepareMigration(client, project, prepare_message, renames, prepare_online, prepare_dry_run, format);
  }
  if (*health) {
    absl::StatusOr<std::string> status = client.Health(health_service);
    if (!status.ok()) return Fail(client, status.status());
    std::cout << *status << std::endl;
    return *status == "SERVING" ? 0 : 1;
  }
  if ((*history || *apply || *rollback || *resolve || *baseline || *sync || *create_backup ||
       *list_backups || *verify_backup || *restore) && project.empty()) {
    std::cerr << "schemactl: --project is required (or set SCHEMACTL_PROJECT)" << std::endl;
    return 2;
  }
  namespace v1 = schemaservice::v1;
  if (*sync) return SyncDevSchema(client, project, sync_env, yes, confirm_data_loss, online, renames, request_id, format);
  if (*create_backup) {
    v1::BackupRequest request;
    request.set_project(project);
    request.set_environment(env);
    request.set_reason(reason);
    request.set_request_id(request_id);
    return FollowProgress(client, client.Backup(request), format);
  }
  if (*list_backups) {
    v1::ListBackupsRequest request;
    request.set_project(project);
    request.set_environment(env);
    const absl::StatusOr<v1::ListBackupsResponse> response = client.ListBackups(request);
    if (!response.ok()) return Fail(client, response.status());
    std::cout << (format == "json" ? schemaservice::client::RenderJson(*response) + "\n"
                                   : schemaservice::client::RenderBackupsText(project + "/" + env, *response));
    return 0;
  }
  if (*verify_backup) {
    if (env.empty()) {
      // The id alone: look for it in every environment the caller may read.
      v1::HistoryRequest history_request;
      history_request.set_project(project);
      absl::StatusOr<v1::HistoryResponse> all = client.History(history_request);
      if (!all.ok()) return Fail(client, all.status());
      for (const v1::EnvironmentHistory& e : all->environments()) {
        v1::ListBackupsRequest request;
        request.set_project(project);
        request.set_environment(e.environment());
        const absl::StatusOr<v1::ListBackupsResponse> response = client.ListBackups(request);
        if (!response.ok()) continue;
        for (const v1::BackupInfo& b : response->backups()) {
          if (b.id() == backup_id) env = e.environment();
        }
      }
      if (env.empty()) {
        return Fail(absl::NotFoundError("no environment of project " + project + " has backup " + backup_id +
                                        " (see list-backups --env E)"));
      }
    }
    v1::VerifyBackupRequest request;
    request.set_project(project);
    request.set_environment(env);
    request.set_backup_id(backup_id);
    return FollowProgress(client, client.VerifyBackup(request), format);
  }
  if (*restore) {
    if (into.empty() && !in_place) {
      std::cerr << "schemactl: say where: --into NEW_DATABASE, or --in-place (replaces " << env
                << "'s database)" << std::endl;
      return 2;
    }
    if (in_place && confirm_env.empty()) {
      if (isatty(STDIN_FILENO) == 0) {
        std::cerr << "schemactl: restoring in place replaces " << project << "/" << env
                  << "'s database: confirm with --confirm " << env << std::endl;
        return 2;
      }
      std::cerr << "Restoring replaces everything in " << project << "/" << env
                << "'s database with backup " << backup_id << ". Type the environment's name to confirm: "
                << std::flush;
      std::getline(std::cin, confirm_env);
    }
    if (in_place && confirm_env != env) {
      std::cerr << "schemactl: not confirmed (\"" << confirm_env << "\" is not " << env << "); nothing was changed"
                << std::endl;
      return 1;
    }
    v1::RestoreRequest request;
    request.set_project(project);
    request.set_environment(env);
    request.set_backup_id(backup_id);
    request.set_new_database(into);
    request.set_confirm_overwrite(in_place);
    request.set_confirm_environment(confirm_env);
    request.set_request_id(request_id);
    return FollowProgress(client, client.Restore(request), format);
  }
  if (*apply) {
    v1::ApplyRequest request;
    request.set_project(project);
    request.set_environment(env);
    request.set_target_version(to_version);
    request.set_dry_run(dry_run);
    request.set_allow_out_of_order(allow_out_of_order);
    request.set_request_id(request_id);
    return FollowProgress(client, client.Apply(request), format);
  }
  if (*rollback) {
    if (steps == 0 && to_version.empty()) {
      std::cerr << "schemactl: say how far: --steps N or --to VERSION" << std::endl;
      return 2;
    }
    v1::RollbackRequest request;
    request.set_project(project);
    request.set_environment(env);
    request.set_steps(steps);
    request.set_to_version(to_version);
    request.set_dry_run(dry_run);
    request.set_confirm_data_loss(confirm_data_loss);
    request.set_request_id(request_id);
    return FollowProgress(client, client.Rollback(request), format);
  }
  if (*baseline) {
    v1::BaselineRequest request;
    request.set_project(project);
    request.set_environment(env);
    request.set_version(version);
    return FollowProgress(client, client.Baseline(request), format);
  }
  if (*resolve) {
    v1::ResolveRequest request;
    request.set_project(project);
    request.set_environment(env);
    request.set_version(version);
    request.set_as(resolve_as == "applied" ? v1::RESOLVE_AS_APPLIED : v1::RESOLVE_AS_ROLLED_BACK);
    const absl::StatusOr<v1::ResolveResponse> response = client.Resolve(request);
    if (!response.ok()) return Fail(client, response.status());
    if (format == "json") {
      std::cout << schemaservice::client::RenderJson(*response) << std::endl;
    } else {
      std::cout << "recorded " << version << " on " << env << " as " << resolve_as << std::endl;
    }
    return 0;
  }
  if (*history) {
    schemaservice::v1::HistoryRequest request;
    request.set_project(project);
    request.set_environment(env);
    request.set_event_limit(events);
    absl::StatusOr<schemaservice::v1::HistoryResponse> response = client.History(request);
    if (!response.ok()) return Fail(client, response.status());
    std::cout << (format == "json" ? schemaservice::client::RenderJson(*response)
                                   : schemaservice::client::RenderHistoryText(project, *response));
    if (format == "json") std::cout << std::endl;
    return 0;
  }
  return 2;
}
