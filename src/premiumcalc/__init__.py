"""premiumcalc: offline premium calculator for professional indemnity insurance of IT professionals."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is looked up only when asked for: importlib.metadata costs start-up time.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("premiumcalc")
        except PackageNotFoundError:  # a source tree that was not installed
            return "0.0.0"
    raise AttributeError(f"module 'premiumcalc' has no attribute {name!r}")


__all__ = ["__version__"]
