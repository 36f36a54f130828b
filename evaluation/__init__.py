"""Evaluation and benchmarks, kept apart from the pipeline they measure (run: python -m evaluation)."""
