"""Compare two versions of a policy into a Redline value."""
