"""The translations a translator edits: the window's Qt Linguist file.

The window's texts live in ``resources/translations/premiumcalc_de.ts``, compiled into the
``.qm`` the program loads.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
TS = RESOURCES / "translations" / "premiumcalc_de.ts"
QM = RESOURCES / "translations" / "premiumcalc_de.qm"
GUI_SOURCES = sorted((ROOT / "src" / "premiumcalc" / "gui").glob("*.py"))
#: A placeholder as str.format reads it: ``{name}`` or ``{name!l}``.
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w*)(?:![a-z])?\}")


def ts_messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context, message) of every entry a translator still sees (not vanished, not obsolete)."""
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")  # type: ignore[union-attr]
    ]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = [f.text or "" for f in translation.findall("numerusform")]
    return numerus if message.get("numerus") == "yes" else [translation.text or ""]


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` of the Python running the tests."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} comes with PySide6-Essentials; it is missing from this environment"
    return found


# ---------------------------------------------------------------------------------------
# The window (Qt Linguist)


def test_no_script_ships_with_the_resources() -> None:
    assert sorted(p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*.py")) == []


def test_the_compiled_qm_holds_every_translation_of_the_ts(qapp) -> None:  # type: ignore[no-untyped-def]
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
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
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
