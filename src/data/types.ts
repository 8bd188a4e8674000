/** The two languages every text is available in. Dutch is the default. */
export type Lang = 'nl' | 'en';

/** A text in Dutch and, where it exists, English. */
export interface LocalizedText {
  nl: string;
  en?: string;
}

/** A WGS84 position: longitude, latitude. */
export type Position = [number, number] | [number, number, number];

export type Geometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface Municipality {
  /** CBS municipality code, e.g. `GM0794`. */
  code: string;
  /** Official CBS name. */
  name: string;
  short_name?: string;
  /** Lower-case, hyphenated name, e.g. `son-en-breugel`. */
  slug: string;
  /** Registered population on the dataset's `population_reference_date`. */
  population?: number;
  land_area_km2?: number;
  water_area_km2?: number;
  /** The municipality's website; only `https:`, `http:` or `mailto:` survive loading. */
  website?: string;
  seat?: string;
  /** A point well inside the municipality, for labels. */
  label_point?: Position;
  /** The boundary. Left out of the bundled dataset, which loads it only for a map. */
  boundary?: Geometry;
}

export interface Theme {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  period?: string;
  /** The theme's own page: the target of the "read more" link. No link without it. */
  url?: string;
  /** Where the theme's text comes from, primary sources first. */
  source_urls?: string[];
}

export type DatePrecision = 'year' | 'month' | 'day';

export interface TimelineItem {
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start: string;
  end?: string;
  date_precision: DatePrecision;
  title: LocalizedText;
  summary?: LocalizedText;
  theme_ids?: string[];
  /** The sources of the item, primary sources first; the timeline shows the first three. */
  source_urls?: string[];
  milestones?: { date: string; title: LocalizedText }[];
}

/** The shape of `region.json`; see `region.schema.json`. */
export interface Region {
  $schema?: string;
  /**
   * The file's format, `MAJOR.MINOR` (see {@link SCHEMA_VERSION} in load.ts): the same MAJOR is
   * read (fields of a newer MINOR are ignored), another is refused with reason `version`. A file
   * without it is 1.0.
   */
  schemaVersion?: string;
  /** The format as files before `schemaVersion` gave it: `1` is 1.0. */
  version?: 1;
  /** The date the figures describe. */
  reference_date?: string;
  region?: { name: string; short_name?: string };
  attribution?: LocalizedText;
  population_reference_date?: string;
  municipalities: Municipality[];
  themes: Theme[];
  timeline: TimelineItem[];
}

/** Why a remote dataset could not be used. */
export type LoadErrorReason = 'http' | 'cors' | 'network' | 'timeout' | 'parse' | 'version' | 'schema';
