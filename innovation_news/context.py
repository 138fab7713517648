"""The explicit context every parser takes instead of reading the clock or the machine's locale."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

__all__ = ["Context", "Language"]

Language = Literal["en", "zh"]


class Context(BaseModel):
    """What a parser may assume about the text it reads.

    * ``published`` -- the publication date. Relative dates ("this year", "last June") are
      resolved against it; without it they stay unresolved. The clock is never read.
    * ``language`` -- ``"en"`` or ``"zh"``, or ``None`` to read both scripts (the default:
      English articles quote Chinese names and Chinese articles use Arabic digits).
    * ``default_currency`` -- the ISO 4217 code that a bare ``$``/``¥`` or a bare
      "dollars" cannot decide on its own. ``"$"`` always means ``USD`` unless another dollar
      is named; ``"¥"`` means ``CNY`` in Chinese news. Results built on such a default say so
      with ``currency_assumed=True``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    published: _dt.date | None = None
    language: Language | None = None
    default_currency: str = "CNY"

    @field_validator("published", mode="before")
    @classmethod
    def _no_datetime(cls, value: object) -> object:
        if isinstance(value, _dt.datetime):
            return value.date()
        return value

    @field_validator("default_currency")
    @classmethod
    def _upper(cls, value: str) -> str:
        value = value.strip().upper()
        if len(value) != 3 or not value.isalpha():
            raise ValueError("default_currency must be an ISO 4217 code such as 'CNY'")
        return value


#: the context used when none is given (built without validation: no schema to build at import)
DEFAULT_CONTEXT = Context.model_construct(published=None, language=None, default_currency="CNY")
