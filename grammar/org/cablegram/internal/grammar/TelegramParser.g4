/*
 * Structure of a US State Department telegram over the line tokens of
 * TelegramLexer. One rule per format line (or per block, where a line kind has
 * unmarked continuation lines); labels name what the model builder reads.
 *
 * Every zone is optional and every line kind may repeat, because real cables lack
 * parts, repeat them and put them out of order: the builder, not the grammar,
 * decides what a repetition means and reports it. A telegram that starts again in
 * the middle (a second VZCZC line, a DTG line after the body, a second partial-
 * extract notice) is parsed as a restart and kept apart by the builder.
 */
parser grammar TelegramParser;

options { tokenVocab = TelegramLexer; }

telegram
    : message restart* EOF
    ;

message
    : lead header? body?
    ;

restart
    : (SOM_LINE | PREAMBLE_LINE | DTG_LINE) message
    ;

// ---------------------------------------------------------------------------
// Lead: publication preamble, ACP 127 envelope and print header
// ---------------------------------------------------------------------------

lead
    : leadItem*
    ;

leadItem
    : BLANK                                   # leadBlank
    | PREAMBLE_LINE                           # preambleLine
    | PUBDATE_LINE                            # publicationDateLine
    | SOM_LINE                                # startOfMessageLine
    | ROUTING_LINE RI_LINE*                   # routingBlock
    | DE_LINE                                 # deLine
    | SECURITY_LINE                           # securityLine
    | DTG_LINE                                # dateTimeGroupLine
    | FM_LINE                                 # fromLine
    | TO_LINE addresseeLine*                  # toBlock
    | INFO_LINE addresseeLine*                # infoBlock
    | XMT_LINE addresseeLine*                 # xmtBlock
    | ACTION_LINE                             # actionOfficeLine
    | OFFICE_INFO_LINE                        # officeInfoLine
    | OFFICE_LINE                             # officeLine
    | COPIES_LINE                             # copiesLine
    | DASH_COUNTER                            # dashCounterLine
    | PRINT_PAGE_LINE                         # printPageLine
    | PRINT_NOTE                              # printNoteLine
    | BANNER                                  # leadBanner
    | CAPTION_LINE                            # leadCaption
    | DASH_LINE                               # leadDash
    | RI_LINE                                 # strayRoutingLine
    | LEAD_TEXT                               # leadText
    ;

addresseeLine
    : LEAD_TEXT
    | RI_LINE
    ;

// ---------------------------------------------------------------------------
// Text header
// ---------------------------------------------------------------------------

header
    : headerStart headerItem*
    ;

headerStart
    : classBlock
    | eoLine
    | tagsBlock
    | subjectBlock
    | refBlock
    | classifiedByBlock
    ;

headerItem
    : headerStart                             # headerKeywordItem
    | BLANK                                   # headerBlank
    | BANNER                                  # headerBanner
    | CAPTION_LINE                            # captionLine
    | DASH_LINE                               # headerDash
    | SECTION_MARK                            # headerSectionMark
    | HEADER_TEXT                             # headerText
    ;

// A keyword line is an item of its own, and so is every text line: the text lines right after
// a TAGS, SUBJECT, REF or Classified By line continue it, which the reader of the items
// (MessageReader) joins to it. Written as KEYWORD_LINE HEADER_TEXT* here, the block would
// compete with headerText for each of its lines, and the parser's prediction would look ahead
// over the rest of the block at every line of it: time growing with the square of its length.
classBlock        : CLASS_LINE ;
eoLine            : EO_LINE ;
tagsBlock         : TAGS_LINE ;
subjectBlock      : SUBJECT_LINE ;
refBlock          : REF_LINE ;
classifiedByBlock : CLASSIFIED_BY_LINE ;

// ---------------------------------------------------------------------------
// Body
// ---------------------------------------------------------------------------

body
    : bodyStart bodyItem*
    ;

// A classification line inside the body starts a later section of a received copy; the
// text header repeated after it is read in the HEADER mode again.
// A text that is a body alone, or the end of one, is lexed in the BODY mode from its first line
// (ParseEngine.openingZone): its first line may be text.
bodyStart
    : PARA_LINE                               # firstParagraph
    | SECTION_MARK                            # firstSectionMark
    | PAGE_LINE                               # firstPageLine
    | TEXT                                    # firstText
    ;

bodyItem
    : PARA_LINE                               # paragraphLine
    | SECTION_MARK                            # sectionMarkLine
    | PAGE_LINE                               # pageLine
    | BLANK                                   # bodyBlank
    | TEXT                                    # textLine
    | DASH_LINE                               # bodyDash
    | BANNER                                  # bodyBanner
    | BODY_CLASS_LINE headerItem*             # sectionHeader
    | BODY_CAPTION                            # bodyCaption
    | BODY_CLASSIFIED_BY                      # bodyClassifiedBy
    | ACTION_LINE                             # bodyActionLine
    | OFFICE_INFO_LINE                        # bodyOfficeInfoLine
    | OFFICE_LINE                             # bodyOfficeLine
    | COPIES_LINE                             # bodyCopiesLine
    | DASH_COUNTER                            # bodyDashCounter
    | BT_LINE                                 # btLine
    | SERIAL_LINE                             # serialLine
    | END_LINE                                # endLine
    | FOOTER_LINE                             # footerLine
    ;
