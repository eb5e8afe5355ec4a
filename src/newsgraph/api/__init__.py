"""newsgraph's HTTP API and the analyst's page (`newsgraph serve`).

`create_app(db_path=None, max_body_bytes=...)` builds the FastAPI app; `serve(db, host, port)`
runs it with uvicorn, bound to loopback unless told otherwise. On loopback, requests must be
addressed to a loopback name (Host header), which keeps DNS-rebinding web pages out. CORS is
off unless the environment variable NEWSGRAPH_CORS_ORIGINS lists origins (comma-separated).
"""
from __future__ import annotations

import os
from typing import Optional

from newsgraph.api.app import DEFAULT_MAX_BODY_BYTES, create_app
from newsgraph.api.security import LOOPBACK_NAMES, host_name

__all__ = ["create_app", "serve", "DEFAULT_MAX_BODY_BYTES"]


def serve(db: Optional[str], host: str, port: int) -> None:
    """Serve the API and the page on host:port until interrupted (blocking)."""
    import uvicorn

    origins = [o.strip() for o in os.environ.get("NEWSGRAPH_CORS_ORIGINS", "").split(",") if o.strip()]
    hosts = LOOPBACK_NAMES if host_name(host) in LOOPBACK_NAMES else None
    app = create_app(db_path=db, cors_origins=origins, allowed_hosts=hosts)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
