/** The sweep's dark pass (see sweep.ts), with a partner's page using /embed.js. */
import { sweepEditorPage, sweepPartnerPage, sweepTemplates } from './sweep.ts';

sweepTemplates('dark');
sweepEditorPage('dark');
sweepPartnerPage();
