"""The lines the tasks grammar looks up around a directive (coopdocs.rules.tasks._Lines): the
line that holds an offset, and the lines after it that are not blank, as a list of every line
of the text gives them."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdocs.rules.tasks import _Lines

TEXTS = st.lists(st.sampled_from(["Sở Tài chính", " ", "\t", "\n", "\n\n", " \n", "\r", "x"]),
                 max_size=30).map("".join)


def every_line(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0
            or text[m.start() - 1] == "\n"]


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, most=st.integers(0, 4))
def test_lines_as_a_list_of_every_line_gives_them(text, most):
    lines = _Lines(text)
    full = every_line(text)
    for n, (a, b) in enumerate(full):
        for pos in range(a, b + 1):
            assert lines.around(pos) == (a, b)
        assert lines.after(b, most) == [a2 for a2, b2 in full[n + 1:]
                                        if a2 < b2 and not text[a2:b2].isspace()][:most]
