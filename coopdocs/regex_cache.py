"""Compiled regular expressions kept between runs of the ``coopdocs`` command, the way Python
keeps compiled modules in ``.pyc`` files.

Python compiles a pattern in two steps: its parser and code generator, written in Python,
turn the pattern's text into a program (a list of integers), then ``_sre.compile`` makes the
pattern object from that program, in C. The first step is the expensive one: about 60 ms of
CPU for the 250 patterns a Vietnamese extraction compiles (spaCy's tokenizer rules and the
grammars), most of what a one-page document costs on top of importing spaCy. The command
keeps the programs it made in one file under the user's cache folder, keyed by the pattern's
text and flags; the next run makes its pattern objects straight from them. They are the
programs Python's own compiler made, so the pattern objects are equal (``==`` compares
pattern, flags and program) and match the same. Nothing in the file depends on a document:
it holds patterns, and a pattern made from a document's text would only add an entry.

The file is named after the Python version and the regex engine's (``_sre.MAGIC``), so no
other Python reads it, and its contents are checked (a checksum) before use: a file that
cannot be read or does not check is ignored, one that cannot be written is not written.
Before the hook is installed, a probe pattern is compiled both ways and compared: if this
Python compiles in another way, the command runs without the cache. Only the command
(:func:`coopdocs.process.run`) installs it; the Python API leaves ``re`` alone.
"""
from __future__ import annotations

import _sre
import marshal
import os
import sys
import zlib
from re import _compiler, _parser

HEADER = b"coopdocs-re-2\n"
LIMIT = 3 * 2**20  # bytes: a longer file is written afresh (this run's and the latest others)
MAX_MADE = 1000  # programs one run adds at most (a long batch's one-off patterns stop there)
PROBE = r"(?P<n>\d+(?:[.,]\d{3})*)\s*(?i:tỷ|triệu)?\b(?=[^\w]|$)|[ก-๙]+"


def path() -> str | None:
    """The cache file of this Python: ``$XDG_CACHE_HOME/coopdocs/`` (default ``~/.cache``);
    None when there is no such folder to use (no home directory, or not absolute)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    name = f"re-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}.bin"
    return os.path.join(base, "coopdocs", name)


def program(pattern, flags: int) -> tuple:
    """What ``_sre.compile`` needs after ``pattern`` (str or bytes), as Python's own
    ``re._compiler.compile`` makes it: (flags, code, groups, groupindex, indexgroup)."""
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup)


def key_of(pattern) -> bytes:
    """A pattern as the file keeps it: bytes (read back without decoding text), ``s`` + UTF-8
    for a str pattern, ``b`` + the bytes for a bytes pattern.

    >>> key_of("tỷ"), key_of(b"x")
    (b'st\\xe1\\xbb\\xb7', b'bx')
    """
    if isinstance(pattern, str):
        return b"s" + pattern.encode("utf-8", "surrogatepass")
    return b"b" + pattern


def _make(pattern, prog: tuple):
    final, code, groups, groupindex, indexgroup = prog
    return _sre.compile(pattern, final, code, groups, groupindex, indexgroup)


def records(data: bytes) -> tuple[list[dict], bool]:
    """The (pattern key, flags) -> marshalled program dicts of a file's records, up to the first
    that does not check, and whether all did. A record: its length and CRC-32 (4 bytes each),
    then a marshalled dict; a run that made programs appends one."""
    if not data.startswith(HEADER):
        return [], False
    data = memoryview(data)
    out, pos = [], len(HEADER)
    while pos < len(data):
        size = int.from_bytes(data[pos:pos + 4], "big")
        body = data[pos + 8:pos + 8 + size]
        if len(body) != size or zlib.crc32(body) != int.from_bytes(data[pos + 4:pos + 8], "big"):
            return out, False
        try:
            entries = marshal.loads(body)
        except (ValueError, EOFError, TypeError):
            return out, False
        if not isinstance(entries, dict):
            return out, False
        out.append(entries)
        pos += 8 + size
    return out, True


def record(entries: dict) -> bytes:
    """One record of the file (see :func:`records`)."""
    body = marshal.dumps(entries)
    return len(body).to_bytes(4, "big") + zlib.crc32(body).to_bytes(4, "big") + body


class Cache:
    """The programs read from the file and those made during this run."""

    def __init__(self, file: str):
        self.file = file
        self.known: dict = {}  # (key_of(pattern), flags) -> marshalled program, from the file
        self.used: dict = {}  # the same, for the patterns this run compiled
        self.made: dict = {}  # the same, for the programs this run made
        self.size = 0  # bytes of the file as read
        self.whole = False  # the file was there and every record of it checked
        self.original = _compiler.compile

    def compile(self, p, flags=0):
        """``re._compiler.compile`` with the programs of the cache."""
        if type(p) not in (str, bytes) or flags & _compiler.SRE_FLAG_DEBUG:
            return self.original(p, flags)
        key = (key_of(p), int(flags))
        blob = self.known.get(key) or self.made.get(key)
        if blob is None:
            prog = program(p, flags)
            if len(self.made) >= MAX_MADE:
                return _make(p, prog)
            blob = self.made[key] = marshal.dumps(prog)
        else:
            prog = marshal.loads(blob)
        self.used[key] = blob
        return _make(p, prog)

    def read(self) -> None:
        """The file's programs, if it is there (records that do not check are left out)."""
        try:
            with open(self.file, "rb") as f:
                data = f.read()
        except OSError:
            return
        self.size = len(data)
        found, self.whole = records(data)
        for entries in found:
            self.known.update(entries)

    def write(self) -> None:
        """Keep what this run made: one record appended, or, when the file would pass
        :data:`LIMIT` (or did not check), the file written afresh, atomically, with this
        run's programs and then the latest of the others, up to half the limit."""
        if not self.made:
            return
        try:
            os.makedirs(os.path.dirname(self.file), exist_ok=True)
            add = record(self.made)
            if self.whole and self.size and self.size + len(add) <= LIMIT:
                with open(self.file, "ab") as f:
                    f.write(add)
                return
            self._rewrite()
        except (OSError, ValueError):  # no room, no right to write: the next run compiles
            pass

    def _rewrite(self) -> None:
        keep, size = dict(self.used), sum(len(b) for b in self.used.values())
        for key in reversed(self.known):
            if size > LIMIT // 2:
                break
            if key not in keep:
                keep[key] = self.known[key]
                size += len(keep[key])
        tmp = f"{self.file}.{os.getpid()}.tmp"
        try:
            with open(tmp, "wb") as f:
                f.write(HEADER + record(keep))
            os.replace(tmp, self.file)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


_installed: Cache | None = None


def install() -> Cache | None:
    """Make ``re`` compile through the cache (once per process); None if this Python's
    compiler does not give the same pattern objects as the cache would."""
    global _installed
    if _installed is not None:
        return _installed
    file = path()
    if file is None:
        return None
    try:
        if _make(PROBE, program(PROBE, 0)) != _compiler.compile(PROBE, 0):
            return None
    except Exception:  # noqa: BLE001  (another Python's internals: run without the cache)
        return None
    cache = Cache(file)
    cache.read()
    _compiler.compile = cache.compile
    _installed = cache
    return cache


def save() -> None:
    """Write what this run added (called when the command ends)."""
    if _installed is not None:
        _installed.write()
