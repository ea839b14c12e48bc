// Cuts Värmland's 16 municipalities out of the Swedish municipality boundaries and writes them as a
// small GeoJSON file for the coverage map in the web app:
//
//   node scripts/extract-varmland-map.mjs <swedish_municipalities.geojson>
//
// The input is the simplified file of okfse/sweden-geojson (open data from Valmyndigheten); its
// properties are `id` (SCB code), `kom_namn`, `lan_code` and `geo_point_2d` ([lat, lon]).
// Coordinates are rounded to three decimals (about 100 m, finer than the simplified lines) and
// the rings wound as d3-geo expects (outer rings clockwise), so the asset stays a few kB.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const COUNTY = '17';
const DECIMALS = 3;
const OUTPUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'web', 'src', 'features', 'coverage', 'varmland-municipalities.json');

const input = process.argv[2];
if (!input) {
  console.error('Usage: node scripts/extract-varmland-map.mjs <swedish_municipalities.geojson>');
  process.exit(1);
}

const round = (value) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Twice the signed area in the plane of longitude and latitude: positive when counter-clockwise. */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

/** Rounded, without points that rounding made repeat, wound clockwise (outer) or counter-clockwise (holes). */
function tidyRing(ring, isOuter) {
  const points = [];
  for (const [lon, lat] of ring) {
    const point = [round(lon), round(lat)];
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  const isCounterClockwise = signedArea(points) > 0;
  return isOuter === isCounterClockwise ? points.reverse() : points;
}

const tidyPolygon = (rings) => rings.map((ring, index) => tidyRing(ring, index === 0)).filter((ring) => ring.length >= 4);

const source = JSON.parse(await readFile(input, 'utf8'));
const features = source.features
  .filter((feature) => String(feature.properties.lan_code) === COUNTY)
  .sort((a, b) => String(a.properties.id).localeCompare(String(b.properties.id)))
  .map(({ properties, geometry }) => {
    const [lat, lon] = properties.geo_point_2d;
    return {
      type: 'Feature',
      properties: { code: String(properties.id), name: properties.kom_namn, label: [round(lon), round(lat)] },
      geometry:
        geometry.type === 'MultiPolygon'
          ? { type: 'MultiPolygon', coordinates: geometry.coordinates.map(tidyPolygon) }
          : { type: 'Polygon', coordinates: tidyPolygon(geometry.coordinates) },
    };
  });
if (features.length !== 16) throw new Error(`Expected Värmland's 16 municipalities, found ${features.length}`);

const collection = {
  type: 'FeatureCollection',
  attribution: 'okfse/sweden-geojson, from open data of Valmyndigheten; simplified, for illustration only',
  features,
};
await writeFile(OUTPUT, `${JSON.stringify(collection)}\n`);
console.log(`Wrote ${features.length} municipalities to ${path.relative(process.cwd(), OUTPUT)}`);
