"""The web app: a page (``static/``) and the JSON it reads and sends.

Documents are uploaded as the request body (``POST /api/documents?name=plan.docx``), kept in
the app's folder (:mod:`coopdocs.serve.store`) and extracted in the background
(:mod:`coopdocs.serve.jobs`); the page shows each with its items and sends corrections
(:mod:`coopdocs.serve.corrections`), then downloads the Word document, the corrected records
or the targets workbook. Anything the browser sends is data: an id of ours, a field name
from a fixed list, a value checked before it is kept.
"""
from __future__ import annotations

import asyncio
import json
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import CoopdocsError
from . import corrections as corr
from . import downloads, i18n, view
from .gate import Gate
from .jobs import Jobs
from .store import Store

MAX_UPLOAD = 50 * 2**20
"""The largest upload, in bytes (at most what the readers read)."""


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def static_dir() -> Path:
    return Path(str(resources.files("coopdocs.serve") / "static"))


def create_app(folder: str | Path, token: str, *, max_upload: int = MAX_UPLOAD,
               any_host: bool = False):
    """The ASGI app over ``folder``, open to requests that carry ``token``."""
    from ..readers import MAX_FILE_BYTES

    store = Store(folder)
    jobs = Jobs(store)
    limit = min(max_upload, MAX_FILE_BYTES)

    @asynccontextmanager
    async def lifespan(app):
        jobs.start()
        yield
        jobs.stop()

    routes = [
        Route("/", lambda r: FileResponse(static_dir() / "index.html")),
        Route("/favicon.ico", lambda r: Response(status_code=204)),
        Route("/api/config", config),
        Route("/api/progress", lambda r: JSONResponse(jobs.progress())),
        Route("/api/documents", documents, methods=["GET", "POST"]),
        Route("/api/documents/{doc_id}", document, methods=["GET", "DELETE"]),
        Route("/api/documents/{doc_id}/{action}", change, methods=["POST"]),
        Route("/api/templates", templates, methods=["GET", "POST"]),
        Route("/api/header", header, methods=["GET", "POST"]),
        Route("/download/{doc_id}/{what}", download),
        Mount("/static", StaticFiles(directory=static_dir()), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={Refused: _refused, CoopdocsError: _coopdocs_error})
    app.state.store, app.state.jobs, app.state.limit = store, jobs, limit
    app.state.edits = asyncio.Lock()   # one correction at a time: none is lost to another
    return Gate(app, token, any_host=any_host)


async def _refused(request: Request, exc: Refused) -> JSONResponse:
    return JSONResponse({"error": exc.message}, status_code=exc.status)


async def _coopdocs_error(request: Request, exc: CoopdocsError) -> JSONResponse:
    return JSONResponse({"error": str(exc)}, status_code=400)


def _state(request: Request) -> tuple[Store, Jobs]:
    return request.app.state.store, request.app.state.jobs


async def config(request: Request) -> JSONResponse:
    """The interface language (the switch's cookie, else Accept-Language) and its strings,
    the languages to switch to, the accepted file types and the upload limit."""
    from ..readers import SUFFIXES

    lang = i18n.choose(request.headers.get("accept-language"), request.cookies.get(i18n.COOKIE))
    return JSONResponse({
        "lang": lang, "strings": i18n.strings(lang),
        "languages": [{"code": c, "name": i18n.strings(c)["_name"]} for c in i18n.languages()],
        "accept": list(SUFFIXES), "max_upload": request.app.state.limit, "cookie": i18n.COOKIE,
    })


async def documents(request: Request) -> JSONResponse:
    store, jobs = _state(request)
    if request.method == "POST":
        doc_id = await _upload(request, store)
        jobs.submit(doc_id)
        return JSONResponse({"id": doc_id, **store.meta(doc_id)}, status_code=201)
    return JSONResponse({"documents": [view.summary(store, i) for i in store.ids()],
                         "progress": jobs.progress()})


async def _upload(request: Request, store: Store) -> str:
    """The body of the request stored as a new document: a supported type, within the limit."""
    from ..readers import SUFFIXES, supported

    name = _name(request)
    if not supported(Path(name)):
        suffix = Path(name).suffix or "(none)"
        raise Refused(415, f"{name}: unsupported file type {suffix!r}; coopdocs reads "
                           f"{', '.join(SUFFIXES)}")
    data = await _body(request, name)
    return store.add(name, Path(name).suffix.lower(), data)


def _name(request: Request) -> str:
    from .store import RefusedName, clean_name

    try:
        return clean_name(request.query_params.get("name", ""))
    except RefusedName as e:
        raise Refused(400, str(e)) from None


async def _body(request: Request, name: str) -> bytes:
    limit = request.app.state.limit
    too_big = Refused(413, f"{name}: too large; the limit is {limit / 2**20:g} MB")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_big
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    data = b"".join(chunks)
    if not data.strip():
        raise Refused(400, f"{name}: the file is empty")
    return data


def _doc_id(request: Request) -> str:
    store, _ = _state(request)
    doc_id = request.path_params["doc_id"]
    try:
        store.path(doc_id)
    except (KeyError, StopIteration):
        raise Refused(404, "no such document") from None
    return doc_id


async def document(request: Request) -> JSONResponse:
    store, _ = _state(request)
    doc_id = _doc_id(request)
    if request.method == "DELETE":
        store.remove(doc_id)
        return JSONResponse({"removed": doc_id})
    return JSONResponse(await run_in_threadpool(view.document, store, doc_id))


async def change(request: Request) -> JSONResponse:
    """A correction: ``status`` (accept, reject, undo), ``field`` (a typed value) or ``add``
    (a missed item by its span); the document as it now reads, or why not (nothing kept)."""
    store, _ = _state(request)
    doc_id = _doc_id(request)
    record = store.record(doc_id)
    if record is None:
        raise Refused(409, "the document is not read yet")
    body = await _json(request)
    action = request.path_params["action"]
    text = store.read_json(doc_id, "text.json")
    async with request.app.state.edits:
        current = store.corrections(doc_id)
        try:
            updated = await run_in_threadpool(_correct, action, body, current, record, text)
            corr.apply(record, updated)
        except corr.CorrectionError as e:
            raise Refused(400, e.message) from None
        except (KeyError, TypeError, ValueError):
            needs = ", ".join(NEEDS.get(action, ()))
            raise Refused(400, f"a {action} correction needs {needs}") from None
        store.save_corrections(doc_id, updated)
    return JSONResponse(await run_in_threadpool(view.document, store, doc_id))


NEEDS = {"status": ("key", "status"), "field": ("key", "field", "value"),
         "add": ("category", "start", "end")}


def _correct(action: str, body: dict, current: dict, record: dict, text: dict) -> dict:
    lang = record["source"]["lang"]
    if action == "status":
        return corr.set_status(current, str(body["key"]), body["status"])
    if action == "field":
        return corr.set_field(current, str(body["key"]), str(body["field"]), body["value"], lang)
    if action == "add":
        return view.add_item(current, record, text["text"], body)
    raise Refused(404, f"no such correction {action!r}")


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > 2**20:
        raise Refused(413, "a correction is at most 1 MB")
    try:
        data = json.loads(raw or b"{}")
    except ValueError:
        raise Refused(400, "a correction is a JSON object") from None
    if not isinstance(data, dict):
        raise Refused(400, "a correction is a JSON object")
    return data


async def templates(request: Request) -> JSONResponse:
    store, _ = _state(request)
    if request.method == "POST":
        name = _name(request)
        if Path(name).suffix.lower() != ".docx":
            raise Refused(415, f"{name}: a template is a Word file (.docx)")
        data = await _body(request, name)
        await run_in_threadpool(downloads.check_template, data, name)
        tpl_id = store.add_template(name, data)
        return JSONResponse({"id": tpl_id, "name": name}, status_code=201)
    return JSONResponse({"builtin": downloads.builtins(), "own": store.user_templates()})


async def header(request: Request) -> JSONResponse:
    """The header fields (agency, number, signer ...) every downloaded document gets."""
    store, _ = _state(request)
    if request.method == "POST":
        body = await _json(request)
        store.save_header({**store.header(), **downloads.checked_header(body.get("fields"))})
    return JSONResponse({"names": list(downloads.HEADER_FIELDS), "fields": store.header()})


async def download(request: Request) -> Response:
    store, _ = _state(request)
    what = request.path_params["what"]
    ids = store.ids() if request.path_params["doc_id"] == "all" else [_doc_id(request)]
    try:
        return await run_in_threadpool(downloads.make, store, ids, what,
                                       request.query_params.get("template"))
    except corr.CorrectionError as e:
        raise Refused(400, e.message) from None
    except KeyError:
        raise Refused(404, "no such template or download") from None
