"""The team guide end to end through clients/python/scripts/manage_db.py, with SQLAlchemy
models as the source (examples/sqlalchemy_app): sync-dev-schema -> detect-schema-changes ->
prepare-migration -> apply-migrations test and prod -> create-backup -> show-all-migrations ->
rollback-db-migration, then a model change travelling the same way, and restore.

The test starts its own throw-away PostgreSQL (initdb into a temporary folder, loopback and a
unix socket in that folder only; as root it runs as the postgres account) holding the three
environment databases, and the real schemad on a copy of the example's schemad.yaml whose
`database: embedded` lines become those databases. Every step is checked by its effect: files
in the migration store, tables, columns, types and comments read with psql, backups listed.
Everything started is stopped at the end.

Run: python3 -m pytest -q tests/python_guide_test.py (ctest runs it as python_guide_test).
Settings: SCHEMASERVICE_BUILD_DIR (default ./build: schemad and python/ stubs),
SCHEMASERVICE_PYTHON_STUBS, PG_BIN_DIR (default /usr/lib/postgresql/15/bin).
"""
import json
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("SCHEMASERVICE_BUILD_DIR") or os.path.join(REPO, "build")
SCHEMAD = os.path.join(BUILD, "schemad")
SCHEMACTL = os.path.join(BUILD, "schemactl")
STUBS = os.environ.get("SCHEMASERVICE_PYTHON_STUBS") or os.path.join(BUILD, "python")
PG_BIN = os.environ.get("PG_BIN_DIR") or "/usr/lib/postgresql/15/bin"
MANAGE_DB = os.path.join(REPO, "clients", "python", "scripts", "manage_db.py")
EXAMPLE = os.path.join(REPO, "examples", "sqlalchemy_app")
PASSWORD_ENV = "PYTHON_GUIDE_TEST_PGPASSWORD"
CALL_TIMEOUT = 300  # seconds for one manage_db.py run

sys.path.insert(0, os.path.join(REPO, "clients", "python"))
os.environ.setdefault("SCHEMASERVICE_PYTHON_STUBS", STUBS)


def as_postgres():
    """subprocess keyword arguments that run a PostgreSQL program as an unprivileged account
    when we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return {}
    pw = pwd.getpwnam("postgres")
    return {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    """A throw-away server: initdb into `folder`, loopback and a socket in `folder` only."""

    def __init__(self, folder):
        self.folder = folder
        self.data = os.path.join(folder, "data")
        self.password = os.urandom(12).hex()
        self.port = free_port()
        os.makedirs(self.data, mode=0o700)
        pwfile = os.path.join(folder, "pwfile")
        with open(pwfile, "w") as f:
            f.write(self.password + "\n")
        if os.geteuid() == 0:
            pw = pwd.getpwnam("postgres")
            for path in (self.data, pwfile, folder):
                os.chown(path, pw.pw_uid, pw.pw_gid)
        self._run([os.path.join(PG_BIN, "initdb"), "-D", self.data, "-U", "postgres",
                   "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--no-sync"])
        os.remove(pwfile)
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {folder} "
                   "-c fsync=off -c max_connections=60")
        self._run([os.path.join(PG_BIN, "pg_ctl"), "-D", self.data, "-l",
                   os.path.join(folder, "log"), "-o", options, "-w", "-t", "60", "start"])
        self.started = True

    def _run(self, argv):
        r = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=self.folder,
                           **as_postgres())
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)}: exit {r.returncode}\n{r.stdout}{r.stderr}")

    def stop(self):
        if self.started:
            self._run([os.path.join(PG_BIN, "pg_ctl"), "-D", self.data, "-m", "fast", "-w",
                       "stop"])
            self.started = False

    def psql(self, dbname, sql):
        """The query's rows, `|`-separated, one per line (psql -At)."""
        r = subprocess.run(
            [os.path.join(PG_BIN, "psql"), "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h",
             "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", dbname, "-c", sql],
            capture_output=True, text=True, timeout=60,
            env={**os.environ, "PGPASSWORD": self.password, "PGCONNECT_TIMEOUT": "10"})
        assert r.returncode == 0, f"psql {dbname}: {sql}\n{r.stderr}"
        return r.stdout.strip()


class Schemad:
    """The real schemad on `config`, listening on kernel-picked loopback ports."""

    def __init__(self, work, config, env):
        self.ready = os.path.join(work, "ready")
        self.log = open(os.path.join(work, "schemad.log"), "w")
        self.process = subprocess.Popen(
            [SCHEMAD, "--config", config, "--listen", "127.0.0.1:0", "--metrics-listen",
             "127.0.0.1:0", "--ready-file", self.ready],
            stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env={**os.environ, **env})
        deadline = time.monotonic() + 90
        while not os.path.exists(self.ready):
            if self.process.poll() is not None:
                raise RuntimeError(f"schemad exited during start-up:\n{self.output()}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"schemad was not ready in 90 s:\n{self.output()}")
            time.sleep(0.1)
        with open(self.ready) as f:
            fields = dict(line.strip().split("=", 1) for line in f if "=" in line)
        self.address = fields["grpc"]

    def output(self):
        self.log.flush()
        with open(self.log.name) as f:
            return f.read()[-4000:]

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def schemad_config(example_config, app_dir, backup_dir, pg):
    """The example's schemad.yaml, its `database: embedded` lines mapped to databases of the
    test's server, and a backup folder: the policies are the example's own."""
    out, env = [], None
    for line in example_config.splitlines():
        m = re.match(r"^      ([a-z0-9_-]+):\s*$", line)
        if m:
            env = m.group(1)
        if line.strip() == "database: embedded":
            out += ["        database:", "          host: 127.0.0.1",
                    f"          port: {pg.port}", f"          dbname: app_{env}",
                    "          user: postgres", f"          password_env: {PASSWORD_ENV}"]
            continue
        if line.strip().startswith("models_dir:"):
            line = f"    models_dir: {app_dir}/models"
        if line.strip().startswith("migrations_dir:"):
            line = f"    migrations_dir: {app_dir}/migrations\n    backup_dir: {backup_dir}"
        out.append(line)
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def stack():
    for path, what in ((SCHEMAD, "schemad"), (os.path.join(STUBS, "schemaservice", "v1"),
                                               "the Python stubs"),
                       (os.path.join(PG_BIN, "initdb"), "initdb")):
        if not os.path.exists(path):
            pytest.fail(f"{what} not found at {path}: build first (cmake --build build "
                        "--target schemad python_stubs) or set SCHEMASERVICE_BUILD_DIR")
    work = tempfile.mkdtemp(prefix="python-guide-")
    os.chmod(work, 0o755)  # as root, PostgreSQL's account must enter it
    pg = schemad = None
    try:
        pg = Postgres(os.path.join(work, "pg"))
        for env in ("dev", "test", "prod"):
            pg.psql("postgres", f"CREATE DATABASE app_{env}")
        app = os.path.join(work, "app")
        # A copy: prepare-migration writes into the project's migrations folder, and the test
        # edits a model.
        shutil.copytree(EXAMPLE, app, ignore=shutil.ignore_patterns("__pycache__"))
        backups = os.path.join(work, "backups")
        os.makedirs(backups)
        with open(os.path.join(EXAMPLE, "schemad.yaml")) as f:
            config = schemad_config(f.read(), app, backups, pg)
        config_file = os.path.join(work, "schemad.yaml")
        with open(config_file, "w") as f:
            f.write(config)
        schemad = Schemad(work, config_file, {PASSWORD_ENV: pg.password,
                                              "SCHEMAD_STATE_DIR": os.path.join(work, "state")})
        yield {"pg": pg, "schemad": schemad, "app": app, "backups": backups, "work": work}
    finally:
        if schemad is not None:
            schemad.stop()
        if pg is not None:
            pg.stop()
        shutil.rmtree(work, ignore_errors=True)


def manage_db(stack, *args, cwd=None):
    """manage_db.py --server ADDRESS ARGS from the app's folder (its pyproject.toml names the
    models and the project), stdin not a terminal, no SCHEMACTL_* settings of the caller."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCHEMACTL_")}
    env.update({"SCHEMASERVICE_PYTHON_STUBS": STUBS, "PYTHONDONTWRITEBYTECODE": "1"})
    # In the app's folder, the guide's spelling: `python scripts/manage_db.py` (the app's
    # entry point, which runs the client's); elsewhere the client's script itself.
    env["SCHEMASERVICE_CLIENT_DIR"] = os.path.join(REPO, "clients", "python")
    script = MANAGE_DB if cwd else os.path.join("scripts", "manage_db.py")
    r = subprocess.run([sys.executable, script, "--server", stack["schemad"].address, *args],
                       cwd=cwd or stack["app"], env=env, stdin=subprocess.DEVNULL,
                       capture_output=True, text=True, timeout=CALL_TIMEOUT)
    r.log = f"manage_db.py {' '.join(args)}: exit {r.returncode}\n--- stdout\n{r.stdout}" \
            f"--- stderr\n{r.stderr}"
    return r


def schemactl(stack, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCHEMACTL_")}
    r = subprocess.run([SCHEMACTL, "--server", stack["schemad"].address, "--project", "app",
                        *args], env=env, stdin=subprocess.DEVNULL, capture_output=True,
                       text=True, timeout=CALL_TIMEOUT)
    r.log = f"schemactl {' '.join(args)}: exit {r.returncode}\n--- stdout\n{r.stdout}" \
            f"--- stderr\n{r.stderr}"
    return r


def on_a_terminal(stack, args, answer, cwd):
    """manage_db.py with stdin and stderr on a pseudo-terminal, `answer` typed in: (exit
    code, what the terminal showed)."""
    import pty
    import select
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCHEMACTL_")}
    env.update({"SCHEMASERVICE_PYTHON_STUBS": STUBS, "PYTHONDONTWRITEBYTECODE": "1"})
    process = subprocess.Popen([sys.executable, MANAGE_DB, "--server",
                                stack["schemad"].address, *args], cwd=cwd, env=env,
                               stdin=slave, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    os.write(master, answer.encode())
    shown = b""
    deadline = time.monotonic() + CALL_TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the other side closed
                break
            if not chunk:
                break
            shown += chunk
        elif process.poll() is not None:
            break
    code = process.wait(timeout=30)
    os.close(master)
    return code, shown.decode(errors="replace")


def tables(pg, db):
    return set(pg.psql(db, "SELECT schemaname || '.' || tablename FROM pg_tables WHERE "
                           "schemaname IN ('public', 'audit') ORDER BY 1").splitlines())


def columns(pg, db, table):
    return pg.psql(db, "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                       f"information_schema.columns WHERE table_schema = 'public' AND "
                       f"table_name = '{table}'").split(",")


EXAMPLE_TABLES = {"audit.events", "public.customers", "public.products", "public.orders",
                  "public.order_lines"}


def versions(app, suffix):
    folder = os.path.join(app, "migrations", "versions")
    return sorted(f for f in os.listdir(folder) if f.endswith(suffix)) if os.path.isdir(
        folder) else []


def test_the_guide_from_sqlalchemy_models(stack):
    pg, app = stack["pg"], stack["app"]

    # sync-dev-schema off a terminal without --yes: the plan is shown, nothing runs (exit 2).
    r = manage_db(stack, "sync-dev-schema")
    assert r.returncode == 2, r.log
    assert "confirm with --yes" in r.stderr, r.log
    assert "-- sync-dev-schema: models -> dev database" in r.stdout, r.log
    assert "CREATE TABLE public.customers" in r.stdout, r.log
    assert tables(pg, "app_dev") == set(), r.log

    # sync-dev-schema --yes: dev equals the SQLAlchemy models.
    r = manage_db(stack, "sync-dev-schema", "--yes")
    assert r.returncode == 0, r.log
    assert tables(pg, "app_dev") == EXAMPLE_TABLES, r.log
    assert pg.psql("app_dev", "SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) "
                              "FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
                              "WHERE t.typname = 'order_status'") == \
        "pending,paid,shipped,cancelled"
    assert pg.psql("app_dev", "SELECT to_regclass('public.invoice_number_seq') IS NOT NULL") == "t"
    assert pg.psql("app_dev", "SELECT indexdef FROM pg_indexes WHERE indexname = "
                              "'ix_customers_lower_email'") == \
        "CREATE UNIQUE INDEX ix_customers_lower_email ON public.customers USING btree (lower(email))"
    assert pg.psql("app_dev", "SELECT obj_description('public.customers'::regclass)") == \
        "People who buy from the shop"
    assert pg.psql("app_dev", "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname"
                              " = 'fk_orders_customer_id_customers'") == \
        "FOREIGN KEY (customer_id) REFERENCES customers(id) ON DELETE CASCADE"
    assert pg.psql("app_dev", "SELECT column_default FROM information_schema.columns WHERE "
                              "table_name = 'orders' AND column_name = 'status'") == \
        "'pending'::order_status"

    # detect-schema-changes: no migration yet, so the next one holds everything; dev has no
    # drift. Exit 3: differences.
    r = manage_db(stack, "detect-schema-changes")
    assert r.returncode == 3, r.log
    next_migration, drift = r.stdout.split("-- models vs the dev database")
    assert "CREATE TABLE public.orders" in next_migration, r.log
    assert "-- no differences" in drift, r.log

    # prepare-migration: the migration is written into the store.
    r = manage_db(stack, "prepare-migration", "-m", "initial schema")
    assert r.returncode == 0, r.log
    up = versions(app, "_initial_schema.up.sql")
    assert len(up) == 1 and versions(app, "_initial_schema.down.sql"), r.log
    assert f"wrote versions/{up[0]}" in r.stdout or up[0] in r.stdout, r.log
    with open(os.path.join(app, "migrations", "versions", up[0])) as f:
        assert "CREATE TYPE public.order_status" in f.read()
    r = manage_db(stack, "detect-schema-changes")
    assert r.returncode == 0, r.log  # models = migrations = dev

    # apply-migrations: prod first is refused (require_tested_in: test), then test, then prod
    # (backup_before_apply takes a backup).
    r = manage_db(stack, "apply-migrations", "--env", "prod")
    assert r.returncode == 1, r.log
    assert "manage_db: FAILED_PRECONDITION: " in r.stderr, r.log
    assert tables(pg, "app_prod") == set()
    r = manage_db(stack, "apply-migrations", "--env", "test")
    assert r.returncode == 0, r.log
    assert re.search(r"^\d{4}-\d\d-\d\dT\S+ \[1/1\] ", r.stderr, re.M), r.log  # one line/event
    assert tables(pg, "app_test") == EXAMPLE_TABLES
    r = manage_db(stack, "apply-migrations", "--env", "prod")
    assert r.returncode == 0, r.log
    assert tables(pg, "app_prod") == EXAMPLE_TABLES
    r = manage_db(stack, "--format", "json", "list-backups", "--env", "prod")
    assert r.returncode == 0, r.log
    assert len(json.loads(r.stdout)["backups"]) == 1, r.log  # taken before the apply

    # The models change: customers get a preferences field. Dev first, with a row in it.
    pg.psql("app_dev", "INSERT INTO customers (email, full_name) VALUES ('a@example.com', 'A')")
    model = os.path.join(app, "app", "models", "customers.py")
    with open(model) as f:
        source = f.read()
    anchor = "    full_name = Column(Text, nullable=False)\n"
    assert anchor in source
    with open(model, "w") as f:
        f.write(source.replace("from sqlalchemy import ",
                               "from sqlalchemy.dialects.postgresql import JSONB\n"
                               "from sqlalchemy import ").replace(
            anchor, anchor + "    preferences = Column(JSONB, nullable=False, "
                             "server_default=text(\"'{}'::jsonb\"))\n"))
    r = manage_db(stack, "sync-dev-schema", "--yes")
    assert r.returncode == 0, r.log
    assert "preferences" in columns(pg, "app_dev", "customers"), r.log
    assert pg.psql("app_dev", "SELECT preferences::text FROM customers") == "{}"

    r = manage_db(stack, "detect-schema-changes")
    assert r.returncode == 3, r.log
    next_migration, drift = r.stdout.split("-- models vs the dev database")
    assert "preferences" in next_migration and "-- no differences" in drift, r.log

    r = manage_db(stack, "prepare-migration", "-m", "add customer preferences")
    assert r.returncode == 0, r.log
    assert len(versions(app, "_add_customer_preferences.up.sql")) == 1, r.log

    r = manage_db(stack, "apply-migrations", "--env", "test")
    assert r.returncode == 0, r.log
    assert "preferences" in columns(pg, "app_test", "customers")

    # create-backup of prod before the release: listed, with its reason, and on disk.
    r = manage_db(stack, "create-backup", "--env", "prod", "--reason", "before preferences")
    assert r.returncode == 0, r.log
    r = manage_db(stack, "list-backups", "--env", "prod")
    assert r.returncode == 0, r.log
    assert r.stdout.startswith("backups of app/prod, newest first:\nID "), r.log
    newest = r.stdout.splitlines()[2]
    assert newest.endswith("before preferences"), r.log
    backup_id = newest.split()[0]
    dumps = [f for _, _, files in os.walk(stack["backups"]) for f in files
             if f.startswith(backup_id) and f.endswith(".dump")]
    assert dumps, f"no dump of {backup_id} under {stack['backups']}"

    r = manage_db(stack, "apply-migrations", "--env", "prod")
    assert r.returncode == 0, r.log
    assert "preferences" in columns(pg, "app_prod", "customers")

    # show-all-migrations: both migrations applied in test and prod.
    r = manage_db(stack, "show-all-migrations")
    assert r.returncode == 0, r.log
    for env in ("dev", "test", "prod"):
        assert f"project app, environment {env}: " in r.stdout, r.log
    r = manage_db(stack, "--format", "json", "show-all-migrations", "--env", "prod")
    assert r.returncode == 0, r.log
    entries = json.loads(r.stdout)["entries"]
    assert [e["state"] for e in entries] == ["MIGRATION_STATE_APPLIED"] * 2, r.log

    # The same text as schemactl's, on the same state: history, backups, and plans with their
    # hazards (without --models both read the project's models_dir, empty here, so the plans
    # drop everything: DATA_LOSS hazards on every table).
    elsewhere = stack["work"]  # no pyproject.toml: no SQLAlchemy models
    for args in (["show-all-migrations"], ["list-backups", "--env", "prod"],
                 ["detect-schema-changes"], ["sync-dev-schema"]):
        ours = manage_db(stack, "--project", "app", *args, cwd=elsewhere)
        theirs = schemactl(stack, *args)
        assert ours.stdout == theirs.stdout, ours.log + "\n" + theirs.log
        # Without models configured, stderr says where they come from (stdout untouched).
        note = "the models come from the project's models_dir on the server"
        assert (note in ours.stderr) == (args[0] in ("detect-schema-changes",
                                                     "sync-dev-schema")), ours.log
    assert "-- hazard DATA_LOSS (" in ours.stdout, ours.log

    # On a terminal sync-dev-schema asks; "n" runs nothing (exit 1).
    code, terminal = on_a_terminal(stack, ["--project", "app", "sync-dev-schema"], "n\n",
                                   cwd=elsewhere)
    assert code == 1, terminal
    assert "statements on app/dev? [y/N]" in terminal and "not run; nothing was changed" in \
        terminal, terminal
    assert tables(pg, "app_dev") == EXAMPLE_TABLES

    # rollback-db-migration on test: its down drops the column, so data loss must be
    # confirmed; refused without, run with --confirm-data-loss (default: the last one).
    r = manage_db(stack, "rollback-db-migration", "--env", "test")
    assert r.returncode == 1, r.log
    assert "preferences" in columns(pg, "app_test", "customers")
    r = manage_db(stack, "rollback-db-migration", "--env", "test", "--confirm-data-loss")
    assert r.returncode == 0, r.log
    assert "preferences" not in columns(pg, "app_test", "customers"), r.log
    assert tables(pg, "app_test") == EXAMPLE_TABLES  # the first migration stays
    r = manage_db(stack, "--format", "json", "show-all-migrations", "--env", "test")
    states = [e["state"] for e in json.loads(r.stdout)["entries"]]
    assert states[0] == "MIGRATION_STATE_APPLIED" and states[1] != "MIGRATION_STATE_APPLIED", \
        r.log

    # restore: the backup taken before the release, into a new database: no preferences there.
    r = manage_db(stack, "restore", "--env", "prod", "--backup", backup_id, "--in-place")
    assert r.returncode == 2 and "--confirm prod" in r.stderr, r.log  # nobody to ask
    r = manage_db(stack, "restore", "--env", "prod", "--backup", backup_id, "--into",
                  "app_prod_before")
    assert r.returncode == 0, r.log
    assert "preferences" not in columns(pg, "app_prod_before", "customers"), r.log
    assert "preferences" in columns(pg, "app_prod", "customers")


def test_detect_schema_changes_json_is_one_document_with_inline_models(stack):
    r = manage_db(stack, "--format", "json", "detect-schema-changes")
    assert r.returncode in (0, 3), r.log
    document = json.loads(r.stdout)
    assert sorted(document) == ["drift", "next_migration"], r.log


# ---------------------------------------------------------------------------------------
# No server needed.

def run_render(folder, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCHEMACTL_")}
    env.update({"SCHEMASERVICE_PYTHON_STUBS": STUBS, "PYTHONDONTWRITEBYTECODE": "1"})
    return subprocess.run([sys.executable, MANAGE_DB, *args], cwd=folder, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)


def test_render_models_reads_pyproject_and_renders_every_kind_of_object():
    r = run_render(EXAMPLE, "render-models")
    assert r.returncode == 0, r.stderr
    for expected in ("CREATE SCHEMA audit;",
                     "CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');",
                     "CREATE SEQUENCE invoice_number_seq START WITH 1000;",
                     "is_active BOOLEAN DEFAULT true NOT NULL",
                     "CONSTRAINT fk_orders_customer_id_customers FOREIGN KEY(customer_id) "
                     "REFERENCES customers (id) ON DELETE CASCADE",
                     "CREATE UNIQUE INDEX ix_customers_lower_email ON customers (lower(email));",
                     "COMMENT ON TABLE audit.events IS 'Append-only log of changes';",
                     "id BIGINT GENERATED ALWAYS AS IDENTITY"):
        assert expected in r.stdout, r.stdout
    # Tables after what they reference.
    assert r.stdout.index("CREATE TABLE customers") < r.stdout.index("CREATE TABLE orders") < \
        r.stdout.index("CREATE TABLE order_lines")


def test_a_model_that_cannot_be_rendered_is_named_with_its_column(tmp_path):
    (tmp_path / "broken_models.py").write_text(textwrap.dedent("""\
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base
        from sqlalchemy.types import UserDefinedType

        class Shape(UserDefinedType):  # no get_col_spec: nothing to say in DDL
            cache_ok = True

        Base = declarative_base()

        class Gadget(Base):
            __tablename__ = "gadgets"
            id = Column(Integer, primary_key=True)
            outline = Column(Shape())
        """))
    r = run_render(str(tmp_path), "--models", "broken_models:Base", "render-models")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "model Gadget (table public.gadgets), column outline" in r.stderr, r.stderr


def test_models_that_do_not_import_say_which_module_and_why(tmp_path):
    r = run_render(str(tmp_path), "--models", "no_such_module:metadata", "render-models")
    assert r.returncode == 2
    assert "importing no_such_module" in r.stderr and "ModuleNotFoundError" in r.stderr, r.stderr
    r = run_render(str(tmp_path), "--models", "no-colon", "render-models")
    assert r.returncode == 2 and "PACKAGE.MODULE:METADATA" in r.stderr, r.stderr


def test_progress_is_a_bar_on_a_terminal_and_one_line_per_event_otherwise():
    import io
    from schemaservice import pb, render
    events = [pb.Progress(message="checking the store", phase=pb.PHASE_VALIDATING),
              pb.Progress(step=1, total_steps=2, version="0001", statement_index=1,
                          statement_count=4, message="statement 1 of 4"),
              pb.Progress(step=2, total_steps=2, version="0002", statement_index=4,
                          statement_count=4, message="statement 4 of 4")]
    events[0].at.FromJsonString("2026-01-02T03:04:05Z")
    bar, lines = io.StringIO(), io.StringIO()
    for terminal, buffer in ((True, bar), (False, lines)):
        printer = render.ProgressPrinter(buffer, terminal)
        for p in events:
            printer.print(p)
        printer.end_bar()
    assert bar.getvalue().startswith("checking the store\n\r[###" + " " * 27 + "]")
    assert "] 1/2 0001 statement 1/4" in bar.getvalue()
    assert "\r[##############################] 2/2 0002 statement 4/4\n" in bar.getvalue()
    assert lines.getvalue().splitlines() == ["2026-01-02T03:04:05Z checking the store",
                                             "- [1/2] statement 1 of 4",
                                             "- [2/2] statement 4 of 4"]


def test_the_client_raises_schema_service_error_with_the_code_name():
    from schemaservice import SchemaServiceClient, SchemaServiceError
    with SchemaServiceClient(f"127.0.0.1:{free_port()}", "app", timeout=2) as client:
        with pytest.raises(SchemaServiceError) as raised:
            client.history("dev")
        assert raised.value.code in ("UNAVAILABLE", "DEADLINE_EXCEEDED")
        stream = client.apply("test", timeout=2)
        with pytest.raises(SchemaServiceError):
            stream.drain()


def test_sync_dev_schema_json_is_one_document_plan_and_result(stack):
    pg = stack["pg"]
    # Not run (no --yes): the plan alone, result null; manage_db and schemactl alike.
    elsewhere = stack["work"]  # no pyproject.toml: the project's (empty) models_dir
    ours = manage_db(stack, "--project", "app", "--format", "json", "sync-dev-schema",
                     cwd=elsewhere)
    theirs = schemactl(stack, "--format", "json", "sync-dev-schema")
    for r in (ours, theirs):
        assert r.returncode == 2, r.log
        document = json.loads(r.stdout)  # one document: a second one is "Extra data"
        assert sorted(document) == ["plan", "result"] and document["result"] is None, r.log
        assert document["plan"]["summary"]["statements"], r.log
    # Run: the plan and the result in one document.
    pg.psql("app_dev", "DROP TABLE audit.events")
    r = manage_db(stack, "--format", "json", "sync-dev-schema", "--yes")
    assert r.returncode == 0, r.log
    document = json.loads(r.stdout)
    assert any("audit.events" in st["sql"] for st in document["plan"]["summary"]["statements"]), \
        r.log
    assert document["result"]["summary"]["applied"] is True, r.log
    assert "audit.events" in tables(pg, "app_dev"), r.log


BACKSLASH_MODELS = """\
from sqlalchemy import CheckConstraint, Column, Enum, Integer, MetaData, Table, Text, column

metadata = MetaData()
paths = Table(
    "paths", metadata,
    Column("id", Integer, primary_key=True),
    Column("p", Text, server_default="C:\\\\dir", comment="a\\\\b"),
    Column("kind", Enum("x\\\\y", "plain", name="path_kind")),
    CheckConstraint(column("p") != "\\\\\\\\", name="ck_paths_p"),
    comment="t\\\\c",
)
"""


def test_backslashes_in_literals_are_rendered_once(tmp_path):
    (tmp_path / "bs_models.py").write_text(BACKSLASH_MODELS)
    r = run_render(str(tmp_path), "--models", "bs_models:metadata", "render-models")
    assert r.returncode == 0, r.stderr
    for expected in ("DEFAULT 'C:\\dir'", "COMMENT ON COLUMN paths.p IS 'a\\b';",
                     "COMMENT ON TABLE paths IS 't\\c';",
                     "CREATE TYPE path_kind AS ENUM ('x\\y', 'plain');",
                     "CHECK (p != '\\\\')"):
        assert expected in r.stdout, r.stdout


def test_backslashes_reach_the_database_as_written(stack, tmp_path):
    """The rendered DDL on PostgreSQL (standard_conforming_strings on) stores C:\\dir: 6
    characters."""
    sys.path.insert(0, str(tmp_path))
    (tmp_path / "bs_models_db.py").write_text(BACKSLASH_MODELS)
    from schemaservice import sqlalchemy_models
    files = sqlalchemy_models.render_models("bs_models_db:metadata", str(tmp_path))
    pg = stack["pg"]
    pg.psql("postgres", "CREATE DATABASE backslashes")
    pg.psql("backslashes", "".join(sql for _, sql in files))
    pg.psql("backslashes", "INSERT INTO paths (id, kind) VALUES (1, 'x\\y')")
    assert pg.psql("backslashes", "SELECT p || '|' || length(p) || '|' || kind::text FROM "
                                  "paths") == "C:\\dir|6|x\\y"
    assert pg.psql("backslashes", "SELECT col_description('paths'::regclass, 2)") == "a\\b"


def test_render_models_header_escapes_the_table_name(tmp_path):
    (tmp_path / "nl_models.py").write_text(
        "from sqlalchemy import Column, Integer, MetaData, Table\n"
        "metadata = MetaData()\n"
        "Table('odd\\nDROP TABLE x; --', metadata, Column('id', Integer, primary_key=True))\n")
    r = run_render(str(tmp_path), "--models", "nl_models:metadata", "render-models")
    assert r.returncode == 0, r.stderr
    assert "-- 001_public.odd\\nDROP TABLE x; --.sql\n" in r.stdout, r.stdout
    assert "\nDROP TABLE x; --.sql" not in r.stdout, r.stdout  # the raw name, unescaped


def test_broken_models_exit_2_naming_the_model(tmp_path):
    (tmp_path / "fk_models.py").write_text(textwrap.dedent("""\
        from sqlalchemy import Column, ForeignKey, Integer
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class Order(Base):
            __tablename__ = "orders"
            id = Column(Integer, primary_key=True)
            customer_id = Column(Integer, ForeignKey("customers.id"))
        """))
    r = run_render(str(tmp_path), "--models", "fk_models:Base", "render-models")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "model Order (table public.orders), column customer_id" in r.stderr, r.stderr
    assert "customers" in r.stderr and "Traceback" not in r.stderr, r.stderr
    (tmp_path / "exit_models.py").write_text("import sys\nsys.exit('usage: exit_models')\n")
    r = run_render(str(tmp_path), "--models", "exit_models:metadata", "render-models")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "importing exit_models" in r.stderr and "sys.exit" in r.stderr, r.stderr


def test_the_example_wrapper_without_the_client_exits_2(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCHEMACTL_")}
    env["SCHEMASERVICE_CLIENT_DIR"] = str(tmp_path)
    r = subprocess.run([sys.executable, os.path.join(EXAMPLE, "scripts", "manage_db.py"),
                        "render-models"], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "the Python client is not at" in r.stderr, r.stderr


@pytest.mark.parametrize("settings, key", [("models = 5", "models"),
                                           ("server = 50551", "server"),
                                           ("project = ['app']", "project")])
def test_pyproject_values_of_the_wrong_type_are_named(tmp_path, settings, key):
    (tmp_path / "pyproject.toml").write_text(f"[tool.schemaservice]\n{settings}\n")
    r = run_render(str(tmp_path), "render-models")
    assert r.returncode == 2, r.stdout + r.stderr
    assert f"[tool.schemaservice] {key} must be a string" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr, r.stderr


@pytest.mark.parametrize("value", ["0", "-5", "1e10", "inf", "nan", "86401"])
def test_timeout_out_of_range_is_bad_usage(tmp_path, value):
    r = run_render(str(tmp_path), "--project", "app", "--server", "127.0.0.1:9",
                   f"--timeout={value}", "show-all-migrations")
    assert r.returncode == 2, r.stdout + r.stderr
    assert f"--timeout: Value {value} not in range 1 to 86400" in r.stderr, r.stderr


def test_the_client_refuses_timeouts_that_are_not_positive_and_finite():
    from schemaservice import ClientConfigError, SchemaServiceClient
    for bad in (0, -1, float("inf"), float("nan")):
        with pytest.raises(ClientConfigError):
            SchemaServiceClient("127.0.0.1:9", "app", timeout=bad)
        with pytest.raises(ValueError):
            SchemaServiceClient("127.0.0.1:9", "app", stream_timeout=bad)
    with SchemaServiceClient("127.0.0.1:9", "app") as client:
        with pytest.raises(ClientConfigError):
            client.history("dev", timeout=0)
        with pytest.raises(ClientConfigError):
            client.apply("dev", timeout=float("nan"))


def test_a_tls_file_that_is_not_pem_is_named(tmp_path):
    from schemaservice import ClientConfigError, SchemaServiceClient
    ca = tmp_path / "ca.crt"
    ca.write_text("this is not a certificate\n")
    r = run_render(str(tmp_path), "--project", "app", "--tls-ca", str(ca),
                   "show-all-migrations")
    assert r.returncode == 2, r.stdout + r.stderr
    assert f"the --tls-ca file {ca} is not a PEM certificate" in r.stderr, r.stderr
    with pytest.raises(ClientConfigError,
                       match=r"--tls-key value \(bytes\) is not a PEM private key"):
        SchemaServiceClient("127.0.0.1:9", "app", tls_cert=b"-----BEGIN CERTIFICATE-----\nx\n"
                            b"-----END CERTIFICATE-----\n", tls_key=b"junk")


def load_manage_db():
    import importlib.util
    spec = importlib.util.spec_from_file_location("manage_db_under_test", MANAGE_DB)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeStream:
    def __init__(self, last=None, interrupt=False):
        self.last, self.interrupt = last, interrupt

    def __iter__(self):
        if self.interrupt:
            raise KeyboardInterrupt
        return iter([self.last] if self.last is not None else [])

    def drain(self):
        list(self)
        return self.last


class FakeClient:
    tls = False

    def __init__(self, pb):
        plan = pb.Progress()
        plan.summary.statements.add(sql="DROP TABLE t", description="drop table t")
        self.plan = plan

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def apply(self, *args, **kwargs):
        return FakeStream(interrupt=True)

    def sync(self, *args, **kwargs):
        return FakeStream(last=self.plan)


class Terminal:
    """stdin/stderr on a terminal; reading the answer is interrupted (Ctrl-C at y/N)."""

    def __init__(self):
        import io
        self.text = io.StringIO()

    def isatty(self):
        return True

    def write(self, text):
        return self.text.write(text)

    def flush(self):
        pass

    def readline(self):
        raise KeyboardInterrupt


@pytest.mark.parametrize("command, expected, unexpected", [
    (["apply-migrations", "--env", "test"],
     "cancels the running statement and rolls the migration's transaction back",
     "nothing was run"),
    (["sync-dev-schema"], "interrupted; nothing was run", "transaction"),
])
def test_ctrl_c_exits_130_and_says_what_happened(tmp_path, monkeypatch, command, expected,
                                                 unexpected):
    manage_db_module = load_manage_db()
    from schemaservice import pb
    monkeypatch.chdir(tmp_path)  # no pyproject.toml
    for name in [k for k in os.environ
                 if k.startswith("SCHEMACTL_") or k == "SCHEMASERVICE_MODELS"]:
        monkeypatch.delenv(name)

    def fake_open_client(args):
        args.has_token = False
        return FakeClient(pb)

    monkeypatch.setattr(manage_db_module, "open_client", fake_open_client)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdin", terminal)
    monkeypatch.setattr(sys, "stderr", terminal)
    code = manage_db_module.main(["--project", "app", *command])
    shown = terminal.text.getvalue()
    assert code == 130, shown
    assert expected in shown and unexpected not in shown.split("manage_db: interrupted")[1], shown
