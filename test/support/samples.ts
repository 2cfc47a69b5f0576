// Paths and texts of the real sample articles, for tests.
import * as fs from 'fs';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export const SAMPLES_DIR = path.join(REPO, 'samples');
export const SHARED_DIR = path.resolve(REPO, '..', 'shared');

export function sampleNames(): string[] {
  return fs.readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function readSample(name: string): string {
  return fs.readFileSync(path.join(SAMPLES_DIR, name), 'utf8');
}
