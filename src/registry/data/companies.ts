import type { Company } from "../../models/company.js";

/**
 * Built-in Chinese companies: the twenty parent groups the question series asks about, plus the
 * subsidiaries and affiliates that matter for AI (cloud arms, AI labs, chip units, overseas arms),
 * each with who owns it and with what stake.
 *
 * Only a chain of 100% stakes makes a record count as its parent (C1.subsidiary); every other
 * stake is recorded as found, so majority-owned units (Kunlunxin, Douyin, EZVIZ, Tianyi Cloud) and
 * minority affiliates (Ant Group, Moonshot AI) resolve as "not the parent". Records that used to
 * belong to a group but were sold (Honor, xFusion) carry no `owners` and say so in `note`.
 *
 * `country` is the place of incorporation of the record's own legal entity: `KY` for the Cayman
 * Islands holding companies of Alibaba, Baidu, ByteDance, Tencent, Xiaomi, Kuaishou, SenseTime and
 * MiniMax, `HK` for Lenovo Group and China Mobile Limited, `CN` otherwise. Each `owners[].source`
 * says where the stake comes from; "approx." or "unconfirmed" marks figures that could not be
 * checked against a filing; a stake left out means the holder is known but the size is not.
 *
 * Aliases hold the names the press uses: Chinese full and short names (Simplified; Traditional
 * forms are folded by the normalizer), pinyin, English short forms and the Cyrillic spellings
 * Russian media use. Russian agencies (TASS, RIA Novosti, Interfax) mostly keep the Latin brand,
 * so the Cyrillic forms are a fallback. Hosts where anyone can post (tiktok.com, douyin.com,
 * kuaishou.com, kwai.com) are user-content platforms in the outlet table, not company domains;
 * only newsroom and investor-relations hosts of those companies are listed here.
 *
 * @example
 * ```ts
 * builtinCompanies.find((c) => c.id === "alibaba-cloud")?.owners; // [{ id: "alibaba", stake: 100, ... }]
 * ```
 */
export const builtinCompanies: readonly Company[] = [
  // ── Alibaba ────────────────────────────────────────────────────────────────────────────────
  {
    id: "alibaba",
    name: "Alibaba Group",
    aliases: ["Alibaba Group Holding Limited", "阿里巴巴集团", "阿里巴巴集团控股有限公司", "阿里巴巴", "Alibaba", "阿里", "阿里巴巴集团控股", "阿里集团", "Alibaba Jituan", "Алибаба", "Алибаба Груп"],
    domains: ["alibabagroup.com"],
    country: "KY",
    listed: true,
    note: "Holding company incorporated in the Cayman Islands, headquartered in Hangzhou; listed in New York (BABA) and Hong Kong (9988).",
  },
  {
    id: "alibaba-cloud",
    name: "Alibaba Cloud",
    aliases: ["阿里云", "Aliyun", "Alibaba Cloud Intelligence", "Alibaba Cloud Intelligence Group", "阿里云计算有限公司", "Qwen", "通义千问", "Tongyi Qianwen", "通义", "阿里云智能", "阿里云智能集团", "Alibaba Cloud Computing", "Ali Yun", "AliCloud", "Алибаба Клауд"],
    domains: ["alibabacloud.com", "aliyun.com"],
    country: "CN",
    owners: [{ id: "alibaba", stake: 100, source: "Alibaba Group annual report (Form 20-F): cloud business run by wholly owned group companies", asOf: "2025-03" }],
    note: "Alibaba's cloud and AI unit. Qwen / Tongyi is the model brand it develops and sells, not a separate company, so it is recorded as an alias here. Alibaba runs its PRC internet businesses through wholly owned subsidiaries and, where foreign ownership is restricted, through VIEs consolidated by contract rather than equity; its 20-F corporate chart lists the onshore cloud operating entity among \"subsidiaries and consolidated entities\" without saying which, so whether Alibaba Cloud Computing Ltd. is held by equity or by VIE contracts is unconfirmed.",
  },
  {
    id: "ant-group",
    name: "Ant Group",
    aliases: ["蚂蚁集团", "蚂蚁科技集团股份有限公司", "Ant Financial", "蚂蚁金服", "Ant Financial Services Group"],
    domains: ["antgroup.com"],
    country: "CN",
    listed: false,
    owners: [{ id: "alibaba", stake: 33, source: "Alibaba Group annual report: equity-method investment of about one third of Ant Group (approx. 33%)", asOf: "2024-03" }],
    note: "An Alibaba affiliate, not a subsidiary: Alibaba holds about a third, so an Ant Group announcement does not count for Alibaba.",
  },
  {
    id: "alibaba-damo-academy",
    name: "Alibaba DAMO Academy",
    aliases: ["阿里巴巴达摩院", "达摩院", "DAMO Academy", "阿里巴巴达摩院(杭州)科技有限公司"],
    country: "CN",
    owners: [{ id: "alibaba", stake: 100, source: "Alibaba in-house research institute; its operating company DAMO Academy (Hangzhou) Technology sits inside Alibaba's onshore group (approx.; holding chain not checked against a filing)", asOf: "2024" }],
    note: "Alibaba's research arm, set up in 2017.",
  },
  {
    id: "t-head",
    name: "T-Head Semiconductor",
    aliases: ["平头哥", "平头哥半导体有限公司", "T-Head", "Pingtouge", "Pingtouge Semiconductor"],
    domains: ["t-head.cn"],
    country: "CN",
    owners: [{ id: "alibaba-damo-academy", stake: 100, source: "China business registry as reported by Beijing News (Dec 2018): wholly held by DAMO Academy (Hangzhou) Technology; later changes unconfirmed", asOf: "2018-12" }],
    note: "Alibaba's chip unit (Xuantie CPUs, Hanguang AI chips). Reports of a possible separate financing or listing would break the 100% chain; re-check before relying on it.",
  },
  {
    id: "moonshot-ai",
    name: "Moonshot AI",
    aliases: ["月之暗面", "北京月之暗面科技有限公司", "Beijing Moonshot AI Technology", "Moonshot", "Yuezhi Anmian", "Kimi", "Муншот"],
    domains: ["moonshot.cn", "moonshot.ai", "kimi.com"],
    country: "CN",
    listed: false,
    owners: [{ id: "alibaba", stake: 36, source: "Alibaba FY2024 annual report (filed with HKEX May 2024): about 36% equity interest for about US$0.8bn, the last figure Alibaba disclosed. Diluted since by the Aug 2024 B round (~US$3.3bn valuation), the Dec 2025 US$500m C round (US$4.3bn) and the early-2026 round (~US$10bn+, led by existing holders incl. Alibaba, Tencent joining); no later percentage has been reported, so the current stake is undisclosed but still a minority (approx.)", asOf: "2024-03" }],
    note: "Beijing AI start-up behind the Kimi assistant; Kimi is a product brand, recorded as an alias. Tencent (since the 2024 B round), IDG, Meituan's Long-Z, HongShan and others are also minority investors; the founders control it. Alibaba's 36% (Mar 2024) has been diluted by later rounds, current size undisclosed.",
  },

  // ── Baidu ──────────────────────────────────────────────────────────────────────────────────
  {
    id: "baidu",
    name: "Baidu",
    aliases: ["百度", "百度集团", "ERNIE Bot", "文心一言", "文心大模型", "PaddlePaddle", "飞桨", "百度公司", "Baidu Group", "Байду"],
    domains: ["baidu.com"],
    country: "KY",
    listed: true,
    note: "Holding company incorporated in the Cayman Islands, headquartered in Beijing; listed on Nasdaq (BIDU) and in Hong Kong (9888). ERNIE and PaddlePaddle are in-house brands, recorded as aliases.",
  },
  {
    id: "baidu-ai-cloud",
    name: "Baidu AI Cloud",
    aliases: ["百度智能云", "Baidu Intelligent Cloud", "Baidu AI Cloud Group", "Baidu Zhineng Yun", "百度云", "Baidu Cloud"],
    country: "CN",
    owners: [{ id: "baidu", stake: 100, source: "Baidu annual report: AI Cloud is a business line run by Baidu's consolidated onshore entities (in part through VIE contracts), not a separately owned company (approx.)", asOf: "2024-12" }],
    note: "Business unit rather than a separately capitalised company.",
  },
  {
    id: "kunlunxin",
    name: "Kunlunxin",
    aliases: ["昆仑芯", "昆仑芯(北京)科技有限公司", "Kunlunxin (Beijing) Technology", "Kunlunxin Technology", "Kunlun Chip"],
    domains: ["kunlunxin.com"],
    country: "CN",
    listed: false,
    owners: [{ id: "baidu", stake: 59, source: "Baidu spin-off announcement and press reports (Jan 2026): non-wholly-owned subsidiary, about 59% held by Baidu (approx.)", asOf: "2026-01" }],
    note: "Baidu's AI chip unit, a standalone company since 2021 with dozens of outside shareholders; a Hong Kong listing was applied for in early 2026. Majority-owned, not wholly owned.",
  },
  {
    id: "baidu-apollo",
    name: "Baidu Apollo",
    aliases: ["百度Apollo", "Apollo Go", "萝卜快跑", "Luobo Kuaipao", "Apollo Intelligent Driving"],
    domains: ["apollo.auto"],
    country: "CN",
    owners: [{ id: "baidu", stake: 100, source: "Baidu annual report: Apollo autonomous driving and Apollo Go robotaxi are run inside Baidu's Intelligent Driving Group, not a separately owned company (approx.)", asOf: "2024-12" }],
    note: "Business unit and brand. Local robotaxi joint ventures with partners, where they exist, are not covered by this record.",
  },

  // ── ByteDance ──────────────────────────────────────────────────────────────────────────────
  {
    id: "bytedance",
    name: "ByteDance",
    aliases: ["字节跳动", "Zijie Tiaodong", "ByteDance Seed", "豆包", "Doubao", "字节跳动公司", "Байтдэнс", "Байтданс"],
    domains: ["bytedance.com", "doubao.com"],
    country: "KY",
    listed: false,
    note: "ByteDance Ltd. is incorporated in the Cayman Islands, headquartered in Beijing; private. Doubao (model and app) and the Seed research team are in-house, recorded as aliases.",
  },
  {
    id: "volcano-engine",
    name: "Volcano Engine",
    aliases: ["火山引擎", "Volcengine", "北京火山引擎科技有限公司", "Beijing Volcano Engine Technology", "Huoshan Yinqing"],
    domains: ["volcengine.com"],
    country: "CN",
    owners: [{ id: "bytedance", stake: 100, source: "ByteDance's enterprise cloud arm; operating company Beijing Volcano Engine Technology understood to be held within ByteDance's onshore group (unconfirmed: exact holding chain not checked)", asOf: "2025" }],
    note: "Sells Doubao models and cloud services in China. BytePlus, the overseas counterpart, is a separate company and is not covered here.",
  },
  {
    id: "douyin",
    name: "Douyin",
    aliases: ["抖音", "北京抖音信息服务有限公司", "Douyin Information Service", "北京字节跳动科技有限公司", "Beijing ByteDance Technology"],
    country: "CN",
    owners: [{ id: "bytedance", stake: 99, source: "Corporate registry via SCMP/Reuters (Aug 2021) and TikTok statement: 1% sold to state-backed WangTouZhongWen (Beijing) Technology in April 2021; ByteDance keeps 99%", asOf: "2021-04" }],
    note: "Douyin Information Service Co. (formerly Beijing ByteDance Technology) holds Douyin's and Toutiao's China licences. The 1% state special-management share means it is not wholly owned by ByteDance. \"Douyin Group\" as a name for ByteDance's whole China business is deliberately not an alias. douyin.com is a user-content platform (outlet table), so no domain is recorded: no Douyin newsroom host was verified.",
  },
  {
    id: "tiktok",
    name: "TikTok",
    aliases: ["Musical.ly", "ТикТок"],
    domains: ["newsroom.tiktok.com"],
    country: "KY",
    owners: [{ id: "bytedance", stake: 100, source: "TikTok and ByteDance public statements: TikTok Ltd. is a wholly owned ByteDance subsidiary (approx.; not read from a filing)", asOf: "2025" }],
    note: "TikTok Ltd., incorporated in the Cayman Islands. Its US app has been run by TikTok USDS Joint Venture since January 2026 (separate record, minority-held by ByteDance). tiktok.com itself is a user-content platform (outlet table); only the TikTok Newsroom host is an official release host.",
  },
  {
    id: "tiktok-usds",
    name: "TikTok USDS Joint Venture",
    aliases: ["TikTok USDS", "TikTok U.S. Joint Venture"],
    country: "US",
    listed: false,
    owners: [{ id: "bytedance", stake: 19.9, source: "TikTok CEO memo (Dec 2025) and closing reports (Jan 2026): ByteDance retains 19.9%; Oracle, Silver Lake, MGX 15% each; other investors the rest", asOf: "2026-01" }],
    note: "US joint venture that closed on 22-23 January 2026. ByteDance is a minority holder, so it does not count as ByteDance.",
  },

  // ── Tencent ────────────────────────────────────────────────────────────────────────────────
  {
    id: "tencent",
    name: "Tencent",
    aliases: ["腾讯", "Tencent Holdings Limited", "腾讯控股有限公司", "Tencent Hunyuan", "腾讯混元", "Tencent AI Lab", "腾讯控股", "腾讯公司", "腾讯集团", "Tengxun", "Тенсент", "Тэнсент"],
    domains: ["tencent.com", "qq.com"],
    country: "KY",
    listed: true,
    note: "Tencent Holdings Ltd. is incorporated in the Cayman Islands, headquartered in Shenzhen; listed in Hong Kong (0700). Hunyuan (models) and AI Lab are in-house, recorded as aliases.",
  },
  {
    id: "tencent-cloud",
    name: "Tencent Cloud",
    aliases: ["腾讯云", "腾讯云计算(北京)有限责任公司", "Tencent Cloud Computing (Beijing)", "Tengxun Yun"],
    domains: ["tencentcloud.com"],
    country: "CN",
    owners: [{ id: "tencent", stake: 100, source: "Tencent annual report: cloud is part of the Cloud and Smart Industries Group, run by Tencent's consolidated entities (onshore partly through VIE contracts) (approx.)", asOf: "2024-12" }],
    note: "Business unit of Tencent rather than a separately held company.",
  },

  // ── Huawei ─────────────────────────────────────────────────────────────────────────────────
  {
    id: "huawei",
    name: "Huawei",
    aliases: ["Huawei Investment & Holding", "华为", "华为投资控股有限公司", "Huawei Group", "Huawei Investment and Holding", "华为集团", "华为公司", "Хуавэй", "Хуавей"],
    domains: ["huawei.com"],
    country: "CN",
    listed: false,
    note: "Top holding company of the Huawei group, owned by its employees through the company union (about 99%) and Ren Zhengfei (about 1%); not listed.",
  },
  {
    id: "huawei-technologies",
    name: "Huawei Technologies",
    aliases: ["华为技术有限公司", "Huawei Ascend", "华为昇腾", "Huawei Jishu", "Хуавэй Текнолоджиз"],
    country: "CN",
    owners: [{ id: "huawei", stake: 100, source: "Huawei annual report and business registry: wholly owned by Huawei Investment & Holding", asOf: "2024-12" }],
    note: "Main operating company of the Huawei group (networks, devices, Ascend AI chips).",
  },
  {
    id: "huawei-cloud",
    name: "Huawei Cloud",
    aliases: ["华为云", "华为云计算技术有限公司", "Huawei Cloud Computing Technologies", "Huawei Yun"],
    domains: ["huaweicloud.com"],
    country: "CN",
    owners: [{ id: "huawei-technologies", stake: 100, source: "Business registry as commonly reported: Huawei Cloud Computing Technologies Co. wholly held by Huawei Technologies (approx.; not read from a filing)", asOf: "2024" }],
    note: "Huawei's cloud and Pangu model business.",
  },
  {
    id: "hisilicon",
    name: "HiSilicon",
    aliases: ["海思", "海思半导体", "深圳市海思半导体有限公司", "HiSilicon Technologies"],
    domains: ["hisilicon.com"],
    country: "CN",
    owners: [{ id: "huawei-technologies", stake: 100, source: "Huawei corporate structure as summarised from public registry data: HiSilicon wholly owned by Huawei Technologies", asOf: "2024" }],
    note: "Huawei's chip design unit (Kirin, Ascend design work).",
  },
  {
    id: "honor",
    name: "Honor",
    aliases: ["荣耀", "Honor Device Co., Ltd.", "荣耀终端有限公司"],
    domains: ["honor.com", "hihonor.com"],
    country: "CN",
    listed: false,
    note: "Former Huawei brand. Huawei Investment & Holding sold the whole Honor business in November 2020 to Shenzhen Zhixin New Information Technology (a Shenzhen state-backed group and Honor dealers) and said it would keep no shares and no role in management. Not owned by Huawei, so no owners are recorded.",
  },
  {
    id: "xfusion",
    name: "xFusion",
    aliases: ["超聚变", "超聚变数字技术有限公司", "xFusion Digital Technologies"],
    domains: ["xfusion.com"],
    country: "CN",
    listed: false,
    note: "Server maker built from Huawei's x86 server business, sold by Huawei in 2021 to Henan-based state-backed investors. Huawei is not known to keep a stake (unconfirmed), so no owners are recorded; press calls it a Huawei \"spin-off\".",
  },

  // ── DeepSeek ───────────────────────────────────────────────────────────────────────────────
  {
    id: "deepseek",
    name: "DeepSeek",
    aliases: ["深度求索", "杭州深度求索人工智能基础技术研究有限公司", "Hangzhou DeepSeek Artificial Intelligence Basic Technology Research", "DeepSeek AI", "Shendu Qiusuo", "Дипсик"],
    domains: ["deepseek.com"],
    country: "CN",
    listed: false,
    note: "Founded 2023 by Liang Wenfeng, who holds about 1% directly and controls most of the rest through partnerships (Ningbo Chengen and others); these holders are individuals and partnerships, not records here. Funded by the High-Flyer quant fund but not legally owned by it: the two are under common control of Liang, with no stake between them.",
  },
  {
    id: "deepseek-beijing",
    name: "Beijing DeepSeek",
    aliases: ["北京深度求索人工智能基础技术研究有限公司", "Beijing DeepSeek Artificial Intelligence Basic Technology Research"],
    country: "CN",
    owners: [{ id: "deepseek", stake: 100, source: "Business registry as reported in Chinese press: Beijing affiliate set up by Hangzhou DeepSeek as its sole shareholder (unconfirmed)", asOf: "2023" }],
    note: "DeepSeek's Beijing operating company.",
  },
  {
    id: "high-flyer",
    name: "High-Flyer",
    aliases: ["幻方", "幻方量化", "High-Flyer Quant", "High-Flyer Capital Management", "宁波幻方量化投资管理合伙企业"],
    domains: ["high-flyer.cn"],
    country: "CN",
    listed: false,
    note: "Quantitative hedge fund co-founded in 2015 by Liang Wenfeng. Sister organisation of DeepSeek under common control, not its parent or subsidiary: neither holds shares in the other.",
  },

  // ── iFlytek ────────────────────────────────────────────────────────────────────────────────
  {
    id: "iflytek",
    name: "iFlytek",
    aliases: ["科大讯飞", "讯飞", "讯飞星火", "iFlytek Spark", "Keda Xunfei", "Айфлайтек"],
    domains: ["iflytek.com", "xfyun.cn"],
    country: "CN",
    listed: true,
    note: "Listed in Shenzhen (002230). Spark (讯飞星火) is its in-house model brand, recorded as an alias.",
  },
  {
    id: "iflytek-healthcare",
    name: "iFlytek Healthcare",
    aliases: ["讯飞医疗", "讯飞医疗科技股份有限公司", "Xunfei Healthcare Technology", "iFlytek Medical"],
    country: "CN",
    listed: true,
    owners: [{ id: "iflytek", stake: 49.42, source: "Hong Kong IPO prospectus as reported (Dec 2024): iFlytek holds 49.42% after the listing and keeps control", asOf: "2024-12" }],
    note: "Medical AI subsidiary, listed in Hong Kong (2506) in December 2024. Controlled, not wholly owned.",
  },

  // ── SenseTime ──────────────────────────────────────────────────────────────────────────────
  {
    id: "sensetime",
    name: "SenseTime",
    aliases: ["商汤科技", "商汤", "SenseTime Group Inc.", "商汤集团", "SenseNova", "日日新", "Shangtang Keji", "СенсТайм"],
    domains: ["sensetime.com"],
    country: "KY",
    listed: true,
    note: "SenseTime Group Inc. is incorporated in the Cayman Islands, headquartered in Shanghai; listed in Hong Kong (0020). SenseNova is its model brand, recorded as an alias.",
  },

  // ── Zhipu AI ───────────────────────────────────────────────────────────────────────────────
  {
    id: "zhipu-ai",
    name: "Zhipu AI",
    aliases: ["智谱", "智谱AI", "北京智谱华章科技股份有限公司", "智谱华章", "Knowledge Atlas Technology", "Knowledge Atlas", "Z.ai", "Zhipu", "ChatGLM", "Knowledge Atlas Technology Joint Stock Company Limited", "Zhipu Huazhang", "Чжипу"],
    domains: ["zhipuai.cn", "z.ai", "bigmodel.cn"],
    country: "CN",
    listed: true,
    note: "Legal name Knowledge Atlas Technology Joint Stock Company Limited; spun out of Tsinghua University. Listed in Hong Kong (2513) on 8 January 2026. Alibaba and Tencent are minority investors (stakes not recorded).",
  },

  // ── MiniMax ────────────────────────────────────────────────────────────────────────────────
  {
    id: "minimax",
    name: "MiniMax",
    aliases: ["MiniMax Group Inc.", "稀宇科技", "上海稀宇科技有限公司", "Xiyu Technology", "海螺AI", "Hailuo AI", "Xiyu Keji", "Минимакс"],
    domains: ["minimaxi.com", "minimax.io", "hailuoai.com"],
    country: "KY",
    listed: true,
    note: "MiniMax Group Inc. is incorporated in the Cayman Islands, operating from Shanghai; listed in Hong Kong (0100) on 9 January 2026. Alibaba and Tencent are minority investors (stakes not recorded). Hailuo is a product brand.",
  },

  // ── Xiaomi ─────────────────────────────────────────────────────────────────────────────────
  {
    id: "xiaomi",
    name: "Xiaomi",
    aliases: ["小米", "小米集团", "Xiaomi MiMo", "小米公司", "Xiaomi Jituan", "Сяоми", "Ксиаоми", "Шаоми"],
    domains: ["mi.com", "xiaomi.com"],
    country: "KY",
    listed: true,
    note: "Xiaomi Corporation is incorporated in the Cayman Islands, headquartered in Beijing; listed in Hong Kong (1810). MiMo is its in-house model brand. Its XRING chip unit (Shanghai Xuanjie Technology) is left out because its ownership could not be confirmed.",
  },
  {
    id: "xiaomi-ev",
    name: "Xiaomi EV",
    aliases: ["小米汽车", "小米汽车科技有限公司", "Xiaomi Auto Technology", "Xiaomi Automobile"],
    domains: ["xiaomiev.com"],
    country: "CN",
    owners: [{ id: "xiaomi", stake: 100, source: "Xiaomi HKEX announcement (30 Mar 2021): smart EV business to be run by a wholly owned subsidiary; later changes unconfirmed", asOf: "2021-09" }],
    note: "Xiaomi's electric vehicle and driver-assistance unit, incorporated in Beijing in 2021.",
  },

  // ── Lenovo ─────────────────────────────────────────────────────────────────────────────────
  {
    id: "lenovo",
    name: "Lenovo Group",
    aliases: ["联想", "联想集团", "Lenovo", "Lianxiang", "Леново"],
    domains: ["lenovo.com", "lenovo.com.cn"],
    country: "HK",
    listed: true,
    note: "Lenovo Group Ltd. is incorporated in Hong Kong, with headquarters in Beijing and Hong Kong; listed in Hong Kong (0992). Largest shareholder is Legend Holdings (minority).",
  },
  {
    id: "motorola-mobility",
    name: "Motorola Mobility",
    aliases: ["摩托罗拉移动"],
    domains: ["motorola.com"],
    country: "US",
    owners: [{ id: "lenovo", stake: 100, source: "Lenovo annual report: Motorola Mobility wholly owned since Lenovo bought it from Google (completed Oct 2014)", asOf: "2014-10" }],
    note: "Lenovo's phone maker. Not Motorola Solutions, an unrelated US company, which is why the bare name \"Motorola\" is not an alias.",
  },

  // ── ZTE ────────────────────────────────────────────────────────────────────────────────────
  {
    id: "zte",
    name: "ZTE",
    aliases: ["中兴", "中兴通讯", "Zhongxing Telecommunication Equipment", "Zhongxing Tongxun", "ЗТЕ"],
    domains: ["zte.com.cn"],
    country: "CN",
    listed: true,
    note: "Listed in Shenzhen (000063) and Hong Kong (0763); largest shareholder Zhongxingxin (minority).",
  },
  {
    id: "sanechips",
    name: "Sanechips",
    aliases: ["中兴微电子", "深圳市中兴微电子技术有限公司", "Sanechips Technology", "Shenzhen ZTE Microelectronics"],
    domains: ["sanechips.com.cn"],
    country: "CN",
    owners: [{ id: "zte", stake: 100, source: "ZTE announcements 2020-2021: bought back the Big Fund's 24% (via wholly owned Renxing Technology) and the 18.82% of Hengjian Xinxin and Huitong Rongxin, leaving Sanechips held directly and indirectly in full by ZTE; not rechecked after 2021", asOf: "2021" }],
    note: "ZTE's chip design unit. Part of the indirect holding runs through a ZTE-controlled partnership (Saijiaxun).",
  },

  // ── Inspur ─────────────────────────────────────────────────────────────────────────────────
  {
    id: "inspur",
    name: "Inspur Group",
    aliases: ["浪潮", "浪潮集团", "Inspur", "Langchao", "Инспур"],
    domains: ["inspur.com"],
    country: "CN",
    listed: false,
    note: "State-owned group under Shandong provincial SASAC; the parent itself is not listed, but it controls several listed companies.",
  },
  {
    id: "inspur-information",
    name: "Inspur Electronic Information Industry",
    aliases: ["浪潮信息", "浪潮电子信息产业股份有限公司", "Inspur Information", "IEIT SYSTEMS", "浪潮电子信息"],
    domains: ["ieisystem.com"],
    country: "CN",
    listed: true,
    owners: [{ id: "inspur", stake: 34, source: "Shenzhen-listed company's annual reports: Inspur Group is the controlling shareholder with roughly a third of the shares (approx.; exact figure unconfirmed)", asOf: "2024-12" }],
    note: "AI server maker listed in Shenzhen (000977). Inspur Group controls it but holds far less than 100% (and not a majority of shares), so it does not count as Inspur Group.",
  },

  // ── Hikvision ──────────────────────────────────────────────────────────────────────────────
  {
    id: "hikvision",
    name: "Hikvision",
    aliases: ["海康威视", "海康", "杭州海康威视数字技术股份有限公司", "Hangzhou Hikvision Digital Technology", "Hikvision Digital Technology", "Haikang Weishi", "Хиквижн"],
    domains: ["hikvision.com"],
    country: "CN",
    listed: true,
    note: "Listed in Shenzhen (002415); controlled by state-owned CETC, which holds about 40% through CETC Hik Group and others (not recorded as an owner here).",
  },
  {
    id: "ezviz",
    name: "EZVIZ",
    aliases: ["萤石", "萤石网络", "杭州萤石网络股份有限公司", "Hangzhou EZVIZ Network"],
    domains: ["ezviz.com", "ys7.com"],
    country: "CN",
    listed: true,
    owners: [{ id: "hikvision", stake: 48, source: "EZVIZ STAR Market listing documents (Dec 2022): Hikvision's 60% diluted to about 48% by the IPO; still the controlling shareholder (approx.)", asOf: "2022-12" }],
    note: "Smart-home and IoT cloud arm, listed in Shanghai (688475). Controlled, not wholly owned.",
  },
  {
    id: "hikrobot",
    name: "Hikrobot",
    aliases: ["海康机器人", "杭州海康机器人股份有限公司", "Hangzhou Hikrobot"],
    domains: ["hikrobotics.com"],
    country: "CN",
    owners: [{ id: "hikvision", stake: 60, source: "Hikvision spin-off plan (Jun 2022) and Hikrobot ChiNext prospectus (Sep 2022 data): Hikvision 60%, employee co-investment platform 40%", asOf: "2022-09" }],
    note: "Machine vision and mobile robot unit; ChiNext IPO application pending as of 2025.",
  },

  // ── Dahua ──────────────────────────────────────────────────────────────────────────────────
  {
    id: "dahua",
    name: "Dahua Technology",
    aliases: ["大华", "大华股份", "浙江大华技术股份有限公司", "Zhejiang Dahua Technology", "Dahua", "Дахуа"],
    domains: ["dahuatech.com"],
    country: "CN",
    listed: true,
    owners: [{ id: "china-mobile", stake: 10, source: "Dahua private placement to China Mobile Capital (agreed 2021, completed 2023): about 10% (10.42% at signing, approx.); which China Mobile entity holds China Mobile Capital is unconfirmed", asOf: "2023" }],
    note: "Listed in Shenzhen (002236); controlled by founder Fu Liquan and his wife (about a third). China Mobile is a minority investor.",
  },

  // ── Kuaishou ───────────────────────────────────────────────────────────────────────────────
  {
    id: "kuaishou",
    name: "Kuaishou",
    aliases: ["快手", "快手科技", "Kuaishou Technology", "Kwai", "可灵", "可灵AI", "Kling AI", "Куайшоу"],
    domains: ["ir.kuaishou.com", "klingai.com"],
    country: "KY",
    listed: true,
    note: "Kuaishou Technology is incorporated in the Cayman Islands, headquartered in Beijing; listed in Hong Kong (1024). Kling is its in-house video model brand, recorded as an alias. kuaishou.com and kwai.com are user-content platforms (outlet table); ir.kuaishou.com, where its results and press releases are published, is its release host.",
  },

  // ── China Mobile ───────────────────────────────────────────────────────────────────────────
  {
    id: "china-mobile",
    name: "China Mobile",
    aliases: ["中国移动", "中國移動", "China Mobile Jiutian", "中国移动九天", "Zhongguo Yidong", "Чайна Мобайл"],
    domains: ["chinamobileltd.com", "10086.cn"],
    country: "HK",
    listed: true,
    owners: [{ id: "china-mobile-group", stake: 70, source: "China Mobile Ltd corporate profile and annual reports: CMCC holds about 69-70% indirectly through China Mobile Hong Kong (BVI) (approx.)", asOf: "2024-12" }],
    note: "China Mobile Limited, incorporated in Hong Kong and listed in Hong Kong (0941) and Shanghai (600941); the operating company behind the China Mobile brand. Its state-owned parent CMCC is a separate record; a CMCC announcement is by the parent, not by a subsidiary of this record.",
  },
  {
    id: "china-mobile-group",
    name: "China Mobile Communications Group",
    aliases: ["中国移动通信集团有限公司", "CMCC", "China Mobile Communications Corporation"],
    domains: ["chinamobile.com"],
    country: "CN",
    listed: false,
    note: "State-owned parent of China Mobile Limited, wholly owned by the state (SASAC).",
  },
  {
    id: "china-mobile-communication",
    name: "China Mobile Communication Co.",
    aliases: ["中国移动通信有限公司"],
    country: "CN",
    owners: [{ id: "china-mobile", stake: 100, source: "China Mobile Ltd Form 20-F (FY2020/FY2021) principal subsidiaries note: 100% held through a subsidiary", asOf: "2021-12" }],
    note: "Onshore network and business coordination company of China Mobile Limited; the provincial China Mobile Group companies are likewise 100% held.",
  },
  {
    id: "china-mobile-international",
    name: "China Mobile International",
    aliases: ["中国移动国际有限公司", "CMI"],
    country: "HK",
    owners: [{ id: "china-mobile", stake: 100, source: "China Mobile Ltd annual reports: CMI described as a wholly owned subsidiary set up in 2010 (approx.; not read from a filing here)", asOf: "2024" }],
    note: "China Mobile's international carrier and overseas arm.",
  },

  // ── China Telecom ──────────────────────────────────────────────────────────────────────────
  {
    id: "china-telecom",
    name: "China Telecom",
    aliases: ["中国电信", "中國電信", "Zhongguo Dianxin", "Чайна Телеком"],
    domains: ["chinatelecom-h.com", "189.cn"],
    country: "CN",
    listed: true,
    owners: [{ id: "china-telecom-group", stake: 63, source: "China Telecom share register: the group's 57.4bn shares were 70.89% before the 2021 A-share issue and about 63% of the 91.5bn shares after it (approx.)", asOf: "2023-12" }],
    note: "China Telecom Corporation Limited, listed in Hong Kong (0728) and Shanghai (601728). Its state-owned parent is a separate record.",
  },
  {
    id: "china-telecom-group",
    name: "China Telecommunications Corporation",
    aliases: ["China Telecom Group", "中国电信集团有限公司", "China Telecommunications Group"],
    domains: ["chinatelecom.com.cn"],
    country: "CN",
    listed: false,
    note: "State-owned parent of China Telecom Corporation Limited, wholly owned by the state (SASAC).",
  },
  {
    id: "tianyi-cloud",
    name: "Tianyi Cloud",
    aliases: ["天翼云", "天翼云科技有限公司", "China Telecom Cloud", "CTyun", "e-Cloud"],
    domains: ["ctyun.cn"],
    country: "CN",
    owners: [{ id: "china-telecom", stake: 75, source: "China Telecom (Dec 2021-Mar 2022): capital increase bringing in CETC, CEC, China Chengtong and China Reform as shareholders; China Telecom keeps control. Exact percentage not found: 75 is a placeholder for a majority, non-100% stake (unconfirmed)", asOf: "2022-03" }],
    note: "China Telecom's cloud subsidiary, set up in 2021. Majority-owned, not wholly owned, after the state-investor capital increase.",
  },
  {
    id: "china-telecom-global",
    name: "China Telecom Global",
    aliases: ["中国电信国际有限公司", "CTG"],
    domains: ["chinatelecomglobal.com"],
    country: "HK",
    owners: [{ id: "china-telecom", stake: 100, source: "China Telecom Corp acquired China Telecom Global from its parent in 2007; treated as wholly owned in its annual reports (approx.)", asOf: "2024" }],
    note: "China Telecom's international arm, based in Hong Kong.",
  },
];
