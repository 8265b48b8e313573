/**
 * Traditional Chinese characters folded to their Simplified forms, so that a name written in
 * Hong Kong, Taiwan or HKEX filings (`華為`, `騰訊`, `阿里巴巴集團`) matches its Simplified alias.
 *
 * The table is small on purpose: it holds exactly the characters of the built-in registry's
 * Chinese names whose Traditional forms differ, derived with OpenCC (see
 * `test/tools/traditional-table.ts`) and checked against it by a test. A host that adds a Chinese
 * name with other characters lists its Traditional form as an alias too. Folding Traditional to
 * Simplified is one-way and many-to-one, so it never merges two Simplified names.
 */
const PAIRS = "亞亚優优動动務务勵励匯汇區区協协員员問问嗶哔國国園园圖图團团報报夥伙學学實实寧宁專专導导島岛崑昆崙仑庫库廣广從从復复數数時时曠旷書书會会東东枱台條条業业榮荣槳桨樂乐樹树機机檯台欄栏湯汤濟济濱滨灣湾為为爲为爾尔環环產产療疗發发監监眾众碼码礎础節节範范簡简粵粤紀纪約约紅红紐纽終终絡络經经網网線线總总羅罗義义聞闻聯联聲声臺台興兴華华萬万蔔卜蘿萝號号螞蚂螢萤蟻蚁衆众術术衛卫衞卫製制視视觀观計计訊讯證证譜谱變变財财責责貼贴資资躍跃車车軟软辦办達达選选郵邮醫医鋒锋開开階阶際际雲云電电靈灵韓韩頓顿頭头頻频飛飞館馆駐驻騰腾驗验體体鳳凤鵬鹏";

let table: ReadonlyMap<string, string> | undefined;

function traditionalTable(): ReadonlyMap<string, string> {
  if (table !== undefined) return table;
  const chars = Array.from(PAIRS);
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) m.set(chars[i] as string, chars[i + 1] as string);
  table = m;
  return m;
}

/**
 * Replaces each Traditional character of the table by its Simplified form.
 *
 * @example
 * ```ts
 * foldTraditional("華為"); // "华为"
 * ```
 * @internal
 */
export function foldTraditional(text: string): string {
  const t = traditionalTable();
  let out = "";
  for (const ch of text) out += t.get(ch) ?? ch;
  return out;
}
