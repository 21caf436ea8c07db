import "../tools.css";
import { SqlView } from "../components/sql/SqlView";

export const metadata = { title: "SQL 查询 · 政府信息公开年报对比" };

export default function SqlPage() {
  return <SqlView />;
}
