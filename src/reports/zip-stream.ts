/**
 * A zip archive written as it is read: fflate's streaming Zip with one entry
 * at a time, each deflated by ./zlib-entry.ts. A chunk is deflated on libuv's
 * thread pool while the next one is produced (reading and writing rows is
 * JavaScript on the main thread, compressing them is not), with at most
 * IN_FLIGHT chunks waiting, so memory stays bounded; pieces are handed to the
 * zip in order and what came out is passed on at once. Entries carry a fixed
 * modification time, so the same data gives the same bytes.
 */
import { Zip } from "fflate";
import { deflateChunk, ZlibDeflate } from "./zlib-entry";

/** Chunks being compressed while the next is produced: two keep both CPUs of a small server busy. */
const IN_FLIGHT = 2;

export interface ZipEntry {
  name: string;
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

export interface ZipOptions {
  /** Modification time written for every entry (DOS time: 1980 or later). */
  mtime: Date;
  /** Deflate level, 1 (fastest) to 9 (smallest). */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** The earliest time a zip entry can carry; used when the data has no date. */
export const ZIP_EPOCH = new Date("1980-01-01T00:00:00Z");

export async function* zipChunks(
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  options: ZipOptions,
): AsyncIterable<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else ready.push(chunk);
  });
  const mtime = options.mtime < ZIP_EPOCH ? ZIP_EPOCH : options.mtime;
  function* drain() {
    if (failure) throw failure;
    while (ready.length) yield ready.shift()!;
  }
  const level = options.level ?? 6;
  for await (const entry of entries) {
    const file = new ZlibDeflate(entry.name, level);
    file.mtime = mtime;
    zip.add(file);
    const pending: { raw: Uint8Array; deflated: Promise<Buffer> }[] = [];
    const handOn = async () => {
      const next = pending.shift()!;
      file.pushDeflated(next.raw, await next.deflated);
    };
    for await (const chunk of entry.chunks) {
      if (chunk.length === 0) continue;
      const deflated = deflateChunk(chunk, level);
      // Awaited in turn below; this only keeps a failure from being reported as unhandled meanwhile.
      deflated.catch(() => {});
      pending.push({ raw: chunk, deflated });
      while (pending.length > IN_FLIGHT) {
        await handOn();
        yield* drain();
      }
    }
    while (pending.length) {
      await handOn();
      yield* drain();
    }
    file.end();
    yield* drain();
  }
  zip.end();
  yield* drain();
}
