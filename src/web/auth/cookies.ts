/**
 * Cookie names and attributes. Over HTTPS the `__Host-` prefix makes the browser
 * refuse the cookie unless it is Secure, host-only and for path /; over plain
 * HTTP (a laptop, 127.0.0.1) the prefix cannot be used, so the plain name is.
 */
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const cookieName = (https: boolean, base: "session" | "csrf") => (https ? `__Host-bp_${base}` : `bp_${base}`);

export function readCookie(c: Context, https: boolean, base: "session" | "csrf"): string | undefined {
  return getCookie(c, cookieName(https, base));
}

export function writeCookie(c: Context, https: boolean, base: "session" | "csrf", value: string): void {
  setCookie(c, cookieName(https, base), value, { path: "/", httpOnly: true, sameSite: "Lax", secure: https });
}

export function clearCookie(c: Context, https: boolean, base: "session" | "csrf"): void {
  deleteCookie(c, cookieName(https, base), { path: "/", secure: https });
}
