/**
 * Counts of 32-bit feature keys in an open-addressing table (a JS Map is slower and caps at
 * 2^24 entries; the training corpora give several million distinct keys). Key 0 is never stored.
 */
export class KeyCounter {
  private keys: Int32Array;
  private counts: Int32Array;
  private used = 0;

  constructor(initialCapacity = 1 << 20) {
    let size = 1024;
    while (size < initialCapacity) size *= 2;
    this.keys = new Int32Array(size);
    this.counts = new Int32Array(size);
  }

  get size(): number {
    return this.used;
  }

  add(key: number): void {
    if (key === 0) return;
    if (this.used * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let s = key & mask;
    while (this.keys[s] !== 0 && this.keys[s] !== key) s = (s + 1) & mask;
    if (this.keys[s] === 0) { this.keys[s] = key; this.used++; }
    this.counts[s]!++;
  }

  count(key: number): number {
    if (key === 0) return 0;
    const mask = this.keys.length - 1;
    let s = key & mask;
    while (this.keys[s] !== 0) {
      if (this.keys[s] === key) return this.counts[s]!;
      s = (s + 1) & mask;
    }
    return 0;
  }

  /** Every key counted at least `min` times, in ascending order (deterministic ids). */
  keysWithCount(min: number): Int32Array {
    const out: number[] = [];
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0 && this.counts[s]! >= min) out.push(this.keys[s]!);
    return Int32Array.from(out).sort();
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.counts = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i]!;
      if (k === 0) continue;
      let s = k & mask;
      while (this.keys[s] !== 0) s = (s + 1) & mask;
      this.keys[s] = k;
      this.counts[s] = oldCounts[i]!;
    }
  }
}
