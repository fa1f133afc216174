#include "service/executor/backups.h"

#include <memory>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "service/backup/dump.h"
#include "service/catalog/reader.h"
#include "service/executor/engine.h"
#include "service/pg/connection.h"
#include "service/pg/errors.h"
#include "service/pg/quote.h"
#include "service/util/status.h"

namespace schemaservice::executor {
namespace {

using Phase = ProgressEvent::Phase;

void Say(const RunContext& run, Phase phase, std::string message, int64_t done = 0,
         int64_t total = 0) {
  run.Report({phase, 0, 0, "", 0, 0, done, total, std::move(message)});
}

std::string Size(int64_t bytes) {
  if (bytes < 1024 * 1024) return absl::StrFormat("%.1f kB", bytes / 1024.0);
  if (bytes < 1024LL * 1024 * 1024) return absl::StrFormat("%.1f MB", bytes / (1024.0 * 1024));
  return absl::StrFormat("%.2f GB", bytes / (1024.0 * 1024 * 1024));
}

std::function<bool()> CancelledBy(const RunContext& run) {
  return [c = run.canceller] { return c != nullptr && c->cancelled(); };
}

// The schema's fingerprint as Diff computes it; "" with `why` when the engine cannot read a
// kind of object the database holds (the backup itself does not depend on the engine).
std::string CatalogHash(pqxx::connection& conn, std::string* why) {
  absl::StatusOr<catalog::Catalog> c = catalog::ReadCatalog(conn, {});
  absl::StatusOr<std::string> hash = c.ok() ? SchemaHash(*c) : absl::StatusOr<std::string>(c.status());
  if (hash.ok()) return *hash;
  *why = std::string(hash.status().message());
  return "";
}

absl::StatusOr<std::string> CatalogHashOf(const pg::ConnectionSettings& settings,
                                          pg::Canceller* canceller, std::string* why) {
  ASSIGN_OR_RETURN(std::unique_ptr<pqxx::connection> conn, pg::Connect(settings, "schemad-backup"));
  pg::Canceller::Watch watch = pg::WatchQueries(canceller, *conn);
  return CatalogHash(*conn, why);
}

struct Facts {
  int major = 0;
  std::string server_version;
  int64_t size = 0;
  std::string schema_version;
  std::string catalog_hash, no_hash_reason;
};

// What the manifest records about the database, read where the environment is checked to be
// the database it claims to be.
absl::StatusOr<Facts> ReadFacts(const Target& target, pg::Canceller* canceller) {
  ASSIGN_OR_RETURN(HistoryConnection h,
                   ConnectWithHistory(target, /*create_schema=*/true, /*record=*/true, canceller));
  Facts f;
  try {
    pqxx::nontransaction tx(h.conn());
    const pqxx::row r = tx.exec_params1(
        "SELECT current_setting('server_version'), current_setting('server_version_num')::int / 10000,"
        " pg_database_size(current_database()),"
        " coalesce((SELECT max(version) FROM schemaservice.migrations WHERE project = $1"
        " AND status = 'applied'), '')",
        target.project);
    f.server_version = r[0].as<std::string>();
    f.major = r[1].as<int>();
    f.size = r[2].as<int64_t>();
    f.schema_version = r[3].as<std::string>();
  } catch (const std::exception& e) {
    return pg::FromException(e, absl::StrCat("reading what to back up of ", target.Where()));
  }
  f.catalog_hash = CatalogHash(h.conn(), &f.no_hash_reason);
  h.Done();
  return f;
}

absl::StatusOr<std::string> PgDumpFor(const BackupSettings& settings, int major) {
  if (settings.binaries == nullptr) return absl::InternalError("no PostgreSQL programs configured");
  return settings.binaries->PgDump(major);
}

// A database made for a restore; dropped when the guard goes unless kept.
class ScratchDatabase {
 public:
  ScratchDatabase(const pg::ConnectionSettings& server, std::string name, bool drop_on_exit)
      : server_(server), name_(std::move(name)), drop_(drop_on_exit) {}
  ~ScratchDatabase() {
    if (drop_ && created_) (void)Drop();
  }
  void Keep() { drop_ = false; }

  // `replace`: a leftover of an earlier run (same name) is dropped first.
  absl::Status Create(bool replace) {
    ASSIGN_OR_RETURN(std::unique_ptr<pqxx::connection> conn, pg::Connect(server_, "schemad-backup"));
    try {
      pqxx::nontransaction tx(*conn);
      if (replace) tx.exec0(absl::StrCat("DROP DATABASE IF EXISTS ", pg::QuoteIdent(name_), " WITH (FORCE)"));
      tx.exec0(absl::StrCat("CREATE DATABASE ", pg::QuoteIdent(name_), " TEMPLATE template0"));
    } catch (const pqxx::sql_error& e) {
      if (e.sqlstate() == "42P04") {
        return absl::AlreadyExistsError(absl::StrCat(
            "database ", name_, " already exists on ", server_.host, ":", server_.port,
            "; restore into a name that is free. Nothing was changed"));
      }
      return pg::FromException(e, absl::StrCat("creating database ", name_, " (the account needs CREATEDB)"));
    } catch (const std::exception& e) {
      return pg::FromException(e, absl::StrCat("creating database ", name_));
    }
    created_ = true;
    return absl::OkStatus();
  }

  absl::Status Drop() {
    ASSIGN_OR_RETURN(std::unique_ptr<pqxx::connection> conn, pg::Connect(server_, "schemad-backup"));
    try {
      pqxx::nontransaction tx(*conn);
      tx.exec0(absl::StrCat("DROP DATABASE IF EXISTS ", pg::QuoteIdent(name_), " WITH (FORCE)"));
      created_ = false;
      return absl::OkStatus();
    } catch (const std::exception& e) {
      return pg::FromException(e, absl::StrCat("dropping database ", name_));
    }
  }

  pg::ConnectionSettings settings() const {
    pg::ConnectionSettings s = server_;
    s.dbname = name_;
    return s;
  }

 private:
  pg::ConnectionSettings server_;
  std::string name_;
  bool drop_;
  bool created_ = false;
};

absl::Status Restore(const RunContext& run, const std::string& pg_restore, const backup::Manifest& m,
                     BackupSettings settings, const pg::ConnectionSettings& into) {
  ASSIGN_OR_RETURN(std::unique_ptr<backup::BackupStore::Reader> reader, settings.store->Open(m));
  backup::RestoreOptions options;
  options.database = into;
  options.pg_restore = pg_restore;
  options.total_bytes = m.size_bytes;
  options.single_transaction = true;
  options.cancelled = CancelledBy(run);
  options.progress = [&](int64_t done, int64_t total) {
    Say(run, Phase::kRestoring, absl::StrCat("restored ", Size(done), " of ", Size(total), " into ", into.dbname),
        done, total);
  };
  return backup::RestoreArchive(options, *reader);
}

// The archive as stored must be the one the manifest describes; a backup whose bytes changed
// is marked failed (so no one trusts it again) and nothing is restored from it.
absl::Status CheckStoredBytes(const RunContext& run, const BackupSettings& settings,
                              backup::Manifest* m) {
  Say(run, Phase::kVerifying, absl::StrCat("checking the SHA-256 of backup ", m->id, " (", Size(m->size_bytes), ")"),
      0, m->size_bytes);
  ASSIGN_OR_RETURN(std::unique_ptr<backup::BackupStore::Reader> reader, settings.store->Open(*m));
  ASSIGN_OR_RETURN(const std::string sha256, backup::Sha256Of(*reader));
  if (sha256 == m->sha256) return absl::OkStatus();
  m->verification = absl::StrCat("failed: the archive's SHA-256 is ", sha256, ", the manifest says ", m->sha256,
                                 " (changed or truncated after it was taken)");
  m->verified_at = absl::Now();
  (void)settings.store->Update(*m);
  return absl::DataLossError(absl::StrCat("backup ", m->id, " of ", run.target.Where(), " is damaged: ",
                                          m->verification.substr(8), "; nothing was restored from it"));
}

// The whole in-place restore is one transaction (backup::RestoreArchiveInOneTransaction):
// this SQL first, then the archive, then kRestoreEvents. Any failure rolls all of it back,
// and a call reading the database meanwhile waits on its locks instead of seeing it empty.
//
// The event log is the environment's audit trail: the database's own (a superset of the
// archive's, ids included) is set aside and put back in place of the archive's. Then every
// user object goes: event triggers, publications, extensions, foreign-data wrappers, every
// schema (public too, re-created as initdb makes it, since pg_dump never creates it), casts,
// transforms, languages and access methods made by users, large objects.
constexpr char kEmptyDatabase[] = R"sql(
DO $$
DECLARE r record;
BEGIN
  CREATE SCHEMA schemaservice_restore_keep;
  IF to_regclass('schemaservice.events') IS NOT NULL THEN
    ALTER TABLE schemaservice.events SET SCHEMA schemaservice_restore_keep;
  END IF;
  FOR r IN SELECT evtname FROM pg_event_trigger LOOP
    EXECUTE format('DROP EVENT TRIGGER %I', r.evtname);
  END LOOP;
  FOR r IN SELECT pubname FROM pg_publication LOOP
    EXECUTE format('DROP PUBLICATION %I', r.pubname);
  END LOOP;
  FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
    EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', r.extname);
  END LOOP;
  FOR r IN SELECT fdwname FROM pg_foreign_data_wrapper LOOP
    EXECUTE format('DROP FOREIGN DATA WRAPPER IF EXISTS %I CASCADE', r.fdwname);
  END LOOP;
  FOR r IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'schemaservice_restore_keep')
             AND nspname !~ '^pg_' LOOP
    EXECUTE format('DROP SCHEMA IF EXISTS %I CASCADE', r.nspname);
  END LOOP;
  FOR r IN SELECT castsource::regtype::text AS source, casttarget::regtype::text AS target
           FROM pg_cast WHERE oid >= 16384 LOOP
    EXECUTE format('DROP CAST IF EXISTS (%s AS %s) CASCADE', r.source, r.target);
  END LOOP;
  FOR r IN SELECT trftype::regtype::text AS type, (SELECT lanname FROM pg_language l WHERE l.oid = trflang) AS lang
           FROM pg_transform WHERE oid >= 16384 LOOP
    EXECUTE format('DROP TRANSFORM IF EXISTS FOR %s LANGUAGE %I CASCADE', r.type, r.lang);
  END LOOP;
  FOR r IN SELECT lanname FROM pg_language l WHERE oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_depend d
             WHERE d.classid = 'pg_language'::regclass AND d.objid = l.oid AND d.deptype = 'e') LOOP
    EXECUTE format('DROP LANGUAGE IF EXISTS %I CASCADE', r.lanname);
  END LOOP;
  FOR r IN SELECT amname FROM pg_am a WHERE oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_depend d
             WHERE d.classid = 'pg_am'::regclass AND d.objid = a.oid AND d.deptype = 'e') LOOP
    EXECUTE format('DROP ACCESS METHOD IF EXISTS %I CASCADE', r.amname);
  END LOOP;
  PERFORM lo_unlink(oid) FROM pg_largeobject_metadata;
  CREATE SCHEMA public AUTHORIZATION pg_database_owner;
  GRANT USAGE ON SCHEMA public TO PUBLIC;
  COMMENT ON SCHEMA public IS 'standard public schema';
END
$$;
)sql";

// After the archive: the kept event log replaces the archive's, with the triggers that make it
// append-only (they went with the old schema's function).
constexpr char kRestoreEvents[] = R"sql(
DO $$
BEGIN
  IF to_regclass('schemaservice_restore_keep.events') IS NOT NULL
     AND to_regnamespace('schemaservice') IS NOT NULL THEN
    DROP TABLE IF EXISTS schemaservice.events;
    ALTER TABLE schemaservice_restore_keep.events SET SCHEMA schemaservice;
    CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON schemaservice.events
      FOR EACH ROW EXECUTE FUNCTION schemaservice.events_append_only();
    IF EXISTS (SELECT 1 FROM schemaservice.schema_version WHERE version >= 2) THEN
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON schemaservice.events
        FOR EACH STATEMENT EXECUTE FUNCTION schemaservice.events_append_only();
    END IF;
  END IF;
  DROP SCHEMA schemaservice_restore_keep CASCADE;
END
$$;
)sql";

}  // namespace

// `retention` false: a safety copy before an in-place restore must not push out the backup
// being restored.
static absl::StatusOr<backup::Manifest> TakeBackupImpl(const RunContext& run,
                                                       const BackupSettings& settings,
                                                       const std::string& reason, bool retention) {
  if (settings.store == nullptr) return absl::InternalError("no backup store configured");
  const absl::Time start = absl::Now();
  Say(run, Phase::kValidating, absl::StrCat("checking ", run.target.Where(), " before backing it up"));
  ASSIGN_OR_RETURN(const Facts facts, ReadFacts(run.target, run.canceller));
  ASSIGN_OR_RETURN(const std::string pg_dump, PgDumpFor(settings, facts.major));
  backup::Manifest m;
  m.id = backup::NewBackupId(start);
  m.project = run.target.project;
  m.environment = run.target.environment;
  m.database = run.target.settings.dbname;
  m.created_at = start;
  m.server_version = facts.server_version;
  m.schema_version = facts.schema_version;
  m.catalog_hash = facts.catalog_hash;
  m.caller = run.caller;
  m.reason = reason;
  m.request_id = run.request_id;
  ASSIGN_OR_RETURN(std::unique_ptr<backup::BackupStore::Writer> writer,
                   settings.store->Create(m.project, m.environment, m.id));
  Say(run, Phase::kBackingUp,
      absl::StrCat("backing up ", run.target.Where(), " (", Size(facts.size), " on disk) into ",
                   settings.store->Describe(), " as ", m.id));
  backup::DumpOptions dump;
  dump.database = run.target.settings;
  dump.pg_dump = pg_dump;
  dump.expected_bytes = facts.size;
  dump.lock_wait_timeout = settings.lock_wait;
  dump.cancelled = CancelledBy(run);
  dump.progress = [&](int64_t done, int64_t) {
    Say(run, Phase::kBackingUp, absl::StrCat("dumped ", Size(done), " (compressed) of ", run.target.Where()),
        done, 0);
  };
  absl::StatusOr<backup::DumpResult> dumped = backup::Dump(dump, *writer);
  if (!dumped.ok()) {
    const bool said = absl::StrContains(dumped.status().message(), "nothing was kept");
    return absl::Status(dumped.status().code(),
                        absl::StrCat("backing up ", run.target.Where(), ": ", dumped.status().message(),
                                     said ? "" : "; no backup was kept"));
  }
  m.size_bytes = dumped->size_bytes;
  m.sha256 = dumped->sha256;
  m.pg_dump_version = dumped->pg_dump_version;
  Say(run, Phase::kVerifying, absl::StrCat("reading the archive's table of contents (pg_restore --list)"),
      m.size_bytes, m.size_bytes);
  {
    ASSIGN_OR_RETURN(std::unique_ptr<backup::BackupStore::Reader> back, writer->ReadBack());
    if (absl::Status s = backup::ListArchive(backup::PgRestoreBeside(pg_dump), *back, CancelledBy(run));
        !s.ok()) {
      return absl::Status(s.code(), absl::StrCat("the archive of ", run.target.Where(),
                                                 " does not read back: ", s.message(),
                                                 "; no backup was kept"));
    }
  }
  // The manifest's schema must be the archive's: a migration that ran meanwhile is noticed.
  std::string why_after;
  ASSIGN_OR_RETURN(const std::string hash_after, CatalogHashOf(run.target.settings, run.canceller, &why_after));
  if (hash_after != facts.catalog_hash) {
    return absl::AbortedError(absl::StrCat(
        "the schema of ", run.target.Where(), " changed while it was backed up (a migration or "
        "sync ran meanwhile?); no backup was kept: take it again"));
  }
  m.verification = "listed";
  m.verified_at = absl::Now();
  m.duration_ms = absl::ToInt64Milliseconds(absl::Now() - start);
  RETURN_IF_ERROR(writer->Commit(m));
  if (retention) {
    absl::StatusOr<std::vector<std::string>> removed =
        backup::ApplyRetention(*settings.store, m.project, m.environment, settings.keep);
    if (!removed.ok()) {
      Say(run, Phase::kDone, absl::StrCat("backup ", m.id, " is in, but removing older ones failed: ",
                                          removed.status().message()));
    } else if (!removed->empty()) {
      Say(run, Phase::kDone, absl::StrCat("removed ", removed->size(), " older backup",
                                          removed->size() == 1 ? "" : "s", " (backup_keep ",
                                          settings.keep, "): ", absl::StrJoin(*removed, ", ")));
    }
  }
  return m;
}

absl::StatusOr<backup::Manifest> TakeBackupUnderLock(const RunContext& run,
                                                     const BackupSettings& settings,
                                                     const std::string& reason) {
  return TakeBackupImpl(run, settings, reason, /*retention=*/true);
}

absl::StatusOr<backup::Manifest> TakeBackup(const RunContext& run, const BackupSettings& settings,
                                            const std::string& reason) {
  absl::StatusOr<backup::Manifest> taken = absl::InternalError("not taken");
  absl::Duration waited;
  RETURN_IF_ERROR(WithProjectLock(
      run,
      [&](pqxx::connection&) -> absl::Status {
        taken = TakeBackupImpl(run, settings, reason, /*retention=*/true);
        return taken.status();
      },
      &waited, /*check_history=*/false));
  return taken;
}

absl::StatusOr<std::vector<backup::Manifest>> ListBackups(const Target& target,
                                                          const BackupSettings& settings) {
  if (settings.store == nullptr) return absl::InternalError("no backup store configured");
  return settings.store->List(target.project, target.environment);
}

absl::StatusOr<backup::Manifest> VerifyBackup(const RunContext& run, const BackupSettings& settings,
                                              const std::string& id) {
  ASSIGN_OR_RETURN(backup::Manifest m, settings.store->Find(run.target.project, run.target.environment, id));
  RETURN_IF_ERROR(CheckStoredBytes(run, settings, &m));
  Say(run, Phase::kValidating, absl::StrCat("checking ", run.target.Where()));
  ASSIGN_OR_RETURN(const Facts facts, ReadFacts(run.target, run.canceller));
  ASSIGN_OR_RETURN(const std::string pg_dump, PgDumpFor(settings, facts.major));
  // A name no one picks for a database of their own: a crashed verify's leftover is dropped.
  const std::string name = absl::StrCat("schemaservice_verify_", id);
  // The scratch name is fixed (a crashed verify's leftover is dropped by the next one), so two
  // verifies of one backup (two replicas) take turns: the second is told, not dropped on.
  ASSIGN_OR_RETURN(std::unique_ptr<pqxx::connection> guard, pg::Connect(run.target.settings, "schemad-backup"));
  try {
    pqxx::nontransaction tx(*guard);
    if (!tx.exec_params1("SELECT pg_try_advisory_lock(hashtextextended($1, 0))",
                         absl::StrCat("schemaservice verify ", name))[0].as<bool>()) {
      return absl::AbortedError(absl::StrCat("backup ", id, " of ", run.target.Where(),
                                             " is being verified by another call right now; "
                                             "its outcome will be in list-backups"));
    }
  } catch (const std::exception& e) {
    return pg::FromException(e, absl::StrCat("verifying backup ", id));
  }
  ScratchDatabase scratch(run.target.settings, name, /*drop_on_exit=*/true);
  RETURN_IF_ERROR(scratch.Create(/*replace=*/true));
  absl::Status restored = Restore(run, backup::PgRestoreBeside(pg_dump), m, settings, scratch.settings());
  std::string verdict;
  if (!restored.ok()) {
    verdict = absl::StrCat("failed: it does not restore: ", restored.message());
  } else {
    Say(run, Phase::kVerifying, "comparing the restored catalog with the one recorded at backup time");
    std::string why;
    ASSIGN_OR_RETURN(const std::string hash, CatalogHashOf(scratch.settings(), run.canceller, &why));
    if (m.catalog_hash.empty() || hash.empty()) {
      // The engine cannot fingerprint this schema: restoring it whole is the proof there is.
      verdict = absl::StrCat("restored (catalog not compared: ",
                             why.empty() ? "no catalog hash was recorded at backup time" : why.substr(0, 200), ")");
    } else if (hash != m.catalog_hash) {
      verdict = absl::StrCat("failed: the restored catalog (", hash, ") differs from the one recorded at backup time (",
                             m.catalog_hash, ")");
    } else {
      verdict = "restored";
    }
  }
  if (absl::Status s = scratch.Drop(); !s.ok()) {
    Say(run, Phase::kDone, absl::StrCat("could not drop the scratch database ", name, ": ", s.message()));
  }
  if (run.canceller != nullptr && run.canceller->cancelled()) {
    return absl::CancelledError("the call was cancelled; the verification is not recorded");
  }
  m.verification = verdict;
  m.verified_at = absl::Now();
  RETURN_IF_ERROR(settings.store->Update(m));
  if (!absl::StartsWith(verdict, "restored")) {
    return absl::FailedPreconditionError(absl::StrCat("backup ", id, " of ", run.target.Where(), " ", verdict));
  }
  return m;
}

absl::Status RestoreBackup(const RunContext& run, const BackupSettings& settings, const std::string& id,
                           const std::string& new_database, RestoreOutcome* outcome) {
  ASSIGN_OR_RETURN(outcome->backup, settings.store->Find(run.target.project, run.target.environment, id));
  RETURN_IF_ERROR(CheckStoredBytes(run, settings, &outcome->backup));
  const backup::Manifest& m = outcome->backup;
  ASSIGN_OR_RETURN(const int major, ServerMajor(run.target.settings));
  ASSIGN_OR_RETURN(const std::string pg_dump, PgDumpFor(settings, major));
  const std::string pg_restore = backup::PgRestoreBeside(pg_dump);
  std::string why;
  if (!new_database.empty()) {
    // The new database goes on the environment's server: only once that is the environment.
    {
      ASSIGN_OR_RETURN(std::unique_ptr<pqxx::connection> conn, pg::Connect(run.target.settings, "schemad-backup"));
      RETURN_IF_ERROR(CheckIdentity(*conn, run.target, /*record=*/false));
    }
    Say(run, Phase::kValidating, absl::StrCat("creating database ", new_database, " for backup ", id));
    ScratchDatabase target(run.target.settings, new_database, /*drop_on_exit=*/true);
    RETURN_IF_ERROR(target.Create(/*replace=*/false));
    if (absl::Status s = Restore(run, pg_restore, m, settings, target.settings()); !s.ok()) {
      return absl::Status(s.code(), absl::StrCat("restoring backup ", id, " into ", new_database, ": ",
                                                 s.message(), "; the new database was dropped again"));
    }
    ASSIGN_OR_RETURN(const std::string hash, CatalogHashOf(target.settings(), run.canceller, &why));
    target.Keep();
    outcome->database = new_database;
    if (!m.catalog_hash.empty() && !hash.empty() && hash != m.catalog_hash) {
      return absl::FailedPreconditionError(absl::StrCat(
          "restored backup ", id, " into ", new_database, " (kept), but its catalog (", hash,
          ") differs from the one recorded at backup time (", m.catalog_hash, ")"));
    }
    outcome->message = absl::StrCat("restored backup ", id, " of ", run.target.Where(), " (taken ",
                                    absl::FormatTime("%Y-%m-%d %H:%M:%S UTC", m.created_at, absl::UTCTimeZone()),
                                    ") into the new database ", new_database);
    return absl::OkStatus();
  }
  outcome->database = run.target.settings.dbname;
  absl::Duration waited;
  return WithProjectLock(
      run,
      [&](pqxx::connection&) -> absl::Status {
        // A safety copy first, so the database as it is now can come back too.
        ASSIGN_OR_RETURN(const backup::Manifest safety,
                         TakeBackupImpl(run, settings, absl::StrCat("safety copy before restoring ", id, " in place"),
                                        /*retention=*/false));
        outcome->safety_backup_id = safety.id;
        Say(run, Phase::kRestoring,
            absl::StrCat("replacing the contents of ", run.target.Where(), " (", run.target.settings.dbname,
                         ") with backup ", id, " in one transaction"));
        ASSIGN_OR_RETURN(std::unique_ptr<backup::BackupStore::Reader> reader, settings.store->Open(m));
        backup::ScriptRestoreOptions options;
        options.database = run.target.settings;
        options.pg_restore = pg_restore;
        options.total_bytes = m.size_bytes;
        options.before_sql = absl::StrCat("SET lock_timeout = '", absl::ToInt64Milliseconds(run.limits.lock_timeout),
                                          "ms';\n", kEmptyDatabase);
        options.after_sql = kRestoreEvents;
        options.cancelled = CancelledBy(run);
        options.progress = [&](int64_t done, int64_t total) {
          Say(run, Phase::kRestoring, absl::StrCat("restored ", Size(done), " of ", Size(total), " into ", run.target.Where()),
              done, total);
        };
        if (absl::Status s = backup::RestoreArchiveInOneTransaction(options, *reader); !s.ok()) {
          const bool lock = absl::StrContains(s.message(), "lock timeout") ||
                            absl::StrContains(s.message(), "canceling statement due to lock timeout");
          return absl::Status(s.code(), absl::StrCat(
              "restoring backup ", id, " into ", run.target.Where(), ": ", s.message(),
              "; it ran as one transaction, so nothing was changed",
              lock ? " (sessions using the database hold locks on its objects: stop them and retry)" : "",
              ". The safety copy taken before is ", safety.id));
        }
        std::string why_hash;
        ASSIGN_OR_RETURN(const std::string hash, CatalogHashOf(run.target.settings, run.canceller, &why_hash));
        if (!m.catalog_hash.empty() && !hash.empty() && hash != m.catalog_hash) {
          return absl::FailedPreconditionError(absl::StrCat(
              "restored backup ", id, " into ", run.target.Where(), ", but its catalog (", hash,
              ") differs from the one recorded at backup time (", m.catalog_hash,
              "); the safety copy taken before is ", safety.id));
        }
        outcome->message = absl::StrCat("restored backup ", id, " of ", run.target.Where(), " in place (taken ",
                                        absl::FormatTime("%Y-%m-%d %H:%M:%S UTC", m.created_at, absl::UTCTimeZone()),
                                        "); the database as it was before is backup ", safety.id);
        return absl::OkStatus();
      },
      &waited, /*check_history=*/false);
}

}  // namespace schemaservice::executor
