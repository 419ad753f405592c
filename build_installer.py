#!/usr/bin/env python3
"""Build the offline installer: a one-folder bundle of Digital Bridge and an archive of it for a USB stick.

    pip install -e '.[build]'                # PyInstaller (once)
    python build_installer.py                # dist/DigitalBridge/ and dist/DigitalBridge-<version>-<platform>.tar.gz
    python build_installer.py --portable     # adds portable.txt: data lives in data/ beside the app

The bundle holds the app (``trainer``; on Windows ``trainer.exe`` and ``trainer-console.exe`` for the
command line), the lessons, pictures, freshly compiled translations, a Chinese font for PCs without one
(with its licence), the speech worker (the same program, run as ``trainer speech-worker``) and, on Linux,
espeak-ng with its English and Mandarin voice data. Unused Qt modules, plugins and translations are left
out (installer/qt_trim.py) and, on Linux, most of ICU's locale data too (installer/icu_data.py).
The archive (tar.gz on Linux and macOS, zip on Windows) unpacks to one folder, ``DigitalBridge``.

Options: ``--dist DIR`` (default dist/), ``--work DIR`` (default build/), ``--no-archive``,
``--no-espeak`` (Linux: rely on the PC's espeak-ng), ``--clean`` (empty PyInstaller's cache first).
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
INSTALLER = ROOT / "installer"
BUNDLE_NAME = "DigitalBridge"
PORTABLE_MARKER = "portable.txt"  # trainer.config.PORTABLE_MARKER (not imported: the build needs no Qt)
LINUX_GOAL_MB = 150
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")
LANGUAGES = ("zh_CN", "en")
PORTABLE_TEXT = """\
This file makes Digital Bridge keep its data (learners, progress, backups) in the folder "data" beside it,
so that everything stays on this USB stick. Delete this file to keep data in the PC's own user folder.
此文件让数字桥把数据（学员、进度、备份）保存在旁边的 data 文件夹里，全部留在这个U盘上。
删除此文件，数据就保存在电脑本身的用户文件夹里。
"""


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def version() -> str:
    text = (ROOT / "trainer" / "__init__.py").read_text("utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def platform_tag() -> str:
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux" if LINUX else sys.platform)
    return f"{system}-{machine}"


def archive_name(ver: str, tag: str, portable: bool, windows: bool = WINDOWS) -> str:
    return f"{BUNDLE_NAME}-{ver}-{tag}{'-portable' if portable else ''}.{'zip' if windows else 'tar.gz'}"


# --- staging: what goes in besides the code ------------------------------------------------------------


def stage_translations(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from translations import release, tool  # scripts/translations.py (pyside6-lrelease)

        tool("lrelease")
    except (ImportError, SystemExit) as exc:
        log(f"pyside6-lrelease not found ({exc}); using the committed .qm files")
        for lang in LANGUAGES:
            shutil.copy2(ROOT / "i18n" / f"trainer_{lang}.qm", out)
        return
    finally:
        sys.path.pop(0)
    for lang in LANGUAGES:
        release(ROOT / "i18n" / f"trainer_{lang}.ts", out / f"trainer_{lang}.qm")


# An emoji font for PCs without one (names such as the family emoji, on screen and in PDFs): Symbola,
# black and white outlines of the Unicode 9.0 emoji, 3.2 MB, "free for any use" (Debian: fonts-symbola).
# The colour font (fonts-noto-color-emoji, 11 MB) took the Linux bundle to 154 MB, past its goal.
EMOJI_FONT = Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf")
EMOJI_LICENCE = Path("/usr/share/doc/fonts-symbola/copyright")


def stage_fonts(out: Path, licences: Path, emoji: Path = EMOJI_FONT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for f in sorted((INSTALLER / "fonts").glob("*.otf")) + [INSTALLER / "fonts" / "LICENSE-NotoSansCJK.txt"]:
        shutil.copy2(f, out)
    shutil.copy2(INSTALLER / "fonts" / "LICENSE-NotoSansCJK.txt", licences)
    if emoji.is_file():  # in a folder of its own: never picked as a text font (services.fonts)
        (out / "emoji").mkdir(exist_ok=True)
        shutil.copy2(emoji, out / "emoji" / "Symbola.ttf")
        if EMOJI_LICENCE.is_file():
            shutil.copy2(EMOJI_LICENCE, licences / "LICENSE-Symbola.txt")
    else:
        log(f"note: {emoji} not found: the bundle has no emoji font (apt-get install fonts-symbola)")


def _licence_files(dist: md.Distribution) -> list:
    pattern = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)
    return [f for f in dist.files or [] if pattern.search(f.name) or "licenses" in f.parts]


def bundled_distributions() -> list[md.Distribution]:
    """The app's dependencies (pyproject.toml), recursively, as installed here, markers applied."""
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    seen: dict[str, md.Distribution] = {}
    todo = [Requirement(r).name for r in project["dependencies"]] + ["pyinstaller"]  # its bootloader
    while todo:
        name = todo.pop()
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in seen:
            continue
        seen[key] = dist
        if key == "pyinstaller":
            continue  # its own build-time dependencies are not in the bundle
        for raw in dist.requires or []:
            req = Requirement(raw)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return [seen[k] for k in sorted(seen)]


def stage_licences(out: Path) -> None:
    """Every licence the bundle owes: the app's (GPL-3.0), Python's, each library's, espeak-ng's."""
    out.mkdir(parents=True, exist_ok=True)
    for f in (INSTALLER / "licences").iterdir():
        shutil.copy2(f, out)
    for candidate in (
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt",
    ):
        if candidate.is_file():
            (out / "python").mkdir(exist_ok=True)
            shutil.copy2(candidate, out / "python" / "LICENSE.txt")
            break
    for dist in bundled_distributions():
        target = out / f"{dist.metadata['Name']}-{dist.version}"
        target.mkdir(exist_ok=True)
        for f in _licence_files(dist):
            source = Path(dist.locate_file(f))
            if source.is_file():
                shutil.copy2(source, target / f.name)
        if not any(target.iterdir()):  # wheels without a licence file (PySide6): what their metadata says
            meta = dist.metadata
            said = meta.get("License-Expression") or meta.get("License") or "see the project"
            home = meta.get("Home-page") or meta.get("Project-URL") or ""
            (target / "LICENSE-METADATA.txt").write_text(f"{meta['Name']} {dist.version}: {said}\n{home}\n")


def find_espeak() -> tuple[Path, list[Path], Path] | None:
    """(libespeak-ng, the libraries it needs that a PC may lack, its voice data) on this Linux PC."""
    if not LINUX:
        return None
    try:
        deps = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        deps = ""
    found = re.search(r"\s(libespeak-ng\.so\.1) .*=> (\S+)", deps)
    if not found:
        return None
    lib = Path(found.group(2)).resolve()
    linked = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
    extra = [Path(p).resolve() for n, p in re.findall(r"(lib(?:sonic|pcaudio)\S*) => (\S+)", linked)]
    try:
        said = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True).stdout
        data = Path(re.search(r"Data at: (\S+)", said).group(1))
    except (OSError, AttributeError):
        data = lib.parent / "espeak-ng-data"
    return (lib, extra, data) if (data / "phondata").is_file() else None


def stage_espeak(out: Path, licences: Path) -> bool:
    """espeak-ng for a Linux PC that has none: the library (with libsonic, libpcaudio) and the data for
    English and Mandarin only. The rest of its data (100 languages) would add 10 MB."""
    found = find_espeak()
    if found is None:
        log("espeak-ng not found on this PC: the bundle will use the espeak-ng of the PC it runs on")
        return False
    lib, extra, data = found
    (out / "lib").mkdir(parents=True, exist_ok=True)
    order = []
    for so in [*extra, lib]:
        name = re.match(r"(.+?\.so\.\d+)", so.name).group(1)  # libsonic.so.0.2.0 -> libsonic.so.0
        shutil.copy2(so, out / "lib" / name)
        order.append(name)
    (out / "lib" / "load-order.txt").write_text("\n".join(order) + "\n", "utf-8")
    target = out / "espeak-ng-data"
    target.mkdir(parents=True, exist_ok=True)
    for name in ("phondata", "phonindex", "phontab", "intonations", "en_dict", "cmn_dict"):
        shutil.copy2(data / name, target / name)
    for pattern in ("lang/gmw/en*", "lang/sit/cmn*"):
        for f in data.glob(pattern):
            (target / f.parent.relative_to(data)).mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, target / f.relative_to(data))
    (licences / "espeak-ng").mkdir(exist_ok=True)
    for package in ("libespeak-ng1", "espeak-ng-data", "libsonic0", "libpcaudio0"):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            shutil.copy2(copyright_file, licences / "espeak-ng" / f"{package}.copyright")
    log(f"espeak-ng from {lib} and {data} (English and Mandarin)")
    return True


def stage(stage_dir: Path, espeak: bool) -> None:
    shutil.rmtree(stage_dir, ignore_errors=True)
    licences = stage_dir / "licences"
    stage_licences(licences)
    stage_translations(stage_dir / "i18n")
    stage_fonts(stage_dir / "fonts", licences)
    if espeak:
        stage_espeak(stage_dir / "espeak", licences)


# --- PyInstaller, then the finishing touches -----------------------------------------------------------


def run_pyinstaller(stage_dir: Path, dist: Path, work: Path, clean: bool) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is missing: pip install -e '.[build]'") from None
    cmd = [sys.executable, "-m", "PyInstaller", str(INSTALLER / "trainer.spec"), "--noconfirm"]
    cmd += ["--distpath", str(dist), "--workpath", str(work / "pyinstaller"), "--log-level", "WARN"]
    if clean:
        cmd.append("--clean")
    env = dict(os.environ, TRAINER_STAGE=str(stage_dir), TRAINER_WORK=str(work))
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    return dist / BUNDLE_NAME


def finish(bundle: Path, stage_dir: Path, portable: bool) -> None:
    shutil.copytree(stage_dir / "licences", bundle / "licences", dirs_exist_ok=True)
    if (stage_dir / "espeak").is_dir():
        # copied here, not given to PyInstaller: it would collect the ALSA, PulseAudio, FLAC, Vorbis...
        # libraries libespeak-ng links to (5 MB), and put them where the PC's own programs (aplay) find them
        shutil.copytree(stage_dir / "espeak", bundle / "_internal" / "espeak", dirs_exist_ok=True)
    shutil.copy2(INSTALLER / "README-bundle.txt", bundle / "README.txt")
    marker = bundle / PORTABLE_MARKER
    if portable:
        marker.write_text(PORTABLE_TEXT, "utf-8")
    else:
        marker.unlink(missing_ok=True)


def measure(bundle: Path) -> dict:
    """Bytes on disk as files (symbolic links count as nothing), and the biggest files."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    sizes = sorted(((p.stat().st_size, p.relative_to(bundle).as_posix()) for p in files), reverse=True)
    total = sum(s for s, _ in sizes)
    return {"bytes": total, "mb": round(total / 1e6, 1), "files": len(files), "largest": sizes[:8]}


def make_archive(bundle: Path, out: Path) -> Path:
    """One folder, DigitalBridge/, inside: unpacking a newer one over an older one keeps data/ (portable)."""
    out.unlink(missing_ok=True)
    paths = sorted(bundle.rglob("*"))
    if out.suffix == ".zip":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            for p in paths:
                if p.is_file():
                    z.write(p, f"{BUNDLE_NAME}/{p.relative_to(bundle).as_posix()}")
    else:
        with tarfile.open(out, "w:gz", compresslevel=6) as t:
            t.add(bundle, BUNDLE_NAME, recursive=False)
            for p in paths:
                t.add(p, f"{BUNDLE_NAME}/{p.relative_to(bundle).as_posix()}", recursive=False)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the offline installer (see the module docstring).")
    parser.add_argument("--portable", action="store_true", help="keep data in data/ beside the app")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle and archive go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    parser.add_argument("--no-espeak", action="store_true", help="Linux: do not bundle espeak-ng")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    started = time.monotonic()
    ver, tag = version(), platform_tag()
    dist, work = args.dist.resolve(), args.work.resolve()
    log(f"Digital Bridge {ver} for {tag}{' (portable)' if args.portable else ''}")
    stage_dir = work / "stage"
    stage(stage_dir, espeak=LINUX and not args.no_espeak)
    bundle = run_pyinstaller(stage_dir, dist, work, args.clean)
    finish(bundle, stage_dir, args.portable)
    size = measure(bundle)
    exe = bundle / ("trainer.exe" if WINDOWS else "trainer")
    log(f"bundle: {bundle} (run {exe.name} --self-test{' with trainer-console.exe' if WINDOWS else ''})")
    log(f"bundle size: {size['mb']} MB unpacked ({size['bytes']} bytes, {size['files']} files)")
    for nbytes, name in size["largest"]:
        log(f"    {nbytes / 1e6:6.1f} MB  {name}")
    if LINUX:
        verdict = "met" if size["mb"] <= LINUX_GOAL_MB else "NOT met"
        log(f"goal on Linux: at most {LINUX_GOAL_MB} MB unpacked: {verdict}")
    result = {"version": ver, "platform": tag, "portable": args.portable, "bundle": str(bundle), **size}
    result["largest"] = [[n, s] for s, n in size["largest"]]
    if not args.no_archive:
        archive = make_archive(bundle, dist / archive_name(ver, tag, args.portable))
        result["archive"] = str(archive)
        result["archive_mb"] = round(archive.stat().st_size / 1e6, 1)
        log(f"archive: {archive} ({result['archive_mb']} MB)")
    result["build_seconds"] = round(time.monotonic() - started, 1)
    (dist / "build-info.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    log(f"done in {result['build_seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
