/**
 * `blueprint suggest FILE [--top N] [--json]`: the commitments and practical
 * options a law, policy or programme (TXT, DOCX or PDF) addresses, ranked,
 * with the passages that match and why. Reads the framework packs from
 * PACKS_DIR; needs no database.
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { DocumentError, extractText, MAX_DOCUMENT_BYTES } from "../../documents/extract-text";
import { InvalidParameterError } from "../../domain/errors";
import { flattenPack } from "../../domain/framework/flatten-pack";
import { PackError } from "../../domain/framework/pack";
import { buildIndex } from "../../domain/suggest/item-index";
import { markedPassage, plainSuggestions } from "../../domain/suggest/plain";
import { MAX_TOP, validateSuggestRequest } from "../../domain/suggest/suggest-service";
import { suggest } from "../../domain/suggest/suggester";
import { vocabularyFor } from "../../domain/suggest/vocabularies";
import { listPackDirs, loadPack } from "../../packs/load-pack";
import { configOrExit, fail } from "../context";

function packIndex(packsDir: string) {
  const packs = listPackDirs(packsDir).map((dir) => loadPack(dir));
  if (packs.length === 0) fail(`No framework pack in ${packsDir} (set PACKS_DIR).`);
  const items = packs.flatMap((p) => flattenPack(p).items);
  const language = packs.length === 1 ? packs[0]!.manifest.language : "en";
  return buildIndex({ items, vocabulary: vocabularyFor(packs.map((p) => p.manifest.id)), language });
}

function readUpload(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(`${file} is not a file.`);
    size = stat.size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") fail(`No file at ${file}.`);
    throw e;
  }
  if (size > MAX_DOCUMENT_BYTES) fail(`${file} is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; use a shorter extract.`);
  return new Uint8Array(readFileSync(file));
}

export async function suggestCommand(file: string, opts: { top?: string; json?: boolean }): Promise<void> {
  const top = opts.top === undefined ? 10 : Number(opts.top);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) fail(`--top must be a whole number from 1 to ${MAX_TOP}.`, 2);
  const config = configOrExit();
  const bytes = readUpload(file);
  try {
    const { type, text } = await extractText(bytes, basename(file));
    validateSuggestRequest(text, top);
    const index = packIndex(config.PACKS_DIR);
    const result = suggest(text, index, { top });
    if (opts.json) {
      const out = { file: basename(file), type, characters: text.length, passages: result.passageCount };
      process.stdout.write(`${JSON.stringify({ ...out, suggestions: plainSuggestions(result) }, null, 2)}\n`);
      return;
    }
    const lines = [
      `${basename(file)}: ${type.toUpperCase()}, ${text.length.toLocaleString("en")} characters, ${result.passageCount} passages`,
      "",
    ];
    if (result.suggestions.length === 0) lines.push("No commitment or practical option matches this text.");
    result.suggestions.forEach((s, i) => {
      lines.push(`${String(i + 1).padStart(2)}. ${s.item.title}`);
      lines.push(`    ${s.item.kind} ${s.item.id} · score ${s.score.toFixed(1)}`);
      lines.push(`    why: ${s.why.join(", ")}`);
      for (const p of s.passages) lines.push(`    [${p.start}–${p.end}] ${markedPassage(p, "«", "»", 300)}`);
      lines.push("");
    });
    process.stdout.write(`${lines.join("\n")}\n`);
  } catch (e) {
    if (e instanceof DocumentError || e instanceof InvalidParameterError) fail(`${file}: ${e.message}`);
    if (e instanceof PackError) fail(e.message);
    throw e;
  }
}
