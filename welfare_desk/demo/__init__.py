"""Demonstration data: a programme of fictitious workers, families, cases, catalogue and
requests. Not a use case."""
