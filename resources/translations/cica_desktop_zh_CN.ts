<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="27"/>
        <source>an untitled request</source>
        <translation>未命名的请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="29"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="30"/>
        <source>cica-desktop did not close normally. Unsaved changes to {name} from {time} were kept. Restore them?</source>
        <translation>cica-desktop 未正常关闭。已保留 {time} 对 {name} 所作的未保存更改。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="72"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/app.py" line="73"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>无法打开 {file}：
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="48"/>
        <source>New request</source>
        <translation>新建请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="56"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="127"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>第15条：增列项目（重要而紧急）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="57"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="126"/>
        <source>Rule 14: supplementary item</source>
        <translation>第14条：补充项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="58"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="125"/>
        <source>Rule 13: item in the provisional agenda</source>
        <translation>第13条：列入临时议程的项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="66"/>
        <source>e.g. Kazakhstan</source>
        <translation>例如：哈萨克斯坦</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="70"/>
        <source>e.g. Observer status for … in the General Assembly</source>
        <translation>例如：给予……大会观察员地位</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="73"/>
        <source>For an observer-status request</source>
        <translation>用于申请观察员地位的请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="76"/>
        <source>US Letter (New York)</source>
        <translation>美式信纸（纽约）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="77"/>
        <source>A4 (Geneva, missions)</source>
        <translation>A4（日内瓦、各代表团）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="79"/>
        <source>Language</source>
        <translation>语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="79"/>
        <source>Rule</source>
        <translation>议事规则</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="80"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="128"/>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="81"/>
        <source>Requesting State</source>
        <translation>提出请求的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="82"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="123"/>
        <source>Item title</source>
        <translation>项目标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="83"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="84"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="141"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="237"/>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="239"/>
        <source>Set {label}</source>
        <translation>设定{label}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="297"/>
        <source>(not valid: {value})</source>
        <translation>（无效：{value}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="313"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="380"/>
        <source>Drag to move</source>
        <translation>拖动以移动</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="440"/>
        <source>Insert above</source>
        <translation>在上方插入</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="441"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="442"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="443"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="485"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="487"/>
        <source>Add content</source>
        <translation>添加内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="498"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="498"/>
        <source>Add at the end</source>
        <translation>添加到末尾</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="559"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="560"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="561"/>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="562"/>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="581"/>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="57"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="57"/>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="57"/>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="58"/>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="58"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="58"/>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <source>Same as the document</source>
        <translation>与文件相同</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="97"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="208"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="238"/>
        <source>Heading</source>
        <extracomment>The model of list items / the optional sub-object. A new item&apos;s raw data. None stands for &quot;not given&quot; (an empty line, an unset date or number). Fields shown elsewhere (navigator nodes) or fixed (tags, the format version). The content blocks of an enclosure, with what &quot;Add&quot; creates for each.</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="98"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="239"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="99"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="100"/>
        <source>Place and date</source>
        <translation>地点和日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="102"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="255"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="123"/>
        <source>As it will appear on the agenda</source>
        <translation>按将在议程中出现的措辞</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="124"/>
        <source>Rule of procedure</source>
        <translation>议事规则</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="129"/>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="130"/>
        <source>Once the item is on the agenda</source>
        <translation>项目列入议程后填写</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="131"/>
        <source>Requesting State(s)</source>
        <translation>提出请求的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="132"/>
        <source>Mission</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="133"/>
        <source>Document language</source>
        <translation>文件语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="134"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="223"/>
        <source>Original language</source>
        <translation>原文语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="135"/>
        <source>Document symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="135"/>
        <source>e.g. A/62/232, once issued</source>
        <translation>例如：A/62/232（文件印发后填写）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="136"/>
        <source>Distribution</source>
        <translation>分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="136"/>
        <source>General</source>
        <translation>一般分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="137"/>
        <source>Limited</source>
        <translation>限制分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="138"/>
        <source>Issue date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="139"/>
        <source>Job number</source>
        <translation>工作编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="139"/>
        <source>e.g. 07-53140</source>
        <translation>例如：07-53140</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="140"/>
        <source>Short title for page headers</source>
        <translation>页眉所用简短标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="141"/>
        <source>US Letter</source>
        <translation>美式信纸</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="147"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="148"/>
        <source>Titles (in printed order)</source>
        <translation>职衔（按印出顺序）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="149"/>
        <source>State represented</source>
        <translation>所代表的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="150"/>
        <source>Print the (Signed) mark</source>
        <translation>印出“（签名）”字样</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="155"/>
        <source>Date of the letter</source>
        <translation>信件日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="156"/>
        <source>Sent by</source>
        <translation>发信人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="157"/>
        <source>The Permanent Representative</source>
        <translation>常驻代表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="158"/>
        <source>The Chargé d&apos;affaires a.i.</source>
        <translation>临时代办</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="159"/>
        <source>Several representatives</source>
        <translation>多名代表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="160"/>
        <source>Addressed to</source>
        <translation>收信人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="161"/>
        <source>The Secretary-General</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="162"/>
        <source>The President of the General Assembly</source>
        <translation>大会主席</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="163"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="213"/>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="164"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="214"/>
        <source>Signatories</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="169"/>
        <source>Title (if not “Explanatory memorandum”)</source>
        <translation>标题（如不是“解释性备忘录”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="170"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="198"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="211"/>
        <source>Original language of this annex</source>
        <translation>本附件原文语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="172"/>
        <source>Numbered paragraphs</source>
        <translation>编号段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="177"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="182"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="185"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="249"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="178"/>
        <source>Sub-paragraphs (i), (ii)…</source>
        <translation>分段 (i)、(ii)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="181"/>
        <source>Lead words (italic)</source>
        <translation>起首词（斜体）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="184"/>
        <source>Operative verb (italic)</source>
        <translation>执行动词（斜体）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="186"/>
        <source>Sub-paragraphs (a), (b)…</source>
        <translation>分段 (a)、(b)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <source>Title (if not the item title)</source>
        <translation>标题（如不是项目标题）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="192"/>
        <source>Preambular paragraphs</source>
        <translation>序言部分段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="194"/>
        <source>Operative paragraphs</source>
        <translation>执行部分段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="196"/>
        <source>Annex heading (if not “Draft resolution”)</source>
        <translation>附件标题（如不是“决议草案”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="197"/>
        <source>Organ line (if not “The General Assembly,”)</source>
        <translation>机关行（如不是“大会，”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="200"/>
        <source>Sponsors (standalone draft)</source>
        <translation>提案国（单独草案）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="201"/>
        <source>Main Committee (standalone draft)</source>
        <translation>主要委员会（单独草案）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="202"/>
        <source>Symbol of the standalone draft</source>
        <translation>单独草案的文号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="209"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="254"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="210"/>
        <source>Print the date above the heading</source>
        <translation>在标题上方印出日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="215"/>
        <source>Has an enclosure</source>
        <translation>有附文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="222"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="232"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="224"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="233"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="225"/>
        <source>Has its own annex</source>
        <translation>有自己的附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="237"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="237"/>
        <source>1 (main heading)</source>
        <translation>1（主标题）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="237"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="237"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="241"/>
        <source>Numbering</source>
        <translation>编号方式</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="241"/>
        <source>1. 2. 3.</source>
        <translation>1. 2. 3.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="242"/>
        <source>(a) (b) (c)</source>
        <translation>(a) (b) (c)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="243"/>
        <source>(i) (ii) (iii)</source>
        <translation>(i) (ii) (iii)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="244"/>
        <source>- bullets</source>
        <translation>- 项目符号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="245"/>
        <source>Start at</source>
        <translation>起始编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="246"/>
        <source>Items</source>
        <translation>列表项</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="250"/>
        <source>Has a sub-list</source>
        <translation>有子列表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="253"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="36"/>
        <source>Annex {n}</source>
        <translation>附件{n}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="41"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="34"/>
        <source>Cover letter</source>
        <translation>主信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="43"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="36"/>
        <source>Enclosure</source>
        <translation>附文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="45"/>
        <source>Its annex</source>
        <translation>其附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="53"/>
        <source>The whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="25"/>
        <source>Explanatory memorandum</source>
        <translation>解释性备忘录</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="26"/>
        <source>Draft resolution</source>
        <translation>决议草案</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="27"/>
        <source>Letter</source>
        <translation>信</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="32"/>
        <source>Package settings</source>
        <translation>文件包设置</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="38"/>
        <source>Enclosure&apos;s annex</source>
        <translation>附文的附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="41"/>
        <source>Annex {number}: {kind}</source>
        <translation>附件{number}：{kind}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/navigator.py" line="75"/>
        <source>Parts of the package</source>
        <translation>文件包的组成部分</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="28"/>
        <source>Preview of the package</source>
        <extracomment>A new rendering is shown.</extracomment>
        <translation>文件包预览</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="45"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="46"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="47"/>
        <source>Fit to width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="105"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="47"/>
        <source>Letter PDF…</source>
        <extracomment>(action name, menu text, part, format, file suffix)</extracomment>
        <translation>信函 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="49"/>
        <source>Draft resolution DOCX…</source>
        <translation>决议草案 DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="51"/>
        <source>Full package PDF…</source>
        <translation>整个文件包 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="53"/>
        <source>Full package DOCX…</source>
        <translation>整个文件包 DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="95"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="198"/>
        <source>Add annex</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="99"/>
        <source>Move annex up</source>
        <translation>上移附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="100"/>
        <source>Move annex down</source>
        <translation>下移附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="101"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="207"/>
        <source>Remove annex</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="126"/>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="132"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (click one to go to the field)</source>
        <translation>&lt;b&gt;检查结果&lt;/b&gt;（点击一项可转到相应字段）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="165"/>
        <source>&amp;New request…</source>
        <translation>新建请求(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="167"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="169"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="175"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="177"/>
        <source>New from sample</source>
        <translation>从示例新建</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="178"/>
        <source>A/62/232 (Chinese)</source>
        <translation>A/62/232（中文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="179"/>
        <source>A/62/232 (English)</source>
        <translation>A/62/232（英文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="183"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="193"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="197"/>
        <source>&amp;Package</source>
        <translation>文件包(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="200"/>
        <source>Explanatory memorandum</source>
        <translation>解释性备忘录</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="201"/>
        <source>Draft resolution</source>
        <translation>决议草案</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="202"/>
        <source>Letter (with or without an enclosure)</source>
        <translation>信（附或不附附文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="210"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="219"/>
        <source>Signed letter PDF…</source>
        <translation>已签名的信函 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="221"/>
        <source>Verify signed PDF…</source>
        <translation>验证已签名的 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="224"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="225"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="249"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="234"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="250"/>
        <source>The interface will be in {language} the next time cica-desktop starts.</source>
        <translation>下次启动 cica-desktop 时，界面将使用{language}。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="294"/>
        <source>The project has problems; see Findings.</source>
        <translation>项目存在问题；请参阅“检查结果”。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="297"/>
        <source>Autosaved {time}</source>
        <translation>已自动保存（{time}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="301"/>
        <source>Untitled request</source>
        <translation>未命名请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="314"/>
        <source>The preview shows the last version without problems; {count} to fix (see Findings).</source>
        <translation>预览显示的是最后一个没有问题的版本；尚有 {count} 个问题需要修正（见“检查结果”）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="360"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="384"/>
        <source>The preview could not be drawn: {message}</source>
        <translation>无法绘制预览：{message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="422"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="423"/>
        <source>Save the changes to {name} before closing it?</source>
        <translation>关闭前是否保存对 {name} 所作的更改？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="425"/>
        <source>the untitled request</source>
        <translation>未命名的请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="457"/>
        <source>Open request</source>
        <translation>打开请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="458"/>
        <source>Request projects (*.json);;All files (*)</source>
        <translation>请求项目 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="468"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="469"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>无法打开 {file}：
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="484"/>
        <source>Save request as</source>
        <translation>请求另存为</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="485"/>
        <source>Request projects (*.json)</source>
        <translation>请求项目 (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="497"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="498"/>
        <source>{file} could not be saved: {reason}
The previous file is unchanged.</source>
        <translation>无法保存 {file}：{reason}
原有文件未作改动。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="502"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="515"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="521"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="529"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="597"/>
        <source>Cannot export yet</source>
        <translation>暂时无法导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="530"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="598"/>
        <source>Fix the problems listed under Findings first ({count} left).</source>
        <translation>请先修正“检查结果”中列出的问题（尚余 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="534"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="535"/>
        <source>The package has no draft resolution.</source>
        <translation>文件包中没有决议草案。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="548"/>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="560"/>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="564"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="565"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="566"/>
        <source>{file} was not written: {reason}
Any previous file of that name is unchanged.</source>
        <translation>未写入 {file}：{reason}
任何同名的原有文件均未作改动。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="574"/>
        <source>Signing key and certificate</source>
        <translation>签名密钥和证书</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="575"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="581"/>
        <source>Sign the letter</source>
        <translation>签署信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="582"/>
        <source>Password of {file} (used for this signature only):</source>
        <translation>{file} 的密码（仅用于本次签名）：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="588"/>
        <source>Export signed letter</source>
        <translation>导出已签名的信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="608"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="622"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="639"/>
        <source>Verify signed PDF</source>
        <translation>验证已签名的 PDF</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="620"/>
        <source>{file} cannot be checked: {reason}</source>
        <translation>无法检查 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="625"/>
        <source>{file} has no signature.</source>
        <translation>{file} 没有签名。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="630"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="630"/>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="632"/>
        <source>Signed by {signer} on {time}
Intact: {intact} · Valid: {valid} · Trusted: {trusted}</source>
        <translation>签署人：{signer}，时间：{time}
完整：{intact} · 有效：{valid} · 受信任：{trusted}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="636"/>
        <source>no (certificate not in the trusted list)</source>
        <translation>否（证书不在受信任列表中）</translation>
    </message>
</context>
</TS>
