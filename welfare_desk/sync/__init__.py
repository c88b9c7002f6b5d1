"""Synchronisation of a desk's replica with the programme's hub, or with the other
desks through a shared folder (#20)."""
