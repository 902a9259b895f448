"""Clause library operations: search, insertion, update propagation."""
