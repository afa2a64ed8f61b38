/**
 * The comparison form of a person or organisation name: NFKC (full-width letters, compatibility
 * forms), one space between words, Latin letters lower-cased, and the interpunct of transliterated
 * names (·, •, ・) treated as a space. Names arrive in Simplified script from the extractor.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[·•・‧]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
