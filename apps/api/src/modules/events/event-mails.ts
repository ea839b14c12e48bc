import { SIGNATURE } from '../../common/mail/mail-templates';
import type { Mail } from '../../common/mail/mail.service';
import { eventFacts } from '../event-registrations/event-registration-mails';
import { noticeChanges, type EventWhereAndWhen } from './event-rules';
import { eventTimeText } from './event-time-text';

export interface EventMailRecipient {
  name: string;
  email: string;
  status: 'REGISTERED' | 'WAITLISTED';
}

export interface EventChangeMailInput {
  title: string;
  before: EventWhereAndWhen;
  after: EventWhereAndWhen;
  /** The event's page, `<PUBLIC_URL>/events/<id>`. */
  link: string;
}

export interface EventCancelMailInput {
  title: string;
  event: EventWhereAndWhen;
  reason: string | null;
  link: string;
}

function standing(status: EventMailRecipient['status']): string {
  return status === 'REGISTERED' ? 'som du är anmäld till' : 'där du står på väntelistan';
}

/** Each fact participants rely on, its label as a heading and inside a sentence, and its text. */
const FACTS: readonly [string, string, (event: EventWhereAndWhen) => string | null][] = [
  ['Tid', 'tid', (event) => eventTimeText(event)],
  ['Plats', 'plats', (event) => event.place],
  ['Länk till mötet', 'länk till mötet', (event) => event.onlineUrl],
];

/** "Ny tid: … (tidigare: …)" for each fact that changed, the others as they are. */
function changedFacts({ before, after }: EventChangeMailInput): string {
  return FACTS.flatMap(([label, inSentence, text]) => {
    const was = text(before);
    const is = text(after);
    if (was === is) return is === null ? [] : [`${label}: ${is}`];
    return [`Ny ${inSentence}: ${is ?? 'ingen'}`, `  (tidigare: ${was ?? 'ingen'})`];
  }).join('\n');
}

/** The mails about an event's changes, to those registered and waiting; Swedish with a short English line. */
export const eventMails = {
  changed(to: EventMailRecipient, input: EventChangeMailInput): Mail {
    const changed = noticeChanges(input.before, input.after);
    const what = changed.time && changed.place ? 'tid och plats' : changed.time ? 'tid' : 'plats';
    const whatEn = changed.time && changed.place ? 'time and place' : changed.time ? 'time' : 'place';
    return {
      to: to.email,
      subject: `Ändrad ${what}: ${input.title}`,
      text:
        `Hej ${to.name}!\n\nArrangören har ändrat ${what} för ”${input.title}”, ${standing(to.status)}.\n\n` +
        `${changedFacts(input)}\n\n` +
        `Passar det inte längre? Avanmäl dig på evenemangets sida, så går platsen till någon annan:\n${input.link}\n\n` +
        `(English: the organiser has changed the ${whatEn} of this event; the new details are above. ` +
        `If you can no longer attend, please unregister using the link above.)` +
        SIGNATURE,
    };
  },

  cancelled(to: EventMailRecipient, input: EventCancelMailInput): Mail {
    const reason = input.reason ? `Arrangörens meddelande:\n${input.reason}\n\n` : '';
    return {
      to: to.email,
      subject: `Inställt: ${input.title}`,
      text:
        `Hej ${to.name}!\n\n”${input.title}”, ${standing(to.status)}, är inställt. Du behöver inte avanmäla dig.\n\n` +
        `${eventFacts({ title: input.title, ...input.event })}\n\n${reason}` +
        `Evenemangets sida:\n${input.link}\n\n` +
        `(English: this event has been cancelled${input.reason ? '; the organiser’s message is above' : ''}. You do not need to unregister.)` +
        SIGNATURE,
    };
  },
};
