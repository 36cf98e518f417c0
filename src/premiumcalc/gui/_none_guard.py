"""Protection against a reference-count bug in PySide6 on Python 3.11.

PySide6 6.12.0 drops one reference to ``None`` on every call of a C++ method that returns
nothing (``QLabel.setText``, ``QWidget.setVisible`` ...), and likewise to ``True`` and
``False`` for methods that return a ``bool``. From Python 3.12 on these objects are immortal
and this does no harm; on Python 3.11 a count reaches zero after a few thousand calls and the
interpreter aborts ("Fatal Python error: none_dealloc"), which would close the window after
some dozens of edits. Giving the three singletons a large reserve of references keeps them
alive for any session length; it changes nothing else (they are never freed anyway).
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48


def protect_none() -> None:
    """Raise the reference counts of None, True and False far above what any session can
    drop (only on CPython before 3.12, where they are not immortal)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if hasattr(sys, "getobjects"):  # a Py_TRACE_REFS build: ob_refcnt is not the first field
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field
        if refcount.value != sys.getrefcount(singleton) - 1:
            return  # not the layout this relies on; leave the object alone
        if refcount.value < _RESERVE:
            refcount.value += _RESERVE
