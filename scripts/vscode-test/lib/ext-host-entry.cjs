// Runs inside the extension host around the project's test entry (the extensionTestsPath contract: run() returns a
// promise). It fails the run when a promise rejection whose reason mentions News Lens stayed unhandled during the
// suite, and waits a moment at the end: the extension host exits as soon as run() settles, which would otherwise
// swallow a rejection or a log line from the suite's last second.
exports.wrap = (testsEntry, mentions) => ({
  async run(...args) {
    const pending = new Map();
    const onUnhandled = (reason, promise) => {
      const text = String((reason && reason.stack) || reason);
      if (mentions.some(m => text.toLowerCase().includes(m.toLowerCase()))) pending.set(promise, { text, at: Date.now() });
    };
    // VS Code's own handler attaches a catch a second later (to log it), which counts as "handled": only a handler
    // attached sooner means the code handled it.
    const onHandled = promise => {
      if (pending.has(promise) && Date.now() - pending.get(promise).at < 900) pending.delete(promise);
    };
    process.on('unhandledRejection', onUnhandled);
    process.on('rejectionHandled', onHandled);
    try {
      await require(testsEntry).run(...args);
    } finally {
      await new Promise(resolve => setTimeout(resolve, 1500));
      process.off('unhandledRejection', onUnhandled);
      process.off('rejectionHandled', onHandled);
    }
    if (pending.size > 0) {
      throw new Error(`News Lens left ${pending.size} unhandled promise rejection(s):\n${[...pending.values()].map(p => p.text).join('\n\n')}`);
    }
  },
});
