/** Every text the CLI prints itself, in Chinese and English. Engine findings carry their own Messages. */
import { DOCX_MESSAGES, type DocxProblem, type Locale } from '../core';

type Template = (...args: string[]) => string;

const TEXTS = {
  usage: {
    zh: () => USAGE_ZH,
    en: () => USAGE_EN,
  },
  unknownCommand: { zh: (c: string) => `未知命令“${c}”。`, en: (c: string) => `unknown command "${c}".` },
  unknownOption: { zh: (o: string) => `未知选项“${o}”。`, en: (o: string) => `unknown option "${o}".` },
  missingValue: { zh: (o: string) => `选项 ${o} 缺少取值。`, en: (o: string) => `option ${o} needs a value.` },
  badFormat: { zh: (v: string) => `--format 只能是 text 或 json，而不是“${v}”。`, en: (v: string) => `--format must be text or json, not "${v}".` },
  badLang: { zh: (v: string) => `--lang 只能是 zh 或 en，而不是“${v}”。`, en: (v: string) => `--lang must be zh or en, not "${v}".` },
  badCategory: {
    zh: (v: string, all: string) => `未知类别“${v}”，可用：${all}。`,
    en: (v: string, all: string) => `unknown category "${v}"; use ${all}.`,
  },
  noFiles: { zh: () => '未指定文件（用 - 表示标准输入）。', en: () => 'no file given (use - for standard input).' },
  stdoutOneFile: { zh: () => '--stdout 只能用于一个文件。', en: () => '--stdout works with one file only.' },
  optionNotFor: { zh: (o: string, c: string) => `选项 ${o} 不适用于 ${c}。`, en: (o: string, c: string) => `option ${o} does not apply to ${c}.` },
  stdinTwice: { zh: () => '标准输入（-）只能出现一次。', en: () => 'standard input (-) may be given only once.' },
  // File errors
  notFound: { zh: (f: string) => `${f}：文件不存在。`, en: (f: string) => `${f}: no such file.` },
  isDirectory: { zh: (f: string) => `${f}：这是一个文件夹，请指定文件。`, en: (f: string) => `${f}: is a directory; give a file.` },
  notRegular: { zh: (f: string) => `${f}：不是普通文件。`, en: (f: string) => `${f}: not a regular file.` },
  noPermission: { zh: (f: string) => `${f}：没有读取或写入权限。`, en: (f: string) => `${f}: permission denied.` },
  tooLarge: {
    zh: (f: string, size: string, limit: string) => `${f}：文件过大（${size}），上限为 ${limit}。`,
    en: (f: string, size: string, limit: string) => `${f}: file too large (${size}); the limit is ${limit}.`,
  },
  binary: {
    zh: (f: string) => `${f}：看起来是二进制文件（含 NUL 字节），不是文本材料，已跳过。`,
    en: (f: string) => `${f}: looks like a binary file (contains NUL bytes), not a text report; skipped.`,
  },
  unknownEncoding: {
    zh: (f: string) => `${f}：既不是 UTF-8 也不是 GB18030/GBK 编码，无法安全读取，已跳过（不会写入乱码）。`,
    en: (f: string) => `${f}: neither UTF-8 nor GB18030/GBK; cannot be read safely, skipped (nothing written).`,
  },
  docx: {
    zh: (f: string, problem: string, detail: string) => `${f}：${docxMessage(problem, 'zh')}${detail ? `（${detail}）` : ''}，未写入任何文件。`,
    en: (f: string, problem: string, detail: string) => `${f}: ${docxMessage(problem, 'en')}${detail ? ` (${detail})` : ''}; nothing written.`,
  },
  importOneFile: { zh: () => 'import 只接受一个 .docx 文件。', en: () => 'import takes exactly one .docx file.' },
  notWord: { zh: (f: string) => `${f}：import 只读取 Word 文档（.docx）。`, en: (f: string) => `${f}: import reads Word documents (.docx) only.` },
  outputExists: {
    zh: (f: string) => `${f}：文件已存在，不会覆盖。请用 -o 指定其他文件名。`,
    en: (f: string) => `${f}: already exists; not overwritten. Choose another name with -o.`,
  },
  imported: { zh: (f: string, o: string) => `${f}：正文已导出到 ${o}。`, en: (f: string, o: string) => `${f}: body text written to ${o}.` },
  leftOut: { zh: (list: string) => `未导出（不属于正文或不可见）：${list}。`, en: (list: string) => `left out (not body text, or invisible): ${list}.` },
  nothingLeftOut: { zh: () => '正文之外没有其他内容。', en: () => 'nothing besides the body text.' },
  docxFixed: {
    zh: (f: string, n: string, k: string) => `${f}：已清理（删除 ${n} 处${k}），格式保持不变。`,
    en: (f: string, n: string, k: string) => `${f}: cleaned (${n} removal(s)${k}); formatting kept.`,
  },
  docxUnapplied: {
    zh: (f: string, n: string) => `${f}：另有 ${n} 处修复无法在 Word 文档中安全完成（如改写自动编号），请在 Word 中手动处理。`,
    en: (f: string, n: string) => `${f}: ${n} more fix(es) cannot be made safely in a Word document (e.g. in automatic numbering); make them in Word.`,
  },
  ioError: { zh: (f: string, d: string) => `${f}：读写失败（${d}）。`, en: (f: string, d: string) => `${f}: input/output error (${d}).` },
  changedWhileFixing: {
    zh: (f: string) => `${f}：修复期间文件被其他程序修改，未写入。请重新运行。`,
    en: (f: string) => `${f}: the file changed while it was being fixed; nothing written. Run again.`,
  },
  emptyFolder: {
    zh: (f: string, exts: string) => `${f}：文件夹中没有可检查的文件（${exts}；隐藏文件夹和 node_modules 不计）。`,
    en: (f: string, exts: string) => `${f}: no files to check in this folder (${exts}; hidden folders and node_modules are skipped).`,
  },
  noMatch: { zh: (g: string) => `${g}：没有匹配的文件。`, en: (g: string) => `${g}: no file matches.` },
  noSuchFile: { zh: () => '文件不存在', en: () => 'no such file' },
  configUnreadable: { zh: (f: string, d: string) => `${f}：无法读取配置文件（${d}）。`, en: (f: string, d: string) => `${f}: cannot read the config file (${d}).` },
  configProblem: { zh: (where: string, m: string) => `${where}：配置文件有误：${m}`, en: (where: string, m: string) => `${where}: config file error: ${m}` },
  configAt: { zh: (p: string) => `（位置：${p}）`, en: (p: string) => ` (at ${p})` },
  configStopped: {
    zh: () => '配置文件有误，未检查或修改任何文件。请修正后重试（或用 --config 指定另一个配置文件）。',
    en: () => 'the config file is broken; no file was checked or changed. Fix it and run again (or name another with --config).',
  },
  // Results
  fixed: { zh: (f: string, n: string) => `${f}：已修复（${n} 处改动）。`, en: (f: string, n: string) => `${f}: fixed (${n} change(s)).` },
  unchanged: { zh: (f: string) => `${f}：无需修复。`, en: (f: string) => `${f}: nothing to fix.` },
  encodingNote: {
    zh: (f: string, e: string) => `${f}：按 ${e} 编码读取，并按原编码写回。`,
    en: (f: string, e: string) => `${f}: read as ${e}, written back in the same encoding.`,
  },
  summary: {
    zh: (p: string, e: string, w: string) => `共 ${p} 个问题（${e} 个错误，${w} 个警告）。`,
    en: (p: string, e: string, w: string) => `${p} problem(s) (${e} error(s), ${w} warning(s)).`,
  },
  clean: { zh: () => '未发现问题。', en: () => 'no problems found.' },
  progress: { zh: (d: string, n: string) => `已处理 ${d}/${n} 个文件`, en: (d: string, n: string) => `${d}/${n} files` },
  checkSummary: {
    zh: (files: string, dirty: string, cats: string) => `检查了 ${files} 个文件，${dirty} 个有问题${cats}。`,
    en: (files: string, dirty: string, cats: string) => `checked ${files} file(s), ${dirty} with problems${cats}.`,
  },
  fixSummary: {
    zh: (files: string, fixed: string, unchanged: string, cats: string) => `处理了 ${files} 个文件：修复 ${fixed} 个，${unchanged} 个无需修复${cats}。`,
    en: (files: string, fixed: string, unchanged: string, cats: string) => `${files} file(s): ${fixed} fixed, ${unchanged} unchanged${cats}.`,
  },
  failedSummary: { zh: (n: string) => `${n} 个文件无法读取或写入（见上文）。`, en: (n: string) => `${n} file(s) could not be read or written (see above).` },
  categoryCounts: { zh: (list: string) => `（${list}）`, en: (list: string) => ` (${list})` },
  categoryCount: { zh: (c: string, n: string) => `${c} ${n}`, en: (c: string, n: string) => `${c} ${n}` },
  count: { zh: (f: string, n: string) => `${f}：字数 ${n}`, en: (f: string, n: string) => `${f}: ${n} characters` },
  declared: { zh: (n: string) => `，标题声明 ${n} 字`, en: (n: string) => `, title declares ${n}` },
  noOutline: { zh: (f: string) => `${f}：未找到章节标题。`, en: (f: string) => `${f}: no section headings found.` },
  problem: { zh: (m: string) => `配置问题：${m}`, en: (m: string) => `configuration problem: ${m}` },
  exportOneFile: { zh: () => 'export 只接受一个文件。', en: () => 'export takes exactly one file.' },
  exportNeedsOutput: { zh: () => '从标准输入导出时须用 -o 指定输出文件。', en: () => 'exporting standard input needs -o OUT.docx.' },
  exportExists: {
    zh: (f: string) => `${f}：文件已存在，未覆盖。请用 -o 指定其他文件名，或加 --force 覆盖。`,
    en: (f: string) => `${f}: already exists; not replaced. Name another file with -o, or add --force to replace it.`,
  },
  exportSameFile: { zh: (f: string) => `${f}：输出文件不能是输入文件本身。`, en: (f: string) => `${f}: the output cannot be the input file itself.` },
  exportResidue: {
    zh: (f: string, n: string) => `${f}：仍有 ${n} 处残留错误（广告、付费标记、水印），未导出。先运行 fix 清理，或加 --force 照样导出。`,
    en: (f: string, n: string) => `${f}: ${n} residue error(s) left (ads, paywall markers, watermarks); not exported. Run fix first, or add --force to export anyway.`,
  },
  exported: {
    zh: (f: string, pages: string) => `已导出 ${f}（GB/T 9704 版式，约 ${pages} 页）。`,
    en: (f: string, pages: string) => `exported ${f} (GB/T 9704 layout, about ${pages} page(s)).`,
  },
  exportForced: {
    zh: (n: string) => `注意：按 --force 导出，其中含 ${n} 处残留。`,
    en: (n: string) => `note: exported with --force; ${n} residue item(s) included.`,
  },
  severityError: { zh: () => '错误', en: () => 'error' },
  severityWarning: { zh: () => '警告', en: () => 'warning' },
} satisfies Record<string, Record<Locale, Template>>;

function docxMessage(problem: string, locale: Locale): string {
  return (DOCX_MESSAGES[problem as DocxProblem] ?? DOCX_MESSAGES.corruptZip)[locale];
}

export type MessageKey = keyof typeof TEXTS;

export function t(locale: Locale, key: MessageKey, ...args: string[]): string {
  return (TEXTS[key][locale] as Template)(...args);
}

/** --lang wins; otherwise LC_ALL / LC_MESSAGES / LANG. Unset or C/POSIX gives Chinese, the users' language. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^zh/i.test(value)) return 'zh';
  if (value === '' || /^(C|POSIX)([._@]|$)/i.test(value)) return 'zh';
  return 'en';
}

const USAGE_ZH = `用法：
  study-report check [--format text|json] [--only 类别] [--pattern 正则] 文件...   检查，发现问题时退出码为 1
  study-report fix [--only 类别] [--pattern 正则] [--stdout] 文件...                 安全修复并原地写回（或输出到标准输出）
  study-report outline [--format text|json] 文件...                 输出章节大纲
  study-report count [--format text|json] 文件...                   统计字数及标题声明的字数
  study-report import 文件.docx [-o 输出.txt]                        导出 Word 正文为文本（默认同名 .txt，不覆盖）
  study-report export 文件 [-o 输出.docx] [--force]                  导出 GB/T 9704 版式 Word 文档（仍有残留错误时退出码 1，不写入）

类别（逗号分隔）：residue, numbering, placeholder, count, punctuation, wording, structure
文件可以是文件夹（递归查找 .txt .md .docx，跳过隐藏文件夹和 node_modules）或通配符（如 "材料/**/*.txt"）；- 表示标准输入。
文件可以是 Word 文档（.docx）：检查正文、页眉页脚、水印、文本框、隐藏文字和文档属性，fix 原地清理并保留格式。
--config 文件  使用指定的配置文件（默认：从每个文件所在文件夹向上查找 .study-report.json）。
--pattern 可重复，添加自定义残留规则（同 studyReport.residue.extraPatterns）。
选项：--lang zh|en  界面语言（默认取自 LANG）；--help；--version
退出码：0 无问题，1 发现问题，2 用法或读写错误`;

const USAGE_EN = `Usage:
  study-report check [--format text|json] [--only CATS] [--pattern RE] FILE...   check; exit 1 when problems are found
  study-report fix [--only CATS] [--pattern RE] [--stdout] FILE...                 apply safe fixes in place (or print)
  study-report outline [--format text|json] FILE...                 print the section outline
  study-report count [--format text|json] FILE...                   count characters and the title's figure
  study-report import FILE.docx [-o OUT.txt]                        write a Word document's body as text (sibling .txt, never overwritten)
  study-report export FILE [-o OUT.docx] [--force]                  a GB/T 9704 Word document (exit 1, nothing written, while residue errors remain)

CATS (comma list): residue, numbering, placeholder, count, punctuation, wording, structure
FILE may be a folder (recursive: .txt .md .docx; hidden folders and node_modules skipped) or a glob
("材料/**/*.txt"); - reads standard input. A Word document (.docx): check reads its body, headers, footers,
watermarks, text boxes, hidden runs and properties; fix cleans it in place keeping its formatting.
--config FILE  use this config file (default: the nearest .study-report.json upwards from each file).
--pattern (repeatable) adds an extra residue pattern, as studyReport.residue.extraPatterns.
Options: --lang zh|en  language (default from LANG); --help; --version
Exit codes: 0 clean, 1 problems found, 2 usage or I/O error`;
