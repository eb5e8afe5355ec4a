"""Who may write: a bearer token, required off loopback.

Bound to loopback (127.0.0.1, ::1, localhost) the server needs no token, as before. Bound to any
other address, `serve` refuses to start unless a token is set (NEWSGRAPH_TOKEN or --token-file).
With a token, every write (any method but GET, HEAD, OPTIONS: POST /extract, POST /reviews) needs
`Authorization: Bearer <token>`; with `private`, reads need it too, except the page itself (/,
/static/) and /openapi.json, which hold no data. A wrong or missing token gets a 401 in the API's one error shape.
"""
from __future__ import annotations

import hmac
import os
from pathlib import Path
from typing import Optional

from starlette.types import ASGIApp, Receive, Scope, Send

from newsgraph.api.errors import error_response
from newsgraph.api.security import LOOPBACK_NAMES, host_name
from newsgraph.errors import UsageError

TOKEN_ENV = "NEWSGRAPH_TOKEN"
MIN_TOKEN_CHARS = 16
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
OPEN_PATHS = ("/static/",)
OPEN_EXACT = frozenset({"/", "/openapi.json"})      # the page and the schema hold no data


def resolve_token(token_file: Optional[str] = None, environ: Optional[dict] = None) -> Optional[str]:
    """The token from `token_file`, else from $NEWSGRAPH_TOKEN, else None; UsageError when too short."""
    environ = os.environ if environ is None else environ
    if token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read the token file {token_file}: {exc}") from None
        source = token_file
    else:
        token, source = (environ.get(TOKEN_ENV) or "").strip(), TOKEN_ENV
        if not token:
            return None
    if len(token) < MIN_TOKEN_CHARS or any(c.isspace() for c in token):
        raise UsageError(f"the token in {source} must be at least {MIN_TOKEN_CHARS} characters, without spaces")
    return token


def check_binding(host: str, token: Optional[str]) -> None:
    """UsageError when `host` is not loopback and no token is set."""
    if token is None and host_name(host) not in LOOPBACK_NAMES:
        raise UsageError(f"refusing to serve on {host} without a token: set {TOKEN_ENV} or --token-file "
                         "(writes will need 'Authorization: Bearer <token>')")


def is_loopback(host: str) -> bool:
    return host_name(host) in LOOPBACK_NAMES


class BearerAuth:
    """ASGI middleware: 401 for writes (and, when `private`, reads) without the right bearer token."""

    def __init__(self, app: ASGIApp, token: str, private: bool = False) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode()
        self.private = private

    def needs_token(self, method: str, path: str) -> bool:
        if method not in READ_METHODS:
            return True
        return self.private and path not in OPEN_EXACT and not path.startswith(OPEN_PATHS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.needs_token(scope["method"], scope["path"]):
            given = dict(scope.get("headers") or []).get(b"authorization", b"")
            if not hmac.compare_digest(given, self.expected):
                message = "a valid 'Authorization: Bearer <token>' header is needed" if not given else \
                    "the bearer token is wrong"
                response = error_response(401, message, headers={"WWW-Authenticate": "Bearer"})
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
