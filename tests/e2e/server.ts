/**
 * The real server for browser tests: `node bin/blueprint.js serve` in a child
 * process on a free port, over a fresh database that is thrown away afterwards.
 * SQLite always; PostgreSQL too when TEST_DATABASE_URL is set, in a new
 * database of its own on that server (the server takes only DATABASE_URL, so a
 * schema of its own is not an option). TEST_DATABASES (sqlite, postgres)
 * narrows the list, as it does for the storage and HTTP suites.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface E2eDatabase {
  name: "sqlite" | "postgres";
  /** Makes an empty database; `drop` removes it. */
  create(): Promise<{ url: string; drop(): Promise<void> }>;
}

export function e2eDatabases(): E2eDatabase[] {
  const wanted = process.env.TEST_DATABASES?.split(",").map((s) => s.trim());
  const list: E2eDatabase[] = [{ name: "sqlite", create: sqliteFile }];
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) list.push({ name: "postgres", create: () => postgresDatabase(pgUrl) });
  return list.filter((d) => !wanted || wanted.includes(d.name));
}

async function sqliteFile() {
  const dir = mkdtempSync(join(tmpdir(), "blueprint-e2e-"));
  return { url: `sqlite:${join(dir, "e2e.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * CREATE and DROP DATABASE run over a connection to the database named in
 * TEST_DATABASE_URL: it is known to exist and be reachable, which the server's
 * `postgres` database need not be for a restricted test user.
 */
async function postgresDatabase(baseUrl: string) {
  const name = `bp_e2e_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}

/** A port nobody listens on now: the kernel's pick for port 0, released at once. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  origin: string;
  /** The one-time first-start link printed after "No account exists yet". */
  setupUrl: string;
  /** Everything the server printed on stdout and stderr so far. */
  output(): string;
  /** Log lines at level error or worse (pino: 50+). */
  errors(): string[];
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 90_000;

export async function startServer(database: E2eDatabase): Promise<RunningServer> {
  const db = await database.create();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["bin/blueprint.js", "serve"], {
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_ORIGIN: origin,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });

  const stop = async () => {
    await terminate(child);
    await db.drop();
  };

  try {
    const setupUrl = await waitForSetupLink(child, () => out);
    return {
      origin,
      setupUrl,
      output: () => out,
      errors: () =>
        out.split("\n").filter((line) => {
          try {
            return (JSON.parse(line) as { level?: number }).level! >= 50;
          } catch {
            return false;
          }
        }),
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

function waitForSetupLink(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      cleanup();
      reject(new Error(`${why}\n--- server output ---\n${output()}`));
    };
    const check = () => {
      const text = output();
      if (!text.includes("Blueprint is running")) return;
      const link = /No account exists yet[\s\S]*?(https?:\/\/\S+\/setup\?token=[\w-]+)/.exec(text)?.[1];
      if (link) {
        cleanup();
        resolve(link);
      } else if (!grace) grace = setTimeout(() => fail("The server started but printed no setup link."), 2000);
    };
    let grace: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => fail(`The server did not start within ${START_TIMEOUT_MS / 1000} s.`), START_TIMEOUT_MS);
    const exited = (code: number | null) => fail(`The server exited (code ${code}) before it was ready.`);
    const cleanup = () => {
      clearTimeout(timer);
      if (grace) clearTimeout(grace);
      child.stdout?.off("data", check);
      child.off("exit", exited);
    };
    child.stdout?.on("data", check);
    child.once("exit", exited);
  });
}

/** SIGTERM (the server closes and exits), then SIGKILL if it is still there after 10 s. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await gone;
  clearTimeout(killer);
}
