<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="22"/>
        <source>an untitled request</source>
        <translation>未命名的请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="24"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="25"/>
        <source>cica-desktop did not close normally. Unsaved changes to {name} from {time} were kept. Restore them?</source>
        <translation>cica-desktop 未正常关闭。已保留 {time} 对 {name} 所作的未保存更改。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="35"/>
        <source>Damaged recovery file</source>
        <translation>损坏的恢复文件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="36"/>
        <source>A recovery file from {time} cannot be restored: {problem}.
{file}

Delete it? Choose No to keep it; it will be offered again at the next start.</source>
        <translation>来自 {time} 的恢复文件无法恢复：{problem}。
{file}

是否删除？选择“否”则保留该文件，下次启动时将再次提供。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="111"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="112"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>无法打开 {file}：
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="29"/>
        <source>New request</source>
        <extracomment>The names of the document languages, translated when shown.</extracomment>
        <translation>新建请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="37"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="133"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>第15条：增列项目（重要而紧急）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="38"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="132"/>
        <source>Rule 14: supplementary item</source>
        <translation>第14条：补充项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="39"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="131"/>
        <source>Rule 13: item in the provisional agenda</source>
        <translation>第13条：列入临时议程的项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="47"/>
        <source>e.g. Kazakhstan</source>
        <translation>例如：哈萨克斯坦</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="51"/>
        <source>e.g. Observer status for … in the General Assembly</source>
        <translation>例如：给予……大会观察员地位</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="54"/>
        <source>For an observer-status request</source>
        <translation>用于申请观察员地位的请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="57"/>
        <source>US Letter (New York)</source>
        <translation>美式信纸（纽约）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="58"/>
        <source>A4 (Geneva, missions)</source>
        <translation>A4（日内瓦、各代表团）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="60"/>
        <source>Language</source>
        <translation>语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="60"/>
        <source>Rule</source>
        <translation>议事规则</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="61"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="134"/>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="62"/>
        <source>Requesting State</source>
        <translation>提出请求的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="63"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="129"/>
        <source>Item title</source>
        <translation>项目标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="64"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="65"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="149"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="221"/>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="223"/>
        <source>Set {label}</source>
        <translation>设定{label}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="281"/>
        <source>(not valid: {value})</source>
        <translation>（无效：{value}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="297"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="54"/>
        <source>Drag to move</source>
        <translation>拖动以移动</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="114"/>
        <source>Insert above</source>
        <translation>在上方插入</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="115"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="116"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="117"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="159"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="161"/>
        <source>Add content</source>
        <translation>添加内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="172"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="172"/>
        <source>Add at the end</source>
        <translation>添加到末尾</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="257"/>
        <source>Use my profile for this signatory</source>
        <translation>用我的资料填写此签名人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="258"/>
        <source>Fill in the name and titles from your signer profile (Settings ▸ Signing…)</source>
        <translation>用您的签署人资料（设置 ▸ 签名…）填写姓名和职衔</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="268"/>
        <source>No signer profile</source>
        <translation>没有签署人资料</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="269"/>
        <source>Your signer profile has no name yet. Enter it in Settings ▸ Signing…, then use it here.</source>
        <translation>您的签署人资料还没有姓名。请先在“设置 ▸ 签名…”中填写，再在此使用。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="389"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="390"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="391"/>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="392"/>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="411"/>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="356"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="49"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="362"/>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/editors.py" line="363"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="61"/>
        <source>Same as the document</source>
        <translation>与文件相同</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="102"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="228"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="258"/>
        <source>Heading</source>
        <extracomment>The model of list items / the optional sub-object. A new item&apos;s raw data. None stands for &quot;not given&quot; (an empty line, an unset date or number). Fields shown elsewhere (navigator nodes) or fixed (tags, the format version). A signatory: the form offers &quot;Use my profile for this signatory&quot;, which fills in the name and titles of the signer profile (Settings ▸ Signing…) when the user asks. The content blocks of an enclosure, with what &quot;Add&quot; creates for each.</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="103"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="259"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="104"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="105"/>
        <source>Place and date</source>
        <translation>地点和日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="107"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="275"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="129"/>
        <source>As it will appear on the agenda</source>
        <translation>按将在议程中出现的措辞</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="130"/>
        <source>Rule of procedure</source>
        <translation>议事规则</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="135"/>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="136"/>
        <source>Once the item is on the agenda</source>
        <translation>项目列入议程后填写</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="137"/>
        <source>Requesting State(s)</source>
        <translation>提出请求的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="138"/>
        <source>Mission</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="139"/>
        <source>Mission letterhead (the letter as the mission sends it)</source>
        <translation>代表团信头（代表团发出的信函）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="141"/>
        <source>Document language</source>
        <translation>文件语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="142"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="243"/>
        <source>Original language</source>
        <translation>原文语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="143"/>
        <source>Document symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="143"/>
        <source>e.g. A/62/232, once issued</source>
        <translation>例如：A/62/232（文件印发后填写）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="144"/>
        <source>Distribution</source>
        <translation>分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="144"/>
        <source>General</source>
        <translation>一般分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="145"/>
        <source>Limited</source>
        <translation>限制分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="146"/>
        <source>Issue date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>Job number</source>
        <translation>工作编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>e.g. 07-53140</source>
        <translation>例如：07-53140</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="148"/>
        <source>Short title for page headers</source>
        <translation>页眉所用简短标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="149"/>
        <source>US Letter</source>
        <translation>美式信纸</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="155"/>
        <source>Mission name (if not the mission above)</source>
        <translation>代表团名称（如与上面的代表团不同）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="156"/>
        <source>Address lines</source>
        <translation>地址行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="157"/>
        <source>Place of signature</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="157"/>
        <source>e.g. New York</source>
        <translation>例如：纽约</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="158"/>
        <source>Emblem image (PNG or JPEG)</source>
        <translation>徽章图片（PNG 或 JPEG）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="159"/>
        <source>A file path, relative to the project file; empty for none</source>
        <translation>文件路径，相对于项目文件；留空表示无</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="164"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="165"/>
        <source>Titles (in printed order)</source>
        <translation>职衔（按印出顺序）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="166"/>
        <source>State represented</source>
        <translation>所代表的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="167"/>
        <source>Print the (Signed) mark</source>
        <translation>印出“（签名）”字样</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="173"/>
        <source>Date of the letter</source>
        <translation>信件日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="174"/>
        <source>Reference number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>The mission&apos;s “No. …”, printed on the letter as the mission sends it</source>
        <translation>代表团的“编号……”，印在代表团发出的信函上</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>Sent by</source>
        <translation>发信人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="177"/>
        <source>The Permanent Representative</source>
        <translation>常驻代表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="178"/>
        <source>The Chargé d&apos;affaires a.i.</source>
        <translation>临时代办</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="179"/>
        <source>Several representatives</source>
        <translation>多名代表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="180"/>
        <source>Addressed to</source>
        <translation>收信人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="181"/>
        <source>The Secretary-General</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <source>The President of the General Assembly</source>
        <translation>大会主席</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="183"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="233"/>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="184"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="234"/>
        <source>Signatories</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="189"/>
        <source>Title (if not “Explanatory memorandum”)</source>
        <translation>标题（如不是“解释性备忘录”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="190"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="218"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="231"/>
        <source>Original language of this annex</source>
        <translation>本附件原文语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="192"/>
        <source>Numbered paragraphs</source>
        <translation>编号段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="197"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="202"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="205"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="269"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="198"/>
        <source>Sub-paragraphs (i), (ii)…</source>
        <translation>分段 (i)、(ii)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="201"/>
        <source>Lead words (italic)</source>
        <translation>起首词（斜体）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="204"/>
        <source>Operative verb (italic)</source>
        <translation>执行动词（斜体）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="206"/>
        <source>Sub-paragraphs (a), (b)…</source>
        <translation>分段 (a)、(b)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="211"/>
        <source>Title (if not the item title)</source>
        <translation>标题（如不是项目标题）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="212"/>
        <source>Preambular paragraphs</source>
        <translation>序言部分段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="214"/>
        <source>Operative paragraphs</source>
        <translation>执行部分段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="216"/>
        <source>Annex heading (if not “Draft resolution”)</source>
        <translation>附件标题（如不是“决议草案”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="217"/>
        <source>Organ line (if not “The General Assembly,”)</source>
        <translation>机关行（如不是“大会，”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="220"/>
        <source>Sponsors (standalone draft)</source>
        <translation>提案国（单独草案）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="221"/>
        <source>Main Committee (standalone draft)</source>
        <translation>主要委员会（单独草案）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="222"/>
        <source>Symbol of the standalone draft</source>
        <translation>单独草案的文号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="229"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="274"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="230"/>
        <source>Print the date above the heading</source>
        <translation>在标题上方印出日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="235"/>
        <source>Has an enclosure</source>
        <translation>有附文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="242"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="252"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="244"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="253"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="245"/>
        <source>Has its own annex</source>
        <translation>有自己的附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>1 (main heading)</source>
        <translation>1（主标题）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="261"/>
        <source>Numbering</source>
        <translation>编号方式</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="261"/>
        <source>1. 2. 3.</source>
        <translation>1. 2. 3.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="262"/>
        <source>(a) (b) (c)</source>
        <translation>(a) (b) (c)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="263"/>
        <source>(i) (ii) (iii)</source>
        <translation>(i) (ii) (iii)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="264"/>
        <source>- bullets</source>
        <translation>- 项目符号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="265"/>
        <source>Start at</source>
        <translation>起始编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="266"/>
        <source>Items</source>
        <translation>列表项</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="270"/>
        <source>Has a sub-list</source>
        <translation>有子列表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="273"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="30"/>
        <source>Annex {n}</source>
        <translation>附件{n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="34"/>
        <source>Annexes</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="36"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="30"/>
        <source>Cover letter</source>
        <translation>主信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="38"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="32"/>
        <source>Enclosure</source>
        <translation>附文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="40"/>
        <source>Its annex</source>
        <translation>其附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="48"/>
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
        <location filename="../../cica_desktop/ui/preview_pane.py" line="69"/>
        <source>Layout shown in the preview</source>
        <translation>预览中显示的版式</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="70"/>
        <source>As the UN circulates it</source>
        <translation>联合国分发的版式</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="71"/>
        <source>As the mission sends it (signed)</source>
        <translation>代表团发出的版式（已签名）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="68"/>
        <source>Preview of the package</source>
        <extracomment>A new rendering is shown. The reader chose the other layout: &quot;un&quot; or &quot;mission&quot;.</extracomment>
        <translation>文件包预览</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="72"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="72"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="73"/>
        <source>Fit to width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="131"/>
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
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="39"/>
        <source>Export</source>
        <extracomment>The jobs running (their signals are deleted when they end). The busy bar, for the window&apos;s status bar.</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="48"/>
        <source>Cannot export yet</source>
        <translation>暂时无法导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="49"/>
        <source>Fix the problems listed under Findings first ({count} left).</source>
        <translation>请先修正“检查结果”中列出的问题（尚余 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="61"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="62"/>
        <source>The package has no draft resolution.</source>
        <translation>文件包中没有决议草案。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="96"/>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="107"/>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="112"/>
        <location filename="../../cica_desktop/ui/exports.py" line="113"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/exports.py" line="114"/>
        <source>{file} was not written: {reason}
Any previous file of that name is unchanged.</source>
        <translation>未写入 {file}：{reason}
任何同名的原有文件均未作改动。</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="40"/>
        <source>Findings</source>
        <extracomment>A finding was clicked or activated: the model path of its field. The list of findings (the window&apos;s ``findings``).</extracomment>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="41"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (click one to go to the field)</source>
        <translation>&lt;b&gt;检查结果&lt;/b&gt;（点击一项可转到相应字段）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/findings_panel.py" line="54"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="85"/>
        <source>Letter PDF…</source>
        <extracomment>The exports in the UN layout, also on the toolbar.</extracomment>
        <translation>信函 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="87"/>
        <source>Draft resolution DOCX…</source>
        <translation>决议草案 DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="89"/>
        <source>Full package PDF…</source>
        <translation>整个文件包 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="91"/>
        <source>Full package DOCX…</source>
        <translation>整个文件包 DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="116"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="178"/>
        <source>Add annex</source>
        <extracomment>The status bar message saying autosave failed, while it fails; else &quot;&quot;. The menus, toolbar and actions (ui/actions.py), rebuilt when the language changes. The list of findings (objectName &quot;findings&quot;).</extracomment>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="179"/>
        <source>Move annex up</source>
        <translation>上移附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="180"/>
        <source>Move annex down</source>
        <translation>下移附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="124"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="181"/>
        <source>Remove annex</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="73"/>
        <source>&amp;New request…</source>
        <extracomment>The objectName (tests and scripts find the action by it). The source text, translated in CONTEXT (a language&apos;s name is shown as it is). For a check mark: whether it is checked when the menus are built. Actions, submenus, and None for a separator. The objectName of a menu the window refers to. Fills the menu each time it opens (the recent files).</extracomment>
        <translation>新建请求(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="75"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="77"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="78"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="80"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="81"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="96"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="98"/>
        <source>New from sample</source>
        <translation>从示例新建</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="99"/>
        <source>A/62/232 (Chinese)</source>
        <translation>A/62/232（中文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="101"/>
        <source>A/62/232 (English)</source>
        <translation>A/62/232（英文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="105"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="114"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="115"/>
        <source>&amp;Package</source>
        <translation>文件包(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="117"/>
        <source>Explanatory memorandum</source>
        <translation>解释性备忘录</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="119"/>
        <source>Draft resolution</source>
        <translation>决议草案</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="121"/>
        <source>Letter (with or without an enclosure)</source>
        <translation>信（附或不附附文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="127"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="131"/>
        <source>As the mission sends it, unsigned PDF…</source>
        <translation>代表团发出的版式，未签名 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="134"/>
        <source>As the mission sends it, DOCX…</source>
        <translation>代表团发出的版式，DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="136"/>
        <source>Signed letter PDF…</source>
        <translation>已签名的信函 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="138"/>
        <source>Verify signed PDF…</source>
        <translation>验证已签名的 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="141"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="142"/>
        <source>Signing…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="144"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/actions.py" line="151"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="229"/>
        <source>The project has problems; see Findings.</source>
        <translation>项目存在问题；请参阅“检查结果”。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="232"/>
        <source>Autosaved {time}</source>
        <translation>已自动保存（{time}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="239"/>
        <source>Autosave failed: {reason}. Trying again every {seconds:g} s; save your work to keep it safe.</source>
        <translation>自动保存失败：{reason}。每 {seconds:g} 秒重试一次；请保存您的工作以防丢失。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="242"/>
        <source>⚠ Autosave failed</source>
        <translation>⚠ 自动保存失败</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="258"/>
        <source>Untitled request</source>
        <translation>未命名请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="261"/>
        <source>autosave failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="275"/>
        <source>The preview shows the last version without problems; {count} to fix (see Findings).</source>
        <translation>预览显示的是最后一个没有问题的版本；尚有 {count} 个问题需要修正（见“检查结果”）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="330"/>
        <source>The preview could not be drawn: {message}</source>
        <translation>无法绘制预览：{message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="368"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="369"/>
        <source>Save the changes to {name} before closing it?</source>
        <translation>关闭前是否保存对 {name} 所作的更改？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="371"/>
        <source>the untitled request</source>
        <translation>未命名的请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="404"/>
        <source>Open request</source>
        <translation>打开请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="405"/>
        <source>Request projects (*.json);;All files (*)</source>
        <translation>请求项目 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="415"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="416"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>无法打开 {file}：
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="431"/>
        <source>Save request as</source>
        <translation>请求另存为</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="432"/>
        <source>Request projects (*.json)</source>
        <translation>请求项目 (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="445"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="446"/>
        <source>{file} could not be saved: {reason}
The previous file is unchanged.</source>
        <translation>无法保存 {file}：{reason}
原有文件未作改动。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="450"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="464"/>
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
    <name>findings</name>
    <message>
        <location filename="../../cica_desktop/findings.py" line="40"/>
        <source>{day} {month_name} {year}</source>
        <extracomment>How a date is written inside a message: {day}, {month} (a number), {month_name} (in English), {year}; the translation may reorder or leave out any of them.</extracomment>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="48"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="49"/>
        <source>the file is not UTF-8 text ({reason})</source>
        <translation>文件不是 UTF-8 文本（{reason}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="50"/>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>不是有效的 JSON：第 {line} 行第 {column} 列（{problem}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="52"/>
        <source>a project file must hold one JSON object</source>
        <translation>项目文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="54"/>
        <source>the file is nested too deeply</source>
        <translation>文件嵌套层级过深</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="55"/>
        <source>duplicate key &apos;{key}&apos; in {object}; keep one of them</source>
        <translation>{object} 中的键“{key}”重复；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="57"/>
        <source>duplicate key &apos;{key}&apos; in {object} ({count} times); keep one of them</source>
        <translation>{object} 中的键“{key}”出现了 {count} 次；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="59"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file; keep one of them</source>
        <translation>文件顶层的键“{key}”重复；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="61"/>
        <source>duplicate key &apos;{key}&apos; at the top level of the file ({count} times); keep one of them</source>
        <translation>文件顶层的键“{key}”出现了 {count} 次；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="64"/>
        <source>must be a whole number, not {given}</source>
        <translation>必须为整数，而不是 {given}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="66"/>
        <source>{version} is newer than this version of cica-desktop reads ({supported}); update cica-desktop</source>
        <translation>{version} 比此版本的 cica-desktop 能读取的格式版本（{supported}）更新；请更新 cica-desktop</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="69"/>
        <source>{version} is not a known format version</source>
        <translation>{version} 不是已知的格式版本</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="71"/>
        <source>is required but missing</source>
        <translation>为必填项，但缺失</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="72"/>
        <source>is not a field of this format (misspelt?)</source>
        <translation>不是此格式中的字段（是否拼写有误？）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="73"/>
        <source>unknown kind &apos;{tag}&apos;; expected one of {expected}</source>
        <translation>未知类型“{tag}”；应为以下之一：{expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="75"/>
        <source>does not say what kind it is ({discriminator} is missing)</source>
        <translation>未说明其类型（缺少 {discriminator}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="77"/>
        <source>Input should be a valid string</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="78"/>
        <source>Input should be a valid dictionary</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="79"/>
        <source>Input should be a valid list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="80"/>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="81"/>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="82"/>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation>不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="83"/>
        <source>must be one of {expected}</source>
        <translation>必须为以下之一：{expected}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="84"/>
        <source>must be {minimum} or more</source>
        <translation>必须不小于 {minimum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="85"/>
        <source>must be {maximum} or less</source>
        <translation>必须不大于 {maximum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="86"/>
        <source>is not in the expected form</source>
        <translation>格式不符合要求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="87"/>
        <source>may be at most {maximum} characters long</source>
        <translation>最多 {maximum} 个字符</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="89"/>
        <source>needs at least {minimum} item(s)</source>
        <translation>至少需要 {minimum} 项</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="90"/>
        <source>may have at most {maximum} item(s)</source>
        <translation>最多 {maximum} 项</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="92"/>
        <source>text is {length:,} characters long; the limit is {limit:,}</source>
        <translation>文本长 {length:,} 个字符；上限为 {limit:,}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="94"/>
        <source>contains the control or non-character {character} at position {position}; remove it (it cannot be printed)</source>
        <translation>第 {position} 个位置含有控制字符或非字符 {character}；请删除（无法打印）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="97"/>
        <source>must be a single line (it contains a line break)</source>
        <translation>必须为单行（其中含有换行）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="99"/>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="100"/>
        <source>each of several representatives must name the State they represent</source>
        <translation>多位代表联名时，每位代表都须注明所代表的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="102"/>
        <source>sub-paragraphs go two levels deep at most ((a), then (i))</source>
        <translation>分段最多两级（先 (a)，再 (i)）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="104"/>
        <source>lists nest three levels deep at most</source>
        <translation>列表最多嵌套三级</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="105"/>
        <source>has {cells} cells; the header has {header}</source>
        <translation>有 {cells} 个单元格；表头有 {header} 个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="108"/>
        <source>rule 20 asks for an explanatory memorandum with every item proposed for the agenda; the package has none</source>
        <translation>议事规则第 20 条要求每个提议列入议程的项目都附有解释性备忘录；本文件包没有</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="111"/>
        <source>rule 20 suggests a draft resolution where possible; the package has none</source>
        <translation>议事规则第 20 条建议尽可能附上决议草案；本文件包没有</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="114"/>
        <source>a rule {rule} request dated {date} is for session {expected}; the package names session {session}</source>
        <translation>日期为 {date} 的第 {rule} 条请求应针对第 {expected} 届会议；本文件包写的是第 {session} 届</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="117"/>
        <source>a rule {rule} request dated {date} is for session {first} or {second}; the package names session {session}</source>
        <translation>日期为 {date} 的第 {rule} 条请求应针对第 {first} 届或第 {second} 届会议；本文件包写的是第 {session} 届</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="120"/>
        <source>several signatories sign in the alphabetical order of their countries: {order}</source>
        <translation>多位签署人按其国家的英文字母顺序签署：{order}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="123"/>
        <source>{state} is not among the requesting States</source>
        <translation>{state} 不在请求国之列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="125"/>
        <source>the document is issued on {issued}, before the letter&apos;s date, {date}</source>
        <translation>文件印发日期 {issued} 早于信函日期 {date}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="127"/>
        <source>this annexed letter is dated {date}, after the cover letter of {cover}</source>
        <translation>此附件信函日期为 {date}，晚于主信函日期 {cover}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="129"/>
        <source>operative paragraphs usually open with a verb in italics (Decides, Requests)</source>
        <translation>执行段落通常以动词开头（如“决定”、“请”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/findings.py" line="133"/>
        <source>templates/lang/{language}.toml has no [{section}] {key}; the English wording is used instead</source>
        <translation>templates/lang/{language}.toml 缺少 [{section}] {key}；已改用英文措辞</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../../cica_desktop/verification.py" line="58"/>
        <source>entire file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="59"/>
        <source>entire revision</source>
        <translation>整个修订版</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="60"/>
        <source>part of its revision</source>
        <translation>其修订版的一部分</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="61"/>
        <source>unclear</source>
        <translation>不明确</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="73"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="74"/>
        <source>signature maintenance</source>
        <translation>签名维护</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="75"/>
        <source>further signatures</source>
        <translation>更多签名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="76"/>
        <source>form filling</source>
        <translation>填写表单</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="77"/>
        <source>annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="78"/>
        <source>other changes</source>
        <translation>其他更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="71"/>
        <source>no changes</source>
        <translation>不允许任何更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="72"/>
        <source>form filling and signing</source>
        <translation>填写表单和签名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="73"/>
        <source>form filling, signing and annotations</source>
        <translation>填写表单、签名和注释</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="91"/>
        <source>{what} in revision {revision}</source>
        <translation>{what}（修订版 {revision}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="108"/>
        <location filename="../../cica_desktop/verification.py" line="159"/>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="109"/>
        <location filename="../../cica_desktop/verification.py" line="160"/>
        <location filename="../../cica_desktop/verification.py" line="211"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="110"/>
        <source>valid, but the signer is not trusted here</source>
        <translation>有效，但签名人在此不受信任</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="157"/>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="161"/>
        <source>valid, but a signer is not trusted here</source>
        <translation>有效，但有签名人在此不受信任</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="179"/>
        <source>not trusted: the certificate does not chain to a trusted certificate</source>
        <translation>不受信任：证书链未通向受信任的证书</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="182"/>
        <source>covers: {coverage} (revision {revision} of {total})</source>
        <translation>覆盖范围：{coverage}（第 {revision} 个修订版，共 {total} 个）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="187"/>
        <source>certifies the document, permitting {what}</source>
        <translation>认证本文件，允许{what}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="192"/>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="193"/>
        <source>NOT ALLOWED</source>
        <translation>不允许</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="195"/>
        <source>later change: {what} ({state})</source>
        <translation>其后的更改：{what}（{state}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="199"/>
        <source>verdict: {verdict}</source>
        <translation>结论：{verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="202"/>
        <source>{file}: {verdict}</source>
        <translation>{file}：{verdict}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="203"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="210"/>
        <source>intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="212"/>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="215"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="218"/>
        <source>time-stamped {time}</source>
        <translation>时间戳 {time}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="221"/>
        <source>(not proven: untrusted authority or damaged time stamp)</source>
        <translation>（未证实：时间戳机构不受信任或时间戳已损坏）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="223"/>
        <source>signature {number} ({field}): {signer}; signed {time}{stamp}; {checks}</source>
        <translation>签名 {number}（{field}）：{signer}；签署于 {time}{stamp}；{checks}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="227"/>
        <source>no checks passed</source>
        <translation>未通过任何检查</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="232"/>
        <source>problem: {problem}</source>
        <translation>问题：{problem}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="258"/>
        <source>changed after signing: {count} bytes were appended after the last revision (revision {revision})</source>
        <translation>签名后被更改：在最后一个修订版（修订版 {revision}）之后附加了 {count} 个字节</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="282"/>
        <source>the signature cannot be read ({reason})</source>
        <translation>无法读取签名（{reason}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="300"/>
        <source>changed after signing: the signed bytes no longer match the signature</source>
        <translation>签名后被更改：已签名的字节与签名不再相符</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="304"/>
        <source>the signature value does not verify against the signer&apos;s certificate</source>
        <translation>签名值无法用签名人的证书验证</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="310"/>
        <source>the signature covers only part of the file (coverage: {coverage}); the rest can be anything</source>
        <translation>签名只覆盖文件的一部分（覆盖范围：{coverage}）；其余部分可能是任何内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="315"/>
        <location filename="../../cica_desktop/verification.py" line="321"/>
        <source>changed after signing: {change}</source>
        <translation>签名后被更改：{change}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="324"/>
        <source>the signature breaks its field&apos;s constraints ({reason})</source>
        <translation>签名违反其字段的约束（{reason}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="329"/>
        <source>its time stamp is damaged: the signing time is not proven</source>
        <translation>其时间戳已损坏：签署时间未经证实</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="372"/>
        <source>later revisions go beyond what the signature permits ({level})</source>
        <translation>其后的修订版超出签名所允许的范围（{level}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="375"/>
        <source>objects were changed in a later revision ({detail})</source>
        <translation>其后的修订版更改了对象（{detail}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="400"/>
        <source>the signature&apos;s byte range cannot be read</source>
        <translation>无法读取签名的字节范围</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="403"/>
        <source>the signature&apos;s byte range does not start at the beginning of the file</source>
        <translation>签名的字节范围不是从文件开头开始</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="408"/>
        <source>the signature&apos;s byte range leaves out more than the signature value</source>
        <translation>签名的字节范围遗漏了签名值以外的内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="414"/>
        <source>the signature value is not a hexadecimal string</source>
        <translation>签名值不是十六进制字符串</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="418"/>
        <source>the signature value is not a DER-encoded signature</source>
        <translation>签名值不是 DER 编码的签名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/verification.py" line="422"/>
        <source>changed after signing: the signature&apos;s placeholder holds data after the signature value that nobody signed</source>
        <translation>签名后被更改：签名占位区在签名值之后含有无人签署的数据</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="120"/>
        <source>a revision that cannot be read ({reason})</source>
        <translation>无法读取的修订版（{reason}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="160"/>
        <source>the document catalog was replaced</source>
        <translation>文件目录被替换</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="171"/>
        <source>validation data (certificates, revocation) were added</source>
        <translation>添加了验证数据（证书、吊销信息）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="184"/>
        <source>the document information (/Info) was replaced</source>
        <translation>文件信息（/Info）被替换</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="192"/>
        <source>the document information ({names}) was changed</source>
        <translation>文件信息（{names}）被更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="200"/>
        <source>the form (and its signature fields) was removed</source>
        <translation>表单（及其签名字段）被删除</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="212"/>
        <source>form field &apos;{name}&apos; was added</source>
        <translation>添加了表单字段“{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="215"/>
        <source>form field &apos;{name}&apos; was filled in</source>
        <translation>填写了表单字段“{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="218"/>
        <source>form field &apos;{name}&apos; was removed</source>
        <translation>删除了表单字段“{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="224"/>
        <source>the form&apos;s {key} entry was changed</source>
        <translation>表单的 {key} 条目被更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="230"/>
        <source>signature field &apos;{name}&apos; was signed</source>
        <translation>签名字段“{name}”已签署</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="233"/>
        <source>an empty signature field &apos;{name}&apos; was added</source>
        <translation>添加了空白签名字段“{name}”</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="236"/>
        <source>the signature in field &apos;{name}&apos; was replaced</source>
        <translation>字段“{name}”中的签名被替换</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="238"/>
        <source>signature field &apos;{name}&apos; was updated</source>
        <translation>签名字段“{name}”被更新</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="245"/>
        <source>the number of pages changed from {old} to {new}</source>
        <translation>页数从 {old} 变为 {new}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="258"/>
        <source>content was drawn over page {page}</source>
        <translation>第 {page} 页上被覆盖绘制了内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="261"/>
        <source>page content of page {page} was replaced</source>
        <translation>第 {page} 页的页面内容被替换</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="265"/>
        <source>the fonts or images of page {page} were changed</source>
        <translation>第 {page} 页的字体或图片被更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="271"/>
        <source>the {key} of page {page} was changed</source>
        <translation>第 {page} 页的 {key} 被更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="307"/>
        <source>a {subtype} annotation was added to page {page}</source>
        <translation>第 {page} 页添加了 {subtype} 注释</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="311"/>
        <source>a {subtype} annotation was changed on page {page}</source>
        <translation>第 {page} 页的 {subtype} 注释被更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="315"/>
        <source>an annotation was removed from page {page}</source>
        <translation>第 {page} 页删除了一个注释</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="495"/>
        <source>the document catalog entry {key} was added</source>
        <translation>添加了文件目录条目 {key}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="498"/>
        <source>the document catalog entry {key} was removed</source>
        <translation>删除了文件目录条目 {key}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/revisions.py" line="500"/>
        <source>the document catalog entry {key} was changed</source>
        <translation>文件目录条目 {key} 被更改</translation>
    </message>
</context>
</TS>
