"""The package's exceptions: every error it raises on purpose derives from :class:`InnovationNewsError`."""

from __future__ import annotations

__all__ = [
    "InnovationNewsError",
    "InputTypeError",
    "ensure_text",
    "ParseError",
    "UnknownCurrencyError",
    "UnknownUnitError",
    "ConversionError",
    "DataError",
]


class InnovationNewsError(Exception):
    """Base class of every error raised on purpose by ``innovation_news``."""


class InputTypeError(InnovationNewsError, TypeError):
    """A public function was given something that is not a ``str`` where text is expected."""


def ensure_text(value: object, function: str) -> str:
    """Return ``value`` if it is a ``str``; raise :class:`InputTypeError` naming ``function``."""
    if not isinstance(value, str):
        raise InputTypeError(f"{function}() takes a str, not {type(value).__name__}")
    return value


class ParseError(InnovationNewsError, ValueError):
    """A ``parse_*`` function was given text that is not one whole expression of its kind.

    ``text`` is the input and ``reason`` a short, stable, machine-readable code
    (for example ``"empty"``, ``"no-number"``, ``"trailing-text"``, ``"no-currency"``).
    """

    def __init__(self, message: str, *, text: str = "", reason: str = "invalid") -> None:
        super().__init__(message)
        self.text = text
        self.reason = reason


class UnknownCurrencyError(InnovationNewsError, KeyError):
    """A currency name, symbol or code that the currency table does not know."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class UnknownUnitError(InnovationNewsError, KeyError):
    """An area unit name that the unit table does not know."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class ConversionError(InnovationNewsError, ValueError):
    """A conversion that cannot be made (no exchange rate for that year, no value to convert...)."""


class DataError(InnovationNewsError, RuntimeError):
    """A shipped data table is malformed (a packaging bug, never the caller's fault)."""
