// The stored form of the tagger's weights, written by the training script and read on first use. Compact so the
// bundle stays small (the engine ships twice in the .vsix): only the rows that weigh most, feature hashes folded to
// 24 bits, sorted and written as deltas in base-32 digits, weights rounded to a few steps and written one character
// each, tag by tag, so that the zip's entropy coder sees one symbol per weight (base64 of packed bytes would hide
// that from it). Text, not `Buffer` or `atob`: the engine runs the same in Node, a worker and a browser.
// Layout: base64(float32 scale, transitions, end scores) `.` row count `.` key deltas `.` weights.

/** Number of tags (outside, then B, I, L, U per type); fixed by the tagger. */
export interface Quantized {
  tags: number;
  /** transitions ((from + 1) * tags + to) and end scores, kept as float32 */
  transition: ArrayLike<number>;
  end: ArrayLike<number>;
  /** one weight row of `tags` per feature hash */
  rows: Map<number, ArrayLike<number>>;
}

export interface Decoded {
  scale: number;
  transition: Float64Array;
  end: Float64Array;
  /** folded feature keys, ascending */
  keys: Int32Array;
  /** weights, one row per key: weights[k * tags + t] */
  weights: Int8Array;
}

/** The 24-bit key a feature hash is stored under. */
export const fold = (feature: number) => (feature >>> 8) ^ (feature & 0xff);

/** How the training script compresses: the `top` rows of largest weight (L1) are kept, weights are rounded to
 * `levels` steps each side of zero against the `clip` quantile of their magnitudes (larger ones saturate). */
export interface Compression { top: number; levels: number; clip: number }

/** Weights as base64, compressed as `c` says. */
export function encodeWeights(model: Quantized, c: Compression): string {
  const all: number[] = [];
  for (const r of model.rows.values()) for (let t = 0; t < model.tags; t++) if (r[t] !== 0) all.push(Math.abs(r[t]));
  all.sort((a, b) => a - b);
  const max = all.length ? all[Math.min(all.length - 1, Math.floor(c.clip * (all.length - 1)))] : 1;
  const scale = max / c.levels || 1;
  const byKey = new Map<number, Float64Array>();
  for (const [f, r] of model.rows) {
    const key = fold(f);
    let sum = byKey.get(key);
    if (!sum) byKey.set(key, (sum = new Float64Array(model.tags)));
    for (let t = 0; t < model.tags; t++) sum[t] += r[t];
  }
  const norm = (r: Float64Array) => r.reduce((sum, x) => sum + Math.abs(x), 0);
  const ranked = [...byKey].map(([key, r]) => ({ key, r, n: norm(r) })).sort((a, b) => b.n - a.n || a.key - b.key);
  const kept: [number, Int8Array][] = [];
  for (const { key, r } of ranked.slice(0, c.top)) {
    const q = Int8Array.from(r, x => Math.max(-c.levels, Math.min(c.levels, Math.round(x / scale))));
    if (q.some(x => x !== 0)) kept.push([key, q]);
  }
  kept.sort((a, b) => a[0] - b[0]);
  const head: number[] = [];
  const f32 = (x: number) => { const b = new Uint8Array(new Float32Array([x]).buffer); head.push(b[0], b[1], b[2], b[3]); };
  f32(scale);
  for (let k = 0; k < model.transition.length; k++) f32(model.transition[k]);
  for (let k = 0; k < model.end.length; k++) f32(model.end[k]);
  let keys = '';
  let last = 0;
  for (const [key] of kept) {
    let d = key - last;
    last = key;
    while (d >= 32) { keys += B64[32 + (d & 31)]; d >>>= 5; }
    keys += B64[d];
  }
  let weights = '';
  for (let t = 0; t < model.tags; t++) for (const [, q] of kept) weights += B64[32 + q[t]];
  return `${bytesToBase64(Uint8Array.from(head))}.${kept.length}.${keys}.${weights}`;
}

/** Reads what encodeWeights wrote, for a tagger of `tags` tags. */
export function decodeWeights(stored: string, tags: number): Decoded {
  const [head, countText, keyText, weightText] = stored.split('.');
  const bytes = base64ToBytes(head);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = Number(countText);
  const scale = view.getFloat32(0, true);
  let at = 4;
  const transition = new Float64Array((tags + 1) * tags);
  for (let k = 0; k < transition.length; k++, at += 4) transition[k] = view.getFloat32(at, true);
  const end = new Float64Array(tags);
  for (let k = 0; k < tags; k++, at += 4) end[k] = view.getFloat32(at, true);
  const values = digitValues();
  const keys = new Int32Array(count);
  let key = 0, p = 0;
  // digits of 5 bits by shifts (a key is folded to 24 bits, so every sum stays a small integer), not by powers of 2
  for (let k = 0; k < count; k++) {
    let d = 0, shift = 0, v = values[keyText.charCodeAt(p++)];
    while (v >= 32) { d += (v - 32) << shift; shift += 5; v = values[keyText.charCodeAt(p++)]; }
    keys[k] = key += d + (v << shift);
  }
  // stored tag by tag (see encodeWeights), read into rows: a feature's row is one contiguous read for the tagger
  const weights = new Int8Array(count * tags);
  for (let t = 0, c = 0; t < tags; t++) for (let k = 0, at = t; k < count; k++, c++, at += tags) weights[at] = values[weightText.charCodeAt(c)] - 32;
  return { scale, transition, end, keys, weights };
}

/** A character's place in the base64 alphabet, by char code. */
function digitValues(): Uint8Array {
  const values = new Uint8Array(128);
  for (let k = 0; k < B64.length; k++) values[B64.charCodeAt(k)] = k;
  return values;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return s;
}

function base64ToBytes(s: string): Uint8Array {
  const values = digitValues();
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = values[s.charCodeAt(i)], b = values[s.charCodeAt(i + 1)];
    const c = i + 2 < len ? values[s.charCodeAt(i + 2)] : 0, d = i + 3 < len ? values[s.charCodeAt(i + 3)] : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
