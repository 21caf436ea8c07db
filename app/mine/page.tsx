import "../tools.css";
import { MineView } from "../components/tools/MineView";

export const metadata = { title: "对比我的报告 · 政府信息公开年报对比" };

export default function MinePage() {
  return <MineView />;
}
