"""Building many small frozen models fast.

``Model.model_construct`` skips validation but still loops over the fields in Python; the
scanners build thousands of models whose values they have already checked, so they use
:func:`construct`, which does what ``model_construct`` does for a model given *every* field.
``tests/test_construct.py`` checks that both give equal models, so a pydantic release that
changes the instance layout fails the tests instead of the users.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

__all__ = ["construct"]

M = TypeVar("M", bound=BaseModel)

_new = object.__new__
_set = object.__setattr__


def _fast(cls: type[M], values: dict[str, Any]) -> M:
    obj = _new(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", set(values))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def _slow(cls: type[M], values: dict[str, Any]) -> M:
    return cls.model_construct(**values)


def _pick() -> Any:
    """The fast path only if it builds exactly what ``model_construct`` builds here."""

    class _Probe(BaseModel):
        # defer_build: no schema (and no plugin discovery) just to probe the layout
        model_config = ConfigDict(defer_build=True)

        a: int
        b: str = "x"

    try:
        fast, slow = _fast(_Probe, {"a": 1, "b": "y"}), _slow(_Probe, {"a": 1, "b": "y"})
        # (no model_dump here: it would build the schema; tests/test_construct.py does it)
        same = (fast == slow and vars(fast) == vars(slow)
                and fast.model_fields_set == slow.model_fields_set)
    except Exception:  # pragma: no cover - a pydantic whose instance layout differs
        same = False
    return _fast if same else _slow


_construct = _pick()


def construct(cls: type[M], values: dict[str, Any]) -> M:
    """``cls.model_construct(**values)`` for ``values`` holding every field of ``cls``."""
    return _construct(cls, values)  # type: ignore[no-any-return]
