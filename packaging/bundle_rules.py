"""What goes into the PyInstaller bundle and what is trimmed out of it.

Shared by ``premiumcalc.spec`` and the minimal reference app of
``benchmarks/bench_packaging.py``, so that both are packaged with the same excludes. Plain
Python without PyInstaller or Qt imports, so that the tests can check the rules cheaply.
"""

from __future__ import annotations

import functools
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
BABEL_LOCALES = frozenset({"root", "de", "de_DE", "en", "en_US", "en_001"})

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


def keep(dest: str) -> bool:
    """Whether a file collected to ``dest`` (a path inside the bundle) stays in the bundle."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    name = parts[-1] if parts else ""
    if len(parts) == 1 and name.split(".so")[0] in SYSTEM_LIBRARIES:
        return False
    if "babel" in parts and "locale-data" in parts:
        return name.removesuffix(".dat") in BABEL_LOCALES
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


#: A library a wheel carries under a private name (auditwheel), e.g. ``libXau-154567c4.so.6.0.0``
#: in ``pillow.libs``: the same library as ``libXau.so.6``.
_PRIVATE_COPY = re.compile(r"(lib.+?)-[0-9a-f]{8}\.so\.(\d+)(?:\.\d+)*")

#: A dynamic symbol: its name and its version (None for an unversioned one).
Symbol = tuple[str, str | None]


def private_copies(
    binaries: Iterable[tuple[str, str, str]],
    needed: Callable[[str], Iterable[str]],
    symbols: Callable[[str], tuple[set[Symbol], set[Symbol]]],
) -> dict[str, str]:
    """Wheels' private copies of libraries that the bundle also holds under the usual name.

    Returns ``{dest of the private copy: link to the bundle's copy, relative to its folder}``
    (Pillow's ``libXau``, ``libzstd`` and ``liblzma`` duplicate the ones Qt brings). A copy is
    replaced only when the bundle's copy defines every symbol, with its version, that the
    binaries linking to the private copy take from it; otherwise (an older library on the
    build machine, say) the private copy stays. ``symbols(src)`` gives the defined and the
    undefined dynamic symbols of a binary, ``needed(src)`` the libraries it links to.
    """
    toc = [(dest.replace("\\", "/"), src) for dest, src, kind in binaries if kind != "SYMLINK"]
    usual = {_basename(dest): (dest, src) for dest, src in toc if "/" not in dest}
    links: dict[str, str] = {}
    for dest, src in toc:
        folder, _, name = dest.rpartition("/")
        match = _PRIVATE_COPY.fullmatch(name)
        if not folder.endswith(".libs") or "/" in folder or match is None:
            continue
        twin = usual.get(f"{match.group(1)}.so.{match.group(2)}".casefold())
        if twin is None:
            continue
        offered = {symbol for symbol, _ in symbols(src)[0]}
        wanted = {s for user_dest, user_src in toc
                  if name.casefold() in map(str.casefold, needed(user_src))
                  for s in symbols(user_src)[1] if s[0] in offered}
        defined = symbols(twin[1])[0]
        defined_names = {symbol for symbol, _ in defined}
        if all(s in defined if s[1] else s[0] in defined_names for s in wanted):
            links[dest] = f"../{twin[0]}"  # the .libs folder is at the top of the bundle
    return links


def dynamic_symbols(src: str) -> tuple[set[Symbol], set[Symbol]]:
    """``(defined, undefined)`` dynamic symbols of an ELF binary (binutils' ``objdump -T``)."""
    result = subprocess.run(["objdump", "-T", src], capture_output=True, text=True, check=True)
    defined: set[Symbol] = set()
    undefined: set[Symbol] = set()
    for line in result.stdout.splitlines():
        fields = line.split()
        sections = [i for i, f in enumerate(fields) if f == "*UND*" or f.startswith(".")]
        if not fields or not re.fullmatch(r"[0-9a-f]{8,16}", fields[0]) or not sections:
            continue
        rest = fields[sections[0] + 1:]  # size, [version], name
        if len(rest) not in (2, 3):
            continue
        version = rest[1].strip("()") if len(rest) == 3 else None
        symbol = (rest[-1], None if version in (None, "Base") else version)
        (undefined if fields[sections[0]] == "*UND*" else defined).add(symbol)
    return defined, undefined


def _basename(path: str) -> str:
    """The file name, case-folded: Windows links ``QT6CORE.DLL`` to ``Qt6Core.dll``."""
    return PurePosixPath(path.replace("\\", "/")).name.casefold()


#: Packages both executables use but a start of the window does not load: the quote store
#: (opened once the window is shown) with its drivers, validation of tariff and profile files
#: (cached after the first start), PDF output (ReportLab, which can read its own files from
#: a zip) and TLS; and decimal's pure-Python fallback, idle next to the C version. They go
#: into one zip both executables import from instead of twice into their own archives (see
#: :func:`share_python_code`). What a start loads stays in those archives: Python 3.11's zip
#: importer reads every module twice, which would slow the start down (loading these later
#: costs the first PDF of a session about 30 ms, opening the quote store about 25 ms). Each
#: package must import from a zip: no data files looked up next to its code, no compiled
#: modules inside it except ones with a pure-Python twin of the same code (SQLAlchemy's
#: Cython modules), which the zip carries instead; for the quote store the compiled ones make
#: no measurable difference (benchmarks/bench_quotes.py).
SHARED_PACKAGES = frozenset({
    "sqlalchemy", "psycopg", "asyncio", "concurrent", "sqlite3",
    "pydantic", "typing_extensions", "typing_inspection", "annotated_types",
    "reportlab", "email", "html", "http", "ssl", "_pydecimal",
})

#: The zip on the bundled Python's module path from the start, before the executable's own
#: archive: PyInstaller puts the modules Python needs to start there.
BASE_LIBRARY = "base_library.zip"

Entry = tuple[str, str, str]  # a PyInstaller TOC entry: (name or dest, source, kind)


def is_shared_module(name: str) -> bool:
    """Whether a module goes into the zip both executables import from."""
    return name.partition(".")[0] in SHARED_PACKAGES


def shared_entries(
    pure_tocs: Iterable[Iterable[Entry]], binary_tocs: Iterable[Iterable[Entry]],
) -> tuple[list[Entry], set[str]]:
    """The modules, of every executable, that go into the shared zip, and the compiled
    modules (binaries' dest) that their pure-Python twins in it replace.

    A package with a compiled module without a twin, or with a namespace package (no code
    to put into a zip), stays out of the zip.
    """
    twins: dict[str, Entry] = {}
    replaced: set[str] = set()
    kept_out: set[str] = set()
    for toc in binary_tocs:
        for dest, src, kind in toc:
            parts = PurePosixPath(dest.replace("\\", "/")).parts
            if kind != "EXTENSION" or len(parts) < 2 or parts[0] not in SHARED_PACKAGES:
                continue
            name = ".".join((*parts[:-1], parts[-1].split(".")[0]))
            twin = Path(src).with_name(parts[-1].split(".")[0] + ".py")
            if twin.is_file():
                twins[name] = (name, str(twin), "PYMODULE")
                replaced.add(dest)
            else:
                kept_out.add(parts[0])
    entries: dict[str, Entry] = {}
    for toc in pure_tocs:
        for name, src, kind in toc:
            if is_shared_module(name) and src in (None, "-"):  # a namespace package: no code
                kept_out.add(name.partition(".")[0])
            elif is_shared_module(name):
                entries[name] = (name, src, kind)
    entries.update(twins)
    chosen = [entries[n] for n in sorted(entries) if n.partition(".")[0] not in kept_out]
    return chosen, {d for d in replaced if d.replace("\\", "/").split("/")[0] not in kept_out}


def pyc_name(name: str, src: str) -> str:
    """``email.utils`` → ``email/utils.pyc``; ``email`` (a package) → ``email/__init__.pyc``."""
    dest = name.replace(".", "/")
    return dest + ("/__init__.pyc" if PurePosixPath(src.replace("\\", "/")).stem == "__init__"
                   else ".pyc")


def write_shared_library(
    base: Path, entries: Iterable[tuple[str, str, str]], target: Path, optimize: int,
    compresslevel: int = 6,
) -> None:
    """PyInstaller's ``base_library.zip`` (kept byte for byte) plus the compiled ``entries``,
    compressed like the executables' archives, written to ``target``.

    The ``.pyc`` files are hash-based without a source check, with the short file names
    PyInstaller gives the modules it compiles.
    """
    import marshal
    import struct
    import zipfile

    from PyInstaller.building.utils import (  # type: ignore[import-untyped]
        get_code_object,
        replace_filename_in_code_object,
    )
    from PyInstaller.compat import BYTECODE_MAGIC  # type: ignore[import-untyped]

    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(base) as original, zipfile.ZipFile(target, "w") as shared:
        present = set()
        for info in original.infolist():
            shared.writestr(info, original.read(info))
            present.add(info.filename)
        for name, src, _kind in entries:
            dest = pyc_name(name, src)
            if dest in present:
                continue
            code = replace_filename_in_code_object(
                get_code_object(name, src, optimize=optimize), dest[:-1])
            data = BYTECODE_MAGIC + struct.pack("<I", 0b01) + bytes(8) + marshal.dumps(code)
            info = zipfile.ZipInfo(dest)  # fixed time stamp: the same build, the same bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            shared.writestr(info, data, compresslevel=compresslevel)


def share_python_code(analyses: list[Any], workpath: Path, optimize: int = OPTIMIZE) -> int:
    """Move the shared modules of every ``Analysis`` into one ``base_library.zip``.

    Each executable otherwise carries all its Python modules in its own archive, so the
    modules both use would be in the bundle twice. Whole packages of SHARED_PACKAGES move,
    so that no package is split between the zip and an archive. Returns the number of
    modules moved.
    """
    entries, replaced = shared_entries([analysis.pure for analysis in analyses],
                                       [analysis.binaries for analysis in analyses])
    moved = {name for name, _, _ in entries}
    bases = [src for analysis in analyses for dest, src, _ in analysis.datas
             if dest == BASE_LIBRARY]
    if not bases or not moved:
        return 0
    target = workpath / "shared" / BASE_LIBRARY
    write_shared_library(Path(bases[0]), entries, target, optimize,
                         compresslevel=_pyz_compression_level())
    for analysis in analyses:
        analysis.pure[:] = [entry for entry in analysis.pure if entry[0] not in moved]
        analysis.binaries = [entry for entry in analysis.binaries if entry[0] not in replaced]
        analysis.datas = [(dest, str(target), kind) if dest == BASE_LIBRARY
                          else (dest, src, kind) for dest, src, kind in analysis.datas]
    return len(moved)


def _pyz_compression_level() -> int:
    """The zlib level of PyInstaller's own archives, so that both compress alike."""
    from PyInstaller.archive.writers import ZlibArchiveWriter  # type: ignore[import-untyped]

    return int(ZlibArchiveWriter._COMPRESSION_LEVEL)


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
    """Trim a PyInstaller ``Analysis`` in place: dropped files, then the libraries only they
    used, then (Linux) wheels' private copies of libraries the bundle holds anyway, which
    become links to those."""

    @functools.cache
    def needed(src: str) -> list[str]:
        try:
            return direct_links(src)
        except Exception:  # a file the platform's tools cannot read: assume no links
            return []

    @functools.cache
    def symbols(src: str) -> tuple[set[Symbol], set[Symbol]]:
        return dynamic_symbols(src)

    binaries, dropped_binaries = split_dropped(analysis.binaries)
    datas, dropped_datas = split_dropped(analysis.datas)
    gone = orphans(binaries, dropped_binaries, needed)
    binaries = without(binaries, gone)
    linked: dict[str, str] = {}
    if sys.platform.startswith("linux") and shutil.which("objdump"):
        linked = private_copies(binaries, needed, symbols)
        binaries = [(dest, linked[dest], "SYMLINK") if dest in linked else (dest, src, kind)
                    for dest, src, kind in binaries]
    analysis.binaries = binaries
    analysis.datas = without(datas, gone)
    analysis.trimmed_report = (len(dropped_binaries) + len(dropped_datas), sorted(gone),
                               sorted(linked))
