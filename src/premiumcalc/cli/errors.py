"""The program's name in messages and the error every command raises for bad usage."""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

PROG = "premiumcalc"


class UsageError(Exception):
    """Invalid input on the command line: exit code 2 with one line on stderr."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are :class:`UsageError` and that takes no
    abbreviated options (``--start`` is not ``--startup``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")
