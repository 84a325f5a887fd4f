import type { ResidueFamily } from '../family';
import { contact } from './contact';
import { download } from './download';
import { editorNote } from './editor-note';
import { ghostwriting } from './ghostwriting';
import { membership } from './membership';
import { pageFurniture } from './page-furniture';
import { price } from './price';
import { promo } from './promo';
import { register } from './register';
import { site } from './site';
import { source } from './source';
import { teaser } from './teaser';
import { url } from './url';
import { webChrome } from './web-chrome';

/**
 * Every residue family the weighing knows, in the order that breaks ties when two families weigh the
 * same (the first names the finding). The pipeline in evidence.ts is built from this list.
 */
export const FAMILIES: readonly ResidueFamily[] = [
  teaser,
  download,
  ghostwriting,
  source,
  webChrome,
  editorNote,
  pageFurniture,
  site,
  membership,
  price,
  contact,
  url,
  promo,
  register,
];
