// Copies pdf.js's CMaps and standard-font data into public/pdfjs/ before the site is
// built, so that a PDF dropped into 对比我的报告 is read with resources the site
// serves itself (never a CDN). pdf.js fetches only the few files a PDF needs.
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { PDF_RESOURCE_FOLDERS } from "./pdfResources";

const target = path.resolve(import.meta.dirname, "../public/pdfjs");
rmSync(target, { recursive: true, force: true });
for (const [name, source] of Object.entries(PDF_RESOURCE_FOLDERS)) cpSync(source, path.join(target, name), { recursive: true });
