/**
 * Folds text for matching what people type against names in the data: lower case, without
 * accents, without format characters (zero-width spaces, soft hyphens, bidirectional controls),
 * with quotes dropped and every other run of punctuation or space read as one space.
 * "Son-en-Bréugel", "‘son en breugel’" and "Son\u200ben Breugel" all fold to "son en breugel".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/['‘’‚‛"“”„‟`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
