import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Keeps web and mail addresses and drops everything else (javascript:, data:, relative paths):
 * the text is written by any member and read by all.
 */
export function safeUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function isExternal(href: string): boolean {
  if (href.startsWith('mailto:')) return false;
  return typeof window === 'undefined' || new URL(href).origin !== window.location.origin;
}

function MarkdownLink({ href, children }: ComponentPropsWithoutRef<'a'>) {
  // A refused address leaves its text, without a link to nowhere.
  if (!href) return <>{children}</>;
  return (
    <a href={href} rel={isExternal(href) ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  );
}

/**
 * Pictures become links: loading them would tell another site who reads the event, and they
 * carry no text a screen reader could rely on beyond the alt text shown here.
 */
function MarkdownImage({ src, alt }: ComponentPropsWithoutRef<'img'>) {
  const href = typeof src === 'string' ? src : '';
  const text = alt || href;
  if (!href) return <>{text}</>;
  return <MarkdownLink href={href}>{text}</MarkdownLink>;
}

/** The page's own heading is h1 and the description sits under an h2, so its headings start at h3. */
function heading(level: 3 | 4 | 5 | 6) {
  const Tag = `h${level}` as const;
  return function MarkdownHeading({ children }: { children?: ReactNode }) {
    return <Tag>{children}</Tag>;
  };
}

const components: Components = {
  a: MarkdownLink,
  img: MarkdownImage,
  h1: heading(3),
  h2: heading(4),
  h3: heading(5),
  h4: heading(6),
  h5: heading(6),
  h6: heading(6),
};

/**
 * An event's description, written in Markdown. Raw HTML is dropped (never rendered), and links
 * keep only http(s) and mailto addresses.
 */
export function EventDescription({ markdown }: { markdown: string }) {
  return (
    <div className="markdown">
      <Markdown skipHtml urlTransform={safeUrl} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
