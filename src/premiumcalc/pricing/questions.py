"""Risk questions (handbook §14): what the client's "yes" answers mean for one tariff.

Every answer defaults to "no", so a request without answers prices as before. A tariff states
in its file, per question, whether a "yes" refers or declines the request; a question it
states no rule for refers a "yes" (the tariff does not assess it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from premiumcalc.tariffs.models import Tariff

#: The reason code of a "yes" to question ``id``.
PREFIX = "question-"
#: Parameter of a reason for a question the tariff states no rule for.
NOT_ASSESSED = "not-assessed"


def code(question_id: str) -> str:
    return PREFIX + question_id


def question_reasons(
    yes: Sequence[str], tariff: Tariff, active_modules: Iterable[str], order: Sequence[str]
) -> list[tuple[str, tuple[str, ...]]]:
    """(code, params) of each "yes" that counts against the request, in the catalogue's ``order``.

    ``params``: (question id, "referred" or "declined"[, :data:`NOT_ASSESSED` when the tariff
    states no rule for the question]).
    """
    answered = set(yes)
    active = set(active_modules)
    reasons: list[tuple[str, tuple[str, ...]]] = []
    for qid in [*order, *(q for q in yes if q not in order)]:
        if qid not in answered:
            continue
        rule = tariff.questions.get(qid)
        if rule is None:
            reasons.append((code(qid), (qid, "referred", NOT_ASSESSED)))
        elif rule.unless_module is not None and rule.unless_module in active:
            continue
        else:
            reasons.append((code(qid), (qid, rule.outcome)))
    return reasons


def is_question(code_: str) -> bool:
    return code_.startswith(PREFIX)
