// Words of the embed dialog, the embed page and the exports (zh default, en).
import { messages } from "./i18n";

const zh = {
  embed: "嵌入",
  embedTitle: "嵌入图表",
  embedIntro: "把下面的代码贴进网页或内部系统，即可显示这张图（含标题、口径、来源）。图表状态已固定在链接中。",
  snippet: "嵌入代码（iframe）",
  link: "直接链接",
  copy: "复制",
  copied: "已复制",
  copyFailed: "复制失败，请手动选择文本复制",
  open: "新窗口打开",
  preview: "预览",
  previewWidth: "预览宽度",
  theme: "配色",
  light: "浅色",
  dark: "深色",
  language: "语言",
  legend: "显示图例",
  frameHeight: "高度（像素）",
  close: "关闭",
  exportPng3: "PNG 3×",
  exportPngTitle: "PNG 图片，{n} 倍像素，含标题、单位与来源",
  exportSvgTitle: "SVG 矢量图，含标题、单位与来源",
  printSource: "来源",
} as const;

export type BriefingKey = keyof typeof zh;

const en: Record<BriefingKey, string> = {
  embed: "Embed",
  embedTitle: "Embed this chart",
  embedIntro: "Paste this code into a web page or an internal site to show this chart with its title, definition and source. The chart's state is fixed in the link.",
  snippet: "Embed code (iframe)",
  link: "Direct link",
  copy: "Copy",
  copied: "Copied",
  copyFailed: "Copy failed; select the text and copy it by hand",
  open: "Open in a new window",
  preview: "Preview",
  previewWidth: "Preview width",
  theme: "Theme",
  light: "Light",
  dark: "Dark",
  language: "Language",
  legend: "Show legend",
  frameHeight: "Height (px)",
  close: "Close",
  exportPng3: "PNG 3×",
  exportPngTitle: "PNG image at {n}× pixel ratio, with title, unit and source",
  exportSvgTitle: "SVG image with title, unit and source",
  printSource: "Source",
};

export const bt = messages<BriefingKey>(zh, en);
