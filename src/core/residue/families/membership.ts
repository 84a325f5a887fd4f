import { WEIGHT, type ResidueFamily } from '../family';

/** Membership and paid-download pitches: VIP, 开通会员, 下载券, 金币, 积分. */
export const membership: ResidueFamily = {
  id: 'membership',
  ruleId: 'residue-site-ad',
  label: { zh: '会员推销', en: 'membership pitch' },
  patterns: [
    { weight: WEIGHT.strong, re: /(?<![A-Za-z])s?vip(?![A-Za-z])/i },
    {
      weight: WEIGHT.strong,
      re: /(?:vip|会员)(?:专享|专属|特供|免费|可读|可看|可下)|(?:开通|加入|成为|升级|购买|充值|注册|办理)[^，。；\s]{0,4}会员|会员(?:群|专享|专区|特权|免费|价|充值|中心|下载|资格|权益|用户|折扣|福利|通道|服务|分享|上传)|超级会员|年费会员|终身会员|包年|包月|下载券|下载币|金币下载|积分下载|下载积分|\d{1,9}\s{0,3}(?:积分|金币|下载券)/i,
    },
  ],
};
