// The few numbers a report's narrative states that can be tied to a table cell,
// found with deliberately narrow patterns: a number we cannot tie to a cell is
// no finding, so a missed statement costs nothing and a misread one costs a
// false alarm.
import type { NarrativeLine } from "../model";

export type StatementKind =
  /** 收到/新收/接到…申请 N 件; 未收到…申请 → 0. Table 三 newReceived.total. */
  | "newReceived"
  /** 行政复议 N 件. Table 四 review.total. */
  | "review"
  /** 行政诉讼 N 件. Table 四 litigationDirect.total + litigationAfterReview.total. */
  | "litigation"
  /** 主动公开…N 条. Tied to no cell; only its year is checked. */
  | "active";

export interface NarrativeStatement {
  kind: StatementKind;
  value: number;
  /** The year the sentence gives the statement (the nearest `YYYY年` before it), if any. */
  year: number | null;
  /** The statement compares with or spans another period (上年, 同比, 以来, 累计…): never the report's own figure. */
  comparative: boolean;
  /** The sentence, whitespace removed, for messages. */
  sentence: string;
  line: number | null;
}

const UNIT = "(?:件|条|个|宗|起|次|例|份)";
const FILL = "[共计合总为达有是：:]*";
const NUMBER = "(\\d+)";

interface Pattern {
  kind: StatementKind;
  /** Words every match contains: a sentence without them is not searched. */
  needs: string;
  re: RegExp;
  /** The value when the pattern has no number (a negation). */
  zero?: true;
}

const PATTERNS: Pattern[] = [
  // 收到政府信息公开申请15件 / 接到依申请公开3条 / 共受理依申请公开事项2件. The words
  // between the verb and 申请 may not mention review or litigation (…申请引起的行政复议).
  {
    kind: "newReceived",
    needs: "申请",
    re: new RegExp(`(?:新收|收到|接到|接收|受理)(?:了)?(?:[^，。；,;：:\\d因复诉]{0,24}?)申请(?:公开)?(?:事项|件数|数量)?${FILL}${NUMBER}${UNIT}`, "g"),
  },
  {
    kind: "newReceived",
    needs: "申请",
    re: /(?:未|没有)(?:收到|接到|受理|新收)(?:[^，。；,;：:\d因复诉]{0,24}?)申请(?!引起|引发|提起|产生|而|的行政)/g,
    zero: true,
  },
  // 行政复议1件 / 被申请行政复议案件2起; not 行政复议纠错1件 (a part, not the total).
  { kind: "review", needs: "行政复议", re: new RegExp(`行政复议(?:案件|申请|案)?${FILL}${NUMBER}${UNIT}`, "g") },
  // 行政诉讼2件; not 行政复议、行政诉讼共2件 (a combined figure).
  { kind: "litigation", needs: "行政诉讼", re: new RegExp(`(?<!复议[、和及与]|复议和提起|复议、提起)行政诉讼(?:案件|案)?${FILL}${NUMBER}${UNIT}`, "g") },
  { kind: "active", needs: "主动公开", re: new RegExp(`主动公开(?:[^，。；,;：:\\d]{0,16}?)${NUMBER}${UNIT}`, "g") },
];

const YEAR = /((?:19|20)\d{2})年/g;
/** Another period than the report's own year: comparisons, and spans such as 2019年以来 or 累计. */
const COMPARATIVE = /上年|上一年|去年|同比|较|比上|相比|增长|下降|减少|增加|以来|累计/;
/** 上年结转 and the like mix periods: a sentence with it is not compared. */
const CARRIED = /结转/;

export function narrativeStatements(lines: readonly NarrativeLine[]): NarrativeStatement[] {
  const out: NarrativeStatement[] = [];
  for (const line of lines) {
    for (const sentence of sentencesOf(line.text)) {
      for (const pattern of PATTERNS) {
        // Most sentences mention none of the key words: an indexOf is far cheaper than the regex.
        if (!sentence.includes(pattern.needs)) continue;
        for (const match of allMatches(pattern.re, sentence)) {
          if (pattern.kind === "newReceived" && CARRIED.test(sentence)) continue;
          const index = match.index;
          const clause = clauseAround(sentence, index, index + match[0].length);
          out.push({
            kind: pattern.kind,
            value: pattern.zero ? 0 : Number(match[1]),
            year: yearBefore(sentence, index),
            comparative: COMPARATIVE.test(clause),
            sentence,
            line: line.line,
          });
        }
      }
    }
  }
  return out;
}

const KEY_WORDS = [...new Set(PATTERNS.map((p) => p.needs))];
const SPACE = /[\s\u3000]/;
const FULL_WIDTH_DIGIT = /[０-９]/;

/** Sentences with whitespace removed, full-width digits made ASCII and book titles blanked. */
function sentencesOf(text: string): string[] {
  let normalised = text;
  if (SPACE.test(normalised)) normalised = normalised.replace(/[\s\u3000]+/g, "");
  // A line with no key word holds no statement; most lines of a narrative are such.
  if (!KEY_WORDS.some((word) => normalised.includes(word))) return [];
  if (FULL_WIDTH_DIGIT.test(normalised)) normalised = normalised.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  // Years and numbers inside 《…》 or 〔…〕 name a document, not a statistic.
  if (normalised.includes("《") || normalised.includes("〔")) normalised = normalised.replace(/《[^》]*》|〔[^〕]*〕/g, "《》");
  return normalised.split(/[。！？!?]/).filter((s) => s.length > 0);
}

/** A year named as the other side of a comparison (较2021年, 与2021年相比, 比2021年同期): not the statement's own. */
function isComparedYear(sentence: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  return /[较比与]/.test(sentence.charAt(match.index - 1)) || /^(?:相比|同期|比较)/.test(sentence.slice(end, end + 2));
}

function yearBefore(sentence: string, index: number): number | null {
  let year: number | null = null;
  for (const match of allMatches(YEAR, sentence.slice(0, index))) if (!isComparedYear(sentence, match)) year = Number(match[1]);
  return year;
}

/**
 * `[...text.matchAll(re)]` for a global regex without the `u` flag, without the copy of
 * the regex that matchAll makes on every call (a third of the time of the narrative).
 */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    matches.push(match);
    // As matchAll does: step past an empty match instead of finding it again.
    if (match[0] === "") re.lastIndex++;
  }
  return matches;
}

/** The comma-delimited clause holding the match, so that comparisons elsewhere do not count. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  const from = Math.max(before.lastIndexOf("，"), before.lastIndexOf(","), before.lastIndexOf("；"), before.lastIndexOf(";")) + 1;
  const rest = sentence.slice(end);
  const stop = rest.search(/[，,；;]/);
  return sentence.slice(from, stop < 0 ? sentence.length : end + stop);
}
