/**
 * Load test of server mode: starts `next start` on loopback (or uses --url), then runs autocannon
 * for 30 s with 50 connections on the home page, the longest article and the largest tag page of
 * the content folder, and prints requests per second, p50/p99 latency and errors. Zero errors and
 * zero 5xx expected.
 *
 *   npm run build && npm run loadtest [-- --duration 30 --connections 50 --port 3900 | --url http://127.0.0.1:3000]
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { allArticles, tags } from "@/lib/content/queries";
import { tagUrl } from "@/lib/urls";
import { commandLine, wholeNumber } from "./cli";

const USAGE = "npm run loadtest -- [--duration 30] [--connections 50] [--port 3900 | --url http://127.0.0.1:3000]";

/** Pages of whatever content the site holds: the home page, its longest article, its largest tag. */
function pagesToLoad(): string[] {
  const article = [...allArticles()].filter((a) => !a.redirectTo).sort((a, b) => b.body.length - a.body.length)[0];
  const tag = [...tags()].sort((a, b) => b.count - a.count)[0];
  return ["/", ...(article ? [article.url] : []), ...(tag ? [tagUrl(tag.slug)] : [])];
}

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function main() {
  const { values } = commandLine(USAGE, {
    duration: { type: "string" },
    connections: { type: "string" },
    port: { type: "string" },
    url: { type: "string" },
  });
  const duration = wholeNumber(values.duration, 30, "duration", USAGE);
  const connections = wholeNumber(values.connections, 50, "connections", USAGE);
  let base = values.url?.replace(/\/+$/, "") ?? "";
  let server: ChildProcess | undefined;
  if (!base) {
    const port = String(wholeNumber(values.port, 3900, "port", USAGE));
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", port, "-H", "127.0.0.1"], {
      stdio: "ignore",
      detached: true,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    await waitFor(`${base}/`, 30_000);
  }
  try {
    console.log(`autocannon: ${connections} connections, ${duration} s per page, against ${base} (next start)\n`);
    console.log("page".padEnd(72) + "req/s     p50     p99   errors  non-2xx");
    for (const pagePath of pagesToLoad()) {
      const result = await autocannon({ url: base + pagePath, connections, duration, headers: { "accept-encoding": "gzip" } });
      const row = [
        pagePath.padEnd(72),
        result.requests.average.toFixed(0).padStart(6),
        `${result.latency.p50} ms`.padStart(8),
        `${result.latency.p99} ms`.padStart(8),
        String(result.errors + result.timeouts).padStart(8),
        String(result.non2xx).padStart(8),
      ];
      console.log(row.join(""));
      if (result.errors + result.timeouts + result.non2xx > 0) process.exitCode = 1;
    }
  } finally {
    // next start leaves next-server behind if only the parent is killed: stop the whole group.
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
