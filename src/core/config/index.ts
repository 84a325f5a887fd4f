/** The config file model: pure, shared by the CLI and both builds of the extension. */
export * from './types';
export { parseConfig } from './parse';
export { validateConfig } from './validate';
export { addAllowedText, allowedTexts } from './allow-edit';
export { configReader, engineOptionsFrom, layered, type SettingReader } from './settings';
export { buildConfigSchema } from './schema';
