"""Welfare Desk: the desk application for company welfare programmes."""

__version__ = "0.1.0"
