"""Bytes to text: UTF-8 (with or without BOM), UTF-16, Windows-1256; binary refused."""

from __future__ import annotations

import codecs
import re

from fasail.errors import BinaryInput, EmptyInput, NoArabicText, UndecodableInput

ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
#: Control characters that never occur in text files (tab, newlines and form feed allowed).
#: Share of ط/ظ among Arabic letters above which a cp1256 decoding is UTF-8 mojibake
#: (about 2% in real Arabic prose, near 50% in mojibake).
MOJIBAKE_SHARE = 0.3
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 when every other byte is zero-ish (Arabic is 0x06xx)."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    for codec, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if (high.count(0x00) + high.count(0x06)) / len(high) > 0.9:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _arabic_share(text: str) -> float:
    letters = len(LETTER.findall(text))
    return len(ARABIC_LETTER.findall(text)) / letters if letters else 0.0


def _looks_like_utf8_arabic(text: str) -> bool:
    """UTF-8 Arabic read as Windows-1256 turns every lead byte 0xD8/0xD9 into ط/ظ."""
    arabic = ARABIC_LETTER.findall(text)
    return bool(arabic) and sum(ch in "طظ" for ch in arabic) / len(arabic) > MOJIBAKE_SHARE


def decode_bytes(data: bytes, *, min_arabic_share: float = 0.5) -> tuple[str, str]:
    """Decode an article file; returns (text, encoding). Raises an InputError subclass."""
    if not data.strip():
        raise EmptyInput("file is empty")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:].decode("utf-8", errors="strict"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16"), "utf-16")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _checked(utf16, "utf-16")
    if b"\x00" in data[:8192]:
        raise BinaryInput("binary data (NUL bytes), not a text file")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    text = data.decode("cp1256", errors="replace")
    if (
        "\ufffd" not in text
        and _arabic_share(text) >= min_arabic_share
        and not _looks_like_utf8_arabic(text)
    ):
        return _checked(text, "windows-1256")
    raise UndecodableInput(
        f"undecodable bytes at offset {utf8_error.start} "
        "(not UTF-8, UTF-16 or Windows-1256 Arabic)"
    )


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """Refuse decoded text that is really binary (many control characters)."""
    if len(CONTROL.findall(text[:8192])) > 8:
        raise BinaryInput("binary data (control characters), not a text file")
    return text, encoding


def normalize_newlines(text: str) -> str:
    """One newline convention: \\r\\n and lone \\r become \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def require_arabic(text: str, *, min_letters: int) -> None:
    """Raise NoArabicText unless ``text`` has at least ``min_letters`` Arabic letters.

    Counting stops at ``min_letters``: an article has thousands, and listing them all cost
    more than the check."""
    found = 0
    for found, _ in enumerate(ARABIC_LETTER.finditer(text), 1):
        if found >= min_letters:
            return
    if found < min_letters:
        raise NoArabicText(f"no Arabic text ({found} Arabic letters, need {min_letters})")
