/**
 * The format of region.json these widgets read, `MAJOR.MINOR`. A file of the same MAJOR is read,
 * whatever its MINOR: a newer MINOR only adds fields, which are ignored. A file of another MAJOR
 * is refused with reason `version`, before its content is checked against the schema.
 */
export const SCHEMA_VERSION = '1.0';

/**
 * Whether a file of format `file` can be read by widgets that read format `reader` (both
 * `MAJOR.MINOR`): only the MAJOR counts.
 */
export function compatibleSchemaVersion(file: string, reader: string = SCHEMA_VERSION): boolean {
  return file.split('.')[0] === reader.split('.')[0];
}

/**
 * The `schemaVersion` a parsed file declares when it is a format these widgets cannot read
 * (`MAJOR.MINOR` of another MAJOR), else `undefined`: also for a file without one (1.0) or with
 * one the schema refuses, which the schema check explains.
 */
export function unreadableSchemaVersion(json: unknown): string | undefined {
  const declared = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof declared !== 'string' || !/^\d+\.\d+$/.test(declared) || compatibleSchemaVersion(declared)) return undefined;
  return declared;
}

/** The formats these widgets read, as a reader says it: `1.x`. */
export const READABLE_FORMATS = `${SCHEMA_VERSION.split('.')[0]}.x`;
