"use client";
// Said on every page when the dataset holds synthetic reports.
import { usePathname } from "next/navigation";
import { t, type Lang } from "../lib/i18n";
import { useLang } from "../lib/useLang";
import { useManifest } from "../lib/useManifest";

function Banner({ count, lang }: { count: number; lang: Lang }) {
  return (
    <p className="banner-synthetic" role="note">
      {t(lang, "syntheticBanner", { n: count })}
    </p>
  );
}

export function SyntheticBanner({ count: builtCount }: { count: number }) {
  const pathname = usePathname();
  const [lang] = useLang();
  // The dataset served may have been rebuilt since the page was: its own manifest has the last word.
  const count = useManifest()?.synthetic ?? builtCount;
  // The embed page says it in its source line instead.
  if (pathname?.startsWith("/embed") || count === 0) return null;
  return <Banner count={count} lang={lang} />;
}
