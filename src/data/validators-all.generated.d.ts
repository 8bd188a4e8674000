// Types for the generated standalone validators that report every error (see
// scripts/build-validators.mjs); the data checker (check.ts) reads them.
export interface ValidationError {
  /** JSON Pointer to the value, relative to the validated data. */
  instancePath: string;
  schemaPath: string;
  keyword: string;
  /** What the keyword needed: `missingProperty`, `type`, `pattern`, `limit`, `allowedValue`… */
  params: Record<string, unknown>;
  message?: string;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}
export const validateEnvelope: Validator;
export const validateMunicipality: Validator;
export const validateTheme: Validator;
export const validateTimelineItem: Validator;
/** The Polygon branch of the schema's geometry alone. */
export const validatePolygon: Validator;
/** The MultiPolygon branch of the schema's geometry alone. */
export const validateMultiPolygon: Validator;
