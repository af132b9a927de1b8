"""How much to trust a quote: a base figure per finding rule, capped by what the speaker is.

The figures rank quotes for ``min_confidence``; they are not calibrated probabilities. Direct quotes
with a cue next to them are the surest; a reported clause read from the surface, a quotative "like"
and a verb of thinking the least sure.
"""

from __future__ import annotations

from quotesvc.candidates import Method

BASE: dict[Method, float] = {
    Method.DIRECT: 0.9,
    Method.SPLIT: 0.9,
    Method.CONTINUATION: 0.7,
    Method.FRAME_BEFORE: 0.6,
    Method.FRAGMENT: 0.75,
    Method.UNATTRIBUTED: 0.3,
    Method.INDIRECT: 0.75,
    Method.COGNITION: 0.5,
    Method.PARATAXIS: 0.7,
    Method.ACCORDING: 0.7,
    Method.FOUND_IN: 0.5,
    Method.COLON: 0.7,
    Method.SURFACE: 0.6,
    Method.INTERRUPTED: 0.6,
    Method.LABEL: 0.6,
    Method.BYLINE: 0.7,
    Method.QUOTATIVE: 0.5,
    Method.ARGUMENTS: 0.5,
    Method.NOUN_CLAUSE: 0.5,
    Method.NOUN_INFINITIVE: 0.4,
    Method.NOUN_TARGET: 0.4,
}
#: No speaker at all: the quote may still be right, but nobody can be credited.
NO_SPEAKER_CAP = 0.3
#: A pronoun that resolved to no name.
UNRESOLVED_PRONOUN_CAP = 0.5


def base(how: Method) -> float:
    return BASE[how]


def capped(confidence: float, *, has_speaker: bool, unresolved_pronoun: bool) -> float:
    """CONFIDENCE lowered for a quote with no speaker or an unresolved pronoun, rounded for output."""
    if not has_speaker:
        confidence = min(confidence, NO_SPEAKER_CAP)
    elif unresolved_pronoun:
        confidence = min(confidence, UNRESOLVED_PRONOUN_CAP)
    return round(confidence, 2)
