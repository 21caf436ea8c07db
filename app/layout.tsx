import type { Metadata } from "next";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { Nav } from "./components/Nav";
import { SyntheticBanner } from "./components/SyntheticBanner";
import { readManifest } from "./lib/buildTimeData";
import "./globals.css";
import "./briefing.css";
import "./print.css";

export const metadata: Metadata = {
  title: "政府信息公开年报对比 · Disclosure Report Dashboard",
  description: "政府信息公开工作年度报告的对比分析",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const manifest = readManifest();
  return (
    <html lang="zh-CN">
      <body>
        {/* The URL is written as soon as a view's state changes (nuqs' default, throttled to 50 ms), so that
            it already holds what the view shows: a reload or a copied link right after a change keeps it.
            Writing it 300 ms after the last change instead (debounced) lost the state of a reload that
            came sooner. */}
        <NuqsAdapter>
          <Nav />
          <SyntheticBanner count={manifest.synthetic} />
          <main>{children}</main>
        </NuqsAdapter>
      </body>
    </html>
  );
}
