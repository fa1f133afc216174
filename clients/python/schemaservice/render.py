"""How responses are shown, in Python: the one definition manage_db.py and other tools share.

The text is schemactl's, line for line (clients/cpp/schemactl.cc RenderDiff,
clients/cpp/render.cc): plans with their hazards as SQL comments, history and backups as
aligned tables, progress as a bar on a terminal or one timestamped line per event otherwise,
and protobuf's JSON mapping (.proto field names, defaults included) for --format json.
"""
import json
from typing import List, Sequence, TextIO

from google.protobuf import json_format

from schemaservice.v1 import schema_service_pb2 as pb

BAR_WIDTH = 30


def comment_text(text: str) -> str:
    """`text` safe for the rest of a `-- ` comment line, as plan::CommentText: \\n and \\r
    escaped, other control characters as \\xNN, so a name holding a newline cannot end the
    comment and start a live statement."""
    out = []
    for ch in text:
        if ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out)


def printable(text: str) -> str:
    """Text a caller chose (a backup's reason) on someone else's terminal: control
    characters shown as `?`."""
    return "".join("?" if ord(c) < 0x20 or ord(c) == 0x7F else c for c in text)


def hazard_kind(kind: int) -> str:
    return pb.HazardKind.Name(kind)[len("HAZARD_KIND_"):]


def render_hazard(h: "pb.Hazard") -> str:
    severity = pb.Severity.Name(h.severity)[len("SEVERITY_"):].lower()
    line = (f"-- hazard {hazard_kind(h.kind)} ({severity}, {comment_text(h.rule)}): "
            f"{comment_text(h.message)}")
    if h.safer_alternative:
        line += f"; safer: {comment_text(h.safer_alternative)}"
    return line + "\n"


def render_statements(title: str, statements: Sequence["pb.Statement"],
                      warnings: Sequence[str] = ()) -> str:
    """A plan as schemactl prints it: a title, warnings, then each statement preceded by its
    description and hazards; `-- no differences` when empty."""
    out = f"-- {comment_text(title)}\n"
    for w in warnings:
        out += f"-- warning: {comment_text(w)}\n"
    if not statements:
        return out + "-- no differences\n"
    out += "\n"
    for st in statements:
        out += f"-- {comment_text(st.description)}\n"
        for h in st.hazards:
            out += render_hazard(h)
        if not st.transactional:
            out += "-- schemaservice:no-transaction\n"
        out += f"{st.sql};\n\n"
    return out


def render_diff(response: "pb.DiffResponse", title: str, down: bool = False) -> str:
    return render_statements(title, response.down_statements if down else response.statements,
                             response.warnings)


def data_loss_statements(statements: Sequence["pb.Statement"]) -> List[str]:
    """Descriptions of the statements that delete data."""
    return [st.description for st in statements
            if any(h.kind == pb.HAZARD_KIND_DATA_LOSS for h in st.hazards)]


def time_text(ts) -> str:
    if ts.seconds == 0 and ts.nanos == 0:
        return "-"
    return ts.ToJsonString()


def state_name(state: int) -> str:
    return pb.MigrationState.Name(state)[len("MIGRATION_STATE_"):].lower()


def table(rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell; the last column is not padded."""
    widths: List[int] = []
    for row in rows:
        widths.extend([0] * (len(row) - len(widths)))
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    out = ""
    for row in rows:
        for i, cell in enumerate(row):
            out += cell
            if i + 1 < len(row):
                out += " " * (widths[i] - len(cell) + 2)
        out += "\n"
    return out


def render_history(project: str, history: "pb.HistoryResponse") -> str:
    out = ""
    for env in history.environments:
        if out:
            out += "\n"
        out += f"project {project}, environment {env.environment}: "
        if not env.entries:
            out += "no migrations applied yet and none in the store\n"
        else:
            out += (f"current version {env.current_version or 'none'}, {env.pending} pending, "
                    f"{env.failed} failed\n")
            rows = [["VERSION", "STATE", "APPLIED AT", "BY", "MS", "MESSAGE"]]
            for e in env.entries:
                note = e.message
                if e.error:
                    note += f" ({e.error})"
                if e.state == pb.MIGRATION_STATE_TAMPERED:
                    note += f" (applied {e.checksum}, file now {e.file_checksum})"
                ran = e.state != pb.MIGRATION_STATE_PENDING
                rows.append([e.version, state_name(e.state),
                             time_text(e.started_at) if ran else "-",
                             e.applied_by if ran else "-",
                             str(e.duration_ms) if ran else "-", note])
            out += table(rows)
        for p in env.problems:
            out += f"PROBLEM: {p}\n"
        if env.events:
            rows = [["EVENT", "AT", "OPERATION", "OUTCOME", "CALLER", "DETAIL"]]
            for e in env.events:
                rows.append([str(e.id), time_text(e.at), e.operation, e.outcome, e.caller,
                             e.detail])
            out += "\n" + table(rows)
    return out


def render_backups(where: str, response: "pb.ListBackupsResponse") -> str:
    if not response.backups:
        return f"no backups of {where}\n"
    rows = [["ID", "CREATED", "SIZE", "SCHEMA VERSION", "VERIFIED", "BY", "REASON"]]
    for b in response.backups:
        rows.append([b.id, time_text(b.created_at), str(b.size_bytes),
                     b.history_version or "none", printable(b.verification),
                     printable(b.caller), printable(b.reason)])
    return f"backups of {where}, newest first:\n" + table(rows)


def to_dict(message) -> dict:
    """A message as a JSON-ready dict, like schemactl's: .proto field names, defaults kept."""
    try:
        return json_format.MessageToDict(message, preserving_proto_field_name=True,
                                         including_default_value_fields=True)
    except TypeError:  # protobuf >= 5 renamed the flag
        return json_format.MessageToDict(message, preserving_proto_field_name=True,
                                         always_print_fields_with_no_presence=True)


def render_json(message_or_document) -> str:
    document = message_or_document
    if hasattr(message_or_document, "DESCRIPTOR"):
        document = to_dict(message_or_document)
    return json.dumps(document, indent=2)


class ProgressPrinter:
    """Progress of a streaming call as it arrives: on a terminal a bar redrawn in place (a
    line per migration and per notable event), otherwise one timestamped line per event, as
    the logs of a k8s Job read."""

    def __init__(self, out: TextIO, terminal: bool):
        self.out = out
        self.terminal = terminal
        self._bar_open = False
        self._last_width = 0

    def end_bar(self) -> None:
        if self._bar_open:
            self.out.write("\n")
        self._bar_open = False
        self.out.flush()

    def _redraw(self, line: str) -> None:
        if len(line) < self._last_width:
            line += " " * (self._last_width - len(line))
        self._last_width = len(line)
        self.out.write(line)
        self.out.flush()
        self._bar_open = True

    def print(self, p: "pb.Progress") -> None:
        has_summary = p.HasField("summary")
        per_statement = p.statement_count > 0 and not has_summary
        if not self.terminal:
            line = time_text(p.at)
            if p.total_steps > 0:
                line += f" [{p.step}/{p.total_steps}]"
            self.out.write(f"{line} {p.message}\n")
            self.out.flush()
            return
        if p.bytes_done > 0 and not has_summary:
            # Backups and restores: bytes, redrawn in place (the total is unknown while dumping).
            line = "\r" + p.message
            if p.bytes_total > 0:
                filled = min(max(int(p.bytes_done / p.bytes_total * BAR_WIDTH), 0), BAR_WIDTH)
                line = f"\r[{'#' * filled}{' ' * (BAR_WIDTH - filled)}] {p.message}"
            self._redraw(line)
            return
        if not per_statement or p.total_steps == 0:
            self.end_bar()
            if p.total_steps > 0:
                self.out.write(f"[{p.step}/{p.total_steps}] ")
            self.out.write(p.message + "\n")
            self.out.flush()
            return
        # A bar over the migrations, redrawn in place; the statement within it after.
        done = (p.step - 1 + p.statement_index / max(1, p.statement_count)) / p.total_steps
        filled = min(max(int(done * BAR_WIDTH), 0), BAR_WIDTH)
        self._redraw(f"\r[{'#' * filled}{' ' * (BAR_WIDTH - filled)}] {p.step}/{p.total_steps} "
                     f"{p.version} statement {p.statement_index}/{p.statement_count}")
