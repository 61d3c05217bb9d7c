<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="31"/>
        <source>an untitled request</source>
        <translation>طلب بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="33"/>
        <source>Recover unsaved work</source>
        <translation>استرداد العمل غير المحفوظ</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="34"/>
        <source>cica-desktop did not close normally. Unsaved changes to {name} from {time} were kept. Restore them?</source>
        <translation>لم يُغلَق cica-desktop بشكل طبيعي. احتُفظ بالتغييرات غير المحفوظة التي أُجريت على {name} في {time}. هل تريد استعادتها؟</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="44"/>
        <source>Damaged recovery file</source>
        <translation>ملف استرداد تالف</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="45"/>
        <source>A recovery file from {time} cannot be restored: {problem}.
{file}

Delete it? Choose No to keep it; it will be offered again at the next start.</source>
        <translation>تتعذر استعادة ملف الاسترداد المؤرخ {time}: {problem}.
{file}

هل تريد حذفه؟ اختر «لا» للاحتفاظ به؛ وسيُعرض عليك مرة أخرى عند بدء التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="132"/>
        <source>Cannot open</source>
        <translation>يتعذر الفتح</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="133"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>يتعذر فتح {file}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="65"/>
        <source>New request</source>
        <extracomment>The names of the document languages, translated when shown.</extracomment>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="75"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="148"/>
        <source>Kind of request</source>
        <translation>نوع الطلب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="122"/>
        <source>e.g. Kazakhstan</source>
        <translation>مثال: كازاخستان</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="125"/>
        <source>Add State</source>
        <translation>إضافة دولة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="135"/>
        <source>Requesting States</source>
        <translation>الدول مقدمة الطلب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="137"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="155"/>
        <source>with its article: the Example Forum</source>
        <translation>مع أداة التعريف، مثال: the Example Forum</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="160"/>
        <source>With a draft resolution (annex II)</source>
        <translation>مع مشروع قرار (المرفق الثاني)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="164"/>
        <source>US Letter (New York)</source>
        <translation>ورق Letter الأمريكي (نيويورك)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="165"/>
        <source>A4 (Geneva, missions)</source>
        <translation>A4 (جنيف، البعثات)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Rule</source>
        <translation>المادة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="169"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="161"/>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="170"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="212"/>
        <source>Date of the letter</source>
        <translation>تاريخ الرسالة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="171"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="168"/>
        <source>Requesting State(s)</source>
        <translation>الدولة (الدول) مقدمة الطلب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="172"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="173"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>Item title</source>
        <translation>عنوان البند</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="174"/>
        <source>Existing item</source>
        <translation>البند القائم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="176"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="180"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="169"/>
        <source>Requesting State</source>
        <translation>الدولة مقدمة الطلب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="182"/>
        <source>What you leave blank stays blank: the findings list it until you fill it in. Nothing is made up.</source>
        <translation>ما تتركه فارغاً يبقى فارغاً: تُدرجه نتائج التدقيق إلى أن تملأه. لا يُختلَق أي شيء.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="228"/>
        <source>The standard item when left blank</source>
        <extracomment>The session follows the rule and the letter&apos;s date until the user sets it.</extracomment>
        <translation>البند المعتاد إذا تُرك فارغاً</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="229"/>
        <source>The title of the existing item</source>
        <translation>عنوان البند القائم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="233"/>
        <source>Made from the organization when left blank</source>
        <translation>يُصاغ من اسم المنظمة إذا تُرك فارغاً</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="234"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>As it will appear on the agenda</source>
        <translation>كما سيَرِد في جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="269"/>
        <source>One signature block per State: a joint letter (“We have the honour…”).</source>
        <translation>خانة توقيع لكل دولة: رسالة مشتركة («نتشرف…»).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="271"/>
        <source>One signatory (“I have the honour…”); add States for a joint letter.</source>
        <translation>موقِّع واحد («أتشرف…»)؛ أضف دولاً لتصبح رسالة مشتركة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="397"/>
        <source>Set</source>
        <extracomment>Prose: a straight quote typed becomes the language&apos;s mark (_type_quote). Prose: a straight quote typed becomes the language&apos;s mark (_type_quote).</extracomment>
        <translation>تعيين</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="399"/>
        <source>Set {label}</source>
        <translation>تعيين {label}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="472"/>
        <source>(not valid: {value})</source>
        <translation>(غير صالح: {value})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="488"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="548"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="49"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="554"/>
        <source>Choose an image</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="555"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="674"/>
        <source>Add row</source>
        <extracomment>The cells are prose: unknown words underlined, as in the line fields.</extracomment>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="675"/>
        <source>Remove row</source>
        <translation>إزالة صف</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="676"/>
        <source>Add column</source>
        <translation>إضافة عمود</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="677"/>
        <source>Remove column</source>
        <translation>إزالة عمود</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="696"/>
        <source>Header</source>
        <translation>صف العناوين</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="63"/>
        <source>Drag to move</source>
        <extracomment>A drag is under way (its nested event loop runs): no row is released meanwhile, since the handle being dragged must live until the drop.</extracomment>
        <translation>اسحب للنقل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="415"/>
        <source>Insert above</source>
        <extracomment>Attributes that hold a model path, renumbered with their row (an editor&apos;s path, the signatory a title line completes for). A list up to this long builds every row; a longer one is lazy: only its rows in or near the visible part of the form are widgets (``ListEditor.fill``). A lazy list builds its first rows at once, as far as this height (pixels) or time goes. The tallest a list may be. Qt&apos;s layouts cap every size at 524,287 pixels (QLAYOUTSIZE_MAX); 1,500 signatories are taller. Past this height the gaps are shrunk in proportion (the scroll bar is then approximate over rows not built; built rows keep their height). An object of a row that carries the row&apos;s path: the object, whether its objectName is a path under the row&apos;s, its attributes that hold a path, and what to call once it has its new path. Built on demand (the cursor goes there): kept until it has been in view. The height of a row never built: the average of the rows built (once laid out).</extracomment>
        <translation>إدراج أعلاه</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="416"/>
        <source>Move up</source>
        <translation>نقل إلى أعلى</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="417"/>
        <source>Move down</source>
        <translation>نقل إلى أسفل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="418"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="474"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="476"/>
        <source>Add content</source>
        <translation>إضافة محتوى</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add at the end</source>
        <translation>إضافة في النهاية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="724"/>
        <source>Use my profile for this signatory</source>
        <translation>استخدام ملفي التعريفي لهذا الموقِّع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="725"/>
        <source>Fill in the name and titles from your signer profile (Settings ▸ Signing…)</source>
        <translation>ملء الاسم والمناصب من ملف تعريف الموقِّع الخاص بك (الإعدادات ▸ التوقيع…)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="736"/>
        <source>No signer profile</source>
        <translation>لا يوجد ملف تعريف للموقِّع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="737"/>
        <source>Your signer profile has no name yet. Enter it in Settings ▸ Signing…, then use it here.</source>
        <translation>لا يتضمن ملف تعريف الموقِّع الخاص بك اسماً بعد. أدخله في الإعدادات ▸ التوقيع…، ثم استخدمه هنا.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="61"/>
        <source>Same as the document</source>
        <translation>لغة الوثيقة نفسها</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="111"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="279"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="310"/>
        <source>Heading</source>
        <extracomment>The model of list items / the optional sub-object. A new item&apos;s raw data. None stands for &quot;not given&quot; (an empty line, an unset date or number). What one item of a list is called, in the singular (&quot;Signatory&quot; of &quot;Signatories&quot;), for naming it in findings (&quot;Signatory 2 › Name&quot;); the field&apos;s label when empty. Fields shown elsewhere (navigator nodes) or fixed (tags, the format version). A signatory: the form offers &quot;Use my profile for this signatory&quot;, which fills in the name and titles of the signer profile (Settings ▸ Signing…) when the user asks. The content blocks of a letter, the memorandum or an enclosure, with what &quot;Add&quot; creates for each.</extracomment>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="112"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="311"/>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="113"/>
        <source>Numbered paragraph</source>
        <translation>فقرة مرقمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="114"/>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="115"/>
        <source>Place and date</source>
        <translation>المكان والتاريخ</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="117"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="329"/>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="149"/>
        <source>Not said</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="150"/>
        <source>Observer status for an organization</source>
        <translation>منح منظمة مركز المراقب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="151"/>
        <source>Cooperation with an organization</source>
        <translation>التعاون مع منظمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="152"/>
        <source>An international day, year or decade</source>
        <translation>يوم دولي أو سنة دولية أو عقد دولي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="153"/>
        <source>A new substantive item</source>
        <translation>بند موضوعي جديد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="154"/>
        <source>A sub-item under an existing item</source>
        <translation>بند فرعي في إطار بند قائم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="155"/>
        <source>Existing item (for a sub-item)</source>
        <translation>البند القائم (للبند الفرعي)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="156"/>
        <source>The title of the item the sub-item is requested under</source>
        <translation>عنوان البند الذي يُطلب إدراج البند الفرعي في إطاره</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="157"/>
        <source>Rule of procedure</source>
        <translation>المادة من النظام الداخلي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="158"/>
        <source>Rule 13: item in the provisional agenda</source>
        <translation>المادة 13: بند في جدول الأعمال المؤقت</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="159"/>
        <source>Rule 14: supplementary item</source>
        <translation>المادة 14: بند تكميلي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="160"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>المادة 15: بند إضافي (ذو طابع هام وعاجل)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="162"/>
        <source>Agenda item</source>
        <translation>البند من جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="163"/>
        <source>Once the item is on the agenda</source>
        <translation>بعد إدراج البند في جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="164"/>
        <source>Print the request’s heading under the session line</source>
        <translation>طباعة عنوان الطلب تحت سطر الدورة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="166"/>
        <source>Print the item title under the request’s heading</source>
        <translation>طباعة عنوان البند تحت عنوان الطلب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="170"/>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="171"/>
        <source>Mission letterhead (the letter as the mission sends it)</source>
        <translation>ترويسة البعثة (الرسالة كما ترسلها البعثة)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="173"/>
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="174"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="295"/>
        <source>Original language</source>
        <translation>اللغة الأصلية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>e.g. A/62/232, once issued</source>
        <translation>مثال: A/62/232، بعد صدور الوثيقة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>Distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="177"/>
        <source>Limited</source>
        <translation>محدود</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="178"/>
        <source>Issue date</source>
        <translation>تاريخ الصدور</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>Job number</source>
        <translation>رقم المهمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>e.g. 07-53140</source>
        <translation>مثال: 07-53140</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="180"/>
        <source>Short title for page headers</source>
        <translation>عنوان مختصر لرؤوس الصفحات</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="181"/>
        <source>Print the UN documents QR code on page 1</source>
        <translation>طباعة رمز الاستجابة السريعة (QR) لوثائق الأمم المتحدة على الصفحة 1</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>US Letter</source>
        <translation>ورق Letter الأمريكي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="188"/>
        <source>Mission name (if not the mission above)</source>
        <translation>اسم البعثة (إن لم تكن البعثة المذكورة أعلاه)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="189"/>
        <source>Address lines</source>
        <translation>أسطر العنوان</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="190"/>
        <source>Address line</source>
        <translation>سطر العنوان</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>Place of signature</source>
        <translation>مكان التوقيع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>e.g. New York</source>
        <translation>مثال: نيويورك</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="192"/>
        <source>Emblem image (PNG or JPEG)</source>
        <translation>صورة الشعار (PNG أو JPEG)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="193"/>
        <source>A file path, relative to the project file; empty for none</source>
        <translation>مسار ملف، نسبةً إلى ملف المشروع؛ يُترك فارغاً إن لم يوجد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="198"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="199"/>
        <source>Titles (in printed order)</source>
        <translation>المناصب (بترتيب طباعتها)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="294"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="304"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="201"/>
        <source>State represented</source>
        <translation>الدولة الممثَّلة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="200"/>
        <source>Title line</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="202"/>
        <source>Form of the titles</source>
        <translation>صيغة المناصب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Masculine</source>
        <translation>مذكر</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Feminine</source>
        <translation>مؤنث</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="204"/>
        <source>Print the (Signed) mark</source>
        <translation>طباعة علامة (توقيع)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="205"/>
        <source>Scanned signature (PNG or JPEG)</source>
        <translation>التوقيع الممسوح ضوئياً (PNG أو JPEG)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="206"/>
        <source>Printed over the name on the letter as the mission sends it</source>
        <translation>يُطبع فوق الاسم في الرسالة كما ترسلها البعثة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="213"/>
        <source>Reference number</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="214"/>
        <source>The mission&apos;s “No. …”, printed on the letter as the mission sends it</source>
        <translation>«الرقم: …» الخاص بالبعثة، ويُطبع على الرسالة كما ترسلها البعثة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="215"/>
        <source>Sent by</source>
        <translation>المرسِل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="216"/>
        <source>The Permanent Representative</source>
        <translation>الممثل الدائم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="217"/>
        <source>The Chargé d&apos;affaires a.i.</source>
        <translation>القائم بالأعمال بالنيابة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="218"/>
        <source>Several representatives</source>
        <translation>عدة ممثلين</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="219"/>
        <source>Addressed to</source>
        <translation>موجهة إلى</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="220"/>
        <source>The Secretary-General</source>
        <translation>الأمين العام</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="221"/>
        <source>The President of the General Assembly</source>
        <translation>رئيس الجمعية العامة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="222"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="233"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="284"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="296"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="305"/>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="223"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="285"/>
        <source>Signatories</source>
        <translation>الموقِّعون</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="224"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="286"/>
        <source>Signatory</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="229"/>
        <source>Title (if not “Explanatory memorandum”)</source>
        <translation>العنوان (إن لم يكن «مذكرة إيضاحية»)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="230"/>
        <source>Print the title under the annex number</source>
        <translation>طباعة العنوان تحت رقم المرفق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="231"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="261"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="282"/>
        <source>Original language of this annex</source>
        <translation>اللغة الأصلية لهذا المرفق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="238"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="243"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="246"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="323"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="239"/>
        <source>Sub-paragraphs (i), (ii)…</source>
        <translation>الفقرات الفرعية (i)، (ii)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="240"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="248"/>
        <source>Sub-paragraph</source>
        <translation>فقرة فرعية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="242"/>
        <source>Lead words (italic)</source>
        <translation>الكلمات الاستهلالية (بخط مائل)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="245"/>
        <source>Operative verb (italic)</source>
        <translation>فعل المنطوق (بخط مائل)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="247"/>
        <source>Sub-paragraphs (a), (b)…</source>
        <translation>الفقرات الفرعية (a)، (b)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="252"/>
        <source>Title (if not the item title)</source>
        <translation>العنوان (إن لم يكن عنوان البند)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="253"/>
        <source>Preambular paragraphs</source>
        <translation>فقرات الديباجة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="254"/>
        <source>Preambular paragraph</source>
        <translation>فقرة من الديباجة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="255"/>
        <source>Operative paragraphs</source>
        <translation>فقرات المنطوق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>Operative paragraph</source>
        <translation>فقرة من المنطوق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="258"/>
        <source>Annex heading (if not “Draft resolution”)</source>
        <translation>عنوان المرفق (إن لم يكن «مشروع قرار»)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="259"/>
        <source>Print the annex heading under the annex number</source>
        <translation>طباعة عنوان المرفق تحت رقم المرفق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="260"/>
        <source>Organ line (if not “The General Assembly,”)</source>
        <translation>سطر الهيئة (إن لم يكن «إن الجمعية العامة،»)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="263"/>
        <source>Sponsors (standalone draft)</source>
        <translation>مقدمو مشروع القرار (مشروع مستقل)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="264"/>
        <source>Sponsor</source>
        <translation>مقدم مشروع القرار</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="265"/>
        <source>Main Committee (standalone draft)</source>
        <translation>اللجنة الرئيسية (مشروع مستقل)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="266"/>
        <source>Symbol of the standalone draft</source>
        <translation>رمز المشروع المستقل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="267"/>
        <source>Issue date of the standalone draft</source>
        <translation>تاريخ صدور المشروع المستقل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="268"/>
        <source>Job number of the standalone draft</source>
        <translation>رقم المهمة للمشروع المستقل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="269"/>
        <source>e.g. 25-16079</source>
        <translation>مثال: 25-16079</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="270"/>
        <source>Agenda item of the standalone draft (if not the request’s)</source>
        <translation>البند من جدول الأعمال للمشروع المستقل (إن لم يكن بند الطلب)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="272"/>
        <source>Agenda item’s own title (if not the item title)</source>
        <translation>العنوان الخاص للبند من جدول الأعمال (إن لم يكن عنوان البند)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="280"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="328"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="281"/>
        <source>Print the date above the heading</source>
        <translation>طباعة التاريخ فوق العنوان</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="287"/>
        <source>Has an enclosure</source>
        <translation>تتضمن ضميمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="297"/>
        <source>Has its own annex</source>
        <translation>له مرفق خاص به</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>1 (main heading)</source>
        <translation>1 (عنوان رئيسي)</translation>
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
        <translation>مرقَّمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="314"/>
        <source>Numbering</source>
        <translation>الترقيم</translation>
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
        <translation>- تعداد نقطي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="318"/>
        <source>Start at</source>
        <translation>البدء من</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="319"/>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="320"/>
        <source>Item</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="324"/>
        <source>Has a sub-list</source>
        <translation>تتضمن قائمة فرعية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="327"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="67"/>
        <source>Annex {n}</source>
        <extracomment>Reads the project&apos;s value at a path (None where there is none). Block kinds whose one text field is the block itself: &quot;Content 3 › Paragraph&quot;, not &quot;Content 3 › Paragraph › Paragraph&quot;. Any form&apos;s label of a field name: only for paths no form reaches (an unknown key).</extracomment>
        <translation>المرفق {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="74"/>
        <source>Annexes</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="76"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="30"/>
        <source>Cover letter</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="32"/>
        <source>Enclosure</source>
        <translation>الضميمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <source>Its annex</source>
        <translation>مرفقها</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="84"/>
        <source>Row {n}</source>
        <translation>الصف {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="88"/>
        <source>Column {n}</source>
        <translation>العمود {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="91"/>
        <source>Column {n} heading</source>
        <translation>عنوان العمود {n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="116"/>
        <source>The whole project</source>
        <translation>المشروع بأكمله</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="21"/>
        <source>Explanatory memorandum</source>
        <translation>مذكرة إيضاحية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="22"/>
        <source>Draft resolution</source>
        <translation>مشروع قرار</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="23"/>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="28"/>
        <source>Package settings</source>
        <translation>إعدادات الحزمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="34"/>
        <source>Enclosure&apos;s annex</source>
        <translation>مرفق الضميمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="37"/>
        <source>Annex {number}: {kind}</source>
        <translation>المرفق {number}: {kind}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="71"/>
        <source>Parts of the package</source>
        <translation>أجزاء الحزمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="91"/>
        <source>Preview of the package</source>
        <extracomment>A new rendering is shown. The reader chose the other layout: &quot;un&quot; or &quot;mission&quot;. Where each paragraph starts, by its model path: (page index, points from the top). The brief mark on the line the preview has just followed the form to.</extracomment>
        <translation>معاينة الحزمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="92"/>
        <source>Layout shown in the preview</source>
        <translation>التخطيط المعروض في المعاينة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="93"/>
        <source>As the UN circulates it</source>
        <translation>كما تعمّمها الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="94"/>
        <source>As the mission sends it (signed)</source>
        <translation>كما ترسلها البعثة (موقَّعة)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="95"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="95"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="96"/>
        <source>Fit to width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="191"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="53"/>
        <source>Update the standard paragraphs?</source>
        <extracomment>The field whose change offers the new wording.</extracomment>
        <translation>هل تريد تحديث الفقرات المعتادة؟</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="56"/>
        <source>The letter is now sent by several representatives. Write these paragraphs for several senders (“we”, “our Governments”)?</source>
        <translation>أصبحت الرسالة الآن مرسَلة من عدة ممثلين. هل تريد صياغة هذه الفقرات لعدة مرسِلين («نحن»، «حكوماتنا»)؟</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="58"/>
        <source>The letter is now sent by one representative. Write these paragraphs for one sender (“I”, “my Government”)?</source>
        <translation>أصبحت الرسالة الآن مرسَلة من ممثل واحد. هل تريد صياغة هذه الفقرات لمرسِل واحد («أنا»، «حكومتي»)؟</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="66"/>
        <source>Paragraph {number}</source>
        <translation>الفقرة {number}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="67"/>
        <source>edited by you: only the words for the senders change</source>
        <translation>عدّلتَها بنفسك: لن تتغير إلا الكلمات المتعلقة بالمرسِلين</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="75"/>
        <source>Update paragraphs</source>
        <translation>تحديث الفقرات</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="78"/>
        <source>Keep them as they are</source>
        <translation>إبقاؤها كما هي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="39"/>
        <source>give an http:// or https:// address</source>
        <translation>أدخل عنواناً يبدأ بـ http:// أو https://</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="40"/>
        <source>the address names no server</source>
        <translation>العنوان لا يتضمن اسم خادم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="41"/>
        <source>the address has an invalid port</source>
        <translation>العنوان يتضمن منفذاً غير صالح</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="70"/>
        <source>Signing</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="76"/>
        <source>As printed under the letter: the block with this name is the one signed</source>
        <translation>كما يُطبع أسفل الرسالة: خانة التوقيع التي تحمل هذا الاسم هي التي تُوقَّع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="78"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Signer&apos;s name</source>
        <translation>اسم الموقِّع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="81"/>
        <source>One title per line, e.g. Permanent Representative</source>
        <translation>منصب واحد في كل سطر، مثال: الممثل الدائم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="83"/>
        <source>Used only when you ask: “Use my profile for this signatory” on a signatory fills in this name and titles</source>
        <translation>لا يُستخدم إلا بطلب منك: يؤدي الخيار «استخدام ملفي التعريفي لهذا الموقِّع» في خانة أحد الموقِّعين إلى ملء هذا الاسم وهذه المناصب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="85"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Titles</source>
        <translation>المناصب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="89"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="140"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="170"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="196"/>
        <source>Scanned signature</source>
        <translation>التوقيع الممسوح ضوئياً</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="99"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="141"/>
        <source>Key and certificate</source>
        <translation>المفتاح والشهادة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>ملفات PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="103"/>
        <source>e.g. http://timestamp.example.org (empty: none)</source>
        <translation>مثال: http://timestamp.example.org (فارغ: بلا ختم زمني)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="104"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="142"/>
        <source>Time-stamp server</source>
        <translation>خادم الختم الزمني</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="108"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="110"/>
        <source>How long the time-stamp server may take in all, from connecting to its last byte; then signing stops with an error.</source>
        <translation>المدة الإجمالية المسموح بها لخادم الختم الزمني، من الاتصال حتى آخر بايت؛ وبعدها يتوقف التوقيع مع رسالة خطأ.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="113"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="143"/>
        <source>Time-stamp deadline</source>
        <translation>المهلة القصوى للختم الزمني</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="114"/>
        <source>Make signed letters PDF/A-2b (for archiving)</source>
        <translation>إنشاء الرسائل الموقَّعة بصيغة PDF/A-2b (للأرشفة)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="134"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="144"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="181"/>
        <source>Trusted certificates</source>
        <translation>الشهادات الموثوق بها</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="182"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="200"/>
        <source>Key and certificate: {file} does not exist</source>
        <translation>المفتاح والشهادة: الملف {file} غير موجود</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="204"/>
        <source>Time-stamp server: {problem}</source>
        <translation>خادم الختم الزمني: {problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="209"/>
        <source>Trusted certificates: {file} does not exist</source>
        <translation>الشهادات الموثوق بها: الملف {file} غير موجود</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="204"/>
        <source>No suggestions</source>
        <extracomment>The project&apos;s language, asked each time (it may change while the form is open).</extracomment>
        <translation>لا توجد اقتراحات</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="205"/>
        <source>Add “{word}” to dictionary</source>
        <translation>إضافة «{word}» إلى القاموس</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="211"/>
        <source>Spelling: loading the {language} dictionary…</source>
        <translation>التدقيق الإملائي: جارٍ تحميل قاموس اللغة {language}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="216"/>
        <source>{language} text is not spell-checked</source>
        <translation>لا يخضع النص باللغة {language} للتدقيق الإملائي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="234"/>
        <source>No {language} dictionary is installed: {language} text is not spell-checked</source>
        <translation>لا يوجد قاموس مثبَّت للغة {language}: لا يخضع النص باللغة {language} للتدقيق الإملائي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="57"/>
        <source>The user guide is missing: {file}</source>
        <translation>دليل المستخدم غير موجود: {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="91"/>
        <source>User guide — cica-desktop</source>
        <translation>دليل المستخدم — cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="92"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="108"/>
        <source>Prepares a request to put an item on the agenda of the United Nations General Assembly: the letter and its annexes, in the UN layout, as DOCX and PDF, signed.</source>
        <translation>يُعِدّ طلباً لإدراج بند في جدول أعمال الجمعية العامة للأمم المتحدة: الرسالة ومرفقاتها، وفق تخطيط الأمم المتحدة، بصيغتي DOCX وPDF، موقَّعةً.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="111"/>
        <source>Each PDF embeds the fonts it uses (subsets); the licences above allow that. DOCX files name the fonts UN offices have and embed none.</source>
        <translation>يضمِّن كل ملف PDF الخطوط التي يستخدمها (مجموعات فرعية منها)؛ وتسمح التراخيص المذكورة أعلاه بذلك. أما ملفات DOCX فتذكر أسماء الخطوط المتوفرة لدى مكاتب الأمم المتحدة ولا تضمِّن أياً منها.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <source>Component</source>
        <translation>المكوِّن</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Script</source>
        <translation>نظام الكتابة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Family</source>
        <translation>عائلة الخط</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="116"/>
        <source>none installed</source>
        <translation>لا يوجد خط مثبَّت</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="118"/>
        <source>Versions and licences</source>
        <translation>الإصدارات والتراخيص</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="119"/>
        <source>Fonts the documents embed on this computer</source>
        <translation>الخطوط التي تضمِّنها الوثائق على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="136"/>
        <source>About cica-desktop</source>
        <translation>حول cica-desktop</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="53"/>
        <source>Compare with an earlier version</source>
        <translation>المقارنة بنسخة سابقة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="59"/>
        <source>The project being edited is the new version. Every difference from the earlier version becomes a tracked change (Word&apos;s Review pane lists each one), or is drawn in colour in a PDF.</source>
        <translation>المشروع الجاري تحريره هو النسخة الجديدة. ويصبح كل اختلاف عن النسخة السابقة تغييراً متعقَّباً (يسرد جزء «المراجعة» في Word كل تغيير منها)، أو يُرسم بالألوان في ملف PDF.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="65"/>
        <source>The earlier version&apos;s project file (.json)</source>
        <translation>ملف مشروع النسخة السابقة (‎.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="68"/>
        <source>Word document with tracked changes (.docx)</source>
        <translation>وثيقة Word مع تعقب التغييرات (‎.docx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="69"/>
        <source>PDF showing the changes (.pdf)</source>
        <translation>ملف PDF يُظهر التغييرات (‎.pdf)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="74"/>
        <source>The name Word shows for each change</source>
        <translation>الاسم الذي يعرضه Word لكل تغيير</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="81"/>
        <source>Earlier version:</source>
        <translation>النسخة السابقة:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="83"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="84"/>
        <source>Write to:</source>
        <translation>الكتابة في:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="85"/>
        <source>Changes by:</source>
        <translation>التغييرات باسم:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="87"/>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="110"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="132"/>
        <source>Earlier version</source>
        <translation>النسخة السابقة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="133"/>
        <source>Projects (*.json)</source>
        <translation>المشاريع (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="139"/>
        <source>Word documents (*.docx)</source>
        <translation>وثائق Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="140"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="141"/>
        <source>Write the changes to</source>
        <translation>كتابة التغييرات في</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="152"/>
        <source>Replace the file?</source>
        <translation>هل تريد استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="160"/>
        <source>This file already exists. Do you want to replace it?</source>
        <translation>هذا الملف موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="172"/>
        <source>Nothing was written: {file} was kept.</source>
        <translation>لم يُكتب أي شيء: احتُفظ بالملف {file} كما هو.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="181"/>
        <source>Nothing was written. {reason}</source>
        <translation>لم يُكتب أي شيء. {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="191"/>
        <source>Changed: {changed}, inserted: {inserted}, deleted: {deleted}, moved: {moved}, renumbered or restyled: {reformatted}.</source>
        <translation>المعدَّل: {changed}، والمُدرَج: {inserted}، والمحذوف: {deleted}، والمنقول: {moved}، والمعاد ترقيمه أو تنسيقه: {reformatted}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="196"/>
        <source>The two versions do not differ.</source>
        <translation>لا يوجد اختلاف بين النسختين.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="197"/>
        <source>Written to {path}. {changes}</source>
        <translation>كُتبت النتيجة في {path}. {changes}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="207"/>
        <source>{target} already exists; it was kept.</source>
        <translation>{target} موجود بالفعل؛ وقد أُبقي عليه.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="209"/>
        <source>The project has errors: correct them (see the findings) before comparing.</source>
        <translation>في المشروع أخطاء: صحِّحها (انظر نتائج التدقيق) قبل المقارنة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="213"/>
        <source>{file} is not a valid project: {details}</source>
        <translation>{file} ليس مشروعًا صالحًا: {details}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="216"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>يتعذر قراءة {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="218"/>
        <source>The earlier version is in another language ({old}; this one: {new}): compare two versions in one language.</source>
        <translation>النسخة السابقة بلغة أخرى ({old}؛ هذه النسخة: {new}): قارن بين نسختين باللغة نفسها.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="222"/>
        <source>Could not compare ({reason}); nothing was written.</source>
        <translation>تعذرت المقارنة ({reason})؛ ولم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="45"/>
        <source>Export</source>
        <extracomment>The jobs running (their signals are deleted when they end). The busy bar, for the window&apos;s status bar. The message of the last export written with warnings, while it is open.</extracomment>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="60"/>
        <location filename="../../cica_desktop/ui/exports.py" line="78"/>
        <source>Cannot export yet</source>
        <translation>لا يمكن التصدير بعد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="61"/>
        <source>Some values are wrong rather than missing; fix the ones listed under Findings first ({count} left).</source>
        <translation>بعض القيم خاطئة وليست ناقصة فحسب؛ صحّح أولاً القيم المدرجة في «نتائج التدقيق» (المتبقي: {count}).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="65"/>
        <location filename="../../cica_desktop/ui/exports.py" line="92"/>
        <source>Cannot export</source>
        <translation>يتعذر التصدير</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="66"/>
        <location filename="../../cica_desktop/ui/exports.py" line="93"/>
        <source>The package has no draft resolution.</source>
        <translation>لا تتضمن الحزمة مشروع قرار.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="79"/>
        <source>Fix the problems listed under Findings first ({count} left). A draft, with the fields still to fill marked, can be exported at any time: Export ▸ Draft PDF or Draft DOCX.</source>
        <translation>صحّح أولاً المشاكل المدرجة في «نتائج التدقيق» (المتبقي: {count}). ويمكن في أي وقت تصدير مسودة تُبرَز فيها الحقول التي لم تُملأ بعد: تصدير ▸ مسودة PDF أو مسودة DOCX.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="128"/>
        <source>Exporting {file}…</source>
        <translation>جارٍ تصدير {file}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="139"/>
        <source>Exported {file}</source>
        <translation>تم تصدير {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="147"/>
        <source>Exported with warnings</source>
        <translation>تم التصدير مع تحذيرات</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="148"/>
        <source>{file} was written. Check these before sending it:</source>
        <translation>كُتب الملف {file}. تحقق مما يلي قبل إرساله:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="167"/>
        <location filename="../../cica_desktop/ui/exports.py" line="168"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="169"/>
        <source>{file} was not written: {reason}
Any previous file of that name is unchanged.</source>
        <translation>لم تتم كتابة {file}: {reason}
لم يتغير أي ملف سابق يحمل الاسم نفسه.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="93"/>
        <source>Find and replace</source>
        <extracomment>Shows *match* to the user: selects its part, puts the cursor in its field and returns the field&apos;s editor (None when it has none). The occurrence shown last; &quot;Find next&quot; goes on from there.</extracomment>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="94"/>
        <source>&amp;Find:</source>
        <translation>&amp;بحث عن:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="95"/>
        <source>Replace &amp;with:</source>
        <translation>ا&amp;ستبدال بـ:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="96"/>
        <source>Whole words only</source>
        <translation>الكلمات الكاملة فقط</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="97"/>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="98"/>
        <source>Find &amp;next</source>
        <translation>بحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="99"/>
        <source>Find &amp;previous</source>
        <translation>بحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="100"/>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="101"/>
        <source>Replace &amp;all</source>
        <translation>استبدال ال&amp;كل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="136"/>
        <location filename="../../cica_desktop/ui/find_replace.py" line="166"/>
        <source>Not found.</source>
        <translation>لم يُعثر على نتائج.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="141"/>
        <source>{n} of {count}</source>
        <translation>{n} من {count}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="159"/>
        <source>Replaced; no more occurrences.</source>
        <translation>تم الاستبدال؛ لا توجد تكرارات أخرى.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="164"/>
        <source>Replaced {count} occurrence(s) in one step (Undo takes them back).</source>
        <translation>تم استبدال {count} تكرار (تكرارات) في خطوة واحدة (يُلغيها «تراجع»).</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="64"/>
        <source>Findings</source>
        <extracomment>A finding was clicked or activated: the model path of its field. &quot;Apply fix&quot; was chosen for a finding (the window applies it as one undo step). Applies the selected finding&apos;s fix. The list of findings (the window&apos;s ``findings``).</extracomment>
        <translation>نتائج التدقيق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="65"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (click one to go to the field)</source>
        <translation>&lt;b&gt;نتائج التدقيق&lt;/b&gt; (انقر على إحداها للانتقال إلى الحقل)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="66"/>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="112"/>
        <source>Apply fix</source>
        <translation>تطبيق التصحيح</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="68"/>
        <source>Change the field as the selected finding suggests (Edit ▸ Undo takes it back)</source>
        <translation>تغيير الحقل وفق ما تقترحه النتيجة المحددة (يُلغيه تحرير ▸ تراجع)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="81"/>
        <source>Fix: {fix}</source>
        <translation>التصحيح: {fix}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="87"/>
        <source>No problems found.</source>
        <translation>لم يُعثر على مشاكل.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="110"/>
        <source>&amp;New request…</source>
        <extracomment>The objectName (tests and scripts find the action by it). The source text, translated in CONTEXT (a language&apos;s name is shown as it is). The platform&apos;s standard key, if there is one for what it does. Its keys (&quot;Ctrl+Shift+M&quot;), where Qt has no standard key, or the platform none for it. For a check mark: whether it is checked when the menus are built. Actions, submenus, and None for a separator. The objectName of a menu the window refers to. Fills the menu each time it opens (the recent files).</extracomment>
        <translation>طلب &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="112"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="114"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="116"/>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="118"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="120"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="125"/>
        <source>Letter PDF…</source>
        <extracomment>The exports in the UN layout, also on the toolbar.</extracomment>
        <translation>الرسالة PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="127"/>
        <source>Draft resolution DOCX…</source>
        <translation>مشروع القرار DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="129"/>
        <source>Full package PDF…</source>
        <translation>الحزمة كاملة PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="131"/>
        <source>Full package DOCX…</source>
        <translation>الحزمة كاملة DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="139"/>
        <source>New from an earlier request…</source>
        <translation>جديد من طلب سابق…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="141"/>
        <source>New from sample</source>
        <translation>جديد من نموذج</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="142"/>
        <source>A/62/232 (Chinese)</source>
        <translation>A/62/232 (الصينية)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="144"/>
        <source>A/62/232 (English)</source>
        <translation>A/62/232 (الإنكليزية)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="150"/>
        <source>&amp;Import Word document…</source>
        <translation>ا&amp;ستيراد وثيقة Word…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="152"/>
        <source>Compare &amp;with earlier version…</source>
        <translation>م&amp;قارنة بنسخة سابقة…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="163"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="165"/>
        <source>Find and &amp;replace…</source>
        <translation>بحث وا&amp;ستبدال…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="167"/>
        <source>Fix &amp;quotes</source>
        <translation>تصحيح &amp;علامات الاقتباس</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="170"/>
        <source>&amp;Package</source>
        <translation>ال&amp;حزمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="171"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="271"/>
        <source>Add annex</source>
        <extracomment>What the state line above the preview says about the project (draft, problems). The errors of the data last sent to the preview (a draft&apos;s gaps). While typing, the findings are listed in a worker thread. The status bar message saying autosave failed, while it fails; else &quot;&quot;. The menus, toolbar and actions (ui/actions.py), rebuilt when the language changes. The share of the screen&apos;s free area (without task bars) a first window takes. The width a first window gives the form, when the screen has room for it: its labels and fields side by side, none cut off (at 150 % scaling on a 1366 × 768 screen the screen is 910 points wide). The splitter is shared out once the window has its size (showEvent). The list of findings (objectName &quot;findings&quot;).</extracomment>
        <translation>إضافة مرفق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="172"/>
        <source>Explanatory memorandum</source>
        <translation>مذكرة إيضاحية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="174"/>
        <source>Draft resolution</source>
        <translation>مشروع قرار</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="176"/>
        <source>Letter (with or without an enclosure)</source>
        <translation>رسالة (مع ضميمة أو بدونها)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="180"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="276"/>
        <source>Remove annex</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="183"/>
        <source>E&amp;xport</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="187"/>
        <source>As the mission sends it, unsigned PDF…</source>
        <translation>كما ترسلها البعثة، PDF غير موقَّع…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="190"/>
        <source>As the mission sends it, DOCX…</source>
        <translation>كما ترسلها البعثة، DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="194"/>
        <source>Draft PDF, fields still to fill marked…</source>
        <translation>مسودة PDF، مع إبراز الحقول التي لم تُملأ بعد…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="197"/>
        <source>Draft DOCX, fields still to fill marked…</source>
        <translation>مسودة DOCX، مع إبراز الحقول التي لم تُملأ بعد…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="200"/>
        <source>Signed letter PDF…</source>
        <translation>الرسالة الموقَّعة PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="202"/>
        <source>Verify signed PDF…</source>
        <translation>التحقق من ملف PDF موقَّع…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="205"/>
        <source>Submission…</source>
        <translation>التقديم إلى الأمانة العامة…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="208"/>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="209"/>
        <source>Signing…</source>
        <translation>التوقيع…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="211"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="216"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="217"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="220"/>
        <source>&amp;About cica-desktop</source>
        <translation>&amp;حول cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="225"/>
        <source>Main</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="273"/>
        <source>Add an annex: an explanatory memorandum, a draft resolution or a letter</source>
        <translation>إضافة مرفق: مذكرة إيضاحية أو مشروع قرار أو رسالة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="274"/>
        <source>Move annex up</source>
        <translation>نقل المرفق إلى أعلى</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="275"/>
        <source>Move annex down</source>
        <translation>نقل المرفق إلى أسفل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="405"/>
        <source>The project has problems; see Findings.</source>
        <extracomment>Milliseconds of quiet after a change before the preview and the findings catch up.</extracomment>
        <translation>في المشروع مشاكل؛ انظر «نتائج التدقيق».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="326"/>
        <source>Autosaved {time}</source>
        <translation>تم الحفظ التلقائي في {time}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="333"/>
        <source>Autosave failed: {reason}. Trying again every {seconds:g} s; save your work to keep it safe.</source>
        <translation>فشل الحفظ التلقائي: {reason}. ستُعاد المحاولة كل {seconds:g} ث؛ احفظ عملك لتأمينه.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="336"/>
        <source>⚠ Autosave failed</source>
        <translation>⚠ فشل الحفظ التلقائي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="352"/>
        <source>Untitled request</source>
        <translation>طلب بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="355"/>
        <source>autosave failed</source>
        <translation>فشل الحفظ التلقائي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="416"/>
        <source>The preview shows the last version without problems; {count} to fix (see Findings).</source>
        <translation>تعرض المعاينة آخر نسخة خالية من المشاكل؛ المشاكل المطلوب تصحيحها: {count} (انظر «نتائج التدقيق»).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="419"/>
        <source>Draft: {count} field(s) to fill in, shown in brackets (see Findings). The final documents can be exported once they are filled in.</source>
        <translation>مسودة: الحقول المطلوب ملؤها: {count}، وهي معروضة بين قوسين معقوفين (انظر «نتائج التدقيق»). ويمكن تصدير الوثائق النهائية بعد ملئها.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="443"/>
        <source>Quotes fixed in {count} field(s) (Undo takes them back).</source>
        <translation>صُحِّحت علامات الاقتباس في {count} حقل (حقول) (يُلغي «تراجع» ذلك).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="444"/>
        <source>No straight quotes to fix.</source>
        <translation>لا توجد علامات اقتباس مستقيمة لتصحيحها.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="514"/>
        <source>Laying out the pages after this one…</source>
        <translation>جارٍ تخطيط الصفحات التي تلي هذه الصفحة…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="525"/>
        <source>The preview could not be drawn: {message}</source>
        <translation>تعذر رسم المعاينة: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="563"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="564"/>
        <source>Save the changes to {name} before closing it?</source>
        <translation>هل تريد حفظ التغييرات على {name} قبل إغلاقه؟</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="566"/>
        <source>the untitled request</source>
        <translation>الطلب الذي لا عنوان له</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="595"/>
        <source>New from an earlier request</source>
        <translation>جديد من طلب سابق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="596"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="628"/>
        <source>Request projects (*.json);;All files (*)</source>
        <translation>مشاريع الطلبات (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="603"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="638"/>
        <source>Cannot open</source>
        <translation>يتعذر الفتح</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="604"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="639"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>يتعذر فتح {file}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="612"/>
        <source>A new request from {file}: check the session and the dates, and sign it again.</source>
        <translation>طلب جديد مأخوذ من {file}: تحقق من الدورة والتواريخ، ثم وقِّعه من جديد.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="627"/>
        <source>Open request</source>
        <translation>فتح طلب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="654"/>
        <source>Save request as</source>
        <translation>حفظ الطلب باسم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="655"/>
        <source>Request projects (*.json)</source>
        <translation>مشاريع الطلبات (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="668"/>
        <source>Not saved</source>
        <translation>لم يُحفَظ</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="669"/>
        <source>{file} could not be saved: {reason}
The previous file is unchanged.</source>
        <translation>تعذر حفظ {file}: {reason}
لم يتغير الملف السابق.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="673"/>
        <source>Saved {file}</source>
        <translation>تم حفظ {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="687"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>SignFlow</name>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="44"/>
        <source>Signing key and certificate</source>
        <translation>مفتاح التوقيع والشهادة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="45"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>ملفات PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="51"/>
        <source>Sign the letter</source>
        <translation>توقيع الرسالة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="52"/>
        <source>Password of {file} (used for this signature only):</source>
        <translation>كلمة مرور {file} (تُستخدم لهذا التوقيع فقط):</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="57"/>
        <source>Export signed letter</source>
        <translation>تصدير الرسالة الموقَّعة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="64"/>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="72"/>
        <source>Verify signed PDF</source>
        <translation>التحقق من ملف PDF موقَّع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="76"/>
        <source>{file} cannot be checked: {reason}</source>
        <translation>يتعذر فحص {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="81"/>
        <source>{file} has no signature.</source>
        <translation>لا يحمل {file} أي توقيع.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="85"/>
        <source>{file}: valid. The signatures hold and nothing was changed after signing beyond what they permit.</source>
        <translation>{file}: صالح. التوقيعات سليمة، ولم يُجرَ بعد التوقيع أي تغيير يتجاوز ما تسمح به.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="88"/>
        <source>{file}: valid, but a signer is not in your trusted certificates (Settings ▸ Signing…).</source>
        <translation>{file}: صالح، ولكن أحد الموقِّعين ليس ضمن شهاداتك الموثوق بها (الإعدادات ▸ التوقيع…).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="91"/>
        <source>{file}: NOT VALID. It was changed after signing, or a signature does not hold. Do not rely on what it shows.</source>
        <translation>{file}: غير صالح. لقد غُيِّر بعد التوقيع، أو أن أحد التوقيعات غير سليم. لا تعتمد على ما يعرضه.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="54"/>
        <source>Submission for the Secretariat</source>
        <translation>التقديم إلى الأمانة العامة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="58"/>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="60"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="62"/>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="65"/>
        <source>addresses, separated by commas</source>
        <translation>عناوين مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="63"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="66"/>
        <source>Cc:</source>
        <translation>نسخة إلى:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="68"/>
        <source>Signing key (.p12):</source>
        <translation>مفتاح التوقيع (‎.p12):</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="71"/>
        <source>Password (for this signature only):</source>
        <translation>كلمة المرور (لهذا التوقيع فقط):</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="79"/>
        <source>Sign and write</source>
        <translation>توقيع وكتابة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="99"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="106"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="112"/>
        <source>Signing key and certificate</source>
        <translation>مفتاح التوقيع والشهادة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="114"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>ملفات PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="126"/>
        <source>Choose a folder.</source>
        <translation>اختر مجلداً.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="128"/>
        <source>Choose the signing key (.p12 or .pfx).</source>
        <translation>اختر مفتاح التوقيع (‎.p12 أو ‎.pfx).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="132"/>
        <source>{address} is not an e-mail address.</source>
        <translation>{address} ليس عنوان بريد إلكتروني.</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="160"/>
        <source>Cannot export yet</source>
        <translation>لا يمكن التصدير بعد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="161"/>
        <source>Fix the problems listed under Findings first ({count} left).</source>
        <translation>صحّح أولاً المشاكل المدرجة في «نتائج التدقيق» (المتبقي: {count}).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="182"/>
        <source>Replace the submission?</source>
        <translation>هل تريد استبدال ملفات التقديم؟</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="183"/>
        <source>{folder} already holds files of this submission:
{files}

Replace them? Other files in the folder are left alone.</source>
        <translation>يحتوي المجلد {folder} بالفعل على ملفات هذا التقديم:
{files}

هل تريد استبدالها؟ لن تُمس الملفات الأخرى في المجلد.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="206"/>
        <source>Preparing the submission in {folder}…</source>
        <translation>جارٍ إعداد ملفات التقديم في {folder}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="222"/>
        <source>Submission written: {count} files in {folder}</source>
        <translation>كُتبت ملفات التقديم في {folder} (عدد الملفات: {count})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="230"/>
        <source>Submission written</source>
        <translation>كُتبت ملفات التقديم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="238"/>
        <source>The folder written holds these files:</source>
        <translation>يحتوي المجلد الذي كُتب على الملفات التالية:</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="248"/>
        <source>Open the e-mail</source>
        <translation>فتح رسالة البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="253"/>
        <source>Open the folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="261"/>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="262"/>
        <source>Submission failed</source>
        <translation>فشل إعداد ملفات التقديم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="263"/>
        <source>Nothing was written in {folder}: {reason}</source>
        <translation>لم يُكتب أي شيء في {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="43"/>
        <source>The language was recognised by the script of the text: {language}.</source>
        <translation>تم التعرف على اللغة من نظام كتابة النص: {language}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="45"/>
        <source>The headings were read as {language} headings.</source>
        <translation>قُرئت العناوين على أنها عناوين باللغة {language}.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="47"/>
        <source>No heading in any of the six languages was recognised: the document was read as English.</source>
        <translation>لم يُتعرَّف على أي عنوان بأي من اللغات الست: قُرئت الوثيقة على أنها بالإنكليزية.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="50"/>
        <source>No heading “Letter dated … from …” was found: the text before the first annex was read as the cover letter.</source>
        <translation>لم يُعثر على عنوان «رسالة مؤرخة … موجهة إلى … من …»: قُرئ النص الوارد قبل المرفق الأول على أنه الرسالة الرئيسية.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="53"/>
        <source>Kept in the cover letter: it is not a heading the UN prints before the letter.</source>
        <translation>أُبقي في الرسالة الرئيسية: فهو ليس من العناوين التي تطبعها الأمم المتحدة قبل الرسالة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="56"/>
        <source>Each signatory was given a State in the order of the letter&apos;s heading (the signature blocks do not name their States): check them.</source>
        <translation>أُسندت إلى كل موقِّع دولةٌ بترتيب ورود الدول في عنوان الرسالة (لا تذكر خانات التوقيع الدول التي تمثلها): تحقق منها.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="59"/>
        <source>No signature block was found: the signatory is left to fill.</source>
        <translation>لم يُعثر على خانة توقيع: تُركت بيانات الموقِّع فارغة لتملأها.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="61"/>
        <source>The last {count} short lines of the letter were read as its signature block, with “{name}” as the name.</source>
        <translation>قُرئت الأسطر القصيرة الأخيرة من الرسالة (عددها {count}) على أنها خانة التوقيع، و«{name}» على أنه الاسم.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="64"/>
        <source>“{text}” was taken as annex {number}, its place in the order.</source>
        <translation>اعتُبر «{text}» المرفق {number}، وفقاً لموضعه في الترتيب.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="66"/>
        <source>Rule {rule} was read from the letter&apos;s text.</source>
        <translation>استُخلصت المادة {rule} من نص الرسالة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="68"/>
        <source>The item title was read from the quotation in the letter.</source>
        <translation>استُخلص عنوان البند من النص المقتبس في الرسالة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="70"/>
        <source>The item title was not found: it is left to fill.</source>
        <translation>لم يُعثر على عنوان البند: تُرك فارغاً لتملأه.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="72"/>
        <source>The letter&apos;s date was not found: today&apos;s date was put in its place; check it.</source>
        <translation>لم يُعثر على تاريخ الرسالة: وُضع تاريخ اليوم مكانه؛ تحقق منه.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="75"/>
        <source>The session was not found: session {session} was taken, the one that rule {rule} is for on the letter&apos;s date.</source>
        <translation>لم يُعثر على الدورة: اعتُمدت الدورة {session}، وهي الدورة التي يخصها الطلب المقدم بموجب المادة {rule} في تاريخ الرسالة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="78"/>
        <source>The requesting State was not found in a letter heading: it is left to fill.</source>
        <translation>لم يُعثر على الدولة مقدمة الطلب في عنوان أي رسالة: تُركت فارغة لتملأها.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="81"/>
        <source>Annex {number} was read as a draft resolution because it has the organ line “{organ_line}”.</source>
        <translation>قُرئ المرفق {number} على أنه مشروع قرار لأنه يتضمن سطر الهيئة «{organ_line}».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="84"/>
        <source>Annex {number} was read as a letter because it is signed.</source>
        <translation>قُرئ المرفق {number} على أنه رسالة لأنه موقَّع.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="86"/>
        <source>Annex {number} was read as a memorandum because no other kind fits (it has no organ line and no signature).</source>
        <translation>قُرئ المرفق {number} على أنه مذكرة لأنه لا ينطبق عليه أي نوع آخر (لا يتضمن سطر هيئة ولا توقيعاً).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="89"/>
        <source>A table in the draft resolution was kept as a paragraph of its cells.</source>
        <translation>احتُفظ بجدول وارد في مشروع القرار في شكل فقرة تضم نصوص خلاياه.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="91"/>
        <source>Read as an operative paragraph because it starts with “{lead}”.</source>
        <translation>قُرئت على أنها فقرة من المنطوق لأنها تبدأ بـ «{lead}».</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="93"/>
        <source>A numbered operative paragraph: “{verb}” was taken as its verb (it was not set apart in italics).</source>
        <translation>فقرة مرقمة من المنطوق: اعتُبرت «{verb}» فعلَ المنطوق فيها (لم تكن مميَّزة بخط مائل).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="96"/>
        <source>An unnumbered paragraph after the operative paragraphs was kept as a new line of the one before.</source>
        <translation>احتُفظ بفقرة غير مرقمة تلي فقرات المنطوق في شكل سطر جديد من الفقرة التي قبلها.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="99"/>
        <source>A preambular paragraph without lead words in italics.</source>
        <translation>فقرة من الديباجة بلا كلمات استهلالية بخط مائل.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="101"/>
        <source>Draft resolution: “{text}” was kept as a preambular paragraph.</source>
        <translation>مشروع القرار: احتُفظ بـ «{text}» في شكل فقرة من الديباجة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="103"/>
        <source>“{name}” was read as the mission&apos;s name and the {count} lines under it as its address (the letterhead).</source>
        <translation>قُرئ «{name}» على أنه اسم البعثة، والأسطر التي تليه (عددها {count}) على أنها عنوانها (الترويسة).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="106"/>
        <source>The salutation “{text}” is the one the letter always has: it was taken out of the text, and is written again on export.</source>
        <translation>عبارة التحية «{text}» هي العبارة الثابتة في الرسالة: حُذفت من النص، وتُكتب من جديد عند التصدير.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="109"/>
        <source>The closing “{text}” is the one the letter always has: it was taken out of the text, and is written again on export.</source>
        <translation>عبارة الختام «{text}» هي العبارة الثابتة في الرسالة: حُذفت من النص، وتُكتب من جديد عند التصدير.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="112"/>
        <source>Read as a sub-list of the item before it (a new list straight after a list item).</source>
        <translation>قُرئت على أنها قائمة فرعية للعنصر الذي قبلها (قائمة جديدة تلي عنصر قائمة مباشرةً).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="115"/>
        <source>Table row {number} has {cells} cells and the header {width}: the row was evened out.</source>
        <translation>يتضمن الصف {number} من الجدول {cells} خلية، في حين يتضمن صف العناوين {width}: سُوّي عدد خلايا الصف.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="118"/>
        <source>Read as a heading because it is short and bold.</source>
        <translation>قُرئت على أنها عنوان لأنها قصيرة وبخط عريض.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="120"/>
        <source>Read as a heading because it is short and italic.</source>
        <translation>قُرئت على أنها عنوان لأنها قصيرة وبخط مائل.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="122"/>
        <source>Footnote {number} was kept in brackets where its mark stood (a project has no footnotes): “{text}”.</source>
        <translation>احتُفظ بالحاشية {number} بين معقوفتين في موضع علامتها (ليس للمشروع حواش): “{text}”.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="125"/>
        <source>Endnote {number} was kept in brackets where its mark stood (a project has no endnotes): “{text}”.</source>
        <translation>احتُفظ بالتعليق الختامي {number} بين معقوفتين في موضع علامته (ليس للمشروع تعليقات ختامية): “{text}”.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="145"/>
        <source>Paragraph {number}: {message}</source>
        <translation>الفقرة {number}: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="155"/>
        <source>To fill: {field}</source>
        <translation>يلزم ملء: {field}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="157"/>
        <source>To correct: {field}: {message}</source>
        <translation>يلزم تصحيح: {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="169"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="172"/>
        <source>{file} was read; {count} values must be corrected (see Findings).</source>
        <translation>تمت قراءة {file}؛ يجب تصحيح {count} من القيم (انظر «نتائج التدقيق»).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="176"/>
        <source>{file} was read as a draft: the fields still to fill are listed below and marked in the preview.</source>
        <translation>قُرئ {file} على أنه مسودة: الحقول التي لم تُملأ بعد مدرجة أدناه ومُبرَزة في المعاينة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="180"/>
        <source>{file} was read; check the guesses below.</source>
        <translation>تمت قراءة {file}؛ تحقق من الاستنتاجات الواردة أدناه.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="203"/>
        <source>Import Word document</source>
        <translation>استيراد وثيقة Word</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="205"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>وثائق Word (*.docx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="214"/>
        <location filename="../../cica_desktop/ui/word_import.py" line="219"/>
        <source>Cannot import</source>
        <translation>يتعذر الاستيراد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="214"/>
        <source>{file} cannot be imported:
{reason}</source>
        <translation>يتعذر استيراد {file}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="219"/>
        <source>{file} could not be imported because of a fault in cica-desktop ({fault}). Nothing was opened. Please report this with the Word file.</source>
        <translation>تعذر استيراد {file} بسبب خطأ في cica-desktop ({fault}). لم يُفتح شيء. يرجى الإبلاغ عن ذلك مع إرفاق ملف Word.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="226"/>
        <source>Imported {file}: save it as a project.</source>
        <translation>تم استيراد {file}: احفظه كمشروع.</translation>
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
        <translation>يتعذر قراءة الملف: {reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="50"/>
        <source>the file is not UTF-8 text ({reason})</source>
        <translation>الملف ليس نصاً بترميز UTF-8 ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="51"/>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>ليس JSON صالحاً: {problem} في السطر {line}، العمود {column}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="53"/>
        <source>a project file must hold one JSON object</source>
        <translation>يجب أن يتضمن ملف المشروع كائن JSON واحداً</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="55"/>
        <source>the file is nested too deeply</source>
        <translation>مستويات التداخل في الملف عميقة أكثر من اللازم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="56"/>
        <source>duplicate key &apos;{key}&apos; in {object}; keep one of them</source>
        <translation>المفتاح «{key}» مكرر في {object}؛ احتفظ بواحد منها فقط</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="58"/>
        <source>duplicate key &apos;{key}&apos; in {object} ({count} times); keep one of them</source>
        <translation>المفتاح «{key}» مكرر في {object} ({count} مرات)؛ احتفظ بواحد منها فقط</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="60"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file; keep one of them</source>
        <translation>المفتاح «{key}» مكرر في المستوى الأعلى من الملف؛ احتفظ بواحد منها فقط</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="62"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file ({count} times); keep one of them</source>
        <translation>المفتاح «{key}» مكرر في المستوى الأعلى من الملف ({count} مرات)؛ احتفظ بواحد منها فقط</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="65"/>
        <source>must be a whole number, not {given}</source>
        <translation>يجب أن يكون عدداً صحيحاً، لا {given}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="67"/>
        <source>{version} is newer than this version of cica-desktop reads ({supported}); update cica-desktop</source>
        <translation>{version} أحدث مما يستطيع هذا الإصدار من cica-desktop قراءته ({supported})؛ حدِّث cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="70"/>
        <source>{version} is not a known format version</source>
        <translation>{version} ليس إصداراً معروفاً للتنسيق</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="72"/>
        <source>is required but missing</source>
        <translation>مطلوب ولكنه غير موجود</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="73"/>
        <source>is not a field of this format (misspelt?)</source>
        <translation>ليس حقلاً من حقول هذا التنسيق (خطأ إملائي؟)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="74"/>
        <source>unknown kind &apos;{tag}&apos;; expected one of {expected}</source>
        <translation>نوع غير معروف «{tag}»؛ المتوقع واحد مما يلي: {expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="76"/>
        <source>does not say what kind it is ({discriminator} is missing)</source>
        <translation>لا يحدد نوعه ({discriminator} غير موجود)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="78"/>
        <source>Input should be a valid string</source>
        <translation>يجب أن يكون نصاً</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="79"/>
        <source>Input should be a valid dictionary</source>
        <translation>يجب أن يكون كائن JSON</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="80"/>
        <source>Input should be a valid list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="81"/>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عدداً صحيحاً</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="82"/>
        <source>must be true or false</source>
        <translation>يجب أن يكون true أو false</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="83"/>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation>ليس تاريخاً صالحاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="84"/>
        <source>must be one of {expected}</source>
        <translation>يجب أن يكون واحداً مما يلي: {expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="85"/>
        <source>must be {minimum} or more</source>
        <translation>يجب أن يكون {minimum} أو أكثر</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="86"/>
        <source>must be {maximum} or less</source>
        <translation>يجب أن يكون {maximum} أو أقل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="87"/>
        <source>is not in the expected form</source>
        <translation>ليس بالشكل المتوقع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="88"/>
        <source>may be at most {maximum} characters long</source>
        <translation>يجب ألا يتجاوز طوله {maximum} حرفاً</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="90"/>
        <source>needs at least {minimum} item(s)</source>
        <translation>يلزم {minimum} عنصر (عناصر) على الأقل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="91"/>
        <source>may have at most {maximum} item(s)</source>
        <translation>لا يجوز أن يتجاوز {maximum} عنصر (عناصر)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="93"/>
        <source>text is {length:,} characters long; the limit is {limit:,}</source>
        <translation>طول النص {length:,} حرفاً؛ والحد الأقصى {limit:,}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="95"/>
        <source>contains the control or non-character {character} at position {position}; remove it (it cannot be printed)</source>
        <translation>يتضمن حرف التحكم أو اللاحرف {character} في الموضع {position}؛ احذفه (لا يمكن طباعته)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="98"/>
        <source>must be a single line (it contains a line break)</source>
        <translation>يجب أن يكون سطراً واحداً (يتضمن فاصل أسطر)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="100"/>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغاً</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="101"/>
        <source>each of several representatives must name the State they represent</source>
        <translation>عندما يوقِّع عدة ممثلين، يجب أن يذكر كل منهم الدولة التي يمثلها</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="103"/>
        <source>sub-paragraphs go two levels deep at most ((a), then (i))</source>
        <translation>لا تتجاوز الفقرات الفرعية مستويين ((a)، ثم (i))</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="105"/>
        <source>lists nest three levels deep at most</source>
        <translation>لا يتجاوز تداخل القوائم ثلاثة مستويات</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="106"/>
        <source>has {cells} cells; the header has {header}</source>
        <translation>يتضمن {cells} خلية، في حين يتضمن صف العناوين {header}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="109"/>
        <source>rule 20 asks for an explanatory memorandum with every item proposed for the agenda; the package has none</source>
        <translation>تقتضي المادة 20 إرفاق مذكرة إيضاحية بكل بند يُقترح إدراجه في جدول الأعمال؛ والحزمة لا تتضمن مذكرة إيضاحية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="112"/>
        <source>rule 20 suggests a draft resolution where possible; the package has none</source>
        <translation>توصي المادة 20 بإرفاق مشروع قرار حيثما أمكن؛ والحزمة لا تتضمن مشروع قرار</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="115"/>
        <source>a rule {rule} request dated {date} is for session {expected}; the package names session {session}</source>
        <translation>الطلب المقدم بموجب المادة {rule} والمؤرخ {date} يخص الدورة {expected}؛ والحزمة تذكر الدورة {session}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="118"/>
        <source>a rule 13 request must come before the provisional agenda of session {session} is issued, 60 days before the session opens on {opening}; the letter is dated {date}, {days} days before: rule {instead} applies</source>
        <translation>يجب تقديم الطلب بموجب المادة 13 قبل صدور جدول الأعمال المؤقت للدورة {session}، أي قبل 60 يوماً من افتتاح الدورة في {opening}؛ والرسالة مؤرخة {date}، أي قبل الافتتاح بـ {days} يوماً: تنطبق المادة {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="122"/>
        <source>a rule 14 request is made at least 30 days before the session opens; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation>يُقدَّم الطلب بموجب المادة 14 قبل افتتاح الدورة بـ 30 يوماً على الأقل؛ وتُفتتح الدورة {session} في {opening}، أي بعد {days} يوماً من تاريخ الرسالة ({date}): تنطبق المادة {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="126"/>
        <source>a rule 15 request is made less than 30 days before the session opens or during it; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation>يُقدَّم الطلب بموجب المادة 15 قبل افتتاح الدورة بأقل من 30 يوماً أو أثناء انعقادها؛ وتُفتتح الدورة {session} في {opening}، أي بعد {days} يوماً من تاريخ الرسالة ({date}): تنطبق المادة {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="130"/>
        <source>session {session} opened on {opening}, before the letter&apos;s date ({date}); during a session an item is requested under rule {instead}</source>
        <translation>افتُتحت الدورة {session} في {opening}، أي قبل تاريخ الرسالة ({date})؛ وأثناء انعقاد الدورة يُطلب إدراج البند بموجب المادة {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="133"/>
        <source>session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}); until its provisional agenda is issued, 60 days before the opening, an item is requested for it under rule {instead}</source>
        <translation>تُفتتح الدورة {session} في {opening}، أي بعد {days} يوماً من تاريخ الرسالة ({date})؛ وإلى أن يصدر جدول أعمالها المؤقت، قبل 60 يوماً من الافتتاح، يُطلب إدراج البند فيه بموجب المادة {instead}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="137"/>
        <source>the next provisional agenda to be issued after {date} is that of session {expected}; the package names session {session}</source>
        <translation>جدول الأعمال المؤقت التالي الذي سيصدر بعد {date} هو جدول أعمال الدورة {expected}؛ والحزمة تذكر الدورة {session}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="140"/>
        <source>several signatories sign in the alphabetical order of their countries: {order}</source>
        <translation>يوقِّع الموقِّعون المتعددون بالترتيب الأبجدي لأسماء بلدانهم: {order}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="143"/>
        <source>{state} is not among the requesting States</source>
        <translation>{state} ليست من بين الدول مقدمة الطلب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="145"/>
        <source>the standalone draft resolution has no symbol: its masthead and running heads print none (the UN assigns it, e.g. A/C.6/80/L.2)</source>
        <translation>ليس لمشروع القرار المستقل رمز: فلا يُطبع رمز في ترويسته ولا في عناوين صفحاته (تخصصه الأمم المتحدة، مثل A/C.6/80/L.2)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="148"/>
        <source>UN documents write this State “{expected}”, not “{state}”</source>
        <translation>تكتب وثائق الأمم المتحدة اسم هذه الدولة “{expected}” لا “{state}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="150"/>
        <source>the document is issued on {issued}, before the letter&apos;s date, {date}</source>
        <translation>تاريخ صدور الوثيقة {issued} يسبق تاريخ الرسالة {date}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="152"/>
        <source>this annexed letter is dated {date}, after the cover letter of {cover}</source>
        <translation>هذه الرسالة المرفقة مؤرخة {date}، أي بعد الرسالة الرئيسية المؤرخة {cover}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="154"/>
        <source>an operative paragraph opens with a verb in the present tense, in italics (Decides, Requests); this one has none</source>
        <translation>تبدأ فقرة المنطوق بفعل في صيغة المضارع، بخط مائل (مثل: تقرر، تطلب)؛ وهذه الفقرة لا تتضمن فعلاً</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="157"/>
        <source>“{verb}” is the form of a preambular paragraph; an operative paragraph opens with a verb in the present tense (Notes, not Noting)</source>
        <translation>«{verb}» صيغة خاصة بفقرات الديباجة؛ تبدأ فقرة المنطوق بفعل في صيغة المضارع (Notes لا Noting)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="160"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: here “{expected}”, not “{found}”</source>
        <translation>تنتهي فقرة المنطوق بفاصلة منقوطة، وتنتهي الفقرة الأخيرة بنقطة: المطلوب هنا «{expected}»، لا «{found}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="163"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: “{expected}” is missing here</source>
        <translation>تنتهي فقرة المنطوق بفاصلة منقوطة، وتنتهي الفقرة الأخيرة بنقطة: «{expected}» ناقصة هنا</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="166"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: here “{expected}”, not “{found}”</source>
        <translation>تنتهي الفقرة الفرعية بفاصلة منقوطة، وتنتهي الفقرة الفرعية الأخيرة كما تنتهي فقرتها: المطلوب هنا «{expected}»، لا «{found}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="169"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: “{expected}” is missing here</source>
        <translation>تنتهي الفقرة الفرعية بفاصلة منقوطة، وتنتهي الفقرة الفرعية الأخيرة كما تنتهي فقرتها: «{expected}» ناقصة هنا</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="172"/>
        <source>this text introduces sub-paragraphs, so it ends with “{expected}”, not as a paragraph does</source>
        <translation>يمهِّد هذا النص لفقرات فرعية، ولذلك ينتهي بـ «{expected}»، لا كما تنتهي الفقرة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="175"/>
        <source>a preambular paragraph usually opens with a participle or adjective phrase in italics (Recalling, Noting, Convinced)</source>
        <translation>تبدأ فقرة الديباجة عادةً بعبارة حالية أو وصفية بخط مائل (مثل: إذ تشير، وإذ تلاحظ، واقتناعاً منها)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="178"/>
        <source>“{lead}” reads as an operative verb; a preambular paragraph opens with a participle or adjective phrase (Noting, not Notes)</source>
        <translation>«{lead}» تُقرأ كفعل منطوق؛ تبدأ فقرة الديباجة بعبارة حالية أو وصفية (Noting لا Notes)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="181"/>
        <source>a preambular paragraph ends with a comma: here “{expected}”, not “{found}”</source>
        <translation>تنتهي فقرة الديباجة بفاصلة: المطلوب هنا «{expected}»، لا «{found}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="184"/>
        <source>a preambular paragraph ends with a comma: “{expected}” is missing here</source>
        <translation>تنتهي فقرة الديباجة بفاصلة: «{expected}» ناقصة هنا</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="187"/>
        <source>the item&apos;s title is quoted as “{quoted}”; it is “{title}”</source>
        <translation>عنوان البند مقتبس بصيغة «{quoted}»؛ وعنوانه الصحيح «{title}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="189"/>
        <source>the resolution is entitled “{resolution}”, the item “{title}”; a draft resolution takes the item&apos;s title</source>
        <translation>عنوان القرار «{resolution}»، وعنوان البند «{title}»؛ ويحمل مشروع القرار عنوان البند</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="192"/>
        <source>the running heads&apos; title “{running}” is close to the item&apos;s title but not it: “{title}”</source>
        <translation>العنوان الوارد في رؤوس الصفحات «{running}» قريب من عنوان البند ولكنه لا يطابقه: «{title}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="195"/>
        <source>the running heads&apos; title “{running}” has little of the item&apos;s title (“{title}”) in it; is it from another request?</source>
        <translation>العنوان الوارد في رؤوس الصفحات «{running}» لا يتضمن إلا القليل من عنوان البند («{title}»)؛ هل هو مأخوذ من طلب آخر؟</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="198"/>
        <source>“{found}” is spelt “{name}” in the item&apos;s title</source>
        <translation>«{found}» مكتوبة «{name}» في عنوان البند</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="200"/>
        <source>the resolution invites “{invited}”; the item&apos;s title names “{name}”</source>
        <translation>يدعو القرار «{invited}»؛ في حين يذكر عنوان البند «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="202"/>
        <source>the letter cites rule {cited}; the request is made under rule {rule}</source>
        <translation>تستند الرسالة إلى المادة {cited}؛ والطلب مقدم بموجب المادة {rule}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="204"/>
        <source>the letter asks for the {named} session (session {number}); the package names session {session}</source>
        <translation>تطلب الرسالة الدورة «{named}» (الدورة {number})؛ والحزمة تذكر الدورة {session}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="207"/>
        <source>the letter mentions annex {annex}; the package has {count} annex(es)</source>
        <translation>تذكر الرسالة المرفق {annex}؛ والحزمة تتضمن {count} مرفق (مرفقات)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="209"/>
        <source>the letter mentions annex {annex} after annex {before}; annexes are numbered in the order the letter first mentions them</source>
        <translation>تذكر الرسالة المرفق {annex} بعد المرفق {before}؛ وتُرقَّم المرفقات بترتيب ورود ذكرها لأول مرة في الرسالة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="212"/>
        <source>the letter calls annex {annex} the explanatory memorandum, but annex {annex} is not the memorandum</source>
        <translation>تصف الرسالة المرفق {annex} بأنه المذكرة الإيضاحية، ولكن المرفق {annex} ليس المذكرة الإيضاحية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="215"/>
        <source>the letter calls annex {annex} the draft resolution, but annex {annex} is not the draft resolution</source>
        <translation>تصف الرسالة المرفق {annex} بأنه مشروع القرار، ولكن المرفق {annex} ليس مشروع القرار</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="219"/>
        <source>two spaces in a row print as a gap; one is enough (a tab aligns)</source>
        <translation>المسافتان المتتاليتان تُطبعان كفجوة؛ تكفي مسافة واحدة (استخدم علامة الجدولة للمحاذاة)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="221"/>
        <source>straight quotation marks (&quot;); this language uses {marks}</source>
        <translation>علامات اقتباس مستقيمة (&quot;)؛ هذه اللغة تستخدم {marks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="223"/>
        <source>a straight apostrophe (&apos;); the printed one is ’</source>
        <translation>فاصلة عليا مستقيمة (&apos;)؛ والفاصلة العليا المطبعية هي ’</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="225"/>
        <source>quotation marks {found} are not this language&apos;s; it uses {marks}</source>
        <translation>علامات الاقتباس {found} ليست من علامات هذه اللغة؛ فهي تستخدم {marks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="227"/>
        <source>English words in Chinese text: {words}</source>
        <translation>كلمات إنكليزية في نص صيني: {words}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="230"/>
        <source>templates/lang/{language}.toml has no [{section}] {key}; the English wording is used instead</source>
        <translation>لا يتضمن الملف templates/lang/{language}.toml المفتاح {key} في القسم [{section}]؛ تُستخدم الصياغة الإنكليزية بدلاً منه</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="234"/>
        <source>“{word}” is not in the dictionary; did you mean: {suggestions}?</source>
        <translation>الكلمة «{word}» غير موجودة في القاموس؛ هل تقصد: {suggestions}؟</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="236"/>
        <source>“{word}” is not in the dictionary</source>
        <translation>الكلمة «{word}» غير موجودة في القاموس</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="238"/>
        <source>no {language} dictionary is installed, so {language} text is not spell-checked (looked in {folders})</source>
        <translation>لا يوجد قاموس مثبَّت للغة {language}، لذا لا يخضع النص باللغة {language} للتدقيق الإملائي (تم البحث في: {folders})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="241"/>
        <source>{language} text is not spell-checked</source>
        <translation>لا يخضع النص باللغة {language} للتدقيق الإملائي</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="204"/>
        <source>the preview&apos;s data cannot go to its render process: {error}</source>
        <extracomment>The client that warm-up renders are submitted as (windows count from 1). Blocks rendered after the edited one in the first pass, when the last render does not say where the next pages begin. The first pass is worth it for a package this long. The processes by lane: &quot;whole&quot; renders whole packages, &quot;first&quot; the first passes of edits in long ones, so a first pass never waits behind a whole render (which cannot be stopped once started) and the two run side by side. Requests waiting, by the client that sent them (only its newest is kept).</extracomment>
        <translation>تعذر إرسال بيانات المعاينة إلى عملية إعدادها: {error}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="493"/>
        <source>the preview&apos;s render process stopped</source>
        <translation>توقفت عملية إعداد المعاينة</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="468"/>
        <source>the title in the page headers takes three lines or more (the UN&apos;s take at most two): give a shorter one as the short title for page headers</source>
        <extracomment>PDF, anchor pages, warnings for the reader, and where each source (model path of a paragraph, &quot;letter.blocks[2]&quot;) starts: (page index, points below the page&apos;s top). The same for the first pass of an edit: the package up to the edited block. The data has errors that are not gaps to fill: there is no draft to show. How the window names a model path in a notice: the label of the form that shows the field (ui/preview_pane.py gives it); without it, the path itself. Whether the newest data&apos;s whole render has been shown (its first pass is then no longer wanted). The data of the newest render asked for. Where each source started in the last whole render, and its pages. None: the UN circulation layout; else the mission&apos;s own letter. Names a model path (&quot;running_title&quot;) the way the window&apos;s forms label its field. The render&apos;s notices whose words do not vary, as the render writes them (after the model path that starts a notice about one field): the window shows them translated. tests/test_gui_dates.py checks they are still the render&apos;s words.</extracomment>
        <translation>يشغل العنوان في رؤوس الصفحات ثلاثة أسطر أو أكثر (لا تتجاوز عناوين الأمم المتحدة سطرين): أدخل عنوانًا مختصرًا أقصر لرؤوس الصفحات</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="471"/>
        <source>this PDF contains right-to-left text (Arabic or Hebrew) inside a left-to-right document, which is not laid out right to left: check it before sending</source>
        <translation>يحتوي ملف PDF هذا على نص يُكتب من اليمين إلى اليسار (بالعربية أو العبرية) داخل وثيقة تُكتب من اليسار إلى اليمين، ولا يُنضَّد فيها هذا النص من اليمين إلى اليسار: راجعه قبل الإرسال</translation>
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
        <translation>منح منظمة مركز المراقب</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="57"/>
        <source>An intergovernmental organization asks to take part in the sessions and the work of the General Assembly as an observer. The draft resolution is the standard two-paragraph text; the memorandum presents the organization.</source>
        <translation>تطلب منظمة حكومية دولية المشاركة بصفة مراقب في دورات الجمعية العامة وأعمالها. ومشروع القرار هو النص المعتاد المؤلف من فقرتين؛ وتعرِّف المذكرة بالمنظمة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="64"/>
        <source>Cooperation with an organization</source>
        <translation>التعاون مع منظمة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="65"/>
        <source>A sub-item on cooperation between the United Nations and a regional or other organization, under the item “Cooperation between the United Nations and regional and other organizations”. The draft resolution asks for a report and puts the sub-item on a later agenda.</source>
        <translation>بند فرعي بشأن التعاون بين الأمم المتحدة ومنظمة إقليمية أو منظمة أخرى، في إطار البند المعنون «التعاون بين الأمم المتحدة والمنظمات الإقليمية وغيرها من المنظمات». ويطلب مشروع القرار تقديم تقرير ويُدرج البند الفرعي في جدول أعمال دورة لاحقة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="72"/>
        <source>An international day, year or decade</source>
        <translation>يوم دولي أو سنة دولية أو عقد دولي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="73"/>
        <source>The General Assembly is asked to proclaim an international day, year or decade. The draft resolution holds the usual paragraphs on its observance and its cost; you write what is proclaimed and why.</source>
        <translation>يُطلب إلى الجمعية العامة أن تعلن يوماً دولياً أو سنة دولية أو عقداً دولياً. ويتضمن مشروع القرار الفقرات المعتادة بشأن الاحتفال به وتكاليفه؛ وتكتب أنت ما يُعلَن وأسباب إعلانه.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="78"/>
        <source>A new substantive item</source>
        <translation>بند موضوعي جديد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="79"/>
        <source>A new item on a question the General Assembly should consider. Rule 20 asks for an explanatory memorandum; a draft resolution is added only if you want one.</source>
        <translation>بند جديد بشأن مسألة ينبغي أن تنظر فيها الجمعية العامة. وتقتضي المادة 20 إرفاق مذكرة إيضاحية؛ ولا يُضاف مشروع قرار إلا إذا رغبت في ذلك.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="85"/>
        <source>A sub-item under an existing item</source>
        <translation>بند فرعي في إطار بند قائم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="86"/>
        <source>A sub-item to be considered under an item already on the agenda: give the existing item’s title. A draft resolution is included; you may leave it out.</source>
        <translation>بند فرعي يُنظر فيه في إطار بند مدرج بالفعل في جدول الأعمال: أدخل عنوان البند القائم. ويُرفق به مشروع قرار؛ ويمكنك الاستغناء عنه.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="96"/>
        <source>Rule 13: item in the provisional agenda</source>
        <extracomment>The rules of procedure a request invokes (13, 14, 15), and rule 20, which every request meets: (short name, description).</extracomment>
        <translation>المادة 13: بند في جدول الأعمال المؤقت</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="97"/>
        <source>An item for the provisional agenda of the next regular session, proposed before the provisional agenda is issued (at least 60 days before the session opens).</source>
        <translation>بند يُدرج في جدول الأعمال المؤقت للدورة العادية التالية، ويُقترح قبل صدور جدول الأعمال المؤقت (قبل افتتاح الدورة بـ 60 يوماً على الأقل).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="101"/>
        <source>Rule 14: supplementary item</source>
        <translation>المادة 14: بند تكميلي</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="102"/>
        <source>A supplementary item, requested at least 30 days before the session opens.</source>
        <translation>بند تكميلي يُطلب إدراجه قبل افتتاح الدورة بـ 30 يوماً على الأقل.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="105"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>المادة 15: بند إضافي (ذو طابع هام وعاجل)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="106"/>
        <source>An additional item of an important and urgent character, requested less than 30 days before the session opens or during the session.</source>
        <translation>بند إضافي ذو طابع هام وعاجل، يُطلب إدراجه قبل افتتاح الدورة بأقل من 30 يوماً أو أثناء انعقادها.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="109"/>
        <source>Rule 20: explanatory memorandum</source>
        <translation>المادة 20: مذكرة إيضاحية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="110"/>
        <source>Every item proposed for inclusion in the agenda is accompanied by an explanatory memorandum and, if possible, by basic documents or a draft resolution.</source>
        <translation>يُرفق بكل بند يُقترح إدراجه في جدول الأعمال مذكرة إيضاحية، وإن أمكن، وثائق أساسية أو مشروع قرار.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="119"/>
        <source>The organization: when and by whom it was founded, its members and its purposes.</source>
        <extracomment>Guidance for the paragraphs a new request leaves blank, by the name its skeleton gives (`hint` in templates/kinds, and the memorandum skeletons below). Never printed.</extracomment>
        <translation>المنظمة: متى أُنشئت ومن أنشأها، وأعضاؤها ومقاصدها.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="122"/>
        <source>What the organization does, and where its work meets the work of the United Nations.</source>
        <translation>ما تقوم به المنظمة، وأين يلتقي عملها مع عمل الأمم المتحدة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="125"/>
        <source>Its cooperation with the United Nations so far (agreements, joint activities, earlier resolutions).</source>
        <translation>تعاونها مع الأمم المتحدة حتى الآن (الاتفاقات، والأنشطة المشتركة، والقرارات السابقة).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="128"/>
        <source>Why observer status in the General Assembly would serve that cooperation.</source>
        <translation>كيف يخدم منحها مركز المراقب في الجمعية العامة هذا التعاون.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="131"/>
        <source>Why a sub-item on this cooperation should be on the agenda, and what the resolution would achieve.</source>
        <translation>لماذا ينبغي إدراج بند فرعي بشأن هذا التعاون في جدول الأعمال، وما الذي سيحققه القرار.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="134"/>
        <source>The subject of the day, year or decade, and why it deserves international attention.</source>
        <translation>موضوع اليوم أو السنة أو العقد، ولماذا يستحق الاهتمام الدولي.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="137"/>
        <source>Why this date (or year, or decade), and who has observed it so far.</source>
        <translation>لماذا هذا التاريخ (أو هذه السنة أو هذا العقد)، ومن احتفل به حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="139"/>
        <source>Support so far (States, organizations, earlier decisions), and that the observance will be met from voluntary contributions.</source>
        <translation>الدعم المقدم حتى الآن (الدول، والمنظمات، والمقررات السابقة)، وأن تكاليف الاحتفال ستُغطّى من التبرعات.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="142"/>
        <source>A heading, if the memorandum has headings (e.g. Background); delete this block if it has none.</source>
        <translation>عنوان، إذا كانت المذكرة تتضمن عناوين (مثل: معلومات أساسية)؛ احذف هذا المحتوى إن لم تكن تتضمن عناوين.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="145"/>
        <source>The background of the question: the facts and earlier decisions.</source>
        <translation>خلفية المسألة: الوقائع والمقررات السابقة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="147"/>
        <source>Why the General Assembly should consider it now (for rule 15: why it is important and urgent).</source>
        <translation>لماذا ينبغي أن تنظر الجمعية العامة في المسألة الآن (في حالة المادة 15: لماذا هي ذات طابع هام وعاجل).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="150"/>
        <source>What the General Assembly is asked to do.</source>
        <translation>ما المطلوب من الجمعية العامة أن تفعله.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="152"/>
        <source>How the sub-item relates to the existing item, and why it should be considered under it.</source>
        <translation>صلة البند الفرعي بالبند القائم، ولماذا ينبغي النظر فيه في إطاره.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="155"/>
        <source>The resolution that granted the organization observer status, and earlier resolutions on this cooperation (number and date).</source>
        <translation>القرار الذي منح المنظمة مركز المراقب، والقرارات السابقة المتعلقة بهذا التعاون (الرقم والتاريخ).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="158"/>
        <source>What the organization contributes, in the Assembly&apos;s words.</source>
        <translation>ما تسهم به المنظمة، بعبارات الجمعية العامة.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="160"/>
        <source>The resolutions or instruments the proclamation builds on.</source>
        <translation>القرارات أو الصكوك التي يستند إليها الإعلان.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="162"/>
        <source>Why the subject matters.</source>
        <translation>أهمية الموضوع.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="164"/>
        <source>to proclaim [the date] as [the name of the day], to be observed annually;</source>
        <translation>أن تعلن [التاريخ] [اسم اليوم]، يُحتفل به سنوياً؛</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="167"/>
        <source>The decisions and instruments the resolution builds on (or delete this paragraph).</source>
        <translation>المقررات والصكوك التي يستند إليها القرار (أو احذف هذه الفقرة).</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="170"/>
        <source>What the General Assembly decides: an operative verb (Decides, Requests, Calls upon…) and its text.</source>
        <translation>ما تقرره الجمعية العامة: فعل المنطوق (تقرر، تطلب، تهيب…) ونصه.</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../../cica_desktop/verification.py" line="59"/>
        <source>entire file</source>
        <translation>الملف بأكمله</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="60"/>
        <source>entire revision</source>
        <translation>المراجعة بأكملها</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="61"/>
        <source>part of its revision</source>
        <translation>جزء من مراجعته</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="62"/>
        <source>unclear</source>
        <translation>غير واضح</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="72"/>
        <source>no changes</source>
        <translation>عدم إجراء أي تغييرات</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="73"/>
        <source>form filling and signing</source>
        <translation>ملء النماذج والتوقيع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="74"/>
        <source>form filling, signing and annotations</source>
        <translation>ملء النماذج والتوقيع والتعليقات التوضيحية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="109"/>
        <location filename="../../cica_desktop/verification.py" line="160"/>
        <source>INVALID</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="110"/>
        <location filename="../../cica_desktop/verification.py" line="161"/>
        <location filename="../../cica_desktop/verification.py" line="212"/>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="111"/>
        <source>valid, but the signer is not trusted here</source>
        <translation>صالح، ولكن الموقِّع غير موثوق به هنا</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="158"/>
        <source>not signed</source>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="162"/>
        <source>valid, but a signer is not trusted here</source>
        <translation>صالح، ولكن أحد الموقِّعين غير موثوق به هنا</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="180"/>
        <source>not trusted: the certificate does not chain to a trusted certificate</source>
        <translation>غير موثوق به: لا تتسلسل الشهادة إلى شهادة موثوق بها</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="183"/>
        <source>covers: {coverage} (revision {revision} of {total})</source>
        <translation>يغطي: {coverage} (المراجعة {revision} من {total})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="188"/>
        <source>certifies the document, permitting {what}</source>
        <translation>يصادق على الوثيقة، ويسمح بما يلي: {what}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="193"/>
        <source>allowed</source>
        <translation>مسموح به</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="194"/>
        <source>NOT ALLOWED</source>
        <translation>غير مسموح به</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="196"/>
        <source>later change: {what} ({state})</source>
        <translation>تغيير لاحق: {what} ({state})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="200"/>
        <source>verdict: {verdict}</source>
        <translation>النتيجة: {verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="203"/>
        <source>{file}: {verdict}</source>
        <translation>{file}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="204"/>
        <source>the file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="211"/>
        <source>intact</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="213"/>
        <source>trusted</source>
        <translation>موثوق به</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="216"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="219"/>
        <source>time-stamped {time}</source>
        <translation>ختم زمني {time}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="222"/>
        <source>(not proven: untrusted authority or damaged time stamp)</source>
        <translation>(غير مثبت: جهة ختم زمني غير موثوق بها أو ختم زمني تالف)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="224"/>
        <source>signature {number} ({field}): {signer}; signed {time}{stamp}; {checks}</source>
        <translation>التوقيع {number} ({field}): {signer}؛ وُقِّع في {time}{stamp}؛ {checks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="228"/>
        <source>no checks passed</source>
        <translation>لم يُجتز أي فحص</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="234"/>
        <source>January</source>
        <extracomment>The months&apos; names in a date (the English ones, as `cica-desktop verify` prints them; each language gives the form its dates use: &quot;octobre&quot;, &quot;октября&quot;, &quot;10月&quot;).</extracomment>
        <translation>كانون الثاني/يناير</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="235"/>
        <source>February</source>
        <translation>شباط/فبراير</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="236"/>
        <source>March</source>
        <translation>آذار/مارس</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="237"/>
        <source>April</source>
        <translation>نيسان/أبريل</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="238"/>
        <source>May</source>
        <translation>أيار/مايو</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="239"/>
        <source>June</source>
        <translation>حزيران/يونيه</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="240"/>
        <source>July</source>
        <translation>تموز/يوليه</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="241"/>
        <source>August</source>
        <translation>آب/أغسطس</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="242"/>
        <source>September</source>
        <translation>أيلول/سبتمبر</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="243"/>
        <source>October</source>
        <translation>تشرين الأول/أكتوبر</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="244"/>
        <source>November</source>
        <translation>تشرين الثاني/نوفمبر</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="245"/>
        <source>December</source>
        <translation>كانون الأول/ديسمبر</translation>
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
        <translation>مشكلة: {problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="288"/>
        <source>changed after signing: {count} bytes were appended after the last revision (revision {revision})</source>
        <translation>تغيَّر بعد التوقيع: أُلحق {count} بايت بعد المراجعة الأخيرة (المراجعة {revision})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="312"/>
        <source>the signature cannot be read ({reason})</source>
        <translation>يتعذر قراءة التوقيع ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="330"/>
        <source>changed after signing: the signed bytes no longer match the signature</source>
        <translation>تغيَّر بعد التوقيع: لم تعد البايتات الموقَّعة مطابقة للتوقيع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="334"/>
        <source>the signature value does not verify against the signer&apos;s certificate</source>
        <translation>لا يمكن التحقق من قيمة التوقيع باستخدام شهادة الموقِّع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="340"/>
        <source>the signature covers only part of the file (coverage: {coverage}); the rest can be anything</source>
        <translation>لا يغطي التوقيع إلا جزءاً من الملف (التغطية: {coverage})؛ ويمكن أن يكون الباقي أي شيء</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="345"/>
        <location filename="../../cica_desktop/verification.py" line="351"/>
        <source>changed after signing: {change}</source>
        <translation>تغيَّر بعد التوقيع: {change}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="354"/>
        <source>the signature breaks its field&apos;s constraints ({reason})</source>
        <translation>ينتهك التوقيع قيود حقله ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="359"/>
        <source>its time stamp is damaged: the signing time is not proven</source>
        <translation>ختمه الزمني تالف: وقت التوقيع غير مثبت</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="402"/>
        <source>later revisions go beyond what the signature permits ({level})</source>
        <translation>تتجاوز المراجعات اللاحقة ما يسمح به التوقيع ({level})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="405"/>
        <source>objects were changed in a later revision ({detail})</source>
        <translation>غُيِّرت كائنات في مراجعة لاحقة ({detail})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="418"/>
        <source>the signature&apos;s byte range cannot be read</source>
        <translation>يتعذر قراءة نطاق بايتات التوقيع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="421"/>
        <source>the signature&apos;s byte range does not start at the beginning of the file</source>
        <translation>لا يبدأ نطاق بايتات التوقيع من بداية الملف</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="426"/>
        <source>the signature&apos;s byte range leaves out more than the signature value</source>
        <translation>يستبعد نطاق بايتات التوقيع أكثر من قيمة التوقيع</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="432"/>
        <source>the signature value is not a hexadecimal string</source>
        <translation>قيمة التوقيع ليست سلسلة ست عشرية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="436"/>
        <source>the signature value is not a DER-encoded signature</source>
        <translation>قيمة التوقيع ليست توقيعاً بترميز DER</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="440"/>
        <source>changed after signing: the signature&apos;s placeholder holds data after the signature value that nobody signed</source>
        <translation>تغيَّر بعد التوقيع: يحتوي الحيز المحجوز للتوقيع على بيانات بعد قيمة التوقيع لم يوقِّعها أحد</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="75"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="76"/>
        <source>signature maintenance</source>
        <translation>صيانة التوقيعات</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="77"/>
        <source>further signatures</source>
        <translation>توقيعات إضافية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="78"/>
        <source>form filling</source>
        <translation>ملء النماذج</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="79"/>
        <source>annotations</source>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="80"/>
        <source>other changes</source>
        <translation>تغييرات أخرى</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="95"/>
        <source>{what} in revision {revision}</source>
        <translation>{what} في المراجعة {revision}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="138"/>
        <source>a revision that cannot be read ({reason})</source>
        <translation>مراجعة تتعذر قراءتها ({reason})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="178"/>
        <source>the document catalog was replaced</source>
        <translation>استُبدل فهرس الوثيقة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="192"/>
        <source>validation data (certificates, revocation) were added</source>
        <translation>أُضيفت بيانات التحقق (الشهادات، ومعلومات الإلغاء)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="205"/>
        <source>the document information (/Info) was replaced</source>
        <translation>استُبدلت معلومات الوثيقة (/Info)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="213"/>
        <source>the document information ({names}) was changed</source>
        <translation>تغيَّرت معلومات الوثيقة ({names})</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="243"/>
        <source>the form (and its signature fields) was removed</source>
        <translation>أُزيل النموذج (وحقول التوقيع فيه)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="255"/>
        <source>form field &apos;{name}&apos; was added</source>
        <translation>أُضيف حقل النموذج «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="258"/>
        <source>form field &apos;{name}&apos; was filled in</source>
        <translation>مُلئ حقل النموذج «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="261"/>
        <source>form field &apos;{name}&apos; was removed</source>
        <translation>أُزيل حقل النموذج «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="267"/>
        <source>the form&apos;s {key} entry was changed</source>
        <translation>تغيَّر الإدخال {key} في النموذج</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="273"/>
        <source>signature field &apos;{name}&apos; was signed</source>
        <translation>وُقِّع حقل التوقيع «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="276"/>
        <source>an empty signature field &apos;{name}&apos; was added</source>
        <translation>أُضيف حقل توقيع فارغ «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="279"/>
        <source>the signature in field &apos;{name}&apos; was replaced</source>
        <translation>استُبدل التوقيع في الحقل «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="281"/>
        <source>signature field &apos;{name}&apos; was updated</source>
        <translation>حُدِّث حقل التوقيع «{name}»</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="288"/>
        <source>the number of pages changed from {old} to {new}</source>
        <translation>تغيَّر عدد الصفحات من {old} إلى {new}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="301"/>
        <source>content was drawn over page {page}</source>
        <translation>رُسم محتوى فوق الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="304"/>
        <source>page content of page {page} was replaced</source>
        <translation>استُبدل محتوى الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="308"/>
        <source>the fonts or images of page {page} were changed</source>
        <translation>تغيَّرت خطوط الصفحة {page} أو صورها</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="314"/>
        <source>the {key} of page {page} was changed</source>
        <translation>تغيَّر {key} في الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="350"/>
        <source>a {subtype} annotation was added to page {page}</source>
        <translation>أُضيف تعليق توضيحي من النوع {subtype} إلى الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="354"/>
        <source>a {subtype} annotation was changed on page {page}</source>
        <translation>تغيَّر تعليق توضيحي من النوع {subtype} في الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="358"/>
        <source>an annotation was removed from page {page}</source>
        <translation>أُزيل تعليق توضيحي من الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="611"/>
        <source>the document catalog entry {key} was added</source>
        <translation>أُضيف الإدخال {key} إلى فهرس الوثيقة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="614"/>
        <source>the document catalog entry {key} was removed</source>
        <translation>أُزيل الإدخال {key} من فهرس الوثيقة</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="616"/>
        <source>the document catalog entry {key} was changed</source>
        <translation>تغيَّر الإدخال {key} في فهرس الوثيقة</translation>
    </message>
</context>
</TS>
