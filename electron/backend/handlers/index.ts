import { accountsHandlers } from './accounts';
import { activitiesHandlers } from './activities';
import { contactsHandlers } from './contacts';
import { healthHandlers } from './health';
import { healthOverrideHandlers } from './healthOverrides';
import { importRunHandlers } from './importRuns';
import { importsHandlers } from './imports';
import { mappingsHandlers } from './mappings';
import { metricsHandlers } from './metrics';
import { metricsDashboardHandlers } from './metricsDashboard';
import { missingHandlers } from './missing';
import { scorecardHandlers } from './scorecards';
import type { HandlerMap } from './types';
import { workspaceHandlers } from './workspace';

/** The one handler map behind dispatch; the type makes a missing method a compile error. */
export const handlers: HandlerMap = {
  ...workspaceHandlers,
  ...accountsHandlers,
  ...contactsHandlers,
  ...activitiesHandlers,
  ...importsHandlers,
  ...importRunHandlers,
  ...mappingsHandlers,
  ...missingHandlers,
  ...healthHandlers,
  ...healthOverrideHandlers,
  ...metricsHandlers,
  ...metricsDashboardHandlers,
  ...scorecardHandlers,
};
