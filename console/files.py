"""Writing files so that a reader (or a crash) only ever sees the old file or the new one."""

import os
from pathlib import Path

from console.errors import UsageError


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, then rename over it; a failed write leaves no half file behind."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def document_kind(path: Path, what: str) -> str:
    """'pdf' or 'html' from a file name the user gave for a printable document; anything else is refused."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise UsageError(f"{Path(path).name}: the {what} is written as .pdf or .html")
    return "pdf" if suffix == ".pdf" else "html"


def write_user_file(path: Path, data: bytes) -> None:
    """An export the user asked for: a failure is one readable line for them."""
    try:
        write_atomically(Path(path), data)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror or e}") from None
