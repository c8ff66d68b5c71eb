/**
 * review: a reviewer's corrections. The edits of the review page (merge, split, move, confirm), the
 * corrections file that carries them back (`*.anchors.json`, or TSV index pairs), fingerprints that
 * tell whether it still fits the text, and anchors turned into the fixed beads of AlignOptions.
 * Pure: the page and the CLI do the reading and writing.
 */
export {
  type Anchor,
  type AnchoredSide,
  type AnchorFile,
  anchorFile,
  type Anchors,
  ANCHORS_FORMAT,
  ANCHORS_VERSION,
  type AnchorSide,
  type AnchorStatus,
  formatAnchorFile,
  parseAnchors,
} from './anchors.js';
export {
  applyChange,
  type Change,
  type Direction,
  invertChange,
  mergeWithNext,
  moveSentence,
  reviewBeads,
  type ReviewBead,
  reviewedBeads,
  splitBead,
  toBeads,
  toggleConfirmed,
} from './edits.js';
export { fnv1a32, fnv1a64, FINGERPRINT_PREFIX, sideFingerprint, type SideFingerprint } from './fingerprint.js';
export { matchSequences } from './match.js';
export { resolveAnchors, type ResolveOptions, type ResolvedAnchors } from './resolve.js';
export {
  coversInOrder,
  mismatchedSentences,
  paragraphStarts,
  REVIEW_DATA_VERSION,
  type ReviewData,
  type ReviewDataBead,
  type ReviewSideData,
  reviewDocuments,
  type SearchBand,
} from './data.js';
