// service/plan/renamer.h
//
// Internal to plan/: the Renamer behind ApplyRenames (rename_apply.h), split over
// rename_apply.cc (hints, tables, views, columns, constraints, indexes) and rename_types.cc
// (types, enum labels, schemas, functions). It decides what each hint renames; the catalog it
// edits and the bookkeeping are a RenamedCatalog (rename_edits.h), and the names derived from
// a renamed table or column follow through DerivedNames (rename_derived.cc), and names a hint
// needs are freed from objects the plan drops by a NameRoom (rename_room.cc). Hints are a set
// (ApplyAll): each is resolved against the source and the target, not against what the others
// did, and they run in an order that works, a cycle through a temporary name.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "service/catalog/catalog.h"
#include "service/plan/rename_apply.h"
#include "service/plan/rename_edits.h"

namespace schemaservice::plan::internal {

// By identity ("s.f(integer)"), or by name alone when only one function has it.
const catalog::Function* FindFunction(const catalog::Catalog& c, const std::string& name);

// INVALID_ARGUMENT naming `hint`, saying `why`.
absl::Status InvalidHint(const RenameHint& hint, const std::string& why);

// The kinds of object `name` names in `c` ("column", "table", ...), sorted.
std::vector<std::string> KindsNamed(const catalog::Catalog& c, const std::string& name);

// Sequences, constraints and indexes named after a renamed table or column follow when the
// target has the derived new name: the hint says what the user meant, so this is not guessing.
class DerivedNames {
 public:
  DerivedNames(const catalog::Catalog& to, RenamedCatalog& out) : to_(to), out_(out) {}
  // Those of `table` after `old_token` -> `new_token` in its name or, when `column` is not
  // empty, in the name of that column (already renamed).
  void Follow(const std::string& table, const std::string& old_token, const std::string& new_token,
              const std::string& column);
  // The table's renames so far go with it to its new id.
  void MoveTable(const std::string& from, const std::string& to);
  // While a table takes a temporary name (RenameToTemporary).
  void SetTemporary(bool temporary) { temporary_ = temporary; }

 private:
  // PostgreSQL keeps an identity column's sequence name through renames; the name it would
  // choose now differs, so the column reads as naming it, unless the target takes the new
  // default name, which one more rename gives.
  void FollowIdentitySequence(const catalog::Table& t, catalog::Column& col, const std::string& old_table,
                              const std::string& old_column);

  const catalog::Catalog& to_;
  RenamedCatalog& out_;
  // Relation name `id` ("schema.name"), which `table`'s `self` (a key, index, sequence or
  // identity column) is to take: when another table's key, index or sequence holds it (tables
  // trading names, part way), that one is renamed aside and takes its own derived name when
  // its table is renamed in turn. False when anything else holds it.
  bool MakeRoomFor(const std::string& id, const std::string& table, const void* self);

  // Per table (new id): the name changes of it and its columns, old -> new, in order.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> tokens_;
  // Relations renamed aside by MakeRoomFor, and identity sequences whose name a temporary
  // table name set: "schema.name" -> the name before.
  std::map<std::string, std::string> before_aside_;
  bool temporary_ = false;
};

// Hinted renames run before the rest of the plan, so a new name may still be held by an
// object the plan drops (rename_room.cc): the holder is renamed aside first, and the plan
// drops it under that name.
class NameRoom {
 public:
  // The namespaces of a schema PostgreSQL checks a new name against.
  enum Space { kRelations = 1, kTypes = 2 };  // pg_class, pg_type
  // `move` renames a table, view or type (`ref`) to `new_id` in the catalog being edited.
  using MoveFn = std::function<void(const ObjectRef& ref, const std::string& new_id)>;
  NameRoom(const catalog::Catalog& to, RenamedCatalog& out, MoveFn move)
      : to_(to), out_(out), move_(std::move(move)) {}
  // Whether anything in the edited catalog holds `id` ("schema.name", quoted) in `spaces`.
  bool Taken(const std::string& id, int spaces) const { return !Named(out_.catalog(), id, spaces).empty(); }
  // Whatever holds `id` in `spaces` that the target does not keep is renamed aside.
  void MakeRoom(const std::string& id, int spaces);
  // Before `table` moves to the schema of `to`: its indexes and owned sequences whose names
  // that schema holds are freed there, or renamed first.
  void ClearMovedParts(const std::string& table, const std::string& to);
  // The name `id` was renamed aside to; empty when it was not.
  std::string Aside(const std::string& id) const {
    const auto it = aside_.find(id);
    return it == aside_.end() ? "" : it->second;
  }

 private:
  struct Holder {
    ObjectRef ref;
    std::string keyword;  // "TABLE", "VIEW", "SEQUENCE", "INDEX", ...
  };
  // What holds `id` in `spaces` (a mask of Space).
  static std::vector<Holder> Named(const catalog::Catalog& c, const std::string& id, int spaces);
  // `name` with a suffix, free in each schema (raw names) on both sides.
  std::string FreeName(const std::vector<std::string>& schemas, const std::string& name) const;
  // `ref` (a table, view, type, sequence, index or key) renamed to `name` in `schema` (raw).
  void RenameAside(const ObjectRef& ref, const std::string& schema, const std::string& name);

  const catalog::Catalog& to_;
  RenamedCatalog& out_;
  MoveFn move_;
  std::map<std::string, std::string> aside_;  // renamed aside ("schema.name"): old -> new
};

class Renamer {
 public:
  Renamer(const catalog::Catalog& from, const catalog::Catalog& to) : from_(from), to_(to), out_(from) {}
  // derived_ holds a reference to out_.
  Renamer(const Renamer&) = delete;
  Renamer& operator=(const Renamer&) = delete;
  // The hints as one set: each names its object as the source has it (OLD) and as the target
  // has it (NEW), whatever the others do; a name one hint frees another may take, so they run
  // in an order that works (containers first, then the one that frees a name before the one
  // that takes it), a cycle (a -> b, b -> a) through a temporary name.
  absl::Status ApplyAll(const std::vector<RenameHint>& hints);
  // What names the types, functions and operators of an extension that moves to another
  // schema (ALTER EXTENSION ... SET SCHEMA, planned with the extension) names them there.
  void FollowExtensionMoves();
  Renamed Finish() { return out_.Finish(); }

 private:
  // A hint resolved against the catalog being edited: its kind, where its object stands now
  // (`from`) and the name it takes (`to`).
  struct Located {
    std::string kind, from, to;
  };
  absl::StatusOr<Located> Locate(const RenameHint& hint) const;
  // Where the object `name` of `kind` in the source stands now; empty when it cannot be
  // followed (the hint then names it as it is now).
  std::string Followed(const std::string& kind, const std::string& name) const;
  // NEW as the target has it (the key's id when the hint names the index of a key).
  std::string TargetName(const RenameHint& hint) const;
  // The target's object `name` of `kind` is what another hint of the set renames to.
  bool TakenByHint(const std::string& kind, const std::string& name) const;
  absl::Status Apply(const RenameHint& hint);
  // The rename `hint_` asks for, checked.
  absl::Status Dispatch(const std::string& kind);
  // The object of `hint` renamed to a free temporary name, so the hint that takes its name can
  // run first; `hint` runs later from there.
  absl::Status RenameToTemporary(const RenameHint& hint);
  std::string Current(const std::string& name) const;
  absl::Status Invalid(const std::string& why) const { return InvalidHint(given_, why); }
  // The hint as a rename within one parent (a table, a schema, an enum type): {parent, old
  // last name, new last name}; INVALID_ARGUMENT saying `why` when the parents differ.
  struct Within {
    std::string parent, old_name, new_name;
  };
  absl::StatusOr<Within> SameParent(const std::string& why) const;
  absl::Status RenameRelation(const std::string& kind, const std::string& from, const std::string& to);
  void MoveRelation(const std::string& from, const std::string& to);
  absl::Status RenameColumnHint();
  absl::Status CheckNotMergedBelow(const std::string& table, const std::string& column);
  // On the table and the children that inherit the column (PostgreSQL renames it there too).
  void RenameColumn(const std::string& table, const std::string& old_col, const std::string& new_col);
  void RenameIndexColumn(const catalog::TablePart& p, const std::string& old_col, const std::string& new_col);
  absl::Status RenameConstraintHint();
  absl::Status RenameIndexHint();
  // A composite type's attribute (ALTER TYPE ... RENAME ATTRIBUTE ... CASCADE), with the
  // columns of the tables of that type.
  absl::Status RenameAttribute(const std::string& type, const std::string& old_attr, const std::string& new_attr);
  // `hinted`: the hint's own rename (recorded; room made for it), else one aside.
  absl::Status RenameType(const std::string& from, const std::string& to, bool hinted = true);
  void MoveTypeName(const std::string& from, const std::string& to);
  std::string RenameRangeParts(const std::string& from, const std::string& to);
  absl::Status RenameLabel();
  absl::Status RenameSchema(const std::string& from, const std::string& to);
  absl::Status RenameFunction();
  // A schema (quoted) that objects move into: created first when only the target has it (its
  // comment and grants are then the plan's, as for any schema that differs).
  void EnsureSchema(const std::string& schema);

  const catalog::Catalog& from_;
  const catalog::Catalog& to_;
  RenamedCatalog out_;
  DerivedNames derived_{to_, out_};
  // Tables, views and types it renames aside move through this renamer, as a hint's do.
  NameRoom room_{to_, out_, [this](const ObjectRef& ref, const std::string& new_id) {
                   if (ref.kind == Kind::kType) {
                     (void)RenameType(ref.id, new_id, /*hinted=*/false);
                   } else {
                     MoveRelation(ref.id, new_id);
                   }
                 }};
  RenameHint given_;  // the hint as the user wrote it, for messages
  RenameHint hint_;   // the same, resolved: where its object stands now, the name it takes
  std::map<std::string, std::string> containers_;  // renamed tables and types: old -> new id
  std::map<std::string, std::string> schemas_;     // renamed schemas: old -> new name
  std::vector<RenameHint> hints_;                  // the whole set
  struct Temporary {
    std::string kind, name;
    size_t change = 0;  // the index of its recorded change, folded with the hint's own
  };
  std::map<std::string, Temporary> temporaries_;  // by the hint's OLD
};

}  // namespace schemaservice::plan::internal
