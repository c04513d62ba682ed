/** The report's own words in Spanish, in the register of UN documents (names of bodies as the UN writes them). */
import { formatNumber, plural } from "./intl";
import type { Messages } from "./types";

const n = (x: number) => formatNumber("es", x);
const items = (count: number) => `${n(count)} ${plural("es", count, { one: "elemento", other: "elementos" })}`;

export const es: Messages = {
  title: {
    general: "Informe sombra",
    upr: "Examen Periódico Universal: contribución de las partes interesadas",
    cedaw: "Informe sombra al Comité para la Eliminación de la Discriminación contra la Mujer",
  },
  joint: "Contribución conjunta",
  subtitle: (country, cycle) =>
    `Poner fin a la violencia contra las mujeres y las niñas en los contextos digitales: aplicación de los compromisos contraídos en el marco de las Naciones Unidas – ${country} (${cycle})`,
  submittedBy: "Presentado por",
  country: "País",
  cycle: "Ciclo de evaluación",
  date: "Fecha",
  contents: "Índice",
  notes: "Notas",
  demo: "Datos de demostración: no se trata de una evaluación real.",
  untranslated: "aún sin traducir",
  untranslatedNotice:
    "Los títulos de los elementos y los textos redactados por las organizaciones se mantienen en su idioma original.",
  sections: {
    "executive-summary": "Resumen ejecutivo",
    methodology: "Metodología",
    findings: "Conclusiones",
    obstacles: "Obstáculos",
    recommendations: "Recomendaciones",
    replies: "Respuestas del gobierno",
    annex: "Anexo: todos los elementos",
  },
  status: {
    no_information: "Sin información",
    not_started: "No iniciado",
    planned: "Previsto",
    in_progress: "En curso",
    substantial: "Sustancial",
    complete: "Completado",
    regressed: "En retroceso",
    not_applicable: "No aplicable",
  },
  // The country is named in brackets: some names take an article in Spanish ("el Perú"), which the data does not hold.
  summary: ({ country, cycle, assessed, total, counts }) =>
    `En el presente informe se evalúa la aplicación por el Estado examinado (${country}) de los compromisos contraídos en el marco de las Naciones Unidas para poner fin a la violencia contra las mujeres y las niñas en los contextos digitales, así como de las opciones prácticas del Plan rector para la acción nacional, en el ciclo ${cycle}. De ${items(total)}, se ${plural("es", assessed, { one: "evaluó", other: "evaluaron" })} ${n(assessed)}: ${counts}.`,
  statusCount: (count, status) => `${n(count)} ${status.toLocaleLowerCase("es")}`,
  score: (score, coverage, version) =>
    `Según la metodología de puntuación de Blueprint (versión ${version}), el país obtiene una puntuación de ${score} sobre 100, con una cobertura de ${coverage}.`,
  noScore: (version) =>
    `Ningún elemento obtuvo puntos según la metodología de puntuación de Blueprint (versión ${version}), por lo que no hay puntuación.`,
  editMe: "[Sustituya este resumen generado automáticamente por uno propio antes de presentar el informe.]",
  method: {
    scale: (version) =>
      `A cada compromiso y opción práctica se le asignó un estado en una escala de ocho niveles, conforme a la metodología de puntuación de Blueprint, versión ${version}. Todas las evaluaciones del presente informe fueron examinadas por una segunda persona antes de su publicación.`,
    points: (list) =>
      `Los estados otorgan puntos: ${list}. La puntuación de un elemento es el número de sus puntos dividido por el máximo y multiplicado por 100.`,
    leftOut: (list) => `${list} no otorgan puntos y se excluyen de todos los promedios; en cambio, reducen la cobertura.`,
    coalition:
      "Cuando varias organizaciones evaluaron el mismo elemento, el presente informe adopta el estado que otorga menos puntos y señala que el elemento es objeto de discrepancia cuando sus estados difieren.",
    evidence: "La evidencia se cita en las notas con su fuente, editor, fecha y página. Solo se cita evidencia pública.",
    evidenceInternal:
      "La evidencia se cita en las notas con su fuente, editor, fecha y página. El presente informe interno cita también la evidencia confidencial de la organización, señalada como tal en las notas.",
  },
  commitments: "Compromisos",
  options: "Opciones prácticas",
  statusLine: (status) => `Estado: ${status}.`,
  disputed: "Las organizaciones asignaron estados distintos a este elemento.",
  obstacleLine: (count) => `Señalado como obstáculo en ${items(count)}:`,
  noObstacles: "No se señaló ningún obstáculo.",
  recommendIntro:
    "Para cada opción práctica cuyo estado sea inferior a “sustancial”, recomendamos que el gobierno adopte la medida siguiente:",
  recommend: "Recomendación",
  noRecommendations: "Todas las opciones prácticas evaluadas han alcanzado al menos un nivel de aplicación sustancial.",
  replyFrom: (org, date) => `Respuesta de ${org}, ${date}:`,
  noReplies: "El gobierno no ha respondido a estas evaluaciones.",
  annexCaption: "Todos los elementos evaluables y su estado",
  annexHeader: ["Elemento", "Tipo", "Estado", "Evaluado por"],
  kind: { commitment: "Compromiso", option: "Opción práctica" },
  notAssessed: "Sin evaluar",
  seeNote: (title, note) => `${title}, véase la nota ${n(note)}.`,
  wordCount: (words, limit) => `${n(words)} ${plural("es", words, { one: "palabra", other: "palabras" })} (límite: ${n(limit)}).`,
  punctuation: { comma: ", ", semicolon: "; ", colon: ": ", stop: ".", space: " ", brackets: ["(", ")"] },
  confidential: "Confidencial: informe interno, no destinado a su publicación ni a su presentación",
  confidentialEvidence: "confidencial",
};
