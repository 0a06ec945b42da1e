"""The bytes an event's hash covers must never change: events hashed by an older build
are verified by a newer one, on every machine of the hall."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from models.journal import canonical_bytes

# What a payload may hold (models/journal._check_payload): no floats.
scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text()
payloads = st.dictionaries(
    st.text(),
    st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=20,
    ),
    max_size=6,
)


def standard(payload: dict[str, Any], **fields: Any) -> bytes:
    """How the first builds wrote canonical bytes: the standard json module."""
    doc = {
        "id": str(fields["event_id"]),
        "window": fields["window_code"],
        "seq": fields["seq"],
        "kind": fields["kind"],
        "payload": payload,
        "case_no": fields["case_no"],
        "clerk": fields["clerk"],
        "occurred_at": fields["occurred_at"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "prev": fields["prev_hash"],
    }
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


FIELDS = {
    "event_id": uuid.UUID("01a21e42-ddb8-7d66-986c-5296b3503dd3"),
    "window_code": "03",
    "seq": 7,
    "kind": "case.accepted",
    "case_no": "320117-03-20261102-0003",
    "clerk": "王静",
    "occurred_at": datetime(2026, 11, 2, 2, 0, 0, 123456, tzinfo=UTC),
    "prev_hash": "0" * 64,
}


@settings(max_examples=300)
@given(payloads)
def test_canonical_bytes_are_those_of_the_standard_json_module(payload: dict[str, Any]) -> None:
    assert canonical_bytes(payload=payload, **FIELDS) == standard(payload, **FIELDS)


@settings(max_examples=300)
@given(
    st.datetimes(
        min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1), timezones=st.timezones()
    )
)
def test_times_are_written_as_before(occurred_at: datetime) -> None:
    fields = {**FIELDS, "occurred_at": occurred_at}
    assert canonical_bytes(payload={}, **fields) == standard({}, **fields)


def test_control_characters_chinese_and_emoji_are_written_the_same() -> None:
    payload = {"备注": '第一行\n第二行\t\x00\x1f\x7f\u2028 😀 "引号" \\', "件数": -3, "z": [True]}
    assert canonical_bytes(payload=payload, **FIELDS) == standard(payload, **FIELDS)


def test_an_integer_beyond_64_bits_still_hashes() -> None:
    payload = {"big": 2**70}
    assert canonical_bytes(payload=payload, **FIELDS) == standard(payload, **FIELDS)


@settings(max_examples=300)
@given(payloads)
def test_the_stored_payload_text_gives_the_same_canonical_bytes(payload: dict[str, Any]) -> None:
    """Payloads are stored with sorted keys, so a pull can hash an event around the text."""
    from models.db import json_text
    from models.journal import canonical_bytes_with_payload_text

    assert canonical_bytes_with_payload_text(
        payload_text=json_text(payload).encode(), **FIELDS
    ) == canonical_bytes(payload=payload, **FIELDS)


def test_a_payload_text_with_unsorted_keys_does_not_pass_for_canonical() -> None:
    from models.journal import canonical_bytes_with_payload_text

    assert canonical_bytes_with_payload_text(
        payload_text=b'{"b":1,"a":2}', **FIELDS
    ) != canonical_bytes(payload={"b": 1, "a": 2}, **FIELDS)
