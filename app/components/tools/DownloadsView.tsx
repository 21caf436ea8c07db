"use client";
// The dataset's files (from manifest.json), its data dictionary (from the same
// column schema the build step writes and docs/data-dictionary.md is generated
// from) and a citation line.
import { TABLE_COLUMNS, TABLE_DESCRIPTIONS, TABLE_NAMES } from "../../../lib/dataset/index";
import { assetUrl } from "../../lib/basePath";
import type { Manifest } from "../../lib/dataset";
import { formatDateTime, formatNumber } from "../../lib/format";
import type { Lang } from "../../lib/i18n";
import { formatBytes, tt } from "../../lib/toolsMessages";
import { useLang } from "../../lib/useLang";

function Downloads({ lang, manifest }: { lang: Lang; manifest: Manifest }) {
  const findings = Object.values(manifest.findingsByRule).reduce((n, c) => n + c.error + c.warning, 0);
  const files = [...manifest.files].sort((a, b) => TABLE_NAMES.indexOf(a.table) - TABLE_NAMES.indexOf(b.table) || a.path.localeCompare(b.path));
  return (
    <>
      <h1>{tt(lang, "downloadsTitle")}</h1>
      <p className="lede">{tt(lang, "downloadsLede")}</p>
      <section className="panel" aria-label={tt(lang, "dataFiles")}>
        <h2>{tt(lang, "dataFiles")}</h2>
        <div className="table-scroll">
          <table className="data-table downloads">
            <thead>
              <tr>
                <th scope="col">{tt(lang, "table")}</th>
                <th scope="col">{tt(lang, "path")}</th>
                <th scope="col" className="num">
                  {tt(lang, "size")}
                </th>
                <th scope="col" className="num">
                  {tt(lang, "rows")}
                </th>
                <th scope="col">SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.path}>
                  <td>{f.table}</td>
                  <td>
                    <a href={assetUrl(`data/${f.path}`)} download>
                      {f.path}
                    </a>
                  </td>
                  <td className="num">{formatBytes(f.bytes, lang)}</td>
                  <td className="num">{formatNumber(f.rows, lang)}</td>
                  <td className="mono small">{f.sha256.slice(0, 16)}…</td>
                </tr>
              ))}
              <tr>
                <td>—</td>
                <td>
                  <a href={assetUrl("data/manifest.json")} download>
                    manifest.json
                  </a>
                </td>
                <td colSpan={3} />
              </tr>
            </tbody>
          </table>
        </div>
      </section>
      <section className="panel" aria-label={tt(lang, "citation")}>
        <h2>{tt(lang, "citation")}</h2>
        <p className="citation">
          {tt(lang, "citationText", {
            builtAt: formatDateTime(manifest.builtAt, lang),
            parsed: formatNumber(manifest.parsed, lang),
            failed: formatNumber(manifest.failed, lang),
            synthetic: formatNumber(manifest.synthetic, lang),
            findings: formatNumber(findings, lang),
          })}
        </p>
      </section>
      <section className="panel" aria-label={tt(lang, "dictionary")}>
        <h2>{tt(lang, "dictionary")}</h2>
        {TABLE_NAMES.map((table) => (
          <details key={table} open={table !== "reports"}>
            <summary>
              <strong className="mono">{table}</strong> — {TABLE_DESCRIPTIONS[table][lang]}（{TABLE_COLUMNS[table].length} {tt(lang, "columns")}）
            </summary>
            <div className="table-scroll">
              <table className="data-table dictionary">
                <thead>
                  <tr>
                    <th scope="col">{tt(lang, "column")}</th>
                    <th scope="col">{tt(lang, "type")}</th>
                    <th scope="col">{tt(lang, "labelZh")}</th>
                    <th scope="col">{tt(lang, "labelEn")}</th>
                    <th scope="col">{tt(lang, "unit")}</th>
                  </tr>
                </thead>
                <tbody>
                  {TABLE_COLUMNS[table].map((c) => (
                    <tr key={c.name}>
                      <td className="mono">{c.name}</td>
                      <td>{c.type}</td>
                      <td className="wrap">{c.zh}</td>
                      <td className="wrap">{c.en}</td>
                      <td>{c.unit ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ))}
      </section>
    </>
  );
}

export function DownloadsView({ manifest }: { manifest: Manifest }) {
  const [lang] = useLang();
  return <Downloads lang={lang} manifest={manifest} />;
}
