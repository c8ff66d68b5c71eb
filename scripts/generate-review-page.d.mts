/** The text of src/formats/review-assets.ts as the sources in review-page/ make it. */
export function reviewPageModule(): Promise<string>;
