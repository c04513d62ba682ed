/** `blueprint user create|reset`: one-time links for people, from the server's shell. */
import type { Command } from "commander";
import pino from "pino";
import type { RequestContext } from "../../domain/auth/auth-service";
import { FormError } from "../../domain/auth/errors";
import { NotFoundError } from "../../domain/errors";
import { buildWebDeps } from "../../web/context";
import { configOrExit, fail, withStorage } from "../context";

const cliContext = (): RequestContext => ({ ipPrefix: "cli", userAgent: "blueprint cli", now: new Date() });

export function registerUserCommands(program: Command): void {
  const user = program.command("user").description("create people and issue sign-in links (no mail server needed)");

  user
    .command("create")
    .description("add a person to an organisation and print a one-time link to set their password")
    .requiredOption("--email <email>", "their email address")
    .requiredOption("--org <slug>", "the organisation's short name")
    .requiredOption("--role <role>", "viewer, contributor, reviewer or admin")
    .option("--name <name>", "their name (defaults to the part of the email before @)")
    .action(async (opts: { email: string; org: string; role: string; name?: string }) => {
      const config = configOrExit();
      await withStorage(config, async (storage) => {
        await storage.migrate();
        const deps = await buildWebDeps(storage, config, pino({ level: "silent" }), storage.dialect);
        try {
          const org = await deps.accounts.organisationBySlug(opts.org);
          const { user: created, link } = await deps.accounts.addMember(
            null,
            org,
            { email: opts.email, displayName: opts.name ?? opts.email.split("@")[0] ?? opts.email, role: opts.role },
            cliContext(),
          );
          if (!link) process.stdout.write(`${created.email} already had an account and is now ${opts.role} of ${org.name}.\n`);
          else
            process.stdout.write(
              `Added ${created.email} as ${opts.role} of ${org.name}.\nOne-time link to set a password (valid 72 hours):\n  ${config.publicOrigin}/set-password?token=${link}\n`,
            );
        } catch (e) {
          if (e instanceof FormError || e instanceof NotFoundError) fail(e.message);
          throw e;
        }
      });
    });

  user
    .command("reset")
    .description("end a person's sessions and print a new one-time link to set their password")
    .requiredOption("--email <email>", "their email address")
    .action(async (opts: { email: string }) => {
      const config = configOrExit();
      await withStorage(config, async (storage) => {
        await storage.migrate();
        const deps = await buildWebDeps(storage, config, pino({ level: "silent" }), storage.dialect);
        const target = await storage.accounts.getUserByEmail(opts.email);
        if (!target) fail(`No account has the email address ${opts.email}.`);
        const link = await deps.auth.issuePasswordLink(target, null, cliContext(), "reset");
        process.stdout.write(
          `Ended the sessions of ${target.email}.\nOne-time link to set a new password (valid 72 hours):\n  ${config.publicOrigin}/set-password?token=${link}\n`,
        );
      });
    });
}
