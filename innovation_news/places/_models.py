"""Public data models of :mod:`innovation_news.places`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Level = Literal["province", "prefecture", "county"]


class Place(BaseModel):
    """One administrative division of China (province-, prefecture- or county-level).

    ``adcode`` is the 6-digit administrative division code (``"330381"`` for Rui'an),
    ``name_zh`` the full Chinese name (``"瑞安市"``), ``name_en`` the usual English name
    (``"Rui'an"``), ``spellings`` every accepted English spelling (``name_en`` first),
    ``parent`` the adcode of the division it belongs to (``None`` for a province-level
    unit), ``lat``/``lng`` an approximate centre (WGS-84 degrees) when known.
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    adcode: str
    name_zh: str
    name_en: str
    spellings: tuple[str, ...]
    level: Level
    parent: str | None
    lat: float | None
    lng: float | None

    def parent_chain(self) -> list[Place]:
        """Return the divisions containing this one, nearest first.

        >>> from innovation_news.places import resolve_place
        >>> [p.name_en for p in resolve_place("Rui'an").parent_chain()]
        ['Wenzhou', 'Zhejiang']
        """
        from innovation_news.places._gazetteer import gazetteer

        return gazetteer().parent_chain(self.adcode)

    @property
    def province(self) -> Place:
        """The province-level division this place is in (itself for a province)."""
        chain = self.parent_chain()
        return chain[-1] if chain else self

    def is_within(self, other: Place) -> bool:
        """True when ``other`` is this place or one of the divisions containing it."""
        return other.adcode == self.adcode or any(
            p.adcode == other.adcode for p in self.parent_chain()
        )


class PlaceMention(BaseModel):
    """A place found in a text: ``text == original[start:end]`` (half-open offsets)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    place: Place
    start: int
    end: int
    text: str
