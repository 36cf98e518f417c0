"""Reading tariff files: validation with clear errors, and the set of installed tariffs.

The bundled tariffs come from ``resources/tariffs``; a broker adds further insurers by
dropping files into the user tariff folder or naming a folder with ``--tariff-dir``. A broken
file is reported with its file, field and line and never stops the other tariffs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from pathlib import Path
from typing import Any

from premiumcalc.paths import resource, user_tariff_dir
from premiumcalc.tariffs.catalog import Catalog, load_catalog
from premiumcalc.tariffs.checks import check_tariff
from premiumcalc.tariffs.models import Tariff


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

    @property
    def id(self) -> str:
        return self.tariff.id

    @property
    def version(self) -> str:
        return self.tariff.version


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
        return f"{msg} (got {value!r})"
    return msg


# ---------------------------------------------------------------------------------------


def parse_tariff(data: bytes, path: Path, catalog: Catalog | None = None) -> Tariff:
    """Validate a tariff file's bytes; raises :class:`TariffFileError` listing every problem."""
    import tomllib

    from pydantic import TypeAdapter, ValidationError

    catalog = catalog or load_catalog()
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
    try:
        tariff = TypeAdapter(Tariff).validate_python(raw)
    except ValidationError as exc:
        errors = exc.errors()
        problems = [
            Problem(_format_loc(e["loc"]), _describe(dict(e)), _find_line(text, e["loc"]))
            for e in errors
        ]
        # Check what can still be checked across the sections that are valid on their own.
        broken: set[Any] = {e["loc"][0] for e in errors if e["loc"]}
        tariff = _partial_tariff(_valid_sections(raw, broken))
    issues = check_tariff(tariff, catalog.profession_map, catalog.question_map)
    problems += [Problem(_format_loc(loc), msg, _find_line(text, loc)) for loc, msg in issues]
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


def load_tariff_file(
    path: Path, *, bundled: bool = False, catalog: Catalog | None = None
) -> LoadedTariff:
    """Read and validate one tariff file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TariffFileError(path, [Problem("", f"cannot read the file: {exc.strerror}")]) from None
    tariff, sha256 = _validated(data, path, catalog or load_catalog())
    return LoadedTariff(
        tariff=tariff,
        path=path,
        sha256=sha256,
        bundled=bundled,
        content=data,
    )


def _validated(data: bytes, path: Path, catalog: Catalog) -> tuple[Tariff, str]:
    """The tariff of a file's bytes and their SHA-256, validated once per content."""
    from premiumcalc.tariffs import validated

    def validate() -> tuple[Tariff, str]:
        import hashlib

        return parse_tariff(data, path, catalog), hashlib.sha256(data).hexdigest()

    # Valid bytes stay valid as long as the catalogue knows the same professions.
    key = (data + b"\0" + " ".join(sorted(catalog.profession_map)).encode()
           + b"\0" + " ".join(catalog.question_map).encode())
    found = validated.remembered("tariff", key, validate)
    if isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], Tariff):
        return found
    return validate()  # pragma: no cover - a cache of another shape


def bundled_tariff_dir() -> Path:
    return resource("tariffs")


@dataclass
class TariffSet:
    """The installed tariffs, by id, and the files that could not be used."""

    tariffs: dict[str, LoadedTariff] = field(default_factory=dict)
    errors: list[TariffFileError] = field(default_factory=list)

    def get(self, tariff_id: str) -> LoadedTariff | None:
        return self.tariffs.get(tariff_id)

    def ids(self) -> list[str]:
        return sorted(self.tariffs)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.tariffs[i] for i in self.ids())

    def __len__(self) -> int:
        return len(self.tariffs)


def _toml_files(directory: Path) -> list[Path]:
    try:
        return sorted(p for p in directory.iterdir() if p.suffix == ".toml" and p.is_file())
    except OSError:
        return []


def load_tariffs(
    extra_dirs: Iterable[Path] = (),
    *,
    include_user_dir: bool = True,
    catalog: Catalog | None = None,
) -> TariffSet:
    """The bundled tariffs plus those added in the user folder and ``extra_dirs``.

    An added file with the id of a bundled tariff replaces it; two added files with one id are
    both reported as errors (and neither is used).
    """
    catalog = catalog or load_catalog()
    result = TariffSet()
    for path in _toml_files(bundled_tariff_dir()):
        try:
            loaded = load_tariff_file(path, bundled=True, catalog=catalog)
        except TariffFileError as exc:
            result.errors.append(exc)
            continue
        result.tariffs[loaded.id] = loaded

    dirs: list[Path] = []
    if include_user_dir:
        dirs.append(user_tariff_dir())
    dirs.extend(Path(d) for d in extra_dirs)

    added: dict[str, list[LoadedTariff]] = {}
    seen_files: set[Path] = set()
    for directory in dirs:
        for path in _toml_files(directory):
            real = path.resolve()
            if real in seen_files:
                continue
            seen_files.add(real)
            try:
                loaded = load_tariff_file(path, catalog=catalog)
            except TariffFileError as exc:
                result.errors.append(exc)
                continue
            added.setdefault(loaded.id, []).append(loaded)

    for tariff_id, files in added.items():
        if len(files) > 1:
            for f in files:
                others = ", ".join(str(o.path) for o in files if o is not f)
                result.errors.append(
                    TariffFileError(
                        f.path,
                        [Problem("id", f"tariff id {tariff_id!r} is also used by {others}")],
                    )
                )
            continue
        loaded = files[0]
        if tariff_id in result.tariffs and result.tariffs[tariff_id].bundled:
            loaded = LoadedTariff(
                tariff=loaded.tariff,
                path=loaded.path,
                sha256=loaded.sha256,
                bundled=False,
                replaces_bundled=True,
                content=loaded.content,
            )
        result.tariffs[tariff_id] = loaded
    return result
