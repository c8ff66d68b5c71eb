/**
 * The path plot: source sentence index across, target index up, one segment per bead coloured by
 * confidence, the search band behind it and the diagonal for reference. A bead off the diagonal,
 * or a path that hugs the band's edge, is where to look. Clicking picks the nearest bead.
 */
import type { ReviewData } from '../src/review/data.js';
import { level } from './levels.js';
import type { Review } from './model.js';

/** The plot's size in CSS pixels (it is square) and its inner margin. */
const SIZE = 276;
const PAD = 6;

const SVG = 'http://www.w3.org/2000/svg';

export class PathPlot {
  private starts: { source: Int32Array; target: Int32Array } = { source: new Int32Array(1), target: new Int32Array(1) };
  private readonly cursor: SVGCircleElement;
  private readonly layer: SVGGElement;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly review: Review,
    private readonly band: ReviewData['band'],
    onPick: (k: number) => void,
  ) {
    svg.setAttribute('viewBox', `0 0 ${SIZE} ${SIZE}`);
    svg.innerHTML = this.staticHtml();
    this.layer = document.createElementNS(SVG, 'g');
    this.cursor = document.createElementNS(SVG, 'circle');
    this.cursor.setAttribute('class', 'cursor');
    this.cursor.setAttribute('r', '5');
    this.cursor.setAttribute('visibility', 'hidden');
    svg.append(this.layer, this.cursor);
    svg.addEventListener('click', (event) => {
      const k = this.pick(event);
      if (k >= 0) onPick(k);
    });
  }

  private get n(): number {
    return Math.max(1, this.review.source.texts.length);
  }

  private get m(): number {
    return Math.max(1, this.review.target.texts.length);
  }

  private x(s: number): number {
    return PAD + (s / this.n) * (SIZE - 2 * PAD);
  }

  private y(t: number): number {
    return SIZE - PAD - (t / this.m) * (SIZE - 2 * PAD);
  }

  /** The band and the diagonal, which edits do not change. */
  private staticHtml(): string {
    let band = '';
    if (this.band && this.band.lo.length > 1) {
      const { lo, hi } = this.band;
      // Thin the outline to about one point per pixel column: enough for the eye, small on 100k rows.
      const step = Math.max(1, Math.floor(lo.length / (2 * SIZE)));
      const xs: number[] = [];
      for (let x = 0; x < lo.length; x += step) xs.push(x);
      if (xs[xs.length - 1] !== lo.length - 1) xs.push(lo.length - 1);
      const upper = xs.map((x) => `${this.x(x).toFixed(1)},${this.y(hi[x]!).toFixed(1)}`);
      const lower = xs.reverse().map((x) => `${this.x(x).toFixed(1)},${this.y(lo[x]!).toFixed(1)}`);
      band = `<polygon class="band" points="${[...upper, ...lower].join(' ')}"><title>searched</title></polygon>`;
    }
    return `${band}<line class="diagonal" x1="${this.x(0)}" y1="${this.y(0)}" x2="${this.x(this.n)}" y2="${this.y(this.m)}"></line>`;
  }

  /** Draw the beads again (after an edit). */
  draw(): void {
    this.starts = this.review.starts();
    const { source, target } = this.starts;
    const paths = ['', '', '', '', '', ''];
    this.review.beads.forEach((b, k) => {
      const cls = b.confirmed || b.edited ? 5 : level(b.score);
      paths[cls] += `M${this.x(source[k]!).toFixed(1)} ${this.y(target[k]!).toFixed(1)}L${this.x(source[k + 1]!).toFixed(1)} ${this.y(target[k + 1]!).toFixed(1)}`;
    });
    // The least sure drawn last, on top.
    const order = [4, 3, 5, 2, 1, 0];
    this.layer.innerHTML = order.map((c) => (paths[c] ? `<path class="beads ${c === 5 ? 'reviewed' : `l${c}`}" d="${paths[c]}"></path>` : '')).join('');
    this.mark(this.review.selected);
  }

  /** Ring bead k (−1: none). */
  mark(k: number): void {
    if (k < 0 || k >= this.review.beads.length) {
      this.cursor.setAttribute('visibility', 'hidden');
      return;
    }
    const { source, target } = this.starts;
    this.cursor.setAttribute('cx', ((this.x(source[k]!) + this.x(source[k + 1]!)) / 2).toFixed(1));
    this.cursor.setAttribute('cy', ((this.y(target[k]!) + this.y(target[k + 1]!)) / 2).toFixed(1));
    this.cursor.setAttribute('visibility', 'visible');
  }

  /** The bead nearest to a click, in screen distance; −1 when there are no beads. */
  private pick(event: MouseEvent): number {
    const beads = this.review.beads.length;
    if (!beads) return -1;
    const box = this.svg.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * SIZE;
    const py = ((event.clientY - box.top) / box.height) * SIZE;
    const s = ((px - PAD) / (SIZE - 2 * PAD)) * this.n;
    const { source, target } = this.starts;
    // The last bead starting at or before s, then its neighbourhood: beads at the same source
    // position (0-1 beads) and a little further, for clicks beside the path.
    let lo = 0;
    let hi = beads - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (source[mid]! <= s) lo = mid;
      else hi = mid - 1;
    }
    const reach = 40;
    let best = -1;
    let bestDistance = Infinity;
    for (let k = Math.max(0, lo - reach); k < Math.min(beads, lo + reach); k++) {
      const d = segmentDistance(px, py, this.x(source[k]!), this.y(target[k]!), this.x(source[k + 1]!), this.y(target[k + 1]!));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best;
  }
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
