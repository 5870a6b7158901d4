"""Extraction in the background, one document at a time, with the progress of the batch.

Uploads return at once; a single worker thread extracts the queued documents in order
(spaCy pipelines are used from that one thread only) and writes each record next to its
document. :meth:`Jobs.progress` is what the page polls: how many of the current batch are
done, and which document is being read. Documents left queued when the app stopped are
queued again when it starts.
"""
from __future__ import annotations

import queue
import threading

from ..errors import CoopdocsError
from .corrections import EXTRACT
from .store import Store


class Jobs:
    def __init__(self, store: Store):
        self.store = store
        self.queue: queue.Queue[str | None] = queue.Queue()
        self.lock = threading.Lock()
        self.total = 0
        self.done = 0
        self.current: str | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        for doc_id in self.store.ids():
            if self.store.meta(doc_id).get("status") in ("queued", "reading"):
                self.submit(doc_id)
        self.thread = threading.Thread(target=self._run, name="coopdocs-extract", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        if self.thread is not None:
            self.queue.put(None)
            self.thread.join(timeout=30)
            self.thread = None

    def submit(self, doc_id: str) -> None:
        with self.lock:
            if self.done >= self.total:  # the last batch is finished: a new one begins
                self.total = self.done = 0
            self.total += 1
        self.queue.put(doc_id)

    def progress(self) -> dict:
        with self.lock:
            name = self.store.meta(self.current).get("name") if self.current else None
            return {"total": self.total, "done": self.done, "current": name,
                    "busy": self.done < self.total}

    def wait(self, timeout: float | None = None) -> bool:
        """Until the queue is empty (for tests and shutdown); False on timeout."""
        import time

        end = None if timeout is None else time.monotonic() + timeout
        while True:
            with self.lock:
                if self.done >= self.total:
                    return True
            if end is not None and time.monotonic() > end:
                return False
            time.sleep(0.05)

    def _run(self) -> None:
        while True:
            doc_id = self.queue.get()
            if doc_id is None:
                return
            try:   # marked as being read before the progress names it
                self.store.set_meta(doc_id, status="reading")
            except (KeyError, OSError):
                pass   # removed while queued
            with self.lock:
                self.current = doc_id
            try:
                extract_one(self.store, doc_id)
            except OSError:   # removed while it was read: nothing is left to record
                pass
            finally:
                with self.lock:
                    self.current = None
                    self.done += 1


def extract_one(store: Store, doc_id: str) -> None:
    """Read and extract one stored document: its record and its text, or the one line that
    says why not (kept in its meta, shown on the page)."""
    from .. import api
    from ..readers import read_text

    try:
        path = store.path(doc_id)
    except KeyError:
        return   # removed while queued
    try:
        with EXTRACT:
            text = read_text(path)
            record = api.extract(path)
    except CoopdocsError as e:
        store.set_meta(doc_id, status="failed", error=e.message)
        return
    except Exception as e:  # noqa: BLE001 (a bug must not stop the queue; the page says so)
        store.set_meta(doc_id, status="failed", error=f"could not be read ({type(e).__name__}: {e})")
        return
    store.write_json(doc_id, "text.json", {"text": text})
    store.write_json(doc_id, "record.json", record)
    from .view import SHOWN

    store.set_meta(doc_id, status="done", error=None, lang=record["source"].get("lang"),
                   kind=record["source"].get("kind"),
                   counts={name: len(record.get(name) or []) for name in SHOWN})
