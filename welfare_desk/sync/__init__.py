"""Synchronisation of a desk's replica with the programme's hub (#20)."""
