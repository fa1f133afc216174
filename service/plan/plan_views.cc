#include "service/plan/planner.h"

// Views and materialized views: created, dropped, re-created when their query changes, and
// their columns' comments, defaults and privileges.

#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"

namespace schemaservice::plan::internal {

void ViewPlanner::CreateView(const catalog::View& v) {
  std::string sql = absl::StrCat("CREATE ", v.materialized ? "MATERIALIZED VIEW " : "VIEW ", v.c.ref.id);
  if (!v.options.empty()) absl::StrAppend(&sql, " WITH (", absl::StrJoin(v.options, ", "), ")");
  absl::StrAppend(&sql, TablespaceClause(v.tablespace), " AS\n", ViewQuery(v));
  if (v.materialized) absl::StrAppend(&sql, v.populated ? "\nWITH DATA" : "\nWITH NO DATA");
  Emit(Step::kCreate, v.c.ref, sql, absl::StrCat("create view ", v.c.ref.id));
  // Its privileges before its columns' (a column grant may use a grant option on the whole view).
  planner_.Part<PrivilegePlanner>().AfterCreate(v.c, Kind::kView, v.materialized ? 'm' : 'v');
  ViewColumns(Step::kCreate, catalog::View{}, v);
}

void ViewPlanner::DropView(const ObjectRef& ref, bool removed) {
  const auto* v = ctx_.from.Get<catalog::View>(ref);
  Emit(Step::kDrop, ref,
       absl::StrCat("DROP ", v->materialized ? "MATERIALIZED VIEW " : "VIEW ", ref.id),
       absl::StrCat("drop view ", ref.id),
       OnlyIf(removed, RuleHazard(Rule::kDropOther, "readers of the view break")));
}

// The comments, defaults and column privileges of a view's columns, turned from `a`'s into
// `b`'s (a new view: from none).
void ViewPlanner::ViewColumns(Step step, const catalog::View& a, const catalog::View& b) {
  const std::string& id = b.c.ref.id;
  for (const std::string& comment : ColumnCommentsSql(id, a.column_comments, b.column_comments)) {
    Emit(step, b.c.ref, comment, "comment on view column");
  }
  std::set<std::string> columns;
  for (const auto& [column, expr] : a.column_defaults) columns.insert(column);
  for (const auto& [column, expr] : b.column_defaults) columns.insert(column);
  for (const auto& [column, grants] : a.column_grants) columns.insert(column);
  for (const auto& [column, grants] : b.column_grants) columns.insert(column);
  for (const auto& [column, settings] : a.column_settings) columns.insert(column);
  for (const auto& [column, settings] : b.column_settings) columns.insert(column);
  for (const std::string& column : columns) {
    const std::string alter = absl::StrCat("ALTER VIEW ", id, " ALTER COLUMN ", pg::QuoteIdent(column));
    auto from = a.column_defaults.find(column), to = b.column_defaults.find(column);
    if (to != b.column_defaults.end() && (from == a.column_defaults.end() || from->second != to->second)) {
      Emit(step, b.c.ref, absl::StrCat(alter, " SET DEFAULT ", to->second), absl::StrCat("set default of view column ", column));
    } else if (to == b.column_defaults.end() && from != a.column_defaults.end()) {
      Emit(step, b.c.ref, absl::StrCat(alter, " DROP DEFAULT"), absl::StrCat("drop default of view column ", column));
    }
    auto settings = [&](const catalog::View& v) {
      auto it = v.column_settings.find(column);
      return it == v.column_settings.end() ? catalog::ColumnSettings{} : it->second;
    };
    const std::string alter_settings =
        absl::StrCat("ALTER MATERIALIZED VIEW ", id, " ALTER COLUMN ", pg::QuoteIdent(column));
    const bool is_new = step == Step::kCreate;
    for (const auto& [sql, description] : ColumnSettingsSql(alter_settings, column, settings(a), settings(b), is_new)) {
      Emit(step, b.c.ref, sql, absl::StrCat(description, " (materialized view)"));
    }
    // A new table's columns carry their compression in CREATE TABLE; CREATE MATERIALIZED
    // VIEW has no column definitions to carry it.
    if (is_new && !settings(b).compression.empty()) {
      Emit(step, b.c.ref, absl::StrCat(alter_settings, " SET COMPRESSION ", settings(b).compression),
           absl::StrCat("set compression of ", column, " (materialized view)"));
    }
    auto grants = [&](const catalog::View& v) {
      auto it = v.column_grants.find(column);
      return it == v.column_grants.end() ? std::vector<catalog::Grant>{} : it->second;
    };
    for (const std::string& sql : GrantSql(absl::StrCat("TABLE ", id), grants(a), grants(b),
                                           absl::StrCat(" (", pg::QuoteIdent(column), ")"))) {
      Emit(step, b.c.ref, sql, absl::StrCat("privileges on view column ", column),
           OnlyIf(step == Step::kAlter, RuleHazard(Rule::kAuthzAndExtensions, "changes who may use the column")));
    }
  }
}

absl::Status ViewPlanner::AlterView(const Change& c) {
  const auto* a = ctx_.from.Get<catalog::View>(c.ref);
  const auto* b = ctx_.to.Get<catalog::View>(c.ref);
  if (c.Has("definition") || c.Has("materialized") || c.Has("populated") ||
      (c.Has("options") && b->materialized)) {
    return planner_.Recreate(c.ref);
  }
  if (c.Has("options")) {
    std::vector<std::string> reset;
    for (const std::string& kv : a->options) reset.push_back(kv.substr(0, kv.find('=')));
    if (!reset.empty()) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER VIEW ", c.ref.id, " RESET (", absl::StrJoin(reset, ", "), ")"), "reset view options");
    if (!b->options.empty()) Emit(Step::kAlter, c.ref, absl::StrCat("ALTER VIEW ", c.ref.id, " SET (", absl::StrJoin(b->options, ", "), ")"), "set view options");
  }
  if (c.Has("tablespace") && b->materialized) planner_.Part<TablespacePlanner>().MoveView(*b);
  ViewColumns(Step::kAlter, *a, *b);
  planner_.Part<PrivilegePlanner>().Alter(Step::kAlter, a->c, b->c, Kind::kView, b->materialized ? 'm' : 'v');
  return absl::OkStatus();
}

}  // namespace schemaservice::plan::internal
