<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="31"/>
        <source>an untitled request</source>
        <translation>una solicitud sin título</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="33"/>
        <source>Recover unsaved work</source>
        <translation>Recuperar el trabajo no guardado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="34"/>
        <source>cica-desktop did not close normally. Unsaved changes to {name} from {time} were kept. Restore them?</source>
        <translation>cica-desktop no se cerró correctamente. Se conservaron los cambios no guardados de {name} del {time}. ¿Desea restaurarlos?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="44"/>
        <source>Damaged recovery file</source>
        <translation>Archivo de recuperación dañado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="45"/>
        <source>A recovery file from {time} cannot be restored: {problem}.
{file}

Delete it? Choose No to keep it; it will be offered again at the next start.</source>
        <translation>No se puede restaurar un archivo de recuperación del {time}: {problem}.
{file}

¿Desea eliminarlo? Elija No para conservarlo; se volverá a ofrecer en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="132"/>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="133"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>No se puede abrir {file}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="65"/>
        <source>New request</source>
        <extracomment>The names of the document languages, translated when shown.</extracomment>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="75"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="148"/>
        <source>Kind of request</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="122"/>
        <source>e.g. Kazakhstan</source>
        <translation>p. ej., Kazajstán</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="125"/>
        <source>Add State</source>
        <translation>Añadir Estado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="135"/>
        <source>Requesting States</source>
        <translation>Estados solicitantes</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="137"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="155"/>
        <source>with its article: the Example Forum</source>
        <translation>con su artículo: el Foro de Ejemplo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="160"/>
        <source>With a draft resolution (annex II)</source>
        <translation>Con un proyecto de resolución (anexo II)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="164"/>
        <source>US Letter (New York)</source>
        <translation>Carta de EE. UU. (Nueva York)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="165"/>
        <source>A4 (Geneva, missions)</source>
        <translation>A4 (Ginebra, misiones)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Rule</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="169"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="161"/>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="170"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="212"/>
        <source>Date of the letter</source>
        <translation>Fecha de la carta</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="171"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="168"/>
        <source>Requesting State(s)</source>
        <translation>Estado(s) solicitante(s)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="172"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="173"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>Item title</source>
        <translation>Título del tema</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="174"/>
        <source>Existing item</source>
        <translation>Tema existente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="176"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="180"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="169"/>
        <source>Requesting State</source>
        <translation>Estado solicitante</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="182"/>
        <source>What you leave blank stays blank: the findings list it until you fill it in. Nothing is made up.</source>
        <translation>Lo que deje en blanco queda en blanco: las observaciones lo señalan hasta que lo complete. No se inventa nada.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="228"/>
        <source>The standard item when left blank</source>
        <extracomment>The session follows the rule and the letter&apos;s date until the user sets it.</extracomment>
        <translation>El tema habitual si se deja en blanco</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="229"/>
        <source>The title of the existing item</source>
        <translation>El título del tema existente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="233"/>
        <source>Made from the organization when left blank</source>
        <translation>Se forma a partir de la organización si se deja en blanco</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="234"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>As it will appear on the agenda</source>
        <translation>Tal como figurará en el programa</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="269"/>
        <source>One signature block per State: a joint letter (“We have the honour…”).</source>
        <translation>Un bloque de firma por Estado: una carta conjunta (“Tenemos el honor…”).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="271"/>
        <source>One signatory (“I have the honour…”); add States for a joint letter.</source>
        <translation>Un solo firmante (“Tengo el honor…”); añada Estados para una carta conjunta.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="397"/>
        <source>Set</source>
        <extracomment>Prose: a straight quote typed becomes the language&apos;s mark (_type_quote). Prose: a straight quote typed becomes the language&apos;s mark (_type_quote).</extracomment>
        <translation>Indicar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="399"/>
        <source>Set {label}</source>
        <translation>Indicar {label}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="472"/>
        <source>(not valid: {value})</source>
        <translation>(no válido: {value})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="488"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="548"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="49"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="554"/>
        <source>Choose an image</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="555"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="674"/>
        <source>Add row</source>
        <extracomment>The cells are prose: unknown words underlined, as in the line fields.</extracomment>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="675"/>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="676"/>
        <source>Add column</source>
        <translation>Añadir columna</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="677"/>
        <source>Remove column</source>
        <translation>Quitar columna</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="696"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="63"/>
        <source>Drag to move</source>
        <extracomment>A drag is under way (its nested event loop runs): no row is released meanwhile, since the handle being dragged must live until the drop.</extracomment>
        <translation>Arrastrar para mover</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="415"/>
        <source>Insert above</source>
        <extracomment>Attributes that hold a model path, renumbered with their row (an editor&apos;s path, the signatory a title line completes for). A list up to this long builds every row; a longer one is lazy: only its rows in or near the visible part of the form are widgets (``ListEditor.fill``). A lazy list builds its first rows at once, as far as this height (pixels) or time goes. The tallest a list may be. Qt&apos;s layouts cap every size at 524,287 pixels (QLAYOUTSIZE_MAX); 1,500 signatories are taller. Past this height the gaps are shrunk in proportion (the scroll bar is then approximate over rows not built; built rows keep their height). An object of a row that carries the row&apos;s path: the object, whether its objectName is a path under the row&apos;s, its attributes that hold a path, and what to call once it has its new path. Built on demand (the cursor goes there): kept until it has been in view. The height of a row never built: the average of the rows built (once laid out).</extracomment>
        <translation>Insertar encima</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="416"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="417"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="418"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="474"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="476"/>
        <source>Add content</source>
        <translation>Añadir contenido</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add at the end</source>
        <translation>Añadir al final</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="724"/>
        <source>Use my profile for this signatory</source>
        <translation>Usar mi perfil para este firmante</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="725"/>
        <source>Fill in the name and titles from your signer profile (Settings ▸ Signing…)</source>
        <translation>Rellenar el nombre y los cargos a partir de su perfil de firmante (Configuración ▸ Firma…)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="736"/>
        <source>No signer profile</source>
        <translation>Sin perfil de firmante</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="737"/>
        <source>Your signer profile has no name yet. Enter it in Settings ▸ Signing…, then use it here.</source>
        <translation>Su perfil de firmante aún no tiene nombre. Introdúzcalo en Configuración ▸ Firma… y luego úselo aquí.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="61"/>
        <source>Same as the document</source>
        <translation>El mismo que el del documento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="111"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="279"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="310"/>
        <source>Heading</source>
        <extracomment>The model of list items / the optional sub-object. A new item&apos;s raw data. None stands for &quot;not given&quot; (an empty line, an unset date or number). What one item of a list is called, in the singular (&quot;Signatory&quot; of &quot;Signatories&quot;), for naming it in findings (&quot;Signatory 2 › Name&quot;); the field&apos;s label when empty. Fields shown elsewhere (navigator nodes) or fixed (tags, the format version). A signatory: the form offers &quot;Use my profile for this signatory&quot;, which fills in the name and titles of the signer profile (Settings ▸ Signing…) when the user asks. The content blocks of a letter, the memorandum or an enclosure, with what &quot;Add&quot; creates for each.</extracomment>
        <translation>Encabezamiento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="112"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="311"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="113"/>
        <source>Numbered paragraph</source>
        <translation>Párrafo numerado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="114"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="115"/>
        <source>Place and date</source>
        <translation>Lugar y fecha</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="117"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="329"/>
        <source>Table</source>
        <translation>Cuadro</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="149"/>
        <source>Not said</source>
        <translation>No se indica</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="150"/>
        <source>Observer status for an organization</source>
        <translation>Condición de observador para una organización</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="151"/>
        <source>Cooperation with an organization</source>
        <translation>Cooperación con una organización</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="152"/>
        <source>An international day, year or decade</source>
        <translation>Un día, año o decenio internacional</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="153"/>
        <source>A new substantive item</source>
        <translation>Un nuevo tema sustantivo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="154"/>
        <source>A sub-item under an existing item</source>
        <translation>Un subtema de un tema existente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="155"/>
        <source>Existing item (for a sub-item)</source>
        <translation>Tema existente (para un subtema)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="156"/>
        <source>The title of the item the sub-item is requested under</source>
        <translation>El título del tema en relación con el cual se solicita el subtema</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="157"/>
        <source>Rule of procedure</source>
        <translation>Artículo del reglamento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="158"/>
        <source>Rule 13: item in the provisional agenda</source>
        <translation>Artículo 13: tema del programa provisional</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="159"/>
        <source>Rule 14: supplementary item</source>
        <translation>Artículo 14: tema suplementario</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="160"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>Artículo 15: tema adicional (importante y urgente)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="162"/>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="163"/>
        <source>Once the item is on the agenda</source>
        <translation>Una vez que el tema figure en el programa</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="164"/>
        <source>Print the request’s heading under the session line</source>
        <translation>Imprimir el encabezamiento de la solicitud bajo la línea del período de sesiones</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="166"/>
        <source>Print the item title under the request’s heading</source>
        <translation>Imprimir el título del tema bajo el encabezamiento de la solicitud</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="170"/>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="171"/>
        <source>Mission letterhead (the letter as the mission sends it)</source>
        <translation>Membrete de la misión (la carta tal como la envía la misión)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="173"/>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="174"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="295"/>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>Document symbol</source>
        <translation>Signatura del documento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>e.g. A/62/232, once issued</source>
        <translation>p. ej., A/62/232, una vez publicado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="177"/>
        <source>Limited</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="178"/>
        <source>Issue date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>Job number</source>
        <translation>Número de trabajo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>e.g. 07-53140</source>
        <translation>p. ej., 07-53140</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="180"/>
        <source>Short title for page headers</source>
        <translation>Título abreviado para los encabezados de página</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="181"/>
        <source>Print the UN documents QR code on page 1</source>
        <translation>Imprimir en la página 1 el código QR de los documentos de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>US Letter</source>
        <translation>Carta de EE. UU.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="188"/>
        <source>Mission name (if not the mission above)</source>
        <translation>Nombre de la misión (si no es la misión indicada arriba)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="189"/>
        <source>Address lines</source>
        <translation>Líneas de la dirección</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="190"/>
        <source>Address line</source>
        <translation>Línea de la dirección</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>Place of signature</source>
        <translation>Lugar de la firma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>e.g. New York</source>
        <translation>p. ej., Nueva York</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="192"/>
        <source>Emblem image (PNG or JPEG)</source>
        <translation>Imagen del emblema (PNG o JPEG)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="193"/>
        <source>A file path, relative to the project file; empty for none</source>
        <translation>Ruta de un archivo, relativa al archivo del proyecto; vacío si no hay ninguno</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="198"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="199"/>
        <source>Titles (in printed order)</source>
        <translation>Cargos (en el orden de impresión)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="294"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="304"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="201"/>
        <source>State represented</source>
        <translation>Estado representado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="200"/>
        <source>Title line</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="202"/>
        <source>Form of the titles</source>
        <translation>Forma de los cargos</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Masculine</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Feminine</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="204"/>
        <source>Print the (Signed) mark</source>
        <translation>Imprimir la mención (Firmado)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="205"/>
        <source>Scanned signature (PNG or JPEG)</source>
        <translation>Firma escaneada (PNG o JPEG)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="206"/>
        <source>Printed over the name on the letter as the mission sends it</source>
        <translation>Se imprime sobre el nombre en la carta tal como la envía la misión</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="213"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="214"/>
        <source>The mission&apos;s “No. …”, printed on the letter as the mission sends it</source>
        <translation>El “N.º …” de la misión, impreso en la carta tal como la envía la misión</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="215"/>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="216"/>
        <source>The Permanent Representative</source>
        <translation>El Representante Permanente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="217"/>
        <source>The Chargé d&apos;affaires a.i.</source>
        <translation>El Encargado de Negocios Interino</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="218"/>
        <source>Several representatives</source>
        <translation>Varios representantes</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="219"/>
        <source>Addressed to</source>
        <translation>Dirigida a</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="220"/>
        <source>The Secretary-General</source>
        <translation>El Secretario General</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="221"/>
        <source>The President of the General Assembly</source>
        <translation>El Presidente de la Asamblea General</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="222"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="233"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="284"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="296"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="305"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="223"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="285"/>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="224"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="286"/>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="229"/>
        <source>Title (if not “Explanatory memorandum”)</source>
        <translation>Título (si no es “Memorando explicativo”)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="230"/>
        <source>Print the title under the annex number</source>
        <translation>Imprimir el título bajo el número del anexo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="231"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="261"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="282"/>
        <source>Original language of this annex</source>
        <translation>Idioma original de este anexo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="238"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="243"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="246"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="323"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="239"/>
        <source>Sub-paragraphs (i), (ii)…</source>
        <translation>Subpárrafos i), ii)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="240"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="248"/>
        <source>Sub-paragraph</source>
        <translation>Subpárrafo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="242"/>
        <source>Lead words (italic)</source>
        <translation>Palabras iniciales (en cursiva)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="245"/>
        <source>Operative verb (italic)</source>
        <translation>Verbo dispositivo (en cursiva)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="247"/>
        <source>Sub-paragraphs (a), (b)…</source>
        <translation>Subpárrafos a), b)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="252"/>
        <source>Title (if not the item title)</source>
        <translation>Título (si no es el título del tema)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="253"/>
        <source>Preambular paragraphs</source>
        <translation>Párrafos del preámbulo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="254"/>
        <source>Preambular paragraph</source>
        <translation>Párrafo del preámbulo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="255"/>
        <source>Operative paragraphs</source>
        <translation>Párrafos dispositivos</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>Operative paragraph</source>
        <translation>Párrafo dispositivo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="258"/>
        <source>Annex heading (if not “Draft resolution”)</source>
        <translation>Encabezamiento del anexo (si no es “Proyecto de resolución”)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="259"/>
        <source>Print the annex heading under the annex number</source>
        <translation>Imprimir el encabezamiento del anexo bajo el número del anexo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="260"/>
        <source>Organ line (if not “The General Assembly,”)</source>
        <translation>Línea del órgano (si no es “La Asamblea General,”)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="263"/>
        <source>Sponsors (standalone draft)</source>
        <translation>Patrocinadores (proyecto independiente)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="264"/>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="265"/>
        <source>Main Committee (standalone draft)</source>
        <translation>Comisión Principal (proyecto independiente)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="266"/>
        <source>Symbol of the standalone draft</source>
        <translation>Signatura del proyecto independiente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="267"/>
        <source>Issue date of the standalone draft</source>
        <translation>Fecha de publicación del proyecto independiente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="268"/>
        <source>Job number of the standalone draft</source>
        <translation>Número de orden del proyecto independiente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="269"/>
        <source>e.g. 25-16079</source>
        <translation>p. ej., 25-16079</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="270"/>
        <source>Agenda item of the standalone draft (if not the request’s)</source>
        <translation>Tema del programa del proyecto independiente (si no es el de la solicitud)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="272"/>
        <source>Agenda item’s own title (if not the item title)</source>
        <translation>Título propio del tema del programa (si no es el título del tema)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="280"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="328"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="281"/>
        <source>Print the date above the heading</source>
        <translation>Imprimir la fecha sobre el encabezamiento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="287"/>
        <source>Has an enclosure</source>
        <translation>Tiene un documento adjunto</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="297"/>
        <source>Has its own annex</source>
        <translation>Tiene su propio anexo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>1 (main heading)</source>
        <translation>1 (encabezamiento principal)</translation>
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
        <translation>Numerado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="314"/>
        <source>Numbering</source>
        <translation>Numeración</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="314"/>
        <source>1. 2. 3.</source>
        <translation>1. 2. 3.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="315"/>
        <source>(a) (b) (c)</source>
        <translation>a) b) c)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="316"/>
        <source>(i) (ii) (iii)</source>
        <translation>i) ii) iii)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="317"/>
        <source>- bullets</source>
        <translation>- viñetas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="318"/>
        <source>Start at</source>
        <translation>Empezar en</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="319"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="320"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="324"/>
        <source>Has a sub-list</source>
        <translation>Tiene una sublista</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="327"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="67"/>
        <source>Annex {n}</source>
        <extracomment>Reads the project&apos;s value at a path (None where there is none). Block kinds whose one text field is the block itself: &quot;Content 3 › Paragraph&quot;, not &quot;Content 3 › Paragraph › Paragraph&quot;. Any form&apos;s label of a field name: only for paths no form reaches (an unknown key).</extracomment>
        <translation>Anexo {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="74"/>
        <source>Annexes</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="76"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="30"/>
        <source>Cover letter</source>
        <translation>Carta de presentación</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="32"/>
        <source>Enclosure</source>
        <translation>Documento adjunto</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <source>Its annex</source>
        <translation>Su anexo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="84"/>
        <source>Row {n}</source>
        <translation>Fila {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="88"/>
        <source>Column {n}</source>
        <translation>Columna {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="91"/>
        <source>Column {n} heading</source>
        <translation>Encabezado de la columna {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="116"/>
        <source>The whole project</source>
        <translation>Todo el proyecto</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="21"/>
        <source>Explanatory memorandum</source>
        <translation>Memorando explicativo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="22"/>
        <source>Draft resolution</source>
        <translation>Proyecto de resolución</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="23"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="28"/>
        <source>Package settings</source>
        <translation>Configuración del expediente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="34"/>
        <source>Enclosure&apos;s annex</source>
        <translation>Anexo del documento adjunto</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="37"/>
        <source>Annex {number}: {kind}</source>
        <translation>Anexo {number}: {kind}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="71"/>
        <source>Parts of the package</source>
        <translation>Partes del expediente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="91"/>
        <source>Preview of the package</source>
        <extracomment>A new rendering is shown. The reader chose the other layout: &quot;un&quot; or &quot;mission&quot;. Where each paragraph starts, by its model path: (page index, points from the top). The brief mark on the line the preview has just followed the form to.</extracomment>
        <translation>Vista previa del expediente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="92"/>
        <source>Layout shown in the preview</source>
        <translation>Formato mostrado en la vista previa</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="93"/>
        <source>As the UN circulates it</source>
        <translation>Tal como lo distribuyen las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="94"/>
        <source>As the mission sends it (signed)</source>
        <translation>Tal como lo envía la misión (firmado)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="95"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="95"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="96"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="191"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="53"/>
        <source>Update the standard paragraphs?</source>
        <extracomment>The field whose change offers the new wording.</extracomment>
        <translation>¿Actualizar los párrafos habituales?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="56"/>
        <source>The letter is now sent by several representatives. Write these paragraphs for several senders (“we”, “our Governments”)?</source>
        <translation>La carta la envían ahora varios representantes. ¿Redactar estos párrafos para varios remitentes (“tenemos”, “nuestros Gobiernos”)?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="58"/>
        <source>The letter is now sent by one representative. Write these paragraphs for one sender (“I”, “my Government”)?</source>
        <translation>La carta la envía ahora un solo representante. ¿Redactar estos párrafos para un solo remitente (“tengo”, “mi Gobierno”)?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="66"/>
        <source>Paragraph {number}</source>
        <translation>Párrafo {number}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="67"/>
        <source>edited by you: only the words for the senders change</source>
        <translation>modificado por usted: solo cambian las palabras relativas a los remitentes</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="75"/>
        <source>Update paragraphs</source>
        <translation>Actualizar los párrafos</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="78"/>
        <source>Keep them as they are</source>
        <translation>Dejarlos como están</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="39"/>
        <source>give an http:// or https:// address</source>
        <translation>indique una dirección http:// o https://</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="40"/>
        <source>the address names no server</source>
        <translation>la dirección no indica ningún servidor</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="41"/>
        <source>the address has an invalid port</source>
        <translation>la dirección tiene un puerto no válido</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="70"/>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="76"/>
        <source>As printed under the letter: the block with this name is the one signed</source>
        <translation>Tal como se imprime bajo la carta: se firma el bloque que lleva este nombre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="78"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Signer&apos;s name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="81"/>
        <source>One title per line, e.g. Permanent Representative</source>
        <translation>Un cargo por línea, p. ej., Representante Permanente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="83"/>
        <source>Used only when you ask: “Use my profile for this signatory” on a signatory fills in this name and titles</source>
        <translation>Solo se utiliza cuando usted lo pide: “Usar mi perfil para este firmante” en un firmante rellena este nombre y estos cargos</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="85"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Titles</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="89"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="140"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="170"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="196"/>
        <source>Scanned signature</source>
        <translation>Firma escaneada</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="99"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="141"/>
        <source>Key and certificate</source>
        <translation>Clave y certificado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Archivos PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="103"/>
        <source>e.g. http://timestamp.example.org (empty: none)</source>
        <translation>p. ej., http://timestamp.example.org (vacío: ninguno)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="104"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="142"/>
        <source>Time-stamp server</source>
        <translation>Servidor de sellos de tiempo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="108"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="110"/>
        <source>How long the time-stamp server may take in all, from connecting to its last byte; then signing stops with an error.</source>
        <translation>Tiempo total que puede tardar el servidor de sellos de tiempo, desde la conexión hasta su último byte; después, la firma se detiene con un error.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="113"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="143"/>
        <source>Time-stamp deadline</source>
        <translation>Plazo del sello de tiempo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="114"/>
        <source>Make signed letters PDF/A-2b (for archiving)</source>
        <translation>Generar las cartas firmadas en PDF/A-2b (para archivo)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="134"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="144"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="181"/>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="182"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="200"/>
        <source>Key and certificate: {file} does not exist</source>
        <translation>Clave y certificado: {file} no existe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="204"/>
        <source>Time-stamp server: {problem}</source>
        <translation>Servidor de sellos de tiempo: {problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="209"/>
        <source>Trusted certificates: {file} does not exist</source>
        <translation>Certificados de confianza: {file} no existe</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="204"/>
        <source>No suggestions</source>
        <extracomment>The project&apos;s language, asked each time (it may change while the form is open).</extracomment>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="205"/>
        <source>Add “{word}” to dictionary</source>
        <translation>Añadir “{word}” al diccionario</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="211"/>
        <source>Spelling: loading the {language} dictionary…</source>
        <translation>Ortografía: cargando el diccionario ({language})…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="216"/>
        <source>{language} text is not spell-checked</source>
        <translation>{language}: no se revisa la ortografía del texto en este idioma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="234"/>
        <source>No {language} dictionary is installed: {language} text is not spell-checked</source>
        <translation>{language}: no hay ningún diccionario instalado; no se revisa la ortografía del texto en este idioma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="57"/>
        <source>The user guide is missing: {file}</source>
        <translation>Falta la guía del usuario: {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="91"/>
        <source>User guide — cica-desktop</source>
        <translation>Guía del usuario — cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="92"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="108"/>
        <source>Prepares a request to put an item on the agenda of the United Nations General Assembly: the letter and its annexes, in the UN layout, as DOCX and PDF, signed.</source>
        <translation>Prepara una solicitud de inclusión de un tema en el programa de la Asamblea General de las Naciones Unidas: la carta y sus anexos, con el formato de las Naciones Unidas, en DOCX y PDF, firmados.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="111"/>
        <source>Each PDF embeds the fonts it uses (subsets); the licences above allow that. DOCX files name the fonts UN offices have and embed none.</source>
        <translation>Cada PDF incorpora las fuentes que utiliza (subconjuntos); las licencias indicadas arriba lo permiten. Los archivos DOCX indican las fuentes de que disponen las oficinas de las Naciones Unidas y no incorporan ninguna.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Script</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="116"/>
        <source>none installed</source>
        <translation>ninguna instalada</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="118"/>
        <source>Versions and licences</source>
        <translation>Versiones y licencias</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="119"/>
        <source>Fonts the documents embed on this computer</source>
        <translation>Fuentes que incorporan los documentos en este equipo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="136"/>
        <source>About cica-desktop</source>
        <translation>Acerca de cica-desktop</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="53"/>
        <source>Compare with an earlier version</source>
        <translation>Comparar con una versión anterior</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="59"/>
        <source>The project being edited is the new version. Every difference from the earlier version becomes a tracked change (Word&apos;s Review pane lists each one), or is drawn in colour in a PDF.</source>
        <translation>El proyecto que se está editando es la nueva versión. Cada diferencia con respecto a la versión anterior pasa a ser un cambio marcado con el control de cambios (el panel de revisiones de Word los enumera uno por uno) o se resalta en color en un PDF.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="65"/>
        <source>The earlier version&apos;s project file (.json)</source>
        <translation>El archivo de proyecto de la versión anterior (.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="68"/>
        <source>Word document with tracked changes (.docx)</source>
        <translation>Documento de Word con control de cambios (.docx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="69"/>
        <source>PDF showing the changes (.pdf)</source>
        <translation>PDF que muestra los cambios (.pdf)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="74"/>
        <source>The name Word shows for each change</source>
        <translation>El nombre que Word muestra para cada cambio</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="81"/>
        <source>Earlier version:</source>
        <translation>Versión anterior:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="83"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="84"/>
        <source>Write to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="85"/>
        <source>Changes by:</source>
        <translation>Autor de los cambios:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="87"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="110"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="132"/>
        <source>Earlier version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="133"/>
        <source>Projects (*.json)</source>
        <translation>Proyectos (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="139"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="140"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="141"/>
        <source>Write the changes to</source>
        <translation>Guardar los cambios en</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="152"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="160"/>
        <source>This file already exists. Do you want to replace it?</source>
        <translation>Este archivo ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="172"/>
        <source>Nothing was written: {file} was kept.</source>
        <translation>No se escribió nada: se conservó {file}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="181"/>
        <source>Nothing was written. {reason}</source>
        <translation>No se escribió nada. {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="191"/>
        <source>Changed: {changed}, inserted: {inserted}, deleted: {deleted}, moved: {moved}, renumbered or restyled: {reformatted}.</source>
        <translation>Modificados: {changed}; insertados: {inserted}; eliminados: {deleted}; desplazados: {moved}; renumerados o con otro formato: {reformatted}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="196"/>
        <source>The two versions do not differ.</source>
        <translation>No hay diferencias entre las dos versiones.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="197"/>
        <source>Written to {path}. {changes}</source>
        <translation>Guardado en {path}. {changes}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="207"/>
        <source>{target} already exists; it was kept.</source>
        <translation>{target} ya existe; se ha conservado.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="209"/>
        <source>The project has errors: correct them (see the findings) before comparing.</source>
        <translation>El proyecto contiene errores: corríjalos (véanse las observaciones) antes de comparar.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="213"/>
        <source>{file} is not a valid project: {details}</source>
        <translation>{file} no es un proyecto válido: {details}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="216"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>No se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="218"/>
        <source>The earlier version is in another language ({old}; this one: {new}): compare two versions in one language.</source>
        <translation>La versión anterior está en otro idioma ({old}; esta: {new}): compare dos versiones en el mismo idioma.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="222"/>
        <source>Could not compare ({reason}); nothing was written.</source>
        <translation>No se pudo comparar ({reason}); no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="45"/>
        <source>Export</source>
        <extracomment>The jobs running (their signals are deleted when they end). The busy bar, for the window&apos;s status bar. The message of the last export written with warnings, while it is open.</extracomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="60"/>
        <location filename="../../cica_desktop/ui/exports.py" line="78"/>
        <source>Cannot export yet</source>
        <translation>Todavía no se puede exportar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="61"/>
        <source>Some values are wrong rather than missing; fix the ones listed under Findings first ({count} left).</source>
        <translation>Algunos valores son erróneos, no solo faltan; corrija primero los que figuran en Observaciones (quedan {count}).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="65"/>
        <location filename="../../cica_desktop/ui/exports.py" line="92"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="66"/>
        <location filename="../../cica_desktop/ui/exports.py" line="93"/>
        <source>The package has no draft resolution.</source>
        <translation>El expediente no tiene ningún proyecto de resolución.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="79"/>
        <source>Fix the problems listed under Findings first ({count} left). A draft, with the fields still to fill marked, can be exported at any time: Export ▸ Draft PDF or Draft DOCX.</source>
        <translation>Corrija primero los problemas que figuran en Observaciones (quedan {count}). Un borrador, con los campos pendientes de rellenar marcados, puede exportarse en cualquier momento: Exportar ▸ Borrador en PDF o Borrador en DOCX.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="128"/>
        <source>Exporting {file}…</source>
        <translation>Exportando {file}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="139"/>
        <source>Exported {file}</source>
        <translation>Exportado {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="147"/>
        <source>Exported with warnings</source>
        <translation>Exportado con advertencias</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="148"/>
        <source>{file} was written. Check these before sending it:</source>
        <translation>Se escribió {file}. Compruebe lo siguiente antes de enviarlo:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="167"/>
        <location filename="../../cica_desktop/ui/exports.py" line="168"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="169"/>
        <source>{file} was not written: {reason}
Any previous file of that name is unchanged.</source>
        <translation>No se escribió {file}: {reason}
Cualquier archivo anterior con ese nombre se mantiene sin cambios.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="93"/>
        <source>Find and replace</source>
        <extracomment>Shows *match* to the user: selects its part, puts the cursor in its field and returns the field&apos;s editor (None when it has none). The occurrence shown last; &quot;Find next&quot; goes on from there.</extracomment>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="94"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="95"/>
        <source>Replace &amp;with:</source>
        <translation>Reemplazar &amp;con:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="96"/>
        <source>Whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="97"/>
        <source>Match case</source>
        <translation>Coincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="98"/>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="99"/>
        <source>Find &amp;previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="100"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="101"/>
        <source>Replace &amp;all</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="136"/>
        <location filename="../../cica_desktop/ui/find_replace.py" line="166"/>
        <source>Not found.</source>
        <translation>No se encontró.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="141"/>
        <source>{n} of {count}</source>
        <translation>{n} de {count}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="159"/>
        <source>Replaced; no more occurrences.</source>
        <translation>Reemplazado; no hay más coincidencias.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="164"/>
        <source>Replaced {count} occurrence(s) in one step (Undo takes them back).</source>
        <translation>Se reemplazaron {count} coincidencia(s) en un solo paso (Deshacer las revierte).</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="64"/>
        <source>Findings</source>
        <extracomment>A finding was clicked or activated: the model path of its field. &quot;Apply fix&quot; was chosen for a finding (the window applies it as one undo step). Applies the selected finding&apos;s fix. The list of findings (the window&apos;s ``findings``).</extracomment>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="65"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (click one to go to the field)</source>
        <translation>&lt;b&gt;Observaciones&lt;/b&gt; (haga clic en una para ir al campo)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="66"/>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="112"/>
        <source>Apply fix</source>
        <translation>Aplicar corrección</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="68"/>
        <source>Change the field as the selected finding suggests (Edit ▸ Undo takes it back)</source>
        <translation>Modificar el campo como sugiere la observación seleccionada (Edición ▸ Deshacer la revierte)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="81"/>
        <source>Fix: {fix}</source>
        <translation>Corrección: {fix}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="87"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="110"/>
        <source>&amp;New request…</source>
        <extracomment>The objectName (tests and scripts find the action by it). The source text, translated in CONTEXT (a language&apos;s name is shown as it is). The platform&apos;s standard key, if there is one for what it does. Its keys (&quot;Ctrl+Shift+M&quot;), where Qt has no standard key, or the platform none for it. For a check mark: whether it is checked when the menus are built. Actions, submenus, and None for a separator. The objectName of a menu the window refers to. Fills the menu each time it opens (the recent files).</extracomment>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="112"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="114"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="116"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="118"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="120"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="125"/>
        <source>Letter PDF…</source>
        <extracomment>The exports in the UN layout, also on the toolbar.</extracomment>
        <translation>Carta en PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="127"/>
        <source>Draft resolution DOCX…</source>
        <translation>Proyecto de resolución en DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="129"/>
        <source>Full package PDF…</source>
        <translation>Expediente completo en PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="131"/>
        <source>Full package DOCX…</source>
        <translation>Expediente completo en DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="139"/>
        <source>New from an earlier request…</source>
        <translation>Nueva a partir de una solicitud anterior…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="141"/>
        <source>New from sample</source>
        <translation>Nueva a partir de un ejemplo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="142"/>
        <source>A/62/232 (Chinese)</source>
        <translation>A/62/232 (chino)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="144"/>
        <source>A/62/232 (English)</source>
        <translation>A/62/232 (inglés)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="150"/>
        <source>&amp;Import Word document…</source>
        <translation>&amp;Importar documento de Word…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="152"/>
        <source>Compare &amp;with earlier version…</source>
        <translation>Comparar con una &amp;versión anterior…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="163"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="165"/>
        <source>Find and &amp;replace…</source>
        <translation>Buscar y reem&amp;plazar…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="167"/>
        <source>Fix &amp;quotes</source>
        <translation>Corregir &amp;comillas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="170"/>
        <source>&amp;Package</source>
        <translation>Ex&amp;pediente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="171"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="271"/>
        <source>Add annex</source>
        <extracomment>What the state line above the preview says about the project (draft, problems). The errors of the data last sent to the preview (a draft&apos;s gaps). While typing, the findings are listed in a worker thread. The status bar message saying autosave failed, while it fails; else &quot;&quot;. The menus, toolbar and actions (ui/actions.py), rebuilt when the language changes. The share of the screen&apos;s free area (without task bars) a first window takes. The width a first window gives the form, when the screen has room for it: its labels and fields side by side, none cut off (at 150 % scaling on a 1366 × 768 screen the screen is 910 points wide). The splitter is shared out once the window has its size (showEvent). The list of findings (objectName &quot;findings&quot;).</extracomment>
        <translation>Añadir anexo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="172"/>
        <source>Explanatory memorandum</source>
        <translation>Memorando explicativo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="174"/>
        <source>Draft resolution</source>
        <translation>Proyecto de resolución</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="176"/>
        <source>Letter (with or without an enclosure)</source>
        <translation>Carta (con o sin documento adjunto)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="180"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="276"/>
        <source>Remove annex</source>
        <translation>Quitar anexo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="183"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="187"/>
        <source>As the mission sends it, unsigned PDF…</source>
        <translation>Tal como lo envía la misión, PDF sin firmar…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="190"/>
        <source>As the mission sends it, DOCX…</source>
        <translation>Tal como lo envía la misión, DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="194"/>
        <source>Draft PDF, fields still to fill marked…</source>
        <translation>Borrador en PDF, con los campos pendientes marcados…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="197"/>
        <source>Draft DOCX, fields still to fill marked…</source>
        <translation>Borrador en DOCX, con los campos pendientes marcados…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="200"/>
        <source>Signed letter PDF…</source>
        <translation>Carta firmada en PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="202"/>
        <source>Verify signed PDF…</source>
        <translation>Verificar un PDF firmado…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="205"/>
        <source>Submission…</source>
        <translation>Envío a la Secretaría…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="208"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="209"/>
        <source>Signing…</source>
        <translation>Firma…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="211"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="216"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="217"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="220"/>
        <source>&amp;About cica-desktop</source>
        <translation>&amp;Acerca de cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="225"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="273"/>
        <source>Add an annex: an explanatory memorandum, a draft resolution or a letter</source>
        <translation>Añadir un anexo: un memorando explicativo, un proyecto de resolución o una carta</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="274"/>
        <source>Move annex up</source>
        <translation>Subir el anexo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="275"/>
        <source>Move annex down</source>
        <translation>Bajar el anexo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="405"/>
        <source>The project has problems; see Findings.</source>
        <extracomment>Milliseconds of quiet after a change before the preview and the findings catch up.</extracomment>
        <translation>El proyecto tiene problemas; véase Observaciones.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="326"/>
        <source>Autosaved {time}</source>
        <translation>Guardado automático: {time}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="333"/>
        <source>Autosave failed: {reason}. Trying again every {seconds:g} s; save your work to keep it safe.</source>
        <translation>Error del guardado automático: {reason}. Se reintentará cada {seconds:g} s; guarde su trabajo para no perderlo.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="336"/>
        <source>⚠ Autosave failed</source>
        <translation>⚠ Error del guardado automático</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="352"/>
        <source>Untitled request</source>
        <translation>Solicitud sin título</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="355"/>
        <source>autosave failed</source>
        <translation>error del guardado automático</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="416"/>
        <source>The preview shows the last version without problems; {count} to fix (see Findings).</source>
        <translation>La vista previa muestra la última versión sin problemas; quedan {count} por corregir (véase Observaciones).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="419"/>
        <source>Draft: {count} field(s) to fill in, shown in brackets (see Findings). The final documents can be exported once they are filled in.</source>
        <translation>Borrador: {count} campo(s) por rellenar, indicados entre corchetes (véase Observaciones). Los documentos definitivos podrán exportarse una vez rellenados.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="443"/>
        <source>Quotes fixed in {count} field(s) (Undo takes them back).</source>
        <translation>Comillas corregidas en {count} campo(s) (Deshacer las revierte).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="444"/>
        <source>No straight quotes to fix.</source>
        <translation>No hay comillas rectas que corregir.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="514"/>
        <source>Laying out the pages after this one…</source>
        <translation>Componiendo las páginas siguientes…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="525"/>
        <source>The preview could not be drawn: {message}</source>
        <translation>No se pudo generar la vista previa: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="563"/>
        <source>Unsaved changes</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="564"/>
        <source>Save the changes to {name} before closing it?</source>
        <translation>¿Desea guardar los cambios de {name} antes de cerrarla?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="566"/>
        <source>the untitled request</source>
        <translation>la solicitud sin título</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="595"/>
        <source>New from an earlier request</source>
        <translation>Nueva a partir de una solicitud anterior</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="596"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="628"/>
        <source>Request projects (*.json);;All files (*)</source>
        <translation>Proyectos de solicitud (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="603"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="638"/>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="604"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="639"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>No se puede abrir {file}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="612"/>
        <source>A new request from {file}: check the session and the dates, and sign it again.</source>
        <translation>Nueva solicitud a partir de {file}: compruebe el período de sesiones y las fechas, y vuelva a firmarla.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="627"/>
        <source>Open request</source>
        <translation>Abrir una solicitud</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="654"/>
        <source>Save request as</source>
        <translation>Guardar la solicitud como</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="655"/>
        <source>Request projects (*.json)</source>
        <translation>Proyectos de solicitud (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="668"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="669"/>
        <source>{file} could not be saved: {reason}
The previous file is unchanged.</source>
        <translation>No se pudo guardar {file}: {reason}
El archivo anterior se mantiene sin cambios.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="673"/>
        <source>Saved {file}</source>
        <translation>Guardado {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="687"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>SignFlow</name>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="44"/>
        <source>Signing key and certificate</source>
        <translation>Clave y certificado de firma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="45"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Archivos PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="51"/>
        <source>Sign the letter</source>
        <translation>Firmar la carta</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="52"/>
        <source>Password of {file} (used for this signature only):</source>
        <translation>Contraseña de {file} (solo se utiliza para esta firma):</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="57"/>
        <source>Export signed letter</source>
        <translation>Exportar la carta firmada</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="64"/>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="72"/>
        <source>Verify signed PDF</source>
        <translation>Verificar un PDF firmado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="76"/>
        <source>{file} cannot be checked: {reason}</source>
        <translation>No se puede comprobar {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="81"/>
        <source>{file} has no signature.</source>
        <translation>{file} no tiene ninguna firma.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="85"/>
        <source>{file}: valid. The signatures hold and nothing was changed after signing beyond what they permit.</source>
        <translation>{file}: válido. Las firmas son válidas y no se ha modificado nada después de la firma salvo lo que estas permiten.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="88"/>
        <source>{file}: valid, but a signer is not in your trusted certificates (Settings ▸ Signing…).</source>
        <translation>{file}: válido, pero uno de los firmantes no figura entre sus certificados de confianza (Configuración ▸ Firma…).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="91"/>
        <source>{file}: NOT VALID. It was changed after signing, or a signature does not hold. Do not rely on what it shows.</source>
        <translation>{file}: NO VÁLIDO. Se modificó después de la firma, o una firma no es válida. No confíe en lo que muestra.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="54"/>
        <source>Submission for the Secretariat</source>
        <translation>Envío a la Secretaría</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="58"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="60"/>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="62"/>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="65"/>
        <source>addresses, separated by commas</source>
        <translation>direcciones, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="63"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="66"/>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="68"/>
        <source>Signing key (.p12):</source>
        <translation>Clave de firma (.p12):</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="71"/>
        <source>Password (for this signature only):</source>
        <translation>Contraseña (solo para esta firma):</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="79"/>
        <source>Sign and write</source>
        <translation>Firmar y guardar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="99"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="106"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="112"/>
        <source>Signing key and certificate</source>
        <translation>Clave y certificado de firma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="114"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Archivos PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="126"/>
        <source>Choose a folder.</source>
        <translation>Elija una carpeta.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="128"/>
        <source>Choose the signing key (.p12 or .pfx).</source>
        <translation>Elija la clave de firma (.p12 o .pfx).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="132"/>
        <source>{address} is not an e-mail address.</source>
        <translation>{address} no es una dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="160"/>
        <source>Cannot export yet</source>
        <translation>Todavía no se puede exportar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="161"/>
        <source>Fix the problems listed under Findings first ({count} left).</source>
        <translation>Corrija primero los problemas que figuran en Observaciones (quedan {count}).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="182"/>
        <source>Replace the submission?</source>
        <translation>¿Reemplazar el envío?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="183"/>
        <source>{folder} already holds files of this submission:
{files}

Replace them? Other files in the folder are left alone.</source>
        <translation>{folder} ya contiene archivos de este envío:
{files}

¿Desea reemplazarlos? Los demás archivos de la carpeta no se modifican.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="206"/>
        <source>Preparing the submission in {folder}…</source>
        <translation>Preparando el envío en {folder}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="222"/>
        <source>Submission written: {count} files in {folder}</source>
        <translation>Envío guardado: {count} archivos en {folder}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="230"/>
        <source>Submission written</source>
        <translation>Envío guardado</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="238"/>
        <source>The folder written holds these files:</source>
        <translation>La carpeta guardada contiene estos archivos:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="248"/>
        <source>Open the e-mail</source>
        <translation>Abrir el correo electrónico</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="253"/>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="261"/>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="262"/>
        <source>Submission failed</source>
        <translation>No se pudo preparar el envío</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="263"/>
        <source>Nothing was written in {folder}: {reason}</source>
        <translation>No se escribió nada en {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="43"/>
        <source>The language was recognised by the script of the text: {language}.</source>
        <translation>El idioma se reconoció por la escritura del texto: {language}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="45"/>
        <source>The headings were read as {language} headings.</source>
        <translation>Los encabezamientos se interpretaron como encabezamientos en este idioma: {language}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="47"/>
        <source>No heading in any of the six languages was recognised: the document was read as English.</source>
        <translation>No se reconoció ningún encabezamiento en ninguno de los seis idiomas: el documento se interpretó como escrito en inglés.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="50"/>
        <source>No heading “Letter dated … from …” was found: the text before the first annex was read as the cover letter.</source>
        <translation>No se encontró ningún encabezamiento “Carta de fecha … dirigida … por …”: el texto anterior al primer anexo se interpretó como la carta de presentación.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="53"/>
        <source>Kept in the cover letter: it is not a heading the UN prints before the letter.</source>
        <translation>Se mantuvo en la carta de presentación: no es un encabezamiento que las Naciones Unidas impriman antes de la carta.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="56"/>
        <source>Each signatory was given a State in the order of the letter&apos;s heading (the signature blocks do not name their States): check them.</source>
        <translation>Se asignó un Estado a cada firmante según el orden del encabezamiento de la carta (los bloques de firma no indican sus Estados): compruébelos.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="59"/>
        <source>No signature block was found: the signatory is left to fill.</source>
        <translation>No se encontró ningún bloque de firma: los datos del firmante quedan por rellenar.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="61"/>
        <source>The last {count} short lines of the letter were read as its signature block, with “{name}” as the name.</source>
        <translation>Las últimas {count} líneas cortas de la carta se interpretaron como su bloque de firma, con “{name}” como nombre.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="64"/>
        <source>“{text}” was taken as annex {number}, its place in the order.</source>
        <translation>“{text}” se tomó como anexo {number}, según el lugar que ocupa en el orden.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="66"/>
        <source>Rule {rule} was read from the letter&apos;s text.</source>
        <translation>El artículo {rule} se obtuvo del texto de la carta.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="68"/>
        <source>The item title was read from the quotation in the letter.</source>
        <translation>El título del tema se obtuvo del texto citado en la carta.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="70"/>
        <source>The item title was not found: it is left to fill.</source>
        <translation>No se encontró el título del tema: queda por rellenar.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="72"/>
        <source>The letter&apos;s date was not found: today&apos;s date was put in its place; check it.</source>
        <translation>No se encontró la fecha de la carta: se puso en su lugar la fecha de hoy; compruébela.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="75"/>
        <source>The session was not found: session {session} was taken, the one that rule {rule} is for on the letter&apos;s date.</source>
        <translation>No se encontró el período de sesiones: se tomó el período de sesiones {session}, que es al que corresponde una solicitud con arreglo al artículo {rule} en la fecha de la carta.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="78"/>
        <source>The requesting State was not found in a letter heading: it is left to fill.</source>
        <translation>No se encontró el Estado solicitante en el encabezamiento de una carta: queda por rellenar.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="81"/>
        <source>Annex {number} was read as a draft resolution because it has the organ line “{organ_line}”.</source>
        <translation>El anexo {number} se interpretó como un proyecto de resolución porque tiene la línea del órgano “{organ_line}”.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="84"/>
        <source>Annex {number} was read as a letter because it is signed.</source>
        <translation>El anexo {number} se interpretó como una carta porque está firmado.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="86"/>
        <source>Annex {number} was read as a memorandum because no other kind fits (it has no organ line and no signature).</source>
        <translation>El anexo {number} se interpretó como un memorando porque no corresponde a ningún otro tipo (no tiene línea del órgano ni firma).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="89"/>
        <source>A table in the draft resolution was kept as a paragraph of its cells.</source>
        <translation>Un cuadro del proyecto de resolución se conservó como un párrafo con el texto de sus celdas.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="91"/>
        <source>Read as an operative paragraph because it starts with “{lead}”.</source>
        <translation>Se interpretó como un párrafo dispositivo porque comienza con “{lead}”.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="93"/>
        <source>A numbered operative paragraph: “{verb}” was taken as its verb (it was not set apart in italics).</source>
        <translation>Párrafo dispositivo numerado: se tomó “{verb}” como su verbo (no estaba destacado en cursiva).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="96"/>
        <source>An unnumbered paragraph after the operative paragraphs was kept as a new line of the one before.</source>
        <translation>Un párrafo sin numerar situado después de los párrafos dispositivos se conservó como una línea nueva del párrafo anterior.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="99"/>
        <source>A preambular paragraph without lead words in italics.</source>
        <translation>Un párrafo del preámbulo sin palabras iniciales en cursiva.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="101"/>
        <source>Draft resolution: “{text}” was kept as a preambular paragraph.</source>
        <translation>Proyecto de resolución: “{text}” se conservó como párrafo del preámbulo.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="103"/>
        <source>“{name}” was read as the mission&apos;s name and the {count} lines under it as its address (the letterhead).</source>
        <translation>“{name}” se interpretó como el nombre de la misión, y las {count} líneas que le siguen, como su dirección (el membrete).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="106"/>
        <source>The salutation “{text}” is the one the letter always has: it was taken out of the text, and is written again on export.</source>
        <translation>El saludo “{text}” es el que lleva siempre la carta: se quitó del texto y se vuelve a escribir al exportar.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="109"/>
        <source>The closing “{text}” is the one the letter always has: it was taken out of the text, and is written again on export.</source>
        <translation>La fórmula de cortesía final “{text}” es la que lleva siempre la carta: se quitó del texto y se vuelve a escribir al exportar.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="112"/>
        <source>Read as a sub-list of the item before it (a new list straight after a list item).</source>
        <translation>Se interpretó como una sublista del elemento anterior (una nueva lista inmediatamente después de un elemento de lista).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="115"/>
        <source>Table row {number} has {cells} cells and the header {width}: the row was evened out.</source>
        <translation>La fila {number} del cuadro tiene {cells} celdas y el encabezado, {width}: se igualó el número de celdas de la fila.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="118"/>
        <source>Read as a heading because it is short and bold.</source>
        <translation>Se interpretó como un encabezamiento porque es breve y está en negrita.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="120"/>
        <source>Read as a heading because it is short and italic.</source>
        <translation>Se interpretó como un encabezamiento porque es breve y está en cursiva.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="122"/>
        <source>Footnote {number} was kept in brackets where its mark stood (a project has no footnotes): “{text}”.</source>
        <translation>La nota a pie de página {number} se conservó entre corchetes donde estaba su llamada (un proyecto no tiene notas a pie de página): “{text}”.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="125"/>
        <source>Endnote {number} was kept in brackets where its mark stood (a project has no endnotes): “{text}”.</source>
        <translation>La nota final {number} se conservó entre corchetes donde estaba su llamada (un proyecto no tiene notas finales): “{text}”.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="145"/>
        <source>Paragraph {number}: {message}</source>
        <translation>Párrafo {number}: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="155"/>
        <source>To fill: {field}</source>
        <translation>Por rellenar: {field}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="157"/>
        <source>To correct: {field}: {message}</source>
        <translation>Por corregir: {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="169"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="172"/>
        <source>{file} was read; {count} values must be corrected (see Findings).</source>
        <translation>Se leyó {file}; hay que corregir {count} valores (véase Observaciones).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="176"/>
        <source>{file} was read as a draft: the fields still to fill are listed below and marked in the preview.</source>
        <translation>Se leyó {file} como borrador: los campos pendientes de rellenar figuran a continuación y están marcados en la vista previa.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="180"/>
        <source>{file} was read; check the guesses below.</source>
        <translation>Se leyó {file}; compruebe a continuación lo que se ha deducido.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="203"/>
        <source>Import Word document</source>
        <translation>Importar documento de Word</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="205"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documentos de Word (*.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="214"/>
        <location filename="../../cica_desktop/ui/word_import.py" line="219"/>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="214"/>
        <source>{file} cannot be imported:
{reason}</source>
        <translation>No se puede importar {file}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="219"/>
        <source>{file} could not be imported because of a fault in cica-desktop ({fault}). Nothing was opened. Please report this with the Word file.</source>
        <translation>No se pudo importar {file} por un fallo de cica-desktop ({fault}). No se abrió nada. Comuníquelo junto con el archivo de Word.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="226"/>
        <source>Imported {file}: save it as a project.</source>
        <translation>Se importó {file}: guárdelo como proyecto.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../cica_desktop/findings.py" line="41"/>
        <source>{day} {month_name} {year}</source>
        <extracomment>How a date is written inside a message: {day}, {month} (a number), {month_name} (in English), {year}; the translation may reorder or leave out any of them.</extracomment>
        <translation>{day}/{month}/{year}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="49"/>
        <source>cannot read the file: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="50"/>
        <source>the file is not UTF-8 text ({reason})</source>
        <translation>el archivo no es texto UTF-8 ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="51"/>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>JSON no válido: {problem} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="53"/>
        <source>a project file must hold one JSON object</source>
        <translation>un archivo de proyecto debe contener un único objeto JSON</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="55"/>
        <source>the file is nested too deeply</source>
        <translation>el archivo tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="56"/>
        <source>duplicate key &apos;{key}&apos; in {object}; keep one of them</source>
        <translation>clave duplicada &apos;{key}&apos; en {object}; conserve solo una</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="58"/>
        <source>duplicate key &apos;{key}&apos; in {object} ({count} times); keep one of them</source>
        <translation>clave duplicada &apos;{key}&apos; en {object} ({count} veces); conserve solo una</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="60"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file; keep one of them</source>
        <translation>clave duplicada &apos;{key}&apos; en el nivel superior del archivo; conserve solo una</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="62"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file ({count} times); keep one of them</source>
        <translation>clave duplicada &apos;{key}&apos; en el nivel superior del archivo ({count} veces); conserve solo una</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="65"/>
        <source>must be a whole number, not {given}</source>
        <translation>debe ser un número entero, no {given}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="67"/>
        <source>{version} is newer than this version of cica-desktop reads ({supported}); update cica-desktop</source>
        <translation>{version} es más reciente que la que lee esta versión de cica-desktop ({supported}); actualice cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="70"/>
        <source>{version} is not a known format version</source>
        <translation>{version} no es una versión de formato conocida</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="72"/>
        <source>is required but missing</source>
        <translation>es obligatorio, pero falta</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="73"/>
        <source>is not a field of this format (misspelt?)</source>
        <translation>no es un campo de este formato (¿error de escritura?)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="74"/>
        <source>unknown kind &apos;{tag}&apos;; expected one of {expected}</source>
        <translation>tipo desconocido &apos;{tag}&apos;; se esperaba uno de los siguientes: {expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="76"/>
        <source>does not say what kind it is ({discriminator} is missing)</source>
        <translation>no indica de qué tipo es (falta {discriminator})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="78"/>
        <source>Input should be a valid string</source>
        <translation>La entrada debe ser una cadena de texto válida</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="79"/>
        <source>Input should be a valid dictionary</source>
        <translation>La entrada debe ser un diccionario válido</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="80"/>
        <source>Input should be a valid list</source>
        <translation>La entrada debe ser una lista válida</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="81"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="82"/>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="83"/>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation>no es una fecha válida (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="84"/>
        <source>must be one of {expected}</source>
        <translation>debe ser uno de los siguientes: {expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="85"/>
        <source>must be {minimum} or more</source>
        <translation>debe ser {minimum} o más</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="86"/>
        <source>must be {maximum} or less</source>
        <translation>debe ser {maximum} o menos</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="87"/>
        <source>is not in the expected form</source>
        <translation>no tiene la forma esperada</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="88"/>
        <source>may be at most {maximum} characters long</source>
        <translation>puede tener como máximo {maximum} caracteres</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="90"/>
        <source>needs at least {minimum} item(s)</source>
        <translation>necesita al menos {minimum} elemento(s)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="91"/>
        <source>may have at most {maximum} item(s)</source>
        <translation>puede tener como máximo {maximum} elemento(s)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="93"/>
        <source>text is {length:,} characters long; the limit is {limit:,}</source>
        <translation>el texto tiene {length:,} caracteres; el límite es {limit:,}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="95"/>
        <source>contains the control or non-character {character} at position {position}; remove it (it cannot be printed)</source>
        <translation>contiene el carácter de control o no carácter {character} en la posición {position}; elimínelo (no se puede imprimir)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="98"/>
        <source>must be a single line (it contains a line break)</source>
        <translation>debe ocupar una sola línea (contiene un salto de línea)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="100"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="101"/>
        <source>each of several representatives must name the State they represent</source>
        <translation>cuando hay varios representantes, cada uno debe indicar el Estado al que representa</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="103"/>
        <source>sub-paragraphs go two levels deep at most ((a), then (i))</source>
        <translation>los subpárrafos tienen como máximo dos niveles (a), luego i))</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="105"/>
        <source>lists nest three levels deep at most</source>
        <translation>las listas tienen como máximo tres niveles de anidamiento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="106"/>
        <source>has {cells} cells; the header has {header}</source>
        <translation>tiene {cells} celdas; el encabezado tiene {header}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="109"/>
        <source>rule 20 asks for an explanatory memorandum with every item proposed for the agenda; the package has none</source>
        <translation>el artículo 20 exige un memorando explicativo para todo tema propuesto para su inclusión en el programa; el expediente no tiene ninguno</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="112"/>
        <source>rule 20 suggests a draft resolution where possible; the package has none</source>
        <translation>el artículo 20 recomienda, de ser posible, un proyecto de resolución; el expediente no tiene ninguno</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="115"/>
        <source>a rule {rule} request dated {date} is for session {expected}; the package names session {session}</source>
        <translation>una solicitud presentada con arreglo al artículo {rule} de fecha {date} corresponde al período de sesiones {expected}; el expediente indica el período de sesiones {session}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="118"/>
        <source>a rule 13 request must come before the provisional agenda of session {session} is issued, 60 days before the session opens on {opening}; the letter is dated {date}, {days} days before: rule {instead} applies</source>
        <translation>una solicitud con arreglo al artículo 13 debe presentarse antes de que se publique el programa provisional del período de sesiones {session}, 60 días antes de su apertura el {opening}; la carta es de fecha {date}, {days} días antes: se aplica el artículo {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="122"/>
        <source>a rule 14 request is made at least 30 days before the session opens; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation>una solicitud con arreglo al artículo 14 se presenta al menos 30 días antes de la apertura del período de sesiones; el período de sesiones {session} se abre el {opening}, {days} días después de la fecha de la carta ({date}): se aplica el artículo {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="126"/>
        <source>a rule 15 request is made less than 30 days before the session opens or during it; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation>una solicitud con arreglo al artículo 15 se presenta menos de 30 días antes de la apertura del período de sesiones o durante este; el período de sesiones {session} se abre el {opening}, {days} días después de la fecha de la carta ({date}): se aplica el artículo {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="130"/>
        <source>session {session} opened on {opening}, before the letter&apos;s date ({date}); during a session an item is requested under rule {instead}</source>
        <translation>el período de sesiones {session} se abrió el {opening}, antes de la fecha de la carta ({date}); durante un período de sesiones, los temas se solicitan con arreglo al artículo {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="133"/>
        <source>session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}); until its provisional agenda is issued, 60 days before the opening, an item is requested for it under rule {instead}</source>
        <translation>el período de sesiones {session} se abre el {opening}, {days} días después de la fecha de la carta ({date}); hasta que se publique su programa provisional, 60 días antes de la apertura, los temas se solicitan con arreglo al artículo {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="137"/>
        <source>the next provisional agenda to be issued after {date} is that of session {expected}; the package names session {session}</source>
        <translation>el próximo programa provisional que se publique después del {date} es el del período de sesiones {expected}; el expediente indica el período de sesiones {session}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="140"/>
        <source>several signatories sign in the alphabetical order of their countries: {order}</source>
        <translation>cuando firman varios firmantes, lo hacen en el orden alfabético de sus países: {order}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="143"/>
        <source>{state} is not among the requesting States</source>
        <translation>{state} no figura entre los Estados solicitantes</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="145"/>
        <source>the standalone draft resolution has no symbol: its masthead and running heads print none (the UN assigns it, e.g. A/C.6/80/L.2)</source>
        <translation>el proyecto de resolución independiente no tiene signatura: su encabezamiento y sus titulillos no la muestran (la asignan las Naciones Unidas, p. ej., A/C.6/80/L.2)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="148"/>
        <source>UN documents write this State “{expected}”, not “{state}”</source>
        <translation>los documentos de las Naciones Unidas escriben este Estado «{expected}», no «{state}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="150"/>
        <source>the document is issued on {issued}, before the letter&apos;s date, {date}</source>
        <translation>el documento se publica el {issued}, antes de la fecha de la carta ({date})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="152"/>
        <source>this annexed letter is dated {date}, after the cover letter of {cover}</source>
        <translation>esta carta anexa es de fecha {date}, posterior a la carta de presentación del {cover}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="154"/>
        <source>an operative paragraph opens with a verb in the present tense, in italics (Decides, Requests); this one has none</source>
        <translation>un párrafo dispositivo comienza con un verbo en presente, en cursiva (Decide, Solicita); este no tiene ninguno</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="157"/>
        <source>“{verb}” is the form of a preambular paragraph; an operative paragraph opens with a verb in the present tense (Notes, not Noting)</source>
        <translation>“{verb}” es la forma de un párrafo del preámbulo; un párrafo dispositivo comienza con un verbo en presente (Observa, no Observando)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="160"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: here “{expected}”, not “{found}”</source>
        <translation>un párrafo dispositivo termina en punto y coma, y el último en punto: aquí “{expected}”, no “{found}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="163"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: “{expected}” is missing here</source>
        <translation>un párrafo dispositivo termina en punto y coma, y el último en punto: aquí falta “{expected}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="166"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: here “{expected}”, not “{found}”</source>
        <translation>un subpárrafo termina en punto y coma, y el último como termine su párrafo: aquí “{expected}”, no “{found}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="169"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: “{expected}” is missing here</source>
        <translation>un subpárrafo termina en punto y coma, y el último como termine su párrafo: aquí falta “{expected}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="172"/>
        <source>this text introduces sub-paragraphs, so it ends with “{expected}”, not as a paragraph does</source>
        <translation>este texto introduce subpárrafos, por lo que termina en “{expected}”, no como un párrafo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="175"/>
        <source>a preambular paragraph usually opens with a participle or adjective phrase in italics (Recalling, Noting, Convinced)</source>
        <translation>un párrafo del preámbulo suele comenzar con un gerundio o un adjetivo en cursiva (Recordando, Observando, Convencida)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="178"/>
        <source>“{lead}” reads as an operative verb; a preambular paragraph opens with a participle or adjective phrase (Noting, not Notes)</source>
        <translation>“{lead}” parece un verbo dispositivo; un párrafo del preámbulo comienza con un gerundio o un adjetivo (Observando, no Observa)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="181"/>
        <source>a preambular paragraph ends with a comma: here “{expected}”, not “{found}”</source>
        <translation>un párrafo del preámbulo termina en coma: aquí “{expected}”, no “{found}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="184"/>
        <source>a preambular paragraph ends with a comma: “{expected}” is missing here</source>
        <translation>un párrafo del preámbulo termina en coma: aquí falta “{expected}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="187"/>
        <source>the item&apos;s title is quoted as “{quoted}”; it is “{title}”</source>
        <translation>el título del tema se cita como “{quoted}”; es “{title}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="189"/>
        <source>the resolution is entitled “{resolution}”, the item “{title}”; a draft resolution takes the item&apos;s title</source>
        <translation>la resolución se titula “{resolution}” y el tema “{title}”; un proyecto de resolución lleva el título del tema</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="192"/>
        <source>the running heads&apos; title “{running}” is close to the item&apos;s title but not it: “{title}”</source>
        <translation>el título de los encabezados de página, “{running}”, se parece al título del tema, pero no coincide: “{title}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="195"/>
        <source>the running heads&apos; title “{running}” has little of the item&apos;s title (“{title}”) in it; is it from another request?</source>
        <translation>el título de los encabezados de página, “{running}”, apenas contiene el título del tema (“{title}”); ¿procede de otra solicitud?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="198"/>
        <source>“{found}” is spelt “{name}” in the item&apos;s title</source>
        <translation>“{found}” se escribe “{name}” en el título del tema</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="200"/>
        <source>the resolution invites “{invited}”; the item&apos;s title names “{name}”</source>
        <translation>la resolución invita a “{invited}”; el título del tema menciona “{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="202"/>
        <source>the letter cites rule {cited}; the request is made under rule {rule}</source>
        <translation>la carta cita el artículo {cited}; la solicitud se presenta con arreglo al artículo {rule}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="204"/>
        <source>the letter asks for the {named} session (session {number}); the package names session {session}</source>
        <translation>la carta solicita el {named} período de sesiones (período de sesiones {number}); el expediente indica el período de sesiones {session}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="207"/>
        <source>the letter mentions annex {annex}; the package has {count} annex(es)</source>
        <translation>la carta menciona el anexo {annex}; el expediente tiene {count} anexo(s)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="209"/>
        <source>the letter mentions annex {annex} after annex {before}; annexes are numbered in the order the letter first mentions them</source>
        <translation>la carta menciona el anexo {annex} después del anexo {before}; los anexos se numeran en el orden en que la carta los menciona por primera vez</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="212"/>
        <source>the letter calls annex {annex} the explanatory memorandum, but annex {annex} is not the memorandum</source>
        <translation>la carta llama memorando explicativo al anexo {annex}, pero el anexo {annex} no es el memorando</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="215"/>
        <source>the letter calls annex {annex} the draft resolution, but annex {annex} is not the draft resolution</source>
        <translation>la carta llama proyecto de resolución al anexo {annex}, pero el anexo {annex} no es el proyecto de resolución</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="219"/>
        <source>two spaces in a row print as a gap; one is enough (a tab aligns)</source>
        <translation>dos espacios seguidos se imprimen como un hueco; basta con uno (para alinear, use un tabulador)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="221"/>
        <source>straight quotation marks (&quot;); this language uses {marks}</source>
        <translation>comillas rectas (&quot;); este idioma utiliza {marks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="223"/>
        <source>a straight apostrophe (&apos;); the printed one is ’</source>
        <translation>apóstrofo recto (&apos;); el impreso es ’</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="225"/>
        <source>quotation marks {found} are not this language&apos;s; it uses {marks}</source>
        <translation>las comillas {found} no son las de este idioma; utiliza {marks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="227"/>
        <source>English words in Chinese text: {words}</source>
        <translation>palabras en inglés en un texto en chino: {words}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="230"/>
        <source>templates/lang/{language}.toml has no [{section}] {key}; the English wording is used instead</source>
        <translation>templates/lang/{language}.toml no tiene [{section}] {key}; se utiliza en su lugar la redacción en inglés</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="234"/>
        <source>“{word}” is not in the dictionary; did you mean: {suggestions}?</source>
        <translation>“{word}” no figura en el diccionario; ¿quiso decir: {suggestions}?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="236"/>
        <source>“{word}” is not in the dictionary</source>
        <translation>“{word}” no figura en el diccionario</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="238"/>
        <source>no {language} dictionary is installed, so {language} text is not spell-checked (looked in {folders})</source>
        <translation>no hay ningún diccionario instalado para {language}, por lo que no se revisa la ortografía del texto en ese idioma (se buscó en {folders})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="241"/>
        <source>{language} text is not spell-checked</source>
        <translation>no se revisa la ortografía del texto en {language}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="204"/>
        <source>the preview&apos;s data cannot go to its render process: {error}</source>
        <extracomment>The client that warm-up renders are submitted as (windows count from 1). Blocks rendered after the edited one in the first pass, when the last render does not say where the next pages begin. The first pass is worth it for a package this long. The processes by lane: &quot;whole&quot; renders whole packages, &quot;first&quot; the first passes of edits in long ones, so a first pass never waits behind a whole render (which cannot be stopped once started) and the two run side by side. Requests waiting, by the client that sent them (only its newest is kept).</extracomment>
        <translation>los datos de la vista previa no pueden llegar al proceso que la prepara: {error}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="493"/>
        <source>the preview&apos;s render process stopped</source>
        <translation>el proceso que prepara la vista previa se detuvo</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="468"/>
        <source>the title in the page headers takes three lines or more (the UN&apos;s take at most two): give a shorter one as the short title for page headers</source>
        <extracomment>PDF, anchor pages, warnings for the reader, and where each source (model path of a paragraph, &quot;letter.blocks[2]&quot;) starts: (page index, points below the page&apos;s top). The same for the first pass of an edit: the package up to the edited block. The data has errors that are not gaps to fill: there is no draft to show. How the window names a model path in a notice: the label of the form that shows the field (ui/preview_pane.py gives it); without it, the path itself. Whether the newest data&apos;s whole render has been shown (its first pass is then no longer wanted). The data of the newest render asked for. Where each source started in the last whole render, and its pages. None: the UN circulation layout; else the mission&apos;s own letter. Names a model path (&quot;running_title&quot;) the way the window&apos;s forms label its field. The render&apos;s notices whose words do not vary, as the render writes them (after the model path that starts a notice about one field): the window shows them translated. tests/test_gui_dates.py checks they are still the render&apos;s words.</extracomment>
        <translation>el título de los encabezados de página ocupa tres líneas o más (los de las Naciones Unidas ocupan dos como máximo): indique un título abreviado más corto para los encabezados de página</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="471"/>
        <source>this PDF contains right-to-left text (Arabic or Hebrew) inside a left-to-right document, which is not laid out right to left: check it before sending</source>
        <translation>este PDF contiene texto de derecha a izquierda (árabe o hebreo) dentro de un documento de izquierda a derecha, en el que no se compone de derecha a izquierda: revíselo antes de enviarlo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="487"/>
        <source>{field}: {notice}</source>
        <extracomment>A model path at the start of a notice: &quot;running_title&quot;, &quot;letter.blocks[2].text&quot;. A notice about one field: {field} is its label in the form, {notice} the notice.</extracomment>
        <translation>{field}: {notice}</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="56"/>
        <source>Observer status for an organization</source>
        <extracomment>The context the window translates these strings in. A short name (&quot;Observer status for an organization&quot;). What the request is for and what the new project holds, in a sentence or two. Whether the request asks for a sub-item under an existing item. Whether the package has a draft resolution unless the user says otherwise, and whether the user may leave it out. Whether the standard wording names an organization.</extracomment>
        <translation>Condición de observador para una organización</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="57"/>
        <source>An intergovernmental organization asks to take part in the sessions and the work of the General Assembly as an observer. The draft resolution is the standard two-paragraph text; the memorandum presents the organization.</source>
        <translation>Una organización intergubernamental solicita participar en los períodos de sesiones y en los trabajos de la Asamblea General en calidad de observadora. El proyecto de resolución es el texto habitual de dos párrafos; el memorando presenta a la organización.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="64"/>
        <source>Cooperation with an organization</source>
        <translation>Cooperación con una organización</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="65"/>
        <source>A sub-item on cooperation between the United Nations and a regional or other organization, under the item “Cooperation between the United Nations and regional and other organizations”. The draft resolution asks for a report and puts the sub-item on a later agenda.</source>
        <translation>Un subtema sobre la cooperación entre las Naciones Unidas y una organización regional o de otro tipo, en relación con el tema “Cooperación entre las Naciones Unidas y las organizaciones regionales o de otro tipo”. El proyecto de resolución solicita un informe e incluye el subtema en el programa de un período de sesiones posterior.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="72"/>
        <source>An international day, year or decade</source>
        <translation>Un día, año o decenio internacional</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="73"/>
        <source>The General Assembly is asked to proclaim an international day, year or decade. The draft resolution holds the usual paragraphs on its observance and its cost; you write what is proclaimed and why.</source>
        <translation>Se pide a la Asamblea General que proclame un día, año o decenio internacional. El proyecto de resolución contiene los párrafos habituales sobre su celebración y su costo; usted redacta lo que se proclama y por qué.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="78"/>
        <source>A new substantive item</source>
        <translation>Un nuevo tema sustantivo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="79"/>
        <source>A new item on a question the General Assembly should consider. Rule 20 asks for an explanatory memorandum; a draft resolution is added only if you want one.</source>
        <translation>Un nuevo tema sobre una cuestión que la Asamblea General debería examinar. El artículo 20 exige un memorando explicativo; solo se añade un proyecto de resolución si usted lo desea.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="85"/>
        <source>A sub-item under an existing item</source>
        <translation>Un subtema de un tema existente</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="86"/>
        <source>A sub-item to be considered under an item already on the agenda: give the existing item’s title. A draft resolution is included; you may leave it out.</source>
        <translation>Un subtema que se examinará en relación con un tema que ya figura en el programa: indique el título del tema existente. Se incluye un proyecto de resolución, que puede suprimir.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="96"/>
        <source>Rule 13: item in the provisional agenda</source>
        <extracomment>The rules of procedure a request invokes (13, 14, 15), and rule 20, which every request meets: (short name, description).</extracomment>
        <translation>Artículo 13: tema del programa provisional</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="97"/>
        <source>An item for the provisional agenda of the next regular session, proposed before the provisional agenda is issued (at least 60 days before the session opens).</source>
        <translation>Un tema para el programa provisional del siguiente período ordinario de sesiones, propuesto antes de que se publique el programa provisional (al menos 60 días antes de la apertura del período de sesiones).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="101"/>
        <source>Rule 14: supplementary item</source>
        <translation>Artículo 14: tema suplementario</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="102"/>
        <source>A supplementary item, requested at least 30 days before the session opens.</source>
        <translation>Un tema suplementario, solicitado al menos 30 días antes de la apertura del período de sesiones.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="105"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>Artículo 15: tema adicional (importante y urgente)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="106"/>
        <source>An additional item of an important and urgent character, requested less than 30 days before the session opens or during the session.</source>
        <translation>Un tema adicional de carácter importante y urgente, solicitado menos de 30 días antes de la apertura del período de sesiones o durante este.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="109"/>
        <source>Rule 20: explanatory memorandum</source>
        <translation>Artículo 20: memorando explicativo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="110"/>
        <source>Every item proposed for inclusion in the agenda is accompanied by an explanatory memorandum and, if possible, by basic documents or a draft resolution.</source>
        <translation>Todo tema propuesto para su inclusión en el programa irá acompañado de un memorando explicativo y, de ser posible, de documentos básicos o de un proyecto de resolución.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="119"/>
        <source>The organization: when and by whom it was founded, its members and its purposes.</source>
        <extracomment>Guidance for the paragraphs a new request leaves blank, by the name its skeleton gives (`hint` in templates/kinds, and the memorandum skeletons below). Never printed.</extracomment>
        <translation>La organización: cuándo y quién la fundó, sus miembros y sus propósitos.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="122"/>
        <source>What the organization does, and where its work meets the work of the United Nations.</source>
        <translation>Lo que hace la organización y en qué aspectos su labor coincide con la de las Naciones Unidas.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="125"/>
        <source>Its cooperation with the United Nations so far (agreements, joint activities, earlier resolutions).</source>
        <translation>Su cooperación con las Naciones Unidas hasta la fecha (acuerdos, actividades conjuntas, resoluciones anteriores).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="128"/>
        <source>Why observer status in the General Assembly would serve that cooperation.</source>
        <translation>Por qué la condición de observador en la Asamblea General favorecería esa cooperación.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="131"/>
        <source>Why a sub-item on this cooperation should be on the agenda, and what the resolution would achieve.</source>
        <translation>Por qué debería incluirse en el programa un subtema sobre esta cooperación y qué lograría la resolución.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="134"/>
        <source>The subject of the day, year or decade, and why it deserves international attention.</source>
        <translation>El tema del día, año o decenio y por qué merece la atención internacional.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="137"/>
        <source>Why this date (or year, or decade), and who has observed it so far.</source>
        <translation>Por qué esta fecha (o año, o decenio) y quién la ha celebrado hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="139"/>
        <source>Support so far (States, organizations, earlier decisions), and that the observance will be met from voluntary contributions.</source>
        <translation>El apoyo recibido hasta ahora (Estados, organizaciones, decisiones anteriores) y que la celebración se sufragará con contribuciones voluntarias.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="142"/>
        <source>A heading, if the memorandum has headings (e.g. Background); delete this block if it has none.</source>
        <translation>Un encabezamiento, si el memorando tiene encabezamientos (p. ej., Antecedentes); elimine este bloque si no los tiene.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="145"/>
        <source>The background of the question: the facts and earlier decisions.</source>
        <translation>Los antecedentes de la cuestión: los hechos y las decisiones anteriores.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="147"/>
        <source>Why the General Assembly should consider it now (for rule 15: why it is important and urgent).</source>
        <translation>Por qué la Asamblea General debería examinarla ahora (para el artículo 15: por qué es importante y urgente).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="150"/>
        <source>What the General Assembly is asked to do.</source>
        <translation>Lo que se pide a la Asamblea General.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="152"/>
        <source>How the sub-item relates to the existing item, and why it should be considered under it.</source>
        <translation>Qué relación tiene el subtema con el tema existente y por qué debería examinarse en relación con él.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="155"/>
        <source>The resolution that granted the organization observer status, and earlier resolutions on this cooperation (number and date).</source>
        <translation>La resolución por la que se otorgó a la organización la condición de observador y las resoluciones anteriores sobre esta cooperación (número y fecha).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="158"/>
        <source>What the organization contributes, in the Assembly&apos;s words.</source>
        <translation>Lo que aporta la organización, en palabras de la Asamblea.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="160"/>
        <source>The resolutions or instruments the proclamation builds on.</source>
        <translation>Las resoluciones o instrumentos en los que se basa la proclamación.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="162"/>
        <source>Why the subject matters.</source>
        <translation>Por qué es importante el tema.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="164"/>
        <source>to proclaim [the date] as [the name of the day], to be observed annually;</source>
        <translation>proclamar [la fecha] [nombre del día], que se celebrará anualmente;</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="167"/>
        <source>The decisions and instruments the resolution builds on (or delete this paragraph).</source>
        <translation>Las decisiones e instrumentos en los que se basa la resolución (o elimine este párrafo).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="170"/>
        <source>What the General Assembly decides: an operative verb (Decides, Requests, Calls upon…) and its text.</source>
        <translation>Lo que decide la Asamblea General: un verbo dispositivo (Decide, Solicita, Exhorta…) y su texto.</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../../cica_desktop/verification.py" line="59"/>
        <source>entire file</source>
        <translation>todo el archivo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="60"/>
        <source>entire revision</source>
        <translation>toda la revisión</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="61"/>
        <source>part of its revision</source>
        <translation>parte de su revisión</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="62"/>
        <source>unclear</source>
        <translation>no está claro</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="72"/>
        <source>no changes</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="73"/>
        <source>form filling and signing</source>
        <translation>rellenado de formularios y firma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="74"/>
        <source>form filling, signing and annotations</source>
        <translation>rellenado de formularios, firma y anotaciones</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="109"/>
        <location filename="../../cica_desktop/verification.py" line="160"/>
        <source>INVALID</source>
        <translation>NO VÁLIDO</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="110"/>
        <location filename="../../cica_desktop/verification.py" line="161"/>
        <location filename="../../cica_desktop/verification.py" line="212"/>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="111"/>
        <source>valid, but the signer is not trusted here</source>
        <translation>válido, pero el firmante no es de confianza aquí</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="158"/>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="162"/>
        <source>valid, but a signer is not trusted here</source>
        <translation>válido, pero un firmante no es de confianza aquí</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="180"/>
        <source>not trusted: the certificate does not chain to a trusted certificate</source>
        <translation>no es de confianza: el certificado no se encadena con ningún certificado de confianza</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="183"/>
        <source>covers: {coverage} (revision {revision} of {total})</source>
        <translation>abarca: {coverage} (revisión {revision} de {total})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="188"/>
        <source>certifies the document, permitting {what}</source>
        <translation>certifica el documento; cambios permitidos: {what}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="193"/>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="194"/>
        <source>NOT ALLOWED</source>
        <translation>NO PERMITIDO</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="196"/>
        <source>later change: {what} ({state})</source>
        <translation>cambio posterior: {what} ({state})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="200"/>
        <source>verdict: {verdict}</source>
        <translation>resultado: {verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="203"/>
        <source>{file}: {verdict}</source>
        <translation>{file}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="204"/>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="211"/>
        <source>intact</source>
        <translation>íntegro</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="213"/>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="216"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="219"/>
        <source>time-stamped {time}</source>
        <translation>sello de tiempo: {time}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="222"/>
        <source>(not proven: untrusted authority or damaged time stamp)</source>
        <translation>(no demostrado: autoridad que no es de confianza o sello de tiempo dañado)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="224"/>
        <source>signature {number} ({field}): {signer}; signed {time}{stamp}; {checks}</source>
        <translation>firma {number} ({field}): {signer}; fecha de firma: {time}{stamp}; {checks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="228"/>
        <source>no checks passed</source>
        <translation>no se superó ninguna comprobación</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="234"/>
        <source>January</source>
        <extracomment>The months&apos; names in a date (the English ones, as `cica-desktop verify` prints them; each language gives the form its dates use: &quot;octobre&quot;, &quot;октября&quot;, &quot;10月&quot;).</extracomment>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="235"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="236"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="237"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="238"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="239"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="240"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="241"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="242"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="243"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="244"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="245"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="254"/>
        <source>{day:02} {month_name} {year} {time} {zone}</source>
        <extracomment>{time} is 14:05 or 14:05:09, {zone} the time zone&apos;s name (UTC) or empty.</extracomment>
        <translation>{day} de {month_name} de {year} {time} {zone}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="262"/>
        <source>problem: {problem}</source>
        <translation>problema: {problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="288"/>
        <source>changed after signing: {count} bytes were appended after the last revision (revision {revision})</source>
        <translation>modificado después de la firma: se añadieron {count} bytes después de la última revisión (revisión {revision})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="312"/>
        <source>the signature cannot be read ({reason})</source>
        <translation>no se puede leer la firma ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="330"/>
        <source>changed after signing: the signed bytes no longer match the signature</source>
        <translation>modificado después de la firma: los bytes firmados ya no coinciden con la firma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="334"/>
        <source>the signature value does not verify against the signer&apos;s certificate</source>
        <translation>el valor de la firma no se verifica con el certificado del firmante</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="340"/>
        <source>the signature covers only part of the file (coverage: {coverage}); the rest can be anything</source>
        <translation>la firma abarca solo una parte del archivo (cobertura: {coverage}); el resto puede ser cualquier cosa</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="345"/>
        <location filename="../../cica_desktop/verification.py" line="351"/>
        <source>changed after signing: {change}</source>
        <translation>modificado después de la firma: {change}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="354"/>
        <source>the signature breaks its field&apos;s constraints ({reason})</source>
        <translation>la firma incumple las restricciones de su campo ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="359"/>
        <source>its time stamp is damaged: the signing time is not proven</source>
        <translation>su sello de tiempo está dañado: la hora de la firma no está demostrada</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="402"/>
        <source>later revisions go beyond what the signature permits ({level})</source>
        <translation>las revisiones posteriores van más allá de lo que permite la firma ({level})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="405"/>
        <source>objects were changed in a later revision ({detail})</source>
        <translation>se modificaron objetos en una revisión posterior ({detail})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="418"/>
        <source>the signature&apos;s byte range cannot be read</source>
        <translation>no se puede leer el intervalo de bytes de la firma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="421"/>
        <source>the signature&apos;s byte range does not start at the beginning of the file</source>
        <translation>el intervalo de bytes de la firma no empieza al principio del archivo</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="426"/>
        <source>the signature&apos;s byte range leaves out more than the signature value</source>
        <translation>el intervalo de bytes de la firma excluye algo más que el valor de la firma</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="432"/>
        <source>the signature value is not a hexadecimal string</source>
        <translation>el valor de la firma no es una cadena hexadecimal</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="436"/>
        <source>the signature value is not a DER-encoded signature</source>
        <translation>el valor de la firma no es una firma codificada en DER</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="440"/>
        <source>changed after signing: the signature&apos;s placeholder holds data after the signature value that nobody signed</source>
        <translation>modificado después de la firma: el marcador de posición de la firma contiene, tras el valor de la firma, datos que nadie firmó</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="75"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="76"/>
        <source>signature maintenance</source>
        <translation>mantenimiento de firmas</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="77"/>
        <source>further signatures</source>
        <translation>firmas adicionales</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="78"/>
        <source>form filling</source>
        <translation>rellenado de formularios</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="79"/>
        <source>annotations</source>
        <translation>anotaciones</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="80"/>
        <source>other changes</source>
        <translation>otros cambios</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="95"/>
        <source>{what} in revision {revision}</source>
        <translation>{what} en la revisión {revision}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="138"/>
        <source>a revision that cannot be read ({reason})</source>
        <translation>una revisión que no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="178"/>
        <source>the document catalog was replaced</source>
        <translation>se sustituyó el catálogo del documento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="192"/>
        <source>validation data (certificates, revocation) were added</source>
        <translation>se añadieron datos de validación (certificados, revocación)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="205"/>
        <source>the document information (/Info) was replaced</source>
        <translation>se sustituyó la información del documento (/Info)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="213"/>
        <source>the document information ({names}) was changed</source>
        <translation>se modificó la información del documento ({names})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="243"/>
        <source>the form (and its signature fields) was removed</source>
        <translation>se eliminó el formulario (y sus campos de firma)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="255"/>
        <source>form field &apos;{name}&apos; was added</source>
        <translation>se añadió el campo de formulario &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="258"/>
        <source>form field &apos;{name}&apos; was filled in</source>
        <translation>se rellenó el campo de formulario &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="261"/>
        <source>form field &apos;{name}&apos; was removed</source>
        <translation>se eliminó el campo de formulario &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="267"/>
        <source>the form&apos;s {key} entry was changed</source>
        <translation>se modificó la entrada {key} del formulario</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="273"/>
        <source>signature field &apos;{name}&apos; was signed</source>
        <translation>se firmó el campo de firma &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="276"/>
        <source>an empty signature field &apos;{name}&apos; was added</source>
        <translation>se añadió un campo de firma vacío &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="279"/>
        <source>the signature in field &apos;{name}&apos; was replaced</source>
        <translation>se sustituyó la firma del campo &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="281"/>
        <source>signature field &apos;{name}&apos; was updated</source>
        <translation>se actualizó el campo de firma &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="288"/>
        <source>the number of pages changed from {old} to {new}</source>
        <translation>el número de páginas pasó de {old} a {new}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="301"/>
        <source>content was drawn over page {page}</source>
        <translation>se dibujó contenido sobre la página {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="304"/>
        <source>page content of page {page} was replaced</source>
        <translation>se sustituyó el contenido de la página {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="308"/>
        <source>the fonts or images of page {page} were changed</source>
        <translation>se modificaron las fuentes o imágenes de la página {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="314"/>
        <source>the {key} of page {page} was changed</source>
        <translation>se modificó la entrada {key} de la página {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="350"/>
        <source>a {subtype} annotation was added to page {page}</source>
        <translation>se añadió una anotación {subtype} a la página {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="354"/>
        <source>a {subtype} annotation was changed on page {page}</source>
        <translation>se modificó una anotación {subtype} en la página {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="358"/>
        <source>an annotation was removed from page {page}</source>
        <translation>se eliminó una anotación de la página {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="611"/>
        <source>the document catalog entry {key} was added</source>
        <translation>se añadió la entrada {key} al catálogo del documento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="614"/>
        <source>the document catalog entry {key} was removed</source>
        <translation>se eliminó la entrada {key} del catálogo del documento</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="616"/>
        <source>the document catalog entry {key} was changed</source>
        <translation>se modificó la entrada {key} del catálogo del documento</translation>
    </message>
</context>
</TS>
