export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface Country {
  iso3: string;
  iso2: string;
  m49: string;
  name: string;
  officialName: string;
  regionCode: string;
  subregionCode: string;
  intermediateCode: string | null;
  /** Localised names by BCP 47 language code (ar, es, fr, ru, zh, ...). */
  names: Record<string, string>;
}
