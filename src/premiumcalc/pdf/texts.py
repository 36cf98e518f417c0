"""The fixed wording of the quote PDF in English and German (the core supplies the rest)."""

from __future__ import annotations

_T: dict[str, tuple[str, str]] = {
    # document kinds
    "quote": ("Quote", "Angebot"),
    "underwriting": ("Request for underwriting", "Anfrage zur Risikoprüfung"),
    "quote_title": ("Quote: professional indemnity insurance for IT services",
                    "Angebot: Berufshaftpflicht für IT-Dienstleister"),
    "quote_subject": ("Professional indemnity insurance", "Berufshaftpflichtversicherung"),
    "for_client": ("for", "für"),
    # info block
    "number": ("Quote number", "Angebotsnummer"),
    "request_number": ("Reference", "Vorgangsnummer"),
    "date": ("Date", "Datum"),
    "valid_until": ("Valid until", "Gültig bis"),
    "contact": ("Your contact", "Ihr Ansprechpartner"),
    "intermediary": ("Intermediary", "Vermittler"),
    "phone": ("Phone", "Telefon"),
    "email": ("Email", "E-Mail"),
    "register": ("Register no.", "Register-Nr."),
    "underwriting_dept": ("Underwriting", "Risikoprüfung"),
    "status_broker": ("Insurance broker", "Versicherungsmakler"),
    "status_agent": ("Insurance agent", "Versicherungsvertreter"),
    # letter
    "salutation": ("Dear Sir or Madam,", "Sehr geehrte Damen und Herren,"),
    "quote_intro": (
        "Based on the information you gave us, we are pleased to offer you the following "
        "cover. This quote is non-binding and valid for 30 days, until {until}.",
        "auf Grundlage Ihrer Angaben bieten wir Ihnen den folgenden Versicherungsschutz an. "
        "Dieses Angebot ist unverbindlich und 30 Tage gültig, bis zum {until}.",
    ),
    "referred_intro": (
        "The tariff {product} ({insurer}) refers the following request to individual "
        "underwriting. We kindly ask you to assess the risk and to let us have your decision "
        "and, where possible, your terms.",
        "der Tarif {product} ({insurer}) weist die folgende Anfrage zur individuellen "
        "Risikoprüfung aus. Wir bitten Sie, das Risiko zu prüfen und uns Ihre Entscheidung "
        "und gegebenenfalls Ihre Konditionen mitzuteilen.",
    ),
    "declined_intro": (
        "The tariff {product} ({insurer}) does not accept the following request. We kindly "
        "ask you to check whether you can offer cover outside the tariff.",
        "der Tarif {product} ({insurer}) nimmt die folgende Anfrage nicht an. Wir bitten Sie "
        "zu prüfen, ob Sie außerhalb des Tarifs Versicherungsschutz anbieten können.",
    ),
    "regards": ("Kind regards", "Mit freundlichen Grüßen"),
    # premium summary
    "your_premium": ("Your premium", "Ihr Beitrag"),
    "per_year": ("per year", "pro Jahr"),
    "incl_tax": ("including {rate} insurance tax", "inklusive {rate} Versicherungsteuer"),
    # sections
    "sec_tariff": ("Tariff and cover", "Tarif und Versicherungsumfang"),
    "sec_request": ("The request", "Die Anfrage"),
    "sec_client": ("Client", "Kunde"),
    "sec_reasons": ("Why the tariff needs underwriting", "Gründe für die Risikoprüfung"),
    "sec_reasons_declined": ("Why the tariff does not accept the request",
                             "Gründe, aus denen der Tarif die Anfrage nicht annimmt"),
    "sec_premium": ("Premium", "Beitrag"),
    "sec_worksheet": ("Rating worksheet", "Beitragsberechnung"),
    "sec_coverage": ("What is covered", "Was versichert ist"),
    "sec_not_covered": ("What is not covered", "Was nicht versichert ist"),
    "sec_scenarios": ("Claim scenarios", "Schadenbeispiele"),
    "sec_notes": ("Notes", "Hinweise"),
    "sec_decision": ("Underwriter's decision", "Entscheidung des Versicherers"),
    # request rows
    "insurer": ("Insurer", "Versicherer"),
    "product": ("Product", "Produkt"),
    "tariff": ("Tariff", "Tarif"),
    "tariff_value": ("{id}, version {version}, valid from {valid_from}",
                     "{id}, Version {version}, gültig ab {valid_from}"),
    "client": ("Client", "Kunde"),
    "address": ("Address", "Anschrift"),
    "profession": ("Business activity", "Tätigkeit"),
    "revenue": ("Annual net revenue", "Jahresnettoumsatz"),
    "cover": ("Sum insured per claim", "Deckungssumme je Schadenfall"),
    "deductible": ("Deductible per claim", "Selbstbeteiligung je Schadenfall"),
    "modules": ("Modules", "Bausteine"),
    "included": ("included", "im Tarif enthalten"),
    "no_modules": ("none", "keine"),
    "claims": ("Prior claims (5 years)", "Vorschäden (5 Jahre)"),
    "startup": ("Start-up (founded < 24 months ago)", "Existenzgründung (jünger als 24 Monate)"),
    "yes": ("yes", "ja"),
    "no": ("no", "nein"),
    "term": ("Contract term", "Vertragslaufzeit"),
    "years": ("{n} year", "{n} Jahr"),
    "years_pl": ("{n} years", "{n} Jahre"),
    "payment": ("Payment", "Zahlweise"),
    "country": ("Country (insurance tax)", "Land (Versicherungsteuer)"),
    "status": ("Tariff result", "Ergebnis nach Tarif"),
    "referred": ("referred to underwriting", "Risikoprüfung erforderlich"),
    "declined": ("not accepted by the tariff", "nach Tarif nicht versicherbar"),
    # premium table
    "net_year": ("Net premium per year", "Nettoprämie pro Jahr"),
    "surcharge": ("Payment surcharge ({payment})", "Ratenzuschlag ({payment})"),
    "tax": ("Insurance tax ({rate})", "Versicherungsteuer ({rate})"),
    "gross_year": ("Gross premium per year", "Bruttoprämie pro Jahr"),
    "instalments": ("Instalment plan", "Ratenplan"),
    "minimum_applied": ("The tariff's minimum premium applies.",
                        "Es gilt die Mindestprämie des Tarifs."),
    # worksheet
    "step": ("Step", "Schritt"),
    "calculation": ("Calculation", "Rechnung"),
    "amount": ("Amount", "Betrag"),
    # coverage
    "part": ("Part of the cover", "Baustein"),
    "limits": ("Limits and deductibles", "Limits und Selbstbeteiligung"),
    "limit": ("Limit", "Limit"),
    "within_cover": ("within the sum insured", "innerhalb der Deckungssumme"),
    "deductible_short": ("Deductible", "Selbstbeteiligung"),
    # scenarios
    "scenario": ("Scenario", "Beispiel"),
    "damage": ("Damage", "Schaden"),
    "result": ("Result", "Ergebnis"),
    "covered_by": ("covered by: {part}", "versichert über: {part}"),
    "payout": ("payout {payout}", "Leistung {payout}"),
    "payout_detail": ("limit {limit}, deductible {deductible}",
                      "Limit {limit}, Selbstbeteiligung {deductible}"),
    "not_covered": ("not covered", "nicht versichert"),
    # notes
    "note_nonbinding": (
        "This quote is non-binding. It is based on the information given and on the tariff "
        "named above; cover starts only once the insurer has accepted the application.",
        "Dieses Angebot ist unverbindlich. Es beruht auf den gemachten Angaben und dem oben "
        "genannten Tarif; Versicherungsschutz besteht erst, wenn der Versicherer den Antrag "
        "angenommen hat.",
    ),
    "note_conditions": (
        "The scope of cover is summarised here in plain words. Only the policy and the "
        "insurer's terms and conditions decide what is covered.",
        "Der Versicherungsumfang ist hier vereinfacht beschrieben. Maßgeblich sind allein der "
        "Versicherungsschein und die Versicherungsbedingungen des Versicherers.",
    ),
    "note_validity": ("Valid for 30 days, until {until}.", "Gültig 30 Tage, bis zum {until}."),
    "note_broker": (
        "{who} acts as an insurance broker with a licence under § 34d (1) GewO "
        "(Versicherungsmakler).",
        "{who} ist als Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO tätig.",
    ),
    "note_agent": (
        "{who} acts as an insurance agent under § 34d GewO (Versicherungsvertreter).",
        "{who} ist als Versicherungsvertreter nach § 34d GewO tätig.",
    ),
    "note_register": (
        "Registered in the German register of insurance intermediaries "
        "(www.vermittlerregister.info) under {number}.",
        "Eingetragen im Vermittlerregister (www.vermittlerregister.info) unter der "
        "Registernummer {number}.",
    ),
    # The same notes when the broker profile has no name: the letter speaks as "we".
    "note_broker_we": (
        "We act as an insurance broker with a licence under § 34d (1) GewO "
        "(Versicherungsmakler).",
        "Wir sind als Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO tätig.",
    ),
    "note_agent_we": (
        "We act as an insurance agent under § 34d GewO (Versicherungsvertreter).",
        "Wir sind als Versicherungsvertreter nach § 34d GewO tätig.",
    ),
    "note_request_facts": (
        "The information above is as given by the client.",
        "Die obigen Angaben beruhen auf den Angaben des Kunden.",
    ),
    "note_tariff_file": ("Calculated with tariff {id}, version {version}; tariff file SHA-256 "
                         "{sha256}.",
                         "Berechnet mit Tarif {id}, Version {version}; Tarifdatei SHA-256 "
                         "{sha256}."),
    # decision form
    "decision_accept": ("Accepted at the tariff premium", "Angenommen zum Tarifbeitrag"),
    "decision_terms": ("Accepted on the following terms", "Angenommen zu folgenden Bedingungen"),
    "decision_decline": ("Declined", "Abgelehnt"),
    "decision_premium": ("Net premium per year", "Nettoprämie pro Jahr"),
    "decision_conditions": ("Terms, exclusions, deductible",
                            "Bedingungen, Ausschlüsse, Selbstbeteiligung"),
    "decision_sign": ("Date, name, signature", "Datum, Name, Unterschrift"),
    # footer
    "page": ("Page {page} of {pages}", "Seite {page} von {pages}"),
}


def t(key: str, lang: str, **values: object) -> str:
    """The text for ``key`` in ``lang`` ("de" or "en"), with ``{placeholders}`` filled in."""
    en, de = _T[key]
    text = de if lang == "de" else en
    return text.format(**values) if values else text
