/** What the account services need to know of the request: truncated address, browser, time. */
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { ipPrefix } from "../../domain/audit/ip-prefix";
import type { RequestContext } from "../../domain/auth/auth-service";

export function clientAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // In-process requests (tests) have no socket.
    return undefined;
  }
}

export function requestContext(c: Context): RequestContext {
  return { ipPrefix: ipPrefix(clientAddress(c)), userAgent: c.req.header("User-Agent") ?? "", now: new Date() };
}
