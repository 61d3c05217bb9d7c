<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="31"/>
        <source>an untitled request</source>
        <translation>безымянной просьбе</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="33"/>
        <source>Recover unsaved work</source>
        <translation>Восстановление несохраненной работы</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="34"/>
        <source>cica-desktop did not close normally. Unsaved changes to {name} from {time} were kept. Restore them?</source>
        <translation>Программа cica-desktop была закрыта некорректно. Несохраненные изменения в {name} от {time} остались в резервной копии. Восстановить их?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="44"/>
        <source>Damaged recovery file</source>
        <translation>Поврежденный файл восстановления</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="45"/>
        <source>A recovery file from {time} cannot be restored: {problem}.
{file}

Delete it? Choose No to keep it; it will be offered again at the next start.</source>
        <translation>Файл восстановления от {time} не удается восстановить: {problem}.
{file}

Удалить его? Нажмите «Нет», чтобы сохранить файл: он будет предложен снова при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="132"/>
        <source>Cannot open</source>
        <translation>Не удается открыть</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="133"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>Не удается открыть {file}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="65"/>
        <source>New request</source>
        <extracomment>The names of the document languages, translated when shown.</extracomment>
        <translation>Новая просьба</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="75"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="148"/>
        <source>Kind of request</source>
        <translation>Вид просьбы</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="122"/>
        <source>e.g. Kazakhstan</source>
        <translation>например, Казахстана</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="125"/>
        <source>Add State</source>
        <translation>Добавить государство</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="135"/>
        <source>Requesting States</source>
        <translation>Запрашивающие государства</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="137"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="155"/>
        <source>with its article: the Example Forum</source>
        <translation>например, Форум «Пример»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="160"/>
        <source>With a draft resolution (annex II)</source>
        <translation>С проектом резолюции (приложение II)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="164"/>
        <source>US Letter (New York)</source>
        <translation>US Letter (Нью-Йорк)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="165"/>
        <source>A4 (Geneva, missions)</source>
        <translation>A4 (Женева, представительства)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="169"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="161"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="170"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="212"/>
        <source>Date of the letter</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="171"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="168"/>
        <source>Requesting State(s)</source>
        <translation>Запрашивающее государство (государства)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="172"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="173"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>Item title</source>
        <translation>Название пункта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="174"/>
        <source>Existing item</source>
        <translation>Существующий пункт</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="176"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="180"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="169"/>
        <source>Requesting State</source>
        <translation>Запрашивающее государство</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="182"/>
        <source>What you leave blank stays blank: the findings list it until you fill it in. Nothing is made up.</source>
        <translation>Незаполненные поля остаются пустыми: они будут указаны в замечаниях, пока вы их не заполните. Программа ничего не придумывает сама.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="228"/>
        <source>The standard item when left blank</source>
        <extracomment>The session follows the rule and the letter&apos;s date until the user sets it.</extracomment>
        <translation>Стандартный пункт, если поле не заполнено</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="229"/>
        <source>The title of the existing item</source>
        <translation>Название существующего пункта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="233"/>
        <source>Made from the organization when left blank</source>
        <translation>Составляется по названию организации, если поле не заполнено</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="234"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>As it will appear on the agenda</source>
        <translation>Так, как он будет указан в повестке дня</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="269"/>
        <source>One signature block per State: a joint letter (“We have the honour…”).</source>
        <translation>Отдельный блок подписи для каждого государства: совместное письмо («Имеем честь…»).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="271"/>
        <source>One signatory (“I have the honour…”); add States for a joint letter.</source>
        <translation>Одно лицо подписывает письмо («Имею честь…»); добавьте государства для совместного письма.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="397"/>
        <source>Set</source>
        <extracomment>Prose: a straight quote typed becomes the language&apos;s mark (_type_quote). Prose: a straight quote typed becomes the language&apos;s mark (_type_quote).</extracomment>
        <translation>Задать</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="399"/>
        <source>Set {label}</source>
        <translation>Задать: {label}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="472"/>
        <source>(not valid: {value})</source>
        <translation>(недопустимое значение: {value})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="488"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="548"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="49"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="554"/>
        <source>Choose an image</source>
        <translation>Выбор изображения</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="555"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="674"/>
        <source>Add row</source>
        <extracomment>The cells are prose: unknown words underlined, as in the line fields.</extracomment>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="675"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="676"/>
        <source>Add column</source>
        <translation>Добавить столбец</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="677"/>
        <source>Remove column</source>
        <translation>Удалить столбец</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="696"/>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="63"/>
        <source>Drag to move</source>
        <extracomment>A drag is under way (its nested event loop runs): no row is released meanwhile, since the handle being dragged must live until the drop.</extracomment>
        <translation>Перетащите, чтобы переместить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="415"/>
        <source>Insert above</source>
        <extracomment>Attributes that hold a model path, renumbered with their row (an editor&apos;s path, the signatory a title line completes for). A list up to this long builds every row; a longer one is lazy: only its rows in or near the visible part of the form are widgets (``ListEditor.fill``). A lazy list builds its first rows at once, as far as this height (pixels) or time goes. The tallest a list may be. Qt&apos;s layouts cap every size at 524,287 pixels (QLAYOUTSIZE_MAX); 1,500 signatories are taller. Past this height the gaps are shrunk in proportion (the scroll bar is then approximate over rows not built; built rows keep their height). An object of a row that carries the row&apos;s path: the object, whether its objectName is a path under the row&apos;s, its attributes that hold a path, and what to call once it has its new path. Built on demand (the cursor goes there): kept until it has been in view. The height of a row never built: the average of the rows built (once laid out).</extracomment>
        <translation>Вставить выше</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="416"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="417"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="418"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="474"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="476"/>
        <source>Add content</source>
        <translation>Добавить содержание</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add at the end</source>
        <translation>Добавить в конец</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="724"/>
        <source>Use my profile for this signatory</source>
        <translation>Использовать мой профиль для этого подписанта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="725"/>
        <source>Fill in the name and titles from your signer profile (Settings ▸ Signing…)</source>
        <translation>Заполнить имя и должности из вашего профиля подписанта (Настройки ▸ Подпись…)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="736"/>
        <source>No signer profile</source>
        <translation>Нет профиля подписанта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="737"/>
        <source>Your signer profile has no name yet. Enter it in Settings ▸ Signing…, then use it here.</source>
        <translation>В вашем профиле подписанта еще не указано имя. Укажите его в разделе «Настройки ▸ Подпись…», а затем используйте здесь.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="61"/>
        <source>Same as the document</source>
        <translation>Как в документе</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="111"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="279"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="310"/>
        <source>Heading</source>
        <extracomment>The model of list items / the optional sub-object. A new item&apos;s raw data. None stands for &quot;not given&quot; (an empty line, an unset date or number). What one item of a list is called, in the singular (&quot;Signatory&quot; of &quot;Signatories&quot;), for naming it in findings (&quot;Signatory 2 › Name&quot;); the field&apos;s label when empty. Fields shown elsewhere (navigator nodes) or fixed (tags, the format version). A signatory: the form offers &quot;Use my profile for this signatory&quot;, which fills in the name and titles of the signer profile (Settings ▸ Signing…) when the user asks. The content blocks of a letter, the memorandum or an enclosure, with what &quot;Add&quot; creates for each.</extracomment>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="112"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="311"/>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="113"/>
        <source>Numbered paragraph</source>
        <translation>Нумерованный пункт</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="114"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="115"/>
        <source>Place and date</source>
        <translation>Место и дата</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="117"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="329"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="149"/>
        <source>Not said</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="150"/>
        <source>Observer status for an organization</source>
        <translation>Предоставление организации статуса наблюдателя</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="151"/>
        <source>Cooperation with an organization</source>
        <translation>Сотрудничество с организацией</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="152"/>
        <source>An international day, year or decade</source>
        <translation>Международный день, год или десятилетие</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="153"/>
        <source>A new substantive item</source>
        <translation>Новый пункт по существу</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="154"/>
        <source>A sub-item under an existing item</source>
        <translation>Подпункт в рамках существующего пункта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="155"/>
        <source>Existing item (for a sub-item)</source>
        <translation>Существующий пункт (для подпункта)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="156"/>
        <source>The title of the item the sub-item is requested under</source>
        <translation>Название пункта, в рамках которого испрашивается подпункт</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="157"/>
        <source>Rule of procedure</source>
        <translation>Правило процедуры</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="158"/>
        <source>Rule 13: item in the provisional agenda</source>
        <translation>Правило 13: пункт предварительной повестки дня</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="159"/>
        <source>Rule 14: supplementary item</source>
        <translation>Правило 14: дополнительный пункт</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="160"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>Правило 15: дополнительный пункт (важный и срочный)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="162"/>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="163"/>
        <source>Once the item is on the agenda</source>
        <translation>После включения пункта в повестку дня</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="164"/>
        <source>Print the request’s heading under the session line</source>
        <translation>Печатать заголовок просьбы под строкой сессии</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="166"/>
        <source>Print the item title under the request’s heading</source>
        <translation>Печатать название пункта под заголовком просьбы</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="170"/>
        <source>Mission</source>
        <translation>Представительство</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="171"/>
        <source>Mission letterhead (the letter as the mission sends it)</source>
        <translation>Бланк представительства (письмо в том виде, в каком его направляет представительство)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="173"/>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="174"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="295"/>
        <source>Original language</source>
        <translation>Язык оригинала</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>Document symbol</source>
        <translation>Условное обозначение документа</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>e.g. A/62/232, once issued</source>
        <translation>например, A/62/232, после выпуска</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>Distribution</source>
        <translation>Распространение</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="177"/>
        <source>Limited</source>
        <translation>Ограниченное</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="178"/>
        <source>Issue date</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>Job number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>e.g. 07-53140</source>
        <translation>например, 07-53140</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="180"/>
        <source>Short title for page headers</source>
        <translation>Краткое название для колонтитулов</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="181"/>
        <source>Print the UN documents QR code on page 1</source>
        <translation>Печатать на стр. 1 QR-код документов ООН</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="188"/>
        <source>Mission name (if not the mission above)</source>
        <translation>Название представительства (если не то, что указано выше)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="189"/>
        <source>Address lines</source>
        <translation>Строки адреса</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="190"/>
        <source>Address line</source>
        <translation>Строка адреса</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>Place of signature</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>e.g. New York</source>
        <translation>например, Нью-Йорк</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="192"/>
        <source>Emblem image (PNG or JPEG)</source>
        <translation>Изображение герба (PNG или JPEG)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="193"/>
        <source>A file path, relative to the project file; empty for none</source>
        <translation>Путь к файлу относительно файла проекта; пусто, если нет</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="198"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="199"/>
        <source>Titles (in printed order)</source>
        <translation>Должности (в порядке печати)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="294"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="304"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="201"/>
        <source>State represented</source>
        <translation>Представляемое государство</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="200"/>
        <source>Title line</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="202"/>
        <source>Form of the titles</source>
        <translation>Грамматический род должностей</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Masculine</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Feminine</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="204"/>
        <source>Print the (Signed) mark</source>
        <translation>Печатать отметку «(Подпись)»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="205"/>
        <source>Scanned signature (PNG or JPEG)</source>
        <translation>Отсканированная подпись (PNG или JPEG)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="206"/>
        <source>Printed over the name on the letter as the mission sends it</source>
        <translation>Печатается над именем в письме в том виде, в каком его направляет представительство</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="213"/>
        <source>Reference number</source>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="214"/>
        <source>The mission&apos;s “No. …”, printed on the letter as the mission sends it</source>
        <translation>«№ …» представительства, печатается в письме в том виде, в каком его направляет представительство</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="215"/>
        <source>Sent by</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="216"/>
        <source>The Permanent Representative</source>
        <translation>Постоянный представитель</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="217"/>
        <source>The Chargé d&apos;affaires a.i.</source>
        <translation>Временный поверенный в делах</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="218"/>
        <source>Several representatives</source>
        <translation>Несколько представителей</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="219"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="220"/>
        <source>The Secretary-General</source>
        <translation>Генеральный секретарь</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="221"/>
        <source>The President of the General Assembly</source>
        <translation>Председатель Генеральной Ассамблеи</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="222"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="233"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="284"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="296"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="305"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="223"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="285"/>
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="224"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="286"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="229"/>
        <source>Title (if not “Explanatory memorandum”)</source>
        <translation>Название (если не «Пояснительная записка»)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="230"/>
        <source>Print the title under the annex number</source>
        <translation>Печатать название под номером приложения</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="231"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="261"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="282"/>
        <source>Original language of this annex</source>
        <translation>Язык оригинала этого приложения</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="238"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="243"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="246"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="323"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="239"/>
        <source>Sub-paragraphs (i), (ii)…</source>
        <translation>Подпункты i), ii)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="240"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="248"/>
        <source>Sub-paragraph</source>
        <translation>Подпункт</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="242"/>
        <source>Lead words (italic)</source>
        <translation>Вводные слова (курсивом)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="245"/>
        <source>Operative verb (italic)</source>
        <translation>Глагол постановляющей части (курсивом)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="247"/>
        <source>Sub-paragraphs (a), (b)…</source>
        <translation>Подпункты a), b)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="252"/>
        <source>Title (if not the item title)</source>
        <translation>Название (если не название пункта)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="253"/>
        <source>Preambular paragraphs</source>
        <translation>Пункты преамбулы</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="254"/>
        <source>Preambular paragraph</source>
        <translation>Пункт преамбулы</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="255"/>
        <source>Operative paragraphs</source>
        <translation>Пункты постановляющей части</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>Operative paragraph</source>
        <translation>Пункт постановляющей части</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="258"/>
        <source>Annex heading (if not “Draft resolution”)</source>
        <translation>Заголовок приложения (если не «Проект резолюции»)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="259"/>
        <source>Print the annex heading under the annex number</source>
        <translation>Печатать заголовок приложения под номером приложения</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="260"/>
        <source>Organ line (if not “The General Assembly,”)</source>
        <translation>Строка органа (если не «Генеральная Ассамблея,»)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="263"/>
        <source>Sponsors (standalone draft)</source>
        <translation>Авторы (отдельный проект)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="264"/>
        <source>Sponsor</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="265"/>
        <source>Main Committee (standalone draft)</source>
        <translation>Главный комитет (отдельный проект)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="266"/>
        <source>Symbol of the standalone draft</source>
        <translation>Условное обозначение отдельного проекта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="267"/>
        <source>Issue date of the standalone draft</source>
        <translation>Дата выпуска отдельного проекта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="268"/>
        <source>Job number of the standalone draft</source>
        <translation>Номер заказа отдельного проекта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="269"/>
        <source>e.g. 25-16079</source>
        <translation>например, 25-16079</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="270"/>
        <source>Agenda item of the standalone draft (if not the request’s)</source>
        <translation>Пункт повестки дня отдельного проекта (если не тот, что в просьбе)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="272"/>
        <source>Agenda item’s own title (if not the item title)</source>
        <translation>Собственное название пункта повестки дня (если не название пункта)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="280"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="328"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="281"/>
        <source>Print the date above the heading</source>
        <translation>Печатать дату над заголовком</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="287"/>
        <source>Has an enclosure</source>
        <translation>Есть добавление</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="297"/>
        <source>Has its own annex</source>
        <translation>Есть собственное приложение</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>1 (main heading)</source>
        <translation>1 (основной заголовок)</translation>
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
        <translation>Нумерованный</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="314"/>
        <source>Numbering</source>
        <translation>Нумерация</translation>
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
        <translation>- маркеры</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="318"/>
        <source>Start at</source>
        <translation>Начать с</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="319"/>
        <source>Items</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="320"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="324"/>
        <source>Has a sub-list</source>
        <translation>Есть вложенный список</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="327"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="67"/>
        <source>Annex {n}</source>
        <extracomment>Reads the project&apos;s value at a path (None where there is none). Block kinds whose one text field is the block itself: &quot;Content 3 › Paragraph&quot;, not &quot;Content 3 › Paragraph › Paragraph&quot;. Any form&apos;s label of a field name: only for paths no form reaches (an unknown key).</extracomment>
        <translation>Приложение {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="74"/>
        <source>Annexes</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="76"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="30"/>
        <source>Cover letter</source>
        <translation>Сопроводительное письмо</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="32"/>
        <source>Enclosure</source>
        <translation>Добавление</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <source>Its annex</source>
        <translation>Его приложение</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="84"/>
        <source>Row {n}</source>
        <translation>Строка {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="88"/>
        <source>Column {n}</source>
        <translation>Столбец {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="91"/>
        <source>Column {n} heading</source>
        <translation>Заголовок столбца {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="116"/>
        <source>The whole project</source>
        <translation>Весь проект</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="21"/>
        <source>Explanatory memorandum</source>
        <translation>Пояснительная записка</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="22"/>
        <source>Draft resolution</source>
        <translation>Проект резолюции</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="23"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="28"/>
        <source>Package settings</source>
        <translation>Параметры комплекта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="34"/>
        <source>Enclosure&apos;s annex</source>
        <translation>Приложение к добавлению</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="37"/>
        <source>Annex {number}: {kind}</source>
        <translation>Приложение {number}: {kind}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="71"/>
        <source>Parts of the package</source>
        <translation>Части комплекта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="91"/>
        <source>Preview of the package</source>
        <extracomment>A new rendering is shown. The reader chose the other layout: &quot;un&quot; or &quot;mission&quot;. Where each paragraph starts, by its model path: (page index, points from the top). The brief mark on the line the preview has just followed the form to.</extracomment>
        <translation>Предварительный просмотр комплекта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="92"/>
        <source>Layout shown in the preview</source>
        <translation>Макет в предварительном просмотре</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="93"/>
        <source>As the UN circulates it</source>
        <translation>Как распространяет ООН</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="94"/>
        <source>As the mission sends it (signed)</source>
        <translation>Как направляет представительство (с подписью)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="95"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="95"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="96"/>
        <source>Fit to width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="191"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="53"/>
        <source>Update the standard paragraphs?</source>
        <extracomment>The field whose change offers the new wording.</extracomment>
        <translation>Обновить стандартные абзацы?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="56"/>
        <source>The letter is now sent by several representatives. Write these paragraphs for several senders (“we”, “our Governments”)?</source>
        <translation>Теперь письмо направляют несколько представителей. Изложить эти абзацы от имени нескольких отправителей («мы», «наши правительства»)?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="58"/>
        <source>The letter is now sent by one representative. Write these paragraphs for one sender (“I”, “my Government”)?</source>
        <translation>Теперь письмо направляет один представитель. Изложить эти абзацы от имени одного отправителя («я», «мое правительство»)?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="66"/>
        <source>Paragraph {number}</source>
        <translation>Абзац {number}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="67"/>
        <source>edited by you: only the words for the senders change</source>
        <translation>изменен вами: меняются только слова, относящиеся к отправителям</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="75"/>
        <source>Update paragraphs</source>
        <translation>Обновить абзацы</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="78"/>
        <source>Keep them as they are</source>
        <translation>Оставить как есть</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="39"/>
        <source>give an http:// or https:// address</source>
        <translation>укажите адрес, начинающийся с http:// или https://</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="40"/>
        <source>the address names no server</source>
        <translation>в адресе не указан сервер</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="41"/>
        <source>the address has an invalid port</source>
        <translation>в адресе указан недопустимый порт</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="70"/>
        <source>Signing</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="76"/>
        <source>As printed under the letter: the block with this name is the one signed</source>
        <translation>Как напечатано под письмом: подписывается блок подписи с этим именем</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="78"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Signer&apos;s name</source>
        <translation>Имя подписанта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="81"/>
        <source>One title per line, e.g. Permanent Representative</source>
        <translation>По одной должности в строке, например Постоянный представитель</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="83"/>
        <source>Used only when you ask: “Use my profile for this signatory” on a signatory fills in this name and titles</source>
        <translation>Используется только по вашему запросу: команда «Использовать мой профиль для этого подписанта» у подписанта вставляет это имя и должности</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="85"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Titles</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="89"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="140"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="170"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="196"/>
        <source>Scanned signature</source>
        <translation>Отсканированная подпись</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="99"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="141"/>
        <source>Key and certificate</source>
        <translation>Ключ и сертификат</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Файлы PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="103"/>
        <source>e.g. http://timestamp.example.org (empty: none)</source>
        <translation>например, http://timestamp.example.org (пусто: не использовать)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="104"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="142"/>
        <source>Time-stamp server</source>
        <translation>Сервер меток времени</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="108"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="110"/>
        <source>How long the time-stamp server may take in all, from connecting to its last byte; then signing stops with an error.</source>
        <translation>Сколько всего времени может занять работа сервера меток времени, от подключения до последнего байта; затем подписание прекращается с ошибкой.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="113"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="143"/>
        <source>Time-stamp deadline</source>
        <translation>Тайм-аут сервера меток времени</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="114"/>
        <source>Make signed letters PDF/A-2b (for archiving)</source>
        <translation>Создавать подписанные письма в формате PDF/A-2b (для архивного хранения)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="134"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="144"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="181"/>
        <source>Trusted certificates</source>
        <translation>Доверенные сертификаты</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="182"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="200"/>
        <source>Key and certificate: {file} does not exist</source>
        <translation>Ключ и сертификат: файл {file} не существует</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="204"/>
        <source>Time-stamp server: {problem}</source>
        <translation>Сервер меток времени: {problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="209"/>
        <source>Trusted certificates: {file} does not exist</source>
        <translation>Доверенные сертификаты: файл {file} не существует</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="204"/>
        <source>No suggestions</source>
        <extracomment>The project&apos;s language, asked each time (it may change while the form is open).</extracomment>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="205"/>
        <source>Add “{word}” to dictionary</source>
        <translation>Добавить «{word}» в словарь</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="211"/>
        <source>Spelling: loading the {language} dictionary…</source>
        <translation>Орфография: загрузка словаря (язык: {language})…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="216"/>
        <source>{language} text is not spell-checked</source>
        <translation>Текст на языке «{language}» не проверяется на орфографию</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="234"/>
        <source>No {language} dictionary is installed: {language} text is not spell-checked</source>
        <translation>Словарь для языка «{language}» не установлен: текст на этом языке не проверяется на орфографию</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="57"/>
        <source>The user guide is missing: {file}</source>
        <translation>Руководство пользователя отсутствует: {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="91"/>
        <source>User guide — cica-desktop</source>
        <translation>Руководство пользователя — cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="92"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="108"/>
        <source>Prepares a request to put an item on the agenda of the United Nations General Assembly: the letter and its annexes, in the UN layout, as DOCX and PDF, signed.</source>
        <translation>Подготовка просьбы о включении пункта в повестку дня Генеральной Ассамблеи Организации Объединенных Наций: письмо и приложения к нему в формате ООН, в виде файлов DOCX и PDF, с подписью.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="111"/>
        <source>Each PDF embeds the fonts it uses (subsets); the licences above allow that. DOCX files name the fonts UN offices have and embed none.</source>
        <translation>В каждый PDF-файл встраиваются используемые в нем шрифты (подмножества); это допускается указанными выше лицензиями. В файлах DOCX указываются шрифты, имеющиеся в подразделениях ООН, и шрифты не встраиваются.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Family</source>
        <translation>Гарнитура</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="116"/>
        <source>none installed</source>
        <translation>не установлен</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="118"/>
        <source>Versions and licences</source>
        <translation>Версии и лицензии</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="119"/>
        <source>Fonts the documents embed on this computer</source>
        <translation>Шрифты, встраиваемые в документы на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="136"/>
        <source>About cica-desktop</source>
        <translation>О программе cica-desktop</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="53"/>
        <source>Compare with an earlier version</source>
        <translation>Сравнение с прежней версией</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="59"/>
        <source>The project being edited is the new version. Every difference from the earlier version becomes a tracked change (Word&apos;s Review pane lists each one), or is drawn in colour in a PDF.</source>
        <translation>Редактируемый проект считается новой версией. Каждое отличие от прежней версии становится исправлением (в Word все они перечислены в области проверки) или выделяется цветом в PDF-файле.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="65"/>
        <source>The earlier version&apos;s project file (.json)</source>
        <translation>Файл проекта прежней версии (.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="68"/>
        <source>Word document with tracked changes (.docx)</source>
        <translation>Документ Word с исправлениями (.docx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="69"/>
        <source>PDF showing the changes (.pdf)</source>
        <translation>PDF с выделенными изменениями (.pdf)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="74"/>
        <source>The name Word shows for each change</source>
        <translation>Имя, которое Word показывает для каждого исправления</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="81"/>
        <source>Earlier version:</source>
        <translation>Прежняя версия:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="83"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="84"/>
        <source>Write to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="85"/>
        <source>Changes by:</source>
        <translation>Автор исправлений:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="87"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="110"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="132"/>
        <source>Earlier version</source>
        <translation>Прежняя версия</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="133"/>
        <source>Projects (*.json)</source>
        <translation>Проекты (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="139"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="140"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="141"/>
        <source>Write the changes to</source>
        <translation>Сохранение изменений</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="152"/>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="160"/>
        <source>This file already exists. Do you want to replace it?</source>
        <translation>Этот файл уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="172"/>
        <source>Nothing was written: {file} was kept.</source>
        <translation>Ничего не записано: файл {file} оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="181"/>
        <source>Nothing was written. {reason}</source>
        <translation>Ничего не записано. {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="191"/>
        <source>Changed: {changed}, inserted: {inserted}, deleted: {deleted}, moved: {moved}, renumbered or restyled: {reformatted}.</source>
        <translation>Изменено: {changed}, вставлено: {inserted}, удалено: {deleted}, перемещено: {moved}, перенумеровано или переоформлено: {reformatted}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="196"/>
        <source>The two versions do not differ.</source>
        <translation>Версии не различаются.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="197"/>
        <source>Written to {path}. {changes}</source>
        <translation>Записано в файл {path}. {changes}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="207"/>
        <source>{target} already exists; it was kept.</source>
        <translation>{target} уже существует; файл сохранен без изменений.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="209"/>
        <source>The project has errors: correct them (see the findings) before comparing.</source>
        <translation>В проекте есть ошибки: исправьте их (см. замечания) перед сравнением.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="213"/>
        <source>{file} is not a valid project: {details}</source>
        <translation>{file} не является допустимым проектом: {details}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="216"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Не удается прочитать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="218"/>
        <source>The earlier version is in another language ({old}; this one: {new}): compare two versions in one language.</source>
        <translation>Прежняя версия составлена на другом языке ({old}; эта версия: {new}): сравнивайте две версии на одном языке.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="222"/>
        <source>Could not compare ({reason}); nothing was written.</source>
        <translation>Не удалось выполнить сравнение ({reason}); ничего не записано.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="45"/>
        <source>Export</source>
        <extracomment>The jobs running (their signals are deleted when they end). The busy bar, for the window&apos;s status bar. The message of the last export written with warnings, while it is open.</extracomment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="60"/>
        <location filename="../../cica_desktop/ui/exports.py" line="78"/>
        <source>Cannot export yet</source>
        <translation>Экспорт пока невозможен</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="61"/>
        <source>Some values are wrong rather than missing; fix the ones listed under Findings first ({count} left).</source>
        <translation>Некоторые значения не просто отсутствуют, а указаны неверно; сначала исправьте те, что перечислены в замечаниях (осталось: {count}).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="65"/>
        <location filename="../../cica_desktop/ui/exports.py" line="92"/>
        <source>Cannot export</source>
        <translation>Экспорт невозможен</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="66"/>
        <location filename="../../cica_desktop/ui/exports.py" line="93"/>
        <source>The package has no draft resolution.</source>
        <translation>В комплекте нет проекта резолюции.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="79"/>
        <source>Fix the problems listed under Findings first ({count} left). A draft, with the fields still to fill marked, can be exported at any time: Export ▸ Draft PDF or Draft DOCX.</source>
        <translation>Сначала устраните проблемы, указанные в замечаниях (осталось: {count}). Черновик с отмеченными незаполненными полями можно экспортировать в любое время: Экспорт ▸ Черновик PDF или Черновик DOCX.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="128"/>
        <source>Exporting {file}…</source>
        <translation>Экспорт {file}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="139"/>
        <source>Exported {file}</source>
        <translation>Экспортирован файл {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="147"/>
        <source>Exported with warnings</source>
        <translation>Экспорт выполнен с предупреждениями</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="148"/>
        <source>{file} was written. Check these before sending it:</source>
        <translation>Файл {file} записан. Перед отправкой проверьте следующее:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="167"/>
        <location filename="../../cica_desktop/ui/exports.py" line="168"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="169"/>
        <source>{file} was not written: {reason}
Any previous file of that name is unchanged.</source>
        <translation>Файл {file} не записан: {reason}
Прежний файл с этим именем, если он был, не изменен.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="93"/>
        <source>Find and replace</source>
        <extracomment>Shows *match* to the user: selects its part, puts the cursor in its field and returns the field&apos;s editor (None when it has none). The occurrence shown last; &quot;Find next&quot; goes on from there.</extracomment>
        <translation>Поиск и замена</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="94"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="95"/>
        <source>Replace &amp;with:</source>
        <translation>&amp;Заменить на:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="96"/>
        <source>Whole words only</source>
        <translation>Только слова целиком</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="97"/>
        <source>Match case</source>
        <translation>С учетом регистра</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="98"/>
        <source>Find &amp;next</source>
        <translation>Найти &amp;следующее</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="99"/>
        <source>Find &amp;previous</source>
        <translation>Найти &amp;предыдущее</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="100"/>
        <source>&amp;Replace</source>
        <translation>За&amp;менить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="101"/>
        <source>Replace &amp;all</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="136"/>
        <location filename="../../cica_desktop/ui/find_replace.py" line="166"/>
        <source>Not found.</source>
        <translation>Не найдено.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="141"/>
        <source>{n} of {count}</source>
        <translation>{n} из {count}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="159"/>
        <source>Replaced; no more occurrences.</source>
        <translation>Заменено; других вхождений нет.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="164"/>
        <source>Replaced {count} occurrence(s) in one step (Undo takes them back).</source>
        <translation>Заменено вхождений: {count}, одним действием (команда «Отменить» отменяет замену).</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="64"/>
        <source>Findings</source>
        <extracomment>A finding was clicked or activated: the model path of its field. &quot;Apply fix&quot; was chosen for a finding (the window applies it as one undo step). Applies the selected finding&apos;s fix. The list of findings (the window&apos;s ``findings``).</extracomment>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="65"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (click one to go to the field)</source>
        <translation>&lt;b&gt;Замечания&lt;/b&gt; (щелкните замечание, чтобы перейти к полю)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="66"/>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="112"/>
        <source>Apply fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="68"/>
        <source>Change the field as the selected finding suggests (Edit ▸ Undo takes it back)</source>
        <translation>Изменить поле так, как предлагает выбранное замечание (Правка ▸ Отменить отменяет изменение)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="81"/>
        <source>Fix: {fix}</source>
        <translation>Исправление: {fix}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="87"/>
        <source>No problems found.</source>
        <translation>Проблем не обнаружено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="110"/>
        <source>&amp;New request…</source>
        <extracomment>The objectName (tests and scripts find the action by it). The source text, translated in CONTEXT (a language&apos;s name is shown as it is). The platform&apos;s standard key, if there is one for what it does. Its keys (&quot;Ctrl+Shift+M&quot;), where Qt has no standard key, or the platform none for it. For a check mark: whether it is checked when the menus are built. Actions, submenus, and None for a separator. The objectName of a menu the window refers to. Fills the menu each time it opens (the recent files).</extracomment>
        <translation>&amp;Новая просьба…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="112"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="114"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="116"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="118"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="120"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="125"/>
        <source>Letter PDF…</source>
        <extracomment>The exports in the UN layout, also on the toolbar.</extracomment>
        <translation>Письмо, PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="127"/>
        <source>Draft resolution DOCX…</source>
        <translation>Проект резолюции, DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="129"/>
        <source>Full package PDF…</source>
        <translation>Весь комплект, PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="131"/>
        <source>Full package DOCX…</source>
        <translation>Весь комплект, DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="139"/>
        <source>New from an earlier request…</source>
        <translation>Создать на основе прежней просьбы…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="141"/>
        <source>New from sample</source>
        <translation>Создать из образца</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="142"/>
        <source>A/62/232 (Chinese)</source>
        <translation>A/62/232 (китайский)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="144"/>
        <source>A/62/232 (English)</source>
        <translation>A/62/232 (английский)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние файлы</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="150"/>
        <source>&amp;Import Word document…</source>
        <translation>&amp;Импорт документа Word…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="152"/>
        <source>Compare &amp;with earlier version…</source>
        <translation>Сравнить с &amp;прежней версией…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="163"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="165"/>
        <source>Find and &amp;replace…</source>
        <translation>Найти и &amp;заменить…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="167"/>
        <source>Fix &amp;quotes</source>
        <translation>Исправить &amp;кавычки</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="170"/>
        <source>&amp;Package</source>
        <translation>&amp;Комплект</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="171"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="271"/>
        <source>Add annex</source>
        <extracomment>What the state line above the preview says about the project (draft, problems). The errors of the data last sent to the preview (a draft&apos;s gaps). While typing, the findings are listed in a worker thread. The status bar message saying autosave failed, while it fails; else &quot;&quot;. The menus, toolbar and actions (ui/actions.py), rebuilt when the language changes. The share of the screen&apos;s free area (without task bars) a first window takes. The width a first window gives the form, when the screen has room for it: its labels and fields side by side, none cut off (at 150 % scaling on a 1366 × 768 screen the screen is 910 points wide). The splitter is shared out once the window has its size (showEvent). The list of findings (objectName &quot;findings&quot;).</extracomment>
        <translation>Добавить приложение</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="172"/>
        <source>Explanatory memorandum</source>
        <translation>Пояснительная записка</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="174"/>
        <source>Draft resolution</source>
        <translation>Проект резолюции</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="176"/>
        <source>Letter (with or without an enclosure)</source>
        <translation>Письмо (с добавлением или без него)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="180"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="276"/>
        <source>Remove annex</source>
        <translation>Удалить приложение</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="183"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="187"/>
        <source>As the mission sends it, unsigned PDF…</source>
        <translation>Как направляет представительство, PDF без подписи…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="190"/>
        <source>As the mission sends it, DOCX…</source>
        <translation>Как направляет представительство, DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="194"/>
        <source>Draft PDF, fields still to fill marked…</source>
        <translation>Черновик PDF с отметкой незаполненных полей…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="197"/>
        <source>Draft DOCX, fields still to fill marked…</source>
        <translation>Черновик DOCX с отметкой незаполненных полей…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="200"/>
        <source>Signed letter PDF…</source>
        <translation>Подписанное письмо, PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="202"/>
        <source>Verify signed PDF…</source>
        <translation>Проверить подписанный PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="205"/>
        <source>Submission…</source>
        <translation>Материалы для Секретариата…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="208"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="209"/>
        <source>Signing…</source>
        <translation>Подпись…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="211"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="216"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="217"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="220"/>
        <source>&amp;About cica-desktop</source>
        <translation>&amp;О программе cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="225"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="273"/>
        <source>Add an annex: an explanatory memorandum, a draft resolution or a letter</source>
        <translation>Добавить приложение: пояснительную записку, проект резолюции или письмо</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="274"/>
        <source>Move annex up</source>
        <translation>Переместить приложение вверх</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="275"/>
        <source>Move annex down</source>
        <translation>Переместить приложение вниз</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="405"/>
        <source>The project has problems; see Findings.</source>
        <extracomment>Milliseconds of quiet after a change before the preview and the findings catch up.</extracomment>
        <translation>В проекте есть проблемы; см. замечания.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="326"/>
        <source>Autosaved {time}</source>
        <translation>Автосохранение: {time}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="333"/>
        <source>Autosave failed: {reason}. Trying again every {seconds:g} s; save your work to keep it safe.</source>
        <translation>Ошибка автосохранения: {reason}. Повторная попытка каждые {seconds:g} с; сохраните работу, чтобы не потерять ее.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="336"/>
        <source>⚠ Autosave failed</source>
        <translation>⚠ Ошибка автосохранения</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="352"/>
        <source>Untitled request</source>
        <translation>Безымянная просьба</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="355"/>
        <source>autosave failed</source>
        <translation>ошибка автосохранения</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="416"/>
        <source>The preview shows the last version without problems; {count} to fix (see Findings).</source>
        <translation>В предварительном просмотре показана последняя версия без проблем; требуется исправить: {count} (см. замечания).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="419"/>
        <source>Draft: {count} field(s) to fill in, shown in brackets (see Findings). The final documents can be exported once they are filled in.</source>
        <translation>Черновик: не заполнено полей: {count}; они показаны в квадратных скобках (см. замечания). Окончательные документы можно будет экспортировать после их заполнения.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="443"/>
        <source>Quotes fixed in {count} field(s) (Undo takes them back).</source>
        <translation>Исправлены кавычки; число полей: {count} (команда «Отменить» отменяет исправление).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="444"/>
        <source>No straight quotes to fix.</source>
        <translation>Нет прямых кавычек для исправления.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="514"/>
        <source>Laying out the pages after this one…</source>
        <translation>Верстка следующих страниц…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="525"/>
        <source>The preview could not be drawn: {message}</source>
        <translation>Не удалось построить предварительный просмотр: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="563"/>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="564"/>
        <source>Save the changes to {name} before closing it?</source>
        <translation>Сохранить изменения в {name} перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="566"/>
        <source>the untitled request</source>
        <translation>безымянной просьбе</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="595"/>
        <source>New from an earlier request</source>
        <translation>Создать на основе прежней просьбы</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="596"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="628"/>
        <source>Request projects (*.json);;All files (*)</source>
        <translation>Проекты просьб (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="603"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="638"/>
        <source>Cannot open</source>
        <translation>Не удается открыть</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="604"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="639"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>Не удается открыть {file}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="612"/>
        <source>A new request from {file}: check the session and the dates, and sign it again.</source>
        <translation>Новая просьба на основе {file}: проверьте сессию и даты и подпишите ее заново.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="627"/>
        <source>Open request</source>
        <translation>Открыть просьбу</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="654"/>
        <source>Save request as</source>
        <translation>Сохранить просьбу как</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="655"/>
        <source>Request projects (*.json)</source>
        <translation>Проекты просьб (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="668"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="669"/>
        <source>{file} could not be saved: {reason}
The previous file is unchanged.</source>
        <translation>Не удалось сохранить {file}: {reason}
Прежний файл не изменен.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="673"/>
        <source>Saved {file}</source>
        <translation>Сохранен файл {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="687"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>SignFlow</name>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="44"/>
        <source>Signing key and certificate</source>
        <translation>Ключ и сертификат для подписи</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="45"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Файлы PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="51"/>
        <source>Sign the letter</source>
        <translation>Подписание письма</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="52"/>
        <source>Password of {file} (used for this signature only):</source>
        <translation>Пароль для {file} (используется только для этой подписи):</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="57"/>
        <source>Export signed letter</source>
        <translation>Экспорт подписанного письма</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="64"/>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="72"/>
        <source>Verify signed PDF</source>
        <translation>Проверка подписанного PDF</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="76"/>
        <source>{file} cannot be checked: {reason}</source>
        <translation>Не удается проверить {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="81"/>
        <source>{file} has no signature.</source>
        <translation>В {file} нет подписи.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="85"/>
        <source>{file}: valid. The signatures hold and nothing was changed after signing beyond what they permit.</source>
        <translation>{file}: действителен. Подписи действительны, и после подписания в файл не вносилось изменений сверх разрешенных ими.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="88"/>
        <source>{file}: valid, but a signer is not in your trusted certificates (Settings ▸ Signing…).</source>
        <translation>{file}: действителен, но одного из подписантов нет среди ваших доверенных сертификатов (Настройки ▸ Подпись…).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="91"/>
        <source>{file}: NOT VALID. It was changed after signing, or a signature does not hold. Do not rely on what it shows.</source>
        <translation>{file}: НЕДЕЙСТВИТЕЛЕН. Файл был изменен после подписания, или одна из подписей неверна. Не полагайтесь на его содержимое.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="54"/>
        <source>Submission for the Secretariat</source>
        <translation>Материалы для представления в Секретариат</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="58"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="60"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="62"/>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="65"/>
        <source>addresses, separated by commas</source>
        <translation>адреса через запятую</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="63"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="66"/>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="68"/>
        <source>Signing key (.p12):</source>
        <translation>Ключ для подписи (.p12):</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="71"/>
        <source>Password (for this signature only):</source>
        <translation>Пароль (только для этой подписи):</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="79"/>
        <source>Sign and write</source>
        <translation>Подписать и сохранить</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="99"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="106"/>
        <source>Folder</source>
        <translation>Выбор папки</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="112"/>
        <source>Signing key and certificate</source>
        <translation>Ключ и сертификат для подписи</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="114"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Файлы PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="126"/>
        <source>Choose a folder.</source>
        <translation>Выберите папку.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="128"/>
        <source>Choose the signing key (.p12 or .pfx).</source>
        <translation>Выберите ключ для подписи (.p12 или .pfx).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="132"/>
        <source>{address} is not an e-mail address.</source>
        <translation>«{address}» не является адресом электронной почты.</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="160"/>
        <source>Cannot export yet</source>
        <translation>Экспорт пока невозможен</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="161"/>
        <source>Fix the problems listed under Findings first ({count} left).</source>
        <translation>Сначала устраните проблемы, указанные в замечаниях (осталось: {count}).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="182"/>
        <source>Replace the submission?</source>
        <translation>Заменить материалы?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="183"/>
        <source>{folder} already holds files of this submission:
{files}

Replace them? Other files in the folder are left alone.</source>
        <translation>В папке {folder} уже есть файлы этих материалов:
{files}

Заменить их? Другие файлы в папке не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="206"/>
        <source>Preparing the submission in {folder}…</source>
        <translation>Подготовка материалов для Секретариата в папке {folder}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="222"/>
        <source>Submission written: {count} files in {folder}</source>
        <translation>Материалы для Секретариата записаны в папку {folder} (файлов: {count})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="230"/>
        <source>Submission written</source>
        <translation>Материалы для Секретариата записаны</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="238"/>
        <source>The folder written holds these files:</source>
        <translation>В записанной папке находятся следующие файлы:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="248"/>
        <source>Open the e-mail</source>
        <translation>Открыть электронное сообщение</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="253"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="261"/>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="262"/>
        <source>Submission failed</source>
        <translation>Не удалось подготовить материалы для Секретариата</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="263"/>
        <source>Nothing was written in {folder}: {reason}</source>
        <translation>В папку {folder} ничего не записано: {reason}</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="43"/>
        <source>The language was recognised by the script of the text: {language}.</source>
        <translation>Язык определен по письменности текста: {language}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="45"/>
        <source>The headings were read as {language} headings.</source>
        <translation>Заголовки распознаны как заголовки на языке «{language}».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="47"/>
        <source>No heading in any of the six languages was recognised: the document was read as English.</source>
        <translation>Заголовки ни на одном из шести языков не распознаны: документ обработан как документ на английском языке.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="50"/>
        <source>No heading “Letter dated … from …” was found: the text before the first annex was read as the cover letter.</source>
        <translation>Заголовок «Письмо … от …» не найден: текст до первого приложения распознан как сопроводительное письмо.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="53"/>
        <source>Kept in the cover letter: it is not a heading the UN prints before the letter.</source>
        <translation>Оставлено в сопроводительном письме: это не тот заголовок, который ООН печатает перед письмом.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="56"/>
        <source>Each signatory was given a State in the order of the letter&apos;s heading (the signature blocks do not name their States): check them.</source>
        <translation>Государства присвоены подписантам в том порядке, в каком они указаны в заголовке письма (в блоках подписи государства не указаны): проверьте их.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="59"/>
        <source>No signature block was found: the signatory is left to fill.</source>
        <translation>Блок подписи не найден: данные подписанта необходимо заполнить.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="61"/>
        <source>The last {count} short lines of the letter were read as its signature block, with “{name}” as the name.</source>
        <translation>Последние короткие строки письма (строк: {count}) распознаны как блок подписи с именем «{name}».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="64"/>
        <source>“{text}” was taken as annex {number}, its place in the order.</source>
        <translation>«{text}» принято за приложение {number} по порядку следования.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="66"/>
        <source>Rule {rule} was read from the letter&apos;s text.</source>
        <translation>Правило {rule} определено по тексту письма.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="68"/>
        <source>The item title was read from the quotation in the letter.</source>
        <translation>Название пункта взято из приведенной в письме цитаты.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="70"/>
        <source>The item title was not found: it is left to fill.</source>
        <translation>Название пункта не найдено: его необходимо заполнить.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="72"/>
        <source>The letter&apos;s date was not found: today&apos;s date was put in its place; check it.</source>
        <translation>Дата письма не найдена: вместо нее подставлена сегодняшняя дата; проверьте ее.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="75"/>
        <source>The session was not found: session {session} was taken, the one that rule {rule} is for on the letter&apos;s date.</source>
        <translation>Сессия не найдена: принята {session}-я сессия, к которой на дату письма относится просьба по правилу {rule}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="78"/>
        <source>The requesting State was not found in a letter heading: it is left to fill.</source>
        <translation>Запрашивающее государство в заголовке письма не найдено: его необходимо заполнить.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="81"/>
        <source>Annex {number} was read as a draft resolution because it has the organ line “{organ_line}”.</source>
        <translation>Приложение {number} распознано как проект резолюции, поскольку в нем есть строка органа «{organ_line}».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="84"/>
        <source>Annex {number} was read as a letter because it is signed.</source>
        <translation>Приложение {number} распознано как письмо, поскольку оно подписано.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="86"/>
        <source>Annex {number} was read as a memorandum because no other kind fits (it has no organ line and no signature).</source>
        <translation>Приложение {number} распознано как пояснительная записка, поскольку другие виды не подходят (в нем нет ни строки органа, ни подписи).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="89"/>
        <source>A table in the draft resolution was kept as a paragraph of its cells.</source>
        <translation>Таблица в проекте резолюции сохранена как абзац, составленный из текста ее ячеек.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="91"/>
        <source>Read as an operative paragraph because it starts with “{lead}”.</source>
        <translation>Распознано как пункт постановляющей части, поскольку начинается с «{lead}».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="93"/>
        <source>A numbered operative paragraph: “{verb}” was taken as its verb (it was not set apart in italics).</source>
        <translation>Нумерованный пункт постановляющей части: глаголом пункта считается «{verb}» (глагол не был выделен курсивом).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="96"/>
        <source>An unnumbered paragraph after the operative paragraphs was kept as a new line of the one before.</source>
        <translation>Ненумерованный абзац после пунктов постановляющей части сохранен как новая строка предыдущего пункта.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="99"/>
        <source>A preambular paragraph without lead words in italics.</source>
        <translation>Пункт преамбулы без вводных слов, выделенных курсивом.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="101"/>
        <source>Draft resolution: “{text}” was kept as a preambular paragraph.</source>
        <translation>Проект резолюции: текст «{text}» сохранен как пункт преамбулы.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="103"/>
        <source>“{name}” was read as the mission&apos;s name and the {count} lines under it as its address (the letterhead).</source>
        <translation>«{name}» распознано как название представительства, а строки под ним (строк: {count}) — как его адрес (бланк).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="106"/>
        <source>The salutation “{text}” is the one the letter always has: it was taken out of the text, and is written again on export.</source>
        <translation>Обращение «{text}» всегда присутствует в письме: оно удалено из текста и добавляется заново при экспорте.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="109"/>
        <source>The closing “{text}” is the one the letter always has: it was taken out of the text, and is written again on export.</source>
        <translation>Заключительная формула «{text}» всегда присутствует в письме: она удалена из текста и добавляется заново при экспорте.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="112"/>
        <source>Read as a sub-list of the item before it (a new list straight after a list item).</source>
        <translation>Распознано как вложенный список предыдущего элемента (новый список сразу после элемента списка).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="115"/>
        <source>Table row {number} has {cells} cells and the header {width}: the row was evened out.</source>
        <translation>В строке таблицы {number} ячеек: {cells}, а в строке заголовка: {width}; число ячеек в строке выровнено.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="118"/>
        <source>Read as a heading because it is short and bold.</source>
        <translation>Распознано как заголовок, поскольку текст короткий и выделен полужирным шрифтом.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="120"/>
        <source>Read as a heading because it is short and italic.</source>
        <translation>Распознано как заголовок, поскольку текст короткий и выделен курсивом.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="122"/>
        <source>Footnote {number} was kept in brackets where its mark stood (a project has no footnotes): “{text}”.</source>
        <translation>Сноска {number} сохранена в квадратных скобках на месте знака сноски (в проекте нет сносок): «{text}».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="125"/>
        <source>Endnote {number} was kept in brackets where its mark stood (a project has no endnotes): “{text}”.</source>
        <translation>Концевая сноска {number} сохранена в квадратных скобках на месте знака сноски (в проекте нет концевых сносок): «{text}».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="145"/>
        <source>Paragraph {number}: {message}</source>
        <translation>Абзац {number}: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="155"/>
        <source>To fill: {field}</source>
        <translation>Заполнить: {field}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="157"/>
        <source>To correct: {field}: {message}</source>
        <translation>Исправить: {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="169"/>
        <source>Import report</source>
        <translation>Отчет об импорте</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="172"/>
        <source>{file} was read; {count} values must be corrected (see Findings).</source>
        <translation>Файл {file} прочитан; требуется исправить значения: {count} (см. замечания).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="176"/>
        <source>{file} was read as a draft: the fields still to fill are listed below and marked in the preview.</source>
        <translation>Файл {file} прочитан как черновик: незаполненные поля перечислены ниже и отмечены в предварительном просмотре.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="180"/>
        <source>{file} was read; check the guesses below.</source>
        <translation>Файл {file} прочитан; проверьте приведенные ниже предположения.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="203"/>
        <source>Import Word document</source>
        <translation>Импорт документа Word</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="205"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Документы Word (*.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="214"/>
        <location filename="../../cica_desktop/ui/word_import.py" line="219"/>
        <source>Cannot import</source>
        <translation>Импорт невозможен</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="214"/>
        <source>{file} cannot be imported:
{reason}</source>
        <translation>Не удается импортировать {file}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="219"/>
        <source>{file} could not be imported because of a fault in cica-desktop ({fault}). Nothing was opened. Please report this with the Word file.</source>
        <translation>Не удалось импортировать {file} из-за ошибки в cica-desktop ({fault}). Ничего не открыто. Сообщите об этом, приложив файл Word.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="226"/>
        <source>Imported {file}: save it as a project.</source>
        <translation>Импортирован файл {file}: сохраните его как проект.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../cica_desktop/findings.py" line="41"/>
        <source>{day} {month_name} {year}</source>
        <extracomment>How a date is written inside a message: {day}, {month} (a number), {month_name} (in English), {year}; the translation may reorder or leave out any of them.</extracomment>
        <translation>{day:02}.{month:02}.{year}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="49"/>
        <source>cannot read the file: {reason}</source>
        <translation>не удается прочитать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="50"/>
        <source>the file is not UTF-8 text ({reason})</source>
        <translation>файл не является текстом в кодировке UTF-8 ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="51"/>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>недопустимый JSON: {problem}, строка {line}, столбец {column}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="53"/>
        <source>a project file must hold one JSON object</source>
        <translation>файл проекта должен содержать один объект JSON</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="55"/>
        <source>the file is nested too deeply</source>
        <translation>слишком глубокая вложенность в файле</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="56"/>
        <source>duplicate key &apos;{key}&apos; in {object}; keep one of them</source>
        <translation>повторяющийся ключ «{key}» в {object}; оставьте только один</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="58"/>
        <source>duplicate key &apos;{key}&apos; in {object} ({count} times); keep one of them</source>
        <translation>повторяющийся ключ «{key}» в {object} (раз: {count}); оставьте только один</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="60"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file; keep one of them</source>
        <translation>повторяющийся ключ «{key}» на верхнем уровне файла; оставьте только один</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="62"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file ({count} times); keep one of them</source>
        <translation>повторяющийся ключ «{key}» на верхнем уровне файла (раз: {count}); оставьте только один</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="65"/>
        <source>must be a whole number, not {given}</source>
        <translation>должно быть целым числом, а не {given}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="67"/>
        <source>{version} is newer than this version of cica-desktop reads ({supported}); update cica-desktop</source>
        <translation>версия {version} новее той, которую читает эта версия cica-desktop ({supported}); обновите cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="70"/>
        <source>{version} is not a known format version</source>
        <translation>{version} не является известной версией формата</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="72"/>
        <source>is required but missing</source>
        <translation>обязательное поле не заполнено</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="73"/>
        <source>is not a field of this format (misspelt?)</source>
        <translation>не является полем этого формата (опечатка?)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="74"/>
        <source>unknown kind &apos;{tag}&apos;; expected one of {expected}</source>
        <translation>неизвестный вид «{tag}»; ожидается один из следующих: {expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="76"/>
        <source>does not say what kind it is ({discriminator} is missing)</source>
        <translation>не указано, к какому виду относится (отсутствует {discriminator})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="78"/>
        <source>Input should be a valid string</source>
        <translation>должно быть строкой текста</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="79"/>
        <source>Input should be a valid dictionary</source>
        <translation>должно быть объектом JSON</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="80"/>
        <source>Input should be a valid list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="81"/>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="82"/>
        <source>must be true or false</source>
        <translation>должно иметь значение true или false</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="83"/>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation>недопустимая дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="84"/>
        <source>must be one of {expected}</source>
        <translation>должно быть одним из следующих значений: {expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="85"/>
        <source>must be {minimum} or more</source>
        <translation>должно быть не меньше {minimum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="86"/>
        <source>must be {maximum} or less</source>
        <translation>должно быть не больше {maximum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="87"/>
        <source>is not in the expected form</source>
        <translation>не соответствует ожидаемому формату</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="88"/>
        <source>may be at most {maximum} characters long</source>
        <translation>длина не должна превышать {maximum} (в символах)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="90"/>
        <source>needs at least {minimum} item(s)</source>
        <translation>число элементов должно быть не менее {minimum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="91"/>
        <source>may have at most {maximum} item(s)</source>
        <translation>число элементов должно быть не более {maximum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="93"/>
        <source>text is {length:,} characters long; the limit is {limit:,}</source>
        <translation>длина текста (в символах): {length:,}; предел: {limit:,}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="95"/>
        <source>contains the control or non-character {character} at position {position}; remove it (it cannot be printed)</source>
        <translation>содержит управляющий символ или несимвол {character} в позиции {position}; удалите его (он не может быть напечатан)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="98"/>
        <source>must be a single line (it contains a line break)</source>
        <translation>должно занимать одну строку (содержит разрыв строки)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="100"/>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="101"/>
        <source>each of several representatives must name the State they represent</source>
        <translation>если письмо подписывают несколько представителей, каждый из них должен указать представляемое государство</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="103"/>
        <source>sub-paragraphs go two levels deep at most ((a), then (i))</source>
        <translation>подпункты допускают не более двух уровней: a), затем i)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="105"/>
        <source>lists nest three levels deep at most</source>
        <translation>списки допускают не более трех уровней вложенности</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="106"/>
        <source>has {cells} cells; the header has {header}</source>
        <translation>ячеек: {cells}; в строке заголовка: {header}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="109"/>
        <source>rule 20 asks for an explanatory memorandum with every item proposed for the agenda; the package has none</source>
        <translation>согласно правилу 20 каждый пункт, предлагаемый для включения в повестку дня, сопровождается пояснительной запиской; в комплекте ее нет</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="112"/>
        <source>rule 20 suggests a draft resolution where possible; the package has none</source>
        <translation>правило 20 предусматривает, по возможности, проект резолюции; в комплекте его нет</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="115"/>
        <source>a rule {rule} request dated {date} is for session {expected}; the package names session {session}</source>
        <translation>просьба по правилу {rule} от {date} относится к {expected}-й сессии; в комплекте указана {session}-я сессия</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="118"/>
        <source>a rule 13 request must come before the provisional agenda of session {session} is issued, 60 days before the session opens on {opening}; the letter is dated {date}, {days} days before: rule {instead} applies</source>
        <translation>просьба по правилу 13 должна быть представлена до выпуска предварительной повестки дня {session}-й сессии, т. е. за 60 дней до открытия сессии {opening}; письмо датировано {date}, за {days} дн. до открытия: применяется правило {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="122"/>
        <source>a rule 14 request is made at least 30 days before the session opens; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation>просьба по правилу 14 представляется не менее чем за 30 дней до открытия сессии; {session}-я сессия открывается {opening}, через {days} дн. после даты письма ({date}): применяется правило {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="126"/>
        <source>a rule 15 request is made less than 30 days before the session opens or during it; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation>просьба по правилу 15 представляется менее чем за 30 дней до открытия сессии или в ходе сессии; {session}-я сессия открывается {opening}, через {days} дн. после даты письма ({date}): применяется правило {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="130"/>
        <source>session {session} opened on {opening}, before the letter&apos;s date ({date}); during a session an item is requested under rule {instead}</source>
        <translation>{session}-я сессия открылась {opening}, до даты письма ({date}); в ходе сессии просьба о включении пункта представляется по правилу {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="133"/>
        <source>session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}); until its provisional agenda is issued, 60 days before the opening, an item is requested for it under rule {instead}</source>
        <translation>{session}-я сессия открывается {opening}, через {days} дн. после даты письма ({date}); до выпуска ее предварительной повестки дня, за 60 дней до открытия, просьба о включении пункта представляется по правилу {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="137"/>
        <source>the next provisional agenda to be issued after {date} is that of session {expected}; the package names session {session}</source>
        <translation>следующая предварительная повестка дня, выпускаемая после {date}, — это повестка дня {expected}-й сессии; в комплекте указана {session}-я сессия</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="140"/>
        <source>several signatories sign in the alphabetical order of their countries: {order}</source>
        <translation>несколько подписантов подписывают письмо в алфавитном порядке названий их стран: {order}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="143"/>
        <source>{state} is not among the requesting States</source>
        <translation>{state} не входит в число запрашивающих государств</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="145"/>
        <source>the standalone draft resolution has no symbol: its masthead and running heads print none (the UN assigns it, e.g. A/C.6/80/L.2)</source>
        <translation>у отдельного проекта резолюции нет условного обозначения: в шапке и колонтитулах оно не печатается (его присваивает ООН, например A/C.6/80/L.2)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="148"/>
        <source>UN documents write this State “{expected}”, not “{state}”</source>
        <translation>в документах ООН это государство пишется «{expected}», а не «{state}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="150"/>
        <source>the document is issued on {issued}, before the letter&apos;s date, {date}</source>
        <translation>документ выпущен {issued}, до даты письма ({date})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="152"/>
        <source>this annexed letter is dated {date}, after the cover letter of {cover}</source>
        <translation>это прилагаемое письмо датировано {date}, т. е. позднее сопроводительного письма от {cover}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="154"/>
        <source>an operative paragraph opens with a verb in the present tense, in italics (Decides, Requests); this one has none</source>
        <translation>пункт постановляющей части начинается с глагола в настоящем времени, выделенного курсивом (постановляет, просит); в этом пункте его нет</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="157"/>
        <source>“{verb}” is the form of a preambular paragraph; an operative paragraph opens with a verb in the present tense (Notes, not Noting)</source>
        <translation>«{verb}» — форма для пункта преамбулы; пункт постановляющей части начинается с глагола в настоящем времени (отмечает, а не отмечая)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="160"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: here “{expected}”, not “{found}”</source>
        <translation>пункт постановляющей части заканчивается точкой с запятой, последний — точкой: здесь должно быть «{expected}», а не «{found}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="163"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: “{expected}” is missing here</source>
        <translation>пункт постановляющей части заканчивается точкой с запятой, последний — точкой: здесь отсутствует «{expected}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="166"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: here “{expected}”, not “{found}”</source>
        <translation>подпункт заканчивается точкой с запятой, последний — так же, как его пункт: здесь должно быть «{expected}», а не «{found}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="169"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: “{expected}” is missing here</source>
        <translation>подпункт заканчивается точкой с запятой, последний — так же, как его пункт: здесь отсутствует «{expected}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="172"/>
        <source>this text introduces sub-paragraphs, so it ends with “{expected}”, not as a paragraph does</source>
        <translation>этот текст вводит подпункты, поэтому он заканчивается на «{expected}», а не так, как пункт</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="175"/>
        <source>a preambular paragraph usually opens with a participle or adjective phrase in italics (Recalling, Noting, Convinced)</source>
        <translation>пункт преамбулы обычно начинается с причастного или деепричастного оборота либо прилагательного, выделенных курсивом (ссылаясь, отмечая, будучи убеждена)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="178"/>
        <source>“{lead}” reads as an operative verb; a preambular paragraph opens with a participle or adjective phrase (Noting, not Notes)</source>
        <translation>«{lead}» выглядит как глагол постановляющей части; пункт преамбулы начинается с деепричастного или причастного оборота либо прилагательного (отмечая, а не отмечает)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="181"/>
        <source>a preambular paragraph ends with a comma: here “{expected}”, not “{found}”</source>
        <translation>пункт преамбулы заканчивается запятой: здесь должно быть «{expected}», а не «{found}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="184"/>
        <source>a preambular paragraph ends with a comma: “{expected}” is missing here</source>
        <translation>пункт преамбулы заканчивается запятой: здесь отсутствует «{expected}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="187"/>
        <source>the item&apos;s title is quoted as “{quoted}”; it is “{title}”</source>
        <translation>название пункта приведено как «{quoted}»; правильно: «{title}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="189"/>
        <source>the resolution is entitled “{resolution}”, the item “{title}”; a draft resolution takes the item&apos;s title</source>
        <translation>резолюция озаглавлена «{resolution}», а пункт — «{title}»; проект резолюции носит название пункта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="192"/>
        <source>the running heads&apos; title “{running}” is close to the item&apos;s title but not it: “{title}”</source>
        <translation>название в колонтитулах «{running}» похоже на название пункта, но не совпадает с ним: «{title}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="195"/>
        <source>the running heads&apos; title “{running}” has little of the item&apos;s title (“{title}”) in it; is it from another request?</source>
        <translation>название в колонтитулах «{running}» мало совпадает с названием пункта («{title}»); не взято ли оно из другой просьбы?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="198"/>
        <source>“{found}” is spelt “{name}” in the item&apos;s title</source>
        <translation>«{found}» в названии пункта пишется как «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="200"/>
        <source>the resolution invites “{invited}”; the item&apos;s title names “{name}”</source>
        <translation>в резолюции содержится предложение в адрес «{invited}»; в названии пункта указано «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="202"/>
        <source>the letter cites rule {cited}; the request is made under rule {rule}</source>
        <translation>в письме приводится правило {cited}; просьба представляется по правилу {rule}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="204"/>
        <source>the letter asks for the {named} session (session {number}); the package names session {session}</source>
        <translation>в письме указана сессия «{named}» ({number}-я сессия); в комплекте указана {session}-я сессия</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="207"/>
        <source>the letter mentions annex {annex}; the package has {count} annex(es)</source>
        <translation>в письме упоминается приложение {annex}; приложений в комплекте: {count}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="209"/>
        <source>the letter mentions annex {annex} after annex {before}; annexes are numbered in the order the letter first mentions them</source>
        <translation>в письме приложение {annex} упоминается после приложения {before}; приложения нумеруются в порядке их первого упоминания в письме</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="212"/>
        <source>the letter calls annex {annex} the explanatory memorandum, but annex {annex} is not the memorandum</source>
        <translation>в письме приложение {annex} названо пояснительной запиской, но приложение {annex} не является пояснительной запиской</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="215"/>
        <source>the letter calls annex {annex} the draft resolution, but annex {annex} is not the draft resolution</source>
        <translation>в письме приложение {annex} названо проектом резолюции, но приложение {annex} не является проектом резолюции</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="219"/>
        <source>two spaces in a row print as a gap; one is enough (a tab aligns)</source>
        <translation>два пробела подряд печатаются как пропуск; достаточно одного (для выравнивания используйте табуляцию)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="221"/>
        <source>straight quotation marks (&quot;); this language uses {marks}</source>
        <translation>прямые кавычки (&quot;); в этом языке используются {marks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="223"/>
        <source>a straight apostrophe (&apos;); the printed one is ’</source>
        <translation>прямой апостроф (&apos;); в печати используется ’</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="225"/>
        <source>quotation marks {found} are not this language&apos;s; it uses {marks}</source>
        <translation>кавычки {found} не относятся к этому языку; в нем используются {marks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="227"/>
        <source>English words in Chinese text: {words}</source>
        <translation>английские слова в китайском тексте: {words}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="230"/>
        <source>templates/lang/{language}.toml has no [{section}] {key}; the English wording is used instead</source>
        <translation>в templates/lang/{language}.toml нет [{section}] {key}; вместо этого используется английская формулировка</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="234"/>
        <source>“{word}” is not in the dictionary; did you mean: {suggestions}?</source>
        <translation>слова «{word}» нет в словаре; возможно, имелось в виду: {suggestions}?</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="236"/>
        <source>“{word}” is not in the dictionary</source>
        <translation>слова «{word}» нет в словаре</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="238"/>
        <source>no {language} dictionary is installed, so {language} text is not spell-checked (looked in {folders})</source>
        <translation>словарь для языка «{language}» не установлен, поэтому текст на этом языке не проверяется на орфографию (поиск в папках: {folders})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="241"/>
        <source>{language} text is not spell-checked</source>
        <translation>текст на языке «{language}» не проверяется на орфографию</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="204"/>
        <source>the preview&apos;s data cannot go to its render process: {error}</source>
        <extracomment>The client that warm-up renders are submitted as (windows count from 1). Blocks rendered after the edited one in the first pass, when the last render does not say where the next pages begin. The first pass is worth it for a package this long. The processes by lane: &quot;whole&quot; renders whole packages, &quot;first&quot; the first passes of edits in long ones, so a first pass never waits behind a whole render (which cannot be stopped once started) and the two run side by side. Requests waiting, by the client that sent them (only its newest is kept).</extracomment>
        <translation>данные предварительного просмотра не удается передать процессу его подготовки: {error}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="493"/>
        <source>the preview&apos;s render process stopped</source>
        <translation>процесс подготовки предварительного просмотра остановился</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="468"/>
        <source>the title in the page headers takes three lines or more (the UN&apos;s take at most two): give a shorter one as the short title for page headers</source>
        <extracomment>PDF, anchor pages, warnings for the reader, and where each source (model path of a paragraph, &quot;letter.blocks[2]&quot;) starts: (page index, points below the page&apos;s top). The same for the first pass of an edit: the package up to the edited block. The data has errors that are not gaps to fill: there is no draft to show. How the window names a model path in a notice: the label of the form that shows the field (ui/preview_pane.py gives it); without it, the path itself. Whether the newest data&apos;s whole render has been shown (its first pass is then no longer wanted). The data of the newest render asked for. Where each source started in the last whole render, and its pages. None: the UN circulation layout; else the mission&apos;s own letter. Names a model path (&quot;running_title&quot;) the way the window&apos;s forms label its field. The render&apos;s notices whose words do not vary, as the render writes them (after the model path that starts a notice about one field): the window shows them translated. tests/test_gui_dates.py checks they are still the render&apos;s words.</extracomment>
        <translation>название в колонтитулах занимает три строки или больше (в документах ООН — не более двух): укажите более короткое краткое название для колонтитулов</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="471"/>
        <source>this PDF contains right-to-left text (Arabic or Hebrew) inside a left-to-right document, which is not laid out right to left: check it before sending</source>
        <translation>этот PDF содержит текст, который пишется справа налево (арабский или иврит), в документе с направлением письма слева направо, и этот текст не сверстан справа налево: проверьте его перед отправкой</translation>
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
        <translation>Предоставление организации статуса наблюдателя</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="57"/>
        <source>An intergovernmental organization asks to take part in the sessions and the work of the General Assembly as an observer. The draft resolution is the standard two-paragraph text; the memorandum presents the organization.</source>
        <translation>Межправительственная организация просит разрешить ей участвовать в сессиях и работе Генеральной Ассамблеи в качестве наблюдателя. Проект резолюции — стандартный текст из двух пунктов; в пояснительной записке представлена организация.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="64"/>
        <source>Cooperation with an organization</source>
        <translation>Сотрудничество с организацией</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="65"/>
        <source>A sub-item on cooperation between the United Nations and a regional or other organization, under the item “Cooperation between the United Nations and regional and other organizations”. The draft resolution asks for a report and puts the sub-item on a later agenda.</source>
        <translation>Подпункт о сотрудничестве между Организацией Объединенных Наций и региональной или другой организацией в рамках пункта «Сотрудничество между Организацией Объединенных Наций и региональными и другими организациями». В проекте резолюции содержится просьба о представлении доклада и предлагается включить подпункт в повестку дня одной из последующих сессий.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="72"/>
        <source>An international day, year or decade</source>
        <translation>Международный день, год или десятилетие</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="73"/>
        <source>The General Assembly is asked to proclaim an international day, year or decade. The draft resolution holds the usual paragraphs on its observance and its cost; you write what is proclaimed and why.</source>
        <translation>Генеральной Ассамблее предлагается провозгласить международный день, год или десятилетие. Проект резолюции содержит обычные пункты о его проведении и расходах; вы указываете, что провозглашается и почему.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="78"/>
        <source>A new substantive item</source>
        <translation>Новый пункт по существу</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="79"/>
        <source>A new item on a question the General Assembly should consider. Rule 20 asks for an explanatory memorandum; a draft resolution is added only if you want one.</source>
        <translation>Новый пункт по вопросу, который следует рассмотреть Генеральной Ассамблее. Правило 20 требует пояснительной записки; проект резолюции добавляется, только если он вам нужен.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="85"/>
        <source>A sub-item under an existing item</source>
        <translation>Подпункт в рамках существующего пункта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="86"/>
        <source>A sub-item to be considered under an item already on the agenda: give the existing item’s title. A draft resolution is included; you may leave it out.</source>
        <translation>Подпункт, который предлагается рассмотреть в рамках пункта, уже включенного в повестку дня: укажите название существующего пункта. Проект резолюции включен; его можно исключить.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="96"/>
        <source>Rule 13: item in the provisional agenda</source>
        <extracomment>The rules of procedure a request invokes (13, 14, 15), and rule 20, which every request meets: (short name, description).</extracomment>
        <translation>Правило 13: пункт предварительной повестки дня</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="97"/>
        <source>An item for the provisional agenda of the next regular session, proposed before the provisional agenda is issued (at least 60 days before the session opens).</source>
        <translation>Пункт для предварительной повестки дня следующей очередной сессии, предлагаемый до выпуска предварительной повестки дня (не менее чем за 60 дней до открытия сессии).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="101"/>
        <source>Rule 14: supplementary item</source>
        <translation>Правило 14: дополнительный пункт</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="102"/>
        <source>A supplementary item, requested at least 30 days before the session opens.</source>
        <translation>Дополнительный пункт, просьба о включении которого представляется не менее чем за 30 дней до открытия сессии.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="105"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>Правило 15: дополнительный пункт (важный и срочный)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="106"/>
        <source>An additional item of an important and urgent character, requested less than 30 days before the session opens or during the session.</source>
        <translation>Дополнительный пункт важного и срочного характера, просьба о включении которого представляется менее чем за 30 дней до открытия сессии или в ходе сессии.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="109"/>
        <source>Rule 20: explanatory memorandum</source>
        <translation>Правило 20: пояснительная записка</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="110"/>
        <source>Every item proposed for inclusion in the agenda is accompanied by an explanatory memorandum and, if possible, by basic documents or a draft resolution.</source>
        <translation>Каждый пункт, предлагаемый для включения в повестку дня, сопровождается пояснительной запиской и, по возможности, основными документами или проектом резолюции.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="119"/>
        <source>The organization: when and by whom it was founded, its members and its purposes.</source>
        <extracomment>Guidance for the paragraphs a new request leaves blank, by the name its skeleton gives (`hint` in templates/kinds, and the memorandum skeletons below). Never printed.</extracomment>
        <translation>Организация: когда и кем она была основана, ее члены и цели.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="122"/>
        <source>What the organization does, and where its work meets the work of the United Nations.</source>
        <translation>Чем занимается организация и в чем ее работа пересекается с работой Организации Объединенных Наций.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="125"/>
        <source>Its cooperation with the United Nations so far (agreements, joint activities, earlier resolutions).</source>
        <translation>Ее сотрудничество с Организацией Объединенных Наций на сегодняшний день (соглашения, совместная деятельность, прежние резолюции).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="128"/>
        <source>Why observer status in the General Assembly would serve that cooperation.</source>
        <translation>Почему статус наблюдателя в Генеральной Ассамблее будет способствовать этому сотрудничеству.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="131"/>
        <source>Why a sub-item on this cooperation should be on the agenda, and what the resolution would achieve.</source>
        <translation>Почему подпункт об этом сотрудничестве следует включить в повестку дня и чего позволит добиться резолюция.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="134"/>
        <source>The subject of the day, year or decade, and why it deserves international attention.</source>
        <translation>Тема дня, года или десятилетия и почему она заслуживает международного внимания.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="137"/>
        <source>Why this date (or year, or decade), and who has observed it so far.</source>
        <translation>Почему именно эта дата (год, десятилетие) и кто отмечал ее до сих пор.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="139"/>
        <source>Support so far (States, organizations, earlier decisions), and that the observance will be met from voluntary contributions.</source>
        <translation>Поддержка на сегодняшний день (государства, организации, прежние решения) и указание на то, что расходы на проведение будут покрываться за счет добровольных взносов.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="142"/>
        <source>A heading, if the memorandum has headings (e.g. Background); delete this block if it has none.</source>
        <translation>Заголовок, если в записке есть заголовки (например, «Справочная информация»); удалите этот блок, если их нет.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="145"/>
        <source>The background of the question: the facts and earlier decisions.</source>
        <translation>Справочная информация по вопросу: факты и прежние решения.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="147"/>
        <source>Why the General Assembly should consider it now (for rule 15: why it is important and urgent).</source>
        <translation>Почему Генеральной Ассамблее следует рассмотреть этот вопрос сейчас (для правила 15: почему он является важным и срочным).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="150"/>
        <source>What the General Assembly is asked to do.</source>
        <translation>Что предлагается сделать Генеральной Ассамблее.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="152"/>
        <source>How the sub-item relates to the existing item, and why it should be considered under it.</source>
        <translation>Как подпункт связан с существующим пунктом и почему его следует рассматривать в рамках этого пункта.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="155"/>
        <source>The resolution that granted the organization observer status, and earlier resolutions on this cooperation (number and date).</source>
        <translation>Резолюция, которой организации был предоставлен статус наблюдателя, и прежние резолюции об этом сотрудничестве (номер и дата).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="158"/>
        <source>What the organization contributes, in the Assembly&apos;s words.</source>
        <translation>Вклад организации, в формулировках Ассамблеи.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="160"/>
        <source>The resolutions or instruments the proclamation builds on.</source>
        <translation>Резолюции или документы, на которых основывается провозглашение.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="162"/>
        <source>Why the subject matters.</source>
        <translation>Почему эта тема важна.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="164"/>
        <source>to proclaim [the date] as [the name of the day], to be observed annually;</source>
        <translation>провозгласить [дату] [названием дня], который будет отмечаться ежегодно;</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="167"/>
        <source>The decisions and instruments the resolution builds on (or delete this paragraph).</source>
        <translation>Решения и документы, на которых основывается резолюция (или удалите этот пункт).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="170"/>
        <source>What the General Assembly decides: an operative verb (Decides, Requests, Calls upon…) and its text.</source>
        <translation>Что постановляет Генеральная Ассамблея: глагол постановляющей части (постановляет, просит, призывает…) и текст.</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../../cica_desktop/verification.py" line="59"/>
        <source>entire file</source>
        <translation>весь файл</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="60"/>
        <source>entire revision</source>
        <translation>вся редакция</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="61"/>
        <source>part of its revision</source>
        <translation>часть редакции</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="62"/>
        <source>unclear</source>
        <translation>неясно</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="72"/>
        <source>no changes</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="73"/>
        <source>form filling and signing</source>
        <translation>заполнение форм и подписание</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="74"/>
        <source>form filling, signing and annotations</source>
        <translation>заполнение форм, подписание и аннотации</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="109"/>
        <location filename="../../cica_desktop/verification.py" line="160"/>
        <source>INVALID</source>
        <translation>НЕДЕЙСТВИТЕЛЕН</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="110"/>
        <location filename="../../cica_desktop/verification.py" line="161"/>
        <location filename="../../cica_desktop/verification.py" line="212"/>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="111"/>
        <source>valid, but the signer is not trusted here</source>
        <translation>действителен, но подписанту здесь не доверяют</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="158"/>
        <source>not signed</source>
        <translation>не подписан</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="162"/>
        <source>valid, but a signer is not trusted here</source>
        <translation>действителен, но одному из подписантов здесь не доверяют</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="180"/>
        <source>not trusted: the certificate does not chain to a trusted certificate</source>
        <translation>нет доверия: цепочка сертификата не ведет к доверенному сертификату</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="183"/>
        <source>covers: {coverage} (revision {revision} of {total})</source>
        <translation>охватывает: {coverage} (редакция {revision} из {total})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="188"/>
        <source>certifies the document, permitting {what}</source>
        <translation>заверяет документ; допускаемые изменения: {what}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="193"/>
        <source>allowed</source>
        <translation>разрешено</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="194"/>
        <source>NOT ALLOWED</source>
        <translation>НЕ РАЗРЕШЕНО</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="196"/>
        <source>later change: {what} ({state})</source>
        <translation>последующее изменение: {what} ({state})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="200"/>
        <source>verdict: {verdict}</source>
        <translation>заключение: {verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="203"/>
        <source>{file}: {verdict}</source>
        <translation>{file}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="204"/>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="211"/>
        <source>intact</source>
        <translation>целостность сохранена</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="213"/>
        <source>trusted</source>
        <translation>доверие подтверждено</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="216"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="219"/>
        <source>time-stamped {time}</source>
        <translation>метка времени {time}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="222"/>
        <source>(not proven: untrusted authority or damaged time stamp)</source>
        <translation>(не подтверждено: недоверенный центр или поврежденная метка времени)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="224"/>
        <source>signature {number} ({field}): {signer}; signed {time}{stamp}; {checks}</source>
        <translation>подпись {number} ({field}): {signer}; подписано {time}{stamp}; {checks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="228"/>
        <source>no checks passed</source>
        <translation>ни одна проверка не пройдена</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="234"/>
        <source>January</source>
        <extracomment>The months&apos; names in a date (the English ones, as `cica-desktop verify` prints them; each language gives the form its dates use: &quot;octobre&quot;, &quot;октября&quot;, &quot;10月&quot;).</extracomment>
        <translation>января</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="235"/>
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="236"/>
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="237"/>
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="238"/>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="239"/>
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="240"/>
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="241"/>
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="242"/>
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="243"/>
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="244"/>
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="245"/>
        <source>December</source>
        <translation>декабря</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="254"/>
        <source>{day:02} {month_name} {year} {time} {zone}</source>
        <extracomment>{time} is 14:05 or 14:05:09, {zone} the time zone&apos;s name (UTC) or empty.</extracomment>
        <translation>{day} {month_name} {year} г., {time} {zone}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="262"/>
        <source>problem: {problem}</source>
        <translation>проблема: {problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="288"/>
        <source>changed after signing: {count} bytes were appended after the last revision (revision {revision})</source>
        <translation>изменен после подписания: после последней редакции (редакция {revision}) добавлено байт: {count}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="312"/>
        <source>the signature cannot be read ({reason})</source>
        <translation>не удается прочитать подпись ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="330"/>
        <source>changed after signing: the signed bytes no longer match the signature</source>
        <translation>изменен после подписания: подписанные байты больше не соответствуют подписи</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="334"/>
        <source>the signature value does not verify against the signer&apos;s certificate</source>
        <translation>значение подписи не проходит проверку по сертификату подписанта</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="340"/>
        <source>the signature covers only part of the file (coverage: {coverage}); the rest can be anything</source>
        <translation>подпись охватывает только часть файла (охват: {coverage}); остальная часть может быть любой</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="345"/>
        <location filename="../../cica_desktop/verification.py" line="351"/>
        <source>changed after signing: {change}</source>
        <translation>изменен после подписания: {change}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="354"/>
        <source>the signature breaks its field&apos;s constraints ({reason})</source>
        <translation>подпись нарушает ограничения своего поля ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="359"/>
        <source>its time stamp is damaged: the signing time is not proven</source>
        <translation>ее метка времени повреждена: время подписания не подтверждено</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="402"/>
        <source>later revisions go beyond what the signature permits ({level})</source>
        <translation>последующие редакции выходят за рамки разрешенного подписью ({level})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="405"/>
        <source>objects were changed in a later revision ({detail})</source>
        <translation>объекты изменены в последующей редакции ({detail})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="418"/>
        <source>the signature&apos;s byte range cannot be read</source>
        <translation>не удается прочитать диапазон байтов подписи</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="421"/>
        <source>the signature&apos;s byte range does not start at the beginning of the file</source>
        <translation>диапазон байтов подписи не начинается с начала файла</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="426"/>
        <source>the signature&apos;s byte range leaves out more than the signature value</source>
        <translation>диапазон байтов подписи не охватывает больше, чем только значение подписи</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="432"/>
        <source>the signature value is not a hexadecimal string</source>
        <translation>значение подписи не является шестнадцатеричной строкой</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="436"/>
        <source>the signature value is not a DER-encoded signature</source>
        <translation>значение подписи не является подписью в кодировке DER</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="440"/>
        <source>changed after signing: the signature&apos;s placeholder holds data after the signature value that nobody signed</source>
        <translation>изменен после подписания: в месте, отведенном для подписи, после значения подписи находятся данные, которые никто не подписывал</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="75"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="76"/>
        <source>signature maintenance</source>
        <translation>обслуживание подписей</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="77"/>
        <source>further signatures</source>
        <translation>дополнительные подписи</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="78"/>
        <source>form filling</source>
        <translation>заполнение форм</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="79"/>
        <source>annotations</source>
        <translation>аннотации</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="80"/>
        <source>other changes</source>
        <translation>прочие изменения</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="95"/>
        <source>{what} in revision {revision}</source>
        <translation>{what} в редакции {revision}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="138"/>
        <source>a revision that cannot be read ({reason})</source>
        <translation>редакция, которую не удается прочитать ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="178"/>
        <source>the document catalog was replaced</source>
        <translation>каталог документа заменен</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="192"/>
        <source>validation data (certificates, revocation) were added</source>
        <translation>добавлены данные для проверки (сертификаты, сведения об отзыве)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="205"/>
        <source>the document information (/Info) was replaced</source>
        <translation>сведения о документе (/Info) заменены</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="213"/>
        <source>the document information ({names}) was changed</source>
        <translation>сведения о документе ({names}) изменены</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="243"/>
        <source>the form (and its signature fields) was removed</source>
        <translation>форма (и ее поля подписи) удалена</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="255"/>
        <source>form field &apos;{name}&apos; was added</source>
        <translation>добавлено поле формы «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="258"/>
        <source>form field &apos;{name}&apos; was filled in</source>
        <translation>заполнено поле формы «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="261"/>
        <source>form field &apos;{name}&apos; was removed</source>
        <translation>удалено поле формы «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="267"/>
        <source>the form&apos;s {key} entry was changed</source>
        <translation>изменен элемент {key} формы</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="273"/>
        <source>signature field &apos;{name}&apos; was signed</source>
        <translation>поле подписи «{name}» подписано</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="276"/>
        <source>an empty signature field &apos;{name}&apos; was added</source>
        <translation>добавлено пустое поле подписи «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="279"/>
        <source>the signature in field &apos;{name}&apos; was replaced</source>
        <translation>подпись в поле «{name}» заменена</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="281"/>
        <source>signature field &apos;{name}&apos; was updated</source>
        <translation>поле подписи «{name}» обновлено</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="288"/>
        <source>the number of pages changed from {old} to {new}</source>
        <translation>число страниц изменилось с {old} на {new}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="301"/>
        <source>content was drawn over page {page}</source>
        <translation>поверх страницы {page} нанесено содержимое</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="304"/>
        <source>page content of page {page} was replaced</source>
        <translation>содержимое страницы {page} заменено</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="308"/>
        <source>the fonts or images of page {page} were changed</source>
        <translation>шрифты или изображения страницы {page} изменены</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="314"/>
        <source>the {key} of page {page} was changed</source>
        <translation>изменен элемент {key} страницы {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="350"/>
        <source>a {subtype} annotation was added to page {page}</source>
        <translation>на страницу {page} добавлена аннотация {subtype}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="354"/>
        <source>a {subtype} annotation was changed on page {page}</source>
        <translation>изменена аннотация {subtype} на странице {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="358"/>
        <source>an annotation was removed from page {page}</source>
        <translation>со страницы {page} удалена аннотация</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="611"/>
        <source>the document catalog entry {key} was added</source>
        <translation>добавлен элемент каталога документа {key}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="614"/>
        <source>the document catalog entry {key} was removed</source>
        <translation>удален элемент каталога документа {key}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="616"/>
        <source>the document catalog entry {key} was changed</source>
        <translation>изменен элемент каталога документа {key}</translation>
    </message>
</context>
</TS>
