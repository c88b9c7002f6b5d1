<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="113"/>
        <source>Correct the action</source>
        <translation>Correggi l&apos;azione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="130"/>
        <source>Add a goal first: every action serves one.</source>
        <translation>Aggiungi prima un obiettivo: ogni azione ne serve uno.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="133"/>
        <source>Write what is to be done.</source>
        <translation>Scrivi che cosa va fatto.</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="6"/>
        <source>New action</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="12"/>
        <source>G&amp;oal</source>
        <translation>&amp;Obiettivo</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="18"/>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="23"/>
        <source>&amp;What to do</source>
        <translation>&amp;Che cosa fare</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="30"/>
        <source>What to do</source>
        <translation>Che cosa fare</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="31"/>
        <source>e.g. Apply to the municipal nursery</source>
        <translation>es. Domanda al nido comunale</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="36"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="42"/>
        <source>Type of action</source>
        <translation>Tipo di azione</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="47"/>
        <source>&amp;Who</source>
        <translation>C&amp;hi</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="53"/>
        <source>Who is responsible</source>
        <translation>Chi se ne occupa</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="58"/>
        <source>&amp;Due by</source>
        <translation>&amp;Entro il</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="65"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="66"/>
        <source>Due by</source>
        <translation>Entro il</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="119"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="120"/>
        <source>Social &amp;point</source>
        <translation>Social &amp;point</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="121"/>
        <source>&amp;Owner</source>
        <translation>&amp;Referente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="122"/>
        <source>Filter by the owner of the case</source>
        <translation>Filtra per referente del percorso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="126"/>
        <source>All operators</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="131"/>
        <source>&amp;Due</source>
        <translation>&amp;Scadenze</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="132"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="137"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="138"/>
        <source>this week</source>
        <translation>questa settimana</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="139"/>
        <source>in the next 14 days</source>
        <translation>nei prossimi 14 giorni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="142"/>
        <source>Filter by social point</source>
        <translation>Filtra per social point</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="143"/>
        <source>Actions and reviews due</source>
        <translation>Azioni e verifiche in scadenza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="146"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="147"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="148"/>
        <source>Case or request</source>
        <translation>Percorso o pratica</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="149"/>
        <source>Worker</source>
        <translation>Lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="150"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="151"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="157"/>
        <source>All social points</source>
        <translation>Tutti i social point</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="175"/>
        <source>action</source>
        <translation>azione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="176"/>
        <source>review</source>
        <translation>verifica</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="177"/>
        <source>health fund</source>
        <translation>fondo sanitario</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="178"/>
        <source>smart working</source>
        <translation>lavoro agile</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="179"/>
        <source>back from leave</source>
        <translation>rientro dal congedo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="180"/>
        <source>privacy request</source>
        <translation>richiesta privacy</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="211"/>
        <source>%1 due in the period, %2 overdue.</source>
        <translation>In scadenza nel periodo: %1; scadute: %2.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="217"/>
        <source>Shown: the nearest %1; choose a social point or an owner to see the rest.</source>
        <translation>Qui le prime %1 per scadenza: scegli un social point o un referente per vedere le altre.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="602"/>
        <source>New agreement with %1</source>
        <translation>Nuova convenzione con %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="612"/>
        <source>Write the title of the agreement.</source>
        <translation>Scrivi il titolo della convenzione.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="6"/>
        <source>New agreement</source>
        <translation>Nuova convenzione</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="13"/>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="20"/>
        <source>Title of the agreement</source>
        <translation>Titolo della convenzione</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="21"/>
        <source>e.g. Agreement for summer camps 2026–2027</source>
        <translation>es. Convenzione centri estivi 2026–2027</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="26"/>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="33"/>
        <location filename="../../ui/agreement_dialog.ui" line="46"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="34"/>
        <source>Valid from</source>
        <translation>Valida dal</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="39"/>
        <source>T&amp;o</source>
        <translation>A&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="47"/>
        <source>Valid to</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="52"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="59"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="64"/>
        <source>&amp;Rates</source>
        <translation>&amp;Tariffe</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="70"/>
        <source>Rates agreed</source>
        <translation>Tariffe concordate</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="76"/>
        <source>&amp;Contact person</source>
        <translation>&amp;Referente</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="83"/>
        <source>Contact person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="88"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="95"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="100"/>
        <source>P&amp;hone</source>
        <translation>Tele&amp;fono</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="107"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
</context>
<context>
    <name>AllowancesDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="664"/>
        <source>Choose the employer.</source>
        <translation>Scegli l&apos;azienda.</translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="6"/>
        <source>Welfare allowances</source>
        <translation>Crediti welfare</translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="13"/>
        <source>&amp;Employer</source>
        <translation>&amp;Azienda</translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="19"/>
        <source>Employer</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="24"/>
        <source>&amp;Year</source>
        <translation>A&amp;nno</translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="32"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="37"/>
        <source>&amp;Amount per worker (€)</source>
        <translation>&amp;Importo per lavoratore (€)</translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="44"/>
        <source>Amount per worker in euro</source>
        <translation>Importo per lavoratore in euro</translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="45"/>
        <source>e.g. 500,00</source>
        <translation>es. 500,00</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="37"/>
        <source>Attendance – %1</source>
        <translation>Presenze – %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="40"/>
        <source>Tick who came to each meeting (Space ticks the chosen cell), then save. With at least 80% of the meetings, «Mark as attended» closes the enrollment.</source>
        <translation>Spunta chi era presente a ogni incontro (la barra spaziatrice spunta la casella scelta), poi salva. Con almeno l&apos;80% degli incontri, «Segna come frequentata» chiude l&apos;iscrizione.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="46"/>
        <source>Attendance by person and meeting</source>
        <translation>Presenze per persona e incontro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="84"/>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="91"/>
        <source>This edition has no meetings to record.</source>
        <translation>Questa edizione non ha incontri di cui registrare le presenze.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="93"/>
        <source>Nobody holds a place in this edition yet.</source>
        <translation>Nessuno ha ancora un posto in questa edizione.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="82"/>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="92"/>
        <source>Access register</source>
        <translation>Registro degli accessi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="83"/>
        <source>&amp;Person (codice fiscale)</source>
        <translation>&amp;Persona (codice fiscale)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="84"/>
        <source>&amp;Operator</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="85"/>
        <source>&amp;From the day</source>
        <translation>&amp;Dal giorno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="86"/>
        <source>dd/mm/yyyy, empty: every day</source>
        <translation>gg/mm/aaaa, vuoto: tutti i giorni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="87"/>
        <source>everyone</source>
        <translation>tutti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="88"/>
        <source>every operator</source>
        <translation>tutti gli operatori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="89"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="90"/>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="91"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="95"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="96"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="97"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="98"/>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="99"/>
        <source>Person (id)</source>
        <translation>Persona (id)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="100"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="148"/>
        <source>%n rows, the newest first.</source>
        <translation>
            <numerusform>%n riga, la più recente in alto.</numerusform>
            <numerusform>%n righe, le più recenti in alto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="155"/>
        <source>Export the register</source>
        <translation>Esporta il registro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="155"/>
        <source>Why is it exported?</source>
        <translation>Perché lo esporti?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="161"/>
        <source>Save the register</source>
        <translation>Salva il registro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="163"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="175"/>
        <source>Saved in %1.</source>
        <translation>Salvato in %1.</translation>
    </message>
</context>
<context>
    <name>BenefitsDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="89"/>
        <source>Other benefits from the employer – %1</source>
        <translation>Altri benefit dell&apos;azienda – %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="92"/>
        <source>What the employer gives outside the desk, as payroll states it: it counts toward the same fringe-benefit threshold as the vouchers, and over the threshold the whole amount is taxed.</source>
        <translation>Quello che l&apos;azienda dà fuori dalla desk, come risulta dal cedolino: conta nella stessa soglia dei fringe benefit dei voucher, e oltre la soglia l&apos;intero importo è tassato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="97"/>
        <source>Tax &amp;year</source>
        <translation>&amp;Anno d&apos;imposta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="98"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="99"/>
        <source>A&amp;mount (€)</source>
        <translation>&amp;Importo (€)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="100"/>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="101"/>
        <source>e.g. 350,00</source>
        <translation>ad es. 350,00</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="102"/>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="103"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="104"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="105"/>
        <source>Other benefits from the employer</source>
        <translation>Altri benefit dell&apos;azienda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="107"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="107"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="107"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="107"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="153"/>
        <source>Recorded: %1, %2.</source>
        <translation>Registrato: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="167"/>
        <source>Choose the benefit to remove.</source>
        <translation>Scegli il beneficio da eliminare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="170"/>
        <source>Remove %1 of %2, %3?</source>
        <translation>Eliminare %1 del %2, %3?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="174"/>
        <source>Remove the benefit</source>
        <translation>Elimina il beneficio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="183"/>
        <source>Removed.</source>
        <translation>Eliminato.</translation>
    </message>
</context>
<context>
    <name>BenefitsImportDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="80"/>
        <source>Import the other benefits from payroll</source>
        <translation>Importa gli altri benefit dal cedolino</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="83"/>
        <source>A payroll file with one row per worker, year and kind: codice fiscale, anno, voce (utenze, affitto, mutuo, auto, piattaforma, altro, fondo sanitario), importo, and optional note. The file is read and shown first; nothing is written until you import it.</source>
        <translation>Un file delle paghe con una riga per lavoratore, anno e voce: codice fiscale, anno, voce (utenze, affitto, mutuo, auto, piattaforma, altro, fondo sanitario), importo e, se serve, note. Il file viene prima letto e mostrato; non si scrive niente finché non lo importi.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="90"/>
        <source>S&amp;heet</source>
        <translation>F&amp;oglio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="91"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="92"/>
        <source>&amp;Read</source>
        <translation>&amp;Leggi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="93"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="94"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="95"/>
        <source>Payroll file</source>
        <translation>File delle paghe</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="96"/>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="97"/>
        <source>Rows to correct</source>
        <translation>Righe da correggere</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="98"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="98"/>
        <source>What to correct</source>
        <translation>Che cosa correggere</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="105"/>
        <source>Choose the payroll file</source>
        <translation>Scegli il file delle paghe</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="107"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Fogli di calcolo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="136"/>
        <source>Choose the payroll file.</source>
        <translation>Scegli il file delle paghe.</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="302"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="321"/>
        <source>Write the name of the budget.</source>
        <translation>Scrivi il nome del budget.</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="6"/>
        <source>New budget</source>
        <translation>Nuovo budget</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="13"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="20"/>
        <source>Name of the budget</source>
        <translation>Nome del budget</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="21"/>
        <source>e.g. Summer camps – partner 2</source>
        <translation>es. Centri estivi – partner 2</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="26"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="33"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="38"/>
        <source>&amp;Action</source>
        <translation>&amp;Azione</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="45"/>
        <source>Action of the programme</source>
        <translation>Azione del programma</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="50"/>
        <source>P&amp;artner</source>
        <translation>Pa&amp;rtner</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="56"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="61"/>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="68"/>
        <location filename="../../ui/budget_dialog.ui" line="81"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="69"/>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="74"/>
        <source>T&amp;o</source>
        <translation>A&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="82"/>
        <source>Valid to</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="87"/>
        <source>A&amp;mount (€)</source>
        <translation>I&amp;mporto (€)</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="93"/>
        <source>e.g. 48.000,00</source>
        <translation>es. 48.000,00</translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="95"/>
        <source>Amount in euro</source>
        <translation>Importo in euro</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="136"/>
        <source>Budgets and vouchers</source>
        <translation>Budget e voucher</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="137"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="138"/>
        <source>programme budgets, by action and partner</source>
        <translation>budget del programma, per azione e partner</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="139"/>
        <source>workers&apos; welfare allowances</source>
        <translation>crediti welfare dei lavoratori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="140"/>
        <source>&amp;New budget…</source>
        <translation>&amp;Nuovo budget…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="141"/>
        <source>&amp;Welfare allowances…</source>
        <translation>&amp;Crediti welfare…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="143"/>
        <source>An employer&apos;s plan: the same yearly allowance for each of its workers</source>
        <translation>Il piano welfare di un&apos;azienda: lo stesso credito annuo a ciascun dipendente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="145"/>
        <source>&amp;Allocate…</source>
        <translation>&amp;Stanzia…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="146"/>
        <source>Put more money in the chosen budget</source>
        <translation>Aggiunge fondi al budget scelto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="147"/>
        <source>&amp;Cancel the voucher</source>
        <translation>Annulla il vo&amp;ucher</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="148"/>
        <source>Mark as &amp;used</source>
        <translation>Segna come u&amp;tilizzato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="149"/>
        <source>The provider has delivered the service for it</source>
        <translation>L&apos;ente ha erogato il servizio per cui è stato emesso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="151"/>
        <source>An unused voucher only: its value goes back to the budget</source>
        <translation>Solo un voucher non utilizzato: il valore torna al budget</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="154"/>
        <source>Movements</source>
        <translation>Movimenti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="155"/>
        <source>Ledger: every movement, the balance after it</source>
        <translation>Registro: ogni movimento e il saldo dopo di esso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="156"/>
        <source>Vouchers drawn from the budget</source>
        <translation>Voucher emessi sul budget</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="157"/>
        <source>Budgets</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="158"/>
        <source>Ledger of the chosen budget</source>
        <translation>Registro dei movimenti del budget scelto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="159"/>
        <source>Vouchers of the chosen budget</source>
        <translation>Voucher del budget scelto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="162"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="163"/>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="173"/>
        <source>Balance</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="164"/>
        <source>Allocated</source>
        <translation>Stanziato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="165"/>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="166"/>
        <source>Valid</source>
        <translation>Validità</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="167"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="168"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="169"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="173"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="173"/>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="173"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="177"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="178"/>
        <source>Issued</source>
        <translation>Emesso il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="179"/>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="180"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="181"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="182"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="208"/>
        <source>%1 budgets: %2 allocated, %3 spent, %4 available.</source>
        <translation>%1 budget: %2 stanziati, %3 spesi, %4 disponibili.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="261"/>
        <source>%Ln allowance(s) granted</source>
        <translation>
            <numerusform>%Ln credito welfare assegnato</numerusform>
            <numerusform>%Ln crediti welfare assegnati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="263"/>
        <source>%Ln worker(s) already had one.</source>
        <translation>
            <numerusform>%Ln lavoratore ne aveva già uno.</numerusform>
            <numerusform>%Ln lavoratori ne avevano già uno.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="278"/>
        <source>Allocate</source>
        <translation>Stanziamento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="279"/>
        <source>Euro to add to «%1»:</source>
        <translation>Euro da aggiungere a «%1»:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="297"/>
        <source>%1 allocated to «%2».</source>
        <translation>%1 stanziati su «%2».</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="309"/>
        <source>Choose the voucher to cancel.</source>
        <translation>Scegli il voucher da annullare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="313"/>
        <source>Cancel voucher %1? Its value goes back to the budget.</source>
        <translation>Annullare il voucher %1? Il valore torna al budget.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="314"/>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="318"/>
        <source>Cancel the voucher</source>
        <translation>Annulla il voucher</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="319"/>
        <source>Why is voucher %1 cancelled? The history keeps it.</source>
        <translation>Perché annulli il voucher %1? Il motivo resta nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="334"/>
        <source>Voucher %1 cancelled: %2 back to its budget.</source>
        <translation>Voucher %1 annullato: %2 tornano al budget.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="347"/>
        <source>Choose the voucher used.</source>
        <translation>Scegli il voucher utilizzato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="357"/>
        <source>Voucher %1 used.</source>
        <translation>Voucher %1 utilizzato.</translation>
    </message>
</context>
<context>
    <name>Cancellation</name>
    <message>
        <location filename="../../welfare_desk/gui/confirm.py" line="45"/>
        <source>%1 moves up from the waiting list.</source>
        <translation>%1 passa dalla lista d&apos;attesa ai confermati.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/confirm.py" line="48"/>
        <source>Voucher %1 issued for it is still valid: cancel it if it is no longer needed.</source>
        <translation>Il voucher %1 emesso per l&apos;iscrizione resta valido: annullalo se non serve più.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="290"/>
        <source>← &amp;Back</source>
        <translation>← In&amp;dietro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="291"/>
        <source>Back (Esc)</source>
        <translation>Indietro (Esc)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="292"/>
        <source>&amp;Worker&apos;s story</source>
        <translation>Sc&amp;heda del lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="293"/>
        <source>Assessment</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="294"/>
        <source>&amp;Situation</source>
        <translation>&amp;Situazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="295"/>
        <source>&amp;Resources</source>
        <translation>&amp;Risorse</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="296"/>
        <source>&amp;Needs taken on</source>
        <translation>&amp;Bisogni presi in carico</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="297"/>
        <source>Space ticks or unticks the chosen need</source>
        <translation>Spazio spunta o toglie la spunta al bisogno scelto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="298"/>
        <source>Situation</source>
        <translation>Situazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="299"/>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="300"/>
        <source>Needs the case takes on</source>
        <translation>Bisogni presi in carico</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="301"/>
        <source>Save the &amp;assessment</source>
        <translation>Salva la val&amp;utazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="302"/>
        <source>Save the assessment (Ctrl+S)</source>
        <translation>Salva la valutazione (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="303"/>
        <source>Review and owner</source>
        <translation>Verifica e referente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="304"/>
        <source>O&amp;wner</source>
        <translation>Refere&amp;nte</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="305"/>
        <source>Owner of the case</source>
        <translation>Referente del percorso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="306"/>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="447"/>
        <source>Ne&amp;xt review</source>
        <translation>&amp;Prossima verifica</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="307"/>
        <source>Next review</source>
        <translation>Prossima verifica</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="308"/>
        <source>Set the re&amp;view</source>
        <translation>Fissa la verifi&amp;ca</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="309"/>
        <source>No review</source>
        <translation>Nessuna verifica</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="310"/>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="319"/>
        <source>Plan: goals and actions</source>
        <translation>Piano: obiettivi e azioni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="313"/>
        <source>Goal or action</source>
        <translation>Obiettivo o azione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="314"/>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="342"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="315"/>
        <source>By</source>
        <translation>Entro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="316"/>
        <source>Status or outcome</source>
        <translation>Stato o esito</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="320"/>
        <source>New &amp;goal…</source>
        <translation>Nuovo &amp;obiettivo…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="321"/>
        <source>New a&amp;ction…</source>
        <translation>Nuova a&amp;zione…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="322"/>
        <source>&amp;Done</source>
        <translation>Fa&amp;tta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="323"/>
        <source>Mark the chosen action as done</source>
        <translation>Segna come fatta l&apos;azione scelta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="324"/>
        <source>Cance&amp;l action</source>
        <translation>Annu&amp;lla l&apos;azione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="325"/>
        <source>Ser&amp;vices that fit…</source>
        <translation>Servizi adatti dal catalo&amp;go…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="327"/>
        <source>The catalogue&apos;s editions for this household; enrolling adds the action</source>
        <translation>Le edizioni del catalogo adatte a questa famiglia; l&apos;iscrizione aggiunge l&apos;azione al piano</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="329"/>
        <source>Correct…</source>
        <translation>Correggi…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="330"/>
        <source>Correct the chosen goal or action (F2)</source>
        <translation>Correggi l&apos;obiettivo o l&apos;azione scelti (F2)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="331"/>
        <source>Remove…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="333"/>
        <source>Remove the chosen goal or action, with the reason (Delete)</source>
        <translation>Elimina l&apos;obiettivo o l&apos;azione scelti, con il motivo (Canc)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="335"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="336"/>
        <source>Record the outcome of the chosen goal</source>
        <translation>Registra l&apos;esito dell&apos;obiettivo scelto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="337"/>
        <source>Outcome of the chosen goal</source>
        <translation>Esito dell&apos;obiettivo scelto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="340"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="341"/>
        <source>Timeline of the case</source>
        <translation>Cronologia del percorso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="342"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="342"/>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="404"/>
        <source>Case %1 — %2</source>
        <translation>Percorso %1 — %2</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="408"/>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="410"/>
        <source>opened on %1</source>
        <translation>aperto il %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="412"/>
        <source>owner: %1</source>
        <translation>referente: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="417"/>
        <source>closed on %1 (%2)</source>
        <translation>chiuso il %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="447"/>
        <source>Ne&amp;xt review (none set)</source>
        <translation>&amp;Prossima verifica (non fissata)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="450"/>
        <source>(nobody yet)</source>
        <translation>(non ancora assegnato)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="496"/>
        <source>%1
Answers: %2</source>
        <translation>%1
Risponde a: %2</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="616"/>
        <source>Unsaved assessment</source>
        <translation>Valutazione non salvata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="617"/>
        <source>The assessment has changes that are not saved. Save them before leaving?</source>
        <translation>Le modifiche alla valutazione non sono salvate. Salvarle prima di uscire?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="620"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="621"/>
        <source>&amp;Discard</source>
        <translation>&amp;Non salvare</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="622"/>
        <source>S&amp;tay</source>
        <translation>&amp;Resta qui</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="723"/>
        <source>Mark «%1» as done?</source>
        <translation>Segnare «%1» come fatta?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="725"/>
        <source>Cancel the action «%1»? It stays in the plan as cancelled.</source>
        <translation>Annullare l&apos;azione «%1»? Resta nel piano come annullata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="727"/>
        <source>The action</source>
        <translation>L&apos;azione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="780"/>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="796"/>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="781"/>
        <source>Why is «%1» removed? It stays in the history.</source>
        <translation>Perché elimini «%1»? Il motivo resta nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="782"/>
        <source>added by mistake</source>
        <translation>inserito per errore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="787"/>
        <source>Remove the action «%1»? You can undo it right after (Ctrl+Z).</source>
        <translation>Eliminare l&apos;azione «%1»? Subito dopo puoi annullare (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="790"/>
        <source>Remove the goal «%1» and its %n action(s)? You can undo it right after (Ctrl+Z).</source>
        <translation>
            <numerusform>Eliminare l&apos;obiettivo «%1» e la sua azione? Subito dopo puoi annullare (Ctrl+Z).</numerusform>
            <numerusform>Eliminare l&apos;obiettivo «%1» e le sue %n azioni? Subito dopo puoi annullare (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="795"/>
        <source>Remove the goal «%1»? You can undo it right after (Ctrl+Z).</source>
        <translation>Eliminare l&apos;obiettivo «%1»? Subito dopo puoi annullare (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="260"/>
        <source>Service catalogue</source>
        <translation>Catalogo dei servizi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="261"/>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="262"/>
        <source>service, provider, place…</source>
        <translation>servizio, ente, comune…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="263"/>
        <source>&amp;Category</source>
        <translation>Cate&amp;goria</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="264"/>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="265"/>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="266"/>
        <source>All periods</source>
        <translation>Tutti i periodi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="269"/>
        <source>Only with places &amp;free</source>
        <translation>Solo con posti &amp;liberi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="270"/>
        <source>Also edi&amp;tions already over</source>
        <translation>Anche le edizioni concl&amp;use</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="271"/>
        <source>New &amp;provider…</source>
        <translation>Nuovo &amp;ente…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="272"/>
        <source>Handout for a &amp;welfare day…</source>
        <translation>Catalogo per il &amp;welfare day…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="274"/>
        <source>The catalogue by area, with prices and QR codes, to print in hundreds</source>
        <translation>Il catalogo per area, con prezzi e codici QR, da stampare in centinaia di copie</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="276"/>
        <source>Edit pro&amp;vider…</source>
        <translation>Sc&amp;heda dell&apos;ente…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="277"/>
        <source>The provider of the chosen service</source>
        <translation>L&apos;ente del servizio scelto: contatti e dati</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="278"/>
        <source>New a&amp;greement…</source>
        <translation>Nu&amp;ova convenzione…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="280"/>
        <source>An agreement with the provider of the chosen service</source>
        <translation>Una convenzione con l&apos;ente del servizio scelto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="282"/>
        <source>&amp;New service…</source>
        <translation>&amp;Nuovo servizio…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="283"/>
        <source>&amp;Edit service…</source>
        <translation>&amp;Modifica servizio…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="284"/>
        <source>New e&amp;dition…</source>
        <translation>Nuova e&amp;dizione…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="285"/>
        <source>Edit ed&amp;ition…</source>
        <translation>Modifica edi&amp;zione…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="286"/>
        <source>Cancel the en&amp;rollment</source>
        <translation>Annulla l&apos;i&amp;scrizione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="287"/>
        <source>Mark as &amp;attended</source>
        <translation>Segna come frequen&amp;tata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="288"/>
        <source>Attendance &amp;register…</source>
        <translation>&amp;Registro presenze…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="289"/>
        <source>At least 80% of the meetings attended</source>
        <translation>Almeno l&apos;80% degli incontri frequentati</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="290"/>
        <source>Editions of the catalogue</source>
        <translation>Edizioni del catalogo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="291"/>
        <source>People enrolled in the edition</source>
        <translation>Persone iscritte all&apos;edizione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="292"/>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="296"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="293"/>
        <source>Enrolled</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="297"/>
        <source>Edition</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="298"/>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="299"/>
        <source>Places free</source>
        <translation>Posti liberi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="300"/>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="301"/>
        <source>Worker price</source>
        <translation>Prezzo lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="302"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="303"/>
        <source>Provider</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="304"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="307"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="307"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="307"/>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="320"/>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="352"/>
        <source>%Ln edition(s)</source>
        <translation>
            <numerusform>%Ln edizione</numerusform>
            <numerusform>%Ln edizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="354"/>
        <source>%Ln with places free.</source>
        <translation>
            <numerusform>%Ln con posti liberi.</numerusform>
            <numerusform>%Ln con posti liberi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="357"/>
        <source>The first %1 are listed: narrow the search.</source>
        <translation>Sono elencate le prime %1: restringi la ricerca.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="419"/>
        <source>, ages %1–%2</source>
        <translation>, età %1–%2 anni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="426"/>
        <source>Audience: %1%2</source>
        <translation>Destinatari: %1%2</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="432"/>
        <source>voucher %1</source>
        <translation>voucher %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="439"/>
        <source>Inclusion support: an educator for children who need one</source>
        <translation>Sostegno all&apos;inclusione: un educatore per i bambini che ne hanno bisogno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="442"/>
        <source>Provider: %1</source>
        <translation>Contatti dell&apos;ente: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="448"/>
        <source>Agreement: %1 (%2 – %3)</source>
        <translation>Convenzione: %1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="454"/>
        <source>Rates: %1</source>
        <translation>Tariffe: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="456"/>
        <source>Contact: %1</source>
        <translation>Referente: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="501"/>
        <source>Provider saved.</source>
        <translation>Ente salvato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="526"/>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="556"/>
        <source>Choose a person in the list first.</source>
        <translation>Scegli prima una persona nell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="528"/>
        <source>Cancel the enrollment of %1?</source>
        <translation>Annullare l&apos;iscrizione di %1?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="529"/>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="533"/>
        <source>Cancel the enrollment</source>
        <translation>Annulla l&apos;iscrizione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="534"/>
        <source>Why is the enrollment cancelled? The history keeps it.</source>
        <translation>Perché annulli l&apos;iscrizione? Il motivo resta nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="545"/>
        <source>Enrollment of %1 cancelled.</source>
        <translation>Iscrizione di %1 annullata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="565"/>
        <source>%1: attended.</source>
        <translation>%1: frequentata.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="234"/>
        <source>&amp;Current password</source>
        <translation>Password &amp;attuale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="234"/>
        <source>Current</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="235"/>
        <source>&amp;New password</source>
        <translation>&amp;Nuova password</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="235"/>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="236"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ripetila</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="236"/>
        <source>Password again</source>
        <translation>Password ripetuta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="237"/>
        <source>Change the password</source>
        <translation>Cambia la password</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="239"/>
        <source>At least 10 characters, not your user name. Nobody else will know it.</source>
        <translation>Almeno 10 caratteri, senza il tuo nome utente. Nessun altro la conoscerà.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="241"/>
        <source>&amp;Change</source>
        <translation>&amp;Cambia</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="242"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="251"/>
        <source>The two passwords differ: write them again.</source>
        <translation>Le due password sono diverse: scrivile di nuovo.</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="153"/>
        <source>Close case %1</source>
        <translation>Chiudi il percorso %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="156"/>
        <source>Record how each goal ended and why the case closes. The case can be reopened later.</source>
        <translation>Indica l&apos;esito di ogni obiettivo e il motivo della chiusura. Il percorso si potrà riaprire.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="167"/>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="185"/>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="194"/>
        <source>— choose —</source>
        <translation>— scegli —</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="173"/>
        <source>Outcome of %1</source>
        <translation>Esito di %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="177"/>
        <source>The case has no goals.</source>
        <translation>Il percorso non ha obiettivi.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="182"/>
        <source>The needs the case took on</source>
        <translation>I bisogni presi in carico dal percorso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="190"/>
        <source>How the need «%1» ended</source>
        <translation>Com&apos;è finito il bisogno «%1»</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="197"/>
        <source>Closing reason</source>
        <translation>Motivo della chiusura</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="198"/>
        <source>Closing &amp;reason</source>
        <translation>&amp;Motivo della chiusura</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="212"/>
        <source>&amp;Close the case</source>
        <translation>&amp;Chiudi il percorso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="223"/>
        <source>Choose the outcome of «%1».</source>
        <translation>Scegli l&apos;esito di «%1».</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="228"/>
        <source>Say how the need «%1» ended.</source>
        <translation>Di&apos; com&apos;è finito il bisogno «%1».</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="231"/>
        <source>Choose the closing reason.</source>
        <translation>Scegli il motivo della chiusura.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="207"/>
        <source>Which column holds what?</source>
        <translation>Quale colonna contiene cosa?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="210"/>
        <source>Welfare Desk has recognised the columns it could; check them and choose the others. Fields marked * are required.</source>
        <translation>Welfare Desk ha riconosciuto le colonne che ha potuto: controllale e scegli le altre. I campi con * sono obbligatori.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="221"/>
        <source>Finding the header row…</source>
        <translation>Ricerca della riga di intestazione…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="234"/>
        <source>Header found on row %1.</source>
        <translation>Intestazione trovata alla riga %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="238"/>
        <source>(not in the file)</source>
        <translation>(non presente nel file)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="84"/>
        <source>Synchronisation conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="87"/>
        <source>Two desks changed the same thing before they could synchronise. Every desk now holds the later change; the other is set aside here. Confirm what was kept, or take the other value: the choice reaches every desk at its next synchronisation. A record removed on one desk stays removed.</source>
        <translation>Due postazioni hanno modificato lo stesso dato prima di potersi sincronizzare. Ogni postazione ora ha la modifica più recente; l&apos;altra è messa da parte qui. Conferma il valore mantenuto, oppure usa l&apos;altro: la scelta arriva a ogni postazione alla sua prossima sincronizzazione. Un dato eliminato su una postazione resta eliminato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="93"/>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="131"/>
        <source>&amp;Confirm what was kept</source>
        <translation>&amp;Conferma il valore mantenuto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="94"/>
        <source>&amp;Take the other value</source>
        <translation>&amp;Usa l&apos;altro valore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="95"/>
        <source>&amp;Merge the two records</source>
        <translation>&amp;Unisci le due schede</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="98"/>
        <source>The same person (or employer) was registered on two desks: what the second record holds moves onto the first, and the second is removed.</source>
        <translation>La stessa persona (o lo stesso ente) è stata registrata su due postazioni: ciò che ha la seconda scheda passa sulla prima, e la seconda viene eliminata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="102"/>
        <source>&amp;Open the person</source>
        <translation>Apri la &amp;scheda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="103"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="104"/>
        <source>Conflicts to resolve</source>
        <translation>Conflitti da risolvere</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="107"/>
        <source>Record</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="108"/>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="109"/>
        <source>Kept on every desk</source>
        <translation>Mantenuto su ogni postazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="110"/>
        <source>Set aside</source>
        <translation>Messo da parte</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="111"/>
        <source>Set aside by</source>
        <translation>Modificato da</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="112"/>
        <source>Changed on</source>
        <translation>Modificato il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="129"/>
        <source>&amp;Seen</source>
        <translation>&amp;Visto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="141"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflitto da risolvere</numerusform>
            <numerusform>%n conflitti da risolvere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="171"/>
        <source>Merge the two records of this employer? Its workers, social points and budgets move onto the first, and the second is removed on every desk. This cannot be undone.</source>
        <translation>Unire le due schede di questo ente? Lavoratori, social point e budget della seconda passano sulla prima, e la seconda viene eliminata su ogni postazione. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="177"/>
        <source>Merge the two records of %1? Family, contacts, paths, requests and vouchers of the second move onto the first, and the second is removed on every desk. This cannot be undone.</source>
        <translation>Unire le due schede di %1? Familiari, colloqui, percorsi, pratiche e voucher della seconda passano sulla prima, e la seconda viene eliminata su ogni postazione. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="181"/>
        <source>Merge the two records</source>
        <translation>Unisci le due schede</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="190"/>
        <source>Records merged: %n record(s) moved.</source>
        <translation>
            <numerusform>Schede unite: %n dato spostato.</numerusform>
            <numerusform>Schede unite: %n dati spostati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="26"/>
        <source>Correct the contact</source>
        <translation>Correggi il colloquio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="37"/>
        <source>Day and time</source>
        <translation>Giorno e ora</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="38"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="39"/>
        <source>Duration in minutes</source>
        <translation>Durata in minuti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="40"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="37"/>
        <source>&amp;Day and time</source>
        <translation>&amp;Giorno e ora</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="38"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="39"/>
        <source>D&amp;uration (minutes)</source>
        <translation>D&amp;urata (minuti)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="40"/>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="51"/>
        <source>Write the day and time as 30/11/2026 09:30.</source>
        <translation>Scrivi giorno e ora come 30/11/2026 09:30.</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="30"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="36"/>
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n giorno a settimana</numerusform>
            <numerusform>%n giorni a settimana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="62"/>
        <source>Smart-working decisions</source>
        <translation>Decisioni sul lavoro agile</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="65"/>
        <source>The requests waiting for the employer&apos;s decision, those the law gives priority first (art. 18 c. 3-bis L. 81/2017). When the priority comes from health, disability or care, the ground is not shown: the welfare desk checked it, and keeps the documents.</source>
        <translation>Le richieste in attesa della decisione del datore di lavoro, prima quelle a cui la legge dà priorità (art. 18 c. 3-bis L. 81/2017). Quando la priorità nasce da salute, disabilità o assistenza, il motivo non si mostra: lo ha verificato lo sportello welfare, che ne conserva i documenti.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="71"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="72"/>
        <source>Requests waiting for a decision</source>
        <translation>Richieste in attesa di decisione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="75"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="76"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="77"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="78"/>
        <source>Employer</source>
        <translation>Datore di lavoro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="79"/>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="80"/>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="81"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="82"/>
        <source>Submitted</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="83"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="95"/>
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n richiesta in attesa</numerusform>
            <numerusform>%n richieste in attesa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskStarter</name>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="73"/>
        <source>Opening the store…</source>
        <translation>Apertura dell&apos;archivio…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="196"/>
        <source>The store could not be opened (%1).</source>
        <translation>Non è stato possibile aprire l&apos;archivio (%1).</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="201"/>
        <source>Store not available</source>
        <translation>Archivio non disponibile</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="206"/>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="235"/>
        <source>An empty store</source>
        <translation>Archivio vuoto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="236"/>
        <source>The store has no workers yet. Load demonstration data (1,000 fictitious workers with their families) to try the desk, or start empty and import your HR files?</source>
        <translation>L&apos;archivio non contiene ancora lavoratori. Vuoi caricare i dati dimostrativi (1.000 lavoratori fittizi con le loro famiglie) per provare il programma, oppure iniziare con l&apos;archivio vuoto e importare i file dell&apos;ufficio del personale?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="245"/>
        <source>Load &amp;demonstration data</source>
        <translation>Carica i &amp;dati dimostrativi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="249"/>
        <source>Start &amp;empty</source>
        <translation>Inizia con l&apos;archivio &amp;vuoto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="262"/>
        <source>Creating demonstration data…</source>
        <translation>Creazione dei dati dimostrativi…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="263"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="207"/>
        <source>open</source>
        <translation>aperte</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="208"/>
        <source>closed</source>
        <translation>chiuse</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="210"/>
        <source>one each working day, from the first to the last day</source>
        <translation>uno per ogni giorno feriale, dal primo all&apos;ultimo giorno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="212"/>
        <source>one a week, on the first day&apos;s weekday</source>
        <translation>uno alla settimana, nel giorno della settimana del primo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="213"/>
        <source>none: attendance is not recorded</source>
        <translation>nessuno: le presenze non si registrano</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="230"/>
        <source>Edition of %1</source>
        <translation>Edizione di %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="230"/>
        <source>New edition of %1</source>
        <translation>Nuova edizione di %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="252"/>
        <source>Write the title of the edition.</source>
        <translation>Scrivi il titolo dell&apos;edizione.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="266"/>
        <source>%1 meetings are too many to record: choose one a week, or none.</source>
        <translation>%1 incontri sono troppi da registrare: scegli uno alla settimana, o nessuno.</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="6"/>
        <source>New edition</source>
        <translation>Nuova edizione</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="13"/>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="20"/>
        <source>Title of the edition</source>
        <translation>Titolo dell&apos;edizione</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="21"/>
        <source>e.g. Summer 2027, week 1</source>
        <translation>es. Estate 2027, settimana 1</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="26"/>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="32"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="37"/>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="44"/>
        <location filename="../../ui/edition_dialog.ui" line="57"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="45"/>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="50"/>
        <source>T&amp;o</source>
        <translation>A&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="58"/>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="63"/>
        <source>P&amp;laces</source>
        <translation>Po&amp;sti</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="71"/>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="76"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Incontri</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="82"/>
        <source>Meetings to record attendance</source>
        <translation>Incontri di cui registrare le presenze</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="87"/>
        <source>&amp;Enrollments</source>
        <translation>I&amp;scrizioni</translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="93"/>
        <source>Enrollments open or closed</source>
        <translation>Iscrizioni aperte o chiuse</translation>
    </message>
</context>
<context>
    <name>EmployersDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="43"/>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="53"/>
        <source>Employers</source>
        <translation>Datori di lavoro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="46"/>
        <source>A public administration (art. 1 c. 2 D.Lgs. 165/2001) tells the Ministry of its smart-working agreements by the 20th of the following month; a private employer within five days. The communications owed from now on take the employer&apos;s term.</source>
        <translation>Una pubblica amministrazione (art. 1 c. 2 D.Lgs. 165/2001) comunica al Ministero gli accordi di lavoro agile entro il giorno 20 del mese successivo; un datore di lavoro privato entro cinque giorni. Le comunicazioni dovute da adesso in poi seguono il termine del datore di lavoro.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="52"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="55"/>
        <source>Employer</source>
        <translation>Datore di lavoro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="55"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="55"/>
        <source>Ministry communication</source>
        <translation>Comunicazione al Ministero</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="63"/>
        <source>public administration</source>
        <translation>pubblica amministrazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="64"/>
        <source>private employer</source>
        <translation>datore di lavoro privato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="68"/>
        <source>by the 20th of the following month</source>
        <translation>entro il 20 del mese successivo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="69"/>
        <source>within 5 days</source>
        <translation>entro 5 giorni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="79"/>
        <source>Mark as a &amp;private employer</source>
        <translation>Segna come datore di lavoro &amp;privato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="81"/>
        <source>Mark as a &amp;public administration</source>
        <translation>Segna come &amp;pubblica amministrazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="113"/>
        <source>%1: %2, Ministry communications %3.</source>
        <translation>%1: %2, comunicazioni al Ministero %3.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="35"/>
        <source>Erase the data of %1</source>
        <translation>Cancella i dati di %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="38"/>
        <source>What the erasure would do: nothing has been changed yet. What the law requires to keep stays, with its reason; the rest goes, its history too.</source>
        <translation>Ecco che cosa farebbe la cancellazione: per ora non è stato cambiato nulla. Ciò che la legge chiede di conservare resta, con il motivo; il resto si cancella, cronologia compresa.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="45"/>
        <source>What the erasure does</source>
        <translation>Che cosa fa la cancellazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="47"/>
        <source>Reason of the erasure</source>
        <translation>Motivo della cancellazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="48"/>
        <source>e.g. the person&apos;s request of 2 December</source>
        <translation>ad esempio: richiesta dell&apos;interessato del 2 dicembre</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="49"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="55"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Cancella…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="58"/>
        <source>&amp;Close</source>
        <translation>C&amp;hiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="96"/>
        <source>Write the reason of the erasure first.</source>
        <translation>Scrivi prima il motivo della cancellazione.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="100"/>
        <source>Erase the data of %1 as listed? It cannot be undone: not even the history will hold the values.</source>
        <translation>Cancellare i dati di %1 come elencato? Non si può annullare: nemmeno la cronologia conserverà i valori.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="103"/>
        <source>Erase the data</source>
        <translation>Cancella i dati</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="115"/>
        <source>Erased. The audit records it, with the reason.</source>
        <translation>Cancellazione eseguita. Il registro degli accessi la riporta, con il motivo.</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/fields_dialog.py" line="35"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/fields_dialog.py" line="37"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="116"/>
        <source>Which file?</source>
        <translation>Quale file?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="118"/>
        <source>An Excel (.xlsx) or CSV file from the HR office or from a provider.</source>
        <translation>Un file Excel (.xlsx) o CSV dell&apos;ufficio del personale o di un ente erogatore.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="120"/>
        <source>&amp;Workers</source>
        <translation>&amp;Lavoratori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="121"/>
        <source>&amp;Household members (of workers already in the store)</source>
        <translation>&amp;Familiari (di lavoratori già in archivio)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="122"/>
        <source>A provider&apos;s &amp;catalogue: services and their editions</source>
        <translation>Il &amp;catalogo di un ente: servizi e loro edizioni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="124"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="125"/>
        <source>S&amp;heet</source>
        <translation>F&amp;oglio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="126"/>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="127"/>
        <source>Sheet to import</source>
        <translation>Foglio da importare</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="128"/>
        <source>Sender&apos;s &amp;profile</source>
        <translation>&amp;Profilo del mittente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="129"/>
        <source>Sender&apos;s profile</source>
        <translation>Profilo del mittente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="132"/>
        <source>The employer or provider who sent the file: the columns and values chosen for it are offered again, and kept after the import. Leave empty for none.</source>
        <translation>L&apos;azienda o l&apos;ente che ha mandato il file: le colonne e i valori già scelti per lui vengono riproposti e, dopo l&apos;importazione, ricordati. Lascia vuoto per non usarne.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="152"/>
        <source>Choose the file</source>
        <translation>Scegli il file</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="154"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Fogli di calcolo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="164"/>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="192"/>
        <source>&amp;User name</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="192"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="193"/>
        <source>&amp;Full name</source>
        <translation>Nome e &amp;cognome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="193"/>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="194"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="194"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="195"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ripetila</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="195"/>
        <source>Password again</source>
        <translation>Password ripetuta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="196"/>
        <source>I also &amp;follow workers (welfare manager)</source>
        <translation>&amp;Seguo anche i lavoratori (welfare manager)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="199"/>
        <source>e.g. ebrambilla</source>
        <translation>es. ebrambilla</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="200"/>
        <source>The first administrator</source>
        <translation>Il primo amministratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="203"/>
        <source>This store has no operators yet. Create its first administrator: from now on the desk opens only after a sign-in, and the administrator adds the other operators. Use at least 10 characters for the password.</source>
        <translation>Questo archivio non ha ancora operatori. Crea il primo amministratore: da adesso la desk si apre solo dopo l&apos;accesso, e l&apos;amministratore aggiunge gli altri operatori. La password deve avere almeno 10 caratteri.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="208"/>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Crea e accedi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="216"/>
        <source>The two passwords differ: write them again.</source>
        <translation>Le due password sono diverse: scrivile di nuovo.</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="390"/>
        <source>Funder report</source>
        <translation>Rendicontazione per l&apos;ente finanziatore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="396"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="396"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="401"/>
        <source>All programmes</source>
        <translation>Tutti i programmi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="402"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="405"/>
        <source>The report for the funder: families reached, activities with their meetings, hours and participants, vouchers and budget spent by action and partner. Counts only, no personal data. The period is one quarter or one calendar year, ended; small counts and amounts are protected as in HR&apos;s summaries.</source>
        <translation>Il rendiconto per l&apos;ente finanziatore: famiglie raggiunte, attività con incontri, ore e partecipanti, voucher e budget speso per azione e partner. Solo conteggi, nessun dato personale. Il periodo è un trimestre o un anno solare, già concluso; i numeri piccoli e gli importi sono protetti come nei prospetti per HR.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="413"/>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="415"/>
        <source>&amp;To:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="417"/>
        <source>P&amp;rogramme:</source>
        <translation>P&amp;rogramma:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="429"/>
        <source>Save as E&amp;xcel…</source>
        <translation>Salva in E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="430"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Apri la cartella</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="436"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="473"/>
        <source>Save the funder report</source>
        <translation>Salva la rendicontazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="495"/>
        <source>Funder report saved in %1.</source>
        <translation>Rendicontazione salvata in %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="497"/>
        <source>Saving the funder report…</source>
        <translation>Salvataggio della rendicontazione…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="503"/>
        <source>No program opens folders here.</source>
        <translation>Su questo computer nessun programma apre le cartelle.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="57"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="63"/>
        <source>Correct the goal</source>
        <translation>Correggi l&apos;obiettivo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="75"/>
        <source>Write the goal.</source>
        <translation>Scrivi l&apos;obiettivo.</translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="6"/>
        <source>New goal</source>
        <translation>Nuovo obiettivo</translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="12"/>
        <source>&amp;Goal</source>
        <translation>&amp;Obiettivo</translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="19"/>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="20"/>
        <source>e.g. A nursery place by January</source>
        <translation>es. Posto al nido entro gennaio</translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="25"/>
        <source>&amp;Target date</source>
        <translation>&amp;Data obiettivo</translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="32"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="33"/>
        <source>Target date</source>
        <translation>Data obiettivo</translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="38"/>
        <source>&amp;Need it answers</source>
        <translation>&amp;Bisogno a cui risponde</translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="44"/>
        <source>Need it answers</source>
        <translation>Bisogno a cui risponde</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="92"/>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="144"/>
        <source>Welfare-day handout</source>
        <translation>Catalogo per il welfare day</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="93"/>
        <source>For the workers &amp;of</source>
        <translation>&amp;Azienda dei lavoratori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="94"/>
        <source>&amp;Area</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="95"/>
        <source>Only the editions of a &amp;period</source>
        <translation>Solo le edizioni di un &amp;periodo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="96"/>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="97"/>
        <source>&amp;To</source>
        <translation>A&amp;l</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="98"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Vedi l&apos;anteprima…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="99"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="117"/>
        <source>every employer</source>
        <translation>tutte le aziende</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="120"/>
        <source>every area</source>
        <translation>tutte le aree</translation>
    </message>
</context>
<context>
    <name>HealthFundsPanel</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="124"/>
        <source>Also decided and &amp;paid</source>
        <translation>Anche decise e &amp;pagate</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="125"/>
        <source>Mov&amp;e to</source>
        <translation>Cambia stat&amp;o</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="126"/>
        <source>Open the stor&amp;y</source>
        <translation>Scheda del &amp;lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="127"/>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umenti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="128"/>
        <source>Add an &amp;invoice…</source>
        <translation>Aggiun&amp;gi una fattura…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="129"/>
        <source>A&amp;ttach a scan…</source>
        <translation>Allega una scansio&amp;ne…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="130"/>
        <source>In&amp;voices and scans of the chosen request</source>
        <translation>Fatture e scansioni della pratica scelta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="131"/>
        <source>Open the sca&amp;n</source>
        <translation>Apri la scansione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="132"/>
        <source>Invoices and scans of the chosen request</source>
        <translation>Fatture e scansioni della pratica scelta (Invio apre la scansione)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="134"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="134"/>
        <source>Date or file</source>
        <translation>Data o file</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="134"/>
        <source>Amount or size</source>
        <translation>Importo o dimensione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="136"/>
        <source>Health-fund requests</source>
        <translation>Pratiche con i fondi sanitari</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="139"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="140"/>
        <source>Worker</source>
        <translation>Lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="141"/>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="142"/>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="143"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="144"/>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="145"/>
        <source>Claimed</source>
        <translation>Richiesti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="146"/>
        <source>Documents missing</source>
        <translation>Documenti mancanti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="184"/>
        <source>invoice</source>
        <translation>fattura</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="199"/>
        <source>scan</source>
        <translation>scansione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="213"/>
        <source>Choose a scan in the list.</source>
        <translation>Scegli una scansione nell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="228"/>
        <source>No program opens %1 here.</source>
        <translation>Su questo computer nessun programma apre %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="239"/>
        <source>Partly approved</source>
        <translation>Accolta in parte</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="239"/>
        <source>Euro approved by the fund:</source>
        <translation>Euro accolti dal fondo:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="258"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="279"/>
        <source>Documents of %1 updated.</source>
        <translation>Documenti di %1 aggiornati.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="297"/>
        <source>Attach a scan</source>
        <translation>Allega una scansione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="299"/>
        <source>PDF or images (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF o immagini (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="320"/>
        <source>%1 attached.</source>
        <translation>%1 allegato.</translation>
    </message>
</context>
<context>
    <name>HfRequestDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="141"/>
        <source>Health-fund request – %1</source>
        <translation>Pratica con il fondo sanitario – %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="152"/>
        <source>indirect: the member pays and claims</source>
        <translation>indiretto: l&apos;iscritto paga e chiede il rimborso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="153"/>
        <source>direct: contracted providers</source>
        <translation>diretto: strutture convenzionate</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="175"/>
        <source>Correct the draft %1</source>
        <translation>Correggi la bozza %1</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="6"/>
        <source>Health-fund request</source>
        <translation>Pratica con il fondo sanitario</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="13"/>
        <source>&amp;Fund</source>
        <translation>&amp;Fondo</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="19"/>
        <source>Health fund</source>
        <translation>Fondo sanitario</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="24"/>
        <source>&amp;Request</source>
        <translation>&amp;Richiesta</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="30"/>
        <source>Kind of request</source>
        <translation>Tipo di richiesta</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="35"/>
        <source>R&amp;egime</source>
        <translation>R&amp;egime</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="41"/>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="46"/>
        <source>&amp;For</source>
        <translation>&amp;Per</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="52"/>
        <source>Who the request is for</source>
        <translation>Per chi è la richiesta</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="57"/>
        <source>At a provider &amp;under contract with the fund</source>
        <translation>Presso una struttura &amp;convenzionata con il fondo</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="58"/>
        <source>Some funds (mètaSalute) pay care at their contracted providers only in the direct regime: ask for it before the care</source>
        <translation>Alcuni fondi (mètaSalute) pagano le cure presso le strutture convenzionate solo nel regime diretto: chiedi la presa in carico prima della prestazione</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="63"/>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="69"/>
        <source>Notes (health data: never shown to HR)</source>
        <translation>Note (dati sanitari: mai mostrati all&apos;ufficio del personale)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="523"/>
        <source>Import from an HR file</source>
        <translation>Importazione da file del personale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="532"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="533"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="534"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="535"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="6"/>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="13"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="20"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="21"/>
        <source>Date of the invoice</source>
        <translation>Data della fattura</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="26"/>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Importo (€)</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="33"/>
        <source>Amount in euro</source>
        <translation>Importo in euro</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="34"/>
        <source>e.g. 180,00</source>
        <translation>es. 180,00</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="36"/>
        <source>Pregnancy and maternity</source>
        <translation>Gravidanza e maternità</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="37"/>
        <source>Children under 14</source>
        <translation>Figli under 14</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="38"/>
        <source>Family member under Law 104/1992</source>
        <translation>Familiari con L. 104/1992</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="39"/>
        <source>Disadvantaged worker</source>
        <translation>Lavoratori svantaggiati</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="43"/>
        <source>child</source>
        <translation>figlio/a</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="44"/>
        <source>spouse or partner</source>
        <translation>coniuge o convivente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="45"/>
        <source>parent</source>
        <translation>genitore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="46"/>
        <source>sibling</source>
        <translation>fratello/sorella</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="47"/>
        <source>parent-in-law</source>
        <translation>suocero/a</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="48"/>
        <source>grandparent</source>
        <translation>nonno/a</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="49"/>
        <source>grandchild</source>
        <translation>nipote (figlio di un figlio)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="50"/>
        <source>nephew or niece</source>
        <translation>nipote (figlio di fratello o sorella)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="51"/>
        <source>other relative</source>
        <translation>altro familiare</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="56"/>
        <location filename="../../welfare_desk/gui/labels.py" line="112"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="57"/>
        <source>assessment</source>
        <translation>in valutazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="58"/>
        <source>plan active</source>
        <translation>piano attivo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="59"/>
        <source>monitoring</source>
        <translation>in monitoraggio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="60"/>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="64"/>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="65"/>
        <source>Start the assessment</source>
        <translation>Avvia la valutazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="66"/>
        <source>Activate the plan</source>
        <translation>Attiva il piano</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="67"/>
        <source>Move to monitoring</source>
        <translation>Passa al monitoraggio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="68"/>
        <source>Close the case…</source>
        <translation>Chiudi il percorso…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="72"/>
        <source>Back to the assessment</source>
        <translation>Torna alla valutazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="75"/>
        <source>Reactivate the plan</source>
        <translation>Riattiva il piano</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="80"/>
        <source>meeting</source>
        <translation>colloquio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="81"/>
        <source>referral to a service</source>
        <translation>invio a un servizio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="82"/>
        <source>health fund request</source>
        <translation>richiesta al fondo sanitario</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="83"/>
        <source>smart-working request</source>
        <translation>richiesta di lavoro agile</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="84"/>
        <location filename="../../welfare_desk/gui/labels.py" line="143"/>
        <source>course</source>
        <translation>corso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="85"/>
        <source>orientation to public services</source>
        <translation>orientamento ai servizi pubblici</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="86"/>
        <location filename="../../welfare_desk/gui/labels.py" line="109"/>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="89"/>
        <source>operator</source>
        <translation>operatore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="90"/>
        <location filename="../../welfare_desk/gui/labels.py" line="160"/>
        <source>worker</source>
        <translation>lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="91"/>
        <source>provider</source>
        <translation>ente erogatore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="94"/>
        <source>to do</source>
        <translation>da fare</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="95"/>
        <source>done</source>
        <translation>fatta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="96"/>
        <location filename="../../welfare_desk/gui/labels.py" line="168"/>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="99"/>
        <source>reached</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="100"/>
        <source>partly reached</source>
        <translation>raggiunto in parte</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="101"/>
        <source>not reached</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="104"/>
        <source>goals met</source>
        <translation>obiettivi raggiunti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="105"/>
        <source>the worker withdrew</source>
        <translation>rinuncia del lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="106"/>
        <source>left the company</source>
        <translation>uscita dall&apos;azienda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="107"/>
        <source>referred to another service</source>
        <translation>inviato ad altro servizio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="108"/>
        <source>no longer in touch</source>
        <translation>nessun contatto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="113"/>
        <source>in progress</source>
        <translation>in lavorazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="114"/>
        <source>met</source>
        <translation>soddisfatto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="115"/>
        <source>not met</source>
        <translation>non soddisfatto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="116"/>
        <source>withdrawn</source>
        <translation>ritirato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="119"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="120"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="121"/>
        <source>low</source>
        <translation>bassa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="124"/>
        <source>Welfare day</source>
        <translation>Welfare day</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="125"/>
        <source>Social point</source>
        <translation>Social point</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="126"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="127"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="128"/>
        <source>Video call</source>
        <translation>Videochiamata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="140"/>
        <source>service</source>
        <translation>servizio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="141"/>
        <source>welfare day</source>
        <translation>welfare day</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="142"/>
        <source>workshop</source>
        <translation>laboratorio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="146"/>
        <source>free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="147"/>
        <source>subsidised</source>
        <translation>agevolato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="148"/>
        <source>full price</source>
        <translation>a prezzo pieno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="151"/>
        <source>Christmas holidays</source>
        <translation>vacanze di Natale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="152"/>
        <source>Carnival</source>
        <translation>Carnevale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="153"/>
        <source>Easter holidays</source>
        <translation>vacanze di Pasqua</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="154"/>
        <source>summer</source>
        <translation>estate</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="155"/>
        <source>school year</source>
        <translation>anno scolastico</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="156"/>
        <source>other period</source>
        <translation>altro periodo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="159"/>
        <source>children</source>
        <translation>figli</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="161"/>
        <source>worker and family members</source>
        <translation>lavoratore e familiari</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="164"/>
        <source>requested</source>
        <translation>richiesta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="165"/>
        <source>confirmed</source>
        <translation>confermata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="166"/>
        <source>waiting list</source>
        <translation>in lista d&apos;attesa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="167"/>
        <source>attended</source>
        <translation>frequentata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="169"/>
        <source>waiting for confirmation</source>
        <translation>in attesa di conferma</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="172"/>
        <source>issued</source>
        <translation>emesso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="173"/>
        <source>used</source>
        <translation>utilizzato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="174"/>
        <source>voided</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="177"/>
        <source>allocation</source>
        <translation>stanziamento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="178"/>
        <source>reduction</source>
        <translation>riduzione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="179"/>
        <source>voucher issued</source>
        <translation>voucher emesso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="180"/>
        <source>voucher cancelled</source>
        <translation>voucher annullato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="183"/>
        <source>programme</source>
        <translation>programma</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="184"/>
        <source>welfare allowance</source>
        <translation>credito welfare</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="190"/>
        <location filename="../../welfare_desk/gui/labels.py" line="205"/>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="191"/>
        <source>sent to the fund</source>
        <translation>inviata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="192"/>
        <source>suspended</source>
        <translation>sospesa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="193"/>
        <location filename="../../welfare_desk/gui/labels.py" line="208"/>
        <source>approved</source>
        <translation>accolta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="194"/>
        <source>partly approved</source>
        <translation>accolta in parte</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="195"/>
        <location filename="../../welfare_desk/gui/labels.py" line="209"/>
        <source>rejected</source>
        <translation>respinta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="196"/>
        <source>paid</source>
        <translation>pagata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="199"/>
        <source>enrolment in the fund</source>
        <translation>iscrizione al fondo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="200"/>
        <source>extension to family members</source>
        <translation>estensione ai familiari</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="201"/>
        <source>pre-authorisation (direct scheme)</source>
        <translation>presa in carico (regime diretto)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="202"/>
        <source>reimbursement claim (indirect scheme)</source>
        <translation>richiesta di rimborso (regime indiretto)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="206"/>
        <source>submitted</source>
        <translation>presentata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="207"/>
        <source>under review</source>
        <translation>in valutazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="210"/>
        <source>active</source>
        <translation>attiva</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="211"/>
        <source>ended</source>
        <translation>conclusa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="212"/>
        <source>withdrawn by the worker</source>
        <translation>ritirata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="215"/>
        <source>no recognition</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="216"/>
        <source>art. 3 c. 1 Law 104/1992</source>
        <translation>art. 3 c. 1 L. 104/1992</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="217"/>
        <source>art. 3 c. 3 Law 104/1992 (serious disability)</source>
        <translation>art. 3 c. 3 L. 104/1992 (situazione di gravità)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="227"/>
        <source>withdrawal from %1: in force until then</source>
        <translation>recesso dal %1: in vigore fino ad allora</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="176"/>
        <source>Welfare Desk is locked</source>
        <translation>Welfare Desk è bloccata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="179"/>
        <source>The desk was locked so that nobody reads what is on screen. %1 opens it with the password; anyone else quits and starts the desk again.</source>
        <translation>La desk è stata bloccata perché nessuno legga ciò che è sullo schermo. %1 la riapre con la password; chiunque altro esce e riavvia la desk.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="183"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="247"/>
        <source>Conflicts (%1)</source>
        <translation>Conflitti (%1)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="249"/>
        <location filename="../../welfare_desk/gui/main_window.py" line="412"/>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="405"/>
        <source>Welfare Desk</source>
        <translation>Welfare Desk</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="406"/>
        <source>Workers</source>
        <translation>Lavoratori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="407"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="408"/>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="409"/>
        <source>Budgets and vouchers</source>
        <translation>Budget e voucher</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="410"/>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="411"/>
        <source>Smart-working decisions</source>
        <translation>Decisioni sul lavoro agile</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="416"/>
        <source>Areas</source>
        <translation>Aree</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="418"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="419"/>
        <source>&amp;Quick intake…</source>
        <translation>&amp;Accoglienza rapida…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="420"/>
        <source>&amp;New worker…</source>
        <translation>&amp;Nuovo lavoratore…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="421"/>
        <source>&amp;Import workers…</source>
        <translation>&amp;Importa lavoratori…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="422"/>
        <source>Import &amp;household members…</source>
        <translation>Importa &amp;familiari…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="423"/>
        <source>Import a provider&apos;s &amp;catalogue…</source>
        <translation>Importa il &amp;catalogo di un ente…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="424"/>
        <source>Import the other &amp;benefits from payroll…</source>
        <translation>Importa gli altri benefit da&amp;l cedolino…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="425"/>
        <source>Import p&amp;rofiles…</source>
        <translation>&amp;Profili di importazione…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="426"/>
        <source>Print the &amp;path summaries of a day or event…</source>
        <translation>S&amp;tampa i riepiloghi dei percorsi di un giorno o evento…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="427"/>
        <source>Print the &amp;welfare-day handout…</source>
        <translation>Stampa il catalogo per il &amp;welfare day…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="428"/>
        <source>E&amp;xport the open person&apos;s data…</source>
        <translation>E&amp;sporta i dati della persona aperta…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="429"/>
        <source>Print the open person&apos;s &amp;data…</source>
        <translation>Stampa i &amp;dati della persona aperta…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="430"/>
        <source>Pri&amp;vacy of the open person…</source>
        <translation>Pri&amp;vacy della persona aperta…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="431"/>
        <source>Quarterly summary for &amp;HR…</source>
        <translation>Sintesi trimestrale per &amp;HR…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="432"/>
        <source>&amp;Funder report…</source>
        <translation>&amp;Rendicontazione per l&apos;ente finanziatore…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="433"/>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Blocca la desk</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="434"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="435"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="436"/>
        <source>&amp;Find a worker</source>
        <translation>&amp;Cerca un lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="437"/>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="438"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="439"/>
        <source>&amp;Employers…</source>
        <translation>&amp;Datori di lavoro…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="440"/>
        <source>&amp;Operators…</source>
        <translation>&amp;Operatori…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="441"/>
        <source>&amp;Access register…</source>
        <translation>&amp;Registro degli accessi…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="442"/>
        <source>Data &amp;retention…</source>
        <translation>&amp;Conservazione dei dati…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="443"/>
        <source>&amp;Undo</source>
        <translation>A&amp;nnulla l&apos;eliminazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="444"/>
        <source>Change my &amp;password…</source>
        <translation>Cambia la mia &amp;password…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="445"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="446"/>
        <source>&amp;About Welfare Desk</source>
        <translation>&amp;Informazioni su Welfare Desk</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="447"/>
        <source>Working</source>
        <translation>Elaborazione in corso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="449"/>
        <source>Working as of %1: not today&apos;s date</source>
        <translation>Si lavora come se fosse il %1: non è la data di oggi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="455"/>
        <source>The desk was started with --today: deadlines, ages and new records take this day. Start it without --today to work on the real day.</source>
        <translation>Il programma è stato avviato con --today: scadenze, età e nuove registrazioni prendono questo giorno. Avvialo senza --today per lavorare sulla data reale.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="480"/>
        <location filename="../../welfare_desk/gui/main_window.py" line="481"/>
        <source>Store: %1</source>
        <translation>Archivio: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="538"/>
        <source>Your role sees no single person&apos;s data: the smart-working decisions, the catalogue, the budgets and the reports of the File menu are yours.</source>
        <translation>Il tuo ruolo non vede nessun dato delle singole persone: sono tuoi le decisioni sul lavoro agile, il catalogo, i budget e i report del menu File.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="543"/>
        <source>Your role sees no single person&apos;s data: the catalogue, the budgets and the reports of the File menu are yours.</source>
        <translation>Il tuo ruolo non vede nessun dato delle singole persone: sono tuoi il catalogo, i budget e i report del menu File.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/main_window.py" line="587"/>
        <source>%n overdue in the agenda</source>
        <translation>
            <numerusform>%n scadenza superata in agenda</numerusform>
            <numerusform>%n scadenze superate in agenda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="699"/>
        <source>Enrollment cancelled.</source>
        <translation>Iscrizione annullata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="700"/>
        <source>Voucher cancelled.</source>
        <translation>Voucher annullato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="701"/>
        <source>Contact removed.</source>
        <translation>Colloquio eliminato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="702"/>
        <source>Need removed.</source>
        <translation>Bisogno eliminato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="703"/>
        <source>Goal removed.</source>
        <translation>Obiettivo eliminato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="704"/>
        <source>Action removed.</source>
        <translation>Azione eliminata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="705"/>
        <location filename="../../welfare_desk/gui/main_window.py" line="706"/>
        <source>Draft request removed.</source>
        <translation>Bozza della pratica eliminata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="707"/>
        <source>Removed.</source>
        <translation>Eliminato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="742"/>
        <source>Restored.</source>
        <translation>Ripristinato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="766"/>
        <source>Saved, with warnings: %1</source>
        <translation>Salvato, con avvisi: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="772"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="788"/>
        <source>Contact recorded.</source>
        <translation>Colloquio registrato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="833"/>
        <source>This store has no operators, so the desk cannot lock: create the first administrator (welfare-desk init --admin NAME).</source>
        <translation>Questo archivio non ha operatori, quindi la desk non si può bloccare: crea il primo amministratore (welfare-desk init --admin NOME).</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="866"/>
        <source>Password changed.</source>
        <translation>Password cambiata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="875"/>
        <source>Open the person&apos;s page first.</source>
        <translation>Apri prima la scheda della persona.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="897"/>
        <source>The person&apos;s data were erased.</source>
        <translation>I dati della persona sono stati cancellati.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="911"/>
        <source>Open the person&apos;s page first, then print their data.</source>
        <translation>Apri prima la scheda della persona, poi stampane i dati.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="916"/>
        <source>Print the person&apos;s data</source>
        <translation>Stampa i dati della persona</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="917"/>
        <source>Why (e.g. the person&apos;s request of 2 December)? It goes to the audit.</source>
        <translation>Perché (ad esempio la richiesta della persona del 2 dicembre)? Resta nel registro degli accessi.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="933"/>
        <source>The person&apos;s data</source>
        <translation>I dati della persona</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="942"/>
        <source>Open the person&apos;s page first, then export their data.</source>
        <translation>Apri prima la scheda della persona, poi esportane i dati.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="947"/>
        <source>Export the person&apos;s data</source>
        <translation>Esporta i dati della persona</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="948"/>
        <source>Why? (e.g. the person&apos;s request of 1/12)</source>
        <translation>Perché? (ad esempio la richiesta dell&apos;interessato dell&apos;1/12)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="954"/>
        <source>Save the person&apos;s data</source>
        <translation>Salva i dati della persona</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="956"/>
        <source>JSON file (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="970"/>
        <source>The person&apos;s data is saved in %1.</source>
        <translation>I dati della persona sono salvati in %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="1009"/>
        <source>About Welfare Desk</source>
        <translation>Informazioni su Welfare Desk</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="1010"/>
        <source>Welfare Desk %1
The desk of company welfare programmes.</source>
        <translation>Welfare Desk %1
Lo sportello dei programmi di welfare aziendale.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="1019"/>
        <source>The operation did not succeed</source>
        <translation>L&apos;operazione non è riuscita</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/match_dialog.py" line="23"/>
        <source>Services that fit – %1</source>
        <translation>Servizi adatti – %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/match_dialog.py" line="26"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/match_dialog.py" line="44"/>
        <source>Voucher %1 issued.</source>
        <translation>Voucher %1 emesso.</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="115"/>
        <source>Show the e&amp;xcluded too, with why</source>
        <translation>Mostra anche gli esc&amp;lusi, con il motivo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="116"/>
        <source>E&amp;nroll</source>
        <translation>Isc&amp;rivi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="118"/>
        <source>Enrolls the person; with an open case, the plan gains the action.</source>
        <translation>Iscrive la persona; con un percorso aperto, l&apos;azione entra nel piano.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="120"/>
        <source>Issue a &amp;voucher…</source>
        <translation>Emetti un vouc&amp;her…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="121"/>
        <source>Services that fit, best first</source>
        <translation>Servizi adatti, i migliori per primi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="122"/>
        <source>Why it fits</source>
        <translation>Perché è adatto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="125"/>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="126"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="127"/>
        <source>Edition</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="128"/>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="129"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="130"/>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="131"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="132"/>
        <source>Provider</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="145"/>
        <source>%1 of %2 free</source>
        <translation>%1 liberi su %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/match_panel.py" line="149"/>
        <source>full, %n waiting</source>
        <translation>
            <numerusform>esaurito, %n in attesa</numerusform>
            <numerusform>esaurito, %n in attesa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="195"/>
        <source>No open edition fits this household.</source>
        <translation>Nessuna edizione aperta è adatta a questa famiglia.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="199"/>
        <source>%1 editions fit: the best %2 are listed, those answering an open need first.</source>
        <translation>%1 edizioni adatte: sono elencate le migliori %2, prima quelle che rispondono a un bisogno aperto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/match_panel.py" line="206"/>
        <source>%n editions fit, those answering an open need first.</source>
        <translation>
            <numerusform>%n edizione adatta, prima quelle che rispondono a un bisogno aperto.</numerusform>
            <numerusform>%n edizioni adatte, prima quelle che rispondono a un bisogno aperto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="221"/>
        <source>Why it fits:</source>
        <translation>Perché è adatto:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="221"/>
        <source>Why it is excluded:</source>
        <translation>Perché è escluso:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="233"/>
        <source>Enroll %1 in «%2 – %3»?</source>
        <translation>Iscrivere %1 a «%2 – %3»?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="238"/>
        <source>Enroll</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="251"/>
        <source>The action is in the plan of the case.</source>
        <translation>L&apos;azione è stata aggiunta al piano del percorso.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="31"/>
        <source>Add a household member</source>
        <translation>Aggiungi un familiare</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="31"/>
        <source>Household member</source>
        <translation>Familiare</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="39"/>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="41"/>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="45"/>
        <source>&amp;Dependent for tax purposes</source>
        <translation>&amp;A carico ai fini fiscali</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="47"/>
        <source>only for an adopted or fostered child</source>
        <translation>solo per un figlio adottato o in affidamento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="49"/>
        <source>&amp;Relation</source>
        <translation>&amp;Parentela</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="49"/>
        <source>Relation</source>
        <translation>Parentela</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="50"/>
        <source>&amp;Surname</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="50"/>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="51"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="51"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="52"/>
        <source>&amp;Born on</source>
        <translation>Nato/a i&amp;l</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="52"/>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="53"/>
        <source>Codice &amp;fiscale</source>
        <translation>Codice &amp;fiscale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="53"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="54"/>
        <source>L. &amp;104</source>
        <translation>L. &amp;104</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="54"/>
        <source>Recognition under L. 104/1992</source>
        <translation>Riconoscimento ai sensi della L. 104/1992</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="55"/>
        <source>In the famil&amp;y since</source>
        <translation>In famiglia &amp;dal</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="55"/>
        <source>In the family since</source>
        <translation>In famiglia dal</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="77"/>
        <source>Born on: %1</source>
        <translation>Data di nascita: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="85"/>
        <source>In the family since: %1</source>
        <translation>In famiglia dal: %1</translation>
    </message>
</context>
<context>
    <name>MinistryPanel</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="76"/>
        <source>Mark as &amp;sent…</source>
        <translation>Segna &amp;come inviata…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="77"/>
        <source>Also those already se&amp;nt</source>
        <translation>Anche le comunica&amp;zioni già fatte</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="78"/>
        <source>Communications to the Ministry of Labour</source>
        <translation>Comunicazioni al Ministero del Lavoro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="81"/>
        <source>Due</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="82"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="83"/>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="84"/>
        <source>Worker</source>
        <translation>Lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="85"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="86"/>
        <source>Of</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="87"/>
        <source>Sent</source>
        <translation>Inviata il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="99"/>
        <source>sent</source>
        <translation>inviata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="105"/>
        <source>start of agile work</source>
        <translation>inizio del lavoro agile</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="106"/>
        <source>change of the agreement</source>
        <translation>modifica dell&apos;accordo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="107"/>
        <source>end of agile work</source>
        <translation>cessazione del lavoro agile</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="113"/>
        <source>Choose a communication still to send.</source>
        <translation>Scegli una comunicazione ancora da inviare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="117"/>
        <source>Communication sent</source>
        <translation>Comunicazione inviata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="118"/>
        <source>Protocol number given by the Servizi Lavoro portal:</source>
        <translation>Numero di protocollo dato dal portale Servizi Lavoro:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="128"/>
        <source>Communication of %1 recorded.</source>
        <translation>Comunicazione di %1 registrata.</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="25"/>
        <source>Correct the need</source>
        <translation>Correggi il bisogno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="35"/>
        <source>&amp;Need</source>
        <translation>&amp;Bisogno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="35"/>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="36"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgenza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="36"/>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="37"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="37"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="104"/>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="132"/>
        <source>Operators</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="107"/>
        <source>Who can sign in to this store. Give each new operator the first password in person; they change it after signing in. An operator who leaves is disabled, not removed: the history keeps the name.</source>
        <translation>Chi può accedere a questo archivio. Consegna di persona la prima password a ogni nuovo operatore: la cambierà dopo l&apos;accesso (Impostazioni › Cambia la mia password). Un operatore che se ne va si disattiva, non si elimina: la cronologia ne conserva il nome.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="115"/>
        <source>&amp;User name</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="116"/>
        <source>&amp;Full name</source>
        <translation>Nome e co&amp;gnome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="117"/>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="118"/>
        <source>First &amp;password</source>
        <translation>Prima &amp;password</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="119"/>
        <source>Re&amp;peat it</source>
        <translation>R&amp;ipetila</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="124"/>
        <source>The administrator also &amp;follows workers</source>
        <translation>L&apos;amministratore &amp;segue anche i lavoratori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="125"/>
        <source>&amp;Employers followed (none: all)</source>
        <translation>Datori di la&amp;voro seguiti (nessuno: tutti)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="126"/>
        <source>&amp;Social points followed (none: all)</source>
        <translation>Social p&amp;oint seguiti (nessuno: tutti)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="127"/>
        <source>Employers followed</source>
        <translation>Datori di lavoro seguiti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="128"/>
        <source>Social points followed</source>
        <translation>Social point seguiti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="129"/>
        <source>&amp;Add the operator</source>
        <translation>&amp;Aggiungi l&apos;operatore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="130"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Disattiva…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="131"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="135"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="136"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="137"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="138"/>
        <source>Assigned to</source>
        <translation>Assegnato a</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="139"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="149"/>
        <source>disabled</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="149"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="199"/>
        <source>The two passwords differ: write them again.</source>
        <translation>Le due password sono diverse: scrivile di nuovo.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="226"/>
        <source>%1 can sign in as %2.</source>
        <translation>%1 può accedere come %2.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="240"/>
        <source>Choose the operator to disable.</source>
        <translation>Scegli l&apos;operatore da disattivare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="243"/>
        <source>Disable %1 (%2)? They will no longer sign in.</source>
        <translation>Disattivare %1 (%2)? Non potrà più accedere.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="245"/>
        <source>Disable the operator</source>
        <translation>Disattiva l&apos;operatore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="255"/>
        <source>Disabled.</source>
        <translation>Disattivato.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="25"/>
        <source>Encrypt the new store</source>
        <translation>Cifra il nuovo archivio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="25"/>
        <source>Open the encrypted store</source>
        <translation>Apri l&apos;archivio cifrato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="32"/>
        <source>Store</source>
        <translation>Archivio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="35"/>
        <source>Passphrase</source>
        <translation>Frase dell&apos;archivio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="38"/>
        <source>Passphrase again</source>
        <translation>Frase dell&apos;archivio, di nuovo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="40"/>
        <source>Store:</source>
        <translation>Archivio:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="41"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="45"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ripetila:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="52"/>
        <source>Without the passphrase nobody can read the store, not even the support: write it down and keep it where the keys of the social point are kept.</source>
        <translation>Senza la frase nessuno può leggere l&apos;archivio, nemmeno l&apos;assistenza: scrivila e conservala dove si tengono le chiavi del social point.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="57"/>
        <source>The passphrase chosen when the store was created, or the 64-character recovery key kept by the administrator.</source>
        <translation>La frase scelta quando l&apos;archivio è stato creato, oppure la chiave di recupero di 64 caratteri conservata dall&apos;amministratore.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="65"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="67"/>
        <source>&amp;Encrypt and open</source>
        <translation>&amp;Cifra e apri</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="67"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="69"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="95"/>
        <source>The two passphrases differ: type them again.</source>
        <translation>Le due frasi sono diverse: scrivile di nuovo.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="100"/>
        <source>Type the passphrase to open the store.</source>
        <translation>Scrivi la frase per aprire l&apos;archivio.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/password_dialog.py" line="26"/>
        <source>This computer has no usable system keyring: the password will be asked again next session and is never written to a file.</source>
        <translation>Su questo computer non c&apos;è un portachiavi di sistema utilizzabile: la password verrà chiesta di nuovo alla prossima sessione e non sarà mai scritta su un file.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="6"/>
        <source>Store password</source>
        <translation>Password dell&apos;archivio</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="17"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="27"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="34"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="41"/>
        <source>&amp;Remember it in the system keyring</source>
        <translation>&amp;Ricordala nel portachiavi di sistema</translation>
    </message>
</context>
<context>
    <name>PathBatchDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="222"/>
        <source>Path summaries of a day or an event</source>
        <translation>Riepiloghi dei percorsi di un giorno o di un evento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="223"/>
        <source>Everyone seen on a &amp;day</source>
        <translation>Tutti i lavoratori visti in un &amp;giorno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="224"/>
        <source>Da&amp;y</source>
        <translation>Gio&amp;rno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="225"/>
        <source>At the &amp;social point</source>
        <translation>Al &amp;social point</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="226"/>
        <source>Everyone registered to an &amp;event</source>
        <translation>Tutti gli iscritti a un &amp;evento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="227"/>
        <source>E&amp;vent</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="228"/>
        <source>&amp;Print all…</source>
        <translation>S&amp;tampa tutti…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="229"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="244"/>
        <source>every social point</source>
        <translation>tutti i social point</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="285"/>
        <source>%n path summary(ies) to print.</source>
        <translation>
            <numerusform>%n riepilogo da stampare.</numerusform>
            <numerusform>%n riepiloghi da stampare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="300"/>
        <source>Preparing the path summaries…</source>
        <translation>Preparazione dei riepiloghi…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="300"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="391"/>
        <source>Preparing the document…</source>
        <translation>Preparazione del documento…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="392"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="423"/>
        <source>The document could not be prepared because of an unexpected error.</source>
        <translation>Non è stato possibile preparare il documento per un errore imprevisto.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="427"/>
        <source>Document not prepared</source>
        <translation>Documento non preparato</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="159"/>
        <source>P&amp;revious</source>
        <translation>&amp;Precedente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="160"/>
        <source>Previous page (Page Up)</source>
        <translation>Pagina precedente (Pag su)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="161"/>
        <source>&amp;Next</source>
        <translation>&amp;Successiva</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="162"/>
        <source>Next page (Page Down)</source>
        <translation>Pagina successiva (Pag giù)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="163"/>
        <source>P&amp;age</source>
        <translation>Pa&amp;gina</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="164"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="165"/>
        <source>Zoom &amp;out</source>
        <translation>Ri&amp;duci</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="166"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="167"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="168"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="169"/>
        <source>Fit &amp;width</source>
        <translation>Adatta alla &amp;larghezza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="170"/>
        <source>Fit the page to the width of the window (Ctrl+0)</source>
        <translation>Adatta la pagina alla larghezza della finestra (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="171"/>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="172"/>
        <source>Print (Ctrl+P)</source>
        <translation>Stampa (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="173"/>
        <source>&amp;Save as…</source>
        <translation>Sal&amp;va come…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="174"/>
        <source>Save a copy as a PDF file (Ctrl+S)</source>
        <translation>Salva una copia in un file PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="175"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="176"/>
        <source>Preview of the document</source>
        <translation>Anteprima del documento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="239"/>
        <source>The document cannot be shown: it is not a readable PDF.</source>
        <translation>Il documento non si può mostrare: non è un PDF leggibile.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="247"/>
        <source>of %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="249"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="262"/>
        <source>Print the document</source>
        <translation>Stampa il documento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="285"/>
        <source>The printer did not accept the document. Check that it is on and connected, or choose another one.</source>
        <translation>La stampante non ha accettato il documento. Controlla che sia accesa e collegata, oppure scegline un&apos;altra.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="296"/>
        <source>Sent to the printer.</source>
        <translation>Inviato alla stampante.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="296"/>
        <source>Printing cancelled.</source>
        <translation>Stampa annullata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="310"/>
        <source>Save the document</source>
        <translation>Salva il documento</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="313"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="328"/>
        <source>Saved as %1.</source>
        <translation>Salvato come %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="334"/>
        <source>The document was not saved: this folder cannot be written to. Choose another folder.</source>
        <translation>Documento non salvato: in questa cartella non si può scrivere. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="339"/>
        <source>The document was not saved: the disk is full. Free some space or choose another disk.</source>
        <translation>Documento non salvato: il disco è pieno. Libera spazio o scegli un altro disco.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="343"/>
        <source>The document was not saved: the folder no longer exists.</source>
        <translation>Documento non salvato: la cartella non esiste più.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="344"/>
        <source>The document was not saved (%1). Nothing was written.</source>
        <translation>Documento non salvato (%1). Non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="295"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="296"/>
        <source>Nothing has been written yet.</source>
        <translation>Non è ancora stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="297"/>
        <source>Import the valid rows and leave out the ones with errors</source>
        <translation>Importa le righe valide e tralascia quelle con errori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="298"/>
        <source>Rows with problems</source>
        <translation>Righe con problemi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="299"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="299"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="299"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="302"/>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="302"/>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="313"/>
        <source>Checking every row…</source>
        <translation>Controllo di tutte le righe…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="339"/>
        <source>%1 rows ready to import, %2 with errors, %3 warnings.</source>
        <translation>Righe pronte da importare: %1; con errori: %2; avvisi: %3.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="349"/>
        <source>Columns not imported: %1.</source>
        <translation>Colonne non importate: %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="363"/>
        <source>New providers: %1.</source>
        <translation>Nuovi enti erogatori: %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="364"/>
        <source>New employers: %1.</source>
        <translation>Nuove aziende: %1.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../welfare_desk/gui/print_job.py" line="73"/>
        <source>Printing…</source>
        <translation>Stampa in corso…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/print_job.py" line="74"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/print_job.py" line="79"/>
        <source>Printing</source>
        <translation>Stampa</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="56"/>
        <source> (extended)</source>
        <translation> (prorogata)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="126"/>
        <source>Privacy – %1</source>
        <translation>Privacy – %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="127"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalità</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="128"/>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base giuridica</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="129"/>
        <source>The &amp;notice was given today</source>
        <translation>&amp;Informativa consegnata oggi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="130"/>
        <source>&amp;Print the notice…</source>
        <translation>&amp;Stampa l&apos;informativa…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="131"/>
        <source>&amp;Record the basis</source>
        <translation>&amp;Registra la base</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="132"/>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;voca…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="133"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="134"/>
        <source>The person&apos;s &amp;requests (answer within a month)</source>
        <translation>&amp;Richieste dell&apos;interessato (risposta entro un mese)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="135"/>
        <source>New re&amp;quest…</source>
        <translation>Nuova ric&amp;hiesta…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="136"/>
        <source>E&amp;xtend by two months…</source>
        <translation>Proro&amp;ga di due mesi…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="137"/>
        <source>Ans&amp;wered today</source>
        <translation>Ris&amp;posta data oggi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="138"/>
        <source>Era&amp;se the data…</source>
        <translation>Cance&amp;lla i dati…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="139"/>
        <source>The person&apos;s requests</source>
        <translation>Richieste dell&apos;interessato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="141"/>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="141"/>
        <source>Received</source>
        <translation>Ricevuta il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="141"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="141"/>
        <source>Answered</source>
        <translation>Risposta il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="143"/>
        <source>Legal bases</source>
        <translation>Basi giuridiche</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="145"/>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="145"/>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="145"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="145"/>
        <source>Withdrawn</source>
        <translation>Revocata il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="176"/>
        <source>The information notice (version %1) has not been given yet.</source>
        <translation>L&apos;informativa (versione %1) non è ancora stata consegnata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="179"/>
        <source>Information notice version %1 given on %2.</source>
        <translation>Informativa versione %1 consegnata il %2.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="183"/>
        <source>The notice changed since (now %1): give it again.</source>
        <translation>L&apos;informativa è cambiata da allora (ora %1): consegnala di nuovo.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="207"/>
        <source>Notice recorded.</source>
        <translation>Consegna dell&apos;informativa registrata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="228"/>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="241"/>
        <source>Basis recorded.</source>
        <translation>Base giuridica registrata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="246"/>
        <source>Choose the basis to withdraw.</source>
        <translation>Scegli la base da revocare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Withdraw «%1» for «%2» from today?</source>
        <translation>Revocare «%1» per «%2» da oggi?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="251"/>
        <source>Withdraw the basis</source>
        <translation>Revoca la base giuridica</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="260"/>
        <source>Withdrawn.</source>
        <translation>Revocata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="269"/>
        <source>New request</source>
        <translation>Nuova richiesta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="269"/>
        <source>What does the person ask?</source>
        <translation>Che cosa chiede la persona?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="281"/>
        <source>Request recorded: it is in the agenda until answered.</source>
        <translation>Richiesta registrata: resta in agenda finché non ha risposta.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="286"/>
        <source>Choose the request.</source>
        <translation>Scegli la richiesta.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="297"/>
        <source>Extend the request</source>
        <translation>Proroga la richiesta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="297"/>
        <source>Why (it is told to the person)?</source>
        <translation>Perché (va comunicato alla persona)?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="307"/>
        <source>Extended.</source>
        <translation>Prorogata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="320"/>
        <source>Answered.</source>
        <translation>Risposta registrata.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="115"/>
        <source>Import profiles</source>
        <translation>Profili di importazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="118"/>
        <source>A profile keeps how a sender writes its files: the columns and the values chosen once, offered again at its next file. Correct a value read the wrong way, or forget a choice so that the next file asks for it again.</source>
        <translation>Un profilo ricorda come un mittente scrive i suoi file: le colonne e i valori scelti una volta, riproposti al file successivo. Correggi un valore letto nel modo sbagliato, oppure dimentica una scelta perché il prossimo file la chieda di nuovo.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="123"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profili</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="124"/>
        <source>Profiles</source>
        <translation>Profili</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="125"/>
        <source>Columns and &amp;values of the profile</source>
        <translation>Colonne e &amp;valori del profilo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="126"/>
        <source>Columns and values of the profile</source>
        <translation>Colonne e valori del profilo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="128"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="128"/>
        <source>In the file</source>
        <translation>Nel file</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="128"/>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="130"/>
        <source>&amp;Forget the chosen line</source>
        <translation>&amp;Dimentica la riga scelta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="131"/>
        <source>&amp;Save the corrections</source>
        <translation>&amp;Salva le correzioni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="132"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Rinomina…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="133"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="134"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="151"/>
        <source>workers</source>
        <translation>lavoratori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="152"/>
        <source>household members</source>
        <translation>familiari</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="153"/>
        <source>catalogue</source>
        <translation>catalogo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="167"/>
        <source>No profiles yet: name the sender in the import&apos;s first page and the columns and values chosen are kept after the import.</source>
        <translation>Ancora nessun profilo: indica il mittente nella prima pagina dell&apos;importazione e le colonne e i valori scelti saranno ricordati dopo l&apos;importazione.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="191"/>
        <source>column «%1»</source>
        <translation>colonna «%1»</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="196"/>
        <source>What «%1» means</source>
        <translation>Che cosa significa «%1»</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="214"/>
        <source>this field</source>
        <translation>questo campo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="233"/>
        <source>Forgotten: the next file will ask for it again. Save to keep it so.</source>
        <translation>Dimenticata: il prossimo file la chiederà di nuovo. Salva perché resti così.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="257"/>
        <source>Profile «%1» saved.</source>
        <translation>Profilo «%1» salvato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="267"/>
        <source>Rename the profile</source>
        <translation>Rinomina il profilo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="268"/>
        <source>New name of the profile «%1»:</source>
        <translation>Nuovo nome del profilo «%1»:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="277"/>
        <source>Profile «%1» is now called «%2».</source>
        <translation>Il profilo «%1» ora si chiama «%2».</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="289"/>
        <source>Delete the profile «%1»? Its columns and values will be asked again at the sender&apos;s next file; what was imported stays as it is.</source>
        <translation>Eliminare il profilo «%1»? Colonne e valori saranno chiesti di nuovo al prossimo file del mittente; ciò che è stato importato resta com&apos;è.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="292"/>
        <source>Delete the profile</source>
        <translation>Elimina il profilo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="297"/>
        <source>Profile «%1» deleted.</source>
        <translation>Profilo «%1» eliminato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="327"/>
        <source>Unsaved corrections</source>
        <translation>Correzioni non salvate</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="328"/>
        <source>Save the corrections to the profile «%1»?</source>
        <translation>Salvare le correzioni al profilo «%1»?</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="536"/>
        <source>New provider</source>
        <translation>Nuovo ente erogatore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="538"/>
        <source>service provider (cooperative, association…)</source>
        <translation>ente erogatore (cooperativa, associazione…)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="539"/>
        <source>public body (municipality, consortium…)</source>
        <translation>ente pubblico (comune, azienda consortile…)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="540"/>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="569"/>
        <source>Write the name of the provider.</source>
        <translation>Scrivi il nome dell&apos;ente.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="545"/>
        <location filename="../../ui/provider_dialog.ui" line="6"/>
        <source>Provider</source>
        <translation>Ente erogatore</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="13"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="20"/>
        <source>Name of the provider</source>
        <translation>Nome dell&apos;ente</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="21"/>
        <source>e.g. Cooperativa Sociale Il Girasole</source>
        <translation>es. Cooperativa Sociale Il Girasole</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="26"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="32"/>
        <source>Kind of organization</source>
        <translation>Tipo di ente</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="37"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Comune</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="44"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="49"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="56"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="61"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fono</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="68"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="73"/>
        <source>&amp;VAT number</source>
        <translation>&amp;Partita IVA</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="80"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="85"/>
        <source>&amp;Web site</source>
        <translation>Sito &amp;web</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="92"/>
        <source>www.ente.it</source>
        <translation>www.ente.it</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="93"/>
        <source>Web site</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="94"/>
        <source>What the QR codes of the handout and of the path summaries open</source>
        <translation>Quello che aprono i codici QR dell&apos;opuscolo e dei riepiloghi del percorso</translation>
    </message>
</context>
<context>
    <name>QuarterlyDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="171"/>
        <source>Quarterly summary for HR</source>
        <translation>Sintesi trimestrale per HR</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="178"/>
        <source>I – January to March</source>
        <translation>I – da gennaio a marzo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="179"/>
        <source>II – April to June</source>
        <translation>II – da aprile a giugno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="180"/>
        <source>III – July to September</source>
        <translation>III – da luglio a settembre</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="181"/>
        <source>IV – October to December</source>
        <translation>IV – da ottobre a dicembre</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="187"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="191"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="193"/>
        <source>All employers</source>
        <translation>Tutte le aziende</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="194"/>
        <source>Employer</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="199"/>
        <source>The summary holds no personal data: counts only. Each count is changed a little, always the same way for the same people: a count from 1 to 4 never appears, and no comparison of summaries can work one out.</source>
        <translation>La sintesi non contiene dati personali: solo conteggi. Ogni conteggio è alterato di poco, sempre allo stesso modo per le stesse persone: un numero da 1 a 4 non compare mai, e nessun confronto tra sintesi può ricavarlo.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="207"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="209"/>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="211"/>
        <source>&amp;Employer:</source>
        <translation>A&amp;zienda:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="220"/>
        <source>About the figures</source>
        <translation>Sui dati</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="224"/>
        <source>Count an issued quarter a&amp;gain</source>
        <translation>&amp;Ricalcola un trimestre già emesso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="227"/>
        <source>For data typed in late: the figures frozen at the first issue are replaced by a new count</source>
        <translation>Per i dati inseriti in ritardo: i dati congelati alla prima emissione sono sostituiti da un nuovo conteggio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="233"/>
        <source>&amp;Preview PDF…</source>
        <translation>Anteprima &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="234"/>
        <source>Make the summary as a PDF and show it here</source>
        <translation>Prepara la sintesi in PDF e mostrala qui</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="235"/>
        <source>Save as E&amp;xcel…</source>
        <translation>Salva in E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="236"/>
        <source>Save the summary as an Excel workbook with charts</source>
        <translation>Salva la sintesi in una cartella di lavoro Excel con i grafici</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="241"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="281"/>
        <source>From %1 to %2.</source>
        <translation>Dal %1 al %2.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="286"/>
        <source>This quarter has not begun yet.</source>
        <translation>Questo trimestre non è ancora cominciato.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="288"/>
        <source>The quarter is still running: its figures are provisional.</source>
        <translation>Il trimestre è in corso: i dati sono provvisori.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="291"/>
        <source>The quarter has ended: its figures are frozen the first time the summary is made, and every later summary repeats them.</source>
        <translation>Il trimestre è concluso: i dati si congelano alla prima sintesi e ogni sintesi successiva li ripete.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="299"/>
        <source>Provisional figures as of %1: the quarter is still running.</source>
        <translation>Dati provvisori al %1: il trimestre è in corso.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="303"/>
        <source>Nothing was recorded in this quarter: there is nothing to freeze.</source>
        <translation>Nel trimestre non è stato registrato nulla: non c&apos;è niente da congelare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="306"/>
        <source>Figures frozen on %1: making the summary again gives the same numbers.</source>
        <translation>Dati congelati il %1: rifacendo la sintesi si ottengono gli stessi numeri.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="346"/>
        <source>Quarterly summary %1 – %2</source>
        <translation>Sintesi trimestrale %1 – %2</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="352"/>
        <source>Preparing the summary…</source>
        <translation>Preparazione della sintesi…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="359"/>
        <source>Save the quarterly summary</source>
        <translation>Salva la sintesi trimestrale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="380"/>
        <source>Saved in %1.</source>
        <translation>Salvata in %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="382"/>
        <source>Saving the summary…</source>
        <translation>Salvataggio della sintesi…</translation>
    </message>
</context>
<context>
    <name>QuickIntake</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="64"/>
        <source>Needs ticked</source>
        <translation>Bisogni scelti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="69"/>
        <source>Add a relative…</source>
        <translation>Aggiungi un familiare…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="73"/>
        <source>A relative of the chosen worker; a new worker&apos;s after the contact is saved</source>
        <translation>Un familiare del lavoratore scelto; per un lavoratore nuovo, dopo aver salvato il colloquio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="88"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="89"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="159"/>
        <source>Contact not saved</source>
        <translation>Colloquio non salvato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="160"/>
        <source>The contact is not saved. Close and lose what you typed?</source>
        <translation>Il colloquio non è salvato. Chiudere e perdere ciò che hai scritto?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="198"/>
        <source>Relative added to the household.</source>
        <translation>Familiare aggiunto al nucleo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="284"/>
        <source>%n need(s) ticked</source>
        <translation>
            <numerusform>%n bisogno scelto</numerusform>
            <numerusform>%n bisogni scelti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="311"/>
        <source>Choose the worker, or tick «new worker».</source>
        <translation>Scegli il lavoratore, oppure spunta «nuovo lavoratore».</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="353"/>
        <source>Create «%1» as a new employer?</source>
        <translation>Creare «%1» come nuovo datore di lavoro?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="354"/>
        <source>New employer</source>
        <translation>Nuovo datore di lavoro</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="6"/>
        <source>Quick intake</source>
        <translation>Accoglienza rapida</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="12"/>
        <source>&amp;Worker</source>
        <translation>&amp;Lavoratore</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="18"/>
        <source>Find the worker</source>
        <translation>Cerca il lavoratore</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="19"/>
        <source>Surname, name or codice fiscale; Down to choose</source>
        <translation>Cognome, nome o codice fiscale; freccia giù per scegliere</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="24"/>
        <source>Workers found</source>
        <translation>Lavoratori trovati</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="30"/>
        <source>A &amp;new worker, not yet in the store</source>
        <translation>Un nuovo lavo&amp;ratore, non ancora in archivio</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="37"/>
        <source>New worker</source>
        <translation>Nuovo lavoratore</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="39"/>
        <source>&amp;Codice fiscale</source>
        <translation>&amp;Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="40"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="41"/>
        <source>Su&amp;rname</source>
        <translation>C&amp;ognome</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="42"/>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="43"/>
        <source>N&amp;ame</source>
        <translation>Nom&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="44"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="45"/>
        <source>Em&amp;ployer</source>
        <translation>A&amp;zienda</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="46"/>
        <source>Employer</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="52"/>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nale</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="53"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="54"/>
        <source>&amp;Duration (minutes)</source>
        <translation>&amp;Durata (minuti)</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="55"/>
        <source>Duration in minutes</source>
        <translation>Durata in minuti</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="56"/>
        <source>N&amp;eeds</source>
        <translation>&amp;Bisogni</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="57"/>
        <source>Filter the needs</source>
        <translation>Filtra i bisogni</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="57"/>
        <source>Type to filter, Down to the list, Space to tick</source>
        <translation>Scrivi per filtrare, freccia giù per l&apos;elenco, spazio per spuntare</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="58"/>
        <source>Needs raised</source>
        <translation>Bisogni emersi</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="59"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgenza</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="60"/>
        <source>Urgency of the needs</source>
        <translation>Urgenza dei bisogni</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="61"/>
        <source>N&amp;otes</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="62"/>
        <source>Notes (may hold health details: kept confidential)</source>
        <translation>Note (possono contenere dati sanitari: riservate)</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../welfare_desk/gui/confirm.py" line="39"/>
        <source>Write the reason: the history keeps it.</source>
        <translation>Scrivi il motivo: resta nella cronologia.</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="72"/>
        <source>Correct the draft…</source>
        <translation>Correggi la bozza…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="74"/>
        <source>Remove the draft…</source>
        <translation>Elimina la bozza…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="107"/>
        <source>Draft %1 corrected.</source>
        <translation>Bozza %1 corretta.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="121"/>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="128"/>
        <source>Remove the draft</source>
        <translation>Elimina la bozza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="122"/>
        <source>Why is %1 removed? It stays in the history.</source>
        <translation>Perché elimini %1? Il motivo resta nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="123"/>
        <source>recorded by mistake</source>
        <translation>registrata per errore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="127"/>
        <source>Remove the draft %1? You can undo it right after (Ctrl+Z).</source>
        <translation>Eliminare la bozza %1? Subito dopo puoi annullare (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="138"/>
        <source>Draft %1 removed.</source>
        <translation>Bozza %1 eliminata.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="72"/>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="74"/>
        <source>S&amp;mart working, to decide</source>
        <translation>Lavoro agile da &amp;decidere</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="75"/>
        <source>&amp;Health funds, by deadline</source>
        <translation>Fondi sanitari per &amp;scadenza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="76"/>
        <source>Co&amp;mmunications to the Ministry</source>
        <translation>Co&amp;municazioni al Ministero</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="97"/>
        <source>Co&amp;mmunications to the Ministry (%1, %2 late)</source>
        <translation>Co&amp;municazioni al Ministero (%1, %2 in ritardo)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="171"/>
        <source>Here the first %1 of the %2 requests to decide, priorities first: choose an employer to see the others.</source>
        <translation>Qui le prime %1 delle %2 richieste da decidere, con le priorità in testa: scegli un datore di lavoro per vedere le altre.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="176"/>
        <source>Here the first %1 of the %2 open requests, by deadline: the others come up as these are closed.</source>
        <translation>Qui le prime %1 delle %2 pratiche aperte, per scadenza: le altre compaiono man mano che queste si chiudono.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="89"/>
        <source>S&amp;mart working, to decide (%1)</source>
        <translation>Lavoro agile da &amp;decidere (%1)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="93"/>
        <source>&amp;Health funds, by deadline (%1)</source>
        <translation>Fondi sanitari per &amp;scadenza (%1)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="36"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="42"/>
        <source>Retention periods</source>
        <translation>Periodi di conservazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="45"/>
        <source>Each kind of record is kept for the period below, then removed. The list says how many ran past it today: nothing is removed until you ask.</source>
        <translation>Ogni tipo di dato si conserva per il periodo indicato, poi si elimina. L&apos;elenco dice quanti record lo hanno superato oggi: nulla si elimina finché non lo chiedi.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="53"/>
        <source>Reason of the removal</source>
        <translation>Motivo dell&apos;eliminazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="54"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="60"/>
        <source>&amp;Remove what expired…</source>
        <translation>&amp;Elimina i dati scaduti…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="63"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="79"/>
        <source>Data retention</source>
        <translation>Conservazione dei dati</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="82"/>
        <source>Records</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="85"/>
        <source>Kept for</source>
        <translation>Si conservano per</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="86"/>
        <source>From</source>
        <translation>A partire da</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="83"/>
        <source>Expired</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="84"/>
        <source>Oldest</source>
        <translation>Il più vecchio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="87"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="118"/>
        <source>Write the reason of the removal first.</source>
        <translation>Scrivi prima il motivo dell&apos;eliminazione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="123"/>
        <source>Remove %n expired record(s)? It cannot be undone: not even the history will hold their values.</source>
        <translation>
            <numerusform>Eliminare %n record scaduto? Non si può annullare: nemmeno la cronologia ne conserverà i valori.</numerusform>
            <numerusform>Eliminare %n record scaduti? Non si può annullare: nemmeno la cronologia ne conserverà i valori.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="128"/>
        <source>Remove expired records</source>
        <translation>Elimina i dati scaduti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="139"/>
        <source>%n record(s) removed.</source>
        <translation>
            <numerusform>%n record eliminato.</numerusform>
            <numerusform>%n record eliminati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="397"/>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="398"/>
        <source>&amp;Stop the import</source>
        <translation>&amp;Interrompi l&apos;importazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="399"/>
        <source>Save the &amp;list of refused rows…</source>
        <translation>Salva l&apos;&amp;elenco delle righe scartate…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="400"/>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="410"/>
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>Importazione di %Ln riga…</numerusform>
            <numerusform>Importazione di %Ln righe…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="427"/>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="434"/>
        <source>Done: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Fatto: %1 nuovi, %2 aggiornati, %3 invariati.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="441"/>
        <source>New providers: %1.</source>
        <translation>Nuovi enti erogatori: %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="443"/>
        <source>New employers: %1.</source>
        <translation>Nuove aziende: %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="446"/>
        <source>%1 rows were left out.</source>
        <translation>Righe tralasciate: %1.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="464"/>
        <source>Profile «%1» kept for the next file.</source>
        <translation>Profilo «%1» ricordato per il prossimo file.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="474"/>
        <source>Import stopped: the store is as it was, nothing was written.</source>
        <translation>Importazione interrotta: l&apos;archivio è rimasto com&apos;era, non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="486"/>
        <source>Save the refused rows</source>
        <translation>Salva le righe scartate</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="488"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="508"/>
        <source>List saved in %1.</source>
        <translation>Elenco salvato in %1.</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/saving.py" line="42"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/saving.py" line="43"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="400"/>
        <source>Service: %1</source>
        <translation>Servizio: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="400"/>
        <source>New service</source>
        <translation>Nuovo servizio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="440"/>
        <source>Reserved to these target categories</source>
        <translation>Riservato a queste categorie destinatarie</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="447"/>
        <source>Reserved to the employees of</source>
        <translation>Riservato ai dipendenti di</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="449"/>
        <source>Reserved to residents of</source>
        <translation>Riservato ai residenti di</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="450"/>
        <source>e.g. Lodi, Codogno (empty: anyone)</source>
        <translation>es. Lodi, Codogno (vuoto: tutti)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="454"/>
        <source>Target categ&amp;ories</source>
        <translation>Riservato a&amp;lle categorie</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="455"/>
        <source>Emp&amp;loyers</source>
        <translation>Solo per c&amp;hi lavora in</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="456"/>
        <source>Re&amp;sidents of</source>
        <translation>Solo per chi a&amp;bita a</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="474"/>
        <source>Write the name of the service.</source>
        <translation>Scrivi il nome del servizio.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="478"/>
        <source>Choose the provider.</source>
        <translation>Scegli l&apos;ente erogatore.</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="6"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="13"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="20"/>
        <source>Name of the service</source>
        <translation>Nome del servizio</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="25"/>
        <source>&amp;Provider</source>
        <translation>&amp;Ente erogatore</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="31"/>
        <source>Provider</source>
        <translation>Ente erogatore</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="36"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="42"/>
        <source>Kind of service</source>
        <translation>Tipo di servizio</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="47"/>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="53"/>
        <source>Category of needs it answers</source>
        <translation>Categoria di bisogni a cui risponde</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="58"/>
        <source>&amp;Municipality</source>
        <translation>Co&amp;mune</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="65"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="70"/>
        <source>A&amp;ddress</source>
        <translation>In&amp;dirizzo</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="77"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="82"/>
        <source>&amp;For</source>
        <translation>&amp;Per</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="88"/>
        <source>Who it is for</source>
        <translation>A chi è rivolto</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="93"/>
        <source>A&amp;ge from</source>
        <translation>Età d&amp;a</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="101"/>
        <location filename="../../ui/service_dialog.ui" line="115"/>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="102"/>
        <source>Minimum age</source>
        <translation>Età minima</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="107"/>
        <source>Age &amp;to</source>
        <translation>Età &amp;fino a</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="116"/>
        <source>Maximum age</source>
        <translation>Età massima</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="121"/>
        <source>P&amp;rice</source>
        <translation>Ta&amp;riffa</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="127"/>
        <source>Price model</source>
        <translation>Modalità di prezzo</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="132"/>
        <source>&amp;Worker price (€)</source>
        <translation>Prezzo a&amp;gevolato (€)</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="138"/>
        <location filename="../../ui/service_dialog.ui" line="151"/>
        <location filename="../../ui/service_dialog.ui" line="164"/>
        <source>e.g. 120,00</source>
        <translation>es. 120,00</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="140"/>
        <source>Worker price in euro</source>
        <translation>Prezzo per il lavoratore in euro</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="145"/>
        <source>F&amp;ull price (€)</source>
        <translation>Prezzo pien&amp;o (€)</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="153"/>
        <source>Full price in euro</source>
        <translation>Prezzo pieno in euro</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="158"/>
        <source>&amp;Voucher value (€)</source>
        <translation>Valore del &amp;voucher (€)</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="166"/>
        <source>Voucher value in euro</source>
        <translation>Valore del voucher in euro</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="171"/>
        <source>Ta&amp;x classification</source>
        <translation>Classificazione fi&amp;scale</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="177"/>
        <source>Tax classification under art. 51 TUIR</source>
        <translation>Classificazione fiscale ai sensi dell&apos;art. 51 TUIR</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="182"/>
        <source>&amp;Inclusion support</source>
        <translation>Sostegno all&apos;&amp;inclusione</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="188"/>
        <source>an educator for children with a functional diagnosis</source>
        <translation>un educatore per bambini con diagnosi funzionale</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="189"/>
        <source>Inclusion support</source>
        <translation>Sostegno all&apos;inclusione</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="194"/>
        <source>One voucher for several goods or services (at most € 258,23)</source>
        <translation>Un voucher per più beni o servizi insieme (al massimo 258,23 €)</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="195"/>
        <source>One voucher for several goods or services</source>
        <translation>Un voucher per più beni o servizi insieme</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="196"/>
        <source>DM 25/3/2016, art. 6 c. 3: goods and services named together in one voucher stay within € 258,23</source>
        <translation>DM 25/3/2016, art. 6 c. 3: beni e servizi indicati insieme in un solo voucher non superano 258,23 €</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="201"/>
        <source>D&amp;escription</source>
        <translation>Descri&amp;zione</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="207"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="117"/>
        <source>&amp;User name</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="117"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="118"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="118"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="120"/>
        <source>none: not at a social point today</source>
        <translation>nessuno: oggi non sono in un social point</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="121"/>
        <source>Social point of this session</source>
        <translation>Social point di questa sessione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="123"/>
        <source>Social &amp;point</source>
        <translation>Social &amp;point</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="127"/>
        <source>Sign in to Welfare Desk</source>
        <translation>Accesso a Welfare Desk</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="130"/>
        <source>The desk holds health and family data: sign in with your own user name. What you record carries your name.</source>
        <translation>La desk contiene dati sanitari e familiari: accedi con il tuo nome utente. Ciò che registri porta il tuo nome.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="134"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="159"/>
        <source>Write your user name and password.</source>
        <translation>Scrivi nome utente e password.</translation>
    </message>
</context>
<context>
    <name>SmartWorkingPanel</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="99"/>
        <source>&amp;Employer</source>
        <translation>Azi&amp;enda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="100"/>
        <source>Also &amp;decided and closed</source>
        <translation>Anche &amp;quelle decise e chiuse</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="101"/>
        <source>Mo&amp;ve to</source>
        <translation>Cambia s&amp;tato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="102"/>
        <source>A&amp;greement…</source>
        <translation>Acco&amp;rdo…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="103"/>
        <source>E&amp;xtend…</source>
        <translation>Pr&amp;oroga…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="105"/>
        <source>Prolong a fixed-term agreement (proroga): the Ministry hears of it</source>
        <translation>Proroga un accordo a tempo determinato: la proroga si comunica al Ministero</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="107"/>
        <source>&amp;Print the agreement…</source>
        <translation>Stam&amp;pa l&apos;accordo…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="108"/>
        <source>&amp;Open the story</source>
        <translation>Apri la sc&amp;heda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="109"/>
        <source>Smart-working requests</source>
        <translation>Richieste di lavoro agile</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="112"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="113"/>
        <source>Worker</source>
        <translation>Lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="114"/>
        <source>Legal priority</source>
        <translation>Priorità di legge</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="115"/>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="116"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="117"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="118"/>
        <source>Submitted</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="124"/>
        <source>All employers</source>
        <translation>Tutte le aziende</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="147"/>
        <source>%n a week</source>
        <translation>
            <numerusform>%n alla settimana</numerusform>
            <numerusform>%n alla settimana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="171"/>
        <source>Reject</source>
        <translation>Respingi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="171"/>
        <source>Why is the request rejected?</source>
        <translation>Perché la richiesta è respinta?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="197"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="205"/>
        <source>Withdrawal from the agreement</source>
        <translation>Recesso dall&apos;accordo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="206"/>
        <source>Who withdraws from the agreement?</source>
        <translation>Chi recede dall&apos;accordo?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="207"/>
        <source>The &amp;worker</source>
        <translation>Il &amp;lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="208"/>
        <source>The &amp;employer</source>
        <translation>Il &amp;datore di lavoro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="216"/>
        <source>Justified reason</source>
        <translation>Giustificato motivo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="218"/>
        <source>A justified reason, if any (it ends the agreement at once; empty: with notice):</source>
        <translation>Il giustificato motivo, se c&apos;è (chiude subito l&apos;accordo; vuoto: con il preavviso):</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="231"/>
        <source>Extend the agreement</source>
        <translation>Proroga dell&apos;accordo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="232"/>
        <source>The agreement ends on %1. New end (dd/mm/yyyy):</source>
        <translation>L&apos;accordo finisce il %1. Nuova fine (gg/mm/aaaa):</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="251"/>
        <source>%1 extended to %2.</source>
        <translation>%1 prorogata al %2.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="287"/>
        <source>Agreement %1</source>
        <translation>Accordo %1</translation>
    </message>
</context>
<context>
    <name>SwRequestDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="49"/>
        <source>Smart-working request – %1</source>
        <translation>Richiesta di lavoro agile – %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="59"/>
        <source>&amp;Mon</source>
        <translation>&amp;lun</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="60"/>
        <source>T&amp;ue</source>
        <translation>&amp;mar</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="61"/>
        <source>&amp;Wed</source>
        <translation>m&amp;er</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="62"/>
        <source>T&amp;hu</source>
        <translation>&amp;gio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="63"/>
        <source>Fr&amp;i</source>
        <translation>&amp;ven</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="71"/>
        <source>Which days</source>
        <translation>Quali giorni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="84"/>
        <source>Correct the draft %1</source>
        <translation>Correggi la bozza %1</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="6"/>
        <source>Smart-working request</source>
        <translation>Richiesta di lavoro agile</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="13"/>
        <source>&amp;Days a week</source>
        <translation>Giorni alla se&amp;ttimana</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="21"/>
        <source>Days a week of agile work</source>
        <translation>Giorni di lavoro agile alla settimana</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="26"/>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="33"/>
        <location filename="../../ui/sw_request_dialog.ui" line="59"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="34"/>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="39"/>
        <source>&amp;Open-ended</source>
        <translation>D&amp;urata</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="45"/>
        <source>no end date</source>
        <translation>a tempo indeterminato, senza data di fine</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="47"/>
        <source>Open-ended</source>
        <translation>A tempo indeterminato</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="52"/>
        <source>T&amp;o</source>
        <translation>&amp;Fino al</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="60"/>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="65"/>
        <source>&amp;Reasons</source>
        <translation>M&amp;otivi</translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="71"/>
        <source>The worker&apos;s reasons</source>
        <translation>I motivi del lavoratore</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="51"/>
        <source>S&amp;ynchronise now</source>
        <translation>Sincroni&amp;zza ora</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="52"/>
        <source>Synchronise with the programme&apos;s server now</source>
        <translation>Sincronizza ora con l&apos;archivio del programma sul server</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="106"/>
        <source>Synchronised: %1 sent, %2 received.</source>
        <translation>Sincronizzato: %1 modifiche inviate, %2 ricevute.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="141"/>
        <source>Sending: %1…</source>
        <translation>Invio: %1…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="141"/>
        <source>Receiving: %1…</source>
        <translation>Ricezione: %1…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="146"/>
        <source>Synchronising…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="148"/>
        <source>Not synchronised</source>
        <translation>Non sincronizzato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="150"/>
        <source>Synchronised %1</source>
        <translation>Sincronizzato %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/sync_bar.py" line="154"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n da inviare</numerusform>
            <numerusform>%n da inviare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="157"/>
        <source>Shared folder: %1</source>
        <translation>Cartella condivisa: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="162"/>
        <source>Last synchronised %1</source>
        <translation>Ultima sincronizzazione %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="152"/>
        <source>Never synchronised</source>
        <translation>Mai sincronizzato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/sync_bar.py" line="164"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modifica da inviare</numerusform>
            <numerusform>%n modifiche da inviare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/sync_bar.py" line="166"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflitto da risolvere</numerusform>
            <numerusform>%n conflitti da risolvere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="159"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../welfare_desk/gui/tasks.py" line="98"/>
        <source>The operation did not succeed (%1): nothing was saved.</source>
        <translation>L&apos;operazione non è riuscita (%1): non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="266"/>
        <source>Individual agreement %1</source>
        <translation>Accordo individuale %1</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="6"/>
        <source>Individual agreement</source>
        <translation>Accordo individuale</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="13"/>
        <source>&amp;Places</source>
        <translation>&amp;Luoghi</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="20"/>
        <source>Places of work</source>
        <translation>Luoghi di lavoro</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="25"/>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="32"/>
        <source>Tools</source>
        <translation>Strumenti</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="37"/>
        <source>&amp;Rest times</source>
        <translation>Tempi di &amp;riposo</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="44"/>
        <source>Rest times</source>
        <translation>Tempi di riposo</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="49"/>
        <source>&amp;Disconnection</source>
        <translation>&amp;Disconnessione</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="56"/>
        <source>Right to disconnect</source>
        <translation>Diritto alla disconnessione</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="61"/>
        <source>Reac&amp;hable</source>
        <translation>&amp;Contattabile</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="68"/>
        <source>Hours when the worker can be reached</source>
        <translation>Fasce orarie in cui il lavoratore è contattabile</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="69"/>
        <source>e.g. 9:30–12:30 and 14:30–16:30</source>
        <translation>ad es. 9:30–12:30 e 14:30–16:30</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="74"/>
        <source>&amp;Signed on</source>
        <translation>&amp;Firmato il</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="81"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="82"/>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../welfare_desk/gui/unsaved.py" line="47"/>
        <source>Changes not saved</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/unsaved.py" line="48"/>
        <source>What you typed is not saved. Close and lose it?</source>
        <translation>Ciò che hai scritto non è salvato. Chiudere e perderlo?</translation>
    </message>
</context>
<context>
    <name>ValueChoices</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="57"/>
        <source>Some values are written in a way the desk does not read. Choose what each one means: the choice holds for every row that carries it. Proposals are marked, never applied by themselves.</source>
        <translation>Alcuni valori sono scritti in un modo che il programma non riconosce. Scegli che cosa significa ciascuno: la scelta vale per tutte le righe che lo riportano. Le proposte sono indicate, mai applicate da sole.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="62"/>
        <source>Apply the choices and &amp;check again</source>
        <translation>Applica le scelte e ri&amp;controlla</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="63"/>
        <source>Values to choose</source>
        <translation>Valori da scegliere</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="65"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="65"/>
        <source>In the file</source>
        <translation>Nel file</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="65"/>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="65"/>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="78"/>
        <source>What «%1» means</source>
        <translation>Che cosa significa «%1»</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="79"/>
        <source>— choose —</source>
        <translation>— scegli —</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="81"/>
        <source>%1 (proposed)</source>
        <translation>%1 (proposta)</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="85"/>
        <source>&amp;Issue</source>
        <translation>&amp;Emetti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="95"/>
        <source>Counts for the &amp;year %1 (given by 12 January)</source>
        <translation>Vale per l&apos;&amp;anno %1 (dato entro il 12 gennaio)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="115"/>
        <source>%1 – %2 available</source>
        <translation>%1 – %2 disponibili</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="122"/>
        <source>No budget has money left today: create or top up one in Budgets.</source>
        <translation>Nessun budget ha fondi disponibili oggi: creane uno o aggiungi fondi in «Budget e voucher».</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="137"/>
        <source>Choose the budget the voucher is drawn from.</source>
        <translation>Scegli il budget su cui emettere il voucher.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="178"/>
        <source>Fringe-benefit threshold</source>
        <translation>Soglia dei fringe benefit</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="179"/>
        <source>Issue the voucher all the same?</source>
        <translation>Emettere comunque il voucher?</translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="6"/>
        <source>Issue a voucher</source>
        <translation>Emetti un voucher</translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="13"/>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="25"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="37"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="43"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="48"/>
        <source>&amp;Value (€)</source>
        <translation>&amp;Valore (€)</translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="54"/>
        <source>e.g. 120,00</source>
        <translation>es. 120,00</translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="56"/>
        <source>Value in euro</source>
        <translation>Valore in euro</translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="61"/>
        <source>Counts for the &amp;year before</source>
        <translation>Vale per l&apos;&amp;anno precedente</translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="63"/>
        <source>Given by 12 January and referring to the year before, a benefit counts in that tax period (art. 51 c. 1 TUIR), fringe-benefit threshold included</source>
        <translation>Dato entro il 12 gennaio e riferito all&apos;anno prima, un beneficio conta in quel periodo d&apos;imposta (art. 51 c. 1 TUIR), soglia dei fringe benefit compresa</translation>
    </message>
</context>
<context>
    <name>WorkerEditor</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="110"/>
        <location filename="../../ui/worker_editor.ui" line="252"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="115"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="140"/>
        <source>From the codice fiscale</source>
        <translation>Dal codice fiscale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="141"/>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="142"/>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="147"/>
        <source>New worker</source>
        <translation>Nuovo lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="149"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="152"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="153"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="221"/>
        <source>Enter the expected due date, or untick the pregnancy.</source>
        <translation>Indica la data presunta del parto, oppure togli la spunta alla gravidanza.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="303"/>
        <source>No legal basis for health data</source>
        <translation>Nessuna base giuridica per i dati sanitari</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="305"/>
        <source>You are recording health, disability or pregnancy data, and no legal basis for it is recorded for this person (art. 9 GDPR: explicit consent, or employment law). Save anyway? Then record the basis in File › Privacy of the open person.</source>
        <translation>Stai registrando dati sanitari, di disabilità o di gravidanza, e per questa persona non è registrata nessuna base giuridica (art. 9 GDPR: consenso esplicito, o diritto del lavoro). Salvare comunque? Poi registra la base in File › Privacy della persona aperta.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="335"/>
        <source>Create «%1» as a new employer?</source>
        <translation>Creare «%1» come nuovo datore di lavoro?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="336"/>
        <source>New employer</source>
        <translation>Nuovo datore di lavoro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="344"/>
        <source>Another desk saved this record after you opened it. What you typed is still here: reload to see the stored values beside your fields, then save again.</source>
        <translation>Un&apos;altra postazione ha salvato questa scheda dopo che l&apos;hai aperta. Quello che hai scritto è ancora qui: ricarica per vedere accanto ai campi i valori in archivio, poi salva di nuovo.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="392"/>
        <source>Stored now: %1</source>
        <translation>In archivio ora: %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="407"/>
        <source>The stored values are shown beside your fields. Saving now keeps what you typed.</source>
        <translation>I valori in archivio sono mostrati accanto ai campi. Se salvi ora, resta quello che hai scritto.</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="6"/>
        <source>Worker</source>
        <translation>Lavoratore</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="15"/>
        <source>Another desk saved this record after you opened it.</source>
        <translation>Un&apos;altra postazione ha salvato questa scheda dopo che l&apos;hai aperta.</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="20"/>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="42"/>
        <source>&amp;Codice fiscale</source>
        <translation>&amp;Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="48"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="60"/>
        <source>&amp;Surname</source>
        <translation>C&amp;ognome</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="66"/>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="78"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="84"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="96"/>
        <source>Date of &amp;birth</source>
        <translation>D&amp;ata di nascita</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="102"/>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="103"/>
        <location filename="../../ui/worker_editor.ui" line="221"/>
        <location filename="../../ui/worker_editor.ui" line="266"/>
        <location filename="../../ui/worker_editor.ui" line="279"/>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="114"/>
        <source>Se&amp;x</source>
        <translation>S&amp;esso</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="120"/>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="132"/>
        <source>&amp;Employer</source>
        <translation>A&amp;zienda</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="138"/>
        <source>Employer</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="150"/>
        <source>&amp;Work site</source>
        <translation>Sede di lavo&amp;ro</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="156"/>
        <source>Work site</source>
        <translation>Sede di lavoro</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="162"/>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="168"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="180"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="186"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="192"/>
        <source>M&amp;unicipality of residence</source>
        <translation>Com&amp;une di residenza</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="198"/>
        <source>Municipality of residence</source>
        <translation>Comune di residenza</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="204"/>
        <source>&amp;Disadvantaged worker (Law 381/1991, art. 4)</source>
        <translation>Lavoratore s&amp;vantaggiato (L. 381/1991)</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="209"/>
        <source>Pre&amp;gnancy in progress</source>
        <translation>&amp;Gravidanza in corso</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="214"/>
        <source>Expected &amp;due date</source>
        <translation>&amp;Data presunta del parto</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="220"/>
        <source>Expected due date</source>
        <translation>Data presunta del parto</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="232"/>
        <source>Own &amp;L. 104 recognition</source>
        <translation>&amp;L. 104 del lavoratore</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="238"/>
        <source>The worker&apos;s own recognition under Law 104/1992</source>
        <translation>Riconoscimento del lavoratore ai sensi della L. 104/1992</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="239"/>
        <location filename="../../ui/worker_editor.ui" line="254"/>
        <source>Health data: used only to derive the smart-working priority</source>
        <translation>Dato sanitario: usato solo per derivare la priorità nel lavoro agile</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="244"/>
        <source>Disabling &amp;illness, invalidity %</source>
        <translation>Malattia &amp;invalidante, % di invalidità</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="253"/>
        <source>Oncological or chronic disabling illness: invalidity percentage (Law 106/2025)</source>
        <translation>Malattia oncologica o cronica invalidante: percentuale di invalidità (L. 106/2025)</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="259"/>
        <source>Illness leave taken, fr&amp;om</source>
        <translation>Congedo per malattia &amp;preso, dal</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="265"/>
        <source>Illness leave under Law 106/2025: first day</source>
        <translation>Congedo della L. 106/2025: primo giorno</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="267"/>
        <location filename="../../ui/worker_editor.ui" line="280"/>
        <source>The leave of up to 24 months for an oncological or chronic disabling illness (Law 106/2025, art. 1): the smart-working priority comes after it</source>
        <translation>Il congedo fino a 24 mesi per malattia oncologica o cronica invalidante (L. 106/2025, art. 1): la priorità al lavoro agile viene al suo termine</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="272"/>
        <source>Illness leave taken, un&amp;til</source>
        <translation>Congedo per malattia preso, &amp;fino al</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="278"/>
        <source>Illness leave under Law 106/2025: last day</source>
        <translation>Congedo della L. 106/2025: ultimo giorno</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="291"/>
        <source>Disa&amp;bled under Law 68/1999</source>
        <translation>Disa&amp;bile ai sensi della L. 68/1999</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="297"/>
        <source>Disabled worker under Law 68/1999, art. 1, as certified</source>
        <translation>Lavoratore disabile ai sensi dell&apos;art. 1 L. 68/1999, come da certificato</translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="298"/>
        <source>Health data: as the certificate says; it gives the 90 days of notice when the employer withdraws from a smart-working agreement (Law 81/2017, art. 19)</source>
        <translation>Dato sanitario: come dice il certificato; dà i 90 giorni di preavviso quando il datore di lavoro recede dall&apos;accordo di lavoro agile (art. 19 L. 81/2017)</translation>
    </message>
</context>
<context>
    <name>WorkerOffers</name>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="92"/>
        <source>Enrollment&amp;s</source>
        <translation>Isc&amp;rizioni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="93"/>
        <source>Vouc&amp;hers</source>
        <translation>Vouc&amp;her</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="94"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="173"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="177"/>
        <source>Cancel the enrollment</source>
        <translation>Annulla l&apos;iscrizione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="95"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="203"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="207"/>
        <source>Cancel the voucher</source>
        <translation>Annulla il voucher</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="96"/>
        <source>Other benefits from the employer…</source>
        <translation>Altri benefit dell&apos;azienda…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="98"/>
        <source>Utilities, rent, the company car…: they fill the fringe-benefit threshold</source>
        <translation>Utenze, affitto, auto aziendale…: riempiono la soglia dei fringe benefit</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="100"/>
        <source>Enrollments</source>
        <translation>Iscrizioni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="101"/>
        <source>Vouchers</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="104"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="116"/>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="105"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="117"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="106"/>
        <source>Edition</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="107"/>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="108"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="119"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="109"/>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="114"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="115"/>
        <source>Issued</source>
        <translation>Emesso il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="118"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="120"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="139"/>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="169"/>
        <source>Choose the enrollment to cancel.</source>
        <translation>Scegli l&apos;iscrizione da annullare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="171"/>
        <source>Cancel the enrollment of %1 in «%2»?</source>
        <translation>Annullare l&apos;iscrizione di %1 a «%2»?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="178"/>
        <source>Why is the enrollment cancelled? The history keeps it.</source>
        <translation>Perché annulli l&apos;iscrizione? Il motivo resta nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="189"/>
        <source>Enrollment cancelled.</source>
        <translation>Iscrizione annullata.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="200"/>
        <source>Choose the voucher to cancel.</source>
        <translation>Scegli il voucher da annullare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="202"/>
        <source>Cancel voucher %1? Its value goes back to the budget.</source>
        <translation>Annullare il voucher %1? Il valore torna al budget.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="208"/>
        <source>Why is voucher %1 cancelled? The history keeps it.</source>
        <translation>Perché annulli il voucher %1? Il motivo resta nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="223"/>
        <source>Voucher %1 cancelled: %2 back to its budget.</source>
        <translation>Voucher %1 annullato: %2 tornano al budget.</translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="410"/>
        <source>← &amp;List</source>
        <translation>← &amp;Elenco</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="411"/>
        <source>Back to the list (Esc)</source>
        <translation>Torna all&apos;elenco (Esc)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="412"/>
        <source>Print the pat&amp;h summary…</source>
        <translation>Riepilo&amp;go…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="414"/>
        <source>The summary to hand to the worker: goals, next steps, services (Ctrl+P)</source>
        <translation>Il riepilogo da consegnare al lavoratore: obiettivi, prossimi passi, servizi (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="416"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="417"/>
        <source>Edit the record (Ctrl+E)</source>
        <translation>Modifica la scheda (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="418"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Nuovo colloquio…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="419"/>
        <source>Record a contact with this worker</source>
        <translation>Registra un colloquio con questo lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="420"/>
        <source>Case and plan</source>
        <translation>Percorso e piano</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="421"/>
        <source>Goal or action</source>
        <translation>Obiettivo o azione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="421"/>
        <source>By · status</source>
        <translation>Entro · stato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="422"/>
        <source>The plan of the case</source>
        <translation>Il piano del percorso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="423"/>
        <source>Needs, open first</source>
        <translation>Bisogni, prima quelli aperti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="424"/>
        <source>Mark the need &amp;as</source>
        <translation>Segna il bisogno &amp;come</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="427"/>
        <source>Change the status of the chosen need</source>
        <translation>Cambia lo stato del bisogno scelto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="428"/>
        <source>Status of the chosen need</source>
        <translation>Stato del bisogno scelto</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="431"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="433"/>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="433"/>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="433"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="461"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="433"/>
        <source>Raised on</source>
        <translation>Emerso il</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="435"/>
        <source>Contacts</source>
        <translation>Colloqui</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="436"/>
        <source>Co&amp;rrect the contact…</source>
        <translation>Co&amp;rreggi il colloquio…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="437"/>
        <source>Remo&amp;ve the contact…</source>
        <translation>Elimina i&amp;l colloquio…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="441"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="442"/>
        <source>Length</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="443"/>
        <source>Needs raised</source>
        <translation>Bisogni emersi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="444"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="445"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="617"/>
        <source>Con&amp;tacts</source>
        <translation>Coll&amp;oqui</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="448"/>
        <source>Changes to the &amp;record</source>
        <translation>Mo&amp;difiche</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="449"/>
        <source>&amp;Fitting services</source>
        <translation>Servi&amp;zi adatti</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="450"/>
        <source>New re&amp;quest</source>
        <translation>Nuova richie&amp;sta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="451"/>
        <source>New request</source>
        <translation>Nuova richiesta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="452"/>
        <source>&amp;Smart working…</source>
        <translation>&amp;Lavoro agile…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="453"/>
        <source>&amp;Health fund…</source>
        <translation>&amp;Fondo sanitario…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="626"/>
        <source>Enrollments and vo&amp;uchers</source>
        <translation>Iscrizioni e vo&amp;ucher</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="633"/>
        <source>Reque&amp;sts</source>
        <translation>Richies&amp;te</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="455"/>
        <source>Requests of the worker</source>
        <translation>Richieste del lavoratore</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="456"/>
        <source>Enter opens the request on the Requests page</source>
        <translation>Invio apre la richiesta nella pagina Richieste</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="459"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="460"/>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="462"/>
        <source>Period or deadline</source>
        <translation>Periodo o scadenza</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="466"/>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="468"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="491"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="469"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="487"/>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="470"/>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="471"/>
        <source>Employer</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="472"/>
        <source>Work site</source>
        <translation>Sede di lavoro</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="473"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="474"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="475"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="479"/>
        <source>Target categories</source>
        <translation>Categorie destinatarie</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="480"/>
        <source>Household</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="485"/>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="486"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="488"/>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="489"/>
        <source>Law 104/1992</source>
        <translation>L. 104/1992</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="490"/>
        <source>Dependent</source>
        <translation>A carico</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="544"/>
        <source>yes (income up to %1)</source>
        <translation>sì (reddito fino a %1)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="631"/>
        <source>Reque&amp;sts (%1)</source>
        <translation>Richies&amp;te (%1)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="622"/>
        <source>Enrollments and vo&amp;uchers (%1, %2)</source>
        <translation>Iscrizioni %1 · vo&amp;ucher %2</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="670"/>
        <source>Path summary – %1</source>
        <translation>Il percorso di %1</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="679"/>
        <source>Request recorded: it is in Requests.</source>
        <translation>Richiesta registrata: la trovi in «Richieste».</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="694"/>
        <source>Voucher %1 issued: %2.</source>
        <translation>Voucher %1 emesso: %2.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="751"/>
        <source>Choose a need in the list first.</source>
        <translation>Scegli prima un bisogno nell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="902"/>
        <source>O&amp;pen the case</source>
        <translation>Apri il &amp;percorso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="905"/>
        <source>The last case is closed: open a new one</source>
        <translation>L&apos;ultimo percorso è chiuso: aprine uno nuovo</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="907"/>
        <source>The case&apos;s page: assessment, plan, timeline</source>
        <translation>La pagina del percorso: valutazione, piano, cronologia</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="1014"/>
        <source>Permits and leave</source>
        <translation>Permessi e congedi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="1015"/>
        <source>To check with the personnel office: the desk grants none</source>
        <translation>Da verificare con l&apos;ufficio del personale: la desk non ne concede nessuno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="440"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="496"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="301"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="425"/>
        <source>Remove the need…</source>
        <translation>Elimina il bisogno…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="426"/>
        <source>Correct the need…</source>
        <translation>Correggi il bisogno…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="463"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="482"/>
        <source>Who changed what, and when</source>
        <translation>Chi ha cambiato che cosa, e quando</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="497"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="498"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="499"/>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="502"/>
        <source>Household members</source>
        <translation>Familiari</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="504"/>
        <source>Add a relative…</source>
        <translation>Aggiungi un familiare…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="505"/>
        <source>Edit the relative…</source>
        <translation>Modifica il familiare…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="506"/>
        <source>Take out…</source>
        <translation>Togli…</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="507"/>
        <source>History of the record</source>
        <translation>Storico della scheda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="527"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="531"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="536"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="615"/>
        <source>Con&amp;tacts (%1)</source>
        <translation>Coll&amp;oqui (%1)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="708"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="719"/>
        <source>Choose the need in the list first.</source>
        <translation>Scegli il bisogno nell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="724"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="731"/>
        <source>Remove the need</source>
        <translation>Elimina il bisogno</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="725"/>
        <source>Why is «%1» removed? It stays in the history.</source>
        <translation>Perché elimini «%1»? Il motivo resta nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="732"/>
        <source>Remove «%1»? You can undo it right after (Ctrl+Z).</source>
        <translation>Eliminare «%1»? Subito dopo puoi annullare (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="779"/>
        <source>Choose the relative in the list first.</source>
        <translation>Scegli il familiare nell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="797"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="806"/>
        <source>Take out of the household</source>
        <translation>Togli dal nucleo familiare</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="798"/>
        <source>Why is %1 taken out of the household? It stays in the history.</source>
        <translation>Perché togli %1 dal nucleo familiare? Il motivo resta nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="807"/>
        <source>Take %1 out of the household?</source>
        <translation>Togliere %1 dal nucleo familiare?</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="819"/>
        <source>%1 taken out of the household.</source>
        <translation>%1 tolto/a dal nucleo familiare.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="826"/>
        <source>Choose the contact in the list first.</source>
        <translation>Scegli il colloquio nell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="848"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="857"/>
        <source>Remove the contact</source>
        <translation>Elimina il colloquio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="849"/>
        <source>Why is the contact of %1 removed? It stays in the history.</source>
        <translation>Perché elimini il colloquio del %1? Il motivo resta nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="858"/>
        <source>Remove the contact of %1? You can undo it right after (Ctrl+Z).</source>
        <translation>Eliminare il colloquio del %1? Subito dopo puoi annullare (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="894"/>
        <source>No case yet.</source>
        <translation>Nessun percorso finora.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="895"/>
        <source>O&amp;pen a case</source>
        <translation>Apri un &amp;percorso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="896"/>
        <source>Open a personalised path</source>
        <translation>Apri un percorso personalizzato</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="902"/>
        <source>O&amp;pen a new case</source>
        <translation>Apri un &amp;nuovo percorso</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="910"/>
        <source>%1 · %2 · opened on %3</source>
        <translation>%1 · %2 · aperto il %3</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="916"/>
        <source>Next review: %1</source>
        <translation>Prossima verifica: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="918"/>
        <source>%n earlier case(s)</source>
        <translation>
            <numerusform>%n percorso precedente</numerusform>
            <numerusform>%n percorsi precedenti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="982"/>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 anni)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="985"/>
        <source>female</source>
        <translation>femmina</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="985"/>
        <source>male</source>
        <translation>maschio</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="1000"/>
        <source>No target category applies.</source>
        <translation>Nessuna categoria destinataria.</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="111"/>
        <source>Workers</source>
        <translation>Lavoratori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="112"/>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="113"/>
        <source>Surname, name, codice fiscale or employer</source>
        <translation>Cognome, nome, codice fiscale o azienda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="114"/>
        <source>Search workers</source>
        <translation>Cerca lavoratori</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="115"/>
        <source>&amp;Employer</source>
        <translation>A&amp;zienda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="116"/>
        <source>Filter by employer</source>
        <translation>Filtra per azienda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="117"/>
        <source>&amp;Category</source>
        <translation>Ca&amp;tegoria</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="118"/>
        <source>Filter by target category</source>
        <translation>Filtra per categoria destinataria</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="119"/>
        <source>Workers found</source>
        <translation>Lavoratori trovati</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="122"/>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="123"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="124"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="125"/>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="126"/>
        <source>Employer</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="142"/>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="152"/>
        <source>All employers</source>
        <translation>Tutte le aziende</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="191"/>
        <source>More than %1 workers: narrow the search</source>
        <translation>Più di %1 lavoratori: restringi la ricerca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="196"/>
        <source>%Ln worker(s)</source>
        <translation>
            <numerusform>%Ln lavoratore</numerusform>
            <numerusform>%Ln lavoratori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="198"/>
        <source>First %n workers shown: scroll for more</source>
        <translation>
            <numerusform>Mostrato il primo lavoratore: scorri per vederne altri</numerusform>
            <numerusform>Mostrati i primi %n lavoratori: scorri per vederne altri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="200"/>
        <source>No worker matches the search.</source>
        <translation>Nessun lavoratore corrisponde alla ricerca.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="202"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n lavoratore</numerusform>
            <numerusform>%n lavoratori</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_AccessDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="83"/>
        <source>The file was not saved (%1). Nothing was written.</source>
        <translation>File non salvato (%1). Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="90"/>
        <source>The report could not be made because of an unexpected error.</source>
        <translation>Non è stato possibile preparare il report per un errore imprevisto.</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="100"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="112"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="143"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annullato: non è stato salvato nulla.</translation>
    </message>
</context>
</TS>
