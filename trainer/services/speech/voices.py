"""Recorded voice packs on disk: keep, find, export and import them. No Qt.

    <data>/voices/<pack-id>/voice.json     the pack (``domain.voice_pack.VoicePack`` as JSON)
    <data>/voices/<pack-id>/clips/<key>.wav one recording per string, 16-bit mono PCM

A pack travels as one file, ``<id>.dbvoice`` (a zip of the same two things), so one volunteer's
recordings serve every centre. Importing checks every file first (format, length, silence, clipping, loudness,
that the JSON names each clip and each clip is named) and installs nothing unless all are good: a bad
pack is refused whole, naming the file and what is wrong with it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import asdict, replace
from pathlib import Path

from trainer.domain.voice_pack import ID_PATTERN, Recording, VoicePack, text_key
from trainer.services.speech import audio

MANIFEST = "voice.json"
SUFFIX = ".dbvoice"
MAX_PACK_BYTES = 500 * 1024 * 1024
MAX_FILES = 5000


PACK_PROBLEMS = {
    "not_a_pack": "{file}: is not a voice pack file ({detail})",
    "too_large": "{file}: is too large for a voice pack",
    "stray": "{file}: holds {member}, which has no place in a voice pack",
    "no_manifest": "{file}: has no " + MANIFEST,
    "bad_json": "{file}: is not valid JSON ({detail})",
    "bad_description": "{file}: is missing {detail} or has a wrong value",
    "bad_id": "{file}: the id {id!r} may hold only a-z, 0-9, - and _",
    "needs_name": "{file}: needs a name and the language zh_CN or en",
    "already_here": "{file}: the voice {label} ({id}) is already here",
    "missing_clip": "{file}: {member} is listed but missing",
    "not_listed": "{file}: {member} is in the pack but not listed",
    "bad_clip": "{file}: {member} ({text}) {audio}",
    "no_voice": "{id}: no such voice",
    "exists": "{id}: a voice with this id is already here",
}


class PackProblem(ValueError):
    """A voice pack that cannot be kept or imported: ``code`` (a key of ``PACK_PROBLEMS``) and its
    ``values`` (``file``: the pack file or its part; ``member``: the file inside it; ``audio``: the
    ``AudioProblem`` of a bad clip). ``str()`` names the file and says what is wrong, in English (command
    line, logs); ``ui.voice_problems`` says it in the tutor's language."""

    def __init__(self, code: str, **values: object) -> None:
        self.code, self.values = code, values
        super().__init__(PACK_PROBLEMS[code].format(**values))


def _pack_from_json(doc: object, where: str) -> VoicePack:
    if not isinstance(doc, dict):
        raise PackProblem("bad_description", file=where, detail="its description")
    try:
        recs = tuple(
            Recording(str(r["lesson"]), str(r["string"]), str(r["lang"]), str(r["text"]), str(r["file"]),
                      float(r["seconds"]))
            for r in doc.get("recordings", [])
        )  # fmt: skip
        pack = VoicePack(str(doc["id"]), str(doc["name"]), str(doc.get("variety", "")), str(doc["lang"]), recs,
                         int(doc.get("version", 1)))  # fmt: skip
    except (KeyError, TypeError, ValueError) as exc:
        raise PackProblem("bad_description", file=where, detail=exc) from None
    if not ID_PATTERN.match(pack.id):
        raise PackProblem("bad_id", file=where, id=pack.id)
    if pack.lang not in ("zh_CN", "en") or not pack.name.strip():
        raise PackProblem("needs_name", file=where)
    return pack


def _to_json(pack: VoicePack) -> str:
    return json.dumps(asdict(pack), ensure_ascii=False, indent=1)


class VoiceLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[str, tuple[float, VoicePack]] = {}

    @classmethod
    def for_paths(cls, data: Path) -> VoiceLibrary:
        return cls(data / "voices")

    # -- reading --------------------------------------------------------------------------------
    def packs(self) -> list[VoicePack]:
        out = []
        with contextlib.suppress(FileNotFoundError):
            for folder in sorted(self.root.iterdir()):
                pack = self.get(folder.name)
                if pack is not None:
                    out.append(pack)
        return out

    def get(self, pack_id: str) -> VoicePack | None:
        path = self.root / pack_id / MANIFEST
        try:
            mtime = path.stat().st_mtime_ns
        except OSError:
            return None
        hit = self._cache.get(pack_id)
        if hit is not None and hit[0] == mtime:
            return hit[1]
        try:
            pack = _pack_from_json(json.loads(path.read_text("utf-8")), str(path))
        except (OSError, ValueError):
            return None
        self._cache[pack_id] = (mtime, pack)
        return pack

    def clip(self, pack_id: str, lang: str, text: str) -> Path | None:
        """The recording of exactly these words in this pack, or None (then the computer's voice reads)."""
        if not pack_id:
            return None
        pack = self.get(pack_id)
        rec = pack.clip_for(lang, text) if pack is not None else None
        if rec is None:
            return None
        path = self.root / pack_id / rec.file
        return path if path.is_file() else None

    # -- writing --------------------------------------------------------------------------------
    def create(self, pack_id: str, name: str, variety: str, lang: str) -> VoicePack:
        pack = _pack_from_json({"id": pack_id, "name": name, "variety": variety, "lang": lang}, pack_id)
        if self.get(pack_id) is not None:
            raise PackProblem("exists", id=pack_id)
        self._write(pack)
        return pack

    def add(
        self, pack_id: str, lesson: str, string: str, lang: str, text: str, clip: audio.Clip
    ) -> Recording:
        """Keep a recording (already trimmed and evened out) of ``text``; replaces the one for that place."""
        pack = self.get(pack_id)
        if pack is None:
            raise PackProblem("no_voice", id=pack_id)
        audio.check(clip)
        rel = f"clips/{text_key(lang, text)}.wav"
        dest = self.root / pack_id / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_suffix(".part")
        audio.write_wav(tmp, clip)
        os.replace(tmp, dest)
        rec = Recording(lesson, string, lang, text, rel, round(clip.seconds, 2))
        kept = [r for r in pack.recordings if (r.lesson, r.string, r.lang) != (lesson, string, lang)]
        self._write(replace(pack, recordings=(*kept, rec)))
        return rec

    def _write(self, pack: VoicePack) -> None:
        folder = self.root / pack.id
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{MANIFEST}.{os.getpid()}"
        tmp.write_text(_to_json(pack), "utf-8")
        os.replace(tmp, folder / MANIFEST)
        self._cache.pop(pack.id, None)

    # -- one file -------------------------------------------------------------------------------
    def export(self, pack_id: str, dest: Path) -> Path:
        pack = self.get(pack_id)
        if pack is None:
            raise PackProblem("no_voice", id=pack_id)
        if dest.is_dir():
            dest = dest / f"{pack.id}{SUFFIX}"
        tmp = dest.with_name(dest.name + ".part")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, _to_json(pack))
            for rec in pack.recordings:
                z.write(self.root / pack.id / rec.file, rec.file)
        os.replace(tmp, dest)
        return dest

    def import_file(self, path: Path, replace_existing: bool = False) -> VoicePack:
        """Check everything in ``path``, then install it at once; PackProblem names the first bad file."""
        name = path.name
        try:
            z = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise PackProblem("not_a_pack", file=name, detail=exc) from None
        with z, tempfile.TemporaryDirectory(dir=self._tmp_root()) as tmp:
            infos = z.infolist()
            if len(infos) > MAX_FILES or sum(i.file_size for i in infos) > MAX_PACK_BYTES:
                raise PackProblem("too_large", file=name)
            names = {i.filename for i in infos if not i.is_dir()}
            for n in names:
                if (
                    n.startswith("/")
                    or ".." in Path(n).parts
                    or (n != MANIFEST and not n.startswith("clips/"))
                ):
                    raise PackProblem("stray", file=name, member=n)
            if MANIFEST not in names:
                raise PackProblem("no_manifest", file=name)
            try:
                doc = json.loads(z.read(MANIFEST).decode("utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise PackProblem("bad_json", file=f"{name}/{MANIFEST}", detail=exc) from None
            pack = _pack_from_json(doc, f"{name}/{MANIFEST}")
            if self.get(pack.id) is not None and not replace_existing:
                raise PackProblem("already_here", file=name, label=pack.label, id=pack.id)
            files = {r.file for r in pack.recordings}
            for rec in pack.recordings:
                if rec.file not in names:
                    raise PackProblem("missing_clip", file=name, member=rec.file)
            for n in sorted(names - files - {MANIFEST}):
                raise PackProblem("not_listed", file=name, member=n)
            staging = Path(tmp) / pack.id
            (staging / "clips").mkdir(parents=True)
            for rec in pack.recordings:
                target = staging / rec.file
                target.write_bytes(z.read(rec.file))
                try:
                    audio.check(audio.read_wav(target))
                except audio.AudioProblem as exc:
                    raise PackProblem(
                        "bad_clip", file=name, member=rec.file, text=rec.text[:30], audio=exc
                    ) from None
            (staging / MANIFEST).write_text(_to_json(pack), "utf-8")
            self._install(staging, pack.id)
        return pack

    def _tmp_root(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        return self.root

    def _install(self, staging: Path, pack_id: str) -> None:
        """Swap the checked pack in: the old one (if any) is moved aside first and removed after."""
        dest = self.root / pack_id
        old = self.root / f".old-{pack_id}-{os.getpid()}"
        if dest.exists():
            os.replace(dest, old)
        try:
            shutil.move(str(staging), str(dest))
        except OSError:
            if old.exists():
                os.replace(old, dest)
            raise
        shutil.rmtree(old, ignore_errors=True)
        self._cache.pop(pack_id, None)

    def delete(self, pack_id: str) -> None:
        shutil.rmtree(self.root / pack_id, ignore_errors=True)
        self._cache.pop(pack_id, None)
