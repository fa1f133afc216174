// The round-trip corpus: every case under tests/cases/NAME/ is a pair of schema files (a.sql,
// b.sql). For both directions and in both plain and online-safe mode, on a real PostgreSQL:
// the plan applied to a database built from one side gives the other side, judged by the
// engine's own catalog and independently by `pg_dump --schema-only` object by object; planning
// again gives nothing; the plan is deterministic; the plan keeps the rows.
// Each side's index, key and foreign key definitions, as read, must also be the server's own
// pg_get_indexdef and pg_get_constraintdef text.
//
// Optional files of a case:
//   expect               hazard kinds the a->b plan must carry, one a line.
//   min_major            the oldest PostgreSQL major the case's SQL runs on (e.g. 17); on older
//                        servers the case is skipped, saying why.
//   max_major            the newest major the case holds on (e.g. 17: an apply error it expects
//                        that 18 no longer raises); on newer servers it is skipped, saying why.
//   data.sql             rows, loaded after a.sql on the a side (and so present for a->b).
//   data_b.sql           rows, loaded after b.sql on the b side (present for b->a).
//   expect_apply_error   the a->b plan must fail on the rows present: the file holds substrings
//                        of the error, one a line, any of which may match (the online plan
//                        fails on its helper check rather than on SET NOT NULL); the runner
//                        checks the database is then unchanged (catalog, pg_dump and rows equal
//                        to before), in plain and online mode. b->a is checked as usual.
//   known_data_gap       the reason the engine does not keep the rows yet (an engine gap to
//                        fix): the rows check reports instead of failing; once it passes in
//                        every direction and mode, the case fails until the file is removed.
//   renames              rename hints, one "[kind:]OLD=NEW" a line with full qualified names on
//                        both sides (plan::ParseRenameHint); passed to the a->b plan, and each
//                        hint Reversed() to the b->a plan. "Planning again" runs without them
//                        (the renamed objects then match by name).
//   known_oracle_gap     the reason the object-by-object pg_dump comparison cannot pass yet (an
//                        engine bug to fix); that case falls back to comparing sorted lines.
//
// Rows are judged on the server, not through the engine's catalog (which is what is judged):
// for every table that exists on both sides (names mapped through the table, schema and column
// hints), and is not a partition on either side (a partition's rows are judged through its root,
// since a changed bound may move rows between partitions), the row count is equal, and so is a
// fingerprint (md5 of the ordered row texts, as pg-delta's proof does) over the columns present
// on both sides, compared as text: a converted column (int -> bigint, text -> enum) must keep
// each value's text, so cases pick data for which that holds; a stored generated column counts
// only when its expression is unchanged; an enum label renamed by a hint maps back to the old
// label. Partitioned tables are read with their partitions, others with ONLY; a tree with a
// foreign partition is not read (its rows are a server's, and no wrapper here has a handler),
// nor are foreign tables. Also, a plan must
// not leave a column's owned sequence (identity, serial) about to hand out a value the column
// already holds, unless it already did before.
//
// The pg_dump oracle (PostgreSQL 15's pg_dump, so on that major only): the dump is split into
// objects at its "-- Name: X; Type: Y; Schema: Z" headers; each object's text is compared as a
// whole, whitespace runs folded, so enum label order, function bodies, and the order of columns
// and constraints inside a CREATE TABLE or composite CREATE TYPE are checked. Column order rule:
// ALTER TABLE ADD COLUMN can only append, so a column the plan had reason to create (absent
// from the source side's object, or with a different definition line there, i.e. possibly
// re-created, or retyped in place where it stood) may stand anywhere in the column list; every
// other column must keep the declared relative order. The
// statements pg_dump writes after a CREATE TABLE in the same object (ALTER COLUMN SET STORAGE
// ...) follow column order, so they are compared as a sorted set; so are an ACL object's GRANT
// lines, which follow the order the grants were made in (aclitem[] is a set), and a statistics
// object's plain columns, which pg_dump lists in attnum order.
// What the oracle still cannot see: anything pg_dump --schema-only does not print (sequence
// positions, statistics, extension members, roles and other cluster-wide state, an object's
// identity: a dropped and re-created index or table looks the same as a kept one, which only
// the rows check notices, and only where a case loads rows), where the columns the plan created
// or retyped stand, the order of a statistics object's plain columns (the catalog oracle sorts
// them by name too), blank lines inside function bodies, and, on majors other than 15, anything.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/catalog/reader.h"
#include "service/diff/diff.h"
#include "service/executor/script.h"
#include "service/pg/connection.h"
#include "service/pg/quote.h"
#include "service/plan/plan.h"
#include "service/plan/rename_text.h"
#include "tests/support/process.h"
#include "tests/support/test_postgres.h"

namespace schemaservice {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// SCHEMAD_RT_CASES names another folder of cases (tests/pending-cases, say) to run instead.
fs::path CasesDir() {
  const char* other = std::getenv("SCHEMAD_RT_CASES");
  if (other != nullptr && *other != '\0') return fs::path(other);
  return fs::path(SCHEMASERVICE_SOURCE_DIR) / "tests" / "cases";
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  const fs::path dir = CasesDir();
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Roles some cases grant to, and tablespaces some cases use; both are cluster-wide, so they
// are made once per server.
void EnsureRoles() {
  static bool done = false;
  if (done) return;
  auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
  ASSERT_TRUE(conn.ok()) << conn.status();
  pqxx::nontransaction tx(**conn);
  for (const char* role : {"app_reader", "app_writer", "Mixed Role", "o'brien"}) {
    tx.exec(absl::StrCat("DO $$ BEGIN CREATE ROLE ", pg::QuoteIdent(role),
                         "; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
  }
  // So are tablespaces: schemad_ts1 and schemad_ts2.
  const absl::Status tablespaces = testing::EnsureTestTablespaces();
  ASSERT_TRUE(tablespaces.ok()) << tablespaces;
  done = true;
}

// One connection to the maintenance database for every CREATE and DROP DATABASE of the run:
// a connection costs a backend's start and a SCRAM exchange, and the corpus makes thousands.
pqxx::connection& Admin() {
  static std::unique_ptr<pqxx::connection> admin = [] {
    auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
    if (!conn.ok()) {
      ADD_FAILURE() << conn.status();
      std::abort();
    }
    return std::move(*conn);
  }();
  return *admin;
}

void DropDatabase(const std::string& name) {
  EXPECT_TRUE(testing::TestServer().DropDatabase(Admin(), name).ok()) << name;
}

pg::ConnectionSettings NewDatabase(const std::string& name, const std::string& template_db = "") {
  DropDatabase(name);
  pqxx::nontransaction tx(Admin());
  tx.exec0(absl::StrCat("CREATE DATABASE ", pg::QuoteIdent(name),
                        template_db.empty() ? "" : absl::StrCat(" TEMPLATE ", pg::QuoteIdent(template_db))));
  return testing::TestServer().Settings(name);
}

absl::StatusOr<catalog::Catalog> Read(const pg::ConnectionSettings& s) {
  auto conn = pg::Connect(s, "test");
  if (!conn.ok()) return conn.status();
  return catalog::ReadCatalog(**conn, {});
}

// The reader writes the definitions of plain btree indexes, keys and foreign keys itself
// instead of asking pg_get_indexdef and pg_get_constraintdef (reader.cc PlainIndexDefinition,
// PlainKeyDefinition): every one read must carry the server's own text, whichever way it was
// read. (A key whose index has storage parameters carries them too, which the server's text
// leaves out: those are not compared.)
void ExpectDefinitionsAsTheServerWritesThem(pqxx::connection& conn, const catalog::Catalog& c) {
  pqxx::nontransaction tx(conn);
  tx.exec0("SET search_path = ''");
  std::map<std::pair<std::string, std::string>, std::string> indexes, constraints;
  for (const pqxx::row& row : tx.exec("SELECT n.nspname, c.relname, pg_get_indexdef(c.oid) FROM pg_class c"
                                      " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('i', 'I')")) {
    indexes[{row[0].c_str(), row[1].c_str()}] = row[2].c_str();
  }
  for (const pqxx::row& row : tx.exec("SELECT n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid)"
                                      " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                                      " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                      " LEFT JOIN pg_class ki ON ki.oid = k.conindid"
                                      " WHERE k.contype = 'f' OR (k.contype IN ('p', 'u') AND ki.reloptions IS NULL)")) {
    constraints[{absl::StrCat(pg::QuoteIdent(row[0].c_str()), ".", pg::QuoteIdent(row[1].c_str())), row[2].c_str()}] =
        row[3].c_str();
  }
  for (const catalog::TablePart& p : c.parts) {
    if (p.c.ref.kind == catalog::Kind::kIndex) {
      const auto it = indexes.find({p.c.schema, p.c.name});
      ASSERT_NE(it, indexes.end()) << p.c.ref.id;
      EXPECT_EQ(p.definition, it->second) << p.c.ref.id;
    } else if (p.c.ref.kind == catalog::Kind::kConstraint) {
      const auto it = constraints.find({p.table, p.c.name});
      if (it == constraints.end()) continue;  // not a key or foreign key, or one with storage parameters
      EXPECT_EQ(p.definition, it->second) << p.c.ref.id;
    }
  }
}

// Debian's pg_dump 15 refuses a newer server, and the other majors' server packages ship
// none: on them only the catalog oracle and "planning again is empty" apply.
bool DumpOracle() {
  static const bool available = [] {
    auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
    if (!conn.ok()) return false;
    pqxx::nontransaction tx(**conn);
    return tx.exec1("SHOW server_version_num")[0].as<int>() / 10000 == 15;
  }();
  return available;
}

int ServerMajor() {
  static const int major = [] {
    auto conn = pg::Connect(testing::TestServer().Settings("postgres"), "test");
    if (!conn.ok()) return 0;
    pqxx::nontransaction tx(**conn);
    return tx.exec1("SHOW server_version_num")[0].as<int>() / 10000;
  }();
  return major;
}

// ---- The pg_dump oracle ----

// One pg_dump object. A CREATE TABLE / composite CREATE TYPE is kept in parts so column order
// can be judged by the rule in the header comment; any other object is one text.
struct DumpObject {
  std::string head;                   // the text before the element list, or the whole text
  std::vector<std::string> elements;  // one per column or table constraint, without commas
  std::string tail;                   // the rest of the CREATE statement
  std::vector<std::string> after;     // the object's later statements, sorted
  bool operator==(const DumpObject& o) const {
    return head == o.head && elements == o.elements && tail == o.tail && after == o.after;
  }
  std::string Text() const {
    std::string out = head;
    if (!elements.empty() || !tail.empty()) {
      absl::StrAppend(&out, "\n    ", absl::StrJoin(elements, ",\n    "), "\n", tail);
    }
    for (const auto& a : after) absl::StrAppend(&out, "\n", a);
    return out;
  }
};

struct Dump {
  std::string sorted_lines;                                 // the fallback comparison
  std::map<std::string, std::vector<DumpObject>> objects;  // by header; texts in dump order
};

// Whitespace runs fold to one space; the line is trimmed.
std::string FoldWhitespace(absl::string_view line) {
  std::string out;
  bool space = false;
  for (char ch : line) {
    if (ch == ' ' || ch == '\t' || ch == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(ch);
  }
  return out;
}

// "CREATE STATISTICS s ON b, a, (expr) FROM t;" with its plain columns sorted: PostgreSQL
// lists them in attnum order, so they follow the table's column order, which may differ where
// the column-order rule allows (a column the plan re-created stands at the end).
std::string SortStatisticsColumns(const std::string& line) {
  const size_t on = line.find(" ON "), from = line.rfind(" FROM ");
  if (!absl::StartsWith(line, "CREATE STATISTICS ") || on == std::string::npos || from == std::string::npos || from < on) {
    return line;
  }
  std::vector<std::string> items = absl::StrSplit(line.substr(on + 4, from - on - 4), ", ");
  size_t plain = 0;
  while (plain < items.size() && !absl::StartsWith(items[plain], "(")) ++plain;
  std::sort(items.begin(), items.begin() + plain);
  return absl::StrCat(line.substr(0, on + 4), absl::StrJoin(items, ", "), line.substr(from));
}

DumpObject ParseDumpObject(const std::string& key, const std::vector<std::string>& lines) {
  DumpObject object;
  if (absl::StrContains(key, "; Type: STATISTICS")) {
    std::vector<std::string> folded;
    for (const auto& l : lines) folded.push_back(SortStatisticsColumns(FoldWhitespace(l)));
    object.head = absl::StrJoin(folded, "\n");
    return object;
  }
  if (absl::StrContains(key, "; Type: ACL") || absl::StrContains(key, "; Type: DEFAULT ACL")) {
    // An aclitem[] lists grants in the order they were made: a set, so its lines are sorted.
    std::vector<std::string> grants;
    for (const auto& l : lines) grants.push_back(FoldWhitespace(l));
    std::sort(grants.begin(), grants.end());
    object.head = absl::StrJoin(grants, "\n");
    return object;
  }
  // The element list: "CREATE TABLE x (" / "CREATE TYPE x AS (" up to the line opening with ")".
  size_t open = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    const bool table = (absl::StartsWith(lines[i], "CREATE TABLE ") || absl::StartsWith(lines[i], "CREATE UNLOGGED TABLE ") ||
                        absl::StartsWith(lines[i], "CREATE FOREIGN TABLE ")) &&
                       absl::EndsWith(lines[i], " (");
    // A composite type; an enum's labels stay one text, their order exact.
    const bool composite = absl::StartsWith(lines[i], "CREATE TYPE ") && absl::EndsWith(lines[i], " AS (");
    if (table || composite) {
      open = i;
      break;
    }
  }
  size_t close = lines.size();
  for (size_t i = open + 1; i < lines.size(); ++i) {
    if (absl::StartsWith(lines[i], ")")) {
      close = i;
      break;
    }
  }
  std::vector<std::string> folded;
  for (const auto& l : lines) folded.push_back(FoldWhitespace(l));
  if (open == lines.size() || close == lines.size()) {
    object.head = absl::StrJoin(folded, "\n");
    return object;
  }
  std::vector<std::string> head(folded.begin(), folded.begin() + open + 1);
  object.head = absl::StrJoin(head, "\n");
  for (size_t i = open + 1; i < close; ++i) {
    // An element starts on a line indented by four; deeper lines continue it.
    const std::string text(absl::StripSuffix(folded[i], ","));
    if (absl::StartsWith(lines[i], "     ") && !object.elements.empty()) {
      absl::StrAppend(&object.elements.back(), "\n", text);
    } else {
      object.elements.push_back(text);
    }
  }
  size_t end = close;
  while (end < lines.size() && !absl::EndsWith(lines[end], ";")) ++end;
  std::vector<std::string> tail(folded.begin() + close, folded.begin() + std::min(end + 1, folded.size()));
  object.tail = absl::StrJoin(tail, "\n");
  std::string statement;
  for (size_t i = end + 1; i < folded.size(); ++i) {
    absl::StrAppend(&statement, statement.empty() ? "" : "\n", folded[i]);
    if (absl::EndsWith(folded[i], ";")) {
      object.after.push_back(statement);
      statement.clear();
    }
  }
  if (!statement.empty()) object.after.push_back(statement);
  std::sort(object.after.begin(), object.after.end());
  return object;
}

Dump DumpSchema(const pg::ConnectionSettings& s) {
  Dump dump;
  if (!DumpOracle()) return dump;
  const testing::RunResult r = testing::RunProgram(
      // Through the server's unix socket (local trust): no SCRAM exchange per dump.
      {"/usr/lib/postgresql/15/bin/pg_dump", "--schema-only", "--no-owner", "-h",
       testing::TestServer().socket_dir(), "-p", std::to_string(s.port), "-U", s.user, "-d", s.dbname},
      {});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> sorted;
  std::string key;
  std::vector<std::string> body;
  const auto flush = [&] {
    if (!key.empty()) dump.objects[key].push_back(ParseDumpObject(key, body));
    body.clear();
  };
  for (absl::string_view line : absl::StrSplit(r.out, '\n')) {
    line = absl::StripTrailingAsciiWhitespace(line);
    if (absl::StartsWith(line, "-- Name: ")) {
      flush();
      // "-- Name: t; Type: TABLE; Schema: public; Owner: -": the owner is always "-" here.
      // A relation outside the default tablespace adds "; Tablespace: ts", which stays in the
      // key: the SET default_tablespace lines that place it are skipped below.
      const size_t owner = line.rfind("; Owner:");
      key = std::string(line.substr(3, owner == absl::string_view::npos ? absl::string_view::npos : owner - 3));
      if (const size_t ts = line.rfind("; Tablespace: "); owner != absl::string_view::npos && ts != absl::string_view::npos) {
        absl::StrAppend(&key, line.substr(ts));
      }
      continue;
    }
    if (line.empty() || absl::StartsWith(line, "--") || absl::StartsWith(line, "SET ") ||
        absl::StartsWith(line, "SELECT pg_catalog.set_config") ||
        absl::StartsWith(line, "\\restrict ") || absl::StartsWith(line, "\\unrestrict ")) {
      continue;
    }
    body.emplace_back(line);
    sorted.emplace_back(absl::StripSuffix(line, ","));
  }
  flush();
  std::sort(sorted.begin(), sorted.end());
  dump.sorted_lines = absl::StrJoin(sorted, "\n");
  return dump;
}

// A column element's name: its first word, or its quoted name.
std::string ElementName(const std::string& element) {
  if (element.empty() || element[0] != '"') return element.substr(0, element.find(' '));
  for (size_t i = 1; i < element.size(); ++i) {
    if (element[i] == '"') {
      if (i + 1 < element.size() && element[i + 1] == '"') {
        ++i;
        continue;
      }
      return element.substr(0, i + 1);
    }
  }
  return element;
}

bool IsConstraintElement(const std::string& element) { return absl::StartsWith(element, "CONSTRAINT "); }

// The column order rule of the header comment. `source` is the same object on the side the plan
// started from (null when the plan created it: then the order must be exact).
bool ElementsMatch(const DumpObject& actual, const DumpObject& expected, const DumpObject* source) {
  if (actual.elements == expected.elements) return true;
  std::vector<std::string> actual_sorted = actual.elements, expected_sorted = expected.elements;
  std::sort(actual_sorted.begin(), actual_sorted.end());
  std::sort(expected_sorted.begin(), expected_sorted.end());
  if (actual_sorted != expected_sorted || source == nullptr) return false;
  std::vector<std::string> actual_constraints, expected_constraints, actual_columns;
  for (const auto& e : actual.elements) (IsConstraintElement(e) ? actual_constraints : actual_columns).push_back(e);
  for (const auto& e : expected.elements) {
    if (IsConstraintElement(e)) expected_constraints.push_back(e);
  }
  if (actual_constraints != expected_constraints) return false;
  std::map<std::string, std::string> source_columns;
  for (const auto& e : source->elements) {
    if (!IsConstraintElement(e)) source_columns[ElementName(e)] = e;
  }
  std::set<std::string> movable;  // created by the plan, so possibly appended
  for (const auto& e : expected.elements) {
    if (IsConstraintElement(e)) continue;
    auto it = source_columns.find(ElementName(e));
    if (it == source_columns.end() || it->second != e) movable.insert(e);
  }
  // The columns the plan kept keep their declared relative order; a created one may stand at
  // the end (ADD COLUMN appends) and a retyped one where it stood, so theirs is not checked.
  std::vector<std::string> kept_actual, kept_declared;
  for (const auto& e : actual_columns) {
    if (!movable.count(e)) kept_actual.push_back(e);
  }
  for (const auto& e : expected.elements) {
    if (!IsConstraintElement(e) && !movable.count(e)) kept_declared.push_back(e);
  }
  return kept_actual == kept_declared;
}

bool ObjectsMatch(const DumpObject& actual, const DumpObject& expected, const DumpObject* source) {
  return actual.head == expected.head && actual.tail == expected.tail && actual.after == expected.after &&
         ElementsMatch(actual, expected, source);
}

// What differs between the dump after applying and the target's, "" when nothing does.
std::string CompareDumps(const Dump& actual, const Dump& expected, const Dump& source, bool whole_text) {
  if (!whole_text) {
    if (actual.sorted_lines == expected.sorted_lines) return "";
    return absl::StrCat("sorted lines differ:\n--- after applying\n", actual.sorted_lines,
                        "\n--- target\n", expected.sorted_lines);
  }
  std::set<std::string> keys;
  for (const auto& [k, v] : actual.objects) keys.insert(k);
  for (const auto& [k, v] : expected.objects) keys.insert(k);
  std::string out;
  static const std::vector<DumpObject> kNone;
  for (const auto& key : keys) {
    auto a = actual.objects.find(key), e = expected.objects.find(key), s = source.objects.find(key);
    const std::vector<DumpObject>& as = a == actual.objects.end() ? kNone : a->second;
    const std::vector<DumpObject>& es = e == expected.objects.end() ? kNone : e->second;
    bool same = as.size() == es.size();
    for (size_t i = 0; same && i < as.size(); ++i) {
      // Objects sharing a header are rare (none in practice); they pair up in dump order.
      const DumpObject* src = s != source.objects.end() && s->second.size() == es.size() ? &s->second[i] : nullptr;
      same = ObjectsMatch(as[i], es[i], src);
    }
    if (same) continue;
    absl::StrAppend(&out, "== ", key, "\n-- after applying:\n");
    for (const auto& o : as) absl::StrAppend(&out, o.Text(), "\n");
    absl::StrAppend(&out, "-- target:\n");
    for (const auto& o : es) absl::StrAppend(&out, o.Text(), "\n");
  }
  return out;
}

// ---- Rows ----

struct ColumnShape {
  std::string name;
  std::string type_schema, type_name;  // of the column's type, to map renamed enum labels
  std::string generated;               // attgenerated and the expression, "" for a plain column
};
struct TableShape {
  bool partitioned = false;  // read with its partitions
  bool partition = false;    // judged through its root
  bool remote = false;       // a tree with a foreign partition: not read (no wrapper has a handler here)
  std::vector<ColumnShape> columns;
};
using TableKey = std::pair<std::string, std::string>;  // schema, table (unquoted)
using Shapes = std::map<TableKey, TableShape>;

Shapes ReadShapes(pqxx::connection& conn) {
  pqxx::nontransaction tx(conn);
  Shapes shapes;
  for (const auto& row : tx.exec(R"(
      SELECT n.nspname, c.relname, c.relkind = 'p', c.relispartition, a.attname, tn.nspname, t.typname,
             a.attgenerated::text || coalesce(pg_get_expr(d.adbin, d.adrelid), ''),
             c.relkind = 'p' AND EXISTS (SELECT 1 FROM pg_partition_tree(c.oid) pt
                                         JOIN pg_class fc ON fc.oid = pt.relid WHERE fc.relkind = 'f')
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      JOIN pg_type t ON t.oid = a.atttypid
      JOIN pg_namespace tn ON tn.oid = t.typnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum AND a.attgenerated <> ''
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\_toast%'
        AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass
                          AND e.objid = c.oid AND e.deptype = 'e')
      ORDER BY n.nspname, c.relname, a.attnum)")) {
    TableShape& table = shapes[{row[0].as<std::string>(), row[1].as<std::string>()}];
    table.partitioned = row[2].as<bool>();
    table.partition = row[3].as<bool>();
    table.remote = row[8].as<bool>();
    table.columns.push_back({row[4].as<std::string>(), row[5].as<std::string>(), row[6].as<std::string>(),
                             row[7].as<std::string>()});
  }
  return shapes;
}

// Where the rename hints of one direction send tables, columns and enum labels.
struct NameMap {
  std::map<std::string, std::string> schemas;
  std::map<TableKey, TableKey> tables;
  std::map<std::pair<TableKey, std::string>, std::string> columns;       // (table, column) -> column
  std::map<TableKey, std::map<std::string, std::string>> labels_back;  // type -> new label -> old

  TableKey Table(const TableKey& t) const {
    if (auto it = tables.find(t); it != tables.end()) return it->second;
    if (auto it = schemas.find(t.first); it != schemas.end()) return {it->second, t.second};
    return t;
  }
  std::string Column(const TableKey& t, const std::string& c) const {
    auto it = columns.find({t, c});
    return it == columns.end() ? c : it->second;
  }
};

NameMap MapHints(const std::vector<plan::RenameHint>& hints, const Shapes& before) {
  NameMap map;
  for (const auto& h : hints) {
    auto from = plan::internal::SplitQualifiedName(h.from), to = plan::internal::SplitQualifiedName(h.to);
    if (!from.ok() || !to.ok() || from->size() != to->size()) continue;
    const std::vector<std::string>& f = *from;
    const std::vector<std::string>& t = *to;
    if (f.size() == 1 && (h.kind.empty() || h.kind == "schema")) {
      map.schemas[f[0]] = t[0];
    } else if (f.size() == 2 && (h.kind == "table" || (h.kind.empty() && before.count({f[0], f[1]})))) {
      map.tables[{f[0], f[1]}] = {t[0], t[1]};
    } else if (f.size() == 3 && (h.kind == "column" || (h.kind.empty() && before.count({f[0], f[1]})))) {
      map.columns[{{f[0], f[1]}, f[2]}] = t[2];
    } else if (f.size() == 3 && (h.kind == "label" || h.kind.empty())) {
      map.labels_back[{t[0], t[1]}][t[2]] = f[2];
    }
  }
  return map;
}

struct RowsFingerprint {
  long count = 0;
  std::string md5;
  bool operator==(const RowsFingerprint& o) const { return count == o.count && md5 == o.md5; }
};

RowsFingerprint Fingerprint(pqxx::connection& conn, const TableKey& table, bool partitioned,
                            const std::vector<std::string>& expressions) {
  pqxx::nontransaction tx(conn);
  const auto row = tx.exec1(absl::StrCat(
      "SELECT count(*), md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) FROM (SELECT ROW(",
      absl::StrJoin(expressions, ", "), ")::text AS r FROM ", partitioned ? "" : "ONLY ",
      pg::QuoteIdent(table.first), ".", pg::QuoteIdent(table.second), ") rows"));
  return {row[0].as<long>(), row[1].as<std::string>()};
}

// Columns whose owned sequence (identity, serial) would next hand out a value at or below the
// column's largest one, as "schema.table.column".
std::set<std::string> SequencesBehindTheirColumn(pqxx::connection& conn) {
  pqxx::nontransaction tx(conn);
  std::set<std::string> behind;
  for (const auto& row : tx.exec(R"(
      SELECT n.nspname, c.relname, a.attname,
             format('SELECT coalesce(max(%I)::numeric >= %s, false) FROM %s %I.%I', a.attname,
                    CASE WHEN s.last_value IS NULL THEN s.start_value ELSE s.last_value + s.increment_by END,
                    CASE WHEN c.relkind = 'p' THEN '' ELSE 'ONLY' END, n.nspname, c.relname)
      FROM pg_depend d
      JOIN pg_class sc ON sc.oid = d.objid AND sc.relkind = 'S'
      JOIN pg_namespace sn ON sn.oid = sc.relnamespace
      JOIN pg_sequences s ON s.schemaname = sn.nspname AND s.sequencename = sc.relname
      JOIN pg_class c ON c.oid = d.refobjid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
      WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
        AND d.deptype IN ('a', 'i') AND s.increment_by > 0 AND c.relkind IN ('r', 'p')
        AND NOT c.relispartition)")) {
    if (tx.exec1(row[3].as<std::string>())[0].as<bool>()) {
      behind.insert(absl::StrCat(row[0].as<std::string>(), ".", row[1].as<std::string>(), ".", row[2].as<std::string>()));
    }
  }
  return behind;
}

// What the plan did to the rows, "" when it kept them (the rules of the header comment).
std::string RowDifferences(const pg::ConnectionSettings& before_db, const pg::ConnectionSettings& after_db,
                           const std::vector<plan::RenameHint>& hints) {
  auto before_conn = pg::Connect(before_db, "test");
  auto after_conn = pg::Connect(after_db, "test");
  if (!before_conn.ok() || !after_conn.ok()) return "cannot connect to compare rows";
  const Shapes before = ReadShapes(**before_conn), after = ReadShapes(**after_conn);
  const NameMap map = MapHints(hints, before);
  std::string out;
  for (const auto& [key, table] : before) {
    const TableKey target = map.Table(key);
    auto it = after.find(target);
    if (table.partition || table.remote || it == after.end() || it->second.partition || it->second.remote) continue;
    const TableShape& now = it->second;
    std::vector<std::string> old_exprs, new_exprs;
    for (const ColumnShape& column : table.columns) {
      const std::string name = map.Column(key, column.name);
      auto found = std::find_if(now.columns.begin(), now.columns.end(),
                                [&](const ColumnShape& c) { return c.name == name; });
      if (found == now.columns.end() || found->generated != column.generated) continue;
      old_exprs.push_back(pg::QuoteIdent(column.name));
      std::string expr = pg::QuoteIdent(name);
      if (auto labels = map.labels_back.find({found->type_schema, found->type_name}); labels != map.labels_back.end()) {
        std::string cases;
        for (const auto& [new_label, old_label] : labels->second) {
          absl::StrAppend(&cases, " WHEN ", pg::QuoteLiteral(new_label), " THEN ", pg::QuoteLiteral(old_label));
        }
        expr = absl::StrCat("CASE ", expr, "::text", cases, " ELSE ", expr, "::text END");
      }
      new_exprs.push_back(expr);
    }
    const RowsFingerprint was = Fingerprint(**before_conn, key, table.partitioned, old_exprs);
    const RowsFingerprint is = Fingerprint(**after_conn, target, now.partitioned, new_exprs);
    if (was.count != is.count) {
      absl::StrAppend(&out, key.first, ".", key.second, ": ", was.count, " rows before, ", is.count, " after\n");
    } else if (!(was == is)) {
      absl::StrAppend(&out, key.first, ".", key.second, ": the rows' values changed in columns ",
                      absl::StrJoin(old_exprs, ", "), "\n");
    }
  }
  std::set<std::string> behind_before;
  for (const std::string& column : SequencesBehindTheirColumn(**before_conn)) {
    const std::vector<std::string> parts = absl::StrSplit(column, absl::MaxSplits('.', 2));
    const TableKey t = map.Table({parts[0], parts[1]});
    behind_before.insert(absl::StrCat(t.first, ".", t.second, ".", map.Column({parts[0], parts[1]}, parts[2])));
  }
  for (const std::string& column : SequencesBehindTheirColumn(**after_conn)) {
    if (!behind_before.count(column)) {
      absl::StrAppend(&out, column, ": its sequence would next hand out a value the column already holds\n");
    }
  }
  return out;
}

// RowDifferences, with a failing query reported as a difference rather than thrown.
std::string CompareRows(const pg::ConnectionSettings& before_db, const pg::ConnectionSettings& after_db,
                        const std::vector<plan::RenameHint>& hints) {
  try {
    return RowDifferences(before_db, after_db, hints);
  } catch (const std::exception& e) {
    return absl::StrCat("cannot compare the rows: ", e.what());
  }
}

// ---- The runner ----

std::string Describe(const std::vector<diff::Change>& changes) {
  std::vector<std::string> out;
  for (const auto& c : changes) out.push_back(c.Describe());
  return absl::StrJoin(out, "\n");
}

std::vector<plan::RenameHint> ReadRenames(const fs::path& file) {
  std::vector<plan::RenameHint> hints;
  if (!fs::exists(file)) return hints;
  for (absl::string_view line : absl::StrSplit(ReadFile(file), '\n', absl::SkipWhitespace())) {
    auto hint = plan::ParseRenameHint(absl::StripAsciiWhitespace(line));
    EXPECT_TRUE(hint.ok()) << hint.status();
    if (hint.ok()) hints.push_back(*hint);
  }
  return hints;
}

class RoundTripTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RoundTripTest, PlanTurnsEachSideIntoTheOtherInBothModesAndKeepsTheRows) {
  const fs::path dir = CasesDir() / GetParam();
  if (fs::exists(dir / "min_major")) {
    const int min_major = std::atoi(std::string(absl::StripAsciiWhitespace(ReadFile(dir / "min_major"))).c_str());
    ASSERT_GT(min_major, 0) << "min_major must hold a PostgreSQL major, e.g. 17";
    if (ServerMajor() < min_major) {
      GTEST_SKIP() << GetParam() << " needs PostgreSQL " << min_major << " or newer; the server is "
                   << ServerMajor();
    }
  }
  if (fs::exists(dir / "max_major")) {
    const int max_major = std::atoi(std::string(absl::StripAsciiWhitespace(ReadFile(dir / "max_major"))).c_str());
    ASSERT_GT(max_major, 0) << "max_major must hold a PostgreSQL major, e.g. 17";
    if (ServerMajor() > max_major) {
      GTEST_SKIP() << GetParam() << " holds up to PostgreSQL " << max_major << "; the server is " << ServerMajor();
    }
  }
  EnsureRoles();
  const std::string sql[2] = {ReadFile(dir / "a.sql"), ReadFile(dir / "b.sql")};
  const char* data_file[2] = {"data.sql", "data_b.sql"};
  const bool whole_text = !fs::exists(dir / "known_oracle_gap");
  std::vector<std::string> expect_apply_error;
  if (fs::exists(dir / "expect_apply_error")) {
    for (absl::string_view line : absl::StrSplit(ReadFile(dir / "expect_apply_error"), '\n', absl::SkipWhitespace())) {
      expect_apply_error.emplace_back(absl::StripAsciiWhitespace(line));
    }
  }
  const bool known_data_gap = fs::exists(dir / "known_data_gap");
  bool data_gap_seen = false;
  std::vector<plan::RenameHint> renames[2];
  renames[0] = ReadRenames(dir / "renames");
  for (const auto& h : renames[0]) renames[1].push_back(h.Reversed());
  std::string id = GetParam();
  std::replace(id.begin(), id.end(), '-', '_');
  pg::ConnectionSettings ref[2];
  catalog::Catalog cat[2];
  Dump dump[2];
  // A side's schema, then its rows.
  auto load = [&](pqxx::connection& conn, int side) {
    absl::Status loaded = executor::RunScript(conn, sql[side], side == 0 ? "a.sql" : "b.sql");
    if (loaded.ok() && fs::exists(dir / data_file[side])) {
      loaded = executor::RunScript(conn, ReadFile(dir / data_file[side]), data_file[side]);
    }
    return loaded;
  };
  for (int side = 0; side < 2; ++side) {
    ref[side] = NewDatabase(absl::StrCat("rt_", id, side == 0 ? "_a" : "_b"));
    auto conn = pg::Connect(ref[side], "test");
    ASSERT_TRUE(conn.ok());
    const absl::Status loaded = load(**conn, side);
    ASSERT_TRUE(loaded.ok()) << loaded;
    // Read on a session of its own, which the load's settings do not reach.
    conn = pg::Connect(ref[side], "test");
    ASSERT_TRUE(conn.ok());
    auto read = catalog::ReadCatalog(**conn, {});
    ASSERT_TRUE(read.ok()) << read.status();
    cat[side] = std::move(*read);
    ExpectDefinitionsAsTheServerWritesThem(**conn, cat[side]);
    conn->reset();
    dump[side] = DumpSchema(ref[side]);
  }
  ASSERT_FALSE(diff::Diff(cat[0], cat[1]).empty()) << "a case must have a difference";

  if (fs::exists(dir / "expect")) {
    plan::Options options;
    options.renames = renames[0];
    auto up = plan::PlanStatements(cat[0], cat[1], options);
    ASSERT_TRUE(up.ok()) << up.status();
    std::set<std::string> kinds;
    for (const auto& s : *up) {
      for (const auto& h : s.hazards) kinds.insert(plan::HazardKindName(h.kind));
    }
    for (absl::string_view want : absl::StrSplit(ReadFile(dir / "expect"), '\n', absl::SkipWhitespace())) {
      EXPECT_TRUE(kinds.count(std::string(absl::StripAsciiWhitespace(want))))
          << "expected hazard " << want << " in\n" << plan::RenderSql(*up);
    }
  }

  std::string plain_sql[2];
  for (const bool online : {false, true}) {
    for (int from = 0; from < 2; ++from) {
      const int to = 1 - from;
      const std::string label = absl::StrCat(from == 0 ? "a->b" : "b->a", online ? " online" : "");
      plan::Options options;
      options.online = online;
      options.renames = renames[from];
      auto statements = plan::PlanStatements(cat[from], cat[to], options);
      ASSERT_TRUE(statements.ok()) << label << ": " << statements.status();
      // SCHEMAD_RT_PRINT=1 shows each plan, to review what a case exercises.
      if (std::getenv("SCHEMAD_RT_PRINT") != nullptr) {
        std::cout << "---- " << GetParam() << " " << label << "\n" << plan::RenderSql(*statements);
      }
      // An online plan identical to the plain one was just proven: no need to apply it twice.
      if (!online) plain_sql[from] = plan::RenderSql(*statements);
      if (online && plan::RenderSql(*statements) == plain_sql[from]) continue;
      auto again = plan::PlanStatements(cat[from], cat[to], options);
      ASSERT_TRUE(again.ok());
      EXPECT_EQ(plan::RenderSql(*statements), plan::RenderSql(*again)) << label << ": not deterministic";
      // A copy of the side (CREATE DATABASE ... TEMPLATE), or, when the side has subscriptions
      // (which live in a shared catalog and are not copied), the side built again.
      const bool subscriptions =
          std::any_of(cat[from].defined_objects.begin(), cat[from].defined_objects.end(),
                      [](const catalog::DefinedObject& o) { return o.c.ref.kind == catalog::Kind::kSubscription; });
      const pg::ConnectionSettings work = NewDatabase(absl::StrCat("rt_", id, "_w", from, online ? "o" : ""),
                                                      subscriptions ? "" : ref[from].dbname);
      auto conn = pg::Connect(work, "test");
      ASSERT_TRUE(conn.ok());
      if (subscriptions) {
        const absl::Status loaded = load(**conn, from);
        ASSERT_TRUE(loaded.ok()) << loaded;
      }
      const absl::Status applied = executor::ApplyStatements(**conn, *statements);
      conn->reset();
      if (from == 0 && !expect_apply_error.empty()) {
        // The rows make the plan fail: the error says so, and nothing of the plan stays.
        ASSERT_FALSE(applied.ok()) << label << ": the plan applied, expected an error containing \""
                                   << absl::StrJoin(expect_apply_error, "\" or \"") << "\"\n"
                                   << plan::RenderSql(*statements);
        EXPECT_TRUE(std::any_of(expect_apply_error.begin(), expect_apply_error.end(), [&](const std::string& want) {
          return absl::StrContains(applied.message(), want);
        })) << label << ": unexpected error " << applied;
        auto after = Read(work);
        ASSERT_TRUE(after.ok()) << after.status();
        EXPECT_EQ(Describe(diff::Diff(*after, cat[from])), "") << label << ": the failed plan changed the catalog";
        if (DumpOracle()) {
          EXPECT_EQ(CompareDumps(DumpSchema(work), dump[from], dump[from], whole_text), "")
              << label << ": the failed plan changed pg_dump's view";
        }
        EXPECT_EQ(CompareRows(ref[from], work, {}), "") << label << ": the failed plan changed the rows";
        DropDatabase(work.dbname);
        continue;
      }
      ASSERT_TRUE(applied.ok()) << label << ": " << applied << "\nplan:\n" << plan::RenderSql(*statements);
      auto after = Read(work);
      ASSERT_TRUE(after.ok()) << after.status();
      EXPECT_EQ(Describe(diff::Diff(*after, cat[to])), "")
          << label << ": catalog differs after applying\n" << plan::RenderSql(*statements);
      if (DumpOracle()) {
        EXPECT_EQ(CompareDumps(DumpSchema(work), dump[to], dump[from], whole_text), "")
            << label << ": pg_dump differs after applying\n" << plan::RenderSql(*statements);
      }
      const std::string rows = CompareRows(ref[from], work, renames[from]);
      if (known_data_gap) {
        data_gap_seen |= !rows.empty();
        if (!rows.empty()) std::cout << GetParam() << " " << label << ": known data gap: " << rows;
      } else {
        EXPECT_EQ(rows, "") << label << ": the plan did not keep the rows\n" << plan::RenderSql(*statements);
      }
      // The renamed objects now match by name: planning again needs no hints.
      plan::Options again_options = options;
      again_options.renames.clear();
      auto rest = plan::PlanStatements(*after, cat[to], again_options);
      ASSERT_TRUE(rest.ok()) << rest.status();
      EXPECT_EQ(plan::RenderSql(*rest), "") << label << ": planning again is not empty";
      DropDatabase(work.dbname);
    }
  }
  EXPECT_FALSE(known_data_gap && !data_gap_seen)
      << "every plan kept the rows: remove known_data_gap (" << ReadFile(dir / "known_data_gap") << ")";
  for (const auto& r : ref) DropDatabase(r.dbname);
}

INSTANTIATE_TEST_SUITE_P(Cases, RoundTripTest, ::testing::ValuesIn(CaseNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace schemaservice
