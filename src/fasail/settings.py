"""Settings: the shipped defaults in ``settings.toml``, overridden key by key by a user file."""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from fasail.errors import DataFileError

ENV_VAR = "FASAIL_SETTINGS"


def _merge(base: dict[str, Any], override: dict[str, Any], where: str) -> dict[str, Any]:
    """Overlay ``override`` on ``base``; unknown keys are errors so typos don't pass silently."""
    merged = dict(base)
    for key, value in override.items():
        if key not in base:
            raise DataFileError(f"unknown setting {key!r}", where=where)
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise DataFileError(f"setting {key!r} must be a table", where=where)
            merged[key] = _merge(base[key], value, where)
        else:
            merged[key] = value
    return merged


@cache
def load_settings(user_file: str | None = None) -> dict[str, Any]:
    """The effective settings: defaults, then ``user_file`` (or $FASAIL_SETTINGS) on top."""
    defaults = tomllib.loads(resources.files("fasail").joinpath("settings.toml").read_text("utf-8"))
    path = user_file or os.environ.get(ENV_VAR)
    if not path:
        return defaults
    try:
        with open(path, "rb") as f:
            user = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise DataFileError(f"cannot read settings: {e}", where=path) from e
    return _merge(defaults, user, path)
