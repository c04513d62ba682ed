/**
 * A zip entry for fflate's streaming Zip, compressed by Node's own zlib
 * instead of fflate's JavaScript deflate (about seven times faster here, which
 * is what keeps a 200,000-row workbook within its time budget). fflate
 * documents this: subclass ZipPassThrough, count size and CRC on the raw
 * input, and hand compressed data to ondata.
 *
 * Each chunk is deflated on its own and ends with a sync flush (a non-final,
 * byte-aligned block), so the pieces concatenate into one valid DEFLATE
 * stream; an empty final block closes it. This is how pigz compresses in
 * parallel. Chunks are a page of rows, so the lost cross-chunk matches cost
 * almost nothing. Because the pieces are independent, the caller may deflate
 * them on libuv's thread pool (deflateChunk) while it writes the next page, and
 * hand them in, in order, with pushDeflated.
 */

import { promisify } from "node:util";
import { constants, crc32, deflateRaw, deflateRawSync } from "node:zlib";
import { ZipPassThrough } from "fflate";

/** BFINAL=1, fixed Huffman, end of block: what deflate writes for no more data. */
const FINAL_BLOCK = deflateRawSync(new Uint8Array(0));
const deflateRawAsync = promisify(deflateRaw);

/** One chunk as a byte-aligned, non-final piece of a DEFLATE stream, compressed off the main thread. */
export const deflateChunk = (chunk: Uint8Array, level: number): Promise<Buffer> =>
  deflateRawAsync(chunk, { level, finishFlush: constants.Z_SYNC_FLUSH });

export class ZlibDeflate extends ZipPassThrough {
  private running = 0;

  constructor(
    filename: string,
    private readonly level: number,
  ) {
    super(filename);
    this.compression = 8;
  }

  override push(chunk: Uint8Array, final = false): void {
    this.count(chunk);
    if (final) this.crc = this.running;
    this.process(chunk as Uint8Array<ArrayBuffer>, final);
  }

  /** A chunk deflated by deflateChunk: `raw` is what it was made from (for the size and CRC), in order. */
  pushDeflated(raw: Uint8Array, deflated: Uint8Array): void {
    this.count(raw);
    if (deflated.length) this.ondata(null, deflated as Uint8Array<ArrayBuffer>, false);
  }

  /** Closes the entry after the last chunk. */
  end(): void {
    this.crc = this.running;
    this.ondata(null, FINAL_BLOCK as Uint8Array<ArrayBuffer>, true);
  }

  private count(chunk: Uint8Array): void {
    this.running = crc32(chunk, this.running);
    this.size += chunk.length;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const body = chunk.length ? deflateRawSync(chunk, { level: this.level, finishFlush: constants.Z_SYNC_FLUSH }) : undefined;
    const out = final ? (body ? Buffer.concat([body, FINAL_BLOCK]) : FINAL_BLOCK) : body;
    if (out) this.ondata(null, out as Uint8Array<ArrayBuffer>, final);
  }
}
