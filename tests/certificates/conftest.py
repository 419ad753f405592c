from __future__ import annotations

import shutil

import pytest
from cert_helpers import PASSPHRASE

from trainer.config import Paths
from trainer.services.certificates import keys
from trainer.services.certificates.keys import load_signing_key
from trainer.storage.db import Database


@pytest.fixture(autouse=True)
def _app(qapp):
    """A QApplication before any PDF is made: pdf.ensure_gui would otherwise create a bare
    QGuiApplication, and the widget tests that run later in the same process need a QApplication."""
    return qapp


@pytest.fixture(scope="session")
def key_home(tmp_path_factory):
    """One signing key for the whole run (RSA generation and scrypt are the slow part)."""
    home = tmp_path_factory.mktemp("key-home")
    keys.create_signing_key(Paths(data=home, cache=home / "cache"), PASSPHRASE)
    return home


@pytest.fixture
def keyed(paths, key_home):
    """This test's data folder, holding a copy of the session's signing key."""
    shutil.copytree(key_home / "keys", paths.data / "keys")
    return paths


@pytest.fixture(scope="session")
def signing_key(key_home):
    return load_signing_key(Paths(data=key_home, cache=key_home / "cache"), PASSPHRASE)


@pytest.fixture
def db(paths):
    database = Database.open(paths)
    yield database
    database.close()


@pytest.fixture
def service(db, keyed):
    """The certificate service, at a centre where 李老师 is a registered tutor."""
    from trainer.services.certificates.service import CertificateService
    from trainer.storage.tutors import TutorRepository

    TutorRepository(db).add("李老师", "scrypt$not-a-real-pin-hash")
    return CertificateService(db, keyed)


@pytest.fixture
def learner(db):
    from trainer.domain.certificates import LearnerRef
    from trainer.storage.repositories import LearnerRepository

    made = LearnerRepository(db).create("王秀英", "sun", "#174A86", "zh_CN")
    return LearnerRef(made.id, made.name)
