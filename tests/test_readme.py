"""The README's Python example runs as written (in the repository root, on the examples)."""

import os
import re

from tests.conftest import ROOT


def test_python_api_example_runs(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("### Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(ROOT)
    code = code.replace("out/readme-example.db", os.fspath(tmp_path / "example.db"))
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "('CLASH', 'هيئة تحرير الشام', 'حركة نور الدين الزنكي')" in printed
    assert "['جبهة النصرة', 'جبهة فتح الشام', 'هيئة تحرير الشام']" in printed
    assert "contested relations" in printed
