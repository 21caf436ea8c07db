// CJK radicals printed for ideographs. PDF generators (Chromium with Noto CJK among them) map a
// glyph that a font shares between a radical and an ideograph to the radical's code point, so
// that 行政 is extracted as ⾏政 and 民 as ⺠; text copied out of such PDFs carries them into web
// pages. Kangxi radicals (U+2F00–2FD5) are the ideographs' compatibility forms (NFKC); the
// supplement's (U+2E80–2EF3) are not, and are mapped here to the ideograph each is drawn as
// (Unicode's EquivalentUnifiedIdeograph data).

/** Radical → ideograph pairs of the CJK Radicals Supplement. */
const SUPPLEMENT =
  "⺁厂⺄乙⺅亻⺆冂⺉刂⺊卜⺌小⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺦丬⺧牛⺨犭" +
  "⺩王⺪疋⺫目⺬示⺭礻⺮竹⺯糹⺰纟⺱罓⺲罒⺹耂⺺肀⺻聿⺼肉⺽臼⺾艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻊足⻋车⻌辶⻏阝⻐钅⻑長" +
  "⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";

let table: Map<number, number> | undefined;

function radicalTable(): Map<number, number> {
  if (table) return table;
  table = new Map();
  for (let code = 0x2f00; code <= 0x2fd5; code++) table.set(code, String.fromCharCode(code).normalize("NFKC").charCodeAt(0));
  for (let i = 0; i < SUPPLEMENT.length; i += 2) table.set(SUPPLEMENT.charCodeAt(i), SUPPLEMENT.charCodeAt(i + 1));
  return table;
}

/** Whether a character code is in the radical blocks (U+2E80–2FDF). */
export function isRadical(code: number): boolean {
  return code >= 0x2e80 && code <= 0x2fdf;
}

/** The ideograph a radical is printed for; other codes unchanged. */
export function ideographOf(code: number): number {
  return isRadical(code) ? (radicalTable().get(code) ?? code) : code;
}

const RADICALS = /[\u2e80-\u2fdf]/g;

/** `text` with its radicals read as the ideographs they print. */
export function unifyRadicals(text: string): string {
  return text.replace(RADICALS, (r) => String.fromCharCode(ideographOf(r.charCodeAt(0))));
}
