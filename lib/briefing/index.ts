export { escapeXml } from "./escapeXml";
export { textWidth, wrapText } from "./wrapText";
export { composeBriefingSvg, svgSize, BRIEFING_COLORS, BRIEFING_FONT, type BriefingText, type BriefingTheme, type ComposeInput, type ComposedSvg } from "./composeBriefingSvg";
export { EMBED_CHARTS, embedHref, embedSearch, frameHeight, iframeSnippet, type EmbedChart, type EmbedParams } from "./embedParams";
export { buildDate, sourceLines, SOURCE_ZH, type SourceInfo } from "./sourceLines";
