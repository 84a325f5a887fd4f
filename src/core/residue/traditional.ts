/**
 * Traditional characters of the words residue is written in, read as their simplified forms: pages from
 * Hong Kong and Taiwan mirrors, and sites that convert to dodge filters, write 範文, 小編, 會員, 下載. One
 * code unit to one, like width folding, so offsets need no table. Only characters whose simplified form is
 * unambiguous are listed; a report in simplified Chinese contains none of them.
 */
const PAIRS =
  '範范編编為为們们會会員员載载閱阅讀读網网頁页點点擊击請请關关註注號号碼码聯联繫系電电話话資资檔档' +
  '權权複复製制轉转發发佈布搜搜藏藏廣广告告費费價价買买賣卖優优惠惠獲获取取專专屬属開开通通' +
  '體体驗验稿稿寫写範范篇篇評评論论覽览贊赞將将後后這这個个麼么還还對对學学習习黨党幹干級级' +
  '務务書书記记處处願愿歡欢迎迎訂订閲阅線线優优質质庫库檔档傳传處处說说明明臺台灣湾圖图片片' +
  '維维護护導导覺觉實实際际課课講讲話话範范辦办計计劃划區区縣县鄉乡鎮镇際际兩两萬万億亿';

// Indexed by code unit: this runs on every line weighed, a table lookup per character is cheapest.
const TABLE = new Uint16Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const t = PAIRS.charCodeAt(i);
  const s = PAIRS.charCodeAt(i + 1);
  if (t !== s) TABLE[t] = s;
}

/** The text with the listed traditional characters simplified; the same string when there are none. */
export function simplify(text: string): string {
  let i = 0;
  while (i < text.length && TABLE[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(TABLE[c] || c);
  }
  return out;
}
