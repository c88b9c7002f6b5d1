<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="113"/>
        <source>Correct the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="130"/>
        <source>Add a goal first: every action serves one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="133"/>
        <source>Write what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="6"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="12"/>
        <source>G&amp;oal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="18"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="23"/>
        <source>&amp;What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="30"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="31"/>
        <source>e.g. Apply to the municipal nursery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="36"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="42"/>
        <source>Type of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="47"/>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="53"/>
        <source>Who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="58"/>
        <source>&amp;Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="65"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="66"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="119"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="120"/>
        <source>Social &amp;point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="121"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="122"/>
        <source>Filter by the owner of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="126"/>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="131"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="132"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="137"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="138"/>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="139"/>
        <source>in the next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="142"/>
        <source>Filter by social point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="143"/>
        <source>Actions and reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="146"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="147"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="148"/>
        <source>Case or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="149"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="150"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="151"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="157"/>
        <source>All social points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="175"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="176"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="177"/>
        <source>health fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="178"/>
        <source>smart working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="179"/>
        <source>back from leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="180"/>
        <source>privacy request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="211"/>
        <source>%1 due in the period, %2 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/agenda_page.py" line="217"/>
        <source>Shown: the nearest %1; choose a social point or an owner to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="602"/>
        <source>New agreement with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="612"/>
        <source>Write the title of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="6"/>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="13"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="20"/>
        <source>Title of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="21"/>
        <source>e.g. Agreement for summer camps 2026–2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="26"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="33"/>
        <location filename="../../ui/agreement_dialog.ui" line="46"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="34"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="39"/>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="47"/>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="52"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="59"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="64"/>
        <source>&amp;Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="70"/>
        <source>Rates agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="76"/>
        <source>&amp;Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="83"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="88"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="95"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="100"/>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agreement_dialog.ui" line="107"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllowancesDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="664"/>
        <source>Choose the employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="6"/>
        <source>Welfare allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="13"/>
        <source>&amp;Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="19"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="24"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="32"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="37"/>
        <source>&amp;Amount per worker (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="44"/>
        <source>Amount per worker in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/allowances_dialog.ui" line="45"/>
        <source>e.g. 500,00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="37"/>
        <source>Attendance – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="40"/>
        <source>Tick who came to each meeting (Space ticks the chosen cell), then save. With at least 80% of the meetings, «Mark as attended» closes the enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="46"/>
        <source>Attendance by person and meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="84"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="91"/>
        <source>This edition has no meetings to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/attendance_dialog.py" line="93"/>
        <source>Nobody holds a place in this edition yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="82"/>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="92"/>
        <source>Access register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="83"/>
        <source>&amp;Person (codice fiscale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="84"/>
        <source>&amp;Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="85"/>
        <source>&amp;From the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="86"/>
        <source>dd/mm/yyyy, empty: every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="87"/>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="88"/>
        <source>every operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="89"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="90"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="91"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="95"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="96"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="97"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="98"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="99"/>
        <source>Person (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="100"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="148"/>
        <source>%n rows, the newest first.</source>
        <translation>
            <numerusform>%n row, the newest first.</numerusform>
            <numerusform>%n rows, the newest first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="155"/>
        <source>Export the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="155"/>
        <source>Why is it exported?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="161"/>
        <source>Save the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="163"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/audit_dialog.py" line="175"/>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitsDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="89"/>
        <source>Other benefits from the employer – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="92"/>
        <source>What the employer gives outside the desk, as payroll states it: it counts toward the same fringe-benefit threshold as the vouchers, and over the threshold the whole amount is taxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="97"/>
        <source>Tax &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="98"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="99"/>
        <source>A&amp;mount (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="100"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="101"/>
        <source>e.g. 350,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="102"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="103"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="104"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="105"/>
        <source>Other benefits from the employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="107"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="107"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="107"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="107"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="153"/>
        <source>Recorded: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="167"/>
        <source>Choose the benefit to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="170"/>
        <source>Remove %1 of %2, %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="174"/>
        <source>Remove the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_dialog.py" line="183"/>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitsImportDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="80"/>
        <source>Import the other benefits from payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="83"/>
        <source>A payroll file with one row per worker, year and kind: codice fiscale, anno, voce (utenze, affitto, mutuo, auto, piattaforma, altro, fondo sanitario), importo, and optional note. The file is read and shown first; nothing is written until you import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="89"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="90"/>
        <source>S&amp;heet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="91"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="92"/>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="93"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="94"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="95"/>
        <source>Payroll file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="96"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="97"/>
        <source>Rows to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="98"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="98"/>
        <source>What to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="105"/>
        <source>Choose the payroll file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="107"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/benefits_import_dialog.py" line="136"/>
        <source>Choose the payroll file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="302"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="321"/>
        <source>Write the name of the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="6"/>
        <source>New budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="13"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="20"/>
        <source>Name of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="21"/>
        <source>e.g. Summer camps – partner 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="26"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="33"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="38"/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="45"/>
        <source>Action of the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="50"/>
        <source>P&amp;artner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="56"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="61"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="68"/>
        <location filename="../../ui/budget_dialog.ui" line="81"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="69"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="74"/>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="82"/>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="87"/>
        <source>A&amp;mount (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="93"/>
        <source>e.g. 48.000,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/budget_dialog.ui" line="95"/>
        <source>Amount in euro</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="136"/>
        <source>Budgets and vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="137"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="138"/>
        <source>programme budgets, by action and partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="139"/>
        <source>workers&apos; welfare allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="140"/>
        <source>&amp;New budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="141"/>
        <source>&amp;Welfare allowances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="143"/>
        <source>An employer&apos;s plan: the same yearly allowance for each of its workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="145"/>
        <source>&amp;Allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="146"/>
        <source>Put more money in the chosen budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="147"/>
        <source>&amp;Cancel the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="148"/>
        <source>Mark as &amp;used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="149"/>
        <source>The provider has delivered the service for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="151"/>
        <source>An unused voucher only: its value goes back to the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="154"/>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="155"/>
        <source>Ledger: every movement, the balance after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="156"/>
        <source>Vouchers drawn from the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="157"/>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="158"/>
        <source>Ledger of the chosen budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="159"/>
        <source>Vouchers of the chosen budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="162"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="163"/>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="173"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="164"/>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="165"/>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="166"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="167"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="168"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="169"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="173"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="173"/>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="173"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="177"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="178"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="179"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="180"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="181"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="182"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="208"/>
        <source>%1 budgets: %2 allocated, %3 spent, %4 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="261"/>
        <source>%Ln allowance(s) granted</source>
        <translation>
            <numerusform>%Ln allowance granted</numerusform>
            <numerusform>%Ln allowances granted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="263"/>
        <source>%Ln worker(s) already had one.</source>
        <translation>
            <numerusform>%Ln worker already had one.</numerusform>
            <numerusform>%Ln workers already had one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="278"/>
        <source>Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="279"/>
        <source>Euro to add to «%1»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="297"/>
        <source>%1 allocated to «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="309"/>
        <source>Choose the voucher to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="313"/>
        <source>Cancel voucher %1? Its value goes back to the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="314"/>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="318"/>
        <source>Cancel the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="319"/>
        <source>Why is voucher %1 cancelled? The history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="334"/>
        <source>Voucher %1 cancelled: %2 back to its budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="347"/>
        <source>Choose the voucher used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/budgets_page.py" line="357"/>
        <source>Voucher %1 used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cancellation</name>
    <message>
        <location filename="../../welfare_desk/gui/confirm.py" line="45"/>
        <source>%1 moves up from the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/confirm.py" line="48"/>
        <source>Voucher %1 issued for it is still valid: cancel it if it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="290"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="291"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="292"/>
        <source>&amp;Worker&apos;s story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="293"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="294"/>
        <source>&amp;Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="295"/>
        <source>&amp;Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="296"/>
        <source>&amp;Needs taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="297"/>
        <source>Space ticks or unticks the chosen need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="298"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="299"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="300"/>
        <source>Needs the case takes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="301"/>
        <source>Save the &amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="302"/>
        <source>Save the assessment (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="303"/>
        <source>Review and owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="304"/>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="305"/>
        <source>Owner of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="306"/>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="447"/>
        <source>Ne&amp;xt review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="307"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="308"/>
        <source>Set the re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="309"/>
        <source>No review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="310"/>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="319"/>
        <source>Plan: goals and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="313"/>
        <source>Goal or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="314"/>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="342"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="315"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="316"/>
        <source>Status or outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="320"/>
        <source>New &amp;goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="321"/>
        <source>New a&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="322"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="323"/>
        <source>Mark the chosen action as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="324"/>
        <source>Cance&amp;l action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="325"/>
        <source>Ser&amp;vices that fit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="327"/>
        <source>The catalogue&apos;s editions for this household; enrolling adds the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="329"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="330"/>
        <source>Correct the chosen goal or action (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="331"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="333"/>
        <source>Remove the chosen goal or action, with the reason (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="335"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="336"/>
        <source>Record the outcome of the chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="337"/>
        <source>Outcome of the chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="340"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="341"/>
        <source>Timeline of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="342"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="342"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="404"/>
        <source>Case %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="408"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="410"/>
        <source>opened on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="412"/>
        <source>owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="417"/>
        <source>closed on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="447"/>
        <source>Ne&amp;xt review (none set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="450"/>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="496"/>
        <source>%1
Answers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="616"/>
        <source>Unsaved assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="617"/>
        <source>The assessment has changes that are not saved. Save them before leaving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="620"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="621"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="622"/>
        <source>S&amp;tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="723"/>
        <source>Mark «%1» as done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="725"/>
        <source>Cancel the action «%1»? It stays in the plan as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="727"/>
        <source>The action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="780"/>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="796"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="781"/>
        <source>Why is «%1» removed? It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="782"/>
        <source>added by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="787"/>
        <source>Remove the action «%1»? You can undo it right after (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="790"/>
        <source>Remove the goal «%1» and its %n action(s)? You can undo it right after (Ctrl+Z).</source>
        <translation>
            <numerusform>Remove the goal «%1» and its %n action? You can undo it right after (Ctrl+Z).</numerusform>
            <numerusform>Remove the goal «%1» and its %n actions? You can undo it right after (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/case_page.py" line="795"/>
        <source>Remove the goal «%1»? You can undo it right after (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="260"/>
        <source>Service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="261"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="262"/>
        <source>service, provider, place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="263"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="264"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="265"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="266"/>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="269"/>
        <source>Only with places &amp;free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="270"/>
        <source>Also edi&amp;tions already over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="271"/>
        <source>New &amp;provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="272"/>
        <source>Handout for a &amp;welfare day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="274"/>
        <source>The catalogue by area, with prices and QR codes, to print in hundreds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="276"/>
        <source>Edit pro&amp;vider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="277"/>
        <source>The provider of the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="278"/>
        <source>New a&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="280"/>
        <source>An agreement with the provider of the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="282"/>
        <source>&amp;New service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="283"/>
        <source>&amp;Edit service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="284"/>
        <source>New e&amp;dition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="285"/>
        <source>Edit ed&amp;ition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="286"/>
        <source>Cancel the en&amp;rollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="287"/>
        <source>Mark as &amp;attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="288"/>
        <source>Attendance &amp;register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="289"/>
        <source>At least 80% of the meetings attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="290"/>
        <source>Editions of the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="291"/>
        <source>People enrolled in the edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="292"/>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="296"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="293"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="297"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="298"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="299"/>
        <source>Places free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="300"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="301"/>
        <source>Worker price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="302"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="303"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="304"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="307"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="307"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="307"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="320"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="352"/>
        <source>%Ln edition(s)</source>
        <translation>
            <numerusform>%Ln edition</numerusform>
            <numerusform>%Ln editions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="354"/>
        <source>%Ln with places free.</source>
        <translation>
            <numerusform>%Ln with places free.</numerusform>
            <numerusform>%Ln with places free.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="357"/>
        <source>The first %1 are listed: narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="419"/>
        <source>, ages %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="426"/>
        <source>Audience: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="432"/>
        <source>voucher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="439"/>
        <source>Inclusion support: an educator for children who need one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="442"/>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="448"/>
        <source>Agreement: %1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="454"/>
        <source>Rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="456"/>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="501"/>
        <source>Provider saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="526"/>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="556"/>
        <source>Choose a person in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="528"/>
        <source>Cancel the enrollment of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="529"/>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="533"/>
        <source>Cancel the enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="534"/>
        <source>Why is the enrollment cancelled? The history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="545"/>
        <source>Enrollment of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/catalogue_page.py" line="565"/>
        <source>%1: attended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="234"/>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="234"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="235"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="235"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="236"/>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="236"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="237"/>
        <source>Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="239"/>
        <source>At least 10 characters, not your user name. Nobody else will know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="241"/>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="242"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="251"/>
        <source>The two passwords differ: write them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="153"/>
        <source>Close case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="156"/>
        <source>Record how each goal ended and why the case closes. The case can be reopened later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="167"/>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="185"/>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="194"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="173"/>
        <source>Outcome of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="177"/>
        <source>The case has no goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="182"/>
        <source>The needs the case took on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="190"/>
        <source>How the need «%1» ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="197"/>
        <source>Closing reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="198"/>
        <source>Closing &amp;reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="212"/>
        <source>&amp;Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="223"/>
        <source>Choose the outcome of «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="228"/>
        <source>Say how the need «%1» ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="231"/>
        <source>Choose the closing reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="207"/>
        <source>Which column holds what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="210"/>
        <source>Welfare Desk has recognised the columns it could; check them and choose the others. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="221"/>
        <source>Finding the header row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="234"/>
        <source>Header found on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="238"/>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="84"/>
        <source>Synchronisation conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="87"/>
        <source>Two desks changed the same thing before they could synchronise. Every desk now holds the later change; the other is set aside here. Confirm what was kept, or take the other value: the choice reaches every desk at its next synchronisation. A record removed on one desk stays removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="93"/>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="131"/>
        <source>&amp;Confirm what was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="94"/>
        <source>&amp;Take the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="95"/>
        <source>&amp;Merge the two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="98"/>
        <source>The same person (or employer) was registered on two desks: what the second record holds moves onto the first, and the second is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="102"/>
        <source>&amp;Open the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="103"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="104"/>
        <source>Conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="107"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="108"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="109"/>
        <source>Kept on every desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="110"/>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="111"/>
        <source>Set aside by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="112"/>
        <source>Changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="129"/>
        <source>&amp;Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="141"/>
        <source>%n conflict(s) to resolve</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="171"/>
        <source>Merge the two records of this employer? Its workers, social points and budgets move onto the first, and the second is removed on every desk. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="177"/>
        <source>Merge the two records of %1? Family, contacts, paths, requests and vouchers of the second move onto the first, and the second is removed on every desk. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="181"/>
        <source>Merge the two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/conflicts_page.py" line="190"/>
        <source>Records merged: %n record(s) moved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="26"/>
        <source>Correct the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="37"/>
        <source>Day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="38"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="39"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="40"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="37"/>
        <source>&amp;Day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="38"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="39"/>
        <source>D&amp;uration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="40"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/contact_dialog.py" line="51"/>
        <source>Write the day and time as 30/11/2026 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="30"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="36"/>
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n day a week</numerusform>
            <numerusform>%n days a week</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="62"/>
        <source>Smart-working decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="65"/>
        <source>The requests waiting for the employer&apos;s decision, those the law gives priority first (art. 18 c. 3-bis L. 81/2017). When the priority comes from health, disability or care, the ground is not shown: the welfare desk checked it, and keeps the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="71"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="72"/>
        <source>Requests waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="75"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="76"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="77"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="78"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="79"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="80"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="81"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="82"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="83"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/decisions_page.py" line="95"/>
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n request waiting</numerusform>
            <numerusform>%n requests waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskStarter</name>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="73"/>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="196"/>
        <source>The store could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="201"/>
        <source>Store not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="206"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="210"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="235"/>
        <source>An empty store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="236"/>
        <source>The store has no workers yet. Load demonstration data (1,000 fictitious workers with their families) to try the desk, or start empty and import your HR files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="245"/>
        <source>Load &amp;demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="249"/>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="262"/>
        <source>Creating demonstration data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/app.py" line="263"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="207"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="208"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="210"/>
        <source>one each working day, from the first to the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="212"/>
        <source>one a week, on the first day&apos;s weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="213"/>
        <source>none: attendance is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="230"/>
        <source>Edition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="230"/>
        <source>New edition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="252"/>
        <source>Write the title of the edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="266"/>
        <source>%1 meetings are too many to record: choose one a week, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="6"/>
        <source>New edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="13"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="20"/>
        <source>Title of the edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="21"/>
        <source>e.g. Summer 2027, week 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="26"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="32"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="37"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="44"/>
        <location filename="../../ui/edition_dialog.ui" line="57"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="45"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="50"/>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="58"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="63"/>
        <source>P&amp;laces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="71"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="76"/>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="82"/>
        <source>Meetings to record attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="87"/>
        <source>&amp;Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edition_dialog.ui" line="93"/>
        <source>Enrollments open or closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployersDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="43"/>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="53"/>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="46"/>
        <source>A public administration (art. 1 c. 2 D.Lgs. 165/2001) tells the Ministry of its smart-working agreements by the 20th of the following month; a private employer within five days. The communications owed from now on take the employer&apos;s term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="52"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="55"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="55"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="55"/>
        <source>Ministry communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="63"/>
        <source>public administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="64"/>
        <source>private employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="68"/>
        <source>by the 20th of the following month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="69"/>
        <source>within 5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="79"/>
        <source>Mark as a &amp;private employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="81"/>
        <source>Mark as a &amp;public administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/employers_dialog.py" line="113"/>
        <source>%1: %2, Ministry communications %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="35"/>
        <source>Erase the data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="38"/>
        <source>What the erasure would do: nothing has been changed yet. What the law requires to keep stays, with its reason; the rest goes, its history too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="45"/>
        <source>What the erasure does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="47"/>
        <source>Reason of the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="48"/>
        <source>e.g. the person&apos;s request of 2 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="49"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="55"/>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="58"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="96"/>
        <source>Write the reason of the erasure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="100"/>
        <source>Erase the data of %1 as listed? It cannot be undone: not even the history will hold the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="103"/>
        <source>Erase the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/erasure_dialog.py" line="115"/>
        <source>Erased. The audit records it, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/fields_dialog.py" line="35"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/fields_dialog.py" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="116"/>
        <source>Which file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="118"/>
        <source>An Excel (.xlsx) or CSV file from the HR office or from a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="120"/>
        <source>&amp;Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="121"/>
        <source>&amp;Household members (of workers already in the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="122"/>
        <source>A provider&apos;s &amp;catalogue: services and their editions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="123"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="124"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="125"/>
        <source>S&amp;heet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="126"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="127"/>
        <source>Sheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="128"/>
        <source>Sender&apos;s &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="129"/>
        <source>Sender&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="132"/>
        <source>The employer or provider who sent the file: the columns and values chosen for it are offered again, and kept after the import. Leave empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="152"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="154"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="164"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="192"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="192"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="193"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="193"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="194"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="194"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="195"/>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="195"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="196"/>
        <source>I also &amp;follow workers (welfare manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="199"/>
        <source>e.g. ebrambilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="200"/>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="203"/>
        <source>This store has no operators yet. Create its first administrator: from now on the desk opens only after a sign-in, and the administrator adds the other operators. Use at least 10 characters for the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="208"/>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="216"/>
        <source>The two passwords differ: write them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="390"/>
        <source>Funder report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="396"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="396"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="401"/>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="402"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="405"/>
        <source>The report for the funder: families reached, activities with their meetings, hours and participants, vouchers and budget spent by action and partner. Counts only, no personal data. The period is one quarter or one calendar year, ended; small counts and amounts are protected as in HR&apos;s summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="413"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="415"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="417"/>
        <source>P&amp;rogramme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="429"/>
        <source>Save as E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="430"/>
        <source>&amp;Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="436"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="473"/>
        <source>Save the funder report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="495"/>
        <source>Funder report saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="497"/>
        <source>Saving the funder report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="503"/>
        <source>No program opens folders here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="57"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="63"/>
        <source>Correct the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/plan_dialogs.py" line="75"/>
        <source>Write the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="6"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="12"/>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="19"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="20"/>
        <source>e.g. A nursery place by January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="25"/>
        <source>&amp;Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="32"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="33"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="38"/>
        <source>&amp;Need it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goal_dialog.ui" line="44"/>
        <source>Need it answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="92"/>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="144"/>
        <source>Welfare-day handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="93"/>
        <source>For the workers &amp;of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="94"/>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="95"/>
        <source>Only the editions of a &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="96"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="97"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="98"/>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="99"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="117"/>
        <source>every employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="120"/>
        <source>every area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthFundsPanel</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="124"/>
        <source>Also decided and &amp;paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="125"/>
        <source>Mov&amp;e to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="126"/>
        <source>Open the stor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="127"/>
        <source>Doc&amp;uments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="128"/>
        <source>Add an &amp;invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="129"/>
        <source>A&amp;ttach a scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="130"/>
        <source>In&amp;voices and scans of the chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="131"/>
        <source>Open the sca&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="132"/>
        <source>Invoices and scans of the chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="134"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="134"/>
        <source>Date or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="134"/>
        <source>Amount or size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="136"/>
        <source>Health-fund requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="139"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="140"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="141"/>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="142"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="143"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="144"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="145"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="146"/>
        <source>Documents missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="184"/>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="199"/>
        <source>scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="213"/>
        <source>Choose a scan in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="228"/>
        <source>No program opens %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="239"/>
        <source>Partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="239"/>
        <source>Euro approved by the fund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="258"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="279"/>
        <source>Documents of %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="297"/>
        <source>Attach a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="299"/>
        <source>PDF or images (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/health_funds_panel.py" line="320"/>
        <source>%1 attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HfRequestDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="141"/>
        <source>Health-fund request – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="152"/>
        <source>indirect: the member pays and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="153"/>
        <source>direct: contracted providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="175"/>
        <source>Correct the draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="6"/>
        <source>Health-fund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="13"/>
        <source>&amp;Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="19"/>
        <source>Health fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="24"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="30"/>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="35"/>
        <source>R&amp;egime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="41"/>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="46"/>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="52"/>
        <source>Who the request is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="57"/>
        <source>At a provider &amp;under contract with the fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="58"/>
        <source>Some funds (mètaSalute) pay care at their contracted providers only in the direct regime: ask for it before the care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="63"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hf_request_dialog.ui" line="69"/>
        <source>Notes (health data: never shown to HR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="523"/>
        <source>Import from an HR file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="532"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="533"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="534"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="535"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="6"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="13"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="20"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="21"/>
        <source>Date of the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="26"/>
        <source>&amp;Amount (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="33"/>
        <source>Amount in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/invoice_dialog.ui" line="34"/>
        <source>e.g. 180,00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="36"/>
        <source>Pregnancy and maternity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="37"/>
        <source>Children under 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="38"/>
        <source>Family member under Law 104/1992</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="39"/>
        <source>Disadvantaged worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="43"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="44"/>
        <source>spouse or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="45"/>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="46"/>
        <source>sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="47"/>
        <source>parent-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="48"/>
        <source>grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="49"/>
        <source>grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="50"/>
        <source>nephew or niece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="51"/>
        <source>other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="56"/>
        <location filename="../../welfare_desk/gui/labels.py" line="112"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="57"/>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="58"/>
        <source>plan active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="59"/>
        <source>monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="60"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="64"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="65"/>
        <source>Start the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="66"/>
        <source>Activate the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="67"/>
        <source>Move to monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="68"/>
        <source>Close the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="72"/>
        <source>Back to the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="75"/>
        <source>Reactivate the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="80"/>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="81"/>
        <source>referral to a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="82"/>
        <source>health fund request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="83"/>
        <source>smart-working request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="84"/>
        <location filename="../../welfare_desk/gui/labels.py" line="143"/>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="85"/>
        <source>orientation to public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="86"/>
        <location filename="../../welfare_desk/gui/labels.py" line="109"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="89"/>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="90"/>
        <location filename="../../welfare_desk/gui/labels.py" line="160"/>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="91"/>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="94"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="95"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="96"/>
        <location filename="../../welfare_desk/gui/labels.py" line="168"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="99"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="100"/>
        <source>partly reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="101"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="104"/>
        <source>goals met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="105"/>
        <source>the worker withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="106"/>
        <source>left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="107"/>
        <source>referred to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="108"/>
        <source>no longer in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="113"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="114"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="115"/>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="116"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="119"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="120"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="121"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="124"/>
        <source>Welfare day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="125"/>
        <source>Social point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="126"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="127"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="128"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="140"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="141"/>
        <source>welfare day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="142"/>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="146"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="147"/>
        <source>subsidised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="148"/>
        <source>full price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="151"/>
        <source>Christmas holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="152"/>
        <source>Carnival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="153"/>
        <source>Easter holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="154"/>
        <source>summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="155"/>
        <source>school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="156"/>
        <source>other period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="159"/>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="161"/>
        <source>worker and family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="164"/>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="165"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="166"/>
        <source>waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="167"/>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="169"/>
        <source>waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="172"/>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="173"/>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="174"/>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="177"/>
        <source>allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="178"/>
        <source>reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="179"/>
        <source>voucher issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="180"/>
        <source>voucher cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="183"/>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="184"/>
        <source>welfare allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="190"/>
        <location filename="../../welfare_desk/gui/labels.py" line="205"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="191"/>
        <source>sent to the fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="192"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="193"/>
        <location filename="../../welfare_desk/gui/labels.py" line="208"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="194"/>
        <source>partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="195"/>
        <location filename="../../welfare_desk/gui/labels.py" line="209"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="196"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="199"/>
        <source>enrolment in the fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="200"/>
        <source>extension to family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="201"/>
        <source>pre-authorisation (direct scheme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="202"/>
        <source>reimbursement claim (indirect scheme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="206"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="207"/>
        <source>under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="210"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="211"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="212"/>
        <source>withdrawn by the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="215"/>
        <source>no recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="216"/>
        <source>art. 3 c. 1 Law 104/1992</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="217"/>
        <source>art. 3 c. 3 Law 104/1992 (serious disability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/labels.py" line="227"/>
        <source>withdrawal from %1: in force until then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="176"/>
        <source>Welfare Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="179"/>
        <source>The desk was locked so that nobody reads what is on screen. %1 opens it with the password; anyone else quits and starts the desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="183"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="247"/>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="249"/>
        <location filename="../../welfare_desk/gui/main_window.py" line="412"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="405"/>
        <source>Welfare Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="406"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="407"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="408"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="409"/>
        <source>Budgets and vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="410"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="411"/>
        <source>Smart-working decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="416"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="418"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="419"/>
        <source>&amp;Quick intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="420"/>
        <source>&amp;New worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="421"/>
        <source>&amp;Import workers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="422"/>
        <source>Import &amp;household members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="423"/>
        <source>Import a provider&apos;s &amp;catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="424"/>
        <source>Import the other &amp;benefits from payroll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="425"/>
        <source>Import p&amp;rofiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="426"/>
        <source>Print the &amp;path summaries of a day or event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="427"/>
        <source>Print the &amp;welfare-day handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="428"/>
        <source>E&amp;xport the open person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="429"/>
        <source>Print the open person&apos;s &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="430"/>
        <source>Pri&amp;vacy of the open person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="431"/>
        <source>Quarterly summary for &amp;HR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="432"/>
        <source>&amp;Funder report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="433"/>
        <source>&amp;Lock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="434"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="435"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="436"/>
        <source>&amp;Find a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="437"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="438"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="439"/>
        <source>&amp;Employers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="440"/>
        <source>&amp;Operators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="441"/>
        <source>&amp;Access register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="442"/>
        <source>Data &amp;retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="443"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="444"/>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="445"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="446"/>
        <source>&amp;About Welfare Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="447"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="449"/>
        <source>Working as of %1: not today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="455"/>
        <source>The desk was started with --today: deadlines, ages and new records take this day. Start it without --today to work on the real day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="480"/>
        <location filename="../../welfare_desk/gui/main_window.py" line="481"/>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="538"/>
        <source>Your role sees no single person&apos;s data: the smart-working decisions, the catalogue, the budgets and the reports of the File menu are yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="543"/>
        <source>Your role sees no single person&apos;s data: the catalogue, the budgets and the reports of the File menu are yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/main_window.py" line="587"/>
        <source>%n overdue in the agenda</source>
        <translation>
            <numerusform>%n overdue item in the agenda</numerusform>
            <numerusform>%n overdue items in the agenda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="699"/>
        <source>Enrollment cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="700"/>
        <source>Voucher cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="701"/>
        <source>Contact removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="702"/>
        <source>Need removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="703"/>
        <source>Goal removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="704"/>
        <source>Action removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="705"/>
        <location filename="../../welfare_desk/gui/main_window.py" line="706"/>
        <source>Draft request removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="707"/>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="742"/>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="766"/>
        <source>Saved, with warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="772"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="788"/>
        <source>Contact recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="833"/>
        <source>This store has no operators, so the desk cannot lock: create the first administrator (welfare-desk init --admin NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="866"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="875"/>
        <source>Open the person&apos;s page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="897"/>
        <source>The person&apos;s data were erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="911"/>
        <source>Open the person&apos;s page first, then print their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="916"/>
        <source>Print the person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="917"/>
        <source>Why (e.g. the person&apos;s request of 2 December)? It goes to the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="933"/>
        <source>The person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="942"/>
        <source>Open the person&apos;s page first, then export their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="947"/>
        <source>Export the person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="948"/>
        <source>Why? (e.g. the person&apos;s request of 1/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="954"/>
        <source>Save the person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="956"/>
        <source>JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="970"/>
        <source>The person&apos;s data is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="1009"/>
        <source>About Welfare Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="1010"/>
        <source>Welfare Desk %1
The desk of company welfare programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/main_window.py" line="1019"/>
        <source>The operation did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/match_dialog.py" line="23"/>
        <source>Services that fit – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/match_dialog.py" line="26"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/match_dialog.py" line="44"/>
        <source>Voucher %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="115"/>
        <source>Show the e&amp;xcluded too, with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="116"/>
        <source>E&amp;nroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="118"/>
        <source>Enrolls the person; with an open case, the plan gains the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="120"/>
        <source>Issue a &amp;voucher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="121"/>
        <source>Services that fit, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="122"/>
        <source>Why it fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="125"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="126"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="127"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="128"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="129"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="130"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="131"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="132"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="145"/>
        <source>%1 of %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/match_panel.py" line="149"/>
        <source>full, %n waiting</source>
        <translation>
            <numerusform>full, %n waiting</numerusform>
            <numerusform>full, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="195"/>
        <source>No open edition fits this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="199"/>
        <source>%1 editions fit: the best %2 are listed, those answering an open need first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/match_panel.py" line="206"/>
        <source>%n editions fit, those answering an open need first.</source>
        <translation>
            <numerusform>%n edition fits, those answering an open need first.</numerusform>
            <numerusform>%n editions fit, those answering an open need first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="221"/>
        <source>Why it fits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="221"/>
        <source>Why it is excluded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="233"/>
        <source>Enroll %1 in «%2 – %3»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="238"/>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/match_panel.py" line="251"/>
        <source>The action is in the plan of the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="31"/>
        <source>Add a household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="31"/>
        <source>Household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="39"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="41"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="45"/>
        <source>&amp;Dependent for tax purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="47"/>
        <source>only for an adopted or fostered child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="49"/>
        <source>&amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="49"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="50"/>
        <source>&amp;Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="50"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="51"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="51"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="52"/>
        <source>&amp;Born on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="52"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="53"/>
        <source>Codice &amp;fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="53"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="54"/>
        <source>L. &amp;104</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="54"/>
        <source>Recognition under L. 104/1992</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="55"/>
        <source>In the famil&amp;y since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="55"/>
        <source>In the family since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="77"/>
        <source>Born on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/member_dialog.py" line="85"/>
        <source>In the family since: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinistryPanel</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="76"/>
        <source>Mark as &amp;sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="77"/>
        <source>Also those already se&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="78"/>
        <source>Communications to the Ministry of Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="81"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="82"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="83"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="84"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="85"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="86"/>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="87"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="99"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="105"/>
        <source>start of agile work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="106"/>
        <source>change of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="107"/>
        <source>end of agile work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="113"/>
        <source>Choose a communication still to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="117"/>
        <source>Communication sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="118"/>
        <source>Protocol number given by the Servizi Lavoro portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/ministry_panel.py" line="128"/>
        <source>Communication of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="25"/>
        <source>Correct the need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="35"/>
        <source>&amp;Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="35"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="36"/>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="36"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="37"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/need_dialog.py" line="37"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="104"/>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="132"/>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="107"/>
        <source>Who can sign in to this store. Give each new operator the first password in person; they change it after signing in. An operator who leaves is disabled, not removed: the history keeps the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="115"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="116"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="117"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="118"/>
        <source>First &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="119"/>
        <source>Re&amp;peat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="124"/>
        <source>The administrator also &amp;follows workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="125"/>
        <source>&amp;Employers followed (none: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="126"/>
        <source>&amp;Social points followed (none: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="127"/>
        <source>Employers followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="128"/>
        <source>Social points followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="129"/>
        <source>&amp;Add the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="130"/>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="131"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="135"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="136"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="137"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="138"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="139"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="149"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="149"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="199"/>
        <source>The two passwords differ: write them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="226"/>
        <source>%1 can sign in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="240"/>
        <source>Choose the operator to disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="243"/>
        <source>Disable %1 (%2)? They will no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="245"/>
        <source>Disable the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/operators_dialog.py" line="255"/>
        <source>Disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="25"/>
        <source>Encrypt the new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="25"/>
        <source>Open the encrypted store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="32"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="35"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="38"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="40"/>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="41"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="45"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="52"/>
        <source>Without the passphrase nobody can read the store, not even the support: write it down and keep it where the keys of the social point are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="57"/>
        <source>The passphrase chosen when the store was created, or the 64-character recovery key kept by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="65"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="67"/>
        <source>&amp;Encrypt and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="67"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="69"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="95"/>
        <source>The two passphrases differ: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/passphrase_dialog.py" line="100"/>
        <source>Type the passphrase to open the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/password_dialog.py" line="26"/>
        <source>This computer has no usable system keyring: the password will be asked again next session and is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="6"/>
        <source>Store password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="17"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="27"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="34"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="41"/>
        <source>&amp;Remember it in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathBatchDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="222"/>
        <source>Path summaries of a day or an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="223"/>
        <source>Everyone seen on a &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="224"/>
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="225"/>
        <source>At the &amp;social point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="226"/>
        <source>Everyone registered to an &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="227"/>
        <source>E&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="228"/>
        <source>&amp;Print all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="229"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="244"/>
        <source>every social point</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="285"/>
        <source>%n path summary(ies) to print.</source>
        <translation>
            <numerusform>%n path summary to print.</numerusform>
            <numerusform>%n path summaries to print.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="300"/>
        <source>Preparing the path summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/print_dialogs.py" line="300"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="391"/>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="392"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="423"/>
        <source>The document could not be prepared because of an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="427"/>
        <source>Document not prepared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="159"/>
        <source>P&amp;revious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="160"/>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="161"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="162"/>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="163"/>
        <source>P&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="164"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="165"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="166"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="167"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="168"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="169"/>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="170"/>
        <source>Fit the page to the width of the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="171"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="172"/>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="173"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="174"/>
        <source>Save a copy as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="175"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="176"/>
        <source>Preview of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="239"/>
        <source>The document cannot be shown: it is not a readable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="247"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="249"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="262"/>
        <source>Print the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="285"/>
        <source>The printer did not accept the document. Check that it is on and connected, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="296"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="296"/>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="310"/>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="313"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="328"/>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="334"/>
        <source>The document was not saved: this folder cannot be written to. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="339"/>
        <source>The document was not saved: the disk is full. Free some space or choose another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="343"/>
        <source>The document was not saved: the folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/pdf_preview.py" line="344"/>
        <source>The document was not saved (%1). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="295"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="296"/>
        <source>Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="297"/>
        <source>Import the valid rows and leave out the ones with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="298"/>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="299"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="299"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="299"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="302"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="302"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="313"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="339"/>
        <source>%1 rows ready to import, %2 with errors, %3 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="349"/>
        <source>Columns not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="363"/>
        <source>New providers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="364"/>
        <source>New employers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../welfare_desk/gui/print_job.py" line="73"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/print_job.py" line="74"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/print_job.py" line="79"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="56"/>
        <source> (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="126"/>
        <source>Privacy – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="127"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="128"/>
        <source>Legal &amp;basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="129"/>
        <source>The &amp;notice was given today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="130"/>
        <source>&amp;Print the notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="131"/>
        <source>&amp;Record the basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="132"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="133"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="134"/>
        <source>The person&apos;s &amp;requests (answer within a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="135"/>
        <source>New re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="136"/>
        <source>E&amp;xtend by two months…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="137"/>
        <source>Ans&amp;wered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="138"/>
        <source>Era&amp;se the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="139"/>
        <source>The person&apos;s requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="141"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="141"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="141"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="141"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="143"/>
        <source>Legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="145"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="145"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="145"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="145"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="176"/>
        <source>The information notice (version %1) has not been given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="179"/>
        <source>Information notice version %1 given on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="183"/>
        <source>The notice changed since (now %1): give it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="207"/>
        <source>Notice recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="228"/>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="241"/>
        <source>Basis recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="246"/>
        <source>Choose the basis to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Withdraw «%1» for «%2» from today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="251"/>
        <source>Withdraw the basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="260"/>
        <source>Withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="269"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="269"/>
        <source>What does the person ask?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="281"/>
        <source>Request recorded: it is in the agenda until answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="286"/>
        <source>Choose the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="297"/>
        <source>Extend the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="297"/>
        <source>Why (it is told to the person)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="307"/>
        <source>Extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/privacy_dialog.py" line="320"/>
        <source>Answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="115"/>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="118"/>
        <source>A profile keeps how a sender writes its files: the columns and the values chosen once, offered again at its next file. Correct a value read the wrong way, or forget a choice so that the next file asks for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="123"/>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="124"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="125"/>
        <source>Columns and &amp;values of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="126"/>
        <source>Columns and values of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="128"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="128"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="128"/>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="130"/>
        <source>&amp;Forget the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="131"/>
        <source>&amp;Save the corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="132"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="133"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="134"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="151"/>
        <source>workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="152"/>
        <source>household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="153"/>
        <source>catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="167"/>
        <source>No profiles yet: name the sender in the import&apos;s first page and the columns and values chosen are kept after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="191"/>
        <source>column «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="196"/>
        <source>What «%1» means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="214"/>
        <source>this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="233"/>
        <source>Forgotten: the next file will ask for it again. Save to keep it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="257"/>
        <source>Profile «%1» saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="267"/>
        <source>Rename the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="268"/>
        <source>New name of the profile «%1»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="277"/>
        <source>Profile «%1» is now called «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="289"/>
        <source>Delete the profile «%1»? Its columns and values will be asked again at the sender&apos;s next file; what was imported stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="292"/>
        <source>Delete the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="297"/>
        <source>Profile «%1» deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="327"/>
        <source>Unsaved corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/profiles_dialog.py" line="328"/>
        <source>Save the corrections to the profile «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="536"/>
        <source>New provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="538"/>
        <source>service provider (cooperative, association…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="539"/>
        <source>public body (municipality, consortium…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="540"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="569"/>
        <source>Write the name of the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="545"/>
        <location filename="../../ui/provider_dialog.ui" line="6"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="13"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="20"/>
        <source>Name of the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="21"/>
        <source>e.g. Cooperativa Sociale Il Girasole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="26"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="32"/>
        <source>Kind of organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="37"/>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="44"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="49"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="56"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="61"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="68"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="73"/>
        <source>&amp;VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="80"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="85"/>
        <source>&amp;Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="92"/>
        <source>www.ente.it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="93"/>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/provider_dialog.ui" line="94"/>
        <source>What the QR codes of the handout and of the path summaries open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarterlyDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="171"/>
        <source>Quarterly summary for HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="178"/>
        <source>I – January to March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="179"/>
        <source>II – April to June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="180"/>
        <source>III – July to September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="181"/>
        <source>IV – October to December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="187"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="191"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="193"/>
        <source>All employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="194"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="199"/>
        <source>The summary holds no personal data: counts only. Each count is changed a little, always the same way for the same people: a count from 1 to 4 never appears, and no comparison of summaries can work one out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="207"/>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="209"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="211"/>
        <source>&amp;Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="220"/>
        <source>About the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="224"/>
        <source>Count an issued quarter a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="227"/>
        <source>For data typed in late: the figures frozen at the first issue are replaced by a new count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="233"/>
        <source>&amp;Preview PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="234"/>
        <source>Make the summary as a PDF and show it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="235"/>
        <source>Save as E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="236"/>
        <source>Save the summary as an Excel workbook with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="241"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="281"/>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="286"/>
        <source>This quarter has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="288"/>
        <source>The quarter is still running: its figures are provisional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="291"/>
        <source>The quarter has ended: its figures are frozen the first time the summary is made, and every later summary repeats them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="299"/>
        <source>Provisional figures as of %1: the quarter is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="303"/>
        <source>Nothing was recorded in this quarter: there is nothing to freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="306"/>
        <source>Figures frozen on %1: making the summary again gives the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="346"/>
        <source>Quarterly summary %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="352"/>
        <source>Preparing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="359"/>
        <source>Save the quarterly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="380"/>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="382"/>
        <source>Saving the summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickIntake</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="64"/>
        <source>Needs ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="69"/>
        <source>Add a relative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="73"/>
        <source>A relative of the chosen worker; a new worker&apos;s after the contact is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="88"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="89"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="159"/>
        <source>Contact not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="160"/>
        <source>The contact is not saved. Close and lose what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="198"/>
        <source>Relative added to the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="284"/>
        <source>%n need(s) ticked</source>
        <translation>
            <numerusform>%n need ticked</numerusform>
            <numerusform>%n needs ticked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="311"/>
        <source>Choose the worker, or tick «new worker».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="353"/>
        <source>Create «%1» as a new employer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/quick_intake.py" line="354"/>
        <source>New employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="6"/>
        <source>Quick intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="12"/>
        <source>&amp;Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="18"/>
        <source>Find the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="19"/>
        <source>Surname, name or codice fiscale; Down to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="24"/>
        <source>Workers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="30"/>
        <source>A &amp;new worker, not yet in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="37"/>
        <source>New worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="39"/>
        <source>&amp;Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="40"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="41"/>
        <source>Su&amp;rname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="42"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="43"/>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="45"/>
        <source>Em&amp;ployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="46"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="52"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="53"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="54"/>
        <source>&amp;Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="55"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="56"/>
        <source>N&amp;eeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="57"/>
        <source>Filter the needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="57"/>
        <source>Type to filter, Down to the list, Space to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="58"/>
        <source>Needs raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="59"/>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="60"/>
        <source>Urgency of the needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="61"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_intake.ui" line="62"/>
        <source>Notes (may hold health details: kept confidential)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../welfare_desk/gui/confirm.py" line="39"/>
        <source>Write the reason: the history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="72"/>
        <source>Correct the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="74"/>
        <source>Remove the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="107"/>
        <source>Draft %1 corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="121"/>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="128"/>
        <source>Remove the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="122"/>
        <source>Why is %1 removed? It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="123"/>
        <source>recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="127"/>
        <source>Remove the draft %1? You can undo it right after (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/request_panel.py" line="138"/>
        <source>Draft %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="72"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="74"/>
        <source>S&amp;mart working, to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="75"/>
        <source>&amp;Health funds, by deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="76"/>
        <source>Co&amp;mmunications to the Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="97"/>
        <source>Co&amp;mmunications to the Ministry (%1, %2 late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="171"/>
        <source>Here the first %1 of the %2 requests to decide, priorities first: choose an employer to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="176"/>
        <source>Here the first %1 of the %2 open requests, by deadline: the others come up as these are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="89"/>
        <source>S&amp;mart working, to decide (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/requests_page.py" line="93"/>
        <source>&amp;Health funds, by deadline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="36"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="42"/>
        <source>Retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="45"/>
        <source>Each kind of record is kept for the period below, then removed. The list says how many ran past it today: nothing is removed until you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="53"/>
        <source>Reason of the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="54"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="60"/>
        <source>&amp;Remove what expired…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="63"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="79"/>
        <source>Data retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="82"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="85"/>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="86"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="83"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="84"/>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="87"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="118"/>
        <source>Write the reason of the removal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="123"/>
        <source>Remove %n expired record(s)? It cannot be undone: not even the history will hold their values.</source>
        <translation>
            <numerusform>Remove %n expired record? It cannot be undone: not even the history will hold their values.</numerusform>
            <numerusform>Remove %n expired records? It cannot be undone: not even the history will hold their values.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="128"/>
        <source>Remove expired records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/retention_dialog.py" line="139"/>
        <source>%n record(s) removed.</source>
        <translation>
            <numerusform>%n record removed.</numerusform>
            <numerusform>%n records removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="397"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="398"/>
        <source>&amp;Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="399"/>
        <source>Save the &amp;list of refused rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="400"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="410"/>
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>Importing %Ln row…</numerusform>
            <numerusform>Importing %Ln rows…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="427"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="434"/>
        <source>Done: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="441"/>
        <source>New providers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="443"/>
        <source>New employers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="446"/>
        <source>%1 rows were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="464"/>
        <source>Profile «%1» kept for the next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="474"/>
        <source>Import stopped: the store is as it was, nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="486"/>
        <source>Save the refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="488"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/import_wizard.py" line="508"/>
        <source>List saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/saving.py" line="42"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/saving.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="400"/>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="400"/>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="440"/>
        <source>Reserved to these target categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="447"/>
        <source>Reserved to the employees of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="449"/>
        <source>Reserved to residents of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="450"/>
        <source>e.g. Lodi, Codogno (empty: anyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="454"/>
        <source>Target categ&amp;ories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="455"/>
        <source>Emp&amp;loyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="456"/>
        <source>Re&amp;sidents of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="474"/>
        <source>Write the name of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="478"/>
        <source>Choose the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="6"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="13"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="20"/>
        <source>Name of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="25"/>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="31"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="36"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="42"/>
        <source>Kind of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="47"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="53"/>
        <source>Category of needs it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="58"/>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="65"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="70"/>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="77"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="82"/>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="88"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="93"/>
        <source>A&amp;ge from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="101"/>
        <location filename="../../ui/service_dialog.ui" line="115"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="102"/>
        <source>Minimum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="107"/>
        <source>Age &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="116"/>
        <source>Maximum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="121"/>
        <source>P&amp;rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="127"/>
        <source>Price model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="132"/>
        <source>&amp;Worker price (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="138"/>
        <location filename="../../ui/service_dialog.ui" line="151"/>
        <location filename="../../ui/service_dialog.ui" line="164"/>
        <source>e.g. 120,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="140"/>
        <source>Worker price in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="145"/>
        <source>F&amp;ull price (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="153"/>
        <source>Full price in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="158"/>
        <source>&amp;Voucher value (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="166"/>
        <source>Voucher value in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="171"/>
        <source>Ta&amp;x classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="177"/>
        <source>Tax classification under art. 51 TUIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="182"/>
        <source>&amp;Inclusion support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="188"/>
        <source>an educator for children with a functional diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="189"/>
        <source>Inclusion support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="194"/>
        <source>One voucher for several goods or services (at most € 258,23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="195"/>
        <source>One voucher for several goods or services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="196"/>
        <source>DM 25/3/2016, art. 6 c. 3: goods and services named together in one voucher stay within € 258,23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="201"/>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_dialog.ui" line="207"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="117"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="117"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="118"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="118"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="120"/>
        <source>none: not at a social point today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="121"/>
        <source>Social point of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="123"/>
        <source>Social &amp;point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="127"/>
        <source>Sign in to Welfare Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="130"/>
        <source>The desk holds health and family data: sign in with your own user name. What you record carries your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="134"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="159"/>
        <source>Write your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartWorkingPanel</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="99"/>
        <source>&amp;Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="100"/>
        <source>Also &amp;decided and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="101"/>
        <source>Mo&amp;ve to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="102"/>
        <source>A&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="103"/>
        <source>E&amp;xtend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="105"/>
        <source>Prolong a fixed-term agreement (proroga): the Ministry hears of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="107"/>
        <source>&amp;Print the agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="108"/>
        <source>&amp;Open the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="109"/>
        <source>Smart-working requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="112"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="113"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="114"/>
        <source>Legal priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="115"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="116"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="117"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="118"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="124"/>
        <source>All employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="147"/>
        <source>%n a week</source>
        <translation>
            <numerusform>%n a week</numerusform>
            <numerusform>%n a week</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="171"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="171"/>
        <source>Why is the request rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="197"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="205"/>
        <source>Withdrawal from the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="206"/>
        <source>Who withdraws from the agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="207"/>
        <source>The &amp;worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="208"/>
        <source>The &amp;employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="216"/>
        <source>Justified reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="218"/>
        <source>A justified reason, if any (it ends the agreement at once; empty: with notice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="231"/>
        <source>Extend the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="232"/>
        <source>The agreement ends on %1. New end (dd/mm/yyyy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="251"/>
        <source>%1 extended to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/smart_working_panel.py" line="287"/>
        <source>Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwRequestDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="49"/>
        <source>Smart-working request – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="59"/>
        <source>&amp;Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="60"/>
        <source>T&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="61"/>
        <source>&amp;Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="62"/>
        <source>T&amp;hu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="63"/>
        <source>Fr&amp;i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="71"/>
        <source>Which days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="84"/>
        <source>Correct the draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="6"/>
        <source>Smart-working request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="13"/>
        <source>&amp;Days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="21"/>
        <source>Days a week of agile work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="26"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="33"/>
        <location filename="../../ui/sw_request_dialog.ui" line="59"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="34"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="39"/>
        <source>&amp;Open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="45"/>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="47"/>
        <source>Open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="52"/>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="60"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="65"/>
        <source>&amp;Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sw_request_dialog.ui" line="71"/>
        <source>The worker&apos;s reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="51"/>
        <source>S&amp;ynchronise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="52"/>
        <source>Synchronise with the programme&apos;s server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="106"/>
        <source>Synchronised: %1 sent, %2 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="141"/>
        <source>Sending: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="141"/>
        <source>Receiving: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="146"/>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="148"/>
        <source>Not synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="150"/>
        <source>Synchronised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/sync_bar.py" line="154"/>
        <source>%n to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="157"/>
        <source>Shared folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="162"/>
        <source>Last synchronised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="152"/>
        <source>Never synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/sync_bar.py" line="164"/>
        <source>%n change(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/sync_bar.py" line="166"/>
        <source>%n conflict(s) to resolve</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/sync_bar.py" line="159"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../welfare_desk/gui/tasks.py" line="98"/>
        <source>The operation did not succeed (%1): nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/request_dialogs.py" line="266"/>
        <source>Individual agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="6"/>
        <source>Individual agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="13"/>
        <source>&amp;Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="20"/>
        <source>Places of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="25"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="32"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="37"/>
        <source>&amp;Rest times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="44"/>
        <source>Rest times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="49"/>
        <source>&amp;Disconnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="56"/>
        <source>Right to disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="61"/>
        <source>Reac&amp;hable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="68"/>
        <source>Hours when the worker can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="69"/>
        <source>e.g. 9:30–12:30 and 14:30–16:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="74"/>
        <source>&amp;Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="81"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms_dialog.ui" line="82"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../welfare_desk/gui/unsaved.py" line="47"/>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/unsaved.py" line="48"/>
        <source>What you typed is not saved. Close and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueChoices</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="57"/>
        <source>Some values are written in a way the desk does not read. Choose what each one means: the choice holds for every row that carries it. Proposals are marked, never applied by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="62"/>
        <source>Apply the choices and &amp;check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="63"/>
        <source>Values to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="65"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="65"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="65"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="65"/>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="78"/>
        <source>What «%1» means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="79"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/value_choices.py" line="81"/>
        <source>%1 (proposed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="85"/>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="95"/>
        <source>Counts for the &amp;year %1 (given by 12 January)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="115"/>
        <source>%1 – %2 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="122"/>
        <source>No budget has money left today: create or top up one in Budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="137"/>
        <source>Choose the budget the voucher is drawn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="178"/>
        <source>Fringe-benefit threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/offer_dialogs.py" line="179"/>
        <source>Issue the voucher all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="6"/>
        <source>Issue a voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="13"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="25"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="37"/>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="43"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="48"/>
        <source>&amp;Value (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="54"/>
        <source>e.g. 120,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="56"/>
        <source>Value in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="61"/>
        <source>Counts for the &amp;year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/voucher_dialog.ui" line="63"/>
        <source>Given by 12 January and referring to the year before, a benefit counts in that tax period (art. 51 c. 1 TUIR), fringe-benefit threshold included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerEditor</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="110"/>
        <location filename="../../ui/worker_editor.ui" line="252"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="115"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="140"/>
        <source>From the codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="141"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="142"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="147"/>
        <source>New worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="149"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="152"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="153"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="221"/>
        <source>Enter the expected due date, or untick the pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="303"/>
        <source>No legal basis for health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="305"/>
        <source>You are recording health, disability or pregnancy data, and no legal basis for it is recorded for this person (art. 9 GDPR: explicit consent, or employment law). Save anyway? Then record the basis in File › Privacy of the open person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="335"/>
        <source>Create «%1» as a new employer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="336"/>
        <source>New employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="344"/>
        <source>Another desk saved this record after you opened it. What you typed is still here: reload to see the stored values beside your fields, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="392"/>
        <source>Stored now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/worker_editor.py" line="407"/>
        <source>The stored values are shown beside your fields. Saving now keeps what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="6"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="15"/>
        <source>Another desk saved this record after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="20"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="42"/>
        <source>&amp;Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="48"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="60"/>
        <source>&amp;Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="66"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="78"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="84"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="96"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="102"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="103"/>
        <location filename="../../ui/worker_editor.ui" line="221"/>
        <location filename="../../ui/worker_editor.ui" line="266"/>
        <location filename="../../ui/worker_editor.ui" line="279"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="114"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="120"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="132"/>
        <source>&amp;Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="138"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="150"/>
        <source>&amp;Work site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="156"/>
        <source>Work site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="162"/>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="168"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="180"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="186"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="192"/>
        <source>M&amp;unicipality of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="198"/>
        <source>Municipality of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="204"/>
        <source>&amp;Disadvantaged worker (Law 381/1991, art. 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="209"/>
        <source>Pre&amp;gnancy in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="214"/>
        <source>Expected &amp;due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="220"/>
        <source>Expected due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="232"/>
        <source>Own &amp;L. 104 recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="238"/>
        <source>The worker&apos;s own recognition under Law 104/1992</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="239"/>
        <location filename="../../ui/worker_editor.ui" line="254"/>
        <source>Health data: used only to derive the smart-working priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="244"/>
        <source>Disabling &amp;illness, invalidity %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="253"/>
        <source>Oncological or chronic disabling illness: invalidity percentage (Law 106/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="259"/>
        <source>Illness leave taken, fr&amp;om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="265"/>
        <source>Illness leave under Law 106/2025: first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="267"/>
        <location filename="../../ui/worker_editor.ui" line="280"/>
        <source>The leave of up to 24 months for an oncological or chronic disabling illness (Law 106/2025, art. 1): the smart-working priority comes after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="272"/>
        <source>Illness leave taken, un&amp;til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="278"/>
        <source>Illness leave under Law 106/2025: last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="291"/>
        <source>Disa&amp;bled under Law 68/1999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="297"/>
        <source>Disabled worker under Law 68/1999, art. 1, as certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker_editor.ui" line="298"/>
        <source>Health data: as the certificate says; it gives the 90 days of notice when the employer withdraws from a smart-working agreement (Law 81/2017, art. 19)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerOffers</name>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="92"/>
        <source>Enrollment&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="93"/>
        <source>Vouc&amp;hers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="94"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="173"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="177"/>
        <source>Cancel the enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="95"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="203"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="207"/>
        <source>Cancel the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="96"/>
        <source>Other benefits from the employer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="98"/>
        <source>Utilities, rent, the company car…: they fill the fringe-benefit threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="100"/>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="101"/>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="104"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="116"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="105"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="117"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="106"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="107"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="108"/>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="119"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="109"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="114"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="115"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="118"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="120"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="139"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="169"/>
        <source>Choose the enrollment to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="171"/>
        <source>Cancel the enrollment of %1 in «%2»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="178"/>
        <source>Why is the enrollment cancelled? The history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="189"/>
        <source>Enrollment cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="200"/>
        <source>Choose the voucher to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="202"/>
        <source>Cancel voucher %1? Its value goes back to the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="208"/>
        <source>Why is voucher %1 cancelled? The history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/worker_offers.py" line="223"/>
        <source>Voucher %1 cancelled: %2 back to its budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="410"/>
        <source>← &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="411"/>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="412"/>
        <source>Print the pat&amp;h summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="414"/>
        <source>The summary to hand to the worker: goals, next steps, services (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="416"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="417"/>
        <source>Edit the record (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="418"/>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="419"/>
        <source>Record a contact with this worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="420"/>
        <source>Case and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="421"/>
        <source>Goal or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="421"/>
        <source>By · status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="422"/>
        <source>The plan of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="423"/>
        <source>Needs, open first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="424"/>
        <source>Mark the need &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="427"/>
        <source>Change the status of the chosen need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="428"/>
        <source>Status of the chosen need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="431"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="433"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="433"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="433"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="461"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="433"/>
        <source>Raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="435"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="436"/>
        <source>Co&amp;rrect the contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="437"/>
        <source>Remo&amp;ve the contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="441"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="442"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="443"/>
        <source>Needs raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="444"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="445"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="617"/>
        <source>Con&amp;tacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="448"/>
        <source>Changes to the &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="449"/>
        <source>&amp;Fitting services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="450"/>
        <source>New re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="451"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="452"/>
        <source>&amp;Smart working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="453"/>
        <source>&amp;Health fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="626"/>
        <source>Enrollments and vo&amp;uchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="633"/>
        <source>Reque&amp;sts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="455"/>
        <source>Requests of the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="456"/>
        <source>Enter opens the request on the Requests page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="459"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="460"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="462"/>
        <source>Period or deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="466"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="468"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="491"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="469"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="487"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="470"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="471"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="472"/>
        <source>Work site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="473"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="474"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="475"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="479"/>
        <source>Target categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="480"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="485"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="486"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="488"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="489"/>
        <source>Law 104/1992</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="490"/>
        <source>Dependent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="544"/>
        <source>yes (income up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="631"/>
        <source>Reque&amp;sts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="622"/>
        <source>Enrollments and vo&amp;uchers (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="670"/>
        <source>Path summary – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="679"/>
        <source>Request recorded: it is in Requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="694"/>
        <source>Voucher %1 issued: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="751"/>
        <source>Choose a need in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="902"/>
        <source>O&amp;pen the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="905"/>
        <source>The last case is closed: open a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="907"/>
        <source>The case&apos;s page: assessment, plan, timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="1014"/>
        <source>Permits and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="1015"/>
        <source>To check with the personnel office: the desk grants none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="440"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="496"/>
        <source>When</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="426"/>
        <source>Correct the need…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="463"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="482"/>
        <source>Who changed what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="497"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="498"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="499"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="502"/>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="504"/>
        <source>Add a relative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="505"/>
        <source>Edit the relative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="506"/>
        <source>Take out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="507"/>
        <source>History of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="527"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="531"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="536"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="615"/>
        <source>Con&amp;tacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="708"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="719"/>
        <source>Choose the need in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="724"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="731"/>
        <source>Remove the need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="725"/>
        <source>Why is «%1» removed? It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="732"/>
        <source>Remove «%1»? You can undo it right after (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="779"/>
        <source>Choose the relative in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="797"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="806"/>
        <source>Take out of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="798"/>
        <source>Why is %1 taken out of the household? It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="807"/>
        <source>Take %1 out of the household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="819"/>
        <source>%1 taken out of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="826"/>
        <source>Choose the contact in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="848"/>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="857"/>
        <source>Remove the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="849"/>
        <source>Why is the contact of %1 removed? It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="858"/>
        <source>Remove the contact of %1? You can undo it right after (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="894"/>
        <source>No case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="895"/>
        <source>O&amp;pen a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="896"/>
        <source>Open a personalised path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="902"/>
        <source>O&amp;pen a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="910"/>
        <source>%1 · %2 · opened on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="916"/>
        <source>Next review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="918"/>
        <source>%n earlier case(s)</source>
        <translation>
            <numerusform>%n earlier case</numerusform>
            <numerusform>%n earlier cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="982"/>
        <source>%1 (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="985"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="985"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/worker_page.py" line="1000"/>
        <source>No target category applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="111"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="112"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="113"/>
        <source>Surname, name, codice fiscale or employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="114"/>
        <source>Search workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="115"/>
        <source>&amp;Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="116"/>
        <source>Filter by employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="117"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="118"/>
        <source>Filter by target category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="119"/>
        <source>Workers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="122"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="123"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="124"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="125"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="126"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="142"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="152"/>
        <source>All employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="191"/>
        <source>More than %1 workers: narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="196"/>
        <source>%Ln worker(s)</source>
        <translation>
            <numerusform>%Ln worker</numerusform>
            <numerusform>%Ln workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="198"/>
        <source>First %n workers shown: scroll for more</source>
        <translation>
            <numerusform>First worker shown: scroll for more</numerusform>
            <numerusform>First %n workers shown: scroll for more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="200"/>
        <source>No worker matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../welfare_desk/gui/pages/workers_page.py" line="202"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_AccessDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/sign_in_dialog.py" line="57"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="83"/>
        <source>The file was not saved (%1). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="90"/>
        <source>The report could not be made because of an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="100"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../welfare_desk/gui/dialogs/report_dialogs.py" line="143"/>
        <source>Cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
