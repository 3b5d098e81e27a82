// Turns a file's bytes into the text the engine analyses: UTF-8 with invalid bytes replaced, BOM removed;
// binary files are refused rather than analysed as garbage.

export type Decoded = { ok: true; text: string; replaced: boolean } | { ok: false; reason: 'binary' };

/** A NUL byte in the first 8 KB marks a binary file, as git and VS Code judge it. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  return { ok: true, text, replaced: text.includes('\uFFFD') };
}

/** True when the text holds NUL characters (a binary file opened as text). */
export function textLooksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}
