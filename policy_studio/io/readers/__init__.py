"""Readers: external file -> typed intermediate -> model."""
