// Types for the generated standalone validators (see scripts/build-validators.mjs).
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
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
