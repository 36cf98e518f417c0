"""Reading a batch CSV file record by record so that one bad record never costs another.

Python's :mod:`csv` reader gives up on the whole file at the first error (a cell over its
field limit, a stray line end) and, at an unclosed quote, swallows every following line into
one cell. Here the reader is restarted after such a record: the record's first line becomes
one unreadable record (reported with its row number) and the lines after it are read again.

The file's encoding is found from its first bytes: UTF-16/UTF-32 with a byte order mark,
UTF-16 without one (every other byte NUL), else UTF-8 (with or without BOM) line by line,
falling back to Windows-1252 for a line that is not UTF-8. Lines may end in CR LF, LF or CR.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

#: A physical line longer than this (bytes) is not read into memory; its record is invalid.
MAX_LINE_BYTES = 1 << 20
#: Python's csv field limit: a longer cell makes its record invalid.
MAX_CELL = csv.field_size_limit()
#: A quoted cell may span lines (an address); more lines than this means a quote is missing.
MAX_RECORD_LINES = 100

_CHUNK = 1 << 16
_LINE_END = re.compile(rb"\r\n|\r|\n")


class BatchInputError(ValueError):
    """The file as a whole cannot be read as a batch (no header, bad header, encoding)."""


@dataclass(frozen=True)
class Record:
    """One data record: its cells, or (``problem`` set) why it could not be read."""

    cells: list[str]
    problem: str = ""


class _TooLong:
    """Stands for a physical line longer than :data:`MAX_LINE_BYTES`."""


_TOO_LONG = _TooLong()


class _LineTooLong(Exception):
    pass


class _SpansTooManyLines(Exception):
    pass


def _encoding(head: bytes) -> str | None:
    """The codec for a file starting with ``head`` when it is not UTF-8/Windows-1252."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[0] and not head[1] and head[2] and not head[3]:
        return "utf-16-le"
    if len(head) >= 4 and not head[0] and head[1] and not head[2] and head[3]:
        return "utf-16-be"
    return None


def _chunks(stream: BinaryIO) -> Iterator[bytes]:
    """The file's bytes in chunks, as UTF-8 when the file is UTF-16 or UTF-32."""
    head = stream.read(_CHUNK)
    codec = _encoding(head)
    if codec is None:
        data = head
        while data:
            yield data
            data = stream.read(_CHUNK)
        return
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    data = head
    while data:
        yield decoder.decode(data).encode("utf-8")
        data = stream.read(_CHUNK)
    yield decoder.decode(b"", final=True).encode("utf-8")


def physical_lines(stream: BinaryIO) -> Iterator[str | _TooLong]:
    """The file's lines as text ending in ``\\n``; a line that is too long as ``_TOO_LONG``."""
    buffer = b""
    skipping = False  # inside a line that was too long: drop bytes up to its end
    first = True
    for chunk in _chunks(stream):
        if first:
            chunk = chunk.removeprefix(codecs.BOM_UTF8)
            first = False
        buffer += chunk
        start = 0
        while True:
            match = _LINE_END.search(buffer, start)
            # A CR at the very end may be the first half of CR LF: wait for the next chunk.
            if match is None or (match.group() == b"\r" and match.end() == len(buffer)):
                break
            if skipping:
                skipping = False
            else:
                yield _decode(buffer[start:match.start()])
            start = match.end()
        buffer = buffer[start:]
        if len(buffer) > MAX_LINE_BYTES:
            if not skipping:
                yield _TOO_LONG
            skipping = True
            buffer = b"" if not buffer.endswith(b"\r") else b"\r"
    if buffer.endswith(b"\r"):
        buffer = buffer[:-1]
    if buffer and not skipping:
        yield _decode(buffer)


def _decode(line: bytes) -> str:
    try:
        return line.decode("utf-8") + "\n"
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace") + "\n"


class _Feed:
    """The lines a csv reader reads, remembering those of the record being read."""

    def __init__(self, lines: Iterator[str | _TooLong]) -> None:
        self._lines = lines
        self.again: deque[str | _TooLong] = deque()
        self.record: list[str | _TooLong] = []

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        line = self.again.popleft() if self.again else next(self._lines)
        self.record.append(line)
        if isinstance(line, _TooLong):
            raise _LineTooLong
        if len(self.record) > MAX_RECORD_LINES:
            raise _SpansTooManyLines
        return line


def _problem(exc: Exception) -> str:
    if isinstance(exc, _LineTooLong):
        return f"the line is longer than {MAX_LINE_BYTES:,} bytes"
    if isinstance(exc, _SpansTooManyLines):
        return (f"a quoted cell runs over more than {MAX_RECORD_LINES} lines; "
                f"is a closing quote (\") missing?")
    text = str(exc)
    if "field larger than field limit" in text:
        return f"a cell is longer than {MAX_CELL:,} characters"
    if "unexpected end of data" in text:
        return "a quote (\") is not closed before the end of the file"
    return f"is not valid CSV: {text}"


class CsvFile:
    """A batch file: its header (lower case, stripped) and then its records, in order.

    Blank records are skipped. Every other line of the file ends up in exactly one record.
    """

    def __init__(self, stream: BinaryIO, source: str) -> None:
        self._lines = physical_lines(stream)
        header_line = ""
        for line in self._lines:
            if isinstance(line, _TooLong):
                raise BatchInputError(f"{source}: the header line is longer than "
                                      f"{MAX_LINE_BYTES:,} bytes; is this a CSV file?")
            if line.strip():
                header_line = line
                break
        self.header_line = header_line
        self.german = header_line.count(";") > header_line.count(",")
        self.delimiter = ";" if self.german else ","
        try:
            cells = next(csv.reader([header_line], delimiter=self.delimiter, strict=True), [])
        except csv.Error as exc:
            raise BatchInputError(f"{source}: the header line {_problem(exc)}") from None
        self.header = [h.strip().lower() for h in cells]

    def records(self, width: int) -> Iterator[Record]:
        """The data records; a record running over lines with more than ``width`` cells is
        taken as an unclosed quote (its first line is reported and the rest read again)."""
        feed = _Feed(self._lines)
        reader = csv.reader(feed, delimiter=self.delimiter, strict=True)
        while True:
            feed.record = []
            try:
                cells = next(reader)
            except StopIteration:
                return
            except (csv.Error, _LineTooLong, _SpansTooManyLines) as exc:
                yield Record([], _problem(exc))
                reader = self._again(feed)
                continue
            if len(feed.record) > 1 and len(cells) > width:
                yield Record([], "a quote (\") is not closed at the end of the line")
                reader = self._again(feed)
                continue
            if any(c.strip() for c in cells):
                yield Record(cells)

    def _again(self, feed: _Feed) -> Any:
        """A fresh reader that reads the lines after the failed record's first line again."""
        feed.again.extendleft(reversed(feed.record[1:]))
        return csv.reader(feed, delimiter=self.delimiter, strict=True)
