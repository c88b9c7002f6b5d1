"""Requests: supplementary health funds and smart working."""
