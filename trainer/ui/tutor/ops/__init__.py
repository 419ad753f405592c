"""Tutor mode's work by subject: each module holds the plain methods behind one part of the tutor
screens, and runs its slow work as ``ui.operations.Operation``s (see ``ui.tutor.mode`` for how to add
one)."""
