import type { RateLimitRepository } from "../../domain/ports";
import type { DB } from "../database";

/**
 * Fixed-window counters in the `rate_limits` table, shared by every app
 * instance that uses the database. Times are ISO-8601 UTC strings with
 * milliseconds (always `toISOString()`), so they compare correctly as text on
 * SQLite and PostgreSQL alike.
 */
export function rateLimitRepository(db: DB): RateLimitRepository {
  return {
    /**
     * One statement, so concurrent hits from several connections or instances
     * are all counted: PostgreSQL's `insert … on conflict do update` either
     * inserts or locks the existing row and updates it; SQLite serialises writes.
     * A window that started at or before `now - windowMs` has ended and restarts.
     */
    async hit(key, windowMs, now) {
      const at = now.toISOString();
      const cutoff = new Date(now.getTime() - windowMs).toISOString();
      const row = await db
        .insertInto("rate_limits")
        .values({ key, count: 1, window_started_at: at })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet((eb) => {
            const expired = eb("rate_limits.window_started_at", "<=", cutoff);
            return {
              count: eb
                .case()
                .when(expired)
                .then(1)
                .else(eb("rate_limits.count", "+", 1))
                .end(),
              window_started_at: eb.case().when(expired).then(at).else(eb.ref("rate_limits.window_started_at")).end(),
            };
          }),
        )
        .returning(["count", "window_started_at"])
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), resetAt: windowEnd(row.window_started_at, windowMs) };
    },

    /** A missing or ended window counts 0 and has nothing to wait for (resetAt = now). */
    async peek(key, windowMs, now) {
      const row = await db
        .selectFrom("rate_limits")
        .select(["count", "window_started_at"])
        .where("key", "=", key)
        .executeTakeFirst();
      if (!row) return { count: 0, resetAt: now };
      const resetAt = windowEnd(row.window_started_at, windowMs);
      return resetAt.getTime() <= now.getTime() ? { count: 0, resetAt: now } : { count: Number(row.count), resetAt };
    },

    async reset(key) {
      await db.deleteFrom("rate_limits").where("key", "=", key).execute();
    },
  };
}

const windowEnd = (startedAt: string, windowMs: number) => new Date(Date.parse(startedAt) + windowMs);
