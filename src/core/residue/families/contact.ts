import { digitRuns } from '../digits';
import { WEIGHT, type Piece, type ResidueFamily } from '../family';
import { cellsApart, isTableRow } from '../table-row';

// Handles after a contact word: an id, a disguised number, or a name after a colon. Folded text: the
// colon is full width, Latin half width.
const CONTACT_WORD = /(?:客服\s{0,2}[Vv](?=\s{0,2}：)|微\s?信号?|电\s?话|手\s?机号?|威\s?信|薇信|徽信|维信|[Vv]信|[Vv][Xx]|[Vv]❤|[Ww][Xx]|公众号|[Qq]{2}群?|扣扣|企鹅号?|客服|联系电话|电话|手机号?|联系方式|联系|加[Vv](?![Xx])|\+[Vv]|私信|邮箱|e-?mail)(?:同号|号码?|群)?\s{0,3}(?:[（(][^）)\n]{1,8}[）)])?\s{0,3}：?\s{0,3}/gi;
const HANDLE = /^(?:[A-Za-z0-9][A-Za-z0-9_\-]{2,}|[“"「『][^”"」』\n]{2,16}[”"」』])/;
export const HOMOPHONE = /[Ww][Xx](?![A-Za-z])|威\s?信|薇信|徽信|维信|[Vv]信|[Vv][Xx](?![A-Za-z])|[Vv]❤|扣扣|企鹅号|加[Vv](?![A-Za-z])|\+[Vv](?![A-Za-z])/;
const FOLLOW_ACCOUNT = /关注[^，。；\n]{0,12}(?:公众号|微信号|抖音号|视频号|头条号)/;
const LANDLINE = /^\s{0,2}[（(]?0\d{2,3}[）)]?\s?-?\s?(?:\d{7,8}|\d{3,4}\s\d{4})(?!\d)/;
const SALES_CONTACT = /客服|威信|薇信|qq|扣扣|vx|代写|代笔|会员|下载|素材|范文|文库/i;
const OFFICIAL = /联系人|报名|市委|县委|区委|省委|党委|政府|团委|共青团|委员会|人民|局|厅|办公室|中心|支部|医院|学校|大学|法院|检察院|妇联|工会|街道|社区/;
const ADDRESS = /(?:https?|ftp)[:：]\/\/[^\s，。；、）)】]+|www[.．][^\s，。；、）)】]+/gi;
const EMAIL = /[A-Za-z0-9._-]{1,64}@[A-Za-z0-9-]{1,63}\.[A-Za-z]{2,10}/;
// What a contact word needs next to it to weigh 2 or more: a number, a handle, a quoted name or a colon.
const CONTACT_FOLLOWER = /[A-Za-z0-9①-⑨❶-❾⓪⓿“"「『：]/;

function contactWeight(piece: Piece): number {
  const { folded, text } = piece;
  let best = 0;
  CONTACT_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTACT_WORD.exec(folded)) !== null) {
    const from = m.index + m[0].length;
    // A handle spread out with spaces (sh 2 0 2 4 kf) is read closed up.
    const after = folded.slice(from, from + 40).replace(/(?<=[A-Za-z0-9]) (?=[A-Za-z0-9])/g, '');
    const hasColon = /：\s*$/.test(m[0]);
    const word = m[0];
    // A homophone (威信, 扣扣, VX) or a disguised number with a handle is made to dodge filters: decisive.
    const dodge = HOMOPHONE.test(word);
    // Digits are read in the original: full-width or circled digits are the disguise.
    const number = digitRuns(text.slice(from, from + 32), 5).find((r) => r.start <= 1);
    // An office landline with its area code after a plain 电话 is how notices give a contact; only sales
    // words around it (客服, 微信, QQ, 咨询) make it an ad's.
    const landline = number && !number.disguised && LANDLINE.test(folded.slice(from, from + 16)) && !SALES_CONTACT.test(folded);
    if (number) best = Math.max(best, dodge || number.disguised || /客服/.test(folded) ? WEIGHT.decisive : landline ? WEIGHT.medium : WEIGHT.strong);
    // A customer-service account with its handle is a shop's, never a report's.
    else if (/邮箱|mail/i.test(word) && !SALES_CONTACT.test(folded)) best = Math.max(best, WEIGHT.medium);
    else if (HANDLE.test(after) && (hasColon || /^[A-Za-z0-9]/.test(after) || /公众号/.test(word))) best = Math.max(best, dodge || /客服/.test(folded) ? WEIGHT.decisive : WEIGHT.strong);
    else if (hasColon && /公众号|客服|微信|qq/i.test(word) && after.length > 1) best = Math.max(best, WEIGHT.strong);
    else best = Math.max(best, WEIGHT.hint);
    if (CONTACT_WORD.lastIndex === m.index) CONTACT_WORD.lastIndex++;
  }
  // Contact details of an official body (共青团××市委, 区政府办公室) with no sales word around them are
  // how notices give details: never more than medium.
  if (best > WEIGHT.medium && OFFICIAL.test(folded) && !SALES_CONTACT.test(folded) && !HOMOPHONE.test(folded)) best = WEIGHT.medium;
  if (HOMOPHONE.test(folded)) best = Math.max(best, WEIGHT.medium);
  // A bare number of 7 or more digits, or a disguised one, is a handle even without a contact word.
  // Digits of an address (…/art_1229_58812.html) are the page's, not a number to call.
  // The figures of a table row are columns: each cell is read as a number of its own.
  const bare = text.replace(ADDRESS, (a) => ' '.repeat(a.length));
  for (const run of digitRuns(isTableRow(bare) ? cellsApart(bare) : bare, 5)) {
    if (run.disguised || run.digits >= 7) best = Math.max(best, run.disguised ? WEIGHT.strong : WEIGHT.medium);
  }
  // 关注共青团××市委微信公众号: an official body's account is how notices point to details.
  const follow = FOLLOW_ACCOUNT.exec(folded);
  if (follow) best = Math.max(best, OFFICIAL.test(follow[0]) ? WEIGHT.medium : WEIGHT.strong);
  // Notices give an office's e-mail too; only sales words around it make it an ad's.
  if (folded.includes('@') && EMAIL.test(folded)) best = Math.max(best, SALES_CONTACT.test(folded) || /投稿/.test(folded) ? WEIGHT.strong : WEIGHT.medium);
  return best;
}

/**
 * A contact word followed by what makes it weigh 2 or more. Contact words hold no sentence end or
 * bracket, so the matches of a piece are matches of its line.
 */
function strongContactWord(line: string): boolean {
  CONTACT_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTACT_WORD.exec(line)) !== null) {
    if (CONTACT_FOLLOWER.test(line.slice(m.index, m.index + m[0].length + 2))) return true;
    if (CONTACT_WORD.lastIndex === m.index) CONTACT_WORD.lastIndex++;
  }
  return HOMOPHONE.test(line) || FOLLOW_ACCOUNT.test(line) || line.includes('@');
}

/** 微信/QQ/公众号/客服 with a handle or a number, disguised digits, homophones. */
export const contact: ResidueFamily = {
  id: 'contact',
  ruleId: 'residue-contact',
  label: { zh: '联系方式', en: 'contact handle' },
  patterns: [{ weight: WEIGHT.strong, re: /(?:下方|上方|文末|右侧|左侧|底部|页面)二维码|扫码(?:加入|进群|关注|添加)|长按(?:识别|扫描)/ }],
  weigh: contactWeight,
  trigger: strongContactWord,
};
