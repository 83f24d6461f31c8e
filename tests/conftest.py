from __future__ import annotations

from pathlib import Path

import pytest

from conflictwire.store.db import Store
from conflictwire.store.schema import metadata

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared/data not present at {SHARED}: evaluation data skipped")
    return SHARED


def _postgres_bin() -> Path | None:
    """Directory of PostgreSQL's server programs (on PATH, or Debian's versioned directory)."""
    import glob
    import shutil

    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(versions[-1]).parent if versions else None


@pytest.fixture(scope="session")
def postgres_url():  # type: ignore[no-untyped-def]
    """A throwaway PostgreSQL server on a free loopback port, for the session."""
    import os
    import shutil
    import socket
    import subprocess
    import tempfile

    bindir = _postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server programs not installed (.ci/run installs them)")
    as_user: list[str] = []
    workdir = Path(tempfile.mkdtemp(prefix="cw-pg-", dir="/tmp"))
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(workdir, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = workdir / "data"
    run = lambda *cmd: subprocess.run([*as_user, *cmd], check=True, capture_output=True)  # noqa: E731
    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(workdir / "log"),
        "-o", f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1", "start")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """An empty store on SQLite, then on a throwaway PostgreSQL server."""
    if request.param == "sqlite":
        return Store(str(tmp_path / "cw.db"))
    url = request.getfixturevalue("postgres_url")
    st = Store(url)
    with st.engine.begin() as conn:  # a clean database for each test
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())
    return st
