#include "service/plan/planner.h"

// Tables, materialized views and indexes moved between tablespaces. An empty tablespace is
// the database's default, which SET TABLESPACE names pg_default: plans assume that is the
// database's default (PostgreSQL stores the database's own default as 0 either way).

#include "absl/strings/str_cat.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"

namespace schemaservice::plan::internal {
namespace {

constexpr const char* kDefaultTablespace = "pg_default";

std::string Named(const std::string& tablespace) {
  return tablespace.empty() ? kDefaultTablespace : tablespace;
}

}  // namespace

std::string TablespacePlanner::CreateTablespace(const catalog::Table& t) const {
  if (t.kind == 'f') return "";
  if (!t.tablespace.empty() || t.partition_of.empty() || t.kind == 'p') return t.tablespace;
  // PostgreSQL refuses TABLESPACE pg_default for a partitioned table, so a partitioned
  // partition in the default under a parent outside it is not expressible here.
  const auto* parent = ctx_.to.Get<catalog::Table>(ObjectRef{Kind::kTable, t.partition_of});
  return parent != nullptr && !parent->tablespace.empty() ? kDefaultTablespace : "";
}

void TablespacePlanner::MoveTable(const catalog::Table& b) {
  if (b.kind == 'f') return;  // a foreign table has no storage here
  SetTablespace(Step::kAlter, b.c.ref, "TABLE", b.c.ref.id, b.tablespace, b.kind != 'p',
                "apply it in a maintenance window; to move a large table online, build a copy in "
                "the new tablespace and switch to it");
}

void TablespacePlanner::MoveView(const catalog::View& b) {
  SetTablespace(Step::kAlter, b.c.ref, "MATERIALIZED VIEW", b.c.ref.id, b.tablespace, true,
                "apply it in a maintenance window, or create the view again in the new tablespace "
                "under another name and switch readers to it");
}

void TablespacePlanner::MovePart(Step step, const catalog::TablePart& b) {
  const std::string name = absl::StrCat(pg::QuoteIdent(b.c.schema), ".", pg::QuoteIdent(b.c.name));
  // REINDEX ... CONCURRENTLY refuses an exclusion constraint's index; a partitioned table's
  // index holds no blocks (ALTER only sets the default of its partitions' indexes).
  const bool rebuildable = b.constraint_type != 'x' && !b.on_partitioned;
  const bool new_table = ctx_.IsNewTable(b.table);
  if (ctx_.options.online && rebuildable && !new_table && ctx_.target >= 14) {
    Emit(step, b.c.ref,
         Statement{absl::StrCat("REINDEX (TABLESPACE ", pg::QuoteIdent(Named(b.tablespace)), ") INDEX CONCURRENTLY ", name),
                   absl::StrCat("rebuild index ", name, " in tablespace ", Named(b.tablespace), " while writes continue"),
                   {RuleHazard(Rule::kConcurrently,
                               absl::StrCat("runs outside a transaction and builds a second copy of the index; a failure "
                                            "leaves an INVALID index ", b.c.name, "_ccnew to drop"))},
                   false, "SHARE UPDATE EXCLUSIVE"});
    return;
  }
  SetTablespace(step, b.c.ref, "INDEX", name, b.tablespace, !b.on_partitioned && !new_table,
                rebuildable ? "REINDEX (TABLESPACE ...) INDEX CONCURRENTLY (--online, PostgreSQL 14 and later)"
                            : "apply it in a maintenance window: an exclusion constraint's index cannot be "
                              "rebuilt concurrently");
}

void TablespacePlanner::AfterClone(const catalog::TablePart& b) {
  const std::optional<ObjectRef> parent = ctx_.to.AttachedParent(b.c.ref);
  const auto* parent_part = parent ? ctx_.to.Get<catalog::TablePart>(*parent) : nullptr;
  if (parent_part == nullptr) return;
  // The clone is made by its table's CREATE or ATTACH: after the parent's index moved, it
  // is in the parent's target tablespace.
  for (Step step : {Step::kCreate, Step::kAlter}) {
    ctx_.graph.OrderIfPlanned(NodeKey{step, ObjectRef{Kind::kTable, b.table}}, NodeKey{Step::kAlter, *parent});
  }
  if (parent_part->tablespace != b.tablespace) MovePart(Step::kCreate, b);
}

void TablespacePlanner::SetTablespace(Step step, const ObjectRef& ref, const std::string& keyword,
                                      const std::string& name, const std::string& tablespace, bool storage,
                                      const std::string& safer) {
  const std::string target = Named(tablespace);
  const std::string sql = absl::StrCat("ALTER ", keyword, " ", name, " SET TABLESPACE ", pg::QuoteIdent(target));
  if (!storage) {
    // No blocks to copy: a catalog change (for a partitioned relation, the default of its
    // partitions made later; the existing ones stay where they are).
    Emit(step, ref, Statement{sql, absl::StrCat("set tablespace of ", name, " to ", target), {}, true, "ACCESS EXCLUSIVE"});
    return;
  }
  Emit(step, ref,
       Statement{sql, absl::StrCat("move ", name, " to tablespace ", target),
                 {RuleHazard(Rule::kSetTablespace,
                             absl::StrCat("copies every block of ", name, " into tablespace ", target,
                                          " while holding ACCESS EXCLUSIVE: every query on it waits for the whole copy",
                                          ctx_.options.online ? "; PostgreSQL has no concurrent SET TABLESPACE, so it "
                                                                "blocks in online mode too"
                                                              : ""),
                             safer),
                  AccessExclusive(name)},
                 true, "ACCESS EXCLUSIVE"});
}

}  // namespace schemaservice::plan::internal
