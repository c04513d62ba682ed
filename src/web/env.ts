/** What middleware puts on the Hono context for later handlers. */
import type { Actor } from "../domain/accounts/types";
import type { Session } from "../domain/auth/types";
import type { Locale } from "../i18n/locales";

export interface AppEnv {
  Variables: {
    /** Who is asking: anonymous unless a full session was found. */
    actor: Actor;
    /** The session behind the cookie, full or waiting for two-factor, if any. */
    session: Session | null;
    /** The CSRF token to put in this response's forms. */
    csrfToken: string;
    /** The language of this request, from the URL (web/i18n/locale.ts). */
    locale: Locale;
  };
}
