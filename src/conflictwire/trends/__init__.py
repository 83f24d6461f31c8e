"""Trends over the merged events: counts per area and week or month (aggregate.py), an
escalation baseline (baseline.py) and a rolling-origin back-test of it (backtest.py)."""
