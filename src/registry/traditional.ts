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
const PAIRS = "動动務务員员問问國国團团報报夥伙學学寧宁導导崑昆崙仑廣广數数時时會会枱台業业榮荣槳桨機机檯台湯汤為为爲为爾尔環环產产療疗發发監监礎础節节約约紐纽終终絡络經经網网線线總总羅罗義义聞闻聯联臺台興兴華华蔔卜蘿萝螞蚂螢萤蟻蚁術术衛卫衞卫視视計计訊讯證证譜谱變变財财責责資资車车辦办達达醫医際际雲云電电靈灵頭头飛飞館馆駐驻騰腾體体";

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
