import { SIGNATURE } from '../../common/mail/mail-templates';
import type { Mail } from '../../common/mail/mail.service';
import { eventTimeText } from '../events/event-time-text';

export interface ReminderMailInput {
  /** The participant's name. */
  name: string;
  event: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    allDay: boolean;
    place: string | null;
    onlineUrl: string | null;
  };
  organiserName: string;
  contact: { name: string; email: string | null } | null;
  /** The event's page, `<PUBLIC_URL>/events/<id>`. */
  link: string;
}

function facts(input: ReminderMailInput): string {
  const lines = [`Tid: ${eventTimeText(input.event)}`];
  if (input.event.place) lines.push(`Plats: ${input.event.place}`);
  if (input.event.onlineUrl) lines.push(`Länk till mötet: ${input.event.onlineUrl}`);
  lines.push(`Arrangör: ${input.organiserName}`);
  if (input.contact) lines.push(`Kontaktperson: ${input.contact.name}${input.contact.email ? `, ${input.contact.email}` : ''}`);
  return lines.join('\n');
}

/** The 24-hour reminder, in Swedish with a short English line for colleagues who need it. */
export const eventReminderMails = {
  reminder(to: string, input: ReminderMailInput): Mail {
    return {
      to,
      subject: `Påminnelse: ${input.event.title}`,
      text:
        `Hej ${input.name}!\n\nDu är anmäld till ”${input.event.title}”, som börjar inom ett dygn.\n\n${facts(input)}\n\n` +
        `Beskrivning och program finns på evenemangets sida:\n${input.link}\n\n` +
        // Giving the place up stays open until the start, also after the registration deadline.
        `Kan du inte komma? Avanmäl dig på evenemangets sida, så kan platsen gå till någon annan.\n\n` +
        `(English: a reminder that you are registered for this event, which starts within 24 hours; times are Swedish time. ` +
        `Details are on the event page above. If you cannot attend, please unregister on the event page.)` +
        SIGNATURE,
    };
  },
};
