// Turns a file's bytes into the text the engine analyses: UTF-8, or UTF-16 when a byte-order mark says so, with the
// mark removed and invalid bytes replaced; binary files are refused rather than analyzed as garbage.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { ok: true; text: string; encoding: TextEncoding; replaced: boolean }
  | { ok: false; reason: 'binary' };

/** A NUL byte in the first 8 KB marks a binary file, as git and VS Code judge it. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** UTF-16 text is full of NUL bytes, so only its byte-order mark tells it from a binary file. */
function byteOrderMark(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const encoding = byteOrderMark(bytes) ?? 'utf-8';
  if (encoding === 'utf-8' && looksBinary(bytes)) return { ok: false, reason: 'binary' };
  let text: string;
  let replaced = false;
  // A fatal decoder tells invalid bytes from a U+FFFD the text really contains; only the former is worth a warning.
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder(encoding).decode(bytes);
    replaced = true;
  }
  // A UTF-32 mark (FF FE 00 00) reads as UTF-16 full of NULs.
  if (encoding !== 'utf-8' && textLooksBinary(text)) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding, replaced };
}

/** True when the text holds NUL characters (a binary file opened as text). */
export function textLooksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}
