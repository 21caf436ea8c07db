// pdf.js's CMaps and standard-font data from node_modules, for parsing in Node
// (the site serves a copy of the same folders; see scripts/copy-pdf-resources.ts).
import { createRequire } from "node:module";
import path from "node:path";
import type { PdfLoadOptions } from "../lib/parse";

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** The folders the site serves pdf.js's resources from, below its base path. */
export const PDF_RESOURCE_FOLDERS = { cmaps: path.join(pdfjsDir, "cmaps"), standard_fonts: path.join(pdfjsDir, "standard_fonts") };

export const PDF_RESOURCES: PdfLoadOptions = {
  cMapUrl: `${PDF_RESOURCE_FOLDERS.cmaps}${path.sep}`,
  standardFontDataUrl: `${PDF_RESOURCE_FOLDERS.standard_fonts}${path.sep}`,
};
