"""Places: the gazetteer (GeoNames-based, cached in SQLite) and place recognition."""
