"""Lesson packs on disk: reading them into domain objects, checking them, installing them.

- ``loader.load_installed(paths)`` / ``loader.load_packs(roots)``: what the app shows; never raises.
- ``validate.validate_paths(targets)``: every check, for ``trainer lessons validate``.
- ``install.install_pack(source, local_root)``: for ``trainer lessons add``.
- ``steps.STEP_KINDS``: the step kinds; new kinds register there.
"""
