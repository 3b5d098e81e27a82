// The status-bar item: what News Lens did with the active document (analyzing, counts, not analyzed and why),
// which limit applies, and a click to toggle highlighting.
import vscode = require('vscode');
import type { ActiveDocument } from './activeDocument';
import type { AnalysisService } from './analysisService';
import type { Decorations } from './decorations';
import type { ReferenceDates } from './referenceDate';

/** Documents this long (UTF-16 units) show their analysis in progress; shorter ones just update. */
const BIG_DOCUMENT = 100_000;

export interface StatusText {
  text: string;
  tooltip: string;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private shown: StatusText = { text: '', tooltip: '' };

  constructor(
    private readonly service: AnalysisService,
    private readonly active: ActiveDocument,
    private readonly decorations: Decorations,
    private readonly referenceDates: ReferenceDates,
  ) {
    this.item.name = 'News Lens';
    this.subscriptions.push(
      this.item,
      active.onDidChange(() => this.update()),
      decorations.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('newsLens')) this.update();
      }),
    );
  }

  /** What the item shows now (text without icons, tooltip as Markdown source). */
  status(): StatusText {
    return this.shown;
  }

  update(): void {
    const document = this.active.document ?? this.unanalysedActive();
    if (!document) {
      this.shown = { text: '', tooltip: '' };
      this.item.hide();
      return;
    }
    const { icon, text, tooltip, command, warning, plain } = this.describe(document);
    this.shown = { text, tooltip };
    this.item.text = `$(${icon}) ${text}`;
    if (plain) {
      this.item.tooltip = tooltip;
    } else {
      const markdown = new vscode.MarkdownString(tooltip);
      markdown.isTrusted = { enabledCommands: ['newsLens.toggleHighlighting', 'newsLens.analyzeAsNewsDump', 'newsLens.setReferenceDate', 'newsLens.showLog'] };
      this.item.tooltip = markdown;
    }
    // Set only when it changes: VS Code converts a command anew at each assignment.
    if (this.item.command !== command) this.item.command = command;
    this.item.backgroundColor = warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  /** The active editor's document when News Lens refused it (binary, too large), so the user learns why. */
  private unanalysedActive(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    const state = document && this.service.state(document.uri);
    return state && (state.kind === 'binary' || state.kind === 'tooLarge' || state.kind === 'notNews') ? document : undefined;
  }

  /** `plain`: the tooltip is plain text, not Markdown. */
  private describe(document: vscode.TextDocument): { icon: string; text: string; tooltip: string; command?: string; warning?: boolean; plain?: boolean } {
    const config = vscode.workspace.getConfiguration('newsLens');
    const state = this.service.state(document.uri);
    const toggle = `\n\n${vscode.l10n.t('[Toggle highlighting](command:newsLens.toggleHighlighting)')}`;
    switch (state?.kind) {
      case 'binary':
        return {
          icon: 'circle-slash',
          text: vscode.l10n.t('News Lens: not analyzed: binary file'),
          tooltip: vscode.l10n.t('This file holds NUL bytes, so it is not text: News Lens does not analyze it.'),
        };
      case 'notNews':
        return {
          icon: 'circle-slash',
          text: vscode.l10n.t('News Lens: Analyze as News Dump'),
          tooltip: vscode.l10n.t('This text does not read like news (few sentences, no quotes, reporting verbs or datelines), so News Lens leaves it alone.\n\n[Analyze as News Dump](command:newsLens.analyzeAsNewsDump) — the check is the setting `newsLens.detectNews`.'),
          command: 'newsLens.analyzeAsNewsDump',
        };
      case 'tooLarge':
        return {
          icon: 'warning',
          text: vscode.l10n.t('News Lens: not analyzed ({0} MB)', state.sizeMB.toFixed(1)),
          tooltip: vscode.l10n.t('The document is {0} MB, above the limit `newsLens.maxFileSizeMB` = {1} MB.\n\n[Analyze it anyway](command:newsLens.analyzeAsNewsDump)', state.sizeMB.toFixed(1), state.limitMB),
          command: 'newsLens.analyzeAsNewsDump',
          warning: true,
        };
      case 'error':
        return {
          icon: 'error',
          text: vscode.l10n.t('News Lens: analysis failed'),
          tooltip: `${state.message}\n\n${vscode.l10n.t('Details are in the [log](command:newsLens.showLog) (Output panel, "News Lens"). Editing the document tries again.')}`,
          warning: true,
        };
      case 'pending':
      case undefined: {
        const result = this.service.latest(document.uri);
        // Re-analyzing a small document while typing takes a blink: keep the counts rather than flicker a spinner.
        if (result && !result.partial && state?.kind === 'pending' && state.size < BIG_DOCUMENT) break;
        const size = state?.kind === 'pending' && state.size > 0 ? ` ${formatSize(state.size)}` : '';
        const phase = state?.kind === 'pending' && state.phase === 'visible' ? vscode.l10n.t(' (visible part first)')
          : result?.partial ? vscode.l10n.t(' (visible part done, now the rest)') : '';
        // Plain text: VS Code parses a Markdown tooltip on the extension host's thread, and the first parse of a
        // session (compiling its parser) took 26 ms there in a profile, as a dump's first result was due.
        return {
          icon: 'sync~spin',
          text: vscode.l10n.t('News Lens: analyzing{0}…', size),
          tooltip: vscode.l10n.t('Analyzing the document{0}. Click to turn highlighting off or on.', phase),
          command: 'newsLens.toggleHighlighting',
          plain: true,
        };
      }
      case 'ready':
        break;
    }
    const result = this.service.latest(document.uri);
    const enabled = config.get<boolean>('highlight.enabled', true);
    const analysis = result?.analysis;
    const quotes = analysis?.quotes.length ?? 0;
    const speakers = analysis?.speakers.length ?? 0;
    const lines = [
      vscode.l10n.t('**News Lens** — {0}, {1}, {2} names, {3} dates{4}.',
        quotes === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', quotes),
        speakers === 1 ? vscode.l10n.t('1 speaker') : vscode.l10n.t('{0} speakers', speakers), analysis?.entities.length ?? 0, analysis?.dates.length ?? 0,
        result ? vscode.l10n.t(' (analyzed in {0} ms)', Math.round(result.ms)) : ''),
    ];
    const referenceDate = this.referenceDates.get(document.uri);
    if (referenceDate) lines.push(vscode.l10n.t('Reference date: {0} ([change](command:newsLens.setReferenceDate)).', referenceDate));
    const drawn = this.decorations.for(document.uri);
    const capped = enabled && drawn !== undefined && drawn.shown < drawn.found;
    if (capped) {
      lines.push(vscode.l10n.t('Only {0} of {1} highlights are drawn: the limit `newsLens.maxDecorations` = {2} applies. Raise it in the settings to see all.', drawn.shown, drawn.found, drawn.limit));
    }
    lines.push(enabled ? vscode.l10n.t('Highlighting is on. Click to turn it off.') : vscode.l10n.t('Highlighting is off. Click to turn it on.'));
    const text = capped ? vscode.l10n.t('News Lens: {0} of {1} highlights', drawn.shown, drawn.found)
      : enabled ? (quotes === 1 ? vscode.l10n.t('News Lens: 1 quote') : vscode.l10n.t('News Lens: {0} quotes', quotes)) : vscode.l10n.t('News Lens: highlighting off');
    return { icon: capped ? 'warning' : enabled ? 'eye' : 'eye-closed', text, tooltip: lines.join('\n\n'), command: 'newsLens.toggleHighlighting', warning: capped };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(chars / 1024))} KB`;
}
