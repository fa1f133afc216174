// Backups against the test PostgreSQL: a pg_dump streamed through the file store restores
// (from stdin, without data offsets) into an equal database; every failure (missing program,
// wrong login, a full or size-limited folder, a cancel) leaves nothing listed and no
// temporary file; the store's manifests, retention, names and stale files behave as
// documented.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "service/backup/backup_store.h"
#include "service/backup/dump.h"
#include "service/pg/binaries.h"
#include "service/pg/connection.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

namespace fs = std::filesystem;
using backup::BackupStore;
using backup::Manifest;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

constexpr char kProject[] = "shop";
constexpr char kEnv[] = "test";

void Exec(const pg::ConnectionSettings& db, const std::string& sql) {
  auto conn = pg::Connect(db, "backup_test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  pqxx::work tx(**conn);
  tx.exec(sql);
  tx.commit();
}

std::string Query(pqxx::connection& conn, const std::string& sql) {
  pqxx::work tx(conn);
  const pqxx::row r = tx.exec1(sql);
  return r[0].is_null() ? "<null>" : r[0].as<std::string>();
}

// The pg_dump of the test server's major (pg_dump refuses a newer server).
std::string PgDump() {
  auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "backup_test");
  EXPECT_TRUE(conn.ok()) << conn.status();
  int num = 0;
  EXPECT_TRUE(absl::SimpleAtoi(Query(**conn, "SHOW server_version_num"), &num));
  absl::StatusOr<std::string> pg_dump = pg::Binaries::Find().PgDump(num / 10000);
  EXPECT_TRUE(pg_dump.ok()) << pg_dump.status();
  return pg_dump.ok() ? *pg_dump : "";
}

// Every regular file below `dir`, relative names, sorted: "nothing left behind" is this
// being empty.
std::vector<std::string> FilesBelow(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_regular_file()) out.push_back(fs::relative(it->path(), dir).string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// An oracle our code cannot bias: the sha256sum program.
std::string Sha256Sum(const fs::path& file) {
  std::string out;
  if (FILE* p = popen(absl::StrCat("sha256sum '", file.string(), "'").c_str(), "r")) {
    char buf[256];
    while (fgets(buf, sizeof buf, p) != nullptr) out += buf;
    pclose(p);
  }
  return out.substr(0, out.find(' '));
}

// pg_dump processes that are children of this test process, zombies included.
std::vector<pid_t> OurChildrenNamed(const std::string& name) {
  std::vector<pid_t> out;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    pid_t pid = 0;
    if (!absl::SimpleAtoi(entry.path().filename().string(), &pid)) continue;
    std::ifstream in(entry.path() / "stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const size_t open = stat.find('('), close = stat.rfind(')');
    if (open == std::string::npos || close == std::string::npos) continue;
    const std::string comm = stat.substr(open + 1, close - open - 1);
    const std::vector<std::string> rest = absl::StrSplit(stat.substr(close + 2), ' ');
    pid_t ppid = 0;
    if (rest.size() > 1 && absl::SimpleAtoi(rest[1], &ppid) && ppid == getpid() &&
        comm == name) {
      out.push_back(pid);
    }
  }
  return out;
}

// Several kinds of object and a few thousand rows, to prove a stdin restore is complete.
void FillShop(const pg::ConnectionSettings& db) {
  Exec(db, R"sql(
    CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
    CREATE SEQUENCE ticket_seq START 100;
    CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, mood mood,
                            created timestamptz NOT NULL DEFAULT '2026-01-01 00:00:00+00');
    CREATE UNIQUE INDEX customers_lower_name ON customers (lower(name));
    CREATE TABLE orders (id bigserial PRIMARY KEY,
                         customer_id int NOT NULL REFERENCES customers (id),
                         amount numeric(10, 2), note text,
                         ticket int NOT NULL DEFAULT nextval('ticket_seq'));
    CREATE INDEX orders_customer ON orders (customer_id);
    INSERT INTO customers (id, name, mood)
      SELECT i, 'customer ' || i, (ARRAY['sad', 'ok', 'happy'])[1 + i % 3]::mood
      FROM generate_series(1, 3000) i;
    INSERT INTO orders (customer_id, amount, note)
      SELECT 1 + i % 3000, (i * 7 % 100000) / 100.0, repeat(md5(i::text), 3)
      FROM generate_series(1, 6000) i;
    CREATE VIEW customer_totals AS
      SELECT c.id, c.name, sum(o.amount) AS total
      FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.name;
    CREATE MATERIALIZED VIEW mood_counts AS SELECT mood, count(*) AS n FROM customers GROUP BY mood;
    SELECT lo_from_bytea(0, 'a large object'::bytea);
  )sql");
}

// What must be equal after a restore: data (counts and checksums), the view, the
// materialized view's rows, sequences, the enum, indexes, constraints and large objects.
std::vector<std::string> Fingerprint(const pg::ConnectionSettings& db) {
  auto conn = pg::Connect(db, "backup_test");
  EXPECT_TRUE(conn.ok()) << conn.status();
  if (!conn.ok()) return {};
  std::vector<std::string> out;
  for (const char* sql : {
           "SELECT count(*) || ' ' || md5(string_agg(c::text, ',' ORDER BY id)) FROM customers c",
           "SELECT count(*) || ' ' || md5(string_agg(o::text, ',' ORDER BY id)) FROM orders o",
           "SELECT md5(string_agg(v::text, ',' ORDER BY id)) FROM customer_totals v",
           "SELECT string_agg(mood || '=' || n, ',' ORDER BY mood) FROM mood_counts",
           "SELECT last_value || ' ' || is_called FROM ticket_seq",
           "SELECT last_value || ' ' || is_called FROM orders_id_seq",
           "SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum",
           "SELECT string_agg(indexdef, '; ' ORDER BY indexname) FROM pg_indexes"
           "  WHERE schemaname = 'public'",
           "SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), '; ' ORDER BY conname)"
           "  FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
           "SELECT string_agg(encode(lo_get(oid), 'escape'), ',' ORDER BY oid)"
           "  FROM pg_largeobject_metadata"}) {
    out.push_back(Query(**conn, sql));
  }
  return out;
}

class BackupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/backup_test.XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    root_ = tmpl;
    store_ = backup::OpenFileStore(root_ / "backups", absl::Hours(1));
    pg_dump_ = PgDump();
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(root_, fs::perms::owner_all, ec);
    fs::remove_all(root_, ec);
  }

  backup::DumpOptions Options(const pg::ConnectionSettings& db) const {
    backup::DumpOptions o;
    o.database = db;
    o.pg_dump = pg_dump_;
    return o;
  }

  // Dump, --list and Commit, as a backup call does; the manifest committed.
  absl::StatusOr<Manifest> Backup(const backup::DumpOptions& options, absl::Time now) {
    Manifest m;
    m.id = backup::NewBackupId(now);
    m.project = kProject, m.environment = kEnv, m.database = options.database.dbname;
    m.created_at = now;
    absl::StatusOr<std::unique_ptr<BackupStore::Writer>> writer =
        store_->Create(kProject, kEnv, m.id);
    if (!writer.ok()) return writer.status();
    absl::StatusOr<backup::DumpResult> dumped = backup::Dump(options, **writer);
    if (!dumped.ok()) return dumped.status();
    absl::StatusOr<std::unique_ptr<BackupStore::Reader>> back = (*writer)->ReadBack();
    if (!back.ok()) return back.status();
    absl::Status listed =
        backup::ListArchive(backup::PgRestoreBeside(options.pg_dump), **back, nullptr);
    if (!listed.ok()) return listed;
    m.size_bytes = dumped->size_bytes;
    m.sha256 = dumped->sha256;
    m.pg_dump_version = dumped->pg_dump_version;
    m.duration_ms = absl::ToInt64Milliseconds(dumped->duration);
    m.verification = "listed";
    m.caller = "test";
    m.reason = "a reason: with \"quotes\"\nand a newline";
    if (absl::Status s = (*writer)->Commit(m); !s.ok()) return s;
    return m;
  }

  // A committed backup of `bytes`, without pg_dump, for the store's own tests.
  Manifest Put(absl::Time created, const std::string& verification = "listed",
               const std::string& bytes = "archive bytes") {
    Manifest m;
    m.id = backup::NewBackupId(created);
    m.project = kProject, m.environment = kEnv, m.database = "app";
    m.created_at = created;
    m.size_bytes = static_cast<int64_t>(bytes.size());
    m.verification = verification;
    absl::StatusOr<std::unique_ptr<BackupStore::Writer>> w = store_->Create(kProject, kEnv, m.id);
    EXPECT_TRUE(w.ok()) << w.status();
    if (!w.ok()) return m;
    EXPECT_TRUE((*w)->Write(bytes).ok());
    EXPECT_TRUE((*w)->Commit(m).ok());
    return m;
  }

  fs::path EnvDir() const { return root_ / "backups" / kProject / kEnv; }

  void ExpectNothingKept() {
    absl::StatusOr<std::vector<Manifest>> listed = store_->List(kProject, kEnv);
    ASSERT_TRUE(listed.ok()) << listed.status();
    EXPECT_THAT(*listed, IsEmpty());
    EXPECT_THAT(FilesBelow(root_), IsEmpty());
  }

  fs::path root_;
  std::unique_ptr<BackupStore> store_;
  std::string pg_dump_;
};

TEST_F(BackupTest, RoundTripThroughStdinRestoresEqualDataAndSchema) {
  const pg::ConnectionSettings source = testing::FreshDatabase();
  FillShop(source);
  std::vector<std::pair<int64_t, int64_t>> dump_progress;
  backup::DumpOptions options = Options(source);
  options.expected_bytes = 1 << 20;
  options.progress = [&](int64_t done, int64_t total) { dump_progress.emplace_back(done, total); };
  absl::StatusOr<Manifest> made = Backup(options, absl::Now());
  ASSERT_TRUE(made.ok()) << made.status();
  EXPECT_THAT(made->pg_dump_version, HasSubstr("pg_dump (PostgreSQL) "));
  ASSERT_FALSE(dump_progress.empty());
  EXPECT_EQ(dump_progress.back(), std::make_pair(made->size_bytes, made->size_bytes));

  // Listed with the size and the hash of the file as it is on disk.
  absl::StatusOr<std::vector<Manifest>> listed = store_->List(kProject, kEnv);
  ASSERT_TRUE(listed.ok()) << listed.status();
  ASSERT_EQ(listed->size(), 1u);
  const Manifest& m = (*listed)[0];
  const fs::path file = EnvDir() / (m.id + ".dump");
  EXPECT_EQ(m.size_bytes, static_cast<int64_t>(fs::file_size(file)));
  EXPECT_EQ(m.sha256, Sha256Sum(file));
  EXPECT_EQ(m.sha256, made->sha256);
  EXPECT_THAT(FilesBelow(EnvDir()), ElementsAre(m.id + ".dump", m.id + ".manifest.yaml"));
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(fs::status(EnvDir()).permissions() & fs::perms::all, fs::perms::owner_all);
  // The manifest reads back as written (YAML quoting of text with quotes and newlines).
  EXPECT_EQ(m.reason, made->reason);
  EXPECT_EQ(m.created_at, made->created_at);
  EXPECT_EQ(m.database, source.dbname);
  EXPECT_EQ(m.verification, "listed");
  EXPECT_FALSE(m.verified_at.has_value());

  {
    auto reader = store_->Open(m);
    ASSERT_TRUE(reader.ok()) << reader.status();
    absl::StatusOr<std::string> sha = backup::Sha256Of(**reader);
    ASSERT_TRUE(sha.ok()) << sha.status();
    EXPECT_EQ(*sha, m.sha256);
  }

  const pg::ConnectionSettings target = testing::FreshDatabase();
  auto reader = store_->Open(m);
  ASSERT_TRUE(reader.ok()) << reader.status();
  backup::RestoreOptions restore;
  restore.database = target;
  restore.pg_restore = backup::PgRestoreBeside(pg_dump_);
  restore.total_bytes = m.size_bytes;
  int64_t last_done = -1;
  restore.progress = [&](int64_t done, int64_t) { last_done = done; };
  const absl::Status restored = backup::RestoreArchive(restore, **reader);
  ASSERT_TRUE(restored.ok()) << restored;
  EXPECT_EQ(last_done, m.size_bytes);

  const std::vector<std::string> expected = Fingerprint(source);
  EXPECT_EQ(expected[0].substr(0, 5), "3000 ");
  EXPECT_EQ(expected[1].substr(0, 5), "6000 ");
  EXPECT_EQ(Fingerprint(target), expected);
}

TEST_F(BackupTest, RestoreIsAllOrNothingInOneTransaction) {
  const pg::ConnectionSettings source = testing::FreshDatabase();
  FillShop(source);
  absl::StatusOr<Manifest> m = Backup(Options(source), absl::Now());
  ASSERT_TRUE(m.ok()) << m.status();
  // A table in the way: the restore fails on it, and nothing it created before stays.
  const pg::ConnectionSettings target = testing::FreshDatabase();
  Exec(target, "CREATE TABLE orders (x int)");
  auto reader = store_->Open(*m);
  ASSERT_TRUE(reader.ok()) << reader.status();
  backup::RestoreOptions restore;
  restore.database = target;
  restore.pg_restore = backup::PgRestoreBeside(pg_dump_);
  const absl::Status s = backup::RestoreArchive(restore, **reader);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_THAT(s.message(), HasSubstr("already exists"));
  EXPECT_THAT(s.message(), Not(HasSubstr(target.password)));
  auto conn = pg::Connect(target, "backup_test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  EXPECT_EQ(Query(**conn, "SELECT count(*) FROM pg_class WHERE relname = 'customers'"), "0");
}

TEST_F(BackupTest, ListArchiveRejectsBytesThatAreNoArchive) {
  Manifest m = Put(absl::Now(), "listed", std::string(100000, 'x'));
  auto reader = store_->Open(m);
  ASSERT_TRUE(reader.ok()) << reader.status();
  const absl::Status s = backup::ListArchive(backup::PgRestoreBeside(pg_dump_), **reader, nullptr);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_THAT(s.message(), HasSubstr("pg_restore"));
}

// Counts what a consumer took from a reader.
class CountingReader : public BackupStore::Reader {
 public:
  explicit CountingReader(BackupStore::Reader& inner) : inner_(inner) {}
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    absl::StatusOr<size_t> got = inner_.Read(buf, n);
    if (got.ok()) total += static_cast<int64_t>(*got);
    return got;
  }
  int64_t total = 0;

 private:
  BackupStore::Reader& inner_;
};

// pg_restore --list reads the header and table of contents and exits; the rest of a large
// archive is never fed (EPIPE after a successful exit is success, and SIGPIPE kills no one).
TEST_F(BackupTest, ListArchiveStopsAfterTheTableOfContents) {
  const pg::ConnectionSettings db = testing::FreshDatabase();
  Exec(db, "CREATE TABLE big AS SELECT i, md5(i::text) || md5((i * 7)::text) AS v "
           "FROM generate_series(1, 150000) i");
  absl::StatusOr<Manifest> m = Backup(Options(db), absl::Now());
  ASSERT_TRUE(m.ok()) << m.status();
  auto reader = store_->Open(*m);
  ASSERT_TRUE(reader.ok()) << reader.status();
  CountingReader counting(**reader);
  const absl::Status s =
      backup::ListArchive(backup::PgRestoreBeside(pg_dump_), counting, nullptr);
  EXPECT_TRUE(s.ok()) << s;
  EXPECT_GT(m->size_bytes, 4 << 20);
  EXPECT_LT(counting.total, m->size_bytes) << "pg_restore --list read the whole archive";
}

TEST_F(BackupTest, MissingPgDumpIsNamedAndKeepsNothing) {
  backup::DumpOptions options = Options(testing::FreshDatabase());
  options.pg_dump = (root_ / "bin" / "pg_dump").string();
  absl::StatusOr<Manifest> m = Backup(options, absl::Now());
  EXPECT_EQ(m.status().code(), absl::StatusCode::kFailedPrecondition) << m.status();
  EXPECT_THAT(m.status().message(), HasSubstr(options.pg_dump));
  ExpectNothingKept();
}

TEST_F(BackupTest, WrongDatabaseIsReportedWithPgDumpsMessageAndKeepsNothing) {
  pg::ConnectionSettings db = testing::FreshDatabase();
  db.dbname = "no_such_database";
  absl::StatusOr<Manifest> m = Backup(Options(db), absl::Now());
  EXPECT_EQ(m.status().code(), absl::StatusCode::kFailedPrecondition) << m.status();
  EXPECT_THAT(m.status().message(), HasSubstr("\"no_such_database\" does not exist"));
  EXPECT_THAT(m.status().message(), Not(HasSubstr(db.password)));
  ExpectNothingKept();
}

TEST_F(BackupTest, WrongPasswordNeverAppearsInTheErrorAndKeepsNothing) {
  pg::ConnectionSettings db = testing::FreshDatabase();
  const std::string real = db.password;
  db.password = "Wrong-Secret-81f3";
  absl::StatusOr<Manifest> m = Backup(Options(db), absl::Now());
  EXPECT_EQ(m.status().code(), absl::StatusCode::kFailedPrecondition) << m.status();
  EXPECT_THAT(m.status().message(), HasSubstr("password authentication failed"));
  EXPECT_THAT(m.status().message(), Not(HasSubstr(db.password)));
  EXPECT_THAT(m.status().message(), Not(HasSubstr(real)));
  ExpectNothingKept();
}

TEST_F(BackupTest, UnwritableFolderIsNamedAndKeepsNothing) {
  if (geteuid() == 0) {
    GTEST_SKIP() << "root ignores permissions; FileSizeLimitIsAClearErrorNotADeath covers a failing write";
  }
  ASSERT_TRUE(fs::create_directories(EnvDir()));
  fs::permissions(EnvDir(), fs::perms::owner_read | fs::perms::owner_exec);
  absl::StatusOr<Manifest> m = Backup(Options(testing::FreshDatabase()), absl::Now());
  EXPECT_EQ(m.status().code(), absl::StatusCode::kFailedPrecondition) << m.status();
  EXPECT_THAT(m.status().message(), HasSubstr(EnvDir().string() + " is not writable"));
  fs::permissions(EnvDir(), fs::perms::owner_all);
  ExpectNothingKept();
}

TEST_F(BackupTest, AFileWhereTheFolderShouldBeIsNamed) {
  ASSERT_TRUE(fs::create_directories(root_ / "backups"));
  std::ofstream(root_ / "backups" / kProject) << "not a folder";
  absl::StatusOr<std::unique_ptr<BackupStore::Writer>> w =
      store_->Create(kProject, kEnv, backup::NewBackupId(absl::Now()));
  EXPECT_EQ(w.status().code(), absl::StatusCode::kFailedPrecondition) << w.status();
  EXPECT_THAT(w.status().message(), HasSubstr((root_ / "backups" / kProject).string()));
}

// RLIMIT_FSIZE set in a forked child (the limit is per process): a write past it raises
// SIGXFSZ, which the store ignores, so the child lives to report EFBIG as a clear error.
TEST_F(BackupTest, FileSizeLimitIsAClearErrorNotADeathAndKeepsNothing) {
  const pg::ConnectionSettings db = testing::FreshDatabase();
  Exec(db, "CREATE TABLE big AS SELECT i, md5(i::text) || md5((i * 7)::text) AS v "
           "FROM generate_series(1, 20000) i");
  const backup::DumpOptions options = Options(db);
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    close(p[0]);
    const rlimit limit{64 * 1024, 64 * 1024};
    setrlimit(RLIMIT_FSIZE, &limit);
    absl::StatusOr<Manifest> m = Backup(options, absl::Now());
    const std::string report =
        absl::StrCat(static_cast<int>(m.status().code()), " ", m.status().message());
    ssize_t ignored = write(p[1], report.data(), report.size());
    (void)ignored;
    _exit(0);
  }
  close(p[1]);
  std::string report;
  char buf[4096];
  ssize_t n;
  while ((n = read(p[0], buf, sizeof buf)) > 0) report.append(buf, static_cast<size_t>(n));
  close(p[0]);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << "the child died of signal " << WTERMSIG(status);
  EXPECT_THAT(report, HasSubstr(absl::StrCat(static_cast<int>(absl::StatusCode::kResourceExhausted), " ")));
  EXPECT_THAT(report, HasSubstr("file-size limit"));
  EXPECT_THAT(report, HasSubstr(EnvDir().string()));
  EXPECT_THAT(report, HasSubstr("nothing was kept"));
  ExpectNothingKept();
}

std::string ReadProcFile(pid_t pid, const char* name) {
  std::ifstream in(absl::StrCat("/proc/", pid, "/", name), std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

int64_t BackupSessions(pqxx::connection& conn, const std::string& extra = "") {
  pqxx::nontransaction tx(conn);
  return tx.exec1("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                  "'schemad-backup'" + extra)[0].as<int64_t>();
}

// Also: the password reaches pg_dump through its environment, never its argv (ps shows argv
// to every user), and the killed pg_dump's server session does not stay queued on the lock.
TEST_F(BackupTest, CancelKillsPgDumpLeavesNoChildNoSessionAndKeepsNothing) {
  const pg::ConnectionSettings db = testing::FreshDatabase();
  Exec(db, "CREATE TABLE t (id int)");
  // A migration's lock: pg_dump waits for its ACCESS SHARE lock until cancelled.
  auto holder = pg::Connect(db, "backup_test");
  auto watcher = pg::Connect(db, "backup_test");
  ASSERT_TRUE(holder.ok() && watcher.ok());
  pqxx::work lock_tx(**holder);
  lock_tx.exec0("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");

  backup::DumpOptions options = Options(db);
  const absl::Time start = absl::Now();
  bool saw_waiting = false;
  std::string argv, env;
  options.cancelled = [&] {
    const std::vector<pid_t> children = OurChildrenNamed("pg_dump");
    if (!saw_waiting && children.size() == 1 &&
        BackupSessions(**watcher, " AND wait_event_type = 'Lock'") == 1) {
      saw_waiting = true;
      argv = ReadProcFile(children[0], "cmdline");
      env = ReadProcFile(children[0], "environ");
    }
    return saw_waiting && absl::Now() - start > absl::Milliseconds(500);
  };
  absl::StatusOr<Manifest> m = Backup(options, absl::Now());
  EXPECT_EQ(m.status().code(), absl::StatusCode::kCancelled) << m.status();
  ASSERT_TRUE(saw_waiting);
  EXPECT_LT(absl::Now() - start, absl::Seconds(5));
  EXPECT_THAT(OurChildrenNamed("pg_dump"), IsEmpty());  // neither running nor a zombie
  EXPECT_THAT(argv, Not(HasSubstr(db.password)));
  EXPECT_THAT(argv, HasSubstr("--format=custom"));
  EXPECT_THAT(env, HasSubstr(absl::StrCat("PGPASSWORD=", db.password, std::string(1, '\0'))));
  // pg_dump cancels its query on SIGTERM: the session leaves while the lock is still held.
  const absl::Time deadline = absl::Now() + absl::Seconds(5);
  while (BackupSessions(**watcher) != 0 && absl::Now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(BackupSessions(**watcher), 0);
  lock_tx.abort();
  ExpectNothingKept();
}

// What RestoreArchiveInOneTransaction must leave untouched when it fails: every relation
// of public with its row count, and the large objects.
std::string TargetState(const pg::ConnectionSettings& db) {
  auto conn = pg::Connect(db, "backup_test");
  EXPECT_TRUE(conn.ok()) << conn.status();
  if (!conn.ok()) return "";
  std::string out = Query(**conn,
                          "SELECT string_agg(relname || ':' || relkind::text, ',' ORDER BY relname) "
                          "FROM pg_class WHERE relnamespace = 'public'::regnamespace");
  for (const char* sql : {"SELECT count(*) || ' ' || sum(i) FROM keepme",
                          "SELECT count(*) FROM pg_largeobject_metadata",
                          "SELECT string_agg(typname, ',' ORDER BY typname) FROM pg_type "
                          "WHERE typnamespace = 'public'::regnamespace"}) {
    out += absl::StrCat(" | ", Query(**conn, sql));
  }
  return out;
}

class ScriptRestoreTest : public BackupTest {
 protected:
  backup::ScriptRestoreOptions ScriptOptions(const pg::ConnectionSettings& target,
                                             const Manifest& m) const {
    backup::ScriptRestoreOptions o;
    o.database = target;
    o.pg_restore = backup::PgRestoreBeside(pg_dump_);
    o.total_bytes = m.size_bytes;
    return o;
  }
  absl::Status Restore(const backup::ScriptRestoreOptions& o, const Manifest& m) {
    auto reader = store_->Open(m);
    if (!reader.ok()) return reader.status();
    return backup::RestoreArchiveInOneTransaction(o, **reader);
  }
};

TEST_F(ScriptRestoreTest, PsqlIsTheOneBesidePgRestore) {
  EXPECT_EQ(backup::PsqlBeside("/usr/lib/postgresql/15/bin/pg_restore"),
            "/usr/lib/postgresql/15/bin/psql");
  EXPECT_EQ(backup::PsqlBeside("pg_dump"), "psql");
}

TEST_F(ScriptRestoreTest, IntoAnEmptyDatabaseEqualsTheSource) {
  const pg::ConnectionSettings source = testing::FreshDatabase();
  FillShop(source);
  absl::StatusOr<Manifest> m = Backup(Options(source), absl::Now());
  ASSERT_TRUE(m.ok()) << m.status();
  const pg::ConnectionSettings target = testing::FreshDatabase();
  backup::ScriptRestoreOptions o = ScriptOptions(target, *m);
  int64_t last_done = -1, last_total = -1;
  o.progress = [&](int64_t done, int64_t total) { last_done = done, last_total = total; };
  const absl::Status s = Restore(o, *m);
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(last_done, m->size_bytes);
  EXPECT_EQ(last_total, m->size_bytes);
  const std::vector<std::string> expected = Fingerprint(source);
  EXPECT_EQ(expected[0].substr(0, 5), "3000 ");
  EXPECT_EQ(expected.back(), "a large object");
  EXPECT_EQ(Fingerprint(target), expected);
  EXPECT_THAT(OurChildrenNamed("psql"), IsEmpty());
  EXPECT_THAT(OurChildrenNamed("pg_restore"), IsEmpty());
}

// before_sql runs before the script (it clears the way) and after_sql after it (it sees the
// restored rows); all three land together.
TEST_F(ScriptRestoreTest, BeforeAndAfterSqlRunAroundTheScript) {
  const pg::ConnectionSettings source = testing::FreshDatabase();
  FillShop(source);
  absl::StatusOr<Manifest> m = Backup(Options(source), absl::Now());
  ASSERT_TRUE(m.ok()) << m.status();
  const pg::ConnectionSettings target = testing::FreshDatabase();
  Exec(target, "CREATE TABLE old_stuff AS SELECT generate_series(1, 10) AS i;"
               "CREATE TABLE marker (note text)");
  backup::ScriptRestoreOptions o = ScriptOptions(target, *m);
  o.before_sql = "DROP TABLE old_stuff;";
  o.after_sql = "INSERT INTO marker SELECT 'restored ' || count(*) FROM customers;";
  const absl::Status s = Restore(o, *m);
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(Fingerprint(target), Fingerprint(source));
  auto conn = pg::Connect(target, "backup_test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  EXPECT_EQ(Query(**conn, "SELECT string_agg(note, ',') FROM marker"), "restored 3000");
  EXPECT_EQ(Query(**conn, "SELECT count(*) FROM pg_class WHERE relname = 'old_stuff'"), "0");
}

struct FailingRestore {
  std::string name;
  std::string target_sql;  // besides keepme and a large object
  std::string after_sql;
  const Manifest* archive;  // null: the good one
  std::string expected_text;
};

// A restore that fails after before_sql ran (it dropped keepme) and after part of the
// script: the target is exactly as before, keepme and its rows included. Whoever failed,
// psql (ON_ERROR_STOP, exit code 3) or pg_restore, is named with its message.
TEST_F(ScriptRestoreTest, AFailureAnywhereLeavesTheTargetExactlyAsBefore) {
  const pg::ConnectionSettings source = testing::FreshDatabase();
  FillShop(source);
  absl::StatusOr<Manifest> good = Backup(Options(source), absl::Now());
  ASSERT_TRUE(good.ok()) << good.status();
  const Manifest garbage = Put(absl::Now() + absl::Seconds(1), "listed", std::string(100000, 'x'));
  std::string half;  // the first half of the good archive: pg_restore fails in the data
  {
    std::ifstream in(EnvDir() / (good->id + ".dump"), std::ios::binary);
    half.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    half.resize(half.size() / 2);
  }
  const Manifest truncated = Put(absl::Now() + absl::Seconds(2), "listed", half);
  for (const FailingRestore& c : std::vector<FailingRestore>{
           // The script's CREATE TABLE orders fails after types, sequences and customers.
           {"conflicting object", "CREATE TABLE orders (x int)", "", nullptr, "already exists"},
           // The whole script ran, then after_sql fails.
           {"invalid after_sql", "", "INSERT INTO no_such_table VALUES (1);", nullptr,
            "relation \"no_such_table\" does not exist"},
           {"after_sql not SQL", "", "this is not SQL;", nullptr, "syntax error"},
           {"no archive", "", "", &garbage, "did not find magic string"},
           {"archive cut in half", "", "", &truncated, "pg_restore failed"}}) {
    SCOPED_TRACE(c.name);
    const pg::ConnectionSettings target = testing::FreshDatabase();
    Exec(target, "CREATE TABLE keepme AS SELECT generate_series(1, 7) AS i;"
                 "SELECT lo_from_bytea(0, 'x');" + c.target_sql);
    const std::string before = TargetState(target);
    const Manifest& m = c.archive != nullptr ? *c.archive : *good;
    backup::ScriptRestoreOptions o = ScriptOptions(target, m);
    o.before_sql = "DROP TABLE keepme;";
    o.after_sql = c.after_sql;
    const absl::Status s = Restore(o, m);
    EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
    EXPECT_THAT(s.message(), HasSubstr(c.expected_text));
    EXPECT_THAT(s.message(), HasSubstr(c.archive != nullptr ? "pg_restore" : "psql"));
    if (c.archive == nullptr) {
      EXPECT_THAT(s.message(), HasSubstr("exit code 3"));
    }
    EXPECT_THAT(s.message(), HasSubstr("nothing changed"));
    EXPECT_THAT(s.message(), Not(HasSubstr(target.password)));
    EXPECT_EQ(TargetState(target), before);
    EXPECT_THAT(OurChildrenNamed("psql"), IsEmpty());
    EXPECT_THAT(OurChildrenNamed("pg_restore"), IsEmpty());
  }
}

// Cancelled while psql's before_sql waits for a lock and pg_restore is still writing (a
// script larger than the pipes): both are killed and reaped, and once the lock is released
// the server rolls back the session, whose DROP then ran: the target is as before.
TEST_F(ScriptRestoreTest, CancelKillsBothChildrenAndChangesNothing) {
  const pg::ConnectionSettings source = testing::FreshDatabase();
  FillShop(source);
  Exec(source, "CREATE TABLE big AS SELECT i, md5(i::text) || md5((i * 7)::text) AS v "
               "FROM generate_series(1, 150000) i");
  absl::StatusOr<Manifest> m = Backup(Options(source), absl::Now());
  ASSERT_TRUE(m.ok()) << m.status();
  const pg::ConnectionSettings target = testing::FreshDatabase();
  Exec(target, "CREATE TABLE keepme AS SELECT generate_series(1, 7) AS i;"
               "CREATE TABLE orders (x int)");
  const std::string before = TargetState(target);
  auto holder = pg::Connect(target, "backup_test");
  auto watcher = pg::Connect(target, "backup_test");
  ASSERT_TRUE(holder.ok() && watcher.ok());
  auto lock_tx = std::make_unique<pqxx::work>(**holder);
  lock_tx->exec0("LOCK TABLE keepme IN ACCESS EXCLUSIVE MODE");

  backup::ScriptRestoreOptions o = ScriptOptions(target, *m);
  o.before_sql = "DROP TABLE keepme;";
  bool both_running = false;
  const absl::Time start = absl::Now();
  o.cancelled = [&] {
    if (!both_running && OurChildrenNamed("psql").size() == 1 &&
        OurChildrenNamed("pg_restore").size() == 1 &&
        BackupSessions(**watcher, " AND wait_event_type = 'Lock'") == 1) {
      both_running = true;
    }
    return both_running && absl::Now() - start > absl::Milliseconds(500);
  };
  const absl::Status s = Restore(o, *m);
  EXPECT_EQ(s.code(), absl::StatusCode::kCancelled) << s;
  ASSERT_TRUE(both_running);
  EXPECT_LT(absl::Now() - start, absl::Seconds(10));
  EXPECT_THAT(OurChildrenNamed("psql"), IsEmpty());  // neither running nor a zombie
  EXPECT_THAT(OurChildrenNamed("pg_restore"), IsEmpty());
  lock_tx->abort();
  lock_tx.reset();
  const absl::Time deadline = absl::Now() + absl::Seconds(10);
  while (BackupSessions(**watcher) != 0 && absl::Now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(BackupSessions(**watcher), 0);
  EXPECT_EQ(TargetState(target), before);
}

TEST_F(BackupTest, LockWaitTimeoutFailsAsRetryable) {
  const pg::ConnectionSettings db = testing::FreshDatabase();
  Exec(db, "CREATE TABLE t (id int)");
  auto holder = pg::Connect(db, "backup_test");
  ASSERT_TRUE(holder.ok()) << holder.status();
  pqxx::work lock_tx(**holder);
  lock_tx.exec0("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
  backup::DumpOptions options = Options(db);
  options.lock_wait_timeout = absl::Milliseconds(300);
  absl::StatusOr<Manifest> m = Backup(options, absl::Now());
  EXPECT_EQ(m.status().code(), absl::StatusCode::kUnavailable) << m.status();
  EXPECT_THAT(m.status().message(), HasSubstr("LOCK TABLE public.t"));
  EXPECT_THAT(m.status().message(), HasSubstr("lock wait timeout"));
  lock_tx.abort();
  ExpectNothingKept();
}

TEST_F(BackupTest, WriterDestroyedWithoutCommitRemovesItsFile) {
  auto w = store_->Create(kProject, kEnv, backup::NewBackupId(absl::Now()));
  ASSERT_TRUE(w.ok()) << w.status();
  ASSERT_TRUE((*w)->Write("partial").ok());
  EXPECT_THAT(FilesBelow(EnvDir()), ::testing::SizeIs(1));
  w->reset();
  ExpectNothingKept();
}

TEST_F(BackupTest, RetentionKeepsTheNewestVerifiedAndRemovesOlder) {
  const absl::Time t0 = absl::FromUnixSeconds(1790000000);
  std::vector<Manifest> made;
  for (int i = 0; i < 5; ++i) made.push_back(Put(t0 + absl::Hours(i)));
  // The newest failed verification: it does not count as one of the kept.
  made.push_back(Put(t0 + absl::Hours(5), "failed: catalog differs"));
  absl::StatusOr<std::vector<std::string>> removed = backup::ApplyRetention(*store_, kProject, kEnv, 3);
  ASSERT_TRUE(removed.ok()) << removed.status();
  EXPECT_THAT(*removed, ElementsAre(made[1].id, made[0].id));
  auto listed = store_->List(kProject, kEnv);
  ASSERT_TRUE(listed.ok()) << listed.status();
  std::vector<std::string> ids;
  for (const Manifest& m : *listed) ids.push_back(m.id);
  EXPECT_THAT(ids, ElementsAre(made[5].id, made[4].id, made[3].id, made[2].id));
  EXPECT_THAT(FilesBelow(EnvDir()), ::testing::SizeIs(8));
  EXPECT_EQ(backup::ApplyRetention(*store_, kProject, kEnv, 0).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(BackupTest, UpdateRewritesTheManifestAndRemoveDeletesBoth) {
  Manifest m = Put(absl::Now());
  m.verification = "restored";
  m.verified_at = absl::FromUnixSeconds(1790000123) + absl::Microseconds(5);
  ASSERT_TRUE(store_->Update(m).ok());
  absl::StatusOr<Manifest> found = store_->Find(kProject, kEnv, m.id);
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(found->verification, "restored");
  EXPECT_EQ(found->verified_at, m.verified_at);
  ASSERT_TRUE(store_->Remove(m).ok());
  ExpectNothingKept();
  EXPECT_EQ(store_->Remove(m).code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->Update(m).code(), absl::StatusCode::kNotFound);
}

TEST_F(BackupTest, FindOfAMissingIdNamesItAndTheNewest) {
  const absl::Time t0 = absl::FromUnixSeconds(1790000000);
  const Manifest a = Put(t0), b = Put(t0 + absl::Minutes(1));
  absl::StatusOr<Manifest> found = store_->Find(kProject, kEnv, "20200101T000000Z-000000");
  EXPECT_EQ(found.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(found.status().message(), HasSubstr("20200101T000000Z-000000"));
  EXPECT_THAT(found.status().message(), HasSubstr(absl::StrCat("newest: ", b.id, ", ", a.id)));
  EXPECT_THAT(store_->Find(kProject, "prod", "x").status().message(),
              HasSubstr("there are no backups"));
}

// A damaged backup stays listed, marked failed in the returned manifest only (the file on
// disk is untouched), so it shows and retention can take it; an unreadable manifest is
// skipped; Find says what is wrong with either.
TEST_F(BackupTest, DamagedBackupsAreListedAsFailedAndFindSaysWhy) {
  const absl::Time t0 = absl::Now();
  const Manifest good = Put(t0);
  const Manifest garbled = Put(t0 + absl::Seconds(1));
  const Manifest truncated = Put(t0 + absl::Seconds(2));
  const Manifest missing = Put(t0 + absl::Seconds(3));
  std::ofstream(EnvDir() / (garbled.id + ".manifest.yaml")) << "{not: [yaml";
  fs::resize_file(EnvDir() / (truncated.id + ".dump"), 3);
  fs::remove(EnvDir() / (missing.id + ".dump"));
  const std::string truncated_manifest = [&] {
    std::ifstream in(EnvDir() / (truncated.id + ".manifest.yaml"));
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }();

  auto listed = store_->List(kProject, kEnv);
  ASSERT_TRUE(listed.ok()) << listed.status();
  std::vector<std::pair<std::string, std::string>> seen;
  for (const Manifest& m : *listed) seen.emplace_back(m.id, m.verification);
  EXPECT_THAT(seen, ElementsAre(
                        std::make_pair(missing.id, std::string("failed: the archive is missing")),
                        std::make_pair(truncated.id, absl::StrCat("failed: the archive has 3 bytes, "
                                                                  "the manifest says ",
                                                                  truncated.size_bytes)),
                        std::make_pair(good.id, std::string("listed"))));
  {
    std::ifstream in(EnvDir() / (truncated.id + ".manifest.yaml"));
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()),
              truncated_manifest)
        << "List wrote the failed verification to disk";
  }

  EXPECT_EQ(store_->Find(kProject, kEnv, garbled.id).status().code(),
            absl::StatusCode::kDataLoss);
  absl::StatusOr<Manifest> found = store_->Find(kProject, kEnv, truncated.id);
  EXPECT_EQ(found.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(found.status().message(), HasSubstr("has 3 bytes, the manifest says"));
  found = store_->Find(kProject, kEnv, missing.id);
  EXPECT_EQ(found.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(found.status().message(), HasSubstr("the archive is missing"));

  // Remove works without the data file, and takes the truncated one's space.
  ASSERT_TRUE(store_->Remove((*listed)[0]).ok());
  ASSERT_TRUE(store_->Remove((*listed)[1]).ok());
  EXPECT_THAT(FilesBelow(EnvDir()), ElementsAre(good.id + ".dump", good.id + ".manifest.yaml",
                                               garbled.id + ".dump", garbled.id + ".manifest.yaml"));
}

// Damaged backups count as failed: never among the kept, removed (data and manifest) once
// older than the last kept one, kept for investigation when newer.
TEST_F(BackupTest, RetentionRemovesDamagedBackupsAndTheirSpace) {
  const absl::Time t0 = absl::FromUnixSeconds(1790000000);
  std::vector<Manifest> made;
  for (int i = 0; i < 6; ++i) made.push_back(Put(t0 + absl::Hours(i)));
  fs::remove(EnvDir() / (made[0].id + ".dump"));
  fs::resize_file(EnvDir() / (made[1].id + ".dump"), 1);
  fs::resize_file(EnvDir() / (made[5].id + ".dump"), 2);  // the newest: stays
  absl::StatusOr<std::vector<std::string>> removed =
      backup::ApplyRetention(*store_, kProject, kEnv, 2);
  ASSERT_TRUE(removed.ok()) << removed.status();
  EXPECT_THAT(*removed, ElementsAre(made[2].id, made[1].id, made[0].id));
  std::vector<std::string> left;
  for (int i : {3, 4, 5}) {
    left.push_back(made[i].id + ".dump");
    left.push_back(made[i].id + ".manifest.yaml");
  }
  EXPECT_EQ(FilesBelow(EnvDir()), left);
}

TEST_F(BackupTest, NamesThatAreNotPlainPathComponentsAreRefused) {
  const std::string id = backup::NewBackupId(absl::Now());
  for (const auto& [project, env, bad_id] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"..", kEnv, id}, {"a/b", kEnv, id}, {kProject, "..", id}, {kProject, ".hidden", id},
           {kProject, kEnv, "../../etc/x"}, {kProject, kEnv, ""}, {"", kEnv, id},
           {kProject, "prod env", id}, {kProject, kEnv, ".x.dump.tmp"}}) {
    auto w = store_->Create(project, env, bad_id);
    EXPECT_EQ(w.status().code(), absl::StatusCode::kInvalidArgument)
        << project << "/" << env << "/" << bad_id;
  }
  EXPECT_EQ(store_->List("..", kEnv).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(FilesBelow(root_), IsEmpty());
}

TEST_F(BackupTest, StaleTemporaryAndOrphanFilesAreRemovedFreshOnesKept) {
  ASSERT_TRUE(fs::create_directories(EnvDir()));
  const auto touch = [&](const std::string& name, absl::Duration age) {
    std::ofstream(EnvDir() / name) << "x";
    const timespec when = absl::ToTimespec(absl::Now() - age);
    const timespec times[2] = {when, when};
    ASSERT_EQ(utimensat(AT_FDCWD, (EnvDir() / name).c_str(), times, 0), 0);
  };
  touch(".20200101T000000Z-aaaaaa.dump.tmp", absl::Hours(2));
  touch(".20200101T000000Z-bbbbbb.manifest.yaml.0a1b2c.tmp", absl::Hours(2));
  touch("20200101T000000Z-cccccc.dump", absl::Hours(2));  // data without its manifest
  touch(".20200101T000000Z-dddddd.dump.tmp", absl::Minutes(5));
  touch("20200101T000000Z-eeeeee.dump", absl::Minutes(5));
  auto listed = store_->List(kProject, kEnv);
  ASSERT_TRUE(listed.ok()) << listed.status();
  EXPECT_THAT(*listed, IsEmpty());
  EXPECT_THAT(FilesBelow(EnvDir()),
              ElementsAre(".20200101T000000Z-dddddd.dump.tmp", "20200101T000000Z-eeeeee.dump"));
}

TEST(BackupIdTest, IdsSortByTimeAndDiffer) {
  const absl::Time t = absl::FromUnixSeconds(1795000000);
  const std::string a = backup::NewBackupId(t), b = backup::NewBackupId(t);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.substr(0, 17), "20261118T110640Z-");
  EXPECT_EQ(a.size(), 23u);
  EXPECT_LT(backup::NewBackupId(t), backup::NewBackupId(t + absl::Seconds(1)));
}

}  // namespace
}  // namespace schemaservice
