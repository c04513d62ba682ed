/**
 * The render pool: reports are built and rendered in worker threads that load
 * TypeScript under the test runner as under `npm start`, give the same bytes
 * as rendering in this thread, survive a failing job, refuse work beyond the
 * queue, and stop a job that overruns (its worker replaced).
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { threadId } from "node:worker_threads";
import {
  type BuildOptions,
  gatherShadowInput,
  RenderBusyError,
  type RenderJob,
  renderPool,
  runRenderJob,
  type ShadowInput,
} from "../../src/reports/shadow";
import type { Storage } from "../../src/storage";
import { seededStorage, testDatabases } from "../support/databases";
import { shadowRecords } from "./shadow-fixtures";

const database = testDatabases()[0];
let storage: (Storage & { cleanup(): Promise<void> }) | undefined;
let input: ShadowInput;
const options: BuildOptions = { template: "upr", lang: "ar", date: "2026-04-01T00:00:00.000Z" };
const pools: ReturnType<typeof renderPool>[] = [];
const pool = (opts: Parameters<typeof renderPool>[0] = {}) => {
  const p = renderPool(opts);
  pools.push(p);
  return p;
};

before(async () => {
  assert.ok(database, "no test database configured");
  storage = await seededStorage(database);
  await shadowRecords(storage);
  input = await gatherShadowInput(storage, { countryIso3: "KEN", cycleId: "2025" });
});
after(async () => {
  await Promise.all(pools.map((p) => p.close()));
  await storage?.cleanup();
});

test("a worker thread builds and renders: another thread, the same bytes as in this one", async () => {
  const p = pool({ size: 2 });
  for (const output of ["html", "docx", "texts", "measure"] as const) {
    const job: RenderJob = { input, options, output };
    const [there, here] = [await p.run(job), runRenderJob(job)];
    assert.notEqual(there.threadId, threadId, `${output} ran in a worker`);
    assert.notEqual(there.threadId, 0);
    assert.equal(here.threadId, threadId);
    assert.deepEqual(there.bytes && Buffer.from(there.bytes), here.bytes && Buffer.from(here.bytes), output);
    assert.deepEqual([there.words, there.wordLimit, there.texts], [here.words, here.wordLimit, here.texts], output);
  }
  assert.ok(p.stats().workers >= 1 && p.stats().workers <= 2);
  assert.equal(p.stats().active, 0);
});

test("a job that throws is refused with its message; the worker goes on", async () => {
  const p = pool({ size: 1 });
  const broken = { input: { ...input, items: undefined }, options, output: "html" } as unknown as RenderJob;
  await assert.rejects(p.run(broken), /Cannot read properties of undefined/);
  const ok = await p.run({ input, options, output: "measure" });
  assert.ok(ok.words > 0);
  assert.equal(p.stats().workers, 1);
});

test("beyond the queue the pool refuses at once (RenderBusyError); queued jobs all finish", async () => {
  const p = pool({ size: 1, maxQueue: 1 });
  const job: RenderJob = { input, options, output: "docx" };
  const runs = [p.run(job), p.run(job), p.run(job)];
  const results = await Promise.allSettled(runs);
  assert.deepEqual(
    results.map((r) => r.status),
    ["fulfilled", "fulfilled", "rejected"],
  );
  assert.ok((results[2] as PromiseRejectedResult).reason instanceof RenderBusyError);
  assert.equal(p.stats().queued, 0);
});

test("a job over its time is stopped and its worker replaced", async () => {
  const p = pool({ size: 1, timeoutMs: 1 });
  await assert.rejects(p.run({ input, options, output: "docx" }), /took longer than 0.001 s/);
  assert.equal(p.stats().workers, 0, "the stopped worker left the pool");
});
