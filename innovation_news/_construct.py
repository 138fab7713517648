"""Building many small frozen models fast.

``Model.model_construct`` skips validation but still loops over the fields in Python; the
scanners build thousands of models whose values they have already checked, so they use
:func:`construct`, which does what ``model_construct`` does for a model given *every* field.
``tests/test_construct.py`` checks that both give equal models, so a pydantic release that
changes the instance layout fails the tests instead of the users.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["construct"]

M = TypeVar("M", bound=BaseModel)

_new = object.__new__
_set = object.__setattr__


def construct(cls: type[M], values: dict[str, Any]) -> M:
    """``cls.model_construct(**values)`` for ``values`` holding every field of ``cls``."""
    obj = _new(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", set(values))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj
