"""Packaging checks that need no build: icons, desktop entry, trimming rules, installer.

The built app itself is checked by ``packaging/smoke_test.sh``; these tests keep the spec,
the desktop entry, the launchers and the trimming consistent with the code they package.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules", PACKAGING / "bundle_rules.py")


def _pyproject() -> dict[str, Any]:
    with (REPO / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "premiumcalc.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


# --- icons ------------------------------------------------------------------------------


def test_icon_generator_renders_every_size_and_the_windows_and_mac_icons(tmp_path: Path) -> None:
    # A separate process: the generator makes its own QGuiApplication.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)],
                   check=True, env=env, capture_output=True)
    from PIL import Image

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(tmp_path / "png" / f"premiumcalc-{size}.png") as png:
            assert png.size == (size, size)
            alpha = png.convert("RGBA").getchannel("A")
            assert alpha.getpixel((0, 0)) == 0, "corners are transparent"
            assert alpha.getpixel((size // 2, size // 6)) == 255, "the shield is opaque"
    with Image.open(tmp_path / "premiumcalc.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "premiumcalc.icns") as icns:
        assert icns.format == "ICNS"
        assert (512, 512, 1) in icns.info["sizes"]


# --- executables, launchers, desktop entry ---------------------------------------------


def _launcher_target(path: Path) -> str:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and any(a.name == "main" for a in node.names):
            return f"{node.module}:main"
    raise AssertionError(f"{path} imports no main")


def test_bundled_executables_start_what_the_installed_scripts_start() -> None:
    project = _pyproject()["project"]
    assert project["gui-scripts"][rules.GUI_EXE] == _launcher_target(
        PACKAGING / "launchers" / "premiumcalc_gui.py")
    assert project["scripts"][rules.CLI_EXE] == _launcher_target(
        PACKAGING / "launchers" / "premiumcalc_cli.py")


def test_desktop_entry_starts_the_window_with_the_generated_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == rules.GUI_EXE
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == "premiumcalc"  # the name install.sh and the spec give the icons
    assert entry["StartupWMClass"] == rules.GUI_EXE
    assert entry["Categories"].endswith(";")
    assert "premiumcalc.png" in (PACKAGING / "premiumcalc.spec").read_text(encoding="utf-8")


# CI installs desktop-file-utils on Linux (.ci/run, the hosted workflow): there it always runs.
@pytest.mark.skipif(shutil.which("desktop-file-validate") is None
                    and not (os.environ.get("CI") and sys.platform.startswith("linux")),
                    reason="desktop-file-validate (Debian package desktop-file-utils) not installed")
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(PACKAGING / "premiumcalc.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_spec_version_is_the_package_version() -> None:
    assert rules.project_version() == _pyproject()["project"]["version"]


def test_windows_version_resource_carries_the_version() -> None:
    captured: dict[str, Any] = {}

    def record(kind: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
            if kind == "FixedFileInfo":
                captured.update(kwargs)
            if kind == "StringStruct":
                captured[args[0]] = args[1]
            return (kind, args, kwargs)
        return make

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
             "StringStruct", "VarFileInfo", "VarStruct")
    eval(rules.windows_version_text("1.2.3"), {n: record(n) for n in names})
    assert captured["filevers"] == (1, 2, 3, 0)
    assert captured["ProductVersion"] == "1.2.3"
    assert captured["OriginalFilename"] == f"{rules.GUI_EXE}.exe"


# --- what the bundle keeps -------------------------------------------------------------


def test_every_qt_module_the_window_imports_is_bundled() -> None:
    used: set[str] = set()
    for path in (REPO / "src" / "premiumcalc" / "gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                     else [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            used |= {n.split(".")[1] for n in names if n.startswith("PySide6.")}
    assert used, "the window imports Qt"
    missing = used - rules.QT_MODULES_USED
    assert not missing, f"add {sorted(missing)} to QT_MODULES_USED or they are excluded"
    excluded = rules.qt_excludes(sorted(used | {"QtQml", "QtNetwork"}))
    assert excluded == ["PySide6.QtNetwork", "PySide6.QtQml"]


def test_trimmed_babel_data_still_formats_german_and_english_money(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import babel
    from babel import localedata
    from babel.numbers import format_currency, parse_decimal

    from premiumcalc.pricing.explain import locale_for

    source = Path(babel.__file__).parent / "locale-data"
    kept = [p for p in source.glob("*.dat") if rules.keep(f"babel/locale-data/{p.name}")]
    assert len(kept) < 20 < len(list(source.glob("*.dat")))
    for path in kept:
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(localedata, "_dirname", str(tmp_path))
    monkeypatch.setattr(localedata, "_cache", {})
    localedata.locale_identifiers.cache_clear()
    try:
        assert format_currency(Decimal("726.65"), "EUR", locale=locale_for("de")) == "726,65\xa0€"
        assert format_currency(Decimal("726.65"), "EUR", locale=locale_for("en")) == "€726.65"
        assert parse_decimal("180.000,50", locale=locale_for("de")) == Decimal("180000.50")
        with pytest.raises((OSError, babel.UnknownLocaleError)):
            format_currency(Decimal("1"), "EUR", locale="fr_FR")
    finally:
        localedata.locale_identifiers.cache_clear()


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qtbase_fr.qm", False),
    ("PySide6/Qt/translations/assistant_de.qm", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("libcups.so.2", False),  # the system's, to match its print service
    ("babel/locale-data/de_DE.dat", True),
    ("babel/locale-data/de_CH.dat", False),
    ("babel/locale-data/en_GB.dat", True),  # English dates of the command line's tables
    ("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo", True),
    ("pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo", False),
    ("pycountry/databases/iso3166-1.json", True),  # what the IBAN check reads
    # pyphen's dictionaries: the PDFs' languages only
    ("pyphen/dictionaries/hyph_de_DE.dic", True),
    ("pyphen/dictionaries/hyph_en_GB.dic", True),
    ("pyphen/dictionaries/hyph_fr.dic", False),
    ("pyphen/__init__.py", True),
    # The program's own files are never trimmed.
    ("premiumcalc/resources/translations/premiumcalc_de.qm", True),
    ("premiumcalc/resources/fonts/DejaVuSans.ttf", True),
])
def test_trimming_keeps_what_the_program_needs(dest: str, kept: bool) -> None:
    assert rules.keep(dest) is kept


def test_the_bundle_keeps_the_hyphenation_dictionaries_the_pdfs_use() -> None:
    import pyphen

    from premiumcalc.pdf.layout import HYPHENATION

    spec = (rules.PACKAGING_DIR / "premiumcalc.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("pyphen")' in spec
    assert set(HYPHENATION.values()) == rules.HYPHENATION_DICTIONARIES
    folder = Path(pyphen.__file__).parent / "dictionaries"
    for lang in HYPHENATION.values():
        assert rules.keep(f"pyphen/dictionaries/hyph_{lang}.dic")
        assert (folder / f"hyph_{lang}.dic").is_file()
    german = pyphen.Pyphen(filename=str(folder / "hyph_de_DE.dic"))
    assert german.inserted("Versicherung") == "Ver-si-che-rung"


def test_iban_and_bic_checks_work_without_pycountrys_translations(tmp_path: Path) -> None:
    # schwifty with pycountry's locales taken away, as the bundle has it
    import shutil

    import pycountry

    source = Path(pycountry.__file__).parent
    copy = tmp_path / "pycountry"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("locales", "__pycache__"))
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import pycountry, schwifty; "
            "assert pycountry.__file__.startswith(sys.argv[1]); "
            "schwifty.IBAN('DE89370400440532013000'); schwifty.BIC('COBADEFFXXX'); print('ok')")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.strip() == "ok", result.stderr


def test_libraries_only_a_dropped_plugin_used_are_dropped_too() -> None:
    links = {
        "/qt/libqeglfs.so": ["libQt6EglFS.so.6", "libQt6Gui.so.6"],
        "/qt/libQt6EglFS.so.6": ["libQt6OpenGL.so.6"],
        "/qt/libqxcb.so": ["libQt6Gui.so.6", "libQt6XcbQpa.so.6"],
        "/qt/libQt6OpenGL.so.6": [], "/qt/libQt6Gui.so.6": [], "/qt/libQt6XcbQpa.so.6": [],
        "/pdfium/libpdfium.so": [],  # loaded with ctypes: nothing links to it
    }
    binaries = [(f"lib/{Path(src).name}", src, "BINARY") for src in links
                if "libqeglfs" not in src]
    dropped = [("plugins/platforms/libqeglfs.so", "/qt/libqeglfs.so", "BINARY")]
    gone = rules.orphans(binaries, dropped, lambda src: links[src])
    assert gone == {"libqt6eglfs.so.6", "libqt6opengl.so.6"}
    toc = [*binaries, ("libQt6OpenGL.so.6", "lib/libQt6OpenGL.so.6", "SYMLINK")]
    left = {Path(dest).name for dest, _, _ in rules.without(toc, gone)}
    assert left == {"libqxcb.so", "libQt6Gui.so.6", "libQt6XcbQpa.so.6", "libpdfium.so"}



def test_excludes_keep_the_logo_formats_and_depend_on_the_system(tmp_path: Path) -> None:
    for name in ("PngImagePlugin", "JpegImagePlugin", "MpoImagePlugin", "TiffImagePlugin",
                 "GifImagePlugin", "EpsImagePlugin"):
        (tmp_path / f"{name}.py").write_text("")
    linux = rules.python_excludes("linux", tmp_path)
    assert {"PIL.GifImagePlugin", "PIL.EpsImagePlugin"} <= set(linux)
    assert not {"PIL.PngImagePlugin", "PIL.JpegImagePlugin", "PIL.MpoImagePlugin",
                "PIL.TiffImagePlugin"} & set(linux)
    # psycopg's own libpq only outside Linux; each system keeps its own modules
    assert "psycopg_binary" in linux
    assert "asyncio.windows_events" in linux and "platformdirs.macos" in linux
    windows = rules.python_excludes("win32", tmp_path)
    assert "psycopg_binary" not in windows and "asyncio.windows_events" not in windows
    assert "platformdirs.macos" in windows
    assert "psycopg_binary" not in rules.python_excludes("darwin", tmp_path)


def test_python_excludes_spare_every_module_the_program_imports() -> None:
    imported: set[str] = set()
    for path in (REPO / "src" / "premiumcalc").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported |= {a.name for a in node.names}
    excluded = rules.python_excludes(sys.platform, rules.installed_package_dir("PIL"))
    hit = sorted(m for m in imported for e in excluded if m == e or m.startswith(e + "."))
    assert not hit, f"the program imports excluded modules: {hit}"


def test_frozen_program_reads_resources_where_the_spec_puts_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from premiumcalc import paths

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource("tariffs", "a.toml") == tmp_path / rules.RESOURCES_DEST / "tariffs" / "a.toml"
    monkeypatch.delattr(sys, "_MEIPASS")
    assert paths.resource("tariffs").is_dir()



def test_postgresql_without_a_loadable_libpq_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The Linux bundle leaves psycopg's own libpq out and loads the system's: without one,
    # psycopg cannot be imported, and the user reads what to install instead of a traceback.
    import io

    from premiumcalc.cli import main

    monkeypatch.setitem(sys.modules, "psycopg", None)
    out, err = io.StringIO(), io.StringIO()
    code = main(["quotes", "--db", "postgresql://broker@db.example.invalid/quotes", "list"],
                out, err)
    assert code == 2, err.getvalue()
    message = err.getvalue()
    assert "postgresql://broker@db.example.invalid/quotes" in message
    assert "libpq5" in message
    assert "internal error" not in message and "Traceback" not in message

# --- install.sh --------------------------------------------------------------------------


def _fake_bundle(root: Path) -> Path:
    bundle = root / "premiumcalc"
    for exe in (rules.GUI_EXE, rules.CLI_EXE):
        path = bundle / exe
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("#!/bin/sh\necho premiumcalc\n")
        path.chmod(0o755)
    apps = bundle / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(PACKAGING / "premiumcalc.desktop", apps / "premiumcalc.desktop")
    for size in ("48x48", "256x256"):
        icon = bundle / "share" / "icons" / "hicolor" / size / "apps" / "premiumcalc.png"
        icon.parent.mkdir(parents=True)
        icon.write_bytes(b"png")
    return bundle


def _install(home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "HOME": str(home), **extra}
    return subprocess.run(["bash", str(PACKAGING / "install.sh"), *args], env=env,
                          capture_output=True, text=True)


def test_install_puts_the_app_into_the_menu_and_uninstall_keeps_the_users_data(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    saved = home / ".local" / "share" / "premiumcalc" / "quotes.db"
    saved.parent.mkdir(parents=True)
    saved.write_bytes(b"the broker's quotes")
    bundle = _fake_bundle(tmp_path / "download")

    result = _install(home, str(bundle))
    assert result.returncode == 0, result.stderr
    program = home / ".local" / "opt" / "premiumcalc"
    assert (program / rules.GUI_EXE).is_file()
    desktop = (home / ".local/share/applications/premiumcalc.desktop").read_text()
    assert f'Exec="{program}/{rules.GUI_EXE}"' in desktop
    assert "Icon=premiumcalc" in desktop
    assert (home / ".local/share/icons/hicolor/256x256/apps/premiumcalc.png").is_file()
    link = home / ".local" / "bin" / "premiumcalc"
    assert link.resolve() == (program / rules.CLI_EXE).resolve()

    result = _install(home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not program.exists()
    assert not (home / ".local/share/applications/premiumcalc.desktop").exists()
    assert not list((home / ".local/share/icons").rglob("premiumcalc.*"))
    assert not link.exists() and not link.is_symlink()
    assert saved.read_bytes() == b"the broker's quotes"


def test_install_never_replaces_a_folder_that_is_not_premiumcalc(tmp_path: Path) -> None:
    home = tmp_path / "home"
    other = tmp_path / "somebodys-folder"
    other.mkdir()
    (other / "thesis.odt").write_text("years of work")
    result = _install(home, str(_fake_bundle(tmp_path)), PREMIUMCALC_INSTALL_DIR=str(other))
    assert result.returncode == 1
    assert "holds no premiumcalc" in result.stderr
    assert (other / "thesis.odt").read_text() == "years of work"


def test_install_without_a_build_says_how_to_build(tmp_path: Path) -> None:
    result = _install(tmp_path / "home", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert "packaging/build.sh" in result.stderr
