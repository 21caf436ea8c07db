"use client";
// Said on every page when the dataset holds synthetic reports.
import { usePathname } from "next/navigation";
import { Suspense } from "react";
import { t, type Lang } from "../lib/i18n";
import { useLang } from "../lib/useLang";

function Banner({ count, lang }: { count: number; lang: Lang }) {
  return (
    <p className="banner-synthetic" role="note">
      {t(lang, "syntheticBanner", { n: count })}
    </p>
  );
}

function BannerWithLang({ count }: { count: number }) {
  const [lang] = useLang();
  return <Banner count={count} lang={lang} />;
}

export function SyntheticBanner({ count }: { count: number }) {
  const pathname = usePathname();
  // The embed page says it in its source line instead.
  if (count === 0 || pathname?.startsWith("/embed")) return null;
  return (
    <Suspense fallback={<Banner count={count} lang="zh" />}>
      <BannerWithLang count={count} />
    </Suspense>
  );
}
