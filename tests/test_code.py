"""Checks of citekit's own source that no linter makes."""

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parent.parent / "citekit").glob("*.py"))


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    # a second `_DIGITS = re.compile(...)` silently replaced the first for the code above it
    names: Counter[str] = Counter()
    for node in ast.parse(module.read_text()).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names[node.name] += 1
    assert [name for name, count in names.items() if count > 1] == []
