/**
 * A one-line progress report on stderr, redrawn at most five times a second, for long runs.
 * stdout stays clean for data. Disabled when stderr is not a terminal (unless asked for).
 */
export class ProgressLine {
  private last = 0;
  private readonly started = performance.now();
  private chars = 0;
  private shown = false;

  constructor(private readonly enabled: boolean, private readonly label: string) {}

  update(message: string, charsDone = 0): void {
    this.chars += charsDone;
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? ` (${(this.chars / 1e6 / seconds).toFixed(1)} M chars/s)` : '';
    process.stderr.write(`\r\x1b[K${this.label}: ${message}${rate}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
  }

  done(summary: string): void {
    if (!this.enabled) return;
    this.clear();
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    process.stderr.write(`${this.label}: ${summary} in ${seconds} s\n`);
  }
}
