/** Names across scripts by their consonants: katakana and Hangul in Latin letters, and the skeleton key (issue 16). */
import { describe, expect, it } from 'vitest';
import { hangulToLatin, isHangulSyllable } from '../../src/lexical/hangul.js';
import { isKatakana, katakanaToLatin } from '../../src/lexical/kana.js';
import { consonantSkeleton, SKELETON_KEY_CLASSES, skeletonKey } from '../../src/lexical/skeleton.js';

describe('katakana in Latin letters (Hepburn)', () => {
  it.each([
    ['パウロ', 'pauro'],
    ['ペテロ', 'petero'],
    ['ガリラヤ', 'gariraya'],
    ['エルサレム', 'erusaremu'],
    ['ヨハネ', 'yohane'],
    ['キリスト', 'kirisuto'],
    // ツ tsu, シ shi, チ chi, ジ ji, フ fu, ン n.
    ['ベツレヘム', 'betsurehemu'],
    ['パリサイ', 'parisai'],
    ['アンデレ', 'andere'],
    // ー lengthens the vowel before it, ッ doubles the next consonant.
    ['ローマ', 'rooma'],
    ['マッタイ', 'mattai'],
    // Small vowels and glides take the place of the vowel before them.
    ['ティモテ', 'timote'],
    ['ファリサイ', 'farisai'],
    ['キャンプ', 'kyanpu'],
    ['シャロン', 'sharon'],
    ['ジョン', 'jon'],
    ['ヴィ', 'vi'],
  ])('%s is %s', (run, latin) => {
    expect(katakanaToLatin(run)).toBe(latin);
  });

  it('counts the long-vowel mark as katakana, hiragana and Han not', () => {
    expect([...'ローマ'].every((c) => isKatakana(c.charCodeAt(0)))).toBe(true);
    expect(isKatakana('の'.charCodeAt(0))).toBe(false);
    expect(isKatakana('町'.charCodeAt(0))).toBe(false);
    expect(isKatakana('・'.charCodeAt(0))).toBe(false);
  });
});

describe('Hangul in Latin letters (Revised Romanisation, letter by letter)', () => {
  it.each([
    ['베드로', 'bedeuro'],
    ['바울', 'baul'],
    ['예루살렘', 'yerusalrem'],
    ['갈릴리', 'galrilri'],
    ['나사렛', 'nasaret'],
    ['빌립', 'bilrip'],
    // Final consonants as the romanisation writes them at a syllable's end: ㄺ k, ㅇ ng, ㅎ t.
    ['닭', 'dak'],
    ['한국', 'hanguk'],
    ['좋', 'jot'],
    // Particles stay on the word: Korean has no spaces before them.
    ['베드로는', 'bedeuroneun'],
  ])('%s is %s', (word, latin) => {
    expect(hangulToLatin(word)).toBe(latin);
  });

  it('reads syllable blocks only', () => {
    expect(isHangulSyllable('가'.charCodeAt(0))).toBe(true);
    expect(isHangulSyllable('힣'.charCodeAt(0))).toBe(true);
    expect(isHangulSyllable('ㄱ'.charCodeAt(0))).toBe(false);
    expect(hangulToLatin('A가1')).toBe('ga');
  });
});

describe('the consonant skeleton', () => {
  it.each([
    // English names and their katakana and Hangul forms meet.
    ['galilee', 'KRR'],
    ['gariraya', 'KRR'],
    ['galrilri', 'KRR'],
    ['peter', 'PTR'],
    ['petero', 'PTR'],
    ['bedeuro', 'PTR'],
    ['paul', 'PR'],
    ['baul', 'PR'],
    // j and y are glides, left out: Jerusalem, エルサレム, 예루살렘.
    ['jerusalem', 'RSRM'],
    ['erusaremu', 'RSRM'],
    ['yerusalrem', 'RSRM'],
    // th, ph, ch, sh and Hepburn's ts are one consonant each; Korean's final ng is a nasal.
    ['bethlehem', 'PTRM'],
    ['betsurehemu', 'PTRM'],
    ['pharisees', 'PRSS'],
    ['christ', 'KRST'],
    ['hanguk', 'NK'],
    // A class twice in a row is one consonant; a vowel between two keeps both.
    ['mattai', 'MT'],
    ['matthew', 'MT'],
    ['moses', 'MSS'],
  ])('%s is %s', (latin, skeleton) => {
    expect(consonantSkeleton(latin)).toBe(skeleton);
  });

  it(`keys a word by its first ${SKELETON_KEY_CLASSES} classes, and not at all below that`, () => {
    expect(skeletonKey('jerusalem')).toBe('RSR');
    expect(skeletonKey('nazareth')).toBe(skeletonKey('nazare'));
    // A Korean particle after the name leaves the key alone: 베드로가.
    expect(skeletonKey('bedeuroga')).toBe(skeletonKey('peter'));
    expect(skeletonKey('paul')).toBeUndefined();
    expect(skeletonKey('iesu')).toBeUndefined();
  });
});
