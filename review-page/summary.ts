/** The page's summary: bead counts by type, a histogram of confidences, the colour legend. */
import { LEVEL_LABELS, level } from './levels.js';
import type { Review } from './model.js';
import { escapeHtml } from './text.js';

/** Histogram bins over [0, 1]. */
const BINS = 20;
const WIDTH = 276;
const HEIGHT = 90;
const AXIS = 14;

/** Counts of beads by type (`1-1`…), most frequent first, then by name. */
export function typeCounts(review: Review): [string, number][] {
  const counts = new Map<string, number>();
  for (const b of review.beads) {
    const t = `${b.source.length}-${b.target.length}`;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export function typesHtml(review: Review): string {
  return typeCounts(review)
    .map(([t, n]) => `<li data-type="${t}"><b>${t}</b> ${n.toLocaleString('en')}</li>`)
    .join('');
}

export function summaryText(review: Review): string {
  let edited = 0;
  let confirmed = 0;
  for (const b of review.beads) {
    if (b.edited) edited++;
    if (b.confirmed) confirmed++;
  }
  const s = review.source.texts.length;
  const t = review.target.texts.length;
  return (
    `${review.beads.length.toLocaleString('en')} beads over ${s.toLocaleString('en')} ${review.source.lang} and ${t.toLocaleString('en')} ${review.target.lang} sentences · ` +
    `${review.countDoubtful().toLocaleString('en')} doubtful (below ${review.threshold.toFixed(2)}) · ${edited} edited · ${confirmed} confirmed`
  );
}

export function legendHtml(): string {
  return LEVEL_LABELS.map((label, l) => `<li><span class="swatch" style="background:var(--level-${l})"></span>${escapeHtml(label)}</li>`).join('') +
    '<li><span class="swatch" style="background:var(--edited)"></span>edited</li><li><span class="swatch" style="background:var(--confirmed)"></span>confirmed</li>';
}

/**
 * The histogram as SVG: bar heights by √count, so that the few doubtful beads stay visible beside
 * the many sure ones; each bar in the colour of its beads' mean score.
 */
export function histogramSvg(review: Review): string {
  const counts = new Array<number>(BINS).fill(0);
  const sums = new Array<number>(BINS).fill(0);
  for (const b of review.beads) {
    const bin = Math.min(BINS - 1, Math.floor(b.score * BINS));
    counts[bin]!++;
    sums[bin]! += b.score;
  }
  const top = Math.sqrt(Math.max(1, ...counts));
  const w = WIDTH / BINS;
  const h = HEIGHT - AXIS;
  let bars = '';
  counts.forEach((c, i) => {
    const lo = i / BINS;
    const hi = (i + 1) / BINS;
    const bar = c ? Math.max(1.5, (Math.sqrt(c) / top) * (h - 2)) : 0;
    bars +=
      `<rect class="bar" data-bin="${i}" data-upper="${hi.toFixed(2)}" x="${(i * w + 0.5).toFixed(1)}" y="${(h - bar).toFixed(1)}" width="${(w - 1).toFixed(1)}" height="${bar.toFixed(1)}" ` +
      `style="fill:var(--level-${level(c ? sums[i]! / c : (lo + hi) / 2)})"><title>${lo.toFixed(2)} to ${hi.toFixed(2)}: ${c} bead${c === 1 ? '' : 's'} (click: doubtful below ${hi.toFixed(2)})</title></rect>`;
  });
  const mark = review.threshold * WIDTH;
  const ticks = [0, 0.5, 1]
    .map((v) => `<text class="axis" x="${Math.min(WIDTH - 8, Math.max(0, v * WIDTH - (v ? 8 : 0)))}" y="${HEIGHT - 2}">${v}</text>`)
    .join('');
  return `<rect x="0" y="0" width="${WIDTH}" height="${h}" fill="transparent"></rect>${bars}<line class="mark" x1="${mark}" x2="${mark}" y1="0" y2="${h}"></line>${ticks}`;
}

export const HISTOGRAM_VIEWBOX = `0 0 ${WIDTH} ${HEIGHT}`;
