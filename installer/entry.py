"""The bundle's program: the same ``trainer`` command as ``pip install`` gives (trainer.cli:main)."""

from trainer.cli import main

raise SystemExit(main())
