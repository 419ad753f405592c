"""What went wrong, in the words of the person at the screen (the learner's or the tutor's language):
one place that turns the typed errors of the services and of storage into a message that says what
happened and what to do. Chosen by type (``isinstance``), never by a class's name."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def pin_problem_text(problem: str) -> str:
    """A new tutor PIN breaks a rule (``domain.tutoring.tutor_pin_problem``'s code)."""
    if problem == "too_simple":
        return translate(
            "Tutor", "That PIN is too easy to guess (like 123456 or 111111). Please choose another."
        )
    return translate("Tutor", "A tutor PIN has 6 to 12 numbers. Please choose another.")


def problem_text(exc: BaseException) -> str:
    """One sentence or two for ``exc``; a generic one (with the error's own words for the tutor) for
    anything not foreseen."""
    from trainer.domain.certificates import NotEligible
    from trainer.services.certificates.errors import (
        BadRecognitionFile,
        InvalidValidation,
        KeyFileDamaged,
        NoSigningKey,
        UnknownCertificate,
        WrongPassphrase,
    )
    from trainer.services.jobs import Cancelled
    from trainer.services.learners import NameNotAccepted
    from trainer.services.tutors import PinNotAccepted
    from trainer.storage.errors import (
        BackupFailed,
        BackupUnreadable,
        DatabaseTooNew,
        DatabaseUnavailable,
        DataFolderNotWritable,
        DiskFull,
        InvalidValue,
        NotFound,
    )

    if isinstance(exc, Cancelled):
        return translate("Tutor", "Stopped. Nothing was changed.")
    voice = _voice_problem(exc)
    if voice is not None:
        return voice
    if isinstance(exc, WrongPassphrase):
        return translate("Tutor", "That passphrase is not right. Nothing was issued. Please type it again.")
    if isinstance(exc, NoSigningKey):
        return translate(
            "Tutor",
            "This computer has no signing key yet. Set up tutor mode again, or run: trainer keys create",
        )
    if isinstance(exc, KeyFileDamaged):
        return translate(
            "Tutor", "The signing key file is damaged. Restore it from a backup of the data folder."
        )
    if isinstance(exc, InvalidValidation):
        return (
            " ".join(_validation_text(p.code, p.detail) for p in exc.problems)
            + " "
            + translate("Tutor", "Nothing was issued.")
        )
    if isinstance(exc, BadRecognitionFile):
        return translate(
            "Tutor", "The qualifications framework / credits setting cannot be used: %1. Nothing was issued."
        ).replace("%1", exc.problem)
    if isinstance(exc, UnknownCertificate):
        return translate("Tutor", "There is no certificate %1 in this centre's register.").replace(
            "%1", exc.certificate_id
        )
    if isinstance(exc, NotEligible):
        return translate("Tutor", "This learner has not finished every lesson of that level yet.")
    if isinstance(exc, PinNotAccepted):
        return pin_problem_text(exc.reason)
    if isinstance(exc, NameNotAccepted):
        return _invalid_text("name", exc.reason)
    if isinstance(exc, InvalidValue):
        return _invalid_text(exc.field, exc.problem)
    if isinstance(exc, BackupUnreadable):
        return _backup_refused(exc)
    if isinstance(exc, DiskFull) or (isinstance(exc, BackupFailed) and exc.disk_full):
        return translate(
            "Problems",
            "The disk is full, so this could not be done. Nothing was changed. Free some space on the "
            "disk or USB stick, then try again.",
        )
    if isinstance(exc, DatabaseTooNew):
        return translate(
            "Problems",
            "That backup was made by a newer version of the trainer. Install the newest version first. "
            "Nothing was changed.",
        )
    if isinstance(exc, BackupFailed):
        return translate(
            "Problems",
            "The backup could not be written. Is there room on the disk or USB stick? Nothing was changed.",
        )
    if isinstance(exc, NotFound):
        return translate(
            "Problems", "This is no longer on this computer: it was removed meanwhile. Nothing was changed."
        )
    if isinstance(exc, DataFolderNotWritable | DatabaseUnavailable):
        return translate(
            "Problems",
            "The record book could not be opened just now. Please wait a moment and try again. "
            "Nothing was lost.",
        )
    if isinstance(exc, OSError):
        return _file_problem(exc)
    return translate("Tutor", "This could not be done: %1").replace("%1", str(exc))


def _validation_text(code: str, detail: str) -> str:
    """A tutor validation that cannot be printed (``domain.certificate_checks``)."""
    from trainer.domain.certificate_checks import REMARK_MAX

    return {
        "validated_in_future": translate("Tutor", "The sign-off date (%1) is after today's date of issue."),
        "validated_before_learning": translate(
            "Tutor", "The sign-off date (%1) is before the learner started these lessons."
        ),
        "unknown_tutor": translate(
            "Tutor", "“%1” is not a tutor of this centre: add them in tutor mode, or sign off again."
        ),
        "remark_too_long": translate(
            "Tutor",
            "The remark to print is %1 characters long; at most %2 fit on the certificate. "
            "Sign off again with a shorter note, or do not print the remark.",
        ).replace("%2", str(REMARK_MAX)),
    }.get(code, "%1").replace("%1", detail)


def _backup_refused(exc) -> str:
    """Why a file cannot be restored (``storage.verdict``'s problem), checked before anything changed."""
    reason = {
        "damaged": translate("Tutor", "That backup is damaged: it fails its integrity check."),
        "unknown_version": translate(
            "Tutor", "That file is an SQLite database, but not one of the trainer's."
        ),
        "schema": translate(
            "Tutor", "That file is not a backup of the trainer: its tables are not the trainer's (%1)."
        ),
        "triggers": translate(
            "Tutor",
            "That backup has been altered: its triggers are not the trainer's (%1). Restoring it could "
            "stop answers from being saved.",
        ),
    }.get(exc.problem, translate("Tutor", "That file is not a backup of the trainer, or it is damaged."))
    return reason.replace("%1", exc.detail[:200]) + " " + translate("Tutor", "Nothing was changed.")


def _invalid_text(field: str, problem: str) -> str:
    """A value the data may not hold (``storage.errors.InvalidValue``'s field and problem codes)."""
    if (field, problem) == ("tutor", "last_active"):
        return translate(
            "Problems", "This is the only tutor left. Add another tutor before retiring this one."
        )
    if problem == "taken":
        return translate(
            "Problems",
            "There is already a tutor with that name (perhaps retired: bring them back instead). "
            "Please choose another name.",
        )
    if field.endswith("name") and problem == "empty":
        return translate("Problems", "Please type a name.")
    if field.endswith("name") and problem == "too_long":
        return translate("Problems", "That name is too long: at most 40 letters, please.")
    if field.endswith("name"):
        return translate("Problems", "That name has characters that cannot be shown. Please type it again.")
    words = {
        "birth_year": translate("Problems", "the year of birth"),
        "gender": translate("Problems", "the gender"),
        "language": translate("Problems", "the language"),
    }
    return translate("Tutor", "This could not be saved: %1. Please check it.").replace(
        "%1", words.get(field, field)
    )


def _file_problem(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return translate(
            "Problems", "The disk or USB stick is full. Free some space or choose another place."
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES):
        return translate(
            "Problems",
            "The trainer may not write there. Choose another folder, or check that the USB stick is "
            "not locked.",
        )
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return translate(
            "Problems", "The file or folder is not there any more. Is the USB stick still plugged in?"
        )
    return translate("Problems", "The file could not be read or written: %1").replace(
        "%1", exc.strerror or str(exc)
    )


def _voice_problem(exc: BaseException) -> str | None:
    """Recorded voices (issue 20): a refused voice pack names its file (``ui.voice_problems``)."""
    from trainer.services.speech.audio import AudioProblem
    from trainer.services.speech.voices import PackProblem
    from trainer.ui.voice_problems import audio_problem_text, pack_problem_text

    if isinstance(exc, PackProblem):
        return pack_problem_text(exc)
    if isinstance(exc, AudioProblem):
        return translate("Voices", "That recording cannot be used: %1.").replace(
            "%1", audio_problem_text(exc)
        )
    return None
