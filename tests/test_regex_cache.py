"""The command's cache of compiled regular expressions: pattern objects made from the cached
programs are equal to Python's own (same pattern, flags and program), a damaged or missing
file is never used, and the Python API leaves ``re`` alone."""
import json
import os
import re
import subprocess
import sys
from re import _compiler

import pytest

from coopdocs import regex_cache

PATTERNS = {
    "plain": ("tổ hợp tác", 0),
    "named groups": (r"(?P<n>\d+)(?:[.,](?P<frac>\d+))?\s*(?P<u>%|tỷ)", 0),
    "verbose": (r"""
        (?P<day> [0-9]{1,2} ) \s* / \s*   # day
        (?P<month> [0-9]{1,2} )           # month
    """, re.VERBOSE),
    "ignore case": ("Hợp Tác Xã|สหกรณ์", re.IGNORECASE),
    "inline flags": (r"(?i:ngày)\s+\d+(?m:$)", 0),
    "possessive, lookbehind": (r"(?<![^\W\d_])[0-9]++(?:[.,][0-9]++)*+", 0),
    "multiline dotall": (r"^a.b$", re.MULTILINE | re.DOTALL),
    "bytes": (rb"\x00[a-z]+", 0),
    "ascii": (r"\w+", re.ASCII),
}


@pytest.mark.parametrize("pattern,flags", PATTERNS.values(), ids=PATTERNS.keys())
def test_a_cached_program_makes_the_same_pattern(pattern, flags, tmp_path):
    made = regex_cache.Cache(str(tmp_path / "re.bin"))
    first = made.compile(pattern, flags)
    made.write()
    again = regex_cache.Cache(str(tmp_path / "re.bin"))
    again.read()
    second = again.compile(pattern, flags)
    python = _compiler.compile(pattern, flags)
    assert first == python and second == python
    assert (second.flags, second.groupindex, second.groups) == \
        (python.flags, python.groupindex, python.groups)
    assert not again.made  # read, not made again


def test_runs_append_what_they_make_and_reuse_the_rest(tmp_path):
    file = str(tmp_path / "re.bin")
    one = regex_cache.Cache(file)
    one.compile("a+b", 0)
    one.write()
    two = regex_cache.Cache(file)
    two.read()
    two.compile("a+b", 0)
    two.compile("c+d", 0)
    two.write()
    with open(file, "rb") as f:
        found, whole = regex_cache.records(f.read())
    assert whole and [sorted(r) for r in found] == [[(b"sa+b", 0)], [(b"sc+d", 0)]]


DAMAGE = {
    "truncated": lambda data: data[:-5],
    "a byte changed": lambda data: data[:-5] + bytes([data[-5] ^ 0xFF]) + data[-4:],
    "another format": lambda data: b"something else\n" + data[len(regex_cache.HEADER):],
    "empty": lambda data: b"",
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_file_is_not_used_and_is_written_afresh(damage, tmp_path):
    file = tmp_path / "re.bin"
    made = regex_cache.Cache(str(file))
    made.compile(r"(?P<x>\d+)", 0)
    made.write()
    file.write_bytes(damage(file.read_bytes()))
    again = regex_cache.Cache(str(file))
    again.read()
    assert again.known == {}
    assert again.compile(r"(?P<x>\d+)", 0) == re.compile(r"(?P<x>\d+)")
    again.write()
    found, whole = regex_cache.records(file.read_bytes())
    assert whole and list(found[0]) == [(regex_cache.key_of(r"(?P<x>\d+)"), 0)]


def test_a_file_that_cannot_be_written_is_left(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    cache = regex_cache.Cache(str(blocked / "coopdocs" / "re.bin"))
    cache.compile("x+", 0)
    cache.write()  # no error
    assert blocked.read_text(encoding="utf-8") == ""


COMMAND = """
import json, sys
from re import _compiler
sys.argv = ["coopdocs", "extract", sys.argv[1], "-o", sys.argv[2]]
from coopdocs import process, regex_cache
try:
    process.run()
except SystemExit as e:
    assert not e.code, e.code
print(json.dumps({"installed": _compiler.compile == regex_cache._installed.compile,
                  "made": len(regex_cache._installed.made),
                  "used": len(regex_cache._installed.used)}))
"""


def _command(doc, out, cache_home) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    done = subprocess.run([sys.executable, "-c", COMMAND, str(doc), str(out)], env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_the_command_keeps_its_programs_for_the_next_run(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Năm 2025 toàn tỉnh có 120 hợp tác xã, tăng 5%.\n", encoding="utf-8")
    first = _command(doc, tmp_path / "1.json", tmp_path / "cache")
    second = _command(doc, tmp_path / "2.json", tmp_path / "cache")
    assert first["installed"] and first["made"] > 100
    assert second["made"] < first["made"] / 4  # nearly all read back
    assert (tmp_path / "1.json").read_bytes() == (tmp_path / "2.json").read_bytes()
    (file,) = (tmp_path / "cache" / "coopdocs").iterdir()
    assert file.name == os.path.basename(regex_cache.path())


def test_the_api_leaves_re_alone():
    code = ("from re import _compiler; before = _compiler.compile; import coopdocs.api as a; "
            "a.extract_text('Năm 2025 có 120 hợp tác xã.', 'vi'); "
            "print(_compiler.compile is before)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["True"]


def test_a_run_adds_at_most_max_made_programs(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_MADE", 2)
    cache = regex_cache.Cache(str(tmp_path / "re.bin"))
    got = [cache.compile(p, 0) for p in ("a+", "b+", "c+")]
    assert got == [re.compile(p) for p in ("a+", "b+", "c+")]
    assert sorted(cache.made) == [(b"sa+", 0), (b"sb+", 0)]


def test_a_file_past_the_limit_is_written_afresh_with_this_runs_programs(tmp_path, monkeypatch):
    file = str(tmp_path / "re.bin")
    first = regex_cache.Cache(file)
    first.compile("x" * 5000, 0)  # a long program
    first.write()
    monkeypatch.setattr(regex_cache, "LIMIT", os.path.getsize(file) + 10)
    second = regex_cache.Cache(file)
    second.read()
    second.compile("y+", 0)
    second.write()
    with open(file, "rb") as f:
        found, whole = regex_cache.records(f.read())
    assert whole and len(found) == 1 and (b"sy+", 0) in found[0]


@pytest.mark.parametrize("env, where", [
    ({"XDG_CACHE_HOME": "/var/cache/x"}, "/var/cache/x/coopdocs/"),
    ({"XDG_CACHE_HOME": "", "HOME": "/home/u"}, "/home/u/.cache/coopdocs/"),
    ({"XDG_CACHE_HOME": "relative/dir"}, None),
], ids=["xdg", "home", "relative"])
def test_the_cache_folder(env, where, monkeypatch):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    got = regex_cache.path()
    assert (got is None) if where is None else got.startswith(where)
