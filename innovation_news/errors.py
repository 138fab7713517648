"""The package's exceptions: every error it raises on purpose derives from :class:`InnovationNewsError`."""

from __future__ import annotations

__all__ = [
    "InnovationNewsError",
    "ParseError",
    "UnknownCurrencyError",
    "UnknownUnitError",
    "ConversionError",
    "DataError",
]


class InnovationNewsError(Exception):
    """Base class of every error raised on purpose by ``innovation_news``."""


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
