"""The house rule the import contracts cannot see: in a capability, only its `queries`
module (reporting: its `queries` package, a module per report) reaches the session. The
use cases add, get, load and delete through the unit of work, so every statement a page
costs can be read in one place per capability."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "welfare_desk"
CAPABILITIES = ("registry", "cases", "catalogue", "requests", "reporting", "demo", "access")


def _session_uses(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "session"
    ]


@pytest.mark.parametrize("capability", CAPABILITIES)
def test_only_the_queries_module_of_a_capability_touches_the_session(capability: str) -> None:
    offenders = {
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in sorted((PACKAGE / capability).rglob("*.py"))
        if path.name != "queries.py" and "queries" not in path.relative_to(PACKAGE).parts
        for line in _session_uses(path)
    }
    assert not offenders, f"SQL outside {capability}/queries.py: {sorted(offenders)}"


def test_the_guard_sees_a_session_use() -> None:
    assert _session_uses(PACKAGE / "store" / "counters.py")
