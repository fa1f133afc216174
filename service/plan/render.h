// service/plan/render.h
//
// SQL text for one object: how to create it, drop it, comment on it and grant on it. Used by
// the planner, which decides what to do and in which order; kept apart so each kind's syntax
// lives in one place.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "service/catalog/catalog.h"

namespace schemaservice::plan {

// `text` made safe for the rest of a `-- ` comment line: \n as "\n", \r as "\r", other bytes
// below 0x20 and 0x7f as "\xNN", so a name holding a newline cannot end the comment and
// start a live statement (or a fake "-- schemaservice:no-transaction" marker). Every
// description, hazard message, safer alternative and warning printed as SQL goes through it.
std::string CommentText(absl::string_view text);

// The unquoted name of something the plan puts beside `name` for a while ("<name><suffix>",
// e.g. a type renamed aside): at most 63 bytes (NAMEDATALEN - 1), `name` cut between UTF-8
// characters when needed and then ending in 8 hex digits of its SHA-256, so it never
// truncates back into `name` itself nor meets the cut of another long name.
std::string AsideName(const std::string& name, absl::string_view suffix);

// "TABLE public.t", "FUNCTION public.f(integer)", "COLUMN public.t.c": the object as COMMENT
// and GRANT name it.
std::string ObjectPhrase(const catalog::Common& c, catalog::Kind kind, char subkind);

// The words naming a kind planned as catalog::DefinedObject in CREATE, ALTER, DROP and
// COMMENT: "FOREIGN DATA WRAPPER", "SERVER", "TEXT SEARCH DICTIONARY", "CAST", ...; "" for
// every other kind.
const char* DefinedKeyword(catalog::Kind kind);

// COMMENT ON ... IS ...; empty when both sides are equal.
std::string CommentSql(const std::string& object_phrase, const std::optional<std::string>& from,
                       const std::optional<std::string>& to);

// ALTER <object_phrase> [NO] DEPENDS ON EXTENSION for each extension (sorted lists) only one
// side names.
std::vector<std::string> ExtensionDependencySql(const std::string& object_phrase, const std::vector<std::string>& from,
                                                const std::vector<std::string>& to);

// COMMENT ON COLUMN relation.column for each column (unquoted name -> comment) whose comment
// differs between `from` and `to`: views' columns and composite types' attributes.
std::vector<std::string> ColumnCommentsSql(const std::string& relation, const std::map<std::string, std::string>& from,
                                           const std::map<std::string, std::string>& to);

// COMMENT ON CONSTRAINT name ON DOMAIN domain for each check (quoted name -> comment) whose
// comment differs between `from` and `to`.
std::vector<std::string> CheckCommentsSql(const std::string& domain, const std::map<std::string, std::string>& from,
                                          const std::map<std::string, std::string>& to);

// GRANT / REVOKE turning `from` into `to` on the object ("TABLE public.t"); `columns` is
// "(c)" for column privileges. A grant made by another role than the owner is made and
// revoked as that role (a REVOKE reaches only its own grants, and 15's GRANTED BY must name
// the current user), a grant option before the grants made with it, and revoked after them.
std::vector<std::string> GrantSql(const std::string& on, const std::vector<catalog::Grant>& from,
                                  const std::vector<catalog::Grant>& to,
                                  const std::string& columns = "");

// The privileges a new object of this kind has before any GRANT (PUBLIC EXECUTE on
// functions, PUBLIC USAGE on types and languages).
std::vector<catalog::Grant> DefaultGrants(catalog::Kind kind);

// "name type ... [CONSTRAINT n] NOT NULL [NO INHERIT]"; a NOT VALID NOT NULL is left out.
std::string ColumnDefinition(const catalog::Column& column);
// A deparsed expression made to parse back to itself. PostgreSQL prints `v IN ('a', 'b')` on a
// varchar column as "((v)::text = ANY ((ARRAY['a'::character varying, ...])::text[]))", which
// it parses back into a different expression (the cast moves onto each element), so a CHECK,
// index, view or policy created from it would not read back as the target: the array is cast
// to its own element type first ("(ARRAY[...]::character varying[])::text[]"), which parses
// to the expression printed.
std::string StableArrayCasts(absl::string_view sql);
// The items of an option list "(a = 'x', b = 1)" (parentheses optional): split at commas
// outside quotes, trimmed.
std::vector<std::string> SplitOptionList(absl::string_view list);
// The name of an option list item "name = value".
std::string OptionName(const std::string& item);
// A foreign-data object's options ("name=value", in order): "OPTIONS (name 'value', ...)".
std::string GenericOptionsSql(const std::vector<std::string>& options);
// From `from` to `to`: "OPTIONS (DROP a, SET b 'v', ADD c 'w')", or "" when equal.
std::string AlterGenericOptionsSql(const std::vector<std::string>& from, const std::vector<std::string>& to);

// 18: ALTER TABLE table ADD [CONSTRAINT n] NOT NULL column [NOT VALID] [NO INHERIT], named as
// the column says (unnamed: the server's default name).
std::string NotNullConstraintSql(const std::string& table, const catalog::Column& column,
                                 bool not_valid);

// "AS bigint INCREMENT BY 1 MINVALUE 1 ..." for CREATE/ALTER SEQUENCE.
std::string SequenceOptions(const catalog::Sequence& s);

// "ENABLE", "DISABLE", "ENABLE REPLICA", "ENABLE ALWAYS" for a trigger's, rule's or event
// trigger's state letter (O, D, R, A).
std::string EnableWord(char enabled);

// A view's definition as CREATE VIEW's body (no trailing semicolon).
std::string ViewQuery(const catalog::View& v);

// " TABLESPACE name" for CREATE TABLE and CREATE MATERIALIZED VIEW; "" for the default.
std::string TablespaceClause(const std::string& tablespace);

// pg_get_indexdef's CREATE INDEX, or (`key`) a key's or exclusion constraint's
// pg_get_constraintdef, placing the index in `tablespace` ("" leaves it as is): TABLESPACE /
// USING INDEX TABLESPACE goes where the grammar wants it, before the predicate (WHERE) and
// DEFERRABLE, which the server renders last.
std::string IndexDefinitionIn(const std::string& definition, const std::string& tablespace, bool key);

}  // namespace schemaservice::plan
