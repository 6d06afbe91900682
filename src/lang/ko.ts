import type { PhrasePack } from './types.js';

/**
 * Korean phrases. Korean writes spaces between words, so its phrases match on word boundaries like any spaced
 * language's; each entry is what a page's chrome says, not a word an article uses. A particle glued to a word keeps
 * the word from matching in a sentence ("관련 기사를" holds no "관련 기사" line, "구독자" no "구독"). No stopwords:
 * particles and endings are glued to the word before them ("정부는", "밝혔다"), so a Korean sentence has almost no
 * token that is a function word on its own, and a stopword share would read every paragraph as a list of names.
 * The pack is chosen by script (`detect-language.ts`).
 */
export const ko = {
  code: 'ko',
  name: 'Korean',
  stopwords: [],
  shareLabels: [
    '공유', '공유하기', '기사 공유하기', '페이스북', '트위터', '카카오톡', '카카오스토리', '네이버 블로그', '밴드',
    'url 복사', '링크 복사', '주소 복사', 'url이 복사되었습니다', '인쇄', '인쇄하기', '스크랩', '이메일', '좋아요',
  ],
  social: ['팔로우', '팔로우하기', '카카오톡 채널 추가', '채널 추가하기', '친구 추가하기'],
  // Not "유료 기사" or "프리미엄 콘텐츠": a story on the press's business says them.
  paywall: [
    '유료 회원 전용', '구독자 전용 기사', '회원 전용 기사', '로그인 후 이용 가능합니다', '로그인하고 계속 읽기',
    '이미 회원이신가요',
  ],
  // Not "구독 신청": a headline of eight words may say it ("넷플릭스 구독 신청 급증").
  subscribe: ['구독', '구독하기', '구독 신청하기', '정기구독', '회원가입', '후원하기'],
  newsletter: ['뉴스레터', '뉴스레터 구독하기', '뉴스레터 신청하기', '이메일 주소를 입력하세요', '이메일을 입력하세요'],
  // A notice's own sentence endings; not "쿠키 정책" or "모두 거부", which a story says ("여야 모두 거부 입장을").
  cookie: ['쿠키를 사용합니다', '쿠키를 사용하고 있습니다', '쿠키 사용에 동의합니다', '필수 쿠키만 허용'],
  // Not "댓글 달기" or "댓글 보기": headlines on portals' comment rules say them.
  // Why '개의 댓글': the count over a thread, its counter glued to the number ("12개의 댓글"; see gluedToNumber).
  comments: [
    '댓글', '댓글쓰기', '댓글 쓰기', '댓글 더보기', '댓글을 입력하세요', '답글', '첫 댓글을 남겨주세요', '개의 댓글',
  ],
  replyButtons: ['답글'],
  // Why: Korean glues a counter to its number ("3분", three minutes; "12개", twelve), so these phrases follow a digit.
  gluedToNumber: ['분 읽기', '개의 댓글'],
  commentCounts: ['개의 댓글'],
  // Why: a count written after its label takes its counter word ("댓글 12개", twelve comments; "댓글 3건").
  counterWords: ['개', '건'],
  related: [
    '관련기사', '관련 기사', '관련뉴스', '관련 뉴스', '많이 본 뉴스', '많이 본 기사', '가장 많이 본 뉴스', '인기기사',
    '인기 기사', '추천기사', '추천 기사', '주요뉴스', '주요 뉴스', '이 시각 주요뉴스', '최신기사', '최신 기사',
    '최신뉴스', '이전 기사', '다음 기사', '이전기사', '다음기사', '더보기', '실시간 인기', '많이 본',
    // Why: the headers of teaser boxes after a story (WCXB 0331, 4526, 0478 in English).
    '함께 보면 좋은 기사', '함께 볼만한 뉴스', '에디터 추천', '오늘의 주요뉴스',
  ],
  ad: ['광고', '스폰서', '협찬'],
  nav: [
    '홈', '메뉴', '전체메뉴', '전체 메뉴', '검색', '로그인', '로그아웃', '마이페이지', '닫기', '뉴스', '정치', '경제',
    '사회', '국제', '세계', '문화', '스포츠', '연예', '오피니언', '사설', '칼럼', '포토', '영상', '생활', '지역',
    '전국', '과학', 'it·과학', '산업', '증권', '부동산', '기획', '본문 바로가기', '주메뉴 바로가기', '맨 위로',
    '위로', '이전', '다음', '고객센터', '회사소개', '기사제보', '제보하기', '전체기사',
  ],
  legal: [
    '무단 전재 및 재배포 금지', '무단전재 및 재배포 금지', '무단 전재-재배포 금지', '무단전재-재배포 금지',
    '무단전재 재배포 금지', '재배포 금지', 'ai 학습 및 활용 금지', 'ai학습 이용 금지', '무단전재', '저작권자',
    // Footer links, one word each so only a line of them matches: "개인정보 처리방침" in two words is a story's too
    // ("개인정보 처리방침 위반으로").
    '개인정보처리방침', '이용약관', '청소년보호정책', '이메일무단수집거부',
  ],
  uiPrompt: [
    '글자 크기', '글자크기', '글씨 크기', '기사 듣기', '음성으로 듣기', '본문 듣기', '사진 확대', '확대', '축소',
    '펼치기', '접기', '로딩 중',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    '필수 항목', '검색 결과가 없습니다',
    // Why: a reading time under the headline (WCXB 0032, 0037 in English), label first ("읽는 시간 4분", "예상 읽기 시간:
    // 8분") or after the minutes ("3분 읽기", its number glued to the minute: see gluedToNumber); a sentence glues its
    // particle on ("읽는 시간이 늘었다", "10분 읽기로").
    '읽는 시간', '읽기 시간', '예상 읽기 시간', '분 읽기',
  ],
  feedback: [
    '이 기사를 추천합니다', '이 기사가 도움이 되었나요', '후속기사 원해요',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    '의견을 들려주세요',
  ],
  readerPronouns: ['당신', '당신의', '여러분', '귀하'],
  authorBio: ['기자 소개', '기자 프로필', '이 기자의 다른 기사', '기자의 다른 기사', '필자 소개', '저자 소개'],
  greetings: ['안녕하세요'],
  // Why no "기자": it follows the name ("홍길동 기자"): it is a role word.
  bylinePrefixes: ['작성자', '글쓴이', '기자명'],
  // None: Korean parts writers' names by commas or spaces ("홍길동·김철수 기자").
  nameJoiners: [],
  // Why: a Korean byline writes the writer's title after the name, a space between ("홍길동 기자", "홍길동 특파원"); a
  // name is read so only on a line of its own (byline.ts, unspacedNameWithRole).
  roleWords: ['기자', '특파원', '선임기자'],
  facetLabels: ['분야', '카테고리', '주제', '섹션'],
  dateLabels: [
    '입력', '수정', '기사입력', '최종수정', '입력일', '수정일', '등록일', '작성일', '발행일', '업데이트', '송고시간',
  ],
  weekdays: ['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일'],
  // Months are numbers with 월 ("12월"): the year-first date form reads them (structure/date.ts).
  months: [[], [], [], [], [], [], [], [], [], [], [], []],
  dayFirstSeparators: [],
  creditLabels: ['사진', '사진 제공', '사진제공', '자료', '출처', '그래픽', '일러스트'],
  imageCreditLabels: ['사진', '사진 제공', '사진제공', '그래픽'],
  creditBylines: ['사진 제공', '사진제공', '촬영'],
  photoAgencies: ['연합뉴스', '뉴시스', '뉴스1', '로이터', 'afp', 'ap', '게티이미지', '게티이미지뱅크', 'getty images'],
  // None: a Korean story names its agency in the dateline that opens it ("(서울=연합뉴스)"), not in an end note.
  attributions: [],
  shopButtons: ['구매하기', '바로 구매', '바로구매', '장바구니 담기', '최저가 보기'],
  // None: the shop's particle is glued to its name ("쿠팡에서").
  pricePeriods: ['월', '매월', '연간'],
  offerWords: [],
  ctaButtons: ['자세히 보기', '자세히 알아보기', '더 알아보기', '신청하기', '지금 신청하기', '다운로드'],
  // None: the verb comes last ("…에 대해 더 알아보기"), so no phrase opens such a line.
  teaserOpeners: [],
  listLabels: ['장점', '단점'],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['홈'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['목차', '이 글의 목차'],
} as const satisfies PhrasePack;
