/**
 * One build-and-render job: the CPU-heavy half of a report, a pure function of
 * plain data (what ./gather.ts read, and the options), so that it can run in a
 * worker thread (./worker.ts) as well as in the calling thread. PDF is made
 * from the DOCX by LibreOffice in its own process (./pdf.ts), outside the job.
 */
import { getHeapStatistics } from "node:v8";
import { threadId } from "node:worker_threads";
import type { DraftTexts } from "../../domain/reports/types";
import { type BuildOptions, buildShadowReport } from "./build";
import { renderDocx } from "./docx";
import { editableText } from "./editable";
import type { ShadowInput } from "./gather";
import { renderHtml } from "./html";
import type { WordLimit } from "./model";

/** `measure`: the counts only; `texts`: the generated editable parts (a draft's first version); or a file. */
export type RenderOutput = "measure" | "texts" | "html" | "docx";

export interface RenderJob {
  input: ShadowInput;
  options: BuildOptions;
  output: RenderOutput;
}

export interface RenderResult {
  title: string;
  words: number;
  wordLimit: WordLimit | null;
  footnotes: number;
  texts?: DraftTexts;
  bytes?: Uint8Array;
  /** The thread that built and rendered (0 is the main thread). */
  threadId: number;
  /** That thread's V8 heap after the job, in bytes: total reserved and used (for the benchmark). */
  heap: { total: number; used: number };
}

export function runRenderJob({ input, options, output }: RenderJob): RenderResult {
  const report = buildShadowReport(input, options);
  const section = (id: string) => report.sections.find((s) => s.id === id)?.blocks ?? [];
  const bytes =
    output === "html" ? new TextEncoder().encode(renderHtml(report)) : output === "docx" ? renderDocx(report) : undefined;
  const heap = getHeapStatistics();
  return {
    title: report.title,
    words: report.words,
    wordLimit: report.wordLimit,
    footnotes: report.footnotes.length,
    ...(output === "texts"
      ? {
          texts: {
            executiveSummary: editableText(section("executive-summary")),
            recommendations: editableText(section("recommendations")),
          },
        }
      : {}),
    ...(bytes ? { bytes } : {}),
    threadId,
    heap: { total: heap.total_heap_size, used: heap.used_heap_size },
  };
}
