import type { Metadata } from "next";
import { NuqsAdapter } from "nuqs/adapters/react";
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
        {/* nuqs' plain React adapter, not its Next.js one: the site is a static export whose pages read
            their state only through nuqs, and the Next.js adapter wrote the URL through Next's router,
            which then rendered every view again for the new search params (tens of milliseconds of
            each change of metric at 100,000 reports). The URL is still written as soon as a view's state
            changes (throttled to 50 ms), so a reload or a copied link right after a change keeps it.
            The views need no Suspense boundary either: this adapter reads the URL in the browser only, so
            the static HTML is each view's default state, rendered by the view itself. */}
        <NuqsAdapter>
          <Nav />
          <SyntheticBanner count={manifest.synthetic} />
          <main>{children}</main>
        </NuqsAdapter>
      </body>
    </html>
  );
}
