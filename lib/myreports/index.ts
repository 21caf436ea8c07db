export { myReportId, isMyReportId, myReportRows, insertRowsSql, MY_REPORT_PREFIX, MINE_COLUMN, type MyReportRows } from "./myReportRows";
