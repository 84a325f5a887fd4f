export { nextOrdinals, type OrdinalSuggestion, type SuggestionKind } from './next-ordinal';
export { continueNumbering } from './continue-numbering';
