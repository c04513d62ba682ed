/**
 * The optional script of every page (enhance.js, under a content-hashed URL)
 * and the service worker it registers (sw.js, at the root so that its scope is
 * the whole site). Pages are complete without either.
 */
import { staticAsset } from "./asset";

export const enhanceScript = staticAsset("enhance.js");

/** Served at /sw.js, not at its hashed path: a service worker's URL must stay the same. */
export const serviceWorker = staticAsset("sw.js");
export const SERVICE_WORKER_PATH = "/sw.js";
