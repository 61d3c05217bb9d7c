<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="31"/>
        <source>an untitled request</source>
        <translation>une demande sans titre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="33"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="34"/>
        <source>cica-desktop did not close normally. Unsaved changes to {name} from {time} were kept. Restore them?</source>
        <translation>cica-desktop ne s’est pas fermé normalement. Les modifications non enregistrées apportées à {name} le {time} ont été conservées. Voulez-vous les restaurer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="44"/>
        <source>Damaged recovery file</source>
        <translation>Fichier de récupération endommagé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="45"/>
        <source>A recovery file from {time} cannot be restored: {problem}.
{file}

Delete it? Choose No to keep it; it will be offered again at the next start.</source>
        <translation>Un fichier de récupération du {time} ne peut pas être restauré&#x202f;: {problem}.
{file}

Le supprimer&#x202f;? Choisissez Non pour le conserver&#x202f;; il sera de nouveau proposé au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="132"/>
        <source>Cannot open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="133"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>Impossible d’ouvrir {file}&#x202f;:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="65"/>
        <source>New request</source>
        <extracomment>The names of the document languages, translated when shown.</extracomment>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="75"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="148"/>
        <source>Kind of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="122"/>
        <source>e.g. Kazakhstan</source>
        <translation>p. ex. Kazakhstan</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="125"/>
        <source>Add State</source>
        <translation>Ajouter un État</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="135"/>
        <source>Requesting States</source>
        <translation>États demandeurs</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="137"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="155"/>
        <source>with its article: the Example Forum</source>
        <translation>avec son article&#x202f;: le Forum exemple</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="160"/>
        <source>With a draft resolution (annex II)</source>
        <translation>Avec un projet de résolution (annexe II)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="164"/>
        <source>US Letter (New York)</source>
        <translation>Lettre US (New York)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="165"/>
        <source>A4 (Geneva, missions)</source>
        <translation>A4 (Genève, missions)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Rule</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="169"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="161"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="170"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="212"/>
        <source>Date of the letter</source>
        <translation>Date de la lettre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="171"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="168"/>
        <source>Requesting State(s)</source>
        <translation>État(s) demandeur(s)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="172"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="173"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>Item title</source>
        <translation>Intitulé de la question</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="174"/>
        <source>Existing item</source>
        <translation>Question existante</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="176"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="180"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="169"/>
        <source>Requesting State</source>
        <translation>État demandeur</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="182"/>
        <source>What you leave blank stays blank: the findings list it until you fill it in. Nothing is made up.</source>
        <translation>Ce que vous laissez en blanc reste en blanc&#x202f;: les constatations le signalent jusqu’à ce que vous le remplissiez. Rien n’est inventé.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="228"/>
        <source>The standard item when left blank</source>
        <extracomment>The session follows the rule and the letter&apos;s date until the user sets it.</extracomment>
        <translation>L’intitulé type si le champ est laissé vide</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="229"/>
        <source>The title of the existing item</source>
        <translation>L’intitulé de la question existante</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="233"/>
        <source>Made from the organization when left blank</source>
        <translation>Établi à partir du nom de l’organisation si le champ est laissé vide</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="234"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>As it will appear on the agenda</source>
        <translation>Tel qu’il figurera à l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="269"/>
        <source>One signature block per State: a joint letter (“We have the honour…”).</source>
        <translation>Un bloc de signature par État&#x202f;: lettre conjointe («&#x202f;Nous avons l’honneur…&#x202f;»).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="271"/>
        <source>One signatory (“I have the honour…”); add States for a joint letter.</source>
        <translation>Un seul signataire («&#x202f;J’ai l’honneur…&#x202f;»)&#x202f;; ajoutez des États pour une lettre conjointe.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="397"/>
        <source>Set</source>
        <extracomment>Prose: a straight quote typed becomes the language&apos;s mark (_type_quote). Prose: a straight quote typed becomes the language&apos;s mark (_type_quote).</extracomment>
        <translation>Définir</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="399"/>
        <source>Set {label}</source>
        <translation>Définir&#x202f;: {label}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="472"/>
        <source>(not valid: {value})</source>
        <translation>(non valide&#x202f;: {value})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="488"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="548"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="49"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="554"/>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="555"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="674"/>
        <source>Add row</source>
        <extracomment>The cells are prose: unknown words underlined, as in the line fields.</extracomment>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="675"/>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="676"/>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="677"/>
        <source>Remove column</source>
        <translation>Supprimer la colonne</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="696"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="63"/>
        <source>Drag to move</source>
        <extracomment>A drag is under way (its nested event loop runs): no row is released meanwhile, since the handle being dragged must live until the drop.</extracomment>
        <translation>Faire glisser pour déplacer</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="415"/>
        <source>Insert above</source>
        <extracomment>Attributes that hold a model path, renumbered with their row (an editor&apos;s path, the signatory a title line completes for). A list up to this long builds every row; a longer one is lazy: only its rows in or near the visible part of the form are widgets (``ListEditor.fill``). A lazy list builds its first rows at once, as far as this height (pixels) or time goes. The tallest a list may be. Qt&apos;s layouts cap every size at 524,287 pixels (QLAYOUTSIZE_MAX); 1,500 signatories are taller. Past this height the gaps are shrunk in proportion (the scroll bar is then approximate over rows not built; built rows keep their height). An object of a row that carries the row&apos;s path: the object, whether its objectName is a path under the row&apos;s, its attributes that hold a path, and what to call once it has its new path. Built on demand (the cursor goes there): kept until it has been in view. The height of a row never built: the average of the rows built (once laid out).</extracomment>
        <translation>Insérer au-dessus</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="416"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="417"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="418"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="474"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="476"/>
        <source>Add content</source>
        <translation>Ajouter du contenu</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add at the end</source>
        <translation>Ajouter à la fin</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="724"/>
        <source>Use my profile for this signatory</source>
        <translation>Utiliser mon profil pour ce signataire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="725"/>
        <source>Fill in the name and titles from your signer profile (Settings ▸ Signing…)</source>
        <translation>Remplir le nom et les titres à partir de votre profil de signataire (Paramètres ▸ Signature…)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="736"/>
        <source>No signer profile</source>
        <translation>Aucun profil de signataire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="737"/>
        <source>Your signer profile has no name yet. Enter it in Settings ▸ Signing…, then use it here.</source>
        <translation>Votre profil de signataire ne comporte pas encore de nom. Saisissez-le dans Paramètres ▸ Signature…, puis utilisez-le ici.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="61"/>
        <source>Same as the document</source>
        <translation>Identique au document</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="111"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="279"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="310"/>
        <source>Heading</source>
        <extracomment>The model of list items / the optional sub-object. A new item&apos;s raw data. None stands for &quot;not given&quot; (an empty line, an unset date or number). What one item of a list is called, in the singular (&quot;Signatory&quot; of &quot;Signatories&quot;), for naming it in findings (&quot;Signatory 2 › Name&quot;); the field&apos;s label when empty. Fields shown elsewhere (navigator nodes) or fixed (tags, the format version). A signatory: the form offers &quot;Use my profile for this signatory&quot;, which fills in the name and titles of the signer profile (Settings ▸ Signing…) when the user asks. The content blocks of a letter, the memorandum or an enclosure, with what &quot;Add&quot; creates for each.</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="112"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="311"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="113"/>
        <source>Numbered paragraph</source>
        <translation>Paragraphe numéroté</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="114"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="115"/>
        <source>Place and date</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="117"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="329"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="149"/>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="150"/>
        <source>Observer status for an organization</source>
        <translation>Statut d’observateur pour une organisation</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="151"/>
        <source>Cooperation with an organization</source>
        <translation>Coopération avec une organisation</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="152"/>
        <source>An international day, year or decade</source>
        <translation>Journée, année ou décennie internationale</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="153"/>
        <source>A new substantive item</source>
        <translation>Nouvelle question de fond</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="154"/>
        <source>A sub-item under an existing item</source>
        <translation>Question subsidiaire relevant d’une question existante</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="155"/>
        <source>Existing item (for a sub-item)</source>
        <translation>Question existante (pour une question subsidiaire)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="156"/>
        <source>The title of the item the sub-item is requested under</source>
        <translation>L’intitulé de la question dont relèvera la question subsidiaire demandée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="157"/>
        <source>Rule of procedure</source>
        <translation>Article du règlement intérieur</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="158"/>
        <source>Rule 13: item in the provisional agenda</source>
        <translation>Article 13&#x202f;: question inscrite à l’ordre du jour provisoire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="159"/>
        <source>Rule 14: supplementary item</source>
        <translation>Article 14&#x202f;: question supplémentaire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="160"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>Article 15&#x202f;: question additionnelle (importante et urgente)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="162"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="163"/>
        <source>Once the item is on the agenda</source>
        <translation>Une fois la question inscrite à l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="164"/>
        <source>Print the request’s heading under the session line</source>
        <translation>Imprimer l’intitulé de la demande sous la ligne de la session</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="166"/>
        <source>Print the item title under the request’s heading</source>
        <translation>Imprimer l’intitulé de la question sous celui de la demande</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="170"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="171"/>
        <source>Mission letterhead (the letter as the mission sends it)</source>
        <translation>En-tête de la mission (la lettre telle que la mission l’envoie)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="173"/>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="174"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="295"/>
        <source>Original language</source>
        <translation>Langue de l’original</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>e.g. A/62/232, once issued</source>
        <translation>p. ex. A/62/232, une fois le document publié</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="177"/>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="178"/>
        <source>Issue date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>Job number</source>
        <translation>Numéro d’ordre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>e.g. 07-53140</source>
        <translation>p. ex. 07-53140</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="180"/>
        <source>Short title for page headers</source>
        <translation>Titre abrégé pour les titres courants</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="181"/>
        <source>Print the UN documents QR code on page 1</source>
        <translation>Imprimer le code QR des documents de l’ONU sur la page 1</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="188"/>
        <source>Mission name (if not the mission above)</source>
        <translation>Nom de la mission (si ce n’est pas la mission ci-dessus)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="189"/>
        <source>Address lines</source>
        <translation>Lignes de l’adresse</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="190"/>
        <source>Address line</source>
        <translation>Ligne de l’adresse</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>Place of signature</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>e.g. New York</source>
        <translation>p. ex. New York</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="192"/>
        <source>Emblem image (PNG or JPEG)</source>
        <translation>Emblème (PNG ou JPEG)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="193"/>
        <source>A file path, relative to the project file; empty for none</source>
        <translation>Chemin d’un fichier, relatif au fichier du projet&#x202f;; vide si aucun</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="198"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="199"/>
        <source>Titles (in printed order)</source>
        <translation>Titres (dans l’ordre d’impression)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="294"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="304"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="201"/>
        <source>State represented</source>
        <translation>État représenté</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="200"/>
        <source>Title line</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="202"/>
        <source>Form of the titles</source>
        <translation>Forme des titres</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Masculine</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Feminine</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="204"/>
        <source>Print the (Signed) mark</source>
        <translation>Imprimer la mention (Signé)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="205"/>
        <source>Scanned signature (PNG or JPEG)</source>
        <translation>Signature numérisée (PNG ou JPEG)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="206"/>
        <source>Printed over the name on the letter as the mission sends it</source>
        <translation>Imprimée au-dessus du nom sur la lettre telle que la mission l’envoie</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="213"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="214"/>
        <source>The mission&apos;s “No. …”, printed on the letter as the mission sends it</source>
        <translation>Le «&#x202f;N° …&#x202f;» de la mission, imprimé sur la lettre telle que la mission l’envoie</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="215"/>
        <source>Sent by</source>
        <translation>Envoyée par</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="216"/>
        <source>The Permanent Representative</source>
        <translation>Le Représentant permanent</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="217"/>
        <source>The Chargé d&apos;affaires a.i.</source>
        <translation>Le Chargé d’affaires par intérim</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="218"/>
        <source>Several representatives</source>
        <translation>Plusieurs représentants</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="219"/>
        <source>Addressed to</source>
        <translation>Adressée à</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="220"/>
        <source>The Secretary-General</source>
        <translation>Le Secrétaire général</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="221"/>
        <source>The President of the General Assembly</source>
        <translation>Le Président de l’Assemblée générale</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="222"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="233"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="284"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="296"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="305"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="223"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="285"/>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="224"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="286"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="229"/>
        <source>Title (if not “Explanatory memorandum”)</source>
        <translation>Titre (si ce n’est pas «&#x202f;Mémoire explicatif&#x202f;»)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="230"/>
        <source>Print the title under the annex number</source>
        <translation>Imprimer le titre sous le numéro de l’annexe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="231"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="261"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="282"/>
        <source>Original language of this annex</source>
        <translation>Langue de l’original de cette annexe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="238"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="243"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="246"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="323"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="239"/>
        <source>Sub-paragraphs (i), (ii)…</source>
        <translation>Alinéas i), ii)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="240"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="248"/>
        <source>Sub-paragraph</source>
        <translation>Alinéa</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="242"/>
        <source>Lead words (italic)</source>
        <translation>Mots d’introduction (en italique)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="245"/>
        <source>Operative verb (italic)</source>
        <translation>Verbe du dispositif (en italique)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="247"/>
        <source>Sub-paragraphs (a), (b)…</source>
        <translation>Alinéas a), b)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="252"/>
        <source>Title (if not the item title)</source>
        <translation>Titre (si ce n’est pas l’intitulé de la question)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="253"/>
        <source>Preambular paragraphs</source>
        <translation>Alinéas du préambule</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="254"/>
        <source>Preambular paragraph</source>
        <translation>Alinéa du préambule</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="255"/>
        <source>Operative paragraphs</source>
        <translation>Paragraphes du dispositif</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>Operative paragraph</source>
        <translation>Paragraphe du dispositif</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="258"/>
        <source>Annex heading (if not “Draft resolution”)</source>
        <translation>Titre de l’annexe (si ce n’est pas «&#x202f;Projet de résolution&#x202f;»)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="259"/>
        <source>Print the annex heading under the annex number</source>
        <translation>Imprimer le titre de l’annexe sous le numéro de l’annexe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="260"/>
        <source>Organ line (if not “The General Assembly,”)</source>
        <translation>Ligne de l’organe (si ce n’est pas «&#x202f;L’Assemblée générale,&#x202f;»)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="263"/>
        <source>Sponsors (standalone draft)</source>
        <translation>Auteurs (projet distinct)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="264"/>
        <source>Sponsor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="265"/>
        <source>Main Committee (standalone draft)</source>
        <translation>Grande Commission (projet distinct)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="266"/>
        <source>Symbol of the standalone draft</source>
        <translation>Cote du projet distinct</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="267"/>
        <source>Issue date of the standalone draft</source>
        <translation>Date de publication du projet distinct</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="268"/>
        <source>Job number of the standalone draft</source>
        <translation>Numéro d’ordre du projet distinct</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="269"/>
        <source>e.g. 25-16079</source>
        <translation>p. ex. 25-16079</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="270"/>
        <source>Agenda item of the standalone draft (if not the request’s)</source>
        <translation>Point de l’ordre du jour du projet distinct (si ce n’est pas celui de la demande)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="272"/>
        <source>Agenda item’s own title (if not the item title)</source>
        <translation>Intitulé propre du point de l’ordre du jour (si ce n’est pas l’intitulé de la question)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="280"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="328"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="281"/>
        <source>Print the date above the heading</source>
        <translation>Imprimer la date au-dessus du titre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="287"/>
        <source>Has an enclosure</source>
        <translation>Comporte une pièce jointe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="297"/>
        <source>Has its own annex</source>
        <translation>Comporte sa propre annexe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>1 (main heading)</source>
        <translation>1 (titre principal)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="312"/>
        <source>Numbered</source>
        <translation>Numéroté</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="314"/>
        <source>Numbering</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="314"/>
        <source>1. 2. 3.</source>
        <translation>1. 2. 3.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="315"/>
        <source>(a) (b) (c)</source>
        <translation>(a) (b) (c)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="316"/>
        <source>(i) (ii) (iii)</source>
        <translation>(i) (ii) (iii)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="317"/>
        <source>- bullets</source>
        <translation>- puces</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="318"/>
        <source>Start at</source>
        <translation>Commencer à</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="319"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="320"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="324"/>
        <source>Has a sub-list</source>
        <translation>Comporte une sous-liste</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="327"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="67"/>
        <source>Annex {n}</source>
        <extracomment>Reads the project&apos;s value at a path (None where there is none). Block kinds whose one text field is the block itself: &quot;Content 3 › Paragraph&quot;, not &quot;Content 3 › Paragraph › Paragraph&quot;. Any form&apos;s label of a field name: only for paths no form reaches (an unknown key).</extracomment>
        <translation>Annexe {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="74"/>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="76"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="30"/>
        <source>Cover letter</source>
        <translation>Lettre d’envoi</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="32"/>
        <source>Enclosure</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <source>Its annex</source>
        <translation>Son annexe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="84"/>
        <source>Row {n}</source>
        <translation>Ligne {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="88"/>
        <source>Column {n}</source>
        <translation>Colonne {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="91"/>
        <source>Column {n} heading</source>
        <translation>En-tête de la colonne {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="116"/>
        <source>The whole project</source>
        <translation>L’ensemble du projet</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="21"/>
        <source>Explanatory memorandum</source>
        <translation>Mémoire explicatif</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="22"/>
        <source>Draft resolution</source>
        <translation>Projet de résolution</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="23"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="28"/>
        <source>Package settings</source>
        <translation>Paramètres du dossier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="34"/>
        <source>Enclosure&apos;s annex</source>
        <translation>Annexe de la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="37"/>
        <source>Annex {number}: {kind}</source>
        <translation>Annexe {number}&#x202f;: {kind}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="71"/>
        <source>Parts of the package</source>
        <translation>Éléments du dossier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="91"/>
        <source>Preview of the package</source>
        <extracomment>A new rendering is shown. The reader chose the other layout: &quot;un&quot; or &quot;mission&quot;. Where each paragraph starts, by its model path: (page index, points from the top). The brief mark on the line the preview has just followed the form to.</extracomment>
        <translation>Aperçu du dossier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="92"/>
        <source>Layout shown in the preview</source>
        <translation>Présentation affichée dans l’aperçu</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="93"/>
        <source>As the UN circulates it</source>
        <translation>Tel que distribué par l’ONU</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="94"/>
        <source>As the mission sends it (signed)</source>
        <translation>Tel qu’envoyé par la mission (signé)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="95"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="95"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="96"/>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="191"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="53"/>
        <source>Update the standard paragraphs?</source>
        <extracomment>The field whose change offers the new wording.</extracomment>
        <translation>Mettre à jour les paragraphes types&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="56"/>
        <source>The letter is now sent by several representatives. Write these paragraphs for several senders (“we”, “our Governments”)?</source>
        <translation>La lettre est désormais envoyée par plusieurs représentants. Rédiger ces paragraphes pour plusieurs expéditeurs («&#x202f;nous&#x202f;», «&#x202f;nos gouvernements&#x202f;»)&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="58"/>
        <source>The letter is now sent by one representative. Write these paragraphs for one sender (“I”, “my Government”)?</source>
        <translation>La lettre est désormais envoyée par un seul représentant. Rédiger ces paragraphes pour un seul expéditeur («&#x202f;je&#x202f;», «&#x202f;mon gouvernement&#x202f;»)&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="66"/>
        <source>Paragraph {number}</source>
        <translation>Paragraphe {number}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="67"/>
        <source>edited by you: only the words for the senders change</source>
        <translation>modifié par vous&#x202f;: seuls les mots désignant les expéditeurs changent</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="75"/>
        <source>Update paragraphs</source>
        <translation>Mettre à jour les paragraphes</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="78"/>
        <source>Keep them as they are</source>
        <translation>Les laisser tels quels</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="39"/>
        <source>give an http:// or https:// address</source>
        <translation>indiquez une adresse http:// ou https://</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="40"/>
        <source>the address names no server</source>
        <translation>l’adresse ne désigne aucun serveur</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="41"/>
        <source>the address has an invalid port</source>
        <translation>l’adresse comporte un port non valide</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="70"/>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="76"/>
        <source>As printed under the letter: the block with this name is the one signed</source>
        <translation>Tel qu’imprimé sous la lettre&#x202f;: c’est le bloc portant ce nom qui est signé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="78"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Signer&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="81"/>
        <source>One title per line, e.g. Permanent Representative</source>
        <translation>Un titre par ligne, p. ex. Représentant permanent</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="83"/>
        <source>Used only when you ask: “Use my profile for this signatory” on a signatory fills in this name and titles</source>
        <translation>Utilisé seulement à votre demande&#x202f;: «&#x202f;Utiliser mon profil pour ce signataire&#x202f;» sur un signataire remplit ce nom et ces titres</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="85"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Titles</source>
        <translation>Titres</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="89"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="140"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="170"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="196"/>
        <source>Scanned signature</source>
        <translation>Signature numérisée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="99"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="141"/>
        <source>Key and certificate</source>
        <translation>Clé et certificat</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="103"/>
        <source>e.g. http://timestamp.example.org (empty: none)</source>
        <translation>p. ex. http://timestamp.example.org (vide&#x202f;: aucun)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="104"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="142"/>
        <source>Time-stamp server</source>
        <translation>Serveur d’horodatage</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="108"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="110"/>
        <source>How long the time-stamp server may take in all, from connecting to its last byte; then signing stops with an error.</source>
        <translation>Durée totale accordée au serveur d’horodatage, de la connexion à son dernier octet&#x202f;; au-delà, la signature s’arrête sur une erreur.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="113"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="143"/>
        <source>Time-stamp deadline</source>
        <translation>Délai d’horodatage</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="114"/>
        <source>Make signed letters PDF/A-2b (for archiving)</source>
        <translation>Produire les lettres signées au format PDF/A-2b (pour l’archivage)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="134"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="144"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="181"/>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="182"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="200"/>
        <source>Key and certificate: {file} does not exist</source>
        <translation>Clé et certificat&#x202f;: {file} n’existe pas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="204"/>
        <source>Time-stamp server: {problem}</source>
        <translation>Serveur d’horodatage&#x202f;: {problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="209"/>
        <source>Trusted certificates: {file} does not exist</source>
        <translation>Certificats de confiance&#x202f;: {file} n’existe pas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="204"/>
        <source>No suggestions</source>
        <extracomment>The project&apos;s language, asked each time (it may change while the form is open).</extracomment>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="205"/>
        <source>Add “{word}” to dictionary</source>
        <translation>Ajouter «&#x202f;{word}&#x202f;» au dictionnaire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="211"/>
        <source>Spelling: loading the {language} dictionary…</source>
        <translation>Orthographe&#x202f;: chargement du dictionnaire ({language})…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="216"/>
        <source>{language} text is not spell-checked</source>
        <translation>Pas de vérification orthographique pour ce texte ({language})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="234"/>
        <source>No {language} dictionary is installed: {language} text is not spell-checked</source>
        <translation>Aucun dictionnaire n’est installé pour cette langue ({language})&#x202f;: le texte n’est pas vérifié</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="57"/>
        <source>The user guide is missing: {file}</source>
        <translation>Le guide de l’utilisateur est introuvable&#x202f;: {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="91"/>
        <source>User guide — cica-desktop</source>
        <translation>Guide de l’utilisateur — cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="92"/>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="108"/>
        <source>Prepares a request to put an item on the agenda of the United Nations General Assembly: the letter and its annexes, in the UN layout, as DOCX and PDF, signed.</source>
        <translation>Prépare une demande d’inscription d’une question à l’ordre du jour de l’Assemblée générale des Nations Unies&#x202f;: la lettre et ses annexes, selon la présentation de l’ONU, aux formats DOCX et PDF, signées.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="111"/>
        <source>Each PDF embeds the fonts it uses (subsets); the licences above allow that. DOCX files name the fonts UN offices have and embed none.</source>
        <translation>Chaque PDF incorpore les polices qu’il utilise (sous-ensembles)&#x202f;; les licences ci-dessus le permettent. Les fichiers DOCX désignent les polices dont disposent les bureaux de l’ONU et n’en incorporent aucune.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Script</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="116"/>
        <source>none installed</source>
        <translation>aucune installée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="118"/>
        <source>Versions and licences</source>
        <translation>Versions et licences</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="119"/>
        <source>Fonts the documents embed on this computer</source>
        <translation>Polices incorporées dans les documents sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="136"/>
        <source>About cica-desktop</source>
        <translation>À propos de cica-desktop</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="53"/>
        <source>Compare with an earlier version</source>
        <translation>Comparer avec une version antérieure</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="59"/>
        <source>The project being edited is the new version. Every difference from the earlier version becomes a tracked change (Word&apos;s Review pane lists each one), or is drawn in colour in a PDF.</source>
        <translation>Le projet en cours de modification est la nouvelle version. Chaque différence par rapport à la version antérieure devient une modification suivie (le volet Révisions de Word les répertorie une à une) ou est signalée en couleur dans un PDF.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="65"/>
        <source>The earlier version&apos;s project file (.json)</source>
        <translation>Fichier de projet de la version antérieure (.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="68"/>
        <source>Word document with tracked changes (.docx)</source>
        <translation>Document Word avec suivi des modifications (.docx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="69"/>
        <source>PDF showing the changes (.pdf)</source>
        <translation>PDF faisant apparaître les modifications (.pdf)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="74"/>
        <source>The name Word shows for each change</source>
        <translation>Le nom que Word affiche pour chaque modification</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="81"/>
        <source>Earlier version:</source>
        <translation>Version antérieure&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="83"/>
        <source>Format:</source>
        <translation>Format&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="84"/>
        <source>Write to:</source>
        <translation>Enregistrer dans&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="85"/>
        <source>Changes by:</source>
        <translation>Auteur des modifications&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="87"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="110"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="132"/>
        <source>Earlier version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="133"/>
        <source>Projects (*.json)</source>
        <translation>Projets (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="139"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="140"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="141"/>
        <source>Write the changes to</source>
        <translation>Enregistrer les modifications dans</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="152"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="160"/>
        <source>This file already exists. Do you want to replace it?</source>
        <translation>Ce fichier existe déjà. Voulez-vous le remplacer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="172"/>
        <source>Nothing was written: {file} was kept.</source>
        <translation>Aucun fichier n’a été écrit&#x202f;: {file} a été conservé.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="181"/>
        <source>Nothing was written. {reason}</source>
        <translation>Aucun fichier n’a été écrit. {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="191"/>
        <source>Changed: {changed}, inserted: {inserted}, deleted: {deleted}, moved: {moved}, renumbered or restyled: {reformatted}.</source>
        <translation>Modifiés&#x202f;: {changed}, insérés&#x202f;: {inserted}, supprimés&#x202f;: {deleted}, déplacés&#x202f;: {moved}, renumérotés ou remis en forme&#x202f;: {reformatted}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="196"/>
        <source>The two versions do not differ.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="197"/>
        <source>Written to {path}. {changes}</source>
        <translation>Fichier écrit&#x202f;: {path}. {changes}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="207"/>
        <source>{target} already exists; it was kept.</source>
        <translation>{target} existe déjà&#x202f;; il a été conservé.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="209"/>
        <source>The project has errors: correct them (see the findings) before comparing.</source>
        <translation>Le projet contient des erreurs&#x202f;: corrigez-les (voir les constatations) avant de comparer.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="213"/>
        <source>{file} is not a valid project: {details}</source>
        <translation>{file} n’est pas un projet valide&#x202f;: {details}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="216"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file}&#x202f;: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="218"/>
        <source>The earlier version is in another language ({old}; this one: {new}): compare two versions in one language.</source>
        <translation>La version antérieure est dans une autre langue ({old}&#x202f;; celle-ci&#x202f;: {new})&#x202f;: comparez deux versions dans la même langue.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="222"/>
        <source>Could not compare ({reason}); nothing was written.</source>
        <translation>La comparaison a échoué ({reason})&#x202f;; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="45"/>
        <source>Export</source>
        <extracomment>The jobs running (their signals are deleted when they end). The busy bar, for the window&apos;s status bar. The message of the last export written with warnings, while it is open.</extracomment>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="60"/>
        <location filename="../../cica_desktop/ui/exports.py" line="78"/>
        <source>Cannot export yet</source>
        <translation>Exportation impossible pour l’instant</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="61"/>
        <source>Some values are wrong rather than missing; fix the ones listed under Findings first ({count} left).</source>
        <translation>Certaines valeurs sont erronées, et pas seulement manquantes&#x202f;; corrigez d’abord celles qui figurent dans les constatations (il en reste {count}).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="65"/>
        <location filename="../../cica_desktop/ui/exports.py" line="92"/>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="66"/>
        <location filename="../../cica_desktop/ui/exports.py" line="93"/>
        <source>The package has no draft resolution.</source>
        <translation>Le dossier ne comporte pas de projet de résolution.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="79"/>
        <source>Fix the problems listed under Findings first ({count} left). A draft, with the fields still to fill marked, can be exported at any time: Export ▸ Draft PDF or Draft DOCX.</source>
        <translation>Corrigez d’abord les problèmes qui figurent dans les constatations (il en reste {count}). Un brouillon, où les champs encore à remplir sont signalés, peut être exporté à tout moment&#x202f;: Exporter ▸ Brouillon PDF ou Brouillon DOCX.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="128"/>
        <source>Exporting {file}…</source>
        <translation>Exportation de {file}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="139"/>
        <source>Exported {file}</source>
        <translation>{file} exporté</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="147"/>
        <source>Exported with warnings</source>
        <translation>Exporté avec des avertissements</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="148"/>
        <source>{file} was written. Check these before sending it:</source>
        <translation>{file} a été écrit. Vérifiez ces points avant de l’envoyer&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="167"/>
        <location filename="../../cica_desktop/ui/exports.py" line="168"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="169"/>
        <source>{file} was not written: {reason}
Any previous file of that name is unchanged.</source>
        <translation>{file} n’a pas été écrit&#x202f;: {reason}
Tout fichier existant portant ce nom reste inchangé.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="93"/>
        <source>Find and replace</source>
        <extracomment>Shows *match* to the user: selects its part, puts the cursor in its field and returns the field&apos;s editor (None when it has none). The occurrence shown last; &quot;Find next&quot; goes on from there.</extracomment>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="94"/>
        <source>&amp;Find:</source>
        <translation>Re&amp;chercher&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="95"/>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="96"/>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="97"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="98"/>
        <source>Find &amp;next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="99"/>
        <source>Find &amp;previous</source>
        <translation>Rechercher le p&amp;récédent</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="100"/>
        <source>&amp;Replace</source>
        <translation>R&amp;emplacer</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="101"/>
        <source>Replace &amp;all</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="136"/>
        <location filename="../../cica_desktop/ui/find_replace.py" line="166"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="141"/>
        <source>{n} of {count}</source>
        <translation>{n} sur {count}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="159"/>
        <source>Replaced; no more occurrences.</source>
        <translation>Remplacé&#x202f;; aucune autre occurrence.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="164"/>
        <source>Replaced {count} occurrence(s) in one step (Undo takes them back).</source>
        <translation>{count} occurrence(s) remplacée(s) en une seule opération (Annuler permet de revenir en arrière).</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="64"/>
        <source>Findings</source>
        <extracomment>A finding was clicked or activated: the model path of its field. &quot;Apply fix&quot; was chosen for a finding (the window applies it as one undo step). Applies the selected finding&apos;s fix. The list of findings (the window&apos;s ``findings``).</extracomment>
        <translation>Constatations</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="65"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (click one to go to the field)</source>
        <translation>&lt;b&gt;Constatations&lt;/b&gt; (cliquez sur l’une d’elles pour aller au champ)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="66"/>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="112"/>
        <source>Apply fix</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="68"/>
        <source>Change the field as the selected finding suggests (Edit ▸ Undo takes it back)</source>
        <translation>Modifier le champ comme le suggère la constatation sélectionnée (Édition ▸ Annuler permet de revenir en arrière)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="81"/>
        <source>Fix: {fix}</source>
        <translation>Correction&#x202f;: {fix}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="87"/>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="110"/>
        <source>&amp;New request…</source>
        <extracomment>The objectName (tests and scripts find the action by it). The source text, translated in CONTEXT (a language&apos;s name is shown as it is). The platform&apos;s standard key, if there is one for what it does. Its keys (&quot;Ctrl+Shift+M&quot;), where Qt has no standard key, or the platform none for it. For a check mark: whether it is checked when the menus are built. Actions, submenus, and None for a separator. The objectName of a menu the window refers to. Fills the menu each time it opens (the recent files).</extracomment>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="112"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="114"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="116"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="118"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="120"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="125"/>
        <source>Letter PDF…</source>
        <extracomment>The exports in the UN layout, also on the toolbar.</extracomment>
        <translation>Lettre (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="127"/>
        <source>Draft resolution DOCX…</source>
        <translation>Projet de résolution (DOCX)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="129"/>
        <source>Full package PDF…</source>
        <translation>Dossier complet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="131"/>
        <source>Full package DOCX…</source>
        <translation>Dossier complet (DOCX)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="139"/>
        <source>New from an earlier request…</source>
        <translation>Nouvelle demande à partir d’une demande antérieure…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="141"/>
        <source>New from sample</source>
        <translation>Nouvelle demande à partir d’un exemple</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="142"/>
        <source>A/62/232 (Chinese)</source>
        <translation>A/62/232 (chinois)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="144"/>
        <source>A/62/232 (English)</source>
        <translation>A/62/232 (anglais)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="150"/>
        <source>&amp;Import Word document…</source>
        <translation>&amp;Importer un document Word…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="152"/>
        <source>Compare &amp;with earlier version…</source>
        <translation>Comparer &amp;avec une version antérieure…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="163"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="165"/>
        <source>Find and &amp;replace…</source>
        <translation>Rechercher et re&amp;mplacer…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="167"/>
        <source>Fix &amp;quotes</source>
        <translation>Corriger les &amp;guillemets</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="170"/>
        <source>&amp;Package</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="171"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="271"/>
        <source>Add annex</source>
        <extracomment>What the state line above the preview says about the project (draft, problems). The errors of the data last sent to the preview (a draft&apos;s gaps). While typing, the findings are listed in a worker thread. The status bar message saying autosave failed, while it fails; else &quot;&quot;. The menus, toolbar and actions (ui/actions.py), rebuilt when the language changes. The share of the screen&apos;s free area (without task bars) a first window takes. The width a first window gives the form, when the screen has room for it: its labels and fields side by side, none cut off (at 150 % scaling on a 1366 × 768 screen the screen is 910 points wide). The splitter is shared out once the window has its size (showEvent). The list of findings (objectName &quot;findings&quot;).</extracomment>
        <translation>Ajouter une annexe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="172"/>
        <source>Explanatory memorandum</source>
        <translation>Mémoire explicatif</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="174"/>
        <source>Draft resolution</source>
        <translation>Projet de résolution</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="176"/>
        <source>Letter (with or without an enclosure)</source>
        <translation>Lettre (avec ou sans pièce jointe)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="180"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="276"/>
        <source>Remove annex</source>
        <translation>Supprimer l’annexe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="183"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="187"/>
        <source>As the mission sends it, unsigned PDF…</source>
        <translation>Telle que la mission l’envoie, PDF non signé…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="190"/>
        <source>As the mission sends it, DOCX…</source>
        <translation>Telle que la mission l’envoie, DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="194"/>
        <source>Draft PDF, fields still to fill marked…</source>
        <translation>Brouillon PDF, champs encore à remplir signalés…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="197"/>
        <source>Draft DOCX, fields still to fill marked…</source>
        <translation>Brouillon DOCX, champs encore à remplir signalés…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="200"/>
        <source>Signed letter PDF…</source>
        <translation>Lettre signée (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="202"/>
        <source>Verify signed PDF…</source>
        <translation>Vérifier un PDF signé…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="205"/>
        <source>Submission…</source>
        <translation>Envoi au Secrétariat…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="208"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="209"/>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="211"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="216"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="217"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="220"/>
        <source>&amp;About cica-desktop</source>
        <translation>À &amp;propos de cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="225"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="273"/>
        <source>Add an annex: an explanatory memorandum, a draft resolution or a letter</source>
        <translation>Ajouter une annexe&#x202f;: un mémoire explicatif, un projet de résolution ou une lettre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="274"/>
        <source>Move annex up</source>
        <translation>Monter l’annexe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="275"/>
        <source>Move annex down</source>
        <translation>Descendre l’annexe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="405"/>
        <source>The project has problems; see Findings.</source>
        <extracomment>Milliseconds of quiet after a change before the preview and the findings catch up.</extracomment>
        <translation>Le projet présente des problèmes&#x202f;; voir les constatations.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="326"/>
        <source>Autosaved {time}</source>
        <translation>Enregistrement automatique&#x202f;: {time}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="333"/>
        <source>Autosave failed: {reason}. Trying again every {seconds:g} s; save your work to keep it safe.</source>
        <translation>Échec de l’enregistrement automatique&#x202f;: {reason}. Nouvelle tentative toutes les {seconds:g} s&#x202f;; enregistrez votre travail pour le mettre en sécurité.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="336"/>
        <source>⚠ Autosave failed</source>
        <translation>⚠ Échec de l’enregistrement automatique</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="352"/>
        <source>Untitled request</source>
        <translation>Demande sans titre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="355"/>
        <source>autosave failed</source>
        <translation>échec de l’enregistrement automatique</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="416"/>
        <source>The preview shows the last version without problems; {count} to fix (see Findings).</source>
        <translation>L’aperçu montre la dernière version sans problème&#x202f;; {count} à corriger (voir les constatations).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="419"/>
        <source>Draft: {count} field(s) to fill in, shown in brackets (see Findings). The final documents can be exported once they are filled in.</source>
        <translation>Brouillon&#x202f;: {count} champ(s) à remplir, signalé(s) entre crochets (voir les constatations). Les documents définitifs pourront être exportés une fois ces champs remplis.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="443"/>
        <source>Quotes fixed in {count} field(s) (Undo takes them back).</source>
        <translation>Guillemets corrigés dans {count} champ(s) (Annuler permet de revenir en arrière).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="444"/>
        <source>No straight quotes to fix.</source>
        <translation>Aucun guillemet droit à corriger.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="514"/>
        <source>Laying out the pages after this one…</source>
        <translation>Composition des pages suivantes…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="525"/>
        <source>The preview could not be drawn: {message}</source>
        <translation>L’aperçu n’a pas pu être affiché&#x202f;: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="563"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="564"/>
        <source>Save the changes to {name} before closing it?</source>
        <translation>Enregistrer les modifications apportées à {name} avant de le fermer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="566"/>
        <source>the untitled request</source>
        <translation>la demande sans titre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="595"/>
        <source>New from an earlier request</source>
        <translation>Nouvelle demande à partir d’une demande antérieure</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="596"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="628"/>
        <source>Request projects (*.json);;All files (*)</source>
        <translation>Projets de demande (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="603"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="638"/>
        <source>Cannot open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="604"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="639"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>Impossible d’ouvrir {file}&#x202f;:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="612"/>
        <source>A new request from {file}: check the session and the dates, and sign it again.</source>
        <translation>Nouvelle demande établie à partir de {file}&#x202f;: vérifiez la session et les dates, et signez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="627"/>
        <source>Open request</source>
        <translation>Ouvrir une demande</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="654"/>
        <source>Save request as</source>
        <translation>Enregistrer la demande sous</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="655"/>
        <source>Request projects (*.json)</source>
        <translation>Projets de demande (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="668"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="669"/>
        <source>{file} could not be saved: {reason}
The previous file is unchanged.</source>
        <translation>{file} n’a pas pu être enregistré&#x202f;: {reason}
Le fichier précédent reste inchangé.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="673"/>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="687"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>SignFlow</name>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="44"/>
        <source>Signing key and certificate</source>
        <translation>Clé de signature et certificat</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="45"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="51"/>
        <source>Sign the letter</source>
        <translation>Signer la lettre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="52"/>
        <source>Password of {file} (used for this signature only):</source>
        <translation>Mot de passe de {file} (utilisé pour cette signature uniquement)&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="57"/>
        <source>Export signed letter</source>
        <translation>Exporter la lettre signée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="64"/>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="72"/>
        <source>Verify signed PDF</source>
        <translation>Vérifier un PDF signé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="76"/>
        <source>{file} cannot be checked: {reason}</source>
        <translation>{file} ne peut pas être vérifié&#x202f;: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="81"/>
        <source>{file} has no signature.</source>
        <translation>{file} ne comporte aucune signature.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="85"/>
        <source>{file}: valid. The signatures hold and nothing was changed after signing beyond what they permit.</source>
        <translation>{file}&#x202f;: valide. Les signatures sont valables et rien n’a été modifié après la signature au-delà de ce qu’elles autorisent.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="88"/>
        <source>{file}: valid, but a signer is not in your trusted certificates (Settings ▸ Signing…).</source>
        <translation>{file}&#x202f;: valide, mais un signataire ne figure pas parmi vos certificats de confiance (Paramètres ▸ Signature…).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="91"/>
        <source>{file}: NOT VALID. It was changed after signing, or a signature does not hold. Do not rely on what it shows.</source>
        <translation>{file}&#x202f;: NON VALIDE. Le fichier a été modifié après la signature, ou une signature n’est pas valable. Ne vous fiez pas à ce qu’il affiche.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="54"/>
        <source>Submission for the Secretariat</source>
        <translation>Envoi au Secrétariat</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="58"/>
        <source>Folder:</source>
        <translation>Dossier&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="60"/>
        <source>From:</source>
        <translation>De&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="62"/>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="65"/>
        <source>addresses, separated by commas</source>
        <translation>adresses, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="63"/>
        <source>To:</source>
        <translation>À&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="66"/>
        <source>Cc:</source>
        <translation>Cc&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="68"/>
        <source>Signing key (.p12):</source>
        <translation>Clé de signature (.p12)&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="71"/>
        <source>Password (for this signature only):</source>
        <translation>Mot de passe (pour cette signature uniquement)&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="79"/>
        <source>Sign and write</source>
        <translation>Signer et enregistrer</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="99"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="106"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="112"/>
        <source>Signing key and certificate</source>
        <translation>Clé de signature et certificat</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="114"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="126"/>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="128"/>
        <source>Choose the signing key (.p12 or .pfx).</source>
        <translation>Choisissez la clé de signature (.p12 ou .pfx).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="132"/>
        <source>{address} is not an e-mail address.</source>
        <translation>{address} n’est pas une adresse électronique.</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="160"/>
        <source>Cannot export yet</source>
        <translation>Exportation impossible pour l’instant</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="161"/>
        <source>Fix the problems listed under Findings first ({count} left).</source>
        <translation>Corrigez d’abord les problèmes qui figurent dans les constatations (il en reste {count}).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="182"/>
        <source>Replace the submission?</source>
        <translation>Remplacer l’envoi&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="183"/>
        <source>{folder} already holds files of this submission:
{files}

Replace them? Other files in the folder are left alone.</source>
        <translation>{folder} contient déjà des fichiers de cet envoi&#x202f;:
{files}

Les remplacer&#x202f;? Les autres fichiers du dossier ne sont pas touchés.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="206"/>
        <source>Preparing the submission in {folder}…</source>
        <translation>Préparation de l’envoi dans {folder}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="222"/>
        <source>Submission written: {count} files in {folder}</source>
        <translation>Envoi préparé&#x202f;: {count} fichiers dans {folder}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="230"/>
        <source>Submission written</source>
        <translation>Envoi préparé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="238"/>
        <source>The folder written holds these files:</source>
        <translation>Le dossier contient désormais les fichiers suivants&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="248"/>
        <source>Open the e-mail</source>
        <translation>Ouvrir le courriel</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="253"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="261"/>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="262"/>
        <source>Submission failed</source>
        <translation>Échec de la préparation de l’envoi</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="263"/>
        <source>Nothing was written in {folder}: {reason}</source>
        <translation>Aucun fichier n’a été écrit dans {folder}&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="43"/>
        <source>The language was recognised by the script of the text: {language}.</source>
        <translation>La langue a été reconnue d’après l’écriture du texte&#x202f;: {language}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="45"/>
        <source>The headings were read as {language} headings.</source>
        <translation>Les titres ont été reconnus comme rédigés dans la langue suivante&#x202f;: {language}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="47"/>
        <source>No heading in any of the six languages was recognised: the document was read as English.</source>
        <translation>Aucun titre n’a été reconnu dans l’une ou l’autre des six langues&#x202f;: le document a été lu comme un document en anglais.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="50"/>
        <source>No heading “Letter dated … from …” was found: the text before the first annex was read as the cover letter.</source>
        <translation>Aucun titre «&#x202f;Lettre datée du …, adressée … par …&#x202f;» n’a été trouvé&#x202f;: le texte qui précède la première annexe a été lu comme la lettre d’envoi.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="53"/>
        <source>Kept in the cover letter: it is not a heading the UN prints before the letter.</source>
        <translation>Conservé dans la lettre d’envoi&#x202f;: il ne s’agit pas d’un titre que l’ONU imprime avant la lettre.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="56"/>
        <source>Each signatory was given a State in the order of the letter&apos;s heading (the signature blocks do not name their States): check them.</source>
        <translation>Un État a été attribué à chaque signataire dans l’ordre du titre de la lettre (les blocs de signature n’indiquent pas leur État)&#x202f;: vérifiez ces attributions.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="59"/>
        <source>No signature block was found: the signatory is left to fill.</source>
        <translation>Aucun bloc de signature n’a été trouvé&#x202f;: le signataire reste à indiquer.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="61"/>
        <source>The last {count} short lines of the letter were read as its signature block, with “{name}” as the name.</source>
        <translation>Les {count} dernières lignes courtes de la lettre ont été lues comme son bloc de signature, avec «&#x202f;{name}&#x202f;» comme nom.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="64"/>
        <source>“{text}” was taken as annex {number}, its place in the order.</source>
        <translation>«&#x202f;{text}&#x202f;» a été considéré comme l’annexe {number}, d’après son rang.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="66"/>
        <source>Rule {rule} was read from the letter&apos;s text.</source>
        <translation>L’article {rule} a été tiré du texte de la lettre.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="68"/>
        <source>The item title was read from the quotation in the letter.</source>
        <translation>L’intitulé de la question a été tiré de la citation qui figure dans la lettre.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="70"/>
        <source>The item title was not found: it is left to fill.</source>
        <translation>L’intitulé de la question n’a pas été trouvé&#x202f;: il reste à indiquer.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="72"/>
        <source>The letter&apos;s date was not found: today&apos;s date was put in its place; check it.</source>
        <translation>La date de la lettre n’a pas été trouvée&#x202f;: la date du jour a été inscrite à la place&#x202f;; vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="75"/>
        <source>The session was not found: session {session} was taken, the one that rule {rule} is for on the letter&apos;s date.</source>
        <translation>La session n’a pas été trouvée&#x202f;: la session {session} a été retenue, celle que concerne une demande au titre de l’article {rule} à la date de la lettre.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="78"/>
        <source>The requesting State was not found in a letter heading: it is left to fill.</source>
        <translation>L’État demandeur n’a été trouvé dans aucun titre de lettre&#x202f;: il reste à indiquer.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="81"/>
        <source>Annex {number} was read as a draft resolution because it has the organ line “{organ_line}”.</source>
        <translation>L’annexe {number} a été lue comme un projet de résolution parce qu’elle comporte la ligne de l’organe «&#x202f;{organ_line}&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="84"/>
        <source>Annex {number} was read as a letter because it is signed.</source>
        <translation>L’annexe {number} a été lue comme une lettre parce qu’elle est signée.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="86"/>
        <source>Annex {number} was read as a memorandum because no other kind fits (it has no organ line and no signature).</source>
        <translation>L’annexe {number} a été lue comme un mémoire parce qu’aucun autre type ne convient (elle ne comporte ni ligne de l’organe ni signature).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="89"/>
        <source>A table in the draft resolution was kept as a paragraph of its cells.</source>
        <translation>Un tableau du projet de résolution a été conservé sous la forme d’un paragraphe reprenant ses cellules.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="91"/>
        <source>Read as an operative paragraph because it starts with “{lead}”.</source>
        <translation>Lu comme un paragraphe du dispositif parce qu’il commence par «&#x202f;{lead}&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="93"/>
        <source>A numbered operative paragraph: “{verb}” was taken as its verb (it was not set apart in italics).</source>
        <translation>Paragraphe numéroté du dispositif&#x202f;: «&#x202f;{verb}&#x202f;» a été retenu comme son verbe (il n’était pas distingué en italique).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="96"/>
        <source>An unnumbered paragraph after the operative paragraphs was kept as a new line of the one before.</source>
        <translation>Un paragraphe non numéroté qui suit les paragraphes du dispositif a été conservé comme nouvelle ligne du paragraphe précédent.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="99"/>
        <source>A preambular paragraph without lead words in italics.</source>
        <translation>Alinéa du préambule sans mots d’introduction en italique.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="101"/>
        <source>Draft resolution: “{text}” was kept as a preambular paragraph.</source>
        <translation>Projet de résolution&#x202f;: «&#x202f;{text}&#x202f;» a été conservé comme alinéa du préambule.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="103"/>
        <source>“{name}” was read as the mission&apos;s name and the {count} lines under it as its address (the letterhead).</source>
        <translation>«&#x202f;{name}&#x202f;» a été lu comme le nom de la mission et les {count} lignes qui suivent comme son adresse (l’en-tête).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="106"/>
        <source>The salutation “{text}” is the one the letter always has: it was taken out of the text, and is written again on export.</source>
        <translation>La formule d’appel «&#x202f;{text}&#x202f;» est celle que la lettre comporte toujours&#x202f;: elle a été retirée du texte et est rétablie à l’exportation.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="109"/>
        <source>The closing “{text}” is the one the letter always has: it was taken out of the text, and is written again on export.</source>
        <translation>La formule de politesse «&#x202f;{text}&#x202f;» est celle que la lettre comporte toujours&#x202f;: elle a été retirée du texte et est rétablie à l’exportation.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="112"/>
        <source>Read as a sub-list of the item before it (a new list straight after a list item).</source>
        <translation>Lu comme une sous-liste de l’élément précédent (une nouvelle liste qui suit immédiatement un élément de liste).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="115"/>
        <source>Table row {number} has {cells} cells and the header {width}: the row was evened out.</source>
        <translation>La ligne {number} du tableau compte {cells} cellules et l’en-tête {width}&#x202f;: la ligne a été ajustée à la largeur de l’en-tête.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="118"/>
        <source>Read as a heading because it is short and bold.</source>
        <translation>Lu comme un titre parce qu’il est court et en gras.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="120"/>
        <source>Read as a heading because it is short and italic.</source>
        <translation>Lu comme un titre parce qu’il est court et en italique.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="122"/>
        <source>Footnote {number} was kept in brackets where its mark stood (a project has no footnotes): “{text}”.</source>
        <translation>La note de bas de page {number} a été conservée entre crochets à l’endroit de son appel (un projet n’a pas de notes)&#x202f;: «&#x202f;{text}&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="125"/>
        <source>Endnote {number} was kept in brackets where its mark stood (a project has no endnotes): “{text}”.</source>
        <translation>La note de fin {number} a été conservée entre crochets à l’endroit de son appel (un projet n’a pas de notes de fin)&#x202f;: «&#x202f;{text}&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="145"/>
        <source>Paragraph {number}: {message}</source>
        <translation>Paragraphe {number}&#x202f;: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="155"/>
        <source>To fill: {field}</source>
        <translation>À remplir&#x202f;: {field}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="157"/>
        <source>To correct: {field}: {message}</source>
        <translation>À corriger&#x202f;: {field}&#x202f;: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="169"/>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="172"/>
        <source>{file} was read; {count} values must be corrected (see Findings).</source>
        <translation>{file} a été lu&#x202f;; nombre de valeurs à corriger&#x202f;: {count} (voir les constatations).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="176"/>
        <source>{file} was read as a draft: the fields still to fill are listed below and marked in the preview.</source>
        <translation>{file} a été lu comme un brouillon&#x202f;: les champs encore à remplir sont énumérés ci-dessous et signalés dans l’aperçu.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="180"/>
        <source>{file} was read; check the guesses below.</source>
        <translation>{file} a été lu&#x202f;; vérifiez les déductions ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="203"/>
        <source>Import Word document</source>
        <translation>Importer un document Word</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="205"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="214"/>
        <location filename="../../cica_desktop/ui/word_import.py" line="219"/>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="214"/>
        <source>{file} cannot be imported:
{reason}</source>
        <translation>Impossible d’importer {file}&#x202f;:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="219"/>
        <source>{file} could not be imported because of a fault in cica-desktop ({fault}). Nothing was opened. Please report this with the Word file.</source>
        <translation>{file} n’a pas pu être importé à cause d’une erreur de cica-desktop ({fault}). Rien n’a été ouvert. Merci de la signaler avec le fichier Word.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="226"/>
        <source>Imported {file}: save it as a project.</source>
        <translation>{file} importé&#x202f;: enregistrez-le en tant que projet.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../cica_desktop/findings.py" line="41"/>
        <source>{day} {month_name} {year}</source>
        <extracomment>How a date is written inside a message: {day}, {month} (a number), {month_name} (in English), {year}; the translation may reorder or leave out any of them.</extracomment>
        <translation>{day:02d}/{month:02d}/{year}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="49"/>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#x202f;: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="50"/>
        <source>the file is not UTF-8 text ({reason})</source>
        <translation>le fichier n’est pas du texte UTF-8 ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="51"/>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>JSON non valide&#x202f;: {problem} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="53"/>
        <source>a project file must hold one JSON object</source>
        <translation>un fichier de projet doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="55"/>
        <source>the file is nested too deeply</source>
        <translation>le fichier comporte trop de niveaux d’imbrication</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="56"/>
        <source>duplicate key &apos;{key}&apos; in {object}; keep one of them</source>
        <translation>clé «&#x202f;{key}&#x202f;» en double dans {object}&#x202f;; n’en conservez qu’une</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="58"/>
        <source>duplicate key &apos;{key}&apos; in {object} ({count} times); keep one of them</source>
        <translation>clé «&#x202f;{key}&#x202f;» en double dans {object} ({count} fois)&#x202f;; n’en conservez qu’une</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="60"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file; keep one of them</source>
        <translation>clé «&#x202f;{key}&#x202f;» en double au premier niveau du fichier&#x202f;; n’en conservez qu’une</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="62"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file ({count} times); keep one of them</source>
        <translation>clé «&#x202f;{key}&#x202f;» en double au premier niveau du fichier ({count} fois)&#x202f;; n’en conservez qu’une</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="65"/>
        <source>must be a whole number, not {given}</source>
        <translation>doit être un nombre entier, et non {given}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="67"/>
        <source>{version} is newer than this version of cica-desktop reads ({supported}); update cica-desktop</source>
        <translation>{version} est plus récente que ce que cette version de cica-desktop sait lire ({supported})&#x202f;; mettez cica-desktop à jour</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="70"/>
        <source>{version} is not a known format version</source>
        <translation>{version} n’est pas une version de format connue</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="72"/>
        <source>is required but missing</source>
        <translation>est obligatoire mais absent</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="73"/>
        <source>is not a field of this format (misspelt?)</source>
        <translation>n’est pas un champ de ce format (faute de frappe&#x202f;?)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="74"/>
        <source>unknown kind &apos;{tag}&apos;; expected one of {expected}</source>
        <translation>type «&#x202f;{tag}&#x202f;» inconnu&#x202f;; valeurs attendues&#x202f;: {expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="76"/>
        <source>does not say what kind it is ({discriminator} is missing)</source>
        <translation>n’indique pas de quel type il s’agit ({discriminator} manque)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="78"/>
        <source>Input should be a valid string</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="79"/>
        <source>Input should be a valid dictionary</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="80"/>
        <source>Input should be a valid list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="81"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="82"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="83"/>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation>n’est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="84"/>
        <source>must be one of {expected}</source>
        <translation>doit être l’une des valeurs suivantes&#x202f;: {expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="85"/>
        <source>must be {minimum} or more</source>
        <translation>doit être supérieur ou égal à {minimum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="86"/>
        <source>must be {maximum} or less</source>
        <translation>doit être inférieur ou égal à {maximum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="87"/>
        <source>is not in the expected form</source>
        <translation>n’a pas la forme attendue</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="88"/>
        <source>may be at most {maximum} characters long</source>
        <translation>ne peut pas dépasser {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="90"/>
        <source>needs at least {minimum} item(s)</source>
        <translation>doit comporter au moins {minimum} élément(s)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="91"/>
        <source>may have at most {maximum} item(s)</source>
        <translation>ne peut pas comporter plus de {maximum} élément(s)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="93"/>
        <source>text is {length:,} characters long; the limit is {limit:,}</source>
        <translation>le texte compte {length:,} caractères&#x202f;; la limite est de {limit:,}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="95"/>
        <source>contains the control or non-character {character} at position {position}; remove it (it cannot be printed)</source>
        <translation>contient le caractère de contrôle ou non-caractère {character} à la position {position}&#x202f;; supprimez-le (il ne peut pas être imprimé)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="98"/>
        <source>must be a single line (it contains a line break)</source>
        <translation>doit tenir sur une seule ligne (il contient un saut de ligne)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="100"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="101"/>
        <source>each of several representatives must name the State they represent</source>
        <translation>lorsque plusieurs représentants signent, chacun doit indiquer l’État qu’il représente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="103"/>
        <source>sub-paragraphs go two levels deep at most ((a), then (i))</source>
        <translation>les alinéas comportent au plus deux niveaux&#x202f;: a), puis i)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="105"/>
        <source>lists nest three levels deep at most</source>
        <translation>les listes comportent au plus trois niveaux d’imbrication</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="106"/>
        <source>has {cells} cells; the header has {header}</source>
        <translation>compte {cells} cellules&#x202f;; l’en-tête en compte {header}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="109"/>
        <source>rule 20 asks for an explanatory memorandum with every item proposed for the agenda; the package has none</source>
        <translation>l’article 20 exige un mémoire explicatif pour toute question dont l’inscription à l’ordre du jour est proposée&#x202f;; le dossier n’en comporte pas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="112"/>
        <source>rule 20 suggests a draft resolution where possible; the package has none</source>
        <translation>l’article 20 recommande un projet de résolution dans la mesure du possible&#x202f;; le dossier n’en comporte pas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="115"/>
        <source>a rule {rule} request dated {date} is for session {expected}; the package names session {session}</source>
        <translation>une demande au titre de l’article {rule} datée du {date} concerne la session {expected}&#x202f;; le dossier indique la session {session}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="118"/>
        <source>a rule 13 request must come before the provisional agenda of session {session} is issued, 60 days before the session opens on {opening}; the letter is dated {date}, {days} days before: rule {instead} applies</source>
        <translation>une demande au titre de l’article 13 doit être présentée avant la publication de l’ordre du jour provisoire de la session {session}, soit 60 jours avant l’ouverture de la session le {opening}&#x202f;; la lettre est datée du {date}, {days} jours avant&#x202f;: c’est l’article {instead} qui s’applique</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="122"/>
        <source>a rule 14 request is made at least 30 days before the session opens; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation>une demande au titre de l’article 14 est présentée au moins 30 jours avant l’ouverture de la session&#x202f;; la session {session} s’ouvre le {opening}, {days} jours après la date de la lettre ({date})&#x202f;: c’est l’article {instead} qui s’applique</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="126"/>
        <source>a rule 15 request is made less than 30 days before the session opens or during it; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation>une demande au titre de l’article 15 est présentée moins de 30 jours avant l’ouverture de la session ou pendant celle-ci&#x202f;; la session {session} s’ouvre le {opening}, {days} jours après la date de la lettre ({date})&#x202f;: c’est l’article {instead} qui s’applique</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="130"/>
        <source>session {session} opened on {opening}, before the letter&apos;s date ({date}); during a session an item is requested under rule {instead}</source>
        <translation>la session {session} s’est ouverte le {opening}, avant la date de la lettre ({date})&#x202f;; pendant une session, l’inscription d’une question est demandée au titre de l’article {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="133"/>
        <source>session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}); until its provisional agenda is issued, 60 days before the opening, an item is requested for it under rule {instead}</source>
        <translation>la session {session} s’ouvre le {opening}, {days} jours après la date de la lettre ({date})&#x202f;; jusqu’à la publication de son ordre du jour provisoire, 60 jours avant l’ouverture, l’inscription d’une question à cette session est demandée au titre de l’article {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="137"/>
        <source>the next provisional agenda to be issued after {date} is that of session {expected}; the package names session {session}</source>
        <translation>le prochain ordre du jour provisoire publié après le {date} est celui de la session {expected}&#x202f;; le dossier indique la session {session}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="140"/>
        <source>several signatories sign in the alphabetical order of their countries: {order}</source>
        <translation>plusieurs signataires signent dans l’ordre alphabétique de leurs pays&#x202f;: {order}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="143"/>
        <source>{state} is not among the requesting States</source>
        <translation>{state} ne figure pas parmi les États demandeurs</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="145"/>
        <source>the standalone draft resolution has no symbol: its masthead and running heads print none (the UN assigns it, e.g. A/C.6/80/L.2)</source>
        <translation>le projet de résolution distinct n’a pas de cote&#x202f;: son en-tête et ses titres courants n’en portent aucune (l’ONU l’attribue, par exemple A/C.6/80/L.2)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="148"/>
        <source>UN documents write this State “{expected}”, not “{state}”</source>
        <translation>les documents de l’ONU écrivent cet État «&#x202f;{expected}&#x202f;», et non «&#x202f;{state}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="150"/>
        <source>the document is issued on {issued}, before the letter&apos;s date, {date}</source>
        <translation>le document est publié le {issued}, avant la date de la lettre, le {date}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="152"/>
        <source>this annexed letter is dated {date}, after the cover letter of {cover}</source>
        <translation>cette lettre annexée est datée du {date}, après la lettre d’envoi du {cover}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="154"/>
        <source>an operative paragraph opens with a verb in the present tense, in italics (Decides, Requests); this one has none</source>
        <translation>un paragraphe du dispositif commence par un verbe au présent, en italique (Décide, Prie)&#x202f;; celui-ci n’en a pas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="157"/>
        <source>“{verb}” is the form of a preambular paragraph; an operative paragraph opens with a verb in the present tense (Notes, not Noting)</source>
        <translation>«&#x202f;{verb}&#x202f;» est la forme d’un alinéa du préambule&#x202f;; un paragraphe du dispositif commence par un verbe au présent (Note, et non Notant)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="160"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: here “{expected}”, not “{found}”</source>
        <translation>un paragraphe du dispositif se termine par un point-virgule, le dernier par un point&#x202f;: ici «&#x202f;{expected}&#x202f;», et non «&#x202f;{found}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="163"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: “{expected}” is missing here</source>
        <translation>un paragraphe du dispositif se termine par un point-virgule, le dernier par un point&#x202f;: «&#x202f;{expected}&#x202f;» manque ici</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="166"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: here “{expected}”, not “{found}”</source>
        <translation>un alinéa se termine par un point-virgule, le dernier comme se termine son paragraphe&#x202f;: ici «&#x202f;{expected}&#x202f;», et non «&#x202f;{found}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="169"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: “{expected}” is missing here</source>
        <translation>un alinéa se termine par un point-virgule, le dernier comme se termine son paragraphe&#x202f;: «&#x202f;{expected}&#x202f;» manque ici</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="172"/>
        <source>this text introduces sub-paragraphs, so it ends with “{expected}”, not as a paragraph does</source>
        <translation>ce texte introduit des alinéas&#x202f;; il se termine donc par «&#x202f;{expected}&#x202f;», et non comme un paragraphe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="175"/>
        <source>a preambular paragraph usually opens with a participle or adjective phrase in italics (Recalling, Noting, Convinced)</source>
        <translation>un alinéa du préambule commence généralement par un participe ou un adjectif en italique (Rappelant, Notant, Convaincue)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="178"/>
        <source>“{lead}” reads as an operative verb; a preambular paragraph opens with a participle or adjective phrase (Noting, not Notes)</source>
        <translation>«&#x202f;{lead}&#x202f;» se lit comme un verbe du dispositif&#x202f;; un alinéa du préambule commence par un participe ou un adjectif (Notant, et non Note)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="181"/>
        <source>a preambular paragraph ends with a comma: here “{expected}”, not “{found}”</source>
        <translation>un alinéa du préambule se termine par une virgule&#x202f;: ici «&#x202f;{expected}&#x202f;», et non «&#x202f;{found}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="184"/>
        <source>a preambular paragraph ends with a comma: “{expected}” is missing here</source>
        <translation>un alinéa du préambule se termine par une virgule&#x202f;: «&#x202f;{expected}&#x202f;» manque ici</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="187"/>
        <source>the item&apos;s title is quoted as “{quoted}”; it is “{title}”</source>
        <translation>l’intitulé de la question est cité sous la forme «&#x202f;{quoted}&#x202f;»&#x202f;; il s’agit de «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="189"/>
        <source>the resolution is entitled “{resolution}”, the item “{title}”; a draft resolution takes the item&apos;s title</source>
        <translation>la résolution est intitulée «&#x202f;{resolution}&#x202f;», la question «&#x202f;{title}&#x202f;»&#x202f;; un projet de résolution reprend l’intitulé de la question</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="192"/>
        <source>the running heads&apos; title “{running}” is close to the item&apos;s title but not it: “{title}”</source>
        <translation>le titre courant «&#x202f;{running}&#x202f;» est proche de l’intitulé de la question sans lui être identique&#x202f;: «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="195"/>
        <source>the running heads&apos; title “{running}” has little of the item&apos;s title (“{title}”) in it; is it from another request?</source>
        <translation>le titre courant «&#x202f;{running}&#x202f;» n’a presque rien en commun avec l’intitulé de la question («&#x202f;{title}&#x202f;»)&#x202f;; provient-il d’une autre demande&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="198"/>
        <source>“{found}” is spelt “{name}” in the item&apos;s title</source>
        <translation>«&#x202f;{found}&#x202f;» s’écrit «&#x202f;{name}&#x202f;» dans l’intitulé de la question</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="200"/>
        <source>the resolution invites “{invited}”; the item&apos;s title names “{name}”</source>
        <translation>la résolution invite «&#x202f;{invited}&#x202f;»&#x202f;; l’intitulé de la question mentionne «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="202"/>
        <source>the letter cites rule {cited}; the request is made under rule {rule}</source>
        <translation>la lettre cite l’article {cited}&#x202f;; la demande est présentée au titre de l’article {rule}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="204"/>
        <source>the letter asks for the {named} session (session {number}); the package names session {session}</source>
        <translation>la lettre demande la {named} session (session {number})&#x202f;; le dossier indique la session {session}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="207"/>
        <source>the letter mentions annex {annex}; the package has {count} annex(es)</source>
        <translation>la lettre mentionne l’annexe {annex}&#x202f;; le dossier compte {count} annexe(s)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="209"/>
        <source>the letter mentions annex {annex} after annex {before}; annexes are numbered in the order the letter first mentions them</source>
        <translation>la lettre mentionne l’annexe {annex} après l’annexe {before}&#x202f;; les annexes sont numérotées dans l’ordre où la lettre les mentionne pour la première fois</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="212"/>
        <source>the letter calls annex {annex} the explanatory memorandum, but annex {annex} is not the memorandum</source>
        <translation>la lettre désigne l’annexe {annex} comme le mémoire explicatif, mais l’annexe {annex} n’est pas le mémoire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="215"/>
        <source>the letter calls annex {annex} the draft resolution, but annex {annex} is not the draft resolution</source>
        <translation>la lettre désigne l’annexe {annex} comme le projet de résolution, mais l’annexe {annex} n’est pas le projet de résolution</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="219"/>
        <source>two spaces in a row print as a gap; one is enough (a tab aligns)</source>
        <translation>deux espaces consécutives s’impriment comme un blanc&#x202f;; une seule suffit (une tabulation sert à aligner)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="221"/>
        <source>straight quotation marks (&quot;); this language uses {marks}</source>
        <translation>guillemets droits (&quot;)&#x202f;; cette langue utilise {marks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="223"/>
        <source>a straight apostrophe (&apos;); the printed one is ’</source>
        <translation>apostrophe droite (&apos;)&#x202f;; l’apostrophe typographique est ’</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="225"/>
        <source>quotation marks {found} are not this language&apos;s; it uses {marks}</source>
        <translation>les guillemets {found} ne sont pas ceux de cette langue&#x202f;; elle utilise {marks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="227"/>
        <source>English words in Chinese text: {words}</source>
        <translation>mots anglais dans un texte chinois&#x202f;: {words}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="230"/>
        <source>templates/lang/{language}.toml has no [{section}] {key}; the English wording is used instead</source>
        <translation>templates/lang/{language}.toml ne comporte pas [{section}] {key}&#x202f;; le libellé anglais est utilisé à la place</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="234"/>
        <source>“{word}” is not in the dictionary; did you mean: {suggestions}?</source>
        <translation>«&#x202f;{word}&#x202f;» ne figure pas dans le dictionnaire&#x202f;; vouliez-vous dire&#x202f;: {suggestions}&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="236"/>
        <source>“{word}” is not in the dictionary</source>
        <translation>«&#x202f;{word}&#x202f;» ne figure pas dans le dictionnaire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="238"/>
        <source>no {language} dictionary is installed, so {language} text is not spell-checked (looked in {folders})</source>
        <translation>aucun dictionnaire n’est installé pour cette langue ({language})&#x202f;: le texte n’est donc pas vérifié (dossiers consultés&#x202f;: {folders})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="241"/>
        <source>{language} text is not spell-checked</source>
        <translation>pas de vérification orthographique pour ce texte ({language})</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="204"/>
        <source>the preview&apos;s data cannot go to its render process: {error}</source>
        <extracomment>The client that warm-up renders are submitted as (windows count from 1). Blocks rendered after the edited one in the first pass, when the last render does not say where the next pages begin. The first pass is worth it for a package this long. The processes by lane: &quot;whole&quot; renders whole packages, &quot;first&quot; the first passes of edits in long ones, so a first pass never waits behind a whole render (which cannot be stopped once started) and the two run side by side. Requests waiting, by the client that sent them (only its newest is kept).</extracomment>
        <translation>les données de l’aperçu ne peuvent pas être transmises au processus qui le prépare&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="493"/>
        <source>the preview&apos;s render process stopped</source>
        <translation>le processus qui prépare l’aperçu s’est arrêté</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="468"/>
        <source>the title in the page headers takes three lines or more (the UN&apos;s take at most two): give a shorter one as the short title for page headers</source>
        <extracomment>PDF, anchor pages, warnings for the reader, and where each source (model path of a paragraph, &quot;letter.blocks[2]&quot;) starts: (page index, points below the page&apos;s top). The same for the first pass of an edit: the package up to the edited block. The data has errors that are not gaps to fill: there is no draft to show. How the window names a model path in a notice: the label of the form that shows the field (ui/preview_pane.py gives it); without it, the path itself. Whether the newest data&apos;s whole render has been shown (its first pass is then no longer wanted). The data of the newest render asked for. Where each source started in the last whole render, and its pages. None: the UN circulation layout; else the mission&apos;s own letter. Names a model path (&quot;running_title&quot;) the way the window&apos;s forms label its field. The render&apos;s notices whose words do not vary, as the render writes them (after the model path that starts a notice about one field): the window shows them translated. tests/test_gui_dates.py checks they are still the render&apos;s words.</extracomment>
        <translation>le titre des en-têtes de page occupe trois lignes ou plus (ceux de l’ONU en occupent deux au plus)&#x202f;: indiquez un titre abrégé plus court pour les titres courants</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="471"/>
        <source>this PDF contains right-to-left text (Arabic or Hebrew) inside a left-to-right document, which is not laid out right to left: check it before sending</source>
        <translation>ce PDF contient du texte de droite à gauche (arabe ou hébreu) dans un document de gauche à droite, où il n’est pas mis en page de droite à gauche&#x202f;: vérifiez-le avant l’envoi</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="487"/>
        <source>{field}: {notice}</source>
        <extracomment>A model path at the start of a notice: &quot;running_title&quot;, &quot;letter.blocks[2].text&quot;. A notice about one field: {field} is its label in the form, {notice} the notice.</extracomment>
        <translation>{field}&#x202f;: {notice}</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="56"/>
        <source>Observer status for an organization</source>
        <extracomment>The context the window translates these strings in. A short name (&quot;Observer status for an organization&quot;). What the request is for and what the new project holds, in a sentence or two. Whether the request asks for a sub-item under an existing item. Whether the package has a draft resolution unless the user says otherwise, and whether the user may leave it out. Whether the standard wording names an organization.</extracomment>
        <translation>Statut d’observateur pour une organisation</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="57"/>
        <source>An intergovernmental organization asks to take part in the sessions and the work of the General Assembly as an observer. The draft resolution is the standard two-paragraph text; the memorandum presents the organization.</source>
        <translation>Une organisation intergouvernementale demande à participer en qualité d’observateur aux sessions et aux travaux de l’Assemblée générale. Le projet de résolution reprend le texte type en deux paragraphes&#x202f;; le mémoire présente l’organisation.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="64"/>
        <source>Cooperation with an organization</source>
        <translation>Coopération avec une organisation</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="65"/>
        <source>A sub-item on cooperation between the United Nations and a regional or other organization, under the item “Cooperation between the United Nations and regional and other organizations”. The draft resolution asks for a report and puts the sub-item on a later agenda.</source>
        <translation>Une question subsidiaire sur la coopération entre l’Organisation des Nations Unies et une organisation régionale ou autre, relevant de la question «&#x202f;Coopération entre l’Organisation des Nations Unies et les organisations régionales ou autres&#x202f;». Le projet de résolution demande un rapport et inscrit la question subsidiaire à l’ordre du jour d’une session ultérieure.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="72"/>
        <source>An international day, year or decade</source>
        <translation>Journée, année ou décennie internationale</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="73"/>
        <source>The General Assembly is asked to proclaim an international day, year or decade. The draft resolution holds the usual paragraphs on its observance and its cost; you write what is proclaimed and why.</source>
        <translation>L’Assemblée générale est priée de proclamer une journée, une année ou une décennie internationale. Le projet de résolution contient les paragraphes habituels sur sa célébration et son coût&#x202f;; vous rédigez ce qui est proclamé et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="78"/>
        <source>A new substantive item</source>
        <translation>Nouvelle question de fond</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="79"/>
        <source>A new item on a question the General Assembly should consider. Rule 20 asks for an explanatory memorandum; a draft resolution is added only if you want one.</source>
        <translation>Une nouvelle question portant sur un sujet que l’Assemblée générale devrait examiner. L’article 20 exige un mémoire explicatif&#x202f;; un projet de résolution n’est ajouté que si vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="85"/>
        <source>A sub-item under an existing item</source>
        <translation>Question subsidiaire relevant d’une question existante</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="86"/>
        <source>A sub-item to be considered under an item already on the agenda: give the existing item’s title. A draft resolution is included; you may leave it out.</source>
        <translation>Une question subsidiaire à examiner au titre d’une question déjà inscrite à l’ordre du jour&#x202f;: indiquez l’intitulé de la question existante. Un projet de résolution est inclus&#x202f;; vous pouvez l’omettre.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="96"/>
        <source>Rule 13: item in the provisional agenda</source>
        <extracomment>The rules of procedure a request invokes (13, 14, 15), and rule 20, which every request meets: (short name, description).</extracomment>
        <translation>Article 13&#x202f;: question inscrite à l’ordre du jour provisoire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="97"/>
        <source>An item for the provisional agenda of the next regular session, proposed before the provisional agenda is issued (at least 60 days before the session opens).</source>
        <translation>Une question à inscrire à l’ordre du jour provisoire de la session ordinaire suivante, proposée avant la publication de l’ordre du jour provisoire (au moins 60 jours avant l’ouverture de la session).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="101"/>
        <source>Rule 14: supplementary item</source>
        <translation>Article 14&#x202f;: question supplémentaire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="102"/>
        <source>A supplementary item, requested at least 30 days before the session opens.</source>
        <translation>Une question supplémentaire, dont l’inscription est demandée au moins 30 jours avant l’ouverture de la session.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="105"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>Article 15&#x202f;: question additionnelle (importante et urgente)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="106"/>
        <source>An additional item of an important and urgent character, requested less than 30 days before the session opens or during the session.</source>
        <translation>Une question additionnelle de caractère important et urgent, dont l’inscription est demandée moins de 30 jours avant l’ouverture de la session ou pendant celle-ci.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="109"/>
        <source>Rule 20: explanatory memorandum</source>
        <translation>Article 20&#x202f;: mémoire explicatif</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="110"/>
        <source>Every item proposed for inclusion in the agenda is accompanied by an explanatory memorandum and, if possible, by basic documents or a draft resolution.</source>
        <translation>Toute question dont l’inscription à l’ordre du jour est proposée doit être accompagnée d’un mémoire explicatif et, si possible, de documents de base ou d’un projet de résolution.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="119"/>
        <source>The organization: when and by whom it was founded, its members and its purposes.</source>
        <extracomment>Guidance for the paragraphs a new request leaves blank, by the name its skeleton gives (`hint` in templates/kinds, and the memorandum skeletons below). Never printed.</extracomment>
        <translation>L’organisation&#x202f;: quand et par qui elle a été fondée, ses membres et ses buts.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="122"/>
        <source>What the organization does, and where its work meets the work of the United Nations.</source>
        <translation>Ce que fait l’organisation, et les points de rencontre entre ses travaux et ceux de l’Organisation des Nations Unies.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="125"/>
        <source>Its cooperation with the United Nations so far (agreements, joint activities, earlier resolutions).</source>
        <translation>Sa coopération avec l’Organisation des Nations Unies jusqu’à présent (accords, activités communes, résolutions antérieures).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="128"/>
        <source>Why observer status in the General Assembly would serve that cooperation.</source>
        <translation>En quoi le statut d’observateur auprès de l’Assemblée générale servirait cette coopération.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="131"/>
        <source>Why a sub-item on this cooperation should be on the agenda, and what the resolution would achieve.</source>
        <translation>Pourquoi une question subsidiaire sur cette coopération devrait être inscrite à l’ordre du jour, et ce que la résolution permettrait d’accomplir.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="134"/>
        <source>The subject of the day, year or decade, and why it deserves international attention.</source>
        <translation>Le thème de la journée, de l’année ou de la décennie, et pourquoi il mérite l’attention internationale.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="137"/>
        <source>Why this date (or year, or decade), and who has observed it so far.</source>
        <translation>Pourquoi cette date (ou cette année, ou cette décennie), et qui l’a célébrée jusqu’à présent.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="139"/>
        <source>Support so far (States, organizations, earlier decisions), and that the observance will be met from voluntary contributions.</source>
        <translation>Les appuis obtenus jusqu’à présent (États, organisations, décisions antérieures), et le fait que la célébration sera financée au moyen de contributions volontaires.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="142"/>
        <source>A heading, if the memorandum has headings (e.g. Background); delete this block if it has none.</source>
        <translation>Un intertitre, si le mémoire en comporte (p. ex. Généralités)&#x202f;; supprimez ce bloc s’il n’en comporte pas.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="145"/>
        <source>The background of the question: the facts and earlier decisions.</source>
        <translation>Le contexte de la question&#x202f;: les faits et les décisions antérieures.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="147"/>
        <source>Why the General Assembly should consider it now (for rule 15: why it is important and urgent).</source>
        <translation>Pourquoi l’Assemblée générale devrait l’examiner maintenant (pour l’article 15&#x202f;: pourquoi elle revêt un caractère important et urgent).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="150"/>
        <source>What the General Assembly is asked to do.</source>
        <translation>Ce qu’il est demandé à l’Assemblée générale de faire.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="152"/>
        <source>How the sub-item relates to the existing item, and why it should be considered under it.</source>
        <translation>Le lien entre la question subsidiaire et la question existante, et pourquoi elle devrait être examinée au titre de celle-ci.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="155"/>
        <source>The resolution that granted the organization observer status, and earlier resolutions on this cooperation (number and date).</source>
        <translation>La résolution qui a octroyé le statut d’observateur à l’organisation, et les résolutions antérieures sur cette coopération (numéro et date).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="158"/>
        <source>What the organization contributes, in the Assembly&apos;s words.</source>
        <translation>Ce qu’apporte l’organisation, dans les termes de l’Assemblée.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="160"/>
        <source>The resolutions or instruments the proclamation builds on.</source>
        <translation>Les résolutions ou instruments sur lesquels repose la proclamation.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="162"/>
        <source>Why the subject matters.</source>
        <translation>Pourquoi le thème est important.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="164"/>
        <source>to proclaim [the date] as [the name of the day], to be observed annually;</source>
        <translation>de proclamer le [date] [nom de la journée], qui sera célébrée chaque année&#x202f;;</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="167"/>
        <source>The decisions and instruments the resolution builds on (or delete this paragraph).</source>
        <translation>Les décisions et instruments sur lesquels repose la résolution (ou supprimez ce paragraphe).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="170"/>
        <source>What the General Assembly decides: an operative verb (Decides, Requests, Calls upon…) and its text.</source>
        <translation>Ce que décide l’Assemblée générale&#x202f;: un verbe du dispositif (Décide, Prie, Demande…) et son texte.</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../../cica_desktop/verification.py" line="59"/>
        <source>entire file</source>
        <translation>fichier entier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="60"/>
        <source>entire revision</source>
        <translation>révision entière</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="61"/>
        <source>part of its revision</source>
        <translation>partie de sa révision</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="62"/>
        <source>unclear</source>
        <translation>indéterminée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="72"/>
        <source>no changes</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="73"/>
        <source>form filling and signing</source>
        <translation>remplissage de formulaires et signature</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="74"/>
        <source>form filling, signing and annotations</source>
        <translation>remplissage de formulaires, signature et annotations</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="109"/>
        <location filename="../../cica_desktop/verification.py" line="160"/>
        <source>INVALID</source>
        <translation>NON VALIDE</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="110"/>
        <location filename="../../cica_desktop/verification.py" line="161"/>
        <location filename="../../cica_desktop/verification.py" line="212"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="111"/>
        <source>valid, but the signer is not trusted here</source>
        <translation>valide, mais le signataire n’est pas reconnu comme fiable ici</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="158"/>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="162"/>
        <source>valid, but a signer is not trusted here</source>
        <translation>valide, mais un signataire n’est pas reconnu comme fiable ici</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="180"/>
        <source>not trusted: the certificate does not chain to a trusted certificate</source>
        <translation>non fiable&#x202f;: le certificat ne remonte pas à un certificat de confiance</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="183"/>
        <source>covers: {coverage} (revision {revision} of {total})</source>
        <translation>couverture&#x202f;: {coverage} (révision {revision} sur {total})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="188"/>
        <source>certifies the document, permitting {what}</source>
        <translation>certifie le document, en autorisant&#x202f;: {what}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="193"/>
        <source>allowed</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="194"/>
        <source>NOT ALLOWED</source>
        <translation>NON AUTORISÉE</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="196"/>
        <source>later change: {what} ({state})</source>
        <translation>modification ultérieure&#x202f;: {what} ({state})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="200"/>
        <source>verdict: {verdict}</source>
        <translation>verdict&#x202f;: {verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="203"/>
        <source>{file}: {verdict}</source>
        <translation>{file}&#x202f;: {verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="204"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="211"/>
        <source>intact</source>
        <translation>intègre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="213"/>
        <source>trusted</source>
        <translation>fiable</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="216"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="219"/>
        <source>time-stamped {time}</source>
        <translation>horodatage&#x202f;: {time}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="222"/>
        <source>(not proven: untrusted authority or damaged time stamp)</source>
        <translation>(non prouvé&#x202f;: autorité non fiable ou horodatage endommagé)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="224"/>
        <source>signature {number} ({field}): {signer}; signed {time}{stamp}; {checks}</source>
        <translation>signature {number} ({field})&#x202f;: {signer}&#x202f;; date de signature&#x202f;: {time}{stamp}&#x202f;; {checks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="228"/>
        <source>no checks passed</source>
        <translation>aucune vérification réussie</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="234"/>
        <source>January</source>
        <extracomment>The months&apos; names in a date (the English ones, as `cica-desktop verify` prints them; each language gives the form its dates use: &quot;octobre&quot;, &quot;октября&quot;, &quot;10月&quot;).</extracomment>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="235"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="236"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="237"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="238"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="239"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="240"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="241"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="242"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="243"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="244"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="245"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="254"/>
        <source>{day:02} {month_name} {year} {time} {zone}</source>
        <extracomment>{time} is 14:05 or 14:05:09, {zone} the time zone&apos;s name (UTC) or empty.</extracomment>
        <translation>{day} {month_name} {year} {time} {zone}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="262"/>
        <source>problem: {problem}</source>
        <translation>problème&#x202f;: {problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="288"/>
        <source>changed after signing: {count} bytes were appended after the last revision (revision {revision})</source>
        <translation>modifié après la signature&#x202f;: {count} octets ont été ajoutés après la dernière révision (révision {revision})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="312"/>
        <source>the signature cannot be read ({reason})</source>
        <translation>la signature est illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="330"/>
        <source>changed after signing: the signed bytes no longer match the signature</source>
        <translation>modifié après la signature&#x202f;: les octets signés ne correspondent plus à la signature</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="334"/>
        <source>the signature value does not verify against the signer&apos;s certificate</source>
        <translation>la valeur de la signature ne se vérifie pas avec le certificat du signataire</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="340"/>
        <source>the signature covers only part of the file (coverage: {coverage}); the rest can be anything</source>
        <translation>la signature ne couvre qu’une partie du fichier (couverture&#x202f;: {coverage})&#x202f;; le reste peut contenir n’importe quoi</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="345"/>
        <location filename="../../cica_desktop/verification.py" line="351"/>
        <source>changed after signing: {change}</source>
        <translation>modifié après la signature&#x202f;: {change}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="354"/>
        <source>the signature breaks its field&apos;s constraints ({reason})</source>
        <translation>la signature enfreint les contraintes de son champ ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="359"/>
        <source>its time stamp is damaged: the signing time is not proven</source>
        <translation>son horodatage est endommagé&#x202f;: l’heure de la signature n’est pas prouvée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="402"/>
        <source>later revisions go beyond what the signature permits ({level})</source>
        <translation>les révisions ultérieures dépassent ce que la signature autorise ({level})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="405"/>
        <source>objects were changed in a later revision ({detail})</source>
        <translation>des objets ont été modifiés dans une révision ultérieure ({detail})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="418"/>
        <source>the signature&apos;s byte range cannot be read</source>
        <translation>la plage d’octets de la signature est illisible</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="421"/>
        <source>the signature&apos;s byte range does not start at the beginning of the file</source>
        <translation>la plage d’octets de la signature ne commence pas au début du fichier</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="426"/>
        <source>the signature&apos;s byte range leaves out more than the signature value</source>
        <translation>la plage d’octets de la signature exclut davantage que la valeur de la signature</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="432"/>
        <source>the signature value is not a hexadecimal string</source>
        <translation>la valeur de la signature n’est pas une chaîne hexadécimale</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="436"/>
        <source>the signature value is not a DER-encoded signature</source>
        <translation>la valeur de la signature n’est pas une signature codée en DER</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="440"/>
        <source>changed after signing: the signature&apos;s placeholder holds data after the signature value that nobody signed</source>
        <translation>modifié après la signature&#x202f;: l’espace réservé à la signature contient, après la valeur de la signature, des données que personne n’a signées</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="75"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="76"/>
        <source>signature maintenance</source>
        <translation>maintenance des signatures</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="77"/>
        <source>further signatures</source>
        <translation>signatures supplémentaires</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="78"/>
        <source>form filling</source>
        <translation>remplissage de formulaires</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="79"/>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="80"/>
        <source>other changes</source>
        <translation>autres modifications</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="95"/>
        <source>{what} in revision {revision}</source>
        <translation>{what} dans la révision {revision}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="138"/>
        <source>a revision that cannot be read ({reason})</source>
        <translation>une révision illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="178"/>
        <source>the document catalog was replaced</source>
        <translation>le catalogue du document a été remplacé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="192"/>
        <source>validation data (certificates, revocation) were added</source>
        <translation>des données de validation (certificats, révocation) ont été ajoutées</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="205"/>
        <source>the document information (/Info) was replaced</source>
        <translation>les informations du document (/Info) ont été remplacées</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="213"/>
        <source>the document information ({names}) was changed</source>
        <translation>les informations du document ({names}) ont été modifiées</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="243"/>
        <source>the form (and its signature fields) was removed</source>
        <translation>le formulaire (et ses champs de signature) a été supprimé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="255"/>
        <source>form field &apos;{name}&apos; was added</source>
        <translation>le champ de formulaire «&#x202f;{name}&#x202f;» a été ajouté</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="258"/>
        <source>form field &apos;{name}&apos; was filled in</source>
        <translation>le champ de formulaire «&#x202f;{name}&#x202f;» a été rempli</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="261"/>
        <source>form field &apos;{name}&apos; was removed</source>
        <translation>le champ de formulaire «&#x202f;{name}&#x202f;» a été supprimé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="267"/>
        <source>the form&apos;s {key} entry was changed</source>
        <translation>l’entrée {key} du formulaire a été modifiée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="273"/>
        <source>signature field &apos;{name}&apos; was signed</source>
        <translation>le champ de signature «&#x202f;{name}&#x202f;» a été signé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="276"/>
        <source>an empty signature field &apos;{name}&apos; was added</source>
        <translation>un champ de signature vide «&#x202f;{name}&#x202f;» a été ajouté</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="279"/>
        <source>the signature in field &apos;{name}&apos; was replaced</source>
        <translation>la signature du champ «&#x202f;{name}&#x202f;» a été remplacée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="281"/>
        <source>signature field &apos;{name}&apos; was updated</source>
        <translation>le champ de signature «&#x202f;{name}&#x202f;» a été mis à jour</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="288"/>
        <source>the number of pages changed from {old} to {new}</source>
        <translation>le nombre de pages est passé de {old} à {new}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="301"/>
        <source>content was drawn over page {page}</source>
        <translation>du contenu a été dessiné par-dessus la page {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="304"/>
        <source>page content of page {page} was replaced</source>
        <translation>le contenu de la page {page} a été remplacé</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="308"/>
        <source>the fonts or images of page {page} were changed</source>
        <translation>les polices ou les images de la page {page} ont été modifiées</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="314"/>
        <source>the {key} of page {page} was changed</source>
        <translation>l’élément {key} de la page {page} a été modifié</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="350"/>
        <source>a {subtype} annotation was added to page {page}</source>
        <translation>une annotation {subtype} a été ajoutée à la page {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="354"/>
        <source>a {subtype} annotation was changed on page {page}</source>
        <translation>une annotation {subtype} a été modifiée sur la page {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="358"/>
        <source>an annotation was removed from page {page}</source>
        <translation>une annotation a été supprimée de la page {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="611"/>
        <source>the document catalog entry {key} was added</source>
        <translation>l’entrée {key} du catalogue du document a été ajoutée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="614"/>
        <source>the document catalog entry {key} was removed</source>
        <translation>l’entrée {key} du catalogue du document a été supprimée</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="616"/>
        <source>the document catalog entry {key} was changed</source>
        <translation>l’entrée {key} du catalogue du document a été modifiée</translation>
    </message>
</context>
</TS>
