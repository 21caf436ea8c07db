// Files made in the page: CSV of the rows shown, SVG and 2× PNG of a chart.
import { toCsv, type CsvColumn } from "../../lib/metrics/index";

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** UTF-8 with a BOM, so spreadsheet programs read Chinese correctly. */
export function downloadCsv<R>(columns: readonly CsvColumn<R>[], rows: readonly R[], fileName: string): void {
  downloadBlob(new Blob(["\uFEFF", toCsv(columns, rows)], { type: "text/csv;charset=utf-8" }), fileName);
}

export function downloadSvg(svg: string, fileName: string): void {
  downloadBlob(new Blob([svg], { type: "image/svg+xml" }), fileName);
}

/** Rasterises the chart's SVG at twice its size, on a white background. */
export async function downloadPng(svg: string, fileName: string, scale = 2): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("canvas 2D context unavailable");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("PNG encoding failed");
    downloadBlob(blob, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
