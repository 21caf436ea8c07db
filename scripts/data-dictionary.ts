// npm run docs:dictionary — regenerates docs/data-dictionary.md from the schema.
import { writeFileSync } from "node:fs";
import { renderDataDictionary } from "../lib/dataset";

const file = "docs/data-dictionary.md";
writeFileSync(file, renderDataDictionary());
process.stdout.write(`Wrote ${file}\n`);
