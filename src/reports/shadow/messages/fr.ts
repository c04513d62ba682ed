/**
 * The report's own words in French, in the register of UN documents (names of
 * bodies as the UN writes them; a no-break space before ":" and ";").
 */
import { formatNumber, plural } from "./intl";
import type { Messages } from "./types";

const n = (x: number) => formatNumber("fr", x);
/** French counts 0 and 1 as singular: "1 élément", "0 élément", "3 éléments". */
const items = (count: number) => `${n(count)} ${plural("fr", count, { one: "élément", other: "éléments" })}`;

export const fr: Messages = {
  title: {
    general: "Rapport alternatif",
    upr: "Examen périodique universel\u00a0: communication des parties prenantes",
    cedaw: "Rapport alternatif au Comité pour l’élimination de la discrimination à l’égard des femmes",
  },
  joint: "Communication conjointe",
  subtitle: (country, cycle) =>
    `Éliminer la violence à l’égard des femmes et des filles dans les contextes numériques\u00a0: mise en œuvre des engagements pris dans le cadre des Nations Unies – ${country} (${cycle})`,
  submittedBy: "Présenté par",
  country: "Pays",
  cycle: "Cycle d’évaluation",
  date: "Date",
  contents: "Table des matières",
  notes: "Notes",
  demo: "Données de démonstration\u00a0: il ne s’agit pas d’une évaluation réelle.",
  untranslated: "pas encore traduit",
  untranslatedNotice:
    "Les intitulés des éléments et les textes rédigés par les organisations restent dans leur langue d’origine.",
  sections: {
    "executive-summary": "Résumé analytique",
    methodology: "Méthodologie",
    findings: "Constatations",
    obstacles: "Obstacles",
    recommendations: "Recommandations",
    replies: "Réponses du gouvernement",
    annex: "Annexe\u00a0: liste de tous les éléments",
  },
  status: {
    no_information: "Aucune information",
    not_started: "Non commencé",
    planned: "Prévu",
    in_progress: "En cours",
    substantial: "Substantiel",
    complete: "Achevé",
    regressed: "En recul",
    not_applicable: "Sans objet",
  },
  // The country is named in brackets: French would need its article ("le Kenya", "la France"), which the data does not hold.
  summary: ({ country, cycle, assessed, total, counts }) =>
    `Le présent rapport évalue la mise en œuvre par l’État examiné (${country}) des engagements pris dans le cadre des Nations Unies pour éliminer la violence à l’égard des femmes et des filles dans les contextes numériques, ainsi que des options pratiques du Plan directeur pour l’action nationale, au cours du cycle ${cycle}. Sur ${items(total)}, ${n(assessed)} ${plural("fr", assessed, { one: "a été évalué", other: "ont été évalués" })}\u00a0: ${counts}.`,
  statusCount: (count, status) => `${n(count)} ${status.toLocaleLowerCase("fr")}`,
  score: (score, coverage, version) =>
    `Selon la méthodologie de notation de Blueprint (version ${version}), le pays obtient la note de ${score} sur 100, avec un taux de couverture de ${coverage}.`,
  noScore: (version) =>
    `Aucun élément n’a obtenu de points selon la méthodologie de notation de Blueprint (version ${version})\u00a0; il n’y a donc pas de note.`,
  editMe: "[Remplacez ce résumé généré automatiquement par votre propre texte avant de soumettre le rapport.]",
  method: {
    scale: (version) =>
      `Chaque engagement et chaque option pratique se sont vu attribuer un statut sur une échelle de huit niveaux, conformément à la méthodologie de notation de Blueprint, version ${version}. Chaque évaluation figurant dans le présent rapport a été examinée par une deuxième personne avant sa publication.`,
    points: (list) =>
      `Les statuts donnent lieu à des points\u00a0: ${list}. La note d’un élément correspond à ses points divisés par le maximum, multipliés par 100.`,
    leftOut: (list) =>
      `${list} ne donnent lieu à aucun point et sont exclus de toutes les moyennes\u00a0; ils réduisent en revanche le taux de couverture.`,
    coalition:
      "Lorsque plusieurs organisations ont évalué le même élément, le présent rapport retient le statut qui donne le moins de points et signale l’élément comme contesté lorsque leurs statuts diffèrent.",
    evidence:
      "Les éléments de preuve sont cités dans les notes avec leur source, leur éditeur, leur date et leur page. Seuls des éléments de preuve publics sont cités.",
    evidenceInternal:
      "Les éléments de preuve sont cités dans les notes avec leur source, leur éditeur, leur date et leur page. Le présent rapport interne cite également les éléments de preuve confidentiels de l’organisation, signalés comme tels dans les notes.",
  },
  commitments: "Engagements",
  options: "Options pratiques",
  statusLine: (status) => `Statut\u00a0: ${status}.`,
  disputed: "Les organisations ont attribué des statuts différents à cet élément.",
  obstacleLine: (count) => `Cité comme obstacle pour ${items(count)}\u00a0:`,
  noObstacles: "Aucun obstacle n’a été cité.",
  recommendIntro:
    "Pour chaque option pratique dont le statut est inférieur à «\u00a0substantiel\u00a0», nous recommandons au gouvernement de prendre la mesure suivante\u00a0:",
  recommend: "Recommandation",
  noRecommendations: "Chaque option pratique évaluée a atteint au moins un niveau de mise en œuvre substantiel.",
  replyFrom: (org, date) => `Réponse de ${org}, ${date}\u00a0:`,
  noReplies: "Le gouvernement n’a pas répondu à ces évaluations.",
  annexCaption: "Liste de tous les éléments évaluables et de leur statut",
  annexHeader: ["Élément", "Type", "Statut", "Évalué par"],
  kind: { commitment: "Engagement", option: "Option pratique" },
  notAssessed: "Non évalué",
  seeNote: (title, note) => `${title}, voir la note ${n(note)}.`,
  wordCount: (words, limit) => `${n(words)} ${plural("fr", words, { one: "mot", other: "mots" })} (limite\u00a0: ${n(limit)}).`,
  punctuation: { comma: ", ", semicolon: "\u00a0; ", colon: "\u00a0: ", stop: ".", space: " ", brackets: ["(", ")"] },
  confidential: "Confidentiel\u00a0: rapport interne, à ne pas publier ni soumettre",
  confidentialEvidence: "confidentiel",
};
