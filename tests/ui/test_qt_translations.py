"""Qt's own dialogs speak the learner's or tutor's language: with zh_CN installed, a file dialog says
"查找范围" and "文件类型", not "Look in:" and "Files of type:" (issue 14, defect 10: Qt's own translations,
qtbase_zh_CN.qm, are loaded with the app's)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from trainer.services import translations

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_qt_dialogs_are_chinese_with_the_chinese_screens(paths):
    translations.install("zh_CN", paths.i18n)
    try:
        words = [
            QCoreApplication.translate("QFileDialog", text)
            for text in ("Look in:", "Files of type:", "&Open")
        ]
        buttons = QCoreApplication.translate("QPlatformTheme", "Cancel")
    finally:
        translations.install("en", paths.i18n)
    assert all(CJK.search(w) for w in words + [buttons]), words + [buttons]
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"  # back in English
