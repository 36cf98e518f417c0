<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="21" />
        <source>{insurer} – {product}: version {version}, valid from {date}</source>
        <translation>{insurer} – {product}: Version {version}, gültig ab {date}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="22" />
        <source>Offline premium calculator for professional indemnity insurance of IT professionals.</source>
        <translation>Offline-Prämienrechner für die Vermögensschaden-Haftpflicht von IT-Fachleuten.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="25" />
        <source>Installed tariffs</source>
        <translation>Installierte Tarife</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="26" />
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="27" />
        <source>The sample tariffs are fictional and belong to no real insurer.</source>
        <translation>Die Beispieltarife sind erfunden und gehören keinem realen Versicherer.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/about.py" line="43" />
        <source>About premiumcalc</source>
        <translation>Über premiumcalc</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="28" />
        <source>Covered</source>
        <translation>Versichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="29" />
        <source>Not covered</source>
        <translation>Nicht versichert</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="34" />
        <source>limit {amount}</source>
        <translation>Höchstbetrag {amount}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="36" />
        <source>within the cover per claim</source>
        <translation>innerhalb der Deckungssumme</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="38" />
        <source>deductible {amount}</source>
        <translation>Selbstbeteiligung {amount}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/coverage_view.py" line="54" />
        <source>Coverage scope</source>
        <translation>Deckungsumfang</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="192" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="193" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="194" />
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="195" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="196" />
        <source>&amp;New quote</source>
        <translation>&amp;Neues Angebot</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="197" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="198" />
        <source>&amp;Broker profile…</source>
        <translation>&amp;Maklerprofil …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="199" />
        <source>&amp;About premiumcalc</source>
        <translation>Ü&amp;ber premiumcalc</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="201" />
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="202" />
        <source>Rating worksheet</source>
        <translation>Berechnungsweg</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="203" />
        <source>Coverage</source>
        <translation>Deckungsumfang</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/main_window.py" line="204" />
        <source>Claim scenarios</source>
        <translation>Schadenbeispiele</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/premiumcalc/gui/main_window.py" line="212" />
        <source>%n tariff file(s) could not be loaded; the other tariffs work:</source>
        <translation>
            <numerusform>%n Tarifdatei konnte nicht geladen werden; die anderen Tarife funktionieren:</numerusform><numerusform>%n Tarifdateien konnten nicht geladen werden; die anderen Tarife funktionieren:</numerusform></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="101" />
        <source>Enter the annual revenue, e.g. {examples}</source>
        <translation>Jahresumsatz eingeben, z. B. {examples}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="104" />
        <source>Only digits, “{group}” between thousands and “{dec}” before the cents are allowed (no signs, letters or exponents)</source>
        <translation>Erlaubt sind nur Ziffern, „{group}“ zwischen den Tausendern und „{dec}“ vor den Cent (keine Vorzeichen, Buchstaben oder Exponenten)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="108" />
        <source>At most two decimals (cents) are allowed</source>
        <translation>Höchstens zwei Nachkommastellen (Cent) sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="110" />
        <source>This amount is too large for an annual revenue</source>
        <translation>Dieser Betrag ist als Jahresumsatz zu groß</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/money_edit.py" line="112" />
        <source>Not an amount: use “{group}” only between groups of three digits and “{dec}” before the cents, e.g. {examples}</source>
        <translation>Kein Betrag: „{group}“ nur zwischen Dreiergruppen von Ziffern und „{dec}“ vor den Cent, z. B. {examples}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="39" />
        <source>Broker profile</source>
        <translation>Maklerprofil</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="50" />
        <source>Broker (§ 34d (1) GewO)</source>
        <translation>Versicherungsmakler (§ 34d Abs. 1 GewO)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="51" />
        <source>Tied agent (§ 34d (7) GewO)</source>
        <translation>Gebundener Vertreter (§ 34d Abs. 7 GewO)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="53" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="54" />
        <source>Choose a logo file</source>
        <translation>Logodatei wählen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="61" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="61" />
        <source>Broker name</source>
        <translation>Name des Maklers</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="62" />
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="62" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="63" />
        <source>&amp;Address:</source>
        <translation>&amp;Anschrift:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="63" />
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="64" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="64" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="65" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="65" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="66" />
        <source>&amp;Register number:</source>
        <translation>&amp;Registernummer:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="66" />
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="67" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="67" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="74" />
        <source>&amp;Logo (PNG or JPEG):</source>
        <translation>&amp;Logo (PNG oder JPEG):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="76" />
        <source>Logo file</source>
        <translation>Logodatei</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="93" />
        <source>The saved profile cannot be read: {error}</source>
        <translation>Das gespeicherte Profil kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="94" />
        <source>Saving keeps the broken file as {backup}.</source>
        <translation>Beim Speichern bleibt die defekte Datei als {backup} erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="119" />
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="119" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/profile_dialog.py" line="129" />
        <source>The profile could not be saved: {error}</source>
        <translation>Das Profil konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="241" />
        <source>none (0 €)</source>
        <translation>keine (0 €)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="244" />
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/premiumcalc/gui/request_form.py" line="244" />
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform><numerusform>%n Jahre</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="246" />
        <source>Annually</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="246" />
        <source>Half-yearly</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="247" />
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="247" />
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="250" />
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="250" />
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="302" />
        <source>included</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="312" />
        <source>Price for this request: {price} a year (net, before discounts)</source>
        <translation>Preis für diese Anfrage: {price} im Jahr (netto, vor Nachlässen)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="314" />
        <source>Price of {module}</source>
        <translation>Preis für {module}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="320" />
        <location filename="../../src/premiumcalc/gui/request_form.py" line="335" />
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="321" />
        <source>Business</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="322" />
        <source>Cover</source>
        <translation>Deckung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="323" />
        <source>Modules (price a year, net before discounts)</source>
        <translation>Bausteine (Preis im Jahr, netto vor Nachlässen)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="324" />
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="325" />
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="327" />
        <source>&amp;Profession:</source>
        <translation>&amp;Beruf:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="327" />
        <source>Tar&amp;iff:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="328" />
        <source>Annual &amp;revenue (€):</source>
        <translation>Jahres&amp;umsatz (€):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="328" />
        <source>Prior c&amp;laims (5 years):</source>
        <translation>&amp;Vorschäden (5 Jahre):</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="329" />
        <source>C&amp;over per claim:</source>
        <translation>De&amp;ckungssumme:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="329" />
        <source>&amp;Deductible:</source>
        <translation>&amp;Selbstbeteiligung:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="330" />
        <source>T&amp;erm:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="330" />
        <source>Pa&amp;yment:</source>
        <translation>&amp;Zahlweise:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="331" />
        <source>Co&amp;untry:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="331" />
        <source>Client &amp;name:</source>
        <translation>&amp;Name des Kunden:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="332" />
        <source>Client &amp;address:</source>
        <translation>Anschrift des &amp;Kunden:</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="335" />
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="336" />
        <source>Annual revenue in euros</source>
        <translation>Jahresumsatz in Euro</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="337" />
        <source>Prior claims in the last 5 years</source>
        <translation>Vorschäden in den letzten 5 Jahren</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="338" />
        <source>Cover per claim</source>
        <translation>Deckungssumme je Schaden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="338" />
        <source>Deductible per claim</source>
        <translation>Selbstbeteiligung je Schaden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="339" />
        <source>Contract term</source>
        <translation>Vertragslaufzeit</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="339" />
        <source>Payment frequency</source>
        <translation>Zahlweise</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="340" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="340" />
        <source>Client name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="341" />
        <source>Client address</source>
        <translation>Anschrift des Kunden</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="352" />
        <source>&amp;Start-up (founded less than 24 months ago)</source>
        <translation>E&amp;xistenzgründer (Gründung vor weniger als 24 Monaten)</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="353" />
        <source>Start-up</source>
        <translation>Existenzgründer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="356" />
        <source>Revenue problem</source>
        <translation>Problem beim Umsatz</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/request_form.py" line="357" />
        <source>Name of the client or company</source>
        <translation>Name des Kunden oder der Firma</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="94" />
        <source>Quote for {name}</source>
        <translation>Angebot für {name}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="101" />
        <source>No tariff could be loaded.</source>
        <translation>Es konnte kein Tarif geladen werden.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="106" />
        <source>{insurer} · {product} · tariff version {version}</source>
        <translation>{insurer} · {product} · Tarifversion {version}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="110" />
        <source>Not insurable in this tariff</source>
        <translation>In diesem Tarif nicht versicherbar</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="112" />
        <source>Referred: the insurer's underwriters decide on this request</source>
        <translation>Zur Risikoprüfung: Über diese Anfrage entscheidet der Versicherer</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="126" />
        <source>Once a year</source>
        <translation>Einmal im Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="126" />
        <source>First half-yearly instalment</source>
        <translation>Erste Halbjahresrate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="127" />
        <source>First quarterly instalment</source>
        <translation>Erste Vierteljahresrate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="127" />
        <source>First monthly instalment</source>
        <translation>Erste Monatsrate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="128" />
        <source>First instalment</source>
        <translation>Erste Rate</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="132" />
        <source>then {count} × {amount}</source>
        <translation>danach {count} × {amount}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="135" />
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="150" />
        <source>Gross premium per year</source>
        <translation>Bruttoprämie pro Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="137" />
        <source>Net premium per year</source>
        <translation>Nettoprämie pro Jahr</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="141" />
        <source>Payment surcharge ({rate})</source>
        <translation>Ratenzuschlag ({rate})</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="145" />
        <source>Insurance tax ({rate}, {country})</source>
        <translation>Versicherungsteuer ({rate}, {country})</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/result_panel.py" line="148" />
        <source>The tariff's minimum premium applies.</source>
        <translation>Es gilt die Mindestprämie des Tarifs.</translation>
    </message>
</context>
<context>
    <name>ScenariosView</name>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="105" />
        <source>What the cover configured on the left pays for typical claims. Ticked scenarios are included in the quote.</source>
        <translation>Was die links gewählte Deckung bei typischen Schäden zahlt. Angehakte Beispiele kommen ins Angebot.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="107" />
        <source>Claim scenarios are evaluated once the request can be quoted.</source>
        <translation>Die Schadenbeispiele werden bewertet, sobald die Anfrage berechnet werden kann.</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="119" />
        <source>✓ Covered by {part}: damage {damage}, limit {limit}, deductible {deductible}, estimated payout {payout}</source>
        <translation>✓ Versichert über {part}: Schaden {damage}, Höchstbetrag {limit}, Selbstbeteiligung {deductible}, geschätzte Leistung {payout}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="125" />
        <source>✗ Not covered: damage {damage}, payout {payout}</source>
        <translation>✗ Nicht versichert: Schaden {damage}, Leistung {payout}</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="137" />
        <source>Claim scenarios</source>
        <translation>Schadenbeispiele</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/scenarios_view.py" line="142" />
        <source>Include “{title}” in the quote</source>
        <translation>„{title}“ ins Angebot aufnehmen</translation>
    </message>
</context>
<context>
    <name>WorksheetTable</name>
    <message>
        <location filename="../../src/premiumcalc/gui/worksheet_table.py" line="37" />
        <source>No premium: this request is not quoted (the reasons are shown above).</source>
        <translation>Keine Prämie: Diese Anfrage wird nicht berechnet (die Gründe stehen oben).</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/worksheet_table.py" line="67" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/worksheet_table.py" line="67" />
        <source>Calculation</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/worksheet_table.py" line="67" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../src/premiumcalc/gui/worksheet_table.py" line="68" />
        <source>Rating worksheet</source>
        <translation>Berechnungsweg</translation>
    </message>
</context>
</TS>