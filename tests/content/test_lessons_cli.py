"""``trainer lessons list``, the default language, and the promise of no traceback."""

from __future__ import annotations

import pytest
from content_helpers import built_in_count, lines, write_lesson, write_manifest


def test_list_in_chinese(cli):
    code, out = cli("lessons", "list", "--lang", "zh_CN")
    assert code == 0
    rows = lines(out)
    assert [r for r in rows if not r.startswith(" ")] == ["入门", "进阶", "提高"]
    assert any("认识鼠标  (mouse-basics, " in r and " 分钟" in r for r in rows)
    assert len([r for r in rows if r.startswith("  ")]) == built_in_count()


@pytest.mark.parametrize(
    ("lang", "first"), [("zh_CN.UTF-8", "入门"), ("en_GB.UTF-8", "Basic"), ("C", "Basic")]
)
def test_list_follows_the_system_language(cli, monkeypatch, lang, first):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)
    code, out = cli("lessons", "list")
    assert code == 0 and lines(out)[0] == first


def test_list_says_which_lessons_were_skipped(cli, paths):
    pack = write_manifest(paths.local_lessons / "centre", "centre")
    write_lesson(pack, "half-done").joinpath("strings/zh_CN.toml").unlink()
    code, out = cli("lessons", "list", "--lang", "en")
    assert code == 0
    assert lines(out)[-1] == (
        "1 lesson(s) with problems were skipped: half-done. Run trainer lessons validate to see why."
    )


def test_an_unexpected_error_is_one_line_and_exit_1(cli, monkeypatch):
    from trainer.content import validate

    def boom(*args, **kwargs):
        raise MemoryError("out of memory")

    monkeypatch.setattr(validate, "validate_paths", boom)
    code, out = cli("lessons", "validate")
    assert code == 1
    assert lines(out) == [
        "trainer lessons: something unexpected went wrong (MemoryError: out of memory), please report this"
    ]
