import { describe, expect, it } from 'vitest';
import { resourceLinkTarget } from './resource-link';

describe('resourceLinkTarget', () => {
  it('links https addresses as written', () => {
    expect(resourceLinkTarget('https://www.cve.se/stod')).toEqual({ href: 'https://www.cve.se/stod', text: 'https://www.cve.se/stod', isMail: false });
  });

  it('links mail addresses and shows them without "mailto:"', () => {
    expect(resourceLinkTarget('mailto:stod@kil.se')).toEqual({ href: 'mailto:stod@kil.se', text: 'stod@kil.se', isMail: true });
  });

  it.each(['http://example.se', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://example.se', '/relative', 'mailto:', 'not a url'])(
    'refuses %s',
    (value) => {
      expect(resourceLinkTarget(value)).toBeNull();
    },
  );

  it('has nothing to link without an address', () => {
    expect(resourceLinkTarget(null)).toBeNull();
    expect(resourceLinkTarget('')).toBeNull();
  });
});
