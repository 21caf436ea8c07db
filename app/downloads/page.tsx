import "../tools.css";
import { DownloadsView } from "../components/tools/DownloadsView";
import { readManifest } from "../lib/buildTimeData";

export const metadata = { title: "下载 · 政府信息公开年报对比" };

export default function DownloadsPage() {
  return <DownloadsView manifest={readManifest()} />;
}
