/**
 * A render worker thread (started by ./pool.ts): builds and renders one report
 * job at a time and posts the result back, the file's bytes transferred rather
 * than copied. An exception becomes an error answer; the worker stays up.
 */
import { parentPort } from "node:worker_threads";
import { type RenderJob, runRenderJob } from "./render-job";

export interface JobMessage {
  id: number;
  job: RenderJob;
}

const port = parentPort;
if (!port) throw new Error("worker.ts runs in a worker thread (see pool.ts)");

port.on("message", ({ id, job }: JobMessage) => {
  try {
    const result = runRenderJob(job);
    port.postMessage({ id, ok: true, result }, result.bytes ? [result.bytes.buffer as ArrayBuffer] : []);
  } catch (e) {
    port.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
