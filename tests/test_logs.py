from __future__ import annotations

import logging

from trainer.services.logs import RotatingFile, setup_logging


def test_log_file_in_data_folder(paths):
    path = setup_logging(paths.logs)
    logging.getLogger("x").warning("hello log")
    for h in logging.getLogger().handlers:
        h.flush()
    assert path == paths.logs / "trainer.log" and "hello log" in path.read_text(encoding="utf-8")


def test_log_rotates_and_keeps_a_bounded_number(tmp_path):
    handler = RotatingFile(tmp_path / "t.log", max_bytes=200, keep=3)
    log = logging.getLogger("rot")
    log.addHandler(handler)
    log.propagate = False
    for i in range(100):
        log.warning("line %03d %s", i, "x" * 40)
    handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["t.log", "t.log.1", "t.log.2", "t.log.3"]
    assert "line 099" in (tmp_path / "t.log").read_text()
    assert all(p.stat().st_size < 400 for p in tmp_path.iterdir())
