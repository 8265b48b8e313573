/**
 * Name and host normalization for registry look-ups. Matching is on exact normalized aliases
 * only, never on substrings, so "Sberbank" never matches "Sberbank Fan Club".
 */

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;
const MARKS = /\p{M}/gu;
const SEPARATORS = /[\p{P}\p{S}\p{Z}\s]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Legal-form words dropped from either end of a Latin or Cyrillic name (after lower-casing). */
const LEGAL_FORMS = new Set([
  "ltd", "limited", "co", "company", "inc", "incorporated", "corp", "corporation", "llc", "plc",
  "pjsc", "jsc", "ojsc", "cjsc", "pao", "oao", "zao", "ooo", "ao", "gmbh", "sa", "ag", "bv",
  "пао", "оао", "зао", "ооо", "ао", "нао", "фгуп", "гк", "ано", "фгбу", "фгбоу", "фгаоу", "во",
]);

/** Chinese legal-form endings, longest first. */
const CHINESE_LEGAL_ENDINGS = ["股份有限公司", "有限责任公司", "有限責任公司", "有限公司"];

/**
 * The outcome of normalizing a name: the key to look up, or the reason it cannot be matched.
 *
 * @example
 * ```ts
 * const n: NormalizedName = { ok: true, key: "sberbank" };
 * ```
 */
export type NormalizedName =
  | { readonly ok: true; readonly key: string }
  | { readonly ok: false; readonly problem: "empty" | "mixed-script" };

/**
 * Normalizes an organisation name for exact alias matching: Unicode compatibility forms
 * (full-width letters), case, diacritics (and `ё`), invisible characters, punctuation and
 * legal-form words (`Ltd.`, `Co., Ltd.`, `PJSC`, `ПАО`, `АО`, `有限公司`, `股份有限公司`) are
 * ignored. A word mixing Latin and Cyrillic letters (a look-alike) is refused, not guessed.
 *
 * @example
 * ```ts
 * normalizeName("ПАО «Сбербанк»"); // { ok: true, key: "сбербанк" }
 * normalizeName("Ｈｕａｗｅｉ Technologies Co., Ltd."); // { ok: true, key: "huawei technologies" }
 * normalizeName("Sbеrbank"); // Cyrillic "е": { ok: false, problem: "mixed-script" }
 * ```
 */
export function normalizeName(name: string): NormalizedName {
  let text = name.length > 1000 ? name.slice(0, 1000) : name;
  text = text.normalize("NFKC").replace(INVISIBLE, "").toLowerCase();
  text = text.normalize("NFD").replace(MARKS, "").normalize("NFC");
  const words = text.split(SEPARATORS).filter((w) => w.length > 0);
  for (const w of words) {
    if (LATIN.test(w) && CYRILLIC.test(w)) return { ok: false, problem: "mixed-script" };
  }
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] as string)) words.pop();
  while (words.length > 1 && LEGAL_FORMS.has(words[0] as string)) words.shift();
  if (words.length > 0) {
    const last = words.length - 1;
    for (const ending of CHINESE_LEGAL_ENDINGS) {
      const w = words[last] as string;
      if (!w.endsWith(ending)) continue;
      if (w.length > ending.length) words[last] = w.slice(0, -ending.length);
      else if (words.length > 1) words.pop();
      break;
    }
  }
  const key = words.join(" ");
  return key.length === 0 ? { ok: false, problem: "empty" } : { ok: true, key };
}

/**
 * The lower-case host of an http(s) URL, without a trailing dot, or `undefined` when the text
 * is not such a URL. Internationalized names come back in their ASCII (punycode) form.
 *
 * @example
 * ```ts
 * hostOf("https://WWW.Reuters.com/world/"); // "www.reuters.com"
 * hostOf("not a url"); // undefined
 * ```
 */
export function hostOf(url: string): string | undefined {
  if (url.length > 2048) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
    const host = u.hostname.toLowerCase().replace(/\.$/, "");
    return host.length > 0 ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The host itself and each parent domain of it, most specific first, for suffix matching on
 * label boundaries: `news.tass.ru` gives `news.tass.ru`, `tass.ru`, `ru`.
 *
 * @example
 * ```ts
 * domainSuffixes("english.news.cn"); // ["english.news.cn", "news.cn", "cn"]
 * ```
 */
export function domainSuffixes(host: string): string[] {
  const out: string[] = [host];
  let i = host.indexOf(".");
  while (i !== -1) {
    out.push(host.slice(i + 1));
    i = host.indexOf(".", i + 1);
  }
  return out;
}
