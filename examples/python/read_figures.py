#!/usr/bin/python3
"""Read figurewire's `figures` topic as Avro, with Debian's python3-avro and python3-confluent-kafka.

Values are Avro single-object encoded: 2 marker bytes (C3 01), the writer schema's 64-bit
CRC-64-AVRO fingerprint (little-endian), then Avro binary. The writer schema is found by that
fingerprint among the .avsc files of schemas/ (the current ones and every earlier version kept
under schemas/src/main/resources/history), and resolved against the current Figure schema.

    apt-get install python3-avro python3-confluent-kafka
    examples/python/read_figures.py --bootstrap 127.0.0.1:9092 --until-end | jq .

Prints one JSON object per record, with the schema's snake_case fields.
"""
import argparse
import datetime
import io
import json
import pathlib
import re
import struct
import sys
import time

import avro.io
import avro.name
import avro.schema
from confluent_kafka import Consumer, KafkaError, TopicPartition

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA_DIRS = [ROOT / "schemas/src/main/avro", ROOT / "schemas/src/main/resources/history"]
MARKER = b"\xc3\x01"
EMPTY = 0xC15D213AA4D7A795  # the Avro spec's CRC-64-AVRO seed


def _fingerprint_table():
    table = []
    for i in range(256):
        fp = i
        for _ in range(8):
            fp = (fp >> 1) ^ (EMPTY & -(fp & 1))
        table.append(fp)
    return table


TABLE = _fingerprint_table()
# python3-avro 1.11 leaves a logical type's primitive as {"type":"long"} in the canonical form,
# where the spec (and Java) reduce it to "long"; the fingerprints then differ.
WRAPPED_PRIMITIVE = re.compile(r'\{"type":"(null|boolean|int|long|float|double|bytes|string)"\}')


def fingerprint(schema):
    """CRC-64-AVRO of the schema's parsing canonical form, as Java's SchemaNormalization computes it."""
    fp = EMPTY
    for byte in WRAPPED_PRIMITIVE.sub(r'"\1"', schema.canonical_form).encode("utf-8"):
        fp = (fp >> 8) ^ TABLE[(fp ^ byte) & 0xFF]
    return fp


def load_schemas(dirs):
    """Every record schema in the .avsc files, by fingerprint. Files may name types defined in others."""
    names = avro.name.Names()
    pending = sorted(p for d in dirs for p in pathlib.Path(d).rglob("*.avsc"))
    by_fingerprint, current = {}, {}
    while pending:
        left = []
        for path in pending:
            history = "history" in path.parts
            # a history file is self-contained and redefines current names: it gets a table of its own
            table = avro.name.Names() if history else names
            known = dict(table.names)
            try:
                schema = avro.schema.make_avsc_object(json.loads(path.read_text()), table)
            except avro.errors.SchemaParseException:
                table.names = known  # it names a type from a file not read yet: forget what it half defined
                left.append(path)
                continue
            by_fingerprint[fingerprint(schema)] = schema
            if not history:
                current[schema.fullname] = schema
        if len(left) == len(pending):
            sys.exit("cannot parse: " + ", ".join(map(str, left)))
        pending = left
    return by_fingerprint, current


def decode(value, schemas, reader):
    if value[:2] != MARKER or len(value) < 10:
        raise ValueError("not Avro single-object encoding (JSON topics need no schema: use jq)")
    (fp,) = struct.unpack("<Q", value[2:10])
    writer = schemas.get(fp)
    if writer is None:
        raise ValueError(f"unknown writer schema fingerprint {fp:016x}")
    return avro.io.DatumReader(writer, reader).read(avro.io.BinaryDecoder(io.BytesIO(value[10:])))


def plain(v):
    if isinstance(v, datetime.datetime):
        ms = v.microsecond // 1000
        return v.strftime("%Y-%m-%dT%H:%M:%S") + (f".{ms:03d}" if ms else "") + "Z"
    raise TypeError(type(v).__name__)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bootstrap", default="127.0.0.1:9092")
    ap.add_argument("--topic", default="figures")
    ap.add_argument("--until-end", action="store_true", help="stop at the end of every partition")
    ap.add_argument("--timeout", type=float, default=60.0, help="with --until-end, give up after this many seconds")
    args = ap.parse_args()

    schemas, current = load_schemas(SCHEMA_DIRS)
    reader = current["io.figurewire.records.Figure"]
    consumer = Consumer({"bootstrap.servers": args.bootstrap, "group.id": "figurewire-python-example",
                         "enable.auto.commit": False, "isolation.level": "read_committed",
                         "enable.partition.eof": True})
    partitions = consumer.list_topics(args.topic, timeout=30).topics[args.topic].partitions
    if not partitions:
        sys.exit(f"topic {args.topic} does not exist")
    consumer.assign([TopicPartition(args.topic, p, 0) for p in partitions])  # from the beginning, no commits
    at_end, deadline = set(), time.monotonic() + args.timeout
    try:
        while not (args.until_end and (len(at_end) == len(partitions) or time.monotonic() > deadline)):
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            if msg.error():
                if msg.error().code() != KafkaError._PARTITION_EOF:
                    sys.exit(f"kafka: {msg.error()}")
                at_end.add(msg.partition())
                continue
            at_end.discard(msg.partition())
            try:
                print(json.dumps(decode(msg.value(), schemas, reader), default=plain), flush=True)
            except ValueError as e:
                print(f"{msg.topic()}-{msg.partition()}@{msg.offset()}: unreadable: {e}", file=sys.stderr)
    finally:
        consumer.close()
    return 0 if len(at_end) == len(partitions) or not args.until_end else 1


if __name__ == "__main__":
    sys.exit(main())
