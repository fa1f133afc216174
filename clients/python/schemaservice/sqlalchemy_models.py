"""SQLAlchemy models as the source of a project's schema.

`load_metadata("app.models:metadata")` imports a team's SQLAlchemy MetaData (or a declarative
Base, whose .metadata is taken); `render_metadata(metadata)` renders it to PostgreSQL DDL with
SQLAlchemy's own PostgreSQL dialect, as files for SchemaSource.inline_models /
GenerateRequest.models / SyncRequest.models:

    000_prelude.sql          CREATE SCHEMA, CREATE TYPE ... AS ENUM, CREATE SEQUENCE
    NNN_<schema>.<table>.sql CREATE TABLE (columns, server defaults, constraints), its
                             indexes and COMMENT ON statements; tables in dependency order
    999_foreign_keys.sql     foreign keys of tables that reference each other in a cycle

The server loads them into a shadow database, so PostgreSQL parses and normalizes them. This
module writes no SQL of its own: every statement comes from SQLAlchemy's compiler.
A model SQLAlchemy cannot render raises ModelRenderError naming the model and the column.
"""
import importlib
import os
import sys
from typing import Dict, Iterable, List, Optional, Tuple

import sqlalchemy as sa
from sqlalchemy import schema as sa_schema
from sqlalchemy.dialects import postgresql

try:  # SQLAlchemy 2.0
    from sqlalchemy.dialects.postgresql.named_types import CreateEnumType
except ImportError:  # SQLAlchemy 1.4
    from sqlalchemy.dialects.postgresql.base import CreateEnumType

ModelFiles = List[Tuple[str, str]]


class ModelLoadError(Exception):
    """The metadata could not be imported (bad spec, import error, not a MetaData)."""


class ModelRenderError(Exception):
    """A model SQLAlchemy's PostgreSQL dialect cannot render; the message names the model
    (mapped class, when there is one), the table and the column."""


def load_metadata(spec: str, search_path: Optional[str] = None) -> sa.MetaData:
    """'package.module:attribute' (attribute may be dotted, e.g. Base.metadata). The module
    is imported with `search_path` (default: the current directory) first on sys.path."""
    module_name, sep, attribute = spec.partition(":")
    if not sep or not module_name or not attribute:
        raise ModelLoadError(
            f"--models {spec}: expected PACKAGE.MODULE:METADATA, e.g. app.models:metadata")
    path = os.path.abspath(search_path or os.getcwd())
    if path not in sys.path:
        sys.path.insert(0, path)
    try:
        module = importlib.import_module(module_name)
    except Exception as e:  # the team's code: any error it raises on import
        raise ModelLoadError(
            f"--models {spec}: importing {module_name} (from {path}) failed: "
            f"{type(e).__name__}: {e}") from e
    except SystemExit as e:  # a module that runs a script's main() on import
        raise ModelLoadError(
            f"--models {spec}: importing {module_name} (from {path}) called sys.exit("
            f"{e.code!r}); a models module must not exit when imported") from None
    target = module
    for part in attribute.split("."):
        if not hasattr(target, part):
            raise ModelLoadError(f"--models {spec}: {module_name} has no attribute {attribute}")
        target = getattr(target, part)
    if not isinstance(target, sa.MetaData) and isinstance(getattr(target, "metadata", None),
                                                          sa.MetaData):
        target = target.metadata  # a declarative Base or a registry
    if not isinstance(target, sa.MetaData):
        raise ModelLoadError(
            f"--models {spec}: {attribute} is a {type(target).__name__}, not a SQLAlchemy "
            "MetaData (nor a declarative Base holding one)")
    return target


def _model_names(metadata: sa.MetaData) -> Dict[sa.Table, str]:
    """The mapped class of each table, where one is mapped (for error messages)."""
    names: Dict[sa.Table, str] = {}
    try:
        from sqlalchemy.orm import mapperlib
        registries = list(getattr(mapperlib, "_mapper_registries", {}) or {})
    except Exception:  # pragma: no cover - private API moved
        registries = []
    for registry in registries:
        if getattr(registry, "metadata", None) is not metadata:
            continue
        for mapper in list(registry.mappers):
            for table in mapper.tables:
                names.setdefault(table, mapper.class_.__name__)
    return names


def _qualified(schema: Optional[str], name: str) -> str:
    return f"{schema or 'public'}.{name}"


def _where(table: sa.Table, models: Dict[sa.Table, str], column: Optional[sa.Column] = None) -> str:
    model = models.get(table)
    text = f"model {model} (table {_qualified(table.schema, table.name)})" if model else \
        f"table {_qualified(table.schema, table.name)}"
    if column is not None:
        text += f", column {column.name}"
    return text


class _Renderer:
    def __init__(self, metadata: sa.MetaData):
        self.metadata = metadata
        self.dialect = postgresql.dialect()
        # An offline dialect assumes standard_conforming_strings=off and doubles every
        # backslash in literals; schemad's servers (PostgreSQL >= 9.1) have it on, where a
        # connected dialect renders 'C:\dir' as it is. SQLAlchemy 1.4 and 2.0 have no public
        # switch: initialize() sets this attribute from the server's setting.
        self.dialect._backslash_escapes = False
        self.models = _model_names(metadata)

    def compile(self, ddl) -> str:
        return str(ddl.compile(dialect=self.dialect)).strip() + ";\n"

    def fail(self, table: sa.Table, error: Exception, column: Optional[sa.Column] = None):
        """Finds the column SQLAlchemy could not render (when not known) and raises."""
        if column is None:
            for c in table.columns:
                try:
                    self.compile(sa_schema.CreateColumn(c))
                except Exception as column_error:  # noqa: BLE001 - any compiler error
                    column, error = c, column_error
                    break
        raise ModelRenderError(
            f"cannot render {_where(table, self.models, column)} as PostgreSQL DDL: "
            f"{type(error).__name__}: {error}") from error

    def enums(self) -> List[sa.Enum]:
        """Native enums of every column, once per (schema, name), in table order."""
        seen, out = set(), []
        for table in self.metadata.sorted_tables:
            for column in table.columns:
                t = column.type
                if isinstance(t, sa.types.TypeDecorator):
                    t = t.impl if isinstance(t.impl, sa.types.TypeEngine) else t
                if isinstance(t, sa.Enum) and t.native_enum:
                    if not t.name:
                        raise ModelRenderError(
                            f"cannot render {_where(table, self.models, column)}: a native enum "
                            "needs a name (Enum(..., name='...'))")
                    key = (t.schema, t.name)
                    if key not in seen:
                        seen.add(key)
                        out.append(t)
        return out

    def sequences(self) -> List[sa.Sequence]:
        seen, out = set(), []
        candidates = list(getattr(self.metadata, "_sequences", {}).values())
        for table in self.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.default, sa.Sequence):
                    candidates.append(column.default)
        for seq in candidates:
            key = (seq.schema, seq.name)
            if key not in seen:
                seen.add(key)
                out.append(seq)
        return sorted(out, key=lambda s: (s.schema or "", s.name))

    def render(self) -> ModelFiles:
        enums, sequences = self.enums(), self.sequences()
        schemas = ({t.schema for t in self.metadata.tables.values()}
                   | {e.schema for e in enums} | {s.schema for s in sequences})
        prelude = [self.compile(sa_schema.CreateSchema(s))
                   for s in sorted(schemas - {None, "public"})]
        for enum in enums:
            prelude.append(self.compile(CreateEnumType(enum)))
        for seq in sequences:
            prelude.append(self.compile(sa_schema.CreateSequence(seq)))
        files: ModelFiles = []
        if prelude:
            files.append(("000_prelude.sql", "".join(prelude)))
        # Dependency order; foreign keys of tables in a cycle come last, as create_all does.
        ordered = sa_schema.sort_tables_and_constraints(
            [t for t in self.metadata.tables.values()])
        cyclic: List[sa.ForeignKeyConstraint] = []
        number = 1
        for table, inline_fks in ordered:
            if table is None:  # what sorting could not place: added after every table
                cyclic.extend(inline_fks)
                continue
            files.append((f"{number:03d}_{_qualified(table.schema, table.name)}.sql",
                          self.render_table(table, inline_fks)))
            number += 1
        if cyclic:
            files.append(("999_foreign_keys.sql",
                          "".join(self.compile(sa_schema.AddConstraint(fk)) for fk in cyclic)))
        return files

    def render_table(self, table: sa.Table, inline_fks: Iterable) -> str:
        try:
            sql = self.compile(sa_schema.CreateTable(
                table, include_foreign_key_constraints=inline_fks))
        except Exception as e:  # noqa: BLE001 - any compiler error, said with the model
            self.fail(table, e)
        for index in sorted(table.indexes, key=lambda i: i.name or ""):
            try:
                sql += self.compile(sa_schema.CreateIndex(index))
            except Exception as e:  # noqa: BLE001
                raise ModelRenderError(
                    f"cannot render index {index.name} of {_where(table, self.models)}: "
                    f"{type(e).__name__}: {e}") from e
        # PostgreSQL has no inline comments: COMMENT ON after the table, as create_all does.
        if table.comment:
            sql += self.compile(sa_schema.SetTableComment(table))
        for column in table.columns:
            if column.comment:
                try:
                    sql += self.compile(sa_schema.SetColumnComment(column))
                except Exception as e:  # noqa: BLE001
                    self.fail(table, e, column)
        return sql


def _broken_foreign_key(metadata: sa.MetaData) -> Optional[Tuple[sa.Table, sa.Column, str]]:
    """The first foreign key whose target cannot be resolved: (table, column, why)."""
    for table in metadata.tables.values():
        for fk in table.foreign_keys:
            try:
                fk.column
            except sa.exc.SQLAlchemyError as e:  # NoReferencedTable/ColumnError
                return table, fk.parent, f"ForeignKey({fk.target_fullname!r}): {e}"
    return None


def render_metadata(metadata: sa.MetaData) -> ModelFiles:
    """The metadata as (file name, DDL) pairs, loaded in this order."""
    renderer = _Renderer(metadata)
    try:
        return renderer.render()
    except ModelRenderError:
        raise
    except sa.exc.SQLAlchemyError as e:
        # Raised while sorting tables (sorted_tables, sort_tables_and_constraints): a
        # ForeignKey to a table or column the metadata does not hold.
        broken = _broken_foreign_key(metadata)
        if broken is not None:
            table, column, why = broken
            raise ModelRenderError(
                f"cannot render {_where(table, renderer.models, column)}: its foreign key "
                f"references what the models do not define: {why}") from e
        raise ModelRenderError(
            f"cannot render the models: {type(e).__name__}: {e}") from e


def render_models(spec: str, search_path: Optional[str] = None) -> ModelFiles:
    return render_metadata(load_metadata(spec, search_path))
