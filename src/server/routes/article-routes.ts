import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../create-server.js';
import { getDocument, listDocuments } from '../../analyze/index.js';
import { ingestDocument } from '../../pipeline/ingest-documents.js';
import { documentFromText } from '../../ingest/build-document.js';
import { readSources } from '../../ingest/read-sources.js';
import type { Document } from '../../ingest/document.js';
import { UsageError } from '../../errors.js';
import { ERROR_RESPONSES, PAGE_QUERY_PROPERTIES, PARTIAL_DATE, WRITE_ERROR_RESPONSES, pageOf } from '../json-schemas.js';
import { schemaList, schemaRef } from '../view-schemas.js';
import type { PageQuery } from './query-values.js';

interface AddArticleBody {
  text?: string;
  url?: string;
  title?: string;
  published?: string;
}

/** Stored articles (with facts at their evidence offsets) and "Add an article". */
export function registerArticleRoutes(api: FastifyInstance, context: RouteContext): void {
  const { store } = context;

  api.get<{ Querystring: PageQuery }>('/articles', {
    schema: {
      tags: ['articles'],
      summary: 'Stored articles, newest first',
      querystring: { type: 'object', properties: PAGE_QUERY_PROPERTIES, additionalProperties: false },
      response: { 200: pageOf(schemaRef('DocumentSummary'), 'A page of articles'), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { limit, offset } = request.query;
    return { ...(await listDocuments(store, { limit, offset })), limit, offset };
  });

  api.get<{ Params: { id: string } }>('/articles/:id', {
    schema: {
      tags: ['articles'],
      summary: 'One article: its stored text and every extracted fact with its evidence offsets',
      params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 200, description: 'Article id, or its document key' } }, required: ['id'] },
      response: { 200: schemaRef('DocumentView'), ...ERROR_RESPONSES },
    },
  }, async (request) => getDocument(store, /^\d{1,15}$/.test(request.params.id) ? Number(request.params.id) : request.params.id));

  api.post<{ Body: AddArticleBody }>('/articles', {
    config: { write: true },
    schema: {
      tags: ['articles'],
      summary: 'Add an article (pasted text, or a URL fetched with SSRF protection) and extract its facts at once',
      security: [{ bearerAuth: [] }],
      body: {
        type: 'object',
        properties: {
          text: { type: 'string', minLength: 1, description: 'The article text (plain text, Markdown or HTML)' },
          url: { type: 'string', pattern: '^https?://', maxLength: 2000, description: 'Fetched once; loopback, private and link-local addresses are refused' },
          title: { type: 'string', maxLength: 500 },
          published: { ...PARTIAL_DATE, description: 'Publication date, against which relative dates (去年12月) are resolved' },
        },
        additionalProperties: false,
        oneOf: [{ required: ['text'] }, { required: ['url'] }],
      },
      response: {
        200: {
          type: 'object',
          properties: {
            outcome: { type: 'string', enum: ['new', 'duplicate', 'near_duplicate'] },
            duplicate: { type: 'boolean' },
            document: schemaRef('DocumentSummary'),
            facts: schemaList(schemaRef('FactView')),
          },
          required: ['outcome', 'duplicate', 'document', 'facts'],
        },
        ...WRITE_ERROR_RESPONSES,
        422: { ...ERROR_RESPONSES[400], description: 'The URL could not be fetched or is not an article' },
      },
    },
  }, async (request) => {
    const doc = await readArticle(request.body, context);
    const result = await ingestDocument(store, doc);
    const { text: _text, facts: storedFacts, ...document } = await getDocument(store, result.documentId);
    // A duplicate stores nothing new: show the facts already stored for that text.
    const facts = result.outcome === 'duplicate' ? storedFacts : result.facts;
    return { outcome: result.outcome, duplicate: result.outcome === 'duplicate', document, facts };
  });
}

/** The Document for pasted text or a URL, through the ingest module's own reader and fetcher. */
async function readArticle(body: AddArticleBody, context: RouteContext): Promise<Document> {
  const published = body.published ? { published: body.published } : {};
  if (body.text !== undefined) {
    if (body.text.trim().length === 0) throw new UsageError('the article text is empty');
    const doc = documentFromText(body.text, 'paste', { ...published, maxBytes: context.maxArticleBytes });
    if (body.title?.trim()) doc.title = body.title.trim();
    return doc;
  }
  if (body.url === undefined) throw new UsageError('give the article as `text` or as `url`');
  const options = { ...published, allowPrivateNetwork: context.allowPrivateNetwork, maxBytes: context.maxArticleBytes, timeoutMs: context.fetchTimeoutMs };
  for await (const result of readSources([body.url], options)) {
    if (!result.ok) throw result.error;
    return result.document;
  }
  throw new UsageError(`${body.url}: no article found at this address`);
}
