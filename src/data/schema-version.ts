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
