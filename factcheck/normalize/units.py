"""The single pint registry of factcheck, and unit surface words.

``registry()`` builds pint's default registry once, lazily (importing pint costs about
half a second, so CLI start-up does not pay for it until a unit is converted), and loads
``data/units.txt`` on top: oil barrels are pint's ``oil_barrel`` (42 gal; pint's
``barrel`` is 31.5 gal), ``kiloton_tnt``/``megaton_tnt`` for yields, tonnes for
"metric tons".

Canonical units: a quantity's interval is expressed in pint's base units (SI: metre,
kilogram, second, kelvin, bit, radian and their products), e.g. oil barrels per year in
``meter ** 3 / second``. ``canonical(value, unit)`` does that conversion (offset units such
as degrees Celsius included); conversions are cached per unit as a linear map.

``surfaces()`` gives the text -> unit tables of ``data/patterns/en/units.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from factcheck.errors import require

# pint is imported on first use (start-up cost), but its absence is told now: without it
# every quantity's conversion would fail one by one, and a run would report part of what
# it should
require("pint", "'pint>=0.23', to read units")

__all__ = ["registry", "canonical", "canonical_unit", "is_time_unit", "is_temperature", "Surfaces",
           "surfaces"]


@cache
def registry() -> Any:
    """The one pint UnitRegistry, with data/units.txt loaded."""
    import pint  # lazy: import cost matters for CLI start-up

    ureg = pint.UnitRegistry()
    path = resources.files("factcheck") / "data" / "units.txt"
    with resources.as_file(path) as real:
        ureg.load_definitions(str(real))
    return ureg


@cache
def _linear(unit: str) -> tuple[float, float, str]:
    """unit -> (factor, offset, base unit) with base = factor * value + offset."""
    ureg = registry()
    zero = ureg.Quantity(0.0, unit).to_base_units()
    one = ureg.Quantity(1.0, unit).to_base_units()
    base = str(one.units) or "dimensionless"
    return float(one.magnitude - zero.magnitude), float(zero.magnitude), base


def canonical(value: float, unit: str) -> tuple[float, str]:
    """``value`` in ``unit`` -> (value in pint base units, base unit string)."""
    factor, offset, base = _linear(unit)
    return value * factor + offset, base


def canonical_unit(unit: str) -> tuple[float, float, str]:
    """The linear map of ``unit`` to its base unit: (factor, offset, base unit)."""
    return _linear(unit)


@cache
def is_time_unit(unit: str) -> bool:
    return _linear(unit)[2] == "second"


@cache
def is_temperature(unit: str) -> bool:
    return _linear(unit)[2] == "kelvin"


@dataclass(frozen=True)
class Surfaces:
    names: dict[str, str]  # lower-case surface (plurals included) -> pint unit
    symbols: dict[str, str]  # case-sensitive symbol -> pint unit
    age_cues: tuple[str, ...]
    attached: dict[str, str]  # symbols read only glued to the digits ("-5C") -> pint unit
    compounds: dict[str, str]  # larger -> smaller unit of a two-unit measure ("5 feet 2 inches")
    attached_cues: tuple[str, ...]  # words that make a glued "C"/"F" a temperature
    # words that make every glued "C"/"F" of a text a temperature, wherever they stand
    temperature_text: tuple[str, ...] = ()
    # adjectives saying which extent a length is ("a 21-foot-long vessel", "90 m tall")
    dimension_words: frozenset[str] = frozenset()
    # symbols read only glued to the digits, whatever the words around ("a 50MP camera")
    glued: dict[str, str] = field(default_factory=dict)


def _plurals(name: str) -> set[str]:
    out = {name}
    words = name.split(" ")
    last = words[-1]
    if not last.endswith(("s", "x", "z", "ch", "sh", ".")):
        out.add(" ".join(words[:-1] + [last + "s"]))
    elif last.endswith(("ch", "sh", "x")):
        out.add(" ".join(words[:-1] + [last + "es"]))
    if len(words) > 1 and not words[0].endswith("s"):  # "degrees celsius", "miles an hour"
        out.add(" ".join([words[0] + "s"] + words[1:]))
    return out


@cache
def surfaces() -> Surfaces:
    from factcheck.extract.numbers import load_table  # here: extract imports this module

    data = load_table("units")
    names: dict[str, str] = {}
    for surface, unit in (data.get("names") or {}).items():
        if not isinstance(unit, str):
            raise ValueError(f"units.yaml: names.{surface} must be a pint unit string")
        for form in _plurals(str(surface).lower()):
            names.setdefault(form, unit)
    symbols = {str(k): str(v) for k, v in (data.get("symbols") or {}).items()}
    attached = {str(k): str(v) for k, v in (data.get("symbols_attached") or {}).items()}
    compounds = {str(k): str(v) for k, v in (data.get("compounds") or {}).items()}
    return Surfaces(names, symbols, tuple(data.get("age_cues") or ()), attached, compounds,
                    tuple(str(c) for c in data.get("attached_cues") or ()),
                    tuple(str(c) for c in data.get("temperature_text") or ()),
                    frozenset(str(w) for w in data.get("dimension_words") or ()),
                    {str(k): str(v) for k, v in (data.get("symbols_glued") or {}).items()})
