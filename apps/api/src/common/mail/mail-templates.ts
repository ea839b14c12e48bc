import type { Role } from '@repo/contracts';
import type { Mail } from './mail.service';

/** The end of every mail the portal sends. */
export const SIGNATURE = '\n\n— Samverkan Värmland\nRegionalt nätverk mot våldsbejakande extremism';

const ROLE_NAMES: Record<Role, string> = { MEMBER: 'medlem', COORDINATOR: 'samordnare', ADMIN: 'administratör' };

/** The mails the portal sends, in Swedish with a short English line for colleagues who need it. */
export const mailTemplates = {
  invitation(to: string, input: { link: string; role: Role; agencyName: string; inviterName: string | null; validDays: number }): Mail {
    const by = input.inviterName ? `${input.inviterName} har bjudit in dig` : 'Du har bjudits in';
    return {
      to,
      subject: 'Inbjudan till Samverkan Värmland',
      text:
        `Hej!\n\n${by} till Samverkan Värmland som ${ROLE_NAMES[input.role]} för ${input.agencyName}.\n\n` +
        `Öppna länken för att välja namn och lösenord (giltig i ${input.validDays} dagar, kan användas en gång):\n${input.link}\n\n` +
        `Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.\n\n` +
        `(English: you have been invited to Samverkan Värmland. Open the link above within ${input.validDays} days to set your name and password.)` +
        SIGNATURE,
    };
  },

  passwordReset(to: string, input: { link: string; validMinutes: number }): Mail {
    return {
      to,
      subject: 'Återställ ditt lösenord – Samverkan Värmland',
      text:
        `Hej!\n\nNågon, förhoppningsvis du, har bett om att få återställa lösenordet till ditt konto.\n\n` +
        `Öppna länken för att välja ett nytt lösenord (giltig i ${input.validMinutes} minuter, kan användas en gång):\n${input.link}\n\n` +
        `Har du inte bett om det kan du bortse från meddelandet; ditt lösenord är oförändrat.\n\n` +
        `(English: open the link above within ${input.validMinutes} minutes to choose a new password.)` +
        SIGNATURE,
    };
  },

  joinRequestReceived(to: string, input: { name: string; agencyName: string; link: string }): Mail {
    return {
      to,
      subject: `Ny anslutningsförfrågan: ${input.name}`,
      text:
        `Hej!\n\n${input.name} (${input.agencyName}) vill gå med i nätverket.\n\n` +
        `Granska förfrågan här:\n${input.link}` +
        SIGNATURE,
    };
  },

  joinRequestDeclined(to: string, input: { name: string }): Mail {
    return {
      to,
      subject: 'Din förfrågan till Samverkan Värmland',
      text:
        `Hej ${input.name}!\n\nDin förfrågan om att gå med i Samverkan Värmland har inte beviljats. ` +
        `Kontakta samordnaren i din kommun om du har frågor.` +
        SIGNATURE,
    };
  },

  contactHandedOver(to: string, input: { name: string; agencyName: string; seats: number; link: string }): Mail {
    return {
      to,
      subject: `Kontaktpost att se över: ${input.name}`,
      text:
        `Hej!\n\n${input.name} (${input.agencyName}) har tagit bort sitt konto i portalen. Kontaktposten finns kvar` +
        (input.seats > 0 ? ` och är kopplad till ${input.seats} funktion(er)` : '') +
        `; den är nu overifierad och väntar på att du ser över den:\n${input.link}` +
        SIGNATURE,
    };
  },
};
