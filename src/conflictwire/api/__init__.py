"""The REST API and the formats it speaks."""
