import { describe, expect, it } from 'vitest';
import { choosePerson } from './choose-person.js';

describe('choosePerson', () => {
  const earlier = { personId: 1, orgIds: new Set([10]), years: [2008] };

  it('a name never seen makes a new person', () => {
    expect(choosePerson({ orgIds: new Set([10]), years: [] }, [])).toEqual({ personId: null, homonymOf: null });
  });

  it('the same name at a shared organisation is the same person, however far apart', () => {
    expect(choosePerson({ orgIds: new Set([10]), years: [2025] }, [earlier])).toEqual({ personId: 1 });
  });

  it('"王伟于2008年加入联想" and "王伟今年加入月之暗面" (2025): no shared organisation, 17 years apart — kept apart', () => {
    expect(choosePerson({ orgIds: new Set([20]), years: [2025] }, [earlier])).toEqual({ personId: null, homonymOf: 1 });
  });

  it('no shared organisation but close in time, or undated: the same person', () => {
    expect(choosePerson({ orgIds: new Set([20]), years: [2011] }, [earlier])).toEqual({ personId: 1 });
    expect(choosePerson({ orgIds: new Set([20]), years: [] }, [earlier])).toEqual({ personId: 1 });
  });

  it('among homonyms, the one sharing an organisation wins', () => {
    const later = { personId: 2, orgIds: new Set([20]), years: [2025] };
    expect(choosePerson({ orgIds: new Set([20]), years: [2009] }, [earlier, later])).toEqual({ personId: 2 });
  });
});
