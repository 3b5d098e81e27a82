// Clustering after an edit that changed the name mentions of a few blocks. Clustering relates one name to another only
// through their keys and their first and last words (`links` of clusters.ts): votes and the retyping pass pool a key's
// mentions, a company's or a person's words type other names, people join clusters by their words. So when no mention
// outside the changed blocks shares a link with a mention inside them, before or after the edit, the names inside are
// clustered apart from the rest: the blocks' mentions are clustered alone, the rest keep their clusters, and cluster
// ids (numbered in order of first mention) make room for the new clusters. The result is the one clustering the whole
// text gives.
import { clusterEntities, sportsNear, sportsReach, type SurfaceFacts } from './clusters';
import type { EntityMention } from './names';
import type { Edit } from './resegment';
import type { Entity } from './types';

/** The name mentions of one block as the block found them (`found`), at offsets local to the block [at, end). */
export interface MentionList {
  found: EntityMention[];
  at: number;
  end: number;
}

/** More than the longest sports word and the characters around it that decide whether it is one. */
export const SPORTS_WORD_REACH = 32;

/** Where `start` (of a stretch ending at `end`) was before `edit`, if the stretch lies wholly before or after it. */
export function beforeEdit(start: number, end: number, edit: Edit): number | undefined {
  if (end <= edit.start) return start;
  if (start >= edit.newEnd) return start - (edit.newEnd - edit.oldEnd);
  return undefined;
}

/**
 * Whether the mentions of `lists` judge sports news as they did before `edit`: each mention typed by the sports news
 * around it (lone, team, and the names the retyping pass judges) whose reach of text the edit touched. `oldAt(i)` is
 * where list i stood before the edit.
 */
export function sameSportsAround(
  lists: readonly MentionList[], from: number, to: number, oldAt: (i: number) => number,
  edit: Edit, sports: () => number[], oldSports: () => number[],
): boolean {
  const isSporty = sportsNear(sports), wasSporty = sportsNear(oldSports);
  // a sports word next to the edit may have changed with it
  const touchedFrom = edit.start - SPORTS_WORD_REACH, touchedTo = edit.newEnd + SPORTS_WORD_REACH;
  for (let i = from; i < to; i++) {
    const list = lists[i];
    if (sportsReach(list.at).from > touchedTo || sportsReach(list.end).to < touchedFrom) continue;
    const was = oldAt(i);
    for (const m of list.found) {
      if (!m.lone && !m.team && m.evidence === undefined) continue;
      const reach = sportsReach(m.start + list.at);
      if (reach.from <= touchedTo && reach.to >= touchedFrom && isSporty(m.start + list.at) !== wasSporty(m.start + was)) return false;
    }
  }
  return true;
}

/** The lists of mentions an edit replaced: `lists[from, to)` stand where `old[from, oldTo)` stood; the lists before are
 * the very lists at the same places, those after the very lists moved by the edit. */
export interface ListChange {
  from: number;
  to: number;
  oldTo: number;
}

export function changedLists(old: readonly MentionList[], lists: readonly MentionList[], edit: Edit): ListChange {
  let from = 0;
  while (from < lists.length && from < old.length && lists[from].found === old[from].found && lists[from].at === old[from].at) from++;
  let to = lists.length, oldTo = old.length;
  while (to > from && oldTo > from && lists[to - 1].found === old[oldTo - 1].found && beforeEdit(lists[to - 1].at, lists[to - 1].end, edit) === old[oldTo - 1].at) {
    to--;
    oldTo--;
  }
  return { from, to, oldTo };
}

/** How many name mentions of a document have each link (`links` of clusters.ts). */
export class LinkCounts {
  private readonly counts = new Map<string, number>();
  /** the mentions still to count, when the counts are asked for: only an edit asks, so a text analyzed once never
   * pays for them */
  private pending: { text: string; lists: readonly MentionList[]; surfaces: SurfaceFacts } | undefined;

  /** The counts of all of `lists` of `text`, counted on first use. */
  static of(text: string, lists: readonly MentionList[], surfaces: SurfaceFacts): LinkCounts {
    const counts = new LinkCounts();
    counts.pending = { text, lists, surfaces };
    return counts;
  }

  private countPending(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    this.add(p.text, p.lists, 0, p.lists.length, p.surfaces, 1);
  }

  /** Counts the mentions of `lists[from, to)` of `text` (`by` 1), or stops counting them (`by` -1). */
  add(text: string, lists: readonly MentionList[], from: number, to: number, surfaces: SurfaceFacts, by: 1 | -1): void {
    this.countPending();
    for (let i = from; i < to; i++) {
      const { found, at } = lists[i];
      for (const m of found) {
        for (const link of surfaces.of(text.slice(m.start + at, m.end + at)).links) {
          const n = (this.counts.get(link) ?? 0) + by;
          if (n === 0) this.counts.delete(link);
          else this.counts.set(link, n);
        }
      }
    }
  }

  get(link: string): number {
    this.countPending();
    return this.counts.get(link) ?? 0;
  }
}

/** The document before the edit, as clustering left it. */
export interface Clustered {
  text: string;
  mentions: readonly MentionList[];
  /** the names as clustered, in document order */
  entities: readonly Entity[];
  links: LinkCounts;
  sports: () => number[];
}

/** A mention at document offsets. */
interface Located {
  m: EntityMention;
  start: number;
  end: number;
}

/** The mentions of `lists[from, to)` at document offsets. */
function located(lists: readonly MentionList[], from: number, to: number): Located[] {
  const out: Located[] = [];
  for (let i = from; i < to; i++) for (const m of lists[i].found) out.push({ m, start: m.start + lists[i].at, end: m.end + lists[i].at });
  return out;
}

/** Do `x` (after the edit) and `y` (before it) say the same of the same text? */
function sameMention(x: Located, y: Located, edit: Edit): boolean {
  if (beforeEdit(x.start, x.end, edit) !== y.start || x.end - x.start !== y.end - y.start) return false;
  const a = x.m, b = y.m;
  return a === b || (a.type === b.type && a.weak === b.weak && a.keep === b.keep && a.title === b.title && a.lone === b.lone &&
    a.team === b.team && a.cue === b.cue && a.evidence === b.evidence);
}

/** Does no mention of `all` that starts in [from, to) overlap its neighbours? */
function apart(all: readonly Located[], from: number, to: number): boolean {
  for (let k = Math.max(1, from); k <= to && k < all.length; k++) if (all[k - 1].end > all[k].start) return false;
  return true;
}

/**
 * The names of `text` clustered by clustering again only the mentions the edit changed, when no other mention shares a
 * link with them (before or after the edit), none overlaps them, and no other mention's judgement of sports news
 * changed; undefined when clustering must run over the whole text. `change` says which lists hold the changed
 * mentions; `place` gives mentions at document offsets with their texts, as clustering takes them.
 */
export function clusterChanged(
  text: string, lists: readonly MentionList[], change: ListChange, edit: Edit, before: Clustered, sports: () => number[],
  surfaces: SurfaceFacts, place: (lists: readonly MentionList[]) => { mentions: EntityMention[]; written: string[] },
): Entity[] | undefined {
  const { from, to, oldTo } = change;
  const old = before.mentions;
  // the mentions of the changed lists: the first `same` and the last `sameEnd` are unchanged, moved by the edit
  const now = located(lists, from, to), was = located(old, from, oldTo);
  let same = 0;
  while (same < now.length && same < was.length && sameMention(now[same], was[same], edit)) same++;
  let sameEnd = 0;
  while (sameEnd < now.length - same && sameEnd < was.length - same && sameMention(now[now.length - 1 - sameEnd], was[was.length - 1 - sameEnd], edit)) sameEnd++;
  const nowEnd = now.length - sameEnd, wasEnd = was.length - sameEnd;
  if (!apart(now, same, nowEnd) || !apart(was, same, wasEnd)) return undefined;
  // a link of a changed mention that an unchanged mention has
  const changed = new Map<string, number>();
  const links = (source: string, x: Located) => surfaces.of(source.slice(x.start, x.end)).links;
  for (let k = same; k < wasEnd; k++) for (const link of links(before.text, was[k])) changed.set(link, (changed.get(link) ?? 0) + 1);
  for (const [link, n] of changed) if (before.links.get(link) > n) return undefined;
  for (let k = same; k < nowEnd; k++) for (const link of links(text, now[k])) if (before.links.get(link) > (changed.get(link) ?? 0)) return undefined;
  // the unchanged mentions judge sports news as before
  if (!sameSportsAround(lists, 0, from, i => lists[i].at, edit, sports, before.sports) ||
    !sameSportsAround(lists, to, lists.length, i => old[oldTo + i - to].at, edit, sports, before.sports)) return undefined;
  const isSporty = sportsNear(sports), wasSporty = sportsNear(before.sports);
  for (let k = 0; k < now.length; k++) {
    if (k === same) k = nowEnd;
    if (k >= now.length) break;
    const m = now[k].m;
    if ((m.lone || m.team || m.evidence !== undefined) && isSporty(now[k].start) !== wasSporty(was[k < same ? k : k - nowEnd + wasEnd].start)) return undefined;
  }

  // the stretch of the changed mentions: [low, high) before the edit. The unchanged mentions on either side of it
  // may lie before or after the edit (a mention after it can change, one before it stay), so each keeps its place or
  // moves by the edit's length according to where it lies, not according to its side of the stretch.
  const listEnd = (ls: readonly MentionList[], i: number) => (i > 0 ? ls[i - 1].end : 0);
  const low = same > 0 ? was[same - 1].end : listEnd(old, from);
  const high = wasEnd < was.length ? was[wasEnd].start : oldTo < old.length ? old[oldTo].at : before.text.length;
  const delta = edit.newEnd - edit.oldEnd;
  const entities = before.entities;
  const moved = (x: Entity, cluster: number): Entity => {
    const by = x.end <= edit.start ? 0 : delta;
    return by === 0 && cluster === x.cluster ? x : { start: x.start + by, end: x.end + by, text: x.text, type: x.type, canonical: x.canonical, cluster };
  };
  let e = 0;
  let firstNew = 0; // clusters first mentioned before the stretch are numbered [0, firstNew)
  while (e < entities.length && entities[e].start < low) firstNew = Math.max(firstNew, entities[e++].cluster + 1);
  const kept = e;
  // the clusters of the stretch had no mention elsewhere: they were the ones first mentioned there, [firstNew, firstNew + gone)
  const goneIds = new Set<number>();
  while (e < entities.length && entities[e].start < high) goneIds.add(entities[e++].cluster);
  const gone = goneIds.size;
  for (const id of goneIds) if (id < firstNew || id >= firstNew + gone) return undefined;
  const out: Entity[] = [];
  for (let k = 0; k < kept; k++) out.push(moved(entities[k], entities[k].cluster));
  if (nowEnd > same) {
    const at = now[same].start;
    // the changed mentions as one list, so that clustering takes them as it takes every list
    const mentions = place([{ found: now.slice(same, nowEnd).map(x => ({ ...x.m, start: x.start - at, end: x.end - at })), at, end: now[nowEnd - 1].end }]);
    const clustered = clusterEntities(text, mentions.mentions, { sportsWords: sports(), surfaces, written: mentions.written });
    for (const x of clustered) out.push({ start: x.start, end: x.end, text: x.text, type: x.type, canonical: x.canonical, cluster: x.cluster + firstNew });
  }
  let added = 0;
  for (let k = kept; k < out.length; k++) added = Math.max(added, out[k].cluster - firstNew + 1);
  for (; e < entities.length; e++) {
    const x = entities[e];
    if (x.cluster >= firstNew && x.cluster < firstNew + gone) return undefined;
    const cluster = x.cluster < firstNew ? x.cluster : x.cluster + added - gone;
    out.push(moved(x, cluster));
  }
  return out;
}
