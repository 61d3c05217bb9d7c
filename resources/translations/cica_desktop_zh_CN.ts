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
        <location filename="../../cica_desktop/ui/formspec.py" line="128"/>
        <source>Rule 15: additional item (important and urgent)</source>
        <translation>第15条：增列项目（重要而紧急）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="57"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="127"/>
        <source>Rule 14: supplementary item</source>
        <translation>第14条：补充项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/dialogs.py" line="58"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="126"/>
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
        <location filename="../../cica_desktop/ui/formspec.py" line="129"/>
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
        <location filename="../../cica_desktop/ui/formspec.py" line="124"/>
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
        <location filename="../../cica_desktop/ui/formspec.py" line="144"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="240"/>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="242"/>
        <source>Set {label}</source>
        <translation>设定{label}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="300"/>
        <source>(not valid: {value})</source>
        <translation>（无效：{value}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="316"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="383"/>
        <source>Drag to move</source>
        <translation>拖动以移动</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="443"/>
        <source>Insert above</source>
        <translation>在上方插入</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="444"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="445"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="446"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="488"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="104"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="490"/>
        <source>Add content</source>
        <translation>添加内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="501"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="501"/>
        <source>Add at the end</source>
        <translation>添加到末尾</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="562"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="563"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="564"/>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="565"/>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="584"/>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="674"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="41"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="680"/>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/forms.py" line="681"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="81"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="58"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="58"/>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="58"/>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="59"/>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="60"/>
        <source>Same as the document</source>
        <translation>与文件相同</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="98"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="222"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="252"/>
        <source>Heading</source>
        <extracomment>The model of list items / the optional sub-object. A new item&apos;s raw data. None stands for &quot;not given&quot; (an empty line, an unset date or number). Fields shown elsewhere (navigator nodes) or fixed (tags, the format version). The content blocks of an enclosure, with what &quot;Add&quot; creates for each.</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="99"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="253"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="100"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="101"/>
        <source>Place and date</source>
        <translation>地点和日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="103"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="269"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="124"/>
        <source>As it will appear on the agenda</source>
        <translation>按将在议程中出现的措辞</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="125"/>
        <source>Rule of procedure</source>
        <translation>议事规则</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="130"/>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="131"/>
        <source>Once the item is on the agenda</source>
        <translation>项目列入议程后填写</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="132"/>
        <source>Requesting State(s)</source>
        <translation>提出请求的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="133"/>
        <source>Mission</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="134"/>
        <source>Mission letterhead (the letter as the mission sends it)</source>
        <translation>代表团信头（代表团发出的信函）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="136"/>
        <source>Document language</source>
        <translation>文件语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="137"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="237"/>
        <source>Original language</source>
        <translation>原文语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="138"/>
        <source>Document symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="138"/>
        <source>e.g. A/62/232, once issued</source>
        <translation>例如：A/62/232（文件印发后填写）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="139"/>
        <source>Distribution</source>
        <translation>分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="139"/>
        <source>General</source>
        <translation>一般分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="140"/>
        <source>Limited</source>
        <translation>限制分发</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="141"/>
        <source>Issue date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="142"/>
        <source>Job number</source>
        <translation>工作编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="142"/>
        <source>e.g. 07-53140</source>
        <translation>例如：07-53140</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="143"/>
        <source>Short title for page headers</source>
        <translation>页眉所用简短标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="144"/>
        <source>US Letter</source>
        <translation>美式信纸</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="150"/>
        <source>Mission name (if not the mission above)</source>
        <translation>代表团名称（如与上面的代表团不同）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="151"/>
        <source>Address lines</source>
        <translation>地址行</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="152"/>
        <source>Place of signature</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="152"/>
        <source>e.g. New York</source>
        <translation>例如：纽约</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="153"/>
        <source>Emblem image (PNG or JPEG)</source>
        <translation>徽章图片（PNG 或 JPEG）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="154"/>
        <source>A file path, relative to the project file; empty for none</source>
        <translation>文件路径，相对于项目文件；留空表示无</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="159"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="160"/>
        <source>Titles (in printed order)</source>
        <translation>职衔（按印出顺序）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="161"/>
        <source>State represented</source>
        <translation>所代表的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="162"/>
        <source>Print the (Signed) mark</source>
        <translation>印出“（签名）”字样</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="167"/>
        <source>Date of the letter</source>
        <translation>信件日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="168"/>
        <source>Reference number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="169"/>
        <source>The mission&apos;s “No. …”, printed on the letter as the mission sends it</source>
        <translation>代表团的“编号……”，印在代表团发出的信函上</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="170"/>
        <source>Sent by</source>
        <translation>发信人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="171"/>
        <source>The Permanent Representative</source>
        <translation>常驻代表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="172"/>
        <source>The Chargé d&apos;affaires a.i.</source>
        <translation>临时代办</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="173"/>
        <source>Several representatives</source>
        <translation>多名代表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="174"/>
        <source>Addressed to</source>
        <translation>收信人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="175"/>
        <source>The Secretary-General</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="176"/>
        <source>The President of the General Assembly</source>
        <translation>大会主席</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="177"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="227"/>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="178"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="228"/>
        <source>Signatories</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="183"/>
        <source>Title (if not “Explanatory memorandum”)</source>
        <translation>标题（如不是“解释性备忘录”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="184"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="212"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="225"/>
        <source>Original language of this annex</source>
        <translation>本附件原文语文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="186"/>
        <source>Numbered paragraphs</source>
        <translation>编号段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="191"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="196"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="199"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="263"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="192"/>
        <source>Sub-paragraphs (i), (ii)…</source>
        <translation>分段 (i)、(ii)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="195"/>
        <source>Lead words (italic)</source>
        <translation>起首词（斜体）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="198"/>
        <source>Operative verb (italic)</source>
        <translation>执行动词（斜体）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="200"/>
        <source>Sub-paragraphs (a), (b)…</source>
        <translation>分段 (a)、(b)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="205"/>
        <source>Title (if not the item title)</source>
        <translation>标题（如不是项目标题）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="206"/>
        <source>Preambular paragraphs</source>
        <translation>序言部分段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="208"/>
        <source>Operative paragraphs</source>
        <translation>执行部分段落</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="210"/>
        <source>Annex heading (if not “Draft resolution”)</source>
        <translation>附件标题（如不是“决议草案”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="211"/>
        <source>Organ line (if not “The General Assembly,”)</source>
        <translation>机关行（如不是“大会，”）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="214"/>
        <source>Sponsors (standalone draft)</source>
        <translation>提案国（单独草案）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="215"/>
        <source>Main Committee (standalone draft)</source>
        <translation>主要委员会（单独草案）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="216"/>
        <source>Symbol of the standalone draft</source>
        <translation>单独草案的文号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="223"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="268"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="224"/>
        <source>Print the date above the heading</source>
        <translation>在标题上方印出日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="229"/>
        <source>Has an enclosure</source>
        <translation>有附文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="236"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="246"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="238"/>
        <location filename="../../cica_desktop/ui/formspec.py" line="247"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="239"/>
        <source>Has its own annex</source>
        <translation>有自己的附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="251"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="251"/>
        <source>1 (main heading)</source>
        <translation>1（主标题）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="251"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="251"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="255"/>
        <source>Numbering</source>
        <translation>编号方式</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="255"/>
        <source>1. 2. 3.</source>
        <translation>1. 2. 3.</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="256"/>
        <source>(a) (b) (c)</source>
        <translation>(a) (b) (c)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="257"/>
        <source>(i) (ii) (iii)</source>
        <translation>(i) (ii) (iii)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="258"/>
        <source>- bullets</source>
        <translation>- 项目符号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="259"/>
        <source>Start at</source>
        <translation>起始编号</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="260"/>
        <source>Items</source>
        <translation>列表项</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="264"/>
        <source>Has a sub-list</source>
        <translation>有子列表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/formspec.py" line="267"/>
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
        <source>Annexes</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="43"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="34"/>
        <source>Cover letter</source>
        <translation>主信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="45"/>
        <location filename="../../cica_desktop/ui/navigator.py" line="36"/>
        <source>Enclosure</source>
        <translation>附文</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="47"/>
        <source>Its annex</source>
        <translation>其附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/labels.py" line="55"/>
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
        <location filename="../../cica_desktop/ui/preview_pane.py" line="73"/>
        <source>Layout shown in the preview</source>
        <translation>预览中显示的版式</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="74"/>
        <source>As the UN circulates it</source>
        <translation>联合国分发的版式</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="75"/>
        <source>As the mission sends it (signed)</source>
        <translation>代表团发出的版式（已签名）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="72"/>
        <source>Preview of the package</source>
        <extracomment>A new rendering is shown. The reader chose the other layout: &quot;un&quot; or &quot;mission&quot;.</extracomment>
        <translation>文件包预览</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="76"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="76"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="77"/>
        <source>Fit to width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/preview_pane.py" line="135"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="62"/>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="68"/>
        <source>As printed under the letter: the block with this name is the one signed</source>
        <translation>与信函末尾印出的姓名一致：签名落在此姓名的签名栏</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="70"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="121"/>
        <source>Signer&apos;s name</source>
        <translation>签署人姓名</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="73"/>
        <source>One title per line, e.g. Permanent Representative</source>
        <translation>每行一个职衔，例如：常驻代表</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="75"/>
        <source>A new request starts with this signatory&apos;s name and titles</source>
        <translation>新请求将以此签署人的姓名和职衔开始</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="76"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="121"/>
        <source>Titles</source>
        <translation>职衔</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="80"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="81"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="122"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="151"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="177"/>
        <source>Scanned signature</source>
        <translation>签名扫描件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="90"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="91"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="123"/>
        <source>Key and certificate</source>
        <translation>密钥和证书</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="91"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="94"/>
        <source>e.g. http://timestamp.example.org (empty: none)</source>
        <translation>例如：http://timestamp.example.org（留空表示不使用）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="95"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="124"/>
        <source>Time-stamp server</source>
        <translation>时间戳服务器</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="96"/>
        <source>Make signed letters PDF/A-2b (for archiving)</source>
        <translation>签名信函采用 PDF/A-2b 格式（便于存档）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="104"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="116"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="125"/>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="162"/>
        <source>Trusted certificates</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="163"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="181"/>
        <source>Key and certificate: {file} does not exist</source>
        <translation>密钥和证书：{file} 不存在</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="185"/>
        <source>Time-stamp server: give an http:// or https:// address</source>
        <translation>时间戳服务器：请填写 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/signing_dialog.py" line="189"/>
        <source>Trusted certificates: {file} does not exist</source>
        <translation>受信任的证书：{file} 不存在</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="57"/>
        <source>Letter PDF…</source>
        <extracomment>(action name, menu text, part, format, file suffix)</extracomment>
        <translation>信函 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="59"/>
        <source>Draft resolution DOCX…</source>
        <translation>决议草案 DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="61"/>
        <source>Full package PDF…</source>
        <translation>整个文件包 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="63"/>
        <source>Full package DOCX…</source>
        <translation>整个文件包 DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="214"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="303"/>
        <source>Add annex</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="304"/>
        <source>Move annex up</source>
        <translation>上移附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="305"/>
        <source>Move annex down</source>
        <translation>下移附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="223"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="306"/>
        <source>Remove annex</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="309"/>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="310"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (click one to go to the field)</source>
        <translation>&lt;b&gt;检查结果&lt;/b&gt;（点击一项可转到相应字段）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="181"/>
        <source>&amp;New request…</source>
        <extracomment>Every action of the menus and toolbar, rebuilt when the language changes.</extracomment>
        <translation>新建请求(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="184"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="185"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="189"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="193"/>
        <source>New from sample</source>
        <translation>从示例新建</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="194"/>
        <source>A/62/232 (Chinese)</source>
        <translation>A/62/232（中文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="195"/>
        <source>A/62/232 (English)</source>
        <translation>A/62/232（英文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="199"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="209"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="213"/>
        <source>&amp;Package</source>
        <translation>文件包(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="216"/>
        <source>Explanatory memorandum</source>
        <translation>解释性备忘录</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="217"/>
        <source>Draft resolution</source>
        <translation>决议草案</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="218"/>
        <source>Letter (with or without an enclosure)</source>
        <translation>信（附或不附附文）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="226"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="235"/>
        <source>As the mission sends it, unsigned PDF…</source>
        <translation>代表团发出的版式，未签名 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="236"/>
        <source>As the mission sends it, DOCX…</source>
        <translation>代表团发出的版式，DOCX…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="241"/>
        <source>Signed letter PDF…</source>
        <translation>已签名的信函 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="243"/>
        <source>Verify signed PDF…</source>
        <translation>验证已签名的 PDF…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="247"/>
        <source>Signing…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="249"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="258"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="354"/>
        <source>The project has problems; see Findings.</source>
        <translation>项目存在问题；请参阅“检查结果”。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="357"/>
        <source>Autosaved {time}</source>
        <translation>已自动保存（{time}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="361"/>
        <source>Untitled request</source>
        <translation>未命名请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="374"/>
        <source>The preview shows the last version without problems; {count} to fix (see Findings).</source>
        <translation>预览显示的是最后一个没有问题的版本；尚有 {count} 个问题需要修正（见“检查结果”）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="428"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="452"/>
        <source>The preview could not be drawn: {message}</source>
        <translation>无法绘制预览：{message}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="490"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="491"/>
        <source>Save the changes to {name} before closing it?</source>
        <translation>关闭前是否保存对 {name} 所作的更改？</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="493"/>
        <source>the untitled request</source>
        <translation>未命名的请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="529"/>
        <source>Open request</source>
        <translation>打开请求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="530"/>
        <source>Request projects (*.json);;All files (*)</source>
        <translation>请求项目 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="540"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="541"/>
        <source>{file} cannot be opened:
{reason}</source>
        <translation>无法打开 {file}：
{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="556"/>
        <source>Save request as</source>
        <translation>请求另存为</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="557"/>
        <source>Request projects (*.json)</source>
        <translation>请求项目 (*.json)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="570"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="571"/>
        <source>{file} could not be saved: {reason}
The previous file is unchanged.</source>
        <translation>无法保存 {file}：{reason}
原有文件未作改动。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="575"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="588"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="594"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="610"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="706"/>
        <source>Cannot export yet</source>
        <translation>暂时无法导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="611"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="707"/>
        <source>Fix the problems listed under Findings first ({count} left).</source>
        <translation>请先修正“检查结果”中列出的问题（尚余 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="615"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="616"/>
        <source>The package has no draft resolution.</source>
        <translation>文件包中没有决议草案。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="630"/>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="642"/>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="646"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="647"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="648"/>
        <source>{file} was not written: {reason}
Any previous file of that name is unchanged.</source>
        <translation>未写入 {file}：{reason}
任何同名的原有文件均未作改动。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="683"/>
        <source>Signing key and certificate</source>
        <translation>签名密钥和证书</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="684"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="690"/>
        <source>Sign the letter</source>
        <translation>签署信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="691"/>
        <source>Password of {file} (used for this signature only):</source>
        <translation>{file} 的密码（仅用于本次签名）：</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="697"/>
        <source>Export signed letter</source>
        <translation>导出已签名的信函</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="721"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="736"/>
        <location filename="../../cica_desktop/ui/main_window.py" line="759"/>
        <source>Verify signed PDF</source>
        <translation>验证已签名的 PDF</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="734"/>
        <source>{file} cannot be checked: {reason}</source>
        <translation>无法检查 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="739"/>
        <source>{file} has no signature.</source>
        <translation>{file} 没有签名。</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="744"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="744"/>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="746"/>
        <source>Signed by {signer} on {time}
Intact: {intact} · Valid: {valid} · Trusted: {trusted}</source>
        <translation>签署人：{signer}，时间：{time}
完整：{intact} · 有效：{valid} · 受信任：{trusted}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="750"/>
        <source>no (certificate not in the trusted list)</source>
        <translation>否（证书不在受信任列表中）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="753"/>
        <source>Time stamp: {time} ({state})</source>
        <translation>时间戳：{time}（{state}）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="755"/>
        <source>proven</source>
        <translation>已证明</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/main_window.py" line="756"/>
        <source>not proven: the authority is not trusted, or the time stamp is damaged</source>
        <translation>未证明：时间戳机构不受信任，或时间戳已损坏</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="22"/>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="24"/>
        <source>is required but missing</source>
        <translation>为必填项，但缺失</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="26"/>
        <source>must be a single line (it contains a line break)</source>
        <translation>必须为单行（其中含有换行）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="28"/>
        <source>text is {length} characters long; the limit is {limit}</source>
        <translation>文本长 {length} 个字符；上限为 {limit}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="32"/>
        <source>contains the control or non-character {code} at position {position}; remove it (it cannot be printed)</source>
        <translation>第 {position} 个位置含有控制字符或非字符 {code}；请删除（无法打印）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="35"/>
        <source>needs at least {count} item(s)</source>
        <translation>至少需要 {count} 项</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="37"/>
        <source>is not in the expected form</source>
        <translation>格式不符合要求</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="39"/>
        <source>must be {minimum} or more</source>
        <translation>必须不小于 {minimum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="41"/>
        <source>must be {maximum} or less</source>
        <translation>必须不大于 {maximum}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="43"/>
        <source>is not a valid date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="45"/>
        <source>each of several representatives must name the State they represent</source>
        <translation>多位代表联名时，每位代表都须注明所代表的国家</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="49"/>
        <source>sub-paragraphs go two levels deep at most ((a), then (i))</source>
        <translation>分段最多两级（先 (a)，再 (i)）</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="52"/>
        <source>lists nest three levels deep at most</source>
        <translation>列表最多嵌套三级</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="54"/>
        <source>has {cells} cells; the header has {header}</source>
        <translation>有 {cells} 个单元格；表头有 {header} 个</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="58"/>
        <source>rule 20 asks for an explanatory memorandum with every item proposed for the agenda; the package has none</source>
        <translation>议事规则第 20 条要求每个提议列入议程的项目都附有解释性备忘录；本文件包没有</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="61"/>
        <source>rule 20 suggests a draft resolution where possible; the package has none</source>
        <translation>议事规则第 20 条建议尽可能附上决议草案；本文件包没有</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="65"/>
        <source>a rule {rule} request dated {date} is for session {expected}; the package names session {session}</source>
        <translation>日期为 {date} 的第 {rule} 条请求应针对第 {expected} 届会议；本文件包写的是第 {session} 届</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="69"/>
        <source>several signatories sign in the alphabetical order of their countries: {order}</source>
        <translation>多位签署人按其国家的英文字母顺序签署：{order}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="72"/>
        <source>{state} is not among the requesting States</source>
        <translation>{state} 不在请求国之列</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="75"/>
        <source>the document is issued on {issued}, before the letter&apos;s date, {date}</source>
        <translation>文件印发日期 {issued} 早于信函日期 {date}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="79"/>
        <source>this annexed letter is dated {date}, after the cover letter of {cover}</source>
        <translation>此附件信函日期为 {date}，晚于主信函日期 {cover}</translation>
    </message>
    <message>
        <location filename="../../cica_desktop/ui/messages.py" line="82"/>
        <source>operative paragraphs usually open with a verb in italics (Decides, Requests)</source>
        <translation>执行段落通常以动词开头（如“决定”、“请”）</translation>
    </message>
</context>
</TS>
