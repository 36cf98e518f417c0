"""Render the application icon from its SVG source: PNGs, a Windows .ico and a macOS .icns.

Usage: ``python packaging/make_icons.py OUT_DIR [--svg resources/icons/premiumcalc.svg]``

Writes ``OUT_DIR/png/premiumcalc-<n>.png`` for every size in ``bundle_rules.PNG_SIZES``,
``OUT_DIR/premiumcalc.ico`` and ``OUT_DIR/premiumcalc.icns``. Qt's SVG renderer works without
a display (offscreen platform); Pillow (a ReportLab dependency) writes .ico and .icns on any
system.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
DEFAULT_SVG = PACKAGING_DIR.parent / "resources" / "icons" / "premiumcalc.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs(svg: Path, out_dir: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, Path]:
    """One PNG per size, transparent around the shield; returns ``{size: path}``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG file")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[int, Path] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"premiumcalc-{size}.png"
        if not image.save(str(path)):  # the format follows the .png suffix
            raise OSError(f"cannot write {path}")
        written[size] = path
    del app
    return written


def write_ico(pngs: dict[int, Path], out: Path) -> Path:
    """A Windows .ico holding every size up to 256 pixels."""
    from PIL import Image

    sizes = [s for s in ICO_SIZES if s in pngs]
    largest = Image.open(pngs[max(sizes)])
    others = [Image.open(pngs[s]) for s in sizes if s != max(sizes)]
    largest.save(out, format="ICO", sizes=[(s, s) for s in sizes], append_images=others)
    return out


def write_icns(pngs: dict[int, Path], out: Path) -> Path:
    """A macOS .icns with the sizes from 16 to 512 pixels."""
    from PIL import Image

    sizes = [s for s in ICNS_SIZES if s in pngs]
    largest = Image.open(pngs[max(sizes)])
    others = [Image.open(pngs[s]) for s in sizes if s != max(sizes)]
    largest.save(out, format="ICNS", append_images=others)
    return out


def make_icons(out_dir: Path, svg: Path = DEFAULT_SVG) -> dict[str, Path]:
    """Every icon file the build needs; returns the paths by kind (``png-<n>``, ico, icns)."""
    pngs = render_pngs(svg, out_dir / "png")
    result = {f"png-{size}": path for size, path in pngs.items()}
    result["ico"] = write_ico(pngs, out_dir / "premiumcalc.ico")
    result["icns"] = write_icns(pngs, out_dir / "premiumcalc.icns")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the premiumcalc icons from the SVG.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG)
    args = parser.parse_args(argv)
    for kind, path in make_icons(args.out_dir, args.svg).items():
        print(f"{kind}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
