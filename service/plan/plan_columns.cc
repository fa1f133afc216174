#include "service/plan/planner.h"

// Columns: add, drop, type, default, identity, generation, NOT NULL, attributes.

#include <algorithm>
#include <climits>
#include <cstdint>
#include <optional>
#include <map>
#include <set>
#include <tuple>

#include "absl/strings/ascii.h"
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

std::vector<std::pair<std::string, std::string>> ColumnSettingsSql(const std::string& alter, const std::string& column,
                                                                   const catalog::ColumnSettings& a,
                                                                   const catalog::ColumnSettings& b, bool is_new) {
  std::vector<std::pair<std::string, std::string>> out;
  if (a.storage != b.storage && !(is_new && b.storage.empty())) {
    out.emplace_back(absl::StrCat(alter, " SET STORAGE ", b.storage.empty() ? "EXTENDED" : b.storage),
                     absl::StrCat("set storage of ", column));
  }
  if (!is_new && a.compression != b.compression) {
    out.emplace_back(absl::StrCat(alter, " SET COMPRESSION ", b.compression.empty() ? "default" : b.compression),
                     absl::StrCat("set compression of ", column));
  }
  if (a.statistics != b.statistics && !(is_new && b.statistics < 0)) {
    out.emplace_back(absl::StrCat(alter, " SET STATISTICS ", b.statistics), absl::StrCat("set statistics of ", column));
  }
  if (a.options != b.options) {
    if (!a.options.empty()) {
      std::vector<std::string> keys;
      for (absl::string_view kv : absl::StrSplit(a.options, ',')) {
        keys.push_back(std::string(kv.substr(0, kv.find('='))));
      }
      out.emplace_back(absl::StrCat(alter, " RESET (", absl::StrJoin(keys, ", "), ")"),
                       absl::StrCat("reset options of ", column));
    }
    if (!b.options.empty()) {
      out.emplace_back(absl::StrCat(alter, " SET (", absl::StrReplaceAll(b.options, {{",", ", "}}), ")"),
                       absl::StrCat("set options of ", column));
    }
  }
  return out;
}

// Storage, compression, statistics, options, comment and grants of a column.
// They recurse into inheritance children and partitions, which have their own: ONLY, when
// there are any.
void ColumnPlanner::ColumnAttributes(Step step, const ObjectRef& node, const std::string& table, const Column& a,
                      const Column& b, bool is_new) {
  const std::string alter = absl::StrCat("ALTER TABLE ", HasChildTables(table) ? "ONLY " : "", table, " ALTER COLUMN ",
                                         pg::QuoteIdent(b.name));
  auto settings = [](const Column& col) {
    return catalog::ColumnSettings{col.storage, col.compression, col.statistics, col.options};
  };
  for (const auto& [sql, description] : ColumnSettingsSql(alter, b.name, settings(a), settings(b), is_new)) {
    Emit(step, node, sql, description);
  }
  if (const std::string options = AlterGenericOptionsSql(a.fdw_options, b.fdw_options); !is_new && !options.empty()) {
    Emit(step, node, absl::StrCat("ALTER FOREIGN TABLE ", table, " ALTER COLUMN ", pg::QuoteIdent(b.name), " ", options),
         absl::StrCat("change options of ", b.name));
  }
  const std::string phrase = absl::StrCat("COLUMN ", table, ".", pg::QuoteIdent(b.name));
  const std::string comment = CommentSql(phrase, is_new ? std::nullopt : a.comment, b.comment);
  if (!comment.empty()) Emit(step, node, comment, absl::StrCat("comment on column ", b.name));
  for (const std::string& sql : GrantSql(absl::StrCat("TABLE ", table), is_new ? std::vector<catalog::Grant>{} : a.grants,
                                         b.grants, absl::StrCat(" (", pg::QuoteIdent(b.name), ")"))) {
    Emit(step, node, sql, absl::StrCat("column privileges on ", b.name));
  }
  if (b.identity) {
    // A new identity (or one moved to another schema) has a new sequence, with what default
    // privileges give it.
    const auto [schema, name] = planner_.Part<IdentityPlanner>().IdentitySequence(table, ctx_.to, b);
    const bool same_sequence = !is_new && a.identity && planner_.Part<IdentityPlanner>().IdentitySequence(table, ctx_.from, a).first == schema;
    PrivilegePlanner::NewObjectPrivileges initial{a.identity_grants, a.identity_owner_revoked};
    if (!same_sequence) initial = planner_.Part<PrivilegePlanner>().Initial(Kind::kSequence, schema, NodeKey{step, node});
    const std::string sequence = absl::StrCat("SEQUENCE ", schema, ".", name);
    for (const std::string& sql : GrantSql(sequence, initial.grants, b.identity_grants)) {
      Emit(step, node, sql, absl::StrCat("privileges on the identity sequence of ", b.name));
    }
    // The sequence is its table's owner's: a new one the plan's session makes is its own.
    const auto* owner_table = ctx_.from.Get<catalog::Table>(ObjectRef{Kind::kTable, table});
    const std::string owner = same_sequence && owner_table != nullptr ? owner_table->c.owner : "CURRENT_USER";
    for (const std::string& sql : planner_.Part<PrivilegePlanner>().OwnerPrivilegeSql(
             sequence, owner, initial.owner_revoked, b.identity_owner_revoked)) {
      Emit(step, node, sql, absl::StrCat("owner's privileges on the identity sequence of ", b.name));
    }
    const std::string comment = CommentSql(sequence, same_sequence ? a.identity_comment : std::nullopt, b.identity_comment);
    if (!comment.empty()) Emit(step, node, comment, absl::StrCat("comment on the identity sequence of ", b.name));
  }
}

Column WithDefaultNotNullNamed(const Column& c, const std::string& table) {
  Column named = c;
  if (c.not_null && c.not_null_name.empty() && c.not_null_constraint == catalog::DefaultNotNullName(table, c.name)) {
    named.not_null_name = c.not_null_constraint;
  }
  return named;
}

absl::Status ColumnPlanner::AddColumn(const ObjectRef& ref) {
  const Obj* o = ctx_.to.Find(ref);
  const auto* c = ctx_.to.Get<Column>(ref);
  const std::string& table = o->owner().id;
  if (std::optional<ObjectRef> type = TypedBy(ref)) {
    // Added by ADD ATTRIBUTE ... CASCADE: what the table gives it is set after.
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, ref}, NodeKey{Step::kAlter, *type});
    const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", pg::QuoteIdent(c->name));
    if (c->default_expr && !c->generated && !c->identity) {
      Emit(Step::kCreate, ref, absl::StrCat(alter, " SET DEFAULT ", StableArrayCasts(*c->default_expr)), absl::StrCat("set default of ", ref.id));
    }
    if (c->not_null) PlanNotNull(ref, table, *c);
    ColumnAttributes(Step::kCreate, ref, table, Column{}, *c, /*is_new=*/true);
    return absl::OkStatus();
  }
  std::vector<Hazard> hazards = {AccessExclusive(table)};
  const bool has_default = c->default_expr.has_value() || c->identity;
  if (c->not_null && !has_default) {
    hazards.push_back(RuleHazard(Rule::kAddRequiredColumn,
                                 absl::StrCat("adds NOT NULL column ", ref.id, " without a default: fails if the table has rows"),
                                 "add it nullable, backfill, then set NOT NULL"));
  }
  if (c->identity || c->generated || (c->default_expr && VolatileDefault(*c->default_expr))) {
    hazards.push_back(RuleHazard(Rule::kVolatileDefault,
                                 absl::StrCat("adding ", ref.id, " computes a value for every row: rewrites ", table),
                                 "add the column without a default, set the default, backfill in batches"));
  }
  const auto* owner_table = ctx_.to.Get<catalog::Table>(o->owner());
  const Column added = catalog::HasNotNullConstraints(ctx_.target) && owner_table != nullptr
                           ? WithDefaultNotNullNamed(*c, owner_table->c.name)
                           : *c;
  Emit(Step::kCreate, ref, Statement{absl::StrCat("ALTER TABLE ", table, " ADD COLUMN ", ColumnDefinition(added)),
                                     absl::StrCat("add column ", ref.id), hazards, true, "ACCESS EXCLUSIVE"});
  planner_.Part<IdentityPlanner>().AfterSequenceSchema(NodeKey{Step::kCreate, ref}, *c);
  if (c->not_null && !c->not_null_valid) AddNotValidNotNull(Step::kCreate, ref, table, *c);
  ColumnAttributes(Step::kCreate, ref, table, Column{}, *c, /*is_new=*/true);
  return absl::OkStatus();
}

void ColumnPlanner::DropColumn(const ObjectRef& ref) {
  if (std::optional<ObjectRef> type = TypedBy(ref)) {
    // Dropped by DROP ATTRIBUTE ... CASCADE, once what uses it is gone.
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, *type}, NodeKey{Step::kDrop, ref});
    return;
  }
  const std::string table = ctx_.from.Find(ref)->owner().id;
  const auto* col = ctx_.from.Get<Column>(ref);
  const auto* target = ctx_.to.Get<Column>(ref);
  std::vector<Hazard> hazards;
  // A generated column added again computes the same values: none are lost.
  if (!(col->generated && target && target->generated)) {
    hazards.push_back(RuleHazard(Rule::kDropColumn, absl::StrCat("deletes column ", ref.id, " and its values"),
                                 "stop the application using it, then drop it in a post-deploy migration"));
  }
  hazards.push_back(AccessExclusive(table));
  Emit(Step::kDrop, ref, absl::StrCat("ALTER TABLE ", table, " DROP COLUMN ", pg::QuoteIdent(col->name)),
       absl::StrCat("drop column ", ref.id), hazards, "ACCESS EXCLUSIVE");
}

// Whether a partition key ("RANGE (created_at, lower(name))") names the column: its quoted
// name as a whole word (an expression that mentions it counts too).
bool PartitionKeyUses(const std::string& key, const std::string& column) {
  const std::string word = pg::QuoteIdent(column);
  auto part_of_name = [](char ch) {
    return absl::ascii_isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '$' || ch == '"' ||
           static_cast<unsigned char>(ch) >= 0x80;
  };
  for (size_t at = key.find(word); at != std::string::npos; at = key.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || !part_of_name(key[at - 1])) && (end == key.size() || !part_of_name(key[end]))) return true;
  }
  return false;
}

absl::Status ColumnPlanner::AlterColumn(const Change& ch) {
  if (ctx_.recreated_tables.count(ctx_.to.Find(ch.ref)->owner().id)) return absl::OkStatus();
  if (ctx_.handled_columns.count(ch.ref) && !ch.Has("not_null") && !ch.Has("comment") && !ch.Has("grants")) {
    return absl::OkStatus();
  }
  const Obj* o = ctx_.to.Find(ch.ref);
  const auto* a = ctx_.from.Get<Column>(ch.ref);
  const auto* b = ctx_.to.Get<Column>(ch.ref);
  const std::string& table = o->owner().id;
  // PostgreSQL refuses to retype a column its partition key uses: the tree is recreated.
  if (ch.Has("type") || ch.Has("collation")) {
    const auto* owner = ctx_.from.Get<catalog::Table>(o->owner());
    if (owner != nullptr && PartitionKeyUses(owner->partition_key, a->name)) return planner_.Part<TablePlanner>().RecreateTable(o->owner());
    // The ALTER recurses into the partitions: one partitioned by the column itself is recreated
    // (its rows kept), gone while the ALTER runs and made after it.
    std::vector<std::string> tree = {o->owner().id};
    for (size_t i = 0; i < tree.size(); ++i) {
      for (const catalog::Table& t : ctx_.from.catalog().tables) {
        if (t.partition_of != tree[i]) continue;
        tree.push_back(t.c.ref.id);
        const auto* after = ctx_.to.Get<catalog::Table>(t.c.ref);
        if (after == nullptr || !PartitionKeyUses(t.partition_key, a->name) || ctx_.recreated_tables.count(t.c.ref.id)) continue;
        RETURN_IF_ERROR(planner_.Part<TablePlanner>().RecreateTable(t.c.ref));
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, ch.ref}, NodeKey{Step::kDrop, t.c.ref});
        ctx_.graph.OrderIfPlanned(NodeKey{Step::kCreate, t.c.ref}, NodeKey{Step::kAlter, ch.ref});
      }
    }
  }
  const std::string name = pg::QuoteIdent(b->name);
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name);
  const ObjectRef& ref = ch.ref;
  if (a->inherited_only && b->inherited_only) {
    if (ch.Has("not_null_own")) PlanOwnNotNull(ref, table, *b);
    // 15 and 16 let a partition have an identity its parent lacks; from 17 it has the
    // parent's, changed by the parent's ALTER.
    if ((ch.Has("identity") || ch.Has("identity_options")) && ctx_.target < 17) planner_.Part<IdentityPlanner>().PlanIdentity(ch, table, *a, *b);
    if (ch.Has("default")) InheritedDefault(ref, table, *b);
    ColumnAttributes(Step::kAlter, ref, table, *a, *b, /*is_new=*/false);
    // What a parent's ALTER may also set (recursing) is set on the child after it.
    if (ch.Has("storage") || ch.Has("compression") || ch.Has("statistics") || ch.Has("options")) {
      AfterParents(ref, b->name);
    }
    return absl::OkStatus();
  }

  // A generation expression changes in place from 17 (SET EXPRESSION AS), before that by
  // drop and add; so does a switch between STORED and VIRTUAL, which no major alters.
  // 18 refuses DROP EXPRESSION on a virtual column: its values exist only when read.
  if ((ch.Has("default") && (a->generated || b->generated)) || (ch.Has("generated") && b->generated) ||
      ch.Has("virtual")) {
    if (a->generated && !b->generated && !a->virtual_generated) {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP EXPRESSION"), absl::StrCat("make ", ref.id, " a plain column"));
    } else if (a->generated && b->generated && !ch.Has("virtual") && !ch.Has("type") && !ch.Has("collation") &&
               catalog::CanSetGeneratedExpression(ctx_.target)) {
      std::vector<Hazard> hazards = {AccessExclusive(table)};
      if (!b->virtual_generated) {
        hazards.push_back(RuleHazard(Rule::kSetExpression,
                                     absl::StrCat("recomputes ", ref.id, " for every row: rewrites ", table)));
      }
      Emit(Step::kAlter, ref, Statement{absl::StrCat(alter, " SET EXPRESSION AS (", StableArrayCasts(*b->default_expr), ")"),
                                        absl::StrCat("change the expression of ", ref.id), hazards, true, "ACCESS EXCLUSIVE"});
    } else {
      RETURN_IF_ERROR(planner_.DropObject(ref));
      return planner_.CreateObject(ref);
    }
  }
  // A typed table's column is retyped by ALTER ATTRIBUTE ... CASCADE.
  const std::optional<ObjectRef> typed_by = TypedBy(ref);
  if (typed_by) ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, ref}, NodeKey{Step::kAlter, *typed_by});
  const bool type_changes = (ch.Has("type") || ch.Has("collation")) && !typed_by;
  if (typed_by && (ch.Has("type") || ch.Has("collation"))) {
    // What uses the column is re-created around the type's ALTER (as around ALTER COLUMN).
    At(Step::kAlter, ref);
    ctx_.type_changed_columns.insert(ref);
    for (const ObjectRef& d : planner_.Part<Orderer>().DependentsOf(ref, ctx_.from)) {
      ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, *typed_by}, NodeKey{Step::kDrop, d});
    }
  }
  const Conversion conversion = ch.Has("type") ? ConversionOf(ctx_.from.catalog(), a->type_name, ctx_.to.catalog(), b->type_name)
                                               : Conversion::kDirect;
  if (type_changes && !ctx_.handled_columns.count(ref) && conversion == Conversion::kNone) {
    // Said now rather than planned: the ALTER would fail on apply ("cannot cast type").
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot change the type of column ", ref.id, " from ", a->type, " to ", b->type,
        ": PostgreSQL has no conversion between these types (no cast, and neither is a string type), so ALTER COLUMN "
        "... TYPE would fail on apply; to replace the column and drop its values, give the new one another name "
        "(or, once it exists, tell --rename); to keep the values, write the conversion in a hand-written migration "
        "(schemactl new-migration: ALTER TABLE ... ALTER COLUMN ... TYPE ... USING an expression of yours)"));
  }
  if (type_changes && !ctx_.handled_columns.count(ref)) {
    if (a->default_expr && !a->generated) {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP DEFAULT"), absl::StrCat("drop default of ", ref.id, " before its type changes"));
    }
    std::vector<Hazard> hazards = {AccessExclusive(table)};
    const bool keeps_rows = a->type == b->type || AvoidsRewrite(a->type, b->type);
    if (!keeps_rows) {
      hazards.push_back(RuleHazard(Rule::kTypeChangeRewrite,
                                   absl::StrCat("changing ", ref.id, " from ", a->type, " to ", b->type, " rewrites ", table, " and its indexes"),
                                   "add a new column, backfill, switch readers, drop the old one"));
    }
    if (ch.Has("collation") && keeps_rows) hazards.push_back(CollationChange(ref.id, table));
    if (!IsWidening(a->type, b->type) && a->type != b->type) {
      hazards.push_back(RuleHazard(Rule::kTypeChangeNarrowing,
                                   absl::StrCat(a->type, " -> ", b->type, " fails on rows that do not fit (a value too long, out of range) or loses precision (fewer decimals, a time of day dropped)")));
    }
    // A foreign table's column holds no local values: its type is only declared (no USING).
    const auto* owner = ctx_.to.Get<catalog::Table>(o->owner());
    const bool foreign = owner != nullptr && owner->kind == 'f';
    std::string sql = absl::StrCat(foreign ? "ALTER FOREIGN TABLE " : "ALTER TABLE ", table, " ALTER COLUMN ", name, " TYPE ", b->type);
    if (!b->collation.empty()) absl::StrAppend(&sql, " COLLATE ", b->collation);
    // USING is refused once the ALTER recurses into a foreign partition or child: without it
    // the server converts by an assignment cast (and one without cannot be done there at all).
    if (a->type != b->type && !foreign && !(conversion == Conversion::kDirect && HasForeignDescendant(table))) {
      // An enum takes no cast from another enum, and character(n)'s padding would not fit
      // one: through text (text[] for arrays).
      const char* via = conversion != Conversion::kThroughText ? ""
                        : absl::EndsWith(b->type, "[]")        ? "::text[]"
                                                               : "::text";
      absl::StrAppend(&sql, " USING ", name, via, "::", CastTargetKeepingLengthCheck(b->type));
    }
    Emit(Step::kAlter, ref, Statement{sql, absl::StrCat("change type of ", ref.id), hazards, true, "ACCESS EXCLUSIVE"});
    if (!foreign) HoldRowTypeAsText(ref, table);
    if (b->default_expr && !b->generated && !b->identity) {
      Emit(Step::kAlter, ref, absl::StrCat(alter, " SET DEFAULT ", StableArrayCasts(*b->default_expr)), absl::StrCat("set default of ", ref.id));
    }
    ctx_.type_changed_columns.insert(ref);
  } else if (ch.Has("default") && !b->generated && !(ch.Has("identity") && !a->identity)) {
    // SET and DROP DEFAULT recurse into inheritance children and partitions, whose defaults
    // may be their own: each child whose default changes has a change of its own.
    const std::string only_alter =
        HasChildTables(table) ? absl::StrCat("ALTER TABLE ONLY ", table, " ALTER COLUMN ", name) : alter;
    if (b->default_expr && !b->identity) {
      Emit(Step::kAlter, ref, absl::StrCat(only_alter, " SET DEFAULT ", StableArrayCasts(*b->default_expr)),
           absl::StrCat("set default of ", ref.id));
    } else if (a->default_expr && !a->identity && !a->generated) {
      Emit(Step::kAlter, ref, absl::StrCat(only_alter, " DROP DEFAULT"), absl::StrCat("drop default of ", ref.id),
           {RuleHazard(Rule::kDropDefault,
                       "inserts that relied on the default now get NULL or fail")});
    }
  }
  // ADD ... AS IDENTITY needs the column NOT NULL already, in either mode.
  const bool not_null_first = ch.Has("identity") && !a->identity && ch.Has("not_null") && b->not_null;
  if (not_null_first) PlanNotNull(ref, table, *b);
  planner_.Part<IdentityPlanner>().PlanIdentity(ch, table, *a, *b);
  if (ch.Has("not_null")) {
    if (!not_null_first) PlanNotNull(ref, table, *b);
  } else if (b->not_null && (ch.Has("not_null_name") || ch.Has("not_null_valid") || ch.Has("not_null_no_inherit"))) {
    AlterNotNullConstraint(ref, table, *a, *b);
  }
  // ALTER COLUMN ... TYPE gives the column its new type's storage and no compression.
  Column before = *a;
  if (ctx_.type_changed_columns.count(ref)) {
    before.storage.clear();
    before.compression.clear();
  }
  ColumnAttributes(Step::kAlter, ref, table, before, *b, /*is_new=*/false);
  if (ch.Has("default") && b->default_expr && !b->identity && !b->generated) planner_.Part<IdentityPlanner>().ContinueNewSequencePastRows(ref, table, *b);
  return absl::OkStatus();
}

// A child's own NOT NULL on an inherited column. A parent's DROP NOT NULL recurses (on 18 it
// drops an inherited-only constraint), so SET NOT NULL comes after the parent's change; the
// child's is dropped before the parent's SET NOT NULL, which then holds it as inherited only.
void ColumnPlanner::PlanOwnNotNull(const ObjectRef& ref, const std::string& table, const Column& b) {
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", pg::QuoteIdent(b.name));
  const auto* t = ctx_.to.Get<catalog::Table>(ctx_.to.Find(ref)->owner());
  std::vector<std::string> parents = t->inherits;
  if (!t->partition_of.empty()) parents.push_back(t->partition_of);
  for (const std::string& parent : parents) {
    const NodeKey parent_node{Step::kAlter, ObjectRef{Kind::kColumn, absl::StrCat(parent, ".", pg::QuoteIdent(b.name))}};
    const NodeKey child_node{Step::kAlter, ref};
    if (b.not_null_own) {
      ctx_.graph.OrderIfPlanned(child_node, parent_node);
    } else {
      ctx_.graph.OrderIfPlanned(parent_node, child_node);
    }
  }
  if (b.not_null_own) {
    Emit(Step::kAlter, ref, Statement{absl::StrCat(alter, " SET NOT NULL"), absl::StrCat("set NOT NULL on inherited column ", ref.id),
                                      {AccessExclusive(table),
                                       RuleHazard(Rule::kSetNotNull,
                                                  absl::StrCat("scans ", table, " under ACCESS EXCLUSIVE; fails if a row is NULL"))},
                                      true, "ACCESS EXCLUSIVE"});
    return;
  }
  // NOT NULL stays when a parent's takes over.
  Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP NOT NULL"), absl::StrCat("drop NOT NULL set on inherited column ", ref.id),
       OnlyIf(!b.not_null, RuleHazard(Rule::kDropNotNull,
                                      "readers that assume a value may now see NULL")));
}

void ColumnPlanner::PlanNotNull(const ObjectRef& ref, const std::string& table, const Column& b) {
  const std::string name = pg::QuoteIdent(b.name);
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ALTER COLUMN ", name);
  if (!b.not_null) {
    Emit(Step::kAlter, ref, absl::StrCat(alter, " DROP NOT NULL"), absl::StrCat("drop NOT NULL of ", ref.id),
         {RuleHazard(Rule::kDropNotNull,
                     "readers that assume a value may now see NULL")});
    return;
  }
  if (catalog::HasNotNullConstraints(ctx_.target)) {
    // 18: a NOT NULL constraint can be added NOT VALID and validated later, like a check, so
    // neither a helper check nor a scan under ACCESS EXCLUSIVE is needed online.
    const bool online = ctx_.options.online && !ctx_.IsNewTable(table);
    if (!b.not_null_valid || online) {
      // Validated under the name the ADD gives it: the target's own, or the default one (where
      // the target holds a parent's name, the table inherits that parent later in the plan and
      // merges the two).
      Column named = b;
      if (named.not_null_name.empty()) {
        named.not_null_name = catalog::DefaultNotNullName(ctx_.to.Get<catalog::Table>(ctx_.to.Find(ref)->owner())->c.name, b.name);
      }
      Emit(Step::kAlter, ref, Statement{NotNullConstraintSql(table, named, /*not_valid=*/true),
                                        absl::StrCat("add NOT NULL on ", ref.id, " without a scan"),
                                        {AccessExclusive(table)}, true, "ACCESS EXCLUSIVE"});
      if (b.not_null_valid) {
        Emit(Step::kAlter, ref, Statement{absl::StrCat("ALTER TABLE ", table, " VALIDATE CONSTRAINT ",
                                                       pg::QuoteIdent(named.not_null_name)),
                                          absl::StrCat("validate NOT NULL on ", ref.id, " while writes continue"),
                                          {RuleHazard(Rule::kValidate,
                                                      "scans the table under SHARE UPDATE EXCLUSIVE")},
                                          true, "SHARE UPDATE EXCLUSIVE"});
      }
      return;
    }
    if (!b.not_null_name.empty() || b.not_null_no_inherit) {
      Emit(Step::kAlter, ref, Statement{NotNullConstraintSql(table, b, /*not_valid=*/false), absl::StrCat("add NOT NULL on ", ref.id),
                                        OnlyIf(!ctx_.IsNewTable(table), RuleHazard(Rule::kSetNotNull,
                                                                              absl::StrCat("scans ", table, " under ACCESS EXCLUSIVE; fails if a row is NULL"),
                                                                              "add it NOT VALID, then VALIDATE CONSTRAINT (--online)")),
                                        true, "ACCESS EXCLUSIVE"});
      return;
    }
  }
  if (ctx_.options.online && !ctx_.IsNewTable(table)) {
    const std::string check = pg::QuoteIdent(absl::StrCat("schemad_nn_", b.name).substr(0, 63));
    Emit(Step::kAlter, ref, absl::StrCat("ALTER TABLE ", table, " ADD CONSTRAINT ", check, " CHECK (", name, " IS NOT NULL) NOT VALID"),
         absl::StrCat("check ", ref.id, " IS NOT NULL without a scan"), {AccessExclusive(table)}, "ACCESS EXCLUSIVE");
    Emit(Step::kAlter, ref, absl::StrCat("ALTER TABLE ", table, " VALIDATE CONSTRAINT ", check),
         absl::StrCat("validate ", ref.id, " IS NOT NULL while writes continue"),
         {RuleHazard(Rule::kValidate, "scans the table under SHARE UPDATE EXCLUSIVE")},
         "SHARE UPDATE EXCLUSIVE");
    Emit(Step::kAlter, ref, absl::StrCat(alter, " SET NOT NULL"), absl::StrCat("set NOT NULL on ", ref.id, " (uses the check)"),
         {AccessExclusive(table)}, "ACCESS EXCLUSIVE");
    Emit(Step::kAlter, ref, absl::StrCat("ALTER TABLE ", table, " DROP CONSTRAINT ", check), "drop the helper check");
    return;
  }
  std::vector<Hazard> hazards;
  if (!ctx_.IsNewTable(table)) {
    hazards = {AccessExclusive(table),
               RuleHazard(Rule::kSetNotNull,
                          absl::StrCat("scans ", table, " under ACCESS EXCLUSIVE; fails if a row is NULL"),
                          catalog::HasNotNullConstraints(ctx_.target)
                              ? "ADD NOT NULL col NOT VALID, then VALIDATE CONSTRAINT (--online)"
                              : "CHECK (col IS NOT NULL) NOT VALID, VALIDATE, SET NOT NULL, drop the check (--online)")};
  }
  Emit(Step::kAlter, ref, Statement{absl::StrCat(alter, " SET NOT NULL"), absl::StrCat("set NOT NULL on ", ref.id), hazards, true,
                                    "ACCESS EXCLUSIVE"});
}

// 18: a column's NOT NULL constraint stays; its name, validity or inheritability changes.
void ColumnPlanner::AlterNotNullConstraint(const ObjectRef& ref, const std::string& table, const Column& a, const Column& b) {
  // A partition's or child's constraint is its parent's: renamed when detached (AlterTable),
  // inherited again when attached.
  if (a.inherited_only || b.inherited_only || !catalog::HasNotNullConstraints(ctx_.target)) return;
  const std::string alter = absl::StrCat("ALTER TABLE ", table, " ");
  if (a.not_null_valid && !b.not_null_valid) {
    // No ALTER makes a constraint NOT VALID again.
    Emit(Step::kAlter, ref, absl::StrCat(alter, "ALTER COLUMN ", pg::QuoteIdent(b.name), " DROP NOT NULL"),
         absl::StrCat("drop NOT NULL of ", ref.id, " to add it NOT VALID"));
    Emit(Step::kAlter, ref, NotNullConstraintSql(table, b, /*not_valid=*/true), absl::StrCat("add NOT NULL on ", ref.id, " NOT VALID"));
    return;
  }
  const std::string& bare = ctx_.to.Get<catalog::Table>(ctx_.to.Find(ref)->owner())->c.name;
  const std::string old_name = NotNullName(ctx_.from.Get<catalog::Table>(ctx_.from.Find(ref)->owner())->c.name, a);
  const std::string new_name = NotNullName(bare, b);
  if (old_name != new_name) {
    Emit(Step::kAlter, ref, absl::StrCat(alter, "RENAME CONSTRAINT ", pg::QuoteIdent(old_name), " TO ", pg::QuoteIdent(new_name)),
         absl::StrCat("rename the NOT NULL constraint of ", ref.id));
  }
  if (a.not_null_no_inherit != b.not_null_no_inherit) {
    Emit(Step::kAlter, ref, absl::StrCat(alter, "ALTER CONSTRAINT ", pg::QuoteIdent(new_name), b.not_null_no_inherit ? " NO INHERIT" : " INHERIT"),
         absl::StrCat("change inheritance of the NOT NULL constraint of ", ref.id));
  }
  if (!a.not_null_valid && b.not_null_valid) {
    Emit(Step::kAlter, ref, Statement{absl::StrCat(alter, "VALIDATE CONSTRAINT ", pg::QuoteIdent(new_name)), absl::StrCat("validate NOT NULL on ", ref.id),
                                      {RuleHazard(Rule::kValidate, "scans the table")},
                                      true, "SHARE UPDATE EXCLUSIVE"});
  }
}

// A NOT VALID NOT NULL on a new column: CREATE TABLE and ADD COLUMN would make it valid.
void ColumnPlanner::AddNotValidNotNull(Step step, const ObjectRef& node, const std::string& table, const Column& c) {
  Emit(step, node, NotNullConstraintSql(table, c, /*not_valid=*/true), absl::StrCat("add NOT NULL on ", c.name, " NOT VALID"));
}

std::string ColumnPlanner::NotNullName(const std::string& table_name, const Column& c) {
  if (!c.not_null_name.empty()) return c.not_null_name;
  if (!c.not_null_constraint.empty()) return c.not_null_constraint;
  return catalog::DefaultNotNullName(table_name, c.name);
}

// Through the tables that depend on it (a child, a partition), as CreateConstraint finds them:
// a scan of every table here would run for every column attribute a plan sets.
bool ColumnPlanner::HasChildTables(const std::string& table) const {
  const ObjectRef ref{Kind::kTable, table};
  for (const Index* idx : {&ctx_.from, &ctx_.to}) {
    for (const ObjectRef& d : idx->Dependents(ref)) {
      const auto* t = d.kind == Kind::kTable ? idx->Get<catalog::Table>(d) : nullptr;
      if (t != nullptr &&
          (t->partition_of == table || std::find(t->inherits.begin(), t->inherits.end(), table) != t->inherits.end())) {
        return true;
      }
    }
  }
  return false;
}

bool ColumnPlanner::HasForeignDescendant(const std::string& table) const {
  std::vector<std::string> tree = {table};
  for (size_t i = 0; i < tree.size(); ++i) {
    for (const ObjectRef& d : ctx_.from.Dependents(ObjectRef{Kind::kTable, tree[i]})) {
      const auto* t = d.kind == Kind::kTable ? ctx_.from.Get<catalog::Table>(d) : nullptr;
      if (t == nullptr || (t->partition_of != tree[i] &&
                           std::find(t->inherits.begin(), t->inherits.end(), tree[i]) == t->inherits.end())) {
        continue;
      }
      if (t->kind == 'f') return true;
      tree.push_back(d.id);
    }
  }
  return false;
}

// An inherited column's own default, set apart from its parents' (whose SET DEFAULT may
// recurse into it: ordered after them).
void ColumnPlanner::InheritedDefault(const ObjectRef& ref, const std::string& table, const Column& b) {
  const std::string alter = absl::StrCat("ALTER TABLE ONLY ", table, " ALTER COLUMN ", pg::QuoteIdent(b.name));
  if (!b.default_expr && b.identity && ctx_.target >= 17) {
    // From 17 the parent's identity reaches its partitions, whose own default must go first.
    ctx_.graph.Emit(NodeKey{Step::kDrop, ref, Facet::kDefault}, absl::StrCat(alter, " DROP DEFAULT"),
                    absl::StrCat("drop default of ", ref.id, " before its parent's identity reaches it"));
    return;
  }
  Emit(Step::kAlter, ref, b.default_expr ? absl::StrCat(alter, " SET DEFAULT ", StableArrayCasts(*b.default_expr)) : absl::StrCat(alter, " DROP DEFAULT"),
       absl::StrCat("set the default of ", ref.id, " apart from its parent's"));
  AfterParents(ref, b.name);
}

void ColumnPlanner::AfterParents(const ObjectRef& ref, const std::string& column) {
  const auto* t = ctx_.to.Get<catalog::Table>(ctx_.to.Find(ref)->owner());
  std::vector<std::string> parents = t->inherits;
  if (!t->partition_of.empty()) parents.push_back(t->partition_of);
  for (const std::string& parent : parents) {
    ctx_.graph.OrderIfPlanned(NodeKey{Step::kAlter, ref}, NodeKey{Step::kAlter, ObjectRef{Kind::kColumn, absl::StrCat(parent, ".", pg::QuoteIdent(column))}});
  }
}

}  // namespace schemaservice::plan::internal
