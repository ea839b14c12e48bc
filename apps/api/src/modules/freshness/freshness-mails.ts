import { CONTACT_VERIFICATION_VALID_DAYS, VERIFICATION_QUEUE_AFTER_DAYS, VERIFICATION_REMINDER_AFTER_DAYS } from '@repo/contracts';
import { SIGNATURE } from '../../common/mail/mail-templates';
import type { Mail } from '../../common/mail/mail.service';

const LONG_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric' });

export interface VerificationMailInput {
  name: string;
  title: string | null;
  agencyName: string;
  lastVerifiedAt: Date | null;
  /** The page of the link, `<PUBLIC_URL>/verify-contact#token=…`. */
  link: string;
}

function entry(input: VerificationMailInput): string {
  const as = input.title ? `som ${input.title} på ${input.agencyName}` : `på ${input.agencyName}`;
  const when = input.lastVerifiedAt ? `bekräftades senast ${LONG_DATE.format(input.lastVerifiedAt)}` : 'har aldrig bekräftats';
  return `Du finns i kontaktlistan för Samverkan Värmland, det regionala nätverket mot våldsbejakande extremism, ${as}. Uppgifterna ${when}.`;
}

/**
 * Two links to one page: the page shows the details with the "still correct" button, the second
 * opens it at the form. Nothing is confirmed by merely opening a link, because mail scanners open
 * links too.
 */
function links(input: VerificationMailInput): string {
  return (
    `Stämmer allt? Öppna länken och klicka på ”Mina uppgifter stämmer”:\n${input.link}\n\n` +
    `Har något ändrats – titel, telefon, kompetenser, frånvaro? Rätta det här:\n${input.link}&edit=1\n\n` +
    `Länken gäller i ${CONTACT_VERIFICATION_VALID_DAYS} dagar. Har du bytt tjänst eller arbetar inte längre med de här frågorna: ` +
    `kontakta samordnaren i din kommun, så tas du bort från listan.`
  );
}

/** The freshness loop's mails, in Swedish with a short English line for colleagues who need it. */
export const freshnessMails = {
  verificationRequest(to: string, input: VerificationMailInput): Mail {
    return {
      to,
      subject: 'Stämmer dina uppgifter i Samverkan Värmland?',
      text:
        `Hej ${input.name}!\n\n${entry(input)}\n\n` +
        `Kolleger i nätverket använder listan för att hitta rätt person när det brådskar, så vi ber dig en gång om året att kontrollera dina uppgifter. Det tar en minut.\n\n` +
        `${links(input)}\n\n` +
        `(English: please confirm that your entry in the Samverkan Värmland roster is still correct, or update it, using the link above within ${CONTACT_VERIFICATION_VALID_DAYS} days.)` +
        SIGNATURE,
    };
  },

  verificationReminder(to: string, input: VerificationMailInput): Mail {
    return {
      to,
      subject: 'Påminnelse: stämmer dina uppgifter i Samverkan Värmland?',
      text:
        `Hej ${input.name}!\n\nFör ${VERIFICATION_REMINDER_AFTER_DAYS} dagar sedan bad vi dig kontrollera dina uppgifter i kontaktlistan. ${entry(input)}\n\n` +
        `${links(input)}\n\n` +
        `Hör vi inget inom ${VERIFICATION_QUEUE_AFTER_DAYS} dagar går din kontaktpost till samordnarna, som kontrollerar den på annat sätt.\n\n` +
        `(English: a reminder to confirm or update your entry in the Samverkan Värmland roster, using the link above.)` +
        SIGNATURE,
    };
  },
};
