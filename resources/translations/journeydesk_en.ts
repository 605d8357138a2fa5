<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BulkCardForm</name>
        <message numerus="yes">
            <source>Colour of %n Card(s)</source>
            <translation>
                <numerusform>Colour of %n Card</numerusform>
                <numerusform>Colour of %n Cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tags of %n Card(s)</source>
            <translation>
                <numerusform>Tags of %n Card</numerusform>
                <numerusform>Tags of %n Cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Owner of %n Card(s)</source>
            <translation>
                <numerusform>Owner of %n Card</numerusform>
                <numerusform>Owner of %n Cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CanvasAccessibleText</name>
        <message numerus="yes">
            <source>%n card(s).</source>
            <translation>
                <numerusform>%n card.</numerusform>
                <numerusform>%n cards.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) in this lane.</source>
            <translation>
                <numerusform>%n card in this lane.</numerusform>
                <numerusform>%n cards in this lane.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s).</source>
            <translation>
                <numerusform>%n vote.</numerusform>
                <numerusform>%n votes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) in the latest voting round.</source>
            <translation>
                <numerusform>%n dot in the latest voting round.</numerusform>
                <numerusform>%n dots in the latest voting round.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Lane %1, stage %2: %n card(s)</source>
            <translation>
                <numerusform>Lane %1, stage %2: %n card</numerusform>
                <numerusform>Lane %1, stage %2: %n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CanvasEditor</name>
        <message numerus="yes">
            <source>Duplicate %n Card(s)</source>
            <translation>
                <numerusform>Duplicate %n Card</numerusform>
                <numerusform>Duplicate %n Cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n Card(s)</source>
            <translation>
                <numerusform>Paste %n Card</numerusform>
                <numerusform>Paste %n Cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardSheetText</name>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) did not fit a %1 mm note even in 9 pt, so the text is cut short with '…': %2.</source>
            <translation>
                <numerusform>%n card did not fit a %1 mm note even in 9 pt, so the text is cut short with '…': %2.</numerusform>
                <numerusform>%n cards did not fit a %1 mm note even in 9 pt, so the text is cut short with '…': %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliText</name>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n stage</numerusform>
                <numerusform>%n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n lane</numerusform>
                <numerusform>%n lanes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommandText</name>
        <message numerus="yes">
            <source>Add %n Card(s)</source>
            <translation>
                <numerusform>Add %n Card</numerusform>
                <numerusform>Add %n Cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n Card(s)</source>
            <translation>
                <numerusform>Delete %n Card</numerusform>
                <numerusform>Delete %n Cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n Card(s)</source>
            <translation>
                <numerusform>Move %n Card</numerusform>
                <numerusform>Move %n Cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConversionText</name>
        <message numerus="yes">
            <source>…and %Ln more.</source>
            <translation>
                <numerusform>…and %Ln more.</numerusform>
                <numerusform>…and %Ln more.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConvertNoteText</name>
        <message numerus="yes">
            <source>%n text(s) longer than JourneyDesk allows, cut short: %1.</source>
            <translation>
                <numerusform>%n text longer than JourneyDesk allows, cut short: %1.</numerusform>
                <numerusform>%n texts longer than JourneyDesk allows, cut short: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <comment>a list cut short</comment>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) had notes, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n card had notes, which %2 cannot hold; left out: %1.</numerusform>
                <numerusform>%n cards had notes, which %2 cannot hold; left out: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) had tags, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n card had tags, which %2 cannot hold; left out: %1.</numerusform>
                <numerusform>%n cards had tags, which %2 cannot hold; left out: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) had votes, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n card had votes, which %2 cannot hold; left out: %1.</numerusform>
                <numerusform>%n cards had votes, which %2 cannot hold; left out: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) had an owner, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n card had an owner, which %2 cannot hold; left out: %1.</numerusform>
                <numerusform>%n cards had an owner, which %2 cannot hold; left out: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) had a colour of its own, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n card had a colour of its own, which %2 cannot hold; left out: %1.</numerusform>
                <numerusform>%n cards had a colour of its own, which %2 cannot hold; left out: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s) had a description or goal, which %2 cannot hold; left out: %1.</source>
            <translation>
                <numerusform>%n stage had a description or goal, which %2 cannot hold; left out: %1.</numerusform>
                <numerusform>%n stages had a description or goal, which %2 cannot hold; left out: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CoverageText</name>
        <message numerus="yes">
            <source>and %n more place(s)</source>
            <translation>
                <numerusform>and %n more place</numerusform>
                <numerusform>and %n more places</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditRuleText</name>
        <message numerus="yes">
            <source>This lane holds %n card(s); move them elsewhere before making it a divider line.</source>
            <translation>
                <numerusform>This lane holds %n card; move them elsewhere before making it a divider line.</numerusform>
                <numerusform>This lane holds %n cards; move them elsewhere before making it a divider line.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EnablementMapText</name>
        <message numerus="yes">
            <source>%n action(s) without an emotion score (a whole number from -2 to +2): %1.</source>
            <translation>
                <numerusform>%n action without an emotion score (a whole number from -2 to +2): %1.</numerusform>
                <numerusform>%n actions without an emotion score (a whole number from -2 to +2): %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other document(s) in the file, which JourneyDesk does not import: %1.</source>
            <translation>
                <numerusform>%n other document in the file, which JourneyDesk does not import: %1.</numerusform>
                <numerusform>%n other documents in the file, which JourneyDesk does not import: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Lane %1 and its %n card(s) were left out: an %2 journey has only actions, touchpoints and thoughts and feelings.</source>
            <translation>
                <numerusform>Lane %1 and its %n card were left out: an %2 journey has only actions, touchpoints and thoughts and feelings.</numerusform>
                <numerusform>Lane %1 and its %n cards were left out: an %2 journey has only actions, touchpoints and thoughts and feelings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) named no action of their stage and went to its first action: %1.</source>
            <translation>
                <numerusform>%n card named no action of their stage and went to its first action: %1.</numerusform>
                <numerusform>%n cards named no action of their stage and went to its first action: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) without an emotion score, in a stage without one, written with 0: %1.</source>
            <translation>
                <numerusform>%n action without an emotion score, in a stage without one, written with 0: %1.</numerusform>
                <numerusform>%n actions without an emotion score, in a stage without one, written with 0: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPosterDialog</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportText</name>
        <message numerus="yes">
            <source>%n sheet(s) wide</source>
            <comment>the width asked for</comment>
            <translation>
                <numerusform>%n sheet wide</numerusform>
                <numerusform>%n sheets wide</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) high</source>
            <comment>the height the map takes</comment>
            <translation>
                <numerusform>%n sheet high</numerusform>
                <numerusform>%n sheets high</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) high</source>
            <comment>the height asked for</comment>
            <translation>
                <numerusform>%n sheet high</numerusform>
                <numerusform>%n sheets high</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) wide</source>
            <comment>the width the map takes</comment>
            <translation>
                <numerusform>%n sheet wide</numerusform>
                <numerusform>%n sheets wide</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileProblemText</name>
        <message numerus="yes">
            <source>This is the first of %n problem(s).</source>
            <translation>
                <numerusform>This is the first of %n problem.</numerusform>
                <numerusform>This is the first of %n problems.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a number far too large (%n digit(s))</source>
            <translation>
                <numerusform>a number far too large (%n digit)</numerusform>
                <numerusform>a number far too large (%n digits)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message numerus="yes">
            <source>%n found</source>
            <translation>
                <numerusform>%n found</numerusform>
                <numerusform>%n found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportExport</name>
        <message numerus="yes">
            <source>Add the %n map(s) in %1 to this project, or open them as a new project?</source>
            <translation>
                <numerusform>Add the %n map in %1 to this project, or open them as a new project?</numerusform>
                <numerusform>Add the %n maps in %1 to this project, or open them as a new project?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %Ln page(s) to the printer.</source>
            <translation>
                <numerusform>Sent %Ln page to the printer.</numerusform>
                <numerusform>Sent %Ln pages to the printer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoText</name>
        <message numerus="yes">
            <source>%n journey(s)</source>
            <translation>
                <numerusform>%n journey</numerusform>
                <numerusform>%n journeys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n dot(s)</source>
            <translation>
                <numerusform>%1 of %n dot</numerusform>
                <numerusform>%1 of %n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1; top card: %2 (%n dot(s), tied with %3 more)</source>
            <translation>
                <numerusform>%1; top card: %2 (%n dot, tied with %3 more)</numerusform>
                <numerusform>%1; top card: %2 (%n dots, tied with %3 more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1; top card: %2 (%n dot(s))</source>
            <translation>
                <numerusform>%1; top card: %2 (%n dot)</numerusform>
                <numerusform>%1; top card: %2 (%n dots)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>%n card selected</numerusform>
                <numerusform>%n cards selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n stage</numerusform>
                <numerusform>%n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n lane</numerusform>
                <numerusform>%n lanes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s) selected</source>
            <translation>
                <numerusform>%n stage selected</numerusform>
                <numerusform>%n stages selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s) selected</source>
            <translation>
                <numerusform>%n lane selected</numerusform>
                <numerusform>%n lanes selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JsonText</name>
        <message numerus="yes">
            <source>a number of %n character(s)</source>
            <translation>
                <numerusform>a number of %n character</numerusform>
                <numerusform>a number of %n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This is not a JourneyDesk project: the file holds a number too large to store (a whole number of %n digit(s), line %1).</source>
            <translation>
                <numerusform>This is not a JourneyDesk project: the file holds a number too large to store (a whole number of %n digit, line %1).</numerusform>
                <numerusform>This is not a JourneyDesk project: the file holds a number too large to store (a whole number of %n digits, line %1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message numerus="yes">
            <source>This lane holds %n card(s), and a divider line cannot hold cards. Move or delete its cards first, then make the lane a divider.</source>
            <translation>
                <numerusform>This lane holds %n card, and a divider line cannot hold cards. Move or delete its cards first, then make the lane a divider.</numerusform>
                <numerusform>This lane holds %n cards, and a divider line cannot hold cards. Move or delete its cards first, then make the lane a divider.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Lane %1 of %2 · %n card(s)</source>
            <translation>
                <numerusform>Lane %1 of %2 · %n card</numerusform>
                <numerusform>Lane %1 of %2 · %n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln map(s)</source>
            <translation>
                <numerusform>%Ln map</numerusform>
                <numerusform>%Ln maps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln card</numerusform>
                <numerusform>%Ln cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapActions</name>
        <message numerus="yes">
            <source>Copied %Ln card(s).</source>
            <translation>
                <numerusform>Copied %Ln card.</numerusform>
                <numerusform>Copied %Ln cards.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %Ln Card(s)</source>
            <translation>
                <numerusform>Cut %Ln Card</numerusform>
                <numerusform>Cut %Ln Cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %Ln Card(s)</source>
            <translation>
                <numerusform>Paste %Ln Card</numerusform>
                <numerusform>Paste %Ln Cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the stage %1 and the %n card(s) in it? You can undo this with Edit &gt; Undo.</source>
            <translation>
                <numerusform>Delete the stage %1 and the %n card in it? You can undo this with Edit &gt; Undo.</numerusform>
                <numerusform>Delete the stage %1 and the %n cards in it? You can undo this with Edit &gt; Undo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lane %1 and the %n card(s) in it? You can undo this with Edit &gt; Undo.</source>
            <translation>
                <numerusform>Delete the lane %1 and the %n card in it? You can undo this with Edit &gt; Undo.</numerusform>
                <numerusform>Delete the lane %1 and the %n cards in it? You can undo this with Edit &gt; Undo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message numerus="yes">
            <source>Future state · %n card(s)</source>
            <translation>
                <numerusform>Future state · %n card</numerusform>
                <numerusform>Future state · %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Current state · %n card(s)</source>
            <translation>
                <numerusform>Current state · %n card</numerusform>
                <numerusform>Current state · %n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapPages</name>
        <message numerus="yes">
            <source>Delete the map %1 and the %n card(s) on it? You can undo this with Edit &gt; Undo.</source>
            <translation>
                <numerusform>Delete the map %1 and the %n card on it? You can undo this with Edit &gt; Undo.</numerusform>
                <numerusform>Delete the map %1 and the %n cards on it? You can undo this with Edit &gt; Undo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MermaidText</name>
        <message numerus="yes">
            <source>%1: line(s) %2.</source>
            <comment>what is wrong: on which lines</comment>
            <translation>
                <numerusform>%1: line %2.</numerusform>
                <numerusform>%1: lines %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>JourneyDesk did not read %n line(s) of Markdown outside the journey diagrams.</source>
            <translation>
                <numerusform>JourneyDesk did not read %n line of Markdown outside the journey diagrams.</numerusform>
                <numerusform>JourneyDesk did not read %n lines of Markdown outside the journey diagrams.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, the tasks of %n section(s) (%2) do not all share one score from 1 to 5; each stage's emotion is their average and each card keeps its own score in its notes.</source>
            <translation>
                <numerusform>In map %1, the tasks of %n section (%2) do not all share one score from 1 to 5; each stage's emotion is their average and each card keeps its own score in its notes.</numerusform>
                <numerusform>In map %1, the tasks of %n sections (%2) do not all share one score from 1 to 5; each stage's emotion is their average and each card keeps its own score in its notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, %n task(s) named only some of the actors (%2), who became the map's personas; each of those cards keeps its own actors in its notes.</source>
            <translation>
                <numerusform>In map %1, %n task named only some of the actors (%2), who became the map's personas; each of those cards keeps its own actors in its notes.</numerusform>
                <numerusform>In map %1, %n tasks named only some of the actors (%2), who became the map's personas; each of those cards keeps its own actors in its notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A .mmd file holds one diagram, so only the map %1 was written; the export left out %n other map(s) (%2). Export as Markdown (.md) to keep every map.</source>
            <translation>
                <numerusform>A .mmd file holds one diagram, so only the map %1 was written; the export left out %n other map (%2). Export as Markdown (.md) to keep every map.</numerusform>
                <numerusform>A .mmd file holds one diagram, so only the map %1 was written; the export left out %n other maps (%2). Export as Markdown (.md) to keep every map.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, the export left out %n other lane(s) (%2), with their %3, as a Mermaid journey holds only tasks.</source>
            <translation>
                <numerusform>In map %1, the export left out %n other lane (%2), with their %3, as a Mermaid journey holds only tasks.</numerusform>
                <numerusform>In map %1, the export left out %n other lanes (%2), with their %3, as a Mermaid journey holds only tasks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, the export left out %n other lane(s) (%2), as a Mermaid journey holds only tasks.</source>
            <translation>
                <numerusform>In map %1, the export left out %n other lane (%2), as a Mermaid journey holds only tasks.</numerusform>
                <numerusform>In map %1, the export left out %n other lanes (%2), as a Mermaid journey holds only tasks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, of the %n task card(s), %2; Mermaid tasks hold none of these, so they were left out.</source>
            <translation>
                <numerusform>In map %1, of the %n task card, %2; Mermaid tasks hold none of these, so they were left out.</numerusform>
                <numerusform>In map %1, of the %n task cards, %2; Mermaid tasks hold none of these, so they were left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, the export left out %n empty card(s).</source>
            <translation>
                <numerusform>In map %1, the export left out %n empty card.</numerusform>
                <numerusform>In map %1, the export left out %n empty cards.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the goals of %n stage(s)</source>
            <translation>
                <numerusform>the goals of %n stage</numerusform>
                <numerusform>the goals of %n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the descriptions of %n stage(s)</source>
            <translation>
                <numerusform>the descriptions of %n stage</numerusform>
                <numerusform>the descriptions of %n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot-voting round(s)</source>
            <translation>
                <numerusform>%n dot-voting round</numerusform>
                <numerusform>%n dot-voting rounds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the emotion curves of %n other persona(s)</source>
            <translation>
                <numerusform>the emotion curves of %n other persona</numerusform>
                <numerusform>the emotion curves of %n other personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, Mermaid shows the neutral score %2 for %n stage(s) without an emotion score; a comment keeps them unscored when read back.</source>
            <translation>
                <numerusform>In map %1, Mermaid shows the neutral score %2 for %n stage without an emotion score; a comment keeps them unscored when read back.</numerusform>
                <numerusform>In map %1, Mermaid shows the neutral score %2 for %n stages without an emotion score; a comment keeps them unscored when read back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, %n persona(s) without a name could not be actors.</source>
            <translation>
                <numerusform>In map %1, %n persona without a name could not be actors.</numerusform>
                <numerusform>In map %1, %n personas without a name could not be actors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In map %1, %n name(s) held characters Mermaid reserves (':', '#', ';', '%%', line breaks, spaces at either end); they were written as Mermaid character codes such as #58; and line breaks as &lt;br&gt;, which Mermaid shows as the text.</source>
            <translation>
                <numerusform>In map %1, %n name held characters Mermaid reserves (':', '#', ';', '%%', line breaks, spaces at either end); they were written as Mermaid character codes such as #58; and line breaks as &lt;br&gt;, which Mermaid shows as the text.</numerusform>
                <numerusform>In map %1, %n names held characters Mermaid reserves (':', '#', ';', '%%', line breaks, spaces at either end); they were written as Mermaid character codes such as #58; and line breaks as &lt;br&gt;, which Mermaid shows as the text.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The export left out %n persona(s) that no exported map names: %1.</source>
            <translation>
                <numerusform>The export left out %n persona that no exported map names: %1.</numerusform>
                <numerusform>The export left out %n personas that no exported map names: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the names of personas become actors; the details (role, age, quote, goals, needs, frustrations, photo) of %n persona(s) were left out.</source>
            <translation>
                <numerusform>Only the names of personas become actors; the details (role, age, quote, goals, needs, frustrations, photo) of %n persona were left out.</numerusform>
                <numerusform>Only the names of personas become actors; the details (role, age, quote, goals, needs, frustrations, photo) of %n personas were left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenJourneyText</name>
        <message numerus="yes">
            <source>%n node(s) had a score that is not a number, left out: %1.</source>
            <translation>
                <numerusform>%n node had a score that is not a number, left out: %1.</numerusform>
                <numerusform>%n nodes had a score that is not a number, left out: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n node(s) had an icon, which JourneyDesk does not show; left out: %1.</source>
            <translation>
                <numerusform>%n node had an icon, which JourneyDesk does not show; left out: %1.</numerusform>
                <numerusform>%n nodes had an icon, which JourneyDesk does not show; left out: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n node(s) had fields the OpenJourney specification does not list; left out: %1.</source>
            <translation>
                <numerusform>%n node had fields the OpenJourney specification does not list; left out: %1.</numerusform>
                <numerusform>%n nodes had fields the OpenJourney specification does not list; left out: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blueprint item(s) had fields JourneyDesk does not know; left out: %1.</source>
            <translation>
                <numerusform>%n blueprint item had fields JourneyDesk does not know; left out: %1.</numerusform>
                <numerusform>%n blueprint items had fields JourneyDesk does not know; left out: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PosterCommandText</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresentationControls</name>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n stage</numerusform>
                <numerusform>%n stages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message numerus="yes">
            <source>Whole map · %n stage(s)</source>
            <translation>
                <numerusform>Whole map · %n stage</numerusform>
                <numerusform>Whole map · %n stages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryOfferText</name>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetText</name>
        <message numerus="yes">
            <source>%1: %n more, handled the same way.</source>
            <translation>
                <numerusform>%1: %n more, handled the same way.</numerusform>
                <numerusform>%1: %n more, handled the same way.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>JourneyDesk cards have no column(s) %1; their values were added to each card's notes.</source>
            <translation>
                <numerusform>JourneyDesk cards have no column %1; their values were added to each card's notes.</numerusform>
                <numerusform>JourneyDesk cards have no columns %1; their values were added to each card's notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s)</source>
            <translation>
                <numerusform>%n cell</numerusform>
                <numerusform>%n cells</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartRoundDialog</name>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TallyDialog</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <comment>dots placed by 3 participants</comment>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoteRuleText</name>
        <message numerus="yes">
            <source>dot %1 was placed by participant number %2, but the round has %n participant(s)</source>
            <translation>
                <numerusform>dot %1 was placed by participant number %2, but the round has %n participant</numerusform>
                <numerusform>dot %1 was placed by participant number %2, but the round has %n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>participant '%1' placed %2 dots on the cards in %3, where each participant has %n dot(s)</source>
            <translation>
                <numerusform>participant '%1' placed %2 dots on the cards in %3, where each participant has %n dot</numerusform>
                <numerusform>participant '%1' placed %2 dots on the cards in %3, where each participant has %n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 has placed all their %n dot(s).</source>
            <translation>
                <numerusform>%1 has placed all their %n dot.</numerusform>
                <numerusform>%1 has placed all their %n dots.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoteTurnText</name>
        <message numerus="yes">
            <source>%1: %n dot(s) left, click cards to place them</source>
            <translation>
                <numerusform>%1: %n dot left, click cards to place them</numerusform>
                <numerusform>%1: %n dots left, click cards to place them</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VotingBar</name>
        <message numerus="yes">
            <source>%1 (%n left)</source>
            <comment>a voter's dots left</comment>
            <translation>
                <numerusform>%1 (%n left)</numerusform>
                <numerusform>%1 (%n left)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopTimerText</name>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
    </context>
</TS>
