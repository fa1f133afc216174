#!/usr/bin/env python3
"""The team guide's entry point, `python scripts/manage_db.py COMMAND`, in this application.

It runs the Python client's manage_db.py (clients/python/scripts/): from SCHEMASERVICE_CLIENT_DIR
when set (an application kept outside this repository), else from this repository. Nothing
else lives here: the commands, flags and exit codes are the client's.
"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
client_dir = os.environ.get("SCHEMASERVICE_CLIENT_DIR") or os.path.join(
    HERE, "..", "..", "..", "clients", "python")
script = os.path.normpath(os.path.join(client_dir, "scripts", "manage_db.py"))
if not os.path.isfile(script):
    print(f"manage_db: the Python client is not at {script}; set SCHEMASERVICE_CLIENT_DIR "
          "to the folder holding schemaservice/ and scripts/manage_db.py (clients/python)",
          file=sys.stderr)
    sys.exit(2)  # bad setup, as the client's other usage errors
sys.argv[0] = script
runpy.run_path(script, run_name="__main__")
