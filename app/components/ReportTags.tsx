import { t, type Lang } from "../lib/i18n";

/** The tags after a report's agency or file name: a synthetic report (合成), the reader's own (我的). */
export function ReportTags({ lang, synthetic = false, mine = false }: { lang: Lang; synthetic?: boolean; mine?: boolean }) {
  return (
    <>
      {synthetic ? <span className="tag">{t(lang, "synthetic")}</span> : null}
      {mine ? <span className="tag tag-mine">{t(lang, "mine")}</span> : null}
    </>
  );
}
