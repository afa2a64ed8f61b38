/**
 * JSON schemas of the analytics' result types (src/analyze/types.ts), registered once with $id so
 * the OpenAPI document names them as components. Objects allow further properties: a field the
 * analytics add later passes through instead of being dropped by the serializer.
 */

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;
const nStr = { type: ['string', 'null'] } as const;
const nInt = { type: ['integer', 'null'] } as const;
const nNum = { type: ['number', 'null'] } as const;
const relation = { type: 'string', enum: ['joined', 'left', 'founded', 'stepped_down'] } as const;
const status = { type: 'string', enum: ['confirmed', 'reported'] } as const;
const reviewState = { type: 'string', enum: ['pending', 'accepted', 'rejected', 'corrected'] } as const;
const ref = (id: string) => ({ $ref: `${id}#` });
const nullable = (id: string) => ({ anyOf: [ref(id), { type: 'null' }] });
const list = (item: object) => ({ type: 'array', items: item });

function object(id: string, description: string, properties: Record<string, object>, required = Object.keys(properties)) {
  return { $id: id, description, type: 'object', properties, required, additionalProperties: true };
}

export const VIEW_SCHEMAS = [
  object('PersonRef', 'A person', { id: int, name: str }),
  object('OrgRef', 'An organisation', { id: int, name: str, kind: str }),
  object('FactView', 'One extracted fact as stored, after review decisions', {
    id: int, factKey: str, docId: int, docKey: str, person: str, personId: nInt, relation, org: nStr, orgId: nInt,
    unit: nStr, role: nStr, date: nStr, status, evidence: str, evidenceStart: nInt, evidenceEnd: nInt,
    sector: nStr, cause: nStr, confidence: nNum, extractor: nStr, reviewState, independent: bool,
  }),
  object('SourceRef', 'One document stating a claim, with its evidence', {
    factId: int, factKey: str, docId: int, docKey: str, title: nStr, url: nStr, published: nStr, evidence: str,
    evidenceStart: nInt, evidenceEnd: nInt, date: nStr, role: nStr, unit: nStr, status, confidence: nNum, reviewState, independent: bool,
  }),
  object('Conflict', 'Sources of one claim that disagree on a field', {
    field: { type: 'string', enum: ['date', 'role'] },
    values: list({ type: 'object', properties: { value: str, factIds: list(int) }, required: ['value', 'factIds'] }),
  }),
  object('ClaimView', 'The same (person, relation, organisation) stated by one or more documents', {
    id: int, person: ref('PersonRef'), relation, org: nullable('OrgRef'), unit: nStr, role: nStr, date: nStr, status,
    sourceCount: int, sector: nStr, conflicts: list(ref('Conflict')), sources: list(ref('SourceRef')),
  }),
  object('MoveView', 'A derived move: left `from`, then joined or founded `to`', {
    id: int, person: ref('PersonRef'), from: nullable('OrgRef'), to: nullable('OrgRef'), toRelation: { type: 'string', enum: ['joined', 'founded'] },
    date: nStr, status, sourceCount: int, conflicts: list(ref('Conflict')), sources: list(ref('SourceRef')),
  }),
  object('Overview', 'Counts of the store', {
    documents: int, nearDuplicates: int, facts: int, people: int, orgs: int, claims: int, moves: int, conflicts: int, pendingReview: int, homonyms: int,
  }),
  object('OrgDetail', 'An organisation with parent, subsidiaries, aliases, units and counts', {
    id: int, name: str, kind: str, sector: nStr, parent: nullable('OrgRef'), children: list(ref('OrgRef')), aliases: list(str),
    units: list({ type: 'object', properties: { name: str, facts: int }, required: ['name', 'facts'] }),
    counts: { type: 'object', properties: { departures: int, arrivals: int, founders: int, alumni: int }, required: ['departures', 'arrivals', 'founders', 'alumni'] },
  }),
  object('Alumnus', 'Someone who left the organisation, where they went and what they founded', {
    person: ref('PersonRef'),
    left: ref('ClaimView'),
    wentTo: list({ type: 'object', properties: { org: nullable('OrgRef'), relation: { type: 'string', enum: ['joined', 'founded'] }, date: nStr }, required: ['org', 'relation', 'date'] }),
    founded: list({ type: 'object', properties: { org: nullable('OrgRef'), sector: nStr, date: nStr }, required: ['org', 'sector', 'date'] }),
  }),
  object('OrgActivity', 'Departures and arrivals per month or quarter', {
    org: ref('OrgRef'),
    period: { type: 'string', enum: ['month', 'quarter'] },
    series: list({ type: 'object', properties: { period: str, departures: int, arrivals: int }, required: ['period', 'departures', 'arrivals'] }),
    undated: { type: 'object', properties: { departures: int, arrivals: int }, required: ['departures', 'arrivals'] },
  }),
  object('OrgNetwork', 'Ego network: the organisation, people who left or joined it, where they went next', {
    org: ref('OrgRef'),
    nodes: list({ type: 'object', properties: { id: str, type: { type: 'string', enum: ['org', 'person'] }, label: str, kind: str }, required: ['id', 'type', 'label'] }),
    edges: list({ type: 'object', properties: { source: str, target: str, relation, date: nStr }, required: ['source', 'target', 'relation', 'date'] }),
  }),
  object('Founder', 'A founder, what they founded, and the organisations they had left', {
    person: ref('PersonRef'), org: nullable('OrgRef'), sector: nStr, date: nStr, previous: list(ref('OrgRef')), claimId: int,
  }),
  object('NetFlow', 'Arrivals minus departures of one organisation', { org: ref('OrgRef'), arrivals: int, departures: int, net: int }),
  object('Flow', 'People moving from one organisation (or kind) to another', {
    from: { type: 'object', properties: { id: nInt, name: str, kind: str }, required: ['id', 'name', 'kind'] },
    to: { type: 'object', properties: { id: nInt, name: str, kind: str }, required: ['id', 'name', 'kind'] },
    count: int,
  }),
  object('Boomerang', 'Someone who went back to an organisation they had left', {
    person: ref('PersonRef'), org: ref('OrgRef'),
    left: { type: 'object', properties: { date: nStr, claimId: int } },
    rejoined: { type: 'object', properties: { date: nStr, claimId: int } },
  }),
  object('PersonTimeline', 'A career: claims ordered by date with sources and conflicts, and the derived moves', {
    person: ref('PersonRef'), aliases: list(str), homonyms: list(ref('PersonRef')), entries: list(ref('ClaimView')), moves: list(ref('MoveView')),
  }),
  object('DocumentSummary', 'A stored article', {
    id: int, docKey: str, source: str, url: nStr, title: nStr, published: nStr, nearDuplicateOf: nInt, ingestedAt: str, factCount: int,
  }),
  object('DocumentView', 'A stored article with its text and its facts at their evidence offsets', {
    id: int, docKey: str, source: str, url: nStr, title: nStr, published: nStr, nearDuplicateOf: nInt, ingestedAt: str, factCount: int,
    text: str, facts: list(ref('FactView')),
  }),
  object('DocumentHit', 'An article matching a search', { id: int, docKey: str, title: nStr, published: nStr, snippet: str }),
  object('ReviewItem', 'A fact awaiting review, with the article it comes from', {
    id: int, factKey: str, docId: int, docKey: str, person: str, personId: nInt, relation, org: nStr, orgId: nInt,
    unit: nStr, role: nStr, date: nStr, status, evidence: str, evidenceStart: nInt, evidenceEnd: nInt,
    sector: nStr, cause: nStr, confidence: nNum, extractor: nStr, reviewState, independent: bool, docTitle: nStr, published: nStr,
  }),
  object('ReviewDecision', 'A stored review decision', {
    id: int, targetKind: { type: 'string', enum: ['fact', 'person', 'org'] }, target: str, action: str, payload: {}, createdAt: str, author: nStr,
  }),
] as const;

export { ref as schemaRef, list as schemaList, num as NUMBER };
