#include "service/plan/planner.h"

// The parts of a table: constraints, indexes, triggers, policies, rules, statistics.

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <tuple>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {

namespace {

// The nodes of `graph` with an ALTER COLUMN TYPE, by that statement's start ("ALTER TABLE t
// ALTER COLUMN c TYPE "): one pass over the plan, however many parts ask.
using RetypeNodes = std::map<std::string, std::vector<NodeKey>>;
RetypeNodes NodesByRetype(const Graph& graph) {
  RetypeNodes out;
  for (const auto& [key, node] : graph.nodes()) {
    for (const Statement& st : node.statements) {
      if (!absl::StartsWith(st.sql, "ALTER TABLE ")) continue;
      const size_t column = st.sql.find(" ALTER COLUMN ");
      const size_t type = column == std::string::npos ? column : st.sql.find(" TYPE ", column);
      if (type != std::string::npos) out[st.sql.substr(0, type + 6)].push_back(key);
    }
  }
  return out;
}

// The nodes that retype a column `part` (of `from`) reads: ALTER COLUMN TYPE builds the part
// again (an index, a statistics object) with it.
std::vector<NodeKey> NodesRetyping(const RetypeNodes& retypes, const catalog::TablePart& part) {
  std::vector<NodeKey> out;
  for (const ObjectRef& d : part.c.depends_on) {
    if (d.kind != Kind::kColumn || !absl::StartsWith(d.id, absl::StrCat(part.table, "."))) continue;
    auto it = retypes.find(absl::StrCat("ALTER TABLE ", part.table, " ALTER COLUMN ", d.id.substr(part.table.size() + 1), " TYPE "));
    if (it != retypes.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  }
  return out;
}

}  // namespace

std::string PartPlanner::PartPhrase(const catalog::TablePart& p) {
  const std::string name = pg::QuoteIdent(p.c.name);
  switch (p.c.ref.kind) {
    case Kind::kConstraint: return absl::StrCat("CONSTRAINT ", name, " ON ", p.table);
    case Kind::kIndex: return absl::StrCat("INDEX ", pg::QuoteIdent(p.c.schema), ".", name);
    case Kind::kTrigger: return absl::StrCat("TRIGGER ", name, " ON ", p.table);
    case Kind::kPolicy: return absl::StrCat("POLICY ", name, " ON ", p.table);
    case Kind::kRule: return absl::StrCat("RULE ", name, " ON ", p.table);
    case Kind::kStatistics: return absl::StrCat("STATISTICS ", pg::QuoteIdent(p.c.schema), ".", name);
    default: return name;
  }
}

void PartPlanner::CreatePart(const catalog::TablePart& part) {
  // Its expressions as they parse back (a copy only when that changes them).
  std::optional<catalog::TablePart> stable;
  if (std::string def = StableArrayCasts(part.definition); def != part.definition) {
    stable = part;
    stable->definition = std::move(def);
  }
  const catalog::TablePart& p = stable ? *stable : part;
  const ObjectRef& ref = p.c.ref;
  const bool new_table = ctx_.IsNewTable(p.table);
  const std::string name = pg::QuoteIdent(p.c.name);
  switch (ref.kind) {
    case Kind::kConstraint: {
      CreateConstraint(p, new_table);
      // A key re-created under the table's replica identity leaves it DEFAULT otherwise.
      const auto* t = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, p.table});
      if (t && t->replica_identity == 'i' && t->replica_identity_index == name) {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " REPLICA IDENTITY USING INDEX ", name),
             "set replica identity index");
      }
      break;
    }
    case Kind::kIndex: {
      // ON ONLY on a partitioned table: the partitions' are made and attached on their own
      // (plan_attached.cc), so nothing is built here.
      std::string def = IndexDefinitionIn(p.definition, p.tablespace, /*key=*/false);
      const bool concurrently = ctx_.options.online && !new_table && !p.on_partitioned;
      if (concurrently) {
        def = absl::StrReplaceAll(def, {{"CREATE INDEX ", "CREATE INDEX CONCURRENTLY "},
                                        {"CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX CONCURRENTLY "}});
      }
      std::vector<Hazard> hazards;
      if (concurrently) {
        hazards.push_back(RuleHazard(Rule::kConcurrently,
                                     "runs outside a transaction; a failure leaves an INVALID index to drop"));
      }
      if (!new_table && !p.on_partitioned && absl::StartsWith(def, "CREATE UNIQUE")) {
        hazards.push_back(RuleHazard(Rule::kAddUniqueToExisting,
                                     absl::StrCat("fails if ", p.table, " already holds duplicates"),
                                     "check for duplicates first"));
      }
      if (!concurrently && !new_table && !p.on_partitioned) {
        hazards.push_back(RuleHazard(Rule::kIndexNotConcurrent,
                                     absl::StrCat("blocks writes to ", p.table, " while the index builds"),
                                     "CREATE INDEX CONCURRENTLY (--online)"));
      }
      Emit(Step::kCreate, ref, Statement{def, absl::StrCat("create index ", ref.id), hazards, !concurrently,
                                         concurrently ? "SHARE UPDATE EXCLUSIVE" : "SHARE"});
      IndexAttributes(p);
      break;
    }
    case Kind::kTrigger: {
      // An event trigger may add triggers to every new table (the target was built with it,
      // so it holds them too): the table's own CREATE TABLE has then made this one already.
      auto fires = [](const catalog::EventTrigger& e) { return e.enabled != 'D'; };
      const auto& from_events = ctx_.from.catalog().event_triggers;
      const auto& to_events = ctx_.to.catalog().event_triggers;
      std::string def = p.definition;
      if (new_table && absl::StartsWith(def, "CREATE TRIGGER ") &&
          (std::any_of(from_events.begin(), from_events.end(), fires) ||
           std::any_of(to_events.begin(), to_events.end(), fires))) {
        def.replace(0, 6, "CREATE OR REPLACE");
      }
      Emit(Step::kCreate, ref,
           Statement{def, absl::StrCat("create trigger ", ref.id),
                     OnlyIf(!new_table, RuleHazard(Rule::kShareRowExclusive,
                                                   absl::StrCat("blocks writes to ", p.table, " briefly"))),
                     true, "SHARE ROW EXCLUSIVE"});
      if (p.enabled != 'O') {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " ", EnableWord(p.enabled), " TRIGGER ", name), "set trigger state");
      }
      PartitionTriggerStates(Step::kCreate, p, [](const std::string&) { return true; });
      break;
    }
    case Kind::kPolicy:
      Emit(Step::kCreate, ref, absl::StrCat("CREATE POLICY ", name, " ON ", p.table, " ", p.definition),
           absl::StrCat("create policy ", ref.id),
           OnlyIf(!new_table, RuleHazard(Rule::kAuthzAndExtensions, "changes which rows users see")));
      break;
    case Kind::kRule:
      Emit(Step::kCreate, ref, std::string(absl::StripSuffix(p.definition, ";")), absl::StrCat("create rule ", ref.id));
      if (p.enabled != 'O') {
        Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " ", EnableWord(p.enabled), " RULE ", name), "set rule state");
      }
      break;
    case Kind::kStatistics:
      Emit(Step::kCreate, ref, p.definition, absl::StrCat("create statistics ", ref.id));
      StatisticsTargets(Step::kCreate, nullptr, p);
      break;
    default: break;
  }
  if (ref.kind == Kind::kConstraint) ClusterMark(p);  // a key's index
  PartComments(Step::kCreate, nullptr, p);
}

void PartPlanner::ClusterMark(const catalog::TablePart& p) {
  if (!p.clustered) return;
  Emit(Step::kCreate, p.c.ref, absl::StrCat("ALTER TABLE ", p.table, " CLUSTER ON ", pg::QuoteIdent(p.c.name)),
       "mark index for CLUSTER");
}

void PartPlanner::PartComments(Step step, const catalog::TablePart* a, const catalog::TablePart& b) {
  const std::optional<std::string> none;
  const std::string comment = CommentSql(PartPhrase(b), a ? a->c.comment : none, b.c.comment);
  if (!comment.empty()) Emit(step, b.c.ref, comment, absl::StrCat("comment on ", b.c.ref.id));
  for (const std::string& sql : ExtensionDependencySql(PartPhrase(b), a ? a->c.extensions : std::vector<std::string>{},
                                                       b.c.extensions)) {
    Emit(step, b.c.ref, sql, absl::StrCat("tie ", b.c.ref.id, " to an extension or untie it"));
  }
  const std::string index = CommentSql(absl::StrCat("INDEX ", pg::QuoteIdent(b.c.schema), ".", pg::QuoteIdent(b.c.name)),
                                       a ? a->index_comment : none, b.index_comment);
  if (!index.empty()) Emit(step, b.c.ref, index, absl::StrCat("comment on the index of ", b.c.ref.id));
}

void PartPlanner::StatisticsTargets(Step step, const catalog::TablePart* a, const catalog::TablePart& b) {
  std::map<int, int> targets(b.statistics.begin(), b.statistics.end());
  if (a != nullptr) {
    for (const auto& [column, target] : a->statistics) {
      const auto now = targets.find(column);
      if (now == targets.end()) {
        targets[column] = -1;  // no longer set: back to the default
      } else if (now->second == target) {
        targets.erase(now);  // unchanged
      }
    }
  }
  for (const auto& [column, target] : targets) {
    if (column == 0) {
      Emit(step, b.c.ref, absl::StrCat("ALTER ", PartPhrase(b), " SET STATISTICS ", target), "set statistics target");
    } else {
      Emit(step, b.c.ref, absl::StrCat("ALTER ", PartPhrase(b), " ALTER COLUMN ", column, " SET STATISTICS ", target),
           "set statistics target of an index column");
    }
  }
}

void PartPlanner::RestoreStatisticsTargets() {
  std::optional<RetypeNodes> retypes;  // read once, when a statistics object asks
  for (const catalog::TablePart& p : ctx_.to.catalog().parts) {
    if (p.c.ref.kind != Kind::kStatistics || p.statistics.empty() || ctx_.graph.Has(Step::kCreate, p.c.ref)) continue;
    const auto* old = ctx_.from.Get<catalog::TablePart>(p.c.ref);
    if (old == nullptr) continue;
    if (!retypes) retypes = NodesByRetype(ctx_.graph);
    const std::vector<NodeKey> retyping = NodesRetyping(*retypes, *old);
    if (retyping.empty()) continue;
    const NodeKey again{Step::kAlter, p.c.ref, Facet::kDefault};
    for (const auto& [column, target] : p.statistics) {
      if (column == 0) {
        ctx_.graph.Emit(again, absl::StrCat("ALTER ", PartPhrase(p), " SET STATISTICS ", target),
                        "set the statistics target again after the column's type change");
      }
    }
    for (const NodeKey& key : retyping) ctx_.graph.OrderIfPlanned(again, key);
  }
}

void PartPlanner::BuildIndexesAside() {
  if (ctx_.indexes_built_aside.empty()) return;
  auto& nodes = ctx_.graph.nodes();
  const RetypeNodes retypes = NodesByRetype(ctx_.graph);
  for (const ObjectRef& ref : ctx_.indexes_built_aside) {
    auto drop = nodes.find(NodeKey{Step::kDrop, ref});
    auto create = nodes.find(NodeKey{Step::kCreate, ref});
    if (drop == nodes.end() || create == nodes.end() || drop->second.statements.size() != 1 ||
        drop->second.statements[0].transactional || create->second.statements.empty() ||
        create->second.statements[0].transactional) {
      continue;
    }
    // Not when something else must wait for the old index to go (the extension of its
    // operator class, a column retyped under it).
    const NodeKey dropped{Step::kDrop, ref};
    const bool awaited = std::any_of(nodes.begin(), nodes.end(), [&](const auto& node) {
      return !(node.first.ref == ref) && node.second.after.count(dropped) > 0;
    });
    if (awaited) continue;
    // Nor when a column it reads is retyped: ALTER COLUMN TYPE rebuilds the old index with
    // it, which fails when its expression or predicate no longer holds for the new type.
    if (!NodesRetyping(retypes, *ctx_.from.Get<catalog::TablePart>(ref)).empty()) continue;
    const auto* p = ctx_.to.Get<catalog::TablePart>(ref);
    const std::string name = pg::QuoteIdent(p->c.name);
    const std::string aside = NameAside(*p);
    Statement& build = create->second.statements[0];
    build.sql = absl::StrReplaceAll(build.sql, {{absl::StrCat(" INDEX CONCURRENTLY ", name, " ON "),
                                                 absl::StrCat(" INDEX CONCURRENTLY ", aside, " ON ")}});
    build.description = absl::StrCat("create index ", ref.id, " under a temporary name");
    // The old one goes once the new is built: DROP first would leave the table without it
    // meanwhile, and for good when the build fails (duplicates under a new unique key). IF
    // EXISTS: a column the plan drops takes the old index with it.
    Statement old = std::move(drop->second.statements[0]);
    drop->second.statements.clear();
    old.sql = absl::StrCat("DROP INDEX CONCURRENTLY IF EXISTS ", pg::QuoteIdent(p->c.schema), ".", name);
    old.description = absl::StrCat("drop the old definition of ", ref.id);
    const Statement rename{absl::StrCat("ALTER INDEX ", pg::QuoteIdent(p->c.schema), ".", aside, " RENAME TO ", name),
                           absl::StrCat("give the new definition of ", ref.id, " its name"), {}, true,
                           "SHARE UPDATE EXCLUSIVE"};
    auto& st = create->second.statements;
    st.insert(st.begin() + 1, {std::move(old), rename});
  }
}

std::string PartPlanner::NameAside(const catalog::TablePart& p) const {
  // Relation names of the schema on either side (indexes, keys, tables, views, sequences,
  // composite types share pg_class).
  std::set<std::string> taken;
  for (const Index* side : {&ctx_.from, &ctx_.to}) {
    const catalog::Catalog& c = side->catalog();
    auto add = [&](const catalog::Common& common) {
      if (common.schema == p.c.schema) taken.insert(common.name);
    };
    for (const auto& part : c.parts) {
      if (part.c.ref.kind == Kind::kIndex || part.c.ref.kind == Kind::kConstraint) add(part.c);
    }
    for (const auto& t : c.tables) add(t.c);
    for (const auto& v : c.views) add(v.c);
    for (const auto& q : c.sequences) add(q.c);
    for (const auto& t : c.types) add(t.c);
  }
  // As REINDEX CONCURRENTLY names its copy.
  for (int n = 0;; ++n) {
    const std::string candidate = AsideName(p.c.name, n == 0 ? "_ccnew" : absl::StrCat("_ccnew", n));
    if (!taken.count(candidate)) return pg::QuoteIdent(candidate);
  }
}

void PartPlanner::IndexAttributes(const catalog::TablePart& p) {
  const ObjectRef& ref = p.c.ref;
  const std::string name = pg::QuoteIdent(p.c.name);
  StatisticsTargets(Step::kCreate, nullptr, p);
  ClusterMark(p);
  const auto* t = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, p.table});
  if (t && t->replica_identity == 'i' && t->replica_identity_index == name) {
    Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " REPLICA IDENTITY USING INDEX ", name), "set replica identity index");
  }
}

void PartPlanner::AfterImplicitCreate(const catalog::TablePart& p) {
  if (p.c.ref.kind == Kind::kIndex) IndexAttributes(p);
  if (p.c.ref.kind == Kind::kConstraint) ClusterMark(p);
  planner_.Part<TablespacePlanner>().AfterClone(p);
  PartComments(Step::kCreate, nullptr, p);
}

void PartPlanner::CreateConstraint(const catalog::TablePart& p, bool new_table) {
  const ObjectRef& ref = p.c.ref;
  const std::string name = pg::QuoteIdent(p.c.name);
  const char type = p.constraint_type;
  // A key of a partitioned table is added ON ONLY it, as its indexes: the partitions' keys
  // are made and attached on their own (plan_attached.cc). Not an exclusion key: 17 refuses
  // to attach one made apart ("the index definitions do not match"); ADD makes them all.
  const bool only = p.on_partitioned && (type == 'p' || type == 'u');
  const std::string add = absl::StrCat("ALTER TABLE ", only ? "ONLY " : "", p.table, " ADD CONSTRAINT ", name, " ");
  const bool not_valid_already = absl::EndsWith(p.definition, " NOT VALID");
  const bool key = type == 'p' || type == 'u' || type == 'x';
  const std::string definition = key ? IndexDefinitionIn(p.definition, p.tablespace, /*key=*/true) : p.definition;
  if (new_table) {
    Emit(Step::kCreate, ref, absl::StrCat(add, definition), absl::StrCat("add constraint ", ref.id));
    return;
  }
  const bool online = ctx_.options.online && !p.on_partitioned;
  // NOT ENFORCED constraints check nothing, so there is nothing to validate.
  if ((type == 'f' || type == 'c') && online && !not_valid_already && p.enforced) {
    Emit(Step::kCreate, ref, absl::StrCat(add, p.definition, " NOT VALID"),
         absl::StrCat("add constraint ", ref.id, " without checking existing rows"),
         {AccessExclusive(p.table)}, type == 'f' ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE");
    Emit(Step::kCreate, ref, absl::StrCat("ALTER TABLE ", p.table, " VALIDATE CONSTRAINT ", name),
         absl::StrCat("validate ", ref.id, " while writes continue"),
         {RuleHazard(Rule::kValidate, "scans the table under SHARE UPDATE EXCLUSIVE")},
         "SHARE UPDATE EXCLUSIVE");
    return;
  }
  // A temporal key's index is GiST, which USING INDEX does not take.
  if ((type == 'p' || type == 'u') && online && !p.period) {
    // Build the index without blocking writes, then attach it: the constraint itself is
    // then a brief catalog change.
    static const std::regex kSimple(R"(^(PRIMARY KEY|UNIQUE)( NULLS NOT DISTINCT)? (\([^()]*\))$)");
    std::smatch m;
    if (std::regex_match(p.definition, m, kSimple)) {
      Emit(Step::kCreate, ref,
           Statement{absl::StrCat("CREATE UNIQUE INDEX CONCURRENTLY ", name, " ON ", p.table, " ", m[3].str(),
                                  m[2].matched ? " NULLS NOT DISTINCT" : "", TablespaceClause(p.tablespace)),
                     absl::StrCat("build the index of ", ref.id, " while writes continue"),
                     {RuleHazard(Rule::kConcurrently,
                                 "runs outside a transaction; a failure leaves an INVALID index to drop"),
                      RuleHazard(Rule::kAddUniqueToExisting,
                                 absl::StrCat("fails if ", p.table, " already holds duplicates"), "check for duplicates first")},
                     false, "SHARE UPDATE EXCLUSIVE"});
      Emit(Step::kCreate, ref, absl::StrCat(add, m[1].str(), " USING INDEX ", name),
           absl::StrCat("attach the index as constraint ", ref.id), {AccessExclusive(p.table)}, "ACCESS EXCLUSIVE");
      return;
    }
  }
  std::vector<Hazard> hazards = {AccessExclusive(p.table)};
  std::string lock = "ACCESS EXCLUSIVE";
  if (type == 'f' && !p.enforced) {
    lock = "SHARE ROW EXCLUSIVE";
  } else if (type == 'f' && !not_valid_already) {
    lock = "SHARE ROW EXCLUSIVE";
    // PostgreSQL 15 refuses a NOT VALID foreign key on a partitioned table.
    hazards = {RuleHazard(Rule::kFkWithoutNotValid,
                          absl::StrCat("validates every row of ", p.table, " while blocking writes to both tables"),
                          p.on_partitioned ? "" : "add it NOT VALID, then VALIDATE CONSTRAINT (--online)")};
  } else if (type == 'c' && !not_valid_already && p.enforced) {
    // ADD CHECK recurses into every child (partitions, inheritance) unless NO INHERIT.
    const auto dependents = ctx_.to.Dependents(ObjectRef{Kind::kTable, p.table});
    const bool inherited = !p.no_inherit && std::any_of(dependents.begin(), dependents.end(), [&](const ObjectRef& d) {
      const auto* child = d.kind == Kind::kTable ? ctx_.to.Get<catalog::Table>(d) : nullptr;
      return child != nullptr && std::find(child->inherits.begin(), child->inherits.end(), p.table) != child->inherits.end();
    });
    const std::string scanned = p.on_partitioned ? absl::StrCat("every partition of ", p.table)
                                : inherited      ? absl::StrCat(p.table, " and the tables inheriting from it")
                                                 : p.table;
    hazards.push_back(RuleHazard(Rule::kCheckWithoutNotValid,
                                 absl::StrCat("scans ", scanned, " under ACCESS EXCLUSIVE"),
                                 p.on_partitioned ? "by hand: add it NOT VALID, then VALIDATE CONSTRAINT"
                                                  : "add it NOT VALID, then VALIDATE CONSTRAINT (--online)"));
  } else if ((type == 'p' || type == 'u' || type == 'x') && !only) {
    // USING INDEX takes only PRIMARY KEY and UNIQUE, and no index of a partitioned table.
    hazards.push_back(RuleHazard(Rule::kPkOrUniqueConstraint,
                                 absl::StrCat("builds an index on ", p.table, " under ACCESS EXCLUSIVE; fails on ",
                                              type == 'x' ? "conflicting rows" : "duplicates"),
                                 type == 'x' || p.period
                                     ? ""
                                     : "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX"));
  }
  Emit(Step::kCreate, ref, Statement{absl::StrCat(add, definition), absl::StrCat("add constraint ", ref.id), hazards, true, lock});
}

void PartPlanner::DropPart(const catalog::TablePart& p, bool removed) {
  const ObjectRef& ref = p.c.ref;
  const std::string name = pg::QuoteIdent(p.c.name);
  switch (ref.kind) {
    case Kind::kConstraint:
      Emit(Step::kDrop, ref, Statement{absl::StrCat("ALTER TABLE ", p.table, " DROP CONSTRAINT ", name),
                                       absl::StrCat("drop constraint ", ref.id),
                                       OnlyIf(removed, RuleHazard(Rule::kDropConstraint, "the database stops enforcing it")),
                                       true, "ACCESS EXCLUSIVE"});
      break;
    case Kind::kIndex: {
      const bool concurrently = ctx_.options.online && !p.on_partitioned;
      std::vector<Hazard> hazards;
      if (removed) hazards.push_back(RuleHazard(Rule::kDropIndex, "queries using the index slow down"));
      if (concurrently) {
        // SHARE UPDATE EXCLUSIVE: reads and writes go on, but it waits for every transaction
        // that holds a lock on the table.
        hazards.push_back(RuleHazard(Rule::kConcurrently,
                                     absl::StrCat("runs outside a transaction and waits for every open transaction "
                                                  "that uses ", p.table, "; a failure can leave an INVALID index to drop")));
      } else {
        // DROP INDEX CONCURRENTLY is refused on a partitioned table's index.
        hazards.push_back(RuleHazard(Rule::kDropIndexNotConcurrent,
                                     absl::StrCat("takes an ACCESS EXCLUSIVE lock on ", p.table,
                                                  ": every reader and writer queues behind it"),
                                     p.on_partitioned ? kShortLockTimeout : "DROP INDEX CONCURRENTLY (--online)"));
      }
      // Run late, outside a transaction, an index of a partition or child may be gone with a
      // column its parent dropped.
      const auto* table = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, p.table});
      const bool child = table != nullptr && (!table->partition_of.empty() || !table->inherits.empty());
      Emit(Step::kDrop, ref, Statement{absl::StrCat("DROP INDEX ", concurrently ? "CONCURRENTLY " : "",
                                                    concurrently && child ? "IF EXISTS " : "", pg::QuoteIdent(p.c.schema), ".", name),
                                       absl::StrCat("drop index ", ref.id), hazards, !concurrently,
                                       concurrently ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE"});
      break;
    }
    case Kind::kTrigger:
      Emit(Step::kDrop, ref, absl::StrCat("DROP TRIGGER ", name, " ON ", p.table), absl::StrCat("drop trigger ", ref.id),
           OnlyIf(removed, RuleHazard(Rule::kDropOther,
                                      "the trigger's behaviour stops")));
      break;
    case Kind::kPolicy:
      Emit(Step::kDrop, ref, absl::StrCat("DROP POLICY ", name, " ON ", p.table), absl::StrCat("drop policy ", ref.id),
           OnlyIf(removed, RuleHazard(Rule::kAuthzAndExtensions,
                                      "changes which rows users see")));
      break;
    case Kind::kRule:
      Emit(Step::kDrop, ref, absl::StrCat("DROP RULE ", name, " ON ", p.table), absl::StrCat("drop rule ", ref.id));
      break;
    case Kind::kStatistics:
      Emit(Step::kDrop, ref, absl::StrCat("DROP STATISTICS ", pg::QuoteIdent(p.c.schema), ".", name),
           absl::StrCat("drop statistics ", ref.id));
      break;
    default: break;
  }
}

absl::Status PartPlanner::AlterPart(const Change& c) {
  const auto* a = ctx_.from.Get<catalog::TablePart>(c.ref);
  const auto* b = ctx_.to.Get<catalog::TablePart>(c.ref);
  if (ctx_.recreated_tables.count(b->table)) return absl::OkStatus();
  if (c.Has("attached_to")) planner_.Part<AttachedPlanner>().Defer(c.ref);
  const std::string name = pg::QuoteIdent(b->c.name);
  // 18 switches a foreign key between ENFORCED and NOT ENFORCED in place; a check only by
  // drop and add. ENFORCED validates, so it reaches only a valid constraint.
  if (c.ref.kind == Kind::kConstraint && c.Has("enforced") && b->constraint_type == 'f' &&
      catalog::CanAlterConstraintEnforced(ctx_.target) && (!b->enforced || b->valid) &&
      absl::StripSuffix(a->definition, " NOT ENFORCED") == absl::StripSuffix(b->definition, " NOT ENFORCED")) {
    Emit(Step::kAlter, c.ref, Statement{absl::StrCat("ALTER TABLE ", b->table, " ALTER CONSTRAINT ", name, b->enforced ? " ENFORCED" : " NOT ENFORCED"),
                                        absl::StrCat(b->enforced ? "enforce " : "stop enforcing ", c.ref.id),
                                        b->enforced ? std::vector<Hazard>{RuleHazard(Rule::kEnforceConstraint,
                                                                                     absl::StrCat("checks every row of ", b->table, " while blocking writes"))}
                                                    : std::vector<Hazard>{RuleHazard(Rule::kDropConstraint,
                                                                                     "the database stops enforcing it")},
                                        true, "SHARE ROW EXCLUSIVE"});
    PartComments(Step::kAlter, a, *b);
    return absl::OkStatus();
  }
  const bool validate_only = c.ref.kind == Kind::kConstraint && c.Has("valid") && !a->valid && b->valid &&
                             absl::StripSuffix(a->definition, " NOT VALID") == b->definition;
  if (c.Has("definition") && !validate_only) {
    // Online, a standalone index of a plain table may be built anew beside the old one
    // (BuildIndexesAside).
    if (c.ref.kind == Kind::kIndex && ctx_.options.online && !a->on_partitioned && !b->on_partitioned &&
        a->attached_to.empty() && b->attached_to.empty() && !Has(Step::kDrop, c.ref) && !Has(Step::kCreate, c.ref)) {
      ctx_.indexes_built_aside.insert(c.ref);
    }
    return planner_.Recreate(c.ref);
  }
  if (c.Has("tablespace")) planner_.Part<TablespacePlanner>().MovePart(Step::kAlter, *b);
  if (c.Has("valid")) {
    if (!b->valid) return planner_.Recreate(c.ref);
    Emit(Step::kAlter, c.ref, Statement{absl::StrCat("ALTER TABLE ", b->table, " VALIDATE CONSTRAINT ", name),
                                        absl::StrCat("validate ", c.ref.id),
                                        {RuleHazard(Rule::kValidate, "scans the table")},
                                        true, "SHARE UPDATE EXCLUSIVE"});
  }
  if (c.Has("enabled") || c.Has("partition_enabled")) {
    // On a partitioned table it sets every partition's clone too (15+), so the partitions'
    // own states come after it.
    const char* what = c.ref.kind == Kind::kRule ? " RULE " : " TRIGGER ";
    Emit(Step::kAlter, c.ref, absl::StrCat("ALTER TABLE ", b->table, " ", EnableWord(b->enabled), what, name), "change trigger state");
    PartitionTriggerStates(Step::kAlter, *b, [](const std::string&) { return true; });
  }
  if (c.Has("statistics")) StatisticsTargets(Step::kAlter, a, *b);
  // CLUSTER ON moves the mark from another index: SET WITHOUT CLUSTER only when none takes
  // it (run after that CLUSTER ON, it would clear the new mark).
  const auto another_takes_mark = [&] {
    return std::any_of(ctx_.to.catalog().parts.begin(), ctx_.to.catalog().parts.end(), [&](const catalog::TablePart& p) {
      return p.table == b->table && p.clustered && !(p.c.ref == c.ref);
    });
  };
  if (c.Has("clustered") && (b->clustered || !another_takes_mark())) {
    Emit(Step::kAlter, c.ref, b->clustered ? absl::StrCat("ALTER TABLE ", b->table, " CLUSTER ON ", name)
                                           : absl::StrCat("ALTER TABLE ", b->table, " SET WITHOUT CLUSTER"),
         "change CLUSTER index");
  }
  PartComments(Step::kAlter, a, *b);
  return absl::OkStatus();
}

void PartPlanner::PartitionTriggerStates(Step step, const catalog::TablePart& b,
                                         const std::function<bool(const std::string&)>& which) {
  for (const auto& [partition, state] : b.partition_enabled) {
    if (state.empty() || !which(partition)) continue;
    Emit(step, b.c.ref, absl::StrCat("ALTER TABLE ", partition, " ", EnableWord(state[0]), " TRIGGER ", pg::QuoteIdent(b.c.name)),
         absl::StrCat("set the state of the clone of ", b.c.ref.id, " on ", partition));
    // A clone made or attached later (its own, or its ancestors': DETACH drops the clones
    // of a whole subtree, ATTACH makes them again) takes the parent's state.
    for (const catalog::Table* t = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, partition});
         t != nullptr && t->c.ref.id != b.table; t = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, t->partition_of})) {
      for (Step s : {Step::kCreate, Step::kAlter}) ctx_.graph.OrderIfPlanned(NodeKey{step, b.c.ref}, NodeKey{s, t->c.ref});
      ctx_.graph.OrderIfPlanned(NodeKey{step, b.c.ref}, NodeKey{Step::kCreate, t->c.ref, Facet::kRows});
    }
  }
}

// A partition made anew, recreated, attached or attached again (a new bound) under a trigger
// that itself stays, or one below such a partition: its clone was made with its parent's
// state, which the partition's own replaces.
void PartPlanner::RestoreClonedTriggerStates() {
  auto cloned_anew = [&](const std::string& partition) {
    const ObjectRef ref{Kind::kTable, partition};
    const auto* was = ctx_.from.Get<catalog::Table>(ref);
    const auto* is = ctx_.to.Get<catalog::Table>(ref);
    return was == nullptr || is == nullptr || ctx_.IsNewTable(partition) || ctx_.recreated_tables.count(partition) ||
           ctx_.reattached_tables.count(partition) || was->partition_of != is->partition_of;
  };
  for (const catalog::TablePart& b : ctx_.to.catalog().parts) {
    if (b.c.ref.kind != Kind::kTrigger || b.partition_enabled.empty() || ctx_.from.Find(b.c.ref) == nullptr ||
        Has(Step::kCreate, b.c.ref) || Has(Step::kAlter, b.c.ref)) {
      continue;
    }
    PartitionTriggerStates(Step::kAlter, b, [&](const std::string& partition) {
      for (const catalog::Table* t = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, partition});
           t != nullptr && t->c.ref.id != b.table; t = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, t->partition_of})) {
        if (cloned_anew(t->c.ref.id)) return true;
      }
      return false;
    });
  }
}

}  // namespace schemaservice::plan::internal
