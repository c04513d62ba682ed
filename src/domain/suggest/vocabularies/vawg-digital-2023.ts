/**
 * Per-item vocabulary for the vawg-digital-2023 pack: for each commitment and
 * practical option, the concepts of the thesaurus it is about and a few words
 * of the trade a law, policy or programme implementing it would use. Written
 * from the items' text, the source paper (its country examples and its Box 1
 * and Box 2 wording) and general knowledge of the field; never from the
 * labelled passages. An item's own text is indexed too: this only adds what a
 * drafter would say differently.
 */
import type { ItemVocabulary } from "../types";

export const VAWG_DIGITAL_2023: Record<string, ItemVocabulary> = {
  // HRC resolution 38/5
  "hrc-38-5-c01": {
    concepts: ["legislation", "criminal-offence", "online"],
    terms: ["criminalise", "offence", "penal code", "cybercrime act", "online safety act", "statute"],
  },
  "hrc-38-5-c02": {
    concepts: ["funding", "stereotypes"],
    terms: ["root causes", "prevention", "gender inequality", "unequal power relations", "adequately resourced"],
  },
  "hrc-38-5-c03": {
    concepts: ["gender-perspective", "impact-assessment", "cybersecurity"],
    terms: ["digital policy", "ict policy", "regulatory framework", "technical standards"],
  },
  "hrc-38-5-c04": {
    concepts: ["monitoring", "impact-assessment", "civil-society"],
    terms: ["oversight", "accountability mechanism", "evaluation", "gender impact"],
  },
  "hrc-38-5-c05": {
    concepts: ["platforms", "safety-by-design"],
    terms: ["product design", "corporate policies", "gender equality", "ethical design"],
  },
  "hrc-38-5-c06": {
    concepts: ["schools", "relationships-education", "children"],
    terms: ["curriculum", "consent", "prejudice"],
  },
  "hrc-38-5-c07": {
    concepts: ["expression", "public-life"],
    terms: ["silencing", "chilling effect", "women journalists", "speak online"],
  },
  "hrc-38-5-c08": {
    concepts: ["tech-careers"],
    terms: ["women in technology", "design of technology", "innovation", "women engineers"],
  },
  "hrc-38-5-c09": {
    concepts: ["gender-perspective", "judiciary", "police", "criminal-offence"],
    terms: ["criminal justice system", "crime prevention", "prosecution policy"],
  },
  "hrc-38-5-c10": {
    concepts: ["investigation", "judiciary", "remedy", "criminal-offence"],
    terms: ["impunity", "sanction", "timely investigation", "perpetrator"],
  },
  "hrc-38-5-c11": {
    concepts: ["awareness", "privacy", "remedy", "survivor-centred"],
    terms: ["public condemnation", "secondary victimisation", "anonymity of victims"],
  },
  "hrc-38-5-c12": {
    concepts: ["training", "police", "judiciary", "stereotypes"],
    terms: ["gender bias", "gender sensitivity", "victim blaming", "sensitisation"],
  },
  "hrc-38-5-c13": {
    concepts: ["platforms", "privacy", "user-reporting", "transparency"],
    terms: ["business enterprises", "data protection", "reporting mechanism", "company policies"],
  },
  "hrc-38-5-c14": {
    concepts: ["consultation", "civil-society"],
    terms: ["participation of women", "girls' participation", "co-design"],
  },
  "hrc-38-5-c15": {
    concepts: ["statistics", "disaggregation", "user-reporting"],
    terms: ["complaints", "annual statistics", "prosecutions", "convictions"],
  },
  "hrc-38-5-c16": {
    concepts: ["stereotypes", "awareness"],
    terms: ["good practices", "media", "advertising", "portrayal of women"],
  },
  "hrc-38-5-c17": {
    concepts: ["international-cooperation", "development-aid", "digital-divide"],
    terms: ["information divide", "access to technology"],
  },
  // General Assembly resolution 77/193
  "ga-77-193-c01": {
    concepts: ["harassment", "threats", "legislation", "criminal-offence"],
    terms: ["prohibit", "discrimination", "online and offline"],
  },
  "ga-77-193-c02": {
    concepts: ["digital-divide", "tech-careers"],
    terms: ["equal access", "internet access", "connectivity"],
  },
  "ga-77-193-c03": {
    concepts: ["gender-perspective", "safety-by-design"],
    terms: ["technology design", "development of technologies"],
  },
  "ga-77-193-c04": {
    concepts: ["threats", "hate-speech", "defamation", "doxing"],
    terms: ["online attacks", "intimidation", "hate speech", "defamation law"],
  },
  // CSW67 agreed conclusions
  "csw67-c01": {
    concepts: ["investigation", "coordination", "workplace", "criminal-offence"],
    terms: ["impunity", "punish", "multisectoral response"],
  },
  "csw67-c02": {
    concepts: [
      "intimate-images",
      "without-consent",
      "harassment",
      "hate-speech",
      "trafficking",
      "child-sexual-abuse",
      "deepfakes",
    ],
    terms: ["image-based abuse", "sextortion", "revenge porn", "sexual exploitation"],
  },
  "csw67-c03": {
    concepts: ["research", "statistics", "monitoring"],
    terms: ["trends", "patterns", "evidence-based policy", "measure impact"],
  },
  "csw67-c04": {
    concepts: ["legislation", "consultation", "civil-society", "victims"],
    terms: ["amend legislation", "survivor-informed", "fast-track procedures"],
  },
  "csw67-c05": {
    concepts: ["action-plan"],
    terms: ["comprehensive measures", "programmes", "human rights violations"],
  },
  "csw67-c06": {
    concepts: ["helpline", "support-services", "victims", "user-reporting", "rights-information", "survivor-centred"],
    terms: ["access to justice", "legal services", "health services", "legal remedies", "confidential reporting"],
  },
  "csw67-c07": {
    concepts: ["child-sexual-abuse", "children"],
    terms: ["child protection", "online child sexual exploitation", "age-appropriate"],
  },
  "csw67-c08": {
    concepts: ["training", "coordination", "police", "judiciary"],
    terms: ["parliamentarians", "health workers", "social workers", "educators", "digital expertise"],
  },
  "csw67-c09": {
    concepts: ["moderation", "removal", "user-reporting", "transparency", "safety-by-design", "platforms"],
    terms: ["content moderation", "reporting systems", "content removal", "safeguards"],
  },
  // Strategy 1
  "s01-o1": {
    concepts: ["awareness", "un-commitments"],
    terms: ["translate", "national languages", "local languages", "influencers", "public figures"],
  },
  "s01-o2": {
    concepts: ["schools", "relationships-education", "stereotypes"],
    terms: ["early intervention", "prevention education", "attitudinal change", "primary prevention"],
  },
  "s01-o3": {
    concepts: ["platforms", "multistakeholder", "un-commitments"],
    terms: ["private sector", "industry", "technology companies", "cooperation with industry"],
  },
  // Strategy 2
  "s02-o1": {
    concepts: ["coordination", "regulator"],
    terms: ["lead ministry", "lead department", "enforcement office", "esafety commissioner", "national machinery"],
  },
  "s02-o2": {
    concepts: ["law-review", "legislation"],
    terms: ["regulatory gaps", "legal framework", "mapping", "reform"],
  },
  "s02-o3": {
    concepts: ["consultation", "civil-society", "victims", "platforms"],
    terms: ["draft bill", "amendment", "stakeholders", "technology intermediaries"],
  },
  "s02-o4": {
    concepts: ["impact-assessment", "gender-perspective"],
    terms: ["gender ministry", "ministry of women", "draft law", "gender-responsiveness"],
  },
  "s02-o5": {
    concepts: ["funding", "legislation"],
    terms: ["implementation budget", "enforcement", "resources for implementation"],
  },
  // Strategy 3
  "s03-o1": {
    concepts: ["action-plan"],
    terms: ["national action plan", "women, peace and security", "gender equality strategy", "technology-facilitated"],
  },
  "s03-o2": {
    concepts: ["cybersecurity", "gender-perspective"],
    terms: ["national cybersecurity strategy", "digital policy", "national security"],
  },
  "s03-o3": {
    concepts: ["tech-careers", "digital-divide"],
    terms: ["digital inclusion", "women in tech", "girls in ict", "mentoring"],
  },
  // Strategy 4
  "s04-o1": {
    concepts: ["survey", "statistics"],
    terms: ["national survey", "prevalence survey", "ethical", "definitions", "national statistics office"],
  },
  "s04-o2": {
    concepts: ["platforms", "transparency", "research", "removal", "user-reporting"],
    terms: ["data access", "researcher access", "anonymised data", "appeals"],
  },
  // Strategy 5
  "s05-o1": {
    concepts: ["cybersecurity", "development-aid", "training", "gender-perspective"],
    terms: ["cyber capacity building", "intersectional"],
  },
  "s05-o2": {
    concepts: ["regional"],
    terms: ["regional organisation", "harmonise", "regional framework", "regional approach"],
  },
  "s05-o3": {
    concepts: ["development-aid", "funding", "civil-society"],
    terms: ["official development assistance", "grants", "women's rights organisations", "international assistance"],
  },
  // Strategy 6
  "s06-o1": {
    concepts: ["training", "police", "doxing", "intimate-images", "harassment"],
    terms: ["harassment campaigns", "doxing", "forms of abuse", "recognise"],
  },
  "s06-o2": {
    concepts: ["training"],
    terms: ["continuum", "offline violence", "physical violence", "as serious"],
  },
  "s06-o3": {
    concepts: ["user-reporting", "platforms", "survivor-centred"],
    terms: ["report in real time", "reporting tool", "trauma-informed"],
  },
  // Strategy 7
  "s07-o1": {
    concepts: ["multistakeholder", "platforms", "research"],
    terms: ["working group", "interdepartmental", "multisectoral", "exchange information"],
  },
  "s07-o2": {
    concepts: ["emerging-technology", "legislation"],
    terms: ["future-proof", "technology-neutral", "broad definitions", "emerging threats"],
  },
  "s07-o3": {
    concepts: ["regulator", "removal", "platforms"],
    terms: ["compel", "removal order", "takedown", "enforcement powers", "penalties for non-compliance"],
  },
  // Strategy 8
  "s08-o1": {
    concepts: ["diplomacy", "un-commitments"],
    terms: ["ministry of foreign affairs", "multilateral negotiations", "delegation"],
  },
  "s08-o2": {
    concepts: ["diplomacy", "civil-society", "consultation", "research"],
    terms: ["lived experience", "negotiating positions"],
  },
  "s08-o3": {
    concepts: ["diplomacy", "awareness", "un-commitments"],
    terms: ["statements", "public diplomacy", "priorities"],
  },
  // Strategy 9
  "s09-o1": {
    concepts: ["civil-society", "funding", "consultation", "marginalised-groups"],
    terms: ["core funding", "grants", "digital rights", "diversity of voices"],
  },
  "s09-o2": {
    concepts: ["shadow-report", "monitoring", "civil-society"],
    terms: ["track implementation", "scorecard", "accountability"],
  },
  "s09-o3": {
    concepts: ["consultation", "civil-society", "digital-divide"],
    terms: ["advocacy", "inclusive consultation", "lived experience"],
  },
  // Strategy 10
  "s10-o1": {
    concepts: ["rights-information", "remedy", "support-services"],
    terms: ["know your rights", "toolkit", "legal information", "options for redress"],
  },
  "s10-o2": {
    concepts: ["research", "emerging-technology"],
    terms: ["gendered disinformation", "drivers", "elections", "study"],
  },
  "s10-o3": {
    concepts: ["public-life", "training"],
    terms: ["women candidates", "journalists", "human rights defenders", "digital security training", "online safety training"],
  },
};
