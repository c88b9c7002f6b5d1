"""Time-ordered UUIDs (version 7, RFC 9562) made by the application, not the database."""

from __future__ import annotations

import os
import uuid

from welfare_desk.clock import unix_millis


def new_id() -> uuid.UUID:
    """48 bits of Unix milliseconds, then random bits: sortable by creation, unique per desk."""
    millis = unix_millis()
    rand = int.from_bytes(os.urandom(10), "big")
    value = (millis & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76  # version
    value |= (rand >> 68) << 64  # 12 bits rand_a
    value |= 0b10 << 62  # variant
    value |= rand & 0x3FFF_FFFF_FFFF_FFFF  # 62 bits rand_b
    return uuid.UUID(int=value)
