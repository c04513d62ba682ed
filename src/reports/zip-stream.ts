/**
 * A zip archive written as it is read: fflate's streaming Zip with one entry
 * at a time, each deflated by ./zlib-entry.ts. Compression and fflate's
 * callbacks are synchronous, so after every chunk pushed in, what came out is
 * handed on and nothing accumulates. Entries carry a fixed modification time,
 * so the same data gives the same bytes.
 */
import { Zip } from "fflate";
import { ZlibDeflate } from "./zlib-entry";

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
  for await (const entry of entries) {
    const file = new ZlibDeflate(entry.name, options.level ?? 6);
    file.mtime = mtime;
    zip.add(file);
    for await (const chunk of entry.chunks) {
      file.push(chunk);
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
