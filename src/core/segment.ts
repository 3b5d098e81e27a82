// Splits a dump into blocks: each non-blank line is one block, classified by what it looks like.
import type { Block } from './types';

export function segment(text: string): Block[] {
  const blocks: Block[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) blocks.push({ start: lineStart + lead, end: lineStart + lead + trimmed.length, kind: 'article' });
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return blocks;
}
