import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelError } from '../errors.js';
import {
  CLUENER_SCHEME, MSRA_SCHEME, readCluener, readMsra, readResume, readWeibo, RESUME_SCHEME, WEIBO_SCHEME,
  type CorpusScheme, type LabelledSentence,
} from './corpus-readers.js';
import { splitPartOf } from './corpus-split.js';

/** One corpus cut into its training part, dev slice and held-out part (see corpus-split.ts). */
export interface SplitCorpus {
  scheme: CorpusScheme;
  train: LabelledSentence[];
  dev: LabelledSentence[];
  heldout: LabelledSentence[];
}

/** Reads the corpora under `datasetsDir` (the shared datasets folder); Weibo only if asked. */
export function loadSplitCorpora(datasetsDir: string, withWeibo: boolean): SplitCorpus[] {
  const read = (rel: string): string => {
    const path = join(datasetsDir, rel);
    if (!existsSync(path)) throw new ModelError(`${path}: training corpus not found (set TALENTFLOW_DATASETS to the datasets folder)`);
    return readFileSync(path, 'utf8');
  };
  const corpora: SplitCorpus[] = [
    split(MSRA_SCHEME, readMsra(read('msra/msra_train_bio.txt'))),
    split(RESUME_SCHEME, readResume(read('resume/train.char.bmes')), readResume(read('resume/dev.char.bmes'))),
    split(CLUENER_SCHEME, readCluener(read('cluener/train.json'))),
  ];
  if (withWeibo) {
    corpora.push(split(WEIBO_SCHEME, readWeibo(read('weibo/weiboNER_2nd_conll.train')), readWeibo(read('weibo/weiboNER_2nd_conll.dev'))));
  }
  return corpora;
}

function split(scheme: CorpusScheme, sentences: LabelledSentence[], heldOutFile?: LabelledSentence[]): SplitCorpus {
  const out: SplitCorpus = { scheme, train: [], dev: [], heldout: heldOutFile ?? [] };
  sentences.forEach((s, i) => out[splitPartOf(i, heldOutFile !== undefined)].push(s));
  return out;
}
