/**
 * eval: measure an alignment against a gold one. Pure functions over file contents; reading the
 * files is the caller's job (the CLI's `bitext eval`, the benches).
 */
export { parseLadder, formatLadder, formatLadderBead, LADDER_SCORE_DECIMALS, LadderSyntaxError, type LadderBead } from './ladder.js';
export { scoreAlignments, type AlignmentPair, type Metrics, type ScoreCounts, type ScoreReport, type TypeRecall } from './score.js';
export { formatScores, type FormatScoresOptions } from './format.js';
export { parseManifest, type ManifestEntry } from './manifest.js';
export { clipToGold, mergeByUnits } from './transform.js';
export { reliability, formatReliability, RELIABILITY_EDGES, type ReliabilityBin, type ReliabilityReport } from './calibration.js';
export { pasteCorrections, simulateCorrections, type SimulatedCorrections } from './corrections.js';
