"use client";
// Site header: title, the five views, the language switch. Links keep the language.
import { usePathname } from "next/navigation";
import { t, type Lang, type MessageKey } from "../lib/i18n";
import { useLang } from "../lib/useLang";
import { IntentLink } from "./IntentLink";
import { viewHref } from "../lib/urlState";

const VIEWS: { path: string; key: MessageKey }[] = [
  { path: "/", key: "navOverview" },
  { path: "/compare/", key: "navCompare" },
  { path: "/trend/", key: "navTrend" },
  { path: "/agency/", key: "navAgency" },
  { path: "/quality/", key: "navQuality" },
  { path: "/mine/", key: "navMine" },
  { path: "/sql/", key: "navSql" },
  { path: "/downloads/", key: "navDownloads" },
];

function NavBar({ lang, setLang }: { lang: Lang; setLang: (lang: Lang) => void }) {
  const pathname = usePathname();
  // The embed page is one chart and nothing else.
  if (pathname?.startsWith("/embed")) return null;
  return (
    <header className="site-header">
      <div className="brand">
        <strong>{t(lang, "siteTitle")}</strong>
        <span>{t(lang, "siteSubtitle")}</span>
      </div>
      <nav aria-label="main">
        {VIEWS.map((v) => (
          <IntentLink key={v.path} href={viewHref(v.path, lang)} aria-current={pathname === v.path ? "page" : undefined}>
            {t(lang, v.key)}
          </IntentLink>
        ))}
      </nav>
      <button type="button" className="lang-switch" onClick={() => setLang(lang === "zh" ? "en" : "zh")} lang={lang === "zh" ? "en" : "zh"}>
        {t(lang, "langSwitch")}
      </button>
    </header>
  );
}

export function Nav() {
  const [lang, setLang] = useLang();
  return <NavBar lang={lang} setLang={setLang} />;
}
