from __future__ import annotations

from pathlib import Path

import pytest

from conflictwire.store.db import Store
from conflictwire.store.schema import metadata
from pgserver import server_programs, throwaway

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared/data not present at {SHARED}: evaluation data skipped")
    return SHARED


@pytest.fixture(scope="session")
def postgres_url():  # type: ignore[no-untyped-def]
    """A throwaway PostgreSQL server on a free loopback port, for the session."""
    bindir = server_programs()
    if bindir is None:
        pytest.skip("PostgreSQL server programs not installed (.ci/run installs them)")
    with throwaway(bindir) as server:
        yield server.url


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
