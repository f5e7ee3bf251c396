"""Benchmarks and quality reports for the coach; each script prints a table."""
