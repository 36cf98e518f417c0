"""Checks across the fields of a tariff that a single field's type cannot express."""

from __future__ import annotations

from collections.abc import Iterable

from premiumcalc.tariffs.models import Tariff

#: (field path, message)
Issue = tuple[tuple[str | int, ...], str]


def check_tariff(
    tariff: Tariff, profession_ids: Iterable[str], question_ids: Iterable[str] | None = None
) -> list[Issue]:
    """Every cross-field problem of ``tariff``; an empty list when it is consistent.

    Also works on a partly valid tariff (built from only the sections
    that passed validation): a check whose sections are missing is skipped, so that one
    run lists as many problems as can be found.
    """
    issues: list[Issue] = []
    known = set(profession_ids)
    for check in (_bands, _base_premium, _professions, _covers, _modules, _period, _format2,
                  _self_checks):
        try:
            check(tariff, known, issues)
        except (AttributeError, KeyError, TypeError):
            continue
    if question_ids is not None:
        allowed = list(question_ids)
        for qid in getattr(tariff, "questions", {}) or {}:
            if qid not in allowed:
                issues.append((("questions", qid),
                               f"unknown risk question {qid!r}; known: {', '.join(allowed)}"))
    return issues


def _period(tariff: Tariff, known: set[str], issues: list[Issue]) -> None:
    if tariff.valid_until is not None and tariff.valid_until < tariff.valid_from:
        issues.append((("valid_until",),
                       f"{tariff.valid_until} is before valid_from {tariff.valid_from}"))


#: Keys that only a ``format = 2`` file may state.
_FORMAT2_KEYS = ("conditions", "insurer_address", "cover_terms")


def _format2(tariff: Tariff, known: set[str], issues: list[Issue]) -> None:
    if tariff.format == 1:
        for key in _FORMAT2_KEYS:
            if getattr(tariff, key) is not None:
                issues.append(((key,), f"{key} needs format = 2"))
        if tariff.questions:
            issues.append((("questions",), "questions need format = 2"))
        for i, module in enumerate(tariff.modules):
            for key in ("aggregate_factor", "bodily_injury_deductible"):
                if getattr(module, key) is not None:
                    issues.append((("modules", i, key), f"{key} needs format = 2"))
        return
    for key in _FORMAT2_KEYS:
        if getattr(tariff, key) is None:
            issues.append(((key,), f"a format 2 tariff states {key}"))
    for i, module in enumerate(tariff.modules):
        if module.id != "worldwide" and module.aggregate_factor is None:
            issues.append((("modules", i, "aggregate_factor"),
                           f"a format 2 tariff states the annual aggregate of {module.id!r}"))
        if module.bodily_injury_deductible is not None and module.id != "general-liability":
            issues.append((("modules", i, "bodily_injury_deductible"),
                           "bodily_injury_deductible goes only with general-liability"))


def _bands(tariff: Tariff, known: set[str], issues: list[Issue]) -> None:
    bands = tariff.revenue.bands
    n_bands = len(bands)
    for i in range(1, n_bands):
        if bands[i] <= bands[i - 1]:
            issues.append(
                (
                    ("revenue", "bands", i),
                    f"bands must be sorted ascending without overlap: {bands[i]} follows "
                    f"{bands[i - 1]}",
                )
            )


def _base_premium(tariff: Tariff, known: set[str], issues: list[Issue]) -> None:
    n_bands = len(tariff.revenue.bands)
    for cls, amounts in tariff.base_premium.items():
        if len(amounts) != n_bands:
            issues.append(
                (
                    ("base_premium", cls),
                    f"has {len(amounts)} amounts but there are {n_bands} revenue bands",
                )
            )


def _professions(tariff: Tariff, known_professions: set[str], issues: list[Issue]) -> None:
    prof = tariff.professions
    classes = set(tariff.base_premium)
    for pid, cls in prof.classes.items():
        if cls not in classes:
            issues.append(
                (
                    ("professions", "classes", pid),
                    f"risk class {cls!r} has no base premium (known: {', '.join(sorted(classes))})",
                )
            )
    if prof.default_class is not None and prof.default_class not in classes:
        issues.append(
            (
                ("professions", "default_class"),
                f"risk class {prof.default_class!r} has no base premium "
                f"(known: {', '.join(sorted(classes))})",
            )
        )
    seen: dict[str, str] = {}
    for group, ids in (
        ("classes", list(prof.classes)),
        ("declined", prof.declined),
        ("referred", list(prof.referred)),
    ):
        for pid in ids:
            if pid not in known_professions:
                issues.append(
                    (("professions", group, pid), f"unknown profession {pid!r}")
                )
            elif pid in seen and seen[pid] != group:
                issues.append(
                    (
                        ("professions", group, pid),
                        f"profession {pid!r} is listed both in {seen[pid]} and in {group}",
                    )
                )
            seen.setdefault(pid, group)


def _covers(tariff: Tariff, known: set[str], issues: list[Issue]) -> None:
    covers = tariff.covers
    for cover in covers.not_offered:
        if cover in covers.factors:
            issues.append(
                (
                    ("covers", "not_offered"),
                    f"cover {cover} is listed as not offered but also has a factor",
                )
            )


def _modules(tariff: Tariff, known: set[str], issues: list[Issue]) -> None:
    n_bands = len(tariff.revenue.bands)
    seen_modules: set[str] = set()
    for i, module in enumerate(tariff.modules):
        where: tuple[str | int, ...] = ("modules", i)
        if module.id in seen_modules:
            issues.append(((*where, "id"), f"module {module.id!r} is listed twice"))
        seen_modules.add(module.id)
        kinds = [
            k
            for k, present in (
                ("included = true", module.included),
                ("flat", module.flat is not None),
                ("rate", module.rate is not None),
            )
            if present
        ]
        if len(kinds) != 1:
            issues.append(
                (
                    where,
                    f"module {module.id!r} needs exactly one price: included = true, flat "
                    f"(one amount per revenue band) or rate (with an optional minimum); "
                    f"found {', '.join(kinds) or 'none'}",
                )
            )
        if module.flat is not None and len(module.flat) != n_bands:
            issues.append(
                (
                    (*where, "flat"),
                    f"has {len(module.flat)} amounts but there are {n_bands} revenue bands",
                )
            )
        if module.minimum is not None and module.rate is None:
            issues.append(((*where, "minimum"), "minimum goes only with rate"))
        if module.id in ("general-liability", "cyber", "delay-damages") and module.limit is None:
            issues.append(((*where, "limit"), f"module {module.id!r} needs a limit"))
        if module.key_sublimit is not None and module.id != "general-liability":
            issues.append(
                ((*where, "key_sublimit"), "key_sublimit goes only with general-liability")
            )


def _self_checks(tariff: Tariff, known: set[str], issues: list[Issue]) -> None:
    for i, check in enumerate(tariff.checks):
        where: tuple[str | int, ...] = ("checks", i)
        if (check.gross_annual is None) == (check.status is None):
            issues.append((where, "a check states exactly one of gross_annual and status"))
        if check.start < tariff.valid_from or (
                tariff.valid_until is not None and check.start > tariff.valid_until):
            issues.append(((*where, "start"),
                           f"{check.start} is outside this version's period (valid from "
                           f"{tariff.valid_from})"))
        for key in ("tariff", "start"):
            if key in check.request:
                issues.append(((*where, "request", key),
                               f"{key} is not part of a check's request (it is the file's own)"))
