import type { Membership, Organisation, OrganisationType, Role, User } from "../../domain/accounts/types";
import type { AccountRepository } from "../../domain/ports";
import type { DB, MembershipsTable, OrganisationsTable, UsersTable } from "../database";

function toUser(r: UsersTable): User {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    isSuperadmin: Number(r.is_superadmin) === 1,
    totpSecret: r.totp_secret,
    totpEnabledAt: r.totp_enabled_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    disabledAt: r.disabled_at,
  };
}

function toOrganisation(r: OrganisationsTable): Organisation {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    type: r.type as OrganisationType,
    countryIso3: r.country_iso3,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toMembership(r: MembershipsTable): Membership {
  return { userId: r.user_id, organisationId: r.organisation_id, role: r.role as Role, createdAt: r.created_at };
}

const byName = new Intl.Collator("en", { sensitivity: "base" });

export function accountRepository(db: DB): AccountRepository {
  return {
    async countUsers() {
      const row = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("disabled_at", "is", null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async deleteOrganisation(id) {
      await db.deleteFrom("organisations").where("id", "=", id).execute();
    },

    async deleteUser(id) {
      await db.deleteFrom("users").where("id", "=", id).execute();
    },

    async createUser(u, now) {
      const row: UsersTable = {
        id: u.id,
        email: u.email.toLowerCase(),
        display_name: u.displayName,
        password_hash: u.passwordHash ?? null,
        is_superadmin: u.isSuperadmin ? 1 : 0,
        totp_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        created_at: now,
        updated_at: now,
        disabled_at: null,
      };
      await db.insertInto("users").values(row).execute();
      return toUser(row);
    },

    async getUser(id) {
      const r = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
      return r ? toUser(r) : undefined;
    },

    async getUserByEmail(email) {
      const r = await db.selectFrom("users").selectAll().where("email", "=", email.trim().toLowerCase()).executeTakeFirst();
      return r ? toUser(r) : undefined;
    },

    async updateUser(id, patch, now) {
      const set: Partial<UsersTable> = { updated_at: now };
      if (patch.displayName !== undefined) set.display_name = patch.displayName;
      if (patch.passwordHash !== undefined) set.password_hash = patch.passwordHash;
      if (patch.isSuperadmin !== undefined) set.is_superadmin = patch.isSuperadmin ? 1 : 0;
      if (patch.totpSecret !== undefined) set.totp_secret = patch.totpSecret;
      if (patch.totpEnabledAt !== undefined) set.totp_enabled_at = patch.totpEnabledAt;
      if (patch.disabledAt !== undefined) set.disabled_at = patch.disabledAt;
      await db.updateTable("users").set(set).where("id", "=", id).execute();
    },

    async listUsers() {
      const rows = await db.selectFrom("users").selectAll().execute();
      return rows.map(toUser).sort((a, b) => byName.compare(a.email, b.email));
    },

    async createOrganisation(org, now) {
      const row: OrganisationsTable = {
        id: org.id,
        slug: org.slug,
        name: org.name,
        type: org.type,
        country_iso3: org.countryIso3,
        created_at: now,
        updated_at: now,
      };
      await db.insertInto("organisations").values(row).execute();
      return toOrganisation(row);
    },

    async getOrganisation(id) {
      const r = await db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
      return r ? toOrganisation(r) : undefined;
    },

    async getOrganisationBySlug(slug) {
      const r = await db.selectFrom("organisations").selectAll().where("slug", "=", slug).executeTakeFirst();
      return r ? toOrganisation(r) : undefined;
    },

    async listOrganisations() {
      const rows = await db.selectFrom("organisations").selectAll().execute();
      return rows.map(toOrganisation).sort((a, b) => byName.compare(a.name, b.name));
    },

    async setMembership(userId, organisationId, role, now) {
      if (role === null) {
        await db.deleteFrom("memberships").where("user_id", "=", userId).where("organisation_id", "=", organisationId).execute();
        return;
      }
      await db
        .insertInto("memberships")
        .values({ user_id: userId, organisation_id: organisationId, role, created_at: now })
        .onConflict((oc) => oc.columns(["user_id", "organisation_id"]).doUpdateSet({ role }))
        .execute();
    },

    async membershipsOfUser(userId) {
      const rows = await db.selectFrom("memberships").selectAll().where("user_id", "=", userId).execute();
      return rows.map(toMembership).sort((a, b) => (a.organisationId < b.organisationId ? -1 : 1));
    },

    async membersOfOrganisation(organisationId) {
      const rows = await db
        .selectFrom("memberships")
        .innerJoin("users", "users.id", "memberships.user_id")
        .selectAll("users")
        .select(["memberships.role", "memberships.created_at as membership_created_at", "memberships.organisation_id"])
        .where("memberships.organisation_id", "=", organisationId)
        .execute();
      return rows
        .map((r) => ({
          user: toUser(r),
          membership: {
            userId: r.id,
            organisationId: r.organisation_id,
            role: r.role as Role,
            createdAt: r.membership_created_at,
          },
        }))
        .sort((a, b) => byName.compare(a.user.email, b.user.email));
    },

    async replaceRecoveryCodes(userId, hashes) {
      await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
      if (hashes.length)
        await db
          .insertInto("recovery_codes")
          .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
          .execute();
    },

    async useRecoveryCode(userId, codeHash, now) {
      const res = await db
        .updateTable("recovery_codes")
        .set({ used_at: now })
        .where("user_id", "=", userId)
        .where("code_hash", "=", codeHash)
        .where("used_at", "is", null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async claimTotpStep(userId, step) {
      const res = await db
        .updateTable("users")
        .set({ totp_last_step: step })
        .where("id", "=", userId)
        .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async countUnusedRecoveryCodes(userId) {
      const row = await db
        .selectFrom("recovery_codes")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("user_id", "=", userId)
        .where("used_at", "is", null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
