import { Hono } from "hono";
import type { WebDeps } from "../../deps";

/** Placeholder mount point; the read API is being written in this folder. */
export function apiRoutes(_deps: WebDeps) {
  return new Hono();
}
