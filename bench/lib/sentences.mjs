/** The sentences of a text as `bitext split` prints them, from the build in dist/. */
import { join } from 'node:path';
import { ROOT } from './sets.mjs';

const { segmentText, sentenceText } = await import(join(ROOT, 'dist', 'segment', 'index.js'));

/** Sentence texts of `text` in `lang`, in order. */
export const sentencesOf = (text, lang) => segmentText(text, lang).flatMap((p) => p.sentences.map((s) => sentenceText(text, s)));
