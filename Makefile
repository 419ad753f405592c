# The two Quick start commands (see README): `make run` and `make test`.
.PHONY: run test lint translations bench

run:
	scripts/install.sh
	.venv/bin/trainer $(ARGS)

test:
	scripts/install.sh
	scripts/test.sh $(ARGS)

lint:
	.venv/bin/ruff check trainer tests bench scripts
	.venv/bin/ruff format --check trainer tests bench scripts

translations:
	.venv/bin/python scripts/translations.py
