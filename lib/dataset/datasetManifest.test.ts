import { describe, expect, it } from "vitest";
import { filesNeeded, partitionYear, type DatasetFile } from "./datasetManifest";

const file = (table: DatasetFile["table"], path: string): DatasetFile => ({ table, path, bytes: 1, sha256: "", rows: 1, year: partitionYear(path) });

describe("filesNeeded", () => {
  const partitioned = [
    file("reports", "reports/year=2020/part-0.parquet"),
    file("reports", "reports/year=2021/part-0.parquet"),
    file("reports", "reports/year=NULL/part-0.parquet"),
    file("checks", "checks/year=2021/part-0.parquet"),
    file("failures", "failures.parquet"),
  ];

  it("gives one year's partition alone, and never the partition of reports without a year", () => {
    expect(filesNeeded(partitioned, { table: "reports", year: 2021 }).map((f) => f.path)).toEqual(["reports/year=2021/part-0.parquet"]);
    expect(filesNeeded(partitioned, { table: "reports", year: 2019 })).toEqual([]);
  });

  it("gives every file of a table asked for whole", () => {
    expect(filesNeeded(partitioned, "reports").map((f) => f.path)).toEqual([
      "reports/year=2020/part-0.parquet",
      "reports/year=2021/part-0.parquet",
      "reports/year=NULL/part-0.parquet",
    ]);
  });

  it("gives a table written as one file whatever the year", () => {
    const single = [file("reports", "reports.parquet"), file("checks", "checks.parquet")];
    expect(filesNeeded(single, { table: "reports", year: 2021 }).map((f) => f.path)).toEqual(["reports.parquet"]);
    expect(filesNeeded(partitioned, { table: "failures", year: 2021 }).map((f) => f.path)).toEqual(["failures.parquet"]);
  });
});
