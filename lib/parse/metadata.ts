// Who published the report, for which year, where, and whether it is synthetic.
// Reports state these in different places and not always consistently: the
// title (sometimes split over two lines), the opening sentence, the 统计期限
// sentence, or only implicitly (我局, 市卫生健康局 plus the city's name). A
// year mentioned in passing (last year's numbers, next year's plans) must not
// win, so the sources are ranked, and a disagreement becomes a diagnostic.
import type { NarrativeLine, SourceDocument, SourceRow } from "../model/document";
import { SYNTHETIC_MARKER } from "../model/document";
import type { Diagnostic, Region, ReportMeta } from "../model/report";
import { findPlaceMentions, regionFromCode, resolveRegion, resolveRegionDetailed, type Division } from "../region/index";
import type { ManifestEntry } from "./manifest";
import { unifyRadicals } from "./radicals";
import { isPlainInteger } from "./values";

export interface MetadataResult {
  agency: string | null;
  agencySource: ReportMeta["agencySource"];
  year: number | null;
  region: Region;
  synthetic: boolean;
  diagnostics: Diagnostic[];
}

interface Line {
  text: string;
  line: number | null;
}

/** Agency names end in one of these; longest first so that 委员会 wins over 委. */
const AGENCY_SUFFIX =
  "(?:街道办事处|人民政府办公室|人民政府办公厅|镇人民政府|乡人民政府|人民政府|管理委员会|管委会|委员会|办公室|办公厅|办事处|联合会|研究院|研究所|检察院|法院|中心|政府|分局|支队|大队|总队|调查队|街道|海关|红十字会|档案馆|气象台|监狱|银行|分行|支行|局|委|厅|署|部|院|办|所|站|社|镇|乡)";
const AGENCY = `[\\u4e00-\\u9fa5（）()]{1,38}?${AGENCY_SUFFIX}`;
const AGENCY_ONLY = new RegExp(`^${AGENCY}$`);
/** Between a page title's parts: the report's title, its site, its section. */
const TITLE_SEPARATOR = /[_|｜>›»]|--|—{1,2}|-(?=[^\d])|(?<=[^\d])-/;
const TITLE = /(?:信息公开|政务公开).{0,8}?(?:年度报告|年报|工作报告|情况的?报告)/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const YEAR_START = /^(?:19|20)\d{2}年度?[，,、]/;
/** `2022年，本机关…`, `2022年，在区委领导下，我局…`: a sentence of the report's author, not of a superior (`2021年，国务院办公厅印发…`). */
const SELF_YEAR_START = /^(?:19|20)\d{2}年度?[，,、](?:在[^，。；]{0,40}[，,])?(?:本|我|全[区县市州省镇乡])/;
/** `2021—2022年度`: a report over two years, whose title's year is the later one. */
const YEAR_RANGE = /((?:19|20)\d{2})\s*年?度?\s*(?:—{1,2}|–|－|-|~|～|至|到)\s*(?=(?:19|20)\d{2}\s*年)/;
/** `2023年，我局将…`: a sentence of plans. */
const PLANS = /^(?:19|20)\d{2}年度?[，,、][^，。；]{0,12}?将/;
/** Years that are not the one reported, left out when years are counted: plans, and a page's date of publication. */
const NOT_REPORTED_YEARS = /(?:19|20)\d{2}年度?[，,、][^，。；]{0,12}?将|(?:发布|成文|生成|更新)(?:时间|日期)[:：]?(?:19|20)\d{2}年/g;
const SELF_NAMED = /((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)/;
// Formal titles write the year in Chinese numerals: 二〇二二年, 二零二一年度.
const CHINESE_YEAR = /[一二][〇零○Ｏ一二三四五六七八九]{3}(?=\s*年)/g;
const CHINESE_DIGITS: Record<string, string> = {
  〇: "0", 零: "0", "○": "0", Ｏ: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
};
/** What follows an agency's name at the start of a sentence: `（以下简称` or the verb. */
const AGENCY_THEN = "(?:[（(]以下简称|坚持|认真|按照|根据|深入|严格|始终|紧紧|全面|围绕|高度|积极|持续|不断|扎实|结合|在|通过|进一步|继续|切实|着力|大力|坚决|主动)";
/** A short name in brackets after an agency's own: `杭州市西湖区人民政府办公室（区政务公开办）`. */
const ALIAS = "(?:[（(][^（()）]{1,20}[)）])?";
/**
 * `2021年，宁波市鄞州区卫生健康局按照…` at the start of a sentence. The name runs to what
 * follows it: the shortest name alone would stop at the first suffix (杭州市社会保险… → 杭州市社).
 */
const OPENING_AGENCY = new RegExp(`(?:^|[。；])(?:19|20)\\d{2}年度?[，,、](${AGENCY})${ALIAS}(?=[，,]|${AGENCY_THEN})`);
/** `2022年，在区委、区政府的正确领导下，杭州市西湖区民政局认真…`: a name after a clause, taken only when it starts with a place. */
const MID_SENTENCE_AGENCY = new RegExp(`[，,](${AGENCY})${AGENCY_THEN}`);
const COMPILED_BY = new RegExp(`由(${AGENCY})(?:负责|根据[^，。；]{0,80}?)?(?:编制|制作|发布|编写)`);
/** `现公布杭州市西湖区财政局2023年政府信息公开工作年度报告`: the report announced by name. */
const ANNOUNCED = new RegExp(`(?:公布|现将|发布)(${AGENCY})(?:19|20)\\d{2}年度?(?:政府)?信息公开`);
/** A government page's information table above the report: `发布机构：杭州市西湖区财政局`, its cells joined. */
const PUBLISHER = new RegExp(`(?:发布机构|发布单位|发文机关|发文单位|信息来源)[:：]?(${AGENCY})(?=$|发文日期|发布日期|发布时间|成文日期|生成日期|主题分类|组配分类|公开方式|索引号|文号|标题|名称|[|｜])`);
const LINE_START_AGENCY = new RegExp(`^(${AGENCY})${AGENCY_THEN}`);
/** 1 January to 31 December of one year: the statistics period; the end's year may be left out (`2022年1月1日至12月31日`). */
const PERIOD = /((?:19|20)\d{2})年0?1月0?1日(?:起)?(?:至|到|—|–|-|～|~)(?:((?:19|20)\d{2})年)?12月31日/;
/** 市卫生健康局 without a place: the reader is expected to know which city. */
const RELATIVE_AGENCY = new RegExp(`(?:^|[^\\u4e00-\\u9fa5]|[过在由的和与及向对将经被把])([市区县])([\\u4e00-\\u9fa5]{2,12}?${AGENCY_SUFFIX})`, "g");
const NATIONAL = /^(?:国家|中华人民共和国|国务院|中国|中共中央|全国|最高人民)/;

/** How far the title is looked for (page chrome may come first), and the opening sentences after it. */
const TITLE_LINES = 40;
const HEAD_LINES = 15;
const OPENING_CHARS = 3000;
/** How many of the first lines may carry the synthetic marker. */
const FIRST_LINES = 5;

export function extractMetadata(doc: SourceDocument, narrative: NarrativeLine[], file: string, manifest?: ManifestEntry): MetadataResult {
  const diagnostics: Diagnostic[] = [];
  const note = (code: string, severity: Diagnostic["severity"], message: string, line: number | null = null) =>
    diagnostics.push({ code, severity, message: `${file}: ${message}`, line });

  const reader = new HeadReader(doc, narrative);
  const title = findTitle(reader, doc.title);
  const synthetic = (doc.title ?? "").includes(SYNTHETIC_MARKER) || reader.markedSynthetic() || manifest?.synthetic === true;
  // The report's own text starts after its title; before it there may be page chrome.
  const body = new Body(reader, title && title.index >= 0 ? title.index + 1 : 0);

  // ---- agency
  let { agency, agencySource } = chooseAgency(title, body, reader, narrative, doc.title, note);
  if (manifest?.agency) {
    if (agency !== null && agency !== manifest.agency) note("manifest-override", "info", `manifest agency "${manifest.agency}" replaces "${agency}" (${agencySource})`);
    agency = manifest.agency;
    agencySource = "manifest";
  }

  // ---- year
  let year = chooseYear(title, body, agency, note);
  if (manifest?.year !== undefined) {
    if (year !== null && year !== manifest.year) note("manifest-override", "info", `manifest year ${manifest.year} replaces ${year}`);
    year = manifest.year;
  }

  // ---- region
  let region: Region = { province: null, city: null, county: null, code: null };
  if (manifest && (manifest.code || manifest.province || manifest.city || manifest.county)) {
    region = manifestRegion(manifest);
  } else if (agency !== null) {
    let resolved = resolveRegionDetailed(agency);
    // The title's place (`杭州市西湖区2022年…`) and the opening settle a name that is ambiguous by itself (西湖区人民政府),
    // or that names its place by a short form alone, which may be another place's (巴州).
    if (resolved.ambiguous.length > 0 || resolved.shortFormsOnly) resolved = resolveRegionDetailed(agency, `${title?.place ?? ""}\n${body.openingText()}`);
    region = resolved.region;
    if (resolved.contradicted) {
      const d = resolved.contradicted;
      const placed = [region.province, region.city, region.county].filter((n) => n !== null).join("");
      note("region-from-text", "info", `"${agency}" would be ${d.province?.name ?? ""}${d.city?.name ?? ""}${d.name}, but the opening places it in ${placed || "another province"}: the region is the opening's`);
    }
    if (resolved.ambiguous.length > 0) {
      const names = resolved.ambiguous.map((d) => `${d.province?.name ?? ""}${d.city?.name ?? ""}${d.name}`).join("、");
      note("region-ambiguous", "info", `"${agency}" could be any of ${names}; the county is left blank`);
    }
  }

  return { agency, agencySource, year, region, synthetic, diagnostics };
}

/**
 * The report's lines from the top, cleaned, read only as far as they are looked
 * at: the title (within TITLE_LINES) and the body after it (Body). The rest, most
 * of a report, is never joined or cleaned.
 */
class HeadReader {
  readonly lines: Line[] = [];
  private rows: readonly SourceRow[];
  private next = 0;
  /** Non-blank lines read so far; the narrative is read when the document has none. */
  private rawCount = 0;
  private marked = false;
  private onNarrative = false;

  constructor(
    doc: SourceDocument,
    private readonly narrative: readonly NarrativeLine[],
  ) {
    this.rows = doc.rows;
  }

  /** Whether one of the first FIRST_LINES non-blank lines carries the synthetic marker. */
  markedSynthetic(): boolean {
    // Five cleaned lines take at least five non-blank lines.
    this.at(FIRST_LINES - 1);
    return this.marked;
  }

  /** Line `i`, reading on as needed; undefined past the end. */
  at(i: number): Line | undefined {
    while (this.lines.length <= i && this.readOne());
    return this.lines[i];
  }

  /**
   * Reads rows up to the next one with text. A row's line is its cells cleaned one
   * by one and concatenated: the same as cleaning the cells joined with spaces,
   * since the spaces would be removed, without building and scanning the joined text.
   */
  private readOne(): boolean {
    for (;;) {
      if (this.next >= this.rows.length) {
        if (this.rawCount > 0 || this.onNarrative) return false;
        this.onNarrative = true;
        this.rows = this.narrative.map((l) => ({ cells: [{ text: l.text, line: l.line }] }));
        this.next = 0;
        continue;
      }
      const row = this.rows[this.next++]!;
      let text = "";
      let blank = true;
      let marked = false;
      for (const cell of row.cells) {
        if (cell.spanned) continue;
        const piece = clean(cell.text);
        text += piece;
        // The marker matters on the first lines, or where it may be all a cell holds.
        const hasMarker = (piece === "" || this.rawCount < FIRST_LINES) && cell.text.includes(SYNTHETIC_MARKER);
        if (piece !== "" || hasMarker) blank = false;
        marked ||= hasMarker;
      }
      if (blank) continue;
      if (this.rawCount++ < FIRST_LINES && marked) this.marked = true;
      if (text === "") continue;
      this.lines.push({ text, line: row.cells[0]?.line ?? null });
      return true;
    }
  }
}

/**
 * The lines after the title: the first HEAD_LINES state the agency and the year, the
 * opening (lines up to OPENING_CHARS characters) is searched for the statistics
 * period and, when nothing states them, counted for years and places. Most reports
 * state both early, so the opening, which runs on into the tables, is read and
 * joined only when asked for.
 */
class Body {
  private text: string | undefined;

  constructor(
    private readonly reader: HeadReader,
    private readonly start: number,
  ) {}

  /** The first HEAD_LINES lines. */
  head(): Line[] {
    this.reader.at(this.start + HEAD_LINES - 1);
    return this.reader.lines.slice(this.start, this.start + HEAD_LINES);
  }

  /** The opening's lines, read as they are asked for: a line belongs to it while the lines before it hold at most OPENING_CHARS. */
  *openingLines(): Generator<Line> {
    for (let i = 0, chars = 0; chars <= OPENING_CHARS; i++) {
      const line = this.reader.at(this.start + i);
      if (!line) return;
      yield line;
      chars += line.text.length;
    }
  }

  openingText(): string {
    this.text ??= Array.from(this.openingLines(), (line) => line.text).join("\n");
    return this.text;
  }
}

const NEEDS_CLEANING = /[\s\u00a0\u3000【０-９\u2e80-\u2fdf]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Without the synthetic marker and all whitespace, digits made ASCII: `2021 年`, `２０２１年` and `2021年` read alike. */
function clean(text: string): string {
  // Most cells hold neither (a number, a label): skip building new strings for them,
  // and number cells, most of a table, even the regular expression.
  if (isPlainInteger(text) || !NEEDS_CLEANING.test(text)) return text;
  // Radicals a PDF printed for ideographs (⾏ for 行) are read as the ideographs: see radicals.ts.
  return unifyRadicals(text)
    .replaceAll(SYNTHETIC_MARKER, "")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

// ---- title ------------------------------------------------------------------

interface Title {
  agency: string | null;
  /** A place named alone where the agency would be (`杭州市西湖区2022年…`): the report of its people's government. */
  place: string | null;
  year: number | null;
  /** The first year of a title over two (`2021—2022年度`), whose `year` is the second. */
  firstYear?: number;
  line: number | null;
  /** Index of the title line in the report's lines; -1 for a page title (`<title>`). */
  index: number;
  /** The agency is the line(s) above a title that names none: a split title, or the site's name in a header. */
  agencyAbove?: true;
}

/**
 * The first line that reads as a report's title, or, when the page's own title (`<title>`) names a
 * report, the first that agrees with it: a site may list its other reports above the article.
 */
function findTitle(reader: HeadReader, docTitle: string | undefined): Title | null {
  const parsedPage = docTitle ? parseTitle(clean(docTitle)) : null;
  const page = parsedPage ? { ...parsedPage, line: null, index: -1 } : null;
  let first: Title | null = null;
  let weak: Title | null = null;
  for (let i = 0; i < TITLE_LINES; i++) {
    const line = reader.at(i);
    if (!line) break;
    if (NOT_TITLE.test(line.text)) continue;
    const title = parseTitle(line.text) ?? wrappedTitle(line.text, reader.at(i + 1));
    if (!title) continue;
    let { agency, place } = title;
    let agencyAbove = false;
    // A title split over lines: the agency (or the place alone) on its own line(s) just above,
    // its place perhaps on the line above that (`杭州市西湖区` / `北山街道办事处` / `2022年…`).
    for (let k = i - 1; agency === null && place === null && k >= Math.max(0, i - 2); k--) {
      const above = reader.lines[k]!.text;
      if (isAgencyName(above)) {
        const higher = k > 0 && !startsWithPlace(above) ? placeOnly(reader.lines[k - 1]!.text) : null;
        agency = (higher ?? "") + above;
        agencyAbove = true;
      } else place = placeOnly(above);
    }
    const found: Title = { agency, place, year: title.year, line: line.line, index: i };
    if (title.firstYear !== undefined) found.firstYear = title.firstYear;
    if (agencyAbove) found.agencyAbove = true;
    // A title that names nothing (a breadcrumb's `政府信息公开年报`) is kept only in case no other comes.
    if (agency === null && place === null && title.year === null) {
      weak ??= found;
      continue;
    }
    if (!page || agrees(found, page)) return found;
    first ??= found;
  }
  return first ?? page ?? weak;
}

/** Lines that name another page: links and breadcrumbs (`相关阅读：…2021年…年度报告`, `当前位置：首页 > …`). */
const NOT_TITLE = /^(?:相关阅读|相关链接|相关文章|相关文件|推荐阅读|延伸阅读|上一篇|下一篇|上一条|下一条|您当前的位置|您现在的位置|当前位置|您的位置|所在位置)/;

/** A title wrapped inside its phrase (`…2022年政府信息公开` / `工作年度报告`): the line joined with a short next one. */
function wrappedTitle(text: string, next: Line | undefined): ReturnType<typeof parseTitle> {
  return next && next.text.length <= 12 && /(?:信息公开|政务公开)/.test(text) ? parseTitle(text + next.text) : null;
}

/** Two titles that name no different year and no different agency. */
function agrees(a: Title, b: Title): boolean {
  return (a.year === null || b.year === null || a.year === b.year) && (a.agency === null || b.agency === null || a.agency === b.agency);
}

/** A title line such as `XX局2021年度政府信息公开工作年度报告`, or a page title with site name. */
function parseTitle(text: string): { agency: string | null; place: string | null; year: number | null; firstYear?: number } | null {
  const digits = text
    // A column's tag in front (`【政府信息公开年报】`) names the column, not the report; `【杭州市西湖区民政局】` is the agency.
    .replace(/^【[^】]*(?:公开|年报|报告)[^】]*】/, "")
    .replace(CHINESE_YEAR, (year) => [...year].map((c) => CHINESE_DIGITS[c]).join(""));
  // A range's dash is no separator: `XX局2021—2022年度…` is read as `XX局2022年度…`, its first year kept aside.
  const range = YEAR_RANGE.exec(digits);
  const segment = (range ? digits.replace(range[0], "") : digits)
    .split(TITLE_SEPARATOR)
    .map((s) => s.replace(/[《》“”"【】]/g, ""))
    .find((s) => TITLE.test(s));
  if (!segment || segment.length > 80 || /[，。；！？,;]/.test(segment)) return null;
  const yearMatch = YEAR.exec(segment) ?? /[（(]((?:19|20)\d{2})[)）]/.exec(segment);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  // 政府信息公开, but not the 政府 of 人民政府信息公开 (`杭州市人民政府信息公开工作年度报告`).
  const topic = segment.search(/(?<!人民)政府信息公开|信息公开|政务公开/);
  // `XX局2021年度…`, `2021年XX局政府信息公开…` or `XX局政府信息公开工作年度报告（2021年）`.
  const candidates = [segment.slice(0, topic)];
  if (yearMatch && yearMatch.index < topic) {
    candidates.unshift(segment.slice(0, yearMatch.index), segment.slice(yearMatch.index + yearMatch[0].length, topic).replace(/^度/, ""));
  }
  // A second name in brackets after the agency's own (`杭州市市场监督管理局（杭州市知识产权局）`) is dropped.
  const names = candidates.map((c) => titleSubject(c).replace(/[（(][^（()）]+[)）]$/, ""));
  const agency = names.find(isAgencyName) ?? null;
  const parsed = { agency, place: agency === null ? names.map(placeOnly).find((p) => p !== null) ?? null : null, year };
  return range && year !== null && Number(range[1]) < year ? { ...parsed, firstYear: Number(range[1]) } : parsed;
}

/**
 * Whose report a title's lead names: what follows its last 关于 (`…办公室关于印发杭州市西湖区`, `…办公室关于
 * 杭州市西湖区人民政府`), or, when nothing follows, what comes before (`西湖区人民政府关于公布`, `XX局关于`).
 */
function titleSubject(lead: string): string {
  const text = lead.replace(/[:：]$/, "");
  const at = text.lastIndexOf("关于");
  if (at < 0) return text;
  const after = text.slice(at + 2).replace(/^(?:印发|公布|发布)/, "");
  return after !== "" ? after : text.slice(0, at);
}

/**
 * A report that calls itself 我局 (or 本委, 我中心, 我街道…) is not the report of a government whose name
 * holds no such word: a portal hosting a bureau's report, or a superior its opening names first.
 */
function selfNamesOtherKind(opening: string, agency: string): boolean {
  if (!/政府$/.test(agency)) return false;
  const self = /[我本](局|委|办|厅|中心|院|所|站|队|街道|镇|乡)/.exec(opening);
  return self !== null && !agency.includes(self[1]!);
}

/** The agency a page's title names as its site (`2022年…年度报告_杭州市西湖区人民政府`, `…-杭州市西湖区民政局门户网站`). */
function siteAgency(pageTitle: string | undefined): string | null {
  if (!pageTitle) return null;
  for (const segment of clean(pageTitle).split(TITLE_SEPARATOR)) {
    if (TITLE.test(segment)) continue;
    const name = segment.replace(/(?:门户网站|政府网站|网站|门户网|政府网|门户)$/, "");
    if (isAgencyName(name) && !isRelative(name)) return name;
  }
  return null;
}

/**
 * `杭州市西湖区` for `浙江省杭州市西湖区`, `西湖区` for `西湖区`: a text of full place names and
 * nothing else, without its province when more follows (a county's government does not name it).
 */
function placeOnly(text: string): string | null {
  const mentions = findPlaceMentions(text, { shortForms: true });
  let end = 0;
  let place = "";
  for (const mention of mentions) {
    if (mention.start !== end) return null;
    end = mention.end;
    if (mention.full) place += mention.text;
    else {
      // An autonomous division's official short form (延边州, 恩施州, 长阳县) stands for its full name.
      const autonomous = mention.divisions.length === 1 && /自治[州县旗]$/.test(mention.divisions[0]!.name) && /[州县旗]$/.test(mention.text);
      if (!autonomous) return null;
      place += mention.divisions[0]!.name;
    }
  }
  if (end === 0 || end !== text.length) return null;
  const first = mentions[0]!;
  return mentions.length > 1 && first.full && first.divisions.every((d) => d.level === "province") ? place.slice(first.text.length) : place;
}

/** Whether `short` is `full` abbreviated: a shorter name ending alike whose characters `full` holds in order (鄞州区卫健局, 宁波市鄞州区卫生健康局). */
function abbreviates(short: string, full: string): boolean {
  if (full.length <= short.length || full.at(-1) !== short.at(-1)) return false;
  let k = 0;
  for (const ch of full) if (ch === short[k]) k++;
  return k === short.length;
}

/**
 * The formal name of a body a report names informally: a street or a town named alone (北山街道 →
 * 北山街道办事处, 递铺镇 → 递铺镇人民政府), or a place's government in its everyday form (朝阳区政府 →
 * 朝阳区人民政府).
 */
function formalName(agency: string): string | null {
  if (agency.endsWith("街道")) return `${agency}办事处`;
  if (/[镇乡]$/.test(agency)) return `${agency}人民政府`;
  const government = /^(.*[省市区县旗州盟])政府$/.exec(agency);
  return government && startsWithPlace(government[1]!) ? `${government[1]}人民政府` : null;
}

/** How a clause starts that is no agency's name (`根据杭州市人民政府办公厅工作部署`, which ends like 审计署). */
const CLAUSE_START = /^(?:根据|按照|依据|依照|遵照|在|围绕|为了?|以|对|通过|结合|坚持|认真|进一步|各)/;

function isAgencyName(text: string): boolean {
  return (
    text.length >= 3 &&
    text.length <= 40 &&
    AGENCY_ONLY.test(text) &&
    !CLAUSE_START.test(text) &&
    (!/^[我本该]/.test(text) || startsWithPlace(text))
  );
}

/** 本溪市… and 市中区… begin with a place; 本局 and 市卫生健康局 do not. */
function startsWithPlace(text: string): boolean {
  return findPlaceMentions(text.slice(0, 12), { shortForms: true })[0]?.start === 0;
}

/** 区卫健局, 市卫生健康局: names that need the reader to know the place. */
function isRelative(agency: string): boolean {
  if (NATIONAL.test(agency)) return false;
  return /^[我本该省市区县州镇乡]/.test(agency) && !startsWithPlace(agency);
}

// ---- agency in the text -----------------------------------------------------

function findStatedAgency(lines: Line[]): string | null {
  const head = lines.slice(0, HEAD_LINES);
  for (let i = 0; i < head.length; i++) {
    const text = head[i]!.text;
    const stated = statedAgency(text);
    if (stated) return stated;
    // A sentence wrapped in the middle of the name (`…现公布湖州市吴兴区` / `卫生健康局2022年…`), as PDF text wraps it.
    const next = head[i + 1];
    if (next && !SENTENCE_END.test(text)) {
      const wrapped = statedAgency(text + next.text);
      if (wrapped) return wrapped;
    }
  }
  return null;
}

const SENTENCE_END = /[。；！？!?;]$/;

function statedAgency(text: string): string | null {
  for (const pattern of [OPENING_AGENCY, COMPILED_BY, ANNOUNCED, LINE_START_AGENCY]) {
    const m = pattern.exec(text);
    if (m && isAgencyName(m[1]!) && !isRelative(m[1]!)) return m[1]!;
  }
  const mid = MID_SENTENCE_AGENCY.exec(text);
  return mid && isAgencyName(mid[1]!) && startsWithPlace(mid[1]!) ? mid[1]! : null;
}

/** A signature's date ending its line: `2023年1月20日`, `二〇二三年一月二十日`, `2023年1月`. */
const SIGNATURE_DATE = /(?:(?:19|20)\d{2}|[一二][〇零○Ｏ一二三四五六七八九]{3})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?$/;
/** How many of the narrative's last lines may hold the signature (other matters, an attachment note may follow it). */
const SIGNATURE_LINES = 6;

/** The agency that signs the report at its end: its name on the line above the date, or before the date on the same line. */
function findSignature(narrative: readonly NarrativeLine[]): string | null {
  for (let i = narrative.length - 1; i >= Math.max(0, narrative.length - SIGNATURE_LINES); i--) {
    const text = clean(narrative[i]!.text);
    const date = SIGNATURE_DATE.exec(text);
    if (!date) continue;
    const name = date.index > 0 ? text.slice(0, date.index) : i > 0 ? clean(narrative[i - 1]!.text) : "";
    if (isAgencyName(name) && !isRelative(name)) return name;
  }
  return null;
}

/** How many lines below the title a page's information row may state the publisher. */
const PUBLISHER_BELOW = 3;

/** The publisher a page states above or just below the report's title (or above its opening, without a title line). */
function findPublisher(reader: HeadReader, titleIndex: number): string | null {
  for (let i = 0; i < (titleIndex >= 0 ? titleIndex + 1 + PUBLISHER_BELOW : TITLE_LINES); i++) {
    const line = reader.at(i);
    if (!line) break;
    const m = PUBLISHER.exec(line.text);
    if (m && isAgencyName(m[1]!) && !isRelative(m[1]!)) return m[1]!;
  }
  return null;
}

interface Inference {
  agency: string;
  phrase: string;
  place: string;
  mentions: number;
}

/**
 * 市卫生健康局 + the place of that level the text names most (full names count
 * double: 慈溪市 is surer than 慈溪, which may be part of a hospital's name).
 */
function inferAgency(text: string, titleAgency: string | null): Inference | null {
  const phrases = new Map<string, number>();
  if (titleAgency && /^[市区县]/.test(titleAgency)) phrases.set(titleAgency, 1);
  for (const m of text.matchAll(RELATIVE_AGENCY)) {
    const phrase = m[1]! + m[2]!;
    phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
  }
  // The report speaks of its author as 我局/本委/我办: only phrases of that kind can name it.
  const self = mostFrequentMatch(text, /[我本](局|委|办|院|中心|厅|署|政府)/g);
  const phraseRanking = [...phrases.entries()]
    .filter(([p]) => self === null || p.endsWith(self) || (self === "委" && p.endsWith("委员会")) || (self === "办" && p.endsWith("办公室")))
    .sort((a, b) => b[1] - a[1]);
  if (phraseRanking.length === 0 || (phraseRanking[1] && phraseRanking[1][1] === phraseRanking[0]![1])) return null;
  const phrase = phraseRanking[0]![0];
  const level = phrase[0]!;
  const scores = new Map<Division, { score: number; mentions: number }>();
  for (const mention of findPlaceMentions(text, { shortForms: true })) {
    if (mention.divisions.length !== 1) continue;
    const d = mention.divisions[0]!;
    if (d.level === "province" || !d.name.endsWith(level)) continue;
    const s = scores.get(d) ?? { score: 0, mentions: 0 };
    s.score += mention.full ? 2 : 1;
    s.mentions++;
    scores.set(d, s);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  const [first, second] = ranked;
  if (!first || first[1].mentions < 2 || (second && second[1].score === first[1].score)) return null;
  return { agency: first[0].name + phrase.slice(1), phrase, place: first[0].name, mentions: first[1].mentions };
}

// ---- agency ---------------------------------------------------------------------

/**
 * The agency, in order: the title's name (in full when the text or the signature has it so), a name
 * the text states (the opening, a page's 发布机构, the signature), the government of a place the title
 * names alone, an inference from the opening, the site the page's title names.
 */
function chooseAgency(
  title: Title | null,
  body: Body,
  reader: HeadReader,
  narrative: readonly NarrativeLine[],
  pageTitle: string | undefined,
  note: Note,
): { agency: string | null; agencySource: ReportMeta["agencySource"] } {
  let agency: string | null = null;
  let agencySource: ReportMeta["agencySource"] = null;
  // A government's name that the report's text contradicts (`我局`) is a superior or the site, not the author.
  const fitsText = (name: string | null) => (name !== null && !selfNamesOtherKind(body.openingText(), name) ? name : null);
  if (title?.agency && !isRelative(title.agency) && (!title.agencyAbove || fitsText(title.agency))) {
    agency = title.agency;
    agencySource = "title";
    // A title may shorten the name (`鄞州区卫健局`) that the text or the signature gives in full.
    // A town or a street named alone (`箬横镇`) is short for its body's full name (`温岭市箬横镇人民政府`).
    const short = agency;
    const formal = formalName(short);
    const full = [findStatedAgency(body.head()), findSignature(narrative)].find(
      (name) => name !== null && (abbreviates(short, name) || (formal !== null && abbreviates(formal, name))),
    );
    if (full) {
      note("agency-expanded", "info", `the title's "${short}" is short for "${full}", as the report names itself`, title.line);
      agency = full;
    }
  } else {
    const stated = fitsText(findStatedAgency(body.head())) ?? fitsText(findPublisher(reader, title?.index ?? -1)) ?? fitsText(findSignature(narrative));
    if (stated) {
      agency = stated;
      agencySource = "text";
    }
  }
  const site = siteAgency(pageTitle);
  if (agency === null && title?.place) {
    // The site's government, when it is this place's, has the name in full (西湖区 → 杭州市西湖区人民政府).
    agency = site?.endsWith(`${title.place}人民政府`) ? site : `${title.place}人民政府`;
    agencySource = "inferred";
    note("agency-inferred", "info", `the title names the place "${title.place}" alone: read as the report of ${agency}`, title.line);
  }
  if (agency === null) {
    const inferred = inferAgency(body.openingText(), title?.agency ?? null);
    if (inferred) {
      agency = inferred.agency;
      agencySource = "inferred";
      note("agency-inferred", "warning", `agency not stated; inferred "${inferred.agency}" from "${inferred.phrase}" and ${inferred.mentions} mentions of ${inferred.place}`);
    } else if (fitsText(site)) {
      agency = site;
      agencySource = "inferred";
      note("agency-inferred", "warning", `agency not stated; the page's title names its site "${site}", read as the report's agency`);
    } else note("agency-missing", "warning", "no agency name found in the title or the opening text");
  }
  const formal = agency === null ? null : formalName(agency);
  if (formal !== null) {
    note("agency-completed", "info", `"${agency}" is read as the report of ${formal}`, title?.line ?? null);
    agency = formal;
  }
  return { agency, agencySource };
}

// ---- year ---------------------------------------------------------------------

type Note = (code: string, severity: Diagnostic["severity"], message: string, line?: number | null) => void;

function chooseYear(title: Title | null, body: Body, agency: string | null, note: Note): number | null {
  const plausible = (y: number | null | undefined) => (y !== null && y !== undefined && y >= 2000 && y <= 2100 ? y : null);
  const sources: { name: string; year: number | null; line: number | null }[] = [];
  sources.push({ name: "the title", year: plausible(title?.year), line: title?.line ?? null });

  const period = statisticsPeriod(body);
  sources.push({ name: "the statistics period", year: plausible(period?.year), line: period?.line ?? null });

  // `现将2022年度政府信息公开工作报告如下`: the report names itself, whatever years the sentence mentioned before.
  const named = body.head().find((l) => SELF_NAMED.test(l.text));
  sources.push({ name: "the report's name in its opening", year: plausible(named ? Number(SELF_NAMED.exec(named.text)![1]) : null), line: named?.line ?? null });

  // A year of plans (`2023年，我局将…`) is not the one reported.
  // A sentence of the author's own comes before one of a superior's (`2021年，国务院办公厅印发…`).
  const opening = body.head().filter((l) => (YEAR_START.test(l.text) && !PLANS.test(l.text)) || /^截[止至](?:19|20)\d{2}年12月31日/.test(l.text));
  const start = opening.find((l) => SELF_YEAR_START.test(l.text) || (agency !== null && l.text.replace(YEAR_START, "").startsWith(agency))) ?? opening[0];
  sources.push({ name: "the opening sentence", year: plausible(start ? Number(YEAR.exec(start.text)![1]) : null), line: start?.line ?? null });

  const stated = sources.length;
  // Counts over the opening text are the fallback, counted only when nothing above states the year.
  if (sources.every((s) => s.year === null)) {
    sources.push({ name: "“年度” mentions", year: plausible(mostFrequent(body.openingText(), /((?:19|20)\d{2})年度/g)), line: null });
  }
  if (sources.every((s) => s.year === null)) {
    const counted = body.openingText().replace(NOT_REPORTED_YEARS, "");
    sources.push({ name: "the years mentioned", year: plausible(mostFrequent(counted, /((?:19|20)\d{2})年/g)), line: null });
  }

  const chosen = sources.find((s) => s.year !== null);
  if (!chosen) {
    note("year-missing", "warning", "no report year found in the title or the opening text");
    return null;
  }
  if (chosen === sources[0] && title?.firstYear !== undefined) {
    note("year-range", "warning", `the title covers ${title.firstYear}—${chosen.year}: read as the report of ${chosen.year}, its last year`, title.line);
  }
  // Only the stated sources are compared: counts of years mentioned differ by nature.
  const disagreeing = sources.slice(0, stated).filter((s) => s.year !== null && s.year !== chosen.year);
  if (disagreeing.length > 0) {
    const others = disagreeing.map((s) => `${s.name} says ${s.year}${s.line === null ? "" : ` (line ${s.line})`}`).join("; ");
    note("year-conflict", "warning", `report year ${chosen.year} taken from ${chosen.name}, but ${others}`, chosen.line);
  }
  return chosen.year;
}

/**
 * The first line of the opening stating a one-year statistics period, and its year.
 * Read and searched line by line up to the first hit: the opening runs into the
 * tables, hundreds of lines that need not be read at all.
 */
function statisticsPeriod(body: Body): { year: number; line: number | null } | null {
  for (const l of body.openingLines()) {
    const m = PERIOD.exec(l.text);
    if (m && (m[2] === undefined || m[1] === m[2])) return { year: Number(m[1]), line: l.line };
  }
  return null;
}

/** The year matched most often; null on a tie, which would be a guess. */
function mostFrequent(text: string, pattern: RegExp): number | null {
  const year = mostFrequentMatch(text, pattern);
  return year === null ? null : Number(year);
}

/** The first group's most frequent value; null when there is none or a tie. */
function mostFrequentMatch(text: string, pattern: RegExp): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked[1] && ranked[1][1] === ranked[0]![1])) return null;
  return ranked[0]![0];
}

// ---- region from a manifest ---------------------------------------------------

function manifestRegion(entry: ManifestEntry): Region {
  const byCode = entry.code ? regionFromCode(entry.code) : null;
  const byName = byCode ?? resolveRegion(`${entry.province ?? ""}${entry.city ?? ""}${entry.county ?? ""}`);
  return {
    province: entry.province ?? byName.province,
    city: entry.city ?? byName.city,
    county: entry.county ?? byName.county,
    code: entry.code ?? byName.code,
  };
}
