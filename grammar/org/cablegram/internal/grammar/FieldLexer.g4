/*
 * Tokens inside one line (or one block of lines) whose kind TelegramLexer has already told:
 * the fields of the envelope, the print header, the classification line and caption lines.
 *
 * The caller lexes each line in the mode of its kind: DEFAULT_MODE for most lines, SOM for
 * the start-of-message line, SECURITY for the ZNR/ZNY line and DTG for the date-time group
 * line, OFFICES for the office lines of a print header; in the body PARA for a paragraph start,
 * PORTION for a text that opens with a portion marking, SECTION_LINE for a SMART section line
 * and TRAILER for the lines of the ending. A paragraph start has its own modes because its
 * fields are glued without blanks (14., (S//NF)) and what follows them is text, read as one token. The first two have their own modes because their fields are glued without blanks
 * (VZCZCXRO1063, ZNRUUUUU), and a mode that knows only the leading keyword is what keeps a
 * longer word from swallowing it; after a date-time group the operating signals are words
 * between blanks ("//ZEL//", "#3763"), which the DTG mode's tail reads whole.
 *
 * Within a mode the longest match wins and ties go to the rule written first, so keywords
 * come before WORD: a keyword is a token of its own only when it is a whole word ("SECRET",
 * not "SECRETARY"). The parser accepts keywords as name words where names occur.
 */
lexer grammar FieldLexer;

import Vocabulary;

tokens { VZCZC, CHANNEL, SEQUENCE, PROSIGN, SEC_LETTERS, SEC_WORD, SEC_NOTE, SIGNAL, ACTION, OFFICE, COPY_TOTAL,
         COUNTER_DASHES, PRINT_NOTE_HEAD, PILCROW_MARK, EO_KEY, DECL_WORD, NOT_APPLICABLE, YEAR4,
         TAGS_KEY, SUBJECT_KEY, PORTION_MARK, CB_KEY, REASON_KEY, SECTION_NO, DECLASSIFY_ON,
         DERIVED_FROM, PREPOSITION, CAT_LETTER, AND, AMP, SECTION_WORD, CAT_LETTERS, TAG_CODE,
         LINK_OPEN, LINK_CLOSE, HTML_TAG, ONE_LED_NUMBER, PARA_DIGITS, PARA_TEXT,
         MARK_LEVEL_LETTER, MARK_LEVEL_ABBREVIATED, MARK_LEVEL_SPELLED, MARK_FOUO, MARK_REL,
         MARK_CAVEAT, MARK_WORD, MARK_SEPARATOR, SECTION_ORIGIN_WORDS, SECTION_SERIAL_DIGITS,
         SECTION_COUNTER_DIGITS, SECTION_SUFFIX_DIGITS, BT_MARK, TRAILER_SERIAL_DIGITS,
         END_OF_MESSAGE_MARK, END_OF_DOCUMENT_MARK, FOOTER_MARK,
         REF_KEY, LETTER_BULLET, PAREN_BULLET, NUMBER_BULLET, HANDLING_MARK, AND_PREVIOUS, THE, KIND_EMAIL,
         KIND_TELCON, KIND_MEMO, KIND_LETTER, KIND_REPORT, KIND_MEETING, KIND_DOCUMENT, KIND_WEB, NOT_STATION, SINGLE_LETTER, SERIAL_YEAR, REF_DATE,
         DIGITS_2, DIGITS_4, SERIAL_DIGITS, PASSING_FOR, PASSING_PASS, PASSING_ALSO, PASSING_DEPT, PASSING_STATE,
         RUN_SECTION_TAIL, RUN_PARA_NUMBER, RUN_MARK, RUN_CAPS, RUN_CAPITAL, RUN_CAPITALISED, RUN_AND_OR, RUN_HANDLING_CAPTION,
         REASON_ONE, REASON_EXEMPTION, REASON_LETTER_MARK, REASON_GROUP, REASON_AND, REASON_CAPITAL_LETTER, REASON_DASHES,
         REASON_SEPARATOR, OPENS_DASHED, OPENS_NUMBERED, OPENS_SUMMARY, OPENS_SALUTATION, ENTIRE_TEXT }

NEWLINE          : NL;
WS               : HWS+ -> skip;
// a stray backslash at the end of words is conversion debris, never part of a field
BACKSLASH        : '\\'+ -> skip;

// ---------------------------------------------------------------- classification line, captions
CSV_FIELD_END    : '"' ',' '"';
CABLE_DATED      : K_CABLE_DATED HWS* [0-9T:\-]+;
UNCLAS           : K_UNCLAS;
LOU              : K_LOU;
CONFIDENTIAL     : K_CONFIDENTIAL;
SECRET           : K_SECRET;
TOP              : K_TOP;
EFTO_MARK        : EFTO;
SECTION          : K_SECTION;
OF               : K_OF;
FINAL            : 'FINAL';
FOUO             : K_FOUO;
REL_TO           : K_REL_TO;
SBU              : K_SBU;
CORRECTED        : K_CORRECTED;
NOFORN_REL       : 'NOFORN/REL';
CAPTION          : CAPTION_NAME;

// ---------------------------------------------------------------- envelope and print header
DOUBLE_PREC      : PREC2;
PREC_LETTER      : [ZOPRY];
NIACT options { caseInsensitive = true; } : 'NIACT';
PREC_WORD options { caseInsensitive = true; } : 'FLASH' | 'IMMEDIATE' | 'PRIORITY' | 'ROUTINE';
DE               : 'DE';
FM               : 'FM';
TO               : 'TO';
INFO             : 'INFO';
XMT              : 'XMT';
ZEN              : 'ZEN';
PAGE             : 'PAGE';
MONTH_YEAR       : MONTH DIGIT DIGIT (DIGIT DIGIT)?;
MONTH_NAME       : MONTH;
DTG_TIME         : DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT HWS? [Zz];
ROUTING_INDICATOR: RI_WORD;

// numbers by their count of digits: serials, days and times are told apart by length
N1_2             : DIGIT DIGIT?;
N3_4             : DIGIT DIGIT DIGIT DIGIT?;
N5               : DIGIT DIGIT DIGIT DIGIT DIGIT;
N6               : DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT;
N7               : DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT;
N8               : DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT*;

// letters, with inner marks (U.S, O'BRIEN, GUINEA-BISSAU): a closing period is a token of its own
// ("SIPDIS."), and so is a number glued to a word ("SECTION01", "03QRIPOLI", "39ABG")
WORD             : LETTER+ ([.'&\-] LETTER+)*;

SLASH            : '/';
HASH             : '#';
DASH             : '-';
LPAREN           : '(';
RPAREN           : ')';
COMMA            : ',';
PERIOD           : '.';
COLON            : ':';
SEMI             : ';';
QUOTE            : '"';
OTHER            : .;

// ---------------------------------------------------------------- FL1: VZCZCXRO1063
mode SOM;

SOM_START        : 'VZCZC' -> type(VZCZC), mode(SOM_CHANNEL);
SOM_WS           : HWS+ -> skip;
SOM_OTHER        : . -> type(OTHER), mode(LINE_REST);

mode SOM_CHANNEL;

CH_LETTERS       : UPPER+ -> type(CHANNEL);
CH_DIGITS        : DIGIT+ -> type(SEQUENCE), mode(LINE_REST);
CH_WS            : HWS+ -> skip, mode(LINE_REST);
CH_OTHER         : . -> type(OTHER), mode(LINE_REST);

// ---------------------------------------------------------------- FL4: ZNY CCCCC ZZH
mode SECURITY;

SEC_PROSIGN      : 'ZN' [RY] -> type(PROSIGN), mode(SECURITY_REST);
SEC_WS           : HWS+ -> skip;
SEC_OTHER        : . -> type(OTHER), mode(LINE_REST);

mode SECURITY_REST;

SR_LETTERS       : UPPER UPPER UPPER+ -> type(SEC_LETTERS);
// a parenthesised note (CCY ADXD604CA ...) runs to the end of the line
SR_NOTE          : '(' ~[\r\n\u2028]* -> type(SEC_NOTE);
SR_WORD          : ~[ \t\u00A0\r\n\u2028(\\]+ -> type(SEC_WORD);
SR_BACKSLASH     : '\\'+ -> skip;
SR_WS            : HWS+ -> skip;
SR_NL            : NL -> type(NEWLINE);

// ---------------------------------------------------------------- FL5: O P 141042Z NOV 08 ZDK
mode DTG;

D_PREC_LETTER    : [ZOPRY] -> type(PREC_LETTER);
D_NIACT options { caseInsensitive = true; } : 'NIACT' -> type(NIACT);
D_PREC_WORD options { caseInsensitive = true; } : ('FLASH' | 'IMMEDIATE' | 'PRIORITY' | 'ROUTINE') -> type(PREC_WORD);
D_TIME           : DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT HWS? [Zz] -> type(DTG_TIME);
D_MONTH_YEAR     : MONTH DIGIT DIGIT (DIGIT DIGIT)? -> type(MONTH_YEAR), mode(DTG_TAIL);
D_MONTH          : MONTH -> type(MONTH_NAME);
D_YEAR_2         : DIGIT DIGIT? -> type(N1_2), mode(DTG_TAIL);
D_YEAR_4         : DIGIT DIGIT DIGIT DIGIT? -> type(N3_4), mode(DTG_TAIL);
D_WS             : HWS+ -> skip;
D_BACKSLASH      : '\\'+ -> skip;
D_OTHER          : . -> type(OTHER), mode(LINE_REST);

mode DTG_TAIL;

T_FM             : 'FM' -> type(FM), mode(LINE_REST);
T_SIGNAL         : ~[ \t\u00A0\r\n\u2028\\]+ -> type(SIGNAL);
T_BACKSLASH      : '\\'+ -> skip;
T_WS             : HWS+ -> skip;
T_NL             : NL -> type(NEWLINE);

// ---------------------------------------------------------------- print header: ACTION EUR-25, INFO LOG-00 ... /006W,
// dash counters (------------------8A8E0D  271459Z /38), drafting notes (DRAFTED BY ...) and
// copy counts. Office codes exist only here; elsewhere "RUEHXX/CJTF-101" is a routing indicator
// and a name.
mode OFFICES;

O_DASHES         : '----------' '-'* -> type(COUNTER_DASHES);
O_NOTE           : ('DRAFTED BY' | 'APPROVED BY' | 'CLEARANCE' 'S'? ':') -> type(PRINT_NOTE_HEAD);
O_COUNT          : DIGIT DIGIT? DIGIT? -> type(N1_2);
O_ACTION         : ('ACTION' | 'ORIGIN') -> type(ACTION);
O_INFO           : 'INFO' -> type(INFO);
O_OFFICE         : OFFICE_CODE -> type(OFFICE);
O_TOTAL          : COPY_COUNT -> type(COPY_TOTAL);
// words do not start with a dash, so that a counter's dashes stop before its groups
O_WORD           : ~[ \t\u00A0\r\n\u2028\\\-] ~[ \t\u00A0\r\n\u2028\\]* -> type(OTHER);
O_DASHES_SHORT   : '-'+ -> type(OTHER);
O_BACKSLASH      : '\\'+ -> skip;
O_WS             : HWS+ -> skip;
O_NL             : NL -> type(NEWLINE);

// ---------------------------------------------------------------- text header: E.O. 12958: DECL: 11/14/2018
// The order's number, a declassification word, N/A and the date shapes are tokens of their own
// here; a month is a word that starts with a month's name (DEC, DECEMBER, SEPT.), and a year
// of four digits is told from a day or month by its length.
mode EO;

E_PILCROW        : PILCROW -> type(PILCROW_MARK);
E_KEY            : K_EO -> type(EO_KEY);
E_DECL           : K_DECL_WORD -> type(DECL_WORD);
E_NOT_APPLICABLE : K_NOT_APPLICABLE -> type(NOT_APPLICABLE);
E_TAGS           : K_TAGS -> type(TAGS_KEY);
E_MONTH options { caseInsensitive = true; } : MONTH LETTER* -> type(MONTH_NAME);
E_N1_2           : DIGIT DIGIT? -> type(N1_2);
E_N3             : DIGIT DIGIT DIGIT -> type(N3_4);
E_YEAR4          : DIGIT DIGIT DIGIT DIGIT -> type(YEAR4);
E_N5             : DIGIT DIGIT DIGIT DIGIT DIGIT -> type(N5);
E_N6             : DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT+ -> type(N8);
E_WORD           : LETTER+ -> type(WORD);
E_SLASH          : '/' -> type(SLASH);
E_COLON          : ':' -> type(COLON);
E_SEMI           : ';' -> type(SEMI);
E_COMMA          : ',' -> type(COMMA);
E_PERIOD         : '.' -> type(PERIOD);
E_BACKSLASH      : '\\'+ -> skip;
E_WS             : HWS+ -> skip;
E_NL             : NL -> type(NEWLINE);
E_OTHER          : . -> type(OTHER);

// ---------------------------------------------------------------- text header: SUBJECT: (C) KAZAKHSTAN: LEGISLATION
// The keyword, and a parenthesised mark of one to twenty letters, slashes, dashes and blanks
// ((C), (S/NF), (SBU)), whether or not it is a portion marking: what it means is the visitor's
// to say. Words stop at parentheses, colons and periods, so that the keyword's colon and a mark
// glued to a word ("TALKS(C)") are tokens of their own.
mode SUBJECT;

S_KEY            : K_SUBJECT -> type(SUBJECT_KEY);
S_MARK           : '(' MARK_TEXT ')' -> type(PORTION_MARK);
S_COLON          : ':' -> type(COLON);
S_PERIOD         : '.' -> type(PERIOD);
S_WORD           : ~[ \t\u00A0\r\n\u2028\\():.]+ -> type(WORD);
S_PAREN          : [()] -> type(OTHER);
S_BACKSLASH      : '\\'+ -> skip;
S_WS             : HWS+ -> skip;
S_NL             : NL -> type(NEWLINE);

fragment REASON_WORD options { caseInsensitive = true; }
    : 'R' RB? 'E' RB? ('A' RB? ('S' RB?)? | 'S' RB?) 'O' RB? 'N' ;
// a blank or a line end where a wrapped line broke the word
fragment RB : ' ' | '\r'? '\n';

fragment MARK_TEXT : MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR (MARK_CHAR)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?;
fragment MARK_CHAR : [A-Za-z/ \-];

// ---------------------------------------------------------------- text header: Classified By: Ambassador X, Reasons 1.4 (b) and (d)
// The line starts in mode CLASSIFIED_BY, where a portion mark may stand before the keyword; after
// the keyword, mode CB_TEXT: the reason word in its spellings, the section number (1.4, 1. 5),
// the category letters a to h as words of their own ((b), b&d, 1.5d), and the phrases that end
// the classifier's name (declassify on, derived from, a closing preposition).
mode CLASSIFIED_BY;

C_MARK           : '(' [A-Za-z/]+ ')' -> type(PORTION_MARK);
// the classification of the whole text before the statement, in an older cable's first
// paragraph: "1. CONFIDENTIAL - ENTIRE TEXT. CLASSIFIED BY ..."
C_ENTIRE options { caseInsensitive = true; } : CLASS_WORD HWS* [-:]? HWS* 'ENTIRE' HWS+ 'TEXT' HWS* [.:]? -> type(ENTIRE_TEXT);
C_KEY            : K_CLASSIFIED HWS+ K_BY -> type(CB_KEY), mode(CB_TEXT);
C_WS             : HWS+ -> skip;
C_OTHER          : . -> type(OTHER), mode(CB_TEXT);

mode CB_TEXT;

// the keyword written again after the first, also misspelt ("Classified By: Classifed by POL M/C ...")
CT_KEY options { caseInsensitive = true; } : 'CLASSIF' 'I'? 'E'? 'D' HWS+ K_BY -> type(CB_KEY);
// the reason word also wrapped or misspelt: "REAS ONS", "rea sons", "R EASONS", "resons", "reaons"
CT_REASON options { caseInsensitive = true; } : ('FOR' HWS+)? REASON_WORD ('S' | HWS* '(S)')? -> type(REASON_KEY);
// an order cited inside the statement ("Robert Deutsch; E.O. 12958, reasons ..."): no part of the name
CT_ORDER         : K_EO HWS* DIGIT+ -> type(EO_KEY);
CT_SECTION       : '1' HWS? '.' HWS? [45] -> type(SECTION_NO);
CT_DECLASSIFY options { caseInsensitive = true; } : ('DECLASSIFY' | 'DECLASSIFIED') HWS+ 'ON' -> type(DECLASSIFY_ON);
CT_DERIVED options { caseInsensitive = true; } : 'DERIVED' HWS+ 'FROM' -> type(DERIVED_FROM);
CT_PREPOSITION options { caseInsensitive = true; } : ('FOR' | 'PER' | 'UNDER' | 'DUE' HWS+ 'TO' | 'WITH' | 'BASED' HWS+ 'UPON' | 'BASED' HWS+ 'ON') -> type(PREPOSITION);
// AND, and its split spellings between category letters ("(B) A ND (D)", "(b) an d (d)")
CT_AND options { caseInsensitive = true; } : 'A' ' '? 'N' ' '? 'D' -> type(AND);
CT_SECTION_WORD options { caseInsensitive = true; } : ('SECTION' | 'SEC') -> type(SECTION_WORD);
CT_CATEGORY      : [a-hA-H] -> type(CAT_LETTER);
// category letters joined by periods without blanks: "1.4 b.d."
CT_CATEGORIES    : [a-hA-H] ('.' [a-hA-H])+ '.'? -> type(CAT_LETTERS);
// words of letters only: "b-d", "b.d" are category letters joined
CT_WORD          : LETTER+ -> type(WORD);
CT_NUMBER        : DIGIT+ -> type(N8);
CT_AMP           : [&+] -> type(AMP);
CT_DASH          : '-' -> type(DASH);
CT_COMMA         : ',' -> type(COMMA);
CT_PERIOD        : '.' -> type(PERIOD);
CT_SEMI          : ';' -> type(SEMI);
CT_COLON         : ':' -> type(COLON);
CT_SLASH         : '/' -> type(SLASH);
CT_LPAREN        : '(' -> type(LPAREN);
CT_RPAREN        : ')' -> type(RPAREN);
CT_BACKSLASH     : '\\'+ -> skip;
CT_WS            : HWS+ -> skip;
CT_NL            : NL -> type(NEWLINE);
CT_OTHER         : . -> type(OTHER);

// ---------------------------------------------------------------- text header: TAGS: PGOV, PREL, KZ, OVIP (CLINTON, HILLARY)
// A code starts and ends with a letter or digit and holds anything but blanks, separators and
// parentheses between (ZANU-PF, U.S., EUN/EC); marks around it (a closing period, the keyword's
// colon, a pilcrow) are debris and skipped. The WikiLeaks forms [PGOV](#) and
// <a href='/tag/PGOV_0.html'>PGOV</a> give their brackets and HTML tags as tokens of their own.
// The caller starts a TAGS line in mode TAGS, which reads the keyword, and tags run into the end
// of an E.O. line in mode TAGS_TEXT.
mode TAGS;

G_KEY options { caseInsensitive = true; } : (K_TAGS | 'AGS') -> type(TAGS_KEY), mode(TAGS_TEXT);
G_PILCROW        : PILCROW -> skip;
G_START_WS       : HWS+ -> skip;
G_START_OTHER    : . -> type(OTHER), mode(TAGS_TEXT);

mode TAGS_TEXT;

G_CODE           : TAG_ALNUM (~[ \t\u00A0\r\n\u2028,;()[\]<]* TAG_ALNUM)? -> type(TAG_CODE);
G_COMMA          : ',' -> type(COMMA);
G_SEMI           : ';' -> type(SEMI);
G_LPAREN         : '(' -> type(LPAREN);
G_RPAREN         : ')' -> type(RPAREN);
G_LINK_OPEN      : '[' -> type(LINK_OPEN);
G_LINK_CLOSE     : ']' ('(' ~[)\r\n\u2028]* ')')? -> type(LINK_CLOSE);
G_HTML           : '<' ~[>\r\n\u2028]* '>' -> type(HTML_TAG);
G_DEBRIS         : ~[ \t\u00A0\r\n\u2028,;()[\]A-Za-z0-9] -> skip;
G_WS             : HWS+ -> skip;
G_NL             : NL -> type(NEWLINE);

fragment TAG_ALNUM : [A-Za-z0-9];
// ---------------------------------------------------------------- paragraph start: ¶4. (C) text, 14. (SBU) text
// Blanks may lead the line; one blank may follow a pilcrow; the number and its period touch.
mode PARA;

PA_WS            : HWS+ -> skip;
PA_PILCROW       : PILCROW HWS? -> type(PILCROW_MARK), mode(PARA_NUMBER_MODE);
// a number led by the digit 1 may be a pilcrow mangled into it (14. for ¶4.): written first, it wins the tie
PA_ONE_LED       : '1' DIGIT DIGIT? -> type(ONE_LED_NUMBER), mode(PARA_PERIOD);
PA_NUMBER        : PARA_NUMBER -> type(PARA_DIGITS), mode(PARA_PERIOD);
PA_OTHER         : . -> type(OTHER), mode(PARA_REST);

mode PARA_NUMBER_MODE;

PN_ONE_LED       : '1' DIGIT DIGIT? -> type(ONE_LED_NUMBER), mode(PARA_PERIOD);
PN_NUMBER        : PARA_NUMBER -> type(PARA_DIGITS), mode(PARA_PERIOD);
PN_OTHER         : . -> type(OTHER), mode(PARA_REST);

mode PARA_PERIOD;

PP_PERIOD        : '.' -> type(PERIOD), mode(PORTION);
PP_OTHER         : . -> type(OTHER), mode(PARA_REST);

// after the period, or where a text may open with a portion marking: the marking or the text
mode PORTION;

PO_WS            : HWS+ -> skip;
PO_OPEN          : '(' -> type(LPAREN), mode(MARKING);
PO_TEXT          : ~[( \t\u00A0\r\n\u2028] ~[\r\n\u2028]* -> type(PARA_TEXT);
PO_NL            : NL -> type(NEWLINE);

// the words of a portion marking, up to its closing parenthesis
mode MARKING;

MK_WS            : HWS+ -> skip;
MK_LEVEL_LETTER  : PORTION_LEVEL_LETTER -> type(MARK_LEVEL_LETTER);
MK_LEVEL_ABBR    : PORTION_LEVEL_ABBREVIATED -> type(MARK_LEVEL_ABBREVIATED);
MK_LEVEL_SPELLED : PORTION_LEVEL_SPELLED -> type(MARK_LEVEL_SPELLED);
MK_FOUO          : PORTION_FOUO -> type(MARK_FOUO);
MK_REL           : PORTION_REL -> type(MARK_REL);
MK_CAVEAT        : PORTION_CAVEAT -> type(MARK_CAVEAT);
// a country code after REL, or a word that makes the parentheses no marking ("(Afghanistan)")
MK_WORD          : [A-Za-z] [A-Za-z]+ -> type(MARK_WORD);
MK_SEPARATOR     : [/,\-] -> type(MARK_SEPARATOR);
MK_CLOSE         : ')' -> type(RPAREN), mode(PARA_REST);
MK_OTHER         : . -> type(OTHER), mode(PARA_REST);

// the text of a paragraph: one token to the end of the line
mode PARA_REST;

PR_TEXT          : ~[\r\n\u2028]+ -> type(PARA_TEXT);
PR_NL            : NL -> type(NEWLINE);

// ---------------------------------------------------------------- SMART section line: ASTANA 00002256 002.2 OF 002
mode SECTION_LINE;

SL_WS            : HWS+ -> skip;
// OF before the origin words: a tie goes to the rule written first
SL_OF            : K_OF -> type(OF);
SL_ORIGIN        : SECTION_ORIGIN -> type(SECTION_ORIGIN_WORDS);
SL_SERIAL        : SECTION_SERIAL -> type(SECTION_SERIAL_DIGITS);
SL_COUNTER       : SECTION_COUNTER -> type(SECTION_COUNTER_DIGITS);
SL_SUFFIX        : SECTION_SUFFIX -> type(SECTION_SUFFIX_DIGITS);
SL_BACKSLASH     : '\\'+ -> skip;
SL_OTHER         : . -> type(OTHER), mode(LINE_REST);

// ---------------------------------------------------------------- the ending: BT, #2256, NNNN, << END OF DOCUMENT >>, *** footers
mode TRAILER;

TR_WS            : HWS+ -> skip;
TR_BT            : K_BT -> type(BT_MARK), mode(LINE_REST);
TR_HASH          : '#' -> type(HASH), mode(TRAILER_SERIAL);
TR_END           : END_OF_MESSAGE -> type(END_OF_MESSAGE_MARK), mode(LINE_REST);
TR_END_DOCUMENT  : END_OF_DOCUMENT -> type(END_OF_DOCUMENT_MARK), mode(LINE_REST);
TR_STARS         : FOOTER_STARS -> type(FOOTER_MARK), mode(LINE_REST);
TR_OTHER         : . -> type(OTHER), mode(LINE_REST);

mode TRAILER_SERIAL;

TS_DIGITS        : DIGIT+ -> type(TRAILER_SERIAL_DIGITS), mode(LINE_REST);
TS_OTHER         : . -> type(OTHER), mode(LINE_REST);

// ---------------------------------------------------------------- text header: REF: A. STATE 12345 B. 08 MEXICO CITY 1201 AND 1187 (NOTAL)
// The whole block (the REF line and its continuation lines, joined) in one mode: the keyword
// (also inside the block, "REF B SECSTATE 76108"), item bullets (A. A) ¶B. (C) (1)), the handling
// annotations and AND PREVIOUS, the words that name other kinds of documents, the words that
// never name a station (months, PARA, DATED ...), numbers by their count of digits, dates, and
// words. A bullet is a token wherever it stands ("JOHN E. SMITH"): whether it opens an item is
// the visitor's to say, by the order of the letters. Line ends are blanks here.
mode REF;

RF_WS            : [ \t\u00A0\r\n\u2028]+ -> channel(HIDDEN);
RF_BACKSLASH     : '\\'+ -> skip;
RF_KEY options { caseInsensitive = true; } : K_REF -> type(REF_KEY);
RF_LETTER_BULLET : (PILCROW HWS?)? [A-Za-z] [.)] -> type(LETTER_BULLET);
RF_PAREN_BULLET  : (PILCROW HWS?)? '(' [A-Za-z] HWS? ')' -> type(PAREN_BULLET);
RF_NUMBER_BULLET : (PILCROW HWS?)? '(' DIGIT DIGIT? ')' -> type(NUMBER_BULLET);
// a letter with its bullet's punctuation but punctuation after it is text: the categories of a
// Classified By line run in ("1.4 (b), (d)."), a list cut short ("C....")
RF_LETTER_IN_TEXT: ('(' [A-Za-z] HWS? ')' | [A-Za-z] [.)]) [.,;:] -> type(OTHER);
// the code of the United States (U.S.C.), before the abbreviations it ties with
RF_USC options { caseInsensitive = true; } : ('U.S.C.' | 'U.S.C' | 'USC') -> type(KIND_DOCUMENT);
// a web address is one token, whatever it holds
RF_URL options { caseInsensitive = true; } : ('HTTP' 'S'? '://' | 'WWW.') ~[ \t\u00A0\r\n\u2028]+ -> type(KIND_WEB);
// letters each closed by a period (a.i., U.S., E.O.) and a number with its subsections
// (38(B)(1)(A), 4(b)) hold no bullet
RF_ABBREVIATION  : [A-Za-z] '.' ([A-Za-z] '.')+ -> type(OTHER);
RF_SUBSECTION    : DIGIT+ ('(' [A-Za-z0-9]+ ')')+ -> type(OTHER);
RF_PILCROW       : PILCROW -> skip;
// (NOTAL): the cited message did not go to all addressees of this one; (EXDIS), (NODIS) ...
RF_HANDLING      : '(' HWS* CAPTION_NAME HWS* ')' -> type(HANDLING_MARK);
RF_AND_PREVIOUS options { caseInsensitive = true; } : 'AND' HWS+ 'PREVIOUS' -> type(AND_PREVIOUS);
RF_AND options { caseInsensitive = true; } : 'AND' -> type(AND);
RF_OF options { caseInsensitive = true; } : K_OF -> type(OF);
RF_THE options { caseInsensitive = true; } : 'THE' -> type(THE);
// the kinds of documents other than cables, before WORD: a tie goes to the rule written first (E-MAIL)
RF_EMAIL options { caseInsensitive = true; } : 'E' '-'? 'MAIL' 'S'? -> type(KIND_EMAIL);
RF_TELCON options { caseInsensitive = true; }
    : ('TELCON' 'S'? | 'TELECON' | 'TELEPHONE' | 'PHONE' HWS+ 'CALL' | 'PHONECALL') -> type(KIND_TELCON);
RF_MEMO options { caseInsensitive = true; }
    : ('MEMO' | 'MEMORANDUM' | 'MEMCON' | 'NON-PAPER' | 'NONPAPER') -> type(KIND_MEMO);
RF_LETTER options { caseInsensitive = true; }
    : ('LETTER' 'S'? | 'DIPLOMATIC' HWS+ 'NOTE' | 'DIP' HWS+ 'NOTE' | 'DIPNOTE' | 'NOTE' HWS+ 'VERBALE') -> type(KIND_LETTER);
RF_REPORT options { caseInsensitive = true; }
    : ('REPORT' | 'AIRGRAM' | 'FAX' | 'STUDY' | 'IIR' | 'OI') -> type(KIND_REPORT);
// manuals, regulations, laws and treaties: 9 FAM 40.63, 22 CFR 41, a resolution
RF_DOCUMENT options { caseInsensitive = true; }
    : ('FAM' | 'FAH' | 'CFR' | 'TREATY' | 'MANUAL' | 'REGULATION' 'S'? | 'STATUTE' | 'RESOLUTION' | 'UNSCR')
      -> type(KIND_DOCUMENT);
RF_WEB options { caseInsensitive = true; }
    : ('WEBSITE' | 'WEB' HWS+ ('SITE' | 'PAGE') | 'WEBPAGE' | 'INTERNET') -> type(KIND_WEB);
RF_MEETING options { caseInsensitive = true; }
    : ('MEETING' 'S'? | 'CONVERSATION' | 'DISCUSSION' | 'VISIT' | 'CALL') -> type(KIND_MEETING);
RF_MONTH options { caseInsensitive = true; }
    : ('JAN' 'UARY'? | 'FEB' 'RUARY'? | 'MAR' 'CH'? | 'APR' 'IL'? | 'MAY' | 'JUN' 'E'? | 'JUL' 'Y'? | 'AUG' 'UST'?
      | 'SEP' 'T'? | 'SEPTEMBER' | 'OCT' 'OBER'? | 'NOV' 'EMBER'? | 'DEC' 'EMBER'?) -> type(MONTH_NAME);
// words that start no station's name: "PARA 3 OF STATE 1234", "DATED 12 MAY", "ATTACHMENT 1"
RF_NOT_STATION options { caseInsensitive = true; }
    : ('DATED' | 'ON' | 'TO' | 'IN' | 'AN' | 'NO' | 'NUMBER' | 'PARA' | 'PARAS' | 'PARAGRAPH' | 'SECTION' | 'PAGE'
      | 'PAGES' | 'CHAPTER' | 'ARTICLE' | 'EO' | 'TAGS' | 'ATTACHMENT' 'S'? | 'ENCLOSURE' 'S'? | 'ANNEX' | 'APPENDIX'
      | 'EXHIBIT' | 'TAB' | 'ITEM' | 'VOLUME' | 'VOL') -> type(NOT_STATION);
// a capital alone can be a bullet after the keyword (REF B); an article or initial in lower case is none
RF_SINGLE_LETTER : [A-Z] -> type(SINGLE_LETTER);
RF_SINGLE_LOWER  : [a-z] -> type(NOT_STATION);
// letters with inner apostrophes and dashes (N'DJAMENA, PORT-AU-PRINCE), and a code of letters and
// digits joined by dashes (TS-323-08A, IMSWM-0028-2010), which is no station and serial; a period
// ends a word, so that a bullet glued to it is read (A.BOGOTA)
RF_WORD          : LETTER+ (['&] LETTER+)* ('-' [\p{L}0-9]+)* -> type(WORD);
// a word with a digit typed for a letter between letters (BOG0TA, L1MA): a word, which may be a
// station; two letters after the digit, so that a serial glued to a bullet (DHAKA1B.) stays apart
RF_WORD_TYPO     : LETTER+ ([0158] LETTER LETTER+)+ -> type(WORD);
// a serial with the year after a slash (1234/09), before a date of the same length
RF_SERIAL_YEAR   : DIGIT DIGIT DIGIT (DIGIT (DIGIT (DIGIT DIGIT?)?)?)? '/' DIGIT DIGIT -> type(SERIAL_YEAR);
RF_DATE          : (DIGIT+ ('/' HWS? DIGIT+)+ | DIGIT+ ':' DIGIT+) -> type(REF_DATE);
RF_DIGITS_2      : DIGIT DIGIT -> type(DIGITS_2);
RF_DIGITS_4      : DIGIT DIGIT DIGIT DIGIT -> type(DIGITS_4);
RF_SERIAL        : (DIGIT | DIGIT DIGIT DIGIT | DIGIT DIGIT DIGIT DIGIT DIGIT (DIGIT DIGIT?)?) -> type(SERIAL_DIGITS);
RF_LONG_NUMBER   : DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT* -> type(N8);
RF_COLON         : ':' -> type(COLON);
RF_SEMI          : ';' -> type(SEMI);
RF_COMMA         : ',' -> type(COMMA);
RF_PERIOD        : '.' -> type(PERIOD);
RF_DASH          : '-' -> type(DASH);
RF_OTHER         : . -> type(OTHER);

// ---------------------------------------------------------------- text header: passing lines, STATE FOR SCA/CEN, DRL; PASS TO USTR
// The words that route a cable on inside the receiving post or the Department: FOR, ALSO (FOR),
// PASS (TO), and DEPT or STATE at the start of the line; every other word is one token.
mode PASSING;

PS_WS            : HWS+ -> channel(HIDDEN);
PS_FOR options { caseInsensitive = true; } : 'FOR' -> type(PASSING_FOR);
PS_ALSO options { caseInsensitive = true; } : 'ALSO' -> type(PASSING_ALSO);
PS_STATE options { caseInsensitive = true; } : 'STATE' -> type(PASSING_STATE);
// PASS, PASSING, DEPT, DEPT. and DEPT/EUR: a word that starts so (a tie goes to the rule written first)
PS_PASS options { caseInsensitive = true; } : 'PASS' PASSING_WORD_CHAR* -> type(PASSING_PASS);
PS_DEPT options { caseInsensitive = true; } : 'DEPT' PASSING_WORD_CHAR* -> type(PASSING_DEPT);
PS_WORD          : PASSING_WORD_CHAR+ -> type(OTHER);
PS_NL            : NL -> type(NEWLINE);

fragment PASSING_WORD_CHAR : ~[ \t\u00A0\r\n\u2028];

// ---------------------------------------------------------------- a header line holding several elements (lost newlines)
// E.O. 12958: DECL: 01/01/2018 TAGS: PREL, PGOV SUBJECT: TALKS REF: STATE 1234, in any case. The
// keywords that open an element are tokens of their own (Vocabulary: OPEN_*); the rest is free
// text in runs that stop before any character a keyword starts with, so that a keyword glued to
// the word before it is still found, and each run is decided on its own: nothing here needs to
// see the end of the line. A keyword alone (REF, TAGS, SUBJECT) is a token too: written twice
// (REFREF: A. STATE 19631) it is damage the parser tells.
mode COLLAPSED;

RUN_IN_EO             : OPEN_EO;
RUN_IN_TAGS           : OPEN_TAGS;
RUN_IN_SUBJECT        : OPEN_SUBJECT;
RUN_IN_REF            : OPEN_REF;
RUN_IN_CLASSIFIED_BY  : OPEN_CLASSIFIED_BY;
RUN_IN_KEYWORD        : 'REF' | 'TAGS' | 'SUBJECT';
RUN_IN_TEXT           : ~[ETSRC\u00B6 \t\u00A0\r\n\u2028\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]+;
RUN_IN_INITIAL        : KEYWORD_INITIAL;
RUN_IN_DEBRIS         : DEBRIS+;
CO_WS                 : HWS+ -> channel(HIDDEN);
CO_NL                 : NL -> type(NEWLINE);

// ---------------------------------------------------------------- a text line holding several body elements (lost newlines)
// ... offers MOSCOW 00003335 002 OF 004 Medvedev ..., ... END SUMMARY. ¶2. (C) ..., a header
// element's text run into the body (... REASON: 1.4 (b), (d) 1. (C) Summary: ...), a subject
// whose end holds a handling caption (... AFTERMATH Sensitive but Unclassified. Please handle
// accordingly.). The tokens are the places where an element may start: the tail of a SMART
// section line (serial, section, OF, total; the origin words before it are the capitals read as
// words), a paragraph number with its period (and pilcrow), a parenthesised mark in capitals, a
// handling caption that ends the text; every other token is text. A tail or a caption glued to
// what follows is text too (the longer match wins).
mode RUN_TOGETHER;

RT_WS            : HWS+ -> channel(HIDDEN);
RT_NL            : NL -> type(NEWLINE);
RT_SECTION_TAIL  : RUN_TAIL -> type(RUN_SECTION_TAIL);
RT_TAIL_GLUED    : RUN_TAIL ~[ \t\u00A0\r\n\u2028]+ -> type(WORD);
// ¶2., 2., 12 .: one to three digits; a number with a decimal part (1.4, 14.5) is none
RT_PARA_NUMBER   : (PILCROW ' '?)? PARA_NUMBER ' '? '.' -> type(RUN_PARA_NUMBER);
RT_DECIMAL       : DIGIT+ '.' DIGIT+ -> type(N8);
RT_NUMBER        : DIGIT+ -> type(N8);
// (C), (S/NF), (SBU): what it means is the visitor's to say (a marking, or a reason letter)
RT_MARK          : '(' RUN_MARK_TEXT ')' -> type(RUN_MARK);
RT_LPAREN        : '(' -> type(LPAREN);
RT_COMMA         : ',' -> type(COMMA);
RT_AMP           : '&' -> type(AMP);
RT_AND_OR options { caseInsensitive = true; } : ('AND' | 'OR') -> type(RUN_AND_OR);
// the handling caption of a subject, only where it ends the text; ENTIRE TEXT SENSITIVE BUT
// UNCLASSIFIED is a caption phrase of its own, no handling caption run in
RT_CAPTION options { caseInsensitive = true; }
    : HANDLING_CAPTION (HWS* '/' HWS* 'NOFORN')?
      ([ \t.,;:\-]+ 'PLEASE' HWS+ ('HANDLE' | 'PROTECT' | 'TREAT') HWS+ 'ACCORDINGLY')? [ \t.,;]* EOF
      -> type(RUN_HANDLING_CAPTION);
RT_TEXT_CAPTION options { caseInsensitive = true; } : 'TEXT' HWS+ HANDLING_CAPTION -> type(WORD);
RT_CAPS          : UPPER UPPER+ -> type(RUN_CAPS);
RT_CAPITAL       : UPPER -> type(RUN_CAPITAL);
RT_CAPITALISED   : [\p{Lu}] LETTER+ -> type(RUN_CAPITALISED);
RT_WORD          : LETTER+ -> type(WORD);
RT_DEBRIS        : DEBRIS+ -> type(RUN_IN_DEBRIS);
RT_OTHER         : . -> type(OTHER);

fragment RUN_TAIL : SECTION_SERIAL HWS HWS? SECTION_COUNTER SECTION_SUFFIX? HWS [Oo] [Ff] HWS SECTION_COUNTER;
fragment HANDLING_CAPTION options { caseInsensitive = true; } : 'SENSITIVE' HWS+ 'BUT' HWS+ 'UNCLASSIFIED';
// at most thirteen capitals, slashes, commas, dashes and blanks: a marking is short
fragment RUN_MARK_TEXT : RM (RM (RM (RM (RM (RM (RM (RM (RM (RM (RM (RM RM?)?)?)?)?)?)?)?)?)?)?)?;
fragment RM : [A-Z/ ,\-];

// ---------------------------------------------------------------- the reasons of a Classified By element, and body text run in after them
// ... for reasons 1.4 (b) and (d). (C) On June 12 ..., ... 1.4 (b), (d) ------- Summary -------:
// the element's text (its lines joined) is read in mode REASONS_LEAD up to the first section
// number of its reasons, then in mode REASONS, where the reasons' parts are tokens of their own
// (section numbers, category letters alone or in parentheses, and, or, exemptions X1 and 25X1,
// separators) and so are the openers of body text (a portion marking, dashes, a summary word, a
// numbered marked paragraph, a salutation, a capitalised word). A reader that has read part of
// the text goes on in mode REASONS from where it stopped.
mode REASONS_LEAD;

RL_WS            : HWS+ -> channel(HIDDEN);
RL_NL            : NL -> channel(HIDDEN);
RL_SECTION       : REASON_SECTION_NUMBER -> type(SECTION_NO), mode(REASONS);
// a number with more digits (1.45, 11.4, 1. 45) or after a period (.1.4) is no section number
RL_SECTION_LONG  : REASON_SECTION_NUMBER DIGIT+ -> type(N8);
RL_NUMBER        : DIGIT+ ('.' DIGIT+)? -> type(N8);
RL_DOTTED        : '.' DIGIT+ ('.' DIGIT+)* -> type(OTHER);
RL_DEBRIS        : DEBRIS+ -> type(RUN_IN_DEBRIS);
RL_WORD          : ~[ \t\u00A0\r\n\u2028.0-9\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]+ -> type(WORD);
RL_OTHER         : . -> type(OTHER);

mode REASONS;

RS_WS            : HWS+ -> channel(HIDDEN);
RS_NL            : NL -> type(NEWLINE);
RS_SECTION       : REASON_SECTION_NUMBER -> type(SECTION_NO);
RS_SECTION_LONG  : REASON_SECTION_NUMBER DIGIT+ -> type(N8);
// The openers of body text, each one token: what follows the opener's mark is part of it up to
// the first letter of the next word (the reading ends there). ------- Summary, -- (C) During ...
RS_OPENS_DASHED  : '--' '-'* GAP* ('(' [A-Z/] [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? ')' | UPPER)
                   -> type(OPENS_DASHED);
// 1. (C) The minister ...: a first paragraph, numbered and marked
RS_OPENS_NUMBERED: '1' GAP? [.,] GAP* '(' [A-Z/] [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? [A-Z/]? ')' GAP+ UPPER
                   -> type(OPENS_NUMBERED);
// Summary:, Overview and Comment -, Introduction (C) ..., SUMMARY at the end of the text
RS_OPENS_SUMMARY : SUMMARY_WORD (GAP+ [Aa] [Nn] [Dd] GAP+ [A-Za-z]+)? GAP* ([.:\-] | EOF | GAP+ [A-Z(]) -> type(OPENS_SUMMARY);
// Mr. President:, Madam Secretary:: the salutation of a letter or scenesetter
RS_OPENS_SALUTATION
    : ('Mr' | 'Mrs' | 'Ms' | 'Madam' | 'Madame' | 'Dear') '.'? (GAP+ UPPER [A-Za-z.]*) (GAP+ UPPER [A-Za-z.]*)?
      (GAP+ UPPER [A-Za-z.]*)? (GAP+ UPPER [A-Za-z.]*)? GAP* ':' -> type(OPENS_SALUTATION);
RS_ONE           : '1' HWS? [.,] -> type(REASON_ONE);
RS_NUMBER        : DIGIT+ -> type(N8);
RS_EXEMPTION     : ('X' [1-8] | '25X' DIGIT) -> type(REASON_EXEMPTION);
RS_EXEMPTION_LONG: 'X' [1-8] DIGIT+ -> type(WORD);
// (C): a category letter or a portion marking, as what is around it says
RS_LETTER_MARK   : '(' HWS* 'C' HWS* ')' -> type(REASON_LETTER_MARK);
// category letters in parentheses: (b), ( d), (B, D), (b&d), (b. and d.), (b-d)
RS_GROUP         : '(' GAP* REASON_LETTER GAP* '.'? (GAP* ([,/&+\-] | REASON_AND_OR)? GAP* REASON_LETTER GAP* '.'?)* GAP* ')'
                   -> type(REASON_GROUP);
RS_MARK          : '(' RUN_MARK_TEXT ')' -> type(RUN_MARK);
RS_LPAREN        : '(' -> type(LPAREN);
// and, or, and their spellings with a blank or line break inside (a nd, o r)
RS_AND options { caseInsensitive = true; } : ('A' GAP? GAP? 'ND' | 'O' GAP? GAP? 'R') -> type(REASON_AND);
RS_EO            : [Ee] '.' HWS? [Oo] '.' -> type(EO_KEY);
RS_CAPITAL_LETTER: [A-H] -> type(REASON_CAPITAL_LETTER);
RS_LETTER        : [a-h] -> type(CAT_LETTER);
RS_CAPS          : UPPER UPPER+ -> type(RUN_CAPS);
RS_CAPITAL       : UPPER -> type(RUN_CAPITAL);
RS_CAPITALISED   : [\p{Lu}] LETTER+ -> type(RUN_CAPITALISED);
RS_WORD          : LETTER+ -> type(WORD);
RS_PERIOD        : '.' -> type(PERIOD);
RS_COLON         : ':' -> type(COLON);
RS_DASHES        : '--' '-'* -> type(REASON_DASHES);
RS_COMMA         : ',' -> type(COMMA);
RS_AMP           : '&' -> type(AMP);
RS_DASH          : '-' -> type(DASH);
RS_SEPARATOR     : [;+/] -> type(REASON_SEPARATOR);
RS_DEBRIS        : DEBRIS+ -> type(RUN_IN_DEBRIS);
RS_OTHER         : . -> type(OTHER);

// 1.4, 1. 5, 1 .6: the sections of E.O. 12958 and 13526 that give reasons
fragment REASON_SECTION_NUMBER : '1' HWS? '.' HWS? [4-6];
fragment REASON_LETTER : [a-hA-H];
// inside a group of letters and inside AND a line may end: "(\nb)", "A\nND"
fragment GAP : [ \t\u00A0\r\n\u2028];
fragment REASON_AND_OR options { caseInsensitive = true; } : 'AND' | 'OR';
fragment SUMMARY_WORD options { caseInsensitive = true; } : 'SUMMARY' | 'OVERVIEW' | 'INTRODUCTION';

// ---------------------------------------------------------------- the rest of a line, word by word
mode LINE_REST;

LR_WORD          : ~[ \t\u00A0\r\n\u2028\\]+ -> type(OTHER);
LR_BACKSLASH     : '\\'+ -> skip;
LR_WS            : HWS+ -> skip;
LR_NL            : NL -> type(NEWLINE);

fragment LETTER  : [\p{L}];
