import type { Rule } from '../rule';
import { paywallMarker } from './paywall-marker';

/** Every rule of the engine, in reporting order. One rule a file; add new ones here. */
export const ALL_RULES: readonly Rule[] = [paywallMarker];
