// Child process of the interrupted-ingest test: ingests a folder into a store, one line per document.
import { openStore } from '../../src/store/open-store.js';
import { ingestDocuments } from '../../src/pipeline/ingest-documents.js';

const [url, dir] = process.argv.slice(2);
const store = await openStore(url);
await ingestDocuments(store, [dir!], {}, (p) => process.stdout.write(`${p.outcome}\n`));
await store.close();
