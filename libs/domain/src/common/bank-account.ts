// Bank of Russia procedure of 08.09.1997 No. 515: control key of an account at a credit institution
// (BIK digits 7–9 + the 20-digit account, weights 7-1-3, the sum ends in 0).
export const isValidBankAccount = ({ bik, account }: { bik: string; account: string }): boolean => {
  if (!/^\d{9}$/.test(bik) || !/^\d{20}$/.test(account)) return false;
  const digits = `${bik.slice(6)}${account}`;
  const weights = [7, 1, 3];
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += (Number(digits[i]) * weights[i % 3]) % 10;
  return sum % 10 === 0;
};
