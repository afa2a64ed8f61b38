import type { Document } from '../../src/ingest/document.js';
import type { Fact } from '../../src/extract/fact.js';
import { makeDocument, makeFact } from './test-setup.js';

/**
 * A small invented news corpus (names made up) with the facts an extractor would give for it:
 * a move with two sources, a date conflict, a unit departure, a boomerang, a homonym.
 */
export function scenario(): { docs: Document[]; facts: Map<string, Fact[]> } {
  const facts = new Map<string, Fact[]>();
  const docs: Document[] = [];
  const add = (id: string, published: string, text: string, make: (d: Document) => Fact[]) => {
    const d = makeDocument(id, text, published, `标题${id}`);
    docs.push(d);
    facts.set(id, make(d));
  };

  add('a', '2025-03-19', '去年底，TikTok算法负责人林晓东离职创业，今年1月创立星云智能，方向为AI Coding。', (d) => [
    makeFact(d, '林晓东', 'left', '字节跳动', '去年底，TikTok算法负责人林晓东离职创业', { unit: 'TikTok', role: '算法负责人', date: '2024-12' }),
    makeFact(d, '林晓东', 'founded', '星云智能', '今年1月创立星云智能，方向为AI Coding。', { date: '2025-01', sector: 'AI Coding', confidence: 0.6 }),
  ]);
  add('b', '2024-10-08', '据悉，阿里巴巴通义技术负责人赵明远已于9月加入字节跳动。', (d) => [
    makeFact(d, '赵明远', 'left', '阿里巴巴', d.text, { unit: '通义', role: '技术负责人', date: '2024-09', status: 'reported' }),
    makeFact(d, '赵明远', 'joined', '字节跳动', d.text, { date: '2024-09', status: 'reported', confidence: 0.7 }),
  ]);
  add('c', '2024-11-20', '今年7月离开阿里巴巴的赵明远，10月正式加盟字节跳动。', (d) => [
    makeFact(d, '赵明远', 'left', '阿里巴巴', d.text, { date: '2024-07' }),
    makeFact(d, '赵明远', 'joined', '字节跳动', d.text, { date: '2024-10', status: 'reported' }),
  ]);
  add('d', '2024-06-01', '零一万物算法副总裁陈思远加入了字节跳动。', (d) => [
    makeFact(d, '陈思远', 'left', '零一万物', d.text, { role: '算法副总裁' }),
    makeFact(d, '陈思远', 'joined', '字节跳动', d.text),
  ]);
  add('e', '2025-05-13', '2024年，陈思远离开零一万物，加入字节跳动负责技术规划。', (d) => [
    makeFact(d, '陈思远', 'left', '零一万物', d.text, { date: '2024' }),
    makeFact(d, '陈思远', 'joined', '字节跳动', d.text, { date: '2024', role: '负责技术规划' }),
  ]);
  add('f', '2023-08-01', '周明2019年离开百度，2023年回到百度，出任副总裁。', (d) => [
    makeFact(d, '周明', 'left', '百度', '周明2019年离开百度', { date: '2019' }),
    makeFact(d, '周明', 'joined', '百度', '2023年回到百度，出任副总裁。', { date: '2023', role: '副总裁', cause: 'return' }),
  ]);
  add('g', '2010-05-01', '王伟于2008年加入联想，负责笔记本业务。', (d) => [makeFact(d, '王伟', 'joined', '联想', d.text, { date: '2008' })]);
  add('h', '2025-02-01', '王伟今年1月加入月之暗面。', (d) => [makeFact(d, '王伟', 'joined', '月之暗面', d.text, { date: '2025-01' })]);
  add('i', '2025-09-01', '加入月之暗面不久的王伟已经离开。', (d) => [makeFact(d, '王伟', 'left', '月之暗面', d.text, { date: '2025-08' })]);
  return { docs, facts };
}
