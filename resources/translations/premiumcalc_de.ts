<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="21"/>
        <source>{insurer} – {product}: version {version}, valid from {date}</source>
        <translation>{insurer} – {product}: Version {version}, gültig ab {date}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="22"/>
        <source>Offline premium calculator for professional indemnity insurance of IT professionals.</source>
        <translation>Offline-Prämienrechner für die Vermögensschaden-Haftpflicht von IT-Fachleuten.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="25"/>
        <source>Installed tariffs</source>
        <translation>Installierte Tarife</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="26"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="27"/>
        <source>The sample tariffs are fictional and belong to no real insurer.</source>
        <translation>Die Beispieltarife sind erfunden und gehören keinem realen Versicherer.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="43"/>
        <source>About premiumcalc</source>
        <translation>Über premiumcalc</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="57"/>
        <source>In person</source>
        <extracomment>How an advice was given (as the store records it). The broker&apos;s own recommendation: the generated one (a tariff id otherwise). Kept for a record without any recommendation (none generated, none of the broker&apos;s). The client&apos;s decision: not taken yet, or following the recommendation (a tariff id otherwise).</extracomment>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="58"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="59"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="60"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="61"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="67"/>
        <source>client&apos;s wish</source>
        <translation>Wunsch des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="68"/>
        <source>project contract</source>
        <translation>Projektvertrag</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="69"/>
        <source>broker&apos;s advice</source>
        <translation>Empfehlung des Maklers</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="141"/>
        <source>advice-draft</source>
        <extracomment>Requirement id -&gt; where it comes from; a requirement not named is the client&apos;s wish. Every installed tariff version valid on the start (the market basis). Requirement id -&gt; where it comes from, for every requirement recorded.</extracomment>
        <translation>beratung-entwurf</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="141"/>
        <source>advice</source>
        <translation>beratung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="150"/>
        <source>quoted</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="150"/>
        <source>referred</source>
        <translation>zur Prüfung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="151"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="159"/>
        <source>Recommended: {tariff}. It meets all {n} requirements; cheapest of the {k} that do ({x} against {y}).</source>
        <translation>Empfehlung: {tariff}. Er erfüllt alle {n} Anforderungen; günstigster der {k} Tarife, die das tun ({x} gegenüber {y}).</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="162"/>
        <source>Recommended: {tariff}. It is the only tariff that meets all {n} requirements.</source>
        <translation>Empfehlung: {tariff}. Er ist der einzige Tarif, der alle {n} Anforderungen erfüllt.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="165"/>
        <source>Recommended: {tariff}. No requirements were recorded; cheapest of the {k} quoted ({x} against {y}).</source>
        <translation>Empfehlung: {tariff}. Es wurden keine Anforderungen festgehalten; günstigster der {k} angebotenen Tarife ({x} gegenüber {y}).</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="168"/>
        <source>Recommended: {tariff}. No requirements were recorded; the only tariff quoted.</source>
        <translation>Empfehlung: {tariff}. Es wurden keine Anforderungen festgehalten; der einzige angebotene Tarif.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="171"/>
        <source>No recommendation from the comparison: no quoted tariff meets all {n} requirements. Recommend one with a reason in words, or none.</source>
        <translation>Keine Empfehlung aus dem Vergleich: Kein angebotener Tarif erfüllt alle {n} Anforderungen. Empfehlen Sie einen mit einer Begründung in Worten, oder keinen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="175"/>
        <source>No recommendation from the comparison: no tariff quotes this request.</source>
        <translation>Keine Empfehlung aus dem Vergleich: Kein Tarif bietet für diese Anfrage an.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="194"/>
        <source>Give a reason in words for recommending another tariff than the comparison.</source>
        <translation>Begründen Sie in Worten, warum Sie einen anderen Tarif als der Vergleich empfehlen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="216"/>
        <source>meets {m} of {n} requirements</source>
        <translation>erfüllt {m} von {n} Anforderungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="222"/>
        <source>The broker recommends {tariff} instead: {reason}</source>
        <translation>Der Makler empfiehlt stattdessen {tariff}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="223"/>
        <source>(no reason given)</source>
        <translation>(keine Begründung angegeben)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="225"/>
        <source>The broker follows the recommendation: {0}.</source>
        <translation>Der Makler folgt der Empfehlung: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="227"/>
        <source>No tariff is recommended.</source>
        <translation>Es wird kein Tarif empfohlen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="231"/>
        <source>The client has not decided yet.</source>
        <translation>Der Kunde hat sich noch nicht entschieden.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="233"/>
        <source>The client follows the recommendation: {0}.</source>
        <translation>Der Kunde folgt der Empfehlung: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="235"/>
        <source>The client chooses {0} instead of the recommendation.</source>
        <translation>Der Kunde wählt {0} statt der Empfehlung.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="239"/>
        <source>Warning to the client: {tariff} does not meet {count} of the requirements: {gaps}.</source>
        <translation>Warnhinweis an den Kunden: {tariff} erfüllt {count} der Anforderungen nicht: {gaps}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="247"/>
        <source>{m} of {n}</source>
        <translation>{m} von {n}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="299"/>
        <source>Advice record</source>
        <translation>Beratungsdokumentation</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="301"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="302"/>
        <source>(no client name yet)</source>
        <translation>(noch kein Kundenname)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="303"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="304"/>
        <source>Channel</source>
        <translation>Art der Beratung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="305"/>
        <source>Adviser</source>
        <translation>Berater</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="305"/>
        <source>(not named)</source>
        <translation>(nicht genannt)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="306"/>
        <source>Start of cover</source>
        <translation>Versicherungsbeginn</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="308"/>
        <source>Given</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="309"/>
        <source>orally first; this record follows in text form</source>
        <translation>zunächst mündlich; diese Dokumentation folgt in Textform</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="312"/>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="313"/>
        <source>Tariffs compared</source>
        <translation>Verglichene Tarife</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="314"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="315"/>
        <source>The client&apos;s decision</source>
        <translation>Entscheidung des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="317"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="317"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="318"/>
        <source>Gross per year</source>
        <translation>Brutto pro Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="318"/>
        <source>Requirements met</source>
        <translation>Erfüllte Anforderungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_record.py" line="319"/>
        <source>none recorded</source>
        <translation>keine festgehalten</translation>
    </message>
</context>
<context>
    <name>AdviceActions</name>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_actions.py" line="114"/>
        <source>First information recorded</source>
        <translation>Erstinformation festgehalten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_actions.py" line="115"/>
        <source>Recorded as {number}: handed to {client}.

Save the first information as a PDF to print or send it?</source>
        <translation>Festgehalten als {number}: übergeben an {client}.

Die Erstinformation als PDF speichern, um sie zu drucken oder zu versenden?</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_actions.py" line="119"/>
        <source>Save first information</source>
        <translation>Erstinformation speichern</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_actions.py" line="126"/>
        <source>Advice</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_actions.py" line="127"/>
        <source>Hand over &amp;first information…</source>
        <translation>&amp;Erstinformation übergeben…</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_actions.py" line="129"/>
        <source>Record that the first information (§ 15 VersVermV) was handed to the client</source>
        <translation>Festhalten, dass die Erstinformation (§ 15 VersVermV) dem Kunden übergeben wurde</translation>
    </message>
</context>
<context>
    <name>AdviceHistoryPanel</name>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="98"/>
        <source>replaced by {0}</source>
        <extracomment>The columns of the list.</extracomment>
        <translation>ersetzt durch {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="100"/>
        <source>replaces {0}</source>
        <translation>ersetzt {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="107"/>
        <source>Made from quote {0}</source>
        <translation>Aus Angebot {0} erstellt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="110"/>
        <source>First information handed over: {0}</source>
        <translation>Erstinformation übergeben: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="114"/>
        <source>No first information recorded for this client.</source>
        <translation>Für diesen Kunden ist keine Erstinformation festgehalten.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="134"/>
        <source>Reprint advice record</source>
        <translation>Beratungsdokumentation nachdrucken</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="150"/>
        <source>Advice records: select a quote to see its client&apos;s.</source>
        <translation>Beratungsdokumentationen: Wählen Sie ein Angebot, um die seines Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="152"/>
        <source>Advice records of the client of {0}:</source>
        <translation>Beratungsdokumentationen des Kunden von {0}:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="155"/>
        <source>No advice record for the client of {0} yet.</source>
        <translation>Noch keine Beratungsdokumentation für den Kunden von {0}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="160"/>
        <source>Record</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="160"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="160"/>
        <source>Channel</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="161"/>
        <source>Adviser</source>
        <translation>Berater</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="161"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="161"/>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="162"/>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="163"/>
        <source>Advice records of the client</source>
        <translation>Beratungsdokumentationen des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_history.py" line="164"/>
        <source>Reprint &amp;record…</source>
        <translation>Dokumentation &amp;nachdrucken…</translation>
    </message>
</context>
<context>
    <name>AdviceTab</name>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="365"/>
        <source>As generated: {0}</source>
        <translation>Wie ermittelt: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="366"/>
        <source>No recommendation</source>
        <translation>Keine Empfehlung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="369"/>
        <source>Instead: {0}</source>
        <translation>Stattdessen: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="371"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="372"/>
        <source>Follows the recommendation</source>
        <translation>Folgt der Empfehlung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="374"/>
        <source>Chooses {0}</source>
        <translation>Wählt {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="423"/>
        <source>Where it comes from: {0}</source>
        <translation>Herkunft: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="456"/>
        <source>Enter a valid request in the form: the advice rests on its comparison.</source>
        <translation>Geben Sie eine gültige Anfrage im Formular ein: Die Beratung beruht auf ihrem Vergleich.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="470"/>
        <source>Advice for {client}: {n} tariffs compared for a start of cover on {start}.</source>
        <translation>Beratung für {client}: {n} Tarife verglichen für einen Versicherungsbeginn am {start}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="472"/>
        <source>(no client name yet)</source>
        <translation>(noch kein Kundenname)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="475"/>
        <source>Rea&amp;son (required):</source>
        <translation>Begründun&amp;g (Pflicht):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="476"/>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="642"/>
        <source>Rea&amp;son:</source>
        <translation>Begründun&amp;g:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="500"/>
        <source>Handed over as {number} on {when} ({channel}); content SHA-256 {sha}. It is frozen: a change is handed over as a new version.</source>
        <translation>Übergeben als {number} am {when} ({channel}); Inhalt SHA-256 {sha}. Sie ist unveränderlich: Eine Änderung wird als neue Fassung übergeben.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="506"/>
        <source>Changing {number}: handing over makes a new version that replaces it.</source>
        <translation>{number} wird geändert: Die Übergabe erstellt eine neue Fassung, die sie ersetzt.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="509"/>
        <source>It replaces {0}.</source>
        <translation>Sie ersetzt {0}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="511"/>
        <source>Hand over needs the quote database, which is not open.</source>
        <translation>Zum Übergeben wird die Angebotsdatenbank gebraucht; sie ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="513"/>
        <source>Enter the client&apos;s name in the form to hand the record over.</source>
        <translation>Geben Sie den Namen des Kunden im Formular ein, um die Dokumentation zu übergeben.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="515"/>
        <source>Not handed over yet: this is a draft.</source>
        <translation>Noch nicht übergeben: Dies ist ein Entwurf.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="527"/>
        <source>The broker profile cannot be read:
{0}

Correct it under Tools → Broker profile.</source>
        <translation>Das Maklerprofil kann nicht gelesen werden:
{0}

Korrigieren Sie es unter Extras → Maklerprofil.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="535"/>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="553"/>
        <source>Print draft</source>
        <translation>Entwurf drucken</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="544"/>
        <source>The PDF could not be made: {0}</source>
        <translation>Das PDF konnte nicht erstellt werden: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="573"/>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="584"/>
        <source>The broker profile lacks what a handed-over record names: {0}

Complete it under Tools → Broker profile; a draft can be printed meanwhile.</source>
        <translation>Dem Maklerprofil fehlt, was eine übergebene Dokumentation nennt: {0}

Ergänzen Sie es unter Extras → Maklerprofil; einen Entwurf können Sie schon drucken.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="601"/>
        <source>The advice record was not handed over: {0}</source>
        <translation>Die Beratungsdokumentation wurde nicht übergeben: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="625"/>
        <source>Reprint</source>
        <translation>Nachdrucken</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="639"/>
        <source>Recommendation from the comparison</source>
        <translation>Empfehlung aus dem Vergleich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="640"/>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="643"/>
        <source>Your recommendation</source>
        <translation>Ihre Empfehlung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="641"/>
        <source>Reco&amp;mmend:</source>
        <translation>Em&amp;pfehlen:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="644"/>
        <source>Reason for your recommendation</source>
        <translation>Begründung Ihrer Empfehlung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="645"/>
        <source>Why you recommend this tariff, in words</source>
        <translation>Warum Sie diesen Tarif empfehlen, in Worten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="646"/>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="648"/>
        <source>The client&apos;s decision</source>
        <translation>Entscheidung des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="647"/>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="649"/>
        <source>Where the requirements come from</source>
        <translation>Herkunft der Anforderungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="651"/>
        <source>Advice given</source>
        <translation>Angaben zur Beratung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="652"/>
        <source>Cha&amp;nnel:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="653"/>
        <source>Advis&amp;er:</source>
        <translation>Be&amp;rater:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="654"/>
        <source>&amp;Date and time:</source>
        <translation>Datum und &amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="655"/>
        <source>Given &amp;orally first</source>
        <translation>Zunächst &amp;mündlich beraten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="656"/>
        <source>At the client&apos;s wish or with provisional cover: the record then follows in text form right after the contract is concluded (§ 62 (2) VVG).</source>
        <translation>Auf Wunsch des Kunden oder bei vorläufiger Deckung: Die Dokumentation folgt dann unverzüglich nach Vertragsschluss in Textform (§ 62 Abs. 2 VVG).</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="664"/>
        <source>Previe&amp;w of the record</source>
        <translation>V&amp;orschau der Dokumentation</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="665"/>
        <source>Preview of the advice record</source>
        <translation>Vorschau der Beratungsdokumentation</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="666"/>
        <source>&amp;Print draft…</source>
        <translation>Ent&amp;wurf drucken…</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="667"/>
        <source>Save the record as a draft PDF, to read it through before handing it over</source>
        <translation>Die Dokumentation als Entwurf (PDF) speichern, um sie vor der Übergabe durchzulesen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="669"/>
        <source>Hand ove&amp;r</source>
        <translation>&amp;Übergeben</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="670"/>
        <source>Freeze the record in the quote database under a number of its own</source>
        <translation>Die Dokumentation unter eigener Nummer unveränderlich in der Angebotsdatenbank ablegen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="672"/>
        <source>Chan&amp;ge (new version)</source>
        <translation>&amp;Ändern (neue Fassung)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/advice_tab.py" line="673"/>
        <source>Repr&amp;int…</source>
        <translation>&amp;Nachdrucken…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/premiumcalc/gui/app.py" line="189"/>
        <source>The request file was not loaded</source>
        <translation>Die Anfragedatei wurde nicht geladen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/app.py" line="190"/>
        <source>The window shows a new quote instead.</source>
        <translation>Das Fenster zeigt stattdessen ein neues Angebot.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/app.py" line="213"/>
        <source>Saved quotes unavailable</source>
        <translation>Gespeicherte Angebote nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/app.py" line="214"/>
        <source>Saved quotes cannot be opened; quotes can still be priced, printed and saved as PDF.</source>
        <translation>Die gespeicherten Angebote können nicht geöffnet werden; Angebote lassen sich weiterhin berechnen, drucken und als PDF speichern.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="102"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="103"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="104"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="105"/>
        <source>Client no.</source>
        <translation>Kunden-Nr.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="106"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="110"/>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="122"/>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="112"/>
        <source>Every export, change and deletion of client data, as written to the database (clients by number only). %n entries.</source>
        <translation>
            <numerusform>Jeder Export, jede Änderung und jede Löschung von Kundendaten, wie in der Datenbank festgehalten (Kunden nur mit Nummer). %n Eintrag.</numerusform>
            <numerusform>Jeder Export, jede Änderung und jede Löschung von Kundendaten, wie in der Datenbank festgehalten (Kunden nur mit Nummer). %n Einträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="54"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="55"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="56"/>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="57"/>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="58"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="59"/>
        <source>anonymised</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="60"/>
        <source>restricted</source>
        <translation>eingeschränkt</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="90"/>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="91"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="92"/>
        <source>Advice record</source>
        <translation>Beratungsdokumentation</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="93"/>
        <source>First-information receipt</source>
        <translation>Empfangsbestätigung Erstinformation</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="210"/>
        <source>Record</source>
        <translation>Unterlage</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="211"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="212"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="213"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="214"/>
        <source>Gross per year</source>
        <translation>Brutto pro Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="215"/>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="216"/>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="240"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="237"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="238"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="239"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="308"/>
        <source>The client cannot be shown</source>
        <translation>Der Kunde kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="357"/>
        <source>Legal hold: nothing of this client is deleted or anonymised.</source>
        <translation>Aufbewahrungssperre (Legal Hold): von diesem Kunden wird nichts gelöscht oder anonymisiert.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="360"/>
        <source>Restricted: kept only for the duty to keep records; not shown in searches, follow-ups or renewals.</source>
        <translation>Eingeschränkt: nur wegen der Aufbewahrungspflicht gespeichert; erscheint nicht in Suche, Wiedervorlagen oder Verlängerungen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="363"/>
        <source>Records kept until {date}.</source>
        <translation>Unterlagen aufbewahrt bis {date}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="383"/>
        <source>that of {quote}</source>
        <translation>die von {quote}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="385"/>
        <source>on record</source>
        <translation>hinterlegt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="387"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="390"/>
        <source>The request the renewal check prices for the main renewal date: select one of the client&apos;s quotes below, then “Use for the renewal check”.</source>
        <translation>Die Anfrage, die die Verlängerungsprüfung zur Hauptfälligkeit berechnet: unten eines der Angebote des Kunden wählen, dann „Für die Verlängerungsprüfung nutzen“.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="394"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="394"/>
        <source>sent</source>
        <translation>versendet</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="395"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="395"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="396"/>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="398"/>
        <source>{status} (in the bin)</source>
        <translation>{status} (im Papierkorb)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="402"/>
        <source>no duty to keep</source>
        <translation>keine Aufbewahrungspflicht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="424"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="425"/>
        <source>Discard your changes to client {number}?</source>
        <translation>Ihre Änderungen an Kunde {number} verwerfen?</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="445"/>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="493"/>
        <source>The client was not saved</source>
        <translation>Der Kunde wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="450"/>
        <source>{field}: “{text}” is not an amount; enter it like {example} or leave it empty.</source>
        <translation>{field}: „{text}“ ist kein Betrag; geben Sie ihn wie {example} ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="461"/>
        <source>{error}

Your changes are still in the form: press Discard changes to see the client as saved now, then enter them again.</source>
        <translation>{error}

Ihre Änderungen stehen noch im Formular: Klicken Sie auf „Änderungen verwerfen“, um den Kunden so zu sehen, wie er jetzt gespeichert ist, und geben Sie sie dann erneut ein.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="468"/>
        <source>Client {number} saved.</source>
        <translation>Kunde {number} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="496"/>
        <source>The renewal check now prices the request of {quote}.</source>
        <translation>Die Verlängerungsprüfung berechnet jetzt die Anfrage von {quote}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="511"/>
        <source>Export client</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="512"/>
        <source>Archives (*.zip)</source>
        <translation>Archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="519"/>
        <source>The client was not exported</source>
        <translation>Der Kunde wurde nicht exportiert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="522"/>
        <source>Client {number} exported to {file}.</source>
        <translation>Kunde {number} exportiert nach {file}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="532"/>
        <source>Delete client</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="537"/>
        <source>Delete client {number} ({name})?

Records that no duty keeps are removed at once; the others are kept, restricted, until their retention date and then anonymised. This cannot be undone.</source>
        <translation>Kunden {number} ({name}) löschen?

Unterlagen ohne Aufbewahrungspflicht werden sofort entfernt; die übrigen bleiben eingeschränkt bis zum Ende ihrer Aufbewahrungsfrist gespeichert und werden dann anonymisiert. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="550"/>
        <source>The client was not deleted</source>
        <translation>Der Kunde wurde nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="565"/>
        <source>Client {number} is under a legal hold: nothing of it may be deleted until the hold is lifted.</source>
        <translation>Für Kunde {number} besteht eine Aufbewahrungssperre (Legal Hold): nichts darf gelöscht werden, bis sie aufgehoben ist.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="570"/>
        <source>Client {number} deleted.</source>
        <translation>Kunde {number} gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="572"/>
        <source>Removed now: {records}.</source>
        <translation>Sofort entfernt: {records}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="575"/>
        <source>Kept, restricted, because a duty to keep records applies:</source>
        <translation>Eingeschränkt aufbewahrt, weil eine Aufbewahrungspflicht besteht:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="577"/>
        <source>{record} until {date}</source>
        <translation>{record} bis {date}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="579"/>
        <source>They are anonymised when their retention date has passed.</source>
        <translation>Nach Ablauf der Aufbewahrungsfrist werden sie anonymisiert.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="581"/>
        <source>Nothing of the client is kept.</source>
        <translation>Vom Kunden bleibt nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="598"/>
        <source>← &amp;All clients</source>
        <translation>← &amp;Alle Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="599"/>
        <source>&amp;New quote for this client</source>
        <translation>&amp;Neues Angebot für diesen Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="600"/>
        <source>E&amp;xport client…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="601"/>
        <source>&amp;Delete client…</source>
        <translation>Kunden &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="602"/>
        <source>Contact and follow-up</source>
        <translation>Kontakt und Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="603"/>
        <source>Current contract</source>
        <translation>Bestehender Vertrag</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="604"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="604"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="604"/>
        <source>&amp;Follow-up on:</source>
        <translation>&amp;Wiedervorlage am:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="605"/>
        <source>Follow-up no&amp;te:</source>
        <translation>Notiz zur Wie&amp;dervorlage:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="605"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="606"/>
        <source>Legal hold:</source>
        <translation>Aufbewahrungssperre:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="611"/>
        <source>keep everything (no deletion)</source>
        <translation>alles aufbewahren (keine Löschung)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="612"/>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="613"/>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="615"/>
        <source>Gross premium per year (€):</source>
        <translation>Bruttobeitrag pro Jahr (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="616"/>
        <source>Cover per claim (€):</source>
        <translation>Deckungssumme (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="617"/>
        <source>Deductible (€):</source>
        <translation>Selbstbeteiligung (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="618"/>
        <source>Lost keys limit (€):</source>
        <translation>Limit Schlüsselverlust (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="619"/>
        <source>General liability limit (€):</source>
        <translation>Limit Betriebshaftpflicht (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="620"/>
        <source>Cyber limit (€):</source>
        <translation>Limit Cyber (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="622"/>
        <source>&amp;Insurer:</source>
        <translation>&amp;Versicherer:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="625"/>
        <source>&amp;Renewal date:</source>
        <translation>&amp;Hauptfälligkeit:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="626"/>
        <source>Open &amp;quote</source>
        <translation>Angebot ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="627"/>
        <source>Use for the renewal chec&amp;k</source>
        <translation>Für die Verlängerungs&amp;prüfung nutzen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="629"/>
        <source>The selected quote&apos;s request becomes the current contract&apos;s: the renewal check prices it with every tariff for the main renewal date</source>
        <translation>Die Anfrage des gewählten Angebots wird die des bestehenden Vertrags: die Verlängerungsprüfung berechnet sie mit jedem Tarif zur Hauptfälligkeit</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="632"/>
        <source>Request for the renewal check:</source>
        <translation>Anfrage für Verlängerung:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="634"/>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="635"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/premiumcalc/gui/client_page.py" line="636"/>
        <source>Records (%n)</source>
        <translation>
            <numerusform>Unterlagen (%n)</numerusform>
            <numerusform>Unterlagen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="637"/>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="638"/>
        <source>Records of the client</source>
        <translation>Unterlagen des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/client_page.py" line="639"/>
        <source>Audit log of the client</source>
        <translation>Protokoll des Kunden</translation>
    </message>
</context>
<context>
    <name>ClientsActions</name>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="89"/>
        <source>The quote cannot be opened</source>
        <translation>Das Angebot kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="200"/>
        <source>New quote for client {number}; the current contract is the reference row of the Compare tab.</source>
        <translation>Neues Angebot für Kunde {number}; der bestehende Vertrag ist die Vergleichszeile im Reiter Vergleich.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="210"/>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="224"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="225"/>
        <source>Every export, change and deletion of client data</source>
        <translation>Jeder Export, jede Änderung und jede Löschung von Kundendaten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_actions.py" line="229"/>
        <source>C&amp;lients</source>
        <translation>&amp;Kunden</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="138"/>
        <source>Client no.</source>
        <translation>Kunden-Nr.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="139"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="140"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="141"/>
        <source>Current insurer</source>
        <translation>Bisheriger Versicherer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="142"/>
        <source>Renewal</source>
        <translation>Hauptfälligkeit</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="143"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_model.py" line="144"/>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="102"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="103"/>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="119"/>
        <source>Client no.</source>
        <translation>Kunden-Nr.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="104"/>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="120"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="105"/>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="106"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="121"/>
        <source>Saving per year</source>
        <translation>Ersparnis pro Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="122"/>
        <source>Current premium</source>
        <translation>Bisheriger Beitrag</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="123"/>
        <source>Best tariff</source>
        <translation>Bester Tarif</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="124"/>
        <source>Its premium</source>
        <translation>Dessen Beitrag</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="125"/>
        <source>More cover</source>
        <translation>Mehr Deckung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="126"/>
        <source>Renewal</source>
        <translation>Hauptfälligkeit</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="127"/>
        <source>Current insurer</source>
        <translation>Bisheriger Versicherer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="198"/>
        <source>%n client(s) to contact by {date} (double-click to open).</source>
        <translation>
            <numerusform>%n Kunde bis {date} zu kontaktieren (Doppelklick öffnet ihn).</numerusform>
            <numerusform>%n Kunden bis {date} zu kontaktieren (Doppelklick öffnet sie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="214"/>
        <source>%n client(s) would save or gain cover with an installed tariff, largest saving first.</source>
        <translation>
            <numerusform>%n Kunde würde mit einem installierten Tarif sparen oder mehr Deckung erhalten, größte Ersparnis zuerst.</numerusform>
            <numerusform>%n Kunden würden mit einem installierten Tarif sparen oder mehr Deckung erhalten, größte Ersparnis zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="283"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="284"/>
        <source>Client number, name or address</source>
        <translation>Kundennummer, Name oder Anschrift</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="285"/>
        <source>Search clients</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="286"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="287"/>
        <source>&amp;Open client</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="288"/>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="289"/>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="291"/>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="290"/>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="292"/>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="293"/>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/clients_tab.py" line="295"/>
        <source>The renewal check prices every client&apos;s contract with the installed tariffs.</source>
        <translation>Die Verlängerungsprüfung berechnet den Vertrag jedes Kunden mit den installierten Tarifen.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="109"/>
        <source>Tariff</source>
        <extracomment>The coverage facts of handbook §13, one column each. The mark of the recommended tariff, beside the word (never colour alone).</extracomment>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="109"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="110"/>
        <source>Gross per year</source>
        <translation>Brutto pro Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="110"/>
        <source>Per instalment</source>
        <translation>Pro Rate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="111"/>
        <source>Net per year</source>
        <translation>Netto pro Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="111"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="112"/>
        <source>General liability</source>
        <translation>Betriebshaftpflicht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="112"/>
        <source>Lost keys</source>
        <translation>Schlüsselverlust</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="113"/>
        <source>Cyber</source>
        <translation>Cyber</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="113"/>
        <source>Cyber deductible</source>
        <translation>SB Cyber</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="114"/>
        <source>Worldwide</source>
        <translation>Weltweit</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="114"/>
        <source>Delay damages</source>
        <translation>Verzugsschäden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="115"/>
        <source>Reasons and notes</source>
        <translation>Gründe und Hinweise</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="116"/>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="117"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="118"/>
        <source>Annual aggregate</source>
        <translation>Jahreshöchstleistung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="119"/>
        <source>Contractual penalties</source>
        <translation>Vertragsstrafen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="120"/>
        <source>Prior acts</source>
        <translation>Rückwärtsdeckung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="120"/>
        <source>Run-off</source>
        <translation>Nachhaftung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="121"/>
        <source>Bodily injury deductible</source>
        <translation>Selbstbeteiligung Personenschäden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="122"/>
        <source>Whether the tariff meets every requirement of the client, else its gaps and the module that closes one</source>
        <translation>Ob der Tarif jede Anforderung des Kunden erfüllt, sonst seine Lücken und der Baustein, der eine schließt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="124"/>
        <source>Annual aggregate of professional indemnity</source>
        <translation>Jahreshöchstleistung der Vermögensschaden-Haftpflicht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="125"/>
        <source>Sublimit for contractual penalties (confidentiality and data protection)</source>
        <translation>Sublimit für Vertragsstrafen (Vertraulichkeit und Datenschutz)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="127"/>
        <source>Prior acts: breaches before the start of cover, unknown at the start</source>
        <translation>Rückwärtsdeckung: Verstöße vor Versicherungsbeginn, die bei Beginn unbekannt waren</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="129"/>
        <source>Run-off: claims reported after the contract ends</source>
        <translation>Nachhaftung: Schäden, die nach Vertragsende gemeldet werden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="130"/>
        <source>Deductible for bodily injury under general liability</source>
        <translation>Selbstbeteiligung für Personenschäden in der Betriebshaftpflicht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="132"/>
        <source>Gross per year minus the current contract&apos;s premium</source>
        <translation>Bruttobeitrag pro Jahr abzüglich des Beitrags des bestehenden Vertrags</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="133"/>
        <source>Limit for lost third-party keys (general liability)</source>
        <translation>Limit für abhandengekommene fremde Schlüssel (Betriebshaftpflicht)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="134"/>
        <source>Deductible of the cyber module</source>
        <translation>Selbstbeteiligung des Cyber-Bausteins</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="137"/>
        <source>included</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="137"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="138"/>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="138"/>
        <source>Quoted</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="139"/>
        <source>Referred</source>
        <translation>Risikoprüfung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="139"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="140"/>
        <source>cheapest</source>
        <translation>günstigster</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="140"/>
        <source>current contract</source>
        <translation>bestehender Vertrag</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="141"/>
        <source>Current contract</source>
        <translation>Bestehender Vertrag</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="142"/>
        <source>Current insurer</source>
        <translation>Bisheriger Versicherer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="142"/>
        <source>cover</source>
        <translation>Deckung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="143"/>
        <source>deductible</source>
        <translation>SB</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="144"/>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="144"/>
        <source>meets all</source>
        <translation>erfüllt alle</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="145"/>
        <source>not quoted</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="145"/>
        <source>not covered</source>
        <translation>nicht versichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="146"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="146"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_model.py" line="147"/>
        <source>not stated by the tariff</source>
        <translation>im Tarif nicht angegeben</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="240"/>
        <source>Out of date: this comparison is of the last valid request. Correct the highlighted input “{field}” in the form to compare the current one.</source>
        <translation>Veraltet: Dieser Vergleich gilt für die letzte gültige Anfrage. Korrigieren Sie die markierte Eingabe „{field}“ im Formular, um die aktuelle zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="251"/>
        <source>Enter a valid request in the form to compare the tariffs.</source>
        <translation>Geben Sie im Formular eine gültige Anfrage ein, um die Tarife zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="255"/>
        <source>The tariffs cannot be compared: {0}</source>
        <translation>Die Tarife können nicht verglichen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="258"/>
        <source>Tariffs compared for the request on show: {0}.</source>
        <translation>Für die angezeigte Anfrage verglichene Tarife: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="261"/>
        <source>Cheapest quoted: {insurer} – {product}, {gross} a year.</source>
        <translation>Günstigstes Angebot: {insurer} – {product}, {gross} pro Jahr.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="265"/>
        <source>No tariff quotes this request; see the reasons.</source>
        <translation>Kein Tarif bietet diese Anfrage an; siehe die Gründe.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="269"/>
        <source>{mark} Recommended for the client&apos;s requirements: {insurer} – {product}, {gross} a year.</source>
        <translation>{mark} Empfohlen nach den Anforderungen des Kunden: {insurer} – {product}, {gross} im Jahr.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="275"/>
        <source>No quoted tariff meets every requirement; the Requirements column lists the gaps.</source>
        <translation>Kein angebotener Tarif erfüllt alle Anforderungen; die Spalte Anforderungen nennt die Lücken.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="280"/>
        <source>The form has an invalid input ({0}); the comparison shows the last valid request.</source>
        <translation>Das Formular enthält eine ungültige Eingabe ({0}); der Vergleich zeigt die letzte gültige Anfrage.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="290"/>
        <source>Not priced: {tariff} has no version valid for a start on {start} ({versions}).</source>
        <translation>Nicht berechnet: {tariff} hat keine Version, die für einen Beginn am {start} gilt ({versions}).</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="301"/>
        <source>Requirements of the client:</source>
        <translation>Anforderungen des Kunden:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="383"/>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="393"/>
        <source>The comparison was not exported: {0}</source>
        <translation>Der Vergleich wurde nicht exportiert: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="399"/>
        <source>E&amp;xport (Excel, CSV)…</source>
        <translation>E&amp;xportieren (Excel, CSV) …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="400"/>
        <source>Write the table as an Excel workbook or a CSV file</source>
        <translation>Die Tabelle als Excel-Arbeitsmappe oder CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="402"/>
        <source>Use in &amp;quote</source>
        <translation>Ins Angebot übe&amp;rnehmen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="403"/>
        <source>Show the selected tariff in the Quote tab (or double-click its row, or press Enter)</source>
        <translation>Den gewählten Tarif im Reiter Angebot zeigen (oder Doppelklick auf die Zeile oder die Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="406"/>
        <source>Save comparison as PDF…</source>
        <translation>Vergleich als PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/compare_tab.py" line="407"/>
        <source>Tariffs side by side</source>
        <translation>Tarife im Vergleich</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="44"/>
        <source>Covered</source>
        <translation>Versichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="45"/>
        <source>Not covered</source>
        <translation>Nicht versichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="52"/>
        <source>limit {amount}</source>
        <translation>Höchstbetrag {amount}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="54"/>
        <source>within the cover per claim</source>
        <translation>innerhalb der Deckungssumme</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="56"/>
        <source>deductible {amount}</source>
        <translation>Selbstbeteiligung {amount}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="65"/>
        <source>annual aggregate {amount}</source>
        <translation>Jahreshöchstleistung {amount}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="69"/>
        <source>contractual penalties (confidentiality and data protection) {amount}</source>
        <translation>Vertragsstrafen (Vertraulichkeit und Datenschutz) {amount}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="71"/>
        <source>not covered</source>
        <translation>nicht versichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="74"/>
        <source>deductible for bodily injury {amount}</source>
        <translation>Selbstbeteiligung Personenschäden {amount}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="93"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="101"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="108"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="109"/>
        <source>Prior acts (breaches before the start, unknown at the start)</source>
        <translation>Rückwärtsdeckung (Verstöße vor Beginn, bei Beginn unbekannt)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="110"/>
        <source>Run-off after the contract ends</source>
        <translation>Nachhaftung nach Vertragsende</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="114"/>
        <source>Insurer</source>
        <translation>Versicherer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="117"/>
        <source>Terms</source>
        <translation>Vertragsbedingungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="121"/>
        <source>Coverage scope</source>
        <translation>Deckungsumfang</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../src/premiumcalc/gui/diff_dialog.py" line="78"/>
        <source>{file} (version {version})</source>
        <translation>{file} (Version {version})</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/diff_dialog.py" line="82"/>
        <source>Tariff differences</source>
        <translation>Tarifunterschiede</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/diff_dialog.py" line="85"/>
        <source>Differences from {old} to {new}: {n}</source>
        <translation>Unterschiede von {old} zu {new}: {n}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/diff_dialog.py" line="88"/>
        <source>No differences from {old} to {new}</source>
        <translation>Keine Unterschiede von {old} zu {new}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/diff_dialog.py" line="90"/>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/diff_dialog.py" line="90"/>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/diff_dialog.py" line="90"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/diff_dialog.py" line="91"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="49"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="50"/>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="51"/>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="52"/>
        <source>Prior claims</source>
        <translation>Vorschäden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="53"/>
        <source>Cover per claim</source>
        <translation>Deckungssumme je Schaden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="54"/>
        <source>Deductible</source>
        <translation>Selbstbeteiligung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="55"/>
        <source>Start of cover</source>
        <translation>Versicherungsbeginn</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="56"/>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="57"/>
        <source>Payment</source>
        <translation>Zahlweise</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="58"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="59"/>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="60"/>
        <source>Modules</source>
        <translation>Bausteine</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="61"/>
        <source>Risk questions</source>
        <translation>Risikofragen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="62"/>
        <source>Start-up</source>
        <translation>Existenzgründer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="63"/>
        <source>Requirements of the client</source>
        <translation>Anforderungen des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="64"/>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="65"/>
        <source>Claim scenarios</source>
        <translation>Schadenbeispiele</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="66"/>
        <source>Client name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/input_marks.py" line="67"/>
        <source>Client address</source>
        <translation>Anschrift des Kunden</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/premiumcalc/gui/file_actions.py" line="68"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/file_actions.py" line="78"/>
        <source>The PDF was not saved: {0}</source>
        <translation>Das PDF wurde nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/file_actions.py" line="83"/>
        <source>Saved {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>FirstInfoDialog</name>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="46"/>
        <source>Hand over first information</source>
        <extracomment>How a first information can be handed over (as the store records it).</extracomment>
        <translation>Erstinformation übergeben</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="52"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="52"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="53"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="57"/>
        <source>The first information (§ 15 VersVermV) is made from your broker profile and recorded as handed to this client, with the PDF.</source>
        <translation>Die Erstinformation (§ 15 VersVermV) wird aus Ihrem Maklerprofil erstellt und mit dem PDF als diesem Kunden übergeben festgehalten.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="62"/>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="62"/>
        <source>Client&apos;s name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="63"/>
        <source>&amp;Address:</source>
        <translation>&amp;Anschrift:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="63"/>
        <source>Client&apos;s address</source>
        <translation>Anschrift des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="64"/>
        <source>&amp;Handed over:</source>
        <translation>Über&amp;geben:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="64"/>
        <source>How it was handed over</source>
        <translation>Wie sie übergeben wurde</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="65"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="65"/>
        <source>When it was handed over</source>
        <translation>Wann sie übergeben wurde</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="72"/>
        <source>&amp;Record</source>
        <translation>&amp;Festhalten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="87"/>
        <source>First information not recorded</source>
        <translation>Erstinformation nicht festgehalten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/first_info_dialog.py" line="99"/>
        <source>The broker profile lacks what a first information needs: {0}

Complete it under Tools → Broker profile (or in the profile file).</source>
        <translation>Dem Maklerprofil fehlt, was eine Erstinformation braucht: {0}

Ergänzen Sie es unter Extras → Maklerprofil (oder in der Profildatei).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="32"/>
        <source>The quote</source>
        <translation>Das Angebot</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="33"/>
        <source>Fill in the form on the left: tariff, profession, annual revenue, cover, deductible, modules and contract. The premium, the rating worksheet, the coverage and the claim scenarios on the right follow every change at once.</source>
        <translation>Füllen Sie links das Formular aus: Tarif, Beruf, Jahresumsatz, Deckung, Selbstbeteiligung, Bausteine und Vertrag. Beitrag, Berechnungsweg, Deckungsumfang und Schadenbeispiele rechts folgen jeder Änderung sofort.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="37"/>
        <source>An input that cannot be taken is highlighted and marked with ⚠; until it is corrected, the figures on the right are greyed and marked as out of date.</source>
        <translation>Eine Eingabe, die nicht übernommen werden kann, ist hervorgehoben und mit ⚠ markiert; bis sie korrigiert ist, sind die Zahlen rechts ausgegraut und als veraltet gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="41"/>
        <source>Claim scenarios</source>
        <translation>Schadenbeispiele</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="42"/>
        <source>The Claim scenarios tab shows what the cover pays for typical mishaps, such as a lost client key. Tick a scenario to include it in the quote; its damage amount can be changed to the client&apos;s own figure.</source>
        <translation>Der Reiter Schadenbeispiele zeigt, was die Deckung bei typischen Missgeschicken zahlt, etwa bei einem verlorenen Kundenschlüssel. Kreuzen Sie ein Beispiel an, um es ins Angebot aufzunehmen; seine Schadenhöhe lässt sich auf den eigenen Betrag des Kunden ändern.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="47"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="48"/>
        <source>The Compare tab prices the request with every installed tariff. Double-click a tariff (or press Enter) to take it into the quote. In the premium matrix below, double-click a cell to take its cover and deductible into the quote.</source>
        <translation>Der Reiter Vergleich berechnet die Anfrage mit jedem installierten Tarif. Doppelklicken Sie auf einen Tarif (oder drücken Sie Enter), um ihn ins Angebot zu übernehmen. In der Beitragsmatrix darunter übernimmt ein Doppelklick auf eine Zelle deren Deckungssumme und Selbstbeteiligung ins Angebot.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="53"/>
        <source>Saving, history and printing</source>
        <translation>Speichern, Verlauf und Drucken</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="54"/>
        <source>Save quote (Ctrl+S) keeps the quote in the quote database; the History tab finds, reopens, duplicates and deletes saved quotes. Before a new or reopened quote replaces unsaved changes, the window asks whether to save them.</source>
        <translation>Angebot speichern (Strg+S) legt das Angebot in der Angebotsdatenbank ab; der Reiter Verlauf findet gespeicherte Angebote, öffnet, dupliziert und löscht sie. Bevor ein neues oder wieder geöffnetes Angebot nicht gespeicherte Änderungen ersetzt, fragt das Fenster, ob sie gespeichert werden sollen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="58"/>
        <source>Save as PDF (Ctrl+Shift+S), Print (Ctrl+P) and Print preview make the quote document; your own details for it are under Tools → Broker profile.</source>
        <translation>Als PDF speichern (Strg+Umschalt+S), Drucken (Strg+P) und Seitenansicht erstellen das Angebotsdokument; Ihre eigenen Angaben dafür stehen unter Extras → Maklerprofil.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="62"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="63"/>
        <source>Ctrl+1, Ctrl+2, … show the tabs in their order; Alt and an underlined letter go to a field, tab or menu. Ctrl+N starts a new quote, Ctrl+Shift+D and Ctrl+Shift+E switch to German or English, F1 shows this help.</source>
        <translation>Strg+1, Strg+2, … zeigen die Reiter in ihrer Reihenfolge; Alt und ein unterstrichener Buchstabe führen zu einem Feld, Reiter oder Menü. Strg+N beginnt ein neues Angebot, Strg+Umschalt+D und Strg+Umschalt+E schalten auf Deutsch oder Englisch um, F1 zeigt diese Hilfe.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="68"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="69"/>
        <source>premiumcalc works without a network: tariffs, quotes and this help are on this computer.</source>
        <translation>premiumcalc arbeitet ohne Netzwerk: Tarife, Angebote und diese Hilfe liegen auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="75"/>
        <source>premiumcalc help</source>
        <translation>Hilfe zu premiumcalc</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="81"/>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/help_dialog.py" line="84"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="76"/>
        <source>The quote database was damaged</source>
        <translation>Die Angebotsdatenbank war beschädigt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="85"/>
        <source>The quote was not saved</source>
        <translation>Das Angebot wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="87"/>
        <source>There is no valid quote to save yet. Correct the highlighted input first.</source>
        <translation>Es gibt noch kein gültiges Angebot zum Speichern. Bitte zuerst die markierte Eingabe korrigieren.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="92"/>
        <source>Enter the client&apos;s name first: a saved quote is always for a client.</source>
        <translation>Bitte zuerst den Namen des Kunden eingeben: Ein gespeichertes Angebot gehört immer zu einem Kunden.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="104"/>
        <source>Saved as quote {number}: it replaces {old}, which was already sent and stays as it was.</source>
        <translation>Als Angebot {number} gespeichert: Es ersetzt {old}, das bereits versandt war und unverändert bleibt.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="108"/>
        <source>Quote {number} saved.</source>
        <translation>Angebot {number} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="110"/>
        <source>Saved as quote {number}.</source>
        <translation>Gespeichert als Angebot {number}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="126"/>
        <source>Quote {number} reopened.</source>
        <translation>Angebot {number} wieder geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="139"/>
        <source>Pricing it again from its saved tariff gives another result than saved: the saved one is kept.</source>
        <translation>Eine Neuberechnung mit dem gespeicherten Tarif ergibt ein anderes Ergebnis als gespeichert: Das gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="148"/>
        <source>A copy of {number}: save it to give it a number of its own.</source>
        <translation>Eine Kopie von {number}: Speichern Sie sie, um ihr eine eigene Nummer zu geben.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="158"/>
        <source>The quote cannot be shown in the form</source>
        <translation>Das Angebot kann nicht im Formular angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="159"/>
        <source>{error}

The installed tariffs no longer allow this request; the saved quote itself is unchanged.</source>
        <translation>{error}

Die installierten Tarife lassen diese Anfrage nicht mehr zu; das gespeicherte Angebot selbst bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="173"/>
        <source>The quote cannot be reopened</source>
        <translation>Das Angebot kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="206"/>
        <source>The draft could not be kept: {error}</source>
        <translation>Der Entwurf konnte nicht gesichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="222"/>
        <source>The quote you were typing when premiumcalc stopped was restored.</source>
        <translation>Das Angebot, das Sie eingaben, als premiumcalc beendet wurde, wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="240"/>
        <source>&amp;Save quote</source>
        <translation>&amp;Angebot speichern</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="241"/>
        <source>Save the quote: a new one or a draft under its number, a sent one under a new number</source>
        <translation>Das Angebot speichern: ein neues oder einen Entwurf unter seiner Nummer, ein versandtes unter einer neuen Nummer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="243"/>
        <source>E&amp;xport database…</source>
        <translation>Datenbank e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="244"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_actions.py" line="247"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="112"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="112"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="112"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="112"/>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="113"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="113"/>
        <source>Gross per year</source>
        <translation>Brutto pro Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="144"/>
        <source>referred</source>
        <translation>zur Prüfung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="145"/>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="149"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="147"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="147"/>
        <source>sent</source>
        <translation>versendet</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_model.py" line="148"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="189"/>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="192"/>
        <source>The quote was not saved</source>
        <translation>Das Angebot wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="193"/>
        <source>{error}

The quote stays in the window; try again when the problem is solved.</source>
        <translation>{error}

Das Angebot bleibt im Fenster; versuchen Sie es erneut, wenn das Problem behoben ist.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="217"/>
        <source>The status was not changed</source>
        <translation>Der Status wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="227"/>
        <source>The quotes were not deleted</source>
        <translation>Die Angebote wurden nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="242"/>
        <source>The quotes were not restored</source>
        <translation>Die Angebote wurden nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="257"/>
        <source>Export quotes</source>
        <translation>Angebote exportieren</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="267"/>
        <source>The quotes were not exported</source>
        <translation>Die Angebote wurden nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="269"/>
        <source>%n quote(s) exported to {file}</source>
        <translation>
            <numerusform>%n Angebot nach {file} exportiert</numerusform>
            <numerusform>%n Angebote nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="278"/>
        <source>Export database</source>
        <translation>Datenbank exportieren</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="280"/>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="303"/>
        <source>Quote databases (*.db)</source>
        <translation>Angebotsdatenbanken (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="287"/>
        <source>The database was not exported</source>
        <translation>Die Datenbank wurde nicht exportiert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="289"/>
        <source>Database exported to {file}</source>
        <translation>Datenbank exportiert nach {file}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="299"/>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="302"/>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="309"/>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="316"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="313"/>
        <source>Replace all saved quotes with the backup of {date} ({count} quotes)?

The quotes saved now are first copied into the backups folder.</source>
        <translation>Alle gespeicherten Angebote durch die Sicherung vom {date} ({count} Angebote) ersetzen?

Die jetzt gespeicherten Angebote werden zuvor in den Sicherungsordner kopiert.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="322"/>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="328"/>
        <source>Backup of {date} restored ({count} quotes).</source>
        <translation>Sicherung vom {date} wiederhergestellt ({count} Angebote).</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="343"/>
        <source>The quote cannot be opened</source>
        <translation>Das Angebot kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="352"/>
        <source>Mark as</source>
        <translation>Markieren als</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="363"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="363"/>
        <source>sent</source>
        <translation>versendet</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="364"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="364"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="384"/>
        <source>%n quote(s) deleted</source>
        <translation>
            <numerusform>%n Angebot gelöscht</numerusform>
            <numerusform>%n Angebote gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="387"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="389"/>
        <source>Client, quote number, profession or date (2026-11-25)</source>
        <translation>Kunde, Angebotsnummer, Beruf oder Datum (2026-11-25)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="390"/>
        <source>Search saved quotes</source>
        <translation>Gespeicherte Angebote durchsuchen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="391"/>
        <source>Saved quotes</source>
        <translation>Gespeicherte Angebote</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="392"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="393"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="394"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="395"/>
        <source>&amp;Export (Excel, CSV)…</source>
        <translation>&amp;Exportieren (Excel, CSV) …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/history_tab.py" line="396"/>
        <source>U&amp;ndo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="180"/>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="275"/>
        <source>Impact on saved quotes</source>
        <translation>Auswirkung auf gespeicherte Angebote</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="181"/>
        <source>Pricing the saved quotes…</source>
        <translation>Die gespeicherten Angebote werden neu berechnet …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="193"/>
        <source>Pricing the saved quotes… {n} so far</source>
        <translation>Die gespeicherten Angebote werden neu berechnet … bisher {n}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="271"/>
        <source>valid from {first}</source>
        <translation>gültig ab {first}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="273"/>
        <source>valid from {first} to {last}</source>
        <translation>gültig vom {first} bis {last}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="277"/>
        <source>Impact of {insurer} – {product} ({id}) version {version}, {period}, on the saved quotes with a start of cover in that period</source>
        <translation>Auswirkung von {insurer} – {product} ({id}) Version {version}, {period}, auf die gespeicherten Angebote mit Versicherungsbeginn in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="283"/>
        <source>Saved quotes affected:</source>
        <translation>Betroffene gespeicherte Angebote:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="284"/>
        <source>Rising:</source>
        <translation>Steigend:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="285"/>
        <source>Falling:</source>
        <translation>Sinkend:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="286"/>
        <source>Unchanged:</source>
        <translation>Unverändert:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="287"/>
        <source>Not quoted both times:</source>
        <translation>Nicht beide Male angeboten:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="288"/>
        <source>Total difference:</source>
        <translation>Differenz gesamt:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="295"/>
        <source>No saved quote of {id} has a start of cover in this period.</source>
        <translation>Kein gespeichertes Angebot von {id} hat einen Versicherungsbeginn in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="297"/>
        <source>&amp;Export (Excel, CSV)…</source>
        <translation>&amp;Exportieren (Excel, CSV) …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="314"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="329"/>
        <source>The file was not written: {0}</source>
        <translation>Die Datei wurde nicht geschrieben: {0}</translation>
    </message>
</context>
<context>
    <name>ImpactModel</name>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="101"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="101"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="101"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="101"/>
        <source>Old status</source>
        <translation>Status alt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="102"/>
        <source>New status</source>
        <translation>Status neu</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="102"/>
        <source>Old gross</source>
        <translation>Brutto alt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="102"/>
        <source>New gross</source>
        <translation>Brutto neu</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="103"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="103"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="103"/>
        <source>Changed steps</source>
        <translation>Geänderte Schritte</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="107"/>
        <source>quoted</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="107"/>
        <source>referred</source>
        <translation>zur Prüfung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="108"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/impact_dialog.py" line="108"/>
        <source>not accepted</source>
        <translation>nicht zulässig</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="295"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="296"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="297"/>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="298"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="299"/>
        <source>&amp;New quote</source>
        <translation>&amp;Neues Angebot</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="300"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="301"/>
        <source>&amp;Broker profile…</source>
        <translation>&amp;Maklerprofil …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="302"/>
        <source>premiumcalc &amp;help</source>
        <translation>&amp;Hilfe zu premiumcalc</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="303"/>
        <source>&amp;About premiumcalc</source>
        <translation>Ü&amp;ber premiumcalc</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="305"/>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="306"/>
        <source>Rating worksheet</source>
        <translation>Berechnungsweg</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="307"/>
        <source>Coverage</source>
        <translation>Deckungsumfang</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="308"/>
        <source>Claim scenarios</source>
        <translation>Schadenbeispiele</translation>
    </message>
</context>
<context>
    <name>MarketView</name>
    <message>
        <location filename="../../src/premiumcalc/gui/market_view.py" line="64"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/market_view.py" line="65"/>
        <source>Save &amp;comparison as PDF…</source>
        <translation>&amp;Vergleich als PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/market_view.py" line="66"/>
        <source>Write the market comparison as a PDF file</source>
        <translation>Den Marktvergleich als PDF-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/market_view.py" line="67"/>
        <source>&amp;Tariffs…</source>
        <translation>&amp;Tarife …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/market_view.py" line="68"/>
        <source>List, import and remove tariff files</source>
        <translation>Tarifdateien anzeigen, importieren und entfernen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/market_view.py" line="102"/>
        <source>Comparison PDF</source>
        <translation>Vergleichs-PDF</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/market_view.py" line="107"/>
        <source>There is nothing to compare yet. Correct the highlighted input first.</source>
        <translation>Es gibt noch nichts zu vergleichen. Korrigieren Sie zuerst die markierte Eingabe.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/market_view.py" line="113"/>
        <source>The broker profile cannot be read, so the letterhead would be wrong:
{0}

Correct it under Tools → Broker profile.</source>
        <translation>Das Maklerprofil kann nicht gelesen werden, der Briefkopf wäre falsch:
{0}

Korrigieren Sie es unter Extras → Maklerprofil.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/market_view.py" line="130"/>
        <source>The PDF could not be made: {0}</source>
        <translation>Das PDF konnte nicht erstellt werden: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/market_view.py" line="139"/>
        <source>Save comparison as PDF</source>
        <translation>Vergleich als PDF speichern</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../src/premiumcalc/gui/matrix_view.py" line="164"/>
        <source>referred</source>
        <translation>zur Prüfung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/matrix_view.py" line="164"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/matrix_view.py" line="167"/>
        <source>Cover {cover}, deductible {deductible}</source>
        <translation>Deckung {cover}, SB {deductible}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/matrix_view.py" line="175"/>
        <source>{amount} a year less than the request on show</source>
        <translation>{amount} pro Jahr weniger als die angezeigte Anfrage</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/matrix_view.py" line="177"/>
        <source>{amount} a year more than the request on show</source>
        <translation>{amount} pro Jahr mehr als die angezeigte Anfrage</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/matrix_view.py" line="182"/>
        <source>Premium matri&amp;x for:</source>
        <translation>Beitrags&amp;matrix für:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/matrix_view.py" line="183"/>
        <source>Tariff of the premium matrix</source>
        <translation>Tarif der Beitragsmatrix</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/matrix_view.py" line="185"/>
        <source>Gross premium per year by cover per claim (rows) and deductible (columns), the rest of the request unchanged. The highlighted cell is the request on show; double-click a cell (or press Enter on it) to take its cover and deductible into the quote.</source>
        <translation>Bruttobeitrag pro Jahr nach Deckungssumme (Zeilen) und Selbstbeteiligung (Spalten), die übrige Anfrage unverändert. Die hervorgehobene Zelle ist die angezeigte Anfrage; ein Doppelklick auf eine Zelle (oder Enter) übernimmt ihre Deckungssumme und Selbstbeteiligung ins Angebot.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/matrix_view.py" line="189"/>
        <source>Premium matrix</source>
        <translation>Beitragsmatrix</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/premiumcalc/gui/messages.py" line="20"/>
        <source>The quote database {path} could not be read ({reason}). It was kept as {kept} in the same folder and a new, empty database was started. Earlier copies are in {backups}.</source>
        <translation>Die Angebotsdatenbank {path} konnte nicht gelesen werden ({reason}). Sie wurde als {kept} im selben Ordner aufbewahrt, und eine neue, leere Datenbank wurde angelegt. Frühere Kopien liegen in {backups}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/messages.py" line="34"/>
        <source>The broker profile {path} cannot be read: {reason}.</source>
        <translation>Das Maklerprofil {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/messages.py" line="39"/>
        <source>The broker profile {path} is not a valid profile file: there is a mistake at line {line}, column {column}.</source>
        <translation>Das Maklerprofil {path} ist keine gültige Profildatei: Fehler in Zeile {line}, Spalte {column}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/messages.py" line="42"/>
        <source>The broker profile {path} is not a valid profile file.</source>
        <translation>Das Maklerprofil {path} ist keine gültige Profildatei.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/messages.py" line="46"/>
        <source>The broker profile {path} has a field “{field}” that a profile does not have (check the spelling).</source>
        <translation>Das Maklerprofil {path} hat ein Feld „{field}“, das ein Profil nicht hat (prüfen Sie die Schreibweise).</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/messages.py" line="49"/>
        <source>The broker profile {path} has a value in the field “{field}” that is not allowed: {reason}</source>
        <translation>Das Maklerprofil {path} hat im Feld „{field}“ einen unzulässigen Wert: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/messages.py" line="60"/>
        <source>The field “{field}” has a value that is not allowed: {reason}</source>
        <translation>Das Feld „{field}“ hat einen unzulässigen Wert: {reason}</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="105"/>
        <source>Enter an amount, e.g. {examples}</source>
        <translation>Geben Sie einen Betrag ein, z. B. {examples}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="106"/>
        <source>Enter the annual revenue, e.g. {examples}</source>
        <translation>Jahresumsatz eingeben, z. B. {examples}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="109"/>
        <source>Only digits, “{group}” between thousands and “{dec}” before the cents are allowed (no signs, letters or exponents)</source>
        <translation>Erlaubt sind nur Ziffern, „{group}“ zwischen den Tausendern und „{dec}“ vor den Cent (keine Vorzeichen, Buchstaben oder Exponenten)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="113"/>
        <source>At most two decimals (cents) are allowed</source>
        <translation>Höchstens zwei Nachkommastellen (Cent) sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="116"/>
        <source>This amount is too large</source>
        <translation>Dieser Betrag ist zu groß</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="117"/>
        <source>This amount is too large for an annual revenue</source>
        <translation>Dieser Betrag ist als Jahresumsatz zu groß</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="119"/>
        <source>Not an amount: use “{group}” only between groups of three digits and “{dec}” before the cents, e.g. {examples}</source>
        <translation>Kein Betrag: „{group}“ nur zwischen Dreiergruppen von Ziffern und „{dec}“ vor den Cent, z. B. {examples}</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="119"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="120"/>
        <source>Write the quote as a PDF file</source>
        <translation>Das Angebot als PDF-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="121"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="122"/>
        <source>Print the quote</source>
        <translation>Das Angebot drucken</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="123"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Seitenansicht …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="124"/>
        <source>Show the printed pages</source>
        <translation>Die gedruckten Seiten zeigen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="144"/>
        <source>Quote PDF</source>
        <translation>Angebots-PDF</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="148"/>
        <source>There is no valid quote to print yet. Correct the highlighted input first.</source>
        <translation>Es gibt noch kein gültiges Angebot zum Drucken. Korrigieren Sie zuerst die markierte Eingabe.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="154"/>
        <source>The broker profile cannot be read, so the letterhead would be wrong:
{0}

Correct it under Tools → Broker profile.</source>
        <translation>Das Maklerprofil kann nicht gelesen werden, der Briefkopf wäre falsch:
{0}

Korrigieren Sie es unter Extras → Maklerprofil.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="168"/>
        <source>The PDF could not be made: {0}</source>
        <translation>Das PDF konnte nicht erstellt werden: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="182"/>
        <source>Save quote as PDF</source>
        <translation>Angebot als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="198"/>
        <source>Print quote</source>
        <translation>Angebot drucken</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="211"/>
        <source>Print preview</source>
        <translation>Seitenansicht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="219"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/printing.py" line="219"/>
        <source>Printing failed: {0}</source>
        <translation>Drucken fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="47"/>
        <source>Broker profile</source>
        <translation>Maklerprofil</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="58"/>
        <source>Broker (§ 34d (1) GewO)</source>
        <translation>Versicherungsmakler (§ 34d Abs. 1 GewO)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="59"/>
        <source>Tied agent (§ 34d (7) GewO)</source>
        <translation>Gebundener Vertreter (§ 34d Abs. 7 GewO)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="61"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="62"/>
        <source>Choose a logo file</source>
        <translation>Logodatei wählen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="69"/>
        <source>Broker name</source>
        <translation>Name des Maklers</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="70"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="70"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="71"/>
        <source>&amp;Address:</source>
        <translation>&amp;Anschrift:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="71"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="72"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="72"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="73"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="73"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="74"/>
        <source>&amp;Register number:</source>
        <translation>&amp;Registernummer:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="74"/>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="75"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="82"/>
        <source>&amp;Logo (PNG or JPEG):</source>
        <translation>&amp;Logo (PNG oder JPEG):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="84"/>
        <source>Logo file</source>
        <translation>Logodatei</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="103"/>
        <source>Saving keeps the broken file as {backup}.</source>
        <translation>Beim Speichern bleibt die defekte Datei als {backup} erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="135"/>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="136"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="145"/>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="154"/>
        <source>The profile could not be saved: {error}</source>
        <translation>Das Profil konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>QuestionsBox</name>
    <message>
        <location filename="../../src/premiumcalc/gui/questions_box.py" line="62"/>
        <source>Risk questions</source>
        <translation>Risikofragen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/questions_box.py" line="63"/>
        <source>Tick “Yes” where the client answers yes (default: no). The answers are the client&apos;s disclosure before the contract.</source>
        <translation>Kreuzen Sie „Ja“ an, wo der Kunde mit Ja antwortet (sonst: Nein). Die Antworten sind die vorvertragliche Anzeige des Kunden.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/questions_box.py" line="69"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/questions_box.py" line="71"/>
        <source>Checked: yes. Unchecked: no.</source>
        <translation>Angekreuzt: Ja. Nicht angekreuzt: Nein.</translation>
    </message>
</context>
<context>
    <name>RecentQuotes</name>
    <message>
        <location filename="../../src/premiumcalc/gui/recent_quotes.py" line="85"/>
        <source>No quotes reopened or saved yet</source>
        <translation>Noch keine Angebote geöffnet oder gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/recent_quotes.py" line="90"/>
        <source>Recen&amp;t quotes</source>
        <translation>&amp;Zuletzt geöffnete Angebote</translation>
    </message>
</context>
<context>
    <name>ReferenceForm</name>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="83"/>
        <source>Not an amount: it is left out of the comparison</source>
        <translation>Kein Betrag: er bleibt beim Vergleich unberücksichtigt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="88"/>
        <source>Client&apos;s current contract (reference)</source>
        <translation>Bestehender Vertrag des Kunden (Referenz)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="90"/>
        <source>Insurer:</source>
        <translation>Versicherer:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="91"/>
        <source>Gross pre&amp;mium per year (€):</source>
        <translation>&amp;Jahresbeitrag brutto (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="92"/>
        <source>Cover per claim (€):</source>
        <translation>Deckungssumme (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="93"/>
        <source>Deductible (€):</source>
        <translation>Selbstbeteiligung (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="94"/>
        <source>Lost &amp;keys limit (€):</source>
        <translation>L&amp;imit Schlüsselverlust (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="95"/>
        <source>&amp;General liability limit (€):</source>
        <translation>Limit Betriebshaft&amp;pflicht (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="96"/>
        <source>&amp;Cyber limit (€):</source>
        <translation>Limit C&amp;yber (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="104"/>
        <source>e.g. the insurer on the client&apos;s policy</source>
        <translation>z. B. der Versicherer laut Police des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/reference_form.py" line="105"/>
        <source>Clear reference</source>
        <translation>Referenz leeren</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="292"/>
        <source>The address has room for at most {lines} lines of at most {chars} characters; the last change was not taken.</source>
        <translation>Die Anschrift hat Platz für höchstens {lines} Zeilen mit höchstens {chars} Zeichen; die letzte Änderung wurde nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="339"/>
        <source>none (0 €)</source>
        <translation>keine (0 €)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="342"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/premiumcalc/gui/request_form.py" line="342"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="344"/>
        <source>Annually</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="344"/>
        <source>Half-yearly</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="345"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="345"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="348"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="348"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="410"/>
        <source>included</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="420"/>
        <source>Price for this request: {price} a year (net, before discounts)</source>
        <translation>Preis für diese Anfrage: {price} im Jahr (netto, vor Nachlässen)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="422"/>
        <source>Price of {module}</source>
        <translation>Preis für {module}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="439"/>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="458"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="440"/>
        <source>Business</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="441"/>
        <source>Cover</source>
        <translation>Deckung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="442"/>
        <source>Modules (price a year, net before discounts)</source>
        <translation>Bausteine (Preis im Jahr, netto vor Nachlässen)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="443"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="444"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="449"/>
        <source>&amp;Profession:</source>
        <translation>&amp;Beruf:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="449"/>
        <source>Tar&amp;iff:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="450"/>
        <source>Annual &amp;revenue (€):</source>
        <translation>Jahres&amp;umsatz (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="450"/>
        <source>Prior c&amp;laims (5 years):</source>
        <translation>&amp;Vorschäden (5 Jahre):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="451"/>
        <source>C&amp;over per claim:</source>
        <translation>De&amp;ckungssumme:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="451"/>
        <source>&amp;Deductible:</source>
        <translation>&amp;Selbstbeteiligung:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="452"/>
        <source>T&amp;erm:</source>
        <translation>Lau&amp;fzeit:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="452"/>
        <source>Start of &amp;cover:</source>
        <translation>Versicherungsbe&amp;ginn:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="453"/>
        <source>Pa&amp;yment:</source>
        <translation>&amp;Zahlweise:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="454"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="454"/>
        <source>Client &amp;name:</source>
        <translation>&amp;Name des Kunden:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="455"/>
        <source>Client &amp;address:</source>
        <translation>Anschrift des &amp;Kunden:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="458"/>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="459"/>
        <source>Annual revenue in euros</source>
        <translation>Jahresumsatz in Euro</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="460"/>
        <source>Prior claims in the last 5 years</source>
        <translation>Vorschäden in den letzten 5 Jahren</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="461"/>
        <source>Cover per claim</source>
        <translation>Deckungssumme je Schaden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="461"/>
        <source>Deductible per claim</source>
        <translation>Selbstbeteiligung je Schaden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="462"/>
        <source>Contract term</source>
        <translation>Vertragslaufzeit</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="462"/>
        <source>Start of cover</source>
        <translation>Versicherungsbeginn</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="463"/>
        <source>Payment frequency</source>
        <translation>Zahlweise</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="464"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="464"/>
        <source>Client name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="465"/>
        <source>Client address</source>
        <translation>Anschrift des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="481"/>
        <source>&amp;Start-up (founded less than 24 months ago)</source>
        <translation>E&amp;xistenzgründer (Gründung vor weniger als 24 Monaten)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="482"/>
        <source>Start-up</source>
        <translation>Existenzgründer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="485"/>
        <source>Revenue problem</source>
        <translation>Problem beim Umsatz</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="486"/>
        <source>Address problem</source>
        <translation>Problem mit der Anschrift</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="487"/>
        <source>Name of the client or company</source>
        <translation>Name des Kunden oder der Firma</translation>
    </message>
</context>
<context>
    <name>RequirementRow</name>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="97"/>
        <source>Number of months</source>
        <translation>Anzahl Monate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="98"/>
        <source>Number of years</source>
        <translation>Anzahl Jahre</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="120"/>
        <source>enter a whole number of months, e.g. 60</source>
        <translation>eine ganze Zahl von Monaten eingeben, z. B. 60</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="122"/>
        <source>enter a whole number of years, e.g. 5</source>
        <translation>eine ganze Zahl von Jahren eingeben, z. B. 5</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="124"/>
        <source>enter a whole amount in euros, e.g. {example}</source>
        <translation>einen ganzen Betrag in Euro eingeben, z. B. {example}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="143"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="145"/>
        <source>Remove requirement: {name}</source>
        <translation>Anforderung entfernen: {name}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="146"/>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="97"/>
        <source>Amount in euros</source>
        <extracomment>The number a new row starts with, by requirement id (the broker overtypes it).</extracomment>
        <translation>Betrag in Euro</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="26"/>
        <source>Worldwide (USA and Canada)</source>
        <translation>Weltweit (USA und Kanada)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="20"/>
        <source>Cover per claim at least (€)</source>
        <translation>Deckungssumme je Schaden mindestens (€)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="21"/>
        <source>Annual aggregate at least (€)</source>
        <translation>Jahreshöchstleistung mindestens (€)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="22"/>
        <source>General liability at least (€)</source>
        <translation>Betriebshaftpflicht mindestens (€)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="23"/>
        <source>Lost keys and code cards at least (€)</source>
        <translation>Schlüssel und Codekarten mindestens (€)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="24"/>
        <source>Cyber at least (€)</source>
        <translation>Cyber mindestens (€)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="25"/>
        <source>Delay damages at least (€)</source>
        <translation>Verzugsschäden mindestens (€)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="27"/>
        <source>Contractual penalties at least (€)</source>
        <translation>Vertragsstrafen mindestens (€)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="29"/>
        <source>Prior acts at least (months)</source>
        <translation>Rückwärtsdeckung mindestens (Monate)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="30"/>
        <source>Run-off at least (years)</source>
        <translation>Nachhaftung mindestens (Jahre)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="31"/>
        <source>Deductible at most (€)</source>
        <translation>Selbstbeteiligung höchstens (€)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="32"/>
        <source>Gross premium per year at most (€)</source>
        <translation>Bruttoprämie pro Jahr höchstens (€)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="39"/>
        <source>Cover per claim</source>
        <translation>Deckungssumme je Schaden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="40"/>
        <source>Annual aggregate</source>
        <translation>Jahreshöchstleistung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="41"/>
        <source>General liability</source>
        <translation>Betriebshaftpflicht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="42"/>
        <source>Lost keys</source>
        <translation>Schlüsselverlust</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="43"/>
        <source>Cyber</source>
        <translation>Cyber</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="44"/>
        <source>Delay damages</source>
        <translation>Verzugsschäden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="45"/>
        <source>Worldwide</source>
        <translation>Weltweit</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="46"/>
        <source>Contractual penalties</source>
        <translation>Vertragsstrafen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="47"/>
        <source>Prior acts</source>
        <translation>Rückwärtsdeckung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="48"/>
        <source>Run-off</source>
        <translation>Nachhaftung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="49"/>
        <source>Deductible</source>
        <translation>Selbstbeteiligung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="50"/>
        <source>Gross premium</source>
        <translation>Bruttoprämie</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="63"/>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="64"/>
        <source>{n} months</source>
        <translation>{n} Monate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="69"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="70"/>
        <source>{n} years</source>
        <translation>{n} Jahre</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="74"/>
        <source>not stated by the tariff</source>
        <translation>im Tarif nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="92"/>
        <source>not quoted</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="93"/>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="97"/>
        <source>not in the cover</source>
        <translation>nicht im Versicherungsschutz</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="96"/>
        <source>in the cover</source>
        <translation>im Versicherungsschutz</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="101"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="116"/>
        <source>add {module} for +{price}</source>
        <translation>mit {module} für +{price}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirement_texts.py" line="128"/>
        <source>{name}: {offered} (required {required})</source>
        <translation>{name}: {offered} (gefordert {required})</translation>
    </message>
</context>
<context>
    <name>RequirementsEditor</name>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="256"/>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="257"/>
        <source>No requirements: add what the client needs (e.g. from a project contract); the Compare tab checks every tariff against it.</source>
        <translation>Keine Anforderungen: Fügen Sie hinzu, was der Kunde braucht (z. B. aus einem Projektvertrag); der Tab Vergleich prüft jeden Tarif dagegen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="260"/>
        <source>Add require&amp;ment</source>
        <translation>Anf&amp;orderung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/requirements_editor.py" line="261"/>
        <source>Add a requirement of the client</source>
        <translation>Eine Anforderung des Kunden hinzufügen</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="104"/>
        <source>Out of date: the figures below are for the last valid input. Correct the highlighted input “{field}” to see the current premium.</source>
        <translation>Veraltet: Die Zahlen unten gelten für die letzte gültige Eingabe. Korrigieren Sie die markierte Eingabe „{field}“, um den aktuellen Beitrag zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="114"/>
        <source>Quote for {name}</source>
        <translation>Angebot für {name}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="122"/>
        <source>No tariff could be loaded.</source>
        <translation>Es konnte kein Tarif geladen werden.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="131"/>
        <source>{insurer} · {product} · tariff version {version} · start of cover {start}</source>
        <translation>{insurer} · {product} · Tarifversion {version} · Versicherungsbeginn {start}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="136"/>
        <source>Not insurable in this tariff</source>
        <translation>In diesem Tarif nicht versicherbar</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="138"/>
        <source>Referred: the insurer&apos;s underwriters decide on this request</source>
        <translation>Zur Risikoprüfung: Über diese Anfrage entscheidet der Versicherer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="152"/>
        <source>Once a year</source>
        <translation>Einmal im Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="152"/>
        <source>First half-yearly instalment</source>
        <translation>Erste Halbjahresrate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="153"/>
        <source>First quarterly instalment</source>
        <translation>Erste Vierteljahresrate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="153"/>
        <source>First monthly instalment</source>
        <translation>Erste Monatsrate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="154"/>
        <source>First instalment</source>
        <translation>Erste Rate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="158"/>
        <source>then {count} × {amount}</source>
        <translation>danach {count} × {amount}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="161"/>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="176"/>
        <source>Gross premium per year</source>
        <translation>Bruttoprämie pro Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="163"/>
        <source>Net premium per year</source>
        <translation>Nettoprämie pro Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="167"/>
        <source>Payment surcharge ({rate})</source>
        <translation>Ratenzuschlag ({rate})</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="171"/>
        <source>Insurance tax ({rate}, {country})</source>
        <translation>Versicherungsteuer ({rate}, {country})</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="174"/>
        <source>The tariff&apos;s minimum premium applies.</source>
        <translation>Es gilt die Mindestprämie des Tarifs.</translation>
    </message>
</context>
<context>
    <name>ScenariosView</name>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="187"/>
        <source>What the cover configured on the left pays for typical claims. Ticked scenarios are included in the quote.</source>
        <translation>Was die links gewählte Deckung bei typischen Schäden zahlt. Angehakte Beispiele kommen ins Angebot.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="189"/>
        <source>Claim scenarios are evaluated once the request can be quoted.</source>
        <translation>Die Schadenbeispiele werden bewertet, sobald die Anfrage berechnet werden kann.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="203"/>
        <source>✓ Covered by {part}: damage {damage}, limit {limit}, deductible {deductible}, estimated payout {payout}</source>
        <translation>✓ Versichert über {part}: Schaden {damage}, Höchstbetrag {limit}, Selbstbeteiligung {deductible}, geschätzte Leistung {payout}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="209"/>
        <source>✗ Not covered: damage {damage}, payout {payout}</source>
        <translation>✗ Nicht versichert: Schaden {damage}, Leistung {payout}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="221"/>
        <source>Claim scenarios</source>
        <translation>Schadenbeispiele</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="222"/>
        <source>&amp;Damage (€):</source>
        <translation>Schadenh&amp;öhe (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="228"/>
        <source>Damage of “{title}” in euros</source>
        <translation>Schadenhöhe von „{title}“ in Euro</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="230"/>
        <source>The catalogue&apos;s example is {amount}; enter the client&apos;s own figure.</source>
        <translation>Das Beispiel des Katalogs ist {amount}; geben Sie den eigenen Betrag des Kunden ein.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="235"/>
        <source>Include “{title}” in the quote</source>
        <translation>„{title}“ ins Angebot aufnehmen</translation>
    </message>
</context>
<context>
    <name>StartEdit</name>
    <message>
        <location filename="../../src/premiumcalc/gui/start_edit.py" line="26"/>
        <source>{version} from {start}</source>
        <translation>{version} ab {start}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/start_edit.py" line="28"/>
        <source>{version} from {start} to {until}</source>
        <translation>{version} vom {start} bis {until}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/start_edit.py" line="86"/>
        <source>This tariff has no version valid for a start on {start} ({versions}).</source>
        <translation>Dieser Tarif hat keine Version, die für einen Beginn am {start} gilt ({versions}).</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/start_edit.py" line="93"/>
        <source>Start of cover</source>
        <translation>Versicherungsbeginn</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/start_edit.py" line="94"/>
        <source>Start of cover problem</source>
        <translation>Problem beim Versicherungsbeginn</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../src/premiumcalc/gui/table_export.py" line="15"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/table_export.py" line="16"/>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV für Excel, Semikolons (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/table_export.py" line="17"/>
        <source>CSV for programs, commas (*.csv)</source>
        <translation>CSV für Programme, Kommas (*.csv)</translation>
    </message>
</context>
<context>
    <name>TariffBanner</name>
    <message>
        <location filename="../../src/premiumcalc/gui/tariff_banner.py" line="64"/>
        <source>Tariffs…</source>
        <translation>Tarife …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariff_banner.py" line="65"/>
        <location filename="../../src/premiumcalc/gui/tariff_banner.py" line="66"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariff_banner.py" line="75"/>
        <source>(and {0} more problems: see Tariffs…)</source>
        <translation>(und {0} weitere Probleme: siehe Tarife …)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariff_banner.py" line="79"/>
        <source>… and {0} more files</source>
        <translation>… und {0} weitere Dateien</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/premiumcalc/gui/tariff_banner.py" line="81"/>
        <source>%n tariff file(s) could not be loaded; the other tariffs work:</source>
        <translation>
            <numerusform>%n Tarifdatei konnte nicht geladen werden; die anderen Tarife funktionieren:</numerusform>
            <numerusform>%n Tarifdateien konnten nicht geladen werden; die anderen Tarife funktionieren:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TariffsDialog</name>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="102"/>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="104"/>
        <source>added, replaces the bundled one</source>
        <translation>hinzugefügt, ersetzt den mitgelieferten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="105"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="116"/>
        <source>cannot be loaded</source>
        <translation>kann nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="152"/>
        <source>Import tariff file</source>
        <translation>Tarifdatei importieren</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="156"/>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="250"/>
        <source>Tariff files (*.toml);;All files (*)</source>
        <translation>Tarifdateien (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="166"/>
        <source>{file} is not a valid tariff file, so nothing was imported. Problems found (file: field: problem):</source>
        <translation>{file} ist keine gültige Tarifdatei, daher wurde nichts importiert. Gefundene Probleme (Datei: Feld: Problem):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="172"/>
        <source>This very file is installed already: {file}</source>
        <translation>Genau diese Datei ist bereits installiert: {file}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="183"/>
        <source>The tariff was not imported: {0}</source>
        <translation>Der Tarif wurde nicht importiert: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="193"/>
        <source>The tariff folder already holds a file named {name}.</source>
        <translation>Im Tarifordner liegt bereits eine Datei namens {name}.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="198"/>
        <source>The tariff {id} is bundled in version {old}; the imported version {new} replaces it while the file is installed.</source>
        <translation>Der Tarif {id} ist in Version {old} mitgeliefert; die importierte Version {new} ersetzt ihn, solange die Datei installiert ist.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="203"/>
        <source>The tariff {id} is installed in version {old} from {file}; that file is removed and version {new} used instead.</source>
        <translation>Der Tarif {id} ist in Version {old} aus {file} installiert; diese Datei wird entfernt und stattdessen Version {new} verwendet.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="208"/>
        <source>Import {file} anyway?</source>
        <translation>{file} trotzdem importieren?</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="219"/>
        <source>Remove the tariff {what}?

The file {file} is deleted from the tariff folder ({folder}).</source>
        <translation>Den Tarif {what} entfernen?

Die Datei {file} wird aus dem Tarifordner ({folder}) gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="223"/>
        <source>The bundled version of this tariff is used again.</source>
        <translation>Die mitgelieferte Version dieses Tarifs wird wieder verwendet.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="224"/>
        <source>Remove tariff</source>
        <translation>Tarif entfernen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="232"/>
        <source>The tariff was not removed: {0}</source>
        <translation>Der Tarif wurde nicht entfernt: {0}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="265"/>
        <source>Impact on saved quotes</source>
        <translation>Auswirkung auf gespeicherte Angebote</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="269"/>
        <source>The saved quotes are not open, so there is nothing to assess.</source>
        <translation>Die gespeicherten Angebote sind nicht geöffnet; es gibt nichts zu bewerten.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="297"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="316"/>
        <source>Tariffs</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="318"/>
        <source>The tariffs premiumcalc prices with. Add an insurer by importing its tariff file (see docs/tariff-format.md); it is checked first and copied into {folder}. Only added files can be removed.</source>
        <translation>Die Tarife, mit denen premiumcalc rechnet. Einen Versicherer fügen Sie hinzu, indem Sie seine Tarifdatei importieren (siehe docs/tariff-format.md); sie wird zuerst geprüft und dann nach {folder} kopiert. Nur hinzugefügte Dateien lassen sich entfernen.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="322"/>
        <source>Insurer</source>
        <translation>Versicherer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="322"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="322"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="322"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="323"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="323"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="323"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="324"/>
        <source>&amp;Import tariff file…</source>
        <translation>Tarifdatei &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="325"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="326"/>
        <source>Impact on &amp;saved quotes…</source>
        <translation>Auswirkung auf &amp;gespeicherte Angebote …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="327"/>
        <source>&amp;Differences…</source>
        <translation>&amp;Unterschiede …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/tariffs_dialog.py" line="329"/>
        <source>Every difference between the selected version and a tariff file</source>
        <translation>Jeder Unterschied zwischen der gewählten Version und einer Tarifdatei</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location filename="../../src/premiumcalc/gui/unsaved.py" line="44"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/unsaved.py" line="45"/>
        <source>The quote on show has changes that are not saved.</source>
        <translation>Das angezeigte Angebot hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/unsaved.py" line="51"/>
        <source>Save them as a quote first?</source>
        <translation>Zuerst als Angebot speichern?</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/unsaved.py" line="53"/>
        <source>Without a quote database they cannot be saved as a quote. Discard them?</source>
        <translation>Ohne Angebotsdatenbank können sie nicht als Angebot gespeichert werden. Verwerfen?</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/unsaved.py" line="56"/>
        <source>&amp;Save quote</source>
        <translation>Angebot &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/unsaved.py" line="57"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/unsaved.py" line="58"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>WorksheetTable</name>
    <message>
        <location filename="../../src/premiumcalc/gui/worksheet_table.py" line="41"/>
        <source>No premium: this request is not quoted (the reasons are shown above).</source>
        <translation>Keine Prämie: Diese Anfrage wird nicht berechnet (die Gründe stehen oben).</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/worksheet_table.py" line="71"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/worksheet_table.py" line="71"/>
        <source>Calculation</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/worksheet_table.py" line="71"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/worksheet_table.py" line="72"/>
        <source>Rating worksheet</source>
        <translation>Berechnungsweg</translation>
    </message>
</context>
</TS>
