"""The project's promises about itself: the README's two commands and CI's command agree."""
import re

from conftest import ROOT


def test_ci_runs_the_readme_test_command():
    block = re.search(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.DOTALL).group(1)
    commands = [line for line in block.splitlines() if line.strip()]
    assert len(commands) == 2
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert ci[-1] == commands[1]  # after installing the browser the review-page test needs
