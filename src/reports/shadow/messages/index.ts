/**
 * The report's own words in each report language (one file per language),
 * and the Intl helpers that format dates, numbers and lists in it.
 */
import type { ReportLanguage } from "../model";
import { ar } from "./ar";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ru } from "./ru";
import type { Messages } from "./types";
import { zh } from "./zh";

export { formatDate, formatNumber, INTL_LOCALE, listAnd, plural, textDirection } from "./intl";
export type { Messages } from "./types";

export const MESSAGES: Record<ReportLanguage, Messages> = { en, fr, es, ar, ru, zh };

/** An aside in brackets after a word: " (Planned)", "（已规划）". */
export const aside = (m: Messages, text: string): string =>
  `${m.punctuation.space}${m.punctuation.brackets[0]}${text}${m.punctuation.brackets[1]}`;
