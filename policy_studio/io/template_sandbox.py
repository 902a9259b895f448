"""Running a user's Jinja template (``--template``) so it can read the policy and nothing else.

Jinja's SandboxedEnvironment blocks private attributes, but every public method of an object
it is given stays callable: a ``pathlib.Path`` in the context let a template read
``~/secret.txt``, list the home folder and delete a file; ``{{ 'a' * 300000000 }}`` took 1.2 GB
and ``range(10**9)`` was an internal error. Here a user template gets:

- **plain data only**: strings, numbers, booleans, lists and dicts built from the export
  document by :func:`plain_data` (no paths, no options objects, no methods of ours); the helper
  functions (``inline``, ``group``…) take those dicts back and find the original values;
- **bounded work**: every string or list a template builds is at most ``MAX_VALUE`` characters
  (checked on ``*``, ``**``, calls, filters, ``namespace`` assignments and macro arguments),
  all its loops together run at most ``MAX_ITERATIONS`` times, the output is at most
  ``MAX_OUTPUT`` characters, and rendering stops after ``MAX_SECONDS``;
- only the globals we give (``range`` bounded, ``namespace`` bounded, no ``lipsum``).

Every refusal is a :class:`TemplateLimitError` naming the limit; the writer reports it against
the template file. The list of escapes tried is tests/io/test_template_sandbox.py.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Namespace
from markupsafe import Markup

MAX_VALUE = 5_000_000
"""Characters (or items) in any one value a template builds."""
MAX_OUTPUT = 50_000_000
"""Characters a template may output (a 500-section bilingual policy is ~5 MB of HTML)."""
MAX_ITERATIONS = 2_000_000
"""Loop iterations in one rendering, all loops together."""
MAX_SECONDS = 20.0
"""Wall-clock time for one rendering."""
MAX_INT_ARGUMENT = 1_000_000
"""Largest number passed to a function or filter (widths, counts, repetitions)."""


class TemplateLimitError(jinja2.TemplateError):
    """A user template went past one of the limits above."""


def _size(value: Any, budget: int = MAX_VALUE + 1) -> int:
    """Characters in strings plus items in containers, counted up to ``budget``."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        total = len(value)
        items = value.items() if isinstance(value, dict) else value
        for item in items:
            if total > budget:
                break
            total += _size(item, budget - total)
        return total
    return 0


def _check_value(value: Any, what: str) -> Any:
    if _size(value) > MAX_VALUE:
        raise TemplateLimitError(f"{what} builds a value over {MAX_VALUE:,} characters")
    return value


def _check_arguments(args: Iterable[Any], what: str) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_INT_ARGUMENT:
            raise TemplateLimitError(f"{what}: the number {arg} is over {MAX_INT_ARGUMENT:,}")
        _check_value(arg, what)


_WIDE = re.compile(r"\d{7,}")


def _check_format(pattern: str, what: str) -> None:
    """A format string cannot ask for a field millions of characters wide ("%300000000s")."""
    if _WIDE.search(pattern):
        raise TemplateLimitError(f"{what}: a field width or precision over {MAX_INT_ARGUMENT:,}")


class _Budget:
    """Iterations and time left for one rendering."""

    def __init__(self) -> None:
        self.iterations = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def tick(self, count: int = 1) -> None:
        self.iterations += count
        if self.iterations > MAX_ITERATIONS:
            raise TemplateLimitError(f"the template's loops ran over {MAX_ITERATIONS:,} times")
        if time.monotonic() > self.deadline:
            raise TemplateLimitError(f"the template ran for over {MAX_SECONDS:.0f} seconds")


class _BoundedNamespace(Namespace):
    """``namespace()`` whose attributes cannot grow past the value limit."""

    def __setitem__(self, name: str, value: Any) -> None:
        super().__setitem__(name, _check_value(value, f"namespace attribute {name!r}"))


class LimitedEnvironment(SandboxedEnvironment):
    """The sandbox with value, iteration, output and time limits (see the module docstring)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.budget = _Budget()
        self.filters = {name: self._bounded(name, f) for name, f in self.filters.items()}
        self.tests = {name: self._bounded(name, t) for name, t in self.tests.items()}  # type: ignore[arg-type]
        self.globals.clear()
        self.globals.update(range=self._range, namespace=_BoundedNamespace, dict=dict)

    # -- limits ---------------------------------------------------------------------------

    def _bounded(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        budget_of = self

        def bounded(*args: Any, **kwargs: Any) -> Any:
            values = [a for a in args if not _is_context(a)]
            if name == "format" and values and isinstance(values[0], str):
                _check_format(values[0], "filter 'format'")
            _check_arguments([*values, *kwargs.values()], f"filter {name!r}")
            budget_of.budget.tick(0)
            return _check_value(function(*args, **kwargs), f"filter {name!r}")

        if hasattr(function, "jinja_pass_arg"):
            bounded.jinja_pass_arg = function.jinja_pass_arg  # type: ignore[attr-defined]
        return bounded

    def _range(self, *args: int) -> Iterator[int]:
        _check_arguments(args, "range()")
        return self._counted(range(*args))

    def _counted(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self.budget.tick()
            yield item

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if max(left.bit_length(), 1) * abs(right) > 100_000:
                raise TemplateLimitError(f"the power {left} ** {right} is too large")
        if operator == "%" and isinstance(left, str):
            _check_format(left, "'%'")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(count, int):
                    if _size(seq) * max(count, 0) > MAX_VALUE:
                        raise TemplateLimitError(
                            f"'*' builds a value over {MAX_VALUE:,} characters"
                        )
        return _check_value(super().call_binop(context, operator, left, right), f"'{operator}'")

    def call(
        __self,  # noqa: N805 - Jinja's own signature: keyword arguments may be called "self"
        __context: jinja2.runtime.Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        __self.budget.tick(0)
        name = getattr(__obj, "__name__", "a function")
        _check_arguments([*args, *kwargs.values()], f"{name}()")
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, Iterator) and not isinstance(result, str):
            return __self._counted(result)
        return _check_value(result, f"{name}()")

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``section.items`` is the key of our plain dict, not the dict's ``items`` method."""
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        if isinstance(obj, str) and attribute in ("format", "format_map"):
            _check_format(obj, f"{attribute}()")
        return super().getattr(obj, attribute)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Parse, then route every ``for`` loop through the iteration budget."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.Name("__budget_loop", "load"), [loop.iter], [], None, None)
        return tree

    def reset(self) -> None:
        self.budget = _Budget()

    # -- rendering ------------------------------------------------------------------------

    def render(self, template: jinja2.Template, context: dict[str, Any]) -> str:
        """Render with a fresh budget, stopping once the output passes ``MAX_OUTPUT``."""
        self.reset()
        context = {**context, "__budget_loop": self._counted}
        out: list[str] = []
        total = 0
        try:
            for piece in template.generate(context):
                total += len(piece)
                if total > MAX_OUTPUT:
                    raise TemplateLimitError(f"the page would be over {MAX_OUTPUT:,} characters")
                out.append(piece)
        except (OverflowError, MemoryError, RecursionError) as exc:
            raise TemplateLimitError(f"the template went past a limit ({exc})") from None
        except jinja2.TemplateError:
            raise
        except (
            TypeError,
            ValueError,
            AttributeError,
            KeyError,
            IndexError,
            ZeroDivisionError,
        ) as exc:
            raise TemplateLimitError(f"{type(exc).__name__}: {exc}") from None
        return "".join(out)


def _is_context(value: Any) -> bool:
    return isinstance(value, (jinja2.runtime.Context, jinja2.nodes.EvalContext, jinja2.Environment))


class PlainData:
    """Turns our values into plain dicts/lists for a template, remembering the originals.

    A helper function given one of those dicts back (``inline(section.title, rtl)``) calls
    :meth:`original` to get the value it was built from.
    """

    def __init__(self) -> None:
        self._originals: dict[int, tuple[Any, Any]] = {}

    def __call__(self, value: Any) -> Any:
        if isinstance(value, enum.Enum):
            return self(value.value)
        if value is None or isinstance(value, (bool, int, float, str)):
            return value  # Markup stays Markup: it is our own escaped HTML
        if isinstance(value, (list, tuple)):
            out_list = [self(item) for item in value]
            self._originals[id(out_list)] = (out_list, value)
            return out_list
        if isinstance(value, dict):
            return {str(k): self(v) for k, v in value.items()}
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            out: dict[str, Any] = {}
            for f in dataclasses.fields(value):
                item = getattr(value, f.name)
                if _is_plain_enough(item):
                    out[f.name] = self(item)
            for attr, member in vars(type(value)).items():
                if isinstance(member, property) and not attr.startswith("_"):
                    item = getattr(value, attr)
                    if _is_plain_enough(item):
                        out[attr] = self(item)
            self._originals[id(out)] = (out, value)
            return out
        return None

    def original(self, value: Any) -> Any:
        """The value a plain dict or list was built from (``value`` itself otherwise)."""
        found = self._originals.get(id(value))
        if found is not None and found[0] is value:
            return found[1]
        if isinstance(value, list):
            return [self.original(item) for item in value]
        return value

    def helper(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """``function`` taking plain values back and giving plain values out."""

        def plain_helper(*args: Any) -> Any:
            result = function(*(self.original(a) for a in args))
            return result if isinstance(result, (str, Markup)) else self(result)

        plain_helper.__name__ = getattr(function, "__name__", "helper")
        return plain_helper


def _is_plain_enough(value: Any) -> bool:
    """Values a template may see: no paths, no callables, nothing that is not data."""
    if value is None or isinstance(value, (bool, int, float, str, enum.Enum)):
        return True
    if isinstance(value, (list, tuple)):
        return all(_is_plain_enough(v) for v in value[:1])
    if isinstance(value, dict):
        return True
    return dataclasses.is_dataclass(value) and type(value).__module__.startswith("policy_studio.")


__all__ = ["LimitedEnvironment", "PlainData", "TemplateLimitError"]
