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
        {/* The URL follows a view's state once it has settled (300 ms after the last change): writing it
            re-renders Next's router (and reloads the favicon), work that would otherwise come before
            the new chart is drawn. */}
        <NuqsAdapter defaultOptions={{ limitUrlUpdates: { method: "debounce", timeMs: 300 } }}>
          <Nav />
          <SyntheticBanner count={manifest.synthetic} />
          <main>{children}</main>
        </NuqsAdapter>
      </body>
    </html>
  );
}
