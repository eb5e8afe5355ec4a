"""One error shape for every endpoint, and the request-size limit.

Every error response is `{"error": {"status": int, "code": str, "message": str}}`
(plus `"details"` for validation errors: where and what, never the input echoed back).
Stack traces go to the server log, never to the client.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.errors import InputError, NewsgraphError, ResourceError, UsageError

log = logging.getLogger("newsgraph.api")

# HTTP status -> short machine-readable code of the error shape.
ERROR_CODES = {
    400: "bad_request", 401: "unauthorized", 404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
    413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_input",
    500: "internal_error", 503: "unavailable",
}


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str
    details: Optional[list[dict[str, Any]]] = None


class ErrorResponse(BaseModel):
    """The shape of every error the API returns."""
    error: ErrorBody


def error_response(status: int, message: str, details: Optional[list] = None,
                   headers: Optional[dict] = None) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "code": ERROR_CODES.get(status, "error"), "message": message}
    if details is not None:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": [str(p) for p in err.get("loc", ())], "message": str(err.get("msg", ""))}
            for err in exc.errors()]


async def _on_http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = exc.detail if isinstance(exc.detail, str) else ERROR_CODES.get(exc.status_code, "error")
    return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))


async def _on_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    return error_response(422, "the request does not match the schema", _validation_details(exc))


async def _on_newsgraph_error(request: Request, exc: NewsgraphError) -> JSONResponse:
    if isinstance(exc, (InputError, UsageError)):
        return error_response(422 if isinstance(exc, InputError) else 400, str(exc))
    if isinstance(exc, ResourceError):
        log.error("resource error: %s", exc)
        return error_response(503, "a resource newsgraph needs is unavailable on the server")
    log.error("error on %s %s: %s", request.method, request.url.path, exc)
    return error_response(500, "internal error")


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path)
    return error_response(500, "internal error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(NewsgraphError, _on_newsgraph_error)
    app.add_exception_handler(Exception, _on_unexpected)


class BodySizeLimit:
    """ASGI middleware: refuse request bodies over `max_bytes` with a 413 JSON error.

    Checks Content-Length up front, then reads the body (chunked or not) counting its bytes,
    and hands the app the buffered body: the limit holds whatever the app does with it.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":       # the client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body_sent = False

        async def replay() -> Message:
            nonlocal body_sent
            if not body_sent:
                body_sent = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"the request body is larger than the limit of {self.max_bytes:,} bytes"
        response = error_response(413, message, headers={"Connection": "close"})
        await response(scope, receive, send)

