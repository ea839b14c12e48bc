/**
 * Swedish personal identity numbers (personnummer) and co-ordination numbers (samordningsnummer,
 * day + 60) in free text: YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN or YYYYMMDDNNNN, with a valid Luhn
 * check digit. The portal holds no data about clients (DOMAIN.md, rule 1), so text that contains
 * one is refused.
 */
const CANDIDATE = /(?<![\d-])(?:(?:19|20)(\d{6})|(\d{6}))[-+ ]?(\d{4})(?![\d])/g;

/** The standard Luhn check over the ten digits YYMMDDNNNC. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let value = Number(digits[index]) * (index % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

function plausibleDate(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  let day = Number(yymmdd.slice(4, 6));
  if (day > 60) day -= 60;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Whether the text holds something that is a personal identity or co-ordination number. */
export function containsPersonalIdentityNumber(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    const yymmdd = match[1] ?? match[2] ?? '';
    const digits = `${yymmdd}${match[3] ?? ''}`;
    if (plausibleDate(yymmdd) && luhnValid(digits)) return true;
  }
  return false;
}

export const PERSONAL_IDENTITY_NUMBER_MESSAGE = 'must not contain a personal identity number';
