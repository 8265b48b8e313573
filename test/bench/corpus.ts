/**
 * A seeded, realistic corpus of announcements for the side-by-side benchmark: parties named as
 * the press names them (English, Simplified and Traditional Chinese, Russian transliterations,
 * subsidiaries and product brands, some names no registry could place), sources on the outlets
 * that report such deals (and on blogs, channels and unknown sites), dates in every form the
 * schema takes, and the judgement fields in the mix the press produces: most announcements are
 * talks, trade, general technology or one-off deals, and only a few are a formal AI partnership
 * that a resolver could count.
 *
 * Deterministic: the same `n` and `seed` give the same announcements (its own PRNG, never
 * Math.random). Every announcement passes `Announcement.safeParse`, and ids are unique.
 */
import type { AiActivity, Announcement, AnnouncementTime, RussianParty, Source, SourceKind } from "../../src/index.js";

// ─── PRNG ───────────────────────────────────────────────────────────────────────────────────────

/** mulberry32: small, fast, good enough for a corpus. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = (seed >>> 0) ^ 0x9e3779b9;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  weighted<T>(table: readonly (readonly [number, T])[]): T {
    let total = 0;
    for (const [w] of table) total += w;
    let x = this.next() * total;
    for (const [w, v] of table) {
      x -= w;
      if (x < 0) return v;
    }
    return (table[table.length - 1] as readonly [number, T])[1];
  }
  hex(len: number): string {
    let s = "";
    for (let i = 0; i < len; i++) s += "0123456789abcdef"[this.int(16)];
    return s;
  }
}

// ─── The Chinese side ───────────────────────────────────────────────────────────────────────────

/** How the press names each series company, its units and its affiliates (every name resolves in the built-in registry). */
export const CHINESE_NAMES: Readonly<Record<string, readonly string[]>> = {
  alibaba: ["Alibaba", "Alibaba Group", "阿里巴巴", "阿里巴巴集團", "Алибаба", "Alibaba Group Holding Ltd.", "Alibaba Cloud", "Alibaba Cloud", "阿里云", "阿里雲", "Aliyun", "Qwen", "通义千问", "Alibaba Cloud Intelligence", "Алибаба Клауд", "T-Head", "平头哥", "DAMO Academy", "Ant Group", "蚂蚁集团", "01.AI", "Baichuan AI"],
  baidu: ["Baidu", "Baidu", "百度", "Байду", "ERNIE Bot", "文心一言", "Baidu AI Cloud", "百度智能云", "Baidu Apollo", "Apollo Go", "Kunlunxin", "昆仑芯"],
  bytedance: ["ByteDance", "ByteDance", "字节跳动", "字節跳動", "Байтдэнс", "Doubao", "豆包", "Volcano Engine", "火山引擎", "Volcengine", "TikTok", "Douyin", "抖音"],
  tencent: ["Tencent", "Tencent", "腾讯", "騰訊", "Тенсент", "Tencent Holdings Ltd.", "Tencent Hunyuan", "Tencent Cloud", "腾讯云", "騰訊雲", "Enflame", "StepFun"],
  huawei: ["Huawei", "Huawei", "Huawei", "华为", "華為", "Хуавэй", "Хуавей", "Huawei Technologies Co., Ltd.", "Huawei Technologies", "Huawei Cloud", "华为云", "華為雲", "HiSilicon", "Huawei Ascend", "华为昇腾", "Honor", "xFusion"],
  deepseek: ["DeepSeek", "DeepSeek", "深度求索", "Дипсик", "DeepSeek AI", "Beijing DeepSeek", "High-Flyer"],
  iflytek: ["iFlytek", "iFlytek", "科大讯飞", "科大訊飛", "Айфлайтек", "iFlytek Spark", "讯飞", "iFlytek Healthcare"],
  sensetime: ["SenseTime", "SenseTime", "商汤科技", "商湯科技", "СенсТайм", "SenseNova"],
  "zhipu-ai": ["Zhipu AI", "Zhipu AI", "智谱AI", "Z.ai", "ChatGLM", "Чжипу", "Knowledge Atlas"],
  "moonshot-ai": ["Moonshot AI", "Moonshot AI", "月之暗面", "Kimi", "Муншот"],
  minimax: ["MiniMax", "MiniMax", "稀宇科技", "Hailuo AI", "Минимакс"],
  xiaomi: ["Xiaomi", "Xiaomi", "小米", "Сяоми", "Шаоми", "Xiaomi EV", "小米汽车"],
  lenovo: ["Lenovo", "Lenovo", "联想", "聯想", "Леново", "Motorola Mobility", "Cambricon"],
  zte: ["ZTE", "ZTE", "中兴通讯", "中興通訊", "ЗТЕ", "Sanechips"],
  inspur: ["Inspur", "Inspur", "浪潮集团", "Инспур", "Inspur Information"],
  hikvision: ["Hikvision", "Hikvision", "海康威视", "Хиквижн", "EZVIZ", "Hikrobot"],
  dahua: ["Dahua Technology", "Dahua", "大华股份", "Дахуа"],
  kuaishou: ["Kuaishou", "Kuaishou", "快手", "Kling AI", "Куайшоу"],
  "china-mobile": ["China Mobile", "China Mobile", "中国移动", "中國移動", "Чайна Мобайл", "China Mobile International", "China Mobile Communications Group"],
  "china-telecom": ["China Telecom", "China Telecom", "中国电信", "中國電信", "Чайна Телеком", "China Telecom Global", "Tianyi Cloud", "天翼云"],
};

/** How often the press writes about each series company's Russian dealings (relative). */
const COMPANY_WEIGHTS: readonly (readonly [number, string])[] = [
  [14, "huawei"], [10, "alibaba"], [8, "baidu"], [7, "tencent"], [7, "bytedance"], [6, "deepseek"], [4, "iflytek"], [3, "sensetime"],
  [3, "zhipu-ai"], [2, "moonshot-ai"], [2, "minimax"], [5, "xiaomi"], [4, "lenovo"], [5, "zte"], [3, "inspur"], [3, "hikvision"],
  [3, "dahua"], [2, "kuaishou"], [5, "china-mobile"], [4, "china-telecom"],
];

/** Chinese organisations outside the series companies (the registry places them as "not that company"). */
export const OTHER_CHINESE = ["Tsinghua University", "清华大学", "Peking University", "Zhejiang University", "Harbin Institute of Technology", "哈尔滨工业大学", "Cambricon", "寒武纪", "Moore Threads", "摩尔线程", "Biren", "Hygon", "SMIC", "Sugon", "Megvii", "旷视科技", "CloudWalk", "4Paradigm", "Unitree", "宇树科技", "UBTech", "Horizon Robotics", "Zhejiang Lab", "BAAI", "Chinese Academy of Sciences", "中国科学院"];

/** Chinese parties no registry could place: small firms, typos, spaced or extended names. */
export const UNKNOWN_CHINESE = ["Hangzhou Lingxi Intelligence", "Shenzhen Xinghe AI", "深圳星河智能科技有限公司", "Beijing Yuanjing Data", "Nanjing Tianyan Robotics", "Chengdu Zhiyun Technology", "上海云图数据科技", "Alibaba Clouds", "Hua Wei", "Tencent AI Russia", "Sino-Russian AI Valley Co.", "Harbin Longjiang Digital"];

// ─── The Russian side ───────────────────────────────────────────────────────────────────────────

/** How the press names Russian partners (every name resolves to a registry entity). */
export const RUSSIAN_NAMES: readonly (readonly [number, string])[] = [
  [6, "Сбербанк"], [5, "Sber"], [3, "Сбер"], [3, "Sberbank"], [3, "GigaChat"], [1, "ПАО Сбербанк"], [1, "Sber AI"],
  [4, "Яндекс"], [4, "Yandex"], [2, "YandexGPT"], [2, "Yandex Cloud"], [1, "Яндекс Облако"],
  [3, "VK"], [1, "ВК"], [2, "МТС"], [2, "MTS"], [2, "MTS AI"], [3, "Ростелеком"], [2, "Rostelecom"], [1, "РТК-ЦОД"],
  [2, "Росатом"], [2, "Ростех"], [1, "Rostec"], [1, "Газпром нефть"], [2, "РФПИ"], [2, "RDIF"], [1, "ВТБ"], [1, "VTB"], [1, "Газпромбанк"],
  [2, "Минцифры"], [1, "Ministry of Digital Development"], [1, "Минпромторг"], [1, "Правительство РФ"], [1, "Government of Moscow"],
  [3, "МФТИ"], [2, "MIPT"], [2, "Сколтех"], [1, "Skoltech"], [2, "ВШЭ"], [1, "HSE University"], [2, "ИТМО"], [1, "ITMO University"], [2, "МГУ"], [1, "СПбГУ"],
  [1, "Innopolis University"], [1, "НГУ"], [1, "Казанский федеральный университет"], [2, "РАН"], [2, "AIRI"], [1, "ИСП РАН"],
  [2, "Лаборатория Касперского"], [1, "Kaspersky"], [2, "T-Bank"], [1, "Тинькофф"], [1, "Ozon"], [1, "Wildberries"], [1, "Selectel"], [1, "Yadro"],
  [1, "Cloud.ru"], [1, "SberDevices"], [1, "Astra Group"], [1, "Positive Technologies"], [1, "NtechLab"], [1, "VisionLabs"], [1, "1С"], [1, "Билайн"], [1, "МегаФон"],
  [1, "Avito"], [1, "Фонд Сколково"], [1, "Альянс в сфере ИИ"],
];

/** Russia-facing parties that are not a clean Russian partner: own arms of Chinese companies, foreign firms, Chinese companies. */
export const ODD_RUSSIAN_SIDE: readonly (readonly [number, string])[] = [
  [3, "Huawei Russia"], [2, "Техкомпания Хуавэй"], [2, "AliExpress Russia"], [1, "АлиЭкспресс Россия"], [1, "Alibaba.com (RU)"], [1, "TikTok Россия"],
  [2, "Nebius"], [1, "Yandex N.V."], [1, "Telegram"], [1, "Shenzhen MSU-BIT University"], [1, "IXcellerate"], [1, "Huawei"], [1, "ZTE"],
];

/** Russian-side names the registry does not know: unknown firms, look-alikes, Chinese renderings. */
const UNKNOWN_RUSSIAN: readonly (() => RussianParty)[] = [
  () => ({ name: "Нейросети Урала", kind: "private-company", countryOfIncorporation: "RU" }),
  () => ({ name: "Neuro Lab LLC", kind: "private-company", countryOfIncorporation: "RU" }),
  () => ({ name: "ООО «Цифровые решения»" }),
  () => ({ name: "Sibintek AI" }),
  () => ({ name: "Steppe AI", countryOfIncorporation: "KZ" }),
  () => ({ name: "Astana Hub Ventures", countryOfIncorporation: "KZ", russianControl: "none" }),
  () => ({ name: "БелИИ", countryOfIncorporation: "BY", russianControl: "minority" }),
  () => ({ name: "Хуавэй Рус", countryOfIncorporation: "RU" }),
  () => ({ name: "Alibaba Cloud Russia", countryOfIncorporation: "RU", russianControl: "majority" }),
  () => ({ name: "俄罗斯联邦储蓄银行" }),
  () => ({ name: "俄罗斯国家原子能公司" }),
  () => ({ description: "a major Russian state bank" }),
  () => ({ description: "a major Russian state bank", kind: "state-owned-enterprise", countryOfIncorporation: "RU" }),
  () => ({ description: "a leading Russian technology university" }),
  () => ({ id: "neuro-lab", kind: "private-company", countryOfIncorporation: "RU", russianControl: "majority" }),
  () => ({ name: "ООО «Нейро Урал»", countryOfIncorporation: "RU", owners: [{ id: "ural-digital-holding", stake: 100 }] }),
  () => ({ name: "Техно Облако Сибирь", countryOfIncorporation: "RU", owners: [{ id: "huawei", stake: 51 }] }),
  () => ({ name: "Volga Compute", countryOfIncorporation: "RU", owners: [{ id: "china-mobile", stake: 30 }] }),
  // Ids the registry does not know (a pipeline's own labels): a look-alike id, and names that are
  // a registry record, look like a Chinese company's or are written in Chinese characters.
  () => ({ id: "huawei-rus", kind: "private-company", countryOfIncorporation: "RU", russianControl: "majority" }),
  () => ({ id: "sber-ai-lab", name: "Сбербанк", countryOfIncorporation: "RU" }),
  () => ({ id: "volga-ai", name: "Хуавэй Рус", countryOfIncorporation: "RU" }),
  () => ({ id: "ural-neuro", name: "乌拉尔神经网络", countryOfIncorporation: "RU" }),
];

// ─── Sources ────────────────────────────────────────────────────────────────────────────────────

type SourceMaker = (g: Rng, ctx: SourceContext) => Source;
interface SourceContext {
  readonly ymd: string;
  readonly chineseCompany: string | undefined;
  readonly russianName: string | undefined;
}

const slug = (g: Rng) => g.pick(["ai-cooperation", "artificial-intelligence-agreement", "tech-partnership", "data-centre", "llm-deal", "russia-china-ai"]);

/** Company newsrooms (registered hosts of the series companies and of Russian partners). */
const CN_NEWSROOMS: Readonly<Record<string, readonly string[]>> = {
  huawei: ["https://www.huawei.com/en/news/{y}/{m}/{slug}", "https://www.huawei.com/cn/news/{y}/{m}/{slug}", "https://www.huaweicloud.com/intl/en-us/news/{n}.html"],
  alibaba: ["https://www.alibabacloud.com/press-room/{slug}", "https://www.alibabagroup.com/en-US/document-{n}", "https://developer.aliyun.com/article/{n}"],
  baidu: ["https://ir.baidu.com/news-releases/{n}", "https://home.baidu.com/home/index/news_detail/id/{n}"],
  tencent: ["https://www.tencent.com/en-us/articles/{n}.html", "https://www.tencentcloud.com/dynamic/news-details/{n}"],
  bytedance: ["https://www.bytedance.com/en/news/{n}", "https://www.volcengine.com/news/{n}"],
  deepseek: ["https://api-docs.deepseek.com/news/news{n}", "https://www.deepseek.com/news/{n}"],
  xiaomi: ["https://www.mi.com/global/discover/newsroom/{n}"],
  zte: ["https://www.zte.com.cn/global/about/news/{n}.html"],
  lenovo: ["https://news.lenovo.com/pressroom/press-releases/{slug}/"],
  "china-mobile": ["https://www.chinamobileltd.com/en/ir/{n}.php"],
  iflytek: ["https://www.iflytek.com/en/news/{n}.html"],
};
const RU_NEWSROOMS = ["https://www.sberbank.com/news-and-media/press-releases/article?newsID={n}", "https://www.sber.ru/press/{n}", "https://yandex.ru/company/press_releases/{y}/{m}{d}", "https://www.rt.ru/press/news/{n}", "https://mipt.ru/news/{slug}", "https://vk.company/ru/press/releases/{n}/", "https://habr.com/ru/companies/sberbank/news/{n}/", "https://www.kaspersky.ru/about/press-releases/{slug}"];

const fill = (g: Rng, template: string, ctx: SourceContext) => {
  const [y, m, d] = ctx.ymd.split("-") as [string, string, string];
  return template.replace("{y}", y).replace("{m}", m).replace("{d}", d).replace("{n}", String(g.between(100000, 2999999))).replace("{slug}", slug(g));
};

/** Unknown hosts that pass themselves off as a known (non-qualifying) outlet. */
const OUTLET_ON_UNKNOWN_HOST: Readonly<Record<string, string>> = { "https://kommersant.uk/doc/{n}": "Коммерсантъ", "https://rbc-news.com/technology/{n}": "РБК" };

/** The makers of sources, with how often each turns up, and the kind a pipeline sometimes declares. */
const SOURCES: readonly (readonly [number, SourceMaker])[] = [
  // Russian state media
  [9, (g, c) => ({ url: fill(g, g.pick(["https://tass.com/economy/{n}", "https://tass.ru/ekonomika/{n}", "https://tass.com/science/{n}"]), c), outlet: "TASS" })],
  [3, (g, c) => ({ url: fill(g, "https://t.me/tass_agency/{n}", c), outlet: "ТАСС" })],
  [5, (g, c) => ({ url: fill(g, g.pick(["https://www.interfax.ru/business/{n}", "https://interfax.com/newsroom/top-stories/{n}/"]), c), outlet: "Interfax" })],
  [5, (g, c) => ({ url: `https://ria.ru/${c.ymd.replaceAll("-", "")}/${slug(g)}-${g.between(1900000000, 2100000000)}.html`, outlet: "РИА Новости" })],
  // Agencies
  [6, (g, c) => ({ url: `https://www.reuters.com/technology/${slug(g)}-${c.ymd}/`, outlet: "Reuters" })],
  [3, (g, c) => ({ url: `https://www.bloomberg.com/news/articles/${c.ymd}/${slug(g)}`, outlet: "Bloomberg" })],
  [1, (g) => ({ url: `https://www.ft.com/content/${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}` })],
  [1, (g) => ({ url: `https://apnews.com/article/${slug(g)}-${g.hex(32)}` })],
  // Chinese state media
  [6, (g, c) => ({ url: `https://english.news.cn/${c.ymd.replaceAll("-", "")}/${g.hex(32)}/c.html`, outlet: "Xinhua" })],
  [2, (g, c) => ({ url: `http://www.xinhuanet.com/tech/${c.ymd.replaceAll("-", "")}/${g.hex(32)}/c.html`, outlet: "新华网" })],
  [3, (g, c) => ({ url: `https://www.chinadaily.com.cn/a/${c.ymd.slice(0, 7).replace("-", "")}/${c.ymd.slice(8)}/WS${g.hex(24)}.html` })],
  [3, (g, c) => ({ url: `https://www.globaltimes.cn/page/${c.ymd.slice(0, 7).replace("-", "")}/${g.between(1300000, 1400000)}.shtml`, outlet: "Global Times" })],
  [1, (g, c) => ({ url: `https://news.cctv.com/${c.ymd.replaceAll("-", "/")}/ARTI${g.hex(20)}.shtml` })],
  // Government sites and filings
  [2, (g, c) => ({ url: fill(g, g.pick(["http://government.ru/news/{n}/", "http://kremlin.ru/events/president/news/{n}", "https://digital.gov.ru/ru/events/{n}/", "https://www.gov.cn/yaowen/liebiao/{y}{m}/content_{n}.htm", "https://www.mfa.gov.cn/web/wjdt_674879/{n}.shtml"]), c) })],
  [2, (g, c) => ({ url: fill(g, g.pick(["https://www1.hkexnews.hk/listedco/listconews/sehk/{y}/{m}{d}/{n}.pdf", "https://www.sec.gov/Archives/edgar/data/{n}/000110465925{n}.htm", "https://www.e-disclosure.ru/portal/event.aspx?EventId={n}"]), c) })],
  // Newsrooms of the parties (or of bystanders)
  [6, (g, c) => ({ url: fill(g, g.pick(CN_NEWSROOMS[c.chineseCompany ?? ""] ?? CN_NEWSROOMS.huawei ?? []), c) })],
  [5, (g, c) => ({ url: fill(g, g.pick(RU_NEWSROOMS), c) })],
  // Outlets that report but do not qualify
  [10, (g, c) => ({ url: fill(g, g.pick(["https://www.kommersant.ru/doc/{n}", "https://www.rbc.ru/technology_and_media/{d}/{m}/{y}/{n}", "https://www.vedomosti.ru/technology/articles/{y}/{m}/{d}/{n}-{slug}", "https://www.cnews.ru/news/top/{y}-{m}-{d}_{slug}", "https://www.tadviser.ru/index.php/{n}", "https://www.scmp.com/tech/big-tech/article/{n}/{slug}", "https://www.cnbc.com/{y}/{m}/{d}/{slug}.html", "https://36kr.com/p/{n}", "https://www.sohu.com/a/{n}", "https://sputnikglobe.com/{y}{m}{d}/{slug}-{n}.html", "https://www.rt.com/business/{n}-{slug}/", "https://techcrunch.com/{y}/{m}/{d}/{slug}/"]), c) })],
  // User content and unlisted subdomains
  [5, (g, c) => ({ url: fill(g, g.pick(["https://habr.com/ru/articles/{n}/", "https://mp.weixin.qq.com/s/{slug}{n}", "https://t.me/ai_newsru/{n}", "https://vc.ru/ai/{n}-{slug}", "https://zhuanlan.zhihu.com/p/{n}", "https://baijiahao.baidu.com/s?id={n}", "https://www.youtube.com/watch?v={slug}", "https://x.com/AIRussiaChina/status/{n}", "https://pan.baidu.com/s/{n}", "https://docs.qq.com/doc/{n}", "https://www.prnewswire.com/news-releases/{slug}-{n}.html"]), c) })],
  // Hosts the registry does not know (some given with the name of a known outlet they are not)
  [5, (g, c) => {
    const template = g.pick(["https://technode.com/{y}/{m}/{d}/{slug}/", "https://www.datacenterdynamics.com/en/news/{slug}/", "https://www.digitimes.com/news/a{y}{m}{d}PD{n}.html", "https://asiatimes.com/{y}/{m}/{slug}/", "https://eurasianet.org/{slug}", "https://www.interfax.kz/?lang=eng&int_id=10&news_id={n}", "https://aij.ru/news/{n}", "https://www.worldaic.com.cn/news/{n}", "https://kommersant.uk/doc/{n}", "https://rbc-news.com/technology/{n}"]);
    const outlet = OUTLET_ON_UNKNOWN_HOST[template];
    return { url: fill(g, template, c), ...(outlet === undefined ? {} : { outlet }) };
  }],
  // By outlet name only (a pipeline that lost the URL)
  [4, (g) => ({ outlet: g.pick(["TASS", "ТАСС", "Интерфакс", "Xinhua", "新华社", "Reuters", "Коммерсантъ", "РБК", "Synced", "South China Morning Post"]) })],
  // Public events
  [4, (g, c) => {
    const y = c.ymd.slice(0, 4);
    const event = g.pick([`St Petersburg International Economic Forum ${y}`, `Eastern Economic Forum ${y}`, `World Artificial Intelligence Conference ${y}`, `AI Journey ${y}`, `Russia–China Expo ${y}`, `BRICS Summit ${y}`]);
    return g.weighted<Source>([
      [5, { kind: "public-event", event }],
      [2, { kind: "public-event", event, url: fill(g, "https://tass.com/economy/{n}", c) }],
      [2, { kind: "public-event", event, url: fill(g, g.pick(["https://forumspb.com/news/news/{slug}/", "https://forumvostok.ru/news/{slug}/"]), c) }],
      [1, { kind: "public-event" }],
    ]);
  }],
];

/** The kind a host would declare for a URL (mostly right, sometimes wrong, often left out). */
const KIND_GUESS: readonly (readonly [RegExp, SourceKind])[] = [
  [/tass|interfax\.(ru|com)|ria\.ru/, "ru-state-media"],
  [/reuters|bloomberg|ft\.com|apnews/, "news-agency"],
  [/news\.cn|xinhuanet|chinadaily|globaltimes|cctv/, "cn-state-media"],
  [/gov|kremlin/, "government"],
  [/hkexnews|sec\.gov|disclosure/, "regulatory-filing"],
  [/huawei|aliyun|alibaba|baidu|tencent|bytedance|volcengine|deepseek|mi\.com|zte|lenovo|chinamobile|iflytek|sber|yandex|rt\.ru|mipt|vk\.company|kaspersky/, "company-release"],
];

function declareKind(g: Rng, s: Source): Source {
  if (s.kind !== undefined || s.url === undefined || !g.chance(0.35)) return s;
  const guess = KIND_GUESS.find(([re]) => re.test(s.url as string))?.[1];
  if (guess !== undefined && g.chance(0.9)) return { ...s, kind: guess };
  return { ...s, kind: g.pick(["news-agency", "other", "company-release", "ru-state-media"] as const) };
}

// ─── Time ───────────────────────────────────────────────────────────────────────────────────────

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");
const ymdOf = (t: number) => new Date(t).toISOString().slice(0, 10);

const ZONES: readonly (readonly [number, string])[] = [[6, "Europe/Moscow"], [6, "Asia/Shanghai"], [2, "Asia/Hong_Kong"], [2, "UTC"], [2, "+03:00"], [2, "+08:00"], [1, "Europe/London"], [1, "America/New_York"], [1, "Asia/Kolkata"], [1, "Pacific/Honolulu"], [1, "Pacific/Kiritimati"]];

/** A day of the announcement: mostly in the window, some in 2024, a few after asOf (2026-11-23), some on the bounds. */
function pickDay(g: Rng): number {
  return g.weighted<() => number>([
    [14, () => Date.UTC(2024, 0, 1) + g.int(366) * DAY],
    [78, () => Date.UTC(2025, 0, 1) + g.int(691) * DAY], // to 2026-11-22
    [5, () => Date.UTC(2026, 10, 23) + g.int(110) * DAY], // 2026-11-23 .. 2027-03
    [3, () => g.pick([Date.UTC(2024, 11, 31), Date.UTC(2025, 0, 1), Date.UTC(2026, 10, 22), Date.UTC(2026, 10, 23), Date.UTC(2026, 11, 31), Date.UTC(2027, 0, 1)])],
  ])();
}

/** A time on day `day` (UTC midnight) in one of the schema's forms. */
function timeOn(g: Rng, day: number, forms: "any" | "precise" = "any"): AnnouncementTime {
  const hour = g.between(0, 23);
  const minute = g.weighted([[3, 0], [1, 30], [2, g.int(60)]]);
  const t = day + hour * 3_600_000 + minute * 60_000;
  const form = forms === "precise" ? g.weighted([[3, "z"], [3, "offset"], [2, "date"]] as const) : g.weighted([[30, "z"], [25, "offset"], [5, "obj"], [28, "date"], [8, "month"]] as const);
  switch (form) {
    case "z":
      return new Date(t).toISOString().replace(".000Z", "Z");
    case "obj":
      return { instant: new Date(t).toISOString().replace(".000Z", "Z") };
    case "offset": {
      const off = g.pick([3, 8, 8, 3, 5, -5]);
      const local = new Date(t + off * 3_600_000).toISOString().slice(0, 19);
      return `${local}${off < 0 ? "-" : "+"}${pad(Math.abs(off))}:00`;
    }
    case "date":
      return { date: ymdOf(day), timeZone: g.weighted(ZONES) };
    case "month":
      return { month: ymdOf(day).slice(0, 7), timeZone: g.weighted(ZONES) };
  }
}

// ─── Archetypes ─────────────────────────────────────────────────────────────────────────────────

const ACTIVITIES: readonly AiActivity[] = [
  "C3.infra.datacenter", "C3.infra.accelerators", "C3.infra.cloud", "C3.infra.training", "C3.models.llm", "C3.models.licensing",
  "C3.models.integration", "C3.models.training", "C3.transfer.hardware", "C3.transfer.algorithms", "C3.transfer.rnd", "C3.transfer.cooperation",
];

type Judgement = Pick<Announcement, "instrument" | "binding" | "aiRole" | "activities" | "includesAdvisory" | "specificity" | "priorRelation">;

function activities(g: Rng, max: number): AiActivity[] {
  const n = g.between(1, max);
  return Array.from({ length: n }, () => g.pick(ACTIVITIES));
}

/** What kind of story it is, and the judgement fields a careful reader would record for it. */
const ARCHETYPES: readonly (readonly [number, (g: Rng) => Judgement & { verb: string }])[] = [
  // A formal AI partnership.
  [26, (g) => {
    const instrument = g.weighted([[30, "agreement"], [25, "mou"], [12, "contract"], [5, "joint-venture"], [8, "strategic-alliance"], [10, "cooperation-framework"]] as const);
    return {
      verb: instrument === "mou" ? "sign MOU on" : instrument === "joint-venture" ? "form joint venture for" : "sign agreement on",
      instrument,
      ...(instrument === "mou" && g.chance(0.4) ? { binding: false } : {}),
      aiRole: g.weighted([[75, "focus"], [20, "significant-component"], [3, "passing-mention"], [2, undefined]] as const),
      activities: g.chance(0.96) ? activities(g, 3) : [],
      ...(g.chance(0.06) ? { includesAdvisory: true } : {}),
      specificity: g.weighted([[86, "concrete"], [10, "vague"], [4, undefined]] as const),
      priorRelation: g.weighted([[70, "new"], [15, "significant-expansion"], [10, "continuation"], [5, undefined]] as const),
    };
  }],
  // Talks and stated intentions.
  [20, (g) => ({
    verb: "discuss",
    instrument: g.weighted([[55, "talks"], [45, "stated-intention"]] as const),
    aiRole: g.weighted([[50, "focus"], [30, "significant-component"], [20, "passing-mention"]] as const),
    activities: g.chance(0.5) ? activities(g, 2) : [],
    specificity: g.weighted([[85, "vague"], [15, "concrete"]] as const),
    priorRelation: g.weighted([[80, "new"], [20, undefined]] as const),
  })],
  // General technology or trade cooperation, AI in passing.
  [20, (g) => ({
    verb: "sign cooperation agreement",
    instrument: g.weighted([[50, "agreement"], [25, "mou"], [15, "cooperation-framework"], [10, "contract"]] as const),
    aiRole: g.weighted([[55, "passing-mention"], [40, "none"], [5, "significant-component"]] as const),
    activities: g.chance(0.7) ? [] : activities(g, 1),
    specificity: g.weighted([[60, "concrete"], [40, "vague"]] as const),
    priorRelation: g.weighted([[60, "new"], [30, "continuation"], [10, "significant-expansion"]] as const),
  })],
  // One-off deals: purchases, investments, acquisitions, memberships.
  [11, (g) => ({
    verb: "close deal on",
    instrument: g.weighted([[45, "one-time-purchase"], [30, "investment"], [15, "acquisition"], [10, "membership"]] as const),
    aiRole: g.weighted([[60, "focus"], [40, "significant-component"]] as const),
    activities: activities(g, 2),
    specificity: "concrete",
    priorRelation: "new",
  })],
  // Academic exchanges.
  [5, (g) => ({
    verb: "agree academic exchange on",
    instrument: "academic-exchange",
    aiRole: "focus",
    activities: g.chance(0.5) ? activities(g, 1) : [],
    specificity: g.weighted([[50, "concrete"], [50, "vague"]] as const),
    priorRelation: "new",
  })],
  // Government-to-government statements.
  [8, (g) => ({
    verb: "named in joint statement on",
    instrument: "government-statement",
    aiRole: g.weighted([[60, "focus"], [40, "significant-component"]] as const),
    activities: g.chance(0.6) ? activities(g, 2) : [],
    specificity: g.weighted([[40, "concrete"], [60, "vague"]] as const),
    priorRelation: g.weighted([[70, "new"], [30, "continuation"]] as const),
  })],
  // Renewals of pre-2025 partnerships.
  [6, (g) => ({
    verb: "extend partnership on",
    instrument: g.weighted([[60, "agreement"], [40, "contract"]] as const),
    aiRole: "focus",
    activities: activities(g, 2),
    specificity: "concrete",
    priorRelation: g.weighted([[80, "continuation"], [20, "significant-expansion"]] as const),
  })],
  // Rumours and thin reports: most facts unknown.
  [4, (g) => ({
    verb: "reportedly partner on",
    ...(g.chance(0.5) ? { instrument: g.pick(["agreement", "mou"] as const) } : {}),
    ...(g.chance(0.5) ? { aiRole: "focus" as const } : {}),
    ...(g.chance(0.5) ? { activities: activities(g, 1) } : {}),
    ...(g.chance(0.3) ? { specificity: "concrete" as const } : {}),
    ...(g.chance(0.5) ? { priorRelation: "new" as const } : {}),
  })],
];

// ─── Assembly ───────────────────────────────────────────────────────────────────────────────────

/** Drops undefined fields (the schema is strict about types, and JSON has no undefined). */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function chineseParty(g: Rng): { party: Announcement["chineseParty"]; company: string | undefined; label: string } {
  const roll = g.next();
  if (roll < 0.01) return { party: undefined, company: undefined, label: "Chinese company" };
  if (roll < 0.05) {
    const name = g.pick(UNKNOWN_CHINESE);
    return { party: { name }, company: undefined, label: name };
  }
  if (roll < 0.13) {
    const name = g.pick(OTHER_CHINESE);
    return { party: { name }, company: undefined, label: name };
  }
  const company = g.weighted(COMPANY_WEIGHTS);
  const name = g.pick(CHINESE_NAMES[company] ?? []);
  const form = g.weighted([[82, "name"], [10, "id"], [5, "both"], [1, "clash"], [1, "owners"], [1, "same-owners"]] as const);
  switch (form) {
    case "name":
      return { party: { name }, company, label: name };
    case "id":
      return { party: { id: company }, company, label: name };
    case "both":
      return { party: { id: company, name: (CHINESE_NAMES[company] ?? [])[0] as string }, company, label: name };
    case "clash": // a pipeline that put one company's id with another's name
      return { party: { id: company, name: "Tencent Cloud" }, company, label: name };
    case "owners": // a report claiming a stake the registry does not record
      return { party: { name: "Ant Group", owners: [{ id: "alibaba", stake: 100 }] }, company: "alibaba", label: "Ant Group" };
    case "same-owners":
      return { party: { name: "Alibaba Cloud", owners: [{ id: "alibaba", stake: 100 }] }, company: "alibaba", label: "Alibaba Cloud" };
  }
}

function russianParty(g: Rng): RussianParty {
  const roll = g.next();
  if (roll < 0.07) return g.pick(UNKNOWN_RUSSIAN)();
  if (roll < 0.14) return { name: g.weighted(ODD_RUSSIAN_SIDE) };
  const name = g.weighted(RUSSIAN_NAMES);
  if (roll < 0.18) return { id: g.pick(["sberbank", "yandex", "vk", "mts-ai", "rostelecom", "mipt", "skoltech", "rosatom", "airi", "cloud-ru"]) };
  if (roll < 0.22) return { name, countryOfIncorporation: "RU" };
  if (roll < 0.225) return { name: "Сбербанк", countryOfIncorporation: "CN" }; // a mistranscribed record
  return { name };
}

function source(g: Rng, ctx: SourceContext, near: number): Source {
  const maker = g.weighted(SOURCES);
  let s = declareKind(g, maker(g, ctx));
  if (g.chance(0.45)) {
    const lag = g.weighted([[50, 0], [25, 1], [10, 2], [8, 7], [4, -1], [3, 40]]);
    s = { ...s, publishedAt: timeOn(g, near + lag * DAY, "precise") };
  }
  if (g.chance(0.1)) s = { ...s, title: `${ctx.russianName ?? "Russian partner"}: ${slug(g).replaceAll("-", " ")}` };
  return s;
}

function announcement(g: Rng, index: number, seed: number): Announcement {
  const { party, company, label } = chineseParty(g);
  const parties: RussianParty[] = Array.from({ length: g.weighted([[80, 1], [15, 2], [5, 3]]) }, () => russianParty(g));
  const first = parties[0];
  const russianLabel = first?.name ?? first?.description ?? "Russian partner";
  const { verb, ...judgement } = g.weighted(ARCHETYPES)(g);
  const day = pickDay(g);
  const ctx: SourceContext = { ymd: ymdOf(day), chineseCompany: company, russianName: russianLabel };
  const sourceCount = g.weighted([[6, 0], [55, 1], [27, 2], [9, 3], [3, 5]]);
  const sources = Array.from({ length: sourceCount }, () => source(g, ctx, day));
  const dated = g.chance(0.88);

  const a: Announcement = clean({
    id: `rc-${seed}-${String(index).padStart(6, "0")}`,
    ...(g.chance(0.7) ? { title: `${label} and ${russianLabel} ${verb} AI` } : {}),
    ...(dated ? { announcedAt: timeOn(g, day) } : {}),
    chineseParty: party,
    russianParties: g.chance(0.02) ? undefined : parties,
    ...judgement,
    publiclyAnnounced: g.weighted([[50, true], [46, undefined], [4, false]] as const),
    sources: sourceCount === 0 && g.chance(0.5) ? undefined : sources,
    ...(g.chance(0.03) ? { cancelled: clean({ at: timeOn(g, day + g.between(30, 300) * DAY, "precise"), beforeImplementation: g.chance(0.5) ? g.chance(0.5) : undefined }) } : {}),
  });
  if (party !== undefined && g.chance(0.02)) {
    const confirmed = g.weighted([[40, true], [20, false], [40, undefined]] as const);
    a.chineseParty = {
      ...party,
      intermediary: clean({
        name: g.pick(["Gulf AI Holdings", "Eurasia Compute FZE", "Caspian Data Partners", "Silk Road Tech Ltd"]),
        country: g.pick(["AE", "KZ", "HK", "AM"]),
        ultimatePartnerConfirmed: confirmed,
        confirmedBy: g.chance(0.4) ? [source(g, ctx, day)] : undefined,
      }),
    };
  }
  return a;
}

/**
 * `n` realistic announcements, deterministic in `seed`.
 *
 * @example
 * ```ts
 * const announcements = realisticCorpus(20_000);
 * ```
 */
export function realisticCorpus(n: number, seed = 1): Announcement[] {
  const g = new Rng(seed);
  return Array.from({ length: n }, (_, i) => announcement(g, i, seed));
}
