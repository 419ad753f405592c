"""A hybrid logical clock (HLC): the order of edits across the centre's PCs.

A clock value is one integer: milliseconds since 1970 (the physical part) shifted left by 16 bits,
plus a 16-bit counter (the logical part). Integers compare in the right order, fit SQLite's and
PostgreSQL's 64-bit integers, and the capture triggers can compute them in SQL.

The rules (Kulkarni et al., "Logical physical clocks", 2014, in packed form):

- a local edit takes ``tick(last, now)``: later than every value this PC issued or received, and at
  least the (corrected) wall clock, so a PC whose clock runs hours behind still orders its edits after
  everything it has seen;
- a value received from another PC or the hub raises ``last`` to it (``receive``), so the next local
  edit is later than it;
- ``now`` is the PC's wall clock plus the offset measured against the hub's clock at the last sync
  (``corrected_ms``): edits made on two PCs that had not seen each other are ordered by real time,
  even when one PC's clock is hours wrong. Without a hub (USB bundles only) the offset stays 0 and
  only the causal order is guaranteed.

Ties between two different values with the same clock are broken by the value itself
(``domain.sync.merge``), so every replica picks the same winner.
"""

from __future__ import annotations

from datetime import UTC, datetime

LOGICAL_BITS = 16
LOGICAL_MASK = (1 << LOGICAL_BITS) - 1
ZERO = 0  # "before sync began": older than any edit the triggers stamp


def pack(physical_ms: int, counter: int = 0) -> int:
    if physical_ms < 0 or not 0 <= counter <= LOGICAL_MASK:
        raise ValueError("physical time must be >= 0 and the counter 0..65535")
    return (physical_ms << LOGICAL_BITS) | counter


def physical_ms(value: int) -> int:
    return value >> LOGICAL_BITS


def counter(value: int) -> int:
    return value & LOGICAL_MASK


def tick(last: int, now_ms: int) -> int:
    """The clock value of a new local event: after ``last`` and not before the wall clock.

    When more than 65,535 events fall in one millisecond the counter carries into the physical part;
    order is still kept (the value only ever grows)."""
    return max(last + 1, pack(max(now_ms, 0)))


def receive(last: int, remote: int) -> int:
    """``last`` after seeing ``remote``: the next ``tick`` is later than both."""
    return max(last, remote)


def corrected_ms(wall_ms: int, offset_ms: int) -> int:
    """The wall clock corrected by the offset measured against the hub (hub minus this PC)."""
    return wall_ms + offset_ms


def offset_from(sent_ms: int, server_ms: int, received_ms: int) -> int:
    """Hub clock minus this PC's clock, from one round trip (the server read its clock half-way)."""
    return server_ms - (sent_ms + received_ms) // 2


def to_datetime(value: int) -> datetime:
    """The physical part as a UTC time (for people: "last changed at")."""
    return datetime.fromtimestamp(physical_ms(value) / 1000, UTC)


def from_datetime(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return pack(int(moment.timestamp() * 1000))
