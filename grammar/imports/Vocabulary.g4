/*
 * The vocabulary of the telegram format, shared by the line lexer (TelegramLexer) and the
 * field lexer (FieldLexer): class words in their spaced and damaged forms, caption words,
 * header keywords, months, precedences, routing indicators, office codes. Each shape is
 * written once, here; Java code reads the tokens these fragments make and never restates them.
 */
lexer grammar Vocabulary;

fragment DTG         : DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT HWS? [Zz] HWS* MONTH HWS* DIGIT DIGIT (DIGIT DIGIT)?;
fragment OFFICE_CODE : UPPER (UPPER | DIGIT | '/')* '-' DIGIT DIGIT;
fragment COPY_COUNT  : '/' DIGIT DIGIT DIGIT HWS* [WR];
// A cables.csv field boundary left in front of the text ("," before the classification line).
fragment CSV_REMNANT : '"' ',' '"' | '"' ;

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

fragment PREC2       : 'ZZ' | 'OO' | 'PP' | 'RR' | 'YY';
fragment PRECEDENCE  : [ZOPRY] | 'FLASH' | 'NIACT' HWS+ 'IMMEDIATE' | 'IMMEDIATE' | 'PRIORITY' | 'ROUTINE';
fragment RI          : 'R' UPPER UPPER UPPER UPPER*;
// a routing indicator as a field: R and three to seven more letters (RUEHC, RHMFIUU)
fragment RI_WORD     : 'R' UPPER UPPER UPPER (UPPER (UPPER (UPPER (UPPER)?)?)?)?;

fragment CLASS_WORD
    : K_UNCLAS (HWS+ EFTO)?
    | K_LOU
    | K_CONFIDENTIAL
    | K_SECRET
    | K_TOP HWS+ K_SECRET
    ;
fragment EFTO        : 'E' ' '? 'F' ' '? 'T' ' '? 'O';

fragment CAPTION_WORD
    : CAPTION_NAME | 'NOFORN/REL' | K_REL_TO (HWS+ UPPER+)+
    ;
// a caption word or phrase on its own; REL TO, which takes country codes, is apart
fragment CAPTION_NAME
    : K_SIPDIS | K_NOFORN | K_SENSITIVE | K_EXDIS | K_NODIS | K_LIMDIS | K_STADIS | K_FGI
    | K_ROGER | K_DISSENT | K_OFFICIAL_INFORMAL | K_SPECAT | K_EXCLUSIVE | K_CHEROKEE
    | K_COUNTRY_TEAM | K_NOTAL
    ;

fragment MONTH options { caseInsensitive = true; }
    : 'JAN' | 'FEB' | 'MAR' | 'APR' | 'MAY' | 'JUN' | 'JUL' | 'AUG' | 'SEP' | 'OCT' | 'NOV' | 'DEC';
fragment WEEKDAY options { caseInsensitive = true; }
    : 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

// Letter-spaced class words (C O N F I D E N T I A L) and the damaged forms of the
// corpus (SS E C R E T, CO N F..., ONFIDENTIAL) all allow one blank between letters
// and a doubled or dropped first letter; the builder reads the collapsed word.
fragment K_UNCLAS options { caseInsensitive = true; }
    : ('U' SP1)? 'U' SP1 'N' SP1 'C' SP1 'L' SP1 'A' SP1 'S' (SP1 'S' SP1 'I' SP1 'F' SP1 'I' SP1 'E' SP1 'D')?;
fragment K_LOU options { caseInsensitive = true; }
    : 'LIMITED' HWS+ 'OFFICIAL' HWS+ 'USE';
fragment K_CONFIDENTIAL options { caseInsensitive = true; }
    : ('C' SP1)? ('C' SP1)? 'O' SP1 'N' SP1 'F' SP1 'I' SP1 'D' SP1 'E' SP1 'N' SP1 'T' SP1 'I' SP1 'A' SP1 'L';
fragment K_SECRET options { caseInsensitive = true; }
    : ('S' SP1)? ('S' SP1)? 'E' SP1 'C' SP1 'R' SP1 'E' SP1 'T';
fragment K_TOP options { caseInsensitive = true; }
    : 'T' SP1 'O' SP1 'P';

fragment K_SECTION options { caseInsensitive = true; } : 'S'? 'E'? 'C'? 'TION';
fragment K_OF options { caseInsensitive = true; } : 'OF' | 'GF';
fragment K_PARTIAL options { caseInsensitive = true; } : 'This record is a partial extract';
fragment K_CABLE_DATED options { caseInsensitive = true; } : 'Cable dated:';
fragment K_SIPDIS options { caseInsensitive = true; } : 'SIPDIS';
fragment K_NOFORN options { caseInsensitive = true; } : 'NOFORN';
fragment K_SENSITIVE options { caseInsensitive = true; } : 'SENSITIVE';
fragment K_EXDIS options { caseInsensitive = true; } : 'EXDIS';
fragment K_NODIS options { caseInsensitive = true; } : 'NODIS';
fragment K_LIMDIS options { caseInsensitive = true; } : 'LIMDIS';
fragment K_STADIS options { caseInsensitive = true; } : 'STADIS';
fragment K_ROGER options { caseInsensitive = true; } : 'ROGER CHANNEL';
fragment K_DISSENT options { caseInsensitive = true; } : 'DISSENT CHANNEL';
fragment K_OFFICIAL_INFORMAL options { caseInsensitive = true; } : 'OFFICIAL INFORMAL';
fragment K_SBU options { caseInsensitive = true; } : 'SENSITIVE BUT UNCLASSIFIED';
fragment K_CORRECTED options { caseInsensitive = true; }
    : 'C O R R E C T E D' (HWS+ ('C O P Y' | 'COPY'))? | 'CORRECTED COPY' | 'CORRECTED CAPTION';
fragment K_EO options { caseInsensitive = true; }
    : 'E' HWS? '.' HWS? [O0] HWS? '.'? | 'EO' ;
// the words a declassification instruction starts with (DECL: 11/14/2018, DNG: CO 01/26/2021,
// GDS, RDS-3 8/12/85, XDS-1, ADS, DECLASSIFY ON 2018)
fragment K_DECL_WORD options { caseInsensitive = true; }
    : 'DECL' | 'DNG' | 'GDS' | 'RDS' | 'XDS' | 'ADS' | 'DECLASSIFY' HWS+ 'ON';
fragment K_NOT_APPLICABLE options { caseInsensitive = true; } : 'N' HWS* '/' HWS* 'A';
fragment K_TAGS options { caseInsensitive = true; } : 'TAGS' | 'TAG' | 'TAGE' | 'TGS';
fragment K_SUBJECT options { caseInsensitive = true; } : 'SUBJECT' | 'SUBJ' | 'UBJECT';
fragment K_REF options { caseInsensitive = true; }
    : 'REF' | 'REFS' | 'REF(S)' | 'REFTEL' | 'REFTELS' | 'REFERENCE' | 'REFERENCES' | 'REFERENCE(S)';
fragment K_CLASSIFIED options { caseInsensitive = true; } : 'CLASSIFIED';
fragment K_BY options { caseInsensitive = true; } : 'BY';
fragment K_END_OF_DOCUMENT options { caseInsensitive = true; } : 'END OF DOCUMENT';

fragment K_FGI options { caseInsensitive = true; } : 'FGI';
fragment K_SPECAT options { caseInsensitive = true; } : 'SPECAT' (HWS+ 'EXCLUSIVE')?;
fragment K_EXCLUSIVE options { caseInsensitive = true; } : 'EXCLUSIVE';
fragment K_CHEROKEE options { caseInsensitive = true; } : 'CHEROKEE';
fragment K_COUNTRY_TEAM options { caseInsensitive = true; } : 'COUNTRY TEAM MESSAGE';
fragment K_NOTAL options { caseInsensitive = true; } : 'NOTAL';
fragment K_FOUO options { caseInsensitive = true; } : 'FOR' HWS+ 'OFFICIAL' HWS+ 'USE' HWS+ 'ONLY';
fragment K_REL_TO options { caseInsensitive = true; } : 'REL' HWS+ 'TO';

// ---------------------------------------------------------------------------
// Header keywords that open an element inside a line (lost newlines)
// ---------------------------------------------------------------------------

// At the start of a line the line grammar knows a header keyword by its place; inside a line
// (E.O. 12958: DECL: 01/01/2018 TAGS: PREL SUBJECT: TALKS REF: STATE 1234) a keyword opens an
// element only with the mark that follows it, so that words of running text (REFORM, SUBJECTS,
// "the subject of", E.O. 12958 after a reason) open none: the colon, or for E.O. the order's
// number and a colon or a declassification word. Any case: "Tags: prel", "e.o. 12958: decl:".
// A pilcrow the publisher put before a keyword belongs to it.
fragment OPEN_EO options { caseInsensitive = true; }
    : (PILCROW HWS?)? K_EO HWS? DIGIT DIGIT DIGIT DIGIT DIGIT (HWS* ':' | HWS+ ('DECL' | K_NOT_APPLICABLE));
fragment OPEN_TAGS options { caseInsensitive = true; } : (PILCROW HWS?)? 'TAGS:';
fragment OPEN_SUBJECT options { caseInsensitive = true; } : (PILCROW HWS?)? ('SUBJECT' | 'SUBJ') ':';
// REF in capitals or with a capital only: in small letters it is a word of running text
// ("questions posed in reftel:", "see ref:")
fragment OPEN_REF
    : (PILCROW HWS?)? ('REF' | 'Ref') ('S' | 's' | '(S)' | '(s)' | 'TEL' | 'tel' | 'TELS' | 'tels')? ':';
// Classified By as a whole word (what follows BY is no letter or digit), with the portion
// marking before it ("(U) Classified by ...") and the keyword written again after it
// ("Classified By: Classified by Political Counselor ...")
fragment OPEN_CLASSIFIED_BY options { caseInsensitive = true; }
    : (PILCROW HWS?)? (OPEN_MARKING HWS*)? K_CLASSIFIED HWS+ K_BY (HWS* ':'? HWS* K_CLASSIFIED HWS+ K_BY)?
      (~[A-Z0-9_] | EOF);
// a portion marking before Classified By: a level, then caveats after slashes ((U), (C/NF), (SBU))
fragment OPEN_MARKING options { caseInsensitive = true; }
    : '(' (PORTION_LEVEL_LETTER | PORTION_LEVEL_ABBREVIATED) ('/'+ [A-Z]+)* ')';
// the capitals a keyword starts with: free text is read in runs that stop before each of them,
// so that a keyword glued to the word before it (SIPDISE.O. 12958, IRANREF:, BAHRAINClassified
// By) still opens its element; a keyword in small letters opens one only where a word starts
// ("tags: prel", not "reclassified by")
fragment KEYWORD_INITIAL : [ETSRC] | PILCROW;
// characters no text holds: control characters and the replacement of a byte that was not UTF-8
fragment DEBRIS : [\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD];

// ---------------------------------------------------------------------------
// Body lines
// ---------------------------------------------------------------------------

// a paragraph number: one to three digits ("14." may be a pilcrow mangled into the digit 1)
fragment PARA_NUMBER : DIGIT (DIGIT DIGIT?)?;
// SMART section line (ASTANA 00002256 002.2 OF 002): origin words, serial padded to eight
// digits, number with an optional suffix, total
fragment SECTION_ORIGIN  : UPPER+ (HWS UPPER+)*;
fragment SECTION_SERIAL  : DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT;
fragment SECTION_COUNTER : DIGIT DIGIT DIGIT;
fragment SECTION_SUFFIX  : '.' DIGIT+;
// the ending: end of message (NNNN, NNN, NNNNMAFVVZCZ), end of a document's text, NARA footers
fragment K_BT            : 'BT';
fragment END_OF_MESSAGE  : K_NNNN | 'NNN' | 'N'+ 'MAFVVZCZ';
// the end of message in any case: a retyped copy writes Nnnn
fragment K_NNNN options { caseInsensitive = true; } : 'NNNN';
// "<< END OF DOCUMENT >>", and a publisher's "=====CABLE ENDS=====" after the signer
fragment END_OF_DOCUMENT : '<<' HWS* K_END_OF_DOCUMENT | '='+ HWS* K_CABLE_ENDS;
fragment K_CABLE_ENDS options { caseInsensitive = true; } : 'CABLE' HWS+ 'ENDS';
fragment FOOTER_STARS    : '***';

// Portion markings, the words between the parentheses of (C), (S//NF), (C-REL TO USA, GBR):
// a level, abbreviated or spelled out, then caveats
fragment PORTION_LEVEL_LETTER options { caseInsensitive = true; } : [CSU];
fragment PORTION_LEVEL_ABBREVIATED options { caseInsensitive = true; } : 'SBU' | 'TS' | 'LOU';
fragment PORTION_LEVEL_SPELLED options { caseInsensitive = true; }
    : 'CONFIDENTIAL' | 'SECRET' | 'UNCLASSIFIED' | 'UNCLAS' | 'TOP' PORTION_SEPARATOR+ 'SECRET';
fragment PORTION_FOUO options { caseInsensitive = true; } : 'FOUO';
fragment PORTION_REL options { caseInsensitive = true; } : 'REL';
fragment PORTION_CAVEAT options { caseInsensitive = true; }
    : 'NF' | 'NOFORN' | 'FGI' | 'ORCON' | 'PROPIN' | 'OC' | 'NFD' | 'ENTIRE' | 'TEXT' | 'SI' | 'TK' | 'HCS'
    | 'LIMDIS' | 'EXDIS' | 'NODIS' | 'SENSITIVE';
fragment PORTION_SEPARATOR : [/,\-] | HWS;

fragment PILCROW     : '\u00B6';
fragment UPPER       : [A-Z];
fragment DIGIT       : [0-9];
fragment SP1         : ' '?;
fragment HWS         : [ \t\u00A0];
fragment REST        : ~[\r\n\u2028]*;
fragment NL          : '\r\n' | '\n' | '\r' | '\u2028';
fragment EOL         : NL | EOF;
