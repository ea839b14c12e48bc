import { SIGNATURE } from '../../common/mail/mail-templates';
import type { Mail } from '../../common/mail/mail.service';
import { eventTimeText } from '../events/event-time-text';

export interface RegistrationMailEvent {
  title: string;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  place: string | null;
  onlineUrl?: string | null;
}

export interface RegistrationMailInput {
  /** The participant's name. */
  name: string;
  event: RegistrationMailEvent;
  /** The event's page, `<PUBLIC_URL>/events/<id>`. */
  link: string;
}

/** When and where, one line each, as every mail about an event shows them. */
export function eventFacts(event: RegistrationMailEvent): string {
  const lines = [`Tid: ${eventTimeText(event)}`];
  if (event.place) lines.push(`Plats: ${event.place}`);
  if (event.onlineUrl) lines.push(`Länk till mötet: ${event.onlineUrl}`);
  return lines.join('\n');
}

/** The registration mails, in Swedish with a short English line for colleagues who need it. */
export const registrationMails = {
  promoted(to: string, input: RegistrationMailInput): Mail {
    return {
      to,
      subject: `Du har fått en plats: ${input.event.title}`,
      text:
        `Hej ${input.name}!\n\nEn plats har blivit ledig och du har flyttats upp från väntelistan. ` +
        `Du är nu anmäld till ”${input.event.title}”.\n\n${eventFacts(input.event)}\n\n` +
        `Kan du inte komma? Avanmäl dig på evenemangets sida, så går platsen till nästa på väntelistan:\n${input.link}\n\n` +
        `(English: a seat became free and you have moved up from the waitlist; you are now registered for this event. ` +
        `If you cannot attend, please unregister using the link above.)` +
        SIGNATURE,
    };
  },

  removedByOrganiser(to: string, input: RegistrationMailInput & { wasWaitlisted: boolean }): Mail {
    const what = input.wasWaitlisted ? 'din plats på väntelistan till' : 'din anmälan till';
    return {
      to,
      subject: `Din anmälan har tagits bort: ${input.event.title}`,
      text:
        `Hej ${input.name}!\n\nArrangören har tagit bort ${what} ”${input.event.title}”.\n\n${eventFacts(input.event)}\n\n` +
        `Har du frågor, kontakta arrangören. Evenemangets sida:\n${input.link}\n\n` +
        `(English: the organiser has removed your ${input.wasWaitlisted ? 'place on the waitlist' : 'registration'} for this event. ` +
        `Please contact the organiser if you have questions.)` +
        SIGNATURE,
    };
  },
};
