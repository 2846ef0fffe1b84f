#!/usr/bin/env bash
# Makes tools/opendata_check/.venv with the tools check.py needs; tests/opendata_tools.rs
# runs check.py with its python. Safe to run again: an existing virtualenv is updated.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
    echo "tools/opendata_check needs Python 3.10 or later ($python is $("$python" --version 2>&1))" >&2
    exit 1
fi
if [ ! -x "$here/.venv/bin/python" ]; then
    "$python" -m venv "$here/.venv"
fi
"$here/.venv/bin/python" -m pip install --quiet --requirement "$here/requirements.txt"
echo "tools/opendata_check/.venv is ready"
