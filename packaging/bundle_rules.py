"""What goes into the PyInstaller bundle and what is trimmed out of it.

Shared by ``premiumcalc.spec`` and the minimal reference app of
``benchmarks/bench_packaging.py``, so that both are packaged with the same excludes. Plain
Python without PyInstaller or Qt imports, so that the tests can check the rules cheaply.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import Any

PACKAGING_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGING_DIR.parent

APP_NAME = "premiumcalc"
GUI_EXE = "premiumcalc-gui"
CLI_EXE = "premiumcalc"
BUNDLE_IDENTIFIER = "org.premiumcalc.premiumcalc"
DESCRIPTION = "premiumcalc: professional indemnity premiums for IT professionals"
#: Where the repository's ``resources/`` go inside the bundle (``premiumcalc.paths`` looks
#: there when frozen).
RESOURCES_DEST = "premiumcalc/resources"

#: The Qt modules the window may import (QtPrintSupport prints; QtSvg for SVG icons). Qt
#: libraries the kept plugins need (QtSvg for the SVG image plugin) come along regardless.
QT_MODULES_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"})

#: Bytecode optimisation of the bundled modules: 2 drops docstrings and asserts (smaller
#: archives in both executables; nothing in the program relies on either at run time).
OPTIMIZE = 2

#: Standard-library and third-party packages the program never needs at run time. Each
#: module left out counts twice: both executables carry their own archive of Python code.
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "test", "unittest", "doctest", "xmlrpc", "distutils", "setuptools", "pkg_resources", "pip",
    "numpy", "IPython", "matplotlib", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy",
    "ruff", "PyInstaller",
    # Pillow (for logos in the PDF) without the AVIF and WebP codecs, colour management
    # (LittleCMS) and the Tk, Qt and Windows bridges and viewers: a broker's logo is a PNG or
    # JPEG, and ReportLab only opens and decodes it. Image formats: see PIL_PLUGINS_KEPT.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk",
    "PIL.ImageTk", "PIL.ImageCms", "PIL._imagingcms", "PIL.ImageQt", "PIL.ImageShow",
    "PIL.ImageWin", "PIL.PdfParser",
    # SQLAlchemy dialects and helpers the quote store does not use (SQLite and PostgreSQL stay).
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle",
    "sqlalchemy.connectors.pyodbc", "sqlalchemy.connectors.aioodbc", "sqlalchemy.testing",
    "sqlalchemy.orm", "sqlalchemy.ext",  # the store uses SQLAlchemy Core only
    # pydantic: the v1 compatibility layer, the mypy plugin, the deprecated v1-style API,
    # experimental features, network and colour types (the program validates TOML files).
    "pydantic.v1", "pydantic.mypy", "pydantic.deprecated", "pydantic.experimental",
    "pydantic.networks", "pydantic.color",
    "multiprocessing", "concurrent.futures.process", "charset_normalizer",
    # ReportLab: the graphics package (charts, barcodes, SVG/PostScript/bitmap renderers),
    # PDF encryption, form fields and Type 1 font glyph names; the quote PDF is text, tables
    # and a logo in TrueType fonts.
    "reportlab.graphics", "reportlab.lib.pdfencrypt", "reportlab.lib.arciv",
    "reportlab.pdfbase.acroform", "reportlab.pdfbase._glyphlist", "reportlab.lib.corp",
    "reportlab.lib.randomtext", "reportlab.lib.rparsexml",
    # XML parsers (expat, DOM, ElementTree): only Pillow's XMP reader and ReportLab's SVG
    # renderer use them; xml.sax.saxutils (escaping) stays. And what only urllib's network
    # handlers load: cookies, FTP, .netrc, MIME types.
    "xml.dom", "xml.etree", "xml.parsers", "xml.sax.expatreader", "pyexpat", "_elementtree",
    "http.cookiejar", "ftplib", "netrc", "mimetypes",
)

#: Pillow's image format plugins kept: PNG and JPEG logos (MPO is how Pillow opens a JPEG
#: from a camera with several pictures; JPEG and MPO read their metadata with the TIFF one).
#: Pillow skips plugins that are missing.
PIL_PLUGINS_KEPT = frozenset({"Png", "Jpeg", "Mpo", "Tiff"})

#: Modules only another operating system imports (the bundle is built on each system).
OTHER_SYSTEMS_ONLY: dict[str, tuple[str, ...]] = {
    "win32": ("asyncio.windows_events", "asyncio.windows_utils", "asyncio.proactor_events",
              "ctypes.wintypes", "platformdirs.windows"),
    "darwin": ("ctypes.macholib", "platformdirs.macos"),
}

#: Python packages whose native code comes from the user's system on Linux: psycopg uses the
#: system's PostgreSQL client library (libpq5, with the system's TLS and Kerberos) through its
#: pure-Python implementation instead of psycopg_binary's private copies of them (10 MB).
#: Windows and macOS have no system libpq, so psycopg_binary stays there.
LINUX_SYSTEM_PACKAGES = ("psycopg_binary",)


def pil_plugin_excludes(pil_dir: Path | None) -> list[str]:
    """``PIL.<X>ImagePlugin`` for every installed Pillow plugin not in PIL_PLUGINS_KEPT."""
    if pil_dir is None:
        return []
    names = sorted(p.stem for p in pil_dir.glob("*ImagePlugin.py"))
    return [f"PIL.{n}" for n in names if n.removesuffix("ImagePlugin") not in PIL_PLUGINS_KEPT]


def python_excludes(platform: str = sys.platform, pil_dir: Path | None = None) -> list[str]:
    """Every Python module left out of the bundle built on ``platform`` (``sys.platform``).

    ``pil_dir`` is the installed ``PIL`` package folder (see :func:`installed_package_dir`).
    """
    excludes = [*PYTHON_EXCLUDES, *pil_plugin_excludes(pil_dir)]
    for system, modules in OTHER_SYSTEMS_ONLY.items():
        if system != platform:
            excludes += modules
    if platform.startswith("linux"):
        excludes += LINUX_SYSTEM_PACKAGES
    return excludes


def installed_package_dir(name: str) -> Path | None:
    """The folder of an installed package, found without importing it (None if missing)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None


#: Languages of the program: babel locale data and Qt translations beyond these are dropped.
LANGUAGES = ("de", "en")
#: babel locale files the program loads for de_DE and en_US (with their parents).
BABEL_LOCALES = frozenset({"root", "de", "de_DE", "en", "en_US", "en_001", "en_GB", "en_150"})

#: Qt plugins kept, by plugin type, as file names without "lib" and suffix; ``None`` keeps
#: every plugin of a type. Every other type (generic and egldeviceintegrations for eglfs,
#: tls and networkinformation for QtNetwork, sqldrivers, qmltooling, designer, ...) is dropped.
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # xcb and wayland for Linux desktops, offscreen for --screenshot and headless smoke tests,
    # the one native platform of Windows and macOS.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    # Native file dialogs through the desktop portal. The GTK 3 theme is left out: it would
    # drag the build machine's GTK, cairo and pango into the bundle.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": None,  # dead keys and input methods (compose, ibus)
    "imageformats": frozenset({"qsvg", "qico"}),  # PNG is built into QtGui
    "iconengines": None,  # SVG icons
    "printsupport": None,  # CUPS on Linux
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "styles": None,  # the native style on Windows and macOS
}


#: Libraries of the desktop that must come from the user's system, not the build machine:
#: the CUPS client (with GnuTLS, Avahi, Kerberos behind it) has to match the local print
#: service. Qt's CUPS plugin loads the system's copy; without one, printing offers PDF only.
SYSTEM_LIBRARIES = frozenset({"libcups"})


def project_version(pyproject: Path = REPO_ROOT / "pyproject.toml") -> str:
    """The version in ``pyproject.toml`` (the package metadata is built from it)."""
    with pyproject.open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def qt_excludes(available: Iterable[str]) -> list[str]:
    """``PySide6.<module>`` for every available Qt module the program does not use."""
    return sorted(f"PySide6.{m}" for m in available if m.startswith("Qt") and m not in
                  QT_MODULES_USED)


def installed_qt_modules(pyside_dir: Path) -> list[str]:
    """The Qt modules of an installed PySide6 (``QtCore.abi3.so`` → ``QtCore``)."""
    names = {p.name.split(".")[0] for p in pyside_dir.iterdir()
             if p.suffix in (".so", ".pyd") and p.name.startswith("Qt")}
    return sorted(names)


def _plugin_name(filename: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libqcocoa.dylib`` → ``qxcb`` / ``qwindows`` / ``qcocoa``."""
    return filename.split(".")[0].removeprefix("lib")


#: pyphen's dictionaries the PDFs hyphenate with (premiumcalc.pdf.layout.HYPHENATION).
HYPHENATION_DICTIONARIES = frozenset({"de_DE", "en_GB"})


def keep(dest: str) -> bool:
    """Whether a file collected to ``dest`` (a path inside the bundle) stays in the bundle."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    name = parts[-1] if parts else ""
    if len(parts) == 1 and name.split(".so")[0] in SYSTEM_LIBRARIES:
        return False
    if "babel" in parts and "locale-data" in parts:
        return name.removesuffix(".dat") in BABEL_LOCALES
    if "pyphen" in parts and "dictionaries" in parts:
        # Hyphenation patterns of 70 languages: only the PDFs' languages stay.
        return not name.startswith("hyph_") or name.removeprefix("hyph_").removesuffix(
            ".dic") in HYPHENATION_DICTIONARIES
    if "pycountry" in parts and "locales" in parts:
        # Country names in 150 languages (22 MB), which schwifty's IBAN and BIC checks do
        # not need: only the program's languages stay.
        index = parts.index("locales")
        return len(parts) > index + 1 and parts[index + 1] in LANGUAGES
    if "translations" in parts and name.endswith(".qm") and _is_qt_dir(parts):
        return _keep_qt_translation(name)
    if "plugins" in parts and _is_qt_dir(parts):
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return True
        kept = QT_PLUGINS_KEPT.get(parts[index + 1], frozenset())
        return kept is None or _plugin_name(name) in kept
    return True


def _is_qt_dir(parts: tuple[str, ...]) -> bool:
    return "PySide6" in parts


def _keep_qt_translation(name: str) -> bool:
    match = re.fullmatch(r"(qt|qtbase)_([a-zA-Z_]+)\.qm", name)
    return match is not None and match.group(2) in LANGUAGES


def split_dropped(
    toc: Iterable[tuple[str, str, str]],
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """``(kept, dropped)`` entries of a TOC by :func:`keep`."""
    kept: list[tuple[str, str, str]] = []
    dropped: list[tuple[str, str, str]] = []
    for entry in toc:
        (kept if keep(entry[0]) else dropped).append(entry)
    return kept, dropped


def orphans(
    binaries: Iterable[tuple[str, str, str]],
    dropped: Iterable[tuple[str, str, str]],
    needed: Callable[[str], Iterable[str]],
) -> set[str]:
    """Libraries that were collected only because a dropped plugin links to them.

    ``needed(src)`` gives the file names a binary links to. A library is an orphan when a
    dropped file needs it (directly or through other such libraries) and no kept binary does;
    libraries loaded at run time (ctypes) are never candidates, so they stay.
    """
    by_name = {_basename(dest): src for dest, src, _ in binaries}
    candidates: set[str] = set()
    todo = [src for _, src, _ in dropped]
    while todo:
        for name in map(str.casefold, needed(todo.pop())):
            if name in by_name and name not in candidates:
                candidates.add(name)
                todo.append(by_name[name])
    reached: set[str] = set()
    todo = [src for dest, src, _ in binaries if _basename(dest) not in candidates]
    while todo:
        for name in map(str.casefold, needed(todo.pop())):
            if name in candidates and name not in reached:
                reached.add(name)
                todo.append(by_name[name])
    return candidates - reached


def without(
    toc: Iterable[tuple[str, str, str]], names: set[str],
) -> list[tuple[str, str, str]]:
    """The TOC without the files (and symlinks to files) with these names."""
    return [
        (dest, src, kind) for dest, src, kind in toc
        if _basename(dest) not in names and not (kind == "SYMLINK" and _basename(src) in names)
    ]


def _basename(path: str) -> str:
    """The file name, case-folded: Windows links ``QT6CORE.DLL`` to ``Qt6Core.dll``."""
    return PurePosixPath(path.replace("\\", "/")).name.casefold()


def windows_version_text(version: str) -> str:
    """A PyInstaller version-resource file (``EXE(version=...)``) for Windows."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    fixed = tuple(numbers)
    dotted = ".".join(str(n) for n in numbers)
    strings = {
        "CompanyName": "premiumcalc developers",
        "FileDescription": DESCRIPTION,
        "FileVersion": dotted,
        "InternalName": APP_NAME,
        "LegalCopyright": "MIT License",
        "OriginalFilename": f"{GUI_EXE}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n          ".join(
        f"StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={fixed}, prodvers={fixed}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {string_structs}])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def direct_links(src: str) -> list[str]:
    """The libraries a binary links to directly (``DT_NEEDED`` on Linux).

    PyInstaller's own lookup uses ``ldd`` on Linux, which lists every library reached
    through others too; that would keep a dropped library's dependencies alive through
    any plugin that links to the dropped library. ``objdump`` (binutils) reads the direct
    ones; elsewhere PyInstaller's lookup is already direct.
    """
    if sys.platform.startswith("linux") and shutil.which("objdump"):
        result = subprocess.run(["objdump", "-p", src], capture_output=True, text=True)
        return [line.split()[1] for line in result.stdout.splitlines()
                if line.strip().startswith("NEEDED") and len(line.split()) > 1]
    from PyInstaller.depend.bindepend import get_imports  # type: ignore[import-untyped]

    return [_basename(name) for name, _ in get_imports(src)]


def apply_trimming(analysis: Any) -> None:
    """Trim a PyInstaller ``Analysis`` in place: the dropped files, then the libraries only
    they used."""

    @functools.cache
    def needed(src: str) -> list[str]:
        try:
            return direct_links(src)
        except Exception:  # a file the platform's tools cannot read: assume no links
            return []

    binaries, dropped_binaries = split_dropped(analysis.binaries)
    datas, dropped_datas = split_dropped(analysis.datas)
    gone = orphans(binaries, dropped_binaries, needed)
    kept_binaries = without(binaries, gone)
    kept_datas = without(datas, gone)
    dropped = [*dropped_binaries, *dropped_datas]
    orphaned = [e for e in (*binaries, *datas) if e not in kept_binaries and e not in kept_datas]
    analysis.binaries, analysis.datas = kept_binaries, kept_datas
    analysis.trimmed_report = (len(dropped), _megabytes(dropped), sorted(gone),
                               _megabytes(orphaned))


def _megabytes(toc: Iterable[tuple[str, str, str]]) -> float:
    """Megabytes of the source files of TOC entries (before stripping), links not counted."""
    return sum(os.path.getsize(src) for _, src, kind in toc
               if kind != "SYMLINK" and os.path.isfile(src)) / 1e6
