"""The desktop window (PySide6). The only package of premiumcalc that imports Qt."""

from premiumcalc.gui._none_guard import protect_none

protect_none()
