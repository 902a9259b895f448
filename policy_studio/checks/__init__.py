"""Translation QA, coverage and readiness checks returning Findings."""
