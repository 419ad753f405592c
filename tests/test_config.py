from __future__ import annotations

from pathlib import Path

from trainer.config import resolve_paths


def test_trainer_home_overrides(tmp_path):
    p = resolve_paths({"TRAINER_HOME": str(tmp_path / "h")})
    assert p.data == (tmp_path / "h").resolve() and p.database.parent == p.data
    assert p.cache == p.data / "cache" and p.backups == p.data / "backups" and p.logs == p.data / "logs"


def test_portable_marker_puts_data_beside_the_app(tmp_path):
    (tmp_path / "portable.txt").write_text("")
    p = resolve_paths({}, base=tmp_path)
    assert p.portable and p.data == tmp_path / "data" and p.cache == tmp_path / "data" / "cache"


def test_default_is_the_per_user_data_folder(tmp_path):
    p = resolve_paths({}, base=tmp_path)
    assert not p.portable
    assert "DigitalBridge" in str(p.data) and Path.home() in p.data.parents


def test_resources_exist():
    p = resolve_paths({"TRAINER_HOME": "/tmp/x"})
    assert (p.i18n / "trainer_zh_CN.qm").is_file() and (p.assets / "avatars" / "sun.svg").is_file()
