// Every test: only our own loopback server may be contacted (everything else is
// blocked and recorded), and the page must log no console error.
import { test as base, expect, type Page } from "@playwright/test";
import { createServer } from "node:net";

interface Guard {
  foreignRequests: string[];
  consoleErrors: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL!).host;
      const guard: Guard = { foreignRequests: [], consoleErrors: [] };
      await page.context().route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.host === own || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
        guard.foreignRequests.push(url.href);
        return route.abort();
      });
      page.on("console", (m) => {
        if (m.type() === "error") guard.consoleErrors.push(m.text());
      });
      page.on("pageerror", (e) => guard.consoleErrors.push(e.message));
      await use(guard);
      expect(guard.foreignRequests, "requests to other hosts").toEqual([]);
      expect(guard.consoleErrors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until DuckDB-wasm has loaded the view's tables and no query is running. */
export async function waitForEngine(page: Page): Promise<void> {
  await page.locator("html[data-engine=ready]").waitFor({ state: "attached", timeout: 60_000 });
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

/** The text of a download. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

export async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** A loopback port free now, for a test's own server (a fixed offset from the site's port may be taken). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
