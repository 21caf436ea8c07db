// Progress of the parse phase: a bar with ETA on a terminal, plain lines (every
// 10 % or 5 s) in CI and logs.
import cliProgress from "cli-progress";

export interface Progress {
  start(total: number): void;
  advance(n: number): void;
  stop(): void;
}

export const silentProgress: Progress = { start() {}, advance() {}, stop() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "Parsing {bar} {percentage}% | {value}/{total} | {speed} reports/s | ETA {eta_formatted}",
      etaBuffer: 200,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  let done = 0;
  return {
    start(total) {
      started = performance.now();
      bar.start(total, 0, { speed: 0 });
    },
    advance(n) {
      done += n;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { speed: seconds > 0 ? Math.round(done / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}

export function lineProgress(write: (line: string) => void, everySeconds = 5): Progress {
  let total = 0;
  let done = 0;
  let started = 0;
  let lastAt = 0;
  let lastTenth = 0;
  const report = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    write(`Parsing: ${done}/${total} (${Math.floor((done / total) * 100)}%), ${Math.round(rate)} reports/s, ETA ${eta} s`);
  };
  return {
    start(n) {
      total = n;
      started = lastAt = performance.now();
      lastTenth = 0;
    },
    advance(n) {
      done += n;
      const tenth = Math.floor((done / total) * 10);
      const now = performance.now();
      if (tenth > lastTenth || now - lastAt >= everySeconds * 1000) {
        lastTenth = tenth;
        lastAt = now;
        report();
      }
    },
    stop() {},
  };
}

/** The bar on an interactive terminal, lines otherwise (CI=true or not a TTY). */
export function defaultProgress(): Progress {
  const ci = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
  if (process.stderr.isTTY && !ci) return terminalProgress();
  return lineProgress((line) => process.stderr.write(`${line}\n`));
}
