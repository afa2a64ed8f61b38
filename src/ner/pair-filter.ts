/**
 * A bit set over hashed pairs of code units: "may a listed word begin with these two characters?"
 * No false negatives; false positives at the set's fill rate. Word lists put one in front of
 * their tables so that most positions of a text are turned away by one read of a small array,
 * where the tables (megabytes) would cost a cache miss.
 */
export class PairFilter {
  private readonly bitsSet: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  /** `log2Bits`: the set holds 2^log2Bits bits (18 = 32 KB, 21 = 256 KB). */
  constructor(log2Bits: number) {
    this.bitsSet = new Int32Array((1 << log2Bits) >>> 5);
    this.shift = 32 - log2Bits;
    this.mask = (1 << log2Bits) - 1;
  }

  add(first: number, second: number): void {
    const bit = this.bitOf(first, second);
    this.bitsSet[bit >>> 5]! |= 1 << (bit & 31);
  }

  mayHold(first: number, second: number): boolean {
    const bit = this.bitOf(first, second);
    return (this.bitsSet[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  private bitOf(first: number, second: number): number {
    return (Math.imul(Math.imul(first, 0x9e3779b1) ^ second, 0x85ebca6b) >>> this.shift) & this.mask;
  }
}
