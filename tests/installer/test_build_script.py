"""The parts of build_installer.py and installer/ that need no PyInstaller run (fast)."""

from __future__ import annotations

import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.installer.installer_helpers import build_script, icu_data, trim

LINUX = sys.platform.startswith("linux")


def test_archive_names_carry_version_platform_and_portable():
    b = build_script()
    assert (
        b.archive_name("0.1.0", "linux-x86_64", False, windows=False)
        == "DigitalBridge-0.1.0-linux-x86_64.tar.gz"
    )
    assert b.archive_name("0.1.0", "windows-x86_64", True, windows=True) == (
        "DigitalBridge-0.1.0-windows-x86_64-portable.zip"
    )
    from trainer import __version__

    assert b.version() == __version__
    assert b.platform_tag().split("-")[0] in ("linux", "windows", "macos")


def fake_bundle(tmp_path: Path) -> tuple[Path, Path]:
    bundle, stage = tmp_path / "DigitalBridge", tmp_path / "stage"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "trainer").write_text("#!/bin/sh\n")
    (bundle / "trainer").chmod(0o755)
    (stage / "licences").mkdir(parents=True)
    (stage / "licences" / "GPL-3.0.txt").write_text("GPL")
    return bundle, stage


def test_portable_adds_the_marker_and_a_normal_build_removes_it(tmp_path):
    b = build_script()
    bundle, stage = fake_bundle(tmp_path)
    b.finish(bundle, stage, portable=True)
    marker = bundle / "portable.txt"
    assert "data" in marker.read_text("utf-8")
    assert (bundle / "README.txt").is_file() and (bundle / "licences" / "GPL-3.0.txt").is_file()
    b.finish(bundle, stage, portable=False)  # a folder built before with --portable
    assert not marker.exists()


def test_portable_marker_name_is_the_one_the_app_looks_for():
    from trainer.config import PORTABLE_MARKER

    assert build_script().PORTABLE_MARKER == PORTABLE_MARKER


@pytest.mark.parametrize("suffix", [".tar.gz", ".zip"])
def test_archive_unpacks_to_one_folder(tmp_path, suffix):
    b = build_script()
    bundle, stage = fake_bundle(tmp_path)
    b.finish(bundle, stage, portable=True)
    out = b.make_archive(bundle, tmp_path / f"x{suffix}")
    if suffix == ".zip":
        names = zipfile.ZipFile(out).namelist()
    else:
        with tarfile.open(out) as t:
            names = t.getnames()
            assert t.getmember("DigitalBridge/trainer").mode & 0o111  # still executable
    assert {n.split("/")[0] for n in names} == {"DigitalBridge"}
    assert "DigitalBridge/portable.txt" in names


def test_size_counts_files_once(tmp_path):
    b = build_script()
    (tmp_path / "a.so").write_bytes(b"x" * 1000)
    (tmp_path / "link.so").symlink_to(tmp_path / "a.so")
    size = b.measure(tmp_path)
    assert size["bytes"] == 1000 and size["files"] == 1


def test_licences_of_every_bundled_library_are_found():
    names = {d.metadata["Name"].lower().replace("_", "-") for d in build_script().bundled_distributions()}
    assert {"pyside6-essentials", "shiboken6", "sqlalchemy", "pyttsx3", "platformdirs"} <= names
    assert "pytest" not in names and "digital-bridge-trainer" not in names


@pytest.mark.parametrize(
    ("kind", "name", "kept"),
    [
        ("platforms", "/x/libqxcb.so", True),
        ("platforms", "/x/libqoffscreen.so", True),
        ("platforms", "/x/libqwayland.so", True),
        ("platforms", "C:/x/qwindows.dll", True),
        ("platforms", "/x/libqeglfs.so", False),
        ("platforms", "/x/libqvnc.so", False),
        ("imageformats", "/x/libqsvg.so", True),
        ("imageformats", "/x/libqjpeg.so", True),
        ("imageformats", "/x/libqwebp.so", True),
        ("imageformats", "C:/x/qtiff.dll", False),
        ("iconengines", "/x/libqsvgicon.so", True),
        ("platforminputcontexts", "/x/libibusplatforminputcontextplugin.so", True),
        ("platformthemes", "/x/libqgtk3.so", False),
        ("platformthemes", "/x/libqxdgdesktopportal.so", True),
        ("tls", "/x/libqopensslbackend.so", False),
        ("wayland-shell-integration", "/x/libxdg-shell.so", True),
        ("wayland-shell-integration", "/x/libivi-shell.so", False),
    ],
)
def test_qt_plugins_kept_and_left_out(kind, name, kept):
    assert trim().keep_plugin(kind, name) is kept


def test_only_our_languages_of_qt_translations_stay():
    t = trim()
    datas = [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", "s", "DATA"),
        ("PySide6/Qt/translations/qtbase_en.qm", "s", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "s", "DATA"),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", "s", "DATA"),
        ("i18n/trainer_zh_CN.qm", "s", "DATA"),
    ]
    kept = [d[0].rsplit("/", 1)[-1] for d in t.filter_datas(datas)]
    assert kept == ["qtbase_zh_CN.qm", "qtbase_en.qm", "trainer_zh_CN.qm"]


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("coll/zh.res", True),
        ("coll/zh_Hans.res", True),
        ("coll/root.res", True),
        ("coll/de.res", False),
        ("coll/de_.res", False),
        ("coll/ucadata.icu", True),
        ("zh_Hans_CN.res", True),
        ("en_GB.res", True),
        ("fr.res", False),
        ("supplementalData.res", True),
        ("likelySubtags.res", True),
        ("curr/en.res", True),
        ("curr/ja.res", False),
        ("brkitr/cjdict.dict", False),
        ("translit/root.res", False),
        ("ibm-37_P100-1995.cnv", False),
        ("gb18030.cnv", True),
        ("cnvalias.icu", True),
        ("uts46.nrm", True),
    ],
)
def test_icu_items_kept_and_left_out(item, kept):
    assert icu_data().keep_item(item) is kept


import PySide6  # noqa: E402

QT_ICU = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))


@pytest.mark.skipif(not (LINUX and QT_ICU), reason="Qt's ICU data library: Linux wheels")
def test_icu_package_is_rebuilt_item_for_item():
    icu = icu_data()
    symbol, package = icu.read_package(QT_ICU[0])
    assert symbol.startswith("icudt") and len(package) > 20_000_000
    assert icu.subset(package, lambda _name: True) == package  # keeping all gives the same bytes
    _header, items = icu._items(icu.subset(package))
    names = [n.split("/", 1)[1] for n, _ in items]
    assert "coll/zh.res" in names and "coll/de.res" not in names and names == sorted(names)


@pytest.mark.skipif(not (LINUX and QT_ICU), reason="Qt's ICU data library: Linux wheels")
def test_smaller_icu_data_still_sorts_chinese_names(tmp_path):
    icu = icu_data()
    small = icu.smaller_icudata(QT_ICU[0], tmp_path)  # raises when the check in a child process fails
    assert small.stat().st_size < QT_ICU[0].stat().st_size / 3
    symbol, package = icu.read_package(QT_ICU[0])
    without_chinese = icu.subset(package, lambda n: icu.keep_item(n) and not n.startswith("coll/zh"))
    broken = tmp_path / "broken" / QT_ICU[0].name
    icu.write_library(without_chinese, symbol, QT_ICU[0].name, 0x3E, broken)
    with pytest.raises(RuntimeError, match="no Chinese collation"):
        icu.check(broken, QT_ICU[0].parent)
