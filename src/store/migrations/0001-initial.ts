import { type Kysely, type CreateTableBuilder } from 'kysely';
import type { StoreDialect } from '../schema.js';

/**
 * The first schema, written once with kysely's schema builder so it runs on SQLite and PostgreSQL.
 * The only engine-specific parts are the id column type and the full-text index (migration 0002).
 */
export function initialMigration(dialect: StoreDialect) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const withId = (t: CreateTableBuilder<any, any>) =>
    dialect === 'postgres'
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('documents'))
        .addColumn('doc_key', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('published', 'text')
        .addColumn('published_inferred', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('fingerprint', 'text')
        .addColumn('fp_band0', 'text')
        .addColumn('fp_band1', 'text')
        .addColumn('fp_band2', 'text')
        .addColumn('fp_band3', 'text')
        .addColumn('near_duplicate_of', 'integer')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('format', 'text')
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('extractor', 'text')
        .execute();
      for (const b of [0, 1, 2, 3]) {
        await db.schema.createIndex(`documents_fp_band${b}`).on('documents').column(`fp_band${b}`).execute();
      }
      await db.schema.createIndex('documents_published').on('documents').column('published').execute();

      await withId(db.schema.createTable('people'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('norm_name', 'text', (c) => c.notNull())
        .addColumn('homonym_of', 'integer')
        .addColumn('merged_into', 'integer')
        .execute();
      await db.schema.createIndex('people_norm_name').on('people').column('norm_name').execute();

      await db.schema
        .createTable('person_aliases')
        .addColumn('person_id', 'integer', (c) => c.notNull())
        .addColumn('alias', 'text', (c) => c.notNull())
        .addColumn('norm_alias', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('person_aliases_pk', ['person_id', 'norm_alias'])
        .execute();
      await db.schema.createIndex('person_aliases_norm').on('person_aliases').column('norm_alias').execute();

      await withId(db.schema.createTable('orgs'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('norm_name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('unknown'))
        .addColumn('sector', 'text')
        .addColumn('parent_id', 'integer')
        .addColumn('merged_into', 'integer')
        .execute();
      await db.schema.createIndex('orgs_norm_name').on('orgs').column('norm_name').execute();
      await db.schema.createIndex('orgs_parent').on('orgs').column('parent_id').execute();

      await db.schema
        .createTable('org_aliases')
        .addColumn('org_id', 'integer', (c) => c.notNull())
        .addColumn('alias', 'text', (c) => c.notNull())
        .addColumn('norm_alias', 'text', (c) => c.notNull().unique())
        .execute();
      await db.schema.createIndex('org_aliases_org').on('org_aliases').column('org_id').execute();

      await withId(db.schema.createTable('facts'))
        .addColumn('doc_id', 'integer', (c) => c.notNull())
        .addColumn('fact_key', 'text', (c) => c.notNull())
        .addColumn('person', 'text', (c) => c.notNull())
        .addColumn('person_id', 'integer')
        .addColumn('relation', 'text', (c) => c.notNull())
        .addColumn('org', 'text')
        .addColumn('org_id', 'integer')
        .addColumn('unit', 'text')
        .addColumn('role', 'text')
        .addColumn('date', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('evidence_start', 'integer')
        .addColumn('evidence_end', 'integer')
        .addColumn('sector', 'text')
        .addColumn('cause', 'text')
        .addColumn('confidence', 'real')
        .addColumn('extractor', 'text')
        .addColumn('review_state', 'text', (c) => c.notNull().defaultTo('pending'))
        .addColumn('independent', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('facts_doc').on('facts').column('doc_id').execute();
      await db.schema.createIndex('facts_person').on('facts').columns(['person_id', 'date']).execute();
      await db.schema.createIndex('facts_org').on('facts').columns(['org_id', 'relation']).execute();
      await db.schema.createIndex('facts_key').on('facts').column('fact_key').execute();
      await db.schema.createIndex('facts_review').on('facts').columns(['review_state', 'confidence']).execute();

      await withId(db.schema.createTable('claims'))
        .addColumn('person_id', 'integer', (c) => c.notNull())
        .addColumn('relation', 'text', (c) => c.notNull())
        .addColumn('org_id', 'integer')
        .addColumn('date', 'text')
        .addColumn('date_sort', 'text')
        .addColumn('role', 'text')
        .addColumn('unit', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('source_count', 'integer', (c) => c.notNull())
        .addColumn('has_conflict', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('conflicts', 'text')
        .addColumn('sector', 'text')
        .execute();
      await db.schema.createIndex('claims_person').on('claims').columns(['person_id', 'date_sort']).execute();
      await db.schema.createIndex('claims_org').on('claims').columns(['org_id', 'relation', 'date_sort']).execute();

      await db.schema
        .createTable('claim_sources')
        .addColumn('claim_id', 'integer', (c) => c.notNull())
        .addColumn('fact_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('claim_sources_pk', ['claim_id', 'fact_id'])
        .execute();
      await db.schema.createIndex('claim_sources_fact').on('claim_sources').column('fact_id').execute();

      await withId(db.schema.createTable('moves'))
        .addColumn('person_id', 'integer', (c) => c.notNull())
        .addColumn('from_org_id', 'integer')
        .addColumn('to_org_id', 'integer')
        .addColumn('to_relation', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('date_sort', 'text')
        .addColumn('left_claim_id', 'integer', (c) => c.notNull())
        .addColumn('to_claim_id', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('moves_person').on('moves').column('person_id').execute();
      await db.schema.createIndex('moves_from').on('moves').columns(['from_org_id', 'date_sort']).execute();
      await db.schema.createIndex('moves_to').on('moves').columns(['to_org_id', 'date_sort']).execute();
      await db.schema.createIndex('moves_date').on('moves').column('date_sort').execute();

      await withId(db.schema.createTable('review_decisions'))
        .addColumn('target_kind', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('payload', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('author', 'text')
        .execute();
      await db.schema.createIndex('review_target').on('review_decisions').columns(['target_kind', 'target']).execute();
    },
  };
}
