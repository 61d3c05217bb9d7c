"""The semantic style names compose puts on blocks (keys of templates/styles.toml).

They follow the UN Word template's names where one exists (SingleTxt, HCh, H1, H23).
"""

SESSION = "Session"  # "Sixty-second session": bold, left column of the session block
COMMITTEE = "Committee"  # "Sixth Committee": bold 12 pt, session block
AGENDA_ITEM = "AgendaItem"  # "Agenda item 171"
AGENDA_TITLE = "AgendaTitle"  # the item title in the session block: bold, narrow column
SPONSORS = "Sponsors"  # "Kazakhstan: draft resolution"
HCH = "HCh"  # heading, first level (14 pt bold)
H1 = "H1"  # heading (12 pt bold)
H23 = "H23"  # heading (10 pt bold)
H4 = "H4"  # heading (10 pt italic)
BODY = "SingleTxt"  # body paragraph, first-line indent
NUMBERED = "NumberedPara"  # numbered paragraph: number at the first-line indent, tab, text
DATE_LINE = "DateLine"  # a letter's own date line, right-aligned
ORIGINAL = "Original"  # "[Original: Russian]", right-aligned
PLACE_DATE = "PlaceDate"  # "Bangkok, 14 March 2007"
SIGNATURE = "Signature"  # a signature block; where a grid of several blocks goes
SIGNATURE_CELL = "JointSignature"  # a block in the grid of a letter with several signatories
TABLE = "TableText"  # table cells (the table takes the style's indents and spacing)
TABLE_HEADER = "TableHeader"  # the header row's cells: smaller, italic

# The mission's own letter (Layout.MISSION)
LETTERHEAD = "Letterhead"  # the mission's name, centred
LETTERHEAD_ADDRESS = "LetterheadAddress"  # its address lines, centred, small
REFERENCE = "Reference"  # "No. 13-3/1024"
MISSION_DATE = "MissionDate"  # "New York, 19 September 2007", right-aligned
ADDRESSEE = "Addressee"  # "His Excellency …", left
SALUTATION = "Salutation"  # "Excellency,"
MISSION_BODY = "MissionTxt"  # the letter's paragraphs, across the whole text width
MISSION_SIGNATURE = "MissionSignature"
MISSION_SIGNATURE_CELL = "MissionJointSignature"
