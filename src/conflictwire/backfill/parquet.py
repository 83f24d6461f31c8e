"""A backfill into partitioned Parquet (`--out DIR.parquet`), for analysis without a database.

Each partition: `DIR/articles/part-<key>.parquet` then `DIR/events/part-<key>.parquet`, each written
to a temporary name and renamed; the events file is the commit mark. The pass writes
`clusters.parquet` and `members.parquet` (every event's cluster and why) the same way.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from conflictwire.backfill.clusterer import Clusterer
from conflictwire.backfill.engine import PartitionResult
from conflictwire.store.schema import EVENT_FIELDS


class ParquetSink:
    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        for sub in ("articles", "events", "errors"):
            (self.out / sub).mkdir(parents=True, exist_ok=True)

    def committed(self) -> set[str]:
        import pyarrow.parquet as pq

        keys = set()
        for f in (self.out / "events").glob("part-*.parquet"):
            meta = pq.read_schema(f).metadata or {}
            keys.add(meta.get(b"partition_key", b"").decode())
        return keys

    def _write(self, table: Any, path: Path) -> None:
        import pyarrow.parquet as pq

        tmp = path.with_name(f".{path.name}.tmp")
        pq.write_table(table, tmp)
        os.replace(tmp, path)  # atomic: a reader (or a resumed run) sees all of it or nothing

    def commit(self, res: PartitionResult) -> int:
        import pyarrow as pa

        part = res.part
        name = f"part-{part.seq:07d}-{part.key[:16]}"
        meta = {"partition_key": part.key, "partition": json.dumps(
            {"kind": part.kind, "path": part.path, "start": part.start, "stop": part.stop, "digest": part.digest})}
        errors = self.out / "errors" / f"{name}.jsonl"
        tmp = errors.with_name(f".{errors.name}.tmp")
        tmp.write_text("".join(json.dumps({"source": s, "reason": r}, ensure_ascii=False) + "\n" for s, r in res.errors),
                       encoding="utf-8")
        os.replace(tmp, errors)
        arts = [{"seq": part.seq, "doc": i, **d.article} for i, d in enumerate(res.docs)]
        self._write(pa.Table.from_pylist(arts, schema=_ARTICLE_SCHEMA), self.out / "articles" / f"{name}.parquet")
        rows = [{"seq": part.seq, "doc": i, "idx": k, "event_id": ev["base_id"], "doc_id": d.article["doc_id"],
                 **{c: v for c, v in ev.items() if c != "base_id"}}
                for i, d in enumerate(res.docs) for k, ev in enumerate(d.events)]
        table = pa.Table.from_pylist(rows, schema=_event_schema()).replace_schema_metadata(meta)
        self._write(table, self.out / "events" / f"{name}.parquet")  # last: the commit mark
        return len(rows)

    def dedup(self) -> int:
        """Cluster every committed event in input order, as `ingest` would: the same article
        twice adds nothing, a changed article at a known URL replaces its events."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not any((self.out / "events").glob("part-*.parquet")):
            return 0
        arts = pq.read_table(self.out / "articles", columns=["seq", "doc", "canonical_url", "text_hash", "published"]).to_pylist()
        published = {(a["seq"], a["doc"]): a["published"] for a in arts}
        keep: dict[tuple[int, int], bool] = {}
        by_url: dict[str, tuple[int, int]] = {}
        by_hash: dict[str, tuple[int, int]] = {}
        for a in sorted(arts, key=lambda a: (a["seq"], a["doc"])):
            ref = (a["seq"], a["doc"])
            old = by_url.get(a["canonical_url"]) if a["canonical_url"] else by_hash.get(a["text_hash"])
            if old is None and a["canonical_url"]:
                old = by_hash.get(a["text_hash"])
            if old is not None and by_hash.get(a["text_hash"]) == old:
                continue  # unchanged, or a syndicated copy
            if old is not None:
                keep[old] = False  # a corrected article replaces its events
            keep[ref] = True
            by_hash[a["text_hash"]] = ref
            if a["canonical_url"]:
                by_url[a["canonical_url"]] = ref
        cols = ["seq", "doc", "idx", "event_id", *EVENT_FIELDS]
        evs = [e for e in pq.read_table(self.out / "events", columns=cols).to_pylist() if keep.get((e["seq"], e["doc"]))]
        evs.sort(key=lambda e: (e["seq"], e["doc"], e["idx"]))
        members, clusters = cluster_rows(evs, published)
        self._write(pa.Table.from_pylist(members), self.out / "members.parquet")
        self._write(pa.Table.from_pylist(clusters), self.out / "clusters.parquet")
        return len(members)

    def errors(self) -> list[tuple[str, str]]:
        out = []
        for f in sorted((self.out / "errors").glob("part-*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                e = json.loads(line)
                out.append((e["source"], e["reason"]))
        return out


def cluster_rows(evs: list[dict[str, Any]], published: dict[tuple[int, int], Any] | None = None,
                 ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(members, clusters) of events in order, clustered as the store clusters them (an event's
    article is its (seq, doc); `published` gives each article's publication date)."""
    clu = Clusterer(move_on_update=False)
    members = []
    for ev in evs:
        article = (ev["seq"], ev["doc"])
        row = {**{f: ev[f] for f in EVENT_FIELDS}, "article_id": article, "published": (published or {}).get(article)}
        placed = clu.place(ev["event_id"], row)
        members.append({"event_id": ev["event_id"], "cluster_id": placed.cluster_id, "reason": placed.reason})
    clusters = [{"id": cid, **fields, "sources": clu.sources(cid)} for cid, fields in clu.fields.items()]
    return members, clusters


def _event_schema() -> Any:
    import pyarrow as pa

    from conflictwire.store.schema import events as table

    kinds = {"DATE": pa.date32(), "INTEGER": pa.int64(), "FLOAT": pa.float64(), "JSON": pa.list_(pa.string())}
    fields = [pa.field(c.name, kinds.get(str(c.type).split("(")[0], pa.string())) for c in table.columns if c.name in EVENT_FIELDS]
    head = [pa.field("seq", pa.int64()), pa.field("doc", pa.int64()), pa.field("idx", pa.int64()),
            pa.field("event_id", pa.string()), pa.field("doc_id", pa.string())]
    return pa.schema([*head, *fields, pa.field("evidence", pa.string()), pa.field("tolls", pa.string())])


def _article_schema() -> Any:
    import pyarrow as pa

    return pa.schema([("seq", pa.int64()), ("doc", pa.int64()), ("doc_id", pa.string()), ("url", pa.string()),
                      ("canonical_url", pa.string()), ("outlet", pa.string()), ("published", pa.date32()),
                      ("language", pa.string()), ("text_hash", pa.string()), ("text", pa.string())])


_ARTICLE_SCHEMA = _article_schema()
