"use client";
import { useQueryState } from "nuqs";
import { useEffect } from "react";
import type { Lang } from "./i18n";
import { langParser } from "./urlState";

/** The interface language from `?lang=`; Chinese by default. */
export function useLang(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useQueryState("lang", langParser);
  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [lang]);
  return [lang, (next: Lang) => void setLang(next === "zh" ? null : next)];
}
