"""The RFC 3161 client: pyHanko's `TimeStamper` asking a server over HTTP(S) with one
deadline for the whole request (see `timestamping` for why). Imported only when a signature
gets a time stamp: it loads pyHanko."""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import socket
import ssl
import threading
import urllib.parse

from asn1crypto import tsp  # type: ignore[import-untyped]
from pyhanko.sign.timestamps import TimeStamper, TimestampRequestError

from .timestamping import DEFAULT_TIMEOUT, MAX_REPLY_BYTES, tsa_url_problem


class HttpTimeStamper(TimeStamper):
    """pyHanko's time stamper, asking an RFC 3161 server over HTTP(S)."""

    def __init__(self, url: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        problem = tsa_url_problem(url)
        if problem:
            raise TimestampRequestError(f"is not a usable address: {problem}")
        self.url = url.strip()
        self.timeout = timeout

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        return await asyncio.to_thread(self._request, req)

    def _request(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        status, kind, body = post_with_deadline(self.url, req.dump(),
                                                "application/timestamp-query", self.timeout)
        if status != 200:
            raise TimestampRequestError(f"the server answered {status}")
        if kind.split(";")[0].strip() != "application/timestamp-reply":
            raise TimestampRequestError(f"answered with {kind or 'no content type'}, "
                                        "not a time stamp")
        try:
            response = tsp.TimeStampResp.load(body)
            granted = response["status"]["status"].native
            if granted not in ("granted", "granted_with_mods"):
                raise TimestampRequestError(f"refused the request ({granted})")
            response["time_stamp_token"].native  # noqa: B018 (parses it: fails if broken)
        except (ValueError, TypeError, KeyError) as exc:
            raise TimestampRequestError(f"answered with a damaged time stamp ({exc})"
                                        ) from None
        return response


def post_with_deadline(url: str, body: bytes, content_type: str,
                       timeout: float) -> tuple[int, str, bytes]:
    """POST *body* to *url*; (status, content type, reply). Everything, from connecting to
    the last byte of the reply, must happen within *timeout* seconds."""
    parts = urllib.parse.urlsplit(url)
    connection: http.client.HTTPConnection
    if parts.scheme.lower() == "https":
        connection = http.client.HTTPSConnection(parts.hostname or "", parts.port,
                                                 timeout=timeout,
                                                 context=ssl.create_default_context())
    else:
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port,
                                                timeout=timeout)
    expired = threading.Event()

    def cut_off() -> None:
        expired.set()
        sock = connection.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    watchdog = threading.Timer(timeout, cut_off)
    watchdog.daemon = True
    watchdog.start()
    path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    try:
        connection.request("POST", path, body=body, headers={"Content-Type": content_type})
        response = connection.getresponse()
        reply = response.read(MAX_REPLY_BYTES + 1)
        if expired.is_set():
            raise TimeoutError
        if len(reply) > MAX_REPLY_BYTES:
            raise TimestampRequestError(f"answered with more than {MAX_REPLY_BYTES // 1000} kB;"
                                        " a time stamp is a few kB")
        return response.status, response.getheader("Content-Type", "") or "", reply
    except TimestampRequestError:
        raise
    except TimeoutError:
        raise TimestampRequestError(f"did not answer within {timeout:g} s") from None
    except (OSError, http.client.HTTPException) as exc:
        if expired.is_set():
            raise TimestampRequestError(f"did not answer within {timeout:g} s") from None
        reason = getattr(exc, "strerror", None) or exc
        raise TimestampRequestError(f"cannot be reached ({reason})") from None
    finally:
        watchdog.cancel()
        connection.close()
