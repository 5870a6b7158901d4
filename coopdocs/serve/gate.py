"""Who may use the app: the person who started it. Every request carries the random token
``coopdocs serve`` printed (in the address once; then in a same-site cookie, or an
``X-Coopdocs-Token`` header), names this machine as its host (a page elsewhere cannot reach
it through a name that points here), and a request that changes anything comes from the
app's own page. Everything else is 403. Every answer forbids framing, sniffing, caching and
sending the address (with its token) on as a referrer.
"""
from __future__ import annotations

import hashlib
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, urlsplit

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
HEADER = b"x-coopdocs-token"
SAFE = frozenset({"GET", "HEAD"})
SECURITY_HEADERS = [
    (b"content-security-policy",
     (b"default-src 'self'; img-src 'self' data: blob:; object-src 'none'; "
      b"frame-ancestors 'none'; base-uri 'none'; form-action 'self'")),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]
FORBIDDEN = ("403 Forbidden: open the address `coopdocs serve` printed when it started "
             "(it carries the access token)")


def new_token() -> str:
    return secrets.token_urlsafe(24)


def cookie_name(token: str) -> str:
    """One cookie per running app (cookies do not tell ports apart)."""
    return "coopdocs_" + hashlib.sha256(token.encode()).hexdigest()[:10]


class Gate:
    """ASGI middleware: the token, the host and the origin checked before the app sees a request."""

    def __init__(self, app, token: str, *, any_host: bool = False):
        self.app = app
        self.token = token
        self.cookie = cookie_name(token)
        self.any_host = any_host

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = (query.get("token") or [None])[0]
        if not self.any_host and _host(headers.get("host", "")) not in LOCAL_HOSTS:
            return await _plain(send, 403, "403 Forbidden: this app answers to 127.0.0.1 only")
        if given is not None and self._ok(given) and scope["method"] == "GET" and scope["path"] == "/":
            return await self._enter(send)
        if not (self._ok(given) or self._ok(headers.get(HEADER.decode())) or self._ok(
                _cookie(headers.get("cookie", ""), self.cookie))):
            return await _plain(send, 403, FORBIDDEN)
        if scope["method"] not in SAFE and not _same_origin(headers):
            return await _plain(send, 403, "403 Forbidden: a change must come from the app's page")

        async def secured(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            await send(message)

        return await self.app(scope, receive, secured)

    def _ok(self, value: str | None) -> bool:
        return value is not None and secrets.compare_digest(value.encode(), self.token.encode())

    async def _enter(self, send):
        """The address with the token: keep it in a cookie and show the page without it."""
        cookie = f"{self.cookie}={self.token}; Path=/; HttpOnly; SameSite=Strict"
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", b"/"), (b"set-cookie", cookie.encode()),
                                *SECURITY_HEADERS]})
        await send({"type": "http.response.body", "body": b""})


def _host(value: str) -> str:
    if value.startswith("["):
        return value[:value.find("]") + 1]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _cookie(header: str, name: str) -> str | None:
    jar = SimpleCookie()
    try:
        jar.load(header)
    except Exception:  # noqa: BLE001 (a malformed cookie header is no token)
        return None
    return jar[name].value if name in jar else None


def _same_origin(headers: dict) -> bool:
    """A request without an Origin (not from a page) or from this host's own page."""
    origin = headers.get("origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc == headers.get("host")


async def _plain(send, status: int, text: str):
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": text.encode("utf-8")})
