"""How the desk connects to PostgreSQL, shared by the engine and the quick path."""

APP_NAME = "welfare-desk"
CONNECT_TIMEOUT_S = 5
# Desks talk to servers on solid-state disks: random reads cost about what sequential ones
# do. With the default of 4 the planner scans whole tables instead of walking an index.
SESSION_OPTIONS = "-c random_page_cost=1.1"


def is_local_host(host: str | None) -> bool:
    """This PC, by name, address or socket folder: reached without TLS."""
    name = (host or "").lower()
    return name in ("", "localhost", "127.0.0.1", "::1") or name.startswith("/")
