// The home page: only the language switch.
import { start } from './i18n.js';

await start();
