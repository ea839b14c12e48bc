/**
 * When the server will end the session for inactivity, as the latest API answer said
 * (X-Session-Idle-Expires-At), and a signal for an answer that says the session is gone.
 * A tiny external store so the api-client can feed it and React can read it.
 */
type Listener = () => void;

/** Why the login page is shown after a session ended; it says so to the user. */
export type SessionEndNotice = 'signedOut' | 'idle' | 'sessionEnded' | 'accountDeleted';

export interface SessionEnd {
  notice: SessionEndNotice;
  /** Come back to the page that was open, after signing in again. */
  keepNext: boolean;
}

let idleExpiresAt: number | null = null;
let sessionEnd: SessionEnd | null = null;
const expiryListeners = new Set<Listener>();
const unauthenticatedListeners = new Set<Listener>();

function emit(listeners: Set<Listener>) {
  for (const listener of listeners) listener();
}

export const sessionStore = {
  /** Milliseconds since the epoch, or null when not known (signed out, or no answer yet). */
  getIdleExpiresAt: (): number | null => idleExpiresAt,

  /** Takes the header value; anything that is not a time is ignored. */
  setIdleExpiresAt(value: string | null): void {
    if (!value) return;
    const time = Date.parse(value);
    if (Number.isNaN(time) || time === idleExpiresAt) return;
    idleExpiresAt = time;
    emit(expiryListeners);
  },

  clear(): void {
    if (idleExpiresAt === null) return;
    idleExpiresAt = null;
    emit(expiryListeners);
  },

  subscribe(listener: Listener): () => void {
    expiryListeners.add(listener);
    return () => expiryListeners.delete(listener);
  },

  /**
   * Set just before the signed-in user is forgotten, so the route guard that notices it sends
   * to the login page with the reason rather than a bare redirect.
   */
  getSessionEnd: (): SessionEnd | null => sessionEnd,
  setSessionEnd(end: SessionEnd | null): void {
    sessionEnd = end;
  },

  /** An API call was refused because the session has ended. */
  reportUnauthenticated(): void {
    emit(unauthenticatedListeners);
  },

  onUnauthenticated(listener: Listener): () => void {
    unauthenticatedListeners.add(listener);
    return () => unauthenticatedListeners.delete(listener);
  },
};

export const SESSION_IDLE_HEADER = 'X-Session-Idle-Expires-At';
