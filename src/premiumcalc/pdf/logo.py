"""The broker's logo, read once with limits and scaled down to print resolution.

The logo prints at most 40 × 22 mm; at 300 dpi that is under 600 pixels either way, so a
larger image is scaled down once and kept as a small PNG. Only a regular file of at most
:data:`MAX_BYTES` is read, and an image of more than :data:`MAX_PIXELS` pixels is not
decoded. Any problem leaves the letter without the logo; :func:`logo_problem` says why.
"""

from __future__ import annotations

import functools
import io
import os
import stat
from dataclasses import dataclass

#: The largest logo file read.
MAX_BYTES = 10 * 1024 * 1024
#: The largest image decoded (width × height, e.g. 5000 × 5000): ten times the print
#: resolution, while decoding 8000 × 8000 would take seconds and hundreds of MB.
MAX_PIXELS = 25_000_000
#: Longest side after scaling down: 40 mm at 300 dpi is 472 pixels.
MAX_SIDE = 600


@dataclass(frozen=True)
class Logo:
    """A readable logo as image bytes (PNG, or JPEG for a photo-like JPEG source) and its size
    in pixels, or the problem with the file."""

    data: bytes = b""
    width: int = 0
    height: int = 0
    problem: str = ""


class _Unusable(Exception):
    """The logo cannot be used; ``str()`` says why."""


def _read(path: str) -> bytes:
    """The file's bytes; OSError or _Unusable with the reason when it is not readable."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Unusable("it is not a regular file")
        if info.st_size > MAX_BYTES:
            raise _Unusable(f"it is larger than {MAX_BYTES // (1024 * 1024)} MB")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(MAX_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise _Unusable(f"it is larger than {MAX_BYTES // (1024 * 1024)} MB")
    return data


def _scaled(data: bytes) -> Logo:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise _Unusable("it is not an image (use PNG or JPEG)") from None
    with image:
        width, height = image.size
        if not width or not height:
            raise _Unusable("the image is empty")
        if width * height > MAX_PIXELS:
            raise _Unusable(f"the image has {width} × {height} pixels, at most "
                            f"{MAX_PIXELS // 1_000_000} million are read; save a smaller "
                            f"copy ({MAX_SIDE} pixels wide is enough for print)")
        jpeg = image.format == "JPEG"
        if jpeg and max(width, height) <= MAX_SIDE and image.mode in ("RGB", "L"):
            image.load()  # decodes it: a broken file fails here, not in the PDF
            return Logo(data=data, width=width, height=height)  # embedded as it is
        image.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a reduced size
        image.thumbnail((MAX_SIDE, MAX_SIDE))
        printable: Image.Image = image
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            printable = image.convert("RGBA" if "transparency" in image.info
                                      or image.mode.endswith("A") else "RGB")
        out = io.BytesIO()
        if jpeg and printable.mode in ("RGB", "L"):
            printable.save(out, format="JPEG", quality=90)  # a photo stays a small JPEG
        else:
            printable.save(out, format="PNG")
        return Logo(data=out.getvalue(), width=printable.width, height=printable.height)


@functools.lru_cache(maxsize=4)
def _load(path: str, _stamp: tuple[int, int, int]) -> Logo:
    try:
        data = _read(path)
    except OSError as exc:
        return Logo(problem=exc.strerror or str(exc))
    except _Unusable as exc:
        return Logo(problem=str(exc))
    try:
        return _scaled(data)
    except _Unusable as exc:
        return Logo(problem=str(exc))
    except MemoryError:
        return Logo(problem="the image is too large to read")
    except Exception as exc:  # any broken image: the letter goes out without it
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return Logo(problem=f"the image cannot be read ({reason[:200]})")


def load_logo(path: str) -> Logo:
    """The logo at ``path`` (an empty Logo for no path); read and scaled once per version
    of the file."""
    if not path:
        return Logo()
    try:
        info = os.stat(path)
    except OSError as exc:
        return Logo(problem=exc.strerror or str(exc))
    return _load(path, (info.st_ino, info.st_size, info.st_mtime_ns))


def logo_problem(path: str) -> str:
    """Why the logo at ``path`` cannot be printed, as one line naming it; '' when it can."""
    logo = load_logo(path)
    if not logo.problem:
        return ""
    return f"the logo {path} is left out: {logo.problem}"
