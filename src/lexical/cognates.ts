/**
 * The dictionary-free evidence: cognates, numbers, names and punctuation (features.ts), weighted
 * by their rarity in the document pair and compared as IDF-weighted Dice (Simard et al. 1992's
 * cognates, plus the cues hunalign and partialAlign use).
 */
import { nfc } from '../unicode.js';
import { extractFeatures, type FeatureRows, FeatureVocabulary } from './features.js';
import type { LexicalScorer, Side, SpanCursor } from './scorer.js';
import { onShared, type SharedLexical, sharedInt32 } from './share.js';

export interface CognateScorerOptions {
  /**
   * Pseudo-weight added to the Dice denominator, so that one weak shared feature between two
   * otherwise featureless sentences does not count as a perfect match.
   */
  readonly smoothing?: number;
  /** Multiplier per feature kind (first character of the key: '#', '%', 'p', 'n', 'k', punctuation). */
  readonly kindWeights?: Readonly<Record<string, number>>;
  /**
   * Multiplier per kind for features found on one side of the document only. They never match,
   * but a sentence full of numbers and names the other side never has is probably untranslated
   * (a header, a note), and should not be merged into a neighbour's bead for free.
   */
  readonly oneSidedWeights?: Readonly<Record<string, number>>;
}

/**
 * Tuned on all dev sets together (bench/lib/tune.mjs): see bench/accuracy.mjs for the figures.
 * Not `k`, the names' skeletons, which only a pair of a Latin side and a Japanese or Korean one
 * has: 1, the cognates' weight (New Testament end to end, bench/NOTES-engine.md seventh round:
 * 0.3 lost Japanese .013, 2 gave ±.002). One-sided skeletons weigh nothing: most Hangul words
 * have one that no name shares.
 */
export const COGNATE_DEFAULTS = {
  smoothing: 8,
  kindWeights: { '#': 1.5, '%': 1.5, p: 1, n: 0.3, punct: 2, k: 1 } as Readonly<Record<string, number>>,
  oneSidedWeights: { '#': 0, n: 1 } as Readonly<Record<string, number>>,
} as const;

/** A feature-set side in compressed rows: unit u has feature ids ids[off[u]..off[u+1]), no duplicates. */
interface Csr {
  readonly off: Int32Array;
  readonly ids: Int32Array;
}

function csrOnShared(c: Csr): Csr {
  return { off: onShared(c.off), ids: onShared(c.ids) };
}

/** The data of a shared Dice scorer. */
interface SharedDice extends SharedLexical {
  readonly kind: 'dice';
  readonly src: Csr;
  readonly tgt: Csr;
  readonly weight: Float64Array;
  readonly srcWeight: Float64Array;
  readonly tgtWeight: Float64Array;
  readonly smoothing: number;
  readonly postings: Csr;
  readonly spanWeights: ReadonlyArray<readonly [number, Float32Array]>;
}

/**
 * Move the `k` entries of a[from..to) with the smallest key[entry] to a[from..from+k), in some
 * order (quickselect, deterministic: middle pivot).
 */
function selectSmallest(a: Int32Array, from: number, to: number, k: number, key: Int32Array): void {
  let lo = from;
  let hi = to - 1;
  const target = from + k - 1;
  while (lo < hi) {
    const pivot = key[a[(lo + hi) >> 1]!]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (key[a[i]!]! < pivot) i++;
      while (key[a[j]!]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
}

/** Units whose union keeps at most this many features at the coarse levels, rarest first. */
const GROUP_FEATURE_CAP = 48;


/** Scratch arrays indexed by feature id, shared by a scorer and every scorer grouped from it. */
class Workspace {
  readonly mark: Int32Array;
  readonly mark2: Int32Array;
  readonly srcMask: Uint8Array;
  /** -1 everywhere between uses. */
  readonly seenAt: Int32Array;
  readonly setList: number[] = [];
  private stamp = 0;
  constructor(vocabulary: number) {
    this.mark = new Int32Array(vocabulary);
    this.mark2 = new Int32Array(vocabulary);
    this.srcMask = new Uint8Array(vocabulary);
    this.seenAt = new Int32Array(vocabulary).fill(-1);
  }
  nextStamp(): number {
    if (this.stamp >= 0x7ffffff0) {
      this.mark.fill(0);
      this.mark2.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

/**
 * IDF-weighted Dice over feature sets: 2·Σ w(shared) / (Σ w(source) + Σ w(target) + smoothing),
 * where a span's set is the union of its units' sets and w(f) = log((n+m)/(df_src(f)+df_tgt(f))).
 * Features present on one side of the document only can never match; they count (in the
 * denominator) only for the kinds given in oneSidedWeights. Each side may weigh its features
 * otherwise in the denominator (`srcWeight`, `tgtWeight`; by default `weight`): a lexicon's
 * scorer counts there only the words a side has, not the translations it stands for.
 */
class DiceScorer implements LexicalScorer {
  readonly sourceUnits: number;
  readonly targetUnits: number;
  private postings: Csr | undefined;
  private rank: Int32Array | undefined;
  private readonly spanWeights = new Map<number, Float32Array>();

  constructor(
    private src: Csr,
    private tgt: Csr,
    private weight: Float64Array,
    private readonly smoothing: number,
    private readonly ws: Workspace,
    private srcWeight: Float64Array = weight,
    private tgtWeight: Float64Array = weight,
  ) {
    this.sourceUnits = src.off.length - 1;
    this.targetUnits = tgt.off.length - 1;
  }

  static restore(shared: SharedDice): DiceScorer {
    const scorer = new DiceScorer(shared.src, shared.tgt, shared.weight, shared.smoothing, new Workspace(shared.weight.length), shared.srcWeight, shared.tgtWeight);
    scorer.postings = shared.postings;
    for (const [maxB, w] of shared.spanWeights) scorer.spanWeights.set(maxB, w);
    return scorer;
  }

  /**
   * Moves the scorer's arrays to shared memory (its own fields too, so that they are not held
   * twice) with the target postings and the span weights computed so far: a thread that restores
   * it starts scoring at once.
   */
  share(): SharedDice {
    this.src = csrOnShared(this.src);
    this.tgt = csrOnShared(this.tgt);
    const same = (w: Float64Array): boolean => w === this.weight;
    const srcSame = same(this.srcWeight);
    const tgtSame = same(this.tgtWeight);
    this.weight = onShared(this.weight);
    this.srcWeight = srcSame ? this.weight : onShared(this.srcWeight);
    this.tgtWeight = tgtSame ? this.weight : onShared(this.tgtWeight);
    this.postings = csrOnShared(this.targetPostings());
    for (const [maxB, w] of this.spanWeights) this.spanWeights.set(maxB, onShared(w));
    return {
      kind: 'dice',
      module: import.meta.url,
      src: this.src,
      tgt: this.tgt,
      weight: this.weight,
      srcWeight: this.srcWeight,
      tgtWeight: this.tgtWeight,
      smoothing: this.smoothing,
      postings: this.postings,
      spanWeights: [...this.spanWeights],
    };
  }

  score(s0: number, s1: number, t0: number, t1: number): number {
    if (s1 <= s0 || t1 <= t0) return 0;
    const { weight, srcWeight, tgtWeight } = this;
    const { mark, mark2 } = this.ws;
    const st = this.ws.nextStamp();
    let sw = 0;
    const { off: so, ids: si } = this.src;
    for (let k = so[s0]!, e = so[s1]!; k < e; k++) {
      const f = si[k]!;
      if (mark[f] !== st) {
        mark[f] = st;
        sw += srcWeight[f]!;
      }
    }
    let tw = 0;
    let inter = 0;
    const { off: to, ids: ti } = this.tgt;
    for (let k = to[t0]!, e = to[t1]!; k < e; k++) {
      const f = ti[k]!;
      if (mark2[f] !== st) {
        mark2[f] = st;
        tw += tgtWeight[f]!;
        if (mark[f] === st) inter += weight[f]!;
      }
    }
    return (2 * inter) / (sw + tw + this.smoothing);
  }

  found(side: Side, unit: number, from: number, to: number): readonly [number, number] {
    const [own, other] = side === 'source' ? [this.src, this.tgt] : [this.tgt, this.src];
    const { weight } = this;
    const { mark } = this.ws;
    const st = this.ws.nextStamp();
    const last = other.off.length - 1;
    for (let k = other.off[Math.min(last, Math.max(0, from))]!, e = other.off[Math.min(last, Math.max(0, to))]!; k < e; k++) mark[other.ids[k]!] = st;
    let found = 0;
    let total = 0;
    for (let k = own.off[unit]!, e = own.off[unit + 1]!; k < e; k++) {
      const f = own.ids[k]!;
      total += weight[f]!;
      if (mark[f] === st) found += weight[f]!;
    }
    return [found, total];
  }

  group(sourceBounds: Int32Array, targetBounds: Int32Array): LexicalScorer {
    return new DiceScorer(
      this.groupSide(this.src, sourceBounds),
      this.groupSide(this.tgt, targetBounds),
      this.weight,
      this.smoothing,
      this.ws,
      this.srcWeight,
      this.tgtWeight,
    );
  }

  /**
   * Two passes, so that the grouped rows are allocated at their exact size: growing one array
   * and trimming it makes short-lived allocations (hundreds of MB at the coarse levels of a
   * million-sentence pair) that the C heap keeps as holes, raising the peak RSS.
   */
  private groupSide(side: Csr, bounds: Int32Array): Csr {
    const groups = bounds.length - 1;
    const outOff = new Int32Array(groups + 1);
    let widest = 0;
    for (let g = 0; g < groups; g++) {
      const distinct = this.distinctFeatures(side, bounds[g]!, bounds[g + 1]!);
      if (distinct > widest) widest = distinct;
      outOff[g + 1] = outOff[g]! + Math.min(distinct, GROUP_FEATURE_CAP);
    }
    const out = new Int32Array(outOff[groups]!);
    const rank = widest > GROUP_FEATURE_CAP ? this.rarityRank() : undefined;
    const row = new Int32Array(widest);
    for (let g = 0; g < groups; g++) {
      const distinct = this.distinctFeatures(side, bounds[g]!, bounds[g + 1]!, row);
      // Keep the rarest features: they carry the evidence.
      if (distinct > GROUP_FEATURE_CAP) selectSmallest(row, 0, distinct, GROUP_FEATURE_CAP, rank!);
      out.set(row.subarray(0, Math.min(distinct, GROUP_FEATURE_CAP)), outOff[g]!);
    }
    return { off: outOff, ids: out };
  }

  /** How many distinct features units [u0, u1) of a side hold; written to `row`, in order of first occurrence, when given. */
  private distinctFeatures(side: Csr, u0: number, u1: number, row?: Int32Array): number {
    const { off, ids } = side;
    const { mark } = this.ws;
    const st = this.ws.nextStamp();
    let at = 0;
    for (let k = off[u0]!, e = off[u1]!; k < e; k++) {
      const f = ids[k]!;
      if (mark[f] === st) continue;
      mark[f] = st;
      if (row) row[at] = f;
      at++;
    }
    return at;
  }

  /** rank[f]: position of feature f when sorted by weight, heaviest (rarest) first, ties by id. */
  private rarityRank(): Int32Array {
    if (this.rank) return this.rank;
    const order = Array.from({ length: this.weight.length }, (_, f) => f).sort((a, b) => this.weight[b]! - this.weight[a]! || a - b);
    const rank = new Int32Array(order.length);
    order.forEach((f, r) => {
      rank[f] = r;
    });
    this.rank = rank;
    return rank;
  }

  /**
   * For each target occurrence: how many units later the same feature occurs again (capped at 255).
   * Not kept: only targetSpanWeights reads it, once per span limit.
   */
  private targetNextDistances(): Uint8Array {
    const { off, ids } = this.tgt;
    const nd = new Uint8Array(ids.length).fill(255);
    const seenAt = this.ws.seenAt;
    for (let u = this.targetUnits - 1; u >= 0; u--) {
      for (let k = off[u]!; k < off[u + 1]!; k++) {
        const f = ids[k]!;
        const next = seenAt[f]!;
        if (next >= 0 && next - u < 255) nd[k] = next - u;
        seenAt[f] = u;
      }
    }
    for (let k = 0; k < ids.length; k++) seenAt[ids[k]!] = -1;
    return nd;
  }

  /** Target units holding each feature, ascending: units[off[f]..off[f+1]). */
  private targetPostings(): Csr {
    if (this.postings) return this.postings;
    const { off, ids } = this.tgt;
    const V = this.weight.length;
    const pOff = sharedInt32(V + 1);
    for (let k = 0; k < ids.length; k++) pOff[ids[k]! + 1]!++;
    for (let f = 0; f < V; f++) pOff[f + 1]! += pOff[f]!;
    const fill = pOff.slice(0, V);
    const units = sharedInt32(ids.length);
    for (let u = 0; u < this.targetUnits; u++) for (let k = off[u]!; k < off[u + 1]!; k++) units[fill[ids[k]!]!++] = u;
    this.postings = { off: pOff, ids: units };
    return this.postings;
  }

  /** out[j·(maxB+1) + b] = weight of the union of target units [max(0, j−b), j). */
  private targetSpanWeights(maxB: number): Float32Array {
    const cached = this.spanWeights.get(maxB);
    if (cached) return cached;
    const { off, ids } = this.tgt;
    const nd = this.targetNextDistances();
    const stride = maxB + 1;
    const out = new Float32Array(new SharedArrayBuffer((this.targetUnits + 1) * stride * 4));
    for (let j = 0; j <= this.targetUnits; j++) {
      let acc = 0;
      for (let b = 1; b <= maxB; b++) {
        const u = j - b;
        if (u >= 0) {
          // A feature counts once, at the unit nearest to j that has it.
          for (let k = off[u]!; k < off[u + 1]!; k++) if (nd[k]! >= b) acc += this.tgtWeight[ids[k]!]!;
        }
        out[j * stride + b] = acc;
      }
    }
    this.spanWeights.set(maxB, out);
    return out;
  }

  /**
   * Row-at-a-time scoring: for the source span ending at i, walk the postings of its features
   * through the band's target range, so a cell costs O(shared features), not O(its features).
   */
  cursor(maxA: number, maxB: number): SpanCursor {
    if (maxA > 255) throw new Error('span too long for the cursor');
    const { weight, srcWeight, smoothing } = this;
    const { off: so, ids: si } = this.src;
    const { off: po, ids: pu } = this.targetPostings();
    const tw = this.targetSpanWeights(maxB);
    const { srcMask, setList } = this.ws;
    for (const f of setList) srcMask[f] = 0;
    setList.length = 0;
    const sw = new Float64Array(maxA + 1);
    const stride = maxB + 1;
    const size = (maxA + 1) * stride;
    let h = new Float64Array(64 * size);
    let jFrom = 0;
    const ptr = new Int32Array(weight.length);
    return {
      row(i: number, from: number, to: number): void {
        for (const f of setList) srcMask[f] = 0;
        setList.length = 0;
        sw.fill(0);
        // srcMask[f] = the shortest span a (1..maxA) ending at i that holds f.
        for (let a = 1; a <= maxA && i - a >= 0; a++) {
          const u = i - a;
          for (let k = so[u]!, e = so[u + 1]!; k < e; k++) {
            const f = si[k]!;
            if (srcMask[f] === 0) {
              srcMask[f] = a;
              setList.push(f);
              sw[a]! += srcWeight[f]!;
            }
          }
        }
        for (let a = 1; a <= maxA; a++) sw[a]! += sw[a - 1]!;
        jFrom = from;
        const width = to - from + 1;
        if (h.length < width * size) h = new Float64Array(width * size * 2);
        h.fill(0, 0, width * size);
        for (const f of setList) {
          const a = srcMask[f]!;
          const w = weight[f]!;
          const end = po[f + 1]!;
          // First posting that can reach column `from` (unit ≥ from − maxB): the band moves
          // monotonically with the rows, so a remembered position per feature is a few steps off.
          const first = from - maxB;
          const start = po[f]!;
          let lo = ptr[f]!;
          if (lo < start || lo > end) lo = start;
          // Gallop then bisect: the remembered position may be far behind for a feature unused
          // for a while, and walking there would cost as much as its whole postings list.
          if (lo < end && pu[lo]! < first) {
            let step = 1;
            let hi = lo + 1;
            while (hi < end && pu[hi]! < first) {
              lo = hi;
              step *= 2;
              hi = lo + step;
            }
            if (hi > end) hi = end;
            while (lo < hi) {
              const mid = (lo + hi) >> 1;
              if (pu[mid]! < first) lo = mid + 1;
              else hi = mid;
            }
          } else if (lo > start && pu[lo - 1]! >= first) {
            let step = 1;
            let bottom = lo - 1;
            while (bottom > start && pu[bottom - 1]! >= first) {
              lo = bottom;
              step *= 2;
              bottom = lo - step;
            }
            if (bottom < start) bottom = start;
            let hi = lo;
            lo = bottom;
            while (lo < hi) {
              const mid = (lo + hi) >> 1;
              if (pu[mid]! < first) lo = mid + 1;
              else hi = mid;
            }
          }
          ptr[f] = lo;
          for (let p = lo; p < end; p++) {
            const u = pu[p]!;
            if (u >= to) break;
            const next = p + 1 < end ? pu[p + 1]! : 0x7fffffff;
            const jlo = u + 1 > from ? u + 1 : from;
            let jhi = u + maxB;
            if (next < jhi) jhi = next;
            if (to < jhi) jhi = to;
            for (let j = jlo; j <= jhi; j++) h[(j - from) * size + a * stride + (j - u)]! += w;
          }
        }
      },
      cell(j: number, out: Float64Array): void {
        const hb = (j - jFrom) * size;
        const tb = j * stride;
        for (let b = 0; b <= maxB; b++) out[b] = 0;
        for (let a = 1; a <= maxA; a++) {
          const r = a * stride;
          out[r] = 0;
          let rowAcc = 0;
          for (let b = 1; b <= maxB; b++) {
            rowAcc += h[hb + r + b]!;
            // out holds the 2-D prefix sum (shared weight) until it is turned into a Dice score.
            out[r + b] = rowAcc + out[r - stride + b]!;
          }
        }
        for (let a = maxA; a >= 1; a--) {
          const r = a * stride;
          for (let b = 1; b <= maxB; b++) out[r + b] = (2 * out[r + b]!) / (sw[a]! + tw[tb + b]! + smoothing);
        }
      },
    };
  }
}

/**
 * The dictionary-free scorer: cognates, numbers, names and punctuation (see features.ts), weighted
 * by rarity in the document pair.
 */
export function createCognateScorer(sourceTexts: readonly string[], targetTexts: readonly string[], options: CognateScorerOptions = {}): LexicalScorer {
  const vocab = new FeatureVocabulary();
  const all = (texts: readonly string[]): string[] => texts.map(nfc);
  return createCognateScorerFromRows(vocab, extractFeatures(all(sourceTexts), vocab), extractFeatures(all(targetTexts), vocab), options);
}

/**
 * The cognate scorer from feature rows already extracted (features.ts extractFeatures). The
 * scorer takes the rows over: they are renumbered in place and must not be used afterwards.
 */
export function createCognateScorerFromRows(
  vocab: FeatureVocabulary,
  src: FeatureRows,
  tgt: FeatureRows,
  options: CognateScorerOptions = {},
): LexicalScorer {
  const smoothing = options.smoothing ?? COGNATE_DEFAULTS.smoothing;
  const kindWeights = options.kindWeights ?? COGNATE_DEFAULTS.kindWeights;
  const oneSided = options.oneSidedWeights ?? COGNATE_DEFAULTS.oneSidedWeights;
  const V = vocab.size;
  const dfSrc = new Int32Array(V);
  const dfTgt = new Int32Array(V);
  for (const id of src.ids) dfSrc[id]!++;
  for (const id of tgt.ids) dfTgt[id]!++;

  // Keep features seen on both sides, and one-sided ones of the kinds that should carry over;
  // renumbered densely in id order.
  const remap = new Int32Array(V).fill(-1);
  const weights: number[] = [];
  const total = src.off.length - 1 + (tgt.off.length - 1);
  for (let id = 0; id < V; id++) {
    if (!dfSrc[id] && !dfTgt[id]) continue;
    const kind = vocab.kind(id);
    const both = dfSrc[id]! > 0 && dfTgt[id]! > 0;
    const factor = (kindWeights[kind] ?? 1) * (both ? 1 : (oneSided[kind] ?? 0));
    if (factor <= 0) continue;
    const w = Math.max(0, Math.log(total / (dfSrc[id]! + dfTgt[id]!))) * factor;
    if (w <= 0) continue;
    remap[id] = weights.length;
    weights.push(w);
  }
  // Renumber in place (the rows are not used again), then keep an exact copy in shared memory: a
  // large document drops about half of its occurrences here (features on one side only), and the
  // rows live as long as the scorer.
  const csr = (rows: FeatureRows): Csr => {
    const { off, ids } = rows;
    let at = 0;
    let k = 0;
    for (let s = 0; s + 1 < off.length; s++) {
      const end = off[s + 1]!;
      for (; k < end; k++) {
        const r = remap[ids[k]!]!;
        if (r >= 0) ids[at++] = r;
      }
      off[s + 1] = at;
    }
    const shared = sharedInt32(at);
    shared.set(ids.subarray(0, at));
    return { off: onShared(off), ids: shared };
  };
  return new DiceScorer(csr(src), csr(tgt), Float64Array.from(weights), smoothing, new Workspace(weights.length));
}

/** Rebuilds a shared Dice scorer on another thread (see restore.ts). */
export function restoreDice(shared: SharedLexical): LexicalScorer {
  return DiceScorer.restore(shared as SharedDice);
}

/**
 * IDF-weighted Dice over feature rows built elsewhere (ids below weight.length, distinct within a
 * unit), with per-side denominator weights (see DiceScorer). The rows are copied to shared memory.
 */
export function createDiceScorer(
  src: FeatureRows,
  tgt: FeatureRows,
  weight: Float64Array,
  smoothing: number,
  srcWeight: Float64Array = weight,
  tgtWeight: Float64Array = weight,
): LexicalScorer {
  const csr = (rows: FeatureRows): Csr => ({ off: onShared(rows.off), ids: onShared(rows.ids) });
  return new DiceScorer(csr(src), csr(tgt), weight, smoothing, new Workspace(weight.length), srcWeight, tgtWeight);
}
