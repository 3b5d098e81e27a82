// JSON text of a record whose top-level values may be huge arrays (an Analysis of a 64 MB dump), in pieces, so no
// single string approaches V8's length limit; joined, the pieces are exactly JSON.stringify(record).

const PIECE = 1 << 20;

export function* jsonPieces(record: object): Generator<string> {
  let piece = '{';
  let first = true;
  for (const [key, value] of Object.entries(record) as [string, unknown][]) {
    const scalar = Array.isArray(value) ? undefined : JSON.stringify(value);
    if (!Array.isArray(value) && scalar === undefined) continue; // as JSON.stringify leaves out undefined and functions
    piece += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(value)) {
      piece += '[';
      for (let i = 0; i < value.length; i++) {
        piece += `${i ? ',' : ''}${JSON.stringify(value[i]) ?? 'null'}`;
        if (piece.length >= PIECE) {
          yield piece;
          piece = '';
        }
      }
      piece += ']';
    } else piece += scalar;
  }
  yield `${piece}}`;
}
