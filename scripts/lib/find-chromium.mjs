// Which Chromium the browser tests drive: CHROMIUM_PATH, else the system's, else Playwright's own.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CHROMIUM_HELP = `No Chromium was found for the browser tests. Any one of these fixes it:
  - Debian or Ubuntu:  sudo apt-get install -y chromium
  - point CHROMIUM_PATH at a Chromium or Google Chrome executable
  - let Playwright download its own:  npx playwright install chromium`;

function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    // playwright-core has no browser of its own on this machine.
    return undefined;
  }
}

/** The path of a Chromium executable, or undefined when there is none. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
    }
    return process.env.CHROMIUM_PATH;
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightChromium()].find(
    (candidate) => candidate && existsSync(candidate),
  );
}
