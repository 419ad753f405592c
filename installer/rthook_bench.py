# PyInstaller runtime hook for bench/frozen.py only: with TRAINER_BENCH_READY=1 the app prints
# {"ready": <time>, "peak_kib": ...} once the sign-in screen has been painted and the event loop has
# turned once, then quits -- the same probe bench/startup.py puts in front of the source app.
# Without that variable this hook does nothing.
import os

if os.environ.get("TRAINER_BENCH_READY"):
    import trainer.cli

    _main = trainer.cli.main

    def _probed_main(argv=None):
        import json
        import sys
        import time

        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        def peak_kib():
            try:
                with open("/proc/self/status") as status:
                    for line in status:
                        if line.startswith("VmHWM:"):
                            return int(line.split()[1])
            except OSError:
                pass
            return 0

        class Ready(QObject):
            done = False

            def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
                if not self.done and event.type() == QEvent.Type.Paint:
                    self.done = True
                    QTimer.singleShot(0, self.finish)
                return False

            def finish(self):
                print(json.dumps({"ready": time.time(), "peak_kib": peak_kib()}), flush=True)
                QApplication.instance().quit()

        app = QApplication(sys.argv[:1])
        ready = Ready(app)
        # on the sign-in screen only, as in bench/startup.py (a filter on the whole app would run
        # Python for every event of every widget and charge the app for the measuring)
        from trainer.ui.screens import signin

        init = signin.SignInScreen.__init__

        def watched(self, *args, **kwargs):
            init(self, *args, **kwargs)
            self.installEventFilter(ready)

        signin.SignInScreen.__init__ = watched
        return _main(argv)

    trainer.cli.main = _probed_main
