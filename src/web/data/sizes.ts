/**
 * Sizes of the open data files, known by generating them: a download records
 * its byte count when it ends, and the open data page measures what is not
 * known yet, one file at a time, in the background. A size is exact for the
 * data version it was measured on; after the data changes, the old size is
 * shown as approximate until it is measured again.
 */
import { num, t } from "../i18n/t";
import { oneDecimal } from "../scorecards/localise";

export interface KnownSize {
  bytes: number;
  /** Data version it was measured on. */
  version: string;
}

export interface SizeCache {
  get(key: string): KnownSize | undefined;
  set(key: string, size: KnownSize): void;
  /** Counts the bytes of `produce()`'s body unless the size for `version` is known or being measured. */
  measure(key: string, version: string, produce: () => Promise<AsyncIterable<Uint8Array>>): Promise<void>;
}

export function sizeCache(limit = 1000): SizeCache {
  const known = new Map<string, KnownSize>();
  const running = new Map<string, Promise<void>>();
  // One measurement at a time: the page must not start twenty exports at once.
  let queue: Promise<void> = Promise.resolve();
  const set = (key: string, size: KnownSize) => {
    known.delete(key);
    known.set(key, size);
    if (known.size > limit) known.delete(known.keys().next().value!);
  };
  return {
    get: (key) => known.get(key),
    set,
    measure(key, version, produce) {
      if (known.get(key)?.version === version) return Promise.resolve();
      const flight = `${key}\0${version}`;
      const existing = running.get(flight);
      if (existing) return existing;
      const job = queue.then(async () => {
        try {
          let bytes = 0;
          for await (const chunk of await produce()) bytes += chunk.length;
          set(key, { bytes, version });
        } catch {
          // A size that cannot be measured is shown as unknown; the download itself reports its own error.
        } finally {
          running.delete(flight);
        }
      });
      queue = job;
      running.set(flight, job);
      return job;
    },
  };
}

/** 1.2 MB, 340 KB, 812 bytes, in the reader's language (1,2 Mo in French). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return t("data.size.bytes", { count: bytes });
  if (bytes < 1_000_000) return t("data.size.kilobytes", { size: num(Math.round(bytes / 1000)) });
  return t("data.size.megabytes", { size: oneDecimal(bytes / 1_000_000) });
}
