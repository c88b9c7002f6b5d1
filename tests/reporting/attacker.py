"""An attacker who holds every table a recipient can hold and solves them together.

Each printed count is an unknown true count that the method allows to be printed so
(`possible_counts`); the tables' arithmetic ties the unknowns together: cells add up to
their total, the employers' cells add up to the programme's (plus the workers with no
employer, none when there are none), a late reissue only adds. For every true count
from 1 to 4 (and every change of 1 to 4 between two issues) the attacker asks an integer
program, solved by HiGHS, for its least and its greatest value: equal, the count is
pinned and the wall has failed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field

import highspy

UNKNOWN = 10**6  # a withheld count ("n.d.") can be anything


@dataclass(frozen=True)
class Cell:
    name: Hashable
    printed: str
    truth: int


@dataclass
class Attack:
    """Unknowns named by their cell, and linear constraints over them."""

    possible: Callable[[str], Sequence[int]]
    cells: dict[Hashable, Cell] = field(default_factory=dict)
    # (coefficients by cell, sense, right-hand side): sense is "==" or ">="
    constraints: list[tuple[dict[Hashable, int], str, int]] = field(default_factory=list)
    # (name, coefficients by cell, truth): differences a reader would like to know
    targets: list[tuple[Hashable, dict[Hashable, int], int]] = field(default_factory=list)

    def add(self, cell: Cell) -> None:
        self.cells[cell.name] = cell
        if 1 <= cell.truth <= 4:
            self.targets.append((cell.name, {cell.name: 1}, cell.truth))

    def equal(self, left: Iterable[Hashable], right: Iterable[Hashable], slack: bool) -> None:
        """sum(left) == sum(right) (+ something not negative when `slack`)."""
        coefficients: dict[Hashable, int] = defaultdict(int)
        for name in left:
            coefficients[name] += 1
        for name in right:
            coefficients[name] -= 1
        missing = [k for k in coefficients if k not in self.cells]
        if missing:  # a constraint silently dropped would make the attack look weaker
            raise KeyError(f"no such cells: {missing}")
        known = {k: v for k, v in coefficients.items() if v}
        if known:
            self.constraints.append((known, ">=" if slack else "==", 0))

    def same(self, copy: Hashable, cell: Hashable) -> None:
        """`copy` prints the same records as `cell`: equal, and not a target of its own
        (asking the solver twice about one count only costs time)."""
        self.equal([copy], [cell], slack=False)
        self.targets = [t for t in self.targets if t[0] != copy]

    def not_less(self, later: Hashable, earlier: Hashable) -> None:
        if later not in self.cells or earlier not in self.cells:
            raise KeyError(f"no such cells: {later}, {earlier}")
        self.constraints.append(({later: 1, earlier: -1}, ">=", 0))
        change = self.cells[later].truth - self.cells[earlier].truth
        if 1 <= change <= 4:
            self.targets.append((("change", later), {later: 1, earlier: -1}, change))

    def _components(self) -> list[tuple[set[Hashable], list[int]]]:
        parent: dict[Hashable, Hashable] = {name: name for name in self.cells}

        def root(name: Hashable) -> Hashable:
            while parent[name] != name:
                parent[name] = parent[parent[name]]
                name = parent[name]
            return name

        for coefficients, _, _ in self.constraints:
            names = list(coefficients)
            for other in names[1:]:
                parent[root(other)] = root(names[0])
        groups: dict[Hashable, set[Hashable]] = defaultdict(set)
        for name in self.cells:
            groups[root(name)].add(name)
        found = []
        for members in groups.values():
            rows = [
                i
                for i, (coefficients, _, _) in enumerate(self.constraints)
                if next(iter(coefficients)) in members
            ]
            found.append((members, rows))
        return found

    def pinned(self) -> list[tuple[Hashable, int]]:
        """Every small count or change that the tables together fix to one value. Each
        solution the solver finds is a set of true counts that fits every table: any
        target it gives another value than the truth is not pinned, with no solve of
        its own."""
        by_cell = {}
        for members, rows in self._components():
            for name in members:
                by_cell[name] = (members, rows)
        found = []
        models: dict[int, tuple[highspy.Highs, dict[Hashable, object]]] = {}
        solutions: dict[int, list[list[float]]] = defaultdict(list)
        for target, coefficients, truth in self.targets:
            members, rows = by_cell[next(iter(coefficients))]
            key = id(members)
            if key not in models:
                models[key] = self._model(members, rows)
            model, variables = models[key]

            columns = {n: (c, variables[n].index) for n, c in coefficients.items()}  # type: ignore[attr-defined]
            if any(
                round(sum(c * solution[i] for c, i in columns.values())) != truth
                for solution in solutions[key]
            ):
                continue  # a solution already found gives it another value
            expression = sum(c * variables[n] for n, c in coefficients.items())  # type: ignore[operator]
            model.maximize(expression)
            most = self._solved(model)
            solutions[key].append(list(model.getSolution().col_value))
            assert truth <= most, (target, truth, most)  # the truth is feasible
            if most > truth:
                continue  # another value fits: not pinned, no need for the least
            model.minimize(expression)
            least = self._solved(model)
            solutions[key].append(list(model.getSolution().col_value))
            assert least <= truth, (target, least, truth)
            if least == most:
                found.append((target, truth))
        return found

    @staticmethod
    def _solved(model: highspy.Highs) -> int:
        status = model.getModelStatus()
        assert status == highspy.HighsModelStatus.kOptimal, model.modelStatusToString(status)
        return round(model.getInfo().objective_function_value)

    def _model(
        self, members: set[Hashable], rows: list[int]
    ) -> tuple[highspy.Highs, dict[Hashable, object]]:
        model = highspy.Highs()
        model.setOptionValue("output_flag", False)
        variables: dict[Hashable, object] = {}
        for name in members:
            printed = self.cells[name].printed
            values = sorted(self.possible(printed)) if printed.isdigit() or printed == "<5" else []
            if not values:  # withheld: anything
                variables[name] = model.addIntegral(lb=0, ub=UNKNOWN)
                continue
            variable = model.addIntegral(lb=values[0], ub=values[-1])
            if values != list(range(values[0], values[-1] + 1)):  # gaps: choose one value
                picks = [model.addBinary() for _ in values]
                model.addConstr(sum(picks) == 1)  # type: ignore[arg-type]
                model.addConstr(variable == sum(v * p for v, p in zip(values, picks, strict=True)))  # type: ignore[arg-type]
            variables[name] = variable
        for index in rows:
            coefficients, sense, rhs = self.constraints[index]
            expression = sum(c * variables[n] for n, c in coefficients.items())
            model.addConstr(expression == rhs if sense == "==" else expression >= rhs)  # type: ignore[operator]
        return model, variables
