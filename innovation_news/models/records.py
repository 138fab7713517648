"""Public pydantic models for the records an article reports, and the article itself.

Every record carries its evidence: the :class:`~innovation_news.models.Span` of every mention,
offsets into the caller's original text.
"""

from __future__ import annotations

import datetime as _dt
from enum import Enum

from pydantic import BaseModel, ConfigDict

from innovation_news.models.quantities import Area, Count, DateRange, Money, Quantities, Span
from innovation_news.places._models import Place

__all__ = [
    "Level",
    "ParkKind",
    "InitiativeKind",
    "InvestmentKind",
    "InvestmentStatus",
    "OrganizationKind",
    "Mention",
    "Organization",
    "Person",
    "Park",
    "Initiative",
    "TalentProgram",
    "Investment",
    "ArticleMetadata",
    "Article",
]

_CONFIG = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Level(str, Enum):
    """Administrative level a park or programme is stated to have."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    DISTRICT = "district"


class ParkKind(str, Enum):
    PARK = "park"
    ZONE = "zone"
    TOWN = "town"
    CITY = "city"
    VALLEY = "valley"
    CORRIDOR = "corridor"
    BASE = "base"
    INCUBATOR = "incubator"
    OTHER = "other"


class InitiativeKind(str, Enum):
    EVENT = "event"
    COMPETITION = "competition"
    PLAN = "plan"
    POLICY = "policy"
    CAMPAIGN = "campaign"
    PILOT = "pilot"
    OTHER = "other"


class InvestmentKind(str, Enum):
    FIXED_ASSET = "fixed_asset"
    TOTAL = "total"
    PHASE = "phase"
    FUND = "fund"
    GRANT = "grant"
    PLANNED = "planned"
    OTHER = "other"


class InvestmentStatus(str, Enum):
    PLANNED = "planned"
    SIGNED = "signed"
    COMPLETED = "completed"
    UNKNOWN = "unknown"


class OrganizationKind(str, Enum):
    COMPANY = "company"
    UNIVERSITY = "university"
    INSTITUTE = "institute"
    LABORATORY = "laboratory"
    ASSOCIATION = "association"
    GOVERNMENT = "government"
    OTHER = "other"


class Mention(BaseModel):
    """One place in the text where a record is named (``span``), and the sentence holding it."""

    model_config = _CONFIG

    span: Span
    sentence: Span | None = None


class Organization(BaseModel):
    model_config = _CONFIG

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: OrganizationKind = OrganizationKind.OTHER
    mentions: tuple[Mention, ...] = ()


class Person(BaseModel):
    model_config = _CONFIG

    id: str
    name: str
    title: str | None = None
    organization: str | None = None
    mentions: tuple[Mention, ...] = ()


class Park(BaseModel):
    """A named place where companies and institutions locate (park, zone, town, valley...)."""

    model_config = _CONFIG

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: ParkKind = ParkKind.OTHER
    level: Level | None = None
    location: str | None = None
    location_span: Span | None = None
    place: Place | None = None
    area: Area | None = None
    counts: tuple[Count, ...] = ()
    investments: tuple[str, ...] = ()  # ids of Investment records whose target is this park
    sectors: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


class Initiative(BaseModel):
    """A named programme, plan, policy, campaign, competition, event or pilot designation."""

    model_config = _CONFIG

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: InitiativeKind = InitiativeKind.OTHER
    organisers: tuple[str, ...] = ()
    date: DateRange | None = None
    location: str | None = None
    location_span: Span | None = None
    place: Place | None = None
    targets: tuple[Count, ...] = ()
    sectors: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


class TalentProgram(BaseModel):
    """A named scheme to attract or grow talent."""

    model_config = _CONFIG

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    level: Level | None = None
    sponsor: str | None = None
    funding: tuple[Money, ...] = ()
    recruited: tuple[Count, ...] = ()
    location: str | None = None
    location_span: Span | None = None
    place: Place | None = None
    mentions: tuple[Mention, ...] = ()


class Investment(BaseModel):
    """Money committed, planned or spent on a project, park, company, fund or grant."""

    model_config = _CONFIG

    id: str
    amount: Money
    kind: InvestmentKind = InvestmentKind.OTHER
    status: InvestmentStatus = InvestmentStatus.UNKNOWN
    investor: str | None = None
    target: str | None = None
    target_span: Span | None = None
    target_id: str | None = None  # id of the Park / Initiative / TalentProgram / Organization
    date: DateRange | None = None
    location: str | None = None
    location_span: Span | None = None
    place: Place | None = None
    sectors: tuple[str, ...] = ()
    sentence: Span | None = None


class ArticleMetadata(BaseModel):
    model_config = _CONFIG

    id: str | None = None
    url: str | None = None
    title: str | None = None
    title_span: Span | None = None
    published: _dt.date | None = None
    published_span: Span | None = None
    source: str | None = None
    source_span: Span | None = None


class Article(BaseModel):
    """Everything :func:`innovation_news.parse_article` read from one article."""

    model_config = _CONFIG

    metadata: ArticleMetadata
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    furniture: tuple[Span, ...] = ()
    quantities: Quantities = Quantities()
    parks: tuple[Park, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
    talent_programs: tuple[TalentProgram, ...] = ()
    investments: tuple[Investment, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
