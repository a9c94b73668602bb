/** The sweep's light pass (see sweep.ts), with the probes that show its checks can fail. */
import { sweepEditorPage, sweepProbesCanFail, sweepTemplates } from './sweep.ts';

sweepTemplates('light');
sweepEditorPage('light');
sweepProbesCanFail();
