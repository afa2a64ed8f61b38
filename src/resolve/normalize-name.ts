import { toSimplified } from '../text/to-simplified.js';

/**
 * The comparison form of a person or organisation name: Traditional script as Simplified
 * (馮佳時 = 冯佳时), NFKC (full-width letters, compatibility forms), one space between words, Latin
 * letters lower-cased, and the interpunct of transliterated names (·, •, ・) treated as a space.
 */
export function normalizeName(name: string): string {
  return toSimplified(name.normalize('NFKC'))
    .replace(/[·•・‧]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
