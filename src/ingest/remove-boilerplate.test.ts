import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from './remove-boilerplate.js';

const FACT = '就在今年3月，原云帆科技高管沈一帆被爆加入星河智能，成为新一任CEO。';
const FACT_TW = '三個月後，雲帆科技產品線的負責人顧南星也選擇出走，出任CEO。';

/** The text left after cleaning `lines`. */
const clean = (...lines: string[]) => removeBoilerplate(lines.join('\n')).text;

describe('removeBoilerplate keeps the article and drops page furniture', () => {
  it('keeps a real sentence between an image link and a share link', () => {
    const text = clean('![](https://img.example.com/a.jpg)', FACT, '[分享到微博](https://service.weibo.com/share/share.php?url=x)');
    expect(text).toBe(FACT);
  });

  it('drops link-only lines, with or without navigation words, and turns inline links into their text', () => {
    const text = clean(
      '[![](https://img.example.com/avatar.jpg)](https://site.example.com/u/1)',
      '[字母榜](https://site.example.com/u/1) ![](https://static.example.com/tag.png) 关注',
      '[个人观点](https://site.example.com/tag/a)[行业观察](https://site.example.com/tag/b)',
      '据[36氪](https://36kr.example.com/p/1)报道，沈一帆已于上月离职。',
    );
    expect(text).toBe('据36氪报道，沈一帆已于上月离职。');
  });

  it('drops QR codes, reactions and view counts', () => {
    const text = clean('微信扫一扫', '![微信二维码](https://qr.example.com/x)', '赞赏 收藏已收藏2 点赞已赞0', '0 评论 1366 浏览 2 收藏 19 分钟', FACT, '分享');
    expect(text).toBe(FACT);
  });

  it('drops bylines in their usual shapes', () => {
    const text = clean('作者:柯基', '作者 | 李四', '文 | 新芒X', '文丨妮可', '编辑丨叶子', '出品丨深网工作室', '作者|市象 王五', FACT);
    expect(text).toBe(FACT);
  });

  it('drops copyright, disclaimer and image-credit notices', () => {
    const text = clean(
      FACT,
      '图注：裁员后，分外冷清的办公大楼',
      '图源：字母榜拍摄于北京',
      '本文由人人都是产品经理作者【字母榜】原创/授权 发布于人人都是产品经理，未经许可，禁止转载。',
      '题图来自 Pixabay，基于 CC0 协议。',
      '部分圖片來源於網絡,如有侵權請告知刪除',
      '特别声明:以上内容为自媒体平台用户上传并发布,本平台仅提供信息存储服务。',
      'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user.',
      '截圖來源於微博',
    );
    expect(text).toBe(FACT);
  });

  it('drops a photo caption credited in parentheses but keeps the article sentence', () => {
    const text = clean('xAI兩位聯合創始人宣布離職。(資料圖片/路透社)', FACT_TW, '小米AI戰略加速 連串金句（圖：Shutterstock）');
    expect(text).toBe(FACT_TW);
  });

  it('drops a related-articles section and the list that follows it', () => {
    const text = clean(FACT, '', '相关阅读:', '', '  • 《某人入职腾讯后首次公开发言》', '', '  • 《消息称某大模型团队架构调整》');
    expect(text).toBe(FACT);
  });

  it('drops a trailing listing of other articles with their stats lines', () => {
    const text = clean(
      '星河智能的高管为何总是离职?',
      FACT,
      '-',
      '- 星河智能的高管为何总是离职?',
      '-',
      '点击:0 | 2025-05-21 18:46:00',
      '-',
      '- 外交部回应导弹防御系统细节',
      '-',
      '点击:0 | 2025-05-21 17:00:00',
    );
    expect(text).toBe(`星河智能的高管为何总是离职?\n${FACT}`);
  });

  it('keeps a real list whose items are followed by prose', () => {
    const text = clean('- 沈一帆:', '曾是星河智能的核心团队成员，已于2024年回到老东家。');
    expect(text).toBe('- 沈一帆:\n曾是星河智能的核心团队成员，已于2024年回到老东家。');
  });

  it('drops a {% hint %} metadata block and markdown metadata lines', () => {
    const text = clean('{% hint style="info" %}', '**Category:** It', '**Published:** 2025-03-19  ', '**Tags:** `个人观点`', '{% endhint %}', '**Tags:** `x`', FACT);
    expect(text).toBe(FACT);
  });

  it('drops a linked ad card from its opening image link to its closing target', () => {
    const text = clean(
      FACT,
      '[![](https://image.example.com/course.png)',
      '',
      '做到这三点挑战，产品经理只会不断升值',
      '',
      '好的产品经理是很稀缺的，懂用户、懂商业、懂数据的产品经理走出互联网，依然是抢手货。',
      '',
      '查看详情 >',
      '',
      '](https://course.example.com/pm)',
      FACT_TW,
    );
    expect(text).toBe(`${FACT}\n${FACT_TW}`);
  });

  it('drops site chrome and datelines but keeps the headline', () => {
    const text = clean('搜索历史清空', '熱門搜尋:', '发布信息', '出版：2026-Feb-11 18:24', '闫某的“赌性”', ' 财中社 孙某  2025-08-08 21:36  1.9w阅读', '源媒汇-助力中国好公司!08-27 18:00', FACT);
    expect(text).toBe(`闫某的“赌性”\n${FACT}`);
  });

  it('drops English furniture around an English sentence', () => {
    const sentence = 'Jane Doe, the former head of research at Example Labs, has joined Acme AI as chief scientist.';
    const text = clean('Advertisement', 'Share this article', 'Photo: Example/Reuters', sentence, 'Sign up for our newsletter', 'Subscribe to read more');
    expect(text).toBe(sentence);
  });

  it('strips a leading "date YYYY-MM-DD" label but keeps the sentence on the same line', () => {
    expect(clean(` date 2026-03-10 ${FACT_TW}`)).toBe(FACT_TW);
  });

  it('drops a repeated line (a headline or summary printed twice)', () => {
    expect(clean('# 星河智能的高管为何总是离职？', '## 星河智能的高管为何总是离职？', `> ${FACT}`, FACT)).toBe(`星河智能的高管为何总是离职？\n${FACT}`);
  });

  it('keeps paragraph breaks and every kept character', () => {
    const text = clean(FACT, '', '', FACT_TW, '“这是原话。”他说。');
    expect(text).toBe(`${FACT}\n\n${FACT_TW}\n“这是原话。”他说。`);
  });

  it('does not treat sentences that merely mention these words as furniture', () => {
    const lines = [
      '关注度最高的是，沈一帆在2024年离职后加入了星河智能。',
      '本文将深入探讨“云帆帮”在创业中的机遇与挑战。',
      '声明称公司将继续推进开源策略，顾南星已经离开。',
      '图片生成模型的负责人沈一帆于6月离职。',
      '8月25日 18:00，公司宣布沈一帆离职',
      '投資人指出，他在未經股東同意的情況下，未經授權擅自將項目分拆出來，成立了新公司。',
    ];
    expect(clean(...lines)).toBe(lines.join('\n'));
  });
});
