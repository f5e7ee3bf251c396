"""Which parts of the app may use which: requests build on people and the
guidance, never the other way round, and the coach uses no Django at all."""

import ast
from pathlib import Path

import pytest

HELPAPP = Path(__file__).resolve().parent.parent / "helpapp"

# A package, and the packages it must never import.
NEVER = {
    "people": ("helpapp.asks",),
    "guidance": ("helpapp.asks",),
    "coach": ("django", "helpapp.asks", "helpapp.people", "helpapp.guidance"),
}


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


@pytest.mark.parametrize("package", sorted(NEVER))
def test_a_package_imports_nothing_above_it(package):
    broken = sorted(
        f"{path.relative_to(HELPAPP)} imports {name}"
        for path in (HELPAPP / package).rglob("*.py")
        if "migrations" not in path.parts
        for name in imports_of(path)
        if any(
            name == never or name.startswith(never + ".") for never in NEVER[package]
        )
    )
    assert broken == []
