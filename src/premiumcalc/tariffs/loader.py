"""Reading tariff files: validation with clear errors, and the set of installed tariffs.

The bundled tariffs come from ``resources/tariffs``; a broker adds further insurers by
dropping files into the user tariff folder or naming a folder with ``--tariff-dir``. A broken
file is reported with its file, field and line and never stops the other tariffs.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from pathlib import Path
from typing import Any

from premiumcalc.paths import resource, user_tariff_dir
from premiumcalc.tariffs.catalog import Catalog, load_catalog
from premiumcalc.tariffs.checks import check_tariff
from premiumcalc.tariffs.constraints import short_repr
from premiumcalc.tariffs.models import Tariff
from premiumcalc.tariffs.versions import Period, contains, describe, overlap, period


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a tariff file."""

    field: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f" (line {self.line})" if self.line else ""
        prefix = f"{self.field}: " if self.field else ""
        return f"{prefix}{self.message}{where}"


class TariffFileError(Exception):
    """A tariff file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path, problems: Sequence[Problem]) -> None:
        self.path = Path(path)
        self.problems = list(problems)
        super().__init__(self.lines()[0] if self.problems else str(path))

    def lines(self) -> list[str]:
        return [f"{self.path}: {p}" for p in self.problems]

    def __str__(self) -> str:
        return "; ".join(self.lines())


@dataclass(frozen=True)
class LoadedTariff:
    """A validated tariff with the file it came from."""

    tariff: Tariff
    path: Path
    sha256: str
    bundled: bool
    replaces_bundled: bool = False
    content: bytes = field(default=b"", repr=False, compare=False)
    #: The last day of this version among the installed versions of its id (None: never
    #: ends); set by :func:`load_tariffs`, else the file's own ``valid_until``.
    effective_until: dt.date | None = None
    #: The bundled versions this added file replaces ("id version").
    replaced: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.tariff.id

    @property
    def version(self) -> str:
        return self.tariff.version

    @property
    def valid_from(self) -> dt.date:
        return self.tariff.valid_from

    @property
    def valid_until(self) -> dt.date | None:
        return self.tariff.valid_until

    @property
    def period(self) -> Period:
        return self.tariff.valid_from, self.effective_until

    def valid_on(self, day: dt.date) -> bool:
        return contains(self.period, day)


# ---------------------------------------------------------------------------------------
# Locating a field in the file's text, so that an error names its line.


def _format_loc(loc: Sequence[object]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part == "[key]":
            out += " (key)"
        else:
            out += f".{part}" if out else str(part)
    return out


def _find_line(text: str, loc: Sequence[object]) -> int | None:
    lines = text.splitlines()
    start = 0
    found: int | None = None
    path: list[str] = []
    array_name: str | None = None
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, int):
            if array_name is not None:
                header = re.compile(r"^\s*\[\[\s*" + re.escape(array_name) + r"\s*\]\]")
                hits = [i for i, ln in enumerate(lines) if header.match(ln)]
                if part < len(hits):
                    start = found = hits[part]
                path = [f"{array_name}[{part}]"]
            array_name = None
            continue
        key = str(part)
        path.append(key)
        dotted = ".".join(p for p in path if "[" not in p)
        table = re.compile(r"^\s*\[\s*" + re.escape(dotted) + r"\s*\]\s*(#.*)?$")
        hit = next((i for i, ln in enumerate(lines) if table.match(ln)), None)
        if hit is not None and "[" not in "".join(path):
            start = found = hit
            array_name = key
            continue
        assign = re.compile(r'(^|[\s{,])["\']?' + re.escape(key) + r'["\']?\s*=')
        hit = next((i for i in range(start, len(lines)) if assign.search(lines[i])), None)
        if hit is not None:
            start = found = hit
        array_name = key
    return None if found is None else found + 1


def _describe(err: dict[str, object]) -> str:
    kind = err.get("type")
    if kind == "missing":
        return "missing key"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "unknown key"
    msg = str(err.get("msg", "invalid value"))
    value = err.get("input")
    if isinstance(value, (str, int, float, Decimal, bool)) and not isinstance(value, dict):
        return f"{msg} (got {short_repr(value)})"
    return msg


# ---------------------------------------------------------------------------------------

#: At most this many problems of one file are listed (with their lines).
MAX_PROBLEMS = 50


def parse_tariff(data: bytes, path: Path, catalog: Catalog | None = None) -> Tariff:
    """Validate a tariff file's bytes; raises :class:`TariffFileError` listing every problem."""
    import tomllib

    from pydantic import TypeAdapter, ValidationError

    catalog = catalog or load_catalog()
    if data.startswith(b"\xef\xbb\xbf"):
        raise TariffFileError(
            path,
            [Problem("", "the file starts with a byte order mark (BOM): save it as UTF-8 "
                         "without BOM")],
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TariffFileError(
            path, [Problem("", f"the file is not UTF-8 text (byte {exc.start})")]
        ) from None
    try:
        raw = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise TariffFileError(path, [Problem("", f"not valid TOML: {exc}")]) from None
    problems: list[Problem] = []
    errors: list[Any] = []
    try:
        tariff = TypeAdapter(Tariff).validate_python(raw)
    except ValidationError as exc:
        errors = exc.errors()
        problems = [
            Problem(_format_loc(e["loc"]), _describe(dict(e)), _find_line(text, e["loc"]))
            for e in errors[:MAX_PROBLEMS]
        ]
        # Check what can still be checked across the sections that are valid on their own.
        broken: set[Any] = {e["loc"][0] for e in errors if e["loc"]}
        tariff = _partial_tariff(_valid_sections(raw, broken))
    issues = check_tariff(tariff, catalog.profession_map, catalog.question_map)
    shown = max(0, MAX_PROBLEMS - len(problems))
    problems += [
        Problem(_format_loc(loc), msg, _find_line(text, loc)) for loc, msg in issues[:shown]
    ]
    more = len(errors) + len(issues) - len(problems)
    if more > 0:
        problems.append(Problem("", f"and {more} more problems (the first {MAX_PROBLEMS} "
                                    "are listed)"))
    if problems:
        raise TariffFileError(path, problems)
    return tariff


def _valid_sections(raw: dict[str, Any], broken: set[Any]) -> dict[str, Any]:
    """The top-level sections of a tariff that validate on their own."""
    import typing

    from pydantic import TypeAdapter, ValidationError

    valid: dict[str, Any] = {}
    for name, hint in typing.get_type_hints(Tariff, include_extras=True).items():
        if name in broken or name not in raw or name.startswith("__"):
            continue
        try:
            valid[name] = TypeAdapter(hint).validate_python(raw[name])
        except (ValidationError, TypeError):  # pragma: no cover - reported already
            continue
    return valid


def _partial_tariff(sections: dict[str, Any]) -> Tariff:
    """A tariff of only the given sections (and defaults), for the checks across sections."""
    tariff = object.__new__(Tariff)
    for f in fields(Tariff):
        if f.name in sections:
            value = sections[f.name]
        elif f.default is not MISSING:
            value = f.default
        elif f.default_factory is not MISSING:
            value = f.default_factory()
        else:
            continue
        object.__setattr__(tariff, f.name, value)
    return tariff


#: A tariff file larger than this is not read (the largest bundled one is a few KiB).
MAX_FILE_BYTES = 1024 * 1024


def read_tariff_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_FILE_BYTES`, without ever blocking.

    A folder, a FIFO, a device, a broken or looping link, an unreadable or an oversized file
    raise :class:`TariffFileError` saying so.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise TariffFileError(path, [Problem("", _cannot_open(path, exc))]) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = "a folder" if stat.S_ISDIR(mode) else "a pipe or device"
            raise TariffFileError(
                path, [Problem("", f"not a regular file ({what}); a tariff is a .toml file")]
            )
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_FILE_BYTES:
            chunk = os.read(fd, MAX_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise TariffFileError(
            path, [Problem("", f"cannot read the file: {exc.strerror or exc}")]
        ) from None
    finally:
        os.close(fd)
    if size > MAX_FILE_BYTES:
        raise TariffFileError(
            path, [Problem("", f"the file is larger than {MAX_FILE_BYTES // 1024} KiB (1 MiB), "
                               "the largest tariff file read")]
        )
    return b"".join(chunks)


def _cannot_open(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "cannot read the file: a link that loops back on itself"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return "cannot read the file: a link to a file that does not exist"
    return f"cannot read the file: {exc.strerror or exc}"


#: Runs a tariff file's own checks (``[[checks]]``); returns (field, message) per failure.
#: Pricing provides it (:func:`premiumcalc.pricing.selfcheck.check_failures`): the tariffs
#: layer cannot price.
Verifier = Callable[[Tariff, Catalog], list[tuple[str, str]]]


def verify_file(loaded: LoadedTariff, verify: Verifier | None, catalog: Catalog) -> None:
    """Raise :class:`TariffFileError` when the file's own checks fail."""
    if verify is None or not loaded.tariff.checks:
        return
    failures = verify(loaded.tariff, catalog)
    if failures:
        text = loaded.content.decode("utf-8", "replace")
        line = _find_line(text, ("checks",))
        raise TariffFileError(loaded.path, [
            Problem(where, f"the file's own check fails: {message}", line)
            for where, message in failures
        ])


def load_tariff_file(
    path: Path, *, bundled: bool = False, catalog: Catalog | None = None,
    verify: Verifier | None = None,
) -> LoadedTariff:
    """Read and validate one tariff file (and run its own checks with ``verify``).

    Whatever goes wrong with this one file (including nesting too deep to read, or running
    out of memory) raises :class:`TariffFileError` for it, never anything else.
    """
    path = Path(path)
    data = read_tariff_bytes(path)
    try:
        catalog = catalog or load_catalog()
        tariff = _validated(data, path, catalog)
    except TariffFileError:
        raise
    except RecursionError:
        raise TariffFileError(
            path, [Problem("", "arrays or tables nested too deeply to read")]
        ) from None
    except MemoryError:
        raise TariffFileError(path, [Problem("", "not enough memory to read the file")]) from None
    except Exception as exc:  # a file must never stop the program
        raise TariffFileError(
            path, [Problem("", f"cannot be read: {type(exc).__name__}: {exc}"[:300])]
        ) from None
    loaded = LoadedTariff(
        tariff=tariff,
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        bundled=bundled,
        content=data,
    )
    try:
        verify_file(loaded, verify, catalog)
    except TariffFileError:
        raise
    except Exception as exc:  # a file's own checks must never stop the program either
        raise TariffFileError(
            path, [Problem("checks", f"cannot be run: {type(exc).__name__}: {exc}"[:300])]
        ) from None
    return loaded


def _validated(data: bytes, path: Path, catalog: Catalog) -> Tariff:
    """The tariff of a file's bytes: validated in full, unless exactly these bytes passed
    before (then built from them without pydantic)."""
    from premiumcalc.tariffs import validated

    # Valid bytes stay valid as long as the catalogue knows the same professions.
    key = (data + b"\0" + " ".join(sorted(catalog.profession_map)).encode()
           + b"\0" + " ".join(catalog.question_map).encode())
    if validated.was_validated("tariff", key):
        try:
            tariff = _plain_tariff(data)
            if not check_tariff(tariff, catalog.profession_map, catalog.question_map):
                return tariff
        except Exception:  # not the form validation accepts: check the file in full
            pass
    tariff = parse_tariff(data, path, catalog)
    validated.mark_validated("tariff", key)
    return tariff


def _plain_tariff(data: bytes) -> Tariff:
    import tomllib

    from premiumcalc.tariffs.build import build

    raw = tomllib.loads(data.decode("utf-8"), parse_float=Decimal)
    tariff = build(Tariff, raw)
    assert isinstance(tariff, Tariff)
    return tariff


def bundled_tariff_dir() -> Path:
    return resource("tariffs")


@dataclass
class TariffSet:
    """The installed tariffs: every version of every id, and the files that could not be used.

    Without a start of cover, :meth:`get`, :meth:`ids`, iteration and :attr:`tariffs` give the
    version of each id that is valid today (or, where none is, the one nearest in time).
    """

    versions: dict[str, list[LoadedTariff]] = field(default_factory=dict)
    errors: list[TariffFileError] = field(default_factory=list)

    def version_on(self, tariff_id: str, start: dt.date) -> LoadedTariff | None:
        """The version of ``tariff_id`` whose effective period contains ``start``."""
        valid = [v for v in self.versions.get(tariff_id, []) if v.valid_on(start)]
        return valid[-1] if valid else None

    def get(self, tariff_id: str, start: dt.date | None = None) -> LoadedTariff | None:
        if start is not None:
            return self.version_on(tariff_id, start)
        versions = self.versions.get(tariff_id)
        if not versions:
            return None
        from premiumcalc.clock import today as clock_today

        today = clock_today()
        current = self.version_on(tariff_id, today)
        if current is not None:
            return current
        started = [v for v in versions if v.valid_from <= today]
        return started[-1] if started else versions[0]

    @property
    def tariffs(self) -> dict[str, LoadedTariff]:
        """One version per id (see the class's note)."""
        out: dict[str, LoadedTariff] = {}
        for tid in sorted(self.versions):
            current = self.get(tid)
            if current is not None:
                out[tid] = current
        return out

    def ids(self) -> list[str]:
        return sorted(tid for tid, versions in self.versions.items() if versions)

    def all_versions(self) -> list[LoadedTariff]:
        """Every installed version, by id and then by start."""
        return [v for tid in self.ids() for v in self.versions[tid]]

    def valid_on(self, start: dt.date) -> tuple[list[LoadedTariff], list[tuple[str, str]]]:
        """The versions valid on ``start`` (one per id, by id) and, for every other id,
        ``(id, reason)``."""
        valid: list[LoadedTariff] = []
        unavailable: list[tuple[str, str]] = []
        for tid in self.ids():
            found = self.version_on(tid, start)
            if found is not None:
                valid.append(found)
            else:
                unavailable.append((tid, self.no_version_reason(tid, start)))
        return valid, unavailable

    def no_version_reason(self, tariff_id: str, start: dt.date) -> str:
        """``tariff X has no version valid for a start on D (2026-02 from 2026-02-01)``."""
        versions = ", ".join(f"{v.version} {describe(v.period)}"
                             for v in self.versions.get(tariff_id, []))
        return (f"tariff {tariff_id} has no version valid for a start on {start.isoformat()} "
                f"({versions})")

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.tariffs.values())

    def __len__(self) -> int:
        return len(self.ids())


class TariffDirError(TariffFileError):
    """A tariff folder named explicitly that does not exist or is not a folder."""


def _toml_files(directory: Path, errors: list[TariffFileError]) -> list[Path]:
    """Every ``*.toml`` entry of a folder, whatever its kind: a folder, a pipe or a broken
    link named so is reported by :func:`load_tariff_file`, not skipped in silence."""
    try:
        return sorted(p for p in directory.iterdir() if p.suffix == ".toml")
    except FileNotFoundError:
        return []
    except OSError as exc:
        errors.append(TariffFileError(
            directory, [Problem("", f"cannot read the folder: {exc.strerror or exc}")]
        ))
        return []


def check_tariff_dir(directory: Path) -> None:
    """Raise :class:`TariffDirError` unless ``directory`` is an existing folder."""
    if not Path(directory).is_dir():
        what = "is not a folder" if Path(directory).exists() else "does not exist"
        raise TariffDirError(Path(directory), [Problem("", f"the tariff folder {what}")])


def load_tariffs(
    extra_dirs: Iterable[Path] = (),
    *,
    include_user_dir: bool = True,
    catalog: Catalog | None = None,
    verify: Verifier | None = None,
) -> TariffSet:
    """The bundled tariffs plus those added in the user folder and ``extra_dirs``, every
    version of each id with its effective period (see :func:`resolve_versions`).

    A folder of ``extra_dirs`` that does not exist raises :class:`TariffDirError` (the user
    named it); a file that cannot be used is reported in ``errors`` and never stops the
    others. ``verify`` runs the own checks of added files (bundled files are checked by the
    tests).
    """
    extra = [Path(d) for d in extra_dirs]
    for directory in extra:
        check_tariff_dir(directory)
    catalog = catalog or load_catalog()
    result = TariffSet()
    bundled: list[LoadedTariff] = []
    for path in _toml_files(bundled_tariff_dir(), result.errors):
        try:
            bundled.append(load_tariff_file(path, bundled=True, catalog=catalog))
        except TariffFileError as exc:
            result.errors.append(exc)

    dirs: list[Path] = []
    if include_user_dir:
        dirs.append(user_tariff_dir())
    dirs.extend(extra)

    added: list[LoadedTariff] = []
    seen_files: set[Path] = set()
    for directory in dirs:
        for path in _toml_files(directory, result.errors):
            try:
                real = path.resolve()
            except (OSError, RuntimeError):  # a link that loops: reported when read
                real = path
            if real in seen_files:
                continue
            seen_files.add(real)
            try:
                loaded = load_tariff_file(path, catalog=catalog, verify=verify)
            except TariffFileError as exc:
                result.errors.append(exc)
                continue
            added.append(loaded)
    result.versions = resolve_versions(bundled, added, result.errors)
    return result


def resolve_versions(
    bundled: Sequence[LoadedTariff], added: Sequence[LoadedTariff],
    errors: list[TariffFileError],
) -> dict[str, list[LoadedTariff]]:
    """The versions of each id after the precedence of handbook §11.

    Added files (user folder, ``--tariff-dir``) come before bundled ones: an added file
    replaces every bundled version of its id whose period it overlaps; two added files of one
    id whose periods overlap are both reported in ``errors`` and neither is used.
    """
    from dataclasses import replace

    ids = sorted({t.id for t in bundled} | {t.id for t in added})
    out: dict[str, list[LoadedTariff]] = {}
    for tid in ids:
        mine_bundled = [t for t in bundled if t.id == tid]
        mine_added = [t for t in added if t.id == tid]
        everything = [*mine_bundled, *mine_added]
        clashing: set[int] = set()
        for i, a in enumerate(mine_added):
            for j in range(i + 1, len(mine_added)):
                b = mine_added[j]
                if overlap(period(a, everything), period(b, everything)):
                    clashing.update((i, j))
        for i in sorted(clashing):
            f = mine_added[i]
            others = ", ".join(str(mine_added[j].path) for j in sorted(clashing) if j != i)
            errors.append(TariffFileError(f.path, [Problem(
                "valid_from",
                f"tariff id {tid!r}: version {f.version} overlaps the period of {others}; "
                f"give each version its own period (valid_from, valid_until)",
                _find_line(f.content.decode("utf-8", "replace"), ("valid_from",))
                if f.content else None,
            )]))
        kept_added = [t for i, t in enumerate(mine_added) if i not in clashing]
        everything = [*mine_bundled, *kept_added]
        kept_bundled: list[LoadedTariff] = []
        replaced_by: dict[int, list[str]] = {}
        for b in mine_bundled:
            hits = [i for i, a in enumerate(kept_added)
                    if overlap(period(a, everything), period(b, everything))]
            if hits:
                for i in hits:
                    replaced_by.setdefault(i, []).append(f"{b.id} {b.version}")
            else:
                kept_bundled.append(b)
        final = [
            *kept_bundled,
            *(replace(a, bundled=False, replaces_bundled=i in replaced_by,
                      replaced=tuple(replaced_by.get(i, ())))
              for i, a in enumerate(kept_added)),
        ]
        final.sort(key=lambda t: (t.valid_from, t.version))
        out[tid] = [replace(t, effective_until=period(t, final)[1]) for t in final]
    return out
