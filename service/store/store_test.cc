// Unit tests of the migration store on real folders: checksums that ignore BOM and line ends,
// safe slugs, versions that never clash, directives only from the leading comments, and a sum
// that catches every edit, addition, removal and tampering before anything runs.
#include "service/store/store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/process.h"

namespace schemaservice::store {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

absl::Time At(const char* text) {
  absl::Time t;
  std::string err;
  EXPECT_TRUE(absl::ParseTime("%E4Y%m%d%H%M%S", text, absl::UTCTimeZone(), &t, &err)) << err;
  return t;
}

TEST(ChecksumTest, ByteOrderMarkAndLineEndsDoNotChangeIt) {
  EXPECT_EQ(Checksum("a\nb\n"), Checksum("a\r\nb\r\n"));
  EXPECT_EQ(Checksum("a\nb\n"), Checksum("\xEF\xBB\xBF" "a\rb\r"));
  EXPECT_NE(Checksum("a\nb\n"), Checksum("a\nb \n"));
}

TEST(SlugTest, MessagesBecomeSafeFileNamesOrAreRefused) {
  EXPECT_EQ(*Slug("Add users & e-mail!"), "add_users_e_mail");
  EXPECT_EQ(Slug(std::string(200, 'x'))->size(), 60u);
  for (const char* bad : {"", "!!!", "../etc", "a/b", "a\\b", "line\nbreak"}) {
    EXPECT_EQ(Slug(bad).status().code(), absl::StatusCode::kInvalidArgument) << bad;
  }
}

TEST(VersionTest, AClashOrAClockBehindTakesTheNextSecond) {
  EXPECT_EQ(NextVersion(At("20261126093000"), {}), "20261126093000");
  EXPECT_EQ(NextVersion(At("20261126093000"), {"20261126093000"}), "20261126093001");
  EXPECT_EQ(NextVersion(At("20261126093000"), {"20261201000000"}), "20261201000001");
}

TEST(DirectivesTest, OnlyTheLeadingCommentsCount) {
  Directives d = *ParseDirectives(
      "-- add an index\n-- schemaservice:no-transaction\n-- schemaservice:lock-timeout=5s\n"
      "CREATE INDEX CONCURRENTLY i ON t (a);\n");
  EXPECT_TRUE(d.no_transaction);
  EXPECT_EQ(d.lock_timeout, absl::Seconds(5));
  d = *ParseDirectives("CREATE TABLE \"x\n-- schemaservice:no-transaction\n\" (a int);");
  EXPECT_FALSE(d.no_transaction) << "text below the first statement is SQL, not a directive";
  EXPECT_FALSE(ParseDirectives("-- schemaservice:lock-timeout=soon\n").ok());
  EXPECT_FALSE(ParseDirectives("-- schemaservice:no-transactions\n").ok());
}

TEST(StoreTest, AddedPairsVerifyAndReplayInVersionOrder) {
  testing::TempDir dir;
  Store store = *Store::Open(dir.path());
  EXPECT_TRUE(store.migrations().empty());
  EXPECT_TRUE(store.Verify().ok());
  ASSERT_TRUE(store.Add("create t", "CREATE TABLE t (a int);\n", "DROP TABLE t;\n",
                        At("20261126093000")).ok());
  ASSERT_TRUE(store.Add("second", "ALTER TABLE t ADD b int;\n", "", At("20261126093000")).ok());
  Store reopened = *Store::Open(dir.path());
  ASSERT_TRUE(reopened.Verify().ok()) << reopened.Verify();
  ASSERT_EQ(reopened.migrations().size(), 2u);
  EXPECT_EQ(reopened.migrations()[0].up_file(), "20261126093000_create_t.up.sql");
  EXPECT_TRUE(reopened.migrations()[0].down_sql.has_value());
  EXPECT_EQ(reopened.migrations()[1].version, "20261126093001");
  EXPECT_FALSE(reopened.migrations()[1].down_sql.has_value());
  std::ifstream sum(dir.path() + "/versions/schema.sum");
  std::string first;
  std::getline(sum, first);
  EXPECT_EQ(first, kSumHeader);
  for (const auto& entry : fs::directory_iterator(dir.path() + "/versions")) {
    EXPECT_EQ(entry.path().string().find(".tmp-"), std::string::npos) << "left a temporary file";
  }
}

TEST(StoreTest, EveryChangeBehindTheSumsBackIsFoundAndNamed) {
  testing::TempDir dir;
  Store store = *Store::Open(dir.path());
  ASSERT_TRUE(store.Add("one", "CREATE TABLE a (x int);\n", "DROP TABLE a;\n", At("20260101000000")).ok());
  ASSERT_TRUE(store.Add("two", "CREATE TABLE b (x int);\n", "DROP TABLE b;\n", At("20260102000000")).ok());
  const std::string v = dir.path() + "/versions/";
  auto verify = [&] { return Store::Open(dir.path())->Verify(); };

  std::ofstream(v + "20260101000000_one.up.sql") << "CREATE TABLE a (x bigint);\n";
  absl::Status s = verify();
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(s.message()), HasSubstr("edited 20260101000000_one.up.sql"));
  EXPECT_THAT(std::string(s.message()), HasSubstr("schemactl rehash"));
  ASSERT_TRUE(Store::Open(dir.path())->Rehash().ok());
  EXPECT_TRUE(verify().ok());

  std::ofstream(v + "20260103000000_three.up.sql") << "SELECT 1;\n";
  EXPECT_THAT(std::string(verify().message()), HasSubstr("added 20260103000000_three.up.sql"));
  fs::remove(v + "20260103000000_three.up.sql");
  fs::remove(v + "20260102000000_two.down.sql");
  EXPECT_THAT(std::string(verify().message()), HasSubstr("removed 20260102000000_two.down.sql"));
  ASSERT_TRUE(Store::Open(dir.path())->Rehash().ok());

  // A sum edited by hand (lines swapped) no longer matches its total.
  std::ifstream in(v + "schema.sum");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::swap(lines[1], lines[2]);
  std::ofstream out(v + "schema.sum");
  for (const std::string& line : lines) out << line << "\n";
  out.close();
  EXPECT_THAT(std::string(verify().message()), HasSubstr("schema.sum itself was edited"));
}

TEST(StoreTest, StrayFilesAndUnsafeMessagesAreRefusedAndWriteNothing) {
  testing::TempDir dir;
  fs::create_directories(dir.path() + "/versions");
  std::ofstream(dir.path() + "/versions/notes.txt") << "x";
  EXPECT_THAT(std::string(Store::Open(dir.path()).status().message()),
              HasSubstr("notes.txt: not a migration file"));
  fs::remove(dir.path() + "/versions/notes.txt");
  Store store = *Store::Open(dir.path());
  EXPECT_FALSE(store.Add("../../etc/passwd", "SELECT 1;", "", At("20260101000000")).ok());
  EXPECT_TRUE(fs::is_empty(dir.path() + "/versions"));
}

// The cache hands back the same read while nothing changed, and any change at once, within
// the same second: an edit in place (same size), a file added, versions/ replaced.
TEST(StoreCacheTest, ReturnsTheLastReadUntilAnythingChangesAndEveryChangeAtOnce) {
  testing::TempDir dir;
  Store store = *Store::Open(dir.path());
  ASSERT_TRUE(store.Add("create a", "CREATE TABLE a (x int);\n", "DROP TABLE a;\n", At("20261126093000")).ok());
  StoreCache cache;
  const StoreCache::Read first = cache.Open(dir.path());
  ASSERT_NE(first.store, nullptr);
  ASSERT_TRUE(first.verified.ok()) << first.verified;
  EXPECT_EQ(cache.Open(dir.path()).store, first.store) << "nothing changed: the same read";

  const fs::path up = fs::path(dir.path()) / "versions" / first.store->migrations()[0].up_file();
  std::ofstream(up, std::ios::trunc) << "CREATE TABLE b (x int);\n";  // same size, same second
  const StoreCache::Read edited = cache.Open(dir.path());
  ASSERT_NE(edited.store, first.store);
  EXPECT_EQ(edited.store->migrations()[0].up_sql, "CREATE TABLE b (x int);\n");
  EXPECT_THAT(std::string(edited.verified.message()), HasSubstr("edited"));

  ASSERT_TRUE(Store::Open(dir.path())->Rehash().ok());
  ASSERT_TRUE(Store::Open(dir.path())->Add("create c", "CREATE TABLE c ();\n", "", At("20261126093100")).ok());
  const StoreCache::Read added = cache.Open(dir.path());
  EXPECT_EQ(added.store->migrations().size(), 2u);
  EXPECT_TRUE(added.verified.ok()) << added.verified;

  // versions/ swapped for another folder, as a ConfigMap update does.
  const fs::path versions = fs::path(dir.path()) / "versions";
  fs::rename(versions, fs::path(dir.path()) / "old");
  fs::create_directory(versions);
  const StoreCache::Read swapped = cache.Open(dir.path());
  EXPECT_TRUE(swapped.store->migrations().empty());
}

}  // namespace
}  // namespace schemaservice::store
