/** Why a file cannot be read as a Word document. Each reason has a message in both languages. */
import type { Messages } from '../types';

export type DocxProblem =
  | 'notZip'
  | 'encrypted'
  | 'oldDoc'
  | 'oleOther'
  | 'tooManyEntries'
  | 'tooLarge'
  | 'suspiciousRatio'
  | 'unsafePath'
  | 'duplicateEntry'
  | 'corruptZip'
  | 'doctype'
  | 'entity'
  | 'badXml'
  | 'noBody';

export class DocxError extends Error {
  constructor(
    readonly problem: DocxProblem,
    readonly detail = '',
  ) {
    super(`${DOCX_MESSAGES[problem].en}${detail ? ` (${detail})` : ''}`);
  }
}

export const DOCX_MESSAGES: Record<DocxProblem, Messages> = {
  notZip: { zh: '不是 Word 文档（.docx 应为 zip 压缩包）', en: 'not a Word document (a .docx is a zip package)' },
  encrypted: { zh: '文档已加密（设有打开密码），请先在 Word/WPS 中取消密码再处理', en: 'the document is encrypted (password protected); remove the password in Word/WPS first' },
  oldDoc: { zh: '这是旧版二进制 .doc 文件，请先在 Word/WPS 中另存为 .docx', en: 'this is an old binary .doc file; save it as .docx in Word/WPS first' },
  oleOther: { zh: '这是 OLE 复合文件，不是 .docx', en: 'this is an OLE compound file, not a .docx' },
  tooManyEntries: { zh: '压缩包内文件过多，疑似压缩炸弹，已拒绝', en: 'too many entries in the package (possible zip bomb); refused' },
  tooLarge: { zh: '解压后体积过大，疑似压缩炸弹，已拒绝', en: 'the package inflates to too much data (possible zip bomb); refused' },
  suspiciousRatio: { zh: '某个文件的压缩比异常，疑似压缩炸弹，已拒绝', en: 'an entry has an implausible compression ratio (possible zip bomb); refused' },
  unsafePath: { zh: '压缩包内有指向包外的路径（../ 或绝对路径），已拒绝', en: 'an entry points outside the package (../ or an absolute path); refused' },
  duplicateEntry: { zh: '压缩包内有重名文件，已拒绝', en: 'the package holds two entries of the same name; refused' },
  corruptZip: { zh: '压缩包已损坏，无法读取', en: 'the zip package is damaged and cannot be read' },
  doctype: { zh: '文档的 XML 含 DOCTYPE 声明，出于安全考虑已拒绝', en: 'an XML part has a DOCTYPE declaration; refused for safety' },
  entity: { zh: '文档的 XML 含自定义实体引用，出于安全考虑已拒绝（不展开）', en: 'an XML part uses an undeclared entity; refused (entities are never expanded)' },
  badXml: { zh: '文档的 XML 格式错误', en: 'an XML part is not well-formed' },
  noBody: { zh: '压缩包里没有 word/document.xml，不是 Word 文档', en: 'the package has no word/document.xml; not a Word document' },
};
