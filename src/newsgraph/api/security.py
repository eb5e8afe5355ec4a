"""Safe defaults of the server: response headers (a strict Content-Security-Policy: scripts,
styles, data only from this server, no inline scripts; no MIME sniffing, no framing), and a Host
check that keeps a loopback server out of reach of DNS-rebinding pages."""
from __future__ import annotations

from typing import Collection

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.api.errors import error_response

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})

# No inline scripts or style attributes: the page sets styles through the CSSOM only (as Leaflet does).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """ASGI middleware adding HEADERS to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *HEADERS]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def host_name(host_header: str) -> str:
    """"example.org:8000" -> "example.org"; "[::1]:8000" -> "::1"."""
    if host_header.startswith("["):
        return host_header[1:].split("]", 1)[0]
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


class TrustedHosts:
    """ASGI middleware: a 400 JSON error for requests whose Host header names another host."""

    def __init__(self, app: ASGIApp, hosts: Collection[str]) -> None:
        self.app = app
        self.hosts = frozenset(h.lower() for h in hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
            if host_name(host) not in self.hosts:
                response = error_response(400, "this server answers only requests addressed to "
                                               + ", ".join(sorted(self.hosts)))
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
