"""The registry: workers and their households, organizations, imports from HR files, a record's
history."""
