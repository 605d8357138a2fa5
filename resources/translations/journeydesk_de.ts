<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AboutText</name>
        <message>
            <source>Apache-2.0 and MIT</source>
            <translation>Apache-2.0 und MIT</translation>
        </message>
        <message>
            <source>Unicode licence and MIT</source>
            <translation>Unicode-Lizenz und MIT</translation>
        </message>
        <message>
            <source>Noto Sans, Noto Sans Arabic, Hebrew, Thai and Devanagari (The Noto Project Authors): SIL Open Font License 1.1</source>
            <translation>Noto Sans, Noto Sans Arabic, Hebrew, Thai und Devanagari (The Noto Project Authors): SIL Open Font License 1.1</translation>
        </message>
        <message>
            <source>Twemoji Mozilla: emoji artwork by Twitter, Inc and other contributors, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); font build by Mozilla, Apache License 2.0</source>
            <translation>Twemoji Mozilla: Emoji-Grafiken von Twitter, Inc und weiteren Mitwirkenden, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); Schriftfassung von Mozilla, Apache License 2.0</translation>
        </message>
        <message>
            <source>Symbola (George Douros): free for any use</source>
            <translation>Symbola (George Douros): frei für jede Verwendung</translation>
        </message>
        <message>
            <source>%1 on Qt %2</source>
            <comment>PySide's version on Qt's</comment>
            <translation>%1 auf Qt %2</translation>
        </message>
        <message>
            <source>version unknown</source>
            <translation>Version unbekannt</translation>
        </message>
        <message>
            <source>Customer journey maps for workshops: offline, on the wall screen and on paper.</source>
            <translation>Customer Journey Maps für Workshops: offline, auf dem Großbildschirm und auf Papier.</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms. It comes with no warranty.</source>
            <translation>Freie Software unter der GNU General Public License, Version 3 oder später: Sie dürfen sie nach deren Bedingungen weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
        </message>
        <message>
            <source>Built with:
%1</source>
            <translation>Erstellt mit:
%1</translation>
        </message>
        <message>
            <source>Fonts:
%1</source>
            <translation>Schriften:
%1</translation>
        </message>
        <message>
            <source>The licences are in the LICENSE file and the fonts folder of JourneyDesk's resources.</source>
            <translation>Die Lizenzen stehen in der Datei LICENSE und im Schriftenordner der Ressourcen von JourneyDesk.</translation>
        </message>
    </context>
    <context>
        <name>ArgparseText</name>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Positionsargumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist erforderlich</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit Argument %s erlaubt</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>angegebenes Argument %r ignoriert</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ein Argument erwartet</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>höchstens ein Argument erwartet</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>mindestens ein Argument erwartet</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger %(type)s-Wert: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>The recovery copy could not be written: %1 Save the map to be safe.</source>
            <translation>Die Wiederherstellungskopie konnte nicht geschrieben werden: %1 Speichern Sie die Map sicherheitshalber.</translation>
        </message>
    </context>
    <context>
        <name>BulkCardForm</name>
        <message>
            <source>Colour of the selected cards</source>
            <translation>Farbe der ausgewählten Karten</translation>
        </message>
        <message>
            <source>Gives every selected card this colour</source>
            <translation>Gibt allen ausgewählten Karten diese Farbe</translation>
        </message>
        <message>
            <source>Add tags</source>
            <translation>Tags hinzufügen</translation>
        </message>
        <message>
            <source>Tags to add to every selected card, separated by commas; Enter adds them</source>
            <translation>Tags für alle ausgewählten Karten, durch Kommas getrennt; die Eingabetaste fügt sie hinzu</translation>
        </message>
        <message>
            <source>e.g. quick win, web (Enter adds)</source>
            <translation>z. B. Quick Win, Web (Eingabetaste fügt hinzu)</translation>
        </message>
        <message>
            <source>Remove tags</source>
            <translation>Tags entfernen</translation>
        </message>
        <message>
            <source>Tags to remove from every selected card; Enter removes them</source>
            <translation>Tags, die von allen ausgewählten Karten entfernt werden; die Eingabetaste entfernt sie</translation>
        </message>
        <message>
            <source>Owner of the selected cards</source>
            <translation>Verantwortlich für die ausgewählten Karten</translation>
        </message>
        <message>
            <source>Who follows up every selected card</source>
            <translation>Wer sich um alle ausgewählten Karten kümmert</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>Farbe:</translation>
        </message>
        <message>
            <source>&amp;Add tags:</source>
            <translation>Tags &amp;hinzufügen:</translation>
        </message>
        <message>
            <source>&amp;Remove tags:</source>
            <translation>Tags &amp;entfernen:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>Who follows these up</source>
            <translation>Wer sich darum kümmert</translation>
        </message>
        <message>
            <source>(various owners)</source>
            <translation>(verschiedene Verantwortliche)</translation>
        </message>
        <message>
            <source>(no tags)</source>
            <translation>(keine Tags)</translation>
        </message>
        <message numerus="yes">
            <source>Colour of %n Card(s)</source>
            <translation>
                <numerusform>Farbe von %n Karte</numerusform>
                <numerusform>Farbe von %n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>A card would have %1 tags; a card holds at most %2. Nothing was changed.</source>
            <translation>Eine Karte hätte %1 Tags; eine Karte fasst höchstens %2. Es wurde nichts geändert.</translation>
        </message>
        <message numerus="yes">
            <source>Tags of %n Card(s)</source>
            <translation>
                <numerusform>Tags von %n Karte</numerusform>
                <numerusform>Tags von %n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>The owner is %1 characters; an owner holds at most %2.</source>
            <translation>Die Angabe der verantwortlichen Person hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
        </message>
        <message numerus="yes">
            <source>Owner of %n Card(s)</source>
            <translation>
                <numerusform>Verantwortlich für %n Karte</numerusform>
                <numerusform>Verantwortlich für %n Karten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CanvasAccessibleText</name>
        <message>
            <source>untitled</source>
            <translation>ohne Titel</translation>
        </message>
        <message>
            <source>Journey map: %1</source>
            <translation>Journey Map: %1</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Journey Map</translation>
        </message>
        <message>
            <source>Stage %1 of %2: %3</source>
            <translation>Phase %1 von %2: %3</translation>
        </message>
        <message>
            <source>Lane %1 of %2: %3</source>
            <translation>Bahn %1 von %2: %3</translation>
        </message>
        <message>
            <source>Empty card</source>
            <translation>Leere Karte</translation>
        </message>
        <message>
            <source>Stages run across and lanes down; each lane lists its cards. Arrow keys move between cards, Enter edits the selected card and N adds one to the current cell.</source>
            <translation>Die Phasen verlaufen von links nach rechts, die Bahnen von oben nach unten; jede Bahn listet ihre Karten auf. Mit den Pfeiltasten wechseln Sie zwischen den Karten, die Eingabetaste bearbeitet die ausgewählte Karte und N fügt der aktuellen Zelle eine Karte hinzu.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s).</source>
            <translation>
                <numerusform>%n Karte.</numerusform>
                <numerusform>%n Karten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Ziel: %1</translation>
        </message>
        <message>
            <source>A divider between lanes.</source>
            <translation>Eine Trennlinie zwischen Bahnen.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) in this lane.</source>
            <translation>
                <numerusform>%n Karte in dieser Bahn.</numerusform>
                <numerusform>%n Karten in dieser Bahn.</numerusform>
            </translation>
        </message>
        <message>
            <source>Emotion curve.</source>
            <translation>Emotionskurve.</translation>
        </message>
        <message>
            <source>Persona: %1.</source>
            <translation>Persona: %1.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Scores: %1.</source>
            <translation>Werte: %1.</translation>
        </message>
        <message>
            <source>No scores yet.</source>
            <translation>Noch keine Werte.</translation>
        </message>
        <message>
            <source>Stage %1, lane %2, card %3 of %4 in this cell.</source>
            <translation>Phase %1, Bahn %2, Karte %3 von %4 in dieser Zelle.</translation>
        </message>
        <message>
            <source>Tags: %1.</source>
            <translation>Tags: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s).</source>
            <translation>
                <numerusform>%n Punkt.</numerusform>
                <numerusform>%n Punkte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) in the latest voting round.</source>
            <translation>
                <numerusform>%n Punkt in der letzten Abstimmungsrunde.</numerusform>
                <numerusform>%n Punkte in der letzten Abstimmungsrunde.</numerusform>
            </translation>
        </message>
        <message>
            <source>Owner: %1.</source>
            <translation>Verantwortlich: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Lane %1, stage %2: %n card(s)</source>
            <translation>
                <numerusform>Bahn %1, Phase %2: %n Karte</numerusform>
                <numerusform>Bahn %1, Phase %2: %n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>Editing the card %1. Enter keeps the text, Escape cancels.</source>
            <translation>Sie bearbeiten die Karte %1. Die Eingabetaste übernimmt den Text, Escape bricht ab.</translation>
        </message>
        <message>
            <source>New card in lane %1, stage %2. Type its text; Enter keeps it, Escape cancels.</source>
            <translation>Neue Karte in Bahn %1, Phase %2. Geben Sie den Text ein; die Eingabetaste übernimmt ihn, Escape bricht ab.</translation>
        </message>
    </context>
    <context>
        <name>CanvasEditor</name>
        <message>
            <source>Duplicate Card</source>
            <translation>Karte duplizieren</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n Card(s)</source>
            <translation>
                <numerusform>%n Karte duplizieren</numerusform>
                <numerusform>%n Karten duplizieren</numerusform>
            </translation>
        </message>
        <message>
            <source>A card holds at most %1 characters; a pasted line has %2. Nothing was pasted.</source>
            <translation>Eine Karte fasst höchstens %1 Zeichen; eine eingefügte Zeile hat %2. Es wurde nichts eingefügt.</translation>
        </message>
        <message>
            <source>Paste Card</source>
            <translation>Karte einfügen</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n Card(s)</source>
            <translation>
                <numerusform>%n Karte einfügen</numerusform>
                <numerusform>%n Karten einfügen</numerusform>
            </translation>
        </message>
        <message>
            <source>A card holds at most %1 characters; this text has %2. Shorten it, or paste it into a cell to make one card per line.</source>
            <translation>Eine Karte fasst höchstens %1 Zeichen; dieser Text hat %2. Kürzen Sie ihn oder fügen Sie ihn in eine Zelle ein, um pro Zeile eine Karte anzulegen.</translation>
        </message>
        <message>
            <source>Add Card</source>
            <translation>Karte hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>CardEditorItem</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>E&amp;infügen</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Alles &amp;markieren</translation>
        </message>
    </context>
    <context>
        <name>CardForm</name>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>What the customer does, thinks or feels</source>
            <translation>Was der Kunde tut, denkt oder fühlt</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. quick win, web</source>
            <translation>Durch Kommas getrennt, z. B. Quick Win, Web</translation>
        </message>
        <message>
            <source>Who follows this up</source>
            <translation>Wer sich darum kümmert</translation>
        </message>
        <message>
            <source>Evidence, source, quotes</source>
            <translation>Belege, Quelle, Zitate</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>Card text</source>
            <translation>Kartentext</translation>
        </message>
        <message>
            <source>What the card says on the map</source>
            <translation>Was auf der Karte steht</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>Farbe:</translation>
        </message>
        <message>
            <source>Card colour</source>
            <translation>Kartenfarbe</translation>
        </message>
        <message>
            <source>The card's colour, or its lane's colour</source>
            <translation>Die Farbe der Karte oder die ihrer Bahn</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>Ta&amp;gs:</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>The card's tags, separated by commas</source>
            <translation>Die Tags der Karte, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>&amp;Votes:</source>
            <translation>&amp;Punkte:</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>How many dots the card has from dot voting</source>
            <translation>Wie viele Punkte die Karte bei der Punktabfrage erhalten hat</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Who follows the card up</source>
            <translation>Wer sich um die Karte kümmert</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>Card notes</source>
            <translation>Notizen zur Karte</translation>
        </message>
        <message>
            <source>Evidence, sources and quotes behind the card</source>
            <translation>Belege, Quellen und Zitate zur Karte</translation>
        </message>
        <message>
            <source>The text is %1 characters; a card holds at most %2.</source>
            <translation>Der Text hat %1 Zeichen; eine Karte fasst höchstens %2.</translation>
        </message>
        <message>
            <source>The notes are %1 characters; a card's notes hold at most %2.</source>
            <translation>Die Notizen haben %1 Zeichen; die Notizen einer Karte fassen höchstens %2.</translation>
        </message>
        <message>
            <source>The owner is %1 characters; an owner holds at most %2.</source>
            <translation>Die Angabe der verantwortlichen Person hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
        </message>
        <message>
            <source>untitled lane</source>
            <translation>unbenannte Bahn</translation>
        </message>
        <message>
            <source>untitled stage</source>
            <translation>unbenannte Phase</translation>
        </message>
        <message>
            <source>Lane: %1 · Stage: %2</source>
            <translation>Bahn: %1 · Phase: %2</translation>
        </message>
    </context>
    <context>
        <name>CardSheetText</name>
        <message>
            <source>Card sheets print on sheets of paper, not on a roll.</source>
            <translation>Kartenblätter werden auf einzelne Blätter gedruckt, nicht auf eine Rolle.</translation>
        </message>
        <message>
            <source>A %1 mm note does not fit on this paper inside its margins.</source>
            <translation>Eine Haftnotiz von %1 mm passt innerhalb der Ränder nicht auf dieses Papier.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n Punkt</numerusform>
                <numerusform>%n Punkte</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 und %2 weitere</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) did not fit a %1 mm note even in 9 pt, so the text is cut short with '…': %2.</source>
            <translation>
                <numerusform>%n Karte passte selbst in 9 pt nicht auf eine Haftnotiz von %1 mm; ihr Text ist daher mit '…' gekürzt: %2.</numerusform>
                <numerusform>%n Karten passten selbst in 9 pt nicht auf eine Haftnotiz von %1 mm; ihr Text ist daher mit '…' gekürzt: %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 card sheets</source>
            <translation>%1 – Kartenblätter</translation>
        </message>
        <message>
            <source>Card sheets</source>
            <translation>Kartenblätter</translation>
        </message>
    </context>
    <context>
        <name>CliText</name>
        <message>
            <source>create a project file from a template</source>
            <translation>eine Projektdatei aus einer Vorlage erstellen</translation>
        </message>
        <message>
            <source>list the templates that 'new' can use</source>
            <translation>die Vorlagen auflisten, die 'new' verwenden kann</translation>
        </message>
        <message>
            <source>check that project files open without problems</source>
            <translation>prüfen, ob sich Projektdateien fehlerfrei öffnen lassen</translation>
        </message>
        <message>
            <source>the desktop app cannot start because %1.</source>
            <translation>die Desktop-App kann nicht starten: %1.</translation>
        </message>
        <message>
            <source>%1 Did you mean '%2'?</source>
            <translation>%1 Meinten Sie '%2'?</translation>
        </message>
        <message>
            <source>unexpected argument '%1' after %2; the commands are %3.</source>
            <translation>unerwartetes Argument '%1' nach %2; die Befehle sind %3.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 existiert nicht.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a project file.</source>
            <translation>%1 ist ein Ordner, keine Projektdatei.</translation>
        </message>
        <message>
            <source>there is no template '%1'; the templates are %2 (see '%3 templates').</source>
            <translation>es gibt keine Vorlage '%1'; die Vorlagen sind %2 (siehe '%3 templates').</translation>
        </message>
        <message>
            <source>%1 is a folder; give the name of the file to create.</source>
            <translation>%1 ist ein Ordner; geben Sie den Namen der zu erstellenden Datei an.</translation>
        </message>
        <message>
            <source>%1 already exists; use --force to replace it.</source>
            <translation>%1 existiert bereits; verwenden Sie --force, um die Datei zu ersetzen.</translation>
        </message>
        <message>
            <source>a persona's name is %1 to %2 characters long.</source>
            <translation>der Name einer Persona ist %1 bis %2 Zeichen lang.</translation>
        </message>
        <message>
            <source>%1 was not created. %2</source>
            <translation>%1 wurde nicht erstellt. %2</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n Phase</numerusform>
                <numerusform>%n Phasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n Bahn</numerusform>
                <numerusform>%n Bahnen</numerusform>
            </translation>
        </message>
        <message>
            <source>Created %1 from the '%2' template (%3, %4, the journey of %5).</source>
            <translation>%1 aus der Vorlage '%2' erstellt (%3, %4, die Journey von %5).</translation>
        </message>
        <message>
            <source>Created %1 from the '%2' template (%3, %4).</source>
            <translation>%1 aus der Vorlage '%2' erstellt (%3, %4).</translation>
        </message>
        <message>
            <source>%1: OK (%2)</source>
            <translation>%1: OK (%2)</translation>
        </message>
        <message>
            <source>open the app</source>
            <translation>die App öffnen</translation>
        </message>
        <message>
            <source>open a project in the app</source>
            <translation>ein Projekt in der App öffnen</translation>
        </message>
        <message>
            <source>Run '%1 COMMAND --help' for the options of a command. To open a file named like a command, give its path: %1 ./info</source>
            <translation>'%1 COMMAND --help' zeigt die Optionen eines Befehls. Um eine Datei zu öffnen, die wie ein Befehl heißt, geben Sie ihren Pfad an: %1 ./info</translation>
        </message>
        <message>
            <source>commands:</source>
            <translation>Befehle:</translation>
        </message>
        <message>
            <source>examples:</source>
            <translation>Beispiele:</translation>
        </message>
        <message>
            <source>Offline customer journey mapping for workshop facilitators.</source>
            <translation>Customer Journey Mapping offline, für die Moderation von Workshops.</translation>
        </message>
        <message>
            <source>With no command, JourneyDesk opens the desktop app, on FILE (a .journey project) if one is given. The commands work in the terminal and never open a window.</source>
            <translation>Ohne Befehl öffnet JourneyDesk die Desktop-App, mit FILE (einem .journey-Projekt), falls angegeben. Die Befehle arbeiten im Terminal und öffnen nie ein Fenster.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>die Version anzeigen und beenden</translation>
        </message>
        <message>
            <source>example:</source>
            <translation>Beispiel:</translation>
        </message>
        <message>
            <source>the template to start from (default: blank); see '%1 templates'</source>
            <translation>die Vorlage, mit der Sie beginnen (Standard: blank); siehe '%1 templates'</translation>
        </message>
        <message>
            <source>the project title (default: the template's)</source>
            <translation>der Projekttitel (Standard: der Titel der Vorlage)</translation>
        </message>
        <message>
            <source>the persona whose journey the map tells</source>
            <translation>die Persona, deren Journey die Map erzählt</translation>
        </message>
        <message>
            <source>replace OUT.journey if it exists</source>
            <translation>OUT.journey ersetzen, falls vorhanden</translation>
        </message>
        <message>
            <source>the file to create</source>
            <translation>die zu erstellende Datei</translation>
        </message>
        <message>
            <source>a project file</source>
            <translation>eine Projektdatei</translation>
        </message>
    </context>
    <context>
        <name>CommandText</name>
        <message>
            <source>Add Stage</source>
            <translation>Phase hinzufügen</translation>
        </message>
        <message>
            <source>Add Lane</source>
            <translation>Bahn hinzufügen</translation>
        </message>
        <message>
            <source>Delete Stage</source>
            <translation>Phase löschen</translation>
        </message>
        <message>
            <source>Delete Lane</source>
            <translation>Bahn löschen</translation>
        </message>
        <message>
            <source>Move Stage</source>
            <translation>Phase verschieben</translation>
        </message>
        <message>
            <source>Move Lane</source>
            <translation>Bahn verschieben</translation>
        </message>
        <message>
            <source>Edit Stage</source>
            <translation>Phase bearbeiten</translation>
        </message>
        <message>
            <source>Edit Lane</source>
            <translation>Bahn bearbeiten</translation>
        </message>
        <message>
            <source>Clear Feeling</source>
            <translation>Gefühl entfernen</translation>
        </message>
        <message>
            <source>Set Feeling</source>
            <translation>Gefühl festlegen</translation>
        </message>
        <message>
            <source>Edit Card Text</source>
            <translation>Kartentext bearbeiten</translation>
        </message>
        <message>
            <source>Change Card Colour</source>
            <translation>Kartenfarbe ändern</translation>
        </message>
        <message>
            <source>Edit Card Tags</source>
            <translation>Tags der Karte bearbeiten</translation>
        </message>
        <message>
            <source>Change Votes</source>
            <translation>Punkte ändern</translation>
        </message>
        <message>
            <source>Change Card Owner</source>
            <translation>Verantwortliche Person ändern</translation>
        </message>
        <message>
            <source>Edit Card Notes</source>
            <translation>Kartennotizen bearbeiten</translation>
        </message>
        <message>
            <source>Edit Card</source>
            <translation>Karte bearbeiten</translation>
        </message>
        <message numerus="yes">
            <source>Add %n Card(s)</source>
            <translation>
                <numerusform>%n Karte hinzufügen</numerusform>
                <numerusform>%n Karten hinzufügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n Card(s)</source>
            <translation>
                <numerusform>%n Karte löschen</numerusform>
                <numerusform>%n Karten löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n Card(s)</source>
            <translation>
                <numerusform>%n Karte verschieben</numerusform>
                <numerusform>%n Karten verschieben</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Project Properties</source>
            <translation>Projekteigenschaften bearbeiten</translation>
        </message>
        <message>
            <source>Start Vote Round</source>
            <translation>Abstimmungsrunde starten</translation>
        </message>
        <message>
            <source>Place Dot</source>
            <translation>Punkt setzen</translation>
        </message>
        <message>
            <source>Remove Dot</source>
            <translation>Punkt entfernen</translation>
        </message>
        <message>
            <source>End Vote Round</source>
            <translation>Abstimmungsrunde beenden</translation>
        </message>
        <message>
            <source>Delete Vote Round</source>
            <translation>Abstimmungsrunde löschen</translation>
        </message>
        <message>
            <source>That vote round is no longer on the map.</source>
            <translation>Diese Abstimmungsrunde ist nicht mehr auf der Map.</translation>
        </message>
    </context>
    <context>
        <name>CommitTextEdit</name>
        <message>
            <source>Ctrl+Return or leaving the field keeps the change</source>
            <translation>Strg+Eingabe oder Verlassen des Felds übernimmt die Änderung</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare with Current State</source>
            <translation>Mit Ist-Zustand vergleichen</translation>
        </message>
        <message>
            <source>Dashed grey: %1. Solid: %2.</source>
            <translation>Grau gestrichelt: %1. Durchgezogen: %2.</translation>
        </message>
        <message>
            <source>the current state</source>
            <translation>der Ist-Zustand</translation>
        </message>
        <message>
            <source>the future state</source>
            <translation>der Soll-Zustand</translation>
        </message>
        <message>
            <source>Changes by stage</source>
            <translation>Änderungen nach Phase</translation>
        </message>
        <message>
            <source>Each stage's feeling now and then, and the cards added, removed or changed</source>
            <translation>Das Gefühl jeder Phase jetzt und künftig sowie die hinzugefügten, entfernten oder geänderten Karten</translation>
        </message>
        <message>
            <source>Stage and changes</source>
            <translation>Phase und Änderungen</translation>
        </message>
        <message>
            <source>Feeling now → then</source>
            <translation>Gefühl jetzt → künftig</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Added: %1</source>
            <translation>Hinzugefügt: %1</translation>
        </message>
        <message>
            <source>Removed: %1</source>
            <translation>Entfernt: %1</translation>
        </message>
        <message>
            <source>Changed: %1 → %2</source>
            <translation>Geändert: %1 → %2</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Keine Änderung</translation>
        </message>
        <message>
            <source>Close the comparison</source>
            <translation>Vergleich schließen</translation>
        </message>
    </context>
    <context>
        <name>ContentText</name>
        <message>
            <source>Journey map</source>
            <translation>Journey Map</translation>
        </message>
        <message>
            <source>Future state</source>
            <translation>Soll-Zustand</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Ist-Zustand</translation>
        </message>
        <message>
            <source>Compared with the current state: %1</source>
            <translation>Im Vergleich zum Ist-Zustand: %1</translation>
        </message>
        <message>
            <source>Compared with the future state: %1</source>
            <translation>Im Vergleich zum Soll-Zustand: %1</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Map ohne Titel</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
    </context>
    <context>
        <name>ConversionText</name>
        <message>
            <source>• %1</source>
            <comment>one note in a list</comment>
            <translation>• %1</translation>
        </message>
        <message numerus="yes">
            <source>…and %Ln more.</source>
            <translation>
                <numerusform>…und %Ln weiterer.</numerusform>
                <numerusform>…und %Ln weitere.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConvertCommandText</name>
        <message>
            <source>convert a map to or from CSV, TSV, Mermaid and other journey-map formats</source>
            <translation>eine Map in oder aus CSV, TSV, Mermaid und anderen Journey-Map-Formaten umwandeln</translation>
        </message>
        <message>
            <source>the file to read</source>
            <translation>die zu lesende Datei</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>die zu schreibende Datei</translation>
        </message>
        <message>
            <source>IN's format (default: its extension)</source>
            <translation>das Format von IN (Standard: nach Dateiendung)</translation>
        </message>
        <message>
            <source>OUT's format (default: its extension)</source>
            <translation>das Format von OUT (Standard: nach Dateiendung)</translation>
        </message>
        <message>
            <source>replace OUT if it exists</source>
            <translation>OUT ersetzen, falls vorhanden</translation>
        </message>
        <message>
            <source>formats:</source>
            <translation>Formate:</translation>
        </message>
        <message>
            <source>%1 already exists; use --force to replace it.</source>
            <translation>%1 existiert bereits; verwenden Sie --force, um die Datei zu ersetzen.</translation>
        </message>
        <message>
            <source>IN and OUT are the same file; give another name for OUT.</source>
            <translation>IN und OUT sind dieselbe Datei; geben Sie für OUT einen anderen Namen an.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>%1 geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>ConvertNoteText</name>
        <message>
            <source>%1 (from %2 to %3 characters)</source>
            <comment>what was cut</comment>
            <translation>%1 (von %2 auf %3 Zeichen)</translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) longer than JourneyDesk allows, cut short: %1.</source>
            <translation>
                <numerusform>%n Text ist länger, als JourneyDesk erlaubt, und wurde gekürzt: %1.</numerusform>
                <numerusform>%n Texte sind länger, als JourneyDesk erlaubt, und wurden gekürzt: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>'%1'</source>
            <comment>a name quoted</comment>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>the end of a list</comment>
            <translation>%1 und %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <comment>a list cut short</comment>
            <translation>
                <numerusform>%1 und %n weitere</numerusform>
                <numerusform>%1 und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) had notes, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n Karte hatte Notizen, die %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
                <numerusform>%n Karten hatten Notizen, die %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) had tags, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n Karte hatte Tags, die %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
                <numerusform>%n Karten hatten Tags, die %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) had votes, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n Karte hatte Punkte, die %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
                <numerusform>%n Karten hatten Punkte, die %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) had an owner, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n Karte hatte einen Verantwortlichen, den %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
                <numerusform>%n Karten hatten einen Verantwortlichen, den %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) had a colour of its own, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n Karte hatte eine eigene Farbe, die %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
                <numerusform>%n Karten hatten eine eigene Farbe, die %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cannot hold the project's title; it was left out.</source>
            <translation>%1 kann den Titel des Projekts nicht aufnehmen; er wurde weggelassen.</translation>
        </message>
        <message>
            <source>%1 cannot hold the project's description; it was left out.</source>
            <translation>%1 kann die Beschreibung des Projekts nicht aufnehmen; sie wurde weggelassen.</translation>
        </message>
        <message>
            <source>%1 cannot hold the map's scenario; it was left out.</source>
            <translation>%1 kann das Szenario der Map nicht aufnehmen; es wurde weggelassen.</translation>
        </message>
        <message>
            <source>%1 cannot hold the map's notes; it was left out.</source>
            <translation>%1 kann die Notizen der Map nicht aufnehmen; sie wurden weggelassen.</translation>
        </message>
        <message>
            <source>%1 cannot hold the other personas' emotion curves; it was left out.</source>
            <translation>%1 kann die Emotionskurven der weiteren Personas nicht aufnehmen; sie wurden weggelassen.</translation>
        </message>
        <message>
            <source>%1 cannot hold the map's dot-voting rounds; it was left out.</source>
            <translation>%1 kann die Abstimmungsrunden der Map nicht aufnehmen; sie wurden weggelassen.</translation>
        </message>
        <message>
            <source>%1 cannot hold the map's mark as a future state; it was left out.</source>
            <translation>%1 kann die Kennzeichnung der Map als Soll-Zustand nicht aufnehmen; sie wurde weggelassen.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>Bedürfnisse</translation>
        </message>
        <message>
            <source>frustrations</source>
            <translation>Frustrationen</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>Foto</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s) had a description or goal, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n Phase hatte eine Beschreibung oder ein Ziel, die %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
                <numerusform>%n Phasen hatten Beschreibungen oder Ziele, die %2 nicht aufnehmen kann; weggelassen: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 keeps a persona's %2 only; the %3 of persona %4 were left out.</source>
            <translation>%1 übernimmt von einer Persona nur: %2. Weggelassen bei Persona %4: %3.</translation>
        </message>
    </context>
    <context>
        <name>CornerItemText</name>
        <message>
            <source>The map: click to edit its title, scenario and notes</source>
            <translation>Die Map: Klicken Sie, um Titel, Szenario und Notizen zu bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>CoverageText</name>
        <message>
            <source>%1 in %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <source>and %n more place(s)</source>
            <translation>
                <numerusform>und %n weitere Stelle</numerusform>
                <numerusform>und %n weitere Stellen</numerusform>
            </translation>
        </message>
        <message>
            <source>Some characters are in no bundled font and will be left blank on the poster: %1.</source>
            <translation>Einige Zeichen sind in keiner mitgelieferten Schrift enthalten und bleiben auf dem Poster leer: %1.</translation>
        </message>
        <message>
            <source>the map's title</source>
            <translation>Titel der Map</translation>
        </message>
        <message>
            <source>the scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>the project's title</source>
            <translation>Titel des Projekts</translation>
        </message>
        <message>
            <source>persona '%1'</source>
            <translation>Persona '%1'</translation>
        </message>
        <message>
            <source>stage '%1'</source>
            <translation>Phase '%1'</translation>
        </message>
        <message>
            <source>lane '%1'</source>
            <translation>Bahn '%1'</translation>
        </message>
        <message>
            <source>card '%1' (lane '%2', stage '%3')</source>
            <translation>Karte '%1' (Bahn '%2', Phase '%3')</translation>
        </message>
    </context>
    <context>
        <name>CrashText</name>
        <message>
            <source>Something went wrong inside JourneyDesk, and the last action may not have finished (%1). Your map was also written to a recovery copy, which JourneyDesk offers the next time it starts. To be safe, save the map now, under a new name if you like.

If this happens again, please send the details to the JourneyDesk team.</source>
            <translation>In JourneyDesk ist ein Fehler aufgetreten, und die letzte Aktion wurde möglicherweise nicht abgeschlossen (%1). Ihre Map wurde außerdem in eine Wiederherstellungskopie geschrieben, die JourneyDesk beim nächsten Start anbietet. Speichern Sie die Map sicherheitshalber jetzt, gern auch unter einem neuen Namen.

Wenn das erneut passiert, senden Sie bitte die Details an das JourneyDesk-Team.</translation>
        </message>
        <message>
            <source>Something went wrong inside JourneyDesk, and the last action may not have finished (%1). Your map is still open. To be safe, save the map now, under a new name if you like.

If this happens again, please send the details to the JourneyDesk team.</source>
            <translation>In JourneyDesk ist ein Fehler aufgetreten, und die letzte Aktion wurde möglicherweise nicht abgeschlossen (%1). Ihre Map ist weiterhin geöffnet. Speichern Sie die Map sicherheitshalber jetzt, gern auch unter einem neuen Namen.

Wenn das erneut passiert, senden Sie bitte die Details an das JourneyDesk-Team.</translation>
        </message>
        <message>
            <source>Unexpected Error</source>
            <translation>Unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Copy Details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Copy the details to send them to the team</source>
            <translation>Die Details kopieren, um sie an das Team zu senden</translation>
        </message>
    </context>
    <context>
        <name>CurvesWidget</name>
        <message>
            <source>Feeling curves</source>
            <translation>Emotionskurven</translation>
        </message>
        <message>
            <source>The current state's feelings per stage (grey, dashed) and the future state's (solid), from frustrated to delighted</source>
            <translation>Die Gefühle je Phase im Ist-Zustand (grau gestrichelt) und im Soll-Zustand (durchgezogen), von frustriert bis begeistert</translation>
        </message>
    </context>
    <context>
        <name>DiskChanges</name>
        <message>
            <source>File Removed</source>
            <translation>Datei entfernt</translation>
        </message>
        <message>
            <source>%1 was removed or renamed by another program. The map is still open here; save it to write the file again.</source>
            <translation>%1 wurde von einem anderen Programm entfernt oder umbenannt. Die Map ist hier weiterhin geöffnet; speichern Sie sie, um die Datei neu zu schreiben.</translation>
        </message>
        <message>
            <source>%1 was changed by another program while it was open here. Reload it from disk, or keep the map you are editing? The changes you have not saved here would be lost.</source>
            <translation>%1 wurde von einem anderen Programm geändert, während die Datei hier geöffnet war. Von der Festplatte neu laden oder die Map behalten, die Sie gerade bearbeiten? Ihre hier nicht gespeicherten Änderungen gingen beim Neuladen verloren.</translation>
        </message>
        <message>
            <source>%1 was changed by another program while it was open here. Reload it from disk, or keep the map you are editing?</source>
            <translation>%1 wurde von einem anderen Programm geändert, während die Datei hier geöffnet war. Von der Festplatte neu laden oder die Map behalten, die Sie gerade bearbeiten?</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>Replace with Mine</source>
            <translation>Durch meine ersetzen</translation>
        </message>
        <message>
            <source>Keep Mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>Datei auf der Festplatte geändert</translation>
        </message>
        <message>
            <source>Cannot Reload Map</source>
            <translation>Map kann nicht neu geladen werden</translation>
        </message>
        <message>
            <source>%1 could not be read again, so the map you were editing stays open.

%2</source>
            <translation>%1 konnte nicht erneut gelesen werden; die Map, die Sie bearbeitet haben, bleibt daher geöffnet.

%2</translation>
        </message>
        <message>
            <source>Reloaded %1 from disk</source>
            <translation>%1 von der Festplatte neu geladen</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Untitled map</source>
            <translation>Unbenannte Map</translation>
        </message>
        <message>
            <source>The project could not be saved because it holds something JourneyDesk could not read back: %1 The file on disk is unchanged.</source>
            <translation>Das Projekt konnte nicht gespeichert werden, weil es etwas enthält, das JourneyDesk nicht wieder einlesen konnte: %1 Die Datei auf dem Datenträger ist unverändert.</translation>
        </message>
    </context>
    <context>
        <name>EditRuleText</name>
        <message>
            <source>That place is no longer on the map (its stage or lane was deleted).</source>
            <translation>Diese Stelle ist nicht mehr auf der Map (ihre Phase oder Bahn wurde gelöscht).</translation>
        </message>
        <message>
            <source>The lane “%1” is a divider line; it holds no cards.</source>
            <translation>Die Bahn „%1“ ist eine Trennlinie; sie nimmt keine Karten auf.</translation>
        </message>
        <message>
            <source>Divider</source>
            <translation>Trennlinie</translation>
        </message>
        <message numerus="yes">
            <source>This lane holds %n card(s); move them elsewhere before making it a divider line.</source>
            <translation>
                <numerusform>Diese Bahn enthält %n Karte; verschieben Sie sie, bevor Sie die Bahn zur Trennlinie machen.</numerusform>
                <numerusform>Diese Bahn enthält %n Karten; verschieben Sie sie, bevor Sie die Bahn zur Trennlinie machen.</numerusform>
            </translation>
        </message>
        <message>
            <source>That stage is no longer on the map.</source>
            <translation>Diese Phase ist nicht mehr auf der Map.</translation>
        </message>
        <message>
            <source>That persona is no longer on the map.</source>
            <translation>Diese Persona ist nicht mehr auf der Map.</translation>
        </message>
        <message>
            <source>A feeling is scored from %1 to %2, not %3.</source>
            <translation>Ein Gefühl wird von %1 bis %2 bewertet, nicht mit %3.</translation>
        </message>
    </context>
    <context>
        <name>EnablementMapText</name>
        <message>
            <source>a service blueprint (kind: sbp)</source>
            <translation>ein Service Blueprint (kind: sbp)</translation>
        </message>
        <message>
            <source>an outcome (kind: outcome)</source>
            <translation>ein Ergebnis (kind: outcome)</translation>
        </message>
        <message>
            <source>an enablement map (kind: em)</source>
            <translation>eine Enablement Map (kind: em)</translation>
        </message>
        <message>
            <source>the name of action %1</source>
            <translation>der Name der Aktion %1</translation>
        </message>
        <message>
            <source>the touchpoints of action %1</source>
            <translation>die Touchpoints der Aktion %1</translation>
        </message>
        <message>
            <source>the thoughts and feelings of action %1</source>
            <translation>die Gedanken und Gefühle der Aktion %1</translation>
        </message>
        <message>
            <source>%1 was read as yes/no and became '%2'.</source>
            <translation>%1 wurde als Ja/Nein gelesen und wurde zu „%2“.</translation>
        </message>
        <message>
            <source>%1 is not text, so it was left out.</source>
            <translation>%1 ist kein Text und wurde weggelassen.</translation>
        </message>
        <message>
            <source>%1 is not a list, so it was left out.</source>
            <translation>%1 ist keine Liste und wurde weggelassen.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) without an emotion score (a whole number from -2 to +2): %1.</source>
            <translation>
                <numerusform>%n Aktion ohne Emotionswert (eine ganze Zahl von -2 bis +2): %1.</numerusform>
                <numerusform>%n Aktionen ohne Emotionswert (eine ganze Zahl von -2 bis +2): %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The emotion score of action %1 was %2; scores go from -2 to +2 in whole steps, so it became %3.</source>
            <translation>Der Emotionswert der Aktion %1 war %2; Werte gehen in ganzen Schritten von -2 bis +2, daher wurde er zu %3.</translation>
        </message>
        <message>
            <source>the id of the journey</source>
            <translation>die ID der Journey</translation>
        </message>
        <message>
            <source>Imported journey</source>
            <translation>Importierte Journey</translation>
        </message>
        <message>
            <source>Journey %1 is of version %2; read as 1.0.</source>
            <translation>Die Journey %1 hat die Version %2; sie wurde als 1.0 gelesen.</translation>
        </message>
        <message>
            <source>the actions</source>
            <translation>die Aktionen</translation>
        </message>
        <message>
            <source>Action %1 is not a mapping of fields, so it was skipped.</source>
            <translation>Aktion %1 ist keine Zuordnung von Feldern und wurde übersprungen.</translation>
        </message>
        <message>
            <source>the phase of action %1</source>
            <translation>die Phase der Aktion %1</translation>
        </message>
        <message>
            <source>The persona of journey %1 is not a mapping; skipped.</source>
            <translation>Die Persona der Journey %1 ist keine Zuordnung von Feldern; übersprungen.</translation>
        </message>
        <message>
            <source>the persona's name</source>
            <translation>der Name der Persona</translation>
        </message>
        <message>
            <source>the persona's description</source>
            <translation>die Beschreibung der Persona</translation>
        </message>
        <message>
            <source>the phases</source>
            <translation>die Phasen</translation>
        </message>
        <message>
            <source>The journey has %1 phases; a map holds %2, so the last %3 were left out and their actions placed in the last stage.</source>
            <translation>Die Journey hat %1 Phasen; eine Map fasst %2, daher wurden die letzten %3 weggelassen und ihre Aktionen in die letzte Phase gelegt.</translation>
        </message>
        <message>
            <source>Phase %1 is not a mapping of fields, so it was skipped.</source>
            <translation>Phase %1 ist keine Zuordnung von Feldern und wurde übersprungen.</translation>
        </message>
        <message>
            <source>the name of phase %1</source>
            <translation>der Name der Phase %1</translation>
        </message>
        <message>
            <source>the id of phase %1</source>
            <translation>die ID der Phase %1</translation>
        </message>
        <message>
            <source>Phase %1 has no id; no action can name it.</source>
            <translation>Die Phase %1 hat keine ID; keine Aktion kann sie nennen.</translation>
        </message>
        <message>
            <source>Two phases have the id '%1'; its actions went to the first one.</source>
            <translation>Zwei Phasen haben die ID „%1“; ihre Aktionen kamen in die erste.</translation>
        </message>
        <message>
            <source>Without a phase</source>
            <translation>Ohne Phase</translation>
        </message>
        <message>
            <source>Some actions name a phase ('%1') that the journey does not list, so a stage %2 was added for them.</source>
            <translation>Einige Aktionen nennen eine Phase („%1“), die die Journey nicht enthält; daher wurde für sie die Phase %2 angelegt.</translation>
        </message>
        <message>
            <source>the name of an action</source>
            <translation>der Name einer Aktion</translation>
        </message>
        <message>
            <source>The file holds no customer journey map: Enablement Map Studio writes one as a YAML document with 'kind: cjm', and there is none.</source>
            <translation>Die Datei enthält keine Customer Journey Map: Enablement Map Studio schreibt sie als YAML-Dokument mit „kind: cjm“, und ein solches fehlt.</translation>
        </message>
        <message>
            <source>a document of kind '%1'</source>
            <translation>ein Dokument der Art „%1“</translation>
        </message>
        <message numerus="yes">
            <source>%n other document(s) in the file, which JourneyDesk does not import: %1.</source>
            <translation>
                <numerusform>%n weiteres Dokument in der Datei, das JourneyDesk nicht importiert: %1.</numerusform>
                <numerusform>%n weitere Dokumente in der Datei, die JourneyDesk nicht importiert: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file holds %1 journeys; a project holds %2, so the others were left out.</source>
            <translation>Die Datei enthält %1 Journeys; ein Projekt fasst %2, daher wurden die übrigen weggelassen.</translation>
        </message>
        <message>
            <source>A project holds %1 cards, so the last %2 were left out.</source>
            <translation>Ein Projekt fasst %1 Karten, daher wurden die letzten %2 weggelassen.</translation>
        </message>
        <message>
            <source>No lane is called Actions, so the cards of lane %1 were written as the actions.</source>
            <translation>Keine Bahn heißt Aktionen, daher wurden die Karten der Bahn %1 als Aktionen geschrieben.</translation>
        </message>
        <message numerus="yes">
            <source>Lane %1 and its %n card(s) were left out: an %2 journey has only actions, touchpoints and thoughts and feelings.</source>
            <translation>
                <numerusform>Die Bahn %1 und ihre %n Karte wurden weggelassen: Eine Journey von %2 hat nur Aktionen, Touchpoints sowie Gedanken und Gefühle.</numerusform>
                <numerusform>Die Bahn %1 und ihre %n Karten wurden weggelassen: Eine Journey von %2 hat nur Aktionen, Touchpoints sowie Gedanken und Gefühle.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stage %1 has touchpoints or thoughts but no action, so an action named after the stage holds them.</source>
            <translation>Die Phase %1 hat Touchpoints oder Gedanken, aber keine Aktion; daher nimmt sie eine nach der Phase benannte Aktion auf.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) named no action of their stage and went to its first action: %1.</source>
            <translation>
                <numerusform>%n Karte nannte keine Aktion ihrer Phase und kam zu deren erster Aktion: %1.</numerusform>
                <numerusform>%n Karten nannten keine Aktion ihrer Phase und kamen zu deren erster Aktion: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) without an emotion score, in a stage without one, written with 0: %1.</source>
            <translation>
                <numerusform>%n Aktion ohne Emotionswert in einer Phase ohne Emotionswert, mit 0 geschrieben: %1.</numerusform>
                <numerusform>%n Aktionen ohne Emotionswert in einer Phase ohne Emotionswert, mit 0 geschrieben: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The emotion score of stage %1 was left out: Enablement Map Studio scores actions, and the stage has none.</source>
            <translation>Der Emotionswert der Phase %1 wurde weggelassen: Enablement Map Studio bewertet Aktionen, und die Phase hat keine.</translation>
        </message>
        <message>
            <source>Stage %1 has the emotion score %2, but its actions' own scores ('emotion:' tags), which average %3, were written.</source>
            <translation>Die Phase %1 hat den Emotionswert %2, geschrieben wurden aber die eigenen Werte ihrer Aktionen (Tags „emotion:“) mit dem Durchschnitt %3.</translation>
        </message>
        <message>
            <source>%1 has one persona per journey; only the first was written.</source>
            <translation>%1 hat eine Persona je Journey; nur die erste wurde geschrieben.</translation>
        </message>
        <message>
            <source>The project has no map, so an empty journey was written.</source>
            <translation>Das Projekt hat keine Map, daher wurde eine leere Journey geschrieben.</translation>
        </message>
        <message>
            <source>An Enablement Map Studio file holds one journey; only the first map, %1, was written.</source>
            <translation>Eine Datei von Enablement Map Studio fasst eine Journey; nur die erste Map, %1, wurde geschrieben.</translation>
        </message>
        <message>
            <source>The file is %1 MB, too large to be an Enablement Map Studio journey (the limit is %2 MB).</source>
            <translation>Die Datei ist %1 MB groß, zu groß für eine Journey von Enablement Map Studio (die Grenze liegt bei %2 MB).</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text (byte %1 is not valid UTF-8), so it is not an Enablement Map Studio YAML file.</source>
            <translation>Die Datei ist kein UTF-8-Text (Byte %1 ist kein gültiges UTF-8), also keine YAML-Datei von Enablement Map Studio.</translation>
        </message>
        <message>
            <source>The YAML nests lists and mappings more than %1 deep, far deeper than a journey map, so it was not read.</source>
            <translation>Das YAML verschachtelt Listen und Zuordnungen mehr als %1 Ebenen tief, viel tiefer als eine Journey Map; es wurde nicht gelesen.</translation>
        </message>
        <message>
            <source>The YAML repeats content through more than %1 aliases (*name), which no journey map needs, so it was not read.</source>
            <translation>Das YAML wiederholt Inhalte über mehr als %1 Aliase (*name), die keine Journey Map braucht; es wurde nicht gelesen.</translation>
        </message>
        <message>
            <source>The YAML nests too deep for a journey map, so it was not read.</source>
            <translation>Das YAML ist zu tief verschachtelt für eine Journey Map und wurde nicht gelesen.</translation>
        </message>
        <message>
            <source>The file cannot be read as YAML (%1).</source>
            <translation>Die Datei kann nicht als YAML gelesen werden (%1).</translation>
        </message>
        <message>
            <source>it is not valid YAML</source>
            <translation>es ist kein gültiges YAML</translation>
        </message>
        <message>
            <source>The file cannot be read as YAML: %1.</source>
            <translation>Die Datei kann nicht als YAML gelesen werden: %1.</translation>
        </message>
        <message>
            <source>The file cannot be read as YAML: %1 at line %2, column %3.</source>
            <translation>Die Datei kann nicht als YAML gelesen werden: %1 in Zeile %2, Spalte %3.</translation>
        </message>
    </context>
    <context>
        <name>ExportImageDialog</name>
        <message>
            <source>times screen size</source>
            <translation>× Bildschirmgröße</translation>
        </message>
        <message>
            <source>pixels wide</source>
            <translation>Pixel breit</translation>
        </message>
        <message>
            <source>dots per inch</source>
            <translation>Punkte pro Zoll (dpi)</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG-Bild</translation>
        </message>
        <message>
            <source>SVG drawing (scales without blur)</source>
            <translation>SVG-Grafik (verlustfrei skalierbar)</translation>
        </message>
        <message>
            <source>Export Image</source>
            <translation>Bild exportieren</translation>
        </message>
        <message>
            <source>Stage %1</source>
            <translation>Phase %1</translation>
        </message>
        <message>
            <source>The whole map</source>
            <translation>Die ganze Map</translation>
        </message>
        <message>
            <source>Picture every stage of the map</source>
            <translation>Alle Phasen der Map ins Bild nehmen</translation>
        </message>
        <message>
            <source>Some stages:</source>
            <translation>Einige Phasen:</translation>
        </message>
        <message>
            <source>Some stages</source>
            <translation>Einige Phasen</translation>
        </message>
        <message>
            <source>Picture the stages from the first chosen to the last chosen</source>
            <translation>Die Phasen von der ersten bis zur letzten gewählten ins Bild nehmen</translation>
        </message>
        <message>
            <source>The stages in view now</source>
            <translation>Die jetzt sichtbaren Phasen</translation>
        </message>
        <message>
            <source>The stages in view now (%1)</source>
            <translation>Die jetzt sichtbaren Phasen (%1)</translation>
        </message>
        <message>
            <source>The stages in view now (%1 to %2)</source>
            <translation>Die jetzt sichtbaren Phasen (%1 bis %2)</translation>
        </message>
        <message>
            <source>Picture the stages the canvas shows now</source>
            <translation>Die Phasen ins Bild nehmen, die die Arbeitsfläche gerade zeigt</translation>
        </message>
        <message>
            <source>First stage</source>
            <translation>Erste Phase</translation>
        </message>
        <message>
            <source>The first stage to picture</source>
            <translation>Die erste Phase im Bild</translation>
        </message>
        <message>
            <source>Last stage</source>
            <translation>Letzte Phase</translation>
        </message>
        <message>
            <source>The last stage to picture</source>
            <translation>Die letzte Phase im Bild</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>PNG for slides and documents, SVG for any size without blur</source>
            <translation>PNG für Folien und Dokumente, SVG für jede Größe ohne Unschärfe</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>The picture's size, in the unit chosen beside</source>
            <translation>Die Größe des Bilds in der daneben gewählten Einheit</translation>
        </message>
        <message>
            <source>Size unit</source>
            <translation>Größeneinheit</translation>
        </message>
        <message>
            <source>How the picture's size is given</source>
            <translation>Wie die Größe des Bilds angegeben wird</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Choose where to save the picture and save it</source>
            <translation>Speicherort wählen und das Bild speichern</translation>
        </message>
        <message>
            <source>Close without exporting</source>
            <translation>Schließen, ohne zu exportieren</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Größe:</translation>
        </message>
        <message>
            <source>%1 x %2 cm at full size; any size without blur.</source>
            <translation>%1 × %2 cm in voller Größe; in jeder Größe ohne Unschärfe.</translation>
        </message>
        <message>
            <source>%1 x %2 pixels (the largest JourneyDesk makes).</source>
            <translation>%1 × %2 Pixel (das größte Bild, das JourneyDesk erstellt).</translation>
        </message>
        <message>
            <source>%1 x %2 pixels.</source>
            <translation>%1 × %2 Pixel.</translation>
        </message>
    </context>
    <context>
        <name>ExportPosterDialog</name>
        <message>
            <source>Export Poster</source>
            <translation>Poster exportieren</translation>
        </message>
        <message>
            <source>Poster preview</source>
            <translation>Postervorschau</translation>
        </message>
        <message>
            <source>The poster as it prints, with each sheet's part outlined and numbered</source>
            <translation>Das Poster, wie es gedruckt wird, mit umrandetem und nummeriertem Ausschnitt jedes Blatts</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Choose where to save the PDF and write it</source>
            <translation>Speicherort wählen und das PDF schreiben</translation>
        </message>
        <message>
            <source>Close without exporting</source>
            <translation>Schließen, ohne zu exportieren</translation>
        </message>
        <message>
            <source>One sheet (plotter or print shop)</source>
            <translation>Ein Blatt (Plotter oder Copyshop)</translation>
        </message>
        <message>
            <source>One sheet</source>
            <translation>Ein Blatt</translation>
        </message>
        <message>
            <source>Print the whole poster on one large sheet</source>
            <translation>Das ganze Poster auf ein großes Blatt drucken</translation>
        </message>
        <message>
            <source>Tiles to tape together (office printer)</source>
            <translation>Kacheln zum Zusammenkleben (Bürodrucker)</translation>
        </message>
        <message>
            <source>Tiles</source>
            <translation>Kacheln</translation>
        </message>
        <message>
            <source>Print the poster on several sheets that are taped together</source>
            <translation>Das Poster auf mehrere Blätter drucken, die zusammengeklebt werden</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>The paper the poster is printed on</source>
            <translation>Das Papier, auf das das Poster gedruckt wird</translation>
        </message>
        <message>
            <source>Custom size</source>
            <translation>Eigenes Format</translation>
        </message>
        <message>
            <source>Custom paper width</source>
            <translation>Breite des eigenen Formats</translation>
        </message>
        <message>
            <source>The width of a custom paper</source>
            <translation>Die Breite eines eigenen Papierformats</translation>
        </message>
        <message>
            <source>Custom paper height</source>
            <translation>Höhe des eigenen Formats</translation>
        </message>
        <message>
            <source>The height of a custom paper</source>
            <translation>Die Höhe eines eigenen Papierformats</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <source>Whether the sheets are upright or on their side</source>
            <translation>Ob die Blätter hoch oder quer liegen</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Hochformat</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Querformat</translation>
        </message>
        <message>
            <source>Sizing</source>
            <translation>Größenangabe</translation>
        </message>
        <message>
            <source>How the poster's size is given</source>
            <translation>Wie die Größe des Posters angegeben wird</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>The poster's scale, width, height or sheets across, as chosen beside</source>
            <translation>Maßstab, Breite, Höhe oder Blätter nebeneinander, wie daneben gewählt</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>Rand</translation>
        </message>
        <message>
            <source>The blank edge a printer leaves on each sheet</source>
            <translation>Der leere Rand, den der Drucker auf jedem Blatt lässt</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Überlappung</translation>
        </message>
        <message>
            <source>How far neighbouring tiles overlap for taping</source>
            <translation>Wie weit benachbarte Kacheln zum Kleben überlappen</translation>
        </message>
        <message>
            <source>Cut marks</source>
            <translation>Schnittmarken</translation>
        </message>
        <message>
            <source>Print marks where the tiles are cut</source>
            <translation>Markierungen drucken, wo die Kacheln geschnitten werden</translation>
        </message>
        <message>
            <source>Sheet labels</source>
            <translation>Blattbeschriftungen</translation>
        </message>
        <message>
            <source>Print each tile's number and neighbours on it</source>
            <translation>Nummer und Nachbarn jeder Kachel darauf drucken</translation>
        </message>
        <message>
            <source>Assembly guide page</source>
            <translation>Seite mit Aufbauplan</translation>
        </message>
        <message>
            <source>Add a page showing how the tiles fit</source>
            <translation>Eine Seite hinzufügen, die zeigt, wie die Kacheln zusammengehören</translation>
        </message>
        <message>
            <source>Shaded glue strips</source>
            <translation>Schattierte Klebestreifen</translation>
        </message>
        <message>
            <source>Shade the overlap where tiles are glued</source>
            <translation>Die Überlappung schattieren, wo Kacheln geklebt werden</translation>
        </message>
        <message>
            <source>Blank wall template for paper sticky notes</source>
            <translation>Leere Wandvorlage für Haftnotizen aus Papier</translation>
        </message>
        <message>
            <source>The headers and empty cells at full size, each cell holding real notes</source>
            <translation>Die Kopfzeilen und leeren Zellen in voller Größe; jede Zelle fasst echte Haftnotizen</translation>
        </message>
        <message>
            <source>Card sheets: each card as a paper note to cut out</source>
            <translation>Kartenblätter: jede Karte als Papiernotiz zum Ausschneiden</translation>
        </message>
        <message>
            <source>Print the cards as notes to cut out instead of the poster</source>
            <translation>Statt des Posters die Karten als Notizen zum Ausschneiden drucken</translation>
        </message>
        <message>
            <source>Paper note size</source>
            <translation>Größe der Papiernotizen</translation>
        </message>
        <message>
            <source>The size of the paper sticky notes</source>
            <translation>Die Größe der Haftnotizen aus Papier</translation>
        </message>
        <message>
            <source>Notes per cell</source>
            <translation>Notizen pro Zelle</translation>
        </message>
        <message>
            <source>How many paper notes each cell of the blank wall template holds</source>
            <translation>Wie viele Papiernotizen jede Zelle der leeren Wandvorlage fasst</translation>
        </message>
        <message>
            <source> per cell</source>
            <translation> pro Zelle</translation>
        </message>
        <message>
            <source>Print the current state below it</source>
            <translation>Ist-Zustand darunter drucken</translation>
        </message>
        <message>
            <source>Print the future state below it</source>
            <translation>Soll-Zustand darunter drucken</translation>
        </message>
        <message>
            <source>Add the map's other state below it on the poster</source>
            <translation>Den anderen Zustand der Map auf dem Poster darunter drucken</translation>
        </message>
        <message>
            <source>This map has no current or future state to print below it: Map &gt; Create Future State makes one.</source>
            <translation>Diese Map hat keinen Ist- oder Soll-Zustand, der darunter gedruckt werden könnte: Map &gt; Soll-Zustand erstellen legt einen an.</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papier:</translation>
        </message>
        <message>
            <source>Custom size:</source>
            <translation>Eigenes Format:</translation>
        </message>
        <message>
            <source>Orientation:</source>
            <translation>Ausrichtung:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Größe:</translation>
        </message>
        <message>
            <source>Margin:</source>
            <translation>Rand:</translation>
        </message>
        <message>
            <source>Overlap:</source>
            <translation>Überlappung:</translation>
        </message>
        <message>
            <source>Paper notes:</source>
            <translation>Papiernotizen:</translation>
        </message>
        <message>
            <source>This poster cannot be made</source>
            <translation>Dieses Poster lässt sich nicht erstellen</translation>
        </message>
        <message>
            <source>These card sheets cannot be made</source>
            <translation>Diese Kartenblätter lassen sich nicht erstellen</translation>
        </message>
        <message>
            <source>%1 as %2 on %3 of %4</source>
            <translation>%1 als %2 auf %3 %4</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cards.pdf</source>
            <translation>%1 Karten.pdf</translation>
        </message>
        <message>
            <source>%1 poster.pdf</source>
            <translation>%1 Poster.pdf</translation>
        </message>
        <message>
            <source>journey map</source>
            <translation>Journey Map</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ExportText</name>
        <message>
            <source>This map has no current or future state to print below it.</source>
            <translation>Diese Map hat keinen Ist- oder Soll-Zustand, der darunter gedruckt werden könnte.</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Journey Map</translation>
        </message>
        <message>
            <source>A blank wall template always prints at full size, so its cells hold real notes.</source>
            <translation>Eine leere Wandvorlage wird immer in voller Größe gedruckt, damit ihre Zellen echte Haftnotizen fassen.</translation>
        </message>
        <message>
            <source>This map has no lanes yet, so there is nothing to print: add at least one stage and one lane first.</source>
            <translation>Diese Map hat noch keine Bahnen, es gibt also nichts zu drucken: Fügen Sie zuerst mindestens eine Phase und eine Bahn hinzu.</translation>
        </message>
        <message>
            <source>This map has no stages yet, so there is nothing to print: add at least one stage and one lane first.</source>
            <translation>Diese Map hat noch keine Phasen, es gibt also nichts zu drucken: Fügen Sie zuerst mindestens eine Phase und eine Bahn hinzu.</translation>
        </message>
        <message>
            <source>This map has no stages or lanes yet, so there is nothing to print: add at least one stage and one lane first.</source>
            <translation>Diese Map hat noch weder Phasen noch Bahnen, es gibt also nichts zu drucken: Fügen Sie zuerst mindestens eine Phase und eine Bahn hinzu.</translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) wide</source>
            <comment>the width asked for</comment>
            <translation>
                <numerusform>bei %n Blatt Breite</numerusform>
                <numerusform>bei %n Blättern Breite</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) high</source>
            <comment>the height the map takes</comment>
            <translation>
                <numerusform>%n Blatt hoch</numerusform>
                <numerusform>%n Blätter hoch</numerusform>
            </translation>
        </message>
        <message>
            <source>You asked for %1 x %2 sheets; at %5 the map is only %6, so %3 x %4 print (more rows would be blank).</source>
            <translation>Sie haben %1 × %2 Blätter gewählt; %5 ist die Map nur %6, daher werden %3 × %4 gedruckt (weitere Reihen blieben leer).</translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) high</source>
            <comment>the height asked for</comment>
            <translation>
                <numerusform>bei %n Blatt Höhe</numerusform>
                <numerusform>bei %n Blättern Höhe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) wide</source>
            <comment>the width the map takes</comment>
            <translation>
                <numerusform>%n Blatt breit</numerusform>
                <numerusform>%n Blätter breit</numerusform>
            </translation>
        </message>
        <message>
            <source>You asked for %1 x %2 sheets; at %5 the map is only %6, so %3 x %4 print (more columns would be blank).</source>
            <translation>Sie haben %1 × %2 Blätter gewählt; %5 ist die Map nur %6, daher werden %3 × %4 gedruckt (weitere Spalten blieben leer).</translation>
        </message>
    </context>
    <context>
        <name>FileAccessText</name>
        <message>
            <source>The file %1 could not be saved because the disk is full.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden, weil der Datenträger voll ist.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved because your disk quota is used up.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden, weil Ihr Speicherkontingent aufgebraucht ist.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved because you do not have permission to write in the folder %2.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden, weil Sie keine Schreibrechte im Ordner %2 haben.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved because the disk is read-only.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden, weil der Datenträger schreibgeschützt ist.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved because the folder %2 does not exist.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden, weil der Ordner %2 nicht existiert.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved because %2 is not a folder.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden, weil %2 kein Ordner ist.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved because it is a folder.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden, weil sie ein Ordner ist.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved because its name is too long for this disk.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden, weil ihr Name für diesen Datenträger zu lang ist.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB, far more than any journey map needs, so it is not opened; it is probably not a JourneyDesk project.</source>
            <translation>Die Datei ist größer als %1 MB, weit mehr, als eine Journey Map braucht, und wird daher nicht geöffnet; wahrscheinlich ist sie kein JourneyDesk-Projekt.</translation>
        </message>
        <message>
            <source>This is a folder, not a project file.</source>
            <translation>Dies ist ein Ordner, keine Projektdatei.</translation>
        </message>
        <message>
            <source>This is a named pipe (a channel between programs), not a project file, so it is not opened.</source>
            <translation>Dies ist eine Named Pipe (ein Kanal zwischen Programmen), keine Projektdatei; sie wird daher nicht geöffnet.</translation>
        </message>
        <message>
            <source>This is a device, not a project file, so it is not opened.</source>
            <translation>Dies ist ein Gerät, keine Projektdatei; es wird daher nicht geöffnet.</translation>
        </message>
        <message>
            <source>This is a socket (a channel between programs), not a project file, so it is not opened.</source>
            <translation>Dies ist ein Socket (ein Kanal zwischen Programmen), keine Projektdatei; er wird daher nicht geöffnet.</translation>
        </message>
        <message>
            <source>This is not an ordinary file, so it is not opened.</source>
            <translation>Dies ist keine gewöhnliche Datei; sie wird daher nicht geöffnet.</translation>
        </message>
        <message>
            <source>The file does not exist (any more).</source>
            <translation>Die Datei existiert nicht (mehr).</translation>
        </message>
        <message>
            <source>You do not have permission to read this file.</source>
            <translation>Sie haben keine Berechtigung, diese Datei zu lesen.</translation>
        </message>
        <message>
            <source>The file could not be read: %1.</source>
            <translation>Die Datei konnte nicht gelesen werden: %1.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved because it is not an ordinary file (it is a pipe, a device or a socket); nothing was written.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden, weil sie keine gewöhnliche Datei ist (sondern eine Pipe, ein Gerät oder ein Socket); es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>The file %1 is marked read-only, so it was not replaced.</source>
            <translation>Die Datei %1 ist schreibgeschützt und wurde daher nicht ersetzt.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved because of an error (%2).</source>
            <translation>Die Datei %1 konnte wegen eines Fehlers nicht gespeichert werden (%2).</translation>
        </message>
        <message>
            <source>The file on disk is unchanged.</source>
            <translation>Die Datei auf dem Datenträger ist unverändert.</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Es wurde nichts geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>FileProblemText</name>
        <message>
            <source>persona '%1'</source>
            <translation>Persona „%1“</translation>
        </message>
        <message>
            <source>persona %1</source>
            <translation>Persona %1</translation>
        </message>
        <message>
            <source>journey '%1'</source>
            <translation>Map „%1“</translation>
        </message>
        <message>
            <source>journey %1</source>
            <translation>Map %1</translation>
        </message>
        <message>
            <source>stage '%1'</source>
            <translation>Phase „%1“</translation>
        </message>
        <message>
            <source>stage %1</source>
            <translation>Phase %1</translation>
        </message>
        <message>
            <source>lane '%1'</source>
            <translation>Bahn „%1“</translation>
        </message>
        <message>
            <source>lane %1</source>
            <translation>Bahn %1</translation>
        </message>
        <message>
            <source>card '%1'</source>
            <translation>Karte „%1“</translation>
        </message>
        <message>
            <source>card %1</source>
            <translation>Karte %1</translation>
        </message>
        <message>
            <source>vote round '%1'</source>
            <translation>Abstimmungsrunde „%1“</translation>
        </message>
        <message>
            <source>vote round %1</source>
            <translation>Abstimmungsrunde %1</translation>
        </message>
        <message>
            <source>the creation time</source>
            <translation>die Erstellungszeit</translation>
        </message>
        <message>
            <source>the time of the last change</source>
            <translation>die Zeit der letzten Änderung</translation>
        </message>
        <message>
            <source>the schema version</source>
            <translation>die Schemaversion</translation>
        </message>
        <message>
            <source>the start time</source>
            <translation>die Startzeit</translation>
        </message>
        <message>
            <source>the end time</source>
            <translation>die Endzeit</translation>
        </message>
        <message>
            <source>the list of participants</source>
            <translation>die Liste der Teilnehmenden</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>a date and time</source>
            <translation>ein Datum mit Uhrzeit</translation>
        </message>
        <message>
            <source>a date and time such as 2026-11-23T09:30:00Z</source>
            <translation>ein Datum mit Uhrzeit wie 2026-11-23T09:30:00Z</translation>
        </message>
        <message numerus="yes">
            <source>This is the first of %n problem(s).</source>
            <translation>
                <numerusform>Dies ist das erste von %n Problem.</numerusform>
                <numerusform>Dies ist das erste von %n Problemen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a place: its problem</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the project</source>
            <translation>das Projekt</translation>
        </message>
        <message>
            <source>%1, in %2</source>
            <comment>a place, in one of its fields</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>"%1"</source>
            <comment>a name quoted</comment>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>the %1 of dot %2</source>
            <translation>%1 von Punkt %2</translation>
        </message>
        <message>
            <source>%1 (in %2)</source>
            <comment>a card (in its journey)</comment>
            <translation>%1 (in %2)</translation>
        </message>
        <message>
            <source>the stage id of an emotion score of %1</source>
            <translation>die Phasen-ID eines Emotionswerts von %1</translation>
        </message>
        <message>
            <source>the stage id of an emotion score</source>
            <translation>die Phasen-ID eines Emotionswerts</translation>
        </message>
        <message>
            <source>the emotion score of stage '%1' of %2</source>
            <translation>der Emotionswert der Phase „%1“ von %2</translation>
        </message>
        <message>
            <source>the emotion score of stage '%1'</source>
            <translation>der Emotionswert der Phase „%1“</translation>
        </message>
        <message>
            <source>the emotion curve of %1</source>
            <translation>die Emotionskurve von %1</translation>
        </message>
        <message>
            <source>the persona id of an emotion curve</source>
            <translation>die Persona-ID einer Emotionskurve</translation>
        </message>
        <message>
            <source>the emotion curves of the other personas</source>
            <translation>die Emotionskurven der weiteren Personas</translation>
        </message>
        <message>
            <source>the persona with id '%1'</source>
            <translation>die Persona mit der ID „%1“</translation>
        </message>
        <message>
            <source>%1 in lane '%2'</source>
            <comment>a card in its lane</comment>
            <translation>%1 in Bahn „%2“</translation>
        </message>
        <message>
            <source>item %1</source>
            <comment>item 3 of a list</comment>
            <translation>Eintrag %1</translation>
        </message>
        <message>
            <source>the value</source>
            <translation>der Wert</translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <translation>%1 fehlt</translation>
        </message>
        <message>
            <source>%1 is %2 characters, the limit is %3</source>
            <translation>%1 ist %2 Zeichen lang, erlaubt sind höchstens %3</translation>
        </message>
        <message>
            <source>%1 has %2 items, it needs at least %3</source>
            <translation>%1 hat %2 Einträge, nötig sind mindestens %3</translation>
        </message>
        <message>
            <source>%1 has too few items, it needs at least %2</source>
            <translation>%1 hat zu wenige Einträge, nötig sind mindestens %2</translation>
        </message>
        <message>
            <source>%1 has %2 items, the limit is %3</source>
            <translation>%1 hat %2 Einträge, erlaubt sind höchstens %3</translation>
        </message>
        <message>
            <source>%1 has too many items, the limit is %2</source>
            <translation>%1 hat zu viele Einträge, erlaubt sind höchstens %2</translation>
        </message>
        <message>
            <source>%1 is %2, which is not a colour like #ffcc00</source>
            <translation>%1 ist %2, das ist keine Farbe wie #ffcc00</translation>
        </message>
        <message>
            <source>%1 is %2, which is not a valid id (letters, digits, - and _)</source>
            <translation>%1 ist %2, das ist keine gültige ID (Buchstaben, Ziffern, - und _)</translation>
        </message>
        <message>
            <source>%1 is %2, which falls outside the years 1 to 9999 in UTC</source>
            <translation>%1 ist %2 und liegt außerhalb der Jahre 1 bis 9999 in UTC</translation>
        </message>
        <message>
            <source>%1 is %2, it must be at least %3</source>
            <translation>%1 ist %2, muss aber mindestens %3 sein</translation>
        </message>
        <message>
            <source>%1 is %2, it must be at most %3</source>
            <translation>%1 ist %2, darf aber höchstens %3 sein</translation>
        </message>
        <message>
            <source>another value</source>
            <translation>ein anderer Wert</translation>
        </message>
        <message>
            <source>%1 is %2, it must be %3</source>
            <translation>%1 ist %2, muss aber %3 sein</translation>
        </message>
        <message>
            <source>%1 should be %2, not %3</source>
            <translation>%1 sollte %2 sein, nicht %3</translation>
        </message>
        <message numerus="yes">
            <source>a number far too large (%n digit(s))</source>
            <translation>
                <numerusform>eine viel zu große Zahl (%n Ziffer)</numerusform>
                <numerusform>eine viel zu große Zahl (%n Ziffern)</numerusform>
            </translation>
        </message>
        <message>
            <source>empty (null)</source>
            <translation>leer (null)</translation>
        </message>
        <message>
            <source>'%1'</source>
            <comment>a value quoted</comment>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>empty text</source>
            <translation>leerer Text</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find cards…</source>
            <translation>Karten suchen…</translation>
        </message>
        <message>
            <source>Find cards</source>
            <translation>Karten suchen</translation>
        </message>
        <message>
            <source>Words to look for in the cards' text, tags and owners; Enter selects the next match, Shift+Enter the previous one, Esc closes the bar</source>
            <translation>Wörter, die in Text, Tags und Verantwortlichen der Karten gesucht werden; die Eingabetaste wählt den nächsten Treffer, Umschalt+Eingabetaste den vorherigen, Esc schließt die Leiste</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Treffer</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Vorheriger Treffer</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Vorheriger Treffer (Umschalt+Eingabetaste)</translation>
        </message>
        <message>
            <source>Select the previous card that matches</source>
            <translation>Die vorherige passende Karte auswählen</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Nächster Treffer</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Nächster Treffer (Eingabetaste)</translation>
        </message>
        <message>
            <source>Select the next card that matches</source>
            <translation>Die nächste passende Karte auswählen</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Suchleiste schließen</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Hide the find bar and go back to the map</source>
            <translation>Die Suchleiste ausblenden und zur Map zurückkehren</translation>
        </message>
        <message numerus="yes">
            <source>%n found</source>
            <translation>
                <numerusform>%n gefunden</numerusform>
                <numerusform>%n gefunden</numerusform>
            </translation>
        </message>
        <message>
            <source>No cards found</source>
            <translation>Keine Karten gefunden</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>the match selected, of all the matches</comment>
            <translation>%1 von %2</translation>
        </message>
    </context>
    <context>
        <name>FolderText</name>
        <message>
            <source>%1 already exists in %2. Replace it?</source>
            <comment>%1: a file, %2: its folder</comment>
            <translation>%1 ist in %2 bereits vorhanden. Ersetzen?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
    </context>
    <context>
        <name>FormatText</name>
        <message>
            <source>Enablement Map Studio journey (YAML)</source>
            <translation>Journey von Enablement Map Studio (YAML)</translation>
        </message>
        <message>
            <source>Mermaid journey diagram</source>
            <translation>Mermaid-Journey-Diagramm</translation>
        </message>
        <message>
            <source>OpenJourney map (Ptolemy)</source>
            <translation>OpenJourney-Map (Ptolemy)</translation>
        </message>
        <message>
            <source>JourneyDesk project</source>
            <translation>JourneyDesk-Projekt</translation>
        </message>
        <message>
            <source>There is no format called '%1'. The formats are: %2.</source>
            <translation>Es gibt kein Format namens „%1“. Die Formate sind: %2.</translation>
        </message>
        <message>
            <source>JourneyDesk does not know how to write '%1' files. Name the format with --to, or use one of: %2.</source>
            <translation>JourneyDesk kann keine „%1“-Dateien schreiben. Nennen Sie das Format mit --to, oder verwenden Sie eine dieser Endungen: %2.</translation>
        </message>
        <message>
            <source>JourneyDesk does not know how to write files without an extension. Name the format with --to, or use one of: %2.</source>
            <translation>JourneyDesk kann keine Dateien ohne Endung schreiben. Nennen Sie das Format mit --to, oder verwenden Sie eine dieser Endungen: %2.</translation>
        </message>
        <message>
            <source>JourneyDesk does not know how to read '%1' files. Name the format with --from, or use one of: %2.</source>
            <translation>JourneyDesk kann keine „%1“-Dateien lesen. Nennen Sie das Format mit --from, oder verwenden Sie eine dieser Endungen: %2.</translation>
        </message>
        <message>
            <source>JourneyDesk does not know how to read files without an extension. Name the format with --from, or use one of: %2.</source>
            <translation>JourneyDesk kann keine Dateien ohne Endung lesen. Nennen Sie das Format mit --from, oder verwenden Sie eine dieser Endungen: %2.</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation>Tabelle (CSV)</translation>
        </message>
        <message>
            <source>Spreadsheet (tab-separated)</source>
            <translation>Tabelle (tabulatorgetrennt)</translation>
        </message>
    </context>
    <context>
        <name>ImportExport</name>
        <message>
            <source>Import Maps</source>
            <translation>Maps importieren</translation>
        </message>
        <message>
            <source>All maps JourneyDesk can import (%1)</source>
            <translation>Alle Maps, die JourneyDesk importieren kann (%1)</translation>
        </message>
        <message>
            <source>Cannot Import</source>
            <translation>Import nicht möglich</translation>
        </message>
        <message>
            <source>%1 could not be imported.

%2</source>
            <translation>%1 konnte nicht importiert werden.

%2</translation>
        </message>
        <message>
            <source>Nothing to Import</source>
            <translation>Nichts zu importieren</translation>
        </message>
        <message>
            <source>%1 holds no journey map.</source>
            <translation>%1 enthält keine Journey Map.</translation>
        </message>
        <message>
            <source>Imported, with Notes</source>
            <translation>Importiert, mit Hinweisen</translation>
        </message>
        <message>
            <source>%1 was imported. Some of it could not be carried across as it was:

%2</source>
            <translation>%1 wurde importiert. Einiges davon konnte nicht unverändert übernommen werden:

%2</translation>
        </message>
        <message>
            <source>Add the map in %1 to this project, or open it as a new project?</source>
            <translation>Die Map in %1 zu diesem Projekt hinzufügen oder als neues Projekt öffnen?</translation>
        </message>
        <message numerus="yes">
            <source>Add the %n map(s) in %1 to this project, or open them as a new project?</source>
            <translation>
                <numerusform>Die %n Map in %1 zu diesem Projekt hinzufügen oder als neues Projekt öffnen?</numerusform>
                <numerusform>Die %n Maps in %1 zu diesem Projekt hinzufügen oder als neues Projekt öffnen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Add to This Project</source>
            <translation>Zu diesem Projekt hinzufügen</translation>
        </message>
        <message>
            <source>Open as New Project</source>
            <translation>Als neues Projekt öffnen</translation>
        </message>
        <message>
            <source>Import %1</source>
            <comment>%1: the file imported</comment>
            <translation>%1 importieren</translation>
        </message>
        <message>
            <source>Import Persona</source>
            <translation>Persona importieren</translation>
        </message>
        <message>
            <source>Import Map</source>
            <translation>Map importieren</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Journey Map</translation>
        </message>
        <message>
            <source>Export Maps</source>
            <translation>Maps exportieren</translation>
        </message>
        <message>
            <source>Cannot Export</source>
            <translation>Export nicht möglich</translation>
        </message>
        <message>
            <source>%1 was not written.

%2</source>
            <translation>%1 wurde nicht geschrieben.

%2</translation>
        </message>
        <message>
            <source>Exported, with Notes</source>
            <translation>Exportiert, mit Hinweisen</translation>
        </message>
        <message>
            <source>%1 was written. %2 cannot hold all of the project:

%3</source>
            <translation>%1 wurde geschrieben. %2 kann nicht das ganze Projekt aufnehmen:

%3</translation>
        </message>
        <message>
            <source>The map is on the clipboard as a picture of %1 x %2 pixels.</source>
            <translation>Die Map liegt als Bild mit %1 x %2 Pixeln in der Zwischenablage.</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG-Bild</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>SVG-Grafik</translation>
        </message>
        <message>
            <source>Export Image</source>
            <translation>Bild exportieren</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>%1 geschrieben.</translation>
        </message>
        <message>
            <source>Print Map</source>
            <translation>Map drucken</translation>
        </message>
        <message>
            <source>Print the map fitted on one page, or at full size across as many pages as it takes? (For a wall poster with overlap and cut marks, use Export Poster.)</source>
            <translation>Die Map auf eine Seite eingepasst drucken oder in voller Größe auf so vielen Seiten wie nötig? (Für ein Wandposter mit Überlappung und Schnittmarken verwenden Sie „Poster exportieren“.)</translation>
        </message>
        <message>
            <source>One Page</source>
            <translation>Eine Seite</translation>
        </message>
        <message>
            <source>Full Size</source>
            <translation>Volle Größe</translation>
        </message>
        <message>
            <source>Cannot Print</source>
            <translation>Drucken nicht möglich</translation>
        </message>
        <message>
            <source>The map was not printed. %1</source>
            <translation>Die Map wurde nicht gedruckt. %1</translation>
        </message>
        <message numerus="yes">
            <source>Sent %Ln page(s) to the printer.</source>
            <translation>
                <numerusform>%Ln Seite an den Drucker gesendet.</numerusform>
                <numerusform>%Ln Seiten an den Drucker gesendet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoText</name>
        <message>
            <source>cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>emotion</source>
            <translation>Emotion</translation>
        </message>
        <message>
            <source>divider</source>
            <translation>Trenner</translation>
        </message>
        <message>
            <source>summarise a project: personas, journeys, stages, lanes and cards</source>
            <translation>ein Projekt zusammenfassen: Personas, Maps, Phasen, Bahnen und Karten</translation>
        </message>
        <message>
            <source>a project file</source>
            <translation>eine Projektdatei</translation>
        </message>
        <message>
            <source>print the summary as JSON</source>
            <translation>die Zusammenfassung als JSON ausgeben</translation>
        </message>
        <message numerus="yes">
            <source>%n journey(s)</source>
            <translation>
                <numerusform>%n Map</numerusform>
                <numerusform>%n Maps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Beschreibung:</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Erstellt:</translation>
        </message>
        <message>
            <source>Modified:</source>
            <translation>Geändert:</translation>
        </message>
        <message>
            <source>Personas:</source>
            <translation>Personas:</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Gesamt: %1</translation>
        </message>
        <message>
            <source>Journey %1: %2 (future state)</source>
            <translation>Map %1: %2 (Soll-Zustand)</translation>
        </message>
        <message>
            <source>Journey %1: %2 (current state)</source>
            <translation>Map %1: %2 (Ist-Zustand)</translation>
        </message>
        <message>
            <source>Personas: %1</source>
            <translation>Personas: %1</translation>
        </message>
        <message>
            <source>Stages (%1): %2</source>
            <translation>Phasen (%1): %2</translation>
        </message>
        <message>
            <source>Emotions: %1</source>
            <translation>Emotionen: %1</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>ohne Namen</translation>
        </message>
        <message>
            <source>Emotions (%1): %2</source>
            <translation>Emotionen (%1): %2</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>(no question)</source>
            <translation>(ohne Frage)</translation>
        </message>
        <message>
            <source>Vote (open): %1; %2, %3</source>
            <translation>Abstimmungsrunde (offen): %1; %2, %3</translation>
        </message>
        <message>
            <source>Vote (ended): %1; %2, %3</source>
            <translation>Abstimmungsrunde (beendet): %1; %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n dot(s)</source>
            <translation>
                <numerusform>%1 von %n Punkt</numerusform>
                <numerusform>%1 von %n Punkten</numerusform>
            </translation>
        </message>
        <message>
            <source>(empty card)</source>
            <translation>(leere Karte)</translation>
        </message>
        <message numerus="yes">
            <source>%1; top card: %2 (%n dot(s), tied with %3 more)</source>
            <translation>
                <numerusform>%1; Karte mit den meisten Punkten: %2 (%n Punkt, gleichauf mit %3 weiteren)</numerusform>
                <numerusform>%1; Karte mit den meisten Punkten: %2 (%n Punkte, gleichauf mit %3 weiteren)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1; top card: %2 (%n dot(s))</source>
            <translation>
                <numerusform>%1; Karte mit den meisten Punkten: %2 (%n Punkt)</numerusform>
                <numerusform>%1; Karte mit den meisten Punkten: %2 (%n Punkte)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Select a card, a stage header or a lane header to see its details here.</source>
            <translation>Wählen Sie eine Karte, einen Phasenkopf oder einen Bahnkopf aus, um hier die Details zu sehen.</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <source>The details of the selected card, stage, lane or map, editable in place</source>
            <translation>Die Details der ausgewählten Karte, Phase, Bahn oder Map, direkt bearbeitbar</translation>
        </message>
        <message>
            <source>%1 Shorten it, and the inspector follows the selection.</source>
            <translation>%1 Kürzen Sie den Text, dann folgen die Eigenschaften wieder der Auswahl.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>%n Karte ausgewählt</numerusform>
                <numerusform>%n Karten ausgewählt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n Phase</numerusform>
                <numerusform>%n Phasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n Bahn</numerusform>
                <numerusform>%n Bahnen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 and %2 selected</source>
            <translation>%1 und %2 ausgewählt</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s) selected</source>
            <translation>
                <numerusform>%n Phase ausgewählt</numerusform>
                <numerusform>%n Phasen ausgewählt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s) selected</source>
            <translation>
                <numerusform>%n Bahn ausgewählt</numerusform>
                <numerusform>%n Bahnen ausgewählt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectorTagText</name>
        <message>
            <source>There are %1 tags; a card holds at most %2.</source>
            <translation>Das sind %1 Tags; eine Karte fasst höchstens %2.</translation>
        </message>
        <message>
            <source>The tag %1 is %2 characters; a tag holds at most %3.</source>
            <translation>Das Tag %1 hat %2 Zeichen; ein Tag fasst höchstens %3.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityText</name>
        <message>
            <source>%1 is in a lane (id '%2') that this journey does not have</source>
            <translation>%1 liegt in einer Bahn (ID „%2“), die diese Map nicht hat</translation>
        </message>
        <message>
            <source>%1 in lane '%2' is in a stage (id '%3') that this journey does not have</source>
            <translation>%1 in Bahn „%2“ liegt in einer Phase (ID „%3“), die diese Map nicht hat</translation>
        </message>
        <message>
            <source>%1 is in lane '%2', a divider line that cannot hold cards</source>
            <translation>%1 liegt in Bahn „%2“, einer Trennlinie, die keine Karten aufnehmen kann</translation>
        </message>
        <message>
            <source>an emotion score is given for a stage (id '%1') that this journey does not have</source>
            <translation>ein Emotionswert ist für eine Phase (ID „%1“) angegeben, die diese Map nicht hat</translation>
        </message>
        <message>
            <source>a second emotion curve is given for the first persona (id '%1') of this journey, whose curve is the journey's own emotion scores</source>
            <translation>eine zweite Emotionskurve ist für die erste Persona (ID „%1“) dieser Map angegeben, deren Kurve die eigenen Emotionswerte der Map sind</translation>
        </message>
        <message>
            <source>an emotion curve is given for a persona (id '%1') that this journey does not name after its first persona</source>
            <translation>eine Emotionskurve ist für eine Persona (ID „%1“) angegeben, die diese Map nicht nach ihrer ersten Persona nennt</translation>
        </message>
        <message>
            <source>an emotion score of the persona with id '%1' is given for a stage (id '%2') that this journey does not have</source>
            <translation>ein Emotionswert der Persona mit der ID „%1“ ist für eine Phase (ID „%2“) angegeben, die diese Map nicht hat</translation>
        </message>
        <message>
            <source>the project has %1 cards, the limit is %2</source>
            <translation>das Projekt hat %1 Karten, erlaubt sind höchstens %2</translation>
        </message>
        <message>
            <source>%1 has the id '%2', which %3 already has; every id must be unique</source>
            <translation>%1 hat die ID „%2“, die schon %3 hat; jede ID muss eindeutig sein</translation>
        </message>
        <message>
            <source>journey '%1' names a persona (id '%2') that the project does not have</source>
            <translation>Map „%1“ nennt eine Persona (ID „%2“), die das Projekt nicht hat</translation>
        </message>
        <message>
            <source>journey '%1' was made from a map (id '%2') that the project does not have</source>
            <translation>Map „%1“ wurde aus einer Map (ID „%2“) erstellt, die das Projekt nicht hat</translation>
        </message>
        <message>
            <source>stage '%1' of journey '%2' was copied from a stage (id '%3') that its current state does not have</source>
            <translation>Phase „%1“ der Map „%2“ wurde aus einer Phase (ID „%3“) kopiert, die ihr Ist-Zustand nicht hat</translation>
        </message>
        <message>
            <source>%1 of journey '%2' was copied from a card (id '%3') that its current state does not have</source>
            <translation>%1 der Map „%2“ wurde aus einer Karte (ID „%3“) kopiert, die ihr Ist-Zustand nicht hat</translation>
        </message>
        <message>
            <source>persona '%1'</source>
            <translation>Persona „%1“</translation>
        </message>
        <message>
            <source>vote round '%1'</source>
            <translation>Abstimmungsrunde „%1“</translation>
        </message>
        <message>
            <source>journey '%1'</source>
            <translation>Map „%1“</translation>
        </message>
        <message>
            <source>stage '%1'</source>
            <translation>Phase „%1“</translation>
        </message>
        <message>
            <source>lane '%1'</source>
            <translation>Bahn „%1“</translation>
        </message>
        <message>
            <source>card '%1'</source>
            <translation>Karte „%1“</translation>
        </message>
        <message>
            <source>card (empty, id '%1')</source>
            <translation>Karte (leer, ID „%1“)</translation>
        </message>
    </context>
    <context>
        <name>JsonText</name>
        <message>
            <source>The file is empty: it holds no project.</source>
            <translation>Die Datei ist leer: Sie enthält kein Projekt.</translation>
        </message>
        <message>
            <source>The file holds only zero bytes where the project should be: it was probably damaged by a crash or a power cut while it was being written.</source>
            <translation>Die Datei enthält nur Null-Bytes, wo das Projekt stehen sollte: Sie wurde wahrscheinlich durch einen Absturz oder Stromausfall beim Schreiben beschädigt.</translation>
        </message>
        <message>
            <source>The file begins with zero bytes where the project should be: it was probably damaged by a crash or a power cut while it was being written.</source>
            <translation>Die Datei beginnt mit Null-Bytes, wo das Projekt stehen sollte: Sie wurde wahrscheinlich durch einen Absturz oder Stromausfall beim Schreiben beschädigt.</translation>
        </message>
        <message>
            <source>The file is saved as %1 text, but JourneyDesk reads only UTF-8: open it in a text editor and save it as UTF-8.</source>
            <translation>Die Datei ist als %1-Text gespeichert, JourneyDesk liest aber nur UTF-8: Öffnen Sie sie in einem Texteditor und speichern Sie sie als UTF-8.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text: line %1 holds a character that cannot be read (it was probably saved as Latin-1 or Windows text by another program); open it in a text editor and save it as UTF-8.</source>
            <translation>Die Datei ist kein UTF-8-Text: Zeile %1 enthält ein Zeichen, das nicht gelesen werden kann (sie wurde wahrscheinlich von einem anderen Programm als Latin-1- oder Windows-Text gespeichert); öffnen Sie sie in einem Texteditor und speichern Sie sie als UTF-8.</translation>
        </message>
        <message>
            <source>The file holds more than %1 values (texts, numbers, lists and objects), far more than any journey map needs, so it is not opened.</source>
            <translation>Die Datei enthält mehr als %1 Werte (Texte, Zahlen, Listen und Objekte), weit mehr, als eine Journey Map braucht, und wird daher nicht geöffnet.</translation>
        </message>
        <message>
            <source>The file ends too early (line %1, column %2): it was probably cut short while being copied or saved by another program.</source>
            <translation>Die Datei endet zu früh (Zeile %1, Spalte %2): Sie wurde wahrscheinlich beim Kopieren oder Speichern durch ein anderes Programm abgeschnitten.</translation>
        </message>
        <message>
            <source>This is not a JourneyDesk project: the file is not valid JSON (line %1, column %2).</source>
            <translation>Dies ist kein JourneyDesk-Projekt: Die Datei ist kein gültiges JSON (Zeile %1, Spalte %2).</translation>
        </message>
        <message>
            <source>This is not a JourneyDesk project: the file is not valid JSON (line %2): it holds %1, which is not a number JSON allows.</source>
            <translation>Dies ist kein JourneyDesk-Projekt: Die Datei ist kein gültiges JSON (Zeile %2): Sie enthält %1, und das ist keine in JSON erlaubte Zahl.</translation>
        </message>
        <message>
            <source>This is not a JourneyDesk project: the file is not valid JSON: it holds %1, which is not a number JSON allows.</source>
            <translation>Dies ist kein JourneyDesk-Projekt: Die Datei ist kein gültiges JSON: Sie enthält %1, und das ist keine in JSON erlaubte Zahl.</translation>
        </message>
        <message numerus="yes">
            <source>a number of %n character(s)</source>
            <translation>
                <numerusform>eine Zahl aus %n Zeichen</numerusform>
                <numerusform>eine Zahl aus %n Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>This is not a JourneyDesk project: the file holds a number too large to store (%1, line %2).</source>
            <translation>Dies ist kein JourneyDesk-Projekt: Die Datei enthält eine Zahl, die zu groß zum Speichern ist (%1, Zeile %2).</translation>
        </message>
        <message>
            <source>This is not a JourneyDesk project: the file holds a number too large to store (%1).</source>
            <translation>Dies ist kein JourneyDesk-Projekt: Die Datei enthält eine Zahl, die zu groß zum Speichern ist (%1).</translation>
        </message>
        <message>
            <source>This is not a JourneyDesk project: the file holds a number too large to store (a whole number).</source>
            <translation>Dies ist kein JourneyDesk-Projekt: Die Datei enthält eine Zahl, die zu groß zum Speichern ist (eine ganze Zahl).</translation>
        </message>
        <message numerus="yes">
            <source>This is not a JourneyDesk project: the file holds a number too large to store (a whole number of %n digit(s), line %1).</source>
            <translation>
                <numerusform>Dies ist kein JourneyDesk-Projekt: Die Datei enthält eine Zahl, die zu groß zum Speichern ist (eine ganze Zahl mit %n Ziffer, Zeile %1).</numerusform>
                <numerusform>Dies ist kein JourneyDesk-Projekt: Die Datei enthält eine Zahl, die zu groß zum Speichern ist (eine ganze Zahl mit %n Ziffern, Zeile %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>The file nests data more than %1 levels deep (from line %2), far too deeply to be a JourneyDesk project.</source>
            <translation>Die Datei verschachtelt Daten mehr als %1 Ebenen tief (ab Zeile %2), viel zu tief für ein JourneyDesk-Projekt.</translation>
        </message>
        <message>
            <source>The file nests data more than %1 levels deep, far too deeply to be a JourneyDesk project.</source>
            <translation>Die Datei verschachtelt Daten mehr als %1 Ebenen tief, viel zu tief für ein JourneyDesk-Projekt.</translation>
        </message>
        <message>
            <source>The file repeats a key in one of its objects, so it is not clear which counts.</source>
            <translation>Die Datei wiederholt einen Schlüssel in einem ihrer Objekte; es ist daher nicht klar, welcher gilt.</translation>
        </message>
        <message>
            <source>the project</source>
            <translation>das Projekt</translation>
        </message>
        <message>
            <source>The key %1 appears twice in %2 (line %3), so it is not clear which value counts; remove one of them in a text editor.</source>
            <translation>Der Schlüssel %1 kommt in %2 (Zeile %3) zweimal vor; es ist daher nicht klar, welcher Wert gilt. Entfernen Sie einen davon in einem Texteditor.</translation>
        </message>
    </context>
    <context>
        <name>KeyboardShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Find a shortcut</source>
            <translation>Tastenkürzel suchen</translation>
        </message>
        <message>
            <source>Shows only the shortcuts whose action, keys or menu contain the text typed</source>
            <translation>Zeigt nur die Tastenkürzel, deren Aktion, Tasten oder Menü den eingegebenen Text enthalten</translation>
        </message>
        <message>
            <source>Find an action or a key</source>
            <translation>Aktion oder Taste suchen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Every action that has keys: its name, its keys and its menu</source>
            <translation>Jede Aktion mit Tastenkürzel: ihr Name, ihre Tasten und ihr Menü</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>Arbeitsfläche</translation>
        </message>
        <message>
            <source>Close the list of shortcuts</source>
            <translation>Liste der Tastenkürzel schließen</translation>
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message>
            <source>Cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Emotionskurve</translation>
        </message>
        <message>
            <source>Divider</source>
            <translation>Trennlinie</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <source>e.g. Pain points</source>
            <translation>z. B. Pain Points</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Lane title</source>
            <translation>Titel der Bahn</translation>
        </message>
        <message>
            <source>The lane's name, shown in its header</source>
            <translation>Der Name der Bahn, im Bahnkopf angezeigt</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>Lane kind</source>
            <translation>Art der Bahn</translation>
        </message>
        <message>
            <source>Whether the lane holds cards, a curve or a line</source>
            <translation>Ob die Bahn Karten, eine Kurve oder eine Linie enthält</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>Farbe:</translation>
        </message>
        <message>
            <source>Lane colour</source>
            <translation>Farbe der Bahn</translation>
        </message>
        <message>
            <source>The colour of the lane's header and cards</source>
            <translation>Die Farbe des Bahnkopfs und der Karten</translation>
        </message>
        <message numerus="yes">
            <source>This lane holds %n card(s), and a divider line cannot hold cards. Move or delete its cards first, then make the lane a divider.</source>
            <translation>
                <numerusform>Diese Bahn enthält %n Karte, und eine Trennlinie kann keine Karten enthalten. Verschieben oder löschen Sie zuerst die Karte und machen Sie die Bahn dann zur Trennlinie.</numerusform>
                <numerusform>Diese Bahn enthält %n Karten, und eine Trennlinie kann keine Karten enthalten. Verschieben oder löschen Sie zuerst die Karten und machen Sie die Bahn dann zur Trennlinie.</numerusform>
            </translation>
        </message>
        <message>
            <source>The title is %1 characters; a lane's title holds at most %2.</source>
            <translation>Der Titel hat %1 Zeichen; der Titel einer Bahn fasst höchstens %2.</translation>
        </message>
        <message numerus="yes">
            <source>Lane %1 of %2 · %n card(s)</source>
            <translation>
                <numerusform>Bahn %1 von %2 · %n Karte</numerusform>
                <numerusform>Bahn %1 von %2 · %n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>Lane %1 of %2 · no cards</source>
            <translation>Bahn %1 von %2 · keine Karten</translation>
        </message>
        <message>
            <source>Lane %1 of %2</source>
            <translation>Bahn %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>LaneKindText</name>
        <message>
            <source>Cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Emotionskurve</translation>
        </message>
        <message>
            <source>Divider</source>
            <translation>Trennlinie</translation>
        </message>
    </context>
    <context>
        <name>LockText</name>
        <message>
            <source>This map is already open in JourneyDesk by %1 on this computer since %3</source>
            <translation>Diese Map ist seit %3 von %1 auf diesem Computer in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk by %1 on this computer</source>
            <translation>Diese Map ist bereits von %1 auf diesem Computer in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk by %1 on %2 since %3</source>
            <translation>Diese Map ist seit %3 von %1 auf %2 in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk by %1 on %2</source>
            <translation>Diese Map ist bereits von %1 auf %2 in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk by %1 since %3</source>
            <translation>Diese Map ist seit %3 von %1 in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk by %1</source>
            <translation>Diese Map ist bereits von %1 in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk on this computer since %3</source>
            <translation>Diese Map ist seit %3 auf diesem Computer in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk on this computer</source>
            <translation>Diese Map ist bereits auf diesem Computer in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk on %2 since %3</source>
            <translation>Diese Map ist seit %3 auf %2 in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk on %2</source>
            <translation>Diese Map ist bereits auf %2 in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk since %3</source>
            <translation>Diese Map ist seit %3 in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>This map is already open in JourneyDesk</source>
            <translation>Diese Map ist bereits in JourneyDesk geöffnet</translation>
        </message>
        <message>
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <source>March</source>
            <translation>März</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Dezember</translation>
        </message>
        <message>
            <source>This map may already be open in JourneyDesk elsewhere: its lock file could not be read.</source>
            <translation>Diese Map ist möglicherweise bereits anderswo in JourneyDesk geöffnet: Ihre Sperrdatei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>%1 (process %2).</source>
            <comment>who has a map open</comment>
            <translation>%1 (Prozess %2).</translation>
        </message>
        <message>
            <source>The map's folder cannot be used for a lock file.</source>
            <translation>Der Ordner der Map kann keine Sperrdatei aufnehmen.</translation>
        </message>
        <message>
            <source>No lock file could be written in the folder %1 (%2), so other JourneyDesk users are not warned that this map is open.</source>
            <translation>Im Ordner %1 konnte keine Sperrdatei angelegt werden (%2); andere JourneyDesk-Nutzer werden daher nicht gewarnt, dass diese Map geöffnet ist.</translation>
        </message>
        <message>
            <source>No lock file could be written in the folder %1, so other JourneyDesk users are not warned that this map is open.</source>
            <translation>Im Ordner %1 konnte keine Sperrdatei angelegt werden; andere JourneyDesk-Nutzer werden daher nicht gewarnt, dass diese Map geöffnet ist.</translation>
        </message>
        <message>
            <source>%1 %2 %3, %4</source>
            <comment>day, month, year, time: 3 March 2026, 09:30</comment>
            <translation>%1. %2 %3, %4</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>The zoom of the map on show</source>
            <translation>Der Zoom der angezeigten Map</translation>
        </message>
        <message numerus="yes">
            <source>%Ln map(s)</source>
            <translation>
                <numerusform>%Ln Map</numerusform>
                <numerusform>%Ln Maps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln Karte</numerusform>
                <numerusform>%Ln Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>the maps and cards of the project opened</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 (read-only)[*] — JourneyDesk</source>
            <comment>%1: the map's name</comment>
            <translation>%1 (schreibgeschützt)[*] — JourneyDesk</translation>
        </message>
        <message>
            <source>%1[*] — JourneyDesk</source>
            <comment>%1: the map's name</comment>
            <translation>%1[*] — JourneyDesk</translation>
        </message>
        <message>
            <source>What you are typing about the persona cannot be kept as it is: %1 Change it, then try again.</source>
            <translation>Was Sie zur Persona eingeben, kann so nicht übernommen werden: %1 Ändern Sie es und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>What you are typing in the inspector cannot be kept as it is: %1 Change it, then try again.</source>
            <translation>Was Sie in den Eigenschaften eingeben, kann so nicht übernommen werden: %1 Ändern Sie es und versuchen Sie es dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>MapActions</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>Ausschnei&amp;den</translation>
        </message>
        <message>
            <source>Move the selected cards to the clipboard</source>
            <translation>Die ausgewählten Karten in die Zwischenablage verschieben</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the selected cards</source>
            <translation>Die ausgewählten Karten kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Einfügen</translation>
        </message>
        <message>
            <source>Paste cards or lines of text into the current cell</source>
            <translation>Karten oder Textzeilen in die aktuelle Zelle einfügen</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplizieren</translation>
        </message>
        <message>
            <source>Add a copy of the selected cards beside them</source>
            <translation>Eine Kopie der ausgewählten Karten daneben anlegen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected cards</source>
            <translation>Die ausgewählten Karten löschen</translation>
        </message>
        <message>
            <source>&amp;Edit Card Text</source>
            <translation>Kartentext &amp;bearbeiten</translation>
        </message>
        <message>
            <source>Type into the selected card</source>
            <translation>In die ausgewählte Karte schreiben</translation>
        </message>
        <message>
            <source>Select &amp;All Cards</source>
            <translation>&amp;Alle Karten auswählen</translation>
        </message>
        <message>
            <source>Select every card of the map</source>
            <translation>Alle Karten der Map auswählen</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Show the map larger</source>
            <translation>Die Map größer anzeigen</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>Show the map smaller</source>
            <translation>Die Map kleiner anzeigen</translation>
        </message>
        <message>
            <source>&amp;Fit Whole Map</source>
            <translation>Ganze Map &amp;einpassen</translation>
        </message>
        <message>
            <source>Zoom so that the whole map fits the window</source>
            <translation>So zoomen, dass die ganze Map ins Fenster passt</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>Show the map at 100% zoom</source>
            <translation>Die Map mit 100 % Zoom anzeigen</translation>
        </message>
        <message>
            <source>Add &amp;Stage at End</source>
            <translation>Phase am Ende an&amp;fügen</translation>
        </message>
        <message>
            <source>Add a stage after the last one</source>
            <translation>Eine Phase nach der letzten anfügen</translation>
        </message>
        <message>
            <source>Insert Stage &amp;Before</source>
            <translation>Phase d&amp;avor einfügen</translation>
        </message>
        <message>
            <source>Add a stage before the selected one</source>
            <translation>Eine Phase vor der ausgewählten einfügen</translation>
        </message>
        <message>
            <source>Insert Stage &amp;After</source>
            <translation>Phase dana&amp;ch einfügen</translation>
        </message>
        <message>
            <source>Add a stage after the selected one</source>
            <translation>Eine Phase nach der ausgewählten einfügen</translation>
        </message>
        <message>
            <source>Move Stage &amp;Left</source>
            <translation>Phase nach lin&amp;ks verschieben</translation>
        </message>
        <message>
            <source>Move the selected stage one place to the left</source>
            <translation>Die ausgewählte Phase um eine Stelle nach links verschieben</translation>
        </message>
        <message>
            <source>Move Stage &amp;Right</source>
            <translation>Phase nach rec&amp;hts verschieben</translation>
        </message>
        <message>
            <source>Move the selected stage one place to the right</source>
            <translation>Die ausgewählte Phase um eine Stelle nach rechts verschieben</translation>
        </message>
        <message>
            <source>Delete Stage…</source>
            <translation>Phase löschen…</translation>
        </message>
        <message>
            <source>Delete the selected stage and its cards</source>
            <translation>Die ausgewählte Phase mit ihren Karten löschen</translation>
        </message>
        <message>
            <source>Add &amp;Lane at End</source>
            <translation>&amp;Bahn am Ende anfügen</translation>
        </message>
        <message>
            <source>Add a lane below the last one</source>
            <translation>Eine Bahn unter der letzten anfügen</translation>
        </message>
        <message>
            <source>Insert Lane Abo&amp;ve</source>
            <translation>Bahn dar&amp;über einfügen</translation>
        </message>
        <message>
            <source>Add a lane above the selected one</source>
            <translation>Eine Bahn über der ausgewählten einfügen</translation>
        </message>
        <message>
            <source>Insert Lane Belo&amp;w</source>
            <translation>Bahn da&amp;runter einfügen</translation>
        </message>
        <message>
            <source>Add a lane below the selected one</source>
            <translation>Eine Bahn unter der ausgewählten einfügen</translation>
        </message>
        <message>
            <source>Move Lane &amp;Up</source>
            <translation>Bahn nach &amp;oben verschieben</translation>
        </message>
        <message>
            <source>Move the selected lane one place up</source>
            <translation>Die ausgewählte Bahn um eine Stelle nach oben verschieben</translation>
        </message>
        <message>
            <source>Move Lane &amp;Down</source>
            <translation>Bahn nach un&amp;ten verschieben</translation>
        </message>
        <message>
            <source>Move the selected lane one place down</source>
            <translation>Die ausgewählte Bahn um eine Stelle nach unten verschieben</translation>
        </message>
        <message>
            <source>Delete Lane…</source>
            <translation>Bahn löschen…</translation>
        </message>
        <message>
            <source>Delete the selected lane and its cards</source>
            <translation>Die ausgewählte Bahn mit ihren Karten löschen</translation>
        </message>
        <message>
            <source>Select the cards to copy first.</source>
            <translation>Wählen Sie zuerst die Karten aus, die kopiert werden sollen.</translation>
        </message>
        <message numerus="yes">
            <source>Copied %Ln card(s).</source>
            <translation>
                <numerusform>%Ln Karte kopiert.</numerusform>
                <numerusform>%Ln Karten kopiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cut Card</source>
            <translation>Karte ausschneiden</translation>
        </message>
        <message numerus="yes">
            <source>Cut %Ln Card(s)</source>
            <translation>
                <numerusform>%Ln Karte ausschneiden</numerusform>
                <numerusform>%Ln Karten ausschneiden</numerusform>
            </translation>
        </message>
        <message>
            <source>Click a cell first: pasted cards go into the current cell.</source>
            <translation>Klicken Sie zuerst in eine Zelle: Eingefügte Karten kommen in die aktuelle Zelle.</translation>
        </message>
        <message>
            <source>Paste Card</source>
            <translation>Karte einfügen</translation>
        </message>
        <message numerus="yes">
            <source>Paste %Ln Card(s)</source>
            <translation>
                <numerusform>%Ln Karte einfügen</numerusform>
                <numerusform>%Ln Karten einfügen</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to paste: copy cards or lines of text first.</source>
            <translation>Es gibt nichts einzufügen: Kopieren Sie zuerst Karten oder Textzeilen.</translation>
        </message>
        <message>
            <source>Stage %1</source>
            <translation>Phase %1</translation>
        </message>
        <message>
            <source>Lane %1</source>
            <translation>Bahn %1</translation>
        </message>
        <message>
            <source>Select a stage first.</source>
            <translation>Wählen Sie zuerst eine Phase aus.</translation>
        </message>
        <message>
            <source>A map needs at least one stage.</source>
            <translation>Eine Map braucht mindestens eine Phase.</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Phase ohne Titel</translation>
        </message>
        <message>
            <source>Delete Stage</source>
            <translation>Phase löschen</translation>
        </message>
        <message>
            <source>Select a lane first.</source>
            <translation>Wählen Sie zuerst eine Bahn aus.</translation>
        </message>
        <message>
            <source>A map needs at least one lane.</source>
            <translation>Eine Map braucht mindestens eine Bahn.</translation>
        </message>
        <message>
            <source>Untitled lane</source>
            <translation>Bahn ohne Titel</translation>
        </message>
        <message>
            <source>Delete Lane</source>
            <translation>Bahn löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete the stage %1 and the %n card(s) in it? You can undo this with Edit &gt; Undo.</source>
            <translation>
                <numerusform>Die Phase %1 und die %n Karte darin löschen? Sie können das mit Bearbeiten &gt; Rückgängig zurücknehmen.</numerusform>
                <numerusform>Die Phase %1 und die %n Karten darin löschen? Sie können das mit Bearbeiten &gt; Rückgängig zurücknehmen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lane %1 and the %n card(s) in it? You can undo this with Edit &gt; Undo.</source>
            <translation>
                <numerusform>Die Bahn %1 und die %n Karte darin löschen? Sie können das mit Bearbeiten &gt; Rückgängig zurücknehmen.</numerusform>
                <numerusform>Die Bahn %1 und die %n Karten darin löschen? Sie können das mit Bearbeiten &gt; Rückgängig zurücknehmen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapCommandText</name>
        <message>
            <source>Delete Map</source>
            <translation>Map löschen</translation>
        </message>
        <message>
            <source>Move Map</source>
            <translation>Map verschieben</translation>
        </message>
        <message>
            <source>Rename Map</source>
            <translation>Map umbenennen</translation>
        </message>
        <message>
            <source>Edit Map</source>
            <translation>Map bearbeiten</translation>
        </message>
        <message>
            <source>Delete Persona</source>
            <translation>Persona löschen</translation>
        </message>
        <message>
            <source>Edit Persona</source>
            <translation>Persona bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>MapCopyText</name>
        <message>
            <source>Untitled map</source>
            <translation>Unbenannte Map</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <translation>%1 (Kopie %2)</translation>
        </message>
    </context>
    <context>
        <name>MapCornerText</name>
        <message>
            <source>Future state</source>
            <translation>Soll-Zustand</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Ist-Zustand</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Unbenannte Map</translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>e.g. Dinner at Forno Verde</source>
            <translation>z. B. Abendessen im Forno Verde</translation>
        </message>
        <message>
            <source>The situation this journey follows</source>
            <translation>Die Situation, der diese Journey folgt</translation>
        </message>
        <message>
            <source>Anything the team wants to keep with the map</source>
            <translation>Alles, was das Team bei der Map festhalten möchte</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Map title</source>
            <translation>Titel der Map</translation>
        </message>
        <message>
            <source>The map's name, shown top left and on its tab</source>
            <translation>Der Name der Map, oben links und auf ihrem Reiter angezeigt</translation>
        </message>
        <message>
            <source>&amp;Scenario:</source>
            <translation>&amp;Szenario:</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>Map notes</source>
            <translation>Notizen zur Map</translation>
        </message>
        <message>
            <source>The title is %1 characters; a map's title holds at most %2.</source>
            <translation>Der Titel hat %1 Zeichen; der Titel einer Map fasst höchstens %2.</translation>
        </message>
        <message>
            <source>The scenario is %1 characters; a map holds at most %2.</source>
            <translation>Das Szenario hat %1 Zeichen; eine Map fasst höchstens %2.</translation>
        </message>
        <message>
            <source>The notes are %1 characters; a map holds at most %2.</source>
            <translation>Die Notizen haben %1 Zeichen; eine Map fasst höchstens %2.</translation>
        </message>
        <message numerus="yes">
            <source>Future state · %n card(s)</source>
            <translation>
                <numerusform>Soll-Zustand · %n Karte</numerusform>
                <numerusform>Soll-Zustand · %n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Current state · %n card(s)</source>
            <translation>
                <numerusform>Ist-Zustand · %n Karte</numerusform>
                <numerusform>Ist-Zustand · %n Karten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapLayoutText</name>
        <message>
            <source>Stage %1</source>
            <translation>Phase %1</translation>
        </message>
        <message>
            <source>Lane %1</source>
            <translation>Bahn %1</translation>
        </message>
        <message>
            <source>Unnamed persona</source>
            <translation>Unbenannte Persona</translation>
        </message>
    </context>
    <context>
        <name>MapPages</name>
        <message>
            <source>&amp;New Map from Template…</source>
            <translation>&amp;Neue Map aus Vorlage…</translation>
        </message>
        <message>
            <source>Add a map made from a template after the one on show</source>
            <translation>Eine Map aus einer Vorlage hinter der angezeigten einfügen</translation>
        </message>
        <message>
            <source>&amp;Rename Map…</source>
            <translation>Map &amp;umbenennen…</translation>
        </message>
        <message>
            <source>Give the map on show another title</source>
            <translation>Der angezeigten Map einen anderen Titel geben</translation>
        </message>
        <message>
            <source>D&amp;uplicate Map</source>
            <translation>Map &amp;duplizieren</translation>
        </message>
        <message>
            <source>Copy the map on show, cards and all, next to it</source>
            <translation>Die angezeigte Map samt ihren Karten daneben kopieren</translation>
        </message>
        <message>
            <source>De&amp;lete Map…</source>
            <translation>Map &amp;löschen…</translation>
        </message>
        <message>
            <source>Delete the map on show and its cards (after asking)</source>
            <translation>Die angezeigte Map mit ihren Karten löschen (nach Rückfrage)</translation>
        </message>
        <message>
            <source>Create &amp;Future State</source>
            <translation>&amp;Soll-Zustand erstellen</translation>
        </message>
        <message>
            <source>Copy the map on show as its future state, linked to it</source>
            <translation>Die angezeigte Map als ihren Soll-Zustand kopieren, mit ihr verknüpft</translation>
        </message>
        <message>
            <source>&amp;Compare with Current State…</source>
            <translation>Mit Ist-Zustand &amp;vergleichen…</translation>
        </message>
        <message>
            <source>Show what the future state on show changes about its current state</source>
            <translation>Zeigen, was der angezeigte Soll-Zustand an seinem Ist-Zustand ändert</translation>
        </message>
        <message>
            <source>New Map</source>
            <translation>Neue Map</translation>
        </message>
        <message>
            <source>Rename Map</source>
            <translation>Map umbenennen</translation>
        </message>
        <message>
            <source>Title of the map:</source>
            <translation>Titel der Map:</translation>
        </message>
        <message>
            <source>Duplicate Map</source>
            <translation>Map duplizieren</translation>
        </message>
        <message>
            <source>%1 (future state)</source>
            <translation>%1 (Soll-Zustand)</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Unbenannte Map</translation>
        </message>
        <message>
            <source>Create Future State</source>
            <translation>Soll-Zustand erstellen</translation>
        </message>
        <message>
            <source>This map is not a future state: choose Create Future State on a current state first, then compare the copy with it.</source>
            <translation>Diese Map ist kein Soll-Zustand: Wählen Sie zuerst bei einem Ist-Zustand „Soll-Zustand erstellen“ und vergleichen Sie dann die Kopie mit ihm.</translation>
        </message>
        <message>
            <source>A project keeps at least one map: add another before deleting this one.</source>
            <translation>Ein Projekt behält mindestens eine Map: Fügen Sie eine weitere hinzu, bevor Sie diese löschen.</translation>
        </message>
        <message numerus="yes">
            <source>Delete the map %1 and the %n card(s) on it? You can undo this with Edit &gt; Undo.</source>
            <translation>
                <numerusform>Die Map %1 und die %n Karte darauf löschen? Sie können das mit Bearbeiten &gt; Rückgängig zurücknehmen.</numerusform>
                <numerusform>Die Map %1 und die %n Karten darauf löschen? Sie können das mit Bearbeiten &gt; Rückgängig zurücknehmen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Map</source>
            <translation>Map löschen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
    </context>
    <context>
        <name>MapTabs</name>
        <message>
            <source>Maps</source>
            <translation>Maps</translation>
        </message>
        <message>
            <source>The journey maps of the project, one tab each</source>
            <translation>Die Journey Maps des Projekts, je eine Registerkarte</translation>
        </message>
        <message>
            <source>Map tabs</source>
            <translation>Registerkarten der Maps</translation>
        </message>
        <message>
            <source>Choose the map to show; drag a tab to reorder the maps</source>
            <translation>Wählen Sie die anzuzeigende Map; ziehen Sie eine Registerkarte, um die Maps umzuordnen</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Unbenannte Map</translation>
        </message>
        <message>
            <source>%1
Double-click to rename the map; right-click for more.</source>
            <translation>%1
Doppelklick: Map umbenennen; Rechtsklick: weitere Aktionen.</translation>
        </message>
    </context>
    <context>
        <name>MermaidText</name>
        <message>
            <source>'%1'</source>
            <comment>a name quoted</comment>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>Left out as neither a title, a section nor a task</source>
            <translation>Weggelassen, da weder Titel noch Abschnitt noch Aufgabe</translation>
        </message>
        <message>
            <source>Tasks without a score from 1 to 5, which do not count toward an emotion</source>
            <translation>Aufgaben ohne Wert von 1 bis 5, die nicht in eine Emotion eingehen</translation>
        </message>
        <message>
            <source>Scores outside 1 to 5, each counted as the nearest of them</source>
            <translation>Werte außerhalb von 1 bis 5, jeweils als der nächstgelegene gezählt</translation>
        </message>
        <message>
            <source>Text after the actors of a task, left out</source>
            <translation>Text nach den Akteuren einer Aufgabe, weggelassen</translation>
        </message>
        <message>
            <source>Tasks before any section, put in an untitled first stage</source>
            <translation>Aufgaben vor jedem Abschnitt, in eine erste Phase ohne Titel gelegt</translation>
        </message>
        <message>
            <source>Titles replaced by a later title, as in Mermaid</source>
            <translation>Titel, die ein späterer Titel ersetzt, wie in Mermaid</translation>
        </message>
        <message>
            <source>Accessible titles, not kept as a map has one title</source>
            <translation>Barrierefreie Titel, nicht übernommen, da eine Map einen Titel hat</translation>
        </message>
        <message>
            <source>Comments, not kept as JourneyDesk has no place for them</source>
            <translation>Kommentare, nicht übernommen, da JourneyDesk keinen Platz für sie hat</translation>
        </message>
        <message>
            <source>Diagram settings, not read</source>
            <translation>Diagrammeinstellungen, nicht gelesen</translation>
        </message>
        <message>
            <source>Mermaid diagrams that are not journeys, left out</source>
            <translation>Mermaid-Diagramme, die keine Journeys sind, weggelassen</translation>
        </message>
        <message>
            <source>Texts longer than a map holds, cut short</source>
            <translation>Texte, die länger sind, als eine Map fasst, gekürzt</translation>
        </message>
        <message numerus="yes">
            <source>%1: line(s) %2.</source>
            <comment>what is wrong: on which lines</comment>
            <translation>
                <numerusform>%1: Zeile %2.</numerusform>
                <numerusform>%1: Zeilen %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>JourneyDesk did not read %n line(s) of Markdown outside the journey diagrams.</source>
            <translation>
                <numerusform>JourneyDesk hat %n Zeile Markdown außerhalb der Journey-Diagramme nicht gelesen.</numerusform>
                <numerusform>JourneyDesk hat %n Zeilen Markdown außerhalb der Journey-Diagramme nicht gelesen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The diagrams cannot become a project: %1.</source>
            <translation>Die Diagramme können kein Projekt werden: %1.</translation>
        </message>
        <message>
            <source>Score in Mermaid: %1 of 5.</source>
            <translation>Wert in Mermaid: %1 von 5.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no actors</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>Actors in Mermaid: %1.</source>
            <translation>Akteure in Mermaid: %1.</translation>
        </message>
        <message numerus="yes">
            <source>In map %1, the tasks of %n section(s) (%2) do not all share one score from 1 to 5; each stage's emotion is their average and each card keeps its own score in its notes.</source>
            <translation>
                <numerusform>In der Map %1 haben die Aufgaben von %n Abschnitt (%2) nicht alle denselben Wert von 1 bis 5; die Emotion jeder Phase ist ihr Durchschnitt, und jede Karte behält ihren eigenen Wert in ihren Notizen.</numerusform>
                <numerusform>In der Map %1 haben die Aufgaben von %n Abschnitten (%2) nicht alle denselben Wert von 1 bis 5; die Emotion jeder Phase ist ihr Durchschnitt, und jede Karte behält ihren eigenen Wert in ihren Notizen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, %n task(s) named only some of the actors (%2), who became the map's personas; each of those cards keeps its own actors in its notes.</source>
            <translation>
                <numerusform>In der Map %1 nannte %n Aufgabe nur einige der Akteure (%2), die zu den Personas der Map wurden; jede dieser Karten behält ihre eigenen Akteure in ihren Notizen.</numerusform>
                <numerusform>In der Map %1 nannten %n Aufgaben nur einige der Akteure (%2), die zu den Personas der Map wurden; jede dieser Karten behält ihre eigenen Akteure in ihren Notizen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file cannot be read: it has %1 diagrams; a project holds %2 maps at most.</source>
            <translation>Die Datei kann nicht gelesen werden: Sie hat %1 Diagramme; ein Projekt fasst höchstens %2 Maps.</translation>
        </message>
        <message>
            <source>The file cannot be read: it has %1 tasks; a project holds %2 cards at most.</source>
            <translation>Die Datei kann nicht gelesen werden: Sie hat %1 Aufgaben; ein Projekt fasst höchstens %2 Karten.</translation>
        </message>
        <message>
            <source>The file cannot be read: it has %1 actors; a project holds %2 personas at most.</source>
            <translation>Die Datei kann nicht gelesen werden: Sie hat %1 Akteure; ein Projekt fasst höchstens %2 Personas.</translation>
        </message>
        <message>
            <source>The file cannot be read: it has %1 sections in the diagram on line %3; a map holds %2 stages at most.</source>
            <translation>Die Datei kann nicht gelesen werden: Sie hat %1 Abschnitte im Diagramm in Zeile %3; eine Map fasst höchstens %2 Phasen.</translation>
        </message>
        <message>
            <source>The file cannot be read: it has %1 actors in the diagram on line %3; a map holds %2 personas at most.</source>
            <translation>Die Datei kann nicht gelesen werden: Sie hat %1 Akteure im Diagramm in Zeile %3; eine Map fasst höchstens %2 Personas.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB, far more than any journey diagram needs, so it was not read.</source>
            <translation>Die Datei ist größer als %1 MB, weit mehr, als ein Journey-Diagramm braucht, und wurde daher nicht gelesen.</translation>
        </message>
        <message>
            <source>Some bytes are not UTF-8 text (the first on line %1); they were read as �.</source>
            <translation>Einige Bytes sind kein UTF-8-Text (das erste in Zeile %1); sie wurden als � gelesen.</translation>
        </message>
        <message>
            <source>No Mermaid journey diagram was found: the diagram on line %1 starts with %2, and a journey diagram starts with the line 'journey' (in Markdown, inside a ```mermaid block).</source>
            <translation>Es wurde kein Mermaid-Journey-Diagramm gefunden: Das Diagramm in Zeile %1 beginnt mit %2, ein Journey-Diagramm beginnt aber mit der Zeile „journey“ (in Markdown innerhalb eines ```mermaid-Blocks).</translation>
        </message>
        <message>
            <source>No Mermaid journey diagram was found: the diagram on line %1 starts with %2, and a journey diagram starts with the line 'journey'.</source>
            <translation>Es wurde kein Mermaid-Journey-Diagramm gefunden: Das Diagramm in Zeile %1 beginnt mit %2, ein Journey-Diagramm beginnt aber mit der Zeile „journey“.</translation>
        </message>
        <message>
            <source>No Mermaid journey diagram was found: the file has no Mermaid diagram, and a journey diagram starts with the line 'journey' (in Markdown, inside a ```mermaid block).</source>
            <translation>Es wurde kein Mermaid-Journey-Diagramm gefunden: Die Datei enthält kein Mermaid-Diagramm; ein Journey-Diagramm beginnt mit der Zeile „journey“ (in Markdown innerhalb eines ```mermaid-Blocks).</translation>
        </message>
        <message>
            <source>No Mermaid journey diagram was found: the file has no Mermaid diagram, and a journey diagram starts with the line 'journey'.</source>
            <translation>Es wurde kein Mermaid-Journey-Diagramm gefunden: Die Datei enthält kein Mermaid-Diagramm; ein Journey-Diagramm beginnt mit der Zeile „journey“.</translation>
        </message>
        <message>
            <source>The project has no maps, so the diagram is empty.</source>
            <translation>Das Projekt hat keine Maps, daher ist das Diagramm leer.</translation>
        </message>
        <message numerus="yes">
            <source>A .mmd file holds one diagram, so only the map %1 was written; the export left out %n other map(s) (%2). Export as Markdown (.md) to keep every map.</source>
            <translation>
                <numerusform>Eine .mmd-Datei fasst ein Diagramm, daher wurde nur die Map %1 geschrieben; der Export hat %n weitere Map (%2) weggelassen. Exportieren Sie als Markdown (.md), um alle Maps zu behalten.</numerusform>
                <numerusform>Eine .mmd-Datei fasst ein Diagramm, daher wurde nur die Map %1 geschrieben; der Export hat %n weitere Maps (%2) weggelassen. Exportieren Sie als Markdown (.md), um alle Maps zu behalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>The project title %1 was left out.</source>
            <translation>Der Projekttitel %1 wurde weggelassen.</translation>
        </message>
        <message>
            <source>Map %1</source>
            <translation>Map %1</translation>
        </message>
        <message>
            <source>The project has no maps, so the file holds no diagram.</source>
            <translation>Das Projekt hat keine Maps, daher enthält die Datei kein Diagramm.</translation>
        </message>
        <message numerus="yes">
            <source>In map %1, the export left out %n other lane(s) (%2), with their %3, as a Mermaid journey holds only tasks.</source>
            <translation>
                <numerusform>In der Map %1 hat der Export %n weitere Bahn (%2) samt %3 weggelassen, da eine Mermaid-Journey nur Aufgaben enthält.</numerusform>
                <numerusform>In der Map %1 hat der Export %n weitere Bahnen (%2) samt %3 weggelassen, da eine Mermaid-Journey nur Aufgaben enthält.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, the export left out %n other lane(s) (%2), as a Mermaid journey holds only tasks.</source>
            <translation>
                <numerusform>In der Map %1 hat der Export %n weitere Bahn (%2) weggelassen, da eine Mermaid-Journey nur Aufgaben enthält.</numerusform>
                <numerusform>In der Map %1 hat der Export %n weitere Bahnen (%2) weggelassen, da eine Mermaid-Journey nur Aufgaben enthält.</numerusform>
            </translation>
        </message>
        <message>
            <source>In map %1, the cards of lane %2 became the tasks.</source>
            <translation>In der Map %1 wurden die Karten der Bahn %2 zu den Aufgaben.</translation>
        </message>
        <message>
            <source>%1 had tags</source>
            <translation>%1 mit Tags</translation>
        </message>
        <message>
            <source>%1 had votes (%2 in all)</source>
            <translation>%1 mit Punkten (%2 insgesamt)</translation>
        </message>
        <message>
            <source>%1 had their own colour</source>
            <translation>%1 mit eigener Farbe</translation>
        </message>
        <message>
            <source>%1 had an owner</source>
            <translation>%1 mit Verantwortlichem</translation>
        </message>
        <message>
            <source>%1 had notes</source>
            <translation>%1 mit Notizen</translation>
        </message>
        <message numerus="yes">
            <source>In map %1, of the %n task card(s), %2; Mermaid tasks hold none of these, so they were left out.</source>
            <translation>
                <numerusform>Von der %n Aufgabenkarte der Map %1: %2; Mermaid-Aufgaben nehmen nichts davon auf, daher wurde es weggelassen.</numerusform>
                <numerusform>Von den %n Aufgabenkarten der Map %1: %2; Mermaid-Aufgaben nehmen nichts davon auf, daher wurde es weggelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, the export left out %n empty card(s).</source>
            <translation>
                <numerusform>In der Map %1 hat der Export %n leere Karte weggelassen.</numerusform>
                <numerusform>In der Map %1 hat der Export %n leere Karten weggelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the goals of %n stage(s)</source>
            <translation>
                <numerusform>die Ziele von %n Phase</numerusform>
                <numerusform>die Ziele von %n Phasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the descriptions of %n stage(s)</source>
            <translation>
                <numerusform>die Beschreibungen von %n Phase</numerusform>
                <numerusform>die Beschreibungen von %n Phasen</numerusform>
            </translation>
        </message>
        <message>
            <source>the map's notes</source>
            <translation>die Notizen der Map</translation>
        </message>
        <message numerus="yes">
            <source>%n dot-voting round(s)</source>
            <translation>
                <numerusform>%n Abstimmungsrunde</numerusform>
                <numerusform>%n Abstimmungsrunden</numerusform>
            </translation>
        </message>
        <message>
            <source>its mark as a future state</source>
            <translation>ihre Kennzeichnung als Soll-Zustand</translation>
        </message>
        <message numerus="yes">
            <source>the emotion curves of %n other persona(s)</source>
            <translation>
                <numerusform>die Emotionskurven von %n weiteren Persona</numerusform>
                <numerusform>die Emotionskurven von %n weiteren Personas</numerusform>
            </translation>
        </message>
        <message>
            <source>In map %1, these were left out: %2.</source>
            <translation>In der Map %1 wurde Folgendes weggelassen: %2.</translation>
        </message>
        <message numerus="yes">
            <source>In map %1, Mermaid shows the neutral score %2 for %n stage(s) without an emotion score; a comment keeps them unscored when read back.</source>
            <translation>
                <numerusform>In der Map %1 zeigt Mermaid für %n Phase ohne Emotionswert den neutralen Wert %2; ein Kommentar hält sie beim Zurücklesen ohne Wert.</numerusform>
                <numerusform>In der Map %1 zeigt Mermaid für %n Phasen ohne Emotionswert den neutralen Wert %2; ein Kommentar hält sie beim Zurücklesen ohne Wert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, %n persona(s) without a name could not be actors.</source>
            <translation>
                <numerusform>In der Map %1 konnte %n Persona ohne Namen kein Akteur werden.</numerusform>
                <numerusform>In der Map %1 konnten %n Personas ohne Namen keine Akteure werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>In map %1, the personas were left out, as only tasks name actors.</source>
            <translation>In der Map %1 wurden die Personas weggelassen, da nur Aufgaben Akteure nennen.</translation>
        </message>
        <message numerus="yes">
            <source>In map %1, %n name(s) held characters Mermaid reserves (':', '#', ';', '%%', line breaks, spaces at either end); they were written as Mermaid character codes such as #58; and line breaks as &lt;br&gt;, which Mermaid shows as the text.</source>
            <translation>
                <numerusform>In der Map %1 enthielt %n Name Zeichen, die Mermaid reserviert (':', '#', ';', '%%', Zeilenumbrüche, Leerzeichen an einem Ende); sie wurden als Mermaid-Zeichencodes wie #58; geschrieben und Zeilenumbrüche als &lt;br&gt;, die Mermaid als Text anzeigt.</numerusform>
                <numerusform>In der Map %1 enthielten %n Namen Zeichen, die Mermaid reserviert (':', '#', ';', '%%', Zeilenumbrüche, Leerzeichen an einem Ende); sie wurden als Mermaid-Zeichencodes wie #58; geschrieben und Zeilenumbrüche als &lt;br&gt;, die Mermaid als Text anzeigt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The export left out %n persona(s) that no exported map names: %1.</source>
            <translation>
                <numerusform>Der Export hat %n Persona weggelassen, die keine exportierte Map nennt: %1.</numerusform>
                <numerusform>Der Export hat %n Personas weggelassen, die keine exportierte Map nennt: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the names of personas become actors; the details (role, age, quote, goals, needs, frustrations, photo) of %n persona(s) were left out.</source>
            <translation>
                <numerusform>Nur die Namen von Personas werden zu Akteuren; die Angaben (Rolle, Alter, Zitat, Ziele, Bedürfnisse, Frustrationen, Foto) von %n Persona wurden weggelassen.</numerusform>
                <numerusform>Nur die Namen von Personas werden zu Akteuren; die Angaben (Rolle, Alter, Zitat, Ziele, Bedürfnisse, Frustrationen, Foto) von %n Personas wurden weggelassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The project description was left out.</source>
            <translation>Die Projektbeschreibung wurde weggelassen.</translation>
        </message>
    </context>
    <context>
        <name>MessageText</name>
        <message>
            <source>“%1”</source>
            <comment>a name quoted in a sentence</comment>
            <translation>„%1“</translation>
        </message>
    </context>
    <context>
        <name>MigrationText</name>
        <message>
            <source>JourneyDesk does not know how to upgrade file format %1 to format %2.</source>
            <translation>JourneyDesk kann das Dateiformat %1 nicht auf Format %2 aktualisieren.</translation>
        </message>
        <message>
            <source>The file uses the older format %1 and is damaged in a way that stops it from being upgraded (%2).</source>
            <translation>Die Datei verwendet das ältere Format %1 und ist so beschädigt, dass sie nicht aktualisiert werden kann (%2).</translation>
        </message>
    </context>
    <context>
        <name>NewFromTemplateDialog</name>
        <message>
            <source>New Map from Template</source>
            <translation>Neue Map aus Vorlage</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <source>The templates to start the map from, with their stages and lanes beside</source>
            <translation>Die Vorlagen für den Start der Map, daneben ihre Phasen und Bahnen</translation>
        </message>
        <message>
            <source>Map name</source>
            <translation>Name der Map</translation>
        </message>
        <message>
            <source>The new map's name; left empty, the template's name is used</source>
            <translation>Der Name der neuen Map; bleibt er leer, wird der Name der Vorlage verwendet</translation>
        </message>
        <message>
            <source>For example: Onboarding, current state</source>
            <translation>Zum Beispiel: Onboarding, Ist-Zustand</translation>
        </message>
        <message>
            <source>Stages:</source>
            <translation>Phasen:</translation>
        </message>
        <message>
            <source>Lanes:</source>
            <translation>Bahnen:</translation>
        </message>
        <message>
            <source>Map name:</source>
            <translation>Name der Map:</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <source>Create the map from the chosen template</source>
            <translation>Die Map aus der gewählten Vorlage erstellen</translation>
        </message>
        <message>
            <source>Close without creating a map</source>
            <translation>Schließen, ohne eine Map zu erstellen</translation>
        </message>
    </context>
    <context>
        <name>OpenFileText</name>
        <message>
            <source>No program on this computer opened the %1 %2. Its folder is open instead.</source>
            <translation>Kein Programm auf diesem Computer hat die %1-Datei %2 geöffnet. Stattdessen ist ihr Ordner geöffnet.</translation>
        </message>
        <message>
            <source>No program on this computer opened the %1 %2. It is in %3.</source>
            <translation>Kein Programm auf diesem Computer hat die %1-Datei %2 geöffnet. Sie liegt in %3.</translation>
        </message>
        <message>
            <source>Cannot Open</source>
            <translation>Öffnen nicht möglich</translation>
        </message>
    </context>
    <context>
        <name>OpenJourneyText</name>
        <message>
            <source>%1 is not text, so it was left out.</source>
            <translation>%1 ist kein Text und wurde weggelassen.</translation>
        </message>
        <message>
            <source>Some nodes name a stage (id '%1') that the file does not list, so a stage was added for them.</source>
            <translation>Einige Knoten nennen eine Phase (ID „%1“), die die Datei nicht enthält; daher wurde für sie eine Phase angelegt.</translation>
        </message>
        <message>
            <source>Some nodes name a swimlane (id '%1') that the file does not list, so a swimlane was added for them.</source>
            <translation>Einige Knoten nennen eine Swimlane (ID „%1“), die die Datei nicht enthält; daher wurde für sie eine Bahn angelegt.</translation>
        </message>
        <message>
            <source>a tag</source>
            <translation>ein Tag</translation>
        </message>
        <message>
            <source>the %1 of node %2</source>
            <comment>a field of a node</comment>
            <translation>%1 des Knotens %2</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s) had a score that is not a number, left out: %1.</source>
            <translation>
                <numerusform>%n Knoten hatte einen Wert, der keine Zahl ist; weggelassen: %1.</numerusform>
                <numerusform>%n Knoten hatten einen Wert, der keine Zahl ist; weggelassen: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Node %1 has %2 tags; the first %3 were kept.</source>
            <translation>Der Knoten %1 hat %2 Tags; die ersten %3 wurden übernommen.</translation>
        </message>
        <message>
            <source>the title of a node</source>
            <translation>der Titel eines Knotens</translation>
        </message>
        <message>
            <source>a node's stage id</source>
            <translation>die Phasen-ID eines Knotens</translation>
        </message>
        <message>
            <source>a node's swimlane id</source>
            <translation>die Swimlane-ID eines Knotens</translation>
        </message>
        <message>
            <source>the description of %1</source>
            <translation>die Beschreibung von %1</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s) had an icon, which JourneyDesk does not show; left out: %1.</source>
            <translation>
                <numerusform>%n Knoten hatte ein Symbol, das JourneyDesk nicht anzeigt; weggelassen: %1.</numerusform>
                <numerusform>%n Knoten hatten Symbole, die JourneyDesk nicht anzeigt; weggelassen: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n node(s) had fields the OpenJourney specification does not list; left out: %1.</source>
            <translation>
                <numerusform>%n Knoten hatte Felder, die die OpenJourney-Spezifikation nicht kennt; weggelassen: %1.</numerusform>
                <numerusform>%n Knoten hatten Felder, die die OpenJourney-Spezifikation nicht kennt; weggelassen: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>a blueprint item of %1</source>
            <translation>ein Blueprint-Eintrag von %1</translation>
        </message>
        <message numerus="yes">
            <source>%n blueprint item(s) had fields JourneyDesk does not know; left out: %1.</source>
            <translation>
                <numerusform>%n Blueprint-Eintrag hatte Felder, die JourneyDesk nicht kennt; weggelassen: %1.</numerusform>
                <numerusform>%n Blueprint-Einträge hatten Felder, die JourneyDesk nicht kennt; weggelassen: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Node %1 is not an object of fields, so it was skipped.</source>
            <translation>Knoten %1 ist kein Objekt mit Feldern und wurde übersprungen.</translation>
        </message>
        <message>
            <source>the persona</source>
            <translation>die Persona</translation>
        </message>
        <message>
            <source>A project holds %1 cards, so the last %2 were left out.</source>
            <translation>Ein Projekt fasst %1 Karten, daher wurden die letzten %2 weggelassen.</translation>
        </message>
        <message>
            <source>the title</source>
            <translation>der Titel</translation>
        </message>
        <message>
            <source>Imported journey</source>
            <translation>Importierte Journey</translation>
        </message>
        <message>
            <source>the point of view</source>
            <translation>die Perspektive</translation>
        </message>
        <message>
            <source>The file is %1 MB, too large to be an OpenJourney map (the limit is %2 MB).</source>
            <translation>Die Datei ist %1 MB groß, zu groß für eine OpenJourney-Map (die Grenze liegt bei %2 MB).</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text (byte %1 is not valid UTF-8), so it is not an OpenJourney map.</source>
            <translation>Die Datei ist kein UTF-8-Text (Byte %1 ist kein gültiges UTF-8), also keine OpenJourney-Map.</translation>
        </message>
        <message>
            <source>The file is not valid JSON, so it is not an OpenJourney map: %1 at line %2, column %3.</source>
            <translation>Die Datei ist kein gültiges JSON, also keine OpenJourney-Map: %1 in Zeile %2, Spalte %3.</translation>
        </message>
        <message>
            <source>The file nests its data far deeper than a journey map, so it was not read.</source>
            <translation>Die Datei verschachtelt ihre Daten viel tiefer als eine Journey Map und wurde nicht gelesen.</translation>
        </message>
        <message>
            <source>The file is JSON but not an OpenJourney map: it has no stages, swimlanes or nodes.</source>
            <translation>Die Datei ist JSON, aber keine OpenJourney-Map: Sie hat weder „stages“ noch „swimlanes“ noch „nodes“.</translation>
        </message>
        <message>
            <source>the description</source>
            <translation>die Beschreibung</translation>
        </message>
        <message>
            <source>The file's stages are not a list, so they were left out.</source>
            <translation>Der Eintrag „stages“ der Datei ist keine Liste und wurde weggelassen.</translation>
        </message>
        <message>
            <source>The file's swimlanes are not a list, so they were left out.</source>
            <translation>Der Eintrag „swimlanes“ der Datei ist keine Liste und wurde weggelassen.</translation>
        </message>
        <message>
            <source>The file's nodes are not a list, so they were left out.</source>
            <translation>Der Eintrag „nodes“ der Datei ist keine Liste und wurde weggelassen.</translation>
        </message>
        <message>
            <source>Some of the file's stages are not objects of fields; skipped.</source>
            <translation>Einige Einträge unter „stages“ sind keine Objekte mit Feldern; übersprungen.</translation>
        </message>
        <message>
            <source>The file has %1 stages; JourneyDesk keeps %2, and the nodes of the others were placed in the last one.</source>
            <translation>Die Datei hat %1 Phasen; JourneyDesk behält %2, und die Knoten der übrigen kamen in die letzte.</translation>
        </message>
        <message>
            <source>the name of one of the stages</source>
            <translation>der Name einer der Phasen</translation>
        </message>
        <message>
            <source>the id of one of the stages</source>
            <translation>die ID einer der Phasen</translation>
        </message>
        <message>
            <source>Some of the file's swimlanes are not objects of fields; skipped.</source>
            <translation>Einige Einträge unter „swimlanes“ sind keine Objekte mit Feldern; übersprungen.</translation>
        </message>
        <message>
            <source>The file has %1 swimlanes; JourneyDesk keeps %2, and the nodes of the others were placed in the last one.</source>
            <translation>Die Datei hat %1 Swimlanes; JourneyDesk behält %2, und die Knoten der übrigen kamen in die letzte.</translation>
        </message>
        <message>
            <source>the name of one of the swimlanes</source>
            <translation>der Name einer der Swimlanes</translation>
        </message>
        <message>
            <source>the id of one of the swimlanes</source>
            <translation>die ID einer der Swimlanes</translation>
        </message>
        <message>
            <source>Lane %1 draws the emotion curve; in OpenJourney it is an ordinary swimlane, and Ptolemy draws the curve from the stages' scores.</source>
            <translation>Die Bahn %1 zeigt die Emotionskurve; in OpenJourney ist sie eine gewöhnliche Swimlane, und Ptolemy zeichnet die Kurve aus den Werten der Phasen.</translation>
        </message>
        <message>
            <source>OpenJourney has no divider lines; %1 was left out.</source>
            <translation>OpenJourney kennt keine Trennlinien; %1 wurde weggelassen.</translation>
        </message>
        <message>
            <source>The project has no map, so an empty journey was written.</source>
            <translation>Das Projekt hat keine Map, daher wurde eine leere Journey geschrieben.</translation>
        </message>
        <message>
            <source>An OpenJourney file holds one map; only the first, %1, was written.</source>
            <translation>Eine OpenJourney-Datei fasst eine Map; nur die erste, %1, wurde geschrieben.</translation>
        </message>
        <message>
            <source>An OpenJourney map has one persona; only the first was written.</source>
            <translation>Eine OpenJourney-Map hat eine Persona; nur die erste wurde geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>PainterText</name>
        <message>
            <source>Journey map</source>
            <translation>Journey Map</translation>
        </message>
        <message>
            <source>Assembly guide: %1</source>
            <translation>Aufbauplan: %1</translation>
        </message>
        <message>
            <source>Print every sheet at 100% (no fit-to-page). Trim the margins on the left and top of each sheet, then lay it over the shaded strip of its neighbour. Work row by row from the top left; the small label on each sheet names its place.</source>
            <translation>Drucken Sie jedes Blatt in 100 % (nicht „An Seite anpassen“). Schneiden Sie bei jedem Blatt den linken und den oberen Rand ab und legen Sie es über den schattierten Streifen seines Nachbarn. Arbeiten Sie Reihe für Reihe von oben links; die kleine Beschriftung auf jedem Blatt nennt seinen Platz.</translation>
        </message>
    </context>
    <context>
        <name>PaperText</name>
        <message>
            <source>%1-inch</source>
            <translation>%1 Zoll</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <source>%1 (%2 in roll)</source>
            <translation>%1 (Rolle, %2 in)</translation>
        </message>
        <message>
            <source>%1 (%2 x %3 %4)</source>
            <translation>%1 (%2 × %3 %4)</translation>
        </message>
        <message>
            <source>'%1' is not a length such as 10mm, 2m or 36in</source>
            <translation>'%1' ist keine Länge wie 10mm, 2m oder 36in</translation>
        </message>
        <message>
            <source>There is no paper '%1'; use one of %2, or a size like 500x700mm.</source>
            <translation>Es gibt kein Papier '%1'; verwenden Sie eines von %2 oder eine Größe wie 500x700mm.</translation>
        </message>
    </context>
    <context>
        <name>PersonaCardItemText</name>
        <message>
            <source>The persona of this map: click to edit it in the Personas panel</source>
            <translation>Die Persona dieser Map: Klicken Sie, um sie im Bereich „Personas“ zu bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>PersonaCardText</name>
        <message>
            <source>Unnamed persona</source>
            <translation>Unbenannte Persona</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>a persona's age, role</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>a persona's quote</comment>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
    </context>
    <context>
        <name>PersonaForm</name>
        <message>
            <source>Goals:</source>
            <translation>Ziele:</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>What the persona wants to achieve, one per line</source>
            <translation>Was die Persona erreichen möchte, eines pro Zeile</translation>
        </message>
        <message>
            <source>Needs:</source>
            <translation>Bedürfnisse:</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Bedürfnisse</translation>
        </message>
        <message>
            <source>What the persona needs, one per line</source>
            <translation>Was die Persona braucht, eines pro Zeile</translation>
        </message>
        <message>
            <source>Frustrations:</source>
            <translation>Frustrationen:</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Frustrationen</translation>
        </message>
        <message>
            <source>What frustrates the persona, one per line</source>
            <translation>Was die Persona frustriert, eines pro Zeile</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>e.g. Eva Moline</source>
            <translation>z. B. Eva Moline</translation>
        </message>
        <message>
            <source>e.g. Journalist, 29</source>
            <translation>z. B. Journalistin, 29</translation>
        </message>
        <message>
            <source>In their own words</source>
            <translation>In eigenen Worten</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>Eines pro Zeile</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Foto auswählen</translation>
        </message>
        <message>
            <source>Pick a picture file for the persona's photo; a picture can also be dropped here</source>
            <translation>Eine Bilddatei als Foto der Persona wählen; ein Bild kann auch hierher gezogen werden</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the photo</source>
            <translation>Foto entfernen</translation>
        </message>
        <message>
            <source>The persona keeps no photo</source>
            <translation>Die Persona behält kein Foto</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Persona name</source>
            <translation>Name der Persona</translation>
        </message>
        <message>
            <source>The persona's name, shown on their card</source>
            <translation>Der Name der Persona, auf ihrer Karte angezeigt</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>What the persona does, such as their job</source>
            <translation>Was die Persona macht, etwa ihr Beruf</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>&amp;Alter:</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>The persona's age; the lowest value leaves it out</source>
            <translation>Das Alter der Persona; der kleinste Wert lässt es weg</translation>
        </message>
        <message>
            <source>&amp;Quote:</source>
            <translation>&amp;Zitat:</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Something the persona says, in their own words</source>
            <translation>Etwas, das die Persona in eigenen Worten sagt</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>Farbe:</translation>
        </message>
        <message>
            <source>Persona colour</source>
            <translation>Farbe der Persona</translation>
        </message>
        <message>
            <source>The colour of the persona's card and curve</source>
            <translation>Die Farbe der Personakarte und ihrer Kurve</translation>
        </message>
        <message>
            <source>Photo:</source>
            <translation>Foto:</translation>
        </message>
        <message>
            <source>The persona's photo; drop a picture here to set it</source>
            <translation>Das Foto der Persona; ziehen Sie ein Bild hierher, um es festzulegen</translation>
        </message>
        <message>
            <source>The name is %1 characters; a persona's name holds at most %2.</source>
            <translation>Der Name hat %1 Zeichen; der Name einer Persona fasst höchstens %2.</translation>
        </message>
        <message>
            <source>The role is %1 characters; a persona's role holds at most %2.</source>
            <translation>Die Rolle hat %1 Zeichen; die Rolle einer Persona fasst höchstens %2.</translation>
        </message>
        <message>
            <source>The quote is %1 characters; a quote holds at most %2.</source>
            <translation>Das Zitat hat %1 Zeichen; ein Zitat fasst höchstens %2.</translation>
        </message>
        <message>
            <source>There are %1 lines; at most %2.</source>
            <translation>Das sind %1 Zeilen; erlaubt sind höchstens %2.</translation>
        </message>
        <message>
            <source>A line is %1 characters; a line holds at most %2.</source>
            <translation>Eine Zeile hat %1 Zeichen; eine Zeile fasst höchstens %2.</translation>
        </message>
        <message>
            <source>Drop a
picture</source>
            <translation>Bild hierher
ziehen</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Choose a Photo</source>
            <translation>Foto auswählen</translation>
        </message>
    </context>
    <context>
        <name>PersonasDock</name>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>The project's personas; the one chosen is edited below</source>
            <translation>Die Personas des Projekts; die gewählte wird darunter bearbeitet</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Persona hinzufügen</translation>
        </message>
        <message>
            <source>Adds a persona, about the map on show</source>
            <translation>Fügt eine Persona für die angezeigte Map hinzu</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Duplicate the persona</source>
            <translation>Persona duplizieren</translation>
        </message>
        <message>
            <source>Copies the chosen persona, photo and all, under a new name</source>
            <translation>Kopiert die gewählte Persona samt Foto unter neuem Namen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Delete the persona</source>
            <translation>Persona löschen</translation>
        </message>
        <message>
            <source>Deletes the chosen persona, asking first when a map is about them</source>
            <translation>Löscht die gewählte Persona und fragt vorher nach, wenn eine Map von ihr handelt</translation>
        </message>
        <message>
            <source>This map is about this persona</source>
            <translation>Diese Map handelt von dieser Persona</translation>
        </message>
        <message>
            <source>Shows the persona's card and emotion curve on the map on show</source>
            <translation>Zeigt die Karte und die Emotionskurve der Persona in der angezeigten Map</translation>
        </message>
        <message>
            <source>Personas panel</source>
            <translation>Personas-Bereich</translation>
        </message>
        <message>
            <source>The project's personas, and the form of the one chosen</source>
            <translation>Die Personas des Projekts und das Formular der gewählten</translation>
        </message>
        <message>
            <source>Persona %1</source>
            <translation>Persona %1</translation>
        </message>
        <message>
            <source>Add Persona</source>
            <translation>Persona hinzufügen</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <source>Duplicate Persona</source>
            <translation>Persona duplizieren</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Unbenannte Map</translation>
        </message>
        <message>
            <source>%1 is the persona of %2. Delete them anyway? You can undo this with Edit &gt; Undo.</source>
            <translation>%1 ist die Persona von %2. Trotzdem löschen? Sie können das mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
        </message>
        <message>
            <source>This persona</source>
            <translation>Diese Persona</translation>
        </message>
        <message>
            <source>Delete Persona</source>
            <translation>Persona löschen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Unnamed persona</source>
            <translation>Unbenannte Persona</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>PhotoCheckText</name>
        <message>
            <source>The photo is not a PNG, JPEG, GIF or WebP picture.</source>
            <translation>Das Foto ist kein PNG-, JPEG-, GIF- oder WebP-Bild.</translation>
        </message>
        <message>
            <source>The photo is a damaged picture (its header is cut short).</source>
            <translation>Das Foto ist ein beschädigtes Bild (sein Header ist abgeschnitten).</translation>
        </message>
        <message>
            <source>The photo is a damaged picture (its header cannot be read).</source>
            <translation>Das Foto ist ein beschädigtes Bild (sein Header kann nicht gelesen werden).</translation>
        </message>
        <message>
            <source>The photo is larger than %1 MB.</source>
            <translation>Das Foto ist größer als %1 MB.</translation>
        </message>
        <message>
            <source>The photo has no pixels (its header says %1 x %2).</source>
            <translation>Das Foto hat keine Pixel (laut Header %1 × %2).</translation>
        </message>
        <message>
            <source>The photo is %1 x %2 pixels, the limit is %3 x %4.</source>
            <translation>Das Foto hat %1 × %2 Pixel, erlaubt sind höchstens %3 × %4.</translation>
        </message>
        <message>
            <source>The photo is marked as a %1 picture but holds a %2 picture.</source>
            <translation>Das Foto ist als %1-Bild gekennzeichnet, enthält aber ein %2-Bild.</translation>
        </message>
        <message>
            <source>the photo is larger than %1 MB</source>
            <translation>das Foto ist größer als %1 MB</translation>
        </message>
        <message>
            <source>the photo data is damaged (not base64)</source>
            <translation>die Fotodaten sind beschädigt (kein Base64)</translation>
        </message>
    </context>
    <context>
        <name>PhotoText</name>
        <message>
            <source>The picture does not exist (any more).</source>
            <translation>Das Bild existiert nicht (mehr).</translation>
        </message>
        <message>
            <source>You do not have permission to read this picture.</source>
            <translation>Sie haben keine Berechtigung, dieses Bild zu lesen.</translation>
        </message>
        <message>
            <source>This is a folder, not a picture.</source>
            <translation>Das ist ein Ordner, kein Bild.</translation>
        </message>
        <message>
            <source>This is not an ordinary file (it may be a pipe or a device), so it is not opened as a picture.</source>
            <translation>Das ist keine gewöhnliche Datei (vielleicht eine Pipe oder ein Gerät) und wird daher nicht als Bild geöffnet.</translation>
        </message>
        <message>
            <source>The picture is larger than %1 MB; choose a smaller one.</source>
            <translation>Das Bild ist größer als %1 MB; wählen Sie ein kleineres.</translation>
        </message>
        <message>
            <source>The picture could not be made small enough to store.</source>
            <translation>Das Bild ließ sich nicht klein genug zum Speichern machen.</translation>
        </message>
        <message>
            <source>The picture could not be read (%1); it may be damaged.</source>
            <translation>Das Bild konnte nicht gelesen werden (%1); es ist möglicherweise beschädigt.</translation>
        </message>
        <message>
            <source>The picture could not be stored (its format cannot be written).</source>
            <translation>Das Bild konnte nicht gespeichert werden (sein Format kann nicht geschrieben werden).</translation>
        </message>
    </context>
    <context>
        <name>PictureText</name>
        <message>
            <source>Journey map</source>
            <translation>Journey Map</translation>
        </message>
        <message>
            <source>A customer journey map drawn by JourneyDesk</source>
            <translation>Eine Customer Journey Map, gezeichnet mit JourneyDesk</translation>
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message>
            <source>1 sheet of %1 (%2), poster %3</source>
            <translation>1 Blatt %1 (%2), Poster %3</translation>
        </message>
        <message>
            <source>1 sheet of %1, %2</source>
            <translation>1 Blatt %1, %2</translation>
        </message>
        <message>
            <source>%1 x %2 sheets of %3, %4</source>
            <translation>%1 × %2 Blätter %3, %4</translation>
        </message>
        <message>
            <source>%1 x %2 cm</source>
            <translation>%1 × %2 cm</translation>
        </message>
        <message>
            <source>The margin cannot be negative.</source>
            <translation>Der Rand darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>The paper is larger than the 200-inch limit of PDF pages, so the page was scaled down to fit; print it at %1% to get the size you asked for.</source>
            <translation>Das Papier ist größer als 200 Zoll, die Grenze für PDF-Seiten, daher wurde die Seite verkleinert; drucken Sie sie mit %1 %, um die gewünschte Größe zu erhalten.</translation>
        </message>
        <message>
            <source>The margins leave no room on the page for the map.</source>
            <translation>Die Ränder lassen auf der Seite keinen Platz für die Map.</translation>
        </message>
        <message>
            <source>At full size the poster is %1, more than %2 holds: print it as tiles, or on a larger sheet.</source>
            <translation>In voller Größe misst das Poster %1, mehr als auf %2 passt: Drucken Sie es als Kacheln oder auf einem größeren Blatt.</translation>
        </message>
        <message>
            <source>The margins leave no room on the roll for the map.</source>
            <translation>Die Ränder lassen auf der Rolle keinen Platz für die Map.</translation>
        </message>
        <message>
            <source>At full roll width the poster would be longer than 200 inches, the limit of a PDF page, so it was scaled down to 200 inches long.</source>
            <translation>In voller Rollenbreite wäre das Poster länger als 200 Zoll, die Grenze einer PDF-Seite, daher wurde es auf 200 Zoll Länge verkleinert.</translation>
        </message>
        <message>
            <source>A roll prints the poster in one piece: choose one sheet, not tiles.</source>
            <translation>Auf einer Rolle wird das Poster am Stück gedruckt: Wählen Sie ein Blatt, keine Kacheln.</translation>
        </message>
        <message>
            <source>The margin and the overlap cannot be negative.</source>
            <translation>Rand und Überlappung dürfen nicht negativ sein.</translation>
        </message>
        <message>
            <source>Sheets larger than 200 inches cannot be printed as PDF pages.</source>
            <translation>Blätter über 200 Zoll lassen sich nicht als PDF-Seiten drucken.</translation>
        </message>
        <message>
            <source>The margins and the overlap leave no room on the sheets: make them smaller.</source>
            <translation>Ränder und Überlappung lassen auf den Blättern keinen Platz: Verkleinern Sie sie.</translation>
        </message>
        <message>
            <source>A poster is at least one sheet wide and one sheet high.</source>
            <translation>Ein Poster ist mindestens ein Blatt breit und ein Blatt hoch.</translation>
        </message>
        <message>
            <source>Choose the poster's size: a scale, a width, a height or sheets wide.</source>
            <translation>Wählen Sie die Größe des Posters: einen Maßstab, eine Breite, eine Höhe oder die Zahl der Blätter nebeneinander.</translation>
        </message>
        <message>
            <source>The poster's size must be larger than zero.</source>
            <translation>Die Größe des Posters muss größer als null sein.</translation>
        </message>
        <message>
            <source>That poster would take %1 sheets; choose a smaller size.</source>
            <translation>Dieses Poster bräuchte %1 Blätter; wählen Sie eine kleinere Größe.</translation>
        </message>
        <message>
            <source>Row %1 · Column %2 · sheet %3 of %4 · %5</source>
            <translation>Reihe %1 · Spalte %2 · Blatt %3 von %4 · %5</translation>
        </message>
        <message>
            <source>Row %1 · Column %2 · sheet %3 of %4</source>
            <translation>Reihe %1 · Spalte %2 · Blatt %3 von %4</translation>
        </message>
        <message>
            <source>The map is empty: add a stage and a lane before printing it.</source>
            <translation>Die Map ist leer: Fügen Sie vor dem Drucken eine Phase und eine Bahn hinzu.</translation>
        </message>
    </context>
    <context>
        <name>PosterChoiceText</name>
        <message>
            <source>Scale of the canvas</source>
            <translation>Maßstab der Arbeitsfläche</translation>
        </message>
        <message>
            <source>Poster width</source>
            <translation>Posterbreite</translation>
        </message>
        <message>
            <source>Poster height</source>
            <translation>Posterhöhe</translation>
        </message>
        <message>
            <source>Sheets wide</source>
            <translation>Blätter nebeneinander</translation>
        </message>
        <message>
            <source> sheets</source>
            <translation> Blatt</translation>
        </message>
        <message>
            <source>%1 x %2 mm notes</source>
            <translation>Haftnotizen %1 × %2 mm</translation>
        </message>
    </context>
    <context>
        <name>PosterCommandText</name>
        <message>
            <source>print a map as a PDF poster: one big sheet, or tiles to tape together</source>
            <translation>eine Map als PDF-Poster drucken: ein großes Blatt oder Kacheln zum Zusammenkleben</translation>
        </message>
        <message>
            <source>a project file</source>
            <translation>eine Projektdatei</translation>
        </message>
        <message>
            <source>the PDF to write</source>
            <translation>die zu schreibende PDF-Datei</translation>
        </message>
        <message>
            <source>paper: %1, or a size like 500x700mm (default: a4)</source>
            <translation>Papier: %1 oder eine Größe wie 500x700mm (Standard: a4)</translation>
        </message>
        <message>
            <source>default: auto</source>
            <translation>Standard: auto</translation>
        </message>
        <message>
            <source>tile over this many sheets, e.g. 4x3 (or 4 for 4 wide)</source>
            <translation>auf so viele Blätter kacheln, z. B. 4x3 (oder 4 für 4 nebeneinander)</translation>
        </message>
        <message>
            <source>tile a poster this wide, e.g. 2m or 80in</source>
            <translation>ein Poster dieser Breite kacheln, z. B. 2m oder 80in</translation>
        </message>
        <message>
            <source>tile a poster this high, e.g. 1.2m</source>
            <translation>ein Poster dieser Höhe kacheln, z. B. 1.2m</translation>
        </message>
        <message>
            <source>tile at this size of the canvas, e.g. 100%%</source>
            <translation>in dieser Größe der Arbeitsfläche kacheln, z. B. 100%%</translation>
        </message>
        <message>
            <source>printer margin (default: 10mm)</source>
            <translation>Druckerrand (Standard: 10mm)</translation>
        </message>
        <message>
            <source>glue overlap between tiles (default: 10mm)</source>
            <translation>Klebeüberlappung zwischen den Kacheln (Standard: 10mm)</translation>
        </message>
        <message>
            <source>which map of the project (default: the first)</source>
            <translation>welche Map des Projekts (Standard: die erste)</translation>
        </message>
        <message>
            <source>print the map's current or future state below it</source>
            <translation>den Ist- oder Soll-Zustand der Map darunter drucken</translation>
        </message>
        <message>
            <source>print a blank wall template at full size: headers and empty cells for paper notes of this size (76x76, 76x127 or 102x152 mm; default 76x76)</source>
            <translation>eine leere Wandvorlage in voller Größe drucken: Kopfzeilen und leere Zellen für Haftnotizen aus Papier in dieser Größe (76x76, 76x127 oder 102x152 mm; Standard 76x76)</translation>
        </message>
        <message>
            <source>instead of a poster, print the cards as notes to cut out, this size (76x76, 76x127 or 102x152 mm; default 76x76), on --paper (a4 or letter)</source>
            <translation>statt eines Posters die Karten als Haftnotizen zum Ausschneiden drucken, in dieser Größe (76x76, 76x127 oder 102x152 mm; Standard 76x76), auf --paper (a4 oder letter)</translation>
        </message>
        <message>
            <source>with --blank-wall: how many notes each cell holds (default: 3)</source>
            <translation>mit --blank-wall: wie viele Haftnotizen jede Zelle fasst (Standard: 3)</translation>
        </message>
        <message>
            <source>leave out the cut marks</source>
            <translation>die Schnittmarken weglassen</translation>
        </message>
        <message>
            <source>leave out the sheet labels</source>
            <translation>die Blattbeschriftungen weglassen</translation>
        </message>
        <message>
            <source>leave out the assembly guide page</source>
            <translation>die Seite mit dem Aufbauplan weglassen</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote %1: %2 (%3).</source>
            <translation>%1 geschrieben: %2 (%3).</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote %1: %2 as %3 mm notes on %4.</source>
            <translation>%1 geschrieben: %2 als Haftnotizen von %3 mm auf %4.</translation>
        </message>
        <message>
            <source>The project holds no map to print.</source>
            <translation>Das Projekt enthält keine Map zum Drucken.</translation>
        </message>
        <message>
            <source>There is no map called '%1'; the maps are %2.</source>
            <translation>Es gibt keine Map namens '%1'; die Maps sind %2.</translation>
        </message>
        <message>
            <source>--tiles %1: give columns x rows, such as 4x3.</source>
            <translation>--tiles %1: Geben Sie Spalten x Reihen an, etwa 4x3.</translation>
        </message>
        <message>
            <source>--scale %1: give a percentage, such as 100%.</source>
            <translation>--scale %1: Geben Sie einen Prozentwert an, etwa 100%.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
    </context>
    <context>
        <name>PosterWritingText</name>
        <message>
            <source>Cannot Export Card Sheets</source>
            <translation>Kartenblätter können nicht exportiert werden</translation>
        </message>
        <message>
            <source>Exporting the poster…</source>
            <translation>Poster wird exportiert…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Export Poster</source>
            <translation>Poster exportieren</translation>
        </message>
        <message>
            <source>Exporting the poster</source>
            <translation>Poster wird exportiert</translation>
        </message>
        <message>
            <source>Shows how many sheets are written; Cancel stops the export</source>
            <translation>Zeigt, wie viele Blätter geschrieben sind; Abbrechen beendet den Export</translation>
        </message>
        <message>
            <source>Cannot Export Poster</source>
            <translation>Poster kann nicht exportiert werden</translation>
        </message>
        <message>
            <source>The card sheets were saved as %1 (%2). Open them now?</source>
            <translation>Die Kartenblätter wurden als %1 gespeichert (%2). Jetzt öffnen?</translation>
        </message>
        <message>
            <source>The poster was saved as %1 (%2). Open it now?</source>
            <translation>Das Poster wurde als %1 gespeichert (%2). Jetzt öffnen?</translation>
        </message>
        <message>
            <source>Poster Exported</source>
            <translation>Poster exportiert</translation>
        </message>
    </context>
    <context>
        <name>PresentScreenText</name>
        <message>
            <source>Screen</source>
            <translation>Bildschirm</translation>
        </message>
        <message>
            <source>%1, %2 (main screen)</source>
            <comment>a screen's name, its size</comment>
            <translation>%1, %2 (Hauptbildschirm)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>a screen's name, its size</comment>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>PresentationControls</name>
        <message>
            <source>Presenter controls</source>
            <translation>Moderationssteuerung</translation>
        </message>
        <message>
            <source>Previous stage</source>
            <translation>Vorherige Phase</translation>
        </message>
        <message>
            <source>Previous stage (Left, Page Up)</source>
            <translation>Vorherige Phase (Links, Bild auf)</translation>
        </message>
        <message>
            <source>Next stage</source>
            <translation>Nächste Phase</translation>
        </message>
        <message>
            <source>Next stage (Right, Page Down, Space)</source>
            <translation>Nächste Phase (Rechts, Bild ab, Leertaste)</translation>
        </message>
        <message>
            <source>Whole Map</source>
            <translation>Ganze Map</translation>
        </message>
        <message>
            <source>Show the whole map (Home)</source>
            <translation>Die ganze Map zeigen (Pos1)</translation>
        </message>
        <message>
            <source>Fewer stages</source>
            <translation>Weniger Phasen</translation>
        </message>
        <message>
            <source>Show fewer stages at once (-)</source>
            <translation>Weniger Phasen auf einmal zeigen (-)</translation>
        </message>
        <message>
            <source>More stages</source>
            <translation>Mehr Phasen</translation>
        </message>
        <message>
            <source>Show more stages at once (+)</source>
            <translation>Mehr Phasen auf einmal zeigen (+)</translation>
        </message>
        <message>
            <source>Spotlight</source>
            <translation>Hervorheben</translation>
        </message>
        <message>
            <source>Dim all but the current stage (S)</source>
            <translation>Alles außer der aktuellen Phase abdunkeln (S)</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Leave the presentation (Escape)</source>
            <translation>Die Präsentation beenden (Esc)</translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n Phase</numerusform>
                <numerusform>%n Phasen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresentationView</name>
        <message>
            <source>Presented map</source>
            <translation>Präsentierte Map</translation>
        </message>
        <message>
            <source>The map as the room sees it: Right and Left step through the stages, Home shows the whole map, Up and Down spotlight a lane, Escape leaves</source>
            <translation>Die Map, wie der Raum sie sieht: Rechts und Links wechseln die Phase, Pos1 zeigt die ganze Map, Auf und Ab heben eine Bahn hervor, Esc beendet die Präsentation</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>JourneyDesk presentation</source>
            <translation>JourneyDesk-Präsentation</translation>
        </message>
        <message>
            <source>This map has no stages yet</source>
            <translation>Diese Map hat noch keine Phasen</translation>
        </message>
        <message numerus="yes">
            <source>Whole map · %n stage(s)</source>
            <translation>
                <numerusform>Ganze Map · %n Phase</numerusform>
                <numerusform>Ganze Map · %n Phasen</numerusform>
            </translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Unbenannte Phase</translation>
        </message>
        <message>
            <source>Stage %1 of %2 · %3</source>
            <translation>Phase %1 von %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>PresenterPanel</name>
        <message>
            <source>Presenter</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Steps the presentation on the other screen; holds the timer and the tally</source>
            <translation>Steuert die Präsentation auf dem anderen Bildschirm; mit Timer und Auszählung</translation>
        </message>
        <message>
            <source>The room sees</source>
            <translation>Der Raum sieht</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <source>Whole Map</source>
            <translation>Ganze Map</translation>
        </message>
        <message>
            <source>Previous stage</source>
            <translation>Vorherige Phase</translation>
        </message>
        <message>
            <source>Show the room the stage before this one</source>
            <translation>Dem Raum die vorherige Phase zeigen</translation>
        </message>
        <message>
            <source>Next stage</source>
            <translation>Nächste Phase</translation>
        </message>
        <message>
            <source>Show the room the next stage</source>
            <translation>Dem Raum die nächste Phase zeigen</translation>
        </message>
        <message>
            <source>Show the room the whole map</source>
            <translation>Dem Raum die ganze Map zeigen</translation>
        </message>
        <message>
            <source>Stages on screen:</source>
            <translation>Phasen auf dem Bildschirm:</translation>
        </message>
        <message>
            <source>Stages on screen</source>
            <translation>Phasen auf dem Bildschirm</translation>
        </message>
        <message>
            <source>How many stages the room sees side by side</source>
            <translation>Wie viele Phasen der Raum nebeneinander sieht</translation>
        </message>
        <message>
            <source>Spotlight the current stage</source>
            <translation>Aktuelle Phase hervorheben</translation>
        </message>
        <message>
            <source>Dim all but the current stage on the presentation</source>
            <translation>In der Präsentation alles außer der aktuellen Phase abdunkeln</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>Punktabfrage</translation>
        </message>
        <message>
            <source>Leave Presentation</source>
            <translation>Präsentation beenden</translation>
        </message>
        <message>
            <source>End the presentation and close its window</source>
            <translation>Die Präsentation beenden und ihr Fenster schließen</translation>
        </message>
        <message>
            <source>Dot voting: %1</source>
            <translation>Punktabfrage: %1</translation>
        </message>
        <message>
            <source>%1. %2 (%3)</source>
            <comment>a tally's line: rank. card (dots)</comment>
            <translation>%1. %2 (%3)</translation>
        </message>
        <message>
            <source>No dots placed yet.</source>
            <translation>Noch keine Punkte gesetzt.</translation>
        </message>
        <message>
            <source>A map without stages</source>
            <translation>Eine Map ohne Phasen</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Unbenannte Phase</translation>
        </message>
        <message>
            <source>The whole map, stage %1 of %2: %3</source>
            <translation>Die ganze Map, Phase %1 von %2: %3</translation>
        </message>
        <message>
            <source>Stage %1 of %2: %3</source>
            <translation>Phase %1 von %2: %3</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Als Nächstes: %1</translation>
        </message>
        <message>
            <source>The last stage</source>
            <translation>Die letzte Phase</translation>
        </message>
    </context>
    <context>
        <name>Presenting</name>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Präsentieren</translation>
        </message>
        <message>
            <source>Show the map full screen for the room (Escape leaves)</source>
            <translation>Die Map für den Raum im Vollbild zeigen (Esc beendet)</translation>
        </message>
        <message>
            <source>Presentation &amp;Screen</source>
            <translation>Präsentations&amp;bildschirm</translation>
        </message>
        <message>
            <source>Leave &amp;Presentation</source>
            <translation>&amp;Präsentation beenden</translation>
        </message>
        <message>
            <source>Present on this screen from now on</source>
            <translation>Ab jetzt auf diesem Bildschirm präsentieren</translation>
        </message>
    </context>
    <context>
        <name>PrintText</name>
        <message>
            <source>The printer could not be started.</source>
            <translation>Der Drucker konnte nicht gestartet werden.</translation>
        </message>
    </context>
    <context>
        <name>ProjectFileText</name>
        <message>
            <source>This file is not a JourneyDesk project: it lacks the %1 marker.</source>
            <comment>a file's key</comment>
            <translation>Diese Datei ist kein JourneyDesk-Projekt: Ihr fehlt die Kennung %1.</translation>
        </message>
        <message>
            <source>The file does not say which version of the file format it uses (its schema_version is missing or not a positive whole number).</source>
            <translation>Die Datei gibt nicht an, welche Version des Dateiformats sie verwendet (ihre schema_version fehlt oder ist keine positive ganze Zahl).</translation>
        </message>
        <message>
            <source>This project was saved by a newer version of JourneyDesk (it names a file format whose number is far too large to be real; this version reads format %1 and older). Update JourneyDesk to open it; the file has not been changed.</source>
            <translation>Dieses Projekt wurde von einer neueren JourneyDesk-Version gespeichert (es nennt ein Dateiformat mit einer unrealistisch großen Nummer; diese Version liest Format %1 und älter). Aktualisieren Sie JourneyDesk, um es zu öffnen; die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>This project was saved by a newer version of JourneyDesk (file format %1; this version reads format %2 and older). Update JourneyDesk to open it; the file has not been changed.</source>
            <translation>Dieses Projekt wurde von einer neueren JourneyDesk-Version gespeichert (Dateiformat %1; diese Version liest Format %2 und älter). Aktualisieren Sie JourneyDesk, um es zu öffnen; die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The project has %1 personas, the limit is %2.</source>
            <translation>Das Projekt hat %1 Personas, erlaubt sind höchstens %2.</translation>
        </message>
        <message>
            <source>The project has %1 journeys, the limit is %2.</source>
            <translation>Das Projekt hat %1 Maps, erlaubt sind höchstens %2.</translation>
        </message>
        <message>
            <source>%1 has %2 stages, the limit is %3.</source>
            <comment>a journey has</comment>
            <translation>%1 hat %2 Phasen, erlaubt sind höchstens %3.</translation>
        </message>
        <message>
            <source>%1 has %2 lanes, the limit is %3.</source>
            <comment>a journey has</comment>
            <translation>%1 hat %2 Bahnen, erlaubt sind höchstens %3.</translation>
        </message>
        <message>
            <source>The project has %1 cards, the limit is %2.</source>
            <translation>Das Projekt hat %1 Karten, erlaubt sind höchstens %2.</translation>
        </message>
    </context>
    <context>
        <name>ProjectFiles</name>
        <message>
            <source>Journey maps</source>
            <translation>Journey Maps</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <source>Open Journey Map</source>
            <translation>Journey Map öffnen</translation>
        </message>
        <message>
            <source>Cannot Open Map</source>
            <translation>Map kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>%1 could not be opened.

%2</source>
            <translation>%1 konnte nicht geöffnet werden.

%2</translation>
        </message>
        <message>
            <source>Map Already Open</source>
            <translation>Map bereits geöffnet</translation>
        </message>
        <message>
            <source>%1

Open a read-only copy here (Save then asks for a new name), or open it anyway? If both of you save, one will replace the other's work.</source>
            <translation>%1

Hier eine schreibgeschützte Kopie öffnen (Speichern fragt dann nach einem neuen Namen) oder trotzdem öffnen? Wenn Sie beide speichern, ersetzt einer die Arbeit des anderen.</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Schreibgeschützt öffnen</translation>
        </message>
        <message>
            <source>Open Anyway</source>
            <translation>Trotzdem öffnen</translation>
        </message>
        <message>
            <source>Cannot Recover Map</source>
            <translation>Map kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>Another JourneyDesk recovered this map at the same moment; compare before saving.</source>
            <translation>Ein anderes JourneyDesk hat diese Map im selben Moment wiederhergestellt; vergleichen Sie vor dem Speichern.</translation>
        </message>
        <message>
            <source>Recovered %1: check it, then save.</source>
            <translation>%1 wiederhergestellt: Prüfen Sie die Map und speichern Sie sie dann.</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <comment>the name of a copy of a file</comment>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <source>Save Journey Map</source>
            <translation>Journey Map speichern</translation>
        </message>
        <message>
            <source>Map Open in Another Window</source>
            <translation>Map in einem anderen Fenster geöffnet</translation>
        </message>
        <message>
            <source>%1 is open in another JourneyDesk window. Save under another name, or close it there first.</source>
            <translation>%1 ist in einem anderen JourneyDesk-Fenster geöffnet. Speichern Sie unter einem anderen Namen oder schließen Sie die Map zuerst dort.</translation>
        </message>
        <message>
            <source>%1

Replace it with the map you are editing? The other person's unsaved changes would then overwrite yours, or yours theirs.</source>
            <translation>%1

Durch die Map ersetzen, die Sie bearbeiten? Dann würden die ungespeicherten Änderungen der anderen Person Ihre überschreiben oder Ihre die der anderen Person.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Read-Only File</source>
            <translation>Schreibgeschützte Datei</translation>
        </message>
        <message>
            <source>%1

Replace it anyway? Choose Cancel to save under another name with Save As.</source>
            <translation>%1

Trotzdem ersetzen? Wählen Sie „Abbrechen“, um mit „Speichern unter“ unter einem anderen Namen zu speichern.</translation>
        </message>
        <message>
            <source>Cannot Save Map</source>
            <translation>Map kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>%1

Nothing was lost: the map is still open here. Try Save As to put it in another folder or on another drive.</source>
            <translation>%1

Es ist nichts verloren: Die Map ist hier weiterhin geöffnet. Versuchen Sie „Speichern unter“, um sie in einem anderen Ordner oder auf einem anderen Laufwerk abzulegen.</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>In %1 gespeichert</translation>
        </message>
        <message>
            <source>Nothing to save: the file is up to date</source>
            <translation>Nichts zu speichern: Die Datei ist aktuell</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing it?</source>
            <translation>Die Änderungen an %1 vor dem Schließen speichern?</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>Keine zuletzt geöffneten Maps</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Menü leeren</translation>
        </message>
        <message>
            <source>Forget the maps opened recently (the files stay)</source>
            <translation>Die zuletzt geöffneten Maps vergessen (die Dateien bleiben erhalten)</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Map ohne Titel</translation>
        </message>
    </context>
    <context>
        <name>ProjectPropertiesDialog</name>
        <message>
            <source>Project Properties</source>
            <translation>Projekteigenschaften</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>Projekttitel</translation>
        </message>
        <message>
            <source>The project's name, shown in the window title</source>
            <translation>Der Name des Projekts, in der Titelleiste angezeigt</translation>
        </message>
        <message>
            <source>Project description</source>
            <translation>Projektbeschreibung</translation>
        </message>
        <message>
            <source>What the project is about, for the team</source>
            <translation>Worum es im Projekt geht, für das Team</translation>
        </message>
        <message>
            <source>Keep the title and description</source>
            <translation>Titel und Beschreibung übernehmen</translation>
        </message>
        <message>
            <source>Close without changing the project</source>
            <translation>Schließen, ohne das Projekt zu ändern</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Beschreibung:</translation>
        </message>
        <message>
            <source>The description is %1 characters long; the limit is %2. Shorten it, or keep the long text in a separate document.</source>
            <translation>Die Beschreibung ist %1 Zeichen lang; erlaubt sind %2. Kürzen Sie sie, oder bewahren Sie den langen Text in einem eigenen Dokument auf.</translation>
        </message>
        <message>
            <source>Description Too Long</source>
            <translation>Beschreibung zu lang</translation>
        </message>
    </context>
    <context>
        <name>RecoveryOfferText</name>
        <message>
            <source>less than a minute ago</source>
            <translation>vor weniger als einer Minute</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>vor %n Minute</numerusform>
                <numerusform>vor %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>vor %n Stunde</numerusform>
                <numerusform>vor %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>at %1 today (%2)</source>
            <comment>%1: a time, %2: how long ago</comment>
            <translation>heute um %1 (%2)</translation>
        </message>
        <message>
            <source>at %1 yesterday (%2)</source>
            <comment>%1: a time, %2: how long ago</comment>
            <translation>gestern um %1 (%2)</translation>
        </message>
        <message>
            <source>at %1 on %2 (%3)</source>
            <comment>%1: a time, %2: a date, %3: how long ago</comment>
            <translation>am %2 um %1 (%3)</translation>
        </message>
        <message>
            <source>Recovery Copy Damaged</source>
            <translation>Wiederherstellungskopie beschädigt</translation>
        </message>
        <message>
            <source>A recovery copy of %1 was found, but it cannot be opened. %2

Discard it, or keep it for now?</source>
            <translation>Eine Wiederherstellungskopie von %1 wurde gefunden, lässt sich aber nicht öffnen. %2

Verwerfen oder vorerst behalten?</translation>
        </message>
        <message>
            <source>Keep for Now</source>
            <translation>Vorerst behalten</translation>
        </message>
        <message>
            <source>Its file: %1</source>
            <translation>Zugehörige Datei: %1</translation>
        </message>
        <message>
            <source>It had not been saved to a file yet.</source>
            <translation>Die Map war noch nicht in einer Datei gespeichert.</translation>
        </message>
        <message>
            <source>Recover Unsaved Map</source>
            <translation>Ungespeicherte Map wiederherstellen</translation>
        </message>
        <message>
            <source>JourneyDesk closed before the changes to %1 were saved. A recovery copy was kept %2.

%3

Recover it? It opens with its changes unsaved, for you to check and save. Discard deletes the copy for good.</source>
            <translation>JourneyDesk wurde beendet, bevor die Änderungen an %1 gespeichert waren. Eine Wiederherstellungskopie wurde %2 angelegt.

%3

Wiederherstellen? Die Map öffnet sich mit ungespeicherten Änderungen, damit Sie sie prüfen und speichern können. „Verwerfen“ löscht die Kopie endgültig.</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>Nicht jetzt</translation>
        </message>
    </context>
    <context>
        <name>RecoveryText</name>
        <message>
            <source>Recovered map</source>
            <translation>Wiederhergestellte Map</translation>
        </message>
        <message>
            <source>The recovery copy was not written, because it would have replaced the map itself.</source>
            <translation>Die Wiederherstellungskopie wurde nicht geschrieben, da sie die Map selbst ersetzt hätte.</translation>
        </message>
        <message>
            <source>The recovery copy of '%1' cannot be opened.</source>
            <translation>Die Wiederherstellungskopie von „%1“ kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>The recovery copy of a map cannot be opened.</source>
            <translation>Die Wiederherstellungskopie einer Map kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>The recovery copy of '%1' could not be taken over: %2.</source>
            <translation>Die Wiederherstellungskopie von „%1“ konnte nicht übernommen werden: %2.</translation>
        </message>
        <message>
            <source>The recovery copy of a map could not be taken over: %1.</source>
            <translation>Die Wiederherstellungskopie einer Map konnte nicht übernommen werden: %1.</translation>
        </message>
        <message>
            <source>The recovery copy could not be saved because the folder %1 could not be created (%2).</source>
            <translation>Die Wiederherstellungskopie konnte nicht gespeichert werden, weil der Ordner %1 nicht angelegt werden konnte (%2).</translation>
        </message>
        <message>
            <source>The recovery copy of '%1' is larger than %2 MB, far more than any journey map needs, so it cannot be opened.</source>
            <translation>Die Wiederherstellungskopie von „%1“ ist größer als %2 MB, weit mehr, als eine Journey Map braucht, und kann daher nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>The recovery copy of a map is larger than %1 MB, far more than any journey map needs, so it cannot be opened.</source>
            <translation>Die Wiederherstellungskopie einer Map ist größer als %1 MB, weit mehr, als eine Journey Map braucht, und kann daher nicht geöffnet werden.</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetText</name>
        <message>
            <source>Imported journey</source>
            <translation>Importierte Journey</translation>
        </message>
        <message>
            <source>Encoding problems</source>
            <translation>Kodierungsprobleme</translation>
        </message>
        <message>
            <source>Texts over a length limit</source>
            <translation>Texte über einer Längengrenze</translation>
        </message>
        <message>
            <source>Values that are not whole numbers</source>
            <translation>Werte, die keine ganzen Zahlen sind</translation>
        </message>
        <message>
            <source>Bad colours</source>
            <translation>Ungültige Farben</translation>
        </message>
        <message>
            <source>Unknown states</source>
            <translation>Unbekannte Zustände</translation>
        </message>
        <message>
            <source>Unknown lane kinds</source>
            <translation>Unbekannte Bahnarten</translation>
        </message>
        <message>
            <source>Values that differ</source>
            <translation>Abweichende Werte</translation>
        </message>
        <message>
            <source>Rows beyond a limit</source>
            <translation>Zeilen über einer Grenze</translation>
        </message>
        <message>
            <source>Values without a stage or lane</source>
            <translation>Werte ohne Phase oder Bahn</translation>
        </message>
        <message>
            <source>Second scores</source>
            <translation>Zweite Werte</translation>
        </message>
        <message>
            <source>Cards with too many tags</source>
            <translation>Karten mit zu vielen Tags</translation>
        </message>
        <message>
            <source>Cards in divider lines</source>
            <translation>Karten in Trennlinien</translation>
        </message>
        <message>
            <source>Cards without a place</source>
            <translation>Karten ohne Platz</translation>
        </message>
        <message>
            <source>Scores without a persona</source>
            <translation>Werte ohne Persona</translation>
        </message>
        <message>
            <source>Unknown columns</source>
            <translation>Unbekannte Spalten</translation>
        </message>
        <message>
            <source>Rows before the column names</source>
            <translation>Zeilen vor den Spaltennamen</translation>
        </message>
        <message>
            <source>Empty files</source>
            <translation>Leere Dateien</translation>
        </message>
        <message>
            <source>Personas on no map</source>
            <translation>Personas auf keiner Map</translation>
        </message>
        <message>
            <source>Renamed names</source>
            <translation>Umbenannte Namen</translation>
        </message>
        <message>
            <source>Persona details</source>
            <translation>Persona-Angaben</translation>
        </message>
        <message>
            <source>Map texts</source>
            <translation>Map-Texte</translation>
        </message>
        <message>
            <source>Vote rounds</source>
            <translation>Abstimmungsrunden</translation>
        </message>
        <message>
            <source>Future-state links</source>
            <translation>Verknüpfungen des Soll-Zustands</translation>
        </message>
        <message>
            <source>Cells like formulas</source>
            <translation>Zellen wie Formeln</translation>
        </message>
        <message>
            <source>Tags that change</source>
            <translation>Tags, die sich ändern</translation>
        </message>
        <message>
            <source>Empty projects</source>
            <translation>Leere Projekte</translation>
        </message>
        <message>
            <source>Project texts</source>
            <translation>Projekttexte</translation>
        </message>
        <message>
            <source>The file is not in UTF-8, so it was read as Windows-1252 (Western European); if letters look wrong, save it as "CSV UTF-8" and import it again.</source>
            <translation>Die Datei ist nicht in UTF-8 und wurde daher als Windows-1252 (Westeuropäisch) gelesen; falls Buchstaben falsch aussehen, speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>Some bytes of the file are not valid %1; each was replaced by the sign �.</source>
            <translation>Einige Bytes der Datei sind kein gültiges %1; jedes wurde durch das Zeichen � ersetzt.</translation>
        </message>
        <message>
            <source>Line %1: %2 has %3 characters; only the first %4 were kept.</source>
            <translation>Zeile %1: %2 hat %3 Zeichen; nur die ersten %4 wurden übernommen.</translation>
        </message>
        <message>
            <source>Line %1: %2 in the %3 column is not a whole number from %4 to %5, so it was ignored.</source>
            <translation>Zeile %1: %2 in der Spalte %3 ist keine ganze Zahl von %4 bis %5 und wurde ignoriert.</translation>
        </message>
        <message>
            <source>Line %1: %2 in the %3 column is not a colour such as #ffe58f, so it was ignored.</source>
            <translation>Zeile %1: %2 in der Spalte %3 ist keine Farbe wie #ffe58f und wurde ignoriert.</translation>
        </message>
        <message>
            <source>Line %1: %2 in the State column is neither current nor future, so the map is taken as the current state.</source>
            <translation>Zeile %1: %2 in der Spalte State ist weder current noch future; die Map gilt daher als Ist-Zustand.</translation>
        </message>
        <message>
            <source>Line %1: %2 in the Lane kind column is not cards, emotion or divider, so the lane holds cards.</source>
            <translation>Zeile %1: %2 in der Spalte Lane kind ist weder cards noch emotion noch divider; die Bahn nimmt daher Karten auf.</translation>
        </message>
        <message>
            <source>Line %1 gives %2 the %3 %4, but line %5 gave it %6, which was kept.</source>
            <translation>Zeile %1 nennt für %2 %3 %4, Zeile %5 aber %6; die erste Angabe gilt.</translation>
        </message>
        <message>
            <source>Line %1 names one stage more than the %2 a map can have, so it was left out.</source>
            <translation>Zeile %1 nennt eine Phase mehr als die %2, die eine Map haben kann, und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 names one lane more than the %2 a map can have, so it was left out.</source>
            <translation>Zeile %1 nennt eine Bahn mehr als die %2, die eine Map haben kann, und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 names one map more than the %2 a project can have, so it was left out.</source>
            <translation>Zeile %1 nennt eine Map mehr als die %2, die ein Projekt haben kann, und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 names one persona more than the %2 a project can have, so it was left out.</source>
            <translation>Zeile %1 nennt eine Persona mehr als die %2, die ein Projekt haben kann, und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 names one persona more than the %2 a map can have, so it was left out.</source>
            <translation>Zeile %1 nennt eine Persona mehr als die %2, die eine Map haben kann, und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 names one card more than the %2 a project can have, so it was left out.</source>
            <translation>Zeile %1 nennt eine Karte mehr als die %2, die ein Projekt haben kann, und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 gives a stage goal but no stage, so it was left out.</source>
            <translation>Zeile %1 nennt ein Phasenziel, aber keine Phase, und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 gives a stage description but no stage, so it was left out.</source>
            <translation>Zeile %1 nennt eine Phasenbeschreibung, aber keine Phase, und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 gives a score but no stage, so it was left out.</source>
            <translation>Zeile %1 nennt einen Wert, aber keine Phase, und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 gives a lane colour but no lane, so it was left out.</source>
            <translation>Zeile %1 nennt eine Bahnfarbe, aber keine Bahn, und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 gives stage %2 a second score; it replaces the one of line %3.</source>
            <translation>Zeile %1 gibt der Phase %2 einen zweiten Wert; er ersetzt den aus Zeile %3.</translation>
        </message>
        <message>
            <source>Line %1: the card has %2 tags; only the first %3 were kept, not %4.</source>
            <translation>Zeile %1: Die Karte hat %2 Tags; nur die ersten %3 wurden übernommen, nicht %4.</translation>
        </message>
        <message>
            <source>Lane %1 is a divider line, which cannot hold cards, yet line %2 puts a card in it; it was made a card lane.</source>
            <translation>Die Bahn %1 ist eine Trennlinie, die keine Karten aufnehmen kann, doch Zeile %2 legt eine Karte hinein; sie wurde zu einer Kartenbahn gemacht.</translation>
        </message>
        <message>
            <source>In map %1, cards that name no stage (%2, the first on line %3) were put in a stage without a title.</source>
            <translation>In der Map %1 wurden Karten ohne Phase (%2, die erste in Zeile %3) in eine Phase ohne Titel gelegt.</translation>
        </message>
        <message>
            <source>In map %1, cards that name no lane (%2, the first on line %3) were put in a lane without a title.</source>
            <translation>In der Map %1 wurden Karten ohne Bahn (%2, die erste in Zeile %3) in eine Bahn ohne Titel gelegt.</translation>
        </message>
        <message>
            <source>In map %1, emotion scores without a persona were taken as those of %2, the map's first persona.</source>
            <translation>In der Map %1 wurden Emotionswerte ohne Persona als die von %2 genommen, der ersten Persona der Map.</translation>
        </message>
        <message>
            <source>Rows that are not cards (%1, the first on line %2) have values in columns JourneyDesk does not know; those were left out.</source>
            <translation>Zeilen, die keine Karten sind (%1, die erste in Zeile %2), haben Werte in Spalten, die JourneyDesk nicht kennt; diese wurden weggelassen.</translation>
        </message>
        <message>
            <source>Line %1 comes before the column names (line %2), so it was left out: %3.</source>
            <translation>Zeile %1 steht vor den Spaltennamen (Zeile %2) und wurde daher weggelassen: %3.</translation>
        </message>
        <message>
            <source>The file has column names but no rows, so the project is empty.</source>
            <translation>Die Datei hat Spaltennamen, aber keine Zeilen; das Projekt ist daher leer.</translation>
        </message>
        <message>
            <source>Persona %1 is on no map, so it was left out.</source>
            <translation>Die Persona %1 ist auf keiner Map und wurde daher weggelassen.</translation>
        </message>
        <message>
            <source>Persona %1 is written as %2, so that a spreadsheet can tell it apart.</source>
            <translation>Die Persona %1 wird als %2 geschrieben, damit eine Tabellenkalkulation sie unterscheiden kann.</translation>
        </message>
        <message>
            <source>Map %1 is written as %2, so that a spreadsheet can tell it apart.</source>
            <translation>Die Map %1 wird als %2 geschrieben, damit eine Tabellenkalkulation sie unterscheiden kann.</translation>
        </message>
        <message>
            <source>A spreadsheet keeps persona %1 only by name, with its emotion scores; its %2 were left out.</source>
            <translation>Eine Tabelle übernimmt die Persona %1 nur mit Namen und Emotionswerten; weggelassen: %2.</translation>
        </message>
        <message>
            <source>The scenario of map %1 was left out.</source>
            <translation>Das Szenario der Map %1 wurde weggelassen.</translation>
        </message>
        <message>
            <source>The notes of map %1 were left out.</source>
            <translation>Die Notizen der Map %1 wurden weggelassen.</translation>
        </message>
        <message>
            <source>The scenario and notes of map %1 were left out.</source>
            <translation>Szenario und Notizen der Map %1 wurden weggelassen.</translation>
        </message>
        <message>
            <source>The dot-voting rounds of map %1 (%2) were left out (each card's votes are kept).</source>
            <translation>Die Abstimmungsrunden der Map %1 (%2) wurden weggelassen (die Punkte jeder Karte bleiben erhalten).</translation>
        </message>
        <message>
            <source>Map %1 is a future state; its links to the current state it was made from were left out (its stages, lanes and cards are kept).</source>
            <translation>Die Map %1 ist ein Soll-Zustand; ihre Verknüpfungen zum Ist-Zustand, aus dem sie entstand, wurden weggelassen (ihre Phasen, Bahnen und Karten bleiben erhalten).</translation>
        </message>
        <message>
            <source>In map %1, cells that begin with =, +, - or @ (%2, the first: %3) may be taken for formulas by a spreadsheet program; check them there before saving the file again.</source>
            <translation>In der Map %1 könnten Zellen, die mit =, +, - oder @ beginnen (%2, die erste: %3), von einer Tabellenkalkulation als Formeln gelesen werden; prüfen Sie sie dort, bevor Sie die Datei erneut speichern.</translation>
        </message>
        <message>
            <source>The tags of card %1 hold semicolons, spaces at an end or empty tags; read back from a spreadsheet, they will be split and trimmed.</source>
            <translation>Die Tags der Karte %1 enthalten Semikolons, Leerzeichen an einem Ende oder leere Tags; aus einer Tabelle zurückgelesen, werden sie geteilt und beschnitten.</translation>
        </message>
        <message>
            <source>The project has no maps, so the file has only its column names.</source>
            <translation>Das Projekt hat keine Maps, daher enthält die Datei nur die Spaltennamen.</translation>
        </message>
        <message>
            <source>The project's title %1 was left out.</source>
            <translation>Der Projekttitel %1 wurde weggelassen.</translation>
        </message>
        <message>
            <source>The project's description was left out.</source>
            <translation>Die Projektbeschreibung wurde weggelassen.</translation>
        </message>
        <message>
            <source>the stage's title</source>
            <translation>der Titel der Phase</translation>
        </message>
        <message>
            <source>the lane's title</source>
            <translation>der Titel der Bahn</translation>
        </message>
        <message>
            <source>the map's title</source>
            <translation>der Titel der Map</translation>
        </message>
        <message>
            <source>the persona's name</source>
            <translation>der Name der Persona</translation>
        </message>
        <message>
            <source>the stage's goal</source>
            <translation>das Ziel der Phase</translation>
        </message>
        <message>
            <source>the stage's description</source>
            <translation>die Beschreibung der Phase</translation>
        </message>
        <message>
            <source>a tag</source>
            <translation>ein Tag</translation>
        </message>
        <message>
            <source>the card's text</source>
            <translation>der Text der Karte</translation>
        </message>
        <message>
            <source>the card's owner</source>
            <translation>der Verantwortliche der Karte</translation>
        </message>
        <message>
            <source>the card's notes</source>
            <translation>die Notizen der Karte</translation>
        </message>
        <message>
            <source>title</source>
            <translation>den Titel</translation>
        </message>
        <message>
            <source>goal</source>
            <translation>das Ziel</translation>
        </message>
        <message>
            <source>description</source>
            <translation>die Beschreibung</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>die Art</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>die Farbe</translation>
        </message>
        <message>
            <source>'%1'</source>
            <comment>a name quoted</comment>
            <translation>„%1“</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n more, handled the same way.</source>
            <translation>
                <numerusform>%1: noch %n, ebenso behandelt.</numerusform>
                <numerusform>%1: noch %n, ebenso behandelt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file is larger than %1 MB, far more than any journey map needs, so it was not imported.</source>
            <translation>Die Datei ist größer als %1 MB, weit mehr, als eine Journey Map braucht, und wurde daher nicht importiert.</translation>
        </message>
        <message>
            <source>Line %1 cannot be read as a row (%2).</source>
            <translation>Zeile %1 kann nicht als Tabellenzeile gelesen werden (%2).</translation>
        </message>
        <message>
            <source>The file is empty: it has neither column names nor rows.</source>
            <translation>Die Datei ist leer: Sie hat weder Spaltennamen noch Zeilen.</translation>
        </message>
        <message>
            <source>Line %1 should name the columns (such as Stage, Lane and Text), but none of its cells is a column JourneyDesk knows, so nothing was imported.</source>
            <translation>Zeile %1 sollte die Spalten benennen (etwa Stage, Lane und Text), aber keine ihrer Zellen ist eine Spalte, die JourneyDesk kennt; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>column %1</source>
            <comment>a column without a name</comment>
            <translation>Spalte %1</translation>
        </message>
        <message>
            <source>stage %1</source>
            <translation>Phase %1</translation>
        </message>
        <message>
            <source>lane %1</source>
            <translation>Bahn %1</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>JourneyDesk cards have no column(s) %1; their values were added to each card's notes.</source>
            <translation>
                <numerusform>JourneyDesk-Karten haben keine Spalte %1; ihre Werte wurden den Notizen jeder Karte hinzugefügt.</numerusform>
                <numerusform>JourneyDesk-Karten haben keine Spalten %1; ihre Werte wurden den Notizen jeder Karte hinzugefügt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>The rows could not be made into a project: %1</source>
            <translation>Die Zeilen konnten nicht zu einem Projekt werden: %1</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s)</source>
            <translation>
                <numerusform>%n Zelle</numerusform>
                <numerusform>%n Zellen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>+2  delighted</source>
            <translation>+2  begeistert</translation>
        </message>
        <message>
            <source>+1  pleased</source>
            <translation>+1  zufrieden</translation>
        </message>
        <message>
            <source>0  neutral</source>
            <translation>0  neutral</translation>
        </message>
        <message>
            <source>-1  annoyed</source>
            <translation>-1  verärgert</translation>
        </message>
        <message>
            <source>-2  frustrated</source>
            <translation>-2  frustriert</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>e.g. Awareness</source>
            <translation>z. B. Aufmerksamkeit</translation>
        </message>
        <message>
            <source>What happens in this stage</source>
            <translation>Was in dieser Phase geschieht</translation>
        </message>
        <message>
            <source>What the customer wants to achieve here</source>
            <translation>Was der Kunde hier erreichen möchte</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Stage title</source>
            <translation>Titel der Phase</translation>
        </message>
        <message>
            <source>The stage's name, shown in its header</source>
            <translation>Der Name der Phase, im Phasenkopf angezeigt</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>Stage description</source>
            <translation>Beschreibung der Phase</translation>
        </message>
        <message>
            <source>Customer &amp;goal:</source>
            <translation>Kunden&amp;ziel:</translation>
        </message>
        <message>
            <source>Customer goal</source>
            <translation>Kundenziel</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <source>&amp;Feeling:</source>
            <translation>&amp;Gefühl:</translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation>Gefühl</translation>
        </message>
        <message>
            <source>How the customer feels here, for the emotion curve</source>
            <translation>Wie sich der Kunde hier fühlt, für die Emotionskurve</translation>
        </message>
        <message>
            <source>The title is %1 characters; a stage's title holds at most %2.</source>
            <translation>Der Titel hat %1 Zeichen; der Titel einer Phase fasst höchstens %2.</translation>
        </message>
        <message>
            <source>The description is %1 characters; a stage holds at most %2.</source>
            <translation>Die Beschreibung hat %1 Zeichen; eine Phase fasst höchstens %2.</translation>
        </message>
        <message>
            <source>The goal is %1 characters; a stage's goal holds at most %2.</source>
            <translation>Das Ziel hat %1 Zeichen; das Ziel einer Phase fasst höchstens %2.</translation>
        </message>
        <message>
            <source>Stage %1 of %2</source>
            <translation>Phase %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>StartRoundDialog</name>
        <message>
            <source>Start Dot Voting</source>
            <translation>Punktabfrage starten</translation>
        </message>
        <message>
            <source>Which pain points should we fix first?</source>
            <translation>Welche Pain Points sollten wir zuerst beheben?</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>What the participants vote on, shown to the room during the round</source>
            <translation>Worüber abgestimmt wird; während der Runde für den Raum sichtbar</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Frage:</translation>
        </message>
        <message>
            <source>Dots per participant</source>
            <translation>Punkte pro Person</translation>
        </message>
        <message>
            <source>How many dots each participant may place</source>
            <translation>Wie viele Punkte jede Person setzen darf</translation>
        </message>
        <message>
            <source>&amp;Dots per participant:</source>
            <translation>&amp;Punkte pro Person:</translation>
        </message>
        <message>
            <source>&amp;Count them:</source>
            <translation>&amp;Anzahl:</translation>
        </message>
        <message>
            <source>Count the participants</source>
            <translation>Teilnehmende zählen</translation>
        </message>
        <message>
            <source>The participants vote by number, without names</source>
            <translation>Die Teilnehmenden stimmen nummeriert ab, ohne Namen</translation>
        </message>
        <message>
            <source>Number of participants</source>
            <translation>Anzahl der Teilnehmenden</translation>
        </message>
        <message>
            <source>How many participants vote</source>
            <translation>Wie viele Personen abstimmen</translation>
        </message>
        <message>
            <source>&amp;Name them, one a line:</source>
            <translation>&amp;Namen, einer pro Zeile:</translation>
        </message>
        <message>
            <source>Name the participants</source>
            <translation>Teilnehmende benennen</translation>
        </message>
        <message>
            <source>The participants vote by name, typed one a line below</source>
            <translation>Die Teilnehmenden stimmen mit Namen ab, darunter einer pro Zeile eingegeben</translation>
        </message>
        <message>
            <source>Alex
Sam
Robin</source>
            <translation>Alex
Sam
Robin</translation>
        </message>
        <message>
            <source>Participants' names</source>
            <translation>Namen der Teilnehmenden</translation>
        </message>
        <message>
            <source>One participant's name on each line</source>
            <translation>Ein Name pro Zeile</translation>
        </message>
        <message>
            <source>Start Voting</source>
            <translation>Abstimmung starten</translation>
        </message>
        <message>
            <source>Open the round on the map on show</source>
            <translation>Die Runde auf der angezeigten Map eröffnen</translation>
        </message>
        <message>
            <source>Close without starting a round</source>
            <translation>Schließen, ohne eine Runde zu starten</translation>
        </message>
        <message>
            <source>Each participant places their dots on the cards they choose, by clicking them (several on one card if they like). Ctrl+Z takes the last dot back.</source>
            <translation>Jede Person setzt ihre Punkte per Klick auf die Karten ihrer Wahl (gern auch mehrere auf eine Karte). Strg+Z nimmt den letzten Punkt zurück.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>Type at least one name, or choose to count the participants.</source>
            <translation>Geben Sie mindestens einen Namen ein, oder geben Sie nur die Anzahl an.</translation>
        </message>
        <message>
            <source>A round takes at most %1 participants.</source>
            <translation>Eine Runde hat höchstens %1 Teilnehmende.</translation>
        </message>
        <message>
            <source>A name may be at most %1 characters long.</source>
            <translation>Ein Name darf höchstens %1 Zeichen lang sein.</translation>
        </message>
    </context>
    <context>
        <name>StateComparisonText</name>
        <message>
            <source>Untitled stage</source>
            <translation>Unbenannte Phase</translation>
        </message>
        <message>
            <source>%1 (not in the future state)</source>
            <translation>%1 (nicht im Soll-Zustand)</translation>
        </message>
        <message>
            <source>(empty card)</source>
            <translation>(leere Karte)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a card's lane: its text</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>StickyButton</name>
        <message>
            <source>Sticky note in the lane's colour</source>
            <translation>Haftnotiz in der Farbe der Bahn</translation>
        </message>
        <message>
            <source>Drag onto a cell of the map to add a card in the lane's colour there, or click to add one in the current cell</source>
            <translation>Auf eine Zelle der Map ziehen, um dort eine Karte in der Farbe der Bahn hinzuzufügen, oder klicken, um eine in der aktuellen Zelle hinzuzufügen</translation>
        </message>
        <message>
            <source>Yellow sticky note</source>
            <translation>Gelbe Haftnotiz</translation>
        </message>
        <message>
            <source>Drag onto a cell of the map to add a yellow card there, or click to add one in the current cell</source>
            <translation>Auf eine Zelle der Map ziehen, um dort eine gelbe Karte hinzuzufügen, oder klicken, um eine in der aktuellen Zelle hinzuzufügen</translation>
        </message>
        <message>
            <source>Blue sticky note</source>
            <translation>Blaue Haftnotiz</translation>
        </message>
        <message>
            <source>Drag onto a cell of the map to add a blue card there, or click to add one in the current cell</source>
            <translation>Auf eine Zelle der Map ziehen, um dort eine blaue Karte hinzuzufügen, oder klicken, um eine in der aktuellen Zelle hinzuzufügen</translation>
        </message>
        <message>
            <source>Pink sticky note</source>
            <translation>Rosa Haftnotiz</translation>
        </message>
        <message>
            <source>Drag onto a cell of the map to add a pink card there, or click to add one in the current cell</source>
            <translation>Auf eine Zelle der Map ziehen, um dort eine rosa Karte hinzuzufügen, oder klicken, um eine in der aktuellen Zelle hinzuzufügen</translation>
        </message>
        <message>
            <source>Green sticky note</source>
            <translation>Grüne Haftnotiz</translation>
        </message>
        <message>
            <source>Drag onto a cell of the map to add a green card there, or click to add one in the current cell</source>
            <translation>Auf eine Zelle der Map ziehen, um dort eine grüne Karte hinzuzufügen, oder klicken, um eine in der aktuellen Zelle hinzuzufügen</translation>
        </message>
        <message>
            <source>Purple sticky note</source>
            <translation>Violette Haftnotiz</translation>
        </message>
        <message>
            <source>Drag onto a cell of the map to add a purple card there, or click to add one in the current cell</source>
            <translation>Auf eine Zelle der Map ziehen, um dort eine violette Karte hinzuzufügen, oder klicken, um eine in der aktuellen Zelle hinzuzufügen</translation>
        </message>
        <message>
            <source>Orange sticky note</source>
            <translation>Orangefarbene Haftnotiz</translation>
        </message>
        <message>
            <source>Drag onto a cell of the map to add an orange card there, or click to add one in the current cell</source>
            <translation>Auf eine Zelle der Map ziehen, um dort eine orangefarbene Karte hinzuzufügen, oder klicken, um eine in der aktuellen Zelle hinzuzufügen</translation>
        </message>
        <message>
            <source>Grey sticky note</source>
            <translation>Graue Haftnotiz</translation>
        </message>
        <message>
            <source>Drag onto a cell of the map to add a grey card there, or click to add one in the current cell</source>
            <translation>Auf eine Zelle der Map ziehen, um dort eine graue Karte hinzuzufügen, oder klicken, um eine in der aktuellen Zelle hinzuzufügen</translation>
        </message>
    </context>
    <context>
        <name>StickyPalette</name>
        <message>
            <source>Sticky notes</source>
            <translation>Haftnotizen</translation>
        </message>
        <message>
            <source>Stickies of each colour, to drag onto the map or click for a new card</source>
            <translation>Haftnotizen in jeder Farbe: auf die Map ziehen oder für eine neue Karte anklicken</translation>
        </message>
    </context>
    <context>
        <name>SwatchPicker</name>
        <message>
            <source>Pale yellow</source>
            <translation>Hellgelb</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <source>Peach</source>
            <translation>Pfirsich</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rosa</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Lavender</source>
            <translation>Lavendel</translation>
        </message>
        <message>
            <source>Turquoise</source>
            <translation>Türkis</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Grau</translation>
        </message>
        <message>
            <source>Beige</source>
            <translation>Beige</translation>
        </message>
        <message>
            <source>Slate grey</source>
            <translation>Schiefergrau</translation>
        </message>
        <message>
            <source>Khaki</source>
            <translation>Khaki</translation>
        </message>
        <message>
            <source>Lane colour</source>
            <translation>Bahnfarbe</translation>
        </message>
        <message>
            <source>Use the colour of the card's lane</source>
            <translation>Die Farbe der Bahn verwenden, in der die Karte liegt</translation>
        </message>
        <message>
            <source>Pick this colour</source>
            <translation>Diese Farbe wählen</translation>
        </message>
        <message>
            <source>Other colour</source>
            <translation>Andere Farbe</translation>
        </message>
        <message>
            <source>This colour is not on the palette</source>
            <translation>Diese Farbe ist nicht in der Palette</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Eigene…</translation>
        </message>
        <message>
            <source>Choose any colour</source>
            <translation>Beliebige Farbe wählen</translation>
        </message>
        <message>
            <source>Custom colour</source>
            <translation>Eigene Farbe</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (this colour is not on the palette)</source>
            <translation>%1 (diese Farbe ist nicht in der Palette)</translation>
        </message>
        <message>
            <source>Other colour %1</source>
            <translation>Andere Farbe %1</translation>
        </message>
        <message>
            <source>Lane Colour</source>
            <translation>Bahnfarbe</translation>
        </message>
    </context>
    <context>
        <name>TallyDialog</name>
        <message>
            <source>Dot Voting Tally</source>
            <translation>Auszählung der Punktabfrage</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>Punktabfrage</translation>
        </message>
        <message>
            <source>The round is open.</source>
            <translation>Die Runde ist offen.</translation>
        </message>
        <message>
            <source>The round is ended.</source>
            <translation>Die Runde ist beendet.</translation>
        </message>
        <message>
            <source>%1 placed by %2 (%3); %4 each. %5</source>
            <translation>%1 von %2 gesetzt (%3), je %4. %5</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n Punkt</numerusform>
                <numerusform>%n Punkte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <comment>dots placed by 3 participants</comment>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Tally</source>
            <translation>Auszählung</translation>
        </message>
        <message>
            <source>The cards with dots, most dots first: rank, card, where it is and its dots</source>
            <translation>Die Karten mit Punkten, die meisten zuerst: Rang, Karte, Ort und Punkte</translation>
        </message>
        <message>
            <source>No dots were placed on cards that are still on the map.</source>
            <translation>Auf Karten, die noch auf der Map sind, wurden keine Punkte gesetzt.</translation>
        </message>
        <message>
            <source>Close the tally</source>
            <translation>Die Auszählung schließen</translation>
        </message>
    </context>
    <context>
        <name>TemplateText</name>
        <message>
            <source>Physical evidence</source>
            <translation>Physische Belege</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Aktionen</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Kundenaktionen</translation>
        </message>
        <message>
            <source>Thinking</source>
            <translation>Gedanken</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>Gefühle</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pain Points</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Chancen</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Touchpoints</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Frontstage</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Backstage</translation>
        </message>
        <message>
            <source>Support processes</source>
            <translation>Unterstützende Prozesse</translation>
        </message>
        <message>
            <source>Line of visibility</source>
            <translation>Sichtbarkeitslinie</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>Blank journey map</source>
            <translation>Leere Journey Map</translation>
        </message>
        <message>
            <source>Four empty stages and the usual lanes, ready to rename.</source>
            <translation>Vier leere Phasen und die üblichen Bahnen, bereit zum Umbenennen.</translation>
        </message>
        <message>
            <source>Stage %1</source>
            <translation>Phase %1</translation>
        </message>
        <message>
            <source>Classic five stages</source>
            <translation>Klassische fünf Phasen</translation>
        </message>
        <message>
            <source>Awareness, consideration, purchase, retention and advocacy.</source>
            <translation>Aufmerksamkeit, Abwägung, Kauf, Bindung und Empfehlung.</translation>
        </message>
        <message>
            <source>Awareness</source>
            <translation>Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Find out that a solution exists</source>
            <translation>Erfahren, dass es eine Lösung gibt</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Abwägung</translation>
        </message>
        <message>
            <source>Compare the options and pick one</source>
            <translation>Die Möglichkeiten vergleichen und eine wählen</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Kauf</translation>
        </message>
        <message>
            <source>Buy without friction</source>
            <translation>Ohne Hürden kaufen</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Bindung</translation>
        </message>
        <message>
            <source>Get value and keep using it</source>
            <translation>Nutzen haben und dabeibleiben</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Share the experience with others</source>
            <translation>Die Erfahrung mit anderen teilen</translation>
        </message>
        <message>
            <source>Kotler's 5A</source>
            <translation>Kotlers 5A</translation>
        </message>
        <message>
            <source>Aware, Appeal, Ask, Act, Advocate: the customer path of Marketing 4.0.</source>
            <translation>Aware, Appeal, Ask, Act, Advocate: der Kundenpfad aus Marketing 4.0.</translation>
        </message>
        <message>
            <source>Aware</source>
            <translation>Aware (Kennen)</translation>
        </message>
        <message>
            <source>I know about it</source>
            <translation>Ich kenne es</translation>
        </message>
        <message>
            <source>Appeal</source>
            <translation>Appeal (Mögen)</translation>
        </message>
        <message>
            <source>I like it</source>
            <translation>Ich mag es</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Ask (Fragen)</translation>
        </message>
        <message>
            <source>I am convinced</source>
            <translation>Ich bin überzeugt</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Act (Handeln)</translation>
        </message>
        <message>
            <source>I am buying it</source>
            <translation>Ich kaufe es</translation>
        </message>
        <message>
            <source>Advocate</source>
            <translation>Advocate (Empfehlen)</translation>
        </message>
        <message>
            <source>I recommend it</source>
            <translation>Ich empfehle es</translation>
        </message>
        <message>
            <source>Day in the life</source>
            <translation>Ein Tag im Leben</translation>
        </message>
        <message>
            <source>The persona's day from waking up to going to bed.</source>
            <translation>Der Tag der Persona vom Aufwachen bis zum Schlafengehen.</translation>
        </message>
        <message>
            <source>Early morning</source>
            <translation>Früher Morgen</translation>
        </message>
        <message>
            <source>6:00 to 8:00</source>
            <translation>6:00 bis 8:00 Uhr</translation>
        </message>
        <message>
            <source>Commute</source>
            <translation>Arbeitsweg</translation>
        </message>
        <message>
            <source>8:00 to 9:00</source>
            <translation>8:00 bis 9:00 Uhr</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Vormittag</translation>
        </message>
        <message>
            <source>9:00 to 12:00</source>
            <translation>9:00 bis 12:00 Uhr</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Mittagspause</translation>
        </message>
        <message>
            <source>12:00 to 13:00</source>
            <translation>12:00 bis 13:00 Uhr</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>Nachmittag</translation>
        </message>
        <message>
            <source>13:00 to 17:00</source>
            <translation>13:00 bis 17:00 Uhr</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Abend</translation>
        </message>
        <message>
            <source>17:00 to 21:00</source>
            <translation>17:00 bis 21:00 Uhr</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Nacht</translation>
        </message>
        <message>
            <source>21:00 to bedtime</source>
            <translation>21:00 Uhr bis zum Schlafengehen</translation>
        </message>
        <message>
            <source>Support experience</source>
            <translation>Support-Erlebnis</translation>
        </message>
        <message>
            <source>From the moment a ticket is opened until the issue is resolved.</source>
            <translation>Vom Öffnen eines Tickets bis zur Lösung des Problems.</translation>
        </message>
        <message>
            <source>Ticket opened</source>
            <translation>Ticket eröffnet</translation>
        </message>
        <message>
            <source>Explain the problem once</source>
            <translation>Das Problem einmal erklären</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Bestätigt</translation>
        </message>
        <message>
            <source>Know that someone is on it</source>
            <translation>Wissen, dass sich jemand darum kümmert</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <source>Understand what went wrong</source>
            <translation>Verstehen, was schiefgelaufen ist</translation>
        </message>
        <message>
            <source>Solution offered</source>
            <translation>Lösung angeboten</translation>
        </message>
        <message>
            <source>Get a fix that works</source>
            <translation>Eine Lösung bekommen, die funktioniert</translation>
        </message>
        <message>
            <source>Issue resolved</source>
            <translation>Problem gelöst</translation>
        </message>
        <message>
            <source>Be sure it will not happen again</source>
            <translation>Sicher sein, dass es nicht wieder passiert</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>Service Blueprint</translation>
        </message>
        <message>
            <source>What the customer does, what staff do in front of and behind the line of visibility.</source>
            <translation>Was die Kundschaft tut und was das Personal vor und hinter der Sichtbarkeitslinie tut.</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>During</source>
            <translation>Währenddessen</translation>
        </message>
        <message>
            <source>Leaving</source>
            <translation>Gehen</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>there is no template '%1'; the templates are %2</source>
            <translation>Es gibt keine Vorlage „%1“; die Vorlagen sind %2</translation>
        </message>
    </context>
    <context>
        <name>TextSizeText</name>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>Groß</translation>
        </message>
        <message>
            <source>Extra Large</source>
            <translation>Sehr groß</translation>
        </message>
    </context>
    <context>
        <name>TimerButton</name>
        <message>
            <source>Workshop timer</source>
            <translation>Workshop-Timer</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Eigene Zeit…</translation>
        </message>
        <message>
            <source>Count down a time you type</source>
            <translation>Eine eingegebene Zeit herunterzählen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Hold the countdown, or go on counting</source>
            <translation>Den Countdown anhalten oder fortsetzen</translation>
        </message>
        <message>
            <source>Add a Minute</source>
            <translation>Eine Minute mehr</translation>
        </message>
        <message>
            <source>Give the countdown one more minute</source>
            <translation>Dem Countdown eine Minute hinzufügen</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>End the countdown</source>
            <translation>Den Countdown beenden</translation>
        </message>
        <message>
            <source>%1 paused</source>
            <translation>%1 pausiert</translation>
        </message>
        <message>
            <source>Count down %1</source>
            <translation>%1 herunterzählen</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Workshop timer: start a countdown</source>
            <translation>Workshop-Timer: einen Countdown starten</translation>
        </message>
        <message>
            <source>Workshop timer: paused</source>
            <translation>Workshop-Timer: pausiert</translation>
        </message>
        <message>
            <source>Workshop timer: time is up</source>
            <translation>Workshop-Timer: Die Zeit ist um</translation>
        </message>
        <message>
            <source>Workshop timer: %1 left</source>
            <translation>Workshop-Timer: noch %1</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
    </context>
    <context>
        <name>TimerDisplay</name>
        <message>
            <source>Workshop timer</source>
            <translation>Workshop-Timer</translation>
        </message>
        <message>
            <source>No countdown</source>
            <translation>Kein Countdown</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>PAUSE</translation>
        </message>
        <message>
            <source>TIME IS UP</source>
            <translation>ZEIT IST UM</translation>
        </message>
        <message>
            <source>Paused with %1 left</source>
            <translation>Pausiert, noch %1</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Die Zeit ist um</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>noch %1</translation>
        </message>
    </context>
    <context>
        <name>ViewOptions</name>
        <message>
            <source>&amp;Normal</source>
            <translation>&amp;Normal</translation>
        </message>
        <message>
            <source>Draw the map's text at its printed size</source>
            <translation>Den Text der Map in Druckgröße zeichnen</translation>
        </message>
        <message>
            <source>&amp;Large</source>
            <translation>&amp;Groß</translation>
        </message>
        <message>
            <source>Draw the map's text large (not the poster's)</source>
            <translation>Den Text der Map groß zeichnen (nicht den des Posters)</translation>
        </message>
        <message>
            <source>&amp;Extra Large</source>
            <translation>Seh&amp;r groß</translation>
        </message>
        <message>
            <source>Draw the map's text extra large (not the poster's)</source>
            <translation>Den Text der Map sehr groß zeichnen (nicht den des Posters)</translation>
        </message>
        <message>
            <source>&amp;High Contrast</source>
            <translation>&amp;Hoher Kontrast</translation>
        </message>
        <message>
            <source>Black text on light cards, for projectors and far seats</source>
            <translation>Schwarzer Text auf hellen Karten, für Projektoren und hintere Plätze</translation>
        </message>
        <message>
            <source>&amp;Text Size</source>
            <translation>&amp;Textgröße</translation>
        </message>
    </context>
    <context>
        <name>VoteRuleText</name>
        <message>
            <source>the round ended at %1, before it started at %2</source>
            <translation>die Runde endete um %1, bevor sie um %2 begann</translation>
        </message>
        <message numerus="yes">
            <source>dot %1 was placed by participant number %2, but the round has %n participant(s)</source>
            <translation>
                <numerusform>Punkt %1 wurde von Teilnehmer Nummer %2 gesetzt, die Runde hat aber %n Teilnehmer</numerusform>
                <numerusform>Punkt %1 wurde von Teilnehmer Nummer %2 gesetzt, die Runde hat aber %n Teilnehmende</numerusform>
            </translation>
        </message>
        <message>
            <source>Participant %1</source>
            <translation>Teilnehmer %1</translation>
        </message>
        <message>
            <source>%1 is still open although a later round was started; only the last round of a map may be open</source>
            <translation>%1 ist noch offen, obwohl eine spätere Runde begonnen wurde; nur die letzte Runde einer Map darf offen sein</translation>
        </message>
        <message numerus="yes">
            <source>participant '%1' placed %2 dots on the cards in %3, where each participant has %n dot(s)</source>
            <translation>
                <numerusform>Teilnehmer „%1“ hat %2 Punkte auf die Karten in %3 gesetzt, wo jeder Teilnehmer %n Punkt hat</numerusform>
                <numerusform>Teilnehmer „%1“ hat %2 Punkte auf die Karten in %3 gesetzt, wo jeder Teilnehmer %n Punkte hat</numerusform>
            </translation>
        </message>
        <message>
            <source>A vote round is already open on this map; end it before starting another.</source>
            <translation>Auf dieser Map ist bereits eine Abstimmungsrunde offen; beenden Sie sie, bevor Sie eine neue beginnen.</translation>
        </message>
        <message>
            <source>A map keeps at most %1 vote rounds; delete an old one first.</source>
            <translation>Eine Map behält höchstens %1 Abstimmungsrunden; löschen Sie zuerst eine alte.</translation>
        </message>
        <message>
            <source>No vote round is open on this map.</source>
            <translation>Auf dieser Map ist keine Abstimmungsrunde offen.</translation>
        </message>
        <message>
            <source>No vote round is open on this map; start one to place dots.</source>
            <translation>Auf dieser Map ist keine Abstimmungsrunde offen; beginnen Sie eine, um Punkte zu setzen.</translation>
        </message>
        <message>
            <source>That card is no longer on the map.</source>
            <translation>Diese Karte ist nicht mehr auf der Map.</translation>
        </message>
        <message>
            <source>The vote round has no participant number %1.</source>
            <translation>Die Abstimmungsrunde hat keinen Teilnehmer Nummer %1.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has placed all their %n dot(s).</source>
            <translation>
                <numerusform>%1 hat den %n verfügbaren Punkt bereits gesetzt.</numerusform>
                <numerusform>%1 hat alle %n verfügbaren Punkte bereits gesetzt.</numerusform>
            </translation>
        </message>
        <message>
            <source>No vote round is open on this map; dots change only while a round is open.</source>
            <translation>Auf dieser Map ist keine Abstimmungsrunde offen; Punkte ändern sich nur während einer offenen Runde.</translation>
        </message>
        <message>
            <source>%1 has no dot on that card.</source>
            <translation>%1 hat keinen Punkt auf dieser Karte.</translation>
        </message>
        <message>
            <source>Participant number %1 has no dot on that card.</source>
            <translation>Teilnehmer Nummer %1 hat keinen Punkt auf dieser Karte.</translation>
        </message>
        <message>
            <source>vote round '%1'</source>
            <translation>Abstimmungsrunde „%1“</translation>
        </message>
        <message>
            <source>vote round %1</source>
            <translation>Abstimmungsrunde %1</translation>
        </message>
    </context>
    <context>
        <name>VoteTallyText</name>
        <message>
            <source>Untitled stage</source>
            <translation>Unbenannte Phase</translation>
        </message>
        <message>
            <source>Untitled lane</source>
            <translation>Unbenannte Bahn</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>where a card is: its stage · its lane</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>(an empty card)</source>
            <translation>(eine leere Karte)</translation>
        </message>
    </context>
    <context>
        <name>VoteTurnText</name>
        <message>
            <source>Every dot is placed: end the round to see the tally.</source>
            <translation>Alle Punkte sind gesetzt: Beenden Sie die Runde, um die Auszählung zu sehen.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n dot(s) left, click cards to place them</source>
            <translation>
                <numerusform>%1: noch %n Punkt, zum Setzen Karten anklicken</numerusform>
                <numerusform>%1: noch %n Punkte, zum Setzen Karten anklicken</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Start &amp;Dot Voting…</source>
            <translation>&amp;Punktabfrage starten…</translation>
        </message>
        <message>
            <source>Let everyone place dots on the cards that matter most</source>
            <translation>Alle setzen Punkte auf die Karten, die ihnen am wichtigsten sind</translation>
        </message>
        <message>
            <source>&amp;End Dot Voting</source>
            <translation>Punktabfrage b&amp;eenden</translation>
        </message>
        <message>
            <source>End the open round, show its tally and ring the top cards</source>
            <translation>Die offene Runde beenden, auszählen und die Spitzenkarten markieren</translation>
        </message>
        <message>
            <source>Dot Voting &amp;Tally…</source>
            <translation>Aus&amp;zählung der Punktabfrage…</translation>
        </message>
        <message>
            <source>Show the cards of the last round, most dots first</source>
            <translation>Die Karten der letzten Runde zeigen, die meisten Punkte zuerst</translation>
        </message>
        <message>
            <source>A round is already open on this map: end it first (Map &gt; End Dot Voting).</source>
            <translation>Auf dieser Map ist schon eine Runde offen: Beenden Sie sie zuerst (Map &gt; Punktabfrage beenden).</translation>
        </message>
        <message>
            <source>This map has no dot-voting round yet.</source>
            <translation>Diese Map hat noch keine Abstimmungsrunde.</translation>
        </message>
        <message>
            <source>%1 has no dot on that card to take back.</source>
            <translation>%1 hat auf dieser Karte keinen Punkt, der sich zurücknehmen ließe.</translation>
        </message>
        <message>
            <source>Next Voter</source>
            <translation>Nächste Person</translation>
        </message>
        <message>
            <source>Hand the dots to the next participant who has some left</source>
            <translation>Die Punkte an die nächste Person geben, die noch welche hat</translation>
        </message>
        <message>
            <source>End Round</source>
            <translation>Runde beenden</translation>
        </message>
        <message>
            <source>End the round, show its tally and ring the top cards</source>
            <translation>Die Runde beenden, auszählen und die Spitzenkarten markieren</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>Punktabfrage</translation>
        </message>
    </context>
    <context>
        <name>VotingBar</name>
        <message>
            <source>Dot voting</source>
            <translation>Punktabfrage</translation>
        </message>
        <message>
            <source>The open round: whose turn it is and dots left</source>
            <translation>Die offene Runde: wer an der Reihe ist und wie viele Punkte übrig sind</translation>
        </message>
        <message>
            <source>Voting now:</source>
            <translation>Am Zug:</translation>
        </message>
        <message>
            <source>Voting now</source>
            <translation>Am Zug</translation>
        </message>
        <message>
            <source>The participant whose dots a click on a card places</source>
            <translation>Die Person, deren Punkte ein Klick auf eine Karte setzt</translation>
        </message>
        <message>
            <source>Next Voter</source>
            <translation>Nächste Person</translation>
        </message>
        <message>
            <source>Tally…</source>
            <translation>Auszählung…</translation>
        </message>
        <message>
            <source>End Round</source>
            <translation>Runde beenden</translation>
        </message>
        <message>
            <source>Hand the dots to the next participant who has some left</source>
            <translation>Die Punkte an die nächste Person geben, die noch welche hat</translation>
        </message>
        <message>
            <source>Tally</source>
            <translation>Auszählung</translation>
        </message>
        <message>
            <source>Show the cards with the most dots</source>
            <translation>Die Karten mit den meisten Punkten zeigen</translation>
        </message>
        <message>
            <source>End the round, show its tally and ring the top cards</source>
            <translation>Die Runde beenden, auszählen und die Spitzenkarten markieren</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n left)</source>
            <comment>a voter's dots left</comment>
            <translation>
                <numerusform>%1 (noch %n)</numerusform>
                <numerusform>%1 (noch %n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WallKitText</name>
        <message>
            <source>There is no note size '%1'; the sizes are %2 mm.</source>
            <translation>Es gibt keine Haftnotizgröße '%1'; die Größen sind %2 mm.</translation>
        </message>
        <message>
            <source>A cell holds from %1 to %2 notes.</source>
            <translation>Eine Zelle fasst %1 bis %2 Haftnotizen.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;New from Template…</source>
            <translation>&amp;Neu aus Vorlage…</translation>
        </message>
        <message>
            <source>Start a new map</source>
            <translation>Eine neue Map beginnen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open a map</source>
            <translation>Eine Map öffnen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save the map</source>
            <translation>Die Map speichern</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Save the map under a new name</source>
            <translation>Die Map unter einem neuen Namen speichern</translation>
        </message>
        <message>
            <source>Export &amp;Poster…</source>
            <translation>&amp;Poster exportieren…</translation>
        </message>
        <message>
            <source>Print the map as a wall poster</source>
            <translation>Die Map als Wandposter drucken</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Take in maps from a spreadsheet, Mermaid or another journey-map tool</source>
            <translation>Maps aus einer Tabelle, aus Mermaid oder aus einem anderen Journey-Map-Werkzeug übernehmen</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Write the maps as a spreadsheet, Mermaid or another journey-map tool's file</source>
            <translation>Die Maps als Tabelle, als Mermaid oder als Datei eines anderen Journey-Map-Werkzeugs schreiben</translation>
        </message>
        <message>
            <source>Export I&amp;mage…</source>
            <translation>Bild e&amp;xportieren…</translation>
        </message>
        <message>
            <source>A PNG or SVG for slides</source>
            <translation>Ein PNG oder SVG für Folien</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Print the map on a system printer</source>
            <translation>Die Map auf einem Drucker des Systems drucken</translation>
        </message>
        <message>
            <source>Copy as &amp;Image</source>
            <translation>Als B&amp;ild kopieren</translation>
        </message>
        <message>
            <source>Put a picture of the map on the clipboard</source>
            <translation>Ein Bild der Map in die Zwischenablage legen</translation>
        </message>
        <message>
            <source>Project &amp;Properties…</source>
            <translation>Pro&amp;jekteigenschaften…</translation>
        </message>
        <message>
            <source>Title and description</source>
            <translation>Titel und Beschreibung</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Close every JourneyDesk window</source>
            <translation>Alle JourneyDesk-Fenster schließen</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Die letzte Änderung rückgängig machen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Redo the last change undone</source>
            <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Find cards</source>
            <translation>Karten suchen</translation>
        </message>
        <message>
            <source>Next &amp;Pane</source>
            <translation>&amp;Nächster Bereich</translation>
        </message>
        <message>
            <source>Move the keyboard to the inspector</source>
            <translation>Mit der Tastatur zu den Eigenschaften wechseln</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>List the keyboard shortcuts of every menu</source>
            <translation>Die Tastenkürzel aller Menüs auflisten</translation>
        </message>
        <message>
            <source>&amp;About JourneyDesk</source>
            <translation>&amp;Über JourneyDesk</translation>
        </message>
        <message>
            <source>The version, the licence and the libraries</source>
            <translation>Version, Lizenz und Bibliotheken</translation>
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
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>&amp;Map</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Add a sticky:</source>
            <translation>Haftnotiz hinzufügen:</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <comment>%1: the step undone, such as Move Card</comment>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <comment>%1: the step redone, such as Move Card</comment>
            <translation>&amp;Wiederholen: %1</translation>
        </message>
        <message>
            <source>About JourneyDesk</source>
            <translation>Über JourneyDesk</translation>
        </message>
        <message>
            <source>System Default (%1)</source>
            <translation>Systemstandard (%1)</translation>
        </message>
        <message>
            <source>Use the language of the computer's settings</source>
            <translation>Die Sprache aus den Einstellungen des Computers verwenden</translation>
        </message>
        <message>
            <source>Use %1 from the next start</source>
            <translation>Ab dem nächsten Start %1 verwenden</translation>
        </message>
        <message>
            <source>JourneyDesk will use %1 the next time it starts.</source>
            <translation>Beim nächsten Start verwendet JourneyDesk die Sprache „%1“.</translation>
        </message>
        <message>
            <source>JourneyDesk will use the computer's language, %1, the next time it starts.</source>
            <translation>Beim nächsten Start verwendet JourneyDesk die Sprache des Computers, „%1“.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
    </context>
    <context>
        <name>WorkshopTimerText</name>
        <message>
            <source>How long? Type minutes, such as 7, or minutes and seconds, such as 2:30.</source>
            <translation>Wie lange? Geben Sie Minuten ein, etwa 7, oder Minuten und Sekunden, etwa 2:30.</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a time in words: 1 hour 5 minutes</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>That is not a time the timer understands.</source>
            <translation>Diese Zeitangabe versteht der Timer nicht.</translation>
        </message>
        <message>
            <source>Seconds go up to 59: for 90 seconds, type 1:30.</source>
            <translation>Sekunden gehen nur bis 59: Für 90 Sekunden geben Sie 1:30 ein.</translation>
        </message>
        <message>
            <source>The timer needs a time longer than zero.</source>
            <translation>Der Timer braucht eine Zeit über null.</translation>
        </message>
        <message>
            <source>The timer runs for %1 at the most.</source>
            <translation>Der Timer läuft höchstens %1.</translation>
        </message>
        <message>
            <source>Custom Timer</source>
            <translation>Eigene Zeit</translation>
        </message>
    </context>
</TS>
