"""compose: the only place that knows UN conventions. Package -> Document."""

from .compose import Layout, Part, compose

__all__ = ["Layout", "Part", "compose"]
