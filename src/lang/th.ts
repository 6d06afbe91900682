import type { PhrasePack } from './types.js';

/**
 * Thai phrases. Thai writes no space between words (a space parts clauses), so its phrases match inside a run of
 * letters (`matcher.ts`) as Chinese and Japanese ones do: each entry here is what a page's chrome says, not a word an
 * article uses. No stopwords: a line's tokens run from one space to the next, clauses rather than words. Why a pack:
 * the research set's prachatai story (th) kept its related list, sharing and donation boxes and comment header, which
 * no pack named. Years: Thai dates count the Buddhist era ("21 ม.ค.2561" is 2018), which `eraOffset` converts in a date
 * written with a month's name.
 */
export const th = {
  code: 'th',
  name: 'Thai',
  stopwords: [],
  shareLabels: [
    'แชร์', 'แชร์บทความนี้', 'แบ่งปัน', 'คัดลอกลิงก์', 'พิมพ์', 'ทวีต',
    // Why: a share bar's lead-in, its networks and its copied-link notice, as in the other packs.
    'แชร์ไปยัง', 'แชร์ผ่าน', 'คัดลอกลิงก์แล้ว', 'เฟซบุ๊ก', 'ไลน์', 'อีเมล',
  ],
  social: ['ติดตามเรา', 'ติดตามได้ที่', 'กดติดตาม', 'ติดตามอัพเดท', 'ติดตามอัปเดต', 'เพิ่มเพื่อน'],
  paywall: ['เฉพาะสมาชิก', 'สำหรับสมาชิก', 'เข้าสู่ระบบเพื่ออ่านต่อ', 'สมัครสมาชิกเพื่ออ่านต่อ'],
  subscribe: ['สมัครสมาชิก', 'สมาชิกอุปถัมภ์', 'สมัครเลย', 'สมัครรับข่าวสาร'],
  newsletter: ['จดหมายข่าว', 'สมัครรับข่าวผ่านอีเมล', 'รับข่าวสารทางอีเมล', 'กรอกอีเมล', 'สมัครรับจดหมายข่าว'],
  cookie: [
    'คุกกี้', 'นโยบายคุกกี้', 'ยอมรับคุกกี้', 'ยอมรับทั้งหมด', 'ตั้งค่าคุกกี้', 'เว็บไซต์นี้ใช้คุกกี้', 'เราใช้คุกกี้',
    'ปฏิเสธทั้งหมด',
  ],
  comments: ['แสดงความคิดเห็น', 'ความคิดเห็น', 'แสดงความเห็น', 'ความเห็น', 'ความคิดเห็นทั้งหมด', 'เขียนความคิดเห็น'],
  commentCounts: ['ความคิดเห็น'],
  related: [
    'เรื่องที่เกี่ยวข้อง', 'ข่าวที่เกี่ยวข้อง', 'บทความที่เกี่ยวข้อง', 'ข่าวรอบวัน', 'ข่าวล่าสุด', 'ข่าวยอดนิยม',
    'อ่านเพิ่มเติม', 'บทความแนะนำ',
    // Why: the headers of teaser boxes after a story (WCXB 0331, 4526, 0478 in English).
    'ข่าวที่น่าสนใจ', 'ข่าวแนะนำ', 'บทความล่าสุด', 'ข่าวอื่นๆ', 'คุณอาจสนใจ', 'ข่าวก่อนหน้า', 'ข่าวถัดไป',
    'บทความก่อนหน้า', 'บทความถัดไป',
  ],
  ad: ['โฆษณา', 'ลงโฆษณา', 'พื้นที่โฆษณา', 'ประชาสัมพันธ์'],
  nav: [
    'หน้าแรก', 'หน้าหลัก', 'ข่าว', 'การเมือง', 'เศรษฐกิจ', 'ต่างประเทศ', 'กีฬา', 'บันเทิง', 'ค้นหา', 'เมนู',
    'ติดต่อเรา', 'เกี่ยวกับเรา', 'แผนผังเว็บ', 'เข้าสู่ระบบ', 'กลับด้านบน',
  ],
  legal: ['สงวนลิขสิทธิ์', 'ลิขสิทธิ์', 'คำประกาศสิทธิ', 'นโยบายความเป็นส่วนตัว', 'ข้อกำหนดการใช้งาน'],
  // Why: words of the comments, cookie, ad, legal and uiPrompt lists that Thai sentences use ("เขาไม่แสดงความคิดเห็นต่อ
  // เรื่องนี้", "he did not comment"; "ขายคุกกี้", "sells cookies"; "ผู้ต้องหาปฏิเสธทั้งหมด", "the suspect denied it
  // all"; "เพิ่มเวลาในการอ่านหนังสือ", "more time for reading"): they mark only a line of labels.
  commonWords: [
    'คุกกี้', 'ความคิดเห็น', 'ความเห็น', 'แสดงความคิดเห็น', 'แสดงความเห็น', 'โฆษณา', 'ประชาสัมพันธ์', 'ลิขสิทธิ์',
    'ยอมรับทั้งหมด', 'ปฏิเสธทั้งหมด', 'ความคิดเห็นทั้งหมด', 'เวลาในการอ่าน',
  ],
  uiPrompt: [
    'คลิกที่นี่', 'คลิกเพื่อดู', 'ดูทั้งหมด', 'ดูเพิ่มเติม', 'กำลังโหลด',
    // Why: a widget's or a form's leftovers: a script's notice, a required field's note, an empty search (WCXB 0390, 0162).
    'ไม่พบผลลัพธ์',
    // Why: a reading time or a player's prompt under the headline (WCXB 0052, 0219 in English).
    'เวลาในการอ่าน', 'ฟังบทความนี้',
  ],
  feedback: [
    'บทความนี้มีประโยชน์หรือไม่',
    // Why: a survey box's call under the article (WCXB 4565, in English).
    'ช่วยเราปรับปรุง',
  ],
  readerPronouns: ['คุณ', 'ท่าน'],
  authorBio: ['เกี่ยวกับผู้เขียน', 'ประวัติผู้เขียน'],
  greetings: ['สวัสดี', 'สวัสดีครับ', 'สวัสดีค่ะ'],
  bylinePrefixes: ['โดย', 'เขียนโดย', 'ผู้เขียน', 'รายงานโดย', 'เรียบเรียงโดย'],
  // None: Thai writes the word between names without spaces ("สมชายและสมหญิง").
  nameJoiners: [],
  // A role after a name is found by the capital that opens it, which this script lacks.
  roleWords: [],
  facetLabels: ['หมวดหมู่', 'ประเภท'],
  dateLabels: [
    'วันที่', 'เผยแพร่', 'อัปเดต', 'อัพเดท', 'ปรับปรุงล่าสุด', 'เผยแพร่เมื่อ', 'อัปเดตล่าสุด', 'แก้ไขล่าสุด',
    'โพสต์เมื่อ',
  ],
  weekdays: ['วันจันทร์', 'วันอังคาร', 'วันพุธ', 'วันพฤหัสบดี', 'วันศุกร์', 'วันเสาร์', 'วันอาทิตย์'],
  months: [
    ['มกราคม', 'ม.ค.'],
    ['กุมภาพันธ์', 'ก.พ.'],
    ['มีนาคม', 'มี.ค.'],
    ['เมษายน', 'เม.ย.'],
    ['พฤษภาคม', 'พ.ค.'],
    ['มิถุนายน', 'มิ.ย.'],
    ['กรกฎาคม', 'ก.ค.'],
    ['สิงหาคม', 'ส.ค.'],
    ['กันยายน', 'ก.ย.'],
    ['ตุลาคม', 'ต.ค.'],
    ['พฤศจิกายน', 'พ.ย.'],
    ['ธันวาคม', 'ธ.ค.'],
  ],
  dayFirstSeparators: ['/'],
  // Why: Thai pages date by the Buddhist era, 543 years ahead of the Common Era ("12 เมษายน 2560" is 2017).
  eraOffset: 543,
  creditLabels: ['ภาพ', 'ภาพประกอบ', 'ที่มาภาพ', 'เครดิตภาพ'],
  // Why 'ภาพ': Thai news pages credit a photo as "ภาพ: รอยเตอร์" (picture: Reuters); only before a colon is it read so.
  imageCreditLabels: ['ภาพ', 'ภาพประกอบ', 'ที่มาภาพ', 'เครดิตภาพ'],
  creditBylines: ['ภาพโดย', 'ถ่ายภาพโดย'],
  photoAgencies: ['รอยเตอร์', 'เอเอฟพี', 'getty images'],
  // None: a Thai end note closes a paragraph rather than standing alone.
  attributions: [],
  shopButtons: ['ซื้อเลย', 'สั่งซื้อ', 'หยิบใส่ตะกร้า'],
  pricePeriods: ['ต่อเดือน', 'ต่อปี'],
  offerWords: [],
  ctaButtons: ['ดูรายละเอียด', 'สมัครเลย', 'ลงทะเบียนเลย'],
  teaserOpeners: [],
  listLabels: ['ข้อดี', 'ข้อเสีย'],
  // The front page's label that opens a trail of crumbs written a crumb a line (WCXB 4185 in English).
  crumbRoots: ['หน้าแรก', 'หน้าหลัก'],
  // Why: the label over a contents list (WCXB 0252, 4253 in English).
  contentsLabels: ['สารบัญ', 'เนื้อหาในบทความนี้'],
} as const satisfies PhrasePack;
