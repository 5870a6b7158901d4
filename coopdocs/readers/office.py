""".doc, .odt and .rtf files: converted to .docx by LibreOffice, then read as a .docx
(:mod:`.word`), list numbers, headers and footnotes included.

LibreOffice runs headless in a private temporary folder with a profile of its own (so it
neither shares nor changes the user's, and two conversions can run at once), with macros
disabled and links to other files never updated, for at most :data:`TIMEOUT` seconds. Without
LibreOffice these files are one clear error naming it.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError
from .source import Cell

TIMEOUT = 120
"""Seconds one conversion may take."""
PROGRAMS = ("soffice", "libreoffice")

# The private profile: macros never run (highest security level, execution disabled), links
# to other documents and data are never updated when a file is loaded.
_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
           xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
  <prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
  <prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update">
  <prop oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Content/Update">
  <prop oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
</oor:items>
"""


def read(data: bytes, path: Path) -> tuple[str, list[Cell], dict]:
    """The text of the document as LibreOffice converts it to .docx."""
    from . import word

    return word.read(convert(data, path, "docx"), path)


def soffice() -> str | None:
    """The LibreOffice program on the PATH, or None."""
    return next((found for name in PROGRAMS if (found := shutil.which(name))), None)


_DONE: dict[tuple[str, str, str], bytes] = {}  # the last conversions, by content
KEEP = 8


def convert(data: bytes, path: Path | str, target: str) -> bytes:
    """The file's bytes converted by LibreOffice to ``target`` (``docx``, ``xlsx``); the last
    :data:`KEEP` conversions are kept, so a file read twice (its text, then its record) is
    converted once."""
    key = (hashlib.sha256(data).hexdigest(), Path(path).suffix.lower(), target)
    if key not in _DONE:
        while len(_DONE) >= KEEP:
            _DONE.pop(next(iter(_DONE)))
        _DONE[key] = _convert(data, Path(path), target)
    return _DONE[key]


def _convert(data: bytes, path: Path, target: str) -> bytes:
    program = soffice()
    if program is None:
        raise InputError(f"reading {path.suffix.lower()} files needs LibreOffice, which is not "
                         "installed (no soffice program on the PATH); install it, or save the "
                         "file as .docx", str(path))
    with tempfile.TemporaryDirectory(prefix="coopdocs-office-") as tmp:
        work = Path(tmp)
        source = work / f"document{path.suffix.lower()}"
        source.write_bytes(data)
        settings = work / "profile" / "user" / "registrymodifications.xcu"
        settings.parent.mkdir(parents=True)
        settings.write_text(_SETTINGS, encoding="utf-8")
        out = work / "out"
        command = [program, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                   "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                   "--convert-to", target, "--outdir", str(out), str(source)]
        _run(command, work, path)
        result = out / f"document.{target}"
        if not result.is_file():
            raise InputError(f"LibreOffice could not convert it to .{target} (not a valid "
                             f"{path.suffix.lower()} file?)", str(path))
        return result.read_bytes()


_TIMED_OUT = (124, 137)  # timeout(1): the command took too long / had to be killed


def _run(command: list[str], work: Path, path: Path) -> None:
    """Run the conversion in a process group of its own. Under coreutils' ``timeout``, which
    ends the group on its own, it is bounded even when this process is killed first (a
    worker stopped by ``--timeout``)."""
    env = {**os.environ, "HOME": str(work), "TMPDIR": str(work)}
    guard = shutil.which("timeout")
    if guard:
        command = [guard, "--kill-after=5", f"{TIMEOUT:g}", *command]
    try:
        proc = subprocess.Popen(command, cwd=work, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
    except OSError as e:
        raise InputError(f"cannot run LibreOffice: {e.strerror or e}", str(path)) from None
    try:
        status = proc.wait(timeout=TIMEOUT + 10)
    except subprocess.TimeoutExpired:
        status = _TIMED_OUT[0]
    except BaseException:  # Ctrl-C, SIGTERM: LibreOffice goes too
        _stop(proc)
        raise
    if status in _TIMED_OUT:
        _stop(proc)
        raise InputError(f"LibreOffice took longer than {TIMEOUT:g} s to convert it",
                         str(path))


def _stop(proc: subprocess.Popen) -> None:
    """End the conversion: its process group (LibreOffice starts a second process)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()
