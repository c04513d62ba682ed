/**
 * The organisation page's "API tokens" section, for its administrators: every
 * token that acts in the organisation (owner, name, access, dates; never the
 * secret, which is not stored) with a revoke button on each active one.
 */
import type { User } from "../../domain/accounts/types";
import { type ApiToken, isActive } from "../../domain/auth/api-token-types";
import { day, scopeLabel, when } from "../account/token-views";
import { CsrfField, ErrorSummary, type Problems } from "../forms";
import { t as tr } from "../i18n/t";

/** Revoked or expired tokens stay listed this long, so that an administrator sees a revocation took. */
export const RECENTLY_INACTIVE_MS = 30 * 86_400_000;

export const orgTokensPath = (slug: string) => `/orgs/${encodeURIComponent(slug)}/api-tokens/revoke`;

export interface OrgTokensProps {
  csrf: string;
  slug: string;
  tokens: ApiToken[];
  /** Owners and revokers by id (former members included). */
  people: Map<string, User>;
  /** Ids of the organisation's current members: a former member's token can do nothing, but is listed to be revoked. */
  memberIds: Set<string>;
  now: Date;
  notice?: string;
  problems?: Problems;
}

function state(t: ApiToken, people: Map<string, User>, now: Date): string | null {
  if (t.revokedAt) {
    const by = t.revokedBy && t.revokedBy !== t.userId ? people.get(t.revokedBy) : undefined;
    const at = when(t.revokedAt);
    if (by) return tr("admin.tokens.revokedBy", { when: at, name: by.displayName });
    return tr(t.revokedBy === t.userId ? "admin.tokens.revokedByOwner" : "admin.tokens.revoked", { when: at });
  }
  if (!isActive(t, now)) return tr("admin.tokens.expired", { date: day(t.expiresAt) });
  return null;
}

export function OrgTokensSection({ csrf, slug, tokens, people, memberIds, now, notice, problems }: OrgTokensProps) {
  const shown = tokens.filter(
    (t) => isActive(t, now) || now.getTime() - Date.parse(t.revokedAt ?? t.expiresAt) < RECENTLY_INACTIVE_MS,
  );
  const active = shown.filter((t) => isActive(t, now)).length;
  return (
    <section aria-labelledby="api-tokens">
      <h2 id="api-tokens">{tr("admin.tokens.heading")}</h2>
      <p>{tr("admin.tokens.orgIntro")}</p>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ErrorSummary problems={problems} />
      {shown.length ? (
        <table>
          <caption class="visually-hidden">{tr("admin.tokens.caption", { count: active })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("admin.tokens.owner")}</th>
              <th scope="col">{tr("admin.tokens.name")}</th>
              <th scope="col">{tr("admin.tokens.access")}</th>
              <th scope="col">{tr("admin.tokens.created")}</th>
              <th scope="col">{tr("admin.tokens.lastUsed")}</th>
              <th scope="col">{tr("admin.tokens.expires")}</th>
              <th scope="col">
                <span class="visually-hidden">{tr("admin.tokens.action")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((t) => {
              const owner = people.get(t.userId);
              return (
                <tr>
                  <td>
                    {owner?.displayName ?? tr("admin.tokens.deletedAccount")}
                    {owner ? (
                      <>
                        <br />
                        <small>{owner.email}</small>
                      </>
                    ) : null}
                    {memberIds.has(t.userId) ? null : <small> · {tr("admin.tokens.formerMember")}</small>}
                  </td>
                  <td>
                    {t.name} <code>{t.hint}…</code>
                  </td>
                  <td>{scopeLabel(t.scope)}</td>
                  <td>{when(t.createdAt)}</td>
                  <td>{when(t.lastUsedAt)}</td>
                  <td>{day(t.expiresAt)}</td>
                  <td>
                    {state(t, people, now) ?? (
                      <form method="post" action={orgTokensPath(slug)}>
                        <CsrfField token={csrf} />
                        <input type="hidden" name="token" value={t.id} />
                        <button type="submit" class="secondary">
                          {tr("admin.tokens.revoke")}{" "}
                          <span class="visually-hidden">
                            {tr("admin.tokens.revokeWhich", {
                              name: t.name,
                              owner: owner?.displayName ?? tr("admin.tokens.aDeletedAccount"),
                            })}
                          </span>
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{tr("admin.tokens.noneInOrganisation")}</p>
      )}
    </section>
  );
}
