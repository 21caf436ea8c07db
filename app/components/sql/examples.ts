// Example queries of the SQL console, over the dataset's own columns.
import { metricById } from "../../../lib/metrics/index";
import type { ToolsKey } from "../../lib/toolsMessages";

const grantRate = metricById("grant-rate")!;

export const EXAMPLES: { key: ToolsKey; sql: string }[] = [
  {
    key: "exTopPunishment",
    sql: `-- 行政处罚（本年处理决定数量）最多的机构
SELECT agency, year, active_punishment_decisions
FROM reports
WHERE NOT synthetic AND active_punishment_decisions IS NOT NULL
ORDER BY active_punishment_decisions DESC
LIMIT 20`,
  },
  {
    key: "exGrantRate",
    sql: `-- 予以公开率（${grantRate.description.zh}），各年所有报告合计
SELECT year,
  sum(applications_granted_total) AS granted,
  sum(applications_totalProcessed_total) AS processed,
  round(100.0 * sum(applications_granted_total) / sum(applications_totalProcessed_total), 1) AS grant_rate_pct
FROM reports
WHERE NOT synthetic
GROUP BY year
ORDER BY year`,
  },
  {
    key: "exFindings",
    sql: `-- 核查发现按规则与级别统计
SELECT rule, severity, count(*) AS findings, count(DISTINCT report_id) AS reports
FROM checks
GROUP BY rule, severity
ORDER BY findings DESC, rule`,
  },
  {
    key: "exMine",
    sql: `-- mine = 本次会话在「对比我的报告」中加入的报告
SELECT mine, agency, year, applications_newReceived_total, active_punishment_decisions
FROM reports
ORDER BY mine DESC, year, agency`,
  },
];
