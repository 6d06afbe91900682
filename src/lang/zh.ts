import type { PhrasePack } from './types.js';

/**
 * Chinese phrases, simplified and traditional. Chinese writes no space between words, so its phrases match inside a
 * run of letters (`matcher.ts`) and a phrase of four characters or more counts as several words (`phrase-hits.ts`):
 * each entry here is what a page's chrome says, not a word an article uses. no stopwords: a line's tokens run from
 * one punctuation mark to the next, and none of them is a function word on its own.
 */
export const zh = {
  code: 'zh',
  name: 'Chinese',
  stopwords: [],
  shareLabels: [
    '分享', '分享到', '分享至', '分享到微信', '分享到微博', '微信', '微博', '朋友圈', 'qq空间', '复制链接',
    '複製連結', '链接已复制', '打印', '列印', '收藏', '点赞', '轉發', '转发',
  ],
  social: ['关注我们', '關注我們', '扫码关注', '掃碼關注', '关注公众号', '微信公众号', '官方微博', '追蹤我們'],
  paywall: [
    '付费阅读', '付費閱讀', '会员专享', '會員專享', '订阅后阅读', '訂閱後閱讀', '登录后阅读', '登入後閱讀',
    '登录查看全文', '阅读全文', '閱讀全文', '查看全文', '剩余内容', '解锁全文', '免费试读', '開通會員', '开通会员',
  ],
  subscribe: ['订阅', '訂閱', '立即订阅', '立即訂閱', '注册', '註冊', '免费注册', '免費註冊'],
  newsletter: [
    '电子报', '電子報', '订阅电子报', '訂閱電子報', '邮件订阅', '郵件訂閱', '输入邮箱', '輸入電子郵件',
    // Why: mainland sites translate "newsletter" as 新闻通讯 ("订阅我们的新闻通讯"), Taiwanese ones say "our" e-paper
    // ("訂閱我們的電子報"); not 新闻通讯 alone, which 新闻通讯社 (news agency) holds.
    '订阅新闻通讯', '订阅我们的新闻通讯', '訂閱新聞通訊', '訂閱我們的電子報', '订阅我们的电子报',
  ],
  cookie: [
    '使用cookie', 'cookie政策', 'cookie设置', 'cookie設定', '接受所有', '全部接受',
    '拒绝所有', '全部拒絕', '同意并继续', '同意並繼續',
  ],
  // Why '条评论': the count over a thread ("12条评论", "12則留言").
  comments: [
    '评论', '評論', '发表评论', '發表評論', '我要评论', '查看评论', '网友评论', '網友評論', '回复', '回覆', '留言', '条评论',
    '條評論', '則留言',
  ],
  replyButtons: ['回复', '回覆'],
  commentCounts: ['条评论', '則留言', '條評論'],
  // Why: a count written after its label takes its counter word ("评论 12 条", twelve comments; "留言 3 則").
  counterWords: ['条', '條', '则', '則'],
  related: [
    '相关新闻', '相關新聞', '相关阅读', '相關閱讀', '相关文章', '相關文章', '延伸阅读', '延伸閱讀', '推荐阅读', '推薦閱讀',
    '热门推荐', '熱門推薦', '热门文章', '熱門文章', '热点新闻', '热门', '熱門', '排行榜', '阅读排行', '猜你喜欢',
    '猜你喜歡', '更多新闻', '更多新聞', '上一篇', '下一篇', '最新文章', '编辑推荐', '編輯推薦',
    // Why: readability test page qq: "精彩视频推荐" (recommended videos) heads a video player and its teasers.
    '视频推荐', '視頻推薦', '精彩视频', '精彩視頻',
    // Why: the headers of teaser boxes after a story (WCXB 0331, 4526, 0478 in English).
    '相关推荐', '相關推薦', '为你推荐', '為你推薦', '大家都在看',
  ],
  ad: ['广告', '廣告', '推广', '推廣', '赞助', '贊助'],
  nav: [
    '首页', '首頁', '新闻', '新聞', '财经', '財經', '科技', '体育', '體育', '娱乐', '娛樂', '国际', '國際', '国内',
    '國內', '社会', '社會', '军事', '軍事', '文化', '教育', '健康', '汽车', '汽車', '房产', '房產', '视频', '視頻',
    '影音', '图片', '圖片', '专题', '專題', '评论', '登录', '登入', '退出', '搜索', '搜尋', '菜单', '選單', '返回',
    '返回顶部', '回到頂部', '返回首页', '回首頁', '网站地图', '網站地圖', '联系我们', '聯絡我們', '关于我们', '關於我們',
  ],
  legal: [
    '版权所有', '版權所有', '未经授权', '未經授權', '禁止转载', '禁止轉載', '不得转载', '不得轉載', '隐私政策',
    '隱私權政策', '用户协议', '使用條款', '免责声明', '免責聲明', '违法和不良信息举报', '互联网新闻信息服务许可证',
  ],
  // Why '阅读时间': the reading time over a post ("阅读时间：3分钟").
  // Why: words of the comments, social, legal and cookie lists that news sentences use ("不少网友评论说", "通过官方微博
  // 发布声明", "未经授权进入"): they mark only a line of labels.
  commonWords: [
    '网友评论', '網友評論', '发表评论', '發表評論', '微信公众号', '官方微博', '未经授权', '未經授權', '隐私政策',
    '隱私權政策', '用户协议', '接受所有', '全部接受',
    // Why: a consent banner's other buttons ("reject all"), which sentences say too.
    '拒绝所有', '全部拒絕',
  ],
  uiPrompt: [
    '阅读时间', '閱讀時間', '点击查看', '點擊查看', '点击进入', '點擊進入', '展开全文', '展開全文', '收起', '加载中', '載入中', '查看原图', '目录', '目錄',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    '必填项', '必填項', '没有找到结果', '沒有找到結果', '未找到结果',
    // Why: a reading time or a player's prompt under the headline (WCXB 0052, 0219 in English).
    '预计阅读时间', '預計閱讀時間', '收听本文', '收聽本文',
  ],
  feedback: [
    '这篇文章对您有帮助吗', '這篇文章對您有幫助嗎', '本文是否有帮助',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    '帮助我们改进', '幫助我們改進',
  ],
  readerPronouns: ['您', '你', '你们', '你們'],
  authorBio: ['作者简介', '作者簡介', '关于作者', '關於作者'],
  greetings: ['大家好', '你好'],
  bylinePrefixes: ['作者', '记者', '記者', '责任编辑', '責任編輯', '编辑', '編輯', '撰文', '文字'],
  // None: Chinese writes the names and the word between them without spaces ("张伟和王芳"), or parts them by spaces.
  nameJoiners: [],
  // Why: a byline may write the writer's title after the name, a space between ("张伟 记者", meta11's test page in
  // test/multilingual.test.ts, issue 3), as Korean does; such a name is read only on a line of its own
  // (byline.ts, unspacedNameWithRole).
  roleWords: ['记者', '記者', '特约记者', '特約記者', '通讯员', '通訊員'],
  facetLabels: ['分类', '分類', '栏目', '欄目', '地区', '地區'],
  dateLabels: ['发布时间', '發布時間', '发表时间', '發表時間', '更新时间', '更新時間', '发布于', '發佈於', '时间', '時間', '日期'],
  weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天'],
  // Months are numbers with 月 ("12月"): the year-first date form reads them (structure/date.ts).
  months: [[], [], [], [], [], [], [], [], [], [], [], []],
  dayFirstSeparators: [],
  creditLabels: ['图片来源', '圖片來源', '摄影', '攝影'],
  imageCreditLabels: ['图片来源', '圖片來源', '摄影', '攝影'],
  creditBylines: ['摄影', '攝影'],
  photoAgencies: ['新华社', '新華社', '视觉中国', '視覺中國', '中新社', 'getty images', 'ic photo'],
  // None: a Chinese end note names the source inside the dateline or the editor's line, which bylines read.
  attributions: [],
  shopButtons: ['立即购买', '立即購買', '加入购物车', '加入購物車'],
  pricePeriods: ['每月', '每年', '包月'],
  offerWords: [],
  ctaButtons: ['了解更多', '立即下载', '立即下載', '免费下载', '免費下載', '立即申请', '立即申請'],
  teaserOpeners: [],
  listLabels: ['优点', '優點', '缺点', '缺點'],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['首页', '首頁'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['目录', '目錄', '文章目录', '文章目錄'],
  // Why: a caption that says where its picture stands (WCXB 0400, 4696 in English), "the picture above" before a
  // full-width colon ("上图：工人在风电场安装叶片").
  captionPlaces: ['上图', '下图', '左图', '右图', '上圖', '下圖', '左圖', '右圖'],
} as const satisfies PhrasePack;
