/*
 * The fields of one line (or of one block of continuation lines) whose kind the line grammar
 * has told: the ACP 127 envelope (FL1-FL9), the print header of received copies, the
 * classification and caption lines of the text header, and the body lines that are not text:
 * paragraph starts, SMART section lines and the lines of the ending. One entry rule per line kind
 * (standaloneX); labelled alternatives say which form a line takes and labelled elements name
 * its fields, which FieldVisitor turns into model parts.
 *
 * Real lines are damaged. Each line kind therefore ends in a catch-all alternative (..Malformed)
 * that takes any tokens: a line the structured alternatives do not fit is still parsed, kept as
 * written and reported, and SLL prediction never has to give up. Where a catch-all and a
 * structured alternative both fit, the structured one is written first and wins.
 */
parser grammar FieldParser;

options { tokenVocab = FieldLexer; }

// ------------------------------------------------------------------ entry rules

standaloneStartOfMessage : startOfMessage EOF ;
standaloneRouting        : routing EOF ;
standaloneDe             : deLine EOF ;
standaloneSecurity       : securityLine EOF ;
standaloneDtg            : dtgLine EOF ;
standaloneFrom           : fromLine EOF ;
// a TO or INFO block at once, one addressee a line (one parse instead of one a line)
standaloneAddressees     : addresseeLine (NEWLINE addresseeLine)* EOF ;
standaloneOffices        : officeLine EOF ;
standaloneCounter        : counterLine EOF ;
standalonePrintNote      : printNoteLine EOF ;
standalonePage           : pageLine EOF ;
standaloneClassification : classLine EOF ;
standaloneCaptions       : captionLine EOF ;
standaloneCaptionPrefix  : captionPrefix EOF ;
standaloneEo             : eoLine EOF ;
standaloneSubject        : subjectLine EOF ;
standaloneClassifiedBy   : classifiedByLine EOF ;
standaloneTags           : tagsBlock EOF ;
// a REF block at once: the REF line and its continuation lines
standaloneReference      : referenceBlock EOF ;
standalonePassing        : passingLine EOF ;
standaloneParagraphStart : paragraphStart EOF ;
standaloneMarkedText     : markedText EOF ;
standaloneSectionLine    : sectionLine EOF ;
standaloneTrailer        : trailerLine EOF ;
standaloneRunTogether    : runTogether EOF ;
standaloneReasons        : reasonsText EOF ;
// the rest of a Classified By element after a part already read (lexer mode REASONS)
standaloneReasonSteps    : reasonSteps EOF ;

// ------------------------------------------------------------------ FL1 (lexer mode SOM)

// VZCZCXRO1063: start of message, channel designator, channel sequence number
startOfMessage
    : VZCZC channel=CHANNEL sequence=SEQUENCE rest*            # startOfMessageWellFormed
    | VZCZC channel=CHANNEL? rest*                             # startOfMessageMalformed
    | ~EOF*                                                    # startOfMessageUnreadable
    ;

rest : ~(NEWLINE) ;

// the rest of a line, kept as written
words : rest* ;

// anything at all, line ends included, is ~EOF*: what a catch-all alternative takes (a set in
// place, not a rule of its own, so that each token is a leaf of the tree, not a rule context)

// ------------------------------------------------------------------ FL2

// OO RUEHAG RUEHAST ... with continuation lines of routing indicators
routing
    : precedence=DOUBLE_PREC ROUTING_INDICATOR+ (NEWLINE ROUTING_INDICATOR*)* NEWLINE?   # routingWellFormed
    | precedence=DOUBLE_PREC? routingItem* # routingMalformed
    ;

routingItem : ROUTING_INDICATOR | NEWLINE | stray=rest ;

// ------------------------------------------------------------------ FL3

// DE RUEHTA #2256/01 3191042 (and what a lost newline glued after it)
deLine
    : DE station=ROUTING_INDICATOR HASH? serial=(N1_2 | N3_4) (SLASH section=N1_2)? filing=N7 glued=words   # deWellFormed
    | DE station=rest? (HASH? serial=(N1_2 | N3_4) (SLASH section=N1_2)?)? words ~EOF*                     # deMalformed
    ;

// ------------------------------------------------------------------ FL4 (lexer mode SECURITY)

// ZNY CCCCC ZZH (CCY ...): prosign, the classification letter five times, operating signals
securityLine
    : PROSIGN letters=SEC_LETTERS? (signals+=(SEC_LETTERS | SEC_WORD))* note=SEC_NOTE?   # securityWellFormed
    | ~EOF*                                                                           # securityMalformed
    ;

// ------------------------------------------------------------------ FL5

// O P 141042Z NOV 08 ZDK, maybe with the FM line run into its end (lexer mode DTG)
dtgLine
    : precedences? dateTimeGroup (signals+=SIGNAL)* (FM glued=words)?           # dtgWellFormed
    | ~EOF*                                                                    # dtgMalformed
    ;

// two letters: action and info precedence (O P); else one precedence in letters or words
precedences
    : first=PREC_LETTER second=PREC_LETTER               # dualPrecedence
    | (PREC_LETTER | PREC_WORD | NIACT)+                 # singlePrecedence
    ;

dateTimeGroup
    : time=DTG_TIME month=MONTH_NAME year=(N1_2 | N3_4)    # dtgSpaced
    | time=DTG_TIME monthYear=MONTH_YEAR                   # dtgGlued
    ;

// ------------------------------------------------------------------ FL6

fromLine
    : FM ROUTING_INDICATOR SLASH name=words      # fromWithRoutingIndicator
    | FM name=words ~EOF*                         # fromPlain
    ;

// ------------------------------------------------------------------ FL7 - FL9

// RUEHC/SECSTATE WASHDC IMMEDIATE 3836: routing indicator (or ZEN), name, precedence, serial
addresseeLine
    : (station=ROUTING_INDICATOR SLASH | zen=ZEN SLASH)? plad addresseeTail? csvTail?                        # addresseeWellFormed
    | (station=ROUTING_INDICATOR SLASH | zen=ZEN SLASH)? name=words                                          # addresseeMalformed
    ;

// a name may hold numbers ("39ABG INCIRLIK", "CTF 345 NAPLES"), but a number that ends it is the serial
plad : nameNumber? pladWord+ (nameNumber+ DASH? pladWordAfterNumber pladWord*)* ;

// after a number inside a name comes a word ("SCJ2-I"), not a serial range's second number (0048-0049)
pladWordAfterNumber : ~(NEWLINE | PREC_WORD | NIACT | N1_2 | N3_4 | N5 | N6 | N7 | N8 | CSV_FIELD_END | DASH) ;

pladWord : ~(NEWLINE | PREC_WORD | NIACT | N1_2 | N3_4 | N5 | N6 | N7 | N8 | CSV_FIELD_END) ;

nameNumber : N1_2 | N3_4 | N5 | N6 | N7 | N8 ;

// precedence and serial after the name, in the usual order or the other way round
addresseeTail
    : addresseePrecedence addresseeSerial?               # tailPrecedenceThenSerial
    | addresseeSerial addresseePrecedence?               # tailSerialThenPrecedence
    ;

addresseePrecedence : PREC_WORD | NIACT PREC_WORD? ;

// one sequence number, or a range when a message took several (2276-2279)
addresseeSerial
    : (N1_2 | N3_4)                                      # serialNumber
    | (N1_2 | N3_4) DASH (N1_2 | N3_4)                   # serialRange
    ;

// the end of a cables.csv field glued to the last addressee line
csvTail : CSV_FIELD_END rest* ;

// ------------------------------------------------------------------ print header

// ACTION EUR-25 / INFO LOG-00 NP-00 ... /006W / office lists and copy counts alone
officeLine
    : ACTION action=OFFICE officeItem* glued=words       # actionOffices
    | INFO officeItem+ glued=words                       # infoOffices
    | officeItem+ glued=words                            # officeList
    | ~EOF*                                              # officesMalformed
    ;

officeItem
    : OFFICE                                             # officeCopies
    | COPY_TOTAL                                         # copyTotal
    ;

// ------------------8A8E0D  271459Z /38: a copy's processing counter, kept as written (lexer mode OFFICES)
counterLine
    : COUNTER_DASHES groups=words                        # counterWellFormed
    | ~EOF*                                              # counterMalformed
    ;

// DRAFTED BY EUR/SE:JDOE:JD, APPROVED BY ..., CLEARANCES: ..., or a copy count alone (lexer mode OFFICES)
printNoteLine
    : PRINT_NOTE_HEAD note=words                         # printNoteDrafting
    | count=N1_2                                         # printNoteCopyCount
    | ~EOF*                                              # printNoteMalformed
    ;

// PAGE 01 HARARE 05461 01 OF 02 271458Z (and text run into its end)
pageLine
    : PAGE page=(N1_2 | N3_4) (origin=pageOrigin serial=(N3_4 | N5 | N6))?
      (sectionNumber=N1_2 OF sectionTotal=N1_2)? time=DTG_TIME? following=words   # pageWellFormed
    | ~EOF*                                                                  # pageMalformed
    ;

// the origin cut to six characters, blanks included: VATICA, CAPE T
pageOrigin : pageOriginWord pageOriginWord? ;

pageOriginWord : WORD | ROUTING_INDICATOR | PREC_LETTER | DOUBLE_PREC | MONTH_NAME | DE | TO | FM | INFO | ZEN ;

// ------------------------------------------------------------------ classification line

// C O N F I D E N T I A L SECTION 01 OF 02 NEW DELHI 005135
classLine
    : remnant? level efto? caveat* efto? classSection? (originWords serial=classSerial)? trailing=words   # classWellFormed
    | ~EOF*                                                                                              # classMalformed
    ;

// what a publisher left before the classification word: a cables.csv field boundary or a date
remnant : CSV_FIELD_END | QUOTE | CABLE_DATED ;

level
    : UNCLAS             # levelUnclassified
    | LOU                # levelLimitedOfficialUse
    | CONFIDENTIAL       # levelConfidential
    | SECRET             # levelSecret
    | TOP SECRET         # levelTopSecret
    ;

efto : EFTO_MARK ;

// //NOFORN, /FOR OFFICIAL USE ONLY, //REL TO USA, GBR, //FGI
caveat
    : SLASH+ FOUO                                        # caveatPhrase
    | SLASH+ SBU                                         # caveatSensitive
    | SLASH+ REL_TO relCountry (COMMA? relCountry)*      # caveatReleasable
    | SLASH+ caveatWord                                  # caveatSingleWord
    ;

relCountry : WORD | PREC_LETTER | DOUBLE_PREC | ROUTING_INDICATOR | MONTH_NAME ;

// one word: what follows a blank is the origin (SECRET//NOFORN TEL AVIV 000896)
caveatWord : ~(NEWLINE | SLASH) ;

classSection
    : SECTION part=(N1_2 | N3_4) OF total=(N1_2 | N3_4)   # sectionOf
    | FINAL SECTION OF total=(N1_2 | N3_4)                 # finalSection
    ;

originWords : originWord+ ;

// words of letters, as station names are ("BUENOS AIRES", "USUN NEW YORK", "STATE")
originWord
    : WORD | ROUTING_INDICATOR | PREC_LETTER | DOUBLE_PREC | PREC_WORD | NIACT | MONTH_NAME
    | DE | TO | FM | INFO | XMT | ZEN | PAGE | CAPTION | OF
    ;

classSerial : N3_4 | N5 | N6 | N7 | N8 ;

// ------------------------------------------------------------------ caption lines

captionLine
    : SBU rest*                                          # captionSensitiveButUnclassified
    | CORRECTED rest*                                    # captionCorrected
    | caption (captionSeparator* caption)* captionEnd*   # captionWords
    | ~EOF*                                              # captionMalformed
    ;

// caption words at the start of a text that goes on ("SIPDIS SENSITIVE STATE FOR EUR/RUS")
captionPrefix
    : CORRECTED rest*                                                    # correctedPrefix
    | caption (captionSeparator* caption)* captionEnd* following=words   # captionsThenText
    | ~EOF*                                                              # noCaptionPrefix
    ;

caption
    : CAPTION                                            # captionName
    | NOFORN_REL                                         # captionNofornRel
    | REL_TO relCountry (COMMA? relCountry)*             # captionReleasable
    ;

captionSeparator : COMMA | SLASH | SEMI | DASH ;

captionEnd : PERIOD | COMMA | SEMI | COLON ;


// ------------------------------------------------------------------ E.O. line (lexer mode EO)

// E.O. 12958: DECL: 11/14/2018, with a TAGS line run into its end
eoLine
    : PILCROW_MARK? EO_KEY COLON? order=N5 eoSeparator? instruction=eoText (TAGS_KEY COLON? tags=words)?   # eoWellFormed
    | ~EOF*                                                                                              # eoMalformed
    ;

eoSeparator : COLON | SEMI | COMMA | PERIOD ;

// what follows the order: a declassification instruction (with a date, an event or an
// exemption), N/A, or other words (AS AMENDED; DECLASSIFIED JUNE 21, 2006)
eoText
    : DECL_WORD eoDeclItem*                              # eoDeclassify
    | NOT_APPLICABLE eoItem*                             # eoNotApplicable
    | eoItem*                                            # eoOtherText
    ;

eoDeclItem : eoDate | eoItem ;

eoItem : ~(NEWLINE | TAGS_KEY) ;

// the date shapes of a declassification instruction
eoDate
    : month=N1_2 SLASH day=N1_2 SLASH year=(N1_2 | YEAR4)                  # dateMonthDayYear
    | year=YEAR4 SLASH month=N1_2 SLASH day=N1_2                           # dateYearMonthDay
    | day=N1_2 month=MONTH_NAME PERIOD? COMMA? year=YEAR4                  # dateDayMonthYear
    | month=MONTH_NAME PERIOD? day=N1_2 COMMA? year=YEAR4                  # dateMonthNameDayYear
    ;

// ------------------------------------------------------------------ SUBJECT (lexer mode SUBJECT)

// SUBJECT: (C) KAZAKHSTAN: LEGISLATION / APPROVED BY CABINET, with its continuation lines
subjectLine
    : SUBJECT_KEY (COLON | PERIOD)? body=subjectBody      # subjectWellFormed
    | ~EOF*                                               # subjectMalformed
    ;

// a portion mark before the text or, failing that, after it
subjectBody
    : lead=PORTION_MARK subjectWord*                     # subjectLeadingMark
    | subjectWord* trail=PORTION_MARK                    # subjectTrailingMark
    | subjectWord*                                       # subjectPlain
    ;

// a word, or the end of a line inside the block
subjectWord : ~EOF ;

// ------------------------------------------------------------------ Classified By (lexer mode CLASSIFIED_BY)

// (U) Classified By: Ambassador John Doe, for reasons 1.4 (b) and (d), with its wrapped lines
classifiedByLine
    : PORTION_MARK? ENTIRE_TEXT? CB_KEY cbPunct? (CB_KEY cbPunct?)? who=cbWho (DECLASSIFY_ON declassify=cbFree)?
      reasons=cbReasons?                                                             # classifiedByWellFormed
    | ~EOF*                                                                          # classifiedByMalformed
    ;

cbPunct : COLON | PERIOD | COMMA ;

// the classifier: a person and title, or a derivation from sources
cbWho
    : DERIVED_FROM cbWhoItem*                            # whoDerived
    | cbWhoItem*                                         # whoNamed
    ;

cbWhoItem : ~(REASON_KEY | SECTION_NO | DECLASSIFY_ON | EOF) ;

cbFree : cbFreeItem* ;

cbFreeItem : ~(REASON_KEY | SECTION_NO | EOF) ;

// Reason(s) 1.4 (b) and (d), for reasons 1.4(B), (D), or the section number alone (Amb X, 1.5d)
cbReasons
    : REASON_KEY reasonItem* reasonSection*              # reasonsWithWord
    | reasonSection+                                     # reasonsBySection
    ;

reasonItem : ~(SECTION_NO | EOF) ;

reasonSection : section=SECTION_NO (PERIOD | COMMA)? (reasonJoin* reasonCategory (reasonJoin* reasonCategory)*)? reasonItem* ;

// (b), (B,D), (b&d), (B AND D), b, the d of 1.5d, b.d; a parenthesis cut short ("(d.)", "(B/D...")
reasonCategory
    : LPAREN categories+=CAT_LETTER (reasonJoin* categories+=CAT_LETTER)* PERIOD* RPAREN?   # categoriesInParentheses
    | categories+=CAT_LETTER                                                       # categoryLetter
    | dotted=CAT_LETTERS                                                           # categoriesDotted
    ;

// between categories; a dash joins the ends of a range written (b)-(d)
reasonJoin : COMMA | AND | AMP | SLASH | SEMI | DASH ;

// ------------------------------------------------------------------ TAGS (lexer mode TAGS)

// TAGS: PGOV, PREL, KZ with its continuation lines (lexer mode TAGS); the keyword is missing
// where the tags were run into the end of the E.O. line (lexer mode TAGS_TEXT)
tagsBlock
    : TAGS_KEY? tagEntry*                                # tagsWellFormed
    | ~EOF*                                              # tagsMalformed
    ;

tagEntry
    : tagCode tagGroup*                                  # tagCodeWithGroups
    | tagGroup                                           # tagGroupAlone
    | (COMMA | SEMI)                                     # tagComma
    | (NEWLINE | LINK_OPEN | LINK_CLOSE | HTML_TAG | RPAREN)   # tagBreak
    ;

tagCode : TAG_CODE ;

// a parenthesised group belongs to the code before it: OVIP (CLINTON, HILLARY); a closing
// parenthesis without its opening one is debris (tagBreak)
tagGroup : LPAREN tagGroupPart* RPAREN? ;

tagGroupPart : tagGroup | ~(LPAREN | RPAREN | EOF) ;
// ------------------------------------------------------------------ REF (lexer mode REF)

// REF: A. STATE 12345 B. 08 MEXICO CITY 1201 AND 1187 (NOTAL), with its continuation lines; a
// lettered line that continues a block after a blank opens with its bullet and has no keyword
referenceBlock
    : head=refHead lead=refBody refItem*                 # referenceWellFormed
    | first=markBullet lead=refBody refItem*             # referenceContinued
    | ~EOF*                                              # referenceMalformed
    ;

// REF:, REFS:, REF(S):, REFTEL, REFERENCES:, REF.; REF A: gives the first item's letter
refHead
    : REF_KEY letter=SINGLE_LETTER (COLON | PERIOD)?     # headLettered
    | REF_KEY (COLON | PERIOD COLON?)?                   # headPlain      // more periods are an elision: REF: ...
    ;

refItem : bullet body=refBody ;

// a bullet wherever one stands: whether it opens an item (the next letter) or is text (an initial,
// "SEE REF B") is decided by the order of the letters
bullet
    : markBullet                                                      # bulletMarked
    | REF_KEY COLON? (letter=SINGLE_LETTER COLON? | markBullet)?      # bulletAfterKeyword
    ;

markBullet
    : LETTER_BULLET          # bulletLetter           // A.  A)  ¶B.
    | PAREN_BULLET           # bulletParenthesised    // (A)  (A )
    | NUMBER_BULLET          # bulletNumber           // (1)
    ;

// an item's text: parts apart by semicolons, commas or colons, each may open with a cable
// citation (05 VATICAN 475 ET AL.; WARSAW 799; TEHRAN'S A-077 OF MAY 15, 1972: TEHRAN 3312)
refBody : refPart (refSeparator refPart)* ;

refSeparator : SEMI | COMMA | COLON ;

refPart : citation? refWord* ;

// [YY|YYYY] STATION SERIAL (AND SERIAL)*: 08 MEXICO CITY 1201 AND 1187, STATE 123456, THE HAGUE 876
citation
    : year=(DIGITS_2 | DIGITS_4) station=stationName DASH? serials+=refSerial (AND serials+=refSerial)*   # citationDated
    | station=stationName DASH? serials+=refSerial (AND serials+=refSerial)*                              # citationUndated
    ;

// one to three words (PORT OF SPAIN), THE before them (THE HAGUE)
stationName : THE? WORD (OF? WORD)? WORD? ;

refSerial
    : number=(DIGITS_2 | DIGITS_4 | SERIAL_DIGITS)       # refSerialNumber
    | withYear=SERIAL_YEAR                               # refSerialSlashYear   // 1234/09
    ;

// a word of an item's text, one token at a time
refWord
    : kind=(KIND_EMAIL | KIND_TELCON | KIND_MEMO | KIND_LETTER | KIND_REPORT | KIND_MEETING | KIND_DOCUMENT
          | KIND_WEB)                                                                            # wordKind
    | (HANDLING_MARK | AND_PREVIOUS)                                                             # wordAnnotation
    | refDate                                                                                    # wordDate
    | ~(LETTER_BULLET | PAREN_BULLET | NUMBER_BULLET | REF_KEY | SEMI | COMMA | COLON | EOF)      # wordText
    ;

refDate
    : REF_DATE                                                       # refDateNumeric      // 10/16/09
    | MONTH_NAME PERIOD? (DIGITS_2 | SERIAL_DIGITS) (COMMA? DIGITS_4)?   # refDateMonthFirst   // JANUARY 12, 2009
    ;

// ------------------------------------------------------------------ passing lines (lexer mode PASSING)

// STATE FOR SCA/CEN, DRL; DEPT FOR EUR/RUS; PASS TO USTR; NSC FOR DAN FISK; AMEMBASSY BERLIN PASS
// TO AMCONSUL LEIPZIG; SOUTHCOM ALSO FOR POLAD (TELEGRAM-FORMAT.md 6.2). A text line without
// these words, or with FOR at its very end ("... USUN FOR" wrapped before the names), continues
// the passing line before it.
passingLine
    : opening=(PASSING_DEPT | PASSING_STATE) passingAny*                                       # passingOpened
    | passingWho* marker=(PASSING_FOR | PASSING_PASS | PASSING_ALSO) passingAny+                # passingMarked
    | passingAny*                                                                             # passingContinued
    ;

// who a passing instruction is for, before its FOR, PASS or ALSO
passingWho : ~(PASSING_FOR | PASSING_PASS | PASSING_ALSO | EOF) ;

passingAny : ~EOF ;

// ------------------------------------------------------------------ paragraph start (lexer mode PARA)

// ¶4. (C) text, 4. (SBU) text, 14. text: pilcrow, number, period, portion marking, the text
paragraphStart
    : pilcrow=PILCROW_MARK? number=paraNumber PERIOD marking=portionMarking text=paraText   # paraMarked
    | pilcrow=PILCROW_MARK? number=paraNumber PERIOD text=paraText                          # paraUnmarked
    | ~EOF*                                                                                 # paraMalformed
    ;

paraNumber
    : ONE_LED_NUMBER       # numberLedByOne   // 14.: paragraph 14, or a pilcrow mangled into a 1 before paragraph 4
    | PARA_DIGITS          # numberPlain
    ;

// the text after the number or marking, kept as written (one token; a marking that is none is text too)
paraText : ~EOF* ;

// a text that opens with a portion marking: an unnumbered paragraph (lexer mode PORTION)
markedText
    : marking=portionMarking text=paraText   # textMarked
    | ~EOF*                                   # textUnmarked
    ;

// (C), (SBU), (S//NF), (C-REL TO USA, GBR), (SECRET/NOFORN), (C - ENTIRE TEXT): a level, then caveats
portionMarking : LPAREN portionLevel (MARK_SEPARATOR* portionCaveat)* MARK_SEPARATOR* RPAREN ;

portionLevel
    : (MARK_LEVEL_LETTER | MARK_LEVEL_ABBREVIATED | MARK_FOUO)   # levelAbbreviated
    | MARK_LEVEL_SPELLED                                        # levelSpelledOut
    ;

portionCaveat
    : MARK_REL (MARK_SEPARATOR* relCountryCode)*   # caveatReleasableTo
    | (MARK_CAVEAT | MARK_FOUO)                     # caveatName
    ;

// country codes and TO after REL: words of two letters or more
relCountryCode : MARK_WORD | MARK_CAVEAT | MARK_FOUO | MARK_REL | MARK_LEVEL_ABBREVIATED | MARK_LEVEL_SPELLED ;

// ------------------------------------------------------------------ SMART section line (lexer mode SECTION_LINE)

// ASTANA 00002256 002.2 OF 002: origin, serial, section number and suffix, total
sectionLine
    : origin=SECTION_ORIGIN_WORDS serial=SECTION_SERIAL_DIGITS number=SECTION_COUNTER_DIGITS
      suffix=SECTION_SUFFIX_DIGITS? OF total=SECTION_COUNTER_DIGITS                           # sectionLineWellFormed
    | ~EOF*                                                                                   # sectionLineMalformed
    ;

// ------------------------------------------------------------------ the ending (lexer mode TRAILER)

trailerLine
    : BT_MARK                                        # trailerBt
    | HASH serial=TRAILER_SERIAL_DIGITS              # trailerSerial
    | END_OF_MESSAGE_MARK words                      # trailerEndOfMessage
    | END_OF_DOCUMENT_MARK words                     # trailerEndOfDocument
    | FOOTER_MARK words                              # trailerFooter
    | ~EOF*                                           # trailerMalformed
    ;

// ------------------------------------------------------------------ a header line holding several elements (lexer mode COLLAPSED)

// A header line that lost its newlines holds several elements; the assembler hands each one to
// the entry rule of its kind (standaloneEo, standaloneTags, standaloneSubject, the REF reader,
// standaloneClassifiedBy).
standaloneCollapsedHeader : collapsedHeader EOF ;

// E.O. 12958: DECL: 01/01/2018 TAGS: PREL, PGOV SUBJECT: TALKS REF: STATE 1234: the text before
// the first keyword (a caption, passing text, the classification line's end), then one element
// for each keyword that opens one. Every token is text where no keyword opens an element, so
// that any line fits; only a line that opens with conversion debris is not taken apart.
collapsedHeader
    : start=collapsedStart elements+=collapsedElement*    # collapsedElements
    | RUN_IN_DEBRIS ~EOF*                                  # collapsedMalformed
    ;

// a keyword alone before the element it opens: the keyword written twice (REFREF: A. STATE
// 19631) when the element's keyword is the same one, text otherwise
collapsedStart
    : keyword=RUN_IN_KEYWORD                              # startKeyword
    | (collapsedLead ~(RUN_IN_EO | RUN_IN_TAGS | RUN_IN_SUBJECT | RUN_IN_REF | RUN_IN_CLASSIFIED_BY | EOF)*)?
                                                          # startText
    ;

// an element: its keyword, then free text a token at a time, anything but a keyword that opens
// an element (a word is a leaf of the tree, not a rule context around one: a long line makes a
// small tree)
collapsedElement
    : opener=elementOpener ~(RUN_IN_EO | RUN_IN_TAGS | RUN_IN_SUBJECT | RUN_IN_REF | RUN_IN_CLASSIFIED_BY | EOF)*
    ;

elementOpener
    : RUN_IN_EO                                           # elementEo
    | RUN_IN_TAGS                                         # elementTags
    | RUN_IN_SUBJECT                                      # elementSubject
    | RUN_IN_REF                                          # elementRef
    | RUN_IN_CLASSIFIED_BY                                # elementClassifiedBy
    ;

collapsedLead : ~(RUN_IN_EO | RUN_IN_TAGS | RUN_IN_SUBJECT | RUN_IN_REF | RUN_IN_CLASSIFIED_BY | RUN_IN_DEBRIS | EOF) ;

// ------------------------------------------------------------------ a text line holding several body elements (lexer mode RUN_TOGETHER)

// Where an element may start in a text line that lost its newlines: a SMART section line's tail,
// a paragraph number (with a portion marking, a capitalised word or nothing after it), a handling
// caption at the end; every other token is text, read one at a time. Which of the places start an
// element is meaning the visitor decides (a line that opens with conversion debris is kept whole): the cable's origin before a tail, a number that continues
// the paragraphs before it, words before a number that refer to a paragraph.
runTogether
    : (parts+=runPart (parts+=runPart | RUN_IN_DEBRIS)*)? handling=RUN_HANDLING_CAPTION?   # runParts
    | RUN_IN_DEBRIS ~EOF*                                                                # runMalformed
    ;

runPart
    : origin=(RUN_CAPS | RUN_CAPITAL)? tail=RUN_SECTION_TAIL                 # partSectionTail
    // 1. (C), (D): the letters of a reason clause, written like a marking, then a separator
    | number=RUN_PARA_NUMBER marking=RUN_MARK (COMMA | AMP | LPAREN | RUN_MARK | RUN_AND_OR)   # partReasonLetters
    | number=RUN_PARA_NUMBER marking=RUN_MARK                                # partParagraphMarked
    | number=RUN_PARA_NUMBER word=(RUN_CAPS | RUN_CAPITALISED)               # partParagraphWord
    | number=RUN_PARA_NUMBER                                                 # partParagraphBare
    | ~(RUN_SECTION_TAIL | RUN_PARA_NUMBER | RUN_HANDLING_CAPTION | RUN_IN_DEBRIS | EOF)     # partText
    ;


// ------------------------------------------------------------------ a Classified By element's reasons, and body text run in after them (lexer modes REASONS_LEAD, REASONS)

// The text up to the first section number of the reasons, then one step a token or phrase: the
// parts of the reasons and the openers of body text. Where the reasons end and whether what
// follows starts the body is the visitor's walk over the steps (it counts the category letters,
// and knows classification and title words); a text that opens with conversion debris is kept whole.
reasonsText
    : (~(SECTION_NO | RUN_IN_DEBRIS | EOF) ~(SECTION_NO | EOF)*)? (section=SECTION_NO steps=reasonSteps)?   # reasonsRead
    | RUN_IN_DEBRIS ~EOF*                                                                  # reasonsMalformed
    ;

reasonSteps : steps+=reasonStep* ;

reasonStep
    : REASON_GROUP                                              # stepGroup
    | REASON_LETTER_MARK                                        # stepLetterOrMarking
    | RUN_MARK                                                  # stepMarking
    | (REASON_AND | SECTION_NO | REASON_EXEMPTION)              # stepJoinWord
    | (CAT_LETTER | REASON_CAPITAL_LETTER)                      # stepLetter
    | (PERIOD | COLON)                                          # stepSentenceEnd
    | (COMMA | AMP | DASH | REASON_SEPARATOR)                   # stepSeparator
    | NEWLINE                                                   # stepLineBreak
    // the openers of body text: dashes, a numbered and marked first paragraph, a summary word, a salutation
    | OPENS_DASHED                                              # stepDashedStart
    | OPENS_NUMBERED                                            # stepNumberedMarked
    | OPENS_SUMMARY                                             # stepSummary
    | OPENS_SALUTATION                                          # stepSalutation
    | (RUN_CAPS | RUN_CAPITAL | RUN_CAPITALISED | EO_KEY)        # stepCapitalised
    | ~EOF                                                      # stepOther
    ;
