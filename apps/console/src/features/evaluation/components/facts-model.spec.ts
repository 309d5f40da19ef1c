import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { capitalRepairFactsSchema, housingFactsSchema } from '@casework/domain';
import { emptyDraft, factErrors, factFields, fromFacts, setAt, toFacts, type JsonSchema } from './facts-model';

// the JSON schema the API sends (GET /api/services: evaluation.factsSchema), made the same way
const jsonOf = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;

describe('the form of facts built from a service schema', () => {
  const housing = factFields(jsonOf(housingFactsSchema));

  it('should give every housing fact a Russian label and the right control when the schema has titles', () => {
    const byKey = Object.fromEntries(housing.map((f) => [f.key, f]));
    expect(byKey.hasRightToMeasure).toMatchObject({ kind: 'boolean', title: 'Право на меру социальной поддержки подтверждено (D1)' });
    expect(byKey.debt).toMatchObject({ kind: 'group', title: 'Задолженность по оплате ЖКУ (D4)' });
    expect(byKey.charges).toMatchObject({ kind: 'group' });
    expect(byKey.familyMembers).toMatchObject({ kind: 'list', itemTitle: 'Член семьи' });
    expect(byKey.applicantDisability).toMatchObject({ kind: 'enum', options: expect.arrayContaining([{ value: 'III', title: 'III группа' }]) });
    // no field is left with its code for a label
    const titles = (fields: typeof housing): string[] => fields.flatMap((f) => [f.title, ...('fields' in f ? titles(f.fields) : [])]);
    expect(titles(housing).every((t) => /[а-яё]/i.test(t))).toBe(true);
  });

  it('should send kopecks for rubles typed with a comma, booleans, and leave out what was not established', () => {
    let draft = emptyDraft(housing);
    draft = setAt(draft, ['hasRightToMeasure'], 'true');
    draft = setAt(draft, ['debt', 'exists'], 'false');
    draft = setAt(draft, ['charges', 'chargedKopecks'], '4 500,50');
    draft = setAt(draft, ['registeredPersons'], '3');
    expect(toFacts(housing, draft)).toEqual({ hasRightToMeasure: true, debt: { exists: false }, charges: { chargedKopecks: 450_050 }, registeredPersons: 3 });
  });

  it('should send a number it cannot read as typed so that the API names the field', () => {
    const draft = setAt(emptyDraft(housing), ['registeredPersons'], 'три');
    expect(toFacts(housing, draft)).toEqual({ registeredPersons: 'три' });
  });

  it('should show established facts back in the form, kopecks as rubles, and keep list items', () => {
    const facts = { hasRightToMeasure: false, charges: { month: '2025-09', chargedKopecks: 612_345 }, familyMembers: [{ fullName: 'Петров П. П.', relation: 'child', linkEstablished: true, disability: 'III' }] };
    const draft = fromFacts(housing, facts);
    expect(draft.hasRightToMeasure).toBe('false');
    expect(draft.charges).toMatchObject({ month: '2025-09', chargedKopecks: '6123,45' });
    expect(toFacts(housing, draft)).toEqual(facts);
  });

  it('should read the capital repair facts as groups of yes/no facts and dates', () => {
    const fields = factFields(jsonOf(capitalRepairFactsSchema));
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    expect(byKey.owner).toMatchObject({ kind: 'boolean' });
    expect(byKey.registration).toMatchObject({ kind: 'group', fields: [expect.objectContaining({ key: 'inTerritory', kind: 'boolean' }), expect.objectContaining({ key: 'atDwellingAddress' })] });
    expect(byKey.registeredOn).toMatchObject({ kind: 'text', format: 'date' });
  });

  it('should key the API errors of the facts by their path in the form', () => {
    expect(factErrors({ 'facts.debt.agreement': 'Неверно', 'application.categories': 'Другое', 'facts.registeredPersons': 'Число' })).toEqual({ 'debt.agreement': 'Неверно', registeredPersons: 'Число' });
  });
});
