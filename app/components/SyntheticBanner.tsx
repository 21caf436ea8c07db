"use client";
// Said on every page when the dataset holds synthetic reports.
import { usePathname } from "next/navigation";
import { Suspense } from "react";
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

function BannerWithLang({ count }: { count: number }) {
  const [lang] = useLang();
  return count === 0 ? null : <Banner count={count} lang={lang} />;
}

export function SyntheticBanner({ count: builtCount }: { count: number }) {
  const pathname = usePathname();
  // The dataset served may have been rebuilt since the page was: its own manifest has the last word.
  const count = useManifest()?.synthetic ?? builtCount;
  // The embed page says it in its source line instead.
  if (pathname?.startsWith("/embed")) return null;
  return (
    <Suspense fallback={count === 0 ? null : <Banner count={count} lang="zh" />}>
      <BannerWithLang count={count} />
    </Suspense>
  );
}
