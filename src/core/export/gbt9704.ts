/**
 * The page of GB/T 9704-2012 (5.1, 5.2, 7.3, 7.5) in the units Word uses: twips (1/1440 inch, 1 mm ≈
 * 56.69) and half-points. The writer, the page breaker and the preview read the same numbers, so the
 * preview breaks pages where the exported document does.
 */

/** A4 portrait. */
export const PAGE_WIDTH_TWIPS = 11906;
export const PAGE_HEIGHT_TWIPS = 16838;

/** 天头 37 mm, 订口 28 mm; the text block is 156 × 225 mm (right and bottom margins follow from it). */
export const MARGIN_TWIPS = { top: 2098, left: 1587, right: 1474, bottom: 1984 } as const;

/**
 * Distance of the footer's bottom from the page edge. 1440 puts the top of the "— N —" line about 7 mm
 * below the text block in LibreOffice (measured with pdftotext -bbox, see docs/export.md).
 */
export const FOOTER_TWIPS = 1440;
export const HEADER_TWIPS = 851;

/** 22 lines a page: exact 579 twips (28.95 pt). 580, the often-quoted 29 pt, gives 21 lines. */
export const LINE_TWIPS = 579;
export const LINES_PER_PAGE = 22;

/** 28 characters a line: 3号 (16 pt) condensed by 0.25 pt (w:spacing −5 twentieths of a point). */
export const CHARS_PER_LINE = 28;
export const CHARACTER_SPACING = -5;

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const TITLE_HALF_POINTS = 44;
export const BODY_HALF_POINTS = 32;
export const PAGE_NUMBER_HALF_POINTS = 28;

/** Two body characters (2 × 16 pt); Word also reads firstLineChars, LibreOffice only the twips. */
export const FIRST_LINE_TWIPS = 640;
export const FIRST_LINE_CHARS = 200;

/** One 4号 character: the page number sits one character in from the outer edge of the text block. */
export const PAGE_NUMBER_INDENT_TWIPS = 280;

/** 成文日期 右空四字 (7.3.5): four body characters from the right edge of the text block. */
export const DATE_RIGHT_CHARS = 4;
export const BODY_CHAR_TWIPS = 320;

/** A title line of 2号 characters in the 156 mm block: 442 pt / 22 pt. */
export const TITLE_CHARS_PER_LINE = 20;

export const TWIPS_PER_MM = 1440 / 25.4;
