"""A small typed client of SchemaService: one method per RPC.

Unary calls return the response message; streaming calls (apply, rollback, sync, backup,
verify_backup, restore, baseline) return a ProgressStream, an iterator of Progress whose last
event carries the summary. Every call has a deadline (`timeout`, per client and per call);
failures raise SchemaServiceError carrying the gRPC code's name and the server's message.

The bearer token travels as `authorization: Bearer TOKEN` metadata rather than as call
credentials, which gRPC refuses on a plaintext channel (fine on loopback).
"""
import math
from typing import Iterable, Iterator, Optional, Sequence, Tuple, Union

import grpc

from schemaservice.v1 import schema_service_pb2 as pb
from schemaservice.v1 import schema_service_pb2_grpc as pb_grpc

# Unary calls answer quickly; streaming ones wait for locks, dump databases and build
# indexes: an hour, as schemactl, unless the caller says otherwise.
DEFAULT_TIMEOUT = 30.0
DEFAULT_STREAM_TIMEOUT = 3600.0

PathOrBytes = Union[str, bytes, None]
ModelFiles = Sequence[Tuple[str, str]]  # (name shown in load errors, DDL text)


class SchemaServiceError(Exception):
    """A call that failed: `code` is the gRPC code's name ("FAILED_PRECONDITION", ...),
    `message` the server's message (what to do next)."""

    def __init__(self, code: str, message: str, status: Optional[grpc.StatusCode] = None):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status

    @classmethod
    def from_rpc_error(cls, error: grpc.RpcError) -> "SchemaServiceError":
        status = error.code() if hasattr(error, "code") else grpc.StatusCode.UNKNOWN
        details = (error.details() if hasattr(error, "details") else str(error)) or ""
        return cls(status.name, details, status)


class ClientConfigError(ValueError):
    """A local problem before any call: an unreadable token or TLS file, a bad combination
    of options. Messages name the file, never its content."""


def _read_secret(value: PathOrBytes, what: str) -> Optional[bytes]:
    """bytes are the content itself; str is a file path."""
    if value is None:
        return None
    if isinstance(value, bytes):
        data = value
    else:
        try:
            with open(value, "rb") as f:
                data = f.read()
        except OSError as e:
            raise ClientConfigError(
                f"cannot read the {what} file {value}: {e.strerror or e}") from None
        if not data.strip():
            raise ClientConfigError(f"the {what} file {value} is empty")
    return data.strip()


def _check_pem(data: bytes, value: PathOrBytes, what: str, key: bool) -> bytes:
    """gRPC takes any bytes as a CA or key and only fails at call time (or, for a CA,
    quietly): a PEM block of the expected label is checked first, as schemactl does."""
    text = data.decode("latin-1")
    at = text.find("-----BEGIN ")
    while at != -1:
        end = text.find("-----", at + 11)
        if end == -1:
            break
        label = text[at + 11:end]
        if (label.endswith("PRIVATE KEY") if key else label == "CERTIFICATE"):
            return data
        at = text.find("-----BEGIN ", at + 1)
    source = f"the {what} file {value}" if isinstance(value, str) else \
        f"the {what} value (bytes)"
    raise ClientConfigError(
        f"{source} is not a PEM {'private key' if key else 'certificate'}: it has no "
        f"{'-----BEGIN ... PRIVATE KEY-----' if key else '-----BEGIN CERTIFICATE-----'} line")


def _read_pem(value: PathOrBytes, what: str, key: bool = False) -> Optional[bytes]:
    data = _read_secret(value, what)
    return None if data is None else _check_pem(data, value, what, key)


def check_timeout(value, what: str = "timeout") -> float:
    """A deadline in seconds: a positive, finite number (0 is not "no deadline")."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or \
            not math.isfinite(value) or value <= 0:
        raise ClientConfigError(f"{what} {value!r}: expected a positive, finite number of "
                                "seconds")
    return float(value)


def check_token(token: str, source: str) -> str:
    # A header value: printable ASCII without spaces. Never repeat the token in the message.
    if not token or not all(33 <= ord(c) <= 126 for c in token):
        raise ClientConfigError(
            f"the token from {source} holds characters a bearer token cannot carry "
            "(expected printable ASCII without spaces)")
    return token


def source_environment(name: str) -> "pb.SchemaSource":
    return pb.SchemaSource(environment=name)


def source_models() -> "pb.SchemaSource":
    return pb.SchemaSource(models=pb.ModelsSource())


def source_migrations(up_to_version: str = "") -> "pb.SchemaSource":
    return pb.SchemaSource(migrations=pb.MigrationsSource(up_to_version=up_to_version))


def inline_models(files: ModelFiles) -> "pb.InlineModels":
    return pb.InlineModels(files=[pb.ModelFile(name=n, sql=s) for n, s in files])


def source_inline(files: ModelFiles) -> "pb.SchemaSource":
    return pb.SchemaSource(inline_models=inline_models(files))


class ProgressStream:
    """The Progress events of a streaming call, as they arrive. Iterating raises
    SchemaServiceError when the call ends with an error; `summary` is the last event's
    summary once the stream is done. Leaving a `with` block early cancels the call (the
    server stops between statements)."""

    def __init__(self, call):
        self._call = call
        self.last: Optional[pb.Progress] = None

    def __iter__(self) -> Iterator["pb.Progress"]:
        try:
            for progress in self._call:
                if progress.HasField("summary"):
                    self.last = progress
                yield progress
        except grpc.RpcError as e:
            raise SchemaServiceError.from_rpc_error(e) from None

    def drain(self) -> Optional["pb.Progress"]:
        """Reads to the end; the last event carrying a summary (None if none came)."""
        for _ in self:
            pass
        return self.last

    @property
    def summary(self) -> Optional["pb.Summary"]:
        return self.last.summary if self.last is not None else None

    def cancel(self) -> None:
        self._call.cancel()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.cancel()
        return False


class SchemaServiceClient:
    """One channel to schemad. `project` is the default project of every call.

    TLS turns on with `tls_ca` (PEM CA of the server's certificate) or `tls_cert` +
    `tls_key` (mutual TLS); each is a file path or the PEM bytes. `token` (or `token_file`)
    is the bearer token. `timeout` is the default deadline of unary calls in seconds,
    `stream_timeout` that of streaming ones; every method also takes `timeout=`."""

    def __init__(self, server: str = "127.0.0.1:50051", project: str = "", *,
                 token: Optional[str] = None, token_file: Optional[str] = None,
                 tls_ca: PathOrBytes = None, tls_cert: PathOrBytes = None,
                 tls_key: PathOrBytes = None, tls_server_name: Optional[str] = None,
                 timeout: float = DEFAULT_TIMEOUT,
                 stream_timeout: float = DEFAULT_STREAM_TIMEOUT,
                 request_id: str = ""):
        self.server = server
        self.project = project
        self.timeout = check_timeout(timeout, "timeout")
        self.stream_timeout = check_timeout(stream_timeout, "stream_timeout")
        self.request_id = request_id
        if token_file:
            raw = _read_secret(token_file, "token")
            try:
                token = raw.decode("ascii")
            except UnicodeDecodeError:
                token = "\n"  # refused below, without echoing it
            token = check_token(token, f"--token-file {token_file}")
        elif token is not None:
            token = check_token(token.strip(), "the token option")
        self._metadata = [("authorization", f"Bearer {token}")] if token else []
        self.tls = bool(tls_ca or tls_cert)
        # Diff responses of large models pass gRPC's 4 MiB default; the server bounds its work.
        options = [("grpc.max_receive_message_length", -1)]
        if not self.tls:
            self._channel = grpc.insecure_channel(server, options=options)
        else:
            if bool(tls_cert) != bool(tls_key):
                raise ClientConfigError("--tls-cert and --tls-key go together (mutual TLS)")
            credentials = grpc.ssl_channel_credentials(
                root_certificates=_read_pem(tls_ca, "--tls-ca"),
                private_key=_read_pem(tls_key, "--tls-key", key=True),
                certificate_chain=_read_pem(tls_cert, "--tls-cert"))
            if tls_server_name:
                options.append(("grpc.ssl_target_name_override", tls_server_name))
            self._channel = grpc.secure_channel(server, credentials, options=options)
        self.stub = pb_grpc.SchemaServiceStub(self._channel)

    # -- plumbing -------------------------------------------------------------------------

    def close(self) -> None:
        self._channel.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def _project(self, project: Optional[str]) -> str:
        return project if project is not None else self.project

    def _unary(self, method, request, timeout):
        try:
            return method(request, timeout=self._timeout(timeout, self.timeout),
                          metadata=self._metadata)
        except grpc.RpcError as e:
            raise SchemaServiceError.from_rpc_error(e) from None

    def _stream(self, method, request, timeout) -> ProgressStream:
        call = method(request, timeout=self._timeout(timeout, self.stream_timeout),
                      metadata=self._metadata)
        return ProgressStream(call)

    @staticmethod
    def _timeout(timeout: Optional[float], default: float) -> float:
        return default if timeout is None else check_timeout(timeout)

    def _rid(self, request_id: str) -> str:
        return request_id or self.request_id

    # -- one method per RPC ---------------------------------------------------------------

    def diff(self, from_: "pb.SchemaSource", to: "pb.SchemaSource", *,
             schemas: Iterable[str] = (), online: bool = False, renames: Iterable[str] = (),
             project: Optional[str] = None, timeout: Optional[float] = None) -> "pb.DiffResponse":
        """renames: hints "[KIND:]OLD=NEW" (e.g. "public.users.nick=nickname")."""
        request = pb.DiffRequest(project=self._project(project), to=to, schemas=list(schemas),
                                 online=online, renames=list(renames))
        getattr(request, "from").CopyFrom(from_)  # "from" is a Python keyword
        return self._unary(self.stub.Diff, request, timeout)

    def generate(self, message: str, *, online: bool = False, dry_run: bool = False,
                 models: Optional[ModelFiles] = None, renames: Iterable[str] = (),
                 project: Optional[str] = None,
                 timeout: Optional[float] = None) -> "pb.GenerateResponse":
        """renames: hints "[KIND:]OLD=NEW"; the drop + create they name becomes a rename."""
        request = pb.GenerateRequest(project=self._project(project), message=message,
                                     online=online, dry_run=dry_run, renames=list(renames))
        if models is not None:
            request.models.CopyFrom(inline_models(models))
        return self._unary(self.stub.Generate, request, timeout)

    def apply(self, environment: str, *, target_version: str = "", dry_run: bool = False,
              allow_out_of_order: bool = False, request_id: str = "",
              project: Optional[str] = None, timeout: Optional[float] = None) -> ProgressStream:
        return self._stream(self.stub.Apply, pb.ApplyRequest(
            project=self._project(project), environment=environment,
            target_version=target_version, dry_run=dry_run,
            allow_out_of_order=allow_out_of_order, request_id=self._rid(request_id)), timeout)

    def rollback(self, environment: str, *, steps: int = 0, to_version: str = "",
                 confirm_data_loss: bool = False, dry_run: bool = False, request_id: str = "",
                 project: Optional[str] = None, timeout: Optional[float] = None) -> ProgressStream:
        return self._stream(self.stub.Rollback, pb.RollbackRequest(
            project=self._project(project), environment=environment, steps=steps,
            to_version=to_version, confirm_data_loss=confirm_data_loss, dry_run=dry_run,
            request_id=self._rid(request_id)), timeout)

    def sync(self, environment: str, *, confirm_schema_hash: str = "",
             confirm_data_loss: bool = False, online: bool = False,
             models: Optional[ModelFiles] = None, renames: Iterable[str] = (),
             request_id: str = "",
             project: Optional[str] = None, timeout: Optional[float] = None) -> ProgressStream:
        """Without confirm_schema_hash: the plan only (summary.statements, summary.schema_hash);
        with it: runs exactly that plan. renames: hints "[KIND:]OLD=NEW"."""
        request = pb.SyncRequest(
            project=self._project(project), environment=environment,
            confirm_schema_hash=confirm_schema_hash, confirm_data_loss=confirm_data_loss,
            online=online, renames=list(renames), request_id=self._rid(request_id))
        if models is not None:
            request.models.CopyFrom(inline_models(models))
        return self._stream(self.stub.Sync, request, timeout)

    def backup(self, environment: str, *, reason: str = "", request_id: str = "",
               project: Optional[str] = None, timeout: Optional[float] = None) -> ProgressStream:
        return self._stream(self.stub.Backup, pb.BackupRequest(
            project=self._project(project), environment=environment, reason=reason,
            request_id=self._rid(request_id)), timeout)

    def list_backups(self, environment: str, *, project: Optional[str] = None,
                     timeout: Optional[float] = None) -> "pb.ListBackupsResponse":
        return self._unary(self.stub.ListBackups, pb.ListBackupsRequest(
            project=self._project(project), environment=environment), timeout)

    def verify_backup(self, environment: str, backup_id: str, *, request_id: str = "",
                      project: Optional[str] = None,
                      timeout: Optional[float] = None) -> ProgressStream:
        return self._stream(self.stub.VerifyBackup, pb.VerifyBackupRequest(
            project=self._project(project), environment=environment, backup_id=backup_id,
            request_id=self._rid(request_id)), timeout)

    def restore(self, environment: str, backup_id: str, *, new_database: str = "",
                confirm_overwrite: bool = False, confirm_environment: str = "",
                request_id: str = "", project: Optional[str] = None,
                timeout: Optional[float] = None) -> ProgressStream:
        """Into `new_database`, or in place with confirm_overwrite and confirm_environment
        equal to `environment`."""
        return self._stream(self.stub.Restore, pb.RestoreRequest(
            project=self._project(project), environment=environment, backup_id=backup_id,
            new_database=new_database, confirm_overwrite=confirm_overwrite,
            confirm_environment=confirm_environment, request_id=self._rid(request_id)), timeout)

    def history(self, environment: str = "", *, event_limit: int = 0,
                project: Optional[str] = None,
                timeout: Optional[float] = None) -> "pb.HistoryResponse":
        return self._unary(self.stub.History, pb.HistoryRequest(
            project=self._project(project), environment=environment,
            event_limit=event_limit), timeout)

    def new_migration(self, message: str, *, project: Optional[str] = None,
                      timeout: Optional[float] = None) -> "pb.GenerateResponse":
        return self._unary(self.stub.NewMigration, pb.NewMigrationRequest(
            project=self._project(project), message=message), timeout)

    def rehash(self, *, project: Optional[str] = None,
               timeout: Optional[float] = None) -> "pb.RehashResponse":
        return self._unary(self.stub.Rehash, pb.RehashRequest(project=self._project(project)),
                           timeout)

    def resolve(self, environment: str, version: str, as_: Union[str, int], *,
                request_id: str = "", project: Optional[str] = None,
                timeout: Optional[float] = None) -> "pb.ResolveResponse":
        """as_: "applied", "rolled-back" or a pb.ResolveAs value."""
        if isinstance(as_, str):
            names = {"applied": pb.RESOLVE_AS_APPLIED, "rolled-back": pb.RESOLVE_AS_ROLLED_BACK,
                     "rolled_back": pb.RESOLVE_AS_ROLLED_BACK}
            if as_ not in names:
                raise ClientConfigError(f"resolve as {as_!r}: expected applied or rolled-back")
            as_ = names[as_]
        request = pb.ResolveRequest(project=self._project(project), environment=environment,
                                    version=version, request_id=self._rid(request_id))
        setattr(request, "as", as_)  # "as" is a Python keyword
        return self._unary(self.stub.Resolve, request, timeout)

    def baseline(self, environment: str, version: str, *, request_id: str = "",
                 project: Optional[str] = None, timeout: Optional[float] = None) -> ProgressStream:
        return self._stream(self.stub.Baseline, pb.BaselineRequest(
            project=self._project(project), environment=environment, version=version,
            request_id=self._rid(request_id)), timeout)

