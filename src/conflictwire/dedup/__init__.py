"""De-duplication: reports of one event merge into a cluster."""
