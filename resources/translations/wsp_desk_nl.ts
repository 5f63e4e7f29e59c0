<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountPage</name>
    <message>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefoon op het werk</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>E-mail op het werk</translation>
    </message>
    <message>
        <source>Work &amp;phone:</source>
        <translation>Werk&amp;telefoon:</translation>
    </message>
    <message>
        <source>Work &amp;e-mail:</source>
        <translation>Werk-e-&amp;mail:</translation>
    </message>
    <message>
        <source>Partners reach you on these about a handover: they are printed on the partner&apos;s sheet.</source>
        <translation>Hierop bereiken partners u over een overdracht: ze staan op het overdrachtsblad voor de partner.</translation>
    </message>
    <message>
        <source>&amp;Save contact details</source>
        <translation>Contactgegevens op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Wachtwoord &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Your &amp;recent logins:</source>
        <translation>Recente &amp;activiteit van uw account:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>&amp;Users</source>
        <translation>Gebr&amp;uikers</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Locaties</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>Letter&amp;head</source>
        <translation>Brief&amp;hoofd</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <source>Ne&amp;xt visitor</source>
        <translation>&amp;Volgende bezoeker</translation>
    </message>
    <message>
        <source>Call the visitor whose turn it is to your room</source>
        <translation>Roep de bezoeker die aan de beurt is naar uw ruimte</translation>
    </message>
    <message>
        <source>Choose from the &amp;queue…</source>
        <translation>&amp;Kiezen uit de wachtrij…</translation>
    </message>
    <message>
        <source>Call one waiting visitor of your choice</source>
        <translation>Roep een wachtende bezoeker op die u zelf kiest</translation>
    </message>
    <message>
        <source>&amp;Your room:</source>
        <translation>&amp;Uw ruimte:</translation>
    </message>
    <message>
        <source>Waiting: {count} (for you: {mine})</source>
        <translation>Wachtend: {count} (voor u: {mine})</translation>
    </message>
    <message>
        <source>Waiting: {count}</source>
        <translation>Wachtend: {count}</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <source>History of {name}</source>
        <translation>Geschiedenis van {name}</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Er zijn geen wijzigingen vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Your password was set by a coordinator. Choose your own password before you start.</source>
        <translation>Uw wachtwoord is ingesteld door een coördinator. Kies eerst uw eigen wachtwoord.</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <source>Choose a new password for your account {name}.</source>
        <translation>Kies een nieuw wachtwoord voor uw account {name}.</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De twee nieuwe wachtwoorden zijn niet hetzelfde.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Nieuw wachtwoord he&amp;rhalen:</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>(import or set-up)</source>
        <translation>(import of inrichting)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>ChoiceListInput</name>
    <message>
        <source>(not chosen)</source>
        <translation>(niet gekozen)</translation>
    </message>
</context>
<context>
    <name>ChooseVisitorDialog</name>
    <message>
        <source>Choose a waiting visitor</source>
        <translation>Kies een wachtende bezoeker</translation>
    </message>
    <message>
        <source>Waiting visitors</source>
        <translation>Wachtende bezoekers</translation>
    </message>
    <message>
        <source>&amp;Waiting now, in order of arrival:</source>
        <translation>&amp;Nu wachtend, in volgorde van binnenkomst:</translation>
    </message>
    <message>
        <source>&amp;Call this visitor</source>
        <translation>Bezoeker &amp;oproepen</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>openingstijden</translation>
    </message>
    <message>
        <source>Letters still lack: {parts}. Visitors need them to ask the werkcentrum a question.</source>
        <translation>Brieven missen nog: {parts}. Bezoekers hebben dit nodig om het werkcentrum een vraag te stellen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Street and number, postcode and town: one line each</source>
        <translation>Straat en huisnummer, postcode en plaats: elk op een eigen regel</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>Openingstij&amp;den:</translation>
    </message>
    <message>
        <source>One line for each part, for example: Mon to Fri 9:00–17:00</source>
        <translation>Elk deel op een eigen regel, bijvoorbeeld: ma t/m vr 9:00–17:00</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
</context>
<context>
    <name>ConversationForm</name>
    <message>
        <source>Next section</source>
        <translation>Volgend onderdeel</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Vorig onderdeel</translation>
    </message>
    <message>
        <source>How to begin</source>
        <translation>Zo begint u</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Zo sluit u af</translation>
    </message>
    <message>
        <source>Next &amp;section: {title}</source>
        <translation>Vo&amp;lgend onderdeel: {title}</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>&amp;Finish conversation…</source>
        <translation>Gesprek &amp;afronden…</translation>
    </message>
    <message>
        <source>Your conversations cannot be read now. {problem}</source>
        <translation>Uw gesprekken kunnen nu niet worden gelezen. {problem}</translation>
    </message>
    <message>
        <source>No location is open today, so there is no queue to call from.</source>
        <translation>Vandaag is geen locatie open. Er is dus geen wachtrij om bezoekers uit op te roepen.</translation>
    </message>
    <message>
        <source>No visitor with you now.
Press Next visitor (F5) to call the visitor whose turn it is.</source>
        <translation>U hebt nu geen bezoeker.
Druk op Volgende bezoeker (F5) om de bezoeker op te roepen die aan de beurt is.</translation>
    </message>
    <message>
        <source>Nobody is waiting now.</source>
        <translation>Er wacht nu niemand.</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>de balie</translation>
    </message>
    <message>
        <source>{ticket} is called to {room}.</source>
        <translation>{ticket} is opgeroepen naar {room}.</translation>
    </message>
    <message>
        <source>Another conversation template</source>
        <translation>Ander gespreksformulier</translation>
    </message>
    <message>
        <source>{count} answers do not fit the other template and are dropped; the notes stay. Go on?</source>
        <translation>Niet alle antwoorden passen bij het andere formulier. Aantal antwoorden dat verdwijnt: {count}. De aantekeningen blijven. Doorgaan?</translation>
    </message>
    <message>
        <source>Suggestions follow as soon as the answers give a need.</source>
        <translation>Voorstellen volgen zodra de antwoorden een hulpvraag opleveren.</translation>
    </message>
    <message>
        <source>No suggestions now. {problem}</source>
        <translation>Nu geen voorstellen. {problem}</translation>
    </message>
    <message>
        <source>No partner in the directory serves these needs for this visitor. Search one yourself.</source>
        <translation>Geen partner in de sociale kaart helpt bij deze hulpvragen voor deze bezoeker. Zoek zelf een partner.</translation>
    </message>
    <message>
        <source>Ask where the visitor lives: some of these partners serve one municipality only.</source>
        <translation>Vraag waar de bezoeker woont: sommige van deze partners werken voor één gemeente.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The conversation cannot be finished before it is saved. {problem}</source>
        <translation>Het gesprek kan pas worden afgerond als het is opgeslagen. {problem}</translation>
    </message>
    <message>
        <source>Record how the conversation ended</source>
        <translation>Leg vast hoe het gesprek is afgelopen</translation>
    </message>
    <message>
        <source>The conversation with {ticket} is finished: {outcome}.</source>
        <translation>Het gesprek met {ticket} is afgerond: {outcome}.</translation>
    </message>
    <message>
        <source>The conversation could not be saved. {problem}
Close anyway? What was typed last is lost.</source>
        <translation>Het gesprek kon niet worden opgeslagen. {problem}
Toch sluiten? Wat u het laatst typte, gaat dan verloren.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct the registration of {ticket}</source>
        <translation>Aanmelding van {ticket} corrigeren</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong in WSP Desk. What you saved before is safe. If this happens again, tell your coordinator or the service desk.</source>
        <translation>Er ging iets mis in WSP Desk. Wat u eerder hebt opgeslagen, is veilig. Gebeurt dit vaker? Meld het aan uw coördinator of de servicedesk.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>De details konden niet in een logbestand worden geschreven.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>De details staan in het logbestand:
{path}</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Date known:</source>
        <translation>Datum bekend:</translation>
    </message>
</context>
<context>
    <name>DaySummaryDialog</name>
    <message>
        <source>Day summary</source>
        <translation>Dagoverzicht</translation>
    </message>
    <message>
        <source>Visits on {day}: {total}</source>
        <translation>Bezoeken op {day}: {total}</translation>
    </message>
    <message>
        <source>Closed as not served just now: {count}</source>
        <translation>Zojuist afgesloten als niet geholpen: {count}</translation>
    </message>
    <message>
        <source>Not served:</source>
        <translation>Niet geholpen:</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <source>The configuration file {path} cannot be used ({reason}).</source>
        <translation>Het configuratiebestand {path} is niet bruikbaar ({reason}).</translation>
    </message>
    <message>
        <source>The database address &apos;{url}&apos; is not valid. Use sqlite:///path/to/file.sqlite or postgresql://user@host/database.</source>
        <translation>Het databaseadres &apos;{url}&apos; is niet geldig. Gebruik sqlite:///pad/naar/bestand.sqlite of postgresql://gebruiker@server/database.</translation>
    </message>
    <message>
        <source>The database file {path} is on a network share, where SQLite can lose data. Keep it on this computer, or use a PostgreSQL server for several desks.</source>
        <translation>Het databasebestand {path} staat op een netwerkschijf. Daar kan SQLite gegevens kwijtraken. Bewaar het op deze computer, of gebruik een PostgreSQL-server voor meerdere balies.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}).</source>
        <translation>De map {folder} kan niet worden gemaakt ({reason}).</translation>
    </message>
    <message>
        <source>The database file {path} is read-only. Ask your administrator for write access.</source>
        <translation>Het databasebestand {path} is alleen-lezen. Vraag uw beheerder om schrijfrechten.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved. Ask your administrator for write access.</source>
        <translation>De database is alleen-lezen: er is niets opgeslagen. Vraag uw beheerder om schrijfrechten.</translation>
    </message>
    <message>
        <source>The database is busy on another desk: nothing was saved. Try again in a moment.</source>
        <translation>De database is bezet door een andere balie: er is niets opgeslagen. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a WSP Desk database. Restore it from a backup.</source>
        <translation>Het databasebestand is beschadigd of is geen WSP Desk-database. Zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and the server address.</source>
        <translation>De databaseserver is niet bereikbaar. Controleer het netwerk en het adres van de server.</translation>
    </message>
    <message>
        <source>The database server refused the login. Check the user and password in the address.</source>
        <translation>De databaseserver weigert de toegang. Controleer de gebruiker en het wachtwoord in het adres.</translation>
    </message>
    <message>
        <source>The database named in the address does not exist on the server.</source>
        <translation>De database uit het adres bestaat niet op de server.</translation>
    </message>
    <message>
        <source>The database reported a problem: nothing was saved.</source>
        <translation>De database meldt een probleem: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database holds tables but is not a WSP Desk database; it was not changed.</source>
        <translation>De database bevat tabellen, maar is geen WSP Desk-database. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database could not be backed up before the update ({reason}); nothing was changed.</source>
        <translation>Er kon geen reservekopie van de database worden gemaakt vóór de update ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This command only reads, but the database must first be created or upgraded to schema {schema}: run &apos;wsp-desk init&apos; with write access.</source>
        <translation>Deze opdracht leest alleen, maar de database moet eerst worden aangemaakt of bijgewerkt naar schema {schema}: voer &apos;wsp-desk init&apos; uit met schrijfrechten.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of WSP Desk (schema {revision}). Install that version; the database was not changed.</source>
        <translation>Deze database is gemaakt door een nieuwere versie van WSP Desk (schema {revision}). Installeer die versie. Er is niets aan de database veranderd.</translation>
    </message>
    <message>
        <source>Login failed. Wait {seconds} seconds before you try again.</source>
        <translation>Inloggen is mislukt. Wacht {seconds} seconden en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Login failed. Check your name and password.</source>
        <translation>Inloggen is mislukt. Controleer uw gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>U mag dit niet doen.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Your changes were not saved; reopen the record to see the new version.</source>
        <translation>Iemand anders heeft dit gewijzigd terwijl u het bewerkte. Uw wijzigingen zijn niet opgeslagen. Open het opnieuw om de nieuwe versie te zien.</translation>
    </message>
    <message>
        <source>There is no location with number {number}.</source>
        <translation>Er is geen locatie met nummer {number}.</translation>
    </message>
    <message>
        <source>No location is open today.</source>
        <translation>Vandaag is geen locatie open.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time. Example: 09:00.</source>
        <translation>&apos;{value}&apos; is geen tijd. Voorbeeld: 09:00.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date. Example: 31-12-2026.</source>
        <translation>&apos;{value}&apos; is geen datum. Voorbeeld: 31-12-2026.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Ask your administrator to add one.</source>
        <translation>Er is geen printer ingesteld op deze computer. Vraag uw beheerder er een toe te voegen.</translation>
    </message>
    <message>
        <source>This document cannot be printed: it is damaged.</source>
        <translation>Dit document kan niet worden geprint: het is beschadigd.</translation>
    </message>
    <message>
        <source>The printer {name} cannot be used. Is it on and connected?</source>
        <translation>De printer {name} werkt niet. Staat hij aan en is hij aangesloten?</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a folder, device or pipe cannot be read).</source>
        <translation>Dit is geen gewoon bestand (een map, apparaat of pipe kan niet worden gelezen).</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>Het bestand kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Hier hoort een object.</translation>
    </message>
    <message>
        <source>This is not an HSDS organization, service or service_at_location.</source>
        <translation>Dit is geen HSDS-organization, -service of -service_at_location.</translation>
    </message>
    <message>
        <source>A service needs the organisation that gives it.</source>
        <translation>Een dienst heeft de organisatie nodig die hem aanbiedt.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>Expected a date like 2026-01-31.</source>
        <translation>Hier hoort een datum, zoals 2026-01-31.</translation>
    </message>
    <message>
        <source>No HSDS tables found: the folder needs organizations.csv or services.csv.</source>
        <translation>Geen HSDS-tabellen gevonden: de map moet organizations.csv of services.csv bevatten.</translation>
    </message>
    <message>
        <source>This is not valid JSON: {detail}.</source>
        <translation>Dit is geen geldige JSON: {detail}.</translation>
    </message>
    <message>
        <source>A number in the file has more than {maximum} digits.</source>
        <translation>Een getal in het bestand heeft meer dan {maximum} cijfers.</translation>
    </message>
    <message>
        <source>The file nests objects or lists more than {maximum} levels deep.</source>
        <translation>Het bestand nest objecten of lijsten meer dan {maximum} niveaus diep.</translation>
    </message>
    <message>
        <source>…and {count} more problems.</source>
        <translation>…en nog {count} problemen.</translation>
    </message>
    <message>
        <source>The file has {count} problems; nothing was imported.</source>
        <translation>Het bestand heeft problemen (aantal: {count}). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Hier hoort tekst.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Hier hoort een heel getal.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Hier hoort een getal.</translation>
    </message>
    <message>
        <source>Expected a time like 09:00.</source>
        <translation>Hier hoort een tijd, zoals 09:00.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Hier hoort een lijst.</translation>
    </message>
    <message>
        <source>This is not a readable XLSX workbook (or it is damaged).</source>
        <translation>Dit is geen leesbaar XLSX-bestand (of het is beschadigd).</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than {megabytes} MB.</source>
        <translation>De werkmap is uitgepakt groter dan {megabytes} MB.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date. Example: 2026-01-31.</source>
        <translation>&apos;{value}&apos; is geen datum. Voorbeeld: 2026-01-31.</translation>
    </message>
    <message>
        <source>Write ja or nee.</source>
        <translation>Schrijf ja of nee.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an opening time. Examples: ma-vr 09:00-17:00, gesloten van 2026-12-24 t/m 2026-12-26.</source>
        <translation>&apos;{value}&apos; is geen openingstijd. Voorbeelden: ma-vr 09:00-17:00, gesloten van 2026-12-24 t/m 2026-12-26.</translation>
    </message>
    <message>
        <source>Days are ma, di, wo, do, vr, za and zo.</source>
        <translation>Dagen zijn ma, di, wo, do, vr, za en zo.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not known here.</source>
        <translation>&apos;{value}&apos; is hier niet bekend.</translation>
    </message>
    <message>
        <source>The first row must name the columns, such as Dienst and Organisatie.</source>
        <translation>De eerste rij moet de kolommen noemen, zoals Dienst en Organisatie.</translation>
    </message>
    <message>
        <source>The organisation differs from the one in {where}.</source>
        <translation>De organisatie is anders dan die in {where}.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB.</source>
        <translation>Het bestand is groter dan {megabytes} MB.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {byte} at position {position}). Save it as UTF-8.</source>
        <translation>Het bestand is geen UTF-8-tekst (byte {byte} op positie {position}). Sla het op als UTF-8.</translation>
    </message>
    <message>
        <source>This row has {found} values; the header has {expected}.</source>
        <translation>Aantal waarden in deze rij: {found}. In de kopregel: {expected}.</translation>
    </message>
    <message>
        <source>The file has more than {maximum} rows; split it into smaller files.</source>
        <translation>Het bestand heeft meer dan {maximum} rijen; splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>A password needs at least {length} characters.</source>
        <translation>Een wachtwoord heeft minstens {length} tekens nodig.</translation>
    </message>
    <message>
        <source>A password can have at most {length} characters.</source>
        <translation>Een wachtwoord mag hoogstens {length} tekens hebben.</translation>
    </message>
    <message>
        <source>A password must not contain the user name.</source>
        <translation>Een wachtwoord mag de gebruikersnaam niet bevatten.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Choose a longer, less common one.</source>
        <translation>Dit wachtwoord is te makkelijk te raden. Kies een langer wachtwoord dat minder voor de hand ligt.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Het nieuwe wachtwoord moet anders zijn dan het huidige.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Het huidige wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Dit bezoek bestaat niet meer.</translation>
    </message>
    <message>
        <source>Call this visitor first; then the conversation can start.</source>
        <translation>Roep deze bezoeker eerst op. Daarna kan het gesprek beginnen.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is with another guide.</source>
        <translation>Nummer {ticket} is bij een andere gids.</translation>
    </message>
    <message>
        <source>There is no conversation template for this visitor.</source>
        <translation>Er is geen gespreksformulier voor deze bezoeker.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Dit gesprek bestaat niet meer.</translation>
    </message>
    <message>
        <source>This conversation is finished and can no longer change.</source>
        <translation>Dit gesprek is afgerond en kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>Only the guide of this conversation can change it.</source>
        <translation>Alleen de gids van dit gesprek kan het wijzigen.</translation>
    </message>
    <message>
        <source>This answer does not fit the question; it was not saved.</source>
        <translation>Dit antwoord past niet bij de vraag. Het is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Choose one of the region&apos;s municipalities, or another.</source>
        <translation>Kies een van de gemeenten in de regio, of een andere.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a need of the taxonomy.</source>
        <translation>&apos;{code}&apos; is geen hulpvraag uit de lijst.</translation>
    </message>
    <message>
        <source>This database holds real visits; demo data is only added to a demo desk.</source>
        <translation>Deze database bevat echte bezoeken. Demogegevens worden alleen aan een demobalie toegevoegd.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {choices}.</source>
        <translation>&apos;{value}&apos; hoort niet bij de keuzes: {choices}.</translation>
    </message>
    <message>
        <source>An extension has digits only.</source>
        <translation>Een toestelnummer heeft alleen cijfers.</translation>
    </message>
    <message>
        <source>A contact needs a name, department or e-mail.</source>
        <translation>Een contactpersoon heeft een naam, afdeling of e-mailadres nodig.</translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>A closure needs a first day.</source>
        <translation>Een sluiting heeft een eerste dag nodig.</translation>
    </message>
    <message>
        <source>Choose the days of the week.</source>
        <translation>Kies de dagen van de week.</translation>
    </message>
    <message>
        <source>Enter an opening and a closing time.</source>
        <translation>Vul een openingstijd en een sluitingstijd in.</translation>
    </message>
    <message>
        <source>The closing time comes before the opening time.</source>
        <translation>De sluitingstijd ligt vóór de openingstijd.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code. Example: nl, en, ar.</source>
        <translation>&apos;{code}&apos; is geen taalcode. Voorbeeld: nl, en, ar.</translation>
    </message>
    <message>
        <source>A language needs a code or a name.</source>
        <translation>Een taal heeft een code of een naam nodig.</translation>
    </message>
    <message>
        <source>A country is a two-letter code, like NL.</source>
        <translation>Een land is een code van twee letters, zoals NL.</translation>
    </message>
    <message>
        <source>Expected a date like 2026-01-31, 2026-01 or 2026.</source>
        <translation>Verwacht een datum zoals 2026-01-31, 2026-01 of 2026.</translation>
    </message>
    <message>
        <source>An age is a number from 0 to 120.</source>
        <translation>Een leeftijd is een getal van 0 tot 120.</translation>
    </message>
    <message>
        <source>The maximum age is below the minimum age.</source>
        <translation>De maximumleeftijd is lager dan de minimumleeftijd.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a known need.</source>
        <translation>&apos;{code}&apos; is geen bekende hulpvraag.</translation>
    </message>
    <message>
        <source>Say what is incorrect, so the coordinator can fix it.</source>
        <translation>Zeg wat er niet klopt, zodat de coördinator het kan verbeteren.</translation>
    </message>
    <message>
        <source>This report no longer exists.</source>
        <translation>Deze melding bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is no organisation with id {id}.</source>
        <translation>Er is geen organisatie met id {id}.</translation>
    </message>
    <message>
        <source>There is no location with id {id}.</source>
        <translation>Er is geen locatie met id {id}.</translation>
    </message>
    <message>
        <source>The service {service} is still at this location.</source>
        <translation>De dienst {service} gebruikt deze locatie nog.</translation>
    </message>
    <message>
        <source>Choose a location of the service&apos;s own organisation.</source>
        <translation>Kies een locatie van de eigen organisatie van de dienst.</translation>
    </message>
    <message>
        <source>The id &apos;{id}&apos; is used twice or belongs to another record.</source>
        <translation>De id &apos;{id}&apos; komt twee keer voor of hoort bij iets anders.</translation>
    </message>
    <message>
        <source>This organisation is not in the directory.</source>
        <translation>Deze organisatie staat niet in de sociale kaart.</translation>
    </message>
    <message>
        <source>This service is not in the directory.</source>
        <translation>Deze dienst staat niet in de sociale kaart.</translation>
    </message>
    <message>
        <source>Enter a name for the location (at most 120 characters).</source>
        <translation>Vul een naam in voor de locatie (hoogstens 120 tekens).</translation>
    </message>
    <message>
        <source>A ticket prefix has 1 to 4 letters, for example R or POP.</source>
        <translation>Een voorvoegsel heeft 1 tot 4 letters, bijvoorbeeld R of POP.</translation>
    </message>
    <message>
        <source>A pop-up location needs a start and an end date.</source>
        <translation>Een pop-uplocatie heeft een begindatum en een einddatum nodig.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>Het adres is te lang.</translation>
    </message>
    <message>
        <source>There is already a location named {name}.</source>
        <translation>Er is al een locatie met de naam {name}.</translation>
    </message>
    <message>
        <source>Another active location already uses the prefix {prefix}.</source>
        <translation>Een andere actieve locatie gebruikt het voorvoegsel {prefix} al.</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation>Deze ruimte bestaat niet meer.</translation>
    </message>
    <message>
        <source>Enter a room name (at most 80 characters).</source>
        <translation>Vul een naam in voor de ruimte (hoogstens 80 tekens).</translation>
    </message>
    <message>
        <source>This location already has a room named {name}.</source>
        <translation>Deze locatie heeft al een ruimte met de naam {name}.</translation>
    </message>
    <message>
        <source>This location no longer exists.</source>
        <translation>Deze locatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose a question category from the list.</source>
        <translation>Kies een vraagcategorie uit de lijst.</translation>
    </message>
    <message>
        <source>Which language does the interpreter need to speak?</source>
        <translation>Welke taal moet de tolk spreken?</translation>
    </message>
    <message>
        <source>This location is not open for visitors.</source>
        <translation>Deze locatie is niet open voor bezoekers.</translation>
    </message>
    <message>
        <source>This visit is closed and can no longer be changed.</source>
        <translation>Dit bezoek is afgesloten en kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Say briefly why the visitor left.</source>
        <translation>Zeg kort waarom de bezoeker is vertrokken.</translation>
    </message>
    <message>
        <source>There is no recent change of this visit to undo.</source>
        <translation>Er is geen recente wijziging van dit bezoek om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is no longer waiting; another desk took it.</source>
        <translation>Nummer {ticket} wacht niet meer. Een andere balie heeft het al opgeroepen.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Deze gebruiker bestaat niet meer.</translation>
    </message>
    <message>
        <source>Say briefly why these visitors were not served.</source>
        <translation>Zeg kort waarom deze bezoekers niet zijn geholpen.</translation>
    </message>
    <message>
        <source>You are already helping a visitor (ticket {ticket}), perhaps at another desk. Finish or return that visit first.</source>
        <translation>U helpt al een bezoeker (nummer {ticket}), misschien aan een andere balie. Rond dat bezoek eerst af of zet het terug in de wachtrij.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is still with this guide. Finish or return that visit first.</source>
        <translation>Nummer {ticket} is nog bij deze gids. Rond dat bezoek eerst af of zet het terug in de wachtrij.</translation>
    </message>
    <message>
        <source>This step is not possible for ticket {ticket} now; another desk may have changed it.</source>
        <translation>Deze stap kan nu niet voor nummer {ticket}. Misschien heeft een andere balie het gewijzigd.</translation>
    </message>
    <message>
        <source>{service} takes no visitors now; choose another partner.</source>
        <translation>{service} neemt nu geen bezoekers aan; kies een andere partner.</translation>
    </message>
    <message>
        <source>Choose who follows up this handover.</source>
        <translation>Kies wie deze overdracht opvolgt.</translation>
    </message>
    <message>
        <source>Say why the partner declined this handover.</source>
        <translation>Zeg waarom de partner deze overdracht heeft afgewezen.</translation>
    </message>
    <message>
        <source>This handover cannot take that step now; reload to see its state.</source>
        <translation>Deze stap kan nu niet voor deze overdracht. Vernieuw de lijst om te zien hoe het ervoor staat.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw for this handover.</source>
        <translation>Er is geen toestemming om in te trekken voor deze overdracht.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; cannot be shared: this visit holds nothing for it.</source>
        <translation>&apos;{item}&apos; kan niet gedeeld worden: dit bezoek heeft daar geen gegevens voor.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image of at most 1 MB and {side} × {side} pixels.</source>
        <translation>Het logo moet een PNG-afbeelding zijn van hoogstens 1 MB en {side} × {side} pixels.</translation>
    </message>
    <message>
        <source>The letterhead needs a name.</source>
        <translation>Het briefhoofd heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The follow-up date has passed; choose today or later.</source>
        <translation>De opvolgdatum is al voorbij. Kies vandaag of later.</translation>
    </message>
    <message>
        <source>Choose Dutch or English for the letter.</source>
        <translation>Kies Nederlands of Engels voor de brief.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; cannot be shared.</source>
        <translation>&apos;{item}&apos; kan niet worden gedeeld.</translation>
    </message>
    <message>
        <source>Write the notes the visitor agreed to share.</source>
        <translation>Schrijf de aantekeningen op die de bezoeker wil delen.</translation>
    </message>
    <message>
        <source>This handover no longer exists.</source>
        <translation>Deze overdracht bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose a value from {minimum} to {maximum}.</source>
        <translation>Kies een waarde van {minimum} tot en met {maximum}.</translation>
    </message>
    <message>
        <source>Use one capital letter A-Z, or leave it empty.</source>
        <translation>Gebruik één hoofdletter A-Z, of laat het leeg.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 characters: letters a-z, digits, dot, dash or underscore.</source>
        <translation>Een gebruikersnaam heeft 2 tot 64 tekens: letters a-z, cijfers, punt, streepje of liggend streepje.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (at most 120 characters).</source>
        <translation>Vul de naam van de persoon in (hoogstens 120 tekens).</translation>
    </message>
    <message>
        <source>This database already has users; log in as a coordinator.</source>
        <translation>Deze database heeft al gebruikers. Log in als coördinator.</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>De gebruikersnaam {name} is al in gebruik.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>U kunt uw eigen account niet uitschakelen.</translation>
    </message>
    <message>
        <source>There must always be one active coordinator; appoint another one first.</source>
        <translation>Er moet altijd een actieve coördinator zijn. Maak eerst iemand anders coördinator.</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a valid phone number. Example: 070 123 4567 or +32 2 555 12 34.</source>
        <translation>&apos;{number}&apos; is geen geldig telefoonnummer. Voorbeeld: 070 123 4567 of +32 2 555 12 34.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a valid e-mail address. Example: naam@voorbeeld.nl.</source>
        <translation>&apos;{address}&apos; is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>A KvK number has exactly 8 digits, for example 12345678.</source>
        <translation>Een KvK-nummer heeft precies 8 cijfers, bijvoorbeeld 12345678.</translation>
    </message>
    <message>
        <source>&apos;{postcode}&apos; is not a Dutch postcode. Example: 2288 GK.</source>
        <translation>&apos;{postcode}&apos; is geen Nederlandse postcode. Voorbeeld: 2288 GK.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address. Example: https://www.uwv.nl.</source>
        <translation>&apos;{url}&apos; is geen webadres. Voorbeeld: https://www.uwv.nl.</translation>
    </message>
    <message>
        <source>This text holds an invisible control character ({code}); remove it.</source>
        <translation>Deze tekst bevat een onzichtbaar stuurteken ({code}); haal het weg.</translation>
    </message>
    <message>
        <source>This text is too long: at most {maximum} characters.</source>
        <translation>Deze tekst is te lang: hoogstens {maximum} tekens.</translation>
    </message>
    <message>
        <source>An id has 1 to {maximum} characters.</source>
        <translation>Een id heeft 1 tot {maximum} tekens.</translation>
    </message>
    <message>
        <source>Use at most {maximum} lines.</source>
        <translation>Gebruik hoogstens {maximum} regels.</translation>
    </message>
    <message>
        <source>A line is too long: at most {maximum} characters.</source>
        <translation>Een regel is te lang: hoogstens {maximum} tekens.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kan niet worden geschreven ({reason}).</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Waiting-room screen</source>
        <translation>Wachtkamerscherm</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>Eerder opgeroepen</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>U bent aan de beurt</translation>
    </message>
    <message>
        <source>Welcome. Please wait until your number appears here.</source>
        <translation>Welkom. Wacht tot uw nummer hier verschijnt.</translation>
    </message>
    <message>
        <source>People waiting: {count}</source>
        <translation>Aantal wachtenden: {count}</translation>
    </message>
    <message>
        <source>Chime off (M)</source>
        <translation>Geluid uit (M)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&amp;Create account</source>
        <translation>Account &amp;maken</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
    <message>
        <source>The werkcentrum&apos;s contact details</source>
        <translation>Contactgegevens van het werkcentrum</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Fill in &amp;later</source>
        <translation>Later &amp;invullen</translation>
    </message>
    <message>
        <source>Welcome to WSP Desk</source>
        <translation>Welkom bij WSP Desk</translation>
    </message>
    <message>
        <source>Step 1 of 2: there are no accounts yet. Create the account of the first coordinator. The coordinator then adds the accounts of the others.</source>
        <translation>Stap 1 van 2: er zijn nog geen accounts. Maak het account van de eerste coördinator. De coördinator maakt daarna de accounts van de anderen.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>for example j.jansen</source>
        <translation>bijvoorbeeld j.jansen</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>Step 2 of 2: how visitors reach the werkcentrum. Every handover letter prints this contact block, so a visitor can ask a question later. You can also fill it in later under Administration → Letterhead.</source>
        <translation>Stap 2 van 2: hoe bezoekers het werkcentrum bereiken. Elke overdrachtsbrief drukt deze contactgegevens af, zodat een bezoeker later een vraag kan stellen. U kunt ze ook later invullen bij Beheer → Briefhoofd.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Warm handover of {ticket}</source>
        <translation>Warme overdracht van {ticket}</translation>
    </message>
    <message>
        <source>Hand {ticket} over to a partner. You stay responsible until the partner has taken over. Fill in the handover, then read the consent text aloud.</source>
        <translation>Draag {ticket} warm over aan een partner. U blijft verantwoordelijk tot de partner het heeft overgenomen. Vul de overdracht in en lees daarna de tekst over toestemming voor.</translation>
    </message>
    <message>
        <source>No partner found: search above</source>
        <translation>Geen partner gevonden: zoek hierboven</translation>
    </message>
    <message>
        <source>&amp;Prepare letter</source>
        <translation>&amp;Brief maken</translation>
    </message>
    <message>
        <source>Records the handover and shows the letter (Enter, or Ctrl+Enter in a text box)</source>
        <translation>Legt de overdracht vast en toont de brief (Enter, of Ctrl+Enter in een tekstvak)</translation>
    </message>
    <message>
        <source>Handed over from this conversation before: {partners}</source>
        <translation>Eerder vanuit dit gesprek overgedragen: {partners}</translation>
    </message>
    <message>
        <source>How to refer: {text}</source>
        <translation>Doorverwijzen: {text}</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>de partner</translation>
    </message>
    <message>
        <source>Consent text, version {version}</source>
        <translation>Tekst voor toestemming, versie {version}</translation>
    </message>
    <message>
        <source>{item} (not known at the desk)</source>
        <translation>{item} (niet bekend bij de balie)</translation>
    </message>
    <message>
        <source>There is nothing to share for this item.</source>
        <translation>Hierover is niets om te delen.</translation>
    </message>
    <message>
        <source>No consent: the letter is for the visitor only, and nothing is shared.</source>
        <translation>Geen toestemming: de brief is alleen voor de bezoeker en er wordt niets gedeeld.</translation>
    </message>
    <message>
        <source>Shared with {organization}: {items}. The letter gets a second page for the partner.</source>
        <translation>Gedeeld met {organization}: {items}. De brief krijgt een tweede pagina voor de partner.</translation>
    </message>
    <message>
        <source>Choose the partner to hand the visitor over to.</source>
        <translation>Kies de partner aan wie u de bezoeker overdraagt.</translation>
    </message>
    <message>
        <source>Warm handover</source>
        <translation>Warme overdracht</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>&amp;Find a partner:</source>
        <translation>Partner &amp;zoeken:</translation>
    </message>
    <message>
        <source>Type to search the directory; empty shows the suggestions</source>
        <translation>Typ een zoekwoord (leeg: de voorstellen)</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;Why this partner:</source>
        <translation>&amp;Waarom deze partner:</translation>
    </message>
    <message>
        <source>In plain words, for the visitor: what this partner can do for them</source>
        <translation>In gewone woorden, voor de bezoeker: wat deze partner voor hen kan doen</translation>
    </message>
    <message>
        <source>Agreed &amp;next step:</source>
        <translation>Afgesproken &amp;volgende stap:</translation>
    </message>
    <message>
        <source>For example: you call Jan de Vries on Monday to make an appointment</source>
        <translation>Bijvoorbeeld: u belt maandag Jan de Vries voor een afspraak</translation>
    </message>
    <message>
        <source>&amp;Appointment made:</source>
        <translation>&amp;Afspraak gemaakt:</translation>
    </message>
    <message>
        <source>Date and time of the appointment</source>
        <translation>Datum en tijd van de afspraak</translation>
    </message>
    <message>
        <source>What to &amp;bring
(one per line):</source>
        <translation>&amp;Meenemen
(één per regel):</translation>
    </message>
    <message>
        <source>Who follows &amp;up:</source>
        <translation>Wie volgt &amp;op:</translation>
    </message>
    <message>
        <source>Follow-up &amp;date:</source>
        <translation>Opvolg&amp;datum:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>&amp;Taal van de brief:</translation>
    </message>
    <message>
        <source>Con&amp;sent</source>
        <translation>Toe&amp;stemming</translation>
    </message>
    <message>
        <source>Read this aloud to the visitor. Then tick only what they agree to share.</source>
        <translation>Lees dit voor aan de bezoeker. Vink daarna alleen aan wat de bezoeker wil delen.</translation>
    </message>
    <message>
        <source>Notes to s&amp;hare, as the visitor agreed to them:</source>
        <translation>Aantekeningen om te de&amp;len, zoals de bezoeker wil:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {ticket}</source>
        <translation>Geschiedenis van {ticket}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Gids</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Receptionist</source>
        <translation>Baliemedewerker</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Gids</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Inhouse</source>
        <translation>Inhouse</translation>
    </message>
    <message>
        <source>Pop-up</source>
        <translation>Pop-up</translation>
    </message>
    <message>
        <source>Partner point</source>
        <translation>Partnerlocatie</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Werkzoekende</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Werkende</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Opgeroepen</translation>
    </message>
    <message>
        <source>In conversation</source>
        <translation>In gesprek</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkeerd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Niet verschenen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>Not served</source>
        <translation>Niet geholpen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Answered on the spot</source>
        <translation>Direct beantwoord</translation>
    </message>
    <message>
        <source>Warm handover to a partner</source>
        <translation>Warme overdracht naar een partner</translation>
    </message>
    <message>
        <source>Follow-up appointment at the desk</source>
        <translation>Vervolgafspraak aan de balie</translation>
    </message>
    <message>
        <source>Employer lead for the WSP account managers</source>
        <translation>Werkgever doorgegeven aan de accountmanagers van het WSP</translation>
    </message>
    <message>
        <source>Visitor left</source>
        <translation>Bezoeker is vertrokken</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <source>Another municipality</source>
        <translation>Andere gemeente</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Nogmaals opgeroepen</translation>
    </message>
    <message>
        <source>Last change undone</source>
        <translation>Laatste wijziging ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Registration corrected</source>
        <translation>Aanmelding gecorrigeerd</translation>
    </message>
    <message>
        <source>Handed to another guide or room</source>
        <translation>Doorgezet naar een andere gids of ruimte</translation>
    </message>
    <message>
        <source>Registered by mistake</source>
        <translation>Per vergissing aangemeld</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Scherm vergrendeld</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Scherm ontgrendeld</translation>
    </message>
    <message>
        <source>Blocked after failed logins</source>
        <translation>Geblokkeerd na mislukte inlogpogingen</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} u {minutes:02d} min</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Employer service point</source>
        <translation>Werkgeversservicepunt</translation>
    </message>
    <message>
        <source>UWV</source>
        <translation>UWV</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>SBB</source>
        <translation>SBB</translation>
    </message>
    <message>
        <source>Learning and work desk</source>
        <translation>Leerwerkloket</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Sociaal werkbedrijf</translation>
    </message>
    <message>
        <source>Union or employers&apos; organisation</source>
        <translation>Vakbond of werkgeversorganisatie</translation>
    </message>
    <message>
        <source>Debt help</source>
        <translation>Schuldhulp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Niet actief</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Tijdelijk gesloten</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videobellen</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pieper</translation>
    </message>
    <message>
        <source>Text phone</source>
        <translation>Teksttelefoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>contact person: {text}</source>
        <translation>contactpersoon: {text}</translation>
    </message>
    <message>
        <source>need: {text}</source>
        <translation>hulpvraag: {text}</translation>
    </message>
    <message>
        <source>synonym of {text} ({synonym})</source>
        <translation>synoniem van {text} ({synonym})</translation>
    </message>
    <message>
        <source>for: {text}</source>
        <translation>voor: {text}</translation>
    </message>
    <message>
        <source>municipality: {text}</source>
        <translation>gemeente: {text}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vermelding</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Andere naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>Soort partner</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Zelf aanmelden</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Doorverwijzen</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Minimumleeftijd</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Maximumleeftijd</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Hulpvragen</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <source>Last verified on</source>
        <translation>Laatst gecontroleerd op</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>openingstijden</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>Over 12 months ago</source>
        <translation>Meer dan 12 maanden geleden</translation>
    </message>
    <message>
        <source>Not verified for over 12 months</source>
        <translation>Langer dan 12 maanden niet gecontroleerd</translation>
    </message>
    <message>
        <source>Open now, closes at {time}</source>
        <translation>Nu open, sluit om {time}</translation>
    </message>
    <message>
        <source>Closed up to and including {day}</source>
        <translation>Gesloten tot en met {day}</translation>
    </message>
    <message>
        <source>Closed until {day} at {time}</source>
        <translation>Gesloten tot {day} om {time}</translation>
    </message>
    <message>
        <source>Not open in the next two weeks</source>
        <translation>De komende twee weken niet open</translation>
    </message>
    <message>
        <source>Opening hours unknown</source>
        <translation>Openingstijden onbekend</translation>
    </message>
    <message>
        <source>closed from {start} to {end}</source>
        <translation>gesloten van {start} tot en met {end}</translation>
    </message>
    <message>
        <source>closed from {start}</source>
        <translation>gesloten vanaf {start}</translation>
    </message>
    <message>
        <source>open until {time}</source>
        <translation>open tot {time}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>opens {day} {time}</source>
        <translation>opent {day} {time}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>Opens today at {time}</source>
        <translation>Opent vandaag om {time}</translation>
    </message>
    <message>
        <source>Opens tomorrow at {time}</source>
        <translation>Opent morgen om {time}</translation>
    </message>
    <message>
        <source>Opens on {weekday} at {time}</source>
        <translation>Opent {weekday} om {time}</translation>
    </message>
    <message>
        <source>Opens on {day} at {time}</source>
        <translation>Opent op {day} om {time}</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Voorbereid</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>Contact gelegd</translation>
    </message>
    <message>
        <source>Taken over by the partner</source>
        <translation>Overgenomen door de partner</translation>
    </message>
    <message>
        <source>Declined by the partner</source>
        <translation>Afgewezen door de partner</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Print the letter</source>
        <translation>Brief printen</translation>
    </message>
    <message>
        <source>Letter {reference} for {ticket}: {organization}</source>
        <translation>Brief {reference} voor {ticket}: {organization}</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>De brief</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit to width</source>
        <translation>Pagina&amp;breedte</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pagina&apos;s</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Printen…</translation>
    </message>
    <message>
        <source>Print the letter (Ctrl+P)</source>
        <translation>De brief printen (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF file (Ctrl+S)</source>
        <translation>De brief opslaan als PDF-bestand (Ctrl+S)</translation>
    </message>
    <message>
        <source>No consent: the letter is for the visitor only. Nothing is shared with {organization}.</source>
        <translation>Geen toestemming: de brief is alleen voor de bezoeker. Er wordt niets gedeeld met {organization}.</translation>
    </message>
    <message>
        <source>The visitor withdrew their consent on {moment}. The letter says so; its last page, headed &quot;Voor {organization}&quot;, tells {organization} to stop using the data: send or give it to them. Do not hand over an earlier sheet any more.</source>
        <translation>De bezoeker heeft op {moment} de toestemming ingetrokken. De brief zegt dat; de laatste pagina, met de kop &quot;Voor {organization}&quot;, vraagt {organization} de gegevens niet meer te gebruiken: stuur of geef die pagina aan hen. Geef een eerder overdrachtsblad niet meer mee.</translation>
    </message>
    <message>
        <source>The first pages are the visitor&apos;s letter. The pages headed &quot;Voor {organization}&quot; are the handover sheet for {organization}: they hold only what the visitor agreed to share.</source>
        <translation>De eerste pagina&apos;s zijn de brief voor de bezoeker. De pagina&apos;s met de kop &quot;Voor {organization}&quot; zijn het overdrachtsblad voor {organization}: daarop staat alleen wat de bezoeker wilde delen.</translation>
    </message>
    <message>
        <source>The letter is printed.</source>
        <translation>De brief is geprint.</translation>
    </message>
    <message>
        <source>handover-letter-{ticket}.pdf</source>
        <translation>overdrachtsbrief-{ticket}.pdf</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Brief opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved as {path}: {problem}</source>
        <translation>De brief kon niet worden opgeslagen als {path}: {problem}</translation>
    </message>
    <message>
        <source>The letter is saved as {path}.</source>
        <translation>De brief is opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>{done} The handover is now marked as handed over.</source>
        <translation>{done} De overdracht staat nu op ‘Overgedragen’.</translation>
    </message>
</context>
<context>
    <name>LetterWarning</name>
    <message>
        <source>The letter has no address of {organization}.</source>
        <translation>De brief heeft geen adres van {organization}.</translation>
    </message>
    <message>
        <source>The letter has no phone number of {organization}.</source>
        <translation>De brief heeft geen telefoonnummer van {organization}.</translation>
    </message>
    <message>
        <source>The details of {organization} are not confirmed: check them with the visitor before printing.</source>
        <translation>De gegevens van {organization} zijn niet bevestigd: controleer ze samen met de bezoeker voordat u print.</translation>
    </message>
    <message>
        <source>The werkcentrum&apos;s contact details are incomplete; a coordinator can complete them in Beheer.</source>
        <translation>De contactgegevens van het werkcentrum zijn niet compleet; een coördinator vult ze aan in Beheer.</translation>
    </message>
    <message>
        <source>No font of the letter can print {characters}: they show as �. Write them out on the letter by hand, or change the text.</source>
        <translation>Geen lettertype van de brief kan {characters} printen: die tekens staan er als �. Schrijf ze met de hand op de brief, of pas de tekst aan.</translation>
    </message>
</context>
<context>
    <name>LetterheadForm</name>
    <message>
        <source>The letterhead of every new handover letter. Letters printed before keep the letterhead they had.</source>
        <translation>Het briefhoofd van elke nieuwe overdrachtsbrief. Brieven die al zijn geprint, houden hun eigen briefhoofd.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&amp;Choose logo…</source>
        <translation>Logo &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>Logo &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Save letterhead</source>
        <translation>Briefhoofd &amp;opslaan</translation>
    </message>
</context>
<context>
    <name>LetterheadTab</name>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>A PNG image of at most 1 MB</source>
        <translation>Een PNG-afbeelding van hoogstens 1 MB</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>This file cannot be shown as an image</source>
        <translation>Dit bestand kan niet als afbeelding worden getoond</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}</source>
        <translation>{path} kan niet worden gelezen: {problem}</translation>
    </message>
    <message>
        <source>Saved. New letters get this letterhead.</source>
        <translation>Opgeslagen. Nieuwe brieven krijgen dit briefhoofd.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Een regel toevoegen (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected row (Ctrl+Delete)</source>
        <translation>De gekozen regel verwijderen (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Add location</source>
        <translation>Locatie toevoegen</translation>
    </message>
    <message>
        <source>Edit location {name}</source>
        <translation>Locatie {name} wijzigen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Ticket prefix:</source>
        <translation>&amp;Voorvoegsel volgnummers:</translation>
    </message>
    <message>
        <source>for example POP</source>
        <translation>bijvoorbeeld POP</translation>
    </message>
    <message>
        <source>1 to 4 letters before the ticket number, so visitors at different locations get different numbers.</source>
        <translation>1 tot 4 letters vóór het volgnummer, zodat bezoekers op verschillende locaties verschillende nummers krijgen.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <source>for example Rijswijk</source>
        <translation>bijvoorbeeld Rijswijk</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Begindatum:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>No start &amp;date</source>
        <translation>Geen begin&amp;datum</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;Einddatum:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>N&amp;o end date</source>
        <translation>Geen einddat&amp;um</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>Voorvoegsel</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>vanaf {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>tot en met {date}</translation>
    </message>
    <message>
        <source>always</source>
        <translation>altijd</translation>
    </message>
</context>
<context>
    <name>LocationsTab</name>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>&amp;Add location…</source>
        <translation>Locatie &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>Locations with visits are deactivated, not deleted; a deactivated location takes no visitors</source>
        <translation>Locaties met bezoeken worden gedeactiveerd, niet verwijderd. Een gedeactiveerde locatie ontvangt geen bezoekers</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruimtes</translation>
    </message>
    <message>
        <source>&amp;Add room…</source>
        <translation>Ruimte toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activeren</translation>
    </message>
    <message>
        <source>Rooms of {location}</source>
        <translation>Ruimtes van {location}</translation>
    </message>
    <message>
        <source>Deactivate location</source>
        <translation>Locatie deactiveren</translation>
    </message>
    <message>
        <source>Deactivate {name}? Desks can no longer work there; its history stays.</source>
        <translation>{name} deactiveren? Balies kunnen er dan niet meer werken. De geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Activate location</source>
        <translation>Locatie activeren</translation>
    </message>
    <message>
        <source>Activate {name}? Desks can work there again.</source>
        <translation>{name} activeren? Balies kunnen er dan weer werken.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — {name}</source>
        <translation>Vergrendeld — {name}</translation>
    </message>
    <message>
        <source>Enter your password to continue.</source>
        <translation>Vul uw wachtwoord in om verder te gaan.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>Andere gebr&amp;uiker</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <source>Database: SQLite file {path}</source>
        <translation>Database: SQLite-bestand {path}</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>in het geheugen</translation>
    </message>
    <message>
        <source>Database: PostgreSQL server {host}, database {name}</source>
        <translation>Database: PostgreSQL-server {host}, database {name}</translation>
    </message>
    <message>
        <source>No location is open today</source>
        <translation>Vandaag is geen locatie open</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Log in with your personal account.</source>
        <translation>Log in met uw eigen account.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>L&amp;ocatie:</translation>
    </message>
</context>
<context>
    <name>LoginEventsModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Andere ge&amp;bruiker</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Balie</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>geen locatie</translation>
    </message>
    <message>
        <source>Location: {name}</source>
        <translation>Locatie: {name}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>{page} ({count})</source>
        <translation>{page} ({count})</translation>
    </message>
    <message>
        <source>Waiting for you: {count}</source>
        <translation>Voor u te doen: {count}</translation>
    </message>
    <message>
        <source>Your account was disabled by a coordinator. The desk logs you out.</source>
        <translation>Een coördinator heeft uw account uitgeschakeld. U wordt nu uitgelogd.</translation>
    </message>
    <message>
        <source>A coordinator changed your role. Log in again to work with the pages of your new role.</source>
        <translation>Een coördinator heeft uw rol gewijzigd. Log opnieuw in om te werken met de pagina’s van uw nieuwe rol.</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <source>Ne&amp;eds</source>
        <translation>&amp;Hulpvragen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Hulpvragen</translation>
    </message>
    <message>
        <source>No needs yet: they follow from the answers.</source>
        <translation>Nog geen hulpvragen: die volgen uit de antwoorden.</translation>
    </message>
    <message>
        <source>&amp;Add a need</source>
        <translation>Hulpvraag &amp;toevoegen</translation>
    </message>
    <message>
        <source>From the answers</source>
        <translation>Uit de antwoorden</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Door u toegevoegd</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Report incorrect information</source>
        <translation>Fout in de gegevens melden</translation>
    </message>
    <message>
        <source>What is not correct about {name}? For example a phone number that no longer works, other opening hours, or a service that stopped. The coordinator checks it.</source>
        <translation>Wat klopt er niet bij {name}? Bijvoorbeeld een telefoonnummer dat niet meer werkt, andere openingstijden of een dienst die is gestopt. De coördinator controleert het.</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Wat klopt er niet:</translation>
    </message>
    <message>
        <source>Resolve report</source>
        <translation>Melding afhandelen</translation>
    </message>
    <message>
        <source>Report about {name}: “{description}”</source>
        <translation>Melding over {name}: “{description}”</translation>
    </message>
    <message>
        <source>&amp;What was done (optional):</source>
        <translation>&amp;Wat is er gedaan (niet verplicht):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>“I want to …”</source>
        <translation>“Ik wil …”</translation>
    </message>
    <message>
        <source>Anything worth remembering: agreements, names, what to check.</source>
        <translation>Wat u wilt onthouden: afspraken, namen, wat u nog moet nagaan.</translation>
    </message>
    <message>
        <source>The question in the visitor&apos;s own &amp;words</source>
        <translation>De vraag in eigen &amp;woorden</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Aa&amp;ntekeningen</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>(not set)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Edit organisation {name}</source>
        <translation>Organisatie {name} wijzigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Other na&amp;me:</source>
        <translation>Ook &amp;bekend als:</translation>
    </message>
    <message>
        <source>&amp;Kind of partner:</source>
        <translation>&amp;Soort partner:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschr&amp;ijving:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>https://www.example.nl</source>
        <translation>https://www.example.nl</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <source>Le&amp;gal status:</source>
        <translation>&amp;Rechtsvorm:</translation>
    </message>
    <message>
        <source>for example: foundation, municipality</source>
        <translation>bijvoorbeeld: stichting, gemeente</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Telefoonnummers:</translation>
    </message>
    <message>
        <source>C&amp;ontact persons:</source>
        <translation>Contact&amp;personen:</translation>
    </message>
    <message>
        <source>Several phone numbers of one person: separate them with a comma.</source>
        <translation>Meer telefoonnummers van één persoon: zet er een komma tussen.</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Locaties</translation>
    </message>
    <message>
        <source>&amp;Locations:</source>
        <translation>L&amp;ocaties:</translation>
    </message>
    <message>
        <source>Where the organisation receives people. Its services choose among these.</source>
        <translation>Waar de organisatie mensen ontvangt. De diensten van de organisatie kiezen hieruit.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Finish the conversation with {ticket}</source>
        <translation>Gesprek met {ticket} afronden</translation>
    </message>
    <message>
        <source>How did the conversation end?</source>
        <translation>Hoe is het gesprek afgelopen?</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Afronden</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Reception</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>PartnerDetail</name>
    <message>
        <source>Partner actions</source>
        <translation>Acties voor deze partner</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Gegevens van de partner</translation>
    </message>
    <message>
        <source>No partner chosen</source>
        <translation>Geen partner gekozen</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see what it offers and how to refer.</source>
        <translation>Kies een partner in de lijst. Dan ziet u wat die biedt en hoe u doorverwijst.</translation>
    </message>
    <message>
        <source>Copied: {text}</source>
        <translation>Gekopieerd: {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Archived.&lt;/b&gt; This record is hidden from the search.</source>
        <translation>&lt;b&gt;Gearchiveerd.&lt;/b&gt; Deze vermelding staat niet meer in de zoekresultaten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To verify.&lt;/b&gt; No coordinator has confirmed this information yet. Check it with the partner before you refer a visitor.</source>
        <translation>&lt;b&gt;Te controleren.&lt;/b&gt; Nog geen coördinator heeft deze gegevens bevestigd. Controleer ze bij de partner voordat u een bezoeker doorverwijst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified for over 12 months&lt;/b&gt; (last on {day}). Check it with the partner before you refer a visitor.</source>
        <translation>&lt;b&gt;Langer dan 12 maanden niet gecontroleerd&lt;/b&gt; (laatst op {day}). Controleer de gegevens bij de partner voordat u een bezoeker doorverwijst.</translation>
    </message>
    <message>
        <source>Never verified by a coordinator.</source>
        <translation>Nooit gecontroleerd door een coördinator.</translation>
    </message>
    <message>
        <source>Last verified on {day} by {name}.</source>
        <translation>Laatst gecontroleerd op {day} door {name}.</translation>
    </message>
    <message>
        <source>Last verified on {day}.</source>
        <translation>Laatst gecontroleerd op {day}.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Last changed: {moment}</source>
        <translation>Laatst gewijzigd: {moment}</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Wat de dienst biedt</translation>
    </message>
    <message>
        <source>No description yet.</source>
        <translation>Nog geen beschrijving.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>Bezoekers:</translation>
    </message>
    <message>
        <source>the whole region</source>
        <translation>de hele regio</translation>
    </message>
    <message>
        <source>Municipalities:</source>
        <translation>Gemeenten:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Leeftijd:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Talen:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Hulpvragen:</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Doorverwijzen</translation>
    </message>
    <message>
        <source>Not described yet.</source>
        <translation>Nog niet beschreven.</translation>
    </message>
    <message>
        <source>The visitor applies:</source>
        <translation>Zelf aanmelden:</translation>
    </message>
    <message>
        <source>Costs:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>Interpreters:</source>
        <translation>Tolken:</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>No address recorded.</source>
        <translation>Geen adres bekend.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>No contact details for this service: see the organisation below.</source>
        <translation>Geen contactgegevens bij deze dienst: zie de organisatie hieronder.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>{minimum} to {maximum} years</source>
        <translation>{minimum} tot en met {maximum} jaar</translation>
    </message>
    <message>
        <source>{minimum} years and older</source>
        <translation>{minimum} jaar en ouder</translation>
    </message>
    <message>
        <source>up to {maximum} years</source>
        <translation>tot en met {maximum} jaar</translation>
    </message>
    <message>
        <source>No opening hours recorded.</source>
        <translation>Geen openingstijden bekend.</translation>
    </message>
    <message>
        <source>Not open this week.</source>
        <translation>Deze week niet open.</translation>
    </message>
    <message>
        <source>{name} (the organisation&apos;s)</source>
        <translation>{name} (van de organisatie)</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(geen adres)</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Ook bekend als:</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>No services recorded.</source>
        <translation>Geen diensten bekend.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>No contact details recorded.</source>
        <translation>Geen contactgegevens bekend.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>No locations recorded.</source>
        <translation>Geen locaties bekend.</translation>
    </message>
    <message>
        <source>Added. A new record stays to verify until you verify it.</source>
        <translation>Toegevoegd. Een nieuwe vermelding blijft ‘te controleren’ tot u die controleert.</translation>
    </message>
</context>
<context>
    <name>PartnerDialogs</name>
    <message>
        <source>{list}, row {row}: {problem}</source>
        <translation>{list}, regel {row}: {problem}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>For example: only in the morning</source>
        <translation>Bijvoorbeeld: alleen ’s ochtends</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>Several numbers: separate them with a comma</source>
        <translation>Meer nummers: zet er een komma tussen</translation>
    </message>
</context>
<context>
    <name>PartnerSearchDialog</name>
    <message>
        <source>Search a partner</source>
        <translation>Partner zoeken</translation>
    </message>
    <message>
        <source>&amp;Choose this partner</source>
        <translation>Deze partner &amp;kiezen</translation>
    </message>
</context>
<context>
    <name>PartnerSearchWidget</name>
    <message>
        <source>A need, a partner, a contact person: for example schulden</source>
        <translation>Een hulpvraag, een partner, een contactpersoon: bijvoorbeeld schulden</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>All needs</source>
        <translation>Alle hulpvragen</translation>
    </message>
    <message>
        <source>All visitors</source>
        <translation>Alle bezoekers</translation>
    </message>
    <message>
        <source>Whole region</source>
        <translation>Hele regio</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation>Nu &amp;open</translation>
    </message>
    <message>
        <source>Partners found</source>
        <translation>Gevonden partners</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Hulpvraag:</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>B&amp;ezoeker:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>No partners found. Try fewer or other words, or fewer filters.</source>
        <translation>Geen partners gevonden. Probeer minder of andere woorden, of minder filters.</translation>
    </message>
    <message>
        <source>The first {count} partners found; type more to narrow it down.</source>
        <translation>De eerste {count} gevonden partners. Typ meer woorden voor minder resultaten.</translation>
    </message>
    <message>
        <source>Partners found: {count}</source>
        <translation>Gevonden partners: {count}</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Find &amp;partners</source>
        <translation>&amp;Partners zoeken</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;Te doen</translation>
    </message>
    <message>
        <source>&amp;To do ({to_verify} to verify, {reports} reports)</source>
        <translation>&amp;Te doen ({to_verify} te controleren, {reports} meldingen)</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>At least {length} characters.</source>
        <translation>Minstens {length} tekens.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message>
        <source>At least {length} characters, not easy to guess, and without your user name.</source>
        <translation>Minstens {length} tekens, niet makkelijk te raden, en zonder uw gebruikersnaam.</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Call &amp;next</source>
        <translation>&amp;Volgende oproepen</translation>
    </message>
    <message>
        <source>Call the visitor whose turn it is to your room</source>
        <translation>Roep de bezoeker die aan de beurt is naar uw ruimte</translation>
    </message>
    <message>
        <source>&amp;Call this visitor</source>
        <translation>Bezoeker &amp;oproepen</translation>
    </message>
    <message>
        <source>Call a&amp;gain</source>
        <translation>&amp;Nogmaals oproepen</translation>
    </message>
    <message>
        <source>Not there? After the last call the ticket becomes a no-show</source>
        <translation>Niet aanwezig? Na de laatste oproep wordt het nummer ‘niet verschenen’</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>Gesprek &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Doorzetten…</translation>
    </message>
    <message>
        <source>&amp;Return to queue</source>
        <translation>&amp;Terug naar wachtrij</translation>
    </message>
    <message>
        <source>Back to waiting, in their original place</source>
        <translation>Weer wachten, op de oude plek</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>&amp;Parkeren</translation>
    </message>
    <message>
        <source>Out of the queue for a while, for example to fetch a document</source>
        <translation>Even uit de wachtrij, bijvoorbeeld om een document te halen</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>Vertro&amp;kken…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>&amp;Corrigeren…</translation>
    </message>
    <message>
        <source>Change what was registered</source>
        <translation>Wijzig wat bij de aanmelding is ingevuld</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Annul&amp;eren…</translation>
    </message>
    <message>
        <source>Take back a registration made by mistake</source>
        <translation>Een aanmelding per vergissing terugdraaien</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Take back the last change of this visit (within {minutes} minutes)</source>
        <translation>De laatste wijziging van dit bezoek terugdraaien (binnen {minutes} minuten)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Print ticket</source>
        <translation>Volgnummer p&amp;rinten</translation>
    </message>
    <message>
        <source>Close the &amp;day…</source>
        <translation>Dag afs&amp;luiten…</translation>
    </message>
    <message>
        <source>Close everyone still open as not served and show the day summary</source>
        <translation>Sluit alle open bezoeken af als niet geholpen en toon het dagoverzicht</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>de balie</translation>
    </message>
    <message>
        <source>{ticket} is called to {room}.</source>
        <translation>{ticket} is opgeroepen naar {room}.</translation>
    </message>
    <message>
        <source>Nobody is waiting now.</source>
        <translation>Er wacht nu niemand.</translation>
    </message>
    <message>
        <source>{ticket} did not come after {calls} calls and is marked as a no-show.</source>
        <translation>{ticket} is na {calls} oproepen niet gekomen en staat nu op ‘niet verschenen’.</translation>
    </message>
    <message>
        <source>Visitor left</source>
        <translation>Bezoeker vertrokken</translation>
    </message>
    <message>
        <source>Why did {ticket} leave? For example: could not wait any longer.</source>
        <translation>Waarom is {ticket} vertrokken? Bijvoorbeeld: kon niet langer wachten.</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Aanmelding annuleren</translation>
    </message>
    <message>
        <source>Cancel ticket {ticket}? Only for a registration made by mistake; it stays in the history.</source>
        <translation>Nummer {ticket} annuleren? Alleen voor een aanmelding per vergissing. Het blijft in de geschiedenis.</translation>
    </message>
    <message>
        <source>Ticket {ticket} printed.</source>
        <translation>Volgnummer {ticket} is geprint.</translation>
    </message>
    <message>
        <source>Ticket {ticket} cannot be printed: show it on screen for the visitor, or save it as a PDF.</source>
        <translation>Volgnummer {ticket} kan niet worden geprint: toon het op het scherm voor de bezoeker, of sla het op als PDF.</translation>
    </message>
    <message>
        <source>&amp;Show on screen</source>
        <translation>&amp;Op scherm tonen</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als PDF…</translation>
    </message>
    <message>
        <source>Ticket {ticket} is shown on screen.</source>
        <translation>Volgnummer {ticket} staat op het scherm.</translation>
    </message>
    <message>
        <source>ticket-{ticket}.pdf</source>
        <translation>volgnummer-{ticket}.pdf</translation>
    </message>
    <message>
        <source>Save the ticket as PDF</source>
        <translation>Volgnummer opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The ticket could not be saved as {path}: {problem}</source>
        <translation>Het volgnummer kon niet worden opgeslagen als {path}: {problem}</translation>
    </message>
    <message>
        <source>Ticket {ticket} is saved as {path}.</source>
        <translation>Volgnummer {ticket} is opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Dag afsluiten</translation>
    </message>
    <message>
        <source>Everyone still waiting, called or parked is closed as not served. Why?</source>
        <translation>Iedereen die nog wacht, is opgeroepen of geparkeerd, wordt afgesloten als niet geholpen. Waarom?</translation>
    </message>
    <message>
        <source>Reception closed</source>
        <translation>Balie gesloten</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Gids</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <source>Waiting longer than {minutes} minutes</source>
        <translation>Wacht langer dan {minutes} minuten</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Spoed</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Interpreter ({language})</source>
        <translation>Tolk ({language})</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Terugbellen</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>No location is open today, so there is no queue. Log in at an open location.</source>
        <translation>Vandaag is geen locatie open, dus er is geen wachtrij. Log in bij een open locatie.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Wee&amp;rgave</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Enter in any field registers too</source>
        <translation>Enter in een veld meldt ook aan</translation>
    </message>
    <message>
        <source>Print a ticket a&amp;fter registering</source>
        <translation>Na aanmelden volgnummer &amp;printen</translation>
    </message>
    <message>
        <source>No visitor registered yet at this desk.</source>
        <translation>Nog geen bezoeker aangemeld aan deze balie.</translation>
    </message>
    <message>
        <source>Queue &amp;today</source>
        <translation>Wachtrij van&amp;daag</translation>
    </message>
    <message>
        <source>Open visits</source>
        <translation>Open bezoeken</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>All of today</source>
        <translation>Alles van vandaag</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>T&amp;onen:</translation>
    </message>
    <message>
        <source>Vi&amp;sitors:</source>
        <translation>Be&amp;zoekers:</translation>
    </message>
    <message>
        <source>Open &amp;waiting-room screen</source>
        <translation>&amp;Wachtkamerscherm openen</translation>
    </message>
    <message>
        <source>Ticket of the last visitor</source>
        <translation>Nummer van de laatste bezoeker</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Nieuwe bezoeker</translation>
    </message>
    <message>
        <source>&amp;Your room:</source>
        <translation>&amp;Uw ruimte:</translation>
    </message>
    <message>
        <source>You call: {kinds}</source>
        <translation>U roept op: {kinds}</translation>
    </message>
    <message>
        <source>Waiting: {waiting}   In conversation: {talking}   Done: {done}</source>
        <translation>Wachtend: {waiting}   In gesprek: {talking}   Klaar: {done}</translation>
    </message>
    <message>
        <source>A new visitor waits about {time}.</source>
        <translation>Een nieuwe bezoeker wacht ongeveer {time}.</translation>
    </message>
    <message>
        <source>No waiting-time estimate yet: no conversation has finished today.</source>
        <translation>Nog geen schatting van de wachttijd: vandaag is nog geen gesprek afgerond.</translation>
    </message>
    <message>
        <source>The queue is not up to date. {problem}</source>
        <translation>De wachtrij is niet bijgewerkt. {problem}</translation>
    </message>
    <message>
        <source>{kind}, registered at {time}</source>
        <translation>{kind}, aangemeld om {time}</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>&amp;Report incorrect information…</source>
        <translation>Fout &amp;melden…</translation>
    </message>
    <message>
        <source>Tell the coordinator what is not correct in this record</source>
        <translation>Laat de coördinator weten wat er niet klopt in deze vermelding</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Change this record</source>
        <translation>Deze vermelding wijzigen</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>Confirm that this information is correct today</source>
        <translation>Bevestig dat deze gegevens vandaag kloppen</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>&amp;Archiveren…</translation>
    </message>
    <message>
        <source>Hide this record from the search; its history stays</source>
        <translation>Haal deze vermelding uit de zoekresultaten. De geschiedenis blijft bewaard</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Wie wat heeft gewijzigd, en wanneer</translation>
    </message>
    <message>
        <source>New servi&amp;ce…</source>
        <translation>Nieuwe &amp;dienst…</translation>
    </message>
    <message>
        <source>Add a service to this organisation</source>
        <translation>Een dienst toevoegen aan deze organisatie</translation>
    </message>
    <message>
        <source>New or&amp;ganisation…</source>
        <translation>Nieuwe &amp;organisatie…</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Thank you. The coordinator will check {name}.</source>
        <translation>Dank u. De coördinator controleert {name}.</translation>
    </message>
    <message>
        <source>Verified: {name} is confirmed as correct today.</source>
        <translation>Gecontroleerd: {name} klopt, vandaag bevestigd.</translation>
    </message>
    <message>
        <source>Archive {name} and its services? They disappear from the search; their history stays.</source>
        <translation>{name} en de diensten archiveren? Ze verdwijnen uit de zoekresultaten. De geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Archive {name}? It disappears from the search; its history stays.</source>
        <translation>{name} archiveren? De dienst verdwijnt uit de zoekresultaten. De geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>{name} is back in the search.</source>
        <translation>{name} staat weer in de zoekresultaten.</translation>
    </message>
    <message>
        <source>{name} is archived.</source>
        <translation>{name} is gearchiveerd.</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>RecordSections</name>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy {text} to the clipboard</source>
        <translation>{text} naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>ext. {extension}</source>
        <translation>toestel {extension}</translation>
    </message>
    <message>
        <source>Source: {who} (seen {when})</source>
        <translation>Bron: {who} (gezien {when})</translation>
    </message>
    <message>
        <source>Source: {who} (no date on the page)</source>
        <translation>Bron: {who} (geen datum op de pagina)</translation>
    </message>
    <message>
        <source>Changed by {who}</source>
        <translation>Gewijzigd door {who}</translation>
    </message>
</context>
<context>
    <name>ReferralHistoryDialog</name>
    <message>
        <source>History of the handover of {ticket} to {partner}</source>
        <translation>Geschiedenis van de overdracht van {ticket} naar {partner}</translation>
    </message>
</context>
<context>
    <name>ReferralHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Next step of {ticket}</source>
        <translation>Volgende stap voor {ticket}</translation>
    </message>
    <message>
        <source>Handover of {ticket} to {partner}. Now: {status}.</source>
        <translation>Overdracht van {ticket} naar {partner}. Nu: {status}.</translation>
    </message>
    <message>
        <source>Required: say why the partner declined.</source>
        <translation>Verplicht: zeg waarom de partner de overdracht heeft afgewezen.</translation>
    </message>
    <message>
        <source>For example: who you spoke to, and what was agreed.</source>
        <translation>Bijvoorbeeld: met wie u sprak en wat er is afgesproken.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nieuwe status:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>New follow-&amp;up date:</source>
        <translation>Nieuwe opvolg&amp;datum:</translation>
    </message>
    <message>
        <source>New follow-up date</source>
        <translation>Nieuwe opvolgdatum</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>Opvolging door</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opvolgdatum</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>! {date}, overdue</source>
        <translation>! {date}, te laat</translation>
    </message>
    <message>
        <source>{date}, today</source>
        <translation>{date}, vandaag</translation>
    </message>
    <message>
        <source>Overdue: the follow-up was due on {date}</source>
        <translation>Te laat: de opvolgdatum was {date}</translation>
    </message>
    <message>
        <source>The follow-up is due today</source>
        <translation>Vandaag opvolgen</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Contactpersoon: {name}</translation>
    </message>
    <message>
        <source>Given on {moment}, recorded by {name}: {items}</source>
        <translation>Gegeven op {moment}, vastgelegd door {name}: {items}</translation>
    </message>
    <message>
        <source>Withdrawn on {moment}, recorded by {name}</source>
        <translation>Ingetrokken op {moment}, vastgelegd door {name}</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>&amp;Handovers to follow up</source>
        <translation>&amp;Overdrachten om op te volgen</translation>
    </message>
    <message>
        <source>Only &amp;my handovers</source>
        <translation>Alleen &amp;mijn overdrachten</translation>
    </message>
    <message>
        <source>The handovers you follow up</source>
        <translation>De overdrachten die u opvolgt</translation>
    </message>
    <message>
        <source>This l&amp;ocation only</source>
        <translation>Alleen deze &amp;locatie</translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>Ook &amp;afgesloten tonen</translation>
    </message>
    <message>
        <source>Also the handovers that were taken over, declined or cancelled</source>
        <translation>Ook de overdrachten die zijn overgenomen, afgewezen of geannuleerd</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <source>The next step: handed over, contact made, taken over, declined, not reached, cancelled</source>
        <translation>De volgende stap: overgedragen, contact gelegd, overgenomen, afgewezen, niet bereikt, geannuleerd</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>Toestemming &amp;intrekken…</translation>
    </message>
    <message>
        <source>The visitor takes back their consent to share their details</source>
        <translation>De bezoeker trekt de toestemming in om gegevens te delen</translation>
    </message>
    <message>
        <source>Show &amp;letter…</source>
        <translation>&amp;Brief tonen…</translation>
    </message>
    <message>
        <source>The letter as first printed, to print again</source>
        <translation>De brief zoals die de eerste keer is geprint, om opnieuw te printen</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Nothing of yours is due: no follow-up for today or before.</source>
        <translation>U hoeft nu niets op te volgen: niets voor vandaag of eerder.</translation>
    </message>
    <message>
        <source>Your follow-ups due today or overdue: {count}.</source>
        <translation>Vandaag of eerder door u op te volgen: {count}.</translation>
    </message>
    <message>
        <source>{ticket} is now: {status}.</source>
        <translation>{ticket} is nu: {status}.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Withdraw the consent of {ticket}? From now on nothing of theirs may be shared with {organization}, and the sheet for the partner is no longer printed. The withdrawal is recorded.</source>
        <translation>De toestemming van {ticket} intrekken? Vanaf nu mag niets van deze bezoeker meer worden gedeeld met {organization}. Het blad voor de partner wordt niet meer geprint. Het intrekken wordt vastgelegd.</translation>
    </message>
    <message>
        <source>The consent of {ticket} is withdrawn. Tell {organization} that they may no longer use it.</source>
        <translation>De toestemming van {ticket} is ingetrokken. Laat {organization} weten dat zij de gegevens niet meer mogen gebruiken.</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>(not chosen)</source>
        <translation>(niet gekozen)</translation>
    </message>
    <message>
        <source>Register a visitor</source>
        <translation>Bezoeker aanmelden</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <source>Question &amp;category:</source>
        <translation>Vraag&amp;categorie:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>in a few words, for example: looking for work in care</source>
        <translation>in een paar woorden, bijvoorbeeld: zoekt werk in de zorg</translation>
    </message>
    <message>
        <source>First &amp;name or initials:</source>
        <translation>Voor&amp;naam of voorletters:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Bedrijfsnaa&amp;m:</translation>
    </message>
    <message>
        <source>&amp;KvK number:</source>
        <translation>&amp;KvK-nummer:</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>Heeft een &amp;tolk nodig</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>for example Arabic</source>
        <translation>bijvoorbeeld Arabisch</translation>
    </message>
    <message>
        <source>&amp;Accessibility need</source>
        <translation>Toegankel&amp;ijkheid</translation>
    </message>
    <message>
        <source>Has an app&amp;ointment</source>
        <translation>&amp;Heeft een afspraak</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Spoed</translation>
    </message>
    <message>
        <source>Wants to be called &amp;back</source>
        <translation>&amp;Wil worden teruggebeld</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>070 123 4567</source>
        <translation>070 123 4567</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>naam@voorbeeld.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Wat klopt er niet</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {name}</source>
        <translation>Wachtwoord van {name} opnieuw instellen</translation>
    </message>
    <message>
        <source>Choose a new password for {name}. They must change it when they next log in.</source>
        <translation>Kies een nieuw wachtwoord voor {name}. Bij de volgende keer inloggen moet deze persoon het zelf wijzigen.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nieuw &amp;wachtwoord:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
</context>
<context>
    <name>RetryCountdown</name>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Wacht {seconds} s</translation>
    </message>
</context>
<context>
    <name>RoomChooser</name>
    <message>
        <source>(no room)</source>
        <translation>(geen ruimte)</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Add room</source>
        <translation>Ruimte toevoegen</translation>
    </message>
    <message>
        <source>Rename room {name}</source>
        <translation>Ruimte {name} hernoemen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Room &amp;name:</source>
        <translation>&amp;Naam van de ruimte:</translation>
    </message>
    <message>
        <source>for example Spreekkamer 1</source>
        <translation>bijvoorbeeld Spreekkamer 1</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Why it matches</source>
        <translation>Waarom gevonden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Found by: {reasons}</source>
        <translation>Gevonden op: {reasons}</translation>
    </message>
    <message>
        <source>No coordinator has confirmed this information yet: check it with the partner.</source>
        <translation>Nog geen coördinator heeft deze gegevens bevestigd: controleer ze bij de partner.</translation>
    </message>
    <message>
        <source>Last verified on {day}: check it with the partner.</source>
        <translation>Laatst gecontroleerd op {day}: controleer de gegevens bij de partner.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New service</source>
        <translation>Nieuwe dienst</translation>
    </message>
    <message>
        <source>A new service of {organization}.</source>
        <translation>Een nieuwe dienst van {organization}.</translation>
    </message>
    <message>
        <source>Edit service {name}</source>
        <translation>Dienst {name} wijzigen</translation>
    </message>
    <message>
        <source>A service of {organization}.</source>
        <translation>Een dienst van {organization}.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>For example nl, en, ar, tr, pl</source>
        <translation>Bijvoorbeeld nl, en, ar, tr, pl</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opent</translation>
    </message>
    <message>
        <source>For example 9:00</source>
        <translation>Bijvoorbeeld 9:00</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Sluit</translation>
    </message>
    <message>
        <source>For example 17:00</source>
        <translation>Bijvoorbeeld 17:00</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>For example 24-12-2026</source>
        <translation>Bijvoorbeeld 24-12-2026</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>For example 1-1-2027</source>
        <translation>Bijvoorbeeld 1-1-2027</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Closed on these dates (holidays)</source>
        <translation>Gesloten op deze dagen (feestdagen, vakantie)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Other na&amp;me:</source>
        <translation>Ook &amp;bekend als:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschr&amp;ijving:</translation>
    </message>
    <message>
        <source>What the service offers, in plain words for the guide and the visitor.</source>
        <translation>Wat de dienst biedt, in gewone woorden voor de gids en de bezoeker.</translation>
    </message>
    <message>
        <source>N&amp;otice:</source>
        <translation>&amp;Let op:</translation>
    </message>
    <message>
        <source>Shown at the top of the service for everyone, for example: closed for renovation until 1 March.</source>
        <translation>Staat voor iedereen bovenaan bij de dienst, bijvoorbeeld: gesloten voor verbouwing tot 1 maart.</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>https://www.example.nl</source>
        <translation>https://www.example.nl</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <source>For &amp;whom</source>
        <translation>&amp;Voor wie</translation>
    </message>
    <message>
        <source>&amp;For whom:</source>
        <translation>Voor &amp;wie:</translation>
    </message>
    <message>
        <source>Who the service is for, and who not.</source>
        <translation>Voor wie de dienst is, en voor wie niet.</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Bezoekers:</translation>
    </message>
    <message>
        <source>None ticked: every visitor.</source>
        <translation>Niets aangevinkt: elke bezoeker.</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>&amp;Municipalities:</source>
        <translation>&amp;Gemeenten:</translation>
    </message>
    <message>
        <source>None ticked: the whole region.</source>
        <translation>Niets aangevinkt: de hele regio.</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Nee&amp;ds:</source>
        <translation>&amp;Hulpvragen:</translation>
    </message>
    <message>
        <source>What the service helps with.</source>
        <translation>Waarmee de dienst helpt.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Hulpvragen</translation>
    </message>
    <message>
        <source>F&amp;rom age:</source>
        <translation>&amp;Leeftijd vanaf:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>&amp;Up to age:</source>
        <translation>Leeftijd &amp;tot en met:</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Doorverwijzen</translation>
    </message>
    <message>
        <source>&amp;How to refer:</source>
        <translation>Doorverwijzen door de &amp;gids:</translation>
    </message>
    <message>
        <source>What the guide does for a warm handover: whom to call, which form to use.</source>
        <translation>Wat de gids doet voor een warme overdracht: wie bellen, welk formulier gebruiken.</translation>
    </message>
    <message>
        <source>How to a&amp;pply:</source>
        <translation>Zelf aan&amp;melden:</translation>
    </message>
    <message>
        <source>What the visitor does to apply.</source>
        <translation>Wat de bezoeker zelf doet om zich aan te melden.</translation>
    </message>
    <message>
        <source>&amp;Costs:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>&amp;Interpreters:</source>
        <translation>&amp;Tolken:</translation>
    </message>
    <message>
        <source>What to &amp;bring:</source>
        <translation>Mee&amp;nemen:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Ta&amp;len:</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Telefoonnummers:</translation>
    </message>
    <message>
        <source>C&amp;ontact persons:</source>
        <translation>Contact&amp;personen:</translation>
    </message>
    <message>
        <source>Several phone numbers of one person: separate them with a comma.</source>
        <translation>Meer telefoonnummers van één persoon: zet er een komma tussen.</translation>
    </message>
    <message>
        <source>&amp;Locations:</source>
        <translation>&amp;Locaties:</translation>
    </message>
    <message>
        <source>Where the service receives people: the locations of its organisation.</source>
        <translation>Waar de dienst mensen ontvangt: de locaties van de organisatie.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>&amp;Openingstijden</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>Openings&amp;tijden:</translation>
    </message>
    <message>
        <source>One row per block of opening hours: tick the days, type the times (9:00). A closure (holidays): tick Closed and type the first and last day (31-12-2026); the days and times stay empty. Dates of a block of hours are optional: from and through when the hours apply.</source>
        <translation>Eén regel per blok openingstijden: vink de dagen aan en typ de tijden (9:00). Een sluiting (feestdagen, vakantie): vink Gesloten aan en typ de eerste en de laatste dag (31-12-2026); laat de dagen en tijden leeg. Vanaf en Tot en met zijn niet verplicht: vul ze in als de tijden alleen in een bepaalde periode gelden.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lock an unattended desk after (minutes)</source>
        <translation>Onbeheerde balie vergrendelen na (minuten)</translation>
    </message>
    <message>
        <source>Waiting time shown in amber after (minutes)</source>
        <translation>Wachttijd oranje na (minuten)</translation>
    </message>
    <message>
        <source>Waiting time shown in red after (minutes)</source>
        <translation>Wachttijd rood na (minuten)</translation>
    </message>
    <message>
        <source>Anyone who waited this long goes before priorities (minutes)</source>
        <translation>Wie zo lang wacht, gaat vóór bezoekers met voorrang (minuten)</translation>
    </message>
    <message>
        <source>No-show after this many calls</source>
        <translation>Niet verschenen na dit aantal oproepen</translation>
    </message>
    <message>
        <source>Ticket letter for job seekers</source>
        <translation>Letter in het volgnummer voor werkzoekenden</translation>
    </message>
    <message>
        <source>Ticket letter for working people</source>
        <translation>Letter in het volgnummer voor werkenden</translation>
    </message>
    <message>
        <source>Ticket letter for employers</source>
        <translation>Letter in het volgnummer voor werkgevers</translation>
    </message>
    <message>
        <source>Ticket letter for other visitors</source>
        <translation>Letter in het volgnummer voor andere bezoekers</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>A new language is used after you restart WSP Desk.</source>
        <translation>Een nieuwe taal werkt nadat u WSP Desk opnieuw hebt gestart.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggested &amp;partners</source>
        <translation>Voorgestelde &amp;partners</translation>
    </message>
    <message>
        <source>Suggested partners</source>
        <translation>Voorgestelde partners</translation>
    </message>
    <message>
        <source>Warm &amp;handover…</source>
        <translation>Warme &amp;overdracht…</translation>
    </message>
    <message>
        <source>Hand the visitor over to the chosen partner, with consent and a letter</source>
        <translation>Draag de bezoeker warm over aan de gekozen partner, met toestemming en een brief</translation>
    </message>
    <message>
        <source>Search a pa&amp;rtner…</source>
        <translation>Partner &amp;zoeken…</translation>
    </message>
    <message>
        <source>Suggestions follow as soon as the answers give a need.</source>
        <translation>Voorstellen volgen zodra de antwoorden een hulpvraag opleveren.</translation>
    </message>
    <message>
        <source>Found by searching</source>
        <translation>Gevonden met zoeken</translation>
    </message>
    <message>
        <source>Fits: {why}</source>
        <translation>Past bij: {why}</translation>
    </message>
    <message>
        <source>{state}: check the details with the partner before you refer.</source>
        <translation>{state}: controleer de gegevens bij de partner voordat u doorverwijst.</translation>
    </message>
    <message>
        <source>How to refer:</source>
        <translation>Doorverwijzen:</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>Meenemen:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Let op:</translation>
    </message>
</context>
<context>
    <name>TicketOnScreen</name>
    <message>
        <source>Ticket {ticket}</source>
        <translation>Volgnummer {ticket}</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Uw nummer</translation>
    </message>
    <message>
        <source>{location}, registered at {time}. Note or photograph this number: we call it on the screen.</source>
        <translation>{location}, aangemeld om {time}. Schrijf dit nummer op of maak er een foto van: wij roepen het af op het scherm.</translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <source>Last verified</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>TodoTab</name>
    <message>
        <source>To verify (oldest first)</source>
        <translation>Te controleren (oudste eerst)</translation>
    </message>
    <message>
        <source>Show the record beside the list (Enter)</source>
        <translation>Toon de vermelding naast de lijst (Enter)</translation>
    </message>
    <message>
        <source>Com&amp;plete…</source>
        <translation>Aan&amp;vullen…</translation>
    </message>
    <message>
        <source>Edit the record to add what it lacks (Enter)</source>
        <translation>Wijzig het record om aan te vullen wat ontbreekt (Enter)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Afhandelen…</translation>
    </message>
    <message>
        <source>Say what was done; the report leaves the list</source>
        <translation>Zeg wat er is gedaan. De melding gaat dan van de lijst</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {ticket}</source>
        <translation>{ticket} doorzetten</translation>
    </message>
    <message>
        <source>Hand ticket {ticket} to another guide or room. The waiting-room screen shows the new room.</source>
        <translation>Zet nummer {ticket} door naar een andere gids of ruimte. Het wachtkamerscherm toont de nieuwe ruimte.</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(geen ruimte)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorzetten</translation>
    </message>
    <message>
        <source>&amp;Guide:</source>
        <translation>&amp;Gids:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Ruimte:</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>The person chooses their own password at the first login.</source>
        <translation>De persoon kiest de eerste keer bij het inloggen een eigen wachtwoord.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <source>Edit user {name}</source>
        <translation>Gebruiker {name} wijzigen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>for example j.jansen</source>
        <translation>bijvoorbeeld j.jansen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Roept op:</translation>
    </message>
    <message>
        <source>Kinds of visitor this person calls</source>
        <translation>Soorten bezoekers die deze persoon oproept</translation>
    </message>
    <message>
        <source>With none ticked, &quot;Call next&quot; takes any visitor</source>
        <translation>Niets aangevinkt: ‘Volgende oproepen’ neemt elke bezoeker</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Eerste wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Laatst ingelogd</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Show &amp;disabled users</source>
        <translation>Uitgeschakelde gebruikers &amp;tonen</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Gebruiker &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Change the name or the role</source>
        <translation>De naam of de rol wijzigen</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Wachtwoord &amp;opnieuw instellen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>People with a history at the desk are disabled, not deleted, so what they did stays traceable</source>
        <translation>Mensen met een geschiedenis aan de balie worden uitgeschakeld, niet verwijderd. Zo blijft na te gaan wat zij deden</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Account uitschakelen</translation>
    </message>
    <message>
        <source>Disable the account of {name}? They can no longer log in; their history stays.</source>
        <translation>Het account van {name} uitschakelen? Deze persoon kan dan niet meer inloggen. De geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Account inschakelen</translation>
    </message>
    <message>
        <source>Enable the account of {name}? They can log in again.</source>
        <translation>Het account van {name} inschakelen? Deze persoon kan dan weer inloggen.</translation>
    </message>
</context>
<context>
    <name>VisitorHeader</name>
    <message>
        <source>Saving</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <source>Conversation &amp;template:</source>
        <translation>Gespreks&amp;formulier:</translation>
    </message>
    <message>
        <source>At the desk: “{question}”</source>
        <translation>Aan de balie: “{question}”</translation>
    </message>
    <message>
        <source>Interpreter: {language}</source>
        <translation>Tolk: {language}</translation>
    </message>
    <message>
        <source>Accessibility need</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Has an appointment</source>
        <translation>Heeft een afspraak</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Spoed</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Opgeslagen {time}</translation>
    </message>
    <message>
        <source>Everything you type is saved within a second.</source>
        <translation>Alles wat u typt, wordt binnen een seconde opgeslagen.</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Opslaan mislukt</translation>
    </message>
    <message>
        <source>Saving failed: {problem}</source>
        <translation>Opslaan mislukt: {problem}</translation>
    </message>
    <message>
        <source>What you typed stays here; saving is tried again in a few seconds.</source>
        <translation>Wat u typte, blijft hier staan. Over een paar seconden wordt opnieuw opgeslagen.</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
</TS>
