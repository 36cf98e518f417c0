"""Keyboard mnemonics chosen at run time, so that they stay unique in either language.

A mnemonic is the letter after a single ``&`` (``&&`` is a literal ampersand). The window's
tabs and the form's module checkboxes take theirs from their translated texts: the first
letter no other control uses, else the first letter unique within their own group.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabWidget, QWidget


def mnemonic(text: str) -> str | None:
    """The mnemonic letter of ``text`` (lower case), or None."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def plain(text: str) -> str:
    """``text`` without its mnemonic marker (``&&`` stays a literal ampersand)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            if text[i + 1] == "&":
                out.append("&&")
                i += 2
                continue
            i += 1
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def taken(texts: Iterable[str]) -> set[str]:
    """The mnemonic letters of ``texts``."""
    return {letter for text in texts if (letter := mnemonic(text)) is not None}


def assign(texts: list[str], avoid: set[str], never: frozenset[str] | set[str] = frozenset()
           ) -> list[str]:
    """``texts`` (without their mnemonics) each with a mnemonic unique among them.

    The letter is the first one (first letters of words first) that is not in ``avoid``,
    else one not in ``never`` (e.g. the menus'), else any not yet used in the group; a text
    with no letter left gets none.
    """
    used: set[str] = set()
    out: list[str] = []
    for text in texts:
        bare = plain(text)
        positions = sorted((i for i, ch in enumerate(bare) if ch.isalnum()
                            and (i == 0 or bare[i - 1] != "&")),
                           key=lambda i: (i > 0 and bare[i - 1].isalnum(), i))
        choice = None
        for excluded in (avoid | used, never | used, used):
            choice = next((i for i in positions if bare[i].lower() not in excluded), None)
            if choice is not None:
                break
        if choice is None:
            out.append(bare)
            continue
        used.add(bare[choice].lower())
        out.append(bare[:choice] + "&" + bare[choice:])
    return out


def install_tab_shortcuts(window: QWidget, tabs: QTabWidget) -> list[QShortcut]:
    """Ctrl+1 … Ctrl+9 show the first … ninth tab of ``tabs`` (whichever tabs there are when
    the key is pressed, so tabs added later get theirs too)."""
    shortcuts = []
    for number in range(1, 10):
        shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(
            lambda index=number - 1: tabs.setCurrentIndex(index) if index < tabs.count() else None)
        shortcuts.append(shortcut)
    return shortcuts


def tab_mnemonics(tab_widgets: list[QTabWidget], avoid: set[str], never: set[str]) -> None:
    """Give every tab of ``tab_widgets`` a mnemonic unique among them (see :func:`assign`)."""
    entries = [(widget, i) for widget in tab_widgets for i in range(widget.count())]
    texts = assign([widget.tabText(i) for widget, i in entries], avoid, never)
    for (widget, i), text in zip(entries, texts, strict=True):
        widget.setTabText(i, text)


def window_mnemonics(form: QWidget, modules: list[QAbstractButton], menus: list[QMenu],
                     tab_widgets: list[QTabWidget]) -> set[str]:
    """Alt+letter for every tab: none of the menus' and, where letters are left, none of
    the ``form``'s labels' and buttons' other than ``modules`` (the texts come without
    mnemonics; their languages differ). Returns the letters of the menus and tabs, for the
    module checkboxes to avoid."""
    menu_keys = taken(menu.title() for menu in menus)
    labels = taken([label.text() for label in form.findChildren(QLabel)]
                   + [button.text() for button in form.findChildren(QAbstractButton)
                      if button not in modules])
    tab_mnemonics(tab_widgets, menu_keys | labels, menu_keys)
    return menu_keys | taken(tab.tabText(i) for tab in tab_widgets for i in range(tab.count()))
