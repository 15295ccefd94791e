/*
 * Line classifier for US State Department telegrams.
 *
 * A telegram is line-oriented: what a line means depends on how it starts and on
 * which part of the telegram we are in. So every token here is one whole physical
 * line (its terminator included), typed by its line kind, and three lexer modes
 * stand for the three zones of a telegram:
 *
 *   DEFAULT_MODE  the lead: publication preamble, ACP 127 envelope (FL1-FL9) and the
 *                 print header of received copies (PAGE 01, ACTION, INFO offices)
 *   HEADER        the text header: classification line, captions, E.O., TAGS,
 *                 SUBJECT, REF, Classified By
 *   BODY          numbered paragraphs, section and page marks, signature, trailer
 *
 * A zone changes on the line that opens the next one (classification line or a
 * header keyword; first paragraph, section mark or page line). A new start of
 * message in the header or body returns to the lead: that is a repeated or
 * appended telegram, which the parser keeps apart.
 *
 * Within a mode ANTLR takes the longest match; every rule here matches the whole
 * line, so ties are broken by rule order: specific line kinds come first and the
 * catch-all text line of each mode comes last. There are no actions or
 * predicates. The fields inside a line are read by FieldLexer/FieldParser for the
 * envelope, print-header, classification and caption lines, and by the model builder
 * for the rest; the words both lexers share are in imports/Vocabulary.g4.
 */
lexer grammar TelegramLexer;

import Vocabulary;

tokens {
    BLANK, LEAD_TEXT, HEADER_TEXT, TEXT,
    SOM_LINE, DTG_LINE, PREAMBLE_LINE, PUBDATE_LINE,
    CLASS_LINE, BANNER, CAPTION_LINE, DASH_LINE,
    EO_LINE, TAGS_LINE, SUBJECT_LINE, REF_LINE, CLASSIFIED_BY_LINE,
    PARA_LINE, SECTION_MARK, PAGE_LINE, BODY_CLASS_LINE, BODY_CAPTION, BODY_CLASSIFIED_BY,
    ACTION_LINE, OFFICE_INFO_LINE, OFFICE_LINE, COPIES_LINE, DASH_COUNTER, PRINT_NOTE,
    BT_LINE, SERIAL_LINE, END_LINE, FOOTER_LINE
}

// ---------------------------------------------------------------------------
// DEFAULT_MODE: the lead (before the text header)
// ---------------------------------------------------------------------------

L_BLANK          : BLANK_LINE                       -> type(BLANK);
L_BLANK_END      : HWS+ EOF                         -> type(BLANK);
L_PREAMBLE       : PREAMBLE                         -> type(PREAMBLE_LINE);
// "Cable dated:" with the classification line glued on (lost newline) opens the header
L_DATED_CLASS    : HWS* K_CABLE_DATED [0-9T:\-]+ CSV_REMNANT? CLASS_WORD REST EOL
                                                    -> type(CLASS_LINE), mode(HEADER);
L_PUBDATE        : PUBDATE                          -> type(PUBDATE_LINE);
L_SOM            : SOM                              -> type(SOM_LINE);
ROUTING_LINE     : HWS* PREC2 HWS+ RI REST EOL;
RI_LINE          : HWS* RI (HWS+ RI)* HWS* EOL;
DE_LINE          : HWS* 'DE' HWS+ RI REST EOL;
SECURITY_LINE    : HWS* 'ZN' [RY] ((HWS | '\\') REST)? EOL;
L_DTG            : DTG_SHAPE                        -> type(DTG_LINE);
FM_LINE          : HWS* 'FM' HWS+ REST EOL;
TO_LINE          : HWS* 'TO' HWS+ REST EOL;
L_OFFICE_INFO    : OFFICE_INFO                      -> type(OFFICE_INFO_LINE);
INFO_LINE        : HWS* 'INFO' HWS+ REST EOL;
XMT_LINE         : HWS* 'XMT' (HWS | '/') REST EOL;
L_ACTION         : ACTION                           -> type(ACTION_LINE);
L_OFFICES        : OFFICES                          -> type(OFFICE_LINE);
L_COPIES         : COPIES                           -> type(COPIES_LINE);
L_COUNTER        : COUNTER                          -> type(DASH_COUNTER);
PRINT_PAGE_LINE  : PAGE;
L_PRINT_NOTE     : PRINT_NOTE_SHAPE                 -> type(PRINT_NOTE);
L_BANNER         : BANNER_SHAPE                     -> type(BANNER);
L_CLASS          : CLASS_SHAPE                      -> type(CLASS_LINE), mode(HEADER);
L_CAPTION        : CAPTION                          -> type(CAPTION_LINE);
L_EO             : EO                               -> type(EO_LINE), mode(HEADER);
L_TAGS           : TAGS                             -> type(TAGS_LINE), mode(HEADER);
L_SUBJECT        : SUBJECT                          -> type(SUBJECT_LINE), mode(HEADER);
L_REF            : REF                              -> type(REF_LINE), mode(HEADER);
L_CLASSIFIED_BY  : CLASSIFIED_BY                    -> type(CLASSIFIED_BY_LINE), mode(HEADER);
L_PARA           : PARA                             -> type(PARA_LINE), mode(BODY);
L_SECTION_MARK   : SECTION                          -> type(SECTION_MARK), mode(BODY);
L_DASH           : DASHES                           -> type(DASH_LINE);
L_TEXT           : TEXT_SHAPE                       -> type(LEAD_TEXT);

// ---------------------------------------------------------------------------
// HEADER: the text header (classification line to the first paragraph)
// ---------------------------------------------------------------------------
mode HEADER;

H_BLANK          : BLANK_LINE                       -> type(BLANK);
H_BLANK_END      : HWS+ EOF                         -> type(BLANK);
H_SOM            : SOM                              -> type(SOM_LINE), mode(DEFAULT_MODE);
H_PREAMBLE       : PREAMBLE                         -> type(PREAMBLE_LINE), mode(DEFAULT_MODE);
H_BANNER         : BANNER_SHAPE                     -> type(BANNER);
H_CLASS          : CLASS_SHAPE                      -> type(CLASS_LINE);
H_CAPTION        : CAPTION                          -> type(CAPTION_LINE);
H_EO             : EO                               -> type(EO_LINE);
H_TAGS           : TAGS                             -> type(TAGS_LINE);
H_SUBJECT        : SUBJECT                          -> type(SUBJECT_LINE);
H_REF            : REF                              -> type(REF_LINE);
H_CLASSIFIED_BY  : CLASSIFIED_BY                    -> type(CLASSIFIED_BY_LINE);
H_PARA           : PARA                             -> type(PARA_LINE), mode(BODY);
H_SECTION_MARK   : SECTION                          -> type(SECTION_MARK);
H_PAGE           : PAGE                             -> type(PAGE_LINE), mode(BODY);
H_DASH           : DASHES                           -> type(DASH_LINE);
H_TEXT           : TEXT_SHAPE                       -> type(HEADER_TEXT);

// ---------------------------------------------------------------------------
// BODY: paragraphs to the end of the telegram
// ---------------------------------------------------------------------------
mode BODY;

B_BLANK          : BLANK_LINE                       -> type(BLANK);
B_BLANK_END      : HWS+ EOF                         -> type(BLANK);
B_SOM            : SOM                              -> type(SOM_LINE), mode(DEFAULT_MODE);
B_PREAMBLE       : PREAMBLE                         -> type(PREAMBLE_LINE), mode(DEFAULT_MODE);
B_DTG            : DTG_SHAPE                        -> type(DTG_LINE), mode(DEFAULT_MODE);
B_PARA           : PARA                             -> type(PARA_LINE);
B_SECTION_MARK   : SECTION                          -> type(SECTION_MARK);
B_PAGE           : PAGE                             -> type(PAGE_LINE);
B_BANNER         : BANNER_SHAPE                     -> type(BANNER);
B_CLASS          : BODY_CLASS_SHAPE                 -> type(BODY_CLASS_LINE), mode(HEADER);
B_CAPTION        : HWS* K_SIPDIS HWS* EOL           -> type(BODY_CAPTION);
B_CLASSIFIED_BY  : CLASSIFIED_BY                    -> type(BODY_CLASSIFIED_BY);
B_ACTION         : ACTION                           -> type(ACTION_LINE);
B_OFFICE_INFO    : OFFICE_INFO                      -> type(OFFICE_INFO_LINE);
B_OFFICES        : OFFICES                          -> type(OFFICE_LINE);
B_COPIES         : COPIES                           -> type(COPIES_LINE);
B_COUNTER        : COUNTER                          -> type(DASH_COUNTER);
B_BT             : HWS* K_BT HWS* EOL               -> type(BT_LINE);
B_SERIAL         : HWS* '#' DIGIT+ HWS* EOL         -> type(SERIAL_LINE);
B_END            : END_MARK                         -> type(END_LINE);
B_FOOTER         : HWS* FOOTER_STARS REST EOL       -> type(FOOTER_LINE);
B_DASH           : DASHES                           -> type(DASH_LINE);
B_TEXT           : TEXT_SHAPE                       -> type(TEXT);

// ---------------------------------------------------------------------------
// Line shapes
// ---------------------------------------------------------------------------

fragment BLANK_LINE  : HWS* NL;
fragment TEXT_SHAPE  : ~[\r\n\u2028]+ EOL;

fragment PREAMBLE    : HWS* K_PARTIAL REST EOL;
// Lines the publisher added: a date line, the fields of a database row or an e-mail wrapper.
fragment PUBDATE     : HWS* WEEKDAY ',' REST EOL
                     | HWS* K_CABLE_DATED REST EOL
                     | HWS* ('id' | 'date' | 'refid' | 'origin' | 'destination' | 'classification' | 'header'
                            | 'body' | 'From' | 'Sent' | 'To' | 'Cc') ':' REST EOL
                     | HWS* '-'+ HWS* 'header ends' REST EOL
                     ;
fragment SOM         : HWS* 'VZCZC' REST EOL;
fragment DTG_SHAPE   : HWS* (PRECEDENCE (HWS+ PRECEDENCE)? HWS+)? DTG REST EOL;

fragment OFFICE_INFO : HWS* 'INFO' HWS+ OFFICE_CODE REST EOL;
fragment ACTION      : HWS* ('ACTION' | 'ORIGIN') HWS+ OFFICE_CODE REST EOL;
fragment OFFICES     : HWS* OFFICE_CODE HWS+ (OFFICE_CODE | COPY_COUNT) REST EOL;
fragment COPIES      : HWS* COPY_COUNT HWS* EOL;
fragment COUNTER     : HWS* '----------' '-'* HWS* [0-9A-Z] REST EOL;
fragment PRINT_NOTE_SHAPE
    : HWS* ('DRAFTED BY' | 'APPROVED BY' | 'CLEARANCE' 'S'? ':') REST EOL
    | HWS* DIGIT DIGIT? DIGIT? HWS* EOL       // the copy-count line of NARA print headers
    ;

fragment PAGE        : HWS* 'PAGE' HWS+ DIGIT DIGIT? (HWS REST)? EOL;

// A banner is a classification word alone on its line (optionally followed by a
// print control number such as PTQ2529); it marks pages, it does not open a text.
fragment BANNER_SHAPE : HWS* CSV_REMNANT? CLASS_WORD (HWS+ UPPER UPPER UPPER DIGIT+)? (HWS | '\\')* EOL;
fragment CLASS_SHAPE  : HWS* CSV_REMNANT? CLASS_WORD ((HWS | '/' | '\\' | ',' | '-') REST)? EOL;
// Inside the body only a full classification line (section counter or origin and
// serial) counts: "SECRET SERVICE AGENTS ..." there is just text.
fragment BODY_CLASS_SHAPE
    : HWS* CLASS_WORD (HWS+ EFTO)? HWS+ K_SECTION HWS* DIGIT+ HWS+ K_OF HWS+ DIGIT+ REST EOL
    | HWS* CLASS_WORD (HWS+ EFTO)? HWS+ UPPER+ (HWS UPPER+)* HWS+ DIGIT DIGIT DIGIT DIGIT+ (HWS | '\\')* EOL
    ;


fragment CAPTION
    : HWS* CAPTION_WORD ((HWS | ',' | '/' | ';' | '-')+ CAPTION_WORD)* (HWS | [.,;:\\])* EOL
    | HWS* K_SBU REST EOL
    | HWS* K_CORRECTED REST EOL
    ;

fragment EO          : HWS* PILCROW? HWS* K_EO HWS* ':'? HWS* DIGIT DIGIT DIGIT DIGIT DIGIT REST EOL;
fragment TAGS        : HWS* PILCROW? K_TAGS (HWS* ':' | HWS) REST EOL
                     | HWS* 'AGS' HWS* ':' REST EOL
                     ;
fragment SUBJECT     : HWS* K_SUBJECT (HWS* [:.] | HWS) REST EOL;
fragment REF         : HWS* K_REF (HWS* [:.] | HWS) REST EOL
                     | HWS* K_REF HWS* EOL
                     ;
fragment CLASSIFIED_BY
    : HWS* ('(' [A-Za-z/]+ ')' HWS*)? K_CLASSIFIED HWS+ K_BY REST EOL
    ;

// Paragraph start: optional pilcrow, up to three digits, a period, then blank,
// an opening parenthesis or quote, or the end of the line ("1.4 billion" is text).
fragment PARA        : HWS* PILCROW? HWS? PARA_NUMBER '.' ((HWS | [("\u201C]) REST)? EOL;

// SMART section line: ASTANA 00002256 002.2 OF 002
fragment SECTION
    : HWS* SECTION_ORIGIN HWS+ SECTION_SERIAL HWS* SECTION_COUNTER SECTION_SUFFIX? HWS+ K_OF HWS+ SECTION_COUNTER HWS* EOL
    ;

fragment DASHES      : HWS* DASH_RUN HWS* EOL;
// underlines and frames: at least three of - = _ ~ *, blanks between them allowed ("- - -", "------ -")
fragment DASH_RUN    : DASH_CH HWS* DASH_CH (HWS* DASH_CH)+;
fragment DASH_CH     : [\-=_~*];
fragment END_MARK    : HWS* K_NNNN REST EOL
                     | HWS* 'NNN' HWS* EOL
                     | HWS* 'N'+ 'MAFVVZCZ' REST EOL
                     | HWS* END_OF_DOCUMENT REST EOL
                     ;
