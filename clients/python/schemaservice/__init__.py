"""schemaservice: the Python client of SchemaService.

    from schemaservice import SchemaServiceClient, SchemaServiceError, pb

    with SchemaServiceClient("127.0.0.1:50051", project="app", token=...) as client:
        print(client.history("dev").current_version)
        for progress in client.apply("test"):
            print(progress.message)

The generated stubs (`schemaservice.v1.schema_service_pb2`, `..._pb2_grpc`) are made by the
build into build/python (python3-grpc-tools); this package finds them there, or in the folder
SCHEMASERVICE_PYTHON_STUBS names, and serves them as its own `schemaservice.v1` subpackage, so
`from schemaservice.v1 import schema_service_pb2` works beside the client.
"""
import os as _os

_HERE = _os.path.dirname(_os.path.abspath(__file__))


def _stubs_dir():
    configured = _os.environ.get("SCHEMASERVICE_PYTHON_STUBS")
    if configured:
        return configured
    # clients/python/schemaservice -> the repository's build/python
    return _os.path.normpath(_os.path.join(_HERE, "..", "..", "..", "build", "python"))


STUBS_DIR = _stubs_dir()
# The generated files live in STUBS_DIR/schemaservice/v1 and import themselves as
# `schemaservice.v1`: adding that folder to this package's path makes both halves one package.
_generated = _os.path.join(STUBS_DIR, "schemaservice")
if _generated not in __path__:
    __path__.append(_generated)

try:
    from schemaservice.v1 import schema_service_pb2 as pb  # noqa: E402
    from schemaservice.v1 import schema_service_pb2_grpc as pb_grpc  # noqa: E402
except ImportError as _e:  # pragma: no cover - depends on the machine
    raise ImportError(
        f"schemaservice: cannot load the gRPC stubs from {STUBS_DIR}: {_e}; build them "
        "(cmake --build build --target python_stubs, or scripts/build.sh) or set "
        "SCHEMASERVICE_PYTHON_STUBS to the folder holding schemaservice/v1") from _e

from schemaservice.client import (  # noqa: E402
    ClientConfigError,
    ProgressStream,
    SchemaServiceClient,
    SchemaServiceError,
    source_environment,
    source_inline,
    source_migrations,
    source_models,
)

__all__ = [
    "ClientConfigError",
    "ProgressStream",
    "SchemaServiceClient",
    "SchemaServiceError",
    "STUBS_DIR",
    "pb",
    "pb_grpc",
    "source_environment",
    "source_inline",
    "source_migrations",
    "source_models",
]
