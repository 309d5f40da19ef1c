// petrovich 0.2.1 ships no types; this covers the two call styles its README documents.
declare module 'petrovich' {
  type PetrovichGender = 'male' | 'female' | 'androgynous';
  type PetrovichCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  type PetrovichNameType = 'first' | 'middle' | 'last';
  type PetrovichPerson = { gender?: PetrovichGender; first?: string; middle?: string; last?: string };
  type PetrovichInflected = { gender: PetrovichGender; first?: string; middle?: string; last?: string };
  type PetrovichCases = Record<PetrovichCase, (name: string) => string>;

  type Petrovich = {
    (person: PetrovichPerson, gcase: PetrovichCase): PetrovichInflected;
    detect_gender(middle: string): PetrovichGender;
  } & Record<PetrovichGender, Record<PetrovichNameType, PetrovichCases>>;

  const petrovich: Petrovich;
  export = petrovich;
}
