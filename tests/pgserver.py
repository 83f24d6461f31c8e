"""A throwaway PostgreSQL server on a free loopback port (initdb into a temporary directory,
pg_ctl start, stopped and removed on exit): for tests/conftest.py and the benches."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Server:
    url: str
    data: Path  # the data directory (postmaster.pid is there)


def server_programs() -> Path | None:
    """Directory of PostgreSQL's server programs (on PATH, or Debian's versioned directory)."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(versions[-1]).parent if versions else None


@contextlib.contextmanager
def throwaway(bindir: Path, settings: dict[str, str] | None = None) -> Iterator[Server]:
    """`settings`: server settings (postgres -c NAME=VALUE) on top of initdb's defaults."""
    workdir = Path(tempfile.mkdtemp(prefix="cw-pg-", dir="/tmp"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(workdir, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = workdir / "data"

    def run(*cmd: str) -> None:
        subprocess.run([*as_user, *cmd], check=True, capture_output=True)

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(workdir / "log"),
            "-o", f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1"
            + "".join(f" -c {k}={v}" for k, v in (settings or {}).items()), "start")
        yield Server(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", data)
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(workdir, ignore_errors=True)
