/** Organisations and their people. Callers authorise with the policy module first. */

import { type Message, msg } from "../../i18n/message";
import { type AuditFacts, auditEntry } from "../audit/entry";
import type { AuthService, RequestContext } from "../auth/auth-service";
import type { AuthCrypto } from "../auth/crypto-port";
import { ForbiddenError, FormError } from "../auth/errors";
import { NotFoundError } from "../errors";
import type { Repositories } from "../ports";
import { ORGANISATION_TYPES, type Organisation, type OrganisationType, ROLES, type Role, type User } from "./types";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME_MIN = 2;
const NAME_MAX = 200;
const PERSON_NAME_MAX = 120;

export interface NewOrganisationInput {
  name: string;
  slug: string;
  type: string;
  countryIso3?: string;
}

export function accountService(repos: Repositories, crypto: AuthCrypto, auth: AuthService) {
  const iso = (d: Date) => d.toISOString();
  const audit = (ctx: RequestContext, actor: User | null, facts: AuditFacts) => auditEntry(ctx, actor, facts, "cli");

  return {
    async organisationBySlug(slug: string): Promise<Organisation> {
      const org = await repos.accounts.getOrganisationBySlug(slug);
      if (!org) throw new NotFoundError("organisation", slug);
      return org;
    },

    async createOrganisation(actor: User | null, input: NewOrganisationInput, ctx: RequestContext): Promise<Organisation> {
      const problems: Record<string, Message> = {};
      const name = input.name.trim();
      const slug = input.slug.trim().toLowerCase();
      if (name.length < NAME_MIN || name.length > NAME_MAX)
        problems.name = msg("account.organisation.nameLength", { min: NAME_MIN, max: NAME_MAX });
      if (!SLUG.test(slug) || slug.length > 60) problems.slug = msg("account.organisation.slugFormat");
      if (!(ORGANISATION_TYPES as readonly string[]).includes(input.type)) problems.type = msg("account.organisation.chooseType");
      const country = input.countryIso3?.trim().toUpperCase() || null;
      if (input.type === "government_body" && !country) problems.country = msg("account.organisation.governmentNeedsCountry");
      if (country && !(await repos.countries.getCountry(country)))
        problems.country = msg("account.organisation.chooseMemberState");
      if (!problems.slug && (await repos.accounts.getOrganisationBySlug(slug)))
        problems.slug = msg("account.organisation.slugTaken");
      if (Object.keys(problems).length) throw new FormError(problems);
      return repos.transaction(async (tx) => {
        const org = await tx.accounts.createOrganisation(
          { id: crypto.newId(), slug, name, type: input.type as OrganisationType, countryIso3: country },
          iso(ctx.now),
        );
        await tx.audit.append(
          audit(ctx, actor, {
            action: "organisation.create",
            entityType: "organisation",
            entityId: org.id,
            organisationId: org.id,
            after: org,
          }),
        );
        return org;
      });
    },

    /**
     * Adds a person to an organisation. A new account gets a one-time link to
     * set its password (returned for the admin to pass on); an existing one just joins.
     */
    async addMember(
      actor: User | null,
      org: Organisation,
      input: { email: string; displayName: string; role: string },
      ctx: RequestContext,
    ): Promise<{ user: User; link: string | null }> {
      const email = input.email.trim().toLowerCase();
      const problems: Record<string, Message> = {};
      if (!EMAIL.test(email) || email.length > 254) problems.email = msg("account.member.email");
      if (!(ROLES as readonly string[]).includes(input.role)) problems.role = msg("account.member.chooseRole");
      const existing = problems.email ? undefined : await repos.accounts.getUserByEmail(email);
      if (!existing && (input.displayName.trim().length < 1 || input.displayName.length > PERSON_NAME_MAX))
        problems.displayName = msg("account.member.name", { max: PERSON_NAME_MAX });
      const theirs = existing ? await repos.accounts.membershipsOfUser(existing.id) : [];
      if (theirs.some((m) => m.organisationId === org.id)) problems.email = msg("account.member.alreadyMember");
      // An organisation admin must not gain power over an account that others rely on
      // (a reset link would hand it over): only a site administrator adds an existing account.
      else if (existing && !actor?.isSuperadmin && actor !== null) problems.email = msg("account.member.hasAccount");
      if (Object.keys(problems).length) throw new FormError(problems);
      const role = input.role as Role;
      const user = await repos.transaction(async (tx) => {
        const u =
          existing ??
          (await tx.accounts.createUser(
            { id: crypto.newId(), email, displayName: input.displayName.trim(), isSuperadmin: false },
            iso(ctx.now),
          ));
        await tx.accounts.setMembership(u.id, org.id, role, iso(ctx.now));
        if (!existing)
          await tx.audit.append(
            audit(ctx, actor, {
              action: "user.create",
              entityType: "user",
              entityId: u.id,
              organisationId: org.id,
              after: { email },
            }),
          );
        await tx.audit.append(
          audit(ctx, actor, {
            action: "membership.add",
            entityType: "membership",
            entityId: u.id,
            organisationId: org.id,
            after: { email, role },
          }),
        );
        return u;
      });
      const link = existing ? null : await auth.issuePasswordLink(user, actor, ctx, "new_user");
      return { user, link };
    },

    /** Changes (or with "remove" ends) a member's role. Role changes end the member's sessions. */
    async changeRole(actor: User | null, org: Organisation, userId: string, roleInput: string, ctx: RequestContext) {
      const member = (await repos.accounts.membersOfOrganisation(org.id)).find((m) => m.user.id === userId);
      if (!member) throw new NotFoundError("member", userId);
      const role = roleInput === "remove" ? null : (roleInput as Role);
      if (role !== null && !(ROLES as readonly string[]).includes(role))
        throw new FormError({ role: msg("account.member.chooseRole") });
      const admins = (await repos.accounts.membersOfOrganisation(org.id)).filter((m) => m.membership.role === "admin");
      if (member.membership.role === "admin" && role !== "admin" && admins.length === 1 && !actor?.isSuperadmin)
        throw new FormError({ role: msg("account.member.lastAdmin") });
      await repos.transaction(async (tx) => {
        await tx.accounts.setMembership(userId, org.id, role, iso(ctx.now));
        // A new privilege level starts from a new sign-in.
        await tx.sessions.revokeAllForUser(userId, iso(ctx.now));
        await tx.audit.append(
          audit(ctx, actor, {
            action: role === null ? "membership.remove" : "membership.role_change",
            entityType: "membership",
            entityId: userId,
            organisationId: org.id,
            before: { role: member.membership.role },
            after: { role },
          }),
        );
      });
    },

    /** A new set-password link for a member (their sessions end). */
    async resetMember(actor: User | null, org: Organisation, userId: string, ctx: RequestContext): Promise<string> {
      const member = (await repos.accounts.membersOfOrganisation(org.id)).find((m) => m.user.id === userId);
      if (!member) throw new NotFoundError("member", userId);
      if (actor !== null && !actor.isSuperadmin) {
        // An organisation admin may reset only people who belong to this organisation alone.
        const elsewhere = (await repos.accounts.membershipsOfUser(userId)).some((m) => m.organisationId !== org.id);
        if (member.user.isSuperadmin || elsewhere) throw new ForbiddenError(msg("account.member.resetElsewhere"));
      }
      return auth.issuePasswordLink(member.user, actor, ctx, "reset");
    },
  };
}

export type AccountService = ReturnType<typeof accountService>;
