// Which files under data/reports are reports, and which manifest.csv row applies
// to each: the nearest manifest in the file's folder or above that names it.

/** Names of the formats the parser reads (the reader's file picker offers them); the parser itself goes by content. */
export const REPORT_EXTENSIONS: readonly string[] = [".txt", ".text", ".htm", ".html", ".mht", ".mhtml", ".md", ".markdown", ".docx", ".doc", ".wps", ".rtf", ".xml", ".odt", ".pdf"];

export const MANIFEST_FILE = "manifest.csv";

/** Files the system or an editor leaves beside documents: Windows' thumbnails and folder settings, Office's lock files (`~$报告.docx`). */
const NOT_USER_FILES = /^(?:thumbs\.db|desktop\.ini|~\$.*)$/i;

/**
 * Every file under the reports folder is taken as a report, whatever its name: the parser decides
 * from the content, and a file it cannot read (a spreadsheet, a scan, an archive) is listed with
 * the reason rather than left out without a word. Not taken: hidden files and folders, manifests,
 * and NOT_USER_FILES. `relPath` uses forward slashes, relative to the reports folder.
 */
export function isReportFile(relPath: string): boolean {
  const parts = relPath.split("/");
  if (parts.some((p) => p.startsWith("."))) return false;
  const name = parts[parts.length - 1]!.toLowerCase();
  return name !== MANIFEST_FILE && !NOT_USER_FILES.test(name);
}

/** The folder part of a relative path: `a/b/c.txt` → `a/b`, `c.txt` → ``. */
export function folderOf(relPath: string): string {
  const i = relPath.lastIndexOf("/");
  return i < 0 ? "" : relPath.slice(0, i);
}

/**
 * The manifest entry for a file, given every manifest's entries keyed by the
 * manifest's folder (entries keyed by paths relative to that folder).
 */
export function manifestEntryFor<T>(relPath: string, manifests: ReadonlyMap<string, ReadonlyMap<string, T>>): T | undefined {
  let folder = folderOf(relPath);
  for (;;) {
    const entries = manifests.get(folder);
    const key = folder === "" ? relPath : relPath.slice(folder.length + 1);
    const entry = entries?.get(key);
    if (entry) return entry;
    if (folder === "") return undefined;
    folder = folderOf(folder);
  }
}
