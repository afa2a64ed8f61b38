/**
 * The fixed split of each training corpus. MSRA and CLUENER: every sentence whose 0-based index
 * mod 10 is 0 is held out (scored, never trained on); index mod 10 = 1 is the dev slice, which
 * picks the number of epochs and the default domain, and is then trained on with the rest for the
 * shipped model. Resume and Weibo ship a dev file: it is the held-out part, and index mod 10 = 1 of
 * their training file is the dev slice. No randomness, so no seed is needed.
 */
export type SplitPart = 'train' | 'dev' | 'heldout';

export function splitPartOf(index: number, hasSeparateHeldOut: boolean): SplitPart {
  if (!hasSeparateHeldOut && index % 10 === 0) return 'heldout';
  return index % 10 === 1 ? 'dev' : 'train';
}
