// Text placed into SVG/XML (titles, agency names from reports): escaped, and the
// characters XML 1.0 forbids removed, so one odd byte in a report cannot break the file.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// C0 controls except tab/newline/CR, U+FFFE/U+FFFF and unpaired surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(value: unknown): string {
  return String(value ?? "")
    .replace(INVALID, "")
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
