/**
 * PDF: the DOCX converted by LibreOffice (`soffice --headless`), in its own
 * process and its own throw-away profile, so the request or command that asks
 * is never blocked and two conversions never share state. LibreOffice lays out
 * Arabic right to left, embeds the fonts it uses (subsets), and carries the
 * document's title and language into the PDF's metadata.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocx } from "./docx";
import type { ShadowReport } from "./model";

const TIMEOUT_MS = 120_000;

export class PdfUnavailableError extends Error {
  readonly code = "pdf_unavailable";
  constructor() {
    super(
      "PDF needs LibreOffice on this server (Debian: apt-get install libreoffice-writer-nogui). HTML and DOCX work without it.",
    );
  }
}

let found: string | null | undefined;
/** The soffice executable, or null when LibreOffice is not installed. */
export function sofficePath(): string | null {
  if (found === undefined) {
    const out = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
    found = out.stdout.trim().split("\n")[0] || null;
  }
  return found;
}

export async function renderPdf(report: ShadowReport): Promise<Uint8Array> {
  if (!sofficePath()) throw new PdfUnavailableError();
  return docxToPdf(renderDocx(report));
}

/** Converts a report's DOCX bytes (made here or in a render worker) to PDF; the wait is a child process, never the event loop. */
export async function docxToPdf(docxBytes: Uint8Array): Promise<Uint8Array> {
  const soffice = sofficePath();
  if (!soffice) throw new PdfUnavailableError();
  const dir = await mkdtemp(join(tmpdir(), "blueprint-pdf-"));
  try {
    const docx = join(dir, "report.docx");
    await writeFile(docx, docxBytes);
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        soffice,
        [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
        { stdio: ["ignore", "ignore", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
      child.on("error", reject);
      child.on("close", (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`LibreOffice could not convert the report to PDF (exit ${code}): ${stderr.trim()}`));
      });
    });
    return new Uint8Array(await readFile(join(dir, "report.pdf")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
