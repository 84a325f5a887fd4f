/**
 * A row of a table pasted as plain text (2022年　64　31　9, 满意　212　68.4%): cells set apart by
 * full-width spaces, tabs or spaces, at least two of them plain figures (counts, decimals, percentages)
 * and one a label in Chinese. Its figures are columns, not one number spread out with spaces to dodge a
 * site's filters: a disguise uses full-width or circled digits, a contact word, or a phone number's form.
 */

// Plain ASCII figures only: full-width and circled digits are how numbers are disguised.
const FIGURE = /^[+\-±]?\d{1,9}(?:[.,]\d{1,4})?[%％‰]?$/;
const CJK = /[\u4e00-\u9fff]/;
// A label names its column or row; one with a colon gives a value (交流群：783 2051 94 is a number spread out).
const VALUE_LABEL = /[:：]/;
const CELL_GAP = /[ \t\u3000]+/;
// Words that make a label a contact's, not a column's (its number is then a handle to add).
const CONTACT_LABEL = /微|信|电话|手机|扣扣|企鹅|客服|联系|加|号|[Qq]{2}|[Vv][Xx]?|[Ww][Xx]/;
// The figures read together as a mobile number (138　0013　8000): a disguise, whatever stands beside it.
const MOBILE = /^1[3-9]\d{9}$/;

export function isTableRow(line: string): boolean {
  const cells = line.trim().split(CELL_GAP);
  if (cells.length < 3 || cells.length > 16) return false;
  const figures = cells.filter((c) => FIGURE.test(c));
  if (figures.length < 2) return false;
  const labels = cells.filter((c) => !FIGURE.test(c));
  if (labels.length === 0 || !labels.every((c) => CJK.test(c) && c.length <= 16 && !CONTACT_LABEL.test(c) && !VALUE_LABEL.test(c))) return false;
  return !MOBILE.test(figures.map((f) => f.replace(/\D/g, '')).join(''));
}

/**
 * The row with each gap between cells replaced by a character that ends a number (same length, so
 * offsets hold): every cell is then read as a number of its own.
 */
export function cellsApart(line: string): string {
  return line.replace(/[ \t\u3000]+/g, (gap) => '|'.repeat(gap.length));
}
