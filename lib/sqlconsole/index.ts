export { guardSql, type GuardCode, type GuardResult } from "./guard";
