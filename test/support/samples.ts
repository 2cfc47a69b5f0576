// Paths and texts of the real sample articles, for tests.
import * as fs from 'fs';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export const SAMPLES_DIR = path.join(REPO, 'samples');
// The samples' hand-made gold lives with the tests (copied from ../shared/gold), so a clone runs
// every test; only the separately licensed NER training data stays in ../shared.
export const GOLD_DIR = path.join(REPO, 'test', 'fixtures', 'gold');
export const SHARED_DIR = path.resolve(REPO, '..', 'shared');
export const TRAIN_FILE = path.join(SHARED_DIR, 'data', 'anercorp', 'train.tsv');

/** The NER training file, or a failure that says what is missing and where it is expected. */
export function requireTrainFile(): string {
  if (!fs.existsSync(TRAIN_FILE)) {
    throw new Error(`${TRAIN_FILE} is missing: the NER training data (ANERcorp, CC BY-SA 4.0) is not in the repository; put ../shared/data/anercorp/train.tsv beside the clone to run the training tests`);
  }
  return TRAIN_FILE;
}

export function sampleNames(): string[] {
  return fs
    .readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function readSample(name: string): string {
  return fs.readFileSync(path.join(SAMPLES_DIR, name), 'utf8');
}
