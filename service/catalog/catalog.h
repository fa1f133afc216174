// service/catalog/catalog.h
//
// An immutable snapshot of one database's schema, read from pg_catalog. diff/ and plan/ see
// only these values, so they are tested without PostgreSQL. Text fields keep the server's
// own rendering (format_type, pg_get_expr, pg_get_indexdef, pg_get_constraintdef,
// pg_get_viewdef, pg_get_functiondef, pg_get_triggerdef): PostgreSQL normalizes, we compare.
// (Plain indexes, keys and foreign keys are written by the reader itself, to the same text.)
// Every list is sorted by identity, except columns (attnum order) and enum labels (sort order).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace schemaservice::catalog {

// What an object is, for identities, dependencies and messages. The order is the default
// creation order among objects with no dependency between them.
enum class Kind {
  kSchema, kExtension, kCollation, kType, kSequence, kFunction, kTable, kColumn,
  kConstraint, kIndex, kView, kTrigger, kEventTrigger, kPolicy, kRule, kStatistics,
  kSequenceOwner, kDefaultPrivileges, kPublication,
  // Kinds planned generically (DefinedObject): database-wide, then schema objects, then
  // casts (database-wide, identified by their types), then operator kinds (schema objects),
  // then text search parsers, templates and conversions (schema objects), then languages,
  // access methods, transforms, user mappings and subscriptions (database-wide).
  kForeignDataWrapper, kForeignServer, kTextSearchDictionary, kTextSearchConfiguration, kCast,
  kOperator, kOperatorFamily, kOperatorClass,
  kTextSearchParser, kTextSearchTemplate, kConversion,
  kLanguage, kAccessMethod, kTransform, kUserMapping, kSubscription,
};
const char* KindName(Kind kind);

// Identity of any object: kind + a string unique within the kind. For schema objects it is
// "schema.name" (quoted as needed), for functions "schema.name(arg types)", for table parts
// "schema.table.part".
struct ObjectRef {
  Kind kind;
  std::string id;
  bool operator<(const ObjectRef& o) const { return kind != o.kind ? kind < o.kind : id < o.id; }
  bool operator==(const ObjectRef& o) const { return kind == o.kind && id == o.id; }
};

// For unordered containers keyed by identity.
struct ObjectRefHash {
  size_t operator()(const ObjectRef& r) const {
    return std::hash<std::string>()(r.id) * 31 + static_cast<size_t>(r.kind);
  }
};

struct Grant {
  std::string grantee;    // role name, quoted; PUBLIC for everyone
  std::string privilege;  // SELECT, INSERT, USAGE, EXECUTE, ...
  bool grantable = false;
  // The role that made the grant, quoted; empty when it is the object's owner (a superuser's
  // grants are recorded as the owner's), so an owner change leaves grants equal.
  std::string grantor;
  bool operator<(const Grant& o) const;
  bool operator==(const Grant& o) const;
};

// What every object carries besides its own fields.
struct Common {
  ObjectRef ref;
  std::string schema;                  // unquoted; empty for schemas and event triggers
  std::string name;                    // unquoted object name
  std::optional<std::string> comment;
  std::vector<Grant> grants;           // sorted; implicit owner privileges left out
  // Schemas, types, sequences, functions, tables and views: the default privileges of the
  // owner that it gave up (REVOKE ... FROM owner), sorted. The owner (quoted) is not compared:
  // plans name it.
  std::vector<std::string> owner_revoked;
  std::string owner;
  std::vector<ObjectRef> depends_on;   // from pg_depend, sorted, unique
  // Functions, procedures, triggers, indexes and materialized views: the extensions (quoted
  // names, sorted) named by ALTER ... DEPENDS ON EXTENSION, whose DROP takes the object along.
  std::vector<std::string> extensions;
};

struct Schema { Common c; };

struct Extension {
  Common c;
  std::string version;
  // Names of its types, functions and operators (quoted as text names them; unique):
  // what moves with ALTER EXTENSION ... SET SCHEMA. Not compared.
  std::vector<std::string> members;
  // extrelocatable: ALTER EXTENSION ... SET SCHEMA works. Not compared (the control file's).
  bool relocatable = true;
  // Privileges on its members (functions, tables, sequences) that differ from those its
  // scripts left (pg_init_privs), by GRANT target ("ROUTINE public.f(integer)"): now, and then.
  struct MemberGrants {
    std::vector<Grant> now, initial;
    bool operator==(const MemberGrants& o) const { return now == o.now && initial == o.initial; }
  };
  std::map<std::string, MemberGrants> member_grants;
};

// CREATE COLLATION's options: "provider = icu, locale = 'und', rules = '&a < b'".
struct Collation { Common c; std::string definition; };

struct Type {
  Common c;
  char kind = 'e';                     // e enum, d domain, c composite, r range, b base
  std::vector<std::string> labels;     // enum labels in sort order
  std::string definition;              // domain: base type, collation, default, not null;
                                       // composite: attribute list; range: options;
                                       // base: the options ALTER TYPE cannot change
  // Base type: what ALTER TYPE ... SET changes, always all seven in this order: RECEIVE,
  // SEND, TYPMOD_IN, TYPMOD_OUT, ANALYZE, SUBSCRIPT (a function or NONE), STORAGE.
  std::vector<std::pair<std::string, std::string>> settings;
  std::vector<std::pair<std::string, std::string>> checks;  // domain: name -> definition
  // Domain with NOT NULL, 17+: the constraint's name when not the default (<domain>_not_null).
  std::string not_null_name;
  std::vector<std::pair<std::string, std::string>> attributes;  // composite: name -> type
  std::map<std::string, std::string> attribute_comments;        // composite: name -> comment
  std::map<std::string, std::string> check_comments;            // domain: check's name (quoted) -> comment
};

struct Sequence {
  Common c;
  std::string type;                    // AS bigint
  int64_t start = 1, increment = 1, min = 1, max = 0, cache = 1;
  bool cycle = false;
  bool unlogged = false;
  std::optional<std::string> owned_by; // "schema.table.column", quoted
};

struct Column {
  std::string name;
  std::string type;                    // format_type(atttypid, atttypmod)
  // format_type(atttypid, NULL): the type without its modifier, the key of Catalog::type_facts.
  // Not compared (type is).
  std::string type_name;
  bool not_null = false;
  std::optional<std::string> default_expr;  // pg_get_expr(adbin); the expression if generated
  char identity = 0;                   // 'a' ALWAYS, 'd' BY DEFAULT
  // Non-default sequence options of an identity column, as CREATE TABLE takes them; first
  // "SEQUENCE NAME schema.name" when the sequence is not the one PostgreSQL would name, then
  // LOGGED or UNLOGGED when the sequence's persistence is not the table's.
  std::string identity_options;
  std::vector<Grant> identity_grants;  // on the identity's sequence (GRANT ... ON SEQUENCE)
  std::optional<std::string> identity_comment;  // COMMENT ON SEQUENCE of the identity's sequence
  // The privileges the table's owner gave up on the identity's sequence (REVOKE ... FROM
  // owner), sorted.
  std::vector<std::string> identity_owner_revoked;
  bool generated = false;              // GENERATED ALWAYS AS (default_expr) STORED or VIRTUAL
  bool virtual_generated = false;      // 18: VIRTUAL, computed when read
  // From 18 NOT NULL is a named constraint. Compared: a name that is not the default
  // (<table>_<column>_not_null), NOT VALID, NO INHERIT. Not compared: the actual name, which
  // plans need to rename or validate it.
  std::string not_null_name;
  bool not_null_valid = true;
  bool not_null_no_inherit = false;
  std::string not_null_constraint;
  std::string collation;               // quoted, when not the type's default
  std::string storage;                 // PLAIN / EXTERNAL / EXTENDED / MAIN when not default
  std::string compression;             // pglz / lz4 when set
  int statistics = -1;                 // attstattarget, -1 for default
  std::string options;                 // attoptions, "n_distinct=100"
  std::vector<std::string> fdw_options;  // a foreign table's column: attfdwoptions, "name=value"
  bool inherited_only = false;         // from a parent, not declared locally
  // Inherited only: NOT NULL that no parent's explains, set on this table itself. Compared
  // (the rest of an inherited column is its parent's); on 18 also a constraint that stays
  // when the parent's goes.
  bool not_null_own = false;
  std::optional<std::string> comment;
  std::vector<Grant> grants;           // column privileges
  std::vector<ObjectRef> depends_on;   // types, collations, sequences, functions of the default
};

struct Table {
  Common c;
  char kind = 'r';                     // r table, p partitioned table, f foreign table
  bool unlogged = false;
  std::vector<Column> columns;         // attnum order
  std::string partition_key;           // pg_get_partkeydef: "RANGE (created_at)"
  std::string partition_of;            // parent, quoted, for a partition
  std::string partition_bound;         // "FOR VALUES FROM (...) TO (...)" / "DEFAULT"
  std::vector<std::string> inherits;   // parents, quoted, in order (not for partitions)
  std::vector<std::string> options;    // reloptions, sorted
  char replica_identity = 'd';         // d default, n nothing, f full, i index
  std::string replica_identity_index;  // index name when 'i'
  bool rls_enabled = false, rls_forced = false;
  std::string access_method;           // when not heap
  std::string of_type;                 // typed table (CREATE TABLE ... OF): the composite type
  std::string foreign_server;          // foreign table (kind 'f'): its server, quoted
  std::vector<std::string> foreign_options;  // foreign table: ftoptions, "name=value" in order
  // pg_class.reltablespace's name, unquoted; empty for the database's default. Of a
  // partitioned table: only the default of partitions created later (it holds no rows).
  std::string tablespace;
  const Column* FindColumn(const std::string& name) const;
};

// Constraints, indexes, triggers, policies, rules and statistics: objects attached to one
// table (or view), compared and recreated through the server's rendering of them.
struct TablePart {
  Common c;
  std::string table;                   // owning relation, quoted "schema.table"
  std::string definition;              // pg_get_*def (or the reader's identical text)
  char constraint_type = 0;            // p u f c x for constraints
  bool valid = true;                   // constraints: convalidated
  char enabled = 'O';                  // triggers: O, D, R, A
  // A trigger on a partitioned table: the partitions (quoted, any depth, shallowest first)
  // whose clone of it fires otherwise than their parent's ("D" after ALTER TABLE partition
  // DISABLE TRIGGER ...), as pg_dump lists them. Set in this order, each ALTER reaching the
  // partitions below, they give every clone its state.
  std::vector<std::pair<std::string, std::string>> partition_enabled;
  bool clustered = false;              // indexes and keys (their index): CLUSTER ON
  bool on_partitioned = false;         // index/constraint on a partitioned table
  bool enforced = true;                // constraints: conenforced (18 NOT ENFORCED)
  bool period = false;                 // constraints: conperiod (18 WITHOUT OVERLAPS / PERIOD)
  // CHECKs: connoinherit. Not compared: the definition ends in NO INHERIT already; plans ask
  // it here rather than search the definition, whose expression may hold the same text.
  bool no_inherit = false;
  // A partition's index or key attached to its parent table's: that index's or key's name
  // (it lives on the table's partition_of). Empty: standalone.
  std::string attached_to;
  // A key's or exclusion constraint's index (named like it): COMMENT ON INDEX.
  std::optional<std::string> index_comment;
  // Indexes, and keys and exclusion constraints through their index: its tablespace,
  // unquoted; empty for the default. Not in `definition` (pg_get_indexdef and
  // pg_get_constraintdef leave it out), so a move is not a rebuild.
  std::string tablespace;
  // Statistics targets set apart from the definition, so a change is an ALTER, not a rebuild.
  // Indexes: (column number, target) of each column set (ALTER INDEX ... ALTER COLUMN n SET
  // STATISTICS), by number. Statistics objects: {0, target} when set (ALTER STATISTICS ... SET
  // STATISTICS). Empty: the default.
  std::vector<std::pair<int, int>> statistics;
};

// A materialized view column's settings (a table column has the same four of its own).
struct ColumnSettings {
  std::string storage;      // as Column::storage
  std::string compression;  // as Column::compression
  int statistics = -1;      // as Column::statistics
  std::string options;      // as Column::options
  bool operator==(const ColumnSettings& o) const {
    return storage == o.storage && compression == o.compression && statistics == o.statistics && options == o.options;
  }
  bool empty() const { return *this == ColumnSettings{}; }
};

struct View {
  Common c;
  bool materialized = false;
  std::string definition;              // pg_get_viewdef
  std::vector<std::string> options;    // check_option, security_barrier, security_invoker
  std::map<std::string, std::string> column_comments;
  std::map<std::string, std::string> column_defaults;       // column -> DEFAULT (for INSERT through it)
  std::map<std::string, std::vector<Grant>> column_grants;  // column -> privileges on it alone
  std::map<std::string, ColumnSettings> column_settings;    // materialized views: set ones only
  bool populated = true;               // materialized views: WITH [NO] DATA
  std::string tablespace;              // materialized views: as Table::tablespace
};

struct Function {
  Common c;
  char kind = 'f';                     // f function, p procedure, w window
  std::string identity_args;           // pg_get_function_identity_arguments
  std::string arguments;               // pg_get_function_arguments (names, defaults)
  std::string result;                  // pg_get_function_result
  std::string definition;              // pg_get_functiondef
  // oidvectortypes(proargtypes): how GRANT names an ordered-set aggregate, whose identity has
  // ORDER BY in it. Not compared (identity_args is).
  std::string argument_types;
};

struct EventTrigger { Common c; std::string definition; char enabled = 'O'; };

// A publication for logical replication: database-wide, read only with every schema.
struct Publication {
  Common c;
  std::string definition;  // "FOR TABLE a.t (x) WHERE (...), TABLES IN SCHEMA b WITH (...)"
};

struct DefaultPrivileges {
  Common c;                            // ref id: "role/schema/objtype"
  std::string role;                    // FOR ROLE, quoted; empty for the current user
  std::string in_schema;               // quoted; empty for all schemas
  char object_type = 'r';              // r tables, S sequences, f functions, T types, n schemas
};

// What PostgreSQL knows about converting a type that a table column uses (also the element
// types of arrays and the base types of domains): enough for the planner to tell, without a
// database, whether ALTER COLUMN ... TYPE ... USING col::new can work (pg_cast semantics:
// domains act as their base type, arrays as their elements, and I/O conversion reaches to and
// from string types).
struct TypeFacts {
  std::string name;                    // format_type(oid, NULL): the identity
  char kind = 'b';                     // typtype: b base, e enum, d domain, c composite, r range, ...
  char category = 'U';                 // typcategory: S string, A array, E enum, N numeric, ...
  std::string base;                    // domain: format_type(typbasetype, NULL)
  std::string element;                 // array: format_type(typelem, NULL)
  std::vector<std::string> casts_to;   // targets of pg_cast rows from this type, sorted
};

// A kind compared as one definition and created as CREATE <keyword> <id> <definition>:
//   foreign data wrapper  "NO HANDLER NO VALIDATOR" (also ALTER's syntax); options apart
//   foreign server        "TYPE '...' FOREIGN DATA WRAPPER w"; extra "VERSION '...'";
//                         options apart
//   cast                  "WITH FUNCTION s.f(s.t) AS ASSIGNMENT"; id "(s.t AS integer)"
//   text search dictionary     "(TEMPLATE = pg_catalog.simple, accept = 'false')", options
//                              in their stored order
//   text search configuration  "(PARSER = pg_catalog."default")", then one line per
//                              token type: "\nADD MAPPING FOR word WITH s.d, pg_catalog.simple"
//                              (token types in parser order), run as ALTER ... after CREATE
//   text search parser    "(START = pg_catalog.prsd_start, GETTOKEN = ..., END = ...,
//                         LEXTYPES = ...[, HEADLINE = ...])"
//   text search template  "([INIT = f, ]LEXIZE = g)"
//   conversion            "FOR 'LATIN1' TO 'UTF8' FROM pg_catalog.iso8859_1_to_utf8";
//                         extra "DEFAULT" for CREATE DEFAULT CONVERSION
//   language              "HANDLER s.h[ INLINE s.i][ VALIDATOR s.v]"; extra "TRUSTED"
//   access method         "TYPE TABLE HANDLER pg_catalog.heap_tableam_handler"
//   transform             "(FROM SQL WITH FUNCTION s.f(internal), TO SQL WITH FUNCTION ...)";
//                         id "FOR integer LANGUAGE plpgsql"
//   user mapping          definition empty, options apart; id "FOR app_reader SERVER s"
//                         (PUBLIC for everyone)
//   subscription          "CONNECTION 'conninfo'\nPUBLICATION p1, p2" (publications in their
//                         stored order); extra: "enabled = false, slot_name = 's',
//                         binary = false, streaming = off, two_phase = false,
//                         disable_on_error = false, synchronous_commit = 'off'", then, only
//                         when not the default, password_required = false, run_as_owner = true,
//                         origin = 'none' and failover = true (16, 17)
// Database-wide kinds (wrappers, servers, casts, languages, access methods, transforms, user
// mappings, subscriptions) are read only with the whole database, like publications; text search objects
// and conversions are schema objects, identified by "schema.name".
// Operators, operator families and classes are schema objects read with their schema; their
// CREATE names "schema.name", their id adds what else identifies them: an operator's argument
// types ("s.===(integer, integer)", NONE for a prefix operator's left), a family's or class's
// index method ("s.f USING btree"). Operator: "FUNCTION = s.f, LEFTARG = integer, ...";
// family: "USING btree"; class: "DEFAULT FOR TYPE integer USING btree FAMILY s.f AS ...".
struct DefinedObject {
  Common c;
  std::string definition;
  // What is said after the CREATE and compared apart: a conversion's DEFAULT and a language's
  // TRUSTED (said right after CREATE); an operator's "RESTRICT = f, JOIN = g"
  // (ALTER OPERATOR ... SET changes them in place); a family's loose members
  // "OPERATOR 1 s.<(integer, bigint), FUNCTION 1 (integer, bigint) s.f(integer,bigint)"
  // (ALTER OPERATOR FAMILY ... ADD); a server's "VERSION '1.0'" (ALTER SERVER changes it).
  std::string extra;
  // A wrapper's, server's or user mapping's generic options as stored ("host=db1"), in their
  // stored order: rendered OPTIONS (...) by the planner, which alters them one by one.
  std::vector<std::string> options;
};

struct Catalog {
  std::vector<std::string> selected_schemas;  // empty: every non-system schema
  std::string server_version;                 // server_version_num, e.g. "150018"
  std::vector<Schema> schemas;
  std::vector<Extension> extensions;
  std::vector<Collation> collations;
  std::vector<Type> types;
  std::vector<Sequence> sequences;
  std::vector<Table> tables;
  std::vector<TablePart> parts;               // constraints, indexes, triggers, policies, rules, statistics
  std::vector<View> views;
  std::vector<Function> functions;
  std::vector<EventTrigger> event_triggers;
  std::vector<DefaultPrivileges> default_privileges;
  std::vector<Publication> publications;
  std::vector<TypeFacts> type_facts;          // sorted by name; not compared (diff ignores it)
  const TypeFacts* FindTypeFacts(const std::string& name) const;
  std::vector<DefinedObject> defined_objects;  // sorted by ref; ref.kind tells the kind
};

namespace detail {
template <typename Fn, typename... Lists>
void EachOf(Fn& fn, Lists&... lists) {
  (..., [&] { for (auto& x : lists) fn(x.c, x); }());
}
}  // namespace detail

// Calls fn(common, object) for every object of the catalog that has its own Common (columns
// have none; common.ref.kind tells the kind), with `object` its typed value. CatalogT is
// Catalog or const Catalog.
template <typename CatalogT, typename Fn>
void ForEachObject(CatalogT& c, Fn&& fn) {
  detail::EachOf(fn, c.schemas, c.extensions, c.collations, c.types, c.sequences, c.tables, c.parts, c.views,
                 c.functions, c.event_triggers, c.default_privileges, c.publications, c.defined_objects);
}

}  // namespace schemaservice::catalog
