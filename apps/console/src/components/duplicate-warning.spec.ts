import { describe, expect, it } from '@jest/globals';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ApiError } from '../lib/api-client';
import { duplicateCandidatesOf, duplicatesPath, sameCandidates } from '../lib/person-duplicates';
import type { DuplicateCandidate } from '../types/api';
import { DuplicateWarning } from './duplicate-warning';

const volkov: DuplicateCandidate = { id: '5b0c7d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', lastName: 'Волков', firstName: 'Игорь', middleName: 'Андреевич', birthDate: '1949-11-02', snils: '08765430300', reason: 'похожее написание фамилии: Волков — Валков' };

const render = (props: { candidates: DuplicateCandidate[]; confirmed?: boolean; error?: string }): string =>
  renderToStaticMarkup(createElement(DuplicateWarning, { confirmed: false, onConfirmChange: () => undefined, idPrefix: 'p', ...props }));

describe('near-duplicate warning', () => {
  it('should list each candidate with a link to its file, its data and the reason, and ask «Это другой человек»', () => {
    const html = render({ candidates: [volkov] });
    expect(html).toContain('Возможно, этот гражданин уже есть в базе');
    expect(html).toContain(`href="/persons/${volkov.id}"`);
    expect(html).toContain('target="_blank"');
    expect(html).toContain('Волков Игорь Андреевич');
    expect(html).toContain('02.11.1949 г. р., СНИЛС 087-654-303 00');
    expect(html).toContain('похожее написание фамилии: Волков — Валков');
    expect(html).toMatch(/<input id="p-confirm-distinct" type="checkbox"(?![^>]*checked)[^>]*\/?>Это другой человек/);
  });

  it('should show the confirmation ticked and the error next to it', () => {
    const html = render({ candidates: [volkov], confirmed: true, error: 'Отметьте «Это другой человек»' });
    expect(html).toMatch(/<input id="p-confirm-distinct" type="checkbox"[^>]*checked=""[^>]*\/>Это другой человек/);
    expect(html).toContain('aria-describedby="p-confirm-distinct-error"');
    expect(html).toContain('role="alert">Отметьте «Это другой человек»</div>');
  });

  it('should render nothing without candidates', () => {
    expect(render({ candidates: [] })).toBe('');
  });
});

describe('near-duplicate model', () => {
  it('should probe only once the surname, the first name and a real birth date are typed', () => {
    expect(duplicatesPath({ lastName: 'Волков', firstName: '', middleName: '', birthDate: '1949-11-02' })).toBeNull();
    expect(duplicatesPath({ lastName: 'Волков', firstName: 'Игорь', middleName: '', birthDate: '1949-02-30' })).toBeNull();
    expect(duplicatesPath({ lastName: ' Волков ', firstName: 'Игорь', middleName: '', birthDate: '1949-11-02' })).toBe(
      `/persons/duplicates?lastName=${encodeURIComponent('Волков')}&firstName=${encodeURIComponent('Игорь')}&birthDate=1949-11-02`,
    );
  });

  it('should take the candidates from a 409 POSSIBLE_DUPLICATE and nothing from other errors', () => {
    const duplicate = new ApiError(409, 'POSSIBLE_DUPLICATE', 'Похоже, гражданин уже есть в базе', {}, { code: 'POSSIBLE_DUPLICATE', candidates: [volkov] });
    expect(duplicateCandidatesOf(duplicate)).toEqual([volkov]);
    expect(duplicateCandidatesOf(new ApiError(409, 'ALREADY_EXISTS', 'СНИЛС уже зарегистрирован'))).toBeNull();
    expect(duplicateCandidatesOf(new Error('сеть'))).toBeNull();
  });

  it('should ask again for the confirmation when the list of candidates changes', () => {
    expect(sameCandidates([volkov], [{ ...volkov, reason: 'совпадают ФИО и дата рождения' }])).toBe(true);
    expect(sameCandidates([volkov], [])).toBe(false);
    expect(sameCandidates([volkov], [{ ...volkov, id: 'другой' }])).toBe(false);
  });
});
