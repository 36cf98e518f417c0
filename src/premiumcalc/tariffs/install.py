"""Adding a tariff file to the user tariff folder and removing an added one (no Qt).

A file is validated before anything is written; it is copied atomically, and the caller is
told about every file it would replace (same file name, or same tariff id) so that nothing is
overwritten silently. Only files in the user tariff folder can be removed, never bundled ones.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from premiumcalc.fileio import WriteError, atomic_write_bytes
from premiumcalc.paths import user_tariff_dir
from premiumcalc.tariffs.catalog import Catalog
from premiumcalc.tariffs.loader import LoadedTariff, TariffSet, Verifier, load_tariff_file


@dataclass(frozen=True)
class ImportPlan:
    """What importing one validated file would do."""

    loaded: LoadedTariff
    """The validated tariff as read from the source file."""
    target: Path
    """Where the copy goes: the user tariff folder, under the source file's name."""
    same_name: Path | None
    """An existing file of that name in the folder (replaced by the import)."""
    same_id: LoadedTariff | None
    """The installed tariff with the same id: a bundled one is replaced while the file is
    installed, an added one (another file) is removed by the import."""
    identical: bool
    """The very same bytes are installed already: importing changes nothing."""

    @property
    def replaced_files(self) -> list[Path]:
        """Added files the import deletes or overwrites."""
        files = [self.same_name] if self.same_name is not None and not self.identical else []
        other = self.same_id
        if (other is not None and not other.bundled and not _same(other.path, self.target)
                and is_removable(other.path, self.target.parent)):
            files.append(other.path)
        return files


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def plan_import(source: Path, installed: TariffSet, catalog: Catalog | None = None,
                folder: Path | None = None, verify: Verifier | None = None) -> ImportPlan:
    """Validate ``source`` and work out what importing it does.

    Raises :class:`~premiumcalc.tariffs.TariffFileError` (with every problem) when the file
    cannot be used; nothing is written.
    """
    folder = folder or user_tariff_dir()
    loaded = load_tariff_file(Path(source), catalog=catalog, verify=verify)
    target = folder / Path(source).name
    if target.suffix.lower() != ".toml":
        target = target.with_name(target.name + ".toml")
    same_name = target if target.is_file() else None
    identical = False
    if same_name is not None:
        with contextlib.suppress(OSError):
            identical = target.read_bytes() == loaded.content
    return ImportPlan(loaded=loaded, target=target, same_name=same_name,
                      same_id=installed.get(loaded.id), identical=identical)


def install(plan: ImportPlan) -> Path:
    """Copy the file into the folder (atomically) and delete an added file it replaces.

    Raises :class:`~premiumcalc.fileio.WriteError` when the copy cannot be written; then
    nothing has changed.
    """
    try:
        plan.target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"cannot create {plan.target.parent}: {exc.strerror or exc}") from None
    atomic_write_bytes(plan.target, plan.loaded.content)
    for path in plan.replaced_files:
        if not _same(path, plan.target):
            remove_file(path, plan.target.parent)
    return plan.target


def is_removable(path: Path, folder: Path | None = None) -> bool:
    """Whether ``path`` is a file in the user tariff folder (bundled files never are)."""
    folder = folder or user_tariff_dir()
    return _same(Path(path).parent, folder)


def remove_file(path: Path, folder: Path | None = None) -> None:
    """Delete an added tariff file; raises :class:`WriteError` for anything else."""
    if not is_removable(path, folder):
        raise WriteError(f"{path} is not an added tariff file; only files in "
                         f"{folder or user_tariff_dir()} can be removed")
    try:
        Path(path).unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise WriteError(f"cannot remove {path}: {exc.strerror or exc}") from None
