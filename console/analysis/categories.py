"""Which kind of problem a mention is about: rule-based and explainable.

Each complaint or risk cue votes for its category with its weight (cues.toml); hints add a smaller
vote to a category that already has one. Cues of "other" (sarcasm, waiting) name no problem: they
make a complaint, and its category is what its hints point to, else "other". With no cue at all,
a question is a question, a positive mention is praise, and a negative one takes the category its
hints point to, else "other"."""

from console.analysis.sentiment import Evidence

HINT_SHARE = 0.3   # a hint's vote, relative to a cue of the same weight
# Ties go to the category whose mistakes cost more.
PRIORITY = ("hacked_account", "legal", "product_defect", "employee_misconduct", "rumour", "backlash", "outage",
            "billing_refund", "delivery_delay", "service")
COMPLAINT_CATEGORIES = frozenset(PRIORITY)


RANK = {c: -i for i, c in enumerate(PRIORITY)}


def _best(votes: dict[str, float]) -> str:
    if len(votes) == 1:
        return next(iter(votes))
    return max(votes, key=lambda c: (votes[c], RANK[c]))


def _has_question_mark(raw_text: str) -> bool:
    return "?" in raw_text or "？" in raw_text


def asks(raw_text: str, ev: Evidence) -> bool:
    """An information-seeking question: a question mark and a question phrase (can I, 请问, чи)."""
    return _has_question_mark(raw_text) and any(h.entry.category == "question" for h in ev.hints)


def categorise(ev: Evidence, raw_text: str, positive: bool, negative: bool, complains: bool = True) -> str:
    """`complains`: the cues weigh enough to be a complaint (not just a weak "still" or "why")."""
    hints: dict[str, float] = {}
    for h in ev.hints:
        hints[h.entry.category] = hints.get(h.entry.category, 0.0) + h.entry.weight
    question = _has_question_mark(raw_text) or "question" in hints
    if ev.cues and (complains or not question):
        votes: dict[str, float] = {}
        for h in ev.cues:
            if h.entry.category != "other":   # sarcasm and waiting name no problem
                votes[h.entry.category] = votes.get(h.entry.category, 0.0) + h.entry.weight
        for c in votes:
            votes[c] += HINT_SHARE * hints.get(c, 0.0)
        if votes:
            return _best(votes)
        return _complaint_hint(hints) or "other"
    if question:
        return "question"
    if positive:
        return "praise"
    if negative:
        return _complaint_hint(hints) or "other"
    return "other"


def _complaint_hint(hints: dict[str, float]) -> str | None:
    """The problem the hints point to ("my order" is about delivery), if any."""
    complaint_hints = {c: w for c, w in hints.items() if c in COMPLAINT_CATEGORIES}
    return _best(complaint_hints) if complaint_hints else None

