/**
 * The auth service: sign-in, two-factor, sessions, one-time links and
 * passwords, made of one part per concern over the same dependencies
 * (sign-in-service, two-factor-service, session-service, link-service; their
 * shared helpers in auth-kit). Every change is written with its audit entry in
 * one transaction. Routes authorise first; these functions assume the caller
 * may act. Other code imports the service and its types from here.
 */
import { type AuthDeps, authKit } from "./auth-kit";
import { linkService } from "./link-service";
import { sessionService } from "./session-service";
import { signInService } from "./sign-in-service";
import { twoFactorService } from "./two-factor-service";

export type { AuthDeps, RequestContext, SignedIn } from "./auth-kit";

export function authService(deps: AuthDeps) {
  const kit = authKit(deps);
  return {
    ...linkService(kit),
    ...signInService(kit),
    ...sessionService(kit),
    ...twoFactorService(kit),
  };
}

export type AuthService = ReturnType<typeof authService>;
