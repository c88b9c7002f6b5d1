"""Intake and cases: contacts and the needs raised in them, the case-management path
(percorso), the agenda, a worker's story."""
