"""Every error fasail raises, each with a stable code.

The library never prints or exits: it raises these (or, for a rejected article, returns
them as an outcome) and the CLI turns them into one line on stderr.
"""

from __future__ import annotations


class FasailError(Exception):
    """Base class: ``code`` is stable across versions, ``message`` is one sentence."""

    code = "E000"

    def __init__(self, message: str, *, where: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.message} [{self.code}]"


class InputError(FasailError):
    """An input item (file, JSONL line, stdin) cannot be read as an article."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class UndecodableInput(InputError):
    code = "E103"


class NoArabicText(InputError):
    code = "E104"


class InputTooLarge(InputError):
    code = "E105"


class MalformedHtml(InputError):
    code = "E106"


class MalformedJsonl(InputError):
    code = "E107"


class UnreadableInput(InputError):
    code = "E108"


class UsageError(FasailError):
    """The command was called wrongly (bad option value, missing manifest column)."""

    code = "E200"


class DataFileError(FasailError):
    """A shipped or user data file (KB, lexicon, settings) is invalid; ``where`` is file:line."""

    code = "E300"


class StoreError(FasailError):
    """The knowledge store cannot be opened, migrated or written (bad URL, unreachable server)."""

    code = "E400"
