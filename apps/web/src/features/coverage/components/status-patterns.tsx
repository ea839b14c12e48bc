import type { CoverageStatus } from '@repo/contracts';

/** A sign for each state, beside the colour and the pattern, so that colour is never the only cue. */
export const STATUS_ICONS: Record<CoverageStatus, string> = { verified: '✓', stale: '!', vacant: '✕' };

/** The fills of the map and its legend: plain green, amber with stripes, red with cross-hatching. */
export function statusFill(idPrefix: string, status: CoverageStatus): string | undefined {
  return status === 'verified' ? undefined : `url(#${idPrefix}-${status})`;
}

/** SVG patterns for the stale and vacant fills; `idPrefix` keeps the ids unique on the page. */
export function StatusPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <pattern id={`${idPrefix}-stale`} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
        <rect width="5" height="5" className="coverage-fill--stale" />
        <path d="M0 0V5" className="coverage-hatch coverage-hatch--stale" />
      </pattern>
      <pattern id={`${idPrefix}-vacant`} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
        <rect width="5" height="5" className="coverage-fill--vacant" />
        <path d="M0 0V5M0 0H5" className="coverage-hatch coverage-hatch--vacant" />
      </pattern>
    </defs>
  );
}
