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
