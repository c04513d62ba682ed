/**
 * A small pool of render worker threads, so that building and laying out a
 * report (tens to hundreds of milliseconds of CPU for a full country) never
 * blocks the server's event loop. Workers start on first use, take one job at
 * a time, and hold the process open only while they work. Jobs wait in a
 * queue of bounded length; beyond it the pool refuses (RenderBusyError) rather
 * than pile up memory. A job that crashes or overruns its time loses its
 * worker, which is replaced by the next job.
 *
 * The workers run TypeScript: each starts from a two-line boot script that
 * registers tsx (as bin/blueprint.js does) and imports ./worker.ts, so it
 * works however the main process was started (npm start, the CLI, node --test).
 */
import { Worker } from "node:worker_threads";
import { DomainError } from "../../domain/errors";
import type { RenderJob, RenderResult } from "./render-job";

export class RenderBusyError extends DomainError {
  readonly code = "busy";
  readonly retryAfterSeconds = 10;
  constructor() {
    super("Reports are being generated for other people right now. Try again in a few seconds.");
    this.name = "RenderBusyError";
  }
}

export interface RenderPoolOptions {
  /** Worker threads (default 2). */
  size?: number;
  /** Jobs that may wait for a worker (default 16). */
  maxQueue?: number;
  /** A job running longer is stopped with its worker (default 60 s). */
  timeoutMs?: number;
  /** V8 old-space limit of each worker (default 512 MB), so that a runaway job cannot take the server's memory. */
  maxHeapMb?: number;
}

interface Task {
  id: number;
  job: RenderJob;
  resolve(result: RenderResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer?: NodeJS.Timeout;
}

const WORKER_URL = new URL("./worker.ts", import.meta.url).href;
const BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

export function renderPool({ size = 2, maxQueue = 16, timeoutMs = 60_000, maxHeapMb = 512 }: RenderPoolOptions = {}) {
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  let completed = 0;

  function spawn(): Slot {
    const worker = new Worker(BOOT, { eval: true, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    const slot: Slot = { worker, task: null };
    worker.unref();
    worker.on("message", (msg: { id: number; ok: boolean; result?: RenderResult; message?: string }) => {
      const task = slot.task;
      if (!task || task.id !== msg.id) return;
      finish(slot);
      completed++;
      if (msg.ok) task.resolve(msg.result!);
      else task.reject(new Error(msg.message ?? "The report could not be rendered."));
      dispatch();
    });
    const lost = (error: Error) => {
      const task = slot.task;
      finish(slot);
      slots.splice(slots.indexOf(slot), 1);
      task?.reject(error);
      dispatch();
    };
    worker.on("error", (e) => lost(e instanceof Error ? e : new Error(String(e))));
    worker.on("exit", (code) => {
      if (slots.includes(slot)) lost(new Error(`The report worker stopped (exit code ${code}).`));
    });
    slots.push(slot);
    return slot;
  }

  function finish(slot: Slot) {
    clearTimeout(slot.timer);
    slot.task = null;
    // Idle workers must not keep a command-line process alive.
    slot.worker.unref();
  }

  function dispatch() {
    while (queue.length && !closed) {
      const slot = slots.find((s) => !s.task) ?? (slots.length < size ? spawn() : undefined);
      if (!slot) return;
      const task = queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => {
        // Out of the pool first, so that no job is given to a worker that is stopping.
        slots.splice(slots.indexOf(slot), 1);
        void slot.worker.terminate();
        task.reject(new Error(`The report took longer than ${timeoutMs / 1000} s and was stopped.`));
        dispatch();
      }, timeoutMs);
      slot.worker.postMessage({ id: task.id, job: task.job });
    }
  }

  return {
    /** Builds and renders in a worker; rejects with RenderBusyError when the queue is full. */
    run(job: RenderJob): Promise<RenderResult> {
      if (closed) return Promise.reject(new Error("The render pool is closed."));
      if (queue.length >= maxQueue && slots.every((s) => s.task) && slots.length >= size)
        return Promise.reject(new RenderBusyError());
      return new Promise<RenderResult>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        dispatch();
      });
    },
    /** Workers started, jobs running, jobs waiting, jobs a worker answered. */
    stats: () => ({ workers: slots.length, active: slots.filter((s) => s.task).length, queued: queue.length, completed }),
    async close(): Promise<void> {
      closed = true;
      for (const t of queue.splice(0)) t.reject(new Error("The render pool is closed."));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}

export type RenderPool = ReturnType<typeof renderPool>;

let shared: RenderPool | undefined;
/** The process's pool (two workers), shared by every request. */
export function sharedRenderPool(): RenderPool {
  shared ??= renderPool();
  return shared;
}
