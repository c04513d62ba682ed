/**
 * Reads one page ahead: while the writer turns a page into CSV, XML or JSON
 * and compresses it, the next page's query is already running, so that the
 * database's time (another process, another CPU on PostgreSQL) overlaps ours
 * instead of adding to it. At most one page waits, so memory stays flat.
 */
export async function* ahead<T>(source: AsyncIterable<T>): AsyncIterable<T> {
  const it = source[Symbol.asyncIterator]();
  let next = it.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = it.next();
      // Kept from being an unhandled rejection while the page before is written; awaited (and thrown) on the next turn.
      next.catch(() => {});
      yield current.value;
    }
  } finally {
    // The reader stopped early (a closed download) or failed: let the source close its queries.
    await it.return?.();
  }
}
