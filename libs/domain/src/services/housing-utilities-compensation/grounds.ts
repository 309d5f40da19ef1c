import type { Ground } from '../service-definition';

export const MFC_CHANNELS = ['MFC', 'MFC_EXTRATERRITORIAL', 'MFC_COMPLEX'] as const;

// cl. 20 (exhaustive) + cl. 85(4) for the MFC; cl. 21: no suspension grounds; refusal grounds exhaustive.
export const HOUSING_GROUNDS: Ground[] = [
  { code: 'ACC_REJ_01', kind: 'refuse_accept', title: 'Заявление и документы поданы лицом, не имеющим на это полномочий', clause: 'подп. 1 п. 20, подп. 1 п. 85' },
  {
    code: 'ACC_REJ_02',
    kind: 'refuse_accept',
    title: 'Заявление в форме электронного документа не подписано электронной подписью в соответствии с п. 17',
    clause: 'подп. 2 п. 20',
    channels: ['EPGU'],
  },
  {
    code: 'ACC_REJ_03',
    kind: 'refuse_accept',
    title: 'Не соблюдены условия признания действительности усиленной квалифицированной электронной подписи',
    clause: 'подп. 3 п. 20',
    channels: ['EPGU'],
  },
  // A8: only when a mandatory item of §4.1 is missing (identity document, representative's authority), never for D1–D7
  {
    code: 'ACC_REJ_MFC_04',
    kind: 'refuse_accept',
    title: 'К заявлению не приложены документы, необходимые для предоставления услуги (документ, удостоверяющий личность, документ о полномочиях представителя)',
    clause: 'подп. 4 п. 85',
    channels: [...MFC_CHANNELS],
  },
  { code: 'REF_01', kind: 'refuse', title: 'Отсутствие у заявителя права на меру социальной поддержки по оплате жилого помещения и коммунальных услуг', clause: 'подп. 1 п. 21' },
  { code: 'REF_02', kind: 'refuse', title: 'Получение заявителем меры социальной поддержки по оплате жилого помещения и коммунальных услуг по иным основаниям', clause: 'подп. 2 п. 21' },
  {
    code: 'REF_03',
    kind: 'refuse',
    title: 'Наличие у заявителя задолженности по оплате жилого помещения и коммунальных услуг при отсутствии и (или) невыполнении соглашения по ее погашению',
    clause: 'подп. 3 п. 21',
  },
  {
    code: 'REF_04',
    kind: 'refuse',
    title: 'Получение заявителем компенсации расходов по месту жительства (заявление подано по месту пребывания)',
    clause: 'подп. 4 п. 21',
  },
];

export type HousingGroundCode = 'ACC_REJ_01' | 'ACC_REJ_02' | 'ACC_REJ_03' | 'ACC_REJ_MFC_04' | 'REF_01' | 'REF_02' | 'REF_03' | 'REF_04';

export const housingGround = (code: string): Ground | undefined => HOUSING_GROUNDS.find((g) => g.code === code);

export const groundClause = (code: HousingGroundCode): string => housingGround(code)?.clause ?? '';

// cl. 85(1), 85(4): the only refusals at the MFC counter; cl. 20(2), 20(3) concern electronic applications only
export const MFC_REFUSAL_GROUNDS: readonly HousingGroundCode[] = ['ACC_REJ_01', 'ACC_REJ_MFC_04'];

// A8: the mandatory items of spec §4.1 whose absence ACC_REJ_MFC_04 may name (the representative's only when a
// representative applies); the data D1–D7 never (cl. 18: not bringing them is no ground; cl. 20 is exhaustive)
export const MFC_REFUSAL_DOCUMENTS = ['IDENTITY_DOCUMENT', 'REPRESENTATIVE_AUTHORITY', 'REPRESENTATIVE_IDENTITY'] as const;

export const mfcMissingDocumentsProblem = ({ missing, representative }: { missing: readonly string[] | null; representative: boolean }): string | null => {
  if (missing === null || missing.length === 0)
    return 'Укажите, какой обязательный документ не приложен: документ, удостоверяющий личность, или документ о полномочиях представителя (подп. 4 п. 85; A8)';
  const interagency = missing.filter((c) => /^D[1-7]$/.test(c));
  if (interagency.length > 0) return `Непредставление сведений ${interagency.join(', ')} не является основанием для отказа в приеме (п. 18; A8)`;
  const unknown = missing.filter((c) => !(MFC_REFUSAL_DOCUMENTS as readonly string[]).includes(c));
  if (unknown.length > 0) return `Не являются обязательными документами (A8): ${unknown.join(', ')}`;
  if (!representative && missing.some((c) => c.startsWith('REPRESENTATIVE_'))) return 'Заявление подано без представителя: документы представителя не требуются';
  return null;
};
