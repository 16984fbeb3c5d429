<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnswerChecker</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>shorter than %1</source>
        <translation>kürzer als %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>weniger als %1</translation>
    </message>
    <message>
        <source>longer than %1</source>
        <translation>länger als %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>within %1–%2</source>
        <translation>im Bereich %1–%2</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>innerhalb von %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source> (a convention, not a rule)</source>
        <translation> (eine Konvention, keine Regel)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: no line starting with “%2:” found</source>
        <translation>%1: keine Zeile gefunden, die mit „%2:“ beginnt</translation>
    </message>
    <message>
        <source>the whole answer</source>
        <translation>die ganze Antwort</translation>
    </message>
    <message>
        <source>text after “%1:”</source>
        <translation>Text nach „%1:“</translation>
    </message>
    <message>
        <source>%1: %2 (%3) — the brief has no %4 to compare with</source>
        <translation>%1: %2 (%3) – das Briefing hat keinen Wert %4 zum Vergleich</translation>
    </message>
    <message>
        <source> (the brief&apos;s %1 ± %2%)</source>
        <translation> (%1 des Briefings ± %2 %)</translation>
    </message>
    <message>
        <source>%1: %2 words (%3)</source>
        <translation>%1: %2 Wörter (%3)</translation>
    </message>
    <message>
        <source>%1: %2 characters (%3)</source>
        <translation>%1: %2 Zeichen (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (lines starting with “%3 ”)</source>
        <translation>%1: %2 (Zeilen, die mit „%3 “ beginnen)</translation>
    </message>
    <message>
        <source>%1: %2 (“%3 ” headings ending in “?”)</source>
        <translation>%1: %2 („%3 “-Überschriften, die auf „?“ enden)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Markdown links</source>
        <translation>Markdown-Links</translation>
    </message>
    <message>
        <source>Markdown list items</source>
        <translation>Markdown-Listeneinträge</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>%1: the brief has none to look for</source>
        <translation>%1: das Briefing nennt keines, nach dem gesucht werden kann</translation>
    </message>
    <message>
        <source>%1 %2 appears in %3 of %4 headings</source>
        <translation>%1 %2 steht in %3 von %4 Überschriften</translation>
    </message>
    <message>
        <source>%1 %2 appears in none of the %3 headings</source>
        <translation>%1 %2 steht in keiner der %3 Überschriften</translation>
    </message>
    <message>
        <source>%1 %2 is in the first %3 words (at word %4)</source>
        <translation>%1 %2 steht in den ersten %3 Wörtern (bei Wort %4)</translation>
    </message>
    <message>
        <source>%1 %2 is not in the first %3 words</source>
        <translation>%1 %2 steht nicht in den ersten %3 Wörtern</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>der Antwort</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 enthält %2 nicht</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>%1: the brief lists none</source>
        <translation>%1: das Briefing nennt keine</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used in %4</source>
        <translation>%1: %2 von %3 verwendet in %4</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>den Überschriften</translation>
    </message>
    <message>
        <source>%1 — missing: %2</source>
        <translation>%1 – es fehlen: %2</translation>
    </message>
    <message>
        <source>%1 %2 has characters other than lowercase letters, digits and single hyphens</source>
        <translation>%1 %2 enthält andere Zeichen als Kleinbuchstaben, Ziffern und einzelne Bindestriche</translation>
    </message>
    <message>
        <source>Posts: %1 (numbered “1/N”, or separated by blank lines)</source>
        <translation>Posts: %1 (nummeriert „1/N“ oder durch Leerzeilen getrennt)</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Post %1</translation>
    </message>
    <message>
        <source>Post %1 of %2: %3 weighted characters — over %4</source>
        <translation>Post %1 von %2: %3 gewichtete Zeichen – mehr als %4</translation>
    </message>
    <message>
        <source>Post length</source>
        <translation>Post-Länge</translation>
    </message>
    <message>
        <source>Every post is within %1 weighted characters (links count 23, emoji and CJK characters 2); the longest is post %2 with %3</source>
        <translation>Jeder Post bleibt innerhalb von %1 gewichteten Zeichen (Links zählen 23, Emoji und CJK-Zeichen 2); der längste ist Post %2 mit %3</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Length: %1 characters — %2</source>
        <translation>Länge: %1 Zeichen – %2</translation>
    </message>
    <message>
        <source>over LinkedIn&apos;s limit of %1</source>
        <translation>über dem LinkedIn-Limit von %1</translation>
    </message>
    <message>
        <source>within LinkedIn&apos;s limit of %1</source>
        <translation>innerhalb des LinkedIn-Limits von %1</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Hook (first line): %1 characters — %2</source>
        <translation>Hook (erste Zeile): %1 Zeichen – %2</translation>
    </message>
    <message>
        <source>longer than the %1 LinkedIn shows before “…see more”</source>
        <translation>länger als die %1, die LinkedIn vor „…mehr anzeigen“ zeigt</translation>
    </message>
    <message>
        <source>within the %1 LinkedIn shows before “…see more”</source>
        <translation>innerhalb der %1, die LinkedIn vor „…mehr anzeigen“ zeigt</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Wörter: %1</translation>
    </message>
    <message>
        <source>%1: %2 (different Markdown links)</source>
        <translation>%1: %2 (verschiedene Markdown-Links)</translation>
    </message>
    <message>
        <source>Pillar link</source>
        <translation>Link zum Pillar-Artikel</translation>
    </message>
    <message>
        <source>Links to the pillar article %1: %2</source>
        <translation>Links zum Pillar-Artikel %1: %2</translation>
    </message>
    <message>
        <source>No link goes to the pillar article %1</source>
        <translation>Kein Link führt zum Pillar-Artikel %1</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2-mal)</translation>
    </message>
    <message>
        <source>Anchor texts</source>
        <translation>Ankertexte</translation>
    </message>
    <message>
        <source>Anchor texts: all %1 different</source>
        <translation>Ankertexte: alle %1 verschieden</translation>
    </message>
    <message>
        <source>Anchor texts repeated: %1</source>
        <translation>Wiederholte Ankertexte: %1</translation>
    </message>
    <message>
        <source>prose; headings, tables and code left out</source>
        <translation>Fließtext; Überschriften, Tabellen und Code nicht mitgezählt</translation>
    </message>
</context>
<context>
    <name>AnswerGuard</name>
    <message>
        <source>The text you pasted is %1.

Paste the prompt into your AI chat, then copy the AI&apos;s reply and paste that here. Nothing is stored unless you choose Store Anyway; the answer to %2 stays as it was.</source>
        <translation>Der eingefügte Text ist %1.

Fügen Sie den Prompt in Ihren KI-Chat ein, kopieren Sie dann die Antwort der KI und fügen Sie diese hier ein. Es wird nichts gespeichert, außer Sie wählen „Trotzdem speichern“; die Antwort auf %2 bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>That Is a Prompt</source>
        <translation>Das ist ein Prompt</translation>
    </message>
    <message>
        <source>Store Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>BriefLoader</name>
    <message>
        <source>&apos;%1&apos; must be text, not %2</source>
        <translation>„%1“ muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number, like 1500, not &apos;%2&apos;</source>
        <translation>„%1“ muss eine ganze Zahl sein, etwa 1500, nicht „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large a number</source>
        <translation>„%1“ ist eine zu große Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list (lines starting with &apos;- &apos;), not %2</source>
        <translation>„%1“ muss eine Liste sein (Zeilen, die mit „- “ beginnen), nicht %2</translation>
    </message>
    <message>
        <source>each item of &apos;%1&apos; must be a piece of text</source>
        <translation>jeder Eintrag von „%1“ muss ein Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of articles, not %2</source>
        <translation>„%1“ muss eine Liste von Artikeln sein, nicht %2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in an article of &apos;%2&apos; is ignored%3</source>
        <translation>der unbekannte Schlüssel „%1“ in einem Artikel von „%2“ wird ignoriert%3</translation>
    </message>
    <message>
        <source>&apos;pillar&apos; must be true or false</source>
        <translation>„pillar“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of an article must be text</source>
        <translation>„%1“ eines Artikels muss Text sein</translation>
    </message>
    <message>
        <source>an article of &apos;%1&apos; has no title</source>
        <translation>ein Artikel von „%1“ hat keinen Titel</translation>
    </message>
    <message>
        <source>each article of &apos;%1&apos; is a title, or a mapping with title, url and pillar</source>
        <translation>jeder Artikel von „%1“ ist ein Titel oder eine Zuordnung mit title, url und pillar</translation>
    </message>
    <message>
        <source>a brief must be a mapping of field names to values, not %1</source>
        <translation>ein Briefing muss eine Zuordnung von Feldnamen zu Werten sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; is ignored: the kit &apos;%2&apos; has no such field%3</source>
        <translation>der unbekannte Schlüssel „%1“ wird ignoriert: das Kit „%2“ hat kein solches Feld%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) is empty; the kit &apos;%3&apos; requires it</source>
        <translation>„%1“ (%2) ist leer; das Kit „%3“ verlangt es</translation>
    </message>
    <message>
        <source>the brief has no &apos;%1&apos; (%2); the kit &apos;%3&apos; requires it</source>
        <translation>das Briefing hat kein „%1“ (%2); das Kit „%3“ verlangt es</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>ein Briefing</translation>
    </message>
</context>
<context>
    <name>BundledContent</name>
    <message>
        <source>%1.yaml (bundled)</source>
        <translation>%1.yaml (mitgeliefert)</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>ein Kit</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>ein Briefing</translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>CheckDef</name>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>H%1 headings</source>
        <translation>H%1-Überschriften</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>List items</source>
        <translation>Listeneinträge</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>X thread</source>
        <translation>X-Thread</translation>
    </message>
    <message>
        <source>LinkedIn post</source>
        <translation>LinkedIn-Post</translation>
    </message>
    <message>
        <source>Internal links</source>
        <translation>Interne Links</translation>
    </message>
</context>
<context>
    <name>CheckDefReader</name>
    <message>
        <source>the extract name &apos;%1&apos; of %2 must start with a lowercase letter and hold only lowercase letters, digits and &apos;_&apos;</source>
        <translation>der Auszugsname „%1“ (%2) muss mit einem Kleinbuchstaben beginnen und darf nur Kleinbuchstaben, Ziffern und „_“ enthalten</translation>
    </message>
    <message>
        <source>extract &apos;%1&apos; of %2 needs a label, or a list of labels, to look for</source>
        <translation>der Auszug „%1“ (%2) braucht eine Bezeichnung oder eine Liste von Bezeichnungen, nach denen gesucht wird</translation>
    </message>
    <message>
        <source>a check of %1</source>
        <translation>eine Prüfung von %1</translation>
    </message>
    <message>
        <source>%1 has the unknown type &apos;%2&apos;%3; the types are: %4</source>
        <translation>%1 hat den unbekannten Typ „%2“%3; die Typen sind: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a number of 0 or more</source>
        <translation>„%1“ (%2) muss eine Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>&apos;severity&apos; of %1 is warn or fail</source>
        <translation>„severity“ (%1) ist warn oder fail</translation>
    </message>
    <message>
        <source>&apos;min&apos; of %1 is larger than its &apos;max&apos;</source>
        <translation>„min“ (%1) ist größer als „max“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is &apos;%3&apos;, which is neither %4 nor an extract of the card%5</source>
        <translation>„%1“ (%2) ist „%3“, also weder %4 noch ein Auszug der Karte%5</translation>
    </message>
    <message>
        <source> nor </source>
        <translation> noch </translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 reads %3, a %4 field; it needs one of: %5</source>
        <translation>„%1“ (%2) liest %3, ein Feld vom Typ %4; nötig ist einer dieser Typen: %5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 reads %3, but the kit has no field &apos;%4&apos;%5</source>
        <translation>„%1“ (%2) liest %3, aber das Kit hat kein Feld „%4“%5</translation>
    </message>
    <message>
        <source>&apos;target&apos; of %1 names a number field, like brief.word_count</source>
        <translation>„target“ (%1) nennt ein Zahlenfeld, etwa brief.word_count</translation>
    </message>
    <message>
        <source>&apos;level&apos; of %1 is a heading level, 1 to 6</source>
        <translation>„level“ (%1) ist eine Überschriftenebene von 1 bis 6</translation>
    </message>
    <message>
        <source>&apos;keywords&apos; of %1 names a list field, like brief.secondary_keywords</source>
        <translation>„keywords“ (%1) nennt ein Listenfeld, etwa brief.secondary_keywords</translation>
    </message>
    <message>
        <source>%1 needs &apos;of&apos;: the extract that holds the slug</source>
        <translation>%1 braucht „of“: den Auszug, der den Slug enthält</translation>
    </message>
    <message>
        <source>&apos;links&apos; of %1 names a links field, like brief.siblings</source>
        <translation>„links“ (%1) nennt ein Linkfeld, etwa brief.siblings</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>start a session (K, B: a file, or a bundled name)</source>
        <translation>eine Sitzung beginnen (K, B: eine Datei oder ein mitgelieferter Name)</translation>
    </message>
    <message>
        <source>start a map article&apos;s session, next to the map</source>
        <translation>die Sitzung eines Artikels der Map beginnen, neben der Map</translation>
    </message>
    <message>
        <source>list cards: number, id, phase, state, depends on, title</source>
        <translation>Karten auflisten: Nummer, ID, Phase, Zustand, hängt ab von, Titel</translation>
    </message>
    <message>
        <source>print the filled prompt of a card</source>
        <translation>den ausgefüllten Prompt einer Karte ausgeben</translation>
    </message>
    <message>
        <source>store an answer (from a file or stdin)</source>
        <translation>eine Antwort speichern (aus einer Datei oder der Standardeingabe)</translation>
    </message>
    <message>
        <source>run the answer checks, print the results</source>
        <translation>die Antworten prüfen, die Ergebnisse ausgeben</translation>
    </message>
    <message>
        <source>the article, the social posts, or the whole session</source>
        <translation>den Artikel, die Social-Media-Posts oder die ganze Sitzung</translation>
    </message>
    <message>
        <source>check kits, briefs, maps and sessions</source>
        <translation>Kits, Briefings, Maps und Sitzungen prüfen</translation>
    </message>
    <message>
        <source>a brief from a topical-map page&apos;s text (- for stdin)</source>
        <translation>ein Briefing aus dem Text einer Topical-Map-Seite (- für die Standardeingabe)</translation>
    </message>
    <message>
        <source>a topical map&apos;s articles and where each stands</source>
        <translation>die Artikel einer Topical Map und wie weit jeder ist</translation>
    </message>
    <message>
        <source>render a Mustache template</source>
        <translation>eine Mustache-Vorlage ausgeben</translation>
    </message>
    <message>
        <source>Commands (they need no display):</source>
        <translation>Befehle (sie brauchen keinen Bildschirm):</translation>
    </message>
    <message>
        <source>CARD is a card&apos;s id or its number. Bundled kits: %1. Bundled briefs: %2.</source>
        <translation>CARD ist die ID oder die Nummer einer Karte. Mitgelieferte Kits: %1. Mitgelieferte Briefings: %2.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 invalid input (or, for check, a warning or failure), 2 usage error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 ungültige Eingabe (bei check: eine Warnung oder ein Fehler), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Run &apos;promptdeck --help&apos; for usage.</source>
        <translation>„promptdeck --help“ zeigt, wie der Aufruf geht.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Kit: a bundled name or a file.</source>
        <translation>Kit: ein mitgelieferter Name oder eine Datei.</translation>
    </message>
    <message>
        <source>Brief: a bundled name or a file.</source>
        <translation>Briefing: ein mitgelieferter Name oder eine Datei.</translation>
    </message>
    <message>
        <source>The session file to create.</source>
        <translation>Die Sitzungsdatei, die angelegt wird.</translation>
    </message>
    <message>
        <source>A topical map.</source>
        <translation>Eine Topical Map.</translation>
    </message>
    <message>
        <source>The map&apos;s article, by number or title.</source>
        <translation>Der Artikel der Map, nach Nummer oder Titel.</translation>
    </message>
    <message>
        <source>--map and --article go together</source>
        <translation>--map und --article gehören zusammen</translation>
    </message>
    <message>
        <source>say where to create the session: -o FILE</source>
        <translation>geben Sie an, wo die Sitzung angelegt wird: -o FILE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1: the file already exists; &apos;new&apos; never replaces a file. Choose another name.</source>
        <translation>%1: die Datei gibt es schon; „new“ ersetzt nie eine Datei. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Created %1: kit &apos;%2&apos; (cards: %3, phases: %4), brief &apos;%5&apos;.
</source>
        <translation>%1 angelegt: Kit „%2“ (Karten: %3, Phasen: %4), Briefing „%5“.
</translation>
    </message>
    <message>
        <source>give one session file</source>
        <translation>geben Sie eine Sitzungsdatei an</translation>
    </message>
    <message>
        <source>give a session file and a card</source>
        <translation>geben Sie eine Sitzungsdatei und eine Karte an</translation>
    </message>
    <message>
        <source>%1: no card &apos;%2&apos;; the cards are: %3</source>
        <translation>%1: keine Karte „%2“; die Karten sind: %3</translation>
    </message>
    <message>
        <source>give a session file, a card, and a file to read (or - for standard input)</source>
        <translation>geben Sie eine Sitzungsdatei, eine Karte und eine zu lesende Datei an (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>eine Antwort</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation>die Antwort ist zu groß</translation>
    </message>
    <message>
        <source>%1: the answer is empty; nothing was stored</source>
        <translation>%1: die Antwort ist leer; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>Stored the answer to %1 (characters: %2, words: %3).
</source>
        <translation>Antwort auf %1 gespeichert (Zeichen: %2, Wörter: %3).
</translation>
    </message>
    <message>
        <source>The answer to %1 is already this text; nothing changed.
</source>
        <translation>Die Antwort auf %1 ist bereits dieser Text; nichts wurde geändert.
</translation>
    </message>
    <message>
        <source>Check briefs against this kit (a bundled name or a file).</source>
        <translation>Briefings gegen dieses Kit prüfen (ein mitgelieferter Name oder eine Datei).</translation>
    </message>
    <message>
        <source>give at least one file to check</source>
        <translation>geben Sie mindestens eine zu prüfende Datei an</translation>
    </message>
    <message>
        <source>session</source>
        <translation>eine Sitzung</translation>
    </message>
    <message>
        <source>session with kit &apos;%1&apos;, answered: %2 of %3</source>
        <translation>Sitzung mit Kit „%1“, beantwortet: %2 von %3</translation>
    </message>
    <message>
        <source>map &apos;%1&apos;, groups: %2, articles: %3, complete briefs: %4</source>
        <translation>Map „%1“, Gruppen: %2, Artikel: %3, vollständige Briefings: %4</translation>
    </message>
    <message>
        <source>kit &apos;%1&apos;, cards: %2, phases: %3</source>
        <translation>Kit „%1“, Karten: %2, Phasen: %3</translation>
    </message>
    <message>
        <source>brief &apos;%1&apos; for kit &apos;%2&apos;</source>
        <translation>Briefing „%1“ für Kit „%2“</translation>
    </message>
    <message>
        <source>%1: ok (%2)
</source>
        <translation>%1: in Ordnung (%2)
</translation>
    </message>
    <message>
        <source>give a session file and, if you like, a card</source>
        <translation>geben Sie eine Sitzungsdatei und, wenn Sie möchten, eine Karte an</translation>
    </message>
    <message>
        <source>-     no answer yet</source>
        <translation>-     noch keine Antwort</translation>
    </message>
    <message>
        <source>-     this card has no checks</source>
        <translation>-     diese Karte hat keine Prüfungen</translation>
    </message>
    <message>
        <source>pass: %1, warn: %2, fail: %3
</source>
        <translation>bestanden: %1, Warnungen: %2, nicht bestanden: %3
</translation>
    </message>
    <message>
        <source>md, html, txt (the kit&apos;s exports) or json (the whole session).</source>
        <translation>md, html, txt (die Exporte des Kits) oder json (die ganze Sitzung).</translation>
    </message>
    <message>
        <source>A kit export, by its id.</source>
        <translation>Ein Export des Kits, nach seiner ID.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei schreiben statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>--format is md, html, txt or json</source>
        <translation>--format ist md, html, txt oder json</translation>
    </message>
    <message>
        <source>%1: the kit has no such export; it has: %2</source>
        <translation>%1: das Kit hat keinen solchen Export; es hat: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keinen</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>%1: no article &apos;%2&apos;; &apos;promptdeck library %1&apos; lists them</source>
        <translation>%1: kein Artikel „%2“; „promptdeck library %1“ listet sie auf</translation>
    </message>
    <message>
        <source>%1: the brief of &apos;%2&apos; lacks %3; add them to the map (brief: or brief_file:), or start the article in the window</source>
        <translation>%1: dem Briefing von „%2“ fehlt %3; ergänzen Sie es in der Map (brief: oder brief_file:) oder beginnen Sie den Artikel im Fenster</translation>
    </message>
    <message>
        <source>%1: the file already exists; &apos;new&apos; never replaces a file</source>
        <translation>%1: die Datei gibt es schon; „new“ ersetzt nie eine Datei</translation>
    </message>
    <message>
        <source>Created %1 for &apos;%2&apos;.
</source>
        <translation>%1 für „%2“ angelegt.
</translation>
    </message>
    <message>
        <source>give one map file</source>
        <translation>geben Sie eine Map-Datei an</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Write the fields of this kit.</source>
        <translation>Die Felder dieses Kits schreiben.</translation>
    </message>
    <message>
        <source>Write the brief to this file instead of standard output.</source>
        <translation>Das Briefing in diese Datei schreiben statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>give the page&apos;s text file, or - for standard input</source>
        <translation>geben Sie die Textdatei der Seite an, oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>page</source>
        <translation>eine Seite</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>A brief imported by PromptDeck from %1.</source>
        <translation>Ein Briefing, das PromptDeck aus %1 importiert hat.</translation>
    </message>
    <message>
        <source>not found on the page: %1</source>
        <translation>nicht auf der Seite gefunden: %1</translation>
    </message>
    <message>
        <source>Not found on the page: %1.</source>
        <translation>Nicht auf der Seite gefunden: %1.</translation>
    </message>
    <message>
        <source>The data, as JSON.</source>
        <translation>Die Daten, als JSON.</translation>
    </message>
    <message>
        <source>Folder of partials: {{&gt; name}} reads DIR/name.mustache.</source>
        <translation>Ordner der Partials: {{&gt; name}} liest DIR/name.mustache.</translation>
    </message>
    <message>
        <source>html: escape values as the Mustache specification does; none (default): as prompts.</source>
        <translation>html: Werte maskieren wie die Mustache-Spezifikation; none (Standard): wie in Prompts.</translation>
    </message>
    <message>
        <source>give one template file</source>
        <translation>geben Sie eine Vorlagendatei an</translation>
    </message>
    <message>
        <source>give the data: --data DATA.json</source>
        <translation>geben Sie die Daten an: --data DATA.json</translation>
    </message>
    <message>
        <source>--escape is html or none</source>
        <translation>--escape ist html oder none</translation>
    </message>
    <message>
        <source>template</source>
        <translation>eine Vorlage</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>mehr als ein Wert</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Runs the kit&apos;s checks on the answers in the session FILE, or on the answer to
CARD alone, and prints each result (pass, warn or fail) with its measure, then
the counts. The exit code is 1 when any check warns or fails, so a script can
stop there.</source>
        <translation>Führt die Prüfungen des Kits auf den Antworten der Sitzung FILE aus, oder nur
auf der Antwort auf CARD, und gibt jedes Ergebnis (pass, warn oder fail) mit
seinem Messwert aus, danach die Summen. Der Exit-Code ist 1, sobald eine
Prüfung warnt oder fehlschlägt, damit ein Skript dort anhalten kann.</translation>
    </message>
    <message>
        <source>Lists the articles of the topical map MAP.yaml, group by group, each with its
number (what &apos;promptdeck new --map&apos; takes), whether it is the group&apos;s pillar,
and how far its session is: not started, or how many cards are answered.</source>
        <translation>Listet die Artikel der Topical Map MAP.yaml auf, Gruppe für Gruppe, jeden mit
seiner Nummer (die „promptdeck new --map“ erwartet), ob er der Pillar-Artikel
der Gruppe ist, und wie weit seine Sitzung ist: nicht begonnen oder wie viele
Karten beantwortet sind.</translation>
    </message>
    <message>
        <source>Creates a session file from a kit and a brief: each a bundled name or a YAML
file (the bundled seo-article kit and python-gil brief when not given). With
--map, the session of one of the map&apos;s articles, by the number &apos;promptdeck
library&apos; shows or by its title, in the file the map names for it unless -o
says otherwise; the article&apos;s brief must be complete. &apos;new&apos; never replaces a
file.</source>
        <translation>Legt eine Sitzungsdatei aus einem Kit und einem Briefing an: jeweils ein
mitgelieferter Name oder eine YAML-Datei (ohne Angabe das mitgelieferte Kit
seo-article und das Briefing python-gil). Mit --map die Sitzung eines Artikels
der Map, über die Nummer, die „promptdeck library“ zeigt, oder über seinen
Titel, in der Datei, die die Map für ihn nennt, sofern -o nichts anderes sagt;
das Briefing des Artikels muss vollständig sein. „new“ ersetzt nie eine Datei.</translation>
    </message>
    <message>
        <source>Prints the prompt of CARD (its id or its number) in the session FILE, filled
in with the brief and the answers it uses, exactly as the window copies it.
The prompt of a card that waits for an answer marks the gap, and standard
error says which answer is missing.</source>
        <translation>Gibt den Prompt von CARD (ihre ID oder ihre Nummer) in der Sitzung FILE aus,
ausgefüllt mit dem Briefing und den Antworten, die er verwendet, genau so, wie
das Fenster ihn kopiert. Der Prompt einer Karte, die auf eine Antwort wartet,
markiert die Lücke, und die Fehlerausgabe sagt, welche Antwort fehlt.</translation>
    </message>
    <message>
        <source>Renders the Mustache template TPL with the JSON value in DATA.json (any value:
an object, an array, a string) and prints the result. Partials come from DIR;
a partial that is not there renders as nothing. Values are inserted as they
are, as in a kit&apos;s prompts, unless --escape html escapes them as the Mustache
specification does.</source>
        <translation>Gibt die Mustache-Vorlage TPL mit dem JSON-Wert aus DATA.json aus (jeder Wert:
ein Objekt, ein Array, eine Zeichenkette). Partials kommen aus DIR; ein
fehlendes Partial ergibt nichts. Werte werden unverändert eingesetzt, wie in
den Prompts eines Kits, außer --escape html maskiert sie so, wie es die
Mustache-Spezifikation tut.</translation>
    </message>
    <message>
        <source>Reads each PATH as PromptDeck would and prints &apos;ok&apos; with a summary, or what is
wrong, with the line and column. What a file is comes from its content: a
session (*.promptdeck, JSON), a topical map (groups:), a kit (kit:) or a brief
(anything else, checked against the kit K). For a map, every article&apos;s brief
is read too.</source>
        <translation>Liest jeden PATH so, wie PromptDeck ihn lesen würde, und gibt „ok“ mit einer
Zusammenfassung aus oder was falsch ist, mit Zeile und Spalte. Was eine Datei
ist, ergibt sich aus ihrem Inhalt: eine Sitzung (*.promptdeck, JSON), eine
Topical Map (groups:), ein Kit (kit:) oder ein Briefing (alles andere, geprüft
gegen das Kit K). Bei einer Map wird auch das Briefing jedes Artikels gelesen.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: the file changed on disk while this command worked on it (another program wrote it); nothing was written. Run the command again.</source>
        <translation>%1: die Datei wurde auf dem Datenträger geändert, während dieser Befehl daran arbeitete (ein anderes Programm hat sie geschrieben); es wurde nichts geschrieben. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>%1: this is %2, which the command reads; writing there would replace it</source>
        <translation>%1: das ist %2, eine Datei, die der Befehl liest; dorthin zu schreiben würde sie ersetzen</translation>
    </message>
    <message>
        <source>%1: this is a PromptDeck session; writing there would replace it</source>
        <translation>%1: das ist eine PromptDeck-Sitzung; dorthin zu schreiben würde sie ersetzen</translation>
    </message>
    <message>
        <source>Nothing was written. Give -o another file, or add --force to replace it.</source>
        <translation>Es wurde nichts geschrieben. Geben Sie bei -o eine andere Datei an oder ergänzen Sie --force, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Write OUT even over the file read or a session.</source>
        <translation>OUT auch dann schreiben, wenn es die gelesene Datei oder eine Sitzung ist.</translation>
    </message>
    <message>
        <source>Reads the text of a topical-map tool&apos;s article page (copied from the browser;
- for standard input) and writes a brief for the kit K with every field it
found, to standard output or to OUT.yaml. The fields the page lacks are listed
on standard error and in a comment at the top of the brief. OUT is never the
page, the kit or a session unless --force is given.</source>
        <translation>Liest den Text der Artikelseite eines Topical-Map-Werkzeugs (aus dem Browser
kopiert; - für die Standardeingabe) und schreibt ein Briefing für das Kit K
mit jedem gefundenen Feld, auf die Standardausgabe oder nach OUT.yaml. Die
Felder, die auf der Seite fehlen, stehen in der Fehlerausgabe und in einem
Kommentar am Anfang des Briefings. OUT ist nie die Seite, das Kit oder eine
Sitzung, außer mit --force.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>eine Datendatei</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>eine YAML-Datei</translation>
    </message>
    <message>
        <source>argument %1 (%2) is not valid UTF-8 (byte 0x%3); PromptDeck reads file names and text as UTF-8 and would take it for another name. Rename the file, or give the text as UTF-8.</source>
        <translation>das Argument %1 (%2) ist kein gültiges UTF-8 (Byte 0x%3); PromptDeck liest Dateinamen und Text als UTF-8 und würde es für einen anderen Namen halten. Benennen Sie die Datei um oder geben Sie den Text als UTF-8 an.</translation>
    </message>
    <message>
        <source>Store the text even when it is a filled prompt of the session.</source>
        <translation>Den Text auch dann speichern, wenn er ein ausgefüllter Prompt der Sitzung ist.</translation>
    </message>
    <message>
        <source>%1: this is %2; nothing was stored.</source>
        <translation>%1: das ist %2; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Give the prompt to the AI and store its reply, or add --force to store this text anyway.</source>
        <translation>Geben Sie den Prompt an die KI und speichern Sie deren Antwort, oder ergänzen Sie --force, um diesen Text trotzdem zu speichern.</translation>
    </message>
    <message>
        <source>Card %1 (%2): %3 → %4</source>
        <translation>Karte %1 (%2): %3 → %4</translation>
    </message>
    <message>
        <source>Stores the text of PATH (standard input when it is - or not given) as the
answer to CARD (its id or its number) in the session FILE, and saves the
session; the previous file is kept as FILE.bak. Then it says which cards
changed state: the cards that waited for this answer are ready, those built on
an older answer are stale. It holds the session&apos;s lock (.FILE.lock) while it
works, waits a few seconds for another command that holds it, and stores
nothing while the session is open in a PromptDeck window.

A text that is a filled prompt of the session (this card&apos;s or another&apos;s, as
it is or nearly: whitespace changed, a line added or cut, a few words edited)
is the prompt copied for the AI, not its answer: it is refused, nothing is
stored and the exit code is 1. --force stores it anyway.</source>
        <translation>Speichert den Text von PATH (die Standardeingabe bei - oder ohne Angabe) als
Antwort auf CARD (ihre ID oder ihre Nummer) in der Sitzung FILE und speichert
die Sitzung; die vorige Datei bleibt als FILE.bak erhalten. Danach gibt er an,
welche Karten ihren Zustand geändert haben: die Karten, die auf diese Antwort
gewartet haben, sind bereit (ready), die auf einer älteren Antwort aufbauen,
sind veraltet (stale). Während er arbeitet, hält er die Sperre der Sitzung
(.FILE.lock), wartet einige Sekunden auf einen anderen Befehl, der sie hält,
und speichert nichts, solange die Sitzung in einem PromptDeck-Fenster geöffnet
ist.

Ein Text, der ein ausgefüllter Prompt der Sitzung ist (der dieser Karte oder
einer anderen, unverändert oder fast: Leerraum geändert, eine Zeile ergänzt
oder gestrichen, ein paar Wörter bearbeitet), ist der für die KI kopierte
Prompt, nicht ihre Antwort: er wird abgelehnt, nichts wird gespeichert, und
der Exit-Code ist 1. --force speichert ihn trotzdem.</translation>
    </message>
    <message>
        <source>list only the stale cards, in the order to re-run them, each with why it is stale</source>
        <translation>nur die veralteten Karten auflisten, in der Reihenfolge zum erneuten Ausführen, jede mit dem Grund, warum sie veraltet ist</translation>
    </message>
    <message>
        <source>%1: no card is stale; there is nothing to re-run</source>
        <translation>%1: keine Karte ist veraltet; es gibt nichts erneut auszuführen</translation>
    </message>
    <message>
        <source>list the stale cards in the order to re-run them</source>
        <translation>die veralteten Karten in der Reihenfolge zum erneuten Ausführen auflisten</translation>
    </message>
    <message>
        <source>Lists the cards of the session FILE, one line each: the card&apos;s number, its id,
its phase, its state (waiting, ready, answered, stale), the cards it depends
on, and its title; a stale card then says why, in brackets.

A card is stale when the content of an input (a brief field, an earlier answer)
differs from what its answer was made from, or when a card it uses is stale
itself. Putting the old text back makes it fresh again.

With --rerun, lists only the stale cards, each after the cards it is made from:
the order to copy their prompts again. Each line: number, id, title, and why.</source>
        <translation>Listet die Karten der Sitzung FILE auf, eine Zeile je Karte: die Nummer der
Karte, ihre ID, ihre Phase, ihren Zustand (waiting, ready, answered, stale),
die Karten, von denen sie abhängt, und ihren Titel; eine veraltete Karte nennt
danach in Klammern den Grund.

Eine Karte ist veraltet, wenn sich der Inhalt einer Eingabe (eines
Briefing-Felds, einer früheren Antwort) von dem unterscheidet, aus dem ihre
Antwort entstanden ist, oder wenn eine Karte, die sie verwendet, selbst
veraltet ist. Wird der alte Text wiederhergestellt, ist sie wieder aktuell.

Mit --rerun werden nur die veralteten Karten aufgelistet, jede nach den Karten,
aus denen sie entsteht: die Reihenfolge, in der ihre Prompts erneut zu kopieren
sind. Jede Zeile: Nummer, ID, Titel und Grund.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writes what the session FILE holds, to standard output or to OUT. With
--format md, html or txt: the kit&apos;s first export of that format (the article);
with --export: the kit export of that id (a social post, say); with --format
json: the whole session as JSON: the kit, the brief and every card with its
answer. OUT is never the session FILE or another session unless --force is
given.

Before a kit export, standard error lists what stands between the session and
a finished export: the stale cards among those it is made from, the answers it
still lacks and the checks that fail (not the warnings). The export is written
all the same and the exit status stays 0. The JSON of the whole session is a
backup; it lists nothing.</source>
        <translation>Schreibt, was die Sitzung FILE enthält, auf die Standardausgabe oder nach OUT.
Mit --format md, html oder txt: den ersten Export des Kits in diesem Format
(den Artikel); mit --export: den Export des Kits mit dieser ID (etwa einen
Social-Media-Post); mit --format json: die ganze Sitzung als JSON: das Kit, das
Briefing und jede Karte mit ihrer Antwort. OUT ist nie die Sitzung FILE oder
eine andere Sitzung, außer mit --force.

Vor einem Export des Kits listet die Fehlerausgabe auf, was zwischen der
Sitzung und einem fertigen Export steht: die veralteten Karten unter denen, aus
denen er entsteht, die Antworten, die ihm noch fehlen, und die nicht
bestandenen Prüfungen (nicht die Warnungen). Der Export wird trotzdem
geschrieben, und der Exit-Status bleibt 0. Das JSON der ganzen Sitzung ist eine
Sicherung; es listet nichts auf.</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>%1 is the open session; writing there would replace it, so nothing was written. Choose another file.</source>
        <translation>%1 ist die geöffnete Sitzung; dorthin zu schreiben würde sie ersetzen, daher wurde nichts geschrieben. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Replace a Session?</source>
        <translation>Eine Sitzung ersetzen?</translation>
    </message>
    <message>
        <source>%1 is a PromptDeck session. Writing there replaces the session and every answer in it.</source>
        <translation>%1 ist eine PromptDeck-Sitzung. Wenn Sie dorthin schreiben, ersetzen Sie die Sitzung und jede Antwort darin.</translation>
    </message>
    <message>
        <source>Replace the Session</source>
        <translation>Sitzung ersetzen</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>unerwarteter Text nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>the JSON ends where a value should be</source>
        <translation>das JSON endet, wo ein Wert stehen sollte</translation>
    </message>
    <message>
        <source>not a JSON value</source>
        <translation>kein JSON-Wert</translation>
    </message>
    <message>
        <source>too deeply nested (more than %1 levels)</source>
        <translation>zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>hier wird ein Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>nach einem Schlüssel wird „:“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>in einem Objekt wird „,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>in einer Liste wird „,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>keine gültige Zahl</translation>
    </message>
    <message>
        <source>the number is out of range</source>
        <translation>die Zahl liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>an incomplete \u escape</source>
        <translation>eine unvollständige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a control character in a string (write it as an escape)</source>
        <translation>ein Steuerzeichen in einer Zeichenkette (als Escape-Sequenz schreiben)</translation>
    </message>
    <message>
        <source>an unknown escape in a string</source>
        <translation>eine unbekannte Escape-Sequenz in einer Zeichenkette</translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message>
        <source>card %1, %2</source>
        <translation>Karte %1, %2</translation>
    </message>
</context>
<context>
    <name>KitLoader</name>
    <message>
        <source>template of %1: %2</source>
        <translation>Vorlage von %1: %2</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>ein Feld</translation>
    </message>
    <message>
        <source>the field key &apos;%1&apos; must start with a lowercase letter and hold only lowercase letters, digits and &apos;_&apos;</source>
        <translation>der Feldschlüssel „%1“ muss mit einem Kleinbuchstaben beginnen und darf nur Kleinbuchstaben, Ziffern und „_“ enthalten</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is declared twice</source>
        <translation>das Feld „%1“ ist zweimal deklariert</translation>
    </message>
    <message>
        <source>the field type &apos;%1&apos; is unknown; use text, paragraph, list, number or links</source>
        <translation>der Feldtyp „%1“ ist unbekannt; verwenden Sie text, paragraph, list, number oder links</translation>
    </message>
    <message>
        <source>the page labels of field &apos;%1&apos; must be non-empty text</source>
        <translation>die Seitenbeschriftungen des Felds „%1“ müssen nicht leerer Text sein</translation>
    </message>
    <message>
        <source>the page label &apos;%1&apos; is declared by the fields &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>die Seitenbeschriftung „%1“ ist bei den Feldern „%2“ und „%3“ angegeben</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is of type links, which a page cannot fill; remove its page_labels</source>
        <translation>das Feld „%1“ hat den Typ links, den eine Seite nicht füllen kann; entfernen Sie seine page_labels</translation>
    </message>
    <message>
        <source>the page slot &apos;%1&apos; is unknown; use one of: %2</source>
        <translation>der Seitenplatz „%1“ ist unbekannt; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>the page slot &apos;%1&apos; is taken by the fields &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>den Seitenplatz „%1“ belegen die Felder „%2“ und „%3“</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; of type %2 cannot take the page slot &apos;%3&apos;</source>
        <translation>das Feld „%1“ vom Typ %2 kann den Seitenplatz „%3“ nicht übernehmen</translation>
    </message>
    <message>
        <source>the partial name &apos;%1&apos; may hold only letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>der Partial-Name „%1“ darf nur Buchstaben, Ziffern, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>partial &apos;%1&apos; must be template text, not %2</source>
        <translation>das Partial „%1“ muss Vorlagentext sein, nicht %2</translation>
    </message>
    <message>
        <source>partial &apos;%1&apos;</source>
        <translation>Partial „%1“</translation>
    </message>
    <message>
        <source>&apos;phases&apos; is empty; a kit needs at least one phase</source>
        <translation>„phases“ ist leer; ein Kit braucht mindestens eine Phase</translation>
    </message>
    <message>
        <source>a phase</source>
        <translation>eine Phase</translation>
    </message>
    <message>
        <source>the phase id &apos;%1&apos; may hold only lowercase letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>die Phasen-ID „%1“ darf nur Kleinbuchstaben, Ziffern, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>the phase &apos;%1&apos; is declared twice</source>
        <translation>die Phase „%1“ ist zweimal deklariert</translation>
    </message>
    <message>
        <source>&apos;cards&apos; is empty; a kit needs at least one card</source>
        <translation>„cards“ ist leer; ein Kit braucht mindestens eine Karte</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>the card id &apos;%1&apos; may hold only lowercase letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>die Karten-ID „%1“ darf nur Kleinbuchstaben, Ziffern, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>two cards have the id &apos;%1&apos;</source>
        <translation>zwei Karten haben die ID „%1“</translation>
    </message>
    <message>
        <source>card &apos;%1&apos; is in phase &apos;%2&apos;, but the kit has no such phase%3</source>
        <translation>Karte „%1“ gehört zur Phase „%2“, aber das Kit hat keine solche Phase%3</translation>
    </message>
    <message>
        <source>card &apos;%1&apos; is in phase &apos;%2&apos; but comes after cards of phase &apos;%3&apos;; keep the cards in phase order</source>
        <translation>Karte „%1“ gehört zur Phase „%2“, steht aber nach Karten der Phase „%3“; halten Sie die Karten in der Reihenfolge der Phasen</translation>
    </message>
    <message>
        <source>card &apos;%1&apos;</source>
        <translation>Karte „%1“</translation>
    </message>
    <message>
        <source>an export</source>
        <translation>ein Export</translation>
    </message>
    <message>
        <source>the export id &apos;%1&apos; may hold only lowercase letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>die Export-ID „%1“ darf nur Kleinbuchstaben, Ziffern, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>two exports have the id &apos;%1&apos;</source>
        <translation>zwei Exporte haben die ID „%1“</translation>
    </message>
    <message>
        <source>the export format &apos;%1&apos; is unknown; use md, html or txt</source>
        <translation>das Exportformat „%1“ ist unbekannt; verwenden Sie md, html oder txt</translation>
    </message>
    <message>
        <source>export &apos;%1&apos;</source>
        <translation>Export „%1“</translation>
    </message>
    <message>
        <source>partial &apos;%1&apos; (used by %2)</source>
        <translation>Partial „%1“ (verwendet von %2)</translation>
    </message>
    <message>
        <source>%1 includes the partial &apos;%2&apos;, but the kit has no such partial%3</source>
        <translation>%1 bindet das Partial „%2“ ein, aber das Kit hat kein solches Partial%3</translation>
    </message>
    <message>
        <source>%1 includes partials in a circle: %2</source>
        <translation>%1 bindet Partials im Kreis ein: %2</translation>
    </message>
    <message>
        <source>%1 uses &apos;{{.}}&apos; outside a list section; it stands for the current list item</source>
        <translation>%1 verwendet „{{.}}“ außerhalb eines Listenabschnitts; es steht für den aktuellen Listeneintrag</translation>
    </message>
    <message>
        <source>%1 uses answers.%2, but no card has the id &apos;%2&apos;%3</source>
        <translation>%1 verwendet answers.%2, aber keine Karte hat die ID „%2“%3</translation>
    </message>
    <message>
        <source>%1 uses brief.%2, but the kit has no field &apos;%2&apos;%3</source>
        <translation>%1 verwendet brief.%2, aber das Kit hat kein Feld „%2“%3</translation>
    </message>
    <message>
        <source>%1 uses &apos;%2&apos;, which names nothing%3: exports read brief.&lt;key&gt;, answers.&lt;card id&gt;, html.&lt;card id&gt;, extracted.&lt;name&gt; and kit.name</source>
        <translation>%1 verwendet „%2“, das nichts bezeichnet%3: Exporte lesen brief.&lt;Schlüssel&gt;, answers.&lt;Karten-ID&gt;, html.&lt;Karten-ID&gt;, extracted.&lt;Name&gt; und kit.name</translation>
    </message>
    <message>
        <source>%1 uses &apos;%2&apos;, which names nothing%3: brief fields are written brief.&lt;key&gt; and earlier answers answers.&lt;card id&gt;</source>
        <translation>%1 verwendet „%2“, das nichts bezeichnet%3: Briefing-Felder schreibt man brief.&lt;Schlüssel&gt;, frühere Antworten answers.&lt;Karten-ID&gt;</translation>
    </message>
    <message>
        <source>%1 uses extracted.%2, but no card extracts a value named &apos;%2&apos;%3</source>
        <translation>%1 verwendet extracted.%2, aber keine Karte zieht einen Wert namens „%2“ aus%3</translation>
    </message>
    <message>
        <source>%1 uses &apos;%2&apos;, but %3 has no &apos;%4&apos;%5</source>
        <translation>%1 verwendet „%2“, aber %3 hat kein „%4“%5</translation>
    </message>
    <message>
        <source>%1 (through partial &apos;%2&apos;)</source>
        <translation>%1 (über das Partial „%2“)</translation>
    </message>
    <message>
        <source>%1 uses its own answer (answers.%2)</source>
        <translation>%1 verwendet seine eigene Antwort (answers.%2)</translation>
    </message>
    <message>
        <source>%1 uses answers.%2, but &apos;%2&apos; is card %3, after this one; a card can only use answers of earlier cards</source>
        <translation>%1 verwendet answers.%2, aber „%2“ ist Karte %3, nach dieser; eine Karte kann nur Antworten früherer Karten verwenden</translation>
    </message>
    <message>
        <source>the kit</source>
        <translation>das Kit</translation>
    </message>
    <message>
        <source>the kit id &apos;%1&apos; may hold only lowercase letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>die Kit-ID „%1“ darf nur Kleinbuchstaben, Ziffern, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; has no cards</source>
        <translation>die Phase „%1“ hat keine Karten</translation>
    </message>
    <message>
        <source>partial &apos;%1&apos; is not used by any card or export</source>
        <translation>das Partial „%1“ wird von keiner Karte und keinem Export verwendet</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>ein Kit</translation>
    </message>
</context>
<context>
    <name>MapLoader</name>
    <message>
        <source>the map</source>
        <translation>die Map</translation>
    </message>
    <message>
        <source>the pillar of group &apos;%1&apos;</source>
        <translation>der Pillar-Artikel der Gruppe „%1“</translation>
    </message>
    <message>
        <source>an article of group &apos;%1&apos;</source>
        <translation>ein Artikel der Gruppe „%1“</translation>
    </message>
    <message>
        <source>the brief file %1 does not exist</source>
        <translation>die Briefing-Datei %1 gibt es nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would share its session file %2 with the article on line %3; give one of them a &apos;session:&apos; of its own</source>
        <translation>„%1“ hätte dieselbe Sitzungsdatei %2 wie der Artikel in Zeile %3; geben Sie einem von beiden ein eigenes „session:“</translation>
    </message>
    <message>
        <source>&apos;groups&apos; is empty; a map needs at least one content group</source>
        <translation>„groups“ ist leer; eine Map braucht mindestens eine Content-Gruppe</translation>
    </message>
    <message>
        <source>a content group</source>
        <translation>eine Content-Gruppe</translation>
    </message>
    <message>
        <source>two content groups are named &apos;%1&apos;</source>
        <translation>zwei Content-Gruppen heißen „%1“</translation>
    </message>
    <message>
        <source>map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>the session file %1 is outside the map&apos;s folder; give a path inside it, without &apos;..&apos; or a leading &apos;/&apos;</source>
        <translation>die Sitzungsdatei %1 liegt außerhalb des Ordners der Map; geben Sie einen Pfad darin an, ohne „..“ oder ein führendes „/“</translation>
    </message>
</context>
<context>
    <name>MustacheRenderer</name>
    <message>
        <source>the output would be longer than %1 characters; rendering stopped</source>
        <translation>die Ausgabe würde länger als %1 Zeichen; das Ausfüllen wurde abgebrochen</translation>
    </message>
    <message>
        <source>the template does more than %1 steps (sections nested over lists multiply); rendering stopped</source>
        <translation>die Vorlage braucht mehr als %1 Schritte (über Listen verschachtelte Abschnitte vervielfachen sich); das Ausfüllen wurde abgebrochen</translation>
    </message>
    <message>
        <source>partials include each other more than %1 levels deep: %2</source>
        <translation>Partials binden einander mehr als %1 Ebenen tief ein: %2</translation>
    </message>
</context>
<context>
    <name>MustacheTemplate</name>
    <message>
        <source>the tag &apos;%1&apos; is never closed with &apos;%2&apos;</source>
        <translation>das Tag „%1“ wird nie mit „%2“ geschlossen</translation>
    </message>
    <message>
        <source>a delimiter change must end with &apos;=&apos; (like {{=&lt;% %&gt;=}})</source>
        <translation>ein Wechsel der Begrenzer muss mit „=“ enden (wie {{=&lt;% %&gt;=}})</translation>
    </message>
    <message>
        <source>a delimiter change needs two delimiters separated by a space, like {{=&lt;% %&gt;=}}</source>
        <translation>ein Wechsel der Begrenzer braucht zwei durch ein Leerzeichen getrennte Begrenzer, wie {{=&lt;% %&gt;=}}</translation>
    </message>
    <message>
        <source>the tag %1%2 has no name</source>
        <translation>das Tag %1%2 hat keinen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name: names have no spaces</source>
        <translation>„%1“ ist kein gültiger Name: Namen enthalten keine Leerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name</source>
        <translation>„%1“ ist kein gültiger Name</translation>
    </message>
    <message>
        <source>sections are nested more than %1 deep</source>
        <translation>Abschnitte sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; closes a section that was never opened</source>
        <translation>„%1“ schließt einen Abschnitt, der nie geöffnet wurde</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is closed here, but the open section is &apos;%2&apos; (line %3, column %4)</source>
        <translation>„%1“ wird hier geschlossen, aber offen ist der Abschnitt „%2“ (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>the section &apos;%1&apos; is never closed</source>
        <translation>der Abschnitt „%1“ wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>PageImporter</name>
    <message>
        <source>page</source>
        <translation>eine Seite</translation>
    </message>
    <message>
        <source>this is not the text of a page: %1</source>
        <translation>das ist nicht der Text einer Seite: %1</translation>
    </message>
    <message>
        <source>the page is empty; paste the whole text of an article page</source>
        <translation>die Seite ist leer; fügen Sie den ganzen Text einer Artikelseite ein</translation>
    </message>
    <message>
        <source>The page gives two different values for %1: &quot;%2&quot; and &quot;%3&quot;; the first was kept.</source>
        <translation>Die Seite nennt zwei verschiedene Werte für %1: „%2“ und „%3“; der erste wurde übernommen.</translation>
    </message>
    <message>
        <source>The page does not have the usual six value lines (it has %1); check the keyword, tone, audience and angle.</source>
        <translation>Die Seite hat nicht die üblichen sechs Wertzeilen (sie hat %1); prüfen Sie Keyword, Tonalität, Zielgruppe und Blickwinkel.</translation>
    </message>
    <message>
        <source>The %1 bullets were split by their wording into %2 keywords, %3 mistakes and %4 tips; check where one list ends and the next begins.</source>
        <translation>Die %1 Aufzählungspunkte wurden nach ihrem Wortlaut aufgeteilt in %2 Keywords, %3 Fehler und %4 Tipps; prüfen Sie, wo eine Liste endet und die nächste beginnt.</translation>
    </message>
    <message>
        <source>no article brief found: PromptDeck looks for the line &quot;… article in the MAP topical map — GROUP content group&quot; or labels such as &quot;Primary keyword&quot; and &quot;Target audience&quot;; nothing was imported</source>
        <translation>kein Artikel-Briefing gefunden: PromptDeck sucht nach der Zeile „… article in the MAP topical map — GROUP content group“ oder nach Bezeichnungen wie „Primary keyword“ und „Target audience“; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the page text is %1, larger than the %2 limit of a page; nothing was imported</source>
        <translation>der Seitentext ist %1 groß, mehr als das Limit von %2 für eine Seite; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>ProgramOptions</name>
    <message>
        <source>Render the window once to a PNG and exit.</source>
        <translation>Das Fenster einmal als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>PromptDeck: prompt cards for writing SEO articles with a chat AI. Without a command it opens the window, on FILE or on the last session.</source>
        <translation>PromptDeck: Prompt-Karten zum Schreiben von SEO-Artikeln mit einer Chat-KI. Ohne Befehl öffnet es das Fenster, mit FILE oder mit der letzten Sitzung.</translation>
    </message>
    <message>
        <source>A session (*.promptdeck) to open.</source>
        <translation>Eine Sitzung (*.promptdeck), die geöffnet wird.</translation>
    </message>
    <message>
        <source>give at most one session to open</source>
        <translation>geben Sie höchstens eine Sitzung zum Öffnen an</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Core::CardListModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>%1 nicht bestanden</translation>
    </message>
    <message>
        <source>%1 warning(s)</source>
        <translation>%1 Warnung(en)</translation>
    </message>
    <message>
        <source>%1 passing</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Core::LibraryModel</name>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>checks failing (%1 of %2 answered)</source>
        <translation>Prüfungen nicht bestanden (%1 von %2 beantwortet)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>session unreadable: %1</source>
        <translation>Sitzung nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 in Arbeit</translation>
    </message>
    <message>
        <source>%1 with failing checks</source>
        <translation>%1 mit nicht bestandenen Prüfungen</translation>
    </message>
    <message>
        <source>%1 not started</source>
        <translation>%1 nicht begonnen</translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation>%1 nicht lesbar</translation>
    </message>
    <message>
        <source>%1 articles: %2</source>
        <translation>%1 Artikel: %2</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Core::SessionDocument</name>
    <message>
        <source>the file was changed or removed by another program since PromptDeck opened or saved it; it was not overwritten</source>
        <translation>die Datei wurde von einem anderen Programm geändert oder entfernt, seit PromptDeck sie geöffnet oder gespeichert hat; sie wurde nicht überschrieben</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Core::SessionLifecycle</name>
    <message>
        <source>imported from page text</source>
        <translation>aus Seitentext importiert</translation>
    </message>
    <message>
        <source>written in PromptDeck</source>
        <translation>in PromptDeck geschrieben</translation>
    </message>
    <message>
        <source>map %1</source>
        <translation>Map %1</translation>
    </message>
    <message>
        <source>A brief for the PromptDeck kit &apos;%1&apos;.</source>
        <translation>Ein Briefing für das PromptDeck-Kit „%1“.</translation>
    </message>
    <message>
        <source>note: card %1 is waiting for the answer to %2; the prompt marks where it goes.</source>
        <translation>Hinweis: Karte %1 wartet auf die Antwort auf %2; der Prompt markiert, wo sie hingehört.</translation>
    </message>
    <message>
        <source>Card %1 is waiting for the answer to %2. Its prompt has a marker where that answer goes.</source>
        <translation>Karte %1 wartet auf die Antwort auf %2. Ihr Prompt hat eine Markierung, wo diese Antwort hingehört.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>a process unknown</source>
        <translation>ein unbekannter Prozess</translation>
    </message>
    <message>
        <source>the session is open in another PromptDeck window (%1). Only one PromptDeck writes a session at a time: work on it there, or close it there first.</source>
        <translation>die Sitzung ist in einem anderen PromptDeck-Fenster geöffnet (%1). Nur ein PromptDeck auf einmal schreibt eine Sitzung: arbeiten Sie dort daran oder schließen Sie sie dort zuerst.</translation>
    </message>
    <message>
        <source>another PromptDeck is writing the session (%1) and did not finish within %2 seconds. Try again in a moment; if no PromptDeck runs there any more, delete %3.</source>
        <translation>ein anderes PromptDeck schreibt die Sitzung (%1) und ist innerhalb von %2 Sekunden nicht fertig geworden. Versuchen Sie es gleich noch einmal; wenn dort kein PromptDeck mehr läuft, löschen Sie %3.</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::AnswerEdit</name>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Paste the AI&apos;s answer here (Ctrl+Shift+V pastes the clipboard).</source>
        <translation>Fügen Sie hier die Antwort der KI ein (Strg+Umschalt+V fügt die Zwischenablage ein).</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::BriefEditorDialog</name>
    <message>
        <source>Edit Brief</source>
        <translation>Briefing bearbeiten</translation>
    </message>
    <message>
        <source>Fields marked * are required. Lists take one item per line. Saving marks answered cards that use a changed field as stale.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder. Listen nehmen einen Eintrag pro Zeile auf. Beim Speichern werden beantwortete Karten, die ein geändertes Feld verwenden, als veraltet markiert.</translation>
    </message>
    <message>
        <source>Fill in the required fields first: %1.</source>
        <translation>Füllen Sie zuerst die Pflichtfelder aus: %1.</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::BriefForm</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>URL (optional)</source>
        <translation>URL (optional)</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>a whole number, like 1500</source>
        <translation>eine ganze Zahl, etwa 1500</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>Add Article</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>%1
not on the page</source>
        <translation>%1
nicht auf der Seite</translation>
    </message>
    <message>
        <source>PromptDeck did not find this on the page; fill it in or leave it empty.</source>
        <translation>PromptDeck hat dies nicht auf der Seite gefunden; füllen Sie es aus oder lassen Sie es leer.</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::BriefPanel</name>
    <message>
        <source>Edit Brief…</source>
        <translation>Briefing bearbeiten …</translation>
    </message>
    <message>
        <source>Change the brief; answered cards that use a changed field turn stale</source>
        <translation>Das Briefing ändern; beantwortete Karten, die ein geändertes Feld verwenden, werden veraltet</translation>
    </message>
    <message>
        <source>▾ Hide the rest of the brief</source>
        <translation>▾ Den Rest des Briefings ausblenden</translation>
    </message>
    <message>
        <source>▸ Show the whole brief</source>
        <translation>▸ Das ganze Briefing zeigen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source> (pillar)</source>
        <translation> (Pillar)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>, %1 stale</source>
        <translation>, %1 veraltet</translation>
    </message>
    <message>
        <source>, %1 failing checks</source>
        <translation>, %1 mit nicht bestandenen Prüfungen</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::BulletSorter</name>
    <message>
        <source>Move the selected item to:</source>
        <translation>Den ausgewählten Eintrag verschieben nach:</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::CardDeck</name>
    <message>
        <source>Phase %1 · %2</source>
        <translation>Phase %1 · %2</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::CardDelegate</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::CardWidget</name>
    <message>
        <source>This card&apos;s prompt includes the answers of these cards; PromptDeck fills them in for you (&quot;paste prior output&quot;).</source>
        <translation>Der Prompt dieser Karte enthält die Antworten dieser Karten; PromptDeck setzt sie für Sie ein („paste prior output“).</translation>
    </message>
    <message>
        <source>Keep this answer</source>
        <translation>Diese Antwort behalten</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Copy Prompt</source>
        <translation>Prompt kopieren</translation>
    </message>
    <message>
        <source>Put the complete prompt on the clipboard (Ctrl+Shift+C)</source>
        <translation>Den vollständigen Prompt in die Zwischenablage legen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;from the brief&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;from earlier answers&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;aus dem Briefing&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;background:%2&quot;&gt;&amp;nbsp;aus früheren Antworten&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Paste Answer</source>
        <translation>Antwort einfügen</translation>
    </message>
    <message>
        <source>Use the clipboard&apos;s text as this card&apos;s answer (Ctrl+Shift+V)</source>
        <translation>Den Text der Zwischenablage als Antwort dieser Karte verwenden (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Earlier answers of this card, with their times</source>
        <translation>Frühere Antworten dieser Karte, mit Zeitpunkt</translation>
    </message>
    <message>
        <source>Answer to card %1</source>
        <translation>Antwort auf Karte %1</translation>
    </message>
    <message>
        <source>Missing: %1. Answer that card first.</source>
        <translation>Es fehlt: %1. Beantworten Sie zuerst diese Karte.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation>Verwendet: %1</translation>
    </message>
    <message>
        <source>· waiting for %1</source>
        <translation>· wartet auf %1</translation>
    </message>
    <message>
        <source>Card %1, %2, %3%4</source>
        <translation>Karte %1, %2, %3%4</translation>
    </message>
    <message>
        <source>, expanded</source>
        <translation>, aufgeklappt</translation>
    </message>
    <message>
        <source>, collapsed</source>
        <translation>, zugeklappt</translation>
    </message>
    <message>
        <source>Waiting for the answer to %1. The prompt marks where it goes; answer that card first.</source>
        <translation>Wartet auf die Antwort auf %1. Der Prompt markiert, wo sie hingehört; beantworten Sie zuerst diese Karte.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>%1 characters · %2 words</source>
        <translation>%1 Zeichen · %2 Wörter</translation>
    </message>
    <message>
        <source>✓ Copied (%1 characters)</source>
        <translation>✓ Kopiert (%1 Zeichen)</translation>
    </message>
    <message>
        <source>· stale: %1</source>
        <translation>· veraltet: %1</translation>
    </message>
    <message>
        <source>This answer is stale: %1. Copy the prompt again to re-run it, or keep the answer as it is; Next Stale Card (F8) then opens the next one to re-run.</source>
        <translation>Diese Antwort ist veraltet: %1. Kopieren Sie den Prompt erneut, um ihn noch einmal auszuführen, oder behalten Sie die Antwort, wie sie ist; „Nächste veraltete Karte“ (F8) öffnet dann die nächste, die erneut auszuführen ist.</translation>
    </message>
    <message>
        <source>The answer stays as it is, taken as made from its inputs as they are now; the cards made from it are fresh with it.</source>
        <translation>Die Antwort bleibt, wie sie ist, und gilt als aus den jetzigen Eingaben erstellt; die Karten, die aus ihr erstellt sind, sind mit ihr nicht mehr veraltet.</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::CheckList</name>
    <message>
        <source>Answer checks</source>
        <translation>Prüfungen der Antwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::HistoryDialog</name>
    <message>
        <source>pasted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>getippt</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>read from a file</source>
        <translation>aus einer Datei gelesen</translation>
    </message>
    <message>
        <source>Answers to %1</source>
        <translation>Antworten auf %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>Die ausgewählte Version</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring makes an earlier answer the current one; the current answer is kept in this list.</source>
        <translation>Das Wiederherstellen macht eine frühere Antwort zur aktuellen; die aktuelle Antwort bleibt in dieser Liste.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 characters</source>
        <translation>%1 · %2 · %3 Zeichen</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::ImportBriefDialog</name>
    <message>
        <source>New Session from Page Text</source>
        <translation>Neue Sitzung aus Seitentext</translation>
    </message>
    <message>
        <source>Paste the whole text of a topical-map article page (in your browser: Select All, Copy), or open a saved text file. PromptDeck reads the brief out of it; you check it before the session starts.</source>
        <translation>Fügen Sie den ganzen Text einer Artikelseite einer Topical Map ein (im Browser: Alles auswählen, Kopieren) oder öffnen Sie eine gespeicherte Textdatei. PromptDeck liest das Briefing daraus; Sie prüfen es, bevor die Sitzung beginnt.</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Seitentext</translation>
    </message>
    <message>
        <source>The page&apos;s text goes here.</source>
        <translation>Hier kommt der Text der Seite hin.</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Open Text File…</source>
        <translation>Textdatei &amp;öffnen …</translation>
    </message>
    <message>
        <source>&amp;Read Brief</source>
        <translation>Briefing &amp;lesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the page&apos;s text and try again.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie den Text der Seite und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Open Page Text</source>
        <translation>Seitentext öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>page</source>
        <translation>eine Seite</translation>
    </message>
    <message>
        <source>the pasted page</source>
        <translation>die eingefügte Seite</translation>
    </message>
    <message>
        <source>Not on the page (marked below): %1.</source>
        <translation>Nicht auf der Seite (unten markiert): %1.</translation>
    </message>
    <message>
        <source>Everything was found. Check it, then start the session.</source>
        <translation>Alles wurde gefunden. Prüfen Sie es und beginnen Sie dann die Sitzung.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Save Brief &amp;As…</source>
        <translation>Briefing speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Start Session</source>
        <translation>Sitzung &amp;beginnen</translation>
    </message>
    <message>
        <source>Save Brief As</source>
        <translation>Briefing speichern unter</translation>
    </message>
    <message>
        <source>brief.yaml</source>
        <translation>briefing.yaml</translation>
    </message>
    <message>
        <source>Briefs (*.yaml)</source>
        <translation>Briefings (*.yaml)</translation>
    </message>
    <message>
        <source>Saved the brief as %1.</source>
        <translation>Das Briefing wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Fill in the required fields first: %1.</source>
        <translation>Füllen Sie zuerst die Pflichtfelder aus: %1.</translation>
    </message>
    <message>
        <source>Could Not Save the Brief</source>
        <translation>Das Briefing konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::LibraryDelegate</name>
    <message>
        <source>%1 — pillar</source>
        <translation>%1 – Pillar</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::LibraryDialog</name>
    <message>
        <source>Library — %1</source>
        <translation>Bibliothek – %1</translation>
    </message>
    <message>
        <source>Sessions are kept next to the map: %1</source>
        <translation>Die Sitzungen liegen neben der Map: %1</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation>Sitzung beginnen</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::MainWindow</name>
    <message>
        <source>%1: could not write the screenshot</source>
        <translation>%1: das Bildschirmfoto konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Kept the answer to %1 as it is.</source>
        <translation>Die Antwort auf %1 bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Not pasted</source>
        <translation>Nicht eingefügt</translation>
    </message>
    <message>
        <source>About PromptDeck</source>
        <translation>Über PromptDeck</translation>
    </message>
    <message>
        <source>PromptDeck %1

Prompt cards for writing SEO articles with a chat AI: copy each prompt, paste the answer back, and later prompts fill themselves in.</source>
        <translation>PromptDeck %1

Prompt-Karten zum Schreiben von SEO-Artikeln mit einer Chat-KI: Prompt kopieren, Antwort wieder einfügen, und spätere Prompts füllen sich von selbst.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>The Whole Session as JSON…</source>
        <translation>Die ganze Sitzung als JSON …</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>No Article to Copy</source>
        <translation>Kein Artikel zum Kopieren</translation>
    </message>
    <message>
        <source>This session&apos;s kit has no Markdown export.</source>
        <translation>Das Kit dieser Sitzung hat keinen Markdown-Export.</translation>
    </message>
    <message>
        <source>Could Not Build the Article</source>
        <translation>Der Artikel konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Copied the article as Markdown (%1 characters).</source>
        <translation>Der Artikel wurde als Markdown kopiert (%1 Zeichen).</translation>
    </message>
    <message>
        <source>%1[*] — PromptDeck</source>
        <translation>%1[*] – PromptDeck</translation>
    </message>
    <message>
        <source>PromptDeck could not save: %1
Your answers are still here; use File &gt; Save As to save them somewhere else.</source>
        <translation>PromptDeck konnte nicht speichern: %1
Ihre Antworten sind noch da; mit Datei &gt; Speichern unter können Sie sie woanders speichern.</translation>
    </message>
    <message>
        <source>Copy an Incomplete Prompt?</source>
        <translation>Einen unvollständigen Prompt kopieren?</translation>
    </message>
    <message>
        <source>Copy Anyway</source>
        <translation>Trotzdem kopieren</translation>
    </message>
    <message>
        <source>Could Not Build the Prompt</source>
        <translation>Der Prompt konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Copied the prompt of %1 (%2 characters). Paste it into your AI chat.</source>
        <translation>Der Prompt von %1 wurde kopiert (%2 Zeichen). Fügen Sie ihn in Ihren KI-Chat ein.</translation>
    </message>
    <message>
        <source>Nothing to Paste</source>
        <translation>Nichts zum Einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no text (an image or a file, perhaps). Copy the AI&apos;s answer as text and try again. Nothing was changed.</source>
        <translation>Die Zwischenablage enthält keinen Text (vielleicht ein Bild oder eine Datei). Kopieren Sie die Antwort der KI als Text und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy the AI&apos;s answer and try again. Nothing was changed.</source>
        <translation>Die Zwischenablage ist leer. Kopieren Sie die Antwort der KI und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Answer Too Long</source>
        <translation>Antwort zu lang</translation>
    </message>
    <message>
        <source>The answer to %1 is already this text.</source>
        <translation>Die Antwort auf %1 ist bereits dieser Text.</translation>
    </message>
    <message>
        <source>Pasted the answer to %1 (%2 characters).</source>
        <translation>Die Antwort auf %1 wurde eingefügt (%2 Zeichen).</translation>
    </message>
    <message>
        <source>The brief is unchanged.</source>
        <translation>Das Briefing ist unverändert.</translation>
    </message>
    <message>
        <source>Brief saved.</source>
        <translation>Briefing gespeichert.</translation>
    </message>
    <message>
        <source>Copy it anyway?</source>
        <translation>Trotzdem kopieren?</translation>
    </message>
    <message>
        <source>Answer Not Stored</source>
        <translation>Antwort nicht gespeichert</translation>
    </message>
    <message>
        <source>Copy an Unfinished Article?</source>
        <translation>Einen unfertigen Artikel kopieren?</translation>
    </message>
    <message>
        <source>Copy the article as it is?</source>
        <translation>Den Artikel so kopieren, wie er ist?</translation>
    </message>
    <message>
        <source>Brief saved. Cards made from a changed field, or from a card that was, are now stale: %1. Next Stale Card (F8) takes you through them.</source>
        <translation>Briefing gespeichert. Karten, die aus einem geänderten Feld entstanden sind oder aus einer Karte, bei der das so war, sind jetzt veraltet: %1. „Nächste veraltete Karte“ (F8) führt Sie der Reihe nach zu ihnen.</translation>
    </message>
    <message>
        <source>Export Unfinished Work?</source>
        <translation>Unfertige Arbeit exportieren?</translation>
    </message>
    <message>
        <source>Export “%1” as it is?</source>
        <translation>„%1“ im jetzigen Zustand exportieren?</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Choose a Kit</source>
        <translation>Ein Kit wählen</translation>
    </message>
    <message>
        <source>Kits (*.yaml *.yml)</source>
        <translation>Kits (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Choose a Brief</source>
        <translation>Ein Briefing wählen</translation>
    </message>
    <message>
        <source>Briefs (*.yaml *.yml)</source>
        <translation>Briefings (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>A session works through one article: the kit&apos;s cards, filled from the brief.</source>
        <translation>Eine Sitzung bearbeitet einen Artikel: die Karten des Kits, ausgefüllt aus dem Briefing.</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit:</translation>
    </message>
    <message>
        <source>&amp;Brief:</source>
        <translation>&amp;Briefing:</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Eine Datei wählen …</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::PromptView</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::RecoveryDialog</name>
    <message>
        <source>Recovered Work and the File</source>
        <translation>Wiederhergestellte Arbeit und die Datei</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Recovered answer</source>
        <translation>Wiederhergestellte Antwort</translation>
    </message>
    <message>
        <source>Answer in the file</source>
        <translation>Antwort in der Datei</translation>
    </message>
    <message>
        <source>&amp;Recovered (not saved to the file)</source>
        <translation>&amp;Wiederhergestellt (nicht in der Datei gespeichert)</translation>
    </message>
    <message>
        <source>In the &amp;file</source>
        <translation>In der &amp;Datei</translation>
    </message>
    <message>
        <source>Select a line to see both versions of an answer. Closing this window brings you back to the choice.</source>
        <translation>Wählen Sie eine Zeile, um beide Fassungen einer Antwort zu sehen. Wenn Sie dieses Fenster schließen, kommen Sie zurück zur Auswahl.</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::RerunGuide</name>
    <message>
        <source>No card is stale.</source>
        <translation>Keine Karte ist veraltet.</translation>
    </message>
    <message>
        <source>the last stale card</source>
        <translation>die letzte veraltete Karte</translation>
    </message>
    <message>
        <source>%1 stale cards left</source>
        <translation>noch %1 veraltete Karten</translation>
    </message>
    <message>
        <source>Re-run %1 (%2): %3.</source>
        <translation>Erneut ausführen: %1 (%2): %3.</translation>
    </message>
    <message>
        <source>1 card is stale.</source>
        <translation>1 Karte ist veraltet.</translation>
    </message>
    <message>
        <source>%1 cards are stale.</source>
        <translation>%1 Karten sind veraltet.</translation>
    </message>
    <message>
        <source>Keep All Stale Answers?</source>
        <translation>Alle veralteten Antworten behalten?</translation>
    </message>
    <message>
        <source>%1 Keeping them records that each answer stays as it is, made from its inputs as they are now; no answer is changed and the cards count as answered.</source>
        <translation>%1 Beim Behalten wird festgehalten, dass jede Antwort bleibt, wie sie ist, und als aus ihren Eingaben im jetzigen Stand entstanden gilt; keine Antwort wird geändert, und die Karten gelten als beantwortet.</translation>
    </message>
    <message>
        <source>Keep All</source>
        <translation>Alle behalten</translation>
    </message>
    <message>
        <source>Kept 1 stale answer as it is.</source>
        <translation>1 veraltete Antwort bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Kept %1 stale answers as they are.</source>
        <translation>%1 veraltete Antworten bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::SessionFlow</name>
    <message>
        <source>PromptDeck sessions (*.promptdeck)</source>
        <translation>PromptDeck-Sitzungen (*.promptdeck)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 is open in another PromptDeck window; this one starts a new session.</source>
        <translation>%1 ist in einem anderen PromptDeck-Fenster geöffnet; dieses beginnt eine neue Sitzung.</translation>
    </message>
    <message>
        <source>Could Not Reopen the Last Session</source>
        <translation>Die letzte Sitzung konnte nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>%1

A new session was started instead; the file was not changed.</source>
        <translation>%1

Stattdessen wurde eine neue Sitzung begonnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could Not Load the Kit</source>
        <translation>Das Kit konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could Not Load the Brief</source>
        <translation>Das Briefing konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could Not Start the Session</source>
        <translation>Die Sitzung konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Recovery File Unreadable</source>
        <translation>Wiederherstellungsdatei nicht lesbar</translation>
    </message>
    <message>
        <source>PromptDeck found a recovery file it cannot read:
%1

Keep it (it stays where it is) or remove it?</source>
        <translation>PromptDeck hat eine Wiederherstellungsdatei gefunden, die es nicht lesen kann:
%1

Behalten (sie bleibt, wo sie ist) oder entfernen?</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Remove It</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>an untitled session</source>
        <translation>eine unbenannte Sitzung</translation>
    </message>
    <message>
        <source>Recovered the unsaved work of %1.</source>
        <translation>Die ungesicherte Arbeit von %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work?</source>
        <translation>Ungesicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>PromptDeck closed unexpectedly while %1 had work that is not in its file (last kept %2).

%3

Recover it, look at the differences first, or discard it? If you close this question, it is kept and offered again next time.</source>
        <translation>PromptDeck wurde unerwartet beendet, während %1 Arbeit enthielt, die nicht in ihrer Datei steht (zuletzt gesichert %2).

%3

Wiederherstellen, zuerst die Unterschiede ansehen oder verwerfen? Wenn Sie diese Frage schließen, bleibt sie erhalten und wird beim nächsten Mal wieder angeboten.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Show Differences…</source>
        <translation>Unterschiede zeigen …</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discarded the recovered work of %1.</source>
        <translation>Die wiederhergestellte Arbeit von %1 wurde verworfen.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed or removed by another program since PromptDeck opened or saved it. PromptDeck has not written over it; your work is kept in a recovery file meanwhile.

Save this session under another name, overwrite the file with it, or reload the file (losing the changes made here since)?</source>
        <translation>%1 wurde von einem anderen Programm geändert oder entfernt, seit PromptDeck die Datei geöffnet oder gespeichert hat. PromptDeck hat sie nicht überschrieben; Ihre Arbeit liegt solange in einer Wiederherstellungsdatei.

Diese Sitzung unter einem anderen Namen speichern, die Datei damit überschreiben oder die Datei neu laden (die Änderungen, die seitdem hier gemacht wurden, gehen verloren)?</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could Not Reload the Session</source>
        <translation>Die Sitzung konnte nicht neu geladen werden</translation>
    </message>
    <message>
        <source>%1

Your work here is unchanged.</source>
        <translation>%1

Ihre Arbeit hier ist unverändert.</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk.</source>
        <translation>%1 wurde neu vom Datenträger geladen.</translation>
    </message>
    <message>
        <source>%1 was changed by another program. PromptDeck does not save to it until you choose: File &gt; Save asks again.</source>
        <translation>%1 wurde von einem anderen Programm geändert. PromptDeck speichert nicht hinein, bis Sie entscheiden: Datei &gt; Speichern fragt erneut.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to %1 could not be saved. Save them somewhere else?</source>
        <translation>Die Änderungen an %1 konnten nicht gespeichert werden. Woanders speichern?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save This Session?</source>
        <translation>Diese Sitzung speichern?</translation>
    </message>
    <message>
        <source>This session has no file yet. Save it as a file, or keep it here and reopen it next time?</source>
        <translation>Diese Sitzung hat noch keine Datei. Als Datei speichern oder hier behalten und beim nächsten Mal wieder öffnen?</translation>
    </message>
    <message>
        <source>This session has no file yet. Save it as a file before starting another?</source>
        <translation>Diese Sitzung hat noch keine Datei. Als Datei speichern, bevor eine neue beginnt?</translation>
    </message>
    <message>
        <source>Keep for Next Time</source>
        <translation>Für das nächste Mal behalten</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Could Not Open the Session</source>
        <translation>Die Sitzung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>New session: %1</source>
        <translation>Neue Sitzung: %1</translation>
    </message>
    <message>
        <source>New Brief</source>
        <translation>Neues Briefing</translation>
    </message>
    <message>
        <source>Open Topical Map</source>
        <translation>Topical Map öffnen</translation>
    </message>
    <message>
        <source>Topical maps (*.yaml *.yml)</source>
        <translation>Topical Maps (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Could Not Open the Map</source>
        <translation>Die Map konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could Not Load the Map&apos;s Kit</source>
        <translation>Das Kit der Map konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could Not Read the Article&apos;s Brief</source>
        <translation>Das Briefing des Artikels konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Brief of “%1”</source>
        <translation>Briefing von „%1“</translation>
    </message>
    <message>
        <source>Started “%1”, saved next to the map as %2.</source>
        <translation>„%1“ begonnen, neben der Map gespeichert als %2.</translation>
    </message>
    <message>
        <source>Save Brief As</source>
        <translation>Briefing speichern unter</translation>
    </message>
    <message>
        <source>brief.yaml</source>
        <translation>briefing.yaml</translation>
    </message>
    <message>
        <source>Briefs (*.yaml)</source>
        <translation>Briefings (*.yaml)</translation>
    </message>
    <message>
        <source>Could Not Save the Brief</source>
        <translation>Das Briefing konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the brief as %1.</source>
        <translation>Das Briefing wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>article.promptdeck</source>
        <translation>artikel.promptdeck</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Could Not Recover the Work</source>
        <translation>Die Arbeit konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1

The recovered work is kept and offered again next time.</source>
        <translation>%1

Die wiederhergestellte Arbeit bleibt erhalten und wird beim nächsten Mal wieder angeboten.</translation>
    </message>
    <message>
        <source>Session Open Elsewhere</source>
        <translation>Sitzung anderswo geöffnet</translation>
    </message>
    <message>
        <source>%1 is locked for editing by another PromptDeck (%2).

Only one PromptDeck writes a session at a time: work on it in that window, or close it there and open it here again.</source>
        <translation>%1 ist von einem anderen PromptDeck zum Bearbeiten gesperrt (%2).

Nur ein PromptDeck auf einmal schreibt eine Sitzung: arbeiten Sie in jenem Fenster daran oder schließen Sie sie dort und öffnen Sie sie hier erneut.</translation>
    </message>
</context>
<context>
    <name>PromptDeck::Gui::WindowActions</name>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>New Session from &amp;Files…</source>
        <translation>Neue Sitzung aus &amp;Dateien …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New Session from &amp;Page Text…</source>
        <translation>Neue Sitzung aus Seiten&amp;text …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>New Session from a &amp;Blank Brief…</source>
        <translation>Neue Sitzung aus einem &amp;leeren Briefing …</translation>
    </message>
    <message>
        <source>Save &amp;Brief As…</source>
        <translation>Briefin&amp;g speichern unter …</translation>
    </message>
    <message>
        <source>Open &amp;Map…</source>
        <translation>&amp;Map öffnen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>B&amp;ibliothek</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy Prompt</source>
        <translation>Prompt &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste Answer</source>
        <translation>Antwort &amp;einfügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Copy &amp;Article</source>
        <translation>&amp;Artikel kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Edit &amp;Brief…</source>
        <translation>&amp;Briefing bearbeiten …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Answer &amp;History…</source>
        <translation>Antwort&amp;verlauf …</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Expand All Cards</source>
        <translation>Alle Karten &amp;aufklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All Cards</source>
        <translation>Alle Karten &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Next Card</source>
        <translation>&amp;Nächste Karte</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Card</source>
        <translation>&amp;Vorige Karte</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Expand or Collapse the Current Card</source>
        <translation>Aktuelle Karte auf- oder zuklappen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;About PromptDeck</source>
        <translation>&amp;Über PromptDeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Next &amp;Stale Card</source>
        <translation>Nächste veral&amp;tete Karte</translation>
    </message>
    <message>
        <source>Open the next stale card in the order to re-run them (F8)</source>
        <translation>Die nächste veraltete Karte in der Reihenfolge zum erneuten Ausführen öffnen (F8)</translation>
    </message>
    <message>
        <source>&amp;Keep All Stale Answers…</source>
        <translation>Alle veralteten Antworten be&amp;halten …</translation>
    </message>
</context>
<context>
    <name>PromptEcho</name>
    <message>
        <source>the filled prompt of card %1 (&quot;%2&quot;), not the AI&apos;s answer</source>
        <translation>der ausgefüllte Prompt von Karte %1 („%2“), nicht die Antwort der KI</translation>
    </message>
    <message>
        <source>nearly the filled prompt of card %1 (&quot;%2&quot;), not the AI&apos;s answer</source>
        <translation>fast genau der ausgefüllte Prompt von Karte %1 („%2“), nicht die Antwort der KI</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>no such file: the name is a loop of symbolic links that never reaches a file</source>
        <translation>diese Datei gibt es nicht: der Name ist eine Schleife symbolischer Links, die nie bei einer Datei ankommt</translation>
    </message>
    <message>
        <source>no such file: it is a symbolic link to %1, which does not exist</source>
        <translation>diese Datei gibt es nicht: der Name ist ein symbolischer Link auf %1, und dieses Ziel gibt es nicht</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file; it was not opened, since reading it could wait forever</source>
        <translation>ist eine benannte Pipe (FIFO), keine reguläre Datei; sie wurde nicht geöffnet, da das Lesen daraus endlos warten könnte</translation>
    </message>
    <message>
        <source>is a socket, not a regular file; it was not opened</source>
        <translation>ist ein Socket, keine reguläre Datei; er wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>is a device, not a regular file; it was not opened</source>
        <translation>ist ein Gerät, keine reguläre Datei; es wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>is not a regular file; it was not opened</source>
        <translation>ist keine reguläre Datei; es wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <source>could not keep the previous version as %1: %2. Nothing was saved; the file is unchanged.</source>
        <translation>die vorige Fassung konnte nicht als %1 aufbewahrt werden: %2. Es wurde nichts gespeichert; die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>could not save: %1. The file is unchanged.</source>
        <translation>Speichern nicht möglich: %1. Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>that name is taken by something that is not a file</source>
        <translation>dieser Name ist von etwas belegt, das keine Datei ist</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>the answer has %1 characters; an answer can have at most %2 (16 MiB). Nothing was stored.</source>
        <translation>die Antwort hat %1 Zeichen; eine Antwort darf höchstens %2 (16 MiB) haben. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the brief&apos;s %1</source>
        <translation>%1 des Briefings</translation>
    </message>
    <message>
        <source>the answer to %1</source>
        <translation>die Antwort auf %1</translation>
    </message>
    <message>
        <source>[MISSING: the answer to card %1, &quot;%2&quot; — paste it into PromptDeck first]</source>
        <translation>[FEHLT: die Antwort auf Karte %1, „%2“ – fügen Sie sie zuerst in PromptDeck ein]</translation>
    </message>
    <message>
        <source>this session has used every revision number (up to %1), so no further answer can be stored. Nothing was stored; start a new session for more answers.</source>
        <translation>diese Sitzung hat jede Revisionsnummer (bis %1) verbraucht, daher kann keine weitere Antwort gespeichert werden. Es wurde nichts gespeichert; beginnen Sie für weitere Antworten eine neue Sitzung.</translation>
    </message>
    <message>
        <source>the brief&apos;s %1 changed</source>
        <translation>%1 des Briefings wurde geändert</translation>
    </message>
    <message>
        <source>the text of %1 this answer was made from is not known (an older PromptDeck saved the session)</source>
        <translation>der Text von %1, aus dem diese Antwort entstanden ist, ist nicht bekannt (ein älteres PromptDeck hat die Sitzung gespeichert)</translation>
    </message>
    <message>
        <source>%1 has been answered since</source>
        <translation>%1 wurde seitdem beantwortet</translation>
    </message>
    <message>
        <source>the answer to %1 was removed</source>
        <translation>die Antwort auf %1 wurde entfernt</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, geändert</translation>
    </message>
    <message>
        <source>; card %1 was made from it</source>
        <translation>; Karte %1 ist daraus entstanden</translation>
    </message>
    <message>
        <source>, card %1 from card %2</source>
        <translation>, Karte %1 aus Karte %2</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>session</source>
        <translation>eine Sitzung</translation>
    </message>
    <message>
        <source>this file holds a session from a newer PromptDeck (file format %1); it was not overwritten. Save under another name.</source>
        <translation>diese Datei enthält eine Sitzung aus einem neueren PromptDeck (Dateiformat %1); sie wurde nicht überschrieben. Speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>the session would be larger than the %1 a session file may have (it could not be opened again), so it was not saved. The file is unchanged and the work is still open, unsaved.</source>
        <translation>die Sitzung wäre größer als die %1, die eine Sitzungsdatei haben darf (sie ließe sich nicht wieder öffnen), daher wurde sie nicht gespeichert. Die Datei ist unverändert, und die Arbeit ist weiterhin geöffnet, aber nicht gesichert.</translation>
    </message>
    <message>
        <source>Most of it is %1: %2 characters in its answer and its earlier versions (%3 of them).</source>
        <translation>Den größten Teil davon macht %1 aus: %2 Zeichen in ihrer Antwort und deren früheren Versionen (Anzahl: %3).</translation>
    </message>
    <message>
        <source>Every answer keeps its earlier versions, so to go on, start a new session with the same brief and paste into it the answers you want to keep.</source>
        <translation>Jede Antwort behält ihre früheren Versionen; um weiterzuarbeiten, beginnen Sie daher eine neue Sitzung mit demselben Briefing und fügen Sie dort die Antworten ein, die Sie behalten möchten.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>process %1 (%2) on %3 since %4</source>
        <translation>Prozess %1 (%2) auf %3 seit %4</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>einem unbekannten Rechner</translation>
    </message>
</context>
<context>
    <name>SessionRecovery</name>
    <message>
        <source>no recovery file could be reserved for this session</source>
        <translation>für diese Sitzung konnte keine Wiederherstellungsdatei reserviert werden</translation>
    </message>
    <message>
        <source>this is not a PromptDeck recovery file</source>
        <translation>das ist keine Wiederherstellungsdatei von PromptDeck</translation>
    </message>
    <message>
        <source>this recovery file is from a newer PromptDeck (format %1)</source>
        <translation>diese Wiederherstellungsdatei stammt aus einem neueren PromptDeck (Format %1)</translation>
    </message>
    <message>
        <source>The session&apos;s file is missing or unreadable; the recovered session has %1.</source>
        <translation>Die Datei der Sitzung fehlt oder ist nicht lesbar; die wiederhergestellte Sitzung hat %1.</translation>
    </message>
    <message>
        <source>%1 answer</source>
        <translation>%1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>The file now holds a session of another kit (&apos;%1&apos;, not &apos;%2&apos;).</source>
        <translation>Die Datei enthält jetzt eine Sitzung eines anderen Kits („%1“, nicht „%2“).</translation>
    </message>
    <message>
        <source>Brief: %1 differ.</source>
        <translation>Briefing: %1 unterscheiden sich.</translation>
    </message>
    <message>
        <source>Card %1, %2</source>
        <translation>Karte %1, %2</translation>
    </message>
    <message>
        <source>%1: an answer of %2 only in the recovered session.</source>
        <translation>%1: eine Antwort mit %2 nur in der wiederhergestellten Sitzung.</translation>
    </message>
    <message>
        <source>%1 character</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>%1: the answer in the file (%2) is not in the recovered session.</source>
        <translation>%1: die Antwort in der Datei (%2) fehlt in der wiederhergestellten Sitzung.</translation>
    </message>
    <message>
        <source>%1: the answers differ (recovered: %2; file: %3).</source>
        <translation>%1: die Antworten unterscheiden sich (wiederhergestellt: %2; Datei: %3).</translation>
    </message>
    <message>
        <source>%1: the same answer, but its history or state differs.</source>
        <translation>%1: dieselbe Antwort, aber Verlauf oder Zustand unterscheiden sich.</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>eine Wiederherstellungsdatei</translation>
    </message>
</context>
<context>
    <name>SessionReview</name>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 card is stale: %2.</source>
        <translation>%1 Karte ist veraltet: %2.</translation>
    </message>
    <message>
        <source>%1 cards are stale: %2.</source>
        <translation>%1 Karten sind veraltet: %2.</translation>
    </message>
    <message>
        <source>%1 answer is missing: %2.</source>
        <translation>%1 Antwort fehlt: %2.</translation>
    </message>
    <message>
        <source>%1 answers are missing: %2.</source>
        <translation>%1 Antworten fehlen: %2.</translation>
    </message>
    <message>
        <source>%1 check fails: %2.</source>
        <translation>%1 Prüfung wird nicht bestanden: %2.</translation>
    </message>
    <message>
        <source>%1 checks fail: %2.</source>
        <translation>%1 Prüfungen werden nicht bestanden: %2.</translation>
    </message>
</context>
<context>
    <name>SessionSerializer</name>
    <message>
        <source>the brief&apos;s &apos;%1&apos; must be text</source>
        <translation>„%1“ des Briefings muss Text sein</translation>
    </message>
    <message>
        <source>the brief&apos;s &apos;%1&apos; must be a whole number</source>
        <translation>„%1“ des Briefings muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the brief&apos;s &apos;%1&apos; must be a list</source>
        <translation>„%1“ des Briefings muss eine Liste sein</translation>
    </message>
    <message>
        <source>each item of the brief&apos;s &apos;%1&apos; must be text</source>
        <translation>jeder Eintrag von „%1“ des Briefings muss Text sein</translation>
    </message>
    <message>
        <source>each article of the brief&apos;s &apos;%1&apos; needs a title</source>
        <translation>jeder Artikel von „%1“ des Briefings braucht einen Titel</translation>
    </message>
    <message>
        <source>an answer must be an object</source>
        <translation>eine Antwort muss ein Objekt sein</translation>
    </message>
    <message>
        <source>an answer&apos;s text must be text</source>
        <translation>der Text einer Antwort muss Text sein</translation>
    </message>
    <message>
        <source>an answer&apos;s time must be a date and time like 2026-04-04T09:30:00Z</source>
        <translation>der Zeitpunkt einer Antwort muss ein Datum mit Uhrzeit sein, etwa 2026-04-04T09:30:00Z</translation>
    </message>
    <message>
        <source>unknown answer origin &apos;%1&apos;; read as &apos;pasted&apos;</source>
        <translation>unbekannte Herkunft „%1“ einer Antwort; gelesen als „pasted“</translation>
    </message>
    <message>
        <source>this is not a PromptDeck session: it has no format_version</source>
        <translation>das ist keine PromptDeck-Sitzung: sie hat keine format_version</translation>
    </message>
    <message>
        <source>format_version must be a positive whole number</source>
        <translation>format_version muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>this session was written by a newer PromptDeck (file format %1; this version reads format %2). Open it with a newer version; the file was not changed.</source>
        <translation>diese Sitzung wurde von einem neueren PromptDeck geschrieben (Dateiformat %1; diese Version liest Format %2). Öffnen Sie sie mit einer neueren Version; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the session has no kit (kit.source)</source>
        <translation>die Sitzung hat kein Kit (kit.source)</translation>
    </message>
    <message>
        <source>%1 (its kit)</source>
        <translation>%1 (ihr Kit)</translation>
    </message>
    <message>
        <source>the session has no brief (brief.fields)</source>
        <translation>die Sitzung hat kein Briefing (brief.fields)</translation>
    </message>
    <message>
        <source>the session&apos;s creation time is missing or unreadable</source>
        <translation>der Erstellungszeitpunkt der Sitzung fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>the kit has no card &apos;%1&apos;; its answers are kept in the file but not shown</source>
        <translation>das Kit hat keine Karte „%1“; ihre Antworten bleiben in der Datei, werden aber nicht gezeigt</translation>
    </message>
    <message>
        <source>not a valid session file (JSON): %1</source>
        <translation>keine gültige Sitzungsdatei (JSON): %1</translation>
    </message>
    <message>
        <source>not a PromptDeck session: the file is not a JSON object</source>
        <translation>keine PromptDeck-Sitzung: die Datei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the brief&apos;s &apos;%1&apos; is not a field of the kit; it is kept in the file but not used</source>
        <translation>„%1“ des Briefings ist kein Feld des Kits; es bleibt in der Datei, wird aber nicht verwendet</translation>
    </message>
    <message>
        <source>an answer&apos;s revision must be a whole number from 1 to %1</source>
        <translation>die Revision einer Antwort muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>this answer has %1 characters; an answer can have at most %2 (16 MiB), so the session cannot be opened. Shorten the answer in a text editor; the file was not changed.</source>
        <translation>diese Antwort hat %1 Zeichen; eine Antwort darf höchstens %2 (16 MiB) haben, daher kann die Sitzung nicht geöffnet werden. Kürzen Sie die Antwort in einem Texteditor; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the session&apos;s kit (kit.source) is %1, larger than the %2 limit of a kit; the session was not read</source>
        <translation>das Kit der Sitzung (kit.source) ist %1 groß, mehr als das Limit von %2 für ein Kit; die Sitzung wurde nicht gelesen</translation>
    </message>
    <message>
        <source>next_revision must be a whole number from 1 to %1</source>
        <translation>next_revision muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>this session was saved by an older PromptDeck, which recorded earlier answers by number; for %1 the earlier text is gone, and such an answer stays stale until you re-run or keep it</source>
        <translation>diese Sitzung wurde von einem älteren PromptDeck gespeichert, das frühere Antworten nach Nummer festhielt; bei %1 fehlt der frühere Text, und eine solche Antwort bleibt veraltet, bis Sie sie erneut ausführen oder behalten</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; it is not a text file</source>
        <translation>die Datei enthält ein NUL-Byte; sie ist keine Textdatei</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1); save it as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte 0x%1); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>the %1 file is %2, larger than the %3 limit; it was not read</source>
        <translation>die Datei ist %2 groß, mehr als das Limit von %3 für %1; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the %1 input is larger than the %2 limit; it was not read</source>
        <translation>die Eingabe ist größer als das Limit von %2 für %1; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 MiB (%2 bytes)</source>
        <translation>%1 MiB (%2 Byte)</translation>
    </message>
</context>
<context>
    <name>Suggestion</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie „%1“?)</translation>
    </message>
</context>
<context>
    <name>TopicalMap</name>
    <message>
        <source>brief</source>
        <translation>ein Briefing</translation>
    </message>
</context>
<context>
    <name>YamlMapReader</name>
    <message>
        <source>%1 must be a mapping of keys to values, not %2</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;; it is required</source>
        <translation>%1 hat kein „%2“; es ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty; it is required</source>
        <translation>„%1“ (%2) ist leer; es ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be text, not %3</source>
        <translation>„%1“ (%2) muss Text sein, nicht %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a whole number of at least %3</source>
        <translation>„%1“ (%2) muss eine ganze Zahl von mindestens %3 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be true or false</source>
        <translation>„%1“ (%2) muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a list, not %3</source>
        <translation>„%1“ (%2) muss eine Liste sein, nicht %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a mapping, not %3</source>
        <translation>„%1“ (%2) muss eine Zuordnung sein, nicht %3</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 is ignored%3</source>
        <translation>der unbekannte Schlüssel „%1“ (%2) wird ignoriert%3</translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); put everything in one</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument („---“); fassen Sie alles in einem zusammen</translation>
    </message>
    <message>
        <source>more than %1 aliases (&apos;*name&apos;); the file is refused to keep an alias ladder from exhausting memory</source>
        <translation>mehr als %1 Aliasse („*name“); die Datei wird abgelehnt, damit eine Alias-Kaskade nicht den Speicher erschöpft</translation>
    </message>
    <message>
        <source>this alias refers to a node that contains it (an alias cycle)</source>
        <translation>dieser Alias verweist auf einen Knoten, der ihn enthält (ein Alias-Kreis)</translation>
    </message>
    <message>
        <source>the aliases expand to more than %1 nodes (an alias ladder?); the file is refused</source>
        <translation>die Aliasse ergeben mehr als %1 Knoten (eine Alias-Kaskade?); die Datei wird abgelehnt</translation>
    </message>
    <message>
        <source>the file has more than %1 nodes; it is refused</source>
        <translation>die Datei hat mehr als %1 Knoten; sie wird abgelehnt</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; the file is refused</source>
        <translation>die Verschachtelung ist tiefer als %1 Ebenen; die Datei wird abgelehnt</translation>
    </message>
    <message>
        <source>the anchors and aliases expand to more than %1 nodes; the file is refused</source>
        <translation>die Anker und Aliasse ergeben mehr als %1 Knoten; die Datei wird abgelehnt</translation>
    </message>
    <message>
        <source>a key must be plain text, not %1</source>
        <translation>ein Schlüssel muss einfacher Text sein, nicht %1</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice in this mapping</source>
        <translation>der Schlüssel „%1“ kommt in dieser Zuordnung zweimal vor</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
</context>
</TS>
