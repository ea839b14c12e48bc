import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventDescription } from './event-description';

const render = (markdown: string) => renderToStaticMarkup(createElement(EventDescription, { markdown }));

describe('EventDescription', () => {
  it('renders Markdown: emphasis, lists and headings below the page headings', () => {
    const html = render('# Program\n\nVi går igenom **tidiga tecken**.\n\n- Fika\n- Föreläsning');
    expect(html).toContain('<h3>Program</h3>');
    expect(html).toContain('<strong>tidiga tecken</strong>');
    expect(html).toContain('<li>Fika</li>');
    expect(html).not.toContain('<h1');
  });

  it('never renders raw HTML: a script tag or an image with onerror stays out of the page', () => {
    const html = render('Hej <script>alert(1)</script> och <img src="x" onerror="alert(2)">\n\n<div onclick="alert(3)">klick</div>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toMatch(/<div onclick/i);
    expect(html).toContain('Hej');
  });

  it('drops javascript:, data: and relative links but keeps their text', () => {
    const html = render(
      '[klicka](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [jävla](JaVaScRiPt:alert(1)) [tab](java\tscript:alert(1)) [rel](/admin/users)',
    );
    expect(html).not.toMatch(/javascript/i);
    expect(html).not.toContain('data:');
    expect(html).not.toContain('href');
    expect(html).toContain('klicka');
    expect(html).toContain('rel');
  });

  it('keeps web and mail links; another site gets no opener and no referrer', () => {
    const html = render('[CVE](https://www.cve.se/) och [mejla](mailto:kurs@karlstad.example)');
    expect(html).toContain('<a href="https://www.cve.se/" rel="noopener noreferrer">CVE</a>');
    expect(html).toContain('<a href="mailto:kurs@karlstad.example">mejla</a>');
  });

  it('turns a picture into a link instead of loading it', () => {
    const html = render('![Karta till lokalen](https://maps.example/karta.png) ![spår](javascript:alert(1))');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('<a href="https://maps.example/karta.png" rel="noopener noreferrer">Karta till lokalen</a>');
    expect(html).not.toMatch(/javascript/i);
  });
});
