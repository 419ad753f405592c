"""Tutor mode: PIN-protected screens for volunteer tutors (roster, dashboard, sign-off, reports)."""
