"""compose: the only place that knows UN conventions. Package -> Document."""

from .compose import Layout, MissionExtras, Part, compose

__all__ = ["Layout", "MissionExtras", "Part", "compose"]
