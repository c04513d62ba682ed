import { configOrExit, fail, withStorage } from "../context";

/** `blueprint audit verify`: recomputes the whole hash chain; exit 1 names the first broken entry. */
export async function auditVerifyCommand(): Promise<void> {
  const config = configOrExit();
  const check = await withStorage(config, async (s) => {
    await s.migrate();
    return s.audit.verify();
  });
  if (!check.ok) {
    const at = check.brokenAt;
    fail(at ? `Audit log broken at entry ${at.seq}: ${at.reason}` : "Audit log broken.");
  }
  process.stdout.write(`Audit log intact: ${check.checked} ${check.checked === 1 ? "entry" : "entries"} checked.\n`);
}
