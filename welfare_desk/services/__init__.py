"""Use cases over a unit of work; they return plain dataclasses, never live ORM objects."""
