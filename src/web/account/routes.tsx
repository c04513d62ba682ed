/**
 * The account routes, mounted as one app: signing in and out, first-start
 * setup and one-time password links (sign-in-routes), the account page with
 * password, sessions and API tokens (profile-routes, token-routes), and
 * two-factor enrolment (two-factor-routes). Every form carries the CSRF
 * token; every route a guard.
 */
import { Hono } from "hono";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { profileRoutes } from "./profile-routes";
import { signInRoutes } from "./sign-in-routes";
import { twoFactorRoutes } from "./two-factor-routes";

export { safeNext } from "./sign-in-routes";

export function accountRoutes(deps: WebDeps) {
  const app = new Hono<AppEnv>();
  signInRoutes(app, deps);
  profileRoutes(app, deps);
  twoFactorRoutes(app, deps);
  return app;
}
