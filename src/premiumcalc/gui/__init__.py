"""The desktop window (PySide6). The only package of premiumcalc that imports Qt."""
