import type { TalentStore } from '../store/schema.js';
import type { Flow, FlowOptions, NetFlow, PeriodFilter } from './types.js';

/** Top flows between organisations (or organisation kinds), largest first. */
export async function getFlows(_store: TalentStore, _options: FlowOptions = {}): Promise<Flow[]> {
  throw new Error('getFlows: not implemented yet');
}

/** Net flow per organisation (arrivals − departures): top importers and exporters. */
export async function getNetFlows(_store: TalentStore, _options: PeriodFilter & { limit?: number } = {}): Promise<{ importers: NetFlow[]; exporters: NetFlow[] }> {
  throw new Error('getNetFlows: not implemented yet');
}
