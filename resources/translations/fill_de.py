"""Fill premiumcalc_de.ts with the German texts below (run after pyside6-lupdate).

    pyside6-lupdate src/premiumcalc/gui/*.py -ts resources/translations/premiumcalc_de.ts
    python resources/translations/fill_de.py
    pyside6-lrelease resources/translations/premiumcalc_de.ts

Texts that are missing here stay unfinished in the .ts file and show in English.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DE = {
    'Saved quotes unavailable':
        'Gespeicherte Angebote nicht verfügbar',
    'Saved quotes cannot be opened; quotes can still be priced, printed and saved as PDF.':
        'Die gespeicherten Angebote können nicht geöffnet werden; Angebote lassen sich weiterhin berechnen, drucken und als PDF speichern.',
    'Show the selected tariff in the Quote tab (or double-click its row)':
        'Den gewählten Tarif im Reiter Angebot zeigen (oder die Zeile doppelt anklicken)',
    'There is no valid quote to save yet. Correct the highlighted input first.':
        'Es gibt noch kein gültiges Angebot zum Speichern. Bitte zuerst die markierte Eingabe korrigieren.',
    "Enter the client's name first: a saved quote is always for a client.":
        'Bitte zuerst den Namen des Kunden eingeben: Ein gespeichertes Angebot gehört immer zu einem Kunden.',
    'Saved as quote {number}.':
        'Gespeichert als Angebot {number}.',
    'Quote {number} reopened.':
        'Angebot {number} wieder geöffnet.',
    'Pricing it again from its saved tariff gives another result than saved: the saved one is kept.':
        'Eine Neuberechnung mit dem gespeicherten Tarif ergibt ein anderes Ergebnis als gespeichert: Das gespeicherte bleibt erhalten.',
    'A copy of {number}: save it to give it a number of its own.':
        'Eine Kopie von {number}: Speichern Sie sie, um ihr eine eigene Nummer zu geben.',
    'The quote cannot be shown in the form':
        'Das Angebot kann nicht im Formular angezeigt werden',
    '{error}\n\nThe installed tariffs no longer allow this request; the saved quote itself is unchanged.':
        '{error}\n\nDie installierten Tarife lassen diese Anfrage nicht mehr zu; das gespeicherte Angebot selbst bleibt unverändert.',
    'The draft could not be kept: {error}':
        'Der Entwurf konnte nicht gesichert werden: {error}',
    'The quote you were typing when premiumcalc stopped was restored.':
        'Das Angebot, das Sie eingaben, als premiumcalc beendet wurde, wurde wiederhergestellt.',
    '&Save quote':
        '&Angebot speichern',
    'Save the quote with a new quote number':
        'Das Angebot unter einer neuen Angebotsnummer speichern',
    'E&xport database…':
        'Datenbank e&xportieren …',
    '&Restore from backup…':
        'Aus Sicherung &wiederherstellen …',
    'History':
        'Verlauf',
    'The status was not changed':
        'Der Status wurde nicht geändert',
    'Export database':
        'Datenbank exportieren',
    'Quote databases (*.db)':
        'Angebotsdatenbanken (*.db)',
    'The database was not exported':
        'Die Datenbank wurde nicht exportiert',
    'Database exported to {file}':
        'Datenbank exportiert nach {file}',
    'Restore from backup':
        'Aus Sicherung wiederherstellen',
    'Replace all saved quotes with the backup of {date} ({count} quotes)?\n\nThe quotes saved now are first copied into the backups folder.':
        'Alle gespeicherten Angebote durch die Sicherung vom {date} ({count} Angebote) ersetzen?\n\nDie jetzt gespeicherten Angebote werden zuvor in den Sicherungsordner kopiert.',
    'The backup was not restored':
        'Die Sicherung wurde nicht wiederhergestellt',
    'Backup of {date} restored ({count} quotes).':
        'Sicherung vom {date} wiederhergestellt ({count} Angebote).',
    'Mark as':
        'Markieren als',
    'SHA-256 / problem':
        'SHA-256 / Problem',
    'The quote database was damaged':
        'Die Angebotsdatenbank war beschädigt',
    "About premiumcalc": "Über premiumcalc",
    "{insurer} – {product}: version {version}, valid from {date}":
        "{insurer} – {product}: Version {version}, gültig ab {date}",
    "Offline premium calculator for professional indemnity insurance of IT professionals.":
        "Offline-Prämienrechner für die Vermögensschaden-Haftpflicht von IT-Fachleuten.",
    "Installed tariffs": "Installierte Tarife",
    "Licences": "Lizenzen",
    "The sample tariffs are fictional and belong to no real insurer.":
        "Die Beispieltarife sind erfunden und gehören keinem realen Versicherer.",
    "limit {amount}": "Höchstbetrag {amount}",
    "within the cover per claim": "innerhalb der Deckungssumme",
    "deductible {amount}": "Selbstbeteiligung {amount}",
    "Coverage scope": "Deckungsumfang",
    "Covered": "Versichert",
    "Not covered": "Nicht versichert",
    "&File": "&Datei",
    "&View": "&Ansicht",
    "&Tools": "&Extras",
    "&Help": "&Hilfe",
    "&New quote": "&Neues Angebot",
    "&Quit": "&Beenden",
    "&Broker profile…": "&Maklerprofil …",
    "&About premiumcalc": "Ü&ber premiumcalc",
    "Quote": "Angebot",
    "Rating worksheet": "Berechnungsweg",
    "Coverage": "Deckungsumfang",
    "Claim scenarios": "Schadenbeispiele",
    "%n tariff file(s) could not be loaded; the other tariffs work:":
        ("%n Tarifdatei konnte nicht geladen werden; die anderen Tarife funktionieren:",
         "%n Tarifdateien konnten nicht geladen werden; die anderen Tarife funktionieren:"),
    "Enter the annual revenue, e.g. {examples}": "Jahresumsatz eingeben, z. B. {examples}",
    "Only digits, “{group}” between thousands and “{dec}” before the cents are allowed "
    "(no signs, letters or exponents)":
        "Erlaubt sind nur Ziffern, „{group}“ zwischen den Tausendern und „{dec}“ vor den Cent "
        "(keine Vorzeichen, Buchstaben oder Exponenten)",
    "At most two decimals (cents) are allowed": "Höchstens zwei Nachkommastellen (Cent) sind erlaubt",
    "This amount is too large for an annual revenue": "Dieser Betrag ist als Jahresumsatz zu groß",
    "Not an amount: use “{group}” only between groups of three digits and “{dec}” before the "
    "cents, e.g. {examples}":
        "Kein Betrag: „{group}“ nur zwischen Dreiergruppen von Ziffern und „{dec}“ vor den Cent, "
        "z. B. {examples}",
    "Broker profile": "Maklerprofil",
    "Broker (§ 34d (1) GewO)": "Versicherungsmakler (§ 34d Abs. 1 GewO)",
    "Tied agent (§ 34d (7) GewO)": "Gebundener Vertreter (§ 34d Abs. 7 GewO)",
    "&Browse…": "&Durchsuchen …",
    "Choose a logo file": "Logodatei wählen",
    "&Name:": "&Name:",
    "Broker name": "Name des Maklers",
    "&Company:": "&Firma:",
    "Company": "Firma",
    "&Address:": "&Anschrift:",
    "Address": "Anschrift",
    "&Phone:": "&Telefon:",
    "Phone": "Telefon",
    "&E-mail:": "&E-Mail:",
    "E-mail": "E-Mail",
    "&Register number:": "&Registernummer:",
    "Register number": "Registernummer",
    "&Status:": "&Status:",
    "Status": "Status",
    "&Logo (PNG or JPEG):": "&Logo (PNG oder JPEG):",
    "Logo file": "Logodatei",
    "Choose a logo": "Logo wählen",
    "Images (*.png *.jpg *.jpeg)": "Bilder (*.png *.jpg *.jpeg)",
    "The saved profile cannot be read: {error}":
        "Das gespeicherte Profil kann nicht gelesen werden: {error}",
    "Saving keeps the broken file as {backup}.":
        "Beim Speichern bleibt die defekte Datei als {backup} erhalten.",
    "The profile could not be saved: {error}": "Das Profil konnte nicht gespeichert werden: {error}",
    "none (0 €)": "keine (0 €)",
    "1 year": "1 Jahr",
    "%n years": ("%n Jahr", "%n Jahre"),
    "Annually": "Jährlich",
    "Half-yearly": "Halbjährlich",
    "Quarterly": "Vierteljährlich",
    "Monthly": "Monatlich",
    "Germany": "Deutschland",
    "Austria": "Österreich",
    "included": "enthalten",
    "Price for this request: {price} a year (net, before discounts)":
        "Preis für diese Anfrage: {price} im Jahr (netto, vor Nachlässen)",
    "Price of {module}": "Preis für {module}",
    "Tariff": "Tarif",
    "Business": "Betrieb",
    "Cover": "Deckung",
    "Modules (price a year, net before discounts)":
        "Bausteine (Preis im Jahr, netto vor Nachlässen)",
    "Contract": "Vertrag",
    "Client": "Kunde",
    "Tar&iff:": "&Tarif:",
    "&Profession:": "&Beruf:",
    "Annual &revenue (€):": "Jahres&umsatz (€):",
    "Prior c&laims (5 years):": "&Vorschäden (5 Jahre):",
    "C&over per claim:": "De&ckungssumme:",
    "&Deductible:": "&Selbstbeteiligung:",
    "T&erm:": "Lau&fzeit:",
    "Pa&yment:": "&Zahlweise:",
    "Co&untry:": "&Land:",
    "Client &name:": "&Name des Kunden:",
    "Client &address:": "Anschrift des &Kunden:",
    "Profession": "Beruf",
    "Annual revenue in euros": "Jahresumsatz in Euro",
    "Prior claims in the last 5 years": "Vorschäden in den letzten 5 Jahren",
    "Cover per claim": "Deckungssumme je Schaden",
    "Deductible per claim": "Selbstbeteiligung je Schaden",
    "Contract term": "Vertragslaufzeit",
    "Payment frequency": "Zahlweise",
    "Country": "Land",
    "Client name": "Name des Kunden",
    "Client address": "Anschrift des Kunden",
    "&Start-up (founded less than 24 months ago)":
        "E&xistenzgründer (Gründung vor weniger als 24 Monaten)",
    "Start-up": "Existenzgründer",
    "Revenue problem": "Problem beim Umsatz",
    "Name of the client or company": "Name des Kunden oder der Firma",
    "Quote for {name}": "Angebot für {name}",
    "No tariff could be loaded.": "Es konnte kein Tarif geladen werden.",
    "{insurer} · {product} · tariff version {version}":
        "{insurer} · {product} · Tarifversion {version}",
    "Not insurable in this tariff": "In diesem Tarif nicht versicherbar",
    "Referred: the insurer's underwriters decide on this request":
        "Zur Risikoprüfung: Über diese Anfrage entscheidet der Versicherer",
    "Once a year": "Einmal im Jahr",
    "First half-yearly instalment": "Erste Halbjahresrate",
    "First quarterly instalment": "Erste Vierteljahresrate",
    "First monthly instalment": "Erste Monatsrate",
    "First instalment": "Erste Rate",
    "then {count} × {amount}": "danach {count} × {amount}",
    "Gross premium per year": "Bruttoprämie pro Jahr",
    "Net premium per year": "Nettoprämie pro Jahr",
    "Payment surcharge ({rate})": "Ratenzuschlag ({rate})",
    "Insurance tax ({rate}, {country})": "Versicherungsteuer ({rate}, {country})",
    "The tariff's minimum premium applies.": "Es gilt die Mindestprämie des Tarifs.",
    "What the cover configured on the left pays for typical claims. Ticked scenarios are "
    "included in the quote.":
        "Was die links gewählte Deckung bei typischen Schäden zahlt. Angehakte Beispiele "
        "kommen ins Angebot.",
    "Claim scenarios are evaluated once the request can be quoted.":
        "Die Schadenbeispiele werden bewertet, sobald die Anfrage berechnet werden kann.",
    "✓ Covered by {part}: damage {damage}, limit {limit}, deductible {deductible}, estimated "
    "payout {payout}":
        "✓ Versichert über {part}: Schaden {damage}, Höchstbetrag {limit}, Selbstbeteiligung "
        "{deductible}, geschätzte Leistung {payout}",
    "✗ Not covered: damage {damage}, payout {payout}":
        "✗ Nicht versichert: Schaden {damage}, Leistung {payout}",
    "Include “{title}” in the quote": "„{title}“ ins Angebot aufnehmen",
    "No premium: this request is not quoted (the reasons are shown above).":
        "Keine Prämie: Diese Anfrage wird nicht berechnet (die Gründe stehen oben).",
    "Step": "Schritt",
    "Calculation": "Rechnung",
    "Amount": "Betrag",
    # History tab
    "Number": "Nummer",
    "Date": "Datum",
    "Gross per year": "Brutto pro Jahr",
    "referred": "zur Prüfung",
    "declined": "abgelehnt",
    "draft": "Entwurf",
    "sent": "versendet",
    "accepted": "angenommen",
    "The quote was not saved": "Das Angebot wurde nicht gespeichert",
    "{error}\n\nThe quote stays in the window; try again when the problem is solved.":
        "{error}\n\nDas Angebot bleibt im Fenster; versuchen Sie es erneut, wenn das Problem "
        "behoben ist.",
    "The quotes were not deleted": "Die Angebote wurden nicht gelöscht",
    "The quotes were not restored": "Die Angebote wurden nicht wiederhergestellt",
    "Export quotes": "Angebote exportieren",
    "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    "The quotes were not exported": "Die Angebote wurden nicht exportiert",
    "%n quote(s) exported to {file}": ("%n Angebot nach {file} exportiert",
                                       "%n Angebote nach {file} exportiert"),
    "The quote cannot be opened": "Das Angebot kann nicht geöffnet werden",
    "%n quote(s) deleted": ("%n Angebot gelöscht", "%n Angebote gelöscht"),
    "&Search:": "&Suchen:",
    "Client, quote number, profession or date (2026-11-25)":
        "Kunde, Angebotsnummer, Beruf oder Datum (2026-11-25)",
    "Search saved quotes": "Gespeicherte Angebote durchsuchen",
    "Saved quotes": "Gespeicherte Angebote",
    "&Reopen": "&Öffnen",
    "D&uplicate": "&Duplizieren",
    "&Delete": "&Löschen",
    "&Export to CSV…": "Als CSV &exportieren …",
    "U&ndo": "&Rückgängig",
    # PDF and printing
    "Save as &PDF…": "Als &PDF speichern …",
    "Write the quote as a PDF file": "Das Angebot als PDF-Datei schreiben",
    "&Print…": "&Drucken …",
    "Print the quote": "Das Angebot drucken",
    "Print pre&view…": "&Seitenansicht …",
    "Show the printed pages": "Die gedruckten Seiten zeigen",
    "Quote PDF": "Angebots-PDF",
    "There is no valid quote to print yet. Correct the highlighted input first.":
        "Es gibt noch kein gültiges Angebot zum Drucken. Korrigieren Sie zuerst die markierte "
        "Eingabe.",
    "The broker profile cannot be read, so the letterhead would be wrong:\n{0}\n\nCorrect it "
    "under Tools → Broker profile.":
        "Das Maklerprofil kann nicht gelesen werden, der Briefkopf wäre falsch:\n{0}\n\n"
        "Korrigieren Sie es unter Extras → Maklerprofil.",
    "The PDF could not be made: {0}": "Das PDF konnte nicht erstellt werden: {0}",
    "Save quote as PDF": "Angebot als PDF speichern",
    "PDF files (*.pdf)": "PDF-Dateien (*.pdf)",
    "Save as PDF": "Als PDF speichern",
    "The PDF was not saved: {0}": "Das PDF wurde nicht gespeichert: {0}",
    "Saved {0}": "Gespeichert: {0}",
    "Print quote": "Angebot drucken",
    "Print preview": "Seitenansicht",
    "Print": "Drucken",
    "Printing failed: {0}": "Drucken fehlgeschlagen: {0}",
    # market view: Compare tab, premium matrix, reference, tariff files
    "Compare": "Vergleich",
    "Save &comparison as PDF…": "&Vergleich als PDF speichern …",
    "Write the market comparison as a PDF file": "Den Marktvergleich als PDF-Datei schreiben",
    "&Tariffs…": "&Tarife …",
    "List, import and remove tariff files": "Tarifdateien anzeigen, importieren und entfernen",
    "Comparison PDF": "Vergleichs-PDF",
    "There is nothing to compare yet. Correct the highlighted input first.":
        "Es gibt noch nichts zu vergleichen. Korrigieren Sie zuerst die markierte Eingabe.",
    "Save comparison as PDF": "Vergleich als PDF speichern",
    "Save comparison as PDF…": "Vergleich als PDF speichern …",
    "Result": "Ergebnis",
    "Per instalment": "Pro Rate",
    "Net per year": "Netto pro Jahr",
    "Difference": "Differenz",
    "General liability": "Betriebshaftpflicht",
    "Lost keys": "Schlüsselverlust",
    "Cyber": "Cyber",
    "Cyber deductible": "SB Cyber",
    "Worldwide": "Weltweit",
    "Delay damages": "Verzugsschäden",
    "Reasons and notes": "Gründe und Hinweise",
    "Gross per year minus the current contract's premium":
        "Bruttobeitrag pro Jahr abzüglich des Beitrags des bestehenden Vertrags",
    "Limit for lost third-party keys (general liability)":
        "Limit für abhandengekommene fremde Schlüssel (Betriebshaftpflicht)",
    "Deductible of the cyber module": "Selbstbeteiligung des Cyber-Bausteins",
    "optional": "optional",
    "not offered": "nicht angeboten",
    "Quoted": "Angeboten",
    "Referred": "Risikoprüfung",
    "Declined": "Abgelehnt",
    "cheapest": "günstigster",
    "current contract": "bestehender Vertrag",
    "Current contract": "Bestehender Vertrag",
    "Current insurer": "Bisheriger Versicherer",
    "cover": "Deckung",
    "deductible": "SB",
    "Client's current contract (reference)": "Bestehender Vertrag des Kunden (Referenz)",
    "Insurer:": "Versicherer:",
    "Gross pre&mium per year (€):": "&Jahresbeitrag brutto (€):",
    "Cover per claim (€):": "Deckungssumme (€):",
    "Deductible (€):": "Selbstbeteiligung (€):",
    "Lost &keys limit (€):": "L&imit Schlüsselverlust (€):",
    "&General liability limit (€):": "Limit Betriebshaft&pflicht (€):",
    "&Cyber limit (€):": "Limit C&yber (€):",
    "e.g. the insurer on the client's policy": "z. B. der Versicherer laut Police des Kunden",
    "Clear reference": "Referenz leeren",
    "Not an amount: it is left out of the comparison":
        "Kein Betrag: er bleibt beim Vergleich unberücksichtigt",
    "Premium matri&x for:": "Beitrags&matrix für:",
    "Tariff of the premium matrix": "Tarif der Beitragsmatrix",
    "Gross premium per year by cover per claim (rows) and deductible (columns), the rest of "
    "the request unchanged. The highlighted cell is the request on show.":
        "Bruttobeitrag pro Jahr nach Deckungssumme (Zeilen) und Selbstbeteiligung (Spalten), "
        "die übrige Anfrage unverändert. Die hervorgehobene Zelle ist die angezeigte Anfrage.",
    "Premium matrix": "Beitragsmatrix",
    "Cover {cover}, deductible {deductible}": "Deckung {cover}, SB {deductible}",
    "{amount} a year less than the request on show":
        "{amount} pro Jahr weniger als die angezeigte Anfrage",
    "{amount} a year more than the request on show":
        "{amount} pro Jahr mehr als die angezeigte Anfrage",
    "Enter a valid request in the form to compare the tariffs.":
        "Geben Sie im Formular eine gültige Anfrage ein, um die Tarife zu vergleichen.",
    "The tariffs cannot be compared: {0}": "Die Tarife können nicht verglichen werden: {0}",
    "Tariffs compared for the request on show: {0}.":
        "Für die angezeigte Anfrage verglichene Tarife: {0}.",
    "Cheapest quoted: {insurer} – {product}, {gross} a year.":
        "Günstigstes Angebot: {insurer} – {product}, {gross} pro Jahr.",
    "No tariff quotes this request; see the reasons.":
        "Kein Tarif bietet diese Anfrage an; siehe die Gründe.",
    "The form has an invalid input ({0}); the comparison shows the last valid request.":
        "Das Formular enthält eine ungültige Eingabe ({0}); der Vergleich zeigt die letzte "
        "gültige Anfrage.",
    "Use in &quote": "Ins Angebot übe&rnehmen",
    "Show the selected tariff in the Quote tab (or double-click its row, or press Enter)":
        "Den gewählten Tarif im Reiter Angebot zeigen (oder Doppelklick auf die Zeile oder "
        "die Eingabetaste)",
    "Tariffs side by side": "Tarife im Vergleich",
    "Tariffs…": "Tarife …",
    "Hide this message": "Diese Meldung ausblenden",
    "bundled": "mitgeliefert",
    "added, replaces the bundled one": "hinzugefügt, ersetzt den mitgelieferten",
    "added": "hinzugefügt",
    "cannot be loaded": "kann nicht geladen werden",
    "Import tariff file": "Tarifdatei importieren",
    "Tariff files (*.toml);;All files (*)": "Tarifdateien (*.toml);;Alle Dateien (*)",
    "{file} is not a valid tariff file, so nothing was imported. Problems found (file: "
    "field: problem):":
        "{file} ist keine gültige Tarifdatei, daher wurde nichts importiert. Gefundene "
        "Probleme (Datei: Feld: Problem):",
    "This very file is installed already: {file}":
        "Genau diese Datei ist bereits installiert: {file}",
    "The tariff was not imported: {0}": "Der Tarif wurde nicht importiert: {0}",
    "The tariff folder already holds a file named {name}.":
        "Im Tarifordner liegt bereits eine Datei namens {name}.",
    "The tariff {id} is bundled in version {old}; the imported version {new} replaces it "
    "while the file is installed.":
        "Der Tarif {id} ist in Version {old} mitgeliefert; die importierte Version {new} "
        "ersetzt ihn, solange die Datei installiert ist.",
    "The tariff {id} is installed in version {old} from {file}; that file is removed and "
    "version {new} used instead.":
        "Der Tarif {id} ist in Version {old} aus {file} installiert; diese Datei wird "
        "entfernt und stattdessen Version {new} verwendet.",
    "Import {file} anyway?": "{file} trotzdem importieren?",
    "Remove the tariff {what}?\n\nThe file {file} is deleted from the tariff folder "
    "({folder}).":
        "Den Tarif {what} entfernen?\n\nDie Datei {file} wird aus dem Tarifordner "
        "({folder}) gelöscht.",
    "The bundled version of this tariff is used again.":
        "Die mitgelieferte Version dieses Tarifs wird wieder verwendet.",
    "Remove tariff": "Tarif entfernen",
    "The tariff was not removed: {0}": "Der Tarif wurde nicht entfernt: {0}",
    "Tariffs": "Tarife",
    "The tariffs premiumcalc prices with. Add an insurer by importing its tariff file (see "
    "docs/tariff-format.md); it is checked first and copied into {folder}. Only added files "
    "can be removed.":
        "Die Tarife, mit denen premiumcalc rechnet. Einen Versicherer fügen Sie hinzu, indem "
        "Sie seine Tarifdatei importieren (siehe docs/tariff-format.md); sie wird zuerst "
        "geprüft und dann nach {folder} kopiert. Nur hinzugefügte Dateien lassen sich "
        "entfernen.",
    "Insurer": "Versicherer",
    "Product": "Produkt",
    "Version": "Version",
    "Valid from": "Gültig ab",
    "Source": "Herkunft",
    "File": "Datei",
    "SHA-256": "SHA-256",
    "(and {0} more problems: see Tariffs…)": "(und {0} weitere Probleme: siehe Tarife …)",
    "… and {0} more files": "… und {0} weitere Dateien",
    "&Import tariff file…": "Tarifdatei &importieren …",
    "&Remove": "&Entfernen",
}


def fill(ts_path: Path) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = DE.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, tuple) else (text, text)
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    left = fill(here / "premiumcalc_de.ts")
    for source in left:
        print("untranslated:", source, file=sys.stderr)
    sys.exit(1 if left else 0)
