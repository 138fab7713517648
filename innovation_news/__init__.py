"""innovation_news: regional innovation news -> typed, span-anchored data."""

__version__ = "0.1.0"
