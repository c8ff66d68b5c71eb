/**
 * The review page: reads the alignment the HTML writer put into the page, draws the rows, the path
 * plot and the summary, and wires the toolbar, the row actions and the keys. Everything runs in
 * the page; nothing is fetched and nothing is sent.
 */
import { type Change, type Direction, mergeWithNext, moveSentence, reviewBeads, splitBead, toggleConfirmed } from '../src/review/edits.js';
import { type ReviewData, reviewDocuments } from '../src/review/data.js';
import type { SideName } from '../src/types.js';
import { anchorsText, download, fileStem, tmxText, tsvText } from './exports.js';
import { Review } from './model.js';
import { PathPlot } from './plot.js';
import { ALL_ROWS_LIMIT, RowsView } from './rows.js';
import { side } from './sides.js';
import { HISTOGRAM_VIEWBOX, histogramSvg, legendHtml, summaryText, typesHtml } from './summary.js';
import { foldQuery } from './text.js';

const $ = <T extends Element = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as unknown as T;
};

function boot(): void {
  // Marks for bench/review-page.mjs: where the time to a usable page goes.
  performance.mark('bitext:script');
  const data = JSON.parse($('bitext-data').textContent ?? '{}') as ReviewData;
  performance.mark('bitext:data');
  const documents = reviewDocuments(data);
  const review = new Review(reviewBeads(documents.beads), side(documents.source), side(documents.target));
  const stem = fileStem(documents.source.name);

  $('files').textContent = `${documents.source.name} (${documents.source.lang}) → ${documents.target.name} (${documents.target.lang})`;
  $('source-head').textContent = `source · ${documents.source.lang}`;
  $('target-head').textContent = `target · ${documents.target.lang}`;
  $('legend').innerHTML = legendHtml();
  const histogram = $<SVGSVGElement>('histogram');
  histogram.setAttribute('viewBox', HISTOGRAM_VIEWBOX);
  histogram.innerHTML = histogramSvg(review);

  const virtual = review.beads.length > ALL_ROWS_LIMIT;
  if (virtual) {
    const notice = $('notice');
    notice.hidden = false;
    notice.textContent = `${review.beads.length.toLocaleString('en')} beads: rows are drawn as you scroll to them (every bead is searched, counted, plotted and exported).`;
  }
  const rows = new RowsView($('rows'), review, virtual);
  rows.build();
  performance.mark('bitext:rows');

  const plot = new PathPlot($<SVGSVGElement>('plot'), review, data.band, (k) => select(k, true));
  plot.draw();

  const threshold = $<HTMLInputElement>('threshold');
  const thresholdValue = $<HTMLOutputElement>('threshold-value');
  const onlyDoubtful = $<HTMLInputElement>('only-doubtful');
  const search = $<HTMLInputElement>('search');
  const searchCount = $('search-count');
  const doubtfulCount = $('doubtful-count');
  const undoButton = $<HTMLButtonElement>('undo');
  const redoButton = $<HTMLButtonElement>('redo');

  const refreshSummary = (): void => {
    $('summary').textContent = summaryText(review);
    $('types').innerHTML = typesHtml(review);
    doubtfulCount.textContent = `${review.countDoubtful()} doubtful`;
    undoButton.disabled = !review.canUndo;
    redoButton.disabled = !review.canRedo;
  };
  refreshSummary();

  /** Select bead k (−1: none), redraw the two rows concerned, and bring it into view. */
  function select(k: number, scroll: boolean): void {
    const before = review.selected;
    rows.split = undefined;
    review.selected = k;
    if (before !== k) rows.redraw(before);
    rows.redraw(k);
    plot.mark(k);
    if (scroll && k >= 0) rows.scrollTo(k);
  }

  function showChange(change: Change | undefined, selectAt?: number): void {
    if (!change) return;
    rows.split = undefined;
    const k = Math.min(review.beads.length - 1, selectAt ?? change.at);
    review.selected = k;
    rows.update(change);
    plot.draw();
    histogram.innerHTML = histogramSvg(review);
    refreshSummary();
    rows.row(k)?.scrollIntoView({ block: 'nearest' });
  }

  function edit(change: Change | undefined, selectAt?: number): void {
    showChange(review.edit(change), selectAt);
  }

  const startFrom = (): number => (review.selected >= 0 ? review.selected : rows.firstOnScreen() - 1);

  function nextDoubtful(step: 1 | -1): void {
    const k = review.find(startFrom(), step, (b) => review.isDoubtful(b));
    if (k < 0) {
      doubtfulCount.textContent = step > 0 ? 'no doubtful bead after this one' : 'no doubtful bead before this one';
      return;
    }
    doubtfulCount.textContent = `${review.countDoubtful()} doubtful`;
    select(k, true);
  }

  function nextMatch(step: 1 | -1): void {
    if (!review.query) return;
    const k = review.find(startFrom(), step, (b) => review.matches(b));
    if (k >= 0) select(k, true);
  }

  function act(action: string, k: number, button?: HTMLElement): void {
    const bead = review.beads[k];
    if (!bead) return;
    switch (action) {
      case 'confirm':
        return edit(toggleConfirmed(review.beads, k));
      case 'merge':
        return edit(mergeWithNext(review.beads, k));
      case 'move': {
        const sideName = button?.dataset.side as SideName;
        const direction = button?.dataset.direction as Direction;
        const change = moveSentence(review.beads, k, sideName, direction);
        // Stay on the bead that gave the sentence away, where the reviewer is looking.
        const stays = change ? change.inserted.length === 2 : false;
        return edit(change, direction === 'previous' && stays ? k : change?.at);
      }
      case 'split':
        if (bead.source.length + bead.target.length < 2) return;
        rows.split = { sourceAt: Math.ceil(bead.source.length / 2), targetAt: Math.ceil(bead.target.length / 2) };
        if (rows.split.sourceAt + rows.split.targetAt === bead.source.length + bead.target.length) rows.split.sourceAt = Math.max(0, rows.split.sourceAt - 1);
        return rows.redraw(k);
      case 'apply-split': {
        const cuts = rows.split;
        if (cuts) edit(splitBead(review.beads, k, cuts.sourceAt, cuts.targetAt));
        return;
      }
      case 'cancel-split':
        rows.split = undefined;
        return rows.redraw(k);
    }
  }

  $('rows').addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('.row');
    if (!row) return;
    const k = Number(row.dataset.bead);
    const cut = target.closest<HTMLElement>('.cut');
    if (cut && rows.split) {
      if (cut.dataset.side === 'source') rows.split.sourceAt = Number(cut.dataset.at);
      else rows.split.targetAt = Number(cut.dataset.at);
      rows.redraw(k);
      return;
    }
    const button = target.closest<HTMLElement>('button[data-action]');
    if (button) {
      act(button.dataset.action!, k, button);
      return;
    }
    if (k !== review.selected && !window.getSelection()?.toString()) select(k, false);
  });

  const setThreshold = (value: number): void => {
    review.threshold = value;
    threshold.value = String(value);
    thresholdValue.textContent = value.toFixed(2);
    rows.refilter();
    histogram.innerHTML = histogramSvg(review);
    refreshSummary();
  };
  threshold.addEventListener('input', () => setThreshold(Number(threshold.value)));
  histogram.addEventListener('click', (event) => {
    const bar = (event.target as Element).closest<SVGElement>('[data-upper]');
    if (bar) setThreshold(Number(bar.dataset.upper));
  });
  onlyDoubtful.addEventListener('change', () => {
    review.onlyDoubtful = onlyDoubtful.checked;
    rows.refilter();
  });
  $('next').addEventListener('click', () => nextDoubtful(1));
  $('previous').addEventListener('click', () => nextDoubtful(-1));

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      review.query = foldQuery(search.value);
      rows.research();
      let n = 0;
      if (review.query) for (const b of review.beads) if (review.matches(b)) n++;
      searchCount.textContent = review.query ? `${n} bead${n === 1 ? '' : 's'}` : '';
    }, 120);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      clearTimeout(searchTimer);
      review.query = foldQuery(search.value);
      nextMatch(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') search.blur();
  });

  const undo = (): void => showChange(review.undo());
  const redo = (): void => showChange(review.redo());
  undoButton.addEventListener('click', undo);
  redoButton.addEventListener('click', redo);

  $('export-tmx').addEventListener('click', () => download(tmxText(documents, review, $<HTMLInputElement>('tmx-unaligned').checked), `${stem}.tmx`, 'application/x-tmx+xml'));
  $('export-tsv').addEventListener('click', () => download(tsvText(documents, review), `${stem}.tsv`, 'text/tab-separated-values'));
  $('export-anchors').addEventListener('click', () => {
    download(anchorsText(documents, review), `${stem}.anchors.json`, 'application/json');
    review.unsaved = 0;
  });
  window.addEventListener('beforeunload', (event) => {
    if (review.unsaved > 0) event.preventDefault();
  });

  document.addEventListener('keydown', (event) => {
    // Keys typed into the search field are text; on a checkbox or the slider they are still commands.
    const el = event.target as HTMLElement;
    const inField = el instanceof HTMLTextAreaElement || el.isContentEditable || (el instanceof HTMLInputElement && !['checkbox', 'range', 'button'].includes(el.type));
    const onSlider = el instanceof HTMLInputElement && el.type === 'range';
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !inField && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      return event.shiftKey ? redo() : undo();
    }
    if (mod && !inField && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      return redo();
    }
    if (inField || mod || event.altKey) return;
    const k = review.selected;
    const handled = (): void => event.preventDefault();
    switch (event.key) {
      case 'j':
      case 'n':
        handled();
        return nextDoubtful(1);
      case 'k':
      case 'p':
        handled();
        return nextDoubtful(-1);
      case 'ArrowDown':
      case 'ArrowUp': {
        if (k < 0 || onSlider) return;
        handled();
        const next = review.find(k, event.key === 'ArrowDown' ? 1 : -1, (b) => !review.isHidden(b));
        if (next >= 0) select(next, false);
        rows.row(review.selected)?.scrollIntoView({ block: 'nearest' });
        return;
      }
      case '/':
        handled();
        search.focus();
        return;
      case 'z':
        handled();
        return undo();
      case 'Z':
        handled();
        return redo();
      case 'Escape':
        if (rows.split) act('cancel-split', k);
        else select(-1, false);
        return;
      case 'Enter':
        if (rows.split) {
          handled();
          act('apply-split', k);
        }
        return;
    }
    if (k < 0) return;
    const action = { c: 'confirm', m: 'merge', s: 'split' }[event.key];
    if (action) {
      handled();
      act(action, k);
    }
  });

  // Lay out now, so that the time recorded covers drawing every row.
  void document.body.offsetHeight;
  document.body.dataset.ready = String(Math.round(performance.now()));
}

boot();
