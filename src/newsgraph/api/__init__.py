"""newsgraph's HTTP API and the analyst's page (`newsgraph serve`).

`create_app(db_path=None, max_body_bytes=..., token=None, private=False)` builds the FastAPI app;
`serve(db, host, port, token_file=None, private=False)` runs it with uvicorn, bound to loopback
unless told otherwise; off loopback it needs a token (api/auth.py). On loopback, requests must be
addressed to a loopback name (Host header), which keeps DNS-rebinding web pages out. CORS is
off unless the environment variable NEWSGRAPH_CORS_ORIGINS lists origins (comma-separated).
"""
from __future__ import annotations

import os
from typing import Optional

from newsgraph.api.app import DEFAULT_MAX_BODY_BYTES, create_app
from newsgraph.api.auth import check_binding, resolve_token
from newsgraph.api.security import LOOPBACK_NAMES, host_name

__all__ = ["create_app", "serve", "DEFAULT_MAX_BODY_BYTES"]


def serve(db: Optional[str], host: str, port: int, token_file: Optional[str] = None,
          private: bool = False) -> None:
    """Serve the API and the page on host:port until interrupted (blocking); UsageError, before
    anything is opened, when the address is not loopback and no token is set."""
    import uvicorn

    token = resolve_token(token_file)
    check_binding(host, token)
    if private and token is None:
        from newsgraph.errors import UsageError
        raise UsageError("--private needs a token: set NEWSGRAPH_TOKEN or --token-file")
    origins = [o.strip() for o in os.environ.get("NEWSGRAPH_CORS_ORIGINS", "").split(",") if o.strip()]
    hosts = LOOPBACK_NAMES if host_name(host) in LOOPBACK_NAMES else None
    app = create_app(db_path=db, cors_origins=origins, allowed_hosts=hosts, token=token, private=private)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
