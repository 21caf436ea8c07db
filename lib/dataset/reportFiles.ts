// Which files under data/reports are reports, and which manifest.csv row applies
// to each: the nearest manifest in the file's folder or above that names it.
export const REPORT_EXTENSIONS: readonly string[] = [".txt", ".text", ".htm", ".html", ".mht", ".mhtml", ".md", ".markdown", ".docx", ".doc", ".rtf", ".xml", ".odt", ".pdf"];

export const MANIFEST_FILE = "manifest.csv";

/** `relPath` uses forward slashes, relative to the reports folder. */
export function isReportFile(relPath: string): boolean {
  const parts = relPath.split("/");
  if (parts.some((p) => p.startsWith("."))) return false;
  const name = parts[parts.length - 1]!.toLowerCase();
  if (name === MANIFEST_FILE) return false;
  return REPORT_EXTENSIONS.some((ext) => name.endsWith(ext) && name.length > ext.length);
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
