"use client";
// "嵌入 / Embed": the iframe snippet and direct link of the current chart state, with
// presentation options and a live preview of the embed page.
import { useEffect, useMemo, useRef, useState } from "react";
import { embedHref, iframeSnippet, type BriefingTheme } from "../../lib/briefing/index";
import { BASE_PATH } from "../lib/basePath";
import type { BriefingSpec } from "../lib/briefing";
import { bt } from "../lib/briefingMessages";
import type { Lang } from "../lib/i18n";

interface Props {
  lang: Lang;
  spec: BriefingSpec;
  /** Initial iframe height. */
  frameHeight: number;
  onClose: () => void;
}

async function copyText(text: string, fallback: HTMLInputElement | HTMLTextAreaElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Pages over plain http on other hosts have no clipboard API: copy the selection.
    if (!fallback) throw new Error("no clipboard");
    fallback.select();
    if (!document.execCommand("copy")) throw new Error("copy refused");
  }
}

export function EmbedDialog({ lang, spec, frameHeight, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const snippetBox = useRef<HTMLTextAreaElement>(null);
  const linkBox = useRef<HTMLInputElement>(null);
  const [theme, setTheme] = useState<BriefingTheme>("light");
  const [embedLang, setEmbedLang] = useState<Lang>(spec.embed.lang ?? lang);
  const [legend, setLegend] = useState(true);
  const [height, setHeight] = useState(Math.min(1200, Math.max(240, Math.round(frameHeight))));
  const [previewWidth, setPreviewWidth] = useState<"100%" | "320px">("100%");
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const href = useMemo(() => embedHref(`${origin}${BASE_PATH}`, { ...spec.embed, theme, lang: embedLang, legend }), [origin, spec.embed, theme, embedLang, legend]);
  const snippet = iframeSnippet(href, { title: spec.title, height });

  const copy = (what: "snippet" | "link") => {
    const box = what === "snippet" ? snippetBox.current : linkBox.current;
    copyText(what === "snippet" ? snippet : href, box)
      .then(() => setCopied(what))
      .catch(() => setCopied("failed"));
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-label={bt(lang, "embedTitle")} onClose={onClose} onCancel={onClose}>
      <header className="panel-head">
        <h2>{bt(lang, "embedTitle")}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {bt(lang, "close")}
        </button>
      </header>
      <p className="note">{bt(lang, "embedIntro")}</p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {bt(lang, "theme")}
          <select name="embed-theme" value={theme} onChange={(e) => setTheme(e.target.value as BriefingTheme)}>
            <option value="light">{bt(lang, "light")}</option>
            <option value="dark">{bt(lang, "dark")}</option>
          </select>
        </label>
        <label>
          {bt(lang, "language")}
          <select name="embed-lang" value={embedLang} onChange={(e) => setEmbedLang(e.target.value as Lang)}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {bt(lang, "frameHeight")}
          <input name="embed-height" type="number" min={200} max={2000} step={10} value={height} onChange={(e) => setHeight(Math.max(200, Math.min(2000, Number(e.target.value) || 200)))} />
        </label>
        <label className="inline">
          <input name="embed-legend" type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />
          {bt(lang, "legend")}
        </label>
      </form>
      <label className="embed-field">
        {bt(lang, "snippet")}
        <textarea ref={snippetBox} name="embed-snippet" readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="toolbar">
        <button type="button" onClick={() => copy("snippet")}>
          {bt(lang, "copy")} · {bt(lang, "snippet")}
        </button>
      </div>
      <label className="embed-field">
        {bt(lang, "link")}
        <input ref={linkBox} name="embed-link" readOnly value={href} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="toolbar">
        <button type="button" onClick={() => copy("link")}>
          {bt(lang, "copy")} · {bt(lang, "link")}
        </button>
        <a href={href} target="_blank" rel="noopener noreferrer">
          {bt(lang, "open")}
        </a>
        <span role="status" className="note">
          {copied === "failed" ? bt(lang, "copyFailed") : copied ? bt(lang, "copied") : ""}
        </span>
      </div>
      <div className="panel-head">
        <h3>{bt(lang, "preview")}</h3>
        <label className="inline note">
          {bt(lang, "previewWidth")}{" "}
          <select name="embed-preview-width" value={previewWidth} onChange={(e) => setPreviewWidth(e.target.value as "100%" | "320px")}>
            <option value="100%">100%</option>
            <option value="320px">320 px</option>
          </select>
        </label>
      </div>
      <div className="embed-preview">
        <iframe src={href} title={`${bt(lang, "preview")}: ${spec.title}`} style={{ width: previewWidth, height, border: "1px solid var(--line)" }} />
      </div>
    </dialog>
  );
}
