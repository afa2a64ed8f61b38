import { fileURLToPath } from 'node:url';

/** Absolute path of a file shipped in the package's data/ folder (same depth from src/ and dist/). */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../data/${name}`, import.meta.url));
}

/** Absolute path of a file shipped in the package's models/ folder. */
export function modelPath(name: string): string {
  return fileURLToPath(new URL(`../models/${name}`, import.meta.url));
}
