import { numberStops } from './number-stops';
import type { Template } from './types';

// The opening and closing lines these genres share; the parts that vary are choices.

const opening: Template = {
  id: 'opening',
  kind: 'line',
  label: { zh: '开头语（……现将……汇报如下：）', en: 'Opening line (…现将…汇报如下：)' },
  prefixes: ['xjhb', 'kaitou', '开头语', '现将汇报'],
  body: numberStops([
    '${|按照,根据|}${:……}安排部署，本人${:……}，现将${|学习心得,个人对照检查情况,本人履职情况,有关情况|}${|汇报,报告|}如下：$0',
  ]),
};

const closing: Template = {
  id: 'closing',
  kind: 'line',
  label: { zh: '结束语（汇报完毕，不妥之处请批评指正。）', en: 'Closing line (汇报完毕，不妥之处请批评指正。)' },
  prefixes: ['hbwb', 'jieshu', '结束语', '汇报完毕'],
  body: numberStops([
    '${|汇报完毕，不妥之处请批评指正。,以上发言，不妥之处请大家批评指正。,以上对照检查，不妥之处请大家批评指正。,以上报告，请予审议。|}$0',
  ]),
};

export const LINES: readonly Template[] = [opening, closing];
