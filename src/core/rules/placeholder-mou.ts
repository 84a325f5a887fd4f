import type { Rule } from '../rule';

// 某某 stands for a name or unit not yet written (某某同志、某某局). After a surname it is the usual way to
// anonymise a person in a case (张某某), which is real content and stays unflagged. Surnames that are
// also common function words (和、于、向、时、应) are left out: 和某某局 is a placeholder.
const MOU = /某某+/g;
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(''),
);

export const placeholderMou: Rule = {
  meta: {
    id: 'placeholder-mou',
    category: 'placeholder',
    defaultSeverity: 'warning',
    scope: 'line',
    description: { zh: '未替换的“某某”', en: 'Unreplaced 某某 ("so-and-so")' },
  },
  check({ model, report }) {
    for (const line of model.lines) {
      if (line.text.indexOf('某某') < 0) continue;
      MOU.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = MOU.exec(line.text)) !== null) {
        if (SURNAMES.has(line.text[m.index - 1] ?? '')) continue;
        report({
          start: line.start + m.index,
          end: line.start + m.index + m[0].length,
          message: { zh: `“${m[0]}”尚未替换为实际名称`, en: `"${m[0]}" has not been replaced with the real name` },
        });
      }
    }
  },
};
