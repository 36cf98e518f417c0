"""The translations a translator edits: the window's Qt Linguist file and the text catalogue.

The window's texts live in ``resources/translations/premiumcalc_de.ts`` (compiled into the
``.qm`` the program loads); the PDF, command-line and pricing texts in the TOML files of
``resources/catalog/texts/``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from premiumcalc.tariffs import CatalogError
from premiumcalc.tariffs.wording import FILES, Wording

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
TS = RESOURCES / "translations" / "premiumcalc_de.ts"
QM = RESOURCES / "translations" / "premiumcalc_de.qm"
TEXTS = RESOURCES / "catalog" / "texts"
GUI_SOURCES = sorted((ROOT / "src" / "premiumcalc" / "gui").glob("*.py"))
#: A placeholder as str.format reads it: ``{name}`` or ``{name!l}``.
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w*)(?:![a-z])?\}")


def translation(message: ET.Element) -> ET.Element:
    element = message.find("translation")
    assert element is not None
    return element


def ts_messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context, message) of every entry a translator still sees (not vanished, not obsolete)."""
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
        if translation(message).get("type") not in ("vanished", "obsolete")
    ]


def forms(message: ET.Element) -> list[str]:
    numerus = [f.text or "" for f in translation(message).findall("numerusform")]
    return numerus if message.get("numerus") == "yes" else [translation(message).text or ""]


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` of the Python running the tests."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} comes with PySide6-Essentials; it is missing from this environment"
    return found


# ---------------------------------------------------------------------------------------
# The window (Qt Linguist)


def test_no_script_ships_with_the_resources() -> None:
    assert sorted(p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*.py")) == []


def test_the_compiled_qm_holds_every_translation_of_the_ts(qapp: QApplication) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    messages = ts_messages(TS)
    assert len(messages) > 300
    stale = []
    for context, message in messages:
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        expected = forms(message)
        if message.get("numerus") == "yes":
            # German: the first form for one, the second for any other number
            got = [translator.translate(context, source, comment, n) for n in (1, 2)]
        else:
            got = [translator.translate(context, source, comment)]
        if got != expected:
            stale.append((context, source, expected, got))
    assert stale == [], "run pyside6-lrelease (docs/translations.md)"


def test_every_text_of_the_window_has_a_finished_translation(tmp_path: Path) -> None:
    # lupdate collects the texts the window's code marks for translation into a copy of the
    # file: a text that is new or changed in the code shows as unfinished there.
    ts = tmp_path / TS.name
    shutil.copyfile(TS, ts)
    result = subprocess.run([qt_tool("pyside6-lupdate"), *map(str, GUI_SOURCES), "-ts", str(ts)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr + result.stdout
    untranslated = [
        (context, message.findtext("source"))
        for context, message in ts_messages(ts)
        if translation(message).get("type") == "unfinished"
        or not all(form.strip() for form in forms(message))
    ]
    assert untranslated == [], "translate them in Qt Linguist (docs/translations.md)"


def test_window_translations_keep_the_placeholders_of_the_english_text() -> None:
    wrong = [
        (context, message.findtext("source"), form)
        for context, message in ts_messages(TS)
        for form in forms(message)
        if set(PLACEHOLDER.findall(message.findtext("source") or ""))
        != set(PLACEHOLDER.findall(form))
    ]
    assert wrong == []


# ---------------------------------------------------------------------------------------
# The text catalogue (PDF, command line, pricing explanations)


def test_the_catalogue_files_are_the_ones_the_program_reads() -> None:
    assert sorted(p.stem for p in TEXTS.glob("*.toml")) == sorted(FILES)


@pytest.mark.parametrize("name", FILES)
def test_every_text_is_in_english_and_german_with_the_same_placeholders(name: str) -> None:
    data = tomllib.loads((TEXTS / f"{name}.toml").read_text(encoding="utf-8"))
    assert data
    for key, entry in data.items():
        assert isinstance(entry, dict), key
        assert {"en", "de"} <= set(entry), key
        en = entry["en"]
        for lang, text in entry.items():
            if isinstance(en, list):  # a list of words, such as the numbers spelled out
                assert isinstance(text, list) and len(text) == len(en), (key, lang)
                continue
            assert isinstance(text, str) and text.strip(), (key, lang)
            assert sorted(set(PLACEHOLDER.findall(text))) == sorted(set(PLACEHOLDER.findall(en))), (
                key, lang, text)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "letter.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_german_text_without_the_placeholder_of_english_is_refused_naming_file_and_text(
        tmp_path: Path) -> None:
    path = write(tmp_path, '[valid]\nen = "Valid until {until}."\nde = "Gültig bis {bis}."\n')
    with pytest.raises(CatalogError) as info:
        Wording("letter", path)("valid", "de", until="1. März 2026")
    message = str(info.value)
    assert str(path) in message
    assert "[valid] de" in message and "{until}" in message


def test_a_text_without_german_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, '[ok]\nen = "Fine"\nde = "Gut"\n\n[valid]\nen = "Valid"\n')
    with pytest.raises(CatalogError, match=r"\[valid\]: no text for de"):
        Wording("letter", path)("ok", "de")


def test_a_broken_catalogue_file_is_reported_by_the_command_line_as_a_broken_installation(
        tmp_path: Path) -> None:
    # a copy of the resources with one German text that lost its placeholder
    resources = tmp_path / "premiumcalc" / "resources"
    shutil.copytree(RESOURCES, resources, ignore=shutil.ignore_patterns("fonts", "icons"))
    report = resources / "catalog" / "texts" / "report.toml"
    text = report.read_text(encoding="utf-8")
    broken = text.replace('de = "{payment}: erste Rate {first}, dann {count} × {rest}"',
                          'de = "{payment}: erste Rate {first}, dann {count} × {Rest}"')
    assert broken != text
    report.write_text(broken, encoding="utf-8")
    code = (
        "import sys; sys._MEIPASS = sys.argv.pop(1)\n"  # where a bundle keeps its resources
        "from premiumcalc.__main__ import main; sys.exit(main())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), "quote", "--tariff", "nordlicht-it-2026",
         "--profession", "software-development", "--revenue", "180000", "--cover", "1000000",
         "--deductible", "500", "--payment", "monthly", "--country", "DE", "--lang", "de"],
        capture_output=True, text=True, timeout=120, encoding="utf-8")
    assert result.returncode == 1
    assert result.stderr.startswith("premiumcalc: error: the installation is broken: ")
    assert "report.toml" in result.stderr and "[plan_first_then] de" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_language_a_text_lacks_shows_in_english(tmp_path: Path) -> None:
    path = write(tmp_path, '[page]\nen = "Page {page} of {pages}"\nde = "Seite {page} von {pages}"\n')
    texts = Wording("letter", path)
    assert texts("page", "de", page=1, pages=2) == "Seite 1 von 2"
    assert texts("page", "fr", page=1, pages=2) == "Page 1 of 2"


def test_english_scenario_hint_puts_the_module_title_in_lower_case() -> None:
    # the worked example without general liability: losing a client's key is not covered,
    # and the module costs the tariff's flat 120 EUR in revenue band 2 (handbook, 180,000 EUR)
    result = subprocess.run(
        [sys.executable, "-m", "premiumcalc", "quote", "--tariff", "nordlicht-it-2026",
         "--profession", "software-development", "--revenue", "180000", "--cover", "1000000",
         "--deductible", "500", "--module", "cyber", "--startup", "--term", "3",
         "--payment", "monthly", "--country", "DE", "--scenario", "lost-client-key"],
        capture_output=True, text=True, timeout=120, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert "not covered; add general liability for +€120.00 a year (net, before discounts)" in (
        result.stdout)
