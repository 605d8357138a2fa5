"""What every model of a project builds on: the base class, ids, short texts, times in UTC,
and the kinds of lanes and maps.

``project.py`` (personas, maps, cards), ``voting.py`` (dot-voting rounds, which a map holds) and
``integrity.py`` (the rules between them) all build on these, so none has to import another's
half-built module.
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, ValidatorFunctionWrapHandler
from pydantic_core import PydanticCustomError

MAX_SHORT_TEXT = 1_000  # titles, names, tags, owners

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
ShortText = Annotated[str, StringConstraints(max_length=MAX_SHORT_TEXT)]

# Unicode's control characters (category Cc), which must not reach a message.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
#: The start of an ISO 8601 time; the rest is left to pydantic's parser.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]|$)", re.ASCII)


class LaneKind(StrEnum):
    """What a lane holds: sticky-note cards, the emotion curve, or a divider line."""

    CARDS = "cards"
    EMOTION = "emotion"
    #: A thin line such as a service blueprint's line of visibility; it holds no cards.
    DIVIDER = "divider"


class JourneyState(StrEnum):
    """Whether a map shows the journey as it is today or as it should become."""

    CURRENT = "current"
    FUTURE = "future"


def new_id() -> str:
    """Return a short random id (11 url-safe characters, 64 random bits)."""
    return secrets.token_urlsafe(8)


def now() -> datetime:
    """Return the current time in UTC, to the second (what a project file stores)."""
    return datetime.now(UTC).replace(microsecond=0)


def short_label(text: str, limit: int = 60) -> str:
    """Return the first line of ``text``, cut to ``limit`` characters, for messages.

    Control characters (escape sequences, NUL) become spaces, so a damaged or hostile name
    cannot garble a message or a terminal.
    """
    first = text.strip().splitlines()[0] if text.strip() else ""
    if len(first) > limit:
        first = first[: limit - 1].rstrip() + "…"
    return _CONTROL.sub(" ", first)


def _integrity_error(message: str) -> PydanticCustomError:
    # The message goes through the context so braces in user text are never formatted.
    return PydanticCustomError("integrity", "{detail}", {"detail": message})


def in_utc(value: object, handler: ValidatorFunctionWrapHandler) -> datetime:
    """Validate a time of a file (a wrap validator): ISO 8601 text, kept in UTC."""
    # Only ISO 8601 text (or a datetime, from code): lax parsing alone would also take
    # 0 or "1700000000" as seconds since 1970 and hide a damaged file.
    if not isinstance(value, datetime) and not (isinstance(value, str) and _ISO_DATE.match(value)):
        raise PydanticCustomError("datetime_type", "Input should be a valid datetime")
    # A hand-written time without a zone is taken as UTC; all times are kept in UTC.
    moment: datetime = handler(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00:00+01:00 is in year 0 in UTC
        raise PydanticCustomError(
            "datetime_range", "the time falls outside the years 1 to 9999 in UTC"
        ) from None


class _Model(BaseModel):
    """Base of every model: unknown fields are kept, whitespace is left as the user typed it.

    Validation is strict: a value of the wrong JSON type is refused, never converted (no
    ``true`` for 1, no ``"5"`` for 5, no ``2.0`` for 2). Only enums (given as their text
    value) and times (given as ISO 8601 text) are converted, each by its own rule.
    """

    model_config = ConfigDict(extra="allow", validate_default=False, strict=True)
