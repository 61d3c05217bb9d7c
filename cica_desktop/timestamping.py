"""RFC 3161 time stamps over HTTP(S), with one deadline for the whole request.

A socket timeout alone is no deadline: it restarts with every byte received, so a server
that drips one byte every few seconds could hold a signing (and the window's export) for
ever. Here (`timestamp_client.post_with_deadline`) a watchdog shuts the connection down
when the request's time is up, whatever stage it is in (connecting, sending, waiting,
reading), and the reply's size is bounded.
Only http:// and https:// addresses are used: urllib would also open file:// and ftp://.

This module holds what the command line and the settings read (the deadlines, the address
check) and imports nothing heavy; the client itself, `HttpTimeStamper` on pyHanko's
`TimeStamper`, is in `timestamp_client` and is loaded only when a signature is stamped
(pyHanko and aiohttp take about 0.2 s to import; a build needs neither).
"""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .timestamp_client import HttpTimeStamper as HttpTimeStamper
    from .timestamp_client import post_with_deadline as post_with_deadline

#: Seconds a time-stamp request may take in all, unless the settings or --tsa-timeout say.
DEFAULT_TIMEOUT = 30.0
#: Bounds for a configured deadline, in seconds.
MIN_TIMEOUT, MAX_TIMEOUT = 1.0, 600.0
#: A time-stamp reply is a few kilobytes; more than this is not one.
MAX_REPLY_BYTES = 1_000_000


def tsa_url_problem(url: str) -> str:
    """Why *url* cannot be a time-stamp server's address ("" when it can)."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        return "give an http:// or https:// address"
    if not parts.hostname:
        return "the address names no server"
    try:
        parts.port  # noqa: B018 (raises on a port that is not a number)
    except ValueError:
        return "the address has an invalid port"
    return ""


#: The names this module lends from timestamp_client, imported when first used.
_CLIENT_NAMES = frozenset({"HttpTimeStamper", "post_with_deadline"})


def __getattr__(name: str) -> Any:
    if name in _CLIENT_NAMES:
        from . import timestamp_client

        return getattr(timestamp_client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
