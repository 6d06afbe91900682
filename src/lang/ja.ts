import type { PhrasePack } from './types.js';

/**
 * Japanese phrases. Japanese writes no space between words, so its phrases match inside a run of letters
 * (`matcher.ts`) and a phrase of four characters or more counts as several words (`phrase-hits.ts`): each entry
 * here is what a page's chrome says, not a word an article uses. no stopwords: a line's tokens run from one
 * punctuation mark to the next, and none of them is a function word on its own.
 */
export const ja = {
  code: 'ja',
  name: 'Japanese',
  stopwords: [],
  shareLabels: [
    'シェア', 'シェアする', 'この記事をシェア', 'この記事をシェアする', 'ツイート', 'ポストする', 'いいね',
    'ブックマーク', 'はてなブックマーク', 'はてブ', 'lineで送る', 'lineでシェア', 'メールで送る', 'urlをコピー',
    'リンクをコピー', 'コピーしました', '印刷する', '記事を保存', 'ギフトする',
    // Why: a share button names the network before で, glued to it ("Xでシェア", "Facebookでシェア").
    'xでシェア', 'xでポスト', 'facebookでシェア',
  ],
  // Why 'xをフォロー': the follow button glues the network to its verb ("公式Xをフォロー").
  social: [
    '公式アカウントをフォロー', 'フォローする', 'をフォローする', '友だち追加', '公式line', '公式x', 'xをフォロー', '公式xをフォロー',
  ],
  paywall: [
    '会員限定', '有料会員限定', '有料会員', 'この記事は有料会員', '続きを読むには', '続きを読む', '残り文字数',
    'ログインして続きを読む', '会員登録して続きを読む', '無料会員登録で', '初月無料', 'すでに会員の方',
    '会員の方はログイン', '有料プランに登録', '購読者限定', '無料で読めます', '今なら無料',
  ],
  subscribe: ['購読する', '購読申し込み', '定期購読', '会員登録', '新規会員登録', '無料会員登録', '今すぐ登録'],
  newsletter: [
    'メールマガジン', 'メルマガ', 'ニュースレター', 'メルマガ登録', 'メルマガを購読', 'ニュースレターを購読',
    'ニュースレターに登録', 'メールアドレスを入力', '配信登録',
  ],
  cookie: [
    'クッキーを使用', 'クッキーを利用', 'cookieを使用', 'cookieを利用', 'クッキーポリシー', 'cookieポリシー',
    'クッキーの使用に同意', 'cookieの使用に同意', 'すべて同意', 'すべて許可', '同意して閉じる', '同意する',
    'すべて拒否', 'cookie設定', 'クッキー設定',
  ],
  comments: [
    'コメント', 'コメントする', 'コメントを書く', 'コメントを投稿', 'コメントを残す', 'コメント一覧', 'コメント欄',
    '返信する', 'コメントを表示', 'コメントを読む',
    // Why: the count over a thread, glued to its number ("12件のコメント"), as zh's "12条评论".
    '件のコメント',
  ],
  replyButtons: ['返信'],
  commentCounts: ['件のコメント'],
  // Why: a count written after its label takes its counter word ("コメント12件", twelve comments).
  counterWords: ['件'],
  related: [
    '関連記事', '関連ニュース', 'あわせて読みたい', 'こちらもおすすめ', 'おすすめ記事', '人気記事', '人気の記事',
    'アクセスランキング', 'ランキング', '注目記事', '最新記事', '新着記事', '次の記事', '前の記事', 'この記事を読んだ人',
    'よく読まれている記事', 'もっと見る', '一覧を見る', '記事一覧', '関連リンク', '主なニュース',
    // Why: the headers of teaser boxes after a story (WCXB 0331, 4526, 0478 in English).
    'あなたにおすすめ', 'おすすめの記事', 'こんな記事も読まれています', '合わせて読みたい', '最新ニュース', '人気ランキング',
  ],
  ad: ['広告', 'スポンサー', 'pr', 'スポンサーリンク', '提供'],
  nav: [
    'ホーム', 'トップ', 'トップページ', 'メニュー', '検索', '閉じる', 'ログイン', 'ログアウト', 'マイページ',
    'ニュース', '速報', '政治', '経済', '国際', '社会', 'スポーツ', 'エンタメ', '文化', '科学', 'テクノロジー',
    'ビジネス', 'ライフ', '地域', '天気', '動画', '写真', '特集', 'コラム', '社説', 'オピニオン', 'お問い合わせ',
    'サイトマップ', '本文へ', '本文へスキップ', 'ページの先頭へ', 'ページトップへ', '戻る', '次へ', '前へ',
  ],
  legal: [
    'all rights reserved', '無断転載を禁じます', '無断転載禁止', '無断転載・複製を禁じます', '著作権',
    'プライバシーポリシー', '個人情報保護方針', '利用規約', 'ご利用にあたって', '免責事項', '特定商取引法',
    '著作権について', 'リンクについて',
  ],
  // Why: words of the comments, cookie, ad, newsletter, social, legal and uiPrompt lists that news sentences use ("首相は
  // 記者団に対し、詳しいコメントを控えた。", "提案に同意すると発表した", "感染が拡大する", "300件のコメントが寄せられた"):
  // they mark only a line of labels.
  commonWords: [
    'コメント', 'コメントする', '同意する', 'プロフィール', 'スポンサー', '購読する', '拡大する', '再生する', '返信する',
    'メールマガジン', 'メルマガ', 'ニュースレター', 'フォローする', '利用規約', '件のコメント',
    // Why: a consent banner's buttons ("accept all", "reject all"), which sentences say too.
    'すべて同意', 'すべて許可', 'すべて拒否',
  ],
  uiPrompt: [
    '拡大する', '画像を拡大', '写真を拡大', 'クリックで拡大', '読み込み中', '音声で聞く', '記事を読み上げる',
    'この記事を読み上げる', '目次', '目次を開く', '目次を閉じる', 'もっと読む', '動画を再生', '再生する',
    'javascriptを有効にしてください',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    '必須項目', '検索結果はありません', '該当する結果はありません',
    // Why: a reading time or a player's prompt under the headline (WCXB 0052, 0219 in English).
    '読了時間', 'この記事の読了時間', '分で読めます',
  ],
  feedback: [
    'この記事は役に立ちましたか', 'このページは役に立ちましたか', '記事の評価',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'ご意見をお聞かせください',
  ],
  readerPronouns: ['あなた', 'あなたの', '皆さん', 'みなさん'],
  authorBio: ['著者について', '著者プロフィール', 'プロフィール', 'この記事の筆者', 'この記事を書いた人', '執筆者'],
  greetings: ['こんにちは', 'はじめまして'],
  bylinePrefixes: ['著者', '筆者', '執筆者', '記者'],
  // None: Japanese parts writers' names by "、" or "・", not by a word.
  nameJoiners: [],
  // Why: a byline may write the writer's title after the name, a space between ("田中太郎 記者", meta11's test page in
  // test/multilingual.test.ts, issue 3); such a name is read only on a line of its own (byline.ts,
  // unspacedNameWithRole).
  roleWords: ['記者', '特派員', '編集委員', '論説委員'],
  facetLabels: ['カテゴリー', 'カテゴリ', 'テーマ', 'ジャンル', '地域'],
  dateLabels: ['公開日', '公開', '更新日', '更新', '最終更新日', '投稿日', '配信', '掲載日', '発行日'],
  weekdays: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'],
  // Months are numbers with 月 ("12月"): the year-first date form reads them (structure/date.ts).
  months: [[], [], [], [], [], [], [], [], [], [], [], []],
  dayFirstSeparators: [],
  creditLabels: ['写真', '撮影', '提供', '画像', '出典', 'イラスト'],
  imageCreditLabels: ['写真', '撮影', '画像提供', '写真提供'],
  creditBylines: ['撮影', '写真提供', '画像提供'],
  photoAgencies: ['ロイター', 'afp時事', '時事通信', 'getty images', 'shutterstock', 'pixta'],
  // None: a Japanese end note closes a paragraph ("…と述べた。（共同）") rather than standing alone.
  attributions: [],
  shopButtons: ['購入する', 'カートに入れる', '詳細を見る', '今すぐ購入', '価格をチェック'],
  pricePeriods: ['月額', '年額', '毎月'],
  offerWords: [],
  ctaButtons: ['詳しくはこちら', '詳細はこちら', 'お申し込み', '今すぐ申し込む', 'ダウンロード', '資料請求', '無料で試す'],
  teaserOpeners: [],
  listLabels: ['メリット', 'デメリット', '長所', '短所'],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['ホーム', 'トップ', 'トップページ'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['目次', 'この記事の目次'],
} as const satisfies PhrasePack;
