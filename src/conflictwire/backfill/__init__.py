"""Backfill archives at scale: partitions of JSONL, directories and WARC files, extracted on
Dask (or local) workers, committed to the store or to Parquet, then de-duplicated once."""
