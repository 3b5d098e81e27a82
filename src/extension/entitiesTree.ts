// The "Entities" view: people, organizations and places with their mention counts, then each mention (click to reveal).
import vscode = require('vscode');
import type { Entity, EntityType } from '../core/types';
import type { ActiveDocument } from './activeDocument';
import type { AnalysisService } from './analysisService';
import { clusterMentions, type ClusterMentions } from './format';

export type EntityNode =
  | { kind: 'group'; type: EntityType; clusters: ClusterMentions[]; uri: vscode.Uri }
  | { kind: 'cluster'; cluster: ClusterMentions; uri: vscode.Uri }
  | { kind: 'mention'; entity: Entity; uri: vscode.Uri; line: number; context: string }
  | { kind: 'message'; text: string };

const GROUPS: { type: EntityType; label: string; icon: string }[] = [
  { type: 'person', label: vscode.l10n.t('People'), icon: 'person' },
  { type: 'organization', label: vscode.l10n.t('Organizations'), icon: 'organization' },
  { type: 'place', label: vscode.l10n.t('Places'), icon: 'location' },
];

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly service: AnalysisService, private readonly active: ActiveDocument) {
    this.subscription = active.onDidChange(() => this.changed.fire());
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) {
      const document = this.active.document;
      if (!document) return [];
      const result = await this.service.analysisFor(document, undefined, true);
      if (!result) return [{ kind: 'message', text: vscode.l10n.t('Not analyzed — see the status bar') }];
      const all = clusterMentions(result.analysis);
      const groups: EntityNode[] = GROUPS.map(g => ({ kind: 'group', type: g.type, clusters: all.filter(c => c.cluster.type === g.type), uri: document.uri }));
      return all.length > 0 ? groups : [{ kind: 'message', text: vscode.l10n.t('No people, organizations or places found') }];
    }
    if (node.kind === 'group') return node.clusters.map(cluster => ({ kind: 'cluster', cluster, uri: node.uri }));
    if (node.kind === 'cluster') {
      const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === node.uri.toString());
      return node.cluster.mentions.map(entity => {
        const position = document?.positionAt(entity.start);
        const context = document && position ? document.lineAt(position.line).text.trim().slice(0, 80) : entity.text;
        return { kind: 'mention', entity, uri: node.uri, line: (position?.line ?? -1) + 1, context };
      });
    }
    return [];
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.kind) {
      case 'message':
        return new vscode.TreeItem(node.text);
      case 'group': {
        const group = GROUPS.find(g => g.type === node.type)!;
        const mentions = node.clusters.reduce((n, c) => n + c.mentions.length, 0);
        const item = new vscode.TreeItem(group.label, node.clusters.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.description = `${node.clusters.length} · ${mentions === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', mentions)}`;
        item.iconPath = new vscode.ThemeIcon(group.icon);
        item.id = `group:${node.type}`;
        return item;
      }
      case 'cluster': {
        const n = node.cluster.mentions.length;
        const item = new vscode.TreeItem(node.cluster.cluster.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n);
        item.contextValue = `newsLens.${node.cluster.cluster.type}`;
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(vscode.l10n.t('line {0}', node.line));
        item.description = node.context;
        item.tooltip = node.entity.text;
        item.command = { command: 'newsLens.revealQuote', title: vscode.l10n.t('Reveal Mention'), arguments: [node.uri.toString(), node.entity.start, node.entity.end] };
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
