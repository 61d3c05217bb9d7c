<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="31"/>
        <source>an untitled request</source>
        <translation>未命名的请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="33"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="34"/>
        <source>cica-desktop did not close normally. Unsaved changes to {name} from {time} were kept. Restore them?</source>
        <translation>cica-desktop 未正常关闭。已保留 {time} 对 {name} 所作的未保存更改。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="44"/>
        <source>Damaged recovery file</source>
        <translation>损坏的恢复文件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="45"/>
        <source>A recovery file from {time} cannot be restored: {problem}.
{file}

Delete it? Choose No to keep it; it will be offered again at the next start.</source>
        <translation>来自 {time} 的恢复文件无法恢复：{problem}。
{file}

是否删除？选择“否”则保留该文件，下次启动时将再次提供。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="132"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="133"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>无法打开 {file}：
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="65"/>
        <source>New request</source>
        <extracomment>The names of the document languages, translated when shown.</extracomment>
        <translation>新建请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="160"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>第15条：增列项目（重要而紧急）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="159"/>
        <source>Rule 14: supplementary item</source>
        <translation>第14条：补充项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="158"/>
        <source>Rule 13: item in the provisional agenda</source>
        <translation>第13条：列入临时议程的项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="122"/>
        <source>e.g. Kazakhstan</source>
        <translation>例如：哈萨克斯坦</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="164"/>
        <source>US Letter (New York)</source>
        <translation>美式信纸（纽约）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="165"/>
        <source>A4 (Geneva, missions)</source>
        <translation>A4（日内瓦、各代表团）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Language</source>
        <translation>语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="167"/>
        <source>Rule</source>
        <translation>议事规则</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="169"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="161"/>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="180"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="169"/>
        <source>Requesting State</source>
        <translation>提出请求的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="173"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>Item title</source>
        <translation>项目标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="75"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="148"/>
        <source>Kind of request</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="125"/>
        <source>Add State</source>
        <translation>添加国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="135"/>
        <source>Requesting States</source>
        <translation>提出请求的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="155"/>
        <source>with its article: the Example Forum</source>
        <translation>名称（英文须带冠词，如 the Example Forum）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="160"/>
        <source>With a draft resolution (annex II)</source>
        <translation>附决议草案（附件二）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="172"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="174"/>
        <source>Existing item</source>
        <translation>现有项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="176"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="182"/>
        <source>What you leave blank stays blank: the findings list it until you fill it in. Nothing is made up.</source>
        <translation>留空的内容保持空白：在您填写之前，检查结果会一直列出它。不会自行编造任何内容。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="228"/>
        <source>The standard item when left blank</source>
        <extracomment>The session follows the rule and the letter&apos;s date until the user sets it.</extracomment>
        <translation>留空则使用标准项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="229"/>
        <source>The title of the existing item</source>
        <translation>现有项目的标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="233"/>
        <source>Made from the organization when left blank</source>
        <translation>留空则根据组织名称生成</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="269"/>
        <source>One signature block per State: a joint letter (“We have the honour…”).</source>
        <translation>每个国家一个签名栏：联名信（“我们谨……”）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="271"/>
        <source>One signatory (“I have the honour…”); add States for a joint letter.</source>
        <translation>一名签名人（“我谨……”）；添加国家即为联名信。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="397"/>
        <source>Set</source>
        <extracomment>Prose: a straight quote typed becomes the language&apos;s mark (_type_quote). Prose: a straight quote typed becomes the language&apos;s mark (_type_quote).</extracomment>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="399"/>
        <source>Set {label}</source>
        <translation>设定{label}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="472"/>
        <source>(not valid: {value})</source>
        <translation>（无效：{value}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="488"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="63"/>
        <source>Drag to move</source>
        <extracomment>A drag is under way (its nested event loop runs): no row is released meanwhile, since the handle being dragged must live until the drop.</extracomment>
        <translation>拖动以移动</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="415"/>
        <source>Insert above</source>
        <extracomment>Attributes that hold a model path, renumbered with their row (an editor&apos;s path, the signatory a title line completes for). A list up to this long builds every row; a longer one is lazy: only its rows in or near the visible part of the form are widgets (``ListEditor.fill``). A lazy list builds its first rows at once, as far as this height (pixels) or time goes. The tallest a list may be. Qt&apos;s layouts cap every size at 524,287 pixels (QLAYOUTSIZE_MAX); 1,500 signatories are taller. Past this height the gaps are shrunk in proportion (the scroll bar is then approximate over rows not built; built rows keep their height). An object of a row that carries the row&apos;s path: the object, whether its objectName is a path under the row&apos;s, its attributes that hold a path, and what to call once it has its new path. Built on demand (the cursor goes there): kept until it has been in view. The height of a row never built: the average of the rows built (once laid out).</extracomment>
        <translation>在上方插入</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="416"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="417"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="418"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="474"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="476"/>
        <source>Add content</source>
        <translation>添加内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add at the end</source>
        <translation>添加到末尾</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="724"/>
        <source>Use my profile for this signatory</source>
        <translation>用我的资料填写此签名人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="725"/>
        <source>Fill in the name and titles from your signer profile (Settings ▸ Signing…)</source>
        <translation>用您的签署人资料（设置 ▸ 签名…）填写姓名和职衔</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="736"/>
        <source>No signer profile</source>
        <translation>没有签署人资料</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="737"/>
        <source>Your signer profile has no name yet. Enter it in Settings ▸ Signing…, then use it here.</source>
        <translation>您的签署人资料还没有姓名。请先在“设置 ▸ 签名…”中填写，再在此使用。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="674"/>
        <source>Add row</source>
        <extracomment>The cells are prose: unknown words underlined, as in the line fields.</extracomment>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="675"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="676"/>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="677"/>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="696"/>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="548"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="49"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="554"/>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="555"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="40"/>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="41"/>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <location filename="../../cica_desktop/ui/spelling.py" line="42"/>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="61"/>
        <source>Same as the document</source>
        <translation>与文件相同</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="111"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="279"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="310"/>
        <source>Heading</source>
        <extracomment>The model of list items / the optional sub-object. A new item&apos;s raw data. None stands for &quot;not given&quot; (an empty line, an unset date or number). What one item of a list is called, in the singular (&quot;Signatory&quot; of &quot;Signatories&quot;), for naming it in findings (&quot;Signatory 2 › Name&quot;); the field&apos;s label when empty. Fields shown elsewhere (navigator nodes) or fixed (tags, the format version). A signatory: the form offers &quot;Use my profile for this signatory&quot;, which fills in the name and titles of the signer profile (Settings ▸ Signing…) when the user asks. The content blocks of a letter, the memorandum or an enclosure, with what &quot;Add&quot; creates for each.</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="112"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="311"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="114"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="115"/>
        <source>Place and date</source>
        <translation>地点和日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="117"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="329"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="234"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>As it will appear on the agenda</source>
        <translation>按将在议程中出现的措辞</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="157"/>
        <source>Rule of procedure</source>
        <translation>议事规则</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="162"/>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="163"/>
        <source>Once the item is on the agenda</source>
        <translation>项目列入议程后填写</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="171"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="168"/>
        <source>Requesting State(s)</source>
        <translation>提出请求的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="170"/>
        <source>Mission</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="171"/>
        <source>Mission letterhead (the letter as the mission sends it)</source>
        <translation>代表团信头（代表团发出的信函）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="173"/>
        <source>Document language</source>
        <translation>文件语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="174"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="295"/>
        <source>Original language</source>
        <translation>原文语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>Document symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>e.g. A/62/232, once issued</source>
        <translation>例如：A/62/232（文件印发后填写）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>Distribution</source>
        <translation>分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>General</source>
        <translation>一般分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="177"/>
        <source>Limited</source>
        <translation>限制分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="178"/>
        <source>Issue date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>Job number</source>
        <translation>工作编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>e.g. 07-53140</source>
        <translation>例如：07-53140</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="180"/>
        <source>Short title for page headers</source>
        <translation>页眉所用简短标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>US Letter</source>
        <translation>美式信纸</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="188"/>
        <source>Mission name (if not the mission above)</source>
        <translation>代表团名称（如与上面的代表团不同）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="189"/>
        <source>Address lines</source>
        <translation>地址行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>Place of signature</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>e.g. New York</source>
        <translation>例如：纽约</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="192"/>
        <source>Emblem image (PNG or JPEG)</source>
        <translation>徽章图片（PNG 或 JPEG）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="193"/>
        <source>A file path, relative to the project file; empty for none</source>
        <translation>文件路径，相对于项目文件；留空表示无</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="198"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="199"/>
        <source>Titles (in printed order)</source>
        <translation>职衔（按印出顺序）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="201"/>
        <source>State represented</source>
        <translation>所代表的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="204"/>
        <source>Print the (Signed) mark</source>
        <translation>印出“（签名）”字样</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="170"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="212"/>
        <source>Date of the letter</source>
        <translation>信件日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="213"/>
        <source>Reference number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="214"/>
        <source>The mission&apos;s “No. …”, printed on the letter as the mission sends it</source>
        <translation>代表团的“编号……”，印在代表团发出的信函上</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="215"/>
        <source>Sent by</source>
        <translation>发信人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="216"/>
        <source>The Permanent Representative</source>
        <translation>常驻代表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="217"/>
        <source>The Chargé d&apos;affaires a.i.</source>
        <translation>临时代办</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="218"/>
        <source>Several representatives</source>
        <translation>多名代表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="219"/>
        <source>Addressed to</source>
        <translation>收信人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="220"/>
        <source>The Secretary-General</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="221"/>
        <source>The President of the General Assembly</source>
        <translation>大会主席</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="223"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="285"/>
        <source>Signatories</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="229"/>
        <source>Title (if not “Explanatory memorandum”)</source>
        <translation>标题（如不是“解释性备忘录”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="231"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="261"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="282"/>
        <source>Original language of this annex</source>
        <translation>本附件原文语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="238"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="243"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="246"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="323"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="239"/>
        <source>Sub-paragraphs (i), (ii)…</source>
        <translation>分段 (i)、(ii)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="242"/>
        <source>Lead words (italic)</source>
        <translation>起首词（斜体）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="245"/>
        <source>Operative verb (italic)</source>
        <translation>执行动词（斜体）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="247"/>
        <source>Sub-paragraphs (a), (b)…</source>
        <translation>分段 (a)、(b)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="252"/>
        <source>Title (if not the item title)</source>
        <translation>标题（如不是项目标题）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="253"/>
        <source>Preambular paragraphs</source>
        <translation>序言部分段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="255"/>
        <source>Operative paragraphs</source>
        <translation>执行部分段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="258"/>
        <source>Annex heading (if not “Draft resolution”)</source>
        <translation>附件标题（如不是“决议草案”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="260"/>
        <source>Organ line (if not “The General Assembly,”)</source>
        <translation>机关行（如不是“大会，”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="263"/>
        <source>Sponsors (standalone draft)</source>
        <translation>提案国（单独草案）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="265"/>
        <source>Main Committee (standalone draft)</source>
        <translation>主要委员会（单独草案）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="266"/>
        <source>Symbol of the standalone draft</source>
        <translation>单独草案的文号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="280"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="328"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="281"/>
        <source>Print the date above the heading</source>
        <translation>在标题上方印出日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="287"/>
        <source>Has an enclosure</source>
        <translation>有附文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="294"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="304"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="113"/>
        <source>Numbered paragraph</source>
        <translation>编号段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="149"/>
        <source>Not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="150"/>
        <source>Observer status for an organization</source>
        <translation>给予某一组织观察员地位</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="151"/>
        <source>Cooperation with an organization</source>
        <translation>与某一组织的合作</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="152"/>
        <source>An international day, year or decade</source>
        <translation>国际日、国际年或国际十年</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="153"/>
        <source>A new substantive item</source>
        <translation>新的实质性项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="154"/>
        <source>A sub-item under an existing item</source>
        <translation>现有项目下的分项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="155"/>
        <source>Existing item (for a sub-item)</source>
        <translation>现有项目（用于分项目）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="156"/>
        <source>The title of the item the sub-item is requested under</source>
        <translation>请求将分项目列于其下的项目的标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="164"/>
        <source>Print the request’s heading under the session line</source>
        <translation>在届会行下方印出请求标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="166"/>
        <source>Print the item title under the request’s heading</source>
        <translation>在请求标题下方印出项目标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="181"/>
        <source>Print the UN documents QR code on page 1</source>
        <translation>在第 1 页印出联合国文件二维码</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="190"/>
        <source>Address line</source>
        <translation>地址行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="200"/>
        <source>Title line</source>
        <translation>职衔</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="202"/>
        <source>Form of the titles</source>
        <translation>职衔的阴阳性形式</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Masculine</source>
        <translation>阳性</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="203"/>
        <source>Feminine</source>
        <translation>阴性</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="205"/>
        <source>Scanned signature (PNG or JPEG)</source>
        <translation>签名扫描件（PNG 或 JPEG）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="206"/>
        <source>Printed over the name on the letter as the mission sends it</source>
        <translation>在代表团发出的信函上印于姓名之上</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="222"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="233"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="284"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="296"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="305"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="224"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="286"/>
        <source>Signatory</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="230"/>
        <source>Print the title under the annex number</source>
        <translation>在附件编号下方印出标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="240"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="248"/>
        <source>Sub-paragraph</source>
        <translation>分段</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="254"/>
        <source>Preambular paragraph</source>
        <translation>序言部分段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>Operative paragraph</source>
        <translation>执行部分段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="259"/>
        <source>Print the annex heading under the annex number</source>
        <translation>在附件编号下方印出附件标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="264"/>
        <source>Sponsor</source>
        <translation>提案国</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="267"/>
        <source>Issue date of the standalone draft</source>
        <translation>单独草案的印发日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="268"/>
        <source>Job number of the standalone draft</source>
        <translation>单独草案的工作编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="269"/>
        <source>e.g. 25-16079</source>
        <translation>例如：25-16079</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="270"/>
        <source>Agenda item of the standalone draft (if not the request’s)</source>
        <translation>单独草案的议程项目（如与请求的议程项目不同）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="272"/>
        <source>Agenda item’s own title (if not the item title)</source>
        <translation>议程项目本身的标题（如不是项目标题）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="297"/>
        <source>Has its own annex</source>
        <translation>有自己的附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="309"/>
        <source>1 (main heading)</source>
        <translation>1（主标题）</translation>
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
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="314"/>
        <source>Numbering</source>
        <translation>编号方式</translation>
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
        <translation>- 项目符号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="318"/>
        <source>Start at</source>
        <translation>起始编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="319"/>
        <source>Items</source>
        <translation>列表项</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="320"/>
        <source>Item</source>
        <translation>列表项</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="324"/>
        <source>Has a sub-list</source>
        <translation>有子列表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="327"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="67"/>
        <source>Annex {n}</source>
        <extracomment>Reads the project&apos;s value at a path (None where there is none). Block kinds whose one text field is the block itself: &quot;Content 3 › Paragraph&quot;, not &quot;Content 3 › Paragraph › Paragraph&quot;. Any form&apos;s label of a field name: only for paths no form reaches (an unknown key).</extracomment>
        <translation>附件{n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="74"/>
        <source>Annexes</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="76"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="30"/>
        <source>Cover letter</source>
        <translation>主信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="32"/>
        <source>Enclosure</source>
        <translation>附文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="79"/>
        <source>Its annex</source>
        <translation>其附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="84"/>
        <source>Row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="88"/>
        <source>Column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="91"/>
        <source>Column {n} heading</source>
        <translation>第 {n} 列表头</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="116"/>
        <source>The whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="21"/>
        <source>Explanatory memorandum</source>
        <translation>解释性备忘录</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="22"/>
        <source>Draft resolution</source>
        <translation>决议草案</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="23"/>
        <source>Letter</source>
        <translation>信</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="28"/>
        <source>Package settings</source>
        <translation>文件包设置</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="34"/>
        <source>Enclosure&apos;s annex</source>
        <translation>附文的附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="37"/>
        <source>Annex {number}: {kind}</source>
        <translation>附件{number}：{kind}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="71"/>
        <source>Parts of the package</source>
        <translation>文件包的组成部分</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="92"/>
        <source>Layout shown in the preview</source>
        <translation>预览中显示的版式</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="93"/>
        <source>As the UN circulates it</source>
        <translation>联合国分发的版式</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="94"/>
        <source>As the mission sends it (signed)</source>
        <translation>代表团发出的版式（已签名）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="91"/>
        <source>Preview of the package</source>
        <extracomment>A new rendering is shown. The reader chose the other layout: &quot;un&quot; or &quot;mission&quot;. Where each paragraph starts, by its model path: (page index, points from the top). The brief mark on the line the preview has just followed the form to.</extracomment>
        <translation>文件包预览</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="95"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="95"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="96"/>
        <source>Fit to width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="191"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="39"/>
        <source>give an http:// or https:// address</source>
        <translation>请填写 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="40"/>
        <source>the address names no server</source>
        <translation>地址中没有服务器名称</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="41"/>
        <source>the address has an invalid port</source>
        <translation>地址中的端口无效</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="70"/>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="76"/>
        <source>As printed under the letter: the block with this name is the one signed</source>
        <translation>与信函末尾印出的姓名一致：签名落在此姓名的签名栏</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="78"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Signer&apos;s name</source>
        <translation>签署人姓名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="81"/>
        <source>One title per line, e.g. Permanent Representative</source>
        <translation>每行一个职衔，例如：常驻代表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="83"/>
        <source>Used only when you ask: “Use my profile for this signatory” on a signatory fills in this name and titles</source>
        <translation>仅在您要求时使用：在签名人处点击“用我的资料填写此签名人”，即填入此姓名和职衔</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="85"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="139"/>
        <source>Titles</source>
        <translation>职衔</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="89"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="140"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="170"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="196"/>
        <source>Scanned signature</source>
        <translation>签名扫描件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="99"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="141"/>
        <source>Key and certificate</source>
        <translation>密钥和证书</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="100"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="103"/>
        <source>e.g. http://timestamp.example.org (empty: none)</source>
        <translation>例如：http://timestamp.example.org（留空表示不使用）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="104"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="142"/>
        <source>Time-stamp server</source>
        <translation>时间戳服务器</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="108"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="110"/>
        <source>How long the time-stamp server may take in all, from connecting to its last byte; then signing stops with an error.</source>
        <translation>时间戳服务器总共可用的时间，从连接开始到最后一个字节为止；超时则签名停止并报错。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="113"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="143"/>
        <source>Time-stamp deadline</source>
        <translation>时间戳时限</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="114"/>
        <source>Make signed letters PDF/A-2b (for archiving)</source>
        <translation>签名信函采用 PDF/A-2b 格式（便于存档）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="137"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="134"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="144"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="181"/>
        <source>Trusted certificates</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="182"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="200"/>
        <source>Key and certificate: {file} does not exist</source>
        <translation>密钥和证书：{file} 不存在</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="204"/>
        <source>Time-stamp server: {problem}</source>
        <translation>时间戳服务器：{problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="209"/>
        <source>Trusted certificates: {file} does not exist</source>
        <translation>受信任的证书：{file} 不存在</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="53"/>
        <source>Update the standard paragraphs?</source>
        <extracomment>The field whose change offers the new wording.</extracomment>
        <translation>是否更新标准段落？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="56"/>
        <source>The letter is now sent by several representatives. Write these paragraphs for several senders (“we”, “our Governments”)?</source>
        <translation>信函现由多名代表发出。是否将这些段落改为多名发信人的措辞（“我们”、“我们各国政府”）？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="58"/>
        <source>The letter is now sent by one representative. Write these paragraphs for one sender (“I”, “my Government”)?</source>
        <translation>信函现由一名代表发出。是否将这些段落改为一名发信人的措辞（“我”、“我国政府”）？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="66"/>
        <source>Paragraph {number}</source>
        <translation>第 {number} 段</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="67"/>
        <source>edited by you: only the words for the senders change</source>
        <translation>经您编辑：只更改指称发信人的词语</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="75"/>
        <source>Update paragraphs</source>
        <translation>更新段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sender_wording.py" line="78"/>
        <source>Keep them as they are</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="204"/>
        <source>No suggestions</source>
        <extracomment>The project&apos;s language, asked each time (it may change while the form is open).</extracomment>
        <translation>无建议</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="205"/>
        <source>Add “{word}” to dictionary</source>
        <translation>将“{word}”添加到词典</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="211"/>
        <source>Spelling: loading the {language} dictionary…</source>
        <translation>拼写检查：正在加载{language}词典…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="216"/>
        <source>{language} text is not spell-checked</source>
        <translation>{language}文本不作拼写检查</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/spelling.py" line="234"/>
        <source>No {language} dictionary is installed: {language} text is not spell-checked</source>
        <translation>未安装{language}词典：{language}文本不作拼写检查</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="57"/>
        <source>The user guide is missing: {file}</source>
        <translation>找不到用户指南：{file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="91"/>
        <source>User guide — cica-desktop</source>
        <translation>用户指南 — cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="92"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="108"/>
        <source>Prepares a request to put an item on the agenda of the United Nations General Assembly: the letter and its annexes, in the UN layout, as DOCX and PDF, signed.</source>
        <translation>编写请求在联合国大会议程中列入项目的文件：信函及其附件，采用联合国版式，生成 DOCX 和 PDF，并可签名。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="111"/>
        <source>Each PDF embeds the fonts it uses (subsets); the licences above allow that. DOCX files name the fonts UN offices have and embed none.</source>
        <translation>每个 PDF 都嵌入其使用的字体（子集），上述许可允许这样做。DOCX 文件只注明联合国办公室具备的字体，不嵌入任何字体。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="113"/>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Script</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>Family</source>
        <translation>字体系列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="115"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="116"/>
        <source>none installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="118"/>
        <source>Versions and licences</source>
        <translation>版本和许可</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="119"/>
        <source>Fonts the documents embed on this computer</source>
        <translation>本机上文件嵌入的字体</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/help.py" line="136"/>
        <source>About cica-desktop</source>
        <translation>关于 cica-desktop</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="53"/>
        <source>Compare with an earlier version</source>
        <translation>与早期版本比较</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="59"/>
        <source>The project being edited is the new version. Every difference from the earlier version becomes a tracked change (Word&apos;s Review pane lists each one), or is drawn in colour in a PDF.</source>
        <translation>正在编辑的项目为新版本。与早期版本相比的每一处差异都成为一项修订（Word 的“审阅窗格”逐项列出），或在 PDF 中以彩色标出。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="65"/>
        <source>The earlier version&apos;s project file (.json)</source>
        <translation>早期版本的项目文件（.json）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="68"/>
        <source>Word document with tracked changes (.docx)</source>
        <translation>带修订标记的 Word 文件（.docx）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="69"/>
        <source>PDF showing the changes (.pdf)</source>
        <translation>显示更改之处的 PDF（.pdf）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="74"/>
        <source>The name Word shows for each change</source>
        <translation>Word 为每处修订显示的名称</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="81"/>
        <source>Earlier version:</source>
        <translation>早期版本：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="83"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="84"/>
        <source>Write to:</source>
        <translation>写入：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="85"/>
        <source>Changes by:</source>
        <translation>修订者：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="87"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="110"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="132"/>
        <source>Earlier version</source>
        <translation>早期版本</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="133"/>
        <source>Projects (*.json)</source>
        <translation>项目 (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="139"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="140"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="141"/>
        <source>Write the changes to</source>
        <translation>将更改写入</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="152"/>
        <source>Replace the file?</source>
        <translation>是否替换文件？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="160"/>
        <source>This file already exists. Do you want to replace it?</source>
        <translation>此文件已存在。是否替换？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="172"/>
        <source>Nothing was written: {file} was kept.</source>
        <translation>未写入任何内容：已保留 {file}。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="181"/>
        <source>Nothing was written. {reason}</source>
        <translation>未写入任何内容。{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="191"/>
        <source>Changed: {changed}, inserted: {inserted}, deleted: {deleted}, moved: {moved}, renumbered or restyled: {reformatted}.</source>
        <translation>更改 {changed} 处，插入 {inserted} 处，删除 {deleted} 处，移动 {moved} 处，重新编号或更改格式 {reformatted} 处。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="196"/>
        <source>The two versions do not differ.</source>
        <translation>两个版本没有差异。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="197"/>
        <source>Written to {path}. {changes}</source>
        <translation>已写入 {path}。{changes}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="207"/>
        <source>{target} already exists; it was kept.</source>
        <translation>{target} 已存在；已保留原文件。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="209"/>
        <source>The project has errors: correct them (see the findings) before comparing.</source>
        <translation>项目有错误：请先更正（见检查结果）再比较。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="213"/>
        <source>{file} is not a valid project: {details}</source>
        <translation>{file} 不是有效的项目：{details}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="216"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="218"/>
        <source>The earlier version is in another language ({old}; this one: {new}): compare two versions in one language.</source>
        <translation>早期版本使用另一种语言（{old}；本版本：{new}）：请比较同一语言的两个版本。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/compare_dialog.py" line="222"/>
        <source>Could not compare ({reason}); nothing was written.</source>
        <translation>无法比较（{reason}）；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="45"/>
        <source>Export</source>
        <extracomment>The jobs running (their signals are deleted when they end). The busy bar, for the window&apos;s status bar. The message of the last export written with warnings, while it is open.</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="60"/>
        <location filename="../../cica_desktop/ui/exports.py" line="78"/>
        <source>Cannot export yet</source>
        <translation>暂时无法导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="61"/>
        <source>Some values are wrong rather than missing; fix the ones listed under Findings first ({count} left).</source>
        <translation>有些值不是缺失而是有误；请先修正“检查结果”中列出的问题（尚余 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="65"/>
        <location filename="../../cica_desktop/ui/exports.py" line="92"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="66"/>
        <location filename="../../cica_desktop/ui/exports.py" line="93"/>
        <source>The package has no draft resolution.</source>
        <translation>文件包中没有决议草案。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="79"/>
        <source>Fix the problems listed under Findings first ({count} left). A draft, with the fields still to fill marked, can be exported at any time: Export ▸ Draft PDF or Draft DOCX.</source>
        <translation>请先修正“检查结果”中列出的问题（尚余 {count} 个）。标出待填字段的草稿随时可以导出：导出 ▸ 草稿 PDF 或草稿 DOCX。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="128"/>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="139"/>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="147"/>
        <source>Exported with warnings</source>
        <translation>已导出，但有警告</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="148"/>
        <source>{file} was written. Check these before sending it:</source>
        <translation>已写入 {file}。发送前请检查以下各项：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="167"/>
        <location filename="../../cica_desktop/ui/exports.py" line="168"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="169"/>
        <source>{file} was not written: {reason}
Any previous file of that name is unchanged.</source>
        <translation>未写入 {file}：{reason}
任何同名的原有文件均未作改动。</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="93"/>
        <source>Find and replace</source>
        <extracomment>Shows *match* to the user: selects its part, puts the cursor in its field and returns the field&apos;s editor (None when it has none). The occurrence shown last; &quot;Find next&quot; goes on from there.</extracomment>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="94"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="95"/>
        <source>Replace &amp;with:</source>
        <translation>替换为(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="96"/>
        <source>Whole words only</source>
        <translation>全字匹配</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="97"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="98"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="99"/>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="100"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="101"/>
        <source>Replace &amp;all</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="136"/>
        <location filename="../../cica_desktop/ui/find_replace.py" line="166"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="141"/>
        <source>{n} of {count}</source>
        <translation>第 {n} 个，共 {count} 个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="159"/>
        <source>Replaced; no more occurrences.</source>
        <translation>已替换；没有更多匹配项。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/find_replace.py" line="164"/>
        <source>Replaced {count} occurrence(s) in one step (Undo takes them back).</source>
        <translation>已一次替换 {count} 处（可用“撤销”还原）。</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="64"/>
        <source>Findings</source>
        <extracomment>A finding was clicked or activated: the model path of its field. &quot;Apply fix&quot; was chosen for a finding (the window applies it as one undo step). Applies the selected finding&apos;s fix. The list of findings (the window&apos;s ``findings``).</extracomment>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="65"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (click one to go to the field)</source>
        <translation>&lt;b&gt;检查结果&lt;/b&gt;（点击一项可转到相应字段）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="66"/>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="112"/>
        <source>Apply fix</source>
        <translation>应用修正</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="68"/>
        <source>Change the field as the selected finding suggests (Edit ▸ Undo takes it back)</source>
        <translation>按所选检查结果的建议更改该字段（可用“编辑 ▸ 撤销”还原）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="81"/>
        <source>Fix: {fix}</source>
        <translation>修正：{fix}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="87"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="125"/>
        <source>Letter PDF…</source>
        <extracomment>The exports in the UN layout, also on the toolbar.</extracomment>
        <translation>信函 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="127"/>
        <source>Draft resolution DOCX…</source>
        <translation>决议草案 DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="129"/>
        <source>Full package PDF…</source>
        <translation>整个文件包 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="131"/>
        <source>Full package DOCX…</source>
        <translation>整个文件包 DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="171"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="271"/>
        <source>Add annex</source>
        <extracomment>What the state line above the preview says about the project (draft, problems). The errors of the data last sent to the preview (a draft&apos;s gaps). While typing, the findings are listed in a worker thread. The status bar message saying autosave failed, while it fails; else &quot;&quot;. The menus, toolbar and actions (ui/actions.py), rebuilt when the language changes. The share of the screen&apos;s free area (without task bars) a first window takes. The width a first window gives the form, when the screen has room for it: its labels and fields side by side, none cut off (at 150 % scaling on a 1366 × 768 screen the screen is 910 points wide). The splitter is shared out once the window has its size (showEvent). The list of findings (objectName &quot;findings&quot;).</extracomment>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="274"/>
        <source>Move annex up</source>
        <translation>上移附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="275"/>
        <source>Move annex down</source>
        <translation>下移附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="180"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="276"/>
        <source>Remove annex</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="110"/>
        <source>&amp;New request…</source>
        <extracomment>The objectName (tests and scripts find the action by it). The source text, translated in CONTEXT (a language&apos;s name is shown as it is). The platform&apos;s standard key, if there is one for what it does. Its keys (&quot;Ctrl+Shift+M&quot;), where Qt has no standard key, or the platform none for it. For a check mark: whether it is checked when the menus are built. Actions, submenus, and None for a separator. The objectName of a menu the window refers to. Fills the menu each time it opens (the recent files).</extracomment>
        <translation>新建请求(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="112"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="114"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="116"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="118"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="120"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="136"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="139"/>
        <source>New from an earlier request…</source>
        <translation>从以往请求新建…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="141"/>
        <source>New from sample</source>
        <translation>从示例新建</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="142"/>
        <source>A/62/232 (Chinese)</source>
        <translation>A/62/232（中文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="144"/>
        <source>A/62/232 (English)</source>
        <translation>A/62/232（英文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="150"/>
        <source>&amp;Import Word document…</source>
        <translation>导入 Word 文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="152"/>
        <source>Compare &amp;with earlier version…</source>
        <translation>与早期版本比较(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="163"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="165"/>
        <source>Find and &amp;replace…</source>
        <translation>查找和替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="167"/>
        <source>Fix &amp;quotes</source>
        <translation>修正引号(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="170"/>
        <source>&amp;Package</source>
        <translation>文件包(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="172"/>
        <source>Explanatory memorandum</source>
        <translation>解释性备忘录</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="174"/>
        <source>Draft resolution</source>
        <translation>决议草案</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="176"/>
        <source>Letter (with or without an enclosure)</source>
        <translation>信（附或不附附文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="183"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="187"/>
        <source>As the mission sends it, unsigned PDF…</source>
        <translation>代表团发出的版式，未签名 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="190"/>
        <source>As the mission sends it, DOCX…</source>
        <translation>代表团发出的版式，DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="194"/>
        <source>Draft PDF, fields still to fill marked…</source>
        <translation>草稿 PDF，标出待填字段…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="197"/>
        <source>Draft DOCX, fields still to fill marked…</source>
        <translation>草稿 DOCX，标出待填字段…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="200"/>
        <source>Signed letter PDF…</source>
        <translation>已签名的信函 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="202"/>
        <source>Verify signed PDF…</source>
        <translation>验证已签名的 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="205"/>
        <source>Submission…</source>
        <translation>提交秘书处的文件…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="208"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="209"/>
        <source>Signing…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="211"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="216"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="217"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="220"/>
        <source>&amp;About cica-desktop</source>
        <translation>关于 cica-desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="225"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="405"/>
        <source>The project has problems; see Findings.</source>
        <extracomment>Milliseconds of quiet after a change before the preview and the findings catch up.</extracomment>
        <translation>项目存在问题；请参阅“检查结果”。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="326"/>
        <source>Autosaved {time}</source>
        <translation>已自动保存（{time}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="333"/>
        <source>Autosave failed: {reason}. Trying again every {seconds:g} s; save your work to keep it safe.</source>
        <translation>自动保存失败：{reason}。每 {seconds:g} 秒重试一次；请保存您的工作以防丢失。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="336"/>
        <source>⚠ Autosave failed</source>
        <translation>⚠ 自动保存失败</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="352"/>
        <source>Untitled request</source>
        <translation>未命名请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="355"/>
        <source>autosave failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="416"/>
        <source>The preview shows the last version without problems; {count} to fix (see Findings).</source>
        <translation>预览显示的是最后一个没有问题的版本；尚有 {count} 个问题需要修正（见“检查结果”）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="419"/>
        <source>Draft: {count} field(s) to fill in, shown in brackets (see Findings). The final documents can be exported once they are filled in.</source>
        <translation>草稿：尚有 {count} 个字段待填，以方括号标出（见“检查结果”）。填写完毕后即可导出最终文件。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="443"/>
        <source>Quotes fixed in {count} field(s) (Undo takes them back).</source>
        <translation>已修正 {count} 个字段中的引号（可用“撤销”还原）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="444"/>
        <source>No straight quotes to fix.</source>
        <translation>没有需要修正的直引号。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="514"/>
        <source>Laying out the pages after this one…</source>
        <translation>正在排版此页之后的各页…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="525"/>
        <source>The preview could not be drawn: {message}</source>
        <translation>无法绘制预览：{message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="563"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="564"/>
        <source>Save the changes to {name} before closing it?</source>
        <translation>关闭前是否保存对 {name} 所作的更改？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="566"/>
        <source>the untitled request</source>
        <translation>未命名的请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="595"/>
        <source>New from an earlier request</source>
        <translation>从以往请求新建</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="612"/>
        <source>A new request from {file}: check the session and the dates, and sign it again.</source>
        <translation>已根据 {file} 新建请求：请核对届会和日期，并重新签名。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="627"/>
        <source>Open request</source>
        <translation>打开请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="596"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="628"/>
        <source>Request projects (*.json);;All files (*)</source>
        <translation>请求项目 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="273"/>
        <source>Add an annex: an explanatory memorandum, a draft resolution or a letter</source>
        <translation>添加附件：解释性备忘录、决议草案或信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="603"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="638"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="604"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="639"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>无法打开 {file}：
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="654"/>
        <source>Save request as</source>
        <translation>请求另存为</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="655"/>
        <source>Request projects (*.json)</source>
        <translation>请求项目 (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="668"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="669"/>
        <source>{file} could not be saved: {reason}
The previous file is unchanged.</source>
        <translation>无法保存 {file}：{reason}
原有文件未作改动。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="673"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="687"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>SignFlow</name>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="44"/>
        <source>Signing key and certificate</source>
        <translation>签名密钥和证书</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="45"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="51"/>
        <source>Sign the letter</source>
        <translation>签署信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="52"/>
        <source>Password of {file} (used for this signature only):</source>
        <translation>{file} 的密码（仅用于本次签名）：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="57"/>
        <source>Export signed letter</source>
        <translation>导出已签名的信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="64"/>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="72"/>
        <source>Verify signed PDF</source>
        <translation>验证已签名的 PDF</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="76"/>
        <source>{file} cannot be checked: {reason}</source>
        <translation>无法检查 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="81"/>
        <source>{file} has no signature.</source>
        <translation>{file} 没有签名。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="85"/>
        <source>{file}: valid. The signatures hold and nothing was changed after signing beyond what they permit.</source>
        <translation>{file}：有效。签名成立，签名后未作超出其许可范围的更改。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="88"/>
        <source>{file}: valid, but a signer is not in your trusted certificates (Settings ▸ Signing…).</source>
        <translation>{file}：有效，但有签名人不在您的受信任证书中（设置 ▸ 签名…）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/sign_flow.py" line="91"/>
        <source>{file}: NOT VALID. It was changed after signing, or a signature does not hold. Do not rely on what it shows.</source>
        <translation>{file}：无效。文件在签名后被更改，或有签名不成立。请勿信赖其显示的内容。</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="54"/>
        <source>Submission for the Secretariat</source>
        <translation>提交秘书处的文件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="58"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="60"/>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="62"/>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="65"/>
        <source>addresses, separated by commas</source>
        <translation>地址，多个地址以英文逗号（,）分隔</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="63"/>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="66"/>
        <source>Cc:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="68"/>
        <source>Signing key (.p12):</source>
        <translation>签名密钥（.p12）：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="71"/>
        <source>Password (for this signature only):</source>
        <translation>密码（仅用于本次签名）：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="79"/>
        <source>Sign and write</source>
        <translation>签名并写入</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="99"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="106"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="112"/>
        <source>Signing key and certificate</source>
        <translation>签名密钥和证书</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="114"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="126"/>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="128"/>
        <source>Choose the signing key (.p12 or .pfx).</source>
        <translation>请选择签名密钥（.p12 或 .pfx）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="132"/>
        <source>{address} is not an e-mail address.</source>
        <translation>{address} 不是电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="160"/>
        <source>Cannot export yet</source>
        <translation>暂时无法导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="161"/>
        <source>Fix the problems listed under Findings first ({count} left).</source>
        <translation>请先修正“检查结果”中列出的问题（尚余 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="182"/>
        <source>Replace the submission?</source>
        <translation>替换提交秘书处的文件？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="183"/>
        <source>{folder} already holds files of this submission:
{files}

Replace them? Other files in the folder are left alone.</source>
        <translation>{folder} 中已有本次提交的文件：
{files}

是否替换？文件夹中的其他文件不受影响。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="206"/>
        <source>Preparing the submission in {folder}…</source>
        <translation>正在 {folder} 中准备提交秘书处的文件…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="222"/>
        <source>Submission written: {count} files in {folder}</source>
        <translation>提交秘书处的文件已写入：{folder} 中共 {count} 个文件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="230"/>
        <source>Submission written</source>
        <translation>提交秘书处的文件已写入</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="238"/>
        <source>The folder written holds these files:</source>
        <translation>写入的文件夹包含以下文件：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="248"/>
        <source>Open the e-mail</source>
        <translation>打开电子邮件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="253"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="261"/>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="262"/>
        <source>Submission failed</source>
        <translation>提交文件写入失败</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/submission_dialog.py" line="263"/>
        <source>Nothing was written in {folder}: {reason}</source>
        <translation>未在 {folder} 中写入任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="43"/>
        <source>The language was recognised by the script of the text: {language}.</source>
        <translation>根据文本所用的文字识别出语文：{language}。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="45"/>
        <source>The headings were read as {language} headings.</source>
        <translation>各标题被识别为{language}标题。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="47"/>
        <source>No heading in any of the six languages was recognised: the document was read as English.</source>
        <translation>未识别出六种语文中任何一种语文的标题：文件按英文读取。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="50"/>
        <source>No heading “Letter dated … from …” was found: the text before the first annex was read as the cover letter.</source>
        <translation>未找到“……年……月……日……给……的信”这一标题：第一个附件之前的文本被视为主信函。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="53"/>
        <source>Kept in the cover letter: it is not a heading the UN prints before the letter.</source>
        <translation>保留在主信函中：这不是联合国在信函前印出的标题。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="56"/>
        <source>Each signatory was given a State in the order of the letter&apos;s heading (the signature blocks do not name their States): check them.</source>
        <translation>已按信函标题中的国家顺序为每位签名人指定国家（签名栏未写明所代表的国家）：请核对。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="59"/>
        <source>No signature block was found: the signatory is left to fill.</source>
        <translation>未找到签名栏：签名人待填。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="61"/>
        <source>The last {count} short lines of the letter were read as its signature block, with “{name}” as the name.</source>
        <translation>信函最后 {count} 个短行被视为签名栏，其中“{name}”为姓名。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="64"/>
        <source>“{text}” was taken as annex {number}, its place in the order.</source>
        <translation>按其排列位置，“{text}”被视为附件{number}。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="66"/>
        <source>Rule {rule} was read from the letter&apos;s text.</source>
        <translation>议事规则第 {rule} 条取自信函的案文。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="68"/>
        <source>The item title was read from the quotation in the letter.</source>
        <translation>项目标题取自信函中的引文。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="70"/>
        <source>The item title was not found: it is left to fill.</source>
        <translation>未找到项目标题：待填。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="72"/>
        <source>The letter&apos;s date was not found: today&apos;s date was put in its place; check it.</source>
        <translation>未找到信函日期：已填入今天的日期；请核对。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="75"/>
        <source>The session was not found: session {session} was taken, the one that rule {rule} is for on the letter&apos;s date.</source>
        <translation>未找到届会：已采用第 {session} 届会议，即按信函日期第 {rule} 条请求所针对的届会。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="78"/>
        <source>The requesting State was not found in a letter heading: it is left to fill.</source>
        <translation>未在信函标题中找到提出请求的国家：待填。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="81"/>
        <source>Annex {number} was read as a draft resolution because it has the organ line “{organ_line}”.</source>
        <translation>附件{number}被视为决议草案，因为其中有机关行“{organ_line}”。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="84"/>
        <source>Annex {number} was read as a letter because it is signed.</source>
        <translation>附件{number}被视为信函，因为其中有签名。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="86"/>
        <source>Annex {number} was read as a memorandum because no other kind fits (it has no organ line and no signature).</source>
        <translation>附件{number}被视为备忘录，因为不符合其他任何类型（既无机关行，也无签名）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="89"/>
        <source>A table in the draft resolution was kept as a paragraph of its cells.</source>
        <translation>决议草案中的一个表格被保留为一个段落，由其各单元格的内容组成。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="91"/>
        <source>Read as an operative paragraph because it starts with “{lead}”.</source>
        <translation>被视为执行部分段落，因为以“{lead}”开头。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="93"/>
        <source>A numbered operative paragraph: “{verb}” was taken as its verb (it was not set apart in italics).</source>
        <translation>编号的执行部分段落：“{verb}”被视为其执行动词（原文未以斜体标出）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="96"/>
        <source>An unnumbered paragraph after the operative paragraphs was kept as a new line of the one before.</source>
        <translation>执行部分段落之后的一个未编号段落被保留为前一段落中的新行。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="99"/>
        <source>A preambular paragraph without lead words in italics.</source>
        <translation>序言部分段落，起首词未用斜体。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="101"/>
        <source>Draft resolution: “{text}” was kept as a preambular paragraph.</source>
        <translation>决议草案：“{text}”被保留为序言部分段落。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="103"/>
        <source>“{name}” was read as the mission&apos;s name and the {count} lines under it as its address (the letterhead).</source>
        <translation>“{name}”被视为代表团名称，其下 {count} 行被视为其地址（信头）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="106"/>
        <source>The salutation “{text}” is the one the letter always has: it was taken out of the text, and is written again on export.</source>
        <translation>称呼“{text}”是信函固定使用的称呼：已从案文中删除，导出时将重新写入。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="109"/>
        <source>The closing “{text}” is the one the letter always has: it was taken out of the text, and is written again on export.</source>
        <translation>结尾敬语“{text}”是信函固定使用的结尾敬语：已从案文中删除，导出时将重新写入。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="112"/>
        <source>Read as a sub-list of the item before it (a new list straight after a list item).</source>
        <translation>被视为前一列表项的子列表（紧接在列表项之后的新列表）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="115"/>
        <source>Table row {number} has {cells} cells and the header {width}: the row was evened out.</source>
        <translation>表格第 {number} 行有 {cells} 个单元格，而表头有 {width} 个：已将该行调整为与表头一致。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="118"/>
        <source>Read as a heading because it is short and bold.</source>
        <translation>被视为标题，因为其篇幅短且为粗体。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="120"/>
        <source>Read as a heading because it is short and italic.</source>
        <translation>被视为标题，因为其篇幅短且为斜体。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="122"/>
        <source>Footnote {number} was kept in brackets where its mark stood (a project has no footnotes): “{text}”.</source>
        <translation>脚注 {number} 已以方括号保留在其标注处（项目没有脚注）：“{text}”。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="125"/>
        <source>Endnote {number} was kept in brackets where its mark stood (a project has no endnotes): “{text}”.</source>
        <translation>尾注 {number} 已以方括号保留在其标注处（项目没有尾注）：“{text}”。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="145"/>
        <source>Paragraph {number}: {message}</source>
        <translation>第 {number} 段：{message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="155"/>
        <source>To fill: {field}</source>
        <translation>待填：{field}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="157"/>
        <source>To correct: {field}: {message}</source>
        <translation>待修正：{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="169"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="172"/>
        <source>{file} was read; {count} values must be corrected (see Findings).</source>
        <translation>已读取 {file}；有 {count} 个值须修正（见“检查结果”）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="176"/>
        <source>{file} was read as a draft: the fields still to fill are listed below and marked in the preview.</source>
        <translation>已将 {file} 作为草稿读取：待填字段列于下方，并在预览中标出。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="180"/>
        <source>{file} was read; check the guesses below.</source>
        <translation>已读取 {file}；请核对下列推断。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="203"/>
        <source>Import Word document</source>
        <translation>导入 Word 文件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="205"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word 文件 (*.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="214"/>
        <location filename="../../cica_desktop/ui/word_import.py" line="219"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="214"/>
        <source>{file} cannot be imported:
{reason}</source>
        <translation>无法导入 {file}：
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="219"/>
        <source>{file} could not be imported because of a fault in cica-desktop ({fault}). Nothing was opened. Please report this with the Word file.</source>
        <translation>由于 cica-desktop 出错（{fault}），无法导入 {file}。未打开任何内容。请连同该 Word 文件一并报告此问题。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/word_import.py" line="226"/>
        <source>Imported {file}: save it as a project.</source>
        <translation>已导入 {file}：请将其另存为项目。</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../cica_desktop/findings.py" line="41"/>
        <source>{day} {month_name} {year}</source>
        <extracomment>How a date is written inside a message: {day}, {month} (a number), {month_name} (in English), {year}; the translation may reorder or leave out any of them.</extracomment>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="49"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="50"/>
        <source>the file is not UTF-8 text ({reason})</source>
        <translation>文件不是 UTF-8 文本（{reason}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="51"/>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>不是有效的 JSON：第 {line} 行第 {column} 列（{problem}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="53"/>
        <source>a project file must hold one JSON object</source>
        <translation>项目文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="55"/>
        <source>the file is nested too deeply</source>
        <translation>文件嵌套层级过深</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="56"/>
        <source>duplicate key &apos;{key}&apos; in {object}; keep one of them</source>
        <translation>{object} 中的键“{key}”重复；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="58"/>
        <source>duplicate key &apos;{key}&apos; in {object} ({count} times); keep one of them</source>
        <translation>{object} 中的键“{key}”出现了 {count} 次；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="60"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file; keep one of them</source>
        <translation>文件顶层的键“{key}”重复；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="62"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file ({count} times); keep one of them</source>
        <translation>文件顶层的键“{key}”出现了 {count} 次；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="65"/>
        <source>must be a whole number, not {given}</source>
        <translation>必须为整数，而不是 {given}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="67"/>
        <source>{version} is newer than this version of cica-desktop reads ({supported}); update cica-desktop</source>
        <translation>{version} 比此版本的 cica-desktop 能读取的格式版本（{supported}）更新；请更新 cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="70"/>
        <source>{version} is not a known format version</source>
        <translation>{version} 不是已知的格式版本</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="72"/>
        <source>is required but missing</source>
        <translation>为必填项，但缺失</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="73"/>
        <source>is not a field of this format (misspelt?)</source>
        <translation>不是此格式中的字段（是否拼写有误？）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="74"/>
        <source>unknown kind &apos;{tag}&apos;; expected one of {expected}</source>
        <translation>未知类型“{tag}”；应为以下之一：{expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="76"/>
        <source>does not say what kind it is ({discriminator} is missing)</source>
        <translation>未说明其类型（缺少 {discriminator}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="78"/>
        <source>Input should be a valid string</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="79"/>
        <source>Input should be a valid dictionary</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="80"/>
        <source>Input should be a valid list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="81"/>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="82"/>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="83"/>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation>不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="84"/>
        <source>must be one of {expected}</source>
        <translation>必须为以下之一：{expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="85"/>
        <source>must be {minimum} or more</source>
        <translation>必须不小于 {minimum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="86"/>
        <source>must be {maximum} or less</source>
        <translation>必须不大于 {maximum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="87"/>
        <source>is not in the expected form</source>
        <translation>格式不符合要求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="88"/>
        <source>may be at most {maximum} characters long</source>
        <translation>最多 {maximum} 个字符</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="90"/>
        <source>needs at least {minimum} item(s)</source>
        <translation>至少需要 {minimum} 项</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="91"/>
        <source>may have at most {maximum} item(s)</source>
        <translation>最多 {maximum} 项</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="93"/>
        <source>text is {length:,} characters long; the limit is {limit:,}</source>
        <translation>文本长 {length:,} 个字符；上限为 {limit:,}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="95"/>
        <source>contains the control or non-character {character} at position {position}; remove it (it cannot be printed)</source>
        <translation>第 {position} 个位置含有控制字符或非字符 {character}；请删除（无法打印）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="98"/>
        <source>must be a single line (it contains a line break)</source>
        <translation>必须为单行（其中含有换行）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="100"/>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="101"/>
        <source>each of several representatives must name the State they represent</source>
        <translation>多位代表联名时，每位代表都须注明所代表的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="103"/>
        <source>sub-paragraphs go two levels deep at most ((a), then (i))</source>
        <translation>分段最多两级（先 (a)，再 (i)）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="105"/>
        <source>lists nest three levels deep at most</source>
        <translation>列表最多嵌套三级</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="106"/>
        <source>has {cells} cells; the header has {header}</source>
        <translation>有 {cells} 个单元格；表头有 {header} 个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="109"/>
        <source>rule 20 asks for an explanatory memorandum with every item proposed for the agenda; the package has none</source>
        <translation>议事规则第 20 条要求每个提议列入议程的项目都附有解释性备忘录；本文件包没有</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="112"/>
        <source>rule 20 suggests a draft resolution where possible; the package has none</source>
        <translation>议事规则第 20 条建议尽可能附上决议草案；本文件包没有</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="115"/>
        <source>a rule {rule} request dated {date} is for session {expected}; the package names session {session}</source>
        <translation>日期为 {date} 的第 {rule} 条请求应针对第 {expected} 届会议；本文件包写的是第 {session} 届</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="118"/>
        <source>a rule 13 request must come before the provisional agenda of session {session} is issued, 60 days before the session opens on {opening}; the letter is dated {date}, {days} days before: rule {instead} applies</source>
        <translation>第 13 条请求必须在第 {session} 届会议临时议程印发之前提出，即在该届会议于 {opening} 开幕前 60 天之前；信函日期为 {date}，在开幕前 {days} 天：应适用第 {instead} 条</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="122"/>
        <source>a rule 14 request is made at least 30 days before the session opens; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation>第 14 条请求须在届会开幕前至少 30 天提出；第 {session} 届会议于 {opening} 开幕，在信函日期（{date}）之后 {days} 天：应适用第 {instead} 条</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="126"/>
        <source>a rule 15 request is made less than 30 days before the session opens or during it; session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}): rule {instead} applies</source>
        <translation>第 15 条请求是在届会开幕前不足 30 天或在届会期间提出的；第 {session} 届会议于 {opening} 开幕，在信函日期（{date}）之后 {days} 天：应适用第 {instead} 条</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="130"/>
        <source>session {session} opened on {opening}, before the letter&apos;s date ({date}); during a session an item is requested under rule {instead}</source>
        <translation>第 {session} 届会议已于 {opening} 开幕，早于信函日期（{date}）；在届会期间，应根据第 {instead} 条请求列入项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="133"/>
        <source>session {session} opens on {opening}, {days} days after the letter&apos;s date ({date}); until its provisional agenda is issued, 60 days before the opening, an item is requested for it under rule {instead}</source>
        <translation>第 {session} 届会议于 {opening} 开幕，在信函日期（{date}）之后 {days} 天；在其临时议程印发之前（即开幕前 60 天之前），应根据第 {instead} 条请求将项目列入该届会议</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="137"/>
        <source>the next provisional agenda to be issued after {date} is that of session {expected}; the package names session {session}</source>
        <translation>{date} 之后印发的下一份临时议程是第 {expected} 届会议的临时议程；本文件包写的是第 {session} 届</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="145"/>
        <source>the standalone draft resolution has no symbol: its masthead and running heads print none (the UN assigns it, e.g. A/C.6/80/L.2)</source>
        <translation>单独的决议草案没有文号：其报头和页眉均不印文号（文号由联合国编配，例如 A/C.6/80/L.2）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="148"/>
        <source>UN documents write this State “{expected}”, not “{state}”</source>
        <translation>联合国文件将此国家写作“{expected}”，而非“{state}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="154"/>
        <source>an operative paragraph opens with a verb in the present tense, in italics (Decides, Requests); this one has none</source>
        <translation>执行部分段落以斜体的现在时动词开头（如 Decides、Requests）；本段没有</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="157"/>
        <source>“{verb}” is the form of a preambular paragraph; an operative paragraph opens with a verb in the present tense (Notes, not Noting)</source>
        <translation>“{verb}”是序言部分段落的形式；执行部分段落以现在时动词开头（用 Notes，而不是 Noting）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="160"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: here “{expected}”, not “{found}”</source>
        <translation>执行部分段落以分号结尾，最后一段以句号结尾：此处应为“{expected}”，而不是“{found}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="163"/>
        <source>an operative paragraph ends with a semicolon, the last one with a full stop: “{expected}” is missing here</source>
        <translation>执行部分段落以分号结尾，最后一段以句号结尾：此处缺少“{expected}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="166"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: here “{expected}”, not “{found}”</source>
        <translation>分段以分号结尾，最后一个分段按其所属段落的结尾方式结尾：此处应为“{expected}”，而不是“{found}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="169"/>
        <source>a sub-paragraph ends with a semicolon, the last one as its paragraph ends: “{expected}” is missing here</source>
        <translation>分段以分号结尾，最后一个分段按其所属段落的结尾方式结尾：此处缺少“{expected}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="172"/>
        <source>this text introduces sub-paragraphs, so it ends with “{expected}”, not as a paragraph does</source>
        <translation>此段文字引出分段，应以“{expected}”结尾，而不是像段落那样结尾</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="175"/>
        <source>a preambular paragraph usually opens with a participle or adjective phrase in italics (Recalling, Noting, Convinced)</source>
        <translation>序言部分段落通常以斜体的分词或形容词短语开头（如 Recalling、Noting、Convinced）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="178"/>
        <source>“{lead}” reads as an operative verb; a preambular paragraph opens with a participle or adjective phrase (Noting, not Notes)</source>
        <translation>“{lead}”看起来是执行动词；序言部分段落以分词或形容词短语开头（用 Noting，而不是 Notes）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="181"/>
        <source>a preambular paragraph ends with a comma: here “{expected}”, not “{found}”</source>
        <translation>序言部分段落以逗号结尾：此处应为“{expected}”，而不是“{found}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="184"/>
        <source>a preambular paragraph ends with a comma: “{expected}” is missing here</source>
        <translation>序言部分段落以逗号结尾：此处缺少“{expected}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="187"/>
        <source>the item&apos;s title is quoted as “{quoted}”; it is “{title}”</source>
        <translation>项目标题被引作“{quoted}”；实际标题是“{title}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="189"/>
        <source>the resolution is entitled “{resolution}”, the item “{title}”; a draft resolution takes the item&apos;s title</source>
        <translation>决议的标题是“{resolution}”，项目的标题是“{title}”；决议草案应采用项目标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="192"/>
        <source>the running heads&apos; title “{running}” is close to the item&apos;s title but not it: “{title}”</source>
        <translation>页眉标题“{running}”与项目标题相近，但并不相同：“{title}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="195"/>
        <source>the running heads&apos; title “{running}” has little of the item&apos;s title (“{title}”) in it; is it from another request?</source>
        <translation>页眉标题“{running}”与项目标题（“{title}”）几乎没有共同之处；是否出自另一份请求？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="198"/>
        <source>“{found}” is spelt “{name}” in the item&apos;s title</source>
        <translation>“{found}”在项目标题中写作“{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="200"/>
        <source>the resolution invites “{invited}”; the item&apos;s title names “{name}”</source>
        <translation>决议邀请的是“{invited}”；项目标题中写的是“{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="202"/>
        <source>the letter cites rule {cited}; the request is made under rule {rule}</source>
        <translation>信函援引的是第 {cited} 条；本请求是根据第 {rule} 条提出的</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="204"/>
        <source>the letter asks for the {named} session (session {number}); the package names session {session}</source>
        <translation>信函中请求的届会是“{named}”（第 {number} 届）；本文件包写的是第 {session} 届</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="207"/>
        <source>the letter mentions annex {annex}; the package has {count} annex(es)</source>
        <translation>信函提到附件{annex}；本文件包有 {count} 个附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="209"/>
        <source>the letter mentions annex {annex} after annex {before}; annexes are numbered in the order the letter first mentions them</source>
        <translation>信函在提到附件{before}之后才提到附件{annex}；附件应按信函首次提及的顺序编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="212"/>
        <source>the letter calls annex {annex} the explanatory memorandum, but annex {annex} is not the memorandum</source>
        <translation>信函称附件{annex}为解释性备忘录，但附件{annex}不是解释性备忘录</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="215"/>
        <source>the letter calls annex {annex} the draft resolution, but annex {annex} is not the draft resolution</source>
        <translation>信函称附件{annex}为决议草案，但附件{annex}不是决议草案</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="219"/>
        <source>two spaces in a row print as a gap; one is enough (a tab aligns)</source>
        <translation>连续两个空格会印成空隙；一个即可（对齐请用制表符）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="221"/>
        <source>straight quotation marks (&quot;); this language uses {marks}</source>
        <translation>直引号（&quot;）；此语文使用 {marks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="223"/>
        <source>a straight apostrophe (&apos;); the printed one is ’</source>
        <translation>直撇号（&apos;）；印刷体撇号为 ’</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="225"/>
        <source>quotation marks {found} are not this language&apos;s; it uses {marks}</source>
        <translation>引号 {found} 不是此语文的引号；此语文使用 {marks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="227"/>
        <source>English words in Chinese text: {words}</source>
        <translation>中文文本中有英文单词：{words}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="234"/>
        <source>“{word}” is not in the dictionary; did you mean: {suggestions}?</source>
        <translation>“{word}”不在词典中；是否应为：{suggestions}？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="236"/>
        <source>“{word}” is not in the dictionary</source>
        <translation>“{word}”不在词典中</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="238"/>
        <source>no {language} dictionary is installed, so {language} text is not spell-checked (looked in {folders})</source>
        <translation>未安装 {language} 词典，因此 {language} 文本不作拼写检查（已查找：{folders}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="241"/>
        <source>{language} text is not spell-checked</source>
        <translation>{language} 文本不作拼写检查</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="140"/>
        <source>several signatories sign in the alphabetical order of their countries: {order}</source>
        <translation>多位签署人按其国家的英文字母顺序签署：{order}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="143"/>
        <source>{state} is not among the requesting States</source>
        <translation>{state} 不在请求国之列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="150"/>
        <source>the document is issued on {issued}, before the letter&apos;s date, {date}</source>
        <translation>文件印发日期 {issued} 早于信函日期 {date}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="152"/>
        <source>this annexed letter is dated {date}, after the cover letter of {cover}</source>
        <translation>此附件信函日期为 {date}，晚于主信函日期 {cover}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="230"/>
        <source>templates/lang/{language}.toml has no [{section}] {key}; the English wording is used instead</source>
        <translation>templates/lang/{language}.toml 缺少 [{section}] {key}；已改用英文措辞</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="204"/>
        <source>the preview&apos;s data cannot go to its render process: {error}</source>
        <extracomment>The client that warm-up renders are submitted as (windows count from 1). Blocks rendered after the edited one in the first pass, when the last render does not say where the next pages begin. The first pass is worth it for a package this long. The processes by lane: &quot;whole&quot; renders whole packages, &quot;first&quot; the first passes of edits in long ones, so a first pass never waits behind a whole render (which cannot be stopped once started) and the two run side by side. Requests waiting, by the client that sent them (only its newest is kept).</extracomment>
        <translation>预览的数据无法传给排版进程：{error}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="493"/>
        <source>the preview&apos;s render process stopped</source>
        <translation>预览的排版进程已停止</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="468"/>
        <source>the title in the page headers takes three lines or more (the UN&apos;s take at most two): give a shorter one as the short title for page headers</source>
        <extracomment>PDF, anchor pages, warnings for the reader, and where each source (model path of a paragraph, &quot;letter.blocks[2]&quot;) starts: (page index, points below the page&apos;s top). The same for the first pass of an edit: the package up to the edited block. The data has errors that are not gaps to fill: there is no draft to show. How the window names a model path in a notice: the label of the form that shows the field (ui/preview_pane.py gives it); without it, the path itself. Whether the newest data&apos;s whole render has been shown (its first pass is then no longer wanted). The data of the newest render asked for. Where each source started in the last whole render, and its pages. None: the UN circulation layout; else the mission&apos;s own letter. Names a model path (&quot;running_title&quot;) the way the window&apos;s forms label its field. The render&apos;s notices whose words do not vary, as the render writes them (after the model path that starts a notice about one field): the window shows them translated. tests/test_gui_dates.py checks they are still the render&apos;s words.</extracomment>
        <translation>页眉中的标题占三行或以上（联合国文件的页眉标题最多两行）：请提供更短的页眉所用简短标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="471"/>
        <source>this PDF contains right-to-left text (Arabic or Hebrew) inside a left-to-right document, which is not laid out right to left: check it before sending</source>
        <translation>此 PDF 在从左到右书写的文件中含有从右到左书写的文字（阿拉伯文或希伯来文），这些文字未按从右到左排版：发送前请检查</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/app/preview_client.py" line="487"/>
        <source>{field}: {notice}</source>
        <extracomment>A model path at the start of a notice: &quot;running_title&quot;, &quot;letter.blocks[2].text&quot;. A notice about one field: {field} is its label in the form, {notice} the notice.</extracomment>
        <translation>{field}：{notice}</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="56"/>
        <source>Observer status for an organization</source>
        <extracomment>The context the window translates these strings in. A short name (&quot;Observer status for an organization&quot;). What the request is for and what the new project holds, in a sentence or two. Whether the request asks for a sub-item under an existing item. Whether the package has a draft resolution unless the user says otherwise, and whether the user may leave it out. Whether the standard wording names an organization.</extracomment>
        <translation>给予某一组织观察员地位</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="57"/>
        <source>An intergovernmental organization asks to take part in the sessions and the work of the General Assembly as an observer. The draft resolution is the standard two-paragraph text; the memorandum presents the organization.</source>
        <translation>某一政府间组织请求以观察员身份参加大会的届会和工作。决议草案采用标准的两段式案文；备忘录介绍该组织。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="64"/>
        <source>Cooperation with an organization</source>
        <translation>与某一组织的合作</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="65"/>
        <source>A sub-item on cooperation between the United Nations and a regional or other organization, under the item “Cooperation between the United Nations and regional and other organizations”. The draft resolution asks for a report and puts the sub-item on a later agenda.</source>
        <translation>在“联合国与区域组织和其他组织的合作”项目下，就联合国与某一区域组织或其他组织之间的合作列入一个分项目。决议草案请求提交报告，并将该分项目列入以后某届会议的议程。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="72"/>
        <source>An international day, year or decade</source>
        <translation>国际日、国际年或国际十年</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="73"/>
        <source>The General Assembly is asked to proclaim an international day, year or decade. The draft resolution holds the usual paragraphs on its observance and its cost; you write what is proclaimed and why.</source>
        <translation>请大会宣布一个国际日、国际年或国际十年。决议草案含有关于纪念活动及其费用的常用段落；由您撰写宣布的内容及理由。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="78"/>
        <source>A new substantive item</source>
        <translation>新的实质性项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="79"/>
        <source>A new item on a question the General Assembly should consider. Rule 20 asks for an explanatory memorandum; a draft resolution is added only if you want one.</source>
        <translation>就大会应审议的某一问题提出的新项目。议事规则第20条要求附有解释性备忘录；决议草案只在您需要时添加。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="85"/>
        <source>A sub-item under an existing item</source>
        <translation>现有项目下的分项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="86"/>
        <source>A sub-item to be considered under an item already on the agenda: give the existing item’s title. A draft resolution is included; you may leave it out.</source>
        <translation>在已列入议程的某一项目下审议的分项目：请填写该现有项目的标题。默认附有决议草案，您也可以不要。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="96"/>
        <source>Rule 13: item in the provisional agenda</source>
        <extracomment>The rules of procedure a request invokes (13, 14, 15), and rule 20, which every request meets: (short name, description).</extracomment>
        <translation>第13条：列入临时议程的项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="97"/>
        <source>An item for the provisional agenda of the next regular session, proposed before the provisional agenda is issued (at least 60 days before the session opens).</source>
        <translation>列入下届常会临时议程的项目，在临时议程印发之前（即至少在届会开幕前 60 天）提出。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="101"/>
        <source>Rule 14: supplementary item</source>
        <translation>第14条：补充项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="102"/>
        <source>A supplementary item, requested at least 30 days before the session opens.</source>
        <translation>补充项目，至少在届会开幕前 30 天提出请求。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="105"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>第15条：增列项目（重要而紧急）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="106"/>
        <source>An additional item of an important and urgent character, requested less than 30 days before the session opens or during the session.</source>
        <translation>具有重要而紧急性质的增列项目，在届会开幕前不足 30 天或在届会期间提出请求。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="109"/>
        <source>Rule 20: explanatory memorandum</source>
        <translation>第20条：解释性备忘录</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="110"/>
        <source>Every item proposed for inclusion in the agenda is accompanied by an explanatory memorandum and, if possible, by basic documents or a draft resolution.</source>
        <translation>提议列入议程的每个项目均应附有解释性备忘录，并尽可能附有基本文件或决议草案。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="119"/>
        <source>The organization: when and by whom it was founded, its members and its purposes.</source>
        <extracomment>Guidance for the paragraphs a new request leaves blank, by the name its skeleton gives (`hint` in templates/kinds, and the memorandum skeletons below). Never printed.</extracomment>
        <translation>该组织：何时由谁创立，其成员和宗旨。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="122"/>
        <source>What the organization does, and where its work meets the work of the United Nations.</source>
        <translation>该组织开展哪些工作，其工作与联合国的工作有哪些交汇之处。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="125"/>
        <source>Its cooperation with the United Nations so far (agreements, joint activities, earlier resolutions).</source>
        <translation>该组织迄今与联合国的合作（协定、联合活动、以往的决议）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="128"/>
        <source>Why observer status in the General Assembly would serve that cooperation.</source>
        <translation>为何大会观察员地位有助于这一合作。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="131"/>
        <source>Why a sub-item on this cooperation should be on the agenda, and what the resolution would achieve.</source>
        <translation>为何应将关于这一合作的分项目列入议程，以及该决议将取得什么成果。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="134"/>
        <source>The subject of the day, year or decade, and why it deserves international attention.</source>
        <translation>该国际日、国际年或国际十年的主题，以及为何值得国际关注。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="137"/>
        <source>Why this date (or year, or decade), and who has observed it so far.</source>
        <translation>为何选择这一日期（或年份、十年），以及迄今有哪些方面举行过纪念。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="139"/>
        <source>Support so far (States, organizations, earlier decisions), and that the observance will be met from voluntary contributions.</source>
        <translation>迄今获得的支持（国家、组织、以往的决定），并说明纪念活动的费用将由自愿捐款支付。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="142"/>
        <source>A heading, if the memorandum has headings (e.g. Background); delete this block if it has none.</source>
        <translation>标题（如备忘录设有标题，例如“背景”）；如不设标题，请删除此内容块。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="145"/>
        <source>The background of the question: the facts and earlier decisions.</source>
        <translation>问题的背景：相关事实和以往的决定。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="147"/>
        <source>Why the General Assembly should consider it now (for rule 15: why it is important and urgent).</source>
        <translation>为何大会应在此时审议该问题（第15条请求：为何该问题重要而紧急）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="150"/>
        <source>What the General Assembly is asked to do.</source>
        <translation>请大会采取什么行动。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="152"/>
        <source>How the sub-item relates to the existing item, and why it should be considered under it.</source>
        <translation>该分项目与现有项目有何关系，以及为何应在该项目下审议。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="155"/>
        <source>The resolution that granted the organization observer status, and earlier resolutions on this cooperation (number and date).</source>
        <translation>给予该组织观察员地位的决议，以及以往关于这一合作的决议（编号和日期）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="158"/>
        <source>What the organization contributes, in the Assembly&apos;s words.</source>
        <translation>该组织的贡献，以大会的措辞表述。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="160"/>
        <source>The resolutions or instruments the proclamation builds on.</source>
        <translation>宣布所依据的决议或文书。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="162"/>
        <source>Why the subject matters.</source>
        <translation>这一主题为何重要。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="164"/>
        <source>to proclaim [the date] as [the name of the day], to be observed annually;</source>
        <translation>宣布[日期]为[国际日名称]，每年举行纪念；</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="167"/>
        <source>The decisions and instruments the resolution builds on (or delete this paragraph).</source>
        <translation>该决议所依据的决定和文书（如无，请删除此段）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/compose/kinds.py" line="170"/>
        <source>What the General Assembly decides: an operative verb (Decides, Requests, Calls upon…) and its text.</source>
        <translation>大会决定的内容：执行动词（决定、请、吁请……）及其案文。</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../../cica_desktop/verification.py" line="59"/>
        <source>entire file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="60"/>
        <source>entire revision</source>
        <translation>整个修订版</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="61"/>
        <source>part of its revision</source>
        <translation>其修订版的一部分</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="62"/>
        <source>unclear</source>
        <translation>不明确</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="75"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="76"/>
        <source>signature maintenance</source>
        <translation>签名维护</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="77"/>
        <source>further signatures</source>
        <translation>更多签名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="78"/>
        <source>form filling</source>
        <translation>填写表单</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="79"/>
        <source>annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="80"/>
        <source>other changes</source>
        <translation>其他更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="72"/>
        <source>no changes</source>
        <translation>不允许任何更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="73"/>
        <source>form filling and signing</source>
        <translation>填写表单和签名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="74"/>
        <source>form filling, signing and annotations</source>
        <translation>填写表单、签名和注释</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="95"/>
        <source>{what} in revision {revision}</source>
        <translation>{what}（修订版 {revision}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="109"/>
        <location filename="../../cica_desktop/verification.py" line="160"/>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="110"/>
        <location filename="../../cica_desktop/verification.py" line="161"/>
        <location filename="../../cica_desktop/verification.py" line="212"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="111"/>
        <source>valid, but the signer is not trusted here</source>
        <translation>有效，但签名人在此不受信任</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="158"/>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="162"/>
        <source>valid, but a signer is not trusted here</source>
        <translation>有效，但有签名人在此不受信任</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="180"/>
        <source>not trusted: the certificate does not chain to a trusted certificate</source>
        <translation>不受信任：证书链未通向受信任的证书</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="183"/>
        <source>covers: {coverage} (revision {revision} of {total})</source>
        <translation>覆盖范围：{coverage}（第 {revision} 个修订版，共 {total} 个）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="188"/>
        <source>certifies the document, permitting {what}</source>
        <translation>认证本文件，允许{what}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="193"/>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="194"/>
        <source>NOT ALLOWED</source>
        <translation>不允许</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="196"/>
        <source>later change: {what} ({state})</source>
        <translation>其后的更改：{what}（{state}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="200"/>
        <source>verdict: {verdict}</source>
        <translation>结论：{verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="203"/>
        <source>{file}: {verdict}</source>
        <translation>{file}：{verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="204"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="211"/>
        <source>intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="213"/>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="216"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="219"/>
        <source>time-stamped {time}</source>
        <translation>时间戳 {time}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="222"/>
        <source>(not proven: untrusted authority or damaged time stamp)</source>
        <translation>（未证实：时间戳机构不受信任或时间戳已损坏）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="224"/>
        <source>signature {number} ({field}): {signer}; signed {time}{stamp}; {checks}</source>
        <translation>签名 {number}（{field}）：{signer}；签署于 {time}{stamp}；{checks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="228"/>
        <source>no checks passed</source>
        <translation>未通过任何检查</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="234"/>
        <source>January</source>
        <extracomment>The months&apos; names in a date (the English ones, as `cica-desktop verify` prints them; each language gives the form its dates use: &quot;octobre&quot;, &quot;октября&quot;, &quot;10月&quot;).</extracomment>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="235"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="236"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="237"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="238"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="239"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="240"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="241"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="242"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="243"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="244"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="245"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="254"/>
        <source>{day:02} {month_name} {year} {time} {zone}</source>
        <extracomment>{time} is 14:05 or 14:05:09, {zone} the time zone&apos;s name (UTC) or empty.</extracomment>
        <translation>{year}年{month_name}{day}日 {time} {zone}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="262"/>
        <source>problem: {problem}</source>
        <translation>问题：{problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="288"/>
        <source>changed after signing: {count} bytes were appended after the last revision (revision {revision})</source>
        <translation>签名后被更改：在最后一个修订版（修订版 {revision}）之后附加了 {count} 个字节</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="312"/>
        <source>the signature cannot be read ({reason})</source>
        <translation>无法读取签名（{reason}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="330"/>
        <source>changed after signing: the signed bytes no longer match the signature</source>
        <translation>签名后被更改：已签名的字节与签名不再相符</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="334"/>
        <source>the signature value does not verify against the signer&apos;s certificate</source>
        <translation>签名值无法用签名人的证书验证</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="340"/>
        <source>the signature covers only part of the file (coverage: {coverage}); the rest can be anything</source>
        <translation>签名只覆盖文件的一部分（覆盖范围：{coverage}）；其余部分可能是任何内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="345"/>
        <location filename="../../cica_desktop/verification.py" line="351"/>
        <source>changed after signing: {change}</source>
        <translation>签名后被更改：{change}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="354"/>
        <source>the signature breaks its field&apos;s constraints ({reason})</source>
        <translation>签名违反其字段的约束（{reason}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="359"/>
        <source>its time stamp is damaged: the signing time is not proven</source>
        <translation>其时间戳已损坏：签署时间未经证实</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="402"/>
        <source>later revisions go beyond what the signature permits ({level})</source>
        <translation>其后的修订版超出签名所允许的范围（{level}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="405"/>
        <source>objects were changed in a later revision ({detail})</source>
        <translation>其后的修订版更改了对象（{detail}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="418"/>
        <source>the signature&apos;s byte range cannot be read</source>
        <translation>无法读取签名的字节范围</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="421"/>
        <source>the signature&apos;s byte range does not start at the beginning of the file</source>
        <translation>签名的字节范围不是从文件开头开始</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="426"/>
        <source>the signature&apos;s byte range leaves out more than the signature value</source>
        <translation>签名的字节范围遗漏了签名值以外的内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="432"/>
        <source>the signature value is not a hexadecimal string</source>
        <translation>签名值不是十六进制字符串</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="436"/>
        <source>the signature value is not a DER-encoded signature</source>
        <translation>签名值不是 DER 编码的签名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="440"/>
        <source>changed after signing: the signature&apos;s placeholder holds data after the signature value that nobody signed</source>
        <translation>签名后被更改：签名占位区在签名值之后含有无人签署的数据</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="138"/>
        <source>a revision that cannot be read ({reason})</source>
        <translation>无法读取的修订版（{reason}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="178"/>
        <source>the document catalog was replaced</source>
        <translation>文件目录被替换</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="192"/>
        <source>validation data (certificates, revocation) were added</source>
        <translation>添加了验证数据（证书、吊销信息）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="205"/>
        <source>the document information (/Info) was replaced</source>
        <translation>文件信息（/Info）被替换</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="213"/>
        <source>the document information ({names}) was changed</source>
        <translation>文件信息（{names}）被更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="243"/>
        <source>the form (and its signature fields) was removed</source>
        <translation>表单（及其签名字段）被删除</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="255"/>
        <source>form field &apos;{name}&apos; was added</source>
        <translation>添加了表单字段“{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="258"/>
        <source>form field &apos;{name}&apos; was filled in</source>
        <translation>填写了表单字段“{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="261"/>
        <source>form field &apos;{name}&apos; was removed</source>
        <translation>删除了表单字段“{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="267"/>
        <source>the form&apos;s {key} entry was changed</source>
        <translation>表单的 {key} 条目被更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="273"/>
        <source>signature field &apos;{name}&apos; was signed</source>
        <translation>签名字段“{name}”已签署</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="276"/>
        <source>an empty signature field &apos;{name}&apos; was added</source>
        <translation>添加了空白签名字段“{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="279"/>
        <source>the signature in field &apos;{name}&apos; was replaced</source>
        <translation>字段“{name}”中的签名被替换</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="281"/>
        <source>signature field &apos;{name}&apos; was updated</source>
        <translation>签名字段“{name}”被更新</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="288"/>
        <source>the number of pages changed from {old} to {new}</source>
        <translation>页数从 {old} 变为 {new}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="301"/>
        <source>content was drawn over page {page}</source>
        <translation>第 {page} 页上被覆盖绘制了内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="304"/>
        <source>page content of page {page} was replaced</source>
        <translation>第 {page} 页的页面内容被替换</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="308"/>
        <source>the fonts or images of page {page} were changed</source>
        <translation>第 {page} 页的字体或图片被更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="314"/>
        <source>the {key} of page {page} was changed</source>
        <translation>第 {page} 页的 {key} 被更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="350"/>
        <source>a {subtype} annotation was added to page {page}</source>
        <translation>第 {page} 页添加了 {subtype} 注释</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="354"/>
        <source>a {subtype} annotation was changed on page {page}</source>
        <translation>第 {page} 页的 {subtype} 注释被更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="358"/>
        <source>an annotation was removed from page {page}</source>
        <translation>第 {page} 页删除了一个注释</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="611"/>
        <source>the document catalog entry {key} was added</source>
        <translation>添加了文件目录条目 {key}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="614"/>
        <source>the document catalog entry {key} was removed</source>
        <translation>删除了文件目录条目 {key}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="616"/>
        <source>the document catalog entry {key} was changed</source>
        <translation>文件目录条目 {key} 被更改</translation>
    </message>
</context>
</TS>
