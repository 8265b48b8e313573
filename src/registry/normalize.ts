import { foldTraditional } from "./traditional.js";

/**
 * Name and host normalization for registry look-ups. Matching is on exact normalized aliases
 * only, never on substrings, so "Sberbank" never matches "Sberbank Fan Club".
 */

/** Every code point Unicode marks as default-ignorable: zero-width, bidi controls, variation selectors, tags, U+180E, … */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
/** Control characters (line breaks, tabs) separate words. */
const CONTROLS = /\p{Cc}/gu;
const MARKS = /\p{M}/gu;
const SEPARATORS = /[\p{P}\p{S}\p{Z}\s]+/gu;
const NON_ASCII = /[^\x00-\x7F]/u;
const LETTER = /\p{L}/u;

/** The scripts a name may be written in; a letter of any other script makes a name unmatchable. */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Han", /\p{Script=Han}/u],
  ["Greek", /\p{Script=Greek}/u],
];

/**
 * Letters of other scripts, and Latin letters outside ASCII, that look like a Latin letter or
 * digit, after the confusables of Unicode's UTS #39 for the scripts names are written in here
 * (Cyrillic, Greek, Latin small capitals and letters with strokes). Upper and lower case are
 * both listed, since a look-alike is judged by its shape before case is folded.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic capitals and small letters
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", У: "Y", Ү: "Y",
  І: "I", Ј: "J", Ѕ: "S", Ԛ: "Q", Ԝ: "W", Ӏ: "I", Һ: "H",
  а: "a", е: "e", о: "o", р: "p", с: "c", х: "x", у: "y", ү: "y", і: "i", ј: "j", ѕ: "s", һ: "h",
  ԛ: "q", ԝ: "w", ӏ: "l",
  // small letters that look like Latin small capitals (UTS #39 maps them to those; we fold the
  // small capitals to Latin below, so "Асме" in Cyrillic reads as "Acme")
  в: "b", м: "m", н: "h", т: "t", к: "k", ь: "b", п: "n", г: "r",
  // Greek capitals and small letters
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T",
  Υ: "Y", Χ: "X", ο: "o", ν: "v", α: "a", ι: "i", ρ: "p", υ: "u", ϲ: "c", ϳ: "j", κ: "k", τ: "t", η: "n",
  ω: "w", μ: "u",
  // Latin letters that are not ASCII but look like it
  ı: "i", ȷ: "j", ɑ: "a", ɡ: "g", ł: "l", đ: "d", ø: "o", ħ: "h",
  ᴀ: "a", ʙ: "b", ᴄ: "c", ᴅ: "d", ᴇ: "e", ɢ: "g", ʜ: "h", ɪ: "i", ᴊ: "j", ᴋ: "k", ʟ: "l", ᴍ: "m",
  ɴ: "n", ᴏ: "o", ᴘ: "p", ʀ: "r", ꜱ: "s", ᴛ: "t", ᴜ: "u", ᴠ: "v", ᴡ: "w", ʏ: "y", ᴢ: "z",
};

/** Legal-form words dropped from either end of a Latin or Cyrillic name (after lower-casing). */
const LEGAL_FORMS = new Set([
  "ltd", "limited", "co", "company", "inc", "incorporated", "corp", "corporation", "llc", "plc",
  "pjsc", "jsc", "ojsc", "cjsc", "pao", "oao", "zao", "ooo", "ao", "gmbh", "sa", "ag", "bv",
  "пао", "оао", "зао", "ооо", "ао", "нао", "фгуп", "гк", "ано", "фгбу", "фгбоу", "фгаоу", "во",
]);

/** Chinese legal-form endings, longest first. */
const CHINESE_LEGAL_ENDINGS = ["股份有限公司", "有限责任公司", "有限公司"];

/**
 * The outcome of normalizing a name: the key to look up, or the reason it cannot be matched.
 * `mixed-script` means a word mixes scripts (other than Latin with Chinese, as in `华为云AI`);
 * `unsupported-script` means a letter is in none of the scripts names are matched in (Latin,
 * Cyrillic, Greek, Chinese).
 *
 * @example
 * ```ts
 * const n: NormalizedName = { ok: true, key: "sberbank" };
 * ```
 */
export type NormalizedName =
  | {
      /** The name can be matched. */
      readonly ok: true;
      /** The key two names that match share. */
      readonly key: string;
    }
  | {
      /** The name cannot be matched. */
      readonly ok: false;
      /** Why: nothing is left once normalized, a word mixes scripts, or a letter is in no supported script. */
      readonly problem: "empty" | "mixed-script" | "unsupported-script";
    };

/** The scripts of the letters in a word, or `undefined` when a letter is in none of {@link SCRIPTS}. */
function scriptsOf(word: string): Set<string> | undefined {
  const found = new Set<string>();
  for (const ch of word) {
    if (!LETTER.test(ch)) continue;
    const script = SCRIPTS.find(([, re]) => re.test(ch));
    if (script === undefined) return undefined;
    found.add(script[0]);
  }
  return found;
}

function words(text: string): string[] {
  return text.split(SEPARATORS).filter((w) => w.length > 0);
}

/** Drops legal-form words and Chinese legal endings from a name's words, in place. */
function dropLegalForms(ws: string[]): void {
  while (ws.length > 1 && LEGAL_FORMS.has(ws[ws.length - 1] as string)) ws.pop();
  while (ws.length > 1 && LEGAL_FORMS.has(ws[0] as string)) ws.shift();
  if (ws.length === 0) return;
  const last = ws.length - 1;
  for (const ending of CHINESE_LEGAL_ENDINGS) {
    const w = ws[last] as string;
    if (!w.endsWith(ending)) continue;
    if (w.length > ending.length) ws[last] = w.slice(0, -ending.length);
    else if (ws.length > 1) ws.pop();
    break;
  }
}

/** Compatibility forms, default-ignorables, controls, case, marks and Traditional characters folded. */
function fold(name: string, lower: boolean): string {
  let text = name.length > 1000 ? name.slice(0, 1000) : name;
  text = text.normalize("NFKC").replace(IGNORABLE, "").replace(CONTROLS, " ");
  if (lower) text = text.toLowerCase();
  if (NON_ASCII.test(text)) {
    text = text.normalize("NFD").replace(MARKS, "").normalize("NFC");
    text = foldTraditional(text);
  }
  return text;
}

/**
 * Normalizes an organisation name for exact alias matching: Unicode compatibility forms
 * (full-width letters), case, diacritics (and `ё`), every default-ignorable code point (zero-width
 * characters, bidi controls, variation selectors), punctuation, legal-form words (`Ltd.`,
 * `Co., Ltd.`, `PJSC`, `ПАО`, `АО`, `有限公司`, `股份有限公司`) and Traditional Chinese
 * characters (folded to Simplified) are ignored. A word mixing scripts (Latin with Cyrillic, say:
 * a look-alike) is refused, not guessed.
 *
 * @example
 * ```ts
 * normalizeName("ПАО «Сбербанк»"); // { ok: true, key: "сбербанк" }
 * normalizeName("Ｈｕａｗｅｉ Technologies Co., Ltd."); // { ok: true, key: "huawei technologies" }
 * normalizeName("華為"); // { ok: true, key: "华为" }
 * normalizeName("Sbеrbank"); // Cyrillic "е": { ok: false, problem: "mixed-script" }
 * ```
 */
export function normalizeName(name: string): NormalizedName {
  const ws = words(fold(name, true));
  for (const w of ws) {
    if (!NON_ASCII.test(w)) continue;
    const scripts = scriptsOf(w);
    if (scripts === undefined) return { ok: false, problem: "unsupported-script" };
    if (scripts.size > 1 && !(scripts.size === 2 && scripts.has("Latin") && scripts.has("Han"))) return { ok: false, problem: "mixed-script" };
  }
  dropLegalForms(ws);
  const key = ws.join(" ");
  return key.length === 0 ? { ok: false, problem: "empty" } : { ok: true, key };
}

/**
 * The confusable skeleton of a name, in the sense of Unicode's UTS #39: what it looks like,
 * whatever scripts it is written in. Look-alike letters are mapped to the Latin letters they
 * imitate before case is folded, `i`, `l` and `1` become one letter, as do `o` and `0`; then
 * the name is folded like {@link normalizeName} (without refusing mixed scripts), legal forms are
 * dropped, and what separates words (spaces, punctuation, invisible characters) is removed, so
 * `Hua-wei`, `H.U.A.W.E.I.` and `Huawei\u3164Tech` show the name they hide. Two names with the
 * same skeleton look the same to a reader. Used to refuse look-alikes, never to match.
 *
 * @example
 * ```ts
 * nameSkeleton("ХІАОМІ") === nameSkeleton("Xiaomi"); // true: Cyrillic letters that look Latin
 * nameSkeleton("Аlibaba Cloud") === nameSkeleton("Alibaba Cloud"); // true
 * ```
 * @internal
 */
export function nameSkeleton(name: string): string {
  return skeletonWords(name).join("");
}

/** The words of a name's skeleton (see {@link nameSkeleton}), before they are joined. @internal */
export function skeletonWords(name: string): string[] {
  let shaped = "";
  for (const c of name.slice(0, 1000).normalize("NFKC")) shaped += CONFUSABLES[c] ?? c;
  const ws = words(fold(shaped, true).replace(/[i1]/g, "l").replace(/0/g, "o"));
  dropLegalForms(ws);
  return ws;
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
  return parseUrl(url)?.host;
}

/**
 * An absolute http(s) URL's lowercased host (without a trailing dot) and its path, parsed once;
 * `undefined` for anything else.
 * @internal
 */
export function parseUrl(url: string): { readonly host: string; readonly path: string } | undefined {
  if (url.length > 2048) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
    const host = u.hostname.toLowerCase().replace(/\.$/, "");
    return host.length > 0 ? { host, path: u.pathname } : undefined;
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
