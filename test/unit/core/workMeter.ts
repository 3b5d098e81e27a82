// A deterministic measure of the work a function does, for the linearity tests: while it runs, the built-ins that
// scan strings and arrays (every regex match, indexOf, slice, split, the array methods that visit elements) add the
// number of characters or elements they touch to a counter. Clock time would make the tests flaky on a shared
// machine; this count is the same on every run, and a pass that rescans its input grows it quadratically.
//
// Installing it replaces built-in methods for the whole process (and turns off V8's regex fast paths), so it is
// used only in a child process (see linearity.child.ts), never inside the mocha run.

let work = 0;
let metering = false;

type AnyFn = (...args: never[]) => unknown;

function wrap<T extends object>(proto: T, name: string, weigh: (self: never, args: never[], result: never) => number): void {
  const original = (proto as Record<string, AnyFn>)[name];
  Object.defineProperty(proto, name, {
    configurable: true,
    writable: true,
    value: function (this: never, ...args: never[]) {
      if (!metering) return original.apply(this, args);
      metering = false; // the weighing itself is not counted
      try {
        const before = (this as unknown as { lastIndex?: number })?.lastIndex ?? 0;
        metering = true;
        const result = original.apply(this, args) as never;
        metering = false;
        work += 1 + weigh(this, [before, ...args] as never[], result);
        return result;
      } finally {
        metering = true;
      }
    },
  });
}

/** Each callback call of an array method counts one step. */
function wrapVisiting(name: string): void {
  const original = (Array.prototype as unknown as Record<string, AnyFn>)[name];
  Object.defineProperty(Array.prototype, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown[], fn: (...a: unknown[]) => unknown, ...rest: unknown[]) {
      if (!metering || typeof fn !== 'function') return original.call(this, fn as never, ...(rest as never[]));
      work += 1;
      const counted = function (this: unknown, ...a: unknown[]) { work++; return fn.apply(this, a); };
      return original.call(this, counted as never, ...(rest as never[]));
    },
  });
}

let installed = false;

export function installWorkMeter(): void {
  if (installed) return;
  installed = true;
  wrap(RegExp.prototype, 'exec', (self: RegExp, args: unknown[], result: RegExpExecArray | null) => {
    const from = self.global || self.sticky ? (args[0] as number) : 0;
    const input = String(args[1]);
    if (result) return result.index + result[0].length - from;
    return self.sticky ? 1 : Math.max(0, input.length - from);
  });
  for (const name of ['indexOf', 'lastIndexOf', 'includes', 'search']) {
    wrap(String.prototype, name, (self: string, args: unknown[], result: number | boolean) => {
      if (typeof result === 'number' && result >= 0) return name === 'lastIndexOf' ? self.length - result : result - (Number(args[2]) || 0);
      return self.length;
    });
  }
  for (const name of ['slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'normalize', 'repeat', 'padStart', 'padEnd', 'concat']) {
    wrap(String.prototype, name, (_self: string, _args: unknown[], result: string) => result.length);
  }
  for (const name of ['split', 'replace', 'replaceAll', 'match', 'localeCompare']) {
    wrap(String.prototype, name, (self: string) => self.length);
  }
  for (const name of ['slice', 'concat', 'flat']) wrap(Array.prototype, name, (_self: unknown[], _args: unknown[], result: unknown[]) => result.length);
  for (const name of ['join', 'reverse', 'fill', 'includes', 'splice', 'shift', 'unshift']) wrap(Array.prototype, name, (self: unknown[]) => self.length);
  wrap(Array.prototype, 'indexOf', (self: unknown[], args: unknown[], result: number) => (result >= 0 ? result + 1 - (Number(args[2]) || 0) : self.length));
  wrap(Array.prototype, 'lastIndexOf', (self: unknown[], _args: unknown[], result: number) => (result >= 0 ? self.length - result : self.length));
  wrap(Array.prototype, 'sort', (self: unknown[]) => self.length * Math.max(1, Math.ceil(Math.log2(self.length + 1))));
  for (const name of ['map', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight', 'flatMap']) wrapVisiting(name);
}

/** Runs `fn` and returns the work it did (see above). */
export function measureWork(fn: () => unknown): number {
  installWorkMeter();
  work = 0;
  metering = true;
  try {
    fn();
  } finally {
    metering = false;
  }
  return work;
}
