/** The text of src/segment/rule-data.ts as the data files make it. */
export function ruleDataModule(): string;
