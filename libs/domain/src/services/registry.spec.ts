import { expiryTransitions, getService, SERVICES } from './registry';

// Every service definition is data the engine trusts: each code it refers to must exist in the same definition.
describe.each(SERVICES.map((s) => [s.slug, s] as const))('service definition %s', (_slug, service) => {
  const events = new Set([service.workflow.initialEvent ?? 'receive', ...service.workflow.transitions.map((t) => t.event)]);
  const states = new Set(service.workflow.states.map((s) => s.code));
  const termIds = new Set(service.terms.map((t) => t.id));
  const groundCodes = new Set(service.grounds.map((g) => g.code));
  const channelCodes = new Set(service.channels.map((c) => c.code));

  it('should name only known states in its transitions', () => {
    expect(states.has(service.workflow.initial)).toBe(true);
    for (const t of service.workflow.transitions) {
      for (const from of t.from) expect({ event: t.event, from, known: states.has(from) }).toEqual({ event: t.event, from, known: true });
      if (t.to !== '=') expect({ event: t.event, to: t.to, known: states.has(t.to) }).toEqual({ event: t.event, to: t.to, known: true });
    }
  });

  it('should start, end, pause and cancel its terms only on events of its workflow', () => {
    for (const term of service.terms) {
      const used = [...term.startsOn, ...term.endsOn, ...(term.pausesOn ?? []), ...(term.resumesOn ?? []), ...(term.restartsOn ?? []), ...(term.cancelsOn ?? []), ...(term.extension?.on ?? [])];
      expect({ term: term.id, unknown: used.filter((e) => !events.has(e)) }).toEqual({ term: term.id, unknown: [] });
      expect({ term: term.id, unknownStates: (term.startsInto ?? []).filter((s) => !states.has(s)) }).toEqual({ term: term.id, unknownStates: [] });
      expect({ term: term.id, unknownChannels: (term.channels ?? []).filter((c) => !channelCodes.has(c)) }).toEqual({ term: term.id, unknownChannels: [] });
      if (term.notLaterThan) expect(termIds.has(term.notLaterThan.termId)).toBe(true);
    }
  });

  it('should have unique term ids and ground codes', () => {
    expect(termIds.size).toBe(service.terms.length);
    expect(groundCodes.size).toBe(service.grounds.length);
  });

  it('should fire expiry transitions on its own terms, which that transition cancels rather than breaches', () => {
    for (const t of service.workflow.transitions.filter((x) => x.firesOnExpiryOf)) {
      const term = service.terms.find((x) => x.id === t.firesOnExpiryOf);
      expect({ event: t.event, automatic: t.automatic, cancels: term?.cancelsOn?.includes(t.event) }).toEqual({ event: t.event, automatic: true, cancels: true });
    }
  });

  it('should preset only grounds of its own list', () => {
    for (const t of service.workflow.transitions.filter((x) => x.presetData)) {
      const codes = (t.presetData?.groundCodes as string[] | undefined) ?? [];
      expect(codes.filter((c) => !groundCodes.has(c))).toEqual([]);
    }
  });

  it('should point its procedures at its own terms, grounds and events', () => {
    for (const m of service.procedures?.missingDocuments ?? []) {
      expect([termIds.has(m.waitTermId), groundCodes.has(m.refusalGround), events.has(m.event)]).toEqual([true, true, true]);
      expect(service.workflow.transitions.find((t) => t.event === m.event)?.effects).toContain('request_missing_documents');
    }
    const extension = service.procedures?.extension;
    if (extension) expect(service.terms.find((t) => t.id === extension.termId)?.extension).toBeDefined();
  });
});

describe('expiryTransitions', () => {
  it('should list the capital-repair waiting terms whose lapse the sweep turns into a refusal draft or a resumed review', () => {
    const capital = expiryTransitions().filter((x) => x.serviceSlug === 'capital-repair-compensation');
    expect(capital).toEqual(
      expect.arrayContaining([
        { serviceSlug: 'capital-repair-compensation', state: 'awaiting_originals', termId: 'DL-07', event: 'originals_not_presented' },
        { serviceSlug: 'capital-repair-compensation', state: 'awaiting_missing_documents', termId: 'DL-15', event: 'missing_documents_expired' },
        { serviceSlug: 'capital-repair-compensation', state: 'awaiting_disability_document', termId: 'DL-23', event: 'disability_document_expired' },
        { serviceSlug: 'capital-repair-compensation', state: 'returned_for_rework', termId: 'DL-29', event: 'rework_not_returned' },
      ]),
    );
    expect(capital).toHaveLength(4);
    expect(expiryTransitions().filter((x) => x.serviceSlug === 'housing-utilities-compensation')).toEqual([]);
  });

  it('should find both services by slug', () => {
    expect(getService('capital-repair-compensation')?.shortTitle).toBe('Компенсация взноса на капитальный ремонт');
    expect(getService('nope')).toBeUndefined();
  });
});

// Every term id and ground code of a spec (spec/services/*.md §5, §6) is in its definition: as a clock or as one of
// `otherTerms` with its reason, as a ground or one of the service's named codes outside the grounds.
const range = (prefix: string, from: number, to: number, width = 2): string[] => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(width, '0')}`);
const SPEC_CODES: Record<string, { terms: string[]; grounds: string[] }> = {
  'housing-utilities-compensation': {
    terms: range('T', 1, 31),
    grounds: ['ACC_REJ_01', 'ACC_REJ_02', 'ACC_REJ_03', 'ACC_REJ_MFC_04', 'REF_01', 'REF_02', 'REF_03', 'REF_04'],
  },
  'capital-repair-compensation': {
    terms: range('DL-', 1, 49),
    grounds: [...range('REJ-', 1, 14), ...range('SUS-', 1, 4), 'EXT-01', 'EXT-02', ...range('REF-', 1, 11), ...range('TYPO-REF-', 1, 3)],
  },
};

describe.each(Object.entries(SPEC_CODES))('the spec of %s in its definition', (slug, codes) => {
  const service = getService(slug)!;

  it('should account for every term of §6 as a clock on the case or with the reason it is none', () => {
    const clocks = service.terms.map((t) => t.id);
    const others = (service.otherTerms ?? []).map((t) => t.id);
    expect(codes.terms.filter((id) => !clocks.includes(id) && !others.includes(id))).toEqual([]);
    // none is both, and each reason is said
    expect(clocks.filter((id) => others.includes(id))).toEqual([]);
    expect((service.otherTerms ?? []).filter((t) => t.reason.trim().length < 10)).toEqual([]);
  });

  it('should carry every ground code of §5 with its clause', () => {
    const grounds = new Map(service.grounds.map((g) => [g.code, g]));
    expect(codes.grounds.filter((code) => !grounds.has(code))).toEqual([]);
    expect(codes.grounds.filter((code) => !grounds.get(code)?.clause)).toEqual([]);
  });
});
