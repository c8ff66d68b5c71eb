/**
 * `--report`: one JSON line per document, in corpus order, with the figures researchers filter a
 * corpus on (sentences, bead types, confidence, unaligned share) and why a document failed.
 */
import { roundScore } from '../formats/text.js';
import type { DocumentOutcome } from './document.js';

/** Decimals of the seconds a document took. */
const SECONDS_DECIMALS = 3;

/** The report line of a document (with its line end). */
export function reportLine(outcome: DocumentOutcome): string {
  const seconds = (s: number): number => Number(s.toFixed(SECONDS_DECIMALS));
  switch (outcome.status) {
    case 'ok': {
      const f = outcome.figures;
      return `${JSON.stringify({
        id: outcome.id,
        status: 'ok',
        sourceLang: f.sourceLang,
        targetLang: f.targetLang,
        sourceSentences: f.sourceSentences,
        targetSentences: f.targetSentences,
        beads: f.beads,
        meanScore: roundScore(f.meanScore),
        minScore: roundScore(f.minScore),
        unalignedShare: roundScore(f.unalignedShare),
        written: outcome.written,
        seconds: seconds(outcome.seconds),
      })}\n`;
    }
    case 'error':
      return `${JSON.stringify({ id: outcome.id, status: 'error', error: outcome.message, seconds: seconds(outcome.seconds) })}\n`;
    case 'skipped':
      return `${JSON.stringify({ id: outcome.id, status: 'skipped', reason: outcome.reason })}\n`;
  }
}
