"""Typed errors of the certificate service. They carry facts; ``messages`` turns them into guidance
for a tutor (Chinese and English), so the GUI and the command line say the same thing."""

from __future__ import annotations

from pathlib import Path


class CertificateError(Exception):
    """Base class: anything the certificate service raises on purpose."""


class NoSigningKey(CertificateError):
    """This PC has no signing key yet (tutor setup creates it)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class WrongPassphrase(CertificateError):
    """The passphrase does not open the signing key."""


class WeakPassphrase(CertificateError):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


class KeyExists(CertificateError):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class KeyFileDamaged(CertificateError):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class UnknownLearner(CertificateError):
    def __init__(self, key: str, matches: int = 0) -> None:
        super().__init__(key)
        self.key = key
        self.matches = matches  # 0: nobody; 2+: the name is ambiguous


class UnknownCertificate(CertificateError):
    def __init__(self, certificate_id: str) -> None:
        super().__init__(certificate_id)
        self.certificate_id = certificate_id


class InvalidValidation(CertificateError):
    """The tutor validation cannot be printed: ``problems`` from ``domain.certificate_checks``."""

    def __init__(self, problems: tuple) -> None:
        super().__init__("; ".join(f"{p.code}: {p.detail}" for p in problems))
        self.problems = problems


class BadRecognitionFile(CertificateError):
    """The centre's qualification-framework / credit file is not valid; ``problem`` says why."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
