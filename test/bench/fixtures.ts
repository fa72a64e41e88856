// Deterministic .fbbatch texts for the benchmarks: what people write, at any size. Operations come
// in independent groups of five (a chain linked by {result=...} and depends_on), with comments,
// object and string bodies, headers and an occasional token placeholder — every kind of thing the
// validator checks. Each group also runs against the emulator (friends → names → post → read → delete).

export const GROUP_SIZE = 5;

/** Small, seeded PRNG (mulberry32): the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['launch', 'weekly', 'update', 'photos', 'team', 'garden', 'concert', 'recipe', 'travel', 'notes', 'review', 'summer', 'market', 'release', 'thanks'];
const FIELDS = ['id,first_name', 'id,name,first_name', 'id,first_name,last_name', 'name,first_name', 'first_name,last_name'];

function words(random: () => number, count: number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

/** One group of five linked operations, as lines of the batch array. */
function groupLines(g: number, random: () => number): string[] {
  const limit = 2 + Math.floor(random() * 6);
  const fields = FIELDS[Math.floor(random() * FIELDS.length)];
  const message = `${words(random, 16 + Math.floor(random() * 16))} #${g}`;
  const bodyLine = g % 3 === 0
    ? `"body": "message=${encodeURIComponent(message)}%20{result=names-${g}:$..first_name}"`
    : `"body": { "message": "${message} for {result=names-${g}:$..first_name}", "published": true }`;
  const headers = g % 2 === 0 ? `, "headers": ["If-None-Match: \\"etag-${g}\\"", "X-Request-Tag: group-${g}"]` : '';
  const token = g % 10 === 7 ? '&access_token={{token:page}}' : '';
  return [
    `  // group ${g}: my friends, their names, a post that greets them, read it back, tidy up`,
    `  { "method": "GET", "name": "friends-${g}", "relative_url": "me/friends?limit=${limit}&fields=id" },`,
    `  { "method": "GET", "name": "names-${g}", "relative_url": "?ids={result=friends-${g}:$.data.*.id}&fields=${fields}"${headers} },`,
    `  { "method": "POST", "name": "post-${g}", "depends_on": "names-${g}", "relative_url": "me/feed${token ? `?${token.slice(1)}` : ''}", ${bodyLine} },`,
    `  { "method": "GET", "name": "read-${g}", "relative_url": "{result=post-${g}:$.id}?fields=message", "omit_response_on_success": false },`,
    `  { "method": "DELETE", "depends_on": "read-${g}", "relative_url": "{result=post-${g}:$.id}" },`,
  ];
}

/**
 * A bare-array .fbbatch text with `operations` operations (rounded up to whole groups of five).
 * `seed` changes the details, never the shape.
 */
export function generateBatchFile(operations: number, seed = 1): string {
  const random = seededRandom(seed);
  const groups = Math.ceil(operations / GROUP_SIZE);
  const lines = [`// Generated benchmark batch: ${groups * GROUP_SIZE} operations in ${groups} independent groups.`, '['];
  for (let g = 0; g < groups; g++) lines.push(...groupLines(g, random));
  const last = lines.length - 1;
  lines[last] = lines[last].replace(/,$/, '');
  lines.push(']', '');
  return lines.join('\n');
}

/** `count` offsets spread over the text (seeded), for completion at "random" positions. */
export function randomOffsets(text: string, count: number, seed = 7): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Math.floor(random() * text.length));
}
