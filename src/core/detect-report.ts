/**
 * Decides whether a plain-text file is a study report, from its name and its first lines only.
 * Pure and linear: the adapter calls it on every .txt that opens, so it must stay cheap and must
 * leave ordinary notes alone (a false "report" would change how someone's notes file looks).
 */

/** Words that name the kinds of report the extension is for. */
const REPORT_WORDS = [
  '研讨', '心得', '体会', '发言', '对照检查', '剖析', '述职', '党课', '讲稿', '材料',
  '汇报', '个人总结', '工作总结', '民主生活会', '组织生活会', '主题教育',
];

/** Top-level heading 一、 … 二十、 at the start of a line (after optional spaces). */
const TOP_HEADING = /^[ \t\u3000]*[一二三四五六七八九十]{1,3}、/;
/** Second-level heading （一） at the start of a line. */
const SUB_HEADING = /^[ \t\u3000]*（[一二三四五六七八九十]{1,3}）/;

/** A report paragraph is one long line; a to-do list numbered 一、二、 has only short ones. */
const PROSE_LINE_CHARS = 60;

/** How much of the head of a file is looked at. */
export const DETECT_MAX_LINES = 40;
export const DETECT_MAX_CHARS = 6000;

export function fileNameLooksLikeReport(fileName: string): boolean {
  const base = fileName.replace(/^.*[\\/]/, '');
  return REPORT_WORDS.some((w) => base.includes(w));
}

/**
 * True when the head of the text reads like a report: a title naming a report kind followed by
 * numbered 一、 sections, or a clear 一、/（一） section structure on its own.
 */
export function headLooksLikeReport(head: string): boolean {
  const lines = head.slice(0, DETECT_MAX_CHARS).split(/\r\n|\r|\n/, DETECT_MAX_LINES);
  const firstText = lines.find((l) => l.trim().length > 0) ?? '';
  const titleNamesReport = firstText.length <= 80 && REPORT_WORDS.some((w) => firstText.includes(w));
  let top = 0;
  let sub = 0;
  let prose = false;
  for (const line of lines) {
    if (TOP_HEADING.test(line)) top++;
    else if (SUB_HEADING.test(line)) sub++;
    if (line.length >= PROSE_LINE_CHARS) prose = true;
  }
  if (titleNamesReport && top + sub >= 1) return true;
  return prose && (top >= 2 || (top >= 1 && sub >= 2));
}

/** The adapter's question: should this .txt open as a study report? */
export function looksLikeReport(fileName: string, head: string): boolean {
  return fileNameLooksLikeReport(fileName) || headLooksLikeReport(head);
}
