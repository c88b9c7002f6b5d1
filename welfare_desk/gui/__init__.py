"""The desk's windows: PySide6 only, talking to the services through the task runner."""
