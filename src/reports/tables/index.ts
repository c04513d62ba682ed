/** The open data tables, in the order they are listed, written into workbooks and data packages. */
import type { TableSpec } from "../table";
import { assessmentsTable } from "./assessments";
import { countriesTable } from "./countries";
import { crosswalkTable } from "./crosswalk";
import { evidenceTable } from "./evidence";
import { frameworkItemsTable } from "./framework-items";
import { scoresTable } from "./scores";

export const TABLES: readonly TableSpec[] = [
  frameworkItemsTable,
  crosswalkTable,
  countriesTable,
  evidenceTable,
  assessmentsTable,
  scoresTable,
];

export const tableById = (id: string) => TABLES.find((t) => t.id === id);
