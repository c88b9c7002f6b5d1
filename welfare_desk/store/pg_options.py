"""How the desk connects to PostgreSQL, shared by the engine and the quick path."""

APP_NAME = "welfare-desk"
CONNECT_TIMEOUT_S = 5
# Desks talk to servers on solid-state disks: random reads cost about what sequential ones
# do. With the default of 4 the planner scans whole tables instead of walking an index.
SESSION_OPTIONS = "-c random_page_cost=1.1"
