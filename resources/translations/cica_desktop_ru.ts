<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="22"/>
        <source>an untitled request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="24"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="25"/>
        <source>cica-desktop did not close normally. Unsaved changes to {name} from {time} were kept. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="35"/>
        <source>Damaged recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="36"/>
        <source>A recovery file from {time} cannot be restored: {problem}.
{file}

Delete it? Choose No to keep it; it will be offered again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="111"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="112"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="60"/>
        <source>New request</source>
        <extracomment>The names of the document languages, translated when shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="70"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="148"/>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="115"/>
        <source>e.g. Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="118"/>
        <source>Add State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="128"/>
        <source>Requesting States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="130"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="148"/>
        <source>with its article: the Example Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="153"/>
        <source>With a draft resolution (annex II)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="157"/>
        <source>US Letter (New York)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="158"/>
        <source>A4 (Geneva, missions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="160"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="160"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="162"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="161"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="163"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="211"/>
        <source>Date of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="164"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="168"/>
        <source>Requesting State(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="165"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="166"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>Item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Existing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="169"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="181"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="173"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="169"/>
        <source>Requesting State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="175"/>
        <source>What you leave blank stays blank: the findings list it until you fill it in. Nothing is made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="221"/>
        <source>The standard item when left blank</source>
        <extracomment>The session follows the rule and the letter&apos;s date until the user sets it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="222"/>
        <source>The title of the existing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="226"/>
        <source>Made from the organization when left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="227"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>As it will appear on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="262"/>
        <source>One signature block per State: a joint letter (“We have the honour…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="264"/>
        <source>One signatory (“I have the honour…”); add States for a joint letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="299"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="301"/>
        <source>Set {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="362"/>
        <source>(not valid: {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="378"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="437"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="49"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="443"/>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="444"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="470"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="471"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="472"/>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="473"/>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="492"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="55"/>
        <source>Drag to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="115"/>
        <source>Insert above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="116"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="117"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="118"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="162"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="164"/>
        <source>Add content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="175"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="175"/>
        <source>Add at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="260"/>
        <source>Use my profile for this signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="261"/>
        <source>Fill in the name and titles from your signer profile (Settings ▸ Signing…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="271"/>
        <source>No signer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="272"/>
        <source>Your signer profile has no name yet. Enter it in Settings ▸ Signing…, then use it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="61"/>
        <source>Same as the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="111"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="271"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="302"/>
        <source>Heading</source>
        <extracomment>The model of list items / the optional sub-object. A new item&apos;s raw data. None stands for &quot;not given&quot; (an empty line, an unset date or number). What one item of a list is called, in the singular (&quot;Signatory&quot; of &quot;Signatories&quot;), for naming it in findings (&quot;Signatory 2 › Name&quot;); the field&apos;s label when empty. Fields shown elsewhere (navigator nodes) or fixed (tags, the format version). A signatory: the form offers &quot;Use my profile for this signatory&quot;, which fills in the name and titles of the signer profile (Settings ▸ Signing…) when the user asks. The content blocks of a letter, the memorandum or an enclosure, with what &quot;Add&quot; creates for each.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="112"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="303"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="113"/>
        <source>Numbered paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="114"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="115"/>
        <source>Place and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="117"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="321"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="149"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="150"/>
        <source>Observer status for an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="151"/>
        <source>Cooperation with an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="152"/>
        <source>An international day, year or decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="153"/>
        <source>A new substantive item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="154"/>
        <source>A sub-item under an existing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="155"/>
        <source>Existing item (for a sub-item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="156"/>
        <source>The title of the item the sub-item is requested under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="157"/>
        <source>Rule of procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="158"/>
        <source>Rule 13: item in the provisional agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="159"/>
        <source>Rule 14: supplementary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="160"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="162"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="163"/>
        <source>Once the item is on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="164"/>
        <source>Print the request’s heading under the session line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="166"/>
        <source>Print the item title under the request’s heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="170"/>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="171"/>
        <source>Mission letterhead (the letter as the mission sends it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="173"/>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="174"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="287"/>
        <source>Original language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>Document symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>e.g. A/62/232, once issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="177"/>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="178"/>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>Job number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>e.g. 07-53140</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="180"/>
        <source>Short title for page headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="181"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="187"/>
        <source>Mission name (if not the mission above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="188"/>
        <source>Address lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="189"/>
        <source>Address line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="190"/>
        <source>Place of signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="190"/>
        <source>e.g. New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>Emblem image (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="192"/>
        <source>A file path, relative to the project file; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="197"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="198"/>
        <source>Titles (in printed order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="199"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="286"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="296"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="200"/>
        <source>State represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="201"/>
        <source>Form of the titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="202"/>
        <source>Masculine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="202"/>
        <source>Feminine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Print the (Signed) mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="204"/>
        <source>Scanned signature (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="205"/>
        <source>Printed over the name on the letter as the mission sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="212"/>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="213"/>
        <source>The mission&apos;s “No. …”, printed on the letter as the mission sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="214"/>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="215"/>
        <source>The Permanent Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="216"/>
        <source>The Chargé d&apos;affaires a.i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="217"/>
        <source>Several representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="218"/>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="219"/>
        <source>The Secretary-General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="220"/>
        <source>The President of the General Assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="221"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="232"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="276"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="288"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="297"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="222"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="277"/>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="223"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="278"/>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="228"/>
        <source>Title (if not “Explanatory memorandum”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="229"/>
        <source>Print the title under the annex number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="230"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="260"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="274"/>
        <source>Original language of this annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="237"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="242"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="245"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="315"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="238"/>
        <source>Sub-paragraphs (i), (ii)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="239"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="247"/>
        <source>Sub-paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="241"/>
        <source>Lead words (italic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="244"/>
        <source>Operative verb (italic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="246"/>
        <source>Sub-paragraphs (a), (b)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="251"/>
        <source>Title (if not the item title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="252"/>
        <source>Preambular paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="253"/>
        <source>Preambular paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="254"/>
        <source>Operative paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="256"/>
        <source>Operative paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>Annex heading (if not “Draft resolution”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="258"/>
        <source>Print the annex heading under the annex number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="259"/>
        <source>Organ line (if not “The General Assembly,”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="262"/>
        <source>Sponsors (standalone draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="263"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="264"/>
        <source>Main Committee (standalone draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="265"/>
        <source>Symbol of the standalone draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="272"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="320"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="273"/>
        <source>Print the date above the heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="279"/>
        <source>Has an enclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="289"/>
        <source>Has its own annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="301"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="301"/>
        <source>1 (main heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="301"/>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="301"/>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="304"/>
        <source>Numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="306"/>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="306"/>
        <source>1. 2. 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="307"/>
        <source>(a) (b) (c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="308"/>
        <source>(i) (ii) (iii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>- bullets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="310"/>
        <source>Start at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="311"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="312"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="316"/>
        <source>Has a sub-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="319"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="67"/>
        <source>Annex {n}</source>
        <extracomment>Reads the project&apos;s value at a path (None where there is none). Block kinds whose one text field is the block itself: &quot;Content 3 › Paragraph&quot;, not &quot;Content 3 › Paragraph › Paragraph&quot;. Any form&apos;s label of a field name: only for paths no form reaches (an unknown key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="74"/>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="76"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="30"/>
        <source>Cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="32"/>
        <source>Enclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <source>Its annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="84"/>
        <source>Row {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="88"/>
        <source>Column {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="91"/>
        <source>Column {n} heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="116"/>
        <source>The whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="21"/>
        <source>Explanatory memorandum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="22"/>
        <source>Draft resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="23"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="28"/>
        <source>Package settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="34"/>
        <source>Enclosure&apos;s annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="37"/>
        <source>Annex {number}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="71"/>
        <source>Parts of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="68"/>
        <source>Preview of the package</source>
        <extracomment>A new rendering is shown. The reader chose the other layout: &quot;un&quot; or &quot;mission&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="69"/>
        <source>Layout shown in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="70"/>
        <source>As the UN circulates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="71"/>
        <source>As the mission sends it (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="72"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="72"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="73"/>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="131"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="53"/>
        <source>Update the standard paragraphs?</source>
        <extracomment>The field whose change offers the new wording.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="56"/>
        <source>The letter is now sent by several representatives. Write these paragraphs for several senders (“we”, “our Governments”)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="58"/>
        <source>The letter is now sent by one representative. Write these paragraphs for one sender (“I”, “my Government”)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="66"/>
        <source>Paragraph {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="67"/>
        <source>edited by you: only the words for the senders change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="75"/>
        <source>Update paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="78"/>
        <source>Keep them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="39"/>
        <source>give an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="40"/>
        <source>the address names no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="41"/>
        <source>the address has an invalid port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="70"/>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="76"/>
        <source>As printed under the letter: the block with this name is the one signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="78"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="81"/>
        <source>One title per line, e.g. Permanent Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="83"/>
        <source>Used only when you ask: “Use my profile for this signatory” on a signatory fills in this name and titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="85"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="89"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="140"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="170"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="196"/>
        <source>Scanned signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="99"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="141"/>
        <source>Key and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="103"/>
        <source>e.g. http://timestamp.example.org (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="104"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="142"/>
        <source>Time-stamp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="108"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="110"/>
        <source>How long the time-stamp server may take in all, from connecting to its last byte; then signing stops with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="113"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="143"/>
        <source>Time-stamp deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="114"/>
        <source>Make signed letters PDF/A-2b (for archiving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="134"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="144"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="181"/>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="182"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="200"/>
        <source>Key and certificate: {file} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="204"/>
        <source>Time-stamp server: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="209"/>
        <source>Trusted certificates: {file} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="204"/>
        <source>No suggestions</source>
        <extracomment>The project&apos;s language, asked each time (it may change while the form is open).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="205"/>
        <source>Add “{word}” to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="211"/>
        <source>Spelling: loading the {language} dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="216"/>
        <source>{language} text is not spell-checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="234"/>
        <source>No {language} dictionary is installed: {language} text is not spell-checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="41"/>
        <source>Export</source>
        <extracomment>The jobs running (their signals are deleted when they end). The busy bar, for the window&apos;s status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="56"/>
        <location filename="../../cica_desktop/ui/exports.py" line="74"/>
        <source>Cannot export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="57"/>
        <source>Some values are wrong rather than missing; fix the ones listed under Findings first ({count} left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="61"/>
        <location filename="../../cica_desktop/ui/exports.py" line="88"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="62"/>
        <location filename="../../cica_desktop/ui/exports.py" line="89"/>
        <source>The package has no draft resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="75"/>
        <source>Fix the problems listed under Findings first ({count} left). A draft, with the fields still to fill marked, can be exported at any time: Export ▸ Draft PDF or Draft DOCX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="123"/>
        <source>Exporting {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="134"/>
        <source>Exported {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="139"/>
        <location filename="../../cica_desktop/ui/exports.py" line="140"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="141"/>
        <source>{file} was not written: {reason}
Any previous file of that name is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="93"/>
        <source>Find and replace</source>
        <extracomment>Shows *match* to the user: selects its part, puts the cursor in its field and returns the field&apos;s editor (None when it has none). The occurrence shown last; &quot;Find next&quot; goes on from there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="94"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="95"/>
        <source>Replace &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="96"/>
        <source>Whole words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="97"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="98"/>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="99"/>
        <source>Find &amp;previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="100"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="101"/>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="136"/>
        <location filename="../../cica_desktop/ui/find_replace.py" line="166"/>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="141"/>
        <source>{n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="159"/>
        <source>Replaced; no more occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="164"/>
        <source>Replaced {count} occurrence(s) in one step (Undo takes them back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="64"/>
        <source>Findings</source>
        <extracomment>A finding was clicked or activated: the model path of its field. &quot;Apply fix&quot; was chosen for a finding (the window applies it as one undo step). Applies the selected finding&apos;s fix. The list of findings (the window&apos;s ``findings``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="65"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (click one to go to the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="66"/>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="112"/>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="68"/>
        <source>Change the field as the selected finding suggests (Edit ▸ Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="81"/>
        <source>Fix: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="87"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="74"/>
        <source>&amp;New request…</source>
        <extracomment>The objectName (tests and scripts find the action by it). The source text, translated in CONTEXT (a language&apos;s name is shown as it is). For a check mark: whether it is checked when the menus are built. Actions, submenus, and None for a separator. The objectName of a menu the window refers to. Fills the menu each time it opens (the recent files).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="76"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="78"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="79"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="81"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="82"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="86"/>
        <source>Letter PDF…</source>
        <extracomment>The exports in the UN layout, also on the toolbar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="88"/>
        <source>Draft resolution DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="90"/>
        <source>Full package PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="92"/>
        <source>Full package DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="97"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="100"/>
        <source>New from an earlier request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="102"/>
        <source>New from sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="103"/>
        <source>A/62/232 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="105"/>
        <source>A/62/232 (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="109"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="115"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="118"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="120"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="122"/>
        <source>Find and &amp;replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="124"/>
        <source>Fix &amp;quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="127"/>
        <source>&amp;Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="128"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="189"/>
        <source>Add annex</source>
        <extracomment>What the state line above the preview says about the project (draft, problems). The status bar message saying autosave failed, while it fails; else &quot;&quot;. The menus, toolbar and actions (ui/actions.py), rebuilt when the language changes. The list of findings (objectName &quot;findings&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="129"/>
        <source>Explanatory memorandum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="131"/>
        <source>Draft resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="133"/>
        <source>Letter (with or without an enclosure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="136"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="192"/>
        <source>Remove annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="139"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="143"/>
        <source>As the mission sends it, unsigned PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="146"/>
        <source>As the mission sends it, DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="150"/>
        <source>Draft PDF, fields still to fill marked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="153"/>
        <source>Draft DOCX, fields still to fill marked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="156"/>
        <source>Signed letter PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="158"/>
        <source>Verify signed PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="161"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="162"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="164"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="171"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="190"/>
        <source>Move annex up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="191"/>
        <source>Move annex down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="243"/>
        <source>The project has problems; see Findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="246"/>
        <source>Autosaved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="253"/>
        <source>Autosave failed: {reason}. Trying again every {seconds:g} s; save your work to keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="256"/>
        <source>⚠ Autosave failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="272"/>
        <source>Untitled request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="275"/>
        <source>autosave failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="307"/>
        <source>The preview shows the last version without problems; {count} to fix (see Findings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="310"/>
        <source>Draft: {count} field(s) to fill in, shown in brackets (see Findings). The final documents can be exported once they are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="334"/>
        <source>Quotes fixed in {count} field(s) (Undo takes them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="335"/>
        <source>No straight quotes to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="393"/>
        <source>The preview could not be drawn: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="431"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="432"/>
        <source>Save the changes to {name} before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="434"/>
        <source>the untitled request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="463"/>
        <source>New from an earlier request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="464"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="496"/>
        <source>Request projects (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="471"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="506"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="472"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="507"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="480"/>
        <source>A new request from {file}: check the session and the dates, and sign it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="495"/>
        <source>Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="522"/>
        <source>Save request as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="523"/>
        <source>Request projects (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="536"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="537"/>
        <source>{file} could not be saved: {reason}
The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="541"/>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="555"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignFlow</name>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="44"/>
        <source>Signing key and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="45"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="51"/>
        <source>Sign the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="52"/>
        <source>Password of {file} (used for this signature only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="57"/>
        <source>Export signed letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="64"/>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="72"/>
        <source>Verify signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="76"/>
        <source>{file} cannot be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="81"/>
        <source>{file} has no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="85"/>
        <source>{file}: valid. The signatures hold and nothing was changed after signing beyond what they permit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="88"/>
        <source>{file}: valid, but a signer is not in your trusted certificates (Settings ▸ Signing…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="91"/>
        <source>{file}: NOT VALID. It was changed after signing, or a signature does not hold. Do not rely on what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../cica_desktop/findings.py" line="41"/>
        <source>{day} {month_name} {year}</source>
        <extracomment>How a date is written inside a message: {day}, {month} (a number), {month_name} (in English), {year}; the translation may reorder or leave out any of them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="49"/>
        <source>cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="50"/>
        <source>the file is not UTF-8 text ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="51"/>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="53"/>
        <source>a project file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="55"/>
        <source>the file is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="56"/>
        <source>duplicate key &apos;{key}&apos; in {object}; keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="58"/>
        <source>duplicate key &apos;{key}&apos; in {object} ({count} times); keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="60"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file; keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="62"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file ({count} times); keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="65"/>
        <source>must be a whole number, not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="67"/>
        <source>{version} is newer than this version of cica-desktop reads ({supported}); update cica-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="70"/>
        <source>{version} is not a known format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="72"/>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="73"/>
        <source>is not a field of this format (misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="74"/>
        <source>unknown kind &apos;{tag}&apos;; expected one of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="76"/>
        <source>does not say what kind it is ({discriminator} is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="78"/>
        <source>Input should be a valid string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="79"/>
        <source>Input should be a valid dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="80"/>
        <source>Input should be a valid list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="81"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="82"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="83"/>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="84"/>
        <source>must be one of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="85"/>
        <source>must be {minimum} or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="86"/>
        <source>must be {maximum} or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="87"/>
        <source>is not in the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="88"/>
        <source>may be at most {maximum} characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="90"/>
        <source>needs at least {minimum} item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="91"/>
        <source>may have at most {maximum} item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="93"/>
        <source>text is {length:,} characters long; the limit is {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="95"/>
        <source>contains the control or non-character {character} at position {position}; remove it (it cannot be printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="98"/>
        <source>must be a single line (it contains a line break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="100"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="101"/>
        <source>each of several representatives must name the State they represent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="103"/>
        <source>sub-paragraphs go two levels deep at most ((a), then (i))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="105"/>
        <source>lists nest three levels deep at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="106"/>
        <source>has {cells} cells; the header has {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="109"/>
        <source>rule 20 asks for an explanatory memorandum with every item proposed for the agenda; the package has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="112"/>
        <source>rule 20 suggests a draft resolution where possible; the package has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="115"/>
        <source>a rule {rule} request dated {date} is for session {expected}; the package names session {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="118"/>
        <source>a rule 13 request must come before the provisional agenda of session {session} is issued, 60 days before the session opens on {opening}; the letter is dated {date}, {days} days before: rule {instead} applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="122"/>
        <source>a rule 14 request is made at least 30 days before the session opens; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="126"/>
        <source>a rule 15 request is made less than 30 days before the session opens or during it; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="130"/>
        <source>session {session} opened on {opening}, before the letter&apos;s date ({date}); during a session an item is requested under rule {instead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="133"/>
        <source>session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}); until its provisional agenda is issued, 60 days before the opening, an item is requested for it under rule {instead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="137"/>
        <source>the next provisional agenda to be issued after {date} is that of session {expected}; the package names session {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="140"/>
        <source>several signatories sign in the alphabetical order of their countries: {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="143"/>
        <source>{state} is not among the requesting States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="145"/>
        <source>the document is issued on {issued}, before the letter&apos;s date, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="147"/>
        <source>this annexed letter is dated {date}, after the cover letter of {cover}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="149"/>
        <source>an operative paragraph opens with a verb in the present tense, in italics (Decides, Requests); this one has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="152"/>
        <source>“{verb}” is the form of a preambular paragraph; an operative paragraph opens with a verb in the present tense (Notes, not Noting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="155"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: here “{expected}”, not “{found}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="158"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: “{expected}” is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="161"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: here “{expected}”, not “{found}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="164"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: “{expected}” is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="167"/>
        <source>this text introduces sub-paragraphs, so it ends with “{expected}”, not as a paragraph does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="170"/>
        <source>a preambular paragraph usually opens with a participle or adjective phrase in italics (Recalling, Noting, Convinced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="173"/>
        <source>“{lead}” reads as an operative verb; a preambular paragraph opens with a participle or adjective phrase (Noting, not Notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="176"/>
        <source>a preambular paragraph ends with a comma: here “{expected}”, not “{found}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="179"/>
        <source>a preambular paragraph ends with a comma: “{expected}” is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="182"/>
        <source>the item&apos;s title is quoted as “{quoted}”; it is “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="184"/>
        <source>the resolution is entitled “{resolution}”, the item “{title}”; a draft resolution takes the item&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="187"/>
        <source>the running heads&apos; title “{running}” is close to the item&apos;s title but not it: “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="190"/>
        <source>the running heads&apos; title “{running}” has little of the item&apos;s title (“{title}”) in it; is it from another request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="193"/>
        <source>“{found}” is spelt “{name}” in the item&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="195"/>
        <source>the resolution invites “{invited}”; the item&apos;s title names “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="197"/>
        <source>the letter cites rule {cited}; the request is made under rule {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="199"/>
        <source>the letter asks for the {named} session (session {number}); the package names session {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="202"/>
        <source>the letter mentions annex {annex}; the package has {count} annex(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="204"/>
        <source>the letter mentions annex {annex} after annex {before}; annexes are numbered in the order the letter first mentions them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="207"/>
        <source>the letter calls annex {annex} the explanatory memorandum, but annex {annex} is not the memorandum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="210"/>
        <source>the letter calls annex {annex} the draft resolution, but annex {annex} is not the draft resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="214"/>
        <source>two spaces in a row print as a gap; one is enough (a tab aligns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="216"/>
        <source>straight quotation marks (&quot;); this language uses {marks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="218"/>
        <source>a straight apostrophe (&apos;); the printed one is ’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="220"/>
        <source>quotation marks {found} are not this language&apos;s; it uses {marks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="222"/>
        <source>English words in Chinese text: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="225"/>
        <source>templates/lang/{language}.toml has no [{section}] {key}; the English wording is used instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="229"/>
        <source>“{word}” is not in the dictionary; did you mean: {suggestions}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="231"/>
        <source>“{word}” is not in the dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="233"/>
        <source>no {language} dictionary is installed, so {language} text is not spell-checked (looked in {folders})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="236"/>
        <source>{language} text is not spell-checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="58"/>
        <source>Observer status for an organization</source>
        <extracomment>The context the window translates these strings in. A short name (&quot;Observer status for an organization&quot;). What the request is for and what the new project holds, in a sentence or two. Whether the request asks for a sub-item under an existing item. Whether the package has a draft resolution unless the user says otherwise, and whether the user may leave it out. Whether the standard wording names an organization.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="59"/>
        <source>An intergovernmental organization asks to take part in the sessions and the work of the General Assembly as an observer. The draft resolution is the standard two-paragraph text; the memorandum presents the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="66"/>
        <source>Cooperation with an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="67"/>
        <source>A sub-item on cooperation between the United Nations and a regional or other organization, under the item “Cooperation between the United Nations and regional and other organizations”. The draft resolution asks for a report and puts the sub-item on a later agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="74"/>
        <source>An international day, year or decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="75"/>
        <source>The General Assembly is asked to proclaim an international day, year or decade. The draft resolution holds the usual paragraphs on its observance and its cost; you write what is proclaimed and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="80"/>
        <source>A new substantive item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="81"/>
        <source>A new item on a question the General Assembly should consider. Rule 20 asks for an explanatory memorandum; a draft resolution is added only if you want one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="87"/>
        <source>A sub-item under an existing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="88"/>
        <source>A sub-item to be considered under an item already on the agenda: give the existing item’s title. A draft resolution is included; you may leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="98"/>
        <source>Rule 13: item in the provisional agenda</source>
        <extracomment>The rules of procedure a request invokes (13, 14, 15), and rule 20, which every request meets: (short name, description).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="99"/>
        <source>An item for the provisional agenda of the next regular session, proposed before the provisional agenda is issued (at least 60 days before the session opens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="103"/>
        <source>Rule 14: supplementary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="104"/>
        <source>A supplementary item, requested at least 30 days before the session opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="107"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="108"/>
        <source>An additional item of an important and urgent character, requested less than 30 days before the session opens or during the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="111"/>
        <source>Rule 20: explanatory memorandum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="112"/>
        <source>Every item proposed for inclusion in the agenda is accompanied by an explanatory memorandum and, if possible, by basic documents or a draft resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="121"/>
        <source>The organization: when and by whom it was founded, its members and its purposes.</source>
        <extracomment>Guidance for the paragraphs a new request leaves blank, by the name its skeleton gives (`hint` in templates/kinds, and the memorandum skeletons below). Never printed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="124"/>
        <source>What the organization does, and where its work meets the work of the United Nations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="127"/>
        <source>Its cooperation with the United Nations so far (agreements, joint activities, earlier resolutions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="130"/>
        <source>Why observer status in the General Assembly would serve that cooperation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="133"/>
        <source>Why a sub-item on this cooperation should be on the agenda, and what the resolution would achieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="136"/>
        <source>The subject of the day, year or decade, and why it deserves international attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="139"/>
        <source>Why this date (or year, or decade), and who has observed it so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="141"/>
        <source>Support so far (States, organizations, earlier decisions), and that the observance will be met from voluntary contributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="144"/>
        <source>A heading, if the memorandum has headings (e.g. Background); delete this block if it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="147"/>
        <source>The background of the question: the facts and earlier decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="149"/>
        <source>Why the General Assembly should consider it now (for rule 15: why it is important and urgent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="152"/>
        <source>What the General Assembly is asked to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="154"/>
        <source>How the sub-item relates to the existing item, and why it should be considered under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="157"/>
        <source>The resolution that granted the organization observer status, and earlier resolutions on this cooperation (number and date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="160"/>
        <source>What the organization contributes, in the Assembly&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="162"/>
        <source>The resolutions or instruments the proclamation builds on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="164"/>
        <source>Why the subject matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="166"/>
        <source>to proclaim [the date] as [the name of the day], to be observed annually;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="169"/>
        <source>The decisions and instruments the resolution builds on (or delete this paragraph).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="172"/>
        <source>What the General Assembly decides: an operative verb (Decides, Requests, Calls upon…) and its text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../../cica_desktop/verification.py" line="58"/>
        <source>entire file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="59"/>
        <source>entire revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="60"/>
        <source>part of its revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="61"/>
        <source>unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="71"/>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="72"/>
        <source>form filling and signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="73"/>
        <source>form filling, signing and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="108"/>
        <location filename="../../cica_desktop/verification.py" line="159"/>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="109"/>
        <location filename="../../cica_desktop/verification.py" line="160"/>
        <location filename="../../cica_desktop/verification.py" line="211"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="110"/>
        <source>valid, but the signer is not trusted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="157"/>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="161"/>
        <source>valid, but a signer is not trusted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="179"/>
        <source>not trusted: the certificate does not chain to a trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="182"/>
        <source>covers: {coverage} (revision {revision} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="187"/>
        <source>certifies the document, permitting {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="192"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="193"/>
        <source>NOT ALLOWED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="195"/>
        <source>later change: {what} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="199"/>
        <source>verdict: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="202"/>
        <source>{file}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="203"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="210"/>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="212"/>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="215"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="218"/>
        <source>time-stamped {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="221"/>
        <source>(not proven: untrusted authority or damaged time stamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="223"/>
        <source>signature {number} ({field}): {signer}; signed {time}{stamp}; {checks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="227"/>
        <source>no checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="232"/>
        <source>problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="258"/>
        <source>changed after signing: {count} bytes were appended after the last revision (revision {revision})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="282"/>
        <source>the signature cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="300"/>
        <source>changed after signing: the signed bytes no longer match the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="304"/>
        <source>the signature value does not verify against the signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="310"/>
        <source>the signature covers only part of the file (coverage: {coverage}); the rest can be anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="315"/>
        <location filename="../../cica_desktop/verification.py" line="321"/>
        <source>changed after signing: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="324"/>
        <source>the signature breaks its field&apos;s constraints ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="329"/>
        <source>its time stamp is damaged: the signing time is not proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="372"/>
        <source>later revisions go beyond what the signature permits ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="375"/>
        <source>objects were changed in a later revision ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="388"/>
        <source>the signature&apos;s byte range cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="391"/>
        <source>the signature&apos;s byte range does not start at the beginning of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="396"/>
        <source>the signature&apos;s byte range leaves out more than the signature value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="402"/>
        <source>the signature value is not a hexadecimal string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="406"/>
        <source>the signature value is not a DER-encoded signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="410"/>
        <source>changed after signing: the signature&apos;s placeholder holds data after the signature value that nobody signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="73"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="74"/>
        <source>signature maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="75"/>
        <source>further signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="76"/>
        <source>form filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="77"/>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="78"/>
        <source>other changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="93"/>
        <source>{what} in revision {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="125"/>
        <source>a revision that cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="165"/>
        <source>the document catalog was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="176"/>
        <source>validation data (certificates, revocation) were added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="189"/>
        <source>the document information (/Info) was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="197"/>
        <source>the document information ({names}) was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="205"/>
        <source>the form (and its signature fields) was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="217"/>
        <source>form field &apos;{name}&apos; was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="220"/>
        <source>form field &apos;{name}&apos; was filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="223"/>
        <source>form field &apos;{name}&apos; was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="229"/>
        <source>the form&apos;s {key} entry was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="235"/>
        <source>signature field &apos;{name}&apos; was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="238"/>
        <source>an empty signature field &apos;{name}&apos; was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="241"/>
        <source>the signature in field &apos;{name}&apos; was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="243"/>
        <source>signature field &apos;{name}&apos; was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="250"/>
        <source>the number of pages changed from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="263"/>
        <source>content was drawn over page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="266"/>
        <source>page content of page {page} was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="270"/>
        <source>the fonts or images of page {page} were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="276"/>
        <source>the {key} of page {page} was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="312"/>
        <source>a {subtype} annotation was added to page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="316"/>
        <source>a {subtype} annotation was changed on page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="320"/>
        <source>an annotation was removed from page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="500"/>
        <source>the document catalog entry {key} was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="503"/>
        <source>the document catalog entry {key} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="505"/>
        <source>the document catalog entry {key} was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
